"""Writes run in a child process killed at the update timeout (pyoxigraph cannot be interrupted).

The child applies one write to the store root — a SPARQL Update (graph.build.apply_update) or a
Graph Store Protocol write (graph.build.apply_graph_write) — as an atomic, SHACL-validated
rebuild, and sends back its report or the error it met, which is raised again here with its
class, so the client gets the right status: 400 bad update, 404 no such graph, 422 breaks a
shape, 503 too slow or the store cannot be written, 507 the disk is full. A killed write leaves
only a temporary build, never served and swept by the next build; its lock dies with it.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from graph.build import GraphWrite
from graph.errors import (
    InvalidInput,
    LexgraphError,
    NotFound,
    QueryError,
    StorageFull,
    StorageUnavailable,
    Timeout,
    ValidationFailed,
)

log = logging.getLogger("lexgraph.writes")


@dataclass(frozen=True)
class UpdateWrite:
    """A SPARQL Update (its protocol dataset already written into it) and the base for relative IRIs."""

    sparql: str
    base_iri: str | None = None


# errors whose class survives the trip from the child: (class name) -> rebuild from the message
_SIMPLE = {cls.__name__: cls for cls in (QueryError, InvalidInput, StorageFull, StorageUnavailable)}


def _child(conn: Connection, root: str, write: UpdateWrite | GraphWrite, allow_network: bool) -> None:
    # runs in the child, behind the same network barrier as the query workers (server/sandbox.py):
    # LOAD and SERVICE cannot reach the network unless the operator allowed it
    from server.sandbox import confine

    confine(allow_network)
    from graph.build import apply_graph_write, apply_update

    try:
        if isinstance(write, UpdateWrite):
            report, created = apply_update(Path(root), write.sparql, base_iri=write.base_iri), False
        else:
            result = apply_graph_write(Path(root), write)
            report, created = result.build, result.created
        conn.send(("ok", {"triples": report.triples, "build": report.store_dir.name, "created": created}))
    except ValidationFailed as exc:
        conn.send(("ValidationFailed", exc.violations))
    except NotFound as exc:
        conn.send(("NotFound", [exc.ident, str(exc)]))
    except LexgraphError as exc:
        conn.send((type(exc).__name__ if type(exc).__name__ in _SIMPLE else "LexgraphError", str(exc)))
    except OSError as exc:  # e.g. a LOAD stopped by the network barrier ("Permission denied")
        conn.send(("LexgraphError", f"the write could not be applied: {exc}"))


def run_write(root: Path, write: UpdateWrite | GraphWrite, timeout: float, *, allow_network: bool = False) -> dict:
    """Apply one write in a child process; its report ({"triples", "build", "created"}) or the
    LexgraphError the child met; Timeout (503) past the deadline, with the store unchanged. The
    child has no network unless `allow_network` (the server's --allow-service)."""
    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_child, args=(child, str(root), write, allow_network), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise Timeout(f"update stopped after the {timeout:g} s timeout; the store was not changed")
        status, detail = parent.recv()
    except EOFError as exc:
        raise RuntimeError(f"the write process ended with code {process.exitcode}") from exc
    finally:
        if process.is_alive():
            process.kill()
        process.join(timeout=10)
        parent.close()
    if status == "ok":
        return detail
    if status == "ValidationFailed":
        raise ValidationFailed(detail)
    if status == "NotFound":
        raise NotFound(detail[0], message=detail[1])
    raise _SIMPLE.get(status, LexgraphError)(detail)
