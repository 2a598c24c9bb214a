"""A store that lives in a SPARQL 1.1 Protocol + Graph Store Protocol server (Oxigraph server,
Fuseki, GraphDB, ...): the same read interface as the embedded `GraphStore` (graph/store_api.py),
so `lexgraph serve --store http://127.0.0.1:7878` serves the same API, pages and widget.

Design (README, "Remote store"):
- Requests go only to the configured store URL: its query, update and Graph Store endpoints are
  paths under it (defaults Oxigraph's /query, /update, /store); no proxies from the environment,
  no redirects followed. Every request has a timeout; a server that cannot be reached is a
  StoreUnavailable naming the URL, one that takes too long a Timeout (both 503).
- The default graph is the union of all graphs, as in the embedded store: lexgraph asks for it
  per query with Oxigraph's `union-default-graph` parameter (configurable; empty for an engine
  configured to do it itself, e.g. Fuseki's `tdb2:unionDefaultGraph`; `graphs` to name the build's
  graphs in every query). While a push stages, a marker in the pointer graph makes every reader
  name the build's graphs instead (`default-graph-uri` / `named-graph-uri`, standard protocol),
  so the staging graphs are seen by no one. A query that names its dataset (FROM, FROM NAMED,
  default-graph-uri) gets that dataset instead.
- Answers are parsed from SPARQL JSON results and N-Quads into the rdflib terms the embedded
  store gives, so queries/ cannot tell the stores apart.
- The build served is recorded in one named graph, `urn:lexgraph:store` (version, build record,
  the build's graphs); `version` is read from it at most once per `version_ttl` seconds, so everything cached
  by version (the projection, the name index, the order table) is fetched once per push.
- A push (`lexgraph build --store URL`) builds and validates locally like any build; only a build
  that passed SHACL validation is sent: in Graph Store Protocol POSTs of a few MB into staging
  graphs, then ONE small SPARQL Update (one transaction on the engine: Oxigraph evaluates all
  operations of a request, then commits) makes them the live graphs and rewrites the pointer.
  Readers see the old build or the new one, never a mixture; a push cut short before the switch
  removes what it staged and changes nothing served (`RemoteStore.push`).
"""

from __future__ import annotations

import json
import re
import secrets
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import httpx
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from graph.errors import (
    LexgraphError,
    NotAcceptable,
    PushFailed,
    QueryError,
    ResourceLimit,
    StoreMissing,
    StoreUnavailable,
    Timeout,
)
from graph.namespaces import DEFAULT_BASE_IRI
from graph.progress import NO_PROGRESS, Tasks
from graph.quads import Quad
from graph.sparql_text import where_groups
from graph.store import GraphStore, is_valid_iri, parse_quads

POINTER = URIRef("urn:lexgraph:store")  # the named graph (and subject) recording the build served
VERSION = URIRef("urn:lexgraph:version")
INFO = URIRef("urn:lexgraph:info")
PUSHING = URIRef("urn:lexgraph:pushing")  # set while a push stages: the graphs readers must name, a JSON list
STAGING = "urn:lexgraph:staging:"  # graphs a push uploads into before the switch; no reader addresses them
NAME_GRAPHS = "graphs"  # union_param value: each query names the build's graphs (default-graph-uri, ...)
GRACE = 2.0  # seconds between marking a push and its first chunk: readers re-read the pointer every second

RESULT_MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
GRAPH_MEDIA = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_POINTER_QUERY = (f"SELECT ?version ?info ?pushing WHERE {{ GRAPH <{POINTER}> {{ <{POINTER}> <{VERSION}> ?version ; "
                  f"<{INFO}> ?info OPTIONAL {{ <{POINTER}> <{PUSHING}> ?pushing }} }} }}")


def _graph_list(row: Mapping[str, Node]) -> list[str]:
    """The graphs of the build the pointer names (its record lists them)."""
    return [str(g) for g in json.loads(str(row["info"])).get("graphs", [])]


def _pushing(row: Mapping[str, Node]) -> list[str] | None:
    """The graphs to name while a push is staging, or None when none is."""
    return [str(g) for g in json.loads(str(row["pushing"]))] if "pushing" in row else None


def is_remote(store: object) -> bool:
    """`--store` names a remote store (an http(s) URL) rather than a directory."""
    return isinstance(store, str) and re.match(r"^https?://", store, re.I) is not None


