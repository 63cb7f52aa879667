"""Normalising a text before the detectors run, with a map back to the original offsets.

What people (and PDF, Word and spreadsheet exports) do to numbers and addresses that a detector
written for clean text would miss:
- invisible characters inside a value: zero-width space / joiner / non-joiner, word joiner, BOM,
  soft hyphen (deleted);
- no-break, thin and other Unicode spaces (written " "); Unicode dashes ("-"); middle dots and
  bullets between digits (".");
- box-drawing characters (a Word or spreadsheet table pasted as text: `│ cell │`, `┃`, `║`,
  `├───┼───┤`) and other vertical bars (`¦`, `‖`): vertical lines written "|" (the cell
  separator of tables.py), horizontal
  lines "-" and corners / junctions "+", so such a table is parsed as a pipe table under its
  header and every column keeps its type;
- digits of other scripts and full-width forms (０８１２, Arabic-Indic ...): ASCII digits;
  full-width letters and "@": ASCII;
- HTML markup between digits: 31710147<b>0885</b>0003 (the tags deleted);
- a number broken over a line (3171014708\n850003, +628829\n7390068): joined when the two parts
  make a NIK / No. KK (16 digits with a valid area code and date) or a phone number;
- a digit every space, as OCR writes it (6 2 8 5 2 4 7 7 0 2 9 4 9): collapsed when 10 or more;
- OCR's letters for digits inside a number (O / o for 0, I / l / i for 1, S for 5, B for 8,
  Z for 2, G for 6) and a stray space in it: 3372012303 45O003 written 3372012303450003 when
  the result is a NIK / No. KK (16 digits with a valid area code and date) or a mobile number
  (08..., +62 8...); no letter is touched otherwise (dates: personal.ocr_date, after a birth
  label only);
- digit groups of a NIK / No. KK typed with two spaces between them in a chat
  (3520  1456  0256  0503): written without the spaces when the 16 digits make one;
- unusual separators between digit groups (_ / ,): written "-" when the groups make 16 digits
  or a phone number (0859/4465/265);
- e-mail addresses with spaces around "@" and "." (nama @ gmail . com) or a comma before the
  top-level domain (nama@gmail,com): written as the address;
- digits written one a box, as on a paper form (|0|2|1|2|1|9|6|4|, a NIK in 16 boxes, a box
  holding "-" or "/" between the parts of a date): the digits written together;
- URL-encoded characters of a query string or a form post (nama%40outlook.com,
  tgl_lahir=13%2F12%2F1957, hp=%2B6281..., Dusun%20Krajan): "@" between an address's parts,
  "/" between digits, "+" before digits, a space or a comma between words or digits;
- a date glued to the number of the next cell, as a PDF's row comes out when two cells touch
  (17-08-19853171014708850003, 17 Agustus 1985081234567890, and the other way round:
  317101470885000317-08-1985): a space is put between them when the digits besides the date's
  make a NIK / No. KK, a NIP, a mobile number, a BPJS card (000...) or an NPWP.

`normalize(text)` returns None when there is nothing to change (the common case: one pass of
cheap checks), else a `Normalized` whose `span(start, end)` maps a range of the normalised text
back to the original: a finding's offsets always index the text that was given.
"""

import re
import string
import unicodedata
from bisect import bisect_right

from .dates import DATE, MONTHS, from_match
from .fold import DIGIT, DIGIT_TABLE, Views
from .native import Prefiltered
from .structure import is_nip, nik_and_kk, npwp_check

ZERO_WIDTH = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
SPACES = "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
DOTS = "\u00b7\u2022\u2027\u2219\u22c5\u30fb"
BOX_VERTICAL = "\u2502\u2503\u2506\u2507\u250a\u250b\u254e\u254f\u2551\u2575\u2577\u2579\u257b"
BOX_HORIZONTAL = "\u2500\u2501\u2504\u2505\u2508\u2509\u254c\u254d\u2550\u2574\u2576\u2578\u257a"
# broken bar, double vertical line, divides: a table's cell separator in some exports
OTHER_VERTICAL = "\u00a6\u2016\u2223\u2225"
NON_ASCII = re.compile(r"[^\x00-\x7f]")
INVISIBLE = re.compile(f"[{ZERO_WIDTH}]+")

