"""Dumps of the whole graph in standard formats."""

from __future__ import annotations

from typing import BinaryIO

from graph.namespaces import PREFIXES
from graph.store import DATASET_FORMATS, RDF_FORMATS, GraphStore

EXPORT_FORMATS = {
    "turtle": ("text/turtle", "ttl"),
    "ntriples": ("application/n-triples", "nt"),
    "nquads": ("application/n-quads", "nq"),
    "trig": ("application/trig", "trig"),
    "jsonld": ("application/ld+json", "jsonld"),
    "rdfxml": ("application/rdf+xml", "rdf"),
}
assert set(EXPORT_FORMATS) == set(RDF_FORMATS)


def export(store: GraphStore, output: BinaryIO, fmt: str) -> None:
    """Quad formats (N-Quads, TriG, JSON-LD) keep each source's named graph; triple formats
    (Turtle, N-Triples, RDF/XML) carry the union of all graphs."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    prefixes = PREFIXES | {"id": store.base_iri}
    store.dump(output, fmt, prefixes=prefixes if fmt not in DATASET_FORMATS or fmt == "trig" else None)
