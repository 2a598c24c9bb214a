"""The Markdown order parser on the real full-text corpus (data/sources/eo-markdown/*.tar.xz)."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.errors import DataError
from loaders.disposition_model import FRCitation
from loaders.markdown_order import parse_markdown_order
from loaders.presidents import president_of
from loaders.sources import markdown_orders


@pytest.fixture(scope="module")
def corpus() -> dict[str, str]:
    return dict(markdown_orders())


def real(corpus: dict[str, str], tail: str) -> tuple[str, str]:
    (name,) = [n for n in corpus if n.endswith(tail)]
    return name, corpus[name]


def test_federal_register_layout(corpus) -> None:
    name, text = real(corpus, "barack-obama/2009/01-January/2009-01-21-executive-order-13489.md")
    meta, body = parse_markdown_order(text, name)
    assert meta["eo_number"] == "13489" and meta["title"] == "Presidential Records"
    assert meta["signed"] == dt.date(2009, 1, 21)
    assert (meta["published"], meta["published_from"]) == (dt.date(2009, 1, 26), "federalregister.gov URL")
    assert meta["citation"] == FRCitation(74, 4669) and meta["document_number"] == "E9-1712"
    assert meta["layout"] == "federalregister" and meta["president"] == "barack-obama"
    assert [s["label"] for s in meta["sources"]] == ["Federal Register", "XML Source"]
    assert meta["warnings"] == [] and meta["text_published"]
    assert body.startswith("## Preamble\n\n**Title 3—The President**")
    assert body.rstrip().endswith("Billing code 3195-W9-P") and "*Filed by" not in body
    assert text.split("\n")[meta["body_line"] - 1] == "## Preamble"


def test_american_presidency_project_layout(corpus) -> None:
    name, text = real(corpus, "1953-10-13-executive-order-10491-s.md")
    meta, body = parse_markdown_order(text, name)
    assert meta["eo_number"] == "10491"
    assert meta["title"].startswith("Amendment of Executive Order No. 10450 of April 27, 1953")
    assert meta["signed"] == dt.date(1953, 10, 13)
    assert meta["published"] is None  # the header's 'Published' only repeats the signing date
    assert meta["warnings"] == ["'Published' repeats the signing date (American Presidency Project page): not used"]
    assert (meta["citation"], meta["document_number"]) == (None, None)
    assert meta["layout"] == "american-presidency-project" and meta["president"] == "dwight-d-eisenhower"
    assert meta["sources"][1:] == [{"label": "XML Source", "url": None}, {"label": "PDF Source", "url": None}]
    assert body.startswith("By virtue of the authority vested in me") and body.endswith("October 13, 1953.")


def test_clinton_files_have_signed_and_published_and_page_boilerplate(corpus) -> None:
    name, text = real(corpus, "1999-11-16-executive-order-13141-ws.md")
    meta, body = parse_markdown_order(text, name)
    assert (meta["signed"], meta["published"], meta["published_from"]) == (
        dt.date(1999, 11, 16),
        dt.date(1999, 11, 18),
        "header",
    )
    assert meta["citation"] == FRCitation(64, 63169) and meta["layout"] == "federalregister"
    assert meta["sources"][2]["url"] == "https://www.govinfo.gov/content/pkg/FR-1999-11-18/pdf/99-30346.pdf"
    assert any("boilerplate" in w for w in meta["warnings"]) and body.startswith("Legal Status")


def test_letter_suffix_and_title_without_dash(corpus) -> None:
    name, text = real(corpus, "1934-10-29-executive-order-6889--s.md")
    assert text.startswith("# Executive Order 6889-A Consolidating")  # no dash; details say 6889
    meta, _body = parse_markdown_order(text, name)
    assert meta["eo_number"] == "6889-A"
    assert meta["title"] == "Consolidating the Executive Council and the National Emergency Council"
    name, text = real(corpus, "1933-06-16-executive-order-6179--.md")
    assert parse_markdown_order(text, name)[0]["eo_number"] == "6179-B"


def test_2025_citation_not_yet_assigned(corpus) -> None:
    name, text = real(
        corpus,
        "2025-05-05-executive-order-14293-executive-order-14293-regulatory-relief-to-promote-domestic-production-of-critical-medicines.md",
    )
    meta, _body = parse_markdown_order(text, name)
    assert "- Citation: N/A" in text
    assert (meta["citation"], meta["document_number"], meta["published"]) == (None, "2025-08267", dt.date(2025, 5, 8))
    assert meta["president"] == "donald-trump" and meta["warnings"] == []


def test_unpublished_order(corpus) -> None:
    name, text = real(corpus, "1945-05-26-executive-order-9558-ss.md")
    meta, body = parse_markdown_order(text, name)
    assert body == "(this executive order was not published)" and meta["text_published"] is False


def test_whole_corpus_parses(corpus) -> None:
    numbers = {}
    layouts: dict[str, int] = {}
    for name, text in corpus.items():
        meta, body = parse_markdown_order(text, name)
        assert meta["signed"] is not None and body.strip(), name
        assert meta["eo_number"] not in numbers, (name, numbers.get(meta["eo_number"]))
        numbers[meta["eo_number"]] = name
        layouts[meta["layout"]] = layouts.get(meta["layout"], 0) + 1
        assert name.split("/")[2] == str(meta["signed"].year), name  # filed under its signing year
    assert len(numbers) == 5682
    assert layouts == {"american-presidency-project": 4531, "federalregister": 1151}


def test_president_table_agrees_with_the_corpus(corpus) -> None:
    """loaders.presidents numbers each administration's orders; the corpus files them by President."""
    for name, text in corpus.items():
        meta, _ = parse_markdown_order(text, name)
        assert president_of(int(meta["eo_number"].split("-")[0])) == meta["president"], name


