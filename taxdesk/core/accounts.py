"""Accounts: passwords, signing in, lock-out.

- Passwords are stored as ``scrypt$N$r$p$<salt b64>$<hash b64>`` (:func:`hash_password`): ``hashlib.scrypt``
  with a random 16-byte salt per password, N=2¹⁴, r=8, p=1 (16 MiB, a few tens of milliseconds per hash);
  compared in constant time.
- The rule (:func:`check_password_rule`): at least 8 characters, with letters and digits, no control
  characters, at most 128 characters.
- A new or reset password must be changed at the first sign-in: :func:`sign_in` then returns an
  :class:`~taxdesk.core.roles.Actor` with ``must_change`` set, which may only :func:`change_password`.
- 5 failed sign-ins in a row lock the account for 15 minutes. The count is kept by one atomic statement
  (``UPDATE … SET failed_attempts = failed_attempts + 1 … RETURNING``), so wrong passwords typed at
  several desks at once all count. An expired lock starts the count afresh; a right password resets it.
- Unknown codes, people who have left, people without an account and wrong passwords get the same
  answer, so the answer does not tell whether a staff code exists.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, insert, literal, select, update
from sqlalchemy.orm import Session

from taxdesk.core import audit, clock, settings, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import ROLES, Account, ServicePoint, Staff, StaffRole, UTCDateTime
from taxdesk.core.errors import InvalidInput, NotFound, NotSignedIn
from taxdesk.core.roles import ACCOUNTS, SETTINGS, SYSTEM, Actor, require

__all__ = [
    "SYSTEM",
    "Actor",
    "SignInRefused",
    "change_password",
    "check_password_rule",
    "create_account",
    "hash_password",
    "reset_password",
    "sign_in",
    "sign_out",
    "unlock",
    "verify_password",
]

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
PASSWORD_MIN = 8
PASSWORD_MAX = 128
MAX_FAILED = 5
LOCK_MINUTES = 15
DEMO_PASSWORD = "taxdesk-demo"

WRONG = "wrong staff code or password (工号或密码错误)"


class SignInRefused(NotSignedIn):
    """A refused sign-in. ``attempts``: the failed attempts in a row this refusal counted (None when the
    attempt was not counted: unknown code, or already locked)."""

    def __init__(self, message: str, *, attempts: int | None = None, **kwargs):
        super().__init__(message, **kwargs)
        self.attempts = attempts


# ---------------------------------------------------------------------------------------------- hashing


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``password`` as ``scrypt$N$r$p$<salt>$<hash>`` with a fresh random salt."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=HASH_BYTES
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches the stored string (constant-time); False for a malformed string."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        salt_bytes = base64.b64decode(salt, validate=True)
        expected = base64.b64decode(digest, validate=True)
        n_, r_, p_ = int(n), int(r), int(p)
        if not (2 <= n_ <= 2**20 and 1 <= r_ <= 32 and 1 <= p_ <= 16 and expected):
            return False
        actual = hashlib.scrypt(
            password.encode("utf-8"),
            salt=salt_bytes,
            n=n_,
            r=r_,
            p=p_,
            dklen=len(expected),
            maxmem=256 * 1024 * 1024,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


_DUMMY = hash_password("not-a-password-0", salt=b"\0" * SALT_BYTES)


def check_password_rule(password: str) -> str:
    """``password`` if it follows the rule, else :class:`InvalidInput` with the reason."""
    if not isinstance(password, str):
        raise InvalidInput("the password must be text", key="password_rule")
    if validate.control_character(password) is not None:
        raise InvalidInput(
            "the password must not contain control characters (密码不能含控制字符)", key="password_control"
        )
    if len(password) < PASSWORD_MIN:
        raise InvalidInput(
            f"the password must be at least {PASSWORD_MIN} characters (密码至少 {PASSWORD_MIN} 位)",
            key="password_short",
            minimum=PASSWORD_MIN,
        )
    if len(password) > PASSWORD_MAX:
        raise InvalidInput(
            f"the password must be at most {PASSWORD_MAX} characters",
            key="password_long",
            maximum=PASSWORD_MAX,
        )
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        raise InvalidInput(
            "the password must contain both letters and digits (密码须包含字母和数字)", key="password_mix"
        )
    return password


# ---------------------------------------------------------------------------------------------- signing in


def host_name() -> str:
    """This PC's name, for the record of who signed in where."""
    return socket.gethostname()[:100]


