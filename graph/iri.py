"""IRIs that come from users — API ids, Graph Store Protocol graph names, protocol dataset
parameters, canned-query parameters — are checked here before they become RDF terms.

An IRI is accepted only if it is absolute, short enough, free of the code points RFC 3987 and
SPARQL exclude (space, controls, `<>"{}|^`\\`), and parsed by pyoxigraph's strict IRI parser.
Anything else is InvalidInput (400 `invalid_input`), never an error deeper down. Links in HTML
are made only from http(s) IRIs (`is_link_safe`).
"""

from __future__ import annotations

import re

from graph.errors import InvalidInput
from graph.store import is_valid_iri

MAX_IRI_LENGTH = 2048
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_EXCLUDED = frozenset('<>"{}|^`\\')


def _bad_code_point(text: str) -> str | None:
    for c in text:
        if c in _EXCLUDED or ord(c) <= 0x20 or 0x7F <= ord(c) <= 0x9F or 0xD800 <= ord(c) <= 0xDFFF:
            return c
    return None


def check_iri(text: str, what: str = "IRI", schemes: tuple[str, ...] | None = None) -> str:
    """`text` if it is an acceptable absolute IRI (of one of `schemes`, when given), else InvalidInput."""
    if len(text) > MAX_IRI_LENGTH:
        raise InvalidInput(f"{what} is {len(text)} characters long; the limit is {MAX_IRI_LENGTH}")
    scheme = _SCHEME.match(text)
    if scheme is None:
        raise InvalidInput(f"{what} is not an absolute IRI: {text[:200]!r}")
    if schemes is not None and scheme.group(1).lower() not in schemes:
        raise InvalidInput(f"{what} must be a {'/'.join(schemes)} IRI: {text[:200]!r}")
    bad = _bad_code_point(text)
    if bad is not None:
        raise InvalidInput(f"{what} contains a character IRIs cannot hold ({bad!r}): {text[:200]!r}")
    if not is_valid_iri(text):
        raise InvalidInput(f"{what} is not a valid IRI: {text[:200]!r}")
    return text


def is_link_safe(iri: str) -> bool:
    """True for an http(s) IRI that may become an href: never `javascript:`, `data:`, ..."""
    scheme = _SCHEME.match(iri)
    return (scheme is not None and scheme.group(1).lower() in ("http", "https")
            and _bad_code_point(iri) is None and is_valid_iri(iri))
