"""The integrity watch: what the public sees of every live page, against what was approved.

For each live page the watch
- requests the page's public URL through Django's whole stack (middleware, redirects, routing,
  hooks) as an anonymous visitor on the site's own host name: that is the live render;
- renders the page's live revision (the revision the workflow approved and published) with the
  same request: that is what the page should look like;
- compares the two, and scans the live HTML with the privacy scanner's HTML detectors for
  gambling spam, hidden links and unsafe HTML (findings that are already in the approved render,
  such as the site's own search form, or that a reviewer marked false positives, are left out).

Both renders use the current rows of documents and images, so the watch also compares bytes:
the publication snapshot of the live revision (moderation.snapshot: its content, and the file
SHA-256, title and alt text of every document and image it uses) against what was approved, the
content against the snapshot recorded when the workflow published it, each asset against the
version last released, and each rendition file of a released image against the hash recorded
when it was made. A file, image, rendition or title swapped in the database or on disk is an
alert.

Every difference or hit is an `IntegrityAlert`; nothing is changed on the page.
"""

import difflib
import json
import logging
import re
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from wagtail.models import Page

from moderation.fingerprints import value_fingerprint
from moderation.models import FalsePositive
from moderation.privacy import scan_text
from moderation.privacy.masking import mask_value
from page_cache.middleware import BYPASS as PAGE_CACHE_BYPASS

from .models import AlertKind

logger = logging.getLogger(__name__)

SCANNED_KINDS = {
    "gambling": AlertKind.GAMBLING,
    "hidden_link": AlertKind.HIDDEN_LINK,
    "unsafe_html": AlertKind.UNSAFE_HTML,
}
TEMPLATE_FREE_KINDS = {"gambling", "hidden_link"}  # never part of the site's own templates
EXCERPT_LENGTH = 160
LONG_DIGITS = re.compile(r"\d{6,}")
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Rendered:
    status: int
    html: str
    location: str = ""  # where a redirect points


@dataclass(frozen=True)
class Observation:
    """One problem seen on one page in this run."""

    page: Page | None  # None: a document or image the public gets outside any live page
    url: str
    kind: str
    detail: str
    title: str = ""  # what the alert names when there is no page


def masked(text: str) -> str:
    """A short excerpt safe to store and e-mail: personal data masked by the scanner's own
    masking (spam and markup stay readable), long digit runs masked, whitespace collapsed."""
    text = SPACES.sub(" ", text).strip()
    # Masked before it is cut: a value cut in half (budi@gma…) is no longer recognised.
    personal = [f for f in scan_text(text) if f.kind not in SCANNED_KINDS]
    for finding in sorted(personal, key=lambda f: f.start, reverse=True):
        text = text[: finding.start] + finding.excerpt + text[finding.end :]
    text = LONG_DIGITS.sub(lambda match: mask_value(match.group()), text)
    return text[:EXCERPT_LENGTH] + "…" if len(text) > EXCERPT_LENGTH else text


def routed_path(page: Page) -> tuple[object, str] | None:
    """(site, path) at which Wagtail routes the public to the page now: from a site's root page
    down the tree by slug (Page.route), which never reads the row's url_path. None when no
    site's root page is the page or one of its ancestors."""
    from wagtail.models import Site

    sites = Site.objects.select_related("root_page").order_by("-is_default_site", "pk")
    for site in sites:
        root = site.root_page
        if not page.path.startswith(root.path) or page.depth < root.depth:
            continue
        steps = [page.path[: depth * Page.steplen] for depth in range(root.depth + 1, page.depth)]
        slugs = dict(Page.objects.filter(path__in=steps).values_list("path", "slug"))
        if len(slugs) != len(steps):
            continue
        names = [slugs[step] for step in steps] + ([page.slug] if page.depth > root.depth else [])
        return site, "/" + "".join(f"{name}/" for name in names)
    return None


def tree_url_path(page: Page) -> str:
    """The url_path the page's place in the tree gives it (Wagtail: the parent's url_path and
    the slug): what page.url, the listings, the sitemap and the feeds build links from."""
    ancestors = Page.objects.filter(
        path__in=[page.path[: depth * Page.steplen] for depth in range(2, page.depth)]
    ).order_by("depth")
    names = [*ancestors.values_list("slug", flat=True), page.slug] if page.depth > 1 else []
    return "/" + "".join(f"{name}/" for name in names)


def page_url(page: Page) -> tuple[str, str, bool] | None:
    """(host, path, secure) of the page's public URL as Wagtail routes it (routed_path: the tree
    by slug), or None when no site routes to it. Not Page.get_url_parts(): it reads the row's
    url_path, which an insider rewrites in SQL while the page is still served at its address
    (issue 13, attack13q: the watch skipped such a page)."""
    routed = routed_path(page)
    if routed is None:
        return None
    site, path = routed
    root = urlsplit(site.root_url)
    # Behind SECURE_SSL_REDIRECT the public only ever gets the https page.
    secure = root.scheme == "https" or getattr(settings, "SECURE_SSL_REDIRECT", False)
    return root.netloc, path, secure


def live_render(client: Client, host: str, path: str, secure: bool) -> Rendered:
    """The page as an anonymous visitor gets it now, through the whole request stack; rendered
    from the database, not the page cache (an entry is an earlier render of the same content,
    and a change made behind the application's back shows only in a fresh render)."""
    response = client.get(path, HTTP_HOST=host, secure=secure, **{PAGE_CACHE_BYPASS: True})
    html = response.content.decode(response.charset or "utf-8", "replace")
    return Rendered(response.status_code, html, response.get("Location", ""))


def approved_render(page: Page, host: str, path: str, secure: bool) -> Rendered:
    """The page's live revision, served to the same request."""
    request = RequestFactory().get(path, HTTP_HOST=host, secure=secure)
    request.user = AnonymousUser()
    request.session = {}
    approved = page.live_revision.as_object()
    try:
        response = approved.serve(request)
    except Http404:
        return Rendered(404, "")
    if hasattr(response, "render"):
        response.render()
    html = response.content.decode(response.charset or "utf-8", "replace")
    return Rendered(response.status_code, html, response.get("Location", ""))


