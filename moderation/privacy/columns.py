"""Column headers of plain-text tables: the kind a header cell gives the values below it.

In "No | Nama | NIK | No. KK" the 16-digit numbers of the fourth column are numbers of a Kartu
Keluarga, though no label stands right before them; an 11-digit number under "BPJS
Ketenagakerjaan" is a KPJ card number. A header is a line with a KK / BPJS / NPWP cell and at
least two cell separators (tab, |, ;, comma, or two spaces or more); a value is in its column
when it sits in the cell of the same index on a later line within REACH characters.
Identifiers use it only to tell KK from NIK, and for BPJS and NPWP numbers that would
otherwise need a label (see identifiers.py). Headers are found once per text.
"""

import re
from bisect import bisect_right
from collections.abc import Iterator

from .fold import Views, register_words

REACH = 20_000
MAX_CELL = 40
# The header words, found in the one pass of Views.starts: k... (kk, nkk, kis, kpj, kartu
# keluarga), bpjs, npwp and jkn.
K_WORDS = (b"kk", b"kis", b"kpj", b"kartu keluarga")  # none is the start of another
P_WORDS = (b"bpjs", b"npwp")
register_words((*K_WORDS, *P_WORDS, b"jkn"))
KINDS = {b"kk": "kk", b"kis": "bpjs", b"kpj": "bpjs", b"kartu keluarga": "kk", b"bpjs": "bpjs",
         b"npwp": "npwp"}  # fmt: skip
PRECEDENCE = {"kk": 0, "bpjs": 1, "npwp": 2}  # one cell naming two kinds: the first wins
SEPARATORS = (b"\t", b"|", b";", b",")
WIDE_SPACE = re.compile(rb"\x20{2,}")


class Header:
    __slots__ = ("end", "index", "kind", "separator")

    def __init__(self, end: int, separator: bytes | None, index: int, kind: str):
        self.end, self.separator, self.index, self.kind = end, separator, index, kind


def headers(views: Views) -> tuple[list[int], list[Header]]:
    """(line ends, headers) of the text's table headers, sorted; computed once per text."""
    cached = getattr(views, "_column_headers", None)
    if cached is not None:
        return cached
    lower = views.lower
    found: list[Header] = []
    for start, end, kind in header_words(views):
        if not (word_edge(lower, start - 1) and word_edge(lower, end)):
            continue
        line_start = lower.rfind(b"\n", max(0, start - 4096), start) + 1
        line_end = lower.find(b"\n", end, end + 4096)
        line_end = len(lower) if line_end < 0 else line_end
        separator = separator_of(lower[line_start:line_end])
        if separator is not None:
            index = cell_index(lower, line_start, start, separator)
            found.append(Header(line_end, separator, index, kind))
    found.sort(key=lambda header: (header.end, PRECEDENCE[header.kind]))
    result = ([header.end for header in found], found)
    views._column_headers = result  # noqa: SLF001 - a cache on the shared views
    return result


def header_words(views: Views) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of every header word in the lower-case view (word edges unchecked):
    the K_WORDS left to right, each after the end of the one before (they all start with "k"),
    then the P_WORDS and jkn."""
    lower = views.lower
    done = -1
    for start, word in sorted((at, key) for key in K_WORDS for at in views.starts(key)):
        if start < done:
            continue
        end = done = start + len(word)
        if word == b"kk" and start and lower[start - 1] == 0x6E:  # nkk
            start -= 1
        yield start, end, KINDS[word]
    for start, word in sorted((at, key) for key in P_WORDS for at in views.starts(key)):
        yield start, start + 4, KINDS[word]
    for start in views.starts_apart(b"jkn"):
        yield start, start + 3, "bpjs"


def word_edge(lower: bytes, position: int) -> bool:
    return position < 0 or position >= len(lower) or not (97 <= lower[position] <= 122)


def separator_of(line: bytes) -> bytes | None:
    """The cell separator of a header-like line: 3+ cells, none longer than MAX_CELL (prose
    with commas is not a header)."""
    for separator in SEPARATORS:
        if line.count(separator) >= 2:
            cells = line.split(separator)
            break
    else:
        cells = WIDE_SPACE.split(line)
        separator = b"  "
        if len(cells) < 3:
            return None
    return separator if max(len(cell.strip()) for cell in cells) <= MAX_CELL else None


def is_row(line: bytes, separator: bytes) -> bool:
    if separator == b"  ":
        return len(WIDE_SPACE.findall(line)) >= 2
    return line.count(separator) >= 2


def cell_index(lower: bytes, line_start: int, position: int, separator: bytes) -> int:
    if separator == b"  ":
        return len(WIDE_SPACE.findall(lower, line_start, position))
    return lower.count(separator, line_start, position)


def column_kind(views: Views, start: int) -> str | None:
    """The kind of the header cell above `start` in the same column, or None."""
    ends, found = headers(views)
    if not ends:
        return None
    at = bisect_right(ends, start) - 1
    if at < 0 or start - ends[at] > REACH:
        return None
    lower = views.lower
    line_start = lower.rfind(b"\n", max(0, start - 4096), start) + 1
    best = None
    # The headers of the nearest header line (one line may hold KK and BPJS cells).
    line_end = ends[at]
    while at >= 0 and ends[at] == line_end:
        header = found[at]
        if start - header.end > REACH or line_start <= header.end:
            return None
        row_end = lower.find(b"\n", start, start + 4096)
        line = lower[line_start : start + 4096 if row_end < 0 else row_end]
        if is_row(line, header.separator) and (
            cell_index(lower, line_start, start, header.separator) == header.index
        ):
            best = header.kind
        at -= 1
    return best
