"""Home addresses written with Indonesia's administrative units, found from a person context.

The vocabulary is the list of administrative levels, not examples of addresses:
- provinsi; kabupaten / kota (regency, city); kecamatan, and what it is called elsewhere:
  distrik (Papua: UU 21/2001 as amended by UU 2/2021), kapanewon / kemantren (DIY: Perdais DIY
  1/2018); desa / kelurahan and the names of a desa elsewhere (UU 6/2014 on Desa, Penjelasan
  Pasal 1; Permendagri 137/2017 and Kepmendagri 100.1.1-6117/2022 on region codes): kalurahan
  (DIY), nagari (Sumatera Barat), gampong (Aceh), kampung (Papua, Kalimantan Timur, Siak),
  pekon (Lampung), tiyuh (Tulang Bawang Barat), lembang (Tana Toraja), negeri (Maluku), mukim
  (Aceh, above the gampong), desa adat / desa pakraman (Bali);
- below the desa - the units a desa or kelurahan sets up itself (Permendagri 84/2015 on the
  desa's organisation: "dusun atau yang disebut dengan nama lain"; Permendagri 18/2018 on
  lembaga kemasyarakatan desa: RT, RW): dusun, dukuh (Jawa Tengah), padukuhan / pedukuhan (DIY),
  banjar / banjar dinas (Bali), jorong and korong (Sumatera Barat), jurong and tumpok (the
  dusun of an Aceh gampong, Qanun Aceh 5/2003 on the gampong), pemangku (the dusun of a pekon
  in Lampung's Pesisir Barat and Lampung Barat), lingkungan (in kelurahan:
  Bali, Sulawesi, Sumatera Utara, NTB), lorong (Aceh, Sumatera Selatan), jaga (Minahasa),
  lindongan (Bolaang Mongondow), kampung (a dusun in Jawa Barat and Banten), RT / RW and their
  long names (Rukun Tetangga, Rukun Warga), RK;
- streets and estates: jalan, gang, lorong, perumahan / perum, komplek(s), blok, cluster,
  asrama; English forms (street, road, village, hamlet, sub-district, regency);
- landmarks that stand for an address in villages: belakang / depan / samping / dekat pasar,
  masjid, sekolah, balai desa...

Region-code datasets on PyPI (kode wilayah, NIK validators) list regions down to the desa and
carry neither the names of the units below it nor their regional variants, so the level names
above are kept here, with their sources.

`looks_like_address(text, start, end)`: a table cell written like an address (a unit word and
its name: "Dusun Krajan", "RT 03", "Br. Kaja", "Jl. Melati 5").
`find_context_addresses(views)`: the values of an address column read one a line (its header
"Alamat" / "Alamat/Instansi" / "Dusun" alone on a line, as a PDF table read column by column
gives it), and an address after a person's address cue - "Alamat: ...",
"beralamat di", "tinggal (di)", "berdomisili di", "warga Dusun ..." (not "warga / penduduk Desa X"
alone: the village a letter is about), "rumahnya di", "rumah saya
di", "pindah ke", "address:", "lives at" - in
label form (the rest of the field, over a wrapped line too) or in prose (the run of address
segments). Not after "alamat kantor / sekretariat / e-mail / website ..." nor for a company or
an institution named just before the cue (procurement announcements, letterheads). BLOCK 0.85.
"""

import re

from .alternation import by_first_letter
from .findings import Finding, Severity
from .fold import Views, register_words
from .masking import mask_value
from .native import SPACE, Prefiltered
from .spans import Spans

FINE_UNIT_WORDS = (
    # streets and estates
    "jalan", "jl", "jln", "gang", "gg", "lorong", "lr", "perumahan", "perum", "perumnas",
    "komplek", "kompleks", "komp", "blok", "cluster", "asrama", "griya",
    # below the desa
    "dusun", "dsn", "dukuh", "dk", "padukuhan", "pedukuhan", "banjar", "br", "jorong", "jr",
    "korong",
    "jurong", "tumpok",
    "pemangku",  # the dusun of a pekon (Lampung: Pesisir Barat, Lampung Barat)
    "lingkungan", "lingk", "ling", "link", "jaga", "lindongan", "kampung", "kp", "kampong", "rt",
    "rw", "rk", "rukun tetangga", "rukun warga",
    # English
    "street", "road", "hamlet",
)  # fmt: skip
LOCALITY_WORDS = (
    # the desa and its regional names
    "desa", "ds", "kelurahan", "kel", "kalurahan", "nagari", "kenagarian", "nag", "gampong",
    "pekon", "tiyuh",
    "lembang", "negeri", "mukim", "desa adat", "desa pakraman",
    # above
    "kecamatan", "kec", "distrik", "kapanewon", "kemantren", "kabupaten", "kab", "kota",
    "provinsi", "prov",
    # English
    "village", "sub-district", "subdistrict", "district", "regency", "city", "province",
)  # fmt: skip
UNIT_WORDS = FINE_UNIT_WORDS + LOCALITY_WORDS


def alternatives(words: tuple[str, ...]) -> str:
    """The words as a regex alternation, longest first (grouped by first letter: faster)."""
    escaped = (re.escape(word).replace(r"\ ", r"\s+") for word in words)
    return by_first_letter(sorted(escaped, key=len, reverse=True))


