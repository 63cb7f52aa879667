"""Site settings besides the PPID settings that reach the public or decide what the privacy scan
lets through: each goes live only through the scan (where it renders) and a second person.

- The security contact (security.SecurityContact) renders at /.well-known/security.txt: its
  values are scanned like the public PPID settings, and the page renders the approved values.
- The privacy allow-list (moderation.allow_list.PrivacyAllowListSettings) makes a value pass
  every page and document scan: a change takes effect only once someone other than its editors
  approved it (the Sub Koordinator or another Koordinator), and never for a person's
  identifier or a private person's contact (moderation.privacy.allowlist).

This module is the one approval mechanism of every reviewed setting: the PPID settings
(moderation.site_settings, key "office") and the redirects (moderation.redirects) use its
latest_approval_of, contributors_since, changed_fields, values_digest and record_approval.
Editing changes a working copy (Wagtail's
settings view logs "wagtail.edit"); `approved(site, spec)` is an unsaved instance holding the
values of the latest `SiteSettingsApproval` of that setting (defaults if none); the review page
posts back the digest of what it showed; nobody approves values they changed since the last
approval; every approval is an audit entry ("ppid.settings.approve").
"""

import datetime
import hashlib
import json
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Site

from . import exempt_text
from .privacy import Severity
from .privacy.allowlist import personal_identifiers, private_contacts
from .scanner import text_findings
from .two_people import second_person


@dataclass(frozen=True)
class Reviewed:
    key: str  # SiteSettingsApproval.setting and the review page's address
    model_label: str
    fields: tuple[str, ...]
    title: Promise
    intro: Promise
    permission: str  # who may approve (never someone who changed the values)
    # The values render publicly: the privacy scan reads them and two people approve them.
    scanned: bool = True

    @property
    def model(self) -> type[models.Model]:
        return apps.get_model(self.model_label)


SECURITY_CONTACT = Reviewed(
    key="keamanan",
    model_label="security.SecurityContact",
    fields=("contact_email", "contact_url", "expires", "preferred_languages", "policy_url"),
    title=gettext_lazy("Security contact approval"),
    intro=gettext_lazy(
        "The security contact is published at /.well-known/security.txt only after the privacy "
        "scan and a second person approved it. The public sees the approved values until then."
    ),
    permission="moderation.approve_site_settings",
)
ALLOW_LIST = Reviewed(
    key="daftar-izin",
    model_label="moderation.PrivacyAllowListSettings",
    fields=("npwp", "bank_accounts", "extra_values"),
    title=gettext_lazy("Privacy allow-list approval"),
    intro=gettext_lazy(
        "A value on the allow-list passes every page and document scan. A change takes effect "
        "only after a second person, who did not make it, approved it. A person's identifier "
        "or a private person's contact (a personal e-mail address, a mobile number) is never "
        "allowed."
    ),
    permission="moderation.approve_allow_list",
    scanned=False,
)
REVIEWED = {spec.key: spec for spec in (SECURITY_CONTACT, ALLOW_LIST)}


def working_copy(site: Site, spec: Reviewed) -> models.Model:
    return spec.model.for_site(site)


def values_of(setting, spec: Reviewed) -> dict:
    """The reviewed values of a settings row, JSON-safe (dates as ISO text)."""
    values = {}
    for name in spec.fields:
        value = getattr(setting, name)
        if isinstance(value, datetime.datetime | datetime.date):
            value = value.isoformat()
        values[name] = value
    return values


def values_digest(values: dict) -> str:
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()


def latest_approval_of(site: Site, key: str):
    """The latest approval of a setting (`key`: "office", a Reviewed key) on `site`."""
    from .models import SiteSettingsApproval

    return (
        SiteSettingsApproval.objects.filter(site=site, setting=key)
        .order_by("-approved_at", "-pk")
        .first()
    )


def contributors_since(row: models.Model, approval) -> set[int]:
    """Users who created or saved `row` (a settings row, a redirect) since `approval` (ever,
    when None): Wagtail's settings, snippet and redirect views log "wagtail.create" and
    "wagtail.edit" with the user. None of them approves it."""
    entries = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(type(row)),
        object_id=str(row.pk),
        action__in=("wagtail.edit", "wagtail.create"),
    )
    if approval is not None:
        entries = entries.filter(timestamp__gt=approval.approved_at)
    return {user_id for user_id in entries.values_list("user_id", flat=True) if user_id}


def changed_fields(approval, values: dict, fields) -> list[tuple[str, object, object]]:
    """(field, approved value, current value) of every field of `fields` that differs."""
    before = approval.values if approval is not None else {}
    return [
        (name, before.get(name), values[name])
        for name in fields
        if before.get(name) != values[name]
    ]


def latest_approval(site: Site, spec: Reviewed):
    return latest_approval_of(site, spec.key)


