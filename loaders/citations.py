"""Citations in order text: U.S. Code, INA sections (mapped to the Code), Constitution, FR, orders, Acts.

Full ("longform") citations are found by citeurl's maintained templates. Its short-form and id.
machinery is deliberately never run: it reads an order's own headings ("Sec. 2") after a title-8
cite as "8 U.S.C. 2", and "section 287 of the INA" as 8 U.S.C. 287. INA sections are mapped to
the Code only through the sourced table in data/tables/ina-usc.toml; lists such as
"1182(a)(2), (a)(3), and (a)(6)(C), 1225" are continued here, since citeurl stops at the first.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from citeurl import Citator

from graph.namespaces import usc_id
from loaders.context import Context, Gazetteer
from loaders.references import DIGITS, MONTH, roman_value

TEMPLATES = ("U.S. Code", "U.S. Constitution", "Federal Register", "Immigration & Nationality Act")

_SUB = r"\([A-Za-z0-9]{1,4}\)"
_ITEM = re.compile(rf"(\d+[a-zA-Z]?(?:-\d+)?)?((?:{_SUB})*)")
_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:sections?\s+)?")
# (also "section 301 (a) and (f) of title 37": a space before, subsections alone after; "Sections 1732 and 2656 of
# Title 22 of the United States Code": capitals; "subsection 5304(d)(1)(A) of title 5")
# "... of title 10" of the Code: not "title 5 of Public Law ...", nor "... of the Canal Zone Code"
_OF_CODE_TITLE = (r"\s+of\s+[Tt]itle\s+(\d{1,2})\b(?!\s+of\s+(?:the\s+)?(?:Public|Pub))"
                  r"(?!\s+of\s+the\s+(?!United\s+States\s+Code)[A-Z][A-Za-z ]{0,40}\bCode\b)")
_TITLE_ITEMS = (  # ("section 7455(d)(2)-(3) of title 38": a range of subsections, EO 12797)
    r"(\d+[a-zA-Z]?(?:\s?\([A-Za-z0-9]+\))*(?:\s*[-–]\s*\([a-z0-9]{1,2}\))?)"
    r"((?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:\d+[a-zA-Z]?(?:\([A-Za-z0-9]+\))*|(?:\([A-Za-z0-9]+\))+))*)"
    + _OF_CODE_TITLE
)
_SAID_TITLE = re.compile(r"\bthe\s+said\s+title\b")
# "title 18 of the United States Code", "Title 10, United States Code": a Code title named in full (group 1)
CODE_TITLE = r"[Tt]itle\s+(\d{1,2})(?:\s+of\s+the|,)\s+United\s+States\s+Code\b"
_CODE_TITLE_NAMED = re.compile(rf"\b{CODE_TITLE}|\b(\d{{1,2}})\s+U\.S\.C\.")
_TITLE_FORM = re.compile(r"\b(?:[Ss]ub)?[Ss]ections?\s+" + _TITLE_ITEMS)
# the next group of one list, another title's: "sections 301 of title 5, 113(b) and 162(b) of title 10, 1501 of
# title 15, ... United States Code"
_NEXT_TITLE_GROUP = re.compile(r"\s*,\s*(?:and\s+)?" + _TITLE_ITEMS)
# "sections 5701 through 5707 of title 5, United States Code": one cite per section of the range
_TITLE_RANGE = re.compile(r"\b[Ss]ections\s+(\d+)(?:\s+(?:through|to)\s+|\s*[-–]\s*)(\d+)" + _OF_CODE_TITLE)
# (also "37 U. S. C. Sup. 110", "5 U.S.C. Supp. IV 5305", "37 U.S.C., Supp. V, 118": the supplement is not the
# section; nor is the edition in "26 U.S.C. (1952 Ed.) 55(a)"; and "5 U.S.C.715a" without its space)
_US_C = re.compile(
    r"(?<=\d )(?:US\.C\.|U\.S\.C(?![.\w])|USC(?![.\w])|U\.\s+S\.\s+C\.|U\.S\.C\.(?=\d|,?\s+Supp?\.|\s+\(\d{4}\s+[Ee]d)"
    # (letters the copies' OCR mistook: "45 U.S.G. 160", "5 TJ.S.C. 631", "7 IT.S.C. 1010", "26 U.8.C. 6103(a)",
    # "5 U.SC. 134")
    # (and a stray mark before it: "29 'U.S.C. 176", EO 11321)
    # (and marks lost or doubled: "42 U S.C. 2011", EO 11902; "45 U.S.C..160", EO 11876; "45 US.C 160", EO 10037)
    r"|U\.S\.G\.|TJ\.S\.C\.|IT\.S\.C\.|U\.8\.C\.|U\.SC\.|['‘’]U\.S\.C\.|U\s+S\.C\.|U\.S\.C\.\.(?=\d)|US\.C(?=\s\d))"
    # ("37 U.S.C., Supp. V, 118": the supplement set off by commas)
    r"(?:,?\s+Supp?\.(?:\s+[IVX]+)?,?(?=\s+\d))?(?:\s+\(\d{4}\s+[Ee]d\.?\)(?=\s+\d))?"
)
_SECTIONS_THEREOF = re.compile(
    r"\b(?:[Ss]ubchapter|[Cc]hapter|[Pp]art)\s+[\dIVXivx]+\s+of\s+[Tt]itle\s+(?P<title>\d{1,2})(?:,|\s+of\s+the)\s+United\s+States"
    r"\s+Code,?\s+(?:particularly|including|especially|specifically)\s+sections?\s+"
    r"(?P<list>\d+[a-zA-Z]?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d+[a-zA-Z]?)*)"
)
_SUB_RANGE_END = re.compile(r"\s*(?:[-–]|through)\s*\(([a-z]|\d{1,2})\)")
_RANGE_END = re.compile(r"(?:[-–]|\s+through\s+)(\d+)\b(?![a-zA-Z(])")  # ("5 U.S.C. 5701 through 5707")
_INA_NAME = re.compile(r"\s+of\s+the\s+(?:INA|Immigration\s+and\s+Nationality\s+Act)\b")
_INA_FORM = re.compile(
    rf"\bsections?\s+(\d+[a-zA-Z]?(?:{_SUB})*)"
    r"((?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:sections?\s+)?(?:\d+[a-zA-Z]?)?(?:\([A-Za-z0-9]{1,4}\))*)*)"
    + _INA_NAME.pattern
)
_ET_SEQ = re.compile(r"\s+et\s+seq\.")
_ROMAN = re.compile(r"^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$")


_ORDINALS = {w: i + 1 for i, w in enumerate(re.findall(r"[a-z]+", """first second third fourth fifth sixth
    seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth
    nineteenth twentieth"""))}
_AMENDMENT = re.compile(
    r"\b(?:the\s+)?((?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth"
    r"|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth)|\d{1,2}(?:st|nd|rd|th))\s+Amendment\b"
    r"(?!\s+(?:to|of)\s+(?:the\s+)?(?:Executive\s+Order|[A-Z][\w.]*\s+Act|this\s+order))"
)
_ARTICLE = re.compile(
    r"\bArticle\s+([IVX]{1,4})(?:,\s+[Ss]ection\s+(\d{1,2}),?)?\s+of\s+the\s+(?:United\s+States\s+|U\.\s?S\.\s+)?Constitution\b"
)
# "Article II of the Constitution vests ..., and Article IV, Section 4, requires ..." (EO 14287): a later Article
# of the same sentence, naming no other instrument, is the Constitution's too
_ARTICLE_AGAIN = re.compile(
    r"\bArticle\s+([IVX]{1,4})\b(?!(?:,\s+[Ss]ection\s+\d{1,2})?,?\s+of\b)(?:,\s+[Ss]ection\s+(\d{1,2}))?\b")
_SENTENCE_END = re.compile(r"[.;](?=[\s”\"]+[A-Z(])|\n")


@dataclass(frozen=True)
class Cite:
    start: int
    end: int
    target: str
    kind: str  # usc | constitution | statute | eo | fr
    alt_label: str | None = None
    # an Act named inside another's long title ("An Act to unify, consolidate, revise, and codify the Articles of War,
    # the Articles for the Government of the Navy, ...", EO 10190): cited, never the authority the title's Act gives
    in_title: bool = False


@lru_cache(maxsize=1)
def _templates() -> list:
    citator = Citator(defaults=["general federal law", "specific federal laws"])
    return [citator.templates[name] for name in TEMPLATES]


def _level(token: str) -> int:
    """U.S. Code nesting: (a) > (1) > (A) > (i)."""
    if token.isdigit():
        return 2
    if token.isupper():
        return 3
    if len(token) > 1 and _ROMAN.match(token):
        return 4
    return 1


def _continue_list(
    text: str, pos: int, section: str, subs: list[str], title_given: bool = True
) -> list[tuple[int, int, str, list[str]]]:
    """After '1182(a)(2)', read ', (a)(3), and (a)(6)(C), 1225, and 1227(a)(2) and (4)'. With the title given
    before the list ("8 U.S.C. 1101 et seq., and section 301 of title 3"), an item "of title N" is another title's."""
    other_title = r"|[Tt]itle\s+\d" if title_given else ""
    found = []
    while True:
        sep = _SEP.match(text, pos)
        if not sep:
            return found
        item = _ITEM.match(text, sep.end())
        if not item or not item.group(0):
            return found
        if re.match(r"\s*(?:U\.\s?S\.\s?C|United\s+States\s+Code)", text[item.end() :]):
            return found  # "8 U.S.C. 1182(f) and 8 U.S.C. 1185(a)": the 8 is a title, not a section
        # "(2 U.S.C. 31, and section 137 of Public Law 109-289)": another law's section; also at the end of a run of
        # items ("(7 U.S.C. 1738i(b)(1)(A) and section 811(b)(1)(A) and (b)(2) of the Foreign Assistance Act")
        run = (rf"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?![Ss]ections?\b)(?:{_ITEM.pattern}))*"
               if title_given else "")  # (a list "of the INA" is that Act's sections, all of them)
        # (but in "section 215(a) and (b) of the INA", read whole, "of the INA" ends the list itself, EO 13323)
        if re.match(rf"{run}\s+of\s+(?:Public\s+Law|Pub\.|the\s+[A-Z]{other_title})", text[item.end() :]) and not (
                not title_given and _INA_NAME.fullmatch(text, item.end())):
            return found
        lettered_range = re.match(r"\.?\s*[-–]\s*\d+[a-z]\b", text[item.end() :])
        if item.group(1) and lettered_range and re.search(r"[a-z]$", item.group(1)):
            return found  # "(22 U.S.C. 2348, 2348a.-2348c.)": a range with lettered ends restates a chapter (README)
        tokens = re.findall(r"\(([A-Za-z0-9]+)\)", item.group(2))
        if item.group(1):
            section, subs = item.group(1), tokens
        elif tokens:
            # the list continues at the level of the first token's kind: "102(4)(A), (5)" -> 102(5)
            same = next((i for i, sub in enumerate(subs) if _level(sub) == _level(tokens[0])), None)
            subs = (subs[:same] if same is not None else subs[: _level(tokens[0]) - 1]) + tokens
        found.append((item.start(), item.end(), section, subs))
        pos = item.end()


