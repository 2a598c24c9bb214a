"""The SPARQL returned with each answer gives the same answer as the projection that serves it.

Lineage, status and authority are answered from the in-memory projection for speed; their
`.rq` files are the standard statement of each question. On the real store both must select
exactly the same qualified edges.
"""

from __future__ import annotations

import pytest
from rdflib import URIRef

from graph.edge_types import by_prop
from queries.authority import edges_of
from queries.catalog import get
from queries.lineage import lineage
from queries.projection import projection
from queries.status import evidence_for
from tests.conftest import iri

NODES = ["eo/14060", "eo/13773", "eo/13768", "eo/13993", "eo/14148", "org/tmwg", "org/usctoc", "eo/13581",
         "strategy/2011-toc"]


@pytest.mark.parametrize("node_id", NODES)
def test_lineage_matches_lineage_rq(store, node_id):
    by_sparql = {str(r["qualified"]) for r in get("lineage").run(store, node=URIRef(iri(node_id)))}
    result = lineage(store, URIRef(iri(node_id)))
    by_projection = {e.qualified for e in result.edges} | {q for e in result.edges for q in e.corroborated_by or []}
    assert by_projection == by_sparql
    if node_id in ("eo/13773", "eo/13773/sec/3", "eo/14060", "eo/13768"):  # revoked in whole or in part
        assert by_sparql


@pytest.mark.parametrize("node_id", [*NODES, "eo/13773/sec/3"])
def test_status_evidence_matches_status_rq(store, node_id):
    by_sparql = {
        (by_prop(str(r["kind"])).name, str(r["relation"]), str(r["qualified"]))
        for r in get("status").run(store, node=URIRef(iri(node_id)))
    }
    by_projection = {(e.kind, e.relation, e.qualified) for e in evidence_for(store, iri(node_id))}
    assert by_projection == by_sparql
    if node_id in ("eo/13773", "eo/13773/sec/3", "eo/14060", "eo/13768"):  # revoked in whole or in part
        assert by_sparql


@pytest.mark.parametrize("node_id", NODES)
def test_authority_matches_authority_rq(store, node_id):
    by_sparql = {(str(r["direction"]), str(r["q"])) for r in get("authority").run(store, node=URIRef(iri(node_id)))}
    by_projection = {(d, e.qualified) for d, _, e in edges_of(projection(store), iri(node_id))}
    assert by_projection == by_sparql
    if node_id in ("eo/13773", "eo/13773/sec/3", "eo/14060", "eo/13768"):  # revoked in whole or in part
        assert by_sparql


@pytest.mark.parametrize("node_id", [*NODES, "eo/13773/sec/3"])
def test_revocations_rq_matches_the_projection(store, node_id):
    """revocations.rq (rewritten to start from the instrument) selects every `revokes` edge on the
    instrument or one of its parts, as the projection holds them."""
    proj = projection(store)
    node = iri(node_id)
    by_sparql = {(str(r["revoked"]), str(r["revoker"]), str(r["scope"]), str(r["quote"]))
                 for r in get("revocations").run(store, instrument=URIRef(node))}
    covered = {node, *proj.parts_of(node)}
    by_projection = {
        (e.object, e.subject, "whole" if e.object == node else "part", e.quote)
        for target in covered for e in proj.by_object.get(target, []) if e.type == "revokes"
    }
    assert by_projection == by_sparql
    if node_id in ("eo/13773", "eo/13773/sec/3", "eo/14060", "eo/13768"):  # revoked in whole or in part
        assert by_sparql
