"""Qualification: who may staff a window, sign-in refused to the unqualified, and a window counted for a
category only when its officer can serve it (console, supervisor overview, advisor) — both databases."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from signing_in import ANYONE
from sqlalchemy import select

from taxdesk.core import advisor, calls, clock, people, supervision
from taxdesk.core.db.models import Category, Staff, Window
from taxdesk.core.errors import InvalidInput
from taxdesk.core.qualification import qualified_officers
from taxdesk.core.roles import Actor
from taxdesk.core.tickets import issue_ticket

T0 = datetime(2026, 11, 26, 10, 0, tzinfo=clock.LOCAL_TZ)  # a Thursday morning
A_SERVICE = "DJBG"  # A 综合服务
B_SERVICE = "FPLY"  # B 发票业务
ADMIN = Actor(None, "A1", "管理员", frozenset({"admin"}))  # who edits the people


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_the_officers_a_window_is_offered_to_and_what_each_can_serve(network_db):
    offered = {o.code: o for o in qualified_officers(network_db, "HALL", 1)}  # ABCD
    staff = {s.code: s for s in people.list_staff(network_db, include_left=False)}
    expected = {
        code
        for code, s in staff.items()
        if set(s.categories) & {"GEN", "INV", "DEC", "SSF"} and (s.home_unit in ("hall", "branch"))
    }
    assert set(offered) == expected and "T01A" not in offered
    assert offered["H03"].categories == ("GEN",) and offered["H03"].prefixes == "A"  # 叶丽娟: A only
    assert offered["H05"].prefixes == "ABCD" and offered["H05"].roles == ("window",)
    window4 = {o.code for o in qualified_officers(network_db, "HALL", 4)}  # B only
    assert "H03" not in window4 and "H09" in window4
    people.leave(network_db, "H09", actor=ADMIN)
    assert "H09" not in {o.code for o in qualified_officers(network_db, "HALL", 4)}
    township = qualified_officers(network_db, "T01", 1)
    assert {o.code for o in township} == {"T01A", "T01B"}


def test_sign_in_refuses_an_officer_qualified_for_none_of_the_windows_queues(network_db):
    db = network_db
    with pytest.raises(InvalidInput) as refused:
        calls.sign_in(db, "HALL", 4, "H03", at=at(0), actor=ANYONE)  # window 4: B; H03: A
    assert refused.value.key == "not_qualified" and refused.value.params["categories"] == "B"
    with db.session() as session:
        window = session.scalar(select(Window).where(Window.number == 4))
        assert (window.state, window.staff_id) == ("closed", None)
    people.edit_staff(db, "H03", categories="", actor=ADMIN)  # no qualification recorded: no window at all
    with pytest.raises(InvalidInput):
        calls.sign_in(db, "HALL", 1, "H03", at=at(0), actor=ANYONE)
    assert calls.sign_in(db, "HALL", 4, "H09", at=at(0), actor=ANYONE).state == "open"


def test_a_window_counts_only_for_what_its_officer_can_serve(network_db):
    db = network_db
    calls.sign_in(db, "HALL", 1, "H03", at=at(-60), actor=ANYONE)  # window 1 serves ABCD; H03 only A
    for i in range(3):
        issue_ticket(db, "HALL", B_SERVICE, at=at(i - 5), actor=ANYONE)
    # The console: A only; B tickets are not called there.
    assert [q.prefix for q in supervision.desk_status(db, "HALL", 1, at=at(0)).queues] == ["A"]
    assert calls.call_next(db, "HALL", 1, at=at(0), actor=ANYONE) is None
    # The advisor: nobody serves B, so B has no open window.
    advice = advisor.Advisor(db, "HALL").run(at=at(0))
    queues = {q.category: q for q in advice.queues}
    assert queues["INV"].open_windows == 0 and queues["GEN"].open_windows == 1
    # The officer's qualifications change while signed in: B too — now the window counts for B.
    with db.transaction() as session:
        officer = session.scalar(select(Staff).where(Staff.code == "H03"))
        officer.categories = list(session.scalars(select(Category).where(Category.prefix.in_(("A", "B")))))
    queues = {q.category: q for q in advisor.Advisor(db, "HALL").run(at=at(1)).queues}
    assert queues["INV"].open_windows == 1
    assert [q.prefix for q in supervision.desk_status(db, "HALL", 1, at=at(1)).queues] == ["A", "B"]
    # … and with none recorded at all, it counts for nothing and calls nothing.
    with db.transaction() as session:
        session.scalar(select(Staff).where(Staff.code == "H03")).categories = []
    queues = {q.category: q for q in advisor.Advisor(db, "HALL").run(at=at(2)).queues}
    assert queues["INV"].open_windows == 0 and queues["GEN"].open_windows == 0
    issue_ticket(db, "HALL", A_SERVICE, at=at(2), actor=ANYONE)
    assert calls.call_next(db, "HALL", 1, at=at(3), actor=ANYONE) is None


def test_windows_officers_command(network_db, capsys, monkeypatch):
    import json

    from signing_in import PASSWORD, administrator

    from taxdesk.cli import main

    administrator(network_db)  # seating another officer: the administrator A1 signs in
    monkeypatch.setenv("TAXDESK_USER", "A1")
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)

    assert main(["--db", network_db.url, "windows", "officers", "4", "--point", "HALL", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and all(o["categories"] == ["INV"] and o["prefixes"] == "B" for o in found)
    assert (
        main(
            ["--db", network_db.url, "window", "signin", "--point", "HALL", "--window", "4", "--staff", "H03"]
        )
        == 2
    )
    assert "not qualified" in capsys.readouterr().err
