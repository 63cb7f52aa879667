"""What the public may see. Exempt (dikecualikan) information never leaves the office: neither
what is exempt now nor what was ever exempt and not lifted through the workflow (exemption.py)."""

from collections.abc import Callable, Hashable
from typing import Any

from django.db.models import Q, QuerySet
from wagtail.models import Page

from page_cache import request_memo
from page_cache.memo import GenerationMemo

from .exemption import is_exempt_document
from .models.dip import DipCategory, DipEntryPage, withheld_entries

__all__ = [
    "document_is_public",
    "linkable",
    "linkable_many",
    "live_url",
    "image_in_public_use",
    "in_public_use",
    "released_for_restricted",
    "restricted_use_admits",
    "is_exempt_document",
    "public",
    "public_pages",
]


def private_q() -> Q:
    """Wagtail's `PageQuerySet.private_q()` (the sections behind a view restriction), read once
    per public generation (`remembered`: a view restriction added or removed replaces the
    token) instead of once per `.public()`."""
    return remembered(("private_q",), lambda: Page.objects.all().private_q())


def public(pages: QuerySet) -> QuerySet:
    """`pages.public()`, with the view restrictions read once per request."""
    return pages.exclude(private_q())


def ancestor_paths(path: str) -> list[str]:
    """The tree paths of the pages above the page at `path` (not itself)."""
    step = Page.steplen
    return [path[:end] for end in range(step, len(path), step)]


def linkable(page) -> bool:
    """A page the public site may link to or name: live, with every page above it (below the
    tree root) live. The row of a page that is not live holds its draft (slug, title): a link
    to it would publish a draft slug (issue 13, live13 break 2)."""
    return linkable_many([page])[0]


def linkable_many(pages: list) -> list[bool]:
    """`linkable` for each of `pages` (None allowed), with one query for all of them."""
    live = [page for page in pages if page is not None and getattr(page, "live", False)]
    above = {path for page in live for path in ancestor_paths(page.path)}
    hidden = set()
    if above:
        hidden = set(
            Page.objects.filter(path__in=above, depth__gt=1, live=False).values_list(
                "path", flat=True
            )
        )
    return [
        page is not None
        and getattr(page, "live", False)
        and not hidden.intersection(ancestor_paths(page.path))
        for page in pages
    ]


def live_url(page, request=None) -> str:
    """The public URL of `page` if it is `linkable`, else ''."""
    if not linkable(page):
        return ""
    return page.get_url(request) or ""


def public_pages() -> QuerySet:
    """Live, unrestricted pages, without exempt or withheld DIP entries."""
    exempt_now = DipEntryPage.objects.filter(category=DipCategory.DIKECUALIKAN).values("pk")
    return public(Page.objects.live()).exclude(pk__in=exempt_now).exclude(withheld_entries())


# Answers of the asset checks below, for the public generation they were computed under
# (page_cache.generation): {token: {key: answer}}, this process only. Every change of what the
# public may see (a take-down, a release, an exemption, a settings approval) replaces the token
# in its own transaction, so an answer is never read again after the change commits: a
# take-down ends an asset's public life at once, as it ends a cached page's. The key holds the
# row's own fields the answer reads, too, so a row written without a signal is asked again.
# A change made directly in the database (no token replaced) shows within PAGE_CACHE_TIMEOUT
# (page_cache.memo).
_answers = GenerationMemo()
MEMO_SIZE = 10_000  # answers kept for the current token; beyond it, they are computed again


def public_generation() -> str | None:
    """The public generation the request read at its start (page_cache.facts.begin), or None:
    outside a public request, or after a public change in this request. Never read here: a
    token read after the document or the view restrictions were read could be newer than
    them, and an old answer would be kept under it (issue 18, B1)."""
    if request_memo.get(request_memo.CHANGED):
        return None
    return request_memo.get(request_memo.PUBLIC_GENERATION)


def remembered(key: Hashable, compute: Callable[[], Any]) -> Any:
    """compute(), or its answer under the public generation this request read at its start;
    without one (the admin, after a public change in this request), once per request; outside
    a request, every time."""
    token = public_generation()
    if token is None:
        return request_memo.once(("visibility", key), compute)
    answers = _answers.of(token)  # an older generation's answers are never asked again
    if key in answers:
        return answers[key]
    answer = compute()
    if len(answers) < MEMO_SIZE:
        answers[key] = answer
    return answer


