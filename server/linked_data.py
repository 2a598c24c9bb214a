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

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from rdflib import URIRef

from graph.errors import NotAcceptable, NotFound
from graph.export import EXPORT_FORMATS, export
from graph.iri import is_link_safe
from graph.namespaces import is_valid_id
from graph.store import GraphStore
from ontology import VOCABULARY
from queries.catalog import get
from queries.cite import bluebook
from queries.lineage import lineage
from queries.nodes import describe
from queries.resolve import exists
from queries.status import status
from server.errors import responses
from server.negotiate import CANONICAL, GRAPH_TYPES, choose, prefers_html
from server.pages import render

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


def node_page(store: GraphStore, iri: str) -> str:
    """The HTML page of a node: title, Bluebook cite, status today, lineage, sections, sources."""
    node = URIRef(iri)
    info = describe(store, node)
    today, chain = None, []
    if info.type not in NO_STATUS:
        today = status(store, node, dt.date.today())
        result = lineage(store, node)
        labels = {n.id: n.label for n in result.nodes}
        chain = [
            {"date": e.date, "type": e.type, "section": e.section, "quote": e.quote,
             "source_href": local_href(store, e.source), "source_label": labels[e.source],
             "target_href": local_href(store, e.target), "target_label": labels[e.target]}
            for e in result.edges
        ]
    provisions = [
        {"href": local_href(store, str(r["part"])), "label": str(r["label"]),
         "text": str(r["text"]) if "text" in r else None}
        for r in get("provisions").run(store, node=node)
    ]
    sources = [str(r["title"]) for r in get("sources").run(store, node=node)]
    href = local_href(store, iri)
    return render(
        "node.html", title=info.label, turtle=f"{href}.ttl", info=info, citation=bluebook(info),
        status=today, lineage=chain, provisions=provisions, sources=sources, iri=iri, href=href,
    )


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
            return HTMLResponse(node_page(store, iri))
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
    turtle = VOCABULARY.read_text(encoding="utf-8")
    if not prefers_html(request.headers.get("accept")):
        return Response(turtle, media_type="text/turtle")
    return HTMLResponse(render("ontology.html", title="lexgraph vocabulary", turtle="/ontology", turtle_text=turtle))
