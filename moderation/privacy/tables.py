"""Tables in plain text: a header row types its columns, every row below is read by column.

Most personal data published by mistake sits in tables (aid recipients, scholarships, village
and health lists, form exports), far below the header that says what a column holds and with
no label beside the value. This module finds header rows, splits the rows under them into
cells and reports each cell by its column:

- separators: `|` (also Markdown), tab (XLSX / DOCX tables as extracted), `;` and `,` (CSV,
  quoted cells allowed), and two spaces or more (fixed-width text from PDFs: a row's cell is
  matched to the header cell nearest its start column when the counts differ);
- a header row is a line whose cells are short, mostly without digits, and one of them names a
  kind of personal data (COLUMN_WORDS): Alamat, Tgl Lahir, TTL, No. Rek, No. KIS, NIK, No. KK,
  NPWP, No. HP, Paspor, and the parts of an address split over columns (Dusun | RT | RW | Desa);
- the rows below it, until a line that is not a row of the same table (one blank line or one
  wrapped line is skipped over).

Per column kind:
- birth: a date in any form (dates.py) in the cell -> birth_date;
- address parts (Alamat, Dusun, Dukuh, Banjar, Jorong, Lingkungan, RT, RW, ...) and, next to
  them, the localities (Desa, Kelurahan, Nagari, Kecamatan...): the run of adjacent address
  cells of the row -> one address finding from its first to its last non-empty cell;
- bank (No. Rek, Rekening): 6-20 digits -> bank_account; kks (No. KKS): the card number ->
  kks (a Kartu Keluarga Sejahtera: the bank card of the social-aid programmes);
- bpjs (BPJS, KIS, JKN, KPJ): 8-13 digits -> bpjs; nik / kk: 16 digits -> nik / kk; npwp: 15 or
  16 digits -> npwp; passport: one or two letters and 6-8 digits -> passport;
- phone (HP, Telp, WA): a number of 9-13 digits that starts with 8 -> phone (a spreadsheet
  stored the number as a number and dropped its leading 0); other forms are the phone
  detector's;
- amount (Jumlah, Anggaran, Pagu, Realisasi, Rp, Nilai): identifier findings in the column are
  dropped (a 16-digit rupiah amount is an amount).

A row of persons (the header has a name, NIK or KK column) also gives, in columns the header does
not type: a date of a plausible birth year (not a timestamp, not under a date header such as
"Tanggal Pengajuan") -> birth_date; a cell written like an address (Dusun Krajan, RT 03, Jl.
Melati 5) -> address. A table of companies (cells starting PT / CV / UD / Koperasi) is not a
table of persons: its addresses are not reported; nor are the bank account and NPWP of a row
naming a legal entity (PT, CV, Koperasi, Yayasan).

A column headed by another event's date (TMT, Tgl. Nikah, Tgl. Meninggal, Terdaftar) holds no
birth dates: what other detectors read as one there is dropped (other_dates). A CSV header
whose "Tempat, Tgl Lahir" was split at its comma is lined up with rows that quote the value.

All findings here are BLOCK: the header says what the value is. Cost: one regex pass for
header words; rows are split only under a header that types a column.
"""

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import accumulate

from .dates import EVENT_CUE, find_dates, this_year
from .findings import Finding, Severity
from .fold import Views, register_words
from .masking import mask_number, mask_value
from .places import UNITS, before_contact, looks_like_address
from .structure import trader_npwp
from .vertical import aligned, vertical_table

MAX_HEADER_CELL = 48
MAX_ROWS_GAP = 2  # lines that are not rows before the table ends

# Header rows are found from these words (bytes.find per word: a regex alternation of header
# words costs ~20x more on prose); a table of persons almost always has one of them.
ANCHORS = (b"nama", b"name", b"alamat", b"address", b"lahir", b"ttl", b"nik", b"dusun", b"rek",
           b"anggaran", b"jumlah", b"(rp", b"birth")  # fmt: skip
