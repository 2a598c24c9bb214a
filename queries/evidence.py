"""When several qualified edges prove the same direct edge, curated evidence leads.

A fact entered from a checked primary text (curated) outranks one a loader found in the order's
own text (extracted), which outranks a disposition table's note (the order's sentence is the better
quote); the others are kept as corroboration rather than shown as separate edges.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

T = TypeVar("T")
RANK = {"curated": 0, "extracted": 1, "dispositionTable": 2}


def prefer_curated(
    items: Iterable[T], key: Callable[[T], Hashable], method: Callable[[T], str]
) -> list[tuple[T, list[T]]]:
    """Group items by `key`; each group becomes (leading item, the rest), in first-seen order."""
    groups: dict[Hashable, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    out = []
    for group in groups.values():
        ranked = sorted(group, key=lambda i: RANK.get(method(i), len(RANK)))
        out.append((ranked[0], ranked[1:]))
    return out
