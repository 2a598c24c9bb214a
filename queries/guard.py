"""Refuse what a public, read-only endpoint must not run (the /sparql endpoint, `lexgraph query`,
and — through `check_update` — SPARQL Update).

Two kinds of check, in this order:

1. `check_limits`: the query's size and nesting depth, on the raw text, before any parser sees
   it. Every `{`, `(` and `[` counts, even inside strings or comments: an over-count can only
   refuse, never admit, a query. Deep nesting would otherwise overflow the stack of rdflib's
   parser (a RecursionError at a few dozen levels) and of pyoxigraph's (the worker dies at a few
   thousand). It is linear in the query and cheap, so the server runs it before a query takes a
   worker.
2. The real parser: rdflib's SPARQL grammar parses the query or update and the parse tree is
   walked for `SERVICE` (ServiceGraphPattern) and `LOAD`, and for the query's own dataset
   (FROM / FROM NAMED). pyoxigraph performs real HTTP requests for `SERVICE` and `LOAD`, to any
   host, with no timeout, so they are refused unless the operator allowed them. If rdflib
   cannot parse a text that pyoxigraph might accept (a SPARQL 1.2 feature, a grammar corner),
   the check fails closed: the text is refused if the word SERVICE (or LOAD) appears anywhere
   in it, in any case, even inside a string or an IRI.

The query workers also run behind an operating-system barrier (server/sandbox.py), so a bug
here does not become a request to an internal host; this guard is the first line, not the
only one.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from graph.errors import QueryError, QueryLimit

MAX_NESTING = 100  # {, ( and [ open at once; pyoxigraph's own stack gives out at a few thousand
MAX_SUBQUERIES = 50  # SELECT keywords in one query (each sub-SELECT is one)
_OPEN, _CLOSE = frozenset("{(["), frozenset("})]")
_SELECT = re.compile(r"select", re.I)
_PARSER_STACK = 16 * 1024 * 1024  # the parser thread's stack; recursion is bounded by MAX_NESTING
_PARSER_RECURSION = 20_000

_TOKENS = re.compile(
    r'''(?P<long>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\')'''
    r'''|(?P<str>"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')'''
    r'''|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'''
    r'''|(?P<comment>\#[^\n\r]*)'''
    r'''|(?P<var>[?$][A-Za-z0-9_\u00C0-\uFFFF]+)'''
    r'''|(?P<pname>[A-Za-z0-9_.\-\u00C0-\uFFFF]*:[A-Za-z0-9_.\-:%\u00C0-\uFFFF]*)'''
    r'''|(?P<word>[A-Za-z_]+)'''
    r'''|(?P<other>.)''',
    re.S,
)


def keywords(sparql: str) -> list[str]:
    """The bare words of a query, upper-cased, by a hand tokenizer.

    Only a hint for messages and the read-only check: it can be fooled (a prefixed name ending
    in an escaped `\\#` hides the rest of its line), so nothing that matters for safety uses it.
    """
    return [m.group("word").upper() for m in _TOKENS.finditer(sparql) if m.lastgroup == "word"]


def nesting_depth(sparql: str) -> int:
    """The deepest nesting of {, ( and [ in the raw text (strings and comments included)."""
    depth = deepest = 0
    for char in sparql:
        if char in _OPEN:
            depth += 1
            if depth > deepest:
                deepest = depth
        elif char in _CLOSE and depth:
            depth -= 1
    return deepest


def check_limits(sparql: str, *, max_length: int, max_nesting: int = MAX_NESTING,
                 max_subqueries: int = MAX_SUBQUERIES) -> None:
    """Size and nesting, on the raw text; QueryLimit (400 `query_limit`) if over."""
    if not sparql.strip():
        raise QueryError("empty query")
    if len(sparql) > max_length:
        raise QueryLimit("length", len(sparql), max_length,
                         f"query is {len(sparql)} characters; the limit is {max_length}")
    # no deeper than the number of openers: counted in C, this spares most queries the scan
    depth = 0 if sum(map(sparql.count, "{([")) <= max_nesting else nesting_depth(sparql)
    if depth > max_nesting:
        raise QueryLimit("nesting", depth, max_nesting,
                         f"query nests {{ }}, ( ) or [ ] {depth} deep; the limit is {max_nesting}")
    selects = len(_SELECT.findall(sparql))
    if selects > max_subqueries:
        raise QueryLimit("subqueries", selects, max_subqueries,
                         f"query has {selects} SELECTs; the limit is {max_subqueries}")


@dataclass(frozen=True)
class Analysis:
    """What the parser found: does the query name its own dataset (FROM / FROM NAMED)?"""

    parsed: bool  # False: rdflib could not parse it (pyoxigraph will judge its syntax)
    has_dataset: bool = False


def _walk(node: Any) -> Iterator[Any]:
    """Every node of an rdflib parse tree (CompValue, ParseResults, lists); iterative."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack, seen = [node], set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, CompValue):
            stack.extend(item.values())
        elif isinstance(item, ParseResults | list | tuple):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


def _names(tree: Any) -> set[str]:
    from rdflib.plugins.sparql.parserutils import CompValue

    return {item.name for item in _walk(tree) if isinstance(item, CompValue)}


def _parse(sparql: str, update: bool) -> Any:
    """rdflib's parse tree, or None if rdflib cannot parse the text.

    Runs in a thread with a large stack and a high recursion limit: pyparsing recurses a few
    dozen frames per nesting level, and check_limits has bounded the nesting.
    """
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["tree"] = (parseUpdate if update else parseQuery)(sparql)
        except Exception as exc:  # ParseException, RecursionError, anything: not parsed
            outcome["error"] = exc

    old_stack, old_limit = threading.stack_size(), sys.getrecursionlimit()
    try:
        threading.stack_size(_PARSER_STACK)
        sys.setrecursionlimit(max(old_limit, _PARSER_RECURSION))
        thread = threading.Thread(target=run, name="sparql-guard")
        thread.start()
    finally:
        threading.stack_size(old_stack)
    thread.join()
    sys.setrecursionlimit(old_limit)
    return outcome.get("tree")


def _word(sparql: str, word: str) -> bool:
    return word.lower() in sparql.lower()


# Words that send a query to the parser. A text in which none of them occurs, in any case, even
# inside an IRI or a string, and with no \u / \U escape anywhere, has no SERVICE (the rule the
# parser's fail-closed path already relies on), no FROM / FROM NAMED and no update operation, so
# the parse (about 3 ms of pyparsing for a point lookup, most of a worker's time) tells nothing more.
_NEEDS_PARSE = re.compile(
    r"service|from|\\u|\b(?:insert|delete|load|clear|drop|create|add|move|copy|with|using)\b", re.I)


def analyse(sparql: str, *, allow_service: bool, update: bool = False, shortcut: bool = False) -> Analysis:
    """Parse, refuse SERVICE (and LOAD for updates) unless allowed, and report the dataset.
    `shortcut` (the query workers): skip the parse for a query text with none of the words it
    looks for, and remember the verdict on a text that was parsed."""
    if shortcut and not update:
        if not _NEEDS_PARSE.search(sparql):
            return Analysis(parsed=False, has_dataset=False)  # not parsed: nothing to find (pyoxigraph judges syntax)
        if len(sparql) <= _CACHED_TEXT:
            return analyse_remembered(sparql, allow_service)
    return _analysis(sparql, allow_service, update)


_CACHED_TEXT = 16_384  # characters: at most 512 cached texts of this size, 8 MB a worker


@functools.lru_cache(maxsize=512)
def analyse_remembered(sparql: str, allow_service: bool) -> Analysis:
    """The parse's verdict is a function of the text alone: a repeated query (a canned query a
    user copied, a client polling) is parsed once per worker, not every time (tens of ms for a
    canned query's text). A refusal raises and is not cached."""
    return _analysis(sparql, allow_service, False)


def _analysis(sparql: str, allow_service: bool, update: bool) -> Analysis:
    tree = _parse(sparql, update)
    if tree is None:  # fail closed: the keyword anywhere is enough
        if not allow_service:
            for word in ("SERVICE", "LOAD") if update else ("SERVICE",):
                if _word(sparql, word):
                    raise QueryError(
                        f"{word} is disabled on this endpoint, and this text could not be checked "
                        f"(the SPARQL parser did not accept it), so it is refused because it contains "
                        f"the word {word!r}"
                    )
        return Analysis(parsed=False, has_dataset=bool(re.search(r"\bFROM\b", sparql, re.I)))
    names = _names(tree)
    if not allow_service and "ServiceGraphPattern" in names:
        raise QueryError("SERVICE (federated query) is disabled on this endpoint")
    if update and not allow_service and "Load" in names:
        raise QueryError("LOAD (fetching a document by URL) is disabled on this endpoint")
    return Analysis(parsed=True, has_dataset="DatasetClause" in names)


def check_query(sparql: str, *, max_length: int, allow_service: bool = False,
                max_nesting: int = MAX_NESTING, shortcut: bool = False) -> Analysis:
    """Limits, then the parser: QueryLimit / QueryError if the query may not run here.
    `shortcut` (the query workers): no parse for a text that cannot hold what it looks for."""
    check_limits(sparql, max_length=max_length, max_nesting=max_nesting)
    analysis = analyse(sparql, allow_service=allow_service, shortcut=shortcut)
    if not analysis.parsed:
        words = set(keywords(sparql))
        updates = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY"}
        if words & updates and not words & {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}:
            raise QueryError("SPARQL Update is not accepted here; this endpoint is read-only")
    return analysis


def check_update(sparql: str, *, max_length: int, allow_service: bool = False,
                 max_nesting: int = MAX_NESTING) -> None:
    """Limits, then the parser: refuses LOAD and SERVICE in an update unless allowed."""
    check_limits(sparql, max_length=max_length, max_nesting=max_nesting)
    analyse(sparql, allow_service=allow_service, update=True)


def uses_service(sparql: str) -> bool:
    """Does the query use SERVICE? (by the parser; True if it cannot be parsed and says SERVICE)"""
    try:
        analyse(sparql, allow_service=False)
    except QueryError:
        return True
    return False
