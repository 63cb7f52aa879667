"""Indonesian phone numbers: +62 / 62 / 0 forms, with spaces, dashes, dots and brackets.

A regex over the lower-case view picks candidates that start like a phone number (+62,
(+62), 62 8.., 0.., (0..)) and are made of digits and separators; each candidate is cut back to
its longest prefix of digit groups that phonenumbers (region ID) accepts as MOBILE, FIXED_LINE
or FIXED_LINE_OR_MOBILE. phonenumbers' own matcher is never run over the text (slow, and it
stops silently after max_tries). Its verdict depends only on the length and the first digits
of the national number (ID metadata; checked by a test), so verdicts are cached (phone_type).

Not phones: dates (12-05-2024), times (08.00-16.00), amounts in thousands format, numbers glued
to a preceding digit and . - (letter and registration numbers) or following a digit group and
one space (the tail of a longer spaced number), toll-free / premium / UAN numbers, "62..."
without "+" unless it is a mobile number, and the office's own numbers (the allow-list).

Severity: BLOCK (0.95) after a personal label (HP, WA, WhatsApp, ponsel, handphone, seluler,
telp. rumah) and, in scan.py, on a line that holds an identifier (a table row of aid recipients);
otherwise REVIEW - a mobile number 0.8, a landline 0.6, after an office label (kantor, fax,
layanan, PPID) 0.5. A contact person's number in an announcement is a person's number, but
often published on purpose: a human decides.

A mobile number that lost its leading 0 (a spreadsheet number: "HP 8131990050") is read only
right after a phone label (lost_zero_phones).

A count written after the number ("0812 3456 7890 2 orang") is not part of it (count_after).

Known limits: numbers written with letters ("nol delapan ...") or split across lines are
missed; a spaced number right after another number is skipped unless that one was a phone, a
date's year or a count of one or two digits.
"""

import re
from collections.abc import Callable
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberType

from .allowlist import AllowList
from .alternation import Leftmost
from .context import label_before
from .findings import Finding, Severity
from .fold import Views, register_words
from .identifiers import registration_tail
from .masking import mask_number, mask_value
from .native import Prefiltered
from .spans import Spans
from .structure import digits_of

BODY = rb"""
    (?:
        (?<=\+)\x20?62
      | (?<=\()(?:\+?62\)?|0)
      | (?<=6)2(?=[\x20\-]?8)
      | (?<=0)(?=[1-9(])
    )
    [0-9\x20().\-]{5,22}[0-9]
    (?![0-9A-Za-z])
"""
# A phone number starts neither after a letter, digit or "+", nor right after "<digit>." or
# "<digit>-" (letter and registration numbers) or "<digit> " (the tail of a spaced number).
NOT_AFTER = rb"(?<![A-Za-z0-9+][+(06])(?<![0-9][.\-\x20][+(06])"
# ... except after a year and one space ("lahir 17-08-1985 0812...": a table row whose date cell
# comes right before the number), after a count of one or two digits and one space ("Budi 4
# 0812...": the members of a household, an age) - the year or the count not itself after
# "<digit> " or "<digit>.", as a group of a spaced or grouped number would be - or after an
# amount in thousands format ("300.000 0812...": an aid list's row). Only mobile numbers
# (" 08", " +62") are looked for there: Views.starts words, each hit checked
# (after_number_starts).
AFTER_NUMBER_STARTS = (b" 08", b" +62")
register_words(AFTER_NUMBER_STARTS)
NUMBER_BEFORE = re.compile(
    r"(?:(?<![0-9])(?<![0-9]\x20)(?:19|20)[0-9]{2}|(?<![0-9.\-])(?<![0-9][.\-\x20])[0-9]{1,2}"
    r"|[0-9]\.[0-9]{3})$"
)
# One pattern per first character, each with a literal first byte: the regex engine jumps from
# one occurrence of that byte to the next, where a first character class ([+(06]) costs a
# class test at every byte (callgrind, dense mix: 94 -> 67 instructions a byte for the four
# passes together). candidates() merges their matches.
FIRST_CHARACTERS = (rb"\+", rb"\(", rb"0", rb"6")
CANDIDATES = tuple(re.compile(first + NOT_AFTER + BODY, re.VERBOSE) for first in FIRST_CHARACTERS)


