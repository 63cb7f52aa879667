"""Issue 14, class 5: an NPWP typed with spaces around its dash is still an NPWP. Plain Python,
no Django. The number is made up (valid check digit)."""

import pytest

from moderation.privacy import scan_text


@pytest.mark.parametrize(
    "text, value",
    [
        ("Wajib pajak: Rudi, NPWP 73.115.820.0 - 541.000.", "73.115.820.0 - 541.000"),
        ("| 3 | Rudi | 73.115.820.0 - 541.000 | Petani |", "73.115.820.0 - 541.000"),
    ],
)
def test_npwp_with_a_spaced_dash(text, value):
    assert [(f.kind, text[f.start : f.end]) for f in scan_text(text)] == [("npwp", value)]


def test_a_range_of_amounts_with_a_spaced_dash_is_not_an_npwp():
    text = "Pagu 12.345.678.9 - 012.000 ribu"  # check digit fails: a figure, not an NPWP
    assert [f.kind for f in scan_text(text)] == []
