"""A set of claimed character ranges, so a later detector skips what an earlier one took."""

from bisect import bisect_right


class Spans:
    def __init__(self, ranges: list[tuple[int, int]] | None = None):
        self.starts: list[int] = []
        self.ends: list[int] = []
        if ranges:
            self.extend(ranges)

    def extend(self, ranges: list[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted([*zip(self.starts, self.ends, strict=True), *ranges]):
            if ends and start <= ends[-1]:
                if end > ends[-1]:
                    ends[-1] = end
            else:
                starts.append(start)
                ends.append(end)
        self.starts, self.ends = starts, ends

    def overlaps(self, start: int, end: int) -> bool:
        if not self.starts:
            return False
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.ends[index] > start
