"""A faster build must store the same graph: the curated data plus the fixture corpus, built by
`graph.build.build` (bulk loading, entailments computed while streaming, validation, compaction),
holds exactly the quads of a reference build made the plain way — every loaded quad added in a
transaction, the build metadata, then the SPARQL entailment and name-key updates run on the whole store — and
the projection rows kept beside the build are the rows the canned queries give on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import PROV, XSD

from graph.build import (
    ACRONYM,
    ENTAILMENT_PAIRS,
    ENTAILMENT_UPDATES,
    LISTED_NAME,
    NAME_KEY,
    NAMES,
    PROVISION,
    build,
    build_metadata,
)
from graph.namespaces import Minter
from graph.store import GraphStore
from loaders.registry import load_build
from ontology import ONTOLOGY_IRI, VOCABULARY
from queries.catalog import feed
from queries.projection import ROW_COLUMNS, load_rows
from tests.conftest import BASE, CORPUS_FIXTURE, DATA

ENDED = Literal("ended")  # the build's end time differs between two builds: compared as one value


def reference_store(graphs: list, minter: Minter, stamp: str) -> GraphStore:
    """The store a build must equal, made without any of the build's shortcuts."""
    store = GraphStore.in_memory()
    store.load_file(Path(VOCABULARY), "turtle", URIRef(ONTOLOGY_IRI))
    for loaded in graphs:
        store.add_quads(loaded.quads)
    store.add_quads(build_metadata(minter, graphs, stamp))
    entailed = str(minter.graph("entailed"))
    for row in store.select(ENTAILMENT_PAIRS.replace("{ontology}", ONTOLOGY_IRI)):
        template = ENTAILMENT_UPDATES[0 if str(row["kind"]) == "property" else 1]
        store.update(template.replace("{entailed}", entailed).replace("{ontology}", ONTOLOGY_IRI)
                     .replace("{sub}", str(row["sub"])).replace("{super}", str(row["super"])))
    # the name keys: every preferred or alternative name, lower-cased, in a graph of their own (SPARQL LCASE)
    keys = str(minter.graph("name-keys"))
    store.update(f"""INSERT {{ GRAPH <{keys}> {{ ?s <{NAME_KEY}> ?key }} }}
        WHERE {{ GRAPH ?g {{ ?s ?p ?name }} FILTER (?p IN (<{NAMES[0]}>, <{NAMES[1]}>) && isLiteral(?name))
                 BIND (LCASE(STR(?name)) AS ?key) }}""")
    # the listed names: every name of a node that is not a provision (rq/feeds/labels.rq's rows)
    store.update(f"""INSERT {{ GRAPH <{keys}> {{ ?s <{LISTED_NAME}> ?name }} }}
        WHERE {{ GRAPH ?g {{ ?s ?p ?name }} FILTER (?p IN (<{NAMES[0]}>, <{NAMES[1]}>, <{ACRONYM}>))
                 FILTER NOT EXISTS {{ GRAPH ?h {{ ?s a <{PROVISION}> }} }} }}""")
    return store


def canonical(store: GraphStore) -> set:
    return {(s, p, ENDED if p == PROV.endedAtTime else o, g) for s, p, o, g in store.quads()}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """One build of the curated data and the fixture corpus: (its loaded graphs, report, root)."""
    minter = Minter(BASE)
    graphs, _report = load_build(DATA, minter, CORPUS_FIXTURE)
    root = tmp_path_factory.mktemp("identical") / "store"
    return graphs, build(root, graphs, minter), root


def test_a_build_stores_exactly_the_reference_graph(built):
    graphs, report, root = built
    minter = Minter(BASE)
    built = GraphStore.open(root)
    reference = reference_store(graphs, minter, built.info["built"])
    assert len(built) == len(reference) == report.triples
    got, want = canonical(built), canonical(reference)
    assert got - want == set(), "quads the reference build does not have"
    assert want - got == set(), "quads the build dropped"
    assert len(got) > 20_000 and any(q[3] == minter.graph("entailed") for q in got)
    assert not list(report.store_dir.glob("*.log")), "a build leaves no write-ahead log"


