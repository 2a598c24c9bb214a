"""SHACL validation of a store with pyshacl, reported as one readable line per violation."""

from __future__ import annotations

import io

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from graph.namespaces import PREFIXES
from graph.store import GraphStore
from ontology import SHAPES

SHAPES_NS = "https://w3id.org/lexgraph/shapes#"


def _short(term: object, base: str) -> str:
    text = str(term)
    if isinstance(term, URIRef):
        if text.startswith(base):
            return text[len(base) :]
        for prefix, ns in (PREFIXES | {"lexsh": SHAPES_NS}).items():
            if text.startswith(ns):
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"
    return repr(text) if len(text) < 80 else repr(text[:77] + "...")


def store_as_graph(store: GraphStore) -> Graph:
    """The union of all named graphs as one rdflib Graph (what the shapes constrain)."""
    buffer = io.BytesIO()
    store.dump(buffer, "ntriples")
    graph = Graph()
    graph.parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    return graph


def _describe(data: Graph, focus: object, base: str) -> str:
    """A node as the user knows it; a qualified edge also shows the triple it stands for."""
    name = _short(focus, base)
    s, p, o = (data.value(focus, prop) for prop in (RDF.subject, RDF.predicate, RDF.object))
    if s is not None and p is not None and o is not None:
        name += f" ({_short(s, base)} {_short(p, base)} {_short(o, base)})"
    return name


def _shorten_text(text: str, base: str) -> str:
    return text.replace(base, "")


def validate_graph(data: Graph, base: str) -> list[str]:
    """Every SHACL violation as 'node: rule: message', sorted; an empty list means valid."""
    shapes = Graph().parse(SHAPES, format="turtle")
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=True
    )
    if conforms:
        return []
    violations = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        shape = report.value(result, SH.sourceShape)
        value = report.value(result, SH.value)
        owner = shape if isinstance(shape, URIRef) else shapes.value(predicate=SH.property, object=shape)
        rule = _short(owner, base) if isinstance(owner, URIRef) else ""
        if path is not None and isinstance(path, URIRef):
            rule = f"{rule} [{_short(path, base)}]".strip()
        line = f"{_describe(data, focus, base)}: {rule or 'shape'}: {_shorten_text(str(message), base)}"
        if value is not None and value != focus:
            line += f" (value {_short(value, base)})"
        violations.append(line)
    return sorted(set(violations))


def validate_store(store: GraphStore, base: str) -> list[str]:
    return validate_graph(store_as_graph(store), base)
