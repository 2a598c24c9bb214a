"""The `lexgraph` command line: build, validate, query, lineage, export, serve.

`main()` reads the settings once (flags over environment over defaults, graph/settings.py) and
hands them to the command. Every user error (bad data, unknown id, broken query, bad setting) is
a LexgraphError, printed by `main()` as one line on stderr, `lexgraph: error: <message>`, with
the exit status of its class (graph/errors.py); nothing stored is touched by a failing command.
The JSON a command prints is the answer the API returns (queries/answers.py); its text output
renders that same answer.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from graph.edge_types import BY_NAME, EDGE_TYPES
from graph.errors import ConfigError, InvalidInput, LexgraphError, NotFound, ValidationFailed, storage_error
from graph.namespaces import Minter
from graph.settings import Settings


class _Out(Console):
    """rich exits with status 1 when the reader of a pipe goes away (`lexgraph lineage X | head`);
    hand that to main(), which ends quietly with status 0, as Unix tools do."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


err = Console(stderr=True, highlight=False, soft_wrap=True)
out = _Out(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)

QUERY_FORMATS = ("json", "csv", "tsv", "xml", "table")
EXPORT_CHOICES = ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml")


def _t(text: object) -> str:
    """Data shown inside rich markup: brackets in a quote or label must print, not style."""
    return escape(str(text))


def _print_json(answer: object) -> int:
    print(json.dumps(answer, indent=2, ensure_ascii=False))
    return 0


def _open(settings: Settings):
    from graph.remote import open_store  # the embedded build, or a remote store for an http(s) --store

    return open_store(settings)


def _data_dir(settings: Settings):
    if not settings.data.is_dir():
        raise ConfigError(f"no data directory at {settings.data} (give --data DIR or set LEXGRAPH_DATA)")
    return settings.data


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from server.cli_build import cmd_build as build

    return build(args, settings)


def cmd_validate(args: argparse.Namespace, settings: Settings) -> int:
    from graph.build import write_store
    from graph.store import GraphStore
    from graph.validate import validate_store
    from loaders.registry import load_data_dir

    if args.data:
        minter = Minter(settings.base_iri)
        store = GraphStore.in_memory()
        graphs = load_data_dir(_data_dir(settings), minter, settings.corpus_dir)
        write_store(store, graphs, minter, "validate", lambda _m: None)
        base, what = minter.base, f"data in {settings.data}"
    else:
        store = _open(settings)
        base, what = store.base_iri, f"store {store.path or settings.remote}"
    violations = validate_store(store, base)
    if violations:
        raise ValidationFailed(violations)
    err.print(f"{what}: valid ({len(store)} triples conform to ontology/shapes.ttl)")
    return 0


def _shorten(term: dict, namespaces: list[tuple[str, str]]) -> str:
    """An IRI with the project's prefixes (`id:eo/14060`, `lex:revokes`), as the query page shows it."""
    value = term.get("value", "")
    if term.get("type") == "uri":
        for ns, name in namespaces:
            if value.startswith(ns) and len(value) > len(ns):
                return f"{name}:{value[len(ns):]}"
    return value


def _print_table(body: bytes, store) -> None:
    from graph.export import prefixes

    data = json.loads(body)
    if "boolean" in data:
        out.print("true" if data["boolean"] else "false")
        return
    namespaces = sorted(((ns, name) for name, ns in prefixes(store).items()), key=lambda p: -len(p[0]))
    names = data["head"]["vars"]
    table = Table(*names, show_lines=False)
    for row in data["results"]["bindings"]:
        table.add_row(*[_t(_shorten(row.get(n, {}), namespaces)) for n in names])
    out.print(table)
    err.print(f"{len(data['results']['bindings'])} row(s)")


