"""Installation-wide settings kept in the database, shared by every desk on it.

Desk-local preferences (which printer, which point this PC serves) live in the GUI's QSettings instead.
"""

from __future__ import annotations

import base64
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from taxdesk.core.db.models import Setting

INSTALLATION_ID = "installation_id"
SIGNING_SECRET = "signing_secret"
BUREAU_NAME = "bureau_name"
GREEN_PREFIX = "green_prefix"
BOOKING_PREFIX = "booking_prefix"
TICKET_FOOTER = "ticket_footer"
NOSHOW_AFTER_RECALLS = "noshow_after_recalls"
ALERT_WAITING = "alert_waiting"
ALERT_WAIT_MIN = "alert_wait_min"
BOOKING_SLOT_MINUTES = "booking_slot_minutes"
BOOKING_DAYS_AHEAD = "booking_days_ahead"
BOOKING_SAME_DAY_HOURS = "booking_same_day_hours"
BOOKING_DEFAULT_CAPACITY = "booking_default_capacity"
BOOKING_PLACES_PER_WINDOW = "booking_places_per_window"
CHECKIN_EARLY_MIN = "checkin_early_min"
CHECKIN_LATE_MIN = "checkin_late_min"
NOSHOW_STRIKES = "noshow_strikes"
NOSHOW_WINDOW_DAYS = "noshow_window_days"
NOSHOW_BLOCK_DAYS = "noshow_block_days"
STAFFING_TARGET_SL = "staffing_target_sl"
STAFFING_TARGET_WAIT_MIN = "staffing_target_wait_min"
STAFFING_MAX_OCCUPANCY = "staffing_max_occupancy"
STAFFING_SHRINKAGE = "staffing_shrinkage"
AUDIT_RETENTION_MONTHS = "audit_retention_months"
ROSTER_CHANGE_WEIGHT = "roster_change_weight"

DEFAULTS = {
    BUREAU_NAME: "",
    GREEN_PREFIX: "V",
    BOOKING_PREFIX: "Y",
    TICKET_FOOTER: "请留意叫号，过号请到导税台重新激活",
    # A window may mark a no-show (过号) once the ticket has been called again this many times.
    NOSHOW_AFTER_RECALLS: "2",
    # The tidal-window trigger: alert when more than this many wait in a category (domain.md: "> 20") …
    ALERT_WAITING: "20",
    # … or when the longest wait in a category passes this many minutes.
    ALERT_WAIT_MIN: "30",
    # Appointments (预约办税; domain.md: book 1–5 working days ahead, or the same day 3 hours ahead) …
    BOOKING_SLOT_MINUTES: "30",
    BOOKING_DAYS_AHEAD: "5",
    BOOKING_SAME_DAY_HOURS: "3",
    # … places per slot and category where a point has none configured (0: not open for booking) …
    BOOKING_DEFAULT_CAPACITY: "0",
    # … and, where a published roster covers the slot, places per window it staffs for the category then
    # (never more than the configured places) …
    BOOKING_PLACES_PER_WINDOW: "1",
    # … check-in from 30 minutes before the slot (arrive 15 minutes early) to 15 minutes after its start …
    CHECKIN_EARLY_MIN: "30",
    CHECKIN_LATE_MIN: "15",
    # … and 3 no-shows within 30 days block booking for 30 days.
    NOSHOW_STRIKES: "3",
    NOSHOW_WINDOW_DAYS: "30",
    NOSHOW_BLOCK_DAYS: "30",
    # Windows needed per half-hour (Erlang C): 80 % served within 10 minutes, windows busy at most 85 % of
    # the time, and no shrinkage by default (a supervisor sets it for breaks and other duties).
    STAFFING_TARGET_SL: "0.8",
    STAFFING_TARGET_WAIT_MIN: "10",
    STAFFING_MAX_OCCUPANCY: "0.85",
    STAFFING_SHRINKAGE: "0",
    # The audit trail keeps entries this many months; never fewer than 6 (taxdesk.core.audit).
    AUDIT_RETENTION_MONTHS: "6",
    # A re-solve of a rostered week pays this for each assignment it changes (0: no preference for the
    # previous version); a window short for half an hour costs 100 (taxdesk.core.roster.hall).
    ROSTER_CHANGE_WEIGHT: "40",
}


def get(session: Session, key: str, default: str | None = None) -> str | None:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    if value is not None:
        return value
    return DEFAULTS.get(key, default)


def put(session: Session, key: str, value: str) -> None:
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value


def all_settings(session: Session) -> dict[str, str]:
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    return {**DEFAULTS, **stored}


def ensure_installation(session: Session) -> None:
    """Give a new database its installation ID and signing secret; existing ones are kept as they are.

    The secret is random per installation and lives only in this database: QR codes signed by one
    installation do not verify on another.
    """
    if get(session, INSTALLATION_ID) is None:
        put(session, INSTALLATION_ID, base64.b32encode(secrets.token_bytes(5)).decode("ascii"))
    if get(session, SIGNING_SECRET) is None:
        put(session, SIGNING_SECRET, secrets.token_hex(32))
