"""One demo user per SOP role and per role of the information service. Fictional names; work
e-mail addresses on the demo domain."""

import secrets
import string
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import CommandError

PASSWORD_LENGTH = 20
SYMBOLS = "-_.+@%"
PASSWORD_CLASSES = (string.ascii_lowercase, string.ascii_uppercase, string.digits, SYMBOLS)
EMAIL_DOMAIN = "contohkab.go.id"


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    first_name: str
    last_name: str


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: str
    password: str | None  # None when the password was not set in this run


DEMO_USERS = (
    DemoUser("operator", "Operator", "Sari", "Wulandari"),
    DemoUser("subkoordinator", "Sub Koordinator", "Budi", "Santoso"),
    DemoUser("koordinator", "Koordinator", "Rahmat", "Hidayat"),
    DemoUser("kepaladinas", "Kepala Dinas", "Dewi", "Lestari"),
    DemoUser("webdev", "Web Developer", "Andi", "Pratama"),
    DemoUser("petugas", "Petugas Layanan Informasi", "Lina", "Marlina"),
    DemoUser("ppid", "PPID", "Hadi", "Susanto"),
    DemoUser("atasanppid", "Atasan PPID", "Bambang", "Wijaya"),
)


def generate_password(length: int = PASSWORD_LENGTH) -> str:
    """A random password holding lower case, upper case, digits and symbols."""
    alphabet = "".join(PASSWORD_CLASSES)
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(length))
        if all(any(char in chars for char in candidate) for chars in PASSWORD_CLASSES):
            return candidate


def role_groups() -> dict[str, Group]:
    names = [user.role for user in DEMO_USERS]
    groups = {group.name: group for group in Group.objects.filter(name__in=names)}
    missing = sorted(set(names) - set(groups))
    if missing:
        raise CommandError(
            f"Grup peran tidak ditemukan: {', '.join(missing)}. Jalankan `manage.py migrate`."
        )
    return groups


def ensure_demo_users(password: str | None) -> list[DemoLogin]:
    """Create missing demo users and put each in its role group.

    `password` (from DEMO_PASSWORD) is set on every demo user. Without it, users created now
    share one generated password and existing users keep theirs.
    """
    groups = role_groups()
    generated: str | None = None
    logins = []
    for demo in DEMO_USERS:
        user, created = get_user_model().objects.get_or_create(
            username=demo.username,
            defaults={
                "first_name": demo.first_name,
                "last_name": demo.last_name,
                "email": f"{demo.username}@{EMAIL_DOMAIN}",
                "is_staff": False,
                "is_superuser": False,
            },
        )
        user.groups.add(groups[demo.role])
        new_password = password
        if new_password is None and created:
            generated = generated or generate_password()
            new_password = generated
        if new_password is not None:
            user.set_password(new_password)
            user.save(update_fields=["password"])
        logins.append(DemoLogin(demo.username, demo.role, new_password))
    return logins
