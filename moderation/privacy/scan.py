"""scan_text: every detector over one text. Detectors live in their own modules.

Order matters: identifiers first (identifiers.py: NIP recognised and claimed so that its digits
are never read as a NIK or a phone number; NIK, No. KK, NPWP, BPJS, bank accounts), passports
(accounts.py), partly masked NIKs (masked.py); what they found is claimed so that phones
(phones.py) skip it; then e-mails (emails.py), birth dates and addresses (personal.py; without
RT/RW: streets.py), unsafe HTML and hidden links (html.py, only when the text has tags) and
gambling spam (gambling.py). A detector that fails is logged and skipped: scan_text never
raises on a str. Values on the office allow-list (allowlist.py) are dropped.

Severity - BLOCK refuses publication, REVIEW asks a human:
- nik, kk, npwp, bpjs, passport, bank_account, kks: always BLOCK (an identifier alone identifies a
  person; masking only the last digits of a NIK is not enough).
- unsafe_html, hidden_link, gambling: always BLOCK (defacement or injected spam).
- phone, email, birth_date, address: BLOCK when the context says it is a person's (see each
  module: "HP/WA:", "Alamat:", "Tempat/Tgl. Lahir", a free-mail address, a house number),
  otherwise REVIEW (a contact person's number, an institutional address, a neighbourhood).
  And here, one more rule: on a line that also holds an identifier finding they are BLOCK too
  - the row of a table of persons.
Confidence (0..1) says how sure the detector is of the kind, not how harmful the leak is.
"""

import logging
from collections.abc import Callable
from operator import itemgetter

from .accounts import find_passports
from .allowlist import AllowList
from .emails import find_emails, find_written_emails
from .fields import clip_to_fields, find_field_values
from .findings import Finding, Severity
from .fold import Views
from .gambling import find_gambling
from .html import find_hidden, find_unsafe_html, is_html
from .identifiers import find_identifiers
from .institutions import drop_institutional
from .masked import find_masked
from .masking import mask_value
from .normalize import Normalized, normalize
from .personal import birth_dates_after_niks, find_addresses, find_birth_dates
from .phones import find_phones
from .places import find_context_addresses
from .rows import person_rows, record_addresses
from .sidebyside import find_side_by_side
from .spans import Spans
from .spoken import find_spoken_phones
from .streets import find_street_addresses
from .tables import find_table_findings

logger = logging.getLogger(__name__)

IDENTIFIER_KINDS = frozenset({"nik", "kk", "npwp", "bpjs", "passport", "bank_account", "kks"})
PERSONAL_KINDS = frozenset({"phone", "email", "birth_date", "address"})
ORDER = itemgetter(1, 2, 0)  # start, end, kind
LINE_REACH = 4096


def scan_text(text: str, allow: AllowList | None = None) -> list[Finding]:
    """All findings in `text`, sorted by start offset. Never raises on any str input.

    The personal-data detectors run on the normalised text (normalize.py: invisible
    characters, Unicode digits and spaces, markup or line breaks inside numbers, spaced
    e-mail addresses); their offsets are mapped back, so text[start:end] is always the value
    as written. Unsafe HTML and gambling spam are looked for in the text as given."""
    if not isinstance(text, str):
        raise TypeError(f"scan_text needs a str, not {type(text).__name__}")
    if not text:
        return []
    allow = allow or AllowList()
    original = Views(text)
    normalized = guarded(normalize, None, original)
    if normalized is None:
        views = original
    else:
        original.lower  # noqa: B018 - needed below anyway (is_html): the normalised text's is made from it
        views = Views.derived(normalized.text, original, normalized.pieces)
    findings = personal_findings(views, allow)
    extra: list[Finding] = []
    if is_html(original.lower):
        extra += guarded(find_unsafe_html, [], original)
        extra += guarded(find_hidden, [], original)
    extra += guarded(find_gambling, [], original)
    if normalized is None and not extra:
        return findings
    if normalized is not None:
        findings = [mapped(text, normalized, finding) for finding in findings]
    return finish(text, findings + extra, set())


