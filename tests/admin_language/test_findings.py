"""Scan findings in plain Indonesian, with a human location, a link to the block and advice."""

import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import Workflow

from ppid_admin.findings import describe_location, kind_label, present
from ppid_pages.models import StandardPage
from tests.factories import home_page

pytestmark = pytest.mark.django_db
NIK = "3201014508900002"


def standard_page_with_nik(author) -> StandardPage:
    page = StandardPage(
        title="Profil",
        slug="profil-temuan",
        live=False,
        body=[
            ("heading", {"text": "Pejabat", "level": "h2"}),
            ("paragraph", f"<p>Kepala bidang, NIK {NIK}, Jl. Mawar RT 01 RW 02.</p>"),
        ],
        owner=author,
    )
    home_page().add_child(instance=page)
    page.save_revision(user=author)
    return page


def test_every_kind_has_an_indonesian_label_and_unknown_kinds_a_generic_one():
    assert kind_label("address") == "Alamat rumah"
    assert kind_label("nik") == "NIK (Nomor Induk Kependudukan)"
    assert kind_label("face_photo") == "Temuan lain (face photo)"


def test_a_block_location_is_named_like_the_editor_names_it():
    author = User.objects.create_user("penulis", email="p@contohkab.go.id")
    page = standard_page_with_nik(author)
    label, anchor = describe_location(page, "body[1].paragraph")
    assert label.startswith("Isi, blok 2 (")
    assert anchor == f"temuan=body/{page.body[1].id}"


def test_the_operator_sees_findings_with_links_and_advice(client):
    operator = User.objects.create_user("operator", email="operator@contohkab.go.id")
    operator.groups.add(Group.objects.get(name="Operator"))
    page = standard_page_with_nik(operator)
    Workflow.objects.get(name="SOP Publikasi Konten").start(page, operator)
    [finding, *_] = present(
        [{"kind": "nik", "location": "body[1].paragraph", "excerpt": "32**", "severity": "block"}],
        page,
    )
    assert (
        finding.url
        == f"http://testserver/admin/pages/{page.pk}/edit/#temuan=body/{page.body[1].id}"
    )
    client.force_login(operator)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Pemindaian privasi mengembalikan halaman ini" in html
    assert "NIK (Nomor Induk Kependudukan)" in html
    assert f"#temuan=body/{page.body[1].id}" in html
    assert "minta peninjau menandainya sebagai bukan data pribadi" in html
    assert NIK not in html.replace(NIK, "", 1)  # only the editor's own field holds it


def test_a_finding_in_an_attachment_label_is_named_not_a_crash():
    """A NIK in a DIP attachment's link text: the location is a child relation, not a field
    (the scan rejection crashed with a 500 on it, so the Operator never saw the finding)."""
    from ppid_pages.models import DipEntryPage

    label, anchor = describe_location(DipEntryPage(title="Entri"), "documents[0].label")
    assert label.startswith("Dokumen terlampir") or label.lower().startswith("dokumen")
    assert "item 1" in label or "butir 1" in label, label
    assert anchor == "temuan=documents"
