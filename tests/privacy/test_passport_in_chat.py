"""Issue 14, class 7: a passport number in chat wording - the label with a possessive suffix
(paspornya, pasporku), informal words between label and number, a lower-case letter. Plain
Python, no Django. Numbers are made up."""

import pytest

from moderation.privacy import scan_text


@pytest.mark.parametrize(
    "text, value",
    [
        ("[09.12] Rahma: pak, paspornya udah jadi, nomornya C5519027 ya", "C5519027"),
        ("pasporku nmr x4402816, tolong dicek", "x4402816"),
        ("Passportnya no. E 7781204 sudah saya scan", "E 7781204"),
    ],
)
def test_passport_numbers_in_chat(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan_text(text)] == [("passport", value)]
