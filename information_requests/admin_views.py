"""Admin views: one form per step (the rule decides who may), the identity document (audited),
the files for the requester (scan findings blacked out or cleared), PDFs and registers."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from . import outgoing
from .crypto import read_private
from .forms import (
    ClearFindingsForm,
    DecisionForm,
    DisputeForm,
    FileUploadForm,
    ObjectionFields,
    ProcessForm,
    ResponseForm,
    StepForm,
)
from .models import InformationRequest, Objection, ObjectionStep, OutgoingFile
from .transitions import RULES_BY_ACTION, perform, refusal, rule_for

VIEW_REQUESTS = "information_requests.view_informationrequest"
VIEW_OBJECTIONS = "information_requests.view_objection"
IDENTITY_PERMISSION = "information_requests.view_identity"
ADD_FILES = "information_requests.add_outgoingfile"
REGISTER_PERMISSION = "information_requests.view_register"

STEP_FORMS = {
    "process": ProcessForm,
    "decide": DecisionForm,
    "respond": ResponseForm,
    "register_dispute": DisputeForm,
    "mediation": DisputeForm,
    "adjudication": DisputeForm,
    "putusan": DisputeForm,
}


def require(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def detail_url(obj) -> str:
    if isinstance(obj, Objection):
        return reverse("objections_admin:inspect", args=[obj.pk])
    return reverse("information_requests_admin:inspect", args=[obj.pk])


def add_errors(forms, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            target = next((form for form in forms if field in form.fields), forms[0])
            target.add_error(field if field in target.fields else None, errors)
    else:
        forms[0].add_error(None, error)


def step_form_for(action: str, data, files):
    form_class = STEP_FORMS.get(action)
    if form_class is None:
        return None
    if form_class is DisputeForm:
        return DisputeForm(data, files, registering=action == "register_dispute")
    return form_class(data, files) if form_class is not ProcessForm else form_class(data)


def step_view(request, obj, action: str):
    if action not in RULES_BY_ACTION:
        raise PermissionDenied
    rule = rule_for(obj, action)
    if rule is None:
        if refusal(obj, RULES_BY_ACTION[action], request.user) is not None:
            raise PermissionDenied
        messages.error(
            request,
            _("This step is not possible at the stage '%(stage)s'.")
            % {"stage": obj.get_stage_display()},
        )
        return redirect(detail_url(obj))
    if (reason := refusal(obj, rule, request.user)) is not None:
        raise PermissionDenied(reason)
    posted = request.method == "POST"
    data = request.POST if posted else None
    files = request.FILES if posted else None
    extra = step_form_for(action, data, files)
    note_form = StepForm(data, rule=rule)
    if action == "respond":
        del note_form.fields["note"]
    forms = [form for form in (extra, note_form) if form is not None]
    valid = [form.is_valid() for form in forms]
    if posted and all(valid):
        values = dict(extra.cleaned_data) if extra else {}
        document = None
        if isinstance(extra, DisputeForm) and values.get("document"):
            document = (values["document"].name, extra.content)
        values.pop("document", None)
        try:
            perform(
                obj,
                action,
                request.user,
                note=note_form.cleaned_data.get("note", ""),
                data=values,
                document=document,
            )
        except ValidationError as error:
            add_errors(forms, error)
        else:
            messages.success(
                request,
                _("%(number)s: %(step)s. Stage now: %(stage)s.")
                % {"number": obj.number, "step": rule.label, "stage": obj.get_stage_display()},
            )
            return redirect(detail_url(obj))
    if posted:
        messages.error(request, _("The step was not recorded: correct the errors below."))
    return TemplateResponse(
        request,
        "information_requests/admin/step.html",
        {
            "object": obj,
            "rule": rule,
            "forms": forms,
            "detail_url": detail_url(obj),
            "delivered_files": delivered_files(obj, action),
        },
    )


def delivered_files(obj, action: str) -> list:
    """The files a delivery sends, each with its scan result and, for cleared findings, who
    uploaded the file, who cleared them and why: the one who delivers sees the clearing."""
    if action != "deliver" or not isinstance(obj, InformationRequest):
        return []
    held = obj.files.filter(sent_at__isnull=True, replaced=False)
    return list(held.select_related("created_by", "cleared_by").order_by("created_at", "pk"))


def request_step(request, pk: int, action: str):
    require(request, VIEW_REQUESTS)
    return step_view(request, get_object_or_404(InformationRequest, pk=pk), action)


def objection_step(request, pk: int, action: str):
    require(request, VIEW_OBJECTIONS)
    return step_view(request, get_object_or_404(Objection, pk=pk), action)


def identity_file(request, pk: int):
    """The identity document, decrypted for the desk only; every view is in the audit log."""
    require(request, IDENTITY_PERMISSION)
    obj = get_object_or_404(InformationRequest, pk=pk)
    if not obj.identity_file:
        raise Http404
    content = read_private(obj.identity_file)
    log(
        instance=obj,
        action="information_requests.identity_viewed",
        user=request.user,
        data={"number": obj.number},
    )
    kind = obj.identity_file_type
    content_type = {"pdf": "application/pdf", "png": "image/png"}.get(kind, "image/jpeg")
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="identitas-{obj.number or obj.pk}.{kind}"'
    )
    response["Cache-Control"] = "no-store, private"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def download_file(request, pk: int):
    require(request, VIEW_REQUESTS)
    item = get_object_or_404(OutgoingFile.objects.exclude(stored=""), pk=pk)  # "": purged
    # Only the bytes the audit chain recorded for this file (never an identity document, nor
    # a row pointed at another file in the database).
    content = outgoing.desk_content(item)
    if content is None:
        raise Http404
    response = HttpResponse(content, content_type="application/octet-stream")
    if item.filename.endswith(".pdf"):
        response["Content-Type"] = "application/pdf"
    response["Content-Disposition"] = f'attachment; filename="{item.filename}"'
    response["Cache-Control"] = "no-store, private"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def file_form_page(request, obj, form, title: str, item=None):
    return TemplateResponse(
        request,
        "information_requests/admin/file_form.html",
        {"object": obj, "form": form, "title": title, "item": item, "detail_url": detail_url(obj)},
    )


def add_information_file(request, pk: int):
    """The information itself (or part of it), scanned before it can be sent."""
    require(request, ADD_FILES)
    obj = get_object_or_404(InformationRequest, pk=pk)
    form = FileUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            item = outgoing.add_file(
                obj,
                OutgoingFile.Kind.INFORMATION,
                form.cleaned_data["title"],
                upload.name.rsplit("/", 1)[-1],
                form.content,
                request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
            return file_form_page(request, obj, form, _("Add a file for the requester"))
        if item.releasable:
            messages.success(request, _("File added; the privacy scan found nothing."))
        else:
            messages.warning(
                request,
                _(
                    "File added, but the privacy scan found personal data: black it out or clear "
                    "the findings before it can be sent."
                ),
            )
        return redirect(detail_url(obj))
    return file_form_page(request, obj, form, _("Add a file for the requester"))


def redact_file(request, pk: int):
    require(request, ADD_FILES)
    item = get_object_or_404(OutgoingFile, pk=pk)
    form = FileUploadForm(
        request.POST or None, request.FILES or None, initial={"title": item.title}
    )
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            outgoing.replace_with_redacted(
                item, upload.name.rsplit("/", 1)[-1], form.content, request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The blacked-out version replaces the file."))
            return redirect(detail_url(item.request))
    return file_form_page(
        request, item.request, form, _("Upload a blacked-out version"), item=item
    )


def clear_file(request, pk: int):
    require(request, VIEW_REQUESTS)
    item = get_object_or_404(OutgoingFile, pk=pk)
    form = ClearFindingsForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            outgoing.clear_findings(item, request.user, form.cleaned_data["reason"])
        except ValidationError as error:
            add_errors([form], error)
        else:
            messages.success(request, _("Findings cleared; the file may be sent."))
            return redirect(detail_url(item.request))
    elif request.method == "GET":
        from .roles import PPID, in_group

        if not in_group(request.user, PPID):
            raise PermissionDenied
    return file_form_page(request, item.request, form, _("Clear the findings"), item=item)


def step_document(request, pk: int):
    require(request, VIEW_OBJECTIONS)
    step = get_object_or_404(ObjectionStep, pk=pk)
    if not step.document:
        raise Http404
    response = HttpResponse(read_private(step.document), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{step.document_name}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def objection_add(request):
    """The desk registers an objection made in person or by letter, for a request number."""
    from .models import Channel
    from .roles import PETUGAS, in_group
    from .service import file_objection

    require(request, "information_requests.add_objection")
    if not in_group(request.user, PETUGAS):
        raise PermissionDenied
    form = ObjectionFields(request.POST or None)
    number = (request.POST.get("request_number") or request.GET.get("nomor") or "").strip()
    if request.method == "POST" and form.is_valid():
        found = InformationRequest.objects.filter(number=number.upper()).exclude(number="").first()
        if found is None:
            form.add_error(None, _("No request has the number %(number)s.") % {"number": number})
        else:
            try:
                objection = file_objection(
                    found,
                    grounds=form.cleaned_data["grounds"],
                    ground_arose_on=form.cleaned_data["ground_arose_on"],
                    case_position=form.cleaned_data["case_position"],
                    user=request.user,
                    channel=Channel.WALK_IN,
                )
            except ValidationError as error:
                add_errors([form], error)
            else:
                messages.success(
                    request, _("Objection %(number)s registered.") % {"number": objection.number}
                )
                return redirect(detail_url(objection))
    return TemplateResponse(
        request,
        "information_requests/admin/objection_add.html",
        {"form": form, "number": number},
    )


def history_pdf(request, pk: int):
    from .registers import history_pdf as build

    require(request, VIEW_REQUESTS)
    obj = get_object_or_404(InformationRequest, pk=pk)
    response = HttpResponse(build(obj), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="riwayat-{obj.number or obj.pk}.pdf"'
    return response


def register_view(request, kind: str):
    """The register on screen with its filters; ?format=xlsx or pdf downloads it."""
    from .registers import (
        ObjectionFilter,
        RegisterFilter,
        register_pdf,
        register_xlsx,
        rows_of,
        this_year,
    )

    require(request, REGISTER_PERMISSION)
    form_class = ObjectionFilter if kind == "keberatan" else RegisterFilter
    data = request.GET.copy()
    data.setdefault("year", str(this_year()))
    form = form_class(data)
    headers, rows = [], []
    if form.is_valid():
        cleaned = form.cleaned_data
        wanted = request.GET.get("format")
        name = f"register-{kind}-{cleaned['year']}"
        if wanted == "xlsx":
            response = HttpResponse(
                register_xlsx(kind, cleaned),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
            response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
            return response
        if wanted == "pdf":
            response = HttpResponse(register_pdf(kind, cleaned), content_type="application/pdf")
            response["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
            return response
        headers, rows = rows_of(kind, cleaned)
    query = request.GET.copy()
    query.pop("format", None)
    return TemplateResponse(
        request,
        "information_requests/admin/register.html",
        {
            "form": form,
            "headers": headers,
            "rows": rows,
            "kind": kind,
            "title": _("Register Keberatan")
            if kind == "keberatan"
            else _("Buku Register Permohonan"),
            "query": query.urlencode(),
        },
    )


def request_register(request):
    return register_view(request, "permohonan")


def objection_register(request):
    return register_view(request, "keberatan")
