"""Development requests in the admin: a ModelViewSet with filters, export and a detail page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.models import CreateView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, ListingButton
from wagtail.permission_policies import ModelPermissionPolicy

from ppid_admin.columns import user_column

from .forms import CommentForm
from .models import DevelopmentRequest
from .transitions import RULES_BY_ACTION, allowed_rules, can_comment, can_submit, submit_request


class DevelopmentPermissionPolicy(ModelPermissionPolicy):
    """Only a Sub Koordinator submits (group, not permission: superusers do not skip roles);
    nobody edits or deletes a request: it changes only through the SOP's steps."""

    def user_has_permission(self, user, action):
        if action == "add":
            return super().user_has_permission(user, "add") and can_submit(user)
        if action == "view":
            return super().user_has_permission(user, "view")
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class DevelopmentRequestIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("submitted_by")

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        buttons.append(
            ListingButton(
                _("PDF"),
                url=reverse("development_requests:pdf", args=[instance.pk]),
                icon_name="doc-full",
                priority=5,
            )
        )
        return buttons


class DevelopmentRequestCreateView(CreateView):
    page_title = _("New development request")
    submit_button_label = _("Submit request")
    submit_button_active_label = _("Submitting…")
    success_message = _("Development request '%(object)s' submitted.")
    error_message = _("The request was not submitted: correct the errors below.")

    def save_instance(self):
        data = self.form.cleaned_data
        return submit_request(
            self.request.user,
            kind=data["kind"],
            title=data["title"],
            description=data["description"],
        )

    def get_success_url(self):
        return reverse("development_requests:inspect", args=[self.object.pk])


class DevelopmentRequestDetailView(InspectView):
    """The request, its records and history, and the steps this user may take now."""

    template_name = "sop_development/detail.html"
    page_title = _("Development request")

    def get_object(self, queryset=None):
        return DevelopmentRequest.objects.select_related("submitted_by").filter(
            pk=self.pk
        ).first() or super().get_object(queryset)

    @property
    def header_more_buttons(self):
        return [
            Button(
                _("Print history (PDF)"),
                url=reverse("development_requests:pdf", args=[self.object.pk]),
                icon_name="doc-full",
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        user = self.request.user
        context.update(
            {
                "rules": allowed_rules(obj, user),
                "history": labelled(obj.transitions.select_related("user")),
                "comments": obj.comments.select_related("author"),
                "minutes": obj.minutes.select_related("recorded_by"),
                "receipts": obj.receipts.select_related("received_by", "handed_over_by"),
                "drafts": obj.drafts.select_related("presented_by"),
                "comment_form": CommentForm() if can_comment(obj, user) else None,
            }
        )
        return context


def labelled(steps) -> list:
    steps = list(steps)
    for step in steps:
        rule = RULES_BY_ACTION.get(step.action)
        step.label = rule.label if rule else step.action
    return steps


class DevelopmentHistoryView(HistoryView):
    """The audit log of a request, for everyone who may see the request."""

    any_permission_required = ["view"]


class DevelopmentRequestViewSet(ModelViewSet):
    model = DevelopmentRequest
    icon = "cogs"
    menu_label = _("Development requests")
    add_to_admin_menu = True
    menu_order = 280
    index_view_class = DevelopmentRequestIndexView
    add_view_class = DevelopmentRequestCreateView
    inspect_view_class = DevelopmentRequestDetailView
    history_view_class = DevelopmentHistoryView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["kind", "title", "description"]
    list_display = [
        "title",
        "kind",
        "stage",
        user_column(DevelopmentRequest, "submitted_by"),  # people by full name
        "submitted_at",
        Column("stage_changed_at", label=_("In this stage since")),
    ]
    list_filter = {"stage": ["exact"], "kind": ["exact"], "submitted_at": ["gte", "lt"]}
    list_export = [
        "number",
        "title",
        "kind_label",
        "stage_label",
        "submitted_by_name",
        "submitted_at",
        "stage_changed_at",
        "closed_at",
        "description",
    ]
    export_headings = {
        "number": _("Number"),
        "kind_label": _("Kind"),
        "stage_label": _("Stage"),
        "submitted_by_name": _("Submitted by"),
    }
    export_filename = "permintaan-pengembangan"
    search_fields = ["title", "description"]
    ordering = ["-submitted_at"]

    @property
    def permission_policy(self):
        return DevelopmentPermissionPolicy(self.model)

    def get_urlpatterns(self):
        from . import views

        return [
            *super().get_urlpatterns(),
            path("<int:pk>/langkah/<str:action>/", views.step, name="step"),
            path("<int:pk>/masukan/", views.comment, name="comment"),
            path("<int:pk>/pdf/", views.request_pdf, name="pdf"),
            path("notulen/<int:pk>/pdf/", views.minutes_pdf, name="minutes_pdf"),
            path("tanda-terima/<int:pk>/pdf/", views.receipt_pdf, name="receipt_pdf"),
            path("draf/<int:pk>/berkas/", views.draft_file, name="draft_file"),
        ]


development_request_viewset = DevelopmentRequestViewSet(
    "development_requests", url_prefix="sop/pengembangan"
)
