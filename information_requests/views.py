"""The public service: the request form, the e-mail confirmation, tracking, objections.

No JavaScript, nothing from another origin. A request is found only by its number AND its
secret tracking code: a wrong pair, an unknown number and a wrong code all get the same 404,
so nobody can enumerate other people's requests. The POST targets are rate-limited per client
(`SECURITY_RATE_LIMITS`), the forms hold a honeypot, and an online request gets its number only
once its e-mail address is confirmed.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import service
from .forms import PublicObjectionForm, PublicRequestForm
from .models import InformationRequest, Stage
from .outgoing import released_content, released_files


def private(response: HttpResponse) -> HttpResponse:
    """A requester's own page: never cached, never indexed. (The site's Referrer-Policy,
    same-origin, already keeps the code in the address from other sites; no-referrer would
    make the browser send "Origin: null" with the page's forms, which CSRF refuses.)"""
    response["Cache-Control"] = "no-store, private"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def form_page(request, form, status: int = 200) -> HttpResponse:
    return render(
        request,
        "information_requests/public/request_form.html",
        {"form": form, "submit_url": reverse("information_requests:submit")},
        status=status,
    )


@require_GET
def request_form(request):
    return form_page(request, PublicRequestForm())


@require_POST
def submit(request):
    form = PublicRequestForm(request.POST, request.FILES)
    if form.is_robot:
        return redirect("information_requests:sent")
    if not form.is_valid():
        return form_page(request, form, status=400)
    try:
        service.submit_online(form)
    except ValidationError as error:
        form.add_error(None, error)
        return form_page(request, form, status=400)
    return redirect("information_requests:sent")


@require_GET
def sent(request):
    return render(request, "information_requests/public/sent.html")


def request_by_code(number: str, code: str) -> InformationRequest:
    """The request with this number whose tracking code matches, else 404 (one answer for
    every wrong pair)."""
    found = InformationRequest.objects.filter(number=number).exclude(number="").first()
    if found is None or not found.code_matches(code):
        raise Http404
    return found


@require_http_methods(["GET", "POST"])
def confirm(request, pk: int, code: str):
    """GET shows a button (mail scanners that open links confirm nothing); POST confirms."""
    found = InformationRequest.objects.filter(pk=pk).first()
    if found is None or not found.code_matches(code):
        raise Http404
    if request.method == "POST" and found.stage == Stage.UNCONFIRMED:
        found = service.confirm(found)
        messages.success(
            request,
            _("Your request is registered with number %(number)s.") % {"number": found.number},
        )
    if found.number:
        return redirect("information_requests:track", found.number, found.tracking_code)
    return private(render(request, "information_requests/public/confirm.html", {"object": found}))


@require_GET
def track_form(request):
    number = (request.GET.get("nomor") or "").strip().upper()
    code = (request.GET.get("kode") or "").strip().upper()
    error = ""
    if number or code:
        found = InformationRequest.objects.filter(number=number).exclude(number="").first()
        if found is not None and found.code_matches(code):
            return redirect("information_requests:track", found.number, found.tracking_code)
        error = _(
            "No request matches this number and tracking code. Check both on your tanda bukti "
            "or in the e-mail we sent you."
        )
    return private(
        render(
            request,
            "information_requests/public/track_form.html",
            {"number": number, "error": error},
            status=404 if error else 200,
        )
    )


@require_GET
def track(request, number: str, code: str):
    found = request_by_code(number, code)
    objections = list(found.objections.order_by("registered_at", "pk"))
    return private(
        render(
            request,
            "information_requests/public/track.html",
            {
                "object": found,
                "code": code,
                "files": released_files(found),
                "objections": objections,
                "steps": found.steps.order_by("at", "pk"),
                "can_object": found.number and found.stage != Stage.UNCONFIRMED,
            },
        )
    )


@require_GET
def track_file(request, number: str, code: str, file_id: int):
    found = request_by_code(number, code)
    outgoing = next((f for f in released_files(found) if f.pk == file_id), None)
    content = released_content(outgoing) if outgoing is not None else None
    if content is None:
        raise Http404
    response = HttpResponse(content, content_type="application/pdf")
    if not outgoing.filename.endswith(".pdf"):
        response["Content-Type"] = "application/octet-stream"
    response["Content-Disposition"] = f'attachment; filename="{outgoing.filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return private(response)


def objection_page(request, found, code, form, status=200):
    return private(
        render(
            request,
            "information_requests/public/objection_form.html",
            {"object": found, "code": code, "form": form},
            status=status,
        )
    )


@require_GET
def objection_form(request, number: str, code: str):
    found = request_by_code(number, code)
    return objection_page(request, found, code, PublicObjectionForm())


@require_POST
def objection_submit(request, number: str, code: str):
    found = request_by_code(number, code)
    form = PublicObjectionForm(request.POST)
    if request.POST.get("website"):
        return redirect("information_requests:track", number, code)
    if not form.is_valid():
        return objection_page(request, found, code, form, status=400)
    try:
        objection = service.file_objection(
            found,
            grounds=form.cleaned_data["grounds"],
            ground_arose_on=form.cleaned_data["ground_arose_on"],
            case_position=form.cleaned_data["case_position"],
        )
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, error)
        return objection_page(request, found, code, form, status=400)
    messages.success(
        request,
        _("Your objection is registered with number %(number)s.") % {"number": objection.number},
    )
    return redirect("information_requests:track", number, code)
