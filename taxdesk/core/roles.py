"""Who may do what: the roles table as data, the acting person (:class:`Actor`) and :func:`require`.

Every protected core operation takes the acting :class:`Actor` and calls :func:`require` before it
changes or shows anything; the GUI and the CLI only pass on who signed in. A role never checked here is
not a protection: hiding a button is not enough.

Roles (``taxdesk.core.db.models.ROLES``):

- ``admin`` (administrator): everything.
- ``supervisor`` (值班长): staffing targets, advisor decisions, roster publish and edits, booking-block
  overrides, calendar, network and catalogue; the audit view; seating officers at windows.
- ``front_desk`` (前台导税): tickets, check-in, re-activation, bookings.
- ``window`` (窗口人员): calling at a window (whether they are qualified for the window's categories is
  checked where the window is signed in to); they sign only themselves in to a window — seating another
  officer needs :data:`ASSIGN_WINDOWS` (supervisors and administrators).
- ``agent`` (代办员): their own point only, which they run whole — its service list, its bookings and
  check-in, its tickets from issue to call and re-activation, and the advisor's suggestions for it (a
  township point has no supervisor) — plus bookings at the hall for services only the hall can finish.

The ``system`` actor (:data:`SYSTEM`) is what scheduled jobs act as; no account can sign in as it. It may
run the advisor and prune the audit trail to its retention (:data:`AUDIT_PRUNE`, a permission of its own
so that the scheduled prune does not need :data:`SETTINGS`, which would also let it change the retention
and every other setting). Of the people, only administrators prune.
"""

from __future__ import annotations

from dataclasses import dataclass

from taxdesk.core.errors import NotAllowed, NotSignedIn

# ------------------------------------------------------------------------------------------- permissions
# Every permission the core checks, in one place.
PEOPLE = "people"  # people, windows, shift templates
ACCOUNTS = "accounts"  # reset passwords, unlock accounts, create administrators
SETTINGS = "settings"
AUDIT_VIEW = "audit_view"  # read, verify and export the audit trail
AUDIT_PRUNE = "audit_prune"  # delete the audit entries older than the retention (administrators, system)
STAFFING_TARGETS = "staffing_targets"
ADVISOR_DECIDE = "advisor_decide"  # accept or dismiss the advisor's proposals
ADVISOR_RUN = "advisor_run"  # evaluate the rules and record proposals
ROSTER_PUBLISH = "roster_publish"  # make, edit and publish rosters, record leave
BLOCK_OVERRIDE = "block_override"  # lift a taxpayer's no-show booking block
CALENDAR_EDIT = "calendar_edit"
NETWORK_EDIT = "network_edit"  # points, services, the catalogue
POINT_SERVICES = "point_services"  # the service list of one point
TICKETS = "tickets"  # issue tickets
CHECK_IN = "check_in"  # check a booking in
REACTIVATE = "reactivate"  # put a missed ticket back in the queue
BOOKINGS = "bookings"  # make, move and cancel bookings
CALLING = "calling"  # call, finish, transfer at a window
ASSIGN_WINDOWS = "assign_windows"  # sign another officer in to a window (seat them there)

PERMISSIONS = (
    PEOPLE,
    ACCOUNTS,
    SETTINGS,
    AUDIT_VIEW,
    AUDIT_PRUNE,
    STAFFING_TARGETS,
    ADVISOR_DECIDE,
    ADVISOR_RUN,
    ROSTER_PUBLISH,
    BLOCK_OVERRIDE,
    CALENDAR_EDIT,
    NETWORK_EDIT,
    POINT_SERVICES,
    TICKETS,
    CHECK_IN,
    REACTIVATE,
    BOOKINGS,
    CALLING,
    ASSIGN_WINDOWS,
)

SYSTEM_ROLE = "system"

# Role → what it may do. The administrator may do everything.
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset(PERMISSIONS),
    "supervisor": frozenset(
        {
            STAFFING_TARGETS,
            ADVISOR_DECIDE,
            ADVISOR_RUN,
            ROSTER_PUBLISH,
            BLOCK_OVERRIDE,
            CALENDAR_EDIT,
            NETWORK_EDIT,
            POINT_SERVICES,
            AUDIT_VIEW,
            ASSIGN_WINDOWS,
        }
    ),
    "front_desk": frozenset({TICKETS, CHECK_IN, REACTIVATE, BOOKINGS}),
    "window": frozenset({CALLING}),
    # At their own point; deciding on its tidal-window advice because townships have no supervisor.
    # A township point's agents run it whole: its tickets from issue to call, its bookings and check-in.
    "agent": frozenset({POINT_SERVICES, BOOKINGS, TICKETS, CHECK_IN, REACTIVATE, CALLING, ADVISOR_DECIDE}),
    SYSTEM_ROLE: frozenset({ADVISOR_RUN, AUDIT_PRUNE}),
}

# Roles whose permissions hold at their own point only (their point, from the people records).
POINT_BOUND_ROLES = frozenset({"agent"})

ROLE_NAMES = {
    "admin": ("administrator", "系统管理员"),
    "supervisor": ("hall supervisor", "值班长"),
    "front_desk": ("front-desk officer", "前台导税"),
    "window": ("window officer", "窗口人员"),
    "agent": ("township agent", "代办员"),
    SYSTEM_ROLE: ("system", "系统"),
}


