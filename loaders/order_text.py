"""Executive order text in three layouts -> instrument, sections and paragraphs, and edges.

Layouts:
* ``press-release`` (White House press office): capitals headline, no EO number in the text;
  the number comes from the caller or a sidecar ``<file>.toml`` (``eo_number``, ``source``).
* ``commercial`` (legal database copy): star pagination ``*8800`` / ``***8803**``, running
  headers "<title>, 82 FR 8799", ``[...](#)`` link markers, a copyright footer.
* ``federal-register`` (FR text): "Executive Order 14060 of December 15, 2021", page headers
  "Federal Register / Vol. 86, No. 241 / <date> / Presidential Documents 71794".
Layout noise is deleted (see loaders.textdoc); structure is read from the cleaned text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from graph.errors import DataError
from loaders.clauses import Block, extract_edges
from loaders.context import Context
from loaders.model import DATE_RE, Extraction, Instrument, Provision, normalize, parse_date
from loaders.textdoc import Cleaner, TextDoc
from loaders.toml_file import read_toml

_STAR = re.compile(r"\*{1,3}(\d{3,6})\*{0,2}")
_LINK = re.compile(r"\[([^\]\n]*)\]\(#\)")
_RUNNING = re.compile(r"(?m)^[^\n]+, \d+ FR \d+[ \t]*\n?")
_FR_HEADER = re.compile(
    r"(?m)^[ \t]*Federal Register\s*/\s*Vol\.\s*(\d+),\s*No\.\s*(\d+)\s*/\s*([^/\n]+?)\s*/\s*"
    r"Presidential Documents[ \t]*(\d+)?[ \t]*\n?"
)
_FR_TITLE = re.compile(r"(?m)^[ \t]*Executive Order (\d{4,5}) of ([A-Z][a-z]+ \d{1,2}, \d{4})[ \t]*$")
_PREAMBLE = re.compile(r"(?m)^[ \t]*(?:\*{1,3}\d+\*{0,2}\s*)?By the authority vested in me")
_SECTION = re.compile(r"(?m)^[ \t]*(?:-\s+)?(?:Section|Sec\.)\s+(\d+[a-z]?)\.\s+(.+?\.)(?=\s)")
_PARA = re.compile(r"(?m)^[ \t]*(?:-\s+)?\(([A-Za-z0-9]{1,5})\)\s+")
_INLINE_PARA = re.compile(r"\s*\(([a-z])\)\s+")
_END = re.compile(
    r"(?m)^[ \t]*(?:THE WHITE HOUSE,|###|\[FR Doc\.|End of Document|[A-Z][A-Z.' -]{4,}[A-Z.][ \t]*$)"
)
_ROMAN = re.compile(r"^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$")


def detect(text: str) -> str | None:
    """The order layout of a text, or None if it is not an order in a known layout."""
    head = text[:3000]
    if (
        re.search(r"Office of the Press Secretary", head)
        and re.search(r"EXECUTIVE ORDER", head)
        and _PREAMBLE.search(text)
    ):
        return "press-release"
    if _STAR.search(text) and re.search(r"Exec\. Order No\. \d+", head) and _PREAMBLE.search(text):
        return "commercial"
    if _FR_HEADER.search(head) and _FR_TITLE.search(head) and _PREAMBLE.search(text):
        return "federal-register"
    return None


@dataclass
class _Marker:
    pos: int  # cleaned offset where the marker starts
    body: int  # cleaned offset where its text starts
    kind: str  # section | para
    token: str
    heading: str | None = None


def _clean(text: str, layout: str) -> TextDoc:
    cleaner = Cleaner(text)
    pages: list[tuple[int, int]] = []
    if layout == "commercial":
        for m in _STAR.finditer(text):
            cleaner.delete(m.start(), m.end())
            pages.append((m.end(), int(m.group(1))))
        for m in _LINK.finditer(text):
            cleaner.delete(m.start(), m.start() + 1)
            cleaner.delete(m.end() - 4, m.end())
        counts = Counter(m.group(0).strip() for m in _RUNNING.finditer(text))
        for m in _RUNNING.finditer(text):
            if counts[m.group(0).strip()] > 1:
                cleaner.delete(m.start(), m.end())
    elif layout == "federal-register":
        for m in _FR_HEADER.finditer(text):
            cleaner.delete(m.start(), m.end())
            if m.group(4):
                pages.append((m.end(), int(m.group(4))))
    doc = cleaner.finish()
    doc.pages = [(doc.cleaned_pos(at), page) for at, page in pages]
    return doc


def _metadata(doc: TextDoc, layout: str, path: Path, eo_number: int | None) -> Instrument:
    text = doc.original
    if layout == "press-release":
        number = eo_number or _sidecar_number(path)
        if number is None:
            raise DataError(
                path,
                "a press release does not print its EO number: pass it, or add "
                f"{path.with_suffix('.toml').name} with eo_number and source",
            )
        m = re.search(r"- - - - -\s*\n(.*?)\n\s*\n", text, re.S)
        title = _titlecase(normalize(m.group(1))) if m else None
        # the date under the signature ("THE WHITE HOUSE, February 9, 2017.") is the signing date;
        # the release date is only a fallback (a release can follow the signing)
        signature = list(re.finditer(r"THE WHITE HOUSE,\s*" + DATE_RE.pattern, text))
        release = text.find("FOR IMMEDIATE RELEASE")
        signed = parse_date(signature[-1].group(0)) if signature else None
        if signed is None and release >= 0:
            signed = parse_date(text[release:][:80])
        return Instrument(
            id=f"eo/{number}", kind="ExecutiveOrder", title=title, eo_number=number, signed=signed
        )
    if layout == "commercial":
        m = re.search(r"Exec\. Order No\. (\d+), (\d+) FR (\d+)", text)
        assert m is not None
        number = int(m.group(1))
        title = signed = None
        t = re.search(rf"\[?Executive Order {number}\]?(?:\(#\))?\s*\n\s*\n?(.+)\n\s*\n?(.+)\n", text)
        if t:
            title, signed = normalize(t.group(1)), parse_date(t.group(2))
        return Instrument(
            id=f"eo/{number}",
            kind="ExecutiveOrder",
            title=title,
            eo_number=number,
            signed=signed,
            fr_citation=f"{int(m.group(2))} FR {int(m.group(3))}",
        )
    m = _FR_TITLE.search(text)
    assert m is not None
    number = int(m.group(1))
    after = text[m.end() :].lstrip("\n")
    title = normalize(after.split("\n\n", 1)[0]) if after else None
    header = _FR_HEADER.search(text)
    fr_citation = published = None
    if header and header.group(4):
        fr_citation = f"{int(header.group(1))} FR {int(header.group(4))}"
        published = parse_date(header.group(3))
    return Instrument(
        id=f"eo/{number}",
        kind="ExecutiveOrder",
        title=title,
        eo_number=number,
        signed=parse_date(m.group(2)),
        published=published,
        fr_citation=fr_citation,
    )


def _sidecar_number(path: Path) -> int | None:
    sidecar = path.with_suffix(".toml")
    if not sidecar.exists():
        return None
    data, _ = read_toml(sidecar)
    number = data.get("eo_number")
    if not isinstance(number, int) or isinstance(number, bool) or number < 1 or "source" not in data:
        raise DataError(sidecar, "needs eo_number (a positive whole number) and source")
    return number


_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def _titlecase(text: str) -> str:
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _markers(doc: TextDoc, start: int, end: int) -> list[_Marker]:
    text = doc.text
    markers: list[_Marker] = []
    for m in _SECTION.finditer(text, start, end):
        heading = m.group(2).rstrip(".")
        markers.append(_Marker(m.start(), m.end(), "section", m.group(1), heading))
        inline = _INLINE_PARA.match(text, m.end())
        if inline and inline.group(1) == "a":
            markers.append(
                _Marker(
                    inline.start() + len(inline.group(0)) - len(inline.group(0).lstrip()),
                    inline.end(),
                    "para",
                    "a",
                )
            )
    for m in _PARA.finditer(text, start, end):
        markers.append(_Marker(m.start(), m.end(), "para", m.group(1)))
    markers.sort(key=lambda mk: mk.pos)
    return markers


def _style(token: str, prev_lower: str | None, next_token: str | None) -> str:
    if token.isdigit():
        return "digit"
    if token.isupper():
        return "upper"
    if _ROMAN.match(token):
        single = len(token) == 1
        follows_letter = single and prev_lower is not None and ord(prev_lower) == ord(token) - 1
        if follows_letter and not (token == "i" and next_token == "ii"):
            return "lower"
        return "roman"
    return "lower"


def _structure(doc: TextDoc, start: int, end: int) -> list[Block]:
    markers = _markers(doc, start, end)
    blocks: list[Block] = []
    first = markers[0].pos if markers else end
    blocks.append(Block(["preamble"], None, start, first))
    section: str | None = None
    stack: list[tuple[str, str]] = []
    order = ["lower", "roman", "upper", "digit"]
    for i, mk in enumerate(markers):
        stop = markers[i + 1].pos if i + 1 < len(markers) else end
        if mk.kind == "section":
            section, stack = mk.token, []
            blocks.append(Block([section], mk.heading, mk.body, stop, mk.pos))
            continue
        if section is None:
            continue
        prev_lower = next((tok for style, tok in stack if style == "lower"), None)
        nxt = markers[i + 1].token if i + 1 < len(markers) else None
        style = _style(mk.token, prev_lower, nxt)
        if any(s == style for s, _ in stack):
            while stack[-1][0] != style:
                stack.pop()
            stack[-1] = (style, mk.token)
        else:
            rank = order.index(style)
            while stack and order.index(stack[-1][0]) > rank:
                stack.pop()
            stack.append((style, mk.token))
        blocks.append(Block([section] + [tok for _, tok in stack], None, mk.body, stop, mk.pos))
    return blocks


def _body(doc: TextDoc, path: Path) -> tuple[int, int]:
    m = _PREAMBLE.search(doc.text)
    if not m:
        raise DataError(path, "no 'By the authority vested in me' preamble: not an order's text")
    start = m.start() + len(m.group(0)) - len("By the authority vested in me")
    sections = list(_SECTION.finditer(doc.text, start))
    search_from = sections[-1].end() if sections else start
    end_m = _END.search(doc.text, search_from)
    return start, end_m.start() if end_m else len(doc.text)


def extract_order(
    path: Path, text: str, ctx: Context, layout: str, eo_number: int | None = None
) -> Extraction:
    """Read one order's text: its instrument, provisions and edges with evidence."""
    doc = _clean(text, layout)
    instrument = _metadata(doc, layout, path, eo_number)
    start, end = _body(doc, path)
    blocks = _structure(doc, start, end)
    extraction = Extraction(path=path, layout=layout, instruments=[instrument])
    for block in blocks:
        raw = doc.text[block.start : block.end]
        s, e = doc.span(block.start + (len(raw) - len(raw.lstrip())), block.start + len(raw.rstrip()))
        block.text = normalize(raw)
        page = doc.page_at(block.marker if block.marker is not None else block.start)
        block.provision = Provision(
            path=block.path, text=block.text, start=s, end=e, heading=block.heading, fr_page=page
        )
        extraction.provisions.append(block.provision)
    extract_edges(extraction, instrument, blocks, doc, ctx)
    return extraction
