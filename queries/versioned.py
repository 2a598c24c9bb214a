"""One value made from a store and kept while the store's version stays the same.

Why: the projection, the order table and the name index are each made once per build (seconds at
a million quads) and read on every request. One store is served at a time, so the value for an
older version, or for another store, is simply replaced.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from graph.store import GraphStore

T = TypeVar("T")


class PerVersion(Generic[T]):
    """`make(store)`, made once per (store, version) and shared by every thread."""

    def __init__(self, make: Callable[[GraphStore], T]) -> None:
        self._make = make
        self._held: tuple[int, str, T] | None = None
        self._lock = threading.Lock()

    def __call__(self, store: GraphStore) -> T:
        key = (id(store), store.version)
        held = self._held
        if held is not None and held[:2] == key:
            return held[2]
        with self._lock:  # one thread makes it; the others wait and share it
            held = self._held
            if held is None or held[:2] != key:
                held = self._held = (*key, self._make(store))
        return held[2]

    def clear(self) -> None:
        """Forget the value: the next call makes it again (tests; a store changed behind our back)."""
        with self._lock:
            self._held = None
