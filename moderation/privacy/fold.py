"""Same-length byte views of a text, for fast regex passes.

A view has exactly one byte per character of the text, so an offset found in a view is the
offset in the text. Python's `str.translate` is fast (~1 ms/MB) only on pure-ASCII text and
~30 ms/MB as soon as one non-ASCII character appears; `encode("ascii", "replace")` followed by
`bytes.translate` stays near 1 ms/MB. Non-ASCII characters become b"?" except the few each view
cares about (no-break spaces, zero-width characters, look-alike letters), patched one by one.

- `digits`: every ASCII digit becomes DIGIT (0x1f), so a regex can look for a literal
  prefix of digits (much faster than a character class); no-break spaces become b" " and
  Unicode dashes b"-".
- `separators`: the digit view with " " and "-" also written ".", so that one literal prefix
  finds groups however they are separated.
- `shape`: ASCII capitals written b"A", small letters b"a", "/" written ",", digits kept: what
  starts with a letter becomes a literal prefix (passports "A1234567"; a place name and its
  separator: "Sleman, 12-05-1980", "Bantul / ...").
- `lower`: ASCII lower case, digits kept, no-break spaces and dashes as in the digit view.
- `letters`: lower case, leetspeak digits as letters (0->o, 1->l, 3->e, 4->a, 5->s, 9->g),
  i and l (and 1, !, |) all as "l" since they are swapped for each other, separators and
  zero-width characters as SEP (b"~"), Cyrillic/Greek look-alikes and full-width letters as
  ASCII letters. For spotting words however they are disguised.
"""

import string
from collections.abc import Callable, Iterable

import ahocorasick

DIGIT = 0x1F
SEP = ord("~")

NO_BREAK_SPACES = "\u00a0\u2007\u2009\u202f"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
ZERO_WIDTH = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
# Cyrillic and Greek letters that look like Latin ones, and the Latin letter they pass for.
LOOK_ALIKES = dict(
    zip(
        "\u0430\u0435\u043e\u0441\u0440\u0445\u0443\u0456\u0455\u0458\u0501\u04bb\u043a\u043c"
        "\u0442\u0432\u043d\u0433\u0410\u0415\u041e\u0421\u0420\u0425\u0422\u041c\u041a\u0412"
        "\u041d\u0405\u0406\u0408\u03bf\u03b1\u03b5\u03b9\u03ba\u03c1\u03c4\u03c5\u039f\u0391"
        "\u0395\u0399\u039a\u03a1\u03a4\u039c\u039d\u0392",
        "aeocpxyisjdhkmtbhraeocpxtmkbhsijoaeikptuoaeikptmnb",
        strict=True,
    )
)
LEET = {"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "9": "g", "@": "a", "$": "s",
        "!": "l", "|": "l", "i": "l", "I": "l"}  # fmt: skip
LETTER_SEPARATORS = " \t\r\n._-*'\"`,/\\+^:;=()[]{}<>&#%?"


def _byte_table(mapping: dict[str, str]) -> bytes:
    table = bytearray(range(256))
    for source, target in mapping.items():
        table[ord(source)] = ord(target)
    return bytes(table)


def _digit_mapping() -> dict[str, str]:
    return {digit: chr(DIGIT) for digit in string.digits}


def _letter_mapping() -> dict[str, str]:
    mapping = {upper: upper.lower() for upper in string.ascii_uppercase}
    mapping.update(dict.fromkeys(LETTER_SEPARATORS, chr(SEP)))
    mapping.update(LEET)
    return mapping


def canonical_letters(word: str) -> str:
    """A lower-case word as Views.letters writes it (i -> l)."""
    return word.lower().replace("i", "l")


DIGIT_TABLE = _byte_table(_digit_mapping())
SHAPE_TABLE = _byte_table(
    {
        **dict.fromkeys(string.ascii_uppercase, "A"),
        **dict.fromkeys(string.ascii_lowercase, "a"),
        "/": ",",
    }
)
SEPARATOR_TABLE = _byte_table({**_digit_mapping(), " ": ".", "-": "."})
LOWER_TABLE = _byte_table({upper: upper.lower() for upper in string.ascii_uppercase})
LETTER_TABLE = _byte_table(_letter_mapping())

# Non-ASCII characters each view maps to something other than b"?".
DIGIT_PATCHES = {**dict.fromkeys(NO_BREAK_SPACES, " "), **dict.fromkeys(DASHES, "-")}
LETTER_PATCHES = {
    **dict.fromkeys(NO_BREAK_SPACES + ZERO_WIDTH + DASHES + "\u00b7\u2022\u2219", chr(SEP)),
    **LOOK_ALIKES,
    # Full-width forms U+FF01..U+FF5E mirror ASCII 0x21..0x7E
    **{chr(0xFF01 + i): chr(0x21 + i) for i in range(0x5E)},
}
PATCH_CHARS = frozenset({*DIGIT_PATCHES, *LETTER_PATCHES})


# The words detectors look for all over the lower view (tables' header anchors, address cues,
# birth labels ...): registered at import (`register_words`), all found in one Aho-Corasick pass
# per text (Views.starts), where one bytes.find pass per word cost ~2 instructions a byte each.
_words: set[bytes] = set()
_matcher: list = []  # [automaton, words it holds], built at first use after a registration


def register_words(words: Iterable[bytes]) -> None:
    """Words (lower-case bytes, two or more) that Views.starts finds in the one pass."""
    new = set(words) - _words
    if new:
        _words.update(new)
        _matcher.clear()


