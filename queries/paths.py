"""Paths between nodes and ancestors/descendants, over the cached networkx projection."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice

import networkx as nx

from graph.edge_types import LINEAGE, edge_type, shown_type
from graph.errors import InvalidInput
from graph.node_types import BY_NAME as BY_TYPE
from graph.store import GraphStore
from queries.catalog import feed
from queries.projection import projection

MAX_PATHS = 50
# Hubs: nodes that join orders without relating them. A path through the Constitution links any two
# orders that invoke it, so a path skips hubs unless asked (`--through-hubs`, `via_hubs=true`); the
# two ends of a path are never skipped. A hub is a node of one of these kinds (graph/node_types.py:
# statutes, Code sections, the Constitution and its provisions, offices, Presidents, departments and
# agencies — what orders cite, rest on or direct) or one with more than HUB_DEGREE distinct neighbours.
HUB_KINDS = frozenset({"statute", "office", "person"})
HUB_TYPES = frozenset({"Department", "Agency"})
HUB_DEGREE = 40
_hub_cache: dict[int, tuple[nx.MultiDiGraph, frozenset[str]]] = {}


def hubs(graph: nx.MultiDiGraph) -> frozenset[str]:
    """The hub nodes of a projection graph (computed once per projection)."""
    cached = _hub_cache.get(id(graph))
    if cached is not None and cached[0] is graph:
        return cached[1]
    found = set()
    for node, data in graph.nodes(data=True):
        kind = BY_TYPE[data["type"]].kind if data.get("type") in BY_TYPE else None
        by_type = kind in HUB_KINDS or data.get("type") in HUB_TYPES
        if by_type or len(set(graph.predecessors(node)) | set(graph.successors(node))) > HUB_DEGREE:
            found.add(node)
    _hub_cache.clear()
    _hub_cache[id(graph)] = (graph, frozenset(found))
    return _hub_cache[id(graph)][1]


@dataclass
class PathResult:
    source: str
    target: str
    mode: str  # "timeline" (earlier -> later), "reverse" (b came first) or "undirected"
    via_hubs: bool = False  # whether the search could pass through hub nodes (HUB_KINDS, ...)
    paths: list[list[dict]] = field(default_factory=list)
    nodes: dict[str, dict] = field(default_factory=dict)

    def as_dict(self, with_sparql: bool = False) -> dict:
        out = dict(self.__dict__)
        if with_sparql:
            out["computed_by"] = (
                "networkx over the in-memory projection of the graph, which these SPARQL queries read "
                "once per store version"
            )
            out["sparql"] = "\n\n".join(feed(name).sparql for name in ("nodes", "parts", "edges"))
        return out


def _edge_filter(types: Iterable[str] | None, as_of: str | None):
    allowed = {edge_type(t).name for t in types} if types else None  # an unknown name is an error

    def keep(data: dict) -> bool:
        shown = shown_type(data["type"], bool(data.get("target_part")))
        if allowed is not None and not {data["type"], shown} & allowed:
            return False
        return not (as_of and data.get("date") and data["date"] > as_of)

    return keep


def _filtered(graph: nx.MultiDiGraph, keep, unfiltered: bool = False) -> nx.MultiDiGraph:
    """A read-only view of the edges `keep` accepts: no copy of the graph per request."""
    if unfiltered:
        return graph
    return nx.subgraph_view(graph, filter_edge=lambda u, v, k: keep(graph.edges[u, v, k]))


def _steps(graph: nx.MultiDiGraph, path: list[str], undirected: bool) -> list[dict]:
    steps = []
    for u, v in zip(path, path[1:], strict=False):
        candidates = list((graph.get_edge_data(u, v) or {}).values())
        if undirected and not candidates:
            candidates = list((graph.get_edge_data(v, u) or {}).values())
        data = sorted(candidates, key=lambda d: (d.get("method") != "curated", d.get("date") or ""))[0]
        steps.append({"from": u, "to": v, **{k: val for k, val in data.items() if val is not None}})
    return steps


def find_paths(
    store: GraphStore,
    source: str,
    target: str,
    *,
    max_length: int = 6,
    all_paths: bool = False,
    types: Iterable[str] | None = None,
    as_of: str | None = None,
    via_hubs: bool = False,
) -> PathResult:
    """Shortest path (or all simple paths up to `max_length`) from source to target.

    The timeline view is tried first in both directions, then the graph ignoring direction.
    Hub nodes (HUB_KINDS, HUB_TYPES, HUB_DEGREE) are not passed through unless `via_hubs`.
    """
    if max_length < 1 or max_length > 12:
        raise InvalidInput("max_length must be between 1 and 12")
    keep = _edge_filter(types, as_of)
    proj = projection(store)
    plain = not types and not as_of
    result = PathResult(source=source, target=target, mode="none", via_hubs=via_hubs)
    skip = frozenset() if via_hubs else hubs(proj.graph) - {source, target}

    def view(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
        graph = _filtered(graph, keep, plain)
        return nx.subgraph_view(graph, filter_node=lambda n: n not in skip) if skip else graph

    timeline = view(proj.timeline)
    attempts = [
        ("timeline", timeline, source, target, False),
        ("reverse", timeline, target, source, False),
        ("undirected", view(proj.graph), source, target, True),
    ]
    for mode, graph, a, b, undirected in attempts:
        if a not in graph or b not in graph:
            continue
        search = graph.to_undirected(as_view=True) if undirected else graph
        try:
            if all_paths:
                found = list(islice(nx.all_simple_paths(search, a, b, cutoff=max_length), MAX_PATHS))
            else:
                shortest = nx.shortest_path(search, a, b)
                found = [shortest] if len(shortest) - 1 <= max_length else []
        except nx.NetworkXNoPath:
            found = []
        if found:
            result.mode = mode
            result.paths = [_steps(graph, p, undirected) for p in sorted(found, key=len)]
            for node in {n for p in found for n in p}:
                result.nodes[node] = dict(proj.graph.nodes[node]) if node in proj.graph else {}
            return result
    return result


def related(
    store: GraphStore,
    node: str,
    direction: str,
    *,
    types: Iterable[str] | None = None,
    as_of: str | None = None,
) -> list[str]:
    """Ancestors ("up": what it comes from) or descendants ("down": what came after)."""
    proj = projection(store)
    graph = _filtered(proj.timeline, _edge_filter(types or LINEAGE, as_of))
    if node not in graph:
        return []
    found = nx.ancestors(graph, node) if direction == "up" else nx.descendants(graph, node)
    return sorted(found)
