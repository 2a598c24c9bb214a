"""SHACL validation of a store with pyshacl, reported as one readable line per violation."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SH, XSD

from graph.namespaces import ELI, LEX, PREFIXES
from graph.store import GraphStore
from graph.stored_terms import kept_as_written, plain_date
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

QUERY_THREADS = 2  # SHACL-SPARQL queries evaluated at once
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
    if isinstance(value, URIRef):
        return f"<{value}>"
    if isinstance(value, Literal):
        return value.n3()
    raise TypeError(value)


@dataclass(frozen=True)
class Constraint:
    """One constraint of the shapes: a property constraint (`kind` minCount, maxCount, datatype,
    class, pattern, in, minLength, minInclusive, nodeKind, with its `param`) or a SHACL-SPARQL one
    (`kind` "sparql", `param` its SELECT with `$this` bound by the target class)."""

    shape: URIRef
    target: URIRef
    path: URIRef | None
    message: str
    kind: str
    param: object
    select: str = ""  # a SHACL-SPARQL constraint's sh:select as the shapes state it ($this unbound)


def shape_constraints(shapes: Graph | None = None) -> list[Constraint]:
    """Every constraint of ontology/shapes.ttl, once per target class, in a fixed order."""
    shapes = shapes if shapes is not None else Graph().parse(SHAPES, format="turtle")
    from rdflib.collection import Collection

    prefixes = "".join(
        f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
        for d in shapes.objects(None, SH.declare)
    )
    out = []
    for shape in sorted(shapes.subjects(RDF.type, SH.NodeShape)):
        for target in sorted(shapes.objects(shape, SH.targetClass)):
            for prop in shapes.objects(shape, SH.property):
                unknown = set(shapes.predicates(prop)) - _SUPPORTED
                if unknown:
                    raise ValueError(f"{shape}: property constraint uses {sorted(unknown)}, not evaluated as SPARQL")
                path = shapes.value(prop, SH.path)
                message = str(shapes.value(prop, SH.message))

                def add(kind: str, param: object, shape: URIRef = shape, target: URIRef = target,
                        path: URIRef = path, message: str = message) -> None:
                    out.append(Constraint(shape, target, path, message, kind, param))

                if (n := shapes.value(prop, SH.minCount)) is not None:
                    add("minCount", int(n))
                if (n := shapes.value(prop, SH.maxCount)) is not None:
                    add("maxCount", int(n))
                if (k := shapes.value(prop, SH["class"])) is not None:
                    add("class", k)
                if (d := shapes.value(prop, SH.datatype)) is not None:
                    add("datatype", d)
                if (pattern := shapes.value(prop, SH.pattern)) is not None:
                    add("pattern", pattern)
                if (values := shapes.value(prop, SH["in"])) is not None:
                    add("in", tuple(Collection(shapes, values)))
                if (n := shapes.value(prop, SH.minLength)) is not None:
                    add("minLength", int(n))
                if (n := shapes.value(prop, SH.minInclusive)) is not None:
                    add("minInclusive", n)
                if shapes.value(prop, SH.nodeKind) == SH.IRI:
                    add("nodeKind", SH.IRI)
            for constraint in shapes.objects(shape, SH.sparql):
                select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
                where = select.index("{")
                query = prefixes + select[: where + 1] + f" ?this a <{target}> . " + select[where + 1 :]
                out.append(Constraint(shape, target, None, str(shapes.value(constraint, SH.message)), "sparql", query,
                                      str(shapes.value(constraint, SH.select))))
    return out


def constraint_query(c: Constraint) -> str:
    """The SPARQL SELECT that finds the violations of one constraint: rows of ?this (and ?value)."""
    focus, p = f"?this a <{c.target}> .", f"<{c.path}>"
    if c.kind == "sparql":
        return str(c.param)
    if c.kind == "minCount":
        return (f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {p} ?v }} }} "
                f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {c.param})")
    if c.kind == "maxCount":
        return f"SELECT ?this WHERE {{ {focus} ?this {p} ?v }} GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {c.param})"
    if c.kind == "class":
        return (f"PREFIX rdfs: <{RDFS}>\nSELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {p} ?value . "
                f"FILTER NOT EXISTS {{ ?value a ?k . ?k rdfs:subClassOf* <{c.param}> }} }}")
    tests = {
        "datatype": lambda: f"!isLiteral(?value) || DATATYPE(?value) != <{c.param}>",
        "pattern": lambda: f"!REGEX(STR(?value), {_term(c.param)})",
        "in": lambda: "?value NOT IN (" + ", ".join(_term(v) for v in c.param) + ")",  # type: ignore[attr-defined]
        "minLength": lambda: f"STRLEN(STR(?value)) < {c.param}",
        "minInclusive": lambda: f"?value < {_term(c.param)}",
        "nodeKind": lambda: "!isIRI(?value)",
    }
    return f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {p} ?value . FILTER ({tests[c.kind]()}) }}"


def shape_queries(shapes: Graph | None = None) -> list[tuple[URIRef, URIRef | None, str, str, URIRef | None]]:
    """(node shape, path or None, message, SELECT ?this [?value ...], targetClass) for every
    constraint of the shapes: what `validate_store_sparql` runs. Property constraints become one
    query each; SHACL-SPARQL constraints run as written, with `$this` bound by the target class."""
    return [(c.shape, c.path, c.message, constraint_query(c), c.target) for c in shape_constraints(shapes)]


def validate_store_sparql(
    store: GraphStore, base: str, progress=None, checked: PropertyChecks | None = None,
) -> list[str]:
    """The shapes of ontology/shapes.ttl checked by SPARQL queries on the store (see shape_queries):
    the same constraints pyshacl checks, for a store of millions of triples. `checked`: the
    property checks a build made while writing every quad of the store; the constraints they
    answer are not queried again."""
    constraints = shape_constraints()
    asked = [i for i, c in enumerate(constraints) if checked is None or not checked.answers(c)]
    # Two queries at a time: pyoxigraph evaluates a query without Python's lock (two cores, or
    # a build's projection queries running beside these, keep busy); same answers in any order.
    # They start first, and the checked constraints' rows are read meanwhile (Python's lock is free).
    with ThreadPoolExecutor(max_workers=QUERY_THREADS, thread_name_prefix="shacl") as pool:
        queried = {i: pool.submit(store.select, constraint_query(constraints[i])) for i in asked}
        answered = [None if i in queried else checked.rows(c)  # type: ignore[union-attr]
                    for i, c in enumerate(constraints)]
        for i, c in enumerate(constraints):  # a value the checks do not compare as the store does: queried
            if answered[i] is None and i not in queried:
                queried[i] = pool.submit(store.select, constraint_query(c))
        for i, rows in queried.items():
            answered[i] = rows.result()
    violations = set()
    for c, rows in zip(constraints, answered, strict=True):
        violations.update(_lines(store, base, c, rows or ()))
        if progress is not None:
            progress()
    return sorted(violations)


def _lines(store: GraphStore, base: str, c: Constraint, rows: Iterable[dict]) -> Iterator[str]:
    """One readable line per violating row: the node as the user knows it, the rule, the message."""
    rule = _short(c.shape, base) + (f" [{_short(c.path, base)}]" if c.path is not None else "")
    for row in rows:
        focus = row["this"]
        text = re.sub(r"\{\?(\w+)\}", lambda m, row=row: str(row.get(m.group(1), "")).replace(base, ""), c.message)
        line = f"{_describe_in_store(store, focus, base)}: {rule}: {text}"
        value = row.get("value")
        if value is not None and value != focus:
            line += f" (value {_short(value, base)})"
        yield line


_NUMERIC = {XSD[t] for t in ("integer", "decimal", "float", "double", "nonPositiveInteger", "negativeInteger",
                             "long", "int", "short", "byte", "nonNegativeInteger", "unsignedLong", "unsignedInt",
                             "unsignedShort", "unsignedByte", "positiveInteger")}
_SIMPLE_REGEX = re.compile(r"\^[A-Za-z0-9 \[\]{}()+*?|,.-]*\$")  # no escapes, flags, classes or inner anchors


_NONE = object()


class _Many(set):
    """The distinct values of a node's path when it has more than one."""


