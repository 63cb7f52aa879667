"""Wagtail texts that its catalogue cannot translate, made translatable.

A few Wagtail labels are computed once, when their module is imported (plain `gettext` at
class level) or not passed through gettext at all (a form field named `task_type` gets the
label "Task type"). Each fix below gives the same label back as a lazy translation, so it is
shown in the language of the request.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


def _redirect_filters() -> None:
    from wagtail.contrib.redirects.filters import RedirectsReportFilterSet

    flt = RedirectsReportFilterSet.base_filters["is_permanent"]
    flt.label = _("Type")
    flt.extra["choices"] = ((True, _("Permanent")), (False, _("Temporary")))
    flt.extra["empty_label"] = _("All")


def _task_chooser_form() -> None:
    from wagtail.admin.forms import workflows

    form_class = workflows.TaskChooserSearchForm
    original_init = form_class.__init__
    if getattr(original_init, "ppid_labelled", False):
        return

    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        if "task_type" in self.fields:
            self.fields["task_type"].label = _("Task type")

    __init__.ppid_labelled = True
    form_class.__init__ = __init__


# Django names default permissions "Can add page" (English, stored in the database); the
# group editor reads them to screen readers. Named here by action, in the request's language.
PERMISSION_ACTIONS = {
    "add": _("Add"),
    "change": _("Edit"),
    "delete": _("Delete"),
    "view": _("View"),
    "publish": _("Publish"),
    "bulk_delete": _("Bulk delete"),
    "lock": _("Lock"),
    "unlock": _("Unlock"),
}


def permission_label(permission) -> str:
    from django.utils.translation import gettext

    translated = gettext(permission.name)
    if translated != permission.name:
        return translated
    action, _sep, model = permission.codename.partition("_")
    if permission.codename.startswith("bulk_delete_"):
        action, model = "bulk_delete", permission.codename.removeprefix("bulk_delete_")
    if action in PERMISSION_ACTIONS and model == permission.content_type.model:
        verbose = permission.content_type.model_class()
        name = verbose._meta.verbose_name if verbose else model
        return f"{PERMISSION_ACTIONS[action]} {name}"
    return permission.name


def _page_permission_labels() -> None:
    from wagtail.users import forms as user_forms

    field = user_forms.PagePermissionsForm.base_fields["permissions"]
    field.label_from_instance = permission_label


def _page_search_area() -> None:
    """The sidebar's page search only for those who may open the page search."""
    from wagtail.admin.wagtail_hooks import PageSearchArea

    from .roles import can_search_pages

    PageSearchArea.is_shown = lambda self, request: can_search_pages(request.user)


def _person_choices() -> None:
    """A user field in an admin form (e.g. a plan item's responsible Operator) lists people by
    full name, as every listing does, not by username."""
    from django.contrib.auth import get_user_model
    from django.db import models
    from wagtail.admin.forms.models import register_form_field_override

    from .columns import PersonChoiceField

    register_form_field_override(
        models.ForeignKey, to=get_user_model(), override={"form_class": PersonChoiceField}
    )


def _unlabelled_fields() -> None:
    """Wagtail columns and form fields without a label get one made from their name, in
    English ("Site name", "Root page", "Page", "Link text", "Email address"): given the
    translated label."""
    from django.utils.text import capfirst
    from wagtail.admin.forms import choosers, workflows
    from wagtail.models import Site
    from wagtail.sites.views import IndexView as SiteIndexView
    from wagtail.users import forms as user_forms

    for column in SiteIndexView.columns:
        if column.name in ("port", "site_name", "root_page"):
            column.label = capfirst(Site._meta.get_field(column.name).verbose_name)
    labels = {
        workflows.WorkflowPageForm: {"page": _("Page")},
        workflows.WorkflowContentTypeForm: {"content_types": _("Content types")},
        user_forms.PagePermissionsForm: {"page": _("Page")},
        # The link chooser's tabs (rich text and link blocks): every Operator meets them.
        choosers.ExternalLinkChooserForm: {"link_text": _("Link text")},
        choosers.AnchorLinkChooserForm: {"link_text": _("Link text")},
        choosers.EmailLinkChooserForm: {
            "email_address": _("Email address"),
            "link_text": _("Link text"),
            "subject": pgettext_lazy("e-mail link", "Subject"),
            "body": pgettext_lazy("e-mail link", "Body"),
        },
        choosers.PhoneLinkChooserForm: {
            "phone_number": _("Phone number"),
            "link_text": _("Link text"),
        },
    }
    for form_class, fields in labels.items():
        for name, label in fields.items():
            form_class.base_fields[name].label = label


def apply() -> None:
    _unlabelled_fields()
    _person_choices()
    _page_search_area()
    _redirect_filters()
    _task_chooser_form()
    _page_permission_labels()
