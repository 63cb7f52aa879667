"""Public bodies are not persons: letterheads, office contacts, call centres, companies.

An office publishes its own phone numbers, e-mail addresses and street address on purpose, and so
do the offices whose letters it republishes. They are dropped from the findings here:

- a kop surat: one or more upper-case lines naming an institution (PEMERINTAH KABUPATEN ...,
  DINAS ..., KANTOR DESA / KELURAHAN / KAMPUNG / KEUCHIK ..., PUSKESMAS ...), then its address
  and contact lines (Jl. ..., Telp./Fax, Pos-el / E-mail, Laman, Kode Pos), up to a rule line
  (=====) or a blank line;
- a contact line of an institution anywhere: two kinds of contact on one line (Telp. and Fax,
  Telp. and Pos-el, e-mail and Laman ...) or a Kode Pos with a phone;
- the same phone number or e-mail address repeated later in the text ("silakan menghubungi
  (0274) 868405" under that office's kop);
- an address that starts by naming a public body (Kantor Kecamatan ..., Dinas ..., Polsek,
  Koramil, Puskesmas ...: the "Alamat/Instansi" cell of an official) with no RT/RW, house
  number or hamlet after it;
- an address or phone under a company named on the lines just above (procurement announcements:
  "Pemenang: CV Karya Mandiri" / "Alamat: Jl. Pemuda No. 14" / "Telp. kantor: ..."), except a
  phone right after a person's NIK on its line ("Direktur: Budi (NIK ..., HP ...)");
- e-mail addresses at government and institutional domains (go.id, desa.id, sch.id, ac.id,
  mil.id, polri.go.id) and role mailboxes at free-mail providers (pemdes..., desa..., kantor...,
  admin..., ppid...);
- phone numbers after an office cue on their line (WA Layanan, WhatsApp Center, Pengaduan,
  Sanggahan (a selection committee), Ambulans, Damkar, Helpdesk, Call Center,
  Hotline, Dinas ..., Kantor ..., Dukcapil ...) with no person named in between (Bapak, Ibu,
  Sdr.); landlines, unless a personal label stands before them or they sit in a row of persons
  (scan.py).
"""

import re
from bisect import bisect_right

from .allowlist import phone_key
from .alternation import by_first_letter
from .emails import ROLE, written_address
from .findings import Finding, Severity
from .fold import Views
from .native import Prefiltered
from .spans import Spans