class PropertyChecks:
    """The property constraints of the shapes checked on the quads as a build writes them, so that
    a build need not query its million quads once per constraint (those queries were most of a
    build's time). `see` every quad that goes into the store (the ontology, the loaded graphs, the
    metadata, the entailments); `rows(c)` then gives what `constraint_query(c)` would select on
    that store, or None for a constraint whose SPARQL meaning is not reproduced exactly here
    (a regular expression with escapes; `sh:in` with literals; a non-numeric `sh:minInclusive`; a
    SHACL-SPARQL constraint whose sh:select is not one of _SPARQL_CHECKS word for word, or whose
    values the store compares otherwise than rdflib): those are queried as before. The shapes stay
    the definition; tests/test_validate_sparql.py checks both give the same violations, on data
    that breaks every constraint."""

    def __init__(self, constraints: Sequence[Constraint] | None = None) -> None:
        self.constraints = list(constraints if constraints is not None else shape_constraints())
        # path -> {node -> its value, or a _Many of its distinct values}: one dict per path, so a
        # lookup compares the node only (an rdflib term's `==` runs Python; the path's, once a rule)
        self.values: dict = {c.path: {} for c in self.constraints if c.path is not None and self._exact(c)}
        self.types: dict = {}  # node -> its classes (every rdf:type in any graph)
        self.subclasses: dict = {}  # class -> its direct subclasses (rdfs:subClassOf in any graph)
        for c in self.constraints:  # and the paths the SHACL-SPARQL constraints reproduced here read
            for path in _SPARQL_CHECKS.get(_select_key(c), (None, ()))[1]:
                self.values.setdefault(path, {})
        self._focus_of: dict = {}  # target class -> its nodes (made once, after the last `see`)
        self._pairs: dict = {}  # (target, path) -> [(node, its values)], shared by that pair's constraints
        self.written: list = []  # every batch of quads seen (the caller holds them anyway): for triple lookups
        self._up: dict = {}  # node -> the nodes it is eli:is_part_of+ (made as asked)

    @staticmethod
    def _exact(c: Constraint) -> bool:
        if c.kind == "pattern":
            return bool(_SIMPLE_REGEX.fullmatch(str(c.param)))
        if c.kind == "in":
            return all(isinstance(v, URIRef) for v in c.param)  # type: ignore[attr-defined]
        if c.kind == "minInclusive":
            return isinstance(c.param, Literal) and c.param.datatype in _NUMERIC and c.param.value is not None
        return c.kind in ("minCount", "maxCount", "datatype", "class", "minLength", "nodeKind")

    def see(self, quads: Sequence) -> None:
        self.written.append(quads)
        type_only, subclass_only = {RDF.type}, {RDFS.subClassOf}
        types, by_path = self.types, self.values
        for s, p, o, _g in quads:
            if p in type_only:
                types.setdefault(s, set()).add(o)
            elif p in subclass_only:
                self.subclasses.setdefault(o, set()).add(s)
            values = by_path.get(p)
            if values is not None:
                old = values.get(s, _NONE)
                if old is _NONE:
                    values[s] = o  # most nodes have one value per path: no set for them
                elif type(old) is _Many:
                    old.add(o)
                elif old != o:
                    values[s] = _Many((old, o))

    def _pairs_of(self, target: URIRef, path: URIRef) -> list[tuple[object, tuple | set]]:
        """Every node of the target class with its values of the path (made once per pair)."""
        key = (target, path)
        pairs = self._pairs.get(key)
        if pairs is None:
            values, many = self.values.get(path, {}), _Many
            pairs = self._pairs[key] = [
                (n, () if found is _NONE else found if type(found) is many else (found,))
                for n in self._focus(target) for found in (values.get(n, _NONE),)
            ]
        return pairs

    def _focus(self, target: URIRef) -> list:
        if not self._focus_of:
            for node, classes in self.types.items():
                for cls in classes:
                    self._focus_of.setdefault(cls, []).append(node)
        return self._focus_of.get(target, [])

    def _below(self, cls: URIRef) -> set:
        """`cls` and every class that is rdfs:subClassOf* it."""
        found, todo = {cls}, [cls]
        while todo:
            for sub in self.subclasses.get(todo.pop(), ()):
                if sub not in found:
                    found.add(sub)
                    todo.append(sub)
        return found

    def answers(self, c: Constraint) -> bool:
        """Whether `rows(c)` may answer the constraint (else it is queried). A SHACL-SPARQL constraint
        is answered here only if its sh:select is, word for word, one reproduced below (edit the query
        in the shapes and it is queried again), and only if no value it compares is outside what is
        reproduced exactly (then `rows` gives None and it is queried)."""
        if c.kind == "sparql":
            return _select_key(c) in _SPARQL_CHECKS
        return c.path is not None and self._exact(c)

    def rows(self, c: Constraint) -> list[dict] | None:
        if not self.answers(c):
            return None
        if c.kind == "sparql":
            try:
                return getattr(self, _SPARQL_CHECKS[_select_key(c)][0])(c)
            except _Undecided:
                return None
        pairs = self._pairs_of(c.target, c.path)
        if c.kind == "minCount":
            return [{"this": n} for n, vs in pairs if len(vs) < c.param]  # type: ignore[operator]
        if c.kind == "maxCount":
            return [{"this": n} for n, vs in pairs if len(vs) > c.param]  # type: ignore[operator]
        bad = self._test(c)
        return [{"this": n, "value": v} for n, vs in pairs for v in vs if bad(v)]

    def _test(self, c: Constraint) -> Callable[[object], bool]:
        """Whether a value violates the constraint, with SPARQL's meaning: a FILTER that errs
        (STR of a blank node, comparing a string with a number) selects nothing."""
        param = c.param
        if c.kind == "datatype":
            return lambda v: not isinstance(v, Literal) or _datatype(v) != param
        if c.kind == "class":
            below = self._below(param)  # type: ignore[arg-type]
            return lambda v: not (self.types.get(v, set()) & below)
        if c.kind == "pattern":
            regex = re.compile(str(param)[:-1] + r"\Z")  # SPARQL's `$` is the very end, Python's may precede a "\n"
            return lambda v: not isinstance(v, BNode) and regex.search(str(v)) is None
        if c.kind == "in":
            members = set(param)  # type: ignore[call-overload]
            return lambda v: v not in members
        if c.kind == "minLength":
            return lambda v: not isinstance(v, BNode) and len(str(v)) < param  # type: ignore[operator]
        if c.kind == "minInclusive":
            bound = param.value  # type: ignore[attr-defined]
            return lambda v: (isinstance(v, Literal) and v.datatype in _NUMERIC and v.value is not None
                              and not isinstance(v.value, Literal) and v.value < bound)
        if c.kind == "nodeKind":
            return lambda v: not isinstance(v, URIRef)
        raise ValueError(c.kind)


    # -- SHACL-SPARQL constraints of ontology/shapes.ttl, reproduced (see _SPARQL_CHECKS) ----------------

    def _of(self, path: URIRef, node: object) -> tuple | set:
        """The node's distinct values of the path (a path the checks asked for in __init__)."""
        found = self.values[path].get(node, _NONE)
        return () if found is _NONE else found if type(found) is _Many else (found,)

    def _eo_signed_and_titled(self, c: Constraint) -> list[dict]:
        rows = []
        for this in self._focus(c.target):
            if any(_boolean(v) is True for v in self._of(_LEX_MENTIONED_ONLY, this)):
                continue
            if any(_boolean(v) is False for v in self._of(_LEX_TEXT_LOADED, this)):
                continue
            if not self._of(_LEX_SIGNED, this) or not self._of(DCTERMS_TITLE, this):
                rows.append({"this": this})
        return rows

    def _published_before_signed(self, c: Constraint) -> list[dict]:
        return [{"this": this, "published": p, "signed": s} for this in self._focus(c.target)
                for p in self._of(_LEX_PUBLISHED, this) for s in self._of(_LEX_SIGNED, this) if _less(p, s)]

    def _eo_number_shared(self, c: Constraint) -> list[dict]:
        numbered: dict = {}  # the number as the store compares it -> the orders with it
        for other in self._focus(LEX["ExecutiveOrder"]):
            for number in self._of(_LEX_EO_NUMBER, other):
                numbered.setdefault(_same_term(number), []).append(other)
        rows = []
        for this in self._focus(c.target):
            for number in self._of(_LEX_EO_NUMBER, this):
                for other in numbered.get(_same_term(number), ()):
                    if other == this:
                        continue
                    mine, theirs = self._of(_LEX_EO_SUFFIX, this) or ("",), self._of(_LEX_EO_SUFFIX, other) or ("",)
                    if any(_string(m) == _string(t) for m in mine for t in theirs):
                        rows.append({"this": this, "number": number, "other": other})
        return rows

    def _direct_edge_missing(self, c: Constraint) -> list[dict]:
        wanted: dict = {}  # predicate -> {(subject, object)} the qualified edges name
        edges = []
        for this in self._focus(c.target):
            for s in self._of(_RDF_SUBJECT, this):
                for p in self._of(_RDF_PREDICATE, this):
                    for o in self._of(_RDF_OBJECT, this):
                        for term in (s, p, o):
                            _same_term(term)  # a literal the store may write otherwise: queried
                        edges.append((this, s, p, o))
                        wanted.setdefault(p, set()).add((s, o))
        stated: set = set()
        for quads in self.written:
            for s, p, o, _g in quads:
                pairs = wanted.get(p)
                if pairs is not None and (s, o) in pairs:
                    stated.add((s, p, o))
        return [{"this": this, "s": s, "p": p, "o": o} for this, s, p, o in edges if (s, p, o) not in stated]

    def _method_without(self, c: Constraint, method: URIRef, needed: URIRef) -> list[dict]:
        return [{"this": this} for this in self._focus(c.target)
                if method in self._of(_LEX_METHOD, this) and not self._of(needed, this)]

    def _table_edge_without_line(self, c: Constraint) -> list[dict]:
        return self._method_without(c, LEX["dispositionTable"], LEX["sourceLine"])

    def _extracted_edge_without_version(self, c: Constraint) -> list[dict]:
        return self._method_without(c, LEX["extracted"], LEX["loaderVersion"])

    def _above(self, node: object) -> set:
        """Every node `node eli:is_part_of+` reaches."""
        found = self._up.get(node)
        if found is None:
            found, todo = set(), [node]
            while todo:
                for parent in self._of(_ELI_IS_PART_OF, todo.pop()):
                    if parent not in found:
                        found.add(parent)
                        todo.append(parent)
            self._up[node] = found
        return found

    def _pinpoint_outside(self, c: Constraint) -> list[dict]:
        rows = []
        for this in self._focus(c.target):
            for pin in self._of(_LEX_PINPOINT, this):
                for inst in self._of(_LEX_SOURCE_INSTRUMENT, this):
                    _same_term(pin), _same_term(inst)
                    if inst not in self._above(pin):
                        rows.append({"this": this, "pin": pin, "inst": inst})
        return rows

    def _revoked_before_signed(self, c: Constraint) -> list[dict]:
        rows = []
        for this in self._focus(c.target):
            for date in self._of(_LEX_EFFECTIVE_DATE, this):
                for target in self._of(_RDF_OBJECT, this):
                    _same_term(target)
                    for revoked in (target, *self._above(target)):
                        for signed in self._of(_LEX_SIGNED, revoked):
                            if _less(date, signed):
                                rows.append({"this": this, "date": date, "revoked": revoked, "signed": signed})
        return rows

    def _edge_before_source(self, c: Constraint) -> list[dict]:
        return [{"this": this, "date": date, "inst": inst, "signed": signed} for this in self._focus(c.target)
                for date in self._of(_LEX_EFFECTIVE_DATE, this) for inst in self._of(_LEX_SOURCE_INSTRUMENT, this)
                for signed in self._of(_LEX_SIGNED, inst) if _less(date, signed)]


