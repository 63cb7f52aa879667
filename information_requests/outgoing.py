"""Every file handed to a requester passes the privacy scanner first (moderation's scan).

The requester's own name, address, phone and e-mail (they are written to them) and the office's
allow-list are not findings; anything else (a third party's NIK, phone, e-mail...) is. A file
with findings is not released until it is replaced by a blacked-out version (scanned again) or
a PPID other than the one who uploaded it clears the findings with a reason; both are in the
audit log.
"""

import hashlib
import hmac

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from moderation.documents import UPLOAD_LIMITS, official_allow_list
from moderation.privacy import AllowList, Severity, scan_text
from moderation.privacy.extract import ERROR, NEEDS_REVIEW, extract
from moderation.privacy.extract_readers import document_kind
from moderation.privacy.extract_scan import scan_extraction
from security.refusals import log_refusal

from . import exempt_content
from .crypto import InvalidToken, read_private, save_private
from .models import Decision, InformationRequest, Objection, OutgoingFile, ScanStatus
from .roles import PPID, in_group

LOG_PREFIX = "information_requests."
# A text given to a requester outside a file (a step's note, a file's title): its entry holds
# the text, read back by sent_words.
SENT_TEXT_ACTION = LOG_PREFIX + "text_to_requester"


def requester_allow_list(request: InformationRequest) -> AllowList:
    own = [request.name, request.email, request.phone, " ".join(request.address.split())]
    own += [line.strip() for line in request.address.splitlines() if line.strip()]
    return official_allow_list() | AllowList.from_values([value for value in own if value])


def scan(content: bytes, filename: str, request: InformationRequest) -> tuple[str, list[dict]]:
    """(scan_status, masked findings) of a file for `request`'s requester."""
    extraction = extract(content, filename, UPLOAD_LIMITS)
    if extraction.status == ERROR:
        return ScanStatus.FINDINGS, [
            {"kind": "unreadable", "location": "", "excerpt": extraction.reason}
        ]
    findings = [
        finding.as_dict()
        for finding in scan_extraction(extraction, requester_allow_list(request))
        if finding.severity == Severity.BLOCK or finding.kind != "gambling"
    ]
    if extraction.status == NEEDS_REVIEW:
        findings.append({"kind": "needs_check", "location": extraction.detail, "excerpt": ""})
    return (ScanStatus.FINDINGS if findings else ScanStatus.CLEAN), findings


def exempt_asset_ids() -> tuple[set[int], set[int]]:
    """(document ids, image ids) of every exempt asset: each document and image that any
    revision of an entry ever exempt used (ExemptAsset, lifted or not: deny by default) or that
    an exempt entry has attached now."""
    from ppid_pages.exempt_versions import chained_exempt_ids
    from ppid_pages.models.dip import DipCategory, DipEntryDocument, ExemptAsset

    document_ids = set(
        ExemptAsset.objects.filter(document__isnull=False).values_list("document_id", flat=True)
    )
    document_ids |= set(
        DipEntryDocument.objects.filter(page__category=DipCategory.DIKECUALIKAN).values_list(
            "document_id", flat=True
        )
    )
    image_ids = set(
        ExemptAsset.objects.filter(image__isnull=False).values_list("image_id", flat=True)
    )
    # and those the audit chain holds as exempt (rows deleted in the database release none)
    chained_documents, chained_images = chained_exempt_ids()
    return document_ids | chained_documents, image_ids | chained_images


