"""A step of the information-request service (information_requests.transitions.perform) under
faults (issue 19), through the real admin step view, on PostgreSQL.

- The database connection is terminated (`pg_terminate_backend`) after the decision's letter
  was written to the private store and its row inserted: the PPID gets the static error page,
  the request keeps its stage, no step, no letter row, no encrypted file without its row; the
  same step sent again is recorded once.
- Two PPID officers decide the same request at the same moment: one decision, one history
  row, one letter, one audit entry; the second is shown the form again (the step is no longer
  possible at the new stage).
"""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from wagtail.models import ModelLogEntry

from information_requests import outgoing, transitions
from information_requests.forms import DeskRequestForm
from information_requests.models import InformationRequest, RequestStep, Stage
from information_requests.outgoing import OutgoingFile
from information_requests.roles import PETUGAS, PPID
from information_requests.service import register_at_desk
from ppid_pages.models.dip import InformationUnit
from tests.information_requests.conftest import identity_upload, request_data

from .conftest import audit_breaks, cut_connection_at, files_under, needs_postgresql
from .test_database_gone import assert_error_page, client_of
from .test_races import Hold, race

pytestmark = [
    needs_postgresql,
    pytest.mark.usefixtures("without_account_audit"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DECISION = {"decision": "tidak_dikuasai", "cost": "0", "holder_body": "BPBD Kabupaten Contoh"}


def officer(username: str, role: str) -> User:
    user = User.objects.create_user(username, email=f"{username}@contohkab.go.id", password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


def request_in_processing(petugas: User) -> InformationRequest:
    form = DeskRequestForm(request_data(), {"identity_document": identity_upload()})
    assert form.is_valid(), form.errors
    request = register_at_desk(form, petugas)
    unit = InformationUnit.objects.create(name="Bidang Anggaran")
    transitions.perform(request, "process", petugas, data={"unit": unit})
    request.refresh_from_db()
    assert request.stage == Stage.PROCESSING
    return request


def decide_url(request: InformationRequest) -> str:
    return reverse("information_requests_admin:step", args=[request.pk, "decide"])


def decisions(request: InformationRequest):
    return RequestStep.objects.filter(request=request, action="decide")


def decision_log(request: InformationRequest):
    return ModelLogEntry.objects.filter(
        object_id=str(request.pk), action=transitions.LOG_PREFIX + "decide"
    )


def test_a_request_step_cut_off_leaves_no_step_no_letter_no_file(monkeypatch, media_root):
    private = media_root.parent / "private"
    request = request_in_processing(officer("petugas", PETUGAS))
    client = client_of(officer("ppid", PPID))
    files_before = files_under(private)  # the identity document, the receipt
    letters_before = set(OutgoingFile.objects.values_list("pk", flat=True))
    breaks_before = audit_breaks()

    # Cut after the letter's file was written and its row inserted, before its log entry.
    cut = cut_connection_at(monkeypatch, outgoing, "log")
    assert_error_page(client.post(decide_url(request), DECISION))
    assert cut

    request.refresh_from_db()
    assert request.stage == Stage.PROCESSING and request.decided_at is None
    assert not decisions(request).exists()
    assert set(OutgoingFile.objects.values_list("pk", flat=True)) == letters_before
    assert not decision_log(request).exists()
    assert files_under(private) == files_before  # no encrypted letter without its row
    assert audit_breaks() == breaks_before

    monkeypatch.undo()
    assert client.post(decide_url(request), DECISION).status_code == 302
    request.refresh_from_db()
    assert request.stage == Stage.DECIDED
    assert decisions(request).count() == decision_log(request).count() == 1
    [letter] = OutgoingFile.objects.exclude(pk__in=letters_before)
    assert sorted(files_under(private)) == sorted([*files_before, private / letter.stored])
    assert audit_breaks() == breaks_before


def test_two_officers_take_the_same_request_step_at_once_one_decision(monkeypatch, media_root):
    request = request_in_processing(officer("petugas", PETUGAS))
    officers = [officer("ppid1", PPID), officer("ppid2", PPID)]
    clients = [client_of(user) for user in officers]
    breaks_before = audit_breaks()

    # The first decision has its stage and history row written, not yet its log and letter.
    hold = Hold(monkeypatch, transitions, "log_step")
    first, second = race(
        hold,
        lambda: clients[0].post(decide_url(request), DECISION),
        lambda: clients[1].post(decide_url(request), DECISION),
    )
    assert first.status_code == 302
    assert second.status_code == 200  # the form again: not possible at the stage "Diputuskan"

    request.refresh_from_db()
    assert request.stage == Stage.DECIDED and request.decided_by == officers[0]
    assert list(decisions(request).values_list("user", flat=True)) == [officers[0].pk]
    assert list(decision_log(request).values_list("user", flat=True)) == [officers[0].pk]
    assert OutgoingFile.objects.filter(kind=OutgoingFile.Kind.NOTICE).count() == 1
    assert audit_breaks() == breaks_before