# ------------------------------------------------------------------------------- tolerance


def test_crlf_bom_reordered_keys_and_no_summary_heading(corpus) -> None:
    name, text = real(corpus, "barack-obama/2009/01-January/2009-01-21-executive-order-13489.md")
    expected, body = parse_markdown_order(text, name)
    lines = text.split("\n")
    lines.remove("## Summary")
    i, j = lines.index("- Document Number: E9-1712"), lines.index("- Citation: 74 FR 4669")
    lines[i], lines[j] = lines[j], lines[i]
    variant = "\ufeff" + "\r\n".join(lines)
    meta, body2 = parse_markdown_order(variant, name)
    assert {k: v for k, v in meta.items() if k != "body_line"} == {
        k: v for k, v in expected.items() if k != "body_line"
    }
    assert body2 == body
    iso = text.replace("**Date:** January 21, 2009", "**Date:** 2009-01-21")
    assert parse_markdown_order(iso, name)[0]["signed"] == dt.date(2009, 1, 21)


def test_bad_date_is_a_warning_not_an_error(corpus) -> None:
    name, text = real(corpus, "1953-10-13-executive-order-10491-s.md")
    meta, _ = parse_markdown_order(text.replace("**Signed:** October 13, 1953", "**Signed:** Octobre 1953"), name)
    assert meta["signed"] is None
    assert f"{name}:5: signed 'Octobre 1953' is not a date" in meta["warnings"]


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("", "empty file: no order header", None),
        ("\n\n# Proclamation 10000\n", "not an order file: first line is not '# Executive Order N'", 3),
        ("# Executive Order 10000—T\n\n**Signed:** May 1, 1950\n\nBody\n", "no '---' line after the header", 1),
        ("# Executive Order 10000—T\n---\n## Executive Order 10000\n\n---\n*Filed*\n", "no order text", 2),
        ("# Executive Order 10000—T\n- Executive Order Number: ten\n---\nText\n", "'ten' is not a number", 2),
    ],
)
def test_unusable_files_raise_data_error(text, message, line) -> None:
    with pytest.raises(DataError, match=message) as err:
        parse_markdown_order(text, "orders/x.md")
    assert err.value.path == "orders/x.md" and err.value.line == line
