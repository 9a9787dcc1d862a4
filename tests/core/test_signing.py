"""Signed QR payloads: compact, versioned, and rejecting anything altered or foreign — with a reason."""

import re

import pytest

from taxdesk.core.signing import PayloadRejected, Signer

SECRET = "11" * 32
OTHER_SECRET = "22" * 32
FIELDS = ["HALL", "20261128", "A001", "1234"]


@pytest.fixture
def signer():
    return Signer("K7F3MZQA", SECRET)


def test_payload_is_compact_and_in_the_qr_alphanumeric_alphabet(signer):
    payload = signer.sign("T", FIELDS)
    assert payload.startswith("T1:K7F3MZQA:HALL:20261128:A001:1234:")
    assert re.fullmatch(r"[0-9A-Z:]+", payload)
    assert len(payload) < 80
    assert signer.verify(payload).fields == tuple(FIELDS)


def test_signing_is_deterministic(signer):
    assert signer.sign("T", FIELDS) == signer.sign("T", FIELDS)


def test_every_single_character_change_is_rejected(signer):
    payload = signer.sign("T", FIELDS)
    for i, char in enumerate(payload):
        if char == ":":
            continue
        replacement = "B" if char != "B" else "C"
        altered = payload[:i] + replacement + payload[i + 1 :]
        with pytest.raises(PayloadRejected) as rejected:
            signer.verify(altered)
        assert rejected.value.code in {
            "bad_signature",
            "other_installation",
            "malformed",
            "unsupported_version",
        }


def test_altered_field_is_a_bad_signature(signer):
    payload = signer.sign("T", FIELDS).replace(":A001:", ":A002:")
    with pytest.raises(PayloadRejected) as rejected:
        signer.verify(payload)
    assert rejected.value.code == "bad_signature"
    assert "altered or forged" in str(rejected.value)


def test_payload_of_another_installation_is_rejected_with_its_id(signer):
    foreign = Signer("ZZZZ2222", OTHER_SECRET).sign("T", FIELDS)
    with pytest.raises(PayloadRejected) as rejected:
        signer.verify(foreign)
    assert rejected.value.code == "other_installation"
    assert "ZZZZ2222" in str(rejected.value)


def test_same_id_but_another_secret_is_a_bad_signature(signer):
    forged = Signer("K7F3MZQA", OTHER_SECRET).sign("T", FIELDS)
    with pytest.raises(PayloadRejected) as rejected:
        signer.verify(forged)
    assert rejected.value.code == "bad_signature"


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("hello world", "malformed"),
        ("https://example.com/t/1", "malformed"),
        ("X1:K7F3MZQA:HALL:20261128:A001:1234:AAAA", "malformed"),
        ("T9:K7F3MZQA:HALL:20261128:A001:1234:AAAA", "unsupported_version"),
        ("T1:K7F3MZQA:HALL:20261128:A001:AAAA", "malformed"),
        ("T1:K7F3MZQA:HALL::A001:1234:AAAA", "malformed"),
    ],
)
def test_malformed_payloads_say_why(signer, payload, code):
    with pytest.raises(PayloadRejected) as rejected:
        signer.verify(payload)
    assert rejected.value.code == code
    assert str(rejected.value)


def test_fields_outside_the_alphabet_cannot_be_signed(signer):
    with pytest.raises(ValueError):
        signer.sign("T", ["hall", "20261128", "A001", "1"])
    with pytest.raises(ValueError):
        signer.sign("T", ["HALL", "20261128", "A001"])
