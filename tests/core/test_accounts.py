"""Accounts: hashing, the password rule, signing in, lock-out (also under a race on PostgreSQL), the
must-change flow, reset and unlock."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from taxdesk.core import accounts, clock
from taxdesk.core.accounts import SignInRefused
from taxdesk.core.db.models import Account, Staff, StaffRole
from taxdesk.core.errors import InvalidInput, NotAllowed, NotFound, NotSignedIn
from taxdesk.core.roles import SYSTEM

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=clock.LOCAL_TZ)
GOOD = "hall2026pass"


def test_a_hash_is_salted_self_describing_and_verifies_only_its_password():
    first, second = accounts.hash_password(GOOD), accounts.hash_password(GOOD)
    assert first != second  # a fresh salt each time
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(salt) == 24 and len(digest) == 44  # 16 and 32 bytes in base64
    assert accounts.verify_password(GOOD, first) and accounts.verify_password(GOOD, second)
    assert not accounts.verify_password("hall2026pasS", first)
    assert not accounts.verify_password(GOOD, "scrypt$16384$8$1$!!$??")
    assert not accounts.verify_password(GOOD, "md5$x")


@pytest.mark.parametrize(
    "password, key",
    [
        ("abc123", "password_short"),
        ("abcdefghij", "password_mix"),
        ("1234567890", "password_mix"),
        ("abcd1234\x00", "password_control"),
        ("abcd1234\n", "password_control"),
        ("a1" * 100, "password_long"),
    ],
)
def test_the_password_rule_refuses_with_the_reason(password, key):
    with pytest.raises(InvalidInput) as refused:
        accounts.check_password_rule(password)
    assert refused.value.key == key


def test_the_password_rule_accepts_letters_and_digits():
    assert accounts.check_password_rule("税务大厅2026abc") == "税务大厅2026abc"
    assert accounts.check_password_rule(GOOD) == GOOD


@pytest.fixture
def people(db):
    """An administrator ``A1`` (password GOOD, no change needed) and a supervisor ``S1`` without account."""
    admin = accounts.create_administrator(db, "A1", GOOD, name="管理员")
    with db.transaction() as session:
        person = Staff(code="S1", name="值班长甲", home_unit="hall", active=True)
        session.add(person)
        session.flush()
        session.add(StaffRole(staff_id=person.id, role="supervisor"))
    return admin


def test_the_first_administrator_signs_in_with_the_admin_role(db, people):
    assert accounts.has_administrator(db)
    actor = accounts.sign_in(db, "A1", GOOD, at=NOW)
    assert (actor.code, actor.name, actor.roles, actor.must_change) == ("A1", "管理员", {"admin"}, False)
    with pytest.raises(InvalidInput):
        accounts.create_administrator(db, "A1", GOOD)  # that code has an account already
    with pytest.raises(InvalidInput) as second:
        accounts.create_administrator(db, "A2", GOOD)  # the first administrator makes the others
    assert second.value.key == "admin_exists"
    with db.transaction() as session:
        session.scalar(select(Staff).where(Staff.code == "A1")).active = False
    assert not accounts.has_administrator(db)  # the only administrator left: a new first one may be made
    assert accounts.create_administrator(db, "A2", GOOD).roles == {"admin"}


def test_unknown_code_wrong_password_and_left_get_the_same_answer(db, people):
    with pytest.raises(SignInRefused) as unknown:
        accounts.sign_in(db, "NOBODY", GOOD, at=NOW)
    with pytest.raises(SignInRefused) as wrong:
        accounts.sign_in(db, "A1", "wrong-pass-1", at=NOW)
    with pytest.raises(SignInRefused) as no_account:
        accounts.sign_in(db, "S1", GOOD, at=NOW)
    assert unknown.value.message == wrong.value.message == no_account.value.message
    assert unknown.value.key == wrong.value.key == "sign_in_wrong"
    with db.transaction() as session:
        session.scalar(select(Staff).where(Staff.code == "A1")).active = False
    with pytest.raises(SignInRefused) as left:
        accounts.sign_in(db, "A1", GOOD, at=NOW)
    assert left.value.message == unknown.value.message


def test_five_failures_lock_for_fifteen_minutes_and_a_success_resets_the_count(db, people):
    for attempt in range(1, 5):
        with pytest.raises(SignInRefused) as refused:
            accounts.sign_in(db, "A1", "wrong-pass-1", at=NOW)
        assert (refused.value.key, refused.value.attempts) == ("sign_in_wrong", attempt)
    accounts.sign_in(db, "A1", GOOD, at=NOW)  # the 5th is right: the count starts again
    for attempt in range(1, 6):
        with pytest.raises(SignInRefused) as refused:
            accounts.sign_in(db, "A1", "wrong-pass-1", at=NOW)
        assert refused.value.attempts == attempt
    assert refused.value.key == "account_locked"
    assert "09:15" in refused.value.message
    # Locked: even the right password is refused, without counting, until 15 minutes have passed.
    with pytest.raises(SignInRefused) as locked:
        accounts.sign_in(db, "A1", GOOD, at=NOW + timedelta(minutes=14, seconds=59))
    assert (locked.value.key, locked.value.attempts) == ("account_locked", None)
    assert accounts.sign_in(db, "A1", GOOD, at=NOW + timedelta(minutes=15)).code == "A1"
    assert accounts.account_info(db, "A1").failed_attempts == 0


def test_after_an_expired_lock_the_count_starts_afresh(db, people):
    for _ in range(5):
        with pytest.raises(SignInRefused):
            accounts.sign_in(db, "A1", "wrong-pass-1", at=NOW)
    later = NOW + timedelta(minutes=16)
    with pytest.raises(SignInRefused) as refused:
        accounts.sign_in(db, "A1", "wrong-pass-1", at=later)
    assert (refused.value.key, refused.value.attempts) == ("sign_in_wrong", 1)


def test_reset_password_must_be_changed_at_first_sign_in(db, people):
    admin = accounts.sign_in(db, "A1", GOOD, at=NOW)
    accounts.create_account(db, admin, "S1", "first1234")
    fresh = accounts.sign_in(db, "S1", "first1234", at=NOW)
    assert fresh.must_change and fresh.roles == {"supervisor"}
    with pytest.raises(NotSignedIn) as first:
        from taxdesk.core.roles import ROSTER_PUBLISH, require

        require(fresh, ROSTER_PUBLISH)
    assert first.value.key == "password_must_change"
    with pytest.raises(InvalidInput):
        accounts.change_password(db, fresh, "first1234", "first1234")  # must differ
    with pytest.raises(InvalidInput):
        accounts.change_password(db, fresh, "first1234", "short1")  # the rule
    with pytest.raises(SignInRefused):
        accounts.change_password(db, fresh, "not-the-old-1", "second5678")  # needs the old one
    changed = accounts.change_password(db, fresh, "first1234", "second5678")
    assert not changed.must_change
    assert not accounts.sign_in(db, "S1", "second5678", at=NOW).must_change
    with pytest.raises(SignInRefused):
        accounts.sign_in(db, "S1", "first1234", at=NOW)
    # An administrator's reset: a new password to change again, and the lock lifted.
    accounts.reset_password(db, admin, "S1", "third9012")
    assert accounts.sign_in(db, "S1", "third9012", at=NOW).must_change


def test_only_an_administrator_resets_and_unlocks(db, people):
    admin = accounts.sign_in(db, "A1", GOOD, at=NOW)
    accounts.create_account(db, admin, "S1", "first1234")
    supervisor = accounts.change_password(
        db, accounts.sign_in(db, "S1", "first1234", at=NOW), "first1234", "second5678"
    )
    for refused_actor in (supervisor, SYSTEM):
        with pytest.raises(NotAllowed):
            accounts.reset_password(db, refused_actor, "A1", "other1234")
        with pytest.raises(NotAllowed):
            accounts.unlock(db, refused_actor, "A1")
    with pytest.raises(NotSignedIn):
        accounts.unlock(db, None, "A1")
    for _ in range(5):
        with pytest.raises(SignInRefused):
            accounts.sign_in(db, "S1", "wrong-pass-1")
    with pytest.raises(SignInRefused):
        accounts.sign_in(db, "S1", "second5678")
    assert accounts.unlock(db, admin, "S1") is True
    assert accounts.sign_in(db, "S1", "second5678").code == "S1"
    assert accounts.unlock(db, admin, "S1") is False
    with pytest.raises(NotFound):
        accounts.unlock(db, admin, "NOBODY")
    with pytest.raises(InvalidInput):
        accounts.reset_password(db, admin, "S1", "weak")


def test_a_password_is_never_stored_in_clear(db, people):
    with db.session() as session:
        stored = session.scalar(select(Account.password_hash))
    assert GOOD not in stored and stored.startswith("scrypt$")


WORKER = Path(__file__).with_name("signin_worker.py")
PROCESSES = 4


def test_wrong_passwords_typed_at_four_desks_at_once_all_count(pg_initialised, empty_pg):
    """The failed-attempt count is one atomic statement: no two desks' failures are counted as the same
    one (a read-then-write count would hand two desks the same number), and the account locks."""
    from taxdesk.core.db import Database

    empty_pg(pg_initialised)
    db = Database(pg_initialised)
    try:
        accounts.create_administrator(db, "A1", GOOD)
        start = time.time() + 2.0
        procs = [
            subprocess.Popen(
                [sys.executable, str(WORKER), pg_initialised, "A1", str(start), "3"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(PROCESSES)
        ]
        outputs = [proc.communicate(timeout=120) for proc in procs]
        for proc, (_out, err) in zip(procs, outputs, strict=True):
            assert proc.returncode == 0, err
        lines = [line.split() for out, _err in outputs for line in out.splitlines()]
        assert len(lines) == 3 * PROCESSES
        assert not [line for line in lines if line[0] == "signed-in"]
        counted = sorted(int(line[1]) for line in lines if line[0] == "counted")
        assert counted == list(range(1, len(counted) + 1))  # each failure its own number: none lost
        assert len(counted) >= accounts.MAX_FAILED
        info = accounts.account_info(db, "A1")
        assert info.failed_attempts == len(counted)
        assert info.locked_until is not None and info.locked_until > clock.now()
    finally:
        db.dispose()


def test_another_person_taking_a_locked_desk_is_recorded_and_signing_out_too(db, people):
    from taxdesk.core import audit

    accounts.reset_password(db, people, "S1", GOOD)
    with db.transaction() as session:
        session.get(Account, session.scalar(select(Staff.id).where(Staff.code == "S1"))).must_change = False
    accounts.sign_in(db, "A1", GOOD, host="HALL-PC-3", replacing="A1")  # the same person: no replacement
    assert audit.entries(db, audit.Filters(kind="desk.replaced"), actor=people) == []
    supervisor = accounts.sign_in(db, "S1", GOOD, host="HALL-PC-3", replacing="A1")
    (replaced,) = audit.entries(db, audit.Filters(kind="desk.replaced"), actor=people)
    assert (replaced.actor, replaced.host, replaced.object) == ("S1", "HALL-PC-3", "HALL-PC-3")
    assert '"A1"' in replaced.before and '"S1"' in replaced.after
    accounts.sign_out(db, supervisor, host="HALL-PC-3")
    (out,) = audit.entries(db, audit.Filters(kind="account.sign_out"), actor=people)
    assert (out.actor, out.host) == ("S1", "HALL-PC-3")
    assert audit.verify(db, actor=people).ok


def test_the_idle_lock_is_an_administrators_setting_kept_within_bounds(db, people):
    assert accounts.idle_lock_minutes(db) == accounts.IDLE_LOCK_DEFAULT
    supervisor = accounts.Actor(None, "S1", "值班长甲", frozenset({"supervisor"}))
    with pytest.raises(NotAllowed):
        accounts.set_idle_lock_minutes(db, 5, actor=supervisor)
    for bad in (0, 241, "5.5", "nan", "十"):
        with pytest.raises(InvalidInput):
            accounts.set_idle_lock_minutes(db, bad, actor=people)
    assert accounts.idle_lock_minutes(db) == accounts.IDLE_LOCK_DEFAULT
    assert accounts.set_idle_lock_minutes(db, "5", actor=people) == 5
    assert accounts.idle_lock_minutes(db) == 5
    from taxdesk.core import audit

    changes = audit.Filters(kind="settings.change", obj=accounts.IDLE_LOCK_SETTING)
    (change,) = audit.entries(db, changes, actor=people)
    assert change.actor == "A1" and (change.before, change.after) == ('{"value":10}', '{"value":5}')


def test_account_infos_reads_everybody_as_account_info_does(db, people):
    admin = accounts.sign_in(db, "A1", GOOD, at=NOW)
    accounts.create_account(db, admin, "S1", "first1234")
    infos = accounts.account_infos(db)
    assert set(infos) == {"A1", "S1"}
    assert infos == {code: accounts.account_info(db, code) for code in infos}
    assert infos["S1"].has_account and infos["S1"].must_change and infos["S1"].roles == ("supervisor",)
    assert not infos["A1"].must_change and infos["A1"].roles == ("admin",)
