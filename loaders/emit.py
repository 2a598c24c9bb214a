"""An Extraction -> one named graph of quads, shaped exactly like the curated loader's output.

Each extracted edge is a direct triple plus a qualified node (lex:method lex:extracted, the loader
version, the quoted sentence, its span in the file, the source instrument and pinpoint, and
prov:wasDerivedFrom the loaded file as a lex:SourceDocument). Curated facts win: an instrument
the curated data describes keeps its curated title and dates, and an extracted edge that
contradicts a curated one is dropped with a warning (never merged silently).
"""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from graph.edge_types import edge_type
from graph.namespaces import LEX, SCHEMA, Minter, section_id, slug, split_section_id
from graph.quads import LoadedGraph
from loaders.context import ROOT, Context
from loaders.emitter import Emitter, eo_aliases
from loaders.model import LOADER_VERSION, ExtractedEdge, Extraction, Instrument, new_node_class

EXTRACTED = LEX.extracted
LAYOUTS = {
    "press-release": "executive order, White House press-release text",
    "commercial": "executive order, commercial legal database copy",
    "federal-register": "executive order, Federal Register text",
    "whitehouse": "executive order, White House web page",
    "markdown": "executive order, Markdown made from the Federal Register XML",
    "analysis": "third-party analysis page (commentary)",
    "strategy": "White House strategy text",
    "fr-api": "Federal Register API documents JSON",
}
AUDIENCES = {
    "general": LEX.GeneralAudience,
    "journalist": LEX.JournalistAudience,
    "policymaker": LEX.PolicymakerAudience,
    "agency staff": LEX.AgencyStaffAudience,
    "interest groups": LEX.InterestGroupAudience,
    "litigators": LEX.LitigatorAudience,
    "researchers": LEX.ResearcherAudience,
}


def file_slug(path: Path) -> str:
    return slug(path.stem, "file")


def graph_name(path: Path, minter: Minter) -> URIRef:
    """One named graph per loaded file, named by the file: loading it again replaces it."""
    return minter.graph("extracted/" + file_slug(path))


def _display_path(path: Path) -> str:
    resolved = path.resolve()
    try:
        return resolved.relative_to(ROOT).as_posix()
    except ValueError:
        return path.name


def _conflict(edge: ExtractedEdge, ctx: Context) -> str | None:
    """A curated edge this one contradicts (whole vs part revocation), described; else None."""
    curated = ctx.curated.edges
    if edge.type == "revokes":
        section = split_section_id(edge.object)
        if section is None:
            parts = sorted(
                o
                for s, t, o in curated
                if s == edge.subject and t == "revokes" and o.startswith(edge.object + "/sec/")
            )
            if parts:
                return (
                    f"says {edge.subject} revokes {edge.object} as a whole, but curated data says it "
                    f"revokes only {', '.join(parts)}"
                )
        elif (edge.subject, "revokes", section[0]) in curated:
            whole = section[0]
            return (
                f"says {edge.subject} revokes {edge.object}"
                f", but curated data says it revokes all of {whole}"
            )
    if edge.type == "revokes_in_part" and (edge.subject, "revokes", edge.object) in curated:
        return (
            f"says {edge.subject} revokes {edge.object} in part, but curated data says it revokes all of it"
        )
    return None


def _compare(inst: Instrument, curated: dict, where: str) -> list[str]:
    warnings = []
    checks = [
        ("title", inst.title, curated.get("title")),
        ("signed", inst.signed, curated.get("signed")),
        ("published", inst.published, curated.get("published")),
        ("fr_citation", inst.fr_citation, curated.get("fr_citation")),
        ("fr_document", inst.fr_document, curated.get("fr_document")),
    ]
    for key, found, known in checks:
        if found is None or known is None:
            continue
        same = (
            re.sub(r"\W+", " ", found).strip().lower() == re.sub(r"\W+", " ", known).strip().lower()
            if isinstance(found, str)
            else found == known
        )
        if not same:
            warnings.append(
                f"{where}: {inst.id} {key} {found!s} differs from curated {known!s}; kept curated"
            )
    return warnings


