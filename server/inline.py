"""Answer one-pattern streaming queries in the server process, within a budget, else hand them on.

Why: the hop to a sandboxed worker and back costs more than a point lookup itself, and caps the
endpoint's throughput at a third of Oxigraph server's (BENCHMARKS.md, "Session 9"). A query of one
triple pattern (queries/streaming.py) streams: pyoxigraph's serializer calls our `write()` every
few kilobytes with bounded work between calls. So the query can run here and still be stopped at
any moment: `write()` raises once the budget (`Settings.inline_budget`, 5 ms of this thread's CPU
time) or the size cap is passed, and the request goes to a worker as every other query does — the
timeout, the size cap and the network barrier then hold there as before. Nothing is sent to the
client before the answer is complete, so a stopped attempt leaves no trace but the time it took.

A query that overran is remembered (by its pattern however spelled: `SinglePattern.cost_key`) so its
repeats, and its respellings with other variable names, prefixes or a large LIMIT, go straight to a worker. It
cannot hold SERVICE, a dataset clause or an update: the recogniser admits no such text.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass

from graph.store import GraphStore
from queries.streaming import single_pattern

MAX_BYTES = 4 * 1024 * 1024  # an answer larger than this streams from a worker instead
REMEMBERED = 1024  # patterns known to overrun, most recent kept


class _Overrun(Exception):
    """Raised from `write()`: the budget or the size cap was passed."""


class _BudgetWriter:
    def __init__(self, deadline: float, max_bytes: int) -> None:
        self.deadline, self.max_bytes = deadline, max_bytes
        self.buffer = bytearray()

    def write(self, data: bytes) -> int:
        self.buffer += data
        if len(self.buffer) > self.max_bytes or time.thread_time() > self.deadline:
            raise _Overrun
        return len(data)

    def flush(self) -> None:
        pass


@dataclass(frozen=True)
class InlineAnswer:
    kind: str  # "select" or "ask"
    body: bytes


class InlineRunner:
    """Per server process: the budget and the texts that overran it."""

    def __init__(self, budget: float, max_bytes: int) -> None:
        self.budget, self.max_bytes = budget, min(max_bytes, MAX_BYTES)
        self._overran: OrderedDict[tuple, None] = OrderedDict()  # cost keys of queries that overran
        self.answered = self.handed_on = 0

    def answer(self, store: GraphStore, sparql: str, result_format: str | None,
               base_iri: str | None) -> InlineAnswer | None:
        """The whole answer, or None: the query is not one streaming pattern, the client accepts no
        result format for it, it failed (a worker reports why, in the one error shape), or it
        overran the budget."""
        if self.budget <= 0 or result_format is None:
            return None
        pattern = single_pattern(sparql)
        if pattern is None or pattern.cost_key in self._overran:
            return None
        started = time.thread_time()  # CPU time: a core taken by another process is not this query's cost
        writer = _BudgetWriter(started + self.budget, self.max_bytes)
        try:
            prepared = store.prepare(sparql, base_iri=base_iri)
            prepared.serialize(writer, result_format=result_format, graph_format=result_format)
        except _Overrun:
            self._remember(pattern.cost_key)
            self.handed_on += 1
            return None
        except Exception:  # a syntax error, an unknown prefix: the worker's answer is the one shape
            return None
        self.answered += 1
        return InlineAnswer(prepared.kind, bytes(writer.buffer))

    def stats(self) -> dict:
        """For /healthz: queries answered here, and those that overran and went to a worker."""
        return {"queries_inline": self.answered, "queries_handed_on": self.handed_on,
                "inline_budget_ms": self.budget * 1000}

    def _remember(self, key: tuple) -> None:
        self._overran[key] = None
        self._overran.move_to_end(key)
        while len(self._overran) > REMEMBERED:
            self._overran.popitem(last=False)
