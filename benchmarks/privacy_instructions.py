"""CPU instructions per byte of the privacy scanner, per genre of privacy_scan.py's dense text.

    .venv/bin/python benchmarks/privacy_instructions.py [--kb 200] [--package DIR]

Counts what `scan_text` executes with valgrind's callgrind (`apt-get install -y valgrind`), so
the figure does not move when other processes load the machine (MB/s on a shared machine
measures the neighbours). The texts are the dense mix (twice --kb) and each genre alone, from
tests/privacy/corpus.py (seed 7); each is scanned once with instrumentation on, after a warm-up
on its first 20,000 characters. --package DIR scans another copy of the scanner (DIR holds
moderation/privacy), to compare two versions on the same texts. On the machine of issue 14,
about 10 G instructions a second ran on one core: 10 MB/s is about 1,000 instructions a byte.
"""

import argparse
import glob
import json
import os
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KB = 1024


def texts(kilobytes: int) -> dict[str, str]:
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    from tests.privacy.corpus import DENSE_MIX, PROSE_GENRES, dense_documents

    result = {"dense mix": "\n".join(dense_documents(7, 2 * kilobytes * KB))}
    for genre in (*DENSE_MIX, *PROSE_GENRES):
        result[genre] = "\n".join(dense_documents(7, kilobytes * KB, [genre]))
    return result


def callgrind(*arguments: str) -> None:
    command = ["callgrind_control", *arguments, str(os.getpid())]
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603


def measure(package: str, path: str) -> None:
    """Inside valgrind: scan each text with instrumentation on, one dump per text."""
    sys.path[:0] = [package, str(ROOT), str(ROOT / "site")]
    from moderation.privacy import AllowList, scan_text
    from tests.privacy.corpus import OFFICE_CONTACTS

    allow = AllowList.from_contacts(OFFICE_CONTACTS)
    with open(path, "rb") as file:
        samples = pickle.load(file)  # noqa: S301 (written by this script)
    for text in samples.values():
        scan_text(text[:20_000], allow)
        callgrind("-i", "on")
        callgrind("-z")
        scan_text(text, allow)
        callgrind("-d")
        callgrind("-i", "off")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kb", type=int, default=200, help="kilobytes per genre (default 200)")
    parser.add_argument("--package", default=str(ROOT), help="folder holding moderation/privacy")
    parser.add_argument("--_measure", metavar="PICKLE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._measure:
        measure(args.package, args._measure)
        return
    out = Path(tempfile.mkdtemp(prefix="privacy-callgrind-"))
    samples = texts(args.kb)
    with open(out / "texts.pickle", "wb") as file:
        pickle.dump(samples, file)
    command = [
        "valgrind", "--tool=callgrind", "--instr-atstart=no",
        f"--callgrind-out-file={out}/callgrind.out", sys.executable, __file__,
        "--package", str(Path(args.package).resolve()), "--_measure", str(out / "texts.pickle"),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)  # noqa: S603
    if result.returncode:
        sys.exit(result.stderr[-3000:])
    dumps = sorted(
        (path for path in glob.glob(f"{out}/callgrind.out.*") if re.search(r"\.\d+$", path)),
        key=lambda path: int(path.rsplit(".", 1)[1]),
    )
    figures = {}
    print(f"{'text':<18}{'KB':>6}{'instructions/byte':>19}")
    for (name, text), dump in zip(samples.items(), dumps, strict=True):
        total = re.search(
            r"^(?:summary|totals):\s+(\d+)", Path(dump).read_text(errors="replace"), re.M
        )
        size = len(text.encode())
        figures[name] = int(total.group(1)) / size if total else None
        print(f"{name:<18}{size // KB:>6}{figures[name]:>19,.0f}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
