from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from ppid_pages.pagination import paginate

from . import exempt_text
from .actions import (
    ScanBlocked,
    approve_document,
    approve_image,
    asset_hands,
    force_publish,
    forced_releases,
    mark_false_positive,
    review_forced_publication,
    take_down,
    version_digest,
)
from .assets import pending_assets
from .forms import ReasonForm, ReviewForm
from .models import ApprovalRecord, ForcedPublication, ScanReport
from .periods import Period, current_month, parse_period
from .printouts import approval_pdf, office_settings, register_pdf, register_xlsx
from .register import register_headers, register_rows
from .snippets import approve as approve_snippet
from .snippets import findings as snippet_findings
from .snippets import hands as snippet_hands
from .snippets import is_reviewed, snippet_key
from .snippets import public_values as snippet_public_values
from .snippets import to_approve as snippets_to_approve
from .snippets import version_digest as snippet_version
from .two_people import FIRST_OF_TWO, first_approver_names

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def page_action(
    request,
    page_id: int,
    permission: str,
    action,
    template: str,
    done: str,
    shown=None,
):
    """A confirm-with-reason form for one page; the action itself checks everything again.
    `shown(page)` gives what the form shows of the page (context, its `digest` posted back
    and passed to the action as `seen`)."""
    if not request.user.has_perm(permission):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id).specific
    form = ReasonForm(request.POST or None)
    extra = {"seen": request.POST.get("digest", "")} if shown is not None else {}
    if request.method == "POST" and form.is_valid():
        try:
            action(page, request.user, form.cleaned_data["reason"], **extra)
        except ScanBlocked as blocked:
            for finding in blocked.report.findings:
                messages.error(request, f"{finding['kind'].upper()} - {finding['location']}")
            messages.error(request, _("The privacy scan blocked the publication."))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, done % {"title": page.get_admin_display_title()})
            return redirect("wagtailadmin_explore", page.get_parent().pk)
    context = {"page": page, "form": form, **(shown(page) if shown is not None else {})}
    return TemplateResponse(request, template, context)


def latest_version_shown(page) -> dict:
    """What a force-publication would publish: the latest revision, with its snapshot digest
    (posted back: a revision saved since is refused)."""
    from . import snapshot
    from .revisions import latest_revision

    revision = latest_revision(page)
    if revision is None:
        return {}
    return {
        "revision": revision,
        "digest": snapshot.take(revision).digest,
        "releases": forced_releases(page, revision),
    }


def takedown(request, page_id: int):
    return page_action(
        request,
        page_id,
        "moderation.take_down_page",
        take_down,
        "moderation/takedown.html",
        _("'%(title)s' has been taken down."),
    )


def live_pages(request):
    """Live pages to take down: the head of office has no page rights, so no page explorer."""
    if not request.user.has_perm("moderation.take_down_page"):
        raise PermissionDenied
    query = request.GET.get("q", "").strip()
    pages = Page.objects.live().filter(depth__gt=2).order_by("-last_published_at")
    if query:
        pages = pages.filter(title__icontains=query)
    return TemplateResponse(
        request,
        "moderation/live_pages.html",
        {"pages": paginate(request, pages), "query": query},
    )


def force_publication(request, page_id: int):
    return page_action(
        request,
        page_id,
        "moderation.force_publish_page",
        force_publish,
        "moderation/force_publish.html",
        _("'%(title)s' has been published at once and awaits a retrospective review."),
        shown=latest_version_shown,
    )


def forced_publications(request):
    if not request.user.has_perm("moderation.review_forced_publication"):
        raise PermissionDenied
    pending = ForcedPublication.objects.filter(reviewed_at__isnull=True).select_related(
        "forced_by", "page"
    )
    return TemplateResponse(
        request, "moderation/forced_publications.html", {"forced_publications": pending}
    )


