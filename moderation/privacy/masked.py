"""NIK and No. KK numbers masked anywhere but only partly: still recoverable, so still findings.

identifiers.py handles the common case (the last digits hidden: 320101450890****). This module
finds masks elsewhere - 3201xx450890xxxx, 3201 01 xxxxxx 0001, 32010145****0002 - from each run
of mask characters (* x X #) next to a digit, expanded to a 16-character token in a NIK layout
(plain, 4-4-4-4, 6-6-4, 4-2-6-4, 2-2-2-6-4; space, dot or dash).

How many digits must stay visible: at most 4 hidden digits leave at most 10,000 candidates,
fewer once the structure is checked (a date, an area code), and a NIK with a name is checked
against public Dukcapil-backed services (cek bansos, cek DPT) in seconds - recoverable, so a
finding (BLOCK, confidence 0.75 with a NIK / KK label, 0.6 without). With 5 or more digits hidden
(100,000+ candidates, or the whole birth date gone) the number counts as masked and is not
reported. The visible digits must fit a NIK: a visible province, regency, day or month that no
NIK can have means it is not one (0-filled codes, virtual account numbers).

Known limit: a NIK whose birth date digits alone are hidden (6 digits) while the birth date
itself is printed in the next column is recoverable but not reported.
"""

import re

from .context import label_before
from .findings import Finding, Severity
from .fold import Views
from .masking import mask_value
from .regions import PROVINCES, REGENCIES
from .spans import Spans
from .structure import DAY_MONTHS, NIK_DAY_MONTHS

MAX_HIDDEN = 6
MASK_RUN = re.compile(rb"[*xX\#]+")
MASK_BYTES = (b"*", b"x", b"X", b"#")
MASK_CODES = frozenset(b"*xX#")
SEPARATOR_CODES = frozenset(b" .-")
TOKEN_CHARS = re.compile(rb"[\x1f*xX\#]+(?:[\x20.\-][\x1f*xX\#]+){0,4}")
LAYOUTS = frozenset({(16,), (4, 4, 4, 4), (6, 6, 4), (4, 2, 6, 4), (2, 2, 2, 6, 4)})
NOT_BEFORE = re.compile(rb"[A-Za-z0-9*\#/]")
GROUP = re.compile(r"[0-9*xX#]+")
SEPARATOR = re.compile(r"[ .\-]")
SILENCING = frozenset({"account_code", "other", "nip", "bank", "npwp", "bpjs", "passport", "kks"})


def find_masked(views: Views, taken: Spans) -> list[Finding]:
    """Partly masked NIK / No. KK outside the `taken` ranges (findings already made)."""
    digits = views.digits
    findings: list[Finding] = []
    done = -1
    for position in mask_positions(digits):
        if position < done:
            continue
        run = MASK_RUN.match(digits, position)
        token = token_around(digits, run.start(), run.end())
        if token is None:
            continue
        for start, end in layouts_in(views.text, token[0], token[1], run.start()):
            if taken.overlaps(start, end):
                break
            found = masked_finding(views, start, end)
            if found:
                findings.append(found)
                done = end
                break
    return findings


def mask_positions(digits: bytes) -> list[int]:
    """Starts of the mask runs that touch a digit, directly or across one separator (bytes.find
    per mask character: masks are rare, a regex would test every byte)."""
    starts = set()
    size = len(digits)
    for char in MASK_BYTES:
        position = digits.find(char)
        while position >= 0:
            start = position
            while start and digits[start - 1] in MASK_CODES:
                start -= 1
            end = position + 1
            while end < size and digits[end] in MASK_CODES:
                end += 1
            if near_digit(digits, start - 1, -1) or near_digit(digits, end, 1):
                starts.add(start)
            position = digits.find(char, end)
    return sorted(starts)


def near_digit(digits: bytes, position: int, step: int) -> bool:
    if not 0 <= position < len(digits):
        return False
    if digits[position] == 0x1F:
        return True
    beyond = position + step
    return (
        digits[position] in SEPARATOR_CODES
        and 0 <= beyond < len(digits)
        and (digits[beyond] == 0x1F)
    )


def token_around(digits: bytes, run_start: int, run_end: int) -> tuple[int, int] | None:
    """The digit/mask token (groups joined by one separator) holding the run, if it is not
    glued to letters."""
    low = max(0, run_start - 24)
    for match in TOKEN_CHARS.finditer(digits, low, run_end + 24):
        if match.start() <= run_start and match.end() >= run_end:
            start, end = match.span()
            if start and NOT_BEFORE.match(digits, start - 1):
                return None
            if end < len(digits) and NOT_BEFORE.match(digits, end):
                return None
            return start, end
    return None


def layouts_in(text: str, start: int, end: int, inside: int) -> list[tuple[int, int]]:
    """Runs of consecutive groups of text[start:end] around `inside` that have 16 characters
    (a token may carry a row number or another number before or after the NIK)."""
    groups = [(m.start() + start, m.end() + start) for m in GROUP.finditer(text[start:end])]
    spans = []
    for first in range(len(groups)):
        for last in range(first, len(groups)):
            low, high = groups[first][0], groups[last][1]
            if low <= inside < high and sum(b - a for a, b in groups[first : last + 1]) == 16:
                spans.append((low, high))
    return spans


def masked_finding(views: Views, start: int, end: int) -> Finding | None:
    value = views.text[start:end]
    groups = SEPARATOR.split(value)
    if len(set(SEPARATOR.findall(value))) > 1 or tuple(map(len, groups)) not in LAYOUTS:
        return None
    chars = "".join(groups)
    hidden = sum(not char.isdigit() for char in chars)
    if not 0 < hidden <= MAX_HIDDEN:
        return None
    label = label_before(views, start)
    if label in SILENCING or not fits_nik(chars):
        return None
    kind = "kk" if label == "kk" else "nik"
    confidence = 0.75 if label in ("nik", "kk") else 0.6
    return Finding(kind, start, end, mask_value(value), Severity.BLOCK, confidence)


def fits_nik(chars: str) -> bool:
    """Whether some NIK (or No. KK) has these characters where they are digits."""
    return (
        fits(chars[0:2], PROVINCES)
        and fits(chars[2:4], REGENCIES)
        and fits(chars[4:6], DISTRICTS)
        and (fits(chars[6:10], NIK_DAY_MONTHS) or fits(chars[6:10], DAY_MONTHS))
        and (not chars[12:16].isdigit() or chars[12:16] != "0000")
    )


DISTRICTS = frozenset(f"{number:02d}" for number in range(1, 100))


def fits(part: str, valid) -> bool:
    if part.isdigit():
        return part in valid
    if not any(char.isdigit() for char in part):
        return True
    return any(
        all(char == want or not char.isdigit() for char, want in zip(part, option, strict=True))
        for option in valid
    )