def _label(section: str, subs: list[str]) -> str:
    return section + "".join(f"({s})" for s in subs)


def _sub_range(text: str, end: int, subs: list[str]) -> list[str]:
    """The subsections after the last one a cite gives, up to "-(3)" or "through (3)" after it: "(a)(2)-(3)" ->
    ['3']; only between numbers, or single lower-case letters, in order."""
    m = _SUB_RANGE_END.match(text, end)
    if m is None or not subs:
        return []
    first, last = subs[-1], m.group(1)
    if first.isdigit() and last.isdigit() and int(first) < int(last) <= int(first) + 26:
        return [str(n) for n in range(int(first) + 1, int(last) + 1)]
    if re.fullmatch(r"[a-z]", first) and re.fullmatch(r"[a-z]", last) and first < last:
        return [chr(n) for n in range(ord(first) + 1, ord(last) + 1)]
    return []


def _subsections(token: str) -> list[str]:
    """'(a)(1)(A)' -> ['a', '1', 'A']; up to a short name in capitals ("45 U.S.C. 151-188 (RLA)": no subsection
    "RLA"), though "(II)" is one."""
    subs = re.findall(r"\(([A-Za-z0-9]+)\)", token)
    short = next((i for i, sub in enumerate(subs)
                  if re.fullmatch(r"[A-Z]{2,}", sub) and not re.fullmatch(r"[IVX]+", sub)), None)
    return subs[:short] if short is not None else subs


