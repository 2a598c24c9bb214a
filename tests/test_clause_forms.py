"""Each clause form of issue 11, through the real `lexgraph load`, `status`, `lineage` and
`extract` on a real store: revocations of whole orders, one section, lists, ranges and
subsections; supersessions (whole, sections, in part); amendments; bodies with members and a
chair; orders known only as targets; sections never loaded; the two new layouts.

Texts: the development orders (tests/fixtures/dev/, real orders) and one synthetic order holding
one form per provision (tests/fixtures/orders/clause-forms-markdown.txt).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.build import build
from graph.namespaces import Minter
from loaders.context import load_context
from loaders.registry import extract_file, load_data_dir
from tests.conftest import BASE, DATA, FIXTURES, run_cli

DEV = FIXTURES / "dev"
FORMS = FIXTURES / "orders" / "clause-forms-markdown.txt"


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("clauses") / "store"
    minter = Minter(BASE)
    build(store, load_data_dir(DATA, minter), minter)
    result = run_cli("load", *sorted(str(p) for p in DEV.glob("*.txt")), str(FORMS), store=store)
    assert result.returncode == 0, result.stderr
    return store


def status(root: Path, ref: str, on: str = "2025-06-01") -> dict:
    result = run_cli("status", ref, "--on", on, "--format", "json", store=root)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def status_text(root: Path, ref: str, on: str = "2025-06-01") -> str:
    result = run_cli("status", ref, "--on", on, store=root)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def ctx():
    return load_context()


def edges(path: Path, ctx) -> set[tuple[str, str, str, str]]:
    return {e.key() for e in extract_file(path, ctx).edges}


# -- revocations ------------------------------------------------------------------------------


def test_capitalised_section_revocation_leaves_the_order_partially_revoked(root):
    whole = status(root, "EO 19001")
    assert whole["status"] == "partially_revoked" and whole["revoked_sections"] == ["3"]
    assert status(root, "section 3 of EO 19001")["status"] == "revoked"
    text = status_text(root, "EO 19001")
    assert "partially revoked" in text and "sections revoked: § 3" in text
    assert "Section 3 of Executive Order 19001 is hereby revoked." in text


def test_a_list_of_sections_is_one_revocation_each(root):
    result = status(root, "EO 19002")
    assert result["status"] == "partially_revoked"
    assert result["revoked_sections"] == ["1", "3", "4", "5", "7"]
    assert {r["affected_section"] for r in result["revoked_by"]} == {"1", "3", "4", "5", "7"}


def test_a_surviving_section_never_loaded_is_in_force_and_says_so(root):
    result = status(root, "section 2 of EO 19002")
    assert result["status"] == "in_force"
    assert any("not itself in the graph" in n for n in result["notes"])
    assert any("text of EO 19002 is not loaded" in n for n in result["notes"])
    text = status_text(root, "EO 19002 § 6")
    assert "in force" in text and "not itself in the graph" in text


def test_a_range_of_sections(root):
    assert status(root, "EO 19003")["revoked_sections"] == ["2", "3", "4"]
    assert status(root, "EO 19003 § 5")["status"] == "in_force"


def test_subsection_b_of_section_3(root):
    result = status(root, "EO 19004")
    assert result["status"] == "partially_revoked" and result["revoked_sections"] == ["3(b)"]
    assert status(root, "section 3 of EO 19004")["status"] == "partially_revoked"
    assert status(root, "EO 19004 § 3(b)")["status"] == "revoked"
    assert status(root, "EO 19004 § 3(a)")["status"] == "in_force"


def test_revoked_to_the_extent_inconsistent_is_in_part_never_whole(root):
    result = status(root, "EO 19005")
    assert result["status"] == "partially_revoked"
    assert [r["type"] for r in result["revoked_by"]] == ["revokes_in_part"]
    assert any("does not say which provisions" in n for n in result["notes"])


def test_lettered_items_ii_and_iii_are_letters(root):
    """EO 14148 § 2 runs (a)...(z), (aa)...(zz), (aaa)...(zzz): (ii) and (iii) are items."""
    for ref, item in (("EO 14031", "2(ii)"), ("EO 14124", "2(iii)"), ("EO 13995", "2(i)"), ("EO 14143", "2(zzz)")):
        result = status(root, ref)
        assert result["status"] == "revoked", ref
        assert [(r["id"].rsplit("/", 1)[-1], r["section"]) for r in result["revoked_by"]] == [("14148", item)]


def test_section_of_an_order_in_a_list_with_whole_orders(root):
    """EO 14005 § 14(a): 'EO 13788 ..., section 5 of EO 13858 ..., and EO 13975 ... are hereby revoked'."""
    assert status(root, "EO 13788")["status"] == "revoked"
    assert status(root, "EO 13858")["revoked_sections"] == ["5"]
    assert status(root, "EO 13975")["status"] == "revoked"


# -- supersessions ----------------------------------------------------------------------------


def test_superseded_sections_and_superseded_in_part(root):
    sections = status(root, "EO 19006")
    assert sections["status"] == "partially_superseded" and sections["superseded_sections"] == ["1", "2"]
    assert status(root, "section 1 of EO 19006")["status"] == "superseded"
    in_part = status(root, "EO 19007")
    assert in_part["status"] == "partially_superseded"
    assert [r["type"] for r in in_part["superseded_by"]] == ["supersedes_in_part"]
    # EO 14005 § 14(b): '... are superseded to the extent that they are inconsistent with this order'
    assert status(root, "EO 13881")["status"] == "partially_superseded"
    # EO 13391 § 1: 'The Annex to Executive Order 13288 ... is replaced and superseded in its entirety'
    annex = status(root, "EO 13288", on="2010-01-01")
    assert annex["status"] == "partially_superseded"
    assert annex["superseded_by"][0]["type"] == "supersedes_in_part"


# -- amendments -------------------------------------------------------------------------------


def test_amendments_are_listed_and_leave_the_order_in_force(root):
    to_read = status(root, "EO 19008")
    assert to_read["status"] == "in_force"
    assert [a["amended_section"] for a in to_read["amended_by"]] == ["3(b)"]
    striking = status(root, "EO 19009")
    assert [a["amended_section"] for a in striking["amended_by"]] == ["2(h)", "2(i)", "2(j)"]
    whole = status(root, "EO 19010")
    assert [a["amended_section"] for a in whole["amended_by"]] == [None]
    text = status_text(root, "EO 19009")
    assert "§ 2(h) amended by EO 19901 § 3(b)" in text


def test_amendment_places_in_a_list_of_changes(root):
    """EO 14082 § 4(a): 'EO 14008 is amended as follows: (i) ... section 203 ... (ii) Section 203(a) ...'"""
    result = status(root, "EO 14008", on="2023-01-01")
    by_item = {(a["section"], a["amended_section"]) for a in result["amended_by"]}
    assert {("4(a)(i)", "203"), ("4(a)(ii)", "203(a)"), ("4(a)(iii)", "203(b)"), ("4(a)(iv)", "218")} <= by_item
    hyphen = status(root, "EO 12898", on="2023-01-01")
    assert [a["amended_section"] for a in hyphen["amended_by"]] == ["1-102(b)"]


def test_quoted_amendatory_text_makes_no_edges(ctx):
    found = edges(FORMS, ctx)
    assert not any(e[2] in ("usc/8/1101", "office/attorney-general") and e[3] == "3(a)" for e in found)
    sports = edges(DEV / "eo-14327-whitehouse.txt", ctx)
    assert not any(e[2] in ("eo/12345", "eo/10830", "statute/faca") for e in sports)
    assert not any(e[1] == "establishes" for e in sports)


# -- bodies, members, chairs, directions ------------------------------------------------------


def test_a_body_established_by_an_extracted_order_resolves_and_is_active(root):
    result = status(root, "Interagency Committee on Clause Forms")
    assert result["status"] == "active"
    lineage = run_cli("lineage", "National Energy Dominance Council", "--format", "json", store=root)
    assert lineage.returncode == 0, lineage.stderr
    types = {e["type"] for e in json.loads(lineage.stdout)["edges"]}
    assert "establishes" in types


def test_members_and_chair_of_a_body(ctx):
    found = edges(FORMS, ctx)
    body = "org/interagency-committee-on-clause-forms"
    assert {(f"office/{o}", "member_of", body, "4(b)") for o in ("secretary-of-state", "attorney-general",
                                                                  "director-of-omb")} <= found
    assert ("office/secretary-of-state", "chairs", body, "4(b)(i)") in found
    assert ("eo/19901", "establishes", body, "4(a)") in found
    assert (body, "housed_at", "org/eop", "4(a)") in found


def test_who_shall_serve_as_chair_and_the_chair_are_not_directions(ctx):
    found = edges(DEV / "eo-13411-markdown.txt", ctx)
    assert ("office/secretary-of-homeland-security", "chairs",
            "org/task-force-on-disaster-assistance-coordination", "2(b)(i)(A)") in found
    assert not any(e[1] == "directs" and e[3] == "2(b)(i)(A)" for e in found)
    forms = edges(FORMS, ctx)
    assert not any(e[1] == "directs" and e[3] in ("4(b)(i)",) for e in forms)


def test_the_omb_director_is_the_office_not_omb(ctx):
    found = edges(FORMS, ctx) | edges(DEV / "eo-14005-whitehouse.txt", ctx)
    assert ("eo/19901", "directs", "office/director-of-omb", "4(c)") in found
    assert not any(e[2] == "org/omb" and e[1] == "directs" for e in found)
    # 'unless the OMB Director provides otherwise, the agency ... shall': not directed
    assert not any(e[1] == "directs" and e[3] == "4(b)" for e in found if e[0] == "eo/14005")


# -- citations --------------------------------------------------------------------------------


def test_two_code_cites_joined_by_and_do_not_make_title_8_section_8(ctx):
    for path in (FORMS, DEV / "eo-14115-whitehouse.txt"):
        found = edges(path, ctx)
        assert {e[2] for e in found} >= {"usc/8/1182/f", "usc/8/1185/a"}
        assert not any(e[2].startswith("usc/8/8") for e in found)


def test_a_national_emergency_declared_in_an_order_is_cited_not_authority(ctx):
    for path, number in ((FORMS, "19011"), (DEV / "eo-13391-markdown.txt", "13288")):
        found = edges(path, ctx)
        assert any(e[1] == "cites" and e[2] == f"eo/{number}" and e[3] == "preamble" for e in found)
        assert not any(e[1] == "authorized_by" and e[2].startswith("eo/") for e in found)


# -- orders known only as targets; layouts ------------------------------------------------------


def test_an_order_known_only_as_a_target_resolves_and_says_its_text_is_not_loaded(root):
    result = status(root, "EO 14044")
    assert result["status"] == "revoked"
    assert any("text of EO 14044 is not loaded" in n for n in result["notes"])
    before = status(root, "Executive Order 14044", on="2021-01-01")
    assert before["status"] == "not_yet_issued"  # its signing date comes from the FR index
    unknown = run_cli("status", "EO 19999", store=root)
    assert unknown.returncode == 1 and "unknown identifier" in unknown.stderr


def test_whitehouse_and_markdown_layouts(ctx):
    wh = extract_file(DEV / "eo-14213-whitehouse.txt", ctx)
    assert wh.layout == "whitehouse"
    inst = wh.instrument
    assert (inst.id, str(inst.signed), inst.fr_citation) == ("eo/14213", "2025-02-14", "90 FR 9945")
    assert {p.label: p.heading for p in wh.provisions}["6"] == "Representation on the National Security Council"
    md = extract_file(DEV / "eo-13415-markdown.txt", ctx)
    assert md.layout == "markdown"
    assert (md.instrument.id, md.instrument.fr_document) == ("eo/13415", "06-9561")
    sidecar = extract_file(DEV / "eo-14327-whitehouse.txt", ctx)
    assert sidecar.instrument.id == "eo/14327"


def test_heading_less_sections_keep_their_first_sentence(ctx):
    x = extract_file(DEV / "eo-14115-whitehouse.txt", ctx)
    by_label = {p.label: p for p in x.provisions}
    assert by_label["8"].heading is None and by_label["8"].text.startswith("For those persons")
    assert by_label["4(a)"].text.startswith("The unrestricted immigrant")
    assert "1(a)(i)(B)(4)" in by_label


def test_roman_list_under_a_letter_and_upper_case_i_after_h(ctx):
    council = {p.label for p in extract_file(DEV / "eo-14213-whitehouse.txt", ctx).provisions}
    assert {"3(b)(i)", "3(b)(ix)", "3(b)(x)", "3(b)(xviii)"} <= council
    task_force = {p.label for p in extract_file(DEV / "eo-13411-markdown.txt", ctx).provisions}
    assert {"2(b)(i)(H)", "2(b)(i)(I)", "2(b)(i)(P)", "2(b)(ii)"} <= task_force


def test_a_section_missing_from_a_loaded_text_is_unknown(root):
    """EO 13415's text is loaded: it has sections 1-3, so a section 9 is a typo, not a gap."""
    result = run_cli("status", "section 9 of EO 13415", store=root)
    assert result.returncode == 1 and "unknown identifier" in result.stderr
    assert status(root, "section 2 of EO 13415", on="2007-01-01")["status"] == "in_force"