HEADING_ANCHORS = (
    b"PEMERINTAH", b"DINAS", b"KANTOR", b"BADAN", b"KECAMATAN", b"KELURAHAN", b"KALURAHAN",
    b"DESA", b"DISTRIK", b"KAMPUNG", b"GAMPONG", b"KEUCHIK", b"NAGARI", b"PUSKESMAS", b"RSUD",
    b"SEKRETARIAT", b"KAPANEWON", b"KEMANTREN", b"SEKOLAH", b"UNIVERSITAS", b"KEMENTERIAN",
    b"INSPEKTORAT", b"LEMBAGA", b"KOMISI", b"PEKON", b"LEMBANG",
    # schools and madrasahs (SD NEGERI 4 ..., MTS NEGERI ...: the NPSN line under it is the
    # school's), Maluku's villages (NEGERI ...), courts, cooperatives and regional companies
    b"NEGERI", b"SD ", b"SDN", b"SMP", b"SMA", b"SMK", b"MADRASAH", b"MTS", b"KOPERASI",
    b"BUMDES", b"PERUMDA", b"PDAM", b"POLSEK", b"POLRES", b"RUMAH SAKIT", b"PENGADILAN",
)  # fmt: skip
# A contact line needs one of the STRONG_CONTACTS, so only their words are looked for.
CONTACT_ANCHORS = (b"fax", b"faks", b"laman", b"kode pos", b"website", b"www.", b"http")
# The kinds of contact labels (telp: telp, telepon, tlp, phone; fax: fax, faks; mail: pos-el,
# e-mail, surel; web: laman, website, www., http(s)://; pos: kode pos; wa: wa layanan), as one
# alternation of literal first letters, so the regex engine only stops at those letters (a
# group around each kind would make it try every position); a kind's groups are named kind_N.
CONTACT_LABELS = re.compile(
    rb"t(?P<telp>elp|elepon|lp)|p(?:(?P<telp_2>hone)|(?P<mail>os-el))|f(?P<fax>ax|aks)"
    rb"|e(?P<mail_2>-?mail)|s(?P<mail_3>urel)|l(?P<web>aman)"
    rb"|w(?:(?P<web_2>ebsite|ww\.)|(?P<wa>a\s+layanan))|h(?P<web_3>ttps?://)|k(?P<pos>ode\s*pos)"
)
IN_LINK = (b"?", b"&", b"/", b".", b"=", b"_")
IN_LINK_OR_ATTRIBUTE = (*IN_LINK, b'"', b"'")
CONTACT_KIND = {name: name.split("_")[0] for name in CONTACT_LABELS.groupindex}
# Only whether these match is used: the words are grouped by first letter (alternation.py), so
# the regex engine stops only at those letters, not at every byte of the line.
ADDRESS_OR_CONTACT_WORDS = (
    "jl", "jln", "jalan", "alamat", "telp", "telepon", "tlp", "fax", "faks", "pos-el", r"e-?mail",
    "surel", "laman", "website", "www", "http", r"kode\s*pos", "wa", "whatsapp", "sms", "call",
    "hotline",
)  # fmt: skip
ADDRESS_OR_CONTACT = re.compile(
    (
        "(?:" + by_first_letter(ADDRESS_OR_CONTACT_WORDS, not_after="[a-z]") + ")(?![a-z])"
        "|@|[0-9](?<![0-9][0-9])[0-9]{4}(?![0-9])"  # (?<![0-9])[0-9]{5}(?![0-9])
    ).encode()
)
STRONG_CONTACTS = frozenset({"fax", "web", "pos"})  # a person's form has Telp. and E-mail too
RULE_LINE = re.compile(r"\s*(?:[=_\-*~]\s*){5,}$")
MAX_KOP_LINES = 9
INSTITUTION_DOMAIN = re.compile(
    r"(?:^|\.)(?:go\.id|desa\.id|sch\.id|ac\.id|mil\.id|polri\.go\.id|or\.id|kemdikbud\.go\.id)$"
)
ROLE_MAILBOX = re.compile(
    r"(?:pemdes|pemdesa|desa|kantor|kelurahan|kalurahan|kampung|nagari|gampong|keuchik|pekon"
    r"|bumdes|posyandu|puskesmas|pkm|sekolah|smpn?|sman?|smkn?|sdn|tu|admin|info|ppid|humas"
    r"|layanan|pengaduan|official|redaksi|noreply|no-reply|helpdesk|sekretariat|setda|kec|kel"
    r"|kecamatan|dinas|pemkab|pemkot|pemprov|kominfo|diskominfo|lpse|ulp|upt|uptd|kua|koperasi"
    r"|kopdes|bumkam|pkk|mtsn?|slb|paud)(?:[._\-0-9]|$)"
    # Maluku's villages are "negeri" (negeritulehu@...), Toraja's "lembang"
    r"|^(?:pemdes|kantordesa|desa|kelurahan|kecamatan|puskesmas|kampung|nagari|gampong|negeri"
    r"|lembang|pekon|koperasi|bumdes)"
)
OFFICE_CUE = re.compile(  # not inside a letter number (9/PPID/II/2020)
    rb"(?<![a-z/\-.])(?:layanan|pengaduan|hotline|call\s*cent(?:er|re)|contact\s*cent(?:er|re)"
    rb"|helpdesk|help\s*desk|kantor|dinas|sekretariat|humas|ppid|posko|satgas|lpse|puskesmas"
    rb"|imigrasi|dukcapil|disdukcapil|polsek|polres|rsud|bpjs|crisis\s+cent(?:er|re)"
    rb"|pusat\s+panggilan|admin|panitia|redaksi|loket|instansi|pemerintah|pemkab|pemkot|upt"
    rb"|fax|faks|faksimile|(?:whats\s?app|wa)\s*cent(?:er|re)|sanggahan|ambulans|ambulance"
    rb"|damkar|pemadam|babinsa|bhabinkamtibmas|bhabin"
    rb"|uptd)(?![a-z/\-])"
)
# Right after the number, the text says it is an office's line: "0812... (nomor dinas)",
# "(no. kantor)", "(WA layanan)", "(HP dinas)".
OFFICE_AFTER = re.compile(
    rb"[\x20\t]*[(\[,\-][\x20\t]*(?:nomor|no\.?|hp|wa|telp\.?|kontak|line)?[\x20\t]*"
    rb"(?:dinas|kantor|layanan|resmi|pengaduan|sekretariat|posko|piket)(?![a-z])"
)
PERSON_MARK = re.compile(  # only whether it matches is used (see ADDRESS_OR_CONTACT)
    (
        "(?:"
        + by_first_letter(
            (
                "bapak",
                "bpk",
                "ibu",
                "sdr",
                "sdri",
                "saudara",
                "saudari",
                "pak",
                "bu",
                r"a\.n\.",
                r"atas\s+nama",
                "kak",
                "mas",
                "mbak",
            ),
            not_after="[a-z]",
        )  # fmt: skip
        + ")(?![a-z])"
    ).encode()
)
COMPANY_LINE = re.compile(
    rb"[\x20\t]*(?:[0-9]+[.)][\x20\t]*)?(?:nama[\x20\t]+)?(?:pemenang|penyedia|perusahaan"
    rb"|rekanan|badan\s+usaha|penawar|kontraktor|konsultan|pt\.?\s|cv\.?\s|ud\.?\s)"
)
OFFICE_REACH = 60
CELL_EDGE = re.compile(rb"[|\t;<>]|\x20{3,}")


