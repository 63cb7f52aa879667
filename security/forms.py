"""Base forms of Wagtail's document and image upload forms (WAGTAILDOCS_DOCUMENT_FORM_BASE,
WAGTAILIMAGES_IMAGE_FORM_BASE): every admin upload path (add, edit with a new file, multiple
upload, upload from a chooser) checks the new file's real content before anything is stored."""

import hashlib
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.admin.forms.auth import PasswordResetForm
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from . import uploads
from .ratelimit import count_request

logger = logging.getLogger(__name__)

CHECKED_MARK = "_security_upload_checked_by_form"


class UploadCheckMixin:
    upload_kind: str

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            uploads.check_size(file.size, self.upload_kind)
            max_size = uploads.rules(self.upload_kind).max_size
            content = uploads.read_all(file, max_size)
            uploads.check_upload(content, file.name, self.upload_kind)
            # Exempt information never comes back as another asset (moderation.exempt_assets).
            from moderation.exempt_assets import refuse_exempt_upload
            from moderation.signals import acting_user

            refuse_exempt_upload(self.instance, content, file.name, acting_user())
            # The model-level check (security.signals) need not refuse a file for its size
            # after the image model re-encoded it without metadata.
            setattr(self.instance, CHECKED_MARK, True)
        return file

    def _post_clean(self):
        super()._post_clean()
        # A refused file leaves the model's own extension check (Wagtail's Document.clean) an
        # empty file name, which it reports as a second, misleading error: keep the first.
        errors = self._errors.get("file") if self._errors else None
        if errors and len(errors) > 1:
            kept = [error for error in errors.as_data() if error.code != "invalid_extension"]
            if kept and len(kept) < len(errors):
                self._errors["file"] = self.error_class(kept, renderer=self.renderer)

    def fields_not_edited(self) -> list[str]:
        """The row's own fields: neither in the form nor computed from the new file."""
        computed = {"file", "file_size", "file_hash", "width", "height"}
        return [
            field.attname
            for field in self.instance._meta.concrete_fields
            if not field.primary_key
            and field.name not in self.fields
            and field.name not in computed
        ]

    def save(self, commit=True):
        """A replaced file is deleted once the transaction commits, not before (Wagtail's form
        deletes it at once): a save that fails or rolls back (a full disk, the database lost)
        leaves the row with the file it points at."""
        original = getattr(self, "original_file", None)
        if not (commit and original and "file" in self.changed_data):
            return super().save(commit=commit)
        storage = original.storage
        self.original_file = None
        with transaction.atomic():
            # The file the row holds now, read under the row's lock (held to the commit):
            # another upload for the same asset may have replaced the file this form was
            # built with; deleting only that one left the other upload on disk, without a row.
            held = (
                type(self.instance)
                .objects.select_for_update()
                .filter(pk=self.instance.pk)
                .values_list("file", flat=True)
                .first()
            )
            name = held or original.name
            # What this form does not edit is saved as the locked row has it now, not as it
            # was read when the form was built: an approval committed meanwhile stays.
            self.instance.refresh_from_db(fields=self.fields_not_edited())
            instance = super().save(commit=commit)
            if hasattr(instance, "renditions"):  # what Wagtail's image form does with the file
                instance.renditions.all().delete()
            transaction.on_commit(lambda: storage.delete(name))
        return instance


class SafeDocumentForm(UploadCheckMixin, BaseDocumentForm):
    upload_kind = uploads.DOCUMENT


class SafeImageForm(UploadCheckMixin, BaseImageForm):
    upload_kind = uploads.IMAGE

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            never_crash_on_a_bad_image(self.fields["file"])


def never_crash_on_a_bad_image(field) -> None:
    """Wagtail's image field raises Pillow's errors (a 500) for a file with an image signature
    and a broken body, e.g. a GIF/JavaScript polyglot: refuse it as not an image instead."""
    to_python = field.to_python

    def checked_to_python(data):
        try:
            return to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - Pillow and Willow raise many kinds
            raise ValidationError(
                field.error_messages["invalid_image"], code="invalid_image"
            ) from error

    field.to_python = checked_to_python


class RateLimitedPasswordResetForm(PasswordResetForm):
    """WAGTAILADMIN_USER_PASSWORD_RESET_FORM: one address gets at most
    SECURITY_PASSWORD_RESET_EMAILS = (mails, seconds) reset e-mails, whoever asks from wherever
    (the per-client limit is SECURITY_RATE_LIMITS). Past the limit the form answers as usual
    (no hint whether the address exists) and sends nothing; the refusal is logged."""

    def save(self, *args, **kwargs):
        email = self.cleaned_data["email"].strip().lower()
        allowed, seconds = settings.SECURITY_PASSWORD_RESET_EMAILS
        key = hashlib.sha256(email.encode()).hexdigest()
        try:
            count, _retry = count_request("password_reset_email", key, seconds)
        except Exception:  # noqa: BLE001 - a cache outage must not stop password resets
            logger.exception("Password-reset limit not applied: the cache is unavailable")
            count = 0
        if count > allowed:
            logger.warning("Password-reset e-mail not sent: limit reached for one address")
            return None
        return super().save(*args, **kwargs)

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ) -> None:
        """The office's e-mail (ppid_admin.mail): its name, HTML and plain text; sent once the
        request's transaction commits (config.transactions)."""
        from django.template.loader import render_to_string

        from config.transactions import after_commit
        from ppid_admin.branding import branding
        from ppid_admin.mail import send_office_mail

        context = {**context, "office": branding()}
        subject = " ".join(render_to_string(subject_template_name, context).split())
        text = render_to_string(email_template_name, context)
        after_commit(send_office_mail, subject, text.strip() + "\n", [to_email])
