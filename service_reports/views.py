from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from information_requests.models import Stage
from information_requests.views import private, request_by_code
from page_cache.facts import claim
from page_cache.middleware import reads_query, service_scoped

from . import transitions
from .charts import svg_bars
from .disclosure import public_figures
from .figures import annual_figures, years_with_requests
from .forms import SurveyForm
from .models import AnnualServiceReport, SurveyResponse
from .printouts import report_pdf, report_xlsx
from .tables import figure_tables

CHARTED = (
    ("by_channel", "Requests by channel"),
    ("by_requester_type", "Requests by requester type"),
    ("by_decision", "Decisions"),
)
SURVEY_STAGES = (Stage.DELIVERED, Stage.CLOSED)


# --- public ---------------------------------------------------------------------------------


@reads_query("tahun")
@service_scoped
@require_GET
def statistics(request):
    """Statistik Layanan Informasi: a year's figures as tables and SVG charts, through the
    disclosure control (disclosure.py: no figure lets a reader work out a count of 1 or 2)."""
    years = years_with_requests()
    try:
        year = int(request.GET.get("tahun") or (years[0] if years else 0))
    except ValueError:
        year = 0
    if years and year not in years:
        raise Http404
    if request.GET.get("tahun") == str(year):
        claim(request, "tahun")  # a year with figures: kept by the page cache
    figures = public_figures(annual_figures(year)) if years else None
    charts = []
    if figures:
        for key, title in CHARTED:
            rows = [(row["label"], row["count"]) for row in figures[key]]
            charts.append(svg_bars(_(title), rows))
    return render(
        request,
        "service_reports/statistics.html",
        {
            "years": years,
            "year": year,
            "figures": figures,
            "tables": figure_tables(figures) if figures else [],
            "charts": charts,
        },
    )


@require_http_methods(["GET", "POST"])
def survey(request, number: str, code: str):
    """Survei kepuasan for one finished request, reached through its tracking link only."""
    found = request_by_code(number, code)
    if found.stage not in SURVEY_STAGES:
        raise Http404
    done = SurveyResponse.objects.filter(request=found).exists()
    form = SurveyForm(request.POST if request.method == "POST" and not done else None)
    if form.is_bound and form.is_valid():
        answer = form.save(commit=False)
        answer.request = found
        try:
            with transaction.atomic():
                answer.save()
        except IntegrityError:
            pass  # answered a moment ago in another tab: one answer per request
        messages.success(request, _("Thank you: your answer is recorded."))
        return redirect("information_requests:track", found.number, code)
    status = 400 if form.is_bound else 200
    return private(
        render(
            request,
            "service_reports/survey.html",
            {"object": found, "code": code, "form": form, "done": done},
            status=status,
        )
    )


# --- admin ----------------------------------------------------------------------------------


def report_for(request, pk: int) -> AnnualServiceReport:
    if not request.user.has_perm("service_reports.view_annualservicereport"):
        raise PermissionDenied
    return get_object_or_404(AnnualServiceReport, pk=pk)


def report_detail(request, pk: int):
    report = report_for(request, pk)
    return render(
        request,
        "service_reports/admin/detail.html",
        {
            "report": report,
            "title": str(report),
            "tables": figure_tables(report.figures) if report.figures else [],
            "steps": transitions.allowed(report, request.user),
            "seen": transitions.fingerprint(report),
        },
    )


@require_POST
def report_step(request, pk: int, action: str):
    report = report_for(request, pk)
    try:
        transitions.perform(report, action, request.user, seen=request.POST.get("seen"))
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
    else:
        messages.success(
            request,
            _("Done: %(report)s is now %(status)s.")
            % {
                "report": report,
                "status": AnnualServiceReport.objects.get(pk=pk).get_status_display(),
            },
        )
    return redirect("service_reports:detail", pk)


def report_pdf_view(request, pk: int):
    report = report_for(request, pk)
    response = HttpResponse(report_pdf(report), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="laporan-layanan-informasi-{report.year}.pdf"'
    )
    return response


def report_xlsx_view(request, pk: int):
    report = report_for(request, pk)
    response = HttpResponse(
        report_xlsx(report),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="laporan-layanan-informasi-{report.year}.xlsx"'
    )
    return response