def review_forced(request, record_id: int):
    if not request.user.has_perm("moderation.review_forced_publication"):
        raise PermissionDenied
    record = get_object_or_404(ForcedPublication, pk=record_id, reviewed_at__isnull=True)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            review_forced_publication(record, request.user, form.cleaned_data["comment"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Retrospective review recorded."))
            return redirect(reverse("moderation:forced_publications"))
    return TemplateResponse(
        request, "moderation/review_forced.html", {"record": record, "form": form}
    )


def require_records_permission(request) -> None:
    if not request.user.has_perm("moderation.view_approvalrecord"):
        raise PermissionDenied


def file_response(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def approval_record_pdf(request, pk: int):
    require_records_permission(request)
    record = get_object_or_404(ApprovalRecord, pk=pk)
    pdf = approval_pdf(record, office_settings(request))
    return file_response(pdf, "application/pdf", f"form-persetujuan-{record.pk}.pdf")


def selected_period(request) -> Period | None:
    try:
        return parse_period(request.GET.get("periode") or current_month())
    except ValueError:
        messages.error(request, _("Choose a month (2026-10) or a quarter (2026-Q4)."))
        return None


def content_register(request):
    require_records_permission(request)
    period = selected_period(request)
    context = {
        "period": period,
        "period_code": request.GET.get("periode") or current_month(),
        "headers": register_headers(),
        "rows": [row.as_list() for row in register_rows(period)] if period else [],
    }
    return TemplateResponse(request, "moderation/content_register.html", context)


def content_register_file(request, file_format: str):
    require_records_permission(request)
    period = selected_period(request)
    if period is None:
        return redirect("moderation:content_register")
    name = f"daftar-update-konten-{period.code}"
    if file_format == "pdf":
        return file_response(
            register_pdf(period, office_settings(request)), "application/pdf", f"{name}.pdf"
        )
    return file_response(register_xlsx(period), XLSX, f"{name}.xlsx")


def documents_to_approve(request):
    """Private documents to release on their own, and new versions of released documents and
    images (old and new title, old and new file) to approve."""
    if not request.user.has_perm("ppid_pages.approve_document"):
        raise PermissionDenied
    if request.method == "POST":
        return approve_posted_asset(request)
    documents = (
        get_document_model()
        .objects.filter(published_at__isnull=True, approved_at__isnull=True)
        .select_related("uploaded_by_user")
        .order_by("-created_at")
    )
    documents = paginate(request, documents)
    for document in documents:
        document.version = version_digest(document)
    versions = [
        {
            "asset": asset,
            "version": version_digest(asset),
            "kind": "document" if isinstance(asset, get_document_model()) else "image",
            "hands": asset_hands(asset),
        }
        for asset in pending_assets()
    ]
    waiting_snippets = [
        {
            "snippet": snippet,
            "key": snippet_key(snippet),
            "version": snippet_version(snippet),
            "kind": snippet._meta.verbose_name,
            "values": snippet_public_values(snippet),
            "new_values": snippet_public_values(snippet, pending=True),
            "findings": snippet_findings(snippet),
            "hands": snippet_hands(snippet),
        }
        for snippet in snippets_to_approve()
    ]
    names = first_approver_names(
        [(document, document.version) for document in documents]
        + [(row["asset"], row["version"]) for row in versions]
        + [(row["snippet"], row["version"]) for row in waiting_snippets]
    )
    for document, first in zip(documents, names, strict=False):
        document.first = first
    for row, first in zip(versions + waiting_snippets, names[len(documents) :], strict=True):
        row["first"] = first
    return TemplateResponse(
        request,
        "moderation/documents_to_approve.html",
        {"documents": documents, "versions": versions, "snippets": waiting_snippets},
    )


def released_message(request, title: str, released: bool) -> None:
    if released:
        messages.success(request, _("'%(title)s' is now public.") % {"title": title})
    else:
        messages.success(
            request,
            _("'%(title)s': your approval is recorded (1 of 2). A second person must approve it.")
            % {"title": title},
        )


def approve_posted_snippet(request):
    """`snippet` is "app_label.model_name:pk" of a reviewed snippet (moderation.snippets)."""
    from django.apps import apps

    label, _sep, pk = request.POST.get("snippet", "").partition(":")
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        raise Http404 from None
    if not is_reviewed(model):
        raise Http404
    snippet = get_object_or_404(model, pk=pk)
    try:
        released = approve_snippet(
            snippet,
            request.user,
            seen=request.POST.get("version", ""),
            reason=request.POST.get("reason", ""),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        snippet.refresh_from_db()
        released_message(request, str(snippet), released)
    return redirect("moderation:documents_to_approve")


def approve_posted_asset(request):
    if request.POST.get("snippet"):
        return approve_posted_snippet(request)
    if request.POST.get("image"):
        image = get_object_or_404(get_image_model(), pk=request.POST.get("image"))
        approve, asset, args = approve_image, image, ()
    else:
        document = get_object_or_404(get_document_model(), pk=request.POST.get("document"))
        approve, asset, args = approve_document, document, (request.POST.get("reason", ""),)
    try:
        # The version the approver was shown (documents_to_approve): nothing else is released.
        released = approve(asset, request.user, *args, seen=request.POST.get("version", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        asset.refresh_from_db()
        released_message(request, asset.title, released)
    return redirect("moderation:documents_to_approve")


def asset_file(request, model, pk: int):
    """The released file of a document or image, or its new one (`?versi=baru`), for the
    reviewer who compares them (never for the public)."""
    if not request.user.has_perm("ppid_pages.approve_document"):
        raise PermissionDenied
    asset = get_object_or_404(model, pk=pk)
    name = asset.pending_file if request.GET.get("versi") == "baru" else asset.file.name
    if not name:
        raise Http404
    response = FileResponse(
        asset.file.storage.open(name, "rb"),
        as_attachment=model is get_document_model(),
        filename=name.rsplit("/", 1)[-1],
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def document_file(request, document_id: int):
    return asset_file(request, get_document_model(), document_id)


def image_file(request, image_id: int):
    return asset_file(request, get_image_model(), image_id)


def require_false_positive_permission(request) -> None:
    if not request.user.has_perm("moderation.add_falsepositive"):
        raise PermissionDenied


def scan_reports(request):
    require_false_positive_permission(request)
    reports = ScanReport.objects.filter(passed=False).select_related("revision")
    return TemplateResponse(
        request, "moderation/scan_reports.html", {"reports": paginate(request, reports)}
    )


def scan_report(request, report_id: int):
    require_false_positive_permission(request)
    report = get_object_or_404(ScanReport.objects.select_related("revision"), pk=report_id)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            index = int(request.POST.get("finding", ""))
            marked = mark_false_positive(report, index, request.user, form.cleaned_data["reason"])
        except (ValueError, ValidationError) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        else:
            if marked.counts():
                messages.success(request, _("Marked as a false positive for this page."))
            else:
                messages.warning(
                    request,
                    _(
                        "Marked. This value has the structure of a personal identifier: it "
                        "counts as a false positive once a second reviewer marks it too."
                    ),
                )
        return redirect("moderation:scan_report", report.pk)
    findings = list(enumerate(exempt_text.shown_to(report.findings, request.user)))
    return TemplateResponse(
        request, "moderation/scan_report.html", {"report": report, "findings": findings}
    )


def settings_images(changes) -> list[tuple[str, object, object]]:
    """(field, approved image, edited image) of the logo/favicon changes: the approver sees the
    pictures, not their ids."""
    from .site_settings import field_label

    model = get_image_model()
    found = model.objects.in_bulk(
        {pk for name, old, new in changes if name.endswith("_id") for pk in (old, new) if pk}
    )
    return [
        (field_label(name), found.get(old), found.get(new))
        for name, old, new in changes
        if name.endswith("_id")
    ]


def site_settings_review(request):
    """The edited public site settings against the approved ones; approve (a second person,
    after the scan) or leave them waiting."""
    from wagtail.models import Site

    from .site_settings import (
        approve_site_settings,
        changes_between,
        field_label,
        latest_approval,
        office_settings,
        public_values,
        review_digest,
        scan_allow_list,
        settings_findings,
    )

    if not request.user.has_perm("moderation.approve_site_settings"):
        raise PermissionDenied
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            record = approve_site_settings(
                site,
                request.user,
                form.cleaned_data["comment"],
                seen=request.POST.get("digest", ""),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if record is None:
                messages.success(request, str(FIRST_OF_TWO))
            else:
                messages.success(request, _("The site settings are approved and public."))
            return redirect("moderation:site_settings")
    # One reading of the values: the changes shown and the digest posted back are the same.
    from .reviewed_settings import waiting

    values = public_values(office_settings(site))
    changes = changes_between(latest_approval(site), values)
    findings = settings_findings(values, scan_allow_list(site))
    return TemplateResponse(
        request,
        "moderation/site_settings_review.html",
        {
            "changes": [(field_label(name), old, new) for name, old, new in changes],
            "digest": review_digest(values),
            "images": settings_images(changes),
            "findings": exempt_text.shown_to(findings, request.user),
            "form": form,
            "others": waiting(site, request.user),
        },
    )


def reviewed_setting_review(request, key: str):
    """Another reviewed setting (moderation.reviewed_settings: the security contact, the
    privacy allow-list) against its approved values; approve (a second person) or leave it."""
    from wagtail.models import Site

    from . import reviewed_settings
    from .reviewed_settings import values_digest

    spec = reviewed_settings.REVIEWED.get(key)
    if spec is None:
        raise Http404
    if not request.user.has_perm(spec.permission):
        raise PermissionDenied
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            record = reviewed_settings.approve(
                site,
                spec,
                request.user,
                form.cleaned_data["comment"],
                seen=request.POST.get("digest", ""),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if record is None:
                messages.success(request, str(FIRST_OF_TWO))
            else:
                messages.success(request, _("The settings are approved and in effect."))
            return redirect("moderation:reviewed_setting", key)
    values = reviewed_settings.values_of(reviewed_settings.working_copy(site, spec), spec)
    changes = reviewed_settings.changes_between(
        reviewed_settings.latest_approval(site, spec), values, spec
    )
    return TemplateResponse(
        request,
        "moderation/site_settings_review.html",
        {
            "heading": spec.title,
            "intro": spec.intro,
            "changes": [
                (reviewed_settings.field_label(spec, name), old, new) for name, old, new in changes
            ],
            "digest": values_digest(values),
            "findings": exempt_text.shown_to(
                reviewed_settings.findings(site, spec, values), request.user
            ),
            "form": form,
            "others": [
                other
                for other in reviewed_settings.waiting(site, request.user)
                if other.key != spec.key
            ],
        },
    )


def redirects_to_approve(request):
    """Redirects the public does not follow yet (moderation.redirects): new, changed, or with
    an approval the audit chain does not vouch for; a second person approves each."""
    from wagtail.contrib.redirects.models import Redirect

    from . import redirects

    if not request.user.has_perm(redirects.PERMISSION):
        raise PermissionDenied
    if request.method == "POST":
        redirect_row = get_object_or_404(Redirect, pk=request.POST.get("redirect"))
        try:
            record = redirects.approve(
                redirect_row, request.user, seen=request.POST.get("digest", "")
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            if record is None:
                messages.success(request, str(FIRST_OF_TWO))
            else:
                messages.success(
                    request, _("The redirect is approved: the public follows it now.")
                )
        return redirect("moderation:redirects")
    rows = [
        {
            "redirect": row,
            "digest": redirects.digest_of(row),
            "approved": redirects.latest_approval(row),
            "mine": request.user.pk in redirects.contributors_since_approval(row),
        }
        for row in redirects.waiting()
    ]
    return TemplateResponse(request, "moderation/redirects_to_approve.html", {"rows": rows})