def _instrument(emit: Emitter, inst: Instrument, source: URIRef) -> None:
    iri = emit.iri(inst.id)
    emit.add(iri, RDF.type, LEX[inst.kind])
    title = inst.title or inst.id
    emit.add(iri, DCTERMS.title, Literal(title))
    if inst.eo_number is not None:
        emit.add(iri, LEX.eoNumber, Literal(inst.eo_number))
        emit.add(iri, SKOS.prefLabel, Literal(f"EO {inst.eo_number}"))
        for alias in eo_aliases(inst.eo_number):
            emit.add(iri, SKOS.altLabel, Literal(alias))
    else:
        emit.add(iri, SKOS.prefLabel, Literal(title))
    for prop, value in ((LEX.signed, inst.signed), (LEX.published, inst.published)):
        if value is not None:
            emit.add(iri, prop, Literal(value, datatype=XSD.date))
    if inst.fr_citation:
        volume, _, page = inst.fr_citation.partition(" FR ")
        emit.add(iri, LEX.frCitation, Literal(inst.fr_citation))
        emit.add(iri, LEX.frVolume, Literal(int(volume)))
        emit.add(iri, LEX.frStartPage, Literal(int(page)))
    if inst.fr_document:
        emit.add(iri, LEX.frDocumentNumber, Literal(inst.fr_document))
    for number, objective in enumerate(inst.objectives, start=1):
        emit.add(iri, LEX.policyObjective, Literal(f"{number}. {objective}"))


def _instrument_labels(x: Extraction, ctx: Context) -> dict[str, str]:
    """Short labels ("EO 13773") of every instrument a section may belong to, to name sections."""
    labels = {}
    for node_id, data in ctx.curated.instruments.items():
        number = data.get("eo_number")
        labels[node_id] = data.get("label") or (f"EO {number}" if number else str(data.get("title", node_id)))
    for inst in x.instruments:
        labels.setdefault(inst.id, f"EO {inst.eo_number}" if inst.eo_number else inst.title or inst.id)
    for order in _referenced_orders(x, ctx):
        labels.setdefault(order, "EO " + order.split("/")[1])
    return labels


def _referenced_orders(x: Extraction, ctx: Context) -> list[str]:
    """Orders this file's edges name (as object, subject or the order of a provision) that neither
    the file describes nor curated data declares: each becomes a node of its own (see _stub)."""
    described = {i.id for i in x.instruments} | set(ctx.curated.instruments)
    found = set()
    for edge in x.edges:
        for node in (edge.subject, edge.object):
            section = split_section_id(node)
            top = section[0] if section else node
            if re.fullmatch(r"eo/\d+", top) and top not in described:
                found.add(top)
    return sorted(found, key=lambda n: int(n.split("/")[1]))


def _stub(emit: Emitter, order: str, x: Extraction, ctx: Context, source: URIRef) -> None:
    """An order known here only as the target of edges: typed, numbered and labelled so that it
    resolves and can be asked about, marked lex:textLoaded false, with a note saying so. Its date
    and FR citation come from the Federal Register's index (data/tables/eo-index.tsv) when listed;
    its title is only in the note (the order's own text, when loaded, gives it)."""
    number = int(order.split("/")[1])
    iri = emit.iri(order)
    emit.add(iri, RDF.type, LEX.ExecutiveOrder)
    emit.add(iri, LEX.eoNumber, Literal(number))
    emit.add(iri, SKOS.prefLabel, Literal(f"EO {number}"))
    for alias in eo_aliases(number):
        emit.add(iri, SKOS.altLabel, Literal(alias))
    emit.add(iri, LEX.textLoaded, Literal(False))
    emit.add(iri, PROV.wasDerivedFrom, source)
    by = ", ".join(sorted({f"EO {i.eo_number}" if i.eo_number else i.id for i in x.instruments}))
    note = f"Known from the edges of {by} ({x.path.name}); the text of EO {number} is not loaded."
    indexed = ctx.eo_index.get(number)
    if indexed is not None:
        emit.add(iri, LEX.signed, Literal(indexed.signed, datatype=XSD.date))
        emit.add(iri, LEX.frCitation, Literal(indexed.fr_citation))
        note += (
            f" The Federal Register lists it as “{indexed.title}”, signed {indexed.signed.isoformat()},"
            f" {indexed.fr_citation} (data/tables/eo-index.tsv)."
        )
    emit.add(iri, SKOS.note, Literal(note))


