"""Tables written one cell per line, as PDF and DOCX extraction often gives them.

    No / Nama / NIK / Dusun / RT / Tgl Lahir      <- the header, one cell a line
    1 / Yakob Tabuni / 9103... / Jalur II / 010 / 16 Maret 1948
    2 / ...

A header is a run of short lines without figures, right before a line holding the row number
"1"; a row runs from its number to the next one (2, 3, ...). The usual number of lines of a row
tells how many header lines are cells (the lines before them are a title). A row with more lines
than cells holds a wrapped cell (a PDF cell over two lines), one with fewer an empty cell that
left no line: the cells are aligned by trying each position for the wrapped or missing cell and
keeping the one whose values fit their columns best (digits under NIK / RT / No. HP, a date
under Tgl Lahir, words under Nama / Alamat).

`vertical_table(text, line_start, line_end)` gives the header cells and the rows' lines; the
columns are then typed and read like any other table (tables.py).
"""

import re
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import chain

MAX_CELL = 48
MAX_HEADER_LINES = 40
MAX_EXTRA = 3  # lines of one wrapped cell beyond its first
ROW_NUMBER = re.compile(r"[\x20\t]*([0-9]{1,4})\.?[\x20\t\r]*")
NO_HEADER = re.compile(r"[\x20\t]*(?:no|no\.|nomor|nomor\s+urut|#|urut)[\x20\t\r]*", re.I)
TWO_DIGITS = re.compile(r"[0-9].*[0-9]")
DATE_LIKE = re.compile(
    r"[0-9]{1,4}[\-/.\x20][0-9IVXivx]{1,4}[\-/.\x20][0-9]{2,4}|[0-9]{1,2}\x20?[A-Za-z]{3}"
    r"|[A-Za-z]{3}[a-z]*\.?\x20[0-9]{1,2},?\x20[0-9]{4}"
)

Span = tuple[int, int]


def lines_between(text: str, start: int, limit: int) -> Iterator[Span]:
    """(start, end) of the lines from `start`, at most `limit` of them (lazily)."""
    size = len(text)
    while start < size and limit > 0:
        end = text.find("\n", start)
        end = size if end < 0 else end
        yield start, end
        start = end + 1
        limit -= 1


def header_like(text: str, start: int, end: int) -> bool:
    value = text[start:end].strip()
    return (
        0 < len(value) <= MAX_CELL
        and value.count(" ") <= 5
        and not TWO_DIGITS.search(value)
        and ":" not in value  # "Nama : Budi" is a field, not a header cell
        and ROW_NUMBER.fullmatch(value) is None
    )


def row_number(text: str, span: Span) -> int | None:
    match = ROW_NUMBER.fullmatch(text, *span)
    return int(match.group(1)) if match else None


def vertical_table(
    text: str, line_start: int, line_end: int, kind_of: Callable[[str], str | None]
) -> tuple[list[Span], list[str | None], list[list[Span]], int] | None:
    """(header cells, their kinds - `kind_of` a cell's text -, rows - each the lines after its
    number -, end of the table) when the line at line_start..line_end is a cell of a
    one-cell-per-line header; else None."""
    if not header_like(text, line_start, line_end):
        return None
    # back over the header lines before this one
    header = [(line_start, line_end)]
    position = line_start
    while position > 0 and len(header) < MAX_HEADER_LINES:
        previous = text.rfind("\n", 0, position - 1) + 1
        if not header_like(text, previous, position - 1):
            break
        header.insert(0, (previous, position - 1))
        position = previous
    # forward to the row number 1
    first_row = None
    for span in lines_between(text, line_end + 1, MAX_HEADER_LINES):
        if span[1] == span[0] or text[span[0] : span[1]].isspace():
            continue  # a blank line between the header and the rows
        if row_number(text, span) == 1:
            first_row = span
            break
        if not header_like(text, *span):
            return unnumbered(text, header, span, kind_of)
        header.append(span)
    if first_row is None or len(header) < 3:
        return None
    numbered = [index for index, span in enumerate(header) if NO_HEADER.fullmatch(text, *span)]
    kinds: list[str | None] = []
    if numbered:  # the header says how many cells a row has
        header = header[numbered[-1] + 1 :]
        kinds = [kind_of(text[a:b].strip()) for a, b in header]
    rows, end = number_rows(text, first_row, kinds)
    if len(rows) < 2:
        return None
    if not numbered:
        usual = Counter(len(row) for row in rows).most_common(1)[0][0]
        header = header[-(usual - 1) :] if usual > 1 else []
        kinds = [kind_of(text[a:b].strip()) for a, b in header]
    if len(header) < 2:
        return None
    return header, kinds, [row[1:] for row in rows], end


