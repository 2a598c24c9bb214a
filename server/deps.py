"""Request dependencies: the current store, reopened when a new build is swapped in."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request

from graph.settings import Settings
from graph.store import GraphStore, resolve_store_dir


class StoreHolder:
    """Serves the build `current` points at; a new build is picked up on the next request."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._link = str(root / "current")
        self._lock = threading.Lock()
        self._target: Path | None = None
        self._store: GraphStore | None = None
        self._seen: str | None | bool = False  # what `current` read as when _store was opened

    def _read_link(self) -> str | None | bool:
        """The text of the `current` link (None: no link, a bare store directory; True: not a link)."""
        try:
            return os.readlink(self._link)
        except FileNotFoundError:
            return None
        except OSError:
            return True

    def get(self) -> GraphStore:
        # Every request asks, twice: one readlink instead of resolving the path (8 stat calls).
        # `current` only changes by os.replace of the link (graph/build.py), which changes its text.
        seen = self._read_link()
        if seen is not True and seen == self._seen and self._store is not None:
            return self._store
        link = self.root / "current"
        target = Path(os.path.realpath(link)) if link.exists() else resolve_store_dir(self.root)
        if target != self._target or self._store is None:
            with self._lock:
                if target != self._target or self._store is None:
                    self._store = GraphStore.open(self.root)
                    self._target = target
        self._seen = seen
        return self._store


class RemoteHolder:
    """Serves a remote store (graph/remote.py): one HTTP client for the app's life; the store
    itself notices a new push (its version) and drops what it derived from the old one."""

    def __init__(self, settings: Settings) -> None:
        from graph.remote import open_store

        self._store = open_store(settings)

    def get(self) -> GraphStore:
        return self._store


def get_store(request: Request) -> GraphStore:
    return request.app.state.stores.get()


StoreDep = Annotated[GraphStore, Depends(get_store)]