def check_store_url(url: str) -> str:
    """The store URL without a trailing slash, or a ConfigError-worthy message (ValueError)."""
    if not re.match(r"^https?://[A-Za-z0-9.\-\[\]:]+(?::\d+)?(/[^\s?#<>\"{}|\\^`]*)?$", url):
        raise ValueError(f"the store URL {url!r} is not an http(s) URL without query or fragment")
    return url.rstrip("/")


def check_endpoint(name: str, path: str) -> str:
    """An endpoint is a path under the store URL: requests go nowhere else."""
    if not re.match(r"^/[^\s?#<>\"{}|\\^`]*$", path) or "//" in path or "/../" in f"{path}/":
        raise ValueError(f"{name} {path!r} must be a path under the store URL, like /query")
    return path


class RemoteStore:
    """The read interface of `GraphStore` over HTTP (see the module docstring)."""

    path: Path | None = None  # no build directory: nothing derived is saved beside it

    def __init__(
        self, url: str, *, query: str = "/query", update: str = "/update", gsp: str = "/store",
        union_param: str = "union-default-graph", timeout: float = 10.0, version_ttl: float = 1.0,
    ) -> None:
        self.url = check_store_url(url)
        self.endpoints = {"query": check_endpoint("query endpoint", query),
                          "update": check_endpoint("update endpoint", update),
                          "gsp": check_endpoint("graph store endpoint", gsp)}
        self.union_param = union_param
        self.timeout = timeout
        self.version_ttl = version_ttl
        # trust_env=False: no HTTP(S)_PROXY or .netrc: requests go to the URL given and nowhere else
        self._client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
                                    trust_env=False, follow_redirects=False)
        self._lock = threading.Lock()
        self._checked = 0.0
        self._version: str | None = None
        self._info: dict = {}
        self._graphs: list[str] = []  # the graphs of the version served
        self._pushing: list[str] | None = None  # while a push stages: the graphs to name instead of the union
        self._derived: dict[str, Any] = {}  # counts and graph lists of the version served

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    def close(self) -> None:
        self._client.close()

    # -- the build served ---------------------------------------------------------------------

    def _refresh(self) -> None:
        if self._version is not None and time.monotonic() - self._checked < self.version_ttl:
            return
        with self._lock:
            if self._version is not None and time.monotonic() - self._checked < self.version_ttl:
                return
            rows = self.select(_POINTER_QUERY, union=False)
            if not rows:
                raise StoreMissing(f"no lexgraph build at the remote store {self.url}; "
                                   f"push one with `lexgraph --store {self.url} build`")
            version = str(rows[0]["version"])
            self._pushing = _pushing(rows[0])  # read every time: it comes and goes under one version
            if version != self._version:
                self._info = json.loads(str(rows[0]["info"]))
                self._graphs = _graph_list(rows[0])
                self._derived = {}
                self._version = version
            self._checked = time.monotonic()

    @property
    def version(self) -> str:
        self._refresh()
        assert self._version is not None
        return self._version

    @property
    def info(self) -> dict:
        self._refresh()
        return self._info

    @property
    def base_iri(self) -> str:
        return self.info.get("base_iri", DEFAULT_BASE_IRI)

    def _per_version(self, key: str, make: Any) -> Any:
        version = self.version
        found = self._derived.get(key)
        if found is None or found[0] != version:
            found = self._derived[key] = (version, make())
        return found[1]

    # -- HTTP ---------------------------------------------------------------------------------

    def _send(self, method: str, endpoint: str, timeout: float | None = None, max_bytes: int | None = None,
              **kwargs: Any) -> tuple[httpx.Response, bytes]:
        """One request to the store and its whole body, read before `timeout` (default: the store's)
        has passed in all, not only between two reads: a server that trickles an answer is cut off.
        Transport failures and server errors become LexgraphErrors naming the URL."""
        target = self.url + self.endpoints[endpoint]
        seconds = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + seconds
        chunks: list[bytes] = []
        size = 0
        expired = threading.Event()
        try:
            # Waiting for the status line is bounded by the read timeout; from then on a timer
            # closes the response at the deadline, however slowly the bytes come.
            with self._client.stream(method, target, timeout=httpx.Timeout(seconds, connect=min(seconds, 5.0)),
                                     **kwargs) as response:
                def expire() -> None:
                    expired.set()
                    response.close()

                timer = threading.Timer(max(deadline - time.monotonic(), 0.0), expire)
                timer.daemon = True
                timer.start()
                try:
                    for chunk in response.iter_bytes():
                        chunks.append(chunk)
                        size += len(chunk)
                        if max_bytes is not None and size > max_bytes:
                            raise ResourceLimit(f"answer larger than the {max_bytes} byte limit")
                finally:
                    timer.cancel()
                if expired.is_set():
                    raise httpx.ReadTimeout("the answer took longer than the deadline")
        except (httpx.HTTPError, httpx.StreamError) as exc:
            if expired.is_set() or isinstance(exc, httpx.TimeoutException):
                raise Timeout(f"the remote store at {self.url} did not answer within {seconds:g} s "
                              f"({type(exc).__name__})") from exc
            raise StoreUnavailable(f"the remote store at {self.url} is unavailable: {exc or type(exc).__name__}; "
                                   "is its SPARQL server running?") from exc
        body = b"".join(chunks)
        if response.status_code >= 400:
            text = body.decode("utf-8", "replace").strip()[:500]
            if response.status_code == 400:
                what = "SPARQL syntax error or a query" if endpoint == "query" else "a request"
                raise QueryError(f"{what} the remote store at {self.url} refused: {text}")
            if response.status_code == 406:
                raise NotAcceptable(f"the remote store at {self.url} cannot answer as "
                                    f"{kwargs.get('headers', {}).get('Accept')}")
            if not (response.status_code == 404 and endpoint == "gsp"):
                raise StoreUnavailable(f"the remote store at {self.url} answered {response.status_code} "
                                       f"to {method} {self.endpoints[endpoint]}: {text}")
        return response, body

    def _query(self, sparql: str, accept: str, *, union: bool = True, default_graphs: Iterable[str] = (),
               named_graphs: Iterable[str] = (), timeout: float | None = None,
               max_bytes: int | None = None) -> tuple[httpx.Response, bytes]:
        form: dict[str, Any] = {"query": sparql}
        defaults, named = list(default_graphs), list(named_graphs)
        if defaults:
            form["default-graph-uri"] = defaults
        if named:
            form["named-graph-uri"] = named
        if union and not defaults and not named:
            self._refresh()  # no build served: StoreMissing (a first push may be uploading)
            if self._pushing is not None or self.union_param == NAME_GRAPHS:
                # The union of the build's graphs, named: graphs a push is staging stay out of sight.
                form["default-graph-uri"] = form["named-graph-uri"] = self._pushing or self._graphs
            elif self.union_param:
                form[self.union_param] = ""
        return self._send("POST", "query", timeout=timeout, max_bytes=max_bytes, data=form,
                          headers={"Accept": accept})

    # -- reading ------------------------------------------------------------------------------

    def select(self, sparql: str, bindings: Mapping[str, Any] | None = None,
               union: bool = True) -> list[dict[str, Node]]:
        """Run a SELECT; each row maps variable name -> rdflib term (unbound variables absent)."""
        body = json.loads(self._query(bind(sparql, bindings), RESULT_MEDIA["json"], union=union)[1])
        if "results" not in body:
            raise QueryError("expected a SELECT query")
        return [{name: term_from_json(value) for name, value in row.items()} for row in body["results"]["bindings"]]

    def ask(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> bool:
        body = json.loads(self._query(bind(sparql, bindings), RESULT_MEDIA["json"])[1])
        if "boolean" not in body:
            raise QueryError("expected an ASK query")
        return bool(body["boolean"])

    def query_serialized(
        self, sparql: str, result_format: str = "json", graph_format: str = "turtle",
        bindings: Mapping[str, Any] | None = None, output: BinaryIO | None = None, query_dataset: bool = False,
    ) -> tuple[str, bytes | None]:
        """Run any query and return (kind, the remote's serialized answer, or None if `output`)."""
        kind, body = self.forward(bind(sparql, bindings), result_format, graph_format, union=not query_dataset)
        if output is not None:
            output.write(body)
            return kind, None
        return kind, body

    def forward(
        self, sparql: str, result_format: str | None, graph_format: str | None, *, union: bool = True,
        default_graphs: Iterable[str] = (), named_graphs: Iterable[str] = (), timeout: float | None = None,
        max_bytes: int | None = None,
    ) -> tuple[str, bytes]:
        """The /sparql endpoint's path to a remote store: the query (already checked by
        queries/guard.py) is sent as it is; returns (select | ask | graph, the answer's bytes)."""
        offers = [RESULT_MEDIA[result_format]] if result_format else []
        offers += [GRAPH_MEDIA[graph_format]] if graph_format else []
        response, body = self._query(sparql, ", ".join(offers), union=union, default_graphs=default_graphs,
                                     named_graphs=named_graphs, timeout=timeout, max_bytes=max_bytes)
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if media in GRAPH_MEDIA.values() or media in ("application/rdf+xml", "application/ld+json"):
            return "graph", body
        return ("ask" if _is_boolean(body, result_format) else "select"), body

    def has_graph(self, graph: URIRef) -> bool:
        return self.ask(f"ASK {{ GRAPH {term_to_sparql(graph)} {{ ?s ?p ?o }} }}")

    def serialize_graph(self, graph: URIRef, fmt: str) -> bytes:
        """One named graph (not the union), by a Graph Store Protocol GET."""
        response, body = self._send("GET", "gsp", params={"graph": str(graph)},
                                    headers={"Accept": GRAPH_MEDIA[fmt]})
        if response.status_code == 404:  # like the embedded store: a graph with no triples
            return GraphStore.in_memory().serialize_graph(graph, fmt)
        return body

    def named_graphs(self) -> list[URIRef]:
        """The build's graphs, as the pointer names them (not a push's staging graphs)."""
        self._refresh()
        return sorted(URIRef(g) for g in self._graphs)

    def __len__(self) -> int:
        def fetch() -> int:
            graphs = " ".join(f"<{g}>" for g in self._graphs)
            rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?s ?p ?o }} }}",
                               union=False)
            return int(rows[0]["n"])
        return self._per_version("len", fetch)

    def _dataset(self) -> list[Quad]:
        """Every quad of the build served (a Graph Store Protocol GET of the whole dataset)."""
        _, body = self._send("GET", "gsp", timeout=max(self.timeout, 60.0), headers={"Accept": GRAPH_MEDIA["nquads"]})
        live = set(self.named_graphs())
        return [q for q in parse_quads(body) if q[3] in live]

    def quads(self) -> Iterator[Quad]:
        yield from self._dataset()

    def dump(self, output: BinaryIO, fmt: str, prefixes: Mapping[str, str] | None = None) -> None:
        """Write the whole store as the embedded store would (same serializer, same prefixes)."""
        local = GraphStore.in_memory()
        local.add_quads(self._dataset())
        local.dump(output, fmt, prefixes=prefixes)

    # -- writing: a whole validated build, staged in bounded chunks, then switched at once ------

    def push(self, local: GraphStore, info: dict, *, chunk_bytes: int = 4_000_000, tasks: Tasks = NO_PROGRESS,
             timeout: float = 600.0) -> PushReport:
        """Replace the build served by the one in `local` (README, "Remote store"): upload it in
        Graph Store Protocol POSTs of at most `chunk_bytes` of N-Triples into staging graphs, then
        switch in ONE small SPARQL Update (one transaction on the engine) that turns the live graphs
        into the staged ones and rewrites the pointer. While it stages, a marker in the pointer graph
        makes every reader name the build's graphs instead of asking for the union, so no reader sees
        a staging graph. A push that fails or is interrupted before the switch removes what it staged
        and leaves the build served as it was; the error says which chunk or step failed and why.
        With no build served yet the chunks go straight into the live graphs: without the pointer no
        reader reads anything."""
        version = str(info.get("built") or "")
        if not version:
            raise LexgraphError("a push needs a finished build (its record has no 'built' stamp)")
        if json.loads(local.query_serialized("ASK { ?s ?p ?o }", query_dataset=True)[1] or b"{}").get("boolean"):
            raise LexgraphError("the build has triples in its default graph; a remote store serves named graphs "
                                "only (every lexgraph source has its own graph)")
        try:
            served = self._pointer()
        except LexgraphError as exc:
            raise type(exc)(f"the push to {self.url} did not start: {exc}") from exc
        graphs = local.named_graphs()
        record = json.dumps(dict(info, graphs=[str(g) for g in graphs]), sort_keys=True)
        token = f"{int(time.time())}-{secrets.token_hex(4)}"
        staged = {g: (URIRef(f"{STAGING}{token}:{i}") if served else g) for i, g in enumerate(graphs)}
        report = PushReport(quads=len(local), graphs=len(graphs), replaced=served[0] if served else None)
        clock = time.perf_counter()
        task = tasks.start(f"pushing to {self.url}", total=report.quads)
        done: list[URIRef] = []
        where = "marking the push in the pointer graph"
        try:
            if served:  # readers name the graphs of both builds from now on (empty ones are harmless)
                self._update(f"DELETE WHERE {{ GRAPH <{POINTER}> {{ <{POINTER}> <{PUSHING}> ?x }} }} ;\n"
                             f"INSERT DATA {{ GRAPH <{POINTER}> {{ <{POINTER}> <{PUSHING}> "
                             f"{_literal(json.dumps(sorted({*served[1], *map(str, graphs)})))} }} }}", timeout)
                time.sleep(GRACE)  # every reader has re-read the pointer before the first chunk lands
            where = "removing what an earlier push left"
            self._remove(self._leftovers(staging_only=bool(served)), timeout)
            for graph in graphs:
                for number, lines, chunk in graph_chunks(local, graph, chunk_bytes):
                    where = (f"chunk {report.chunks + 1} (graph <{graph}>, part {number}, {lines} triples, "
                             f"{len(chunk):,} bytes)")
                    if staged[graph] not in done:
                        done.append(staged[graph])
                    self._post_chunk(staged[graph], chunk, timeout)
                    report.chunks += 1
                    report.bytes += len(chunk)
                    task.advance(lines)
            where = "in the switch (one SPARQL Update)"
            report.switch_seconds = self._switch(staged, served, version, record, timeout)
        except (Exception, KeyboardInterrupt) as exc:
            if not self._switched(version):
                cleaned = self._cleanup(done, bool(served), timeout)
                before = f"build {served[0]}" if served else "no build (nothing was served before)"
                why = "interrupted" if isinstance(exc, KeyboardInterrupt) else f"{exc or type(exc).__name__}"
                raise PushFailed(f"the push to {self.url} failed at {where} after {report.chunks} chunks were "
                                 f"sent: {why}. Nothing was switched: the remote still serves {before}. "
                                 f"{cleaned}") from exc
        finally:
            task.done()
            with self._lock:
                self._version, self._checked = None, 0.0  # read the pointer again on next use
        if served:  # the staging graphs, then the marker: readers go back to the union
            try:
                self._remove(list(staged.values()), timeout)
                self._update(f"DELETE WHERE {{ GRAPH <{POINTER}> {{ <{POINTER}> <{PUSHING}> ?x }} }}", timeout)
            except LexgraphError as exc:
                report.warnings.append(f"the new build is served, but its staging graphs could not all be removed "
                                       f"({exc}); readers keep naming the build's graphs, so none sees them, and "
                                       "the next push removes them")
        report.seconds = time.perf_counter() - clock
        return report

    def _update(self, text: str, timeout: float) -> None:
        self._send("POST", "update", timeout=timeout, content=text.encode(),
                   headers={"Content-Type": "application/sparql-update"})

    def _pointer(self) -> tuple[str, list[str]] | None:
        """(version, graphs) of the build served, or None if there is none."""
        rows = self.select(_POINTER_QUERY, union=False)
        if not rows:
            return None
        return str(rows[0]["version"]), _graph_list(rows[0])

    def _leftovers(self, staging_only: bool) -> list[URIRef]:
        """Graphs a push must clear first: staging graphs an earlier push left (killed before it could
        remove them), and, when no build is served, whatever else is there (the dataset is lexgraph's)."""
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", union=False)
        found = [r["g"] for r in rows if isinstance(r.get("g"), URIRef)]
        if staging_only:
            return [g for g in found if str(g).startswith(STAGING)]
        return [g for g in found if g != POINTER]

    def _post_chunk(self, graph: URIRef, chunk: bytes, timeout: float) -> None:
        response, body = self._send("POST", "gsp", timeout=timeout, params={"graph": str(graph)}, content=chunk,
                                    headers={"Content-Type": GRAPH_MEDIA["ntriples"]})
        if not 200 <= response.status_code < 300:
            raise StoreUnavailable(f"the remote store answered {response.status_code} to POST "
                                   f"{self.endpoints['gsp']}: {body.decode('utf-8', 'replace')[:300]}")

    def _switch(self, staged: dict[URIRef, URIRef], served: tuple[str, list[str]] | None, version: str,
                record: str, timeout: float) -> float:
        """The one update that makes the new build the one served. Each live graph becomes its staged
        copy by deleting what the new build lacks and inserting what it adds, so the transaction holds
        the difference between the builds, not both of them; graphs of the old build that the new one
        lacks are dropped; the pointer gets the new version and record (the push marker stays until
        the staging graphs are gone)."""
        steps = []
        if served:
            for live, stage in staged.items():
                steps.append(f"DELETE {{ GRAPH <{live}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{live}> {{ ?s ?p ?o }} "
                             f"FILTER NOT EXISTS {{ GRAPH <{stage}> {{ ?s ?p ?o }} }} }}")
                steps.append(f"INSERT {{ GRAPH <{live}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{stage}> {{ ?s ?p ?o }} "
                             f"FILTER NOT EXISTS {{ GRAPH <{live}> {{ ?s ?p ?o }} }} }}")
            steps += [f"DROP SILENT GRAPH <{g}>" for g in served[1] if URIRef(g) not in staged]
            steps += [f"DELETE WHERE {{ GRAPH <{POINTER}> {{ <{POINTER}> <{p}> ?x }} }}" for p in (VERSION, INFO)]
        else:
            steps.append(f"DROP SILENT GRAPH <{POINTER}>")
        steps.append(f"INSERT DATA {{ GRAPH <{POINTER}> {{ <{POINTER}> <{VERSION}> {_literal(version)} ; "
                     f"<{INFO}> {_literal(record)} }} }}")
        clock = time.perf_counter()
        self._update(" ;\n".join(steps), timeout)
        return time.perf_counter() - clock

    def _switched(self, version: str) -> bool:
        """After a failure: did the switch happen anyway (the answer lost after the engine committed)?"""
        try:
            served = self._pointer()
        except LexgraphError:
            return False
        return served is not None and served[0] == version

    def _cleanup(self, graphs: list[URIRef], marked: bool, timeout: float) -> str:
        """Remove what a failed push staged, then its marker; say what became of them."""
        try:
            self._remove(graphs, timeout)
            if marked:
                self._update(f"DELETE WHERE {{ GRAPH <{POINTER}> {{ <{POINTER}> <{PUSHING}> ?x }} }}", timeout)
        except (Exception, KeyboardInterrupt) as exc:
            return (f"What it staged could not be removed ({exc or type(exc).__name__}): readers keep naming the "
                    "build's graphs, so none sees it, and the next push removes it.")
        return f"The {len(graphs)} staging graph(s) were removed." if marked else (
            f"The {len(graphs)} graph(s) it had started were removed.")

    def _remove(self, graphs: list[URIRef], timeout: float, batch: int = 100_000) -> None:
        """Empty graphs in updates of at most `batch` quads each, so no single transaction holds a
        whole build (DROP GRAPH would delete it all in one), then drop their names (Oxigraph keeps an
        emptied graph's name)."""
        for graph in graphs:
            while self.select(f"SELECT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} LIMIT 1", union=False):
                self._update(f"DELETE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} WHERE {{ {{ SELECT ?s ?p ?o "
                             f"WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} LIMIT {batch} }} }}", timeout)
            self._update(f"DROP SILENT GRAPH <{graph}>", timeout)  # empty now: the name goes too


