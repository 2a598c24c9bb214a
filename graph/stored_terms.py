"""Which RDF terms the store gives back exactly as rdflib states them.

Oxigraph keeps numbers, dates and booleans as values and language tags in lower case, so
`"01"^^xsd:integer` reads back as `"1"`, `"a"^^xsd:string` as `"a"`. A build that works out
answers from the quads it writes (graph/validate.py's checks, queries/projection.py's rows)
may only use terms whose stored form is the written one; for any other term it asks the store.
"""

from __future__ import annotations

import datetime as dt
import re

from rdflib import Literal
from rdflib.namespace import XSD

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
_XSD_DATE, _XSD_INTEGER, _XSD_BOOLEAN = XSD.date, XSD.integer, XSD.boolean  # (made once: compared per quad)


def plain_date(term: object) -> str | None:
    """A valid xsd:date without a time zone, as text that sorts as the date does; else None."""
    if isinstance(term, Literal) and term.datatype == _XSD_DATE and _DATE.fullmatch(text := str(term)):
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            return None
        return text
    return None


def kept_as_written(term: object) -> bool:
    """Whether the store gives the term back as written: an IRI, a blank node, a simple literal, a
    lower-case language-tagged string, a canonical xsd:integer or xsd:boolean, a plain xsd:date."""
    if not isinstance(term, Literal):
        return True
    datatype = term.datatype
    if datatype is None:
        return not term.language or term.language == term.language.lower()
    if datatype == _XSD_DATE:
        return plain_date(term) is not None
    text = str(term)
    return (datatype == _XSD_INTEGER and _INTEGER.fullmatch(text) is not None) or (
        datatype == _XSD_BOOLEAN and text in ("true", "false"))


__all__ = ["kept_as_written", "plain_date"]
