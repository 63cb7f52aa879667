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


def connect_migrate() -> None:
    from django.db.models.signals import post_migrate, pre_migrate

    pre_migrate.connect(migration_started, dispatch_uid="page_cache.purge.migration_started")
    post_migrate.connect(migration_finished, dispatch_uid="page_cache.purge.migration_finished")


def pending() -> set:
    if not hasattr(_pending, "items"):
        _pending.items = set()
    return _pending.items


# Public views outside the page tree whose content changes with a public change (the menu,
# the approved office, the sitemap's list of pages, the favicon...): purged on every public
# change. Their addresses with a query (search results) are never kept by a shared cache
# (page_cache.middleware: s-maxage=0), since no purge can name them all.
OUTSIDE_TREE_VIEWS = (
    "search",
    "sitemap",
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


def page_moved_from(instance) -> str | None:
    """The committed url_path of a page about to be saved, when the save changes it (a slug
    changed and published): its old address, and those of its sub-pages, must be purged."""
    if not enabled() or instance.pk is None or not instance.url_path:
        return None
    before = Page.objects.filter(pk=instance.pk).values_list("url_path", flat=True).first()
    return before if before and before != instance.url_path else None


def page_pre_save(sender, instance=None, raw=False, **kwargs) -> None:
    if not raw and isinstance(instance, Page):
        instance._purge_url_path_before = page_moved_from(instance)


def schedule(instance, url_path_before: str | None = None) -> None:
    if not enabled():
        return
    items = pending()
    items.update(("path", path) for path in outside_tree_paths())
    if isinstance(instance, Page) and not url_path_before:
        url_path_before = getattr(instance, "_purge_url_path_before", None)
    if isinstance(instance, Page):
        # The page's own URL now (also when it is no longer live, or deleted), the listings
        # above it, and after a move its old URL and every page (links to it changed).
        items.update(("page", page.pk) for page in instance.get_ancestors() if page.depth > 1)
        if instance.full_url:
            items.add(("url", instance.full_url))
        if url_path_before:
            items.update({EVERYTHING, ("old_path", url_path_before)})
            # Its sub-pages moved with it: their old addresses too.
            new_prefix = instance.url_path
            for path in (
                Page.objects.filter(path__startswith=instance.path, depth__gt=instance.depth)
                .values_list("url_path", flat=True)
                .iterator()
            ):
                if path.startswith(new_prefix):
                    items.add(("old_path", url_path_before + path[len(new_prefix) :]))
                elif path.startswith(url_path_before):  # not rewritten yet (Page.save)
                    items.add(("old_path", path))
    else:
        items.add(EVERYTHING)
        url = getattr(instance, "url", None)  # a row's own address (a document's, ...)
        if isinstance(url, str) and url.startswith("/"):
            items.add(("path", url))
    # The files of the documents and images it is or uses: a take-down, a new version or an
    # asset no longer public must not leave them in a shared cache either.
    items.update(("path", path) for path in asset_paths(instance))
    transaction.on_commit(flush)


def asset_paths(instance) -> set[str]:
    """The public addresses of the documents and images `instance` is or uses: a document's
    /dokumen/ address, every rendition file of an image (/media/images/...). For a page, those
    of every document and image its content uses; for any other row, those its foreign keys
    name (a DIP attachment, an exemption record)."""
    from django.core.exceptions import ObjectDoesNotExist
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from moderation.snapshot import referenced_asset_ids

    document_model, image_model = get_document_model(), get_image_model()
    documents: set[int] = set()
    images: set[int] = set()
    if isinstance(instance, document_model):
        documents.add(instance.pk)
    elif isinstance(instance, image_model):
        images.add(instance.pk)
    elif isinstance(instance, Page):
        try:
            documents, images = referenced_asset_ids(instance.specific)
        except ObjectDoesNotExist:  # deleted: the specific row is gone
            documents, images = referenced_asset_ids(instance)
    else:
        for field in instance._meta.concrete_fields:
            if field.is_relation and field.related_model in (document_model, image_model):
                target = documents if field.related_model is document_model else images
                if (value := getattr(instance, field.attname)) is not None:
                    target.add(value)
    paths = {document.url for document in document_model.objects.filter(pk__in=documents)}
    renditions = image_model.get_rendition_model().objects.filter(image_id__in=images)
    paths |= {rendition.url for rendition in renditions}
    return {path for path in paths if isinstance(path, str) and path.startswith("/")}


def schedule_paths(paths) -> None:
    """Purge these paths of every site after the commit (views outside the page tree)."""
    if not enabled():
        return
    pending().update(("path", path) for path in paths)
    transaction.on_commit(flush)


def flush() -> None:
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Site

    items = set(pending())
    pending().clear()
    if not items or not enabled():
        return
    batch = PurgeBatch()
    pages = Page.objects.live()
    if EVERYTHING not in items:
        page_ids = [value for kind, value in items - {EVERYTHING} if kind == "page"]
        pages = pages.filter(pk__in=page_ids)
    batch.add_pages(pages.specific())
    sites = list(Site.objects.select_related("root_page"))
    for item in items - {EVERYTHING}:
        kind, value = item
        if kind == "url":
            batch.add_url(value)
        elif kind == "path":
            batch.add_urls(site.root_url + value for site in sites)
        elif kind == "old_path":
            for site in sites:
                root = site.root_page.url_path
                if value.startswith(root):
                    batch.add_url(f"{site.root_url}/{value[len(root) :]}")
    try:
        batch.purge()
    except Exception:  # noqa: BLE001 - a CDN outage must not fail a committed change
        logger.exception("Frontend cache purge failed")


class PurgedAfterCommit:
    """wagtail.contrib.frontend_cache's purge task, enqueued once the current transaction
    commits (at once outside one)."""

    def __init__(self, task) -> None:
        self.task = task

    def enqueue(self, *args, **kwargs) -> None:
        from config.transactions import after_commit

        after_commit(self.task.enqueue, *args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.task, name)


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
