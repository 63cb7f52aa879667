from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..pagination import paginate
from .blocks import BodyBlock


class NewsKind(models.TextChoices):
    BERITA = "berita", _("News")
    PENGUMUMAN = "pengumuman", _("Announcement")


class NewsIndexPage(Page):
    parent_page_types = ["ppid_pages.HomePage"]
    subpage_types = ["ppid_pages.NewsPage"]
    # The query parameters its views read (page_cache.middleware.reads_query: any other is
    # dropped before the view and the page cache see the request).
    reads_query_parameters = frozenset({"jenis", "halaman"})

    class Meta:
        verbose_name = _("news and announcements list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from ..visibility import public

        news = public(NewsPage.objects.live()).child_of(self).order_by("-date", "-pk")
        kind = request.GET.get("jenis")
        if kind in NewsKind.values:
            from page_cache.facts import claim

            news = news.filter(kind=kind)
            claim(request, "jenis")  # a known kind: kept by the page cache
        context["selected_kind"] = kind if kind in NewsKind.values else ""
        context["kinds"] = NewsKind.choices
        context["news"] = paginate(
            request, news, remember_as=("news", self.pk, context["selected_kind"])
        )
        return context


class NewsPage(Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(
        _("kind"), max_length=16, choices=NewsKind.choices, default=NewsKind.BERITA
    )
    intro = models.TextField(_("introduction"), max_length=500)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["ppid_pages.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news or announcement")
