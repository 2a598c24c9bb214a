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
    r"(?:\b(?:[A-Z]\.)+|\b(?:Sec|No|Nos|seq|Stat|Pres|Exec|Fed|Inc|Co|Mr|Ms|Dr|Jr|St|Vol|art|App|Supp|Cum|e\.g|i\.e|U\.S\.C)\s?\."
    r"|\n[ \t]*\d{1,3}\.)$"  # "\n2. Executive Order No. 10011 ...": the number of an item, not a full stop
)


_ABBREV_WINDOW = 40


class Cleaner:
    def __init__(self, text: str) -> None:
        self.original = text
        self._keep = bytearray(b"\x01") * len(text)

    def delete(self, start: int, end: int) -> None:
        self._keep[start:end] = b"\x00" * (end - start)

    def finish(self) -> TextDoc:
        runs = [(m.start(), m.end()) for m in re.finditer(rb"\x01+", self._keep)]
        return TextDoc.from_runs(self.original, runs)


@dataclass
class TextDoc:
    """Cleaned text and its map back to the file: the kept runs, (cleaned start, file start).

    One pair per run of kept characters rather than one offset per character keeps memory a
    small multiple of the file, and every lookup is a binary search.
    """

    original: str
    text: str
    clean_starts: list[int]
    orig_starts: list[int]
    pages: list[tuple[int, int]] = field(default_factory=list)  # (cleaned offset, FR page), in order

    @classmethod
    def from_runs(cls, original: str, runs: list[tuple[int, int]]) -> TextDoc:
        clean_starts, orig_starts, parts, at = [], [], [], 0
        for start, end in runs:
            clean_starts.append(at)
            orig_starts.append(start)
            parts.append(original[start:end])
            at += end - start
        return cls(original, "".join(parts), clean_starts, orig_starts)

    @classmethod
    def plain(cls, text: str) -> TextDoc:
        return cls.from_runs(text, [(0, len(text))] if text else [])

    def orig(self, pos: int) -> int:
        """Cleaned offset -> file offset (an end offset maps past the last kept character)."""
        if not self.clean_starts:
            return 0
        if pos <= 0:
            return self.orig_starts[0]
        if pos >= len(self.text):
            return len(self.original)
        run = bisect.bisect_right(self.clean_starts, pos) - 1
        return self.orig_starts[run] + pos - self.clean_starts[run]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.orig(start), (self.orig(end - 1) + 1 if 0 < end <= len(self.text) else self.orig(end))

    def cleaned_pos(self, original_pos: int) -> int:
        """File offset -> offset of the first kept character at or after it."""
        run = bisect.bisect_right(self.orig_starts, original_pos) - 1
        if run < 0:
            return 0
        end = self.clean_starts[run + 1] if run + 1 < len(self.clean_starts) else len(self.text)
        length = end - self.clean_starts[run]
        offset = original_pos - self.orig_starts[run]
        return self.clean_starts[run] + offset if offset < length else self.clean_starts[run] + length

    def page_at(self, pos: int) -> int | None:
        index = bisect.bisect_right(self.pages, (pos, float("inf"))) - 1
        return self.pages[index][1] if index >= 0 else None


_SENTENCE_END = re.compile(
    r"[.!?](?=[\"”’)]?\s+[\"“(]?[A-Z(])"
    r"|:(?=[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:\d{1,3}\.|\(\d{1,2}\)|\([a-z]\))[ \t]+[A-Z])"
    # a stop the copy lost: "... modified by the Secretary of Energy The Secretary of Energy shall promptly review"
    # (not after a word that runs on into a name: "operated by The Panama Canal", "and The Special Representative")
    r"|(?<=[a-z0-9])(?<!\bby)(?<!\band)(?<!\bor)(?<!\bas)(?<!\bof)(?<!\bto)(?<!\bthe)(?<!\bentitled)"
    r"(?=[ \t]+The[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|and|for|on|to)){0,10}[ \t]+shall\b)"
)


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans in text (offsets + start); abbreviations like 'U.S.' and 'Sec.' do not end one."""
    spans, begin = [], 0
    # (a colon before a numbered item on the next line, "1.", "(1)", "(a)", ends the sentence that introduces
    # the items)
    for m in _SENTENCE_END.finditer(text):
        # Only the tail can hold an abbreviation ending at the stop: a bounded window keeps this linear.
        if _ABBREV.search(text[max(begin, m.end() - _ABBREV_WINDOW) : m.end()]):
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
