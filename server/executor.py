"""SPARQL queries run in worker processes, so a runaway query can really be stopped.

pyoxigraph's `Store.query` cannot be cancelled or given a timeout, and it holds the thread it
runs on. Each query therefore goes to a pool of worker processes, each started with
`server.sandbox.confine()` (no network) and an address-space limit, with the store open
read-only. A worker checks the query (queries/guard.py: limits, then rdflib's parser for
SERVICE and the query's dataset), prepares it and answers with a header — the kind of result,
or why it will not run — then streams the serialized result in chunks. The header travels with
the first chunk, and an answer that fits in one chunk is one message (header, body and end):
the server is woken once for a small answer, not three times (measured: most of a trivial
query's time was the hop to the worker and back, BENCHMARKS.md "Session 6").

The server side is asyncio: it waits on the worker's pipe with the event loop, never with a
thread, so a waiting request costs nothing but memory, and cancelling the request (the
client went away) runs the `finally` that hands the worker back. Rules:

- a worker is lent to one request (`Answer`) and comes back exactly once, by `Answer.close()`,
  whatever happens: healthy if its answer was read to the end, killed and replaced otherwise;
- the first chunk (or the whole answer, if it is small) is read before the status is chosen, so
  a timeout or an error before it is a clean 503/4xx, not an empty 200;
- past the deadline the worker is killed (503 `timeout`); a worker that dies (its memory limit)
  is a 503 `resource_limit`; the others go on serving;
- when every worker is busy, up to `queue_size` requests wait (within their deadline); one more
  is answered 503 `overloaded` with Retry-After at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing as mp
import os
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from graph.errors import Overloaded, QueryError, ResourceLimit, Timeout

log = logging.getLogger("lexgraph.executor")

CHUNK = 64 * 1024
# What a worker sends back for a job, each a `send_bytes` message that starts with its tag:
_WHOLE = b"A"  # + kind + the whole answer: header, body and end in one message
_HEAD = b"H"  # + kind + the first chunk; D... and then E or F follow
_DATA, _END, _FAILED = b"D", b"E", b"F"  # a further chunk; the end; evaluation failed (+ why)
_REFUSED = b"P"  # + a pickled tuple: why the query does not run (error, unacceptable, resource, failed)
_KINDS = {"select": b"s", "ask": b"a", "graph": b"g"}
_KIND_OF = {code: kind for kind, code in _KINDS.items()}
LONG_QUERY = 0.25  # seconds: a query still running after this is given a lower CPU priority
LOW_PRIORITY = 19  # its nice value: short queries beside it keep their share of the cores


class QueryTimeout(Timeout):
    """Past the deadline: the worker was killed (answered 503 like any Timeout)."""


class Unacceptable(Exception):
    """The client accepts no format for this kind of result (the route answers 406)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        super().__init__(kind)


@dataclass(frozen=True)
class Job:
    store_dir: str
    sparql: str
    result_format: str | None  # None: the client accepts no result format (406 for SELECT/ASK)
    graph_format: str | None  # None: the client accepts no graph format (406 for CONSTRUCT)
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    base_iri: str | None = None
    max_length: int = 100_000
    max_nesting: int = 100
    allow_service: bool = False
    guard: bool = True  # False only in tests that prove the OS barrier holds on its own


# -- the worker process ----------------------------------------------------------------------


class _ChunkWriter:
    """A binary file-like that ships what pyoxigraph writes to the server in chunks: the first
    one tagged with the header (`_HEAD` + kind), or, if the whole answer fits in one chunk, one
    `_WHOLE` message at `finish()`."""

    def __init__(self, conn: Connection, kind: str) -> None:
        self.conn, self.buffer = conn, bytearray()
        self.head: bytes | None = _HEAD + _KINDS[kind]  # None once the header is sent

    def write(self, data: bytes) -> int:
        self.buffer += data
        if len(self.buffer) >= CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:  # pyoxigraph calls it too: only full chunks leave before the end
        if len(self.buffer) >= CHUNK:
            self._send(self.head or _DATA)
            self.head = None

    def _send(self, tag: bytes) -> None:
        self.conn.send_bytes(tag + bytes(self.buffer))
        self.buffer.clear()

    def finish(self) -> None:
        """The answer is complete: one message if nothing was sent yet, else the rest and the end."""
        if self.head is not None:
            self._send(_WHOLE + self.head[1:])
            return
        if self.buffer:
            self._send(_DATA)
        self.conn.send_bytes(_END)

    def fail(self, why: str) -> None:
        """Evaluation failed: before the header, the server answers an error; after it, it cuts
        the answer."""
        self.conn.send_bytes(_FAILED + why.encode())