MIN_FIT = 0.4  # of the best score a row of the header's cells can reach ("belum ada" for a NIK)


def unnumbered(
    text: str, lines: list[Span], first: Span, kind_of: Callable[[str], str | None]
) -> tuple[list[Span], list[str | None], list[list[Span]], int] | None:
    """A one-cell-per-line table without a number column (a PDF viewer's copy of a table, a
    DOCX table read cell by cell): rows of exactly as many lines as the header has cells, while
    each row's values fit their columns. `lines`: the short lines up to `first`, the first line
    that is no header cell; the first values of the first row (a name) may be among them, so
    each split of `lines` into header and first values is tried and the one giving the most
    fitting rows kept."""
    if any(NO_HEADER.fullmatch(text, *span) for span in lines):
        return None  # a numbered table (a page that goes on from the previous page's rows)
    best: tuple[int, float, int] | None = None  # rows, fit, split
    for split in range(max(3, len(lines) - 4), len(lines) + 1):
        header = lines[:split]
        kinds = [kind_of(text[a:b].strip()) for a, b in header]
        rows, score = fixed_rows(text, lines[split:], first, kinds)
        if len(rows) >= 2 and (best is None or (len(rows), score) > best[:2]):
            best = (len(rows), score, split)
    if best is None:
        return None
    header = lines[: best[2]]
    kinds = [kind_of(text[a:b].strip()) for a, b in header]
    rows, _ = fixed_rows(text, lines[best[2] :], first, kinds)
    return header, kinds, rows, rows[-1][-1][1]


def fixed_rows(
    text: str, head: list[Span], first: Span, kinds: list[str | None]
) -> tuple[list[list[Span]], float]:
    """Rows of len(kinds) lines from the `head` lines then the lines from `first`, while each
    fits its columns (at least MIN_FIT of the best score); (rows, their total fit)."""
    size = len(kinds)
    typed = sum(kind in NUMBER_COLUMNS or kind in ("birth", "other_date") for kind in kinds)
    if size < 3 or typed < 2:
        return [], 0.0
    most = sum(
        1 if kind in NUMBER_COLUMNS or kind in ("birth", "other_date") else 0.5
        for kind in kinds
        if kind in NUMBER_COLUMNS
        or kind in ("birth", "other_date", "address_part")
        or kind in WORD_COLUMNS
    )
    rows: list[list[Span]] = []
    total = 0.0
    row: list[Span] = []
    for span in chain(head, lines_between(text, first[0], 20_000)):
        if span[1] - span[0] > 300 or not text[span[0] : span[1]].strip():
            break
        row.append(span)
        if len(row) == size:
            score = fit(text, list(enumerate(row)), kinds)
            if score < MIN_FIT * most or misfits(text, row, kinds) > 1:
                break
            rows.append(row)
            total += score
            row = []
    return rows, total


def misfits(text: str, row: list[Span], kinds: list[str | None]) -> int:
    """Cells of a row's number and date columns that hold no number or date; a date column
    without a date counts twice (a letter's closing lines after the last row)."""
    count = 0
    for (start, end), kind in zip(row, kinds, strict=True):
        value = text[start:end]
        if kind in NUMBER_COLUMNS:
            count += sum(map(str.isdigit, value)) <= sum(map(str.isalpha, value))
        elif kind == "birth" and not DATE_LIKE.search(value):
            count += 2
    return count


