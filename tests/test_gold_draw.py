"""The held-out draws can be repeated from what the repository holds: the seed, the exclusion list and the archive."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "gold"))

import draw  # noqa: E402


def _recorded(sources: Path) -> tuple[int, list[int]]:
    """The seed and the picks SOURCES.md records, in the order drawn."""
    text = sources.read_text()
    seed = int(re.search(r"random\.Random\((\d+)\)", text).group(1))
    randoms = re.search(r"rng\.sample\(candidates, 3\)` -> EO (\d+), EO (\d+), EO (\d+)", text)
    patterns = re.findall(r"^  - \([a-z]\d?\) `.*?\((?:\d+) match(?:es)?\) -> EO (\d+)", text, re.M)
    return seed, [int(n) for n in [*randoms.groups(), *patterns]]


# Every set drawn with an exclusion list in the repository (heldout40 on); a new draw needs no edit here.
DRAWN = sorted((p.stem for p in (ROOT / "tests" / "gold" / "excluded").glob("heldout*.txt")), key=lambda s: int(s[7:]))


@pytest.mark.parametrize("name", DRAWN)
def test_a_draw_repeats_from_its_seed_and_exclusions(name):
    seed, recorded = _recorded(ROOT / "tests" / "fixtures" / name / "SOURCES.md")
    excluded = draw.read_exclusions([ROOT / "tests" / "gold" / "excluded" / f"{name}.txt"])
    assert [n for _, n, _ in draw.draw(seed, excluded) if n is not None] == recorded


def test_a_bad_exclusion_line_is_named(tmp_path):
    bad = tmp_path / "excluded.txt"
    bad.write_text("# a comment\n10985\nEO 10363\n")
    with pytest.raises(SystemExit, match=r"excluded.txt:3: not an order number: 'EO 10363'"):
        draw.read_exclusions([bad])
