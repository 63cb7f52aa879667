"""Issue 14, class 1 (recall14): fixed-width rows extracted from a PDF whose columns shift by a
few characters from row to row, so that two cells touch with a single space: the header still
types each of them. Plain Python, no Django. Made-up persons."""

from moderation.privacy import scan_text

TABLE = (
    "No  Nama Penerima          No. KK               Tgl Lahir     No. HP           Ket\n"
    "1   Margiyem               3402120101090011     14-06-1958    081327004411     Lansia\n"
    "2 Kasiyo Suprapto        3402120505100023 02-11-1949    085643117720       Lansia\n"
    "3     Tumijan                3402121212080007   30-01-1962 087738812290     Disabilitas\n"
    "4   Wahyuningsih Kusuma Dewi 3402120303110019   09-09-1975    082135559901     Janda\n"
)


def found(kind: str) -> list[str]:
    return [TABLE[f.start : f.end] for f in scan_text(TABLE) if f.kind == kind]


def test_a_birth_date_glued_to_the_number_before_it():
    assert found("birth_date") == ["14-06-1958", "02-11-1949", "30-01-1962", "09-09-1975"]


def test_a_phone_glued_to_the_date_before_it():
    assert "087738812290" in found("phone")


def test_a_long_name_over_the_next_column_is_not_split():
    assert found("address") == []
