"""Custom document and image models, swapped in from the first migration.

Later issues add scan status and approval fields here; swapping models later is painful.
Permissions stay on Wagtail's own models (wagtaildocs.Document, wagtailimages.Image):
Wagtail's permission policies check those even when the models are swapped.
"""

import os
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from ..image_metadata import without_metadata


class DocumentScanStatus(models.TextChoices):
    PENDING = "pending", _("Not scanned yet")
    CLEAN = "clean", _("Clean")
    FINDINGS = "findings", _("Personal data found")
    NEEDS_CHECK = "needs_check", _("Needs a human check")
    UNREADABLE = "unreadable", _("Cannot be read")


class PPIDDocument(AbstractDocument):
    """A document is private (staff only) until it is released: scanned clean, and published
    through the workflow on a page or approved on its own."""

    scan_status = models.CharField(
        _("scan status"),
        max_length=16,
        choices=DocumentScanStatus.choices,
        default=DocumentScanStatus.PENDING,
        editable=False,
    )
    scan_findings = models.JSONField(_("scan findings"), default=list, editable=False)
    scanned_at = models.DateTimeField(_("scanned at"), null=True, editable=False)
    published_at = models.DateTimeField(_("published with a page at"), null=True, editable=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, editable=False)

    admin_form_fields = Document.admin_form_fields

    @property
    def is_released(self) -> bool:
        released = self.published_at is not None or self.approved_at is not None
        return released and self.scan_status == DocumentScanStatus.CLEAN

    def unrelease(self) -> None:
        """A new file must be scanned and released again."""
        self.published_at = self.approved_at = self.approved_by = None

    class Meta(AbstractDocument.Meta):
        verbose_name = Document._meta.verbose_name
        verbose_name_plural = Document._meta.verbose_name_plural
        permissions = [("approve_document", "Can release a document on its own")]


class PPIDImage(AbstractImage):
    admin_form_fields = Image.admin_form_fields

    def get_upload_to(self, filename: str) -> str:
        # An unguessable prefix: image files and their renditions are served from /media/.
        return super().get_upload_to(f"{secrets.token_hex(8)}-{filename}")

    def save(self, *args, **kwargs):
        # A new upload loses its EXIF metadata (GPS positions) before it is stored, also when
        # Wagtail's multiple uploader wrote the file before the image row existed.
        new_file = self.file and not self.file._committed
        written_early = self.file and self.file._committed and self._state.adding
        if new_file or written_early:
            self.replace_with_clean_copy(delete_old=written_early)
        super().save(*args, **kwargs)

    def replace_with_clean_copy(self, delete_old: bool) -> None:
        old_name = self.file.name
        clean = without_metadata(self.file, os.path.basename(old_name))
        if clean is None:
            return
        self.file = clean
        self.file_size = clean.size
        self.file_hash = ""
        if delete_old:
            self.file.storage.delete(old_name)

    class Meta(AbstractImage.Meta):
        verbose_name = Image._meta.verbose_name
        verbose_name_plural = Image._meta.verbose_name_plural


class PPIDRendition(AbstractRendition):
    image = models.ForeignKey(PPIDImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
