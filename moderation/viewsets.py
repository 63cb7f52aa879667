"""Form Persetujuan in the admin: a read-only listing with filters, XLSX/CSV export and PDF."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy

from .models import ApprovalRecord


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Records written by the system only (the workflow, the tasks, the integrity watch): in the
    admin nobody adds, edits or deletes them; viewing needs the model's view permission."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and super().user_has_permission(user, "view")


class ApprovalRecordIndexView(IndexView):
    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        buttons.append(
            ListingButton(
                _("PDF"),
                url=reverse("approval_records:pdf", args=[instance.pk]),
                icon_name="doc-full",
                priority=5,
            )
        )
        return buttons


class ApprovalRecordViewSet(ModelViewSet):
    model = ApprovalRecord
    icon = "form"
    menu_label = _("Approval forms")
    add_to_admin_menu = True
    menu_order = 270
    index_view_class = ApprovalRecordIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields: list[str] = []  # no form is ever shown: records are read-only
    list_display = [
        "page_title",
        "change_kind",
        "submitted_by",
        Column("step_lines", label=_("Approvals")),
        "published_at",
    ]
    list_filter = {"change_kind": ["exact"], "published_at": ["gte", "lt"]}
    list_export = [
        "page_title",
        "change_kind",
        "submitted_by",
        "submitted_at",
        "scan_summary",
        "step_lines",
        "published_at",
        "snapshot_hash",
    ]
    export_filename = "form-persetujuan"
    search_fields = ["page_title", "submitted_by"]
    inspect_view_fields = [
        "page_title",
        "change_kind",
        "revision",
        "submitted_by",
        "submitted_at",
        "scan_summary",
        "published_at",
        "snapshot_hash",
    ]

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)

    def get_urlpatterns(self):
        from . import views

        return [
            *super().get_urlpatterns(),
            path("<int:pk>/pdf/", views.approval_record_pdf, name="pdf"),
        ]


approval_record_viewset = ApprovalRecordViewSet("approval_records", url_prefix="sop/persetujuan")