def exempt_files(except_asset=None) -> list[tuple[object, str]]:
    """(storage, name) of every exempt (dikecualikan) file (exempt_asset_ids): its released
    file and its pending version. `except_asset`: leave out that document's or image's own
    files (a new version of an exempt asset is not compared with itself; it stays exempt by
    its id)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    document_ids, image_ids = exempt_asset_ids()
    files = []
    for model, ids in ((get_document_model(), document_ids), (get_image_model(), image_ids)):
        if except_asset is not None and isinstance(except_asset, model):
            ids = ids - {except_asset.pk}
        for asset in model.objects.filter(pk__in=ids):
            files += [(asset.file.storage, name) for name in (asset.file.name, asset.pending_file)]
    return [(storage, name) for storage, name in files if name]


def holds_exempt_information(content: bytes, filename: str, except_asset=None) -> bool:
    """Whether a file is exempt information: the bytes of an exempt file, or the same
    information in other bytes (exempt_content: a text holding most of an exempt document's
    text or made of it, an image close to an exempt image). Each exempt file is read once.
    A file that could not be fully compared with the exempt pictures (exempt_content.CropBudget,
    pictures not read) is not passed either. `except_asset`: see exempt_files."""
    return exempt_verdict(content, filename, except_asset) is not None


EXEMPT = "exempt"
UNCHECKED = "unchecked"
UNVOUCHED = "unvouched"


def exempt_fingerprints(
    except_asset=None, digest: str = ""
) -> tuple[bool, list[tuple[str, str, exempt_content.Fingerprint]]]:
    """(whether `digest` is the SHA-256 of an exempt file or version, [(sha256, file name,
    Fingerprint)] of every exempt file (exempt_files) and every version the audit chain holds
    as exempt), each version once. Fingerprints are cached by SHA-256 (exempt_content)."""
    same_bytes, found = exempt_fingerprints_since(except_asset, digest)
    return same_bytes, [(exempt_digest, name, exempt) for exempt_digest, name, exempt, _s in found]


def exempt_fingerprints_since(
    except_asset=None, digest: str = ""
) -> tuple[bool, list[tuple[str, str, exempt_content.Fingerprint, int]]]:
    """exempt_fingerprints, each with the id of the first audit entry that recorded the version
    as exempt (exempt_versions.chained_versions): what the public was given after it is no
    boilerplate of it (exempt_content.PublicContent). A current exempt file the chain has not
    recorded is compared with everything the public was given as given since (0)."""
    from ppid_pages.exempt_versions import chained_versions

    versions = chained_versions(except_asset)
    since = {exempt_digest: entry for exempt_digest, _name, _found, entry in versions}
    exempt_set = []
    compared = set()
    for storage, name in exempt_files(except_asset):
        try:
            with storage.open(name, "rb") as stored:
                exempt_bytes = stored.read()
        except (OSError, ValueError):
            continue
        exempt_digest = hashlib.sha256(exempt_bytes).hexdigest()
        if digest and exempt_digest == digest:
            return True, []
        if exempt_digest in compared:
            continue
        compared.add(exempt_digest)
        exempt = exempt_content.cached_fingerprint(exempt_bytes, name, read_pictures=True)
        exempt_set.append((exempt_digest, name, exempt, since.get(exempt_digest, 0)))
    # Every version that was ever exempt, as the audit chain recorded it (ppid_pages.
    # exempt_versions): a file replaced since, or rows deleted in the database, release nothing.
    for exempt_digest, name, exempt, entry in versions:
        if digest and exempt_digest == digest:
            return True, []
        if exempt_digest in compared:
            continue
        compared.add(exempt_digest)
        exempt_set.append((exempt_digest, name, exempt, entry))
    return False, exempt_set


def public_for(exempt_set) -> exempt_content.PublicContent:
    """What the public was given (and the standard texts), against the word pairs of
    `exempt_set` (exempt_fingerprints_since)."""
    return exempt_content.public_content(
        *exempt_asset_ids(), frozenset().union(*(found[2].pairs for found in exempt_set))
    )


def exempt_verdict(
    content: bytes, filename: str, except_asset=None, sent: tuple[int, ...] = ()
) -> str | None:
    """EXEMPT, UNCHECKED (too many pictures to compare with the exempt pictures, or
    pictures that could not be read: deny by default), UNVOUCHED (the audit chain cannot
    vouch for every exempt version: nothing certain to compare with) or None. `sent`: the
    content words a requester was already given (sent_words): the file adds up with them."""
    from ppid_pages.exemption import versions_unvouched

    if versions_unvouched():
        return UNVOUCHED
    digest = hashlib.sha256(content).hexdigest()
    same_bytes, exempt_set = exempt_fingerprints_since(except_asset, digest)
    if same_bytes:
        return EXEMPT
    if not exempt_set:
        return None
    # The text in the file's pictures is read when there is exempt text to compare it with.
    texts = any(len(entry[2].words) >= exempt_content.MIN_WORDS for entry in exempt_set)
    candidate = exempt_content.fingerprint(content, filename, candidate=True, read_pictures=texts)
    ignored = exempt_content.office_words()
    # What the public had when a version became exempt is no exempt information (a letterhead
    # logo, a form's labels), nor is a standard text (Pasal 17, a standard preface); what it
    # was given since may be pieces of it, and adds up with the file (pieces_add_up).
    public = public_for(exempt_set)
    budget = exempt_content.CropBudget()
    sent_pairs = exempt_content.word_pairs(tuple(sent))
    for _digest, name, exempt, since in exempt_set:
        whole = exempt
        exempt = exempt_content.without_public(
            exempt, public.before(since, whole), bool(document_kind(name))
        )
        if exempt_content.same_information(candidate, exempt, budget, ignored):
            return EXEMPT
        given = public.released_after(since, whole) | sent_pairs
        if exempt_content.pieces_add_up(candidate, exempt, given, ignored):
            return EXEMPT
    return UNCHECKED if budget.exhausted else None


def exempt_text_matches(
    text: str, sent: tuple[int, ...] = ()
) -> list[tuple[str, str, exempt_content.Fingerprint]]:
    """(sha256, file name, Fingerprint) of every exempt file or chained exempt version whose
    information `text` holds (exempt_content.same_text: most of its content words, or an
    excerpt of EXCERPT_MATCHED paired words within EXCERPT_WINDOW; or with what the public was
    given since the exemption, pieces_add_up), less what the public had when it became exempt,
    the standard texts and the office's letterhead words, as for a file (exempt_verdict).
    `sent`: the content words (hashed, in order) a requester was already given (sent_words):
    the text is read after them, and refused when it completes most of an exempt document or
    an excerpt with them (pieces sent one note or one title at a time add up). A text too
    short to be recognised (a title) is compared only after what was sent: alone, no exempt
    file is read for it."""
    candidate = exempt_content.text_fingerprint(text)
    together = candidate
    if sent and candidate.words:
        words = tuple(sent) + candidate.words
        together = exempt_content.Fingerprint(words=words, pairs=exempt_content.word_pairs(words))
    elif len(candidate.words) < exempt_content.MIN_WORDS:
        return []
    if not exempt_known():
        return []
    _same, exempt_set = exempt_fingerprints_since()
    worded = [
        found
        for found in exempt_set
        if len(found[2].words) >= exempt_content.MIN_WORDS and together.pairs & found[2].pairs
    ]
    if not worded:
        return []
    ignored = exempt_content.office_words()
    public = public_for(worded)
    before = exempt_content.word_pairs(tuple(sent))
    found = []
    for digest, name, exempt, since in worded:
        whole = exempt
        exempt = exempt_content.without_public(
            exempt, public.before(since, whole), bool(document_kind(name))
        )
        given = public.released_after(since, whole)
        if (
            exempt_content.same_text(candidate, exempt, ignored)
            or exempt_content.pieces_add_up(candidate, exempt, given, ignored)
            or (sent and exempt_content.pieces_add_up(together, exempt, given | before, ignored))
        ):
            found.append((digest, name, exempt))
    return found


def exempt_known(except_asset=None) -> bool:
    """Whether there may be an exempt file or chained exempt version to compare with: a cheap
    guard before exempt_verdict, which verifies the version entries against the audit chain
    itself (verifying them here too did that work twice per check; entries the chain does not
    vouch for make exempt_verdict find nothing, the same answer)."""
    from ppid_pages.exempt_versions import version_entries_but
    from ppid_pages.exemption import versions_unvouched

    return (
        bool(exempt_files(except_asset))
        or version_entries_but(except_asset).exists()
        or versions_unvouched()
    )


def refuse_exempt(
    request: InformationRequest, title: str, content: bytes, user, filename: str
) -> None:
    """Exempt information never leaves through the service: a file that holds an exempt
    document or image is refused, and the attempt is in the audit log. The file is compared
    together with what this requester was already given (sent_words): pieces add up."""
    verdict = exempt_verdict(content, filename, sent=sent_words(request))
    if verdict is None:
        return
    digest = hashlib.sha256(content).hexdigest()
    log_refusal(
        request,
        LOG_PREFIX + "exempt_file_refused",
        user,
        {"title": title, "sha256": digest, "verdict": verdict},
    )
    if verdict == UNVOUCHED:
        raise ValidationError(
            _(
                "The audit log cannot vouch for the exempt information (Daftar Informasi yang "
                "Dikecualikan) at the moment, so no file can be compared with it: no file "
                "leaves until the audit log is restored. Tell the administrator."
            )
        )
    if verdict == UNCHECKED:
        raise ValidationError(
            _(
                "This file holds too many pictures to compare them all with the exempt "
                "information (Daftar Informasi yang Dikecualikan), or pictures that could not "
                "be read: split it into smaller files, or have it reviewed."
            )
        )
    raise ValidationError(
        _(
            "This file is exempt information (Daftar Informasi yang Dikecualikan): it cannot "
            "be given to a requester."
        )
    )


def refuse_text_to_requester(
    request: InformationRequest, text: str, user, field: str = "note"
) -> None:
    """The one check of every free text staff write to a requester outside a file (a step's
    note their e-mail quotes, the title of a file on their tracking page): the privacy scan a
    file gets (scan: the requester's own details and the office's allow-list are not
    findings) and the comparison with the exempt information (refuse_exempt_text). A finding
    refuses the text (ValidationError on `field`, the form keeps what was typed) and the
    attempt is in the audit log with the masked findings (issue 13, attack13n item 4).
    A text that passes is recorded as given to the requester (SENT_TEXT_ACTION: a text that
    passed counts, whether or not its step then went through; a step that failed rolls its
    entry back with it): the next text and file are compared together with it (sent_words),
    so an exempt document sent one sentence per note, or one word per title, is refused at the
    piece that completes an excerpt (issue 13, attack13q)."""
    findings = [
        finding
        for finding in scan_text(text, requester_allow_list(request))
        if finding.severity == Severity.BLOCK or finding.kind != "gambling"
    ]
    if findings:
        shown = "; ".join(f"{finding.kind}: {finding.excerpt}" for finding in findings[:5])
        log_refusal(
            request,
            LOG_PREFIX + "private_text_refused",
            user,
            {"field": field, "findings": [f"{f.kind}: {f.excerpt}" for f in findings]},
        )
        raise ValidationError(
            {
                field: _(
                    "This text holds personal data that is not the requester's (%(findings)s): "
                    "it cannot be sent to the requester. Remove or black out that data and try "
                    "again."
                )
                % {"findings": shown}
            }
        )
    refuse_exempt_text(request, text, user, field)
    if text.strip():
        log(
            instance=getattr(request, "request", request),  # an objection: its request
            action=SENT_TEXT_ACTION,
            user=user,
            data={"field": field, "text": text},
        )


def refuse_exempt_text(request: InformationRequest, text: str, user, field: str = "note") -> None:
    """A text written to the requester outside a file (a step's note their e-mail quotes)
    that holds a passage of exempt information, alone or with what the requester was already
    given (sent_words), is refused, and the attempt is in the audit log (the letters and files
    are compared as files: refuse_exempt)."""
    found = exempt_text_matches(text, sent_words(request))
    if not found:
        return
    log_refusal(
        request,
        LOG_PREFIX + "exempt_text_refused",
        user,
        {"sha256": [digest for digest, _name, _exempt in found]},
    )
    raise ValidationError(
        {
            field: _(
                "This text holds a passage of exempt information (Daftar Informasi yang "
                "Dikecualikan): it cannot be sent to the requester."
            )
        }
    )


def requester_requests(request: InformationRequest) -> list[int]:
    """The ids of `request` and of the other requests of the same requester: the same e-mail
    address (any case) or the same telephone number."""
    from django.db.models import Q

    request = getattr(request, "request", request)  # an objection: its request's requester
    same = Q(pk=request.pk)
    if request.email:
        same |= Q(email__iexact=request.email)
    if request.phone:
        same |= Q(phone=request.phone)
    return list(InformationRequest.objects.filter(same).values_list("pk", flat=True))


def sent_words(request: InformationRequest) -> tuple[int, ...]:
    """The content words (exempt_content.text_fingerprint, hashed) of everything this
    requester (requester_requests) was given or is about to be given, in the order of their
    audit entries: every text that passed refuse_text_to_requester (SENT_TEXT_ACTION: step
    notes, file titles, whatever their length) and every file added for them (its text and the
    text read in its pictures, kept by its SHA-256). A file whose bytes are not those its
    entry recorded adds nothing of its own (it is never sent: released_content)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    ids = requester_requests(request)
    entries = (
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(InformationRequest),
            object_id__in=[str(pk) for pk in ids],
            action__in=(SENT_TEXT_ACTION, LOG_PREFIX + "file_added"),
        )
        .order_by("pk")
        .values_list("action", "data")
    )
    files = {item.pk: item for item in OutgoingFile.objects.filter(request_id__in=ids)}
    words: list[int] = []
    for action, data in entries:
        data = data or {}
        if action == SENT_TEXT_ACTION:
            words += exempt_content.text_fingerprint(str(data.get("text") or "")).words
        elif (item := files.get(data.get("file"))) is not None and data.get("sha256"):
            words += sent_file_words(item, data["sha256"])
    return tuple(words)


