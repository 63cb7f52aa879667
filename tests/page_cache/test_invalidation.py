"""The page cache: what it keeps, and that every change of what the public sees retires it.

Each invalidation test caches a page (a second GET is a hit), makes one change the way the
site makes it, and requests the page again: the visitor gets the new page, never the old one.
"""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, Workflow

from moderation.actions import approve_document, take_down, version_digest
from moderation.publication import SET_UP, approved_path
from page_cache import generation
from ppid_pages.models import DipEntryPage, DipIndexPage, PPIDSettings
from ppid_pages.models.dip import DipCategory
from tests.factories import (
    EXEMPT_FIELDS,
    first_approval,
    home_page,
    make_dip_index,
    make_document,
    make_entry,
    pdf_bytes,
    publish,
)
from tests.test_exceptions_to_the_path import force, serta_merta_draft
from tests.test_workflow import act, draft_entry, edit, member

pytestmark = pytest.mark.django_db


def cached(client: Client, url: str, **extra) -> str:
    """Request twice; the second answer must come from the cache. Returns the page."""
    first = client.get(url, **extra)
    assert first.status_code == 200, url
    second = client.get(url, **extra)
    assert second["X-Page-Cache"] == "hit", url
    assert second.content == first.content
    return second.content.decode(errors="replace")


def directives(response) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


def fresh(client: Client, url: str):
    response = client.get(url)
    assert response.get("X-Page-Cache") != "hit", url
    return response


@pytest.fixture
def index():
    return make_dip_index()


@pytest.fixture
def entry(index):
    return make_entry(index, "Laporan Keuangan 2025")


# What is kept, and what never is.


