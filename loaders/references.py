"""References to other orders and to their parts, with the scope the text gives them.

"Section 3 of Executive Order 13773", "Sections 1, 3, 4, 5, and 7 of Executive Order 13961",
"Sections 1 through 5 of ...", "subsection (b) of section 3 of ...", "subsections 2(a) and 2(c)
of ...", "paragraph (2) of subsection (b) of section 3 of ...", "The Annex to Executive Order
13288", or the whole order. Each reference knows whether it stands inside parentheses (the title
of another document: "Executive Order 14044 ... (Amending Executive Order 14007)"), and how it
is joined to the reference before it (a list, or a phrase such as "as amended by").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# 3(a), 1-102(b), 1.3(a); also as typed in older FR copies: "1 (a)", "1(a) (6)", and "l(b)" (a letter l
# read for the digit 1 before a parenthesis; and "Section i is amended", EO 12533, "Section i of Executive Order No.
# 11912", EO 12375: a letter i or l before the verb or the order)
PIN = (r"(?:[A-Z]?\d+[a-z]?|l(?=\s?\()|[il](?=\s+is\s+(?:hereby\s+)?(?:further\s+)?amended\b|\s*$"
       r"|\s+of\s+(?:Executive\s+Order\b|$)))(?:[-.]\d+)?"
       r"(?:\([A-Za-z0-9]{1,5}\)|\s\([A-Za-z0-9]{1,4}\)(?![\w ]*\)))*")
# (and a colon typed for a comma inside a list: "Sections 2, 3: 4, 5, and 6 of EO 11954", EO 12030)
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|(?<=\d):\s(?=\d+,))"
# "1-102" is one section number (EO 12898); "401(3)-(4)" a range of its paragraphs (EO 13603)
_RANGE = r"(?:\s+(?:through|to)\s+|\s*–\s*|\s+-\s+|(?<=\))-(?=\())"
SEC_LIST = rf"{PIN}(?:(?:{_SEP}|{_RANGE})(?:{PIN}|\([A-Za-z0-9]{{1,4}}\)(?!\s*of\s+this)))*"  # "4(c), (d), and (e)"
_PART_OF = (
    r"(?:[Tt]he\s+(?:first|second|third|fourth|fifth|last|final|introductory)\s+(?:sentence|paragraph|clause|proviso|text)"
    r"\s+of\s+)?"
)
# "section 3", "subsection 2(a)", and in older orders "paragraph 8" (their sections were numbered paragraphs)
# the word before a section's number: "section", "subsection", "Sec.", and "paragraph" before a number (older orders
# numbered their sections as paragraphs: "by substituting for paragraphs 1 and 3 thereof")
SECTION_WORD = r"(?:(?:[Ss]ub)?[Ss](?:ections?|ec\.)|[Pp]aragraphs?(?=\s+\d))"
_ITEM = rf"{_PART_OF}{SECTION_WORD}\s+{SEC_LIST}"
# a provision's number in the dashed style of 1977-1981 ("1-101", "5-214", and "1—103" in some FR copies)
DASHED_NUMBER = r"\d{1,2}[-\u2010-\u2015]\d{1,3}"
# An order's number: four or five digits ("9912", "12,810"); an early order's one to three only after "No."
# ("Executive Order No. 589 of March 14, 1907", "No. 395-A"), not an OCR-broken number ("No. 118.61", "No. 97-373")
# ("No. 325A", "No. 11359A": a letter written on, read by number_suffix)
_EARLY = r"(?:(?<=No\.\s)|(?<=No\.)|(?<=No\s)|(?<=NO\.\s))\d{1,3}"
NUMBER = rf"(?:(?:\d{{1,2}},\d{{3}}|\d{{4,5}}|{_EARLY}(?![.'’]\d|-\d))\b|(?:{_EARLY}|\d{{4,5}})(?=[A-Z]\b(?![-\w])))"
_NUMBER = re.compile(NUMBER)
DIGITS = re.compile(r"\d{1,2},\d{3}|\d{1,5}")  # the digits of a number NUMBER found
# "Executive Order 14060", "Executive Order No. 12,810", "Executive Order No 12810", "E.O. 13773", "EO 14148",
# "Executive Order No.12258", "Executive Order NO. 11353", "Executive Order Number 11448"
# (not a Territory's order: "along the land described in Governor's Executive Order No. 1016", EO 9860)
# (and the archive's five typed slips before "No.": "Executive Odder", "Orfer", "Orer", "Exeuctive", "Executiver")
EO_NUMBER = re.compile(
    r"(?<!Governor's )(?<!Governor’s )"
    rf"\b(?:Executive\s+Order|E\.\s?O\.|EO|Exe[a-z]{{5,7}}\s+O[a-z]{{1,3}}r(?=\s+No\.))\s+(?:N[Oo]\.\s*|No\s+|Number\s+)?"
    rf"({NUMBER})"
)
_EO = EO_NUMBER
# ("set aside by the Governor of Hawaii by Executive Order No. 1440 of May 23, 1951", EO 10666: the territory's)
_BY_THE_GOVERNOR = re.compile(r"\bGovernor\s+of\s+[A-Z][\w ]{1,30}?\s+by\s+(?:the\s+said\s+|his\s+)?$")
_GOVERNORS = re.compile(r"\s*,?\s*of\s+the\s+Governor\b")  # ("No. 801 of June 6, 1938, of the Governor of Hawaii")
# "Executive Orders 13835, 13836, and 13837" / "Executive Orders 13199 of January 29, 2001, and 13279 ..." /
# "Executive Order Nos. 10407 of ..., 10672 of ..." / "Executive Orders Numbered 6166, 6224, and 6540"
_EOS = re.compile(
    # ("Order Nos 10421"; "Executive Orders Number 10001 of ...; Number 10008 of ...", EO 11586)
    r"\bExecutive\s+(?:Orders\s+(?:[Nn]os?\.?\s*|[Nn]umbered\s+|Number\s+)?|[Oo]rders?\s+Nos\.?\s*)(?=\d)"
)
# between two numbers of a list (", as amended, No. 11191": the comma before it taken by the tail of the one before)
_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|(?<=,)\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
# (also after a semicolon when the number is introduced again: "Number 10001 of September 17, 1948; Number 10008 of
# October 18, 1948; ...; and constituting", EO 11586)
_NEXT_NUMBER = re.compile(
    rf"(?:{_LIST_SEP}(?:No\.?\s+|Number\s+)?|\s*;\s*(?:and\s+)?(?=(?:No\.?|Number)\s+\d))(?:No\.?\s+|Number\s+)?({NUMBER})")
# the next of a list after one order named in the singular: "Executive Order No. 3862, of June 11, 1923, and No. 4225,
# of May 16, 1925" ("No." said again)
_NEXT_NO = re.compile(rf"{_LIST_SEP}No\.?\s+({NUMBER})")
# a date as orders write it: also "April 30, l999" (a letter l for the digit 1), "August 31,1948" and "January 6 1975"
# (the comma left out), "August 2, 1,990" (a comma in the year)
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE = MONTH + r"\s+\d{1,2}(?:,\s*|\.\s+(?=\d{4}\b)|\s+)(?:\d{4}|l\d{3}|1,\d{3})"  # ("January 22. 1963", EO 11922)
# (not "as amended by", nor "as amended or affected by": another order follows)
_AS_AMENDED = r"as\s+amended(?:\s+and\s+ratified)?(?!\s+(?:or\s+[a-z]+\s+)?by\b)"
_TAIL = re.compile(  # (a stray mark after the number: "Executive Order No. 9912' of December 24, 1947"; a stray
    # letter: "No. 9988 a of August 20, 1948", EO 10809; "No. 10610 a(20 F. R. 3179)", EO 10742)
    rf"(?:(?:\s?['’]|\s[a-z])(?=\s+of\s)|\s[a-z](?=\(\d))?(?:\s*,?\s*{_AS_AMENDED}\s*,?)?(?:\s*,?\s*of\s+{DATE})?(?:\s*,?\s*{_AS_AMENDED}\s*,?)?"
    r"(?:\s*,?\s*\d{1,2}\s+F\.\s?R\.\s+\d[\d,]*)?"  # its Federal Register cite: "of August 20, 1948, 13 F.R. 4863"
    r"(?:\s*,\s*[“\"][^”\"]{1,200}[”\"]\s*,?)?"  # a title in quotation marks: ', “Ethics Commitments ...,”'
    # ', entitled "Regulations ..."' (also as mistyped: 'entitles "Reserving ..."')
    r"(?:\s*,?\s*(?:entitle[ds]|headed|captioned)\s+[“\"][^”\"]{1,300}[”\"]\s*,?)?"

    rf"(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))?"
    rf"(?:\s*,?\s*as\s+(?:amended|renumbered)\b(?!\s+(?:or\s+[a-z]+\s+)?by\b))?"
    rf"(?:\s*,?\s*(?:both\s+|all\s+|each\s+)?dated\s+{DATE}\s*,?)?"  # "EO No. 11244 and EO No. 11245, both dated ..."
    # "Nos. 9857, 9862, and 9864 of May 22, 1947, May 31, 1947, and June 2, 1947, respectively": the dates of the
    # orders listed before (after the last number)
    # (after "dated June 10, 1933," whose comma the date took: " July 27, 1933, and December 28, 1933, respectively")
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|(?<=,)\s+){DATE})*(?:\s*,?\s*respectively\b\s*,?)?"
    rf"(?:\s*,?\s*{_AS_AMENDED}\s*,?)?"  # "No. 11157, June 22, 1964, as amended, is amended"
)
# "subsection (b) of section 3", "subsections (a) and (c) of section 2": the subsections (group 1) of a section (2);
# marks side by side are one place within another ("Subsection (a) (1) (iv) of section 8", EO 10548: 8(a)(1)(iv))
SUB_OF_SECTION = (
    rf"\b(?:[Ss]ub(?:section|paragraph)s?|[Pp]aragraphs?)\s+((?:\([A-Za-z0-9]{{1,5}}\)(?:[ \t]?\([A-Za-z0-9]{{1,5}}\))*"
    rf"(?:{_SEP})?)+)\s+of\s+(?:redesignated\s+)?(?:[Ss]ub)?[Ss]ection\s+({PIN})"
)
_SEP_RE = re.compile(_SEP)


def sub_paths(marks: str) -> list[list[str]]:
    """'(a) and (c)' -> [['a'], ['c']]; '(a) (1) (iv)' -> [['a', '1', 'iv']] (SUB_OF_SECTION's group 1); a lone mark
    of the kind that ended a nested one is its sibling: '(a)(ii) and (iii)' -> [['a', 'ii'], ['a', 'iii']] (EO 13974),
    but '(b)(2) and (c)' -> [['b', '2'], ['c']]."""
    paths: list[list[str]] = []
    for piece in _SEP_RE.split(marks):
        found = re.findall(r"\(([A-Za-z0-9]+)\)", piece)
        if not found:
            continue
        prev = paths[-1] if paths else []
        if (len(found) == 1 and len(prev) > 1 and _mark_kind(found[0]) == _mark_kind(prev[-1])
                and _mark_kind(prev[0]) != _mark_kind(prev[-1])):
            found = [*prev[:-1], found[0]]
        paths.append(found)
    return paths


def _mark_kind(mark: str) -> str:
    """A list mark's numbering: 'digit', 'roman' (i, ii, iv, ...), 'upper' or 'lower'."""
    if mark.isdigit():
        return "digit"
    if re.fullmatch(r"[ivx]+", mark):
        return "roman"
    return "upper" if mark.isupper() else "lower"


_SCOPES = [
    # paragraph (2) of subsection (b) of section 3 of; subparagraph (5) of paragraph (a) of section 8 of
    ("para", re.compile(
        rf"\b(?:[Ss]ub)?[Pp]aragraphs?\s+\(([A-Za-z0-9]{{1,5}})\)\s+of\s+(?:[Ss]ubsection|[Pp]aragraph)\s+\(([A-Za-z0-9]{{1,5}})\)\s+of\s+"
        rf"[Ss]ection\s+({PIN})\s*,?\s+of\s+(?:the\s+)?(?:said\s+)?$")),
    # subsection (b) of section 3 of / subsections (a) and (c) of section 2 of
    ("sub", re.compile(SUB_OF_SECTION + r"\s*,?\s+of\s+(?:the\s+)?(?:said\s+)?$")),
    # "paragraph (5) of Executive Order Number 6160": an older order's numbered paragraph, its top division
    # "paragraphs numbered 1 and 2 of Executive Order No. 10179" (EO 10429): an older order's numbered paragraphs
    ("numbered", re.compile(
        r"\b[Pp]aragraphs?\s+numbered\s+(\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,3})*)\s*,?\s+of\s+"
        r"(?:the\s+)?(?:said\s+)?$")),
    # "Rule 46 of Executive Order No. 4314 ... is hereby amended" (EO 9563): an order of numbered rules, its divisions
    ("numbered", re.compile(r"\b[Rr]ules?\s+(\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d{1,3})*)\s*,?\s+of\s+"
                            r"(?:the\s+)?(?:said\s+)?$")),
    ("toppara", re.compile(
        rf"\b[Pp]aragraphs?\s+((?:\(\d{{1,3}}\)(?:{_SEP})?)+)\s*,?\s+of\s+(?:the\s+)?(?:said\s+)?$")),
    # sections 1, 3, and 5 of / Sections 1 through 5 of / subsections 2(a) and 2(c) of / section 1-102(b) of
    # ... and with parts of sections between: "Sections 2(b) and 3(a), the first sentence of section 3(c),
    # and sections 3 (e), 3(f), and 6 of" (the part's section is the scope)
    # ("Section 1-201(a)(3)of Executive Order No 12163": the space before "of" lost; "Section 401, Part IV, of
    # Executive Order No 11157": the Part that holds the section, whose number alone names it)
    ("list", re.compile(rf"\b((?:{_ITEM}){_SEP})*?(?:{_ITEM})(?:,\s+Part\s+(?:[IVXLC]+|\d+)\s*,)?"
                        rf"(?:\s*,?\s+|(?<=\)))of\s+(?:the\s+)?(?:said\s+)?$")),
    # "Paragraphs 3, 4, 5, and 6 of Part I of Executive Order No. 10422": an order divided into Parts of numbered
    # paragraphs (its Parts are its top divisions, as "Part 9" of an order amended part by part)
    ("partpara", re.compile(
        r"\b[Pp]aragraphs?\s+(\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+through\s+)\d+)*)\s+of\s+Part\s+([IVXLC]+|\d+)"
        r"\s*,?\s+of\s+(?:the\s+)?(?:said\s+)?$")),
    # "Section II of Executive Order 9386": older orders numbered their sections in roman (the id's is arabic)
    ("roman", re.compile(r"\b[Ss]ection\s+([IVX]{1,5})\s*,?\s+of\s+(?:the\s+)?(?:said\s+)?$")),
    ("annex", re.compile(r"\b(?:[Tt]he\s+)?Annex\s+(?:to|of)\s+(?:the\s+)?$")),
    # "any applicable provisions of Executive Order 11348": some provisions, unnumbered (in part)
    ("annex", re.compile(r"\b(?:[Aa]ny|[Ss]uch|[Tt]he)\s+(?:applicable|relevant|inconsistent|conflicting)\s+provisions"
                         r"\s+of\s+(?:the\s+)?$")),
    # "Part II of Executive Order No 10530": a part of an order that has no section node
    ("annex", re.compile(
        r"\b(?:[Tt]he\s+)?Parts?\s+(?:[IVXLC]+|\d+)(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[IVXLC]+|\d+))*"
        r"\s+of\s+(?:the\s+)?(?:said\s+)?$")),  # "Parts I, III, IV, and V of"
    # "So much of Executive Order No. 11184 ... as added paragraph (g) to ...": the part the clause describes
    ("annex", re.compile(r"\b[Ss]o\s+much\s+of\s+(?:the\s+)?$")),
    ("preamble", re.compile(r"\b(?:[Tt]he\s+)?[Pp]reamble\s+(?:to|of)\s+(?:the\s+)?$")),
]


@dataclass
class Ref:
    start: int  # where the reference begins (its scope, or "Executive Order")
    eo_start: int
    end: int  # end of "Executive Order N"
    tail_end: int  # after its date, title and "as amended"
    number: int
    paths: list[list[str]] = field(default_factory=list)  # [] = the whole order
    annex: bool = False
    in_parens: bool = False
    renumbered: bool = False  # "Section 1 of Executive Order 13961, as renumbered"
    suffix: str = ""  # "-a" for "Executive Order 9242-A"

    @property
    def id(self) -> str:
        return f"eo/{self.number}{self.suffix}"

    def targets(self) -> list[str]:
        base = self.id
        if not self.paths:
            return [base]
        return [base + "/sec/" + "/".join(p.lower() for p in path) for path in self.paths]


def pin_path(pin: str) -> list[str]:
    """'2(a)(i)' -> ['2', 'a', 'i']; '1-102(b)' -> ['1-102', 'b']."""
    m = re.match(r"([A-Z]?\d+[a-z]?|[il])([-.]\d+)?", pin)
    assert m is not None
    head = ("1" if m.group(1) in ("l", "i") else m.group(1)) + (m.group(2) or "")
    return [head, *re.findall(r"\(([A-Za-z0-9]+)\)", pin[m.end() :])]


def expand_list(text: str) -> list[list[str]]:
    """'1, 3, 4, 5, and 7' / '1 through 5' / '2(a) and 2(c)' -> paths (ranges of whole sections only)."""
    tokens = re.split(rf"({_SEP}|{_RANGE})", text)
    paths: list[list[str]] = []
    pending_range = False
    for tok in tokens:
        if not tok or not tok.strip(" ,:"):  # (":" a list's comma typed as a colon)
            if tok and re.fullmatch(_RANGE, tok):
                pending_range = True
            continue
        if re.fullmatch(_SEP, tok):
            continue
        if re.fullmatch(_RANGE, tok) or tok == "-":  # (the hyphen's lookarounds see no neighbours here)
            pending_range = True
            continue
        if re.fullmatch(r"\([A-Za-z0-9]+\)", tok.strip()) and paths:  # "(d)" after "4(c)": 4(d)
            last, this = paths[-1][-1], tok.strip()[1:-1]
            if pending_range and len(paths[-1]) > 1 and (  # "401(3)-(6)": 401(3), (4), (5) and (6)
                    last.isdigit() and this.isdigit() and int(last) < int(this) <= int(last) + 26
                    or re.fullmatch(r"[a-z]", last) and re.fullmatch(r"[a-z]", this) and last < this):
                step = (range(int(last) + 1, int(this) + 1) if last.isdigit()
                        else [chr(c) for c in range(ord(last) + 1, ord(this) + 1)])
                paths.extend([*paths[-1][:-1], str(n)] for n in step)
            else:
                paths.append([*paths[-1][:-1], this])
            pending_range = False
            continue
        path = pin_path(tok.strip())
        if pending_range and paths and paths[-1][0].isdigit() and path[0].isdigit() and len(paths[-1]) == 1:
            lo, hi = int(paths[-1][0]), int(path[0])
            if lo < hi <= lo + 60:
                paths.extend([str(n)] for n in range(lo + 1, hi + 1))
                pending_range = False
                continue
        pending_range = False
        paths.append(path)
    return paths


def _paren_depth(text: str, pos: int) -> int:
    depth = 0
    for ch in text[:pos]:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth


_SUFFIX = re.compile(  # ("9242-A", "7975 -A", "10695—A"; "325A", an early order's number)
    r"(?:[ \t]?[-–—][ \t]?|(?<=\d))([A-Z])\b(?![-\w])")


def number_suffix(text: str, end: int) -> tuple[str, int]:
    """('-a', end past it) for the lettered orders of 1936-1945 ("Executive Order 9242-A", "No. 7975 -A"),
    else ('', end)."""
    m = _SUFFIX.match(text, end)
    return (f"-{m.group(1).lower()}", m.end()) if m else ("", end)


def _closed_after(text: str, pos: int) -> bool:
    """Does a parenthesis open before pos close after it? (Not where a typo left one open: "(53 Stat. 29;
    26 U.S.C. 55(a), section 257(a) of ..., Executive Order No. 7165 ... is hereby revoked.")"""
    depth = 0
    for ch in text[pos:]:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return True
            depth -= 1
    return False


def mentions(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, number start, end, first of a plural list) of each order number named in text."""
    found = []
    for m in _EO.finditer(text):
        tail = _tail(text, m.end())
        if (_GOVERNORS.match(text, tail.end()) or _BY_THE_GOVERNOR.search(text, max(0, m.start() - 80), m.start())
                or _misdated(m.group(1), tail.group(0))):
            continue  # ("No. 801 of June 6, 1938, of the Governor of Hawaii", "No. 978 of September 19, 1946": not his)
        found.append((m.start(), m.start(1), m.end(), True))
        found += _listed_after(text, tail.end(), _NEXT_NO)
    for m in _EOS.finditer(text):
        first = _NUMBER.match(text, m.end())
        if not first:
            continue
        found.append((m.start(), m.end(), first.end(), True))
        found += _listed_after(text, _tail(text, first.end()).end(), _NEXT_NUMBER)
    return sorted(set(found))


def _tail(text: str, end: int) -> re.Match[str]:
    """What follows a number that ends at `end`: its suffix, then its date, title, "as amended" (possibly nothing)."""
    tail = _TAIL.match(text, number_suffix(text, end)[1])
    assert tail is not None  # (every part of _TAIL is optional)
    return tail


def _misdated(number: str, tail: str) -> bool:
    """An early order's number (under 1000, before 1913) dated later: a Territory's order ("Executive Order No. 422 of
    July 23, 1930", a Governor's) or a number the copy broke ("Executive Order No. 978 of September 19, 1946")."""
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", tail)
    return len(number) <= 3 and year is not None and int(year.group(1)) > 1912


def _listed_after(text: str, at: int, following: re.Pattern[str]) -> list[tuple[int, int, int, bool]]:
    """The numbers listed from `at` (past the tail of the one before), each read past its own tail."""
    out = []
    while nxt := following.match(text, at):
        tail = _tail(text, nxt.end())
        if not _misdated(nxt.group(1), tail.group(0)):
            out.append((nxt.start(1), nxt.start(1), nxt.end(), False))
        at = tail.end()
    return out


def find_refs(text: str, own: int | None = None) -> list[Ref]:
    """Every reference to another order in text, with its scope (offsets into text)."""
    refs: list[Ref] = []
    for start, num_start, end, first in mentions(text):
        digits = DIGITS.match(text, num_start)
        assert digits is not None
        number = int(digits.group(0).replace(",", ""))
        if number == own:
            continue
        suffix, end = number_suffix(text, end)
        before = text[max(0, start - 300) : start]
        offset = start - len(before)
        ref = Ref(start, start, end, end, number, suffix=suffix)
        for kind, pattern in _SCOPES if first else ():
            s = pattern.search(before)
            if not s:
                continue
            ref.start = offset + s.start()
            if kind == "para":
                ref.paths = [[*pin_path(s.group(3)), s.group(2), s.group(1)]]
            elif kind == "sub":
                section = pin_path(s.group(2))
                ref.paths = [[*section, *sub] for sub in sub_paths(s.group(1))]
            elif kind == "list":
                named = re.finditer(rf"(?:[Ss](?:ections?|ec\.)|[Pp]aragraphs?)\s+({SEC_LIST})", s.group(0))
                ref.paths = [p for m in named for p in expand_list(m.group(1))]
            elif kind == "numbered":
                ref.paths = [[n] for n in re.findall(r"\d+", s.group(1))]
            elif kind == "toppara":
                ref.paths = [[n] for n in re.findall(r"\((\d+)\)", s.group(1))]
            elif kind == "partpara":
                ref.paths = [[part_number(s.group(2)), *p] for p in expand_list(s.group(1))]
            elif kind == "roman":
                ref.paths = [[str(roman_value(s.group(1)))]]
            elif kind == "preamble":  # "The preamble to Executive Order 13467 is revised"
                ref.paths = [["preamble"]]
            else:
                ref.annex = True
            break
        tail = _TAIL.match(text, end)
        ref.tail_end = tail.end() if tail else end
        ref.renumbered = bool(tail and re.search(r"as\s+renumbered", tail.group(0)))
        ref.in_parens = _paren_depth(text, ref.start) > 0 and _closed_after(text, ref.start)
        refs.append(ref)
    return refs


def part_number(token: str) -> str:
    """A Part's or section's number as an id segment: "4" -> "4", "14A" -> "14a", "IV" -> "4"."""
    return token.lower() if token[:1].isdigit() else str(roman_value(token))


def roman_value(numeral: str) -> int:
    """II -> 2, XIV -> 14 (uppercase numerals of Articles and older orders' sections)."""
    values = {"I": 1, "V": 5, "X": 10}
    return sum(-values[c] if i + 1 < len(numeral) and values[numeral[i + 1]] > values[c] else values[c]
               for i, c in enumerate(numeral))


def joined(text: str, prev: Ref, ref: Ref) -> bool:
    """Is ref listed with prev ("A, B, and C"), rather than introduced by a phrase ("as amended by B")?"""
    between = text[prev.tail_end : ref.start]
    return bool(LIST_GAP.fullmatch(between))


# ", and", ", No. 9988": between the items of one list (also lettered or numbered: "..., and (2) Executive Order"; and
# "EO No.10479 of ... together with Executive Orders Nos. 10482 ...")
LIST_GAP = re.compile(
    r"\s*(?:[,;]\s*)?(?:(?:and|or|together\s+with)\s+)?(?:,\s*)?(?:\((?:\d{1,2}|[a-z])\)\s*)?(?:Nos?\.\s*|Number\s+)?")
