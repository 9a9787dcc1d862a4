"""The TaxDesk schema as typed SQLAlchemy 2 models.

The schema itself is created and changed only by the Alembic migrations in ``migrations/``; a test checks
that these models and the migrations agree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names, so migrations can refer to them on both SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """An aware datetime stored as UTC.

    PostgreSQL keeps it as ``timestamptz``; SQLite has no time zones, so the UTC wall time is stored and the
    zone re-attached on reading. Naive datetimes are refused on the way in.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: TaxDesk only stores timezone-aware times")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Installation-wide settings shared by every desk on this database (key → text value)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ServicePoint(Base):
    """A place that serves taxpayers: the county hall, a township 丰收微税厅 or the 银税e站."""

    __tablename__ = "service_points"
    __table_args__ = (CheckConstraint("kind IN ('hall', 'township', 'bank_station')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(16))
    township: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(160))
    opening_hours: Mapped[str | None] = mapped_column(String(80))
    bank_partner: Mapped[str | None] = mapped_column(String(80))
    contact: Mapped[str | None] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    windows: Mapped[list[Window]] = relationship(back_populates="point", order_by="Window.number")


class Category(Base):
    """A queue category (综合服务, 发票业务 …); its prefix starts every walk-in ticket number of the queue."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(60))
    prefix: Mapped[str] = mapped_column(String(2), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    services: Mapped[list[Service]] = relationship(back_populates="category", order_by="Service.sort_order")


class Service(Base):
    """One of the catalogue's services (代开增值税发票, 社保费缴纳 …)."""

    __tablename__ = "services"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(80))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    avg_handling_min: Mapped[float] = mapped_column()
    documents: Mapped[str | None] = mapped_column(Text)
    hall_only: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    category: Mapped[Category] = relationship(back_populates="services")


class PointService(Base):
    """Which services a point offers."""

    __tablename__ = "point_services"

    point_id: Mapped[int] = mapped_column(
        ForeignKey("service_points.id", ondelete="CASCADE"), primary_key=True
    )
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id", ondelete="CASCADE"), primary_key=True)


WINDOW_STATES = ("closed", "open", "paused")


