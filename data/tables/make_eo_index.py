"""Write data/tables/eo-index.tsv: number, signing date, FR citation, FR document and title of
each executive order from No. 12000 on, read from the headers of austinsonger/executive-orders
(Markdown made from the Federal Register full-text XML; each file names its FR document).

    python data/tables/make_eo_index.py GIT_DIR COMMIT > data/tables/eo-index.tsv

GIT_DIR is a clone of https://github.com/austinsonger/executive-orders. Run by hand; the
loaders only read the TSV (loaders/context.py). A file whose header lacks a field is skipped.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

MIN_NUMBER = 12000


def _git(git_dir: str, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True, text=True,
                          check=True).stdout


def _row(text: str) -> tuple[int, str, str, str, str] | None:
    title = re.search(r"(?m)^# Executive Order (\d+): (.+)$", text)
    date = re.search(r"\*\*Date:\*\* ([A-Z][a-z]+ \d{1,2}, \d{4})", text)
    number = re.search(r"(?m)^- Executive Order Number: (\d+)\s*$", text)
    citation = re.search(r"(?m)^- Citation: (\d+ FR \d+)\s*$", text)
    document = re.search(r"(?m)^- Document Number: (\S+)\s*$", text)
    if not (title and date and number and citation and document):
        return None
    if int(number.group(1)) != int(title.group(1)):
        return None
    signed = dt.datetime.strptime(date.group(1), "%B %d, %Y").date().isoformat()
    name = " ".join(title.group(2).split())
    return int(number.group(1)), signed, citation.group(1), document.group(1), name


def main(git_dir: str, commit: str) -> None:
    paths = _git(git_dir, "ls-tree", "-r", "--name-only", commit, "Presidential_Executive_Orders")
    rows = {}
    for path in paths.splitlines():
        m = re.search(r"executive-order-(\d+)", path)
        if not m or int(m.group(1)) < MIN_NUMBER:
            continue
        row = _row(_git(git_dir, "show", f"{commit}:{path}"))
        if row and row[0] not in rows:
            rows[row[0]] = row
    print("# Executive orders from No. 12000: number, signed, FR citation, FR document, title.")
    print(f"# Read from the headers of austinsonger/executive-orders @ {commit} (Markdown made from")
    print("# the Federal Register full-text XML) by data/tables/make_eo_index.py. Source of every row:")
    print("# the Federal Register document it names (https://www.federalregister.gov/d/<document>).")
    print("number\tsigned\tfr_citation\tfr_document\ttitle")
    for number in sorted(rows):
        print("\t".join(str(v) for v in rows[number]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
