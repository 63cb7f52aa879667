from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.models import WorkflowState

from . import admin_urls
from .actions import may_force_publish
from .models import PrivacyScanTask, ScanReport
from .viewsets import approval_record_viewset


def rejecting_scan_report(page) -> ScanReport | None:
    """The scan report behind the page's current 'needs changes' state, if the scan rejected it."""
    state = (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
        .select_related("current_task_state__task")
        .first()
    )
    if state is None or not isinstance(state.current_task_state.task.specific, PrivacyScanTask):
        return None
    return state.current_task_state.scan_reports.filter(passed=False).first()


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def return_to_the_editor_after_a_scan_rejection(request, page):
    """Wagtail says 'submitted for moderation' even when the scan rejected it at once: say
    what happened and reopen the editor, where the findings are shown."""
    if "action-submit" not in request.POST or rejecting_scan_report(page) is None:
        return None
    list(messages.get_messages(request))  # drop Wagtail's "submitted" message
    messages.error(
        request,
        _("The privacy scan sent the page back: remove the personal data and submit it again."),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


# The findings themselves are shown in the editor by ppid_admin.editor (plain Indonesian, a
# human location, a link to the block and what to do).


def pending_version_warnings(page) -> list[str]:
    """What the publication of `page`'s latest revision releases besides its text: the new
    versions of documents and images it uses (old and new title, whether the file is new) and
    of the reviewed snippets it shows (an information unit's new name). The publication
    snapshot every approval records covers exactly these pending versions."""
    from .snapshot import assets_of
    from .snippets import pending_changes, snippets_of

    revision = page.get_latest_revision()
    if revision is None:
        return []
    obj = revision.as_object()
    warnings = []
    for snippet in snippets_of(obj):
        for name, (old, new) in pending_changes(snippet).items():
            warnings.append(
                _(
                    "Publishing this page also releases a new version of %(kind)s '%(old)s': "
                    "%(field)s '%(new)s'. Compare them under Document approval."
                )
                % {
                    "kind": snippet._meta.verbose_name,
                    "old": old,
                    "field": snippet._meta.get_field(name).verbose_name,
                    "new": new,
                }
            )
    for asset in assets_of(obj):
        if not asset.has_pending_version:
            continue
        warnings.append(
            _(
                "Publishing this page also releases a new version of '%(old)s': "
                "title '%(new)s'%(file)s. Compare them under Document approval."
            )
            % {
                "old": asset.title,
                "new": asset.pending_title or asset.title,
                "file": _(", new file") if asset.pending_file else "",
            }
        )
    return warnings


@hooks.register("before_edit_page")
def show_pending_asset_versions(request, page) -> None:
    """Reviewers see what the page's publication would release besides its text (above);
    the dashboard's approve buttons send them here first when there is any
    (moderation.middleware.PendingVersionsMiddleware)."""
    if request.method != "GET":
        return
    warnings = pending_version_warnings(page)
    for warning in warnings:
        messages.warning(request, warning)
    if warnings:
        from .middleware import remember_pending_versions_seen

        remember_pending_versions_seen(request, page)


# Direct publication is closed for everyone, superusers included: only the workflow's last
# approval publishes. Roles lack the permission anyway; these hooks close the superuser's paths.

WORKFLOW_ONLY = gettext_lazy(
    "Content is published only through the workflow 'SOP Publikasi Konten'. "
    "Your changes were saved as a draft: submit them for review."
)


@hooks.register("construct_page_action_menu")
def remove_publish_menu_item(menu_items, request, context) -> None:
    menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_publish_page")
def refuse_direct_publication(request, page):
    messages.error(request, WORKFLOW_ONLY)
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def refuse_bulk_publication(request, action_type, objects, action_class_instance):
    if action_type == "publish":
        messages.error(request, WORKFLOW_ONLY)
        return redirect("wagtailadmin_home")
    return None


@hooks.register("before_copy_page")
def refuse_published_copies(request, page):
    """Only those who could publish get 'publish copies' or 'alias' (live at once): refuse."""
    asks_live_copy = "publish_copies" in request.POST or "alias" in request.POST
    could_publish = page.permissions_for_user(request.user).can_publish()
    if request.method == "POST" and asks_live_copy and could_publish:
        messages.error(request, WORKFLOW_ONLY)
        return redirect("wagtailadmin_pages:copy", page.pk)
    return None


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [path("sop/", include(admin_urls, namespace="moderation"))]


class DropdownButton(Button):
    allow_in_dropdown = True


def take_down_buttons(page, user) -> list[Button]:
    if not (page.live and user.has_perm("moderation.take_down_page")):
        return []
    url = reverse("moderation:takedown", args=[page.pk])
    return [
        DropdownButton(
            gettext_lazy("Take down (with reason)"), url, icon_name="warning", priority=60
        )
    ]


def force_publish_buttons(page, user) -> list[Button]:
    """Only in the page's own header: deciding needs the latest revision, too costly per row."""
    if not may_force_publish(page, user):
        return []
    url = reverse("moderation:force_publish", args=[page.pk])
    label = gettext_lazy("Publish serta merta at once")
    return [DropdownButton(label, url, icon_name="warning", priority=61)]


@hooks.register("register_page_listing_more_buttons")
def page_listing_sop_buttons(page, user, next_url=None):
    yield from take_down_buttons(page, user)


@hooks.register("register_page_header_buttons")
def page_header_sop_buttons(page, user, view_name=None, next_url=None):
    yield from take_down_buttons(page, user)
    yield from force_publish_buttons(page, user)


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request) -> bool:
        return request.user.has_perm(self.permission)


