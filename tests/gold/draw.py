"""Draw a held-out set from the archive: three orders at random, then one per text pattern, seeded.

    .venv/bin/python tests/gold/draw.py SEED tests/gold/excluded/heldoutN.txt [more exclusion files ...]

The exclusions are every order the rule writer has read or written rules from (named anywhere in the
repository, changed by a rule, listed by a sweep, earlier held-out sets). They live in the repository,
one file per draw, so that a draw can be repeated and the next one built on it on any machine: session
25 began on a new machine whose earlier lists were lost, and had to rebuild them (heldout40's SOURCES.md).
The candidates and patterns are those heldout35 to heldout41 were drawn with; each set's
`tests/fixtures/heldoutN/SOURCES.md` gives the picks this prints.
"""

from __future__ import annotations

import random
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = ROOT / "data" / "sources" / "eo-markdown" / "Presidential_Executive_Orders.tar.xz"
RANDOM_PICKS = 3
FIRST_NUMBER = 9000  # the orders before it are mostly refused layouts and proclamation-like texts
LENGTH = (1_500, 20_000)  # characters of the Markdown copy: long enough to hold a clause, short enough to label
PATTERNS = {  # name -> what a pick by that pattern must match (case-insensitive), in the order drawn
    "(a)": r"(is|are) hereby (revoked|superseded)",
    "(a2)": r"(Sections?|[Ss]ubsections?|[Pp]aragraphs?|[Pp]arts?) [^.]{0,200}? of (Executive Order|E\.O\.)[^.]{0,300}"
    r"(revoked|superseded|rescinded|terminated)",
    "(a3)": r"superseded to the extent|to the extent (that )?(it is |they are )?inconsistent",
    "(b)": r"(is|are) (hereby )?(further )?amended",
    "(c)": r"amended to read as follows",
    "(d)": r"there is (hereby )?established",
    "(d2)": r"(established|create)[^.]{0,80}\b(Committee|Board|Commission)\b",
    "(e)": r"shall (be composed of|consist of|include the following)",
    "(f)": r"shall (serve as|be) (the )?(chair|chairman|co-chair)",
}


def read_exclusions(paths: list[Path]) -> set[int]:
    """Order numbers, one per line; lines starting with # are comments."""
    out: set[int] = set()
    for path in paths:
        for n, line in enumerate(path.read_text().splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if not line.isdigit():
                raise SystemExit(f"{path}:{n}: not an order number: {line!r}")
            out.add(int(line))
    return out


def candidates(excluded: set[int]) -> dict[int, tuple[str, str]]:
    """{number: (archive path, text)} of the orders a draw may pick, in the order of their numbers."""
    found: list[tuple[int, str, str]] = []
    with tarfile.open(ARCHIVE) as tar:
        for member in tar:
            m = re.search(r"executive-order-(\d+)", member.name)
            if not member.isfile() or not member.name.endswith(".md") or not m:
                continue
            number = int(m.group(1))
            if number < FIRST_NUMBER or number in excluded:
                continue
            text = tar.extractfile(member).read().decode("utf-8", errors="replace")  # type: ignore[union-attr]
            if LENGTH[0] <= len(text) <= LENGTH[1]:
                found.append((number, member.name, text))
    return {number: (name, text) for number, name, text in sorted(found)}


def draw(seed: int, excluded: set[int]) -> list[tuple[str, int | None, int]]:
    """[(pick, number or None when the pattern matched nothing, how many matched)], as SOURCES.md lists them."""
    pool = candidates(excluded)
    numbers = list(pool)
    rng = random.Random(seed)
    picks: list[tuple[str, int | None, int]] = [("random", n, len(numbers)) for n in rng.sample(numbers, RANDOM_PICKS)]
    taken = {n for _, n, _ in picks}
    for name, pattern in PATTERNS.items():
        matching = [n for n in numbers if n not in taken and re.search(pattern, pool[n][1], re.I)]
        if not matching:
            picks.append((name, None, 0))
            continue
        pick = rng.choice(matching)
        taken.add(pick)
        picks.append((name, pick, len(matching)))
    return picks


def main(argv: list[str]) -> None:
    if len(argv) < 2 or not argv[0].isdigit():
        raise SystemExit(__doc__)
    excluded = read_exclusions([Path(p) for p in argv[1:]])
    print(f"{len(excluded):,} excluded numbers")
    for name, number, matched in draw(int(argv[0]), excluded):
        what = f"EO {number}" if number else "nothing"
        print(f"{name:7} {what:9} ({matched:,} {'candidates' if name == 'random' else 'matches'})")


if __name__ == "__main__":
    main(sys.argv[1:])
