"""Exempt is a property of the information, not of the current draft (issue 13).

An entry that was ever saved or published as dikecualikan stays exempt for the public (page,
listings, search, sitemap, home page, documents) until a revision with another category and a
written lift reason is published through the whole workflow. Each attack below goes through the
real admin views as the role that would try it, then asks as an anonymous visitor.
"""

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from moderation.models import ForcedPublication
from ppid_pages.exemption import is_withheld
from ppid_pages.models import DipEntryPage, ExemptInformation
from ppid_pages.models.dip import DipCategory

from .factories import EXEMPT_FIELDS, make_dip_index, make_document, make_entry, pdf_bytes

pytestmark = pytest.mark.django_db

SECRET = "Rincian negosiasi harga satuan server"
LIFT_REASON = "Keputusan uji konsekuensi No. UK/09/PPID/2026: informasi dibuka."


def member(role: str, username: str | None = None) -> User:
    username = username or role.lower().replace(" ", "")
    user = User.objects.create_user(username, email=f"{username}@contohkab.go.id", password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def people() -> dict[str, User]:
    roles = ("Operator", "Sub Koordinator", "Koordinator", "Kepala Dinas")
    return {role: member(role) for role in roles}


@pytest.fixture
def public() -> Client:
    return Client()


@pytest.fixture
def secret_document():
    return make_document("Kontrak Server", pdf_bytes(SECRET))


@pytest.fixture
def exempt_entry(people, secret_document) -> DipEntryPage:
    entry = make_entry(
        make_dip_index(),
        "Kontrak Pengadaan Server",
        category=DipCategory.DIKECUALIKAN,
        documents=(secret_document,),
        summary=f"<p>{SECRET}</p>",
    )
    entry.owner = people["Operator"]
    entry.save(update_fields=["owner"])
    return entry


def entry_form(entry: DipEntryPage, category: str, **extra) -> dict:
    """The Wagtail edit form of a DIP entry, with its current attachments."""
    entry = DipEntryPage.objects.get(pk=entry.pk).get_latest_revision_as_object()
    attachments = [
        {"id": row.pk or "", "document": row.document_id, "label": row.label, "ORDER": str(n)}
        for n, row in enumerate(entry.documents.all(), start=1)
    ]
    exemption = {
        name: str(getattr(entry, name) or "") for name in EXEMPT_FIELDS if name in EXEMPT_FIELDS
    }
    return nested_form_data(
        {
            "title": entry.title,
            "slug": entry.slug,
            "number": entry.number,
            "category": category,
            "summary": rich_text(entry.summary),
            "unit": entry.unit_id,
            "responsible_party": entry.responsible_party,
            "created_date": entry.created_date.isoformat(),
            "created_place": entry.created_place,
            "information_format": entry.information_format,
            "retention_period": entry.retention_period,
            **exemption,
            "exemption_lift_reason": "",
            "documents": inline_formset(attachments, initial=len(attachments)),
            "comments": inline_formset([]),
            **extra,
        }
    )


def post_edit(client: Client, user: User, entry: DipEntryPage, category: str, **extra):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=[entry.pk])
    return client.post(url, entry_form(entry, category, **extra))


def assert_nothing_public(public: Client, entry: DipEntryPage, document) -> None:
    entry = DipEntryPage.objects.get(pk=entry.pk)
    response = public.get(entry.get_url() or "/dip/kontrak-pengadaan-server/")
    assert response.status_code == 404
    assert public.get(document.url).status_code == 404
    listing = public.get("/dip/").content.decode()
    assert "Kontrak Pengadaan Server" not in listing
    search = public.get("/cari/", {"q": "Kontrak Pengadaan Server"})
    assert [page.title for page in search.context["results"]] == []
    assert entry.specific.get_sitemap_urls() == []


def test_saving_a_draft_with_another_category_releases_nothing(
    client, people, public, exempt_entry, secret_document
):
    response = post_edit(client, people["Operator"], exempt_entry, DipCategory.BERKALA)
    assert response.status_code == 200  # the lift reason is required for another category
    assert "uji konsekuensi" in response.content.decode()
    response = post_edit(
        client,
        people["Operator"],
        exempt_entry,
        DipCategory.BERKALA,
        exemption_lift_reason="Sudah tidak rahasia.",
    )
    assert response.status_code == 302
    draft = DipEntryPage.objects.get(pk=exempt_entry.pk).get_latest_revision_as_object()
    assert draft.category == DipCategory.BERKALA
    assert_nothing_public(public, exempt_entry, secret_document)


def test_a_draft_saved_as_exempt_withholds_a_live_public_entry(client, people, public):
    document = make_document("Lampiran", pdf_bytes("Lampiran publik."))
    entry = make_entry(make_dip_index(), "Kontrak Pengadaan Server", documents=(document,))
    assert public.get(entry.url).status_code == 200
    assert public.get(document.url).status_code == 200
    response = post_edit(
        client, people["Operator"], entry, DipCategory.DIKECUALIKAN, **_exempt_values()
    )
    assert response.status_code == 302
    assert is_withheld(entry.pk)
    assert PageLogEntry.objects.filter(page=entry, action="ppid.exemption.mark").exists()
    assert_nothing_public(public, entry, document)
    home = public.get("/").content.decode()
    assert "Kontrak Pengadaan Server" not in home


