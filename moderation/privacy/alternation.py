"""Regex alternations of many words, written so that Python's regex engine tries few of them.

Under IGNORECASE (or `(?i:...)`) the engine cannot skip an alternative on its first character:
at every position it enters each word of `a|b|c...` in turn. Grouped by first letter
(`j(?:alan|ln|l)|g(?:ang|g)`) it enters one group. The matches are the same: words with
different first letters never match at the same position, and inside a group the words keep
their order (the first that matches still wins).
"""


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
