"""Issue 13 (verify13i B2): a text written to a requester outside a file never carries exempt
information. Letters and files are compared with the exempt documents as files; the note of
"ask to complete" and "reject as incomplete" is quoted in the requester's e-mail as typed: an
officer pasting a passage of an exempt document there sent it out. Now the step is refused
with an audit entry, and nothing is sent; an ordinary note still goes."""

import html

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from information_requests.models import Stage
from information_requests.roles import PETUGAS

from ..test_exempt_text_in_public_content import EXCERPT, make_exempt_entry

pytestmark = pytest.mark.django_db


def ask_completion(client, user, request, note: str):
    client.force_login(user)
    url = reverse("information_requests_admin:step", args=[request.pk, "ask_completion"])
    return client.post(url, {"note": note}, HTTP_ACCEPT_LANGUAGE="id")


def test_an_exempt_passage_in_a_note_to_the_requester_is_refused(
    client,
    users,
    desk_request,
    django_capture_on_commit_callbacks,
):
    make_exempt_entry()
    request = desk_request()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = ask_completion(client, users[PETUGAS], request, f"Mohon dilengkapi. {EXCERPT}")
    assert response.status_code == 200
    assert "informasi yang dikecualikan" in html.unescape(response.content.decode()).lower()
    request.refresh_from_db()
    assert request.stage == Stage.RECEIVED
    assert not mail.outbox
    assert ModelLogEntry.objects.filter(
        action="information_requests.exempt_text_refused", object_id=str(request.pk)
    ).exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = ask_completion(client, users[PETUGAS], request, "Mohon lampirkan salinan KTP.")
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.stage == Stage.INCOMPLETE
    assert "salinan KTP" in mail.outbox[-1].body
