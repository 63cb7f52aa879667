"""SOP B1-B5: development requests (program perbaikan/pengembangan) and their records.

A request only moves through `transitions.perform`, which writes a `Transition` row (the
history) and a Wagtail audit log entry for every step. The records of the steps (notulen,
tanda terima, draft presentation) are kept as their own rows, printed as A4 PDFs.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    TECHNICAL = "technical", _("Technical problem")
    DISPLAY = "display", _("Display issue")
    PLAN = "plan", _("Development plan")


class Stage(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    DISCUSSED = "discussed", _("Discussed (notulen)")
    REPORTED = "reported", _("Reported to the head of office")
    HANDED_OVER = "handed_over", _("Handed over to the Web Developer")
    RECEIVED = "received", _("Received (tanda terima)")
    DRAFT = "draft", _("Draft presented")
    OFFLINE_UPDATE = "offline_update", _("Offline update, awaiting the Sub Koordinator's check")
    OFFLINE_PASSED = "offline_passed", _("Offline check passed")
    ONLINE_UPDATE = "online_update", _("Online update, awaiting the Koordinator's check")
    CLOSED = "closed", _("Closed")


OPEN_STAGES = [stage for stage in Stage.values if stage != Stage.CLOSED]


class DevelopmentRequest(models.Model):
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(
        _("description"),
        help_text=_("What is wrong or what is needed, where, and since when."),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    stage = models.CharField(
        _("stage"), max_length=16, choices=Stage.choices, default=Stage.SUBMITTED, db_index=True
    )
    stage_changed_at = models.DateTimeField(_("in this stage since"), db_index=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("development request")
        verbose_name_plural = _("development requests")
        ordering = ["-submitted_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def number(self) -> str:
        return f"PP-{self.submitted_at:%Y}-{self.pk:04d}" if self.pk else ""

    @property
    def is_open(self) -> bool:
        return self.stage != Stage.CLOSED

    # Plain values for the XLSX/CSV export (headings in the viewset's `export_headings`).
    @property
    def kind_label(self) -> str:
        return str(self.get_kind_display())

    @property
    def stage_label(self) -> str:
        return str(self.get_stage_display())

    @property
    def submitted_by_name(self) -> str:
        return person(self.submitted_by)


def person(user) -> str:
    """A user as printed on records: full name, else username."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


class Transition(models.Model):
    """One step of a request's history, written only by `transitions.perform`."""

    request = models.ForeignKey(
        DevelopmentRequest, on_delete=models.CASCADE, related_name="transitions"
    )
    action = models.CharField(_("action"), max_length=32)
    from_stage = models.CharField(_("from"), max_length=16, choices=Stage.choices, blank=True)
    to_stage = models.CharField(_("to"), max_length=16, choices=Stage.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.PROTECT, related_name="+"
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    note = models.TextField(_("note"), blank=True)
    url = models.URLField(_("address"), blank=True)

    class Meta:
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        ordering = ["at", "pk"]


class Comment(models.Model):
    """Input on a request (Operators and the other roles); it never moves the request."""

    request = models.ForeignKey(
        DevelopmentRequest, on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    text = models.TextField(_("input"))
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("input")
        verbose_name_plural = _("inputs")
        ordering = ["created_at", "pk"]


class MeetingMinutes(models.Model):
    """Notulen rapat (B1): the division's discussion of a request, recorded by the Koordinator."""

    request = models.ForeignKey(
        DevelopmentRequest, on_delete=models.CASCADE, related_name="minutes"
    )
    date = models.DateField(_("meeting date"))
    place = models.CharField(_("place"), max_length=255)
    attendees = models.TextField(_("attendees"), help_text=_("One name and position per line."))
    agenda = models.TextField(_("agenda"))
    discussion = models.TextField(_("discussion"))
    decisions = models.TextField(_("decisions"))
    follow_ups = models.TextField(_("follow-ups"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("notulen")
        verbose_name_plural = _("notulen")
        ordering = ["recorded_at", "pk"]

    def __str__(self) -> str:
        return f"{self.request} ({self.date:%d-%m-%Y})"


class DeveloperReceipt(models.Model):
    """Tanda terima (B2): the Web Developer acknowledges what was handed over."""

    request = models.ForeignKey(
        DevelopmentRequest, on_delete=models.CASCADE, related_name="receipts"
    )
    received_items = models.TextField(
        _("what was received"), help_text=_("The documents and requests handed over.")
    )
    notes = models.TextField(_("notes"), blank=True)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("received by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    handed_over_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handed over by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)

    class Meta:
        verbose_name = _("tanda terima")
        verbose_name_plural = _("tanda terima")
        ordering = ["received_at", "pk"]

    def __str__(self) -> str:
        return f"{self.request} ({self.received_at:%d-%m-%Y})"


class PresentationMode(models.TextChoices):
    ONLINE = "online", _("Online")
    OFFLINE = "offline", _("Offline")


class DraftPresentation(models.Model):
    """The draft (B3) the Web Developer presents to the Sub Koordinator: a link or a file."""

    request = models.ForeignKey(
        DevelopmentRequest, on_delete=models.CASCADE, related_name="drafts"
    )
    mode = models.CharField(_("presented"), max_length=8, choices=PresentationMode.choices)
    link = models.URLField(_("link"), blank=True)
    file = models.FileField(_("file"), upload_to="pengembangan/draf/", blank=True)
    summary = models.TextField(_("summary"))
    presented_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("presented by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    presented_at = models.DateTimeField(_("presented at"), auto_now_add=True)

    class Meta:
        verbose_name = _("draft presentation")
        verbose_name_plural = _("draft presentations")
        ordering = ["presented_at", "pk"]

    @property
    def file_name(self) -> str:
        return self.file.name.rsplit("/", 1)[-1] if self.file else ""
