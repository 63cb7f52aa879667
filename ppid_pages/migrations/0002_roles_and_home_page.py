from django.db import migrations

from ppid_pages.roles import ROLES


def create_role_groups(apps, schema_editor):
    """The SOP's groups and their duties. Their permissions are applied after every migrate
    (ppid_pages.apps: post_migrate), when the permissions of every app exist."""
    Group = apps.get_model("auth", "Group")
    SopRole = apps.get_model("ppid_pages", "SopRole")
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role.name)
        SopRole.objects.update_or_create(group=group, defaults={"duties": role.duties})


def base36(number: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
    return text or "0"


def create_home_page(apps, schema_editor):
    """Replace Wagtail's welcome page with the PPID home page, once."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("ppid_pages", "HomePage")

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="ppid_pages")
    root = Page.objects.get(depth=1)
    last_child = Page.objects.filter(depth=2).order_by("-path").first()
    step = int(last_child.path[-4:], 36) + 1 if last_child else 1
    home = HomePage.objects.create(
        title="Beranda",
        draft_title="Beranda",
        slug="home",
        content_type=home_type,
        path=root.path + base36(step).rjust(4, "0"),
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=Locale.objects.get_or_create(language_code="id")[0],
    )
    Page.objects.filter(pk=root.pk).update(numchild=Page.objects.filter(depth=2).count())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "PPID"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("ppid_pages", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_home_page, migrations.RunPython.noop),
        migrations.RunPython(create_role_groups, migrations.RunPython.noop),
    ]
