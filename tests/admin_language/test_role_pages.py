"""Each role's home explains what the SOP asks of it; workflow actions say what happened."""

import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import Workflow, WorkflowState

from tests.test_workflow import draft_entry

pytestmark = pytest.mark.django_db


def member(username, role):
    user = User.objects.create_user(username, email=f"{username}@contohkab.go.id")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.mark.parametrize(
    ("role", "heading", "search"),
    [
        ("Operator", "Tugas Anda sebagai Operator", True),
        ("Sub Koordinator", "Tugas Anda sebagai Sub Koordinator", True),
        ("Koordinator", "Tugas Anda sebagai Koordinator", True),
        ("Kepala Dinas", "Tugas Anda sebagai Kepala Dinas", False),
        ("Web Developer", "Tugas Anda sebagai Web Developer", False),
    ],
)
def test_each_role_home_explains_the_sop_and_searches_only_where_allowed(
    client, role, heading, search
):
    client.force_login(member("orang", role))
    html = client.get("/admin/").content.decode()
    assert heading in html
    assert ('role="search"' in html) is search
    assert ("Cari semua halaman" in html) is search


def test_the_web_developer_home_explains_b1_to_b5(client):
    client.force_login(member("webdev", "Web Developer"))
    html = client.get("/admin/").content.decode()
    for step in ("B1-B2", "B3:", "B4:", "B5:"):
        assert step in html
    assert "permintaan menunggu langkah Anda" in html


def test_dashboard_approvals_say_what_happened(client):
    operator = member("operator", "Operator")
    sub = member("subkoordinator", "Sub Koordinator")
    koordinator = member("koordinator", "Koordinator")
    entry = draft_entry(operator, "<p>Jadwal layanan informasi.</p>")
    Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)

    def approve(user):
        client.force_login(user)
        state = WorkflowState.objects.active().get(object_id=str(entry.pk))
        url = f"/admin/pages/workflow/action/{entry.pk}/approve/{state.current_task_state.pk}/"
        response = client.post(url, {"comment": ""}, follow=True)
        return [str(message) for message in response.context["messages"]]

    passed_on = approve(sub)
    assert (
        "Halaman 'Daftar Penerima Bantuan' disetujui; sekarang menunggu 'Persetujuan Koordinator'."
        in passed_on
    )
    assert not any("diperbarui" in message for message in passed_on)
    published = approve(koordinator)
    assert "Halaman 'Daftar Penerima Bantuan' disetujui dan diterbitkan." in published
    assert not any("diperbarui" in message for message in published)


def test_the_operator_main_button_in_review_is_not_cancel(client):
    operator = member("operator", "Operator")
    entry = draft_entry(operator, "<p>Jadwal layanan informasi.</p>")
    Workflow.objects.get(name="SOP Publikasi Konten").start(entry, operator)
    client.force_login(operator)
    html = client.get(f"/admin/pages/{entry.pk}/edit/").content.decode()
    footer = html[html.index("footer__container") :]
    first_action = footer[: footer.index("</a>") if "</a>" in footer else 2000]
    assert "Lihat kemajuan tinjauan" in first_action
    assert "Sedang ditinjau: Tinjauan Sub Koordinator" in html


def test_daftar_konten_names_people_by_their_full_name(client):
    from django.urls import reverse

    from sop_governance.models import ContentPlan, ContentPlanItem

    operator = member("op.siti", "Operator")
    operator.first_name, operator.last_name = "Siti", "Rahmawati"
    operator.save()
    plan = ContentPlan(quarter="2026-Q4", live=False)
    plan.items = [
        ContentPlanItem(
            title="Laporan keuangan",
            category="berkala",
            target_month=11,
            responsible=operator,
            sort_order=0,
        )
    ]
    plan.save()
    client.force_login(member("sub", "Sub Koordinator"))
    html = client.get(reverse("sop_governance_plan_items:index")).content.decode()
    assert "Siti Rahmawati" in html  # the username alone before (str(user))
    # The "responsible" filter, the plan's editor and the export name her too (not "op.siti").
    assert f'<option value="{operator.pk}">Siti Rahmawati</option>' in html
    assert ">op.siti<" not in html
    html = client.get(reverse("sop_governance_plans:edit", args=[plan.pk])).content.decode()
    assert f'value="{operator.pk}" selected>Siti Rahmawati</option>' in html
    assert ">op.siti<" not in html
    export = client.get(reverse("sop_governance_plan_items:index") + "?export=csv")
    csv = b"".join(export.streaming_content).decode()
    assert "Siti Rahmawati" in csv and "op.siti" not in csv


def test_no_listing_names_people_by_username():
    """A user field in a listing's `list_display` (or an inspect view's fields) is shown by
    str(user), the username: every listing of the project names people through
    ppid_admin.columns.user_column, every inspect view by its own display method."""
    from django.contrib.auth import get_user_model
    from django.core.exceptions import FieldDoesNotExist
    from django.urls import get_resolver
    from wagtail.admin.viewsets import viewsets

    assert get_resolver().url_patterns  # the admin's URLs register the viewsets
    offenders = []
    checked = 0
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        if not isinstance(model, type) or model.__module__.startswith(("wagtail.", "django.")):
            continue
        checked += 1
        inspect_view = getattr(viewset, "inspect_view_class", None)
        shown = [(entry, "list") for entry in getattr(viewset, "list_display", None) or []]
        shown += [(entry, "inspect") for entry in getattr(viewset, "inspect_view_fields", [])]
        for entry, where in shown:
            if not isinstance(entry, str):
                continue
            try:
                field = model._meta.get_field(entry)
            except FieldDoesNotExist:
                continue
            if where == "inspect" and hasattr(inspect_view, f"get_{entry}_display_value"):
                continue
            if field.is_relation and field.related_model is get_user_model():
                offenders.append(f"{model.__name__}.{entry} ({where})")
    assert checked > 10
    assert offenders == []


@pytest.mark.parametrize(
    ("role", "waiting"),
    [
        ("Petugas Layanan Informasi", "permohonan baru untuk diperiksa"),
        ("PPID", "permohonan untuk diputuskan"),
        ("Atasan PPID", "keberatan menunggu tanggapan Anda"),
    ],
)
def test_the_information_service_roles_home_says_what_they_are_there_for(client, role, waiting):
    """Their home page was empty: only the office's name and the account links."""
    import re

    client.force_login(member("layanan", role))
    html = client.get("/admin/").content.decode()
    assert f"Tugas Anda sebagai {role}" in html
    assert waiting in html
    guide = html[html.index("ppid-guide") :]
    links = re.findall(r'<a href="(/admin/layanan/[^"]+)"', guide)
    assert links
    for link in links:  # each count opens a list the role may see
        assert client.get(link.replace("&amp;", "&")).status_code == 200, link