# (label, URL name, icon, order, permission that shows the item)
SOP_MENU = [
    (
        gettext_lazy("Retrospective reviews"),
        "moderation:forced_publications",
        "warning",
        250,
        "moderation.review_forced_publication",
    ),
    (
        gettext_lazy("Take down content"),
        "moderation:live_pages",
        "warning",
        260,
        "moderation.take_down_page",
    ),
    (
        gettext_lazy("Content update register"),
        "moderation:content_register",
        "list-ul",
        271,
        "moderation.view_approvalrecord",
    ),
    (
        gettext_lazy("Scan findings"),
        "moderation:scan_reports",
        "search",
        273,
        "moderation.add_falsepositive",
    ),
    (
        gettext_lazy("Document approval"),
        "moderation:documents_to_approve",
        "doc-full",
        272,
        "ppid_pages.approve_document",
    ),
    (
        gettext_lazy("Site settings approval"),
        "moderation:site_settings",
        "cog",
        274,
        "moderation.approve_site_settings",
    ),
    (
        gettext_lazy("Redirect approval"),
        "moderation:redirects",
        "redirect",
        276,
        "moderation.approve_site_settings",
    ),
    (
        gettext_lazy("Privacy allow-list approval"),
        ("moderation:reviewed_setting", "daftar-izin"),
        "list-ul",
        275,
        "moderation.approve_allow_list",
    ),
]


@hooks.register("construct_main_menu")
def add_sop_menu_items(request, menu_items) -> None:
    for label, url_name, icon, order, permission in SOP_MENU:
        url = reverse(url_name[0], args=url_name[1:]) if isinstance(url_name, tuple) else None
        item = PermissionMenuItem(
            label, url or reverse(url_name), icon_name=icon, order=order, permission=permission
        )
        if item.is_shown(request):
            menu_items.append(item)


@hooks.register("register_admin_viewset")
def register_approval_records():
    return approval_record_viewset


