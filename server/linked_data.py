"""Linked data: every IRI minted under the base dereferences here, plus dumps and the ontology.

An IRI `{base}eo/14060` is served at `/id/eo/14060`: HTML for browsers (title, Bluebook cite,
status today, lineage, sections, sources), Turtle / JSON-LD / N-Triples by Accept or by a
suffix (`/id/eo/14060.ttl`). Unknown IRIs are 404. Every value in HTML is escaped.
"""

from __future__ import annotations

import datetime as dt
import io
from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from rdflib import URIRef

from graph.errors import NotAcceptable, NotFound
from graph.export import EXPORT_FORMATS, export
from graph.namespaces import is_valid_id
from ontology import VOCABULARY
from queries.cite import bluebook
from queries.lineage import lineage
from queries.nodes import describe
from queries.resolve import exists
from queries.status import status
from server.errors import responses
from server.negotiate import CANONICAL, GRAPH_TYPES, choose, prefers_html

router = APIRouter(tags=["linked data"], responses=responses(404, 406, 422, 503))
SUFFIXES = {".ttl": "turtle", ".nt": "ntriples", ".jsonld": "jsonld", ".rdf": "rdfxml"}
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="alternate" type="text/turtle" href="{self}.ttl">
<style>body{{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}}
blockquote{{margin:.2rem 0 .8rem 1rem;color:#444}} code{{font-size:13px}}</style></head>
<body>{body}</body></html>"""


def _describe_graph(request: Request, iri: str, fmt: str) -> Response:
    """The node's own triples and the triples that point at it (a symmetric concise description)."""
    store = request.app.state.stores.get()
    _, body = store.query_serialized(
        "CONSTRUCT { ?node ?p ?o . ?s ?q ?node } WHERE { { ?node ?p ?o } UNION { ?s ?q ?node } }",
        graph_format=fmt, bindings={"node": URIRef(iri)},
    )
    return Response(body, media_type=CANONICAL[fmt])


def _html(request: Request, iri: str) -> HTMLResponse:
    store = request.app.state.stores.get()
    node = URIRef(iri)
    info = describe(store, node)
    parts = [f"<h1>{escape(info.label)}</h1>"]
    if info.title and info.title != info.label:
        parts.append(f"<p><strong>{escape(info.title)}</strong></p>")
    parts.append(f"<p>Citation: {escape(bluebook(info))}<br>Type: {escape(info.type)}"
                 + (f"<br>Date: {escape(info.date)}" if info.date else "") + "</p>")
    if info.type not in ("SourceDocument", "Office", "President", "Thing"):
        today = status(store, node, dt.date.today())
        parts.append(f"<p>Status today: <strong>{escape(today.status.replace('_', ' '))}</strong></p>")
        for revoker in today.revoked_by:
            parts.append(f"<blockquote>{escape(revoker.get('label') or '')} § {escape(revoker.get('section') or '')}: "
                         f"“{escape(revoker['quote'])}”</blockquote>")
        chain = lineage(store, node)
        if chain.edges:
            labels = {n.id: n.label for n in chain.nodes}
            parts.append("<h2>Lineage</h2><ol>")
            for e in chain.edges:
                pin = f" § {e.section}" if e.section else ""
                source = f"<a href='{escape(_local(request, e.source))}'>{escape(labels[e.source])}</a>"
                target = f"<a href='{escape(_local(request, e.target))}'>{escape(labels[e.target])}</a>"
                parts.append(
                    f"<li>{escape(e.date or '')} {source}{escape(pin)} {escape(e.type.replace('_', ' '))} {target}"
                    f"<blockquote>“{escape(e.quote)}”</blockquote></li>"
                )
            parts.append("</ol>")
    rows = store.select(
        "PREFIX eli: <http://data.europa.eu/eli/ontology#> "
        "PREFIX lex: <https://w3id.org/lexgraph/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        "SELECT DISTINCT ?node ?part ?label ?text WHERE { ?part eli:is_part_of ?node ; skos:prefLabel ?label . "
        "OPTIONAL { ?part lex:text ?text } } ORDER BY ?part", {"node": node},
    )
    if rows:
        parts.append("<h2>Sections</h2><ul>")
        for r in rows:
            text = f"<blockquote>{escape(str(r['text']))}</blockquote>" if "text" in r else ""
            link = f"<a href='{escape(_local(request, str(r['part'])))}'>{escape(str(r['label']))}</a>"
            parts.append(f"<li>{link}{text}</li>")
        parts.append("</ul>")
    sources = store.select(
        "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dct: <http://purl.org/dc/terms/> "
        "SELECT DISTINCT ?node ?source ?title WHERE { ?node prov:wasDerivedFrom ?source . ?source dct:title ?title }",
        {"node": node},
    )
    if sources:
        parts.append("<h2>Sources</h2><ul>")
        parts += [f"<li>{escape(str(r['title']))}</li>" for r in sources]
        parts.append("</ul>")
    parts.append(f"<p><code>{escape(iri)}</code> · <a href='{escape(_local(request, iri))}.ttl'>Turtle</a> · "
                 f"<a href='{escape(_local(request, iri))}.jsonld'>JSON-LD</a></p>")
    return HTMLResponse(PAGE.format(title=escape(info.label), self=escape(_local(request, iri)), body="\n".join(parts)))


def _local(request: Request, iri: str) -> str:
    base = request.app.state.stores.get().base_iri
    return "/id/" + iri[len(base):] if iri.startswith(base) else iri


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
            return _html(request, iri)
        fmt = choose(accept, GRAPH_TYPES)
        if fmt is None:
            offered = ["text/html", *GRAPH_TYPES]
            raise NotAcceptable(f"offered: {', '.join(offered)}", offered)
    return _describe_graph(request, iri, fmt)


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
    body = ("<h1>lexgraph vocabulary</h1><p>Namespace <code>https://w3id.org/lexgraph/ns#</code>, "
            "aligned with ELI, schema.org, Dublin Core, PROV-O, SKOS and W3C ORG.</p>"
            f"<pre>{escape(turtle)}</pre>")
    return HTMLResponse(PAGE.format(title="lexgraph vocabulary", self="/ontology", body=body))
