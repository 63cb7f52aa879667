from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock


class StandardPage(Page):
    """Profil, Visi & Misi, Struktur Organisasi, Maklumat Pelayanan, Standar Layanan, SOP pages."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["ppid_pages.HomePage", "ppid_pages.StandardPage"]
    subpage_types = ["ppid_pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
