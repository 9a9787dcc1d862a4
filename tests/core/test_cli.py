"""The `taxdesk` command line: the JSON contract and one clear line for every kind of bad input."""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from signing_in import ANYONE, PASSWORD, administrator
from sqlalchemy import func, select

from taxdesk.cli import main
from taxdesk.core.db.models import Ticket, TicketEvent

TICKET_KEYS = {"id", "number", "prefix", "point", "service", "issued_at", "ahead", "estimated_wait_min", "qr"}


@pytest.fixture(autouse=True)
def signed_in_as_the_administrator(request, monkeypatch):
    """Commands that issue, call, seat or book sign in: with the demo network, as its administrator A1
    (made once per test; who may do what is tested in test_queue_roles_cli.py)."""
    if "network_db" in request.fixturenames:
        administrator(request.getfixturevalue("network_db"))
        monkeypatch.setenv("TAXDESK_USER", "A1")
        monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as usage_error:  # argparse's one line for a malformed command
        code = usage_error.code
    out, err = capsys.readouterr()
    return code, out, err


def issue(capsys, db, *options):
    """`taxdesk ticket issue` for the hall's first service; returns (exit code, stdout)."""
    code, out, _ = run(
        capsys, "--db", db.url, "ticket", "issue", "--point", "HALL", "--service", _a_service(db), *options
    )
    return code, out


def run_process(*argv, env=None):
    return subprocess.run(
        [sys.executable, "-m", "taxdesk", *argv], capture_output=True, text=True, timeout=120, env=env
    )


def _ticket_count(db):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Ticket))


def test_points_and_services_json(network_db, capsys):
    code, out, _ = run(capsys, "--db", network_db.url, "points", "--json")
    points = json.loads(out)
    assert code == 0
    assert {"code", "name", "kind"} <= set(points[0])
    assert [p["kind"] for p in points].count("township") == 11
    code, out, _ = run(capsys, "services", "--db", network_db.url, "--point", "HALL", "--json")
    services = json.loads(out)
    assert code == 0 and len(services) == 24
    assert {"code", "name", "category", "prefix"} <= set(services[0])


def test_ticket_issue_json_then_verify(network_db, capsys):
    code, out = issue(capsys, network_db, "--json")
    ticket = json.loads(out)
    assert code == 0 and TICKET_KEYS <= set(ticket)
    assert ticket["number"] == f"{ticket['prefix']}001" and ticket["point"] == "HALL"

    code, out, err = run(capsys, "--db", network_db.url, "ticket", "verify", ticket["qr"], "--json")
    result = json.loads(out)
    assert code == 0 and result["valid"] is True and result["ticket"]["id"] == ticket["id"]
    assert result["reason"] and result["usable"] is True and result["unusable_reason"] is None
    assert err == ""

    tampered = ticket["qr"][:-1] + ("A" if ticket["qr"][-1] != "A" else "B")
    code, out, err = run(capsys, "--db", network_db.url, "ticket", "verify", tampered, "--json")
    result = json.loads(out)
    assert code == 1 and result["valid"] is False and result["ticket"] is None
    assert "altered or forged" in result["reason"]
    assert result["usable"] is False and result["unusable_reason"] == result["reason"]
    assert len(err.strip().splitlines()) == 1 and "invalid" in err


def test_ticket_verify_refuses_a_genuine_code_that_can_no_longer_be_used(network_db, capsys):
    from taxdesk.core import calls, clock
    from taxdesk.core.tickets import issue_ticket

    verify = ("--db", network_db.url, "ticket", "verify")
    yesterday = issue_ticket(
        network_db, "HALL", _a_service(network_db), at=clock.now() - timedelta(days=1), actor=ANYONE
    )
    code, out, err = run(capsys, *verify, yesterday.qr, "--json")
    result = json.loads(out)
    assert code == 1
    assert (result["valid"], result["code"], result["usable"]) == (True, "ok", False)
    assert result["unusable_code"] == "other_day" and yesterday.number in result["unusable_reason"]
    assert result["ticket"]["id"] == yesterday.id
    assert err.splitlines() == [f"taxdesk ticket verify: genuine but not usable: {result['unusable_reason']}"]
    code, out, err = run(capsys, *verify, yesterday.qr)
    assert (code, out) == (1, "") and len(err.splitlines()) == 1 and "not today" in err

    _, issued = issue(capsys, network_db, "--json")
    served = json.loads(issued)
    window = next(
        w["number"]
        for w in json.loads(run(capsys, "--db", network_db.url, "queue", "--point", "HALL", "--json")[1])[
            "windows"
        ]
        if served["prefix"] in w["categories"]
    )
    calls.call_next(network_db, "HALL", window, actor=ANYONE)
    code, out, err = run(capsys, *verify, served["qr"])
    assert code == 0 and out.startswith(f"valid: {served['number']}") and err == ""  # called: still good
    calls.finish(network_db, served["id"], actor=ANYONE)
    code, out, err = run(capsys, *verify, served["qr"], "--json")
    result = json.loads(out)
    assert code == 1 and result["valid"] is True and result["usable"] is False
    assert result["unusable_code"] == "finished" and result["ticket"]["status"] == "finished"
    assert len(err.splitlines()) == 1 and "already served" in err


