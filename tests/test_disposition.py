"""The disposition parsers on the real shipped sources (data/sources/): known orders, every kind
of irregularity on the real line where it occurs, and a check that nothing is dropped silently."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from graph.errors import DataError
from loaders.disposition import parse_fr_notes, parse_nara_table, parse_report
from loaders.disposition_labels import LABELS, normalise_label
from loaders.disposition_model import (
    REPORTED_KINDS,
    RESOLVED_KINDS,
    DispositionRecord,
    FRCitation,
    Irregularity,
    ParseReport,
    Relation,
)
from loaders.sources import SOURCES, fr_files, nara_files

NARA = SOURCES / "nara-disposition"
FR_EXPORT = (
    SOURCES
    / "fr-export"
    / ("documents_of_type_presidential_document_and_of_presidential_document_type_executive_order.csv")
)
FR_SAMPLE = SOURCES / "fr-sample" / "executive_orders.csv"
FR_JSON = SOURCES / "fr-api-json"


@pytest.fixture(scope="module")
def parsed() -> tuple[list[DispositionRecord], ParseReport]:
    return parse_report(nara_files() + fr_files())


def find(records: list[DispositionRecord], path: Path, number: str) -> DispositionRecord:
    hits = [r for r in records if r.file == path.as_posix() and r.eo_number == number]
    assert len(hits) == 1, (path, number, len(hits))
    return hits[0]


def rels(record: DispositionRecord, type_: str | None = None, number: str | None = None) -> list[Relation]:
    return [
        r
        for r in record.relations
        if (type_ is None or r.type == type_) and (number is None or r.target_number == number)
    ]


def irr(record: DispositionRecord, kind: str) -> list[Irregularity]:
    return [i for i in record.irregularities if i.kind == kind]


# --------------------------------------------------------------------------- the named orders


def test_eo_7532_revoked_by_public_land_order_801(parsed) -> None:
    for path in (NARA / "1937.txt", FR_EXPORT):
        record = find(parsed[0], path, "7532")
        assert record.title == "Establishing Shinnecock Migratory Bird Refuge, New York"
        assert record.signed == dt.date(1937, 1, 8)
        assert record.fr == FRCitation(2, 63) and record.published == dt.date(1937, 1, 12)
        assert record.president == "franklin-d-roosevelt"
        (rev,) = rels(record, "revokes")
        assert (rev.direction, rev.target_kind, rev.target_number) == ("incoming", "public_land_order", "801")
        assert rev.target_name == "Public Land Order 801"
        assert rev.target_date == dt.date(1952, 2, 5) and rev.target_fr == FRCitation(17, 1357)
        assert rev.raw == "Revoked by: Public Land Order 801, February 5, 1952 (17 FR 1357)"
        (amend,) = rels(record, "amends")
        assert (amend.direction, amend.target_number, amend.target_date) == ("incoming", "8184", dt.date(1939, 6, 28))
    nara = find(parsed[0], NARA / "1937.txt", "7532")
    assert (nara.line, rels(nara, "revokes")[0].line) == (1, 7)


def test_eo_13771_revoked_by_eo_13992(parsed) -> None:
    for path in (FR_EXPORT, FR_SAMPLE):
        record = find(parsed[0], path, "13771")
        (rev,) = rels(record, "revokes")
        assert (rev.direction, rev.target_kind, rev.target_number, rev.target_date) == (
            "incoming",
            "executive_order",
            "13992",
            dt.date(2021, 1, 20),
        )
        assert record.president == "donald-trump" and record.fr == FRCitation(82, 9339)
    # and from the revoker's side
    revoker = find(parsed[0], FR_EXPORT, "13992")
    assert rels(revoker, "revokes", "13771")[0].direction == "outgoing"


def test_eo_13753_amends_13286_revokes_13442_and_is_revoked_by_14135(parsed) -> None:
    nara = find(parsed[0], NARA / "archive" / "2016.txt", "13753")
    sample = find(parsed[0], FR_SAMPLE, "13753")
    for record in (nara, sample):
        assert [(r.type, r.direction, r.target_number) for r in rels(record, "amends")] == [
            ("amends", "outgoing", "13286")
        ]
        assert ("revokes", "outgoing", "13442") in [(r.type, r.direction, r.target_number) for r in record.relations]
    (by_14135,) = [r for r in sample.relations if r.direction == "incoming"]
    assert (by_14135.type, by_14135.target_number, by_14135.target_date) == ("revokes", "14135", dt.date(2025, 1, 3))
    assert by_14135.raw == "Revoked by: EO 14135 January 3, 2025"
    assert [i.line for i in irr(sample, "missing comma")] == [by_14135.line]
    assert not [r for r in nara.relations if r.direction == "incoming"]  # the 2019 mirror predates EO 14135


def test_eo_13779_superseded_by_eo_14041_typed_ep(parsed) -> None:
    for path in (FR_EXPORT, FR_SAMPLE):
        record = find(parsed[0], path, "13779")
        (sup,) = rels(record, "supersedes")
        assert (sup.direction, sup.target_number, sup.target_name) == ("incoming", "14041", "EP 14041")
        assert sup.target_date == dt.date(2021, 9, 3)
        (ep,) = irr(record, "EP for EO")
        assert ep.resolved and ep.line == sup.line and ep.text == "Superseded by: EP 14041, September 3, 2021"
        assert rels(record, "continues")[0].target_number == "13811"


def test_eo_13768_revoked_by_eo_13993(parsed) -> None:
    for path in (FR_EXPORT, FR_SAMPLE):
        record = find(parsed[0], path, "13768")
        (rev,) = rels(record, "revokes")
        assert (rev.direction, rev.target_number, rev.target_date) == ("incoming", "13993", dt.date(2021, 1, 20))
        assert irr(record, "of before date")  # 'EO 13993 of January 20, 2021'


@pytest.mark.parametrize(
    ("number", "line", "rtype", "direction", "target", "date"),
    [
        ("13690", 75, "reinstates", "incoming", "14030", dt.date(2021, 5, 20)),
        ("14030", 498, "reinstates", "outgoing", "13690", dt.date(2015, 1, 30)),
        ("13988", 1376, "rescinds", "incoming", "14168", dt.date(2025, 1, 20)),
        ("14168", 933, "rescinds", "outgoing", "14004", dt.date(2021, 1, 25)),
        ("13990", 461, "suspends", "outgoing", "13920", dt.date(2020, 5, 1)),
    ],
)
def test_reinstated_rescinded_suspended_in_the_2025_sample(
    parsed, number, line, rtype, direction, target, date
) -> None:
    record = find(parsed[0], FR_SAMPLE, number)
    (rel,) = [r for r in rels(record, rtype, target) if r.line == line]
    assert (rel.direction, rel.target_date) == (direction, date)


def test_scope_of_a_section(tmp_path) -> None:
    path = tmp_path / "2001.txt"
    path.write_text(
        "Executive Order 13200\nA title\n    Signed: May 1, 2001\n    Revokes in part: EO 10000 (sec. 3)\n"
        "    Amends: EO 10001, May 2, 1950 (secs. 2 and 4)\n",
        encoding="utf-8",
    )
    (record,) = parse_nara_table(path)
    assert [(r.type, r.target_number, r.scope) for r in record.relations] == [
        ("revokes_in_part", "10000", "sec. 3"),
        ("amends", "10001", "secs. 2 and 4"),
    ]


# ------------------------------------------------------------------- irregularities, real lines

# (file, order, line, kind, what the line was read as: (type, direction, target number) or None)
RESOLVED_CASES = [
    (FR_JSON / "fr.json", "13897", 1, "space before colon", ("revokes", "outgoing", "13495")),
    (NARA / "1946.txt", "9789", 875, "space before colon", ("supersedes", "incoming", "9818")),
    (NARA / "1991.txt", "12748", 48, "typo label", ("revokes_in_part", "incoming", "13415")),
    (FR_SAMPLE, "13031", 512, "typo label", ("supersedes", "outgoing", "12844")),  # 'Suspersedes'
    (FR_EXPORT, "13652", 603, "typo label", ("related", "outgoing", "13498")),  # 'ee:'
    (NARA / "1947.txt", "9818", 5, "label case", None),  # 'Federal Register Page and Date'
    (FR_EXPORT, "10713", 5424, "extra space in label", None),  # 'Nullified      by'
    (FR_JSON / "fr" / "william-j-clinton.json", "13111", 1, "label variant", ("revokes_in_part", "incoming", "13316")),
    (FR_EXPORT, "14048", 105, "label variant", ("supersedes_in_part", "outgoing", "13889")),  # 'Partially supersedes'
    (NARA / "1966.txt", "11287", 179, "scope in label", ("continues", "incoming", "11827")),
    (NARA / "1987.txt", "12613", 309, "compound label", ("revokes_in_part", "incoming", "12959")),
    (NARA / "1941.txt", "8964", 2361, "missing colon", ("amends", "incoming", "9183")),  # 'Amended by; EO 9183'
    (NARA / "archive" / "2012.txt", "13635", 271, "missing colon", ("supersedes", "incoming", "13641")),
    (FR_EXPORT, "13492", 821, "multiple labels on one line", ("revokes", "incoming", "13823")),
    (NARA / "1957.txt", "10713", 155, "multiple labels on one line", ("amends", "incoming", "11618")),
    (FR_EXPORT, "13483", 831, "empty separator", ("supersedes", "incoming", "13525")),  # ';;'
    (FR_EXPORT, "13779", 439, "EP for EO", ("supersedes", "incoming", "14041")),
    (NARA / "1937.txt", "7774", 1698, "E for EO", ("amends", "outgoing", "6927")),
    (FR_EXPORT, "14003", 175, "doubled EO", ("revokes", "outgoing", "13836")),  # 'EO EO 13836'
    (FR_SAMPLE, "13753", 13, "missing comma", ("revokes", "incoming", "14135")),
    (FR_EXPORT, "14081", 63, "missing comma", ("related", "outgoing", "13874")),  # 'EO 13874 June 11, 2019'
    (FR_EXPORT, "13768", 454, "of before date", ("revokes", "incoming", "13993")),
    (NARA / "archive" / "2013.txt", "13636", 6, "missing semicolon", ("related", "outgoing", "13609")),
    (NARA / "1993.txt", "12829", 15, "stray semicolon", ("continues", "incoming", "13652")),
    (NARA / "1937.txt", "7535", 26, "in part after target", ("revokes_in_part", "outgoing", "6119")),
    (NARA / "1938.txt", "7836", 369, "date list", ("amends", "outgoing", None)),
    (NARA / "1971.txt", "11578", 21, "note after target", ("revokes", "incoming", "12319")),
    (NARA / "archive" / "2008.txt", "13483", 216, "comma after month", ("supersedes", "outgoing", "13454")),
    (NARA / "1949.txt", "10053", 199, "period in date", None),
    (FR_JSON / "fr" / "donald-trump.json", "13858", 1, "numeric date", ("amends", "outgoing", "13788")),
    (NARA / "archive" / "2016.txt", "13758", 281, "indented header", None),
    (NARA / "1967.txt", "11359-A", 286, "irregular letter suffix", None),
    (FR_EXPORT, "11359-A", 4247, "irregular letter suffix", None),
    (NARA / "1950.txt", "10101", 47, "mirror comment", None),
    (NARA / "1944.txt", "9479", 476, "FR citation without label", None),
    (NARA / "1940.txt", "8467", 1039, "FR citation in Signed", None),
    (NARA / "archive" / "1994.txt", "12891", 5, "semicolon before date", None),
    (NARA / "1940.txt", "8415", 686, "label inside value", None),
    (NARA / "1940.txt", "8556", 1643, "date before citation", None),
    (NARA / "1954.txt", "10571-A", 446, "publication note in FR field", None),
    (FR_EXPORT, "12356", 2487, "corrected citation", None),
    (FR_EXPORT, "14127", 2, "padded field", None),
]


@pytest.mark.parametrize(("path", "number", "line", "kind", "reads_as"), RESOLVED_CASES)
def test_resolved_irregularity_on_its_real_line(parsed, path, number, line, kind, reads_as) -> None:
    record = find(parsed[0], path, number)
    found = [i for i in irr(record, kind) if i.line == line]
    assert found, f"no {kind!r} at {path.name}:{line}; got {[(i.kind, i.line) for i in record.irregularities]}"
    assert all(i.resolved for i in found)
    if reads_as:
        rtype, direction, target = reads_as
        assert [r for r in rels(record, rtype, target) if r.direction == direction and r.line == line], reads_as


def test_fields_behind_the_resolved_field_irregularities(parsed) -> None:
    records = parsed[0]
    assert find(records, NARA / "1947.txt", "9818").fr == FRCitation(12, 133)
    assert find(records, NARA / "1949.txt", "10053").published == dt.date(1949, 4, 22)  # 'April 22. 1949'
    fdr = find(records, NARA / "1940.txt", "8467")  # 'Signed: 5 FR 2468, July 4, 1940' is the FR line
    assert (fdr.signed, fdr.fr, fdr.published) == (dt.date(1940, 7, 1), FRCitation(5, 2468), dt.date(1940, 7, 4))
    swapped = find(records, NARA / "1940.txt", "8556")  # 'October 2, 1940 5 FR 3869,'
    assert (swapped.fr, swapped.published) == (FRCitation(5, 3869), dt.date(1940, 10, 2))
    assert find(records, NARA / "1940.txt", "8415").not_received_for_publication
    assert find(records, NARA / "1954.txt", "10571-A").not_received_for_publication
    assert find(records, FR_EXPORT, "12356").fr == FRCitation(47, 14874)
    assert find(records, FR_EXPORT, "14127").document_number == "2024-22938"
    assert find(records, NARA / "1971.txt", "11578").relations[-1].target_note == "effective October 1, 1981"
    scoped = rels(find(records, NARA / "1966.txt", "11287"), "continues")
    assert {r.scope for r in scoped} == {"President's Committee on the National Medal of Science"}
    comment = find(records, NARA / "1950.txt", "10101")  # '# Old: Signed: January 31, 950' is never read
    assert comment.signed == dt.date(1950, 1, 31)


REPORTED_CASES = [
    (NARA / "1981.txt", "12285", 181, "label outside canonical types"),  # 'Ratified by'
    (NARA / "1987.txt", "12613", 309, "label outside canonical types"),  # the 'supplemented by' half
    (NARA / "1955.txt", "10647", 472, "ambiguous label"),  # 'Superseded or revoked by'
    (NARA / "1993.txt", "12862", 258, "unlabelled text"),  # 'EO 13571, April 27, 2011' with no label
    (NARA / "1954.txt", "10530", 136, "unparseable date"),  # 'October 26, 195l'
    (FR_EXPORT, "13850", 348, "unparseable date"),  # 'August 34, 2017'
    (NARA / "1957.txt", "10705", 96, "truncated line"),  # '..., EO 11556, September'
    (NARA / "1957.txt", "10697", 37, "truncated line"),  # '..., EO'
    (NARA / "1952.txt", "10366", 362, "bad FR citation"),  # '17 FE 5749'
    (NARA / "1961.txt", "10931", 250, "missing date"),  # '26 FR 2677'
    (NARA / "1937.txt", "7547", 112, "empty value"),  # 'Federal Register page and date:'
]


@pytest.mark.parametrize(("path", "number", "line", "kind"), REPORTED_CASES)
def test_reported_irregularity_on_its_real_line(parsed, path, number, line, kind) -> None:
    record = find(parsed[0], path, number)
    found = [i for i in irr(record, kind) if i.line == line]
    assert found and not any(i.resolved for i in found)
    assert all(i in parsed[1].irregularities for i in found)


def test_a_bad_date_keeps_its_relation_and_names_file_and_line(parsed) -> None:
    record = find(parsed[0], NARA / "1954.txt", "10530")
    (bad,) = irr(record, "unparseable date")
    assert str(bad) == (
        f"{(NARA / '1954.txt').as_posix()}:136: unparseable date: 'October 26, 195l' in: "
        + bad.text.split(" in: ", 1)[1]
    )
    (rel,) = rels(record, "related", "10683")
    assert rel.target_date is None and rel.line == 136


def test_duplicate_entries_across_nara_files(parsed) -> None:
    dupes = [i for i in parsed[1].irregularities if i.kind == "duplicate entry"]
    assert {i.text.split()[1] for i in dupes} == {str(n) for n in range(13758, 13765)}
    assert all(i.file.endswith("archive/2017.txt") and "archive/2016.txt" in i.text for i in dupes)


# --------------------------------------------------------------------- synthetic irregularities


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_label_is_reported_with_file_and_line(tmp_path) -> None:
    path = write(
        tmp_path,
        "1999.txt",
        "Executive Order 10000\nA title\n\n    Signed: May 1, 1950\n    Frobnicated by: EO 10001, May 2, 1950\n",
    )
    report = ParseReport()
    (record,) = parse_nara_table(path, report)
    (unknown,) = report.reported()
    assert (unknown.kind, unknown.line, unknown.file) == ("unknown label", 5, path.as_posix())
    assert str(unknown) == f"{path.as_posix()}:5: unknown label: Frobnicated by: EO 10001, May 2, 1950"
    assert record.relations == [] and record.notes == ["Frobnicated by: EO 10001, May 2, 1950"]


def test_unparseable_date_message(tmp_path) -> None:
    path = write(
        tmp_path,
        "1950.txt",
        "Executive Order 10000\nA title\n\n    Signed: February 30, 1950\n"
        "    Revoked by: EO 10100, February 30, 1950\n",
    )
    report = ParseReport()
    (record,) = parse_nara_table(path, report)
    assert [str(i) for i in report.reported()] == [
        f"{path.as_posix()}:4: unparseable date: 'February 30, 1950' in: Signed: February 30, 1950",
        f"{path.as_posix()}:5: unparseable date: 'February 30, 1950' in: Revoked by: EO 10100, February 30, 1950",
    ]
    assert record.signed is None and rels(record, "revokes", "10100")[0].target_date is None


def test_truncated_table(tmp_path) -> None:
    """The real 1952 table cut off after EO 10320's header and title."""
    real = (NARA / "1952.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    cut = real[: real.index("Executive Order 10320\n") + 2]
    path = write(tmp_path, "1952.txt", "".join(cut))
    report = ParseReport()
    records = list(parse_nara_table(path, report))
    assert [r.eo_number for r in records] == ["10318", "10319", "10320"]
    (truncated,) = report.reported()
    assert (truncated.kind, truncated.line) == ("truncated entry", len(cut) - 1)
    assert truncated.text == "EO 10320 has no Signed line"
    # a header with nothing after it
    path = write(tmp_path, "1953.txt", "".join(real[:4]) + "Executive Order 10999\n")
    report = ParseReport()
    list(parse_nara_table(path, report))
    assert [(i.kind, i.line) for i in report.reported()] == [("truncated entry", 5)]


def test_text_outside_entries(tmp_path) -> None:
    path = write(tmp_path, "1950.txt", "Disposition tables\nExecutive Order 10000\nA title\n    Signed: May 1, 1950\n")
    report = ParseReport()
    (record,) = parse_nara_table(path, report)
    assert [(i.kind, i.line) for i in report.reported()] == [("text outside entry", 1)]
    assert record.title == "A title"


def test_unparseable_target(tmp_path) -> None:
    path = write(
        tmp_path,
        "1950.txt",
        "Executive Order 10000\nA title\n    Signed: May 1, 1950\n    Revokes: EO; EO 9000, May 2, 1941\n",
    )
    report = ParseReport()
    (record,) = parse_nara_table(path, report)
    assert [(i.kind, i.line) for i in report.reported()] == [("unparseable target", 4)]
    assert [r.target_number for r in record.relations] == ["9000"]


def test_continuation_line_in_federal_register_notes(tmp_path) -> None:
    header = "citation,document_number,publication_date,signing_date,title,disposition_notes,executive_order_number\n"
    path = write(
        tmp_path,
        "x.csv",
        header + '82 FR 1,2017-1,01/03/2017,2017-01-01,T,"Amended by: EO 13900, May 1, 2019;\n'
        'EO 13901, May 2, 2019",13800\n',
    )
    report = ParseReport()
    (record,) = parse_fr_notes(path, report)
    assert [(r.type, r.direction, r.target_number, r.line) for r in record.relations] == [
        ("amends", "incoming", "13900", 2),
        ("amends", "incoming", "13901", 3),
    ]
    assert [(i.kind, i.line) for i in record.irregularities] == [("continuation line", 3)]


def test_csv_rows_without_number_or_with_wrong_width(tmp_path) -> None:
    header = "citation,document_number,publication_date,signing_date,title,disposition_notes,executive_order_number\n"
    path = write(tmp_path, "x.csv", header + "82 FR 1,d,01/03/2017,2017-01-01,T,,\n82 FR 1,d,01/03/2017\n")
    report = ParseReport()
    assert list(parse_fr_notes(path, report)) == []
    assert [(i.kind, i.line) for i in report.reported()] == [("missing number", 2), ("malformed row", 3)]


def test_unusable_files_raise_data_error_with_file(tmp_path) -> None:
    with pytest.raises(DataError, match=r"x\.csv:1: not a Federal Register executive order export"):
        list(parse_fr_notes(write(tmp_path, "x.csv", "a,b\n1,2\n")))
    with pytest.raises(DataError, match=r"x\.json:1: invalid JSON"):
        list(parse_fr_notes(write(tmp_path, "x.json", '{"results": [')))
    binary = tmp_path / "1950.txt"
    binary.write_bytes(b"Executive Order 1\n\xff\xfe\n")
    with pytest.raises(DataError, match=r"1950\.txt:2: not UTF-8 text"):
        list(parse_nara_table(binary))
    with pytest.raises(DataError, match="cannot read"):
        list(parse_nara_table(tmp_path / "missing.txt"))


def test_every_irregularity_kind_is_exercised(parsed) -> None:
    """Each kind in the model occurs in the real sources or in a synthetic test above."""
    synthetic = {"unknown label", "truncated entry", "text outside entry", "unparseable target", "continuation line"}
    synthetic |= {"missing number", "malformed row"}
    seen = {i.kind for i in parsed[1].irregularities}
    assert set(RESOLVED_KINDS) | set(REPORTED_KINDS) == seen | synthetic
    assert not seen & {"unknown label"}, "a label in the real sources is unknown: add it to LABELS"


# ---------------------------------------------------------------------------- nothing dropped

_FIELD_LINE = re.compile(
    r"^\s*(?:(?:Signed|Federal Register .*?page and date|Note|Effective(?: date)?|Expired)\s*:|\d+ FR \d+)", re.I
)
_EO_ITEM = re.compile(r"(?<![A-Za-z])(?:EO|EP|E)\s+\d")
# reported once for a whole labelled segment, however many targets it lists
_WHOLE_SEGMENT = {"label outside canonical types", "ambiguous label", "unknown label", "unlabelled text", "empty value"}


def _items(text: str) -> list[str]:
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == ";" and depth == 0:
            out.append(text[start:i])
            start = i + 1
    return [*out, text[start:]]


class _Tally:
    """Relations and reported irregularities per (file, line), from the parse."""

    def __init__(self, records: list[DispositionRecord], report: ParseReport) -> None:
        self.made: dict[tuple[str, int], int] = {}
        self.eo_made: dict[tuple[str, int], int] = {}
        self.reported: dict[tuple[str, int], list[str]] = {}
        for record in records:
            for rel in record.relations:
                key = (rel.file, rel.line)
                self.made[key] = self.made.get(key, 0) + 1
                self.eo_made[key] = self.eo_made.get(key, 0) + (rel.target_kind == "executive_order")
        for i in report.irregularities:
            if not i.resolved and i.line is not None:
                self.reported.setdefault((i.file, i.line), []).append(i.kind)

    def check(self, file: str, n: int, line: str) -> None:
        reported = self.reported.get((file, n), [])
        assert self.made.get((file, n), 0) + len(reported) > 0, f"{file}:{n} dropped: {line.strip()}"
        if set(reported) & _WHOLE_SEGMENT:
            return
        relations_part = re.split(r"\bNote\s*:", line, flags=re.I)[0]  # a note may name orders
        eo_items = sum(1 for item in _items(relations_part) if _EO_ITEM.search(item))
        assert self.eo_made.get((file, n), 0) + len(reported) >= eo_items, f"{file}:{n} lost a target: {line}"


def test_every_nara_relation_line_yields_relations_or_a_reported_irregularity(parsed) -> None:
    """Read the tables independently: every indented line that is not Signed / Federal Register /
    Note / a '#' comment is a relation line. Each must give at least one relation or a reported
    irregularity, and each of its ';' items that names an EO an EO relation or a report."""
    records, report = parsed
    tally = _Tally(records, report)
    checked = 0
    for path in nara_files():
        file = path.as_posix()
        lines = path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            if not line[:1].isspace() or not line.strip() or line.strip().startswith("#") or _FIELD_LINE.match(line):
                continue
            if re.fullmatch(r"\s*Executive Order \d+", line):
                continue
            tally.check(file, n, line)
            checked += 1
        assert sum(report.lines[file].values()) == len(lines), file  # every line read once, and classified
    assert checked > 7500


def test_every_federal_register_note_line_yields_relations_or_a_reported_irregularity(parsed) -> None:
    """The same for the CSV exports, reading rows and their line numbers with the csv module."""
    records, report = parsed
    tally = _Tally(records, report)
    checked = 0
    for path in (FR_EXPORT, FR_SAMPLE):
        file = path.as_posix()
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            notes_at = header.index("disposition_notes")
            end = reader.line_num
            for row in reader:
                start, end = end + 1, reader.line_num
                first = start + sum(field.count("\n") for field in row[:notes_at])
                for offset, line in enumerate(row[notes_at].splitlines()):
                    if not line.strip(" ;\t") or _FIELD_LINE.match(line.lstrip(" ;")):
                        continue
                    tally.check(file, first + offset, line)
                    checked += 1
    assert checked > 5000


def test_counts(parsed) -> None:
    records, report = parsed
    assert report.records == {"nara": 6287, "fr-csv": 7631, "fr-json": 988}
    nara = {k: v for k, v in report.relations.items() if k[0] == "nara"}
    assert nara[("nara", "revokes", "incoming")] > 1400 and nara[("nara", "amends", "outgoing")] > 2500
    assert len(report.reported()) < 0.02 * sum(report.relations.values())


# ------------------------------------------------------------------------------ label table


@pytest.mark.parametrize(
    ("written", "meaning"),
    [
        ("Revoked by", ("revokes", "incoming")),
        ("Revoked in part by", ("revokes_in_part", "incoming")),
        ("Superseded by", ("supersedes", "incoming")),
        ("Amended by", ("amends", "incoming")),
        ("Reinstated by", ("reinstates", "incoming")),
        ("Continued by", ("continues", "incoming")),
        ("Rescinded by", ("rescinds", "incoming")),
        ("Suspended by", ("suspends", "incoming")),
        ("Revokes", ("revokes", "outgoing")),
        ("Supersedes in part", ("supersedes_in_part", "outgoing")),
        ("See", ("related", "outgoing")),
        ("Suspersedes", ("supersedes", "outgoing")),
        ("Revokes ", ("revokes", "outgoing")),
        ("Revoked (in part) by", ("revokes_in_part", "incoming")),
        ("Partially revoked by", ("revokes_in_part", "incoming")),
        ("Revoked part by", ("revokes_in_part", "incoming")),
        ("partially superseded by", ("supersedes_in_part", "incoming")),
        ("Supersedes (in part)", ("supersedes_in_part", "outgoing")),
        ("Amended by (continued)", ("amends", "incoming")),
        ("Amend by", ("amends", "incoming")),
        ("Committee continued by", ("continues", "incoming")),
    ],
)
def test_labels_map_to_canonical_types(written, meaning) -> None:
    label = normalise_label(written)
    assert label.key is not None and LABELS[label.key][1:] == meaning


def test_label_table_uses_only_canonical_types() -> None:
    from loaders.disposition_model import RELATION_TYPES

    for key, (role, meaning, direction) in LABELS.items():
        assert key == key.lower().strip()
        if role == "relation":
            assert meaning in RELATION_TYPES and direction in ("outgoing", "incoming"), key
    assert {m for role, m, _d in LABELS.values() if role == "relation"} == set(RELATION_TYPES)


def test_in_part_wrapped_inside_its_parentheses() -> None:
    """The export wraps long notes inside parentheses: 'EO 10903, January 9, 1961 (in       part)'."""
    from loaders.disposition_targets import parse_target

    target = parse_target("EO 11228, June 14, 1965 (in       part)")
    assert target.in_part and target.number == "11228" and target.scope is None
