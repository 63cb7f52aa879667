"""Create the workflow "SOP Publikasi Konten" and make it the workflow of the whole site."""

from django.db import migrations

WORKFLOW_NAME = "SOP Publikasi Konten"
TASKS = (
    ("privacyscantask", "Pemindaian privasi", None),
    ("sopreviewtask", "Tinjauan Sub Koordinator", "Sub Koordinator"),
    ("sopreviewtask", "Persetujuan Koordinator", "Koordinator"),
)


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    for order, (model_name, task_name, group_name) in enumerate(TASKS):
        model = apps.get_model("moderation", model_name)
        content_type, _ = ContentType.objects.get_or_create(
            app_label="moderation", model=model_name
        )
        task, _ = model.objects.get_or_create(
            name=task_name, defaults={"content_type": content_type, "active": True}
        )
        if group_name:
            task.groups.set([Group.objects.get(name=group_name)])
        WorkflowTask.objects.get_or_create(
            workflow=workflow, task_id=task.pk, defaults={"sort_order": order}
        )

    root = Page.objects.get(depth=1)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    Workflow.objects.exclude(pk=workflow.pk).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0001_initial"),
        ("ppid_pages", "0002_roles_and_home_page"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
