"""The only place lexgraph IRIs are minted.

Every node has a short, documented *id* relative to a configurable base IRI:

    eo/14060                 Executive Order 14060 (eo/7677-a: EO 7677-A; eo/1919-1-2: EO 1919 1/2)
    proclamation/2439        Proclamation 2439 (unnumbered ones by date: proclamation/1911-04-24)
    plo/801                  Public Land Order 801
    memorandum/2003-04-17    a presidential memorandum, by date
    document/<slug>          another instrument or document a disposition note names
    eo/14060/sec/3/a/i       its section 3(a)(i)
    strategy/2011-toc        a White House strategy
    usc/8/1357/g             8 U.S.C. 1357(g)
    statute/ina              a named Act
    constitution/art/2/sec/3 Article II, Section 3 of the Constitution
    org/usctoc               a department, agency or interagency body
    office/attorney-general  an office held by one person
    person/joseph-r-biden-jr a President
    source/fr-2021-27605     a source document facts were checked in
    edge/<hash>              a qualified edge (evidence for one direct edge)
    commentary/<file>/<key>  third-party commentary about an instrument (loaders.analysis)
    graph/curated/toc        a named graph (one per loaded source)

The base defaults to https://w3id.org/lexgraph/id/ and is set with LEXGRAPH_BASE_IRI or
--base-iri (read by graph/settings.py); the vocabulary lives at https://w3id.org/lexgraph/ns# whatever the base.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ontology import NS

DEFAULT_BASE_IRI = "https://w3id.org/lexgraph/id/"

class CachedNamespace(Namespace):
    """A Namespace whose terms are made once: loaders ask for `LEX.revokes` millions of times at
    corpus size, and each fresh URIRef is checked character by character."""

    def term(self, name: str) -> URIRef:
        key = (str(self), name)
        found = _TERMS.get(key)
        if found is None:
            found = _TERMS[key] = super().term(name)
        return found


_TERMS: dict[tuple[str, str], URIRef] = {}
LEX = CachedNamespace(NS)
ELI = CachedNamespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")

PREFIXES: dict[str, str] = {
    "lex": NS,
    "eli": str(ELI),
    "schema": str(SCHEMA),
    "dct": str(DCTERMS),
    "prov": str(PROV),
    "skos": str(SKOS),
    "org": str(ORG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

_SEGMENT = r"[a-z0-9][a-z0-9.-]*"
ID_PATTERN = re.compile(
    rf"""^(?:
        eo/[1-9][0-9]*(?:-[a-z0-9]+)*(?:/sec/{_SEGMENT}(?:/{_SEGMENT})*)?
      | (?:proclamation|plo|memorandum|document)/{_SEGMENT}
      | strategy/{_SEGMENT}(?:/sec/{_SEGMENT}(?:/{_SEGMENT})*)?
      | usc/[1-9][0-9]*/[0-9]+[a-z0-9-]*(?:/{_SEGMENT})*
      | statute/{_SEGMENT}(?:/sec/{_SEGMENT}(?:/{_SEGMENT})*)?
      | constitution(?:/art/[1-9][0-9]*(?:/sec/[1-9][0-9]*)?|/amendment/[1-9][0-9]*)?
      | org/{_SEGMENT}
      | office/{_SEGMENT}
      | person/{_SEGMENT}
      | source/{_SEGMENT}
      | edge/[0-9a-f]{{16}}
      | commentary/{_SEGMENT}(?:/{_SEGMENT})*
      | graph/{_SEGMENT}(?:/{_SEGMENT})*
    )$""",
    re.VERBOSE,
)

_PINPOINT = re.compile(r"^([0-9]+[a-z]?(?:[-.][0-9]+)?)((?:\([a-zA-Z0-9]+\))*)$")  # 3, 3(a)(i), 1-102(b), 1.3(a)


def check_base_iri(base: str) -> str:
    if not re.match(r"^https?://[^\s<>\"{}|\\^`]+/$", base):
        raise ValueError(f"base IRI must be an http(s) IRI ending in '/': {base!r}")
    return base


def is_valid_id(node_id: str) -> bool:
    return bool(ID_PATTERN.match(node_id))


def section_path(pinpoint: str) -> list[str]:
    """'3(a)(i)' -> ['3', 'a', 'i']; '1-102(b)' -> ['1-102', 'b'] (orders numbered 1-101, 1-102 ...)."""
    m = _PINPOINT.match(pinpoint.strip().removeprefix("§").strip())
    if not m:
        raise ValueError(f"not a section pinpoint like '3' or '3(a)(i)': {pinpoint!r}")
    return [m.group(1)] + re.findall(r"\(([a-zA-Z0-9]+)\)", m.group(2))


def pinpoint_label(path: list[str]) -> str:
    """['3', 'a', 'i'] -> '3(a)(i)'; ['preamble'] -> 'preamble'. The one place a pinpoint is spelt."""
    if path == ["preamble"]:
        return "preamble"
    return path[0] + "".join(f"({p})" for p in path[1:])


def slug(text: str, default: str = "") -> str:
    """'Threat Mitigation Working Group' -> 'threat-mitigation-working-group': the id segment of a name."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or default


