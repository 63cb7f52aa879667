"""Requests and objections in the admin: listings (masked), the desk's entry form, the detail
page with the steps this user may take, the history (audit log)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.models import CreateView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy

from .forms import DeskRequestForm
from .models import InformationRequest, Objection, Stage
from .outgoing import chained_files
from .roles import PETUGAS, in_group
from .service import register_at_desk
from .transitions import RULES_BY_ACTION, allowed_rules

IDENTITY_PERMISSION = "information_requests.view_identity"


def files_with_release(obj):
    """The request's files, each with `chain_releasable`: whether the audit chain releases it
    (outgoing.chained_files); the row's scan status alone never sends a file."""
    releasable, _sent = chained_files(obj)
    files = list(obj.files.select_related("created_by", "cleared_by"))
    for item in files:
        item.chain_releasable = bool(releasable.get(item.pk))
    return files


class ServicePermissionPolicy(ModelPermissionPolicy):
    """Only the desk (Petugas Layanan Informasi) enters records (group, not permission: a
    superuser takes no step); nobody edits or deletes one: they change only through steps."""

    def user_has_permission(self, user, action):
        if action == "add":
            return super().user_has_permission(user, "add") and in_group(user, PETUGAS)
        if action == "view":
            return super().user_has_permission(user, "view")
        return False

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class RequestIndexView(IndexView):
    def get_base_queryset(self):
        # Unconfirmed online requests are not requests yet (no number, maybe not a person).
        return super().get_base_queryset().exclude(stage=Stage.UNCONFIRMED)


class RequestCreateView(CreateView):
    page_title = _("Register a request (desk, letter, e-mail)")
    submit_button_label = _("Register")
    success_message = _("Request %(object)s registered.")
    error_message = _("The request was not registered: correct the errors below.")

    def get_form_class(self):
        return DeskRequestForm

    def get_form(self, form_class=None):
        form_class = form_class or self.get_form_class()
        return form_class(**self.get_form_kwargs())

    def get_form_kwargs(self):
        kwargs = {}
        if self.request.method == "POST":
            kwargs.update(data=self.request.POST, files=self.request.FILES)
        return kwargs

    def save_instance(self):
        return register_at_desk(self.form, self.request.user)

    def get_success_url(self):
        return reverse("information_requests_admin:inspect", args=[self.object.pk])


def labelled(steps) -> list:
    steps = list(steps)
    for step in steps:
        rule = RULES_BY_ACTION.get(step.action)
        step.label = rule.label if rule else step.action
    return steps


class RequestDetailView(InspectView):
    template_name = "information_requests/admin/request_detail.html"
    page_title = _("Information request")

    @property
    def header_more_buttons(self):
        return [
            Button(
                _("Print history (PDF)"),
                url=reverse("information_requests_admin:history_pdf", args=[self.object.pk]),
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
                "history": labelled(obj.steps.select_related("user")),
                "files": files_with_release(obj),
                "objections": obj.objections.all(),
                "may_see_identity": user.has_perm(IDENTITY_PERMISSION),
                "may_add_files": user.has_perm("information_requests.add_outgoingfile")
                and obj.stage in (Stage.PROCESSING, Stage.EXTENDED, Stage.DECIDED),
                "may_clear": in_group(user, "PPID"),
            }
        )
        return context


class ServiceHistoryView(HistoryView):
    any_permission_required = ["view"]


class RequestViewSet(ModelViewSet):
    model = InformationRequest
    icon = "form"
    menu_label = _("Information requests")
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = RequestIndexView
    add_view_class = RequestCreateView
    inspect_view_class = RequestDetailView
    history_view_class = ServiceHistoryView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["name"]
    list_display = [
        "number",
        Column("registered_at", label=_("Registered")),
        "name",
        "requester_type",
        "channel",
        "stage",
        Column("due_date", label=_("Due")),
        "decision",
    ]
    list_filter = {
        "stage": ["exact"],
        "decision": ["exact"],
        "channel": ["exact"],
        "requester_type": ["exact"],
        "registered_at": ["gte", "lt"],
    }
    search_fields = ["number", "name", "information_requested"]
    ordering = ["-registered_at"]

    @property
    def permission_policy(self):
        return ServicePermissionPolicy(self.model)

    def get_urlpatterns(self):
        from . import admin_views as views

        return [
            *super().get_urlpatterns(),
            path("<int:pk>/langkah/<str:action>/", views.request_step, name="step"),
            path("<int:pk>/identitas/", views.identity_file, name="identity"),
            path("<int:pk>/berkas/tambah/", views.add_information_file, name="add_file"),
            path("<int:pk>/riwayat.pdf", views.history_pdf, name="history_pdf"),
            path("berkas/<int:pk>/", views.download_file, name="file"),
            path("berkas/<int:pk>/bersihkan/", views.clear_file, name="clear_file"),
            path("berkas/<int:pk>/hitamkan/", views.redact_file, name="redact_file"),
            path("register/", views.request_register, name="register"),
        ]


class ObjectionIndexView(IndexView):
    pass


class ObjectionDetailView(InspectView):
    template_name = "information_requests/admin/objection_detail.html"
    page_title = _("Objection (keberatan)")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        context.update(
            {
                "rules": allowed_rules(obj, self.request.user),
                "history": labelled(obj.steps.select_related("user")),
                "files": obj.files.all(),
                "grounds": obj.ground_list,
            }
        )
        return context


class ObjectionViewSet(ModelViewSet):
    model = Objection
    icon = "warning"
    menu_label = _("Objections (keberatan)")
    add_to_admin_menu = True
    menu_order = 251
    index_view_class = ObjectionIndexView
    inspect_view_class = ObjectionDetailView
    history_view_class = ServiceHistoryView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["case_position"]
    list_display = [
        "number",
        Column("registered_at", label=_("Registered")),
        "request",
        "grounds",
        "stage",
        Column("due_date", label=_("Answer due")),
        "outcome",
    ]
    list_filter = {"stage": ["exact"], "outcome": ["exact"], "registered_at": ["gte", "lt"]}
    search_fields = ["number", "case_position"]
    ordering = ["-registered_at"]

    @property
    def permission_policy(self):
        return ServicePermissionPolicy(self.model)

    @property
    def add_view(self):
        from . import admin_views as views

        return views.objection_add

    def get_urlpatterns(self):
        from . import admin_views as views

        return [
            *super().get_urlpatterns(),
            path("<int:pk>/langkah/<str:action>/", views.objection_step, name="step"),
            path("langkah/<int:pk>/dokumen/", views.step_document, name="step_document"),
            path("register/", views.objection_register, name="register"),
        ]


request_viewset = RequestViewSet("information_requests_admin", url_prefix="layanan/permohonan")
objection_viewset = ObjectionViewSet("objections_admin", url_prefix="layanan/keberatan")