UNITS = alternatives(UNIT_WORDS)
FINE_UNITS = alternatives(FINE_UNIT_WORDS)
LOCALITIES = alternatives(LOCALITY_WORDS)
SIDES = (
    "belakang depan samping sebelah(?:\\s+(?:utara|selatan|timur|barat))? dekat seberang ujung"
    " pinggir tepi utara selatan timur barat"
)
# What a village address is told by: public buildings, places of worship, schools, health posts,
# markets, crossings, waters and graves (the landmarks people give when a house has no number).
SIGHTS = (
    "pasar masjid mesjid musholla mushola musala surau meunasah langgar gereja pura vihara"
    " klenteng"
    " pesantren pondok madrasah sekolah sd sdn smp smpn sma sman smk mi mts tk paud balai kantor"
    " terminal stasiun pelabuhan dermaga lapangan alun-alun puskesmas pustu polindes poskesdes"
    " posyandu pabrik makam kuburan tpu sungai kali jembatan bendungan pos poskamling toko warung"
    " kios bank spbu rumah\\s+sakit rs polsek koramil pertigaan perempatan simpang tugu gapura"
    " gang jalan lorong"
)
LANDMARK = (
    rf"(?i:{by_first_letter(SIDES.split())})\s+(?i:{by_first_letter(SIGHTS.split())})\b"
    r"(?:\s+[A-Z0-9][\w'\-]*){0,4}"
)
# English forms put the unit after the name: "Pucung Hamlet", "12 Melati Street".
POSTFIX_UNITS = "Hamlet|Village|Sub-?[Dd]istrict|District|Regency|Street|Road|Lane|Avenue"
POSTFIX_ADDRESS = (
    r"(?:[0-9]{1,4}[A-Za-z]?\x20+)?[A-Z][\w'\-]*(?:\x20[A-Z0-9][\w'\-]*){0,3}"
    rf"\x20+(?:{POSTFIX_UNITS})(?![A-Za-z])"
)
POSTFIX_CELL = (
    r"(?:[0-9]{1,4}[A-Za-z]?\x20+)?[A-Z][\w'\-]*(?:\x20[A-Z0-9][\w'\-]*){0,3}"
    r"\x20+(?:Hamlet|Street|Road|Lane|Avenue)(?![A-Za-z])"
)
# A unit's name: up to five words, not running into the next street or locality word
# ("Gg. Mawar II Jl. Kaliurang": two segments).
NEXT_UNIT = (
    r"(?:Jl|Jln|JL|Jalan|JALAN|Gg|GG|Gang|Dusun|Dsn|RT|Rt|RW|Rw|Desa|Ds|Kel|Kec|Kab|Jr|Jorong"
    r"|Nag|Nagari|Kenagarian)\b"
)
NAME = (
    rf"[A-Z0-9][\w'\-/]*(?:\x20+(?!(?i:no|nomor|dan|yang)\b|{NEXT_UNIT})[A-Z0-9][\w'\-/]*){{0,4}}"
)
SEGMENT = (
    rf"(?:(?<![A-Za-z])(?:[0-9]{{1,4}}[A-Za-z]?\x20+(?=(?i:jalan|jl|jln|gang|gg)\b))?"
    rf"(?i:{UNITS})(?![A-Za-z])\.?\x20*:?\x20*{NAME}"
    rf"|(?i:no|nomor|nomer)\.?\x20*[0-9]{{1,4}}[A-Za-z]?(?:\x20?/\x20?[0-9]{{1,4}})?(?![0-9])"
    # "005/009 Kampung Nenreh", "023/009, Kel. X": RT/RW numbers before a unit
    rf"|[0-9]{{1,3}}\x20?/\x20?[0-9]{{1,3}}(?![0-9/])(?=\x20*,?\x20*(?i:{UNITS})(?![A-Za-z]))"
    rf"|{LANDMARK}|{POSTFIX_ADDRESS})"
)
PROSE_ADDRESS = re.compile(rf"{SEGMENT}(?:\x20*[,/]?\x20*{SEGMENT})*")
# Chat writing, after an address cue only: "tinggal di dusun lam baro, gampong blang tunong rt 3".
# A unit word and one to three lower-case words (not a chat's own words: "mau", "ya", "sudah"
# ...), then more such segments; two segments at least, or one with an RT/house number.
CHAT_STOP = (
    r"(?:dan|yang|no|nomor|mau|ya|yg|sdh|sudah|belum|blm|untuk|utk|karena|krn|tapi|tp|sama"
    r"|dengan|dgn|di|ke|dari|itu|ini|saya|sy|kami|bu|pak|kak|mas|mbak|dek|nya|gimana|bagaimana"
    r"|apa|kapan|tolong|mohon|minta|bisa|tidak|tdk|gak|ga|nggak|juga|jg|lagi|lg|udah|dah|aja"
    r"|kok|sih|dong|nih|tuh|ada|punya|pernah|akan|tadi|kemarin|besok|sejak|sampai|sekarang)"
)
CHAT_NAME = (
    rf"(?!{CHAT_STOP}\b)[a-z][a-z'\-]+(?:\x20(?!{CHAT_STOP}\b|(?:{UNITS})\b)[a-z][a-z'\-]+){{0,2}}"
)
CHAT_SEGMENT = (
    rf"(?:(?:{UNITS})(?![A-Za-z])\.?\x20*(?:{CHAT_NAME}|[0-9]{{1,3}}(?:\x20?/\x20?[0-9]{{1,3}})?)"
    rf"(?![A-Za-z0-9]))"
)
LOWER_ADDRESS = re.compile(
    rf"{CHAT_SEGMENT}(?:\x20*,?\x20*{CHAT_SEGMENT})+|{CHAT_SEGMENT}(?=\x20*,?\x20*(?:rt|no)\b)"
    rf"(?:\x20*,?\x20*(?:rt|no)\.?\x20*[0-9]{{1,3}})"
)
# A cell that starts with a street / hamlet unit and its name ("Dusun Krajan", "Jl. Melati",
# "Br. Kaja", "RT 03"), or a landmark; or holds an RT number or two localities anywhere.
CELL_ADDRESS = re.compile(
    rf"\x20*(?:(?i:{FINE_UNITS})(?![A-Za-z])\.?\x20*:?\x20*(?:[A-Z]|(?<=[Tt]\x20)[0-9]|(?<=[Tt])[0-9]"
    rf"|(?<=[Tt]\.)[0-9]|(?<=[Tt]\.\x20)[0-9])|{LANDMARK}|{POSTFIX_CELL})"
)
CELL_RT = re.compile(r"[Rr][Tt](?<![A-Za-z][Rr][Tt])\.?\x20*:?\x20*[0-9]{1,3}(?![0-9])")
CELL_LOCALITIES = re.compile(
    rf"(?<![A-Za-z])(?i:{LOCALITIES})\.?\x20+[A-Z][a-z]+.{{0,40}}?(?<![A-Za-z])(?i:{LOCALITIES})"
    rf"\.?\x20+[A-Z][a-z]"
)
# "lives at" in the regional wording of village newsletters: Balinese magenah ring / di,
# jumahne di; Javanese manggon ing, dalemipun (wonten); Sundanese cicing di, bumina di;
# Banjar / Malay diam di; Papuan / Manado Malay (de / dia / sa) pu rumah di, dia pe rumah di.
REGIONAL_CUES = (
    rb"magenah\s+(?:ring|di)|jumahne\s+(?:di|ring)|manggon\s+(?:ing|neng|nang|di)"
    rb"|dalemipun(?:\s+wonten)?|griyanipun|cicing\s+(?:di|ka)|bumina\s+di|diam\s+di"
    rb"|p[eu]\s+rumah\s+di|tingga(?:\s+di)?"
)
# Cues in Indonesian, English and the regional ones above (Minang "tingga di"; Javanese krama
# "griyanipun": his or her home); "alamat saya / nya", "alamat/instansi" (a form's field),
# "tinggal bersama neneknya di", "rumah duka" (where the deceased lived, in death notices);
# "A1amat" is how OCR often reads "Alamat".
CUE = re.compile(
    rb"(?<![a-z])(?:a(?:lamat|1amat)(?:nya|\s+(?:rumah|tinggal|domisili|asal|lengkap|sesuai\s+ktp|pemohon"
    rb"|terakhir|sekarang|saat\s+ini|baru|lama"
    rb"|penerima|peserta|orang\s+tua|ortu|wali|saya|kami|beliau|ybs|korban|keluarga)"
    rb"|\s*/\s*(?:instansi|domisili|tempat\s+tinggal)"
    rb"|\s*(?:/|&|\+|dan)\s*(?:kontak|no\.?\s*(?:hp|telp|kontak)|hp|telp|telepon|wa))?"
    rb"|beralamat(?:\s+di)?"
    rb"|tinggal(?:\s+bersama(?:\s+[a-z]+){1,2})?(?:\s+(?:terakhir|sekarang|saat\s+ini))?"
    rb"(?:\s+di)?|tgl\s+di(?=\s+(?:dusun|dsn|desa|kampung"
    rb"|gampong|jorong|banjar|lingkungan|jl|jalan|gang|gg|lorong|perum|komplek|rt))"
    rb"|rumah(?:nya|\s+(?:saya|kami|beliau|ybs|yang\s+bersangkutan|korban|keluarga|duka))"
    rb"(?:\s+(?:di|ada\s+di))?"
    # "rumah milik Heru (58) di", "rumah warga atas nama Ani di": a named person's home (news)
    rb"|rumah\s+(?:milik|warga|atas\s+nama)(?:\s+[a-z.'()0-9]+){1,6}?\s+di"
    rb"|pindah\s+(?:ke|alamat\s+ke)|bertempat"
    rb"\s+tinggal(?:\s+di)?|berdomisili(?:\s+di)?|domisili|warga|penduduk|home\s+address|address"
    rb"|resides?\s+(?:at|in)|residing\s+(?:at|in)|lives?\s+(?:at|in)|living\s+(?:at|in)"
    # a record's origin, "Asal : Dusun Gondang, Desa ...", "Asal desa :": read when written
    # like an address; an English form's "Residence :"
    rb"|asal(?:\s+(?:desa|daerah|kampung|dusun|kelurahan))?(?=[\x20\t]*:)"
    rb"|residence(?=[\x20\t]*:)"
    rb"|" + REGIONAL_CUES + rb")"
    rb"(?![a-z])"
)
# Cues that say the address is a person's home, whatever company is named before them
# ("Direktur CV Maju (perorangan) Budi, NIK ..., alamat rumah Banjar Pande ...").
HOME_CUE = re.compile(
    rb"(?:alamat\s+(?:rumah|tinggal|domisili)|rumah(?:nya|\s)|tempat\s+tinggal|tinggal\s+di"
    rb"|bertempat\s+tinggal|berdomisili)"
)
LABEL_CUES = (
    b"alamat", b"a1amat", b"domisili", b"address", b"asal", b"home address", b"residence"
)  # fmt: skip
CUE_WORDS = (b"alamat", b"a1amat", b"tingga", b"tgl di", b"domisili", b"warga", b"penduduk",
             b"asal", b"address", b"resid", b"live", b"living", b"pindah ", b"rumah", b"magenah",
             b"jumahne",
             b"manggon", b"dalemipun", b"griyanipun", b"cicing", b"bumina",
             b"diam di")  # fmt: skip