def cmd_query(args: argparse.Namespace, settings: Settings) -> int:
    from queries.answers import canned_values
    from queries.catalog import get
    from queries.guard import check_query

    store = _open(settings)
    bindings = None
    if args.name:
        if args.file:
            raise InvalidInput("give a query FILE or --name NAME, not both")
        canned = get(args.name)
        params = {}
        for item in args.param or []:
            key, sep, value = item.partition("=")
            if not sep:
                raise InvalidInput(f"--param {item!r}: write NAME=VALUE")
            params[key] = value
        sparql, bindings = canned.prepared(canned_values(store, canned.name, params))  # a page: --param offset=N
    elif args.file == "-":
        sparql = sys.stdin.read()
    elif args.file:
        path = Path(args.file)
        if not path.is_file():
            raise NotFound(str(path), message=f"{path}: no such query file")
        sparql = path.read_text(encoding="utf-8")
    else:
        raise InvalidInput("give a query FILE, '-' for standard input, or --name NAME")
    # a local file, not a public endpoint: the server's query length limit does not apply
    analysis = check_query(sparql, max_length=10_000_000, allow_service=settings.allow_service)
    fmt = "json" if args.format == "table" else args.format
    graph_fmt = "turtle" if args.format in ("json", "table") else "ntriples"
    kind, body = store.query_serialized(sparql, result_format=fmt, graph_format=graph_fmt, bindings=bindings,
                                        query_dataset=analysis.has_dataset)
    if args.format == "table" and kind != "graph":
        _print_table(body or b"", store)
    else:
        sys.stdout.buffer.write(body or b"")
        sys.stdout.flush()
    return 0


def _short(iri: str, base: str) -> str:
    return iri[len(base) :] if iri.startswith(base) else iri


def cmd_node(args: argparse.Namespace, settings: Settings) -> int:
    from queries.answers import node_answer

    answer = node_answer(_open(settings), args.id)
    if args.format == "json":
        return _print_json(answer)
    date = f", {answer['date']}" if "date" in answer else ""
    out.print(f"[bold]{_t(answer['label'])}[/] ({_t(answer['type'])}){date}")
    if answer.get("title"):
        out.print(f"  {_t(answer['title'])}")
    out.print(f"  {_t(answer['citation'])}")
    out.print(f"  [dim]{_t(answer['id'])}[/]")
    return 0


def cmd_lineage(args: argparse.Namespace, settings: Settings) -> int:
    from queries.answers import lineage_answer, parse_date, parse_types

    store = _open(settings)
    answer = lineage_answer(
        store, args.id, depth=args.depth, types=parse_types(args.types), as_of=parse_date(args.as_of),
        on=parse_date(args.on), with_sparql=args.sparql,
    )
    if args.format == "json":
        return _print_json(answer)
    labels = {n["id"]: n["label"] for n in answer["nodes"]}
    statuses = {n["id"]: n["status"] for n in answer["nodes"] if "status" in n}
    node = answer["node"]
    out.print(f"[bold]Lineage of {_t(node['label'])}[/]" + (f" — {_t(node['title'])}" if node.get("title") else ""))
    if not answer["edges"]:
        out.print("  (no lineage edges: nothing establishes, revokes, replaces or directs it)")
    for edge in answer["edges"]:
        verb = BY_NAME[edge["type"]].present
        if edge.get("target_section"):
            verb = f"{BY_NAME[edge.get('stated_type') or edge['type']].present} § {edge['target_section']} of"
        instrument = labels.get(edge["instrument"]) or _short(edge["instrument"], store.base_iri)
        pin = f" § {edge['section']}" if edge["section"] else ""
        by = f"  [dim](by {_t(instrument)}{pin})[/]" if edge["instrument"] != edge["source"] else ""
        out.print(
            f"{edge['date'] or '?':10}  [bold]{_t(labels[edge['source']])}[/]{pin if not by else ''} "
            f"[cyan]{verb}[/] [bold]{_t(labels[edge['target']])}[/]{by}"
        )
        out.print(f"            [dim]“{_t(edge['quote'])}”[/]")
    if statuses:
        out.print(f"[bold]Status on {answer['on']}[/]")
        for node_id, state in statuses.items():
            out.print(f"  {_t(labels[node_id])}: {state.replace('_', ' ')}")
    if args.sparql:
        out.print(answer["sparql"], markup=False)
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from queries.answers import parse_date, status_answer

    result = status_answer(_open(settings), args.id, parse_date(args.on), with_sparql=args.sparql)
    if args.format == "json":
        return _print_json(result)
    state = result["status"]
    colour = {"in_force": "green", "active": "green", "partially_revoked": "yellow",
              "partially_superseded": "yellow"}.get(state, "red")
    out.print(f"[bold]{_t(result['label'])}[/] on {result['on']}: [{colour}]{state.replace('_', ' ')}[/]")
    if result["revoked_sections"]:
        out.print(f"  sections revoked: {', '.join('§ ' + s for s in result['revoked_sections'])}")
    if result["superseded_sections"]:
        out.print(f"  sections superseded: {', '.join('§ ' + s for s in result['superseded_sections'])}")
    for key in ("revoked_by", "superseded_by", "suspended_by", "reinstated_by"):
        for r in result[key]:
            what = f"§ {r['affected_section']} " if r.get("affected_section") else ""
            pin = f" § {r['section']}" if r.get("section") else ""
            out.print(f"  {what}{BY_NAME[r['type']].inverse} [bold]{_t(r['label'])}{pin}[/] on {r['date']}")
            out.print(f"    [dim]“{_t(r['quote'])}”[/]")
    for r in result["replaced_by"]:
        pin = f" § {r['section']}" if r.get("section") else ""
        out.print(f"  replaced by [bold]{_t(r['label'])}[/] ({_t(r['instrument_label'])}{pin}, {r['date']})")
        out.print(f"    [dim]“{_t(r['quote'])}”[/]")
    for r in result["amended_by"]:
        what = f"§ {r['amended_section']} " if r.get("amended_section") else ""
        pin = f" § {r['section']}" if r.get("section") else ""
        out.print(f"  {what}amended by [bold]{_t(r['label'])}{pin}[/] on {r['date']}")
    for fact in result.get("proof", ()):  # in force: signed, published, nothing recorded against it
        out.print(f"  {_t(fact['text'])}")
    for note in result["notes"]:
        out.print(f"  [italic]{_t(note)}[/]")
    if args.sparql:
        out.print(result["sparql"], markup=False)
    return 0


