from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from .blocks import QuickLinkBlock

LATEST_ITEMS = 4


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
        from page_cache.facts import remember, rows_by_id

        from ..visibility import public
        from .dip import DipCategory, DipEntryPage, withheld_entry_ids
        from .news import NewsPage

        context = super().get_context(request, *args, **kwargs)
        news = public(NewsPage.objects.live()).descendant_of(self).order_by("-date", "-pk")
        serta_merta = (
            public(DipEntryPage.objects.live())
            .descendant_of(self)
            .filter(category=DipCategory.SERTA_MERTA)
            .exclude(pk__in=withheld_entry_ids())
            .order_by("-first_published_at", "-pk")
        )
        # The ids of the latest items are facts (page_cache.facts): finding them sorts every
        # page of the site on SQLite, once per public change; the rows are read by id through
        # the same filters.
        for name, latest in (("latest_news", news), ("latest_serta_merta", serta_merta)):
            ids = remember(
                request,
                ("home", self.pk, name),
                lambda latest=latest: list(latest.values_list("pk", flat=True)[:LATEST_ITEMS]),
            )
            context[name] = rows_by_id(latest, ids)
        return context
