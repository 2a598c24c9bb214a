"""Which President signed an executive order, from its number.

Executive orders are numbered in one sequence, and the Office of the Federal Register's
disposition tables (https://www.archives.gov/federal-register/executive-orders/disposition) are
arranged by administration: each President's first order is below. The table is checked against
the shipped sources in tests (the Markdown texts are filed by President, and the Federal Register
API files are one per President).
"""

from __future__ import annotations

import bisect

FIRST_ORDER = [  # (first executive order number of the administration, President slug, name)
    (6071, "franklin-d-roosevelt", "Franklin D. Roosevelt"),
    (9538, "harry-s-truman", "Harry S. Truman"),
    (10432, "dwight-d-eisenhower", "Dwight D. Eisenhower"),
    (10914, "john-f-kennedy", "John F. Kennedy"),
    (11128, "lyndon-b-johnson", "Lyndon B. Johnson"),
    (11452, "richard-nixon", "Richard Nixon"),
    (11798, "gerald-r-ford", "Gerald R. Ford"),
    (11967, "jimmy-carter", "Jimmy Carter"),
    (12287, "ronald-reagan", "Ronald Reagan"),
    (12668, "george-h-w-bush", "George H. W. Bush"),
    (12834, "william-j-clinton", "William J. Clinton"),
    (13198, "george-w-bush", "George W. Bush"),
    (13489, "barack-obama", "Barack Obama"),
    (13765, "donald-trump", "Donald J. Trump"),
    (13985, "joe-biden", "Joseph R. Biden Jr."),
    (14147, "donald-trump", "Donald J. Trump"),
]
_STARTS = [n for n, _slug, _name in FIRST_ORDER]
NAMES = {slug: name for _n, slug, name in FIRST_ORDER}


def president_of(number: int) -> str | None:
    """The slug of the President who signed EO `number`; None before EO 6071 (March 1933)."""
    i = bisect.bisect_right(_STARTS, number) - 1
    return FIRST_ORDER[i][1] if i >= 0 else None