def _worker(conn: Connection, allow_network: bool, memory_bytes: int | None,
            forked: bool = False, store_dir: str | None = None) -> None:  # runs in the child process
    from server.sandbox import confine, die_with_parent, memory_limit

    if forked:  # the parent is the fork server (one thread, lives as long as the server)
        die_with_parent()
    barrier = confine(allow_network)  # first, while the process has one thread
    memory_limit(memory_bytes)
    import rdflib.plugins.sparql.parser  # noqa: F401 - the guard's parser, loaded before the first query

    from graph.errors import LexgraphError
    from graph.store import GraphStore
    from queries.guard import check_query

    stores: dict[str, GraphStore] = {}
    if store_dir:  # open the store now: a replacement worker's first query does not pay for it
        with contextlib.suppress(Exception):
            stores[store_dir] = GraphStore.open(Path(store_dir))
    conn.send(("ready", barrier))  # imports done: the first query does not pay for them

    def refuse(header: tuple) -> None:
        conn.send_bytes(_REFUSED + pickle.dumps(header))

    while True:
        try:
            job: Job = conn.recv()
        except EOFError:
            return
        try:
            analysis = check_query(job.sparql, max_length=job.max_length, allow_service=job.allow_service,
                                   max_nesting=job.max_nesting, shortcut=True) \
                if job.guard else None
            store = stores.get(job.store_dir)
            if store is None:
                stores.clear()
                store = stores[job.store_dir] = GraphStore.open(Path(job.store_dir))
            prepared = store.prepare(
                job.sparql, default_graphs=job.default_graphs, named_graphs=job.named_graphs,
                base_iri=job.base_iri, query_dataset=bool(analysis and analysis.has_dataset),
            )
        except LexgraphError as exc:
            refuse(("error", type(exc).__name__, str(exc), exc.detail()))
            continue
        except MemoryError:
            refuse(("resource", "the query needed more memory than a worker may use"))
            continue
        except Exception as exc:  # the store vanished or is unreadable: report, keep serving
            refuse(("failed", f"{type(exc).__name__}: {exc}"))
            continue
        fmt = job.graph_format if prepared.kind == "graph" else job.result_format
        if fmt is None:
            refuse(("unacceptable", prepared.kind))
            continue
        writer = _ChunkWriter(conn, prepared.kind)
        try:
            prepared.serialize(writer, result_format=fmt, graph_format=fmt)
            writer.finish()
        except MemoryError:
            writer.fail("the query needed more memory than a worker may use")
        except Exception as exc:  # an evaluation error: the server cuts the answer
            writer.fail(f"{type(exc).__name__}: {exc}")


# -- the server side -------------------------------------------------------------------------


async def _readable(conn: Connection, timeout: float) -> bool:
    """Wait, on the event loop, until `conn` has something to read (or EOF); False at the timeout."""
    if conn.poll(0):
        return True
    if timeout <= 0:
        return False
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[bool] = loop.create_future()
    fd = conn.fileno()
    # a timer rather than asyncio.wait_for, which makes a task per wait (most of the cost of a
    # point query's hop to its worker)
    loop.add_reader(fd, lambda: ready.done() or ready.set_result(True))
    timer = loop.call_later(timeout, lambda: ready.done() or ready.set_result(False))
    try:
        return await ready
    finally:
        timer.cancel()
        loop.remove_reader(fd)