def row_render(page: Page, host: str, path: str, secure: bool) -> Rendered:
    """The page as it is in the database now (its row, not a revision), served to the same
    request without the view-restriction check: what a visitor who satisfies the page's
    restriction gets. The watch compares it with the approved render for a restricted page,
    whose public render is the login or password form."""
    request = RequestFactory().get(path, HTTP_HOST=host, secure=secure)
    request.user = AnonymousUser()
    request.session = {}
    try:
        response = Page.objects.get(pk=page.pk).specific.serve(request)
    except Http404:
        return Rendered(404, "")
    if hasattr(response, "render"):
        response.render()
    html = response.content.decode(response.charset or "utf-8", "replace")
    return Rendered(response.status_code, html, response.get("Location", ""))


# Fields of a page row that are the tree, Wagtail's bookkeeping, the schedule (schedule_drift)
# or the review comments: they change without a new revision, so row_drift does not compare
# them with the live revision. Every other field is content that some public page may render
# (the page itself, a listing, a register, an export, the feed). Those of them that the public
# sees or that decide what is served are compared with what vouches for them instead (issue 13,
# attack13q): url_path with the tree and the publication dates with the chained publication
# entries (bookkeeping_drift), live and live_revision with the chained
# publications (unvouched_publication), go_live_at and expire_at with the schedule
# (schedule_drift). The page type (content_type: which model and template serve the page) and
# its locale are not bookkeeping: the revision holds them and they are compared.
ROW_BOOKKEEPING_FIELDS = frozenset(
    {
        "pk",
        "id",
        "path",
        "depth",
        "numchild",
        "url_path",
        "translation_key",
        "owner",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "latest_revision",
        "latest_revision_created_at",
        "live_revision",
        "draft_title",
        "go_live_at",
        "expire_at",
        "expired",
        "locked",
        "locked_at",
        "locked_by",
        "alias_of",
        "comments",
        "wagtail_admin_comments",
    }
)


def comparable(value):
    """A serialized field value as the revision stores it (JSON), child rows without their own
    primary keys (a child created by the publication has one its revision never had). A
    StreamField is a JSON text on both sides; PostgreSQL's jsonb gives its keys back in another
    order than the revision stored them, so it is compared as the data it holds."""
    if isinstance(value, str) and value[:1] in ("[", "{"):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [
            {k: comparable(v) for k, v in item.items() if k not in ("pk", "id")}
            if isinstance(item, dict)
            else comparable(item)
            for item in value
        ]
    return value


def row_drift(page: Page) -> list[str]:
    """The content fields of the page's row that differ from its live revision (issue 13,
    attack13n item 3). Other pages render rows, not revisions: the Daftar Informasi yang
    Dikecualikan and its exports, the DIP listings, the feeds, the search. A row written behind
    the application's back shows there even when the page's own render is unchanged (an exempt
    entry's own page is 404 both ways), so every live page's row is compared with its live
    revision, field by field; only the names of the fields are reported, never their values.
    One serialization of the row per page (its child relations: one query each)."""
    from moderation.revisions import canonical_content

    approved = page.live_revision.content
    row = json.loads(canonical_content(page.serializable_data()))
    return sorted(
        name
        for name, value in row.items()
        # A field the revision does not hold (added by a later migration) is not compared.
        if name not in ROW_BOOKKEEPING_FIELDS
        and name in approved
        and comparable(value) != comparable(approved[name])
    )


# How long a publication may take between Wagtail setting last_published_at and writing its
# publication entry (the page_published handlers run in between: snapshots, scans).
PUBLICATION_WINDOW = timedelta(minutes=10)


def bookkeeping_drift(page: Page) -> list[str]:
    """The fields of the page's row that are not compared with its revision but that the public
    sees or that decide what is served, when they are not what vouches for them: url_path
    against the tree (the links of every listing, the sitemap and the feeds are built from it),
    first_published_at and last_published_at against the audit chain's publication entries of
    the page (the search shows the date, the sitemap gives it as lastmod, the home page orders
    its latest entries by it, the SOP's staleness report reads it): last_published_at is set by
    the publication of the live revision, at most PUBLICATION_WINDOW before its entry;
    first_published_at by the page's first publication the chain holds."""
    from wagtail.models import PageLogEntry

    from .chain import chained_entries

    fields = []
    if page.url_path != tree_url_path(page):
        fields.append("url_path")
    events = PageLogEntry.objects.filter(page_id=page.pk, action__in=PUBLICATION_ACTIONS)
    chained = sorted(chained_entries(PageLogEntry, events), key=lambda row: row["id"])
    live = [row for row in chained if row["revision_id"] == page.live_revision_id]
    if not live:
        return fields  # unvouched_publication says so

    def published_by(value, entry) -> bool:
        when = entry["timestamp"]
        return value is not None and when - PUBLICATION_WINDOW <= value <= when

    if not published_by(page.first_published_at, chained[0]):
        fields.append("first_published_at")
    if not published_by(page.last_published_at, live[-1]):
        fields.append("last_published_at")
    return fields


def restriction_drift(page: Page) -> str:
    """'' when who may see the page is what its live revision was approved with; else why not.
    The restrictions now (moderation.snapshot.restriction_state: the page's and its
    ancestors') against those the vouched publication snapshot recorded; a restriction of a
    type Wagtail does not enforce is named (the public gate serves such a page to nobody)."""
    from moderation.snapshot import ENFORCED_RESTRICTIONS, restriction_state

    now = restriction_state(page.pk)
    unknown = sorted({r["type"] for r in now if r["type"] not in ENFORCED_RESTRICTIONS})
    if unknown:
        return _("View restriction of an unknown type: %(types)s") % {
            "types": ", ".join(masked(t) for t in unknown)
        }
    snapshots = vouched_snapshots(page)
    recorded = snapshots[0] if snapshots else None
    if recorded is not None and (recorded.manifest or {}).get("restrictions", []) != now:
        return _("The view restrictions are not the ones approved with the live revision")
    return ""


def difference(live: Rendered, approved: Rendered) -> str:
    """'' when the public sees what was approved; else a masked description of the change."""
    if live.status != approved.status:
        detail = _("HTTP %(live)s (approved: HTTP %(approved)s)") % {
            "live": live.status,
            "approved": approved.status,
        }
        if live.location:
            detail += f" -> {masked(live.location)}"
        return detail
    if live.status != 200 or live.html == approved.html:
        return ""
    live_lines, approved_lines = live.html.splitlines(), approved.html.splitlines()
    changed = [
        opcode
        for opcode in difflib.SequenceMatcher(None, approved_lines, live_lines).get_opcodes()
        if opcode[0] != "equal"
    ]
    if not changed:
        return ""
    _tag, a_start, a_end, b_start, b_end = changed[0]
    live_part = " ".join(live_lines[b_start:b_end]) or "-"
    approved_part = " ".join(approved_lines[a_start:a_end]) or "-"
    return _(
        "%(count)s changed block(s); first at line %(line)s: live «%(live)s» / "
        "approved «%(approved)s»"
    ) % {
        "count": len(changed),
        "line": b_start + 1,
        "live": masked(live_part),
        "approved": masked(approved_part),
    }