def cmd_authority(args: argparse.Namespace, settings: Settings) -> int:
    from rich.tree import Tree

    from queries.answers import authority_answer

    result = authority_answer(_open(settings), args.id, with_sparql=args.sparql)
    if args.format == "json":
        return _print_json(result)
    tree = Tree(f"[bold]{_t(result['node']['label'])}[/] — {_t(result['citation'])}")
    for branch in result["branches"].values():
        if not branch["items"]:
            continue
        node = tree.add(f"[cyan]{_t(branch['title'])}[/]")
        # one line per instrument and act, its pinpoints together: an official directed by one order in
        # eighteen sections reads as one line, not eighteen
        lines: dict[tuple, list[str]] = {}
        for item in branch["items"]:
            label = item["label"]
            if item["direction"] == "in" and item.get("object_section"):
                label += f" ({item['type']} § {item['object_section']})"
            section = item["section"]
            pins = lines.setdefault((label, item["date"] or ""), [])
            if section and (pin := section if section == "preamble" else f"§ {section}") not in pins:
                pins.append(pin)
        for (label, date), pins in lines.items():
            pin = f" ({', '.join(pins)})" if pins else ""
            node.add(f"{_t(label)}{pin}" + (f", {date}" if date else ""))
    out.print(tree)
    if args.sparql:
        out.print(result["sparql"], markup=False)
    return 0


