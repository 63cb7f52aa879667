"""Resolving an integrity alert: a person says what was checked or done; logged."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .alerts import resolve
from .forms import ResolveForm
from .models import IntegrityAlert

RESOLVE_PERMISSION = "integrity.change_integrityalert"


def resolve_alert(request, pk: int):
    if not request.user.has_perm(RESOLVE_PERMISSION):
        raise PermissionDenied
    alert = get_object_or_404(IntegrityAlert, pk=pk)
    if not alert.is_open:
        messages.warning(request, _("This alert was already resolved."))
        return redirect("integrity_alerts:index")
    form = ResolveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        resolve(alert, request.user, form.cleaned_data["resolution"])
        messages.success(
            request, _("Alert on '%(title)s' resolved.") % {"title": alert.page_title}
        )
        return redirect("integrity_alerts:index")
    return TemplateResponse(request, "integrity/resolve.html", {"alert": alert, "form": form})