def scanner_hits(page: Page, live: Rendered, approved: Rendered) -> dict[str, list[str]]:
    """Masked excerpts of gambling spam, hidden links and unsafe HTML in the live HTML, per
    alert kind, less what the approved render holds too and reviewers' false positives."""
    if not live.html:
        return {}
    expected: dict[str, int] = {}
    for finding in scan_text(approved.html):
        value = approved.html[finding.start : finding.end]
        key = f"{finding.kind}\0{value}"
        expected[key] = expected.get(key, 0) + 1
    cleared = FalsePositive.cleared(page.pk)
    # Without an approved render there is no telling the site's own markup (its search form)
    # from injected markup: only gambling spam and hidden links are looked for then.
    kinds = SCANNED_KINDS.keys() if approved.html else TEMPLATE_FREE_KINDS
    hits: dict[str, list[str]] = {}
    for finding in scan_text(live.html):
        if finding.kind not in kinds:
            continue
        value = live.html[finding.start : finding.end]
        key = f"{finding.kind}\0{value}"
        if expected.get(key):
            expected[key] -= 1
            continue
        if (finding.kind, value_fingerprint(page.pk, finding.kind, value)) in cleared:
            continue
        hits.setdefault(SCANNED_KINDS[finding.kind], []).append(finding.excerpt)
    return hits


def vouched_snapshots(page: Page) -> list:
    """The publication snapshots of the page's live revision that the audit chain vouches for,
    newest first: PUBLISH, FORCE or SET_UP PublicationSnapshot rows whose digest a chained
    ppid.snapshot entry of that revision holds and whose manifest hashes to that digest. A
    snapshot row rewritten in the database (its manifest, its digest, or both) is not one: the
    watch compares what the public gets with what the chain recorded, never with a mutable
    row alone."""
    from moderation.models import PublicationSnapshot
    from moderation.snapshot import digest_of, vouched_digests

    revision_id = page.live_revision_id
    vouched = vouched_digests(revision_id, PUBLISHED_STEPS)
    snapshots = PublicationSnapshot.objects.filter(
        revision_id=revision_id, step__in=PUBLISHED_STEPS
    )
    found = []
    for snapshot in snapshots.order_by("-recorded_at", "-pk"):
        manifest = snapshot.manifest or {}
        recomputed = digest_of(
            manifest.get("content"), manifest.get("assets", {}), manifest.get("restrictions")
        )
        if snapshot.digest in vouched and recomputed == snapshot.digest:
            found.append(snapshot)
    return found


def live_content_snapshot(page: Page, content: str):
    """The vouched snapshot of the live revision that recorded `content` (its content hash),
    else the newest vouched one, else None."""
    snapshots = vouched_snapshots(page)
    for snapshot in snapshots:
        if (snapshot.manifest or {}).get("content") == content:
            return snapshot
    return snapshots[0] if snapshots else None


def snapshot_drift(page: Page) -> str:
    """'' when what the public gets of the live revision is what was approved; else which part
    differs (the content, or a document/image/unit by title and id). What was approved is what
    the audit chain recorded: the live revision's vouched publication snapshot
    (vouched_snapshots), and for each asset or unit the latest release the chain vouches for
    (a release of its own after the page's publication replaces the snapshot's version). A
    digest written on a row (a snapshot's, an asset's or a unit's `approved_digest`) that the
    chain does not hold is itself a difference."""
    from integrity.chain import vouched_digests
    from moderation.assets import DIGEST_ACTIONS
    from moderation.models import PublicationSnapshot
    from moderation.revisions import canonical_content
    from moderation.snapshot import (
        asset_digest,
        asset_key,
        asset_state,
        assets_of,
        sha256_hex,
        snippet_digest,
    )
    from moderation.snippets import RELEASE_ACTION, snippet_key, snippets_of

    revision = page.live_revision
    content = sha256_hex(canonical_content(revision.content))
    recorded = live_content_snapshot(page, content)
    changes = []
    if (
        recorded is None
        and PublicationSnapshot.objects.filter(
            revision=revision, step__in=PUBLISHED_STEPS
        ).exists()
    ):
        changes.append(_("the publication snapshot (not the one in the audit log)"))
    approved_assets = recorded.manifest.get("assets", {}) if recorded else {}
    if recorded is not None and content != recorded.manifest.get("content"):
        changes.append(_("the content of the live revision"))
    live = revision.as_object()
    parts = []  # (row, its digest now, the audit actions that release it, key, name)
    for asset in assets_of(live):
        key = asset_key(asset)
        kind = _("document") if key.startswith("document") else _("image")
        name = f"{kind} «{masked(asset.title)}» (#{asset.pk})"
        parts.append((asset, asset_digest(asset_state(asset)), DIGEST_ACTIONS, key, name))
    for snippet in snippets_of(live):
        name = f"{snippet._meta.verbose_name} «{masked(str(snippet))}» (#{snippet.pk})"
        parts.append(
            (snippet, snippet_digest(snippet), (RELEASE_ACTION,), snippet_key(snippet), name)
        )
    for obj, now, actions, key, name in parts:
        released = vouched_digests(type(obj), actions, [obj.pk]).get(str(obj.pk))
        approved = released or approved_assets.get(key)
        forged = bool(obj.approved_digest) and obj.approved_digest != released
        if forged or (approved and now != approved):
            changes.append(name)
    if not changes:
        return ""
    return _("Not the approved bytes: %(changes)s") % {"changes": "; ".join(changes)}


# The entries that make a revision live: Wagtail's publish, and its `publish_scheduled`
# command's own action for a scheduled go-live (issue 13, live13: the watch raised a false
# alert on every legitimate scheduled go-live).
PUBLICATION_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled")


# The publication snapshots that bind a live revision's content: the workflow's publication,
# a forced publication, and a set-up publication or baseline (moderation.signals, migration
# moderation 0013).
PUBLISHED_STEPS = ("publish", "force", "set_up")

