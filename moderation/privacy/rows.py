"""Rows of persons outside a parsed table: a line that holds an identifier (NIK, No. KK, ...)
is a person's record, so a birth date or an address on it is personal data with no label.

- a date of a plausible birth year (1915 .. ten years ago; not a timestamp) on the line ->
  birth_date, BLOCK 0.7;
- the cells of the line (|, tab, ;, comma or wide spaces) written like an address (places.py)
  -> address, BLOCK 0.7; on a line without cells, the run of address segments (Dusun Krajan
  RT 02 Desa Sumberagung).
Tables with a header are read by tables.py; its findings win where both find the same value.
"""

import re

from .alternation import by_first_letter
from .dates import event_between, find_dates, this_year
from .findings import Finding, Severity
from .fold import Views
from .masking import mask_value
from .personal import role_before
from .places import (
    BARE_RT,
    CELL_ADDRESS,
    CELL_RT,
    FINE_UNIT_WORDS,
    FINE_UNITS,
    PROSE_ADDRESS,
    before_contact,
    looks_like_address,
)
from .places import COMPANY_BEFORE as INSTITUTION
from .tables import DATE_HINT, WORD_DATE_HINT, separator_of, split_cells

SIDE_WORDS = ("belakang", "depan", "samping", "sebelah", "dekat", "seberang", "ujung",
              "pinggir", "tepi", "lane", "avenue")  # fmt: skip
# A street, hamlet or RT word, a landmark's side, or an English unit: (?<![a-z]) is checked
# after each first letter (by_first_letter), so the engine stops only at those letters.
CONTACT_ADDRESS_HINT = re.compile(
    (
        "(?:"
        + by_first_letter(
            [re.escape(w).replace(r"\ ", r"\s+") for w in (*FINE_UNIT_WORDS, *SIDE_WORDS)],
            not_after="[a-z]",
        )
        + ")(?![a-z])"
    ).encode()
)
MIN_AGE = 10
MAX_LINE = 2000


def person_rows(
    views: Views,
    identifier_lines: set[int],
    table_rows: set[int],
    contact_lines: frozenset[int] = frozenset(),
    mobile_lines: frozenset[int] = frozenset(),
) -> list[Finding]:
    """Birth dates and addresses on the `identifier_lines` (line starts) that are not rows of a
    parsed table (`table_rows`: their starts); addresses only on the `contact_lines` (a line
    holding a person's mobile number or private e-mail address: "Maslinda - Ketua RW, Dusun
    III, WA: 0812...", a form's row "budi@gmail.com;0812...;RT 04, Kp. Sowi"), where a date may
    be the date of an event rather than of a birth."""
    identifier_lines = identifier_lines - table_rows
    contact_lines = contact_lines - table_rows - identifier_lines
    mobile_lines = mobile_lines - table_rows - identifier_lines - contact_lines
    findings: list[Finding] = full_addresses(views, mobile_lines) if mobile_lines else []
    if not identifier_lines and not contact_lines:
        return findings
    text = views.text
    latest = this_year() - MIN_AGE
    for line_start in sorted(identifier_lines | contact_lines):
        line_end = text.find("\n", line_start, line_start + MAX_LINE)
        line_end = min(len(text), line_start + MAX_LINE) if line_end < 0 else line_end
        hint = line_start not in contact_lines and (
            DATE_HINT.search(text, line_start, line_end)
            or WORD_DATE_HINT.search(text, line_start, line_end)
        )
        for date in find_dates(text, line_start, line_end) if hint else ():
            if (
                not date.timed
                and 1915 <= date.year <= latest
                and not event_between(views.lower, max(line_start, date.start - 30), date.start)
            ):  # "TMT 01-03-2005" on a NIK's line: an appointment
                findings.append(finding("birth_date", text, date.start, date.end))
        if line_start in contact_lines and not CONTACT_ADDRESS_HINT.search(
            views.lower, line_start, line_end
        ):
            continue  # a contact line without a street, hamlet, RT or landmark word
        if INSTITUTION.search(views.lower, line_start, line_end):
            continue  # an office's or a company's address on the line
        separator = separator_of(text[line_start:line_end])
        if separator is None:
            findings += prose_addresses(views, line_start, line_end)
            continue
        for cell in split_cells(text, line_start, line_end, separator):
            if cell.end <= cell.start or not looks_like_address(text, cell.start, cell.end):
                continue
            if separator != "," and BARE_RT.fullmatch(text, cell.start, cell.end):
                continue  # "Budi Santoso   3201**********12   RT 05": a neighbourhood (the
                # parts of an address split by commas are its own cells: "RT 008, Aimas")
            if CELL_ADDRESS.match(text, cell.start, cell.end):
                findings.append(finding("address", text, cell.start, cell.end))
            else:  # a sentence holding an address: the address, not the cell
                findings += prose_addresses(views, cell.start, cell.end)
    return findings


