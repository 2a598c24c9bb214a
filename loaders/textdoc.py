"""Cleaning source text without losing where things were: deletions only, with an offset map.

Layout noise (star pagination, running headers, link markers) is deleted, never rewritten, so
every character of the cleaned text maps back to its offset in the file; evidence spans are
reported in file offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Sec|No|Nos|seq|Stat|Pres|Exec|Inc|Co|Mr|Ms|Dr|Jr|St|Vol|art|e\.g|i\.e|U\.S\.C)\s?\.)$"
)


class Cleaner:
    def __init__(self, text: str) -> None:
        self.original = text
        self._keep = bytearray(b"\x01") * len(text)

    def delete(self, start: int, end: int) -> None:
        self._keep[start:end] = b"\x00" * (end - start)

    def finish(self) -> TextDoc:
        omap = [i for i, k in enumerate(self._keep) if k]
        return TextDoc(self.original, "".join(self.original[i] for i in omap), omap)


@dataclass
class TextDoc:
    original: str
    text: str
    omap: list[int]
    pages: list[tuple[int, int]] = field(default_factory=list)  # (cleaned offset, FR page)

    def orig(self, pos: int) -> int:
        """Cleaned offset -> file offset (an end offset maps past the last kept character)."""
        if pos <= 0:
            return self.omap[0] if self.omap else 0
        if pos >= len(self.omap):
            return len(self.original)
        return self.omap[pos]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.orig(start), (self.omap[end - 1] + 1 if 0 < end <= len(self.omap) else self.orig(end))

    def cleaned_pos(self, original_pos: int) -> int:
        return bisect.bisect_left(self.omap, original_pos)

    def page_at(self, pos: int) -> int | None:
        page = None
        for at, number in self.pages:
            if at <= pos:
                page = number
        return page


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans in text (offsets + start); abbreviations like 'U.S.' and 'Sec.' do not end one."""
    spans, begin = [], 0
    for m in re.finditer(r"[.!?](?=[\"”’)]?\s+[\"“(]?[A-Z(])", text):
        if _ABBREV.search(text[begin : m.end()]):
            continue
        end = m.end()
        while end < len(text) and text[end] in '"”’)':
            end += 1
        if text[begin:end].strip():
            spans.append((begin, end))
        begin = end
    if text[begin:].strip():
        spans.append((begin, len(text.rstrip())))
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        result.append((s + start, e + start))
    return result