def mapped(text: str, normalized: Normalized, finding: Finding) -> Finding:
    """The finding with its offsets in the original text."""
    start, end = normalized.span(finding.start, finding.end)
    if start == finding.start and end == finding.end:
        return finding
    return Finding(finding.kind, start, end, *finding[3:])  # NamedTuple._replace is slow


def personal_findings(views: Views, allow: AllowList) -> list[Finding]:
    """Identifiers, phones, e-mails, birth dates and addresses, finished (sorted, severities
    raised on rows of persons)."""
    text = views.text
    findings: list[Finding] = []
    identifiers, nips = guarded(find_identifiers, ([], []), views)
    findings += identifiers + guarded(find_passports, [], views)
    claimed = Spans([*nips, *((f.start, f.end) for f in findings)])
    masked = guarded(find_masked, [], views, claimed)
    if masked:
        findings += masked
        claimed.extend([(f.start, f.end) for f in masked])
    # Phones, e-mails, birth dates and addresses are no identifiers: the lines stay the same.
    identifier_lines = identifier_line_starts(text, findings)
    person_lines = frozenset(identifier_lines)
    findings += guarded(find_phones, [], views, allow, claimed, person_lines)
    findings = add_new(findings, guarded(find_spoken_phones, [], views))
    if b"@" in views.lower:
        findings += guarded(find_emails, [], views, allow)
    findings += guarded(find_written_emails, [], views, allow)
    births = guarded(find_birth_dates, [], views)
    nik_ends = [f.end for f in identifiers if f.kind == "nik"]
    if nik_ends:
        known = {f.start for f in births}
        births += guarded(birth_dates_after_niks, [], views, nik_ends, known)
    findings += births
    addresses = guarded(find_addresses, [], views)
    findings += addresses
    findings += guarded(
        find_street_addresses,
        [],
        views,
        Spans([(f.start, f.end) for f in addresses]),
        identifier_lines,
    )
    findings = add_new(findings, guarded(find_context_addresses, [], views))
    fields = guarded(find_field_values, [], views)
    if fields:
        findings = add_new(guarded(clip_to_fields, findings, findings, fields), fields)
    tabled, dropped, table_rows = guarded(find_table_findings, ([], set(), set()), views, findings)
    if dropped:
        findings = [f for index, f in enumerate(findings) if index not in dropped]
    findings = add_new(findings, tabled)
    findings = add_new(findings, guarded(record_addresses, [], views, identifiers))
    findings = add_new(findings, guarded(find_side_by_side, [], views))
    contacts = contact_line_starts(text, findings)
    findings = add_new(
        findings,
        guarded(
            person_rows,
            [],
            views,
            identifier_lines,
            table_rows,
            contacts,
            mobile_line_starts(text, findings),
        ),
    )
    findings = guarded(drop_institutional, findings, views, findings)
    if allow.numbers or allow.texts:
        kept = [f for f in findings if not allowed(text, f, allow)]
        if len(kept) < len(findings):  # an allowed identifier no longer marks its line
            identifier_lines = identifier_line_starts(text, kept)
        findings = kept
    return finish(text, findings, identifier_lines)


# One value is one finding: any identifier found first wins over an identifier found again
# (a valid NIK under a "No. Rekening" header stays a NIK).
SAME_KIND = dict.fromkeys(IDENTIFIER_KINDS, "identifier")


