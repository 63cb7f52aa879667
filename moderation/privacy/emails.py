"""E-mail addresses.

Found around each "@" (no regex runs over the whole text). Not e-mail addresses: image names
like logo@2x.png, social media handles (@ppid_kab), and the office's own addresses (allow-list).

Severity: BLOCK (0.9) after a personal label (pemohon, pribadi) or when the address is at a
free-mail provider (gmail.com, yahoo.co.id, ...) and its local part is not an office role
(ppid.kab..., humas..., info...) - such an address is a person's. Otherwise REVIEW: an address
at an institutional domain (go.id, ac.id, a company) 0.6, a role address 0.4. In scan.py, an
address on the same line as an identifier is BLOCK.

Written-out addresses are found too: "nama[at]domain[dot]go.id", "nama (at) domain.com",
"nama {at} domain . com", "nama at domain dot com" (plain "at" only with a " dot " after it);
they are judged (and allow-listed) as the address they stand for.

Also "nama (et) domain (titik) com" ("et": how "@" is said in Indonesian), "nama (a) domain
(dot) com" (a bracketed "a", only before a usual top-level domain), "nama di gmail titik com"
(plain "di" only before a free-mail provider), "nama@gmail[dot]com".

A free-mail provider's name stands for its address when the top-level domain is left out or
mistyped: "budi.santoso@gmail", "budi(at)yahoo", "budi.santoso di gmail", "budi at gmail.com",
"budi@gmail com", "budi@gmailcom". Looked for after an "@" without a plain domain, a
bracketed "at", or " di " / " at " before gmail, yahoo or hotmail (no pass of its own); a
plain "di" / "at" needs a local part written like an address (a dot, underscore or digit in
it) or an e-mail label before it ("email", "surel"): "rapat di gmail" is no address. Judged
as the address at the provider's .com domain.

Known limits: addresses split by line breaks are missed; "budi-at-gmail-com" and other
spellings with no "@", "at", "di" or bracket are not read.
"""

import re

from .allowlist import AllowList
from .findings import Finding, Severity
from .fold import Views, register_words
from .masking import mask_email

AT = re.compile(rb"@")
LOCAL_CHARS = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789._%+-")
# The last byte before "@" that cannot be in a local part (on the lower view: the greedy prefix
# backtracks from the "@", one C-level match instead of a search from every position).
LOCAL_EDGE = re.compile(rb"(?s:.*)[^a-z0-9._%+\-]")
DOMAIN = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
FILE_SUFFIXES = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "css", "js", "ico", "bmp"})
FREE_MAIL = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.id", "ymail.com", "rocketmail.com",
        "hotmail.com", "outlook.com", "outlook.co.id", "live.com", "msn.com", "icloud.com",
        "me.com", "aol.com", "protonmail.com", "proton.me", "mail.com", "gmx.com", "zoho.com",
        "yandex.com", "rediffmail.com",
    }
)  # fmt: skip
PERSON_CUE = re.compile(rb"p(?<![a-z0-9_]p)(?:emohon|ribadi|elapor|eserta|enerima)(?![a-z0-9_])")
# Matched on the lower-cased local part, at its start or after a separator or digit: a role
# word inside a name is not a role ("rosmala77", "asmarani", "dewi.kotasari" are persons).
ROLE = re.compile(
    r"(?:^|(?<=[._\-0-9]))(?:ppid|humas|info|admin|layanan|pengaduan|kontak|contact|sekretariat"
    r"|setda|dinas|diskominfo|kominfo|kabupaten|kab\.|pemkab|pemkot|pemprov|kota|desa|kelurahan"
    r"|kecamatan|puskesmas|rsud|sekolah|smp|sma|smk|official|redaksi|office|noreply|no-reply"
    r"|helpdesk|bidang|bagian|pemdes|pemerintah|kantor|bumdes|posyandu|kalurahan|kampung|nagari"
    r"|gampong|keuchik|pekon|lembang|kepaladesa|kades"
    # election and village committees: PPS / PPK / KPPS secretariats, Panwas, Pantarlih
    r"|pps|ppk|kpps|panwas|panwaslu|panwascam|bawaslu|kpu|pantarlih|panitia|pokja|posko"
    # agencies' short names: dinas (dis-, din-), badan (bappeda, bpkad, bpbd, bkpsdm ...)
    r"|dis(?:dik|naker|hub|dukcapil|par|perindag|sos|pora|perkim|pertan|kes|lh|pmd|kop|pkp)"
    r"|din(?:sos|kes|dik)|dukcapil|bappeda|bapeda|bpkad|bpbd|bkpsdm|bkd|bpkd|satpol|kesbangpol"
    # schools by their number (sdn38..., smpn2..., mtsn1...), Maluku's villages (negeri...),
    # cooperatives and the religious affairs office
    r"|(?:sdn?|smpn?|sman?|smkn?|mtsn?|min|man|slb)(?=[0-9])|negeri|koperasi|kopdes|kua(?=[._\-0-9])"
    r")"
)