_LONGEST_RANGE = 20  # sections; a longer range restates a chapter or an Act ("45 U.S.C. 151-188", the RLA)


def _sections(section: str) -> list[str]:
    """'5701-5707' -> 5701 ... 5707 (a Code range is one cite per section); '2340-2340a' -> its two ends; a range
    longer than _LONGEST_RANGE, or with lettered ends ('801-946a'), restates a chapter: no section
    (tests/gold/README.md, heldout41 and heldout42); a section whose number has a hyphen ('73b-2', '2000d-1') is
    itself; else [section]."""
    if re.fullmatch(r"(\d+[a-z]+)[-–]\1[-–]\d+", section):
        return []  # ("42 U.S.C. 2000d-2000d-4", EO 11764: a range from a lettered section to its own hyphened last one)
    m = re.fullmatch(r"(\d+)([a-z]*)[-–](\d+)([a-z]*)", section, re.I)
    if not m or int(m.group(3)) < int(m.group(1)) or (
            m.group(1) == m.group(3) and m.group(4).lower() <= m.group(2).lower()):
        return [section]  # (not a range: "73b-2", "22-1")
    if m.group(1) == m.group(3):
        return [m.group(1) + m.group(2), m.group(3) + m.group(4).lower()]
    if m.group(2) or m.group(4) or int(m.group(3)) - int(m.group(1)) >= _LONGEST_RANGE:
        return []
    return [str(n) for n in range(int(m.group(1)), int(m.group(3)) + 1)]


