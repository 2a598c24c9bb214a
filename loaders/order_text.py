"""Executive order text in five layouts -> instrument, sections and paragraphs, and edges.

Layouts:
* ``press-release`` (White House press office): capitals headline, no EO number in the text;
  the number comes from the caller or a sidecar ``<file>.toml`` (``eo_number``, ``source``).
* ``commercial`` (legal database copy): star pagination ``*8800`` / ``***8803**``, running
  headers "<title>, 82 FR 8799", ``[...](#)`` link markers, a copyright footer.
* ``federal-register`` (FR text): "Executive Order 14060 of December 15, 2021", page headers
  "Federal Register / Vol. 86, No. 241 / <date> / Presidential Documents 71794".
* ``whitehouse`` (a whitehouse.gov presidential-actions page, stored as Markdown or page text
  with its YAML front matter: ``date``, ``source_url``, ``title``): no EO number in the text;
  it comes from the caller, a sidecar ``<file>.toml``, or the Federal Register's index of orders
  (``data/tables/eo-index.tsv``) by title and date. Markup left in the copy (``<span>``, ``**``,
  ``\\(``) is deleted.
* ``markdown`` (Markdown made from the FR full-text XML, as in austinsonger/executive-orders):
  ``# Executive Order NNNNN: Title``, ``**Date:**``, ``- Executive Order Number:``,
  ``- Citation: 86 FR 27025``, then the text with ``### Section 1.`` and ``**Heading**`` lines.
Layout noise is deleted (see loaders.textdoc); structure is read from the cleaned text.

Structure: a section's heading is kept only when it reads as one (a short title-case phrase);
otherwise the section has none and its first sentence stays in its text. Text quoted as the new
wording of another order ("... to read as follows: “Sec. 2. ...”") belongs to that order: its
section and paragraph markers are not this order's, and no edge is read from it. Lettered and
roman-numbered list items are told apart by their neighbours: (i) after (h), or (ii) after (hh),
is a letter; (i) followed by (ii), or (v) after (iv), a numeral.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from graph.errors import DataError
from loaders.clauses import IT_IS_ORDERED, Block, extract_edges
from loaders.context import Context
from loaders.model import DATE_RE, Extraction, Instrument, Provision, normalize, parse_date
from loaders.quoted import quoted_regions
from loaders.references import DASHED_NUMBER, part_number
from loaders.textdoc import Cleaner, TextDoc
from loaders.toml_file import read_toml

_STAR = re.compile(r"\*{1,3}(\d{3,6})\*{0,2}")
_LINK = re.compile(r"\[([^\]\n]*)\]\(#\)")
_RUNNING = re.compile(r"(?m)^[^\n]+, \d+ FR \d+[ \t]*\n?")
_FR_HEADER = re.compile(
    r"(?m)^[ \t]*Federal Register\s*/\s*Vol\.\s*(\d+),\s*No\.\s*(\d+)\s*/\s*([^/\n]+?)\s*/\s*"
    r"Presidential Documents[ \t]*(\d+)?[ \t]*\n?"
)
# A lower-case word alone in bold on its line ("**reg**", "**purpose**"): the archive's converter cut it out of a word
# ("in ard to", "for s of") and set it down mid-sentence ("Executive Order No\n\n**reg**\n 12354", "(19 U\n\n
# **purpose**\nS.C. 1202)"). The line goes; where it broke a sentence, the sentence is joined again.
_STRAY_WORD = re.compile(
    r"(?m)(?P<join>(?<=[^\s.:;])[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*\*\*[a-z]+\*\*[ \t]*\n[ \t]*[^\s#]))?"
    r"^(?P<line>[ \t]*\*\*[a-z]+\*\*[ \t]*\n)"
)
_FR_TITLE = re.compile(r"(?m)^[ \t]*Executive Order (\d{4,5}) of ([A-Z][a-z]+ \d{1,2}, \d{4})[ \t]*$")
_PREAMBLE = re.compile(
    r"(?m)^[ \t]*(?:\*{1,3}\d+\*{0,2}\s*)?(?:NOW,\s+THEREFORE,\s+)?"
    r"(?P<by>[Bb]y\s+(?:(?:the\s+)?virtue\s+of\s+)?the\s+(?:authority|power|powers)\s+vested\s+in\s+(?:me|the\s+President))"
)
# where a section's marker may stand: at a line's start, or run on after the ordering words ("it is ordered as follows:
# SECTION 1. The Secretary ...", EO 11023); both Markdown readers open sections with it
SECTION_START = r"(?m)(?:^|(?<=ordered as follows:)|(?<=ordered as follows: ))"
_SECTION = re.compile(
    # (the number may be on the next line: "Section\n1.\n Background." in some White House copies; a stop may be
    # missing after "Sec": "Sec 4. The Council shall", "Sec 4.\n", or a stray one after "Section": "Section. 1.")
    SECTION_START
    + r"[ \t]*(?:#{1,6}[ \t]+)?(?:-\s+)?(?:\*\*)?(?:Section\.?|Sec\.|SECTION|SEC\.|(?:Sec|SEC)(?=[ \t]+\d+\.\s))"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    # "SEC. 3015 Revoked Orders." (no stop after the number, a heading follows); "SEC. 2 (a) There is ...", "SECTION 301
    # (a). The Civil ...", "SEC. 302(a). Before ..." (EO 11721; not "Section 3(a) of EO N is amended")
    r"(\d+[a-z]?(?:[-‐-―]\d+)?)(?:\.(?:\*\*)?|(?=[ \t]+[A-Z][a-z]+[ \t]+[A-Z])"
    r"|(?=[ \t]+\([a1]\)\.?[ \t]|\([a1]\)\.[ \t]))"
)  # "SECTION 1-101." and, in some FR copies, "SECTION 1—103." (orders of 1977-1981)
# ("1-201 (a). In order to ...": the section's stop after its first paragraph's letter, EO 12086)
_DASHED = re.compile(rf"(?m)^[ \t]*({DASHED_NUMBER})(?:\.(?=[ \t])|(?=[ \t]+\(a\)\.?[ \t]))")
_DASH_LOST = re.compile(r"(?m)^[ \t]*(\d{1,2}) (\d{3})\.(?=[ \t])")  # a scan's "1 101." beside its "1-102." (EO 12104)
_PARA = re.compile(r"(?m)^[ \t]*(?:-\s+)?\([ \t]?([A-Za-z0-9]{1,5})[ \t]?\)\s+")  # (also a scan's "(d )", EO 11012)
# A paragraph marker inside a line, after a heading, a colon or the end of a sentence.
# (the last item of a list after "; and" or "; or": "...; (ii) the Secretary of State; and (iii) the Director of ...")
_INLINE = re.compile(r"(?:(?<=[.:;])|(?<=;\sand)|(?<=;\sor))[ \t]+\(([a-z]{1,3}|[A-Z]|\d{1,2})\)\s+(?=[\w“\"(])")
# A marker that ends a line before a list ("... an option on an existing contract, if (i):\n (A) it is"):
# it opens an item whose sub-items follow.
_LEADING = re.compile(r"[ \t]\(([a-z]|[A-Z]|1)\):[ \t]*\n(?=[ \t]*\([A-Za-z0-9]{1,5}\))")
_END = re.compile(  # the signature (a name in capitals; not a heading in capitals, "PART I - ORGANIZATION ...")
    r"(?m)^[ \t]*(?:THE WHITE HOUSE,|###(?:[ \t]*$)|\[FR Doc\.|End of Document"
    # (nor a land description's "PARCEL A", "TRACT B", EO 11165, or a "TABLE OF CONTENTS")
    r"|(?!(?:PART|SUBPART|RULE|ARTICLE|TITLE|CHAPTER|SUBCHAPTER|SCHEDULE|ANNEX|APPENDIX|SECTION|SEC\.|PARCELS?|TRACTS?"
    r"|TABLE|EXHIBIT)\b)"
    r"(?![^\n]*\s[-—]\s)"
    r"[A-Z][A-Z.' -]{4,}[A-Z.][ \t]*$)"
)
_ROMAN_NUMERAL = re.compile(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")
_SMALL_WORDS = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
    "with", "within", "under", "through", "against", "between", "its", "their", "our", "other", "upon", "over",
}
# a heading run into a section's first item: capitalised words, with the small words, numbers and commas between
# ("Establishing a Task Force to Eradicate Anti-Christian Bias (a)", "Improving upon the Inflation Reduction Act (a)",
# "Section 232 Investigation (a)", "Codes, Standards, and Concurrent Requirements (a)")
_RUN_IN_HEADING = re.compile(
    r"\s*((?:[A-Z][\w’'-]*)(?:,?\s+(?:[A-Z][\w’'-]*|\d[\w-]*|"
    + "|".join(sorted(_SMALL_WORDS, key=len, reverse=True)) + r")){0,15})\s+(?=\((?:a|1|A|i)\)\s)"
)
# a heading run into the section's first sentence, which opens with an article ("### Section 12. Inter-Agency
# Coordinating Committee An Inter-Agency Coordinating Committee on South Africa is hereby established", EO 12571;
# "Section 3. Functions of the Department of the Treasury The Secretary of the Treasury shall ..."): the heading's
# words are capitalised or small, none an opening article; the sentence has its verb on the same line; "Schedule A
# of ..." and its kind ("Part A", "Class A") are a name, not a heading and a sentence
_SENTENCE_OPENER = r"(?:The|An?|All|Each|Every|Any)"  # (not "No": "Executive Order No 11888")
_HEADING_THEN_SENTENCE = re.compile(
    r"[ \t]*((?!" + _SENTENCE_OPENER + r"\s)[A-Z][\w’'-]*(?:,?[ \t]+(?:(?!" + _SENTENCE_OPENER + r"\s)[A-Z][\w’'-]*|"
    + "|".join(sorted(_SMALL_WORDS, key=len, reverse=True)) + r")){0,11})[ \t]+(?=" + _SENTENCE_OPENER
    + r"[ \t]+(?!of\b)[A-Za-z“\"][^\n]*?\b(?:shall|is|are|may|will|has|have)\b)"
)
_NAME_THEN_LETTER = re.compile(
    r"\b(?:Schedule|Part|Class|Title|Appendix|Annex|Category|Group|Grade|Division|Subpart|Exhibit|Table|Item|Form"
    r"|Plan|Type|Level|Tier|Option|Phase|Zone|Area|Region|List)$"
)
# what follows a subject, not a heading: "SEC. 2. The Committee (1) shall review ...; (2) shall stimulate ..."
_SUBJECT_THEN_ITEM = re.compile(r"\(\w\)\s+shall\b")
_YAML = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
_WH_URL = re.compile(r"whitehouse\.gov|whitehouse\.archives\.gov|archives\.gov/briefing-room", re.I)
_MD_TITLE = re.compile(r"(?m)^# Executive Order (\d{4,5})\s*(?::|—|--)\s*(.+)$")

LAYOUTS = ("press-release", "commercial", "federal-register", "whitehouse", "markdown")


def is_markdown_order(text: str) -> bool:
    """An FR-XML / American Presidency Project Markdown copy of an order, whatever its preamble."""
    head = text[:3000]
    return bool(_MD_TITLE.search(head) and re.search(r"(?m)^- Executive Order Number: \d+", head))


def detect(text: str) -> str | None:
    """The order layout of a text, or None if it is not an order in a known layout."""
    head = text[:3000]
    if not _PREAMBLE.search(text):
        return None
    if re.search(r"Office of the Press Secretary", head) and re.search(r"EXECUTIVE ORDER", head):
        return "press-release"
    if _STAR.search(text) and re.search(r"Exec\. Order No\. \d+", head):
        return "commercial"
    if _FR_HEADER.search(head) and _FR_TITLE.search(head):
        return "federal-register"
    if is_markdown_order(text):
        return "markdown"
    yaml = _YAML.match(text)
    if yaml:
        fields = _yaml_fields(yaml.group(1))
        if _WH_URL.search(fields.get("source_url", "")) and not re.search(
            r"\b(?:Memorandum|Proclamation|Notice|Message|Letter)\b", fields.get("title", "")
        ):
            return "whitehouse"
    return None


# -- headers ---------------------------------------------------------------------------------


def markdown_header(text: str) -> dict:
    """The header of an FR-XML Markdown copy: number, title, signed, fr_citation, fr_document.

    The one place this layout's header is read (the corpus header parser on another branch,
    loaders/markdown_order.py, reads the same lines; reconcile the two there).
    """
    out: dict = {}
    if m := _MD_TITLE.search(text):
        out["number"], out["title"] = int(m.group(1)), normalize(m.group(2))
    if m := re.search(r"(?m)^- Executive Order Number: (\d+)\s*$", text):
        out["number"] = int(m.group(1))
    if m := re.search(r"\*\*(?:Date|Signed):\*\*\s*([A-Z][a-z]+ \d{1,2}, \d{4})", text):
        out["signed"] = dt.datetime.strptime(m.group(1), "%B %d, %Y").date()
    if m := re.search(r"(?m)^- Citation: (\d+) FR (\d+)\s*$", text):
        out["fr_citation"] = f"{int(m.group(1))} FR {int(m.group(2))}"
    if m := re.search(r"(?m)^- Document Number: (\S+)\s*$", text):
        out["fr_document"] = m.group(1)
    return out


def _yaml_fields(block: str) -> dict[str, str]:
    """The flat string fields of a YAML front-matter block (quoted or plain, folded lines joined)."""
    fields: dict[str, str] = {}
    key = None
    for line in block.splitlines():
        m = re.match(r"^([A-Za-z_]+):\s*(.*)$", line)
        if m:
            key, value = m.group(1), m.group(2)
            fields[key] = value
        elif key and line.startswith((" ", "\t")):
            fields[key] += "\n" + line
    for k, v in fields.items():
        v = v.strip()
        if v.startswith('"'):
            inner = v[1:-1] if v.endswith('"') else v[1:]
            inner = re.sub(r"\\\n\s*\\?", "", inner)  # YAML line folding inside double quotes
            inner = re.sub(r"\\u([0-9a-fA-F]{4})", lambda mm: chr(int(mm.group(1), 16)), inner)
            inner = inner.replace("\\_", "\u00a0").replace('\\"', '"').replace("\\\\", "\\")
            v = inner
        elif v.startswith("'") and v.endswith("'"):
            v = v[1:-1].replace("''", "'")
        fields[k] = " ".join(v.split())
    return fields


# -- cleaning --------------------------------------------------------------------------------


@dataclass
class _Marker:
    pos: int  # cleaned offset where the marker starts
    body: int  # cleaned offset where its text starts
    kind: str  # section | para
    token: str
    heading: str | None = None
    inline: bool = False
    numbered: bool = False  # "1.", "2." of a list inside a section (numbered_items)


# A paragraph break after a name's middle initial, which the copies make of "Robert T. Stafford" (FR-XML
# conversion breaks the line at every ". "): never a paragraph's end, unless the "name" is a label
# ("Schedule C.", "Part I.", "Title I.") or the next line opens a section or item
_INITIAL_BREAK = re.compile(
    r"\b(?P<name>[A-Z][a-z]+) [A-Z]\.(?P<gap>[ \t]*\n(?:[ \t]*\n)+[ \t]*)"
    r"(?=[A-Z][a-z]+\b)(?!(?:Sec|Section|SEC|Part)\b)"
)
# "the U.S.\n\nTrade Representative", "U.S.\n\nCustoms and Border Protection" (106 copies of the archive), not a
# sentence that ends with "U.S." before a paragraph of its own
_US_BREAK = re.compile(
    r"\bU\.S\.(?P<gap>[ \t]*\n(?:[ \t]*\n)+[ \t]*)(?=[A-Z][a-z]+\b)"
    r"(?!(?:Sec|Section|SEC|Part|The|This|These|That|Such|Each|Any|All|In|For|Nothing|No|It|If|Not|Within|Upon)\b)"
)
_LABEL_WORDS = frozenset((
    "Schedule", "Part", "Title", "Class", "Appendix", "Annex", "Exhibit", "Division", "Table", "Figure", "Article",
    "Chapter", "Subpart", "Plan", "Form", "Level", "Grade", "Group", "Category", "Option", "Tier", "Phase",
    "Alternative", "Section", "Subsection", "Paragraph", "Item", "Unit", "Attachment", "Enclosure", "Tab", "Volume",
    "Book", "Rule", "Step", "Stage", "Zone", "Region", "Area", "District",
))


def join_initial_breaks(cleaner: Cleaner, text: str, start: int, end: int) -> None:
    """"the Robert T.\n\nStafford Disaster Relief ... Act", "the U.S.\n\nTrade Representative": one paragraph (the
    first line break kept); the copies broke a paragraph after an initial's stop."""
    for m in _INITIAL_BREAK.finditer(text, start, end):
        if m.group("name") not in _LABEL_WORDS:
            cleaner.delete(m.start("gap") + 1, m.end("gap"))
    for m in _US_BREAK.finditer(text, start, end):
        cleaner.delete(m.start("gap") + 1, m.end("gap"))


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
    elif layout in ("whitehouse", "markdown"):
        yaml = _YAML.match(text)
        if yaml:
            cleaner.delete(yaml.start(), yaml.end())
        for m in re.finditer(r"(?m)</?span[^>]*>|\*\*|\\(?=[()\[\]*_.#+-])|^[ \t]*#{1,6}[ \t]+", text):
            cleaner.delete(m.start(), m.end())
        for m in _STRAY_WORD.finditer(text):  # (a word the archive's converter cut out of the text)
            cleaner.delete(m.start("join") if m.group("join") is not None else m.start("line"), m.end())
        join_initial_breaks(cleaner, text, 0, len(text))
        for m in re.finditer(r"\*([.,;:])\*", text):  # an emphasised full stop: *.*
            cleaner.delete(m.start(), m.start() + 1)
            cleaner.delete(m.end() - 1, m.end())
        for m in re.finditer(r"(?<![\w*])\*(?=\S)[^*\n]*?(?<=\S)\*(?![\w*])", text):
            cleaner.delete(m.start(), m.start() + 1)
            cleaner.delete(m.end() - 1, m.end())
    doc = cleaner.finish()
    doc.pages = [(doc.cleaned_pos(at), page) for at, page in pages]
    return doc


