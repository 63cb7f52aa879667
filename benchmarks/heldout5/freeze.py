"""Write MANIFEST.sha256 for the frozen heldout5 corpus (the scorer warns when a file differs).

.venv/bin/python benchmarks/heldout5/freeze.py
"""

import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    names = [
        "corpus.jsonl",
        "files.jsonl",
        "common.py",
        "generate.py",
        "make_files.py",
        "freeze.py",
    ]
    names += sorted(f"files/{p.name}" for p in (HERE / "files").iterdir())
    lines = [f"{hashlib.sha256((HERE / n).read_bytes()).hexdigest()}  {n}" for n in names]
    (HERE / "MANIFEST.sha256").write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} entries")


if __name__ == "__main__":
    main()