def find_emails(views: Views, allow: AllowList) -> list[Finding]:
    text, lower = views.text, views.lower
    findings = []
    last_end = 0
    for at in AT.finditer(lower):
        position = at.start()
        if position < last_end:
            continue
        low = max(last_end, position - 64)
        # A line break right before the "@" is a PDF's line wrap: budi.santoso\n@gmail.com.
        local_end = position - 1 if lower[position - 1 : position] == b"\n" else position
        edge = LOCAL_EDGE.match(lower, low, local_end)
        start = edge.end() if edge else low
        if not edge and low and lower[low - 1] in LOCAL_CHARS:
            continue  # more than 64 characters, or glued to the address before
        domain = DOMAIN.match(text, position + 1)
        if start >= local_end or domain is None:
            continue
        end = domain.end()
        while text[start] in "._%+-":  # a local part starts with a letter or digit
            start += 1
        if start == position:
            continue
        value = text[start:end]
        if domain.group().rsplit(".", 1)[-1].lower() in FILE_SUFFIXES or allow.allows_email(value):
            continue
        if message_id(lower, start, domain.group()):
            last_end = end
            continue
        if company_mailbox(views, start, value):
            last_end = end
            continue
        findings.append(email_finding(views, start, end, value))
        last_end = end
    return findings


OPEN, CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
# Plain "di" ("budi di gmail titik com") is an ordinary word: only before a free-mail provider.
PROVIDERS = frozenset(domain.split(".", 1)[0] for domain in FREE_MAIL)
PROVIDER_NAMES = "|".join(sorted(PROVIDERS, key=len, reverse=True))
# "at" in English, "et" (how Indonesians say "@"), "di" ("at" in Indonesian); "dot" and "titik".
AT_WORDS, DOT_WORDS = r"at|et|di", r"dot|titik"
WRITTEN_AT = (
    rf"(?:\s*{OPEN}\s*(?:{AT_WORDS}|a|@)\s*{CLOSE}\s*|\x20+(?:at|et)\x20+"
    rf"|\x20+di\x20+(?=(?:{PROVIDER_NAMES})\x20)|\x20*@\x20*)"
)
WRITTEN_DOT = (
    rf"(?:\s*{OPEN}\s*(?:{DOT_WORDS}|\.)\s*{CLOSE}\s*|\x20+(?:{DOT_WORDS})\x20+|\x20\.\x20|\.)"
)
WRITTEN = re.compile(
    rf"(?<![A-Za-z0-9._%+\-])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+\-]{{0,63}})"
    rf"(?P<at>{WRITTEN_AT})"
    rf"(?P<domain>[A-Za-z0-9][A-Za-z0-9\-]{{0,62}}(?:{WRITTEN_DOT}[A-Za-z0-9][A-Za-z0-9\-]{{0,62}}){{1,6}})"
    r"(?![A-Za-z0-9\-])",
    re.IGNORECASE,
)
WRITTEN_SEPARATOR = re.compile(rf"{WRITTEN_DOT}", re.IGNORECASE)
CLOSERS = (b"]", b")", b"}")
BEFORE_AT = frozenset({b"[", b"(", b"{", b" "})
BRACKETED = re.compile(rb"(?:^|[\[({\x20])(?:at|et|di|a|dot|titik)\x20*$")
WRITTEN_WORD_ENDS = (b"at", b"et", b"di", b"a", b"dot", b"titik")
# "(a)" for "@" (nama (a) yahoo (dot) co (dot) id) is also a list's item mark: only before a
# domain whose top-level part is a usual one
A_TLDS = frozenset({"com", "id", "net", "org", "info", "biz", "me", "io"})
PLAIN_DOTS = (b" dot ", b" titik ")
register_words(PLAIN_DOTS)
TLD = re.compile(r"[a-z]{2,24}")


