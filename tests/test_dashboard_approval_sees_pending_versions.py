"""A reviewer approving from the dashboard sees what the page releases besides its text (issue
13, gate13 item 5). The "Awaiting your review" panel approves through Wagtail's workflow action
views, which show nothing of the page: the Sub Koordinator approved a page that releases an
image's new picture without ever seeing the warning the page editor shows. Such an approval
is now sent to the editor, with the warnings; after the editor showed them, it goes through."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.models import TaskState

from .test_asset_versions import image_edit, live_page_using, make_image, new_png, submit_using
from .test_workflow_bypass import ROLES, current_task_state, edit_url, member

pytestmark = pytest.mark.django_db

WARNING = "juga merilis versi baru"


@pytest.fixture
def people() -> dict:
    return {role: member(role) for role in ROLES}


def in_review_with_a_new_picture(client, people):
    image = make_image("red")
    page = live_page_using(image=image)
    image_edit(client, people["Operator"], image, file=new_png("blue"))
    submit_using(client, people["Operator"], page, image=image)
    return page


def approve_url(page, state) -> str:
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])


def test_the_dashboard_approve_button_sends_the_reviewer_to_the_warnings(client, people):
    page = in_review_with_a_new_picture(client, people)
    state = current_task_state(page)
    client.force_login(people["Sub Koordinator"])

    response = client.post(approve_url(page, state), {"comment": ""})
    assert response.status_code == 302 and response["Location"] == edit_url(page)
    shown = [str(message) for message in get_messages(response.wsgi_request)]
    assert any(WARNING in message for message in shown)
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_IN_PROGRESS

    client.get(edit_url(page))  # the editor shows the new picture's warning
    assert client.post(approve_url(page, state), {"comment": ""}).status_code == 302
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_APPROVED


def test_the_approve_with_comment_dialog_shows_the_warnings(client, people):
    page = in_review_with_a_new_picture(client, people)
    state = current_task_state(page)
    client.force_login(people["Sub Koordinator"])
    url = reverse(
        "wagtailadmin_pages:collect_workflow_action_data", args=[page.pk, "approve", state.pk]
    )
    response = client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 200
    assert WARNING in response.json()["html"]
    response = client.post(
        approve_url(page, state), {"comment": "Oke"}, HTTP_X_REQUESTED_WITH="XMLHttpRequest"
    )
    assert WARNING in response.json()["html"]
    state.refresh_from_db()
    assert state.status == TaskState.STATUS_IN_PROGRESS
    assert Client().get(page.url).status_code == 200
