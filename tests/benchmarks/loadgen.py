"""A closed-loop HTTP/1.1 load generator for 127.0.0.1: N keep-alive clients, a fixed duration.

Why not locust or httpx: on this 2-core machine the client shares the cores with the server,
and those spend 0.3-1 ms of Python per request, which would measure the client rather than
the server (Oxigraph answers a point query in well under a millisecond). There is no wrk or ab
installed. So each client here is a thread with one raw socket: it sends a pre-built request,
reads the status line, headers and the body (Content-Length or chunked), and sends the next one
at once (closed loop, keep-alive). Clients are spread over several processes (8 per process)
so the generator itself is not bound by one GIL. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import multiprocessing as mp
import socket
import threading
import time
from urllib.parse import urlsplit

PER_PROCESS = 8


def request_bytes(url: str, accept: str = "application/sparql-results+json") -> tuple[int, bytes]:
    """(port, the raw GET request) for a URL on 127.0.0.1."""
    parts = urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost"):
        raise ValueError(f"the load generator only talks to 127.0.0.1, not {parts.hostname}")
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    raw = (f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{parts.port}\r\nAccept: {accept}\r\n"
           "Connection: keep-alive\r\n\r\n").encode("latin-1")
    return parts.port or 80, raw


class _Reader:
    def __init__(self, sock: socket.socket) -> None:
        self.sock, self.buf = sock, b""

    def _fill(self) -> None:
        data = self.sock.recv(65536)
        if not data:
            raise ConnectionError("closed")
        self.buf += data

    def until(self, sep: bytes) -> bytes:
        while (i := self.buf.find(sep)) < 0:
            self._fill()
        out, self.buf = self.buf[:i], self.buf[i + len(sep):]
        return out

    def exactly(self, n: int) -> bytes:
        while len(self.buf) < n:
            self._fill()
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def response(self) -> tuple[int, bool]:
        """(status, keep-alive) of one response, its body read and dropped."""
        head = self.until(b"\r\n\r\n").decode("latin-1").split("\r\n")
        status = int(head[0].split(" ", 2)[1])
        headers = {}
        for line in head[1:]:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip().lower()
        if "content-length" in headers:
            self.exactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            while True:
                size = int(self.until(b"\r\n").split(b";")[0], 16)
                self.exactly(size + 2)
                if size == 0:
                    break
        return status, headers.get("connection") != "close"


def _client(port: int, raws: list[bytes], stop_at: float, out: list, lock: threading.Lock) -> None:
    """Sends `raws` in turn, round and round."""
    ok = errors = 0
    n = 0
    reasons: dict[str, int] = {}
    latencies: list[float] = []
    sock = None
    reader = None
    while time.monotonic() < stop_at:
        try:
            if sock is None:
                sock = socket.create_connection(("127.0.0.1", port), timeout=30)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                reader = _Reader(sock)
            start = time.perf_counter()
            sock.sendall(raws[n % len(raws)])
            n += 1
            status, keep = reader.response()
            latencies.append(time.perf_counter() - start)
            if status == 200:
                ok += 1
            else:
                errors += 1
                reasons[f"HTTP {status}"] = reasons.get(f"HTTP {status}", 0) + 1
            if not keep:
                sock.close()
                sock = None
        except (OSError, ValueError) as exc:
            errors += 1
            reasons[type(exc).__name__] = reasons.get(type(exc).__name__, 0) + 1
            if sock is not None:
                sock.close()
            sock = None
    if sock is not None:
        sock.close()
    with lock:
        out.append((ok, errors, latencies, reasons))


def _process(port: int, shares: list[list[bytes]], start_at: float, seconds: float, queue) -> None:
    while time.time() < start_at:
        time.sleep(0.001)
    stop_at = time.monotonic() + seconds
    out: list = []
    lock = threading.Lock()
    threads = [threading.Thread(target=_client, args=(port, share, stop_at, out, lock)) for share in shares]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    reasons: dict[str, int] = {}
    for o in out:
        for k, v in o[3].items():
            reasons[k] = reasons.get(k, 0) + v
    queue.put((sum(o[0] for o in out), sum(o[1] for o in out), [x for o in out for x in o[2]], reasons))


def run(url: str | list[str], clients: int, seconds: float, accept: str = "application/sparql-results+json") -> dict:
    """Closed-loop load on `url` (GET) for `seconds`: requests per second (200s only), errors, p50/p99.
    A list of URLs (on one port) is dealt out, client i sending URLs i, i + clients, ... in turn: no two
    clients send the same URL, and one URL comes back only after the whole list has been sent, so a
    list longer than a server's answer cache never hits it (e.g. a different order's point lookup)."""
    built = [request_bytes(u, accept) for u in ([url] if isinstance(url, str) else url)]
    port, raws = built[0][0], [raw for _, raw in built]
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    counts = [PER_PROCESS] * (clients // PER_PROCESS) + ([clients % PER_PROCESS] if clients % PER_PROCESS else [])
    start_at = time.time() + 0.3
    shares = [raws[i::clients] or raws for i in range(clients)]
    procs, dealt = [], 0
    for n in counts:
        procs.append(ctx.Process(target=_process, args=(port, shares[dealt:dealt + n], start_at, seconds, queue)))
        dealt += n
    for p in procs:
        p.start()
    results = [queue.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join(10)
    ok = sum(r[0] for r in results)
    errors = sum(r[1] for r in results)
    lat = sorted(x for r in results for x in r[2])
    reasons: dict[str, int] = {}
    for r in results:
        for k, v in r[3].items():
            reasons[k] = reasons.get(k, 0) + v
    pct = (lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000) if lat else (lambda q: float("nan"))
    return {"clients": clients, "seconds": seconds, "rps": ok / seconds, "ok": ok, "errors": errors, "reasons": reasons,
            "p50_ms": pct(0.5), "p99_ms": pct(0.99)}