def order_words(text: str) -> str | None:
    """The words of an order's text with its layout's noise (star pagination, link markers, running
    headers, page headers, markup) deleted, as the loaders read it; None if it is not an order."""
    layout = detect(text)
    return _clean(text, layout).text if layout else None


# -- metadata --------------------------------------------------------------------------------


def _metadata(doc: TextDoc, layout: str, path: Path, eo_number: int | None, ctx: Context) -> Instrument:
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
        signed = _signature_date(text)
        release = text.find("FOR IMMEDIATE RELEASE")
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
    if layout == "markdown":
        head = markdown_header(text)
        number = head["number"]
        return Instrument(
            id=f"eo/{number}", kind="ExecutiveOrder", title=head.get("title"), eo_number=number,
            signed=head.get("signed") or _signature_date(text), fr_citation=head.get("fr_citation"),
            fr_document=head.get("fr_document"),
        )
    if layout == "whitehouse":
        return _whitehouse_metadata(text, path, eo_number, ctx)
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


def _signature_date(text: str) -> dt.date | None:
    signature = list(re.finditer(r"THE WHITE HOUSE,\s*" + DATE_RE.pattern, text))
    return parse_date(signature[-1].group(0)) if signature else None


def _whitehouse_metadata(text: str, path: Path, eo_number: int | None, ctx: Context) -> Instrument:
    yaml = _YAML.match(text)
    fields = _yaml_fields(yaml.group(1)) if yaml else {}
    page_title = re.sub(r"^Executive Order(?:\s+No\.?\s*\d+)?(?:\s*[:—-]\s*|\s+(?:on|On)\s+)", "",
                        fields.get("title", "")).strip()
    page_date = None
    if m := re.match(r"^(\d{4}-\d{2}-\d{2})", fields.get("date", "")):
        page_date = dt.date.fromisoformat(m.group(1))
    signed = _signature_date(text) or page_date
    number = eo_number or _sidecar_number(path)
    indexed = ctx.eo_index.get(number) if number else ctx.eo_index.find(page_title, signed)
    if number is None and indexed is None and page_title:
        curated = ctx.curated.instrument_by_title(page_title)
        number = ctx.curated.instruments.get(curated or "", {}).get("eo_number")
    if number is None and indexed is not None:
        number = indexed.number
    if number is None:
        raise DataError(
            path,
            f"a White House page does not print its EO number, and no order titled {page_title!r} "
            f"signed near {signed} is in data/tables/eo-index.tsv: pass the number, or add "
            f"{path.with_suffix('.toml').name} with eo_number and source",
        )
    return Instrument(
        id=f"eo/{number}", kind="ExecutiveOrder",
        title=indexed.title if indexed else (page_title or None), eo_number=number,
        signed=signed or (indexed.signed if indexed else None),
        fr_citation=indexed.fr_citation if indexed else None,
        fr_document=indexed.fr_document if indexed else None,
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


# -- structure -------------------------------------------------------------------------------


_NOT_A_HEADING = re.compile(
    r"\b(?:No|Nos|Sec|Secs|Stat|Pub|Ex|Exec|Ord|Proc|Inc|Co|Vol|U\.\s?S|[A-Z])\.$"
    r"|^\s*(?:(?:Sub)?[Ss]ections?\s+\d|Executive\s+Orders?\b|Paragraph\s+\d|Part\s+[IVX\d])"
)


def _reads_as_heading(text: str) -> bool:
    """A section heading: a short phrase of capitalised words ("Purpose and Policy", "Sec. 3.
    President’s Council on Sports, Fitness, and Nutrition"), not the first sentence of a
    heading-less section ("For those persons whose property ...")."""
    words = normalize(text).split()
    if not words or len(words) > 16 or len(" ".join(words)) > 160:
        return False
    if not re.match(r"^[A-Z0-9“\"]", words[0]):
        return False
    for word in words:
        bare = word.strip(",;:()“”\"'’")
        if not bare:
            continue
        if bare.lower() in _SMALL_WORDS or re.match(r"^[A-Z0-9]", bare) or re.match(r"^\d", bare):
            continue
        return False
    return True


def heading_phrase(text: str) -> bool:
    """A short phrase without a verb ('Administrative arrangements'), not a sentence ('The Council shall')
    nor a reference ('Subsections'): a heading in sentence case before a section's first item."""
    return len(text.split()) <= 8 and not re.search(
        r"\b(?:shall|is|are|may|will|be|has|have|hereby|[Ss]ections?|[Ss]ubsections?|[Pp]aragraphs?|[Cc]lauses?"
        r"|[Pp]arts?|[Ii]tems?)\b", text
    )


def _section_heading(text: str, at: int, end: int, layout: str) -> tuple[str | None, int]:
    """(heading, where the section's text starts) after a section marker ending at `at`."""
    rest = text[at:end]
    lead = len(rest) - len(rest.lstrip())
    if layout == "markdown":
        # "### Section 2.\n\nProposed Rules (a) Within 180 days ...": a heading run into the first item (of up to
        # sixteen words: "Additional Duties of the Director of the Office of Management and Budget (a) To assist",
        # EO 13450)
        run_in = _RUN_IN_HEADING.match(rest)
        if run_in and _SUBJECT_THEN_ITEM.match(rest, run_in.end()):
            run_in = None  # "SEC. 2. The Committee (1) shall review ...; (2) shall stimulate ...": no heading
        # (not "SEC. 5. Subsections (a) and (c) of section 3 of ... are hereby revoked": a reference, no heading)
        # (nor "1. Section 4 (a) is amended by striking ...": a number ends no heading)
        if run_in and _reads_as_heading(run_in.group(1)) and not re.fullmatch(
                r"(?:Sub)?[Ss]ections?|Subsections?|Paragraphs?|Clauses?|Parts?|Items?", run_in.group(1)
        ) and not re.search(r"\d[\w-]*$", run_in.group(1)):
            return normalize(run_in.group(1)), at + run_in.end()
        # "SEC. 5. Administrative arrangements. (a) As may be necessary ...": a heading in sentence case, then the
        # first item (a phrase without a verb, not "SEC. 2. The Council shall ... (a)")
        # (also "Commission established, (a) There is ...", "Administrative arrangements (a) Each member ...",
        # "Reports; termination of Commission, (a) ...")
        phrase = re.match(r"[ \t]*([A-Z][\w’'-]*(?:[;,]?[ \t]+[\w’'-]+){0,7})[.,]?[ \t]+(?=\((?:a|1|A|i)\)\s)", rest)
        if phrase and heading_phrase(phrase.group(1)) and not _SUBJECT_THEN_ITEM.match(rest, phrase.end()) and (
                rest[phrase.end(1) : phrase.end(1) + 1] == "." or not re.search(
                    r"\b(?:of|and|or|the|a|an|to|for|in|on|with|by|from|under|between|among)$", phrase.group(1))):
            # (a heading runs to its stop, or ends in a word of its own: not "9. After analysis and consideration
            # of (a) the report ..., (b) the studies ...", an inline list)
            return normalize(phrase.group(1)), at + phrase.end()
        before = _HEADING_THEN_SENTENCE.match(rest)
        if before and _reads_as_heading(before.group(1)) and not _NAME_THEN_LETTER.search(before.group(1)) and not (
                _NOT_A_HEADING.search(before.group(1))):
            return normalize(before.group(1)), at + before.end()
        line = re.match(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*([^\n]+?)[ \t]*(?:\n|$)", rest)
        if line and not line.group(1).startswith("("):
            candidate = line.group(1).strip().rstrip(".")
            placeholder = re.fullmatch(r"[a-z][a-z ]{1,30}", candidate)  # converter stand-ins: "purpose"
            if placeholder or (_reads_as_heading(candidate)
                               and not re.search(r"(?:[.;:,]|\s(?:or|and))$", line.group(1).strip())):
                return normalize(candidate), at + line.end()
    m = re.match(r"\s*([^\n].*?\.)(?=\s|$)", rest, re.S)
    # not "SEC. 2. Section 1 of Executive Order No. 11541 ... is further amended": a stop after an
    # abbreviation, or a sentence that opens with a reference, is no heading
    if (m and not m.group(1).lstrip().startswith("(") and _reads_as_heading(m.group(1).rstrip("."))
            and not _NOT_A_HEADING.search(m.group(1))):
        return normalize(m.group(1).rstrip(".")), at + m.end()
    return None, at + lead


# (the number may stand alone on its line: "1.\n\nThat section 4(b) of Executive Order 13035 ...", EO 13305)
_NUMBERED = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?(\d{1,2})\.(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)(?=[A-Z(“\"])")


# "Part I" (a heading in capitals on the next line) or "Part II. Succession to ..." opening a line: the top
# divisions of an order written in Parts without sections (EO 10495, EO 12514)
_PART_LINE = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?(?:Part|PART)[ \t]+([IVXL]{1,6}|\d{1,2})\b\.?(?=[ \t]|$)")


def part_divisions(text: str, start: int, end: int, in_quote: Callable[[int], bool]) -> list[re.Match]:
    """Lines "Part I", "Part II", ... in order: an order's Parts, read as its top-level provisions numbered
    in arabic (tests/gold: "Part V" is `5`, "the item numbered 5 in Part II" is `sec/2/5`); none unless
    there are at least two, nor when paragraphs numbered "1.", "2." ... run on across them (EO 9832: 1 to 9, which
    are then the sections)."""
    run: list[re.Match] = []
    expected = 1
    for m in _PART_LINE.finditer(text, start, end):
        if not in_quote(m.start()) and part_number(m.group(1)) == str(expected):
            run.append(m)
            expected += 1
    if len(run) < 2 or any(m.start() > run[1].start() for m in numbered_sections(text, start, end, in_quote)):
        return []
    return run


def numbered_sections(text: str, start: int, end: int, in_quote: Callable[[int], bool]) -> list[re.Match]:
    """Lines "1. ...", "2. ..." numbering an older order's sections: the run 1, 2, 3 ... in order (a list
    numbered inside a section, "...revoked: 1. EO A. 2. EO B.", is skipped while it does not continue the
    run); none unless there are at least two."""
    run: list[re.Match] = []
    expected = 1
    for m in _NUMBERED.finditer(text, start, end):
        if int(m.group(1)) == expected and not in_quote(m.start()):
            run.append(m)
            expected += 1
    return run if len(run) >= 2 else []


_NUMBERED_ITEM = re.compile(r"(?m)^[ \t]*(\d{1,2})\.[ \t]+(?=\S)")


def _after_colon(text: str, start: int, pos: int) -> bool:
    """The last character before pos that is not white space is a colon (without copying the text before it)."""
    i = pos
    while i > start and text[i - 1].isspace():
        i -= 1
    return i > start and text[i - 1] == ":"


# the courses of a land description, numbered: a bearing ("131 °32'", "191"03'59"", "N. 45° E."), "Thence", "Along"
_SURVEY_COURSE = re.compile(r"\s*(?:\d{1,3}\s?[°º\"'”’]|[NS]\.?\s?\d{1,2}\s?°|Thence\b|Along\b)")


def numbered_items(text: str, start: int, end: int, in_quote: Callable[[int], bool]) -> list[re.Match]:
    """Lines "1. ...", "2. ..." of a list that opens after a colon inside a section ("(b) The Council shall be
    composed of the following officials or their designees:\n1. Chief of Staff ...", EO 13176): items, as
    "(1)", "(2)" would be; each run counts 1, 2, 3 ... from a line after a colon, and at least two long."""
    items: list[re.Match] = []
    run: list[re.Match] = []
    for m in _NUMBERED_ITEM.finditer(text, start, end):
        if in_quote(m.start()) or _SURVEY_COURSE.match(text, m.end()):
            continue  # ("1. 131 °32' 276.00 feet along the remainder of P.E.O. 5607": a land description's course,
            # EO 11165)
        number = int(m.group(1))
        if number == 1 and _after_colon(text, start, m.start()):
            if len(run) >= 2:
                items.extend(run)
            run = [m]
        elif run and number == int(run[-1].group(1)) + 1 and "\n\n\n" not in text[run[-1].end() : m.start()]:
            run.append(m)
        else:
            if len(run) >= 2:
                items.extend(run)
            run = []
    if len(run) >= 2:
        items.extend(run)
    return items


class _Restored:
    """A section number whose dash a scan lost, read as a match of _DASHED would be ('1 101.' as '1-101')."""

    def __init__(self, m: re.Match, number: str) -> None:
        self._m, self._number = m, number

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()

    def group(self, n: int = 0) -> str:
        return self._number if n == 1 else self._m.group(n)


def _dash_lost(text: str, start: int, end: int, dashed: list, in_quote) -> list[_Restored]:
    """'1 101.' is a section only beside its neighbour '1-100.' or '1-102.' of the same order."""
    numbers = {re.sub(r"[\u2010-\u2015]", "-", m.group(1)) for m in dashed}
    out = []
    for m in _DASH_LOST.finditer(text, start, end):
        part, number = m.group(1), int(m.group(2))
        if not in_quote(m.start()) and {f"{part}-{number - 1}", f"{part}-{number + 1}"} & numbers:
            out.append(_Restored(m, f"{part}-{number}"))
    return out


def _markers(doc: TextDoc, start: int, end: int, layout: str, quoted: list[tuple[int, int]]) -> list[_Marker]:
    text = doc.text

    def in_quote(pos: int) -> bool:
        return any(s <= pos < e for s, e in quoted)

    markers: list[_Marker] = []
    last_section = 0
    found = [m for m in _SECTION.finditer(text, start, end) if not in_quote(m.start())]
    # "1-101. The following ...": the dashed numbering of 1977-1981, without "Section"; also under headings "SECTION 1.
    # TRANSFERS OR REASSIGNMENTS" that only group them (EO 12148: its provisions are "1-101", "1-102", ...)
    dashed = [m for m in _DASHED.finditer(text, start, end) if not in_quote(m.start())]
    dashed = sorted(dashed + _dash_lost(text, start, end, dashed, in_quote), key=lambda m: m.start())
    if len(dashed) >= 2 and len(dashed) > len(found):
        # (a heading with no dashed items under it stays a section: "SECTION 6. ..." after "5-214.")
        # (EO 13145 numbers all its items "1-101", "1-201", ... under "Section 1.", "Section 2.": a heading groups
        # the dashed items that follow it, up to the next heading)
        bounds = [m.start() for m in found] + [end]
        alone = [m for i, m in enumerate(found) if not any(bounds[i] < d.start() < bounds[i + 1] for d in dashed)]
        if not found or len(alone) < len(found):
            found = sorted(dashed + alone, key=lambda m: m.start())
    parts = part_divisions(text, start, end, in_quote) if not found and layout == "markdown" else []
    for i, m in enumerate(parts):  # an order in Parts: each Part a provision, its items "1.", "2." within it
        heading, body = _section_heading(text, m.end(), end, layout)
        markers.append(_Marker(m.start(), body, "section", part_number(m.group(1)), heading))
        until = parts[i + 1].start() if i + 1 < len(parts) else end
        for item in numbered_sections(text, body, until, in_quote):
            markers.append(_Marker(item.start(), item.end(), "para", item.group(1)))
    if not found and not parts and layout == "markdown":  # "1. There is hereby established ...": older sections
        found = numbered_sections(text, start, end, in_quote)
    for m in found:
        if in_quote(m.start()):
            continue
        number = int(re.match(r"\d+", m.group(1)).group(0))
        if number < last_section:
            continue  # a section number going back: quoted text of another order the quote finder missed
        last_section = number
        heading, body = _section_heading(text, m.end(), end, layout)
        markers.append(_Marker(m.start(), body, "section", re.sub(r"[\u2010-\u2015]", "-", m.group(1)), heading))
    for m in _PARA.finditer(text, start, end):
        if not in_quote(m.start()) and not _wrapped_reference(text, m):
            markers.append(_Marker(m.start(), m.end(), "para", m.group(1)))
    if found and not parts:  # "1.", "2." not numbering the sections: a list inside one
        taken = {mk.pos for mk in markers}
        for m in numbered_items(text, start, end, in_quote):
            if m.start() not in taken:
                markers.append(_Marker(m.start(), m.end(), "para", m.group(1), numbered=True))
    known = {mk.pos for mk in markers}
    for m in _INLINE.finditer(text, start, end):
        pos = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if in_quote(pos) or pos in known:
            continue
        markers.append(_Marker(pos, m.end(), "para", m.group(1), inline=True))
    for m in _LEADING.finditer(text, start, end):
        pos = m.start() + 1
        if not in_quote(pos) and pos not in known:
            markers.append(_Marker(pos, m.end(), "para", m.group(1), inline=True))
    for mk in list(markers):
        if mk.kind != "section" and not (mk.kind == "para" and not mk.inline):
            continue
        # "Sec. 2. (a) ...", and a list opening at once inside an item: "(b) (1) Except ..."
        first = r"[ai1A]" if mk.kind == "para" else r"[a-z]|\d|[A-Z]"
        inline = re.match(rf"\s*\(({first})\)\.?\s+", text[mk.body : end])  # ("SEC. 3. (a). The ...")
        if inline and mk.body + inline.start() + len(inline.group(0)) - len(inline.group(0).lstrip()) not in known:
            pos = mk.body + len(inline.group(0)) - len(inline.group(0).lstrip())
            if not any(other.pos == pos for other in markers):
                markers.append(_Marker(pos, mk.body + inline.end(), "para", inline.group(1), inline=True))
    markers.sort(key=lambda mk: mk.pos)
    return markers


_RUNNING_ON = re.compile(
    r"(?:and|or|of|to|through|is|are|was|were|shall|as|by|for|with|from|which|that|respectively|thereof"
    r"|hereof|and/or)\b"
)


def _wrapped_reference(text: str, m: re.Match) -> bool:
    """A hard-wrapped line that starts with a reference, not an item: "... at the conclusion of
    subsection\n(vii) and replacing it with ..." (the line before runs on; the words after are too)."""
    line_start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    before = text[: line_start].rstrip(" \t")
    if not before.endswith("\n"):
        return False
    prev_line = before[:-1].rsplit("\n", 1)[-1].strip()
    if not prev_line or re.search(r"[.:;”\"—)\]]$", prev_line) or prev_line in ("and", "or"):
        return False
    if re.search(r"[;,]\s+(?:and|or)$", prev_line):  # "...(22 U.S.C. 1061 et seq.); and\n(C) to commission"
        return False
    return bool(_RUNNING_ON.match(text, m.end()))


def _roman_value(token: str) -> int | None:
    if not token or not _ROMAN_NUMERAL.match(token):
        return None
    values = {"i": 1, "v": 5, "x": 10}
    total = 0
    for i, ch in enumerate(token):
        v = values[ch]
        total += -v if i + 1 < len(token) and values[token[i + 1]] > v else v
    return total


def _letter_successor(prev: str | None, token: str) -> bool:
    """(b) after (a), (ii) after (hh), (aaa) after (zz)."""
    if prev is None or not prev.isalpha() or not prev.islower():
        return False
    if len(set(token)) != 1 or len(set(prev)) != 1:
        return False
    if len(token) == len(prev):
        return ord(token[0]) == ord(prev[0]) + 1
    return len(token) == len(prev) + 1 and prev[0] == "z" and token[0] == "a"


def _successor(prev: str, token: str, style: str) -> bool:
    """Whether token follows prev in a list of the style: (b) after (a), (iv) after (iii), (4) after (3)."""
    if style == "lower":
        return _letter_successor(prev, token)
    if style == "roman":
        return _roman_value(prev) is not None and _roman_value(prev) == (_roman_value(token) or 0) - 1
    if style == "digit":
        return prev.isdigit() and token.isdigit() and int(prev) + 1 == int(token)
    return len(prev) == 1 and len(token) == 1 and ord(prev) + 1 == ord(token)


def _first_of_kind(token: str) -> str | None:
    if token.isdigit():
        return "digit"
    if token.isupper():
        return "upper"
    return None


def _style(token: str, stack: list[tuple[str, str]], next_token: str | None) -> str:
    """'lower' (a, b, ..., aa), 'roman' (i, ii, ...), 'upper' (A, B) or 'digit' (1, 2), by context."""
    kind = _first_of_kind(token)
    if kind:
        return kind
    value = _roman_value(token)
    if value is None:
        return "lower"
    open_roman = next((tok for style, tok in reversed(stack) if style == "roman"), None)
    open_letter = next((tok for style, tok in reversed(stack) if style == "lower"), None)
    continues_roman = open_roman is not None and _roman_value(open_roman) == value - 1
    continues_letter = _letter_successor(open_letter, token)
    if continues_roman and not continues_letter:
        return "roman"
    if continues_letter and not continues_roman:
        if next_token is not None and _roman_value(next_token) == value + 1 and value == 1:
            return "roman"  # (h) (i) (ii): a numbered list under (h)
        return "lower"
    if continues_letter and continues_roman:
        if next_token is not None and _roman_value(next_token) == value + 1:
            return "roman"
        return "lower"
    return "roman" if value == 1 else ("roman" if open_roman else "lower")


def _structure(doc: TextDoc, start: int, end: int, layout: str, quoted: list[tuple[int, int]]) -> list[Block]:
    markers = _markers(doc, start, end, layout, quoted)
    blocks: list[Block] = []
    # items before the first section stay in the preamble ("... is further amended as follows: (1) Section 2 ...")
    first = next((mk.pos for mk in markers if mk.kind == "section"), end)
    opening = next((mk.token for mk in markers if mk.kind == "section"), None)
    lost = _ORDERED_THEN_LINE.search(doc.text, start, first) if opening == "2" else None
    if lost and doc.text[lost.end() : first].strip():
        # "... it is ordered as follows:\nThe President's Committee ... is hereby abolished ...\n\nSEC. 2. ...": a copy
        # that lost "SECTION 1." (EO 10927); what follows the ordering words is section 1, with its paragraphs
        markers = sorted([_Marker(lost.end(), lost.end(), "section", "1"), *markers], key=lambda mk: mk.pos)
        first = lost.end()
    blocks.append(Block(["preamble"], None, start, first))
    section: str | None = None
    stack: list[tuple[str, str]] = []
    kept: list[_Marker] = []
    for i, mk in enumerate(markers):
        if mk.kind == "section":
            section, stack = mk.token, []
            kept.append(mk)
            continue
        if section is None:
            continue
        nxt = next((m.token for m in markers[i + 1 :] if m.kind == "para"), None)
        # (or the list's last item: "(k) The authority ...\n    (1) The authority ..." then "SEC. 2.", EO 11023)
        last_item = i + 1 == len(markers) or markers[i + 1].kind == "section"
        if (mk.token == "1" and (nxt == "m" or last_item)
                and next((t for s, t in reversed(stack) if s == "lower"), None) == "k"):
            mk.token = "l"  # "(k) ... (1) The Secretary of Transportation. (m) ...": the copy's "1" for "l" (EO 12083)
        style = _style(mk.token, stack, nxt)
        if mk.inline and not _plausible_inline(mk.token, style, stack):
            continue
        level = next((j for j in range(len(stack) - 1, -1, -1)
                      if stack[j][0] == style and _successor(stack[j][1], mk.token, style)), None)
        if level is None and stack and stack[-1] == (style, mk.token):
            level = len(stack) - 1  # the same marker twice (a layout that repeats it)
        # (a list that opens inside the item before it: that item's own sentence ends in a colon, "(3) consult on:")
        lead = doc.text[kept[-1].pos if kept else start : mk.pos].rstrip()
        opens = mk.token in ("a", "i", "1", "A") and lead.endswith(":") and not re.search(r"\n[ \t]*\n|[.;]\s", lead)
        if level is None and any(s == style for s, _ in stack) and not opens:
            # a gap in the list, or a list that starts again ("4.2. ... (a)" in a copy without the "4.2"
            # headings): the latest level of the style
            level = max(j for j, (s, _) in enumerate(stack) if s == style)
        if level is not None:
            del stack[level + 1 :]
            stack[-1] = (style, mk.token)
        else:  # a new list inside the open item: (a)(i)(A)(1) today, (a)(1)(A) in older orders, and "(3) consult
            # on: (a) ... (d)" under "(a) ... shall: (1) ..." (after a colon; the (4) after (d) is (a)'s again)
            stack.append((style, mk.token))
        mk.token = "/".join(tok for _, tok in stack)
        kept.append(mk)
    section = None
    for i, mk in enumerate(kept):
        stop = kept[i + 1].pos if i + 1 < len(kept) else end
        if mk.kind == "section":
            section = mk.token
            blocks.append(Block([section], mk.heading, mk.body, stop, mk.pos))
            continue
        path = [section, *mk.token.split("/")]
        # "(h) increase the resilience ... climate.\n\nAchieving these goals will require ...": a
        # paragraph after the last item of an in-sentence list belongs to the provision the list is in
        # (not a break inside quoted words: "inserting “15 Department of Homeland Security;” after “14.\n\nDepartment
        # of Veterans Affairs;” in section 1(a)", EO 13284)
        after = next((c for c in _CONTINUATION.finditer(doc.text, mk.body, stop)
                      if doc.text.count("“", mk.body, c.start()) <= doc.text.count("”", mk.body, c.start())), None)
        if mk.numbered:  # "6. Commander, Air University.\n\nPART VII-REVOCATION ...": the section's text again
            after = _AFTER_NUMBERED.search(doc.text, mk.body, stop)
        if after and (mk.numbered or re.match(r"\s*[a-z]", doc.text[mk.body : stop])):
            blocks.append(Block(path, None, mk.body, after.start(), mk.pos))
            blocks.append(Block(path[:-1], None, after.end(), stop, None, continuation=True))
        else:
            blocks.append(Block(path, None, mk.body, stop, mk.pos))
    return blocks


# the ordering words at the end of a line, before the first provision
_ORDERED_THEN_LINE = re.compile(r"\b(?:" + IT_IS_ORDERED + r"|I\s+(?:do\s+)?hereby\s+order)"
                                r"(?:\s+as\s+follows)?\s*[:.]?[ \t]*\n\s*")
# (not after "U.S.": the converter breaks lines there, "... at U.S.\n\nNaval Station Guantánamo Bay, is hereby revoked")
_CONTINUATION = re.compile(r"(?<=[.])(?<![A-Z]\.[A-Z]\.)(?<!\bNo\.)[ \t]*\n[ \t]*\n\s*(?=[A-Z][a-z])")
# a paragraph after the last item "1.", "2." of a list, not itself an item
_AFTER_NUMBERED = re.compile(r"(?<=[.;])[ \t]*\n[ \t]*\n\s*(?=[A-Z])")


def _plausible_inline(token: str, style: str, stack: list[tuple[str, str]]) -> bool:
    """An in-line "(x)" is a paragraph only if it opens a list or continues one that is open."""
    if token in ("a", "i", "1", "A"):
        return True
    same = next((tok for s, tok in stack if s == style), None)
    return same is not None and _successor(same, token, style)


# The last line of a Markdown copy's furniture before the order's own words: its "## Executive Order N"
# heading, or the FR-XML copies' "### Authority" (heading marks already deleted).
_MD_BODY_HEAD = re.compile(r"(?m)^[ \t]*(?:Executive Order \d+[-A-Za-z]*|Authority|Preamble)[ \t]*\n")


def _body(doc: TextDoc, path: Path, layout: str = "") -> tuple[int, int]:
    m = _PREAMBLE.search(doc.text)
    if not m:
        raise DataError(path, "no 'By the authority vested in me' preamble: not an order's text")
    start = authority = m.start("by")
    if layout == "markdown":  # recitals before "NOW, THEREFORE, by virtue of ...": part of the preamble
        head = list(_MD_BODY_HEAD.finditer(doc.text, 0, m.start()))
        if head and not _SECTION.search(doc.text, head[-1].end(), m.start()):
            recitals = doc.text[head[-1].end() : m.start()]
            # (not the title in capitals an older copy puts first: "ABOLISHING THE PRESIDENT'S ... BOARD")
            recitals = re.sub(r"^(?:\s*[^a-z\n]+\n)+", "", recitals)
            start = m.start() - len(recitals.lstrip())
    sections = list(_SECTION.finditer(doc.text, start)) + list(_DASHED.finditer(doc.text, start))
    # the signature comes after the statement of authority (a line in capitals before it is a title)
    search_from = max((m.end() for m in sections), default=authority)
    end_m = _END.search(doc.text, search_from)
    # "Part I\nSUCCESSION TO THE POSITION ...": a Part's heading in capitals, not the signature
    while end_m and _PART_LINE.fullmatch(doc.text[: end_m.start()].rstrip().rsplit("\n", 1)[-1].strip()):
        end_m = _END.search(doc.text, end_m.end())
    return start, end_m.start() if end_m else len(doc.text)


def extract_order(
    path: Path, text: str, ctx: Context, layout: str, eo_number: int | None = None
) -> Extraction:
    """Read one order's text: its instrument, provisions and edges with evidence."""
    doc = _clean(text, layout)
    instrument = _metadata(doc, layout, path, eo_number, ctx)
    start, end = _body(doc, path, layout)
    quoted = quoted_regions(doc.text, start, end)
    blocks = _structure(doc, start, end, layout, quoted)
    extraction = Extraction(path=path, layout=layout, instruments=[instrument])
    by_path: dict[str, Provision] = {}
    for block in blocks:
        raw = doc.text[block.start : block.end]
        s, e = doc.span(block.start + (len(raw) - len(raw.lstrip())), block.start + len(raw.rstrip()))
        block.text = normalize(raw)
        if block.continuation and block.label in by_path:
            whole = by_path[block.label]
            whole.text = f"{whole.text} {block.text}".strip()
            block.provision = whole
            continue
        page = doc.page_at(block.marker if block.marker is not None else block.start)
        block.provision = Provision(
            path=block.path, text=block.text, start=s, end=e, heading=block.heading, fr_page=page
        )
        by_path[block.label or ""] = block.provision
        extraction.provisions.append(block.provision)
    extract_edges(extraction, instrument, blocks, doc, ctx, quoted)
    return extraction