@dataclass(frozen=True)
class AccountInfo:
    code: str
    name: str
    roles: tuple[str, ...]
    active: bool
    has_account: bool
    must_change: bool
    failed_attempts: int
    locked_until: datetime | None


def _roles(session: Session, staff_id: int) -> frozenset[str]:
    return frozenset(session.scalars(select(StaffRole.role).where(StaffRole.staff_id == staff_id)))


def _actor(session: Session, person: Staff, must_change: bool = False) -> Actor:
    point = session.scalar(select(ServicePoint.code).where(ServicePoint.id == person.point_id))
    return Actor(
        staff_id=person.id,
        code=person.code,
        name=person.name,
        roles=_roles(session, person.id),
        point=point,
        must_change=must_change,
    )


def _locked_message(until: datetime) -> str:
    return (
        f"this account is locked after {MAX_FAILED} failed sign-ins until "
        f"{clock.local(until).strftime('%H:%M')}; wait or ask an administrator to unlock it (账号已锁定)"
    )


def sign_in(
    db: Database,
    code: str,
    password: str,
    *,
    host: str | None = None,
    at: datetime | None = None,
    replacing: str | None = None,
) -> Actor:
    """The :class:`Actor` for ``code`` if ``password`` is right and the account is usable; else
    :class:`SignInRefused` (a :class:`NotSignedIn`). A password that must be changed signs in with
    ``must_change`` set: such an actor can only change its password.

    ``replacing``: the staff code of the person who held this desk (it was locked, or they chose 换人登录);
    when someone else signs in, the replacement is recorded in the audit trail beside the sign-in."""
    now = at or clock.now()
    code = (code or "").strip()
    with db.session() as session:
        row = session.execute(
            select(Staff, Account)
            .join(Account, Account.staff_id == Staff.id)
            .where(Staff.code == code, Staff.active)
        ).first()
    if row is None:
        verify_password(
            password, _DUMMY
        )  # the same time as a wrong password: the code's existence stays unknown
        raise SignInRefused(WRONG, key="sign_in_wrong")
    person, account = row
    if account.locked_until is not None and account.locked_until > now:
        raise SignInRefused(_locked_message(account.locked_until), key="account_locked")
    if not verify_password(password, account.password_hash):
        _count_failure(db, person.id, now, person.code, host)
    with db.transaction() as session:
        session.execute(
            update(Account).where(Account.staff_id == person.id).values(failed_attempts=0, locked_until=None)
        )
        audit.record(session, person.code, "account.sign_in", person.code, host=host)
        if replacing and replacing != person.code:
            audit.record(
                session,
                person.code,
                "desk.replaced",
                host or audit.this_host(),
                before={"staff": replacing},
                after={"staff": person.code},
                host=host,
            )
        return _actor(session, person, must_change=account.must_change)


def sign_out(db: Database, actor: Actor, *, host: str | None = None) -> None:
    """Record that ``actor`` signed out at this desk (closing TaxDesk, or handing the desk over)."""
    if actor is None or actor.staff_id is None:
        return
    with db.transaction() as session:
        audit.record(session, actor.code, "account.sign_out", actor.code, host=host)


# ------------------------------------------------------------------------------------------- idle lock

IDLE_LOCK_SETTING = "desk.idle_lock_minutes"
IDLE_LOCK_DEFAULT = 10
IDLE_LOCK_MIN = 1
IDLE_LOCK_MAX = 240


