"""Injected online-gambling spam ("judi online"): slot gacor, maxwin, togel, rtp live, ...

Terms are matched on Views.letters: lower case, leetspeak digits read as letters
(sl0t g4c0r), separators and zero-width characters between letters and words allowed
(s.l.o.t, s l o t  g a c o r, slot-gacor, slotgacor, zero-width spaces), Cyrillic/Greek
look-alikes and full-width letters read as ASCII. Each term found is one finding (BLOCK):
0.9 when written plainly, 0.95 when disguised (disguise is itself a spam signal).

Words that anti-gambling news and ordinary Indonesian use are not terms on their own: "judi
online", "situs judi", "judi daring" (reported only when disguised), "perjudian", "slot" (slot
waktu, slot parkir; reported as "slot88", "slot 138" with digits), "gacor" (burung kicau gacor).

News about gambling is not spam: a term written plainly (not disguised) is not reported when
the text around it (NEWS_REACH characters either side) reads as news or a warning - words like
pemberantasan, diblokir, ditangkap, tersangka, polres, satgas, bahaya, sosialisasi, pidana,
pasal 303 - unless it also looks like spam: a link, URL or call to action nearby (daftar, link,
deposit, bonus, klik, wa, http, www, .com), or keyword stuffing (3 or more terms within the
reach). Disguised terms (sl0t g4c0r) are always reported: nobody disguises words in a news
article.

Known limits: an article about spam that quotes several terms close together is flagged - a
human marks it a false positive; a term whose first letter is a digit (5lot) or glued to a word
before it (xslot) is missed.
"""

import re
from bisect import bisect_left

from .findings import Finding, Severity
from .fold import Views, canonical_letters
from .masking import mask_value
from .native import Prefiltered

STRONG = (
    "slot gacor", "situs slot", "slot online", "judi slot", "agen slot", "link slot",
    "akun slot", "akun pro slot", "slot demo", "demo slot", "slot deposit", "slot pulsa",
    "slot thailand", "slot zeus", "slot maxwin", "slot deposit pulsa", "maxwin", "max win",
    "togel", "togel online", "bandar togel", "toto macau",
    "situs toto", "bandar toto", "toto slot", "rtp live", "rtp slot", "rtp gacor", "bocoran rtp",
    "bocoran slot", "pola gacor", "gacor hari ini", "scatter hitam", "mahjong ways",
    "gates of olympus", "sweet bonanza", "pragmatic play", "sbobet", "anti rungkad",
    "kakek zeus",
)  # fmt: skip
DISGUISED_ONLY = ("judi online", "situs judi", "judi bola", "casino online", "poker online",
                  "judi daring", "agen judi", "bandar judi")  # fmt: skip
NEEDS_DIGITS = ("slot",)

BETWEEN_LETTERS = "~{0,2}+"
BETWEEN_WORDS = "~{0,3}+"
NUMBER_AFTER = re.compile("(?:[\\s._\\-\u200b\u200c\u200d\u2060\ufeff]?[0-9]){2,4}(?![0-9])")
PLAIN = re.compile(r"[a-z]+(?: [a-z]+)*")


END = ("", "")  # trie key of "a term ends here"


def tokens(term: str) -> list[tuple[str, str]]:
    """(separator before, letter) pairs of a term as Views.letters writes it."""
    result = []
    for word_index, word in enumerate(canonical_letters(term).split()):
        for index, char in enumerate(word):
            if index:
                result.append((BETWEEN_LETTERS, char))
            else:
                result.append((BETWEEN_WORDS if word_index else "", char))
    return result


