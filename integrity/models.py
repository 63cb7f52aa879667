"""Integrity alerts (the watch over live pages) and the hash chain over the audit log."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

GENESIS_HASH = "0" * 64


class AlertKind(models.TextChoices):
    CHANGED = "changed", _("Live page differs from the approved revision")
    NOT_APPROVED = "not_approved", _("Live page without an approved revision")
    GAMBLING = "gambling", _("Gambling spam")
    HIDDEN_LINK = "hidden_link", _("Hidden link")
    UNSAFE_HTML = "unsafe_html", _("Unsafe HTML")
    UNAVAILABLE = "unavailable", _("Live page cannot be shown")
    HELD = "held", _("Scheduled publication held: not what was approved")
    ASSET_CHANGED = "asset_changed", _("Public document or image differs from what was released")
    SNIPPET_CHANGED = (
        "snippet_changed",
        _("Public text outside pages differs from what was released"),
    )
    FILE_CHANGED = (
        "file_changed",
        _("Template, static or translation file differs from the deployment"),
    )
    REDIRECT_UNAPPROVED = "redirect_unapproved", _("Redirect not approved")
    SITE_CHANGED = "site_changed", _("Site differs from the one approved in the set-up")
    ACCOUNT_CHANGED = "account_changed", _("Account changed outside the application")


class IntegrityAlertQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class IntegrityAlert(models.Model):
    """Something the public sees that the workflow did not approve. One open alert per page and
    kind: later runs update `last_seen` and the detail; a person resolves it."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page_title = models.CharField(_("page title"), max_length=255)
    page_url = models.CharField(_("address"), max_length=2048, blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=AlertKind.choices)
    detail = models.TextField(_("detail (masked)"), blank=True)
    first_seen = models.DateTimeField(_("first seen"), auto_now_add=True, db_index=True)
    last_seen = models.DateTimeField(_("last seen"))
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolution = models.TextField(_("resolution"), blank=True)
    # Set in the transaction that sends the alert e-mail: a watch killed between recording an
    # alert and e-mailing it leaves the alert pending, and the next run e-mails it.
    notified_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)

    objects = IntegrityAlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("integrity alert")
        verbose_name_plural = _("integrity alerts")
        ordering = ["-last_seen", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "kind"],
                condition=Q(resolved_at__isnull=True),
                name="integrity_one_open_alert_per_page_and_kind",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.page_title}"

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None

    @property
    def status_label(self) -> str:
        return str(_("Open") if self.is_open else _("Resolved"))


class AuditChainHead(models.Model):
    """The chain's last link: one row, locked while a link is appended."""

    sequence = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, default=GENESIS_HASH)

    class Meta:
        verbose_name = _("audit chain head")


class AuditChainLink(models.Model):
    """One audit log entry's place in the chain: hash = HMAC-SHA-256(key, previous hash, entry
    content), or SHA-256 for links written before AUDIT_CHAIN_KEY was set."""

    entry_type = models.CharField(_("entry type"), max_length=100)
    entry_id = models.BigIntegerField(_("entry id"))
    sequence = models.PositiveBigIntegerField(_("sequence"), unique=True)
    hash = models.CharField(_("hash"), max_length=64)
    previous_hash = models.CharField(_("previous hash"), max_length=64)
    # HMAC-SHA-256 under AUDIT_CHAIN_KEY (integrity.chain); plain SHA-256 before a key was set.
    keyed = models.BooleanField(_("keyed"), default=False)
    # What the entry was (its action and object), kept on the link with a seal over the link
    # itself (integrity.chain.link_seal): an entry deleted or changed in the database still
    # names what the chain can no longer vouch for (issue 13, verify13i B1).
    action = models.CharField(_("action"), max_length=255, blank=True, default="", db_index=True)
    object_id = models.CharField(_("object id"), max_length=255, blank=True, default="")
    seal = models.CharField(_("seal"), max_length=64, blank=True, default="")

    class Meta:
        verbose_name = _("audit chain link")
        verbose_name_plural = _("audit chain links")
        ordering = ["sequence"]
        constraints = [
            models.UniqueConstraint(
                fields=["entry_type", "entry_id"], name="integrity_one_link_per_entry"
            )
        ]

    def __str__(self) -> str:
        return f"#{self.sequence} {self.entry_type} {self.entry_id}"
