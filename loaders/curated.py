"""Curated facts in TOML -> RDF quads with provenance.

Curated files (data/curated/*.toml) are written by people from checked primary sources, so
the format is built for reading and review: one table per fact, every fact naming its
`source`/`sources`. See data/README.md for the record types. This loader:

* refuses unknown keys, wrong types, bad ids and ids that point nowhere, naming file and line;
* mints every IRI through graph.namespaces;
* writes each edge twice: the direct triple (for simple SPARQL and paths) and a qualified
  node carrying its evidence (source instrument, pinpoint, quote, date, method, source).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from graph import node_types
from graph.edge_types import BY_NAME as EDGE_TYPES
from graph.errors import DataError
from graph.namespaces import LEX, Minter, is_valid_id, section_id, slug, split_section_id
from graph.quads import LoadedGraph
from loaders.emitter import Emitter, eo_aliases
from loaders.toml_file import read_toml

# table name -> (required keys, optional keys)
SCHEMA: dict[str, tuple[set[str], set[str]]] = {
    "source": ({"id", "title"}, {"url", "citation", "note", "kind"}),
    "person": ({"id", "name", "sources"}, {"aliases", "note"}),
    "instrument": (
        {"id", "type", "title", "sources"},
        {
            "label", "aliases", "eo_number", "signed", "published", "effective",
            "fr_citation", "fr_pages", "fr_issue", "fr_document", "cfr_citation", "issued_by", "note",
            "verification", "objectives",
        },
    ),
    "section": ({"id", "sources"}, {"heading", "text", "fr_page", "note"}),
    "organization": ({"id", "type", "name", "sources"}, {"aliases", "acronym", "note"}),
    "office": ({"id", "name", "sources"}, {"aliases", "note"}),
    "edge": (
        {"subject", "type", "object", "quote", "source"},
        {"instrument", "section", "effective", "note", "verification"},
    ),
}

CURATED = LEX.curated


@dataclass
class Record:
    table: str
    data: dict[str, Any]
    path: Path
    line: int | None

    def error(self, message: str) -> DataError:
        what = f"{self.table} {self.data.get('id', '')}".strip()
        return DataError(self.path, f"{what}: {message}", self.line)


def _table_lines(text: str) -> dict[str, list[int]]:
    """Line numbers of each `[[table]]` header, in order, so errors can name a line."""
    lines: dict[str, list[int]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        m = re.match(r"^\s*\[\[\s*([A-Za-z_]+)\s*\]\]", line)
        if m:
            lines.setdefault(m.group(1), []).append(number)
    return lines


def read_records(path: Path) -> list[Record]:
    """Parse one curated TOML file into records, checking keys and types."""
    doc, text = read_toml(path)
    header_lines = _table_lines(text)
    records: list[Record] = []
    for table, items in doc.items():
        if table not in SCHEMA:
            raise DataError(path, f"unknown table [[{table}]] (expected one of {', '.join(SCHEMA)})")
        if not isinstance(items, list):
            raise DataError(path, f"[{table}] must be an array of tables: write [[{table}]]")
        lines = header_lines.get(table, [])
        required, optional = SCHEMA[table]
        for index, item in enumerate(items):
            record = Record(table, item, path, lines[index] if index < len(lines) else None)
            missing = sorted(required - item.keys())
            if missing:
                raise record.error(f"missing required key(s): {', '.join(missing)}")
            unknown = sorted(item.keys() - required - optional)
            if unknown:
                raise record.error(f"unknown key(s): {', '.join(unknown)}")
            records.append(record)
    return records


class _Index:
    """Every id declared across all curated files, so references can be checked."""

    def __init__(self, records: Iterable[Record]) -> None:
        self.by_id: dict[str, Record] = {}
        for record in records:
            if record.table == "edge":
                continue
            node_id = record.data["id"]
            if not isinstance(node_id, str) or not is_valid_id(node_id):
                raise record.error(f"bad id {node_id!r} (see the id scheme in data/README.md)")
            if node_id in self.by_id:
                other = self.by_id[node_id]
                raise record.error(f"id declared twice (first at {other.path.name}:{other.line})")
            self.by_id[node_id] = record

    def labels(self) -> dict[str, str]:
        """Short labels of instruments ("EO 14060"), for naming their sections."""
        out = {}
        for node_id, record in self.by_id.items():
            if record.table == "instrument":
                number = record.data.get("eo_number")
                default = f"EO {number}" if number else record.data["title"]
                out[node_id] = record.data.get("label") or default
        return out

    def signed(self, instrument_id: str) -> dt.date | None:
        record = self.by_id.get(instrument_id)
        return record.data.get("signed") if record else None

    def check_ref(self, record: Record, node_id: Any, key: str, tables: set[str]) -> str:
        """A reference must be declared, or be a kind we mint on demand (code, constitution, section)."""
        if not isinstance(node_id, str) or not is_valid_id(node_id):
            raise record.error(f"{key}: bad id {node_id!r}")
        if node_id.startswith(("usc/", "constitution")):
            return node_id
        section = split_section_id(node_id)
        target = section[0] if section else node_id
        declared = self.by_id.get(target)
        if declared is None:
            raise record.error(f"{key}: {node_id!r} is not declared in any curated file")
        if declared.table not in tables:
            expected = " or ".join(sorted(tables))
            raise record.error(f"{key}: {node_id!r} is a {declared.table}, expected {expected}")
        return node_id


def _sources(emit: Emitter, subject: URIRef, record: Record, key: str = "sources") -> list[URIRef]:
    values = record.data[key]
    values = [values] if isinstance(values, str) else values
    if not isinstance(values, list) or not values:
        raise record.error(f"{key}: name at least one source id")
    iris = []
    for value in values:
        if not isinstance(value, str) or not value.startswith("source/"):
            raise record.error(f"{key}: {value!r} is not a source id (source/...)")
        iris.append(emit.iri(value))
        emit.add(subject, PROV.wasDerivedFrom, iris[-1])
    return iris



def _date(record: Record, key: str) -> dt.date | None:
    value = record.data.get(key)
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise record.error(f"{key}: expected a date like 2021-12-15 (unquoted), got {value!r}")
    return value


def _text(record: Record, key: str) -> str | None:
    value = record.data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise record.error(f"{key}: expected non-empty text")
    return value.strip()


def _labels(emit: Emitter, subject: URIRef, record: Record, pref: str) -> None:
    emit.add(subject, SKOS.prefLabel, Literal(pref))
    aliases = record.data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise record.error("aliases: expected a list of strings")
    for alias in aliases:
        emit.add(subject, SKOS.altLabel, Literal(alias))


def _emit_node(emit: Emitter, record: Record, index: _Index) -> None:
    data = record.data
    subject = emit.iri(data["id"])
    if record.table == "source":
        emit.add(subject, RDF.type, LEX.SourceDocument)
        emit.add(subject, DCTERMS.title, Literal(_text(record, "title")))
        if "url" in data:
            emit.add(subject, LEX.url, Literal(_text(record, "url"), datatype=XSD.anyURI))
        if "citation" in data:
            emit.add(subject, DCTERMS.bibliographicCitation, Literal(_text(record, "citation")))
        if "note" in data:
            emit.add(subject, SKOS.note, Literal(_text(record, "note")))
        return
    sources = _sources(emit, subject, record)
    for source in data["sources"] if isinstance(data["sources"], list) else [data["sources"]]:
        index.check_ref(record, source, "sources", {"source"})
    if "note" in data:
        emit.add(subject, SKOS.note, Literal(_text(record, "note")))
    if record.table == "person":
        emit.add(subject, RDF.type, LEX.President)
        _labels(emit, subject, record, _text(record, "name"))
    elif record.table == "office":
        if not data["id"].startswith("office/"):
            raise record.error("an office id starts with office/")
        emit.add(subject, RDF.type, LEX.Office)
        _labels(emit, subject, record, _text(record, "name"))
    elif record.table == "organization":
        if data["type"] not in node_types.ORGANIZATION_TYPES:
            raise record.error(f"type: {data['type']!r} is not one of {', '.join(node_types.ORGANIZATION_TYPES)}")
        kind = LEX[data["type"]]
        if not data["id"].startswith("org/"):
            raise record.error("an organization id starts with org/")
        emit.add(subject, RDF.type, kind)
        _labels(emit, subject, record, _text(record, "name"))
        if "acronym" in data:
            emit.add(subject, LEX.acronym, Literal(_text(record, "acronym")))
    elif record.table == "section":
        if split_section_id(data["id"]) is None:
            raise record.error("a section id looks like eo/13773/sec/3 or eo/14060/sec/3/a/i")
        index.check_ref(record, data["id"], "id", {"instrument"})
        emit.provision(data["id"], sources)
        if "heading" in data:
            emit.add(subject, LEX.heading, Literal(_text(record, "heading")))
        if "text" in data:
            emit.add(subject, LEX.text, Literal(_text(record, "text")))
        if "fr_page" in data:
            emit.add(subject, LEX.frPage, Literal(_int(record, "fr_page")))
    elif record.table == "instrument":
        _emit_instrument(emit, record, index, subject)


def _int(record: Record, key: str) -> int:
    value = record.data[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise record.error(f"{key}: expected a positive whole number, got {value!r}")
    return value


def _emit_instrument(emit: Emitter, record: Record, index: _Index, subject: URIRef) -> None:
    data = record.data
    if data["type"] not in node_types.INSTRUMENT_TYPES:
        raise record.error(f"type: {data['type']!r} is not one of {', '.join(node_types.INSTRUMENT_TYPES)}")
    kind = LEX[data["type"]]
    emit.add(subject, RDF.type, kind)
    emit.add(subject, DCTERMS.title, Literal(_text(record, "title")))
    label = data.get("label")
    if kind == LEX.ExecutiveOrder:
        number = _int(record, "eo_number") if "eo_number" in data else None
        if number is None:
            raise record.error("an executive order needs eo_number")
        if data["id"] != f"eo/{number}":
            raise record.error(f"id {data['id']!r} does not match eo_number {number} (expected eo/{number})")
        emit.add(subject, LEX.eoNumber, Literal(number))
        label = label or f"EO {number}"
        for alias in eo_aliases(number):
            emit.add(subject, SKOS.altLabel, Literal(alias))
    _labels(emit, subject, record, label or _text(record, "title"))
    for key, prop in (("signed", LEX.signed), ("published", LEX.published), ("effective", LEX.effective)):
        value = _date(record, key)
        if value is not None:
            emit.add(subject, prop, Literal(value, datatype=XSD.date))
    if "fr_citation" in data:
        citation = _text(record, "fr_citation")
        m = re.match(r"^(\d+) FR (\d+)$", citation or "")
        if not m:
            raise record.error(f"fr_citation: expected '86 FR 71793', got {citation!r}")
        emit.add(subject, LEX.frCitation, Literal(citation))
        emit.add(subject, LEX.frVolume, Literal(int(m.group(1))))
        emit.add(subject, LEX.frStartPage, Literal(int(m.group(2))))
    if "fr_pages" in data:
        pages = data["fr_pages"]
        if not (isinstance(pages, list) and len(pages) == 2 and all(isinstance(p, int) for p in pages)):
            raise record.error("fr_pages: expected [first, last]")
        if pages[0] > pages[1]:
            raise record.error(f"fr_pages: first page {pages[0]} is after last page {pages[1]}")
        emit.add(subject, LEX.frEndPage, Literal(pages[1]))
    if "fr_issue" in data:
        emit.add(subject, LEX.frIssue, Literal(_int(record, "fr_issue")))
    if "fr_document" in data:
        emit.add(subject, LEX.frDocumentNumber, Literal(_text(record, "fr_document")))
    if "cfr_citation" in data:
        cfr = _text(record, "cfr_citation")
        if not re.match(r"^3 C\.F\.R\. \d+ \(\d{4}\)$", cfr or ""):
            raise record.error(f"cfr_citation: expected '3 C.F.R. 327 (2022)', got {cfr!r}")
        emit.add(subject, LEX.cfrCitation, Literal(cfr))
    if "issued_by" in data:
        index.check_ref(record, data["issued_by"], "issued_by", {"person"})
        emit.add(subject, LEX.issuedBy, emit.iri(data["issued_by"]))
    if "verification" in data:
        emit.add(subject, LEX.verification, Literal(_text(record, "verification")))
    objectives = data.get("objectives", [])
    if not isinstance(objectives, list) or not all(isinstance(o, str) for o in objectives):
        raise record.error("objectives: expected a list of strings")
    for number, objective in enumerate(objectives, start=1):
        emit.add(subject, LEX.policyObjective, Literal(f"{number}. {objective}"))


def _emit_edge(emit: Emitter, record: Record, index: _Index) -> None:
    data = record.data
    if data["type"] not in EDGE_TYPES:
        raise record.error(f"type: {data['type']!r} is not one of {', '.join(EDGE_TYPES)}")
    kind = EDGE_TYPES[data["type"]]
    nodes = {"instrument", "organization", "office", "person", "section"}
    subject_id = index.check_ref(record, data["subject"], "subject", nodes)
    object_id = index.check_ref(record, data["object"], "object", nodes)
    instrument_id = data.get("instrument")
    if instrument_id is None:
        declared = index.by_id.get(subject_id)
        if declared is None or declared.table != "instrument":
            raise record.error("instrument: required when the subject is not an instrument")
        instrument_id = subject_id
    index.check_ref(record, instrument_id, "instrument", {"instrument"})
    source_id = index.check_ref(record, data["source"], "source", {"source"})
    source = emit.iri(source_id)
    quote = _text(record, "quote")
    effective = _date(record, "effective") or index.signed(instrument_id)

    pinpoint = str(data["section"]) if "section" in data else None
    if pinpoint is not None:
        try:
            section_id(instrument_id, pinpoint)
        except ValueError as exc:
            raise record.error(f"section: {exc}") from exc
    q = emit.edge(
        subject_id, kind, object_id, instrument_id=instrument_id, pinpoint=pinpoint,
        quote=quote, effective=effective, method=CURATED, source=source, key=("curated",),
    )
    if "verification" in data:
        emit.add(q, LEX.verification, Literal(_text(record, "verification")))
    if "note" in data:
        emit.add(q, SKOS.note, Literal(_text(record, "note")))


def load_curated(paths: Iterable[Path], minter: Minter) -> list[LoadedGraph]:
    """Load curated TOML files together (they reference each other), one graph per file."""
    paths = sorted(paths)
    per_file = [(path, read_records(path)) for path in paths]
    index = _Index(r for _, records in per_file for r in records)
    graphs = []
    for path, records in per_file:
        name = minter.graph("curated/" + slug(path.stem, "file"))
        emit = Emitter(minter, name, index.labels())
        for record in records:
            try:
                if record.table == "edge":
                    _emit_edge(emit, record, index)
                else:
                    _emit_node(emit, record, index)
            except ValueError as exc:  # an id or pinpoint the minter refused
                raise record.error(str(exc)) from exc
        graphs.append(LoadedGraph(name=name, path=path, quads=emit.quads))
    return graphs