class _Undecided(Exception):  # noqa: N818 - not an error: the constraint is queried instead
    """A value the store may compare otherwise than rdflib does (a literal it rewrites, a comparison
    whose SPARQL meaning is not reproduced here)."""


_LEX_MENTIONED_ONLY, _LEX_TEXT_LOADED, _LEX_SIGNED, _LEX_PUBLISHED = (
    LEX.mentionedOnly, LEX.textLoaded, LEX.signed, LEX.published)
_LEX_EO_NUMBER, _LEX_EO_SUFFIX, _LEX_METHOD, _LEX_PINPOINT = LEX.eoNumber, LEX.eoSuffix, LEX.method, LEX.pinpoint
_LEX_SOURCE_INSTRUMENT, _LEX_EFFECTIVE_DATE = LEX.sourceInstrument, LEX.effectiveDate
# Namespace attributes are made anew at each use: these, once (and their lookups then meet the same object).
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT, _RDF_LANG_STRING = RDF.subject, RDF.predicate, RDF.object, RDF.langString
_XSD_STRING, _XSD_BOOLEAN = XSD.string, XSD.boolean
_ELI_IS_PART_OF = ELI.is_part_of
DCTERMS_TITLE = DCTERMS.title


def _select_key(c: Constraint) -> str:
    return _shapes_select(c.select)