class Window(Base):
    """A service window (or a township counter) at a point, and who staffs it right now.

    The ticket it is serving is not stored here: it is the ticket called to this window and not yet
    finished (``tickets.window_id`` with status called or serving).
    """

    __tablename__ = "windows"
    __table_args__ = (
        UniqueConstraint("point_id", "number"),
        CheckConstraint("state IN ('closed', 'open', 'paused')", name="state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(40))
    is_tidal: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    state: Mapped[str] = mapped_column(String(16), default="closed", server_default="closed")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    state_since: Mapped[datetime | None] = mapped_column(UTCDateTime)

    point: Mapped[ServicePoint] = relationship(back_populates="windows")
    categories: Mapped[list[Category]] = relationship(secondary="window_categories")


class WindowCategory(Base):
    """The queue categories a window serves (its skills)."""

    __tablename__ = "window_categories"

    window_id: Mapped[int] = mapped_column(ForeignKey("windows.id", ondelete="CASCADE"), primary_key=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True
    )


class Staff(Base):
    """An officer or agent: hall staff, rotating branch staff (分局轮值人员) or a township agent (代办员)."""

    __tablename__ = "staff"
    __table_args__ = (CheckConstraint("home_unit IN ('hall', 'branch', 'township')", name="home_unit"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    home_unit: Mapped[str] = mapped_column(String(16))
    point_id: Mapped[int | None] = mapped_column(ForeignKey("service_points.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)  # JPEG or PNG, for the rating pad at the window
    # The rostering contract beside roster_rules: the ISO weekdays they work ("12345": Monday to Friday)
    # and whether they work half days (上午/下午) rather than whole days.
    working_days: Mapped[str] = mapped_column(String(7), default="12345", server_default="12345")
    half_days: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    categories: Mapped[list[Category]] = relationship(secondary="staff_categories")
    # The roles they hold (staff_roles), loaded with the person.
    role_rows: Mapped[list[StaffRole]] = relationship(lazy="selectin", cascade="all, delete-orphan")

    @property
    def roles(self) -> frozenset[str]:
        return frozenset(row.role for row in self.role_rows)


ROLES = ("admin", "supervisor", "front_desk", "window", "agent")


class StaffRole(Base):
    """A role a person holds (one person may hold several): administrator, hall supervisor (值班长),
    front-desk officer, window officer, township agent."""

    __tablename__ = "staff_roles"
    __table_args__ = (
        CheckConstraint("role IN ('admin', 'supervisor', 'front_desk', 'window', 'agent')", name="role"),
    )

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)


class Account(Base):
    """How a person signs in: the password as a salted scrypt hash (its parameters and salt in the
    string), whether it must be changed at the next sign-in (new or reset), failed attempts in a row and
    the lock they led to. A person without a row cannot sign in."""

    __tablename__ = "accounts"
    __table_args__ = (CheckConstraint("failed_attempts >= 0", name="failed_attempts"),)

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    must_change: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(Base):
    """One entry of the audit trail (审计日志): who (a staff code, or ``system``), when, from which PC, what
    kind of thing to which object, the values before and after (JSON, personal data masked), and a hash
    over all of it and the previous entry's hash. ``prev_hash`` is unique, so the entries form one chain
    even when several desks write at once (the loser of a race retries on the new head)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(40))
    host: Mapped[str] = mapped_column(String(100), default="", server_default="")
    kind: Mapped[str] = mapped_column(String(40), index=True)
    object: Mapped[str] = mapped_column(String(200), default="", server_default="")
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class StaffCategory(Base):
    """The queue categories an officer is qualified for."""

    __tablename__ = "staff_categories"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True
    )


class TicketCounter(Base):
    """The last number handed out per point, business day and queue prefix.

    Incremented with one atomic UPSERT inside the transaction that inserts the ticket, so concurrent desks
    can neither share a number nor skip one.
    """

    __tablename__ = "ticket_counters"

    point_id: Mapped[int] = mapped_column(
        ForeignKey("service_points.id", ondelete="CASCADE"), primary_key=True
    )
    service_date: Mapped[date] = mapped_column(Date, primary_key=True)
    prefix: Mapped[str] = mapped_column(String(2), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


TICKET_CHANNELS = ("walk_in", "green", "booking")
TICKET_STATUSES = ("waiting", "called", "serving", "finished", "no_show", "cancelled")


class Ticket(Base):
    """A queue ticket; its current state is kept here, its history in ``ticket_events``."""

    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("point_id", "service_date", "prefix", "seq", name="uq_tickets_number"),
        CheckConstraint("channel IN ('walk_in', 'green', 'booking')", name="channel"),
        CheckConstraint(
            "status IN ('waiting', 'called', 'serving', 'finished', 'no_show', 'cancelled')", name="status"
        ),
        Index("ix_tickets_queue", "point_id", "service_date", "status", "category_id"),
        Index("ix_tickets_service_times", "point_id", "category_id", "finished_at"),
        Index("ix_tickets_window", "window_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    service_date: Mapped[date] = mapped_column(Date)
    prefix: Mapped[str] = mapped_column(String(2))
    seq: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="waiting")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id", ondelete="SET NULL"))
    # What the printed ticket promised, kept so a reprint shows the same and estimates can be audited.
    ahead_at_issue: Mapped[int] = mapped_column(Integer, default=0)
    estimated_wait_min: Mapped[int] = mapped_column(Integer, default=0)
    taxpayer_name: Mapped[str | None] = mapped_column(String(40))
    taxpayer_phone: Mapped[str | None] = mapped_column(String(20))
    # Calling: the officer who called it, when the taxpayer reached the window, how often it was called
    # again, a window it was transferred to (only that window may call it), its booking slot, and whether
    # the front desk has re-activated it after a no-show (allowed once).
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recall_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    target_window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id", ondelete="SET NULL"))
    slot_start: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reactivated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    point: Mapped[ServicePoint] = relationship()
    service: Mapped[Service] = relationship()
    category: Mapped[Category] = relationship()

    @property
    def number(self) -> str:
        return format_number(self.prefix, self.seq)


def format_number(prefix: str, seq: int) -> str:
    """The printed ticket number: prefix and at least three digits (A001, A012, A1203)."""
    return f"{prefix}{seq:03d}"


class TicketEvent(Base):
    """One state change of a ticket (issued, printed, called, finished …) with who, where and when."""

    __tablename__ = "ticket_events"
    __table_args__ = (Index("ix_ticket_events_ticket", "ticket_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id", ondelete="SET NULL"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    detail: Mapped[str | None] = mapped_column(Text)


class WindowEvent(Base):
    """One change of a window: an officer signs in or out, pauses or resumes it."""

    __tablename__ = "window_events"
    __table_args__ = (Index("ix_window_events_window", "window_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("windows.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    detail: Mapped[str | None] = mapped_column(Text)


BOOKING_STATUSES = ("booked", "checked_in", "cancelled")


class BookingCapacity(Base):
    """How many bookings one slot takes for a category at a point (configuration; a roster may set it)."""

    __tablename__ = "booking_capacity"

    point_id: Mapped[int] = mapped_column(
        ForeignKey("service_points.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True
    )
    capacity: Mapped[int] = mapped_column(Integer)


class SlotBooking(Base):
    """Places taken in one slot: incremented by one conditional UPSERT per booking, so two agents can never
    both take the last place."""

    __tablename__ = "slot_bookings"

    point_id: Mapped[int] = mapped_column(
        ForeignKey("service_points.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True
    )
    slot_start: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True)
    booked: Mapped[int] = mapped_column(Integer)


BOOKING_ONCE_A_DAY = "uq_bookings_once_per_service_day"  # the partial unique index behind the rule


class Booking(Base):
    """An appointment (预约办税): a taxpayer, a service at a point, a time slot; checked in, it becomes a
    ticket.

    A booking still ``booked`` after its check-in window has passed is a no-show (derived, not stored).

    The taxpayer's ID number or credit code is not kept: ``taxpayer_key`` (a keyed hash, see
    :func:`taxdesk.core.identity.taxpayer_key`) recognises the taxpayer again for the once-a-day rule and
    repeat no-shows, ``taxpayer_id_masked`` is what desks and slips show. Once per service and day is a
    partial unique index over the open (``booked``) bookings, so the database itself refuses the second of
    two desks booking at the same moment.
    """

    __tablename__ = "bookings"
    __table_args__ = (
        CheckConstraint("status IN ('booked', 'checked_in', 'cancelled')", name="status"),
        CheckConstraint("id_kind IN ('person', 'business')", name="id_kind"),
        Index("ix_bookings_day", "point_id", "service_date", "status"),
        Index("ix_bookings_taxpayer", "taxpayer_key", "slot_start"),
        Index(
            BOOKING_ONCE_A_DAY,
            "taxpayer_key",
            "service_id",
            "service_date",
            unique=True,
            sqlite_where=text("status = 'booked'"),
            postgresql_where=text("status = 'booked'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("services.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    service_date: Mapped[date] = mapped_column(Date)
    slot_start: Mapped[datetime] = mapped_column(UTCDateTime)
    slot_end: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="booked")
    taxpayer_name: Mapped[str] = mapped_column(String(40))
    taxpayer_phone: Mapped[str] = mapped_column(String(20))
    taxpayer_key: Mapped[str] = mapped_column(String(64))
    taxpayer_id_masked: Mapped[str] = mapped_column(String(18))
    id_kind: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))


class BookingEvent(Base):
    """One change of a booking (booked, rescheduled, cancelled, checked in, refused at check-in)."""

    __tablename__ = "booking_events"
    __table_args__ = (Index("ix_booking_events_booking", "booking_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    detail: Mapped[str | None] = mapped_column(Text)


class BookingBlockOverride(Base):
    """A supervisor lets a taxpayer blocked for no-shows book again until ``until`` (audited: who, why,
    when). The taxpayer is kept as in :class:`Booking`: keyed hash and masked form, never the number."""

    __tablename__ = "booking_block_overrides"
    __table_args__ = (Index("ix_booking_block_overrides_taxpayer", "taxpayer_key", "until"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taxpayer_key: Mapped[str] = mapped_column(String(64))
    taxpayer_id_masked: Mapped[str] = mapped_column(String(18))
    until: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class CalendarDay(Base):
    """A day the State Council's notice makes a holiday or a (make-up) workday, overriding the calendar
    package — and the only source for years the package does not know."""

    __tablename__ = "calendar_days"
    __table_args__ = (CheckConstraint("kind IN ('holiday', 'workday')", name="kind"),)

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str | None] = mapped_column(String(40))


class FilingDeadline(Base):
    """The official last day of a month's filing period (征期), as the tax administration published it."""

    __tablename__ = "filing_deadlines"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)


class AdvisorSuggestion(Base):
    """A tidal-window suggestion (open or close a window for a category) and what the supervisor decided."""

    __tablename__ = "advisor_suggestions"
    __table_args__ = (
        CheckConstraint("action IN ('open', 'close')", name="action"),
        CheckConstraint("status IN ('pending', 'accepted', 'dismissed', 'expired')", name="status"),
        Index("ix_advisor_suggestions_point", "point_id", "made_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id", ondelete="CASCADE"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="SET NULL"))
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text)
    waiting: Mapped[int] = mapped_column(Integer, default=0)
    expected_wait_min: Mapped[float] = mapped_column(default=0.0)
    made_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)


# ------------------------------------------------------------------------------------------ rosters


class ShiftTemplate(Base):
    """A shift a point's staff can work (早班 08:30–12:00 at window 3, say), named in Chinese and in English
    (``name_en``, empty when it has none): clock times in minutes after
    midnight, an unpaid break, the window it staffs (whose categories are the skills it needs; None: any
    window), whether it is a tidal shift for the rotating branch staff, and the shifts that may not follow
    it on the next day (codes, comma-separated)."""

    __tablename__ = "shift_templates"
    __table_args__ = (
        UniqueConstraint("point_id", "code"),
        CheckConstraint("start_min >= 0 AND end_min > start_min AND end_min <= 2880", name="times"),
        CheckConstraint("break_min >= 0", name="break_min"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(40), default="", server_default="")  # "": no English name
    start_min: Mapped[int] = mapped_column(Integer)
    end_min: Mapped[int] = mapped_column(Integer)
    break_min: Mapped[int] = mapped_column(Integer, default=0)
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id", ondelete="SET NULL"))
    tidal: Mapped[bool] = mapped_column(Boolean, default=False)
    forbidden_next: Mapped[str] = mapped_column(String(120), default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RosterRules(Base):
    """One person's rostering limits (a person without a row gets the installation's defaults): minutes
    per week, consecutive working days, rest between shifts, weekends per four weeks, and whether they are
    on the tidal rotation (分局轮值)."""

    __tablename__ = "roster_rules"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True)
    min_week_minutes: Mapped[int | None] = mapped_column(Integer)
    max_week_minutes: Mapped[int | None] = mapped_column(Integer)
    max_consecutive_days: Mapped[int | None] = mapped_column(Integer)
    min_rest_minutes: Mapped[int | None] = mapped_column(Integer)
    max_weekends: Mapped[int | None] = mapped_column(Integer)
    rotating: Mapped[bool] = mapped_column(Boolean, default=False)


class StaffLeave(Base):
    """Leave or another absence: the person is off from ``first_day`` to ``last_day`` inclusive."""

    __tablename__ = "staff_leave"
    __table_args__ = (
        CheckConstraint("last_day >= first_day", name="days"),
        Index("ix_staff_leave_staff", "staff_id", "first_day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


class ShiftRequest(Base):
    """A wish with a weight: to work a shift on a day (``wants``), or not to (a shift, or the whole day
    when ``shift_template_id`` is None)."""

    __tablename__ = "shift_requests"
    __table_args__ = (
        CheckConstraint("weight > 0", name="weight"),
        Index("ix_shift_requests_staff", "staff_id", "day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    shift_template_id: Mapped[int | None] = mapped_column(
        ForeignKey("shift_templates.id", ondelete="CASCADE")
    )
    wants: Mapped[bool] = mapped_column(Boolean)
    weight: Mapped[int] = mapped_column(Integer, default=1)


class Roster(Base):
    """One version of a point's roster for an ISO week: a draft being edited, or published (read-only
    except by a supervisor, who publishes a new version). The solve's figures are kept with it."""

    __tablename__ = "rosters"
    __table_args__ = (
        UniqueConstraint("point_id", "week", "version"),
        CheckConstraint("status IN ('draft', 'published')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id", ondelete="CASCADE"))
    week: Mapped[str] = mapped_column(String(8))  # 2026-W49
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    objective: Mapped[float | None] = mapped_column()
    bound: Mapped[float | None] = mapped_column()
    solve_seconds: Mapped[float | None] = mapped_column()


class Duty(Base):
    """A point's non-window duty (税费集中处理中心 back office, 导税台 guidance desk …): the code the roster's
    JSON names it by (``back_office``; never ``window``), its name and a short name for a roster cell (后台)
    in Chinese and English, and the fewest people it needs every half-day (None: no minimum)."""

    __tablename__ = "duties"
    __table_args__ = (
        UniqueConstraint("point_id", "code"),
        CheckConstraint("min_cover IS NULL OR min_cover >= 0", name="min_cover"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("service_points.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(40), default="", server_default="")
    short_name: Mapped[str] = mapped_column(String(8))
    short_name_en: Mapped[str] = mapped_column(String(16), default="", server_default="")
    min_cover: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RosterAssignment(Base):
    """Who works which shift, for which queue category, at which window — or on which duty — on which day
    in a roster; ``locked`` ones a re-solve keeps. A person may hold several a day (a window in the morning,
    a duty in the afternoon) as long as their times do not overlap; never two on the same shift template."""

    __tablename__ = "roster_assignments"
    __table_args__ = (
        UniqueConstraint("roster_id", "staff_id", "day", "shift_template_id"),
        CheckConstraint("duty_id IS NULL OR (window_id IS NULL AND category_id IS NULL)", name="place"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    roster_id: Mapped[int] = mapped_column(ForeignKey("rosters.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    shift_template_id: Mapped[int] = mapped_column(ForeignKey("shift_templates.id", ondelete="CASCADE"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="SET NULL"))
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id", ondelete="SET NULL"))
    duty_id: Mapped[int | None] = mapped_column(ForeignKey("duties.id", ondelete="CASCADE"))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
