"""The records the disposition parsers produce, and the report of what they could not read.

Plain data: a `DispositionRecord` per order entry (NARA table entry, Federal Register CSV row or
API document), each with its `Relation`s; an `Irregularity` for everything in a source that is not
in the expected form, whether the parser recovered from it (`resolved=True`: parsed, and counted
by kind) or not (`resolved=False`: reported, and nothing was made of it). `ParseReport` collects
both and summarises them. Graph emission is not done here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

RELATION_TYPES = (
    "revokes",
    "revokes_in_part",
    "amends",
    "supersedes",
    "supersedes_in_part",
    "reinstates",
    "suspends",
    "continues",
    "rescinds",
    "related",
)
DIRECTIONS = ("outgoing", "incoming")  # outgoing: this order acts; incoming: it is acted upon
TARGET_KINDS = ("executive_order", "proclamation", "public_land_order", "statute", "memorandum", "other")

# Every kind of irregularity the parsers know, and what it means. A kind is `resolved` (the parser
# read through it) or not (reported only); the same kind is never both.
RESOLVED_KINDS = {
    "space before colon": "'Revokes :' - whitespace between a label and its colon",
    "typo label": "a misspelt label word ('Suspersedes', 'Revoked in pary by', 'Amend by', 'ee')",
    "label case": "a label in other capitals ('NOTE', 'Federal Register Page and Date')",
    "extra space in label": "several spaces inside a label ('Nullified      by')",
    "label variant": "another wording of a known label ('Partially revoked by', 'Revoked (in part) by', "
    "'Revoked part by', 'Amended by (continued)')",
    "scope in label": "the label names what is acted on ('Committee continued by', "
    "'Continues certain committees established by', 'Supersedes (export control provisions)')",
    "compound label": "two labels joined by 'and' ('Revoked in part and supplemented by'); each part is read",
    "missing colon": "a known label with no colon, or a semicolon for it ('Amended by; EO 9183')",
    "multiple labels on one line": "a second label after a semicolon on the same line",
    "continuation line": "a note line without a label continues the previous label's list",
    "empty separator": "an empty item between semicolons (';;', a line starting with ';')",
    "EP for EO": "'EP 14041' typed for 'EO 14041'",
    "E for EO": "'E 6927' typed for 'EO 6927'",
    "doubled EO": "'EO EO 13836'",
    "comma after month": "'January, 4, 2008'",
    "numeric date": "'EO 13788 of 4/18/2017' in some API notes",
    "date list": "'Notices of August 17, 1994; September 18, 1995': a bare date names another item of the "
    "kind before it",
    "missing comma": "no comma between a target and its date ('EO 14135 January 3, 2025')",
    "of before date": "'EO 13993 of January 20, 2021' instead of a comma",
    "missing semicolon": "two targets in one item without a semicolon between them",
    "stray semicolon": "a semicolon between a target and its own date ('EO 14180; January 24, 2025')",
    "in part after target": "'Revokes: EO 6119, May 2, 1933 (in part)' read as revokes_in_part",
    "indented header": "whitespace before 'Executive Order N'",
    "mirror comment": "a '#' line the mirror's author added to record a correction; never read as data",
    "FR citation without label": "a bare '9 FR 11046, September 8, 1944' line under an entry",
    "FR citation in Signed": "'Signed: 5 FR 2468, July 4, 1940' (FDR-era tables)",
    "semicolon before date": "'59 FR 2935; January 20, 1994' in a Federal Register page and date",
    "padded field": "leading or trailing spaces in a CSV field (' 2022-05232')",
    "period in date": "'April 22. 1949'",
    "note after target": "words after a target and its date, kept as the relation's target_note "
    "('effective October 1, 1981', '(which was revoked by EO 11708, March 23, 1973)')",
    "irregular letter suffix": "'Executive Order 11359A', '7933-a' for 11359-A, 7933-A",
    "corrected citation": "'42 FR 2293, 4809 (corrected)': the first page is the citation, the rest a note",
    "publication note in FR field": "'Federal Register page and date:, Not published'",
    "label inside value": "'Federal Register page and date: Note: ... not received for publication'",
    "date before citation": "'Federal Register page and date: October 2, 1940 5 FR 3869,'",
}
REPORTED_KINDS = {
    "unknown label": "a label the table does not know; the line is kept as raw text",
    "label outside canonical types": "a known label that is not one of the relation types "
    "('Supplemented by', 'Ratified by', 'Terminated by'); reported with its targets",
    "ambiguous label": "'Superseded or revoked by': the relation type cannot be told",
    "unlabelled text": "a free-text line under an entry with no label",
    "unparseable date": "a date that is not a calendar date in 'Month D, YYYY' form",
    "unparseable target": "a target item that names nothing (e.g. 'EO' without a number)",
    "order named in prose": "an order named in the words beside a target ('(which was revoked by EO 11708, "
    "March 23, 1973)', 'which replaced text of EO 12173'): the relation is made to the target, the "
    "relation those words imply is not read",
    "bad FR citation": "a Federal Register page and date that is not 'V FR P, Month D, YYYY'",
    "empty value": "a label with nothing after it",
    "missing date": "a Federal Register page with no issue date ('26 FR 2677')",
    "truncated line": "a line cut off inside its last target ('EO 9197, July 9', 'EO 11556, September', 'EO')",
    "truncated entry": "an entry without a title or without a Signed line (cut off, or two headers in a row)",
    "text outside entry": "text before the first 'Executive Order N' header or between header lines",
    "duplicate entry": "the same order listed twice (in one file or across files)",
    "missing number": "a CSV row or API document without an executive order number",
    "malformed row": "a CSV row with the wrong number of fields",
}


@dataclass(frozen=True)
class FRCitation:
    volume: int
    page: int

    def __str__(self) -> str:
        return f"{self.volume} FR {self.page}"


@dataclass(frozen=True)
class Irregularity:
    file: str
    line: int | None
    kind: str
    text: str
    resolved: bool = False

    def __post_init__(self) -> None:
        kinds = RESOLVED_KINDS if self.resolved else REPORTED_KINDS
        if self.kind not in kinds:
            raise ValueError(f"unknown {'resolved' if self.resolved else 'reported'} irregularity kind {self.kind!r}")

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.kind}: {self.text}"


@dataclass
class Relation:
    """One target of one note label: 'Revoked by: EO 13992, January 20, 2021' on EO 13771."""

    type: str  # one of RELATION_TYPES
    direction: str  # 'outgoing' (this order acts on the target) or 'incoming' (the target acts on it)
    target_kind: str  # one of TARGET_KINDS
    target_number: str | None  # '13992', '7677-A', '1919 1/2', '801', '94-12'; None when unnumbered
    target_name: str  # the target as written, without its date and Federal Register cite
    target_date: dt.date | None
    target_fr: FRCitation | None
    scope: str | None  # what part is acted on: 'in part', 'sec. 3', 'Committee', 'export control provisions'
    target_note: str | None  # words after the target: 'effective October 1, 1981', '(which was revoked by ...)'
    label: str  # the label as written ('Revokes :', 'Suspersedes')
    raw: str  # the whole note line as written
    file: str
    line: int

    def __post_init__(self) -> None:
        assert self.type in RELATION_TYPES, self.type
        assert self.direction in DIRECTIONS, self.direction
        assert self.target_kind in TARGET_KINDS, self.target_kind


@dataclass
class DispositionRecord:
    source: str  # 'nara', 'fr-csv' or 'fr-json'
    eo_number: str  # '7532', '7677-A'
    title: str | None
    signed: dt.date | None
    fr: FRCitation | None  # where the order itself is printed
    published: dt.date | None  # the Federal Register issue date
    president: str | None  # slug, e.g. 'barack-obama'
    relations: list[Relation]
    raw: str  # the entry (NARA) or the notes (FR) as written
    file: str
    line: int  # the header line (NARA), the row's first line (CSV), 1 for one-line JSON
    notes: list[str] = field(default_factory=list)  # 'Note:' text and other unlabelled facts, as written
    document_number: str | None = None
    not_received_for_publication: bool = False
    irregularities: list[Irregularity] = field(default_factory=list)

    @property
    def number(self) -> int:
        """The order's integer number, without a letter suffix ('7677-A' -> 7677)."""
        return int(self.eo_number.split("-")[0])


