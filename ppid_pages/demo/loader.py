"""Creates the demo site settings, documents, images and pages. Run inside a transaction."""

from collections import Counter
from datetime import date
from io import BytesIO
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import slugify
from wagtail.models import Collection, Page, Site
from wagtail.utils.file import hash_filelike

from moderation.documents import release_documents_of
from moderation.publication import SET_UP, approved_path
from moderation.site_settings import latest_approval, public_values, record_initial_approval

from ..models import (
    AccessibilityStatementPage,
    DipEntryDocument,
    DipEntryPage,
    DipIndexPage,
    ExemptIndexPage,
    HomePage,
    InformationUnit,
    NewsIndexPage,
    NewsPage,
    PPIDDocument,
    PPIDImage,
    PPIDSettings,
    RegulationIndexPage,
    RegulationPage,
    StandardPage,
)
from ..models.dip import DipCategory
from . import content
from .dip_entries import BERKALA_KINDS, DIP_ENTRIES
from .image import org_chart_png
from .news import NEWS
from .pdf import Letterhead, PdfContent, render_pdf
from .regulations import REGULATIONS

Spec = dict[str, Any]

CREATED_PLACE = "Kota Contoh"
EXEMPT_MARKING = "DOKUMEN INTERNAL - INFORMASI YANG DIKECUALIKAN - TIDAK UNTUK DIPUBLIKASIKAN"
REGULATION_NOTE = (
    "Ringkasan ini disusun untuk keperluan demo. Teks resmi peraturan tersedia di Jaringan "
    "Dokumentasi dan Informasi Hukum (JDIH)."
)
ENTRY_FIELDS = (
    "title",
    "number",
    "responsible_party",
    "created_date",
    "information_format",
    "retention_period",
    "exemption_legal_basis",
    "consequence_test_number",
    "consequence_test_date",
    "exemption_period",
)


def indonesian_date(value: date) -> str:
    with translation.override("id"):
        return date_format(value, "j F Y")


def paragraph_html(text: str) -> str:
    return format_html("<p>{}</p>", text)


def heading_value(value: str | tuple[str, str]) -> dict[str, str]:
    text, level = (value, "h2") if isinstance(value, str) else value
    return {"text": text, "level": level}


def table_value(spec: Spec) -> dict[str, Any]:
    """A TableBlock value whose first row is the header row."""
    return {
        "data": spec["rows"],
        "cell": [],
        "mergedCells": [],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_header_choice": "row",
        "table_caption": spec["caption"],
    }


def entry_paragraphs(spec: Spec) -> list[str]:
    """The text of the PDF attached to a DIP entry: its summary and register fields."""
    paragraphs = [
        spec["summary"],
        f"Nomor: {spec['number']}",
        f"Pejabat/unit yang menguasai informasi: {spec['unit']}",
        f"Penanggung jawab pembuatan/penerbitan: {spec['responsible_party']}",
        f"Waktu dan tempat pembuatan: {CREATED_PLACE}, {indonesian_date(spec['created_date'])}",
        f"Jangka waktu penyimpanan: {spec['retention_period']}",
    ]
    if spec.get("exemption_legal_basis"):
        paragraphs += [
            f"Dasar hukum pengecualian: {spec['exemption_legal_basis']}",
            f"Penetapan uji konsekuensi: {spec['consequence_test_number']}, "
            f"{indonesian_date(spec['consequence_test_date'])}",
        ]
    return paragraphs


def title_slug(title: str) -> str:
    """The slug of a title, keeping words joined by a slash apart ("Barang/Jasa")."""
    return slugify(title.replace("/", " "))


def entry_filename(spec: Spec) -> str:
    number = spec["number"].replace("/", "-").lower()
    return f"{number}-{title_slug(spec['title'])[:50].rstrip('-')}.pdf"


