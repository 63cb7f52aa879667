"""Where a column header reaches: the stretch of text after each label, extended by what is found.

A table's header ("No. Paspor", "Tempat/Tgl. Lahir") names the kind of the values below it, so
a detector that accepts unlabelled values in tables looks only after a header, not over the
whole rest of the text. A stretch runs REACH characters past the latest label, and REACH past
the latest value found in it (a long table keeps going as long as values keep coming).
"""

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Protocol

REACH = 20_000
LOOKAHEAD = 32  # a match at the stretch's end still sees the characters after it


class Searcher(Protocol):
    """A compiled pattern, or anything with its `search(view, position, end)`."""

    def search(self, view: bytes, position: int, end: int, /) -> re.Match | None: ...


def matches_after(
    pattern: Searcher,
    view: bytes,
    labels: list[int],
    accept: Callable[[re.Match], bool],
    reach: int = REACH,
) -> Iterator[re.Match]:
    """Matches of `pattern` in `view` inside the stretches after the `labels` (sorted offsets);
    `accept(match)` says whether the match was a value (it extends the stretch)."""
    if not labels:
        return
    position, limit = labels[0], labels[0] + reach
    while True:
        match = pattern.search(view, position, limit + LOOKAHEAD)
        if match is not None and match.start() < limit:
            position = max(match.end(), match.start() + 1)
            yield match
            if accept(match):
                limit = max(limit, match.end() + reach)
            continue
        # No more values in this stretch: a later label inside it extends it, else jump on.
        position = max(position, limit)
        inside = bisect_right(labels, limit) - 1
        if labels[inside] + reach > limit:
            limit = labels[inside] + reach
            continue
        if inside + 1 >= len(labels):
            return
        position = labels[inside + 1]
        limit = position + reach
