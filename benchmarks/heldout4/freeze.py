"""Write MANIFEST.sha256 of the frozen heldout4 corpus (after generate.py and make_files.py)."""

import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = [
    "corpus.jsonl",
    "files.jsonl",
    "generate.py",
    "make_files.py",
    "common.py",
    "layouts.py",
    "freeze.py",
    "regions.json",
]


def main() -> None:
    names = NAMES + sorted("files/" + p.name for p in (HERE / "files").iterdir())
    lines = [f"{hashlib.sha256((HERE / n).read_bytes()).hexdigest()}  {n}" for n in names]
    (HERE / "MANIFEST.sha256").write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} entries")


if __name__ == "__main__":
    main()
