"""A workflow that cannot give two different reviewers is refused when it is configured, not
only at the finish (issue 13, gate13 item 3): Wagtail's workflow create and edit views, with
a clear Indonesian message. And the finish action's own check (require_two_reviewers) is the
one that stops a workflow configured before that check existed: a scan and one review task
pass every other check of the finish (every task approved the latest revision, one shared
snapshot, the scan), so only require_two_reviewers keeps the page from going live."""

import pytest
from django.contrib.auth.models import User
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.models import Task, Workflow, WorkflowPage, WorkflowState, WorkflowTask

from moderation.models import ApprovalRecord

from .factories import home_page
from .test_workflow_bypass import (
    assert_not_public,
    draft_page,
    member,
    post_edit,
    workflow_action,
)

pytestmark = pytest.mark.django_db

CONFIG_REFUSAL = "publikasi memerlukan dua peninjau yang berbeda"


@pytest.fixture
def root(client) -> User:
    user = User.objects.create_superuser("root", "root@contohkab.go.id", "x")
    client.force_login(user)
    return user


def task(name: str) -> Task:
    return Task.objects.get(name=name)


def workflow_form(name: str, tasks: list[Task], pages: list, initial_tasks: list = ()) -> dict:
    data = {
        "name": name,
        "active": "on",
        "workflow_tasks-TOTAL_FORMS": str(len(tasks)),
        "workflow_tasks-INITIAL_FORMS": str(len(initial_tasks)),
        "workflow_tasks-MIN_NUM_FORMS": "0",
        "workflow_tasks-MAX_NUM_FORMS": "1000",
        "pages-TOTAL_FORMS": str(len(pages)),
        "pages-INITIAL_FORMS": "0",
        "pages-MIN_NUM_FORMS": "0",
        "pages-MAX_NUM_FORMS": "1000",
    }
    for index, item in enumerate(tasks):
        data[f"workflow_tasks-{index}-task"] = str(item.pk)
        data[f"workflow_tasks-{index}-id"] = (
            str(initial_tasks[index]) if index < len(initial_tasks) else ""
        )
        data[f"workflow_tasks-{index}-ORDER"] = str(index + 1)
        data[f"workflow_tasks-{index}-DELETE"] = ""
    for index, page in enumerate(pages):
        data[f"pages-{index}-page"] = str(page.pk)
        data[f"pages-{index}-DELETE"] = ""
    return data


def refusal_shown(response) -> bool:
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    return response.status_code == 302 and any(CONFIG_REFUSAL in m.lower() for m in shown)


def test_a_workflow_with_one_review_task_is_refused_at_creation(client, root):
    section = draft_page(root, "berita")
    response = client.post(
        reverse("wagtailadmin_workflows:add"),
        workflow_form(
            "Alur cepat berita",
            [task("Pemindaian privasi"), task("Tinjauan Sub Koordinator")],
            [section],
        ),
    )
    assert refusal_shown(response)
    assert not Workflow.objects.filter(name="Alur cepat berita").exists()
    assert not WorkflowPage.objects.filter(page=section).exists()


def test_a_review_task_cannot_be_removed_from_an_assigned_workflow(client, root):
    section = draft_page(root, "berita")
    reviews = [task("Tinjauan Sub Koordinator"), task("Persetujuan Koordinator")]
    response = client.post(
        reverse("wagtailadmin_workflows:add"),
        workflow_form("Alur berita", [task("Pemindaian privasi"), *reviews], [section]),
    )
    assert response.status_code == 302 and not refusal_shown(response)
    workflow = Workflow.objects.get(name="Alur berita")
    assert WorkflowPage.objects.filter(page=section, workflow=workflow).exists()

    links = list(workflow.workflow_tasks.order_by("sort_order").values_list("pk", flat=True))
    data = workflow_form("Alur berita", [task("Pemindaian privasi"), *reviews], [], links)
    data["workflow_tasks-2-DELETE"] = "on"  # drop the Koordinator's review
    response = client.post(reverse("wagtailadmin_workflows:edit", args=[workflow.pk]), data)
    assert refusal_shown(response)
    assert workflow.workflow_tasks.count() == 3


def test_only_require_two_reviewers_stops_a_one_review_workflow_at_the_finish(client):
    """A workflow assigned before the configuration check (a row written in bulk, as an older
    database holds it): a scan and one review task."""
    quick = Workflow.objects.create(name="Alur lama")
    # In the database (a cluster's workflow_tasks.create() only adds them in memory, and
    # a workflow without tasks finishes at once, refused by approved_revision instead).
    WorkflowTask.objects.create(workflow=quick, task=task("Pemindaian privasi"), sort_order=0)
    WorkflowTask.objects.create(
        workflow=quick, task=task("Tinjauan Sub Koordinator"), sort_order=1
    )
    operator, reviewer = member("Operator"), member("Sub Koordinator")
    page = draft_page(operator, "pengumuman", parent=home_page())
    WorkflowPage.objects.bulk_create([WorkflowPage(page=page, workflow=quick)])

    client.force_login(operator)
    assert post_edit(client, page, **{"action-submit": "Kirim"}).status_code == 302
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.workflow == quick and state.current_task_state.task.name == (
        "Tinjauan Sub Koordinator"
    )
    response = workflow_action(client, reviewer, page)
    assert response.status_code == 302
    assert_not_public(page, Client())
    assert not ApprovalRecord.objects.exists()
