"""Values that are public by design: the office's own contacts from site settings."""

import re
from dataclasses import dataclass, field

DIGITS = re.compile(r"\D")


def phone_key(value: str) -> str:
    """Digits of a phone number in national form: +62 812.., +62 (0)812.., 62812.., 0812.. all
    give 812..."""
    digits = DIGITS.sub("", value)
    for prefix in ("620", "62", "0"):
        if digits.startswith(prefix):
            return digits[len(prefix) :]
    return digits


@dataclass(frozen=True)
class AllowList:
    phones: frozenset[str] = field(default_factory=frozenset)  # phone_key() values
    emails: frozenset[str] = field(default_factory=frozenset)  # lower-case addresses

    @classmethod
    def from_contacts(cls, contacts: list[str]) -> "AllowList":
        emails = {value.strip().lower() for value in contacts if "@" in value}
        phones = {phone_key(value) for value in contacts if "@" not in value}
        return cls(frozenset(p for p in phones if p), frozenset(emails))

    def allows_phone(self, value: str) -> bool:
        return phone_key(value) in self.phones

    def allows_email(self, value: str) -> bool:
        return value.strip().lower() in self.emails