register_words(ANCHORS)
# (kind, regex on the lower-case header cell), first match wins.
COLUMN_WORDS = (
    ("birth", r"lahir|\blhr\b|\bttl\b|t\.t\.l|birth|\bdob\b|\busia\b.*\blahir"),
    ("other_date", r"\btgl\b|tanggal|waktu|timestamp|\bdate\b|periode|bulan|tahun"),
    # dates of a person that are not the birth: a pregnancy's last period and due date (HPHT,
    # HPL, taksiran persalinan), a death, a visit (a cohort register puts them beside "Tgl Lahir")
    (
        "other_date",
        r"\bhpht\b|\bhpl\b|haid|taksiran|persalinan|\bhtp\b|perkiraan|meninggal|wafat"
        r"|kematian|death|\bdied\b|kunjungan|pemeriksaan|imunisasi|\bdue\b",
    ),
    # dates of an appointment (TMT: terhitung mulai tanggal), a registration, a wedding
    (
        "other_date",
        r"\btmt\b|terhitung|diangkat|pengangkatan|terdaftar|pendaftaran|registrasi|\bnikah\b"
        r"|perkawinan|\bakad\b|berlaku|pengaduan",
    ),
    ("kks", r"\bkks\b|keluarga\s+sejahtera"),
    ("amount", r"kode\s*rek|kode\s+akun|kode\s+anggaran|\bkode\b|jumlah|anggaran|pagu|realisasi"),
    ("bank", r"\bno\.?\s*rek|\brek\b|rekening|norek|account|\bno\.?\s*akun"),
    ("bpjs", r"bpjs|\bkis\b|\bjkn\b|\bkpj\b|askes|jamsostek|kartu\s+indonesia\s+sehat"),
    ("npwp", r"npwp"),
    ("kk", r"\bkk\b|\bnkk\b|kartu\s+keluarga"),
    ("nik", r"\bnik\b|\bktp\b|induk\s+kependudukan|national\s+id|\bid\s+(?:number|no)\b|identity"),
    ("passport", r"paspor|passport"),
    # "Alamat Sekolah", "Alamat Kantor": an institution's address, a column nobody reads (not
    # "Alamat Usaha": a household business is at home)
    (
        "institution",
        r"alamat\s*(?:sekolah|madrasah|kampus|kantor|instansi|lembaga|dinas|perusahaan)",
    ),
    # "Alamat/Kontak", "Alamat & No. HP": the address, and the phone the phone detector finds
    ("address", r"alamat\s*(?:/|&|\+|dan)\s*(?:kontak|no|hp|telp|telepon|wa)"),
    ("phone", r"\bhp\b|telp|telepon|\bwa\b|whatsapp|ponsel|handphone|\bkontak\b|phone|\bmobile\b"),
    ("email", r"e-?mail|surel"),
    # English reports: "Home", "Residence", "House"
    (
        "address",
        r"alamat|domisili|address|tempat\s+tinggal|\bjalan\b|\bjl\b|\bhome\b(?!\s*(?:page|visit))|residen|\bhouse\b",
    ),
    (
        "address_part",
        r"\bdusun\b|\bdukuh\b|padukuhan|pedukuhan|\bbanjar\b|\bjorong\b|\bkorong\b|lingkungan"
        r"|\bkampung\b|\bgampong\b|\blorong\b|\bblok\b|\brt\b|\brw\b|\bno\.?\s*rumah",
    ),
    (
        "locality",
        r"\bdesa\b|kelurahan|kalurahan|\bkel\b|nagari|kecamatan|\bkec\b|kapanewon|kemantren"
        r"|distrik|\bpekon\b|\btiyuh\b|\blembang\b|\bnegeri\b|\bkab",
    ),
    ("amount", r"jumlah|anggaran|pagu|realisasi|\brp\b|nilai|harga|biaya|total|saldo|dana"),
    ("name", r"\bnama\b|\bname\b|penerima|peserta|pemohon|\bkk\b|beneficiar|recipient"),
)
COLUMN_PATTERNS = tuple((kind, re.compile(pattern)) for kind, pattern in COLUMN_WORDS)
# the other dates that are never the birth (not the plain "Tanggal", "Tahun")
NOT_BIRTH_HEADER = re.compile(f"{COLUMN_WORDS[2][1]}|{COLUMN_WORDS[3][1]}")
ADDRESS_KINDS = frozenset({"address", "address_part", "locality"})
READ = frozenset(
    {"birth", "kks", "bank", "bpjs", "npwp", "kk", "nik", "passport", "phone", "amount", "name"}
    | ADDRESS_KINDS
)
PERSON_KINDS = frozenset({"name", "nik", "kk"})
TYPED = frozenset({"birth", "kks", "bank", "bpjs", "npwp", "kk", "nik", "passport", "phone"})
IDENTIFIER_KINDS = frozenset({"nik", "kk", "npwp", "bpjs", "bank_account", "passport", "kks"})

LABEL_VALUE = re.compile(r":\s*\S")
TWO_DIGITS = re.compile(r"[0-9].*[0-9]")
PARENTHESES = re.compile(r"\([^()]*\)")
WIDE = re.compile(r"\x20{2,}|\t")
CSV_CELL = re.compile(r'\s*"(?:[^"]|"")*"\s*|[^,]*')
HTML_CELL_EDGE = re.compile(
    r"</t[dh]>\s*<t[dh](?:\s[^>]*)?>|<t[dh](?:\s[^>]*)?>|</t[dh]>", re.IGNORECASE
)  # not <thead> / <tbody>
DIGITS = re.compile(r"[0-9]")
NUMBER_CELL = re.compile(r"\+?[0-9][0-9 .\-/\n]*[0-9]")
PASSPORT_CELL = re.compile(r"[A-Za-z]{1,2}\x20?[0-9]{6,8}")
COMPANY = re.compile(r"\s*(?:pt|cv|ud|fa|koperasi|kop\.|toko|yayasan|perum|pd)\b\.?", re.I)
BIRTH_PLACE = re.compile(r"\s*tempat\s+lahir\s*|\s*tmp\.?\s+lahir\s*")  # the date elsewhere
# A header cell: an address word, or unit words alone joined by "/" ("Dusun/Lingk.",
# "Desa/Kel.", "RT/RW", "Jalan/Gang"), as the second row of a two-row header gives them.
HEADER_WORD = rf"(?i:alamat(?:\x20rumah|\x20lengkap)?|domisili|address|no\.?\x20?rumah|{UNITS})\.?"
HEADER_WORD_CELL = re.compile(rf"\x20*{HEADER_WORD}(?:\x20?/\x20?{HEADER_WORD})*\x20*")
EQUALS_NOT_CELLS = re.compile(r"[<>\"&?]|\x20=|=\x20|==")
NOT_VALUE = re.compile(r"[\s\-–—.:/*]*")


