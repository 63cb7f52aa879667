"""What text extraction returns: the decoded text of a file, cut into located parts.

An `Extraction` is built by a `TextBuilder`; the readers raise `ExtractionError` to stop with a
reason. See `moderation.privacy.extract` for the whole picture.
"""

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

OK = "ok"
NEEDS_REVIEW = "needs_review"
ERROR = "error"
STATUSES = (OK, NEEDS_REVIEW, ERROR)

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Resource limits of one extraction. Every limit breached gives status "error"."""

    max_file_bytes: int = 50 * MB
    max_unpacked_bytes: int = 100 * MB  # sum of the declared sizes of a zip's entries
    max_zip_entries: int = 5_000
    max_text_chars: int = 50_000_000
    timeout_seconds: float = 30.0  # wall time of one extraction in the worker
    max_memory_bytes: int = 1024 * MB  # RLIMIT_AS of the worker process


@dataclass(frozen=True)
class Part:
    """`text` is `Extraction.text[offset : offset + len(text)]`, found at `location`."""

    location: str  # "page 2", "word/comments.xml", "Sheet1!B7", "line 12"
    text: str
    offset: int


@dataclass(frozen=True)
class Extraction:
    status: str  # one of STATUSES
    parts: tuple[Part, ...] = ()
    reason: str = ""  # short code: "encrypted", "zip_limits", "timeout", "scanned_page", ...
    detail: str = ""  # human-readable detail in English, never document content

    @cached_property
    def text(self) -> str:
        """The whole decoded text: the parts joined, each part ending with its separator."""
        return "".join(part.text for part in self.parts)

    @cached_property
    def _offsets(self) -> list[int]:
        return [part.offset for part in self.parts]

    def location_at(self, offset: int) -> str:
        """Location of the part holding `offset` in `text` ("" when there is no part)."""
        index = bisect_right(self._offsets, offset) - 1
        return self.parts[index].location if index >= 0 else ""

    def as_json(self) -> dict:
        return {
            "status": self.status,
            "reason": self.reason,
            "detail": self.detail,
            "parts": [[part.location, part.text] for part in self.parts],
        }

    @classmethod
    def from_json(cls, data: dict) -> "Extraction":
        builder = TextBuilder()
        for location, text in data["parts"]:
            builder.add(location, text, end="")
        return builder.build(data["status"], data["reason"], data["detail"])


def failed(reason: str, detail: str = "") -> Extraction:
    return Extraction(ERROR, reason=reason, detail=detail)


class ExtractionError(Exception):
    """Stops a reader: the file gives status "error" with this reason code and detail."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass
class TextBuilder:
    """Collects parts with their offsets; refuses to grow past `max_chars`."""

    max_chars: int = Limits.max_text_chars
    parts: list[Part] = field(default_factory=list)
    size: int = 0

    def add(self, location: str, text: str, end: str = "\n") -> None:
        piece = text + end
        if not piece:
            return
        self.parts.append(Part(location, piece, self.size))
        self.size += len(piece)
        if self.size > self.max_chars:
            raise ExtractionError("text_too_large", f"more than {self.max_chars} characters")

    def build(self, status: str = OK, reason: str = "", detail: str = "") -> Extraction:
        return Extraction(status, tuple(self.parts), reason, detail)