PERSON_REACH = 40


class Institutions:
    """The institutional parts of one text, computed once."""

    def __init__(self, views: Views, findings: list[Finding] | None = None):
        self.views = views
        self.nik_ends = sorted(f.end for f in findings or () if f.kind == "nik")
        # Only the lines of the findings `drops` looks at can matter for the contact lines and
        # the directory rows (the blocks are only tested for overlapping those findings).
        lines = finding_lines(views, findings or [])
        self.blocks = Spans(
            kop_blocks(views)
            + contact_lines(views, lines)
            + directory_rows(views, findings or [], lines)
            + directory_entries(views, findings or [], lines)
        )
        self.companies: dict[int, bool] = {}  # company_above, by line start

    def company_above(self, start: int) -> bool:
        """company_above, once per line (a row of a table holds several findings)."""
        line_start = self.views.lower.rfind(b"\n", 0, start) + 1
        known = self.companies.get(line_start)
        if known is None:
            known = self.companies[line_start] = company_above(self.views, line_start)
        return known

    def drops(self, finding: Finding) -> bool:
        kind = finding.kind
        if kind not in ("phone", "email", "address"):
            return False
        if self.blocks.overlaps(finding.start, finding.end):
            return True
        views = self.views
        if kind == "email":  # after "pemohon" / "pribadi" or a student's mailbox: BLOCK, stays
            return finding.severity is Severity.REVIEW and institutional_email(
                written_address(views.text[finding.start : finding.end])
            )
        if kind == "address":
            return (
                office_named(views.lower, finding.start, finding.end)
                or facility_before(views.lower, finding.start)
                or self.company_above(finding.start)
            )
        return office_phone(views, finding.start, finding.end) or (
            self.company_above(finding.start) and not self.person_before(finding.start)
        )

    def person_before(self, start: int) -> bool:
        """Whether a NIK was found just before `start` on its line: "Direktur: Budi (NIK ...,
        HP ...)" names a person inside a company's lines, and the phone is that person's."""
        index = bisect_right(self.nik_ends, start)
        if not index:
            return False
        end = self.nik_ends[index - 1]
        return start - end <= PERSON_REACH and "\n" not in self.views.text[end:start]