def section_id(instrument_id: str, pinpoint: str) -> str:
    """('eo/14060', '3(a)(i)') -> 'eo/14060/sec/3/a/i'; 'preamble' -> 'eo/14060/sec/preamble'.

    Segments are lower-cased: depth keeps (a) and (A) apart, as orders nest (a) > (i) > (A).
    """
    if pinpoint.strip().lower() == "preamble":
        return instrument_id + "/sec/preamble"
    return instrument_id + "/sec/" + "/".join(s.lower() for s in section_path(pinpoint))


def split_section_id(node_id: str) -> tuple[str, list[str]] | None:
    """'eo/14060/sec/3/a/i' -> ('eo/14060', ['3', 'a', 'i']); None if not a section id."""
    if "/sec/" not in node_id or node_id.startswith(("usc/", "constitution")):
        return None
    instrument, _, rest = node_id.partition("/sec/")
    return instrument, rest.split("/")


@dataclass(frozen=True)
class Minter:
    """Turns ids into IRIs under one base, and back."""

    base: str = DEFAULT_BASE_IRI

    def __post_init__(self) -> None:
        check_base_iri(self.base)

    def iri(self, node_id: str) -> URIRef:
        if not is_valid_id(node_id):
            raise ValueError(f"not a lexgraph id: {node_id!r} (see graph/namespaces.py)")
        return URIRef(self.base + node_id)

    def id_of(self, iri: str) -> str | None:
        return iri[len(self.base) :] if iri.startswith(self.base) else None

    def graph(self, name: str) -> URIRef:
        return self.iri("graph/" + name)

    def edge(self, *parts: str) -> URIRef:
        """A stable IRI for a qualified edge, from what makes it unique."""
        digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]
        return self.iri("edge/" + digest)


def usc_id(title: int | str, section: str) -> str:
    """(8, '1357(g)') -> 'usc/8/1357/g'."""
    m = re.match(r"^([0-9]+[a-zA-Z0-9-]*)((?:\([a-zA-Z0-9]+\))*)$", section.replace(" ", ""))
    if not m:
        raise ValueError(f"not a U.S. Code section: {section!r}")
    subs = re.findall(r"\(([a-zA-Z0-9]+)\)", m.group(2))
    return "/".join(["usc", str(int(title)), m.group(1).lower(), *[s.lower() for s in subs]])


# U.S. Code nesting: subsection (a), paragraph (1), subparagraph (A), clause (i), subclause (I).
_USC_UPPER_LEVELS = {2, 4}


def usc_label(node_id: str) -> str:
    """'usc/8/1182/a/6/c' -> '8 U.S.C. 1182(a)(6)(C)' (ids are lower-case; labels follow the Code)."""
    _, title, section, *subs = node_id.split("/")
    cased = [s.upper() if i in _USC_UPPER_LEVELS else s for i, s in enumerate(subs)]
    return f"{title} U.S.C. {section}" + "".join(f"({s})" for s in cased)
