"""HTML pages and the one layout they share (server/templates/base.html, server/static/site.css).

Node, vocabulary and landing pages are Jinja2 templates (server/templates/) with autoescaping
on, so every value that comes from the graph or the user is text. The query page is a static file
whose body is set inside the same layout. Browsers asking for an unknown page get an HTML 404 with
suggestions; every other client keeps the JSON error shape (server/errors.py).
"""

from __future__ import annotations

import contextlib
import re
from functools import cache
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from rdflib import URIRef

from graph.errors import InvalidInput, LexgraphError, NotFound
from graph.namespaces import is_valid_id
from graph.store import GraphStore
from queries.names import NameIndex
from queries.nodes import describe_many
from queries.orders import search_titles, words
from queries.resolve import candidates, exists, name_index, parse_reference, resolve
from server.negotiate import choose, prefers_html

STATIC = Path(__file__).resolve().parent / "static"
TEMPLATES = Path(__file__).resolve().parent / "templates"

_env = Environment(
    loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
    trim_blocks=True, lstrip_blocks=True,
)

# The navigation of every page: (path, label). `current` in a page marks its entry.
NAV = (
    ("/", "Search"), ("/id/eo/", "Browse orders"), ("/query", "SPARQL query"), ("/docs", "API docs"),
    ("/ontology", "Ontology"), ("/dumps", "Dumps"),
)
# The canonical lineage the landing page draws (README "A worked lineage").
EXAMPLE = {"node": "EO 14060", "on": "2022-03-01"}
PAGE_TYPES = {"text/html": "html", "application/json": "json"}  # `/` and `/search`: HTML first for */*

router = APIRouter(tags=["pages"])


def render(name: str, **context: object) -> str:
    """Render server/templates/`name` (autoescaped) inside the shared layout."""
    context.setdefault("nav", NAV)
    context.setdefault("current", "")
    context.setdefault("build", None)
    context.setdefault("turtle", None)
    return _env.get_template(name).render(**context)


def build_info(store: GraphStore) -> dict[str, str | None]:
    """The store version served and when it was built, for the footer and the landing page."""
    version = str(store.info.get("built") or store.version)
    m = re.match(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})", version)
    built = f"{m[1]}-{m[2]}-{m[3]} {m[4]}:{m[5]} UTC" if m else None
    return {"version": version, "built": built}


def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A template rendered with the navigation and the build of the store being served."""
    context.setdefault("current", request.url.path)
    try:
        context.setdefault("build", build_info(request.app.state.stores.get()))
    except LexgraphError:  # no store: the page still renders, without the build line
        context.setdefault("build", None)
    return HTMLResponse(render(name, **context), status_code=status_code, headers={"Vary": "Accept"})


@cache
def query_page() -> str:
    """The static query page (server/static/query.html) set inside the shared layout: its <head>
    styles and scripts are kept, its <body> becomes the page's main content."""
    text = (STATIC / "query.html").read_text(encoding="utf-8")
    head = re.search(r"<head[^>]*>(.*?)</head>", text, re.S | re.I)
    body = re.search(r"<body[^>]*>(.*?)</body>", text, re.S | re.I)
    if not head or not body:
        return text
    title = re.search(r"<title>(.*?)</title>", head[1], re.S | re.I)
    extra = re.sub(r"<title>.*?</title>|<meta[^>]*>", "", head[1], flags=re.S | re.I)
    return render("static_page.html", title=Markup(title[1]).unescape() if title else "lexgraph",
                  current="/query", head_extra=Markup(extra), content=Markup(body[1]))


# ---------------------------------------------------------------- search


def _exact(store: GraphStore, text: str, index: NameIndex) -> str | None:
    """The node `text` names exactly — an order or section reference, a short id, an IRI, a
    Federal Register cite, or one node's name — without the fuzzy search a failed `resolve` does."""
    ref = parse_reference(text) or (text if is_valid_id(text) else None)
    if ref is not None:
        return store.base_iri + ref if exists(store, URIRef(store.base_iri + ref)) else None
    if text.lower().startswith(("http://", "https://")) or re.search(r"\d\s*(fr|fed\.? ?reg)", text, re.I):
        try:
            return str(resolve(store, text))
        except (NotFound, InvalidInput):
            return None
    nodes = index.nodes(text)
    return nodes[0] if len(nodes) == 1 else None