def test_an_anonymous_get_is_served_from_the_cache_with_its_headers(client, entry):
    page = cached(client, entry.url)
    assert "Laporan Keuangan 2025" in page
    response = client.get(entry.url, HTTP_HOST="localhost")  # the Site's host (the canonical)
    assert directives(response) == {"public", "max-age=30", "s-maxage=30"}
    assert response["ETag"]
    assert response["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in response
    assert client.get(entry.url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_gzip_responses_are_cached_apart_and_compressed(client, entry):
    page = cached(client, entry.url, HTTP_ACCEPT_ENCODING="gzip")
    response = client.get(entry.url, HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert "accept-encoding" in response["Vary"].lower()
    assert "Laporan Keuangan 2025" not in page  # compressed bytes
    plain = client.get(entry.url)
    assert "Laporan Keuangan 2025" in plain.content.decode()
    assert not plain.has_header("Content-Encoding")


def test_a_gzip_client_gets_a_304_after_the_page_is_rendered_again(client, entry, settings):
    """Issue 18: the ETag is that of the uncompressed body. gzip adds random bytes to every
    compression (BREACH), so an ETag of the compressed body changed with every render."""
    settings.PAGE_CACHE_ENABLED = False  # every request renders and compresses again
    first = client.get(entry.url, HTTP_ACCEPT_ENCODING="gzip")
    assert first["Content-Encoding"] == "gzip"
    again = client.get(entry.url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


@pytest.mark.parametrize("query", ["?halaman=1&halaman=2"])
def test_unknown_or_odd_queries_are_never_cached(client, index, query):
    for _ in range(2):
        response = client.get(index.url + query)
        assert response["X-Page-Cache"] if response.has_header("X-Page-Cache") else True
        assert response.get("X-Page-Cache") is None
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


@pytest.mark.parametrize(
    "query",
    [
        "?token=abc",
        "?preview=1",
        "?utm_source=x&rahasia=1",
        "?q=" + "a" * 201,  # the DIP index reads no `q`
    ],
)
def test_parameters_the_listing_does_not_read_give_its_canonical_page(client, index, query):
    """Dropped before the view and the key (page_cache.middleware.reads_query, fix18m): no
    view of the listing reads them, so the answer is the canonical page's entry, kept by no
    shared cache under this address (tests/page_cache/test_unread_parameters.py)."""
    canonical = client.get(index.url)
    for _ in range(2):
        response = client.get(index.url + query)
        assert response["X-Page-Cache"] == "hit"
        assert response.content == canonical.content
        assert "s-maxage=0" in response["Cache-Control"]


def test_listing_filters_are_cached_and_never_kept_by_a_shared_cache(client, index, entry):
    cached(client, index.url + "?halaman=1&kategori=berkala")
    response = client.get(index.url + "?kategori=berkala&halaman=1")  # the same, reordered
    assert response["X-Page-Cache"] == "hit"
    assert directives(response) == {"public", "max-age=30", "s-maxage=0"}


def test_a_logged_in_visitor_is_never_served_or_stored(client, entry):
    staff = Client()
    staff.force_login(member("koordinator", "Koordinator"))
    for _ in range(2):
        response = staff.get(entry.url)
        assert response.status_code == 200
        assert response.get("X-Page-Cache") is None
        assert "no-store" in response["Cache-Control"]
    # ...and what staff saw was not stored for the public either.
    assert client.get(entry.url)["X-Page-Cache"] == "miss"


def test_post_and_the_admin_are_never_cached(client, entry):
    assert client.post(entry.url).get("X-Page-Cache") is None
    response = client.get("/admin/login/")
    assert response.get("X-Page-Cache") is None
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_a_response_with_a_csrf_token_or_a_cookie_is_never_stored(client, entry, rf):
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from page_cache.middleware import PageCacheMiddleware

    def with_token(request):
        return HttpResponse(get_token(request))

    def with_cookie(request):
        response = HttpResponse("hai")
        response.set_cookie("pilihan", "1")
        return response

    for view in (with_token, with_cookie):
        middleware = PageCacheMiddleware(view)
        # Django's handler below the middleware: its process_view, then the view.
        middleware.get_response = lambda request, m=middleware, v=view: (
            m.process_view(request, v, (), {}) or v(request)
        )
        for _ in range(2):
            response = middleware(rf.get("/sebuah-halaman/"))
            assert response["X-Page-Cache"] == "miss"


def test_the_integrity_watch_renders_from_the_database(client, entry):
    from page_cache.middleware import BYPASS

    cached(client, entry.url)
    assert client.get(entry.url, **{BYPASS: True}).get("X-Page-Cache") is None


# Every change of what the public may see.


def test_publication_through_the_workflow(client, index):
    people = {r: member(r.replace(" ", "").lower(), r) for r in ("Operator", "Sub Koordinator")}
    koordinator = member("koordinator", "Koordinator")
    cached(client, index.url)
    entry = draft_entry(people["Operator"], "<p>Data penerima tersedia di kantor.</p>")
    Workflow.objects.get(name="SOP Publikasi Konten").start(entry, people["Operator"])
    act(entry, people["Sub Koordinator"])
    assert "Daftar Penerima Bantuan" not in cached(client, index.url)  # not yet public
    act(entry, koordinator)
    assert "Daftar Penerima Bantuan" in fresh(client, index.url).content.decode()
    # A new revision published through the workflow replaces the cached entry page too.
    cached(client, entry.url)
    edit(entry, people["Operator"], "<p>Revisi kedua.</p>")
    state = Workflow.objects.get(name="SOP Publikasi Konten").start(entry, people["Operator"])
    state.refresh_from_db()
    assert "Revisi kedua" not in cached(client, entry.url)
    act(entry, people["Sub Koordinator"])
    act(entry, koordinator)
    assert "Revisi kedua" in fresh(client, entry.url).content.decode()


def test_take_down(client, index, entry):
    home = home_page()
    cached(client, entry.url)
    assert entry.title in cached(client, index.url)
    cached(client, home.url)
    take_down(entry, member("koordinator", "Koordinator"), "Data keliru.")
    assert fresh(client, entry.url).status_code == 404
    assert entry.title not in fresh(client, index.url).content.decode()


def test_serta_merta_force_publish(client, index):
    home = home_page()
    entry = serta_merta_draft()
    cached(client, home.url)
    force(entry, member("koordinator", "Koordinator"), "Peringatan dini banjir.")
    assert entry.title in fresh(client, home.url).content.decode()


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_a_document_released_a_new_version_and_made_private_again(client, index):
    document = make_document("Laporan Tahunan")
    assert client.get(document.url).status_code == 404  # a 404 is never kept
    first_approval(document, version_digest(document))  # 1 of 2: nothing released yet
    approve_document(document, member("koordinator", "Koordinator"), seen=version_digest(document))
    assert fresh(client, document.url).status_code == 200
    released = body(client.get(document.url))
    assert client.get(document.url)["X-Page-Cache"] == "hit"
    # A new file waits as the pending version (moderation.assets): the save is a public
    # change, and the public keeps the released bytes.
    document.refresh_from_db()
    document.file = ContentFile(pdf_bytes("Versi baru."), name="laporan-baru.pdf")
    document.save()
    assert body(fresh(client, document.url)) == released
    # Released by the publication of its entry; private again when the entry becomes exempt.
    attachment = make_document("Lampiran")
    entry = make_entry(index, "Laporan Tahunan", documents=(attachment,))
    attachment.refresh_from_db()
    assert client.get(attachment.url).status_code == 200
    assert client.get(attachment.url)["X-Page-Cache"] == "hit"
    exempt_revision(entry)
    assert fresh(client, attachment.url).status_code == 404


def exempt_revision(entry: DipEntryPage) -> None:
    page = DipEntryPage.objects.get(pk=entry.pk)
    page.category = DipCategory.DIKECUALIKAN
    for name, value in EXEMPT_FIELDS.items():
        setattr(page, name, value)
    with approved_path(SET_UP):
        page.save_revision().publish()


def test_a_page_becoming_and_ceasing_to_be_exempt(client, index, entry):
    cached(client, entry.url)
    assert entry.title in cached(client, index.url)
    exempt_revision(entry)
    assert fresh(client, entry.url).status_code == 404
    assert entry.title not in fresh(client, index.url).content.decode()
    page = DipEntryPage.objects.get(pk=entry.pk)
    page.category = DipCategory.BERKALA
    page.exemption_lift_reason = "Putusan uji konsekuensi UK/02/PPID/2025 mencabut pengecualian."
    with approved_path(SET_UP):
        page.save_revision().publish()
    # Whatever the exemption rules then allow, the visitor gets the database's answer.
    from page_cache.middleware import BYPASS

    expected = client.get(entry.url, **{BYPASS: True}).status_code
    assert fresh(client, entry.url).status_code == expected


def test_settings_that_render_publicly(client, entry):
    from moderation.site_settings import approve_site_settings, public_values, review_digest

    home = home_page()
    site = home.get_site()
    cached(client, home.url)
    cached(client, entry.url)
    settings = PPIDSettings.for_site(site)
    settings.office_name = "Dinas Komunikasi Kota Contoh"
    settings.save()  # a working copy: the public keeps the approved values
    assert "Dinas Komunikasi Kota Contoh" not in fresh(client, home.url).content.decode()
    cached(client, home.url)
    seen = review_digest(public_values(settings))
    approve_site_settings(site, member("subkoordinator", "Sub Koordinator"), "Ya.", seen=seen)
    assert "Dinas Komunikasi Kota Contoh" not in cached(client, home.url)  # 1 of 2
    approve_site_settings(site, member("koordinator", "Koordinator"), "Sesuai.", seen=seen)
    assert "Dinas Komunikasi Kota Contoh" in fresh(client, home.url).content.decode()
    assert "Dinas Komunikasi Kota Contoh" in fresh(client, entry.url).content.decode()


def test_a_move(client, index, entry):
    other = publish(home_page(), DipIndexPage(title="Arsip Informasi", slug="arsip"))
    old_url = entry.url
    cached(client, old_url)
    cached(client, other.url)
    with approved_path(SET_UP):
        Page.objects.get(pk=entry.pk).move(other, pos="last-child")
    # Wagtail's automatic redirect to the new address, followed once a second person approved
    # it like every redirect (moderation.redirects).
    from wagtail.contrib.redirects.models import Redirect

    from moderation import redirects
    from tests.test_workflow_bypass import member

    assert fresh(client, old_url).status_code == 404
    for redirect in Redirect.objects.all():
        first_approval(redirect, redirects.digest_of(redirect))  # 1 of 2
        redirects.approve(redirect, member("Koordinator"), seen=redirects.digest_of(redirect))
    moved = fresh(client, old_url)
    assert (moved.status_code, moved["Location"]) == (301, "/arsip/laporan-keuangan-2025/")
    assert entry.title in fresh(client, other.url).content.decode()


def test_a_delete(client, index, entry):
    cached(client, entry.url)
    cached(client, index.url)
    with approved_path(SET_UP):
        Page.objects.get(pk=entry.pk).delete()
    assert fresh(client, entry.url).status_code == 404
    assert entry.title not in fresh(client, index.url).content.decode()


def approved_as_it_is(revision) -> None:
    """As the finish action leaves a scheduled revision: its approval record and its chained
    publication snapshot (the go-live check trusts the record's hash only with that entry)."""
    from moderation.models import ApprovalRecord, PublicationSnapshot, SnapshotStep
    from moderation.snapshot import take

    PublicationSnapshot.record(revision, SnapshotStep.PUBLISH, take(revision))
    ApprovalRecord.objects.create(
        page_id=revision.object_id,
        page_title=revision.object_str,
        revision=revision,
        change_kind="update",
        submitted_by="operator",
        submitted_at=timezone.now(),
        scan_summary="",
        snapshot_hash=take(revision).digest,
    )


def test_scheduled_expiry_and_go_live(client, index, entry):
    cached(client, entry.url)
    # Setting a date changes nothing yet: expiry is the command's to carry out.
    Page.objects.filter(pk=entry.pk).update(expire_at=timezone.now() - datetime.timedelta(1))
    call_command("publish_scheduled")
    assert fresh(client, entry.url).status_code == 404

    later = make_entry(index, "Jadwal Tayang")
    page = DipEntryPage.objects.get(pk=later.pk)
    page.title = "Jadwal Tayang Baru"
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    with approved_path(SET_UP):  # scheduled by an approval
        revision.save()
    approved_as_it_is(revision)  # else publish_scheduled holds it (moderation.scheduling)
    cached(client, later.url)
    call_command("publish_scheduled")
    assert "Jadwal Tayang Baru" in fresh(client, later.url).content.decode()


def test_an_image_unit_or_any_other_public_model(client, entry):
    from django.contrib.auth import get_user_model

    from ppid_pages.models import InformationUnit
    from tests.test_reviewed_snippets import approve_unit, edit_unit

    cached(client, entry.url)
    unit = InformationUnit.objects.get(pk=entry.unit_id)
    # A unit is reviewed content (moderation.snippets): a rename waits for its approval.
    admin = get_user_model().objects.create_superuser("admin", "admin@contohkab.go.id", "x")
    staff = Client()
    edit_unit(staff, admin, unit, "Bagian Hukum")
    assert "Bagian Hukum" not in cached(client, entry.url)
    assert (
        approve_unit(staff, member("subkoordinator", "Sub Koordinator"), unit).status_code == 302
    )
    assert "Bagian Hukum" not in cached(client, entry.url)  # 1 of 2 approvals
    assert approve_unit(staff, member("koordinator", "Koordinator"), unit).status_code == 302
    assert "Bagian Hukum" in fresh(client, entry.url).content.decode()


def test_a_rolled_back_change_keeps_the_generation(entry):
    from django.db import transaction

    before = generation.current()
    with pytest.raises(RuntimeError), transaction.atomic():
        DipEntryPage.objects.get(pk=entry.pk).save()
        assert generation.current() != before
        raise RuntimeError
    assert generation.current() == before


def test_private_bookkeeping_keeps_the_generation(entry):
    before = generation.current()
    client = Client()
    client.force_login(member("operator", "Operator"))  # sessions, last_login, devices
    DipEntryPage.objects.get(pk=entry.pk).save_revision()  # a draft
    assert generation.current() == before


# The information service's records are not public changes.

STATISTICS = "/layanan-informasi/statistik-layanan-informasi/"


def test_a_request_or_a_survey_answer_keeps_the_pages_and_retires_the_statistics(
    client, index, entry
):
    import datetime

    from django.urls import reverse

    from information_requests.demo import decide_and_deliver, new_request
    from information_requests.models import InformationRequest
    from information_requests.roles import ATASAN_PPID, PETUGAS, PPID
    from service_reports.models import SurveyResponse
    from tests.information_requests.conftest import identity_upload, request_data

    people = tuple(
        member(f"layanan{number}", role)
        for number, role in enumerate((PETUGAS, PPID, ATASAN_PPID))
    )
    start = datetime.date(2025, 3, 3)
    finished = new_request(1, start, people[0], channel="langsung")
    decide_and_deliver(finished, people, "dikabulkan_seluruhnya", start)
    finished = InformationRequest.objects.get(pk=finished.pk)
    home = home_page()
    pages = (home.url, index.url, entry.url)

    def all_cached() -> None:
        for url in (*pages, STATISTICS):
            cached(client, url)

    def pages_still_cached() -> None:
        for url in pages:
            assert client.get(url)["X-Page-Cache"] == "hit", url

    # A request submitted through the public form.
    all_cached()
    data = request_data()
    data.pop("channel")
    visitor = Client()
    submitted = visitor.post(
        reverse("information_requests:submit"), {**data, "identity_document": identity_upload()}
    )
    assert submitted.status_code == 302
    assert InformationRequest.objects.count() == 2
    pages_still_cached()
    assert fresh(client, STATISTICS).status_code == 200  # its figures are the service's

    # A survey answer through the tracking link.
    all_cached()
    survey = reverse(
        "service_reports_public:survey", args=[finished.number, finished.tracking_code]
    )
    assert visitor.post(survey, {f"u{i}": 4 for i in range(1, 10)}).status_code == 302
    assert SurveyResponse.objects.count() == 1
    pages_still_cached()
    fresh(client, STATISTICS)

    # A publication still retires every page.
    all_cached()
    make_entry(index, "Laporan Pengadaan 2025")
    for url in (*pages, STATISTICS):
        fresh(client, url)
    assert "Laporan Pengadaan 2025" in client.get(index.url).content.decode()


def test_every_model_is_public_unless_named_private():
    """Deny by default: a model that no list names bumps the public generation."""
    from django.apps import apps

    from page_cache.signals import PRIVATE_MODELS, SERVICE_MODELS, affects_public

    named = PRIVATE_MODELS | SERVICE_MODELS
    assert named <= {model._meta.label_lower for model in apps.get_models()}
    for model in apps.get_models():
        if model._meta.app_label in ("information_requests", "service_reports"):
            expected = model._meta.label_lower not in named
            assert affects_public(model) is expected, model
