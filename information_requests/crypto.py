"""Encryption at rest of the requester's identity (number and file) and of every private file.

Keys come from `settings.INFORMATION_REQUESTS_KEYS`: a list of Fernet keys, the first one
encrypts, all of them decrypt (MultiFernet), so a key is rotated by putting a new key first,
running `manage.py rotate_request_keys`, then removing the old key. Production reads the keys
from the environment (`INFORMATION_REQUESTS_KEYS`, comma-separated); only the dev and test
settings hold a fixed key.

Private files (identity documents, letters, files handed to requesters) are stored encrypted
under `settings.INFORMATION_REQUESTS_PRIVATE_ROOT`, outside MEDIA_ROOT: nothing there is ever
served by the web server, only by the permission-checked views of this app.
"""

import secrets
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage
from django.db import models

from integrity.storage import remember_write

__all__ = ["InvalidToken"]
TOKEN_PREFIX = "gAAAAA"  # noqa: S105 - every Fernet token (version 0x80, a timestamp) starts so


def keys() -> list[bytes]:
    raw = getattr(settings, "INFORMATION_REQUESTS_KEYS", None) or []
    if isinstance(raw, str):
        raw = [part.strip() for part in raw.split(",") if part.strip()]
    if not raw:
        raise ImproperlyConfigured(
            "INFORMATION_REQUESTS_KEYS is not set: the requesters' identity cannot be encrypted."
        )
    return [key.encode() if isinstance(key, str) else key for key in raw]


def cipher() -> MultiFernet:
    return MultiFernet([Fernet(key) for key in keys()])


def encrypt(data: bytes) -> bytes:
    return cipher().encrypt(data)


def decrypt(token: bytes) -> bytes:
    return cipher().decrypt(token)


def rotate(token: bytes) -> bytes:
    """The same plaintext encrypted with the first (current) key."""
    return cipher().rotate(token)


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token: the database (and every dump of it) holds no clear text.
    It cannot be searched or filtered on; masked copies for lists are computed in Python."""

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return value
        return decrypt(value.encode()).decode()

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return encrypt(value.encode()).decode()

    def value_to_string(self, obj):
        """Serialized (dumpdata, the backup) as the token, never the clear text."""
        value = self.value_from_object(obj)
        return encrypt(value.encode()).decode() if value else value

    def to_python(self, value):
        """A token (from a serialized backup) is decrypted; clear text stays as it is."""
        if isinstance(value, str) and value.startswith(TOKEN_PREFIX):
            try:
                return decrypt(value.encode()).decode()
            except InvalidToken:
                return value
        return value


BOUND = "|"


def bind(pk, value):
    """`value` bound to the row `pk` (the plaintext an EncryptedTextField encrypts)."""
    return f"{pk}{BOUND}{value}" if value and pk is not None else value


def unbind(pk, value):
    """The value of a secret bound to the row `pk`; "" when it is bound to another row or to
    none (a token copied between rows, or never bound): it then matches nothing."""
    if not value:
        return value
    prefix = f"{pk}{BOUND}"
    return value[len(prefix) :] if pk is not None and value.startswith(prefix) else ""


def private_root() -> Path:
    return Path(settings.INFORMATION_REQUESTS_PRIVATE_ROOT)


def save_private(content: bytes, folder: str) -> str:
    """Encrypt and store `content`; returns its name (relative to the private root)."""
    name = f"{folder}/{secrets.token_hex(16)}.bin"
    path = private_root() / name
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with open(path, "xb") as handle:
        handle.write(encrypt(content))
    path.chmod(0o600)
    # A request that fails after this (its row rolled back) leaves no file without its row.
    remember_write(FileSystemStorage(location=private_root()), name)
    return name


def read_private(name: str) -> bytes:
    return decrypt((private_root() / safe_name(name)).read_bytes())


def delete_private(name: str) -> None:
    if name:
        (private_root() / safe_name(name)).unlink(missing_ok=True)


def rotate_private(name: str) -> None:
    path = private_root() / safe_name(name)
    if path.exists():
        path.write_bytes(rotate(path.read_bytes()))


def safe_name(name: str) -> str:
    if not name or name.startswith("/") or ".." in Path(name).parts:
        raise ValueError("unsafe private file name")
    return name