# The entries that end a publication: Wagtail's unpublish (an expiry too), the SOP's take-down.
WITHDRAWAL_ACTIONS = ("wagtail.unpublish", "wagtail.unpublish.scheduled", "ppid.takedown")


def superseded_publication(page: Page) -> str:
    """'' when the latest publication event of the page that the audit chain vouches for is
    the publication of its live revision; else why not. A page taken down (or unpublished)
    and made live again in the database with its old approved revision, or put back on an
    earlier revision than the one last published, is live on a publication the chain says
    has ended (issue 13, reattack13d break 2: any chained publish of the live revision was
    accepted, later take-downs and publications ignored)."""
    from wagtail.models import PageLogEntry

    from .chain import chained_entries

    events = PageLogEntry.objects.filter(
        page_id=page.pk, action__in=(*PUBLICATION_ACTIONS, *WITHDRAWAL_ACTIONS)
    )
    chained = sorted(chained_entries(PageLogEntry, events), key=lambda row: row["id"])
    if not chained:
        return ""  # unvouched_publication says so
    latest = chained[-1]
    if latest["action"] in WITHDRAWAL_ACTIONS:
        return _(
            "Live revision #%(revision)s: the page was taken down on %(when)s and not "
            "published again by the application"
        ) % {"revision": page.live_revision_id, "when": latest["timestamp"].date().isoformat()}
    if latest["revision_id"] != page.live_revision_id:
        return _(
            "Live revision #%(revision)s is not the one the application published last "
            "(#%(latest)s)"
        ) % {"revision": page.live_revision_id, "latest": latest["revision_id"]}
    return ""


def unvouched_publication(page: Page) -> str:
    """'' when the audit chain vouches for the page's live revision; else why not. Deny by
    default: the live revision must have a publication entry (wagtail.publish, or
    wagtail.publish.scheduled for a scheduled go-live, of exactly that revision) whose chain
    link still matches it under AUDIT_CHAIN_KEY - pages published at set-up (the demo loader,
    the first import) have one, so has every publication through the workflow, a forced
    publication or a scheduled go-live. When the workflow or a forced publication recorded a
    publication snapshot of the revision, the snapshot row must be the one the chain holds (its
    digest in a chained ppid.snapshot entry, its manifest hashing to that digest) and the live
    content must be the content it recorded. Found by the re-attack of issue 13: a revision
    inserted in the database and made live (live_revision_id, latest_revision_id, the title)
    showed a NIK and the watch, which compared the live page with that very revision, said
    nothing."""

    from wagtail.models import PageLogEntry

    from moderation.models import PublicationSnapshot
    from moderation.revisions import canonical_content
    from moderation.snapshot import sha256_hex

    from .chain import chained_entries

    revision_id = page.live_revision_id
    published = PageLogEntry.objects.filter(
        page_id=page.pk, action__in=PUBLICATION_ACTIONS, revision_id=revision_id
    )
    if not chained_entries(PageLogEntry, published):
        return _("Live revision #%(revision)s was never published by the application") % {
            "revision": revision_id
        }
    if stale := superseded_publication(page):
        return stale
    if not PublicationSnapshot.objects.filter(
        revision_id=revision_id, step__in=PUBLISHED_STEPS
    ).exists():
        # Deny by default: every publication records its content (set-up ones too, and pages
        # live before that have their baseline from moderation migration 0013).
        return _(
            "Live revision #%(revision)s has no publication snapshot: its content is not the "
            "one the audit log recorded"
        ) % {"revision": revision_id}
    content = sha256_hex(canonical_content(page.live_revision.content))
    recorded = live_content_snapshot(page, content)
    if recorded is not None and (recorded.manifest or {}).get("content") == content:
        return ""
    return _(
        "The content of live revision #%(revision)s is not the one the audit log recorded"
    ) % {"revision": revision_id}


def personal_data_summary(html: str) -> str:
    """The kinds of personal data the privacy scanner finds in a live render, counted."""
    counts: dict[str, int] = {}
    for finding in scan_text(html):
        if finding.kind not in SCANNED_KINDS:
            counts[finding.kind] = counts.get(finding.kind, 0) + 1
    return ", ".join(f"{kind} {count}x" for kind, count in sorted(counts.items()))


def settings_image_drift(page: Page) -> list[str]:
    """On a site's home page (once per site): the images the site settings show on every
    public page (logo, favicon; moderation.site_settings) against their released versions, so
    a file or title swapped in the database or on disk is seen there too; a released version
    whose digest the audit chain does not hold (asset_release_drift) as well."""
    from wagtail.images import get_image_model
    from wagtail.models import Site

    from moderation.site_settings import images_in_public_settings

    if not Site.objects.filter(root_page_id=page.pk).exists():
        return []
    images = get_image_model().objects.filter(pk__in=images_in_public_settings())
    return [
        f"{_('image')} «{masked(image.title)}» (#{image.pk})"
        for image in images.exclude(approved_digest="").order_by("pk")
        if asset_release_drift(image)
    ]


def check_page(page: Page, client: Client) -> list[Observation]:
    """Everything wrong with one live page, as the public sees it now."""
    from moderation.snapshot import restriction_state

    where = page_url(page)
    if where is None:
        return []
    host, path, secure = where
    url = f"{'https' if secure else 'http'}://{host}{path}"
    live = live_render(client, host, path, secure)
    unvouched = (
        _("No live revision") if page.live_revision_id is None else unvouched_publication(page)
    )
    if unvouched:
        # Nothing the public gets of this page is known to be approved: the live render is
        # privacy-scanned on its own (personal data named by kind and count, never the value).
        if personal := personal_data_summary(live.html):
            unvouched += "; " + _("personal data in the live page: %(kinds)s") % {
                "kinds": personal
            }
        observations = [Observation(page, url, AlertKind.NOT_APPROVED, unvouched)]
        approved = Rendered(200, "")
        compared = live
    else:
        approved = approved_render(page, host, path, secure)
        observations = []
        if drift := snapshot_drift(page):
            observations.append(Observation(page, url, AlertKind.CHANGED, drift))
        if restricted := restriction_drift(page):
            observations.append(Observation(page, url, AlertKind.CHANGED, restricted))
        if fields := row_drift(page) + bookkeeping_drift(page):
            detail = _(
                "The page's database row differs from its live revision (shown on listings, "
                "registers and exports): %(fields)s"
            ) % {"fields": ", ".join(fields)}
            observations.append(Observation(page, url, AlertKind.CHANGED, detail))
        # A restricted page is compared too (issue 13, reattack13d break 1: one restriction
        # row exempted every page below it): as a visitor who satisfies the restriction gets
        # it, since the public's render is the login or password form.
        compared = row_render(page, host, path, secure) if restriction_state(page.pk) else live
        if change := difference(compared, approved):
            observations.append(Observation(page, url, AlertKind.CHANGED, change))
    if settings_changes := settings_image_drift(page):
        changes = "; ".join(settings_changes)
        detail = _("Not the approved bytes: %(changes)s") % {"changes": changes}
        observations.append(Observation(page, url, AlertKind.CHANGED, detail))
    if live.status >= 500:
        observations.append(Observation(page, url, AlertKind.UNAVAILABLE, f"HTTP {live.status}"))
    # What the page's audience gets is scanned (a restricted page's, not its login form).
    for kind, excerpts in scanner_hits(page, compared, approved).items():
        shown = "; ".join(masked(excerpt) for excerpt in excerpts[:5])
        observations.append(Observation(page, url, kind, f"{len(excerpts)}x: {shown}"))
    return observations


