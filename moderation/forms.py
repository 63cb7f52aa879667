from django import forms
from django.utils.translation import gettext_lazy as _


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={"required": _("A reason is required.")},
    )


class ReviewForm(forms.Form):
    comment = forms.CharField(
        label=_("Review notes"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