class Cell:
    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


class Table:
    """A header row: the separator of its cells, each column's kind and start column.

    `plan` lists the columns a row is read in: typed ones, and in a table of persons the
    untyped ones while `probe` rows remain (the first rows show whether an untyped column holds
    birth dates or addresses; it is then typed, or left alone for the rest of the table)."""

    __slots__ = (
        "amounts_only", "births", "company", "edges", "end", "hits", "kinds", "known",
        "not_birth", "person", "plan", "probe", "separator", "starts",
    )  # fmt: skip

    def __init__(self, separator: str, kinds: list[str | None], starts: list[int], end: int):
        self.separator, self.kinds, self.starts, self.end = separator, kinds, starts, end
        self.person = any(kind in PERSON_KINDS for kind in kinds)
        # A header with a birth-date column says where the birth date is: a date in another
        # column of the row is some other date of the person (TMT, a planned wedding).
        self.births = "birth" in kinds  # header_at: not a birth place alone
        # columns of another event's date (TMT, a wedding, a death, a registration): a date in
        # them is never a birth date, whatever found it (see drop_other_dates)
        self.not_birth: frozenset[int] = frozenset()
        self.edges = 0  # separators in the header line
        self.probe = PROBE_ROWS
        self.company = False  # a table of companies (PT, CV ...), known after the probe rows
        self.hits: dict[int, list[str]] = {}
        self.known: dict[int, list[bool]] = {}  # column -> value found by another detector
        self.amounts_only = False  # after the probe rows: only amount columns left to read
        self.plan = [
            index
            for index, kind in enumerate(kinds)
            if kind in READ or (kind is None and self.person)
        ]

    def learn(self) -> None:
        """After the probe rows: type the untyped columns that held birth dates or addresses
        in most of them; stop reading the others."""
        for index, kinds in self.hits.items():
            for kind in ("birth", "address"):
                if kinds.count(kind) * 2 > PROBE_ROWS:
                    self.kinds[index] = kind
        # A column of identifiers whose values the other detectors found in every probe row
        # is left to them. Not birth dates: found elsewhere from a label or a place on the
        # same line, which a wrapped row's next line does not have.
        found_elsewhere = {
            index
            for index, known in self.known.items()
            if len(known) >= 2 and all(known) and self.kinds[index] not in CONTEXT_KINDS
        }
        self.plan = [
            index
            for index in self.plan
            if self.kinds[index] in READ - {"name"} and index not in found_elsewhere
        ]
        self.amounts_only = all(self.kinds[index] == "amount" for index in self.plan)


PROBE_ROWS = 4
COLUMN_OF = {"birth_date": "birth", "address": "address"}
CONTEXT_KINDS = frozenset({"birth"}) | ADDRESS_KINDS


def split_cells(text: str, start: int, end: int, separator: str) -> list[Cell]:
    """The cells of text[start:end] (a line), as offsets, stripped of spaces and quotes."""
    if separator == "html":
        edges = [(m.start(), m.end()) for m in HTML_CELL_EDGE.finditer(text, start, end)]
        return [
            stripped(text, low, high)
            for (_, low), (high, _) in zip(edges, edges[1:], strict=False)
        ]
    if separator == "wide":
        cells = []
        position = start
        for match in WIDE.finditer(text, start, end):
            cells.append(stripped(text, position, match.start()))
            position = match.end()
        cells.append(stripped(text, position, end))
        return cells
    if separator == "," and '"' in text[start:end]:
        cells = []
        position = start
        while position <= end:
            match = CSV_CELL.match(text, position, end)
            cells.append(stripped(text, match.start(), match.end()))
            position = match.end() + 1
        return cells
    cells = []
    position = start
    for piece in text[start:end].split(separator):
        size = len(piece)
        value = piece.strip(STRIP)
        if value:
            low = position + piece.find(value[0])
            cells.append(Cell(low, low + len(value)))
        else:
            cells.append(Cell(position, position))
        position += size + 1
    return cells


STRIP = " \"'\r"


def stripped(text: str, start: int, end: int) -> Cell:
    while start < end and text[start] in STRIP:
        start += 1
    while end > start and text[end - 1] in STRIP:
        end -= 1
    return Cell(start, end)


def separator_of(line: str) -> str | None:
    if line.count("<t") >= 2 and HTML_CELL_EDGE.search(line):
        return "html"
    for separator in ("|", "\t", ";"):
        if line.count(separator) >= 1 and line.strip(" " + separator).count(separator) >= 1:
            return separator
    if line.count(",") >= 2:
        return ","
    stripped_line = line.strip()
    if "  " in stripped_line or "\t" in stripped_line:  # WIDE matches (str.find, not a regex)
        return "wide"
    # "nama=no_ak1=tgl_lahir=alamat": a system's export with "=" between its fields (not HTML
    # attributes, a query string or a formula)
    if (
        line.count("=") >= 2
        and line.strip(" =").count("=") >= 2
        and not EQUALS_NOT_CELLS.search(line)
    ):
        return "="
    return None


@lru_cache(maxsize=4096)
def column_kind(cell: str) -> str | None:
    lowered = cell.lower()
    for kind, pattern in COLUMN_PATTERNS:
        if pattern.search(lowered):
            return kind
    return None


