"""Exempt information pasted as text never reaches the public (issue 13, verify13i B2).

Files (documents, images, requester files) were compared with every exempt file
(information_requests.outgoing.exempt_verdict); text typed or pasted into a page was not: an
Operator pasted two paragraphs of an exempt contract into a news page body, and the two
reviewers, who cannot know every exempt document, approved it. Now every text that becomes
public is compared with the exempt files and every chained exempt version by content words
(information_requests.outgoing.exempt_text_matches: most of an exempt document, or an excerpt
of EXCERPT_MATCHED paired words within EXCERPT_WINDOW), wherever it is checked before it goes
live:

- a page revision (moderation.scanner.scan_revision: every text field, StreamField block and
  table cell, summary, search description, title, the titles of the documents and images it
  uses, a DIP entry's attachment labels, the reviewed snippets it shows), at submission (the
  scan task), at each review approval (moderation.models.SopReviewTask), in the finish action
  and a force-publication (they scan again) and at a scheduled go-live
  (moderation.scheduling.hold_changed_schedules);
- the site settings that render publicly and the reviewed settings, at their approval;
- a reviewed snippet approved on its own, a document or image approved on its own (title,
  alt text).

A text is compared as the public reads it: all its fields in reading order, markup removed, so
an excerpt split over the summary and the body is one excerpt. An entry that is exempt itself
(dikecualikan) is not compared: it never goes public; one whose exemption the workflow lifts
is not compared with its own exempt files. The
finding names no exempt document (the author may not know it); the exempt entry's title is
shown only to staff who may edit that entry (exempt_titles_for). Each refusal is in the audit
log (REFUSED_ACTION, with the entry ids).

Cost: nothing is read for a text shorter than MIN_WORDS content words (a title); exempt
fingerprints are cached by SHA-256; the comparison runs at those decision points only, never
on an autosave or a draft save.
"""

from collections.abc import Iterable

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy

from .privacy import Severity
from .text_extraction import TABLE_ROWS

KIND = "exempt_text"
REFUSED_ACTION = "ppid.exempt_text.refused"
FINDING = gettext_lazy(
    "holds a passage of exempt information (Daftar Informasi yang Dikecualikan)"
)
REFUSED = gettext_lazy(
    "This text holds a passage of exempt information (Daftar Informasi yang Dikecualikan): "
    "it cannot be published. Remove the passage and submit again."
)
REFUSED_NAMING = gettext_lazy(
    "This text holds a passage of exempt information (Daftar Informasi yang Dikecualikan: "
    "%(titles)s): it cannot be published. Remove the passage and submit again."
)


def reading_text(texts: Iterable[tuple[str, str]]) -> str:
    """The texts as the public reads them, in order, markup removed. A table's cells are read
    once (its whole-table rows text repeats them)."""
    import html

    return "\n".join(
        html.unescape(strip_tags(text))
        for location, text in texts
        if text and not location.endswith("." + TABLE_ROWS)
    )


def best_location(texts: list[tuple[str, str]], exempt) -> str:
    """The location whose text holds the most content words paired as in `exempt`."""
    from information_requests.exempt_content import paired, text_fingerprint

    best, most = "", 0
    for location, text in texts:
        if location.endswith("." + TABLE_ROWS):
            continue
        words = text_fingerprint(reading_text([(location, text)])).words
        count = sum(paired(words, exempt.pairs))
        if count > most:
            best, most = location, count
    return best


def findings(texts: Iterable[tuple[str, str]], own_entry: int | None = None) -> list[dict]:
    """One blocking finding for each exempt file whose information the texts hold: where the
    passage mostly is, and the exempt entries that hold it (their ids, never their titles:
    findings are shown to the author). `own_entry`: an entry that was exempt is not compared
    with its own exempt files (the workflow lifts its exemption; ppid_pages.exemption)."""
    from information_requests.outgoing import exempt_text_matches

    texts = list(texts)
    found = []
    for digest, name, exempt in exempt_text_matches(reading_text(texts)):
        entries = entries_holding(digest, name)
        if own_entry is not None and entries and set(entries) <= {own_entry}:
            continue
        found.append(
            {
                "kind": KIND,
                "location": best_location(texts, exempt),
                "excerpt": str(FINDING),
                "severity": str(Severity.BLOCK),
                "confidence": 1.0,
                "exempt_entries": entries,
            }
        )
    return found


def exempt_findings(found: Iterable[dict]) -> list[dict]:
    return [finding for finding in found if finding.get("kind") == KIND]


