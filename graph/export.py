"""Dumps of the whole graph in standard formats, with the project's prefixes.

Turtle, TriG and RDF/XML are written with the prefixes of graph/namespaces.py (`id:` = the store's
base IRI). JSON-LD gets the same prefixes as its `@context`: pyoxigraph writes expanded JSON-LD
(an array of graph objects, every IRI in full), streamed as the `@graph` of one object whose
`@context` defines the prefixes, so a JSON-LD processor can compact it and reads the same triples.
"""

from __future__ import annotations

import json
from typing import BinaryIO

from graph.namespaces import PREFIXES
from graph.store import RDF_FORMATS, GraphStore

EXPORT_FORMATS = {
    "turtle": ("text/turtle", "ttl"),
    "ntriples": ("application/n-triples", "nt"),
    "nquads": ("application/n-quads", "nq"),
    "trig": ("application/trig", "trig"),
    "jsonld": ("application/ld+json", "jsonld"),
    "rdfxml": ("application/rdf+xml", "rdf"),
}
assert set(EXPORT_FORMATS) == set(RDF_FORMATS)
PREFIXED = ("turtle", "trig", "rdfxml")  # the formats whose serializer writes prefixes


def prefixes(store: GraphStore) -> dict[str, str]:
    """The project's prefixes plus `id:` for the IRIs this store mints."""
    return PREFIXES | {"id": store.base_iri}


def jsonld_context(store: GraphStore) -> dict[str, str]:
    """The JSON-LD `@context` of an export: one term per prefix."""
    return dict(prefixes(store))


def export(store: GraphStore, output: BinaryIO, fmt: str) -> None:
    """Quad formats (N-Quads, TriG, JSON-LD) keep each source's named graph; triple formats
    (Turtle, N-Triples, RDF/XML) carry the union of all graphs."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "jsonld":
        context = json.dumps({"@context": jsonld_context(store)}, ensure_ascii=False, indent=1)
        output.write(context[:-2].encode() + b',\n "@graph": ')  # the object stays open for the array
        store.dump(output, fmt)
        output.write(b"\n}\n")
        return
    store.dump(output, fmt, prefixes=prefixes(store) if fmt in PREFIXED else None)
