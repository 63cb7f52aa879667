"""Structure checks of Indonesian identifiers (digits only, already extracted).

NIK (Nomor Induk Kependudukan), 16 digits: PP KK CC DDMMYY SSSS - province, regency and
district codes (Kemendagri), birth date with day + 40 for women, serial from 0001.
No. KK (Kartu Keluarga), 16 digits: the same area code, then the data-entry date (no + 40).
NIP (civil servant), 18 digits: YYYYMMDD birth date, YYYYMM appointment, gender 1/2, serial.
NPWP, 15 digits: the 9th digit is a Luhn check over the first 8 - the check python-stdnum's
`id.npwp` makes; computed here with a table (stdnum's generic Luhn is ~10x slower), and tested
against stdnum.
"""

import re

from .regions import AREAS

NON_DIGITS = re.compile(r"[^0-9]")

DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # the Luhn value of a doubled digit
# "DDMM" of every calendar day, and with day + 40 (a woman's NIK). 29 February also needs a
# year % 4 == 0 (two-digit years: 2000 was a leap year).
DAY_MONTHS = frozenset(
    f"{day:02d}{month:02d}"
    for month in range(1, 13)
    for day in range(1, DAYS_IN_MONTH[month - 1] + 1)
)
NIK_DAY_MONTHS = DAY_MONTHS | {
    f"{int(day_month[:2]) + 40}{day_month[2:]}" for day_month in DAY_MONTHS
}
LEAP_DAYS = frozenset({"2902", "6902"})


def is_date(day: int, month: int, year: int | None = None) -> bool:
    """A calendar date; with a two-digit or unknown year, 29 February needs a year % 4 == 0."""
    if not (1 <= month <= 12 and 1 <= day <= DAYS_IN_MONTH[month - 1]):
        return False
    return not (month == 2 and day == 29 and year is not None and year % 4)


def digits_of(value: str) -> str:
    """The ASCII digits of a number as written (str.replace is 4x faster than a regex for the
    usual separators; anything else falls back to the regex)."""
    digits = value.replace(" ", "").replace(".", "").replace("-", "")
    digits = digits.replace("(", "").replace(")", "").replace("+", "")
    if digits.isascii() and digits.isdigit():
        return digits
    return NON_DIGITS.sub("", value)


def is_area(digits: str) -> bool:
    """Province, regency and district parts of a NIK / No. KK (the first 6 digits)."""
    return digits[:4] in AREAS and digits[4:6] != "00"


def is_nik_head(digits: str) -> bool:
    """The first 12 digits of a NIK: area code and birth date (day + 40 for women)."""
    day_month = digits[6:10]
    return (
        len(digits) >= 12
        and day_month in NIK_DAY_MONTHS
        and is_area(digits)
        and (day_month not in LEAP_DAYS or digits[10:12].isdigit() and not int(digits[10:12]) % 4)
    )


def is_kk_head(digits: str) -> bool:
    """The first 12 digits of a No. KK: area code and a data-entry date (no + 40)."""
    day_month = digits[6:10]
    return (
        len(digits) >= 12
        and day_month in DAY_MONTHS
        and is_area(digits)
        and (day_month != "2902" or digits[10:12].isdigit() and not int(digits[10:12]) % 4)
    )


def nik_and_kk(digits: str) -> tuple[bool, bool]:
    """(is_nik, is_kk) of 16 digits, the area code looked up once (a man's NIK has a valid
    No. KK date too)."""
    if (
        len(digits) != 16
        or digits[:4] not in AREAS
        or digits[4:6] == "00"
        or digits[12:] == "0000"
        or (digits[6:10] in LEAP_DAYS and int(digits[10:12]) % 4)
    ):
        return False, False
    day_month = digits[6:10]
    return day_month in NIK_DAY_MONTHS, day_month in DAY_MONTHS


def is_nik(digits: str) -> bool:
    return len(digits) == 16 and is_nik_head(digits) and digits[12:] != "0000"


def is_kk(digits: str) -> bool:
    return len(digits) == 16 and is_kk_head(digits) and digits[12:] != "0000"


def is_nip(digits: str) -> bool:
    """18 digits YYYYMMDD YYYYMM G NNN with a plausible birth and appointment."""
    if len(digits) != 18 or not digits.isdigit():
        return False
    born, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    appointed, appointed_month = int(digits[8:12]), int(digits[12:14])
    return (
        1930 <= born <= 2010
        and is_date(day, month, born)
        and born + 15 <= appointed <= 2060
        and 1 <= appointed_month <= 12
        and digits[14] in "12"
        and digits[15:] != "000"
    )


def luhn_valid(digits: str) -> bool:
    """Whether a string of ASCII digits ends with a valid Luhn check digit."""
    total = sum(map(int, digits[-1::-2])) + sum(DOUBLED[int(digit)] for digit in digits[-2::-2])
    return total % 10 == 0


def npwp_check(digits: str) -> bool:
    """Luhn check over the first 9 digits of a 15-digit NPWP."""
    return len(digits) >= 9 and digits[:9].isdigit() and luhn_valid(digits[:9])


# A sole trader (UD, toko) often publishes its owner's own NPWP; but an NPWP whose first two
# digits are 01-03 is registered to a business entity (Wajib Pajak Badan; 04-09 are persons):
# on a sole trader's row it is the business's.
BADAN_TYPES = ("01", "02", "03")
TRADER_BEFORE = re.compile(r"(?<![A-Za-z])(?:ud|toko|pd)\.?\s+[a-z0-9]", re.IGNORECASE)


def trader_npwp(text: str, low: int, start: int, digits: str) -> bool:
    """Whether a 15-digit NPWP of a business entity follows a sole trader's name in
    text[low:start] (its row)."""
    return (
        len(digits) == 15
        and digits[:2] in BADAN_TYPES
        and TRADER_BEFORE.search(text, low, start) is not None
    )
