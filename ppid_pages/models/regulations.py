from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from ..pagination import paginate
from .dip import SUMMARY_FEATURES


class RegulationType(models.TextChoices):
    UU = "uu", _("Undang-Undang")
    PP = "pp", _("Peraturan Pemerintah")
    PERPRES = "perpres", _("Peraturan Presiden")
    PERMEN = "permen", _("Peraturan Menteri")
    PERKI = "perki", _("Peraturan Komisi Informasi")
    PERDA = "perda", _("Peraturan Daerah")
    PERKADA = "perkada", _("Peraturan Kepala Daerah")
    KEPUTUSAN = "keputusan", _("Keputusan")
    SE = "se", _("Surat Edaran")
    OTHER = "lainnya", _("Other")


class RegulationIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=SUMMARY_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["ppid_pages.HomePage"]
    subpage_types = ["ppid_pages.RegulationPage"]
    # The query parameters its views read (page_cache.middleware.reads_query: any other is
    # dropped before the view and the page cache see the request).
    reads_query_parameters = frozenset({"jenis", "tahun", "halaman"})

    class Meta:
        verbose_name = _("regulation list")

    def get_context(self, request, *args, **kwargs):
        from page_cache.facts import remember

        from ..forms import RegulationFilterForm, regulation_years

        context = super().get_context(request, *args, **kwargs)
        from ..visibility import public

        regulations = public(RegulationPage.objects.live()).child_of(self)
        years = remember(
            request, ("regulation-years", self.pk), lambda: regulation_years(regulations)
        )
        form = RegulationFilterForm(request.GET or None, years=years)
        form.claim(request)
        context["filter_form"] = form
        context["regulations"] = paginate(
            request,
            form.filter(regulations).select_related("document").order_by("-year", "pk"),
            remember_as=("regulations", self.pk, form.applied()),
        )
        return context


class RegulationPage(Page):
    regulation_type = models.CharField(
        _("type"), max_length=16, choices=RegulationType.choices, db_index=True
    )
    number = models.CharField(_("number"), max_length=64)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1945), MaxValueValidator(2100)]
    )
    issuer = models.CharField(_("issuer"), max_length=255)
    summary = RichTextField(_("summary"), blank=True, features=SUMMARY_FEATURES)
    document = models.ForeignKey(
        "ppid_pages.PPIDDocument",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("regulation_type"), FieldPanel("number"), FieldPanel("year")]),
        FieldPanel("issuer"),
        FieldPanel("summary"),
        FieldPanel("document"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("number"),
        index.SearchField("issuer"),
        index.SearchField("summary"),
    ]

    parent_page_types = ["ppid_pages.RegulationIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("regulation")
