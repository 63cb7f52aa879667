"""What the scanner reports. The full value of a finding is never stored: only a masked excerpt."""

from enum import StrEnum
from typing import NamedTuple

KINDS = (
    "nik",
    "kk",
    "npwp",
    "phone",
    "email",
    "bank_account",
    "kks",
    "bpjs",
    "passport",
    "birth_date",
    "address",
    "unsafe_html",
    "gambling",
    "hidden_link",
)


class Severity(StrEnum):
    BLOCK = "block"  # publication is refused until fixed
    REVIEW = "review"  # a human looks; does not block by itself


class Finding(NamedTuple):
    """Immutable; a NamedTuple rather than a frozen dataclass because dense tables create tens of
    thousands per MB and a frozen dataclass costs ~5x more to build."""

    kind: str  # one of KINDS
    start: int  # offsets in the scanned text: text[start:end] is the matched value
    end: int
    excerpt: str  # masked: never the full value
    severity: Severity
    confidence: float  # 0..1
    location: str = ""  # field / block path or document part, set by the caller

    def as_dict(self) -> dict:
        data = self._asdict()
        data["severity"] = str(self.severity)
        return data
