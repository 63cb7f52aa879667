"""Forms: the public request and objection forms, the desk's entry form and the step forms.

Bad input gets a clear Indonesian message per field and nothing typed is lost (the form is
shown again with every value; only the file must be chosen again, as browsers require).
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ppid_pages.models import InformationUnit
from ppid_pages.models.dip import DipCategory, DipEntryPage
from security.uploads import DOCUMENT, IMAGE, check_upload, extension_of, read_all

from .models import (
    Decision,
    DeliveryMethod,
    ExemptionGround,
    InformationRequest,
    ObjectionGround,
    ObjectionOutcome,
    ObtainMethod,
    RequesterType,
)

IDENTITY_EXTENSIONS = ("pdf", "jpg", "jpeg", "png")
IDENTITY_MAX_SIZE = 5 * 1024 * 1024
NIK = re.compile(r"\d{16}")
PHONE = re.compile(r"\+?[0-9][0-9 \-]{6,18}[0-9]")
TEXTAREA = forms.Textarea(attrs={"rows": 4})


def check_identity_file(upload) -> bytes:
    """The identity document: PDF or image, checked against its real content like documents."""
    extension = extension_of(upload.name)
    if extension not in IDENTITY_EXTENSIONS:
        raise ValidationError(
            _("The identity document must be a PDF, JPG or PNG file."), code="identity_type"
        )
    if upload.size > IDENTITY_MAX_SIZE:
        raise ValidationError(_("The identity document is larger than 5 MB."), code="too_large")
    kind = DOCUMENT if extension == "pdf" else IMAGE
    content = read_all(upload, IDENTITY_MAX_SIZE)
    check_upload(content, upload.name, kind)
    return content


class RequesterFields(forms.ModelForm):
    """The requester and the request, shared by the public form and the desk's form."""

    identity_number = forms.CharField(
        label=_("Identity number (NIK) or legal entity approval number"),
        max_length=64,
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric"}),
    )
    identity_document = forms.FileField(
        label=_("Copy of the identity document (KTP, or the deed of the legal entity)"),
        help_text=_("PDF, JPG or PNG, at most 5 MB. It is stored encrypted and never published."),
    )

    class Meta:
        model = InformationRequest
        fields = [
            "requester_type",
            "name",
            "identity_number",
            "address",
            "phone",
            "email",
            "information_requested",
            "purpose",
            "obtain_method",
            "delivery_method",
        ]
        widgets = {
            "requester_type": forms.RadioSelect,
            "obtain_method": forms.RadioSelect,
            "delivery_method": forms.RadioSelect,
            "address": forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
            "information_requested": TEXTAREA,
            "purpose": TEXTAREA,
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        help_texts = {
            "information_requested": _("Describe the information as precisely as you can."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["requester_type"].choices = RequesterType.choices
        self.fields["obtain_method"].choices = ObtainMethod.choices
        self.fields["delivery_method"].choices = DeliveryMethod.choices
        self.identity_content: bytes | None = None

    def clean_identity_number(self):
        value = re.sub(r"[\s.\-]", "", self.cleaned_data["identity_number"])
        if self.cleaned_data.get("requester_type", self.data.get("requester_type")) == (
            RequesterType.PERSON
        ) and not NIK.fullmatch(value):
            raise ValidationError(_("A NIK has 16 digits, as on the KTP."), code="nik")
        if not value:
            raise ValidationError(_("Fill in the identity number."))
        return value

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        if not PHONE.fullmatch(value):
            raise ValidationError(
                _("Write a telephone number of digits only, e.g. 0812 3456 7890."), code="phone"
            )
        return value

    def clean_identity_document(self):
        upload = self.cleaned_data.get("identity_document")
        if upload:
            self.identity_content = check_identity_file(upload)
        return upload


class PublicRequestForm(RequesterFields):
    # A honeypot: people never see it (hidden by the stylesheet and from screen readers);
    # a filled one is a robot, answered as if it succeeded, with nothing saved.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    agreement = forms.BooleanField(
        label=_(
            "I state that the data is true and that I will use the information in accordance "
            "with the law."
        ),
        error_messages={"required": _("Tick this statement to submit the request.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].required = True  # the confirmation link is sent there

    @property
    def is_robot(self) -> bool:
        return bool(self.data.get("website"))


class DeskRequestForm(RequesterFields):
    """A walk-in, letter or e-mail request entered by the desk."""

    channel = forms.ChoiceField(
        label=_("Received"),
        choices=[
            ("langsung", _("In person at the desk")),
            ("surat", _("Letter")),
            ("email", _("E-mail")),
        ],
    )

    class Meta(RequesterFields.Meta):
        fields = ["channel", *RequesterFields.Meta.fields]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["identity_document"].required = False
        self.fields["identity_document"].help_text = _(
            "Scan of the KTP or deed, if the requester left a copy. Stored encrypted."
        )


class StepForm(forms.Form):
    note = forms.CharField(label=_("Note"), widget=TEXTAREA, required=False, max_length=5000)

    def __init__(self, *args, rule, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["note"].required = rule.needs_note
        if rule.note_label:
            self.fields["note"].label = rule.note_label


class ProcessForm(forms.Form):
    unit = forms.ModelChoiceField(
        label=_("Unit holding the information"), queryset=InformationUnit.objects.all()
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=Decision.choices, widget=forms.RadioSelect
    )
    material = forms.CharField(
        label=_("Material provided"), widget=TEXTAREA, required=False, max_length=5000
    )
    information_format = forms.CharField(
        label=_("Format (softcopy/hardcopy, file type)"), required=False, max_length=200
    )
    cost = forms.DecimalField(
        label=_("Cost (Rp)"), min_value=0, max_digits=12, decimal_places=0, initial=0
    )
    payment_method = forms.CharField(label=_("How to pay"), required=False, max_length=200)
    delivery_time = forms.CharField(label=_("Delivery time"), required=False, max_length=200)
    exemption_ground = forms.ChoiceField(
        label=_("Pasal 17 ground (refusal)"),
        choices=[("", "---------"), *ExemptionGround.choices],
        required=False,
    )
    exempt_entry = forms.ModelChoiceField(
        label=_("Entry in the Daftar Informasi yang Dikecualikan"),
        # Only live (approved) entries: a letter never names a draft nobody reviewed.
        queryset=DipEntryPage.objects.live().filter(category=DipCategory.DIKECUALIKAN),
        required=False,
    )
    holder_body = forms.CharField(
        label=_("Body that holds the information (not held)"), required=False, max_length=255
    )
    decision_reason = forms.CharField(
        label=_("Reasons (uji konsekuensi, or explanation)"),
        widget=TEXTAREA,
        required=False,
        max_length=10000,
    )


class FileUploadForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=255)
    file = forms.FileField(label=_("File"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        kind = IMAGE if extension_of(upload.name) in ("jpg", "jpeg", "png") else DOCUMENT
        self.content = read_all(upload, None)
        check_upload(self.content, upload.name, kind)
        return upload


class ClearFindingsForm(forms.Form):
    reason = forms.CharField(
        label=_("Why may these findings be sent to the requester?"),
        widget=TEXTAREA,
        max_length=5000,
    )


class ObjectionFields(forms.Form):
    grounds = forms.MultipleChoiceField(
        label=_("Grounds for the objection (UU 14/2008 Pasal 35 ayat (1))"),
        choices=ObjectionGround.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one ground.")},
    )
    ground_arose_on = forms.DateField(
        label=_("Date the ground arose (e.g. the date you received the answer)"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Write the date as YYYY-MM-DD, e.g. 2026-12-01.")},
    )
    case_position = forms.CharField(
        label=_("Kasus posisi: what happened and what you ask for"),
        widget=TEXTAREA,
        max_length=10000,
    )


class PublicObjectionForm(ObjectionFields):
    website = PublicRequestForm.base_fields["website"]


class ResponseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=ObjectionOutcome.choices, widget=forms.RadioSelect
    )
    response = forms.CharField(
        label=_("Tanggapan atas keberatan"), widget=TEXTAREA, max_length=10000
    )


class DisputeForm(forms.Form):
    happened_on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    dispute_number = forms.CharField(
        label=_("Komisi Informasi register number"), max_length=100, required=False
    )
    document = forms.FileField(label=_("Document (PDF)"), required=False)

    def __init__(self, *args, registering: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["dispute_number"].required = registering
        if not registering:
            del self.fields["dispute_number"]

    def clean_document(self):
        upload = self.cleaned_data.get("document")
        self.content = None
        if upload:
            self.content = read_all(upload, None)
            check_upload(self.content, upload.name, DOCUMENT)
        return upload
