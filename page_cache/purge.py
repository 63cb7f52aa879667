"""Purge the CDN or reverse proxy in front of the site (wagtail.contrib.frontend_cache).

Driven by the same events as the page cache (page_cache.signals), after the commit (a purge
before it would let the proxy fetch and keep the old page again). Only when
WAGTAILFRONTENDCACHE is configured (from the environment, settings/production.py): otherwise
nothing here runs. A change of a page purges the page and the listings above it; any other
change (settings, a document, an image, a unit, a move...) purges every live page, since any
page may show it. Either also purges the files of the documents and images involved (their
/dokumen/ addresses and every rendition file): after a take-down, or when an asset stops being
public, no shared cache keeps serving them (asset_paths). URLs the purge cannot name (query
strings: search, filters, page numbers) are never kept by a shared cache (page_cache.middleware,
s-maxage=0).
"""

import logging
import threading
import uuid

from django.conf import settings
from django.db import transaction
from wagtail.models import Page

logger = logging.getLogger(__name__)

EVERYTHING = "*"
_pending = threading.local()
_migrating = False  # between pre_migrate and post_migrate: the tables are being built


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None)) and not _migrating


def migration_started(**kwargs) -> None:
    """`migrate` runs: nothing is purged until it ends. The models' tables are not those of
    the code yet (an empty database failed on wagtailcore_page.translation_key when a purge
    read the live pages after a migration's commit), and a database being migrated has not
    been served from."""
    global _migrating  # noqa: PLW0603 - one flag per process, set by migrate's signals
    _migrating = True
    pending().clear()


def migration_finished(**kwargs) -> None:
    global _migrating  # noqa: PLW0603
    _migrating = False
    pending().clear()


def connect_pre_save() -> None:
    from django.apps import apps
    from django.db.models.signals import pre_save

    for model in apps.get_models():
        if issubclass(model, Page):
            uid = f"page_cache.purge.pre_save.{model._meta.label_lower}"
            pre_save.connect(page_pre_save, sender=model, dispatch_uid=uid)
    from wagtail.models import Site

    pre_save.connect(site_pre_save, sender=Site, dispatch_uid="page_cache.purge.site_pre_save")


def site_pre_save(sender, instance=None, raw=False, **kwargs) -> None:
    """Before a Site's save: its committed root URL, when the save changes it (a hostname,
    port or scheme changed): every address under the old one is purged too, no purge of the
    new one names them (issue 18, verify18e 4)."""
    if raw or instance is None:
        return
    instance._purge_root_url_before = None
    if instance.pk is None or not enabled():
        return
    from wagtail.models import Site

    before = Site.objects.filter(pk=instance.pk).first()
    if before is not None and before.root_url != instance.root_url:
        instance._purge_root_url_before = before.root_url


def connect_migrate() -> None:
    from django.db.models.signals import post_migrate, pre_migrate

    pre_migrate.connect(migration_started, dispatch_uid="page_cache.purge.migration_started")
    post_migrate.connect(migration_finished, dispatch_uid="page_cache.purge.migration_finished")


# The order in which a purge sends the addresses (issue 18, attack18h 3): within the time
# budget of the request (backends.time_budget) a slow proxy gets only the first few, so the
# change's own addresses (the page taken down, its sub-addresses, its files) go first, then the
# listings above it, then the rest (the views outside the tree, every other address).
OWN, LISTINGS, REST = 0, 1, 2


class Pending(dict):
    """The addresses to purge after the commit: {item: rank}, an item keeping its lowest
    (most urgent) rank."""

    def add(self, item, rank: int = REST) -> None:
        if rank < self.get(item, REST + 1):
            self[item] = rank

    def update(self, items, rank: int = REST) -> None:
        for item in items:
            self.add(item, rank)


def pending() -> Pending:
    if not hasattr(_pending, "items"):
        _pending.items = Pending()
    return _pending.items


# Public views outside the page tree whose content changes with a public change (the menu,
# the approved office, the sitemap's list of pages, the favicon...): purged on every public
# change. Their addresses with a query (search results) are never kept by a shared cache
# (page_cache.middleware: s-maxage=0), since no purge can name them all.
OUTSIDE_TREE_VIEWS = (
    "search",
    "sitemap",
    "sitemap_section",  # its first page; the others (?p=N) are never kept by a shared cache
    "robots_txt",
    "favicon",
    "display_settings",
    "display_css",
    "security_txt",
    "service_reports_public:statistics",
    "information_requests:request_form",
    "information_requests:sent",
    "information_requests:track_form",
)


