"""PDF text extraction: a separator between two text runs placed apart on the same line.

pypdf joins two runs of one line with no space unless the second starts at least half a space
after the point where it computes that the first one ended. A table drawn cell by cell, each
cell a text object placed by its own Tm, whose numbers are drawn with character spacing (Tc),
came out glued: Tc pushes a cell's computed end close to, or past, the start of the next cell -
a NIK and a date of birth became one 26-character run, a KIS number ran into the address after
it, and no detector can split them again. Two rules are added to pypdf's:

- a run placed by Tm / Td *before* the end of the previous run (beyond a small tolerance,
  OVERLAP) or to its left is another piece of text - a table cell, a column - not the rest of a
  word: a space goes before it;
- the gap after a character-spaced run is measured from its last glyph, not from the character
  spacing pypdf adds after it (which draws nothing).

Runs that follow one another (a word, a glyph placed right after the previous one, kerning) are
joined as pypdf joins them. `install()` wraps pypdf's TextExtraction once (pypdf 7.1 internals;
when they are not there, nothing is changed and extraction stays pypdf's own).
"""

import math
import threading
from collections.abc import Callable
from typing import Any

# How far (in pypdf's half space widths) a run may start before the previous run's computed end
# and still be its continuation.
OVERLAP = 0.4
_state = threading.local()  # the character spacing in force when a run is placed
_installed = False


def install() -> None:
    """Wrap pypdf's space check (idempotent)."""
    global _installed  # noqa: PLW0603 - a once-only patch of the library
    if _installed:
        return
    try:
        from pypdf._text_extraction import _text_extractor, mult, orient
    except ImportError:
        return
    extraction = getattr(_text_extractor, "TextExtraction", None)
    check = getattr(_text_extractor, "crlf_space_check", None)
    post = getattr(extraction, "_post_process_text_operation", None)
    if check is None or post is None:
        return
    _text_extractor.crlf_space_check = separated(check, mult, orient)
    extraction._post_process_text_operation = with_char_spacing(post)  # noqa: SLF001
    _installed = True


def with_char_spacing(post: Callable) -> Callable:
    def post_process(self, str_widths: float) -> None:
        _state.char_spacing = getattr(self, "char_spacing", 0.0) or 0.0
        try:
            return post(self, str_widths)
        finally:
            _state.char_spacing = 0.0

    return post_process


def separated(original: Callable, mult: Callable, orient: Callable) -> Callable:
    def check(text: str, cmtm_prev, cmtm_matrix, *rest: Any):
        result = original(text, cmtm_prev, cmtm_matrix, *rest)
        try:
            output, str_widths, spacewidth = rest[3], rest[6], rest[7]
            new_text, new_output = result[0], result[1]
            if new_text != text or new_output is not output or str_widths <= 0:
                return result  # a line break or a space was added, or nothing came before
            last = (output + text)[-1:]
            if last in ("", " ", "\n"):
                return result
            m_prev = mult(cmtm_prev[1], cmtm_prev[0])
            m = mult(cmtm_matrix[1], cmtm_matrix[0])
            if orient(m) != 0 or orient(m_prev) != 0:
                return result
            scale = math.hypot(m_prev[0], m_prev[1])
            moved = m[4] - m_prev[4]
            spacing = getattr(_state, "char_spacing", 0.0)
            if moved < (str_widths - OVERLAP * spacewidth) * scale or (
                spacing > 0 and moved >= (str_widths - spacing + spacewidth) * scale
            ):
                return (text + " ", *result[1:])
        except (IndexError, TypeError, ValueError):
            pass
        return result

    return check
