import datetime
from typing import NamedTuple

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from .blocks import QuickLinkBlock

LATEST_ITEMS = 4


class QuickLink(NamedTuple):
    """A quick link of the home page as it shows it (kept as a fact: no query)."""

    url: str
    label: str
    description: str


class LatestEntry(NamedTuple):
    """A serta merta entry in the home page's latest list (kept as a fact)."""

    title: str
    url: str
    created_date: datetime.date | None


class LatestNews(NamedTuple):
    """A news item in the home page's latest list (kept as a fact)."""

    title: str
    url: str
    kind: str
    date: datetime.date | None

    def get_kind_display(self) -> str:
        from .news import NewsKind

        return str(NewsKind(self.kind).label) if self.kind in NewsKind.values else self.kind


class HomePage(Page):
    intro = models.TextField(_("introduction"), blank=True)
    quick_links = StreamField(
        [("link", QuickLinkBlock())], blank=True, verbose_name=_("quick links")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("quick_links")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "ppid_pages.StandardPage",
        "ppid_pages.DipIndexPage",
        "ppid_pages.ExemptIndexPage",
        "ppid_pages.RegulationIndexPage",
        "ppid_pages.NewsIndexPage",
        "ppid_pages.AccessibilityStatementPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        """The latest serta merta entries and news, and the quick links, as facts of the public
        generation (page_cache.facts): what the home page shows of them (title, address,
        dates) is kept, like the main menu, so an uncached home page reads none of them. The
        lists are computed with the public filters on the first request after a public
        change; every change of what they show (a publication, a take-down, a move, a title)
        is a public change and replaces the token."""
        from page_cache.facts import remember

        from ..visibility import live_url, public
        from .dip import DipCategory, DipEntryPage, withheld_entries
        from .news import NewsPage

        context = super().get_context(request, *args, **kwargs)

        def latest_news() -> list[LatestNews]:
            news = public(NewsPage.objects.live()).descendant_of(self).order_by("-date", "-pk")
            return [
                LatestNews(item.title, item.get_url(request), item.kind, item.date)
                for item in news.only("title", "url_path", "path", "kind", "date")[:LATEST_ITEMS]
            ]

        def latest_serta_merta() -> list[LatestEntry]:
            entries = (
                public(DipEntryPage.objects.live())
                .descendant_of(self)
                .filter(category=DipCategory.SERTA_MERTA)
                .exclude(withheld_entries())
                .order_by("-first_published_at", "-pk")
                .only("title", "url_path", "path", "created_date")
            )
            return [
                LatestEntry(entry.title, entry.get_url(request), entry.created_date)
                for entry in entries[:LATEST_ITEMS]
            ]

        def quick_links() -> list[QuickLink]:
            # An address only for a page the public may see live ('' otherwise: the label
            # without a link; visibility.live_url, issue 13).
            return [
                QuickLink(
                    live_url(link.value["page"], request),
                    link.value["label"],
                    link.value["description"],
                )
                for link in self.quick_links
            ]

        # The revision is part of the key of what comes from the page's own content.
        version = (self.pk, self.live_revision_id)
        context["latest_news"] = remember(request, ("home", *version, "news"), latest_news)
        context["latest_serta_merta"] = remember(
            request, ("home", *version, "serta-merta"), latest_serta_merta
        )
        context["quick_links"] = remember(request, ("home", *version, "links"), quick_links)
        return context