INLINE_TAG = (
    r"</?(?:b|i|u|em|strong|span|font|small|big|sup|sub|mark|s|strike|ins|del|a)\b[^<>]{0,120}>"
)
TAGS_BETWEEN_DIGITS = re.compile(
    rf"<(?<=[0-9]<)(?:/?[A-Za-z][^<>]{{0,120}}>)(?:{INLINE_TAG})*(?=[0-9])"
)
TAG_NAME = re.compile(
    r"</?(b|i|u|em|strong|span|font|small|big|sup|sub|mark|s|strike|ins|del|a)\b"
)
# Searched on the digit view (fold.Views.digits: every digit is 0x1f) with a literal prefix.
# A line break after four digits, "<digits>-" or "<digits>\r": one pass from each line break
# (the three are told apart by the byte before it, so they never find the same one). Only
# before what line_break_edits reads on: a digit, a space or a tab; b"?" is any non-ASCII
# character (a Unicode digit) and b" " a no-break space too.
LINE_BREAK = re.compile(
    rb"\n(?=[\x1f\x20\t?])"
    rb"(?:(?<=\x1f\x1f\x1f\x1f\n)|(?<=\x1f\x1f\x1f\x1f-\n)|(?<=\x1f\x1f\x1f\x1f\r\n))"
)
# "6013-0135- 6732-6481": a space (often a no-break one) after a group separator
SEPARATOR_SPACE = Prefiltered(
    re.compile(rb"-\x20+(?<=\x1f-\x20)(?=\x1f{3})"), rb"-\x20+\x1f\x1f\x1f"
)
OCR_DIGITS = b"\x1f\x20\x1f\x20\x1f\x20\x1f\x20\x1f"  # bytes.find: 2x cheaper than a regex pass
# A confusable letter next to two digits: OCR_LETTER's matches on the digit view are found with
# bytes.find on OCR_VIEW (the letters as 0x1e, digits kept, everything else 0x00), see
# ocr_letter_hits: a regex starting with two digits stops at every digit of a dense text.
OCR_LETTER = re.compile(rb"\x1f\x1f(?:(?=[OolIiSBZG])|(?<=[OolIiSBZG]\x1f\x1f))")
OCR_VIEW = bytes(
    0x1E if byte in b"OolIiSBZG" else 0x1F if byte == DIGIT else 0 for byte in range(256)
)
OCR_TOKEN = re.compile(
    r"(?<![0-9A-Za-z])\+?[0-9OolIiSBZG](?:[0-9OolIiSBZG]|[\x20.\-](?=[0-9OolIiSBZG])){9,21}"
    r"(?![0-9A-Za-z])"
)
OCR_TABLE = str.maketrans("OoIliSBZG", "001115826")
OCR_SEPARATORS = str.maketrans("", "", " .-+")
# a group of four digits, two spaces, a digit (on the digit view; three spaces is the gap
# of fixed-width tables, far more often than a typing slip)
WIDE_GAPS = (b"\x1f\x1f\x1f\x1f\x20\x20\x1f",)
WIDE_GROUPS = re.compile(r"(?<![0-9A-Za-z.\-])[0-9]{4}(?:\x20{1,3}[0-9]{4}){3}(?![0-9A-Za-z])")
OCR_RUN = re.compile(r"(?<![0-9A-Za-z])\+?[0-9](?:\x20[0-9]){9,17}(?![0-9A-Za-z])")
ODD_SEPARATORS = tuple(
    Prefiltered(re.compile(rb"\x1f\x1f\x1f" + sep + rb"\x1f{3,}" + sep + rb"\x1f"))
    for sep in (b"_", b"/", b",")
)
GROUPS = re.compile(r"\+?[0-9]+(?:([_/,])[0-9]+)*")
GROUP_SEPARATOR = re.compile(r"[\-.]")
AT = "@"
SPACED_EMAIL = re.compile(
    r"(?P<local>[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63})\x20*@\x20*"
    r"(?P<domain>[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\x20*[.,]\x20*[A-Za-z0-9][A-Za-z0-9\-]{0,62}){1,4})"
    r"(?![A-Za-z0-9\-])"
)
# A space next to the "@", or a comma inside the domain: worth a closer look (email_hints).
COMMA_DOMAIN = re.compile(
    r"@[A-Za-z0-9.\-]{1,60},\x20?(?:com|co|id|net|org)(?![A-Za-z0-9])", re.IGNORECASE
)
TLDS = frozenset({"com", "id", "net", "org", "co", "ac", "go", "sch", "info", "biz", "me", "io"})