def header_at(text: str, line_start: int, line_end: int) -> Table | None:
    shape = header_shape(text[line_start:line_end])
    if shape is None:
        return None
    separator, kinds, starts, edges, births, not_birth = shape
    table = Table(separator, list(kinds), list(starts), line_end)
    table.edges = edges
    table.births = births  # not a birth place alone
    table.not_birth = not_birth
    return table


# A cell holding two digits (on one line) makes a line no header; looked for over the whole
# line at once where the cells are the pieces between single separators.
TWO_DIGIT_CELL = {
    separator: re.compile(f"[0-9][^{re.escape(separator)}\n]*[0-9]")
    for separator in ("|", "\t", ";", ",", "=")
}


@lru_cache(maxsize=1024)
def header_shape(
    line: str,
) -> tuple[str, tuple[str | None, ...], tuple[int, ...], int, bool, frozenset[int]] | None:
    """(separator, column kinds, cell starts in the line, separators in the line, whether a
    column holds birth dates - not a birth place alone, the columns of another event's date)
    of a header line, or None. A header
    depends on its line alone, and a long table's header comes back on every page of a PDF
    (the same template on every list of an office)."""
    separator = separator_of(line)
    if separator is None:
        return None
    if (
        separator in TWO_DIGIT_CELL
        and "(" not in line
        and (separator != "," or '"' not in line)
        and TWO_DIGIT_CELL[separator].search(line)
    ):
        return None  # a data row: a cell with two digits (the check below, for all cells)
    cells = split_cells(line, 0, len(line), separator)
    values = [line[cell.start : cell.end] for cell in cells]
    filled = [value for value in values if value]
    if len(filled) < (3 if separator in (",", "wide") else 2):
        return None
    if max(len(value) for value in filled) > MAX_HEADER_CELL:
        return None
    filled = [PARENTHESES.sub("", value) for value in filled]  # "NIK (16 digit)": a hint
    if any(
        LABEL_VALUE.search(value) or value.count(" ") > 5 or TWO_DIGITS.search(value)
        for value in filled
    ):
        return None  # "Alamat : Jl. Melati 5, Sleman": a field and its value, not a header
    if sum(bool(DIGITS.search(value)) for value in filled) > max(1, len(filled) // 4):
        return None  # a data row, not a header
    kinds = tuple(column_kind(value) if value else None for value in values)
    if not any(kind in TYPED or kind in ADDRESS_KINDS or kind == "amount" for kind in kinds):
        return None
    starts = tuple(cell.start for cell in cells)
    births = any(
        kind == "birth" and not BIRTH_PLACE.fullmatch(value.lower())
        for kind, value in zip(kinds, values, strict=True)
    )
    edges = line.count(separator) if len(separator) == 1 else 0
    return separator, kinds, starts, edges, births, not_birth_columns(kinds, values)


def not_birth_columns(kinds: Sequence[str | None], values: Sequence[str]) -> frozenset[int]:
    """The columns whose header names another event's date than the birth (TMT, Tgl. Nikah,
    Tgl. Meninggal, Terdaftar: COLUMN_WORDS' other dates, dates.EVENT_WORDS)."""
    return frozenset(
        index
        for index, (kind, value) in enumerate(zip(kinds, values, strict=True))
        if kind == "other_date"
        and (
            NOT_BIRTH_HEADER.search(value.lower())
            or EVENT_CUE.search(value.lower().encode("ascii", "replace"))
        )
    )


def lines_from(text: str, position: int) -> Iterator[tuple[int, int]]:
    size = len(text)
    while position < size:
        end = text.find("\n", position)
        end = size if end < 0 else end
        yield position, end
        position = end + 1


def find_tables(views: Views) -> Iterator[tuple[Table, int, int]]:
    """(table, row start, row end) for every row under a header that types a column."""
    text = views.text
    done = -1
    for hint in anchors(views):
        if hint < done:
            continue
        line_start = text.rfind("\n", 0, hint) + 1
        line_end = text.find("\n", hint)
        line_end = len(text) if line_end < 0 else line_end
        done = line_end
        if line_end - line_start > 2000:
            continue
        line = text[line_start:line_end]
        # no cell separator of a header line (a chain of `in`: one Python line, not a loop)
        if not (
            "|" in line
            or "\t" in line
            or ";" in line
            or "," in line
            or "  " in line
            or "<t" in line
            or "=" in line
        ):
            if line_end - line_start <= MAX_HEADER_CELL:
                vertical = vertical_rows(text, line_start, line_end)
                if vertical is not None:
                    table, rows, done = vertical
                    for row_start, row_end in rows:
                        yield table, row_start, row_end
            continue
        table = header_at(text, line_start, line_end)
        if table is None:
            if line_end - line_start <= MAX_HEADER_CELL + 2:  # "\tNama": a DOCX cell a line
                vertical = vertical_rows(text, line_start, line_end)
                if vertical is not None:
                    table, rows, done = vertical
                    for row_start, row_end in rows:
                        yield table, row_start, row_end
            continue
        gap = 0
        # a short line between rows: the rest of a wrapped cell, a page number
        gaps = MAX_ROWS_GAP if table.separator in ("wide", "\t", "html") else 1
        lines = lines_from(text, line_end + 1)
        for row_start, row_end in lines:
            if RULE_LINE.fullmatch(text, row_start, row_end):
                continue  # ----- under a fixed-width header
            row_end = wrapped_row(text, row_start, row_end, table, lines)
            if not is_row(text, row_start, row_end, table):
                gap += 1
                if gap > gaps:
                    break
                if gap > MAX_ROWS_GAP or (
                    gap and row_end > row_start and not row_or_wrap(text, row_start, row_end)
                ):
                    break
                continue
            if gap and header_at(text, row_start, row_end) is not None:
                break  # the next table's header, after a blank line
            gap = 0
            done = row_end
            yield table, row_start, row_end


RULE_LINE = re.compile(r"[\x20\t|+:]*[\-=_]{2}[\x20\t|+:\-=_]*\r?")  # fails at a row's first cell
SINGLE_SEPARATORS = ("|", "\t", ";", ",", "=")


def wrapped_row(
    text: str, start: int, end: int, table: Table, lines: Iterator[tuple[int, int]]
) -> int:
    """The end of a row whose cell holds a line break (a wrapped cell: '| 0857.98\n08.5018 |',
    a quoted CSV cell over two lines): the row's line and the next ones (at most two) while
    together they do not hold more of the header's separators. `lines` is advanced past the
    lines taken."""
    separator = table.separator
    if separator not in SINGLE_SEPARATORS or not table.edges:
        return end
    if end <= start:
        return end
    if separator == ",":
        if text.count('"', start, end) % 2 == 0:
            return end
    elif not 1 <= text.count(separator, start, end) < max(1, table.edges - 2):
        return end
    for _ in range(2):
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        if next_end <= end + 1:
            return end
        if separator == ",":
            if text.count('"', start, next_end) % 2 == 0:
                next(lines, None)
                return next_end
        elif text.count(separator, start, next_end) <= table.edges + 1:
            next(lines, None)
            end = next_end
            if text.count(separator, start, end) >= table.edges - 1:
                return end
        else:
            return end
    return end


def vertical_rows(
    text: str, line_start: int, line_end: int
) -> tuple[Table, list[tuple[int, int]], int] | None:
    """A one-cell-per-line table (vertical.py) whose header types a column: (table, rows as
    spans over their lines, end of the table)."""
    found = vertical_table(text, line_start, line_end, column_kind)
    if found is None:
        return None
    header, kinds, rows, end = found
    if not any(kind in TYPED or kind in ADDRESS_KINDS for kind in kinds):
        return None
    table = Table("vertical", kinds, [0] * len(kinds), end)
    table.not_birth = not_birth_columns(kinds, [text[low:high] for low, high in header])
    return table, [(row[0][0], row[-1][1]) for row in rows if row], end


def anchors(views: Views) -> list[int]:
    """Positions of the anchor words, sorted."""
    found = []
    for word in ANCHORS:
        found += views.starts(word)
    found.sort()
    return found


def row_or_wrap(text: str, start: int, end: int) -> bool:
    """A short line inside a table: a wrapped cell of a PDF row, a page number."""
    return end - start <= 60


def is_row(text: str, start: int, end: int, table: Table) -> bool:
    if end <= start:
        return False
    separator = table.separator
    if separator == "html":  # two cell edges (not all of the row's)
        edges = HTML_CELL_EDGE.finditer(text, start, end)
        return next(edges, None) is not None and next(edges, None) is not None
    if separator == "wide":
        return WIDE.search(text, start, end) is not None
    count = text.count(separator, start, end)
    if separator == ",":  # a CSV row has the header's cells (more only with quotes)
        return table.edges - 1 <= count <= table.edges + 1 or (
            count > table.edges and '"' in text[start:end]
        )
    return count >= max(1, table.edges - 2)


def row_cells(
    text: str, start: int, end: int, table: Table, plan: Sequence[int] | None = None
) -> list[tuple[int, Cell]]:
    """(column index, cell) of the planned columns of a row (`plan`, else the table's): by
    index, or for fixed-width text whose cell count differs from the header's, by the header
    cell nearest each cell's start."""
    separator = table.separator
    plan = table.plan if plan is None else plan
    if separator == "vertical":
        spans = []
        position = start
        while position <= end:
            line_end = text.find("\n", position, end)
            line_end = end if line_end < 0 else line_end
            spans.append((position, line_end))
            position = line_end + 1
        wanted = set(plan)
        return [  # a DOCX cell's line starts with a tab: not part of the value
            (index, stripped(text, low + (text[low : low + 1] == "\t"), high))
            for index, (low, high) in aligned(text, spans, table.kinds)
            if index in wanted
        ]
    if separator in ("|", "\t", ";") or (separator == "," and '"' not in text[start:end]):
        pieces = text[start:end].split(separator)
        lengths = list(accumulate(map(len, pieces)))
        cells = []
        for index in plan:
            if index >= len(pieces):
                break
            low = start + (lengths[index - 1] + index if index else 0)
            piece = pieces[index]
            value = piece.strip(STRIP)
            if value:
                low += piece.find(value[0])
                cells.append((index, Cell(low, low + len(value))))
            else:
                cells.append((index, Cell(low, low)))
        return cells
    split = split_cells(text, start, end, separator)
    if separator == "," and len(split) == len(table.kinds) - 1:
        columns = merged_columns(text, split, table.kinds)
        if columns is not None:
            wanted = set(plan)
            pairs = zip(columns, split, strict=True)
            return [(column, cell) for column, cell in pairs if column in wanted]
    if len(split) == len(table.kinds) or separator != "wide":
        return [(index, split[index]) for index in plan if index < len(split)]
    placed = []
    starts = table.starts
    wanted = set(plan)
    for whole in split:
        for cell in shifted_pieces(text, start, whole, starts):
            column = cell.start - start
            index = min(range(len(starts)), key=lambda i: abs(starts[i] - column))
            if index in wanted:
                placed.append((index, cell))
    return placed


def merged_columns(text: str, cells: list[Cell], kinds: list[str | None]) -> list[int] | None:
    """The column of each cell of a CSV row with one cell fewer than its header, whose header
    split one heading at an unquoted comma ("Tempat, Tgl Lahir") where the rows quote the
    value ("Blitar, 1 April 1971"): the quoted cell with a comma stands for both header cells
    (it takes the birth column's kind, else the first's), the cells after it move one column
    on. None when no cell holds a comma."""
    merged = [index for index, cell in enumerate(cells) if "," in text[cell.start : cell.end]]
    if not merged:
        return None
    at = next((index for index in merged if "birth" in kinds[index : index + 2]), merged[0])
    own = at + 1 if kinds[at + 1] == "birth" else at
    return [
        index if index < at else own if index == at else index + 1 for index in range(len(cells))
    ]


PIECE_START = re.compile(r"\x20(?=[0-9+(])")


def shifted_pieces(text: str, line_start: int, cell: Cell, starts: list[int]) -> list[Cell]:
    """A fixed-width cell that runs over the start of a later column is two cells glued by one
    space (a PDF's row shifted by a few characters: "3404075507600003 15-07-1960" under NIK and
    TGL LAHIR): it is split at the single space nearest that column's start where a number
    begins (a name or an address with spaces in it is never split)."""
    low, high = cell.start - line_start, cell.end - line_start
    own = min(range(len(starts)), key=lambda i: abs(starts[i] - low))
    inner = [column for column in starts[own + 1 :] if column < high - 1]
    if not inner:
        return [cell]
    spaces = [m.start() for m in PIECE_START.finditer(text, cell.start, cell.end)]
    pieces, piece_start = [], cell.start
    for column in inner:
        candidates = [space for space in spaces if space > piece_start]
        if not candidates:
            break
        best = min(candidates, key=lambda space: abs(space - line_start - column))
        pieces.append(stripped(text, piece_start, best))
        piece_start = best + 1
    pieces.append(stripped(text, piece_start, cell.end))
    return pieces


def find_table_findings(
    views: Views, existing: list[Finding]
) -> tuple[list[Finding], set[int], set[int]]:
    """(new findings, indexes of `existing` findings to drop, starts of the rows read).

    Dropped: identifiers in amount columns, and findings of a typed personal column that were
    REVIEW: they come back BLOCK among the new findings."""
    text = views.text
    found: list[Finding] = []
    drop: set[int] = set()
    rows: set[int] = set()
    by_start: list | None = None
    known: list[int] = []
    confirmed: list[tuple[int, int]] = []
    for table, row_start, row_end in find_tables(views):
        rows.add(row_start)
        if row_end > row_start and text.find("\n", row_start, row_end) >= 0:
            rows.update(line_starts(text, row_start, row_end))
        if not (table.plan or table.not_birth):
            continue
        if by_start is None:
            by_start = sorted((f.start, f.end, index) for index, f in enumerate(existing))
            known = [start for start, _, _ in by_start]
        if table.not_birth:
            drop.update(other_dates(text, table, row_start, row_end, by_start, known, existing))
        if not table.plan:
            continue
        if table.amounts_only and not known_inside(known, row_start, row_end):
            continue  # a budget row with no identifier found in it: nothing to read
        cells = row_cells(text, row_start, row_end, table)
        kinds = table.kinds
        if table.probe and not table.company and "name" in kinds:
            table.company = any(
                COMPANY.match(text, cell.start, cell.end)
                for index, cell in cells
                if kinds[index] == "name"
            )
        entity = bool(
            ("bank" in kinds or "npwp" in kinds)
            and LEGAL_ENTITY.search(text, row_start, row_end)
            and LEGAL_ENTITY_CELL.search(text, row_start, row_end)
        )
        found += row_findings(text, table, cells, table.company, known, confirmed, entity)
        if table.probe:
            table.probe -= 1
            if not table.probe:
                table.learn()
        if entity:  # a company's account and NPWP are not a person's
            drop.update(
                position
                for position in inside(existing, by_start, row_start, row_end)
                if existing[position].kind in COMPANY_KINDS
            )
        if "amount" in kinds:
            for index, cell in cells:
                if kinds[index] == "amount":
                    drop.update(inside(existing, by_start, cell.start, cell.end))
    if confirmed and by_start:
        for low, high in confirmed:
            index = bisect_left(known, low)
            while index < len(known) and known[index] < high:
                position = by_start[index][2]
                finding = existing[position]
                if finding.severity is Severity.REVIEW and finding.kind in RAISED_KINDS:
                    drop.add(position)
                    found.append(Finding(*finding[:4], Severity.BLOCK, *finding[5:]))
                index += 1
    return found, drop, rows


BIRTH_WORD = re.compile(r"lahir|\blhr\b|\bttl\b|birth", re.IGNORECASE)


def other_dates(
    text: str,
    table: Table,
    row_start: int,
    row_end: int,
    by_start: list[tuple[int, int, int]],
    known: list[int],
    existing: list[Finding],
) -> list[int]:
    """Indexes of the birth dates other detectors found in the row that are another event's
    date by their column: under a TMT / wedding / death / registration header ("Sleman,
    01-03-2005" under TMT, read by the "<Place>, <date>" rule). A birth word in the cell keeps
    it. (Only tables with such a header are read here: the cost of every row of every table.)"""
    at = bisect_left(known, row_start)
    found = []
    while at < len(known) and known[at] < row_end:
        index = by_start[at][2]
        if existing[index].kind == "birth_date":
            found.append(index)
        at += 1
    if not found:
        return []
    kinds = table.kinds
    separator = table.separator
    counted = separator in ("|", "\t", ";") or (
        separator == "," and '"' not in text[row_start:row_end]
    )
    cells: list[tuple[int, Cell]] | None = None
    dropped = []
    for index in found:
        date = existing[index]
        if counted:  # the cell's index is the separators before it (no row split)
            column = text.count(separator, row_start, date.start)
            if column >= len(kinds) or column not in table.not_birth:
                continue  # not under another event's header: kept
        if cells is None:
            cells = row_cells(text, row_start, row_end, table, range(len(kinds)))
        cell = next(
            ((c, cell) for c, cell in cells if cell.start <= date.start and date.end <= cell.end),
            None,
        )
        if cell is None or BIRTH_WORD.search(text, cell[1].start, cell[1].end):
            continue
        if cell[0] in table.not_birth:
            dropped.append(index)
    return dropped


def line_starts(text: str, start: int, end: int) -> list[int]:
    """Starts of the lines of a row over several lines."""
    starts = [start]
    position = text.find("\n", start, end)
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1, end)
    return starts


