"""``taxdesk roster solve|publish|print`` on a point's week: the JSON the issue names, the draft stored,
publishing, the workbook, and one line on stderr for what cannot be done."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest
from synthetic_history import write_history

from taxdesk.cli import main
from taxdesk.core.roster import store

WEEK = "2025-W27"


@pytest.fixture
def history_db(network_db):
    write_history(network_db, date(2025, 4, 21), date(2025, 6, 29), seed=3)
    return network_db


PASSWORD = "roster2026pw"


def give_password(db, code: str) -> None:
    from sqlalchemy import select

    from taxdesk.core.accounts import set_password
    from taxdesk.core.db.models import Staff

    with db.transaction() as session:
        set_password(
            session, session.scalar(select(Staff.id).where(Staff.code == code)), PASSWORD, must_change=False
        )


def test_solve_publish_and_print_from_the_command_line(history_db, capsys, tmp_path, monkeypatch):
    url = history_db.url
    for code in ("H01", "H05"):
        give_password(history_db, code)
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)
    # Solving stores a draft: it needs a signed-in supervisor (exit 3 without anyone, 4 for an officer).
    assert main(["--db", url, "roster", "solve", "--point", "HALL", "--week", WEEK]) == 3
    assert "--user CODE" in capsys.readouterr().err
    assert main(["--db", url, "--user", "H05", "roster", "solve", "--point", "HALL", "--week", WEEK]) == 4
    capsys.readouterr()
    assert store.latest(history_db, "HALL", WEEK) is None
    monkeypatch.setenv("TAXDESK_USER", "H01")
    assert main(["--db", url, "roster", "solve", "--point", "HALL", "--week", WEEK, "--json"]) == 0
    solved = json.loads(capsys.readouterr().out)
    assert {"status", "objective", "bound", "gap", "assignments", "coverage", "violations"} <= set(solved)
    assert solved["status"] == "optimal" and solved["violations"] == [] and solved["version"] == 1
    first = solved["assignments"][0]
    assert set(first) >= {"staff", "staff_id", "day", "shift", "start", "end", "window", "duty"}
    assert first["day"].startswith("2025-0") and first["start"] == "08:30"
    on_window = [a for a in solved["assignments"] if a["duty"] == "window"]
    on_duty = [a for a in solved["assignments"] if a["duty"] != "window"]
    assert on_window and all(isinstance(a["window"], int) and a["category"] for a in on_window)
    assert {a["duty"] for a in on_duty} == {"back_office", "guidance"}
    assert all(a["window"] is None and a["category"] is None and a["duty_name"] for a in on_duty)
    assert solved["deviations"] == []  # every contracted half-day on a window or a duty
    stored = store.latest(history_db, "HALL", WEEK)
    assert len(stored.assignments) == len(solved["assignments"]) and stored.created_by == "陈晓燕"
    assert solved["coverage"][0]["start"] == "2025-06-30T08:30:00+08:00"
    assert all(c["planned"] >= c["required"] for c in solved["coverage"])  # two queues: fully covered

    assert main(["--db", url, "roster", "publish", "--point", "HALL", "--week", WEEK, "--user", "H05"]) == 4
    assert "may not do this" in capsys.readouterr().err
    assert main(["--db", url, "roster", "publish", "--point", "HALL", "--week", WEEK]) == 0
    assert "version 1 published" in capsys.readouterr().out
    assert store.latest(history_db, "HALL", WEEK).published_by == "陈晓燕"
    assert main(["--db", url, "roster", "show", "--point", "HALL", "--week", WEEK, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["version"], shown["status"], shown["published_by"]) == (1, "published", "陈晓燕")
    assert shown["assignments"] == solved["assignments"]

    book = tmp_path / "roster.xlsx"
    assert main(["--db", url, "roster", "print", "--point", "HALL", "--week", WEEK, "--xlsx", str(book)]) == 0
    capsys.readouterr()
    text = " ".join(
        str(cell.value)
        for row in openpyxl.load_workbook(book).active.iter_rows()
        for cell in row
        if cell.value
    )
    assert first["staff"] in text and "2025-W27" in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["print", "--point", "HALL", "--week", WEEK], "--pdf FILE"),
        (["print", "--point", "HALL", "--week", WEEK, "--xlsx", "/no/such/dir/r.xlsx"], "does not exist"),
        (["print", "--point", "HALL", "--week", "2025-W28", "--xlsx", "r.xlsx"], "no roster"),
        (["publish", "--point", "HALL", "--week", "2025-W28"], "no roster"),
        (["solve", "--point", "HALL", "--week", "2025-27"], "ISO week"),
        (["solve", "--point", "HALL", "--week", WEEK, "--time-limit", "0"], "0.1 to 3600"),
    ],
)
def test_what_cannot_be_done_is_one_line_on_stderr(history_db, capsys, args, words, monkeypatch):
    give_password(history_db, "H01")
    monkeypatch.setenv("TAXDESK_USER", "H01")
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)
    try:
        code = main(["--db", history_db.url, "roster", *args])
    except SystemExit as stop:  # argparse's own refusals
        code = stop.code
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and words in err


def test_leave_a_re_solve_that_reports_what_changed_and_printing_a_chosen_version(
    history_db, capsys, tmp_path, monkeypatch
):
    url = history_db.url
    give_password(history_db, "H01")
    monkeypatch.setenv("TAXDESK_USER", "H01")
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)

    def run(*args) -> dict:
        assert main(["--db", url, "roster", *args, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    first = run("solve", "--point", "HALL", "--week", WEEK)
    assert (first["changed"], first["previous_version"], first["changes"]) == (0, None, [])
    assert main(["--db", url, "roster", "publish", "--point", "HALL", "--week", WEEK]) == 0
    capsys.readouterr()
    wednesday = "2025-07-02"
    sick = next(a["staff_id"] for a in first["assignments"] if a["day"] == wednesday)
    leave = run("leave", "--point", "HALL", "--staff", sick, "--date", wednesday, "--reason", "病假")
    assert (leave["staff"], leave["first"], leave["last"]) == (sick, wednesday, wednesday)

    # The week is published: a solve says how to start the next version, and stores nothing.
    assert main(["--db", url, "roster", "solve", "--point", "HALL", "--week", WEEK]) == 2
    assert "published" in capsys.readouterr().err
    again = run("solve", "--point", "HALL", "--week", WEEK, "--revise")
    assert again["version"] == 2 and again["previous_version"] == 1
    assert again["changed"] == len(again["changes"]) >= 1
    assert any(
        c["staff_id"] == sick and c["day"] == wednesday and c["after"] is None for c in again["changes"]
    )
    assert len([c for c in again["changes"] if c["staff_id"] != sick]) <= 6
    assert main(["--db", url, "roster", "solve", "--point", "HALL", "--week", WEEK]) == 0
    assert "changed: 0 assignments differ from version 2" in capsys.readouterr().out

    # Printing: the published version by default, the draft when asked.
    book = str(tmp_path / "r.xlsx")
    printed = run("print", "--point", "HALL", "--week", WEEK, "--xlsx", book)
    assert (printed["version"], printed["status"]) == (1, "published")
    printed = run("print", "--point", "HALL", "--week", WEEK, "--xlsx", book, "--version", "draft")
    assert (printed["version"], printed["status"]) == (2, "draft")
    assert run("print", "--point", "HALL", "--week", WEEK, "--xlsx", book, "--version", "1")["version"] == 1
    assert main(["--db", url, "roster", "print", "--point", "HALL", "--week", WEEK, "--xlsx", book,
                 "--version", "7"]) == 2  # fmt: skip
    assert "no version 7" in capsys.readouterr().err

    removed = run("leave", "--point", "HALL", "--staff", sick, "--date", wednesday, "--remove")
    assert removed["removed"] == 1
    assert main(["--db", url, "roster", "leave", "--point", "HALL", "--staff", sick, "--date", wednesday,
                 "--remove"]) == 2  # fmt: skip
    assert "no leave" in capsys.readouterr().err


def test_a_morning_window_and_an_afternoon_duty_are_stored_read_back_and_shown(history_db, capsys):
    from taxdesk.core.accounts import actor_for
    from taxdesk.core.roster.store import Planned

    monday = date(2025, 6, 30)
    planned = [
        Planned("H03", monday, "AM", "GEN", 1),
        Planned("H03", monday, "PM", duty="back_office"),
        Planned("H04", monday, "PM", duty="guidance", locked=True),
    ]
    store.save_draft(history_db, "HALL", WEEK, planned, actor=actor_for(history_db, "H01"))
    latest = store.latest(history_db, "HALL", WEEK)
    held = sorted((a.staff, a.template, a.duty, a.category, a.window, a.locked) for a in latest.assignments)
    assert held == [
        ("H03", "AM", "window", "GEN", 1, False),
        ("H03", "PM", "back_office", None, None, False),
        ("H04", "PM", "guidance", None, None, True),
    ]
    assert main(["--db", history_db.url, "roster", "show", "--point", "HALL", "--week", WEEK, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["version"], shown["status"]) == (1, "draft")
    rows = sorted(
        (a["staff_id"], a["start"], a["duty"], a["window"], a["category"]) for a in shown["assignments"]
    )
    assert rows == [
        ("H03", "08:30", "window", 1, "GEN"),
        ("H03", "13:30", "back_office", None, None),
        ("H04", "13:30", "guidance", None, None),
    ]
    assert main(["--db", history_db.url, "roster", "show", "--point", "HALL", "--week", WEEK]) == 0
    text = capsys.readouterr().out
    assert "version 1 (draft): 3 shifts" in text and "back_office" in text and "window 1 (GEN)" in text
    assert (
        main(
            [
                "--db",
                history_db.url,
                "roster",
                "show",
                "--point",
                "HALL",
                "--week",
                WEEK,
                "--version",
                "published",
            ]
        )
        == 2
    )
    assert "no version of 2025-W27 is published" in capsys.readouterr().err
