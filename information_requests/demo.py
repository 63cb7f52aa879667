"""Demo requests: every stage and every decision this year, a finished year of requests last
year (for the annual report), and keberatan, all taken through the real steps (`perform`),
with letters, scans and audit entries. Called by `manage.py load_demo_content` after the demo
users exist; safe to call again (it does nothing once demo requests exist).

The steps are made at past moments: `timezone.now` is set for each step (demo only), so dates,
due dates and letters read as they would have.
"""

import contextlib
import datetime
import io
import zoneinfo
from unittest import mock

from django.contrib.auth import get_user_model
from django.utils import timezone
from PIL import Image, ImageDraw

from ppid_pages.models import InformationUnit
from ppid_pages.models.dip import DipCategory, DipEntryPage
from sop_governance.calendar import add_working_days

from .models import Channel, InformationRequest, Objection
from .outgoing import add_file
from .transitions import perform

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
DESK, PPID_USER, SUPERIOR = "petugas", "ppid", "atasanppid"


@contextlib.contextmanager
def at(day: datetime.date, hour: int = 9):
    moment = datetime.datetime.combine(day, datetime.time(hour, 15), tzinfo=JAKARTA)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield moment


def identity_png(name: str) -> bytes:
    """A placeholder "KTP" image: the words SPESIMEN and the fictional name, no numbers."""
    image = Image.new("RGB", (320, 200), (200, 220, 240))
    draw = ImageDraw.Draw(image)
    draw.text((20, 30), "SPESIMEN - KTP DEMO", fill=(20, 20, 80))
    draw.text((20, 80), name, fill=(20, 20, 80))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


PEOPLE = (
    ("perorangan", "Rina Marlina", "3201015204900003", "Jl. Anggrek No. 12\nKota Contoh"),
    ("perorangan", "Agus Setiawan", "3201011709850002", "Jl. Flamboyan 4\nKecamatan Sukamaju"),
    ("kelompok", "Forum Warga Peduli Anggaran", "3201016603880004", "Jl. Cempaka 9\nKota Contoh"),
    (
        "badan_hukum",
        "Yayasan Transparansi Daerah",
        "AHU-0012345.AH.01.04",
        "Jl. Merdeka 21\nKota Contoh",
    ),
    ("perorangan", "Dimas Prasetyo", "3201012002950001", "Dusun Krajan RT 01\nKecamatan Sukamaju"),
    ("perorangan", "Nur Aisyah", "3201014711920005", "Jl. Mawar 3\nKota Contoh"),
)
WANTS = (
    ("Daftar penerima bantuan sosial tahun berjalan per kecamatan (tanpa NIK).", "Pengawasan"),
    ("Salinan laporan realisasi anggaran Dinas tahun lalu.", "Penelitian skripsi"),
    ("Dokumen kontrak pengadaan jaringan internet kantor kecamatan.", "Kajian LSM"),
    ("Notulen rapat koordinasi penanganan banjir bulan lalu.", "Pemberitaan media warga"),
    ("Data jumlah aduan layanan publik per bulan.", "Bahan diskusi forum warga"),
    ("Rencana kerja Dinas tahun depan.", "Perencanaan kegiatan komunitas"),
)
DECISIONS = {
    "dikabulkan_seluruhnya": {
        "decision": "dikabulkan_seluruhnya",
        "material": "Salinan dokumen yang diminta.",
        "information_format": "Softcopy PDF",
        "cost": 0,
        "delivery_time": "Dikirim lewat e-mail paling lambat 3 hari kerja.",
    },
    "dikabulkan_sebagian": {
        "decision": "dikabulkan_sebagian",
        "material": "Dokumen kontrak tanpa lampiran data pribadi pihak ketiga.",
        "information_format": "Softcopy PDF",
        "cost": 0,
        "delivery_time": "Dikirim lewat e-mail.",
        "exemption_ground": "h",
        "decision_reason": "Lampiran memuat data pribadi penyedia yang dilindungi.",
    },
    "ditolak": {
        "decision": "ditolak",
        "exemption_ground": "i",
        "decision_reason": "Memorandum internal yang belum menjadi keputusan; membukanya "
        "menghambat proses pengambilan keputusan.",
        "cost": 0,
    },
    "tidak_dikuasai": {
        "decision": "tidak_dikuasai",
        "holder_body": "Badan Penanggulangan Bencana Daerah Kabupaten Contoh",
        "cost": 0,
    },
    "belum_didokumentasikan": {
        "decision": "belum_didokumentasikan",
        "decision_reason": "Rekap aduan per bulan sedang disusun dan tersedia bulan depan.",
        "cost": 0,
    },
}
CHANNELS = (Channel.ONLINE, Channel.WALK_IN, Channel.EMAIL, Channel.LETTER)


