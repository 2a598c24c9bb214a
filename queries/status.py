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

from graph.edge_types import BY_NAME
from graph.node_types import BODY_TYPES, TRACKED
from graph.store import GraphStore
from queries.catalog import get
from queries.evidence import prefer_curated
from queries.nodes import describe
from queries.projection import EdgeRecord, Projection, projection

NO_REVIVAL = (
    "A revocation of a revoking order does not revive what that order revoked unless it says so "
    "(the rule of 1 U.S.C. 108, applied by analogy to executive orders)."
)
# Effects that act on a body itself only; every other effect also reaches what contains the node
# ("ancestor": a revoked order takes its sections with it) and its parts ("part").
SELF_ONLY = frozenset({"replaces", "establishes"})
# Whole-node effects, and the status each leaves behind (latest in time wins; reinstatement lifts).
ENDING = {"revokes": "revoked", "supersedes": "superseded", "suspends": "suspended"}
# Effects on part of a node, and the status they leave when nothing ends the whole.
PARTIAL = {"revokes": "partially_revoked", "revokes_in_part": "partially_revoked",
           "supersedes": "partially_superseded", "supersedes_in_part": "partially_superseded"}
ACTOR_LISTS = {"revokes": "revoked_by", "revokes_in_part": "revoked_by", "supersedes": "superseded_by",
               "supersedes_in_part": "superseded_by", "suspends": "suspended_by", "reinstates": "reinstated_by"}


@dataclass
class StatusEvidence:
    kind: str  # the status effect of the edge (graph/edge_types.py EFFECTS)
    type: str  # the edge type
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
    superseded_by: list[dict] = field(default_factory=list)
    superseded_sections: list[str] = field(default_factory=list)
    suspended_by: list[dict] = field(default_factory=list)
    reinstated_by: list[dict] = field(default_factory=list)
    replaced_by: list[dict] = field(default_factory=list)
    amended_by: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    coverage: dict = field(default_factory=dict)
    sparql: str = ""

    def as_dict(self, with_sparql: bool = False) -> dict:
        out = {k: v for k, v in self.__dict__.items() if k != "sparql"}
        if with_sparql:
            out["sparql"] = self.sparql
        return out


def _evidence(proj: Projection, e: EdgeRecord, effect: str, relation: str) -> StatusEvidence:
    return StatusEvidence(
        kind=effect, type=e.type, relation=relation, affected=e.object, affected_section=e.object_section,
        actor=e.subject, actor_label=proj.label(e.subject), instrument=e.instrument,
        instrument_label=proj.label(e.instrument), section=e.section, section_node=e.pinpoint,
        date=e.date, quote=e.quote, source=e.evidence, method=e.method, qualified=e.qualified,
    )


def evidence_for(store: GraphStore, node: str) -> list[StatusEvidence]:
    """What queries/rq/status.rq selects, from the projection: every edge with a status effect on
    the node, on what contains it and on its parts (replacements and establishments: the node only)."""
    proj = projection(store)
    found = []
    for relation, targets in (
        ("self", [node]), ("ancestor", proj.ancestors_of(node)), ("part", proj.parts_of(node))
    ):
        for target in targets:
            for e in proj.by_object.get(target, ()):
                kind = BY_NAME.get(e.type)
                if kind is None or kind.effect is None:
                    continue
                if relation == "self" or kind.effect not in SELF_ONLY:
                    found.append(_evidence(proj, e, kind.effect, relation))
    return sorted(found, key=lambda e: (e.date or "", e.actor))


def status(store, iri: URIRef, on: dt.date) -> Status:
    """The status of an instrument, provision or body on a date (inclusive)."""
    query = get("status")  # the same answer in SPARQL, returned with it
    info = describe(store, iri)
    day = on.isoformat()
    proj = projection(store)
    is_body = proj.type(str(iri)) in BODY_TYPES
    issued = proj.nodes.get(proj.top(str(iri)), {}).get("date")
    result = Status(id=str(iri), label=info.label, on=day, status="unknown", sparql=query.text_bound(node=iri))
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
        for e in sorted(in_effect, key=lambda e: (e.date or "", _section_key(e.affected_section)))
        if e.kind == "amends"
    ]
    if not info.in_graph:
        order = describe(store, URIRef(str(iri).split("/sec/", 1)[0]))
        result.notes.append(
            f"{info.label} is not itself in the graph (no source loaded its text); its status is read "
            f"from what the graph records of {order.label} and its other provisions."
        )
    top = describe(store, URIRef(proj.top(str(iri)))) if proj.top(str(iri)) != str(iri) else info
    if top.text_loaded is False:
        result.notes.append(
            f"The text of {top.label} is not loaded: the graph knows it only from the edges of other "
            "instruments that revoke, amend, supersede or cite it."
        )
    _no_revival_note(store, result, day)
    _coverage(store, proj, result, proj.top(str(iri)), day)
    return result


def _section_key(section: str | None) -> tuple:
    """'10(b)' sorts after '9': numbers by value, then the rest."""
    import re

    m = re.match(r"(\d+)(.*)", section or "")
    return (int(m.group(1)), m.group(2)) if m else (10**9, section or "")


