"""The remote store (graph/remote.py) against a real `oxigraph serve` on 127.0.0.1: it answers
what the embedded store answers for the same build, pushes are validated and atomic, and a store
that is down or slow is a clear 503 naming its URL. (The API, /sparql and page tests that run
against both stores are in their own files, through `any_client` and `any_live_server`.)"""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import pytest
from rdflib import URIRef

from graph.errors import ConfigError, PushFailed, StoreMissing, StoreUnavailable, Timeout
from graph.progress import Task, Tasks
from graph.remote import STAGING, RemoteStore, bind, graph_chunks
from graph.settings import Settings
from graph.store import GraphStore
from graph.store_api import ReadableStore
from queries.catalog import catalog, get
from queries.projection import projection
from tests.conftest import DATA, FIXTURES, app_client, free_port, iri, run_cli
from tests.listener import Listener
from tests.remote import OxigraphServer

# every quad of the build: the pointer graph a push adds (graph.remote.POINTER) is not part of it
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <urn:lexgraph:store>) }"


@pytest.fixture()
def private_oxigraph(tmp_path: Path):
    """An empty Oxigraph server of this test's own, for tests that push or stop it."""
    server = OxigraphServer(tmp_path / "oxigraph", tmp_path / "oxigraph.log", free_port()).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def remote(oxigraph):
    store = RemoteStore(oxigraph.url)
    yield store
    store.close()


def _count(store) -> int:
    return int(store.select(COUNT)[0]["n"])


def test_both_stores_offer_the_whole_read_interface(store, remote):
    assert isinstance(store, ReadableStore) and isinstance(remote, ReadableStore)


def test_the_remote_answers_what_the_embedded_store_answers(store, remote):
    assert remote.version == store.version and remote.base_iri == store.base_iri
    assert remote.info["built"] == store.info["built"] and remote.info["graphs"] == store.info["graphs"]
    assert remote.named_graphs() == store.named_graphs()
    assert len(remote) == len(store)
    assert sorted(remote.quads()) == sorted(store.quads())  # the same terms, datatypes and languages included
    rows = ("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isLiteral(?o) && ?g != <urn:lexgraph:store>) } "
            "ORDER BY ?s ?p ?o")
    assert remote.select(rows) == store.select(rows)
    graph = URIRef(iri("graph/curated/toc"))
    assert remote.has_graph(graph) and not remote.has_graph(URIRef(iri("graph/none")))
    assert remote.serialize_graph(graph, "ntriples").count(b"\n") == store.serialize_graph(graph, "ntriples").count(b"\n")


@pytest.mark.parametrize("name", sorted(catalog()))
def test_every_canned_query_answers_the_same_on_both_stores(store, remote, name):
    """Parameters reach a remote query as a VALUES clause (graph.remote.bind) where the embedded
    store uses pyoxigraph's substitutions: every canned query must answer the same rows."""
    from tests.test_catalog import CASES

    query = get(name)
    values, _check = CASES[name]
    if query.kind != "select":
        local = query.serialize(store, "ntriples", **values).decode().splitlines()
        there = query.serialize(remote, "ntriples", **values).decode().splitlines()
        assert sorted(local) == sorted(there)
        return
    key = lambda row: sorted((k, str(v)) for k, v in row.items())  # noqa: E731
    assert sorted(map(key, query.run(remote, **values))) == sorted(map(key, query.run(store, **values)))


def test_bind_puts_values_inside_the_where_group_not_in_a_string():
    sparql = 'SELECT ?x WHERE { ?x ?p "WHERE { not here" }'
    bound = bind(sparql, {"x": URIRef("http://example.org/a")})
    assert bound.index("VALUES (?x) { (<http://example.org/a>) }") < bound.index('"WHERE { not here"')
    with pytest.raises(Exception, match="absolute IRI"):
        bind(sparql, {"x": URIRef("not an iri> } ?s ?p ?o {")})


def test_the_projection_is_fetched_once_per_version(store, remote):
    first = projection(remote)
    assert projection(remote) is first  # the same version: not fetched again
    assert sorted(map(str, first.graph.edges)) == sorted(map(str, projection(store).graph.edges))


