"""Exempt information is refused by its content, not only by its row id (issue 13, reattack13d
R2): an Operator re-uploaded an exempt file byte for byte as a new document, attached it to
another entry and it was published through the normal workflow, because exemption was
enforced by the exempt entry's document ids on the publication path.

- An upload or a replaced file of a document or image (every save path: the admin forms,
  security.forms, and the model-level check, security.signals) that holds exempt information
  (information_requests.outgoing.holds_exempt_information: the same bytes, most of the text,
  a passage, a near-identical picture) is refused, and the refusal is in the audit log.
- The privacy scan of a revision (moderation.scanner.scan_revision) reports every document and
  image it would release that holds exempt information as a blocking finding: the submission
  is rejected, the workflow's finish and a force-publication (they scan again) refuse it,
  and the scan report shows the reviewers which file and why.
The exempt asset's own files are not compared with themselves: it stays exempt by its id.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy

EXEMPT_UPLOAD = gettext_lazy(
    "This file holds exempt information (Daftar Informasi yang Dikecualikan): it cannot be "
    "used as another document or image."
)
EXEMPT_FINDING = gettext_lazy("holds exempt information (Daftar Informasi yang Dikecualikan)")
REFUSED_ACTION = "ppid.exempt_upload.refused"


def holds_exempt(asset, content: bytes, filename: str) -> bool:
    from information_requests.outgoing import exempt_known, holds_exempt_information

    if not exempt_known(asset):
        return False
    return holds_exempt_information(content, filename, except_asset=asset)


def refuse_exempt_upload(asset, content: bytes, filename: str, user=None) -> None:
    """Refuse a new file of `asset` (a document or image, saved or not) that holds exempt
    information; the refusal is logged on the asset (or, new, on the account that tried)."""
    from security.refusals import log_refusal

    if not holds_exempt(asset, content, filename):
        return
    subject = asset if getattr(asset, "pk", None) else user
    if subject is not None and getattr(subject, "pk", None):
        log_refusal(
            subject,
            REFUSED_ACTION,
            user,
            {"file": filename.rsplit("/", 1)[-1], "asset": getattr(asset, "pk", None)},
        )
    raise ValidationError(str(EXEMPT_UPLOAD))


def released_version(asset) -> tuple[object, str]:
    """(storage, name) of the file a publication releases: the pending one if there is one."""
    return asset.file.storage, (asset.pending_file or asset.file.name)


def exempt_findings(obj) -> list[dict]:
    """A blocking scan finding for every document and image `obj` uses whose file to be
    released holds exempt information (not compared with its own files)."""
    from information_requests.outgoing import exempt_known

    from .privacy import Severity
    from .snapshot import assets_of

    if not exempt_known():
        return []
    findings = []
    for asset in assets_of(obj):
        storage, name = released_version(asset)
        if not name:
            continue
        try:
            with storage.open(name, "rb") as stored:
                content = stored.read()
        except (OSError, ValueError):
            continue
        if holds_exempt(asset, content, name):
            findings.append(
                {
                    "kind": "exempt",
                    "location": f"{asset.title} (#{asset.pk})",
                    "excerpt": str(EXEMPT_FINDING),
                    "severity": str(Severity.BLOCK),
                    "confidence": 1.0,
                }
            )
    return findings