@dataclass(frozen=True)
class Actor:
    """The person an operation is done by, as signed in: staff id, code, name, roles and (for an agent)
    the point they belong to. ``must_change``: signed in only to change their password."""

    staff_id: int | None
    code: str
    name: str
    roles: frozenset[str]
    point: str | None = None
    must_change: bool = False

    @property
    def is_system(self) -> bool:
        return SYSTEM_ROLE in self.roles

    def label(self) -> str:
        return f"{self.name} ({self.code})"


SYSTEM = Actor(staff_id=None, code="system", name="系统", roles=frozenset({SYSTEM_ROLE}))


def permissions(actor: Actor) -> frozenset[str]:
    """Everything ``actor``'s roles allow (at some point, for point-bound roles)."""
    found: set[str] = set()
    for role in actor.roles:
        found |= ROLE_PERMISSIONS.get(role, frozenset())
    return frozenset(found)


def allows(
    actor: Actor | None, permission: str, point: str | None = None, *, hall_only: bool = False
) -> bool:
    """Whether ``actor`` may do ``permission`` (at ``point``, a point code, when it concerns one point).

    A point-bound role (the township agent) counts only at its own point, or, for bookings, at any point
    when the service is one only the hall can finish (``hall_only``)."""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")
    if actor is None or actor.must_change:
        return False
    for role in actor.roles:
        if permission not in ROLE_PERMISSIONS.get(role, frozenset()):
            continue
        if role not in POINT_BOUND_ROLES:
            return True
        if point is not None and point == actor.point:
            return True
        if permission == BOOKINGS and hall_only:
            return True
    return False


def require(
    actor: Actor | None, permission: str, point: str | None = None, *, hall_only: bool = False
) -> Actor:
    """``actor`` if it may do ``permission`` (see :func:`allows`); else :class:`NotSignedIn` (nobody, or a
    password still to be changed) or :class:`NotAllowed` with the reason."""
    if actor is None:
        raise NotSignedIn("sign in first: this needs a signed-in account (未登录)", key="not_signed_in")
    if actor.must_change:
        raise NotSignedIn(
            f"{actor.label()} must change the password first (taxdesk passwd)",
            key="password_must_change",
            staff=actor.code,
        )
    if allows(actor, permission, point, hall_only=hall_only):
        return actor
    roles = ", ".join(ROLE_NAMES.get(r, (r,))[0] for r in sorted(actor.roles)) or "no role"
    able = sorted(ROLE_NAMES[role][0] for role, granted in ROLE_PERMISSIONS.items() if permission in granted)
    where = ""
    if point is not None and any(
        permission in ROLE_PERMISSIONS.get(r, frozenset()) for r in actor.roles & POINT_BOUND_ROLES
    ):
        where = f" at point {point} (only at their own point {actor.point or '—'})"
    raise NotAllowed(
        f"{actor.label()} ({roles}) may not do this{where}: it needs {permission.replace('_', ' ')} "
        f"({' or '.join(able)}) (无权限)",
        key="not_allowed",
        staff=actor.code,
        permission=permission,
    )


def require_current(
    session, actor: Actor | None, permission: str, point: str | None = None, *, hall_only: bool = False
) -> Actor:
    """:func:`require`, and that the person is still on the staff (one lookup in ``session``): for writes
    that name the person, so that someone marked as left is refused at once, not at their next sign-in.
    (Roles themselves are those read at sign-in; a changed role counts from the next sign-in or unlock.)"""
    require(actor, permission, point, hall_only=hall_only)
    if actor.staff_id is not None:
        from taxdesk.core.db.models import Staff

        person = session.get(Staff, actor.staff_id)
        if person is None or not person.active:
            raise NotSignedIn(
                f"{actor.label()} has left or no longer has an account: sign in again (已离职)",
                key="actor_gone",
                staff=actor.code,
            )
    return actor


def require_any(
    actor: Actor | None, permissions: tuple[str, ...], point: str | None = None, *, hall_only: bool = False
) -> Actor:
    """``actor`` if it may do at least one of ``permissions`` (at ``point``); else the refusal
    :func:`require` gives for the first of them."""
    if any(allows(actor, p, point, hall_only=hall_only) for p in permissions):
        return actor  # type: ignore[return-value]
    return require(actor, permissions[0], point, hall_only=hall_only)


def require_early(actor: Actor | None, permissions: str | tuple[str, ...]) -> bool:
    """The first half of a check whose point is known only after a lookup (a ticket by its ID, a booking
    by its code): refuse at once (as :func:`require`) when no role of ``actor`` grants any of
    ``permissions`` anywhere, or when a role that grants one holds everywhere return False (allowed: no
    second check). True when only a point-bound role grants it: then the caller, once it knows the point,
    calls :func:`require_any` with it. Costs no query: the actor carries its roles and point."""
    wanted = (permissions,) if isinstance(permissions, str) else tuple(permissions)
    for permission in wanted:
        if permission not in PERMISSIONS:
            raise ValueError(f"unknown permission {permission!r}")
    if actor is not None and not actor.must_change:
        granting = {r for r in actor.roles if any(p in ROLE_PERMISSIONS.get(r, frozenset()) for p in wanted)}
        if granting - POINT_BOUND_ROLES:
            return False
        if granting:
            return True
    require(actor, wanted[0])  # raises: nobody, a password to change, or no role grants it
    raise AssertionError("unreachable")  # pragma: no cover
