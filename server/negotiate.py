"""Content negotiation tables and a plain `Accept` parser (q-values, wildcards)."""

from __future__ import annotations

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
            if key.strip() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q, index))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(m, q) for m, q, _ in ranges]


def choose(header: str | None, offers: dict[str, str]) -> str | None:
    """The format name to answer with, or None when nothing acceptable is offered (406)."""
    for media, q in parse_accept(header):
        if q <= 0:
            continue
        if media in offers:
            return offers[media]
        if media == "*/*":
            return next(iter(offers.values()))
        if media.endswith("/*"):
            family = media[:-1]
            for offered, name in offers.items():
                if offered.startswith(family):
                    return name
    return None


def prefers_html(header: str | None) -> bool:
    """A browser's Accept: its first choice is HTML."""
    ranges = parse_accept(header)
    return bool(ranges) and ranges[0][0] in ("text/html", "application/xhtml+xml")
