"""Dates of birth and home addresses.

Birth dates: a date (12-05-1980, 12/05/1980, 12.05.1980, 1980-05-12, 12 Mei 1980, 12 Agu 1980)
within 80 characters after a birth label: "Tempat/Tgl. Lahir", "Tempat, Tanggal Lahir", "TTL",
"Tgl. Lahir", "lahir di <place>, ...", "lahir pada tanggal", "date of birth". The finding is the
date itself. BLOCK (0.9); REVIEW (0.5) for years 1915-1929 (historical figures, perhaps alive);
none before 1915 (nobody that old is alive: UU PDP protects the living); REVIEW after
"kelahiran" (akta kelahiran, birth statistics: 0.6). In a table the label is the column header:
after a birth label (within regions_after.REACH), "<Place>, <date>" (or "<Place> / <date>") of
a year at least 14 years back is a birth date too (REVIEW 0.6; BLOCK on a line with an
identifier, see scan.py). A birth label alone on its line is a column's header when a PDF's
table is read one column after another: the dates on the lines below it, one a line (alone or
after a place), are birth dates too, until a line that is not one. "lahia di" (Minang) is a
birth label, and so are the regional verbs for "born" (Javanese lair / miyos ing tanggal,
Sundanese borojol / babar, Balinese embas / lekad, Minang lahie, Banjar baranak, Acehnese and
Batak lahe) and "dilahirkan". A date alone is never a finding (letter
dates, "15 Mei 1916"). A date after an event word (dates.EVENT_WORDS: TMT, diangkat, nikah,
meninggal ...) on its line, or in its cell or field for "<Place>, <date>", is that event's.
A record written one cell a line: a line that is only "<Place>, <date>" of an adult, one or
two lines after a NIK, is its TTL cell (birth_dates_after_niks, BLOCK 0.7).

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

from .dates import DateMatch, date_at, event_between, find_dates, this_year
from .findings import Finding, Severity
from .fold import Views, register_words
from .masking import mask_value
from .native import SPACE, Prefiltered
from .regions_after import matches_after

# One bytes.find each ("lahi": lahir, lahia, lahie, dilahirkan).
BIRTH_WORDS = (b"lahi", b"lhr", b"ttl", b"t.t.l", b"birth", b"born", b"dob", b"lair", b"miyos",
               b"lahe", b"borojol", b"babar", b"embas", b"lekad", b"baranak")  # fmt: skip
register_words(BIRTH_WORDS)
BIRTH_LABEL = re.compile(
    r"""
    (?P<none>hari\s+(?:lahir|jadi)|lahirnya\s+(?:undang|peraturan|pancasila|organisasi))
  | (?P<weak>(?:akta|akte|surat|keterangan|angka|data|jumlah|statistik)\s+kelahiran
      | kelahiran)
  | (?P<strong>tempat\s*[,/&]?\s*(?:dan\s+)?(?:tanggal|tgl\.?)\s*(?:lahir|lhr)
      | (?:tanggal|tgl\.?|tg\.?)\s*(?:lahir|lhr)|\bt\.?t\.?l\b|\blhr\b|\blahir(?:nya)?\b
      | \blahia\b|\blahie\b  # Minang
      # regional verbs "was born": Javanese lair, miyos (krama); Sundanese borojol, babar;
      # Balinese embas, lekad; Banjar / Minang baranak (gave birth); Acehnese / Batak lahe,
      # and Indonesian dilahirkan (the bare \blahir\b misses it)
      | \b(?:lair|miyos|borojol|embas|lekad|baranak|lahe)\b
      | \b(?-i:babar)\b  # lower case: Babar is also an island of Maluku
      | dilahirkan
      | date\s+of\s+birth|birth\s*date|place\s*(?:and|&|/)\s*date\s+of\s+birth|\bborn\b
      | \bdob\b|d\.o\.b)
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
LABEL_REACH = 100
ADULT_YEARS = 14