register_words((*CUE_WORDS, b"tempat"))
# "rumah" starts a cue only as a person's home ("rumah tangga", "rumah sakit" are not): the
# bytes after it are checked before the cue regex runs.
CUE_STARTS = {
    b"rumah": (b"rumahnya", b"rumah saya", b"rumah kami", b"rumah beliau", b"rumah ybs",
               b"rumah yang", b"rumah korban", b"rumah keluarga", b"rumah di", b"rumah duka",
               b"rumah milik", b"rumah warga", b"rumah atas"),
}  # fmt: skip
# The colon after the label, on its line or opening the next one ("Alamat\n: Lorong ...": a
# key/value block whose label and value were drawn in two columns).
LABEL_COLON = re.compile(rb"[\x20\t.]*(?:\r?\n[\x20\t]*)?(?:[:=]|\-(?!\w))[\x20\t]*")
# A phone number after the address in the same field ("Perum X Blok A7 No. 13; 0812 ...",
# "Lingk. II, Kel. Y HP 0811 ..."): the address ends before it.
CONTACT_NUMBER = re.compile(r"(?:\+62[\x20\-]?|(?<![0-9])62[\x20\-]?|(?<![0-9])0)8[0-9]{2}")
# What stands between the address and that number: a separator, a label ("HP", "Telp.").
CONTACT_LEAD = re.compile(
    r"[\x20\t]*(?:[;/|,(]|\x20-)?[\x20\t]*(?:(?:hp|telp|tlp|wa|kontak|no\.?\x20?hp)\.?[\x20\t]*:?"
    r"[\x20\t]*)?$",
    re.IGNORECASE,
)
# "alamat sekolah", "alamat_kantor" (a field name): the address of an institution
NOT_PERSON_AFTER = re.compile(
    rb"[\s_]*(?:kantor|sekretariat|redaksi|instansi|kami|surat|e-?mail|surel|website|situs|web"
    rb"|url|pos\s*-?\s*el|lembaga|dinas|ppid|pelayanan|layanan|perusahaan|usaha|toko|pabrik"
    rb"|badan|negara|asing|ip|blog|link|tautan|sekolah|kampus|proyek|lokasi|pekerjaan|penyedia"
    rb"|madrasah|pesantren|puskesmas|rumah\s+sakit|rsud)"
)
BODY_WORDS = (
    "pt", "cv", "ud", "fa", "firma", "koperasi", "yayasan", "perusahaan", "penyedia", "pemenang",
    "rekanan", r"badan\s+usaha", "kantor", "dinas", "badan", "instansi", "sekretariat", "toko",
    "bumdes", "pemerintah", "kecamatan", "puskesmas", "rsud", "sekolah", "universitas",
    # an English letterhead: "Regency of X - Disaster Management Agency (BPBD)"
    "agency", "office", "department", "ministry", "bureau", "government",
)  # fmt: skip
# (?<![a-z])(?:pt|cv|...): the engine stops only at the words' first letters
COMPANY_BEFORE = re.compile(
    rb"(?:" + by_first_letter(BODY_WORDS, not_after="[a-z]").encode() + rb")\.?(?![a-z])"
)
CELL_EDGE = re.compile(r"\t|\x20{3,}|\|")
CONTINUATION = re.compile(rf"[\x20\t]*(?:(?i:{UNITS})(?![A-Za-z])|[A-Z][a-z]+,)")
NEXT_LABEL = re.compile(r"[^\n:]{1,30}:")
LETTERS = re.compile(r"[A-Za-z]{3}")
MAX_LABEL_VALUE = 160
# A value that stands for none: "-", "***", "[disamarkan]", "(dianonimkan sesuai Perki 1/2013)"
PLACEHOLDER = re.compile(
    r"[\s\-*x.()\[\]_/]*|[(\[][^()\[\]]*[)\]]"
    r"|.*(?:dianonimkan|disamarkan|dirahasiakan|disensor|anonim|redacted|\btidak\s+ada\b"
    r"|\bnull\b|\bnone\b|\bn/a\b|\bbelum\b).*",
    re.IGNORECASE | re.DOTALL,
)
# The next field of a record written on one line ("..., dx: A09, tgl masuk: ..."): the address
# ends before it; an address's own parts may carry a colon ("RT: 03").
INLINE_LABEL = re.compile(
    r"[,;]\x20*(?P<label>[A-Za-z][A-Za-z.]{0,15}(?:\x20[A-Za-z.]{1,15}){0,2})\x20?:"
)
ADDRESS_PART_LABEL = re.compile(
    r"(?:rt|rw|rt/rw|no|nomor|blok|desa|kel|kelurahan|kalurahan|kec|kecamatan|kab|kabupaten|kota"
    r"|dusun|dukuh|jorong|nagari|lingkungan|kampung|kode\x20pos|provinsi|prov)\.?"
)
# a field name: lower-case words joined by "_" ("no_hp", "perusahaan_tujuan", "pendidikan")
FIELD_NAME = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")
# ". " and a capital: the end of a sentence, unless the word before is an abbreviation.
SENTENCE_END = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.\x20+(?=[A-Z])")
ABBREVIATIONS = frozenset(
    {"jl", "jln", "kec", "kel", "kab", "ds", "dsn", "gg", "br", "kp", "no", "prov", "perum",
     "komp", "lingk", "ling", "link", "dk", "st", "rd", "lr", "kav", "blk", "rt", "rw", "kota",
     "kodya", "desa", "h", "hj", "dr", "ir", "jr", "nag"}
)  # fmt: skip