def find_citations(
    text: str, ctx: Context, own_eo: int | None = None, gazetteer: Gazetteer | None = None
) -> tuple[list[Cite], list[str]]:
    """Every citation in one provision's text, with its span; plus warnings. `gazetteer` (the
    context's, plus the short names a text defines) finds named Acts."""
    text = text.replace("\n", " ")  # a cite wrapped across lines ("50 U.S.C.\n1702"); offsets kept
    # "15  U.S.C. 8111" (two spaces): the spaces go before the title, so the offsets are kept
    text = re.sub(r"(\d+)([ \t]{2,})(?=U\.?\s?S\.?\s?C)", lambda m: m.group(2)[1:] + m.group(1) + " ", text)
    # "50 US.C. 1702(b)" (a typo the FR XML of several orders carries), "42 U.S.C 5121", "42 USC 5121" are
    # read as "U.S.C."; the offsets of what follows are shifted back below
    shifts: list[tuple[int, int]] = []  # (position in the rewritten text, characters added there)
    if _US_C.search(text):
        parts, last, added = [], 0, 0
        for m in _US_C.finditer(text):
            norm = "U.S.C. " if text[m.end() : m.end() + 1].isdigit() else "U.S.C."  # ("5 U.S.C.715a")
            parts += [text[last : m.start()], norm]
            added += len(norm) - len(m.group(0))
            shifts.append((m.start() + added, added))
            last = m.end()
        text = "".join(parts) + text[last:]
    text = _close_spaced_sections(text)
    text = _said_title(text)
    cites, warnings = _find(text, ctx, own_eo, gazetteer)
    if shifts:
        def back(pos: int) -> int:
            return pos - next((total for at, total in reversed(shifts) if at <= pos), 0)
        cites = [dataclasses.replace(c, start=back(c.start), end=back(c.end)) for c in cites]
    return cites, warnings