def outside_tree_paths() -> set[str]:
    from django.urls import NoReverseMatch, reverse

    paths = set()
    for name in OUTSIDE_TREE_VIEWS:
        try:
            paths.add(reverse(name))
        except NoReverseMatch:  # a view this deployment does not route
            continue
    return paths


# What every public page may show of a live page besides its own address: its title and
# address in the menus, the section menu, the breadcrumbs and the footer, and whether it shows
# at all (live, show_in_menus). A change of one of them, or of the set of live pages, changes
# pages that no purge of the page and its listings names: every public page is purged.
SHOWN_EVERYWHERE = ("live", "title", "slug", "url_path", "show_in_menus")


def page_pre_save(sender, instance=None, raw=False, update_fields=None, **kwargs) -> None:
    """Before a page's save, compare it with its committed row: its old url_path when the save
    changes it (a slug changed and published, a move: the old addresses and those of its
    sub-pages must be purged), and whether the save changes what every page shows of it."""
    if raw or not isinstance(instance, Page):
        return
    instance._purge_url_path_before = None
    instance._purge_everything = False
    instance._purge_assets_before = (set(), set())
    if not enabled():
        return
    if instance.pk is not None and not (update_fields and set(update_fields) <= DRAFT_FIELDS):
        instance._purge_assets_before = assets_before(instance)
    before = None
    if instance.pk is not None:
        before = Page.objects.filter(pk=instance.pk).values(*SHOWN_EVERYWHERE).first()
    if before is None:  # a new page: every page shows it when it is created live
        instance._purge_everything = bool(instance.live)
        return
    if instance.url_path and before["url_path"] and before["url_path"] != instance.url_path:
        instance._purge_url_path_before = before["url_path"]
    instance._purge_everything = shown_everywhere_changed(before, instance)


# A save of only these fields (save_revision(), a lock, an unlock) changes no live content:
# the public page is rendered from the live fields (page_cache.signals adds Wagtail's comments).
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def assets_before(instance: Page) -> tuple[set[int], set[int]]:
    """(document ids, image ids) the committed row of `instance` (its live content, with its
    child rows, not yet replaced by this save) uses: a document or image the new content no
    longer uses is purged too (issue 18, verify18c 2)."""
    from django.core.exceptions import ObjectDoesNotExist

    from moderation.snapshot import referenced_asset_ids

    try:
        committed = type(instance).objects.get(pk=instance.pk)
    except ObjectDoesNotExist:
        return set(), set()
    return referenced_asset_ids(committed)


def shown_everywhere_changed(before: dict, page: Page) -> bool:
    """The save of `page` (committed row `before`) adds it to or removes it from the live
    pages, or changes what the menus, footers and breadcrumbs of every page show of it."""
    if bool(before["live"]) != bool(page.live):
        return True
    return bool(page.live) and any(
        before[name] != getattr(page, name) for name in SHOWN_EVERYWHERE if name != "live"
    )


