"""Issue 14 (heldout5 misses, class 5): a row with two address columns (a population-movement
report's "Alamat Lama | Alamat Baru", origin and destination) holds two addresses; each is
found, not only the one another detector already saw."""

from moderation.privacy import scan_text

MOVES = (
    "No\tNama\tNIK\tAlamat Lama\tAlamat Baru\tTgl Pindah\n"
    "1\tHendrik Wanma\t9105021204800001\tKampung Rayori, Distrik Supiori Selatan"
    "\tPerumahan Taman Sari Blok B No. 4, Kel. Sawah Besar, Kota Semarang\t12-02-2025\n"
    "2\tYuliana Rumere\t9105025006900002\tJl. Ahmad Yani Kampung Sorendiweri"
    "\tDusun Karangrejo RT 02 RW 05, Desa Wonokerto, Kab. Sleman\t03-03-2025\n"
    "3\tMarkus Ap\t9105020103850003\tKampung Fanindi RT 01"
    "\tJl. Merbabu Gg. Anggrek No. 8, Kota Malang\t17-04-2025\n"
)
SPLIT = (
    "Nama | NIK | Alamat | Dusun | RT | Desa\n"
    "Sutarmi | 3402125505700001 | Jl. Kenanga 4 | Krajan | 02 | Sumberagung\n"
    "Ngadiman | 3402120202650002 | Jl. Flamboyan 9 | Krajan | 03 | Sumberagung\n"
)


def addresses(text: str) -> set[str]:
    return {text[f.start : f.end] for f in scan_text(text) if f.kind == "address"}


def test_origin_and_destination_are_two_addresses():
    assert {
        "Kampung Rayori, Distrik Supiori Selatan",
        "Perumahan Taman Sari Blok B No. 4, Kel. Sawah Besar, Kota Semarang",
        "Jl. Ahmad Yani Kampung Sorendiweri",
        "Dusun Karangrejo RT 02 RW 05, Desa Wonokerto, Kab. Sleman",
        "Kampung Fanindi RT 01",
        "Jl. Merbabu Gg. Anggrek No. 8, Kota Malang",
    } <= addresses(MOVES)


def test_an_address_split_over_its_parts_is_still_one():
    found = addresses(SPLIT)
    assert "Jl. Kenanga 4 | Krajan | 02 | Sumberagung" in found
