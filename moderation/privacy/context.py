"""Labels written before a value ("NIK:", "No. Rek. BRI", "HP/WA") and line bounds.

The label nearest before a number decides what the number is: a 16-digit number after "No. KK"
is a No. KK, after "NPWP" an NPWP, after "Rekening BRI" a bank account; after "NIP" it is an
official's number and not reported. Labels are looked up in a short window before each candidate
only, on the lower-case view (Views.lower), never over the whole text.
"""

import re

from .fold import Views

WINDOW = 40
MISSING = object()
MAX_LABEL_LINE = 40

# (kind, phrase): phrases are lower-case regexes that start with a literal letter.
PHRASES = (
    ("account_code", r"kode\s*rek(?:ening)?"),
    ("account_code", r"rekening\s+(?:belanja|kas\s+umum|anggaran)"),
    ("account_code", r"kode\s+(?:akun|billing)"),
    *(("other", phrase) for phrase in (
        "isbn", "issn", "nib", "nop", r"id\s+billing", r"virtual\s+account", "registrasi",
        r"no\.?\s*reg", "porsi", "npsn", "nisn", "nuptk", "surat", "sertifikat", "shm", "hgb",
        "imei", r"id\s+pelanggan", "kontrak", "spk", "sp2d", "faktur")),
    *(("nip", phrase) for phrase in ("nip", "nipppk", "nrp", "nidn")),
    ("npwp", "npwp"),
    ("npwp", "nitku"),
    ("npwp", r"wajib\s+pajak"),
    *(("kk", phrase) for phrase in ("kk", "nkk", r"kartu\s+keluarga")),
    *(("nik", phrase) for phrase in ("nik", "ktp", r"induk\s+kependudukan")),
    *(("bpjs", phrase) for phrase in ("bpjs", "jkn", "kis", "kpj", "askes", "jamsostek")),
    # with a possessive in chat ("paspornya no E...", "pasporku")
    *(("passport", phrase) for phrase in (
        r"passport(?:nya|ku|mu)?", r"pasport(?:nya|ku|mu)?", r"paspor(?:nya|ku|mu)?")),
    # Kartu Keluarga Sejahtera: a bank card of the social-aid programmes
    *(("kks", phrase) for phrase in ("kks", r"kartu\s+keluarga\s+sejahtera")),
    *(("bank", phrase) for phrase in (
        r"no(?:mor)?\.?\s*rek", "norek", "rekening", "rek", "bank", "bca", "bri", "bni", r"a/c",
        "mandiri", "bsi", "btn", "cimb", "danamon", "permata", "muamalat", "bjb", "bpd", "ocbc",
        "maybank", "jago", "seabank")),
    *(("phone_personal", phrase) for phrase in (
        "hp", "wa", r"whats\s?app", "ponsel", "handphone", "seluler", r"telp?\.?\s*rumah")),
    *(("phone_office", phrase) for phrase in (
        "kantor", "fax", "faks", "faksimile", "hotline", r"call\s*cent(?:er|re)", "layanan",
        "pengaduan", "sekretariat", "humas", "ppid", "helpdesk", r"contact\s*cent(?:er|re)",
        "lpse")),
    *(("phone", phrase) for phrase in (
        "telp", "tel", "telepon", "tlp", "kontak", "hubungi", "narahubung", "cp")),
)  # fmt: skip


def build_labels() -> tuple[re.Pattern, dict[str, str]]:
    """One bytes regex: a non-alphanumeric byte (the regex engine jumps from one to the next),
    then branches that start with a literal letter; each phrase is a named group."""
    kinds: dict[str, str] = {}
    by_first: dict[str, list[str]] = {}
    for index, (kind, phrase) in enumerate(PHRASES):
        name = f"l{index}"
        kinds[name] = kind
        first = phrase[0]
        by_first.setdefault(first, []).append(f"(?P<{name}>{phrase[1:]})")
    branches = [
        f"{first}(?:{'|'.join(sorted(alternatives, key=len, reverse=True))})"
        for first, alternatives in by_first.items()
    ]
    return re.compile(("[^a-z0-9](?:" + "|".join(branches) + ")(?![a-z0-9])").encode()), kinds


LABEL, LABEL_KINDS = build_labels()