def routable_content_type_ids() -> set[int]:
    """The content types of the page models with sub-addresses (RoutablePageMixin)."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    models = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and issubclass(model, RoutablePageMixin)
    ]
    return {ContentType.objects.get_for_model(model).pk for model in models}


def cached_paths(page: Page) -> list[str]:
    """Every address `page` serves, relative to its own ("/" is the page; a routable page's
    sub-addresses: ppid_pages.models.routes), live or not, deleted or not."""
    from django.core.exceptions import ObjectDoesNotExist

    try:
        specific = page.specific
    except ObjectDoesNotExist:  # deleted: the specific row is gone
        specific = page
    return sorted(set(specific.get_cached_paths()) | {"/"})


def under(url_path: str, relative: str) -> str:
    """The url_path of the address `relative` ("/", "/kategori/berkala/") of a page at
    `url_path`."""
    return url_path.rstrip("/") + "/" + relative.lstrip("/")


def subtree_paths(page: Page, new_prefix: str, old_prefix: str) -> set[str]:
    """The old url_paths of every address of the pages below `page` (moved from old_prefix to
    new_prefix), sub-addresses of routable pages included."""
    routable = routable_content_type_ids()
    below = Page.objects.filter(path__startswith=page.path, depth__gt=page.depth)
    paths = set()
    routable_ids = []
    for pk, url_path, content_type_id in below.values_list(
        "pk", "url_path", "content_type_id"
    ).iterator():
        if url_path.startswith(new_prefix):
            old = old_prefix + url_path[len(new_prefix) :]
        elif url_path.startswith(old_prefix):  # not rewritten yet (Page.save)
            old = url_path
        else:
            continue
        paths.add(old)
        if content_type_id in routable:
            routable_ids.append((pk, old))
    if routable_ids:
        olds = dict(routable_ids)
        for descendant in Page.objects.filter(pk__in=olds).specific():
            paths.update(under(olds[descendant.pk], sub) for sub in cached_paths(descendant))
    return paths


def schedule(instance, url_path_before: str | None = None, deleted: bool = False) -> None:
    if not enabled():
        return
    items = pending()
    items.update(("path", path) for path in outside_tree_paths())
    if isinstance(instance, Page) and not url_path_before:
        url_path_before = getattr(instance, "_purge_url_path_before", None)
    if isinstance(instance, Page):
        # The page's own addresses now, every sub-address of a routable page included (also
        # when it is no longer live, or deleted: the purge of the live pages no longer names
        # them), and the listings above it.
        items.update(
            (("page", page.pk) for page in instance.get_ancestors() if page.depth > 1), LISTINGS
        )
        if instance.full_url:
            items.add(("url", instance.full_url), OWN)
        sub_paths = cached_paths(instance)
        if instance.url_path:
            items.update((("url_path", under(instance.url_path, sub)) for sub in sub_paths), OWN)
        # Every page shows it (menus, footer, breadcrumbs, section menus, links): a change of
        # the set of live pages or of what they show of it purges every public page.
        if getattr(instance, "_purge_everything", False) or (deleted and instance.live):
            items.add(EVERYTHING)
        if url_path_before:
            # Moved or renamed: every old address of it and of the pages below it, and every
            # page (links to it changed).
            items.add(EVERYTHING)
            items.update((("url_path", under(url_path_before, sub)) for sub in sub_paths), OWN)
            items.update(
                (
                    ("url_path", path)
                    for path in subtree_paths(instance, instance.url_path, url_path_before)
                ),
                LISTINGS,
            )
    else:
        items.add(EVERYTHING)
        root_before = old_root_url(instance, deleted)
        if root_before:
            items.add(("old_site", (root_before, instance.root_page_id)))
        url = getattr(instance, "url", None)  # a row's own address (a document's, ...)
        if isinstance(url, str) and url.startswith("/"):
            items.add(("path", url), OWN)
    # The files of the documents and images it is or uses: a take-down, a new version or an
    # asset no longer public must not leave them in a shared cache either.
    files = asset_paths(instance, subtree=bool(url_path_before))
    items.update((("path", path) for path in files), OWN)
    transaction.on_commit(flush)


def old_root_url(instance, deleted: bool) -> str | None:
    """The root URL whose addresses no longer lead to `instance`'s pages: a Site whose
    hostname, port or scheme changed (site_pre_save), or a deleted Site."""
    from wagtail.models import Site

    if not isinstance(instance, Site):
        return None
    if deleted:
        return instance.root_url
    return getattr(instance, "_purge_root_url_before", None)


def old_site_urls(root_url: str, root_page_id: int) -> list[str]:
    """Every address a Site served under `root_url` (its old hostname): its live pages with
    their sub-addresses, the views outside the tree and the files of documents and pictures."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    paths = set(outside_tree_paths())
    paths.update(document.url for document in get_document_model().objects.all())
    renditions = get_image_model().get_rendition_model().objects.all()
    paths.update(rendition.url for rendition in renditions)
    root = Page.objects.filter(pk=root_page_id).first()
    if root is not None:
        for page in Page.objects.live().descendant_of(root, inclusive=True).specific():
            relative = page.url_path[len(root.url_path) :]
            paths.update(under("/" + relative, sub) for sub in cached_paths(page))
    return sorted(
        root_url + path for path in paths if isinstance(path, str) and path.startswith("/")
    )


def purge_old_site_later(root_url: str, root_page_id: int) -> None:
    """old_site_urls to every backend, from a Celery job (page_cache.purge_old_site); inline
    when the broker is down."""
    from config.celery import enqueue

    if not enqueue("page_cache.purge_old_site", root_url, root_page_id):
        purge_old_site(root_url, root_page_id)