def test_a_push_that_fails_validation_leaves_the_served_data_unchanged(private_oxigraph, tmp_path):
    url = private_oxigraph.url
    good = run_cli("build", store=url)  # type: ignore[arg-type]
    assert good.returncode == 0, good.stderr
    assert f"to {url}" in good.stderr
    remote = RemoteStore(url)
    before = (remote.version, len(remote), _count(remote))
    broken = tmp_path / "broken"
    shutil.copytree(DATA, broken)
    shutil.copy(FIXTURES / "revocation-before-signing.toml", broken / "curated")
    result = run_cli("build", "--data", str(broken), store=url)  # type: ignore[arg-type]
    assert result.returncode == 1 and "SHACL violation" in result.stderr
    remote._checked = 0.0  # read the pointer again now, not after version_ttl
    assert (remote.version, len(remote), _count(remote)) == before
    assert not remote.ask(f"ASK {{ <{iri('eo/14060')}> <https://w3id.org/lexgraph/ns#revokes> <{iri('eo/14148')}> }}")
    lineage = run_cli("lineage", "EO 14060", "--format", "json", store=url)  # type: ignore[arg-type]
    assert lineage.returncode == 0 and "eo/14148" in lineage.stdout
    remote.close()


def test_every_push_is_a_new_version_and_readers_never_see_half_of_one(private_oxigraph, small_root, store_root):
    """Push the small store, then the curated one while a reader counts: it sees one or the other."""
    remote = RemoteStore(private_oxigraph.url, version_ttl=0)
    small, curated = GraphStore.open(small_root), GraphStore.open(store_root)
    remote.push(small, small.info, chunk_bytes=50_000)
    first = remote.version
    counts = {_count(remote)}
    stop = threading.Event()

    def read() -> None:
        reader = RemoteStore(private_oxigraph.url)
        while not stop.is_set():
            counts.add(_count(reader))
        reader.close()

    thread = threading.Thread(target=read)
    thread.start()
    try:
        pushed = remote.push(curated, curated.info, chunk_bytes=50_000)
        remote.push(small, dict(small.info, built=small.info["built"] + "-again"), chunk_bytes=50_000)
        remote.push(curated, curated.info, chunk_bytes=50_000)
    finally:
        stop.set()
        thread.join()
    assert pushed.chunks > len(curated.named_graphs()) and pushed.replaced == first  # several chunks a graph
    assert counts <= {_count(small), _count(curated)}, counts
    assert remote.version != first and remote.version == curated.version
    # Each switch turned the live graphs into the staged ones by their difference: the result is exact.
    assert sorted(remote.quads()) == sorted(curated.quads())
    assert _graphs_on_the_server(remote) == {*map(str, curated.named_graphs()), "urn:lexgraph:store"}
    remote.close()


def test_a_store_that_is_down_is_a_503_naming_its_url(private_oxigraph, store_root):
    url = private_oxigraph.url
    local = GraphStore.open(store_root)
    pusher = RemoteStore(url)
    pusher.push(local, local.info)
    pusher.close()
    with app_client(url) as served:  # type: ignore[arg-type]
        assert served.get("/api/node", params={"id": "EO 14060"}).status_code == 200
        private_oxigraph.stop()
        down = served.get("/sparql", params={"query": "ASK {}"})
        assert down.status_code == 503, down.text
        error = down.json()["error"]
        assert error["code"] == "store_unavailable" and url in error["message"]
        # The same answer again comes from the answer cache of the last version seen (server/cache.py);
        # an answer not yet computed needs the remote, and fails naming it.
        assert served.get("/api/node", params={"id": "EO 14060"}).status_code == 200
        assert served.get("/api/node", params={"id": "EO 13773"}).status_code == 503
    with pytest.raises(StoreUnavailable, match=url.replace(".", r"\.")):
        _ = RemoteStore(url).version


def test_an_empty_remote_is_store_missing(private_oxigraph):
    with pytest.raises(StoreMissing, match="lexgraph --store .* build"):
        _ = RemoteStore(private_oxigraph.url).version


def test_the_timeout_holds_on_the_request_to_the_remote(tmp_path, small_root):
    """A query longer than the timeout: the request is abandoned at the deadline, a 503 timeout
    (through the app too). The engine's own timeout (`--timeout-s`) then stops its work."""
    server = OxigraphServer(tmp_path / "ox", tmp_path / "ox.log", free_port(), timeout_s=3).start()
    try:
        local = GraphStore.open(small_root)
        remote = RemoteStore(server.url, timeout=0.5)
        remote.push(local, local.info)
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        with pytest.raises(Timeout, match="0.5 s"):
            remote.select(slow)
        remote.close()
        with app_client(server.url, query_timeout=0.5) as served:  # type: ignore[arg-type]
            answer = served.get("/sparql", params={"query": slow})
            assert answer.status_code == 503 and answer.json()["error"]["code"] == "timeout", answer.text
    finally:
        server.stop()


