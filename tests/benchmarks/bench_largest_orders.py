"""Extraction time of the archive's largest orders (a script that prints figures, not a timed test).

A clause rule whose regular expression is tried at every blank of a long run of blanks costs time in
the square of the text's length: on the 224 KB EO 12198 one such rule alone took 118 s of 135 s
(session 28). The largest orders show it first, so this times `extract_file` on the N largest
executive-order members of the Markdown archive, one after another in this process, and prints
seconds per order and KB per second.

    .venv/bin/python tests/benchmarks/bench_largest_orders.py [--top N] [--repo DIR]

--repo DIR times the loaders of another checkout (an export of an earlier commit) on the same
files, for before and after figures.
"""

from __future__ import annotations

import argparse
import re
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = ROOT / "data" / "sources" / "eo-markdown" / "Presidential_Executive_Orders.tar.xz"


def largest(top: int) -> list[tuple[str, bytes]]:
    """(member name, bytes) of the `top` largest executive-order members, largest first."""
    with tarfile.open(ARCHIVE) as tar:
        members = [
            m for m in tar if m.isfile() and m.name.endswith(".md") and re.search(r"executive-order-\d+", m.name)
        ]
        members.sort(key=lambda m: -m.size)
        return [(m.name, tar.extractfile(m).read()) for m in members[:top]]  # type: ignore[union-attr]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=10, help="how many of the largest orders (default 10)")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the checkout whose loaders are timed")
    args = parser.parse_args()
    sys.path.insert(0, str(args.repo.resolve()))
    from loaders.context import load_context
    from loaders.registry import extract_file

    ctx = load_context()
    picked = largest(args.top)
    print(f"loaders of {args.repo.resolve()}; {len(picked)} largest archive orders")
    print(f"{'order file':60} {'KB':>6} {'s':>8} {'KB/s':>8} {'edges':>6}")
    total_s = total_kb = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in picked:
            path = Path(tmp) / Path(name).name
            path.write_bytes(data)
            start = time.perf_counter()
            edges = len(extract_file(path, ctx).edges)
            took = time.perf_counter() - start
            kb = len(data) / 1024
            total_s, total_kb = total_s + took, total_kb + kb
            print(f"{Path(name).name:60} {kb:6.0f} {took:8.2f} {kb / took:8.1f} {edges:6}")
    print(f"{'all':60} {total_kb:6.0f} {total_s:8.2f} {total_kb / total_s:8.1f}")


if __name__ == "__main__":
    main()
