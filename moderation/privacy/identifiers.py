"""NIK, No. KK, NPWP, BPJS and bank account numbers; NIP recognised first and left alone.

Two regex passes with literal prefixes - over the digit view (Views.digits: every digit is
0x1f) for numbers whose first group has 4+ digits, over the separator view (digits 0x1f and
". -" all as ".") for first groups of 2-3 digits - find number-shaped candidates; each is then
checked on the real text:

- NIP, 18 digits (`DDDDDDDD DDDDDD D DDD` or plain) with a valid birth and appointment date:
  claimed, so its digits are never read as a NIK or a phone, and not reported (an official's
  number in a signature block is public).
- 16 digits, plain / 4-4-4-4 / 6-6-4 / 4-2-6-4 (space, dot or dash) / 2-2-2-6-4 (space, dot or
  dash) or 2-2-2-2-2-2-4 (dot or dash): the nearest label decides - No. KK / Kartu Keluarga -> kk,
  NPWP -> npwp (the 16-digit NPWP since 2024), rekening / bank name -> bank_account, NIP / ISBN /
  virtual account / registration -> not reported. With a NIK label or no label, a number whose
  area code and birth date are valid (see structure.py) is a nik: confidence 0.97 with a label,
  0.8 without (tables of aid recipients rarely repeat the label).
- 12 to 15 digits followed by mask characters (* x X #) up to 16, in the same layouts: a NIK or
  No. KK with only (part of) the serial hidden stays recoverable; reported when the visible part
  has a valid area code and date (confidence 0.6-0.75). Masks elsewhere: masked.py.
- NPWP, 15 digits XX.XXX.XXX.X-XXX.XXX (or with all dots / spaces): reported when the Luhn check
  over the first 9 digits holds, or near an NPWP label (also earlier on its line, with words
  between: "NPWP (badan hukum diwakili perorangan): ..."), or in exactly the dotted shape
  99.999.999.9-999.999 (0.8). Plain 15 digits need the label.
- A NIK split at any other place into two or three groups ("NIK 320605420 1830010") after a
  NIK / KTP label, when its area code and date are valid (split_niks, 0.9).
- BPJS, 13 digits (plain or 4-4-4-1): near a BPJS / JKN / KIS label, or without a label when
  it starts with 000 (the BPJS Kesehatan card numbering), confidence 0.65; 11 digits (BPJS
  Ketenagakerjaan KPJ) only after a BPJS label.
- Bank accounts, 10-18 digits (plain, grouped with dots or dashes, or 3-3-4 with spaces: BCA
  123 456 7890): only after a bank label (rekening, no. rek, a bank name) or when followed by
  "a.n." / "atas nama". Figures in thousands format (1.234.567.890) and budget account codes
  (kode rekening 5.2.2.57) are not.
- KKS (Kartu Keluarga Sejahtera, the bank card of the social-aid programmes), 12-19 digits in
  any grouping after a KKS label -> kks.
All identifier findings are BLOCK.

In plain-text tables a column header decides too (columns.py): a valid No. KK under a "No. KK"
header is a kk (0.9), a BPJS number under a "BPJS" header a bpjs, a valid NPWP under "NPWP" an
npwp. Bank accounts may also be spaced in groups of 1-9 digits after a bank label (4 + 8, 4 + 9).

Published on purpose, so not reported (`institutional`): accounts of an institution - the
regional treasury account (Rekening Kas Umum Daerah, RKUD, kas daerah), a treasurer's account
(rekening bendahara pengeluaran), "rekening dinas / desa / sekolah ..." within 100 characters
before the number on its line, or followed by "a.n. <institution>" - and an institution's NPWP:
type 00 (government treasurers: 00.xxx.xxx.x-xxx.xxx, 000... in the 16-digit form) or right
after "NPWP Pemerintah / Dinas / Bendahara / Desa ..."; and a company's account or NPWP (a PT,
CV, koperasi or yayasan named before it on its line, or "a.n. PT ..." after it: procurement
announcements). Anything else the office publishes on
purpose goes in its allow-list (site settings).

Known limits: a NIK written in thousands format or split by line breaks is missed; a No. KK
in a table with one cell per line is reported as nik (still blocked); numbers glued to letters
(NIK3201...) are skipped.
"""

