"""The lexgraph CLI, run as a real process against the real store."""

from __future__ import annotations

import json

import pytest
from rdflib import Dataset, Graph

from tests.conftest import iri, run_cli

PARTIAL = """
PREFIX lex: <https://w3id.org/lexgraph/ns#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
SELECT ?revoker ?section ?pinpoint WHERE {
  ?revoker lex:revokesInPart <https://w3id.org/lexgraph/id/eo/13773> .
  ?q rdf:subject ?revoker ; rdf:predicate lex:revokes ; rdf:object ?sec ; lex:pinpoint/eli:number ?pinpoint .
  ?sec eli:is_part_of <https://w3id.org/lexgraph/id/eo/13773> ; eli:number ?section .
  FILTER NOT EXISTS { ?whole lex:revokes <https://w3id.org/lexgraph/id/eo/13773> }
}"""


def test_lineage_json_has_the_documented_shape(store_root):
    result = run_cli("lineage", "EO 14060", "--format", "json", store=store_root)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"id", "label", "type", "date"} <= set(data["nodes"][0])
    assert {"source", "target", "type", "section", "quote"} <= set(data["edges"][0])
    labels = [n["label"] for n in data["nodes"]]
    assert labels.index("2011 Strategy to Combat Transnational Organized Crime") < labels.index("EO 13773")
    assert labels.index("EO 13773") < labels.index("EO 14060") < labels.index("EO 14148")


@pytest.mark.parametrize("ident", ["EO 14060", "Executive Order 14060", "E.O. 14060", "14060", iri("eo/14060")])
def test_lineage_accepts_every_id_form(store_root, ident):
    result = run_cli("lineage", ident, "--format", "json", store=store_root)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["node"]["id"] == iri("eo/14060")


def test_lineage_text_reads_as_a_chain(store_root):
    result = run_cli("lineage", "EO 13768", store=store_root)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line[:4].isdigit()]
    assert lines[0].startswith("2021-01-20") and "EO 13993" in lines[0] and "revokes" in lines[0]


def test_unknown_id_is_one_line_and_nonzero(store_root):
    result = run_cli("lineage", "EO 99999", store=store_root)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "unknown identifier 'EO 99999'" in result.stderr


def test_sparql_through_cli_finds_the_partial_revocation(store_root):
    result = run_cli("query", "-", "--format", "json", store=store_root, input=PARTIAL)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert [(r["revoker"]["value"], r["section"]["value"], r["pinpoint"]["value"]) for r in rows] == [
        (iri("eo/14060"), "3", "3(a)(i)")
    ]


@pytest.mark.parametrize("fmt, marker", [("csv", "revoker,section,pinpoint"), ("tsv", "?revoker\t?section"), ("xml", "<sparql"), ("table", "revoker")])
def test_query_formats(store_root, fmt, marker):
    result = run_cli("query", "-", "--format", fmt, store=store_root, input=PARTIAL)
    assert result.returncode == 0, result.stderr
    assert marker in result.stdout


def test_canned_query_by_name_with_param(store_root):
    result = run_cli("query", "--name", "revocations", "--param", f"instrument={iri('eo/13993')}", "--format", "json", store=store_root)
    assert result.returncode == 0, result.stderr
    revokers = sorted(b["revoker"]["value"] for b in json.loads(result.stdout)["results"]["bindings"])
    assert revokers == [iri("eo/14148"), iri("eo/14159")]


def test_broken_query_is_a_clear_error(store_root):
    result = run_cli("query", "-", store=store_root, input="SELEC ?x WHERE {}")
    assert result.returncode == 1 and "SPARQL syntax error" in result.stderr


def test_service_is_refused_without_network(store_root):
    result = run_cli("query", "-", store=store_root, input="SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert result.returncode == 1 and "SERVICE" in result.stderr


def test_missing_query_file_names_it(store_root):
    result = run_cli("query", "no-such.rq", store=store_root)
    assert result.returncode == 1 and "no-such.rq" in result.stderr


def test_missing_store_says_build_first(tmp_path):
    result = run_cli("lineage", "EO 14060", store=tmp_path / "nothing")
    assert result.returncode == 1 and "lexgraph build" in result.stderr


@pytest.mark.parametrize("fmt, rdflib_format, dataset", [
    ("turtle", "turtle", False), ("ntriples", "nt", False), ("nquads", "nquads", True),
    ("trig", "trig", True), ("jsonld", "json-ld", True), ("rdfxml", "xml", False),
])
def test_export_round_trips_through_rdflib(store_root, store, tmp_path, fmt, rdflib_format, dataset):
    target = tmp_path / f"dump.{fmt}"
    result = run_cli("export", "--format", fmt, "-o", str(target), store=store_root)
    assert result.returncode == 0, result.stderr
    if dataset:
        parsed = Dataset()
        parsed.parse(target, format=rdflib_format)
        count = sum(1 for _ in parsed.quads((None, None, None, None)))
        assert count == len(store)
    else:
        parsed = Graph().parse(target, format=rdflib_format)
        assert len(parsed) > 1000
        assert len(parsed) <= len(store)


def test_validate_the_built_store(store_root):
    result = run_cli("validate", store=store_root)
    assert result.returncode == 0 and "valid" in result.stderr


def test_brackets_in_labels_and_quotes_print_as_text(hostile_root):
    """Rich markup must not eat data: a label or quote with [brackets] prints as written."""
    result = run_cli("lineage", "EO 14060", store=hostile_root)
    assert result.returncode == 0, result.stderr
    assert "[bold]Group[/bold] [x]" in result.stdout
    assert "A test sentence [FR Doc. 1] with [/] brackets." in result.stdout
