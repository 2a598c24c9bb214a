"""Canned SPARQL queries: one `.rq` file each, with a header like Datasette's canned queries.

    # name: lineage
    # title: Lineage of an instrument or body
    # description: ... (may continue on following "#   " lines)
    # param: node iri  The instrument or body whose lineage to trace
    PREFIX ...
    SELECT ?node ...

Parameters are typed (iri, date, string, integer) and bound with pyoxigraph substitutions,
never pasted into the text, so a parameter cannot change the query. A parameter must be
projected by the query (and by any subquery using it): that is how substitution reaches it.

A query that lists the whole store is paged: its header says `# page: N` and its text holds one
`LIMIT N OFFSET 0`, so the text as written is its first page. `offset` (a whole number, 0 by
default) picks a later page; it is the one value written into the text, as a checked integer,
since SPARQL cannot bind LIMIT or OFFSET. The full listings the in-memory projection, the name
index and the order table are built from are `feeds` (rq/feeds/*.rq): not canned queries, run
once per store version.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph.errors import InvalidInput, LexgraphError, NotFound, QueryError
from graph.iri import check_iri
from graph.sparql_text import where_group
from graph.store import GraphStore
from queries.guard import keywords

RQ_DIR = Path(__file__).resolve().parent / "rq"
FEEDS_DIR = RQ_DIR / "feeds"
PARAM_TYPES = ("iri", "date", "string", "integer")
OFFSET = "offset"  # the page parameter of a paged query


def _page_clause(size: int) -> re.Pattern[str]:
    return re.compile(rf"\bLIMIT\s+{size}\s+OFFSET\s+0\b", re.IGNORECASE)


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str


@dataclass(frozen=True)
class CannedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    sparql: str
    path: Path = field(compare=False)
    page: int | None = None  # rows (or listed keys) per page of a paged query

    def split_offset(self, values: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """(the page offset, the other values): `offset` of a paged query, checked; for a query
        that is not paged it stays among the values, where `bind` names it as unknown."""
        if self.page is None or OFFSET not in values:
            return 0, values
        rest = {k: v for k, v in values.items() if k != OFFSET}
        text = str(values[OFFSET]).strip()
        if not text.isdigit():
            raise QueryError(f"parameter {OFFSET}: {text!r} is not a whole number of rows to skip")
        return int(text), rest

    def text(self, offset: int = 0) -> str:
        """The SPARQL of one page (any offset but 0 only for a paged query)."""
        if offset == 0:
            return self.sparql
        if self.page is None:
            raise QueryError(f"query {self.name!r} is not paged; it takes no {OFFSET}")
        return _page_clause(self.page).sub(f"LIMIT {self.page} OFFSET {int(offset)}", self.sparql, count=1)

    def prepared(self, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """(the text of the page asked for, the bound parameters): what `run` runs."""
        offset, rest = self.split_offset(values)
        return self.text(offset), self.bind(rest)

    def bind(self, values: dict[str, Any]) -> dict[str, Any]:
        """Check and convert user values to RDF terms; unknown or missing names are errors."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            takes = ", ".join(known) or "none"
            names = ", ".join(unknown)
            raise QueryError(f"query {self.name!r} has no parameter(s) {names}; it takes: {takes}")
        missing = sorted(set(known) - set(values))
        if missing:
            raise QueryError(f"query {self.name!r} needs parameter(s): {', '.join(missing)}")
        return {name: convert(known[name], value) for name, value in values.items()}

    def text_bound(self, **values: Any) -> str:
        """The query with its parameters written in as VALUES clauses opening every WHERE group
        (graph/remote.py `bind`): the SPARQL behind an answer, runnable as it is on any SPARQL 1.1
        engine and fast there, since each sub-SELECT starts from the bound node (one VALUES clause
        after the query leaves the sub-SELECTs unbound: minutes at a million quads)."""
        from graph.remote import bind

        return bind(*self.prepared(values))

    @property
    def kind(self) -> str:
        """"select", "ask", "construct" or "describe": the query form."""
        forms = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
        return next((w for w in keywords(self.sparql) if w in forms), "SELECT").lower()

    def run(self, store: GraphStore, **values: Any) -> list[dict[str, Any]]:
        """The rows of a SELECT query (its parameters are checked first, whatever its form); of a
        paged query, one page (`offset=...`, 0 by default)."""
        sparql, bindings = self.prepared(values)
        if self.kind != "select":
            raise QueryError(f"query {self.name!r} is a {self.kind.upper()} query; it answers RDF, not rows")
        return store.select(sparql, bindings)

    def run_many(self, store: GraphStore, param: str, values: Iterable[Any], **others: Any) -> list[dict[str, Any]]:
        """Rows for many values of one IRI parameter in one query: they are written as
        `VALUES ?param { ... }` at the start of the query's WHERE group, where the engine joins
        from them first (a trailing VALUES clause is joined last: hundreds of times slower).
        Each value is checked as an absolute IRI first, so none can change the query; the
        other parameters are bound as usual."""
        known = {p.name: p for p in self.params}
        if param not in known or known[param].type != "iri":
            raise QueryError(f"query {self.name!r} has no IRI parameter {param!r}")
        if self.kind != "select":
            raise QueryError(f"query {self.name!r} is a {self.kind.upper()} query; it answers RDF, not rows")
        terms = sorted({str(convert(known[param], v)) for v in values})
        if not terms:
            return []
        rest = {p.name: p for p in self.params if p.name != param}
        missing = sorted(set(rest) - set(others))
        unknown = sorted(set(others) - set(rest))
        if missing or unknown:
            raise QueryError(f"query {self.name!r}: missing {missing or 'nothing'}, unknown {unknown or 'nothing'}")
        bindings = {name: convert(rest[name], value) for name, value in others.items()}
        at = where_group(self.sparql)
        if at is None:
            raise QueryError(f"query {self.name!r} has no 'WHERE {{' to bind {param} in")
        values_clause = f"\n  VALUES ?{param} {{ {' '.join(f'<{t}>' for t in terms)} }}\n"
        return store.select(self.sparql[:at] + values_clause + self.sparql[at:], bindings)

    def serialize(self, store: GraphStore, graph_format: str = "turtle", **values: Any) -> bytes:
        """The RDF a CONSTRUCT or DESCRIBE query answers, serialized."""
        sparql, bindings = self.prepared(values)
        _, body = store.query_serialized(sparql, graph_format=graph_format, bindings=bindings)
        return body or b""