def number_rows(
    text: str, first_row: Span, kinds: list[str | None]
) -> tuple[list[list[Span]], int]:
    """The rows from the line holding 1, each the lines from its number to the next number.
    A cell may hold the next row's number too (an RT of 2): with the header's `kinds`, the
    candidate whose row fits the columns best is taken (rows have len(kinds) lines after
    their number, one more or one fewer for a wrapped or an empty cell); without them, the
    first one at least three lines on. Ends at a long line or a blank line not followed by a
    row number (one blank line between rows is skipped); the last row has the usual length."""
    lines: list[Span] = []
    blank = False
    for span in lines_between(text, first_row[0], 20_000):
        if span[1] - span[0] > 300:
            break
        if not text[span[0] : span[1]].strip():
            if blank:
                break
            blank = True  # one blank line between rows, if a row number follows
            continue
        if blank and row_number(text, span) is None:
            break
        blank = False
        lines.append(span)
    least = max(2, len(kinds)) if kinds else 3
    most = len(kinds) + 1 + MAX_EXTRA if kinds else 60
    starts = [0]
    expected = 2
    while True:
        previous = starts[-1]
        candidates = [
            index
            for index in range(previous + least, min(len(lines), previous + most + 1))
            if row_number(text, lines[index]) == expected
        ]
        if not candidates:
            break
        if kinds and len(candidates) > 1:
            best = max(
                candidates,
                key=lambda index: fit(
                    text, aligned(text, lines[previous + 1 : index], kinds), kinds
                ),
            )
        else:
            best = candidates[0]
        starts.append(best)
        expected += 1
    rows = [lines[a:b] for a, b in zip(starts, starts[1:], strict=False)]
    if not rows:
        return [], first_row[1]
    usual = Counter(len(row) for row in rows).most_common(1)[0][0]
    last = lines[starts[-1] : starts[-1] + usual]
    rows.append(last)
    return rows, last[-1][1]


def aligned(text: str, lines: list[Span], kinds: list[str | None]) -> list[tuple[int, Span]]:
    """(column, cell) of a row's lines: one line a cell when the counts agree; else the
    alignment whose cells fit their columns best (one wrapped or one missing cell)."""
    count, columns = len(lines), len(kinds)
    if count == columns:
        return list(enumerate(lines))
    best: list[tuple[int, Span]] = []
    best_score = None
    if count > columns and count - columns <= MAX_EXTRA:
        extra = count - columns
        for wrapped in range(columns):
            cells = [
                *enumerate(lines[:wrapped]),
                (wrapped, (lines[wrapped][0], lines[wrapped + extra][1])),
                *((index, lines[index + extra]) for index in range(wrapped + 1, columns)),
            ]
            score = fit(text, cells, kinds) + (0.25 if kinds[wrapped] in LONG_COLUMNS else 0)
            if best_score is None or score > best_score:
                best, best_score = cells, score
    elif 0 < count < columns and columns - count <= 2:
        missing = columns - count
        for empty in range(count + 1):
            cells = [
                *enumerate(lines[:empty]),
                *((index + missing, lines[index]) for index in range(empty, count)),
            ]
            score = fit(text, cells, kinds)
            if best_score is None or score > best_score:
                best, best_score = cells, score
    return best


NUMBER_COLUMNS = frozenset({"nik", "kk", "npwp", "bpjs", "bank", "kks", "phone", "amount"})
LONG_COLUMNS = frozenset({"address", "address_part", "locality"})  # what wraps, on a tie
WORD_COLUMNS = frozenset({"name", "address", "locality", None})


def fit(text: str, cells: list[tuple[int, Span]], kinds: list[str | None]) -> float:
    """How well the cells fit their columns (higher is better; a column without a cell costs)."""
    score = -0.5 * (len(kinds) - len(cells))
    for index, (start, end) in cells:
        kind = kinds[index]
        value = text[start:end]
        digits = sum(map(str.isdigit, value))
        letters = sum(map(str.isalpha, value))
        if kind in NUMBER_COLUMNS:
            score += 1 if digits > letters else -1 if letters > 1 else 0
        elif kind in ("birth", "other_date"):
            score += 1 if DATE_LIKE.search(value) else -1
        elif kind == "address_part":
            score += 0.5 if value.strip() else 0
        elif kind in WORD_COLUMNS:
            score += 0.5 if letters > digits else -0.5 if digits > 3 else 0
    return score
