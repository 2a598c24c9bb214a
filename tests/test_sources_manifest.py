"""data/sources/MANIFEST.toml lists every shipped source file, with its digest and provenance."""

from __future__ import annotations

import hashlib
import tomllib

from loaders.sources import MANIFEST, SOURCES


def test_manifest_lists_every_shipped_file_with_its_digest() -> None:
    manifest = tomllib.loads(MANIFEST.read_text(encoding="utf-8"))
    sources = {s["id"]: s for s in manifest["source"]}
    listed = {f["shipped"]: f for f in manifest["file"]}
    shipped = {p.relative_to(SOURCES).as_posix() for p in SOURCES.rglob("*") if p.is_file() and p != MANIFEST}
    assert shipped == set(listed)
    for name, entry in listed.items():
        data = (SOURCES / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], name
        assert len(data) == entry["bytes"], name
        if "blob" in entry:  # git's id of the file in the source repository
            assert hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest() == entry["blob"], name
        assert entry["source"] in sources
    for source in sources.values():
        assert {"repository", "commit", "covers", "public_domain"} <= set(source)
        assert len(source["commit"]) == 40 and "17 U.S.C. 105" in source["public_domain"]
    assert sum(f["bytes"] for f in listed.values()) < 40_000_000
