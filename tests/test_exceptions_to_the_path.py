"""Take-down with a reason, and urgent serta merta publication with a retrospective review."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from wagtail.models import PageLogEntry

from moderation.actions import ScanBlocked, force_publish, review_forced_publication
from moderation.models import ForcedPublication, Takedown
from moderation.views import latest_version_shown
from ppid_pages.models.dip import DipCategory

from .factories import make_dip_index, make_entry
from .test_workflow import NIK, draft_entry, edit, member


def force(page, user, reason: str):
    """Force-publish as the admin form does: with the digest of the version it showed."""
    return force_publish(page, user, reason, seen=latest_version_shown(page).get("digest", ""))


pytestmark = pytest.mark.django_db


@pytest.fixture
def live_entry():
    return make_entry(make_dip_index(), "Laporan Keuangan")


@pytest.mark.parametrize("role", ["Koordinator", "Kepala Dinas"])
def test_koordinator_and_head_of_office_take_content_down_at_once(client, live_entry, role):
    user = member("pejabat", role)
    client.force_login(user)
    response = client.post(f"/admin/sop/turunkan/{live_entry.pk}/", {"reason": "Data keliru."})
    assert response.status_code == 302
    live_entry.refresh_from_db()
    assert not live_entry.live
    assert Takedown.objects.get().reason == "Data keliru."
    log = PageLogEntry.objects.get(page=live_entry, action="ppid.takedown")
    assert (log.user, log.data["reason"]) == (user, "Data keliru.")
    assert client.get(live_entry.url).status_code == 404


def test_take_down_requires_a_reason(client, live_entry):
    client.force_login(member("koordinator", "Koordinator"))
    response = client.post(f"/admin/sop/turunkan/{live_entry.pk}/", {"reason": "  "})
    assert response.status_code == 200
    assert "Alasan wajib diisi." in response.content.decode()
    live_entry.refresh_from_db()
    assert live_entry.live


@pytest.mark.parametrize("role", ["Operator", "Sub Koordinator", "Web Developer"])
def test_other_roles_cannot_take_content_down(client, live_entry, role):
    client.force_login(member("orang", role))
    response = client.post(f"/admin/sop/turunkan/{live_entry.pk}/", {"reason": "Coba."})
    assert (response.status_code, response.url) == (302, "/admin/")  # Wagtail's refusal
    live_entry.refresh_from_db()
    assert live_entry.live


def serta_merta_draft(summary: str = "<p>Banjir di Kecamatan Contoh.</p>"):
    operator = member("operator", "Operator")
    entry = draft_entry(operator, summary)
    return edit_category(entry, operator)


def edit_category(entry, user):
    from ppid_pages.models import DipEntryPage

    page = DipEntryPage.objects.get(pk=entry.pk).get_latest_revision_as_object()
    page.category = DipCategory.SERTA_MERTA
    page.save_revision(user=user)
    return DipEntryPage.objects.get(pk=entry.pk)


def test_koordinator_publishes_serta_merta_at_once_and_it_is_listed_for_review(client):
    entry = serta_merta_draft()
    koordinator = member("koordinator", "Koordinator")
    client.force_login(koordinator)
    from tests.test_force_publish_sees_what_it_publishes import shown_digest

    response = client.post(
        f"/admin/sop/terbitkan-segera/{entry.pk}/",
        {"reason": "Peringatan dini banjir.", "digest": shown_digest(client, entry)},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.live
    assert PageLogEntry.objects.filter(page=entry, action="ppid.force_publish").exists()

    sub = member("subkoordinator", "Sub Koordinator")
    client.force_login(sub)
    listing = client.get("/admin/sop/tinjauan-retrospektif/").content.decode()
    assert "Peringatan dini banjir." in listing
    record = ForcedPublication.objects.get()
    client.post(f"/admin/sop/tinjauan-retrospektif/{record.pk}/", {"comment": "Sesuai."})
    record.refresh_from_db()
    assert record.reviewed_by == sub
    listing = client.get("/admin/sop/tinjauan-retrospektif/").content.decode()
    assert "Peringatan dini banjir." not in listing


def test_the_scan_still_blocks_a_forced_publication():
    entry = serta_merta_draft(f"<p>Korban: NIK {NIK}</p>")
    with pytest.raises(ScanBlocked):
        force(entry, member("koordinator", "Koordinator"), "Darurat.")
    entry.refresh_from_db()
    assert not entry.live


def test_a_caller_that_was_shown_nothing_publishes_nothing():
    """Deny by default: code that calls the action without the digest of what was shown (or
    with a stale one) is refused like the form is."""
    entry = serta_merta_draft()
    koordinator = member("koordinator", "Koordinator")
    for seen in ("", "0" * 64):
        with pytest.raises(ValidationError):
            force_publish(entry, koordinator, "Darurat.", seen=seen)
    with pytest.raises(TypeError):
        force_publish(entry, koordinator, "Darurat.")  # type: ignore[call-arg]
    entry.refresh_from_db()
    assert not entry.live


def test_only_serta_merta_may_be_forced():
    operator = member("operator", "Operator")
    entry = draft_entry(operator, "<p>Laporan berkala.</p>")
    with pytest.raises(ValidationError):
        force(entry, member("koordinator", "Koordinator"), "Mendesak.")


@pytest.mark.parametrize("role", ["Operator", "Sub Koordinator", "Kepala Dinas"])
def test_only_the_koordinator_may_force(role):
    entry = serta_merta_draft()
    with pytest.raises(PermissionDenied):
        force(entry, member("orang", role), "Mendesak.")


def test_the_forcer_cannot_review_their_own_publication():
    entry = serta_merta_draft()
    koordinator = member("koordinator", "Koordinator")
    koordinator.groups.add(*member("tmp", "Sub Koordinator").groups.all())
    record = force(entry, koordinator, "Darurat.")
    with pytest.raises(PermissionDenied):
        review_forced_publication(record, koordinator, "Oke.")


def test_the_operator_who_wrote_it_cannot_review_it():
    entry = serta_merta_draft()
    writer = member("penulis", "Sub Koordinator")
    edit(entry, writer, "<p>Banjir, diperbarui.</p>")
    record = force(entry, member("koordinator", "Koordinator"), "Darurat.")
    with pytest.raises(PermissionDenied):
        review_forced_publication(record, writer, "Oke.")


def test_the_head_of_office_finds_live_pages_to_take_down(client, live_entry):
    client.force_login(member("kadis", "Kepala Dinas"))
    html = client.get("/admin/sop/turunkan/", {"q": "Keuangan"}).content.decode()
    assert f"/admin/sop/turunkan/{live_entry.pk}/" in html


def test_the_page_menu_offers_take_down_to_the_koordinator(client, live_entry):
    client.force_login(member("koordinator", "Koordinator"))
    html = client.get(f"/admin/pages/{live_entry.get_parent().pk}/").content.decode()
    assert f"/admin/sop/turunkan/{live_entry.pk}/" in html


@pytest.mark.parametrize(
    ("role", "shown", "hidden"),
    [
        ("Kepala Dinas", ["Turunkan konten", "Daftar Update Konten"], ["Persetujuan dokumen"]),
        ("Koordinator", ["Turunkan konten", "Persetujuan dokumen"], ["Tinjauan retrospektif"]),
        ("Sub Koordinator", ["Tinjauan retrospektif"], ["Turunkan konten"]),
        ("Operator", [], ["Turunkan konten", "Daftar Update Konten", "Tinjauan retrospektif"]),
    ],
)
def test_the_admin_menu_follows_the_role(client, role, shown, hidden):
    client.force_login(member("orang", role))
    html = client.get("/admin/").content.decode()
    for label in shown:
        assert label in html, label
    for label in hidden:
        assert label not in html, label
