"""Atomic builds: a build that fails validation or loading leaves the serving store untouched."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from graph.build import build
from graph.errors import DataError, ValidationFailed
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from graph.store import GraphStore
from graph.validate import validate_graph
from loaders.curated import load_curated
from loaders.registry import load_data_dir
from tests.conftest import DATA, FIXTURES, SMALL_CURATED, iri, run_cli, small_graphs

MINTER = Minter(DEFAULT_BASE_IRI)


@pytest.fixture()
def root(fresh_root: Path) -> Path:
    """A store root holding one complete build: a copy of the session's build of data/."""
    return fresh_root


def _current(root: Path) -> Path:
    return (root / "current").resolve()


def test_a_build_that_breaks_a_shape_keeps_the_previous_store(fresh_small_root):
    """In-process, on the small store (EO 14060 and EO 14148 with their sources); the same fixture
    on all of data/ goes through the CLI in the next test."""
    root = fresh_small_root
    before = _current(root)
    broken = load_curated([*SMALL_CURATED, FIXTURES / "revocation-before-signing.toml"], MINTER)
    with pytest.raises(ValidationFailed) as info:
        build(root, broken, MINTER)
    message = str(info.value)
    assert "RevocationDateShape" in message  # the rule
    assert "eo/14060" in message and "eo/14148" in message  # the nodes
    assert _current(root) == before
    assert not list((root / "builds").glob(".tmp-*"))
    store = GraphStore.open(root)
    assert store.path == before and store.ask("ASK { ?eo <https://w3id.org/lexgraph/ns#eoNumber> 14060 }")
    assert not store.ask("ASK { ?a <https://w3id.org/lexgraph/ns#revokes> ?b }")  # the bad edge is not served


def store_iri(node_id: str):
    from rdflib import URIRef

    return URIRef(iri(node_id))


