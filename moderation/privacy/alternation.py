"""Regex alternations of many words, written so that Python's regex engine tries few of them.

Under IGNORECASE (or `(?i:...)`) the engine cannot skip an alternative on its first character:
at every position it enters each word of `a|b|c...` in turn. Grouped by first letter
(`j(?:alan|ln|l)|g(?:ang|g)`) it enters one group. The matches are the same: words with
different first letters never match at the same position, and inside a group the words keep
their order (the first that matches still wins).
"""


def by_first_letter(alternatives: list[str]) -> str:
    """`alternatives` (regex texts, in the order they are to be tried, each starting with a
    letter or digit, compared as written) as one alternation grouped by first letter."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not alternative[:1].isalnum():
            raise ValueError(f"an alternative starting with a plain letter, not {alternative!r}")
        groups.setdefault(alternative[0], []).append(alternative)
    return "|".join(
        f"{first}(?:{'|'.join(alternative[1:] for alternative in group)})"
        for first, group in groups.items()
    )
