"""The targets after a disposition label: 'EO 10329, February 25, 1952; EO 10837, September 14,
1959' or 'Public Land Order 801, February 5, 1952 (17 FR 1357)' -> one `Target` each.

Pure text in, plain data out: what was named (kind, number, name), its date and Federal Register
cite if given, a scope ('in part', 'sec. 3'), and the irregularities met on the way — resolved ones
(read through: 'EP 14041', a missing comma) and reported ones (a date that is no date).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

MONTH_NAMES = [calendar.month_name[i] for i in range(1, 13)]
_MONTH = "|".join(MONTH_NAMES) + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
DATE_RE = re.compile(
    rf"(?P<of>\bof\s+)?\b(?P<month>{_MONTH})(?P<dot>\.)?(?P<mcomma>,)?\s+(?P<day>\d{{1,2}})(?P<comma>\s*[,.])?\s*(?P<year>\d{{4}})(?!\d)"
)
NUMERIC_DATE_RE = re.compile(
    r"(?P<of>\bof\s+)?(?<![\d/])(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])"
)
FR_RE = re.compile(r"\b(?P<volume>\d{1,3})\s+FR\s+(?P<page>\d{1,6})\b")
_DATE_LIKE = re.compile(r"\b([A-Z][a-z]{2,8})\.?(?=\s*\d|\s*$|,)")
_EO = r"(?P<double>EO\s+)?(?P<prefix>EO|E\.\s?O\.|Executive Order|Ex\. Ord\.|EP|E(?=\s\d))\.?\s*(?:No\.\s*)?"
_EO_NUMBER = r"(?P<number>\d{1,2},?\d{3}(?:\s+1/2)?(?:-?[A-Z]\b)?|\d{1,5}(?:\s+1/2)?(?:-?[A-Z]\b)?)"
EO_RE = re.compile(rf"^{_EO}{_EO_NUMBER}")
_NEXT_TARGET = re.compile(r"(?<![A-Za-z])(?:EO|E\.O\.|EP|Executive Order|Proc\.|Proclamation)\s*\d")
_KINDS = [
    ("proclamation", re.compile(r"^(?:Proc\.|Proclamation)\s*(?:No\.\s*)?(?P<number>\d+)?")),
    ("public_land_order", re.compile(r"^(?:Public Land Orders?|PLO)\s*(?:No\.\s*)?(?P<number>\d+)?", re.I)),
    (
        "memorandum",
        re.compile(
            r"^(?:Presidential\s+|National Security\s+)?(?:Memo\.|Memorandum|Memo\b)\s*(?:No\.\s*)?(?P<number>\d+)?",
            re.I,
        ),
    ),
    (
        "statute",
        re.compile(
            r"(?:\bPub\.\s*L\.|\bPublic Law|\bP\.\s?L\.)\s*(?:No\.\s*)?(?P<number>\d+[-–]\d+)?"
            r"|\bU\.\s?S\.\s?C\.|\bStat\.|\bAct\b",
        ),
    ),
]
_SECTION = re.compile(r"^(?:secs?\.|sections?|§+|subsecs?\.|subsections?|parts?|paras?\.|paragraphs?)\s*\S", re.I)


@dataclass
class Target:
    kind: str
    number: str | None
    name: str
    date: dt.date | None = None
    fr: tuple[int, int] | None = None
    scope: str | None = None
    in_part: bool = False
    note: str | None = None  # words after the target and its date: 'effective October 1, 1981'
    resolved: list[str] = field(default_factory=list)  # resolved irregularity kinds
    reported: list[tuple[str, str]] = field(default_factory=list)  # (reported kind, text)


@dataclass
class DateHit:
    """A date found in text: where, whether 'of' came before it, and what it took to read it."""

    start: int
    end: int
    of: bool
    date: dt.date | None
    resolved: list[str]
    reported: list[tuple[str, str]]


def find_date(text: str) -> DateHit | None:
    """The first date in text: 'March 8, 2018' (also 'Mar. 8, 2018', 'March 8 2018', 'March 8. 2018',
    'March, 8, 2018'), or the numeric '3/8/2018' / '3/8/18' of some API notes. A date that is no
    calendar date ('February 30, 1950', 'October 26, 195l' is not found at all) is reported."""
    m = DATE_RE.search(text)
    n = NUMERIC_DATE_RE.search(text)
    if n and (m is None or n.start() < m.start()):
        year = int(n.group("year"))
        year += 0 if year >= 100 else (1900 if year >= 30 else 2000)
        hit = DateHit(n.start("month"), n.end(), bool(n.group("of")), None, ["numeric date"], [])
        try:
            hit.date = dt.date(year, int(n.group("month")), int(n.group("day")))
        except ValueError:
            hit.resolved, hit.reported = [], [("unparseable date", n.group(0).strip())]
        return hit
    if m is None:
        return None
    hit = DateHit(m.start("month"), m.end(), bool(m.group("of")), None, [], [])
    if m.group("mcomma"):
        hit.resolved.append("comma after month")
    if not m.group("comma"):
        hit.resolved.append("missing comma")
    elif "." in m.group("comma"):
        hit.resolved.append("period in date")
    month = next(i for i, name in enumerate(MONTH_NAMES, 1) if name.startswith(m.group("month")))
    try:
        hit.date = dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        hit.resolved, hit.reported = [], [("unparseable date", text[hit.start : hit.end].strip())]
    return hit


def parse_date(text: str) -> tuple[dt.date | None, list[str], list[tuple[str, str]]]:
    """The first date in text: (date or None, resolved kinds, reported (kind, text)); something
    date-like that is no date ('March, 1937', 'July 9') is reported."""
    hit = find_date(text)
    if hit is None:
        loose = date_like(text)
        return None, [], ([("unparseable date", loose)] if loose else [])
    return hit.date, hit.resolved, hit.reported


def date_like(text: str) -> str | None:
    """Something that starts like a month ('Febr', 'August 1966', 'Oct 2') but is no full date."""
    for m in _DATE_LIKE.finditer(text):
        word = m.group(1)
        if any(n.startswith(word) for n in MONTH_NAMES):
            return text[m.start() :].strip(" ,;.")
    return None


def split_items(value: str) -> tuple[list[str], int]:
    """Items between semicolons (outside parentheses), and how many were empty (';;', a leading
    ';'; one trailing ';' is not counted)."""
    items, depth, start = [], 0, 0
    for i, ch in enumerate(value):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" and depth == 0:
            items.append(value[start:i])
            start = i + 1
    items.append(value[start:])
    stripped = [i.strip() for i in items]
    empty = [n for n, i in enumerate(stripped) if not i]
    if empty and empty[-1] == len(stripped) - 1:
        empty.pop()
    return [i for i in stripped if i], len(empty)


def parse_targets(value: str) -> list[Target]:
    """All targets of one label's value: items split at semicolons, then read one by one."""
    items, empty = split_items(value)
    targets: list[Target] = []
    for item in items:
        for n, piece in enumerate(_split_missing_semicolons(item)):
            if targets and _is_bare_date(piece):
                date, resolved, reported = parse_date(piece)
                if targets[-1].date is None:  # 'EO 14180; January 24, 2025'
                    targets[-1].date = date
                    targets[-1].resolved += ["stray semicolon", *resolved]
                    targets[-1].reported += reported
                    continue
                # 'Notices of August 17, 1994; September 18, 1995': another of the same kind
                prev = targets[-1]
                targets.append(
                    Target(
                        prev.kind,
                        None if prev.kind == "executive_order" else prev.number,
                        prev.name,
                        date,
                        resolved=["date list", *resolved],
                        reported=reported,
                    )
                )
                continue
            target = parse_target(piece)
            if n:
                target.resolved.append("missing semicolon")
            targets.append(target)
    if empty and targets:
        targets[0].resolved += ["empty separator"] * empty
    return targets


