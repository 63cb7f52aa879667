"""The finish action of every workflow (WAGTAIL_FINISH_WORKFLOW_ACTION).

Pages go through "SOP Publikasi Konten", whose finish action (moderation) re-scans and
publishes exactly the approved revision and writes the approval form. Other models (snippets
such as the content plan) finish their own way: the object's `finish_workflow(workflow_state,
user)` if it has one, otherwise Wagtail's default (publish the latest revision).

Wagtail imports this module while it defines its own models: import models inside functions.
"""


def finish_workflow(workflow_state, user=None) -> None:
    from wagtail.models import Page
    from wagtail.workflows import publish_workflow_state

    from moderation.workflow import publish_approved_revision

    content_object = workflow_state.content_object
    if isinstance(content_object, Page):
        publish_approved_revision(workflow_state, user=user)
    elif hasattr(content_object, "finish_workflow"):
        content_object.finish_workflow(workflow_state, user=user)
    else:
        publish_workflow_state(workflow_state, user=user)
