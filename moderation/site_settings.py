"""The PPID settings that render on every public page go through the scan and a second person.

Editing *Pengaturan PPID* changes a working copy only. The public site renders
`approved_office(site)`: the values of the latest `SiteSettingsApproval`, which someone with
`moderation.approve_site_settings` (the Koordinator) records after the privacy scan passed and
only if they made none of the changes since the previous approval (the settings view's
"wagtail.edit" log entries name who did). Nothing approved yet means the defaults.

The approval mechanism itself (the latest approval of a setting, who changed it since, what
changed, the one writer of an approval row and its chained audit entry, the values' digest) is
moderation.reviewed_settings', shared with the security contact, the allow-list and the
redirects (moderation.redirects); this module holds what is particular to the office settings:
their public fields, the logo and favicon pinned as released images, the scan of contacts.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Site

from . import exempt_text
from .privacy import AllowList, Severity
from .reviewed_settings import (
    changed_fields,
    contributors_since,
    latest_approval_of,
    record_approval,
    values_digest,
)
from .scanner import text_findings
from .two_people import second_person

# Fields of PPIDSettings shown on public pages (base.html, home_page.html).
PUBLIC_FIELDS = (
    "office_name",
    "parent_institution",
    "head_of_office_title",
    "address",
    "phone",
    "whatsapp",
    "email",
    "other_contacts",
    "office_hours",
    "logo_id",
    "favicon_id",
    "ppid_utama_name",
    "ppid_utama_url",
)
TEXT_FIELDS = tuple(name for name in PUBLIC_FIELDS if not name.endswith("_id"))
# The images among them (logo, favicon): rendered publicly like an image on a live page.
IMAGE_FIELDS = tuple(name for name in PUBLIC_FIELDS if name.endswith("_id"))
# The official contacts are phone numbers and e-mail addresses by definition: the approver sees
# those findings; any other finding in them (a NIK, an address with RT/RW...) blocks.
CONTACT_FIELDS = frozenset({"phone", "whatsapp", "email", "other_contacts"})
CONTACT_KINDS = frozenset({"phone", "email"})


def office_settings(site: Site):
    from ppid_pages.models import PPIDSettings

    return PPIDSettings.for_site(site)


def public_values(setting) -> dict:
    return {name: getattr(setting, name) for name in PUBLIC_FIELDS}


def latest_approval(site: Site):
    return latest_approval_of(site, "office")


def approved_values(site: Site | None) -> dict:
    """The public values of the latest approval of `site` ({} if none)."""
    approval = latest_approval(site) if site is not None else None
    values = approval.values if approval is not None else {}
    return {k: v for k, v in values.items() if k in PUBLIC_FIELDS}


def approved_office(site: Site | None, request=None):
    """An unsaved PPIDSettings holding the approved public values (defaults if none). With the
    public request, the values are a fact of the public generation (page_cache.facts: an
    approval replaces the token in its transaction), read without a query."""
    from page_cache import facts
    from ppid_pages.models import PPIDSettings

    if request is None or site is None:
        values = approved_values(site)
    else:
        values = facts.remember(
            request, ("approved-office", site.pk), lambda: approved_values(site)
        )
    return PPIDSettings(site=site, **values)


def images_in_public_settings() -> set[int]:
    """Ids of the images the settings name, on every site: in the latest approval (what the
    public gets now) and in the working copy (what an approval would publish). Both are in
    public use (moderation.assets.used_by_live_content): a change to them becomes a pending
    version instead of changing the approved picture in place."""
    from ppid_pages.models import PPIDSettings

    ids: set[int] = set(approved_settings_images())
    for values in PPIDSettings.objects.values(*IMAGE_FIELDS):
        ids.update(int(pk) for pk in values.values() if pk is not None)
    return ids


def approved_settings_images() -> set[int]:
    """Ids of the images the latest approval of every site names: the logo and favicon every
    public page shows now."""
    ids: set[int] = set()
    for site in Site.objects.all():
        approval = latest_approval(site)
        if approval is not None:
            ids.update(approval.values.get(name) for name in IMAGE_FIELDS)
    ids.discard(None)
    return {int(pk) for pk in ids}


def review_digest(values: dict, lock: bool = False) -> str:
    """What the approver is shown: the edited values and, for the logo and favicon they name,
    the image as approving pins it (file, title, alt text; moderation.snapshot). The review
    page posts it back; an approval of anything else is refused."""
    from wagtail.images import get_image_model

    from .snapshot import asset_digest, asset_key, asset_state

    ids = {values.get(name) for name in IMAGE_FIELDS} - {None}
    images = get_image_model().objects.filter(pk__in=ids).order_by("pk")
    if lock:
        images = images.select_for_update()
    states = {asset_key(image): asset_digest(asset_state(image)) for image in images}
    return values_digest({"values": values_digest(values), "images": states})


def pin_images(values: dict, user) -> dict[str, str]:
    """The images approved settings name become released versions, like the assets of a
    published page: from now on a new file, title or alt text waits for an approval of its
    own. Returns each image's released digest, for the audit entry."""
    from wagtail.images import get_image_model

    from .assets import pin_released
    from .snapshot import asset_key

    ids = {values.get(name) for name in IMAGE_FIELDS} - {None}
    return {
        asset_key(image): pin_released(image, user=user)
        for image in get_image_model().objects.filter(pk__in=ids).order_by("pk")
    }


