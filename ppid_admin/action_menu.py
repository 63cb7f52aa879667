from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.action_menu import ActionMenuItem


class ReviewProgressMenuItem(ActionMenuItem):
    label = _("See review progress")
    name = "action-review-progress"
    icon_name = "list-ul"

    def get_url(self, parent_context):
        return reverse("wagtailadmin_pages:workflow_history", args=[parent_context["page"].pk])
