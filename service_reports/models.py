from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .ikm import ELEMENTS

ANSWER_CHOICES = [
    (1, _("1 - Not good")),
    (2, _("2 - Fairly good")),
    (3, _("3 - Good")),
    (4, _("4 - Very good")),
]


def answer_field(label: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        label,
        choices=ANSWER_CHOICES,
        validators=[MinValueValidator(1), MaxValueValidator(4)],
    )


class SurveyResponse(models.Model):
    """Survei kepuasan masyarakat: one answer per finished request, through its tracking link.
    It holds no identity of its own: the request's identity is purged on its own schedule."""

    request = models.OneToOneField(
        "information_requests.InformationRequest",
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        related_name="survey",
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True, db_index=True)
    suggestion = models.TextField(_("suggestions"), blank=True, max_length=2000)
    u1 = answer_field(ELEMENTS[0][1])
    u2 = answer_field(ELEMENTS[1][1])
    u3 = answer_field(ELEMENTS[2][1])
    u4 = answer_field(ELEMENTS[3][1])
    u5 = answer_field(ELEMENTS[4][1])
    u6 = answer_field(ELEMENTS[5][1])
    u7 = answer_field(ELEMENTS[6][1])
    u8 = answer_field(ELEMENTS[7][1])
    u9 = answer_field(ELEMENTS[8][1])

    class Meta:
        verbose_name = _("satisfaction survey answer")
        verbose_name_plural = _("satisfaction survey answers")


class ReportStatus(models.TextChoices):
    DRAFT = "draf", _("Draft")
    SIGNED = "ditandatangani", _("Signed")
    SUBMITTED = "diajukan", _("Submitted for publication")


class AnnualServiceReport(models.Model):
    """Laporan Layanan Informasi Publik of one year (UU 14/2008 Pasal 12, Perki 1/2021 Pasal
    56): figures from the registers, written parts by the PPID, signed by the head of office,
    then published as a page through the publishing workflow."""

    year = models.PositiveIntegerField(_("year"), unique=True)
    policy = models.TextField(_("policy"), blank=True)
    implementation = models.TextField(_("implementation (staff, budget, facilities)"), blank=True)
    constraints = models.TextField(_("constraints"), blank=True)
    recommendations = models.TextField(_("recommendations"), blank=True)
    figures = models.JSONField(_("figures"), default=dict, blank=True, editable=False)
    status = models.CharField(
        _("status"), max_length=16, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("drafted by"),
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    signed_at = models.DateTimeField(_("signed at"), null=True, blank=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("public page"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("Laporan Layanan Informasi Publik")
        verbose_name_plural = _("Laporan Layanan Informasi Publik")
        ordering = ["-year"]
        permissions = [("sign_annualservicereport", _("Can sign the annual service report"))]

    def __str__(self) -> str:
        return f"Laporan Layanan Informasi Publik {self.year}"
