"""`check --deploy`: the requesters' identity cannot be stored without an encryption key.
Every check: the text in pictures cannot be compared with exempt information without
tesseract (picture_text)."""

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security)
def picture_text_reader(app_configs, **kwargs):
    """An Error where EXEMPT_PICTURE_TEXT_REQUIRED (production), a Warning elsewhere (`make
    run` and the demo work without tesseract; pictures then pass on their pixels alone)."""
    from .picture_text import required, tesseract_ready

    if tesseract_ready():
        return []
    message = (
        "tesseract (with the ind and eng data) is not installed: the text in pictures (a "
        "scanned letter, a screenshot) cannot be compared with exempt information."
    )
    hint = "sudo apt-get install -y tesseract-ocr tesseract-ocr-ind"
    if required():
        return [Error(message, hint=hint, id="information_requests.E003")]
    return [Warning(message, hint=hint, id="information_requests.W003")]


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
