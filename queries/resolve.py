"""Identifier resolution shared by the CLI and the API.

Accepts what people type: "EO 14060", "Executive Order 14060", "E.O. 14,060", "14060",
"86 FR 71793", "EO 13773 § 3", "section 3 of EO 13773", names and acronyms ("USCTOC",
"Threat Mitigation Working Group"), short ids ("eo/14060") and full IRIs. Unknown input
raises NotFound with the closest names; input that cannot be an identifier (over
MAX_ID_LENGTH characters, control characters, an IRI that is not valid) raises InvalidInput.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from graph.errors import InvalidInput, NotFound
from graph.iri import check_iri
from graph.namespaces import is_valid_id, section_id, split_section_id
from graph.store import GraphStore
from queries.catalog import get
from queries.names import NameIndex, build_name_index
from queries.projection import projection
from queries.versioned import PerVersion

_EO = r"(?:executive\s+order|exec\.?\s+order|e\.\s?o\.|eo)\s*(?:no\.?\s*)?(\d{1,2},?\d{3})"
_EO_ONLY = re.compile(rf"^(?:{_EO}|(\d{{1,2}},?\d{{3}}))$", re.I)
_PIN = r"([0-9]+[a-z]?(?:-[0-9]+)?(?:\([a-zA-Z0-9]+\))*)"
_SECTION_OF = re.compile(rf"^(?:section|sec\.?|§)\s*{_PIN}\s+of\s+{_EO}$", re.I)
_EO_SECTION = re.compile(rf"^{_EO}\s*(?:,\s*)?(?:§|sec\.?|section)\s*{_PIN}$", re.I)
MAX_ID_LENGTH = 1000
MAX_SECTION = 999  # the highest section number an unloaded order's section may be asked by
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_IRI_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_FR = re.compile(r"^(\d{1,3})\s*(?:FR|Fed\.?\s*Reg\.?)\s*(\d{1,3},?\d{3}|\d{1,3})$", re.I)


def _eo_number(text: str) -> int:
    return int(text.replace(",", ""))


def parse_reference(text: str) -> str | None:
    """The lexgraph id a typed reference names, without looking in the store (None if not an EO form)."""
    t = " ".join(text.split())
    if m := _EO_ONLY.match(t):
        return f"eo/{_eo_number(m.group(1) or m.group(2))}"
    if m := _SECTION_OF.match(t):
        return section_id(f"eo/{_eo_number(m.group(2))}", m.group(1))
    if m := _EO_SECTION.match(t):
        return section_id(f"eo/{_eo_number(m.group(1))}", m.group(2))
    return None


def exists(store: GraphStore, iri: URIRef) -> bool:
    return bool(store.select("SELECT ?node WHERE { ?node ?p ?o } LIMIT 1", {"node": iri}))


def unloaded_section_of(store: GraphStore, iri: URIRef) -> URIRef | None:
    """The order a section id names when the section is not in the graph but the order is, and
    the order's own text was never loaded (so the graph cannot know which sections it has):
    "section 2 of EO 13961" can still be asked about. Once an order's text is loaded, a section
    that is not among its sections is an unknown identifier."""
    base = store.base_iri
    text = str(iri)
    if not text.startswith(base):
        return None
    section = split_section_id(text[len(base) :])
    if section is None or not section[0].startswith("eo/"):
        return None
    number = "".join(ch for ch in section[1][0] if ch.isdigit())
    if not number or int(number) > MAX_SECTION:  # no order has thousands of sections: a typo, not a question
        return None
    order = URIRef(base + section[0])
    if not exists(store, order):
        return None
    loaded = store.ask(
        "ASK { ?sec <http://data.europa.eu/eli/ontology#is_part_of> ?order ; "
        "<https://w3id.org/lexgraph/ns#textStart> ?at }",
        {"order": order},
    )
    return None if loaded else order  # the order's text is in the graph: its sections are known


name_index: PerVersion[NameIndex] = PerVersion(build_name_index)
"""The name index of the store's current version (queries/names.py): a name is a dictionary
look-up, never a scan of every label per request."""


def candidates(store: GraphStore, text: str, n: int = 5) -> list[str]:
    """The closest names to `text` (for a NotFound)."""
    return name_index(store).candidates(text, n)


def resolve(store: GraphStore, text: str) -> URIRef:
    """The IRI a user's reference names, or NotFound listing the closest names."""
    raw = text.strip()
    if not raw:
        raise NotFound(text)
    if len(raw) > MAX_ID_LENGTH:
        raise InvalidInput(f"an identifier is at most {MAX_ID_LENGTH} characters; this one is {len(raw)}")
    if _CONTROL.search(raw):
        raise InvalidInput(f"an identifier cannot contain control characters: {raw[:100]!r}")
    base = store.base_iri
    iri: URIRef | None = None
    if _IRI_LIKE.match(raw):
        iri = URIRef(check_iri(raw, "identifier"))
    elif is_valid_id(raw):
        iri = URIRef(base + raw)
    elif (ref := parse_reference(raw)) is not None:
        iri = URIRef(base + ref)
    elif m := _FR.match(" ".join(raw.split())):
        citation = f"{int(m.group(1))} FR {int(m.group(2).replace(',', ''))}"
        rows = get("fr-citation").run(store, citation=citation)
        if rows:
            return rows[0]["node"]  # type: ignore[return-value]
        raise NotFound(raw, candidates(store, raw))
    if iri is not None:
        if exists(store, iri):
            return iri
        if unloaded_section_of(store, iri) is not None:
            return iri
        raise NotFound(raw, candidates(store, raw))
    # what queries/rq/resolve-label.rq selects (tests/test_cache.py checks), from the name index
    nodes = name_index(store).nodes(raw)
    if len(nodes) == 1:
        return URIRef(nodes[0])
    if len(nodes) > 1:
        proj = projection(store)
        raise NotFound(raw + " (ambiguous)", sorted(f"{proj.label(node)} <{node}>" for node in nodes))
    raise NotFound(raw, candidates(store, raw))
