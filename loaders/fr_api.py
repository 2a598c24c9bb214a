"""Federal Register API documents JSON -> instruments and revocation/amendment edges.

Reads the shape of https://www.federalregister.gov/api/v1/documents.json (a ``results`` list, a
bare list, or one document) from a local file; it never fetches anything. Disposition notes such
as "Revoked by: EO 14060, December 15, 2021" or "Revoked in part by: ..." become edges whose
source instrument is the revoking order and whose quote is the note. "See: EO ..." is an
editor's cross-reference, not an act of either order, and makes no edge.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from graph.errors import DataError
from loaders.model import DATE_RE, ExtractedEdge, Extraction, Instrument, TextEvidence, parse_date

NOTE_EDGES = {  # label -> (edge type, direction: True if the referenced order is the subject)
    "revoked by": ("revokes", True),
    "revoked in part by": ("revokes_in_part", True),
    "rescinded by": ("rescinds", True),
    "superseded by": ("supersedes", True),
    "amended by": ("amends", True),
    "revokes": ("revokes", False),
    "revokes in part": ("revokes_in_part", False),
    "supersedes": ("supersedes", False),
    "amends": ("amends", False),
}
_REF = re.compile(rf"\b(?:EO|E\.O\.|Executive Order)\s+(\d{{4,5}})(?:,?\s*({DATE_RE.pattern}))?")


def _documents(path: Path, text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            path, f"invalid JSON (truncated?): {exc.msg} at column {exc.colno}", exc.lineno
        ) from exc
    docs = data.get("results", [data]) if isinstance(data, dict) else data
    if not isinstance(docs, list) or not all(isinstance(d, dict) for d in docs):
        raise DataError(path, "expected Federal Register API documents: an object with results, or a list")
    return docs


def _date(path: Path, doc: dict, key: str, index: int) -> dt.date | None:
    value = doc.get(key)
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise DataError(path, f"document {index + 1}: {key} {value!r} is not a date like 2021-12-15") from exc


def extract_fr_api(path: Path, text: str) -> Extraction:
    x = Extraction(path=path, layout="fr-api")
    docs = _documents(path, text)
    for index, doc in enumerate(docs):
        number = doc.get("executive_order_number")
        if number in (None, ""):
            x.warnings.append(f"{path.name}: document {index + 1} has no executive_order_number; skipped")
            continue
        try:
            number = int(number)
        except (TypeError, ValueError) as exc:
            raise DataError(
                path, f"document {index + 1}: executive_order_number {number!r} is not a number"
            ) from exc
        title = doc.get("title")
        if not isinstance(title, str) or not title.strip():
            raise DataError(path, f"document {index + 1} (EO {number}): title missing")
        citation = doc.get("citation")
        if citation is not None and not re.match(r"^\d+ FR \d+$", str(citation)):
            raise DataError(
                path, f"document {index + 1} (EO {number}): citation {citation!r} is not like '86 FR 71793'"
            )
        inst = Instrument(
            id=f"eo/{number}",
            kind="ExecutiveOrder",
            title=title.strip(),
            eo_number=number,
            signed=_date(path, doc, "signing_date", index),
            published=_date(path, doc, "publication_date", index),
            fr_citation=citation,
            fr_document=doc.get("document_number"),
        )
        if inst.signed is None:
            raise DataError(path, f"document {index + 1} (EO {number}): signing_date missing")
        x.instruments.append(inst)
        notes = doc.get("disposition_notes") or ""
        if not isinstance(notes, str):
            raise DataError(path, f"document {index + 1} (EO {number}): disposition_notes is not text")
        _notes(x, inst, notes, text)
    if not x.instruments:
        raise DataError(path, "no executive orders in this Federal Register JSON")
    return x


def _notes(x: Extraction, inst: Instrument, notes: str, raw: str) -> None:
    label = None
    escaped = json.dumps(notes)[1:-1]
    base = max(raw.find(escaped), 0)
    for part in re.split(r"[;\n]", notes):
        m = re.match(r"\s*([A-Za-z ]+?):\s*(.*)$", part)
        if m:
            label, part_text = m.group(1).strip().lower(), m.group(2)
        else:
            part_text = part
        if label not in NOTE_EDGES:
            continue
        kind, referenced_is_subject = NOTE_EDGES[label]
        for ref in _REF.finditer(part_text):
            other = f"eo/{int(ref.group(1))}"
            subject, obj = (other, inst.id) if referenced_is_subject else (inst.id, other)
            quote = f"{label[:1].upper()}{label[1:]}: {ref.group(0)}"
            start = base + max(escaped.find(ref.group(0)), 0)
            ev = TextEvidence(subject, None, start, start + len(ref.group(0)), quote)
            date = parse_date(ref.group(0)) if ref.group(2) else None
            x.add_edge(ExtractedEdge(subject, kind, obj, ev, date=date))
