"""Admin: the annual reports (PPID drafts, the head of office signs, the PPID submits)."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic.models import CreateView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from ppid_admin.columns import user_column

from . import transitions
from .models import AnnualServiceReport, ReportStatus

WRITTEN = ("policy", "implementation", "constraints", "recommendations")


class ReportIndexView(IndexView):
    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        for label, name, icon, priority in (
            (_("Open"), "detail", "view", 1),
            (_("PDF"), "pdf", "doc-full", 5),
            (_("XLSX"), "xlsx", "table", 6),
        ):
            url = reverse(f"service_reports:{name}", args=[instance.pk])
            buttons.append(ListingButton(label, url=url, icon_name=icon, priority=priority))
        return buttons


class ReportCreateView(CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        return transitions.create(
            data["year"], self.request.user, **{name: data[name] for name in WRITTEN}
        )

    def log_action(self, instance):
        """transitions.create wrote the audit entry."""

    def get_success_url(self):
        return reverse("service_reports:detail", args=[self.object.pk])


class ReportEditView(EditView):
    """The written parts, while the report is a draft: a signed report is what was signed."""

    def dispatch(self, request, *args, **kwargs):
        report = self.get_object()
        if report.status != ReportStatus.DRAFT:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_success_url(self):
        return reverse("service_reports:detail", args=[self.object.pk])


class AnnualServiceReportViewSet(ModelViewSet):
    model = AnnualServiceReport
    icon = "doc-full-inverse"
    menu_label = _("Laporan Layanan Informasi")
    add_to_admin_menu = True
    menu_order = 285
    index_view_class = ReportIndexView
    add_view_class = ReportCreateView
    edit_view_class = ReportEditView
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = ["year", *WRITTEN]
    list_display = [
        "year",
        "status",
        user_column(AnnualServiceReport, "drafted_by"),  # people by full name
        user_column(AnnualServiceReport, "signed_by"),
        "signed_at",
    ]
    list_filter = ["status"]

    def get_urlpatterns(self):
        from . import views

        return [
            *super().get_urlpatterns(),
            path("<int:pk>/laporan/", views.report_detail, name="detail"),
            path("<int:pk>/langkah/<str:action>/", views.report_step, name="step"),
            path("<int:pk>/pdf/", views.report_pdf_view, name="pdf"),
            path("<int:pk>/xlsx/", views.report_xlsx_view, name="xlsx"),
        ]
