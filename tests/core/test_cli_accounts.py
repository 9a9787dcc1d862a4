"""Signing in on the command line: --user and $TAXDESK_USER/$TAXDESK_PASSWORD, exit 3 and 4, `init --admin`,
`init --demo`'s accounts, `passwd`, `staff reset-password` and `staff unlock`."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from taxdesk.cli import main
from taxdesk.core import accounts
from taxdesk.core.db import Database
from taxdesk.core.db.models import Account, Staff, StaffRole

ADMIN_PW = "admin2026pw"


def run(capsys, monkeypatch, *argv, stdin: str = "", env: dict | None = None):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    for name in ("TAXDESK_USER", "TAXDESK_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    try:
        code = main(list(argv))
    except SystemExit as usage_error:
        code = usage_error.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def admin_db(db, capsys, monkeypatch):
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        db.url,
        "init",
        "--admin",
        "A1",
        "--name",
        "管理员",
        stdin=ADMIN_PW + "\n",
    )
    assert code == 0, err
    assert "administrator 管理员 (A1) created" in out
    return db


def test_init_admin_reads_the_password_from_standard_input_and_refuses_a_second_time(
    admin_db, capsys, monkeypatch
):
    assert accounts.sign_in(admin_db, "A1", ADMIN_PW).roles == {"admin"}
    code, _out, err = run(
        capsys, monkeypatch, "--db", admin_db.url, "init", "--admin", "A1", stdin="other1234\n"
    )
    assert code == 2 and "has an administrator already" in err and len(err.splitlines()) == 1
    assert accounts.sign_in(admin_db, "A1", ADMIN_PW).code == "A1"  # unchanged


def test_init_admin_refuses_a_weak_password_and_writes_nothing(db, capsys, monkeypatch):
    code, _out, err = run(capsys, monkeypatch, "--db", db.url, "init", "--admin", "A2", stdin="short\n")
    assert code == 2 and "at least 8 characters" in err
    assert not accounts.has_administrator(db)
    with db.session() as session:
        assert session.scalar(select(Staff).where(Staff.code == "A2")) is None


def test_init_without_an_administrator_says_how_to_make_one(db, capsys, monkeypatch):
    code, _out, err = run(capsys, monkeypatch, "--db", db.url, "init")
    assert code == 0 and "taxdesk init --admin CODE" in err


def _add_person(db, code: str, role: str) -> None:
    with db.transaction() as session:
        person = Staff(code=code, name=f"人员{code}", home_unit="hall", active=True)
        session.add(person)
        session.flush()
        session.add(StaffRole(staff_id=person.id, role=role))


def test_exit_3_without_an_account_a_wrong_password_or_a_lock_and_exit_4_without_the_role(
    admin_db, capsys, monkeypatch
):
    _add_person(admin_db, "W1", "window")
    # nobody named
    code, _out, err = run(capsys, monkeypatch, "--db", admin_db.url, "staff", "unlock", "W1")
    assert code == 3 and "--user CODE" in err and len(err.splitlines()) == 1
    # wrong password, from the environment
    env = {"TAXDESK_USER": "A1", "TAXDESK_PASSWORD": "wrong-pass-1"}
    code, _out, err = run(capsys, monkeypatch, "--db", admin_db.url, "staff", "unlock", "W1", env=env)
    assert code == 3 and "wrong staff code or password" in err
    # the administrator gives W1 a password (read from stdin after the admin's own)
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db.url,
        "--user",
        "A1",
        "staff",
        "reset-password",
        "W1",
        stdin=f"{ADMIN_PW}\nwindow1234\n",
    )
    assert code == 0, err
    # W1 must change it first: any protected command says so (exit 3)
    env = {"TAXDESK_USER": "W1", "TAXDESK_PASSWORD": "window1234"}
    code, _out, err = run(capsys, monkeypatch, "--db", admin_db.url, "staff", "unlock", "A1", env=env)
    assert code == 3 and "must change the password first" in err
    code, _out, err = run(capsys, monkeypatch, "--db", admin_db.url, "passwd", env=env, stdin="window5678\n")
    assert code == 0, err
    # signed in, but a window officer may not unlock: exit 4; --user after the sub-command
    code, _out, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db.url,
        "staff",
        "unlock",
        "A1",
        "--user",
        "W1",
        stdin="window5678\n",
    )
    assert code == 4 and "may not do this" in err and len(err.splitlines()) == 1
    # five wrong passwords lock: then even the right one is refused with exit 3
    for _ in range(5):
        code, _out, _err = run(
            capsys, monkeypatch, "--db", admin_db.url, "--user", "W1", "passwd", stdin="nope12345\nx\n"
        )
        assert code == 3
    code, _out, err = run(
        capsys, monkeypatch, "--db", admin_db.url, "--user", "W1", "passwd", stdin="window5678\nnew12345678\n"
    )
    assert code == 3 and "locked" in err
    code, out, err = run(
        capsys,
        monkeypatch,
        "--db",
        admin_db.url,
        "--user",
        "A1",
        "staff",
        "unlock",
        "W1",
        stdin=ADMIN_PW + "\n",
    )
    assert code == 0 and "unlocked" in out
    assert accounts.sign_in(admin_db, "W1", "window5678").code == "W1"


def test_the_environment_signs_in_a_separate_process(admin_db):
    env = dict(os.environ, TAXDESK_USER="A1", TAXDESK_PASSWORD=ADMIN_PW)
    _add_person(admin_db, "W2", "window")
    with admin_db.transaction() as session:
        accounts.set_password(
            session, session.scalar(select(Staff.id).where(Staff.code == "W2")), "window1234"
        )
    done = subprocess.run(
        [sys.executable, "-m", "taxdesk", "--db", admin_db.url, "staff", "unlock", "W2"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    env["TAXDESK_PASSWORD"] = "wrong-pass-1"
    done = subprocess.run(
        [sys.executable, "-m", "taxdesk", "--db", admin_db.url, "staff", "unlock", "W2"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 3 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_public_facts_need_no_account(network_db, capsys, monkeypatch):
    for argv in (("points",), ("services", "--point", "HALL"), ("calendar", "day", "2026-10-01")):
        code, _out, err = run(capsys, monkeypatch, "--db", network_db.url, *argv)
        assert code == 0, (argv, err)


def test_init_demo_gives_every_demo_person_an_account_and_adds_admin(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    code, out, err = run(capsys, monkeypatch, "--db", url, "init", "--demo", "--no-history")
    assert code == 0, err
    assert "taxdesk-demo" in out and "for the demo only" in out
    db = Database(url)
    try:
        with db.session() as session:
            people = session.scalar(select(func.count()).select_from(Staff))
            with_account = session.scalar(select(func.count()).select_from(Account))
            without_role = session.scalar(
                select(func.count()).select_from(Staff).where(~Staff.id.in_(select(StaffRole.staff_id)))
            )
        assert people == with_account and people > 20 and without_role == 0
        admin = accounts.sign_in(db, "admin", accounts.DEMO_PASSWORD)
        assert admin.roles == {"admin"} and not admin.must_change
        from taxdesk.core.demo.network import STAFF

        officer = accounts.sign_in(db, STAFF[0].code, "taxdesk-demo")
        assert officer.roles == {STAFF[0].role} and not officer.must_change
        # a second init --demo keeps them (no new accounts, passwords unchanged)
        code, out, err = run(capsys, monkeypatch, "--db", url, "init", "--demo", "--no-history")
        assert code == 0 and "accounts" not in out
    finally:
        db.dispose()