def users():
    User = get_user_model()
    found = {
        name: User.objects.filter(username=name).first() for name in (DESK, PPID_USER, SUPERIOR)
    }
    return found if all(found.values()) else None


def new_request(index: int, day: datetime.date, desk, channel: str | None = None):
    kind, name, identity, address = PEOPLE[index % len(PEOPLE)]
    wanted, purpose = WANTS[index % len(WANTS)]
    channel = channel or CHANNELS[index % len(CHANNELS)]
    request = InformationRequest(
        channel=channel,
        requester_type=kind,
        name=name,
        identity_number=identity,
        address=address,
        phone=f"0812 5550 {1000 + index:04d}",
        email=f"pemohon{index}@contoh.net",
        information_requested=wanted,
        purpose=purpose,
        obtain_method="softcopy",
        delivery_method="email",
    )
    from .crypto import save_private

    request.identity_file = save_private(identity_png(name), "identitas")
    request.identity_file_type = "png"
    with at(day, 9):
        if channel == Channel.ONLINE:
            perform(request, "submit_online", None, by_requester=True)
            perform(request, "confirm", None, by_requester=True)
        else:
            perform(request, "register", desk)
    return request


def step(request, action, user, day, hour=10, **kwargs):
    with at(day, hour):
        perform(request, action, user, **kwargs)


def decide_and_deliver(request, people, decision, start, extend=False, close=True):
    desk, ppid, _superior = people
    unit = InformationUnit.objects.order_by("pk").first()
    day = add_working_days(start, 1)
    step(request, "process", desk, day, data={"unit": unit})
    if extend:
        day = add_working_days(day, 6)
        step(
            request,
            "extend",
            ppid,
            day,
            note="Dokumen berada di arsip inaktif dan perlu ditelusuri bersama unit pengolah.",
        )
    day = add_working_days(day, 4)
    data = dict(DECISIONS[decision])
    if decision in ("ditolak", "dikabulkan_sebagian"):
        data["exempt_entry"] = DipEntryPage.objects.filter(
            category=DipCategory.DIKECUALIKAN
        ).first()
    step(request, "decide", ppid, day, data=data)
    if decision in ("dikabulkan_seluruhnya", "dikabulkan_sebagian"):
        with at(day, 11):
            add_file(
                request,
                "informasi",
                "Informasi yang dimohon",
                "informasi.pdf",
                information_pdf(request),
                ppid,
            )
    day = add_working_days(day, 1)
    step(request, "deliver", desk, day, hour=13)
    if close:
        step(request, "close", desk, add_working_days(day, 2))
    return day


def information_pdf(request) -> bytes:
    from ppid_pages.printing import build_a4, letterhead_for

    from .letters import office, paragraph

    return build_a4(
        "INFORMASI PUBLIK",
        letterhead_for(office()),
        [
            paragraph(
                f"Informasi untuk permohonan {request.number}: {request.information_requested}"
                " (dokumen demo)."
            )
        ],
    )


