"""Loaders turn source files into quads with provenance; they never write the store.

A loader returns `LoadedGraph`s: one named graph per source file, its quads as rdflib terms.
`graph.build` writes them; nothing here imports `graph.store` or the server.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib.term import Node, URIRef

Quad = tuple[Node, Node, Node, URIRef]


@dataclass
class LoadedGraph:
    """The quads one source file contributes, all in one named graph."""

    name: URIRef
    path: Path
    quads: list[Quad] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
