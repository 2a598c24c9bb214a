"""SPARQL queries run in worker processes, so a runaway query can really be stopped.

pyoxigraph's `Store.query` cannot be cancelled or given a timeout, and it holds the thread it
runs on. Each query therefore goes to a pool of worker processes (spawned, each with the store
open read-only). The worker parses the query first and answers with a header — the kind of
result, or the parser's error — then streams the serialized result in chunks. The server waits
for the header and for each chunk until the query's deadline; past it, the worker is killed
and replaced, and the client gets a clear error while other requests go on being served.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from graph.errors import Timeout

CHUNK = 64 * 1024
_END = b""


class QueryTimeout(Timeout):
    """Past the deadline: the worker was killed (answered 503 like any Timeout)."""


class ResultTooLarge(Exception):
    pass


@dataclass(frozen=True)
class Job:
    store_dir: str
    sparql: str
    result_format: str
    graph_format: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    base_iri: str | None = None


class _ChunkWriter:
    """A binary file-like that ships what pyoxigraph writes to the server in chunks."""

    def __init__(self, conn: Connection) -> None:
        self.conn, self.buffer = conn, bytearray()

    def write(self, data: bytes) -> int:
        self.buffer += data
        if len(self.buffer) >= CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self.buffer:
            self.conn.send_bytes(bytes(self.buffer))
            self.buffer.clear()


def _worker(conn: Connection) -> None:  # runs in the child process
    from graph.errors import QueryError
    from graph.store import GraphStore

    conn.send(("ready", None))  # imports done: the first query does not pay for them
    stores: dict[str, GraphStore] = {}
    while True:
        try:
            job: Job = conn.recv()
        except EOFError:
            return
        try:
            store = stores.get(job.store_dir)
            if store is None:
                stores.clear()
                store = stores[job.store_dir] = GraphStore.open(Path(job.store_dir))
            prepared = store.prepare(
                job.sparql, default_graphs=job.default_graphs, named_graphs=job.named_graphs,
                base_iri=job.base_iri,
            )
        except QueryError as exc:
            conn.send(("error", str(exc)))
            continue
        except Exception as exc:  # the store vanished or is unreadable: report, keep serving
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))
            continue
        conn.send(("ok", prepared.kind))
        writer = _ChunkWriter(conn)
        try:
            prepared.serialize(writer, result_format=job.result_format, graph_format=job.graph_format)
            writer.flush()
            conn.send_bytes(_END)
        except Exception as exc:  # an evaluation error after the header: end the stream early
            writer.flush()
            conn.send_bytes(_END)
            conn.send(("failed", str(exc)))


class _Stream:
    """The chunks of one answer. Closing it, or dropping it, before a chunk was read still
    returns the worker (mid-answer, so it is replaced): a generator closed before it started
    runs none of its code, so its `finally` would never release the worker."""

    def __init__(self, chunks: Generator[bytes, None, None], release: Callable[[], None]) -> None:
        self._chunks, self._release, self._started = chunks, release, False

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        self._started = True
        return next(self._chunks)

    def close(self) -> None:
        if not self._started:
            self._started = True
            self._release()
        self._chunks.close()

    def __del__(self) -> None:
        self.close()


class _Worker:
    def __init__(self, ctx: mp.context.SpawnContext) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float = 60) -> bool:
        return self.conn.poll(timeout) and self.conn.recv()[0] == "ready"

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class QueryPool:
    """A fixed number of worker processes; a query waits for a free one, within its deadline."""

    def __init__(self, size: int = 2) -> None:
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._size = size
        self._closed = False
        self.ready = 0  # workers that have started (for /healthz)
        threading.Thread(target=self._fill, daemon=True).start()  # start-up stays fast

    def _fill(self) -> None:
        workers = [_Worker(self._ctx) for _ in range(self._size)]  # they boot in parallel
        for worker in workers:
            if worker.wait_ready():
                self._idle.put(worker)
                self.ready += 1
            else:
                worker.kill()

    def _replace(self) -> None:
        worker = _Worker(self._ctx)
        if worker.wait_ready():
            self._idle.put(worker)
        else:
            worker.kill()

    def _acquire(self, deadline: float) -> _Worker:
        try:
            return self._idle.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty as exc:
            raise QueryTimeout("no query worker became free before the timeout") from exc

    def _release(self, worker: _Worker, healthy: bool) -> None:
        if healthy and worker.process.is_alive():
            self._idle.put(worker)
            return
        worker.kill()
        if not self._closed:  # replace it without holding up the request that killed it
            threading.Thread(target=self._replace, daemon=True).start()

    def run(self, job: Job, timeout: float, max_bytes: int) -> tuple[str, Iterator[bytes]]:
        """(kind, chunks). Raises QueryError for a bad query, QueryTimeout past the deadline.

        The iterator must be consumed (or closed): it returns the worker to the pool.
        """
        from graph.errors import QueryError

        deadline = time.monotonic() + timeout
        worker = self._acquire(deadline)
        try:
            worker.conn.send(job)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                raise QueryTimeout(f"query stopped after the {timeout:g} s timeout")
            status, detail = worker.conn.recv()
        except QueryTimeout:
            self._release(worker, healthy=False)
            raise
        except (EOFError, OSError) as exc:
            self._release(worker, healthy=False)
            raise RuntimeError(f"query worker died: {exc}") from exc
        if status != "ok":
            self._release(worker, healthy=True)
            if status == "error":
                raise QueryError(detail)
            raise RuntimeError(detail)
        return detail, _Stream(self._chunks(worker, deadline, timeout, max_bytes),
                               lambda: self._release(worker, healthy=False))

    def _chunks(self, worker: _Worker, deadline: float, timeout: float, max_bytes: int) -> Iterator[bytes]:
        healthy, sent = False, 0
        try:
            while True:
                if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                    raise QueryTimeout(f"query stopped after the {timeout:g} s timeout")
                chunk = worker.conn.recv_bytes()
                if chunk == _END:
                    if worker.conn.poll(0):
                        worker.conn.recv()  # a late evaluation error; the stream already ended
                    healthy = True
                    return
                sent += len(chunk)
                if sent > max_bytes:
                    raise ResultTooLarge(f"result larger than the {max_bytes} byte limit")
                yield chunk
        finally:
            self._release(worker, healthy)

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return


def _write_child(conn: Connection, root: str, sparql_update: str, base_iri: str | None) -> None:
    from graph.build import apply_update
    from graph.errors import LexgraphError, QueryError, ValidationFailed

    try:
        report = apply_update(Path(root), sparql_update, base_iri=base_iri)
        conn.send(("ok", {"triples": report.triples, "build": report.store_dir.name}))
    except QueryError as exc:
        conn.send(("bad_update", str(exc)))
    except ValidationFailed as exc:
        conn.send(("invalid", exc.violations))
    except LexgraphError as exc:
        conn.send(("refused", str(exc)))


def run_write(root: Path, sparql_update: str, base_iri: str | None, timeout: float) -> dict:
    """Apply an update in a child process killed at the deadline; its report ({"triples", "build"}),
    or QueryError (a bad update), ValidationFailed (it breaks a shape), Timeout, LexgraphError.
    A killed write leaves only a temporary build, which is never served and is swept by the next
    build; its lock dies with it."""
    from graph.errors import LexgraphError, QueryError, ValidationFailed

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_write_child, args=(child, str(root), sparql_update, base_iri), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise Timeout(f"update stopped after the {timeout:g} s timeout; the store was not changed")
        status, detail = parent.recv()
    except EOFError as exc:
        raise RuntimeError(f"the update process ended with code {process.exitcode}") from exc
    finally:
        if process.is_alive():
            process.kill()
        process.join(timeout=10)
        parent.close()
    if status == "ok":
        return detail
    if status == "bad_update":
        raise QueryError(detail)
    if status == "invalid":
        raise ValidationFailed(detail)
    raise LexgraphError(detail)
