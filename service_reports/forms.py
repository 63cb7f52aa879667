from django import forms
from django.utils.translation import gettext_lazy as _

from .ikm import ELEMENTS
from .models import ANSWER_CHOICES, SurveyResponse


class SurveyForm(forms.ModelForm):
    """The nine elements as radio groups (works without JavaScript), all required."""

    class Meta:
        model = SurveyResponse
        fields = [code for code, _label in ELEMENTS] + ["suggestion"]
        widgets = {
            **{code: forms.RadioSelect(choices=ANSWER_CHOICES) for code, _label in ELEMENTS},
            "suggestion": forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
        }
        error_messages = {
            code: {"required": _("Please choose an answer for this element.")}
            for code, _label in ELEMENTS
        }
