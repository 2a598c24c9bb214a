"""The server's settings are lexgraph's settings: graph/settings.py defines them (kept importable here)."""

from graph.settings import Settings

__all__ = ["Settings"]
