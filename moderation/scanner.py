"""The privacy scanner's Django side: what the workflow's scan task and the documents call.

The detection itself is the pure-Python core in `moderation.privacy`; this module adds the
office's allow-list, the page's text fields and documents, and reviewers' false positives.
"""

from dataclasses import dataclass

from wagtail.documents import get_document_model
from wagtail.models import Revision

from .fingerprints import value_fingerprint
from .privacy import AllowList, Severity
from .privacy import scan_text as scan_core
from .privacy.allowlist import personal_identifiers
from .privacy.structure import digits_of, npwp_check
from .text_extraction import TABLE_ROWS, page_texts


@dataclass(frozen=True)
class ScanResult:
    findings: list[dict]

    @property
    def passed(self) -> bool:
        return not any(finding["severity"] == Severity.BLOCK for finding in self.findings)

    def as_json(self) -> list[dict]:
        return self.findings


def passes_structure(kind: str, value: str) -> bool:
    """A value that is a person's identifier by its structure alone (a valid NIK or No. KK, a
    BPJS card number, an NPWP with its check digit), whatever the finding's kind: marking it a
    false positive takes two people (moderation.models.FalsePositive)."""
    if personal_identifiers(value):
        return True
    digits = digits_of(value)
    return kind == "npwp" and len(digits) == 15 and npwp_check(digits)


def text_findings(location: str, text: str, allow: AllowList, page_id=None) -> list[dict]:
    """Findings of one text as JSON-ready dicts; on a page, with the value's fingerprint."""
    findings = []
    for finding in scan_core(text, allow):
        record = finding.as_dict() | {"location": location}
        if page_id is not None:
            value = text[finding.start : finding.end]
            record["fingerprint"] = value_fingerprint(page_id, finding.kind, value)
            record["structured"] = passes_structure(finding.kind, value)
        findings.append(record)
    return findings


def page_findings(page, allow: AllowList, forcer=None) -> list[dict]:
    """Findings in every text field and block, less those reviewers' markings clear
    (FalsePositive.cleared: for a force-publication, not the forcer's markings alone)."""
    from .models import FalsePositive

    cleared = FalsePositive.cleared(page.pk, forcer)
    findings = []
    in_cells: set[tuple[str, str, str]] = set()  # (table, kind, fingerprint) found in a cell
    for location, text in page_texts(page):
        table, _, suffix = location.rpartition(".")
        for finding in text_findings(location, text, allow, page.pk):
            key = (finding["kind"], finding.get("fingerprint", finding["excerpt"]))
            if suffix == TABLE_ROWS:  # the whole table: only what no cell showed alone
                if (table, *key) in in_cells:
                    continue
            elif location.endswith("]"):  # a cell: body[3].table[2][1] -> body[3].table
                in_cells.add((location.rsplit("[", 2)[0], *key))
            findings.append(finding)
    return [f for f in findings if (f["kind"], f.get("fingerprint")) not in cleared]


def document_findings(page) -> list[dict]:
    """A blocking finding for every document the page uses that did not scan clean: for a
    document with a pending new file (moderation.assets), that file is what publication
    releases, so its scan counts."""
    from ppid_pages.models import DocumentScanStatus

    from .documents import referenced_document_ids

    findings = []
    for document in get_document_model().objects.filter(pk__in=referenced_document_ids(page)):
        status = document.pending_scan_status if document.pending_file else document.scan_status
        if status == DocumentScanStatus.CLEAN:
            continue
        findings.append(
            {
                "kind": "document",
                "location": f"{document.title} (#{document.pk})",
                "excerpt": str(DocumentScanStatus(status or DocumentScanStatus.PENDING).label),
                "severity": str(Severity.BLOCK),
                "confidence": 1.0,
            }
        )
    return findings


def scan_revision(revision: Revision, forcer=None) -> ScanResult:
    """Scan every text field and block of the revision's content, the documents it uses,
    whether a document or image it would release holds exempt information, and whether its
    text does (moderation.exempt_text)."""
    page = revision.as_object()
    from .documents import official_allow_list
    from .exempt_assets import exempt_findings

    return ScanResult(
        page_findings(page, official_allow_list(), forcer)
        + document_findings(page)
        + exempt_findings(page)
        + exempt_text_findings(page)
    )


def exempt_text_findings(page) -> list[dict]:
    """The exempt-content comparison of everything the page's publication makes public (its
    texts, page_texts); not for an entry that is exempt (dikecualikan: it never goes public,
    and holds its own exempt text), and an entry whose exemption is lifted is not compared
    with its own exempt files."""
    from . import exempt_text

    if getattr(page, "is_exempt", False):
        return []
    return exempt_text.findings(page_texts(page), own_entry=page.pk)