# A cell that names a position held in a neighbourhood or a hamlet, not a home ("Ketua RT 016",
# "Sekretaris RW 03", "Kepala Dusun II" in an SK pengurus).
ROLES = (
    r"(?:wakil\x20)?ketua|sekretaris|bendahara|pengurus|anggota|kepala|ka\.|seksi\x20\w+"
    r"|koordinator"
)
POSITION = re.compile(
    rf"\x20*(?i:{ROLES})\x20+(?i:rt|rw|rk|dusun|dukuh|lingkungan|lingk|banjar|jorong|jaga"
    r"|kampung)(?![A-Za-z]).*",
    re.DOTALL,
)
# A bare RT number ("RT 05"): a neighbourhood of 30-50 houses, not a home (SOP: personal data
# is a home address), when nothing else of an address stands beside it.
BARE_RT = re.compile(r"\x20*(?i:rt)\.?\x20*:?\x20*[0-9]{1,3}\x20*")


def looks_like_address(text: str, start: int, end: int) -> bool:
    """A cell written like an address: it starts with a street or hamlet unit and its name (or
    an RT and its number), or holds an RT number or two localities (Desa X, Kec. Y)."""
    if CELL_ADDRESS.match(text, start, end) or CELL_RT.search(text, start, end):
        return not POSITION.match(text, start, end)
    return end - start > 12 and CELL_LOCALITIES.search(text, start, end) is not None