def convert(param: Param, value: Any) -> Any:
    """A user value -> the RDF term of the parameter's type, or a QueryError saying why not."""
    if isinstance(value, URIRef | Literal):
        return value
    text = str(value).strip()
    try:
        if param.type == "iri":
            try:
                return URIRef(check_iri(text, "IRI"))
            except InvalidInput as exc:
                raise ValueError(str(exc)) from exc
        if param.type == "date":
            return Literal(dt.date.fromisoformat(text).isoformat(), datatype=XSD.date)
        if param.type == "integer":
            return Literal(int(text), datatype=XSD.integer)
        return Literal(text)
    except ValueError as exc:
        raise QueryError(f"parameter {param.name}: {text!r} is not a valid {param.type} ({exc})") from exc


def parse_rq(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    params: list[Param] = []
    last = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        m = re.match(r"^(name|title|description|param|page):\s*(.*)$", body)
        if m and m.group(1) == "param":
            pm = re.match(r"^(\w+)\s+(\w+)\s*(.*)$", m.group(2))
            if not pm or pm.group(2) not in PARAM_TYPES:
                raise LexgraphError(f"{path}: bad param line {body!r} (want: param: NAME TYPE description)")
            params.append(Param(pm.group(1), pm.group(2), pm.group(3)))
            last = None
        elif m:
            header[m.group(1)] = m.group(2)
            last = m.group(1)
        elif last and body:
            header[last] += " " + body
    for key in ("name", "title", "description"):
        if key not in header:
            raise LexgraphError(f"{path}: header lacks '# {key}:'")
    if header["name"] != path.stem:
        raise LexgraphError(f"{path}: name {header['name']!r} differs from the file name")
    page = None
    if "page" in header:
        if not header["page"].isdigit() or int(header["page"]) < 1:
            raise LexgraphError(f"{path}: bad page line {header['page']!r} (want: page: ROWS)")
        page = int(header["page"])
        if len(_page_clause(page).findall(text)) != 1 or any(p.name == OFFSET for p in params):
            raise LexgraphError(f"{path}: a paged query holds exactly one 'LIMIT {page} OFFSET 0' and no ?{OFFSET}")
    return CannedQuery(header["name"], header["title"], header["description"], tuple(params), text, path, page)


@cache
def catalog() -> dict[str, CannedQuery]:
    return {q.name: q for q in (parse_rq(p) for p in sorted(RQ_DIR.glob("*.rq")))}


@cache
def feed(name: str) -> CannedQuery:
    """A full listing (rq/feeds/NAME.rq) that an in-memory index is built from once per store version."""
    path = FEEDS_DIR / f"{name}.rq"
    if not path.is_file():
        raise LexgraphError(f"no feed query {path}")
    return parse_rq(path)


def get(name: str) -> CannedQuery:
    queries = catalog()
    if name not in queries:
        import difflib

        raise NotFound(name, difflib.get_close_matches(name, list(queries), n=3, cutoff=0.4))
    return queries[name]
