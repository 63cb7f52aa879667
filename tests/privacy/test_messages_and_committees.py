"""Issue 14, heldout6 classes F4 and F5 (recall14e): a mail's Message-ID / In-Reply-To /
References name messages, not persons' mailboxes; an election or village committee's free-mail
address (pps.<desa>@gmail.com, panwascam...) is an office's; the date a register is as of
("per 12 November 2026") and a medical-record number written like a date are no birth dates.
Plain Python, no Django. Made-up persons and addresses."""

import pytest

from moderation.privacy import scan_text


def found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == kind]


def test_message_ids_are_no_mailboxes():
    text = (
        "From: Yuliana Sari <yuli.sari88@yahoo.com>\n"
        "Message-ID: <CAK9+wq4471.88123@mail.gmail.com>\n"
        "In-Reply-To: <20261203.4471@ppid.kotaxyz.example>\n"
        "References: <77a1c2@mailer.example.net>\n"
        "\t<CAB+1xy2@mail.gmail.com>\n"
    )
    assert found(text, "email") == ["yuli.sari88@yahoo.com"]


@pytest.mark.parametrize(
    "address",
    ["pps.mekarjaya@gmail.com", "ppk_cibeber2024@gmail.com", "panwascam.lembang@yahoo.co.id"],
)
def test_committee_mailbox_is_an_office(address):
    text = f"Tanggapan masyarakat dapat dikirim ke Sekretariat, surel {address}.\n"
    assert found(text, "email") == []


def test_a_person_named_like_a_word_stays():
    text = "Pemohon: Ppsari Dewi, email ppsari.dewi@gmail.com\n"
    assert found(text, "email") == ["ppsari.dewi@gmail.com"]


@pytest.mark.parametrize(
    "text",
    [
        "REGISTER AKTA KELAHIRAN (per 14 Oktober 2026)\nNo. Akta / Nama Anak / Nama Ibu",
        "Data kelahiran keadaan s.d. 30 September 2026 sebanyak 412 bayi",
        "Pasien Tn. Amir, tanggal lahir tidak diketahui, No. RM: 11-07-52",
    ],
)
def test_as_of_dates_and_record_numbers(text):
    assert found(text, "birth_date") == []


def test_a_school_address_column_is_no_home():
    text = (
        "No\tNISN\tNama Siswa\tTempat, Tgl Lahir\tAlamat Madrasah\tAlamat Siswa\n"
        "1\t0091234561\tNabila\tBlora, 02-03-2010\tJl. Pemuda No. 21\tDukuh Ngaringan RT 02\n"
        "2\t0091234562\tFaris\tBlora, 11-09-2009\tJl. Pemuda No. 21\tDukuh Sambong RT 04\n"
    )
    assert found(text, "address") == ["Dukuh Ngaringan RT 02", "Dukuh Sambong RT 04"]