import re
from collections.abc import Iterator

from stdnum.id import npwp as stdnum_npwp

from .alternation import by_first_letter
from .columns import column_kind
from .context import LABEL, LABEL_KINDS, NUMBER_IN_GAP, label_before, name_follows
from .findings import Finding, Severity
from .fold import Views, register_words
from .masking import mask_number
from .structure import (
    digits_of,
    is_kk_head,
    is_nik_head,
    is_nip,
    nik_and_kk,
    npwp_check,
    trader_npwp,
)

MASK_CHARS = "*xX#"
FILE_NAME = re.compile(
    r"[._\-]?[A-Za-z0-9_\-]*\.(?:pdf|jpe?g|png|gif|webp|heic|tiff?|docx?|xlsx?|zip)\b", re.I
)
GLUE = frozenset("./-")
MASKS = re.compile(r"[*xX#]")
FLOAT_TAIL = re.compile(r"\.0+$")
THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:[.,]\d{1,2})?")

# On the digit view, numbers whose first group has 4 digits or more. The shapes are tried in
# this order: nip, g88, g124, g4, g4264, g664, g13, spaced, run; the byte after the first four
# digits picks the ones that can match (a digit: nip, g88 and g124 - a NIK split 8-8 or 12-4
# by a space -, g664; a separator: g4, g4264, g13, spaced; run after both), so the regex
# engine does not open every shape's groups at every number. Every shape goes on after the
# four digits with a digit, or a separator and a digit: checked first, so that a year before a
# space, a bar or a word ("Tahun 2022 |") fails at once.
LONG_FIRST = re.compile(
    rb"""
    \x1f\x1f\x1f\x1f(?<![\x1fA-Za-z]\x1f\x1f\x1f\x1f)(?<!\x1f[.\-]\x1f\x1f\x1f\x1f)
    (?!(?<=\x1f/\x1f\x1f\x1f\x1f)\x20)  # the year of 04/07/1981, not a number's first group
    (?=\x1f|[\x20.\-]\x1f)
    (?:
        (?=\x1f)
        (?:
            (?P<nip>\x1f{4}\x20\x1f{6}\x20?\x1f\x20?\x1f{3})(?![\x1fA-Za-z])
          | (?P<g88>\x1f{4}\x20\x1f{8})(?![\x1fA-Za-z*\#]|\x20\x1f)
          | (?P<g124>\x1f{8}\x20\x1f{4})(?![\x1fA-Za-z*\#]|\x20\x1f)
          | (?P<g664>\x1f\x1f(?P<s2>[\x20.\-])\x1f{6}(?P=s2)[\x1f*xX\#]{4})(?![\x1fA-Za-z*\#])
        )
      | (?=[\x20.\-])
        (?:
            (?P<g4>(?P<s1>[\x20.\-])\x1f{4}(?P=s1)\x1f{4}(?P=s1)[\x1f*xX\#]{4})
                (?![\x1fA-Za-z*\#]|(?P=s1)\x1f)
          | (?P<g4264>(?P<s6>[\x20.\-])\x1f\x1f(?P=s6)\x1f{6}(?P=s6)[\x1f*xX\#]{4})
                (?![\x1fA-Za-z*\#])
          | (?P<g13>(?P<s5>[\x20\-])\x1f{4}(?P=s5)\x1f{4}(?P=s5)\x1f)(?![\x1fA-Za-z])
          | (?P<spaced>(?:\x20\x1f{1,9}){1,5})(?![\x1fA-Za-z*\#]|\x20\x1f)
        )
      | (?P<run>(?=(?:[.\-]?\x1f){6})\x1f*+(?:[.\-]\x1f++)*+[*xX\#]{0,4})(?![\x1fA-Za-z*\#])
    )
    """,
    re.VERBOSE,
)
# On the separator view (digits 0x1f, any of ". -" as "."), numbers whose first group has 2 or
# 3 digits: the region-dotted NIK, the formatted NPWP, grouped bank account numbers. Both start
# with the literal "two digits, a separator and a digit" (a 3-digit first group is found from
# its second digit, so its match starts one byte late: SHORT_LATE): without a common literal the
# regex engine would stop at every digit. Every shape has a digit after the separator, so that
# digit is part of the literal (the look-behinds count it): "12 Mei", "2020 |" and the like,
# frequent in a dense text, are passed over by the literal search instead of being tried.
SHORT_FIRST = re.compile(
    rb"""
    \x1f\x1f\.\x1f
    (?:
        (?<![\x1fA-Za-z]\x1f\x1f\.\x1f)(?<!\x1f\.\x1f\x1f\.\x1f)
        (?:
            (?P<gregion>\x1f\.\x1f\x1f\.(?:\x1f{6}|\x1f\x1f\.\x1f\x1f\.\x1f\x1f)\.\x1f{4})
                (?![\x1fA-Za-z])
          | (?P<npwp>\x1f\x1f\.\x1f{3}\.\x1f(?:\.|\.\.\.)[\x1f*xX\#]{3}\.[\x1f*xX\#]{3})
                (?![\x1fA-Za-z*\#])
          | (?P<group2>(?=(?:\.?\x1f){7})\x1f*+(?:\.\x1f++)*+)(?![\x1fA-Za-z*\#])
        )
      | (?<=\x1f\x1f\x1f\.\x1f)(?<![\x1fA-Za-z]\x1f\x1f\x1f\.\x1f)(?<!\x1f\.\x1f\x1f\x1f\.\x1f)
        (?P<group3>(?=(?:\.?\x1f){6})\x1f*+(?:\.\x1f++)*+)(?![\x1fA-Za-z*\#])
    )
    """,
    re.VERBOSE,
)
SHORT_LATE = frozenset({"group3"})
GREGION = re.compile(
    r"\d\d([.\-])\d\d\1\d\d\1(?:\d{6}|\d\d\1\d\d\1\d\d)\1\d{4}|\d\d \d\d \d\d \d{6} \d{4}"
)
NPWP_FORMAT = re.compile(
    r"\d\d[. ]\d{3}[. ]\d{3}[. ]\d(?:[.\- ]|\x20-\x20)[\d*xX#]{3}[. \-][\d*xX#]{3}"
)  # "12.345.678.9 - 012.000": a dash with spaces around it, as typed by hand
GROUPED = re.compile(r"\d+(?:([.\-])\d+)(?:\1\d+)*|\d+(?:[.\-]\d+)+|\d+(?: \d+)+")
SHORT_CHECKS = {"gregion": GREGION, "npwp": NPWP_FORMAT}


