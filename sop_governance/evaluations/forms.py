from django import forms
from django.utils.translation import gettext_lazy as _


class SignForm(forms.Form):
    notes = forms.CharField(
        label=_("Evaluation notes"),
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write the evaluation notes before signing.")},
    )
    meeting_date = forms.DateField(
        label=_("Evaluation meeting date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Enter a valid date.")},
    )
