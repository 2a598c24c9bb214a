"""Finding places in SPARQL text without parsing it: where a VALUES clause can be put to bind a
variable (canned queries in queries/catalog.py; bindings sent to a remote store in graph/remote.py)."""

from __future__ import annotations

import re

# Comments, strings and IRIs are skipped, so a "WHERE {" inside one is not taken for the keyword.
_WHERE = re.compile(
    r'''(?:"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\')'''  # long strings
    r'''|(?:"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')'''  # strings
    r'''|<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n\r]*'''  # IRIs, comments
    r"|(?P<where>(?<![?$\w:])WHERE\s*\{)",
    re.I | re.S,
)


def where_group(sparql: str) -> int | None:
    """The offset just inside the outermost WHERE group's opening brace, or None."""
    for match in _WHERE.finditer(sparql):
        if match.group("where"):
            return match.end()
    return None


def where_groups(sparql: str) -> list[int]:
    """The offsets just inside every WHERE group's opening brace: the query's and its sub-SELECTs'."""
    return [m.end() for m in _WHERE.finditer(sparql) if m.group("where")]
