"""The one exception hierarchy: every layer raises these, and each is turned into an answer once.

Each class carries a stable machine-readable `code`, the HTTP status the server answers with
(server/errors.py maps it, one handler for the whole app) and the exit status the CLI ends with
(server/cli.py prints `lexgraph: error: <message>`, in one place). `detail()` is the structured
part of the JSON error body (candidates, violations, ...), or None.

Exit statuses: 1 for anything wrong with the input, the data or the store; 2 for a bad setting
(like argparse's usage errors).
"""

from __future__ import annotations


class LexgraphError(Exception):
    """Base class: anything the user can fix by changing input, never a bug."""

    code = "error"
    http_status = 400
    exit_code = 1

    def detail(self) -> object:
        """Structured detail for the JSON error body (JSON-serializable), or None."""
        return None


class InvalidInput(LexgraphError):
    """A parameter is malformed or out of range (a date, a depth, an edge type, ...)."""

    code = "invalid_input"


class QueryError(LexgraphError):
    """A SPARQL query or update is malformed or not allowed here."""

    code = "bad_query"


class BadRequest(LexgraphError):
    """A request breaks the protocol (missing or repeated parameter, unreadable body)."""

    code = "bad_request"


class NotFound(LexgraphError):
    """An identifier resolves to nothing; suggests the closest candidates."""

    code = "not_found"
    http_status = 404

    def __init__(self, ident: str, candidates: list[str] | None = None, message: str | None = None) -> None:
        self.ident, self.candidates = ident, candidates or []
        hint = f" (did you mean: {', '.join(self.candidates)}?)" if self.candidates else ""
        super().__init__(message or f"unknown identifier {ident!r}{hint}")

    def detail(self) -> object:
        return {"candidates": self.candidates}


class DataError(LexgraphError):
    """A source file is malformed; names the file and, where known, the line."""

    code = "invalid_data"
    http_status = 422

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path, self.line, self.reason = str(path), line, message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")

    def detail(self) -> object:
        return {"path": self.path, "line": self.line}


class ValidationFailed(LexgraphError):
    """A build or a write broke the SHACL shapes; carries every violation."""

    code = "shacl_violation"
    http_status = 422

    def __init__(self, violations: list[str]) -> None:
        self.violations = violations
        head = f"{len(violations)} SHACL violation(s); the previous store was kept"
        super().__init__(head + "\n" + "\n".join(f"  - {v}" for v in violations))

    def detail(self) -> object:
        return {"violations": self.violations}


class Unauthorized(LexgraphError):
    """A write without credentials (answered with a WWW-Authenticate challenge)."""

    code = "unauthorized"
    http_status = 401


class Forbidden(LexgraphError):
    """A write with wrong credentials, or writes are disabled."""

    code = "forbidden"
    http_status = 403


class MethodNotAllowed(LexgraphError):
    code = "method_not_allowed"
    http_status = 405


class NotAcceptable(LexgraphError):
    """Nothing the client accepts can carry the answer; names what is offered."""

    code = "not_acceptable"
    http_status = 406

    def __init__(self, message: str, offered: list[str] | None = None) -> None:
        self.offered = offered or []
        super().__init__(message)

    def detail(self) -> object:
        return {"offered": self.offered} if self.offered else None


class PayloadTooLarge(LexgraphError):
    code = "payload_too_large"
    http_status = 413


class UnsupportedMediaType(LexgraphError):
    code = "unsupported_media_type"
    http_status = 415


class StoreMissing(LexgraphError):
    """No built store at the path: tell the user to build one."""

    code = "store_missing"
    http_status = 503


class Timeout(LexgraphError):
    """A query or a write ran past its deadline and was stopped."""

    code = "timeout"
    http_status = 503


class StorageFull(LexgraphError):
    """The disk (or quota) holding the store is full: nothing was changed; free space and retry."""

    code = "insufficient_storage"
    http_status = 507


class StorageUnavailable(LexgraphError):
    """The store cannot be written (permission denied, read-only file system, other I/O error)."""

    code = "storage_error"
    http_status = 503


class StoreUnavailable(LexgraphError):
    """The remote store (a SPARQL server lexgraph reads through graph/remote.py) cannot be reached
    or answered with a server error; the message names its URL."""

    code = "store_unavailable"
    http_status = 503


class PushFailed(StoreUnavailable):
    """A push to a remote store stopped before its switch (graph/remote.py): the message names the
    chunk or step that failed and why; the remote still serves the build it served before. (The
    CLI's error only: its code stays `store_unavailable`.)"""


class ConfigError(LexgraphError):
    """A setting (flag or environment variable) has an unsafe or unusable value."""

    code = "bad_setting"
    http_status = 500  # never the client's fault: the server could not start with it
    exit_code = 2


class UnknownEdgeType(InvalidInput):
    """An edge type named by a user (TOML, CLI, API) that graph/edge_types.py does not define."""

    code = "unknown_edge_type"

    def __init__(self, name: str, known: list[str]) -> None:
        self.name, self.known = name, known
        super().__init__(f"unknown edge type {name!r}; known types: {', '.join(known)}")

    def detail(self) -> object:
        return {"known": self.known}


_FULL = {"ENOSPC", "EDQUOT"}
_DENIED = {"EACCES", "EPERM", "EROFS"}


def storage_error(exc: OSError, doing: str) -> LexgraphError:
    """The LexgraphError for an OSError met while `doing` something to the store: StorageFull for a
    full disk or quota, StorageUnavailable otherwise. RocksDB (inside pyoxigraph) raises OSError
    with no errno, only its message, so the message is read too."""
    import errno as errnos

    name = errnos.errorcode.get(exc.errno or 0, "")
    text = str(exc)
    reason = exc.strerror or text
    if name in _FULL or "No space left on device" in text or "Disk quota exceeded" in text:
        return StorageFull(f"{doing}: no space left on the device ({reason}); "
                           "nothing was changed, free some space and try again")
    if name in _DENIED or "Permission denied" in text or "Read-only file system" in text:
        return StorageUnavailable(f"{doing}: the store cannot be written ({reason}); nothing was changed")
    return StorageUnavailable(f"{doing}: {reason}; nothing was changed")


class QueryLimit(QueryError):
    """A query over a size or nesting limit, refused before it is parsed or run."""

    code = "query_limit"

    def __init__(self, limit: str, found: int, maximum: int, message: str) -> None:
        self.limit, self.found, self.maximum = limit, found, maximum
        super().__init__(message)

    def detail(self) -> object:
        return {"limit": self.limit, "found": self.found, "max": self.maximum}


class Overloaded(LexgraphError):
    """Every query worker is busy and the wait queue is full: try again shortly (Retry-After)."""

    code = "overloaded"
    http_status = 503

    def __init__(self, message: str, retry_after: int = 1) -> None:
        self.retry_after = retry_after
        super().__init__(message)

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}


class ResourceLimit(LexgraphError):
    """A query needed more memory than a worker may use; the worker was replaced."""

    code = "resource_limit"
    http_status = 503
