"""Bluebook-correct cites everywhere a cite is printed: FR issue date, page pinpoint from the
Federal Register page the provision is printed on, section pinpoint kept apart."""

from __future__ import annotations

import json
import shutil

import pytest

from graph.store import GraphStore
from queries.answers import lineage_answer
from tests.conftest import FIXTURES, run_cli


@pytest.fixture(scope="module")
def with_fr_text(store_root, tmp_path_factory):
    """The curated store plus EO 14060's Federal Register text, loaded by the real CLI: the FR
    layout gives each provision the page it is printed on."""
    root = tmp_path_factory.mktemp("fr") / "store"
    shutil.copytree(store_root, root, symlinks=True)
    result = run_cli("load", str(FIXTURES / "orders" / "eo-14060-fr-excerpt.txt"), store=root)
    assert result.returncode == 0, result.stderr
    return root


def test_edge_cite_is_pinpointed_by_page_and_dated_by_the_fr_issue(with_fr_text):
    answer = lineage_answer(GraphStore.open(with_fr_text), "EO 14060")
    (edge,) = [e for e in answer["edges"] if e["type"] == "revokes_in_part"]
    assert edge["citation"] == "Exec. Order No. 14,060, 86 Fed. Reg. 71,793, 71,794 (Dec. 20, 2021)"
    assert edge["pinpoint"] == "§ 3(a)(i)"


def test_cli_prints_the_same_cite(with_fr_text):
    result = run_cli("lineage", "EO 14060", "--format", "json", store=with_fr_text)
    assert result.returncode == 0, result.stderr
    edges = json.loads(result.stdout)["edges"]
    cites = {e["citation"] for e in edges if e["instrument"].endswith("/eo/14060")}
    assert "Exec. Order No. 14,060, 86 Fed. Reg. 71,793, 71,794 (Dec. 20, 2021)" in cites
    node = json.loads(run_cli("node", "EO 13768", "--format", "json", store=with_fr_text).stdout)
    assert node["citation"] == "Exec. Order No. 13,768, 82 Fed. Reg. 8799 (Jan. 30, 2017)"