def suggest(store: GraphStore, q: str, limit: int = 10, fuzzy: int = 3) -> list[dict[str, Any]]:
    """Ranked suggestions for what someone typed: the node it names exactly (an ID, a citation,
    a name); then what has every word of it — orders by title (queries/orders.py ranking), other
    nodes by name, shortest first; then orders with some of the words; and, when fewer than `fuzzy`
    were found, names spelt close to it (difflib: slow at corpus size). One entry per node,
    however many of its names matched."""
    text = " ".join(q.split())
    wanted = words(text)
    index = name_index(store)
    found: list[tuple[str, str]] = []  # (iri, why), best first
    if (exact := _exact(store, text, index)) is not None:
        found.append((exact, "exact"))
    titles: list[dict] = []
    with contextlib.suppress(InvalidInput):
        titles = search_titles(store, text, limit)
    found += [(row["id"], "title") for row in titles if row["words_matched"] == row["words"]]
    found += [(node, "name") for _, node in index.named_by_words(wanted)[: limit * 2]]
    if exact is None:  # an exact ID or citation needs no orders that share one of its words
        found += [(row["id"], "title") for row in titles if row["words_matched"] != row["words"]]
    if len({iri for iri, _ in found}) < fuzzy:
        for name in candidates(store, text, n=5):
            found += [(node, "near") for node in index.nodes(name)]
    seen: dict[str, str] = {}
    for iri, why in found:
        seen.setdefault(iri, why)
    iris = list(seen)[:limit]
    infos = describe_many(store, iris)
    base = store.base_iri
    out = []
    for iri in iris:
        info = infos[iri]
        out.append({
            "id": iri, "label": info.label, "title": info.title if info.title != info.label else None,
            "type": type_label(info.type), "date": info.date, "match": seen[iri],
            "href": "/id/" + iri[len(base):] if iri.startswith(base) else iri,
        })
    return out


def warm(store: GraphStore) -> None:
    """Read what search needs (order titles, the name index) before the first search asks."""
    from queries.orders import order_table

    order_table(store)
    name_index(store)  # names for search, resolve and the suggestions of a 404 (queries/names.py)


def type_label(name: str) -> str:
    """'ExecutiveOrder' -> 'Executive order' (graph/node_types.py labels)."""
    from graph.node_types import BY_NAME

    return BY_NAME[name].label if name in BY_NAME else name


@router.get("/", include_in_schema=False)
def home(request: Request) -> Response:
    """The landing page; a JSON client gets a small index of the service instead."""
    store = request.app.state.stores.get()
    build = build_info(store)
    if choose(request.headers.get("accept"), PAGE_TYPES) == "json":
        return JSONResponse({
            "name": "lexgraph", "build": build, "coverage": store.info.get("coverage"),
            "links": {"search": "/search?q=", "orders": "/id/eo/", "sparql": "/sparql", "query": "/query",
                      "openapi": "/openapi.json", "docs": "/docs", "dumps": "/dumps", "ontology": "/ontology.ttl"},
        }, headers={"Vary": "Accept"})
    return page(request, "home.html", title="lexgraph — U.S. presidential instruments as a knowledge graph",
                example=EXAMPLE, coverage=coverage_lines(store), orders=_order_count(store), build=build, q="")


def _order_count(store: GraphStore) -> int:
    from queries.orders import order_table

    return len(order_table(store).rows)


def coverage_lines(store: GraphStore) -> list[str]:
    """How far the sources of the store reach, in words (the build's record of its corpus)."""
    coverage = store.info.get("coverage") or {}
    lines = []
    tables = coverage.get("tables_through") or {}
    if tables:
        through = "; ".join(f"{name} through {day}" for name, day in sorted(tables.items()))
        lines.append(f"Disposition tables: {through}")
    if coverage.get("texts_through"):
        lines.append(f"Order texts through {coverage['texts_through']} (actions the text extractor reads)")
    if not lines:
        lines.append("Curated facts only: no disposition table or order text in this store dates how far its "
                     "sources reach")
    return lines