@pytest.mark.parametrize("at_once", [1, 2])
def test_a_build_in_many_small_loads_stores_the_same_graph(built, tmp_path, monkeypatch, at_once):
    """At a million quads a build writes in several loads, each running while the next is written
    (`at_once`: how many may run side by side, graph.store.BULK_LOADS): the loaded quads' last batch
    before the entailments are worked out, then the derived quads split in loads of even size. Small
    batches take the same paths on the fixture data."""
    import graph.build
    import graph.store

    graphs, report, _root = built
    monkeypatch.setattr(graph.build, "BATCH", 4_000)
    monkeypatch.setattr(graph.build, "EARLY_BATCH", 1_000)
    monkeypatch.setattr(graph.build, "BULK_LOADS", at_once)
    monkeypatch.setattr(graph.store, "BULK_LOADS", at_once)
    minter = Minter(BASE)
    small = build(tmp_path / "store", graphs, minter)
    store = GraphStore.open(tmp_path / "store")
    reference = reference_store(graphs, minter, store.info["built"])
    assert small.triples == report.triples == len(reference)
    assert canonical(store) == canonical(reference)


def test_the_saved_projection_rows_are_the_canned_queries_rows(built):
    store = GraphStore.open(built[2])
    saved = load_rows(store)
    assert saved is not None
    for name, columns in ROW_COLUMNS.items():
        query = feed(name)  # the full listings, not a page
        rows = [tuple(str(row[c]) if c in row else None for c in columns) for row in query.run(store)]
        assert sorted(saved[name], key=repr) == sorted(rows, key=repr), name
    assert saved["edges"] and saved["nodes"]
    from queries.projection import rows_from_quads

    assert rows_from_quads([list(store.quads())]) == saved  # the build's rows came from its quads, none queried


AWKWARD = r"""
    @prefix lex: <https://w3id.org/lexgraph/ns#> . @prefix eli: <http://data.europa.eu/eli/ontology#> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix prov: <http://www.w3.org/ns/prov#> .
    @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    @base <https://example.org/> .
    <eo1> a lex:ExecutiveOrder, lex:Instrument ; skos:prefLabel "EO 1", "Order one"@en ;
        lex:signed "2020-01-02"^^xsd:date ; lex:published "2020-01-05"^^xsd:date, "2020-01-04"^^xsd:date ;
        prov:wasDerivedFrom <source/eo-markdown-1>, <source/table> .
    <source/eo-markdown-1> lex:coversThrough "2021-01-01"^^xsd:date, "2022-01-01"^^xsd:date .
    <source/table> lex:coversThrough "2020-06-01"^^xsd:date .
    <st> a lex:Statute ; skos:prefLabel "A statute" .
    <eo1/s1> a lex:Provision, lex:Section ; skos:prefLabel "Sec. 1" ; eli:is_part_of <eo1> ; eli:number "1" .
    <eo1/s1/a> a lex:Provision ; eli:is_part_of <eo1/s1> ; eli:number "a", "A" .
    <e1> a lex:QualifiedEdge ; rdf:subject <eo1> ; rdf:predicate lex:cites ; rdf:object <eo1/s1/a> ;
        lex:sourceInstrument <eo1> ; lex:quote "Q \\ \"quoted\"" ; lex:method lex:curated ; lex:pinpoint <eo1/s1> ;
        lex:effectiveDate "2020-02-01"^^xsd:date ; prov:wasDerivedFrom <source/table>, _:doc .
    <e2> a lex:QualifiedEdge ; rdf:subject <eo1> ; rdf:predicate lex:amends ; rdf:object <st> ;
        lex:sourceInstrument <eo1> ; lex:quote "" ; lex:method lex:extracted ; lex:pinpoint <nowhere> .
"""


def _awkward_batches(extra: str = "") -> list[list]:
    """The awkward data as a build writes it: in two graphs (some triples in both, so the store's union
    has them twice), one quad twice in a batch, and some in the default graph."""
    from rdflib import Graph

    triples = sorted(Graph().parse(data=AWKWARD + extra, format="turtle"))
    a, b = URIRef("https://example.org/graph/a"), URIRef("https://example.org/graph/b")
    first = [(s, p, o, a) for s, p, o in triples]
    second = [(s, p, o, b) for s, p, o in triples[::3]] + [(s, p, o, None) for s, p, o in triples[1::5]]
    return [first + first[:7], second]


