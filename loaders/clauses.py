"""Operative clauses and citations in an instrument's provisions -> edges with evidence.

Each rule reads one sentence (or a provision and its list items) and names what it found by
curated node id, through the gazetteer of curated names plus the short names the text itself
defines ("the Secretary of Homeland Security (Secretary)", "(USCTOC)"). A name the gazetteer
does not know is never guessed into an edge, except a body the text itself establishes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.namespaces import pinpoint_label, slug
from loaders.citations import find_citations
from loaders.context import Context, Gazetteer, Mention
from loaders.model import ExtractedEdge, Extraction, Instrument, NewNode, Provision, TextEvidence, normalize
from loaders.textdoc import TextDoc, sentences


@dataclass
class Block:
    """A provision's text in the cleaned document (path None: a document without sections)."""

    path: list[str] | None
    heading: str | None
    start: int
    end: int
    marker: int | None = None
    text: str = ""
    provision: Provision | None = None

    @property
    def label(self) -> str | None:
        return None if self.path is None else pinpoint_label(self.path)


_ESTABLISH = re.compile(
    r"\b(?:[Tt]here\s+(?:shall\s+be|is\s+hereby)\s+established|(?:I|[Ww]e)\s+(?:will|hereby)\s+establish"
    r"|(?:is|are)\s+hereby\s+established)\s+(?:(?:a|an|the)\s+)?"
)
_NAME = re.compile(
    r"((?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|of|on|for|and|the|to))*)(?:\s*\(([A-Z][A-Za-z]+)\))?"
)
_SHALL = re.compile(
    r"\bshall\b(?!\s+(?:be|not|consist|replace|report|have|include|each\s+be)\b)"
    r"|\b(?:is|are)\s+(?:hereby\s+)?directed\s+to\b"
)
_REVOKED = re.compile(r"\b(?:is|are)\s+(?:hereby\s+)?(?:revoked|rescinded)\b")
_EO_REF = re.compile(
    r"(?:\bsection\s+(\d+[a-z]?(?:\([A-Za-z0-9]+\))*)\s+of\s+)?\bExecutive\s+Order\s+(?:No\.\s+)?(\d{4,5})\b"
)
_KINDS = {
    "Council": "Council",
    "Working Group": "WorkingGroup",
    "Task Force": "TaskForce",
    "Division": "Division",
    "Program": "Program",
    "Center": "Program",
    "Centre": "Program",
}


