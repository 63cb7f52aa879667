"""Pernyataan Aksesibilitas: the accessibility statement of the public site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock


class Conformance(models.TextChoices):
    FULL = "penuh", _("Fully conforms to WCAG 2.2 level AA")
    PARTIAL = "sebagian", _("Partially conforms to WCAG 2.2 level AA")
    NONE = "belum", _("Does not conform to WCAG 2.2 level AA yet")


class AccessibilityStatementPage(Page):
    """What the site does for people with disabilities, its known limits, and whom to tell.

    The template lists the site's own accessibility features; the editor writes the rest."""

    conformance = models.CharField(
        _("conformance status"),
        max_length=16,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
    )
    reviewed_on = models.DateField(_("last reviewed on"), null=True, blank=True)
    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Known limitations, alternative formats on request, how to give feedback."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("conformance"), FieldPanel("reviewed_on")]),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["ppid_pages.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("accessibility statement")
