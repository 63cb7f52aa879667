"""Custom document and image models, swapped in from the first migration.

Later issues add scan status and approval fields here; swapping models later is painful.
Permissions stay on Wagtail's own models (wagtaildocs.Document, wagtailimages.Image):
Wagtail's permission policies check those even when the models are swapped.
"""

from django.db import models
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from ..image_metadata import without_metadata


class PPIDDocument(AbstractDocument):
    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = Document._meta.verbose_name
        verbose_name_plural = Document._meta.verbose_name_plural


class PPIDImage(AbstractImage):
    admin_form_fields = Image.admin_form_fields

    def save(self, *args, **kwargs):
        # A new upload loses its EXIF metadata (GPS positions) before it is stored.
        if self.file and not self.file._committed:
            clean = without_metadata(self.file, self.file.name)
            if clean is not None:
                self.file = clean
                self.file_size = clean.size
                self.file_hash = ""
        super().save(*args, **kwargs)

    class Meta(AbstractImage.Meta):
        verbose_name = Image._meta.verbose_name
        verbose_name_plural = Image._meta.verbose_name_plural


class PPIDRendition(AbstractRendition):
    image = models.ForeignKey(PPIDImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
