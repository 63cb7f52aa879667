"""Issue 14 (heldout4 class 3): a date of birth after the verb for "born" in a regional
language of a village newsletter, or written with an English ordinal in a report to donors."""

import pytest

from moderation.privacy import scan_text


def birth_dates(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == "birth_date"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Javanese (ngoko and krama)
        (
            "Sugeng rawuh putra kaping kalih Pak Warsono, lair ing Klaten 12 Maret 2025.",
            "12 Maret 2025",
        ),
        (
            "Almarhumah Mbah Sainem miyos ing tanggal 3 Juli 1941 wonten ing Dhusun Ngasem.",
            "3 Juli 1941",
        ),
        ("Ibu Tumini punika miyos 17-08-1962 ing Wonosari.", "17-08-1962"),
        # Sundanese
        (
            "Wilujeng, putra Kang Dadan parantos borojol tanggal 4 Juni 2025 di Puskesmas.",
            "4 Juni 2025",
        ),
        ("Neng Euis babar dinten Senen, 21/01/2025, di bidan desa.", "21/01/2025"),
        # Balinese
        (
            "Ni Luh Sekar embas ring Tabanan, 9 April 1987, mangkin magenah di Banjar Tegal.",
            "9 April 1987",
        ),
        ("I Wayan Rai lekad ring Gianyar 02-11-1979.", "02-11-1979"),
        # Minang, Banjar, Acehnese / Batak
        (
            "Uda Rusli lahie di Bukiktinggi, 2 Januari 1970, kini marantau ka Pakanbaru.",
            "2 Januari 1970",
        ),
        ("Acil Mariani baranak tanggal 7 Agustus 2025 di RSUD Ulin.", "7 Agustus 2025"),
        ("Teungku Hasan lahe di Bireuen, 11-10-1958.", "11-10-1958"),
        ("Anak kami dilahirkan pada 30 Desember 2024 di rumah.", "30 Desember 2024"),
        # English ordinals
        (
            "The beneficiary, Mrs. Wati, was born on 13th February 1986 in Maros.",
            "13th February 1986",
        ),
        ("Born on the 1st of March 1975, he farms two hectares.", "1st of March 1975"),
        ("Date of birth: February 22nd, 1990.", "February 22nd, 1990"),
        ("Mr. Kornelis (born 3rd Aug 1968) heads the household.", "3rd Aug 1968"),
    ],
)
def test_birth_date_after_a_regional_verb_or_an_english_ordinal(text, date):
    assert date in birth_dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kunjungan kerja ke Kecamatan Pulau-Pulau Babar, 14 Februari 2025.",
        "Rapat dimulai 3rd March 2025 at the village hall.",
    ],
)
def test_no_birth_date_without_a_birth_verb(text):
    assert birth_dates(text) == []
