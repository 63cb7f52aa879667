"""The SOP's roles as Django groups, with their least-privilege permissions at this stage.

Nobody holds Wagtail's "publish" permission: content reaches the public through the workflow
"SOP Publikasi Konten" (moderation app), whose last approval publishes. The two exceptions are
permissions of their own: taking content down at once (Koordinator, Kepala Dinas) and publishing
urgent serta merta information at once (Koordinator), reviewed afterwards by a Sub Koordinator.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import import_module

from django.utils.module_loading import module_has_submodule

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
TAKE_DOWN = ("moderation", "take_down_page")
FORCE_PUBLISH = ("moderation", "force_publish_page")
REVIEW_FORCED = ("moderation", "review_forced_publication")
VIEW_RECORDS = ("moderation", "view_approvalrecord")
APPROVE_DOCUMENTS = ("ppid_pages", "approve_document")
MARK_FALSE_POSITIVES = ("moderation", "add_falsepositive")
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
# Wagtail checks collection permissions against its own models even when the
# document and image models are swapped (permission policies' `auth_model`).
EDITOR_COLLECTION_PERMISSIONS = (
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
)
# Wagtail's own starter groups: Moderators hold publish rights the SOP gives nobody.
WAGTAIL_DEFAULT_GROUPS = ("Moderators", "Editors")


@dataclass(frozen=True)
class Role:
    name: str
    duties: str
    page_permissions: tuple[str, ...] = ()
    collection_permissions: tuple[tuple[str, str], ...] = ()
    model_permissions: tuple[tuple[str, str], ...] = field(default=(ADMIN_ACCESS,))


ROLES = (
    Role(
        name="Operator",
        duties=(
            "Mengunggah konten dan dokumen setiap bulan (SOP A2) dan memasukkan konten yang "
            "ditetapkan Sub Koordinator (B5). Membuat dan menyunting draf, lalu mengajukannya "
            "untuk ditinjau; tidak pernah menerbitkan sendiri. Konten wajib memperhatikan "
            "prinsip keamanan informasi dan kebijakan privasi."
        ),
        page_permissions=EDITOR_PAGE_PERMISSIONS,
        collection_permissions=EDITOR_COLLECTION_PERMISSIONS,
    ),
    Role(
        name="Sub Koordinator",
        duties=(
            "Menetapkan daftar konten minimal 1 x 3 bulan (A1); meninjau pertama setiap konten "
            "sebelum terbit; menyampaikan rencana pengembangan dan kendala teknis kepada "
            "Koordinator (B1); menindaklanjuti notulen dengan Web Developer (B2); memeriksa "
            "draf dan website offline (B3, B4)."
        ),
        page_permissions=EDITOR_PAGE_PERMISSIONS,
        collection_permissions=EDITOR_COLLECTION_PERMISSIONS,
        model_permissions=(
            ADMIN_ACCESS,
            REVIEW_FORCED,
            VIEW_RECORDS,
            APPROVE_DOCUMENTS,
            MARK_FALSE_POSITIVES,
        ),
    ),
    Role(
        name="Koordinator",
        duties=(
            "Kepala Bidang. Menandatangani daftar konten (A1); memeriksa terakhir sebelum "
            "konten atau pembaruan website tayang online (B5); mengevaluasi seluruh kegiatan "
            "pengelolaan website minimal 1 x 6 bulan dan melaporkannya kepada Kepala Dinas (C1)."
        ),
        page_permissions=EDITOR_PAGE_PERMISSIONS,
        collection_permissions=EDITOR_COLLECTION_PERMISSIONS,
        model_permissions=(
            ADMIN_ACCESS,
            TAKE_DOWN,
            FORCE_PUBLISH,
            VIEW_RECORDS,
            APPROVE_DOCUMENTS,
            MARK_FALSE_POSITIVES,
        ),
    ),
    Role(
        name="Kepala Dinas",
        duties=(
            "Kepala Dinas atau Lurah. Menerima daftar konten, notulen, dan laporan; "
            "mengevaluasi kinerja Koordinator setiap bulan dalam rapat evaluasi (C2). "
            "Tidak menyunting konten."
        ),
        model_permissions=(ADMIN_ACCESS, TAKE_DOWN, VIEW_RECORDS),
    ),
    Role(
        name="Web Developer",
        duties=(
            "Menerima masukan kendala teknis dan tampilan dari Sub Koordinator dan Operator, "
            "menyusunnya menjadi program perbaikan/pengembangan (B3), memperbaiki dan "
            "mengembangkan aplikasi web (B4), dan memberi tanda terima (B2). Tidak menerbitkan "
            "konten."
        ),
    ),
)


def app_role_permissions(role_name: str) -> Iterator[tuple[str, str]]:
    """Permissions other apps give a role: `ROLE_PERMISSIONS` in their own `roles` module.

    Each app keeps its duties next to its models, e.g. in `sop_governance/roles.py`:
    `ROLE_PERMISSIONS = {"Koordinator": (("sop_governance", "sign_contentplan"),)}`.
    """
    from django.apps import apps as installed_apps

    for app_config in installed_apps.get_app_configs():
        if app_config.name == __package__ or not module_has_submodule(app_config.module, "roles"):
            continue
        module = import_module(f"{app_config.name}.roles")
        yield from getattr(module, "ROLE_PERMISSIONS", {}).get(role_name, ())


def app_roles() -> Iterator[Role]:
    """Roles other apps add (`ROLES` in their own `roles` module), e.g. the information
    service's Petugas Layanan Informasi, PPID and Atasan PPID."""
    from django.apps import apps as installed_apps

    for app_config in installed_apps.get_app_configs():
        if app_config.name == __package__ or not module_has_submodule(app_config.module, "roles"):
            continue
        yield from getattr(import_module(f"{app_config.name}.roles"), "ROLES", ())


def all_roles() -> tuple[Role, ...]:
    return (*ROLES, *app_roles())


def sync_roles(apps) -> None:
    """Create or update every role group and its permissions. Safe to run any number of times."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    SopRole = apps.get_model("ppid_pages", "SopRole")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    def permission(app_label: str, codename: str):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    for role in all_roles():
        group, _ = Group.objects.get_or_create(name=role.name)
        SopRole.objects.update_or_create(group=group, defaults={"duties": role.duties})
        model_perms = (*role.model_permissions, *app_role_permissions(role.name))
        group.permissions.set([permission(*p) for p in model_perms])

        page_perms = [permission("wagtailcore", codename) for codename in role.page_permissions]
        GroupPagePermission.objects.filter(group=group).exclude(
            page=root_page, permission__in=page_perms
        ).delete()
        for perm in page_perms:
            GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=perm)

        collection_perms = [permission(*p) for p in role.collection_permissions]
        GroupCollectionPermission.objects.filter(group=group).exclude(
            collection=root_collection, permission__in=collection_perms
        ).delete()
        for perm in collection_perms:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=perm
            )

    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, sop_role__isnull=True).delete()


def apply_role_permissions(sender, **kwargs) -> None:
    """post_migrate: bring every role group to exactly its permissions in ROLES.

    Runs after each `migrate`, once every app's permissions exist (created here first, as
    Django would a moment later), so a role may hold permissions of any app. Manual changes
    to these groups are undone: the roles are defined in code, least privilege by review.
    """
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    sync_roles(apps)
