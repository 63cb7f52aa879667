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


class VersionedAsset(models.Model):
    """An asset used by live content is immutable for the public: the row holds the released
    version, a change (new file, new title, new alt text) is kept as the pending version until
    a page using the asset is published through the workflow again, or the asset passes an
    approval of its own by someone who neither uploaded nor changed it (moderation.assets)."""

    pending_file = models.CharField(_("new file"), max_length=255, blank=True, editable=False)
    pending_title = models.CharField(_("new title"), max_length=255, blank=True, editable=False)
    pending_file_size = models.PositiveIntegerField(null=True, editable=False)
    pending_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pending_at = models.DateTimeField(_("changed at"), null=True, editable=False)
    changed_by = models.JSONField(
        _("changed by (since the last release)"), default=list, editable=False
    )
    approved_digest = models.CharField(
        _("released version (SHA-256)"), max_length=64, blank=True, editable=False
    )

    class Meta:
        abstract = True

    @property
    def has_pending_version(self) -> bool:
        return self.pending_at is not None

    def clear_pending_version(self) -> None:
        self.pending_file = self.pending_title = ""
        self.pending_file_size = self.pending_by = self.pending_at = None
        self.changed_by = []


class PPIDDocument(VersionedAsset, AbstractDocument):
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
    pending_scan_status = models.CharField(
        _("scan status of the new file"),
        max_length=16,
        choices=DocumentScanStatus.choices,
        blank=True,
        editable=False,
    )
    pending_scan_findings = models.JSONField(default=list, editable=False)

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = Document._meta.verbose_name
        verbose_name_plural = Document._meta.verbose_name_plural
        permissions = [("approve_document", "Can release a document on its own")]

    @property
    def is_released(self) -> bool:
        released = self.published_at is not None or self.approved_at is not None
        return released and self.scan_status == DocumentScanStatus.CLEAN

    def unrelease(self) -> None:
        """A new file must be scanned and released again."""
        self.published_at = self.approved_at = self.approved_by = None

    def clear_pending_version(self) -> None:
        super().clear_pending_version()
        self.pending_scan_status = ""
        self.pending_scan_findings = []


class PPIDImage(VersionedAsset, AbstractImage):
    pending_description = models.CharField(max_length=255, blank=True, editable=False)
    pending_width = models.PositiveIntegerField(null=True, editable=False)
    pending_height = models.PositiveIntegerField(null=True, editable=False)
    # The focal point of the pending version ([x, y, width, height], None each when unset):
    # `fill-` renditions (the favicon) are cropped around it, so it is part of the bytes.
    pending_focal_point = models.JSONField(null=True, editable=False)
    released_at = models.DateTimeField(_("released at"), null=True, editable=False)

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = Image._meta.verbose_name
        verbose_name_plural = Image._meta.verbose_name_plural

    def save(self, *args, **kwargs):
        # A new upload loses its EXIF metadata (GPS positions) before it is stored, also when
        # Wagtail's multiple uploader wrote the file before the image row existed.
        new_file = self.file and not self.file._committed
        written_early = self.file and self.file._committed and self._state.adding
        if new_file or written_early:
            self.replace_with_clean_copy(delete_old=written_early)
        super().save(*args, **kwargs)

    def create_rendition(self, filter) -> "PPIDRendition":
        """Wagtail's create_rendition, recording the hash of the file it makes."""
        from ..renditions import content_sha256

        file = self.generate_rendition_file(filter)
        rendition, _created = self.renditions.get_or_create(
            filter_spec=filter.spec,
            focal_point_key=filter.get_cache_key(self),
            defaults={"file": file, "sha256": content_sha256(file)},
        )
        return rendition

    def generate_rendition_instance(self, filter, source) -> "PPIDRendition":
        """Wagtail's several-at-once path (get_renditions), with the hash of each file."""
        from ..renditions import content_sha256

        rendition = super().generate_rendition_instance(filter, source)
        rendition.sha256 = content_sha256(rendition.file)
        return rendition

    def get_upload_to(self, filename: str) -> str:
        # An unguessable prefix: image files and their renditions are served from /media/.
        return super().get_upload_to(f"{secrets.token_hex(8)}-{filename}")

    def replace_with_clean_copy(self, delete_old: bool) -> None:
        old_name = self.file.name
        clean = without_metadata(self.file, os.path.basename(old_name))
        if clean is None:
            return
        self.file = clean
        self.file_size = clean.size
        self.file_hash = ""
        if delete_old:
            # Once the row is committed: a save that fails or rolls back leaves the file where
            # whatever wrote it (Wagtail's uploader) still points.
            from config.transactions import after_commit

            after_commit(self.file.storage.delete, old_name)

    @property
    def is_released(self) -> bool:
        return self.released_at is not None

    def focal_point_label(self, pending: bool = False) -> str:
        from moderation.snapshot import focal_point_of

        point = focal_point_of(self, pending)
        if point is None:
            return str(_("none"))
        return "x={} y={} {}×{}".format(*point)

    @property
    def released_focal_point_label(self) -> str:
        return self.focal_point_label()

    @property
    def new_focal_point_label(self) -> str:
        return self.focal_point_label(pending=True)

    def clear_pending_version(self) -> None:
        super().clear_pending_version()
        self.pending_description = ""
        self.pending_width = self.pending_height = None
        self.pending_focal_point = None


class PPIDRendition(AbstractRendition):
    image = models.ForeignKey(PPIDImage, on_delete=models.CASCADE, related_name="renditions")
    # The SHA-256 of the file as it was made from the image: the public image view serves the
    # file only while it still has it (ppid_pages.renditions).
    sha256 = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
