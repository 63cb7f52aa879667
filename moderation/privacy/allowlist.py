"""Values that are public by design: the office's own contacts, accounts and numbers.

The allow-list holds the office's phone numbers and e-mail addresses (site settings, PPID
contacts) and, from the office allow-list setting, other values published on purpose: the
office's NPWP, its bank accounts (the regional treasury account, RKUD), registration numbers,
the office's street address. A finding whose value is on the list is not reported:
- phone / email: compared as a phone key (national digits) / lower-case address;
- identifier kinds (nik, kk, npwp, bank_account, bpjs, passport): compared by digits (and
  letters) only, so "001.221.000123" and "001221000123" are the same value;
- address: allowed when the found address is part of an allowed text (compared lower-case,
  with spaces and punctuation folded).
A person's identifier (a NIK or No. KK by its structure, a BPJS card number) is never on the
list, whatever label surrounds it (`personal_identifiers`): the settings refuse it on save and
the list drops it if it got there another way.
"""

import re
from dataclasses import dataclass, field

from .structure import nik_and_kk

DIGITS = re.compile(r"\D")
NOT_ALNUM = re.compile(r"[^0-9a-z]+")
NUMBER_IN_TEXT = re.compile(r"[0-9](?:[ .\-]?[0-9]){5,}")
PHONE_SHAPE = re.compile(r"\+?[0-9\s().\-]{6,24}")


def personal_identifiers(value: str) -> list[str]:
    """Digit strings in `value` that are a person's NIK or No. KK by their structure alone
    (16 digits: area code, date, serial), or a BPJS Kesehatan card number (13 digits from
    000), whatever label surrounds them: "NIP 3171014708850003" is a NIK with a wrong label.
    Each number is checked as written, and the value's digits together."""
    candidates = [DIGITS.sub("", number) for number in NUMBER_IN_TEXT.findall(value)]
    candidates.append(DIGITS.sub("", value))
    return [
        digits
        for digits in dict.fromkeys(candidates)
        if any(nik_and_kk(digits)) or (len(digits) == 13 and digits.startswith("000"))
    ]


def phone_key(value: str) -> str:
    """Digits of a phone number in national form: +62 812.., +62 (0)812.., 62812.., 0812.. all
    give 812..."""
    digits = DIGITS.sub("", value)
    for prefix in ("620", "62", "0"):
        if digits.startswith(prefix):
            return digits[len(prefix) :]
    return digits


def number_key(value: str) -> str:
    """An identifier compared by its letters and digits only, lower case."""
    return NOT_ALNUM.sub("", value.lower())


def text_key(value: str) -> str:
    """A text compared with case, spaces and punctuation folded: 'Jl. Merdeka No. 1' ->
    'jl merdeka no 1'."""
    return " ".join(NOT_ALNUM.sub(" ", value.lower()).split())


@dataclass(frozen=True)
class AllowList:
    phones: frozenset[str] = field(default_factory=frozenset)  # phone_key() values
    emails: frozenset[str] = field(default_factory=frozenset)  # lower-case addresses
    numbers: frozenset[str] = field(default_factory=frozenset)  # number_key() values
    texts: tuple[str, ...] = ()  # text_key() values

    @classmethod
    def from_contacts(cls, contacts: list[str]) -> "AllowList":
        contacts = [value for value in contacts if not personal_identifiers(value)]
        emails = {value.strip().lower() for value in contacts if "@" in value}
        phones = {phone_key(value) for value in contacts if "@" not in value}
        return cls(frozenset(p for p in phones if p), frozenset(emails))

    @classmethod
    def from_values(cls, values: list[str]) -> "AllowList":
        """Any values, one per entry: an e-mail address, a number (phone, account, NPWP...:
        allowed both as a phone and as an identifier), or a text such as an address."""
        emails, phones, numbers, texts = set(), set(), set(), []
        for raw in values:
            value = raw.strip()
            if not value:
                continue
            if "@" in value and " " not in value:
                emails.add(value.lower())
            elif PHONE_SHAPE.fullmatch(value) or number_key(value).isdigit():
                numbers.add(number_key(value))
                if PHONE_SHAPE.fullmatch(value):
                    phones.add(phone_key(value))
            elif sum(char.isdigit() for char in value) >= 6 and len(value.split()) == 1:
                numbers.add(number_key(value))  # a passport or registration code: A1234567
            else:  # a text; a number in it ("BPD DIY 001.221.000.123") is allowed alone too
                texts.append(text_key(value))
                numbers.update(number_key(number) for number in NUMBER_IN_TEXT.findall(value))
        # A person's identifier never gets on the list, whatever label came with it.
        personal = {
            number_key(digits) for value in values for digits in personal_identifiers(value)
        }
        return cls(
            frozenset(p for p in phones if p and p not in personal),
            frozenset(emails),
            frozenset(n for n in numbers if n and n not in personal),
            tuple(t for t in texts if t),
        )

    def __or__(self, other: "AllowList") -> "AllowList":
        return AllowList(
            self.phones | other.phones,
            self.emails | other.emails,
            self.numbers | other.numbers,
            self.texts + tuple(t for t in other.texts if t not in self.texts),
        )

    def allows_phone(self, value: str) -> bool:
        return phone_key(value) in self.phones

    def allows_email(self, value: str) -> bool:
        return value.strip().lower() in self.emails

    def allows_number(self, value: str) -> bool:
        return bool(self.numbers) and number_key(value) in self.numbers

    def allows_text(self, value: str) -> bool:
        if not self.texts:
            return False
        key = text_key(value)
        return bool(key) and any(key in allowed for allowed in self.texts)
