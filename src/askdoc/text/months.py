"""The month names, in one place for every pattern that reads dates."""

from __future__ import annotations

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
# The names as a regular-expression alternation, capitalised as written.
MONTHS_PATTERN = "|".join(MONTH_NAMES)