def live_pages():
    return Page.objects.live().filter(depth__gt=1).specific().order_by("path")


def asset_public_url(asset) -> str:
    from wagtail.documents import get_document_model

    if isinstance(asset, get_document_model()):
        return asset.url
    return reverse("wagtailimages:edit", args=[asset.pk])


def asset_release_drift(asset) -> str:
    """'' when the document or image is the version last released and the audit chain holds
    that release (moderation.assets.DIGEST_ACTIONS, the latest entry vouched for); else a
    masked description. A released asset without a digest, or with a digest the chain does
    not hold (written in the database with the bytes it names), is not released."""
    from moderation.assets import released_version_vouched
    from moderation.snapshot import asset_digest, asset_state

    if not released_version_vouched(asset):
        return _("no release in the audit log")
    if asset_digest(asset_state(asset)) != asset.approved_digest:
        return _("not the released bytes")
    return ""


def released_assets(model):
    """Rows of a document or image `model` that are released or say so: a digest, or the
    release marks (published with a page, approved on its own, released)."""
    from django.db.models import Q

    marks = ~Q(approved_digest="")
    for name in ("published_at", "approved_at", "released_at"):
        if any(field.name == name for field in model._meta.concrete_fields):
            marks |= Q(**{f"{name}__isnull": False})
    return model.objects.filter(marks).order_by("pk")


