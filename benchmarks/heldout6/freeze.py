"""Write benchmarks/heldout6/MANIFEST.sha256 (the frozen digests the scorer checks).

.venv/bin/python benchmarks/heldout6/freeze.py
"""

import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    names = [
        "corpus.jsonl",
        "files.jsonl",
        "common.py",
        "generate.py",
        "make_files.py",
        "freeze.py",
    ]
    names += sorted("files/" + p.name for p in (HERE / "files").iterdir())
    lines = [f"{hashlib.sha256((HERE / n).read_bytes()).hexdigest()}  {n}" for n in names]
    (HERE / "MANIFEST.sha256").write_text("\n".join(lines) + "\n")
    print(len(lines), "entries")


if __name__ == "__main__":
    main()
