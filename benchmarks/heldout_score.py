"""Score the privacy scanner on the frozen held-out corpus (benchmarks/heldout/).

    .venv/bin/python benchmarks/heldout_score.py                  # per-kind recall/precision
    .venv/bin/python benchmarks/heldout_score.py --misses address # missed items of one kind
    .venv/bin/python benchmarks/heldout_score.py --false-positives office_phone  # flagged
    .venv/bin/python benchmarks/heldout_score.py --texts-only     # skip the 40 files
    .venv/bin/python benchmarks/heldout_score.py --corpus benchmarks/heldout2  # another frozen set

A labelled personal item is found when any finding (of any kind) overlaps one of its segments.
A finding is correct when it overlaps a labelled personal span; otherwise it is a false positive
(whether it overlaps a labelled hard negative or unlabelled text).
Rules and kind mapping: benchmarks/heldout/README.md.
"""

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
HELD = ROOT / "benchmarks" / "heldout"

# Our label kinds -> the scanner kinds that name the same thing (for the "kind agrees" column).
KIND_MAP = {
    "nik": {"nik"},
    "kk": {"kk", "nik"},
    "phone": {"phone"},
    "email": {"email"},
    "npwp": {"npwp", "nik"},
    "bpjs": {"bpjs"},
    "kks": {"kks", "bank_account", "card"},
    "passport": {"passport"},
    "bank_account": {"bank_account"},
    "birth_date": {"birth_date"},
    "address": {"address"},
}


def verify_manifest() -> list[str]:
    bad = []
    manifest = HELD / "MANIFEST.sha256"
    if not manifest.exists():
        return ["MANIFEST.sha256 missing"]
    for line in manifest.read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        path = HELD / name
        if not path.exists() or hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            bad.append(name)
    return bad


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def locate(text: str, value: str) -> list[tuple[int, int]]:
    """Where a file label's value sits in extracted text: exact, else digits/letters with any
    non-alphanumeric run (spaces, separators, line breaks) between them."""
    out = []
    start = 0
    while (i := text.find(value, start)) >= 0:
        out.append((i, i + len(value)))
        start = i + 1
    if out:
        return out
    core = [ch for ch in value if ch.isalnum()]
    if not core:
        return out
    pattern = r"[\W_]{0,3}".join(re.escape(ch) for ch in core)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, flags=re.IGNORECASE)]


def text_cases() -> list[dict]:
    cases = []
    with (HELD / "corpus.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            cases.append(
                {
                    "id": rec["id"],
                    "genre": rec["genre"],
                    "text": rec["text"],
                    "spans": rec["spans"],
                    "negatives": rec["negatives"],
                }
            )
    return cases


def file_cases() -> list[dict]:
    from moderation.privacy.extract import extract

    cases = []
    index = HELD / "files.jsonl"
    if not index.exists():
        return cases
    with index.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            data = (HELD / "files" / rec["file"]).read_bytes()
            ext = extract(data, rec["file"])
            text = "".join(part.text for part in ext.parts)
            spans, negatives, unlocated = [], [], []
            for lab in rec["labels"]:
                where = locate(text, lab["value"])
                if not where:
                    unlocated.append(lab)
                for a, b in where:
                    spans.append({"kind": lab["kind"], "start": a, "end": b, "item": lab["item"]})
            for lab in rec.get("negatives", []):
                for a, b in locate(text, lab["value"]):
                    negatives.append({"kind": lab["kind"], "start": a, "end": b})
            cases.append(
                {
                    "id": rec["file"],
                    "genre": "file:" + rec["file"].rsplit(".", 1)[-1],
                    "text": text,
                    "spans": spans,
                    "negatives": negatives,
                    "unlocated": unlocated,
                    "status": ext.status,
                }
            )
    return cases