def entries_holding(digest: str, name: str) -> list[int]:
    """The page ids of the exempt entries whose document or image holds the file with this
    SHA-256 (the audit chain's version and exemption entries), or with this name now."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Q
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import ModelLogEntry

    from ppid_pages.exempt_versions import VERSION_ACTION
    from ppid_pages.exemption import ASSET_EXEMPT_ACTION
    from ppid_pages.models.dip import DipCategory, DipEntryDocument, ExemptAsset

    entries: set[int] = set()
    assets: set[tuple[int, str]] = set()
    for row in ModelLogEntry.objects.filter(action=VERSION_ACTION, data__sha256=digest).values(
        "data", "content_type_id", "object_id"
    ):
        if (row["data"] or {}).get("entry"):
            entries.add(int(row["data"]["entry"]))
        assets.add((row["content_type_id"], row["object_id"]))
    for model in (get_document_model(), get_image_model()):
        ids = model.objects.filter(Q(file=name) | Q(pending_file=name)).values_list(
            "pk", flat=True
        )
        content_type = ContentType.objects.get_for_model(model).pk
        assets |= {(content_type, str(pk)) for pk in ids}
    for content_type, object_id in assets:
        for data in ModelLogEntry.objects.filter(
            action=ASSET_EXEMPT_ACTION, content_type_id=content_type, object_id=object_id
        ).values_list("data", flat=True):
            if (data or {}).get("entry"):
                entries.add(int(data["entry"]))
    documents = [int(pk) for kind, pk in assets if kind == doc_type()]
    entries |= set(
        ExemptAsset.objects.filter(document_id__in=documents).values_list(
            "exemption__entry_id", flat=True
        )
    )
    entries |= set(
        DipEntryDocument.objects.filter(
            document_id__in=documents, page__category=DipCategory.DIKECUALIKAN
        ).values_list("page_id", flat=True)
    )
    return sorted(entries)


def doc_type() -> int:
    from django.contrib.contenttypes.models import ContentType
    from wagtail.documents import get_document_model

    return ContentType.objects.get_for_model(get_document_model()).pk


def exempt_titles_for(found: Iterable[dict], user) -> list[str]:
    """The titles of the exempt entries the findings name that `user` may see: a superuser, or
    staff who may edit that entry in the admin (an entry deleted since: superusers only)."""
    from wagtail.models import Page

    from ppid_pages.models.dip import ExemptInformation

    if user is None or not getattr(user, "is_authenticated", False):
        return []
    ids = sorted({entry for finding in found for entry in finding.get("exempt_entries") or ()})
    titles = []
    for entry_id in ids:
        page = Page.objects.filter(pk=entry_id).first()
        allowed = user.is_superuser or (
            page is not None and page.permissions_for_user(user).can_edit()
        )
        if not allowed:
            continue
        record = ExemptInformation.objects.filter(entry_id=entry_id).first()
        title = record.title if record is not None else (page.title if page else "")
        if title and title not in titles:
            titles.append(title)
    return titles


def shown_to(found: Iterable[dict], user) -> list[dict]:
    """The findings as `user` is shown them: an exempt passage's finding names the exempt
    entry after its excerpt when `user` may see it (exempt_titles_for), never otherwise."""
    shown = []
    for finding in found:
        if finding.get("kind") == KIND and (titles := exempt_titles_for([finding], user)):
            finding = {**finding, "excerpt": f"{finding.get('excerpt', '')}: {', '.join(titles)}"}
        shown.append(finding)
    return shown


def message(found: Iterable[dict], user) -> str:
    """The refusal in the office's language, naming the exempt entries only to staff who may
    see them."""
    titles = exempt_titles_for(found, user)
    if titles:
        return str(REFUSED_NAMING) % {"titles": ", ".join(titles)}
    return str(REFUSED)


def log_refused(subject, found: Iterable[dict], user=None, **data) -> None:
    """The refusal in the audit log, on what was refused (a page, a setting, a snippet), with
    the exempt entries' ids and where the passage was (survives the refusal's rollback)."""
    from wagtail.log_actions import get_active_log_context

    from security.refusals import log_refusal

    found = exempt_findings(found)
    if not found or subject is None or getattr(subject, "pk", None) is None:
        return
    if user is None:
        user = get_active_log_context().user
    log_refusal(
        subject,
        REFUSED_ACTION,
        user if getattr(user, "pk", None) else None,
        {
            "entries": sorted({e for f in found for e in f.get("exempt_entries") or ()}),
            "locations": [f.get("location", "") for f in found],
            **data,
        },
    )


def refuse_found(subject, found: Iterable[dict], user, **data) -> None:
    """A ValidationError saying why (message), with the audit entry (log_refused), when the
    findings hold a passage of exempt information: for an approval outside the page workflow
    (site settings, reviewed settings, snippets, a document or image on its own)."""
    from django.core.exceptions import ValidationError

    found = exempt_findings(found)
    if found:
        log_refused(subject, found, user, **data)
        raise ValidationError(message(found, user))
