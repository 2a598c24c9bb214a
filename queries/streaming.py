"""Recognise queries whose evaluation streams: bounded work between one answer row and the next.

Why: every /sparql query runs in a sandboxed worker process that can be killed at the timeout,
because pyoxigraph cannot cancel a query. That hop costs more than a point lookup itself
(BENCHMARKS.md, "Session 9"). A query of ONE triple pattern with no FILTER, DISTINCT, ORDER BY,
OFFSET, aggregate, path or repeated variable is evaluated by a lazy index scan: each match is a
row, so the work between two rows is bounded and pyoxigraph's serializer writes as it goes. The
server can then run it in its own process and still stop it at any time from the serializer's
`write()` (server/inline.py).

The recogniser is a whitelist, not a tokenizer of full SPARQL: it accepts only a small language in
which every token is unambiguous (absolute IRIs, prefixed names without escapes, variables, plain
strings without escapes or quotes, integers, `a`), no comments, one pair of braces. Anything else —
however harmless — is `None` and goes to a worker as before; a text it accepts cannot hold SERVICE,
a dataset clause or an update, because none of those can be written in that language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WS = r"[ \t\r\n]*"
_WS1 = r"[ \t\r\n]+"
_IRI = r"<[A-Za-z][A-Za-z0-9+.\-]*:[^<>\"{}|^`\\\x00-\x20]*>"
_PN_PREFIX = r"(?:[A-Za-z](?:[A-Za-z0-9_\-]*[A-Za-z0-9_\-])?)?"
_PNAME = _PN_PREFIX + r":(?:[A-Za-z0-9_](?:[A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?)?"
_VAR = r"[?$][A-Za-z_][A-Za-z0-9_]*"
_LITERAL = r'"[^"\\\r\n]*"(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^(?:' + _IRI + "|" + _PNAME + "))?"
_INTEGER = r"[0-9]+"
_TERM = f"(?:{_VAR}|{_IRI}|{_PNAME}|{_LITERAL}|{_INTEGER})"
_PREDICATE = f"(?:{_VAR}|{_IRI}|{_PNAME}|a)"
_PREFIX_DECL = f"(?i:PREFIX){_WS1}{_PN_PREFIX}:{_WS}{_IRI}"
_DECLARED = re.compile(f"(?i:PREFIX){_WS1}({_PN_PREFIX}):{_WS}<([^>]*)>")
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SMALL_LIMIT = 1000  # rows: a pattern this limited is cheap however many matches it has

_QUERY = re.compile(
    rf"{_WS}(?P<prologue>(?:{_PREFIX_DECL}{_WS})*)"
    rf"(?:(?P<select>(?i:SELECT)){_WS}(?P<projection>\*|(?:{_VAR}{_WS})*{_VAR})|(?P<ask>(?i:ASK)))"
    rf"{_WS}(?:(?i:WHERE){_WS})?\{{{_WS}"
    rf"(?P<s>{_TERM}){_WS1}(?P<p>{_PREDICATE}){_WS1}(?P<o>{_TERM}){_WS}(?:\.{_WS})?\}}"
    rf"{_WS}(?:(?i:LIMIT){_WS1}(?P<limit>{_INTEGER}){_WS})?",
)
_VARIABLE = re.compile(_VAR)


@dataclass(frozen=True)
class SinglePattern:
    """What the recogniser saw: the kind of query and its one pattern's terms."""

    kind: str  # "select" or "ask"
    subject: str
    predicate: str
    object: str
    limit: int | None
    shape: tuple  # the pattern however spelled: variables as "?", prefixed names and `a` as full IRIs

    @property
    def cost_key(self) -> tuple:
        """Texts alike in cost: the shape, and the limit only when it is small. A client cannot dodge what
        the server learnt about `?s ?p ?o` by renaming variables or prefixes or changing a large LIMIT."""
        return (*self.shape, self.limit if self.limit is not None and self.limit <= SMALL_LIMIT else None)


def single_pattern(sparql: str) -> SinglePattern | None:
    """The query as one streaming triple pattern, or None if it is not (exactly) one."""
    m = _QUERY.fullmatch(sparql)
    if m is None:
        return None
    terms = [m["s"], m["p"], m["o"]]
    names = [t[1:] for t in terms if t[0] in "?$"]
    if len(names) != len(set(names)):  # `?x ?p ?x` filters every match: no longer streaming
        return None
    if m["select"] and m["projection"] != "*":
        projected = {v[1:] for v in _VARIABLE.findall(m["projection"])}
        if not projected <= set(names):  # an unbound projected variable is legal but not our case
            return None
    if m["s"][0] == '"' or m["s"][0].isdigit():  # a literal subject: let the engine say why not
        return None
    prefixes = dict(_DECLARED.findall(m["prologue"]))
    shape = [_canonical(t, prefixes) for t in terms]
    if None in shape:  # an undeclared prefix: let the engine say why not
        return None
    return SinglePattern(
        kind="select" if m["select"] else "ask", subject=m["s"], predicate=m["p"], object=m["o"],
        limit=int(m["limit"]) if m["limit"] is not None else None, shape=("select" if m["select"] else "ask", *shape),
    )


def _canonical(term: str, prefixes: dict[str, str]) -> str | None:
    if term[0] in "?$":
        return "?"
    if term == "a":
        return _RDF_TYPE
    if term[0] in '<"' or term[0].isdigit():
        return term
    prefix, _, local = term.partition(":")
    return f"<{prefixes[prefix]}{local}>" if prefix in prefixes else None
