"""Admin views: the plan's PDF, its workflow steps, new versions, monthly uploads (A2) and the
"Kepatuhan SOP" page."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail import hooks
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.models import Site

from ppid_pages.models import PPIDSettings

from .actions import available_step
from .models import ContentPlan
from .printouts import plan_pdf
from .uploads import monthly_uploads
from .viewsets import holds_through_role

VIEW_PLANS = "sop_governance.view_contentplan"
ADD_PLANS = "sop_governance.add_contentplan"


def office_settings(request) -> PPIDSettings:
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    return PPIDSettings.for_site(site)


def require(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def inspect_url(plan: ContentPlan) -> str:
    return reverse("sop_governance_plans:inspect", args=[plan.pk])


def content_plan_pdf(request, pk: int):
    require(request, VIEW_PLANS)
    plan = get_object_or_404(
        ContentPlan.objects.select_related(
            "submitted_by", "signed_by", "received_by", "supersedes"
        ),
        pk=pk,
    )
    response = HttpResponse(plan_pdf(plan, office_settings(request)), "application/pdf")
    filename = f"daftar-konten-{plan.quarter}-v{plan.version}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


class CommentForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Comment"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


@require_http_methods(["GET", "POST"])
def content_plan_step(request, pk: int, action: str):
    """Sign (Koordinator) or acknowledge receipt (head of office): only the task's group, and
    never the plan's own author; everyone else gets 403."""
    plan = get_object_or_404(ContentPlan, pk=pk)
    step = available_step(plan, request.user)
    if step is None:
        raise PermissionDenied
    offered = {name: label for name, label, _modal in reversed(step.actions)}
    form = CommentForm(request.POST or None)
    if request.method == "POST":
        chosen = request.POST.get("action")
        if chosen not in offered:
            raise PermissionDenied
        if form.is_valid():
            comment = form.cleaned_data["comment"]
            if chosen == "reject" and not comment:
                form.add_error("comment", _("Say what must change."))
            else:
                step.task.on_action(step.task_state, request.user, chosen, comment=comment)
                messages.success(
                    request,
                    _("'%(plan)s': %(step)s done.") % {"plan": plan, "step": offered[chosen]},
                )
                return redirect(inspect_url(plan))
    buttons = [("approve", offered["approve"])]
    if "reject" in offered:
        buttons.append(("reject", offered["reject"]))
    return TemplateResponse(
        request,
        "sop_governance/confirm.html",
        {
            "heading": step.task.name,
            "plan": plan,
            "explanation": _(
                "Check the plan and its items (PDF) before you confirm. This step is recorded "
                "with your name and the time."
            ),
            "form": form,
            "buttons": buttons,
            "back_url": inspect_url(plan),
        },
    )


@require_http_methods(["GET", "POST"])
def content_plan_new_version(request, pk: int):
    """ "Buat versi baru": a draft copy of a signed plan, superseding it."""
    if not holds_through_role(request.user, ADD_PLANS):
        raise PermissionDenied
    plan = get_object_or_404(ContentPlan, pk=pk)
    if request.method == "POST":
        try:
            successor = plan.new_version(request.user)
        except PermissionDenied as error:
            messages.error(request, str(error))
            return redirect(inspect_url(plan))
        messages.success(request, _("New version created: edit it and submit it for signing."))
        return redirect(reverse("sop_governance_plans:edit", args=[successor.pk]))
    if not plan.is_signed:
        messages.error(request, _("Only a signed plan is superseded; edit this one instead."))
        return redirect(inspect_url(plan))
    return TemplateResponse(
        request,
        "sop_governance/confirm.html",
        {
            "heading": _("Create a new version"),
            "plan": plan,
            "explanation": _(
                "The signed plan stays as it is, on record. The new version starts as a draft "
                "with the same items; it must be signed and received again."
            ),
            "buttons": [("new_version", _("Create a new version"))],
            "back_url": inspect_url(plan),
        },
    )


class MonthlyUploadsExport(SpreadsheetExportMixin):
    list_export = [
        "code",
        "label",
        "submitted",
        "documents_uploaded",
        "published_new",
        "published_updates",
        "published_at_once",
        "documents_released",
        "published_total",
        "status",
    ]
    export_headings = {
        "code": gettext_lazy("Period"),
        "label": gettext_lazy("Month"),
        "submitted": gettext_lazy("Submitted for review"),
        "documents_uploaded": gettext_lazy("Documents uploaded"),
        "published_new": gettext_lazy("New pages published"),
        "published_updates": gettext_lazy("Updates published"),
        "published_at_once": gettext_lazy("Published at once (serta merta)"),
        "documents_released": gettext_lazy("Documents released"),
        "published_total": gettext_lazy("Published in total"),
        "status": gettext_lazy("Status"),
    }
    export_filename = "unggahan-bulanan"

    def __init__(self, request):
        self.request = request


def monthly_uploads_view(request):
    require(request, VIEW_PLANS)
    months = monthly_uploads()
    file_format = request.GET.get("export")
    if file_format in SpreadsheetExportMixin.FORMATS:
        return MonthlyUploadsExport(request).as_spreadsheet(months, file_format)
    return TemplateResponse(
        request,
        "sop_governance/uploads.html",
        {
            "months": months,
            "can_view_register": request.user.has_perm("moderation.view_approvalrecord"),
        },
    )


def compliance_view(request):
    """Every section registered with `register_sop_compliance_sections`, in hook order."""
    sections = []
    for section_for in hooks.get_hooks("register_sop_compliance_sections"):
        section = section_for(request)
        if section is not None:
            sections.append(section)
    return TemplateResponse(request, "sop_governance/compliance.html", {"sections": sections})
