"""The queue's commands sign in: not signed in exits 3, a role that does not allow it 4, with nothing
written; ``window signin`` seats the signed-in person; ``show --full`` reveals a taxpayer (audited)."""

from __future__ import annotations

import json

import pytest
from signing_in import PASSWORD, give_password
from sqlalchemy import func, select

from taxdesk.cli import main
from taxdesk.core import bookings, calls, clock
from taxdesk.core.db.models import AuditEntry, Booking, Ticket, TicketEvent, WindowEvent

FRONT_DESK, OFFICER = "H03", "H09"  # 叶丽娟 (front desk), 刘洋 (window officer, qualified for B)
B_SERVICE = "FPLY"


@pytest.fixture
def hall(network_db):
    give_password(network_db, FRONT_DESK, OFFICER)  # once per test: scrypt is slow on purpose
    return network_db


def run(capsys, monkeypatch, user: str | None, *argv):
    if user is None:
        monkeypatch.delenv("TAXDESK_USER", raising=False)
        monkeypatch.delenv("TAXDESK_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("TAXDESK_USER", user)
        monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)
    try:
        code = main(list(argv))
    except SystemExit as usage_error:
        code = usage_error.code
    out, err = capsys.readouterr()
    return code, out, err


def rows(db) -> tuple[int, ...]:
    """What the queue writes (sign-ins are in the audit trail, so it is left out here)."""
    with db.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(table))
            for table in (Ticket, TicketEvent, WindowEvent, Booking)
        )


def test_issuing_signs_in_and_needs_a_role_that_issues(hall, capsys, monkeypatch):
    issue = ["--db", hall.url, "ticket", "issue", "--point", "HALL", "--service", B_SERVICE, "--json"]
    before = rows(hall)
    code, out, err = run(capsys, monkeypatch, None, *issue)
    assert code == 3 and out == "" and "TAXDESK_USER" in err and len(err.splitlines()) == 1
    code, out, err = run(capsys, monkeypatch, OFFICER, *issue)
    assert code == 4 and out == "" and "tickets" in err and len(err.splitlines()) == 1
    assert rows(hall) == before
    code, out, _ = run(capsys, monkeypatch, FRONT_DESK, *issue)
    assert code == 0 and json.loads(out)["point"] == "HALL"


def test_calling_signs_in_and_a_front_desk_officer_may_not_call(hall, capsys, monkeypatch):
    run(
        capsys,
        monkeypatch,
        FRONT_DESK,
        "--db",
        hall.url,
        "ticket",
        "issue",
        "--point",
        "HALL",
        "--service",
        B_SERVICE,
    )
    call = ["--db", hall.url, "ticket", "call", "--point", "HALL", "--window", "4", "--json"]
    before = rows(hall)
    assert run(capsys, monkeypatch, None, *call)[0] == 3
    assert run(capsys, monkeypatch, FRONT_DESK, *call)[0] == 4
    assert rows(hall) == before
    code, out, _ = run(capsys, monkeypatch, OFFICER, *call)
    ticket = json.loads(out)
    assert code == 0 and ticket["status"] == "called"
    finish = ["--db", hall.url, "ticket", "finish", str(ticket["id"]), "--json"]
    assert run(capsys, monkeypatch, FRONT_DESK, *finish)[0] == 4
    assert run(capsys, monkeypatch, OFFICER, *finish)[0] == 0


def test_window_signin_seats_the_signed_in_person_and_another_needs_a_supervisor(hall, capsys, monkeypatch):
    signin = ["--db", hall.url, "window", "signin", "--point", "HALL", "--window", "4", "--json"]
    assert run(capsys, monkeypatch, None, *signin)[0] == 3
    code, _, err = run(capsys, monkeypatch, OFFICER, *signin, "--staff", "H13")
    assert code == 4 and "assign windows" in err
    assert calls.window_view(hall, "HALL", 4).state == "closed"
    code, out, _ = run(capsys, monkeypatch, OFFICER, *signin)
    assert code == 0 and json.loads(out)["officer_code"] == OFFICER
    pause = ["--db", hall.url, "window", "pause", "--point", "HALL", "--window", "4", "--json"]
    assert run(capsys, monkeypatch, FRONT_DESK, *pause)[0] == 4
    assert run(capsys, monkeypatch, OFFICER, *pause)[0] == 0


