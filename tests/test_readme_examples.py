"""Every command README.md shows is run, and its output checked against what the README says.

Commands come from the README itself: `$ lexgraph ...` lines in text blocks (with the output printed
under them), the lines of `sh` blocks, and `lexgraph ...` in inline code. Each runs through the real
entry point (`.venv/bin/lexgraph`, or bare `lexgraph` with the venv's bin on PATH, as the README
says) in a shell, against a store the README's own `lexgraph build --corpus curated` made; `curl`
commands run against a real `lexgraph serve` on 127.0.0.1, their URL's host and port rewritten. A
command shown with its output must exit 0 and print every line shown (a line shortened with "…"
or "..." must print each part); one shown without output must exit 0 and print what the README
says it gives (INLINE below). A command the README shows that this file neither runs nor skips
with a reason fails the first test, so a new example cannot go unchecked.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import LEXGRAPH, ROOT, LiveServer

README = ROOT / "README.md"
BIN = str(Path(LEXGRAPH).parent)
LOADED_EXAMPLE = "tests/fixtures/dev/eo-13415-markdown.txt"


@dataclass(frozen=True)
class Example:
    command: str  # as the README writes it (comments removed)
    expected: tuple[str, ...] = ()  # output lines printed under it in the README
    after_loading: str | None = None  # "# after loading PATH": run on a store with PATH loaded
    inline: bool = False

    def __str__(self) -> str:
        return self.command


# Placeholder words of the CLI table's synopses: those spans are checked against --help instead.
PLACEHOLDERS = re.compile(r"\[|\||…|\bID\b|\bFILE\b|\bDIR\b|\bPATH\b|\bWORDS\b|YYYY|\bA B\b|\bNAME\b|k=v|<")


def readme_examples(text: str | None = None) -> list[Example]:
    """The commands README.md shows, in order."""
    text = README.read_text(encoding="utf-8") if text is None else text
    found: list[Example] = []
    for lang, body in re.findall(r"```(\w*)\n(.*?)```", text, re.S):
        if lang == "text":
            current: list | None = None
            loaded = None  # "# after loading PATH" holds for the rest of its block
            for line in body.splitlines():
                if line.startswith("$ "):
                    command, _, comment = line[2:].partition("  #")
                    loading = re.search(r"after loading (\S+)", comment)
                    loaded = loading.group(1) if loading else loaded
                    current = [command.strip(), [], loaded]
                    found.append(current)  # type: ignore[arg-type]
                elif current is not None and line.strip():
                    current[1].append(line)
            found[:] = [Example(c[0], tuple(c[1]), c[2]) if isinstance(c, list) else c for c in found]
        elif lang in ("sh", "bash"):
            for command in _shell_commands(body):
                found.append(Example(command))
    prose = re.sub(r"```.*?```", "", text, flags=re.S)
    for span in re.findall(r"`([^`]+)`", prose):
        span = " ".join(span.split())
        if re.match(r"^(?:\.venv/bin/)?lexgraph [a-z]", span):
            found.append(Example(span.replace("\\|", "|"), inline=True))
    return found


def _shell_commands(body: str) -> list[str]:
    """The commands of an sh block: comments dropped, a quoted argument may span lines."""
    commands, pending = [], ""
    for line in body.splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        pending += line + "\n"
        try:
            shlex.split(pending, comments=True)
        except ValueError:  # an open quote: the command goes on
            continue
        command = pending.strip()
        if "'" not in command and '"' not in command:
            command = command.split("  #", 1)[0].strip()
        commands.append(command)
        pending = ""
    return commands


# Inline commands: what the README says each gives. (Run on the curated store unless in CORPUS.)
INLINE: dict[str, tuple[str, ...]] = {
    "lexgraph build --corpus curated": ("built", "validated against ontology/shapes.ttl"),
    "lexgraph build": ("built", "validated against ontology/shapes.ttl"),
    "lexgraph build --if-changed": ("up to date",),
    "lexgraph lineage \"EO 13768\"": ("EO 13993 § 2 revokes EO 13768", "EO 14148 § 2(h) revokes EO 13993",
                                      "EO 14159 § 3(a) revokes EO 13993"),
    "lexgraph authority \"EO 13768\"": ("Exec. Order No. 13,768, 82 Fed. Reg. 8799 (Jan. 30, 2017)", "U.S. Constitution",
                                        "Immigration and Nationality Act", "8 U.S.C. 1101", "EO 13993 (§ 2)"),
    "lexgraph query --name revocations --param instrument=https://w3id.org/lexgraph/id/eo/13773": (
        "id:eo/14060", "EO 14060", "3(a)(i)", "1 row(s)"),
    "lexgraph query --name revocations --param instrument=\"EO 13773\"": ("id:eo/14060", "3(a)(i)", "1 row(s)"),
    "lexgraph path \"EO 13768\" \"EO 14060\"": ("EO 14148 § 2(h) revokes EO 13993", "EO 14148 § 2(ss) revokes EO 14060"),
    "lexgraph export": ("@prefix lex: <https://w3id.org/lexgraph/ns#>", "@prefix id: <https://w3id.org/lexgraph/id/>"),
    "lexgraph export --format nquads": ("<https://w3id.org/lexgraph/id/eo/14060>", "<https://w3id.org/lexgraph/id/graph/curated/"),
    "lexgraph edge-types": ("revokes_in_part", "lex:revokesInPart", "co_chairs"),
    "lexgraph reconcile": ("reconciliation",),
    "lexgraph reconcile --issues": ("tests/fixtures/corpus/",),  # each with its file
    "lexgraph reconcile --format json": ('"counts"',),
}
# What the README says an inline command does not print.
ABSENT: dict[str, tuple[str, ...]] = {"lexgraph path \"EO 13768\" \"EO 14060\"": ("U.S. Constitution", "rests on")}
CORPUS = {"lexgraph reconcile", "lexgraph reconcile --issues", "lexgraph reconcile --format json"}

NOT_RUN: dict[str, str] = {
    "python3 dev.py serve": "serves in the foreground; `lexgraph build --if-changed` and `lexgraph serve`, which it runs, are run here",
    "python3 dev.py test": "the whole suite and ruff: this file is part of it",
    ".venv/bin/python -m tests.benchmarks.bench_corpus": "a benchmark of the whole corpus (minutes); prints figures",
    ".venv/bin/python -m tests.benchmarks.bench_queries": "a benchmark (minutes); prints figures",
    ".venv/bin/python -m tests.benchmarks.bench_endpoint": "a benchmark (minutes); prints figures",
    ".venv/bin/python -m tests.benchmarks.load_endpoint": "a load test of 60 s; prints figures",
    "lexgraph serve": "the live_server fixture runs `lexgraph serve`; the README's curl example is run against it",
    "lexgraph status \"EO 13961\"": "the whole corpus (EO 13961 is known only from other orders' notes); "
                                    "tests/test_corpus.py checks orders known only from notes on the fixture corpus",
    "lexgraph status \"section 2 of EO 13961\"": "the whole corpus, as above",
    "lexgraph load": "a command's name in prose; `lexgraph load data/seeds/*.txt` is run",
    "lexgraph query --name": "a command's name in prose (paging); tests/test_paged_queries.py pages through the CLI",
    "lexgraph status": "a command's name in prose; the status examples are run",
    "oxigraph serve --location var/oxigraph --bind 127.0.0.1:7878 &": "started by test_remote_store_block, on a free port",
    ".venv/bin/python -m tests.benchmarks.bench_cache": "a benchmark (minutes); prints figures",
    ".venv/bin/python -m tests.benchmarks.point_ab --before DIR": "a benchmark (minutes) against another checkout; "
                                                                  "prints figures",
    "lexgraph build --store": "a command's name in prose; the Remote store block is run (test_remote_store_block)",
    "lexgraph build --store URL": "a synopsis in prose; the Remote store block is run (test_remote_store_block)",
    "lexgraph serve --store URL": "a synopsis in prose; the Remote store block is run (test_remote_store_block)",
    "lexgraph serve --processes 2": "serves in the foreground; tests/test_serve_processes.py starts it and checks "
                                    "that both processes answer, with the timeout and the barrier",
}
# The README's Remote store block: run by test_remote_store_block against a real Oxigraph server.
REMOTE = re.compile(r"^(?:oxigraph serve |lexgraph --store http://127\.0\.0\.1:7878 )")


def shell(command: str, store: Path, **env: str) -> subprocess.CompletedProcess:
    """A README command in bash from the project root: bare `lexgraph` is the venv's (its bin first on
    PATH, as after `source .venv/bin/activate`), `.venv/bin/lexgraph` the same program."""
    command = re.sub(r"(?<![\w/])\.venv/bin/lexgraph\b", LEXGRAPH, command)
    environ = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "LEXGRAPH_STORE": str(store),
               "LEXGRAPH_CORPUS": "curated", **env}
    return subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=300, cwd=ROOT, env=environ)


def _norm(text: str) -> str:
    return " ".join(text.split())


def shown_parts(line: str) -> list[str]:
    """The parts of a README output line that must be printed: split at an ellipsis (the README
    shortens quotes), each part without its quotation marks."""
    parts = [p.strip().strip("“”").strip() for p in re.split(r"…|\.\.\.", line)]
    return [_norm(p) for p in parts if len(p) >= 4]


def check_output(example: Example, result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, f"{example}: exit {result.returncode}\n{result.stderr}"
    printed = _norm(result.stdout + "\n" + result.stderr)
    for line in example.expected:
        for part in shown_parts(line):
            assert part in printed, f"{example}: the README shows {part!r}; it printed:\n{result.stdout}"


# ---------------------------------------------------------------- stores made by README commands


@pytest.fixture(scope="module")
def readme_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store the README's examples were run on: `lexgraph build --corpus curated`."""
    store = tmp_path_factory.mktemp("readme") / "store"
    result = shell("lexgraph build --corpus curated", store)
    check_output(Example("lexgraph build --corpus curated", ("built",)), result)
    return store


