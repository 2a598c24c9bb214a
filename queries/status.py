"""Status on a date: in force, revoked, partially revoked, not yet issued — with the proof.

The rule for revoking a revoker: a revocation of a revoking instrument never revives what it
revoked unless an edge says so explicitly. Congress wrote that rule for statutes in 1 U.S.C.
108; it is applied here by analogy to executive orders, and every answer that relies on it
says so. The graph never infers revival.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rdflib import URIRef

from graph.store import GraphStore
from queries.catalog import get
from queries.evidence import prefer_curated
from queries.nodes import describe
from queries.projection import BODY_TYPES, EdgeRecord, Projection, projection

TRACKED = frozenset({"ExecutiveOrder", "Strategy"})
NO_REVIVAL = (
    "A revocation of a revoking order does not revive what that order revoked unless it says so "
    "(the rule of 1 U.S.C. 108, applied by analogy to executive orders)."
)


@dataclass
class Evidence:
    kind: str  # revocation | replacement | establishment
    relation: str  # self | ancestor | part
    affected: str
    affected_section: str | None
    actor: str
    actor_label: str | None
    instrument: str
    instrument_label: str | None
    section: str | None
    section_node: str | None
    date: str | None
    quote: str
    source: str | None
    method: str = "curated"
    qualified: str | None = None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Status:
    id: str
    label: str
    on: str
    status: str
    revoked_by: list[dict] = field(default_factory=list)
    revoked_sections: list[str] = field(default_factory=list)
    replaced_by: list[dict] = field(default_factory=list)
    amended_by: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sparql: str = ""

    def as_dict(self, with_sparql: bool = False) -> dict:
        out = {k: v for k, v in self.__dict__.items() if k != "sparql"}
        if with_sparql:
            out["sparql"] = self.sparql
        return out


def _evidence(proj: Projection, e: EdgeRecord, kind: str, relation: str) -> Evidence:
    return Evidence(
        kind=kind, relation=relation, affected=e.object, affected_section=e.object_section,
        actor=e.subject, actor_label=proj.label(e.subject), instrument=e.instrument,
        instrument_label=proj.label(e.instrument), section=e.section, section_node=e.pinpoint,
        date=e.date, quote=e.quote, source=e.evidence, method=e.method, qualified=e.qualified,
    )


def evidence_for(store: GraphStore, node: str) -> list[Evidence]:
    """What queries/rq/status.rq selects, from the projection: revocations of the node, of what
    contains it and of its parts; replacements and establishments of a body."""
    proj = projection(store)
    found = []
    for relation, targets in (
        ("self", [node]), ("ancestor", proj.ancestors_of(node)), ("part", proj.parts_of(node))
    ):
        for target in targets:
            for e in proj.by_object.get(target, ()):
                if e.type == "revokes":
                    found.append(_evidence(proj, e, "revocation", relation))
                elif e.type == "amends" and relation != "ancestor":
                    found.append(_evidence(proj, e, "amendment", relation))
    for e in proj.by_object.get(node, ()):
        if e.type == "replaces":
            found.append(_evidence(proj, e, "replacement", "self"))
        elif e.type == "establishes":
            found.append(_evidence(proj, e, "establishment", "self"))
    return sorted(found, key=lambda e: (e.date or "", e.actor))


def status(store, iri: URIRef, on: dt.date) -> Status:
    """The status of an instrument, provision or body on a date (inclusive)."""
    query = get("status")  # the same answer in SPARQL, returned with it
    info = describe(store, iri)
    day = on.isoformat()
    proj = projection(store)
    is_body = proj.type(str(iri)) in BODY_TYPES
    issued = proj.nodes.get(proj.top(str(iri)), {}).get("date")
    result = Status(id=str(iri), label=info.label, on=day, status="unknown", sparql=query.sparql)
    rows = evidence_for(store, str(iri))
    rows = [lead for lead, _ in prefer_curated(
        rows, key=lambda e: (e.kind, e.actor, e.affected, e.instrument), method=lambda e: e.method
    )]
    in_effect = [e for e in rows if e.date is not None and e.date <= day]
    if proj.type(proj.top(str(iri))) not in TRACKED and not is_body:
        result.status = "not_tracked"
        result.notes.append(
            "lexgraph records whether presidential instruments and interagency bodies are in force; "
            f"it does not track the status of a {info.type} (statutes, code sections, offices)."
        )
    elif is_body:
        _body_status(result, rows, in_effect, day)
        if result.status == "active":
            _basis_status(store, result, rows, on)
    elif issued is not None and day < issued:
        result.status = "not_yet_issued"
        result.notes.append(f"{info.label} was signed on {issued}.")
    else:
        _instrument_status(result, in_effect)
    result.amended_by = [
        {"id": e.actor, "label": e.actor_label, "section": e.section, "date": e.date,
         "amended": e.affected, "amended_section": e.affected_section, "quote": e.quote}
        for e in in_effect if e.kind == "amendment"
    ]
    _no_revival_note(store, result, day)
    return result


def _instrument_status(result: Status, in_effect: list[Evidence]) -> None:
    revocations = [e for e in in_effect if e.kind == "revocation"]
    whole = [e for e in revocations if e.relation in ("self", "ancestor")]
    parts = [e for e in revocations if e.relation == "part"]
    if whole:
        result.status = "revoked"
        result.revoked_by = [_revoker(e) for e in whole]
        result.evidence = [e.as_dict() for e in whole]
        if any(e.relation == "ancestor" for e in whole):
            result.notes.append("Revoked because the provision or order that contains it was revoked.")
    elif parts:
        result.status = "partially_revoked"
        result.revoked_by = [_revoker(e) for e in parts]
        result.revoked_sections = sorted({e.affected_section or e.affected for e in parts})
        result.evidence = [e.as_dict() for e in parts]
    else:
        result.status = "in_force"


def _body_status(result: Status, rows: list[Evidence], in_effect: list[Evidence], day: str) -> None:
    established = sorted(e.date for e in rows if e.kind == "establishment" and e.date)
    if established and day < established[0]:
        result.status = "not_yet_established"
        result.notes.append(f"First established on {established[0]}.")
        return
    replacements = [e for e in in_effect if e.kind == "replacement"]
    if replacements:
        result.status = "replaced"
        result.replaced_by = [
            {
                "id": e.actor, "label": e.actor_label, "instrument": e.instrument,
                "instrument_label": e.instrument_label, "section": e.section, "date": e.date,
                "quote": e.quote,
            }
            for e in replacements
        ]
        result.evidence = [e.as_dict() for e in replacements]
        return
    result.status = "active"
    result.evidence = [e.as_dict() for e in rows if e.kind == "establishment"]


def _basis_status(store, result: Status, rows: list[Evidence], on: dt.date) -> None:
    """A body whose establishing provision has been revoked: say so, with both pieces of proof.

    Whether the body legally ceased to exist is not inferred; the answer states what the graph
    shows: the provision that established it is no longer in force.
    """
    for e in rows:
        if e.kind != "establishment":
            continue
        basis = URIRef(e.section_node or e.instrument)
        basis_status = status(store, basis, on)
        if basis_status.status == "revoked":
            result.status = "basis_revoked"
            result.revoked_by = basis_status.revoked_by
            result.evidence = [e.as_dict(), *basis_status.evidence]
            pin = f" § {e.section}" if e.section else ""
            result.notes.append(
                f"Established by {e.instrument_label}{pin}, which was revoked; whether the body "
                "continues is not recorded in the graph."
            )
            return


def _revoker(e: Evidence) -> dict:
    return {
        "id": e.actor, "label": e.actor_label, "section": e.section, "date": e.date,
        "revoked": e.affected, "revoked_section": e.affected_section, "quote": e.quote,
    }


def _no_revival_note(store, result: Status, day: str) -> None:
    """Say so when a revoker (or the maker of a replacement) has itself been revoked by `day`."""
    actors = {r["id"] for r in result.revoked_by} | {r["instrument"] for r in result.replaced_by}
    for actor in sorted(actors):
        for e in evidence_for(store, actor):
            if e.kind != "revocation" or e.relation not in ("self", "ancestor"):
                continue
            if e.date is None or e.date > day:
                continue
            result.notes.append(
                f"{e.actor_label} revoked {describe(store, URIRef(actor)).label} on {e.date}; {NO_REVIVAL}"
            )
