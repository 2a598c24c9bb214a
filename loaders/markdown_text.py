"""ADAPTER (drop when `loaders.order_text` reads the Markdown corpus itself): the body of a Markdown
order file (data/sources/eo-markdown/, parsed by loaders.markdown_order) -> an `Extraction` made by
the shared extraction rules.

Why it exists: `order_text.detect` does not yet accept the Markdown layout of the corpus, and its
preamble rule ('By the authority vested in me') does not fit the orders of 1933-1980 ('By virtue
of the authority ...', 'WHEREAS ...', sections numbered '1.' or 'SEC. 2.'). So this module:

1. asks `order_text.detect(text)` first: when the extractor knows the file's layout (the `extract`
   branch adds the FR-XML Markdown layout), `order_text.extract_order` reads it, and nothing here
   is used;
2. otherwise reads the structure itself (Markdown noise deleted through `loaders.textdoc.Cleaner`,
   so every span maps back to the file; sections from '### Section 1.', 'Sec. 2.', 'SECTION 3.' or
   '4.' lines, paragraphs from '(a)' lines) and hands the blocks to the shared rules,
   `loaders.clauses.extract_edges` - the same entry point `extract_order` calls, so improved rules
   apply here unchanged.

Nothing else in lexgraph knows this layout: delete this file's second path when (1) covers the
corpus. Evidence quotes are the file's own words: only deletions are made, never insertions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from loaders.context import Context
from loaders.model import Extraction, Instrument, Provision, normalize
from loaders.order_text import (
    SECTION_START,
    heading_phrase,
    join_initial_breaks,
    numbered_sections,
    part_divisions,
)
from loaders.quoted import quoted_regions
from loaders.references import part_number

ADAPTER_VERSION = "markdown-adapter 3"

# Lines that are Markdown furniture, not the order's words: headings the scraper added.
_FURNITURE = re.compile(
    r"(?m)^[ \t]*(?:#{1,6}[ \t]+(?:Preamble|Authority|Executive Order \S+|Signature|Sources?|Summary)[ \t]*"
    r"|\*\*Title 3\W+The President\*\*[ \t]*"
    r"|\*\*Executive Order \d+[^*\n]*\*\*[ \t]*"
    r"|Billing code [0-9-]+[ \t]*|\[FR Doc\.[^\n]*)$"
)
# an APP copy's title in capitals on the body's first line, before the statement of authority ("AUTHORIZING CERTAIN
# FUNCTIONS ... UNDER THE AIRPORT AND AIRWAY DEVELOPMENT ACT OF 1970 To BE PERFORMED ...", EO 12079): no provision, so
# what it names is not cited (tests/gold: heldout51 EO 11977, heldout68 EO 12030, heldout92 EO 12079)
_UPPER_TITLE = re.compile(
    r"\s*(?:#{1,6}[ \t]+Executive Order \S+[ \t]*\n\s*)?"
    # (not a provision or command typed in capitals: "IT IS HEREBY ORDERED ...", "SECTION 1. ...")
    r"(?!(?:SECTION|SEC\.|PART|ARTICLE|TITLE|WHEREAS|BY\s|NOW)\b|[^\n]*\b(?:HEREBY|ORDERED|VESTED|SHALL)\b)"
    r"([A-Z][^\n]{11,400})\n(?=[ \t]*[A-Z][a-z])")


def _mostly_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


_EMPHASIS = re.compile(r"(?m)\*\*|^[ \t]*#{1,6}[ \t]+")
_SECTION = re.compile(  # "SEC. 2 (a) There is ...": no stop after the number when a paragraph opens at once
    # ("SECTION I. Responsibilities of the Secretary." before "SEC. 2.", EO 11307: a letter I for the digit 1)
    SECTION_START
    + r"[ \t]*(?:Section\.?|SECTION|Sec\.|SEC\.|Sec|SEC)[ \t]*(\d+[A-Za-z]?(?:-\d+)?|I(?=\.))"
    r"(?:\.(?=[ \t\n])|(?=[ \t]+\([a1]\)[ \t]))"
)
_HYPHENATED = re.compile(r"(?m)^[ \t]*(\d{1,2}-\d{1,3})\.(?=[ \t])")  # '1-101.' (orders of 1977-1981)
_ABBREVIATED = re.compile(r"\b(?:No|Nos|Sec|Secs|Ex|Exec|Ord|Stat|Pub|Proc|Inc|Co|Vol|U\.S|[A-Z])$")
_PARA = re.compile(r"(?m)^[ \t]*(?:-[ \t]+)?\(([A-Za-z0-9]{1,5})\)[ \t]+")
_ORDERED = re.compile(
    r"(?:it is|is)\s+(?:hereby\s+)?ordered(?:\s+as\s+follows)?\s*[:.,]|ordered\s+as\s+follows\s*[:.]"
    r"|I\s+hereby\s+(?:order|prescribe|direct)\b[^.:]*[:.]",
    re.I,
)
_SIGNATURE = re.compile(
    r"(?m)^[ \t]*(?:THE WHITE HOUSE\b|[A-Z][A-Z.' ]{3,}[A-Z.][ \t]*\n[ \t]*THE WHITE HOUSE)"
)
_ROMAN = re.compile(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")


@dataclass
class _Marker:
    pos: int
    body: int
    kind: str  # section | para
    token: str
    heading: str | None = None


def extract_markdown(path: str, text: str, meta: dict, ctx: Context) -> Extraction:
    """One Markdown order file (its full text and the header `meta` from parse_markdown_order) ->
    Extraction (instrument = the order, with no metadata: the corpus loader merges that)."""
    from loaders import order_text

    number = meta["eo_number"]
    layout = order_text.detect(text)
    if layout is not None and number.isdigit():
        extraction = order_text.extract_order(Path(path), text, ctx, layout, eo_number=int(number))
        extraction.layout = f"markdown ({layout})"
        return extraction
    return _extract_adapted(path, text, meta, ctx)


def extract_markdown_file(path: Path, text: str, ctx: Context) -> Extraction:
    """One Markdown order file loaded on its own (`lexgraph load`, `extract`): the same reading as
    in the corpus build, with the header's title, dates and citation on the instrument (the corpus
    loader merges those from its own tables instead)."""
    from loaders.markdown_order import parse_markdown_order

    meta, _body = parse_markdown_order(text, path)
    extraction = extract_markdown(str(path), text, meta, ctx)
    instrument = extraction.instruments[0]
    instrument.title = instrument.title or meta.get("title")
    instrument.signed = instrument.signed or meta.get("signed")
    instrument.published = instrument.published or meta.get("published")
    citation = meta.get("citation")
    if citation is not None and instrument.fr_citation is None:
        instrument.fr_citation = str(citation)
    instrument.fr_document = instrument.fr_document or meta.get("document_number") or None
    return extraction


def _extract_adapted(path: str, text: str, meta: dict, ctx: Context) -> Extraction:
    from loaders.clauses import Block, extract_edges
    from loaders.textdoc import Cleaner

    number = meta["eo_number"]
    instrument = Instrument(id=order_id(number), kind="ExecutiveOrder", eo_number=_int_number(number))
    extraction = Extraction(path=Path(path), layout="markdown", instruments=[instrument])
    body_at = _offset_of_line(text, meta["body_line"])
    body_end = _body_end(text, body_at)
    cleaner = Cleaner(text)
    cleaner.delete(0, body_at)
    cleaner.delete(body_end, len(text))
    authority = re.compile(r"(?m)^###[ \t]+Authority[ \t]*$").search(text, body_at, body_end)
    if authority:  # FR-XML copies: 'Executive Order N of <date>' and the title lines come first
        cleaner.delete(body_at, authority.start())
    for m in _FURNITURE.finditer(text, body_at, body_end):
        cleaner.delete(m.start(), m.end())
    if not authority and (title := _UPPER_TITLE.match(text, body_at, body_end)) and _mostly_capitals(title.group(1)):
        cleaner.delete(title.start(1), title.end(1))
    for m in _EMPHASIS.finditer(text, body_at, body_end):
        cleaner.delete(m.start(), m.end())
    join_initial_breaks(cleaner, text, body_at, body_end)
    doc = cleaner.finish()
    blocks: list = []
    markers = _markers(doc.text)
    start, end = 0, len(doc.text)
    sections = [m for m in markers if m.kind == "section"]
    if not sections:  # no sections: the whole text is one paragraph of authority and command, the preamble
        if doc.text.strip():
            blocks.append(Block(["preamble"], None, start, end))
    else:
        preamble_end = _preamble_end(doc.text, sections[0].pos)
        if preamble_end:
            blocks.append(Block(["preamble"], None, start, preamble_end))
        if sections[0].token == "2" and _ORDERED.search(doc.text[:preamble_end]) and (
                doc.text[preamble_end : sections[0].pos].strip()):
            # "... it is ordered as follows:\nThe President's Committee ... is hereby abolished ...\nSEC. 2. ...": a
            # copy that lost "SECTION 1." (EO 10927); what follows the ordering words is section 1
            markers = sorted([*markers, _Marker(preamble_end, preamble_end, "section", "1")], key=lambda mk: mk.pos)
        blocks += _structure(Block, doc.text, markers, end)
    for block in blocks:
        raw = doc.text[block.start : block.end]
        s, e = doc.span(block.start + (len(raw) - len(raw.lstrip())), block.start + len(raw.rstrip()))
        block.text = normalize(raw)
        if block.path is None:
            continue
        block.provision = Provision(path=block.path, text=block.text, start=s, end=e, heading=block.heading)
        extraction.provisions.append(block.provision)
    extract_edges(extraction, instrument, blocks, doc, ctx, quoted_regions(doc.text, 0, len(doc.text)))
    return extraction


def order_id(number: str) -> str:
    """'13489' -> 'eo/13489'; '7677-A' -> 'eo/7677-a' (graph.namespaces spells ids in lower case)."""
    return "eo/" + number.lower().replace(" 1/2", "-1-2").replace(" ", "-")


def _int_number(number: str) -> int | None:
    return int(number) if number.isdigit() else None


def _offset_of_line(text: str, line: int) -> int:
    at = 0
    for _ in range(line - 1):
        nxt = text.find("\n", at)
        if nxt < 0:
            return len(text)
        at = nxt + 1
    return at


def _body_end(text: str, start: int) -> int:
    """Where the order's words end: the signature ('HARRY S. TRUMAN / THE WHITE HOUSE') or the
    file's closing '---' + '*Filed by ...*'."""
    closing = [m.start() for m in re.finditer(r"(?m)^-{3,}[ \t]*$", text) if m.start() > start]
    end = closing[-1] if closing else len(text)
    sig = _SIGNATURE.search(text, start, end)
    return sig.start() if sig else end


