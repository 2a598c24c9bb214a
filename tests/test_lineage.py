"""The canonical lineages, answered from the real store built from data/."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from graph.errors import NotFound
from queries.lineage import lineage
from queries.resolve import resolve
from tests.conftest import iri


def _chain(result) -> list[tuple]:
    short = lambda x: x.replace("https://w3id.org/lexgraph/id/", "")  # noqa: E731
    return [(e.date, short(e.source), e.type, short(e.target), e.section) for e in result.edges]


def test_eo_14060_canonical_lineage_in_date_order(store):
    result = lineage(store, URIRef(iri("eo/14060")))
    chain = _chain(result)
    assert chain[0] == ("2011-07-25", "strategy/2011-toc", "establishes", "org/tmwg", None)
    assert chain[1] == ("2017-02-09", "eo/13773", "directs", "org/tmwg", "3")
    assert ("2021-12-15", "eo/14060", "revokes_in_part", "eo/13773", "3(a)(i)") in chain
    assert ("2021-12-15", "eo/14060", "establishes", "org/usctoc", "3(a)") in chain
    assert ("2021-12-15", "org/usctoc", "replaces", "org/tmwg", "3(a)(i)") in chain
    assert chain[-1] == ("2025-01-20", "eo/14148", "revokes", "eo/14060", "2(ss)")
    dates = [edge[0] for edge in chain]
    assert dates == sorted(dates)


def test_partial_revocation_names_the_section_and_quotes_the_order(store):
    result = lineage(store, URIRef(iri("eo/14060")))
    (edge,) = [e for e in result.edges if e.type == "revokes_in_part"]
    assert edge.target_part == iri("eo/13773/sec/3")
    assert edge.target_section == "3"
    assert "section 3 of Executive Order 13773 is hereby revoked" in edge.quote
    assert edge.instrument == iri("eo/14060")
    assert edge.evidence == iri("source/fr-2021-27605")


def test_replacement_is_made_by_eo_14060_though_its_subject_is_the_council(store):
    result = lineage(store, URIRef(iri("eo/14060")))
    (edge,) = [e for e in result.edges if e.type == "replaces"]
    assert edge.source == iri("org/usctoc") and edge.target == iri("org/tmwg")
    assert edge.instrument == iri("eo/14060")
    assert edge.quote.startswith("The USCTOC shall replace the Threat Mitigation Working Group")


def test_nodes_are_dated_and_typed_in_order(store):
    result = lineage(store, URIRef(iri("eo/14060")))
    by_id = {n.id: n for n in result.nodes}
    assert by_id[iri("strategy/2011-toc")].type == "Strategy"
    assert by_id[iri("org/tmwg")].type == "WorkingGroup"
    assert by_id[iri("org/tmwg")].date == "2011-07-25"  # dated by the edge that establishes it
    assert by_id[iri("org/usctoc")].type == "Council"
    assert by_id[iri("eo/14148")].date == "2025-01-20"
    dates = [n.date for n in result.nodes]
    assert dates == sorted(dates)
    # offices are directed by EO 13773 but are not lineage members
    assert iri("office/attorney-general") not in by_id


def test_eo_13768_is_revoked_by_eo_13993(store):
    chain = _chain(lineage(store, URIRef(iri("eo/13768"))))
    assert chain[0] == ("2021-01-20", "eo/13993", "revokes", "eo/13768", "2")
    # EO 13993 was itself revoked twice on the same day; both revokers are kept
    assert ("2025-01-20", "eo/14148", "revokes", "eo/13993", "2(h)") in chain
    assert ("2025-01-20", "eo/14159", "revokes", "eo/13993", "3(a)") in chain


def test_lineage_does_not_wander_sideways_through_a_revoker(store):
    # EO 14148 revokes EO 13993 too, but that is not part of EO 14060's lineage
    ids = {n.id for n in lineage(store, URIRef(iri("eo/14060"))).nodes}
    assert iri("eo/13993") not in ids and iri("eo/13768") not in ids


@pytest.mark.parametrize(
    "text, node_id",
    [
        ("EO 14060", "eo/14060"),
        ("Executive Order 14060", "eo/14060"),
        ("E.O. 14060", "eo/14060"),
        ("E.O. 14,060", "eo/14060"),
        ("14060", "eo/14060"),
        ("eo/14060", "eo/14060"),
        ("86 FR 71793", "eo/14060"),
        ("EO 13773 § 3", "eo/13773/sec/3"),
        ("section 3 of EO 13773", "eo/13773/sec/3"),
        ("USCTOC", "org/usctoc"),
        ("threat mitigation working group", "org/tmwg"),
        ("TMWG", "org/tmwg"),
        ("https://w3id.org/lexgraph/id/eo/13768", "eo/13768"),
    ],
)
def test_resolve_accepts_what_people_type(store, text, node_id):
    assert str(resolve(store, text)) == iri(node_id)


@pytest.mark.parametrize("text", ["EO 99999", "section 9 of EO 99999", "Council of Nowhere", ""])
def test_resolve_refuses_unknown_ids_with_suggestions(store, text):
    with pytest.raises(NotFound) as info:
        resolve(store, text)
    assert text in str(info.value)


def test_unknown_near_miss_suggests_the_right_name(store):
    with pytest.raises(NotFound) as info:
        resolve(store, "USCTC")
    assert "USCTOC" in info.value.candidates


def test_same_day_edges_follow_the_order_of_the_sections(store):
    edges = [e for e in lineage(store, URIRef(iri("eo/14060"))).edges if e.source == iri("eo/14060")]
    assert [(e.type, e.section) for e in edges] == [
        ("establishes", "3(a)"), ("establishes", "3(b)"), ("revokes_in_part", "3(a)(i)")
    ]