def cmd_path(args: argparse.Namespace, settings: Settings) -> int:
    from queries.answers import parse_date, parse_types, path_answer

    result = path_answer(
        _open(settings), args.source, args.target, max_length=args.max_length, all_paths=args.all,
        types=parse_types(args.types), as_of=parse_date(args.as_of), with_sparql=args.sparql,
        via_hubs=args.through_hubs,
    )
    if args.format == "json":
        _print_json(result)
        return 0 if result["paths"] else 1
    if not result["paths"]:
        limit = args.max_length
        hint = "" if args.through_hubs else " that avoids hub nodes (add --through-hubs to allow them)"
        raise NotFound(args.target,
                       message=f"no path between {args.source!r} and {args.target!r} within {limit} steps{hint}")
    label = lambda n: result["nodes"].get(n, {}).get("label", n)  # noqa: E731
    for number, path in enumerate(result["paths"], start=1):
        out.print(f"[bold]path {number}[/] ({len(path)} steps, {result['mode']})")
        for step in path:
            subject, obj = step.get("subject", step["from"]), step.get("object", step["to"])
            pin = f" § {step['section']}" if step.get("section") else ""
            by = step.get("instrument")
            made_by = f" [dim](by {_t(label(by))}{pin})[/]" if by and by != subject else ""
            part = f"§ {step['target_section']} of " if step.get("target_section") else ""
            out.print(
                f"  {step.get('date') or '?':10}  {_t(label(subject))}{pin if not made_by else ''} "
                f"[cyan]{BY_NAME[step['type']].present}[/] {part}{_t(label(obj))}{made_by}"
            )
            if step.get("quote"):  # the evidence: the sentence that makes the edge
                out.print(f"              [dim]“{_t(step['quote'])}”[/]")
    if args.sparql:
        out.print(result["sparql"], markup=False)
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from graph.export import export

    store = _open(settings)
    if args.output:
        target = Path(args.output)
        tmp = target.with_name(f".{target.name}.partial")
        with tmp.open("wb") as fh:
            export(store, fh, args.format)
        tmp.replace(target)
        err.print(f"wrote {target} ({target.stat().st_size} bytes, {args.format})")
    else:
        buffer = io.BytesIO()
        export(store, buffer, args.format)
        sys.stdout.buffer.write(buffer.getvalue())
    return 0


def cmd_edge_types(args: argparse.Namespace, settings: Settings) -> int:
    if args.format == "json":
        return _print_json([t.as_dict() for t in EDGE_TYPES])
    table = Table("name", "property", "reads", "inverse", "lineage", "status effect")
    for t in EDGE_TYPES:
        table.add_row(t.name, f"lex:{t.prop}", t.present, t.inverse,
                      ("forward" if t.forward else "backward") if t.lineage else "", t.effect or "")
    out.print(table)
    return 0