# A person named, then a street or hamlet unit: "Sdr. Rahmat, Gg. Mawar II", "Ibu Marni (54),
# Dusun Bendo", "Penerima: Syafril, Jorong Padang Laweh", "Sdr. Herman dari Dusun IV", "I Wayan
# Sudarta, Banjar Dinas Kaja". Found from the unit after a comma or "dari" / "asal" (literal
# prefixes: the regex engine skips to them), then the name before it is checked.
VILLAGE_WORDS = ("desa", "ds", "kelurahan", "kel", "kalurahan", "nagari", "kenagarian", "nag",
                 "gampong", "pekon", "tiyuh", "lembang")  # fmt: skip


def unit_after(words: bytes) -> Prefiltered:
    """Searched with RE2 from what comes before the look-ahead (native.py)."""
    return Prefiltered(re.compile(words + rb"(?![a-z])"), words.replace(rb"\s", SPACE))


UNIT_AFTER = (
    unit_after(rb",\x20*(?:" + alternatives(FINE_UNIT_WORDS + VILLAGE_WORDS).encode() + rb")"),
    # "6. Rosni - Jr. Koto Baru Nag. Sungai Pua - HP ...": a list's items separated by dashes
    unit_after(rb"\x20-\x20(?:" + alternatives(FINE_UNIT_WORDS).encode() + rb")"),
    *(
        unit_after(prefix + rb"\x20*(?:" + FINE_UNITS.encode() + rb")")
        # "- Hj. Siti Aminah (Kampung Cikondang) menyampaikan ...": the address in brackets
        for prefix in (rb"\x20dari\x20", rb"\x20asal\x20", rb"\x20\(")
    ),
)
HONORIFICS = frozenset(
    {"bapak", "bpk", "ibu", "pak", "bu", "sdr", "sdri", "saudara", "saudari", "ny", "nyonya",
     "tn", "tuan", "mbah", "kakek", "nenek", "almarhum", "almarhumah", "alm", "almh", "mr", "mrs",
     "ms", "teungku", "tgk", "dunsanak", "i", "ni",
     # labels before a name ("Penerima: Syafril", "kepada Yakobus", "a.n. Budi")
     "penerima", "pemohon", "pelapor", "korban", "peserta", "nama", "kepada", "a.n", "an"}
)  # fmt: skip
AGE_WORD = re.compile(r"\(?[0-9]{1,3}\)?|\(?(?:th|thn|tahun)\)")
LIST_MARK = re.compile(r"[0-9]{1,3}[.)]|[\-*\u2022\u2013]")


def person_named_before(text: str, low: int, end: int, line_start: bool) -> bool:
    """Whether text[low:end] ends with a person's name: an honorific or a label ("Penerima:")
    and capitalised words, or - when `line_start` (low is the line's start) - two to five
    capitalised words that open the line and are not a unit ("Kabupaten Sleman"). Words are
    walked back in Python: a regex searched over the stretch tries every position in it."""
    stretch = text[low:end].rstrip(" -")
    if stretch.endswith(")"):  # "Made Sujana (petani)", "(buruh harian lepas)": an occupation
        opening = stretch.rfind("(", max(0, len(stretch) - 40))
        if opening > 0 and stretch[opening + 1 : opening + 2].islower():
            stretch = stretch[:opening]
    words = stretch.split()
    while words and AGE_WORD.fullmatch(words[-1]):
        words.pop()  # "Ibu Warsinah (67)", "(67 th)"
    names = 0
    while words:
        word = words.pop()
        if names and word.rstrip(".:").lower() in HONORIFICS:
            return True
        if not words and names and line_start and LIST_MARK.fullmatch(word):
            # "5) Made Sujana": the list item's number, before a name ("1) Balai Desa": a place)
            named = text[low:end].split()[1 : 1 + names]
            return not any(
                UNIT_START.fullmatch(name.rstrip(".,")) or name.lower() in PLACE_NAMES
                for name in named
            )
        if not word[:1].isupper() or names == 5 or word.endswith(":"):
            return False  # a lower-case word, a long run, or a form's label ("Alamat:")
        names += 1
    if not line_start or names < 2:
        return False
    first = text[low:end].split(None, 1)[0]
    return LIST_MARK.fullmatch(first) is not None or UNIT_START.match(first) is None


UNIT_START = re.compile(rf"(?i:{UNITS})(?![A-Za-z])")
PLACE_NAMES = frozenset(
    {"balai", "lapangan", "masjid", "mesjid", "gereja", "pura", "pasar", "kantor", "sekolah",
     "puskesmas", "posyandu", "gedung", "aula", "gor", "stadion", "terminal", "pelabuhan"}
)  # fmt: skip
UNIT_NAME = re.compile(r"[A-Za-z]+\.?\x20*:?\x20*(?:[A-Z]|[0-9]{1,3}(?![0-9]))")