def purge_old_site(root_url: str, root_page_id: int) -> None:
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_urls(old_site_urls(root_url, root_page_id))
    batch.purge()


def asset_paths(instance, subtree: bool = False) -> set[str]:
    """The public addresses of the documents and images `instance` is or uses: a document's
    /dokumen/ address, every rendition file of an image (/media/images/...). For a page, those
    of every document and image its content uses (with `subtree`, those of the pages below it
    too: moved under a restricted section); for any other row, those its foreign keys name: a
    document or an image (a DIP attachment, an exemption record), every asset of a collection
    and of the collections below it (a collection's view restriction), every asset used by a
    page and the pages below it (a page's view restriction, a take-down record)."""
    from django.core.exceptions import ObjectDoesNotExist
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    from moderation.snapshot import referenced_asset_ids

    document_model, image_model = get_document_model(), get_image_model()
    documents: set[int] = set()
    images: set[int] = set()
    collections: set[int] = set()
    pages: set[int] = set()
    if isinstance(instance, document_model):
        documents.add(instance.pk)
    elif isinstance(instance, image_model):
        images.add(instance.pk)
    elif isinstance(instance, Collection):
        collections.add(instance.pk)
    elif isinstance(instance, Page):
        try:
            documents, images = referenced_asset_ids(instance.specific)
        except ObjectDoesNotExist:  # deleted: the specific row is gone
            documents, images = referenced_asset_ids(instance)
        # Those the content before this save used (a document or image removed by the
        # publication is no longer read from the new content).
        documents_before, images_before = getattr(instance, "_purge_assets_before", ((), ()))
        documents, images = documents | set(documents_before), images | set(images_before)
        if subtree:
            pages.add(instance.pk)
    else:
        for field in instance._meta.concrete_fields:
            if not field.is_relation or (value := getattr(instance, field.attname)) is None:
                continue
            related = field.related_model
            if related is document_model:
                documents.add(value)
            elif related is image_model:
                images.add(value)
            elif related is not None and issubclass(related, Collection):
                collections.add(value)
            elif related is not None and issubclass(related, Page):
                pages.add(value)
    if collections:
        tree = Collection.objects.none()
        for collection in Collection.objects.filter(pk__in=collections):
            tree |= Collection.objects.descendant_of(collection, inclusive=True)
        ids = list(tree.values_list("pk", flat=True))
        documents |= set(
            document_model.objects.filter(collection_id__in=ids).values_list("pk", flat=True)
        )
        images |= set(
            image_model.objects.filter(collection_id__in=ids).values_list("pk", flat=True)
        )
    if pages:
        more_documents, more_images = subtree_asset_ids(pages)
        documents |= more_documents
        images |= more_images
    paths = {document.url for document in document_model.objects.filter(pk__in=documents)}
    renditions = image_model.get_rendition_model().objects.filter(image_id__in=images)
    paths |= {rendition.url for rendition in renditions}
    return {path for path in paths if isinstance(path, str) and path.startswith("/")}


def subtree_asset_ids(page_ids: set[int]) -> tuple[set[int], set[int]]:
    """(document ids, image ids) used by these pages and every page below them (Wagtail's
    reference index: one query for the pages, one for their references)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import Q
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import ReferenceIndex

    paths = Page.objects.filter(pk__in=page_ids).values_list("path", flat=True)
    match = Q(pk__in=[])
    for path in paths:
        match |= Q(path__startswith=path)
    ids = [str(pk) for pk in Page.objects.filter(match).values_list("pk", flat=True)]
    if not ids:
        return set(), set()
    document_type = ContentType.objects.get_for_model(get_document_model())
    image_type = ContentType.objects.get_for_model(get_image_model())
    references = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=ids,
        to_content_type__in=(document_type, image_type),
    ).values_list("to_content_type_id", "to_object_id")
    documents, images = set(), set()
    for content_type_id, object_id in references:
        (documents if content_type_id == document_type.pk else images).add(int(object_id))
    return documents, images


def schedule_everything() -> None:
    """Purge every live page, the views outside the tree and the file of every document and
    picture (a restore replaced them all)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    if not enabled():
        return
    items = pending()
    items.add(EVERYTHING)
    items.update(("path", path) for path in outside_tree_paths())
    files = [document.url for document in get_document_model().objects.all()]
    files += [rendition.url for rendition in get_image_model().get_rendition_model().objects.all()]
    items.update(("path", url) for url in files if isinstance(url, str) and url.startswith("/"))
    transaction.on_commit(flush)