def cmd_queries(args: argparse.Namespace, settings: Settings) -> int:
    from queries.catalog import catalog

    if args.format == "json":  # what /api/queries returns
        from queries.answers import queries_answer

        return _print_json(queries_answer())
    table = Table("name", "parameters", "description")
    for q in catalog().values():
        params = [f"{p.name} ({p.type})" for p in q.params] + ([f"offset ({q.page} rows a page)"] if q.page else [])
        table.add_row(q.name, ", ".join(params), q.description)
    out.print(table)
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from server.app import create_app

    app = create_app(settings)  # with --processes too: the store and the barrier are checked once, here
    err.print(f"serving {settings.remote or settings.store} on http://{settings.host}:{settings.port} (read-only"
              f"{f', {settings.processes} processes' if settings.processes > 1 else ''}); "
              f"query workers' network barrier: {app.state.barrier}")
    if settings.processes > 1:
        from server.processes import serve

        del app
        serve(settings, settings.processes, args.log_level)
        return 0
    # loop="asyncio": uvloop (picked by "auto" when installed) makes the query workers' pipes
    # non-blocking in add_reader, and a large answer's chunk then fails to read; it measured no faster.
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=args.log_level, loop="asyncio")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lexgraph", description=__doc__.splitlines()[0])
    p.add_argument(
        "--store", help="store root (default: $LEXGRAPH_STORE or var/store; relative to the current directory), "
        "or the http(s) URL of a SPARQL server to use as a remote store (README: Remote store)"
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="build a new store from data/ and swap it in if it validates")
    b.add_argument("--data", help="data directory (default: $LEXGRAPH_DATA or data; relative to the current directory)")
    b.add_argument(
        "--base-iri",
        help="base IRI for minted nodes (default: $LEXGRAPH_BASE_IRI or https://w3id.org/lexgraph/id/)",
    )
    b.add_argument("--corpus", help="full (default: the whole corpus in DATA/sources), curated (curated data "
                   "only) or a sources directory laid out like data/sources (default: $LEXGRAPH_CORPUS or full)")
    b.add_argument("--if-changed", action="store_true",
                   help="rebuild only if data/ (or the loaders) changed since the current build; say which")
    b.add_argument("--chunk-mb", type=float, default=4.0,
                   help="with --store URL: the size of one upload of the staged push, in MB (default 4)")
    b.set_defaults(func=cmd_build)

    v = sub.add_parser(
        "validate", help="check the store (or --data DIR, without storing) against the SHACL shapes"
    )
    v.add_argument("--data", help="validate this data directory instead of the built store")
    v.add_argument("--corpus", help="with --data: full, curated or a sources directory (default: full)")
    v.add_argument("--base-iri")
    v.set_defaults(func=cmd_validate)

    q = sub.add_parser("query", help="run a SPARQL query from FILE, '-' (stdin) or --name NAME")
    q.add_argument("file", nargs="?", metavar="FILE|-")
    q.add_argument("--format", choices=QUERY_FORMATS, default="table")
    q.add_argument("--name", help="run a canned query by name (see `lexgraph queries`)")
    q.add_argument("--param", action="append", metavar="NAME=VALUE", help="a canned query parameter")
    q.add_argument("--allow-service", action="store_true", help="allow SERVICE (outbound HTTP)")
    q.set_defaults(func=cmd_query)

    lin = sub.add_parser("lineage", help="where an instrument or body came from and what happened to it")
    lin.add_argument("id", help='e.g. "EO 14060", "Executive Order 13768", "USCTOC", an IRI')
    lin.add_argument("--format", choices=("text", "json"), default="text")
    lin.add_argument("--sparql", action="store_true", help="also print the SPARQL behind the answer")
    lin.add_argument("--depth", type=int, help="at most this many steps from the node")
    lin.add_argument("--types", help="comma-separated lineage edge types, e.g. revokes,revokes_in_part "
                     "(`lexgraph edge-types` lists them)")
    lin.add_argument("--as-of", help="only edges in effect on this date (YYYY-MM-DD)")
    lin.add_argument("--on", help="also give each node's status on this date (YYYY-MM-DD)")
    lin.set_defaults(func=cmd_lineage)

    st = sub.add_parser("status", help="in force, revoked or partially revoked on a date, with the proof")
    st.add_argument("id")
    st.add_argument("--on", help="the date (YYYY-MM-DD; default today)")
    st.add_argument("--format", choices=("text", "json"), default="text")
    st.add_argument("--sparql", action="store_true")
    st.set_defaults(func=cmd_status)

    au = sub.add_parser("authority", help="what an order rests on, what it does, what cites or revokes it")
    au.add_argument("id")
    au.add_argument("--format", choices=("text", "json"), default="text")
    au.add_argument("--sparql", action="store_true")
    au.set_defaults(func=cmd_authority)

    pa = sub.add_parser("path", help="how two nodes are connected")
    pa.add_argument("source")
    pa.add_argument("target")
    pa.add_argument("--all", action="store_true", help="all simple paths up to --max-length")
    pa.add_argument("--max-length", type=int, default=6)
    pa.add_argument("--types", help="comma-separated edge types to follow")
    pa.add_argument("--as-of", help="only edges in effect on this date")
    pa.add_argument("--format", choices=("text", "json"), default="text")
    pa.add_argument("--sparql", action="store_true", help="also print the SPARQL the projection reads")
    pa.add_argument("--through-hubs", action="store_true",
                    help="also pass through hub nodes: the Constitution, statutes, Code sections, offices, "
                    "agencies, and any node with over 40 neighbours (skipped by default)")
    pa.set_defaults(func=cmd_path)

    nd = sub.add_parser("node", help="one node: label, type, date, Bluebook citation")
    nd.add_argument("id")
    nd.add_argument("--format", choices=("text", "json"), default="text")
    nd.set_defaults(func=cmd_node)

    e = sub.add_parser("export", help="dump the graph in a standard format")
    e.add_argument("--format", choices=EXPORT_CHOICES, default="turtle")
    e.add_argument("-o", "--output", help="file to write (default: stdout)")
    e.set_defaults(func=cmd_export)

    ql = sub.add_parser("queries", help="list the canned queries")
    ql.add_argument("--format", choices=("text", "json"), default="text")
    ql.set_defaults(func=cmd_queries)

    et = sub.add_parser("edge-types", help="every edge type: name, ontology term, verbs, lineage, status effect")
    et.add_argument("--format", choices=["table", "json"], default="table")
    et.set_defaults(func=cmd_edge_types)

    s = sub.add_parser("serve", help="serve the store over HTTP (SPARQL endpoint and JSON API)")
    s.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    s.add_argument("--port", type=int, help="port (default 8000)")
    s.add_argument("--timeout", type=float, help="query timeout in seconds (default: $LEXGRAPH_QUERY_TIMEOUT or 10)")
    s.add_argument("--workers", type=int,
                   help="query worker processes per server process (default: $LEXGRAPH_WORKERS or 2)")
    s.add_argument("--processes", type=int, help="server processes sharing the port (SO_REUSEPORT), each "
                   "with its own query workers (default: $LEXGRAPH_PROCESSES or 1)")
    s.add_argument("--update-token", help="enable /update and /store writes for this bearer token "
                   "(default: $LEXGRAPH_UPDATE_TOKEN)")
    s.add_argument("--update-timeout", type=float,
                   help="seconds one write may take (default: $LEXGRAPH_UPDATE_TIMEOUT or 120)")
    s.add_argument("--allow-service", action="store_true",
                   help="let queries use SERVICE (outbound HTTP): also lifts the workers' network barrier")
    s.add_argument("--queue", type=int, dest="query_queue",
                   help="queries that may wait for a busy worker; more get 503 at once "
                   "(default: $LEXGRAPH_QUERY_QUEUE or 16)")
    s.add_argument("--inline-budget", type=float, metavar="SECONDS",
                   help="how long a one-pattern query may stream in the server process before it is stopped "
                   "and handed to a worker; 0: every query in a worker (default: $LEXGRAPH_INLINE_BUDGET or 0.005)")
    s.add_argument("--answer-cache-mb", type=int, metavar="MB",
                   help="memory for recent /api and GET /sparql answers, 0 for none "
                   "(default: $LEXGRAPH_ANSWER_CACHE_MB or 64)")
    s.add_argument("--worker-memory", type=int, dest="worker_memory_mb", metavar="MB",
                   help="address-space limit of each query worker in MB, 0 for none "
                   "(default: $LEXGRAPH_WORKER_MEMORY_MB or 1024)")
    s.add_argument("--max-result-bytes", type=int, help="cap on one SPARQL answer (default 200000000)")
    s.add_argument("--allow-no-barrier", action="store_true",
                   help="serve even if no network barrier (network namespace, seccomp) can be applied "
                   "to the query workers; SERVICE is then stopped by the query parser alone")
    s.add_argument("--log-level", default="info")
    s.set_defaults(func=cmd_serve)

    from server.cli_build import register as register_corpus  # `reconcile` and `orders`
    from server.cli_loaders import register  # `load` and `extract` (issue 3)

    register(sub)
    register_corpus(sub)
    return p


