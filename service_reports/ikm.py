"""Indeks Kepuasan Masyarakat (IKM) as PermenPAN-RB 14/2017 prescribes (no Django here).

Nine elements (unsur), each answered 1-4. The average of each element (NRR per unsur) is
weighted equally (1/9), the weighted sum is the IKM (1-4), and the IKM times 25 is the unit's
service value (25-100), graded by the regulation's intervals.
"""

from __future__ import annotations

from dataclasses import dataclass

ELEMENTS = (
    ("u1", "Persyaratan"),
    ("u2", "Sistem, mekanisme, dan prosedur"),
    ("u3", "Waktu penyelesaian"),
    ("u4", "Biaya/tarif"),
    ("u5", "Produk spesifikasi jenis pelayanan"),
    ("u6", "Kompetensi pelaksana"),
    ("u7", "Perilaku pelaksana"),
    ("u8", "Penanganan pengaduan, saran dan masukan"),
    ("u9", "Sarana dan prasarana"),
)
CONVERSION = 25
# (lowest service value of the grade, grade letter, quality of service)
GRADES = (
    (88.31, "A", "Sangat Baik"),
    (76.61, "B", "Baik"),
    (65.00, "C", "Kurang Baik"),
    (25.00, "D", "Tidak Baik"),
)


@dataclass(frozen=True)
class Index:
    respondents: int
    element_averages: dict[str, float]  # NRR per unsur
    ikm: float  # 1-4
    value: float  # 25-100 (nilai IKM unit pelayanan)
    grade: str
    quality: str


def grade_of(value: float) -> tuple[str, str]:
    for lowest, grade, quality in GRADES:
        if round(value, 2) >= lowest:
            return grade, quality
    return GRADES[-1][1], GRADES[-1][2]


def index(element_sums: dict[str, int], respondents: int) -> Index | None:
    """The IKM from each element's sum of answers over `respondents` answers (None if none)."""
    if respondents <= 0:
        return None
    averages = {code: element_sums[code] / respondents for code, _label in ELEMENTS}
    ikm = sum(averages.values()) / len(ELEMENTS)
    value = ikm * CONVERSION
    grade, quality = grade_of(value)
    return Index(respondents, averages, round(ikm, 4), round(value, 2), grade, quality)