def translation() -> dict[int, str]:
    table = {ord(char): " " for char in SPACES}
    table.update({ord(char): "-" for char in DASHES})
    table.update({ord(char): "." for char in DOTS})
    table.update(dict.fromkeys(range(0x2500, 0x2580), "+"))  # corners, junctions
    table.update({ord(char): "|" for char in BOX_VERTICAL + OTHER_VERTICAL})
    table.update({ord(char): "-" for char in BOX_HORIZONTAL})
    table.update({0xFF01 + i: chr(0x21 + i) for i in range(0x5E)})  # full-width ASCII
    return table


TRANSLATION = translation()


class Normalized:
    """The normalised text and the pieces it was built from: (normalised start, original start,
    original end, same length)."""

    def __init__(self, original: str, edits: list[tuple[int, int, str]]):
        pieces: list[str] = []
        self.starts: list[int] = []  # normalised start of each piece
        self.origins: list[tuple[int, int, bool]] = []  # original start, end, copied 1:1
        # what each piece is: the original range it copies, or its replacement text
        self.pieces: list[tuple[int, int] | str] = []
        position = size = 0
        for start, end, replacement in sorted(edits):
            if start < position:
                continue  # overlapping edits: the first wins
            if start > position:
                self._piece(pieces, original[position:start], position, start, True, size)
                self.pieces.append((position, start))
                size += start - position
            if replacement:
                same = len(replacement) == end - start
                self._piece(pieces, replacement, start, end, same, size)
                self.pieces.append(replacement)
                size += len(replacement)
            position = end
        if position < len(original):
            self._piece(pieces, original[position:], position, len(original), True, size)
            self.pieces.append((position, len(original)))
        self.text = "".join(pieces)
        self.size = len(original)

    def _piece(self, pieces: list[str], text: str, start: int, end: int, same: bool, at: int):
        pieces.append(text)
        self.starts.append(at)
        self.origins.append((start, end, same))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original range of the normalised text[start:end]."""
        starts, last = self.starts, end - 1
        index = bisect_right(starts, start) - 1
        if (
            index >= 0
            and starts[index] <= last
            and (index + 1 == len(starts) or last < starts[index + 1])
        ):
            origin_start, origin_end, same = self.origins[index]  # one piece holds the range
            if not same:
                return origin_start, origin_end
            shift = origin_start - starts[index]
            return start + shift, end + shift
        return self._at(start, False), self._at(last, True)

    def _at(self, position: int, is_end: bool) -> int:
        index = bisect_right(self.starts, position) - 1
        if index < 0:
            return 0
        origin_start, origin_end, same = self.origins[index]
        if same:
            return origin_start + (position - self.starts[index]) + is_end
        return origin_end if is_end else origin_start


def normalize(views: Views) -> Normalized | None:
    """The normalised text of `views.text`, or None when nothing needs changing. The views'
    bytes (one byte per character) let every pass start from a literal-prefix search."""
    text, digits = views.text, views.digits
    edits: list[tuple[int, int, str]] = []
    working = text
    if not views.ascii:
        replaced = same_length_edits(text, views.cased)
        if replaced:  # 1:1 replacements: the working text keeps every offset
            edits += replaced
            working = apply(text, replaced)
            digits = working.encode("ascii", "replace").translate(DIGIT_TABLE)
        if any(char in working for char in ZERO_WIDTH):
            edits += [(m.start(), m.end(), "") for m in INVISIBLE.finditer(working)]
    if "<" in working:
        edits += tag_edits(working)
    edits += line_break_edits(working, digits)
    edits += [(m.start() + 1, m.end(), "") for m in SEPARATOR_SPACE.finditer(digits)]
    edits += ocr_edits(working, digits)
    edits += ocr_letter_edits(working, digits)
    edits += separator_edits(working, digits)
    edits += wide_group_edits(working, digits)
    edits += box_edits(working, digits)
    if "%" in working:  # URL encoding
        edits += percent_edits(working)
    if AT in working:
        edits += email_edits(working)
    edits += glued_date_edits(working, digits)
    if not edits:
        return None
    return Normalized(text, merge_same_length(text, working, edits))


REPLACEMENTS: dict[str, str | None] = {}


def replacement(char: str) -> str | None:
    """The ASCII character a non-ASCII one stands for here, or None (cached)."""
    if char not in REPLACEMENTS:
        mapped = TRANSLATION.get(ord(char))
        if mapped is None and unicodedata.category(char) == "Nd":
            mapped = str(unicodedata.digit(char))
        REPLACEMENTS[char] = mapped
    return REPLACEMENTS[char]


def same_length_edits(text: str, cased: bytes) -> list[tuple[int, int, str]]:
    """(position, position + 1, ASCII character) for each non-ASCII character to replace.
    They are found where the ASCII view `cased` holds b"?" (bytes.find: non-ASCII characters
    are rare in Indonesian office text, a regex over a non-ASCII str is slow). Adjacent
    replacements are one edit (a box-drawing border is hundreds of characters)."""
    edits: list[tuple[int, int, str]] = []
    digits = cased
    position = digits.find(b"?")
    while position >= 0:
        char = text[position]
        if char != "?":
            mapped = replacement(char)
            if mapped is not None:
                if edits and edits[-1][1] == position:
                    start, _, value = edits[-1]
                    edits[-1] = (start, position + 1, value + mapped)
                else:
                    edits.append((position, position + 1, mapped))
        position = digits.find(b"?", position + 1)
    return edits


def apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    pieces, position = [], 0
    for start, end, value in edits:
        pieces.append(text[position:start])
        pieces.append(value)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def merge_same_length(
    text: str, working: str, edits: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Edits found on the working text are edits of the original too (the working text only
    differs by same-length replacements); drop edits nested in others."""
    edits.sort(key=lambda edit: (edit[0], -(edit[1] - edit[0]), len(edit[2])))  # deletions win
    result: list[tuple[int, int, str]] = []
    end = -1
    for edit in edits:
        if edit[0] < end:
            continue
        result.append(edit)
        end = max(end, edit[1])
    return result


