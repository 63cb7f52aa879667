"""Write benchmarks/heldout8/MANIFEST.sha256 (the frozen digests the scorer checks).

.venv/bin/python benchmarks/heldout8/freeze.py
"""

import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    names = [
        "corpus.jsonl",
        "generate.py",
        "freeze.py",
        "regions.json",
        "extract_regions.py",
    ]
    lines = [f"{hashlib.sha256((HERE / n).read_bytes()).hexdigest()}  {n}" for n in names]
    (HERE / "MANIFEST.sha256").write_text("\n".join(lines) + "\n")
    print(len(lines), "entries")


if __name__ == "__main__":
    main()
