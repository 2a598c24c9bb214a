"""What a build leaves on disk: no write-ahead log, and the projection's rows beside it, keyed by the
store version, so the first lineage after a start reads them instead of querying the whole store."""

from __future__ import annotations

import pickle
from pathlib import Path

from rdflib import URIRef

from graph.build import build
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from graph.store import GraphStore
from queries import projection as projection_module
from queries.lineage import lineage
from queries.projection import assemble, build_projection, load_rows, projection, saved_path
from tests.conftest import iri, small_graphs

MINTER = Minter(DEFAULT_BASE_IRI)


def _same(a, b) -> None:
    assert a.version == b.version
    assert a.nodes == b.nodes
    assert a.edges == b.edges
    assert a.parent == b.parent and a.children == b.children
    assert a.coverage == b.coverage
    assert a.by_object == b.by_object and a.by_instrument == b.by_instrument
    assert sorted(a.graph.edges(keys=True, data=True)) == sorted(b.graph.edges(keys=True, data=True))
    assert sorted(a.timeline.edges(keys=True, data=True)) == sorted(b.timeline.edges(keys=True, data=True))
    assert dict(a.graph.nodes(data=True)) == dict(b.graph.nodes(data=True))


def test_a_build_leaves_no_write_ahead_log(fresh_small_root):
    report = build(fresh_small_root, small_graphs(MINTER), MINTER)
    assert report.store_dir.is_dir()
    assert list(report.store_dir.glob("*.sst"))  # the data is there ...
    assert not list(report.store_dir.glob("*.log"))  # ... and no RocksDB WAL beside it
    assert not list((fresh_small_root / "builds").glob(".tmp-*"))
    store = GraphStore.open(fresh_small_root)
    assert store.ask("ASK { ?eo <https://w3id.org/lexgraph/ns#eoNumber> 14060 }")


def test_the_store_root_of_the_session_has_no_write_ahead_log(store_root):
    assert not list((store_root / "current").resolve().glob("*.log"))


def test_the_build_saves_the_projection_and_it_equals_a_fresh_one(store_root):
    store = GraphStore.open(store_root)
    path = saved_path(store)
    assert path is not None and path.exists()  # written by the build, before any query
    rows = load_rows(store)
    assert rows is not None
    _same(assemble(store.version, rows), build_projection(store))


def test_a_projection_read_from_disk_answers_like_a_fresh_one(fresh_root):
    store = GraphStore.open(fresh_root)
    projection_module.projection.clear()
    from_disk = lineage(store, URIRef(iri("eo/14060")))
    saved = saved_path(store)
    saved.unlink()  # now it must be queried again
    projection_module.projection.clear()
    fresh = lineage(store, URIRef(iri("eo/14060")))
    assert [e.qualified for e in from_disk.edges] == [e.qualified for e in fresh.edges]
    assert saved.exists()  # and the process that queried it saved it again


def test_a_saved_projection_of_another_version_is_not_used(fresh_root, tmp_path: Path):
    store = GraphStore.open(fresh_root)
    path = saved_path(store)
    found = pickle.loads(path.read_bytes())
    # The same file, claiming the rows of another build: it must be ignored and rebuilt.
    found["version"] = "19990101T000000Z-dead"
    found["rows"]["nodes"] = [(iri("eo/1"), "not a real node", "https://w3id.org/lexgraph/ns#ExecutiveOrder",
                               None, None)]
    path.write_bytes(pickle.dumps(found))
    assert load_rows(store) is None
    projection_module.projection.clear()
    proj = projection(store)
    assert proj.version == store.version and iri("eo/1") not in proj.nodes and iri("eo/14060") in proj.nodes
    assert load_rows(store) is not None  # rewritten for this version


def test_a_new_build_has_its_own_saved_projection(fresh_small_root):
    before = GraphStore.open(fresh_small_root)
    build(fresh_small_root, small_graphs(MINTER), MINTER)
    after = GraphStore.open(fresh_small_root)
    assert after.version != before.version
    assert saved_path(after) != saved_path(before) and saved_path(after).exists()
    assert load_rows(after) is not None
    # the old build's rows are not taken for the new build's
    assert pickle.loads(saved_path(after).read_bytes())["version"] == after.version


def test_a_damaged_saved_projection_is_rebuilt(fresh_small_root):
    store = GraphStore.open(fresh_small_root)
    saved_path(store).write_bytes(b"not a pickle")
    assert load_rows(store) is None
    projection_module.projection.clear()
    assert iri("eo/14060") in projection(store).nodes