class _Worker:
    def __init__(self, ctx: mp.context.BaseContext, allow_network: bool, memory_bytes: int | None,
                 store_dir: str | None = None) -> None:
        self.conn, child = ctx.Pipe()
        forked = ctx.get_start_method() == "forkserver"
        self.process = ctx.Process(target=_worker, args=(child, allow_network, memory_bytes, forked, store_dir),
                                   daemon=True)
        self.process.start()
        child.close()
        self.barrier = "starting"
        self.niced = False

    def wait_ready(self, timeout: float = 60) -> bool:  # in a thread: blocks
        try:
            if not self.conn.poll(timeout):
                return False
            status, barrier = self.conn.recv()
        except (EOFError, OSError):
            return False
        self.barrier = barrier
        return status == "ready"

    def alive(self) -> bool:
        return self.process.is_alive()

    def lower_priority(self) -> None:
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, self.process.pid, LOW_PRIORITY)
            self.niced = True

    def restore_priority(self) -> bool:
        """Back to normal priority after a long query; False if not allowed (then replace it)."""
        if not self.niced:
            return True
        try:
            os.setpriority(os.PRIO_PROCESS, self.process.pid, 0)
        except OSError:
            return False
        self.niced = False
        return True

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.conn.close()
        # reap it without blocking the event loop
        threading.Thread(target=self.process.join, args=(5,), daemon=True).start()

    def death(self) -> str:
        """Why the process ended, for the error message."""
        self.process.join(1)
        code = self.process.exitcode
        if code is not None and code < 0:
            with contextlib.suppress(ValueError):
                return f"signal {signal.Signals(-code).name}"
        return f"exit code {code}"


PRELOAD = ["server.executor", "server.sandbox", "graph.store", "queries.guard", "rdflib.plugins.sparql.parser"]


