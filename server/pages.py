"""HTML pages. Every value that comes from the graph or the user is escaped (html.escape);
the query page is static and renders results with textContent in the browser."""

from __future__ import annotations

from functools import cache
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"


@cache
def query_page() -> str:
    return (STATIC / "query.html").read_text(encoding="utf-8")