def _said_title(text: str) -> str:
    """"section 3496 of title 18 of the United States Code ... sections 3492-3494 of the said title" (EO 10307): the
    said title is the Code title named last before it, written in its place (padded, so that offsets are kept)."""
    def name(m: re.Match) -> str:
        named = list(_CODE_TITLE_NAMED.finditer(text, 0, m.start()))
        if not named:
            return m.group(0)
        last = named[-1]
        return f"title {last.group(1) or last.group(2)}".ljust(len(m.group(0)))
    return _SAID_TITLE.sub(name, text)


def _close_spaced_sections(text: str) -> str:
    """"26 U.S.C. 55 (a), 508, 729 (a), and 1204", "16 U.S.C. 831 f (b)", "42 U.S.C. 1962 b-1": older copies space a
    section from its letter and subsection; in the Code cites the spaces go after them, so the offsets are kept.
    Likewise the comma of "Section 5,317 of Title 5"."""
    def closed(p: re.Match) -> str:  # "831 f (b)" -> "831f(b)  "
        letter = (p.group(2) or "").strip()
        return p.group(1) + letter + p.group(3) + " " * (len(p.group(0)) - len(p.group(1) + letter + p.group(3)))

    def close(m: re.Match) -> str:
        cite = re.sub(r"(\d+)( [a-z])? (\([A-Za-z0-9]{1,4}\))", closed, m.group(0))
        # "6633(a) and (b) (1)": a spaced paragraph after a subsection ("(b)(1) ", offsets kept)
        cite = re.sub(r"(\([A-Za-z0-9]{1,4}\)) (\([A-Za-z0-9]{1,4}\))", lambda p: p.group(1) + p.group(2) + " ", cite)
        # "26 U.S.C. 55 (a) 508, 603, 729 (a)": a list's comma the copy left out after a subsection (EO 9812; the space
        # becomes it, offsets kept)
        cite = re.sub(r"(\([A-Za-z0-9]{1,4}\)) ( *)(?=\d+[a-zA-Z]?(?:\([A-Za-z0-9]{1,4}\))*,)", r"\1,\2", cite)
        # "5 U.S.C. 73b—2": a dash for a section's hyphen (EO 11149; one character for one, offsets kept)
        cite = re.sub(r"(?<=\d[a-z])\u2014(?=\d)", "-", cite)
        # "5 U.S.C. 73b-l(b)": a scan's letter l for the digit 1 after a section's hyphen (EO 11012; offsets kept)
        cite = re.sub(r"(\d[a-z]?-)l(?=[\s(),;.]|$)", r"\g<1>1", cite)
        # "42 U.S.C. 1962 b-1)", "U.S.C. 118 j)": a spaced letter that ends the cite, "1962b-1" (offsets kept)
        return re.sub(r"(\d+) ([a-z](?:-\d+)?)(?=\s*(?:[,;]|$))", lambda p: p.group(1) + p.group(2) + " ", cite)

    text = re.sub(r"\bU\.S\.C\. \d(?:[^;()]|\([A-Za-z0-9]{1,4}\)){0,120}", close, text)
    # "Section 5,317 of Title 5": a thousands comma in the section's number (the comma goes after it)
    return re.sub(r"(\b[Ss]ections?\s+)(\d{1,2}),(\d{3})(?=\s+of\s+[Tt]itle\s+\d)", r"\1\2\3 ", text)


