"""A set of claimed character ranges, so a later detector skips what an earlier one took."""

from bisect import bisect_right


class Spans:
    def __init__(self, ranges: list[tuple[int, int]] | None = None):
        self.starts: list[int] = []
        self.ends: list[int] = []
        if ranges:
            self.extend(ranges)

    def extend(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted([*zip(self.starts, self.ends, strict=True), *ranges]):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self.starts = [start for start, _ in merged]
        self.ends = [end for _, end in merged]

    def overlaps(self, start: int, end: int) -> bool:
        if not self.starts:
            return False
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.ends[index] > start