RT_RW = Prefiltered(
    re.compile(
        rb"""rt(?<![a-z]rt)
        (?:\.?\s*[:.]?\s*[0-9]{1,3}\s*(?:/\s*(?:rw\.?\s*[:.]?\s*)?|,?\s*rw\.?\s*[:.]?\s*)[0-9]{1,3}
         | \s*/\s*rw\.?\s*[:.]?\s*[0-9]{1,3}\s*/\s*[0-9]{1,3})
        (?![0-9])""",
        re.VERBOSE,
    ),
    rb"rt\.?" + SPACE + rb"*(?:[:.]?" + SPACE + rb"*[0-9]|/)",
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
    for word_start, word_end in birth_words(views):
        label = None
        for candidate in BIRTH_LABEL.finditer(text, max(0, word_start - 30), word_end + 12):
            if candidate.start() <= word_start < candidate.end():
                label = candidate
                break
        if label is None or label.lastgroup == "none":
            continue
        if not label_ends or label.end() > label_ends[-1]:
            label_ends.append(label.end())
        if label.end() <= taken:
            continue
        date_match = first_date(text, label.end(), label.end() + LABEL_REACH)
        if date_match is None:
            date_match = ocr_date(text, label.end(), label.end() + LABEL_REACH)
        if date_match is None or date_match.start < taken:
            continue
        if event_between(  # on the date's line: "Tgl Lahir : -\nTMT : 01-03-2005"
            views.lower,
            max(label.end(), text.rfind("\n", label.end(), date_match.start) + 1),
            date_match.start,
        ):
            continue
        taken = date_match.end
        found = birth_finding(text, date_match, strong=label.lastgroup == "strong")
        if found:
            findings.append(found)
            if label.lastgroup == "strong" and header_alone(text, label.start(), label.end()):
                column = column_dates(text, date_match)
                findings += column
                if column:
                    taken = column[-1].end
    if label_ends:
        known = {f.start for f in findings}
        findings += unlabelled_birth_dates(views, label_ends, known)
    return findings


HEADER_LINE = re.compile(r"[\x20\t]*(?:[A-Za-z./]+\x20?){1,5}:?[\x20\t\r]*")
NOT_HEADER_CHAR = re.compile(r"[^\x20\tA-Za-z./:\r]")  # a character HEADER_LINE cannot match
COLUMN_PLACE = re.compile(
    r"[\x20\t]*(?:[A-Za-z][A-Za-z'.\-]*(?:\x20[A-Za-z][A-Za-z'.\-]*){0,3}\x20?[,/]?\x20?)?"
    r"(?:tgl\.?\x20)?"
)
MAX_COLUMN = 2000  # lines


def header_alone(text: str, start: int, end: int) -> bool:
    """Whether the birth label at text[start:end] is a line of its own (a column's header, when
    a PDF's table is read one column after another)."""
    line_start = text.rfind("\n", max(0, start - 60), start) + 1
    line_end = text.find("\n", end, end + 60)
    if line_end <= 0 or NOT_HEADER_CHAR.search(text, line_start, line_end):
        return False  # a cheap first look: HEADER_LINE backtracks a long time before failing
    return HEADER_LINE.fullmatch(text, line_start, line_end) is not None


def column_dates(text: str, first: DateMatch) -> list[Finding]:
    """The dates of birth on the lines after `first` (the first value under a header line),
    one a line - alone or after a place - until a line that is not one ("-" for an empty cell
    is passed over)."""
    findings = []
    line_end = text.find("\n", first.end)
    if line_end < 0 or text[first.end : line_end].strip():
        return []
    for _ in range(MAX_COLUMN):
        line_start = line_end + 1
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        if line_start >= line_end:
            break
        value = text[line_start:line_end].strip()
        if value in ("-", "--"):
            continue
        place = COLUMN_PLACE.match(text, line_start, line_end)
        date_match = date_at(text, place.end())
        if date_match is None or date_match.timed or text[date_match.end : line_end].strip():
            break
        found = birth_finding(text, date_match, strong=True)
        if found:
            findings.append(found)
    return findings


def first_date(text: str, start: int, end: int) -> DateMatch | None:
    """The first date that is not a timestamp in text[start:end]; not past a second label
    line (the next field of a form)."""
    for found in find_dates(text, start, min(end, len(text)), loose=True):
        if not found.timed:
            return found
    return None


# OCR's letters for digits (O/o 0, I/l/i 1, Z 2, S 5, G 6, B 8) in a token of a date after a
# birth label: "l7 Desember 19G8", "15.1Z.l998", "2S Oktober l969". Only tokens of digits and
# these letters holding a digit (or a lone letter: "B Agustus 1956") are read as digits.
OCR_DATE_TOKEN = re.compile(r"(?<![A-Za-z0-9])[0-9OolIiSBZG]+(?![A-Za-z0-9])")
OCR_DATE_TABLE = str.maketrans("OoIliSBZG", "001115826")
OCR_DATE_HINT = re.compile(r"[OolIiSBZG][0-9]|[0-9][OolIiSBZG]|(?<![A-Za-z])[SBZGOl]\x20")


def ocr_date(text: str, start: int, end: int) -> DateMatch | None:
    """The first date of text[start:end] (to the line's end) read with OCR's letters as
    digits; offsets are the text's (the letters are replaced one for one)."""
    line_end = text.find("\n", start, end)
    end = min(end, len(text)) if line_end < 0 else line_end
    if OCR_DATE_HINT.search(text, start, end) is None:
        return None
    window = OCR_DATE_TOKEN.sub(ocr_token, text[start:end])
    found = first_date(window, 0, len(window))
    if found is None:
        return None
    return found._replace(start=found.start + start, end=found.end + start)


def ocr_token(match: re.Match) -> str:
    token = match.group()
    if len(token) > 1 and not any(char.isdigit() for char in token):
        return token  # a word ("Bli", "Oli"), not a number
    return token.translate(OCR_DATE_TABLE)


def birth_words(views: Views) -> list[tuple[int, int]]:
    """Spans of the words a birth label is made of, in text order (Views.starts)."""
    spans = []
    for word in BIRTH_WORDS:
        size = len(word)
        spans += [(position, position + size) for position in views.starts(word)]
    return sorted(spans)


def unlabelled_birth_dates(views: Views, labels: list[int], known: set[int]) -> list[Finding]:
    """'<Place>, <date>' cells after a birth label (a table's column header), within
    regions_after.REACH characters of a label or of the last birth date found; not after an
    event word in the same cell or field ("TMT : Sleman, 01-03-2005")."""
    text, shape = views.text, views.shape
    latest = this_year() - ADULT_YEARS
    findings: list[Finding] = []

    def found(separator: re.Match) -> bool:
        return bool(findings) and findings[-1].start == separator.end() + (
            text[separator.end()] == " "
        )

    for separator in matches_after(PLACE_SEPARATOR, shape, labels, found):
        position = separator.end() + (text[separator.end()] == " ")
        date_match = date_at(text, position)
        if date_match is None or date_match.start in known or date_match.year > latest:
            continue  # a letter's own date ("Sleman, 3 Mei 2024") is too recent: checked first
        if date_match.timed:
            continue
        if not PLACE_BEFORE.search(text, max(0, separator.start() - 40), separator.start()):
            continue
        if event_in_field(views.lower, separator.start()):
            continue
        value = text[date_match.start : date_match.end]
        findings.append(
            Finding(
                "birth_date",
                date_match.start,
                date_match.end,
                mask_value(value),
                Severity.REVIEW,
                0.6,
            )
        )
    return findings


# A record written one cell a line ("Nama\nNIK\nSukaraja, 19 Mei 1982\n..."): a line that is
# only "<Place>, <date>" of an adult right after a NIK's line is the TTL cell, though no label
# names it.
TTL_LINE = re.compile(r"[\x20\t]*([A-Z][A-Za-z'\-]+(?:\x20[A-Z][A-Za-z'\-]+){0,2})\x20?,\x20?")
TTL_LINES_AFTER = 2


def birth_dates_after_niks(views: Views, nik_ends: list[int], known: set[int]) -> list[Finding]:
    text, latest, findings = views.text, this_year() - ADULT_YEARS, []
    for nik_end in nik_ends:
        line_end = text.find("\n", nik_end, nik_end + 200)
        for _ in range(TTL_LINES_AFTER):
            if line_end < 0:
                break
            start, line_end = line_end + 1, text.find("\n", line_end + 1, line_end + 200)
            end = len(text) if line_end < 0 else line_end
            place = TTL_LINE.match(text, start, end)
            if place is None:
                continue
            date_match = date_at(text, place.end())
            if (
                date_match is None
                or date_match.start in known
                or date_match.timed
                or not OLDEST_LIVING <= date_match.year <= latest
                or text[date_match.end : end].strip()
            ):
                continue
            value = text[date_match.start : date_match.end]
            findings.append(
                Finding(
                    "birth_date",
                    date_match.start,
                    date_match.end,
                    mask_value(value),
                    Severity.BLOCK,
                    0.7,
                )
            )
            break
    return findings


FIELD_EDGES = (b"\n", b"|", b";", b"\t")
FIELD_REACH = 60


def event_in_field(lower: bytes, position: int) -> bool:
    """Whether an event word stands before `position` in its cell or field (from the last
    line break, | ; or tab, at most FIELD_REACH characters back)."""
    low = max(0, position - FIELD_REACH)
    low = max(low, *(lower.rfind(edge, low, position) + 1 for edge in FIELD_EDGES))
    return event_between(lower, low, position)


OLDEST_LIVING = 1915
# "5301-LU-18122025-2375": a date inside a registration number (letters between dashes before
# it, a serial after it) is the number's, not a birth date
REGISTRATION_AROUND = re.compile(r"[A-Za-z]{1,5}[\-/]$")
SERIAL_AFTER = re.compile(r"[\-/][0-9]{2,}")


# "(per 12 November 2026)", "keadaan s.d. 30 Juni", "dicetak 3 Mei": the date a register or
# list is as of; "No. RM: 20-10-45": a medical-record number written like a date
AS_OF_BEFORE = re.compile(
    r"(?i:(?<![A-Za-z])(?:per|s\.?\x20?d\.?|sampai(?:\x20dengan)?|hingga|keadaan|posisi|dicetak"
    r"|cetak|no\.?\x20?rm|rekam\x20medis|no\.?\x20?mr)\x20*(?:tanggal|tgl\.?)?\x20*[:.]?\x20*)$"
)


def not_a_birth(text: str, start: int) -> bool:
    return AS_OF_BEFORE.search(text, max(0, start - 24), start) is not None


def in_registration(text: str, start: int, end: int) -> bool:
    return (
        start > 0
        and text[start - 1] in "-/"
        and REGISTRATION_AROUND.search(text, max(0, start - 7), start) is not None
        and SERIAL_AFTER.match(text, end) is not None
    )


def birth_finding(text: str, match: DateMatch, strong: bool) -> Finding | None:
    start, end = match.start, match.end
    excerpt = mask_value(text[start:end])
    if match.year < OLDEST_LIVING or in_registration(text, start, end) or not_a_birth(text, start):
        return None
    if match.year < 1930:
        return Finding("birth_date", start, end, excerpt, Severity.REVIEW, 0.5)
    if strong:
        return Finding("birth_date", start, end, excerpt, Severity.BLOCK, 0.9)
    return Finding("birth_date", start, end, excerpt, Severity.REVIEW, 0.6)


# "Ketua RT 13", "Pak RT 08", "Kadus Krajan": an office in the neighbourhood (minutes, a chat's
# sender), not a home; matched on the lower view right before the unit.
ROLE_BEFORE = re.compile(
    rb"(?<![a-z])(?:ketua|wakil\s+ketua|pengurus|sekretaris|sekretariat|bendahara|kepala|ka\."
    rb"|kadus|pak|bu|bapak|ibu|forum|ketu)[\x20.]*$"
)


def role_before(lower: bytes, start: int) -> bool:
    """Whether the unit at `start` (RT, RW, Dusun ...) follows a role word: 'Ketua RT 13'."""
    return ROLE_BEFORE.search(lower, max(0, start - 20), start) is not None


def find_addresses(views: Views) -> list[Finding]:
    text, lower = views.text, views.lower
    findings = []
    for match in RT_RW.finditer(lower):
        if role_before(lower, match.start()):
            continue
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
