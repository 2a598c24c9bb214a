"""HTTP caching keyed by the store version: ETag, Cache-Control, Vary, Last-Modified, 304.

Every answer of `/api/*`, `/id/*`, `/dumps/*` and GET `/sparql` is a function of the build
served (`GraphStore.version`: a write through /update or /store makes a new build), the request
(path, query string, Host, the representation `Accept` selects), today's date (a status with no
date is today's) and a few settings. The ETag is a hash of exactly those, so it is known
*before* the answer is computed: a request whose `If-None-Match` holds it is answered 304 here,
without running the route, reading the store or leasing a query worker. `Cache-Control:
public, no-cache` lets browsers and shared caches keep answers but makes them revalidate each
use, so a write is visible at once and a repeat costs one 304 (the widget's `fetch` does this by
itself). Successful `/api/*` and GET `/sparql` answers are also kept in memory (a bounded LRU,
emptied when the version changes), so a repeated widget load or query from a client without a
cache does not recompute: a repeated point lookup costs the HTTP stack alone (BENCHMARKS.md,
"Session 9"). A streamed SPARQL answer past `MAX_ENTRY_BYTES` is not kept.

Not cached: POST, errors (only a 200 gets an ETag) and SPARQL queries whose answer may differ
between two runs (NOW, RAND, UUID, STRUUID, BNODE), and the service description (GET /sparql
without a query), whose blank nodes are new each time.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import hashlib
import re
from collections import OrderedDict
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.errors import LexgraphError
from server.negotiate import GRAPH_TYPES, RESULT_TYPES, choose, prefers_html

CACHE_CONTROL = b"public, no-cache"
VARY = b"Accept"
CODE = "lexgraph 0.1.0 cache 1"  # bump when an answer's bytes change for the same build and request
MAX_ENTRIES = 512  # answers kept in memory
MAX_BYTES = 64 * 1024 * 1024  # ... and their total size
MAX_ENTRY_BYTES = 4 * 1024 * 1024  # a bigger answer is not kept
VOLATILE = re.compile(r"\b(?:NOW|RAND|UUID|STRUUID|BNODE)\s*\(", re.I)
SPARQL_PATHS = ("/sparql", "/sparql/")
SUFFIXES = {".ttl": "turtle", ".nt": "ntriples", ".jsonld": "jsonld", ".rdf": "rdfxml"}


def variant(path: str, query: str, accept: str | None) -> str | None:
    """The representation a GET would answer with, decided from the request alone (the same
    negotiation the routes do), or None when the answer is not cacheable."""
    if path.startswith("/api/"):
        return "json"
    if path.startswith("/dumps/"):
        return "file"
    if path.startswith("/id/"):
        for suffix, name in SUFFIXES.items():
            if path.endswith(suffix):
                return name
        return "html" if prefers_html(accept) else choose(accept, GRAPH_TYPES)
    if path in SPARQL_PATHS:
        sparql = next((v for k, v in parse_qsl(query, keep_blank_values=True) if k == "query"), None)
        if sparql is None:  # the service description (rdflib's blank nodes differ per run) or the page
            return None
        if VOLATILE.search(sparql):
            return None
        return sparql_variant(accept)
    return None


def sparql_variant(accept: str | None) -> str:
    """The representation of a /sparql answer: the result format and the graph format `Accept` selects."""
    return f"{choose(accept, RESULT_TYPES)}|{choose(accept, GRAPH_TYPES)}"


def settings_salt(settings) -> str:
    """The settings an answer depends on (the update token only as on/off)."""
    return f"{settings.max_results}|{settings.allow_service}|{settings.update_token is not None}"


def make_etag(version: str, path: str, query: str, host: str, form: str, day: dt.date, salt: str) -> bytes:
    key = "\0".join((CODE, salt, version, day.isoformat(), host, path, query, form))
    return b'"' + hashlib.blake2b(key.encode(), digest_size=16).hexdigest().encode() + b'"'


def matches(if_none_match: str, etag: bytes) -> bool:
    """RFC 9110 §13.1.2: weak comparison against a list of entity tags. `*` (any current
    representation) is not taken: whether one exists is only known by answering."""
    ours = etag.decode()
    for tag in if_none_match.split(","):
        tag = tag.strip()
        if tag.startswith("W/"):
            tag = tag[2:]
        if tag == ours:
            return True
    return False


@functools.lru_cache(maxsize=16)  # once per build, not per request (strptime: ~7 µs)
def last_modified(version: str) -> dt.datetime | None:
    """When the build was made, from its stamp (`20261125T212113Z-ab12`); None for other versions."""
    try:
        return dt.datetime.strptime(version[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def not_modified_since(header: str, modified: dt.datetime) -> bool:
    try:
        since = email.utils.parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    return modified <= since


class AnswerCache:
    """Recent `/api/*` and GET `/sparql` answers of one store version, least recently used dropped first."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self.version: str | None = None
        self.entries: OrderedDict[bytes, tuple[list, bytes]] = OrderedDict()
        self.size = 0
        self.hits = self.misses = self.not_modified = 0

    def get(self, version: str, etag: bytes, count: bool = True) -> tuple[list, bytes] | None:
        """The kept headers and body; `count`: add to the hits or misses (False: the caller counts)."""
        if version != self.version:
            self.clear(version)
        found = self.entries.get(etag)
        if found is None:
            self.misses += count
            return None
        self.hits += count
        self.entries.move_to_end(etag)
        return found

    def put(self, version: str, etag: bytes, headers: list, body: bytes) -> None:
        if version != self.version:
            self.clear(version)
        if not self.max_bytes or len(body) > min(MAX_ENTRY_BYTES, self.max_bytes) or etag in self.entries:
            return  # off (`--answer-cache-mb 0`), too big, or already kept
        self.entries[etag] = (headers, body)
        self.size += len(body)
        while len(self.entries) > self.max_entries or self.size > self.max_bytes:
            _, (_, old) = self.entries.popitem(last=False)
            self.size -= len(old)

    def clear(self, version: str | None = None) -> None:
        self.version, self.size = version, 0
        self.entries.clear()

    def stats(self) -> dict:
        return {"answers_cached": len(self.entries), "answer_cache_bytes": self.size,
                "answer_cache_hits": self.hits, "answer_cache_misses": self.misses,
                "not_modified": self.not_modified}


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1")
    return None


