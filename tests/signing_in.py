"""Accounts for tests that go through the command line: give people a password and sign in through the
environment, as a desk's script would."""

from __future__ import annotations

from sqlalchemy import select

from taxdesk.core.accounts import set_password
from taxdesk.core.db.models import Staff
from taxdesk.core.roles import Actor

PASSWORD = "test2026pass"


def give_password(db, *codes: str) -> None:
    """Each of ``codes`` an account with :data:`PASSWORD`, not to be changed."""
    with db.transaction() as session:
        for code in codes:
            staff_id = session.scalar(select(Staff.id).where(Staff.code == code))
            set_password(session, staff_id, PASSWORD, must_change=False)


def sign_in_as(monkeypatch, db, code: str) -> None:
    """``code`` gets an account and the command line signs in as them ($TAXDESK_USER/$TAXDESK_PASSWORD)."""
    give_password(db, code)
    monkeypatch.setenv("TAXDESK_USER", code)
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)


def administrator(db, code: str = "A1"):
    """The installation's administrator ``code`` as an :class:`~taxdesk.core.roles.Actor` (made, with
    :data:`PASSWORD`, when the installation has none yet)."""
    from taxdesk.core import accounts

    if accounts.has_administrator(db):
        return accounts.actor_for(db, code)
    return accounts.create_administrator(db, code, PASSWORD, name="管理员")


def auditor(code: str = "A001", *held: str):
    """An :class:`~taxdesk.core.roles.Actor` holding ``held`` roles (an administrator by default) that needs
    no account: the core's checks look at the roles only (tests of the audit trail read it as this)."""
    from taxdesk.core.roles import Actor

    return Actor(None, code, "审计测试", frozenset(held or ("admin",)))


# The acting person of tests about the queue itself rather than about who may act: an administrator
# without a staff record (allowed everything; the window events then name the window's officer).
ANYONE = Actor(staff_id=None, code="admin", name="系统管理员", roles=frozenset({"admin"}))
