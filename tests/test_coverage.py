"""The coverage table from the shipped sources, and the President table against the API files."""

from __future__ import annotations

from loaders.coverage import compute, main
from loaders.disposition import parse_fr_notes
from loaders.presidents import president_of
from loaders.sources import SOURCES


def test_coverage_by_year(capsys) -> None:
    cov = compute()
    rows = dict(cov.by_year())
    assert rows[1937] == {"known": 256, "text": 0, "nara": 256, "fr": 256, "disposition": 256, "relations": 164}
    assert rows[1934]["text"] == rows[1934]["known"] and rows[1934]["disposition"] == 0  # texts only
    assert rows[2018]["nara"] == 0 and rows[2018]["fr"] == rows[2018]["known"]  # the NARA mirror ends in 2017
    assert 1936 not in rows  # no shipped source covers 1936
    assert sum(r["known"] for r in rows.values()) == len(cov.orders) > 8000
    main([])
    out = capsys.readouterr().out
    assert out.startswith("| year | orders known | with text |") and "| 1937 | 256 | 0 | 256 |" in out


def test_president_table_agrees_with_the_per_president_api_files() -> None:
    for path in sorted((SOURCES / "fr-api-json" / "fr").glob("*.json")):
        for record in parse_fr_notes(path):
            assert record.president == path.stem == president_of(record.number), record.eo_number