class ClauseReader:
    def __init__(self, extraction: Extraction, instrument: Instrument, doc: TextDoc, ctx: Context) -> None:
        self.x, self.inst, self.doc, self.ctx = extraction, instrument, doc, ctx
        self.gaz: Gazetteer = ctx.gazetteer.copy()

    def evidence(self, block: Block, start: int, end: int, quote: str | None = None) -> TextEvidence:
        s, e = self.doc.span(start, end)
        return TextEvidence(self.inst.id, block.label, s, e, quote or normalize(self.doc.text[start:end]))

    def edge(self, subject: str, kind: str, obj: str, ev: TextEvidence) -> None:
        if subject != obj:
            self.x.add_edge(ExtractedEdge(subject, kind, obj, ev))

    def actors(self, text: str) -> list[Mention]:
        return [m for m in self.gaz.find(text) if m.kind in ("office", "organization")]

    # -- defined names and new bodies ------------------------------------------------------

    def define_short_names(self, text: str) -> None:
        for mention in self.gaz.find(text):
            m = re.match(r"\s*\(([A-Z][A-Za-z]{1,30})\)", text[mention.end :])
            if m and m.group(1) not in self.gaz.names:
                self.gaz.add(m.group(1), mention.id, mention.kind, acronym=True)

    def establishments(self, block: Block, s: int, e: int) -> None:
        sentence = self.doc.text[s:e]
        for m in _ESTABLISH.finditer(sentence):
            rest = sentence[m.end() :]
            hit = next((x for x in self.actors(rest) if x.start == 0), None)
            if hit is None:
                name_m = _NAME.match(rest)
                if not name_m:
                    continue
                name = re.sub(r"(?:\s+(?:of|on|for|and|the|to))+$", "", name_m.group(1))
                kind = next((k for word, k in _KINDS.items() if name.endswith(word)), None)
                if kind is None:
                    continue  # not a named body: "an office to provide ..." names nothing
                acronym = name_m.group(2)
                node_id = "org/" + slug(acronym or name)
                self.x.new_nodes.append(NewNode(node_id, kind, name, acronym))
                self.gaz.add(name, node_id, "organization")
                if acronym:
                    self.gaz.add(acronym, node_id, "organization", acronym=True)
                target, end_at = node_id, name_m.end()
            else:
                target, end_at = hit.id, hit.end
                short = re.match(r"\s*\(([A-Z][A-Za-z]{1,30})\)", rest[end_at:])
                if short and short.group(1) not in self.gaz.names:
                    self.gaz.add(short.group(1), hit.id, hit.kind, acronym=True)
            ev = self.evidence(block, s, e)
            self.edge(self.inst.id, "establishes", target, ev)
            tail = rest[end_at:]
            housed = re.search(r"\bhoused\s+(?:at|in|within)\s+(?:the\s+)?", tail)
            if housed:
                place = next((x for x in self.actors(tail[housed.end() :]) if x.start == 0), None)
                if place:
                    self.edge(target, "housed_at", place.id, ev)
            report = re.search(r"\breport\s+to\s+the\s+President\s+through\s+(?:the\s+)?", tail)
            if report:
                via = next((x for x in self.actors(tail[report.end() :]) if x.start == 0), None)
                if via:
                    self.edge(target, "reports_to", via.id, ev)

    # -- one provision ---------------------------------------------------------------------

    def citations(self, block: Block, spans: list[tuple[int, int]]) -> None:
        text = self.doc.text[block.start : block.end]
        cites, warnings = find_citations(text, self.ctx, self.inst.eo_number)
        self.x.warnings.extend(f"{self.x.path.name} § {block.label}: {w}" for w in warnings)
        kind = "authorized_by" if block.label == "preamble" else "cites"
        for cite in cites:
            if cite.target == self.inst.id:
                continue
            at = block.start + cite.start
            s, e = next(((s, e) for s, e in spans if s <= at < e), (block.start, block.end))
            self.edge(self.inst.id, kind, cite.target, self.evidence(block, s, e))
            if cite.alt_label:
                self.x.alt_labels.setdefault(cite.target, set()).add(cite.alt_label)
        if block.label == "preamble":
            m = re.search(r"\bby the Constitution\b", text)
            if m:
                at = block.start + m.start()
                s, e = next(((s, e) for s, e in spans if s <= at < e), (block.start, block.end))
                self.edge(self.inst.id, "authorized_by", "constitution", self.evidence(block, s, e))

    def revocations(self, block: Block, s: int, e: int, children: list[Block]) -> None:
        sentence = self.doc.text[s:e]
        if not _REVOKED.search(sentence):
            return
        refs = list(_EO_REF.finditer(sentence))
        if refs:
            for ref in refs:
                if int(ref.group(2)) == self.inst.eo_number:
                    continue
                target = f"eo/{int(ref.group(2))}"
                if ref.group(1):
                    path = [ref.group(1).split("(")[0], *re.findall(r"\(([A-Za-z0-9]+)\)", ref.group(1))]
                    target += "/sec/" + "/".join(p.lower() for p in path)
                self.edge(self.inst.id, "revokes", target, self.evidence(block, s, e))
            return
        if sentence.rstrip().endswith(":"):
            for child in children:
                for ref in _EO_REF.finditer(self.doc.text[child.start : child.end]):
                    quote = (
                        normalize(sentence)
                        + " ... "
                        + normalize(self.doc.text[child.marker or child.start : child.end])
                    )
                    ev = self.evidence(child, child.start, child.end, quote)
                    self.edge(self.inst.id, "revokes", f"eo/{int(ref.group(2))}", ev)

    def bodies(self, block: Block, s: int, e: int, children: list[Block]) -> None:
        sentence = self.doc.text[s:e]
        mentions = self.actors(sentence)
        for m in re.finditer(r"\bshall\s+replace\s+(?:the\s+)?", sentence):
            before = [x for x in mentions if x.end <= m.start()]
            after = next((x for x in mentions if x.start == m.end()), None)
            if before and after:
                self.edge(before[-1].id, "replaces", after.id, self.evidence(block, s, e))
        m = re.search(r"\bshall\s+consist\s+of\s+the\s+following\s+members[^:]*:", sentence)
        if m:
            body = [x for x in mentions if x.end <= m.start()]
            if body:
                items = children or [block]
                parts = [normalize(sentence)] + [
                    normalize(self.doc.text[c.marker if c.marker is not None else c.start : c.end])
                    for c in children
                ]
                quote = " ".join(parts)
                ev = self.evidence(block, s, e, quote)
                for item in items:
                    text = self.doc.text[item.start : item.end] if children else sentence[m.end() :]
                    for member in self.actors(text):
                        self.edge(member.id, "member_of", body[-1].id, ev)
        co = re.search(r"\bshall\s+co-chair\b", sentence)
        if co:
            chairs = [x for x in mentions if x.end <= co.start()]
            body = next((x for x in mentions if x.start >= co.end()), None)
            if body:
                ev = self.evidence(block, s, e)
                for chair in chairs:
                    self.edge(chair.id, "co_chairs", body.id, ev)
                if re.match(r"\s+and\s+direct\b", sentence[co.end() :]):
                    self.edge(self.inst.id, "directs", body.id, ev)

    def directions(self, block: Block, s: int, e: int) -> None:
        sentence = self.doc.text[s:e]
        m = _SHALL.search(sentence)
        if not m or re.match(r"\s*There\b", sentence):
            return
        ev = self.evidence(block, s, e)
        subject = sentence[: m.start()]
        for actor in self.actors(subject):
            if re.search(r"\bthrough\s+(?:the\s+)?$", subject[: actor.start]):
                continue
            if subject[: actor.start].count("(") > subject[: actor.start].count(")"):
                continue
            self.edge(self.inst.id, "directs", actor.id, ev)
        for d in re.finditer(r"\bshall\s+direct\s+(?:the\s+)?", sentence):
            target = next((x for x in self.actors(sentence[d.end() :]) if x.start == 0), None)
            if target:
                self.edge(self.inst.id, "directs", target.id, ev)


def extract_edges(
    extraction: Extraction, instrument: Instrument, blocks: list[Block], doc: TextDoc, ctx: Context
) -> None:
    """Fill extraction.edges from the blocks of one instrument."""
    reader = ClauseReader(extraction, instrument, doc, ctx)
    for block in blocks:
        reader.define_short_names(doc.text[block.start : block.end])
    for i, block in enumerate(blocks):
        spans = sentences(doc.text[block.start : block.end], block.start)
        children = []
        if block.path is not None:
            for later in blocks[i + 1 :]:
                if later.path is None or later.path[: len(block.path)] != block.path:
                    break
                if len(later.path) == len(block.path) + 1:
                    children.append(later)
        reader.citations(block, spans)
        for s, e in spans:
            reader.establishments(block, s, e)
            reader.revocations(block, s, e, children)
            reader.bodies(block, s, e, children)
            if block.label != "preamble":
                reader.directions(block, s, e)
