"""Calendar dates as Indonesian offices write them, for the birth-date detectors.

Forms (day, month, year in any of these; the finding is the date as written):
- numeric: 17-08-1985, 17/8/1985, 08/17/1985 (month first, as a US-locale export writes it:
  read so only where the middle part cannot be a month), 17.08.1985, 17 - 08 - 1985,
  17 08 1985 (two digits, two digits, four: a PDF or a form that drops the separators),
  17/8/85 (two-digit year: the latest year not in the future), 1985-08-17, 1985/08/17,
  "17 bln 8 th 1985";
- loose (DateMatch.loose, returned by find_dates only with loose=True, for a birth label or
  column): 17081985 (no separators), 17.8.85 (a dotted two-digit year), 1985.08.17;
- month names, Indonesian and English, full or short: 3 Maret 1990, 3-Mar-1990, 3 Agt. 1990,
  3 Mrt. 1990, 3 Agst. 1990, 3 Maret '90, English ordinals (13th February 1986, the 13th of
  February 1986, February 13th, 1986),
  17-Jan-66 (a spreadsheet's dd-mmm-yy), 19 September / 2000 wrapped over a line, Nov 1, 1943,
  November 1 1943;
- Roman month numerals, as on old KTPs and in civil registers: 1-V-1962, 1 V 1962, 01.XII.1962,
  12 - XI - 1978;
- written out in words: "tujuh belas Agustus seribu sembilan ratus delapan puluh lima",
  "tanggal dua puluh satu bulan April tahun dua ribu tiga".

`find_dates(text, start, end)` yields `DateMatch`es; `date_at(text, position)` the date that
starts at `position`. A date followed by a clock time (27/7/2023 10:11:38, a form export's
timestamp) is marked `timed`: never a birth date - except midnight (1952-09-09T00:00:00, a date
cell of a spreadsheet written as a datetime).
"""

import re
import time
from datetime import date
from typing import NamedTuple

from .alternation import by_first_letter
from .structure import is_date

MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "pebruari": 2, "february": 2,
    "peb": 2, "mar": 3, "maret": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7, "agu": 8, "agt": 8,
    "ags": 8, "agus": 8, "agustus": 8, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oktober": 10, "oct": 10, "october": 10, "nov": 11, "nop": 11, "nopember": 11,
    "november": 11, "des": 12, "desember": 12, "dec": 12, "december": 12,
    "mrt": 3, "agst": 8, "pebr": 2, "febr": 2,
}  # fmt: skip
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
         "x": 10, "xi": 11, "xii": 12}  # fmt: skip
MONTH_NAMES = by_first_letter(sorted(MONTHS, key=len, reverse=True))
ROMAN_NAMES = "|".join(sorted(ROMAN, key=len, reverse=True))

# Number words (Indonesian): satu .. sembilan, sepuluh, sebelas, N belas, N puluh, seratus,
# N ratus, seribu, N ribu.
UNITS = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
         "tujuh": 7, "delapan": 8, "sembilan": 9}  # fmt: skip
UNIT_WORDS = "satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
SMALL_WORDS = (
    rf"(?:sepuluh|sebelas|(?:{UNIT_WORDS})\s+belas|(?:{UNIT_WORDS})\s+puluh(?:\s+(?:{UNIT_WORDS}))?"
    rf"|{UNIT_WORDS})"
)
YEAR_WORDS = (
    rf"(?:seribu|dua\s+ribu)(?:\s+(?:seratus|sembilan\s+ratus|(?:{UNIT_WORDS})\s+ratus))?"
    rf"(?:\s+{SMALL_WORDS})?"
)