def test_green_ticket_from_the_command_line(network_db, capsys):
    code, out = issue(capsys, network_db, "--green", "--json")
    assert code == 0 and json.loads(out)["number"] == "V001"


def test_render_escpos_png_and_pdf(network_db, capsys, tmp_path):
    _, out = issue(capsys, network_db, "--json")
    ticket_id = str(json.loads(out)["id"])
    for option, name in (("--escpos", "t.bin"), ("--png", "t.png"), ("--pdf", "t.pdf")):
        code, _, err = run(
            capsys, "--db", network_db.url, "ticket", "render", ticket_id, option, str(tmp_path / name)
        )
        assert code == 0, err
        assert (tmp_path / name).stat().st_size > 500
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")
    with network_db.session() as session:
        printed = session.scalars(select(TicketEvent.detail).where(TicketEvent.kind == "printed")).all()
    assert sorted(d.split(":")[0] for d in printed) == ["escpos", "pdf", "png"]


@pytest.mark.parametrize(
    "argv",
    [
        ["ticket", "issue", "--point", "NOPE", "--service", "FPDK", "--json"],
        ["ticket", "issue", "--point", "HALL", "--service", "NOPE", "--json"],
        ["ticket", "issue", "--point", "HALL", "--service", "{service}", "--phone", "123", "--json"],
        ["ticket", "render", "999999", "--png", "{tmp}/x.png"],
        ["ticket", "render", "1", "--png", "{tmp}/no/such/folder/x.png"],
        ["services", "--point", "NOPE"],
        ["ticket", "issue", "--point", "HALL"],
    ],
)
def test_bad_input_is_one_line_on_stderr_and_writes_nothing(network_db, capsys, tmp_path, argv):
    if "1" in argv:  # a ticket to render
        issue(capsys, network_db)
    argv = [a.format(service=_a_service(network_db), tmp=tmp_path) for a in argv]
    before = _ticket_count(network_db)
    try:
        code = main(["--db", network_db.url, *argv])
    except SystemExit as exit_:  # argparse usage errors
        code = exit_.code
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _ticket_count(network_db) == before
    assert not (tmp_path / "x.png").exists()


def test_unreadable_database_urls_fail_cleanly_without_creating_anything(tmp_path):
    missing = tmp_path / "missing.sqlite3"
    cases = [
        ["--db", "not a url", "points"],
        ["--db", "mysql://nobody@localhost/x", "points"],
        ["--db", f"sqlite:///{missing}", "points", "--json"],
        ["--db", "postgresql+psycopg://postgres@127.0.0.1:1/none", "points"],
    ]
    for argv in cases:
        result = run_process(*argv)
        assert result.returncode == 2, argv
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr, (
            result.stderr
        )
    assert not missing.exists()


