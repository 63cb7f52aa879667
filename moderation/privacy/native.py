"""Whole-text searches for patterns that rarely match, with RE2 (google-re2) finding where.

Python's `re` tries a pattern at every position its literal prefix (or first character test)
lets through, paying tens of instructions a byte for a pattern whose first byte is frequent
(the gambling terms after every separator of Views.letters: ~100 a byte of the dense text).
RE2 compiles a pattern to a DFA that reads each byte once. It lacks what the scanner's
patterns use (look-arounds, back references, possessive quantifiers, named groups read as
`lastgroup`), so it only answers "where is the leftmost place a match can start": given a
`superset` pattern that matches at every position where the Python pattern does (it may match
at more), `Prefiltered.search` asks RE2 for the leftmost such position and lets Python's `re`
match there; if it fails there, RE2 looks again one byte further. The result is the match
object Python's own `search` returns, groups and all (only its `pos` may differ).

Only for bytes (the one-byte-a-character views of fold.py): RE2 then runs in Latin-1, a byte a
character as Python's bytes patterns; no Unicode case folding or classes to tell apart. Mind
that RE2's `\\s` lacks the vertical tab Python's bytes `\\s` holds: write the class out.
A call to RE2 costs ~6,000 instructions (pybind11 and RE2's set-up, callgrind): worth it for
a pass over a whole text, not for a search in a line or a short window (tried on the letterhead
words, street hints and a place before a date: the dense mix cost 35 instructions a byte more),
nor for patterns that match densely (identifier shapes, phone candidates).
The RE2 object is called directly (`re2._re2`, the binding under google-re2's `re`-like
module): that module's `search` costs a Python generator and a match object per call.
"""

import re
from collections.abc import Iterator

import re2
from re2 import _re2

_OPTIONS = re2.Options()
_OPTIONS.encoding = re2.Options.Encoding.LATIN1
_OPTIONS.never_capture = True  # only where the match starts is read
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
SPACE = rb"[\t-\r\x20]"  # Python's bytes \s: RE2's lacks \x0b


class Prefiltered:
    """`pattern` (a compiled bytes pattern that never matches the empty string) searched with
    RE2 finding where it can start (`superset`: a pattern RE2 reads, matching at least
    wherever `pattern` matches; the pattern's own text when RE2 reads it as Python does)."""

    def __init__(self, pattern: re.Pattern, superset: bytes | None = None) -> None:
        if not isinstance(pattern.pattern, bytes):
            raise TypeError("Prefiltered is for bytes patterns (RE2 in Latin-1)")
        self.pattern = pattern
        superset = pattern.pattern if superset is None else superset
        if b"\\s" in superset:
            raise ValueError("RE2's \\s is not Python's: write native.SPACE")
        self.superset = _re2.RE2(superset, _OPTIONS)
        if not self.superset.ok():
            raise ValueError(self.superset.error())

    def match(self, text: bytes, *span: int) -> re.Match | None:
        return self.pattern.match(text, *span)

    def search(self, text: bytes, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """What `self.pattern.search(text, pos, endpos)` finds."""
        size = len(text)
        end = size if endpos is None else max(0, min(endpos, size))
        # RE2 reads the text as ending at `end` ($ matches there) as Python does: a view of it
        window = text if end == size else memoryview(text)[:end]
        pos = max(0, pos)
        where = self.superset.Match
        match_at = self.pattern.match
        while pos <= end:
            start = where(_UNANCHORED, window, pos, end)[0][0]
            if start < 0:
                return None
            match = match_at(text, start, end)
            if match is not None:
                return match
            pos = start + 1
        return None

    def finditer(self, text: bytes, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        """What `self.pattern.finditer(text, pos, endpos)` finds (its matches are never empty,
        so each search goes on from the end of the match before)."""
        while (match := self.search(text, pos, endpos)) is not None:
            yield match
            pos = match.end()