def _is_bare_date(piece: str) -> bool:
    hit = find_date(piece)
    return hit is not None and not re.sub(r"\bof\b", "", piece[: hit.start] + piece[hit.end :]).strip(" .,")


def _split_missing_semicolons(item: str) -> list[str]:
    """'EO 10134, June 28, 1950, EO 10541, June 30, 1954' or '..., May 21, 2018 and Proc. 8693, ...'
    -> two items: a new target right after a date, with only ',', a parenthesis ('(62 FR 44174)')
    or 'and' between (outside parentheses). 'EO 13470, July 30, 2008, read in conjunction with
    EO 12333' stays one item."""
    cuts = [0]
    for m in _NEXT_TARGET.finditer(item):
        before = item[: m.start()]
        if before.count("(") != before.count(")"):
            continue
        hit = _last_date(item[cuts[-1] : m.start()])
        between = item[cuts[-1] + hit : m.start()] if hit is not None else ""
        if hit is not None and re.fullmatch(r"[\s,]*(?:\([^()]*\)[\s,]*)?(?:and\s*)?", between):
            cuts.append(m.start())
    return [item[a:b].strip(" ,") for a, b in zip(cuts, [*cuts[1:], len(item)], strict=True)]


def _last_date(text: str) -> int | None:
    """Where the last date in text ends, or None."""
    ends = [m.end() for m in DATE_RE.finditer(text)] + [m.end() for m in NUMERIC_DATE_RE.finditer(text)]
    return max(ends) if ends else None


