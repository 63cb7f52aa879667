"""native.Prefiltered (RE2 finds where a Python pattern can start) finds what Python's re finds."""

import importlib
import pkgutil
import random
import re

import pytest

import moderation.privacy as package
from moderation.privacy.fold import Views
from moderation.privacy.native import Prefiltered
from tests.privacy.corpus import dense_documents


def prefiltered_patterns() -> list[tuple[str, Prefiltered]]:
    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"moderation.privacy.{info.name}")
        for key, value in vars(module).items():
            values = value if isinstance(value, tuple) else (value,)
            for index, item in enumerate(values):
                if isinstance(item, Prefiltered):
                    found.append((f"{info.name}.{key}[{index}]", item))
    return found


PATTERNS = prefiltered_patterns()


def spans(matches) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.groups()) for m in matches]


def views_of(text: str) -> list[bytes]:
    views = Views(text)
    return [views.lower, views.digits, views.cased, views.shape, b"~" + views.letters]


@pytest.fixture(scope="module")
def dense_views() -> list[bytes]:
    return views_of("\n".join(dense_documents(11, 300_000)))


def test_the_scanner_uses_prefiltered_patterns():
    names = {name.split("[")[0] for name, _ in PATTERNS}
    assert {"gambling.TERMS", "html.DANGEROUS", "places.UNIT_AFTER"} <= names


@pytest.mark.parametrize(("name", "prefiltered"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_the_same_matches_as_python_on_dense_text(name, prefiltered, dense_views):
    for view in dense_views:
        assert spans(prefiltered.finditer(view)) == spans(prefiltered.pattern.finditer(view))
        for position in range(0, len(view), 9973):
            for end in (None, position + 500):
                expected = prefiltered.pattern.search(view, position, *([end] if end else []))
                found = prefiltered.search(view, position, end)
                assert spans([found] if found else []) == spans([expected] if expected else [])


@pytest.mark.parametrize(("name", "prefiltered"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_the_same_matches_as_python_on_random_text(name, prefiltered):
    """Random strings from the bytes the pattern and its RE2 superset name, and the separators
    of the views: the superset must match wherever the pattern does."""
    literal = re.sub(
        rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]), prefiltered.pattern.pattern
    )
    alphabet = sorted(
        set(literal) - set(b"\\()[]{}?*+|^$") | set(b" \t\n\r~.,-/:\x1f0123456789aA")
    )
    generator = random.Random(name)  # noqa: S311 - test data
    for _ in range(300):
        view = bytes(generator.choice(alphabet) for _ in range(generator.randint(0, 120)))
        assert spans(prefiltered.finditer(view)) == spans(prefiltered.pattern.finditer(view)), view


def test_a_superset_with_false_candidates_and_close_matches():
    """The RE2 pattern may match where Python's does not: each candidate is checked."""
    pattern = Prefiltered(re.compile(rb"ab(?<=[ ]ab)c+"), rb"abc")
    text = b"xabc abc" + b"." * 500 + b" abccc xabc abc abc"
    expected = [(m.span(), m.group()) for m in pattern.pattern.finditer(text)]
    assert [(m.span(), m.group()) for m in pattern.finditer(text)] == expected
    assert len(expected) == 4
    assert pattern.search(text, 6) is not None and pattern.search(text, 6).start() > 6
    assert pattern.search(text, 0, 7) is None  # " ab" then the window ends before the c


def test_rejects_what_re2_reads_otherwise():
    with pytest.raises(ValueError):
        Prefiltered(re.compile(rb"a\sb"))
    with pytest.raises(TypeError):
        Prefiltered(re.compile("ab"))
