"""The forms of the steps: notulen, tanda terima, draft, updates and checks, and input."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from security.uploads import DOCUMENT, IMAGE, check_upload, extension_of, read_all, rules

from .models import DeveloperReceipt, DraftPresentation, MeetingMinutes
from .transitions import Rule

TEXTAREA = forms.Textarea(attrs={"rows": 4})


class MinutesForm(forms.ModelForm):
    class Meta:
        model = MeetingMinutes
        fields = [
            "date",
            "place",
            "attendees",
            "agenda",
            "discussion",
            "decisions",
            "follow_ups",
        ]
        widgets = {
            "date": AdminDateInput,
            "attendees": TEXTAREA,
            "agenda": TEXTAREA,
            "discussion": TEXTAREA,
            "decisions": TEXTAREA,
            "follow_ups": TEXTAREA,
        }


class ReceiptForm(forms.ModelForm):
    class Meta:
        model = DeveloperReceipt
        fields = ["received_items", "notes"]
        widgets = {"received_items": TEXTAREA, "notes": TEXTAREA}


class DraftForm(forms.ModelForm):
    link = forms.URLField(label=_("link"), required=False, assume_scheme="https")

    class Meta:
        model = DraftPresentation
        fields = ["mode", "link", "file", "summary"]
        widgets = {"mode": forms.RadioSelect, "summary": TEXTAREA}

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return upload
        kind = IMAGE if extension_of(upload.name) in rules(IMAGE).extensions else DOCUMENT
        check_upload(read_all(upload, rules(kind).max_size), upload.name, kind)
        return upload

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not (cleaned.get("link") or cleaned.get("file")):
            raise ValidationError(_("Give a link to the draft or upload a file."))
        return cleaned


class StepForm(forms.Form):
    """A note and, for updates, the address of the updated site."""

    note = forms.CharField(label=_("Note"), widget=TEXTAREA, required=False, max_length=5000)
    url = forms.URLField(label=_("Address (URL)"), required=False, assume_scheme="https")

    def __init__(self, *args, rule: Rule, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["note"].required = rule.needs_note
        if rule.passed is False:
            self.fields["note"].label = _("What is wrong (sent back to the Web Developer)")
        if rule.needs_url:
            self.fields["url"].required = True
            self.fields["url"].label = _("Staging site address (URL)")
        else:
            del self.fields["url"]


class CommentForm(forms.Form):
    text = forms.CharField(label=_("Your input"), widget=TEXTAREA, max_length=5000)


RECORD_FORMS = {
    MeetingMinutes: MinutesForm,
    DeveloperReceipt: ReceiptForm,
    DraftPresentation: DraftForm,
}
