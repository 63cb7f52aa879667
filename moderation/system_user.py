"""The account the automatic privacy scan acts as, so the audit log names the scanner."""

from django.contrib.auth import get_user_model

SCANNER_USERNAME = "pemindai-privasi"


def scanner_user():
    user, created = get_user_model().objects.get_or_create(
        username=SCANNER_USERNAME,
        defaults={"first_name": "Pemindai", "last_name": "Privasi", "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user