@router.get("/search", include_in_schema=False)
def search(request: Request, q: Annotated[str, Query(max_length=1000)] = "") -> Response:
    """Search by ID or title words: JSON suggestions for scripts, an HTML list for browsers (or a
    redirect to the page, when the words name exactly one node and nothing else matches)."""
    store = request.app.state.stores.get()
    as_json = choose(request.headers.get("accept"), PAGE_TYPES) == "json"
    results = suggest(store, q, fuzzy=1 if as_json else 3) if q.strip() else []
    if as_json:
        return JSONResponse({"q": q, "results": results}, headers={"Vary": "Accept"})
    if results and results[0]["match"] == "exact" and request.query_params.get("go") == "1":
        return RedirectResponse(results[0]["href"], status_code=303)
    return page(request, "search.html", title=f"Search: {q}" if q else "Search", q=q, results=results, current="/")


@router.get("/dumps", include_in_schema=False)
def dumps(request: Request) -> HTMLResponse:
    """The whole graph in each export format (the files are /dumps/lexgraph.<ext>)."""
    from graph.export import EXPORT_FORMATS

    formats = [{"name": name, "media": media, "href": f"/dumps/lexgraph.{ext}"}
               for name, (media, ext) in EXPORT_FORMATS.items()]
    return page(request, "dumps.html", title="Dumps", formats=formats)


@router.get("/docs", include_in_schema=False)
def docs(request: Request) -> HTMLResponse:
    """Swagger UI 5 (OpenAPI 3.1) from the assets fastapi-offline ships, inside the site layout."""
    return page(request, "docs.html", title="lexgraph API", openapi_url="/openapi.json")


# ---------------------------------------------------------------- HTML 404 for browsers


def not_found_page(request: Request, message: str) -> HTMLResponse:
    """A 404 a person can act on: what was not found, the closest names, a search box."""
    path = request.url.path
    wanted = path[len("/id/"):] if path.startswith("/id/") else path.strip("/")
    wanted = re.sub(r"\.(ttl|nt|jsonld|rdf)$", "", wanted)
    results: list[dict[str, Any]] = []
    try:
        store = request.app.state.stores.get()
        guess = _readable(wanted)
        if guess:
            results = suggest(store, guess, limit=8)
    except LexgraphError:
        pass
    return page(request, "not_found.html", status_code=404, title="Not found", message=message, path=path,
                q=_readable(wanted), results=results)


def _readable(wanted: str) -> str:
    """'eo/14061' -> 'EO 14061'; 'org/usctoc' -> 'usctoc': what to search for."""
    m = re.match(r"^eo/(\d+)", wanted)
    if m:
        return f"EO {m[1]}"
    return wanted.rsplit("/", 1)[-1].replace("-", " ")[:200]


def install_not_found(app: FastAPI) -> None:
    """Answer browsers' 404s for unknown paths and unknown /id/ pages with an HTML page; the JSON
    API (/api/...) and every other client keep the JSON error shape of the handlers
    server/errors.py installed (they are wrapped, not replaced)."""
    from starlette.exceptions import HTTPException as StarletteHTTPException

    for kind in (LexgraphError, StarletteHTTPException):
        json_handler = app.exception_handlers[kind]

        async def handler(request: Request, exc: Exception, json_handler=json_handler) -> Response:
            status = getattr(exc, "http_status", None) or getattr(exc, "status_code", None)
            page_404 = not isinstance(exc, LexgraphError) or request.url.path.startswith("/id/")  # not /api/
            if status == 404 and page_404 and request.method in ("GET", "HEAD") and prefers_html(
                request.headers.get("accept")
            ):
                return not_found_page(request, str(exc) if isinstance(exc, LexgraphError) else "no page here")
            return await json_handler(request, exc)

        app.add_exception_handler(kind, handler)
