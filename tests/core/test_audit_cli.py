"""`taxdesk audit verify|list|export|prune|retention`: exit codes, one line on stderr, the JSON contract.

The commands sign in: supervisors and administrators read the trail (verify, list, export), only
administrators prune it and set its retention. Every sign-in is itself an ``account.sign_in`` entry."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from openpyxl import load_workbook
from signing_in import PASSWORD, auditor, give_password
from sqlalchemy import func, select, text

from taxdesk.cli import main
from taxdesk.core import audit, clock, people
from taxdesk.core.accounts import actor_for, create_administrator
from taxdesk.core.db.models import AuditEntry, Staff

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=clock.LOCAL_TZ)
ADMIN, SUPERVISOR = "A001", "H01"


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as usage_error:
        code = usage_error.code
    out, err = capsys.readouterr()
    return code, out, err


def sign_in(monkeypatch, db, code):
    """The administrator A001 and the supervisor H01 get accounts (once), and the commands sign in as
    ``code`` through $TAXDESK_USER/$TAXDESK_PASSWORD."""
    with db.session() as session:
        made = session.scalar(select(Staff.id).where(Staff.code == ADMIN))
    if made is None:
        admin = create_administrator(db, ADMIN, PASSWORD)
        people.add_staff(db, people.StaffRecord(SUPERVISOR, "陈晓燕", ("supervisor",), "hall"), actor=admin)
        give_password(db, SUPERVISOR)
    monkeypatch.setenv("TAXDESK_USER", code)
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)


def total(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def not_accounts(entries):
    """The entries that are not the set-up's own (the administrator and the people made, the sign-ins)."""
    return [e for e in entries if not e["kind"].startswith(("account.", "people."))]