def _usc_cite(start: int, end: int, title: str, section: str, warnings: list[str]) -> list[Cite]:
    """The cite of a Code section, or none and a warning for words no section id can be made of (converter
    damage: "16 U.S.C. 668dd-e.e."): one bad cite must not cost the order its other edges."""
    try:
        return [Cite(start, end, usc_id(title, section), "usc")]
    except ValueError as err:
        warnings.append(f"{err}; not linked")
        return []


def _find(
    text: str, ctx: Context, own_eo: int | None, gazetteer: Gazetteer | None
) -> tuple[list[Cite], list[str]]:
    cites: list[Cite] = []
    warnings: list[str] = []
    for template in _templates():
        for c in template.list_longform_cites(text):
            t = c.tokens
            if template.name == "U.S. Code":
                if not re.search(r"U\.\s?S\.\s?C|United States Code", c.text):
                    continue
                if re.search(r"\b(?:[Cc]hapters?|[Ss]ubchapters?|[Pp]arts?|[Ss]ubtitles?|[Dd]ivisions?)\s+$",
                             text[max(0, c.span[0] - 16) : c.span[0]]):
                    continue  # "Chapter 33 of title 5 of the United States Code" names a chapter, not section 33
                title, section = t["title"], t["section"]
                subs = _subsections(t.get("subsection") or "")
                end = c.span[1]
                rng = _RANGE_END.match(text, end) if not subs and "-" not in section else None
                if rng:
                    section, end = f"{section}-{rng.group(1)}", rng.end()
                if re.match(r"\s+note\b", text[end:]):
                    continue  # "(8 U.S.C. 1522 note)": a note printed under the section, not the section
                    # (tests/gold/README.md, heldout21: as "5 U.S.C. App.", no section id)
                for one in _sections(section) if not subs else [section]:
                    cites += _usc_cite(c.span[0], end, title, _label(one, subs), warnings)
                for last in _sub_range(text, end, subs):  # "8 U.S.C. 1182(a)(2)-(3)": (a)(2) and (a)(3)
                    cites += _usc_cite(c.span[0], end, title, _label(section, [*subs[:-1], last]), warnings)
                seq = _ET_SEQ.match(text, end)  # ("5 U.S.C. 1101 et seq., 3301, 3571, and 7533")
                for s, e, sec, sub in _continue_list(text, seq.end() if seq else end, section, subs):
                    if c.text.endswith("Code") and text[s : s + 1] == "(":
                        continue  # "section 105 of title 5 of the United States Code, (2) the judicial branch" (EO
                        # 11833): the next item of the order's list, not a paragraph of the section
                    for one in _sections(sec) if not sub else [sec]:
                        cites += _usc_cite(s, e, title, _label(one, sub), warnings)
                    for last in _sub_range(text, e, sub):  # ("8 U.S.C. 1103(a)(2) and (4)-(6)", EO 14165)
                        cites += _usc_cite(s, e, title, _label(sec, [*sub[:-1], last]), warnings)
            elif template.name == "U.S. Constitution":
                if t.get("article"):
                    target = f"constitution/art/{int(t['article'])}"
                    if t.get("section"):
                        target += f"/sec/{int(t['section'])}"
                    cites.append(Cite(c.span[0], c.span[1], target, "constitution"))
            elif template.name == "Federal Register":
                fr = f"{int(t['volume'])} FR {int(t['page'])}"
                target = next(
                    (i for i, d in ctx.curated.instruments.items() if d.get("fr_citation") == fr), None
                )
                if target:
                    cites.append(Cite(c.span[0], c.span[1], target, "fr"))
                else:
                    warnings.append(f"Federal Register cite {fr} names no known instrument; not linked")
            elif template.name == "Immigration & Nationality Act":
                subs = _subsections(t.get("subsection") or "")
                cites.extend(_ina(ctx, c.span[0], c.span[1], _label(t["section"], subs), warnings))
    for form in _TITLE_FORM.finditer(text):
        m: re.Match[str] | None = form
        while m is not None:
            title = m.group(3)
            first = re.match(r"(\d+[a-zA-Z]?)((?:\s?\([A-Za-z0-9]+\))*)", m.group(1))
            assert first is not None
            section, subs = first.group(1), re.findall(r"\(([A-Za-z0-9]+)\)", first.group(2))
            found = _usc_cite(m.start(), m.end(), title, _label(section, subs), warnings)
            for last in _sub_range(m.group(1), first.end(), subs):
                found += _usc_cite(m.start(), m.end(), title, _label(section, [*subs[:-1], last]), warnings)
            for _s, _e, sec, sub in _continue_list(m.group(0), m.end(1) - m.start(), section, subs, title_given=False):
                found += _usc_cite(m.start(), m.end(), title, _label(sec, sub), warnings)
            # the U.S. Code template may have read the last of them already ("... of Title 22 of the United States
            # Code")
            cites += [c for c in found if not any(o.target == c.target and o.start < m.end() and m.start() < o.end
                                                  for o in cites)]
            m = _NEXT_TITLE_GROUP.match(text, m.end())
    for m in _TITLE_RANGE.finditer(text):
        for one in _sections(f"{m.group(1)}-{m.group(2)}"):
            if not any(o.target == f"usc/{int(m.group(3))}/{one}" and o.start < m.end() and m.start() < o.end
                       for o in cites):
                cites += _usc_cite(m.start(), m.end(), m.group(3), one, warnings)
    # "Chapter 15 of Title 10 of the United States Code, particularly sections 332, 333 and 334 thereof"
    for m in _SECTIONS_THEREOF.finditer(text):
        for n in re.findall(r"\d+[a-zA-Z]?", m.group("list")):
            cites += _usc_cite(m.start("list"), m.end("list"), m.group("title"), n, warnings)
    for m in _INA_FORM.finditer(text):
        first = re.match(rf"(\d+[a-zA-Z]?)((?:{_SUB})*)", m.group(1))
        assert first is not None
        section, subs = first.group(1), re.findall(r"\(([A-Za-z0-9]+)\)", first.group(2))
        cites.extend(_ina(ctx, m.start(), m.end(), _label(section, subs), warnings))
        for _s, _e, sec, sub in _continue_list(m.group(0), m.end(1) - m.start(), section, subs, title_given=False):
            cites.extend(_ina(ctx, m.start(), m.end(), _label(sec, sub), warnings))
    # "Article II of the Constitution" (citeurl's template wants "U.S. Const." or "United States")
    for first in _ARTICLE.finditer(text):
        stop = _SENTENCE_END.search(text, first.end())
        for m in [first, *_ARTICLE_AGAIN.finditer(text, first.end(), stop.start() if stop else len(text))]:
            target = f"constitution/art/{roman_value(m.group(1))}" + (f"/sec/{m.group(2)}" if m.group(2) else "")
            if not any(c.target == target and c.start <= m.end() and m.start() <= c.end for c in cites):
                cites.append(Cite(m.start(), m.end(), target, "constitution"))
    # "the First Amendment (to the United States Constitution)", "the Second Amendment", "the 14th Amendment"
    for m in _AMENDMENT.finditer(text):
        number = _ORDINALS.get(m.group(1).lower()) or int(re.sub(r"\D", "", m.group(1)) or 0)
        if 0 < number <= 27:
            cites.append(Cite(m.start(1), m.end(), f"constitution/amendment/{number}", "constitution"))
    for start, end, node in _eo_numbers(text):
        if node != f"eo/{own_eo}":
            cites.append(Cite(start, end, node, "eo"))
    names = gazetteer or ctx.gazetteer
    for mention in names.find(text):
        bare = re.fullmatch(r"(?:the\s+)?Act", text[mention.start : mention.end])
        if mention.kind == "statute" and not (bare and _ACT_BY_DATE.match(text, mention.end)):
            cites.append(Cite(mention.start, mention.end, mention.id, "statute"))
            if re.match(r"A[Nn]\s+A[Cc][Tt]\s", text[mention.start : mention.end]):
                # an Act named in another's long title ("An Act to authorize ... under the Small Business Act ...")
                inner = text[mention.start + 6 : mention.end]
                cites += [Cite(mention.start + 6 + x.start, mention.start + 6 + x.end, x.id, "statute", in_title=True)
                          for x in names.find(inner) if x.kind == "statute"]
    cites = [_subsection_before(text, c) for c in cites]
    titles = [(m.start() + 1, m.end() - 1) for m in _QUOTED_LONG_TITLE.finditer(text)]
    cites = [dataclasses.replace(c, in_title=True) if c.kind == "statute" and any(
        a < c.start and c.end <= b for a, b in titles) else c for c in cites]
    cites.sort(key=lambda c: (c.start, c.end))
    return cites, warnings