def in_public_use(asset) -> bool:
    """The one answer to "does the public use this asset": an image the site settings render
    on every public page (the logo, the favicon), or an asset used by a live page that anyone
    may open: every page above it live (linkable) and no view restriction (password, login,
    groups) on it or above it. An asset used only by restricted pages is theirs: it is served
    under their restrictions (restricted_use_admits), never to the anonymous public, and
    never kept by the page cache or a CDN (issue 18, break18c B5)."""
    from moderation.assets import is_document, live_pages_using
    from moderation.site_settings import images_in_public_settings

    if not is_document(asset) and asset.pk in images_in_public_settings():
        return True
    pages = list(public(live_pages_using(asset)).only("pk", "path", "live"))
    return any(linkable_many(pages))


def restricted_use_admits(asset, request) -> bool:
    """`request` may open a live, linkable page that uses `asset` (it passed the page's
    password, is logged in, or is in one of its groups: Wagtail's own checks): such a visitor
    gets the files of that page. Never remembered: the answer is this visitor's. A visitor
    who passed a restriction has a session, so the answer is never cached (page_cache)."""
    from moderation.assets import live_pages_using

    if request is None:
        return False
    pages = list(live_pages_using(asset))
    for page, shown in zip(pages, linkable_many(pages), strict=True):
        restrictions = list(page.get_view_restrictions())
        if shown and restrictions and all(r.accept_request(request) for r in restrictions):
            return True
    return False


def released_for_restricted(asset) -> bool:
    """What a visitor admitted to a restricted page (restricted_use_admits) gets of a document
    or image that page uses: only the version whose release the audit chain holds
    (released_version_vouched) with the bytes, title and file that were released
    (current_version_released), as the public gets (document_is_public, image_in_public_use).
    Asked on every call: never remembered."""
    from moderation.assets import current_version_released, released_version_vouched

    return (
        asset.is_released and released_version_vouched(asset) and current_version_released(asset)
    )


def document_is_public(document) -> bool:
    """Released (scanned clean, published with a page or approved on its own), never part of
    exempt information, and in public use: approved on its own, or used by a live page anyone
    may open (in_public_use). A document released with a page is public while such a page
    uses it: the take-down of the only page that used it, or a view restriction on it, ends
    its public life too; the record keeps its release."""
    from moderation.assets import current_version_released, released_version_vouched

    def answer() -> bool:
        if not document.is_released or is_exempt_document(document):
            return False
        # The row is the version whose release the audit chain holds: a file, a title and a
        # digest written in the database behind the application's back are never served.
        if not released_version_vouched(document):
            return False
        return document.approved_at is not None or in_public_use(document)

    state = (
        document.published_at,
        document.approved_at,
        document.scan_status,
        document.approved_digest,
    )
    # The row's current state is checked on every call, outside the memo: a file column, a
    # title or bytes changed in the database or on disk bump no public generation.
    return remembered(("document", document.pk, state), answer) and current_version_released(
        document
    )


def image_in_public_use(image) -> bool:
    """Released (with a page, on its own, or as the approved logo/favicon) and in public use
    now (in_public_use: a live page anyone may open uses it); whether it is exempt is asked
    first by the caller (serve_public_image refuses an exempt image to staff too). A picture no
    reviewer released (an upload whose admin thumbnail or draft preview made a rendition), one
    whose page was taken down, or one used only behind a view restriction is not the public's
    (found by the red-team run: both stayed public at their URLs)."""
    from moderation.assets import current_version_released, released_version_vouched
    from moderation.site_settings import approved_settings_images

    def answer() -> bool:
        # The approved logo or favicon (pinned by its approval, the set-up one included), or
        # an image released and used by a live page anyone may open.
        if image.pk not in approved_settings_images() and not (
            image.is_released and in_public_use(image)
        ):
            return False
        # The row is the version whose release the audit chain holds (as for documents).
        return released_version_vouched(image)

    # As for documents: the row's current state, outside the memo.
    return remembered(
        ("image", image.pk, image.released_at, image.approved_digest), answer
    ) and current_version_released(image)
