"""The SPARQL 1.1 Protocol's dataset for an update: `using-graph-uri` and `using-named-graph-uri`.

The protocol defines them as USING / USING NAMED for every DELETE/INSERT operation of the
request (and forbids them together with USING, USING NAMED or WITH in the update: 400).
pyoxigraph's `Store.update` takes no dataset, so the clauses are added to the update's text,
before each operation's top-level WHERE; `DELETE WHERE {P}`, which has no USING form, becomes
`DELETE {P} USING ... WHERE {P}`. The IRIs must have passed `graph.iri.check_iri` (pyoxigraph's
strict parser; no `>`, space or control character), so each is exactly one IRI token.
Detection works on tokens: words outside strings, IRIs, comments and braces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.errors import QueryError

_TOKEN = re.compile(
    r'(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r'|(?P<comment>#[^\n\r]*)'
    r'|(?P<space>\s+)'
    r'|(?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)'
    r'|(?P<pname>[A-Za-z0-9_.\-\u00C0-\uFFFF]*:[A-Za-z0-9_.\-:%\u00C0-\uFFFF]*)'
    r'|(?P<word>[A-Za-z_]+)'
    r'|(?P<open>\{)|(?P<close>\})'
    r'|(?P<other>.)',
    re.S,
)


def _closing(tokens: list[re.Match], start: int) -> int | None:
    """Index of the `}` matching the `{` at tokens[start]."""
    depth = 0
    for index in range(start, len(tokens)):
        kind = tokens[index].lastgroup
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
            if depth == 0:
                return index
    return None


def with_protocol_dataset(update: str, using: Sequence[str] = (), using_named: Sequence[str] = ()) -> str:
    """`update` with the protocol dataset written as USING clauses (unchanged without one)."""
    if not using and not using_named:
        return update
    clauses = " ".join([f"USING <{g}>" for g in using] + [f"USING NAMED <{g}>" for g in using_named])
    tokens = [m for m in _TOKEN.finditer(update) if m.lastgroup not in ("space", "comment")]
    pieces, cursor, depth, previous = [], 0, 0, None
    for index, token in enumerate(tokens):
        kind, text = token.lastgroup, token.group()
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
        elif kind == "word" and depth == 0:
            word = text.upper()
            if word in ("USING", "WITH"):
                raise QueryError("using-graph-uri / using-named-graph-uri cannot be combined with "
                                 f"{word} in the update (SPARQL 1.1 Protocol, 2.2.3)")
            if word == "WHERE":
                replacement = f"{clauses} WHERE"
                if previous == "DELETE":  # DELETE WHERE {P}: DELETE {P} USING ... WHERE {P}
                    after = index + 1
                    end = _closing(tokens, after) if after < len(tokens) and tokens[after].lastgroup == "open" else None
                    if end is not None:
                        pattern = update[tokens[after].start():tokens[end].end()]
                        replacement = f"{pattern} {clauses} WHERE"
                pieces += [update[cursor:token.start()], replacement]
                cursor = token.end()
        previous = text.upper() if kind == "word" else None
    pieces.append(update[cursor:])
    return "".join(pieces)
