"""Curated quotes are verbatim: each appears, whitespace-normalised, in the source text it names,
wherever that text is in data/ (issue 11). Layout noise the loaders delete (star pagination, link
markers, running headers) is not part of an order's words, so an order text is compared after the
same cleaning; '...' / '…' in a quote marks an omission: the pieces must appear in order."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from loaders import order_text
from tests.conftest import DATA, ROOT


def _records(table: str) -> list[tuple[Path, dict]]:
    out = []
    for path in sorted((DATA / "curated").glob("*.toml")):
        for record in tomllib.loads(path.read_text(encoding="utf-8")).get(table, []):
            out.append((path, record))
    return out


SOURCES = {record["id"]: record for _path, record in _records("source")}


def _words(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _source_text(source_id: str) -> str | None:
    url = SOURCES[source_id].get("url", "")
    if not url.startswith("data/"):
        return None
    raw = (ROOT / url).read_text(encoding="utf-8")
    return _words(order_text.order_words(raw) or raw)


QUOTED = [
    (path, record)
    for path, record in _records("edge")
    if SOURCES[record["source"]].get("url", "").startswith("data/")
]


def _missing(quote: str, text: str) -> str | None:
    at = 0
    for piece in re.split(r"\s*(?:\.\.\.|…)\s*", quote):
        piece = _words(piece)
        if not piece:
            continue
        found = text.find(piece, at)
        if found < 0:
            return piece
        at = found + len(piece)
    return None


def test_some_curated_quotes_have_their_source_text_in_data():
    assert len(QUOTED) >= 20


@pytest.mark.parametrize(
    ("path", "record"), QUOTED, ids=[f"{r['subject']} {r['type']} {r['object']}" for _p, r in QUOTED]
)
def test_every_curated_quote_is_verbatim_in_its_source_text(path, record):
    text = _source_text(record["source"])
    assert text is not None
    missing = _missing(record["quote"], text)
    assert missing is None, f"{path.name}: quote of {record['subject']} {record['type']} {record['object']} " \
        f"is not in {SOURCES[record['source']]['url']}: {missing!r}"


def test_a_changed_word_is_caught():
    path, record = QUOTED[0]
    text = _source_text(record["source"])
    assert _missing(record["quote"].replace("the", "thee", 1), text) is not None


def test_eo_13863_title_and_quote_read_as_the_federal_register_prints_them():
    eo = next(r for _p, r in _records("instrument") if r["id"] == "eo/13863")
    assert "Steps to Address" in eo["title"]
    amend = next(r for _p, r in _records("edge") if r["subject"] == "eo/13863" and r["type"] == "amends")
    assert '"(e) the term "significant transnational criminal organization" means' in amend["quote"]
    assert "'" not in amend["quote"]
