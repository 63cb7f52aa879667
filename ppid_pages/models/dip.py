"""Daftar Informasi Publik (DIP): the register of public information, and its exempt part."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from page_cache.middleware import reads_query

from ..pagination import paginate
from .routes import PurgedRoutesMixin

SUMMARY_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class DipCategory(models.TextChoices):
    BERKALA = "berkala", _("Informasi Berkala")
    SERTA_MERTA = "serta_merta", _("Informasi Serta Merta")
    SETIAP_SAAT = "setiap_saat", _("Informasi Setiap Saat")
    DIKECUALIKAN = "dikecualikan", _("Informasi yang Dikecualikan")


PUBLIC_CATEGORIES = [c for c in DipCategory if c != DipCategory.DIKECUALIKAN]
# The per-category pages of the DIP: URL segment -> category.
CATEGORY_SLUGS = {
    "berkala": DipCategory.BERKALA,
    "serta-merta": DipCategory.SERTA_MERTA,
    "setiap-saat": DipCategory.SETIAP_SAAT,
}
EXPORT_KINDS = ("xlsx", "pdf")


# UU 14/2008 Pasal 9: informasi berkala is published at least every six months.
BERKALA_UPDATE_DAYS = 183


class BerkalaKind(models.TextChoices):
    """The informasi berkala a public body must publish (UU 14/2008 Pasal 9, Perki 1/2021)."""

    PROFILE = "profil", _("Profile of the public body")
    PROGRAMS = "program", _("Programs and activities")
    PERFORMANCE = "kinerja", _("Performance summary")
    FINANCE = "keuangan", _("Financial report")
    ACCESS_SUMMARY = "akses", _("Summary of access to information (report)")
    POLICIES = "kebijakan", _("Regulations, decisions and policies")
    PROCEDURES = "prosedur", _("Procedures for obtaining information")
    COMPLAINTS = "pengaduan", _("Complaints of abuse of authority")
    PROCUREMENT = "pengadaan", _("Procurement of goods and services")
    EARLY_WARNING = "peringatan", _("Early warning and emergency procedures")


class InformationFormat(models.TextChoices):
    SOFTCOPY = "softcopy", _("Softcopy")
    HARDCOPY = "hardcopy", _("Hardcopy")
    BOTH = "both", _("Softcopy and hardcopy")


class InformationUnit(models.Model):
    """An official or unit that holds information (pejabat/unit yang menguasai informasi).

    Its name shows on public pages, so it is reviewed content (moderation.snippets): `name` is
    the version the public gets; a new unit is public once a page using it passes the workflow
    (or a second person approves it), and a change to a unit in public use waits as the pending
    version until then."""

    PUBLIC_FIELDS = ("name",)

    name = models.CharField(_("name"), max_length=255, unique=True)
    pending_name = models.CharField(_("new name"), max_length=255, blank=True, editable=False)
    pending_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pending_at = models.DateTimeField(_("changed at"), null=True, editable=False)
    released_at = models.DateTimeField(_("public since"), null=True, editable=False)
    # SHA-256 of the released public fields (moderation.snapshot.snippet_digest), set at each
    # release: the integrity watch compares the row with it, on no page or on many.
    approved_digest = models.CharField(
        _("approved hash"), max_length=64, blank=True, editable=False
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("information unit")
        verbose_name_plural = _("information units")

    def __str__(self) -> str:
        return self.name

    @property
    def has_pending_version(self) -> bool:
        return self.pending_at is not None


class DecreeFields(models.Model):
    """The decree (SK) of the head of the body that adopts a list (penetapan DIP / DIK)."""

    decree_number = models.CharField(_("decree number"), max_length=128, blank=True)
    decree_date = models.DateField(_("decree date"), null=True, blank=True)
    decree_document = models.ForeignKey(
        "ppid_pages.PPIDDocument",
        verbose_name=_("decree document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    decree_panel = MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("decree_number"), FieldPanel("decree_date")]),
            FieldPanel("decree_document"),
        ],
        heading=_("Decree adopting this list (SK penetapan)"),
    )

    class Meta:
        abstract = True


class DipIndexPage(PurgedRoutesMixin, DecreeFields, Page):
    # Every sub-address is purged from a CDN (ppid_pages.models.routes).
    route_values = {
        "category": {"slug": CATEGORY_SLUGS},
        "export": {"kind": EXPORT_KINDS},
    }

    intro = RichTextField(_("introduction"), blank=True, features=SUMMARY_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro"), DecreeFields.decree_panel]
    parent_page_types = ["ppid_pages.HomePage"]
    subpage_types = ["ppid_pages.DipEntryPage"]
    # The query parameters the page itself reads (page_cache.middleware.route_parameters: any
    # other is dropped before the view and the page cache see the request); each sub-route
    # declares its own (@reads_query), an export none.
    reads_query_parameters = frozenset({"kategori", "tahun", "unit", "halaman"})

    class Meta:
        verbose_name = _("public information list (DIP)")

    def public_entries(self) -> models.QuerySet:
        from ..visibility import public

        return (
            public(DipEntryPage.objects.live())
            .child_of(self)
            .filter(category__in=PUBLIC_CATEGORIES)
            .exclude(withheld_entries())
            .select_related("unit")
        )

    def get_context(self, request, *args, **kwargs):
        from page_cache.facts import remember

        from ..forms import DipFilterForm, listing_years

        context = super().get_context(request, *args, **kwargs)
        entries = self.public_entries()
        years = remember(
            request, ("dip-years", self.pk), lambda: listing_years(entries, "created_date")
        )
        form = DipFilterForm(request.GET or None, years=years)
        form.claim(request)
        context["filter_form"] = form
        context["entries"] = paginate(
            request,
            form.filter(entries).order_by("-created_date", "pk"),
            remember_as=("dip", self.pk, form.applied()),
        )
        context["category_slugs"] = category_links()
        return context

    @path("kategori/<slug:slug>/", name="category")
    @reads_query("halaman")
    def category_view(self, request, slug: str):
        """One category with every DIP column of Perki 1/2021 (berkala, serta merta, ...)."""
        if slug not in CATEGORY_SLUGS:
            raise Http404
        category = CATEGORY_SLUGS[slug]
        entries = self.public_entries().filter(category=category).order_by("number", "pk")
        return self.render(
            request,
            template="ppid_pages/dip_category_page.html",
            context_overrides={
                "category": category,
                "category_slug": slug,
                "category_slugs": category_links(),
                "entries": paginate(request, entries, remember_as=("dip-category", self.pk, slug)),
            },
        )

    @path("unduh/<slug:kind>/", name="export")
    def export_view(self, request, kind: str):
        """The whole DIP as one table, XLSX or A4 PDF (ppid_pages.registers)."""
        from ..registers import dip_register, serve_register

        if kind not in EXPORT_KINDS:
            raise Http404
        return serve_register(request, dip_register(self), "daftar-informasi-publik", kind)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not urls or base is None:
            return urls
        return urls + [
            {**urls[0], "location": base + self.reverse_subpage("category", args=[slug])}
            for slug in CATEGORY_SLUGS
        ]


def category_links() -> list[tuple[str, str]]:
    return [(slug, DipCategory(category).label) for slug, category in CATEGORY_SLUGS.items()]


class DipEntryPage(Page):
    number = models.CharField(_("number"), max_length=64)
    summary = RichTextField(_("summary of contents"), features=SUMMARY_FEATURES)
    unit = models.ForeignKey(
        InformationUnit,
        verbose_name=_("official/unit holding the information"),
        on_delete=models.PROTECT,
        related_name="entries",
    )
    responsible_party = models.CharField(_("responsible for creation/publication"), max_length=255)
    created_date = models.DateField(_("date of creation"))
    created_place = models.CharField(_("place of creation"), max_length=255)
    information_format = models.CharField(
        _("available format"),
        max_length=16,
        choices=InformationFormat.choices,
        default=InformationFormat.BOTH,
    )
    retention_period = models.CharField(_("retention period"), max_length=128)
    category = models.CharField(
        _("category"), max_length=16, choices=DipCategory.choices, db_index=True
    )
    berkala_kind = models.CharField(
        _("kind of informasi berkala"),
        max_length=16,
        choices=BerkalaKind.choices,
        blank=True,
        help_text=_(
            "For Informasi Berkala: which obligation this entry fulfils (Kepatuhan SOP checklist)."
        ),
    )
    exemption_legal_basis = models.TextField(_("legal basis of the exemption"), blank=True)
    consequence_test_number = models.CharField(
        _("consequence test decision number"), max_length=128, blank=True
    )
    consequence_test_date = models.DateField(
        _("consequence test decision date"), null=True, blank=True
    )
    exemption_period = models.CharField(_("exemption period"), max_length=128, blank=True)
    exemption_lift_reason = models.TextField(
        _("reason the exemption is lifted"),
        blank=True,
        help_text=_(
            "Required when information that was ever exempt is published with another "
            "category: the consequence test (uji konsekuensi) decision that lifted the exemption."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("number"), FieldPanel("category")]),
        FieldPanel("berkala_kind"),
        FieldPanel("summary"),
        FieldPanel("unit"),
        FieldPanel("responsible_party"),
        FieldRowPanel([FieldPanel("created_date"), FieldPanel("created_place")]),
        FieldRowPanel([FieldPanel("information_format"), FieldPanel("retention_period")]),
        MultiFieldPanel(
            [
                FieldPanel("exemption_legal_basis"),
                FieldRowPanel(
                    [FieldPanel("consequence_test_number"), FieldPanel("consequence_test_date")]
                ),
                FieldPanel("exemption_period"),
                FieldPanel("exemption_lift_reason"),
            ],
            heading=_("Exemption (only for Informasi yang Dikecualikan)"),
        ),
        InlinePanel("documents", label=_("Documents")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("number"),
        index.SearchField("summary"),
        index.FilterField("category"),
    ]

    parent_page_types = ["ppid_pages.DipIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("public information entry")
        # The listing's order (DipIndexPage): one page of it is read from the index, not sorted.
        indexes = [models.Index(fields=["-created_date", "page_ptr"], name="dip_entry_listing")]

    @property
    def is_exempt(self) -> bool:
        return self.category == DipCategory.DIKECUALIKAN

    @property
    def is_withheld(self) -> bool:
        """Exempt now, or ever saved or published as exempt and not lifted through the
        workflow since (ExemptInformation): the public gets nothing of it."""
        from ..exemption import is_withheld

        return self.is_exempt or is_withheld(self.pk)

    def clean(self) -> None:
        super().clean()
        if self.berkala_kind and self.category != DipCategory.BERKALA:
            raise ValidationError(
                {"berkala_kind": _("Only an Informasi Berkala entry has a kind of berkala.")}
            )
        if not self.is_exempt:
            from ..exemption import is_withheld

            if is_withheld(self.pk) and not self.exemption_lift_reason.strip():
                raise ValidationError(
                    {
                        "exemption_lift_reason": _(
                            "This information was exempt: give the consequence test decision "
                            "that lifts the exemption before changing its category."
                        )
                    }
                )
            return
        required = {
            "exemption_legal_basis": self.exemption_legal_basis,
            "consequence_test_number": self.consequence_test_number,
            "consequence_test_date": self.consequence_test_date,
            "exemption_period": self.exemption_period,
        }
        missing = {
            name: _("Required for Informasi yang Dikecualikan.")
            for name, value in required.items()
            if not value
        }
        if missing:
            raise ValidationError(missing)

    def serve(self, request, *args, **kwargs):
        # Exempt information is never shown to the public: only its row in the
        # Daftar Informasi yang Dikecualikan (ExemptIndexPage) is public.
        if self.is_withheld:
            raise Http404
        return super().serve(request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        # Previews are reached only through the admin, by staff allowed to edit the page. They
        # show the unit's new name where publishing would release it (moderation.snippets).
        from moderation.snippets import show_pending_versions

        show_pending_versions(self)
        return Page.serve(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["attachments"] = self.documents.select_related("document")
        return context

    def get_sitemap_urls(self, request=None):
        return [] if self.is_withheld else super().get_sitemap_urls(request)


class DipEntryDocument(Orderable):
    page = ParentalKey(DipEntryPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "ppid_pages.PPIDDocument",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="dip_entries",
    )
    label = models.CharField(
        _("link text"),
        max_length=255,
        blank=True,
        help_text=_("Leave empty to use the document title."),
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("attached document")


class ExemptInformation(models.Model):
    """A DIP entry that was ever saved or published as dikecualikan.

    Exempt is a property of the information, not of the current draft: the record is kept by
    page id, without a foreign key, so deleting, taking down or re-categorising the entry keeps
    it, and with it the exemption of every document and image the entry ever used
    (ExemptAsset). Only a publication through the whole workflow of a revision with another
    category and a written lift reason lifts it (ppid_pages.exemption.lift)."""

    entry_id = models.PositiveIntegerField(_("page id"), unique=True)
    title = models.CharField(_("title"), max_length=255)
    marked_at = models.DateTimeField(_("exempt since"), auto_now_add=True)
    lifted_at = models.DateTimeField(_("exemption lifted at"), null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("exemption lifted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lifted_revision_id = models.PositiveIntegerField(_("lifting revision"), null=True, blank=True)
    lift_reason = models.TextField(_("reason the exemption is lifted"), blank=True)

    class Meta:
        verbose_name = _("exempt information record")
        verbose_name_plural = _("exempt information records")

    def __str__(self) -> str:
        return self.title


class ExemptAsset(models.Model):
    """A document or image used by an exempt entry: never served to the public, whatever
    happens to the entry later."""

    exemption = models.ForeignKey(
        ExemptInformation, on_delete=models.CASCADE, related_name="assets"
    )
    document = models.ForeignKey(
        "ppid_pages.PPIDDocument", null=True, on_delete=models.CASCADE, related_name="+"
    )
    image = models.ForeignKey(
        "ppid_pages.PPIDImage", null=True, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["exemption", "document"],
                condition=models.Q(document__isnull=False),
                name="unique_exempt_document",
            ),
            models.UniqueConstraint(
                fields=["exemption", "image"],
                condition=models.Q(image__isnull=False),
                name="unique_exempt_image",
            ),
        ]


def withheld_entries(field: str = "pk") -> models.Q:
    """The entries the public must not see, as a filter on `field` (a page id): an exemption
    record that stands, or an entry whose latest exemption entry in the audit log is a marking
    (exemption.marked_in_the_log), both subqueries: no list of ids that grows with the
    register (issue 18). A record lifted or deleted in SQL leaves the log's marking, so the
    entry stays withheld at once. Only where the chain and the log's rows disagree (a lift
    entry the chain does not vouch for: written in SQL) are the ids named, read once per
    public generation (exemption.chain_anomaly): none unless the log was tampered with."""
    from ..exemption import chain_anomaly, marked_in_the_log

    standing = ExemptInformation.objects.filter(lifted_at__isnull=True).values("entry_id")
    withheld = models.Q(**{f"{field}__in": standing}) | models.Q(
        **{f"{field}__in": marked_in_the_log().values("page_id")}
    )
    anomaly = chain_anomaly()
    if anomaly:
        withheld |= models.Q(**{f"{field}__in": sorted(anomaly)})
    return withheld


class ExemptIndexPage(PurgedRoutesMixin, DecreeFields, Page):
    """Daftar Informasi yang Dikecualikan: titles and exemption grounds, never contents."""

    route_values = {"export": {"kind": EXPORT_KINDS}}

    intro = RichTextField(_("introduction"), blank=True, features=SUMMARY_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro"), DecreeFields.decree_panel]
    parent_page_types = ["ppid_pages.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    # The query parameters its views read (page_cache.middleware.reads_query: any other is
    # dropped before the view and the page cache see the request).
    reads_query_parameters = frozenset({"halaman"})

    class Meta:
        verbose_name = _("exempt information list")

    def register_entries(self) -> models.QuerySet:
        """The exempt entries of this site, with only the fields the public register shows:
        title, legal ground, consequence test and period (never the contents)."""
        from ..visibility import public

        return (
            public(DipEntryPage.objects.live())
            .descendant_of(self.get_parent())
            .filter(category=DipCategory.DIKECUALIKAN)
            .order_by("-consequence_test_date", "pk")
            .only(*REGISTER_FIELDS)
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = paginate(
            request, self.register_entries(), remember_as=("dik", self.pk)
        )
        return context

    @path("unduh/<slug:kind>/", name="export")
    def export_view(self, request, kind: str):
        """The Daftar Informasi yang Dikecualikan as one table, XLSX or A4 PDF."""
        from ..registers import dik_register, serve_register

        if kind not in EXPORT_KINDS:
            raise Http404
        return serve_register(request, dik_register(self), "informasi-dikecualikan", kind)


REGISTER_FIELDS = (
    "title",
    "exemption_legal_basis",
    "consequence_test_number",
    "consequence_test_date",
    "exemption_period",
)