def tag_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for match in TAGS_BETWEEN_DIGITS.finditer(text):
        tags = match.group()
        names = TAG_NAME.findall(tags)
        if names and len(names) == tags.count("<"):
            edits.append((match.start(), match.end(), ""))
    return edits


# The ASCII digits of a run, as one regex call (a Python loop per digit costs ~10x more); a
# run backwards is looked for within DIGIT_REACH characters, the loop going on past them and
# over any other character str.isdigit accepts (Unicode digits, superscripts).
ASCII_DIGITS = re.compile(r"[0-9]*")
ASCII_DIGITS_BEFORE = re.compile(r"[0-9]*+\Z")
DIGIT_REACH = 24


def digit_run(text: str, position: int, step: int) -> int:
    """The end (step 1) or start (step -1) of the digit run (str.isdigit) at `position`."""
    if step > 0:
        position = ASCII_DIGITS.match(text, position).end()
        while position < len(text) and text[position].isdigit():
            position += 1
        return position
    position = ASCII_DIGITS_BEFORE.search(text, max(0, position - DIGIT_REACH), position).start()
    while position > 0 and text[position - 1].isdigit():
        position -= 1
    return position


def line_break_edits(text: str, digits: bytes) -> list[tuple[int, int, str]]:
    edits = []
    for match in LINE_BREAK.finditer(digits):
        brk = match.start()
        if brk + 1 >= len(text) or not (text[brk + 1].isdigit() or text[brk + 1] in " \t"):
            continue
        left_end = brk - (text[brk - 1] == "\r")
        hyphen = text[left_end - 1] == "-"
        left_digits_end = left_end - hyphen
        left_start = digit_run(text, left_digits_end, -1)
        while left_start >= 2 and text[left_start - 1] in "-." and text[left_start - 2].isdigit():
            left_start = digit_run(text, left_start - 1, -1)  # a grouped number: 6013-0184-
        right_start = brk + 1
        while right_start < len(text) and text[right_start] in " \t":
            right_start += 1
        right_end = digit_run(text, right_start, 1)
        while (
            right_end + 1 < len(text) and text[right_end] in "-." and text[right_end + 1].isdigit()
        ):
            right_end = digit_run(text, right_end + 1, 1)
        left = "".join(filter(str.isdigit, text[left_start:left_digits_end]))
        right = "".join(filter(str.isdigit, text[right_start:right_end]))
        if not left or not right or (right_end < len(text) and text[right_end].isalnum()):
            continue
        if left_start and (text[left_start - 1].isalnum() and text[left_start - 1] != "+"):
            continue
        plus = text[left_start - 1 : left_start] == "+"
        sixteen = len(left) + len(right) == 16
        if not (sixteen or plus or left.startswith(("08", "628"))):
            continue  # neither 16 digits nor a phone number: joined_number says no
        grouped = False
        if sixteen:
            left_token = text[left_start:left_end]  # with its trailing "-", if any
            groups = GROUP_SEPARATOR.split(left_token.rstrip("-"))
            # grouped by four (6013-0184-): a card number; not a date (22-06-1980) above another
            grouped = len(groups) > 1 and all(len(group) == 4 for group in groups)
        if joined_number(left, right, plus, grouped):
            edits.append((left_end, right_start, ""))
    return edits


