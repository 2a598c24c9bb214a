"""Without Chromium the widget tests skip on a developer machine and fail under CI=true."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import browser


@pytest.fixture
def no_chromium(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    monkeypatch.setattr(browser.shutil, "which", lambda name: None)
    monkeypatch.setattr(browser, "DEBIAN_CHROMIUM", tmp_path / "no-chromium")
    return monkeypatch


def test_missing_chromium_fails_under_ci(no_chromium: pytest.MonkeyPatch) -> None:
    no_chromium.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true but chromium is not installed"):
        browser.chromium_path()


def test_missing_chromium_skips_elsewhere(no_chromium: pytest.MonkeyPatch) -> None:
    no_chromium.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium is not installed"):
        browser.chromium_path()


def test_ci_script_installs_chromium_and_runs_the_readme_command() -> None:
    script = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert "command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }" in script
    assert script.rstrip().endswith("python3 dev.py test")
    assert "playwright install" not in script
