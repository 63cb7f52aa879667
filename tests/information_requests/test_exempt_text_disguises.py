"""Exempt text disguised with characters a reader does not see, or with look-alike letters, is
the same information (issue 13, verify13i B3): an excerpt of seven findings of the exempt audit
with a combining grapheme joiner, a variation selector or a Hangul filler inside each word, a
dotless i and an Armenian o, or hyphens inside the words, was given out as a new file."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Collection

from information_requests import outgoing
from information_requests.exempt_content import words_of
from ppid_pages.models import PPIDDocument
from tests.information_requests.test_exempt_near_copies import FINDINGS, exempt_audit  # noqa: F401
from tests.test_exempt_by_content import REFUSED
from tests.test_workflow import member

EXCERPT = FINDINGS[1:8]


def per_word(change) -> str:
    return "\n".join(" ".join(change(word) for word in line.split()) for line in EXCERPT)


def inside(mark: str):
    return lambda word: word[:2] + mark + word[2:] if len(word) > 3 else word


def hyphenated(word: str) -> str:
    middle = len(word) // 2
    return word[:middle] + "-" + word[middle:] if len(word) > 5 else word


def look_alikes(word: str) -> str:
    return word.replace("i", "\u0131").replace("o", "\u0585")


DISGUISES = {
    "combining_grapheme_joiner": per_word(inside("\u034f")),
    "variation_selector": per_word(inside("\ufe0f")),
    "hangul_filler": per_word(inside("\u3164")),
    "braille_blank": per_word(inside("\u2800")),
    "accents": per_word(lambda word: word.replace("a", "\u00e1").replace("e", "e\u0301")),
    "dotless_i_and_armenian_o": per_word(look_alikes),
    "hyphen_inside_words": per_word(hyphenated),
    "words_broken_over_lines": per_word(lambda w: hyphenated(w).replace("-", "-\n")),
}


@pytest.mark.parametrize("name", sorted(DISGUISES))
def test_a_disguised_excerpt_of_exempt_text_is_refused(exempt_audit, name):  # noqa: F811
    assert outgoing.holds_exempt_information(DISGUISES[name].encode(), "kutipan.txt")


def test_words_are_read_as_a_reader_sees_them():
    assert words_of("Au\u034fdit si\u3164stem pe-riksa pemerik-\n saan \u0131zin caf\u00e9") == [
        "audit",
        "sistem",
        "periksa",
        "pemeriksaan",
        "izin",
        "cafe",
    ]


def test_a_word_said_twice_stays_two_words():
    # "Undang-Undang" is the stop word "undang" twice, not a new content word.
    assert words_of("Undang-Undang kata-kata surat-menyurat") == [
        "undang",
        "undang",
        "kata",
        "kata",
        "suratmenyurat",
    ]


def test_the_operator_cannot_upload_the_excerpt_with_invisible_joiners(client, exempt_audit):  # noqa: F811
    client.force_login(member("operator2", "Operator"))
    text = DISGUISES["combining_grapheme_joiner"]
    data = {
        "title": "catatan",
        "file": SimpleUploadedFile("catatan.txt", text.encode(), "text/plain"),
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
    }
    response = client.post(reverse("wagtaildocs:add"), data, HTTP_ACCEPT_LANGUAGE="id")
    assert not PPIDDocument.objects.filter(title="catatan").exists()
    assert REFUSED in html.unescape(response.content.decode()).lower()
