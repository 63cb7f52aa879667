"""Integrity alerts in the admin: a read-only listing; resolving is its own audited action."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from moderation.viewsets import ReadOnlyPermissionPolicy
from ppid_admin.columns import user_column, user_name

from .filters import IntegrityAlertFilterSet
from .models import IntegrityAlert
from .views import RESOLVE_PERMISSION


class AlertInspectView(InspectView):
    def get_resolved_by_display_value(self):
        return user_name(self.object.resolved_by)  # by full name, as everywhere


class AlertIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("resolved_by")  # a column per row

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if instance.is_open and self.request.user.has_perm(RESOLVE_PERMISSION):
            buttons.append(
                ListingButton(
                    _("Resolve"),
                    url=reverse("integrity_alerts:resolve", args=[instance.pk]),
                    icon_name="check",
                    priority=5,
                )
            )
        return buttons


class IntegrityAlertViewSet(ModelViewSet):
    model = IntegrityAlert
    icon = "warning"
    menu_label = _("Integrity alerts")
    add_to_admin_menu = True
    menu_order = 276
    index_view_class = AlertIndexView
    inspect_view_enabled = True
    inspect_view_class = AlertInspectView
    copy_view_enabled = False
    exclude_form_fields: list[str] = []  # no form is ever shown
    list_display = [
        "page_title",
        "kind",
        Column("status", label=_("Status"), accessor="status_label"),
        "first_seen",
        "last_seen",
        user_column(IntegrityAlert, "resolved_by"),  # people by full name
    ]
    filterset_class = IntegrityAlertFilterSet
    search_fields = ["page_title", "page_url"]
    inspect_view_fields = [
        "page_title",
        "page_url",
        "kind",
        "detail",
        "first_seen",
        "last_seen",
        "resolved_by",
        "resolved_at",
        "resolution",
    ]

    @property
    def permission_policy(self):
        return ReadOnlyPermissionPolicy(self.model)

    def get_urlpatterns(self):
        from .views import resolve_alert

        return [
            *super().get_urlpatterns(),
            path("<int:pk>/resolve/", resolve_alert, name="resolve"),
        ]


integrity_alert_viewset = IntegrityAlertViewSet("integrity_alerts", url_prefix="integritas")
