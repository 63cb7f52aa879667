"""Dates of birth and home addresses.

Birth dates: a date (12-05-1980, 12/05/1980, 12.05.1980, 1980-05-12, 12 Mei 1980, 12 Agu 1980)
within 80 characters after a birth label: "Tempat/Tgl. Lahir", "Tempat, Tanggal Lahir", "TTL",
"Tgl. Lahir", "lahir di <place>, ...", "lahir pada tanggal", "date of birth". The finding is the
date itself. BLOCK (0.9); REVIEW (0.5) for years 1915-1929 (historical figures, perhaps alive);
none before 1915 (nobody that old is alive: UU PDP protects the living); REVIEW after
"kelahiran" (akta kelahiran, birth statistics: 0.6). In a table the label is the column header:
after a birth label (within regions_after.REACH), "<Place>, <date>" (or "<Place> / <date>") of
a year at least 14 years back is a birth date too (REVIEW 0.6; BLOCK on a line with an
identifier, see scan.py). A date alone is never a finding (letter dates, "15 Mei 1916").

Addresses: RT/RW with numbers ("RT 003/RW 011", "RT.03 RW.05", "RT 01/02", "RT/RW 003/011").
The finding runs from the street or hamlet word before it (Jl., Jalan, Gg., Dusun, Kp., Perum,
Komplek, Blok, Padukuhan, ...) in the same cell, to the RW number and the localities after it
(Desa / Kel. / Kec. ...). BLOCK (0.9) after an address label of a person (alamat, beralamat,
tinggal di, domisili) or with a house number ("No. 5"); REVIEW otherwise (0.7 with a street or
hamlet, 0.5 for a bare "RT 03 RW 05", which may name a neighbourhood rather than a home).
"Ketua RT/RW", "Forum RT/RW" (no numbers) are not addresses.

Known limits: a birth date in a table whose header has no birth label, or with a two-digit
year, is missed; an address without RT/RW (Jl. Melati No. 5, Bandung) is not reported, since
the office's own street address looks the same.
"""

import re
import time
from datetime import date

from .findings import Finding, Severity
from .fold import Views
from .masking import mask_value
from .regions_after import matches_after
from .structure import is_date

MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "pebruari": 2, "february": 2,
    "mar": 3, "maret": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6,
    "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7, "agu": 8, "agt": 8, "agus": 8,
    "agustus": 8, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10,
    "oktober": 10, "oct": 10, "october": 10, "nov": 11, "nopember": 11, "november": 11,
    "des": 12, "desember": 12, "dec": 12, "december": 12,
}  # fmt: skip
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = re.compile(
    rf"""(?<![0-9])(?:
        (?P<d1>[0-9]{{1,2}})(?P<sep>[\-/.])(?P<m1>[0-9]{{1,2}})(?P=sep)(?P<y1>(?:19|20)[0-9]{{2}})
      | (?P<d2>[0-9]{{1,2}})[\x20\-]?(?P<m2>{MONTH_NAMES})\.?[\x20\-,]*(?P<y2>(?:19|20)[0-9]{{2}})
      | (?P<y3>(?:19|20)[0-9]{{2}})-(?P<m3>[0-9]{{2}})-(?P<d3>[0-9]{{2}})
    )(?![0-9])""",
    re.IGNORECASE | re.VERBOSE,
)
BIRTH_WORDS = (b"lahir", b"ttl", b"t.t.l", b"birth")
BIRTH_LABEL = re.compile(
    r"""
    (?P<strong>tempat\s*[,/&]?\s*(?:dan\s+)?(?:tanggal|tgl\.?)\s*lahir
      | (?:tanggal|tgl\.?)\s*lahir|\bt\.?t\.?l\b|lahir\s+(?:di|pada|tanggal|tgl)
      | date\s+of\s+birth|birth\s*date|place\s*(?:and|&|/)\s*date\s+of\s+birth)
  | (?P<weak>kelahiran)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "<Place>, <date>" / "<Place> / <date>": found from the separator on Views.shape (a literal
# first byte: "," stands for both "," and "/"; letters are all b"a" or b"A"), then the date and the
# place name are checked on the text. (The date part accepts "," where the text may hold "/":
# a few more candidates, each dropped by DATE.)
PLACE_SEPARATOR = re.compile(
    rb",(?:(?<=[aA],)|(?<=[aA]\x20,))(?=\x20?(?:[0-9]{1,2}[\-,.\x20]?(?:[0-9]{1,2}[\-,.]|[aA]{3})"
    rb"|(?:19|20)[0-9]{2}-))"
)
PLACE_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Za-z'\-]+(?:\x20[A-Z][A-Za-z'\-]+){0,2}\x20?$")
LABEL_REACH = 80
ADULT_YEARS = 14

RT_RW = re.compile(
    rb"""rt(?<![a-z]rt)
    (?:\.?\s*[:.]?\s*[0-9]{1,3}\s*(?:/\s*(?:rw\.?\s*[:.]?\s*)?|,?\s*rw\.?\s*[:.]?\s*)[0-9]{1,3}
     | \s*/\s*rw\.?\s*[:.]?\s*[0-9]{1,3}\s*/\s*[0-9]{1,3})
    (?![0-9])""",
    re.VERBOSE,
)
STREET = re.compile(
    rb"(?<![a-z0-9])(?:jl|jln|jalan|gg|gang|dusun|dsn|dukuh|padukuhan|kp|kampung|kampong|perum"
    rb"|perumahan|komp|kompleks|komplek|blok|lingkungan|lingk|banjar|jorong|nagari)(?![a-z0-9])"
)
LOCALITIES = re.compile(
    r"(?:,?\s*(?:Desa|Kel\.|Kelurahan|Kalurahan|Kec\.|Kecamatan|Kapanewon|Kab\.|Kabupaten|Kota"
    r"|Ds\.|Distrik)\s+[A-Z][\w\-]*(?:\x20[A-Z][\w\-]*){0,2})+"
)
BARE_LOCALITY = re.compile(r"\x20[A-Z][a-z]+(?:\x20[A-Z][a-z]+){0,2}(?=$|[\t|;\n<,\"]|\x20\x20)")
LAST_CELL_EDGE = re.compile(rb'[|\t;"<>\n][^|\t;"<>\n]*$')
ADDRESS_CUE = re.compile(rb"(?<![a-z])(?:alamat|beralamat|tinggal|domisili|berdomisili|bertempat)")
HOUSE_NUMBER = re.compile(rb"(?<![a-z])no\.?\s*[0-9]")


def find_birth_dates(views: Views) -> list[Finding]:
    text = views.text
    findings: list[Finding] = []
    taken = -1
    label_ends: list[int] = []
    for word_start, word_end in birth_words(views.lower):
        label = None
        for candidate in BIRTH_LABEL.finditer(text, max(0, word_start - 30), word_end + 12):
            if candidate.start() <= word_start < candidate.end():
                label = candidate
                break
        if label is None:
            continue
        if not label_ends or label.end() > label_ends[-1]:
            label_ends.append(label.end())
        if label.end() <= taken:
            continue
        date_match = DATE.search(text, label.end(), label.end() + LABEL_REACH)
        if date_match is None or not valid_date(date_match) or date_match.start() < taken:
            continue
        taken = date_match.end()
        found = birth_finding(date_match, strong=label.lastgroup == "strong")
        if found:
            findings.append(found)
    if label_ends:
        known = {f.start for f in findings}
        findings += unlabelled_birth_dates(text, views.shape, label_ends, known)
    return findings


def birth_words(lower: bytes) -> list[tuple[int, int]]:
    """Spans of the words a birth label is made of, in text order (str.find is fast)."""
    spans = []
    for word in BIRTH_WORDS:
        position = lower.find(word)
        while position >= 0:
            spans.append((position, position + len(word)))
            position = lower.find(word, position + 1)
    return sorted(spans)


def unlabelled_birth_dates(
    text: str, shape: bytes, labels: list[int], known: set[int]
) -> list[Finding]:
    """'<Place>, <date>' cells after a birth label (a table's column header), within
    regions_after.REACH characters of a label or of the last birth date found."""
    latest = this_year() - ADULT_YEARS
    findings: list[Finding] = []

    def found(separator: re.Match) -> bool:
        return bool(findings) and findings[-1].start == separator.end() + (
            text[separator.end()] == " "
        )

    for separator in matches_after(PLACE_SEPARATOR, shape, labels, found):
        position = separator.end() + (text[separator.end()] == " ")
        date_match = DATE.match(text, position)
        if date_match is None or date_match.start() in known or year_of(date_match) > latest:
            continue  # a letter's own date ("Sleman, 3 Mei 2024") is too recent: checked first
        if not valid_date(date_match):
            continue
        if not PLACE_BEFORE.search(text, max(0, separator.start() - 40), separator.start()):
            continue
        value = date_match.group()
        findings.append(
            Finding("birth_date", *date_match.span(), mask_value(value), Severity.REVIEW, 0.6)
        )
    return findings


_year = (0.0, 0)


def this_year() -> int:
    """The current year, looked up at most once a minute (date.today() per date is slow)."""
    global _year  # noqa: PLW0603 - a tiny cache
    now = time.monotonic()
    if now - _year[0] > 60:
        _year = (now, date.today().year)
    return _year[1]


def year_of(match: re.Match) -> int:
    return int(match.group("y1") or match.group("y2") or match.group("y3"))


def valid_date(match: re.Match) -> bool:
    if match.group("d1"):
        day, month = int(match.group("d1")), int(match.group("m1"))
    elif match.group("d2"):
        day, month = int(match.group("d2")), MONTHS[match.group("m2").lower()]
    else:
        day, month = int(match.group("d3")), int(match.group("m3"))
    year = year_of(match)
    return is_date(day, month, year) and year <= this_year()


OLDEST_LIVING = 1915


def birth_finding(match: re.Match, strong: bool) -> Finding | None:
    start, end = match.span()
    excerpt = mask_value(match.group())
    if year_of(match) < OLDEST_LIVING:
        return None
    if year_of(match) < 1930:
        return Finding("birth_date", start, end, excerpt, Severity.REVIEW, 0.5)
    if strong:
        return Finding("birth_date", start, end, excerpt, Severity.BLOCK, 0.9)
    return Finding("birth_date", start, end, excerpt, Severity.REVIEW, 0.6)


def find_addresses(views: Views) -> list[Finding]:
    text, lower = views.text, views.lower
    findings = []
    for match in RT_RW.finditer(lower):
        start, end, street = address_span(views, match.start(), match.end())
        value = text[start:end]
        if ADDRESS_CUE.search(lower, max(0, start - 40), start) or HOUSE_NUMBER.search(
            lower, start, end
        ):
            severity, confidence = Severity.BLOCK, 0.9
        else:
            severity, confidence = Severity.REVIEW, 0.7 if street else 0.5
        findings.append(Finding("address", start, end, mask_value(value), severity, confidence))
    return findings


def address_span(views: Views, rt_start: int, rw_end: int) -> tuple[int, int, bool]:
    """(start, end, has a street word): from the street / hamlet word before RT to the
    localities after RW, within one table cell."""
    low = max(0, rt_start - 100)
    edge = LAST_CELL_EDGE.search(views.lower, low, rt_start)
    if edge:
        low = edge.start() + 1
    street = STREET.search(views.lower, low, rt_start)
    start = street.start() if street else rt_start
    end = rw_end
    after = LOCALITIES.match(views.text, end) or BARE_LOCALITY.match(views.text, end)
    if after:
        end = after.end()
    return start, end, street is not None
