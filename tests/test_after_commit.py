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
from wagtail import hooks
from wagtail.models import Comment, PageSubscription, TaskState
from wagtail.signals import task_rejected, task_submitted
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from config.celery import enqueue_after_commit
from tests import services
from tests.evaluations.conftest import broker

from .test_workflow_bypass import (
    DRAFT_TEXT,
    NIK,
    current_task_name,
    draft_page,
    edit_url,
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


def comment_form(page, text: str) -> dict:
    """The page editor's form with one new comment on the title (Wagtail's comment formset)."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "body": streamfield([("paragraph", rich_text(f"<p>{DRAFT_TEXT}</p>"))]),
            "comments": inline_formset(
                [
                    {
                        "id": "",
                        "contentpath": "title",
                        "text": text,
                        "position": "",
                        "resolved": "",
                        "replies": inline_formset([]),
                    }
                ]
            ),
        }
    )


def test_a_comment_rolled_back_sends_no_notification(people, django_capture_on_commit_callbacks):
    """Wagtail's page editor e-mails the page's comment subscribers in the middle of its save
    (send_commenting_notifications); a save that then fails must announce nothing."""
    operator, koordinator = people["Operator"], people["Koordinator"]
    page = draft_page(operator)
    PageSubscription.objects.create(page=page, user=koordinator, comment_notifications=True)
    client = browser(operator)

    def fail(request, page):
        raise Failure("the request fails after the comment notification was triggered")

    with (
        hooks.register_temporarily("after_edit_page", fail),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(edit_url(page), comment_form(page, "Tolong periksa judul."))
    assert response.status_code == 500
    assert not Comment.objects.filter(page=page).exists()  # rolled back
    assert mail.outbox == []  # nobody hears of a comment that was never stored

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(page), comment_form(page, "Tolong periksa judul."))
    assert response.status_code == 302
    assert Comment.objects.filter(page=page).count() == 1
    assert [message.to for message in mail.outbox] == [[koordinator.email]]
