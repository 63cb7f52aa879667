"""Issue 14 (heldout7 misses): a NIK split at an odd place after a NIK label is read however
wide the gap between the label and its colon (a form aligned with spaces)."""

from moderation.privacy import scan_text


def test_split_nik_after_a_label_with_a_wide_gap():
    text = "Nama              : Budi Santoso\nNIK               : 337401570 8900003\n"
    assert [text[f.start : f.end] for f in scan_text(text) if f.kind == "nik"] == [
        "337401570 8900003"
    ]
