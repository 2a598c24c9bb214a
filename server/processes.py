"""`lexgraph serve --processes N`: N server processes on one port, so no single event loop is the limit.

One uvicorn process tops out at about a thousand small requests a second, most of it Python in
the HTTP stack on one event loop (BENCHMARKS.md). Here a supervisor starts N server processes;
each binds its own listening socket to the same address with SO_REUSEPORT, and the kernel
spreads incoming connections over them. Each process is a whole server: its own app, its own
pool of sandboxed query workers (`--workers` is per process), its own read-only store handle
(pyoxigraph opens a store read-only in any number of processes). Timeouts, the network
barrier, worker leases and the overload 503 hold in each process as they do with one.

The supervisor does nothing else: it checks the settings (store, barrier) once before starting
anyone, restarts a server process that dies (at most once a second), and on SIGTERM/SIGINT
stops them all. Each server process dies with the supervisor (PR_SET_PDEATHSIG).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import signal
import socket
import threading
import time

from graph.settings import Settings

log = logging.getLogger("lexgraph.server")


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound with SO_REUSEPORT: every server process binds its own, the kernel balances."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto IPPROTO_TCP, as asyncio's own servers: asyncio sets TCP_NODELAY on accepted sockets only
    # then (with proto 0, Nagle and delayed ACKs add 40 ms to every small answer)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _serve_one(settings: Settings, log_level: str) -> None:  # runs in a server process
    import uvicorn

    from server.app import create_app
    from server.sandbox import die_with_parent

    die_with_parent()
    sock = listening_socket(settings.host, settings.port)
    app = create_app(settings)
    config = uvicorn.Config(app, log_level=log_level, loop="asyncio")  # not uvloop: see server/cli.py cmd_serve
    uvicorn.Server(config).run(sockets=[sock])


def serve(settings: Settings, processes: int, log_level: str = "info") -> None:
    """Run `processes` server processes on settings.host:port until SIGTERM or SIGINT."""
    ctx = mp.get_context("spawn")  # a fresh interpreter: no threads or sockets inherited
    stop = threading.Event()
    children: list[mp.process.BaseProcess] = []

    def start() -> mp.process.BaseProcess:
        child = ctx.Process(target=_serve_one, args=(settings, log_level), name="lexgraph-server")
        child.start()
        return child

    def stopping(signum: int, _frame: object) -> None:
        stop.set()

    with listening_socket(settings.host, settings.port):  # the port is free (or shared with SO_REUSEPORT)
        pass
    previous = {sig: signal.signal(sig, stopping) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        children.extend(start() for _ in range(processes))
        last_restart, restarts = 0.0, 0
        while not stop.wait(0.2):
            for index, child in enumerate(children):
                if child.is_alive() or time.monotonic() - last_restart < 1.0:
                    continue  # never spin on a process that cannot start
                restarts += 1
                if restarts > 10 * processes:
                    raise RuntimeError(f"server processes keep ending (last exit code {child.exitcode}); giving up")
                log.warning("server process %s ended (exit code %s); starting another", child.pid, child.exitcode)
                last_restart = time.monotonic()
                children[index] = start()
    finally:
        for child in children:
            with contextlib.suppress(Exception):
                child.terminate()
        deadline = time.monotonic() + 10
        for child in children:
            child.join(max(0.1, deadline - time.monotonic()))
            if child.is_alive():
                child.kill()
                child.join(1)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
