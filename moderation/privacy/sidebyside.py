"""Records side by side: one field a line, one person a column.

Two layouts put several persons in the columns of one block, the field names down the first
column:
- side-by-side records: a marriage announcement (CALON SUAMI | CALON ISTRI), a birth record
  (AYAH | IBU), a husband and wife (SUAMI | ISTRI), each line `Field  value-A | value-B`;
- transposed tables: a list of aid recipients or land holders turned on its side (`NIK :
  3402... | 3402... | 3402...`), as a wide spreadsheet is pasted when it is narrower that way.

The label of each line types every value on it, as a header types its column (tables.py): the
first value is found by the label detectors already, the later ones only here. A block is two
lines or more with a field label and at least two values separated by "|" or a tab, one of them
naming a person (Nama, NIK, No. KK) or a birth date; a block whose names are companies (PT, CV
...) gives no address, bank account or NPWP. An address value must be written like one
(places.looks_like_address, or a street / hamlet word with a number).

Cost: nothing without "|" or a tab; then one anchored regex per line holding one.
"""

import re

from .dates import find_dates, this_year
from .findings import Finding
from .fold import Views
from .places import looks_like_address
from .tables import (
    ADDRESS_KINDS,
    COMPANY,
    NUMBER_KINDS,
    PASSPORT_CELL,
    PERSON_KINDS,
    block,
    column_kind,
    number_in,
    typed_number,
)

# "Tanggal Lahir   16/11/99", "NIK : 3402...", "3. Alamat Pemegang Hak : ...": a field label
# and what follows it in the first cell.
LABEL = re.compile(
    r"[\x20\t]*(?:[0-9]{1,2}[.)]\x20*|[a-z][.)]\x20+|[\-*•]\x20*)?"
    r"(?P<label>[A-Za-z][A-Za-z./()&'\-]*(?:\x20[A-Za-z./()&'\-]+){0,4}?)"
    r"(?:\x20*:\x20*|\x20{2,}|\x20*(?=[|\t])|\x20*$)"
)
LEAD = re.compile(r"[\x20\t|]*")
STREET_NUMBER = re.compile(r"(?i)\b(?:jl|jln|jalan|gg|gang|dusun|dsn|dukuh|kp|kampung|rt|blok)\b")
DIGIT = re.compile(r"[0-9]")
EMITTED = frozenset(
    {"birth", "kks", "bank", "bpjs", "npwp", "kk", "nik", "passport", "phone", "address",
     "address_part"}
)  # fmt: skip
MAX_LINE = 2000


def find_side_by_side(views: Views) -> list[Finding]:
    text = views.text
    if "|" not in text and "\t" not in text:
        return []
    findings: list[Finding] = []
    records: list[tuple[str | None, list[tuple[int, int]]]] = []
    size = len(text)
    position = 0
    previous_end = -2
    bar = text.find("|")
    tab = text.find("\t")
    while position < size:
        if 0 <= bar < position:
            bar = text.find("|", position)
        if 0 <= tab < position:
            tab = text.find("\t", position)  # each looked up again only once passed
        if bar < 0 and tab < 0:
            break
        hit = tab if bar < 0 or 0 <= tab < bar else bar
        line_start = text.rfind("\n", 0, hit) + 1
        line_end = text.find("\n", hit)
        line_end = size if line_end < 0 else line_end
        position = line_end + 1
        if line_start != previous_end + 1 and records:
            findings += block_findings(text, records)  # a line without separators between
            records = []
        previous_end = line_end
        record = (
            record_line(text, line_start, line_end) if line_end - line_start < MAX_LINE else None
        )
        if record is None:
            if records:
                findings += block_findings(text, records)
                records = []
        else:
            records.append(record)
    if records:
        findings += block_findings(text, records)
    return findings


def record_line(
    text: str, start: int, end: int
) -> tuple[str | None, list[tuple[int, int]]] | None:
    """(kind of the label, spans of the values) of `Field  value-A | value-B`, or None; a
    label that types nothing gives (None, []) without reading the values (most lines of a
    table are such rows: "| 3 | Budi |" has no label at all)."""
    first = LEAD.match(text, start, end).end()
    label = LABEL.match(text, first, end)
    if label is None:
        return None
    kind = column_kind(label.group("label").strip(" .:"))
    if kind is None:
        return None, []
    separator = "|" if text.find("|", first, end) >= 0 else "\t"
    values = []
    position = label.end()
    while position <= end:
        edge = text.find(separator, position, end)
        edge = end if edge < 0 else edge
        value = stripped(text, position, edge)
        if value[1] > value[0]:
            values.append(value)
        position = edge + 1
    if len(values) < 2:
        return None
    return kind, values


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t'\"\r:|":
        start += 1
    while end > start and text[end - 1] in " \t'\"\r":
        end -= 1
    return start, end


def block_findings(
    text: str, records: list[tuple[str | None, list[tuple[int, int]]]]
) -> list[Finding]:
    kinds = [kind for kind, values in records if values]
    if (
        len(records) < 2
        or len(kinds) < 2
        or not any(kind in PERSON_KINDS or kind == "birth" for kind in kinds)
    ):
        return []
    company = any(
        COMPANY.match(text[start:end])
        for kind, values in records
        if kind == "name"
        for start, end in values
    )
    latest = this_year()
    findings: list[Finding] = []
    for kind, values in records:
        if kind not in EMITTED:
            continue
        for start, end in values:
            if kind == "birth":
                for date in find_dates(text, start, end, loose=True):
                    if not date.timed and 1915 <= date.year <= latest:
                        findings.append(block("birth_date", text, date.start, date.end, 0.85))
                        break
            elif kind in ADDRESS_KINDS:
                if not company and looks_like_address(text, start, end):
                    findings.append(block("address", text, start, end, 0.8))
            elif kind in NUMBER_KINDS:
                if company and kind in ("bank", "npwp"):
                    continue
                number = number_in(text, start, end)
                if number:
                    found = typed_number(kind, text, *number)
                    if found:
                        findings.append(found)
            elif kind == "passport" and PASSPORT_CELL.fullmatch(text, start, end):
                findings.append(block("passport", text, start, end, 0.85, keep=1))
    return findings
