"""Creating requests and objections (online or at the desk) and the requester's own steps.

Each goes through `transitions.perform`; the identity file is encrypted into the private store
in the same transaction (and removed again if that transaction fails).
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from .crypto import delete_private, save_private
from .forms import IDENTITY_EXTENSIONS, RequesterFields
from .models import Channel, InformationRequest, Objection, Stage
from .transitions import perform


def request_from_form(form: RequesterFields, channel: str) -> InformationRequest:
    request = form.save(commit=False)
    request.identity_number = form.cleaned_data["identity_number"]
    request.channel = channel
    return request


def create(form: RequesterFields, channel: str, action: str, user=None) -> InformationRequest:
    request = request_from_form(form, channel)
    stored = save_private(form.identity_content, "identitas") if form.identity_content else ""
    if stored:
        extension = form.cleaned_data["identity_document"].name.rsplit(".", 1)[-1].lower()
        request.identity_file = stored
        request.identity_file_type = extension if extension in IDENTITY_EXTENSIONS else ""
    try:
        perform(request, action, user, by_requester=user is None)
    except Exception:
        delete_private(stored)
        raise
    return request


def submit_online(form: RequesterFields) -> InformationRequest:
    """An online request: saved unconfirmed and without a number until the e-mail is confirmed."""
    return create(form, Channel.ONLINE, "submit_online")


def register_at_desk(form: RequesterFields, user) -> InformationRequest:
    return create(form, form.cleaned_data["channel"], "register", user)


@transaction.atomic
def confirm(request: InformationRequest) -> InformationRequest:
    """The requester opened the link from the e-mail: the request is registered (numbered).

    The row is locked and read again first: a second press of the button (a double click,
    another tab) waits for the first and finds the request registered, instead of failing."""
    locked = InformationRequest.objects.select_for_update().get(pk=request.pk)
    if locked.stage == Stage.UNCONFIRMED:
        perform(locked, "confirm", None, by_requester=True)
    return locked


def file_objection(
    request: InformationRequest,
    *,
    grounds: list[str],
    ground_arose_on: datetime.date,
    case_position: str,
    user=None,
    channel: str = Channel.ONLINE,
) -> Objection:
    if not request.number:
        raise ValidationError(_("Only a registered request can be objected to."))
    objection = Objection(
        request=request,
        channel=channel,
        grounds="".join(sorted(set(grounds))),
        ground_arose_on=ground_arose_on,
        case_position=(case_position or "").strip(),
    )
    action = "register_objection" if user is not None else "file_online"
    perform(objection, action, user, by_requester=user is None)
    return objection
