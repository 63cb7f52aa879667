"""Builders for test data. `bulk_dip_entries` inserts thousands of pages without the page API."""

import datetime
import io

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from wagtail.models import Collection, Page

from moderation.documents import release_documents_of
from moderation.publication import SET_UP, approved_path
from page_cache import generation
from ppid_pages.models import (
    DipEntryDocument,
    DipEntryPage,
    DipIndexPage,
    HomePage,
    InformationUnit,
    PPIDDocument,
)
from ppid_pages.models.dip import DipCategory

EXEMPT_FIELDS = {
    "exemption_legal_basis": "Pasal 17 huruf h UU 14/2008",
    "consequence_test_number": "UK/01/PPID/2025",
    "consequence_test_date": datetime.date(2025, 3, 1),
    "exemption_period": "5 tahun",
}


def home_page() -> HomePage:
    return HomePage.objects.get()


def pdf_bytes(*lines: str) -> bytes:
    """A real one-page PDF with a text layer holding `lines`."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number, line in enumerate(lines or ("Dokumen uji.",)):
        pdf.drawString(72, 760 - 16 * number, line)
    pdf.save()
    return buffer.getvalue()


def make_document(title: str = "Laporan", content: bytes | None = None) -> PPIDDocument:
    content = content if content is not None else pdf_bytes(f"{title}: dokumen uji.")
    document = PPIDDocument(title=title, collection=Collection.get_first_root_node())
    document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(content), save=False)
    document.save()
    return document


def released(asset):
    """Set-up: a document or image as a release leaves it (moderation.assets.release: the
    digest of the version it holds and its chained entry; the public views and the integrity
    watch trust release marks written on the row only with that entry)."""
    from moderation.assets import release
    from moderation.snapshot import asset_digest, asset_state

    release(asset, expected=asset_digest(asset_state(asset, pending=True)))
    asset.refresh_from_db()
    return asset


def publish(parent: Page, page: Page) -> Page:
    """Set-up shortcut for content already published through the workflow."""
    parent.add_child(instance=page)
    with approved_path(SET_UP):
        page.save_revision().publish()
    release_documents_of(page)
    page.refresh_from_db()
    return page


def make_dip_index(title: str = "Daftar Informasi Publik") -> DipIndexPage:
    return publish(home_page(), DipIndexPage(title=title, slug="dip"))


def make_unit(name: str = "Sekretariat") -> InformationUnit:
    return InformationUnit.objects.get_or_create(name=name)[0]


def entry_fields(unit: InformationUnit, category: str, **overrides) -> dict:
    fields = {
        "number": "DIP/2025/001",
        "summary": "<p>Ringkasan isi informasi.</p>",
        "unit": unit,
        "responsible_party": "Sekretaris Dinas",
        "created_date": datetime.date(2025, 1, 15),
        "created_place": "Kota Contoh",
        "retention_period": "5 tahun",
        "category": category,
    }
    if category == DipCategory.DIKECUALIKAN:
        fields.update(EXEMPT_FIELDS)
    fields.update(overrides)
    return fields


def make_entry(
    index: DipIndexPage,
    title: str,
    category: str = DipCategory.BERKALA,
    documents: tuple[PPIDDocument, ...] = (),
    **overrides,
) -> DipEntryPage:
    unit = overrides.pop("unit", None) or make_unit()
    entry = DipEntryPage(
        title=title,
        documents=[DipEntryDocument(document=doc) for doc in documents],
        **entry_fields(unit, category, **overrides),
    )
    return publish(index, entry)


def bulk_dip_entries(index: DipIndexPage, count: int, category: str = DipCategory.BERKALA):
    """Insert `count` live entries under `index` with bulk inserts (two statements per batch)."""
    unit = make_unit()
    content_type = ContentType.objects.get_for_model(DipEntryPage)
    now = timezone.now()
    start = index.numchild
    pages = []
    for offset in range(1, count + 1):
        number = start + offset
        slug = f"entri-{number}"
        pages.append(
            Page(
                title=f"Entri {number}",
                draft_title=f"Entri {number}",
                slug=slug,
                content_type=content_type,
                path=DipIndexPage._get_path(index.path, index.depth + 1, number),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                live=True,
                locale_id=index.locale_id,
                first_published_at=now,
                last_published_at=now,
            )
        )
    Page.objects.bulk_create(pages, batch_size=500)
    created = Page.objects.filter(path__in=[page.path for page in pages]).values_list(
        "pk", "title"
    )
    entries = [
        DipEntryPage(page_ptr_id=pk, title=title, **entry_fields(unit, category))
        for pk, title in created
    ]
    local_fields = DipEntryPage._meta.local_concrete_fields
    for batch_start in range(0, len(entries), 500):
        DipEntryPage.objects._insert(
            entries[batch_start : batch_start + 500], fields=local_fields, raw=True
        )
    Page.objects.filter(pk=index.pk).update(numchild=start + count)
    index.refresh_from_db()
    generation.bump()  # bulk inserts send no signals: a publication would retire the caches


def first_approval(obj, version: str, username: str = "penyetuju-pertama"):
    """Set-up: a Sub Koordinator's first approval of `version` of a document, image or reviewed
    snippet (moderation.two_people), so that the approval the test makes is the second, the
    one that releases."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from moderation.two_people import second_person

    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@contohkab.go.id"}
    )
    user.groups.add(Group.objects.get(name="Sub Koordinator"))
    second_person(obj, user, version)
    return user