def trie_pattern(node: dict, native: bool = False) -> str:
    """Regex of a trie node: one branch per next (separator, letter), the end of a term last
    (so the longest term wins); each term's end is an empty named group. `native`: for RE2,
    which finds where a term starts (native.py): no groups, no possessive quantifiers (the
    same places: a letter follows each run of separators, never a separator)."""
    branches = [
        f"{key[0].rstrip('+') if native else key[0]}{re.escape(key[1])}"
        f"{trie_pattern(child, native)}"
        for key, child in node.items()
        if key != END
    ]
    if END in node:
        branches.append("" if native else f"(?P<{node[END]}>)")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def build() -> tuple[Prefiltered, dict[str, str]]:
    """One regex: a separator (a literal prefix, so the regex engine jumps from one to the
    next), then a trie of all terms: terms are found at word starts only."""
    names: dict[str, str] = {}
    root: dict = {}
    for index, term in enumerate((*STRONG, *DISGUISED_ONLY, *NEEDS_DIGITS)):
        node = root
        for token in tokens(term):
            node = node.setdefault(token, {})
        names[f"t{index}"] = term
        node[END] = f"t{index}"
    pattern = re.compile(("~" + trie_pattern(root)).encode())
    return Prefiltered(pattern, ("~" + trie_pattern(root, native=True)).encode()), names


TERMS, TERM_NAMES = build()
STRONG_SET, DISGUISED_SET = frozenset(STRONG), frozenset(DISGUISED_ONLY)


NEWS_REACH = 300
NEWS = re.compile(
    rb"berantas|pemberantasan|blokir|diblokir|pemblokiran|ditangkap|menangkap|penangkapan"
    rb"|tersangka|pelaku|polisi|kepolisian|polres|polda|polsek|polresta|bareskrim|satgas"
    rb"|razia|penindakan|menindak|ditindak|penyidik|barang\s+bukti|pidana|pasal\s+303|bahaya"
    rb"|dampak|kecanduan|larangan|dilarang|ilegal|sosialisasi|imbauan|mengimbau|waspada"
    rb"|korban|kasus|aduan|melaporkan|laporkan|perangi|memerangi|jerat|terjerat|menjerat"
)
SPAM_CUES = re.compile(
    rb"https?:|www\.|\.com|\.net|\.xyz|\.vip|href|daftar(?!\s+(?:situs|rekening|nama))"
    rb"|(?<![a-z])link|deposit|bonus|(?<![a-z])klik|(?<![a-z])wa(?![a-z])|whatsapp|jackpot"
    rb"|(?<![a-z])wd(?![a-z])|withdraw|terpercaya|terbaik|gampang\s+menang|pasti\s+menang"
    rb"|login|alternatif|resmi|promo|cashback|rtp"
)
STUFFING = 3
MAX_NEWS_TERMS = 200  # a text with this many terms is spam, however it is worded


def find_gambling(views: Views) -> list[Finding]:
    text, letters = views.text, b"~" + views.letters  # offsets in `letters` are one ahead
    findings = []
    position = 0
    while match := TERMS.search(letters, position):
        position = match.start() + 1
        found = term_finding(text, match.start(), match.end() - 1, match.lastgroup or "")
        if found:
            findings.append(found)
            position = found.end + 1
    if findings and len(findings) < MAX_NEWS_TERMS and NEWS.search(views.lower):
        starts = [f.start for f in findings]
        findings = [f for f in findings if not news_mention(views, f, starts)]
    return findings


def news_mention(views: Views, finding: Finding, starts: list[int]) -> bool:
    """A plain term in news about gambling, with no link, call to action or stuffing near."""
    if finding.confidence > 0.9:  # disguised
        return False
    lower = views.lower
    low, high = max(0, finding.start - NEWS_REACH), finding.end + NEWS_REACH
    near = bisect_left(starts, high) - bisect_left(starts, low)
    return (
        near < STUFFING
        and NEWS.search(lower, low, high) is not None
        and SPAM_CUES.search(lower, low, high) is None
    )


def term_finding(text: str, start: int, end: int, group: str) -> Finding | None:
    if start and text[start - 1].isalpha():
        return None
    term = TERM_NAMES[group]
    if term in NEEDS_DIGITS:
        number = NUMBER_AFTER.match(text, end)
        if number is None:
            return None
        end = number.end()
    elif end < len(text) and text[end].isalpha():
        return None
    value = text[start:end]
    plain = PLAIN.fullmatch(value.lower()) is not None
    if term in DISGUISED_SET and plain:
        return None
    confidence = 0.9 if plain or term in NEEDS_DIGITS else 0.95
    return Finding("gambling", start, end, mask_value(value), Severity.BLOCK, confidence)
