"""Refuse what a public, read-only endpoint must not run (the /sparql endpoint and `lexgraph query`).

pyoxigraph's `Store.query` performs real HTTP requests for `SERVICE` clauses, to any host, with
no timeout, so federation is refused unless the operator allowed it. Detection works on
tokens: the keyword SERVICE outside strings, IRIs, comments, variables and prefixed names.
"""

from __future__ import annotations

import re

from graph.errors import QueryError

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
    """The bare words of a query (keywords and function names), upper-cased."""
    return [m.group("word").upper() for m in _TOKENS.finditer(sparql) if m.lastgroup == "word"]


def uses_service(sparql: str) -> bool:
    return "SERVICE" in keywords(sparql)


def check_query(sparql: str, *, max_length: int, allow_service: bool = False) -> None:
    if not sparql.strip():
        raise QueryError("empty query")
    if len(sparql) > max_length:
        raise QueryError(f"query is {len(sparql)} characters; the limit is {max_length}")
    if not allow_service and uses_service(sparql):
        raise QueryError("SERVICE (federated query) is disabled on this endpoint")
    words = set(keywords(sparql))
    updates = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY"}
    if words & updates and not words & {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}:
        raise QueryError("SPARQL Update is not accepted here; this endpoint is read-only")


def check_update(sparql: str, *, max_length: int, allow_service: bool = False) -> None:
    """Refuse an update that would reach the network: LOAD fetches its IRI and SERVICE (in a
    WHERE) queries a remote endpoint, both from the server, unless the operator allowed it."""
    if not sparql.strip():
        raise QueryError("empty update")
    if len(sparql) > max_length:
        raise QueryError(f"update is {len(sparql)} characters; the limit is {max_length}")
    if allow_service:
        return
    words = set(keywords(sparql))
    if "LOAD" in words:
        raise QueryError("LOAD is disabled on this endpoint (it makes the server fetch a URL); "
                         "send the data with the Graph Store Protocol (PUT/POST /store) instead")
    if "SERVICE" in words:
        raise QueryError("SERVICE (federated query) is disabled on this endpoint")