SILENCING = frozenset({"account_code", "other", "nip"})
CODES = frozenset({"account_code", "other"})  # label words that also name codes ("NIB-...")
NIK_OR_NIP = re.compile(rb"(?<![a-z])(?:nik\s*/\s*nip|nip\s*/\s*nik)(?![a-z])")
WINDOW = 40
BANK_LABELS = {"bank": "bank_account", "kks": "kks"}


def finding(
    kind: str, text: str, start: int, end: int, confidence: float, excerpt: str | None = None
) -> Finding:
    value = text[start:end]
    return Finding(kind, start, end, excerpt or mask_number(value), Severity.BLOCK, confidence)


def glued(text: str, start: int, end: int) -> bool:
    """Glued to . / - and more characters on both sides: an amount, letter number or code.
    (Not the comma: it separates CSV cells.)"""
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    return (
        len(before) == 2
        and before[1] in "./-"
        and before[0].isalnum()
        and len(after) == 2
        and after[0] in "./-"
        and after[1].isalnum()
    )


# "5301-LU-18122025-2375" (an akta number: region, register letters, date, serial),
# "474.1/LT/2025/00123": a number after letters set between dashes or slashes is the tail of a
# registration number, not an account.
REGISTRATION_BEFORE = re.compile(r"[0-9][\-/.][A-Za-z]{1,5}[\-/]$")


def registration_tail(text: str, start: int) -> bool:
    return REGISTRATION_BEFORE.search(text, max(0, start - 8), start) is not None


