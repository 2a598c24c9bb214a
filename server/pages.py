"""HTML pages. Node and vocabulary pages are Jinja2 templates (server/templates/) with
autoescaping on, so every value that comes from the graph or the user is text; the query page is
static and renders results with textContent in the browser."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

STATIC = Path(__file__).resolve().parent / "static"
TEMPLATES = Path(__file__).resolve().parent / "templates"

_env = Environment(
    loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
    trim_blocks=True, lstrip_blocks=True,
)


def render(name: str, **context: object) -> str:
    """Render server/templates/`name` (autoescaped)."""
    return _env.get_template(name).render(**context)


@cache
def query_page() -> str:
    return (STATIC / "query.html").read_text(encoding="utf-8")
