"""The admin's two-factor pages: enrolment, verification, backup codes and the superuser reset."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.log_actions import log

from . import audit, twofactor
from .lockout import locked_out_response


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=32,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}
        ),
    )


def wrong_code(request, form: CodeForm, code: str) -> bool:
    """Count a wrong code; add the error to the form. True when the login is now locked."""
    if twofactor.record_failure(request):
        return True
    wait = twofactor.throttled_seconds(request.user, code)
    if wait:
        form.add_error(
            "code",
            _("Too many wrong codes. Wait %(seconds)d seconds, then try again.")
            % {"seconds": wait},
        )
    else:
        form.add_error("code", _("The code is wrong or has expired. Try again."))
    return False


def locked(request):
    logout(request)
    return locked_out_response(request)


@require_http_methods(["GET", "POST"])
def verify(request):
    """The second step of every login: a code from the authenticator app or a backup code."""
    next_url = twofactor.safe_next(request)
    if twofactor.is_verified(request):
        return redirect(next_url)
    user = request.user
    if twofactor.confirmed_totp_device(user) is None and not twofactor.backup_codes_left(user):
        return redirect("security_2fa_enrol")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        device = twofactor.verify_code(user, code)
        if device is not None:
            request.session.cycle_key()
            twofactor.record_verification(request, device)
            left = twofactor.backup_codes_left(user)
            if isinstance(device, twofactor.StaticDevice) and left <= 3:
                messages.warning(
                    request,
                    _("You have %(count)d backup codes left. Make new ones under Account.")
                    % {"count": left},
                )
            return redirect(next_url)
        if wrong_code(request, form, code):
            return locked(request)
    return render(
        request,
        "security/twofactor/verify.html",
        {"form": form, "next": next_url},
    )


@require_http_methods(["GET", "POST"])
def enrol(request):
    """A user without a confirmed device scans a QR code (or types the secret) into an
    authenticator app and confirms with a code. Closed once a device is confirmed."""
    user = request.user
    if twofactor.confirmed_totp_device(user) is not None or twofactor.backup_codes_left(user):
        if twofactor.is_verified(request):
            messages.info(request, _("Two-factor authentication is already set up."))
            return redirect("wagtailadmin_home")
        return redirect("security_2fa_verify")
    device = twofactor.pending_totp_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        codes = twofactor.confirm_enrolment(request, device, code)
        if codes is not None:
            request.session.cycle_key()
            request.session[twofactor.NEW_BACKUP_CODES] = codes
            return redirect("security_2fa_backup_codes")
        if wrong_code(request, form, code):
            return locked(request)
    return render(
        request,
        "security/twofactor/enrol.html",
        {
            "form": form,
            "qr_code": twofactor.qr_code_data_uri(device),
            "secret": twofactor.secret_text(device),
            "issuer": twofactor.issuer(),
        },
    )


@require_http_methods(["GET", "POST"])
def backup_codes(request):
    """New backup codes are shown once, right after they are made; a verified user may make a
    new set (the old codes stop working)."""
    if request.method == "POST":
        codes = twofactor.new_backup_codes(request.user)
        log(request.user, audit.BACKUP_CODES_RENEWED, user=request.user)
        request.session[twofactor.NEW_BACKUP_CODES] = codes
        return redirect("security_2fa_backup_codes")
    codes = request.session.pop(twofactor.NEW_BACKUP_CODES, None)
    return render(
        request,
        "security/twofactor/backup_codes.html",
        {
            "codes": codes,
            "left": twofactor.backup_codes_left(request.user),
            "home_url": reverse("wagtailadmin_home"),
        },
    )


@require_http_methods(["GET", "POST"])
def reset(request, user_id: int):
    """Superusers only: remove a user's devices and backup codes; the user enrols again."""
    if not request.user.is_superuser:
        raise PermissionDenied
    account = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        twofactor.reset(account, by=request.user)
        messages.success(
            request,
            _("Two-factor authentication of %(user)s was reset: they must set it up again.")
            % {"user": account.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return render(
        request,
        "security/twofactor/reset.html",
        {
            "account": account,
            "has_device": twofactor.confirmed_totp_device(account) is not None,
            "left": twofactor.backup_codes_left(account),
        },
    )