def named_addresses(views: Views) -> list[Finding]:
    """Addresses right after a person's name (see UNIT_AFTER): BLOCK 0.8."""
    lower, text = views.lower, views.text
    findings: list[Finding] = []
    for pattern in UNIT_AFTER:
        for match in pattern.finditer(lower):
            if lower[match.start() - 1] not in NAME_ENDS:
                continue  # "No. 16, RT 02": a number, not a name, before the comma
            unit = match.end() - 1
            while unit > match.start() and lower[unit - 1] in LOWER_LETTERS:
                unit -= 1
            if not UNIT_NAME.match(text, unit):
                continue  # "..., jalan kaki": no name after the unit
            line = text.rfind("\n", 0, match.start()) + 1
            low = max(0, match.start() - 60, line)
            if not person_named_before(
                text, low, match.start(), low == line and lower[match.start()] in (32, 44)
            ):  # 44: ",", 32: " - ": a name opening its line counts before them only
                continue
            if COMPANY_BEFORE.search(lower, low, match.start()):
                continue  # "Kantor Desa X, Jl. ...", "CV Maju, Dusun ...": a body's address
            address = PROSE_ADDRESS.match(text, unit, unit + 240)
            if address is None:
                continue
            end = address.end()
            while end > unit and text[end - 1] in " ,./":
                end -= 1
            value = text[unit:end]
            if STREET_WORD.match(lower, unit) and not STREET_DETAIL.search(value):
                continue  # "kata Bapak Kapolsek, Jalan Magelang ditutup": a street, no home
            findings.append(Finding("address", unit, end, mask_value(value), Severity.BLOCK, 0.8))
    return findings


STREET_WORD = re.compile(rb"(?:jalan|jln|jl|gang|gg|lorong|lr|street|road)(?![a-z])")
# a house number, an RT, a kilometre, or a second unit after the street
STREET_DETAIL = re.compile(r"[0-9]|,|\x20(?:" + UNITS + r")(?![A-Za-z])", re.IGNORECASE)
LOWER_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyz")
NAME_ENDS = LOWER_LETTERS | {ord(")")}


# "Alamat <whose> :" - "Alamat Pelapor", "Alamat Pasien", "Alamat Orang Tua": a label of a
# person's address, whoever it names (an office's is passed over by NOT_PERSON_AFTER first).
OWNER_LABEL = re.compile(rb"(?:\x20+[a-z]{2,15}){1,2}(?=[\x20\t]*:)")


def find_context_addresses(views: Views) -> list[Finding]:
    lower = views.lower
    findings = column_addresses(views)
    if b"y" in lower and (views.starts(b"tempat") or b"\ndi" in lower):
        findings += addressee_addresses(views)
    named = named_addresses(views)
    if not any(views.starts(word) for word in CUE_WORDS):
        return findings + named
    text = views.text
    done = -1
    for cue in cues(views):
        end = cue.end()
        if end < done or NOT_PERSON_AFTER.match(lower, end):
            continue
        line_start = lower.rfind(b"\n", 0, cue.start()) + 1
        before = max(lower.rfind(b"\n", 0, max(0, line_start - 1)) + 1, cue.start() - 80)
        word = lower[cue.start() : end]
        if COMPANY_BEFORE.search(lower, before, cue.start()) and not HOME_CUE.match(word):
            continue  # a company's address ("CV Maju, alamat ..."), not "alamat rumah" after it
        colon = LABEL_COLON.match(lower, end)
        if not (colon and colon.end() > end) and word.startswith(LABEL_CUES):
            owner = OWNER_LABEL.match(lower, end)  # "Alamat Pelapor :", "Alamat Pasien :"
            if owner:
                end = owner.end()
                colon = LABEL_COLON.match(lower, end)
        if colon and colon.end() > end and word.startswith(LABEL_CUES):
            span = label_value(text, colon.end())
            if span and word.startswith(b"asal") and not looks_like_address(text, *span):
                continue  # "Asal : Jepara", "Asal : SMAN 2": an origin, not an address
        else:
            span = prose_value(text, end)
            if span is not None and word in VILLAGE_CUES and only_village(text, *span):
                continue  # "benar warga Desa X": the village a letter is about, not a home
        if span is None:
            continue
        start, stop = span
        done = stop
        findings.append(
            Finding("address", start, stop, mask_value(text[start:stop]), Severity.BLOCK, 0.85)
        )
    if named:
        cued = Spans([(f.start, f.end) for f in findings])
        findings += [f for f in named if not cued.overlaps(f.start, f.end)]
    return findings


# A letter's addressee: "Yth. Bapak X" / "Kepada Yth." and the lines before "di tempat" /
# "di -\nTempat" (the reply to a citizen's complaint is sent to the citizen's home). Not when
# the addressee is an office (Kepala Dinas ..., Camat, Direktur PT ...).
YTH = re.compile(rb"(?:kepada\s+)?(?:yth|yang\s+terhormat)\b\.?", re.IGNORECASE)
DI_TEMPAT = re.compile(rb"[\x20\t]*di[\x20\t]*(?:-[\x20\t]*\r?\n?[\x20\t]*)?$")
OFFICE_ADDRESSEE = re.compile(
    rb"(?<![a-z])(?:kepala|ketua|camat|lurah|bupati|wali\s*kota|walikota|gubernur|direktur"
    rb"|dinas|kantor|sekretaris|pimpinan|pt|cv|kapolsek|kapolres|danramil|badan|ppid|komisi"
    rb"|rektor|perbekel|keuchik|wali\s+nagari|pengurus|panitia|manajer|manager|admin|redaksi"
    rb"|dprd|kpu|bawaslu|inspektorat|pj\.?|plt\.?|para)(?![a-z])"
)