def joined_number(left: str, right: str, plus: bool, grouped: bool = False) -> bool:
    digits = left + right
    if len(digits) == 16 and len(left) < 16:
        # a 4-4-4-4 card number broken at a group (6013-0184-\n2510-2334), or a NIK / KK
        quartets = grouped and len(left) % 4 == 0 and left[0] != "0"
        return quartets or any(nik_and_kk(digits))
    if plus or left.startswith(("08", "628")):
        national = digits[2:] if (plus or digits.startswith("62")) else digits[1:]
        return 9 <= len(national) <= 12 and len(left) < len(digits) - 2
    return False


def ocr_edits(text: str, digits: bytes) -> list[tuple[int, int, str]]:
    edits = []
    done = -1
    for start in ocr_digit_starts(digits):
        if start < done:
            continue
        low = max(0, start - 40)
        for run in OCR_RUN.finditer(text, low, start + 40):
            if run.start() <= start < run.end():
                edits.append((run.start(), run.end(), run.group().replace(" ", "")))
                done = run.end()
                break
        else:
            done = start + 1
    return edits


def ocr_digit_starts(digits: bytes) -> list[int]:
    """Where OCR_DIGITS occurs in `digits`, leftmost first and not overlapping (as a regex's
    finditer would find it)."""
    starts = []
    position = digits.find(OCR_DIGITS)
    while position >= 0:
        starts.append(position)
        position = digits.find(OCR_DIGITS, position + len(OCR_DIGITS))
    return starts


def ocr_letter_edits(text: str, digits: bytes) -> list[tuple[int, int, str]]:
    """OCR's letters inside a NIK / No. KK or a mobile number, and a stray space in it."""
    edits = []
    done = -1
    for hit in ocr_letter_hits(digits):
        if hit < done:
            continue
        for token in OCR_TOKEN.finditer(text, max(0, hit - 24), hit + 26):
            if token.start() <= hit < token.end():
                done = token.end()
                edit = ocr_letter_edit(token.group())
                if edit is not None:
                    edits.append((token.start(), token.end(), edit))
                break
    return edits


def ocr_letter_hits(digits: bytes) -> list[int]:
    """The starts of OCR_LETTER.finditer(digits): two digits with a confusable letter right
    after or right before them, leftmost first and not overlapping (each match is two bytes)."""
    view = digits.translate(OCR_VIEW)
    starts = []
    for needle, shift in ((b"\x1f\x1f\x1e", 0), (b"\x1e\x1f\x1f", 1)):
        position = view.find(needle)
        while position >= 0:
            starts.append(position + shift)
            position = view.find(needle, position + 1)
    hits: list[int] = []
    for start in sorted(set(starts)):
        if not hits or start >= hits[-1] + 2:
            hits.append(start)
    return hits


def ocr_letter_edit(value: str) -> str | None:
    """The number OCR's `value` stands for, or None when it is not one (a word, a code)."""
    mapped = value.translate(OCR_TABLE)
    if mapped == value:
        return None
    letters = sum(a != b for a, b in zip(value, mapped, strict=True))
    number = mapped.translate(OCR_SEPARATORS)
    if letters > 3 or len(number) - letters < 10:
        return None
    separators = len(mapped) - len(number) - value.startswith("+")
    if len(number) == 16 and any(nik_and_kk(number)):
        return number if separators <= 1 else mapped  # a stray space, or the usual groups
    mobile = number.startswith("08") or (number.startswith("628") and "+" in value[:1])
    if mobile and 10 <= len(number) <= 14:
        return mapped
    return None