@dataclass
class PushReport:
    """What a push did, for the CLI's last line and the benchmark."""

    quads: int
    graphs: int
    replaced: str | None  # the version served before, if any
    chunks: int = 0
    bytes: int = 0
    seconds: float = 0.0
    switch_seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


def graph_chunks(local: GraphStore, graph: URIRef, chunk_bytes: int) -> Iterator[tuple[int, int, bytes]]:
    """One graph's N-Triples in pieces of at most `chunk_bytes` (or one triple, if longer), cut
    between lines: each piece is a whole N-Triples document. (No blank-node label is renamed by the
    engine's parser, so a node split across pieces stays one node.) Spooled through a temporary file,
    so a large graph is never held in memory whole."""
    with tempfile.TemporaryFile() as fh:
        local.query_serialized(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                               graph_format="ntriples", output=fh, query_dataset=True)
        fh.seek(0)
        number, pending = 0, b""
        while True:
            data = pending + fh.read(max(chunk_bytes - len(pending), 0))
            if not data:
                return
            cut = data.rfind(b"\n") + 1
            if cut == 0:  # no line ends in it: one triple longer than a chunk, or the last line
                data += fh.readline()
                cut = len(data)
            number += 1
            piece = data[:cut]
            yield number, piece.count(b"\n") + (not piece.endswith(b"\n")), piece
            pending = data[cut:]