# -- forms fixed after the first held-out run (tests/gold/README.md, "After the held-out run") --------


def _markdown(tmp_path: Path, body: str, number: int = 19950) -> Path:
    path = tmp_path / f"eo-{number}-markdown.txt"
    path.write_text(
        f"# Executive Order {number}: A Synthetic Order\n\n**Date:** March 3, 2025\n\n"
        f"- Executive Order Number: {number}\n- Citation: 99 FR 202\n\n---\n\n"
        "By the authority vested in me as President by the Constitution and the laws of the United States "
        "of America, and consistent with section 301 of title 3, United States Code, it is hereby ordered:\n"
        f"{body}\nTHE WHITE HOUSE,\nMarch 3, 2025.\n"
    )
    return path


def test_forms_fixed_after_the_held_out_run(tmp_path, ctx):
    path = _markdown(tmp_path, """### Section 1.

Revocation The following Presidential actions are revoked: Executive Order 19021 of May 1, 2020 (One), Executive Order 19022 of May 2, 2020 (Two), and Executive Order 19023 of May 3, 2020 (Three).
### Section 2.

Proposed Rules (a) The Secretary of State shall act.

(b) Executive Order 19024 of May 4, 2020 (Four); Executive Order 19025 of May 5, 2020 (Five), as amended by Executive Order 19026 of May 6, 2020 (Six); and Executive Order 19027 of May 7, 2020 (Seven), are hereby amended by:
    (i) substituting “New Name” for “Old Name” each time it appears; and
    (ii) substituting “Other” for “Another”.

(c) In order to reflect Executive Order 19028, Civil Service Rule VI is amended as follows:
    (i) 5 CFR 6.2 is amended to read:
OPM shall list positions under 5 U.S.C. 3105, and the Attorney General shall advise.
    (ii) 5 CFR 6.3 is amended.
### Section 3.

The Secretary of Commerce shall establish within the Department of Health and Human Services for administrative purposes only an Interagency Working Group on Synthetic Safety (Working Group). Executive Order 19029 is amended as follows: in section 2(b), by striking “and” at the conclusion of subsection
(vii) and replacing it with “; and”.
""")
    found = {e.key() for e in extract_file(path, ctx).edges}
    assert {("eo/19950", "revokes", f"eo/{n}", "1") for n in (19021, 19022, 19023)} <= found
    assert ("eo/19950", "directs", "office/secretary-of-state", "2(a)") in found  # "Proposed Rules (a) ..."
    assert {("eo/19950", "amends", f"eo/{n}", "2(b)") for n in (19024, 19025, 19027)} <= found
    assert not any(e[1] == "amends" and e[2] == "eo/19026" for e in found)  # "as amended by" names it
    assert not any(e[2] == "eo/19028" and e[1] == "amends" for e in found)  # the rule is amended, not the order
    assert not any(e[2] in ("usc/5/3105", "office/attorney-general", "org/opm") for e in found)  # new rule text
    group = "org/interagency-working-group-on-synthetic-safety"
    assert ("eo/19950", "establishes", group, "3") in found
    assert (group, "housed_at", "org/hhs", "3") in found
    assert ("eo/19950", "amends", "eo/19029/sec/2/b", "3") in found
    labels = {p.label for p in extract_file(path, ctx).provisions}
    assert "3(vii)" not in labels and "2(a)" in labels
    # "and consistent with section 301 of title 3" is not the statement of authority
    assert ("eo/19950", "cites", "usc/3/301", "preamble") in found
    assert ("eo/19950", "authorized_by", "usc/3/301", "preamble") not in found
