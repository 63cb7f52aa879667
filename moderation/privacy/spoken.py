"""Phone numbers a citizen disguised: spelled in words, half in words, or one digit per dot.

Under village-site news and in chat transcripts people write their number so that a harvester
does not read it: "nol delapan satu dua tiga ...", "kosong delapan lima dua ...", "0821 sembilan
sembilan tiga 84617", "0.8.1.3.2.2.4.5.6.7.8.9". A run of number words (Indonesian, with
"kosong" for zero) and digit groups, separated by spaces, commas, dots or dashes, is read as
the digits it spells; it is a phone number when those are a mobile number (08..., 628...,
+62 8..., 10 to 14 digits) and at least two of its parts are words (or every part is one
digit: the dotted form). The finding covers the run as written. BLOCK (0.8): nobody spells an
office's number to hide it.

Cost: bytes.find of four number words on the lower view (and of the dotted-digit shape on the
digit view); a regex only in a window around a hit. Known limit: a number half in words whose
words are none of nol / kosong / delapan / sembilan ("0852 tujuh satu dua 6644") is missed.
"""

import re

from .findings import Finding, Severity
from .fold import Views, register_words
from .masking import mask_value

WORDS = {
    "nol": "0", "kosong": "0", "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5",
    "enam": "6", "tujuh": "7", "delapan": "8", "lapan": "8", "sembilan": "9",
}  # fmt: skip
# A mobile number spelled out holds a zero (nol, kosong) and an eight (delapan); written half
# in words, it holds a word for a digit that is common in numbers. Each hint is one bytes.find
# over the text (~0.2 % of a scan): the other number words are no hints.
HINTS = (b"nol", b"kosong", b"delapan", b"sembilan")
register_words(HINTS)
TOKEN = r"(?:nol|kosong|satu|dua|tiga|empat|lima|enam|tujuh|delapan|lapan|sembilan|[0-9]{1,6})"  # noqa: S105
RUN = re.compile(
    rf"(?<![A-Za-z0-9])\+?{TOKEN}(?:[\x20,.\-]{{1,3}}{TOKEN}){{3,24}}(?![A-Za-z0-9])",
    re.IGNORECASE,
)
PART = re.compile(TOKEN, re.IGNORECASE)
DOTTED = b"\x1f.\x1f.\x1f.\x1f.\x1f"
REACH = 120


def find_spoken_phones(views: Views) -> list[Finding]:
    lower = views.lower
    hits = []
    for word in HINTS:
        hits += views.starts(word)
    position = views.digits.find(DOTTED)
    while position >= 0:
        hits.append(position)
        position = views.digits.find(DOTTED, position + 10)
    if not hits:
        return []
    hits.sort()
    text = views.text
    findings: list[Finding] = []
    done = -1
    for hit in hits:
        if hit < done or (hit and lower[hit - 1 : hit].isalpha()):
            continue
        for run in RUN.finditer(text, max(0, hit - REACH), hit + REACH):
            if run.end() <= hit:
                continue
            done = run.end()
            if run.start() <= hit:
                span = spoken_phone(text, run.start(), run.end())
                if span:
                    value = text[span[0] : span[1]]
                    findings.append(
                        Finding("phone", *span, mask_value(value), Severity.BLOCK, 0.8)
                    )
            break
    return findings


def spoken_phone(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The longest part of the run text[start:end] that spells a mobile number, or None (a
    run may begin or end with a number that is not the phone's: "RT 2 nol delapan ...")."""
    parts = [
        (match.start(), match.end(), WORDS.get(match.group().lower(), match.group()))
        for match in PART.finditer(text, start, end)
    ]
    best = None
    for first in range(len(parts)):
        digits = ""
        words = 0
        single = True
        for last in range(first, len(parts)):
            low, high, value = parts[last]
            if (
                last > first
                and value.isdigit()
                and text[low].isdigit()
                and text[parts[last - 1][0]].isdigit()
                and "," in text[parts[last - 1][1] : low]
            ):
                break  # "84617, 2 orang": digits after digits and a comma are a list
            digits += value
            words += not text[low].isdigit()
            single = single and high - low == 1
            if len(digits) > 14:
                break
            if (words >= 2 or (single and last - first >= 9)) and mobile(digits):
                span = (parts[first][0], high)
                if best is None or span[1] - span[0] > best[1] - best[0]:
                    best = span
        if best is not None:
            break
    if best and best[0] and text[best[0] - 1] == "+":
        best = (best[0] - 1, best[1])
    return best


def mobile(digits: str) -> bool:
    if digits.startswith("628"):
        return 9 <= len(digits) - 2 <= 12
    if digits.startswith("08"):
        return 9 <= len(digits) - 1 <= 12
    return False
