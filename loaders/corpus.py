"""The real corpus -> one merged graph of executive orders: every order since 1937 with its
disposition and text.

    load_corpus(sources_dir, minter, data_dir)   -> (LoadedGraphs, CorpusReport)

Steps (each pure up to the last):

1. the disposition parsers (loaders.disposition) read every NARA table and Federal Register export
   under `sources_dir` (the layout of data/sources/);
2. the Markdown texts are read (loaders.markdown_order) and run through the extraction rules
   (loaders.markdown_text, which calls loaders.order_text / loaders.clauses), in worker processes;
3. merge: one node per order number across sources (title, signing and publication dates, Federal
   Register citation and document number from the most trusted source that gives them; every
   disagreement reported), a node of its own type for every other instrument a note names, and one
   edge per (subject, type, object) carrying every note that states it ('Revokes: EO B' on A and
   'Revoked by: EO A' on B are one edge with two pieces of evidence);
4. loaders.reconcile compares the tables with the texts;
5. loaders.corpus_emit writes the quads.

Every irregularity is parsed (and counted) or reported with its file and line; an edge is only
ever left out with a report saying why.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from graph.errors import DataError
from graph.namespaces import slug
from graph.progress import NO_PROGRESS, Tasks
from loaders.context import ROOT, Context
from loaders.corpus_model import TABLE_KINDS, Corpus, Evidence, Node, SourceDoc, TextEvidence
from loaders.disposition import parse_fr_notes, parse_nara_table
from loaders.disposition_model import DispositionRecord, ParseReport, Relation
from loaders.markdown_text import order_id
from loaders.presidents import NAMES, president_of
from loaders.sources import fr_files, nara_files, read_manifest

# What each shipped source is, for the SourceDocument titles.
KIND_TITLES = {
    "nara-disposition": "Executive order disposition table {name} (Office of the Federal Register, NARA; "
    "ksshannon/eo mirror, 2019)",
    "fr-export": "federalregister.gov CSV export of executive orders with disposition notes (October 2024)",
    "fr-sample": "federalregister.gov CSV export of executive orders, 1,000-row sample (late 2025)",
    "fr-api-json": "Federal Register API documents {name} (2019 snapshot)",
    "eo-markdown": "Text of {name} (Markdown, austinsonger/executive-orders)",
}
TARGET_TYPES = {
    "executive_order": "ExecutiveOrder",
    "proclamation": "Proclamation",
    "public_land_order": "PublicLandOrder",
    "memorandum": "PresidentialMemorandum",
    "statute": "Statute",
    "other": "OtherInstrument",
}
_EFFECTIVE = re.compile(r"\b(?:eff\.?|effective)\s+(?:as\s+of\s+|on\s+)?", re.I)
TEXT_WORKERS = 2


# ------------------------------------------------------------------------------------ sources


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def _manifest_dates(root: Path) -> dict[str, dt.date]:
    """The `committed` date of each source in MANIFEST.toml: the snapshot its data are as of."""
    doc = read_manifest(root)
    return {s["id"]: s["committed"] for s in doc.get("source", []) if isinstance(s.get("committed"), dt.date)}


def table_sources(root: Path) -> list[SourceDoc]:
    """The disposition tables and exports under root, each a SourceDocument."""
    dates = _manifest_dates(root)
    docs = []
    for path in [*nara_files(root), *fr_files(root)]:
        rel = path.relative_to(root)
        kind = rel.parts[0]
        if kind not in TABLE_KINDS:
            continue
        stem = "-".join([*rel.parts[1:-1], path.stem]) if kind != "fr-export" else ""
        doc_id = "source/" + "-".join(p for p in (kind, slug(stem)) if p)
        name = {"nara-disposition": path.stem + (" (archive)" if "archive" in rel.parts else ""),
                "fr-api-json": ("of " + NAMES.get(path.stem, path.stem)) if path.stem != "fr" else "(one page, 2019)"}
        title = KIND_TITLES[kind].format(name=name.get(kind, ""))
        docs.append(SourceDoc(doc_id, kind, path, _shown(path), title, dates.get(kind)))
    return docs


# ------------------------------------------------------------------------------- dispositions


def read_tables(
    docs: list[SourceDoc], report: ParseReport, tasks: Tasks = NO_PROGRESS
) -> list[tuple[SourceDoc, DispositionRecord]]:
    task = tasks.start("reading disposition tables", len(docs))
    out = []
    for doc in docs:
        parser = parse_nara_table if doc.path.suffix == ".txt" else parse_fr_notes
        out += [(doc, record) for record in parser(doc.path, report)]
        task.advance()
    task.done()
    return out


def _eo_number(raw: str) -> str:
    """'11359A' -> '11359-A', '1,234' -> '1234'; '1919 1/2' kept."""
    raw = raw.replace(",", "").strip()
    m = re.fullmatch(r"(\d+)-?([A-Z])", raw)
    return f"{m.group(1)}-{m.group(2)}" if m else raw


def eo_label(number: str) -> str:
    return f"EO {number}"


def _node(corpus: Corpus, node_id: str, kind: str, label: str, number: str | None = None) -> Node:
    node = corpus.nodes.get(node_id)
    if node is None:
        node = corpus.nodes[node_id] = Node(node_id, kind, label, number)
    return node


def order_node(corpus: Corpus, number: str) -> Node:
    number = _eo_number(number)
    return _node(corpus, order_id(number), "ExecutiveOrder", eo_label(number), number)


def _fr_text(fr: object) -> str | None:
    return str(fr) if fr is not None else None


def _merge_record(corpus: Corpus, doc: SourceDoc, record: DispositionRecord) -> Node:
    node = order_node(corpus, record.eo_number)
    node.entry = True
    node.entries.add(doc.kind)
    node.sources.add(doc.id)
    file = doc.shown
    node.add("title", record.title, doc.kind, file, record.line)
    node.add("signed", record.signed, doc.kind, file, record.line)
    node.add("published", record.published, doc.kind, file, record.line)
    node.add("fr", _fr_text(record.fr), doc.kind, file, record.line)
    node.add("document", record.document_number, doc.kind, file, record.line)
    node.add("president", record.president or president_of(record.number), doc.kind, file, record.line)
    node.notes += [n for n in record.notes if n not in node.notes]
    return node


def _target(corpus: Corpus, rel: Relation, doc: SourceDoc) -> Node | None:
    """The node a note names: an order by number, or another instrument of its own type."""
    kind = TARGET_TYPES[rel.target_kind]
    date = rel.target_date
    name = rel.target_name.strip()
    if rel.target_kind == "executive_order" and rel.target_number:
        node = order_node(corpus, rel.target_number)
    else:
        number = rel.target_number
        if rel.target_kind == "public_land_order" and not number:
            m = re.search(r"\d+", name)
            number = m.group(0) if m else None
        prefix = {"proclamation": "proclamation", "public_land_order": "plo", "memorandum": "memorandum",
                  "statute": "statute", "executive_order": "document", "other": "document"}[rel.target_kind]
        if rel.target_kind == "statute":
            key = f"pl-{number}" if number else slug(name)[:60]
        elif number and rel.target_kind != "memorandum":
            key = slug(number)
        else:
            words = "" if rel.target_kind in ("proclamation", "memorandum") else slug(name)[:50]
            key = "-".join(p for p in (words, date.isoformat() if date else "") if p)
        if not key:
            corpus.issue(rel.file, rel.line, "unnamed target", f"{rel.raw.strip()!r} names no instrument")
            return None
        label = _other_label(rel, number, date, name)
        node = _node(corpus, f"{prefix}/{key}", "OtherInstrument" if rel.target_kind == "executive_order" else kind,
                     label, number)
        node.add("title", name or label, doc.kind, doc.shown, rel.line)
    if date is not None:
        node.add("signed", date, doc.kind, doc.shown, rel.line)
    node.sources.add(doc.id)
    return node


def _other_label(rel: Relation, number: str | None, date: dt.date | None, name: str) -> str:
    when = f"{date:%B} {date.day}, {date.year}" if date else None
    if rel.target_kind == "proclamation":
        return f"Proclamation {number}" if number else f"Proclamation of {when or name}"
    if rel.target_kind == "public_land_order":
        return f"Public Land Order {number}" if number else name
    if rel.target_kind == "memorandum":
        return f"Memorandum of {when}" if when else name
    if rel.target_kind == "statute":
        return f"Public Law {number}" if number else name
    if rel.target_kind == "executive_order":
        return f"Executive order of {when} (unnumbered series)" if when else name
    return f"{name}, {when}" if when and when not in name else name


def _effective(rel: Relation) -> dt.date | None:
    """A date the note gives for when the action takes effect ('effective October 1, 1981')."""
    from loaders.disposition_targets import find_date

    m = _EFFECTIVE.search(rel.target_note or "")
    if m:  # only a date right after the word: 'effective 90 days after October 6, 1972' is no date
        hit = find_date(rel.target_note[m.end() :])
        if hit and hit.date and hit.start == 0:
            return hit.date
    return None


def merge_tables(corpus: Corpus, records: list[tuple[SourceDoc, DispositionRecord]]) -> None:
    """Records -> order nodes, then every relation -> one edge per (subject, type, object)."""
    entries = {}
    for doc, record in records:
        entries[id(record)] = _merge_record(corpus, doc, record)
    for doc, record in records:
        own = entries[id(record)]
        for rel in record.relations:
            target = _target(corpus, rel, doc)
            if target is None:
                continue
            subject, obj = (own, target) if rel.direction == "outgoing" else (target, own)
            if subject.id == obj.id:
                corpus.issue(rel.file, rel.line, "self relation", f"{rel.raw.strip()!r} on {own.label}")
                continue
            edge = corpus.edge(subject.id, rel.type, obj.id)
            edge.table.append(
                Evidence(
                    kind=doc.kind, source=doc.id, file=doc.shown, line=rel.line, quote=rel.raw.strip(),
                    direction=rel.direction, label=rel.label.strip(), effective=_effective(rel),
                    scope=rel.scope, note=rel.target_note,
                )
            )
            corpus.counts[f"table relations read: {rel.type}"] += 1


# -------------------------------------------------------------------------------------- texts


def _read_text(item: tuple[str, str], ctx: Context) -> tuple[str, dict | None, object, str | None]:
    """(name, header meta, Extraction or None, error) for one Markdown file."""
    from loaders.markdown_order import parse_markdown_order
    from loaders.markdown_text import extract_markdown

    name, text = item
    try:
        meta, _body = parse_markdown_order(text, name)
    except DataError as exc:
        return name, None, None, f"unreadable text: {exc}"
    try:
        extraction = extract_markdown(name, text, meta, ctx)
    except Exception as exc:  # noqa: BLE001 - one bad text must not stop the corpus; it is reported
        return name, meta, None, f"extractor failed: {type(exc).__name__}: {exc}"
    return name, meta, extraction, None


_WORKER_CTX: Context | None = None


def _init_worker(data_dir: Path) -> None:
    global _WORKER_CTX
    from loaders.context import load_context

    _WORKER_CTX = load_context(data_dir)


def _read_chunk(items: list[tuple[str, str]]) -> list:
    assert _WORKER_CTX is not None
    return [_read_text(item, _WORKER_CTX) for item in items]


def read_texts(
    texts: Iterable[tuple[str, str]], ctx: Context, total: int | None = None, tasks: Tasks = NO_PROGRESS,
    workers: int | None = None,
) -> Iterator[tuple[str, dict | None, object, str | None]]:
    """Every Markdown text, header parsed and extraction run, in worker processes when many."""
    items = list(texts)
    task = tasks.start("extracting order texts", len(items))
    workers = workers or min(TEXT_WORKERS, os.cpu_count() or 1)
    if workers < 2 or len(items) < 100:
        for item in items:
            yield _read_text(item, ctx)
            task.advance()
        task.done()
        return
    chunks = [items[i : i + 40] for i in range(0, len(items), 40)]
    del items
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                             initializer=_init_worker, initargs=(ctx.data_dir,)) as pool:
        for results in pool.map(_read_chunk, chunks):
            for result in results:
                yield result
                task.advance()
    task.done()


def merge_texts(corpus: Corpus, root: Path, results: Iterable[tuple[str, dict | None, object, str | None]]) -> None:
    """Markdown headers -> facts of their order; extractions -> provisions and text edges."""
    base = root / "eo-markdown"
    shown_base = _shown(base)
    latest: dt.date | None = None
    for name, meta, extraction, error in results:
        file = f"{shown_base}/{name}"
        if meta is None:
            corpus.issue(file, None, "unreadable text", error or "")
            continue
        node = order_node(corpus, meta["eo_number"])
        if node.text is not None:
            corpus.issue(file, 1, "duplicate text", f"{node.label} also has {corpus.sources[node.text].shown}")
            continue
        doc = SourceDoc(
            "source/eo-markdown-" + slug(Path(name).stem)[:80], "eo-markdown", base / name, file,
            KIND_TITLES["eo-markdown"].format(name=f"{node.label}: {meta.get('title') or ''}".rstrip(": ")),
        )
        corpus.sources[doc.id] = doc
        node.entry = True
        node.entries.add(doc.kind)
        node.sources.add(doc.id)
        line = 1
        node.add("title", meta.get("title"), doc.kind, file, line)
        node.add("signed", meta.get("signed"), doc.kind, file, line)
        if meta.get("published_from") == "header":
            node.add("published", meta.get("published"), doc.kind, file, line)
        node.add("fr", _fr_text(meta.get("citation")), doc.kind, file, line)
        node.add("document", meta.get("document_number"), doc.kind, file, line)
        node.add("president", meta.get("president") or president_of(int(re.match(r"\d+", meta["eo_number"]).group())),
                 doc.kind, file, line)
        if meta.get("signed") and (latest is None or meta["signed"] > latest):
            latest = meta["signed"]
        if not meta.get("text_published", True):
            corpus.counts["texts marked not published"] += 1
            continue
        if extraction is None:
            corpus.issue(file, meta.get("body_line"), "extractor failed", error or "")
            continue
        node.text = doc.id
        corpus.counts["texts read"] += 1
        corpus.provisions.append((doc.id, extraction))
        for edge in extraction.edges:  # type: ignore[attr-defined]
            ev = edge.evidence
            if edge.subject == edge.object:
                continue
            for end in (edge.subject, edge.object):
                top = end.split("/sec/")[0]
                if re.fullmatch(r"eo/\d+", top) and top != node.id:
                    order_node(corpus, top.split("/")[1]).sources.add(doc.id)
            found = corpus.edge(edge.subject, edge.type, edge.object, ev.instrument)
            found.text.append(TextEvidence(doc.id, file, ev.section, ev.start, ev.end, ev.quote, edge.date))
            corpus.counts[f"text edges read: {edge.type}"] += 1
    corpus.texts_through = latest


# -------------------------------------------------------------------------------------- dates


def check_nodes(corpus: Corpus) -> None:
    """Report every field two sources give differently (the most trusted value is kept)."""
    for node in corpus.nodes.values():
        for name in ("title", "signed", "fr"):
            facts = node.facts.get(name, [])
            if name == "title":
                distinct = {re.sub(r"\W+", " ", str(f.value)).strip().lower() for f in facts if f.kind != "eo-markdown"}
            else:
                distinct = {f.value for f in facts if f.kind != "eo-markdown" or name == "signed"}
            if len(distinct) > 1 and node.entry:
                chosen = node.value(name)
                where = "; ".join(f"{f.file}:{f.line} {f.value}" for f in facts[:4])
                first = facts[0]
                corpus.issue(first.file, first.line, "sources disagree",
                             f"{node.label} {name}: {where}; kept {chosen}")


def president_id(slug_: str | None) -> str | None:
    if not slug_ or slug_ not in NAMES:
        return None
    return "person/" + slug(NAMES[slug_])
