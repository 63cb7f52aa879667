"""Regex alternations of many words, written so that Python's regex engine tries few of them.

Under IGNORECASE (or `(?i:...)`) the engine cannot skip an alternative on its first character:
at every position it enters each word of `a|b|c...` in turn. Grouped by first letter
(`j(?:alan|ln|l)|g(?:ang|g)`) it enters one group. The matches are the same: words with
different first letters never match at the same position, and inside a group the words keep
their order (the first that matches still wins).

The regex engine jumps fast only to a literal first byte: a pattern that starts with a
character class ([+(06]) calls the class test at every byte. `Leftmost` searches several
patterns, each with its own literal first byte, as one. Each pattern is one more pass over the
text (~20 instructions a byte for a two-byte literal under callgrind), so splitting pays only
against a class test at every byte, not against a literal that is merely frequent: the
gambling terms split by first letter (12 passes) cost 50% more than the one trie behind "~".
"""

import re


def by_first_letter(alternatives: list[str], not_after: str = "") -> str:
    """`alternatives` (regex texts, in the order they are to be tried, each starting with a
    letter or digit, compared as written) as one alternation grouped by first letter.

    `not_after` (a character class such as "[a-z]") is `(?<!not_after)` before the
    alternation, checked after each first letter instead: a pattern that starts with a
    look-behind makes the engine try it at every position, one that starts with literal letters
    only at those letters."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not alternative[:1].isalnum():
            raise ValueError(f"an alternative starting with a plain letter, not {alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative)
    return "|".join(
        f"{first}{f'(?<!{not_after}{first})' if not_after else ''}"
        f"(?:{'|'.join(alternative[1:] for alternative in group)})"
        for first, group in groups.items()
    )


class Leftmost:
    """`search(position)`: the leftmost match at or after `position` of any of `patterns` in
    `view` - what one alternation of them finds, when no two of them can match at the same
    position (each starts with its own literal). Each pattern's next match is kept while the
    position has not passed its start: the leftmost match from an earlier position is the
    leftmost from any position up to its start too."""

    def __init__(self, patterns: tuple[re.Pattern, ...], view: bytes) -> None:
        self.patterns = patterns
        self.view = view
        self.found: list[re.Match | None] = [None] * len(patterns)
        self.searched = [-1] * len(patterns)  # where each pattern was last searched from

    def search(self, position: int) -> re.Match | None:
        best = None
        for index, pattern in enumerate(self.patterns):
            match = self.found[index]
            searched = self.searched[index]
            if not (0 <= searched <= position and (match is None or match.start() >= position)):
                match = self.found[index] = pattern.search(self.view, position)
                self.searched[index] = position
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best
