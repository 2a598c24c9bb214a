"""Errors every layer raises; the CLI and the server turn them into one clear line each."""

from __future__ import annotations


class LexgraphError(Exception):
    """Base class: anything the user can fix by changing input, never a bug."""


class DataError(LexgraphError):
    """A source file is malformed; names the file and, where known, the line."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path, self.line, self.detail = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class ValidationFailed(LexgraphError):
    """A build broke the SHACL shapes; carries every violation."""

    def __init__(self, violations: list[str]) -> None:
        self.violations = violations
        head = f"{len(violations)} SHACL violation(s); the previous store was kept"
        super().__init__(head + "\n" + "\n".join(f"  - {v}" for v in violations))


class NotFound(LexgraphError):
    """An identifier resolves to nothing; suggests the closest candidates."""

    def __init__(self, ident: str, candidates: list[str] | None = None) -> None:
        self.ident, self.candidates = ident, candidates or []
        hint = f" (did you mean: {', '.join(self.candidates)}?)" if self.candidates else ""
        super().__init__(f"unknown identifier {ident!r}{hint}")


class QueryError(LexgraphError):
    """A SPARQL query is malformed or not allowed here."""


class StoreMissing(LexgraphError):
    """No built store at the path: tell the user to build one."""


class UnknownEdgeType(LexgraphError):
    """An edge type named by a user (TOML, CLI, API) that graph/edge_types.py does not define."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name, self.known = name, known
        super().__init__(f"unknown edge type {name!r}; known types: {', '.join(known)}")