def _exempt_values() -> dict:
    return {
        name: value.isoformat() if hasattr(value, "isoformat") else value
        for name, value in EXEMPT_FIELDS.items()
    }


def test_taking_down_then_deleting_an_exempt_entry_keeps_its_documents_private(
    client, people, public, exempt_entry, secret_document
):
    client.force_login(people["Koordinator"])
    response = client.post(
        reverse("moderation:takedown", args=[exempt_entry.pk]), {"reason": "Ditarik."}
    )
    assert response.status_code == 302
    assert public.get(secret_document.url).status_code == 404

    client.force_login(people["Operator"])  # the owner may delete an unpublished page
    response = client.post(reverse("wagtailadmin_pages:delete", args=[exempt_entry.pk]))
    assert response.status_code == 302
    assert not DipEntryPage.objects.filter(pk=exempt_entry.pk).exists()
    secret_document.refresh_from_db()
    assert secret_document.published_at is not None  # released once, with the exempt entry
    assert public.get(secret_document.url).status_code == 404


def test_koordinator_cannot_force_publish_an_exempt_entry_as_serta_merta(
    client, people, public, exempt_entry, secret_document
):
    koordinator = people["Koordinator"]
    response = post_edit(
        client,
        koordinator,
        exempt_entry,
        DipCategory.SERTA_MERTA,
        exemption_lift_reason="Darurat.",
    )
    assert response.status_code == 302
    response = client.post(
        reverse("moderation:force_publish", args=[exempt_entry.pk]), {"reason": "Mendesak."}
    )
    assert response.status_code == 200
    assert "dikecualikan" in response.content.decode()
    assert not ForcedPublication.objects.exists()
    assert DipEntryPage.objects.get(pk=exempt_entry.pk).category == DipCategory.DIKECUALIKAN
    assert_nothing_public(public, exempt_entry, secret_document)


def test_force_publish_is_refused_after_the_exemption_was_lifted(people, exempt_entry):
    from django.core.exceptions import ValidationError

    from tests.test_exceptions_to_the_path import force

    ExemptInformation.objects.filter(entry_id=exempt_entry.pk).update(lifted_at=timezone.now())
    with pytest.raises(ValidationError):
        force(exempt_entry, people["Koordinator"], "Mendesak.")


def run_workflow(client, people, entry) -> None:
    for role in ("Sub Koordinator", "Koordinator"):
        state = WorkflowState.objects.active().get(object_id=str(entry.pk)).current_task_state
        client.force_login(people[role])
        url = reverse("wagtailadmin_pages:workflow_action", args=[entry.pk, "approve", state.pk])
        assert client.post(url, {"comment": ""}).status_code == 302


def test_only_the_whole_workflow_with_a_reason_lifts_the_exemption(
    client, people, public, exempt_entry, secret_document
):
    response = post_edit(
        client,
        people["Operator"],
        exempt_entry,
        DipCategory.BERKALA,
        exemption_lift_reason=LIFT_REASON,
        summary=rich_text("<p>Ringkasan yang boleh dibuka.</p>"),
        **{"action-submit": "Kirim"},
    )
    assert response.status_code == 302
    assert_nothing_public(public, exempt_entry, secret_document)  # under review: still exempt
    run_workflow(client, people, exempt_entry)

    entry = DipEntryPage.objects.get(pk=exempt_entry.pk)
    assert entry.live and entry.category == DipCategory.BERKALA
    exemption = ExemptInformation.objects.get(entry_id=entry.pk)
    assert (exemption.lift_reason, exemption.lifted_by) == (LIFT_REASON, people["Koordinator"])
    log = PageLogEntry.objects.get(page=entry, action="ppid.exemption.lift")
    assert log.data["reason"] == LIFT_REASON
    assert public.get(entry.url).status_code == 200
    assert public.get(secret_document.url).status_code == 200


def test_the_finish_action_refuses_a_lift_without_a_reason(people, exempt_entry):
    from django.core.exceptions import PermissionDenied

    from ppid_pages.exemption import check_lift

    draft = DipEntryPage.objects.get(pk=exempt_entry.pk).get_latest_revision_as_object()
    draft.category = DipCategory.BERKALA
    revision = draft.save_revision(user=people["Operator"], clean=False)
    with pytest.raises(PermissionDenied):
        check_lift(revision)


def test_a_document_of_an_exempt_draft_revision_stays_exempt(client, people, public, exempt_entry):
    """A document attached only in a later draft of the exempt entry, then dropped again, is
    part of the exempt information: approving it on its own does not make it public."""
    from moderation.actions import approve_document, version_digest

    extra = make_document("Lampiran Harga", pdf_bytes("Harga satuan."))
    entry = DipEntryPage.objects.get(pk=exempt_entry.pk).get_latest_revision_as_object()
    form = entry_form(entry, DipCategory.DIKECUALIKAN)
    form.update(
        {
            "documents-TOTAL_FORMS": "2",
            "documents-1-id": "",
            "documents-1-document": str(extra.pk),
            "documents-1-label": "",
            "documents-1-ORDER": "2",
            "documents-1-DELETE": "",
        }
    )
    client.force_login(people["Operator"])
    assert (
        client.post(reverse("wagtailadmin_pages:edit", args=[entry.pk]), form).status_code == 302
    )
    approve_document(extra, people["Koordinator"], seen=version_digest(extra))
    assert public.get(extra.url).status_code == 404