def settings_from(args: argparse.Namespace) -> Settings:
    """The one Settings object of this process: flags over the environment over the defaults."""
    flag = lambda name: getattr(args, name, None)  # noqa: E731 - flags only some commands have
    return Settings.from_env(
        store=args.store, data=flag("data"), corpus=flag("corpus"), base_iri=flag("base_iri"), host=flag("host"),
        port=flag("port"),
        query_timeout=flag("timeout"), workers=flag("workers"), processes=flag("processes"),
        update_token=flag("update_token"),
        update_timeout=flag("update_timeout"), allow_service=flag("allow_service") or None,
        query_queue=flag("query_queue"), inline_budget=flag("inline_budget"),
        answer_cache_mb=flag("answer_cache_mb"), worker_memory_mb=flag("worker_memory_mb"),
        allow_no_barrier=flag("allow_no_barrier") or None, max_result_bytes=flag("max_result_bytes"),
    )


def report(exc: LexgraphError) -> int:
    """The one place an error reaches the user: one line on stderr; the exit status of its class."""
    err.print(f"lexgraph: error: {exc}", markup=False)
    return exc.exit_code


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's own flush at exit does not raise on the closed pipe."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    try:
        code = args.func(args, settings_from(args))
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
    except LexgraphError as exc:
        code = report(exc)
    except BrokenPipeError:  # `lexgraph export | head`: the reader has what it wants; exit quietly, as Unix tools do
        _quiet_stdout()
        code = 0
    except OSError as exc:  # a disk or permission problem outside the store writers: still one line
        code = report(storage_error(exc, f"lexgraph {args.command}"))
    except KeyboardInterrupt:
        err.print("lexgraph: interrupted; the store was not changed")
        code = 130
    sys.exit(code)


if __name__ == "__main__":
    main()
