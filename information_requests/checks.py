"""`check --deploy`: the requesters' identity cannot be stored without an encryption key."""

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def encryption_keys(app_configs, **kwargs):
    keys = getattr(settings, "INFORMATION_REQUESTS_KEYS", None) or []
    if not keys:
        return [
            Error(
                "INFORMATION_REQUESTS_KEYS is not set.",
                hint="Generate one with: python -c 'from cryptography.fernet import Fernet; "
                "print(Fernet.generate_key().decode())'",
                id="information_requests.E001",
            )
        ]
    for key in keys:
        try:
            Fernet(key)
        except (ValueError, TypeError):
            return [
                Error(
                    "A key in INFORMATION_REQUESTS_KEYS is not a Fernet key.",
                    id="information_requests.E002",
                )
            ]
    return []
