"""CPU instructions per byte of each regex of the privacy scanner, on the dense mix.

    .venv/bin/python benchmarks/privacy_regex_costs.py [--kb 100] [--top 40]

Profiling the scanner by function (cProfile) hides the regex engine: a finditer loop's
matching is charged to the function that loops, a pattern's cost to whoever calls it. This
script records every call the scanner makes on a compiled pattern of moderation/privacy
(module globals, and tuples, dicts and class attributes holding patterns) while scan_text
reads the dense mix of tests/privacy/corpus.py (seed 7, twice --kb), then replays the calls of
each pattern under valgrind's callgrind, one dump per pattern: instructions per byte of the
text, and the number of calls. A finditer is replayed to its end (the scanner may stop early).
Patterns built inside functions, or bound to a name before this script wraps them, are not
seen. `apt-get install -y valgrind`.
"""

import argparse
import glob
import importlib
import os
import pickle
import pkgutil
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KB = 1024
METHODS = ("search", "match", "fullmatch", "findall", "finditer", "sub", "split")


class Recorded:
    """A compiled pattern that records each call (method, text, other arguments)."""

    def __init__(self, name: str, pattern: re.Pattern, calls: dict) -> None:
        self._name, self._pattern, self._calls = name, pattern, calls

    def __getattr__(self, attribute: str):
        value = getattr(self._pattern, attribute)
        if attribute not in METHODS:
            return value

        def call(text, *args, **kwargs):
            self._calls[self._name].append((attribute, text, args, kwargs))
            return value(text, *args, **kwargs)

        return call


def wrap_patterns(calls: dict) -> dict[str, re.Pattern]:
    """Replace the scanner's compiled patterns by recording ones; {name: pattern}."""
    import moderation.privacy as package

    patterns: dict[str, re.Pattern] = {}

    def recorded(name: str, pattern: re.Pattern) -> Recorded:
        patterns[name] = pattern
        return Recorded(name, pattern, calls)

    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"moderation.privacy.{info.name}")
        for key, value in list(vars(module).items()):
            name = f"{info.name}.{key}"
            if isinstance(value, re.Pattern):
                setattr(module, key, recorded(name, value))
            elif (
                isinstance(value, tuple)
                and value
                and all(isinstance(item, re.Pattern) for item in value)
            ):
                items = tuple(recorded(f"{name}[{i}]", item) for i, item in enumerate(value))
                setattr(module, key, items)
            elif (
                isinstance(value, tuple)
                and value
                and all(
                    isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], re.Pattern)
                    for item in value
                )
            ):
                items = tuple(
                    (item[0], recorded(f"{name}[{i}]", item[1])) for i, item in enumerate(value)
                )
                setattr(module, key, items)
            elif (
                isinstance(value, dict)
                and value
                and all(isinstance(item, re.Pattern) for item in value.values())
            ):
                items = {k: recorded(f"{name}[{k!r}]", item) for k, item in value.items()}
                setattr(module, key, items)
            elif isinstance(value, type) and value.__module__ == module.__name__:
                for attribute, item in list(vars(value).items()):
                    if isinstance(item, re.Pattern):
                        setattr(value, attribute, recorded(f"{name}.{attribute}", item))
    return patterns


def callgrind(*arguments: str) -> None:
    command = ["callgrind_control", *arguments, str(os.getpid())]
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603


def measure(kilobytes: int, out: str) -> None:
    """Inside valgrind: record the calls of one scan, replay each pattern's, one dump each."""
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    calls: dict[str, list] = defaultdict(list)
    patterns = wrap_patterns(calls)
    from moderation.privacy import AllowList, scan_text
    from tests.privacy.corpus import OFFICE_CONTACTS, dense_documents

    allow = AllowList.from_contacts(OFFICE_CONTACTS)
    text = "\n".join(dense_documents(7, 2 * kilobytes * KB))
    scan_text(text[:20_000], allow)
    calls.clear()
    scan_text(text, allow)
    names = sorted(calls)

    def replay(name: str) -> None:
        pattern = patterns[name]
        for method, argument, args, kwargs in calls[name]:
            result = getattr(pattern, method)(argument, *args, **kwargs)
            if method == "finditer":
                for _ in result:
                    pass

    for name in names:
        replay(name)  # warm
    callgrind("-i", "on")
    for name in [None, *names]:  # None: the cost of a dump alone
        callgrind("-z")
        if name is not None:
            replay(name)
        callgrind("-d")
    callgrind("-i", "off")
    with open(out, "wb") as file:
        counts = {name: len(calls[name]) for name in names}
        pickle.dump((names, counts, len(text.encode())), file)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kb", type=int, default=100, help="half the dense mix's kilobytes")
    parser.add_argument("--top", type=int, default=40, help="patterns to print")
    parser.add_argument("--_measure", metavar="PICKLE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._measure:
        measure(args.kb, args._measure)
        return
    out = Path(tempfile.mkdtemp(prefix="privacy-regex-"))
    command = [
        "valgrind", "--tool=callgrind", "--instr-atstart=no",
        f"--callgrind-out-file={out}/callgrind.out", sys.executable, __file__,
        "--kb", str(args.kb), "--_measure", str(out / "calls.pickle"),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)  # noqa: S603
    if result.returncode:
        sys.exit(result.stderr[-3000:])
    with open(out / "calls.pickle", "rb") as file:
        names, counts, size = pickle.load(file)  # noqa: S301 (written by this script)
    dumps = sorted(
        (path for path in glob.glob(f"{out}/callgrind.out.*") if re.search(r"\.\d+$", path)),
        key=lambda path: int(path.rsplit(".", 1)[1]),
    )
    totals = [
        int(re.search(r"^(?:summary|totals):\s+(\d+)", Path(dump).read_text(), re.M).group(1))
        for dump in dumps
    ]
    empty, totals = totals[0], totals[1:]
    figures = sorted(
        ((total - empty) / size, name) for name, total in zip(names, totals, strict=True)
    )[::-1]
    print(f"all patterns: {sum(figure for figure, _ in figures):,.0f} instructions/byte")
    print(f"{'instructions/byte':>18}{'calls':>8}  pattern")
    for figure, name in figures[: args.top]:
        print(f"{figure:>18,.1f}{counts[name]:>8}  {name}")


if __name__ == "__main__":
    main()