def _fill(db):
    """Five entries by two people on three days; returns their ids."""
    made = [
        ("S001", "roster.publish", "HALL 2026-12-07", None, {"week": "2026-12-07"}),
        ("S002", "booking.override", "booking 17", None, {"phone": "13812345678", "reason": "老人"}),
        ("S001", "calendar.deadline", "2026-12", {"date": "2026-12-15"}, {"date": "2026-12-16"}),
        ("S002", "advice.accept", "suggestion 3", None, {"status": "accepted"}),
        ("system", "advice.run", "HALL", None, None),
    ]
    ids = []
    for n, (actor, kind, obj, before, after) in enumerate(made):
        with db.transaction() as session:
            at = T0 + timedelta(days=n // 2, hours=n)
            ids.append(audit.record(session, actor, kind, obj, before, after, host="PC-1", at=at).id)
    return ids


def test_verify_says_intact_then_names_the_broken_entry(db, capsys, monkeypatch):
    ids = _fill(db)
    sign_in(monkeypatch, db, SUPERVISOR)
    code, out, err = run(capsys, "audit", "verify", "--db", db.url)
    # every entry holds: the five and the accounts' own (the administrator made, this sign-in)
    assert (code, err) == (0, "") and out.startswith(f"audit trail intact: {total(db)} entries")
    assert total(db) > 5
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET after = '{}' WHERE id = :id"), {"id": ids[3]})
    code, out, err = run(capsys, "audit", "verify", "--db", db.url)
    assert code == 1 and out == ""
    assert len(err.splitlines()) == 1 and f"broken at entry {ids[3]} (advice.accept" in err
    code, out, err = run(capsys, "audit", "verify", "--db", db.url, "--json")
    result = json.loads(out)
    assert code == 1 and result["ok"] is False and result["broken_id"] == ids[3]
    assert result["broken_reason"] == "content_changed" and result["checked"] == 3


def test_verify_names_a_deleted_entry(sqlite_url, capsys, monkeypatch):
    from taxdesk.core.db import Database

    db = Database(sqlite_url)
    ids = _fill(db)
    sign_in(monkeypatch, db, SUPERVISOR)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": ids[1]})
    db.dispose()
    code, _out, err = run(capsys, "audit", "verify", "--db", sqlite_url)
    assert code == 1 and f"entry {ids[2]} " in err and "missing" in err


def test_list_filters_newest_first(db, capsys, monkeypatch):
    ids = _fill(db)
    sign_in(monkeypatch, db, SUPERVISOR)
    code, out, _ = run(capsys, "audit", "list", "--db", db.url, "--json")
    everything = json.loads(out)
    listed = not_accounts(everything)
    assert code == 0 and [e["id"] for e in listed] == ids[::-1]
    assert set(listed[0]) == {"id", "at", "actor", "host", "kind", "object", "before", "after", "hash"}
    assert listed[3]["after"] == {"phone": "138****5678", "reason": "老人"}  # masked in the log itself
    assert listed[3]["at"] == "2026-12-01T10:00:00+08:00" and listed[3]["host"] == "PC-1"
    # the sign-in of this very command is in the trail, newest, under the supervisor's code
    assert (everything[0]["kind"], everything[0]["actor"]) == ("account.sign_in", SUPERVISOR)

    def ids_for(*options):
        code, out, err = run(capsys, "audit", "list", "--db", db.url, "--json", *options)
        assert code == 0, err
        return [e["id"] for e in not_accounts(json.loads(out))]

    assert ids_for("--actor", "S001") == [ids[2], ids[0]]
    assert ids_for("--kind", "advice.accept") == [ids[3]]
    assert ids_for("--kind", "advice.") == [ids[4], ids[3]]
    assert ids_for("--object", "2026-12") == [ids[2], ids[0]]
    assert ids_for("--since", "2026-12-02") == [ids[4], ids[3], ids[2]]
    assert ids_for("--until", "2026-12-01") == [ids[1], ids[0]]
    assert ids_for("--since", "2026-12-02", "--until", "2026-12-02") == [ids[3], ids[2]]
    # the newest two are today's sign-ins; up to the filled days, the newest two are the last two filled
    code, out, _ = run(capsys, "audit", "list", "--db", db.url, "--json", "--limit", "2")
    assert code == 0 and [e["kind"] for e in json.loads(out)] == ["account.sign_in"] * 2
    assert ids_for("--limit", "2", "--until", "2026-12-03") == [ids[4], ids[3]]
    code, out, _ = run(capsys, "audit", "list", "--db", db.url, "--actor", "S002")
    assert code == 0 and len(out.splitlines()) == 2 and "booking.override" in out


def test_bad_filters_are_one_line_and_exit_2(sqlite_url, capsys, monkeypatch):
    from taxdesk.core.db import Database

    db = Database(sqlite_url)
    sign_in(monkeypatch, db, SUPERVISOR)
    db.dispose()
    for options in (["--limit", "0"], ["--since", "2026-13-01"], ["--actor", "S\x01"]):
        code, out, err = run(capsys, "audit", "list", "--db", sqlite_url, *options)
        assert code == 2 and out == "" and len(err.splitlines()) == 1, (options, err)


def test_reading_the_trail_needs_a_signed_in_supervisor_or_administrator(db, capsys, monkeypatch):
    _fill(db)
    sign_in(monkeypatch, db, SUPERVISOR)
    monkeypatch.delenv("TAXDESK_USER")
    before = total(db)
    for action in ("verify", "list"):  # nobody named: exit 3, one line, nothing written
        code, out, err = run(capsys, "audit", action, "--db", db.url)
        assert (code, out) == (3, "") and len(err.splitlines()) == 1 and "--user" in err, (action, err)
    assert total(db) == before
    monkeypatch.setenv("TAXDESK_PASSWORD", "wrong-password")  # a wrong password: exit 3 too
    code, out, err = run(capsys, "audit", "list", "--db", db.url, "--user", SUPERVISOR)
    assert (code, out) == (3, "") and len(err.splitlines()) == 1
    people.add_staff(db, people.StaffRecord("W01", "王五", ("window",), "hall"), actor=actor_for(db, ADMIN))
    give_password(db, "W01")
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)  # a window officer: signed in, but not allowed
    code, out, err = run(capsys, "audit", "list", "--db", db.url, "--user", "W01")
    assert (code, out) == (4, "") and len(err.splitlines()) == 1
    code, out, _ = run(capsys, "audit", "list", "--db", db.url, "--user", ADMIN, "--json")
    assert code == 0 and len(not_accounts(json.loads(out))) == 5  # an administrator may read it


