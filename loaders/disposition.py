"""Parsers for executive order disposition sources -> `DispositionRecord`s with `Relation`s.

    parse_nara_table(path)   NARA / Office of the Federal Register disposition tables as text
                             (data/sources/nara-disposition/YEAR.txt, archive/YEAR.txt)
    parse_fr_notes(path)     Federal Register CSV exports (disposition_notes column) and
                             Federal Register API JSON (executive_order_notes / disposition_notes)
    parse_report(paths)      all of them, with every irregularity counted or reported

Pure: files in, records out; nothing is fetched and nothing is written. Each parser takes an
optional `ParseReport`; every line that is not in the expected form becomes an `Irregularity` in
it (and in the record it belongs to): `resolved` if the parser read through it, reported if not.
Nothing is dropped silently: tests check that every relation line of the NARA tables yields a
relation or a reported irregularity.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import DataError
from loaders.disposition_labels import LABELS, Label, normalise_label, starts_with_label
from loaders.disposition_model import (
    DispositionRecord,
    FRCitation,
    Irregularity,
    ParseReport,
    Relation,
)
from loaders.disposition_targets import DATE_RE, FR_RE, MONTH_NAMES, parse_date, parse_targets
from loaders.presidents import president_of

HEADER_RE = re.compile(r"^(?P<indent>\s*)Executive Order\s+(?P<number>\d+)(?P<hyphen>-?)(?P<letter>[A-Z]?)\s*$")
_LABEL_AT = re.compile(r"^(?P<lead>[\s;]*)(?P<label>[A-Za-z][A-Za-z'()\- ]*?)(?P<space>\s*):")
_LABEL_MID = re.compile(r"(?:;|(?<=\d{4})\s)\s*(?P<label>[A-Za-z][A-Za-z'()\- ]*?)(?P<space>\s*):")
_PARTIAL_DATE = re.compile(rf"(?:{'|'.join(MONTH_NAMES)}|[A-Z][a-z]{{2,8}})\.?(?:\s+\d{{1,2}},?)?|EO|E\.O\.")
_NOT_RECEIVED = re.compile(r"not received for publication", re.I)
_MAX_LABEL_WORDS = 12


@dataclass
class _Entry:
    """A record being read, and where its irregularities go."""

    record: DispositionRecord
    report: ParseReport
    lines: list[str] = field(default_factory=list)
    signed_seen: bool = False

    def resolved(self, kind: str, line: int, text: str) -> None:
        self._add(Irregularity(self.record.file, line, kind, text.strip(), resolved=True))

    def reported(self, kind: str, line: int, text: str) -> None:
        self._add(Irregularity(self.record.file, line, kind, text.strip(), resolved=False))

    def _add(self, irregularity: Irregularity) -> None:
        self.record.irregularities.append(irregularity)
        self.report.add(irregularity)


@dataclass
class _Segment:
    label: Label | None
    raw_label: str
    value: str


def split_line(text: str, entry: _Entry, line: int) -> list[_Segment]:
    """One note line -> its labelled segments ('Revokes: ...; Supersedes: ...' is two). A line with
    no label at its start gives one segment with label None."""
    m = _LABEL_AT.match(text)
    label = None
    if m and len(m.group("label").split()) <= _MAX_LABEL_WORDS:
        label = normalise_label(m.group("label"))
        if label.key is None and not label.ambiguous and m.group("lead").strip():
            label = None
    if label is None:
        return [_Segment(None, "", text.strip())]
    if m.group("lead").strip():
        entry.resolved("empty separator", line, text)
    if m.group("space"):
        entry.resolved("space before colon", line, text)
    rest = text[m.end() :]
    segments = [_Segment(label, m.group("label").strip(), rest)]
    if label.key == "note":
        return segments
    while True:
        current = segments[-1]
        for mid in _LABEL_MID.finditer(current.value):
            other = normalise_label(mid.group("label"))
            if other.key is None and not other.ambiguous:
                continue
            entry.resolved("multiple labels on one line", line, text)
            if mid.group("space"):
                entry.resolved("space before colon", line, text)
            segments.append(_Segment(other, mid.group("label").strip(), current.value[mid.end() :]))
            current.value = current.value[: mid.start()]
            break
        else:
            return segments


def _relations(entry: _Entry, label: Label, raw_label: str, value: str, raw: str, line: int) -> int:
    """The relations of one labelled segment, added to the entry's record; how many were made."""
    for kind in label.kinds:
        entry.resolved(kind, line, raw)
    if label.ambiguous:
        entry.reported("ambiguous label", line, raw)
        return 0
    made = 0
    for key in [label.key, *label.also]:
        assert key is not None
        role, meaning, direction = LABELS[key]
        if role == "other":
            entry.reported("label outside canonical types", line, raw)
            continue
        if not value.strip():
            entry.reported("empty value", line, raw)
            continue
        targets = parse_targets(value)
        for n, target in enumerate(targets, 1):
            for kind in target.resolved:
                entry.resolved(kind, line, raw)
            for kind, detail in target.reported:
                if n == len(targets) and _truncated(detail, raw):
                    kind = "truncated line"
                entry.reported(kind, line, f"{detail!r} in: {raw.strip()}")
            if any(kind == "unparseable target" for kind, _ in target.reported):
                continue
            rtype = meaning
            scopes = [s for s in (label.scope, target.scope) if s]
            if target.in_part or label.in_part:
                if rtype in ("revokes", "supersedes"):
                    rtype += "_in_part"
                    entry.resolved("in part after target", line, raw)
                else:
                    scopes.append("in part")
            entry.record.relations.append(
                Relation(
                    type=rtype,
                    direction=direction or "outgoing",
                    target_kind=target.kind,
                    target_number=target.number,
                    target_name=target.name,
                    target_date=target.date,
                    target_fr=FRCitation(*target.fr) if target.fr else None,
                    scope="; ".join(scopes) or None,
                    target_note=target.note,
                    label=raw_label,
                    raw=raw.strip(),
                    file=entry.record.file,
                    line=line,
                )
            )
            made += 1
    return made


