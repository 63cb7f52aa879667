"""Recall and precision on the hand-written held-out probe set (probes.py).

Run alone for the report: .venv/bin/pytest -q -s tests/privacy/test_probes.py
Every finding counts, REVIEW ones too (a false alarm costs a reviewer's time either way); a
finding is right when it overlaps an expected value of the same kind.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from moderation.privacy import AllowList, scan_text

from .probes import NEGATIVES, OFFICE_CONTACTS, POSITIVES, PROBES, Probe

ALLOW = AllowList.from_contacts(OFFICE_CONTACTS)
RECALL_FLOOR = 0.95
PRECISION_FLOOR = 0.95


@dataclass
class Score:
    expected: Counter = field(default_factory=Counter)
    hits: Counter = field(default_factory=Counter)
    findings: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    missed: list = field(default_factory=list)
    false: list = field(default_factory=list)

    def recall(self) -> float:
        return sum(self.hits.values()) / max(1, sum(self.expected.values()))

    def precision(self) -> float:
        return sum(self.right.values()) / max(1, sum(self.findings.values()))

    def report(self) -> str:
        lines = [
            f"probes: {len(PROBES)} ({len(POSITIVES)} with personal data or spam, "
            f"{len(NEGATIVES)} hard negatives); {sum(self.expected.values())} labelled values",
            f"recall {self.recall():.3f} ({sum(self.hits.values())}/"
            f"{sum(self.expected.values())}), precision {self.precision():.3f} "
            f"({sum(self.right.values())}/{sum(self.findings.values())})",
        ]
        lines += [f"  missed {kind}: {value!r} ({genre})" for genre, kind, value in self.missed]
        lines += [f"  false {kind}: {value!r} ({genre})" for genre, kind, value in self.false]
        return "\n".join(lines)


def spans(probe: Probe) -> list[tuple[str, int, int]]:
    result, taken = [], set()
    for kind, value in probe.expected:
        start = probe.text.find(value)
        while (kind, start) in taken:
            start = probe.text.find(value, start + 1)
        taken.add((kind, start))
        result.append((kind, start, start + len(value)))
    return result


def score(scan: Callable[[str], list]) -> Score:
    result = Score()
    for probe in PROBES:
        expected = spans(probe)
        findings = scan(probe.text)
        for kind, start, end in expected:
            result.expected[kind] += 1
            if any(f.kind == kind and f.start < end and start < f.end for f in findings):
                result.hits[kind] += 1
            else:
                result.missed.append((probe.genre, kind, probe.text[start:end]))
        for f in findings:
            result.findings[f.kind] += 1
            if any(
                f.kind == kind and f.start < end and start < f.end for kind, start, end in expected
            ):
                result.right[f.kind] += 1
            else:
                result.false.append((probe.genre, f.kind, probe.text[f.start : f.end]))
    return result


def test_the_probe_set_is_big_enough_and_half_negatives():
    assert len(PROBES) >= 150
    assert len(NEGATIVES) >= len(PROBES) // 2 - 5
    kinds = {kind for probe in POSITIVES for kind, _ in probe.expected}
    assert kinds == {
        "nik", "kk", "npwp", "phone", "email", "bank_account", "bpjs", "passport",
        "birth_date", "address", "unsafe_html", "gambling", "hidden_link",
    }  # fmt: skip


def test_recall_and_precision_on_the_probe_set():
    result = score(lambda text: scan_text(text, ALLOW))
    print("\n" + result.report())
    assert result.recall() >= RECALL_FLOOR, result.report()
    assert result.precision() >= PRECISION_FLOOR, result.report()
