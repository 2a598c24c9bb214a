"""Settings: one object, read once: defaults < environment < flags; paths resolved one way;
unsafe values refused with a message naming the setting."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from graph.errors import ConfigError
from graph.namespaces import DEFAULT_BASE_IRI
from graph.settings import Settings
from tests.conftest import LEXGRAPH, ROOT


def test_defaults_resolve_store_and_data_against_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = Settings.from_env({})
    assert settings.store == tmp_path / "var" / "store"
    assert settings.data == tmp_path / "data"
    assert settings.base_iri == DEFAULT_BASE_IRI and settings.update_token is None


def test_relative_paths_from_flags_and_environment_follow_the_same_rule(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = Settings.from_env({"LEXGRAPH_STORE": "stores/a", "LEXGRAPH_DATA": "../elsewhere"})
    assert settings.store == tmp_path / "stores" / "a"
    assert settings.data == tmp_path.parent / "elsewhere"
    assert Settings(store=Path("s"), data=Path("d")).store == tmp_path / "s"
    assert Settings.from_env({}, store="s").store.is_absolute()


def test_flags_win_over_the_environment_and_none_means_not_given():
    env = {"LEXGRAPH_QUERY_TIMEOUT": "5", "LEXGRAPH_WORKERS": "3", "LEXGRAPH_BASE_IRI": "https://example.org/id/",
           "LEXGRAPH_UPDATE_TOKEN": "x" * 16}
    settings = Settings.from_env(env, query_timeout=7.5, workers=None)
    assert settings.query_timeout == 7.5 and settings.workers == 3
    assert settings.base_iri == "https://example.org/id/" and settings.update_token == "x" * 16


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        Settings.from_env({}).port = 1  # type: ignore[misc]


@pytest.mark.parametrize("overrides, message", [
    ({"port": 0}, "port 0 is out of range"),
    ({"query_timeout": 0}, "query timeout must be between 0 and 600 seconds"),
    ({"query_timeout": 3600}, "query timeout must be between 0 and 600 seconds"),
    ({"update_timeout": -1}, "update timeout must be between 0 and 3600 seconds"),
    ({"workers": 64}, "workers must be between 1 and 32"),
    ({"update_token": "short"}, "at least 16 characters"),
    ({"update_token": "sixteen chars and a space"}, "white space"),
    ({"base_iri": "https://example.org/id"}, "ending in '/'"),
    ({"base_iri": "ftp://example.org/id/"}, "http(s) IRI"),
    ({"max_query_length": 10}, "max_query_length"),
    ({"max_results": 0}, "max_results must be positive"),
    ({"host": "local host"}, "not a host name"),
    ({"store": "same", "data": "same"}, "both"),
    ({"inline_budget": -0.001}, "inline budget must be between 0 and 0.1 seconds"),
    ({"inline_budget": 1}, "inline budget must be between 0 and 0.1 seconds"),
])
def test_unsafe_values_are_refused_with_a_clear_message(overrides, message):
    with pytest.raises(ConfigError) as info:
        Settings.from_env({}, **overrides)
    assert message in str(info.value)
    assert info.value.exit_code == 2 and info.value.code == "bad_setting"


def test_a_variable_that_is_not_a_number_is_named():
    with pytest.raises(ConfigError, match="LEXGRAPH_QUERY_TIMEOUT='soon' is not a number"):
        Settings.from_env({"LEXGRAPH_QUERY_TIMEOUT": "soon"})


def test_unknown_setting_is_a_programming_error():
    with pytest.raises(TypeError):
        Settings.from_env({}, colour="blue")


def test_cli_reports_a_bad_environment_value_in_one_line_with_status_2(store_root):
    env = {**os.environ, "LEXGRAPH_WORKERS": "many"}
    result = subprocess.run([LEXGRAPH, "--store", str(store_root), "lineage", "EO 14060"],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == "lexgraph: error: LEXGRAPH_WORKERS='many' is not a number"


def test_cli_build_names_a_missing_data_directory(tmp_path):
    result = subprocess.run([LEXGRAPH, "--store", str(tmp_path / "store"), "build", "--data", "nowhere"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == f"lexgraph: error: no data directory at {tmp_path / 'nowhere'} " \
        "(give --data DIR or set LEXGRAPH_DATA)"
