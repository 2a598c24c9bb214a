"""What queries/ and server/ ask of a store, written down once so two stores can serve it.

`graph.store.GraphStore` (embedded pyoxigraph) and `graph.remote.RemoteStore` (any SPARQL 1.1
Protocol + Graph Store Protocol server) both satisfy `ReadableStore`; tests/test_remote_store.py
checks that neither lacks a member. Everything crosses this boundary as rdflib terms and bytes.
Writes (builds, `lexgraph load`, /update) stay with the embedded store: a remote one is written
only by `lexgraph build --store URL`, which pushes a whole validated build (graph/remote.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO, Protocol, runtime_checkable

from rdflib import URIRef
from rdflib.term import Node

from graph.quads import Quad


@runtime_checkable
class ReadableStore(Protocol):
    """The read side of a lexgraph store: union-default-graph SPARQL plus a few graph reads."""

    path: Path | None  # the build directory of an embedded store; None for a remote one
    info: dict  # the build's record: base_iri, built, triples, graphs, coverage, ...

    @property
    def base_iri(self) -> str: ...

    @property
    def version(self) -> str:
        """Changes with every build (or push): the cache key of everything derived from the store."""
        ...

    def select(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> list[dict[str, Node]]: ...

    def ask(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> bool: ...

    def query_serialized(
        self, sparql: str, result_format: str = "json", graph_format: str = "turtle",
        bindings: Mapping[str, Any] | None = None, output: BinaryIO | None = None, query_dataset: bool = False,
    ) -> tuple[str, bytes | None]: ...

    def has_graph(self, graph: URIRef) -> bool: ...

    def serialize_graph(self, graph: URIRef, fmt: str) -> bytes: ...

    def named_graphs(self) -> list[URIRef]: ...

    def __len__(self) -> int: ...

    def dump(self, output: BinaryIO, fmt: str, prefixes: Mapping[str, str] | None = None) -> None: ...

    def quads(self) -> Iterator[Quad]: ...