DATE = re.compile(
    rf"""(?<![0-9A-Za-z])(?:
        (?P<d1>[0-9]{{1,2}})\x20?(?P<sep>[\-/.])\x20?(?P<m1>[0-9]{{1,2}})\x20?(?P=sep)\x20?
            (?P<y1>(?:19|20)[0-9]{{2}}|[0-9]{{2}})
      | (?P<d2>[0-9]{{1,2}})(?:(?:st|nd|rd|th)(?:\x20of)?)?(?:[\x20\-.]{{0,2}})
            (?P<m2>{MONTH_NAMES})\.?[\x20\-,.\n]{{0,3}}
            (?P<ap>['’])?(?P<y2>(?:19|20)[0-9]{{2}}|[0-9]{{2}}(?![0-9:.]))
      | (?P<y3>(?:19|20)[0-9]{{2}})(?P<sep3>[\-/.])(?P<m3>[0-9]{{1,2}})(?P=sep3)
            (?P<d3>[0-9]{{1,2}})
      | (?P<m4>{MONTH_NAMES})\.?\x20(?P<d4>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\x20
            (?P<y4>(?:19|20)[0-9]{{2}})
      | (?P<d5>[0-9]{{1,2}})\x20?(?P<rsep>[\-/.\x20])\x20?(?P<m5>{ROMAN_NAMES})\x20?(?P=rsep)\x20?
            (?P<y5>(?:19|20)[0-9]{{2}})
      | (?P<d6>[0-3][0-9])(?P<m6>[01][0-9])(?P<y6>(?:19|20)[0-9]{{2}})
      | (?P<d8>[0-3][0-9])\x20(?P<m8>[01][0-9])\x20(?P<y8>(?:19|20)[0-9]{{2}})
      | (?P<d7>[0-9]{{1,2}})\x20{{0,2}}(?:bln|bulan)\.?\x20{{0,2}}
            (?P<m7>[0-9]{{1,2}}|{MONTH_NAMES})\.?\x20{{0,2}}(?:th|thn|tahun)\.?\x20{{0,2}}(?P<y7>(?:19|20)[0-9]{{2}})
    )(?![0-9])""",
    re.IGNORECASE | re.VERBOSE,
)
WORDS_DATE = re.compile(
    rf"""(?<![a-z])(?:tanggal\s+)?(?P<dw>{SMALL_WORDS})\s+(?:bulan\s+)?(?P<mw>{MONTH_NAMES})
    \s+(?:tahun\s+)?(?P<yw>{YEAR_WORDS})(?![a-z])""",
    re.IGNORECASE | re.VERBOSE,
)
MIDNIGHT = re.compile(r"[\x20T]0{1,2}[:.]00(?:[:.]00)?")
CLOCK = re.compile(r"[\x20T,]{1,3}(?:pukul\s+)?[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2})?(?![0-9])")


# Words that make the date after them another event of a person's life or career, not the
# birth: the start of an appointment (TMT: terhitung mulai tanggal), a registration, a wedding,
# a death, a retirement, a decree, a graduation, a visit. Matched on the lower-case view.
EVENT_WORDS = (
    r"t\.?m\.?t", "terhitung", "diangkat", "pengangkatan", "dilantik", "pelantikan",
    r"mulai\s+(?:bertugas|bekerja|tugas|kerja)", r"bertugas\s+sejak", r"bekerja\s+sejak",
    "terdaftar", "didaftarkan", "pendaftaran", "registrasi", "menikah", "nikah", "perkawinan",
    "akad", "meninggal", "wafat", "kematian", "cerai", "perceraian", "pensiun", "purna",
    "berlaku", "ditetapkan", r"tgl\.?\s+sk", r"tanggal\s+sk", r"sk\s+(?:tgl|tanggal)", "lulus",
    "kelulusan", "mutasi", "kunjungan", "pemeriksaan", "imunisasi", "hpht", "hpl",
    "pengaduan", "permohonan", "diterima",
)  # fmt: skip
EVENT_CUE = re.compile(by_first_letter(EVENT_WORDS, not_after="[a-z]").encode() + rb"(?![a-z])")


def event_between(lower: bytes, start: int, end: int) -> bool:
    """Whether an event word (EVENT_WORDS) stands in lower[start:end]: a date after it is not
    a birth date."""
    return start < end and EVENT_CUE.search(lower, start, end) is not None


class DateMatch(NamedTuple):
    start: int
    end: int
    year: int
    month: int
    day: int
    timed: bool  # followed by a clock time: a timestamp
    # a writing that is a date only where the context says so (a birth label or column):
    # eight digits without separators (27011982), a dotted two-digit year (3.9.82)
    loose: bool = False


def small_words_value(words: str) -> int:
    """A number below 100 written in words: 'tujuh belas' 17, 'dua puluh satu' 21."""
    parts = words.lower().split()
    if parts == ["sepuluh"]:
        return 10
    if parts == ["sebelas"]:
        return 11
    if len(parts) >= 2 and parts[1] == "belas":
        return 10 + UNITS.get(parts[0], 0)
    if len(parts) >= 2 and parts[1] == "puluh":
        return 10 * UNITS.get(parts[0], 0) + (UNITS.get(parts[2], 0) if len(parts) > 2 else 0)
    return UNITS.get(parts[0], 0) if parts else 0