def _same_term(term: object) -> object:
    """The term as the store tells terms apart, or _Undecided for a literal the store may rewrite. (A
    language-tagged string or a boolean is left to the queries too: these checks compare IRIs, simple
    strings, integers and dates.)"""
    if kept_as_written(term) and not (isinstance(term, Literal) and (term.language or term.datatype == _XSD_BOOLEAN)):
        return term
    raise _Undecided


def _string(term: object) -> str:
    """A simple literal's text (COALESCE(?x, "") = ...: only strings are compared here)."""
    if isinstance(term, str) and not isinstance(term, Literal):
        return term  # the "" of COALESCE
    if isinstance(term, Literal) and not term.language and term.datatype in (None, _XSD_STRING):
        return str(term)
    raise _Undecided


def _less(a: object, b: object) -> bool:
    """SPARQL's `?a < ?b` for two plain dates or two simple strings; anything else is queried."""
    left, right = plain_date(a), plain_date(b)
    if left is not None and right is not None:
        return left < right
    return _string(a) < _string(b)


def _boolean(term: object) -> bool | None:
    """True or False for an xsd:boolean the store would match with `true` / `false`, else None."""
    if isinstance(term, Literal) and term.datatype == _XSD_BOOLEAN:
        text = str(term)
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise _Undecided
    return None


