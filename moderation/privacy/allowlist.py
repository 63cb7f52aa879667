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
the list drops it if it got there another way. The same holds for a private person's contact
(`private_contacts`): an address at a personal mail provider (gmail, yahoo...) and a mobile
number (08.., +628..) are never allowed; an office allows its own institutional contacts
(landline, hotline, an address at its own domain), and its WhatsApp service number comes from
the reviewed PPID settings, not from this list.
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


# Mail providers where anyone opens an address: never an office's institutional address.
PERSONAL_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.id",
        "ymail.com",
        "rocketmail.com",
        "hotmail.com",
        "hotmail.co.id",
        "outlook.com",
        "outlook.co.id",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.com",
        "gmx.net",
        "mail.com",
        "zoho.com",
        "yandex.com",
        "yandex.ru",
        "tutanota.com",
        "tuta.io",
        "rediffmail.com",
        "qq.com",
        "163.com",
        "mail.ru",
    }
)
# Domains only public bodies (and their schools, universities, forces, villages) are given.
INSTITUTIONAL_MAIL_SUFFIXES = (".go.id", ".desa.id", ".mil.id", ".ac.id", ".sch.id")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
PHONE_IN_TEXT = re.compile(r"\+?[0-9](?:[ .\-()]{0,2}[0-9]){7,15}")


def mail_domain(address: str) -> str:
    return address.strip().rsplit("@", 1)[-1].lower().rstrip(".")


def is_personal_mail(address: str) -> bool:
    """An address at a provider where anyone opens one (gmail.com, yahoo.co.id...)."""
    domain = mail_domain(address)
    return any(domain == d or domain.endswith("." + d) for d in PERSONAL_MAIL_DOMAINS)


def is_institutional_mail(address: str, own_domains: frozenset[str] = frozenset()) -> bool:
    """An address at a public body's domain (.go.id, .desa.id...) or at one of the office's
    own domains (`own_domains`: those of its approved official e-mail)."""
    domain = mail_domain(address)
    if is_personal_mail(address):
        return False
    return domain.endswith(INSTITUTIONAL_MAIL_SUFFIXES) or any(
        domain == own or domain.endswith("." + own) for own in own_domains
    )


def is_mobile_number(value: str) -> bool:
    """An Indonesian mobile number as written: 08.., +62 8.., 62 8.., +62 (0)8.. (8 to 12
    digits after the 8). 0800/0804/0809 (toll-free, universal access, premium) are not
    mobile. A number written without 0 or 62 in front (a bank account) is not taken for one."""
    digits = DIGITS.sub("", value)
    for prefix in ("6208", "628", "08"):
        if digits.startswith(prefix):
            rest = digits[len(prefix) - 1 :]  # from the 8
            return not rest.startswith("80") and 9 <= len(rest) <= 13
    return False


def private_contacts(value: str) -> list[str]:
    """The contacts of a private person in `value`: addresses at personal mail providers and
    mobile numbers, alone or inside a text."""
    found = [address for address in EMAIL_IN_TEXT.findall(value) if is_personal_mail(address)]
    text = EMAIL_IN_TEXT.sub(" ", value)
    found += [number for number in PHONE_IN_TEXT.findall(text) if is_mobile_number(number)]
    return found


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
        # A person's identifier or contact never gets on the list, whatever label came with it.
        personal = {
            number_key(digits) for value in values for digits in personal_identifiers(value)
        }
        for value in values:
            for contact in private_contacts(value):
                if "@" in contact:
                    emails.discard(contact.lower())
                else:
                    personal.add(number_key(contact))
                    phones.discard(phone_key(contact))
        return cls(
            frozenset(p for p in phones if p and p not in personal),
            frozenset(e for e in emails if not is_personal_mail(e)),
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