class ParseReport:
    """Everything the parsers saw: records, relations, irregularities, how each line was read."""

    def __init__(self) -> None:
        self.records: Counter[str] = Counter()  # by source
        self.relations: Counter[tuple[str, str, str]] = Counter()  # (source, type, direction)
        self.irregularities: list[Irregularity] = []
        self.lines: dict[str, Counter[str]] = {}  # file -> line class -> count

    def add_record(self, record: DispositionRecord) -> None:
        self.records[record.source] += 1
        for rel in record.relations:
            self.relations[(record.source, rel.type, rel.direction)] += 1

    def add(self, irregularity: Irregularity) -> None:
        self.irregularities.append(irregularity)

    def line(self, file: str, cls: str) -> None:
        self.lines.setdefault(file, Counter())[cls] += 1

    def counts(self, resolved: bool) -> Counter[str]:
        return Counter(i.kind for i in self.irregularities if i.resolved is resolved)

    def reported(self) -> list[Irregularity]:
        return [i for i in self.irregularities if not i.resolved]

    def summary(self) -> str:
        """Markdown: records and relations by source, irregularities by kind."""
        out = ["| source | records | relations |", "| --- | ---: | ---: |"]
        for source, n in sorted(self.records.items()):
            rels = sum(v for (s, _t, _d), v in self.relations.items() if s == source)
            out.append(f"| {source} | {n} | {rels} |")
        out += ["", "| relation type | direction | " + " | ".join(sorted(self.records)) + " |"]
        out.append("| --- | --- |" + " ---: |" * len(self.records))
        for rtype in RELATION_TYPES:
            for direction in DIRECTIONS:
                row = [self.relations[(s, rtype, direction)] for s in sorted(self.records)]
                if any(row):
                    out.append(f"| {rtype} | {direction} | " + " | ".join(map(str, row)) + " |")
        for resolved, title in ((True, "parsed (resolved)"), (False, "reported (not parsed)")):
            counts = self.counts(resolved)
            out += ["", f"| irregularity, {title} | count |", "| --- | ---: |"]
            out += [f"| {kind} | {n} |" for kind, n in counts.most_common()]
        return "\n".join(out)
