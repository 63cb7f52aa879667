"""Masked excerpts: a finding never carries the full value (logs, e-mails, reports, audit log)."""

import re
import string

ALNUM = re.compile(r"[^\W_]")
MAX_EXCERPT = 60
KEEP = 2
ASCII_ALNUM = string.ascii_letters + string.digits
STAR_BYTES = bytes.maketrans(ASCII_ALNUM.encode(), b"*" * len(ASCII_ALNUM))
DELETE_ALNUM = str.maketrans("", "", ASCII_ALNUM)


def mask_value(value: str, keep: int = KEEP) -> str:
    """Keep the first `keep` letters/digits and the punctuation; every other letter or digit
    becomes '*'. Values with no more than 2 * keep letters/digits are masked completely."""
    value = value[:MAX_EXCERPT]
    if not value.isascii():
        return mask_unicode(value, keep)
    if len(value) - len(value.translate(DELETE_ALNUM)) <= 2 * keep:
        return stars(value)
    cut = seen = 0
    while seen < keep:
        seen += value[cut] in ASCII_ALNUM
        cut += 1
    return value[:cut] + stars(value[cut:])


def mask_number(value: str, keep: int = KEEP) -> str:
    """mask_value for a number that starts with `keep` digits (the common case, fast)."""
    if len(value) > 2 * keep + 2 and value[:keep].isdigit() and value.isascii():
        if value.isdigit():
            return value[:keep] + "*" * (len(value) - keep)
        return value[:keep] + stars(value[keep:])
    return mask_value(value, keep)


def stars(value: str) -> str:
    """An ASCII string with every letter and digit written '*' (bytes.translate: 2x faster
    than str.translate)."""
    return value.encode().translate(STAR_BYTES).decode()


def mask_unicode(value: str, keep: int) -> str:
    marks = list(ALNUM.finditer(value))
    if len(marks) <= 2 * keep:
        return ALNUM.sub("*", value)
    cut = marks[keep - 1].end()
    return value[:cut] + ALNUM.sub("*", value[cut:])


def mask_email(value: str) -> str:
    """First character of the local part, then '*', then the domain: b***********@gmail.com."""
    local, _, domain = value.rpartition("@")
    if len(local) <= 1:
        return "*" * len(local) + "@" + domain
    return local[0] + "*" * (len(local) - 1) + "@" + domain