def year_words_value(words: str) -> int:
    parts = words.lower().split()
    value = 0
    index = 0
    if parts[:1] == ["seribu"]:
        value, index = 1000, 1
    elif parts[:2] == ["dua", "ribu"]:
        value, index = 2000, 2
    rest = parts[index:]
    if rest[:1] == ["seratus"]:
        value += 100
        rest = rest[1:]
    elif len(rest) >= 2 and rest[1] == "ratus":
        value += 100 * UNITS.get(rest[0], 0)
        rest = rest[2:]
    if rest:
        value += small_words_value(" ".join(rest))
    return value


_year = (0.0, 0)


def this_year() -> int:
    """The current year, looked up at most once a minute (date.today() per date is slow)."""
    global _year  # noqa: PLW0603 - a tiny cache
    now = time.monotonic()
    if now - _year[0] > 60:
        _year = (now, date.today().year)
    return _year[1]


def full_year(year: str) -> int:
    """A two-digit year is the latest such year not in the future (85 -> 1985, 03 -> 2003)."""
    value = int(year)
    if len(year) == 4:
        return value
    current = this_year()
    century = current - current % 100
    return century + value if century + value <= current else century - 100 + value


def from_match(match: re.Match) -> DateMatch | None:
    group = match.group
    loose = False
    if group("d1"):
        day, month, year = int(group("d1")), int(group("m1")), full_year(group("y1"))
        # 12.05.80: too close to times and decimal figures, a date only in a birth context
        loose = len(group("y1")) == 2 and group("sep") == "."
        if month > 12 and day <= 12 and len(group("y1")) == 4 and group("sep") == "/":
            day, month = month, day  # 04/22/1971: month first (a US-locale export), no doubt
    elif group("d2"):
        day, month, year = int(group("d2")), MONTHS[group("m2").lower()], full_year(group("y2"))
    elif group("y3"):
        day, month, year = int(group("d3")), int(group("m3")), int(group("y3"))
        loose = group("sep3") == "."  # 2023.07.18: a version or a code as often as a date
    elif group("m4"):
        day, month, year = int(group("d4")), MONTHS[group("m4").lower()], int(group("y4"))
    elif group("d5"):
        day, month, year = int(group("d5")), ROMAN[group("m5").lower()], int(group("y5"))
    elif group("d8"):
        day, month, year = int(group("d8")), int(group("m8")), int(group("y8"))
    elif group("d6"):
        day, month, year = int(group("d6")), int(group("m6")), int(group("y6"))
        loose = True  # eight digits: a code or a number as often as a date
    else:
        month_word = group("m7")
        month = int(month_word) if month_word.isdigit() else MONTHS[month_word.lower()]
        day, year = int(group("d7")), int(group("y7"))
    found = checked(match.start(), match.end(), day, month, year, match.string)
    return found._replace(loose=True) if found and loose else found


def checked(start: int, end: int, day: int, month: int, year: int, text: str) -> DateMatch | None:
    if not is_date(day, month, year) or year > this_year():
        return None
    clock = CLOCK.match(text, end)
    # midnight is how a spreadsheet stores a plain date (1952-09-09T00:00:00): not a time
    timed = clock is not None and not MIDNIGHT.fullmatch(clock.group())
    return DateMatch(start, end, year, month, day, timed)


def find_dates(
    text: str, start: int = 0, end: int | None = None, loose: bool = False
) -> list[DateMatch]:
    """Every valid date in text[start:end], numeric, named, Roman or in words; the `loose`
    writings (DateMatch.loose) only when asked for (a birth label or column says what it is)."""
    end = len(text) if end is None else end
    found = [
        d
        for m in DATE.finditer(text, start, end)
        if (d := from_match(m)) and (loose or not d.loose)
    ]
    if has_word_month(text, start, end):
        for match in WORDS_DATE.finditer(text, start, end):
            day = small_words_value(match.group("dw"))
            month = MONTHS[match.group("mw").lower()]
            year = year_words_value(match.group("yw"))
            value = checked(match.start(), match.end(), day, month, year, text)
            if value:
                found.append(value)
        found.sort()
    return found


WORD_HINT = re.compile(r"ribu|belas|puluh", re.IGNORECASE)


def has_word_month(text: str, start: int, end: int) -> bool:
    return WORD_HINT.search(text, start, end) is not None


def date_at(text: str, position: int) -> DateMatch | None:
    match = DATE.match(text, position)
    if match:
        return from_match(match)
    match = WORDS_DATE.match(text, position)
    if match:
        day = small_words_value(match.group("dw"))
        month = MONTHS[match.group("mw").lower()]
        year = year_words_value(match.group("yw"))
        return checked(match.start(), match.end(), day, month, year, text)
    return None
