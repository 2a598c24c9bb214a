"""The corpus in the graph, on real entries: the fixture corpus (tests/fixtures/corpus/, cut verbatim
from data/sources/ by cut.py) plus the curated data, built by the real loaders and asked through the
real `lexgraph` command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
from rdflib import URIRef

from graph.errors import DataError
from graph.store import GraphStore
from tests.conftest import CORPUS_FIXTURE, DATA, build_corpus_store, iri, run_cli, start_server, stop_server


def cli_json(root: Path, *args: str) -> dict:
    result = run_cli(*args, "--format", "json", store=root)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def status(root: Path, ident: str, on: str) -> dict:
    return cli_json(root, "status", ident, "--on", on)


def lineage_edges(root: Path, ident: str) -> set[tuple[str, str, str, str | None]]:
    answer = cli_json(root, "lineage", ident)
    return {(e["source"].rsplit("id/", 1)[1], e["type"], e["target"].rsplit("id/", 1)[1], e["date"])
            for e in answer["edges"]}


def test_eo_7532_revoked_by_public_land_order_801(corpus_root):
    before, after = status(corpus_root, "EO 7532", "1951-12-31"), status(corpus_root, "EO 7532", "1952-02-05")
    assert before["status"] == "in_force" and after["status"] == "revoked"
    (revoker,) = after["revoked_by"]
    assert revoker["id"] == iri("plo/801") and revoker["label"] == "Public Land Order 801"
    assert revoker["date"] == "1952-02-05"
    assert revoker["quote"] == "Revoked by: Public Land Order 801, February 5, 1952 (17 FR 1357)"
    assert ("plo/801", "revokes", "eo/7532", "1952-02-05") in lineage_edges(corpus_root, "EO 7532")
    node = cli_json(corpus_root, "node", "Public Land Order 801")
    assert node["type"] == "PublicLandOrder" and node["date"] == "1952-02-05"


def test_eo_13771_revoked_by_eo_13992(corpus_root):
    answer = status(corpus_root, "EO 13771", "2021-06-01")
    assert answer["status"] == "revoked"
    assert [(r["id"], r["date"]) for r in answer["revoked_by"]] == [(iri("eo/13992"), "2021-01-20")]
    assert status(corpus_root, "EO 13771", "2021-01-19")["status"] == "in_force"


def test_eo_13753_amends_13286_revokes_13442_revoked_by_14135(corpus_root):
    edges = lineage_edges(corpus_root, "EO 13753")
    assert ("eo/13753", "amends", "eo/13286", "2016-12-09") in edges
    assert ("eo/13753", "revokes", "eo/13442", "2016-12-09") in edges
    assert ("eo/14135", "revokes", "eo/13753", "2025-01-03") in edges
    assert status(corpus_root, "EO 13442", "2017-01-01")["status"] == "revoked"
    answer = status(corpus_root, "EO 13753", "2025-02-01")
    assert answer["status"] == "revoked" and [r["id"] for r in answer["revoked_by"]] == [iri("eo/14135")]
    # 14135 was itself revoked by 14148 on 2025-01-20: that does not revive 13753
    assert any("does not revive" in note for note in answer["notes"])
    assert status(corpus_root, "EO 13286", "2020-01-01")["status"] == "in_force"
    assert iri("eo/13753") in [a["id"] for a in status(corpus_root, "EO 13286", "2020-01-01")["amended_by"]]


def test_eo_13779_superseded_by_eo_14041_from_a_note_typed_ep(corpus_root):
    answer = status(corpus_root, "EO 13779", "2022-01-01")
    assert answer["status"] == "superseded"
    (by,) = answer["superseded_by"]
    assert by["id"] == iri("eo/14041") and by["date"] == "2021-09-03"
    store = GraphStore.open(corpus_root)
    quotes = {str(r["quote"]) for r in store.select(
        "PREFIX lex: <https://w3id.org/lexgraph/ns#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
        "SELECT ?s ?o ?quote WHERE { ?q rdf:subject ?s ; rdf:predicate lex:supersedes ; rdf:object ?o ; lex:quote ?quote }",
        {"s": URIRef(iri("eo/14041")), "o": URIRef(iri("eo/13779"))})}
    assert "Superseded by: EP 14041, September 3, 2021" in quotes  # read as EO 14041, quoted as written
    assert "Supersedes: EO 13779, February 28, 2017" in quotes


def test_eo_13768_revoked_by_13993_itself_revoked_by_14148_and_14159(corpus_root):
    answer = status(corpus_root, "EO 13768", "2025-03-01")
    assert answer["status"] == "revoked" and [r["id"] for r in answer["revoked_by"]] == [iri("eo/13993")]
    later = status(corpus_root, "EO 13993", "2025-03-01")
    assert sorted(r["id"] for r in later["revoked_by"]) == [iri("eo/14148"), iri("eo/14159")]
    edges = lineage_edges(corpus_root, "EO 13768")
    assert {("eo/13993", "revokes", "eo/13768", "2021-01-20"), ("eo/14148", "revokes", "eo/13993", "2025-01-20"),
            ("eo/14159", "revokes", "eo/13993", "2025-01-20")} <= edges


def test_one_direct_edge_with_every_note_and_sentence_as_evidence(corpus_root):
    """'Revokes: EO 13442' on 13753 (NARA, the export, the sample) and the sentence of 13753's text
    are four qualified nodes of one direct edge, each with its file and line."""
    store = GraphStore.open(corpus_root)
    s, o = URIRef(iri("eo/13753")), URIRef(iri("eo/13442"))
    direct = store.select("SELECT ?s ?o WHERE { ?s <https://w3id.org/lexgraph/ns#revokes> ?o }", {"s": s, "o": o})
    assert len(direct) == 1
    rows = store.select(
        """PREFIX lex: <https://w3id.org/lexgraph/ns#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?s ?o ?q ?method ?url ?line ?quote ?agreement WHERE {
          ?q rdf:subject ?s ; rdf:predicate lex:revokes ; rdf:object ?o ; lex:method ?method ; lex:quote ?quote ;
             prov:wasDerivedFrom/lex:url ?url .
          OPTIONAL { ?q lex:sourceLine ?line } OPTIONAL { ?q lex:reconciliation ?agreement } }""",
        {"s": s, "o": o})
    by_method = {}
    for row in rows:
        by_method.setdefault(str(row["method"]).rsplit("#", 1)[1], []).append(row)
    tables = by_method["dispositionTable"]
    assert {str(r["url"]).split("/")[3] for r in tables} == {"nara-disposition", "fr-export", "fr-sample"}
    assert all("line" in r and r["quote"].startswith("Revokes: EO 13442") for r in tables)
    (text,) = by_method["extracted"]
    assert "Executive Order 13442 of August 13, 2007" in str(text["quote"])
    assert {str(r["agreement"]).rsplit("#", 1)[1] for r in rows} == {"confirmed"}


def test_reconcile_counts_and_disagreements(corpus_root):
    answer = cli_json(corpus_root, "reconcile")
    counts = answer["counts"]
    assert counts["confirmed"] >= 10 and counts["text only"] >= 1
    revokes = answer["precision_recall"]["by_type"]["revokes"]
    assert revokes["table"] >= revokes["table_matched"] > 0 and 0 < revokes["recall"] <= 1
    kinds = {d["kind"] for d in answer["disagreements"]}
    assert kinds <= {"table only", "text only", "contradiction", "type differs"}
    # EO 13753's amendment of EO 13286 is in the tables and (since the clause rules read amendments)
    # in its text too: confirmed, so not a disagreement
    amends = [d for d in answer["disagreements"] if d["subject"] == "eo/13753" and d.get("table_type") == "amends"]
    assert not amends, amends


def test_status_names_the_coverage_it_rests_on(corpus_root):
    answer = status(corpus_root, "EO 13771", "2022-01-01")
    assert answer["coverage"]["tables_through"] == "2025-12-17"  # listed in the late-2025 sample
    assert any(note.startswith("Sources through 2025-12-17") for note in answer["notes"])
    later = status(corpus_root, "EO 14060", "2030-01-01")
    assert later["coverage"].get("beyond") is True
    assert any("after the sources end" in note for note in later["notes"])


def test_orders_by_president_and_year_cli_equals_api(corpus_root, tmp_path):
    cli = cli_json(corpus_root, "orders", "--president", "Biden", "--year", "2021", "--on", "2025-03-01")
    assert cli["president_label"] == "Joseph R. Biden Jr." and cli["total"] == sum(cli["status_counts"].values())
    assert {o["label"] for o in cli["orders"]} >= {"EO 13992", "EO 13993", "EO 14041", "EO 14060"}
    assert cli["status_counts"]["revoked"] >= 3
    server = start_server(corpus_root, tmp_path / "server.log")
    try:
        get = lambda path, **params: httpx.get(server.url + path, params=params, timeout=30,  # noqa: E731
                                               headers={"Accept": "text/html, application/json"})
        assert get("/api/orders", president="Biden", year=2021, on="2025-03-01").json() == cli
        found = get("/api/resolve", q="order of succession homeland security").json()
        assert [r["label"] for r in found["results"][:2]] == ["EO 14135", "EO 13753"]
        assert cli_json(corpus_root, "search", "order of succession homeland security") == found
        page = get("/id/eo/", president="biden")
        assert page.status_code == 200 and "EO 13993" in page.text and "revoked" in page.text
        assert "Joseph R. Biden Jr." in get("/id/eo/").text
        assert get("/id/eo/7532").status_code == 200 and "Public Land Order 801" in get("/id/eo/7532").text
    finally:
        stop_server(server)


def test_bad_source_data_stops_the_build_with_file_and_line(corpus_root, tmp_path):
    """A changed table with a truncated entry, an unknown label or a date that is no date: one error
    naming the file and line, and the store being served stays as it was."""
    before = (corpus_root / "current").resolve()
    cases = {
        "truncated": ("    Signed: January 8, 1937\n", ""),
        "unknown label": ("    Amended by: EO 8184", "    Frobnicated by: EO 8184"),
        "bad date": ("Signed: January 8, 1937", "Signed: January 38, 1937"),
    }
    for name, (old, new) in cases.items():
        corpus = tmp_path / name
        shutil.copytree(CORPUS_FIXTURE, corpus)
        table = corpus / "nara-disposition" / "1937.txt"
        table.write_text(table.read_text().replace(old, new))
        with pytest.raises(DataError) as info:
            build_corpus_store(corpus_root, corpus)
        assert info.value.path.endswith("nara-disposition/1937.txt") and info.value.line is not None, name
        assert (corpus_root / "current").resolve() == before
    assert status(corpus_root, "EO 7532", "1960-01-01")["status"] == "revoked"


def test_build_if_changed_rebuilds_only_when_data_changed(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("sources"))
    store = tmp_path / "store"
    env = {"LEXGRAPH_CORPUS": "curated"}
    first = run_cli("build", "--data", str(data), "--if-changed", store=store, env=env)
    assert first.returncode == 0 and "rebuilding: no store yet" in first.stderr, first.stderr
    again = run_cli("build", "--data", str(data), "--if-changed", store=store, env=env)
    assert again.returncode == 0 and "store is up to date" in again.stderr
    (data / "curated" / "people.toml").write_text((data / "curated" / "people.toml").read_text() + "\n# edited\n")
    changed = run_cli("build", "--data", str(data), "--if-changed", store=store, env=env)
    assert changed.returncode == 0 and "rebuilding: data/ or the loaders changed" in changed.stderr


def test_every_table_relation_is_an_edge_or_a_reported_issue():
    """Nothing dropped silently: each relation a parser read is evidence of an edge, or an issue says why not."""
    from graph.namespaces import Minter
    from loaders.context import load_context
    from loaders.corpus_load import load_corpus
    from loaders.curated import load_curated

    minter = Minter()
    curated = load_curated(sorted((DATA / "curated").glob("*.toml")), minter)
    _graphs, report = load_corpus(CORPUS_FIXTURE, minter, load_context(DATA), curated)
    read = sum(v for k, v in report["counts"].items() if k.startswith("table relations read"))
    kept = sum(row.get("notes", 0) for row in report["relations"].values())
    issues = sum(v for k, v in report["issues"].items() if k != "sources disagree")
    assert read == kept + issues
    assert report["orders"]["with text"] == 10


def test_a_table_contradicting_a_curated_fact_is_reported_and_curated_wins(tmp_path):
    """Curated data says EO 14060 revokes section 3 of EO 13773; a table saying it revokes the whole
    order is reported with its file and line and left out of the graph."""
    from graph.namespaces import LEX, Minter
    from loaders.context import load_context
    from loaders.corpus_load import load_corpus
    from loaders.curated import load_curated

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS_FIXTURE, corpus)
    table = corpus / "nara-disposition" / "archive" / "2017.txt"
    table.write_text(table.read_text() + (
        "Executive Order 13773\nEnforcing Federal Law With Respect to Transnational Criminal Organizations and "
        "Preventing International Trafficking\n\n    Signed: February 9, 2017\n"
        "    Federal Register page and date: 82 FR 10691, February 14, 2017\n"
        "    Revoked by: EO 14060, December 15, 2021\n"))
    line = len(table.read_text().splitlines())
    minter = Minter()
    curated = load_curated(sorted((DATA / "curated").glob("*.toml")), minter)
    graphs, report = load_corpus(corpus, minter, load_context(DATA), curated)
    (issue,) = [i for i in report["issues_list"] if "curated fact contradicted" in i]
    assert issue.startswith(f"{table.as_posix()}:{line}: ") or f"2017.txt:{line}:" in issue
    assert "eo/14060 revokes eo/13773 as a whole" in issue and "kept curated" in issue
    whole = (URIRef(iri("eo/14060")), LEX.revokes, URIRef(iri("eo/13773")))
    assert not any(q[:3] == whole for g in graphs for q in g.quads)
