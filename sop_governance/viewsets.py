"""The content plans and their items in the admin (snippet viewset; XLSX/CSV export)."""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import EditView, IndexView, InspectView, SnippetViewSet

from ppid_admin.columns import PersonFilterSet, user_column, user_name

from .components import PlanItemsTable
from .models import ContentPlan, ContentPlanItem, SignedPlanError, published_through_workflow


def holds_through_role(user, permission: str) -> bool:
    """Only a role group grants drafting rights: a superuser is not a Sub Koordinator."""
    if not (user.is_authenticated and user.is_active):
        return False
    cached = getattr(user, "_sop_role_permissions", None)
    if cached is None:
        cached = {
            f"{app_label}.{codename}"
            for app_label, codename in Permission.objects.filter(group__user=user).values_list(
                "content_type__app_label", "codename"
            )
        }
        user._sop_role_permissions = cached  # once per request, like Django's own perm cache
    return permission in cached


class ContentPlanPermissionPolicy(ModelPermissionPolicy):
    """Nobody publishes, unpublishes or deletes a plan by hand, superusers included: the
    workflow's receipt makes it live, and a signed plan is a record kept for good. Drafting
    (add, change, lock) belongs to the roles holding it, not to superusers."""

    NEVER = frozenset({"publish", "unpublish", "delete"})

    def user_has_permission(self, user, action):
        if action in self.NEVER or not user.is_authenticated:
            return False
        if action == "view":
            return super().user_has_permission(user, action)
        return holds_through_role(user, self._get_permission_name(action))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "change" and instance.is_signed:
            return False
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(
            self.user_has_permission_for_instance(user, action, instance) for action in actions
        )

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in self.NEVER])


def plan_buttons(plan: ContentPlan, user, button_class=ListingButton) -> list:
    """PDF, the workflow step this user may take, and "Buat versi baru"."""
    from .actions import available_step

    buttons = [
        button_class(
            _("PDF"),
            url=reverse("sop_governance:plan_pdf", args=[plan.pk]),
            icon_name="doc-full",
            priority=5,
        )
    ]
    step = available_step(plan, user)
    if step is not None:
        buttons.append(
            button_class(
                step.label,
                url=reverse("sop_governance:plan_step", args=[plan.pk, step.action]),
                icon_name="check",
                priority=6,
            )
        )
    if (
        plan.is_signed
        and holds_through_role(user, "sop_governance.add_contentplan")
        and not ContentPlan.objects.filter(supersedes=plan).exists()
    ):
        buttons.append(
            button_class(
                _("Create a new version"),
                url=reverse("sop_governance:plan_new_version", args=[plan.pk]),
                icon_name="copy",
                priority=7,
            )
        )
    return buttons


class ContentPlanIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .with_progress()
            .select_related("signed_by", "received_by", "submitted_by")
        )

    def get_list_buttons(self, instance):
        return [*plan_buttons(instance, self.request.user), *super().get_list_buttons(instance)]


class ContentPlanEditView(EditView):
    """A signed plan is never edited (nor its workflow cancelled): it is shown read-only."""

    def dispatch(self, request, *args, **kwargs):
        if self.live_object.signed_in_database():
            messages.error(request, str(SignedPlanError().args[0]))
            return redirect(reverse("sop_governance_plans:inspect", args=[self.live_object.pk]))
        return super().dispatch(request, *args, **kwargs)


class ContentPlanInspectView(InspectView):
    def get_field_label(self, field_name, field):
        if field_name == "items":  # a reverse relation: Django labels it by its name, "Items"
            return _("Content items")
        return super().get_field_label(field_name, field)

    def get_items_display_value(self):
        return PlanItemsTable(self.object)

    # People by their full name, as in the other records.
    def get_submitted_by_display_value(self):
        return user_name(self.object.submitted_by)

    def get_signed_by_display_value(self):
        return user_name(self.object.signed_by)

    def get_received_by_display_value(self):
        return user_name(self.object.received_by)

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            *plan_buttons(self.object, self.request.user, Button),
        ]