def separator_edits(text: str, digits: bytes) -> list[tuple[int, int, str]]:
    edits = []
    done = -1
    matches = sorted(
        match.start() + 3 for pattern in ODD_SEPARATORS for match in pattern.finditer(digits)
    )
    for position in matches:
        if position < done:
            continue
        start = digit_run(text, position, -1)
        if start and text[start - 1] == "+":
            start -= 1
        token = GROUPS.match(text, start)
        if token is None:
            continue
        done = token.end()
        if start and (text[start - 1].isalnum() or text[start - 1] in "/_,.-"):
            continue
        if token.end() < len(text) and (text[token.end()].isalnum() or text[token.end()] in "/_"):
            continue
        value = token.group()
        digits = value.replace(token.group(1) or "", "").lstrip("+")
        phone = value.startswith(("08", "+62", "628")) and 10 <= len(digits) <= 14
        if (len(digits) == 16 and any(nik_and_kk(digits))) or phone:
            edits.append((token.start(), token.end(), value.replace(token.group(1), "-")))
    return edits


def wide_group_edits(text: str, digits: bytes) -> list[tuple[int, int, str]]:
    """A NIK / No. KK typed in groups of four, two spaces apart at least once (3520  1456  0256
    0503, as in a chat). Fixed-width tables also put wide gaps between numbers: kept only
    when the 16 digits make a NIK / No. KK."""
    hits = []
    for gap in WIDE_GAPS:
        position = digits.find(gap)
        while position >= 0:
            hits.append(position + 4)
            position = digits.find(gap, position + 4)
    if not hits:
        return []
    edits = []
    done = -1
    for position in sorted(hits):
        if position < done:
            continue
        low = max(0, position - 25)
        for token in WIDE_GROUPS.finditer(text, low, position + 25):
            if token.start() <= position < token.end():
                done = token.end()
                number = token.group().replace(" ", "")
                if any(nik_and_kk(number)):
                    edits.append((token.start(), token.end(), number))
                break
    return edits


def email_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for position in email_hints(text):
        low = max(0, position - 70)
        for match in SPACED_EMAIL.finditer(text, low, position + 120):
            if match.start() <= position < match.end():
                edit = email_edit(match)
                if edit:
                    edits.append(edit)
                break
    return edits


def email_hints(text: str) -> list[int]:
    """Positions of the "@"s with a space before or after them, or a comma in the domain
    (COMMA_DOMAIN), in order: one str.find per "@" (e-mail addresses are frequent, spaced ones
    rare), where a regex per hint would pass over the whole text each."""
    hints = []
    position = text.find(AT)
    while position >= 0:
        if (
            text[position - 1 : position] == " "
            or text[position + 1 : position + 2] == " "
            or COMMA_DOMAIN.match(text, position)
        ):
            hints.append(position)
        position = text.find(AT, position + 1)
    return hints


DOMAIN_SEPARATOR = re.compile(r"\x20*[.,]\x20*")


def email_edit(match: re.Match) -> tuple[int, int, str] | None:
    raw = match.group()
    domain = match.group("domain")
    separators = list(DOMAIN_SEPARATOR.finditer(domain))
    parts = DOMAIN_SEPARATOR.split(domain)
    end = match.end()
    # "nova @ icloud . com,0877...": the comma ends a CSV cell, the next cell is no label
    while len(parts) > 2 and parts[-1].lower() not in TLDS and "," in separators[-1].group():
        end = match.start("domain") + separators.pop().start()
        parts.pop()
        raw = match.string[match.start() : end]
    if " " not in raw and "," not in match.string[match.start("domain") : end]:
        return None  # already a plain address
    if "," in match.string[match.start("domain") : end] and parts[-1].lower() not in TLDS:
        return None  # "budi@gmail.com,Budi": a CSV cell edge, not a comma for a dot
    if not parts[-1].isalpha() or parts[-1].lower() not in TLDS:
        return None  # "dpmd@klatenkab.go.id. Pengaduan": a sentence goes on after the address
    if any(part != part.lower() and part != part.upper() for part in parts[1:]):
        return None
    local = match.group("local")
    start = match.start()
    return start, end, f"{local}@{'.'.join(parts)}"


# URL encoding, only where it stands for a character of a personal value (a "%" in prose, "50%
# 2024", is left alone): "@" inside an address, "/" between digits, "+" before digits, a space
# or a comma between letters or digits. Found from each "%" (a literal first byte), the
# characters around it checked in Python.
PERCENT = re.compile(r"%(?:40|2[FfBbCc0])")
PERCENT_CHARS = {"40": "@", "2f": "/", "2b": "+", "20": " ", "2c": ","}
LOCAL_END = frozenset(string.ascii_letters + string.digits + "._-")
WORD_END = frozenset(string.ascii_letters + string.digits + ".,")


