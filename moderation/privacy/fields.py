"""Values typed by their field name, whatever the syntax (issue 14, heldout6 class M2).

A record exported by a system rather than typed by a person names each value by a field, and
the field says what the value is even where no label of prose stands beside it:

- XML elements: <TGL_LHR>1961-02-14 00:00:00</TGL_LHR>, <ALAMAT>DUSUN KRAJAN</ALAMAT>;
- JSON members: "tanggal_lahir": "1990-03-12", "alamat": "Jl. Melati 5";
- query strings and `key=value` logs: ?nik=...&tgl_lahir=12/03/1990&alamat=Dusun+Krajan;
- vCard properties: BDAY:19870522, ADR;TYPE=HOME:;;Jl. Hasanuddin RT 24\\, Kel. ...;
- `key: value` fields of YAML or a log, written as identifiers (tgl_lahir: ..., home_address:);
- HTML label cells: <dt>Alamat</dt><dd>...</dd>, <th>Tgl Lahir</th><td>...</td>.

A field whose name holds a birth word (lahir, lhr, birth, bday, dob; not a place of birth, an
akta number or a count) gives the date in its value -> birth_date; a field named as a home
address (alamat, address, adr, domisili; not an office's, a school's, a company's, an e-mail's
or an IP address) gives its value -> address, from its first to its last character (the field
ends it: an Operator sees exactly the personal part). Placeholders are no value ("-", "***",
"[disamarkan]", "(dianonimkan ...)").

Cost: a few substring checks where the text has no mark of such syntax (a closing tag, a JSON
member, "=", "_", a vCard property: SYNTAX_MARKS); else the field words' places from Views.starts
(the one pass over the text that finds every module's words), and the syntax is looked at only
around each word found.
"""

import re
from bisect import bisect_right

from .dates import checked, find_dates
from .findings import Finding, Severity
from .fold import Views, register_words
from .masking import mask_value
from .personal import birth_finding
from .places import PLACEHOLDER

FIELD_WORDS = (b"lahir", b"lhr", b"birth", b"bday", b"dob", b"alamat", b"address", b"adr",
               b"domisili", b"ttl")  # fmt: skip
register_words(FIELD_WORDS)
KEY_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_.-")
MAX_VALUE = 300
BIRTH_KEY = re.compile(r"lahir|lhr|birth|bday|dob|ttl")
NOT_BIRTH_KEY = re.compile(
    r"akta|akte|kelahiran|nomor|\bno\b|^no|jumlah|jml|count|anak\s*ke|urut|tempat|tmp|place|kota"
    r"|kab|kec|negara|country|city"
)
DATE_KEY = re.compile(r"tgl|tanggal|date|bday|dob|ttl|day")
ADDRESS_KEY = re.compile(r"alamat|address|adr|domisili")
NOT_ADDRESS_KEY = re.compile(
    r"kantor|sekolah|perusahaan|usaha|office|company|instansi|lembaga|dinas|mail|surel|\bip"
    r"|^ip|ipaddr|web|url|mac|kerja|toko|pabrik|work|business|billing|server|host|remote|kop"
    r"|sekretariat|posko|org"
)
LETTERS3 = re.compile(r"[A-Za-z].*[A-Za-z].*[A-Za-z]", re.DOTALL)
# HTML: a label cell and the value cell after it.
LABEL_OPEN = re.compile(rb"<(?P<tag>dt|th|td|label|b|strong)(?:\s[^<>]{0,80})?>")
LABEL_CLOSE = re.compile(
    rb"[^<>]{0,40}</(?:dt|th|td|label|b|strong)>\s*(?:</?(?:div|span|p|b|strong)[^<>]{0,80}>\s*)*"
    rb"<(?:dd|td)(?:\s[^<>]{0,80})?>\s*(?:<(?:span|b|strong|p)[^<>]{0,80}>\s*)*"
)
# A label in a <td> is one only in a row of two cells (a header row written with <td> is not).
ROW_OPEN = re.compile(rb"<tr(?:\s[^<>]{0,80})?>\s*$")
ROW_CLOSE = re.compile(rb"(?:\s*</(?:span|b|strong|p)>)*\s*</td>\s*</tr>")
VCARD_PARAMS = re.compile(rb";[^:\n]{0,80}:")
JSON_COLON = re.compile(rb'"\s*:\s*"')
COLON = re.compile(rb"\x20?:[\x20\t]*")
QUERY_BEFORE = frozenset(b"?&;\t\n\r \"'({,|")
# A `key: value` field ends at the next field of its line ("..., dx: A09").
NEXT_FIELD = re.compile(r"\s*[,;|]\s*[A-Za-z_][\w.\-]{0,24}(?:\x20[A-Za-z_][\w.\-]{0,12})?\s*[:=]")
YEAR_FIRST = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9])")
# The end of a query string's value: a space is one only before what follows a URL (the request's
# protocol, a status, the next key=value of a log), since a URL-encoded space (%20) is a space
# in the normalised text.
VALUE_EDGE = re.compile(
    r"[&\"'<>#\n\t\r]|\x20(?=HTTP/|[A-Za-z_][\w.\-]{0,30}=|-|[0-9]{3}\b|\[|\x20|$)"
)


