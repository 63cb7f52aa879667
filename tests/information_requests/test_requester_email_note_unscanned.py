"""(Run from the repository as tests/information_requests/test_requester_email_note_unscanned.py:
it uses the suite's helpers and fixtures.)

attack13n: the free-text note of a step goes to the requester in the e-mail body without the
privacy scan (information_requests.letters.on_commit_mail puts the latest step's note into
email/incomplete.txt and email/rejected.txt).

Role: Petugas Layanan Informasi, through the real admin step view
(`/admin/.../<pk>/langkah/ask_completion/`), "What is missing (sent to the requester)".

Issue 13 promises that the information-request service's outgoing files *and e-mails* carry only
what the privacy scan saw; every outgoing file is scanned (outgoing.add_file) and every letter
too, but the note typed into a step is mailed as is. A careless Petugas pastes another
requester's identity (NIK, mobile number, home address), e.g. copied from the neighbouring request
on the desk, and the e-mail delivers it to a stranger.

Expected: a note that goes to the requester is privacy-scanned like a letter; with personal data
of someone other than the requester the step is refused (form shown again, nothing mailed), or
the value is not in the e-mail. Fails on main: the step succeeds and the e-mail body holds the
third person's NIK and phone number.
"""

import pytest
from django.core import mail
from django.urls import reverse

from information_requests.models import InformationRequest

pytestmark = pytest.mark.django_db

OTHER_NIK = "3374015708850003"  # another person's NIK, not the requester's
OTHER_PHONE = "0813 2233 4455"
NOTE = (
    "Mohon lengkapi fotokopi KTP. Sebagai contoh, pemohon sebelumnya Bapak Joko Santoso "
    f"NIK {OTHER_NIK}, HP {OTHER_PHONE}, Jl. Kenanga No. 12 RT 04/RW 07 Kelurahan Sukamaju "
    "melampirkan KTP yang terbaca jelas."
)


def test_a_step_note_mailed_to_the_requester_is_privacy_scanned(
    client, users, desk_request, django_capture_on_commit_callbacks
):
    request = desk_request()
    client.force_login(users["Petugas Layanan Informasi"])
    url = reverse("information_requests_admin:step", args=[request.pk, "ask_completion"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"note": NOTE})
    request = InformationRequest.objects.get(pk=request.pk)
    sent = "\n".join(
        message.body + "".join(str(alt[0]) for alt in getattr(message, "alternatives", []))
        for message in mail.outbox
    )
    assert OTHER_NIK not in sent and OTHER_PHONE not in sent, (
        f"step answered {response.status_code}; the requester's e-mail carries another person's "
        "NIK and phone number, never privacy-scanned"
    )