def test_cli_build_failure_is_one_clear_error_and_nonzero(root, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(DATA, broken)
    shutil.copy(FIXTURES / "revocation-before-signing.toml", broken / "curated")
    before = _current(root)
    result = run_cli("build", "--data", str(broken), store=root)
    assert result.returncode == 1
    assert "SHACL violation" in result.stderr and "previous store was kept" in result.stderr
    assert _current(root) == before
    after = run_cli("lineage", "EO 14060", "--format", "json", store=root)
    assert after.returncode == 0 and "eo/14148" in after.stdout


def test_malformed_data_fails_before_any_store_is_written(root, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(DATA, broken)
    (broken / "curated" / "bad.toml").write_text('[[instrument]]\nid = "eo/1"\ntitle = "x\n')
    before = sorted(p.name for p in (root / "builds").iterdir())
    with pytest.raises(DataError) as info:
        build(root, load_data_dir(broken, MINTER), MINTER)
    assert "bad.toml:3" in str(info.value)
    assert sorted(p.name for p in (root / "builds").iterdir()) == before


# The next three tests are about swaps, sweeps and the writer lock, not about the data: they build
# the small store (tests/conftest.py: SMALL_CURATED), whose builds validate in a fraction of the time.


def test_interrupted_build_leftovers_are_swept_and_never_served(fresh_small_root):
    root = fresh_small_root
    leftover = root / "builds" / ".tmp-19700101T000000Z-dead"
    leftover.mkdir()
    (leftover / "junk").write_text("half a build")
    build(root, small_graphs(MINTER), MINTER)
    assert not leftover.exists()
    assert GraphStore.open(root).path == _current(root)


def _made_long_ago(root: Path) -> Path:
    """Rename the current build as if it had been made in 2000 (build names start with their UTC
    second, and sweeps keep the newest names), and point `current` at it again."""
    build_dir = _current(root)
    old = build_dir.with_name("20000101T000000Z-0000")
    build_dir.rename(old)
    build_dir.with_suffix(".json").rename(old.with_suffix(".json"))
    link = root / ".current-test"
    link.symlink_to(old.relative_to(root))
    os.replace(link, root / "current")
    return old


def test_a_successful_rebuild_swaps_current_and_keeps_few_builds(fresh_small_root):
    """A build made long ago plus three new ones is one more than the three kept: the old one is
    swept (with its info file), the newest serves."""
    root = fresh_small_root
    first = _made_long_ago(root)
    assert GraphStore.open(root).path == first
    made = [build(root, small_graphs(MINTER), MINTER).store_dir.resolve() for _ in range(3)]
    assert _current(root) == made[-1]
    assert GraphStore.open(root).path == made[-1]
    complete = {p.resolve() for p in (root / "builds").iterdir() if p.is_dir()}
    assert complete == set(made) and not first.exists()
    assert sorted(p.stem for p in (root / "builds").glob("*.json")) == sorted(p.name for p in made)


def test_every_named_graph_is_one_source(store):
    graphs = {str(g) for g in store.named_graphs()}
    for name in ("toc", "interior", "agencies", "sources", "people"):
        assert iri(f"graph/curated/{name}") in graphs
    assert "https://w3id.org/lexgraph/ns" in graphs  # the ontology, in its own graph


SHAPES_CASES = {
    "two EO numbers": (
        """<{b}eo/5> a lex:ExecutiveOrder ; lex:eoNumber 5, 6 ; lex:signed "2020-01-01"^^xsd:date ;
               dct:title "T" ; skos:prefLabel "EO 5" ; prov:wasDerivedFrom <{b}source/s> .""",
        "an executive order has exactly one EO number",
    ),
    "no signing date": (
        """<{b}eo/5> a lex:ExecutiveOrder ; lex:eoNumber 5 ; dct:title "T" ; skos:prefLabel "EO 5" ;
               prov:wasDerivedFrom <{b}source/s> .""",
        "exactly one signing date",
    ),
    "qualified edge without quote": (
        """<{b}eo/5> a lex:ExecutiveOrder ; lex:eoNumber 5 ; lex:signed "2020-01-01"^^xsd:date ;
               dct:title "T" ; skos:prefLabel "EO 5" ; prov:wasDerivedFrom <{b}source/s> ;
               lex:cites <{b}eo/5> .
           <{b}edge/0000000000000000> a lex:QualifiedEdge ; rdf:subject <{b}eo/5> ;
               rdf:predicate lex:cites ; rdf:object <{b}eo/5> ; lex:sourceInstrument <{b}eo/5> ;
               lex:method lex:curated ; prov:wasDerivedFrom <{b}source/s> .""",
        "carries exactly one non-empty quote",
    ),
}


@pytest.mark.parametrize("case", sorted(SHAPES_CASES))
def test_shapes_name_the_node_and_the_rule(case):
    body, expected = SHAPES_CASES[case]
    ttl = f"""
        @prefix lex: <https://w3id.org/lexgraph/ns#> . @prefix dct: <http://purl.org/dc/terms/> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix prov: <http://www.w3.org/ns/prov#> .
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        lex:ExecutiveOrder rdfs:subClassOf lex:Instrument .
        <{DEFAULT_BASE_IRI}source/s> a lex:SourceDocument ; dct:title "S" .
        {body.format(b=DEFAULT_BASE_IRI)}"""
    violations = validate_graph(Graph().parse(data=ttl, format="turtle"), DEFAULT_BASE_IRI)
    assert any(expected in v for v in violations), violations
    assert all(v.split(" ")[0].rstrip(":") in {"eo/5", "edge/0000000000000000"} for v in violations), violations
    assert all("lexsh:" in v for v in violations), violations  # the rule is named


def test_concurrent_loads_both_survive(fresh_small_root):
    """Each load reads the current build and writes the next: without the writer lock the
    second swap would drop the first load's graph."""
    import threading

    from rdflib import Literal
    from rdflib.namespace import RDFS

    from graph.build import load_into
    from graph.quads import LoadedGraph

    def graph(n: int) -> LoadedGraph:
        name = MINTER.graph(f"concurrent/{n}")
        subject = store_iri("eo/14060")
        return LoadedGraph(name=name, path=Path(f"concurrent-{n}"), quads=[(subject, RDFS.comment, Literal(f"note {n}"), name)])

    errors: list[BaseException] = []

    def load(n: int) -> None:
        try:
            load_into(root, [graph(n)], MINTER)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    root = fresh_small_root
    threads = [threading.Thread(target=load, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    names = {str(g) for g in GraphStore.open(root).named_graphs()}
    assert {str(MINTER.graph(f"concurrent/{n}")) for n in range(3)} <= names