def build_last_label() -> re.Pattern:
    """The last label in a window: LABEL without its named groups (each costs the regex engine
    bookkeeping at every position it tries), behind a greedy prefix that backtracks from the
    window's end, and a look-ahead for a label's first letter; group 1 is the byte before the
    label, where LABEL itself then names the kind."""
    body = re.sub(rb"\(\?P<l\d+>", b"(?:", LABEL.pattern[len(b"[^a-z0-9]") :])
    firsts = "".join(sorted({phrase[0] for _, phrase in PHRASES})).encode()
    return re.compile(b"(?s:.*)([^a-z0-9])(?=[" + firsts + b"])" + body)


LAST_LABEL = build_last_label()
KODE_BEFORE = re.compile(rb"kode\s+$")
HEADER_SEPARATORS = re.compile(r"[|\t;,]|\x20\x20")
NUMBER_IN_GAP = re.compile(rb"[0-9](?:[ .\-]?[0-9]){5}")
AFTER_NAME = re.compile(
    rb"\s*\(?\s*(?:a\.?\s?n\.?|atas\s+nama)\s+(?!(?:pemerintah|pemkab|pemkot|pemprov|dinas|badan"
    rb"|kantor|sekretariat|rsud|puskesmas|desa|kelurahan|kecamatan|kas\s|bendahara|pt\.?\s"
    rb"|cv\.?\s|yayasan|koperasi|bumdes|pdam))"
)


def label_before(views: Views, start: int, window: int = WINDOW) -> str | None:
    """Kind of the nearest label before `start`, or None.

    A label reaches the number on its own line, or from the line just before when that line is
    the label alone ("NIK :" above the number); not from a table's header row. It does not
    reach past another long number: in "NIK 3201... 0812..." the second number has none.
    Results are kept on `views` (identifiers and phones ask for the same places)."""
    kind = views.labels.get(start, MISSING)
    if kind is MISSING:
        kind = views.labels[start] = nearest_label(views, start, window)
    return kind


def nearest_label(views: Views, start: int, window: int) -> str | None:
    lower = views.lower
    low, shift = start - window - 1, 0  # LABEL matches from the byte before the label
    if low < 0:
        lower, low, shift = b" " + lower[:start], 0, 1
    # One C-level match finds the last label in the window (the greedy prefix backtracks from
    # the end), instead of a Python loop over every label in it.
    last = LAST_LABEL.match(lower, low, start + shift)
    if last is None:
        return None
    last = LABEL.match(lower, last.start(1), start + shift)
    group = last.lastgroup or ""
    label_start, label_end = last.start(group) - 1 - shift, last.end() - shift
    kind = LABEL_KINDS[group]
    if kind == "bank" and KODE_BEFORE.search(views.lower, max(0, label_start - 12), label_start):
        kind = "account_code"  # "kode rekening": the rightmost label is "rekening" alone
    if NUMBER_IN_GAP.search(views.lower, label_end, start):
        return None
    breaks = views.lower.count(b"\n", label_end, start)
    if breaks > 1 or (breaks == 1 and not label_line(views.text, label_start, label_end)):
        return None
    return kind


def label_line(text: str, start: int, end: int) -> bool:
    """Whether the label at text[start:end] stands alone on a short line (not a header row)."""
    line_start, line_end = line_bounds(text, start, end, MAX_LABEL_LINE + 1)
    line = text[line_start:line_end]
    return len(line) <= MAX_LABEL_LINE and not HEADER_SEPARATORS.search(line)


def name_follows(views: Views, end: int) -> bool:
    """'... 1234567890 a.n. Budi' / 'atas nama': the number is followed by an account holder."""
    return AFTER_NAME.match(views.lower, end, end + 40) is not None


def line_bounds(text: str, start: int, end: int, reach: int = 4096) -> tuple[int, int]:
    """The line around text[start:end], looked for at most `reach` characters away (a text
    without line breaks, such as minified HTML, must not make every lookup scan it all)."""
    low, high = max(0, start - reach), min(len(text), end + reach)
    line_start = text.rfind("\n", low, start)
    line_end = text.find("\n", end, high)
    return (low if line_start < 0 else line_start + 1), (high if line_end < 0 else line_end)