LOG_ACTIONS = {
    "ppid.publication.refused": (
        gettext_lazy("Refused: outside the SOP"),
        gettext_lazy("A change of what the public gets was refused outside the SOP path"),
    ),
    "ppid.document.release": (
        gettext_lazy("Document released"),
        gettext_lazy("Document released with a page"),
    ),
    "ppid.document.approve": (
        gettext_lazy("Document approved"),
        gettext_lazy("Document approved on its own"),
    ),
    "ppid.release.first_approval": (
        gettext_lazy("First approval of a release"),
        gettext_lazy("The first of the two approvals a release needs"),
    ),
    "ppid.document.human_check": (
        gettext_lazy("Document checked by a person"),
        gettext_lazy("A document the scanner could not judge was checked by a person"),
    ),
    "ppid.false_positive": (
        gettext_lazy("False positive"),
        gettext_lazy("Scan finding marked as a false positive"),
    ),
    "ppid.settings.approve": (
        gettext_lazy("Site settings approved"),
        gettext_lazy("Public site settings approved after the privacy scan"),
    ),
    "ppid.takedown": (gettext_lazy("Taken down"), gettext_lazy("Taken down with a reason")),
    "ppid.force_publish": (
        gettext_lazy("Published at once"),
        gettext_lazy("Serta merta information published at once"),
    ),
    "ppid.force_publish.refused": (
        gettext_lazy("Publication at once refused"),
        gettext_lazy("A serta merta publication at once was refused"),
    ),
    "ppid.exempt_upload.refused": (
        gettext_lazy("Exempt file refused"),
        gettext_lazy("A file holding exempt information was refused as a document or image"),
    ),
    "ppid.exempt_text.refused": (
        gettext_lazy("Exempt text refused"),
        gettext_lazy("A text holding a passage of exempt information was refused"),
    ),
    "ppid.false_positive.confirm": (
        gettext_lazy("False positive confirmed"),
        gettext_lazy("A second reviewer marked the finding as a false positive too"),
    ),
    "ppid.force_publish.review": (
        gettext_lazy("Retrospective review"),
        gettext_lazy("Forced publication reviewed afterwards"),
    ),
    "ppid.site.approved": (
        gettext_lazy("Site approved in the set-up"),
        gettext_lazy("Site (home page, host name, port, default) approved in the set-up"),
    ),
    "ppid.site.deleted": (
        gettext_lazy("Site deleted in the set-up"),
        gettext_lazy("Site deleted in the set-up"),
    ),
    "ppid.snapshot": (
        gettext_lazy("Publication snapshot"),
        gettext_lazy("Publication snapshot recorded"),
    ),
    "ppid.snapshot.mismatch": (
        gettext_lazy("Snapshot mismatch"),
        gettext_lazy("At go-live the content differed from what was approved: not released"),
    ),
    "ppid.schedule.held": (
        gettext_lazy("Scheduled publication held"),
        gettext_lazy("At go-live the content differed from what was approved: not published"),
    ),
    "ppid.schedule.cancel": (
        gettext_lazy("Scheduled publication cancelled"),
        gettext_lazy("A scheduled publication was cancelled, with a reason"),
    ),
    "ppid.asset.release_version": (
        gettext_lazy("New version released"),
        gettext_lazy("The new version of a document or image was released"),
    ),
    "ppid.asset.change": (
        gettext_lazy("Document or image changed"),
        gettext_lazy("The file, title or alternative text of a document or image was changed"),
    ),
    "ppid.asset.release": (
        gettext_lazy("Document or image released"),
        gettext_lazy("A document or image was released as it is (its digest recorded)"),
    ),
    "ppid.asset.freeze": (
        gettext_lazy("Document or image approved for a scheduled publication"),
        gettext_lazy("A document or image a scheduled publication uses was recorded as approved"),
    ),
    "ppid.asset.pin": (
        gettext_lazy("Released with the site settings"),
        gettext_lazy("An image the approved site settings show was released as it is"),
    ),
    "ppid.snippet.change": (
        gettext_lazy("Public text changed"),
        gettext_lazy("A text shown on public pages was changed (waits for review if public)"),
    ),
    "ppid.snippet.release": (
        gettext_lazy("Public text released"),
        gettext_lazy("A reviewed text shown on public pages was released"),
    ),
    "ppid.snippet.approve": (
        gettext_lazy("Public text approved"),
        gettext_lazy("A text shown on public pages was approved on its own"),
    ),
    "ppid.image.approve": (
        gettext_lazy("Image approved"),
        gettext_lazy("The new version of an image was approved on its own"),
    ),
    "ppid.rendition.restore": (
        gettext_lazy("Picture file made again"),
        gettext_lazy(
            "A resized picture file on the server was not the one made from its image: it "
            "was made again from the released image"
        ),
    ),
    "ppid.rendition.refuse": (
        gettext_lazy("Picture file refused"),
        gettext_lazy(
            "A resized picture file on the server was not the one made from its image and "
            "could not be made again: it is not served"
        ),
    ),
}


class HashLogFormatter(LogFormatter):
    """Shows the publication snapshot (SHA-256) an entry recorded, in the audit log."""

    def format_message(self, log_entry):
        message = str(self.message)
        data = log_entry.data or {}
        if data.get("step"):
            message += f" ({data['step']}{': ' + data['task'] if data.get('task') else ''})"
        if data.get("hash"):
            message += f" - SHA-256 {data['hash']}"
        return message


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions) -> None:
    for action, (label, message) in LOG_ACTIONS.items():
        formatter = type("PPIDLogFormatter", (HashLogFormatter,), {"label": label})
        formatter.message = message
        actions.register_action(action)(formatter)


# Live pages change only through the SOP (moderation.publication refuses it at the model
# layer); these hooks say why before Wagtail's confirmation pages are even shown.


def refuse_with(request, message):
    messages.error(request, message)
    return redirect("wagtailadmin_home")


@hooks.register("before_serve_page")
def deny_unknown_restrictions(page, request, serve_args, serve_kwargs):
    """Deny by default (issue 13, reattack13d break 1): a page under a view restriction of a
    type that restricts nobody is served to nobody (the admin's privacy dialog never stores
    one: it deletes the restriction to make a page public)."""
    from .snapshot import ENFORCED_RESTRICTIONS

    # The same (cached) list Wagtail's own restriction check reads: no extra query.
    restrictions = page.get_view_restrictions()
    if any(r.restriction_type not in ENFORCED_RESTRICTIONS for r in restrictions):
        raise Http404


@hooks.register("before_unpublish_page")
@hooks.register("before_delete_page")
def refuse_taking_down_outside_the_form(request, page):
    from .publication import TAKE_DOWN_FIRST, live_in

    return refuse_with(request, TAKE_DOWN_FIRST) if live_in(page) else None


@hooks.register("before_delete_page")
def refuse_deleting_scheduled_pages(request, page):
    from .publication import SCHEDULED_FIRST, scheduled_in

    return refuse_with(request, SCHEDULED_FIRST) if scheduled_in(page) else None


@hooks.register("before_move_page")
def refuse_moving_live_pages(request, page, destination):
    from .publication import LIVE_STRUCTURE, SCHEDULED_FIRST, live_in, scheduled_in

    if live_in(page):
        return refuse_with(request, LIVE_STRUCTURE)
    return refuse_with(request, SCHEDULED_FIRST) if scheduled_in(page) else None
