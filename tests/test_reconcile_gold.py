"""The 50 hand-classified disagreements (tests/gold/reconcile-50.json) are real: each cites table
lines that name both orders and quotes words that are in the acting order's Markdown text."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from loaders.sources import markdown_texts

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests" / "gold" / "reconcile-50.json").read_text())
CLASSES = {"table wrong", "text extractor wrong", "both right", "text copy incomplete"}


def _number(node_id: str) -> str:
    return node_id.split("/")[1].split("-")[0]


def test_fifty_classified_disagreements_with_a_consistent_summary():
    entries = GOLD["disagreements"]
    assert len(entries) == 50 and [e["n"] for e in entries] == list(range(1, 51))
    assert {e["classification"] for e in entries} <= CLASSES
    assert GOLD["summary"] == dict(Counter(e["classification"] for e in entries))
    assert all(len(e["reason"]) > 40 for e in entries)


@pytest.mark.parametrize("entry", GOLD["disagreements"], ids=lambda e: f"{e['n']}")
def test_cited_table_lines_name_both_orders(entry):
    for ref in entry["table_notes"]:
        path, line = ref.rsplit(":", 1)
        text = (ROOT / "data" / path).read_text(encoding="utf-8").splitlines()
        note = text[int(line) - 1]
        record = " ".join(text[max(0, int(line) - 40) : int(line) + 15])  # the entry or CSV row around it
        numbers = [_number(entry["acting"]), _number(entry["object"])]
        assert any(re.search(rf"\b{n}\b", note) for n in numbers), (ref, note)
        assert all(re.search(rf"\b{n}\b", record) for n in numbers), (ref, numbers)


def test_quoted_sentences_are_in_the_acting_orders_text():
    wanted = {e["acting"]: e for e in GOLD["disagreements"] if e["text"]}
    found = {}
    for name, text in markdown_texts():
        m = re.search(r"executive-order-(\d+)", name)
        if m and f"eo/{m.group(1)}" in wanted:
            found[f"eo/{m.group(1)}"] = re.sub(r"[\s*#]+", " ", text)
    for acting, entry in wanted.items():
        for sentence in entry["text"]:
            words = re.sub(r"\s+", " ", sentence["quote"]).split(" ... ")[-1][:60]
            assert words in found[acting], (entry["n"], words)