def find_written_emails(views: Views, allow: AllowList) -> list[Finding]:
    """Addresses written out to fool harvesters: budi[at]gmail[dot]com. Looked for only
    around the places a hint (at] (at) " dot " ...) occurs; then the addresses at a free-mail
    provider written without (or with a mistyped) top-level domain."""
    hints = written_hints(views)
    findings = bracketed_emails(views, allow, hints)
    return findings + provider_emails(views, allow, findings, provider_hints(views, hints))


def provider_hints(views: Views, hints: list[int]) -> list[int]:
    """Where a provider's name may start: after an "@" not followed by a plain domain, after
    the bracket of a written "at", after a plain " di " / " at "."""
    lower = views.lower
    starts = []
    position = lower.find(b"@")
    while position >= 0:
        if lower[position + 1 : position + 2] in PROVIDER_FIRST:  # "@gmail", "@ yahoo"
            start = PROVIDER_START.match(lower, position + 1).end()
            name = PROVIDER_NAME.match(lower, start)
            # not "@gmail.com", a plain address
            if name and not TLD_AFTER.match(lower, name.end()):
                starts.append(start)
        position = lower.find(b"@", position + 1)
    starts += [PROVIDER_START.match(lower, hint).end() for hint in hints]
    for word in PLAIN_AT_WORDS:
        starts += [position + 4 for position in views.starts(word)]
    return sorted(set(starts))


def bracketed_emails(views: Views, allow: AllowList, hints: list[int]) -> list[Finding]:
    if not hints:
        return []
    text = views.text
    findings: list[Finding] = []
    done = -1
    for hint in hints:
        if hint < done:
            continue
        for match in WRITTEN.finditer(text, max(0, hint - 72), hint + 200):
            if not match.start() <= hint < match.end():
                continue
            found = written_finding(views, match, allow)
            done = match.end()
            if found:
                findings.append(found)
            break
    return findings


def written_hints(views: Views) -> list[int]:
    """Where a written-out "at" or " dot " is: the closing bracket of "(at)", "[at]", "{ @ }"
    (closing brackets are rare, found with bytes.find), and " dot "."""
    lower = views.lower
    positions = []
    for closer in CLOSERS:
        position = lower.find(closer)
        while position >= 0:
            before = lower[max(0, position - 8) : position].rstrip()
            if before.endswith(b"@") or (
                before.endswith(WRITTEN_WORD_ENDS) and BRACKETED.search(before)
            ):
                positions.append(position)
            position = lower.find(closer, position + 1)
    for word in PLAIN_DOTS:
        positions += views.starts(word)
    return sorted(positions)


def written_address(value: str) -> str:
    """The address a written-out one stands for ("budi (at) gmail (titik) com" ->
    "budi@gmail.com"); an address written plainly stays as it is."""
    match = WRITTEN.fullmatch(value)
    if match is None:
        return value
    domain = WRITTEN_SEPARATOR.sub(".", match.group("domain")).lower()
    return f"{match.group('local')}@{domain}"


def written_finding(views: Views, match: re.Match, allow: AllowList) -> Finding | None:
    at = match.group("at")
    plain = at.strip().lower()
    written_domain = match.group("domain").lower()
    if plain in ("at", "et", "di") and not any(
        word.decode() in written_domain for word in PLAIN_DOTS
    ):
        return None  # "... at home dot" - a plain "at" needs a written " dot " after it
    domain = WRITTEN_SEPARATOR.sub(".", written_domain)
    if plain == "@" and WRITTEN_SEPARATOR.sub(".", match.group("domain")) == match.group("domain"):
        return None  # "budi@gmail.com": written plainly, find_emails reports it
    if not TLD.fullmatch(domain.rsplit(".", 1)[-1]):
        return None
    if plain.strip(" []{}()<>") == "a" and domain.rsplit(".", 1)[-1] not in A_TLDS:
        return None
    address = f"{match.group('local')}@{domain}"
    if domain.rsplit(".", 1)[-1] in FILE_SUFFIXES or allow.allows_email(address):
        return None
    start, end = match.span()
    return email_finding(views, start, end, address)._replace(excerpt=mask_email(address))


