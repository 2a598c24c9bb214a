"""The edge-type table (graph/edge_types.py) agrees with the ontology, and every user-facing
entry point refuses a type it does not define."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graph import node_types
from graph.edge_types import BRANCHES, BY_NAME, EDGE_TYPES, EFFECTS, STYLES, edge_type, parse_types
from graph.errors import UnknownEdgeType
from graph.namespaces import LEX
from ontology import VOCABULARY
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(VOCABULARY)


def _supers(onto: Graph, prop: URIRef) -> set[URIRef]:
    """The property and all its super-properties (reflexive, transitive)."""
    return set(onto.transitive_objects(prop, RDFS.subPropertyOf))


@pytest.mark.parametrize("kind", EDGE_TYPES, ids=lambda t: t.name)
def test_each_row_matches_its_ontology_terms(onto, kind):
    prop, klass = LEX[kind.prop], LEX[kind.klass]
    assert (prop, RDF.type, OWL.ObjectProperty) in onto, f"lex:{kind.prop} is not declared"
    assert str(onto.value(prop, RDFS.label)) == kind.label
    assert LEX.QualifiedEdge in set(onto.transitive_objects(klass, RDFS.subClassOf)), f"lex:{kind.klass}"
    supers = _supers(onto, prop)
    assert (LEX.lineageRelation in supers) == kind.lineage
    if kind.lineage:
        assert (LEX.lineageForward in supers) == kind.forward
        assert (LEX.lineageBackward in supers) == (not kind.forward)
        through = {LEX.lineageThroughForward, LEX.lineageThroughBackward} & supers
        assert bool(through) == kind.through, f"{kind.name}: followed through in the table, not the ontology"
    effects = {p for p in supers if (p, RDF.type, LEX.StatusEffect) in onto}
    expected = {LEX[BY_NAME[kind.effect].prop]} if kind.effect else set()
    assert effects == expected, f"{kind.name}: ontology effect {effects} vs table {kind.effect}"


def test_table_values_come_from_their_closed_sets():
    assert len({t.name for t in EDGE_TYPES}) == len({t.prop for t in EDGE_TYPES}) == len(EDGE_TYPES)
    for t in EDGE_TYPES:
        assert t.effect is None or t.effect in EFFECTS
        assert t.out_branch is None or t.out_branch in BRANCHES
        assert t.in_branch is None or t.in_branch in BRANCHES
        assert t.style in STYLES
        assert t.partial is None or BY_NAME[t.partial].effect in EFFECTS
        assert t.name == t.name.lower() and " " not in t.name  # one external spelling, snake_case


def test_every_lineage_property_in_the_ontology_has_a_row(onto):
    rows = {LEX[t.prop] for t in EDGE_TYPES}
    abstract = {LEX.lineageRelation, LEX.lineageForward, LEX.lineageBackward, LEX.lineageThroughForward,
                LEX.lineageThroughBackward, LEX.lineageAsideForward, LEX.lineageAsideBackward}
    lineage = {p for p in onto.subjects(RDF.type, OWL.ObjectProperty) if LEX.lineageRelation in _supers(onto, p)}
    assert lineage - abstract <= rows
    effects = set(onto.subjects(RDF.type, LEX.StatusEffect))
    assert effects <= rows


def test_node_types_are_ontology_classes(onto):
    for t in node_types.NODE_TYPES:
        assert (LEX[t.name], RDF.type, OWL.Class) in onto, t.name


def test_unknown_names_are_refused_with_the_known_ones():
    with pytest.raises(UnknownEdgeType, match="'abolishes'.*known types: amends"):
        edge_type("abolishes")
    with pytest.raises(UnknownEdgeType):
        parse_types("revokes, abolishes")
    assert parse_types(" revokes ,amends") == {"revokes", "amends"}
    assert parse_types("") is None


def test_cli_lists_the_table_and_refuses_unknown_types(store_root):
    listed = run_cli("edge-types", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert [row["name"] for row in json.loads(listed.stdout)] == [t.name for t in EDGE_TYPES]
    for command in (["lineage", "EO 14060", "--types", "abolishes"], ["path", "EO 13773", "EO 14148", "--types", "x"]):
        result = run_cli(*command, store=store_root)
        assert result.returncode == 1
        assert "unknown edge type" in result.stderr and "known types" in result.stderr
    # A known non-lineage type is followed by paths (it was silently ignored before).
    chairs = run_cli("path", "office/attorney-general", "org/tmwg", "--types", "co_chairs", "--format", "json",
                     store=store_root)
    assert chairs.returncode == 0, chairs.stderr
    steps = json.loads(chairs.stdout)["paths"][0]
    assert [s["type"] for s in steps] == ["co_chairs"]


def test_api_serves_the_table_and_refuses_unknown_types(live_server):
    import httpx

    body = httpx.get(live_server.url + "/api/edge-types").json()
    assert [row["name"] for row in body["edge_types"]] == [t.name for t in EDGE_TYPES]
    assert set(body["effects"]) == set(EFFECTS)
    bad = httpx.get(live_server.url + "/api/lineage", params={"id": "EO 14060", "types": "abolishes"})
    assert bad.status_code == 400 and "unknown edge type" in bad.text
    bad = httpx.get(live_server.url + "/api/path", params={"source": "EO 13773", "target": "EO 14148", "types": "x"})
    assert bad.status_code == 400 and "unknown edge type" in bad.text
