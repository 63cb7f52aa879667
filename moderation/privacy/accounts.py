"""Passport numbers: a letter (or two) and 7 digits, after a passport label.

Indonesian passports are numbered A1234567 / B1234567 / C1234567 / X1234567 (one letter and
seven digits), e-passports from 2023 also two letters and seven digits. The shape alone is too
common (codes, plates), so a number is reported only when a passport label (paspor, passport)
stands just before it (context.label_before, confidence 0.9), or, for tables, when a passport label
appears earlier (a column header, within regions_after.REACH characters of it or of the last
passport found) and the number is alone in its cell or line (confidence 0.7). Always BLOCK.
"""

import re

from .context import label_before
from .findings import Finding, Severity
from .fold import Views
from .masking import mask_value
from .native import Prefiltered
from .regions_after import matches_after

PASSPORT_LABEL = Prefiltered(re.compile(rb"pas(?:sport|port|por)"))
# A capital letter and seven digits, with or without a space, on Views.shape (capitals are
# all b"A": a literal prefix, much rarer than a digit; "/" is written "," there, so a "/" after
# the digits is checked in Python); a letter before it is checked in Python too.
SEVEN_DIGITS = re.compile(rb"[Aa]\x20?[0-9]{7}(?![0-9Aa_\-]|\.[0-9])")
BEFORE_LETTERS = re.compile(r"[A-Za-z0-9.\-]")  # "paspor_C4438181.pdf": a file name is read
# An old and a new number side by side ("B5521873 -> E7730021", "c1234567 / x7654321", a
# replacement list under "PASPOR LAMA -> BARU"): the arrow or spaced slash is a cell edge too.
CELL_BEFORE = re.compile(r"(?:[|\t;,\n>\"\u2192\u21d2]|\x20\x20|\x20/)\x20*$")
CELL_AFTER = re.compile(r"\x20*(?:$|[|\t;,\n<\"\u2192\u21d2]|\x20\x20|-{1,2}>|=>|/\x20)")
SEVEN = b"\x1f" * 7  # on Views.digits (bytes.find: far faster than a regex stopping at letters)
LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


class SevenDigits:
    """SEVEN_DIGITS.search over Views.shape, the same matches, looked for from the digit view: a
    match starts at a letter, so its seven digits start a run of digits (a literal in the digit
    view, where SEVEN_DIGITS's leading letter would stop the regex engine at every letter)."""

    def __init__(self, views: Views) -> None:
        self.digits = views.digits

    def search(self, shape: bytes, position: int, end: int) -> re.Match | None:
        digits = self.digits
        run = digits.find(SEVEN, position, end)
        while run >= 0:
            letter = run - 1
            if letter >= 0 and digits[letter] == 0x20:
                letter -= 1
            if letter >= position and digits[letter] in LETTERS:
                match = SEVEN_DIGITS.match(shape, letter, end)
                if match is not None:
                    return match
            run = digits.find(SEVEN, run + 7, end)  # the next 6 follow a digit
        return None


def find_passports(views: Views) -> list[Finding]:
    text = views.text
    labels = [label.start() for label in PASSPORT_LABEL.finditer(views.lower)]
    findings: list[Finding] = []

    def found(match: re.Match) -> bool:
        return bool(findings) and findings[-1].end == match.end()

    for number in matches_after(SevenDigits(views), views.shape, labels, found):
        letter, end = number.span()
        if text[end : end + 1] == "/":
            continue
        start = (
            letter - 1
            if letter > 0 and text[letter - 1].isascii() and text[letter - 1].isalpha()
            else letter
        )
        if start > 0 and BEFORE_LETTERS.match(text, start - 1):
            continue
        label = label_before(views, start)
        if label == "passport":
            confidence = 0.9
        elif label is None and alone_in_cell(text, start, end):
            confidence = 0.7
        else:
            continue
        excerpt = mask_value(text[start:end], keep=1)
        findings.append(Finding("passport", start, end, excerpt, Severity.BLOCK, confidence))
    return findings


def alone_in_cell(text: str, start: int, end: int) -> bool:
    """The value fills its table cell (|, tab, ;, comma, HTML tag, 2+ spaces) or its line."""
    low = max(0, start - 8)
    before = CELL_BEFORE.search(text, low, start) or (low == 0 and not text[:start].strip(" "))
    return bool(before) and CELL_AFTER.match(text, end) is not None