# Providers whose name alone stands for the address ("live", "me", "mail" are words).
# Where a provider's name may stand for the address, found without a pass of their own: after
# an "@" whose domain is not a plain one, after a bracketed "at" (written_hints), and after a
# plain " di " / " at " (these words in Views.starts' one pass).
PLAIN_AT_WORDS = tuple(
    f" {at} {name}".encode() for at in ("di", "at") for name in ("gmail", "yahoo", "hotmail")
)
register_words(PLAIN_AT_WORDS)
PROVIDER_START = re.compile(rb"[\x20\[\](){}<>@]*")
PROVIDER_FIRST = frozenset(bytes([char]) for char in b"gyhoirp ")
TLD_AFTER = re.compile(rb"\.[a-z]")
PROVIDER_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-@])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63})"
    rf"(?P<at>\x20*@\x20*|\x20*{OPEN}\x20*(?:at|et|di|@)\x20*{CLOSE}\x20*|\x20+(?:at|et|di)\x20+)"
    r"(?P<provider>googlemail|gmail|yahoo|ymail|hotmail|outlook|icloud|rocketmail|protonmail)"
    # the top-level domain, mistyped: ".com" with spaces, " com", "com" glued, or none
    r"(?P<tld>\x20*\.\x20*(?:com|co\.id)|\x20(?:com|co\.id)|com|)"
    r"(?![A-Za-z0-9\-@]|\.[A-Za-z0-9])",
    re.IGNORECASE,
)
PROVIDER_NAME = re.compile(
    rb"(?:googlemail|gmail|yahoo|ymail|hotmail|outlook|icloud|rocketmail|protonmail)"
)
EMAIL_LABEL = re.compile(rb"e-?mail|surel|pos-?el|imel|\bmail\b")
ADDRESS_LIKE = re.compile(r"[._0-9]")


def provider_emails(
    views: Views, allow: AllowList, found: list[Finding], hits: list[int]
) -> list[Finding]:
    """Addresses at a free-mail provider written without its top-level domain or with a
    mistyped one: budi.santoso@gmail, budi(at)yahoo, budi.santoso di gmail, budi at gmail.com,
    budi@gmail com, budi@gmailcom; `hits`: where the provider's name may start."""
    if not hits:
        return []
    text = views.text
    spans = [(f.start, f.end) for f in found]
    findings: list[Finding] = []
    done = -1
    for hit in hits:
        if hit < done or any(start <= hit < end for start, end in spans):
            continue
        if not PROVIDER_NAME.match(views.lower, hit):
            continue
        for match in PROVIDER_EMAIL.finditer(text, max(0, hit - 80), hit + 24):
            if match.start("provider") != hit:
                continue
            done = match.end()
            result = provider_finding(views, match, allow)
            if result:
                findings.append(result)
            break
    return findings


def provider_finding(views: Views, match: re.Match, allow: AllowList) -> Finding | None:
    written_at, written_tld = match.group("at"), match.group("tld")
    at = written_at.strip(" [](){}<>").lower()
    tld = written_tld.replace(" ", "").lstrip(".").lower()
    if at == "@" and written_tld[:1] == ".":
        return None  # budi@gmail.com, written plainly: find_emails reports it
    bracketed = written_at.strip(" ")[:1] in "[({<" and at != written_at.strip(" ").lower()
    # a plain "di" ("daftar di gmail.com"), or a plain "at" or a spaced "@" and no domain
    # ("ikuti @gmail"): only a local part written like an address, or after an e-mail label
    if not bracketed and (at == "di" or not tld) and (at != "@" or " " in written_at):
        label = EMAIL_LABEL.search(views.lower, max(0, match.start() - 40), match.start())
        if label is None and not ADDRESS_LIKE.search(match.group("local")):
            return None
    provider = match.group("provider").lower()
    domain = f"{provider}.{tld or 'com'}"
    address = f"{match.group('local')}@{domain}"
    if allow.allows_email(address):
        return None
    start, end = match.span()
    return email_finding(views, start, end, address)._replace(excerpt=mask_email(address))


# A company's mailbox is no person's: a role local part (hrd@, rekrutmen@, sales@ ...) at the
# company's own domain, or any address at a company's domain after the company is named on the
# same line (a job fair's "PT X; HRD: ...", a procurement table's vendor row). Free-mail
# addresses stay personal whatever surrounds them, unless named as a business (BUSINESS_PARTS).
COMPANY_ROLE = re.compile(
    r"hrd?|rekrutmen|recruit(?:ment|ing)?|karir|careers?|jobs?|lowongan|loker|sales|marketing"
    r"|cs|customer\S*|support|finance|keuangan|procurement|pengadaan|tender|purchasing|hello"
    r"|halo|office|kantor|corporate|corsec|legal|hrga|ga|personalia|sdm"
)
COMPANY_BEFORE = re.compile(
    rb"(?<![a-z])(?:pt|cv|ud|perusahaan|penyedia|rekanan|konsultan|kontraktor|hrd|firma)"
    rb"(?![a-z])"
)


