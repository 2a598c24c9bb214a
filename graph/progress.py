"""Progress of a long build, reported to whoever is watching (the CLI draws rich progress bars).

Loaders and the build call `tasks.start(name, total)` and advance the handle it returns; the
default does nothing, so library callers and tests need not care.
"""

from __future__ import annotations


class Task:
    def advance(self, n: int = 1) -> None:  # noqa: B027 - a no-op by design
        pass

    def done(self) -> None:  # noqa: B027
        pass


class Tasks:
    """No-op progress: subclasses draw it."""

    def start(self, name: str, total: int | None = None) -> Task:
        return Task()

    def message(self, text: str) -> None:
        pass


NO_PROGRESS = Tasks()