def addressee_addresses(views: Views) -> list[Finding]:
    """The address lines of a letter's addressee, between 'Yth. <name>' and 'di tempat'."""
    lower = views.lower
    di_lines: set[int] = set()
    for position in views.starts_apart(b"tempat"):
        line_start = lower.rfind(b"\n", 0, position) + 1
        if DI_TEMPAT.search(lower, max(0, line_start - 8), position) is not None:
            di_line = lower.rfind(b"di", max(0, line_start - 8), position)
            if di_line >= 0:
                di_lines.add(lower.rfind(b"\n", 0, di_line) + 1)  # "di -\nTempat"
    # "di -" alone on its line, the town on the next ("di -\n   PALOPO")
    position = lower.find(b"\ndi")
    while position >= 0:
        if DI_ALONE.match(lower, position + 1):
            di_lines.add(position + 1)
        position = lower.find(b"\ndi", position + 3)
    findings: list[Finding] = []
    for di_start in sorted(di_lines):
        found = addressee_address(views, di_start)
        if found:
            findings.append(found)
    return findings


DI_ALONE = re.compile(rb"di[\x20\t]*-?[\x20\t]*\r?\n")


def addressee_address(views: Views, di_start: int) -> Finding | None:
    """The address lines above the line of "di" (`di_start`) and below the addressee's."""
    lower, text = views.lower, views.text
    end = di_start - 1
    start = end
    name_line = -1  # the line after the one examined (the addressee's when "Yth." is alone)
    for _ in range(4):  # the addressee's line is at most three lines up ("Yth." alone: four)
        if start <= 0:
            return None
        previous = lower.rfind(b"\n", 0, start) + 1
        yth = YTH.search(lower, previous, start)
        if yth is not None and lower[previous : yth.start()].strip() in (b"", b"kepada"):
            if not lower[yth.end() : start].strip() and name_line >= 0:
                # "Kepada Yth.\nSdr. Nurjannah\nJl. ...": the name on the next line
                if OFFICE_ADDRESSEE.search(lower, start + 1, name_line):
                    return None
                start = name_line
                break
            if OFFICE_ADDRESSEE.search(lower, yth.end(), start):
                return None
            break
        name_line = start
        start = previous - 1
    else:
        return None
    if start >= end:
        return None
    low = start + 1
    while low < end and text[low] in " \t\r":
        low += 1
    high = end
    while high > low and text[high - 1] in " \t\r,.":
        high -= 1
    if high - low < 5 or high - low > 200:
        return None
    if not (looks_like_address(text, low, high) or PROSE_ADDRESS.match(text, low, high)):
        return None
    return Finding("address", low, high, mask_value(text[low:high]), Severity.BLOCK, 0.8)


VILLAGE_CUES = frozenset({b"warga", b"penduduk"})
ONLY_VILLAGE = re.compile(
    r"(?i:desa|kelurahan|kel\.|kalurahan|nagari|gampong|kampung|pekon|lembang|negeri|tiyuh)"
    r"\x20+[A-Z][\w\-]*(?:\x20[A-Z][\w\-]*){0,2}"
)