def _coverage(store, proj: Projection, result: Status, top: str, day: str) -> None:
    """Name the sources the answer rests on and how far they reach ("sources through <date>"):
    nothing after that date is known, so a status asked for a later day is only as of that date."""
    known = proj.coverage.get(top, {})
    tables = known.get("tables")
    texts = (store.info.get("coverage") or {}).get("texts_through") or known.get("texts")
    through = tables or texts
    result.coverage = {"through": through, "tables_through": tables, "texts_through": texts}
    if through is None:
        result.coverage["note"] = ("curated facts only: no disposition table or order text in this store "
                                   "dates how far its sources reach")
        result.notes.append(f"Sources: {result.coverage['note']}.")
        return
    parts = []
    if tables:
        parts.append(f"disposition tables through {tables}")
    if texts:
        parts.append(f"order texts through {texts} (actions the text extractor reads)")
    result.coverage["note"] = f"sources through {through}: " + "; ".join(parts)
    result.notes.append(f"Sources through {through}: " + "; ".join(parts) + ".")
    if day > through:
        result.coverage["beyond"] = True
        result.notes.append(
            f"{day} is after the sources end ({through}): later actions are not recorded, so this status "
            f"is as of {through}."
        )


def _instrument_status(result: Status, in_effect: list[StatusEvidence]) -> None:
    """Whole-node events in date order (the latest wins; a reinstatement lifts the one before it),
    then, if nothing ended the whole, what was done to its parts."""
    whole = [e for e in in_effect if e.relation in ("self", "ancestor") and e.kind in (*ENDING, "reinstates")]
    state, cause = "in_force", []
    for date in sorted({e.date for e in whole}):
        today = [e for e in whole if e.date == date]
        ending = [e for e in today if e.kind in ENDING]
        if ending:
            state, cause = ENDING[ending[0].kind], ending
        elif state != "in_force":
            state, cause = "in_force", []
        for e in today:
            getattr(result, ACTOR_LISTS[e.kind]).append(_actor(e))
    if state != "in_force":
        result.status = state
        result.evidence = [e.as_dict() for e in cause]
        if any(e.relation == "ancestor" for e in cause):
            result.notes.append("Ends with the provision or order that contains it.")
        return
    if result.reinstated_by:
        result.notes.append("Reinstated: in force again from the date of the reinstating instrument.")
    partial = [
        e for e in in_effect
        if e.kind in PARTIAL and (e.relation == "part" or (e.relation == "self" and e.kind.endswith("_in_part")))
    ]
    # An unspecified "in part" by an instrument that also names the provisions says nothing more.
    named = {(e.actor, PARTIAL[e.kind]) for e in partial if e.relation == "part"}
    partial = [e for e in partial if e.relation == "part" or (e.actor, PARTIAL[e.kind]) not in named]
    for e in partial:
        getattr(result, ACTOR_LISTS[e.kind]).append(_actor(e))
    revoked = [e for e in partial if PARTIAL[e.kind] == "partially_revoked"]
    superseded = [e for e in partial if PARTIAL[e.kind] == "partially_superseded"]
    result.revoked_sections = sorted({e.affected_section for e in revoked if e.affected_section}, key=_section_key)
    result.superseded_sections = sorted(
        {e.affected_section for e in superseded if e.affected_section}, key=_section_key
    )
    if any(e.relation == "self" for e in partial):
        result.notes.append(
            "Part of it was revoked or superseded (in part, to the extent inconsistent with the later "
            "order, or an unnumbered part such as an annex); the source does not say which provisions."
        )
    if revoked or superseded:
        result.status = "partially_revoked" if revoked else "partially_superseded"
        result.evidence = [e.as_dict() for e in partial]
    else:
        result.status = "in_force"


def _body_status(result: Status, rows: list[StatusEvidence], in_effect: list[StatusEvidence], day: str) -> None:
    established = sorted(e.date for e in rows if e.kind == "establishes" and e.date)
    if established and day < established[0]:
        result.status = "not_yet_established"
        result.notes.append(f"First established on {established[0]}.")
        return
    replacements = [e for e in in_effect if e.kind == "replaces"]
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
    result.evidence = [e.as_dict() for e in rows if e.kind == "establishes"]


def _basis_status(store, result: Status, rows: list[StatusEvidence], on: dt.date) -> None:
    """A body whose establishing provision has been revoked: say so, with both pieces of proof.

    Whether the body legally ceased to exist is not inferred; the answer states what the graph
    shows: the provision that established it is no longer in force.
    """
    for e in rows:
        if e.kind != "establishes":
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


def _actor(e: StatusEvidence) -> dict:
    return {
        "id": e.actor, "label": e.actor_label, "type": e.type, "section": e.section, "date": e.date,
        "affected": e.affected, "affected_section": e.affected_section, "quote": e.quote,
    }


def _no_revival_note(store, result: Status, day: str) -> None:
    """Say once when the instruments that ended this one have themselves been ended by `day`."""
    actors = {r["id"] for r in (*result.revoked_by, *result.superseded_by, *result.suspended_by)}
    actors |= {r["instrument"] for r in result.replaced_by}
    facts = []
    for actor in sorted(actors):
        for e in evidence_for(store, actor):
            if e.kind not in ENDING or e.relation not in ("self", "ancestor"):
                continue
            if e.date is None or e.date > day:
                continue
            verb = BY_NAME[e.type].past
            facts.append(f"{e.actor_label} {verb} {describe(store, URIRef(actor)).label} on {e.date}")
    if facts:
        result.notes.append("; ".join(dict.fromkeys(facts)) + ". " + NO_REVIVAL)