# A free-mail address named as a business ("tigasaudara.konsultan@", "maju.eng@", "cv.karya@"):
# one of the dot / dash / underscore parts of its local part is a business word (not
# "official": rina.official@gmail.com is how many persons name their own address).
BUSINESS_PARTS = frozenset(
    {"konsultan", "consult", "consultant", "consulting", "eng", "engineering", "teknik", "tech",
     "group", "corp", "company", "store", "shop", "olshop", "cv", "pt", "ud",
     "kontraktor", "konstruksi", "contractor", "arsitek", "studio", "enterprise", "trading"}
)  # fmt: skip
LOCAL_PARTS = re.compile(r"[._\-]")


def company_mailbox(views: Views, start: int, value: str) -> bool:
    local, _, domain = value.rpartition("@")
    domain = domain.lower()
    parts = LOCAL_PARTS.split(local.lower())
    if len(parts) > 1 and any(part in BUSINESS_PARTS for part in parts):
        return True
    if domain in FREE_MAIL or domain.endswith((".go.id", ".sch.id", ".ac.id", ".desa.id")):
        return False
    if COMPANY_ROLE.fullmatch(local.lower()):
        return True
    line_start = views.lower.rfind(b"\n", max(0, start - 200), start) + 1
    return COMPANY_BEFORE.search(views.lower, line_start or max(0, start - 200), start) is not None


# A mail's Message-ID / In-Reply-To / References (<CAF+3k...@mail.gmail.com>) names a message,
# not a person's mailbox.
MESSAGE_HEADER = re.compile(rb"[\x20\t]*(?:message-id|in-reply-to|references|x-[a-z0-9\-]+)\s*:")
MESSAGE_HOSTS = frozenset({"mail.gmail.com", "mx.google.com", "mail.yahoo.com"})


def message_id(lower: bytes, start: int, domain: str) -> bool:
    if domain.lower() in MESSAGE_HOSTS:
        return True
    if lower[start - 1 : start] != b"<":
        return False
    line_start = lower.rfind(b"\n", max(0, start - 400), start) + 1
    return MESSAGE_HEADER.match(lower, line_start) is not None or (
        line_start > 0
        and lower[line_start : line_start + 1] in (b" ", b"\t")  # a folded line
        and MESSAGE_HEADER.match(
            lower, lower.rfind(b"\n", max(0, line_start - 400), line_start - 1) + 1
        )
        is not None
    )


# A student's or a lecturer's own mailbox at a university: under a students' subdomain
# (student., mhs., mahasiswa.), or a person's name with digits as the local part
# ("andi.pratama21@unhas.ac.id"); humas@, ppid@ ... at ac.id stay the university's.
CAMPUS_PERSONAL_HOSTS = frozenset(
    {"student", "students", "mhs", "mahasiswa", "std", "stud", "alumni"}
)
NAME_WITH_DIGITS = re.compile(r"[a-z]{3,}(?:[._][a-z]+)*[._]?[0-9]{2,}")


def campus_personal(local: str, domain: str) -> bool:
    local, domain = local.lower(), domain.lower()
    if not domain.endswith(".ac.id") or ROLE.search(local):
        return False
    return domain.partition(".")[0] in CAMPUS_PERSONAL_HOSTS or bool(
        NAME_WITH_DIGITS.fullmatch(local)
    )


def email_finding(views: Views, start: int, end: int, value: str) -> Finding:
    local, _, domain = value.rpartition("@")
    excerpt = mask_email(value)
    personal_label = PERSON_CUE.search(views.lower, max(0, start - 32), start) is not None
    role = ROLE.search(local.lower()) is not None
    if (
        personal_label
        or (domain.lower() in FREE_MAIL and not role)
        or campus_personal(local, domain)
    ):
        return Finding("email", start, end, excerpt, Severity.BLOCK, 0.9)
    return Finding("email", start, end, excerpt, Severity.REVIEW, 0.4 if role else 0.6)
