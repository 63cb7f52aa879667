"""E-mails and Celery jobs of a request leave only when its transaction commits
(config.transactions.after_commit; every request is one transaction, ATOMIC_REQUESTS).

Each test sends the real request twice through the admin views: once failing after the e-mail
was triggered (an error in a later receiver of the same step: the request is rolled back and
answers with the error page) and once succeeding. Only the committed one sends anything.
"""

import pytest
from django.core import mail
from django.db import transaction
from django.test import Client
from wagtail.models import TaskState
from wagtail.signals import task_rejected, task_submitted

from config.celery import enqueue_after_commit
from tests import services
from tests.evaluations.conftest import broker

from .test_workflow_bypass import (
    NIK,
    current_task_name,
    draft_page,
    fresh,
    people,
    post_edit,
    submit,
    workflow_action,
)

pytestmark = pytest.mark.django_db

__all__ = ["people"]  # the fixture


class Failure(Exception):
    pass


@pytest.fixture
def fail_after(request):
    """Connect a receiver that raises, after the project's and Wagtail's own, to a signal."""
    connected = []

    def connect(signal):
        def fail(sender, **kwargs):
            raise Failure("the request fails after the e-mail was triggered")

        signal.connect(fail, weak=False, dispatch_uid="test-fail-after")
        connected.append(signal)

    yield connect
    for signal in connected:
        signal.disconnect(dispatch_uid="test-fail-after")


def browser(user) -> Client:
    client = Client(raise_request_exception=False)  # the error page, as a browser gets it
    client.force_login(user)
    return client


def test_a_scan_rejection_rolled_back_sends_no_e_mail(
    people, fail_after, django_capture_on_commit_callbacks
):
    operator = people["Operator"]
    page = draft_page(operator)
    client = browser(operator)
    submit_with_nik = {"action-submit": "Kirim"}

    fail_after(task_rejected)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_edit(client, page, f"NIK penerima {NIK}", **submit_with_nik)
    assert response.status_code == 500
    assert mail.outbox == []  # the rejection was rolled back: nobody is told about it
    task_rejected.disconnect(dispatch_uid="test-fail-after")

    with django_capture_on_commit_callbacks(execute=True):
        response = post_edit(client, page, f"NIK penerima {NIK}", **submit_with_nik)
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[operator.email]]


def test_a_review_step_rolled_back_sends_no_notification(
    client, people, fail_after, django_capture_on_commit_callbacks
):
    page = draft_page(people["Operator"])
    submit(client, people["Operator"], page)
    mail.outbox.clear()

    fail_after(task_submitted)  # the Koordinator's task is being opened
    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(
            browser(people["Sub Koordinator"]), people["Sub Koordinator"], page
        )
    assert response.status_code == 500
    assert current_task_name(page) == "Tinjauan Sub Koordinator"
    assert mail.outbox == []
    task_submitted.disconnect(dispatch_uid="test-fail-after")

    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, people["Sub Koordinator"], page)
    assert response.status_code == 302
    assert people["Koordinator"].email in [to for message in mail.outbox for to in message.to]
    assert not fresh(page).live
    approved = TaskState.objects.filter(status=TaskState.STATUS_APPROVED)
    assert approved.filter(task__name="Tinjauan Sub Koordinator").count() == 1


def test_a_job_of_a_rolled_back_transaction_is_never_sent(django_capture_on_commit_callbacks):
    """`enqueue_after_commit` on a real (private) Redis broker: nothing for a rollback, the
    job once the transaction commits."""
    with services.private_redis() as url, broker(f"{url}/0") as app:
        import redis

        queue = redis.Redis.from_url(f"{url}/0")
        with (
            django_capture_on_commit_callbacks(execute=True),
            pytest.raises(Failure),
            transaction.atomic(),
        ):
            enqueue_after_commit("sop_evaluations.send_reminders")
            raise Failure
        assert queue.llen("celery") == 0

        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            enqueue_after_commit("sop_evaluations.send_reminders")
            assert queue.llen("celery") == 0  # not before the commit
        assert queue.llen("celery") == 1
        assert app.conf.broker_url == f"{url}/0"
