"""The scanner's fast paths find exactly what the plain regex they replace finds (issue 14: speed
without losing a finding). Each is compared with its reference on generated dense text and on
random strings made of the characters that matter to it."""

import random
import re

from moderation.privacy import normalize, phones
from moderation.privacy.fold import Views
from tests.privacy.corpus import dense_documents

DENSE = "\n".join(dense_documents(7, 200_000))


def random_texts(alphabet: str, count: int = 2000, seed: int = 14) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 (reproducible test data, not secrets)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80))) for _ in range(count)]


def test_phone_candidates_are_those_of_one_regex():
    reference = re.compile(
        rb"[+(06](?<![A-Za-z0-9+][+(06])(?<![0-9][.\-\x20][+(06])" + phones.BODY, re.VERBOSE
    )
    texts = [DENSE, *random_texts("0123456789+()6 -.a\n", seed=1)]
    for text in texts:
        view = Views(text).lower
        # the way find_phones moves on: one past a rejected candidate, or past a number
        for step in (1, 7):
            search = phones.candidates(view).search
            position = 0
            while True:
                expected = reference.search(view, position)
                found = search(position)
                assert (found and found.span()) == (expected and expected.span()), text
                if expected is None:
                    break
                position = expected.start() + 1 if step == 1 else expected.end() + 1


def test_ocr_letter_hits_are_those_of_the_regex():
    for text in [DENSE, *random_texts("0123456789OolIiSBZGx -.\n")]:
        digits = Views(text).digits
        expected = [match.start() for match in normalize.OCR_LETTER.finditer(digits)]
        assert normalize.ocr_letter_hits(digits) == expected, text


def test_views_of_the_normalised_text_made_from_the_original_are_its_views():
    texts = [
        "NIK 31710147<b>0885</b>0003\u00a0HP 0812\u20133456\u20137890 budi @ gmail . com",
        "No. KK 3171014708\n850003 \u2014 \uff10\uff18\uff11\uff12 3456 7890",
        "WA 6 2 8 5 2 4 7 7 0 2 9 4 9, NIK 3372012303 45O003",
        DENSE,
    ]
    for text in texts:
        original = Views(text)
        normalized = normalize.normalize(original)
        assert normalized is not None
        original.lower  # noqa: B018 - the views the scan computes on the original
        derived = Views.derived(normalized.text, original, normalized.pieces)
        fresh = Views(normalized.text)
        for name in ("cased", "digits", "separators", "shape", "lower", "letters"):
            assert getattr(derived, name) == getattr(fresh, name), (name, text[:80])