# A field name's syntax needs one of these (prose has none of them, mostly): a closing tag, a
# JSON member, "key=value", an identifier joined by "_", a vCard property.
SYNTAX_MARKS = (b"</", b'":', b"=", b"_", b"bday", b"adr;")


def find_field_values(views: Views) -> list[Finding]:
    lower = views.lower
    if not any(mark in lower for mark in SYNTAX_MARKS):
        return []
    hits = [position for word in FIELD_WORDS for position in views.starts_apart(word)]
    if not hits:
        return []
    text = views.text
    findings: list[Finding] = []
    done = -1
    for hit in sorted(hits):
        if hit < done:
            continue
        field = field_at(text, lower, hit)
        if field is None:
            continue
        key, value_start, value_end = field
        done = value_end
        found = typed_value(text, key, value_start, value_end)
        if found is not None:
            findings.append(found)
    return findings


def field_at(text: str, lower: bytes, hit: int) -> tuple[str, int, int] | None:
    """(field name, value start, value end) of the field whose name holds `hit`, or None."""
    start = hit
    while start > 0 and lower[start - 1] in KEY_BYTES:
        start -= 1
    end = hit
    size = len(lower)
    while end < size and lower[end] in KEY_BYTES:
        end += 1
    if end - start > 40:
        return None
    key = text[start:end].lower()
    before = lower[start - 1] if start else 0x0A
    after = lower[end : end + 1]
    if before == 0x3C and after in (b">", b" "):  # <TGL_LHR>...</TGL_LHR>
        opened = lower.find(b">", end, end + 200)
        if opened < 0:
            return None
        value_start = opened + 1
        value_end = lower.find(b"<", value_start, value_start + MAX_VALUE)
        closing = b"</" + lower[start:end] + b">"
        if value_end < 0 or not lower.startswith(closing, value_end):
            return None
        return key, value_start, value_end
    if before == 0x22 and after == b'"':  # "alamat": "..."
        colon = JSON_COLON.match(lower, end)
        if colon is None:
            return None
        value_start = colon.end()
        value_end = value_start
        limit = min(size, value_start + MAX_VALUE)
        while value_end < limit and text[value_end] != '"':
            value_end += 2 if text[value_end] == "\\" else 1
        return key, value_start, min(value_end, limit)
    if after == b"=" and before in QUERY_BEFORE:  # ?tgl_lahir=...&alamat=...
        value_start = end + 1
        edge = VALUE_EDGE.search(text, value_start, value_start + MAX_VALUE)
        value_end = edge.start() if edge else min(size, value_start + MAX_VALUE)
        return key, value_start, value_end
    line_start = before in (0x0A, 0x0D) or not lower[line_bound(lower, start) : start].strip(
        b" \t-"
    )
    if line_start and after == b";" and key in ("adr", "bday"):  # vCard: ADR;TYPE=HOME:...
        params = VCARD_PARAMS.match(lower, end)
        if params is None:
            return None
        return key, params.end(), line_end(text, params.end())
    if (
        after == b":"
        and (key in ("adr", "bday") or "_" in key)
        and line_start
        or (after == b":" and "_" in key and before in (0x20, 0x2C, 0x7B))
    ):  # BDAY:19870522, tgl_lahir: 1990-03-12, home_address: ...
        colon = COLON.match(lower, end)
        value_start = colon.end()
        value_end = line_end(text, value_start)
        following = NEXT_FIELD.search(text, value_start, value_end)
        if following is not None:
            value_end = following.start()
        return key, value_start, value_end
    # <dt>Alamat Rumah</dt><dd>...</dd>: the label cell's text is the field name
    tag_end = lower.rfind(b">", max(0, start - 41), start)
    if tag_end < 0 or lower.find(b"<", tag_end, start) >= 0:
        return None
    tag_start = lower.rfind(b"<", max(0, tag_end - 90), tag_end)
    opening = LABEL_OPEN.match(lower, tag_start, tag_end + 1) if tag_start >= 0 else None
    if opening is None:
        return None
    closing = LABEL_CLOSE.match(lower, end)
    if closing is None:
        return None
    if opening.group("tag") == b"td" and not ROW_OPEN.search(
        lower, max(0, opening.start() - 100), opening.start()
    ):
        return None
    label_start = tag_end + 1
    label_end = lower.find(b"<", end)
    value_start = closing.end()
    value_end = lower.find(b"<", value_start, value_start + MAX_VALUE)
    if value_end < 0:
        return None
    if opening.group("tag") == b"td" and not ROW_CLOSE.match(lower, value_end):
        return None
    return text[label_start:label_end].lower(), value_start, value_end