class ContentPlanViewSet(SnippetViewSet):
    model = ContentPlan
    icon = "list-ul"
    menu_label = _("Content plans")
    menu_name = "content_plans"
    add_to_admin_menu = True
    menu_order = 240
    base_url_path = "sop/daftar-konten"
    admin_url_namespace = "sop_governance_plans"
    index_view_class = ContentPlanIndexView
    edit_view_class = ContentPlanEditView
    inspect_view_class = ContentPlanInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "__str__",
        "quarter",
        "version",
        Column("status_label", label=_("Status")),
        Column("progress", label=_("Progress (done/total)")),
        user_column(ContentPlan, "signed_by"),
        "signed_at",
        user_column(ContentPlan, "received_by"),
        "received_at",
    ]
    list_filter = ["quarter"]
    list_export = [
        "quarter",
        "version",
        "status_label",
        "progress",
        "submitted_by",
        "submitted_at",
        "signed_by",
        "signed_at",
        "received_by",
        "received_at",
        "notes",
    ]
    export_headings = {
        "status_label": _("Status"),
        "progress": _("Progress (done/total)"),
    }
    export_filename = "daftar-konten"
    inspect_view_fields = [
        "quarter",
        "version",
        "supersedes",
        "status_label",
        "progress",
        "notes",
        "submitted_by",
        "submitted_at",
        "signed_by",
        "signed_at",
        "received_by",
        "received_at",
        "items",
    ]

    @property
    def permission_policy(self):
        return ContentPlanPermissionPolicy(self.model)


class PlanItemPermissionPolicy(ModelPermissionPolicy):
    """Items are listed read-only here (edited in their plan): seen by whoever sees plans."""

    def user_has_permission(self, user, action):
        return action == "view" and user.has_perm("sop_governance.view_contentplan")

    def user_has_any_permission(self, user, actions):
        return "view" in actions and self.user_has_permission(user, "view")


class PlanItemIndexView(generic.IndexView):
    """Items of the current (not superseded) plans; done flags from one EXISTS subquery."""

    base_filterset_class = PersonFilterSet  # the responsible Operator by full name

    def get_base_queryset(self):
        return (
            ContentPlanItem.objects.filter(plan__superseded_by__isnull=True)
            .select_related("plan", "responsible", "page")
            .annotate(
                is_done=Exists(published_through_workflow().filter(page_id=OuterRef("page_id")))
            )
            .order_by("-plan__quarter", "target_month", "sort_order")
        )


class ContentPlanItemViewSet(ModelViewSet):
    """Every item of the current plans, with whether it is done: the Operators' to-do list."""

    model = ContentPlanItem
    icon = "tasks"
    menu_label = _("Content plan items")
    add_to_admin_menu = False
    url_prefix = "sop/daftar-konten-item"
    index_view_class = PlanItemIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    exclude_form_fields: list[str] = []
    list_display = [
        "title",
        Column("plan", label=_("content plan")),
        "category",
        "target_month",
        user_column(ContentPlanItem, "responsible"),
        Column("done_label", label=_("Done")),
    ]
    list_filter = ["plan__quarter", "category", "target_month", "responsible"]
    list_export = [
        "plan",
        "title",
        "get_category_display",
        "get_target_month_display",
        "responsible_name",
        "page",
        "notes",
        "done_label",
    ]
    export_headings = {
        "plan": _("content plan"),
        "get_category_display": _("DIP category"),
        "get_target_month_display": _("Target month"),
        "responsible_name": capfirst(ContentPlanItem._meta.get_field("responsible").verbose_name),
        "done_label": _("Done"),
    }
    export_filename = "item-daftar-konten"

    @property
    def permission_policy(self):
        return PlanItemPermissionPolicy(self.model)


plan_item_viewset = ContentPlanItemViewSet("sop_governance_plan_items")
