"""The promises README makes about the CLI and the API, each checked on the real CLI (a process)
and the real app (in-process ASGI client) over the curated store: --format json and --sparql
everywhere they are promised, friendly IDs for canned-query parameters, paths that skip hub nodes
unless asked, path evidence, authority one line per instrument, in-force proof, one no-revival
note, one suggestion per node, exports with prefixes and a JSON-LD @context, a quiet closed pipe,
parser errors with a usable position."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from rdflib import Dataset, Graph

from tests.conftest import BASE, LEXGRAPH, ROOT, iri, run_cli

ANSWERS = [
    ("lineage", "EO 14060"),
    ("status", "EO 13773", "--on", "2022-03-01"),
    ("authority", "EO 13768"),
    ("path", "2011 Strategy", "EO 14148"),
    ("node", "EO 14060"),
    ("orders", "--year", "2021"),
    ("search", "council"),
    ("queries",),
    ("edge-types",),
]


@pytest.mark.parametrize("args", ANSWERS, ids=lambda a: a[0])
def test_every_answering_command_takes_format_json(store_root, args) -> None:
    result = run_cli(*args, "--format", "json", store=store_root)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)


def test_queries_json_is_what_the_api_lists(store_root, client) -> None:
    result = run_cli("queries", "--format", "json", store=store_root)
    assert json.loads(result.stdout) == client.get("/api/queries").json()


@pytest.mark.parametrize("args", [a for a in ANSWERS if a[0] in {"lineage", "status", "authority", "path"}],
                         ids=lambda a: a[0])
def test_sparql_flag_adds_the_query(store_root, args) -> None:
    data = json.loads(run_cli(*args, "--format", "json", "--sparql", store=store_root).stdout)
    assert "SELECT" in data["sparql"]
    text = run_cli(*args, "--sparql", store=store_root)
    assert text.returncode == 0, text.stderr
    assert "SELECT" in text.stdout


def test_canned_query_parameters_take_friendly_ids(store_root, client) -> None:
    by_iri = run_cli("query", "--name", "revocations", "--param", f"instrument={iri('eo/13773')}", "--format", "json",
                     store=store_root)
    by_id = run_cli("query", "--name", "revocations", "--param", "instrument=EO 13773", "--format", "json",
                    store=store_root)
    assert by_id.returncode == 0, by_id.stderr
    rows = json.loads(by_id.stdout)["results"]["bindings"]
    assert rows == json.loads(by_iri.stdout)["results"]["bindings"]
    assert [r["revoker"]["value"] for r in rows] == [iri("eo/14060")]
    api = client.get("/api/queries/revocations", params={"instrument": "section 3 of EO 13773"})
    assert api.status_code == 200, api.text
    assert client.get("/api/queries/revocations", params={"instrument": "EO 13773"}).json()["rows"][0]["revoker"] == \
        iri("eo/14060")
    unknown = client.get("/api/queries/revocations", params={"instrument": "EO 99999"})
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "not_found"
    bad = run_cli("query", "--name", "revocations", "--param", "instrument=EO 99999", store=store_root)
    assert bad.returncode == 1 and "unknown identifier 'EO 99999'" in bad.stderr


def _path_nodes(data: dict) -> set[str]:
    return {n for p in data["paths"] for step in p for n in (step["from"], step["to"])}


def test_paths_skip_hub_nodes_unless_asked(store_root, client) -> None:
    plain = json.loads(run_cli("path", "EO 13768", "EO 14060", "--format", "json", store=store_root).stdout)
    assert plain["paths"] and plain["via_hubs"] is False
    types = {client.get("/api/node", params={"id": n}).json()["type"] for n in _path_nodes(plain)}
    assert types == {"ExecutiveOrder"}, types  # through EO 14148, which revoked both lines
    assert iri("eo/14148") in _path_nodes(plain)
    hubs = json.loads(run_cli("path", "EO 13768", "EO 14060", "--through-hubs", "--format", "json",
                              store=store_root).stdout)
    assert len(hubs["paths"][0]) == 2 and hubs["via_hubs"] is True  # both rest on the Constitution
    hub = (_path_nodes(hubs) - {iri("eo/13768"), iri("eo/14060")}).pop()
    assert client.get("/api/node", params={"id": hub}).json()["type"] in {"Constitution", "ConstitutionalProvision"}
    api = client.get("/api/path", params={"source": "EO 13768", "target": "EO 14060"}).json()
    assert _path_nodes(api) == _path_nodes(plain)
    api_hubs = client.get("/api/path", params={"source": "EO 13768", "target": "EO 14060", "via_hubs": "true"}).json()
    assert _path_nodes(api_hubs) == _path_nodes(hubs)
    # A path that only a hub joins is "no path", and the message says how to allow hubs.
    none = run_cli("path", "EO 13768", "8 U.S.C. 1101", "--types", "cites", store=store_root)
    assert none.returncode in (0, 1)
    if none.returncode == 1:
        assert "--through-hubs" in none.stderr or "within" in none.stderr


def test_path_text_prints_each_steps_evidence(store_root) -> None:
    result = run_cli("path", "2011 Strategy", "EO 14148", store=store_root)
    assert result.returncode == 0, result.stderr
    assert "section 3 of Executive Order 13773 is hereby revoked.”" in result.stdout
    assert result.stdout.count("“") == 4  # one quote per step


def test_authority_is_one_sorted_line_per_instrument(store_root) -> None:
    data = json.loads(run_cli("authority", "Secretary of State", "--format", "json", store=store_root).stdout)
    items = [i for b in data["branches"].values() for i in b["items"]]
    assert items and [i["date"] for i in items] == sorted(i["date"] for i in items)
    text = run_cli("authority", "Secretary of State", store=store_root).stdout
    lines = [line for line in text.splitlines() if " directs " in line]
    assert len(lines) == len({i["instrument"] if "instrument" in i else i["other"] for i in items})
    assert lines[0].strip("│├└─ ").startswith("EO 13768 directs (§ 12)")
    # an order's own tree: sections in numeric order within an instrument's line
    tree = run_cli("authority", "EO 13768", store=store_root).stdout
    assert "Exec. Order No. 13,768, 82 Fed. Reg. 8799 (Jan. 30, 2017)" in tree


def test_in_force_comes_with_its_proof(store_root, client) -> None:
    data = json.loads(run_cli("status", "EO 14060", "--on", "2022-01-01", "--format", "json", store=store_root).stdout)
    assert data["status"] == "in_force"
    facts = {f["fact"]: f for f in data["proof"]}
    assert facts["signed"]["date"] == "2021-12-15"
    assert facts["published"]["citation"] == "86 FR 71793" and facts["published"]["date"] == "2021-12-20"
    assert "no revocation, supersession, suspension or amendment of EO 14060 is recorded" in facts["not_revoked"]["text"]
    assert client.get("/api/status", params={"id": "EO 14060", "on": "2022-01-01"}).json()["proof"] == data["proof"]
    text = run_cli("status", "EO 14060", "--on", "2022-01-01", store=store_root).stdout
    assert "EO 14060 was signed on 2021-12-15" in text and "published at 86 FR 71793 on 2021-12-20" in text
    revoked = json.loads(run_cli("status", "EO 14060", "--on", "2025-02-01", "--format", "json", store=store_root).stdout)
    assert revoked["status"] == "revoked" and "proof" not in revoked


def test_no_revival_note_is_given_once(store_root) -> None:
    text = run_cli("status", "EO 13768", "--on", "2025-02-01", store=store_root).stdout
    assert text.count("does not revive") == 1
    assert "EO 14148 revoked EO 13993" in text and "EO 14159 revoked EO 13993" in text


def test_suggestions_name_each_node_once(store_root, client) -> None:
    result = run_cli("node", "EO 1406", store=store_root)
    assert result.returncode == 1
    body = client.get("/api/node", params={"id": "EO 1406"}).json()
    candidates = body["error"]["detail"]["candidates"]
    assert candidates, body
    nodes = [client.get("/api/resolve", params={"id": c}).json()["iri"] for c in candidates]
    assert len(nodes) == len(set(nodes)), dict(zip(candidates, nodes, strict=True))
    assert iri("eo/14060") in nodes


def test_exports_carry_the_prefixes_and_a_jsonld_context(store_root, tmp_path) -> None:
    turtle = run_cli("export", store=store_root).stdout
    assert "@prefix lex: <https://w3id.org/lexgraph/ns#> ." in turtle
    assert f"@prefix id: <{BASE}> ." in turtle and "id:eo\\/14060" in turtle  # '/' escaped in a prefixed name
    ntriples = Graph().parse(data=run_cli("export", "--format", "ntriples", store=store_root).stdout, format="nt")
    assert len(Graph().parse(data=turtle, format="turtle")) == len(ntriples)
    out = tmp_path / "g.jsonld"
    assert run_cli("export", "--format", "jsonld", "-o", str(out), store=store_root).returncode == 0
    doc = json.loads(out.read_text())
    assert doc["@context"]["lex"] == "https://w3id.org/lexgraph/ns#" and doc["@context"]["id"] == BASE
    nquads = Dataset().parse(data=run_cli("export", "--format", "nquads", store=store_root).stdout, format="nquads")
    jsonld = Dataset().parse(data=out.read_text(), format="json-ld")
    assert len(jsonld) == len(nquads) > 1000


@pytest.mark.parametrize("command", ["export", "lineage 'EO 14060'", "query --name lineage --param 'node=EO 14060'"])
def test_a_closed_pipe_ends_quietly(store_root, command) -> None:
    script = f"{LEXGRAPH} --store {store_root} {command} | head -c 10 >/dev/null; echo \"status=${{PIPESTATUS[0]}}\""
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "LEXGRAPH_CORPUS": "curated"})
    assert "status=0" in result.stdout, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "Broken pipe" not in result.stderr, result.stderr


def test_syntax_errors_point_at_the_mistake(store_root, client) -> None:
    query = "PREFIX lex: <https://w3id.org/lexgraph/ns#>\nSELECT ?x WHERE { ?x lex:foo ?y . ?y }\n"
    result = run_cli("query", "-", store=store_root, input=query)
    assert result.returncode == 1
    assert "line 2, column 35" in result.stderr, result.stderr  # the dangling "?y", not the end of the text
    response = client.post("/sparql", data={"query": "SELECT ?x WHERE { ?x ?p ?o FILTER(?x = ) }\n"})
    assert response.status_code == 400 and "line 1, column 28" in response.json()["error"]["message"]


def test_prefixes_endpoint_names_the_project_prefixes(client) -> None:
    body = client.get("/api/prefixes").json()
    assert body["prefixes"]["lex"] == "https://w3id.org/lexgraph/ns#" and body["prefixes"]["id"] == BASE
    assert body["pages"] == "/id/"