def matcher() -> tuple[ahocorasick.Automaton, frozenset[bytes]]:
    if not _matcher:
        automaton = ahocorasick.Automaton()
        for word in _words:
            automaton.add_word(word.decode("latin-1"), word)
        automaton.make_automaton()
        _matcher[:] = [automaton, frozenset(_words)]
    return _matcher[0], _matcher[1]


class computed_once:  # noqa: N801 - a decorator, like functools.cached_property
    """functools.cached_property without the lock Python 3.11 takes on every first access (a
    scan of many small texts pays it for each view of each text)."""

    def __init__(self, compute: Callable[["Views"], bytes | list]):
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, views: "Views | None", owner: type | None = None):
        if views is None:
            return self
        value = views.__dict__[self.name] = self.compute(views)
        return value


# A piece of a text made from another one: the range of the other text it copies, or its own
# characters (see Views.derived).
Piece = tuple[int, int] | str


class Views:
    """A text and its views, each computed once when first used.

    Every view maps each character on its own (one byte per character, whatever the characters
    around it), so the view of a text made of pieces of another text is the other text's view
    of those pieces: `derived` takes the views `source` has computed already from it instead of
    translating the whole text again (the normalised text, normalize.py, is the original with a
    few edits)."""

    def __init__(self, text: str):
        self.text = text
        self.ascii = text.isascii()
        self.labels: dict[int, str | None] = {}  # context.label_before, by position
        self._source: tuple[Views, list[Piece]] | None = None

    @classmethod
    def derived(cls, text: str, source: "Views", pieces: list[Piece]) -> "Views":
        """The views of `text`: the `pieces` (ranges of source.text, or strings) joined."""
        views = cls(text)
        views._source = (source, pieces)
        return views

    def _spliced(self, name: str) -> bytes | None:
        """View `name` (an attribute) made from the source's, when the source has computed it."""
        if self._source is None:
            return None
        source, pieces = self._source
        computed = source.__dict__.get(name)
        if computed is None:
            return None
        return b"".join(
            computed[piece[0] : piece[1]]
            if isinstance(piece, tuple)
            else getattr(Views(piece), name)
            for piece in pieces
        )

    @computed_once
    def _base(self) -> bytes:
        spliced = self._spliced("_base")
        if spliced is not None:
            return spliced
        return self.text.encode("ascii", "strict" if self.ascii else "replace")

    @computed_once
    def _patched(self) -> list[tuple[int, str]]:
        """(position, character) of the non-ASCII characters some view maps. They are found
        where the ASCII encoding wrote b"?" for them (C-level find: non-ASCII text is rare)."""
        if self.ascii:
            return []
        text, base, patched = self.text, self._base, []
        position = base.find(b"?")
        while position >= 0:
            char = text[position]
            if char in PATCH_CHARS:
                patched.append((position, char))
            position = base.find(b"?", position + 1)
        return patched

    def _view(self, table: bytes, patches: dict[str, str], name: str) -> bytes:
        spliced = self._spliced(name)
        if spliced is not None:
            return spliced
        view = self._base.translate(table)
        if not self._patched:
            return view
        patched = bytearray(view)
        for position, char in self._patched:
            target = patches.get(char)
            if target is not None:
                patched[position] = table[ord(target)]
        return bytes(patched)

    @computed_once
    def _word_starts(self) -> dict[bytes, list[int]]:
        """Start of every occurrence of every registered word in the lower view, overlapping
        ones too, by word, in order (one Aho-Corasick pass)."""
        automaton, words = matcher()
        starts: dict[bytes, list[int]] = {word: [] for word in words}
        if words:
            for end, word in automaton.iter(self.lower.decode("latin-1")):
                starts[word].append(end + 1 - len(word))
        return starts

    def starts(self, word: bytes) -> list[int]:
        """Where `word` occurs in the lower view (every occurrence, as repeated
        `lower.find(word, position + 1)` finds them), in order."""
        found = self._word_starts.get(word)
        if found is not None:
            return found
        lower, found = self.lower, []  # a word nobody registered: bytes.find
        position = lower.find(word)
        while position >= 0:
            found.append(position)
            position = lower.find(word, position + 1)
        return found

    def starts_apart(self, word: bytes) -> list[int]:
        """Where `word` occurs without overlapping an earlier occurrence (as repeated
        `lower.find(word, position + len(word))` finds them)."""
        found, end = [], -1
        for position in self.starts(word):
            if position >= end:
                found.append(position)
                end = position + len(word)
        return found

    @property
    def cased(self) -> bytes:
        """The text as ASCII bytes, case kept (non-ASCII characters as b"?")."""
        return self._base

    @computed_once
    def digits(self) -> bytes:
        return self._view(DIGIT_TABLE, DIGIT_PATCHES, "digits")

    @computed_once
    def separators(self) -> bytes:
        return self._view(SEPARATOR_TABLE, DIGIT_PATCHES, "separators")

    @computed_once
    def shape(self) -> bytes:
        return self._view(SHAPE_TABLE, DIGIT_PATCHES, "shape")

    @computed_once
    def lower(self) -> bytes:
        return self._view(LOWER_TABLE, DIGIT_PATCHES, "lower")

    @computed_once
    def letters(self) -> bytes:
        return self._view(LETTER_TABLE, LETTER_PATCHES, "letters")
