"""SOP C1/C2: evaluation reports (one per kind and period) and the reminder log."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .periods import MONTHLY, SEMIANNUAL


class Kind(models.TextChoices):
    MONTHLY = MONTHLY, _("C2 monthly evaluation")
    SEMIANNUAL = SEMIANNUAL, _("C1 semiannual evaluation")


class Status(models.TextChoices):
    COMPLETE = "complete", _("Complete, awaiting signature")
    SIGNED = "signed", _("Signed")


class EvaluationReport(models.Model):
    """Written in one transaction with all its metrics: there is never a half report."""

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    period = models.CharField(_("period"), max_length=7)
    metrics = models.JSONField(_("metrics"), default=dict)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.COMPLETE
    )
    generated_at = models.DateTimeField(_("generated at"), auto_now_add=True)
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)
    notes = models.TextField(_("evaluation notes"), blank=True)
    meeting_date = models.DateField(_("evaluation meeting date"), null=True, blank=True)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signed_at = models.DateTimeField(_("signed at"), null=True, blank=True)

    class Meta:
        ordering = ["-period", "kind"]
        verbose_name = _("evaluation report")
        verbose_name_plural = _("evaluation reports")
        constraints = [
            models.UniqueConstraint(fields=["kind", "period"], name="unique_evaluation_period")
        ]
        permissions = [
            ("sign_monthly_evaluation", "Can sign the C2 monthly evaluation"),
            ("sign_semiannual_evaluation", "Can sign the C1 semiannual evaluation"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.period}"

    @property
    def sign_permission(self) -> str:
        codename = (
            "sign_monthly_evaluation" if self.kind == MONTHLY else "sign_semiannual_evaluation"
        )
        return f"sop_evaluations.{codename}"


class ReminderLog(models.Model):
    """One reminder sent: at most one per item and day (the unique constraint decides)."""

    key = models.CharField(_("item"), max_length=200)
    day = models.DateField(_("day"))
    kind = models.CharField(_("kind"), max_length=32)
    message = models.TextField(_("message"))
    recipients = models.PositiveIntegerField(_("recipients"), default=0)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        ordering = ["-day", "key"]
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [models.UniqueConstraint(fields=["key", "day"], name="unique_reminder_day")]


__all__ = ["SEMIANNUAL", "EvaluationReport", "Kind", "ReminderLog", "Status"]