def test_service_never_reaches_the_remote_engine(remote_client):
    """Oxigraph server itself would run SERVICE: the guard refuses it before anything is forwarded,
    so neither the engine nor lexgraph calls out."""
    listener = Listener()
    try:
        query = f"SELECT * WHERE {{ SERVICE <{listener.endpoint}> {{ ?a ?b ?c }} }}"
        response = remote_client.get("/sparql", params={"query": query})
        assert response.status_code == 400 and "SERVICE" in response.json()["error"]["message"]
        assert listener.quiet_for(0.5)
    finally:
        listener.close()


def test_a_query_naming_its_dataset_is_not_given_the_union(remote_client, client):
    graph = iri("graph/curated/toc")

    def count(c, sparql: str) -> int:
        return int(c.get("/sparql", params={"query": sparql}).json()["results"]["bindings"][0]["n"]["value"])

    own = f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}"
    assert count(remote_client, own) == count(client, own) < count(client, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    # The union: the build's triples, plus the two of the pointer graph (README, "Remote store").
    union = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert count(remote_client, union) == count(client, union) + 2
    named = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "default-graph-uri": graph}
    assert remote_client.get("/sparql", params=named).json() == client.get("/sparql", params=named).json()


def test_remote_settings_are_checked():
    settings = Settings(store="http://127.0.0.1:7878/")  # type: ignore[arg-type]
    assert settings.remote == "http://127.0.0.1:7878"
    with pytest.raises(ConfigError, match="path under the store URL"):
        Settings(store="http://127.0.0.1:7878", remote_query="http://elsewhere.example/sparql")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="not offered over a remote store"):
        Settings(store="http://127.0.0.1:7878", update_token="x" * 20)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="not an http"):
        Settings(store="http://exa mple/")  # type: ignore[arg-type]


def test_the_remote_healthz_reports_the_build(remote_client, store):
    health = remote_client.get("/healthz").json()
    assert health["build"] == store.info["built"] and health["triples"] == len(store)


def test_the_server_will_not_start_on_an_unreachable_store():
    from server.app import create_app

    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreUnavailable, match=url.replace(".", r"\.")):
        create_app(Settings(store=url))  # type: ignore[arg-type]
    result = run_cli("serve", "--port", str(free_port()), store=url)  # type: ignore[arg-type]
    assert result.returncode == 1 and f"the remote store at {url} is unavailable" in result.stderr


def test_the_deadline_holds_for_a_server_that_trickles_its_answer():
    """A misbehaving peer on 127.0.0.1 that sends its status at once, then a byte every 0.3 s:
    the read timeout alone would never fire; the deadline for the whole answer does."""
    import socket
    import time

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)

    def trickle() -> None:
        conn, _ = sock.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                         b"Transfer-Encoding: chunked\r\n\r\n")
            try:
                for _ in range(30):
                    conn.sendall(b"1\r\n \r\n")
                    time.sleep(0.3)
            except OSError:
                pass

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    remote = RemoteStore(f"http://127.0.0.1:{sock.getsockname()[1]}", timeout=1.0)
    start = time.monotonic()
    with pytest.raises(Timeout, match="within 1 s"):
        remote.forward("SELECT * WHERE { ?s ?p ?o }", "json", None)
    assert time.monotonic() - start < 2.5
    remote.close()
    sock.close()


def test_an_engine_that_unions_by_itself_needs_no_parameter(tmp_path, small_root):
    """`LEXGRAPH_REMOTE_UNION=none` against `oxigraph serve --union-default-graph`: the same
    answers as the per-query parameter gives. (Oxigraph's flag also overrides a query's FROM,
    which is why lexgraph asks for the union per query by default: README, "Remote store".)"""
    server = OxigraphServer(tmp_path / "ox", tmp_path / "ox.log", free_port(), 60, "--union-default-graph").start()
    try:
        local = GraphStore.open(small_root)
        settings = Settings.from_env({"LEXGRAPH_STORE": server.url, "LEXGRAPH_REMOTE_UNION": "none"})
        from graph.remote import open_store

        remote = open_store(settings)
        assert remote.union_param == ""
        remote.push(local, local.info)
        everything = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        assert int(remote.select(everything)[0]["n"]) == int(local.select(everything)[0]["n"]) + 2
        assert get("node").run(remote, node=iri("eo/14060")) == get("node").run(local, node=iri("eo/14060"))
        remote.close()
    finally:
        server.stop()


