"""Authority chains, paths over the networkx projection, citations, lineage options."""

from __future__ import annotations

import copy

import pytest
from rdflib import URIRef

from graph.errors import InvalidInput, UnknownEdgeType
from queries.authority import authority
from queries.cite import bluebook, bluebook_number, pinpoint
from queries.lineage import lineage, restrict
from queries.nodes import describe
from queries.paths import find_paths, related
from queries.projection import projection
from tests.conftest import iri, run_cli


def test_authority_of_eo_13768_rests_on_constitution_and_ina(store):
    result = authority(store, URIRef(iri("eo/13768")))
    basis = {(i["other"], i["section"]) for i in result.branches["basis"]["items"]}
    assert (iri("constitution"), "preamble") in basis and (iri("statute/ina"), "preamble") in basis
    cites = {(i["label"], i["section"]) for i in result.branches["cites"]["items"]}
    for expected in [("8 U.S.C. 1373", "9"), ("8 U.S.C. 1357(g)", "8(a)"), ("8 U.S.C. 1253(d)", "12"),
                     ("U.S. Const. art. II, § 3", "2(a)"), ("8 U.S.C. 1182(a)(6)(C)", "5")]:
        assert expected in cites
    revoked_by = [(i["other"], i["section"]) for i in result.branches["revoked_by"]["items"]]
    assert revoked_by == [(iri("eo/13993"), "2")]


def test_authority_of_eo_13773_shows_the_partial_revocation_as_incoming(store):
    result = authority(store, URIRef(iri("eo/13773")))
    (item,) = result.branches["revoked_by"]["items"]
    assert item["other"] == iri("eo/14060") and item["object_section"] == "3" and item["section"] == "3(a)(i)"


def test_path_from_the_2011_strategy_to_eo_14148(store):
    result = find_paths(store, iri("strategy/2011-toc"), iri("eo/14148"))
    assert result.mode == "timeline"
    (path,) = result.paths
    assert [step["type"] for step in path] == ["establishes", "directs", "revokes", "revokes"]
    assert path[2]["target_section"] == "3" and path[2]["section"] == "3(a)(i)"
    assert all(step["quote"] for step in path)


def test_path_cli(store_root):
    result = run_cli("path", "2011 Strategy", "EO 14148", store=store_root)
    assert result.returncode == 0, result.stderr
    assert "EO 14060 § 3(a)(i) revokes § 3 of EO 13773" in result.stdout


def test_path_respects_as_of(store):
    assert not find_paths(store, iri("strategy/2011-toc"), iri("eo/14148"), as_of="2022-01-01").paths


def test_ancestors_and_descendants(store):
    assert iri("strategy/2011-toc") in related(store, iri("eo/14060"), "up")
    assert related(store, iri("eo/14060"), "down") == sorted([iri("eo/14148"), iri("org/usctoc"), iri("org/usctoc-strategic-division")])


def test_projection_is_built_once_per_store_version(store):
    assert projection(store) is projection(store)


def test_lineage_options_match_sparql_when_unset(store):
    full = lineage(store, URIRef(iri("eo/14060")))
    again = copy.deepcopy(full)
    restrict(again, None, None, None)
    assert [e.qualified for e in again.edges] == [e.qualified for e in full.edges]


def test_lineage_depth_types_and_as_of(store):
    near = lineage(store, URIRef(iri("eo/14060")), depth=1)
    assert iri("strategy/2011-toc") not in {n.id for n in near.nodes}
    revocations = lineage(store, URIRef(iri("eo/14060")), types={"revokes", "revokes_in_part"})
    assert {e.type for e in revocations.edges} == {"revokes", "revokes_in_part"}
    before = lineage(store, URIRef(iri("eo/14060")), as_of="2024-12-31")
    assert iri("eo/14148") not in {n.id for n in before.nodes}
    with pytest.raises(UnknownEdgeType, match="abolishes"):
        lineage(store, URIRef(iri("eo/14060")), types={"abolishes"})
    with pytest.raises(InvalidInput, match="not a lineage edge type"):
        lineage(store, URIRef(iri("eo/14060")), types={"cites"})


@pytest.mark.parametrize("node_id, expected", [
    ("eo/14060", "Exec. Order No. 14,060, 86 Fed. Reg. 71,793 (Dec. 20, 2021)"),
    ("eo/13768", "Exec. Order No. 13,768, 82 Fed. Reg. 8799 (Jan. 30, 2017)"),
    ("eo/14148", "Exec. Order No. 14,148, 90 Fed. Reg. 8237 (Jan. 28, 2025)"),
    ("usc/8/1357/g", "8 U.S.C. § 1357(g)"),
    ("constitution/art/2/sec/3", "U.S. Const. art. II, § 3"),
])
def test_bluebook(store, node_id, expected):
    assert bluebook(describe(store, URIRef(iri(node_id)))) == expected


def test_bluebook_pinpoint_and_page():
    from queries.nodes import NodeInfo

    # Bluebook R14.2: dated by the FR issue, pinpointed by page; the section pinpoint stands apart.
    info = NodeInfo(id="x", label="EO 14060", type="ExecutiveOrder", date="2021-12-15",
                    fr_citation="86 FR 71793", eo_number=14060, published="2021-12-20")
    assert bluebook(info, pin_page=71794) == "Exec. Order No. 14,060, 86 Fed. Reg. 71,793, 71,794 (Dec. 20, 2021)"
    assert bluebook(info, pin_page=71793) == "Exec. Order No. 14,060, 86 Fed. Reg. 71,793 (Dec. 20, 2021)"
    assert pinpoint("3(a)(i)") == "§ 3(a)(i)" and pinpoint("preamble") == "pmbl." and pinpoint(None) is None
    unpublished = NodeInfo(id="y", label="EO 1", type="ExecutiveOrder", date="1999-01-02", eo_number=1)
    assert bluebook(unpublished) == "Exec. Order No. 1 (Jan. 2, 1999)"  # no FR cite: dated by signing
    assert bluebook_number(8799) == "8799" and bluebook_number(10691) == "10,691"


def test_api_answers_carry_their_sparql(any_client):
    for path in ("/api/status?id=EO%2013773&on=2022-03-01&sparql=true", "/api/authority?id=EO%2014060&sparql=true",
                 "/api/lineage?id=EO%2014060&sparql=true",
                 "/api/path?source=2011%20Strategy&target=EO%2014148&sparql=true"):
        body = any_client.get(path).json()
        assert "SELECT" in body["sparql"], path