COMPANY_KINDS = frozenset({"bank_account", "npwp"})
# A cell naming a legal entity (not a sole trader: a UD or a toko often uses its owner's account
# and NPWP, and aid lists of small businesses name the business).
LEGAL_ENTITY_CELL = re.compile(
    r"(?:^|[|\t;,>]|\x20\x20)"  # a cell's start (two spaces: a fixed-width row)
    r"[\x20\"]*(?:PT|CV|Koperasi|KSP|Yayasan|Persero|Firma|Fa)\.?\x20+[A-Z0-9]",
    re.MULTILINE,
)
# Its tail, a cheap first look (the regex engine stops only at the words' first letters).
LEGAL_ENTITY = re.compile(r"(?:PT|CV|Koperasi|KSP|Yayasan|Persero|Firma|Fa)\.?\x20+[A-Z0-9]")
RAISED_KINDS = frozenset({"birth_date", "address", "phone"})


def known_inside(known: list[int], start: int, end: int) -> bool:
    """Whether a finding of another detector starts inside text[start:end]."""
    index = bisect_left(known, start)
    return index < len(known) and known[index] < end


def inside(existing: list[Finding], by_start: list, start: int, end: int) -> list[int]:
    index = bisect_left(by_start, (start, -1, -1))
    result = []
    while index < len(by_start) and by_start[index][0] < end:
        finding_start, finding_end, position = by_start[index]
        if finding_end <= end and existing[position].kind in IDENTIFIER_KINDS:
            result.append(position)
        index += 1
    return result


