"""bookings keep a keyed hash and the masked form of the taxpayer's number, never the number; once per
service and day as a partial unique index

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

- ``bookings.taxpayer_id`` and ``booking_block_overrides.taxpayer_id`` (the full ID number or credit code)
  become ``taxpayer_key`` (HMAC-SHA256 of the number under a key derived from the installation secret,
  exactly as :func:`taxdesk.core.identity.taxpayer_key` computes it) and ``taxpayer_id_masked``
  (``1101**********002X``). The full column is dropped.
- ``uq_bookings_once_per_service_day``: one ``booked`` booking per taxpayer key, service and day. Bookings
  that already break it (made by two desks at the same moment before this index existed) are resolved
  first: the first one made stays booked, every later one is cancelled, its place given back and a
  ``cancelled`` event says why.

The old numbers still lie in freed pages (SQLite) and dead row versions (PostgreSQL) after this migration:
:func:`taxdesk.core.db.migrate.upgrade` rewrites the file or the tables once it has committed.
"""

import hashlib
import hmac
import re
import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

ONCE_A_DAY = "uq_bookings_once_per_service_day"
PURPOSE = b"taxpayer-id"  # identity.TAXPAYER_KEY_PURPOSE; written out so this migration never changes


def _key_of(secret: bytes, value: str) -> str:
    """identity.taxpayer_key(value, signing.derive_key(secret, "taxpayer-id")), frozen here."""
    derived = hmac.new(secret, PURPOSE, hashlib.sha256).digest()
    normalised = re.sub(r"[\s-]", "", value or "").upper()
    return hmac.new(derived, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


def _mask(value: str) -> str:
    """identity.mask_id, frozen here."""
    return value[:4] + "*" * (len(value) - 8) + value[-4:] if len(value) > 8 else "*" * len(value)


def _secret(bind) -> bytes:
    """The installation's signing secret; a database that has bookings but somehow no secret gets one now
    (``taxdesk init`` keeps a secret it finds)."""
    value = bind.execute(sa.text("SELECT value FROM settings WHERE key = 'signing_secret'")).scalar()
    if value is None:
        value = secrets.token_hex(32)
        bind.execute(
            sa.text("INSERT INTO settings (key, value) VALUES ('signing_secret', :value)"), {"value": value}
        )
    return bytes.fromhex(value)


def _hash_numbers(bind, table: str) -> None:
    rows = bind.execute(sa.text(f"SELECT id, taxpayer_id FROM {table}")).all()
    if not rows:
        return
    secret = _secret(bind)
    bind.execute(
        sa.text(f"UPDATE {table} SET taxpayer_key = :key, taxpayer_id_masked = :masked WHERE id = :id"),
        [{"id": row_id, "key": _key_of(secret, value), "masked": _mask(value)} for row_id, value in rows],
    )


def _cancel_duplicates(bind) -> None:
    """Keep the first-made open booking of each taxpayer, service and day; cancel the others (places given
    back, the reason in the trail)."""
    open_bookings = bind.execute(
        sa.text(
            "SELECT id, code, taxpayer_key, service_id, service_date FROM bookings "
            "WHERE status = 'booked' ORDER BY created_at, id"
        )
    ).all()
    first: dict[tuple, str] = {}
    later: list[tuple[int, str]] = []
    for booking_id, code, key, service_id, day in open_bookings:
        kept = first.setdefault((key, service_id, day), code)
        if kept != code:
            later.append((booking_id, kept))
    if not later:
        return
    now = datetime.now(UTC)
    at = now.replace(tzinfo=None) if bind.dialect.name == "sqlite" else now
    for booking_id, kept in later:
        bind.execute(
            sa.text(
                "UPDATE slot_bookings SET booked = booked - 1 WHERE booked > 0 "
                "AND point_id = (SELECT point_id FROM bookings WHERE id = :id) "
                "AND category_id = (SELECT category_id FROM bookings WHERE id = :id) "
                "AND slot_start = (SELECT slot_start FROM bookings WHERE id = :id)"
            ),
            {"id": booking_id},
        )
        bind.execute(sa.text("UPDATE bookings SET status = 'cancelled' WHERE id = :id"), {"id": booking_id})
        bind.execute(
            sa.text(
                "INSERT INTO booking_events (booking_id, kind, at, staff_id, detail) "
                "VALUES (:id, 'cancelled', :at, NULL, :detail)"
            ).bindparams(sa.bindparam("at", type_=sa.DateTime(timezone=True))),
            {
                "id": booking_id,
                "at": at,
                "detail": f"duplicate: {kept} was booked first for this taxpayer, service and day "
                "(cancelled by the upgrade to schema 0006)",
            },
        )


def upgrade() -> None:
    bind = op.get_bind()
    for table in ("bookings", "booking_block_overrides"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("taxpayer_key", sa.String(length=64), nullable=True))
            batch_op.add_column(sa.Column("taxpayer_id_masked", sa.String(length=18), nullable=True))
    _hash_numbers(bind, "bookings")
    _hash_numbers(bind, "booking_block_overrides")
    _cancel_duplicates(bind)

    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_index("ix_bookings_taxpayer")
        batch_op.drop_column("taxpayer_id")
        batch_op.alter_column("taxpayer_key", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("taxpayer_id_masked", existing_type=sa.String(length=18), nullable=False)
        batch_op.create_index("ix_bookings_taxpayer", ["taxpayer_key", "slot_start"], unique=False)
    op.create_index(
        ONCE_A_DAY,
        "bookings",
        ["taxpayer_key", "service_id", "service_date"],
        unique=True,
        sqlite_where=sa.text("status = 'booked'"),
        postgresql_where=sa.text("status = 'booked'"),
    )
    with op.batch_alter_table("booking_block_overrides", schema=None) as batch_op:
        batch_op.drop_index("ix_booking_block_overrides_taxpayer")
        batch_op.drop_column("taxpayer_id")
        batch_op.alter_column("taxpayer_key", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("taxpayer_id_masked", existing_type=sa.String(length=18), nullable=False)
        batch_op.create_index("ix_booking_block_overrides_taxpayer", ["taxpayer_key", "until"], unique=False)


def downgrade() -> None:
    raise NotImplementedError(
        "schema 0006 no longer holds taxpayers' ID numbers, so it cannot be taken back to 0005: "
        "restore a copy of the database made before the upgrade instead"
    )