def _context() -> mp.context.BaseContext:
    """forkserver where available: a replacement worker is forked from a process that has the
    imports done (about 10 ms, instead of most of a second of CPU for a spawned interpreter),
    which matters when runaway queries get workers killed. The fork server never runs a query;
    each worker confines itself after the fork."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return mp.get_context("spawn")


class QueryPool:
    """`size` worker processes; up to `queue_size` requests wait for one, then 503 at once."""

    def __init__(self, size: int = 2, *, queue_size: int = 16, memory_bytes: int | None = None,
                 allow_network: bool = False) -> None:
        self._ctx = _context()
        self._size, self._queue_size = size, queue_size
        self._memory_bytes, self._allow_network = memory_bytes, allow_network
        self._idle: deque[_Worker] = deque()
        self._busy: set[_Worker] = set()
        self._starting = 0
        self._waiters: deque[asyncio.Future[_Worker]] = deque()
        self._closed = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self.barrier = "starting"
        self.replaced = 0  # workers killed and replaced since start (for /healthz)
        self.leased = 0  # queries given a worker since start (a 304 from server/cache.py takes none)
        self.store_dir: str | None = None  # the store the last query asked for: new workers open it

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the workers in the background (call from the event loop: start-up stays fast)."""
        self._loop = asyncio.get_running_loop()
        for _ in range(self._size):
            self._spawn()

    def _spawn(self) -> None:
        if self._closed:
            return
        self._starting += 1
        threading.Thread(target=self._boot, daemon=True).start()

    def _boot(self) -> None:  # in a thread: starting a process and its imports take a while
        worker = None
        try:
            worker = _Worker(self._ctx, self._allow_network, self._memory_bytes, self.store_dir)
            ok = worker.wait_ready()
        except Exception:
            log.exception("a query worker failed to start")
            ok = False
        assert self._loop is not None
        with contextlib.suppress(RuntimeError):  # the loop is closed: we are shutting down
            self._loop.call_soon_threadsafe(self._booted, worker, ok)

    def _booted(self, worker: _Worker | None, ok: bool) -> None:
        self._starting -= 1
        if not ok or worker is None:
            if worker is not None:
                worker.kill()
            if not self._closed:  # try again shortly; never spin
                assert self._loop is not None
                self._loop.call_later(1.0, self._spawn)
            return
        if self._closed:
            worker.kill()
            return
        if self.barrier == "starting":
            self.barrier = worker.barrier
            log.warning("query workers started; network barrier: %s", worker.barrier)
        elif worker.barrier != self.barrier:
            log.error("a query worker started with barrier %s, not %s", worker.barrier, self.barrier)
        self._put(worker)

    def close(self) -> None:
        self._closed = True
        for worker in [*self._idle, *self._busy]:
            worker.kill()
        self._idle.clear()
        self._busy.clear()
        for waiter in self._waiters:
            if not waiter.done():
                waiter.cancel()

    # -- lending workers ---------------------------------------------------------------------

    def stats(self) -> dict:
        alive = sum(w.alive() for w in [*self._idle, *self._busy])
        return {
            "query_workers": self._size, "query_workers_ready": alive,
            "query_workers_busy": len(self._busy), "query_workers_starting": self._starting,
            "query_queue": sum(not w.done() for w in self._waiters), "query_queue_size": self._queue_size,
            "query_workers_replaced": self.replaced, "query_workers_leased": self.leased,
            "network_barrier": self.barrier,
        }

    def _put(self, worker: _Worker) -> None:
        """A worker is free: give it to the first live waiter, or keep it idle."""
        self._busy.discard(worker)
        if not worker.alive():
            self._discard(worker)
            return
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                self._busy.add(worker)
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    async def _acquire(self, deadline: float) -> _Worker:
        while self._idle:
            worker = self._idle.popleft()
            if worker.alive():
                self._busy.add(worker)
                return worker
            self._discard(worker)  # died while idle (killed from outside)
        waiting = sum(not w.done() for w in self._waiters)
        if waiting >= self._queue_size:
            raise Overloaded(
                f"all {self._size} query workers are busy and {waiting} queries are waiting; try again shortly",
                retry_after=1,
            )
        waiter: asyncio.Future[_Worker] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            return await asyncio.wait_for(asyncio.shield(waiter), max(0.0, deadline - time.monotonic()))
        except BaseException as exc:  # timed out, or the request was cancelled (client gone)
            if waiter.done() and not waiter.cancelled():
                self._put(waiter.result())  # handed over just as we gave up: give it back
            else:
                waiter.cancel()
            if isinstance(exc, TimeoutError):
                raise Overloaded("no query worker became free before the timeout; try again shortly",
                                 retry_after=1) from exc
            raise

    def _discard(self, worker: _Worker) -> None:
        self._busy.discard(worker)
        worker.kill()
        self.replaced += 1
        self._spawn()

    def _release(self, worker: _Worker, healthy: bool) -> None:
        if healthy and worker.alive() and worker.restore_priority() and not self._closed:
            self._put(worker)
        else:
            self._discard(worker)

    async def run(self, job: Job, timeout: float, max_bytes: int) -> Answer:
        """Start a query and read its header and first chunk. The Answer must be closed.

        Raises QueryError (400, bad or refused query), NotAcceptable (406), QueryTimeout and
        Overloaded (503), ResourceLimit (503) and RuntimeError (500) — the worker is back in the
        pool (or being replaced) whenever it raises.
        """
        deadline = time.monotonic() + timeout
        self.store_dir = job.store_dir
        worker = await self._acquire(deadline)
        self.leased += 1
        answer = Answer(self, worker, deadline, timeout, max_bytes)
        try:
            await answer._start(job)
        except BaseException:
            answer.close()
            raise
        return answer