def row_findings(
    text: str,
    table: Table,
    cells: list[tuple[int, Cell]],
    company: bool,
    known: list[int],
    confirmed: list[tuple[int, int]],
    entity: bool = False,
) -> list[Finding]:
    """Findings of one row; `known`: sorted starts of the findings other detectors made (a
    value found already is not built again, its cell is added to `confirmed`: the header
    says it is personal data, so it blocks)."""
    findings: list[Finding] = []
    address: list[Cell] = []
    has_part = False
    latest = this_year()
    kinds = table.kinds
    previous = -2
    address_index = -1
    probing = table.probe > 0
    whole_address = False  # the address run holds an "Alamat" column already
    # Other dates of the person (TMT, a planned wedding) are no birth dates when the row's birth
    # cell holds its date; a row whose cells shifted (a comma inside "Tempat, Tgl Lahir") may
    # hold the birth date in another column.
    untyped_dates = not (probing and table.births and birth_in_row(text, kinds, cells))

    def close_address() -> None:
        nonlocal address, has_part, address_index
        if (
            address
            and has_part
            and not company
            and not all(HEADER_WORD_CELL.fullmatch(text, cell.start, cell.end) for cell in address)
        ):  # "Kawin;Alamat;RT": the header repeated in a row, no address
            start = address[0].start
            end = before_contact(text, address[-1].start, address[-1].end)
            while end > start and text[end - 1] in " \t,.;/":
                end -= 1
            seen = known_inside(known, start, end)
            if seen:
                confirmed.append((start, end))
            if probing:
                table.known.setdefault(address_index, []).append(seen)
            if not seen:
                findings.append(block("address", text, start, end, 0.85))
        address, has_part, address_index = [], False, -1

    for index, cell in cells:
        kind = kinds[index]
        start, end = cell.start, cell.end
        empty = end <= start or (end - start <= 3 and NOT_VALUE.fullmatch(text, start, end))
        if kind in ADDRESS_KINDS:
            if index != previous + 1 or (kind == "address" and whole_address):
                close_address()  # "Alamat Asal | Alamat Tujuan": two addresses
            whole_address = kind == "address" or (whole_address and bool(address))
            previous = index
            if not empty:
                if not address:
                    address_index = index
                address.append(cell)
                has_part = has_part or kind != "locality"
            continue
        if address:
            close_address()
        if empty:
            continue
        if known_inside(known, start, end):
            if probing:
                table.known.setdefault(index, []).append(True)
            if kind == "birth" or kind == "phone":
                confirmed.append((start, end))
            continue
        if probing:
            table.known.setdefault(index, []).append(False)
        if kind == "birth":
            for date in find_dates(text, start, end, loose=True):
                if not date.timed and date.year <= latest:
                    findings.append(block("birth_date", text, date.start, date.end, 0.9))
                    break
        elif kind in NUMBER_KINDS:
            if entity and kind in ("bank", "npwp"):
                continue  # the row of a company: its account or NPWP
            number = number_in(text, start, end)
            if (
                number
                and kind == "npwp"
                and trader_npwp(
                    text, cells[0][1].start, start, "".join(DIGITS.findall(text, *number))
                )
            ):
                continue  # a sole trader's business NPWP
            if number:
                finding = typed_number(kind, text, *number)
                if finding:
                    findings.append(finding)
        elif kind == "passport":
            match = PASSPORT_CELL.fullmatch(text, start, end)
            if match:
                findings.append(block("passport", text, start, end, 0.85, keep=1))
        elif kind == "phone":
            number = number_in(text, start, end)
            if number:
                digits = DIGITS.findall(text, *number)
                mobile = "".join(digits)
                if (9 <= len(mobile) <= 12 and mobile[0] == "8") or (
                    10 <= len(mobile) <= 14 and mobile.startswith(("08", "628"))
                ):  # a mobile number the phone detector did not read (glued to a cell)
                    findings.append(block("phone", text, *number, 0.85))
        elif kind is None and table.probe and table.person and not company:
            found = unlabelled(text, start, end, latest, dates=untyped_dates)
            table.hits.setdefault(index, []).append(
                COLUMN_OF.get(found[0].kind, "") if found else ""
            )
            findings += found
    close_address()
    return findings


