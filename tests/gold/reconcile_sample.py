"""Draw the 50 disagreements classified by hand in reconcile-50.json, and show what to read for each.

    .venv/bin/lexgraph reconcile --format json > /tmp/reconcile.json     # on a whole-corpus store
    .venv/bin/python tests/gold/reconcile_sample.py /tmp/reconcile.json  # the sample, with context

The sample is fixed (seed 50) and stratified: 20 revocations the tables state and the extractor did
not find, 6 other relations only the tables state (amends, supersedes, continues), 10 relations only
the texts state, 9 contradictions (whole order against one section) and 5 where the type differs.
For each it prints the table notes (file:line), the sentence the extractor quoted, and every line of
the acting order's text that names the other order, so each can be judged by reading both.
"""

from __future__ import annotations

import json
import random
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = ROOT / "data" / "sources" / "eo-markdown" / "Presidential_Executive_Orders.tar.xz"
STRATA = [  # (kind, table type or None for any, how many)
    ("table only", "revokes", 20),
    ("table only", "amends", 2),
    ("table only", "supersedes", 2),
    ("table only", "continues", 1),
    ("table only", "revokes_in_part", 1),
    ("text only", None, 10),
    ("contradiction", None, 9),
    ("type differs", None, 5),
]


def sample(disagreements: list[dict]) -> list[dict]:
    rng = random.Random(50)
    out = []
    for kind, table_type, n in STRATA:
        pool = [d for d in disagreements if d["kind"] == kind and (table_type is None or d["table_type"] == table_type)]
        out += rng.sample(sorted(pool, key=lambda d: (d["subject"], d["object"], d["table_type"] or "")), n)
    return out


def texts() -> dict[str, str]:
    found = {}
    with tarfile.open(ARCHIVE, "r:xz") as tar:
        for member in tar:
            m = re.search(r"executive-order-(\d+)", member.name)
            if member.isfile() and m:
                found[m.group(1)] = tar.extractfile(member).read().decode("utf-8")
    return found


def main() -> None:
    report = json.loads(Path(sys.argv[1]).read_text())
    bodies = texts()
    for i, d in enumerate(sample(report["disagreements"]), 1):
        a, b = d["subject"].split("/")[1], d["object"].split("/")[1]
        print(f"\n#{i} {d['kind']}: {d['label']} ({d['decade']}) table {d['table_type']} / text {d['text_type']}")
        for note in d["table_notes"]:
            print(f"   note {note['file'].split('data/sources/')[-1]}:{note['line']}: {note['quote'][:300]}")
        for s in d["text"]:
            print(f"   text § {s['section']}: {s['quote'][:400]}")
        for line in (bodies.get(a) or "").splitlines():
            if re.search(rf"\b{b[:-3]},?{b[-3:]}\b", line):
                print(f"   | {line.strip()[:400]}")


if __name__ == "__main__":
    main()