# An address value that starts by naming a public body ("Kantor Kecamatan ...", "Dinas Sosial
# Kabupaten ...", "Polsek ...") in an "Alamat/Instansi" cell: an official's office, not a home.
OFFICE_NAMED = re.compile(
    rb"[\s\"']*(?:kantor|dinas|polsek|polres|polresta|polda|koramil|kodim|korem|puskesmas|pustu"
    rb"|rsud|badan|sekretariat|bappeda|bpbd|dprd|kua|uptd?|kejaksaan|pengadilan|kementerian"
    rb"|inspektorat|satpol)(?![a-z])"
)


def office_named(lower: bytes, start: int, end: int) -> bool:
    """Whether the address at lower[start:end] starts with the name of a public body and has no
    home-address part (RT/RW, a house number) after it."""
    return OFFICE_NAMED.match(lower, start, end) is not None and not HOME_PART.search(
        lower, start, end
    )


# A place named right after a public facility's designation is where the facility is: the
# polling station "TPS 021 Kampung Harapan", "Posyandu Mawar Dusun II", "Pos Kamling RT 03"
# (not "Kader Posyandu, Dusun Gatak": a role, then her hamlet; nor in another cell of the row).
FACILITY_BEFORE = re.compile(
    rb"(?<![a-z])(?:tps\x20*(?:no\.?\x20*)?[0-9]{1,3}[\x20,:\-]*|(?:pos\x20*kamling|polindes"
    rb"|poskesdes|pustu|posyandu(?:\x20+[a-z]+){1,2})[\x20\-]*)$"
)
FACILITY_REACH = 40


# "sebelah Pos Kamling - Dusun Kemiri": the facility is a landmark of a home
SIDE_BEFORE = re.compile(
    rb"(?<![a-z])(?:sebelah|belakang|depan|samping|dekat|seberang|ujung|pinggir|tepi)[\x20\t]*$"
)


def facility_before(lower: bytes, start: int) -> bool:
    """Whether the address at `start` follows a public facility's designation on its line
    (not a facility the home is beside)."""
    low = max(0, start - FACILITY_REACH, lower.rfind(b"\n", 0, start) + 1)
    facility = FACILITY_BEFORE.search(lower, low, start)
    return facility is not None and not SIDE_BEFORE.search(lower, low, facility.start())


HOME_PART = re.compile(rb"(?<![a-z])(?:rt|rw|no\.?\s*[0-9]|dusun|gg|gang|blok)(?![a-z])")


def kop_blocks(views: Views) -> list[tuple[int, int]]:
    """Spans of letterheads: institution heading lines and the address / contact lines under
    them."""
    cased = views.cased
    headings = [
        match.start() + 1
        for match in UPPER_LINE.finditer(cased)
        if HEADING_WORD.search(cased, match.start(), match.end())
    ]
    if cased[:1].isupper():  # a text that starts with its letterhead
        first = UPPER_LINE.match(b"\n" + cased[:200])
        if first and HEADING_WORD.search(first.group()):
            headings.insert(0, 0)
    blocks = []
    done = -1
    for start in headings:
        if start < done:
            continue
        end = block_end(views, start)
        if end > start:
            blocks.append((start, end))
            done = end
    return blocks


# An upper-case line (found from its line break: a literal first byte) naming an institution.
UPPER_LINE = Prefiltered(
    re.compile(rb"\n[\x20\t]*[A-Z][A-Z0-9\x20.,/&()'\-]{5,160}(?=\r?\n|$)"),
    rb"\n[\x20\t]*[A-Z][A-Z0-9\x20.,/&()'\-]{5,160}(?:\r?\n|$)",
)
HEADING_WORD = re.compile(b"|".join(HEADING_ANCHORS))


UPPER = bytes(range(65, 91))
LOWER = bytes(range(97, 123))


def is_heading(cased: bytes, line_start: int) -> bool:
    """An upper-case line (at most one letter in eight in lower case) with 4+ letters."""
    line_end = cased.find(b"\n", line_start, line_start + 200)
    line = cased[line_start : line_start + 200 if line_end < 0 else line_end]
    lower = len(line) - len(line.translate(None, LOWER))
    upper = len(line) - len(line.translate(None, UPPER))
    return upper + lower >= 4 and lower <= (upper + lower) // 8


