"""The office allow-list setting: validated and normalised, edited by the Koordinator only
(logged), merged into the allow-list of every page and document scan."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry, Site

from moderation.allow_list import PrivacyAllowListSettings
from moderation.documents import official_allow_list
from moderation.privacy import scan_text
from moderation.scanner import scan_revision
from ppid_pages.models import PPIDSettings

from ..test_workflow import draft_entry, member

pytestmark = pytest.mark.django_db

OFFICE_NPWP = "09.254.294.3-401.000"
RKUD = "Bank BPD DIY 001.221.000123"
OFFICE_ADDRESS = "Jl. Merdeka No. 1, Kelurahan Tridadi, Kabupaten Contoh"


def allow_setting(**values) -> PrivacyAllowListSettings:
    """The setting as saved and approved by a second person (the scans read approved values
    only; the approval itself is tested in tests/test_approval_covers_every_public_byte.py)."""
    from moderation.reviewed_settings import ALLOW_LIST, record_initial_approval

    site = Site.objects.get(is_default_site=True)
    setting = PrivacyAllowListSettings.for_site(site)
    for name, value in values.items():
        setattr(setting, name, value)
    setting.full_clean()
    setting.save()
    record_initial_approval(site, ALLOW_LIST, "uji")
    return setting


def test_lines_are_checked_and_normalised():
    setting = allow_setting(
        npwp=f"092542943401000\n\n  {OFFICE_NPWP}  \n0001234567890123",
        bank_accounts="Bank  BPD   DIY 001.221.000123\n1234567890",
        extra_values="  Jl.  Merdeka   No. 1 \nJl. Merdeka No. 1",
    )
    assert setting.npwp == f"{OFFICE_NPWP}\n0001234567890123"
    assert setting.bank_accounts == "Bank BPD DIY 001.221.000123\n1234567890"
    assert setting.extra_values == "Jl. Merdeka No. 1"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("npwp", "09.254.294.3-401.000\n09.254.294.4-401.000", "Baris 2 bukan NPWP"),
        ("npwp", "NPWP 09.254.294.3-401.000", "Baris 1 bukan NPWP"),
        ("bank_accounts", "Bank BPD DIY", "Baris 1 bukan rekening bank"),
        ("bank_accounts", "BRI 12345", "Baris 1 bukan rekening bank"),
        ("extra_values", "ok\n" + "x" * 256, "Baris 2 lebih panjang dari 255 karakter"),
    ],
)
def test_bad_lines_are_refused_with_their_line_number_in_indonesian(field, value, message):
    setting = PrivacyAllowListSettings.for_site(Site.objects.get(is_default_site=True))
    setattr(setting, field, value)
    with translation.override("id"), pytest.raises(ValidationError) as error:
        setting.full_clean()
    assert message in str(error.value.message_dict[field])
    assert PrivacyAllowListSettings.objects.get(pk=setting.pk).npwp == ""  # nothing saved


def test_the_office_allow_list_merges_contacts_address_and_the_setting():
    """The approved contacts and address (moderation.site_settings) join the setting's list."""
    from moderation.site_settings import record_initial_approval

    site = Site.objects.get(is_default_site=True)
    office = PPIDSettings.for_site(site)
    office.address, office.email = OFFICE_ADDRESS, "ppid@contohkab.go.id"
    office.save()
    record_initial_approval(site, "uji")
    text = (
        f"NPWP: {OFFICE_NPWP}. Setor ke rekening BPD 001221000123. "
        f"Alamat: {OFFICE_ADDRESS}. Surel ppid@contohkab.go.id."
    )
    before = {f.kind for f in scan_text(text, official_allow_list())}
    assert {"npwp", "bank_account"} <= before  # not on the list yet
    allow_setting(npwp=OFFICE_NPWP, bank_accounts=RKUD)
    assert scan_text(text, official_allow_list()) == []
    other = text.replace("001221000123", "001221000124")
    assert [f.kind for f in scan_text(other, official_allow_list())] == ["bank_account"]


def test_a_page_scan_uses_the_office_allow_list():
    operator = member("operator", "Operator")
    entry = draft_entry(operator, "<p>Pembayaran retribusi ke rekening BPD 001221000123.</p>")
    assert not scan_revision(entry.get_latest_revision()).passed
    allow_setting(bank_accounts=RKUD)
    assert scan_revision(entry.get_latest_revision()).passed


def edit_url(site: Site) -> str:
    return reverse(
        "wagtailsettings:edit", args=["moderation", "privacyallowlistsettings", site.pk]
    )


def test_only_the_koordinator_edits_it_and_the_change_is_logged(client):
    site = Site.objects.get(is_default_site=True)
    data = {"npwp": "092542943401000", "bank_accounts": RKUD, "extra_values": ""}
    for role in ("Operator", "Sub Koordinator", "Kepala Dinas", "Web Developer"):
        client.force_login(member(role.lower().replace(" ", ""), role))
        response = client.post(edit_url(site), data)
        assert response.status_code in (302, 403)
        assert PrivacyAllowListSettings.for_site(site).npwp == ""
    koordinator = member("koordinator", "Koordinator")
    client.force_login(koordinator)
    response = client.post(edit_url(site), data)
    assert response.status_code == 302, response.content[:2000]
    setting = PrivacyAllowListSettings.for_site(site)
    assert setting.npwp == OFFICE_NPWP
    entry = ModelLogEntry.objects.get(action="wagtail.edit", object_id=str(setting.pk))
    assert entry.user == koordinator


def test_a_bad_line_in_the_form_loses_nothing(client):
    site = Site.objects.get(is_default_site=True)
    client.force_login(member("koordinator", "Koordinator"))
    data = {"npwp": "12345", "bank_accounts": RKUD, "extra_values": OFFICE_ADDRESS}
    with translation.override("id"):
        response = client.post(edit_url(site), data, HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Baris 1 bukan NPWP" in html and "001.221.000123" in html and "Merdeka" in html
    assert PrivacyAllowListSettings.for_site(site).bank_accounts == ""


def test_a_persons_nik_cannot_be_allowed_for_every_page():
    with pytest.raises(ValidationError) as refused:
        allow_setting(extra_values="Jl. Merdeka No. 1\n3201014508900002")
    assert "Baris 2" in str(refused.value)


@pytest.mark.parametrize(
    "fields",
    [
        {"npwp": "092542943401000\n3201014508900002"},
        {"bank_accounts": "BRI 0012 3456 7890\nBRI 3201014508900002"},
    ],
)
def test_a_persons_nik_cannot_pass_as_an_npwp_or_a_bank_account(fields):
    """The list drops a number from every scan whatever it was found as: a NIK typed into the
    NPWP or bank-account field would let that person's NIK through."""
    with pytest.raises(ValidationError) as refused:
        allow_setting(**fields)
    assert "Baris 2" in str(refused.value)