def _truncated(detail: str, raw: str) -> bool:
    """Is `detail` (a bad date or target) the unfinished end of the line ('..., EO 9197, July 9')?"""
    if not re.sub(r"\s+", " ", raw).rstrip(" ,;").endswith(detail):
        return False
    m = _PARTIAL_DATE.fullmatch(detail)
    if not m:
        return False
    return detail in ("EO", "E.O.") or any(n.startswith(detail.split()[0].rstrip(".")) for n in MONTH_NAMES)


def _fr_value(entry: _Entry, value: str, raw: str, line: int) -> None:
    """'17 FR 133, January 5, 1952' -> the record's citation and publication date."""
    text = value.strip()
    if not text:
        entry.reported("empty value", line, raw)
        return
    if re.match(r"^note\s*:", text, re.I):
        entry.resolved("label inside value", line, raw)
        entry.record.notes.append(text)
        entry.record.not_received_for_publication |= bool(_NOT_RECEIVED.search(text))
        return
    if re.fullmatch(r"[,;\s]*not published\.?", text, re.I):
        entry.resolved("publication note in FR field", line, raw)
        entry.record.notes.append(raw.strip())
        entry.record.not_received_for_publication = True
        return
    cite = FR_RE.search(text)
    if cite is None:
        entry.reported("bad FR citation", line, raw)
    else:
        entry.record.fr = FRCitation(int(cite.group("volume")), int(cite.group("page")))
        if ";" in text[cite.end() : cite.end() + 3]:
            entry.resolved("semicolon before date", line, raw)
    date, resolved, reported = parse_date(text)
    if cite is not None and date is not None and DATE_RE.search(text).start() < cite.start():
        entry.resolved("date before citation", line, raw)
    for kind in resolved:
        entry.resolved(kind, line, raw)
    for kind, detail in reported:
        entry.reported(kind, line, f"{detail!r} in: {raw.strip()}")
    if date is None and not reported and cite is not None:
        entry.reported("missing date", line, raw)
    entry.record.published = date


def _signed_value(entry: _Entry, value: str, raw: str, line: int) -> None:
    if FR_RE.search(value):  # 'Signed: 5 FR 2468, July 4, 1940': a Federal Register line
        entry.resolved("FR citation in Signed", line, raw)
        _fr_value(entry, value, raw, line)
        return
    date, resolved, reported = parse_date(value)
    for kind in resolved:
        entry.resolved(kind, line, raw)
    for kind, detail in reported:
        entry.reported(kind, line, f"{detail!r} in: {raw.strip()}")
    if date is None and not reported:
        entry.reported("unparseable date", line, raw)
    entry.record.signed = date
    entry.signed_seen = True