def released_asset_drift(covered: set[str]) -> list[Observation]:
    """Every released document and image that no live page's check covered (`covered`: their
    asset keys): a document released on its own (served at /dokumen/), the logo or favicon of
    the approved site settings, an image approved on its own. Each is compared with the version
    last released (`approved_digest`): its file bytes, name, title and alt text, and that
    digest with the latest release the audit chain vouches for (asset_release_drift). Found by
    the red-team run: a document approved on its own, swapped on disk and in the database, was
    served to the public and the watch, which walked live pages only, said nothing."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from moderation.snapshot import asset_key

    observations = []
    for model in (get_document_model(), get_image_model()):
        for asset in released_assets(model).iterator():
            key = asset_key(asset)
            if key in covered:
                continue
            drift = asset_release_drift(asset)
            if not drift:
                continue
            kind = _("document") if key.startswith("document") else _("image")
            name = f"{kind} «{masked(asset.title)}» (#{asset.pk})"
            observations.append(
                Observation(
                    page=None,
                    url=asset_public_url(asset),
                    kind=AlertKind.ASSET_CHANGED,
                    detail=_("Not the released bytes (%(why)s): %(asset)s")
                    % {"why": drift, "asset": name},
                    title=name,
                )
            )
    return observations


def released_snippet_drift() -> list[Observation]:
    """Every released reviewed snippet (moderation.snippets: an information unit, whose name
    shows on DIP entries, the DIP lists, their exports and the public filter) against the
    values last released (`approved_digest`), whether or not any live page shows it: a
    rename made directly in the database is seen even where no page has a snapshot. The
    digest itself must be the latest one a chained release entry of that row holds
    (integrity.chain.vouched_digests, as for documents and images): a rename written together
    with a recomputed `approved_digest` is not a release (like settings approvals)."""
    from moderation.snapshot import snippet_digest
    from moderation.snippets import RELEASE_ACTION, reviewed_models

    from .chain import vouched_digests

    observations = []
    for model in reviewed_models():
        vouched = vouched_digests(model, (RELEASE_ACTION,))
        rows = model._default_manager.exclude(approved_digest="").order_by("pk")
        for snippet in rows.iterator():
            released = vouched.get(str(snippet.pk)) == snippet.approved_digest
            if released and snippet_digest(snippet) == snippet.approved_digest:
                continue
            name = f"{snippet._meta.verbose_name} «{masked(str(snippet))}» (#{snippet.pk})"
            url = reverse(
                f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit",
                args=[snippet.pk],
            )
            observations.append(
                Observation(
                    page=None,
                    url=url,
                    kind=AlertKind.SNIPPET_CHANGED,
                    detail=(
                        _("Not the released text: %(snippet)s")
                        if released
                        else _("Not the released text (no release in the audit log): %(snippet)s")
                    )
                    % {"snippet": name},
                    title=name,
                )
            )
    return observations


def settings_approval_drift() -> list[Observation]:
    """The approved settings the public site renders (moderation.site_settings: the office's
    name, address and contacts on every page; moderation.reviewed_settings: the security
    contact, the scanner's allow-list...), against the audit chain's record of the approval.
    For each site and setting, the latest approval row must hold values that hash to its
    digest, and that digest must be in a ppid.settings.approve entry of that setting whose
    chain link still matches under AUDIT_CHAIN_KEY: an insider who rewrites the values and the
    digest beside them, or inserts a new approval row, cannot forge that entry. No exception:
    the set-up baseline (the values in use before approvals existed) has its chained entry
    too (moderation migration 0010, record_initial_approval), so a row "approved by nobody"
    inserted in the database is not taken for it. Found by the re-attack of issue 13: a private
    mobile number and gmail written into the approved values showed on every public page."""
    from wagtail.models import ModelLogEntry

    from moderation.models import SiteSettingsApproval
    from moderation.reviewed_settings import values_digest

    from .chain import chained_entries

    entries = ModelLogEntry.objects.filter(action="ppid.settings.approve")
    vouched = {
        ((row["data"] or {}).get("setting") or "office", (row["data"] or {}).get("digest"))
        for row in chained_entries(ModelLogEntry, entries)
    }
    observations = []
    approvals = SiteSettingsApproval.objects.order_by("site_id", "setting", "approved_at", "pk")
    latest: dict[tuple[int, str], SiteSettingsApproval] = {}
    for approval in approvals.iterator():
        latest[(approval.site_id, approval.setting)] = approval
    for _key, approval in sorted(latest.items()):
        intact = values_digest(approval.values) == approval.digest
        if intact and (approval.setting, approval.digest) in vouched:
            continue
        name = f"{_('site settings approval')} «{approval.setting}» (#{approval.pk})"
        observations.append(
            Observation(
                page=None,
                url=reverse("wagtailadmin_home"),
                kind=AlertKind.SNIPPET_CHANGED,
                detail=_("Not the approved settings (no approval in the audit log): %(row)s")
                % {"row": name},
                title=name,
            )
        )
    return observations


def redirect_drift() -> list[Observation]:
    """Every redirect the public does not follow because no verified approval covers it as it
    is now (moderation.redirects): new, changed since its approval, or with an approval the
    audit chain does not vouch for. The public keeps the 404 there; the alert says that an
    address's answer is waiting for a second person, or was changed behind the admin's back."""
    from moderation.redirects import latest_approval, waiting

    observations = []
    for redirect in waiting():
        state = _("changed since its approval") if latest_approval(redirect) else _("new")
        name = f"{_('redirect')} {masked(redirect.old_path)} (#{redirect.pk})"
        observations.append(
            Observation(
                page=None,
                url=reverse("wagtailredirects:edit", args=[redirect.pk]),
                kind=AlertKind.REDIRECT_UNAPPROVED,
                detail=_("Not approved (%(state)s): %(redirect)s -> %(target)s")
                % {"state": state, "redirect": name, "target": masked(redirect.link or "")},
                title=name,
            )
        )
    return observations


MANIFEST_PROBLEMS = {
    "missing": _lazy("no deployment manifest (run manage.py integrity_manifest at deployment)"),
    "signature": _lazy("the deployment manifest's signature does not hold"),
    "not_logged": _lazy("the deployment manifest is not the latest one in the audit log"),
}
FILES_NAMED = 20  # files named one by one; the rest in one alert


def manifest_drift() -> list[Observation]:
    """Templates, static files and translations on disk against the signed deployment manifest
    (integrity.manifest): every file added, changed or removed since deployment is an alert,
    so is a manifest that is missing, unsigned or not the one the audit chain names."""
    from .manifest import check, manifest_path

    drift = check()
    where = str(manifest_path() or "")
    if drift.problem:
        title = _("Deployment manifest")
        detail = str(MANIFEST_PROBLEMS[drift.problem])
        return [Observation(None, where, AlertKind.FILE_CHANGED, detail, title=title)]
    labels = [
        *((path, _("file added after deployment")) for path in drift.added),
        *((path, _("file changed after deployment")) for path in drift.changed),
        *((path, _("file removed after deployment")) for path in drift.removed),
    ]
    observations = [
        Observation(None, path, AlertKind.FILE_CHANGED, f"{label}: {path}", title=path)
        for path, label in labels[:FILES_NAMED]
    ]
    if rest := labels[FILES_NAMED:]:
        detail = _("%(count)s more file(s) differ from the deployment, the first: %(path)s") % {
            "count": len(rest),
            "path": rest[0][0],
        }
        title = _("Deployment manifest")
        observations.append(Observation(None, where, AlertKind.FILE_CHANGED, detail, title=title))
    return observations


def site_drift() -> list[Observation]:
    """Every Site (host name, port, root page, default) against the last state approved in the
    set-up: the latest `ppid.site.approved` entry of that Site that the audit chain vouches for
    (moderation.sites; the sites of an installation before it have theirs from integrity
    migration 0011). A Site changed in the database, or one with no vouched entry, is an alert
    (issue 13, live13 break 6: a superuser re-rooted the public site from the admin)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry, Site

    from moderation.sites import APPROVED_ACTION, DELETED_ACTION, site_state

    from .chain import chained_entries

    entries = ModelLogEntry.objects.filter(
        action__in=[APPROVED_ACTION, DELETED_ACTION],
        content_type=ContentType.objects.get_for_model(Site),
    )
    latest: dict[str, dict] = {}
    for row in sorted(chained_entries(ModelLogEntry, entries), key=lambda row: row["id"]):
        if row["action"] == DELETED_ACTION:
            latest.pop(row["object_id"], None)
        else:
            latest[row["object_id"]] = row["data"] or {}
    observations = []
    # An approved Site that is gone without a chained deletion (deleted in the database).
    existing = {str(pk) for pk in Site.objects.values_list("pk", flat=True)}
    for object_id, recorded in sorted(latest.items()):
        if object_id in existing:
            continue
        name = (
            f"{_('site')} «{masked(str(recorded.get('hostname', '')))}:"
            f"{recorded.get('port')}» (#{object_id})"
        )
        observations.append(
            Observation(
                page=None,
                url=reverse("wagtailsites:index"),
                kind=AlertKind.SITE_CHANGED,
                detail=_("An approved site was deleted outside the set-up: %(site)s")
                % {"site": name},
                title=name,
            )
        )
    for site in Site.objects.order_by("pk"):
        state = site_state(site)
        recorded = latest.get(str(site.pk))
        if recorded is not None and {name: recorded.get(name) for name in state} == state:
            continue
        name = f"{_('site')} «{masked(site.hostname)}:{site.port}» (#{site.pk})"
        observations.append(
            Observation(
                page=None,
                url=reverse("wagtailsites:edit", args=[site.pk]),
                kind=AlertKind.SITE_CHANGED,
                detail=_("Not the site approved in the set-up: %(site)s") % {"site": name},
                title=name,
            )
        )
    return observations


SCHEDULE_ACTION = "wagtail.publish.schedule"
SCHEDULE_ENDS = (
    "ppid.schedule.cancel",  # the Koordinator's cancellation, with a reason
    "ppid.schedule.held",  # held at go-live (not what was approved)
    "wagtail.schedule.cancel",
    "wagtail.publish",  # a publication supersedes the schedule (Wagtail unschedules)
    "wagtail.publish.scheduled",  # it went live
)


def withdrawal_drift() -> list[Observation]:
    """Every page that is not live although the latest publication event of it that the audit
    chain vouches for is a publication (no unpublication, expiry or take-down after it): taken
    off the public site in the database (its `live` column), which no revision or entry records
    (issue 13, attack13q: `live` decides what is served; it is not bookkeeping)."""
    from wagtail.models import PageLogEntry

    from .chain import chained_entries

    hidden = Page.objects.filter(depth__gt=1, live=False)
    events = PageLogEntry.objects.filter(
        page_id__in=hidden.values("pk"), action__in=(*PUBLICATION_ACTIONS, *WITHDRAWAL_ACTIONS)
    )
    latest: dict[int, str] = {}
    for row in sorted(chained_entries(PageLogEntry, events), key=lambda row: row["id"]):
        latest[row["page_id"]] = row["action"]
    published = sorted(pk for pk, action in latest.items() if action in PUBLICATION_ACTIONS)
    return [
        Observation(
            page=page,
            url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            kind=AlertKind.CHANGED,
            detail=_(
                "The page is not live although the application published it and never took "
                "it down: changed outside the application"
            ),
        )
        for page in Page.objects.filter(pk__in=published).order_by("path")
    ]


def schedule_drift() -> list[Observation]:
    """Every scheduled publication the audit chain holds (the latest chained
    wagtail.publish.schedule of a page, not ended by a chained cancellation, hold or
    publication) that is no longer as it was scheduled: its revision deleted or its
    approved_go_live_at cleared in the database, its go-live moved (another date than the
    chained entry's), or its page deleted. Nothing records such a change, so the watch names
    it."""
    from django.utils.dateparse import parse_datetime
    from wagtail.models import PageLogEntry, Revision

    from .chain import chained_entries

    entries = PageLogEntry.objects.filter(action__in=[SCHEDULE_ACTION, *SCHEDULE_ENDS])
    pending: dict[int, tuple[int, object, int]] = {}
    for row in sorted(chained_entries(PageLogEntry, entries), key=lambda row: row["id"]):
        if row["action"] == SCHEDULE_ACTION:
            scheduled = (row["data"] or {}).get("revision") or {}
            revision = scheduled.get("id") or row["revision_id"]
            if revision:
                go_live = scheduled.get("go_live_at")
                go_live = parse_datetime(go_live) if isinstance(go_live, str) else None
                pending[row["page_id"]] = (revision, go_live, row["id"])
        else:
            pending.pop(row["page_id"], None)
    if not pending:
        return []
    still = dict(
        Revision.objects.filter(
            pk__in=[revision for revision, _go_live, _entry in pending.values()],
            approved_go_live_at__isnull=False,
        ).values_list("pk", "approved_go_live_at")
    )
    pages = Page.objects.in_bulk(list(pending))
    labels = dict(
        PageLogEntry.objects.filter(
            pk__in=[entry for _revision, _go_live, entry in pending.values()]
        ).values_list("pk", "label")
    )
    observations = []
    for page_id, (revision, go_live, entry) in sorted(pending.items()):
        page = pages.get(page_id)
        if page is None:
            observations.append(
                Observation(
                    page=None,  # one open alert per deleted page: its old admin address
                    url=reverse("wagtailadmin_pages:edit", args=[page_id]),
                    kind=AlertKind.HELD,
                    title=labels.get(entry) or f"#{page_id}",
                    detail=_(
                        "The page %(page)s, scheduled for publication (revision %(revision)s), "
                        "was deleted without the schedule being cancelled through the SOP (no "
                        "cancellation in the audit log)."
                    )
                    % {"page": page_id, "revision": revision},
                )
            )
            continue
        now = still.get(revision)
        if now is not None and (go_live is None or abs((now - go_live).total_seconds()) < 1):
            continue
        if now is None:
            detail = _(
                "The scheduled publication of revision %(revision)s was cancelled "
                "outside the SOP (no cancellation in the audit log)."
            ) % {"revision": revision}
        else:
            detail = _(
                "The go-live of revision %(revision)s was changed outside the SOP: approved "
                "for %(approved)s, now %(now)s."
            ) % {
                "revision": revision,
                "approved": go_live.isoformat(),
                "now": now.isoformat(),
            }
        observations.append(
            Observation(
                page=page,
                url=reverse("wagtailadmin_pages:revisions_index", args=[page.pk]),
                kind=AlertKind.HELD,
                detail=detail,
            )
        )
    return observations


def exemption_drift() -> list[Observation]:
    """Every entry the audit chain holds as exempt (ppid_pages.exemption: marked, not lifted
    by the finish action since) whose ExemptInformation record was lifted or deleted in the
    database. The public still gets nothing of it (the chain decides), but nothing in the
    workflow lifted it, so the watch names it."""
    from ppid_pages.exemption import chained_withheld
    from ppid_pages.models import ExemptInformation

    held = chained_withheld()
    if not held:
        return []
    standing = set(
        ExemptInformation.objects.filter(entry_id__in=held, lifted_at__isnull=True).values_list(
            "entry_id", flat=True
        )
    )
    pages = Page.objects.in_bulk(sorted(held - standing))
    observations = []
    for page_id in sorted(held - standing):
        page = pages.get(page_id)
        name = f"{_('page')} #{page_id}"
        observations.append(
            Observation(
                page=page,
                url=reverse("wagtailadmin_pages:edit", args=[page_id]),
                kind=AlertKind.CHANGED,
                detail=_(
                    "The exemption of this entry was lifted or deleted outside the workflow "
                    "(no lift in the audit log): it stays exempt for the public."
                ),
                title="" if page else name,
            )
        )
    return observations


def exemption_history_drift() -> list[Observation]:
    """The audit chain no longer vouches for the exemption history (ppid_pages.exemption.
    exemption_breaks): an exemption entry or exempt version deleted or edited in the database
    names its entry or asset; a link missing or changed names nothing, and then every DIP
    entry, document and image is withheld from the public and every content check refuses
    until the audit log is restored (issue 13, verify13i B1)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import PageLogEntry

    from ppid_pages.exemption import EXEMPTION_ACTIONS

    from .chain import entry_type, subject_breaks
    from .management.commands.verify_audit_chain import REASONS

    breaks = subject_breaks(EXEMPTION_ACTIONS)  # read now, never a copy kept for the public
    observations = []
    if breaks.unnamed:
        detail = _(
            "A link of the audit log was removed or changed outside the application: "
            "the exemption history cannot be vouched for, so the public gets no entry "
            "of the Daftar Informasi Publik, no document and no image until the audit "
            "log is restored from a backup."
        )
        if breaks.anchor:  # the chain does not hold its anchor (integrity.anchor)
            detail = f"{detail} ({_(REASONS[breaks.anchor])})"
        observations.append(
            Observation(
                page=None,
                url=reverse("wagtailadmin_home"),
                kind=AlertKind.CHANGED,
                detail=detail,
                title=str(_("Audit log")),
            )
        )
    page_kind = entry_type(PageLogEntry)
    for kind, action, subject in sorted(breaks.named):
        if kind == page_kind:
            page = Page.objects.filter(pk=subject).first() if subject.isdigit() else None
            url = reverse("wagtailadmin_pages:edit", args=[page.pk]) if page else ""
            name = f"{_('page')} #{subject}"
        else:
            content_type_id, _sep, object_id = subject.partition(":")
            content_type = ContentType.objects.filter(pk=content_type_id or None).first()
            model = content_type.model_class() if content_type else None
            asset = model.objects.filter(pk=object_id).first() if model else None
            page, url = None, asset_public_url(asset) if asset is not None else ""
            name = f"{model._meta.verbose_name if model else kind} #{object_id}"
        observations.append(
            Observation(
                page=page,
                url=url or f"#audit-{kind}-{subject}",
                kind=AlertKind.CHANGED,
                detail=_(
                    "An exemption entry of the audit log (%(action)s) was deleted or changed "
                    "outside the application: this stays exempt for the public."
                )
                % {"action": action},
                title="" if page else name,
            )
        )
    return observations


def exempt_asset_drift() -> list[Observation]:
    """Every document or image the audit chain holds as exempt for an entry (ppid_pages.
    exemption.ASSET_EXEMPT_ACTION, not lifted since) that still exists but whose ExemptAsset
    row for that entry is missing: deleted in the database (issue 13, reattack13f). The public
    still gets nothing of it and the content check still compares with its chained versions
    (ppid_pages.exempt_versions), but nothing in the workflow removed it."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import ModelLogEntry

    from ppid_pages.exemption import ASSET_EXEMPT_ACTION, ASSET_LIFT_ACTION
    from ppid_pages.models.dip import ExemptAsset

    from .chain import chained_entries

    observations = []
    for model, field in ((get_document_model(), "document"), (get_image_model(), "image")):
        entries = ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            action__in=(ASSET_EXEMPT_ACTION, ASSET_LIFT_ACTION),
        )
        latest: dict[tuple[int, object], str] = {}
        for row in sorted(chained_entries(ModelLogEntry, entries), key=lambda row: row["id"]):
            key = (int(row["object_id"]), (row["data"] or {}).get("entry"))
            latest[key] = row["action"]
        held = {key for key, action in latest.items() if action == ASSET_EXEMPT_ACTION}
        if not held:
            continue
        rows = set(
            ExemptAsset.objects.filter(**{f"{field}__isnull": False}).values_list(
                f"{field}_id", "exemption__entry_id"
            )
        )
        assets = model.objects.in_bulk(sorted({pk for pk, _entry in held}))
        for pk, entry in sorted(held - rows, key=str):
            asset = assets.get(pk)
            if asset is None:
                continue
            observations.append(
                Observation(
                    page=None,
                    url=asset_public_url(asset),
                    kind=AlertKind.CHANGED,
                    detail=_(
                        "The record that this file is exempt information (entry #%(entry)s) "
                        "was deleted outside the workflow: it stays exempt for the public and "
                        "for the content check."
                    )
                    % {"entry": entry},
                    title=f"«{masked(asset.title)}» (#{pk})",
                )
            )
    return observations


