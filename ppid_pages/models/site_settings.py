from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class HeadOfOfficeTitle(models.TextChoices):
    KEPALA_DINAS = "Kepala Dinas", "Kepala Dinas"
    LURAH = "Lurah", "Lurah"


class ReadOnlySiteSetting(BaseSiteSetting):
    """A site setting that a page view reads without writing: Wagtail's for_site() creates the
    row on first read (get_or_create, a write and a public change on a page view). Until the
    settings are saved in the admin, the defaults are used unsaved; saving them inserts."""

    class Meta:
        abstract = True

    @classmethod
    def for_site(cls, site):
        instance = cls.base_queryset().filter(site=site).first()
        return instance if instance is not None else cls(site=site)


@register_setting(icon="site")
class PPIDSettings(ReadOnlySiteSetting):
    """The office that runs this PPID. Official contacts double as the scanner's allow-list."""

    office_name = models.CharField(_("office name"), max_length=255, default="PPID")
    parent_institution = models.CharField(
        _("parent institution"),
        max_length=255,
        blank=True,
        help_text=_("For example: Pemerintah Kabupaten Contoh."),
    )
    head_of_office_title = models.CharField(
        _("head of office title"),
        max_length=32,
        choices=HeadOfOfficeTitle.choices,
        default=HeadOfOfficeTitle.KEPALA_DINAS,
    )
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("official phone"), max_length=64, blank=True)
    whatsapp = models.CharField(_("official WhatsApp"), max_length=64, blank=True)
    email = models.EmailField(_("official e-mail"), blank=True)
    other_contacts = models.TextField(
        _("other official contacts"),
        blank=True,
        help_text=_("One phone number or e-mail address per line."),
    )
    office_hours = models.CharField(_("service hours"), max_length=255, blank=True)
    logo = models.ForeignKey(
        "ppid_pages.PPIDImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    favicon = models.ForeignKey(
        "ppid_pages.PPIDImage",
        verbose_name=_("site icon (favicon)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A square image. Without it the logo is used."),
    )
    ppid_utama_name = models.CharField(
        _("PPID Utama name"),
        max_length=255,
        blank=True,
        help_text=_("For example: PPID Utama Pemerintah Kabupaten Contoh."),
    )
    ppid_utama_url = models.URLField(_("PPID Utama website"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("office_name"),
                FieldPanel("parent_institution"),
                FieldPanel("head_of_office_title"),
                FieldPanel("logo"),
                FieldPanel("favicon"),
            ],
            heading=_("Office"),
        ),
        MultiFieldPanel(
            [FieldPanel("ppid_utama_name"), FieldPanel("ppid_utama_url")],
            heading=_("PPID Utama"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("whatsapp"),
                FieldPanel("email"),
                FieldPanel("other_contacts"),
                FieldPanel("office_hours"),
            ],
            heading=_("Official contacts"),
        ),
    ]

    class Meta:
        verbose_name = _("PPID settings")

    @property
    def site_icon(self):
        """The favicon image: its own, or else the logo (None without either)."""
        return self.favicon or self.logo

    def official_contacts(self) -> list[str]:
        """Every official phone number and e-mail address, for allow-lists."""
        values = [self.phone, self.whatsapp, self.email, *self.other_contacts.splitlines()]
        return [value.strip() for value in values if value and value.strip()]