def sent_file_words(outgoing: OutgoingFile, digest: str) -> tuple[int, ...]:
    """The content words of a requester's file with this SHA-256 (its text and the text in its
    pictures: exempt_content.cached_fingerprint, read once per SHA-256)."""
    from .picture_text import tesseract_ready

    key = exempt_content.fingerprint_key(digest, outgoing.filename)
    found = exempt_content.cache.get(key + (".text" if tesseract_ready() else ".no-text"))
    if found is not None:
        return found.words
    try:
        content = content_of(outgoing)
    except (OSError, ValueError, InvalidToken):
        return ()
    if not hmac.compare_digest(digest, hashlib.sha256(content).hexdigest()):
        return ()
    return exempt_content.cached_fingerprint(content, outgoing.filename, read_pictures=True).words


def refuse_information_after_refusal(request: InformationRequest, kind: str, user) -> None:
    """A refused request (ditolak) gets the letters only, never information files."""
    if kind != OutgoingFile.Kind.INFORMATION or request.decision != Decision.REFUSED:
        return
    log_refusal(
        request,
        LOG_PREFIX + "information_after_refusal_refused",
        user,
        {"decision": request.decision},
    )
    raise ValidationError(
        _("The request was refused: only the letters can be sent, not information files.")
    )


def add_file(
    request: InformationRequest,
    kind: str,
    title: str,
    filename: str,
    content: bytes,
    user=None,
    objection: Objection | None = None,
) -> OutgoingFile:
    """Store (encrypted) and scan a file for the requester; logged with its scan result.
    Exempt files, and information files for a refused request, are refused (ValidationError)."""
    refuse_information_after_refusal(request, kind, user)
    refuse_text_to_requester(request, title, user, "title")
    refuse_exempt(request, title, content, user, filename)
    status, findings = scan(content, filename, request)
    outgoing = OutgoingFile.objects.create(
        request=request,
        objection=objection,
        kind=kind,
        title=title,
        filename=filename,
        stored=save_private(content, "keluar"),
        size=len(content),
        created_by=user,
        scan_status=status,
        scan_findings=findings,
    )
    log(
        instance=request,
        action=LOG_PREFIX + "file_added",
        user=user,
        data={
            "file": outgoing.pk,
            "kind": kind,
            "title": title,
            "scan_status": status,
            "findings": [f"{f.get('kind')}: {f.get('excerpt', '')}" for f in findings],
            "sha256": hashlib.sha256(content).hexdigest(),
        },
    )
    return outgoing