def rendition_drift() -> list[Observation]:
    """Every rendition (resized picture file) of a released image whose file on disk is not
    the one made from the image: the hash recorded when it was made (ppid_pages.renditions)
    against the file's bytes now. The public image view makes such a file again or refuses it;
    the alert says someone wrote to the media folder."""
    from wagtail.images import get_image_model

    from moderation.snapshot import MISSING, file_sha256

    released = get_image_model().objects.exclude(released_at=None, approved_digest="")
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(image__in=released)
        .exclude(sha256="")
        .select_related("image")
        .order_by("pk")
    )
    observations = []
    for rendition in renditions.iterator():
        found = file_sha256(rendition.file.storage, rendition.file.name)
        if found in (MISSING, rendition.sha256):
            continue
        image = rendition.image
        name = f"{_('image')} «{masked(image.title)}» (#{image.pk}), {rendition.filter_spec}"
        observations.append(
            Observation(
                page=None,
                url=rendition.url,
                kind=AlertKind.ASSET_CHANGED,
                detail=_("Not the bytes made from the released image: %(rendition)s")
                % {"rendition": name},
                title=name,
            )
        )
    return observations


def live_asset_keys(page: Page) -> set[str]:
    """The documents and images of the page's live revision (checked with the page)."""
    from moderation.snapshot import asset_key, assets_of

    if page.live_revision is None:
        return set()
    return {asset_key(asset) for asset in assets_of(page.live_revision.as_object())}