def birth_in_row(text: str, kinds: list[str | None], cells: list[tuple[int, Cell]]) -> bool:
    """Whether a cell of a birth column of the row holds a date."""
    return any(
        kinds[index] == "birth" and find_dates(text, cell.start, cell.end, loose=True)
        for index, cell in cells
    )


DATE_HINT = re.compile(r"[0-9][\-/.\x20][0-9IVXivx]|[0-9]\x20?[A-Za-z]{3}|[A-Za-z]\.?\x20[0-9]")
WORD_DATE_HINT = re.compile(r"ribu|belas|puluh", re.IGNORECASE)


UNTYPED_HINT = re.compile(
    r"[0-9][\-/.\x20][0-9IVXivx]|[0-9]\x20?[A-Za-z]{3}|[A-Za-z]\.?\x20[0-9]|ribu|belas|puluh"
    r"|[A-Z][a-z]*\.?\x20[A-Z]"
)


def unlabelled(text: str, start: int, end: int, latest: int, dates: bool = True) -> list[Finding]:
    """A cell of a person's row in a column the header does not type (`dates`: whether a
    date may be the birth date: not when the row's birth column holds one)."""
    if end - start < 4 or not UNTYPED_HINT.search(text, start, end):
        return []
    if dates and (DATE_HINT.search(text, start, end) or WORD_DATE_HINT.search(text, start, end)):
        for date in find_dates(text, start, end):
            if not date.timed and 1915 <= date.year <= latest - 1:
                if EVENT_CUE.search(text[start : date.start].lower().encode("ascii", "replace")):
                    break  # "diangkat 01-03-2005": another event's date
                return [block("birth_date", text, date.start, date.end, 0.75)]
    if looks_like_address(text, start, end):
        return [block("address", text, start, end, 0.75)]
    return []


