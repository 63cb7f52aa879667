"""Issue 14, heldout6 classes M2 and M3 (recall14e): a field name types its value whatever the
syntax - XML elements, JSON members, query strings, vCard properties, `key: value` fields
written as identifiers, HTML label cells - and URL-encoded values are read decoded, their
offsets still into the text as given. Plain Python, no Django. Made-up persons."""

import pytest

from moderation.privacy import scan_text
from moderation.privacy.findings import Severity


def found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in scan_text(text) if f.kind == kind]


@pytest.mark.parametrize(
    "text, birth, home",
    [
        (
            "<warga><nama>Asep Saepudin</nama><tgl_lhr>1978-11-30 00:00:00</tgl_lhr>"
            "<ALAMAT>KAMPUNG CIBODAS</ALAMAT><no_rt>004</no_rt></warga>",
            "1978-11-30",
            "KAMPUNG CIBODAS",
        ),
        (
            '[{"nama_lengkap": "Yohanes Wenda", "tgl_lhr": "22/09/1969", '
            '"domisili": "Kampung Harapan, Distrik Sentani"}]',
            "22/09/1969",
            "Kampung Harapan, Distrik Sentani",
        ),
        (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maria Goreti\r\nBDAY:19910214\r\n"
            "ADR;TYPE=home:;;Banjar Dinas Kaja\\, Desa Sangeh;Badung;;80353;ID\r\nEND:VCARD\r\n",
            "19910214",
            "Banjar Dinas Kaja\\, Desa Sangeh;Badung;;80353;ID",
        ),
        (
            "- id: 17\n  date_of_birth: 02.04.1983\n"
            "  home_address: Gampong Lam Ujong, Kec. Baitussalam\n",
            "02.04.1983",
            "Gampong Lam Ujong, Kec. Baitussalam",
        ),
        (
            "<table><tr><th>Tgl. Lahir</th><td>7 Juli 1988</td></tr>"
            "<tr><th>Alamat</th><td><span>Jorong Sungai Pua, Nagari Batu Palano</span></td></tr>"
            "</table>",
            "7 Juli 1988",
            "Jorong Sungai Pua, Nagari Batu Palano",
        ),
    ],
)
def test_field_types_value(text, birth, home):
    assert found(text, "birth_date") == [birth]
    assert found(text, "address") == [home]
    assert all(f.severity is Severity.BLOCK for f in scan_text(text) if f.kind != "phone")


def test_query_string_values_are_decoded_and_bounded():
    line = (
        '36.81.4.22 - - [03/Mar/2026:09:14:55 +0700] "GET /pengaduan/kirim?nama=Rahmat'
        "&surel=rahmat.hid%40yahoo.co.id&lahir=05%2F01%2F1990&telp=%2B6285212345678"
        '&alamat=Kp.%20Cibeber%20RT%2004%20RW%2002 HTTP/1.1" 302 0 "-" "okhttp/4.9"\n'
    )
    assert found(line, "email") == ["rahmat.hid%40yahoo.co.id"]
    assert found(line, "birth_date") == ["05%2F01%2F1990"]
    assert found(line, "phone") == ["%2B6285212345678"]
    # the address ends with the value: not the status, size and user agent after it
    assert found(line, "address") == ["Kp.%20Cibeber%20RT%2004%20RW%2002"]


@pytest.mark.parametrize(
    "text",
    [
        '{"alamat_kantor": "Jl. Diponegoro No. 8", "ip_address": "10.2.3.4"}',
        "<alamat_sekolah>Jl. Pendidikan No. 12</alamat_sekolah>",
        "Alamat sekolah: Jl. Pendidikan No. 27, Kel. Tanjung",
        "<ALAMAT>[disamarkan]</ALAMAT><ALAMAT>***</ALAMAT><ALAMAT>-</ALAMAT>",
        '{"alamat": "(dianonimkan sesuai Perki 1/2013)"}',
        "<no_akta_lahir>3507-LT-21052019-0042</no_akta_lahir><tempat_lahir>Malang</tempat_lahir>",
        "diskon 50%20 hari ini, dan 30%2F40 peserta",
        "ttl=64 time=12.3 ms",
    ],
)
def test_not_personal(text):
    kinds = {f.kind for f in scan_text(text)}
    assert not kinds & {"address", "birth_date", "email"}
