"""Browsing the corpus: every order by President and year with status counts, and orders found by
the words of their title.

Both read one table of orders (queries/rq/orders.rq), made once per store version like the
projection; statuses come from queries/status.py.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from rdflib import URIRef

from graph.errors import InvalidInput
from graph.store import GraphStore
from queries.catalog import feed
from queries.versioned import PerVersion

_WORD = re.compile(r"[a-z0-9]+")
_STOP = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "certain",
         "order", "orders", "executive", "eo"}


@dataclass
class OrderRow:
    id: str
    label: str
    number: int | None
    title: str | None
    signed: str | None
    president: str | None
    president_name: str | None

    def key(self) -> tuple:
        return (self.number or 0, self.label)


@dataclass
class OrderTable:
    version: str
    rows: list[OrderRow] = field(default_factory=list)
    index: dict[str, set[int]] = field(default_factory=dict)  # title word -> row positions
    presidents: dict[str, str] = field(default_factory=dict)  # person IRI -> name


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def _build(store: GraphStore) -> OrderTable:
    table = OrderTable(version=store.version)
    seen: dict[str, OrderRow] = {}
    for row in feed("orders").run(store):
        node = str(row["node"])
        if node in seen:
            continue
        seen[node] = OrderRow(
            id=node, label=str(row["label"]), number=int(row["number"]) if "number" in row else None,
            title=str(row["title"]) if "title" in row else None, signed=str(row["signed"]) if "signed" in row else None,
            president=str(row["president"]) if "president" in row else None,
            president_name=str(row["presidentName"]) if "presidentName" in row else None,
        )
    table.rows = sorted(seen.values(), key=OrderRow.key)
    for i, order in enumerate(table.rows):
        for word in set(words(order.title or "")):
            table.index.setdefault(word, set()).add(i)
        if order.president:
            table.presidents[order.president] = order.president_name or order.president
    return table


order_table: PerVersion[OrderTable] = PerVersion(_build)
"""The table of orders of the store's current version."""


def find_president(table: OrderTable, text: str) -> tuple[str, str]:
    """'Obama', 'barack-obama', 'Joseph R. Biden Jr.', 'Biden', a person IRI -> (IRI, name)."""
    wanted = text.strip().lower()
    flat = re.sub(r"[^a-z0-9]+", " ", wanted).strip()
    matches = []
    for iri, name in table.presidents.items():
        slug = iri.rsplit("/", 1)[-1]
        plain = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()
        if wanted in (iri.lower(), slug, name.lower()) or flat == plain or flat.replace(" ", "-") == slug:
            return iri, name
        if flat and (flat in plain.split() or flat in plain):
            matches.append((iri, name))
    if len(matches) == 1:
        return matches[0]
    names = sorted(name for _iri, name in (matches or table.presidents.items()))
    raise InvalidInput(f"{'ambiguous' if matches else 'unknown'} President {text!r}; one of: {', '.join(names)}")


def list_orders(
    store: GraphStore, president: str | None = None, year: int | None = None
) -> tuple[list[OrderRow], str | None]:
    table = order_table(store)
    rows = table.rows
    name = None
    if president:
        iri, name = find_president(table, president)
        rows = [r for r in rows if r.president == iri]
    if year is not None:
        rows = [r for r in rows if r.signed and r.signed.startswith(f"{year:04d}-")]
    return rows, name


def orders_with_status(store: GraphStore, president: str | None, year: int | None, on: dt.date,
                       limit: int = 0) -> dict:
    from queries.status import status

    rows, name = list_orders(store, president, year)
    counts: Counter[str] = Counter()
    out = []
    for row in rows:
        state = status(store, URIRef(row.id), on).status
        counts[state] += 1
        if not limit or len(out) < limit:
            out.append({"id": row.id, "label": row.label, "number": row.number, "title": row.title,
                        "signed": row.signed, "president": row.president_name, "status": state})
    coverage = store.info.get("coverage") or {}
    tables = max((d for d in (coverage.get("tables_through") or {}).values()), default=None)
    return {"president": president, "president_label": name, "year": year, "on": on.isoformat(),
            "total": len(rows), "status_counts": dict(counts.most_common()), "orders": out,
            "coverage": {"tables_through": tables, "texts_through": coverage.get("texts_through"),
                         "note": ("each status rests on the sources listed in its status answer; none records "
                                  f"actions after {max(filter(None, (tables, coverage.get('texts_through'))))}")
                         if tables or coverage.get("texts_through") else "curated facts only"}}


def search_titles(store: GraphStore, query: str, limit: int = 20) -> list[dict]:
    """Orders ranked by the words of their title: each query word found adds its inverse document
    frequency (rare words count more); orders with every word come first, then by score, newest first."""
    table = order_table(store)
    wanted = words(query)
    if not wanted:
        raise InvalidInput(f"no words to search for in {query!r}")
    total = max(len(table.rows), 1)
    scores: Counter[int] = Counter()
    hits: Counter[int] = Counter()
    for word in dict.fromkeys(wanted):
        found: set[int] = set(table.index.get(word, ()))
        if not found and len(word) >= 4:  # a prefix: 'immigra' finds 'immigration'
            for known, positions in table.index.items():
                if known.startswith(word):
                    found |= positions
        weight = math.log(1 + total / (1 + len(found)))
        for i in found:
            scores[i] += weight
            hits[i] += 1
    ranked = sorted(scores, key=lambda i: (-hits[i], -scores[i], -(table.rows[i].number or 0)))
    return [
        {"id": table.rows[i].id, "label": table.rows[i].label, "title": table.rows[i].title,
         "signed": table.rows[i].signed, "president": table.rows[i].president_name,
         "score": round(scores[i], 3), "words_matched": hits[i], "words": len(set(wanted))}
        for i in ranked[:limit]
    ]
