"""The data a loader hands to a build: quads in one named graph per source file.

Defined here, below both `loaders/` (which produce it) and `graph/build.py` (which writes it),
so neither package imports the other.
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
