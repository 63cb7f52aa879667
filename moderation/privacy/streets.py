"""Home addresses without RT/RW: "Alamat: Jl. Kenanga No. 12, Kel. Sinduadi, Kec. Mlati".

personal.py finds addresses by their RT/RW. Many addresses have none (towns, housing estates):
a street or hamlet word (Jl., Jalan, Gg., Perum, Komplek, Dusun, Kp.) and a name, then a house
number (No. 12, Nomor 5A, No. 3/14) or at least two localities (Desa / Kel., Kec., Kab. / Kota).
The street address of an office looks the same, so such an address is reported only with a
person context:
- an address label before it (alamat, beralamat, tinggal di, domisili, bertempat tinggal), but
  not "alamat kantor / sekolah / sekretariat / instansi / kami / surat / e-mail / website"
  (places.NOT_PERSON_AFTER):
  BLOCK, 0.85;
- on a line that also holds an identifier (a row of a table of persons): BLOCK, 0.8.
The finding runs from the street word to the last locality.
"""

import re

from .findings import Finding, Severity
from .fold import Views
from .masking import mask_value
from .places import COMPANY_BEFORE, NOT_PERSON_AFTER
from .spans import Spans

STREET_ADDRESS = re.compile(
    r"""
    (?<![A-Za-z])(?:Jl|Jln|JL|JLN|Jalan|JALAN|Gg|GG|Gang|Perum|Perumahan|Komp|Kompleks|Komplek
      |Dusun|Dsn|Kp|Kampung)\.?\x20+
    (?P<name>[A-Z0-9][\w'.\-]*(?:\x20+(?!No\b|Nomor\b)[A-Z0-9][\w'.\-]*){0,5})
    (?P<house>\x20*,?\x20*(?:No|NO|Nomor|Nomer)\.?\x20*[0-9]{1,4}[A-Za-z]?(?:\x20*/\x20*[0-9]{1,4})?
      (?![0-9]))?
    (?P<places>(?:\x20*,?\x20*(?:Desa|Ds\.|Kel\.|Kelurahan|Kalurahan|Kec\.|Kecamatan|Kapanewon
      |Kab\.|Kabupaten|Kota|Distrik)\x20+[A-Z][\w\-]*(?:\x20[A-Z][\w\-]*){0,2})*)
    """,
    re.VERBOSE,
)
LOCALITY = re.compile(r"Desa|Ds\.|Kel|Kal|Kec|Kap|Kab|Kota|Distrik")
CUES = (b"alamat", b"tinggal", b"domisili")
CUE_REACH = 40
OFFICE_AFTER_CUE = NOT_PERSON_AFTER  # "alamat kantor / sekolah / perusahaan ...", "alamat_kantor"
STREET_HINT = re.compile(rb"jl|jalan|gg|gang|perum|komp|dusun|dsn|kp")


def find_street_addresses(views: Views, taken: Spans, identifier_lines: set[int]) -> list[Finding]:
    """Addresses without RT/RW in a person context, outside `taken` (RT/RW addresses)."""
    text, lower = views.text, views.lower
    findings: list[Finding] = []
    seen: set[int] = set()
    for cue in CUES:
        position = lower.find(cue)
        while position >= 0:
            cue_end = position + len(cue)
            position = lower.find(cue, cue_end)
            if position >= 0 and position - cue_end < 3:
                continue  # "beralamat" / "alamat tinggal": the later cue decides
            if OFFICE_AFTER_CUE.match(lower, cue_end):
                continue
            if company_row(lower, cue_end - len(cue)):
                continue
            match = STREET_ADDRESS.search(text, cue_end, cue_end + CUE_REACH + 160)
            if match and match.start() - cue_end <= CUE_REACH:
                add(findings, seen, match, taken, 0.85)
    for line_start in identifier_lines:
        line_end = text.find("\n", line_start, line_start + 4096)
        line_end = line_start + 4096 if line_end < 0 else line_end
        if taken.overlaps(line_start, line_end) or not STREET_HINT.search(
            lower, line_start, line_end
        ):
            continue  # the row's address was found by its RT/RW, or the row has no street
        for match in STREET_ADDRESS.finditer(text, line_start, line_end):
            add(findings, seen, match, taken, 0.8)
    return findings


def company_row(lower: bytes, cue_start: int) -> bool:
    """Whether the row (line) before an address cue names a company or an institution: the
    'Alamat' cell of a vendor's row in a procurement table is the company's address."""
    line_start = lower.rfind(b"\n", max(0, cue_start - 300), cue_start) + 1
    return (
        COMPANY_BEFORE.search(lower, line_start or max(0, cue_start - 300), cue_start) is not None
    )


def add(findings: list, seen: set, match: re.Match, taken: Spans, confidence: float) -> None:
    start, end = match.start(), match.end()
    if start in seen or taken.overlaps(start, end):
        return
    places = len(LOCALITY.findall(match.group("places") or ""))
    if not match.group("house") and places < 2:
        return
    seen.add(start)
    value = match.group().rstrip(" ,")
    end = start + len(value)
    findings.append(Finding("address", start, end, mask_value(value), Severity.BLOCK, confidence))
