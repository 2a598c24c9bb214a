"""Disposition-note labels: the one table of labels, and the normalisation that maps what the
tables actually say ('Revokes :', 'Suspersedes', 'Revoked (in part) by', 'Committee continued by')
onto it.

`LABELS` is the only place a label is given a meaning. Variants are handled by `normalise_label`,
not by more rows: spacing, capitals, a few misspelt words, 'partially X' / 'X (in part)', a name
before the label or an object after it (kept as the relation's scope), and compounds
('Revoked in part and supplemented by' is read as both of its parts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# label -> (role, meaning, direction)
#   role 'relation': meaning is a canonical relation type (disposition_model.RELATION_TYPES);
#   role 'other': a relation the canonical types do not have; its targets are reported, not parsed;
#   role 'field': a fact about the order itself (signed, Federal Register page, note).
LABELS: dict[str, tuple[str, str, str | None]] = {
    "revokes": ("relation", "revokes", "outgoing"),
    "revoked by": ("relation", "revokes", "incoming"),
    "revokes in part": ("relation", "revokes_in_part", "outgoing"),
    "revoked in part by": ("relation", "revokes_in_part", "incoming"),
    "amends": ("relation", "amends", "outgoing"),
    "amended by": ("relation", "amends", "incoming"),
    "supersedes": ("relation", "supersedes", "outgoing"),
    "superseded by": ("relation", "supersedes", "incoming"),
    "supersedes in part": ("relation", "supersedes_in_part", "outgoing"),
    "superseded in part by": ("relation", "supersedes_in_part", "incoming"),
    "reinstates": ("relation", "reinstates", "outgoing"),
    "reinstated by": ("relation", "reinstates", "incoming"),
    "suspends": ("relation", "suspends", "outgoing"),
    "suspended by": ("relation", "suspends", "incoming"),
    "continues": ("relation", "continues", "outgoing"),
    "continued by": ("relation", "continues", "incoming"),
    "rescinds": ("relation", "rescinds", "outgoing"),
    "rescinded by": ("relation", "rescinds", "incoming"),
    "see": ("relation", "related", "outgoing"),
    "supplements": ("other", "supplements", "outgoing"),
    "supplemented by": ("other", "supplements", "incoming"),
    "modifies": ("other", "modifies", "outgoing"),
    "modified by": ("other", "modifies", "incoming"),
    "ratified by": ("other", "ratifies", "incoming"),
    "nullified by": ("other", "nullifies", "incoming"),
    "terminates": ("other", "terminates", "outgoing"),
    "terminated by": ("other", "terminates", "incoming"),
    "abolishes": ("other", "abolishes", "outgoing"),
    "abolished by": ("other", "abolishes", "incoming"),
    "extended by": ("other", "extends", "incoming"),
    "repealed by": ("other", "repeals", "incoming"),
    "voided by": ("other", "voids", "incoming"),
    "signed": ("field", "signed", None),
    "federal register page and date": ("field", "fr", None),
    "federal register correction page and date": ("field", "fr_correction", None),
    "note": ("field", "note", None),
    "effective": ("field", "effective", None),
    "effective date": ("field", "effective", None),
    "expired": ("field", "expired", None),
}

# Misspelt words seen in the sources, and the word meant. Whole words only.
_RELATION_KEYS_LONGEST_FIRST = sorted((k for k, v in LABELS.items() if v[0] != "field"), key=len, reverse=True)
_TYPO_WORDS = {"suspersedes": "supersedes", "supersedeed": "superseded", "pary": "part", "amend": "amended"}
_TYPO_LABELS = {"ee": "see"}  # a label that lost its first letter
_VERB_FORMS = {"continuing": "continues"}


@dataclass
class Label:
    """A label as read: its key in LABELS, a scope it carried, what it took to read it."""

    raw: str
    key: str | None  # None: not a known label
    scope: str | None = None
    in_part: bool = False
    also: list[str] = field(default_factory=list)  # further keys of a compound label
    ambiguous: list[str] = field(default_factory=list)  # keys of an 'X or Y' label
    kinds: list[str] = field(default_factory=list)  # resolved irregularity kinds

    @property
    def role(self) -> str | None:
        return LABELS[self.key][0] if self.key else None


def display(key: str) -> str:
    """How the tables normally write a label: 'Revoked by', 'Federal Register page and date'."""
    text = key[:1].upper() + key[1:]
    return text.replace("register", "Register").replace("federal", "Federal")


def _in_part(words: list[str]) -> str | None:
    """'revoked by' + in part -> 'revoked in part by'; 'supersedes' -> 'supersedes in part'."""
    core = [w for w in words if w not in ("in", "part", "by")]
    key = " ".join(core + ["in", "part"] + (["by"] if "by" in words else []))
    return key if key in LABELS else None


def _single(phrase: str, scoped: bool) -> tuple[str | None, str | None, list[str]]:
    """The LABELS key of one label phrase (single spaces, any case), the scope it names, and the
    resolved irregularity kinds it took; (None, None, []) if it is no known label. With `scoped`,
    a name before the label ('Committee continued by') or an object after it ('Continues certain
    committees established by') is accepted and returned as the scope."""
    original = phrase.split()
    words = phrase.lower().split()
    if not words:
        return None, None, []
    kinds: list[str] = []
    fixed = [_TYPO_WORDS.get(w, w) for w in words]
    if fixed != words:
        kinds.append("typo label")
        words = fixed
    if words[0] in _VERB_FORMS:
        words = [_VERB_FORMS[words[0]], *words[1:]]
        kinds.append("label variant")
    text = " ".join(words)
    if text in LABELS:
        return text, None, kinds
    if words[0] in ("partially", "partly") and _in_part(words[1:]):
        return _in_part(words[1:]), None, [*kinds, "label variant"]
    if "part" in words and _in_part(words):
        return _in_part(words), None, [*kinds, "label variant"]
    if not scoped:
        return None, None, []
    kinds.append("scope in label")
    for key in _RELATION_KEYS_LONGEST_FIRST:
        size = len(key.split())
        if text.endswith(" " + key):
            return key, " ".join(original[:-size]), kinds
        if text.startswith(key + " "):
            return key, " ".join(original[size:]), kinds
    if len(words) > 2 and words[-1] == "by" and f"{words[0]} by" in LABELS:  # 'Superseded to extent inconsistent by'
        return f"{words[0]} by", " ".join(original[1:-1]), kinds
    return None, None, []


def normalise_label(raw: str) -> Label:
    """Read a label as written ('Revoked (in part) by', 'NOTE', 'Suspersedes') into a Label."""
    label = Label(raw=raw, key=None)
    text = raw.strip()
    if re.search(r"\s{2,}", text):
        label.kinds.append("extra space in label")
        text = re.sub(r"\s+", " ", text)
    for paren in re.findall(r"\(([^)]*)\)", text):
        inner = paren.strip().lower()
        if inner == "in part":
            label.in_part = True
        elif inner == "continued":
            label.kinds.append("label variant")
        else:
            label.scope = paren.strip()
            label.kinds.append("scope in label")
    text = re.sub(r"\s*\([^)]*\)\s*", " ", text).strip()
    if text.lower() in _TYPO_LABELS:
        label.kinds.append("typo label")
        text = _TYPO_LABELS[text.lower()]
    key, scope, kinds = _single(text, scoped=False)
    if key is None and re.search(r"\s(or|and)\s", text, re.I):
        joiner = "or" if re.search(r"\sor\s", text, re.I) else "and"
        parts = re.split(rf"\s+{joiner}\s+", text, flags=re.I)
        found = [_single(_with_by(p, parts[-1]), scoped=False) for p in parts]
        if all(f[0] for f in found):
            if joiner == "or":
                label.ambiguous = [f[0] for f in found]  # type: ignore[misc]
                return label
            label.also = [f[0] for f in found[1:]]  # type: ignore[misc]
            key, kinds = found[0][0], [k for f in found for k in f[2]] + ["compound label"]
    if key is None:
        key, scope, kinds = _single(text, scoped=True)
    if key is None:
        return label
    label.key = key
    label.kinds += kinds
    if scope:
        label.scope = scope
    if label.in_part:
        in_part = _in_part(key.split())
        if in_part:
            label.key, label.in_part = in_part, False
            label.kinds.append("label variant")
    if text.lower() == key and text != display(key) and not label.kinds:
        label.kinds.append("label case")
    return label


def _with_by(part: str, last: str) -> str:
    """In 'revoked in part and supplemented by', the first part shares the last part's 'by'."""
    if last.lower().endswith(" by") and not part.lower().endswith(" by") and part != last:
        words = part.lower().split()
        candidate = f"{part} by"
        if candidate in LABELS or _in_part([*words, "by"]) or (words and words[0] in ("partially", "partly")):
            return candidate
    return part


_TARGET_WORDS = {"eo", "e.o.", "ep", "executive", "pub.", "public", "proc.", "proclamation", "memorandum", "memo."}


def starts_with_label(line: str) -> tuple[Label, str] | None:
    """A line that begins with a known label but has no colon ('Supersedes Directive of February
    2, 1959', 'Amended by; EO 9183', 'Committee continued by EO 11827, ...'): the label (its longest
    reading among the leading words, up to 10, before any number or target word) and the rest of
    the line. Fields ('Signed', 'Note') do not count; words after a label are read as its scope only
    in lower case ('Continues in effect EO 10945'), so 'Supersedes Directive of ...' keeps its target."""
    words = line.split()
    head_words: list[str] = []
    for word in words[:10]:
        if not re.fullmatch(r"[A-Za-z'()\-]+;?", word) or word.lower().rstrip(";") in _TARGET_WORDS:
            break
        head_words.append(word)
        if word.endswith(";"):
            break
    for n in range(len(head_words), 0, -1):
        head = " ".join(head_words[:n]).rstrip(";")
        label = normalise_label(head)
        if (label.key is None and not label.ambiguous) or label.role == "field":
            continue
        if label.scope and label.key and head.lower().startswith(label.key) and label.scope != label.scope.lower():
            continue
        rest = line.split(None, n)[n].lstrip(" ;") if len(words) > n else ""
        if not rest or not re.search(r"\d", rest):
            continue
        label.raw = head
        label.kinds.append("missing colon")
        return label, rest
    return None
