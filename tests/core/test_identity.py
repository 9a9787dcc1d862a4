"""Resident ID numbers and unified social credit codes: public valid examples and mutated ones."""

from __future__ import annotations

from datetime import date

import pytest

from taxdesk.core.errors import InvalidInput
from taxdesk.core.identity import (
    credit_code_problem,
    mask_id,
    parse_mobile,
    parse_taxpayer_id,
    resident_id_problem,
)

# The worked example of GB 11643-1999 and the one printed in GB 32100-2015.
VALID_IDS = ["11010519491231002X", "440524198001010013", "330102199003077114"]
VALID_CODES = ["91350100M000100Y43"]


def test_the_standards_examples_are_valid():
    assert resident_id_problem("11010519491231002X") is None
    assert credit_code_problem("91350100M000100Y43") is None
    for value in VALID_IDS:
        assert parse_taxpayer_id(value).kind == "person", value
    for value in VALID_CODES:
        assert parse_taxpayer_id(value).kind == "business"


@pytest.mark.parametrize("value", VALID_IDS + VALID_CODES)
def test_every_single_character_change_is_caught(value):
    """Every one-character typo within the identifier's own alphabet (what a keyboard slip gives)."""
    kind = "person" if value in VALID_IDS else "business"
    alphabet = "0123456789X" if kind == "person" else "0123456789ABCDEFGHJKLMNPQRTUWXY"
    for i, char in enumerate(value):
        for other in alphabet:
            if other == char:
                continue
            mutated = value[:i] + other + value[i + 1 :]
            with pytest.raises(InvalidInput):
                parse_taxpayer_id(mutated, today=date(2026, 11, 28), kind=kind)


def test_adjacent_transpositions_are_caught():
    for value in VALID_IDS + VALID_CODES:
        kind = "person" if value in VALID_IDS else "business"
        for i in range(len(value) - 1):
            swapped = value[:i] + value[i + 1] + value[i] + value[i + 2 :]
            if swapped == value:
                continue
            with pytest.raises(InvalidInput):
                parse_taxpayer_id(swapped, kind=kind)


def test_without_a_kind_a_typo_that_keeps_the_birth_date_is_still_an_id_error():
    with pytest.raises(InvalidInput) as refused:
        parse_taxpayer_id("110105194912310021")  # check character mistyped
    assert refused.value.key == "id_check"


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("", "id_missing"),
        ("1101051949123100", "id_length"),
        ("990105194912310027", "credit_check"),  # not a province: read as a credit code
        ("110105194902300021", "id_birth"),  # 30 February
        ("110105203001010011", "id_birth"),  # born in the future
        ("110105194912310021", "id_check"),
        ("91350100M000100Y4", "credit_length"),
        ("9135O100M000100Y43", "credit_alphabet"),
        ("91ABCDEFM000100Y43", "credit_region"),
        ("91350100M000100Y44", "credit_check"),
    ],
)
def test_each_mistake_gets_its_own_reason(value, key):
    with pytest.raises(InvalidInput) as refused:
        parse_taxpayer_id(value, today=date(2026, 11, 28))
    assert refused.value.key == key
    assert refused.value.params["field"] == "id_number"


def test_spaces_dashes_and_lower_case_are_tolerated():
    assert parse_taxpayer_id(" 110105 19491231 002x ").value == "11010519491231002X"
    assert parse_taxpayer_id("91350100-m000100y43").value == "91350100M000100Y43"


def test_mobile_numbers_and_masks():
    assert parse_mobile("138 1234-5678") == "13812345678"
    assert parse_mobile("") is None
    for bad in ("12812345678", "1381234567", "138123456789", "0571-8888888"):
        with pytest.raises(InvalidInput) as refused:
            parse_mobile(bad)
        assert refused.value.key == "phone_invalid"
    with pytest.raises(InvalidInput):
        parse_mobile("", required=True)
    assert mask_id("11010519491231002X") == "1101**********002X"