def settings_findings(values: dict, allow: AllowList) -> list[dict]:
    """Scan findings of the public values; contacts' own phone/e-mail findings are reviews."""
    findings = []
    for name in TEXT_FIELDS:
        for finding in text_findings(name, str(values.get(name) or ""), allow):
            if name in CONTACT_FIELDS and finding["kind"] in CONTACT_KINDS:
                finding["severity"] = str(Severity.REVIEW)
            findings.append(finding)
    findings += image_name_findings(values, allow)
    return findings + exempt_text_findings(values)


def exempt_text_findings(values: dict) -> list[dict]:
    """The public values (and the names of the logo and favicon) compared with the exempt
    information (moderation.exempt_text): a footer holding a passage of it is refused."""
    from wagtail.images import get_image_model

    from .text_extraction import asset_texts

    texts = [(name, str(values.get(name) or "")) for name in TEXT_FIELDS]
    ids = {name: values.get(name) for name in IMAGE_FIELDS if values.get(name)}
    images = get_image_model().objects.in_bulk(ids.values())
    for name, pk in ids.items():
        if pk in images:
            texts += asset_texts(name.removesuffix("_id"), images[pk])
    return exempt_text.findings(texts)


def image_name_findings(values: dict, allow: AllowList) -> list[dict]:
    """The logo's and the favicon's title and file name: every public page shows the file
    name in the picture's address and the title as its alternative text (issue 13 re-attack,
    break 1: a logo uploaded as KTP_<name>_<NIK>.png)."""
    from wagtail.images import get_image_model

    from .text_extraction import asset_texts

    findings = []
    ids = {name: values.get(name) for name in IMAGE_FIELDS if values.get(name)}
    images = get_image_model().objects.in_bulk(ids.values())
    for name, pk in ids.items():
        if pk in images:
            for location, text in asset_texts(name.removesuffix("_id"), images[pk]):
                findings += text_findings(location, text, allow)
    return findings


def scan_allow_list(site: Site) -> AllowList:
    """The allow-list the settings are scanned with: the approved office allow-list and what
    was approved before, never the values under review (they would allow themselves)."""
    from .reviewed_settings import ALLOW_LIST, approved

    office = approved_office(site)
    contacts = AllowList.from_contacts(office.official_contacts())
    address = AllowList.from_values([" ".join(office.address.split())] if office.address else [])
    return contacts | address | approved(site, ALLOW_LIST).allow_list()


def contributors_since_approval(site: Site) -> set[int]:
    """Users who saved the settings since the last approval (Wagtail's settings view logs
    "wagtail.edit" / "wagtail.create" with the user)."""
    return contributors_since(office_settings(site), latest_approval(site))


def pending_changes(site: Site) -> list[tuple[str, object, object]]:
    """(field, approved value, edited value) of every public field that differs."""
    return changes_between(latest_approval(site), public_values(office_settings(site)))


def changes_between(approval, values: dict) -> list[tuple[str, object, object]]:
    return changed_fields(approval, values, PUBLIC_FIELDS)


def field_label(name: str) -> str:
    from ppid_pages.models import PPIDSettings

    field = PPIDSettings._meta.get_field(name.removesuffix("_id"))
    return str(field.verbose_name)


@transaction.atomic
def approve_site_settings(site: Site, user, comment: str = "", *, seen: str):
    """Record the edited public values as approved, after the scan, by a second person, if
    they are still the values the approver was shown, the images they name included (`seen`:
    the review_digest the review page posts back)."""
    if not user.has_perm("moderation.approve_site_settings"):
        raise PermissionDenied
    setting = office_settings(site)
    # The row locked: an edit saved a moment ago is not approved on the strength of this one.
    setting = type(setting).objects.select_for_update().get(pk=setting.pk)
    values = public_values(setting)
    if not seen or seen != review_digest(values, lock=True):
        raise ValidationError(
            _("The settings changed after you opened them: look at them again and approve.")
        )
    approval = latest_approval(site)
    if approval is not None and approval.values == values:
        raise ValidationError(_("Nothing changed since the last approval."))
    contributors = contributors_since_approval(site)
    if user.pk in contributors:
        raise PermissionDenied(_("You changed these settings: another person must approve them."))
    findings = settings_findings(values, scan_allow_list(site))
    exempt_text.refuse_found(setting, findings, user, setting="office")
    if any(finding["severity"] == Severity.BLOCK for finding in findings):
        raise ValidationError(_("The privacy scan blocked these settings."))
    # Released by two people, as a page is (moderation.two_people): None after the first.
    if not second_person(setting, user, seen, {"setting": "office"}):
        return None
    assets = pin_images(values, user)
    fields = [name for name, _old, _new in changes_between(approval, values)]
    return record_approval(
        site,
        "office",
        setting,
        values,
        user,
        comment.strip(),
        log_data={"fields": fields, "assets": assets},
        findings=findings,
        contributors=sorted(contributors),
    )


def record_initial_approval(site: Site, comment: str):
    """Set-up only (demo content, data migration): the values present before approvals existed
    are recorded as approved by nobody; the logo and favicon they name are released as they
    are (pin_images: their digests in the audit chain, as with every approval), so the public
    image view never serves a settings image on the strength of its row alone."""
    setting = office_settings(site)
    values = public_values(setting)
    # In the audit chain like every approval (the integrity watch checks approvals against it).
    return record_approval(
        site,
        "office",
        setting,
        values,
        None,
        comment,
        log_data={"fields": [], "assets": pin_images(values, None), "initial": True},
    )
