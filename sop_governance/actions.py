"""The workflow step a user may take on a content plan now (sign, or acknowledge receipt)."""

from dataclasses import dataclass

from wagtail.models import TaskState

from .models import ContentPlan, PlanTask


@dataclass(frozen=True)
class Step:
    action: str
    label: str
    task_state: TaskState
    task: PlanTask
    actions: tuple[tuple[str, str, bool], ...]  # every action the task offers this user


def current_plan_task(plan: ContentPlan) -> tuple[TaskState | None, PlanTask | None]:
    state = (
        TaskState.objects.filter(
            workflow_state__base_content_type=plan.get_base_content_type(),
            workflow_state__object_id=str(plan.pk),
            workflow_state__status="in_progress",
            status=TaskState.STATUS_IN_PROGRESS,
        )
        .select_related("task")
        .first()
    )
    if state is None:
        return None, None
    task = state.task.specific
    return (state, task) if isinstance(task, PlanTask) else (None, None)


def available_step(plan: ContentPlan, user) -> Step | None:
    state, task = current_plan_task(plan)
    if task is None:
        return None
    actions = tuple(task.get_actions(plan, user))
    approve = next((label for name, label, _modal in actions if name == "approve"), None)
    if approve is None:
        return None
    return Step("approve", str(approve), state, task, actions)