def test_booking_signs_in_records_who_and_show_full_reveals_the_taxpayer(hall, capsys, monkeypatch):
    day = next(d for d in bookings.bookable_days(clock.now().date(), 5) if d != clock.now().date())
    slots = bookings.slots(hall, "HALL", B_SERVICE, day)
    free = next(s for s in slots if s.remaining and s.bookable)
    create = ["--db", hall.url, "booking", "create", "--point", "HALL", "--service", B_SERVICE,
              "--date", str(day), "--slot", f"{free.start:%H:%M}", "--name", "李四", "--phone", "13912345678",
              "--id-number", "11010519491231002X", "--json"]  # fmt: skip
    code, _, err = run(capsys, monkeypatch, FRONT_DESK, *create, "--staff", "H03")
    assert code == 2 and "--staff" in err  # the option is gone: the signed-in person is recorded
    assert run(capsys, monkeypatch, None, *create)[0] == 3
    assert run(capsys, monkeypatch, OFFICER, *create)[0] == 4
    assert rows(hall)[3] == 0
    code, out, _ = run(capsys, monkeypatch, FRONT_DESK, *create)
    booking = json.loads(out)
    assert code == 0 and booking["taxpayer_name"] == "李*" and booking["taxpayer_phone"] == "139****5678"

    show = ["--db", hall.url, "booking", "show", booking["code"]]
    code, out, _ = run(capsys, monkeypatch, None, *show, "--json")  # masked: open to all
    assert code == 0 and json.loads(out)["taxpayer_phone"] == "139****5678"
    code, _, err = run(capsys, monkeypatch, None, *show, "--full")
    assert code == 3
    code, _, err = run(capsys, monkeypatch, OFFICER, *show, "--full")
    assert code == 4
    code, out, _ = run(capsys, monkeypatch, FRONT_DESK, *show, "--full")
    assert code == 0 and "李四 13912345678" in out
    with hall.session() as session:
        entries = session.execute(
            select(AuditEntry.actor, AuditEntry.object, AuditEntry.after).where(
                AuditEntry.kind == "personal.view"
            )
        ).all()
    assert [(actor, booking["code"] in obj, "13912345678" in after) for actor, obj, after in entries] == [
        (FRONT_DESK, True, False)
    ]

    checkin = ["--db", hall.url, "booking", "checkin", booking["code"]]
    assert run(capsys, monkeypatch, OFFICER, *checkin)[0] == 4  # not the booking's answer (1): refused
    cancel = ["--db", hall.url, "booking", "cancel", booking["code"], "--json"]
    assert run(capsys, monkeypatch, OFFICER, *cancel)[0] == 4
    code, out, _ = run(capsys, monkeypatch, FRONT_DESK, *cancel)
    assert code == 0 and json.loads(out)["status"] == "cancelled"


def test_ticket_show_full_reveals_the_taxpayer_to_a_window_officer(hall, capsys, monkeypatch):
    issue = ["--db", hall.url, "ticket", "issue", "--point", "HALL", "--service", B_SERVICE, "--json"]
    code, out, _ = run(capsys, monkeypatch, FRONT_DESK, *issue, "--name", "王小明", "--phone", "13912345678")
    ticket_id = str(json.loads(out)["id"])
    code, out, _ = run(capsys, monkeypatch, None, "--db", hall.url, "ticket", "show", ticket_id)
    assert code == 0 and "王*明 139****5678" in out
    code, out, _ = run(capsys, monkeypatch, OFFICER, "--db", hall.url, "ticket", "show", ticket_id, "--full")
    assert code == 0 and "王小明 13912345678" in out