@pytest.fixture(scope="module")
def loaded_example_store(readme_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("readme-loaded") / "store"
    shutil.copytree(readme_store, store, symlinks=True)
    result = shell(f"lexgraph load {LOADED_EXAMPLE}", store)
    assert result.returncode == 0, result.stderr
    return store


RUNNABLE = ("lexgraph ", ".venv/bin/lexgraph ", "curl ")  # anything else must be in NOT_RUN, with a reason


def block_examples() -> list[Example]:
    return [e for e in readme_examples() if not e.inline and e.command not in NOT_RUN and e.command.startswith(RUNNABLE)
            and not REMOTE.match(e.command)]


def remote_examples() -> list[str]:
    return [e.command for e in readme_examples() if not e.inline and REMOTE.match(e.command)]


def inline_examples() -> list[Example]:
    return [e for e in readme_examples() if e.inline and not PLACEHOLDERS.search(e.command)]


# ---------------------------------------------------------------- the tests


def test_every_readme_command_is_run_or_skipped_with_a_reason() -> None:
    examples = readme_examples()
    assert len([e for e in examples if e.expected]) >= 7  # the worked examples were found
    unhandled = []
    for example in examples:
        command = example.command
        if command in NOT_RUN or command in INLINE or (example.inline and PLACEHOLDERS.search(command)):
            continue
        if not example.inline and command.startswith(RUNNABLE):
            continue
        unhandled.append(command)
    assert unhandled == [], f"README commands neither run nor skipped here: {unhandled}"
    stale = sorted((set(NOT_RUN) | set(INLINE)) - {e.command for e in examples})
    assert stale == [], f"no longer in the README: {stale}"


@pytest.mark.parametrize("example", block_examples(), ids=str)
def test_block_example(example: Example, readme_store: Path, loaded_example_store: Path, live_server: LiveServer,
                       tmp_path: Path) -> None:
    if example.command.startswith("curl "):
        command = re.sub(r"http://(?:127\.0\.0\.1|localhost):8000", live_server.url, example.command)
        assert command != example.command, "the curl example names the server at 127.0.0.1:8000"
        result = shell(command, readme_store)
        check_output(example, result)
        # what the README says it answers: `eo/14060, 3, 3(a)(i), "… Accordingly, section 3 …"`
        for part in ("eo/14060", ",3,", "3(a)(i)", "section 3 of Executive Order 13773 is hereby revoked"):
            assert part in result.stdout, result.stdout
        return
    store = loaded_example_store if example.after_loading else readme_store
    if example.after_loading:
        assert example.after_loading == LOADED_EXAMPLE
    if example.command.startswith("lexgraph load"):  # a write: on a copy
        store = tmp_path / "store"
        shutil.copytree(readme_store, store, symlinks=True)
    result = shell(example.command, store)
    check_output(example, result)
    if "--format json" in example.command:
        json.loads(result.stdout)
    if example.command.startswith("lexgraph load"):
        assert "loaded" in result.stderr + result.stdout
    elif not example.expected:
        assert result.stdout.strip(), f"{example}: printed nothing"


def test_remote_store_block(tmp_path: Path) -> None:
    """The Remote store block as a user runs it: a real `oxigraph serve` (the README's command, on a
    free port), then build-and-push and a read command through it; `serve` is run by the remote
    suites (tests/test_remote_store.py and the API tests parametrised over both stores)."""
    from tests.conftest import free_port
    from tests.remote import oxigraph_path

    commands = remote_examples()
    assert [c.split("#")[0].split()[:3] for c in commands][:2] == [["oxigraph", "serve", "--location"],
                                                                  ["lexgraph", "--store", "http://127.0.0.1:7878"]]
    port = str(free_port())
    start = commands[0].split("#")[0].strip().rstrip("&").strip()
    start = start.replace("var/oxigraph", str(tmp_path / "oxigraph")).replace("7878", port)
    server = subprocess.Popen([oxigraph_path(), *shlex.split(start)[1:]], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        import socket
        import time

        deadline = time.monotonic() + 30
        while True:  # the README puts it in the background; wait until it listens
            try:
                socket.create_connection(("127.0.0.1", int(port)), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "oxigraph serve did not start"
                time.sleep(0.2)
        for command in commands[1:]:
            if " serve " in command:
                continue
            result = shell(command.replace("7878", port), tmp_path / "unused")
            assert result.returncode == 0, f"{command}: exit {result.returncode}\n{result.stderr}"
            printed = result.stdout + result.stderr
            if " build" in command:
                assert "pushed" in printed and "127.0.0.1:" + port in printed, printed
            else:  # the lineage the README's worked example shows, read from the remote store
                assert "EO 14060" in printed and "Threat Mitigation Working Group" in printed, printed
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.parametrize("example", inline_examples(), ids=str)
def test_inline_example(example: Example, readme_store: Path, corpus_root: Path, tmp_path: Path) -> None:
    command = example.command
    if command in NOT_RUN:
        pytest.skip(NOT_RUN[command])
    assert command in INLINE, f"say what `{command}` gives (INLINE) or why it is not run (NOT_RUN)"
    store = corpus_root if command in CORPUS else readme_store
    if command.startswith("lexgraph build"):  # a write: on a copy of the store
        store = tmp_path / "store"
        shutil.copytree(readme_store, store, symlinks=True)
    result = shell(command, store)
    check_output(Example(command, INLINE[command]), result)
    for absent in ABSENT.get(command, ()):
        assert absent not in result.stdout, f"{command}: the README says it does not print {absent!r}"


def test_cli_table_names_real_commands_and_flags(readme_store: Path) -> None:
    """Each synopsis in the README's CLI table is a command that takes every flag it lists."""
    synopses = [e.command for e in readme_examples() if e.inline and PLACEHOLDERS.search(e.command)]
    assert len(synopses) >= 15
    for synopsis in synopses:
        words = synopsis.split()
        name = words[1]
        help_text = shell(f"lexgraph {name} --help", readme_store)
        assert help_text.returncode == 0, f"{synopsis}: {help_text.stderr}"
        for flag in re.findall(r"--[a-z][a-z-]*", synopsis):
            assert flag in help_text.stdout, f"`{synopsis}`: lexgraph {name} has no {flag}"


def test_extraction_reads_blocks_commands_and_outputs() -> None:
    text = (
        "```text\n$ lexgraph status X --on 2020-01-01          # after loading a/b.txt\nX on 2020: in force\n"
        "  “… a quote …”\n\n$ lexgraph path A B\npath 1\n```\n"
        "```sh\ncurl -s http://127.0.0.1:8000/sparql --data-urlencode query='\nSELECT * {}\n}'\n"
        "lexgraph load x.txt   # add\n```\nInline `lexgraph node \"EO 1\"` and `lexgraph serve [--port]`."
    )
    found = readme_examples(text)
    assert found[0] == Example("lexgraph status X --on 2020-01-01", ("X on 2020: in force", "  “… a quote …”"), "a/b.txt")
    assert found[1] == Example("lexgraph path A B", ("path 1",), "a/b.txt")  # "after loading" holds for the block
    assert found[2].command.startswith("curl -s http://127.0.0.1:8000/sparql") and found[2].command.endswith("}'")
    assert found[3] == Example("lexgraph load x.txt")
    assert [e.command for e in found[4:]] == ['lexgraph node "EO 1"', "lexgraph serve [--port]"]
    assert shown_parts("  “… a quote …”") == ["a quote"]