def _shapes_select(text: str) -> str:
    return " ".join(text.split())


# sh:select text of ontology/shapes.ttl (whitespace aside) -> (the PropertyChecks method that gives the
# same rows from the quads, the paths it reads). The text is the key: a changed query is queried again.
_SPARQL_CHECKS: dict[str, tuple[str, tuple[URIRef, ...]]] = {
    _shapes_select(select): (method, paths) for select, method, paths in (
        ("""SELECT $this WHERE {
                $this a lex:ExecutiveOrder .
                FILTER NOT EXISTS { $this lex:mentionedOnly true }
                FILTER NOT EXISTS { $this lex:textLoaded false }
                FILTER (NOT EXISTS { $this lex:signed ?signed } ||
                        NOT EXISTS { $this <http://purl.org/dc/terms/title> ?title })
            }""", "_eo_signed_and_titled", (_LEX_MENTIONED_ONLY, _LEX_TEXT_LOADED, _LEX_SIGNED, DCTERMS_TITLE)),
        ("""SELECT $this ?published ?signed WHERE {
                $this lex:published ?published ; lex:signed ?signed .
                FILTER (?published < ?signed)
            }""", "_published_before_signed", (_LEX_PUBLISHED, _LEX_SIGNED)),
        ("""SELECT $this ?number ?other WHERE {
                $this lex:eoNumber ?number .
                ?other a lex:ExecutiveOrder ; lex:eoNumber ?number .
                FILTER (?other != $this)
                OPTIONAL { $this lex:eoSuffix ?mine }
                OPTIONAL { ?other lex:eoSuffix ?theirs }
                FILTER (COALESCE(?mine, "") = COALESCE(?theirs, ""))
            }""", "_eo_number_shared", (_LEX_EO_NUMBER, _LEX_EO_SUFFIX)),
        ("""SELECT $this ?s ?p ?o WHERE {
                $this rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                FILTER NOT EXISTS { ?s ?p ?o }
            }""", "_direct_edge_missing", (_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT)),
        ("""SELECT $this WHERE {
                $this lex:method lex:dispositionTable .
                FILTER NOT EXISTS { $this lex:sourceLine ?line }
            }""", "_table_edge_without_line", (_LEX_METHOD, LEX.sourceLine)),
        ("""SELECT $this WHERE {
                $this lex:method lex:extracted .
                FILTER NOT EXISTS { $this lex:loaderVersion ?v }
            }""", "_extracted_edge_without_version", (_LEX_METHOD, LEX.loaderVersion)),
        ("""SELECT $this ?pin ?inst WHERE {
                $this lex:pinpoint ?pin ; lex:sourceInstrument ?inst .
                FILTER NOT EXISTS { ?pin eli:is_part_of+ ?inst }
            }""", "_pinpoint_outside", (_LEX_PINPOINT, _LEX_SOURCE_INSTRUMENT, _ELI_IS_PART_OF)),
        ("""SELECT $this ?date ?revoked ?signed WHERE {
                $this lex:effectiveDate ?date ; rdf:object ?target .
                ?target eli:is_part_of* ?revoked .
                ?revoked lex:signed ?signed .
                FILTER (?date < ?signed)
            }""", "_revoked_before_signed", (_LEX_EFFECTIVE_DATE, _RDF_OBJECT, _ELI_IS_PART_OF, _LEX_SIGNED)),
        ("""SELECT $this ?date ?inst ?signed WHERE {
                $this lex:effectiveDate ?date ; lex:sourceInstrument ?inst .
                ?inst lex:signed ?signed .
                FILTER (?date < ?signed)
            }""", "_edge_before_source", (_LEX_EFFECTIVE_DATE, _LEX_SOURCE_INSTRUMENT, _LEX_SIGNED)),
    )
}


def _datatype(value: Literal) -> URIRef:
    """SPARQL's DATATYPE(): rdf:langString for a language-tagged string, xsd:string for a plain one."""
    if value.language:
        return _RDF_LANG_STRING
    return value.datatype if value.datatype is not None else _XSD_STRING


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
