"""Findings equivalence of the privacy scanner: does a change (an optimisation) keep every finding?

    .venv/bin/python benchmarks/privacy_equivalence.py record-tests INPUTS.pickle
    .venv/bin/python benchmarks/privacy_equivalence.py save BASELINE.pickle [--tests INPUTS.pickle]
    .venv/bin/python benchmarks/privacy_equivalence.py compare BASELINE.pickle [--tests INPUTS...]

`record-tests` runs tests/privacy with `scan_text` wrapped and keeps every (text, allow-list) the
tests scan. `save` scans the cases and stores every finding with all its fields (kind, start,
end, excerpt, severity, confidence, location); `compare` scans them again with the code as it
is now and prints the differences (exit status 1 when there are any). The cases:
- the frozen held-out corpora benchmarks/heldout* (heldout, heldout2, ...): texts and the text
  extracted from their files, each scanned without and with the benchmark's allow-list;
- the generated dense text of benchmarks/privacy_scan.py (seed 7, 3 MB, as one text and as its
  documents) and its per-genre samples (1 MB each);
- the labelled corpus of tests/privacy/corpus.py, with the allow-list;
- the texts the scanner tests scan (recorded with `record-tests`).

No Django needed except for `record-tests` (the test suite's settings).
"""

import argparse
import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "site")]

from moderation.privacy import AllowList, scan_text  # noqa: E402
from tests.privacy.corpus import (  # noqa: E402
    DENSE_MIX,
    OFFICE_CONTACTS,
    PROSE_GENRES,
    dense_documents,
    generate_corpus,
)

MB = 1024 * 1024
ALLOW = AllowList.from_contacts(OFFICE_CONTACTS)
Case = tuple[str, str, AllowList | None]  # name, text, allow-list


def heldout_cases(corpus: str) -> Iterator[Case]:
    from moderation.privacy.extract import extract

    folder = ROOT / "benchmarks" / corpus
    with (folder / "corpus.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield f"{corpus}/{record['id']}", record["text"], None
            yield f"{corpus}/{record['id']}+allow", record["text"], ALLOW
    if not (folder / "files.jsonl").exists():  # a corpus of texts only
        return
    with (folder / "files.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            name = json.loads(line)["file"]
            extracted = extract((folder / "files" / name).read_bytes(), name)
            for index, part in enumerate(extracted.parts):
                yield f"{corpus}/files/{name}#{index}", part.text, None
            text = "".join(part.text for part in extracted.parts)
            yield f"{corpus}/files/{name}", text, None
            yield f"{corpus}/files/{name}+allow", text, ALLOW


def generated_cases() -> Iterator[Case]:
    pieces = dense_documents(7, 3 * MB)
    yield "dense/one-text", "\n".join(pieces), ALLOW
    for index, piece in enumerate(pieces):
        yield f"dense/document-{index}", piece, ALLOW
    for genre in (*DENSE_MIX, *PROSE_GENRES):
        yield f"genre/{genre}", "\n".join(dense_documents(7, MB, [genre])), ALLOW
    for index, document in enumerate(generate_corpus()):
        yield f"corpus/{index}", document.text, ALLOW


def test_cases(path: str | None) -> Iterator[Case]:
    if not path:
        return
    with open(path, "rb") as file:
        inputs = pickle.load(file)  # noqa: S301 (our own file)
    for index, (text, allow) in enumerate(inputs):
        yield f"tests/{index}", text, allow


def all_cases(tests: str | None) -> Iterator[Case]:
    for corpus in sorted(path.name for path in (ROOT / "benchmarks").glob("heldout*/")):
        yield from heldout_cases(corpus)
    yield from generated_cases()
    yield from test_cases(tests)


def findings_of(cases: Iterator[Case]) -> dict[str, list[tuple]]:
    return {
        name: [tuple(finding) for finding in scan_text(text, allow)] for name, text, allow in cases
    }


class Recorder:
    """A pytest plugin: wraps scan_text before the tests import it, keeps its inputs."""

    def __init__(self) -> None:
        self.inputs: list[tuple[str, AllowList | None]] = []
        seen: set[tuple[str, bytes]] = set()
        import moderation.privacy as package
        import moderation.privacy.scan as module

        original = module.scan_text

        def recording(text, allow=None):
            if isinstance(text, str):
                key = (text, pickle.dumps(allow))
                if key not in seen:
                    seen.add(key)
                    self.inputs.append((text, allow))
            return original(text, allow)

        module.scan_text = package.scan_text = recording


def record_tests(path: str) -> None:
    import pytest

    recorder = Recorder()
    status = pytest.main(["tests/privacy", "-q", "-p", "no:cacheprovider"], plugins=[recorder])
    with open(path, "wb") as file:
        pickle.dump(recorder.inputs, file)
    print(f"recorded {len(recorder.inputs)} texts scanned by the tests (pytest status {status})")


def compare(baseline: dict, current: dict) -> int:
    differing = 0
    for name in baseline.keys() | current.keys():
        before, after = baseline.get(name), current.get(name)
        if before == after:
            continue
        differing += 1
        if differing > 20:
            continue
        if before is None or after is None:
            print(f"{name}: case only in {'current' if before is None else 'baseline'}")
            continue
        lost = [f for f in before if f not in set(after)]
        new = [f for f in after if f not in set(before)]
        print(f"{name}: {len(before)} -> {len(after)} findings")
        for finding in lost[:5]:
            print(f"   - {finding}")
        for finding in new[:5]:
            print(f"   + {finding}")
        if not lost and not new:
            print("   (same findings, other order)")
    total = sum(len(findings) for findings in current.values())
    print(f"{len(current)} cases, {total:,} findings; cases that differ: {differing}")
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["record-tests", "save", "compare"])
    parser.add_argument("path", help="the recorded test inputs, or the baseline findings")
    parser.add_argument("--tests", help="recorded test inputs (record-tests) to scan as well")
    args = parser.parse_args()
    if args.action == "record-tests":
        record_tests(args.path)
        return
    current = findings_of(all_cases(args.tests))
    if args.action == "save":
        with open(args.path, "wb") as file:
            pickle.dump(current, file)
        total = sum(len(findings) for findings in current.values())
        print(f"saved {len(current)} cases, {total:,} findings")
        return
    with open(args.path, "rb") as file:
        baseline = pickle.load(file)  # noqa: S301 (our own file)
    sys.exit(1 if compare(baseline, current) else 0)


if __name__ == "__main__":
    main()