def candidates(view: bytes) -> Leftmost:
    """`search(position)`: what `[+(06]` + NOT_AFTER + BODY `.search(view, position)` finds."""
    return Leftmost(CANDIDATES, view)


def after_number_starts(views: Views) -> list[int]:
    """Where a mobile number starts right after a year, a short count or an amount and one
    space (NUMBER_BEFORE), sorted."""
    text, lower = views.text, views.lower
    starts = []
    for needle in AFTER_NUMBER_STARTS:
        for position in views.starts(needle):
            if lower[position - 1 : position].isdigit() and NUMBER_BEFORE.search(
                text, max(0, position - 6), position
            ):
                starts.append(position + 1)
    starts.sort()
    return starts


# ... except right after a phone number already found: "HP 0812 3456 7890 0813 1111 2222".
NEXT_CANDIDATE = re.compile(rb"[+(06]" + BODY, re.VERBOSE)
GROUP = re.compile(r"[0-9]+")
DATE_OR_TIME = re.compile(
    r"\(?(?:[0-9]{1,2}[./\-][0-9]{1,2}[./\-][0-9]{2,4}|[0-9]{1,2}[.:][0-9]{2}(?![0-9]))"
)
THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
ACCEPTED = frozenset(
    {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
)
MIN_NATIONAL, MAX_NATIONAL = 7, 12


@lru_cache(maxsize=65536)
def _number_type(prefix: str, length: int) -> int:
    sample = int(prefix + "0" * (length - len(prefix)))
    return phonenumbers.number_type(PhoneNumber(country_code=62, national_number=sample))


def phone_type(national: str) -> int:
    """phonenumbers' PhoneNumberType of an Indonesian national significant number.

    In phonenumbers' ID metadata the type depends on the length and on at most the first 5
    digits (fixed lines: area codes up to 4 digits, "21500"), for mobile numbers 8[1-9] on the
    first 2 only; so phonenumbers is asked once per (prefix, length). A test checks this
    against phonenumbers itself."""
    if national[0] == "8" and national[1] != "0":
        return _number_type(national[:2], len(national))
    return _number_type(national[:5], len(national))


def national_number(digits: str, plus: bool) -> str | None:
    """The national significant number, or None when the digits cannot be one."""
    if plus or digits.startswith("62"):
        national = digits[2:]
        if national.startswith("0"):  # +62 (0)812...
            national = national[1:]
        if not plus and not national.startswith("8"):
            return None  # "62..." without "+" is a phone only as a mobile number
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        return None
    if national.startswith("0") or not MIN_NATIONAL <= len(national) <= MAX_NATIONAL:
        return None
    return national


def best_number(raw: str) -> tuple[int, int, int] | None:
    """(start, end, type) inside `raw` of the longest prefix of digit groups that is a valid
    number, or None."""
    if DATE_OR_TIME.match(raw) or THOUSANDS.fullmatch(raw):
        return None
    cut = raw.find("  ")
    if cut > 0:
        raw = raw[:cut]
    plus = raw[0] == "+" or raw[:2] == "(+"
    # Most candidates are one whole number: try that first.
    national = national_number(digits_of(raw), plus)
    if national is not None:
        kind = phone_type(national)
        if kind in ACCEPTED:
            return start_in(raw, len(raw)), len(raw), kind
    groups = list(GROUP.finditer(raw))
    for count in range(len(groups), 0, -1):
        end = groups[count - 1].end()
        digits = "".join(group.group() for group in groups[:count])
        if len(digits) < MIN_NATIONAL + 1:
            return None
        national = national_number(digits, plus)
        if national is None:
            continue
        kind = phone_type(national)
        if kind in ACCEPTED:
            return start_in(raw, end), end, kind
    return None


def start_in(raw: str, end: int) -> int:
    """Where the number starts in `raw`: at its "(" only if the ")" is part of it."""
    if raw[0] != "(" or ")" in raw[:end]:
        return 0
    return len(raw) - len(raw.lstrip("("))


def find_phones(
    views: Views, allow: AllowList, claimed: Spans, person_lines: frozenset[int] = frozenset()
) -> list[Finding]:
    """Phone numbers outside the `claimed` ranges (NIK, NIP, ...). A landline is a person's
    only after a personal label (telp. rumah, HP) or on one of the `person_lines` (starts of
    lines holding an identifier); otherwise it is an office's and not reported (numbers after
    an office cue: institutions.py)."""
    text, view = views.text, views.lower
    findings = []
    position = 0
    following = None
    check_allowed = bool(allow.phones)
    search = candidates(view).search
    extra = after_number_starts(views)
    if extra:
        search = merged(search, extra, view)
    while match := following or search(position):
        following = None
        found_at, found_end = match.span()
        position = found_at + 1  # a rejected candidate may hide one further on
        best = (
            None
            if claimed.overlaps(found_at, found_end)
            else best_number(text[found_at:found_end])
        )
        if best is None:
            continue
        start, end = found_at + best[0], found_at + best[1]
        counted = count_after(text, view, start, end)
        if counted is not None:
            end, best = counted
        position = end  # "0812 3456 7890 0813 1111 2222": look again after the first one
        if check_allowed and allow.allows_phone(text[start:end]):
            continue
        found = phone_finding(views, start, end, best[2] == PhoneNumberType.MOBILE, person_lines)
        if found:
            findings.append(found)
        if view[end : end + 1] == b" ":
            following = NEXT_CANDIDATE.match(view, end + 1)
    findings.extend(lost_zero_phones(views, allow, claimed, findings))
    return findings


# "HP 8131990050", "telp 85667180924": a mobile number that lost its leading 0 (a spreadsheet
# cell stored as a number). Only right after a phone label: without one, 8... of ten digits
# is any number.
LOST_ZERO = Prefiltered(
    re.compile(rb"8(?<![0-9a-z+.\-/]8)[1-9][0-9]{7,10}(?![0-9a-z])"), rb"8[1-9][0-9]{7}"
)
LOST_ZERO_LABELS = frozenset({"phone_personal", "phone"})


def lost_zero_phones(
    views: Views, allow: AllowList, claimed: Spans, found: list[Finding]
) -> list[Finding]:
    text, result = views.text, []
    taken = {finding.start for finding in found}
    for match in LOST_ZERO.finditer(views.lower):
        start, end = match.span()
        if start in taken or claimed.overlaps(start, end):
            continue
        national = text[start:end]
        if phone_type(national) != PhoneNumberType.MOBILE:
            continue
        label = label_before(views, start)
        if label not in LOST_ZERO_LABELS or (allow.phones and allow.allows_phone("0" + national)):
            continue
        severity = Severity.BLOCK if label == "phone_personal" else Severity.REVIEW
        result.append(
            Finding(
                "phone",
                start,
                end,
                mask_number(national),
                severity,
                0.9 if severity is Severity.BLOCK else 0.8,
            )
        )
    return result


def merged(search: Callable, extra: list[int], view: bytes) -> Callable:
    """`search(position)` with the candidates that start at the `extra` positions too."""
    at = 0

    def leftmost(position: int) -> re.Match | None:
        nonlocal at
        regular = search(position)
        while at < len(extra) and (regular is None or extra[at] < regular.start()):
            start = extra[at]
            at += 1
            if start >= position and (after := NEXT_CANDIDATE.match(view, start)):
                return after
        return regular

    return leftmost


# A count after the number ("0812 3456 7890 2 orang", "HP 0812-3456-7890 (3 jiwa)", "0812 3456
# 789 12"): the last group, after a space, is the count and not a part of the number - when a
# unit follows it, when a bracket or a spaced dash sets it apart, or when it has one or two
# digits after groups of three or more and the number is whole without it (a mobile number of
# 11 digits or more: "0812 345 678 90" stays one number).
COUNT_TAIL = re.compile(
    r"(?:\x20(?P<apart>[(\-]\x20?|\-\x20)?|\x20?(?P<bracket>\()\x20?)[0-9]{1,3}$"
)
COUNT_UNIT = re.compile(
    rb"\x20?(?:orang|org|jiwa|anak|kk|kepala|keluarga|kel|unit|buah|bh|kali|hari|minggu|bulan"
    rb"|bln|tahun|thn|th|tahunan|lembar|lbr|paket|pkt|ekor|rumah|rt|rw|km|kg|ha|pcs|box|dus|sak"
    rb"|liter|ltr|jam|menit|mnt|tamu|peserta|siswa|murid|pasien|balita|lansia|kursi|porsi|set"
    rb"|tabung|karung|kotak|titik|lokasi|desa|dusun)(?![a-z])"
)
GROUPS_OF_THREE = re.compile(r"[+(]*[0-9]+\)?(?:[\x20.\-]+[0-9]{3,})*")


def count_after(text: str, view: bytes, start: int, end: int) -> tuple[int, tuple] | None:
    """(end, best_number) of the number text[start:end] without a count written after it, or
    None when its last group is no count."""
    if end - start < 12 or text[end - 4 : end].isdigit():
        return None  # no group of 1-3 digits at the end
    tail = COUNT_TAIL.search(text, end - 6, end)
    if tail is None or not text[tail.start() - 1].isdigit():
        return None
    cut = tail.start()
    if not (
        COUNT_UNIT.match(view, end)
        or tail.group("apart")
        or tail.group("bracket")
        or (
            len(tail.group().strip()) <= 2
            and GROUPS_OF_THREE.fullmatch(text, start, cut)
            and sum(map(str.isdigit, text[start:cut])) >= 11
        )
    ):
        return None
    shorter = best_number(text[start:cut])
    if shorter is None or shorter[0] or start + shorter[1] != cut:
        return None
    return cut, shorter


# The number's own label names another number: a business or permit number (NIB: 13 digits,
# often starting 08 or 91), a device, a school or a tax object - not a phone.
OTHER_NUMBER_LABEL = re.compile(
    rb"(?<![a-z])(?:nib|nomor\s+induk\s+berusaha(?:\s*\(nib\))?|no(?:mor)?\.?\s*izin|imei"
    rb"|npsn|nisn|nop)[\x20\t.:=()\-]*$"
)


def phone_finding(
    views: Views, start: int, end: int, mobile: bool, person_lines: frozenset[int] = frozenset()
) -> Finding | None:
    text = views.text
    if OTHER_NUMBER_LABEL.search(views.lower, max(0, start - 40), start):
        return None
    if registration_tail(text, start):
        return None  # "5301-LU-08122025-2375": an akta number's date and serial
    label = label_before(views, start)
    if not mobile and label != "phone_personal":
        line_start = text.rfind("\n", max(0, start - 4096), start) + 1
        if line_start not in person_lines:
            return None
    value = text[start:end]
    excerpt = mask_value(value, keep=3) if value[0] in "+(" else mask_number(value)
    if label == "phone_personal":
        return Finding("phone", start, end, excerpt, Severity.BLOCK, 0.95)
    confidence = 0.5 if label == "phone_office" else 0.8 if mobile else 0.6
    return Finding("phone", start, end, excerpt, Severity.REVIEW, confidence)