class Answer:
    """One query's answer, holding its worker until `close()` (idempotent, always safe)."""

    def __init__(self, pool: QueryPool, worker: _Worker, deadline: float, timeout: float, max_bytes: int) -> None:
        self._pool, self._worker = pool, worker
        self._deadline, self._timeout, self._max_bytes = deadline, timeout, max_bytes
        self._finished = False  # the worker's answer was read to its end: the worker is reusable
        self._closed = False
        self._niceness: asyncio.TimerHandle | None = None
        self.kind = ""
        self.first = b""  # the first chunk
        self.complete = False  # `first` is the whole answer
        self.sent = 0

    async def _recv(self) -> bytes:
        conn = self._worker.conn
        if not await _readable(conn, self._deadline - time.monotonic()):
            raise QueryTimeout(f"query stopped after the {self._timeout:g} s timeout")
        try:
            return conn.recv_bytes()
        except (EOFError, OSError) as exc:
            why = self._worker.death()
            raise ResourceLimit(
                f"the query worker was stopped ({why}): the query most likely needed more memory "
                "than a worker may use; the worker was replaced"
            ) from exc

    async def _start(self, job: Job) -> None:
        self._worker.conn.send(job)
        assert self._pool._loop is not None
        self._niceness = self._pool._loop.call_later(LONG_QUERY, self._worker.lower_priority)
        message = await self._recv()
        tag = message[:1]
        if tag == _REFUSED:
            self._finished = True  # the worker answered and is ready for the next job
            status, *rest = pickle.loads(message[1:])
            if status == "error":
                raise _rebuild(*rest)
            if status == "unacceptable":
                raise Unacceptable(rest[0])
            if status == "resource":
                raise ResourceLimit(rest[0])
            raise RuntimeError(rest[0])
        if tag == _FAILED:  # evaluation failed before the first chunk: a clean error
            self._finished = True
            raise _failure(message[1:])
        if tag not in (_WHOLE, _HEAD):
            raise RuntimeError(f"unexpected message from a query worker: {tag!r}")
        self.kind = _KIND_OF[message[1:2]]
        # a small answer (_WHOLE) is sent whole, with its length; a first chunk of CHUNK bytes or
        # more (_HEAD) is followed by the rest, streamed (`chunks`)
        self._finished = self.complete = tag == _WHOLE
        self.first = self._count(message[2:])

    def _count(self, body: bytes) -> bytes:
        self.sent += len(body)
        if self.sent > self._max_bytes:
            raise ResourceLimit(f"answer larger than the {self._max_bytes} byte limit")
        return body

    async def next_chunk(self) -> bytes | None:
        """The next chunk, None at the end. Raises QueryTimeout, ResourceLimit (the worker died,
        or the answer is over the byte limit) or QueryError (evaluation failed); once the
        status is sent, the response turns these into a cut connection."""
        message = await self._recv()
        tag, body = message[:1], message[1:]
        if tag == _END:
            self._finished = True
            return None
        if tag == _FAILED:
            self._finished = True
            raise _failure(body)
        return self._count(body)

    async def chunks(self) -> AsyncIterator[bytes]:
        """The whole answer: the first chunk, then the rest as it comes."""
        if self.first:
            yield self.first
        if self.complete:
            return
        while (chunk := await self.next_chunk()) is not None:
            yield chunk

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._niceness is not None:
            self._niceness.cancel()
        self._pool._release(self._worker, healthy=self._finished)

    def __del__(self) -> None:  # a last resort; every path closes it explicitly
        if not self._closed and self._pool._loop is not None and not self._pool._loop.is_closed():
            with contextlib.suppress(RuntimeError):
                self._pool._loop.call_soon_threadsafe(self.close)


def _failure(why: bytes) -> Exception:
    """The error for a worker's `_FAILED` message: the evaluation failed or ran out of memory."""
    text = why.decode(errors="replace")
    if "more memory" in text:
        return ResourceLimit(text)
    return QueryError(f"query failed: {text}")


def _rebuild(name: str, message: str, detail: object) -> Exception:
    """The LexgraphError a worker reported, as the same class on this side."""
    import graph.errors as errors

    cls = getattr(errors, name, None)
    if cls is errors.QueryLimit and isinstance(detail, dict):
        return errors.QueryLimit(detail["limit"], detail["found"], detail["max"], message)
    if isinstance(cls, type) and issubclass(cls, errors.LexgraphError) and cls not in (
        errors.NotFound, errors.DataError, errors.ValidationFailed, errors.NotAcceptable,
        errors.UnknownEdgeType, errors.Overloaded,
    ):
        return cls(message)
    return QueryError(message)