def to_graph(x: Extraction, minter: Minter, ctx: Context) -> LoadedGraph:
    """Quads for one extraction, in the file's own named graph, plus its build warnings."""
    name = graph_name(x.path, minter)
    emit = Emitter(minter, name, _instrument_labels(x, ctx))
    warnings = list(x.warnings)
    where = x.path.name
    source_id = "source/file-" + file_slug(x.path)
    source = emit.iri(source_id)
    shown = _display_path(x.path)
    emit.add(source, RDF.type, LEX.SourceDocument)
    emit.add(
        source,
        DCTERMS.title,
        Literal(f"{x.path.name} ({LAYOUTS.get(x.layout, x.layout)}), read by {LOADER_VERSION}"),
    )
    emit.add(source, LEX.url, Literal(shown, datatype=XSD.anyURI))
    for sid, data in sorted(ctx.curated.sources.items()):
        if data.get("url") == shown:
            emit.add(source, PROV.alternateOf, emit.iri(sid))

    signed: dict[str, object] = {}
    for inst in x.instruments:
        curated = ctx.curated.instruments.get(inst.id)
        emit.add(emit.iri(inst.id), PROV.wasDerivedFrom, source)
        if curated is not None:
            warnings.extend(_compare(inst, curated, where))
            if inst.objectives and curated.get("objectives") and inst.objectives != curated["objectives"]:
                warnings.append(f"{where}: {inst.id} objectives differ from curated; kept curated")
        else:
            _instrument(emit, inst, source)
        known = curated or {}
        signed[inst.id] = known.get("signed") or inst.signed or known.get("published") or inst.published

    inst = x.instrument
    for prov_ in x.provisions:
        if inst is None:
            break
        node_id = section_id(inst.id, prov_.label)
        iri = emit.provision(node_id, [source])
        known = ctx.curated.sections.get(node_id, {})
        if prov_.heading and "heading" not in known:
            emit.add(iri, LEX.heading, Literal(prov_.heading))
        if prov_.text:
            emit.add(iri, LEX.text, Literal(prov_.text))
        if prov_.fr_page and "fr_page" not in known:
            emit.add(iri, LEX.frPage, Literal(prov_.fr_page))
        emit.add(iri, LEX.textStart, Literal(prov_.start))
        emit.add(iri, LEX.textEnd, Literal(prov_.end))

    for order in _referenced_orders(x, ctx):
        _stub(emit, order, x, ctx, source)

    for node in x.new_nodes:
        if node.id in ctx.curated.ids:
            continue
        iri = emit.iri(node.id)
        emit.add(iri, RDF.type, LEX[new_node_class(node.type)])
        emit.add(iri, SKOS.prefLabel, Literal(node.label))
        if node.acronym:
            emit.add(iri, LEX.acronym, Literal(node.acronym))
        emit.add(iri, PROV.wasDerivedFrom, source)

    for node_id, labels in sorted(x.alt_labels.items()):
        for label in sorted(labels):
            emit.add(emit.iri(node_id), SKOS.altLabel, Literal(label))

    for edge in x.edges:
        problem = _conflict(edge, ctx)
        if problem:
            warnings.append(f"{where}: conflict: {problem}; kept curated, dropped the extracted edge")
            continue
        _edge(
            emit,
            edge,
            source,
            signed.get(edge.evidence.instrument) or ctx.curated.signed(edge.evidence.instrument),
            warnings,
            where,
            ctx,
            {i.id for i in x.instruments},
        )

    for note in x.commentary:
        iri = emit.iri(f"commentary/{file_slug(x.path)}/{note.key}")
        emit.add(iri, RDF.type, LEX.Commentary)
        emit.add(iri, SCHEMA.about, emit.iri(note.about))
        emit.add(iri, SCHEMA.name, Literal(note.heading))
        emit.add(iri, SCHEMA.text, Literal(note.text))
        emit.add(iri, LEX.audience, AUDIENCES[note.audience])
        emit.add(iri, LEX.textStart, Literal(note.start))
        emit.add(iri, LEX.textEnd, Literal(note.end))
        emit.add(iri, PROV.wasDerivedFrom, source)
        if note.status:
            emit.add(iri, LEX.reportedStatus, Literal(note.status))
        if note.status_date:
            emit.add(iri, LEX.reportedDate, Literal(note.status_date, datatype=XSD.date))
    return LoadedGraph(name=name, path=x.path, quads=emit.quads, warnings=warnings)


def _edge(
    emit: Emitter,
    edge: ExtractedEdge,
    source: URIRef,
    signed: object,
    warnings: list[str],
    where: str,
    ctx: Context,
    described: set[str],
) -> None:
    kind = edge_type(edge.type)
    ev = edge.evidence
    if ev.instrument not in ctx.curated.instruments and ev.instrument not in described:
        warnings.append(
            f"{where}: {edge.subject} {edge.type} {edge.object}: source instrument {ev.instrument} "
            "is described nowhere; edge left out"
        )
        return
    effective = edge.date or signed
    if kind.effect is not None and effective is None:
        warnings.append(f"{where}: {edge.subject} {edge.type} {edge.object}: no date; edge left out")
        return
    q = emit.edge(
        edge.subject, kind, edge.object, instrument_id=ev.instrument, pinpoint=ev.section,
        quote=ev.quote, effective=effective, method=EXTRACTED, source=source, key=("extracted", str(source)),
    )
    emit.add(q, LEX.textStart, Literal(ev.start))
    emit.add(q, LEX.textEnd, Literal(ev.end))
    emit.add(q, LEX.loaderVersion, Literal(LOADER_VERSION))