def line_bound(lower: bytes, position: int) -> int:
    return lower.rfind(b"\n", max(0, position - 200), position) + 1


def line_end(text: str, position: int) -> int:
    end = text.find("\n", position, position + MAX_VALUE)
    end = min(len(text), position + MAX_VALUE) if end < 0 else end
    return end - (text[end - 1 : end] == "\r")


def typed_value(text: str, key: str, start: int, end: int) -> Finding | None:
    """The birth date or address the field `key` gives in text[start:end], or None."""
    if BIRTH_KEY.search(key):
        if NOT_BIRTH_KEY.search(key) and not DATE_KEY.search(key):
            return None
        if any(word in key for word in ("akta", "akte", "nomor")):
            return None
        for date in find_dates(text, start, end, loose=True):
            if not date.timed:
                return birth_finding(text, date, strong=True)
        compact = YEAR_FIRST.search(text, start, end)  # BDAY:19870522
        if compact is not None:
            year, month, day = (int(part) for part in compact.groups())
            date = checked(compact.start(), compact.end(), day, month, year, text)
            if date is not None and not date.timed:
                return birth_finding(text, date, strong=True)
        return None
    if ADDRESS_KEY.search(key) and not NOT_ADDRESS_KEY.search(key):
        while start < end and text[start] in " \t;,:\"'":
            start += 1
        while end > start and text[end - 1] in " \t;,\"'\r":
            end -= 1
        value = text[start:end]
        if not LETTERS3.search(value) or PLACEHOLDER.fullmatch(value) or value.startswith("http"):
            return None
        return Finding("address", start, end, mask_value(value), Severity.BLOCK, 0.8)
    return None


def clip_to_fields(findings: list[Finding], fields: list[Finding]) -> list[Finding]:
    """Address findings that overlap a field's address end where the field ends: an address
    read on from a query string's value runs on through the rest of the line (status, bytes,
    user agent) otherwise."""
    spans = sorted((f.start, f.end) for f in fields if f.kind == "address")
    if not spans:
        return findings
    starts = [start for start, _ in spans]
    result = []
    for found in findings:
        if found.kind == "address":
            index = bisect_right(starts, found.end - 1) - 1
            if index >= 0:
                start, end = spans[index]
                if (
                    start < found.end
                    and found.start < end
                    and (found.start < start or found.end > end)
                ):
                    low, high = max(start, found.start), min(end, found.end)
                    found = Finding("address", low, high, *found[3:])
        result.append(found)
    return result