def _preamble_end(text: str, first_section: int) -> int:
    """The statement of authority: up to 'it is hereby ordered as follows:' before the first section,
    else all the text before it."""
    head = text[:first_section]
    m = _ORDERED.search(head)
    if m:
        return m.end()
    return first_section if head.strip() else 0


_DOTTED = re.compile(r"(?m)^[ \t]*(\d{1,2}\.\d{1,2})\.?[ \t]+(?=[A-Z])")


def _markers(text: str) -> list[_Marker]:
    found = list(_SECTION.finditer(text))
    markers = [  # (an "I" only as the first section, before a "2": not a Part of an order numbered I, II, III)
        _Marker(m.start(), m.end(), "section", "1" if m.group(1) == "I" else m.group(1)) for i, m in enumerate(found)
        if m.group(1) != "I" or (i == 0 and i + 1 < len(found) and found[i + 1].group(1) == "2")
    ]
    if not markers:  # '1-101. The following ...': the hyphenated numbering of 1977-1981
        hyphenated = list(_HYPHENATED.finditer(text))
        if len(hyphenated) >= 2:
            markers = [_Marker(m.start(), m.end(), "section", m.group(1)) for m in hyphenated]
    if not markers:  # "1.1 Goals. ...", "1.2 The National Security Council.", ... "3.6 Revocation.": sections numbered
        # within Parts (EO 12333; the gold files' `sec/3.4/f`), read as those sections, the Parts only grouping them
        dotted = list(_DOTTED.finditer(text))
        if len(dotted) >= 4:
            markers = [_Marker(m.start(), m.end(), "section", m.group(1)) for m in dotted]
    if not markers:  # "PART I" ... "PART III": an order in Parts is read Part by Part (EO 9871's regulations)
        parts = part_divisions(text, 0, len(text), lambda _pos: False)
        markers = [_Marker(m.start(), m.end(), "section", part_number(m.group(1))) for m in parts]
    if not markers:  # '1. There is hereby established ...': numbered sections of older orders
        kept = numbered_sections(text, 0, len(text), lambda _pos: False)
        markers = [_Marker(m.start(), m.end(), "section", m.group(1)) for m in kept]
    for m in markers:
        m.heading, m.body = _heading(text, m.body)
    sections = [(m.pos, m.body) for m in markers]
    for m in list(markers):  # "SEC. 2 (a) There is hereby ...": the first paragraph opens on the section's line
        # ('SEC. 3. (a). The per annum ...'; 'SECTION I. Responsibilities of the Secretary. (a)\nThe Secretary ...')
        first = re.match(r"[ \t]*\(([a1])\)\.?(?:[ \t]+|[ \t]*\n)", text[m.body :])
        if first:
            pos = m.body + first.start(1) - 1
            markers.append(_Marker(pos, m.body + first.end(), "para", first.group(1)))
    for m in _PARA.finditer(text):
        if any(a <= m.start() < b for a, b in sections):
            continue
        markers.append(_Marker(m.start(), m.end(), "para", m.group(1)))
    markers.sort(key=lambda mk: mk.pos)
    return markers


