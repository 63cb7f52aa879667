"""The steps of a request (one form per step), input, PDFs and draft files."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Site

from ppid_pages.models import PPIDSettings

from . import printouts
from .forms import RECORD_FORMS, CommentForm, StepForm
from .models import DeveloperReceipt, DevelopmentRequest, DraftPresentation, MeetingMinutes
from .transitions import RULES_BY_ACTION, add_comment, perform, refusal, rule_for

VIEW_PERMISSION = "sop_development.view_developmentrequest"


def require_view(request) -> None:
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied


def office_settings(request) -> PPIDSettings:
    return PPIDSettings.for_site(
        Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    )


def detail_url(obj: DevelopmentRequest) -> str:
    return reverse("development_requests:inspect", args=[obj.pk])


def add_errors(forms, error: ValidationError) -> None:
    """Put a ValidationError from `perform` on the form field it names, else on the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            target = next((form for form in forms if field in form.fields), forms[0])
            target.add_error(field if field in target.fields else None, errors)
    else:
        forms[0].add_error(None, error)


def step(request, pk: int, action: str):
    """One step of the SOP: its form on GET, `perform` on POST. The rule decides who may."""
    require_view(request)
    obj = get_object_or_404(DevelopmentRequest, pk=pk)
    if action not in RULES_BY_ACTION:
        raise PermissionDenied
    rule = rule_for(obj, action)
    if rule is None:
        # Not this stage's step (yet or any more): the right role hears why, others get 403.
        if refusal(obj, RULES_BY_ACTION[action], request.user) is not None:
            raise PermissionDenied
        messages.error(
            request,
            _("This step is not possible at the stage '%(stage)s'.")
            % {"stage": obj.get_stage_display()},
        )
        return redirect(detail_url(obj))
    if (reason := refusal(obj, rule, request.user)) is not None:
        raise PermissionDenied(reason)

    data = request.POST if request.method == "POST" else None
    files = request.FILES if request.method == "POST" else None
    record_form = RECORD_FORMS[rule.record](data, files) if rule.record else None
    step_form = StepForm(data, rule=rule)
    forms = [form for form in (record_form, step_form) if form is not None]
    valid = [form.is_valid() for form in forms]  # every form, so every error shows
    if request.method == "POST" and all(valid):
        try:
            perform(
                obj,
                action,
                request.user,
                note=step_form.cleaned_data.get("note", ""),
                url=step_form.cleaned_data.get("url", ""),
                record=record_form.save(commit=False) if record_form else None,
            )
        except ValidationError as error:
            add_errors(forms, error)
        else:
            messages.success(
                request,
                _("'%(title)s': %(step)s. Stage now: %(stage)s.")
                % {"title": obj.title, "step": rule.label, "stage": obj.get_stage_display()},
            )
            return redirect(detail_url(obj))
    if request.method == "POST":
        messages.error(request, _("The step was not recorded: correct the errors below."))
    return TemplateResponse(
        request,
        "sop_development/step.html",
        {"object": obj, "rule": rule, "forms": forms, "detail_url": detail_url(obj)},
    )


@require_POST
def comment(request, pk: int):
    require_view(request)
    obj = get_object_or_404(DevelopmentRequest, pk=pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            add_comment(obj, request.user, form.cleaned_data["text"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your input was added."))
            return redirect(detail_url(obj))
    else:
        messages.error(request, _("Write your input."))
    return redirect(detail_url(obj))


def pdf_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def request_pdf(request, pk: int):
    require_view(request)
    obj = get_object_or_404(DevelopmentRequest.objects.select_related("submitted_by"), pk=pk)
    content = printouts.history_pdf(obj, office_settings(request))
    return pdf_response(content, f"permintaan-pengembangan-{obj.pk}.pdf")


def minutes_pdf(request, pk: int):
    require_view(request)
    minutes = get_object_or_404(
        MeetingMinutes.objects.select_related("request", "recorded_by"), pk=pk
    )
    content = printouts.minutes_pdf(minutes, office_settings(request))
    return pdf_response(content, f"notulen-{minutes.pk}.pdf")


def receipt_pdf(request, pk: int):
    require_view(request)
    receipt = get_object_or_404(
        DeveloperReceipt.objects.select_related("request", "received_by", "handed_over_by"),
        pk=pk,
    )
    content = printouts.receipt_pdf(receipt, office_settings(request))
    return pdf_response(content, f"tanda-terima-{receipt.pk}.pdf")


def draft_file(request, pk: int):
    """Draft files are private: only the roles that see requests download them."""
    require_view(request)
    draft = get_object_or_404(DraftPresentation, pk=pk)
    if not draft.file:
        raise PermissionDenied
    response = FileResponse(draft.file.open("rb"), as_attachment=True, filename=draft.file_name)
    response["X-Content-Type-Options"] = "nosniff"
    return response
