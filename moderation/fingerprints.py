"""Keyed fingerprints of found values: a false positive can be matched without storing the
value, and the fingerprint cannot be reversed without the site's secret key."""

import hashlib
import hmac
import re

from django.conf import settings

NOT_ALNUM = re.compile(r"[\W_]+")


def value_fingerprint(page_id: int, kind: str, value: str) -> str:
    normalized = NOT_ALNUM.sub("", value).lower()
    message = f"{page_id}:{kind}:{normalized}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()
