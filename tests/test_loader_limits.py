"""Loaders stay linear in their input and refuse what is too large, with a clear error."""

from __future__ import annotations

import pytest

from graph.errors import DataError
from loaders import textdoc
from loaders.model import read_source_text
from loaders.textdoc import Cleaner, sentences

pytestmark = pytest.mark.hardening


def test_abbreviation_check_reads_a_bounded_window(monkeypatch):
    """A text of abbreviations and no sentence end once made every check rescan from the sentence
    start (quadratic: 20 k repetitions took 180 s). Each check must read at most the window."""
    seen: list[int] = []
    real = textdoc._ABBREV

    class Spy:
        def search(self, text):
            seen.append(len(text))
            return real.search(text)

    monkeypatch.setattr(textdoc, "_ABBREV", Spy())
    spans = sentences("See 8 U.S.C. The Act " * 2000)
    assert spans and max(seen) <= textdoc._ABBREV_WINDOW


def test_offset_map_is_per_run_not_per_character():
    text = ("keep *123 " * 5000)
    cleaner = Cleaner(text)
    for i in range(5000):
        start = i * 10 + 5
        cleaner.delete(start, start + 4)
    doc = cleaner.finish()
    assert doc.text == "keep  " * 5000
    assert len(doc.clean_starts) == 5000 + 1 < len(doc.text)  # one entry per kept run
    # Offsets still map back exactly.
    for pos in (0, 1, 5, 6, 7, 29_999):
        assert doc.original[doc.orig(pos)] == doc.text[pos]
    assert doc.cleaned_pos(5) == 5 and doc.cleaned_pos(6) == 5 and doc.cleaned_pos(9) == 5


def test_a_file_over_the_limit_is_refused_by_name(tmp_path):
    big = tmp_path / "huge.txt"
    big.write_text("x" * 2048)
    with pytest.raises(DataError, match=r"huge\.txt: file is .* MB; a source file may be at most"):
        read_source_text(big, limit=1024)
    assert read_source_text(big, limit=4096).startswith("x")