def build_and_push(remote: RemoteStore, graphs: list, minter: Any, chunk_bytes: int | None = None,
                   **build_args: Any) -> tuple[Any, PushReport]:
    """`lexgraph build --store URL`: build and validate in a scratch directory with the same code
    as an embedded build (graph/build.py), then push it. A build that fails validation raises
    ValidationFailed before anything is sent: the remote keeps serving what it served."""
    from graph.build import build

    with tempfile.TemporaryDirectory(prefix="lexgraph-push-") as tmp:
        root = Path(tmp) / "store"
        report = build(root, graphs, minter, **build_args)
        local = GraphStore.open(root)
        try:
            pushed = remote.push(local, local.info, tasks=build_args.get("tasks", NO_PROGRESS),
                                 **({"chunk_bytes": chunk_bytes} if chunk_bytes else {}))
        finally:
            del local  # release RocksDB before the directory goes
    return report, pushed


# -- terms ----------------------------------------------------------------------------------


def term_from_json(value: Mapping[str, str]) -> Node:
    """A SPARQL JSON results term -> the rdflib term `graph.store.from_ox` gives for it."""
    kind = value.get("type")
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if kind in ("literal", "typed-literal"):
        if value.get("xml:lang"):
            return Literal(value["value"], lang=value["xml:lang"])
        datatype = value.get("datatype")
        if datatype is None or datatype in (_XSD_STRING, _RDF_LANG_STRING):
            return Literal(value["value"])
        return Literal(value["value"], datatype=URIRef(datatype))
    raise QueryError(f"the remote store answered a term lexgraph cannot read: {value}")


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def term_to_sparql(term: Any) -> str:
    """An rdflib term (or a plain str IRI) as SPARQL / N-Triples text."""
    if isinstance(term, URIRef) or (isinstance(term, str) and not isinstance(term, Literal | BNode)):
        if not is_valid_iri(str(term)):
            raise QueryError(f"not an absolute IRI: {str(term)!r}")
        return f"<{term}>"
    if isinstance(term, BNode):
        return "_:b" + re.sub(r"[^A-Za-z0-9_]", "_", str(term))
    if isinstance(term, Literal):
        text = _literal(str(term))
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return f"{text}^^<{term.datatype}>"
        return text
    raise TypeError(f"cannot send {term!r} as an RDF term")


