"""Every setting in one frozen object, read once at process start and passed down.

The CLI builds it in `main()` from its flags and the environment; the server's
`create_app(settings)` takes it. Nothing else reads `os.environ`.

Paths: a relative path — including the defaults `var/store` and `data` — is taken relative to the
current working directory when the settings are made, and stored absolute, so the store and
the data directory follow one rule (run lexgraph from the project root, as dev.py does).

Precedence: an explicit value (a flag, a keyword) over the environment over the default.
Values are checked here; an unsafe or unusable one is a ConfigError naming the setting.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from graph.errors import ConfigError
from graph.namespaces import DEFAULT_BASE_IRI

# setting -> environment variable (the only environment lexgraph reads)
ENVIRONMENT = {
    "store": "LEXGRAPH_STORE",
    "data": "LEXGRAPH_DATA",
    "corpus": "LEXGRAPH_CORPUS",
    "base_iri": "LEXGRAPH_BASE_IRI",
    "query_timeout": "LEXGRAPH_QUERY_TIMEOUT",
    "update_timeout": "LEXGRAPH_UPDATE_TIMEOUT",
    "workers": "LEXGRAPH_WORKERS",
    "processes": "LEXGRAPH_PROCESSES",
    "update_token": "LEXGRAPH_UPDATE_TOKEN",
    "worker_memory_mb": "LEXGRAPH_WORKER_MEMORY_MB",
    "query_queue": "LEXGRAPH_QUERY_QUEUE",
    "inline_budget": "LEXGRAPH_INLINE_BUDGET",
    "answer_cache_mb": "LEXGRAPH_ANSWER_CACHE_MB",
    "remote_query": "LEXGRAPH_REMOTE_QUERY",
    "remote_update": "LEXGRAPH_REMOTE_UPDATE",
    "remote_gsp": "LEXGRAPH_REMOTE_GSP",
    "remote_union": "LEXGRAPH_REMOTE_UNION",
}


def absolute(path: str | os.PathLike, cwd: Path | None = None) -> Path:
    """`path` made absolute against `cwd` (default: the working directory); symlinks are kept."""
    given = Path(path).expanduser()
    return Path(os.path.normpath((cwd or Path.cwd()) / given))


@dataclass(frozen=True)
class Settings:
    store: Path = Path("var/store")  # store root: builds side by side, `current` points at one
    data: Path = Path("data")  # curated data read by `build`, `load`, `extract`
    corpus: str = "full"  # what `build` adds to the curated data: full (data/sources), curated (nothing), a DIR
    base_iri: str = DEFAULT_BASE_IRI  # for minting IRIs in a build
    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout: float = 10.0  # seconds
    max_query_length: int = 100_000  # characters
    max_results: int = 100_000  # rows, for the JSON API
    max_request_bytes: int = 1_000_000  # request bodies
    max_result_bytes: int = 200_000_000  # one SPARQL answer
    workers: int = 2  # query worker processes (per server process)
    processes: int = 1  # server processes sharing the port (SO_REUSEPORT), each with its own workers
    query_queue: int = 16  # queries waiting for a busy worker; one more is answered 503 at once
    # seconds a one-pattern streaming query may run in the server process (server/inline.py) before it
    # is stopped there and handed to a worker; 0: every query goes to a worker
    inline_budget: float = 0.005
    answer_cache_mb: int = 64  # recent /api and GET /sparql answers kept in memory (server/cache.py); 0: none
    worker_memory_mb: int = 1024  # address space of one query worker (RLIMIT_AS); 0: no limit
    max_query_nesting: int = 100  # { ( [ open at once in a query's text
    allow_service: bool = False  # SERVICE makes the server fetch any URL: off unless asked
    allow_no_barrier: bool = False  # serve even if no OS network barrier can be put around workers
    update_token: str | None = None  # SPARQL Update and graph writes are off unless set
    update_timeout: float = 120.0  # seconds for one write, validation included
    # A remote store (graph/remote.py): `store` given as an http(s) URL is moved here.
    remote: str | None = None  # the SPARQL server's URL; None: the embedded store at `store`
    remote_query: str = "/query"  # its endpoints, paths under `remote` (Oxigraph's defaults)
    remote_update: str = "/update"
    remote_gsp: str = "/store"
    # the union default graph: a query parameter asking the engine for it (Oxigraph's); "none": the server's own;
    # "graphs": each query names the build's graphs (any engine; 3-7x slower on Oxigraph's whole-store queries)
    remote_union: str = "union-default-graph"

    def __post_init__(self) -> None:
        if re.match(r"^https?://", str(self.store), re.I):  # before it is taken for a relative path
            object.__setattr__(self, "remote", str(self.store))
            object.__setattr__(self, "store", Settings.store)  # unused with a remote store
        if self.remote is not None:
            from graph.remote import check_endpoint, check_store_url

            try:
                object.__setattr__(self, "remote", check_store_url(self.remote))
                for name in ("remote_query", "remote_update", "remote_gsp"):
                    check_endpoint(name, getattr(self, name))
            except ValueError as exc:
                raise ConfigError(str(exc)) from None
            if self.update_token is not None:
                raise ConfigError("/update and /store writes are not offered over a remote store; "
                                  "push a validated build with `lexgraph --store URL build` instead")
        for name in ("store", "data"):
            value = getattr(self, name)
            if not str(value).strip():
                raise ConfigError(f"{name}: an empty path is not a directory")
            object.__setattr__(self, name, absolute(value))
        if self.store == self.data:
            raise ConfigError(f"the store and the data directory are both {self.store}; a build would mix them")
        if not str(self.corpus).strip():
            raise ConfigError("corpus: give full, curated or a sources directory")
        if self.corpus not in ("full", "curated"):
            object.__setattr__(self, "corpus", str(absolute(self.corpus)))
        if not re.match(r"^https?://[^\s<>\"{}|\\^`]+/$", self.base_iri):
            raise ConfigError(f"base IRI must be an http(s) IRI ending in '/': {self.base_iri!r}")
        if not self.host.strip() or any(c.isspace() for c in self.host):
            raise ConfigError(f"host {self.host!r} is not a host name or address")
        if not 0 < self.port < 65536:
            raise ConfigError(f"port {self.port} is out of range (1-65535)")
        if not 0 < self.query_timeout <= 600:
            raise ConfigError(f"query timeout must be between 0 and 600 seconds, not {self.query_timeout:g}")
        if not 0 < self.update_timeout <= 3600:
            raise ConfigError(f"update timeout must be between 0 and 3600 seconds, not {self.update_timeout:g}")
        if not 1 <= self.workers <= 32:
            raise ConfigError(f"workers must be between 1 and 32, not {self.workers}")
        if not 1 <= self.processes <= 64:
            raise ConfigError(f"processes must be between 1 and 64, not {self.processes}")
        if not 0 <= self.inline_budget <= 0.1:
            raise ConfigError(f"inline budget must be between 0 and 0.1 seconds, not {self.inline_budget:g}")
        if not 0 <= self.answer_cache_mb <= 65_536:
            raise ConfigError(f"answer cache must be between 0 and 65536 MB, not {self.answer_cache_mb}")
        if not 0 <= self.query_queue <= 10_000:
            raise ConfigError(f"query queue must be between 0 and 10000, not {self.query_queue}")
        if self.worker_memory_mb != 0 and not 640 <= self.worker_memory_mb <= 1_048_576:
            # a worker with the store open maps about 560 MB of address space before any query
            raise ConfigError(f"worker memory must be 0 (no limit) or at least 640 MB, not {self.worker_memory_mb}")
        if not 8 <= self.max_query_nesting <= 1000:
            raise ConfigError(f"max_query_nesting must be between 8 and 1000, not {self.max_query_nesting}")
        if self.max_query_length < 100:
            raise ConfigError("max_query_length below 100 characters would refuse ordinary queries")
        for name in ("max_results", "max_request_bytes", "max_result_bytes"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be positive")
        if self.update_token is not None:
            if len(self.update_token) < 16:
                raise ConfigError("an update token must be at least 16 characters")
            if any(c.isspace() for c in self.update_token):
                raise ConfigError("an update token cannot contain white space (it travels in a header)")

    @property
    def corpus_dir(self) -> Path | None:
        """The raw sources a build reads besides the curated data (None: curated data only)."""
        if self.corpus == "curated":
            return None
        return self.data / "sources" if self.corpus == "full" else Path(self.corpus)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then the environment (`ENVIRONMENT`), then `overrides` that are not None."""
        environ = os.environ if environ is None else environ
        types = {f.name: f.type for f in fields(cls)}
        values: dict[str, object] = {}
        for name, variable in ENVIRONMENT.items():
            text = environ.get(variable, "").strip()
            if text:
                values[name] = _parse(variable, text, types[name])
        unknown = sorted(set(overrides) - set(types))
        if unknown:
            raise TypeError(f"unknown setting(s): {', '.join(unknown)}")
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def _parse(variable: str, text: str, kind: object) -> object:
    kind = str(kind)
    try:
        if kind.startswith("int"):
            return int(text)
        if kind.startswith("float"):
            return float(text)
    except ValueError as exc:
        raise ConfigError(f"{variable}={text!r} is not a number") from exc
    return text
