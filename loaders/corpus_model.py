"""The merged corpus, before it becomes RDF: one node per instrument, one edge per (subject, type,
object) with every note and sentence that states it, and every problem met on the way.

Plain data, filled by loaders.corpus (merge), loaders.reconcile (agreement of tables and texts) and
read by loaders.corpus_emit (quads) and the build report.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

# Source kinds, most trusted first for an order's title, dates and citation: the newest
# federalregister.gov export, the full export, the API files, the NARA tables, the Markdown headers.
PRECEDENCE = ("fr-sample", "fr-export", "fr-api-json", "nara-disposition", "eo-markdown")
TABLE_KINDS = ("nara-disposition", "fr-export", "fr-sample", "fr-api-json")

# What the corpus loader reports (each with file and line), beyond the parsers' irregularities.
ISSUE_KINDS = {
    "sources disagree": "two sources give an order different values (title, signing date, citation); "
    "the most trusted source's value is used (PRECEDENCE)",
    "note date differs": "a note dates the acting order differently from that order's own entry; the entry's "
    "signing date is the edge's effective date",
    "dated before its object": "an edge with a status effect dated before the instrument it acts on was signed: "
    "this evidence is left out",
    "dated before its instrument": "an edge dated before the instrument that makes it was signed: left out",
    "no date": "an edge with a status effect and no date (no signing date for the acting instrument and none "
    "in the note): left out",
    "curated fact contradicted": "a table or text contradicts a curated edge (whole versus part); curated wins, "
    "the other edge is left out",
    "curated value differs": "a source gives a curated order another title or date; curated wins",
    "self relation": "an order said to act on itself: left out",
    "unreadable text": "a Markdown order file the header parser refuses",
    "extractor failed": "the text extractor raised an error on an order's text: no provisions or edges from it",
    "duplicate text": "two Markdown files for one order number; the first is used",
    "unnamed target": "a note target that names no instrument: left out",
}


@dataclass(frozen=True)
class SourceDoc:
    id: str  # 'source/nara-disposition-1952'
    kind: str  # one of PRECEDENCE
    path: Path
    shown: str  # the path a reader can open: 'data/sources/nara-disposition/1952.txt'
    title: str
    covers_through: dt.date | None = None


@dataclass(frozen=True)
class Issue:
    file: str
    line: int | None
    kind: str
    text: str

    def __post_init__(self) -> None:
        if self.kind not in ISSUE_KINDS:
            raise ValueError(f"unknown corpus issue kind {self.kind!r}")

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.kind}: {self.text}"


@dataclass(frozen=True)
class Fact:
    """One value of one field, as one source gives it."""

    value: object
    kind: str
    file: str
    line: int | None


@dataclass
class Node:
    id: str
    type: str  # ExecutiveOrder | Proclamation | PublicLandOrder | PresidentialMemorandum | Statute | OtherInstrument
    label: str
    number: str | None = None  # '13489', '7677-A', '1919 1/2'; a proclamation's or PLO's number
    facts: dict[str, list[Fact]] = field(default_factory=dict)  # title, signed, published, fr, document, president
    sources: set[str] = field(default_factory=set)
    entry: bool = False  # a source has an entry of its own for it (not only named in another's notes)
    entries: set[str] = field(default_factory=set)  # the source kinds that have an entry for it
    text: str | None = None  # source id of its Markdown text
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, value: object, kind: str, file: str, line: int | None) -> None:
        if value is not None and value != "":
            self.facts.setdefault(name, []).append(Fact(value, kind, file, line))

    def value(self, name: str) -> object:
        """The most trusted source's value (PRECEDENCE). For an instrument known only from other
        orders' notes, each note is one witness: the value most notes give wins (a typo in one note,
        'EO 7410, July 9, 1946' for 1936, does not date the order), then the most trusted."""
        facts = self.facts.get(name)
        if not facts:
            return None
        rank = lambda f: PRECEDENCE.index(f.kind) if f.kind in PRECEDENCE else 99  # noqa: E731
        if self.entry:
            return min(facts, key=rank).value
        votes = Counter(f.value for f in facts)
        return min(facts, key=lambda f: (-votes[f.value], rank(f))).value


@dataclass
class Evidence:
    """One note line that states an edge."""

    kind: str  # source kind
    source: str  # source document id
    file: str
    line: int
    quote: str  # the note line as written
    direction: str  # outgoing | incoming
    label: str
    effective: dt.date | None
    scope: str | None = None
    note: str | None = None
    qualified: str | None = None  # IRI of its qualified node, once emitted


@dataclass
class TextEvidence:
    """One sentence of an order's text that states an edge (from the extractor)."""

    source: str  # the Markdown file's source document id
    file: str
    section: str | None
    start: int
    end: int
    quote: str
    effective: dt.date | None
    qualified: str | None = None


@dataclass
class Edge:
    subject: str
    type: str
    object: str
    instrument: str  # the instrument that makes it (the subject, unless the subject is a body)
    table: list[Evidence] = field(default_factory=list)
    text: list[TextEvidence] = field(default_factory=list)
    reconciliation: str | None = None  # confirmed | tableOnly | textOnly | contradicted


@dataclass
class Corpus:
    sources: dict[str, SourceDoc] = field(default_factory=dict)
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)
    provisions: list[tuple[str, object]] = field(default_factory=list)  # (source id, Extraction)
    issues: list[Issue] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    texts_through: dt.date | None = None
    tables_through: dict[str, dt.date] = field(default_factory=dict)

    def issue(self, file: str, line: int | None, kind: str, text: str) -> None:
        self.issues.append(Issue(file, line, kind, text))

    def edge(self, subject: str, kind: str, obj: str, instrument: str | None = None) -> Edge:
        key = (subject, kind, obj)
        found = self.edges.get(key)
        if found is None:
            found = self.edges[key] = Edge(subject, kind, obj, instrument or subject)
        return found