def idle_lock_minutes(db: Database) -> int:
    """After how many minutes without a key or a click a desk locks (the installation's setting)."""
    with db.session() as session:
        stored = settings.get(session, IDLE_LOCK_SETTING)
    try:
        return min(IDLE_LOCK_MAX, max(IDLE_LOCK_MIN, int(stored))) if stored else IDLE_LOCK_DEFAULT
    except ValueError:
        return IDLE_LOCK_DEFAULT


def set_idle_lock_minutes(db: Database, minutes, *, actor: Actor) -> int:
    """Make every desk lock after ``minutes`` idle minutes (whole, 1–240); administrators only; recorded."""
    require(actor, SETTINGS)
    minutes = validate.number(
        minutes, "idle lock", minimum=IDLE_LOCK_MIN, maximum=IDLE_LOCK_MAX, integer=True, unit="minutes"
    )
    with db.transaction() as session:
        old = settings.get(session, IDLE_LOCK_SETTING)
        if old != str(minutes):
            settings.put(session, IDLE_LOCK_SETTING, str(minutes))
            before = {"value": int(old) if old and old.isdigit() else IDLE_LOCK_DEFAULT}
            after = {"value": minutes}
            audit.record(session, actor.code, "settings.change", IDLE_LOCK_SETTING, before, after)
    return minutes


def _count_failure(db: Database, staff_id: int, now: datetime, code: str, host: str | None = None) -> None:
    """Count one failed attempt atomically, write it (and a lock-out) to the audit trail, and raise the
    refusal (locked on the 5th)."""
    now_p = literal(now, UTCDateTime())
    until_p = literal(now + timedelta(minutes=LOCK_MINUTES), UTCDateTime())
    lock_over = Account.locked_until.is_not(None) & (Account.locked_until <= now_p)
    new_count = case((lock_over, 1), else_=Account.failed_attempts + 1)
    with db.transaction() as session:
        attempts, locked_until = session.execute(
            update(Account)
            .where(Account.staff_id == staff_id)
            .values(
                failed_attempts=new_count,
                locked_until=case(
                    (Account.locked_until > now_p, Account.locked_until),
                    (new_count >= MAX_FAILED, until_p),
                    else_=None,
                ),
            )
            .returning(Account.failed_attempts, Account.locked_until)
        ).one()
        locked = locked_until is not None and locked_until > now
        kind = "account.locked" if locked and attempts >= MAX_FAILED else "account.sign_in_failed"
        audit.record(session, code, kind, code, after={"failed_attempts": attempts}, host=host)
    if locked_until is not None and locked_until > now:
        raise SignInRefused(_locked_message(locked_until), key="account_locked", attempts=attempts)
    raise SignInRefused(WRONG, key="sign_in_wrong", attempts=attempts)


# ------------------------------------------------------------------------------------------ changing them


def _person(session: Session, code: str) -> Staff:
    person = session.scalar(select(Staff).where(Staff.code == code))
    if person is None:
        raise NotFound(f"unknown staff code {code!r}", key="unknown_officer", staff=code)
    return person


def change_password(db: Database, actor: Actor, old: str, new: str, *, at: datetime | None = None) -> Actor:
    """Change the signed-in person's own password (the old one proves it is them; the new one must follow
    the rule and differ). The actor, now free to work."""
    if actor is None or actor.staff_id is None:
        raise NotSignedIn("sign in first: this needs a signed-in account (未登录)", key="not_signed_in")
    check_password_rule(new)
    if new == old:
        raise InvalidInput(
            "the new password must differ from the old one (新密码不能与旧密码相同)", key="password_same"
        )
    now = at or clock.now()
    with db.session() as session:
        account = session.get(Account, actor.staff_id)
    if account is None:
        raise SignInRefused(WRONG, key="sign_in_wrong")
    if account.locked_until is not None and account.locked_until > now:
        raise SignInRefused(_locked_message(account.locked_until), key="account_locked")
    if not verify_password(old, account.password_hash):
        _count_failure(db, actor.staff_id, now, actor.code)
    with db.transaction() as session:
        session.execute(
            update(Account)
            .where(Account.staff_id == actor.staff_id)
            .values(
                password_hash=hash_password(new),
                must_change=False,
                failed_attempts=0,
                locked_until=None,
                changed_at=now,
            )
        )
        person = session.get(Staff, actor.staff_id)
        audit.record(session, actor.code, "account.password_changed", actor.code)
        return _actor(session, person)


