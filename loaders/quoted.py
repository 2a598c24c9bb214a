"""Text an order quotes as the new wording of another order: not this order's structure or edges.

"Section 3(b) of Executive Order 12866 is hereby amended to read as follows: “(b) ...”" and
"... are replaced with new sections 1 through 7 as follows: “Sec. 1. ...”" quote the amended
order. The quoted words are that order's text: their section and paragraph markers are not
sections of the quoting order, and the offices, Acts, Code sections and orders they name make no
edges of it (tests/gold/README.md). Short quoted words in an amendment ("by striking “and”",
"inserting “Secretary of Energy”") are the amended order's words too.

A block quotation opens with a quotation mark right after a colon. It closes at the closing mark
that balances it, or, where each quoted paragraph opens with its own mark (the Federal Register's
style), at the first closing mark that ends a paragraph and is followed by a paragraph or section
of the quoting order (or the end of its text). Copies lose and mistype marks: an opening mark that
ends a line after a word closes, and a quotation still open when the quoting order's own next
"Executive Order N ... is amended to read as follows:" opens another ends before it.
"""

from __future__ import annotations

import re

from loaders.references import DASHED_NUMBER

OPEN = "“"
CLOSE = "”"
_BLOCK_START = re.compile(r":[ \t]*\n?[ \t\n]*(?:“|\"|``)")
_NEXT_OUTER = re.compile(
    r"[ \t]*(?:\n|$)(?:[ \t]*\n)*[ \t]*(?:\(\w{1,5}\)|(?:Sec\.|Section|SEC\.|SECTION)\s+\d|$|[A-Z]"
    r"|\d{1,2}[-\u2010-\u2015]\d{1,3}\.\s|\d{1,2}\.\s)"  # "1-102. ..." (1977-1981), "2. ..." (older orders)
)
_AMENDING_WORD = re.compile(
    r"\b(?:strik(?:e|ing)|insert(?:ing)?|substitut(?:e|ing)|add(?:ing)?|replac(?:e|ing)|read(?:s)?|words?|phrases?"
    r"|delet(?:e|ing)|references?|citations?)\b[^“”\n]{0,40}$",
    re.I,
)
# the same words before straight quotation marks ('In paragraph (1), delete "The members ... (Executive Order No.
# 11460 ...)."', older copies): the quoted words are the amended order's, the next straight mark closes them
_AMENDING_WORD_STRAIGHT = re.compile(
    r"\b(?:strik(?:e|ing)(?:\s+out)?|insert(?:ing)?|substitut(?:e|ing)(?:\s+therefor)?|delet(?:e|ing)|add(?:ing)?"
    # ('the statutory reference "89 Stat. 419, 28 U.S.C. 461" in the first clause ... is amended to read', EO 12200)
    # ('Adding the words "(44 U.S.C. 1505(b))," following the words "section 5(b) of the act,"', EO 12608)
    r"|replac(?:e|ing)|(?<=the\s)(?:statutory\s+)?(?:references?|citations?)|(?:following|preceding|after|before)(?=\s+the\s+words?))"
    r"(?:\s+the\s+(?:words?|phrases?|sentence))?(?:\s+(?:in\s+lieu\s+thereof|therefor))?\s*:?\s*$",
    re.I,
)

# an amending sentence of the quoting order on its own line, then a quotation opening on the next: no quoted text
_NEXT_INSTRUCTION = re.compile(
    r"(?m)^[ \t]*[^“”\"\n]*?\b(?:Executive\s+Order|E\.O\.)\s+\d[^“”\"\n]*?\b(?:amended|revised)"
    r"\s+to\s+read\s+as\s+follows\s*:[ \t]*\n[ \t\n]*“"
)
# a line that opens with an item's letter and amends, revokes or supersedes a part of an order by number
_NEXT_ITEM_AMENDS = re.compile(
    r"(?m)^[ \t]*\([a-z]{1,3}\)[ \t]+(?:[Ss]ub)?(?:[Ss]ections?|[Pp]aragraphs?)\s[^“”\"\n]{0,80}?\bof\s+"
    r"(?:Executive\s+Order|E\.O\.)\s+(?:No\.?\s*)?\d[^“”\"\n]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?(?:further\s+)?"
    r"(?:amended|revised|revoked|superseded)\b"
)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_STOPS = re.compile(r"[.;,]*")
_STOP_TO_LINE_END = re.compile(r"\.[ \t]*(?:\n|$)")  # (a mark that only a stop follows closes: 'concerned: ".')
_STRAIGHT_CLOSER = re.compile(r'(?<=[^\s"])"(?=[\s.,;:)]|$)')
_CURLY_WORDS = re.compile(r"“[^“”\n]{0,400}?”")
_STRAIGHT_WORDS = re.compile(r'"[^"“”\n]{1,400}?"')


def quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[(start, end)] of quoted amendatory text between start and end (offsets into text)."""
    regions: list[tuple[int, int]] = []
    pos = start
    while True:
        m = _BLOCK_START.search(text, pos, end)
        if not m:
            break
        q = m.end() - 1 if text[m.end() - 1] != "`" else m.end() - 2
        close = _block_end(text, q, end)
        if close >= end:  # never closed (a typo, or marks that open each line only): to this order's next section
            close = _next_section(text, q, end)
        if item := _NEXT_ITEM_AMENDS.search(text, q, close):
            # a closing mark lost before this order's next lettered item, itself an amending sentence ("(a) Section
            # 1(a) of EO 11423 ... is amended to read as follows: “Except ..." never closed, then "(b) Section 1(b) of
            # EO 11423, as amended, is amended by deleting ...", EO 13337): the item is this order's
            close = item.start()
        regions.append((q, close))
        pos = close
    for m in _UNQUOTED_START.finditer(text, start, end):
        if any(a <= m.end() < b for a, b in regions):
            continue
        close = _unquoted_end(text, m, end)
        if close > m.end():
            regions.append((m.end(), close))
    # short quoted words after an amending word: in curly marks, or in straight ones right after the word
    for quoted, amending in ((_CURLY_WORDS, _AMENDING_WORD), (_STRAIGHT_WORDS, _AMENDING_WORD_STRAIGHT)):
        for m in quoted.finditer(text, start, end):
            if not any(a <= m.start() < b for a, b in regions) and amending.search(
                    text[max(start, m.start() - 60) : m.start()]):
                regions.append((m.start(), m.end()))
    return sorted(regions)


# "(a) 5 CFR 6.2 is amended to read:\nOPM shall list ..." - new wording set out without quotation marks
# (and "by inserting after section 5 the following new section 6:", "a new section 111, reading as follows:", EO 10915)
# (the last only where the next line is that section's own marker: "the following new subsection 3(c):\n(c) ..." under
# an item "(c) Adding" is read as the amending order's item, EO 13385)
_UNQUOTED_START = re.compile(
    r"\b(?:(?:to\s+read|read(?:ing)?\s+as\s+follows)\s*:[ \t]*\n(?=\s*[^\s“\"`])"
    r"|the\s+following\s+new\s+section\s+(\d+[A-Za-z]?)\s*:[ \t]*\n"
    r"(?=[ \t]*(?:SEC\.|Sec\.|SECTION|Section)[ \t]+\1\b))")


def _unquoted_end(text: str, m: re.Match, end: int) -> int:
    """Unquoted new wording runs to the quoting order's next item or section."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    # (an item "(b)", or an older order's numbered section "1. Subsection 101(a) of EO 10182 ... is amended to read as
    # follows:\nSECTION 101. (a) ..." that runs to its "2.", EO 10205)
    item = re.match(r"[ \t]*(?:\(([a-z]|\d{1,2})\)|(\d{1,2})\.[ \t])", text[line_start : m.start()])
    # (or its next Part: "PART II - CIVIL SERVICE RULES\nThe Civil Service Rules are hereby amended to read as
    # follows:\n..." then "PART III\nThe following Executive orders are hereby revoked:", EO 9830)
    stops = [r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?(?:Section|Sec\.)[ \t]+\d+", r"(?m)^[ \t]*PART[ \t]+[IVXLC]+\b"]
    if item and item.group(1):
        token = item.group(1)
        nxt = str(int(token) + 1) if token.isdigit() else chr(ord(token) + 1)
        stops.append(rf"(?m)^[ \t]*\({nxt}\)\s")
    elif item:
        stops.append(rf"(?m)^[ \t]*{int(item.group(2)) + 1}\.[ \t]+(?=[A-Z])")
    # (an order in dashed sections: "1-201 (a). ... is amended to read:\n.... (7) The contractor ..." runs to its
    # "1-202.", EO 12086)
    # (a provision "1-201", not a heading over provisions "1-2.")
    dashed = [d for d in _DASHED_LINE.finditer(text, 0, m.start()) if len(re.findall(r"\d+", d.group(1))[1]) == 3]
    if dashed:
        part, number = (int(n) for n in re.findall(r"\d+", dashed[-1].group(1)))
        stops.append(rf"(?m)^[ \t]*(?:{part}-{number + 1:03d}|{part + 1}-{(number // 100 + 1) * 100 + 1:03d})\b")
    found = [s.start() for p in stops if (s := re.compile(p).search(text, m.end(), end))]
    # (and the quoting order's next section, "SEC. 5." in capitals too, not a capital "SECTION 303." of the new wording)
    return min([*found, _next_section(text, m.start(), end)])


_DASHED_LINE = re.compile(
    rf"(?m)^[ \t]*(?:#{{1,6}}[ \t]+)?(?:(?:Section|Sec\.|SECTION|SEC\.)[ \t]+)?({DASHED_NUMBER})\b")


# (a section's marker, not a sentence that opens with a reference: "Section 2 of Executive Order 13112 is amended")
_SECTION_LINE = re.compile(
    r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:Section|Sec\.|SECTION|SEC\.)[ \t]+(\d+)\b(?![ \t]+of\b)")


def _next_section(text: str, q: int, end: int) -> int:
    """Where the quoting order's next section begins ("SEC. 3." after a quotation opened in "SEC. 2."), or end."""
    current = list(_SECTION_LINE.finditer(text, 0, q))
    if not current:
        return end
    following = str(int(current[-1].group(1)) + 1)
    nxt = next((m for m in _SECTION_LINE.finditer(text, q, end) if m.group(1) == following), None)
    return nxt.start() if nxt else end


def _block_end(text: str, q: int, end: int) -> int:
    if text[q] == '"':
        return _straight_end(text, q, end)
    straight = text[q] == "`"
    depth = 0
    i = q
    while i < end:
        ch = text[i]
        if straight:
            # a ``-opened quotation (the converter's opening mark) may close with '', " or ”
            if (ch == '"' or ch == CLOSE) and i > q and _ends_paragraph(text, i + 1, end):
                return i + 1
            if text.startswith("''", i) and _ends_paragraph(text, i + 2, end):
                return i + 2
        elif ch == OPEN and i > q and not text[i - 1].isspace() and _LINE_END.match(text, i + 1, end):
            # an opening mark typed for the closing one, ending a line ("... the Alternate FEMA Operations Center.“"
            # then "Section 4.", EO 13480): it closes
            depth -= 1
            if depth <= 0 or _ends_paragraph(text, i + 1, end):
                return i + 1
        elif ch == OPEN:
            if i > q and (before := _NEXT_INSTRUCTION.search(text, max(q + 1, i - 400), i + 1)):
                # a closing mark lost: the next line that is this order's own amending sentence, with a new quotation
                # after it ("Section 2 of EO 13112 is amended to read as follows: “Sec. 2. ..." never closed, then
                # "Section 3 of EO 13112 is amended to read as follows:\n“Sec. 3. ...”", EO 13751), ends it
                return _next_section(text, q, before.start())  # (or at this order's next section before it)
            depth += 1
        elif ch == CLOSE:
            depth -= 1
            if depth <= 0 or _ends_paragraph(text, i + 1, end):
                return i + 1
        i += 1
    return end


def _straight_end(text: str, q: int, end: int) -> int:
    """Where a quotation opened with a straight mark at q ends: straight marks are paired by where they stand (an
    opening one after a space or at a line's start, a closing one after a word or a stop), except that a mark
    opening a line continues the quotation (each quoted paragraph opens with one; only the last closes). So
    '"Certified to be a true copy of the original".' and '"... is abolished." and' end at their marks, and a quoted
    term inside new wording ('"(a) The term "agency" means ..."') does not end it. Never closed: at the first mark
    that closes a word ('"The Board is abolished ..." and\nWhereas'), else end. Never past the quoting order's next
    section ('"(p) Office of X, "(q) Y.".': two quoted items run onto one line, so the first never closes)."""
    depth = 1
    for m in re.finditer('"', text[q + 1 : end]):
        i = q + 1 + m.start()
        before = text[i - 1]
        # (a mark after a space that only a stop follows to the line's end closes: '... be vested in the Secretary
        # concerned: ".', EO 11733; an opening mark is never followed by a stop)
        if (before.isspace() or before in "([") and not _STOP_TO_LINE_END.match(text, i + 1):
            if text[text.rfind("\n", 0, i) + 1 : i].strip():
                depth += 1  # (a line's first mark continues the quotation)
        else:
            depth -= 1
            if depth == 0 or _line_after_is_outer(text, i + 1, end):
                return min(i + 1, _next_section(text, q, end))
    closer = _STRAIGHT_CLOSER.search(text, q + 1, end)
    return closer.end() if closer else end


def _line_after_is_outer(text: str, i: int, end: int) -> bool:
    """A closing mark ends its line and the next line opens with no mark: the quotation is over, however its marks
    paired ('"SEC. 107. The words "the delegate ..." ... persons."' then '(6) By amending Section 401 ...')."""
    m = re.match(r"[.;,]*[ \t]*\n(?:[ \t]*\n)*[ \t]*(\S)", text[i:end])
    return bool(m) and m.group(1) not in "\"“`"


def _ends_paragraph(text: str, i: int, end: int) -> bool:
    """After a closing mark: optional punctuation, then the end of a line and an outer item."""
    # (matched in place, not on a copy of the rest of the text: a quotation may hold many marks)
    j = _STOPS.match(text, i, end).end()  # type: ignore[union-attr]
    return bool(_NEXT_OUTER.match(text, j, end))
