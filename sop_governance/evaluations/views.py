from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .forms import SignForm
from .models import EvaluationReport, Status
from .presentation import charts, tables
from .printouts import file_name, report_pdf, report_xlsx, title_of
from .reports import sign

VIEW = "sop_evaluations.view_evaluationreport"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def viewable_report(request, pk: int) -> EvaluationReport:
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    return get_object_or_404(EvaluationReport.objects.select_related("signed_by"), pk=pk)


def report_detail(request, pk: int):
    report = viewable_report(request, pk)
    can_sign = report.status != Status.SIGNED and request.user.has_perm(report.sign_permission)
    form = SignForm(request.POST or None, initial={"notes": report.notes})
    if request.method == "POST":
        if not can_sign:
            raise PermissionDenied
        if form.is_valid():
            try:
                sign(
                    report,
                    request.user,
                    form.cleaned_data["notes"],
                    form.cleaned_data["meeting_date"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The report is signed."))
                return redirect("evaluation_reports:detail", report.pk)
    chart_data = [
        {"title": chart.title, "labels": chart.labels, "values": chart.values}
        for chart in charts(report)
    ]
    return TemplateResponse(
        request,
        "sop_evaluations/report.html",
        {
            "report": report,
            "title": title_of(report),
            "tables": tables(report),
            "charts": chart_data,
            "form": form if can_sign else None,
        },
    )


def attachment(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def report_pdf_view(request, pk: int):
    report = viewable_report(request, pk)
    return attachment(report_pdf(report), "application/pdf", file_name(report, "pdf"))


def report_xlsx_view(request, pk: int):
    report = viewable_report(request, pk)
    return attachment(report_xlsx(report), XLSX, file_name(report, "xlsx"))
