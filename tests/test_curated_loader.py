"""Curated TOML: every fact names its source, and bad input fails with file and line."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from graph.errors import DataError
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from loaders.curated import load_curated
from tests.conftest import DATA

MINTER = Minter(DEFAULT_BASE_IRI)
CURATED = sorted((DATA / "curated").glob("*.toml"))


def _load_with(tmp_path: Path, extra: str) -> None:
    bad = tmp_path / "extra.toml"
    bad.write_text(extra)
    load_curated([*CURATED, bad], MINTER)


def test_every_record_names_a_source():
    for path in CURATED:
        doc = tomllib.loads(path.read_text())
        for table, records in doc.items():
            for record in records:
                if table == "source":
                    assert record.get("title"), (path.name, record)
                elif table == "edge":
                    assert record["source"].startswith("source/"), (path.name, record)
                    assert record["quote"].strip(), (path.name, record)
                else:
                    assert record["sources"], (path.name, record)


@pytest.mark.parametrize(
    "extra, line, fragment",
    [
        ('[[instrument]]\nid = "eo/1"\ntitle = "x\n', 3, "TOML syntax error"),
        ('\n\n[[office]]\nid = "office/x"\nname = "X"\nsources = ["source/fr-2021-27605"]\ncolour = "red"\n', 3, "unknown key(s): colour"),
        ('[[edge]]\nsubject = "eo/14060"\ntype = "abolishes"\nobject = "org/tmwg"\nquote = "q"\nsource = "source/fr-2021-27605"\n', 1, "'abolishes' is not one of"),
        ('[[edge]]\nsubject = "eo/14061"\ntype = "revokes"\nobject = "eo/13773"\nquote = "q"\nsource = "source/fr-2021-27605"\n', 1, "'eo/14061' is not declared"),
        ('[[edge]]\nsubject = "eo/14060"\ntype = "revokes"\nobject = "eo/13773"\nquote = "q"\nsource = "source/nowhere"\n', 1, "'source/nowhere' is not declared"),
        ('[[instrument]]\nid = "eo/1"\ntype = "ExecutiveOrder"\ntitle = "T"\neo_number = 2\nsources = ["source/fr-2021-27605"]\n', 1, "does not match eo_number 2"),
        ('[[instrument]]\nid = "eo/1"\ntype = "ExecutiveOrder"\ntitle = "T"\neo_number = 1\nsigned = "2020-01-01"\nsources = ["source/fr-2021-27605"]\n', 1, "expected a date"),
        ('[[instrument]]\nid = "EO 1"\ntype = "ExecutiveOrder"\ntitle = "T"\nsources = ["source/fr-2021-27605"]\n', 1, "bad id"),
        ('[[organization]]\nid = "org/tmwg"\ntype = "WorkingGroup"\nname = "again"\nsources = ["source/fr-2021-27605"]\n', 1, "id declared twice"),
        ('[[edge]]\nsubject = "eo/14060"\ntype = "revokes"\nobject = "eo/13773"\nsection = "three"\nquote = "q"\nsource = "source/fr-2021-27605"\n', 1, "section:"),
    ],
)
def test_bad_input_names_file_and_line(tmp_path, extra, line, fragment):
    with pytest.raises(DataError) as info:
        _load_with(tmp_path, extra)
    message = str(info.value)
    assert fragment in message
    assert f"extra.toml:{line}" in message  # the file and the line of the offending record


def test_binary_file_is_refused_by_name(tmp_path):
    bad = tmp_path / "blob.toml"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    with pytest.raises(DataError) as info:
        load_curated([bad], MINTER)
    assert "blob.toml" in str(info.value) and "UTF-8" in str(info.value)


def test_each_edge_is_direct_and_qualified():
    graphs = load_curated(CURATED, MINTER)
    quads = [q for g in graphs for q in g.quads]
    lex = "https://w3id.org/lexgraph/ns#"
    direct = {(str(s), str(p), str(o)) for s, p, o, _ in quads if str(p) == lex + "revokes"}
    assert (DEFAULT_BASE_IRI + "eo/14060", lex + "revokes", DEFAULT_BASE_IRI + "eo/13773/sec/3") in direct
    part = {(str(s), str(o)) for s, p, o, _ in quads if str(p) == lex + "revokesInPart"}
    assert (DEFAULT_BASE_IRI + "eo/14060", DEFAULT_BASE_IRI + "eo/13773") in part
    qualified = [s for s, p, o, _ in quads if str(p).endswith("#type") and str(o) == lex + "Revocation"]
    assert len(qualified) == len(direct)


def test_loading_twice_gives_the_same_quads():
    first = {q for g in load_curated(CURATED, MINTER) for q in g.quads}
    second = {q for g in load_curated(CURATED, MINTER) for q in g.quads}
    assert first == second


def test_base_iri_is_configurable():
    other = Minter("https://example.org/lex/")
    graphs = load_curated(CURATED, other)
    subjects = {str(q[0]) for g in graphs for q in g.quads}
    assert "https://example.org/lex/eo/14060" in subjects
    assert not any(s.startswith(DEFAULT_BASE_IRI) for s in subjects)