def bind(sparql: str, bindings: Mapping[str, Any] | None) -> str:
    """The query with `bindings` as a VALUES clause opening each WHERE group — the query's and
    every sub-SELECT's, since a canned query projects its parameters from each sub-SELECT that
    uses them (queries/catalog.py): what pyoxigraph's `substitutions` do in process, said in
    SPARQL for a server. Binding inside the sub-SELECTs, not only around them, is what keeps a
    bound property path from being evaluated for every start node first."""
    if not bindings:
        return sparql
    offsets = where_groups(sparql)
    if not offsets:
        raise QueryError("a query with bound parameters needs a 'WHERE {' group to bind them in")
    names = " ".join(f"?{name}" for name in bindings)
    row = " ".join(term_to_sparql(value) for value in bindings.values())
    clause = f"\n  VALUES ({names}) {{ ({row}) }}\n"
    for at in reversed(offsets):
        sparql = sparql[:at] + clause + sparql[at:]
    return sparql


def _is_boolean(body: bytes, result_format: str | None) -> bool:
    head = body[:200].lstrip()
    if result_format == "json":
        return head.startswith(b"{") and b'"boolean"' in head
    if result_format == "xml":
        return b"<boolean>" in body[:1000]
    return body.strip() in (b"true", b"false")


def open_store(settings: Any) -> Any:
    """The store `settings` name: a RemoteStore for an http(s) `--store`, else the embedded build."""
    if settings.remote is None:
        return GraphStore.open(settings.store)
    return RemoteStore(
        settings.remote, query=settings.remote_query, update=settings.remote_update, gsp=settings.remote_gsp,
        union_param="" if settings.remote_union == "none" else settings.remote_union,
        timeout=settings.query_timeout,
    )
