"""Who the taxpayer is: resident ID numbers, unified social credit codes, mobile numbers — checked, and masked
for display.

- 居民身份证号 (GB 11643-1999): 17 digits and a check character (0–9 or X), ISO 7064 MOD 11-2, with a real
  birth date in positions 7–14 and a known province in positions 1–2.
- 统一社会信用代码 (GB 32100-2015): 18 characters from the 31-character alphabet without I, O, Z, S and V;
  the 18th is a check character, MOD 31 with the standard's weights.

Personal information is protected by the PIPL: everything shown where the full value is not needed goes
through :func:`mask_id`, :func:`mask_name` and :func:`mask_phone`. Where a number must be recognised again
later (a taxpayer's bookings, their no-shows) but never read back, only :func:`taxpayer_key` is kept: a
keyed hash that says "the same number" and nothing else.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import date

from taxdesk.core import validate
from taxdesk.core.errors import InvalidInput

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"  # check character by (weighted sum mod 11)
PROVINCES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
    "71", "81", "82", "83",
}  # fmt: skip

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

MOBILE = re.compile(r"^1[3-9]\d{9}$")
NAME_MAX = 40  # tickets.taxpayer_name, bookings.taxpayer_name


@dataclass(frozen=True)
class TaxpayerId:
    """A checked identifier: ``kind`` is ``person`` (resident ID) or ``business`` (credit code)."""

    value: str
    kind: str

    @property
    def masked(self) -> str:
        return mask_id(self.value)


def clean_name(value: str | None, *, required: bool = False) -> str | None:
    """A taxpayer's name, stripped: at most :data:`NAME_MAX` characters and no control characters (keys
    ``name_required``, ``name_too_long``, ``text_control``); None when empty and not ``required``."""
    return validate.text(
        value, "name", limit=NAME_MAX, required=required, key="name_required", too_long_key="name_too_long"
    )


def _normalise(text: str) -> str:
    return re.sub(r"[\s-]", "", text or "").upper()


def resident_id_problem(value: str, today: date | None = None) -> tuple[str, str] | None:
    """Why ``value`` is not a valid resident ID number, as (reason key, words), or None."""
    if len(value) != 18:
        return "length", f"an ID number has 18 characters, this one has {len(value)}"
    if not value[:17].isdigit() or value[17] not in "0123456789X":
        return "format", "an ID number is 17 digits and a final digit or X"
    if value[:2] not in PROVINCES:
        return "province", f"no province has the code {value[:2]}"
    try:
        born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return "birth", f"{value[6:14]} is not a date of birth"
    if born.year < 1900 or born > (today or date.today()):
        return "birth", f"{born} is not a possible date of birth"
    expected = ID_CHECK[sum(int(d) * w for d, w in zip(value[:17], ID_WEIGHTS, strict=True)) % 11]
    if value[17] != expected:
        return "check", "the check character does not match: a digit was mistyped"
    return None


def credit_code_problem(value: str) -> tuple[str, str] | None:
    """Why ``value`` is not a valid unified social credit code, as (reason key, words), or None."""
    if len(value) != 18:
        return "length", f"a credit code has 18 characters, this one has {len(value)}"
    wrong = sorted({c for c in value if c not in USCC_ALPHABET})
    if wrong:
        return "alphabet", f"a credit code never contains {''.join(wrong)}"
    if not value[2:8].isdigit():
        return "region", "characters 3 to 8 of a credit code are the region code's digits"
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(value[:17], USCC_WEIGHTS, strict=True))
    expected = USCC_ALPHABET[(31 - total % 31) % 31]
    if value[17] != expected:
        return "check", "the check character does not match: a character was mistyped"
    return None


def parse_taxpayer_id(text: str, today: date | None = None, *, kind: str | None = None) -> TaxpayerId:
    """A resident ID number (``kind="person"``) or a credit code (``kind="business"``), checked;
    :class:`InvalidInput` says precisely what is wrong.

    Without ``kind`` the value's shape decides. A mistyped ID number whose birth date was hit by the typo
    is no longer shaped like one, and one such value in 31 then passes as a credit code: desks that know
    which it is (the booking form asks) pass ``kind``.
    """
    value = _normalise(text)
    if not value:
        raise InvalidInput("the ID number or credit code is missing", key="id_missing", field="id_number")
    if kind == "person":
        problem = resident_id_problem(value, today)
        if problem is None:
            return TaxpayerId(value, "person")
        reason, words = problem
        raise InvalidInput(f"invalid ID number: {words}", key=f"id_{reason}", field="id_number", value=value)
    if kind == "business":
        problem = credit_code_problem(value)
        if problem is None:
            return TaxpayerId(value, "business")
        reason, words = problem
        raise InvalidInput(
            f"invalid credit code: {words}", key=f"credit_{reason}", field="id_number", value=value
        )
    as_person = resident_id_problem(value, today)
    if as_person is None:
        return TaxpayerId(value, "person")
    if as_person[0] in ("check", "length") and _id_shaped(value, today):
        # A province, 17 digits and a real birth date: a mistyped ID number, never read as a credit code
        # (one mistyped ID in 31 would otherwise pass the credit code's check by chance).
        reason, words = as_person
        raise InvalidInput(f"invalid ID number: {words}", key=f"id_{reason}", field="id_number", value=value)
    as_business = credit_code_problem(value)
    if as_business is None:
        return TaxpayerId(value, "business")
    # Neither: explain it as what it most looks like (an ID number is all digits and starts with a province).
    if value[:17].isdigit() and value[:2] in PROVINCES:
        reason, words = as_person
        raise InvalidInput(f"invalid ID number: {words}", key=f"id_{reason}", field="id_number", value=value)
    reason, words = as_business
    raise InvalidInput(
        f"invalid credit code: {words}", key=f"credit_{reason}", field="id_number", value=value
    )


def _id_shaped(value: str, today: date | None) -> bool:
    if len(value) != 18 or not value[:17].isdigit() or value[:2] not in PROVINCES:
        return False
    try:
        born = date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year and born <= (today or date.today())


def parse_mobile(text: str | None, *, required: bool = False) -> str | None:
    """A mainland mobile number (spaces and dashes allowed), or :class:`InvalidInput`."""
    value = re.sub(r"[\s-]", "", text or "")
    if not value:
        if required:
            raise InvalidInput("the mobile number is missing", key="phone_missing", field="phone")
        return None
    if not MOBILE.match(value):
        shown = value if len(value) <= 20 else value[:20] + "…"
        raise InvalidInput(
            f"{shown!r} is not a mainland mobile number (11 digits starting with 1)",
            key="phone_invalid",
            field="phone",
            phone=shown,
        )
    return value


TAXPAYER_KEY_PURPOSE = "taxpayer-id"  # the installation secret's key for taxpayer_key (signing.derive_key)


def taxpayer_key(value: str, key: bytes) -> str:
    """The keyed hash kept instead of an ID number or credit code: HMAC-SHA256 of the normalised value
    (no spaces or dashes, upper case) under ``key``, as 64 hex digits.

    ``key`` is derived from the installation secret for :data:`TAXPAYER_KEY_PURPOSE`: the same number gives
    the same key on every desk of the installation, and nothing without the secret can test a guess
    against it (ID numbers are far too few for an unkeyed hash to hide them).
    """
    return hmac.new(key, _normalise(value).encode("utf-8"), hashlib.sha256).hexdigest()


def mask_id(value: str | None) -> str | None:
    """330102199001011234 → 3301**********1234."""
    if not value:
        return None
    return value[:4] + "*" * (len(value) - 8) + value[-4:] if len(value) > 8 else "*" * len(value)


def mask_name(name: str | None) -> str | None:
    """张三 → 张*, 张小三 → 张*三."""
    if not name:
        return None
    if len(name) <= 2:
        return name[0] + "*" * (len(name) - 1)
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_phone(phone: str | None) -> str | None:
    """13812345678 → 138****5678."""
    if not phone:
        return None
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:] if len(phone) > 7 else "*" * len(phone)
