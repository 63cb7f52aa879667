"""Redirects (wagtail.contrib.redirects) are reviewed like the settings: a redirect decides what
the public gets at an address, so the public follows it only once a second person approved it
exactly as it is.

An approval is a `SiteSettingsApproval` of the setting `redirect:<id>` whose values are the
redirect's old path, site, target (page and route, or link) and permanence, with its chained
`ppid.settings.approve` entry (moderation.reviewed_settings.record_approval): the public
redirect middleware (security.redirects) follows a redirect only when its current values are
those of its latest approval and the audit chain vouches for that approval's digest; the
integrity watch lists every redirect that is not so. Nobody approves a redirect they created
or changed since its last approval (Wagtail's redirect views and import log "wagtail.create"
and "wagtail.edit" with the user).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import ModelLogEntry, Site

from .two_people import second_person

PERMISSION = "moderation.approve_site_settings"
APPROVE_ACTION = "ppid.settings.approve"


def setting_key(redirect: Redirect) -> str:
    return f"redirect:{redirect.pk}"


def values_of(redirect: Redirect) -> dict:
    """What the public gets from the redirect: where it applies and where it leads."""
    return {
        "old_path": redirect.old_path,
        "site_id": redirect.site_id,
        "redirect_page_id": redirect.redirect_page_id,
        "redirect_page_route_path": redirect.redirect_page_route_path,
        "redirect_link": redirect.redirect_link,
        "is_permanent": redirect.is_permanent,
    }


def digest_of(redirect: Redirect) -> str:
    from .reviewed_settings import values_digest

    return values_digest(values_of(redirect))


def latest_approval(redirect: Redirect):
    from .models import SiteSettingsApproval

    return (
        SiteSettingsApproval.objects.filter(setting=setting_key(redirect))
        .order_by("-approved_at", "-pk")
        .first()
    )


def vouched_digests(redirects) -> set[tuple[str, str]]:
    """(redirect id, digest) of every approval of `redirects` the audit chain vouches for."""
    from integrity.chain import chained_entries

    entries = ModelLogEntry.objects.filter(
        action=APPROVE_ACTION,
        content_type=ContentType.objects.get_for_model(Redirect),
        object_id__in=[str(redirect.pk) for redirect in redirects],
    )
    return {
        (str(row["object_id"]), (row["data"] or {}).get("digest"))
        for row in chained_entries(ModelLogEntry, entries)
        if (row["data"] or {}).get("setting", "").startswith("redirect:")
    }


def is_approved(redirect: Redirect) -> bool:
    """Deny by default: the redirect as it is now is the one its latest approval recorded, and
    that approval is in the audit chain."""
    approval = latest_approval(redirect)
    digest = digest_of(redirect)
    if approval is None or approval.digest != digest or approval.values != values_of(redirect):
        return False
    return (str(redirect.pk), digest) in vouched_digests([redirect])


def waiting() -> list[Redirect]:
    """Every redirect the public does not follow yet: new, changed, or with an approval the
    audit chain does not vouch for."""
    return [
        redirect
        for redirect in Redirect.objects.select_related("site", "redirect_page").order_by("pk")
        if not is_approved(redirect)
    ]


def contributors_since_approval(redirect: Redirect) -> set[int]:
    from .reviewed_settings import contributors_since

    return contributors_since(redirect, latest_approval(redirect))


@transaction.atomic
def approve(redirect: Redirect, user, *, seen: str):
    """Two people, neither of whom changed it, approve the redirect exactly as they were shown
    it (`seen`); None after the first of them."""
    from .reviewed_settings import record_approval

    if not user.has_perm(PERMISSION):
        raise PermissionDenied
    redirect = Redirect.objects.select_for_update().get(pk=redirect.pk)
    if not seen or seen != digest_of(redirect):
        raise ValidationError(
            _("The redirect changed after you opened it: look at it again and approve.")
        )
    if is_approved(redirect):
        raise ValidationError(_("Nothing changed since the last approval."))
    contributors = contributors_since_approval(redirect)
    if user.pk in contributors:
        raise PermissionDenied(_("You changed this redirect: another person must approve it."))
    # What the public gets at an address: two people approve it (moderation.two_people).
    if not second_person(redirect, user, seen, {"setting": setting_key(redirect)}):
        return None
    site = redirect.site or Site.objects.filter(is_default_site=True).first()
    return record_approval(
        site,
        setting_key(redirect),
        redirect,
        values_of(redirect),
        user,
        "",
        log_data={"old_path": redirect.old_path},
        contributors=sorted(contributors),
    )


def approve_with_publication(redirect: Redirect, page) -> None:
    """A redirect Wagtail made when a reviewed publication changed a live page's address (the
    old address to the same page, security.redirects) is approved by that publication: the
    new address is part of the revision both reviewers approved."""
    from .reviewed_settings import record_approval

    revision = page.live_revision
    record_approval(
        redirect.site or Site.objects.filter(is_default_site=True).first(),
        setting_key(redirect),
        redirect,
        values_of(redirect),
        None,
        _("Made by the publication of a revision approved through the workflow."),
        log_data={
            "old_path": redirect.old_path,
            "automatically_created": True,
            "page": page.pk,
            "revision": revision.pk if revision else None,
        },
    )