# an Act's long title in quotation marks: what it names is cited, not the authority ('the act of Congress entitled "An
# Act to unify, consolidate, revise, and codify the Articles of War, the Articles for the Government of the Navy ..."')
_QUOTED_LONG_TITLE = re.compile(r"[\"“]A[Nn]\s+A[Cc][Tt]\s[^\"“”]{5,600}?[\"”]")


# "section 16 of the Act of September 23, 1950": an Act named by its date, not the Act the order calls "the Act"
# (only the bare short name: "the Immigration and Nationality Act of 1952" is the INA)
_ACT_BY_DATE = re.compile(rf"\s+of\s+(?:{MONTH}|\d{{4}}\b)")


# "subsection (c) of Section 8335 of Title 5", "paragraph (2) of subsection (b) of section 301 of title 3"
_SUB_BEFORE = re.compile(
    r"\b(?:(?:sub)?section|paragraph|clause)\s+\(([A-Za-z0-9]{1,4})\)\s+of\s+"
    r"(?:(?:sub)?section|paragraph)\s+\(([A-Za-z0-9]{1,4})\)\s+of\s+$"
    r"|\b(?:(?:sub)?section|paragraph|clause)\s+\(([A-Za-z0-9]{1,4})\)\s+of\s+$",
    re.I,
)