# -- the staged push: chunks into staging graphs, one switch, nothing served changes on failure ----


class AfterChunks(Tasks):
    """The push's progress reporter, doing `then` once `chunks` chunks have been sent: the hook a
    test uses to look at the remote, interrupt the push or kill the server part-way."""

    def __init__(self, chunks: int, then) -> None:
        self.chunks, self.then, self.seen = chunks, then, 0

    def start(self, name: str, total: int | None = None) -> Task:
        outer = self

        class Counting(Task):
            def advance(self, n: int = 1) -> None:
                outer.seen += 1
                if outer.seen == outer.chunks:
                    outer.then()

        return Counting()


def _marked(remote: RemoteStore) -> bool:
    """Is a push marked as staging in the pointer graph (asked of the whole dataset, not a reader's view)?"""
    return bool(remote.select("SELECT ?o WHERE { GRAPH <urn:lexgraph:store> { ?s <urn:lexgraph:pushing> ?o } }",
                              union=False))


def _graphs_on_the_server(remote: RemoteStore) -> set[str]:
    """Every named graph the engine holds, staging ones included (no dataset named: not a reader's view)."""
    return {str(r["g"]) for r in remote.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", union=False)}


def _served(remote: RemoteStore) -> tuple:
    remote._checked = 0.0  # read the pointer now, not after version_ttl
    return remote.version, remote.named_graphs(), len(remote), _count(remote)


def test_no_reader_sees_the_staging_graphs_of_a_push(private_oxigraph, small_root, store_root):
    remote = RemoteStore(private_oxigraph.url)
    small, curated = GraphStore.open(small_root), GraphStore.open(store_root)
    first = remote.push(small, small.info, chunk_bytes=20_000)
    assert first.replaced is None and first.chunks >= 3
    before = _served(remote)
    seen: dict = {}

    def look() -> None:
        seen["graphs"] = _graphs_on_the_server(remote)
        seen["marked"] = _marked(remote)
        seen["served"] = _served(remote)
        seen["union"] = int(remote.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])
        with app_client(private_oxigraph.url) as served:  # type: ignore[arg-type]
            answer = served.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
            seen["api"] = int(answer.json()["results"]["bindings"][0]["n"]["value"])

    pushed = remote.push(curated, curated.info, chunk_bytes=20_000, tasks=AfterChunks(4, look))
    assert pushed.chunks > 4 and pushed.replaced == small.version
    assert any(g.startswith(STAGING) for g in seen["graphs"])  # four chunks were staged ...
    assert seen["marked"] and seen["served"] == before  # ... readers named the graphs, and saw none of them
    assert seen["union"] == seen["api"] == int(small.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])
    assert _served(remote)[0] == curated.version and len(remote) == len(curated)
    assert not any(g.startswith(STAGING) for g in _graphs_on_the_server(remote))  # staging removed after the switch
    assert not _marked(remote)  # readers are back on the engine's union
    remote.close()


def test_a_push_interrupted_midway_changes_nothing_served(private_oxigraph, small_root, store_root):
    remote = RemoteStore(private_oxigraph.url)
    small, curated = GraphStore.open(small_root), GraphStore.open(store_root)
    remote.push(curated, curated.info, chunk_bytes=20_000)
    before = _served(remote)

    def interrupt() -> None:
        raise KeyboardInterrupt

    with pytest.raises(PushFailed) as failed:
        remote.push(small, dict(small.info, built="never-served"), chunk_bytes=20_000, tasks=AfterChunks(3, interrupt))
    message = str(failed.value)
    assert "failed at chunk 3 (graph <" in message and "interrupted" in message, message
    assert f"still serves build {curated.version}" in message and "staging graph(s) were removed" in message
    assert _served(remote) == before and not _marked(remote)
    assert not any(g.startswith(STAGING) for g in _graphs_on_the_server(remote))
    lineage = run_cli("lineage", "EO 14060", "--format", "json", store=private_oxigraph.url)  # type: ignore[arg-type]
    assert lineage.returncode == 0 and "eo/14148" in lineage.stdout
    remote.close()