def set_password(
    session: Session, staff_id: int, password: str, *, must_change: bool = True, at: datetime | None = None
) -> None:
    """Give the person ``staff_id`` the password (creating their account), unlocked; checked by the rule
    unless it is the demo's password."""
    if password != DEMO_PASSWORD:
        check_password_rule(password)
    values = dict(
        password_hash=hash_password(password),
        must_change=must_change,
        failed_attempts=0,
        locked_until=None,
        changed_at=at or clock.now(),
    )
    session.execute(delete(Account).where(Account.staff_id == staff_id))
    session.execute(insert(Account).values(staff_id=staff_id, **values))


def reset_password(
    db: Database, actor: Actor, code: str, password: str, *, at: datetime | None = None
) -> None:
    """An administrator gives ``code`` a new password, to be changed at the first sign-in (also unlocks)."""
    require(actor, ACCOUNTS)
    check_password_rule(password)
    with db.transaction() as session:
        person = _person(session, code)
        set_password(session, person.id, password, must_change=True, at=at)
        audit.record(session, actor.code, "account.password_reset", person.code)


def unlock(db: Database, actor: Actor, code: str) -> bool:
    """An administrator lifts the lock on ``code``'s account (and clears the failed attempts). Whether
    the account was locked."""
    require(actor, ACCOUNTS)
    now = clock.now()
    with db.transaction() as session:
        person = _person(session, code)
        account = session.get(Account, person.id)
        if account is None:
            raise NotFound(f"{person.name} ({code}) has no account", key="no_account", staff=code)
        was_locked = account.locked_until is not None and account.locked_until > now
        account.failed_attempts = 0
        account.locked_until = None
        audit.record(session, actor.code, "account.unlock", person.code, after={"was_locked": was_locked})
    return was_locked


def create_account(
    db: Database, actor: Actor, code: str, password: str, *, at: datetime | None = None
) -> None:
    """An administrator gives an existing person an account (password to be changed at first sign-in)."""
    require(actor, ACCOUNTS)
    check_password_rule(password)
    with db.transaction() as session:
        person = _person(session, code)
        if session.get(Account, person.id) is not None:
            raise InvalidInput(
                f"{person.name} ({code}) already has an account", key="account_exists", staff=code
            )
        set_password(session, person.id, password, must_change=True, at=at)
        audit.record(session, actor.code, "account.created", person.code)


def has_administrator(db: Database) -> bool:
    """Whether anyone active holds the administrator role and has an account."""
    with db.session() as session:
        return (
            session.scalar(
                select(Staff.id)
                .join(StaffRole, StaffRole.staff_id == Staff.id)
                .join(Account, Account.staff_id == Staff.id)
                .where(StaffRole.role == "admin", Staff.active)
                .limit(1)
            )
            is not None
        )


def _new_person(session: Session, code: str, name: str, roles: list[str]) -> Staff:
    person = Staff(code=code, name=name, home_unit="hall", active=True)
    session.add(person)
    session.flush()
    for role in roles:
        session.add(StaffRole(staff_id=person.id, role=role))
    return person


