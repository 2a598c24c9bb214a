"""What the text loaders find, before it becomes RDF: instruments, provisions, edges, commentary.

Extractors (order_text, analysis, strategy, fr_api) fill an `Extraction`; `loaders.emit` turns it
into quads. Keeping the two apart lets `lexgraph extract` print findings without a store, and lets
the gold-standard tests score edges as plain tuples.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from graph.errors import DataError
from graph.namespaces import pinpoint_label
from loaders.references import MONTH

LOADER_VERSION = "lexgraph-loaders 0.1.0"

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
# The statement of authority that opens an order's preamble, in the wordings of 1937 to now: "By
# the authority vested in me", "By virtue of and pursuant to the authority vested in me", "Under and
# by virtue of the authority conferred upon me", "Pursuant to the authority vested in me",
# "In the exercise of the authority vested in me". The authority span of a preamble (loaders/clauses.py)
# is read with it; which reader a text goes to is decided by order_text._PREAMBLE, a narrower form at the
# start of a line (the wider one would send older orders numbered "1.", "2." to a reader that does not
# know that numbering; the Markdown adapter reads them).
AUTHORITY = (
    r"(?:[Bb]y|[Uu]nder|[Pp]ursuant\s+to|[Ii]n\s+(?:the\s+)?exercise\s+of)"
    r"(?:\s+and\s+by)?(?:\s+(?:the\s+)?virtue\s+of)?(?:\s+and\s+(?:pursuant\s+to|in\s+accordance\s+with))?"
    # ("by authority vested in me" without the article, "the power and authority vested in me"; "By the virtue of")
    # ("vested in the President by the Constitution and statutes": 165 archive orders say it so)
    r"\s+(?:the\s+)?(?:power\s+and\s+authority|authority|power|powers)\s+(?:vested\s+(?:[Ii]n|hi(?=\s+me\b))|conferred\s+(?:up)?on|granted\s+to)"
    # ("vested In me": the older copies' OCR capitalises a word mid-sentence; "vested hi me" misreads "in", EO 10685)
    # ("vested in my by section 10 of the Railway Labor Act", EO 9748: "me" mistyped)
    r"\s+(?:me|my(?=\s+by\b)|the\s+President)"
)
AUTHORITY_RE = re.compile(AUTHORITY)

DATE_RE = re.compile(rf"\b({MONTH})\s+(\d{{1,2}}),\s+(\d{{4}})\b")


def parse_date(text: str) -> dt.date | None:
    """'December 15, 2021' -> date(2021, 12, 15); None when there is no such date in text."""
    m = DATE_RE.search(text)
    if not m:
        return None
    return dt.date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))


@dataclass
class TextEvidence:
    """Where an edge was read: instrument, pinpoint, character span in the file, the sentence."""

    instrument: str
    section: str | None
    start: int
    end: int
    quote: str


@dataclass
class ExtractedEdge:
    subject: str
    type: str  # a curated edge type (establishes, revokes, ...) or revokes_in_part
    object: str
    evidence: TextEvidence
    date: dt.date | None = None  # overrides the instrument's signing date (disposition notes)

    def key(self) -> tuple[str, str, str, str]:
        return (self.subject, self.type, self.object, self.evidence.section or "")


@dataclass
class Provision:
    """A section or paragraph: path ['3', 'a', 'i'] or ['preamble']; span in the file."""

    path: list[str]
    text: str
    start: int
    end: int
    heading: str | None = None
    fr_page: int | None = None

    @property
    def label(self) -> str:
        return pinpoint_label(self.path)


@dataclass
class Instrument:
    id: str
    kind: str  # ExecutiveOrder | Strategy
    title: str | None = None
    eo_number: int | None = None
    signed: dt.date | None = None
    published: dt.date | None = None
    fr_citation: str | None = None
    fr_document: str | None = None
    objectives: list[str] = field(default_factory=list)


@dataclass
class Commentary:
    """Third-party text ABOUT an instrument; never a source of the instrument's own edges."""

    about: str
    key: str
    heading: str
    text: str
    audience: str
    start: int
    end: int
    status: str | None = None
    status_date: dt.date | None = None


@dataclass
class NewNode:
    """A node the text names that curated data does not declare (e.g. a newly established body)."""

    id: str
    type: str  # an ORGANIZATION_TYPES / INSTRUMENT_TYPES key of loaders.curated
    label: str
    acronym: str | None = None


def new_node_class(node_type: str) -> str:
    """The lex: class of a node the text names: its own type where the ontology has it, else Organization."""
    from graph.node_types import ORGANIZATION_TYPES

    return node_type if node_type in (*ORGANIZATION_TYPES, "Statute", "Office") else "Organization"


@dataclass
class Extraction:
    path: Path
    layout: str
    instruments: list[Instrument] = field(default_factory=list)
    provisions: list[Provision] = field(default_factory=list)
    edges: list[ExtractedEdge] = field(default_factory=list)
    commentary: list[Commentary] = field(default_factory=list)
    new_nodes: list[NewNode] = field(default_factory=list)
    alt_labels: dict[str, set[str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def instrument(self) -> Instrument | None:
        return self.instruments[0] if len(self.instruments) == 1 else None

    def add_edge(self, edge: ExtractedEdge) -> None:
        """Keep the first edge per (subject, type, object, pinpoint): one sentence is evidence enough."""
        if all(e.key() != edge.key() for e in self.edges):
            self.edges.append(edge)

    def as_dict(self) -> dict:
        def plain(value: object) -> object:
            if isinstance(value, dt.date):
                return value.isoformat()
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list | tuple | set):
                return [plain(v) for v in (sorted(value) if isinstance(value, set) else value)]
            return value

        return plain(
            {
                "file": self.path.as_posix(),
                "layout": self.layout,
                "loader_version": LOADER_VERSION,
                "instruments": [asdict(i) for i in self.instruments],
                "sections": [
                    {
                        "number": p.label,
                        "heading": p.heading,
                        "fr_page": p.fr_page,
                        "span": [p.start, p.end],
                        "text": p.text,
                    }
                    for p in self.provisions
                ],
                "edges": [
                    {
                        "subject": e.subject,
                        "type": e.type,
                        "object": e.object,
                        "date": e.date,
                        "evidence": asdict(e.evidence)
                        | {"method": "extracted", "loader_version": LOADER_VERSION},
                    }
                    for e in self.edges
                ],
                "commentary": [asdict(c) for c in self.commentary],
                "new_nodes": [asdict(n) for n in self.new_nodes],
                "alt_labels": {k: sorted(v) for k, v in self.alt_labels.items()},
                "warnings": self.warnings,
            }
        )


MAX_SOURCE_BYTES = 256 * 1024 * 1024  # the largest single source file a loader reads (256 MB)


def read_source_text(path: Path, limit: int = MAX_SOURCE_BYTES) -> str:
    """The file as text, or a DataError naming it: missing, too large, empty, binary or not UTF-8."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise DataError(path, f"file is {size / 2**20:.0f} MB; a source file may be at most {limit / 2**20:.0f} MB "
                                  "(split it, or raise MAX_SOURCE_BYTES in loaders/model.py)")
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(path, f"cannot read: {exc.strerror}") from exc
    if not raw.strip():
        raise DataError(path, "empty file: nothing to load")
    if b"\x00" in raw[:8192]:
        raise DataError(path, "binary file: expected UTF-8 text or JSON")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(path, f"not UTF-8 text (binary?): {exc.reason} at byte {exc.start}", line) from exc


def normalize(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