def approved(site: Site | None, spec: Reviewed) -> models.Model:
    """An unsaved instance holding the approved values (the model's defaults if none)."""
    approval = latest_approval(site, spec) if site is not None else None
    values = approval.values if approval is not None else {}
    kwargs = {
        name: spec.model._meta.get_field(name).to_python(value)
        for name, value in values.items()
        if name in spec.fields
    }
    return spec.model(site=site, **kwargs)


def contributors_since_approval(site: Site, spec: Reviewed) -> set[int]:
    return contributors_since(working_copy(site, spec), latest_approval(site, spec))


def changes_between(approval, values: dict, spec: Reviewed) -> list[tuple[str, object, object]]:
    return changed_fields(approval, values, spec.fields)


def field_label(spec: Reviewed, name: str) -> str:
    return str(spec.model._meta.get_field(name).verbose_name)


def findings(site: Site, spec: Reviewed, values: dict) -> list[dict]:
    """What blocks (or needs a look): the privacy scan of values that render publicly; on the
    allow-list every line that holds a person's identifier or a private person's contact."""
    found = []
    if spec.scanned:
        from .site_settings import scan_allow_list

        allow = scan_allow_list(site)
        for name in spec.fields:
            # A personal address (gmail...) is a finding that blocks here: security.txt names
            # the office's own contact, never a private person's.
            found += text_findings(name, str(values.get(name) or ""), allow)
        # and compared with the exempt information (moderation.exempt_text)
        texts = [(name, str(values.get(name) or "")) for name in spec.fields]
        return found + exempt_text.findings(texts)
    for name in spec.fields:
        for number, line in enumerate(str(values.get(name) or "").splitlines(), start=1):
            if personal_identifiers(line) or private_contacts(line):
                found.append(
                    {
                        "kind": "personal",
                        "location": f"{name}:{number}",
                        "excerpt": _("a person's identifier or private contact"),
                        "severity": str(Severity.BLOCK),
                    }
                )
    return found


@transaction.atomic
def approve(site: Site, spec: Reviewed, user, comment: str = "", *, seen: str):
    """Record the edited values as approved: by someone with the permission who changed none of
    them, after the checks, if they are still the values the approver was shown (`seen`)."""

    if not user.has_perm(spec.permission):
        raise PermissionDenied
    setting = working_copy(site, spec)
    setting = spec.model.objects.select_for_update().get(pk=setting.pk)
    values = values_of(setting, spec)
    if not seen or seen != values_digest(values):
        raise ValidationError(
            _("The settings changed after you opened them: look at them again and approve.")
        )
    approval = latest_approval(site, spec)
    if approval is not None and approval.values == values:
        raise ValidationError(_("Nothing changed since the last approval."))
    contributors = contributors_since_approval(site, spec)
    if user.pk in contributors:
        raise PermissionDenied(_("You changed these settings: another person must approve them."))
    found = findings(site, spec, values)
    exempt_text.refuse_found(setting, found, user, setting=spec.key)
    if any(finding["severity"] == Severity.BLOCK for finding in found):
        raise ValidationError(_("The privacy scan blocked these settings."))
    # What renders publicly is released by two people (moderation.two_people).
    if spec.scanned and not second_person(setting, user, seen, {"setting": spec.key}):
        return None
    fields = [name for name, _old, _new in changes_between(approval, values, spec)]
    return record_approval(
        site,
        spec.key,
        setting,
        values,
        user,
        comment.strip(),
        log_data={"fields": fields},
        findings=found,
        contributors=sorted(contributors),
    )


def record_approval(
    site: Site, key: str, setting, values: dict, user, comment: str, log_data: dict, **extra
):
    """The one writer of an approval (of a reviewed setting, `key`, or of a redirect,
    moderation.redirects): the row and its ppid.settings.approve entry on `setting` in the
    audit chain (the integrity watch trusts approved values only when a chained entry holds
    their digest)."""
    from .models import SiteSettingsApproval

    record = SiteSettingsApproval.objects.create(
        site=site,
        setting=key,
        values=values,
        digest=values_digest(values),
        approved_by=user,
        comment=comment,
        **extra,
    )
    log(
        instance=setting,
        action="ppid.settings.approve",
        user=user,
        data={"setting": key, "digest": record.digest, **log_data},
    )
    return record


def record_initial_approval(site: Site, spec: Reviewed, comment: str):
    """Set-up only (tests, demo content): the current values recorded as approved by nobody."""
    setting = working_copy(site, spec)
    values = values_of(setting, spec)
    return record_approval(
        site, spec.key, setting, values, None, comment, log_data={"fields": [], "initial": True}
    )


def waiting(site: Site, user) -> list[Reviewed]:
    """The reviewed settings with changes `user` may look at."""
    return [
        spec
        for spec in REVIEWED.values()
        if user.has_perm(spec.permission)
        and changes_between(
            latest_approval(site, spec), values_of(working_copy(site, spec), spec), spec
        )
    ]