def create_administrator(
    db: Database, code: str, password: str, *, name: str | None = None, must_change: bool = False
) -> Actor:
    """The first administrator of an installation (``taxdesk init --admin``): a new person with the
    administrator role, or an existing person without an account given the role. Refused when the code
    already has an account, and once an installation has an administrator (who then makes the others)."""
    code = validate.text(code, "staff code", limit=16, required=True)
    name = validate.text(name, "name", limit=40) or None
    if password != DEMO_PASSWORD:
        check_password_rule(password)
    if has_administrator(db):
        raise InvalidInput(
            "this installation has an administrator already: an administrator gives accounts",
            key="admin_exists",
        )
    with db.transaction() as session:
        person = session.scalar(select(Staff).where(Staff.code == code))
        if person is None:
            person = _new_person(session, code, name or code, ["admin"])
        else:
            if session.get(Account, person.id) is not None:
                raise InvalidInput(
                    f"{person.name} ({code}) already has an account: an administrator can reset its password",
                    key="account_exists",
                    staff=code,
                )
            if not person.active:
                raise InvalidInput(f"{person.name} ({code}) has left", key="staff_left", staff=code)
            if "admin" not in _roles(session, person.id):
                session.add(StaffRole(staff_id=person.id, role="admin"))
        set_password(session, person.id, password, must_change=must_change)
        audit.record(session, person.code, "account.administrator", person.code, after={"roles": ["admin"]})
        session.flush()
        return _actor(session, person)


def give_demo_accounts(db: Database, roles_by_code: dict[str, str]) -> int:
    """The demo: every demo person (``code → role``) an account with :data:`DEMO_PASSWORD` (not to be
    changed) and the role if they hold none yet, and an administrator ``admin``. How many accounts made."""
    made = 0
    with db.transaction() as session:
        for code, role in roles_by_code.items():
            person = session.scalar(select(Staff).where(Staff.code == code))
            if person is None:
                continue
            if role in ROLES and not _roles(session, person.id):
                session.add(StaffRole(staff_id=person.id, role=role))
            if session.get(Account, person.id) is None:
                set_password(session, person.id, DEMO_PASSWORD, must_change=False)
                made += 1
        admin = session.scalar(select(Staff).where(Staff.code == "admin"))
        if admin is None:
            admin = _new_person(session, "admin", "系统管理员", ["admin"])
        if session.get(Account, admin.id) is None:
            set_password(session, admin.id, DEMO_PASSWORD, must_change=False)
            made += 1
    return made


def account_info(db: Database, code: str) -> AccountInfo:
    with db.session() as session:
        person = _person(session, code)
        account = session.get(Account, person.id)
        return AccountInfo(
            code=person.code,
            name=person.name,
            roles=tuple(sorted(_roles(session, person.id))),
            active=person.active,
            has_account=account is not None,
            must_change=bool(account and account.must_change),
            failed_attempts=account.failed_attempts if account else 0,
            locked_until=account.locked_until if account else None,
        )


def actor_for(db: Database, code: str) -> Actor:
    """The :class:`Actor` for an active person, without a password: for the GUI's chosen-person call
    sites until the GUI signs in, and for tests. Never for anything a user types."""
    with db.session() as session:
        person = session.scalar(select(Staff).where(Staff.code == code, Staff.active))
        if person is None:
            raise NotFound(f"unknown officer {code!r}", key="unknown_officer", staff=code)
        return _actor(session, person)


def account_infos(db: Database) -> dict[str, AccountInfo]:
    """:func:`account_info` of everybody, by staff code, in one read (the people editor's list)."""
    with db.session() as session:
        roles: dict[int, set[str]] = {}
        for staff_id, role in session.execute(select(StaffRole.staff_id, StaffRole.role)):
            roles.setdefault(staff_id, set()).add(role)
        accounts = {a.staff_id: a for a in session.scalars(select(Account))}
        infos = {}
        for person in session.scalars(select(Staff)):
            account = accounts.get(person.id)
            infos[person.code] = AccountInfo(
                code=person.code,
                name=person.name,
                roles=tuple(sorted(roles.get(person.id, ()))),
                active=person.active,
                has_account=account is not None,
                must_change=bool(account and account.must_change),
                failed_attempts=account.failed_attempts if account else 0,
                locked_until=account.locked_until if account else None,
            )
        return infos