def only_village(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a village alone (one unit of village level and its name)."""
    return ONLY_VILLAGE.fullmatch(text, start, end) is not None


# A column's header alone on its line, when a PDF's table is read one column after another:
# "Alamat" (its values written like addresses), "Dusun" / "Dukuh" ... (hamlet names).
COLUMN_HEADERS = (b"\nalamat", b"\ndusun", b"\ndukuh", b"\ntempat tinggal", b"\ndomisili")
register_words(COLUMN_HEADERS)
COLUMN_HEADER = re.compile(
    rb"[\x20\t]*(?:(?P<address>alamat(?:\x20?/\x20?instansi|\x20rumah|\x20lengkap)?"
    rb"|tempat\x20tinggal|domisili)|(?P<hamlet>dusun|dukuh|padukuhan))[\x20\t]*:?[\x20\t\r]*\n"
)
HAMLET_NAME = re.compile(r"[\x20\t]*[A-Z][A-Za-z'\-]+(?:\x20(?:[A-Z][A-Za-z'\-]+|[IVX]+)){0,3}\s*")
OFFICE_LINE = re.compile(
    r"[\x20\t]*(?i:kantor|dinas|polsek|polres|koramil|kodim|puskesmas|pustu|rsud|badan"
    r"|sekretariat|uptd?|kua)(?![A-Za-z])"
)
MAX_COLUMN = 2000  # lines
# the next column's header, read right after the last hamlet
NOT_HAMLETS = frozenset(
    {"rt", "rw", "desa", "kelurahan", "kecamatan", "nama", "nik", "alamat", "keterangan", "ket",
     "jumlah", "ttd", "tanda tangan", "status", "pekerjaan", "umur", "usia", "no", "nomor"}
)  # fmt: skip


def column_addresses(views: Views) -> list[Finding]:
    """The values under an address column's header that stands alone on its line, one a line
    (an office in an "Alamat/Instansi" column is passed over), until a line that is not one."""
    lower, text = views.lower, views.text
    findings: list[Finding] = []
    for word in COLUMN_HEADERS:
        # line starts: after each "\n" + word, and the text's start
        starts = [0] if lower.startswith(word[1:]) else []
        starts += [position + 1 for position in views.starts(word)]
        for line_start in starts:
            header = COLUMN_HEADER.match(lower, line_start)
            if header:
                findings += column_values(text, header.end(), header.lastgroup == "hamlet")
    return findings


def column_values(text: str, start: int, hamlets: bool) -> list[Finding]:
    findings = []
    line_start = start
    for _ in range(MAX_COLUMN):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        value_end = line_end
        while value_end > line_start and text[value_end - 1] in " \t\r":
            value_end -= 1
        if value_end <= line_start:
            break
        if hamlets:
            if (
                not HAMLET_NAME.fullmatch(text, line_start, line_end)
                or text[line_start:value_end].strip().lower() in NOT_HAMLETS
            ):
                break
        elif not looks_like_address(text, line_start, value_end):
            if not OFFICE_LINE.match(text, line_start, value_end):
                break
            line_start = line_end + 1
            continue
        value_start = line_start
        while text[value_start] in " \t":
            value_start += 1
        findings.append(
            Finding(
                "address",
                value_start,
                value_end,
                mask_value(text[value_start:value_end]),
                Severity.BLOCK,
                0.8,
            )
        )
        if line_end >= len(text):
            break
        line_start = line_end + 1
    return findings if len(findings) >= 2 else []


def cues(views: Views) -> list[re.Match]:
    """The address cues, found from their words (Views.starts: a regex over the whole text
    would try every position)."""
    lower = views.lower
    found: dict[int, re.Match] = {}
    for word in CUE_WORDS:
        starts = CUE_STARTS.get(word)
        for position in views.starts_apart(word):
            if starts is not None and not lower.startswith(starts, position):
                continue
            low = max(0, position - 12)
            for match in CUE.finditer(lower, low, position + 40):
                if match.start() <= position < match.end():
                    found.setdefault(match.start(), match)
                    break
    return [found[start] for start in sorted(found)]


def label_value(text: str, start: int) -> tuple[int, int] | None:
    """The field after 'Alamat :': to the cell's or line's end, over wrapped lines."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    edge = CELL_EDGE.search(text, start, line_end)
    end = edge.start() if edge else line_end
    if text[start - 1 : start] == "=" or text[start - 2 : start] == "= ":
        # "alamat=...&hp=...", "nama=no_ak1=alamat=no_hp": the value ends at the next field
        following = min(
            (p for p in (text.find("=", start, end), text.find("&", start, end)) if p >= 0),
            default=end,
        )
        end = following
        if FIELD_NAME.fullmatch(text, start, end):
            return None  # a header of field names
    for field in INLINE_LABEL.finditer(text, start, end):
        if not ADDRESS_PART_LABEL.fullmatch(field.group("label").lower()):
            end = field.start()
            edge = field
            break
    for stop in SENTENCE_END.finditer(text, start, end):
        if stop.group(1).lower() not in ABBREVIATIONS:
            end, edge = stop.start() + len(stop.group(1)), stop
            break
    while (
        not edge
        and end < len(text)
        and text[end] == "\n"
        and end - start < MAX_LABEL_VALUE
        and (text[start:end].rstrip().endswith(",") or CONTINUATION.match(text, end + 1))
        and not NEXT_LABEL.match(text, end + 1)
    ):
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        if next_end - end > 100:
            break
        end = next_end
    end = before_contact(text, start, end)
    while end > start and text[end - 1] in " \t\r,.;":
        end -= 1
    if end - start > MAX_LABEL_VALUE:
        end = start + MAX_LABEL_VALUE
    if not LETTERS.search(text, start, end):
        return None
    value = text[start:end]
    if value.lower().startswith(("-", "tidak", "n/a", "sama")) or PLACEHOLDER.fullmatch(value):
        return None
    return start, end


def before_contact(text: str, start: int, end: int) -> int:
    """The end of the address in text[start:end], before a phone number written after it."""
    if "8" not in text[start:end]:
        return end  # no mobile number: the common case, one find
    number = CONTACT_NUMBER.search(text, start, end)
    if number is None:
        return end
    low = max(start, number.start() - 24)
    lead = CONTACT_LEAD.search(text, low, number.start())
    tail = lead.start() if lead else number.start()
    return tail if tail > start else end


def prose_value(text: str, start: int) -> tuple[int, int] | None:
    """The run of address segments right after a cue in a sentence ('tinggal di Dusun Krajan
    RT 02, Desa Sumberagung')."""
    position = start
    while position < len(text) and text[position] in " \t:,":
        position += 1
    if text[position : position + 2].lower() == "di" and text[position + 2 : position + 3] in (
        " ",
        "\n",
        "\r",
    ):
        position += 3
    position = past_line_break(text, position)  # "bertempat tinggal di\nLingkungan III, ..."
    match = PROSE_ADDRESS.match(text, position, position + 240)
    if match is None:
        match = LOWER_ADDRESS.match(text, position, position + 240)  # a chat, in lower case
    if match is None:
        return None
    end = match.end()
    # an address wrapped after a comma at the line's end: "Lingkungan VII,\nDesa Simboro"
    while text[end : end + 1] in (",", "\n", "\r") or text[end : end + 2] == " \n":
        comma = text.rfind(",", position, end + 1)
        if comma < 0 or text[comma + 1 : end + 2].strip(" \r\n"):
            break
        following = past_line_break(text, comma + 1)
        if following == comma + 1:
            break
        more = PROSE_ADDRESS.match(text, following, following + 240)
        if more is None:
            break
        end = more.end()
    while end > position and text[end - 1] in " ,./":
        end -= 1
    return (position, end) if end > position else None


def past_line_break(text: str, position: int) -> int:
    """`position` moved past spaces and one line break (a wrapped sentence), if there is one."""
    low = position
    while low < len(text) and text[low] in " \t":
        low += 1
    if text[low : low + 1] == "\r":
        low += 1
    if text[low : low + 1] != "\n":
        return position
    low += 1
    while low < len(text) and text[low] in " \t":
        low += 1
    return low