@transaction.atomic
def replace_with_redacted(outgoing: OutgoingFile, filename: str, content: bytes, user):
    """A blacked-out version replaces a file with findings; it is scanned like the first."""
    if not in_group(user, PPID) and not user.has_perm("information_requests.change_outgoingfile"):
        raise PermissionDenied
    if outgoing.sent_at:
        raise ValidationError(_("This file was already sent to the requester."))
    # Refused before the file it replaces is set aside.
    refuse_information_after_refusal(outgoing.request, outgoing.kind, user)
    refuse_exempt(outgoing.request, outgoing.title, content, user, filename)
    outgoing.replaced = True
    outgoing.save(update_fields=["replaced"])
    return add_file(
        outgoing.request,
        outgoing.kind,
        outgoing.title,
        filename,
        content,
        user=user,
        objection=outgoing.objection,
    )


OWN_FILE_CLEARING = gettext_lazy(
    "Whoever uploaded this file cannot clear its findings: another PPID decides."
)


def refuse_own_clearing(outgoing: OutgoingFile, user) -> None:
    """Four eyes over a requester's file: the person who uploaded it (or the blacked-out
    version that replaced it: a replacement is a file of its own) never clears its findings;
    another PPID does, and the refusal is in the audit log."""
    if outgoing.created_by_id is None or outgoing.created_by_id != getattr(user, "pk", None):
        return
    log_refusal(
        outgoing.request,
        LOG_PREFIX + "own_clearing_refused",
        user,
        {"file": outgoing.pk, "title": outgoing.title},
    )
    raise ValidationError(str(OWN_FILE_CLEARING))