def observe_all() -> list[Observation]:
    """Check every live page; a page that fails to render is an alert, not a crash."""
    client = Client(raise_request_exception=False)
    observations: list[Observation] = []
    # Exempt entries answer 404 by design: Django's "Not Found" warnings would only be noise.
    request_logger = logging.getLogger("django.request")
    level = request_logger.level
    request_logger.setLevel(logging.ERROR)
    try:
        covered: set[str] = set()
        for page in live_pages():
            observations += check_one(page, client)
            covered |= live_asset_keys(page)
        observations += released_asset_drift(covered)
        observations += released_snippet_drift()
        observations += rendition_drift()
        observations += settings_approval_drift()
        observations += manifest_drift()
        observations += redirect_drift()
        observations += site_drift()
        observations += schedule_drift()
        observations += withdrawal_drift()
        observations += exemption_drift()
        observations += exempt_asset_drift()
        observations += exemption_history_drift()
    finally:
        request_logger.setLevel(level)
    return observations


def check_one(page: Page, client: Client) -> list[Observation]:
    """check_page, with a page that fails to render reported instead of stopping the watch."""
    try:
        return check_page(page, client)
    except Exception as error:  # noqa: BLE001 - one broken page must not stop the watch
        logger.exception("integrity watch could not check page %s", page.pk)
        return [Observation(page, page.url or "", AlertKind.UNAVAILABLE, type(error).__name__)]
