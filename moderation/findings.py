"""What a scan reports: findings with a location and a masked excerpt, never the full value."""

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Finding:
    kind: str  # e.g. "nik"
    location: str  # field name and block path, e.g. "body[2].paragraph"
    excerpt: str  # masked: the full value is never stored or shown

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class ScanResult:
    findings: tuple[Finding, ...]

    @property
    def passed(self) -> bool:
        return not self.findings

    def as_json(self) -> list[dict[str, str]]:
        return [finding.as_dict() for finding in self.findings]


def mask(value: str, keep: int = 2) -> str:
    """Keep the first `keep` characters; every other letter or digit becomes '*'."""
    kept, hidden = value[:keep], value[keep:]
    return kept + "".join("*" if char.isalnum() else char for char in hidden)
