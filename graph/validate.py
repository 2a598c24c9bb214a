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


# --------------------------------------------------------------------------------------------
# The same shapes, evaluated as SPARQL on the store (for stores too large for pyshacl).
# --------------------------------------------------------------------------------------------

PYSHACL_MAX_TRIPLES = 250_000  # above this, validate_store evaluates the shapes as SPARQL on the store
_SUPPORTED = {
    SH.path, SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.pattern, SH["in"], SH.minLength,
    SH.minInclusive, SH.nodeKind, SH.message,
}


def validate_store(store: GraphStore, base: str, engine: str = "auto") -> list[str]:
    """Every violation of ontology/shapes.ttl in the store: by pyshacl on an rdflib copy for small
    stores ("pyshacl"), or each constraint as one SPARQL query on the store itself ("sparql")."""
    if engine == "pyshacl" or (engine == "auto" and len(store) <= PYSHACL_MAX_TRIPLES):
        return validate_graph(store_as_graph(store), base)
    return validate_store_sparql(store, base)


def _term(value: object) -> str:
    from rdflib import Literal

    if isinstance(value, URIRef):
        return f"<{value}>"
    if isinstance(value, Literal):
        return value.n3()
    raise TypeError(value)


def shape_queries(shapes: Graph | None = None) -> list[tuple[URIRef, URIRef | None, str, str, URIRef | None]]:
    """(node shape, path or None, message, SELECT ?this [?value ...], targetClass) for every
    constraint of the shapes: what `validate_store_sparql` runs. Property constraints become one
    query each; SHACL-SPARQL constraints run as written, with `$this` bound by the target class."""
    shapes = shapes if shapes is not None else Graph().parse(SHAPES, format="turtle")
    from rdflib.namespace import RDFS

    prefixes = "".join(
        f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
        for d in shapes.objects(None, SH.declare)
    )
    out = []
    for shape in sorted(shapes.subjects(RDF.type, SH.NodeShape)):
        for target in sorted(shapes.objects(shape, SH.targetClass)):
            focus = f"?this a <{target}> ."
            for prop in shapes.objects(shape, SH.property):
                unknown = set(shapes.predicates(prop)) - _SUPPORTED
                if unknown:
                    raise ValueError(f"{shape}: property constraint uses {sorted(unknown)}, not evaluated as SPARQL")
                path = shapes.value(prop, SH.path)
                message = str(shapes.value(prop, SH.message))
                p = f"<{path}>"
                if (n := shapes.value(prop, SH.minCount)) is not None:
                    out.append((shape, path, message, f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {p} ?v }} }} "
                                f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {int(n)})", target))
                if (n := shapes.value(prop, SH.maxCount)) is not None:
                    out.append((shape, path, message, f"SELECT ?this WHERE {{ {focus} ?this {p} ?v }} "
                                f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {int(n)})", target))
                tests = []
                if (d := shapes.value(prop, SH.datatype)) is not None:
                    tests.append(f"!isLiteral(?value) || DATATYPE(?value) != <{d}>")
                if (k := shapes.value(prop, SH["class"])) is not None:
                    out.append((shape, path, message, f"PREFIX rdfs: <{RDFS}>\nSELECT DISTINCT ?this ?value WHERE {{ "
                                f"{focus} ?this {p} ?value . FILTER NOT EXISTS {{ ?value a ?k . "
                                f"?k rdfs:subClassOf* <{k}> }} }}", target))
                if (pattern := shapes.value(prop, SH.pattern)) is not None:
                    tests.append(f"!REGEX(STR(?value), {_term(pattern)})")
                if (values := shapes.value(prop, SH["in"])) is not None:
                    from rdflib.collection import Collection

                    tests.append("?value NOT IN (" + ", ".join(_term(v) for v in Collection(shapes, values)) + ")")
                if (n := shapes.value(prop, SH.minLength)) is not None:
                    tests.append(f"STRLEN(STR(?value)) < {int(n)}")
                if (n := shapes.value(prop, SH.minInclusive)) is not None:
                    tests.append(f"?value < {_term(n)}")
                if shapes.value(prop, SH.nodeKind) == SH.IRI:
                    tests.append("!isIRI(?value)")
                for test in tests:
                    select = f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {p} ?value . FILTER ({test}) }}"
                    out.append((shape, path, message, select, target))
            for constraint in shapes.objects(shape, SH.sparql):
                select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
                where = select.index("{")
                query = prefixes + select[: where + 1] + f" {focus} " + select[where + 1 :]
                out.append((shape, None, str(shapes.value(constraint, SH.message)), query, target))
    return out


def validate_store_sparql(store: GraphStore, base: str, progress=None) -> list[str]:
    """The shapes of ontology/shapes.ttl checked by SPARQL queries on the store (see shape_queries):
    the same constraints pyshacl checks, for a store of millions of triples."""
    import re

    violations = set()
    for shape, path, message, query, _target in shape_queries():
        rule = _short(shape, base) + (f" [{_short(path, base)}]" if path is not None else "")
        for row in store.select(query):
            focus = row["this"]
            text = re.sub(r"\{\?(\w+)\}", lambda m, row=row: str(row.get(m.group(1), "")).replace(base, ""), message)
            line = f"{_describe_in_store(store, focus, base)}: {rule}: {text}"
            value = row.get("value")
            if value is not None and value != focus:
                line += f" (value {_short(value, base)})"
            violations.add(line)
        if progress is not None:
            progress()
    return sorted(violations)


def _describe_in_store(store: GraphStore, focus: object, base: str) -> str:
    name = _short(focus, base)
    if isinstance(focus, URIRef):
        rows = store.select(
            "SELECT ?q ?s ?p ?o WHERE { ?q <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ; "
            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p ; "
            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o } LIMIT 1", {"q": focus})
        if rows:
            r = rows[0]
            name += f" ({_short(r['s'], base)} {_short(r['p'], base)} {_short(r['o'], base)})"
    return name
