"""Scan uploaded documents; tell the Operator when the privacy scan rejects their content.

Wagtail's own rejection e-mail skips the user who triggered the workflow step, and for an
automatic scan that is the Operator who submitted: so the scanner's rejection is sent here.
"""

from django.db.models.signals import pre_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import Revision
from wagtail.signals import task_rejected

from .documents import scan_document
from .models import PrivacyScanTask
from .sanitize import rich_fields, sanitize_instance, sanitize_serialized


def has_new_file(document) -> bool:
    if not document.file:
        return False
    if not document.file._committed or document.pk is None:
        return True
    stored = type(document).objects.filter(pk=document.pk).values_list("file", flat=True)
    return stored.first() != document.file.name


@receiver(pre_save, sender=get_document_model())
def scan_new_document_file(sender, instance, raw=False, **kwargs) -> None:
    """Every uploaded or replaced file is scanned, and is private until released again. Not a
    raw save (loaddata, a restore): the rows come back as they were."""
    if not raw and has_new_file(instance):
        instance.unrelease()
        scan_document(instance)


@receiver(task_rejected)
def notify_scan_rejection(sender, instance, user=None, **kwargs) -> None:
    if not isinstance(instance.task.specific, PrivacyScanTask):
        return
    from ppid_admin.mail import send_scan_rejection

    send_scan_rejection(instance)


@receiver(pre_save)
def sanitize_rich_content(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    """Every save path: the editor, imports, management commands and code."""
    if raw:
        return
    if sender is Revision:
        model = instance.content_type.model_class()
        if model is not None and rich_fields(model):
            instance.content = sanitize_serialized(model, instance.content)
        return
    fields = rich_fields(sender)
    if fields and (update_fields is None or {f.name for f in fields} & set(update_fields)):
        sanitize_instance(instance)
