"""Every periodic job, seeded from code into django-celery-beat's tables after each migrate.

Only missing rows are created: a superuser's later change (time, enabled) is kept. Tasks are
named, never imported, so a schedule may point at an app that is not installed yet.
"""

from dataclasses import dataclass

TIME_ZONE = "Asia/Jakarta"


@dataclass(frozen=True)
class Schedule:
    name: str
    task: str
    minute: str
    hour: str
    day_of_month: str = "*"
    month_of_year: str = "*"
    description: str = ""


SCHEDULES = (
    Schedule(
        "Pemantauan integritas (harian)",
        "integrity.run_watch",
        minute="30",
        hour="1",
        description="Pemantauan integritas situs publik setiap malam.",
    ),
    Schedule(
        "Evaluasi bulanan C2",
        "sop_evaluations.run_monthly",
        minute="0",
        hour="2",
        day_of_month="1",
        description="C2: laporan bulan lalu (dan bulan yang terlewat) untuk Kepala Dinas/Lurah, "
        "dikirim lewat e-mail dengan PDF.",
    ),
    Schedule(
        "Evaluasi semesteran C1",
        "sop_evaluations.run_semiannual",
        minute="30",
        hour="2",
        day_of_month="1",
        month_of_year="1,7",
        description="C1: laporan semester lalu (dan semester yang terlewat) untuk Koordinator, "
        "dikirim lewat e-mail dengan PDF.",
    ),
    Schedule(
        "Pengingat SOP (harian)",
        "sop_evaluations.send_reminders",
        minute="0",
        hour="7",
        description="Pengingat: daftar konten triwulan, bulan tanpa unggahan, tinjauan yang "
        "menunggu, permintaan pengembangan yang macet. Paling banyak sekali per hal per hari.",
    ),
    Schedule(
        "Pengingat permohonan informasi (harian)",
        "information_requests.send_reminders",
        minute="5",
        hour="7",
        description="Pengingat: permohonan dan keberatan yang jatuh tempo dalam 2 hari kerja "
        "atau sudah lewat waktu, kepada Petugas Layanan Informasi, PPID, dan Atasan PPID.",
    ),
    Schedule(
        "Penghapusan data identitas pemohon (harian)",
        "information_requests.purge",
        minute="15",
        hour="1",
        description="Menghapus permohonan online yang tidak dikonfirmasi dan data identitas "
        "pemohon yang masa retensinya habis (INFORMATION_REQUESTS_RETENTION_YEARS).",
    ),
)


def seed_schedules(sender=None, using="default", **kwargs) -> None:
    """post_migrate: create the missing schedules (idempotent). The real models, not the
    migration state's, so django-celery-beat's signals tell a running beat."""
    from django_celery_beat.models import CrontabSchedule, PeriodicTask

    for schedule in SCHEDULES:
        if PeriodicTask.objects.using(using).filter(name=schedule.name).exists():
            continue
        crontab, _created = CrontabSchedule.objects.using(using).get_or_create(
            minute=schedule.minute,
            hour=schedule.hour,
            day_of_week="*",
            day_of_month=schedule.day_of_month,
            month_of_year=schedule.month_of_year,
            timezone=TIME_ZONE,
        )
        PeriodicTask.objects.using(using).create(
            name=schedule.name,
            task=schedule.task,
            crontab=crontab,
            description=schedule.description,
        )
