"""Hardening: no outbound request from a query or update worker (SECURITY.md, "The network barrier").

Every test here has a listener on 127.0.0.1 that must receive nothing. The barrier tests run
with the parser check switched off (`Job(guard=False)`, which only tests can build), so the
operating-system barrier alone must hold; a control with the network allowed shows that the
same query does reach the listener, so the test would notice a missing barrier.
"""

from __future__ import annotations

import asyncio
import shutil
import time

import httpx
import pytest

from graph.errors import LexgraphError
from graph.store import resolve_store_dir
from server import sandbox
from server.executor import Job, QueryPool
from server.writes import UpdateWrite, run_write
from tests.conftest import iri
from tests.listener import Listener
from tests.test_hardening_guard import BYPASSES

pytestmark = pytest.mark.hardening


@pytest.fixture()
def listener():
    server = Listener()
    yield server
    server.close()


def _service_query(url: str) -> str:
    return f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"


async def _ask_pool(pool: QueryPool, job: Job) -> str:
    pool.start()
    deadline = time.monotonic() + 60
    while pool.stats()["query_workers_ready"] < 1:
        assert time.monotonic() < deadline, "no query worker started"
        await asyncio.sleep(0.05)
    try:
        answer = await pool.run(job, timeout=10, max_bytes=10_000_000)
    except LexgraphError as exc:
        return f"refused: {exc.code}: {exc}"
    try:
        body = b"".join([chunk async for chunk in answer.chunks()])
    except LexgraphError as exc:
        return f"cut: {exc.code}: {exc}"
    finally:
        answer.close()
    return body.decode()


def _run_unguarded(store_root, sparql: str, allow_network: bool) -> tuple[str, str]:
    pool = QueryPool(1, allow_network=allow_network)
    job = Job(store_dir=str(resolve_store_dir(store_root)), sparql=sparql, result_format="json",
              graph_format="turtle", guard=False)

    async def go() -> str:
        try:
            return await _ask_pool(pool, job)
        finally:
            pool.close()

    outcome = asyncio.run(go())
    return outcome, pool.barrier


@pytest.mark.parametrize("name", ["plain", "hash"])
def test_the_os_barrier_alone_stops_service(store_root, listener, name):
    sparql = _service_query(listener.endpoint) if name == "plain" else BYPASSES["hash"].replace(
        "http://127.0.0.1:9/sparql", listener.endpoint)
    outcome, barrier = _run_unguarded(store_root, sparql, allow_network=False)
    time.sleep(0.3)
    assert listener.received == [], f"the listener was reached: {listener.received}"
    assert barrier != sandbox.NONE
    assert outcome.startswith("refused: bad_query"), outcome
    assert "network is unreachable" in outcome.lower() or "permission denied" in outcome.lower(), outcome


def test_control_without_the_barrier_the_listener_is_reached(store_root, listener):
    """The same unguarded query with the network allowed does reach the listener."""
    _run_unguarded(store_root, _service_query(listener.endpoint), allow_network=True)
    deadline = time.monotonic() + 5
    while not listener.received and time.monotonic() < deadline:
        time.sleep(0.05)
    assert listener.received, "the control query did not reach the listener: the test cannot see a barrier"
    assert listener.received[0].split(b" ")[0] in (b"GET", b"POST")


def test_this_machine_has_a_barrier():
    assert sandbox.probe() != sandbox.NONE


def test_without_a_barrier_the_server_refuses_to_start_unless_told(store_root, monkeypatch):
    from graph.errors import ConfigError
    from graph.settings import Settings
    from server.app import create_app

    monkeypatch.setattr(sandbox, "probe", lambda **_: sandbox.NONE)
    with pytest.raises(ConfigError, match="--allow-no-barrier"):
        create_app(Settings(store=store_root))
    assert create_app(Settings(store=store_root, allow_no_barrier=True)).state.barrier == sandbox.NONE


def test_server_refuses_service_bypasses_and_the_listener_hears_nothing(live_server, listener):
    health = httpx.get(live_server.url + "/healthz").json()
    assert health["network_barrier"] not in ("none", "starting")
    for name, query in BYPASSES.items():
        query = query.replace("http://127.0.0.1:9/sparql", listener.endpoint).replace("http://127.0.0.1:9/", listener.endpoint)
        response = httpx.post(live_server.url + "/sparql", data={"query": query}, timeout=30)
        assert response.status_code == 400, (name, response.text)
        assert response.json()["error"]["code"] == "bad_query" and "SERVICE" in response.json()["error"]["message"]
    time.sleep(0.3)
    assert listener.received == []


def test_update_worker_has_no_network(store_root, tmp_path, listener):
    """run_write's child is behind the same barrier: LOAD cannot reach the listener even though
    no parser check stands in front of run_write here."""
    root = tmp_path / "store"
    shutil.copytree(store_root, root, symlinks=True)
    update = f"LOAD <{listener.endpoint.replace('/sparql', '/data.ttl')}> INTO GRAPH <{iri('graph/loaded')}>"
    with pytest.raises(LexgraphError):
        run_write(root, UpdateWrite(update), timeout=60)
    time.sleep(0.3)
    assert listener.received == []