@transaction.atomic
def clear_findings(outgoing: OutgoingFile, user, reason: str) -> None:
    """A PPID decides the findings are not personal data to protect (logged with the reason)."""
    if not in_group(user, PPID):
        raise PermissionDenied(_("Only the PPID may clear findings."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the reason why the findings may be sent.")})
    if outgoing.scan_status != ScanStatus.FINDINGS or outgoing.replaced:
        raise ValidationError(_("This file has no findings to clear."))
    refuse_own_clearing(outgoing, user)
    outgoing.scan_status = ScanStatus.CLEARED
    outgoing.cleared_by = user
    outgoing.cleared_reason = reason
    outgoing.save(update_fields=["scan_status", "cleared_by", "cleared_reason"])
    log(
        instance=outgoing.request,
        action=LOG_PREFIX + "findings_cleared",
        user=user,
        data={"file": outgoing.pk, "title": outgoing.title, "reason": reason},
    )


FILE_ACTIONS = ("file_added", "file_baseline", "findings_cleared", "file_sent")


def chained_files(request: InformationRequest) -> tuple[dict[int, str], set[int]]:
    """What the audit chain says of `request`'s files: ({file pk: SHA-256 or ""} of the files
    it vouches may be released, {file pk} of the files it records sent). A file may be released
    when it was added with a clean scan, or its findings were cleared by a person other than
    the one who added it; each step a chained entry. Its SHA-256 is the one chained when it was
    added, or for a file added before the digest was chained, the baseline recorded at the
    upgrade (migration information_requests 0004). A row changed in the database (scan
    status, sender, sent_at) without these entries releases nothing."""
    added, baseline, cleared, sent = file_history(request)
    releasable = {}
    for pk, data in added.items():
        clean = data.get("scan_status") == ScanStatus.CLEAN
        other_cleared = any(
            user is not None and user != data["user_id"] for user in cleared.get(pk, ())
        )
        if clean or other_cleared:
            releasable[pk] = data.get("sha256") or baseline.get(pk, "")
    return releasable, sent


def chained_digests(request: InformationRequest) -> dict[int, str]:
    """{file pk: SHA-256} of every file of `request` the audit chain records as added (its
    digest, or the upgrade's baseline), released or not: the bytes the desk may open."""
    added, baseline, _cleared, _sent = file_history(request)
    digests = {pk: data.get("sha256") or baseline.get(pk, "") for pk, data in added.items()}
    return {pk: digest for pk, digest in digests.items() if digest}


def file_history(request: InformationRequest):
    """The chained file entries of `request`: (added {file pk: data with user_id}, baseline
    {file pk: SHA-256}, cleared {file pk: user ids}, sent {file pk})."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    from integrity.chain import chained_entries

    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(InformationRequest),
        object_id=str(request.pk),
        action__in=[LOG_PREFIX + name for name in FILE_ACTIONS],
    )
    added: dict[int, dict] = {}
    baseline: dict[int, str] = {}
    cleared: dict[int, set] = {}
    sent: set[int] = set()
    for row in chained_entries(ModelLogEntry, entries):
        data = row["data"] or {}
        pk = data.get("file")
        if not isinstance(pk, int):
            continue
        action = row["action"][len(LOG_PREFIX) :]
        if action == "file_added":
            added[pk] = {**data, "user_id": row["user_id"]}
        elif action == "file_baseline":
            baseline.setdefault(pk, data.get("sha256") or "")
        elif action == "findings_cleared":
            cleared.setdefault(pk, set()).add(row["user_id"])
        else:
            sent.add(pk)
    return added, baseline, cleared, sent


def chained_release(request: InformationRequest) -> dict[int, str]:
    """{file pk: SHA-256 or ""} of the files the audit chain says were released to the
    requester: releasable (chained_files) and sent."""
    releasable, sent = chained_files(request)
    return {pk: digest for pk, digest in releasable.items() if pk in sent}


def releasable_files(request: InformationRequest, files, *, sent: bool) -> list[OutgoingFile]:
    """The one decision whether a requester's file may leave: of `files` (rows of `request`),
    those the audit chain vouches for (chained_files; `sent`: and records sent), not replaced,
    not purged, kept where outgoing files are kept, each with the chained SHA-256 as
    `released_sha256`. The tracking link, the e-mail of every step, the deliver step and the
    admin's list all ask this, never the row's scan status alone. A file whose chained entry
    holds no SHA-256 is not released (deny by default: the upgrade recorded a baseline for
    every file that had one)."""
    candidates = [f for f in files if not f.replaced and f.stored and is_outgoing_name(f.stored)]
    if not candidates:
        return []
    releasable, sent_files = chained_files(request)
    released = []
    for outgoing in candidates:
        digest = releasable.get(outgoing.pk)
        if not digest or (sent and outgoing.pk not in sent_files):
            continue
        outgoing.released_sha256 = digest
        released.append(outgoing)
    return released


def released_files(request: InformationRequest):
    """What the requester may download through their tracking link: sent files that the audit
    chain says were released (releasable_files), each with the SHA-256 the chain holds for it
    (`released_sha256`, read by released_content)."""
    files = request.files.filter(sent_at__isnull=False).order_by("created_at", "pk")
    return releasable_files(request, files, sent=True)


def released_content(outgoing: OutgoingFile) -> bytes | None:
    """The bytes of a file releasable_files returned, or None when they are not the bytes that
    were scanned (changed on disk, or the row pointed at other bytes, after the scan)."""
    digest = getattr(outgoing, "released_sha256", "")
    if not digest:
        return None
    try:
        content = content_of(outgoing)
    except (OSError, ValueError, InvalidToken):
        return None
    if not hmac.compare_digest(digest, hashlib.sha256(content).hexdigest()):
        return None
    return content


OUTGOING_FOLDER = "keluar/"


def is_outgoing_name(name: str) -> bool:
    """Whether `name` may be an outgoing file's: kept in the outgoing folder and never the
    stored name of a requester's identity document (nor a sengketa document)."""
    return name.startswith(OUTGOING_FOLDER) and not identity_names_include(name)


def identity_names_include(name: str) -> bool:
    return InformationRequest.objects.filter(identity_file=name).exists()


def mark_sent(files, user=None) -> None:
    """Mark files sent; each sending is a chained audit entry (released_files requires it)."""
    now = timezone.now()
    pending = list(OutgoingFile.objects.filter(pk__in=[f.pk for f in files], sent_at__isnull=True))
    OutgoingFile.objects.filter(pk__in=[f.pk for f in pending]).update(sent_at=now)
    for outgoing in pending:
        log(
            instance=outgoing.request,
            action=LOG_PREFIX + "file_sent",
            user=user,
            data={"file": outgoing.pk, "title": outgoing.title},
        )


def desk_content(outgoing: OutgoingFile) -> bytes | None:
    """The bytes of an outgoing file for the desk's download, released or not: only the bytes
    the audit chain recorded when the file was added (chained_digests), so a row pointed in
    the database at another file (another request's, or bytes written over it) opens nothing.
    None when they are not."""
    digest = chained_digests(outgoing.request).get(outgoing.pk)
    if not digest:
        return None
    try:
        content = content_of(outgoing)
    except (OSError, ValueError, InvalidToken):
        return None
    if not hmac.compare_digest(digest, hashlib.sha256(content).hexdigest()):
        return None
    return content


def content_of(outgoing: OutgoingFile) -> bytes:
    """The decrypted bytes of an outgoing file; an identity document (or any file outside the
    outgoing folder) is never read through an outgoing file (ValueError)."""
    if not is_outgoing_name(outgoing.stored):
        raise ValueError("not an outgoing file")
    return read_private(outgoing.stored)


def check_delivery(request: InformationRequest, held, user) -> None:
    """Before delivery, again (an entry may have become exempt since a file was added, a
    decision may have changed to a refusal): no exempt bytes, no information files for a
    refused request."""
    for item in held:
        refuse_information_after_refusal(request, item.kind, user)
        if item.scan_status == ScanStatus.CLEARED and item.cleared_by_id == item.created_by_id:
            # Cleared by its own uploader (before the rule above existed): never delivered.
            log_refusal(
                request,
                LOG_PREFIX + "own_clearing_refused",
                user,
                {"file": item.pk, "title": item.title},
            )
            raise ValidationError(
                _(
                    "The findings of '%(title)s' were cleared by the person who uploaded it: "
                    "another PPID must clear them."
                )
                % {"title": item.title}
            )
        try:
            content = content_of(item) if item.stored else None
        except (OSError, ValueError, InvalidToken):
            content = None  # never sent: not_ready names it
        if content is not None:
            refuse_exempt(request, item.title, content, user, item.filename)


def unsent(request: InformationRequest) -> list[OutgoingFile]:
    return list(
        request.files.filter(sent_at__isnull=True, replaced=False).order_by("created_at", "pk")
    )


def ready(request: InformationRequest, files) -> list[OutgoingFile]:
    """Of `files` (not sent yet), those that may leave: releasable_files, with the bytes that
    were scanned."""
    return [
        item
        for item in releasable_files(request, files, sent=False)
        if released_content(item) is not None
    ]


def ready_to_send(request: InformationRequest, user) -> list[OutgoingFile]:
    """The files every step that e-mails files sends: the unsent files that may leave (ready),
    after the checks of the deliver step (check_delivery) on all of them."""
    held = unsent(request)
    check_delivery(request, held, user)
    return ready(request, held)


def not_ready(request: InformationRequest, held) -> list[OutgoingFile]:
    """Of `held` (not sent yet), the files that may not leave (the deliver step refuses)."""
    allowed = {item.pk for item in ready(request, held)}
    return [item for item in held if item.pk not in allowed]