def test_export_writes_the_filtered_entries_as_text_cells(db, capsys, monkeypatch, tmp_path):
    ids = _fill(db)
    with db.transaction() as session:
        audit.record(session, "S001", "network.edit", '=HYPERLINK("x")', after={"name": "+1"}, at=T0)
    sign_in(monkeypatch, db, SUPERVISOR)
    target = tmp_path / "audit.xlsx"
    code, out, err = run(capsys, "audit", "export", "--db", db.url, "--xlsx", str(target), "--actor", "S001")
    assert (code, err) == (0, "") and "exported 3 audit entries" in out
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == audit.EXPORT_HEADER
    assert [r[0] for r in rows[1:]] == [ids[4] + 1, ids[2], ids[0]]
    assert rows[1][5] == '=HYPERLINK("x")' and sheet.cell(row=2, column=6).data_type == "s"
    # the export is recorded too
    [exported] = [e for e in audit.entries(db, actor=auditor()) if e.kind == "audit.export"]
    assert (exported.actor, exported.object) == (SUPERVISOR, "audit.xlsx")  # under the signed-in person
    assert json.loads(exported.after) == {"rows": 3, "filters": {"actor": "S001"}}
    code, _out, err = run(capsys, "audit", "export", "--db", db.url, "--xlsx", str(tmp_path / "a.csv"))
    assert code == 2 and "xlsx" in err
    missing_folder = str(tmp_path / "no" / "a.xlsx")
    code, _out, err = run(capsys, "audit", "export", "--db", db.url, "--xlsx", missing_folder)
    assert code == 2 and len(err.splitlines()) == 1


def test_retention_cannot_be_set_below_six_months(db, capsys, monkeypatch):
    sign_in(monkeypatch, db, ADMIN)
    code, out, _ = run(capsys, "audit", "retention", "--db", db.url, "--json")
    assert code == 0 and json.loads(out) == {"months": 6}
    code, out, err = run(capsys, "audit", "retention", "5", "--db", db.url)
    assert code == 2 and out == "" and "6" in err and len(err.splitlines()) == 1
    code, out, err = run(capsys, "audit", "retention", "12", "--db", db.url, "--user", SUPERVISOR)
    assert code == 4 and out == "" and len(err.splitlines()) == 1  # a supervisor may not set it
    code, out, _ = run(capsys, "audit", "retention", "12", "--db", db.url)
    assert code == 0 and "12 months" in out
    code, out, _ = run(capsys, "audit", "list", "--db", db.url, "--json", "--kind", "settings.")
    [entry] = json.loads(out)
    assert (entry["actor"], entry["kind"], entry["before"], entry["after"]) == (
        ADMIN,
        "settings.change",
        {"value": 6},
        {"value": 12},
    )


def test_prune_keeps_a_provable_chain(db, capsys, monkeypatch):
    now = clock.now()
    with db.transaction() as session:
        for days in (400, 300, 10, 1):
            audit.record(session, "S001", "test.edit", f"{days} days ago", at=now - timedelta(days=days))
    sign_in(monkeypatch, db, SUPERVISOR)
    before = total(db)
    code, out, err = run(capsys, "audit", "prune", "--db", db.url)  # a supervisor: not allowed
    assert (code, out) == (4, "") and len(err.splitlines()) == 1
    with db.session() as session:  # nothing pruned, nothing written but the supervisor's sign-in
        assert session.scalar(select(func.count()).where(AuditEntry.kind == "test.edit")) == 4
        newest = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert total(db) == before + 1 and (newest.kind, newest.actor) == ("account.sign_in", SUPERVISOR)
    monkeypatch.setenv("TAXDESK_USER", ADMIN)
    code, out, err = run(capsys, "audit", "prune", "--db", db.url)
    assert (code, err) == (0, "") and out.startswith("pruned 2 entries")
    code, out, _ = run(capsys, "audit", "verify", "--db", db.url)
    assert code == 0 and f"intact: {total(db)} entries" in out
    with db.session() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.kind == "test.edit")) == 2
    code, out, _ = run(capsys, "audit", "prune", "--db", db.url)
    assert code == 0 and out.startswith("nothing to prune")


def test_a_bad_user_code_is_a_refused_sign_in_on_one_line(db, capsys, monkeypatch, tmp_path):
    """What ``--by`` took before, ``--user`` takes now: a 10 MB, too long or control-character code is no
    account (exit 3), said on one short line without echoing it, and nothing is written."""
    _fill(db)
    sign_in(monkeypatch, db, ADMIN)
    before = total(db)
    xlsx = str(tmp_path / "audit.xlsx")
    for argv in (
        ["export", "--xlsx", xlsx, "--user", "张" * (10 * 1024 * 1024 // 3)],
        ["prune", "--user", "A" * 41],
        ["retention", "12", "--user", "A\x07"],
    ):
        code, out, err = run(capsys, "audit", *argv, "--db", db.url)
        assert (code, out) == (3, "") and len(err.splitlines()) == 1 and len(err) <= 500, (argv[0], err[:200])
    assert total(db) == before and not (tmp_path / "audit.xlsx").exists()
