"""`lexgraph serve --processes N`: several real server processes on one port (SO_REUSEPORT).

Each server process has its own sandboxed query workers, so the hardening guarantees must hold
in each: the timeout, SERVICE refused, the network barrier. A server process that dies is
replaced; stopping the supervisor stops them all.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import start_server, stop_server

pytestmark = pytest.mark.hardening

COUNT_FOREVER = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _server_processes(supervisor: int) -> list[int]:
    """The supervisor's children that are server processes (multiprocessing spawn children)."""
    out = []
    for tid in os.listdir(f"/proc/{supervisor}/task"):
        for child in Path(f"/proc/{supervisor}/task/{tid}/children").read_text().split():
            try:
                cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in cmdline:
                out.append(int(child))
    return out


def _wait(predicate, timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def _ask(url: str) -> int:
    # a new connection each time: the kernel spreads connections over the processes
    return httpx.post(url + "/sparql", data={"query": "ASK { ?s ?p ?o }"}, timeout=30,
                      headers={"Connection": "close", "Accept": "application/sparql-results+json"}).status_code


@pytest.fixture(scope="module")
def multi(store_root, tmp_path_factory):
    server = start_server(store_root, tmp_path_factory.mktemp("processes") / "server.log",
                          "--processes", "2", "--workers", "1", "--timeout", "3")
    _wait(lambda: len(_server_processes(server.process.pid)) == 2, what="two server processes")
    _wait(lambda: all(_ask(server.url) == 200 for _ in range(10)), what="every process answering")
    yield server
    stop_server(server)


def test_two_processes_share_the_port_and_both_answer(multi):
    pids = _server_processes(multi.process.pid)
    assert len(pids) == 2
    # each one listens: both have a socket bound to the port in their own file table
    port = int(multi.url.rsplit(":", 1)[1])
    listening = {int(line.split()[9]) for line in Path("/proc/net/tcp").read_text().splitlines()[1:]
                 if line.split()[3] == "0A" and int(line.split()[1].split(":")[1], 16) == port}
    assert len(listening) == 2  # two listening sockets (inodes) on one port: SO_REUSEPORT
    assert all(_ask(multi.url) == 200 for _ in range(20))


def test_the_timeout_and_the_service_refusal_hold_in_every_process(multi):
    for _ in range(4):  # new connections: both processes get some
        started = time.monotonic()
        response = httpx.post(multi.url + "/sparql", data={"query": COUNT_FOREVER}, timeout=30,
                              headers={"Connection": "close"})
        assert response.status_code == 503, response.text
        assert response.json()["error"]["code"] == "timeout"
        assert time.monotonic() - started < 3 * 1.5
        refused = httpx.post(multi.url + "/sparql", timeout=30, headers={"Connection": "close"},
                             data={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
        assert refused.status_code == 400
        assert "SERVICE" in refused.json()["error"]["message"]
    health = httpx.get(multi.url + "/healthz", timeout=10).json()
    assert health["network_barrier"] != "none"


def test_a_server_process_that_dies_is_replaced_and_the_others_serve_meanwhile(multi):
    before = _server_processes(multi.process.pid)
    os.kill(before[0], signal.SIGKILL)
    _wait(lambda: before[0] not in _server_processes(multi.process.pid), what="the killed process to go")
    assert _ask(multi.url) == 200  # the other one serves
    _wait(lambda: len(_server_processes(multi.process.pid)) == 2, what="a replacement")
    _wait(lambda: all(_ask(multi.url) == 200 for _ in range(10)), what="the replacement answering")


def test_stopping_the_supervisor_stops_every_server_process(store_root, tmp_path):
    server = start_server(store_root, tmp_path / "server.log", "--processes", "2", "--workers", "1")
    _wait(lambda: len(_server_processes(server.process.pid)) == 2, what="two server processes")
    pids = _server_processes(server.process.pid)
    stop_server(server)
    assert server.process.returncode == 0

    def gone(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
        except OSError:
            return True

    _wait(lambda: all(gone(pid) for pid in pids), timeout=15, what="the server processes to end")