# A table under the letterhead (its header: "No | Nama | NIK ...", or a numbered row "1\t...")
# or a record ("Nama: ...; NIK: ...") is no part of it; a kop's own contact line may well use
# "|" between its contacts.
RECORD_LINE = re.compile(r"[\x20\t]*[0-9]{1,4}\.?[\x20]*[\t|;]")
RECORD_WORDS = re.compile(  # only whether it matches is used (see ADDRESS_OR_CONTACT)
    (
        "(?:"
        + by_first_letter(
            ("nama", "nik", r"no\.?\s*kk", r"tgl\.?\s*lahir", r"tanggal\s+lahir"),
            not_after="[a-z]",
        )
        + ")(?![a-z])"
    ).encode()
)


def block_end(views: Views, start: int) -> int:
    """Where the letterhead that starts at `start` ends: after its contact lines (and the rule
    line under them), or 0 when no address or contact line follows the headings."""
    text, lower = views.text, views.lower
    position, end, contacts = start, 0, 0
    for _ in range(MAX_KOP_LINES):
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        if not line.strip():
            break
        if RULE_LINE.match(line):
            end = line_end if contacts else end
            break
        if RECORD_LINE.match(line) or RECORD_WORDS.search(lower, position, line_end):
            break  # a table's header or its first record: the letterhead ended above it
        if ADDRESS_OR_CONTACT.search(lower, position, line_end):
            contacts += 1
            end = line_end
        elif not is_heading(views.cased, position):
            break
        if line_end >= len(text):
            break
        position = line_end + 1
    return end if contacts else 0


# A row of a table (a line with cells) whose first cell, after an optional number, names a
# public body or a public facility: a directory of offices, schools and clinics.
INSTITUTION_WORDS = (
    "kantor", "balai", "puskesmas", "pustu", "polindes", "poskesdes", "posyandu", "polsek",
    "polres", "polresta", "koramil", "kodim", "kua", "dinas", "uptd?", "rsud", r"rumah\s+sakit",
    "klinik", "sekolah", "madrasah", "pondok", "ponpes", "perpustakaan", "bumdes", "bumkam",
    "kejaksaan", "pengadilan", "lapas", "rutan", "imigrasi", "samsat", "bpbd", "damkar",
    r"pos\s+damkar", r"pos\s+pelayanan", r"unit\s+layanan", r"mal\s+pelayanan", "dukcapil",
    "disdukcapil", r"tk\s+negeri", "paud",
)  # fmt: skip
INSTITUTION_CELL = (
    rb"[\x20\t]*(?:<tr[^>]*>\s*<td[^>]*>|\|)?[\x20\t]*(?:[0-9]{1,4}[.)]?[\x20\t]*"
    rb"(?:\||;|\t|</td>\s*<td[^>]*>|(?<=[.)])|(?<=[.)][\x20\t]))[\x20\t]*)?[\"']?"
    # the words grouped by first letter (alternation.py): the regex engine enters one group,
    # not every word, at each place the optional parts before them backtrack to
    + rb"(?:"
    + by_first_letter(INSTITUTION_WORDS).encode()
    + rb"|(?:sd|smp|sma|smk|slb|mi|mts|ma|min|mtsn|man|sdn|smpn|sman|smkn)(?:\s*negeri|\s+inpres"
    rb"|\s+swasta|\s+it|\s+islam|\s+kristen|\s+katolik|\s+muhammadiyah)?\s*[0-9])(?![a-z])"
)
INSTITUTION_ROW = re.compile(INSTITUTION_CELL)  # matched at the start of a line with cells
# cells, or the items of a list line separated by dashes ("1. Puskesmas X - Jl. ... - Telp. ...")
ROW_MARKS = (b"|", b"\t", b";", b"<td", b" - ")
PERSON_ROW_KINDS = frozenset(
    {"nik", "kk", "npwp", "bpjs", "passport", "bank_account", "kks", "birth_date"}
)


DROPPED_KINDS = ("phone", "email", "address")  # the kinds Institutions.drops may drop


