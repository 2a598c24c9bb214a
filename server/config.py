"""Server settings: one place, validated, with safe defaults (read-only, bounded, no federation)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from graph.config import store_root
from graph.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    store: Path = Path("var/store")
    host: str = "127.0.0.1"
    port: int = 8000
    query_timeout: float = 10.0  # seconds
    max_query_length: int = 100_000  # characters
    max_results: int = 100_000  # rows, for the JSON API
    max_request_bytes: int = 1_000_000  # request bodies
    max_result_bytes: int = 200_000_000  # one SPARQL answer
    workers: int = 2  # query worker processes
    allow_service: bool = False
    update_token: str | None = None  # SPARQL Update and graph writes are off unless set
    update_timeout: float = 120.0  # seconds for one write, validation included

    def __post_init__(self) -> None:
        if not 0 < self.query_timeout <= 600:
            raise ConfigError("query_timeout must be between 0 and 600 seconds")
        if not 0 < self.port < 65536:
            raise ConfigError(f"port {self.port} is out of range")
        if self.max_query_length < 100:
            raise ConfigError("max_query_length below 100 characters would refuse ordinary queries")
        if self.update_token is not None and len(self.update_token) < 16:
            raise ConfigError("an update token must be at least 16 characters")
        if not 0 < self.update_timeout <= 3600:
            raise ConfigError("update_timeout must be between 0 and 3600 seconds")
        if not 1 <= self.workers <= 32:
            raise ConfigError("workers must be between 1 and 32")

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        values: dict[str, object] = {"store": store_root()}
        if "LEXGRAPH_QUERY_TIMEOUT" in os.environ:
            values["query_timeout"] = float(os.environ["LEXGRAPH_QUERY_TIMEOUT"])
        if os.environ.get("LEXGRAPH_UPDATE_TOKEN"):
            values["update_token"] = os.environ["LEXGRAPH_UPDATE_TOKEN"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