def number_in(text: str, start: int, end: int) -> tuple[int, int] | None:
    match = NUMBER_CELL.search(text, start, end)
    if match is None:
        return None
    rest = text[match.end() : end].strip()
    if rest and rest[0].isdigit():
        return None
    return match.span()


# 1.234.567 (an amount), 5.1.02.04.07 (a budget account code)
AMOUNT_OR_CODE = re.compile(
    r"[0-9]{1,3}(?:[.,][0-9]{3})+(?:,[0-9]{1,2})?|[0-9]{1,2}(?:\.[0-9]{1,4}){3,}"
)
NUMBER_KINDS = {
    "bank": ("bank_account", 6, 20),
    "kks": ("kks", 12, 19),
    "bpjs": ("bpjs", 8, 13),
    "nik": ("nik", 16, 16),
    "kk": ("kk", 16, 16),
    "npwp": ("npwp", 15, 16),
}


def typed_number(column: str, text: str, start: int, end: int) -> Finding | None:
    kind, low, high = NUMBER_KINDS[column]
    value = text[start:end]
    count = sum(map(str.isdigit, value))
    if not low <= count <= high or AMOUNT_OR_CODE.fullmatch(value):
        return None
    return block(kind, text, start, end, 0.9)


def block(kind: str, text: str, start: int, end: int, confidence: float, keep: int = 2) -> Finding:
    value = text[start:end]
    excerpt = mask_number(value) if value[:1].isdigit() else mask_value(value, keep)
    return Finding(kind, start, end, excerpt, Severity.BLOCK, confidence)
