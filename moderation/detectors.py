"""Baseline personal-data detectors: the scanner issue replaces this module with the full set.

For now: 16-digit NIK / No. KK numbers (plain, spaced or dotted) whose birth-date part is a
real date (day + 40 for women).
"""

import re
from collections.abc import Iterator

from .findings import mask

SIXTEEN_DIGITS = re.compile(r"(?<![\d.\-])\d(?:[ .\-]?\d){15}(?![\d])")


def has_birth_date(digits: str) -> bool:
    day, month = int(digits[6:8]), int(digits[8:10])
    if day > 40:
        day -= 40
    return 1 <= day <= 31 and 1 <= month <= 12


def find_nik(text: str) -> Iterator[tuple[str, str]]:
    """(kind, masked excerpt) for every NIK-shaped number in `text`."""
    for match in SIXTEEN_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if has_birth_date(digits) and digits[:2] != "00":
            yield "nik", mask(match.group())