def schedule_paths(paths) -> None:
    """Purge these paths of every site after the commit (views outside the page tree)."""
    if not enabled():
        return
    pending().update((("path", path) for path in paths), OWN)  # the change's own views
    transaction.on_commit(flush)


# The order of the kinds of addresses inside one rank of flush (the most urgent first).
KIND_ORDER = {"url": 0, "url_path": 1, "path": 2, "page": 3}


def flush() -> None:
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Site

    items = dict(pending())
    pending().clear()
    if not items or not enabled():
        return
    old_sites = [item for item in items if item != EVERYTHING and item[0] == "old_site"]
    for item in old_sites:
        del items[item]
        _, (root_url, root_page_id) = item
        try:
            purge_old_site_later(root_url, root_page_id)
        except Exception:  # noqa: BLE001 - a CDN outage must not fail a committed change
            logger.exception("Frontend cache purge of %s failed", root_url)
    everything = items.pop(EVERYTHING, None) is not None
    # The change's own addresses (the page, its listings, its files, the views outside the
    # tree) are purged here, before the request returns: a take-down holds at once. In rank
    # order (OWN, LISTINGS, REST); inside a rank the page itself first, then its sub-addresses,
    # then the files (x every Site), then the pages named: a slow proxy gets the page inline
    # (issue 18, attack18j 2: sorted by kind name, "path" came before "url").
    urls: dict[str, None] = {}  # ordered, without repeats
    sites = list(Site.objects.select_related("root_page"))
    page_ids = [value for (kind, value) in items if kind == "page"]
    pages = {page.pk: page for page in Page.objects.live().filter(pk__in=page_ids).specific()}
    cache_object = PurgeBatch()  # Wagtail's site root paths, read once for every page
    for item in sorted(items, key=lambda item: (items[item], KIND_ORDER[item[0]], str(item[1]))):
        kind, value = item
        if kind == "url":
            urls[value] = None
        elif kind == "path":
            urls.update((site.root_url + value, None) for site in sites)
        elif kind == "url_path":
            for site in sites:
                root = site.root_page.url_path
                if value.startswith(root):
                    urls[f"{site.root_url}/{value[len(root) :]}"] = None
        elif kind == "page" and value in pages:
            page_batch = PurgeBatch(cache_object=cache_object)
            page_batch.add_page(pages[value])
            urls.update((url, None) for url in sorted(page_batch.urls))
    try:
        from . import backends

        # Each backend at most about FRONTEND_CACHE_PURGE_TIMEOUT before the request returns,
        # all at once (a hung proxy no longer spends the time of the CDN after it, attack18h
        # 2): what one leaves unsent goes to Celery at once (verify18f 4). With `everything`,
        # a CDN that can drop everything at once is told so in one call (Cloudflare's
        # purge_everything, CloudFront's "/*": purged_whole), not sent every address of the
        # site (issue 18, verify18c 5), within the same time (attack18m 1); the others (a
        # PURGE proxy, a CDN that refused or had no time) get each address, every live
        # page's from a Celery job.
        every_page = backends.purge_each(
            list(urls),
            list(settings.WAGTAILFRONTENDCACHE),
            settings.FRONTEND_CACHE_PURGE_TIMEOUT,
            everything=everything,
        )
        if every_page:
            purge_live_pages_later(every_page)
    except Exception:  # noqa: BLE001 - a CDN outage must not fail a committed change
        logger.exception("Frontend cache purge failed")


def purge_live_pages_later(names: list[str]) -> None:
    """Every live page's addresses to the backends `names`: tens of thousands of requests
    on a large site, sent by a Celery worker (page_cache.tasks.purge_live_pages), not in
    the request that made the change; inline when the broker is down."""
    from config.celery import enqueue

    if not enqueue("page_cache.purge_live_pages", names):
        purge_live_pages(names)


def purge_live_pages(names: list[str]) -> None:
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().specific())
    batch.purge(backends=names)


def purged_whole(name: str) -> bool:
    """purge_everything(name); a failure is logged and the addresses are sent instead."""
    try:
        return purge_everything(name)
    except Exception:  # noqa: BLE001
        logger.exception("Frontend cache purge of everything failed (%s)", name)
        return False