# "SK-PBG-611001-06072026-04" (a SIMBG building permit: the district code, the date, a
# serial), "SLF-351501-12032026-0012", "503/IMB/3515011203260001", "3515011203260001-KRK": a
# number glued by a dash or a slash to a code of letters is a permit or registration number,
# even when its digits make a valid NIK (a region code and a date are what both hold). A label
# glued so ("NIK-3201...", "/uploads/kk/3671....pdf") is still a label, and a file name after
# the number is the file's.
# Permit and register codes are written in capitals (SK-PBG, SLF, IMB/KRK); a word in lower case
# glued to the number is a slug or a path ("penerima-3404...", "/data/penerima/3404..."), which
# holds the person's NIK.
CODE_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z]{2,8})[\-/]$")
CODE_AFTER = re.compile(r"[\-/]([A-Z]{2,8})(?![A-Za-z])")
GLUE_CODE = ("-", "/")
NOT_CODES = frozenset({"no", "nomor", "nmr", "nomer"})
CODE_REACH = 10


def code_glued(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the number part of a code with letters (a permit number)."""
    if text[start - 1 : start] not in GLUE_CODE and text[end : end + 1] not in GLUE_CODE:
        return False  # the common case: one look at each side
    before = CODE_BEFORE.search(text, max(0, start - CODE_REACH), start)
    after = CODE_AFTER.match(text, end, end + CODE_REACH) if before is None else None
    code = before or after
    if code is None or FILE_NAME.match(text, end):
        return False  # ".../berkas/6571....pdf": a file named by the number holds it
    word = code.group(1).lower()
    if word in NOT_CODES:
        return False
    label = LABEL.match(b" " + word.encode() + b" ")
    return label is None or label.end() != len(word) + 1 or LABEL_KINDS[label.lastgroup] in CODES


def find_identifiers(views: Views) -> tuple[list[Finding], list[tuple[int, int]]]:
    """(findings, claimed NIP ranges) for the identifier kinds."""
    text = views.text
    findings: list[Finding] = []
    nips: list[tuple[int, int]] = []
    for start, end, shape in candidates(views):
        value = text[start:end]
        digits = value if value.isdigit() else digits_of(value)
        masked = len(MASKS.findall(value)) if value[-1] in MASK_CHARS else 0
        if len(digits) == 18 and shape in ("nip", "run") and not masked and is_nip(digits):
            nips.append((start, end))
        elif (
            text[start - 1 : start] not in GLUE
            or not glued(text, start, end)
            or (len(digits) == 16 and FILE_NAME.match(text, end) and any(nik_and_kk(digits)))
        ) and not code_glued(text, start, end):
            result = classify(views, start, end, shape, digits, masked)
            if result and (
                result.kind not in PUBLISHED_KINDS or not institutional(views, result, digits)
            ):
                findings.append(result)
    split = split_niks(views, findings)
    if split:
        findings = sorted(findings + split, key=lambda found: found.start)
    return findings, nips


# "NIK 320605420 1830010", "KTP: 3206 0542 01830010": a NIK split by a space (or dash) at a
# place none of the usual layouts has. Any split into two or three groups is read after a NIK
# label, when the 16 digits have a valid area code and birth date.
register_words((b"nik", b"ktp"))
SPLIT_AFTER_LABEL = re.compile(  # a wide gap before the colon: "NIK           : 930822580 ..."
    rb"[\x20\t]{0,24}[\x20\t.:=()/\-]{0,6}(?:no(?:mor)?\.?\x20?)?[\x20:]{0,3}"
    rb"([0-9]{1,15}(?P<sep>[\x20\-])[0-9]{1,15}(?:(?P=sep)[0-9]{1,15})?)(?![0-9A-Za-z])"
)


def split_niks(views: Views, findings: list[Finding]) -> list[Finding]:
    lower, result = views.lower, []
    for word in (b"nik", b"ktp"):
        for position in views.starts(word):
            if lower[position - 1 : position].isalnum() and position:
                continue
            match = SPLIT_AFTER_LABEL.match(lower, position + 3)
            if match is None:
                continue
            start, end = match.span(1)
            digits = digits_of(views.text[start:end])
            if len(digits) != 16 or not nik_and_kk(digits)[0]:
                continue
            if any(found.start < end and start < found.end for found in findings + result):
                continue
            result.append(finding("nik", views.text, start, end, 0.9))
    return result


# The regional treasury account (RKUD) and other accounts of an institution are published on
# purpose (for taxes and retributions); so is an institution's NPWP.
PUBLIC_ACCOUNT = re.compile(
    # Every branch starts with a literal letter, the look-behinds checked after it: the regex
    # engine stops only at those letters (a branch opening with (?<![a-z]) is tried at every
    # position of the window). Only whether it matches is used.
    rb"k(?:as\s+umum\s+(?:daerah|negara|desa)|as\s+(?:daerah|desa|negara)|(?<![a-z]k)asda(?![a-z]))"
    rb"|r(?:(?<![a-z]r)(?:kud|kun|kd)(?![a-z])|(?<![a-z]r)(?:ekening|ek\.?)\s+kas(?![a-z])"
    rb"|ekening\s+(?:pemerintah|penerimaan|penampungan|dinas|instansi|kantor|desa|sekolah|bumdes"
    rb"|pdam|rsud|puskesmas)"
    # donations and funds an institution collects: "rekening donasi", "dikirim ke rekening
    # BPBD", "rekening posko", the hajj fund (BPIH / BPKH), a mosque's or a committee's account
    rb"|ekening\s+(?:donasi|sumbangan|peduli|posko|bpbd|baznas|bazis|laz|lazis\w*|masjid"
    rb"|mesjid|gereja|panitia|yayasan|pemda|pemkab|pemkot|pemprov|setda|kemenag|kua|bpih|bpkh"
    rb"|haji|dana\s+(?:bantuan|sosial|bencana|haji|desa)|bantuan\s+(?:bencana|kemanusiaan|sosial)"
    rb"|penggalangan|kemanusiaan|tanggap\s+darurat))"
    rb"|b(?:endahara(?:wan)?\s+(?:umum|pengeluaran|penerimaan|daerah|desa|dinas)"
    rb"|(?<![a-z]b)pih(?![a-z]))"
    rb"|d(?<![a-z]d)onasi(?![a-z])|s(?<![a-z]s)(?:umbangan|etoran\s+awal)(?![a-z])"
    rb"|g(?<![a-z]g)alang\s+dana(?![a-z])"
)
INSTITUTION_NPWP = re.compile(
    rb"npwp\s*(?:\(?[a-z ]*\)?\s*)?(?:milik\s+)?(?:pemerintah|pemkab|pemkot|pemprov|dinas|badan"
    rb"|instansi|satker|satuan\s+kerja|bendahara|sekretariat|kantor|rsud|puskesmas|kecamatan"
    rb"|kelurahan|desa|bumd|bumdes|pdam|sekolah|lembaga)"
)
# "NPWP (badan hukum diwakili perorangan)", "NPWP orang pribadi": a person's number even when
# an institution word stands in the label.
PERSON_NPWP = re.compile(rb"(?<![a-z])(?:perorangan|pribadi|perseorangan)(?![a-z])")
CONTEXT_REACH = 100
PUBLISHED_KINDS = frozenset({"bank_account", "npwp"})  # an institution may publish its own


def institutional(views: Views, finding: Finding, digits: str) -> bool:
    """A bank account of an institution (RKUD, a treasurer's account) or an institution's
    NPWP: 00 is the NPWP type of government treasurers (bendahara instansi pemerintah), 000 in
    the 16-digit form."""
    kind = finding.kind
    if kind not in PUBLISHED_KINDS:
        return False
    if kind == "npwp" and (
        (len(digits) == 15 and digits[:2] == "00") or (len(digits) == 16 and digits[:3] == "000")
    ):
        return True
    lower, start = views.lower, finding.start
    low = max(0, start - CONTEXT_REACH)
    low = max(low, lower.rfind(b"\n", low, start) + 1)
    if kind == "npwp":
        found = (
            INSTITUTION_NPWP.search(lower, low, start) is not None
            and PERSON_NPWP.search(lower, low, start) is None
        )
    else:
        found = PUBLIC_ACCOUNT.search(lower, low, start) is not None
    return (
        found
        or company_holds(lower, low, start, finding.end)
        or (kind == "npwp" and trader_npwp(views.text, low, start, digits))
    )


# A company's (or a cooperative's, a foundation's) account and NPWP: in a procurement
# announcement they belong to a business entity, not to a person. A sole trader (UD, toko)
# often uses the owner's own NPWP: not counted.
COMPANY_WORDS = (
    "pt",
    "cv",
    "fa",
    "firma",
    "koperasi",
    "kop",
    "yayasan",
    "persero",
    "bumdes",
    "bumd",
)
COMPANY = rb"(?:" + "|".join(COMPANY_WORDS).encode() + rb")\.?\s+[a-z0-9]"
# (?<![a-z])COMPANY, written so that the engine only stops at the words' first letters
COMPANY_BEFORE = re.compile(
    rb"(?:" + by_first_letter(COMPANY_WORDS, not_after="[a-z]").encode() + rb")\.?\s+[a-z0-9]"
)
COMPANY_AFTER = re.compile(rb"[\s,;:()]*(?:a\.?\s?n\.?|atas\s+nama|milik)\s+" + COMPANY)
HOLDER_WORDS = (r"a\.?\s?n\.", r"atas\s+nama", "direktur", "pemilik", "sdr", "bapak", "ibu")
HOLDER_BETWEEN = re.compile(by_first_letter(HOLDER_WORDS, not_after="[a-z]").encode())


def company_holds(lower: bytes, low: int, start: int, end: int) -> bool:
    """Whether the number is a company's: followed by "a.n. PT ..." / "atas nama CV ...", or
    after a company's name on its line with no person (a.n., direktur, Sdr.) in between."""
    if COMPANY_AFTER.match(lower, end, end + 60):
        return True
    # this line, and the lines of its block above it ("Nama Penyedia : CV ..." / "NPWP : ...")
    block = low
    for _ in range(BLOCK_LINES):
        if block < 2 or lower[block - 2 : block] == b"\n\n" or start - block > BLOCK_REACH:
            break
        block = lower.rfind(b"\n", max(0, block - BLOCK_REACH), block - 1) + 1
    last = -1
    for company in COMPANY_BEFORE.finditer(lower, block, start):
        last = company.end()
    return last >= 0 and not HOLDER_BETWEEN.search(lower, last, start)


BLOCK_LINES = 4
BLOCK_REACH = 400


def candidates(views: Views) -> Iterator[tuple[int, int, str]]:
    """(start, end, shape) of number-shaped candidates, checked against the real text."""
    text = views.text
    check_digits = "\x1f" in text  # a literal 0x1f in the text would pass for a digit
    long_ends = set()
    for match in LONG_FIRST.finditer(views.digits):
        start, end = match.span()
        long_ends.add(end)
        shape = match.lastgroup or ""
        if shape == "run" and text[end - 2 : end] == ".0":
            tail = FLOAT_TAIL.search(text, start, end)
            if tail and tail.start() - start == 16 and text[start : tail.start()].isdigit():
                end = tail.start()  # 3171011708450000.0: a NIK from a spreadsheet cell
        if not check_digits or digits_agree(views, start, end):
            yield start, end, shape
    for match in SHORT_FIRST.finditer(views.separators):
        start, end = match.span()
        shape = match.lastgroup or ""
        if shape in SHORT_LATE:
            start -= 1
        if end in long_ends and len(digits_of(text[start:end])) not in (13, 15, 22):
            continue  # the tail of a number already found (a BPJS 000 1234567890 is read whole)
        if SHORT_CHECKS.get(shape, GROUPED).fullmatch(text, start, end) and (
            not check_digits or digits_agree(views, start, end)
        ):
            yield start, end, ("run" if shape in ("group2", "group3") else shape)


def digits_agree(views: Views, start: int, end: int) -> bool:
    digits = digits_of(views.text[start:end])
    return views.digits.count(0x1F, start, end) == len(digits)


def classify(
    views: Views, start: int, end: int, shape: str, digits: str, masked: int
) -> Finding | None:
    count = len(digits)
    if masked:
        if count >= 10 and count + masked == 16:
            return masked_sixteen(views, start, end, digits)
        if shape == "npwp" and count + masked == 15:
            return masked_npwp(views, start, end, digits)
        return None
    if count == 16:
        return sixteen(views, start, end, digits)
    if shape == "npwp" or (shape == "run" and count == 15 and views.text[start:end].isdigit()):
        found = npwp15(views, start, end, digits, formatted=shape == "npwp")
        if found:
            return found
    if count == 22 and shape in ("run", "spaced"):
        return nitku(views, start, end, digits)
    if shape in ("g13", "run", "spaced") and count == 13:
        found = bpjs13(views, start, end, digits)
        if found:
            return found
    if shape in ("run", "spaced") and 10 <= count <= 18:
        return account(views, start, end, digits, spaced=" " in views.text[start:end])
    return None


def sixteen(views: Views, start: int, end: int, digits: str) -> Finding | None:
    label = label_before(views, start)
    nik, kk = nik_and_kk(digits)
    if label is None:
        if kk and column_kind(views, start) == "kk":
            return finding("kk", views.text, start, end, 0.9)
        return finding("nik", views.text, start, end, 0.8) if nik else None
    if label == "nip" and nik and nik_or_nip_key(views.lower, start):
        # a "NIK/NIP" key: NIP for officials (18 digits), NIK for residents (16)
        return finding("nik", views.text, start, end, 0.9)
    if label in SILENCING:
        return None
    if label == "bank":
        return finding("bank_account", views.text, start, end, 0.85)
    if label == "kks":
        return finding("kks", views.text, start, end, 0.9)
    if label == "npwp" and nik and npwp_in_key(views, start, NIK_WORD):
        return finding("nik", views.text, start, end, 0.9)  # "NIK / NPWP : 3201... / ..."
    if label == "npwp":
        valid = nik or (digits[0] == "0" and stdnum_npwp.is_valid(digits))
        return finding("npwp", views.text, start, end, 0.95 if valid else 0.7)
    if label == "kk" and (kk or nik):
        return finding("kk", views.text, start, end, 0.97 if kk else 0.8)
    if not nik:
        return None
    return finding("nik", views.text, start, end, 0.97 if label == "nik" else 0.8)


def nik_or_nip_key(lower: bytes, start: int) -> bool:
    """Whether a "NIK/NIP" key stands before `start` on its line (or alone on the line above)."""
    line_start = lower.rfind(b"\n", max(0, start - WINDOW), start) + 1
    if not lower[line_start:start].strip() and line_start > 0:
        line_start = lower.rfind(b"\n", max(0, start - WINDOW), line_start - 1) + 1
    return NIK_OR_NIP.search(lower, max(line_start, start - WINDOW), start) is not None


def masked_sixteen(views: Views, start: int, end: int, digits: str) -> Finding | None:
    label = label_before(views, start)
    if label in SILENCING or not is_nik_head(digits):
        return None
    if label == "kk" and is_kk_head(digits):
        return finding("kk", views.text, start, end, 0.75)
    return finding("nik", views.text, start, end, 0.75 if label == "nik" else 0.6)


def npwp15(views: Views, start: int, end: int, digits: str, formatted: bool) -> Finding | None:
    label = label_before(views, start)
    if label in SILENCING:
        return None
    if label in BANK_LABELS and not formatted:
        return finding(BANK_LABELS[label], views.text, start, end, 0.85)
    valid = npwp_check(digits)
    if label == "npwp" or (label is None and npwp_on_line(views, start)):
        return finding("npwp", views.text, start, end, 0.97 if valid else 0.75)
    if label in (None, "nik", "kk") and npwp_in_key(views, start):
        # "NIK / NPWP : 3201... / 636463531478000": a key naming two numbers, its values in
        # any order; 15 digits is the NPWP's shape, never a NIK's nor a No. KK's
        return finding("npwp", views.text, start, end, 0.9 if valid else 0.75)
    if label is None and valid and column_kind(views, start) == "npwp":
        return finding("npwp", views.text, start, end, 0.85)
    if formatted and valid:
        return finding("npwp", views.text, start, end, 0.85)
    if formatted and NPWP_EXACT.fullmatch(views.text, start, end):
        # XX.XXX.XXX.X-XXX.XXX exactly is the NPWP's own shape: nothing else is written so,
        # so it needs no label, nor a check digit that holds (numbers typed by hand).
        return finding("npwp", views.text, start, end, 0.8)
    return None


NPWP_EXACT = re.compile(r"\d\d\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}")


# "NPWP (badan hukum diwakili perorangan): 582649420624000": words between the label and
# the value put it past the label window; an NPWP label earlier on the line still reaches a
# 15-digit number when no other number stands between them.
NPWP_WORD = re.compile(rb"(?<![a-z])npwp(?![a-z])")
NPWP_LINE_REACH = 100


def npwp_on_line(views: Views, start: int) -> bool:
    lower = views.lower
    low = max(0, start - NPWP_LINE_REACH)
    low = lower.rfind(b"\n", low, start) + 1 or low
    ends = [word.end() for word in NPWP_WORD.finditer(lower, low, start)]
    return bool(ends) and not NUMBER_IN_GAP.search(lower, ends[-1], start)


# The key of a "key : value" line ("NIK / NPWP", "No. KTP/NPWP", "NPWP/NIK") that names an NPWP.
KEY_REACH = 60


NIK_WORD = re.compile(rb"(?<![a-z])(?:nik|ktp)(?![a-z])")


def npwp_in_key(views: Views, start: int, word: re.Pattern = NPWP_WORD) -> bool:
    lower = views.lower
    line = lower.rfind(b"\n", max(0, start - NPWP_LINE_REACH), start) + 1
    colon = lower.find(b":", line, start)
    return 0 <= colon - line <= KEY_REACH and word.search(lower, line, colon) is not None


def nitku(views: Views, start: int, end: int, digits: str) -> Finding | None:
    """NITKU, 22 digits: the 16-digit NPWP (a NIK, or 0 + the old NPWP) and a 6-digit branch
    number (000000 for the head office)."""
    label = label_before(views, start)
    if label in SILENCING:
        return None
    head = digits[:16]
    if label == "npwp" or any(nik_and_kk(head)) or (head[0] == "0" and npwp_check(head[1:])):
        return finding("npwp", views.text, start, end, 0.9 if label else 0.75)
    return None


def masked_npwp(views: Views, start: int, end: int, digits: str) -> Finding | None:
    """XX.XXX.XXX.X-***.***: the identity part (first 9 digits) is still all there."""
    if len(digits) >= 9 and npwp_check(digits):
        return finding("npwp", views.text, start, end, 0.6)
    return None


def bpjs13(views: Views, start: int, end: int, digits: str) -> Finding | None:
    label = label_before(views, start)
    if label in SILENCING:
        return None
    if label == "bpjs" or (label is None and column_kind(views, start) == "bpjs"):
        return finding("bpjs", views.text, start, end, 0.95 if label else 0.85)
    if label in BANK_LABELS:
        return finding(BANK_LABELS[label], views.text, start, end, 0.85)
    if digits.startswith("000"):
        return finding("bpjs", views.text, start, end, 0.65)
    return None


def account(
    views: Views, start: int, end: int, digits: str, spaced: bool = False
) -> Finding | None:
    """10-18 digits after a bank label (or followed by 'a.n. <name>'); 11 digits after BPJS.
    Space-separated groups (BCA 123 456 7890, KPJ 20 837681309) only right after a label."""
    if THOUSANDS.fullmatch(views.text, start, end) or registration_tail(views.text, start):
        return None
    label = label_before(views, start)
    if label == "kks":
        return finding("kks", views.text, start, end, 0.85)
    if spaced:
        if label == "bpjs" and len(digits) in (11, 13):  # No. KPJ: 20 837681309
            return finding("bpjs", views.text, start, end, 0.9)
        return finding("bank_account", views.text, start, end, 0.8) if label == "bank" else None
    if label == "bank" or (label is None and name_follows(views, end)):
        return finding("bank_account", views.text, start, end, 0.85 if label else 0.7)
    if len(digits) in (11, 13) and (
        label == "bpjs" or (label is None and column_kind(views, start) == "bpjs")
    ):
        return finding("bpjs", views.text, start, end, 0.9 if label else 0.8)
    return None