def _field(entry: _Entry, label: Label, value: str, raw: str, line: int) -> None:
    for kind in label.kinds:
        entry.resolved(kind, line, raw)
    meaning = LABELS[label.key][1] if label.key else None
    if meaning == "signed":
        _signed_value(entry, value, raw, line)
    elif meaning == "fr":
        _fr_value(entry, value, raw, line)
    else:  # note, correction, effective, expired: kept as written
        entry.record.notes.append(raw.strip())
        if meaning == "note" and _NOT_RECEIVED.search(value):
            entry.record.not_received_for_publication = True


def read_note_line(entry: _Entry, text: str, line: int, previous: Label | None = None) -> tuple[str, Label | None]:
    """One line of notes -> relations, fields or irregularities on the entry.

    Returns the line's class ('relation', 'field', 'irregular' or 'text') and its last label, which
    a following unlabelled line of Federal Register notes continues (`previous`)."""
    segments = split_line(text, entry, line)
    cls, last = "irregular", None
    for seg in segments:
        if seg.label is None:
            missing = starts_with_label(seg.value)
            if missing:
                label, rest = missing
                cls = "relation" if _relations(entry, label, label.raw, rest, text, line) else cls
                last = label
            elif previous is not None and previous.role == "relation" and _looks_like_targets(seg.value):
                entry.resolved("continuation line", line, text)
                cls = "relation" if _relations(entry, previous, previous.raw, seg.value, text, line) else cls
                last = previous
            elif FR_RE.match(seg.value):
                entry.resolved("FR citation without label", line, text)
                _fr_value(entry, seg.value, text, line)
                cls = "field"
            else:
                entry.reported("unlabelled text", line, text)
                entry.record.notes.append(text.strip())
            continue
        last = seg.label
        if seg.label.key is None and not seg.label.ambiguous:
            entry.reported("unknown label", line, text)
            entry.record.notes.append(text.strip())
        elif seg.label.key and LABELS[seg.label.key][0] == "field":
            _field(entry, seg.label, seg.value, text, line)
            cls = "field" if cls == "irregular" else cls
        elif _relations(entry, seg.label, seg.raw_label, seg.value, text, line):
            cls = "relation"
    return cls, last


def _looks_like_targets(text: str) -> bool:
    """A Federal Register note line that is only more targets ('EO 13498, February 5, 2009;
    EO 13544, June 10, 2010'), with no other words: it continues the label above it."""
    targets = parse_targets(text)
    return bool(targets) and all(
        t.kind in ("executive_order", "proclamation") and t.number and not t.note and not t.reported and t.date
        for t in targets
    )


# ----------------------------------------------------------------------------------------- NARA


def parse_nara_table(path: Path | str, report: ParseReport | None = None) -> Iterator[DispositionRecord]:
    """One NARA disposition table (text, one year) -> a record per 'Executive Order N' entry."""
    path = Path(path)
    report = report if report is not None else ParseReport()
    file = path.as_posix()
    lines = _read_lines(path)
    entry: _Entry | None = None
    seen: dict[str, int] = {}
    orphan = _Entry(_blank_record("nara", file, 0), report)  # irregularities outside any entry
    for lineno, line in enumerate(lines, 1):
        text = line.rstrip("\n")
        stripped = text.strip()
        if not stripped:
            report.line(file, "blank")
            continue
        header = HEADER_RE.match(text)
        if header:
            if entry is not None:
                yield _finish(entry)
            number = header.group("number") + (f"-{header.group('letter')}" if header.group("letter") else "")
            entry = _Entry(_blank_record("nara", file, lineno, number), report, [text])
            if header.group("indent"):
                entry.resolved("indented header", lineno, text)
            if header.group("letter") and not header.group("hyphen"):
                entry.resolved("irregular letter suffix", lineno, text)
            if number in seen:
                entry.reported("duplicate entry", lineno, f"EO {number} is also at line {seen[number]}")
            seen.setdefault(number, lineno)
            report.line(file, "header")
            continue
        if entry is None:
            orphan.reported("text outside entry", lineno, text)
            report.line(file, "irregular")
            continue
        entry.lines.append(text)
        if stripped.startswith("#"):
            entry.resolved("mirror comment", lineno, text)
            report.line(file, "comment")
            continue
        if not text[0].isspace():
            if entry.record.title is None and len(entry.lines) == 2:
                entry.record.title = stripped
                report.line(file, "title")
            else:
                entry.reported("text outside entry", lineno, text)
                report.line(file, "irregular")
            continue
        if entry.record.title is None:
            entry.reported("truncated entry", lineno, f"EO {entry.record.eo_number} has no title line")
            entry.record.title = ""
        cls, _ = read_note_line(entry, text, lineno)
        report.line(file, cls)
    if entry is not None:
        yield _finish(entry)