def purge_everything(name: str) -> bool:
    """Drop everything the backend `name` keeps, in one call, when it can: True if done."""
    from wagtail.contrib.frontend_cache.backends import CloudflareBackend, CloudfrontBackend
    from wagtail.contrib.frontend_cache.utils import get_backends

    backend = get_backends(backends=[name]).get(name)
    if isinstance(backend, CloudflareBackend):
        import requests

        headers = {"Content-Type": "application/json"}
        if backend.cloudflare_token:
            headers["Authorization"] = f"Bearer {backend.cloudflare_token}"
        else:
            headers["X-Auth-Email"] = backend.cloudflare_email
            headers["X-Auth-Key"] = backend.cloudflare_api_key
        response = requests.post(
            backend.cloudflare_purge_endpoint_url,
            json={"purge_everything": True},
            headers=headers,
            timeout=settings.FRONTEND_CACHE_PURGE_TIMEOUT,
        )
        try:
            succeeded = response.status_code == 200 and bool(response.json().get("success"))
        except ValueError:
            succeeded = False
        if not succeeded:  # a refused token, a rate limit, an outage: send the addresses
            logger.error("Cloudflare purge_everything failed: HTTP %s", response.status_code)
        return succeeded
    if isinstance(backend, CloudfrontBackend) and isinstance(
        backend.cloudfront_distribution_id, str
    ):
        # Not Wagtail's _create_invalidation, which logs a refusal and returns as if done: a
        # refusal raises here, and flush() sends the addresses instead (verify18d).
        backend.client.create_invalidation(
            DistributionId=backend.cloudfront_distribution_id,
            InvalidationBatch={
                "Paths": {"Quantity": 1, "Items": ["/*"]},
                "CallerReference": str(uuid.uuid4()),
            },
        )
        return True
    return False


class PurgedAfterCommit:
    """wagtail.contrib.frontend_cache's purge task, sent once the current transaction commits
    (at once outside one), to each backend within a wall-clock limit (backends.purge_each:
    FRONTEND_CACHE_PURGE_TIMEOUT in a request, the job's budget in a Celery job): Wagtail's
    task called the backends in turn with none, so a hung or trickling proxy held the
    redirects editor's request, or a Celery worker, for ever (issue 18, fix18m)."""

    def __init__(self, task) -> None:
        self.task = task

    def enqueue(self, urls, backend_settings=None, backends=None, **kwargs) -> None:
        from config.transactions import after_commit

        if backend_settings is not None or kwargs:  # backends not of the settings: Wagtail's
            after_commit(self.task.enqueue, urls, backend_settings, backends, **kwargs)
            return
        from .backends import _job_attempt

        # A job's purge stays the job's (its budget, its next attempt) when it runs later.
        after_commit(purge_in_time, list(urls), backends, _job_attempt.get())

    def __getattr__(self, name: str):
        return getattr(self.task, name)


def purge_in_time(urls: list[str], names: list[str] | None = None, job: int | None = None):
    """`urls` to the backends `names` (every configured one by default), each in its own
    thread, within the time of the request or of the Celery job (its attempt `job`)."""
    from . import backends

    configured = list(getattr(settings, "WAGTAILFRONTENDCACHE", None) or {})
    names = [name for name in (configured if names is None else names) if name in configured]
    if job is None:
        backends.purge_each(urls, names, backends.budget())
        return
    with backends.in_job(job):
        backends.purge_each(urls, names, backends.budget())


def defer_wagtail_purges() -> None:
    """Wagtail purges the proxy from inside the request's transaction (the redirects editor:
    a redirect added, changed or deleted): the proxy asks the site again at once, still gets
    the old answer and keeps it for s-maxage, and a request rolled back after the purge has
    told the proxy about a change that never happened. Every purge of Wagtail's
    (`purge_urls_from_cache`, `PurgeBatch.purge`, `purge_page_from_cache`) enqueues
    `purge_urls_from_cache_task`, looked up in its module at each call: that task is
    replaced by one enqueued after the commit."""
    from wagtail.contrib.frontend_cache import tasks

    if not isinstance(tasks.purge_urls_from_cache_task, PurgedAfterCommit):
        tasks.purge_urls_from_cache_task = PurgedAfterCommit(tasks.purge_urls_from_cache_task)
