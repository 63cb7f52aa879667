"""Put the source roots on sys.path for entry points that Python starts outside manage.py."""

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SOURCE_ROOTS = [str(REPO_ROOT / "site"), str(REPO_ROOT)]


def add_source_roots() -> None:
    for root in reversed(SOURCE_ROOTS):
        if root not in sys.path:
            sys.path.insert(0, root)
