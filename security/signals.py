"""The model-level upload check: every save path of documents and images (code, commands,
imports, Wagtail's multiple-upload completion), not only the admin forms.

A refused file raises ValidationError before the row is written. A file already written to
storage for this save (`file.save(..., save=False)`) and not used by any row is deleted.
"""

from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from . import uploads
from .forms import CHECKED_MARK


def has_new_file(instance) -> bool:
    if not instance.file:
        return False
    if not instance.file._committed or instance.pk is None:
        return True
    stored = type(instance).objects.filter(pk=instance.pk).values_list("file", flat=True)
    return stored.first() != instance.file.name


def check_new_file(instance, kind: str) -> None:
    if not has_new_file(instance):
        return
    checked_by_form = getattr(instance, CHECKED_MARK, False)
    limit_size = not (checked_by_form and kind == uploads.IMAGE)
    try:
        size = instance.file.size
        if limit_size:
            uploads.check_size(size, kind)
        content = uploads.read_all(instance.file, None)
        uploads.check_upload(content, instance.file.name, kind, limit_size=limit_size)
        if not checked_by_form:  # the form checked it (security.forms)
            from moderation.exempt_assets import refuse_exempt_upload
            from moderation.signals import acting_user

            refuse_exempt_upload(instance, content, instance.file.name, acting_user())
    except ValidationError:
        forget_stored_file(instance)
        raise


def forget_stored_file(instance) -> None:
    """Delete a refused file that this save already wrote to storage and nothing uses."""
    file = instance.file
    if not file._committed or not file.name:
        return
    if type(instance).objects.filter(file=file.name).exists():
        return
    file.storage.delete(file.name)


@receiver(pre_save, sender=get_document_model())
def check_document_file(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        check_new_file(instance, uploads.DOCUMENT)


@receiver(pre_save, sender=get_image_model())
def check_image_file(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        check_new_file(instance, uploads.IMAGE)
