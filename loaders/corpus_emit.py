"""The merged corpus -> quads, in three named graphs:

    graph/corpus/orders        one node per instrument (merged across sources), Presidents,
                               and a SourceDocument per shipped file
    graph/corpus/dispositions  edges read from the disposition tables: the direct triple and one
                               qualified node per note (lex:method lex:dispositionTable, the note
                               as lex:quote, the file as prov:wasDerivedFrom, its line as lex:sourceLine)
    graph/corpus/texts         provisions and edges the extractor found in the order texts
                               (lex:method lex:extracted)

Curated facts win: a curated order keeps its curated title and dates (a source that differs is
reported), and an edge that contradicts a curated one is left out and reported. A direct triple is
written once in the whole build, so a query over the union of graphs sees it once.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from graph.edge_types import BY_NAME, edge_type
from graph.namespaces import LEX, Minter, section_id, split_section_id
from graph.quads import LoadedGraph
from loaders.context import Context
from loaders.corpus import president_id
from loaders.corpus_model import Corpus, Edge, Node
from loaders.emitter import Emitter, eo_aliases
from loaders.markdown_text import ADAPTER_VERSION
from loaders.model import LOADER_VERSION, new_node_class
from loaders.presidents import FIRST_ORDER, president_of

_TYPE, _PREF, _ALT, _NOTE = RDF.type, SKOS.prefLabel, SKOS.altLabel, SKOS.note
_DERIVED, _TITLE, _XSD_DATE, _XSD_URI = PROV.wasDerivedFrom, DCTERMS.title, XSD.date, XSD.anyURI
_LEX_President = LEX.President
_LEX_SourceDocument = LEX.SourceDocument
_LEX_acronym = LEX.acronym
_LEX_confirmedBy = LEX.confirmedBy
_LEX_coversThrough = LEX.coversThrough
_LEX_eoNumber = LEX.eoNumber
_LEX_eoSuffix = LEX.eoSuffix
_LEX_frCitation = LEX.frCitation
_LEX_frDocumentNumber = LEX.frDocumentNumber
_LEX_frStartPage = LEX.frStartPage
_LEX_frVolume = LEX.frVolume
_LEX_heading = LEX.heading
_LEX_issuedBy = LEX.issuedBy
_LEX_loaderVersion = LEX.loaderVersion
_LEX_mentionedOnly = LEX.mentionedOnly
_LEX_noteDirection = LEX.noteDirection
_LEX_noteLabel = LEX.noteLabel
_LEX_published = LEX.published
_LEX_reconciliation = LEX.reconciliation
_LEX_scope = LEX.scope
_LEX_signed = LEX.signed
_LEX_sourceLine = LEX.sourceLine
_LEX_text = LEX.text
_LEX_textEnd = LEX.textEnd
_LEX_textStart = LEX.textStart
_LEX_url = LEX.url

DISPOSITION = LEX.dispositionTable
EXTRACTED = LEX.extracted
NO_DATE_OK = frozenset(t.name for t in BY_NAME.values() if t.effect is None)
PRESIDENTS_SOURCE = "source/ofr-disposition-tables"


def _signed(corpus: Corpus, ctx: Context, node_id: str) -> dt.date | None:
    top = split_section_id(node_id)[0] if split_section_id(node_id) else node_id
    curated = ctx.curated.instruments.get(top)
    if curated and curated.get("signed"):
        return curated["signed"]
    node = corpus.nodes.get(top)
    value = node.value("signed") if node else None
    return value if isinstance(value, dt.date) else None


def _curated_conflict(edge: Edge, curated: set[tuple[str, str, str]]) -> str | None:
    s, t, o = edge.subject, edge.type, edge.object
    if t in ("revokes", "rescinds", "supersedes") and not split_section_id(o):
        parts = sorted(co for cs, ct, co in curated if cs == s and ct == t and co.startswith(o + "/sec/"))
        if parts:
            return f"{s} {t} {o} as a whole, but curated data says only {', '.join(parts)}"
    section = split_section_id(o)
    if section and (s, t, section[0]) in curated:
        return f"{s} {t} {o}, but curated data says all of {section[0]}"
    if t.endswith("_in_part") and (s, t.removesuffix("_in_part"), o) in curated:
        return f"{s} {t} {o}, but curated data says all of it"
    return None


def finalise(corpus: Corpus, ctx: Context) -> None:
    """Date every piece of evidence; leave out (and report) what cannot stand."""
    curated = ctx.curated.edges
    for key in list(corpus.edges):
        edge = corpus.edges[key]
        problem = _curated_conflict(edge, curated)
        if problem:
            for ev in edge.table:
                corpus.issue(ev.file, ev.line, "curated fact contradicted", f"{ev.quote!r}: {problem}; kept curated")
            for tv in edge.text:
                corpus.issue(tv.file, None, "curated fact contradicted", f"§ {tv.section}: {problem}; kept curated")
            del corpus.edges[key]
            continue
        acting = _signed(corpus, ctx, edge.instrument)
        target = _signed(corpus, ctx, edge.object)
        kind = edge_type(edge.type)
        kept = []
        for ev in edge.table:
            ev.effective = ev.effective or acting
            if kind.effect is not None and ev.effective is None:
                corpus.issue(ev.file, ev.line, "no date", f"{ev.quote!r}: no date for {edge.subject}; left out")
            elif ev.effective and acting and ev.effective < acting:
                corpus.issue(ev.file, ev.line, "dated before its instrument",
                             f"{ev.quote!r}: effective {ev.effective}, {edge.instrument} signed {acting}; left out")
            elif kind.effect is not None and target and ev.effective < target:
                corpus.issue(ev.file, ev.line, "dated before its object",
                             f"{ev.quote!r}: {edge.subject} ({ev.effective}) acts on {edge.object} signed "
                             f"{target}; left out")
            else:
                kept.append(ev)
        edge.table = kept
        texts = []
        for tv in edge.text:
            tv.effective = tv.effective or acting
            if kind.effect is not None and tv.effective is None:
                corpus.issue(tv.file, None, "no date", f"§ {tv.section}: {edge.type} {edge.object}: no date; left out")
            elif kind.effect is not None and target and tv.effective and tv.effective < target:
                corpus.issue(tv.file, None, "dated before its object",
                             f"§ {tv.section}: {edge.subject} ({tv.effective}) {edge.type} {edge.object} signed "
                             f"{target}; left out")
            else:
                texts.append(tv)
        edge.text = texts
        if not edge.table and not edge.text:
            del corpus.edges[key]
    for node_id, data in ctx.curated.instruments.items():
        node = corpus.nodes.get(node_id)
        if node is None:
            continue
        for name, key in (("title", "title"), ("signed", "signed"), ("fr", "fr_citation")):
            known, found = data.get(key), node.facts.get(name, [])
            for fact in found:
                same = (str(fact.value).lower().strip(" .") == str(known).lower().strip(" .")) if name == "title" \
                    else fact.value == known
                if known is not None and not same and fact.kind != "eo-markdown":
                    corpus.issue(fact.file, fact.line, "curated value differs",
                                 f"{node.label} {name} {fact.value} differs from curated {known}; kept curated")


class _Emitter(Emitter):
    """An Emitter that writes each direct edge triple once across the build (`written`)."""

    def __init__(self, minter: Minter, graph: URIRef, labels: dict[str, str], written: set) -> None:
        super().__init__(minter, graph, labels)
        self.written = written
        self.edge_props = {LEX[t.prop] for t in BY_NAME.values()}

    def add(self, s, p, o) -> None:  # type: ignore[override]
        if p in self.edge_props:
            if (s, p, o) in self.written:
                return
            self.written.add((s, p, o))
        self.quads.append((s, p, o, self.graph))


def _date(value: object) -> Literal:
    return Literal(value, datatype=_XSD_DATE)


def emit_corpus(
    corpus: Corpus, minter: Minter, ctx: Context, written: set, labels: dict[str, str], root: Path
) -> list[LoadedGraph]:
    orders = _Emitter(minter, minter.graph("corpus/orders"), labels, written)
    _emit_sources(orders, corpus)
    _emit_presidents(orders, ctx)
    for node in corpus.nodes.values():
        _emit_node(orders, node, ctx)
    tables = _Emitter(minter, minter.graph("corpus/dispositions"), labels, written)
    texts = _Emitter(minter, minter.graph("corpus/texts"), labels, written)
    _emit_provisions(texts, corpus, ctx)
    for edge in corpus.edges.values():
        _emit_edge(tables, texts, edge)
    for edge in corpus.edges.values():  # a confirmed table note points at the sentence that confirms it
        if edge.reconciliation == "confirmed" and edge.text:
            for ev in edge.table:
                for tv in edge.text:
                    tables.add(URIRef(ev.qualified), _LEX_confirmedBy, URIRef(tv.qualified))
    return [
        LoadedGraph(name=e.graph, path=root / name, quads=_unique(e.quads))
        for e, name in ((orders, "(merged instruments)"), (tables, "(disposition tables)"), (texts, "(order texts)"))
    ]


def _unique(quads: list) -> list:
    return list(dict.fromkeys(quads))


def _emit_sources(emit: Emitter, corpus: Corpus) -> None:
    for doc in corpus.sources.values():
        iri = emit.iri(doc.id)
        emit.add(iri, _TYPE, _LEX_SourceDocument)
        emit.add(iri, _TITLE, Literal(doc.title))
        emit.add(iri, _LEX_url, Literal(doc.shown, datatype=_XSD_URI))
        through = doc.covers_through or (corpus.texts_through if doc.kind == "eo-markdown" else None)
        if through:
            emit.add(iri, _LEX_coversThrough, _date(through))
    iri = emit.iri(PRESIDENTS_SOURCE)
    emit.add(iri, _TYPE, _LEX_SourceDocument)
    emit.add(iri, _TITLE, Literal("Executive Orders Disposition Tables Index, by administration "
                                         "(Office of the Federal Register, NARA)"))
    emit.add(iri, _LEX_url, Literal("https://www.archives.gov/federal-register/executive-orders/disposition",
                                   datatype=_XSD_URI))


def _emit_presidents(emit: Emitter, ctx: Context) -> None:
    seen = set()
    for _first, slug_, name in FIRST_ORDER:
        person = president_id(slug_)
        if person is None or person in seen or person in ctx.curated.ids:
            continue
        seen.add(person)
        iri = emit.iri(person)
        emit.add(iri, _TYPE, _LEX_President)
        emit.add(iri, _PREF, Literal(name))
        emit.add(iri, _DERIVED, emit.iri(PRESIDENTS_SOURCE))


def _emit_node(emit: Emitter, node: Node, ctx: Context) -> None:
    iri = emit.iri(node.id)
    for source in sorted(node.sources):
        emit.add(iri, _DERIVED, emit.iri(source))
    if node.id in ctx.curated.ids:
        return  # curated: its type, label, title and dates are the curated ones
    emit.add(iri, _TYPE, LEX[node.type])
    emit.add(iri, _PREF, Literal(node.label))
    title = node.value("title")
    if title:
        emit.add(iri, _TITLE, Literal(str(title)))
    signed = node.value("signed")
    if isinstance(signed, dt.date):
        emit.add(iri, _LEX_signed, _date(signed))
    if node.type != "ExecutiveOrder":
        return
    m = re.fullmatch(r"(\d+)(?:[- ](.+))?", node.number or "")  # '7677-A', '1919 1/2'
    number, suffix = (m.group(1), m.group(2)) if m else ("", None)
    if number.isdigit():
        emit.add(iri, _LEX_eoNumber, Literal(int(number)))
        if suffix:
            emit.add(iri, _LEX_eoSuffix, Literal(suffix))
        else:
            for alias in eo_aliases(int(number)):
                emit.add(iri, _ALT, Literal(alias))
    if not node.entry or not title or not isinstance(signed, dt.date):
        emit.add(iri, _LEX_mentionedOnly, Literal(True))
    published = node.value("published")
    if isinstance(published, dt.date) and (not isinstance(signed, dt.date) or published >= signed):
        emit.add(iri, _LEX_published, _date(published))
    fr = node.value("fr")
    if fr:
        volume, _, page = str(fr).partition(" FR ")
        emit.add(iri, _LEX_frCitation, Literal(str(fr)))
        emit.add(iri, _LEX_frVolume, Literal(int(volume)))
        emit.add(iri, _LEX_frStartPage, Literal(int(page)))
    document = node.value("document")
    if document:
        emit.add(iri, _LEX_frDocumentNumber, Literal(str(document)))
    president = node.value("president") or (president_of(int(number)) if number.isdigit() else None)
    person = president_id(president)  # type: ignore[arg-type]
    if person:
        emit.add(iri, _LEX_issuedBy, emit.iri(person))
    for note in node.notes:
        emit.add(iri, _NOTE, Literal(note))


def _emit_provisions(emit: Emitter, corpus: Corpus, ctx: Context) -> None:
    bodies: set[str] = set()
    for source_id, extraction in corpus.provisions:
        source = emit.iri(source_id)
        inst = extraction.instruments[0]  # type: ignore[attr-defined]
        for prov_ in extraction.provisions:  # type: ignore[attr-defined]
            node_id = section_id(inst.id, prov_.label)
            iri = emit.provision(node_id, [source])
            known = ctx.curated.sections.get(node_id, {})
            if prov_.heading and "heading" not in known:
                emit.add(iri, _LEX_heading, Literal(prov_.heading))
            if prov_.text and "text" not in known:
                emit.add(iri, _LEX_text, Literal(prov_.text))
            emit.add(iri, _LEX_textStart, Literal(prov_.start))
            emit.add(iri, _LEX_textEnd, Literal(prov_.end))
        for new in extraction.new_nodes:  # type: ignore[attr-defined]
            if new.id in ctx.curated.ids:
                continue
            iri = emit.iri(new.id)
            emit.add(iri, _TYPE, LEX[new_node_class(new.type)])
            emit.add(iri, _PREF if new.id not in bodies else _ALT, Literal(new.label))
            bodies.add(new.id)
            if new.acronym:
                emit.add(iri, _LEX_acronym, Literal(new.acronym))
            emit.add(iri, _DERIVED, source)
        for node_id, names in sorted(extraction.alt_labels.items()):  # type: ignore[attr-defined]
            for name in sorted(names):
                emit.add(emit.iri(node_id), _ALT, Literal(name))
    corpus.counts["bodies established in texts"] = len(bodies)


def _emit_edge(tables: Emitter, texts: Emitter, edge: Edge) -> None:
    kind = edge_type(edge.type)
    agreement = LEX[edge.reconciliation] if edge.reconciliation else None
    for ev in edge.table:
        q = tables.edge(
            edge.subject, kind, edge.object, instrument_id=edge.instrument, pinpoint=None, quote=ev.quote,
            effective=ev.effective, method=DISPOSITION, source=tables.iri(ev.source),
            key=("table", ev.source, str(ev.line), ev.direction, ev.quote),
        )
        ev.qualified = str(q)
        tables.add(q, _LEX_sourceLine, Literal(ev.line))
        tables.add(q, _LEX_noteDirection, Literal(ev.direction))
        tables.add(q, _LEX_noteLabel, Literal(ev.label))
        if ev.scope:
            tables.add(q, _LEX_scope, Literal(ev.scope))
        if ev.note:
            tables.add(q, _NOTE, Literal(ev.note))
        if agreement is not None:
            tables.add(q, _LEX_reconciliation, agreement)
    for tv in edge.text:
        q = texts.edge(
            edge.subject, kind, edge.object, instrument_id=edge.instrument, pinpoint=tv.section, quote=tv.quote,
            effective=tv.effective, method=EXTRACTED, source=texts.iri(tv.source), key=("extracted", tv.source),
        )
        tv.qualified = str(q)
        texts.add(q, _LEX_textStart, Literal(tv.start))
        texts.add(q, _LEX_textEnd, Literal(tv.end))
        texts.add(q, _LEX_loaderVersion, Literal(f"{LOADER_VERSION}; {ADAPTER_VERSION}"))
        if agreement is not None:
            texts.add(q, _LEX_reconciliation, agreement)
