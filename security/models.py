import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="lock")
class SecurityContact(BaseSiteSetting):
    """Where to report a vulnerability: published as /.well-known/security.txt (RFC 9116)."""

    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Address for reports of security problems on this website."),
    )
    contact_url = models.URLField(
        _("contact URL"),
        blank=True,
        help_text=_("A page or form for reports (https)."),
    )
    expires = models.DateTimeField(
        _("expires"),
        null=True,
        blank=True,
        help_text=_("When this information should be checked again. Empty: one year ahead."),
    )
    preferred_languages = models.CharField(
        _("preferred languages"),
        max_length=64,
        default="id, en",
        help_text=_("Language codes, separated by commas."),
    )
    policy_url = models.URLField(
        _("policy URL"),
        blank=True,
        help_text=_("The office's vulnerability disclosure policy, if it has one."),
    )

    class Meta:
        verbose_name = _("security contact")
        verbose_name_plural = _("security contacts")

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.contact_url and not self.contact_url.startswith("https://"):
            errors["contact_url"] = _("The contact URL must start with https://.")
        if self.expires is not None and self.expires <= timezone.now():
            errors["expires"] = _("The expiry must be in the future.")
        if errors:
            raise ValidationError(errors)

    @property
    def contacts(self) -> list[str]:
        contacts = [f"mailto:{self.contact_email}"] if self.contact_email else []
        return contacts + ([self.contact_url] if self.contact_url else [])

    def expiry(self) -> datetime.datetime:
        return self.expires or timezone.now() + datetime.timedelta(days=365)


class PasswordHistory(models.Model):
    """A previous password of a user, as the hash Django's hashers made (never plain)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="password_history"
    )
    password = models.CharField(_("password hash"), max_length=128)
    created_at = models.DateTimeField(_("set at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("previous password")
        verbose_name_plural = _("previous passwords")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.user_id} {self.created_at:%Y-%m-%d}"


class AccountSeal(models.Model):
    """The keyed hash of what lets an account log in and approve (security.seals), written
    only by the application: a row changed in SQL no longer matches it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="account_seal",
    )
    digest = models.CharField(_("seal"), max_length=64)
    sealed_at = models.DateTimeField(_("sealed at"), auto_now=True)

    class Meta:
        verbose_name = _("account seal")
        verbose_name_plural = _("account seals")

    def __str__(self) -> str:
        return str(self.user_id)


class RoleSeal(models.Model):
    """The keyed hash of the role configuration: what each group may do and which groups
    review in a workflow task (security.seals.role_state). One row, written only by the
    application."""

    digest = models.CharField(_("seal"), max_length=64)
    sealed_at = models.DateTimeField(_("sealed at"), auto_now=True)

    class Meta:
        verbose_name = _("role seal")
        verbose_name_plural = _("role seals")

    def __str__(self) -> str:
        return str(self.sealed_at)


class RoleGrant(models.Model):
    """A change that lets someone approve or publish, given through the web, held until a
    different person with user-management rights confirms it (security.role_grants): a user
    in a reviewing group (user, group), superuser (user, superuser), a group in a workflow
    approval task (group, task) or an approval/publish/user-management permission of a group
    (group, permission)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="role_grants",
    )
    group = models.ForeignKey("auth.Group", null=True, blank=True, on_delete=models.CASCADE)
    task = models.ForeignKey(
        "wagtailcore.Task", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    permission = models.ForeignKey(
        "auth.Permission", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    superuser = models.BooleanField(_("superuser"), default=False)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("role grant")
        verbose_name_plural = _("role grants")
        ordering = ["-granted_at"]

    def __str__(self) -> str:
        return f"{self.user_id} {self.role_name}"

    @property
    def role_name(self) -> str:
        if self.superuser:
            return str(_("Superuser"))
        if self.task_id:
            return _("%(group)s in the task %(task)s") % {
                "group": self.group.name,
                "task": self.task.name,
            }
        if self.permission_id:
            return _("%(group)s may %(permission)s") % {
                "group": self.group.name,
                "permission": self.permission.name,
            }
        return self.group.name

    @property
    def subject(self):
        """What the grant changes: the account, or the group for a task or permission."""
        return self.user if self.user_id else self.group