def test_a_push_whose_server_dies_midway_leaves_the_old_build_served(private_oxigraph, small_root, store_root):
    """SIGKILL to `oxigraph serve` after two chunks: the push fails naming the chunk; the server,
    started again on the same directory, serves the old build; the next push clears the leftovers."""
    remote = RemoteStore(private_oxigraph.url)
    small, curated = GraphStore.open(small_root), GraphStore.open(store_root)
    remote.push(curated, curated.info, chunk_bytes=20_000)
    before = _served(remote)
    assert private_oxigraph.process is not None
    with pytest.raises(PushFailed) as failed:
        remote.push(small, dict(small.info, built="never-served"), chunk_bytes=20_000,
                    tasks=AfterChunks(2, private_oxigraph.process.kill))
    message = str(failed.value)
    assert "failed at chunk 3 (graph <" in message and "unavailable" in message, message
    assert f"still serves build {curated.version}" in message and "could not be removed" in message
    private_oxigraph.process.wait()
    private_oxigraph.start()  # the same directory and port
    assert _served(remote) == before
    assert any(g.startswith(STAGING) for g in _graphs_on_the_server(remote))  # left behind, unseen:
    assert _marked(remote)  # the marker stays, so readers still name the graphs
    assert sorted(remote.quads()) == sorted(curated.quads())
    with app_client(private_oxigraph.url) as served:  # type: ignore[arg-type]
        answer = served.get("/api/lineage", params={"id": "EO 14060"})
        assert answer.status_code == 200 and "eo/14148" in answer.text
    remote.push(small, small.info, chunk_bytes=20_000)
    assert _served(remote)[0] == small.version and not _marked(remote)
    assert not any(g.startswith(STAGING) for g in _graphs_on_the_server(remote))
    remote.close()


def test_the_cli_pushes_in_chunks_of_the_size_given(private_oxigraph):
    url = private_oxigraph.url
    wrong = run_cli("build", "--chunk-mb", "0", store=url)  # type: ignore[arg-type]
    assert wrong.returncode == 2 and "--chunk-mb 0: give a size" in wrong.stderr
    pushed = run_cli("build", "--corpus", "curated", "--chunk-mb", "0.02", store=url)  # type: ignore[arg-type]
    assert pushed.returncode == 0, pushed.stderr
    found = re.search(r"in\s+(\d+)\s+chunks", pushed.stderr)
    assert found and int(found.group(1)) > 2 * len(RemoteStore(url).named_graphs()), pushed.stderr


def test_a_chunk_the_server_refuses_fails_the_push_cleanly(private_oxigraph, small_root, store_root):
    """A Graph Store endpoint that answers 404 to the first POST: the push stops there, naming it."""
    good = RemoteStore(private_oxigraph.url)
    small, curated = GraphStore.open(small_root), GraphStore.open(store_root)
    good.push(small, small.info)
    before = _served(good)
    wrong = RemoteStore(private_oxigraph.url, gsp="/no-such-endpoint")
    with pytest.raises(PushFailed, match=r"failed at chunk 1 \(graph <.*answered 404 to POST /no-such-endpoint"):
        wrong.push(curated, curated.info)
    assert _served(good) == before
    good.close()
    wrong.close()


def test_naming_the_graphs_instead_of_the_union_answers_the_same(remote, store):
    """`LEXGRAPH_REMOTE_UNION=graphs` (what every reader does while a push stages): each query names
    the build's graphs, so the pointer graph is left out of `?s ?p ?o`; the answers are the same."""
    named = RemoteStore(remote.url, union_param="graphs")
    everything = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert int(named.select(everything)[0]["n"]) == int(store.select(everything)[0]["n"])
    assert int(remote.select(everything)[0]["n"]) == int(store.select(everything)[0]["n"]) + 2
    key = lambda row: sorted((k, str(v)) for k, v in row.items())  # noqa: E731
    for name, values in (("node", {"node": iri("eo/14060")}), ("lineage", {"node": iri("eo/14060")}),
                         ("revocations", {"instrument": iri("eo/13773")})):
        assert sorted(map(key, get(name).run(named, **values))) == sorted(map(key, get(name).run(store, **values)))
    named.close()


@pytest.mark.parametrize("size", [1, 300, 20_000])
def test_chunks_are_whole_lines_within_the_size(store, size):
    """Every piece of a graph is whole N-Triples lines, at most `size` bytes unless one line is
    longer; together they are the graph, each triple once."""
    for graph in store.named_graphs():
        whole = store.serialize_graph(graph, "ntriples").splitlines()
        parts = list(graph_chunks(store, graph, size))
        assert sorted(b"".join(piece for _, _, piece in parts).splitlines()) == sorted(whole)
        assert sum(lines for _, lines, _ in parts) == len(whole)
        assert all(len(piece) <= size or piece.count(b"\n") == 1 for _, _, piece in parts)
