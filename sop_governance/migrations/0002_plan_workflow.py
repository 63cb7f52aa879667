"""Create the workflow "SOP Daftar Konten" and make it the workflow of content plans."""

from django.db import migrations

WORKFLOW_NAME = "SOP Daftar Konten"
TASKS = (
    ("signplantask", "Tanda tangan Koordinator", "Koordinator"),
    ("receiveplantask", "Tanda terima Kepala Dinas/Lurah", "Kepala Dinas"),
)


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for order, (model_name, task_name, group_name) in enumerate(TASKS):
        model = apps.get_model("sop_governance", model_name)
        content_type, _ = ContentType.objects.get_or_create(
            app_label="sop_governance", model=model_name
        )
        task, _ = model.objects.get_or_create(
            name=task_name, defaults={"content_type": content_type, "active": True}
        )
        task.groups.set([Group.objects.get(name=group_name)])
        WorkflowTask.objects.get_or_create(
            workflow=workflow, task_id=task.pk, defaults={"sort_order": order}
        )
    plan_type, _ = ContentType.objects.get_or_create(
        app_label="sop_governance", model="contentplan"
    )
    WorkflowContentType.objects.update_or_create(
        content_type=plan_type, defaults={"workflow": workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("sop_governance", "0001_initial"),
        ("moderation", "0002_sop_workflow"),
        ("ppid_pages", "0002_roles_and_home_page"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
