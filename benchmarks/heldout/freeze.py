"""Write MANIFEST.sha256 for the frozen held-out corpus (run once after generating; commit it).

.venv/bin/python benchmarks/heldout/freeze.py
"""

import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    names = ["corpus.jsonl", "files.jsonl"] + sorted(
        f"files/{p.name}" for p in (HERE / "files").iterdir() if p.is_file()
    )
    lines = [f"{hashlib.sha256((HERE / n).read_bytes()).hexdigest()}  {n}" for n in names]
    (HERE / "MANIFEST.sha256").write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} files hashed")


if __name__ == "__main__":
    main()