def test_the_desk_without_a_display_says_so_in_one_line():
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run_process(env=env)
    assert result.returncode == 2
    assert "no display" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_init_creates_then_reports_up_to_date(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    first = run_process("--db", url, "init")
    assert first.returncode == 0 and "created" in first.stdout
    again = run_process("init", "--db", url)
    assert again.returncode == 0 and "up to date" in again.stdout
    listed = run_process("--db", url, "points", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def test_init_demo_reports_its_progress_on_stderr(tmp_path, capsys):
    """Half a minute of demo history is not silent: stderr (a log here, not a terminal) gets a few plain
    progress lines; stdout says what was made, as before."""
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    code, out, err = run(capsys, "--db", url, "init", "--demo", "--history-days", "2")
    assert code == 0, err
    assert err.splitlines() == ["generating demo history … 0%", "generating demo history … 100%"]
    created, summary, accounts = out.splitlines()
    assert created.startswith("created database ")
    assert accounts.startswith("demo: 56 accounts with the password taxdesk-demo (for the demo only)")
    # Two days ending yesterday may be a weekend: no tickets, and then no span of days.
    pattern = r"demo: 13 points, 24 services, \d+ windows, \d+ staff, \d+ tickets added( \(\S+ – \S+\))?"
    assert re.fullmatch(pattern, summary), summary


def test_init_demo_progress_on_a_terminal_is_one_line_redrawn(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    code, _, err = run(capsys, "--db", url, "init", "--demo", "--history-days", "2")
    assert code == 0
    assert err == "\rgenerating demo history … 0%\rgenerating demo history … 100%\n"


def test_progress_in_a_log_is_a_line_per_quarter():
    from taxdesk.cli.setup import Progress

    log = io.StringIO()
    with contextlib.redirect_stderr(log), Progress("generating demo history") as progress:
        for done in range(0, 730, 14):
            progress(done, 730)
        progress(730, 730)
    percents = [line.rsplit(" ", 1)[1] for line in log.getvalue().splitlines()]
    assert percents == ["0%", "26%", "51%", "76%", "100%"]


def test_init_says_which_backups_with_full_id_numbers_it_removed(tmp_path, capsys):
    """A site at schema 0005 (bookings kept full ID numbers) upgrades; the backup the upgrade made first is
    removed once the upgraded file checks out, and `init` says so."""
    import shutil

    path = tmp_path / "site.sqlite3"
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "schemas" / "0005.sqlite3", path)
    code, out, err = run(capsys, "--db", f"sqlite:///{path}", "init")
    assert code == 0, err
    backup = path.with_name(f"{path.name}.bak-0005")
    assert f"removed backup {backup}: it held taxpayers' full ID numbers" in out
    assert not backup.exists()


def test_database_url_from_the_environment(network_db, tmp_path):
    import os

    env = {**os.environ, "TAXDESK_DB": network_db.url}
    result = run_process("points", "--json", env=env)
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 13


def _a_service(db) -> str:
    from taxdesk.core.network import list_services

    with db.session() as session:
        return list_services(session, "HALL")[0].code


def test_calling_from_the_command_line(network_db, capsys):
    _, out = issue(capsys, network_db, "--json")
    ticket = json.loads(out)
    window = next(
        w["number"]
        for w in json.loads(run(capsys, "--db", network_db.url, "queue", "--point", "HALL", "--json")[1])[
            "windows"
        ]
        if ticket["prefix"] in w["categories"]
    )
    code, out, _ = run(
        capsys, "--db", network_db.url, "ticket", "call", "--point", "HALL", "--window", str(window), "--json"
    )
    called = json.loads(out)
    assert code == 0 and called["id"] == ticket["id"] and called["status"] == "called"
    assert TICKET_KEYS <= set(called)
    code, out, _ = run(
        capsys, "--db", network_db.url, "ticket", "call", "--point", "HALL", "--window", str(window), "--json"
    )
    assert code == 2  # still serving: one line on stderr
    for action in ("recall", "recall"):
        assert run(capsys, "--db", network_db.url, "ticket", action, str(ticket["id"]), "--json")[0] == 0
    code, out, _ = run(capsys, "--db", network_db.url, "ticket", "noshow", str(ticket["id"]), "--json")
    assert code == 0 and json.loads(out)["status"] == "no_show"
    code, out, _ = run(
        capsys, "--db", network_db.url, "ticket", "call", "--point", "HALL", "--window", str(window), "--json"
    )
    assert code == 0 and json.loads(out) is None  # nobody waiting: null
    queue = json.loads(run(capsys, "--db", network_db.url, "queue", "--point", "HALL", "--json")[1])
    assert {"categories", "windows", "alerts", "waiting"} <= set(queue)
    assert next(w for w in queue["windows"] if w["number"] == window)["state"] == "open"


def test_transfer_and_finish_from_the_command_line(network_db, capsys):
    _, out = issue(capsys, network_db, "--json")
    ticket = json.loads(out)
    services = json.loads(run(capsys, "--db", network_db.url, "services", "--point", "HALL", "--json")[1])
    other = next(s["code"] for s in services if s["prefix"] != ticket["prefix"])
    code, out, _ = run(
        capsys, "--db", network_db.url, "ticket", "transfer", str(ticket["id"]), "--service", other, "--json"
    )
    moved = json.loads(out)
    assert code == 0 and moved["service"] == other and moved["issued_at"] == ticket["issued_at"]
    code, _, err = run(capsys, "--db", network_db.url, "ticket", "finish", str(ticket["id"]))
    assert code == 2 and "cannot finish" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--db", network_db.url, "ticket", "transfer", str(ticket["id"]))
    assert code == 2 and "transfer to what" in err


def test_window_sign_in_pause_and_resume(network_db, capsys):
    base = ["--db", network_db.url, "window"]
    code, out, _ = run(
        capsys, *base, "signin", "--point", "HALL", "--window", "2", "--staff", "H05", "--json"
    )
    assert code == 0 and json.loads(out)["officer_code"] == "H05" and json.loads(out)["state"] == "open"
    code, out, _ = run(
        capsys, *base, "pause", "--point", "HALL", "--window", "2", "--reason", "lunch", "--json"
    )
    assert json.loads(out)["state"] == "paused"
    code, _, err = run(capsys, "--db", network_db.url, "ticket", "call", "--point", "HALL", "--window", "2")
    assert code == 2 and "paused" in err
    code, out, _ = run(capsys, *base, "resume", "--point", "HALL", "--window", "2", "--json")
    assert json.loads(out)["state"] == "open"
    code, _, err = run(capsys, *base, "signin", "--point", "HALL", "--window", "2", "--staff", "NOBODY")
    assert code == 2 and "unknown officer" in err


def test_booking_from_the_command_line(network_db, capsys):
    from taxdesk.core import bookings, clock

    day = next(d for d in bookings.bookable_days(clock.now().date(), 5) if d != clock.now().date())
    base = ["--db", network_db.url, "booking"]
    code, out, _ = run(
        capsys, *base, "slots", "--point", "T01", "--service", "WSZM", "--date", str(day), "--json"
    )
    slots = json.loads(out)
    assert code == 0 and {"start", "end", "capacity", "remaining"} <= set(slots[0])
    free = next(s for s in slots if s["remaining"] and s["bookable"])
    create = [
        *base,
        "create",
        "--point",
        "T01",
        "--service",
        "WSZM",
        "--date",
        str(day),
        "--slot",
        free["start"],
        "--name",
        "李四",
        "--phone",
        "13912345678",
        "--json",
    ]
    code, out, _ = run(capsys, *create, "--id-number", "11010519491231002X")
    booking = json.loads(out)
    assert code == 0 and {"code", "qr", "point", "service", "start", "end"} <= set(booking)
    assert booking["start"].startswith(f"{day}T{free['start']}")
    listed = json.loads(run(capsys, *base, "list", "--point", "T01", "--date", str(day), "--json")[1])
    assert [b["code"] for b in listed] == [booking["code"]] and listed[0]["status"] == "booked"
    code, _, err = run(capsys, *base, "checkin", booking["code"])  # the day has not come
    assert code == 1 and "too early" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, *create, "--id-number", "110105194912310021")
    assert code == 2 and "check character" in err
    code, out, _ = run(capsys, *base, "cancel", booking["code"], "--json")
    assert code == 0 and json.loads(out)["status"] == "cancelled"
    code, _, err = run(capsys, *base, "checkin", booking["qr"])
    assert code == 1 and "cancelled" in err
    code, _, err = run(capsys, *base, "checkin", booking["qr"].replace(":T01:", ":T02:"))
    assert code == 1 and "forged" in err
    code, _, err = run(
        capsys,
        *base,
        "create",
        "--point",
        "T01",
        "--service",
        "WSZM",
        "--date",
        "tomorrow",
        "--slot",
        "09:00",
        "--name",
        "x",
        "--phone",
        "1",
        "--id-number",
        "1",
    )
    assert code == 2 and "not a date" in err and len(err.strip().splitlines()) == 1