@pytest.mark.parametrize("extra", ["", '<eo1/s1> eli:number "1.50"^^xsd:decimal . '
                                   '<source/table> lex:coversThrough "2020"^^xsd:gYear .'],
                         ids=["from the quads", "two feeds queried"])
def test_projection_rows_from_the_quads_are_the_queries_rows(tmp_path, extra):
    """A build works out the projection's rows from the quads it wrote instead of querying its store
    (queries.projection.rows_from_quads): the same bag of rows as the feeds' queries on that store
    (triples in two graphs, many values, missing optional ones, blank nodes, escapes); a feed with a
    literal the store may write otherwise (a decimal, a gYear) is queried instead."""
    from queries.projection import prepare_build, projection_rows, rows_from_quads, saved_path

    batches = _awkward_batches(extra)
    store = GraphStore.in_memory()
    for quads in batches:
        store.add_quads(quads)
    queried = projection_rows(store)
    computed = rows_from_quads(batches)
    assert set(computed) == ({"nodes", "parts"} if extra else set(ROW_COLUMNS))
    for name, rows in computed.items():
        assert rows == queried[name], name
    assert all(queried[name] for name in ROW_COLUMNS)
    assert len({r for r in queried["nodes"] if queried["nodes"].count(r) > 1}) > 1  # rows twice: in two graphs
    store.info = {"built": "x"}
    prepare_build(store, tmp_path / "build", batches)
    import pickle

    saved = pickle.loads(saved_path(store, tmp_path / "build").read_bytes())["rows"]  # noqa: S301 - written here
    assert saved == queried


def test_bulk_writes_store_the_terms_a_transaction_stores(tmp_path):
    """Builds write N-Quads text for pyoxigraph's bulk loader instead of pyoxigraph terms: awkward
    literals (quotes, backslashes, line breaks, non-ASCII, language tags, datatypes), blank nodes,
    non-ASCII IRIs and the default graph come out as the same quads as through pyoxigraph terms (a quad
    with a blank node is loaded as terms: the bulk loader would rename the blank node)."""
    ex, g = "http://example.org/", URIRef("http://example.org/graph")
    node = BNode("b1")
    quads = [
        (URIRef(ex + "s"), URIRef(ex + "p"), Literal('say "hi" \\ back\\slash'), g),
        (node, URIRef(ex + "p"), Literal("two\nlines\r\nand\ta tab"), g),  # a blank node in both batches
        (URIRef(ex + "s"), URIRef(ex + "p"), Literal("Président — 😀"), None),
        (URIRef(ex + "s"), URIRef(ex + "p"), Literal("color", lang="en-US"), g),
        (URIRef(ex + "s"), URIRef(ex + "p"), Literal("007", datatype=XSD.integer), g),
        (URIRef(ex + "s"), URIRef(ex + "p"), Literal("2020-01-01", datatype=XSD.date), g),
        (URIRef(ex + "s"), URIRef(ex + "p"), Literal(""), g),
        (node, URIRef(ex + "p"), URIRef(ex + "café/ü"), g),
        (URIRef(ex + "s"), URIRef(ex + "q"), node, URIRef(ex + "other-graph-é")),
    ]
    plain = GraphStore.in_memory()
    plain.add_quads(quads)
    bulk = GraphStore.create(tmp_path / "bulk")
    assert bulk.add_quads(quads[:4], bulk=True) == 4
    assert bulk.add_quads(quads[4:], bulk=True) == len(quads) - 4  # a second load beside the first
    bulk.flush()
    assert set(bulk.quads()) == set(plain.quads()) and len(bulk) == len(quads)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bulk"], "the N-Quads files are removed"


@pytest.mark.parametrize("bad", [URIRef("not an IRI"), URIRef("http://example.org/a\\u0041")])
def test_a_bad_iri_fails_the_bulk_write_as_a_term_would(tmp_path, bad):
    store = GraphStore.create(tmp_path / "bulk")
    with pytest.raises(ValueError):
        store.add_quads([(bad, URIRef("http://example.org/p"), Literal("x"), None)], bulk=True)
    store.flush()
    assert len(store) == 0
