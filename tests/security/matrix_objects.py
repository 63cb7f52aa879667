"""Real objects for filling admin URLs: a DIP entry in review (revisions, a workflow and task
state), a document, an image, a collection, a redirect, users of every role."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, Task, Workflow, WorkflowState

from integrity.models import AlertKind, IntegrityAlert
from moderation.models import ApprovalRecord, ScanReport
from ppid_pages.models import PPIDImage
from sop_governance.development.transitions import submit_request
from sop_governance.evaluations.reports import generate
from sop_governance.models import ContentPlan, ContentPlanItem
from tests.factories import make_dip_index, make_document, make_entry, make_unit

User = get_user_model()
PASSWORD = "Sandi-Matriks-2026"
SOP_ROLES = ("Operator", "Sub Koordinator", "Koordinator", "Kepala Dinas", "Web Developer")
SERVICE_ROLES = ("Petugas Layanan Informasi", "PPID", "Atasan PPID")
ROLES = ("anonymous", *SOP_ROLES, *SERVICE_ROLES, "superuser")


def make_role_users() -> dict[str, object]:
    users = {}
    for number, role in enumerate((*SOP_ROLES, *SERVICE_ROLES)):
        user = User.objects.create_user(
            f"peran{number}", email=f"peran{number}@contohkab.go.id", password=PASSWORD
        )
        user.groups.add(Group.objects.get(name=role))
        users[role] = user
    users["superuser"] = User.objects.create_superuser(
        "superadmin", email="superadmin@contohkab.go.id", password=PASSWORD
    )
    return users


def make_image() -> PPIDImage:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return PPIDImage.objects.create(
        title="Struktur",
        file=ImageFile(buffer, name="struktur.png"),
        collection=Collection.get_first_root_node(),
    )


def make_sop_records(page) -> None:
    """One record of each SOP app, for their `pk` URLs (filled with each model's first row)."""
    drafter = User.objects.get(groups__name="Sub Koordinator")
    operator = User.objects.get(groups__name="Operator")
    ApprovalRecord.objects.create(
        page=page,
        page_title=page.title,
        change_kind="new",
        submitted_by="Operator",
        submitted_at=timezone.now(),
        scan_summary="Lolos",
    )
    plan = ContentPlan(quarter="2026-Q4", live=False)
    plan.items = [
        ContentPlanItem(
            title="Laporan keuangan",
            category="berkala",
            target_month=11,
            responsible=operator,
            sort_order=0,
        )
    ]
    plan.save()
    plan.save_revision(user=drafter)
    submit_request(drafter, kind="display", title="Menu terpotong", description="Di ponsel.")
    generate("monthly", "2026-10")
    make_service_records()
    IntegrityAlert.objects.create(
        page=page,
        page_title=page.title,
        kind=AlertKind.CHANGED,
        detail="Judul berbeda.",
        last_seen=timezone.now(),
    )


def make_service_records() -> None:
    """A request registered at the desk and an objection to it (information_requests)."""
    from information_requests.models import Channel, InformationRequest, Objection
    from information_requests.transitions import perform

    desk = User.objects.get(groups__name="Petugas Layanan Informasi")
    request = InformationRequest(
        channel=Channel.WALK_IN,
        requester_type="perorangan",
        name="Budi Santoso",
        identity_number="3201011203850001",
        address="Jl. Kenanga 3, Kota Contoh",
        phone="081234567890",
        email="budi.santoso@contoh.net",
        information_requested="Daftar pemenang lelang 2026.",
        purpose="Pengawasan.",
        obtain_method="softcopy",
        delivery_method="email",
    )
    perform(request, "register", desk)
    objection = Objection(
        request=request,
        channel=Channel.WALK_IN,
        grounds="c",
        ground_arose_on=timezone.localdate(),
        case_position="Belum ditanggapi.",
    )
    perform(objection, "register_objection", desk)


def url_values(author) -> dict:
    """Values for every kind of URL parameter the admin uses."""
    index = make_dip_index()
    unit = make_unit()
    live = make_entry(index, "Entri Terbit", unit=unit, slug="terbit")
    first = live.get_latest_revision()
    page = live.get_latest_revision_as_object()
    page.summary = "<p>Perubahan.</p>"
    second = page.save_revision(user=author)
    workflow = Workflow.objects.get(name="SOP Publikasi Konten")
    state = workflow.start(live, author)
    state = WorkflowState.objects.get(pk=state.pk)
    task_state = state.current_task_state
    document = make_document("Lampiran")
    image = make_image()
    redirect = Redirect.objects.create(old_path="/lama", redirect_link="/baru")
    report = ScanReport.objects.order_by("pk").first()  # the scan task's, when it ran
    make_sop_records(live)
    return {
        "page_id": live.pk,
        "page_pk": live.pk,
        "object_id": live.pk,
        "parent_page_id": index.pk,
        "page_to_move_id": live.pk,
        "destination_id": index.pk,
        "revision_id": first.pk,
        "revision_id_a": first.pk,
        "revision_id_b": second.pk,
        "doc_id": document.pk,
        "document_id": document.pk,
        "image_id": image.pk,
        "collection_id": Collection.get_first_root_node().pk,
        "user_id": author.pk,
        "task_id": Task.objects.order_by("pk").first().pk,
        "workflow_pk": workflow.pk,
        "workflow_state_id": state.pk,
        "task_state_id": task_state.pk if task_state else 1,
        "redirect_id": redirect.pk,
        "action_name": "approve",
        "action": "approve",
        "filter_spec": "original",
        "file_format": "csv",
        "key": "daftar-izin",  # moderation:reviewed_setting (the allow-list's review)
        "app_label": "ppid_pages",
        "app_name": "ppid_pages",
        "model_name": "informationunit",
        "content_type_app_name": "ppid_pages",
        "content_type_model_name": "dipentrypage",
        "uidb64": "MQ",
        "token": "set-password",
        "session_id": 1,
        "uploaded_file_id": 1,
        "report_id": report.pk if report else 1,
        "record_id": ApprovalRecord.objects.order_by("pk").first().pk,
    }
