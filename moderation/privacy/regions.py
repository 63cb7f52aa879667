"""Kemendagri province codes: the first two digits of a NIK and of a No. KK.

python-stdnum's `id.nik` uses BPS codes (33 provinces; 91 = Papua Barat, 94 = Papua), which
reject real NIKs from Kalimantan Utara (65) and the Papua provinces created in 2022 (93-96).
This table follows Kemendagri (Permendagri 58/2021 and the 2022 Papua laws): 38 provinces.
"""

PROVINCES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}


def is_province(code: str) -> bool:
    return code in PROVINCES


# Two-digit regency part: kabupaten are numbered 01.. (at most 29 today, room left up to 49),
# kota 71..79. 00 and the unused 50-70 and 80-99 are never issued.
REGENCIES = frozenset(f"{number:02d}" for number in (*range(1, 50), *range(71, 80)))
# The first four digits of a NIK / No. KK: province and regency.
AREAS = frozenset(province + regency for province in PROVINCES for regency in REGENCIES)


def is_regency(code: str) -> bool:
    return code in REGENCIES