def add_new(findings: list[Finding], new: list[Finding]) -> list[Finding]:
    """`findings` and those of `new` that no finding of the same kind overlaps already (a
    table cell or an address found twice, by two detectors, is one finding)."""
    if not new:
        return findings
    group = SAME_KIND.get
    # only the kinds `new` holds are looked up: ranges of the other kinds are not gathered
    ranges: dict[str, list[tuple[int, int]]] = {group(found[0], found[0]): [] for found in new}
    for found in findings:
        kind = found[0]
        kind_ranges = ranges.get(group(kind, kind))
        if kind_ranges is not None:
            kind_ranges.append(found[1:3])  # (start, end)
    spans = {kind: Spans(kind_ranges) for kind, kind_ranges in ranges.items() if kind_ranges}
    result = list(findings)
    added: set[tuple[str, int]] = set()
    for found in new:
        kind = SAME_KIND.get(found.kind, found.kind)
        kind_spans = spans.get(kind)
        if (kind_spans is not None and kind_spans.overlaps(found.start, found.end)) or (
            kind,
            found.start,
        ) in added:
            continue
        added.add((kind, found.start))
        result.append(found)
    return result


def allowed(text: str, finding: Finding, allow: AllowList) -> bool:
    """Whether the office allow-list holds the finding's value (identifiers, addresses)."""
    if finding.kind in IDENTIFIER_KINDS:
        return allow.allows_number(text[finding.start : finding.end])
    if finding.kind == "address":
        return allow.allows_text(text[finding.start : finding.end])
    return False


def guarded(detector: Callable, default, *args):
    """A detector's result; a bug in one detector must not stop the others (logged)."""
    try:
        return detector(*args)
    except Exception:  # noqa: BLE001 - scanning must go on; the failure is logged
        logger.exception("privacy detector %s failed", detector.__name__)
        return default


def finish(text: str, findings: list[Finding], identifier_lines: set[int]) -> list[Finding]:
    """Sorted, without duplicates, personal findings raised on the `identifier_lines` (starts of
    the lines holding an identifier finding), excerpts checked never to hold the full value."""
    findings.sort(key=ORDER)
    result: list[Finding] = []
    append = result.append
    previous = None
    size = len(text)
    for found in findings:
        kind, start, end, excerpt, severity = found[:5]
        key = (kind, start, end)
        if key == previous or not 0 <= start < end <= size:
            continue
        previous = key
        value = text[start:end]
        if value in excerpt:
            found = found._replace(excerpt=mask_value(value))
        if (
            severity is Severity.REVIEW
            and identifier_lines
            and kind in PERSONAL_KINDS
            and line_start(text, start) in identifier_lines
        ):
            found = Finding(*found[:4], Severity.BLOCK, *found[5:])  # _replace is slow
        append(found)
    return result


def identifier_line_starts(text: str, findings: list[Finding]) -> set[int]:
    """Starts of the lines that hold an identifier finding (rows of a table of persons)."""
    return {line_start(text, f.start) for f in findings if f.kind in IDENTIFIER_KINDS}


def contact_line_starts(text: str, findings: list[Finding]) -> frozenset[int]:
    """Starts of the lines that hold a person's phone number or e-mail address (BLOCK: a
    mobile number after HP/WA, a free-mail address), where an address is a person's too."""
    return frozenset(
        line_start(text, f.start)
        for f in findings
        if f.severity is Severity.BLOCK and (f.kind == "phone" or f.kind == "email")
    )


def mobile_line_starts(text: str, findings: list[Finding]) -> frozenset[int]:
    """Starts of the lines that hold a mobile number with no label (phones.py: REVIEW, 0.8), as
    a register's row copied with single spaces between its cells gives it ("1 SK-PBG-...
    Budi Santoso Jl. Melati RT 003 Desa X, Kec. Y 0812... 151 m2")."""
    return frozenset(
        line_start(text, f.start)
        for f in findings
        if f.kind == "phone" and f.severity is Severity.REVIEW and f.confidence == 0.8
    )


def line_start(text: str, position: int) -> int:
    """Start of the line holding `position` (looked for at most LINE_REACH back)."""
    low = position - LINE_REACH if position > LINE_REACH else 0
    return text.rfind("\n", low, position) + 1 or low