# A whole home address: a unit below the desa (a street with its house or RT number, or a
# hamlet: Dusun, Pemangku, Jaga ...) and a locality (Desa X, Kec. Y).
NUMBERED = re.compile(r"(?<![A-Za-z])(?i:rt|no|nomor)\.?\x20*:?\x20*[0-9]")
FINE_START = re.compile(rf"(?i:{FINE_UNITS})(?![A-Za-z])")
STREET_START = re.compile(r"(?i:jalan|jln|jl|gang|gg|lorong|lr|street|road)(?![A-Za-z])")
LOCALITY = re.compile(r"(?<![A-Za-z])(?i:desa|ds|kel|kelurahan|kec|kecamatan|distrik)(?![a-z])")


def full_addresses(views: Views, lines: frozenset[int]) -> list[Finding]:
    """On the lines holding an unlabelled mobile number (a register's row copied with single
    spaces between its cells): a run of address segments that is a whole home address. A place
    with a contact's number beside it (the site of a project: "Dusun X RT 15") is not."""
    text, findings = views.text, []
    for line_start in lines:
        line_end = text.find("\n", line_start, line_start + MAX_LINE)
        line_end = min(len(text), line_start + MAX_LINE) if line_end < 0 else line_end
        if INSTITUTION.search(views.lower, line_start, line_end):
            continue
        for found in prose_addresses(views, line_start, line_end):
            end = before_contact(text, found.start, found.end)  # "Kec. Y 0812 ...": its row's
            end = len(text[found.start : end].rstrip(" ,;")) + found.start
            if (
                FINE_START.match(text, found.start)
                and LOCALITY.search(text, found.start, end)
                and (
                    NUMBERED.search(text, found.start, end)
                    or not STREET_START.match(text, found.start)
                )
            ):
                findings.append(finding("address", text, found.start, end))
    return findings


def prose_addresses(views: Views, start: int, end: int) -> list[Finding]:
    """The runs of address segments in text[start:end] written like an address, not after a
    role ('Ketua RT 13 Dusun X' in minutes: an office, not a home)."""
    text = views.text
    return [
        finding("address", text, match.start(), match.end())
        for match in PROSE_ADDRESS.finditer(text, start, end)
        if looks_like_address(text, match.start(), match.end())
        and not role_before(views.lower, match.start())
    ]


def finding(kind: str, text: str, start: int, end: int) -> Finding:
    return Finding(kind, start, end, mask_value(text[start:end]), Severity.BLOCK, 0.7)


# A record written one cell a line (an SK's lampiran: "9.\nName\nNIK\nPlace, date\nNPWP\n
# Jorong Balai Gadang, Nagari ...\nBank ..."): a line written like an address within the few
# lines after a NIK that stands alone on its line is the record's address cell.
RECORD_LINES_AFTER = 4
LIST_NUMBER_LINE = re.compile(r"[\x20\t]*[0-9]{1,4}[.)]?[\x20\t]*$")


def record_addresses(views: Views, findings: list[Finding]) -> list[Finding]:
    text = views.text
    size = len(text)
    result: list[Finding] = []
    for nik in findings:
        if nik.kind != "nik" or text[nik.end : nik.end + 1] not in ("\n", "\r", " ", ""):
            continue
        line_start = text.rfind("\n", 0, nik.start) + 1
        line_end = text.find("\n", nik.end)
        line_end = size if line_end < 0 else line_end
        if text[line_start : nik.start].strip(" \t'") or text[nik.end : line_end].strip():
            continue  # not alone on its line
        for _ in range(RECORD_LINES_AFTER):
            if line_end >= size:
                break
            start = line_end + 1
            line_end = text.find("\n", start)
            line_end = size if line_end < 0 else line_end
            if not text[start:line_end].strip() or LIST_NUMBER_LINE.match(text, start, line_end):
                break  # the record ended
            while start < line_end and text[start] in " \t":
                start += 1
            end = line_end
            while end > start and text[end - 1] in " \t\r.,;":
                end -= 1
            if (
                end - start > 12
                and (CELL_ADDRESS.match(text, start, end) or CELL_RT.search(text, start, end))
                and looks_like_address(text, start, end)
            ):
                result.append(finding("address", text, start, end))
    return result