def _subsection_before(text: str, cite: Cite) -> Cite:
    """A Code section cite with its subsection named in front of it: 'subsection (c) of section 8335
    of title 5' is 5 U.S.C. 8335(c)."""
    if cite.kind != "usc" or cite.target.count("/") != 2:
        return cite
    m = _SUB_BEFORE.search(text[max(0, cite.start - 60) : cite.start])
    if not m:
        return cite
    subs = [m.group(2), m.group(1)] if m.group(1) else [m.group(3)]
    start = cite.start - (len(text[max(0, cite.start - 60) : cite.start]) - m.start())
    return dataclasses.replace(cite, start=start, target=cite.target + "".join(f"/{x.lower()}" for x in subs))


def _eo_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, id) of every order named: "EO 13768", "E.O. 14,060", "Executive Orders 13835 and 13836",
    "Executive Order 9242-A" (eo/9242-a)."""
    from loaders.references import mentions, number_suffix

    found = set()
    for start, num_start, end, _first in mentions(text):
        number = DIGITS.match(text, num_start)
        if number:
            suffix, end = number_suffix(text, end)
            found.add((start, end, f"eo/{int(number.group(0).replace(',', ''))}{suffix}"))
    return sorted(found)


def _ina(ctx: Context, start: int, end: int, ina_section: str, warnings: list[str]) -> list[Cite]:
    """An INA section becomes its U.S. Code section only through the sourced table."""
    usc = ctx.ina.usc(ina_section)
    if usc is None:
        warnings.append(f"INA § {ina_section} has no sourced U.S. Code equivalent; cited as the INA only")
        return []
    return [Cite(start, end, usc_id(8, usc), "usc", alt_label=f"INA § {ina_section}")]
