"""Site settings that render on every public page (office, address, contacts, service hours)
reach the public only after the privacy scan and a second person (issue 13), and the office
allow-list never takes a person's identifier whatever label surrounds it (issues 13 and 14).
Each attack goes through the real admin views as the role that would try it."""

import html
import re

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry, Site

from moderation.allow_list import PrivacyAllowListSettings
from moderation.documents import official_allow_list
from moderation.models import SiteSettingsApproval
from moderation.privacy import scan_text
from ppid_pages.models import PPIDSettings

pytestmark = pytest.mark.django_db

NIK = "3171014708850003"  # area 31 71 01, born 7 Aug 1985 (woman: day + 40)
APPROVED_HOURS = "Senin-Jumat 08.00-15.00 WIB"


def member(role: str, username: str | None = None) -> User:
    username = username or role.lower().replace(" ", "")
    user = User.objects.create_user(username, email=f"{username}@contohkab.go.id", password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def site() -> Site:
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def admin_user() -> User:
    return User.objects.create_superuser("admin", "admin@contohkab.go.id", "x")


@pytest.fixture
def approved(site, admin_user, client):
    """The office as approved once by a Koordinator after the superuser set it up."""
    edit_settings(client, admin_user, site, office_hours=APPROVED_HOURS)
    approve(client, member("Koordinator", "koordinator0"))
    assert SiteSettingsApproval.objects.filter(values__office_hours=APPROVED_HOURS).exists()


def settings_form(site: Site, **changes) -> dict:
    setting = PPIDSettings.for_site(site)
    data = {
        "office_name": setting.office_name,
        "parent_institution": setting.parent_institution,
        "head_of_office_title": setting.head_of_office_title,
        "address": setting.address,
        "phone": setting.phone,
        "whatsapp": setting.whatsapp,
        "email": setting.email,
        "other_contacts": setting.other_contacts,
        "office_hours": setting.office_hours,
        "logo": "",
    }
    return data | changes


def edit_settings(client: Client, user: User, site: Site, **changes):
    client.force_login(user)
    url = reverse("wagtailsettings:edit", args=["ppid_pages", "ppidsettings", site.pk])
    response = client.post(url, settings_form(site, **changes))
    assert response.status_code == 302, response.content[:3000]
    return response


def shown_digest(client: Client) -> str:
    """The digest of the values the review page shows, which its form posts back."""
    review = client.get(reverse("moderation:site_settings"), HTTP_ACCEPT_LANGUAGE="id")
    found = re.search(r'name="digest" value="([0-9a-f]*)"', review.content.decode())
    return found.group(1) if found else ""


def approve_once(client: Client, user: User, comment: str = "Sesuai.", digest: str | None = None):
    """Open the review page and approve what it shows (or the `digest` seen earlier)."""
    client.force_login(user)
    with translation.override("id"):
        seen = shown_digest(client) if digest is None else digest
        return client.post(
            reverse("moderation:site_settings"),
            {"comment": comment, "digest": seen},
            HTTP_ACCEPT_LANGUAGE="id",
        )


def approve(client: Client, user: User, comment: str = "Sesuai.", digest: str | None = None):
    """`user`'s approval as the second of two (moderation.two_people): a Sub Koordinator who
    changed nothing approves the same values first."""
    first, _created = User.objects.get_or_create(
        username="subkoordinator-pertama", defaults={"email": "sk1@contohkab.go.id"}
    )
    first.groups.add(Group.objects.get(name="Sub Koordinator"))
    if first != user:
        approve_once(client, first, comment, digest)
    return approve_once(client, user, comment, digest)


def test_one_approval_of_public_settings_is_not_enough(client, site, admin_user, approved):
    """The office settings render on every public page: two people release them, as a page
    (issue 13 re-attack, break 4: a superuser and one Koordinator made a logo public)."""
    edit_settings(client, admin_user, site, office_hours="Senin-Kamis 08.00-14.00 WIB")
    koordinator = member("Koordinator", "koordinator1")
    response = approve_once(client, koordinator)
    assert response.status_code == 302
    assert "1 dari 2" in client.get(response.url).content.decode()
    assert "Senin-Kamis 08.00-14.00 WIB" not in public_footer()
    approve_once(client, koordinator)  # the same person again: refused
    assert "Senin-Kamis 08.00-14.00 WIB" not in public_footer()
    approve_once(client, member("Sub Koordinator", "subkoordinator1"))
    assert "Senin-Kamis 08.00-14.00 WIB" in public_footer()


def public_footer() -> str:
    return Client().get("/").content.decode()


def test_an_edit_is_not_public_until_a_second_person_approves(client, site, admin_user, approved):
    edit_settings(client, admin_user, site, office_hours="Senin-Sabtu 07.00-21.00 WIB")
    assert "Senin-Sabtu 07.00-21.00 WIB" not in public_footer()
    assert APPROVED_HOURS in public_footer()

    response = approve(client, admin_user)  # the editor cannot approve their own change
    assert (response.status_code, response.url) == (302, "/admin/")
    assert "Senin-Sabtu 07.00-21.00 WIB" not in public_footer()

    koordinator = member("Koordinator")
    client.force_login(koordinator)
    review = client.get(reverse("moderation:site_settings")).content.decode()
    assert "Senin-Sabtu 07.00-21.00 WIB" in review and APPROVED_HOURS in review
    response = approve(client, koordinator)
    assert response.status_code == 302
    assert "Senin-Sabtu 07.00-21.00 WIB" in public_footer()
    record = SiteSettingsApproval.objects.latest()
    assert record.approved_by == koordinator
    assert record.contributors == [admin_user.pk]
    log = ModelLogEntry.objects.get(action="ppid.settings.approve", user=koordinator)
    assert log.data["digest"] == record.digest
    assert log.data["fields"] == ["office_hours"]


def test_the_scan_blocks_a_nik_in_the_footer(client, site, admin_user, approved):
    edit_settings(
        client, admin_user, site, office_hours=f"Piket: Budi, NIK {NIK}", other_contacts=NIK
    )
    assert NIK not in public_footer()
    response = approve(client, member("Koordinator"))
    assert response.status_code == 200
    assert "Pemindaian privasi memblokir pengaturan ini." in response.content.decode()
    assert "NIK - office_hours: 31**************" in response.content.decode()  # masked
    assert NIK not in public_footer()
    assert all(NIK not in str(values) for values in SiteSettingsApproval.objects.values("values"))


@pytest.mark.parametrize("role", ["Operator", "Kepala Dinas", "Web Developer"])
def test_other_roles_cannot_approve(client, site, admin_user, approved, role):
    edit_settings(client, admin_user, site, office_hours="Setiap hari 24 jam")
    response = approve(client, member(role))
    assert (response.status_code, response.url) == (302, "/admin/")
    assert "Setiap hari 24 jam" not in public_footer()


def test_unapproved_contacts_never_join_the_allow_list(client, site, admin_user, approved):
    """The scanner's allow-list is built from approved contacts only: a private number typed
    into the settings cannot pass every page scan."""
    edit_settings(client, admin_user, site, other_contacts="0812-9876-5432")
    assert not official_allow_list().allows_phone("0812-9876-5432")


def allow_list_url(site: Site) -> str:
    return reverse(
        "wagtailsettings:edit", args=["moderation", "privacyallowlistsettings", site.pk]
    )


@pytest.mark.parametrize(
    "line",
    [f"NIP {NIK}", f"NIP: {NIK[:4]} {NIK[4:8]} {NIK[8:12]} {NIK[12:]}", f"No. Reg {NIK}"],
)
def test_the_allow_list_refuses_a_nik_whatever_its_label(client, site, line):
    koordinator = member("Koordinator")
    client.force_login(koordinator)
    data = {"npwp": "", "bank_accounts": "", "extra_values": f"Jl. Merdeka No. 1\n{line}"}
    with translation.override("id"):
        response = client.post(allow_list_url(site), data, HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 200
    assert "Baris 2 memuat nomor identitas pribadi" in response.content.decode()
    assert PrivacyAllowListSettings.for_site(site).extra_values == ""
    assert [f.kind for f in scan_text(f"Data pegawai: {NIK}", official_allow_list())] == ["nik"]


def test_the_allow_list_drops_a_nik_that_got_there_another_way(site):
    setting = PrivacyAllowListSettings.for_site(site)
    setting.extra_values = f"NIP {NIK}"
    setting.save()  # no form, no clean(): an import or a shell
    assert not official_allow_list().allows_number(NIK)


# Found by the red-team run (redteam13): the Koordinator opened the review, the settings were
# edited again, and the Koordinator's click approved values nobody had seen.
def test_site_settings_changed_after_the_koordinator_opened_them_are_not_approved(
    client, site, admin_user, approved
):
    edit_settings(client, admin_user, site, office_hours="Senin-Jumat 08.00-16.00 (versi A)")
    koordinator = member("Koordinator")
    koordinator_client = Client()
    koordinator_client.force_login(koordinator)
    review = koordinator_client.get(reverse("moderation:site_settings")).content.decode()
    assert "versi A" in review
    seen = shown_digest(koordinator_client)

    # The settings are edited again before the Koordinator clicks "approve".
    edit_settings(
        client,
        admin_user,
        site,
        office_hours="Layanan pindah, hubungi ppid-palsu.example.com (versi B)",
        ppid_utama_url="https://ppid-palsu.example.com/",
    )
    with translation.override("id"):
        response = koordinator_client.post(
            reverse("moderation:site_settings"),
            {"comment": "Sudah saya periksa.", "digest": seen},
            HTTP_ACCEPT_LANGUAGE="id",
        )
    footer = public_footer()
    assert "versi B" not in footer and "ppid-palsu" not in footer
    assert APPROVED_HOURS in footer
    assert not SiteSettingsApproval.objects.filter(approved_by=koordinator).exists()
    assert response.status_code == 200
    assert "berubah setelah Anda membukanya" in html.unescape(response.content.decode())
    # The page answered with versi B and its digest: approving what is shown now works.
    found = re.search(r'name="digest" value="([0-9a-f]+)"', response.content.decode())
    fresh = found.group(1) if found else ""
    first = approve_once(client, member("Sub Koordinator"), digest=fresh)  # the first of two
    assert first.status_code == 302, first.context["form"].errors
    response = koordinator_client.post(
        reverse("moderation:site_settings"), {"comment": "Dibaca ulang.", "digest": fresh}
    )
    assert response.status_code == 302
    assert "versi B" in public_footer()


def test_the_approver_sees_the_new_logo_and_approves_that_picture(
    client, site, admin_user, approved
):
    """The review showed the logo as an id number: the approver now sees both pictures, and
    the digest posted back covers the image's file, title and alt text as approving pins it."""
    from moderation.site_settings import public_values, review_digest

    from .test_asset_versions import make_image

    logo = make_image("green", title="Logo Dinas")
    edit_settings(client, admin_user, site, logo=logo.pk)
    koordinator = member("Koordinator")
    client.force_login(koordinator)
    review = client.get(reverse("moderation:site_settings")).content.decode()
    assert reverse("moderation:image_file", args=[logo.pk]) in review
    assert "Logo Dinas" in review
    seen = shown_digest(client)
    assert seen == review_digest(public_values(PPIDSettings.for_site(site)))
    assert seen != review_digest(public_values(PPIDSettings.for_site(site)) | {"logo_id": None})
    approve_once(client, member("Sub Koordinator"), digest=seen)  # the first of two
    client.force_login(koordinator)
    response = client.post(
        reverse("moderation:site_settings"), {"comment": "Logo baru.", "digest": seen}
    )
    assert response.status_code == 302
    assert SiteSettingsApproval.objects.latest().values["logo_id"] == logo.pk


def test_a_logo_whose_file_name_holds_personal_data_is_not_approved(
    client, site, admin_user, approved
):
    """Every public page shows the logo's file name in its address and its title as alt text:
    the approval scans them (issue 13 re-attack, break 1: KTP_<name>_<NIK>.png as the logo)."""
    from django.core.files.base import ContentFile
    from wagtail.models import Collection

    from ppid_pages.models import PPIDImage

    from .test_asset_versions import png

    logo = PPIDImage(title="Logo Dinas", collection=Collection.get_first_root_node())
    logo.file.save("KTP_Budi_Santoso_3404012207850003.png", ContentFile(png("green")), save=False)
    logo.save()
    edit_settings(client, admin_user, site, logo=logo.pk)
    response = approve(client, member("Koordinator"))
    assert response.status_code == 200
    assert "3404012207850003" not in public_footer()
    assert SiteSettingsApproval.objects.latest().values.get("logo_id") != logo.pk
