"""Content negotiation tables and a plain `Accept` parser (q-values, wildcards)."""

from __future__ import annotations

import functools
import math

RESULT_TYPES = {  # SELECT / ASK
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {  # CONSTRUCT / DESCRIBE
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
CANONICAL = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """'text/csv;q=0.5, application/json' -> [('application/json', 1.0), ('text/csv', 0.5)]."""
    if not header:
        return [("*/*", 1.0)]
    ranges = []
    for index, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":  # parameter names are case-insensitive (RFC 9110 §5.6.6)
                try:
                    number = float(value)
                except ValueError:
                    number = math.nan
                q = max(0.0, min(1.0, number)) if math.isfinite(number) else 0.0
        ranges.append((media, q, index))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(m, q) for m, q, _ in ranges]


def _quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """The q the header gives one media type: its most specific matching range sets it (RFC 9110 §12.5.1)."""
    family = media.split("/")[0] + "/*"
    for candidate in (media, family, "*/*"):
        for accepted, q in ranges:
            if accepted == candidate:
                return q
    return 0.0


def choose(header: str | None, offers: dict[str, str]) -> str | None:
    """The format name to answer with, or None when nothing acceptable is offered (406).

    Each offered type gets the q of the most specific range that matches it; the highest q wins,
    ties going to the range the client listed first, then to the order of `offers`.
    """
    return _choose(header, tuple(offers.items()))


@functools.lru_cache(maxsize=256)  # a /sparql query asks four times; clients send few distinct headers
def _choose(header: str | None, offers: tuple[tuple[str, str], ...]) -> str | None:
    ranges = parse_accept(header)
    best: tuple[float, int, int] | None = None
    chosen = None
    for order, (offered, name) in enumerate(offers):
        q = _quality(offered, ranges)
        if q <= 0:
            continue
        listed = next((i for i, (m, _) in enumerate(ranges) if m in (offered, offered.split("/")[0] + "/*", "*/*")),
                      len(ranges))
        key = (-q, listed, order)
        if best is None or key < best:
            best, chosen = key, name
    return chosen


def prefers_html(header: str | None) -> bool:
    """A browser's Accept: its first choice is HTML."""
    ranges = parse_accept(header)
    return bool(ranges) and ranges[0][0] in ("text/html", "application/xhtml+xml")