_ORDER_IN_PROSE = re.compile(r"(?<![A-Za-z])(?:EO|E\.O\.|Executive Order)\s*\d")


def parse_target(piece: str) -> Target:
    """One item, with a report when the words kept beside the target name another order
    ('... (which was revoked by EO 11708, March 23, 1973)'): that implied relation is not read."""
    target = _parse_target(piece)
    prose = " ".join(x for x in (target.note, target.name if target.kind != "executive_order" else None) if x)
    if _ORDER_IN_PROSE.search(prose):
        target.reported.append(("order named in prose", prose))
    return target


def _parse_target(piece: str) -> Target:
    """One item: 'EO 13992, January 20, 2021', 'Public Land Order 801, February 5, 1952 (17 FR 1357)',
    'EO 11063, November 20, 1962 (in part)', 'Memorandum, January 17, 1994', 'EP 14041, ...'."""
    text = piece.strip().rstrip(".,").strip()
    text = re.sub(r"^and\s+", "", text)
    resolved: list[str] = []
    scope: list[str] = []
    in_part = False
    fr = None
    for paren in re.findall(r"\(([^()]*)\)", text):  # parentheses: a cite, 'in part', a section
        inner = re.sub(r"\s+", " ", paren.strip())  # '(in       part)': a CSV note wrapped inside the parentheses
        frm = FR_RE.fullmatch(inner)
        if frm:
            fr = (int(frm.group("volume")), int(frm.group("page")))
        elif inner.lower() == "in part":
            in_part = True
        elif _SECTION.match(inner):
            scope.append(inner)
        else:
            continue
        text = text.replace(f"({paren})", " ")
    text = re.sub(r"\s+", " ", text).strip(" ,")
    hit = find_date(text)
    of_date = False
    if hit:
        date, reported = hit.date, list(hit.reported)
        resolved += hit.resolved
        before = text[: hit.start].rstrip()
        if hit.of:
            of_date = True
            before = before[:-2].rstrip() if before.endswith("of") else before
        elif before and not before.endswith(",") and "missing comma" not in resolved:
            resolved.append("missing comma")
        name = (before + " " + text[hit.end :]).strip(" ,")
    else:
        date, reported = None, []
        loose = date_like(text)
        if loose and not EO_RE.match(text):
            reported.append(("unparseable date", loose))
        name = text
    if fr is None:
        frm = FR_RE.search(name)
        if frm:
            fr = (int(frm.group("volume")), int(frm.group("page")))
    name = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", name)).strip(" ,;")
    target = Target(
        kind="other",
        number=None,
        name=name,
        date=date,
        fr=fr,
        in_part=in_part,
        scope="; ".join(scope) or None,
        resolved=resolved,
        reported=reported,
    )
    eo = EO_RE.match(name)
    if eo:
        target.kind, target.number = "executive_order", eo.group("number").replace(",", "")
        if eo.group("prefix") in ("EP", "E"):
            target.resolved.append(f"{eo.group('prefix')} for EO")
        if of_date:
            target.resolved.append("of before date")
        if eo.group("double"):
            target.resolved.append("doubled EO")
        target.name = name[: eo.end()].strip()
        rest = name[eo.end() :].strip(" ,")
        if rest:
            bare = re.sub(r"\([^()]*\)", " ", rest)
            loose = None if find_date(rest) else date_like(bare)
            if loose and not any(k == "unparseable date" for k, _ in target.reported):
                target.reported.append(("unparseable date", loose))
            else:
                target.note = rest
                target.resolved.append("note after target")
        return target
    unnumbered = re.match(r"^(?:EO|E\.O\.|Executive [Oo]rder)\.?(?![\w.])", name)
    if unnumbered and date is not None:  # 'EO of June 10, 1902', 'Executive order of May 25, 1921 (unnumbered series)'
        target.kind = "executive_order"
        rest = name[unnumbered.end() :].strip(" ,")
        if rest:  # '(unnumbered series)' is how the tables name these; anything else is a note
            target.name, target.note = name[: unnumbered.end()], rest
            if rest.lower() != "(unnumbered series)":
                target.resolved.append("note after target")
        return target
    if re.fullmatch(r"(?:EO|E\.O\.|EP|Executive Order)\.?", name):
        target.reported.append(("unparseable target", piece.strip()))
        return target
    for kind, pattern in _KINDS:
        km = pattern.search(name) if kind == "statute" else pattern.match(name)
        if km:
            target.kind = kind
            target.number = km.groupdict().get("number")
            break
    if not name and date is None:
        target.reported.append(("unparseable target", piece.strip()))
    return target
