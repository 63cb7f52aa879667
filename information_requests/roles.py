"""The service's roles (UU 14/2008, Perki 1/2021) as groups with least privilege.

The groups are created and kept in sync after every migrate by `ppid_pages.roles` (`ROLES`
here are added to the SOP roles). The steps themselves are decided by group membership in
`transitions.TRANSITIONS`, never by these permissions (a superuser takes no step); these
permissions open the admin pages. Only the desk (Petugas Layanan Informasi), who checks the
requester's identity, sees the identity number and document whole.
"""

from ppid_pages.roles import ADMIN_ACCESS, Role

PETUGAS = "Petugas Layanan Informasi"
PPID = "PPID"
ATASAN_PPID = "Atasan PPID"
SERVICE_ROLES = (PETUGAS, PPID, ATASAN_PPID)

VIEW_REQUESTS = ("information_requests", "view_informationrequest")
ADD_REQUESTS = ("information_requests", "add_informationrequest")
VIEW_IDENTITY = ("information_requests", "view_identity")
VIEW_REGISTER = ("information_requests", "view_register")
VIEW_OBJECTIONS = ("information_requests", "view_objection")
ADD_OBJECTIONS = ("information_requests", "add_objection")
ADD_FILES = ("information_requests", "add_outgoingfile")

ROLES = (
    Role(
        name=PETUGAS,
        duties=(
            "Petugas Layanan Informasi (meja layanan). Mencatat permohonan dan keberatan yang "
            "datang langsung, lewat surat, atau e-mail; memeriksa identitas pemohon; meminta "
            "pemohon melengkapi permohonan; meneruskan permohonan ke unit yang menguasai "
            "informasi; menyampaikan surat dan informasi kepada pemohon."
        ),
        model_permissions=(
            ADMIN_ACCESS,
            VIEW_REQUESTS,
            ADD_REQUESTS,
            VIEW_IDENTITY,
            VIEW_REGISTER,
            VIEW_OBJECTIONS,
            ADD_OBJECTIONS,
            ADD_FILES,
        ),
    ),
    Role(
        name=PPID,
        duties=(
            "Pejabat Pengelola Informasi dan Dokumentasi. Memutuskan permohonan (dikabulkan, "
            "ditolak dengan uji konsekuensi, tidak dikuasai, belum didokumentasikan) dan "
            "menandatangani pemberitahuan tertulis, surat perpanjangan, dan surat keputusan "
            "penolakan; memeriksa temuan pemindai privasi pada berkas untuk pemohon; mencatat "
            "sengketa informasi di Komisi Informasi."
        ),
        model_permissions=(ADMIN_ACCESS, VIEW_REQUESTS, VIEW_REGISTER, VIEW_OBJECTIONS, ADD_FILES),
    ),
    Role(
        name=ATASAN_PPID,
        duties=(
            "Atasan PPID. Memeriksa dan menanggapi keberatan secara tertulis paling lambat 30 "
            "hari kerja sejak keberatan diterima (UU 14/2008 Pasal 36)."
        ),
        model_permissions=(ADMIN_ACCESS, VIEW_REQUESTS, VIEW_REGISTER, VIEW_OBJECTIONS),
    ),
)

# The reference of standard texts (Naskah Baku, models.StandardText): the content and service
# roles who write letters and documents propose a text or a change; it counts once two
# approvers (approve_document: the Sub Koordinator, then the Koordinator) who neither wrote
# nor changed it released it (moderation.snippets).
STANDARD_TEXTS = (
    ("information_requests", "add_standardtext"),
    ("information_requests", "change_standardtext"),
    ("information_requests", "view_standardtext"),
)
ROLE_PERMISSIONS = {
    "Operator": STANDARD_TEXTS,
    "Sub Koordinator": STANDARD_TEXTS,
    "Koordinator": STANDARD_TEXTS,
    PPID: STANDARD_TEXTS,
}


def group_names(user) -> set[str]:
    if not (user and user.is_authenticated):
        return set()
    cached = getattr(user, "_service_group_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._service_group_names = cached
    return cached


def in_group(user, group: str) -> bool:
    """Membership of the role itself: being a superuser does not count."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return group in group_names(user)