def letterhead_address(settings: Spec) -> str:
    address = ", ".join(settings["address"].splitlines())
    return f"{address}. Telp. {settings['phone']}, e-mail {settings['email']}"


def demo_content_exists(home: Page) -> bool:
    """The DIP index under the home page marks a database that already holds the demo."""
    return home.get_children().filter(slug=content.DIP_INDEX["slug"]).exists()


def apply_settings(site: Site) -> PPIDSettings:
    settings = PPIDSettings.for_site(site)
    for name, value in content.SETTINGS.items():
        setattr(settings, name, value)
    settings.save()
    if latest_approval(site) is None or latest_approval(site).values != public_values(settings):
        # The demo office's own set-up, like a data migration: later changes need the scan
        # and a second person (moderation.site_settings).
        record_initial_approval(site, "Data demo.")
    return settings


def load_demo_content(site: Site, home: HomePage) -> Counter[str]:
    """Fill an empty site with the demo office. Returns what was created, by kind."""
    apply_settings(site)
    return DemoLoader(home).load()


class DemoLoader:
    def __init__(self, home: HomePage) -> None:
        self.home = home
        self.collection = Collection.get_first_root_node()
        self.letterhead = Letterhead(
            parent_institution=content.SETTINGS["parent_institution"],
            office_name=content.SETTINGS["office_name"],
            address=letterhead_address(content.SETTINGS),
        )
        self.units: dict[str, InformationUnit] = {}
        self.counts: Counter[str] = Counter()

    def load(self) -> Counter[str]:
        self.units = self.ensure_units()
        pages = [
            self.add_standard_page(self.home, content.PROFILE_PAGE),
            self.add_dip_index(),
            self.publish(self.home, ExemptIndexPage(**content.EXEMPT_INDEX)),
            self.add_regulations(),
            self.add_news(),
            self.add_standard_page(self.home, content.REQUEST_PAGE),
            self.add_standard_page(self.home, content.OBJECTION_PAGE),
            self.add_standard_page(self.home, content.REPORT_PAGE),
            self.add_accessibility_statement(),
        ]
        self.update_home({page.slug: page for page in pages})
        return self.counts

    # Media

    def document(
        self, title: str, filename: str, paragraphs: list[str], marking: str = ""
    ) -> PPIDDocument:
        data = render_pdf(PdfContent(title, tuple(paragraphs), marking), self.letterhead)
        document = PPIDDocument(
            title=title,
            collection=self.collection,
            file=ContentFile(data, name=filename),
            file_size=len(data),
            file_hash=hash_filelike(BytesIO(data)),
        )
        document.save()
        self.counts["dokumen"] += 1
        return document

    def image(self, spec: Spec) -> PPIDImage:
        data, width, height = org_chart_png(spec["levels"])
        image = PPIDImage(
            title=spec["title"],
            collection=self.collection,
            file=ImageFile(BytesIO(data), name=spec["filename"]),
            width=width,
            height=height,
            file_size=len(data),
            file_hash=hash_filelike(BytesIO(data)),
        )
        image.save()
        self.counts["gambar"] += 1
        return image

    def ensure_units(self) -> dict[str, InformationUnit]:
        units = {}
        for name in content.UNITS:
            units[name], created = InformationUnit.objects.get_or_create(name=name)
            self.counts["unit informasi"] += created
        return units

    # StreamField values

    def body(self, blocks: list[tuple[str, Any]]) -> list[dict[str, Any]]:
        return [{"type": kind, "value": self.block_value(kind, value)} for kind, value in blocks]

    def block_value(self, kind: str, value: Any) -> Any:
        if kind == "heading":
            return heading_value(value)
        if kind == "table":
            return table_value(value)
        if kind == "document":
            document = self.document(value["title"], value["filename"], value["paragraphs"])
            return {"document": document.pk, "label": value["label"]}
        if kind == "image":
            image = self.image(value)
            return {"image": image.pk, "alt_text": value["alt_text"], "caption": value["caption"]}
        return value

    # Pages

    def publish(self, parent: Page, page: Page) -> Page:
        parent.add_child(instance=page)
        with approved_path(SET_UP):  # demo content stands for content published via the SOP
            page.save_revision().publish()
        release_documents_of(page)  # demo content stands for content published via the SOP
        self.counts["halaman"] += 1
        return page

    def add_standard_page(self, parent: Page, spec: Spec) -> StandardPage:
        page = StandardPage(
            title=spec["title"],
            slug=spec["slug"],
            show_in_menus=spec.get("show_in_menus", True),
            body=self.body(spec["body"]),
        )
        self.publish(parent, page)
        for child in spec.get("children", []):
            self.add_standard_page(page, child)
        return page

    def add_accessibility_statement(self) -> AccessibilityStatementPage:
        spec = content.ACCESSIBILITY_PAGE
        page = AccessibilityStatementPage(
            **{**spec, "body": self.body(spec["body"])}, reviewed_on=date.today()
        )
        return self.publish(self.home, page)

    def add_dip_index(self) -> DipIndexPage:
        index = self.publish(self.home, DipIndexPage(**content.DIP_INDEX))
        entries = [(category, spec) for category, specs in DIP_ENTRIES.items() for spec in specs]
        for category, spec in sorted(entries, key=lambda item: item[1]["created_date"]):
            self.add_dip_entry(index, category, spec)
        return index

    def add_dip_entry(self, index: DipIndexPage, category: str, spec: Spec) -> DipEntryPage:
        page = DipEntryPage(
            **{name: spec[name] for name in ENTRY_FIELDS if name in spec},
            slug=title_slug(spec["title"]),
            category=category,
            unit=self.units[spec["unit"]],
            summary=paragraph_html(spec["summary"]),
            berkala_kind=BERKALA_KINDS.get(spec["title"], "")
            if category == DipCategory.BERKALA
            else "",
            created_place=CREATED_PLACE,
            documents=self.entry_documents(category, spec),
        )
        return self.publish(index, page)

    def entry_documents(self, category: str, spec: Spec) -> list[DipEntryDocument]:
        if not spec["attachment"]:
            return []
        marking = EXEMPT_MARKING if category == DipCategory.DIKECUALIKAN else ""
        document = self.document(
            spec["title"], entry_filename(spec), entry_paragraphs(spec), marking
        )
        return [DipEntryDocument(document=document, label=spec["attachment"])]

    def add_regulations(self) -> RegulationIndexPage:
        index = self.publish(self.home, RegulationIndexPage(**content.REGULATION_INDEX))
        for spec in REGULATIONS:
            self.add_regulation(index, spec)
        return index

    def add_regulation(self, index: RegulationIndexPage, spec: Spec) -> RegulationPage:
        slug = f"{spec['regulation_type']}-{spec['number']}-{spec['year']}"
        document = self.document(spec["title"], f"{slug}.pdf", [spec["summary"], REGULATION_NOTE])
        page = RegulationPage(
            **{**spec, "summary": paragraph_html(spec["summary"])}, slug=slug, document=document
        )
        return self.publish(index, page)

    def add_news(self) -> NewsIndexPage:
        index = self.publish(self.home, NewsIndexPage(**content.NEWS_INDEX))
        for spec in NEWS:
            page = NewsPage(
                **{**spec, "body": self.body(spec["body"])}, slug=title_slug(spec["title"])
            )
            self.publish(index, page)
        return index

    def update_home(self, pages: dict[str, Page]) -> None:
        self.home.intro = content.HOME_INTRO
        self.home.quick_links = [
            {
                "type": "link",
                "value": {"label": label, "page": pages[slug].pk, "description": description},
            }
            for label, slug, description in content.QUICK_LINKS
            if slug in pages
        ]
        with approved_path(SET_UP):
            self.home.save_revision().publish()
