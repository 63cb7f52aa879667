from django import forms
from django.utils.translation import gettext_lazy as _


class ResolveForm(forms.Form):
    resolution = forms.CharField(
        label=_("What was checked or done"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={"required": _("Write what was checked or done before resolving.")},
    )
