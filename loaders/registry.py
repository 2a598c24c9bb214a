"""Which loader reads which source files.

`load_build` is what `lexgraph build` reads: the curated data, plus (by default) the whole raw
corpus under data/sources/ (loaders.corpus_load): every executive order with its disposition and
text. `load_data_dir` is the same without the report; with no `corpus` it reads the curated data
only (what the tests' session store is built from). Source documents (order texts, analysis pages,
strategies, Federal Register API JSON) come in through `lexgraph load`, which calls `load_files`;
each file is detected by its content, not its name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from graph.errors import DataError
from graph.namespaces import Minter
from graph.progress import NO_PROGRESS, Tasks
from graph.quads import LoadedGraph
from loaders.curated import load_curated
from loaders.model import Extraction, read_source_text

KINDS = ("press-release", "commercial", "federal-register", "whitehouse", "markdown", "analysis", "strategy", "fr-api")


def load_data_dir(data: Path, minter: Minter, corpus: Path | None = None) -> list[LoadedGraph]:
    """The curated data (one named graph per file) and, given a sources directory, the corpus."""
    return load_build(data, minter, corpus)[0]


def load_build(
    data: Path, minter: Minter, corpus: Path | None = None, tasks: Tasks = NO_PROGRESS
) -> tuple[list[LoadedGraph], dict | None]:
    """(graphs, corpus report or None): what a build writes, and what the corpus loaders found."""
    if not data.is_dir():
        raise DataError(data, "data directory not found")
    curated_files = sorted((data / "curated").glob("*.toml"))
    if not curated_files:
        raise DataError(data, "no curated/*.toml files: nothing to build")
    curated = load_curated(curated_files, minter)
    if corpus is None:
        return curated, None
    from loaders.context import load_context
    from loaders.corpus_load import load_corpus

    graphs, report = load_corpus(corpus, minter, load_context(data), curated, tasks)
    return [*curated, *graphs], report


def detect_kind(path: Path, text: str) -> str:
    """The kind of a source document, from its content; a DataError if no loader knows it."""
    from loaders import analysis, order_text, strategy

    if text.lstrip()[:1] in ("{", "["):
        return "fr-api"
    layout = order_text.detect(text)
    if layout:
        return layout
    if order_text.is_markdown_order(text):  # an older order ('By virtue of ...'): the corpus adapter reads it
        return "markdown"
    if analysis.detect(text):
        return "analysis"
    if strategy.detect(text):
        return "strategy"
    raise DataError(
        path,
        "not in a known layout (order text: press release, legal database, Federal Register, "
        "White House page or FR-XML Markdown; analysis page; strategy; Federal Register API JSON)",
    )


def extract_file(path: Path, ctx: object, eo_number: int | None = None) -> Extraction:
    """Read one source document into an Extraction (no RDF, no store)."""
    from loaders.analysis import extract_analysis
    from loaders.fr_api import extract_fr_api
    from loaders.markdown_text import extract_markdown_file
    from loaders.order_text import detect, extract_order
    from loaders.strategy import extract_strategy

    text = read_source_text(path)
    kind = detect_kind(path, text)
    if kind == "fr-api":
        return extract_fr_api(path, text)
    if kind == "analysis":
        return extract_analysis(path, text, ctx)  # type: ignore[arg-type]
    if kind == "strategy":
        return extract_strategy(path, text, ctx)  # type: ignore[arg-type]
    if kind == "markdown" and detect(text) is None:  # read as `lexgraph build` reads it in the corpus
        return extract_markdown_file(path, text, ctx)  # type: ignore[arg-type]
    return extract_order(path, text, ctx, kind, eo_number=eo_number)  # type: ignore[arg-type]


def load_files(
    paths: Iterable[Path],
    minter: Minter,
    data_dir: Path | None = None,
    progress: Callable[[Path], None] = lambda _p: None,
) -> list[LoadedGraph]:
    """Each file -> its own named graph (graph/extracted/<file stem>), checked against curated data."""
    from loaders.context import load_context
    from loaders.emit import graph_name, to_graph

    ctx = load_context(data_dir)
    graphs: list[LoadedGraph] = []
    seen: dict[str, Path] = {}
    for path in paths:
        name = str(graph_name(path, minter))
        if name in seen and seen[name].resolve() != path.resolve():
            raise DataError(path, f"another file ({seen[name]}) has the same name and would share its graph")
        if name in seen:
            continue
        seen[name] = path
        graphs.append(to_graph(extract_file(path, ctx), minter, ctx))
        progress(path)
    return graphs