def finding_lines(views: Views, findings: list[Finding]) -> list[tuple[int, int]]:
    """(start, end) of the lines the findings of DROPPED_KINDS touch, in order."""
    text = views.text
    size = len(text)
    lines: dict[int, int] = {}
    for finding in findings:
        if finding.kind not in DROPPED_KINDS:
            continue
        start = text.rfind("\n", 0, finding.start) + 1
        while start < finding.end:
            if start in lines:
                end = lines[start]
            else:
                end = text.find("\n", start)
                end = size if end < 0 else end
                lines[start] = end
            if end >= size:
                break
            start = end + 1
    return sorted(lines.items())


def directory_rows(
    views: Views, findings: list[Finding], wanted: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Rows of a table of institutions (Puskesmas, Polsek, KUA, schools, village offices ...
    named in the row's first cell) with no identifier or birth date on them: their addresses,
    service numbers and mailboxes are the institutions'. Only rows next to another such row
    (a directory, not one office in a table of persons), and naming no person (Bapak, Ibu).
    Only the `wanted` lines (finding_lines) are looked at, and the lines around them."""
    lower = views.lower
    size = len(lower)
    rows: dict[int, int | None] = {}  # line start -> end when a row, None when not

    def row_at(start: int) -> int | None:
        """The end of the line at `start` when it is such a row, else None."""
        if start in rows:
            return rows[start]
        end = lower.find(b"\n", start)
        end = size if end < 0 else end
        is_row = (
            INSTITUTION_ROW.match(lower, start, end)
            and sum(lower.count(mark, start, end) for mark in ROW_MARKS) >= 2
        )
        rows[start] = end if is_row else None
        return rows[start]

    personal = sorted(f.start for f in findings if f.kind in PERSON_ROW_KINDS)
    kept = []
    for start, end in wanted:
        if row_at(start) is None:
            continue
        # a row just above, or one blank line above; the same below
        before = start >= 2 and (
            (row_at(lower.rfind(b"\n", 0, start - 1) + 1) is not None)
            or (
                lower[start - 2] == 10  # "\n": the line above is blank
                and start >= 3
                and row_at(lower.rfind(b"\n", 0, start - 2) + 1) is not None
            )
        )
        after = end < size and (
            row_at(end + 1) is not None
            or (end + 1 < size and lower[end + 1] == 10 and row_at(end + 2) is not None)
        )
        if not (before or after):
            continue
        at = bisect_right(personal, start - 1)
        if at < len(personal) and personal[at] < end:
            continue  # a person's row (a pupil beside the school's name)
        if PERSON_MARK.search(lower, start, end):
            continue  # a contact person named ("Bu Sri, kader"): the number may be hers
        kept.append((start, end))
    return kept


# A directory entry written over several lines: a heading line naming a public body (after an
# optional bullet or number), then "Label : value" lines (Alamat, Telepon, WhatsApp layanan,
# Surel, Jam layanan ...). Its address, numbers and mailbox are the body's.
ENTRY_BODY_WORDS = (
    *INSTITUTION_WORDS, "badan", "satpol", "bpbd", "bapenda", "bappeda", "bapperida", "bpkad",
    "bkpsdm", "bkd", "dprd", "inspektorat", "sekretariat", "setda", "kecamatan", "kelurahan",
    "kalurahan", "koperasi", "kud", "bumdesa", "bumd", "perumda", "pdam", "mpp", "kejari",
    "kpu", "bawaslu", "baznas", "pmi", "pemadam", "lpse", "ppid", "puskeswan", "uptd?",
    "polsubsektor", "kantor", "sd", "sdn", "smp", "smpn", "sma", "sman", "smk", "smkn", "slb",
    "mi", "min", "mts", "mtsn", "ma", "man", "tk", "kb", "ra",
)  # fmt: skip
ENTRY_HEADING = re.compile(
    rb"[\x20\t]*(?:[*\-+>#]|[0-9]{1,3}[.)]|[a-z][.)])?[\x20\t]*(?:"
    + by_first_letter(ENTRY_BODY_WORDS).encode()
    + rb")(?![a-z])"
)
# "Label : value" with a contact label ("Petugas pendata : Ni Made ..." is no part of an entry);
# a person's labels (NIK, Nama, Lahir ...) end it.
ENTRY_LABEL = re.compile(
    rb"[\x20\t]*(?:[*\-+][\x20\t]*)?(?:alamat|telp|telepon|tlp|phone|fax|faks|hp|wa|whatsapp|sms"
    rb"|surel|e-?mail|pos-el|laman|website|web|jam|kontak|contact|call|hotline|kode\s*pos"
    rb"|instagram|ig|facebook|fb|twitter|youtube|pengaduan|layanan|lokasi|sekretariat|kantor)"
    rb"(?![a-z])[a-z .()/\-]{0,30}:"
)
PERSON_LABEL = re.compile(
    rb"[\x20\t]*(?:[*\-+][\x20\t]*)?(?:nama|nik|no\.?\s*kk|npwp|tempat|tgl|tanggal\s+lahir|ttl"
    rb"|lahir|umur|usia|pekerjaan|agama|jenis\s+kelamin|status|rekening|no\.?\s*rek|paspor|bpjs)"
    rb"(?![a-z])"
)
MAX_ENTRY_LINES = 10


BULLET = re.compile(rb"[\x20\t]*(?:[*\-+>#]|[0-9]{1,3}[.)]|[a-z][.)])[\x20\t]")
INDENT = re.compile(rb"[\x20\t]*")


def entry_heading(lower: bytes, start: int, end: int, label_start: int) -> bool:
    """Whether lower[start:end] heads a directory entry whose label line starts at
    `label_start`: it names a public body, is no label line, is not indented deeper than the
    labels (a wrapped address's second line "  Kecamatan Sekernan, ..." is not a heading), and
    has a bullet or number or stands after a blank line or a heading (not after a label line
    it would continue)."""
    if ENTRY_HEADING.match(lower, start, end) is None or ENTRY_LABEL.match(lower, start, end):
        return False
    indent = INDENT.match(lower, start, end).end() - start  # type: ignore[union-attr]
    if indent > INDENT.match(lower, label_start).end() - label_start:  # type: ignore[union-attr]
        return False
    if BULLET.match(lower, start, end) or start == 0:
        return True
    above = lower.rfind(b"\n", 0, start - 1) + 1
    blank = not lower[above : start - 1].strip()
    return blank or ENTRY_LABEL.match(lower, above, start - 1) is None


def directory_entries(
    views: Views, findings: list[Finding], wanted: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The `wanted` lines (finding_lines) that are "Label : value" lines of a directory entry
    under a heading naming a public body ("* Puskesmas Kejajar" / "  Alamat : Jl. ..." /
    "  Telepon: ..."), with no person's label (Nama, NIK, Tgl Lahir ...) nor identifier or
    birth date between the heading and the line, and no person named on it (Bapak, Ibu)."""
    lower = views.lower
    personal = sorted(f.start for f in findings if f.kind in PERSON_ROW_KINDS)
    kept = []
    for start, end in wanted:
        if ENTRY_LABEL.match(lower, start, end) is None or PERSON_LABEL.match(lower, start, end):
            continue
        position = start
        for _ in range(MAX_ENTRY_LINES):
            if position == 0:
                break
            above = lower.rfind(b"\n", 0, position - 1) + 1
            if entry_heading(lower, above, position - 1, start):
                at = bisect_right(personal, above - 1)
                if not (at < len(personal) and personal[at] < end) and not PERSON_MARK.search(
                    lower, above, end
                ):
                    kept.append((start, end))
                break
            if ENTRY_LABEL.match(lower, above, position - 1) is None or PERSON_LABEL.match(
                lower, above, position - 1
            ):
                break
            position = above
    return kept


def contact_lines(views: Views, wanted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines with two kinds of an institution's contacts (Telp. and Fax, e-mail and Laman ...),
    among the `wanted` lines (finding_lines)."""
    lower = views.lower
    spans: dict[int, int] = {}
    for line_start, line_end in wanted:
        if not any(lower.find(word, line_start, line_end) >= 0 for word in CONTACT_ANCHORS):
            continue
        kinds = {
            CONTACT_KIND[m.lastgroup or ""]
            for m in CONTACT_LABELS.finditer(lower, line_start, line_end)
            # not a word inside a link (api.whatsapp.com/send?phone=62...), nor a link's
            # address in an attribute (href="https://wa.me/62..." beside a person's name is
            # that person's chat link, not an office's website)
            if lower[m.start() - 1 : m.start()] not in IN_LINK_OR_ATTRIBUTE
        }
        if len(kinds) >= 2 and kinds & STRONG_CONTACTS and line_end - line_start < 400:
            spans[line_start] = line_end
    return [(start, end) for start, end in spans.items() if end > start]


def institutional_email(address: str) -> bool:
    local, _, domain = address.lower().rpartition("@")
    if INSTITUTION_DOMAIN.search(domain) or ROLE_MAILBOX.match(local):
        return True
    # a role word opening the local part: "kantorkelurahanx", "disnaker.tanatidung" - a short
    # one only before a separator ("sma.n1..."; "smarselina" is a person)
    role = ROLE.match(local)
    return role is not None and (
        len(role.group()) >= 6
        or local[role.end() : role.end() + 1] in ("", ".", "_", "-")
        or local[role.end() : role.end() + 1].isdigit()
    )


def office_phone(views: Views, start: int, end: int | None = None) -> bool:
    """An office cue before the number on its line, and no person named in between; or the
    number said to be an office's right after it ("(nomor dinas)")."""
    lower = views.lower
    if end is not None and OFFICE_AFTER.match(lower, end):
        return True
    line_start = lower.rfind(b"\n", 0, start) + 1
    low = max(line_start, start - OFFICE_REACH)
    line_end = lower.find(b"\n", start, start + 2000)
    if lower.count(b",", line_start, start + 2000 if line_end < 0 else line_end) >= 3:
        low = max(low, lower.rfind(b",", low, start) + 1)  # a CSV row: the number's own cell
    edge = CELL_EDGE.search(lower, low, start)
    while edge:  # the number's own cell only
        low = edge.end()
        edge = CELL_EDGE.search(lower, low, start)
    cues = list(OFFICE_CUE.finditer(lower, low, start))
    if not cues:
        return False
    return PERSON_MARK.search(lower, cues[-1].end(), start) is None


def company_above(views: Views, start: int) -> bool:
    """The finding's line or one of the two lines above starts by naming a company
    ("Pemenang: CV ...", "Nama Penyedia: PT ...", "PT Sinar Abadi")."""
    lower = views.lower
    line_start = lower.rfind(b"\n", 0, start) + 1
    for _ in range(3):
        if COMPANY_LINE.match(lower, line_start):
            return True
        if line_start <= 0:
            return False
        above = lower.rfind(b"\n", 0, line_start - 1) + 1
        if not lower[above : line_start - 1].strip():
            return False  # a blank line: another paragraph
        line_start = above
    return False


def institutional_values(views: Views, findings: list[Finding], blocks: Spans) -> set[str]:
    """Phone keys and lower-case e-mail addresses of the findings inside letterheads and
    institutional contact lines: the same value elsewhere in the text is the office's too."""
    text = views.text
    values = set()
    for finding in findings:
        if finding.kind in ("phone", "email") and blocks.overlaps(finding.start, finding.end):
            values.add(value_key(finding, text))
    return values


def value_key(finding: Finding, text: str) -> str:
    value = text[finding.start : finding.end]
    return phone_key(value) if finding.kind == "phone" else value.lower()


def drop_institutional(views: Views, findings: list[Finding]) -> list[Finding]:
    if not any(finding.kind in DROPPED_KINDS for finding in findings):
        return findings  # nothing Institutions.drops could drop
    institutions = Institutions(views, findings)
    values = institutional_values(views, findings, institutions.blocks)
    text = views.text
    return [
        finding
        for finding in findings
        if not institutions.drops(finding)
        and not (
            values and finding.kind in ("phone", "email") and value_key(finding, text) in values
        )
    ]