def score(cases: list[dict], misses: str | None, fps: str | None) -> None:
    from moderation.privacy.scan import scan_text

    item_kind: dict[str, str] = {}
    item_found: dict[str, bool] = {}
    item_kind_ok: dict[str, bool] = {}
    item_text: dict[str, list] = defaultdict(list)
    find_total: dict[str, int] = defaultdict(int)
    find_tp: dict[str, int] = defaultdict(int)
    neg_total: dict[str, int] = defaultdict(int)
    neg_hit: dict[str, int] = defaultdict(int)
    fp_examples: dict[str, list] = defaultdict(list)
    emitted: set[str] = set()
    for case in cases:
        text = case["text"]
        findings = scan_text(text)
        for s in case["spans"]:
            key = s["item"]
            item_kind[key] = s["kind"]
            item_found.setdefault(key, False)
            item_kind_ok.setdefault(key, False)
            item_text[key].append((case["id"], text, s["start"], s["end"]))
        for lab in case.get("unlocated", []):
            key = lab["item"]
            item_kind[key] = lab["kind"]
            item_found.setdefault(key, False)
            item_kind_ok.setdefault(key, False)
            item_text[key].append((case["id"], "(not in extracted text) " + lab["value"], 24, 24))
        for f in findings:
            emitted.add(f.kind)
            find_total[f.kind] += 1
            hit = False
            for s in case["spans"]:
                if overlaps(f.start, f.end, s["start"], s["end"]):
                    hit = True
                    item_found[s["item"]] = True
                    if f.kind in KIND_MAP.get(s["kind"], {s["kind"]}):
                        item_kind_ok[s["item"]] = True
            if hit:
                find_tp[f.kind] += 1
            else:
                negs = [
                    n for n in case["negatives"] if overlaps(f.start, f.end, n["start"], n["end"])
                ]
                label = negs[0]["kind"] if negs else "(unlabelled)"
                fp_examples[label].append((case["id"], f.kind, text, f.start, f.end))
        for n in case["negatives"]:
            neg_total[n["kind"]] += 1
            if any(overlaps(f.start, f.end, n["start"], n["end"]) for f in findings):
                neg_hit[n["kind"]] += 1

    kinds = sorted(set(item_kind.values()))
    print(f"{'kind':<14}{'items':>7}{'found':>7}{'recall':>8}{'kind ok':>9}")
    tot = found = kind_ok = 0
    for k in kinds:
        keys = [i for i, kk in item_kind.items() if kk == k]
        n, fnd, ok = (
            len(keys),
            sum(item_found[i] for i in keys),
            sum(item_kind_ok[i] for i in keys),
        )
        tot, found, kind_ok = tot + n, found + fnd, kind_ok + ok
        print(f"{k:<14}{n:>7}{fnd:>7}{fnd / n:>8.3f}{ok / n:>9.3f}")
    print(f"{'ALL':<14}{tot:>7}{found:>7}{found / max(tot, 1):>8.3f}{kind_ok / max(tot, 1):>9.3f}")
    print()
    print(f"{'scanner kind':<14}{'findings':>9}{'correct':>9}{'precision':>10}")
    ft = ftp = 0
    for k in sorted(find_total):
        ft, ftp = ft + find_total[k], ftp + find_tp[k]
        print(f"{k:<14}{find_total[k]:>9}{find_tp[k]:>9}{find_tp[k] / find_total[k]:>10.3f}")
    print(f"{'ALL':<14}{ft:>9}{ftp:>9}{ftp / max(ft, 1):>10.3f}")
    print()
    print(f"{'hard negative':<16}{'labelled':>9}{'flagged':>9}")
    for k in sorted(neg_total):
        print(f"{k:<16}{neg_total[k]:>9}{neg_hit[k]:>9}")
    unl = len(fp_examples.get("(unlabelled)", []))
    print(f"{'(unlabelled)':<16}{'':>9}{unl:>9}")
    unlocated = sum(len(c.get("unlocated", [])) for c in cases)
    if unlocated:
        print(f"file labels not found in extracted text (counted as missed): {unlocated}")
    print(f"\nscanner kinds seen: {', '.join(sorted(emitted))}")

    if misses:
        print(f"\n--- missed {misses} items ---")
        for key, k in item_kind.items():
            if k != misses or item_found[key]:
                continue
            for cid, text, a, b in item_text[key][:1]:
                ctx = text[max(0, a - 60) : a] + "[[" + text[a:b] + "]]" + text[b : b + 40]
                print(f"{cid} {key}: {ctx!r}")
    if fps:
        print(f"\n--- false positives on {fps} ---")
        for cid, fkind, text, a, b in fp_examples.get(fps, []):
            ctx = text[max(0, a - 60) : a] + "[[" + text[a:b] + "]]" + text[b : b + 40]
            print(f"{cid} ({fkind}): {ctx!r}")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--misses", metavar="KIND", help="print the missed items of one labelled kind")
    ap.add_argument(
        "--false-positives",
        metavar="NEG",
        dest="fps",
        help="print findings on one hard-negative kind, or '(unlabelled)'",
    )
    ap.add_argument("--texts-only", action="store_true", help="score corpus.jsonl only")
    ap.add_argument("--files-only", action="store_true", help="score the files only")
    ap.add_argument(
        "--corpus",
        metavar="DIR",
        default="benchmarks/heldout",
        help="the frozen corpus directory (relative to the repo root, or absolute)",
    )
    args = ap.parse_args()
    global HELD
    HELD = ROOT / args.corpus
    bad = verify_manifest()
    if bad:
        print(
            f"WARNING: corpus differs from MANIFEST.sha256: {', '.join(bad[:5])}", file=sys.stderr
        )
    cases = [] if args.files_only else text_cases()
    if not args.texts_only:
        cases += file_cases()
    score(cases, args.misses, args.fps)


if __name__ == "__main__":
    main()
