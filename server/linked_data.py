"""Linked data: every IRI minted under the base dereferences here, plus dumps and the ontology.

An IRI `{base}eo/14060` is served at `/id/eo/14060`: HTML for browsers (title, Bluebook cite,
status today, lineage, sections, sources), Turtle / JSON-LD / N-Triples by Accept or by a
suffix (`/id/eo/14060.ttl`). Unknown IRIs are 404. Pages are Jinja2 templates
(server/templates/, autoescaped: every value is text); the SPARQL behind them is in the catalog
(queries/rq/provisions.rq, sources.rq, description.rq).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from functools import cache

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, Graph, URIRef

from graph.edge_types import BY_NAME as EDGE_BY_NAME
from graph.errors import NotAcceptable, NotFound
from graph.export import EXPORT_FORMATS, export
from graph.iri import is_link_safe
from graph.namespaces import is_valid_id
from graph.store import GraphStore
from ontology import NS, ONTOLOGY_IRI, VOCABULARY
from queries.answers import lineage_answer
from queries.catalog import get
from queries.cite import bluebook, parallel_cite, pinpoint
from queries.nodes import describe, describe_many
from queries.resolve import exists
from queries.status import status
from server.errors import responses
from server.negotiate import CANONICAL, GRAPH_TYPES, choose, prefers_html
from server.pages import build_info, render, type_label

router = APIRouter(tags=["linked data"], responses=responses(404, 406, 422, 503))
SUFFIXES = {".ttl": "turtle", ".nt": "ntriples", ".jsonld": "jsonld", ".rdf": "rdfxml"}
NO_STATUS = ("SourceDocument", "Office", "President", "Thing")  # no status or lineage on their pages


def local_href(store: GraphStore, iri: str) -> str | None:
    """Where an IRI is served here: /id/... for minted IRIs, the IRI itself for other http(s)
    IRIs, and None — no link, the label is shown as text — for anything else (`javascript:`,
    `data:`, ...: a node IRI written through /update or /store must never become a script link)."""
    base = store.base_iri
    if iri.startswith(base) and is_valid_id(iri[len(base):]):
        return "/id/" + iri[len(base):]
    return iri if is_link_safe(iri) else None


def node_page(store: GraphStore, iri: str, on: dt.date | None = None, bad_date: str | None = None) -> str:
    """The HTML page of a node: what it is, its Bluebook cite, its status on a chosen date with the
    proof, its lineage (drawn by the widget, listed below it), its sections in numeric order with
    the revoked and amended ones marked, and its sources."""
    node = URIRef(iri)
    info = describe(store, node)
    day = on or dt.date.today()
    state, proof, chain, later = None, [], [], None
    if info.type not in NO_STATUS:
        state = status(store, node, day)
        proof = status_proof(store, info, state)
        later = later_status(store, node, state)
        chain = lineage_items(store, iri)
    provisions = section_items(store, node, state)
    sources = [str(r["title"]) for r in get("sources").run(store, node=node)]
    href = local_href(store, iri)
    citation = bluebook(info)
    parent = describe(store, URIRef(info.part_of)) if info.part_of else None
    return render(
        "node.html", title=info.label, turtle=f"{href}.ttl", info=info, type_label=type_label(info.type),
        citation=citation if citation != info.label else None, parallel=parallel_cite(info),
        parent={"label": parent.label, "href": local_href(store, parent.id)} if parent else None,
        status=state.as_dict() if state else None, on=day.isoformat(), bad_date=bad_date, proof=proof, later=later,
        lineage=chain, provisions=provisions, sources=sources, iri=iri, href=href, current="/id/",
        build=build_info(store),
    )


def _seg(store: GraphStore, iri: str | None, label: str | None) -> dict:
    return {"text": label or iri or "", "href": local_href(store, iri) if iri else None}


def _pin(section: str | None) -> str:
    return f" {pinpoint(section)}" if section else ""


def status_proof(store: GraphStore, info, state) -> list[dict]:
    """The proof of a status, as lines a reader can check: each line is text and links
    (`parts`), with the quoted sentence where there is one."""
    lines: list[dict] = []

    def line(*parts: object, quote: str | None = None, cite: str | None = None) -> None:
        lines.append({"parts": [p if isinstance(p, dict) else {"text": str(p), "href": None} for p in parts],
                      "quote": quote, "cite": cite})

    def cite_of(iri: str | None) -> str | None:
        """The Bluebook cite of the instrument that acts, where it has one other than its name."""
        if not iri:
            return None
        actor = describe(store, URIRef(iri))
        cite = bluebook(actor)
        return cite if cite != actor.label else None

    s = state
    for key in ("revoked_by", "superseded_by", "suspended_by"):
        for r in getattr(s, key):
            verb = EDGE_BY_NAME[r["type"]].past if r["type"] in EDGE_BY_NAME else r["type"]
            what = f"§ {r['affected_section']} {verb}" if r.get("affected_section") else verb.capitalize()
            if r["type"].endswith("_in_part") and not r.get("affected_section"):
                what += " (the source does not say which provisions)"
            line(f"{what} by ", _seg(store, r["id"], r["label"]), f"{_pin(r['section'])} on {r['date']}",
                 quote=r.get("quote"), cite=cite_of(r["id"]))
    for r in s.reinstated_by:
        line("Reinstated by ", _seg(store, r["id"], r["label"]), f"{_pin(r['section'])} on {r['date']}",
             quote=r.get("quote"))
    for r in s.replaced_by:
        line("Replaced by ", _seg(store, r["id"], r["label"]), " under ", _seg(store, r["instrument"],
             r["instrument_label"]), f"{_pin(r['section'])} on {r['date']}", quote=r.get("quote"),
             cite=cite_of(r["instrument"]))
    if s.status in ("active", "basis_revoked"):
        for e in s.evidence:
            if e.get("kind") == "establishes":
                line("Established by ", _seg(store, e["instrument"], e["instrument_label"]),
                     f"{_pin(e['section'])} on {e['date']}", quote=e.get("quote"))
    for r in s.amended_by:
        where = f"§ {r['amended_section']}" if r.get("amended_section") else "The order"
        line(f"{where} amended by ", _seg(store, r["id"], r["label"]), f"{_pin(r['section'])} on {r['date']}",
             quote=r.get("quote"), cite=cite_of(r["id"]))
    if s.status == "in_force":
        proof: list[object] = []
        if info.date:
            proof.append(f"Signed {info.date}")
        if info.fr_citation:
            proof.append(f"published at {info.fr_citation}" + (f" on {info.published}" if info.published else ""))
        if proof:
            line("; ".join(str(p) for p in proof) + ".")
        through = (s.coverage or {}).get("through")
        nothing = "No revocation" + ("" if s.amended_by else " or amendment")
        if through and s.on >= through:
            line(f"{nothing} recorded in the sources through {through}.")
        elif through:
            line(f"{nothing} on or before {s.on} recorded in the sources (they run through {through}).")
        else:
            line(f"{nothing} on or before {s.on} recorded in the sources loaded (curated facts only: "
                 "no coverage date).")
    return lines


def later_status(store: GraphStore, node: URIRef, state) -> dict | None:
    """What changed after the chosen date, by today: a reader asking about 2022 should not miss a
    2025 revocation (the proof of it is on the page for today's date)."""
    today = dt.date.today()
    if state is None or state.on >= today.isoformat():
        return None
    now = status(store, node, today)
    if now.status == state.status:
        return None
    return {"status": now.status, "on": now.on}


def lineage_items(store: GraphStore, iri: str) -> list[dict]:
    """The lineage as a list: each edge with its pinpoint next to the instrument that makes it
    (a body replaces another *by* an order's section, the pinpoint is the order's)."""
    body = lineage_answer(store, iri)
    labels = {n["id"]: n["label"] for n in body["nodes"]}
    missing = {i for e in body["edges"] for i in (e["source"], e["target"], e["instrument"]) if i not in labels}
    labels |= {k: v.label for k, v in describe_many(store, missing).items()}
    items = []
    for e in body["edges"]:
        kind = EDGE_BY_NAME.get(e["type"])
        by = None
        if e["instrument"] != e["source"]:
            by = {**_seg(store, e["instrument"], labels[e["instrument"]]), "pin": e.get("pinpoint")}
        items.append({
            "date": e.get("date"), "source": _seg(store, e["source"], labels[e["source"]]),
            "pin": e.get("pinpoint") if by is None else None, "verb": kind.label if kind else e["type"],
            "target": _seg(store, e["target"], labels[e["target"]]), "by": by, "quote": e.get("quote"),
            "citation": e.get("citation"),
        })
    return items


def _number_key(number: str) -> tuple:
    """'10(b)' after '9', 'preamble' first: numbers by value, letters by letter."""
    if number == "preamble":
        return ((-1, ""),)
    return tuple((int(t), "") if t.isdigit() else (10**9, t) for t in re.findall(r"\d+|[A-Za-z]+", number))


def section_items(store: GraphStore, node: URIRef, state) -> list[dict]:
    """The node's provisions in numeric order, each marked where the status proof revoked,
    superseded or amended it (or a provision within it) by the chosen date."""
    marks: list[tuple[str, str, dict]] = []  # (affected section, css class, entry)
    if state is not None and state.status not in ("revoked", "superseded", "suspended"):
        for key, css in (("revoked_by", "revoked"), ("superseded_by", "revoked")):
            for r in getattr(state, key):
                if r.get("affected_section"):
                    verb = EDGE_BY_NAME[r["type"]].past if r["type"] in EDGE_BY_NAME else r["type"]
                    marks.append((r["affected_section"], css, {**r, "verb": verb}))
        for r in state.amended_by:
            if r.get("amended_section"):
                marks.append((r["amended_section"], "amended", {**r, "verb": "amended"}))
    items = []
    for r in get("provisions").run(store, node=node):
        label = str(r["label"])
        number = str(r["part"]).rsplit("/sec/", 1)[-1].split("/")[0] if "/sec/" in str(r["part"]) else label
        number = label.rsplit("§ ", 1)[-1] if "§ " in label else ("preamble" if label.endswith("preamble") else number)
        item = {"href": local_href(store, str(r["part"])), "label": label, "number": number,
                "text": str(r["text"]) if "text" in r else None, "marks": [], "css": ""}
        for affected, css, entry in marks:
            if affected == number or affected.startswith(number + "("):
                whole = affected == number
                item["marks"].append({
                    "css": css, "whole": whole, "affected": affected, "verb": entry["verb"],
                    "by": _seg(store, entry["id"], entry["label"]), "pin": _pin(entry.get("section")).strip(),
                    "date": entry.get("date"),
                })
                if whole and css == "revoked":
                    item["css"] = "revoked"
        items.append(item)
    return sorted(items, key=lambda i: _number_key(i["number"]))


@router.get("/id/{path:path}", operation_id="dereference", summary="Dereference a lexgraph IRI")
def dereference(request: Request, path: str) -> Response:
    fmt = None
    for suffix, name in SUFFIXES.items():
        if path.endswith(suffix):
            path, fmt = path[: -len(suffix)], name
    if not is_valid_id(path):
        raise NotFound(path, message=f"not a lexgraph id: {path!r}")
    store = request.app.state.stores.get()
    iri = store.base_iri + path
    if not exists(store, URIRef(iri)):
        raise NotFound(path, message=f"nothing is known about {iri}")
    accept = request.headers.get("accept")
    if fmt is None:
        if prefers_html(accept):
            on, bad = None, None
            if request.query_params.get("on"):
                try:
                    on = dt.date.fromisoformat(request.query_params["on"])
                except ValueError:
                    bad = request.query_params["on"]
            return HTMLResponse(node_page(store, iri, on, bad), headers={"Vary": "Accept"})
        fmt = choose(accept, GRAPH_TYPES)
        if fmt is None:
            offered = ["text/html", *GRAPH_TYPES]
            raise NotAcceptable(f"offered: {', '.join(offered)}", offered)
    body = get("description").serialize(store, fmt, node=URIRef(iri))
    return Response(body, media_type=CANONICAL[fmt])


@router.get("/dumps/lexgraph.{suffix}", operation_id="dump", summary="The whole graph in one format")
def dump(request: Request, suffix: str) -> Response:
    by_suffix = {ext: (name, media) for name, (media, ext) in EXPORT_FORMATS.items()}
    if suffix not in by_suffix:
        raise NotFound(suffix, message=f"dumps exist as lexgraph.{{{','.join(by_suffix)}}}")
    name, media = by_suffix[suffix]
    buffer = io.BytesIO()
    export(request.app.state.stores.get(), buffer, name)
    return Response(buffer.getvalue(), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="lexgraph.{suffix}"'})


@router.get("/ontology", operation_id="ontology", summary="The lexgraph vocabulary")
def ontology(request: Request) -> Response:
    """HTML documentation of the vocabulary for browsers; the Turtle itself for anyone else."""
    if not prefers_html(request.headers.get("accept")):
        return Response(VOCABULARY.read_text(encoding="utf-8"), media_type="text/turtle", headers={"Vary": "Accept"})
    return HTMLResponse(render("ontology.html", title="lexgraph vocabulary", turtle="/ontology.ttl",
                               current="/ontology", build=None, doc=vocabulary_doc()), headers={"Vary": "Accept"})


@router.get("/ontology.ttl", operation_id="ontology_turtle", summary="The lexgraph vocabulary as Turtle")
def ontology_turtle() -> Response:
    return Response(VOCABULARY.read_text(encoding="utf-8"), media_type="text/turtle")


@cache
def vocabulary_doc() -> dict:
    """Classes and properties of ontology/lexgraph.ttl, read with rdflib, for the /ontology page:
    each term with its label, definition, parents (subclass / subproperty), domain and range."""
    graph = Graph().parse(VOCABULARY, format="turtle")
    names = dict(graph.namespaces())

    def short(term) -> str:
        text = str(term)
        for prefix, ns in sorted(names.items(), key=lambda kv: -len(str(kv[1]))):
            if prefix and text.startswith(str(ns)):
                return f"{prefix}:{text[len(str(ns)):]}"
        return text

    def ref(term) -> dict:
        text = str(term)
        local = text.startswith(NS)
        return {"text": short(term), "href": f"#{text[len(NS):]}" if local else (text if is_link_safe(text) else None)}

    def first(term, *props) -> str | None:
        for prop in props:
            for value in graph.objects(term, prop):
                return str(value)
        return None

    def terms(*kinds) -> list[dict]:
        found = {s for kind in kinds for s in graph.subjects(RDF.type, kind) if str(s).startswith(NS)}
        out = []
        for term in sorted(found, key=str):
            kind = next((short(k) for k in kinds if (term, RDF.type, k) in graph), "")
            out.append({
                "id": str(term)[len(NS):], "iri": str(term), "curie": short(term), "kind": kind,
                "label": first(term, RDFS.label), "definition": first(term, SKOS.definition, RDFS.comment),
                "parents": [ref(o) for o in sorted(graph.objects(term, RDFS.subClassOf), key=str)]
                + [ref(o) for o in sorted(graph.objects(term, RDFS.subPropertyOf), key=str)],
                "domain": [ref(o) for o in sorted(graph.objects(term, RDFS.domain), key=str)],
                "range": [ref(o) for o in sorted(graph.objects(term, RDFS.range), key=str)],
                "children": [ref(o) for o in sorted(graph.subjects(RDFS.subClassOf, term), key=str)],
            })
        return out

    ontology_node = URIRef(ONTOLOGY_IRI)
    return {
        "iri": ONTOLOGY_IRI, "namespace": NS, "title": first(ontology_node, DCTERMS.title),
        "description": first(ontology_node, DCTERMS.description), "version": first(ontology_node, OWL.versionInfo),
        "classes": terms(OWL.Class),
        "properties": terms(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property),
        "prefixes": sorted((p, str(n)) for p, n in names.items() if p),
    }
