import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from .models import IntegrityAlert

OPEN, RESOLVED = "open", "resolved"


class IntegrityAlertFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(OPEN, _("Open")), (RESOLVED, _("Resolved"))],
        method="filter_status",
        empty_label=_("All"),
    )

    class Meta:
        model = IntegrityAlert
        fields = ["kind"]

    def filter_status(self, queryset, name, value):
        return queryset.filter(resolved_at__isnull=value == OPEN)