def _heading(text: str, at: int) -> tuple[str | None, int]:
    """A section heading right after its marker: a short line of its own ('**Purpose**' in the
    FR-XML copies) or a short title-case phrase ending in a period ('Sec. 2. Revocation.')."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[at:line_end].strip()
    if not rest:
        nxt = re.match(r"\s*\n[ \t]*([^\n]{1,120})\n", text[at:])
        if nxt and _reads_as_heading(nxt.group(1).strip().rstrip(".")):
            return nxt.group(1).strip().rstrip("."), at + nxt.end()
        return None, at
    m = re.match(r"[ \t]*([A-Z][^.\n]{0,80})\.[ \t]+(?=[^\s\d])", text[at:line_end])
    # not 'Executive Order No.' of 'Sec. 2. Executive Order No. 10586 ... is hereby revoked'
    if m and _reads_as_heading(m.group(1)) and not _ABBREVIATED.search(m.group(1).strip()):
        return m.group(1).strip(), at + m.end()
    # 'SEC. 5. Administrative arrangements. (a) As may be ...': a heading in sentence case, then the first item
    if m and re.match(r"\((?:a|1)\)\s", text[at + m.end() : line_end]) and heading_phrase(m.group(1)):
        return m.group(1).strip(), at + m.end()
    return None, at



def _reads_as_heading(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 10 or text.endswith(":"):
        return False
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "under"}
    return all(w[:1].isupper() or w.lower() in small or not w[:1].isalpha() for w in words)


def _style(token: str, prev_lower: str | None, next_token: str | None) -> str:
    if token.isdigit():
        return "digit"
    if token.isupper():
        return "upper"
    if _ROMAN.match(token):
        follows_letter = (
            prev_lower is not None and len(set(token)) == 1 and len(set(prev_lower)) == 1
            and len(prev_lower) == len(token) and ord(prev_lower[0]) == ord(token[0]) - 1
        )
        if follows_letter and not (token == "i" and next_token == "ii"):
            return "lower"
        return "roman"
    return "lower"


def _structure(block_cls: type, text: str, markers: list[_Marker], end: int) -> list:
    """Sections and their nested paragraphs, as blocks of the shared rules."""
    blocks: list = []
    section: str | None = None
    stack: list[tuple[str, str]] = []
    order = ["lower", "roman", "upper", "digit"]
    for i, mk in enumerate(markers):
        stop = markers[i + 1].pos if i + 1 < len(markers) else end
        if mk.kind == "section":
            section, stack = mk.token.lower(), []
            blocks.append(block_cls([section], mk.heading, mk.body, stop, mk.pos))
            continue
        if section is None:
            continue
        prev_lower = next((tok for style, tok in reversed(stack) if style == "lower"), None)
        nxt = markers[i + 1].token if i + 1 < len(markers) else None
        style = _style(mk.token, prev_lower, nxt)
        if any(s == style for s, _ in stack):
            while stack[-1][0] != style:
                stack.pop()
            stack[-1] = (style, mk.token.lower())
        else:
            rank = order.index(style)
            while stack and order.index(stack[-1][0]) > rank:
                stack.pop()
            stack.append((style, mk.token.lower()))
        blocks.append(block_cls([section] + [tok for _, tok in stack], None, mk.body, stop, mk.pos))
    return blocks