def _finish(entry: _Entry) -> DispositionRecord:
    record = entry.record
    record.raw = "\n".join(entry.lines)
    if record.title is None:
        entry.reported("truncated entry", record.line, f"EO {record.eo_number}: header with no title or notes")
    elif not entry.signed_seen:
        entry.reported("truncated entry", record.line, f"EO {record.eo_number} has no Signed line")
    record.title = record.title or None
    record.president = president_of(record.number)
    entry.report.add_record(record)
    return record


def _blank_record(source: str, file: str, line: int, number: str = "") -> DispositionRecord:
    return DispositionRecord(
        source=source,
        eo_number=number,
        title=None,
        signed=None,
        fr=None,
        published=None,
        president=None,
        relations=[],
        raw="",
        file=file,
        line=line,
    )


def _read_lines(path: Path) -> list[str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(path, f"cannot read: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(path, f"not UTF-8 text: {exc.reason} at byte {exc.start}", line) from exc
    return text.splitlines()


# ------------------------------------------------------------------------------ Federal Register

_CSV_COLUMNS = ("executive_order_number", "title", "signing_date", "disposition_notes")


def parse_fr_notes(path: Path | str, report: ParseReport | None = None) -> Iterator[DispositionRecord]:
    """A Federal Register CSV export (.csv) or API JSON (.json) -> a record per order."""
    path = Path(path)
    report = report if report is not None else ParseReport()
    if path.suffix.lower() == ".json":
        yield from _parse_fr_json(path, report)
    else:
        yield from _parse_fr_csv(path, report)


def _parse_fr_csv(path: Path, report: ParseReport) -> Iterator[DispositionRecord]:
    file = path.as_posix()
    text = "\n".join(_read_lines(path)) + "\n"
    reader = csv.reader(text.splitlines(keepends=True))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise DataError(path, f"not a CSV file with a header: {exc}", 1) from exc
    missing = [c for c in _CSV_COLUMNS if c not in header]
    if missing:
        raise DataError(path, f"not a Federal Register executive order export: no column {', '.join(missing)}", 1)
    col = {name: i for i, name in enumerate(header)}
    end = reader.line_num
    for index, row in enumerate(reader, 1):
        start, end = end + 1, reader.line_num
        entry = _Entry(_blank_record("fr-csv", file, start), report)
        if len(row) != len(header):
            entry.reported("malformed row", start, f"{len(row)} fields, the header has {len(header)}: {row[:3]}")
            continue
        values = {}
        for name, i in col.items():
            value = row[i]
            if value != value.strip() and name != "disposition_notes" and value.strip():
                entry.resolved("padded field", start, f"{name} {value!r}")
            values[name] = value.strip()
        notes_line = start + sum(row[i].count("\n") for i in range(col["disposition_notes"]))
        record = _fr_record(entry, values, row[col["disposition_notes"]], notes_line, index)
        if record is not None:
            yield record


def _parse_fr_json(path: Path, report: ParseReport) -> Iterator[DispositionRecord]:
    file = path.as_posix()
    raw = "\n".join(_read_lines(path))
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DataError(path, f"invalid JSON: {exc.msg} at column {exc.colno}", exc.lineno) from exc
    docs = data.get("results") if isinstance(data, dict) else data
    if not isinstance(docs, list) or not all(isinstance(d, dict) for d in docs):
        raise DataError(path, "expected Federal Register API documents: an object with results, or a list")
    president = path.stem if path.stem.replace("-", "").isalpha() and "-" in path.stem else None
    search_from = 0
    for index, doc in enumerate(docs, 1):
        notes = doc.get("executive_order_notes") or doc.get("disposition_notes") or ""
        escaped = json.dumps(notes)[1:-1] if notes else None
        at = raw.find(escaped, search_from) if escaped else -1
        line = raw.count("\n", 0, at) + 1 if at >= 0 else 1
        search_from = max(at, search_from)
        entry = _Entry(_blank_record("fr-json", file, line), report)
        values = {k: ("" if doc.get(k) is None else str(doc.get(k))) for k in doc}
        record = _fr_record(entry, values, notes, line, index, one_line=raw.count("\n") == 0)
        if record is not None:
            who = doc.get("president")
            named = who.get("identifier") if isinstance(who, dict) else None
            record.president = named or president or record.president
            yield record


def _fr_record(
    entry: _Entry, values: dict[str, str], notes: str, notes_line: int, index: int, one_line: bool = False
) -> DispositionRecord | None:
    record = entry.record
    number = values.get("executive_order_number", "").strip()
    m = re.fullmatch(r"(\d+)(-?)([A-Za-z]?)", number)
    if not m:
        entry.reported("missing number", record.line, f"row {index}: executive_order_number {number!r}")
        return None
    record.eo_number = m.group(1) + (f"-{m.group(3).upper()}" if m.group(3) else "")
    if m.group(3) and record.eo_number != number:
        entry.resolved("irregular letter suffix", record.line, f"executive_order_number {number!r}")
    record.title = values.get("title") or None
    record.document_number = values.get("document_number") or None
    record.not_received_for_publication = values.get("not_received_for_publication", "").lower() in ("1", "true", "yes")
    record.signed = _fr_date(entry, values.get("signing_date", ""), "signing_date")
    record.published = _fr_date(entry, values.get("publication_date", ""), "publication_date")
    citation = values.get("citation", "")
    cite = FR_RE.match(citation)
    if cite and cite.end() == len(citation):
        record.fr = FRCitation(int(cite.group("volume")), int(cite.group("page")))
    elif cite and re.fullmatch(r",\s*\d+(?:\s*\(corrected\))?", citation[cite.end() :]):  # '42 FR 2293, 4809'
        record.fr = FRCitation(int(cite.group("volume")), int(cite.group("page")))
        record.notes.append(f"citation: {citation}")
        entry.resolved("corrected citation", record.line, f"EO {number}: citation {citation!r}")
    elif citation:
        entry.reported("bad FR citation", record.line, f"EO {number}: citation {values['citation']!r}")
    record.raw = notes
    previous: Label | None = None
    for offset, text in enumerate(notes.splitlines()):
        if not text.strip(" ;\t"):
            if text.strip():
                entry.resolved("empty separator", notes_line + offset, text)
            continue
        line = notes_line if one_line else notes_line + offset
        _cls, label = read_note_line(entry, text, line, previous)
        previous = label or previous
    record.president = president_of(record.number)
    entry.report.add_record(record)
    return record


def _fr_date(entry: _Entry, value: str, name: str) -> dt.date | None:
    """'2022-03-08' (signing_date) or '03/10/2022' (publication_date)."""
    value = value.strip()
    if not value:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
        if m:
            return dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
    except ValueError:
        pass
    entry.reported("unparseable date", entry.record.line, f"EO {entry.record.eo_number}: {name} {value!r}")
    return None


# --------------------------------------------------------------------------------------- report


def parse_report(paths: Iterable[Path | str]) -> tuple[list[DispositionRecord], ParseReport]:
    """Parse every given source (NARA .txt, FR .csv/.json) into one report; orders listed in two
    NARA files are reported as duplicate entries."""
    report = ParseReport()
    records: list[DispositionRecord] = []
    first: dict[str, DispositionRecord] = {}
    for path in paths:
        path = Path(path)
        parser = parse_nara_table if path.suffix.lower() == ".txt" else parse_fr_notes
        for record in parser(path, report):
            records.append(record)
            if record.source == "nara":
                earlier = first.setdefault(record.eo_number, record)
                if earlier is not record and earlier.file != record.file:
                    report.add(
                        Irregularity(
                            record.file,
                            record.line,
                            "duplicate entry",
                            f"EO {record.eo_number} is also in {earlier.file}:{earlier.line}",
                        )
                    )
    return records, report
