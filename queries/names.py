"""The name index: every name of every node, built once per store version with the projection.

Why: resolving "USCTOC" or "Threat Mitigation Working Group" by the `resolve-label` query scans
every label of the store (a third of a second at a million quads), and suggesting the closest
names for an unknown identifier compared the text with every name (over a second). The index
answers an exact name (case-insensitively, as `resolve-label.rq` does) by one dictionary look-up
and draws suggestions only from the names that share the most letter trigrams with the text.
It reads `labels.rq` (every named node except provisions) once.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from itertools import chain

from graph.store import GraphStore
from queries.catalog import feed
from queries.orders import words

SHORTLIST = 30  # names compared in full with an unknown text (the most alike by trigrams)
POOL = 300  # names sharing the most trigrams, ranked by trigram likeness (Dice) for the shortlist
BUDGET = 30_000  # trigram postings counted per look-up: the rarest trigrams first, they tell names apart
SMALL = 2000  # up to this many names, every one is compared: the trigram step saves nothing


def _trigrams(text: str) -> set[str]:
    padded = f"  {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


@dataclass
class NameIndex:
    version: str
    names: dict[str, str] = field(default_factory=dict)  # name as stored -> a node it names
    lowered: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lower-cased name -> nodes, sorted
    spelled: dict[str, str] = field(default_factory=dict)  # lower-cased name -> one spelling as stored
    keys: list[str] = field(default_factory=list)  # every distinct name as stored
    grams: dict[str, list[int]] = field(default_factory=dict)  # trigram of a lowered name -> positions in keys
    sizes: list[int] = field(default_factory=list)  # how many trigrams each name in keys has
    by_word: dict[str, set[int]] = field(default_factory=dict)  # a word of a name -> positions in keys

    def having(self, word: str) -> set[int]:
        """Positions of the names with `word`; four letters or more also match as a prefix
        ('immigra' finds 'immigration'), for suggestions as someone types."""
        found = set(self.by_word.get(word, ()))
        if len(word) >= 4:
            for known, entries in self.by_word.items():
                if known.startswith(word):
                    found |= entries
        return found

    def named_by_words(self, wanted: list[str]) -> list[tuple[str, str]]:
        """(name, node) for every name holding all the `wanted` words, shortest name first."""
        if not wanted:
            return []
        entries = set.intersection(*(self.having(w) for w in dict.fromkeys(wanted)))
        found = [(self.keys[i], node) for i in entries for node in self.nodes(self.keys[i])]
        return sorted(found, key=lambda pair: (len(pair[0]), pair))

    def nodes(self, text: str) -> tuple[str, ...]:
        """The nodes a name (any case) names, sorted: what `resolve-label.rq` selects."""
        return self.lowered.get(text.lower(), ())

    def shortlist(self, text: str, size: int | None = None) -> list[str]:
        """The names worth comparing with `text`: all of them for a small store, else those
        sharing the most of its rarer trigrams (a name sharing none cannot be a close match;
        trigrams every other name has, such as "ing", are counted only while within BUDGET)."""
        if len(self.keys) <= SMALL:
            return self.keys
        asked = _trigrams(text.lower())
        postings = sorted((self.grams[g] for g in asked if g in self.grams), key=len)
        kept, total = [], 0
        for posting in postings:
            if kept and total + len(posting) > BUDGET:
                break
            kept.append(posting)
            total += len(posting)
        counts = Counter(chain.from_iterable(kept)).most_common(POOL)
        counts.sort(key=lambda item: -item[1] / (self.sizes[item[0]] + len(asked)))
        return [self.keys[i] for i, _ in counts[: SHORTLIST if size is None else size]]

    def candidates(self, text: str, n: int = 5) -> list[str]:
        """The closest names to `text`, for a NotFound: exact spelling first, then ignoring case."""
        # (three shortlists' worth: trigram likeness only approximates difflib's, and the fifth suggestion of a
        # full comparison can rank past the first shortlist; difflib's quick bounds keep the rest cheap)
        pool = self.shortlist(text, 3 * SHORTLIST)
        close = difflib.get_close_matches(text, pool, n=n, cutoff=0.5)
        lowered = {k.lower(): self.spelled[k.lower()] for k in pool}
        close += [lowered[k] for k in difflib.get_close_matches(text.lower(), list(lowered), n=n, cutoff=0.5)]
        seen: set[str] = set()  # one suggestion per node: "EO 14060" and "E.O. 14060" name the same order
        out = []
        for name in close:
            node = self.names.get(name, name)
            if node not in seen:
                seen.add(node)
                out.append(name)
        return out[:n]


def build_name_index(store: GraphStore) -> NameIndex:
    index = NameIndex(store.version)
    lowered: dict[str, set[str]] = {}
    for row in feed("labels").run(store):
        name, node = str(row["name"]), str(row["node"])
        index.names.setdefault(name, node)
        lowered.setdefault(name.lower(), set()).add(node)
        index.spelled[name.lower()] = name
    index.lowered = {k: tuple(sorted(v)) for k, v in lowered.items()}
    index.keys = list(index.names)
    for position, name in enumerate(index.keys):
        for word in set(words(name)):
            index.by_word.setdefault(word, set()).add(position)
        grams = _trigrams(name.lower())
        index.sizes.append(len(grams))
        for gram in grams:
            index.grams.setdefault(gram, []).append(position)
    return index