def percent_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    size = len(text)
    for match in PERCENT.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < size else ""
        char = PERCENT_CHARS[match.group()[1:].lower()]
        if not after.isascii() or not after.isalnum():
            continue
        if (
            (char == "@" and before in LOCAL_END)
            or (char == "/" and before.isdigit() and after.isdigit())
            or (char == "+" and after.isdigit())
            or (char in " ," and before in WORD_END)
        ):
            edits.append((start, end, char))
    return edits


# One digit a box (a paper form's boxes typed as text): on the digit view, three boxes found with
# bytes.find, then the whole run read on the text.
BOXES = b"|\x1f|\x1f|\x1f|"
BOX_RUN = re.compile(r"\|(?:[0-9\-/.]\|){6,24}")


def box_edits(text: str, digits: bytes) -> list[tuple[int, int, str]]:
    edits = []
    position = digits.find(BOXES)
    done = -1
    while position >= 0:
        if position >= done:
            start = position
            while start >= 2 and text[start - 1] in "0123456789-/." and text[start - 2] == "|":
                start -= 2  # the run may begin with a box of a separator
            run = BOX_RUN.match(text, start)
            if run is not None:
                value = run.group().replace("|", "")
                if sum(char.isdigit() for char in value) >= 6:
                    edits.append((run.start() + 1, run.end() - 1, value))  # outer edges kept
                done = run.end()
        position = digits.find(BOXES, position + 2)
    return edits


# On the digit view, a run of 14 digits or more (a year and a number of 10 digits or more, or
# a number and the day of the month): one bytes.find pass, each run then looked at from its
# ends.
GLUED_RUN = b"\x1f" * 14
DIGIT_RUN = re.compile(rb"\x1f+")
YEAR_STARTS = frozenset({"19", "20"})
DATE_SEPARATORS = frozenset(b"-/.")


def glued_date_edits(text: str, digits: bytes) -> list[tuple[int, int, str]]:
    """A space between a date and a number glued to it (a PDF's cells with no gap between
    them): after the year (17-08-19853171014708850003) or before the day
    (317101470885000317-08-1985)."""
    edits = []
    size = len(digits)
    position = digits.find(GLUED_RUN)
    while position >= 0:
        end = DIGIT_RUN.match(digits, position).end()
        if text[position : position + 2] in YEAR_STARTS:
            before = digits[position - 1] if position else 0
            if (
                (before in DATE_SEPARATORS or (before == 0x20 and after_month(text, position - 1)))
                and date_ends_at(text, position + 4)
                and glued_number(text[position + 4 : end])
            ):
                edits.append((position + 4, position + 4, " "))
                position = digits.find(GLUED_RUN, end)
                continue
        if end < size and digits[end] in DATE_SEPARATORS:
            for day in (end - 2, end - 1):
                if date_starts_at(text, day) and glued_number(text[position:day]):
                    if position == 0 or not text[position - 1].isalnum():
                        edits.append((day, day, " "))
                    break
        position = digits.find(GLUED_RUN, end)
    return edits


def after_month(text: str, space: int) -> bool:
    """Whether the space at `space` follows a month's name (Agustus, Agt., Aug): not "NIP"."""
    end = space - (text[space - 1 : space] == ".")
    start = end
    while start > end - 9 and start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower() in MONTHS


def date_ends_at(text: str, end: int) -> bool:
    """Whether a date (dates.DATE, with a four-digit year) ends at `end`."""
    window = text[max(0, end - 20) : end] + " "
    return any(
        match.end() == len(window) - 1 and from_match(match) is not None
        for match in DATE.finditer(window)
    )


def date_starts_at(text: str, start: int) -> bool:
    match = DATE.match(text[start : start + 12] + " ")
    return match is not None and match.group("d1") is not None and from_match(match) is not None


def glued_number(digits: str) -> bool:
    """Whether the digits glued to a date are an identifier or a phone number."""
    size = len(digits)
    if size == 16:
        return any(nik_and_kk(digits))
    if digits.startswith("08"):
        return 10 <= size <= 13
    if digits.startswith("628"):
        return 11 <= size <= 14
    if size == 18:
        return is_nip(digits)
    if size == 13:
        return digits.startswith("000")
    return size == 15 and npwp_check(digits)