def load_demo(today: datetime.date | None = None) -> int:
    """Create the demo requests once; returns how many were created."""
    if InformationRequest.objects.exists():
        return 0
    people = users()
    if people is None or not InformationUnit.objects.exists():
        return 0
    desk, ppid, superior = people["petugas"], people["ppid"], people["atasanppid"]
    trio = (desk, ppid, superior)
    today = today or timezone.localdate()
    created = 0

    # Last year: a finished year, every decision, every channel and requester type.
    last = today.year - 1
    plan = [
        (datetime.date(last, 2, 10), "dikabulkan_seluruhnya", False),
        (datetime.date(last, 3, 17), "dikabulkan_sebagian", False),
        (datetime.date(last, 5, 5), "ditolak", True),
        (datetime.date(last, 6, 9), "tidak_dikuasai", False),
        (datetime.date(last, 8, 11), "dikabulkan_seluruhnya", True),
        (datetime.date(last, 9, 15), "belum_didokumentasikan", False),
        (datetime.date(last, 10, 13), "dikabulkan_seluruhnya", False),
        (datetime.date(last, 11, 10), "dikabulkan_sebagian", False),
    ]
    last_year_refused = None
    for index, (day, decision, extend) in enumerate(plan):
        request = new_request(index, day, desk)
        decide_and_deliver(request, trio, decision, day, extend=extend)
        created += 1
        if decision == "ditolak":
            last_year_refused = request
    if last_year_refused is not None:
        day = last_year_refused.delivered_at.date()
        objection = Objection(
            request=last_year_refused,
            channel=Channel.WALK_IN,
            grounds="a",
            ground_arose_on=day,
            case_position="Pemohon menilai memorandum sudah menjadi dasar keputusan.",
        )
        with at(add_working_days(day, 3)):
            perform(objection, "register_objection", desk)
        step(
            objection,
            "respond",
            superior,
            add_working_days(day, 12),
            data={
                "outcome": "ditolak",
                "response": "Memorandum masih bagian proses "
                "pengambilan keputusan; penolakan PPID dikuatkan.",
            },
        )
        step(objection, "close_objection", desk, add_working_days(day, 30))

    # This year: every stage, starting a few working days back so due dates are current.
    def back(days: int) -> datetime.date:
        day = today
        while days > 0:
            day -= datetime.timedelta(days=1)
            if day.weekday() < 5:
                days -= 1
        return day

    base = 20
    # finished this year: granted, refused (with a keberatan), not held
    granted = new_request(base, back(25), desk, Channel.ONLINE)
    decide_and_deliver(granted, trio, "dikabulkan_seluruhnya", back(25))
    refused = new_request(base + 1, back(22), desk, Channel.LETTER)
    delivered_on = decide_and_deliver(refused, trio, "ditolak", back(22), close=False)
    objection = Objection(
        request=refused,
        channel=Channel.ONLINE,
        grounds="ad",
        ground_arose_on=delivered_on,
        case_position="Informasi yang diminta sudah dibahas terbuka dalam rapat; alasan "
        "pengecualian tidak tepat.",
    )
    with at(add_working_days(delivered_on, 2)):
        perform(objection, "file_online", None, by_requester=True)
    step(
        objection,
        "respond",
        superior,
        add_working_days(delivered_on, 6),
        data={
            "outcome": "diterima_sebagian",
            "response": "Bagian notulen yang sudah "
            "dibahas terbuka diberikan; bagian lain tetap dikecualikan.",
        },
    )
    not_held = new_request(base + 2, back(18), desk, Channel.EMAIL)
    decide_and_deliver(not_held, trio, "tidak_dikuasai", back(18))
    created += 3
    # open stages
    received = new_request(base + 3, back(1), desk, Channel.ONLINE)
    incomplete = new_request(base + 4, back(4), desk, Channel.WALK_IN)
    step(
        incomplete,
        "ask_completion",
        desk,
        back(3),
        note="Mohon lampirkan salinan akta pendirian kelompok.",
    )
    processing = new_request(base + 5, back(5), desk, Channel.ONLINE)
    step(processing, "process", desk, back(4), data={"unit": InformationUnit.objects.first()})
    extended = new_request(base, back(12), desk, Channel.LETTER)
    step(extended, "process", desk, back(11), data={"unit": InformationUnit.objects.first()})
    step(
        extended, "extend", ppid, back(3), note="Data tersebar di tiga bidang dan perlu dihimpun."
    )
    decided = new_request(base + 1, back(9), desk, Channel.EMAIL)
    step(decided, "process", desk, back(8), data={"unit": InformationUnit.objects.first()})
    step(decided, "decide", ppid, back(1), data=DECISIONS["belum_didokumentasikan"])
    delivered = new_request(base + 2, back(8), desk, Channel.ONLINE)
    decide_and_deliver(delivered, trio, "dikabulkan_sebagian", back(8), close=False)
    rejected = new_request(base + 3, back(30), desk, Channel.WALK_IN)
    step(rejected, "ask_completion", desk, back(29), note="Identitas pemohon belum dilampirkan.")
    step(
        rejected, "reject_incomplete", desk, back(15), note="Tidak dilengkapi sampai batas waktu."
    )
    unconfirmed = InformationRequest(
        channel=Channel.ONLINE,
        requester_type="perorangan",
        name="Hendra Gunawan",
        identity_number="3201010101010001",
        address="Jl. Kenari 2\nKota Contoh",
        phone="0812 5550 9999",
        email="pemohon99@contoh.net",
        information_requested="Jadwal pelayanan keliling bulan depan.",
        purpose="Informasi pribadi",
        obtain_method="melihat",
        delivery_method="email",
    )
    perform(unconfirmed, "submit_online", None, by_requester=True)
    created += 8 if received.number else 7
    return created