def _with_vary(headers: list) -> list:
    """The response's headers with Accept added to its Vary (kept if already there)."""
    out, found = [], False
    for key, value in headers:
        if key.lower() == b"vary":
            found = True
            if b"accept" not in [v.strip().lower() for v in value.split(b",")]:
                value = value + b", " + VARY
        out.append((key, value))
    if not found:
        out.append((b"vary", VARY))
    return out


class ConditionalCache:
    """Pure ASGI middleware: ETag and friends on cacheable answers, 304 before any work, and the
    in-memory answer cache for `/api/*` and GET `/sparql`. The app's `state.stores` gives the version and
    `state.answer_cache` (an AnswerCache, made by create_app) keeps the answers."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._salt: str | None = None

    def _settings_salt(self, scope: Scope) -> str:
        """The settings an answer depends on (the update token only as on/off)."""
        if self._salt is None:
            self._salt = settings_salt(scope["app"].state.settings)
        return self._salt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        path, query = scope["path"], scope.get("query_string", b"").decode("latin-1")
        form = variant(path, query, _header(scope, b"accept"))
        if form is None:
            await self.app(scope, receive, send)
            return
        answers: AnswerCache = scope["app"].state.answer_cache
        try:
            version = scope["app"].state.stores.get().version
        except LexgraphError:  # no store: the route answers it in the usual error shape
            await self.app(scope, receive, send)
            return
        etag = make_etag(version, path, query, _header(scope, b"host") or "", form, dt.date.today(),
                         self._settings_salt(scope))
        modified = last_modified(version) if form != "json" and form != "html" else None
        headers = [(b"etag", etag), (b"cache-control", CACHE_CONTROL), (b"vary", VARY)]
        if modified is not None:
            headers.append((b"last-modified", email.utils.format_datetime(modified, usegmt=True).encode()))
        if_none_match, since = _header(scope, b"if-none-match"), _header(scope, b"if-modified-since")
        if (if_none_match is not None and matches(if_none_match, etag)) or (
            if_none_match is None and since is not None and modified is not None
            and not_modified_since(since, modified)
        ):
            answers.not_modified += 1
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        keep = path.startswith("/api/") or path in SPARQL_PATHS  # answers kept in memory (not /id/, dumps)
        if keep and (found := answers.get(version, etag)) is not None:
            kept_headers, body = found
            await send({"type": "http.response.start", "status": 200, "headers": kept_headers})
            await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body,
                        "more_body": False})
            return
        keep = keep and scope["method"] == "GET"
        started: dict = {}
        chunks: list[bytes] = []

        async def send_tagged(message: Message) -> None:
            nonlocal keep
            if message["type"] == "http.response.start":
                started["status"] = message["status"]
                if message["status"] == 200:
                    ours = {k for k, _ in headers if k != b"vary"}
                    tagged = [(k, v) for k, v in message.get("headers", []) if k.lower() not in ours]
                    message = {**message, "headers": [*_with_vary(tagged), *(h for h in headers if h[0] != b"vary")]}
                    started["headers"] = message["headers"]
                else:
                    keep = False
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                if sum(map(len, chunks)) > MAX_ENTRY_BYTES:
                    keep, chunks[:] = False, []
                elif not message.get("more_body", False):
                    answers.put(version, etag, started["headers"], b"".join(chunks))
            await send(message)

        await self.app(scope, receive, send_tagged)
