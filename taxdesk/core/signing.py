"""Compact, versioned, signed payloads for QR codes (tickets now, booking slips later).

Layout, all in the QR alphanumeric alphabet (upper-case letters, digits and ``:``) so the code stays small::

    T1:K7F3MZQA:HALL:20261128:A001:1234:MFRGGZDFMZTWQ2LKNNWG23TPOA
    │  │        └── fields of the kind ──┘ └── signature ─────────┘
    │  └ installation ID
    └ kind letter and format version

The signature is HMAC-SHA256 over everything before the last colon, keyed with the installation's secret,
truncated to 128 bits (RFC 2104 §5 allows truncation to at least half the hash) and base32-encoded.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

SIGNATURE_BYTES = 16
_ALLOWED = re.compile(r"^[0-9A-Z:]+$")
_FIELD = re.compile(r"^[0-9A-Z]+$")
SEPARATOR = ":"

# kind letter -> (current version, number of fields)
KINDS = {"T": (1, 4), "B": (1, 4)}


class PayloadRejected(Exception):
    """The payload is not a valid code of this installation; ``code`` says why, ``str()`` in words."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class VerifiedPayload:
    kind: str
    version: int
    installation_id: str
    fields: tuple[str, ...]


class Signer:
    """Signs and verifies payloads for one installation."""

    def __init__(self, installation_id: str, secret_hex: str):
        self.installation_id = installation_id
        self._key = bytes.fromhex(secret_hex)

    def derive_key(self, purpose: str) -> bytes:
        """A key of its own for another use of the installation secret (HMAC-SHA256 of ``purpose`` under the
        secret), so the signing key itself is used for nothing but signatures."""
        return derive_key(self._key, purpose)

    def _signature(self, message: str) -> str:
        digest = hmac.new(self._key, message.encode("ascii"), hashlib.sha256).digest()[:SIGNATURE_BYTES]
        return base64.b32encode(digest).decode("ascii").rstrip("=")

    def sign(self, kind: str, fields: list[str]) -> str:
        version, count = KINDS[kind]
        if len(fields) != count or not all(_FIELD.match(f) for f in fields):
            raise ValueError(f"payload of kind {kind} needs {count} upper-case alphanumeric fields: {fields}")
        message = SEPARATOR.join([f"{kind}{version}", self.installation_id, *fields])
        return f"{message}{SEPARATOR}{self._signature(message)}"

    def verify(self, payload: str, kind: str | None = None) -> VerifiedPayload:
        """The parsed payload, or :class:`PayloadRejected` saying exactly what is wrong with it."""
        payload = payload.strip()
        if not payload:
            raise PayloadRejected("empty", "the code is empty")
        if not _ALLOWED.match(payload):
            raise PayloadRejected("malformed", "not a TaxDesk code (unexpected characters)")
        parts = payload.split(SEPARATOR)
        head = parts[0]
        if len(head) < 2 or head[0] not in KINDS or not head[1:].isdigit():
            raise PayloadRejected("malformed", "not a TaxDesk code (unknown header)")
        code_kind, version = head[0], int(head[1:])
        if kind is not None and code_kind != kind:
            raise PayloadRejected("wrong_kind", f"this is not a {describe_kind(kind)} code")
        expected_version, count = KINDS[code_kind]
        if version != expected_version:
            raise PayloadRejected("unsupported_version", f"code format version {version} is not supported")
        if len(parts) != count + 3 or not all(parts):
            raise PayloadRejected("malformed", "the code is incomplete or has extra parts")
        installation_id, fields, signature = parts[1], tuple(parts[2:-1]), parts[-1]
        if installation_id != self.installation_id:
            raise PayloadRejected(
                "other_installation", f"issued by another TaxDesk installation ({installation_id})"
            )
        message = payload[: payload.rfind(SEPARATOR)]
        if not hmac.compare_digest(signature, self._signature(message)):
            raise PayloadRejected(
                "bad_signature", "the signature does not match: the code was altered or forged"
            )
        return VerifiedPayload(code_kind, version, installation_id, fields)


def derive_key(secret: bytes, purpose: str) -> bytes:
    """HMAC-SHA256(secret, purpose): one installation secret, an independent key per purpose."""
    return hmac.new(secret, purpose.encode("ascii"), hashlib.sha256).digest()


def describe_kind(kind: str) -> str:
    return {"T": "ticket", "B": "booking"}.get(kind, kind)
