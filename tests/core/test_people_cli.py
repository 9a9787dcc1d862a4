"""`taxdesk staff|windows|shifts`: the JSON contract, files, and one line with exit 2 for bad input."""

from __future__ import annotations

import json

import pytest
from signing_in import PASSWORD, administrator, sign_in_as

from taxdesk.cli import main
from taxdesk.cli import people as people_cli
from taxdesk.core import people
from taxdesk.core import windows_edit as we

STAFF_KEYS = {"code", "name", "roles", "home_unit", "point", "categories", "active"}
CONTRACT_KEYS = {"min_week_hours", "max_week_hours", "working_days", "half_days", "rotating"}


def snapshot(db):
    return people.list_staff(db), we.list_windows(db, "HALL"), we.list_shifts(db, "HALL")


def people_entries(db) -> list[str]:
    from sqlalchemy import select

    from taxdesk.core.db.models import AuditEntry

    with db.session() as session:
        return list(
            session.scalars(
                select(AuditEntry.kind).where(AuditEntry.kind.like("people.%")).order_by(AuditEntry.id)
            )
        )


def run(capsys, db, *argv):
    try:
        code = main(["--db", db.url, *argv])
    except SystemExit as usage_error:
        code = usage_error.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def as_admin(network_db, monkeypatch):
    """The commands sign in as the administrator A1."""
    administrator(network_db)
    monkeypatch.setenv("TAXDESK_USER", "A1")
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)


def test_staff_list_json_contract(network_db, capsys):
    code, out, err = run(capsys, network_db, "staff", "list", "--json")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert len(rows) == len(people.list_staff(network_db))
    assert STAFF_KEYS | CONTRACT_KEYS <= set(rows[0])
    h01 = next(r for r in rows if r["code"] == "H01")
    assert h01["roles"] == ["supervisor"] and h01["categories"] == ["GEN", "INV", "DEC", "SSF", "PROP", "EXP"]
    code, out, _ = run(capsys, network_db, "staff", "list", "--point", "T01", "--json")
    assert {r["code"] for r in json.loads(out)} == {"T01A", "T01B"}


def test_staff_add_edit_show_leave(network_db, as_admin, capsys, tmp_path):
    photo = tmp_path / "me.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    code, out, err = run(
        capsys, network_db, "staff", "add", "h80", "--name", "新人", "--roles", "window,supervisor",
        "--home-unit", "hall", "--categories", "AB", "--max-hours", "20", "--photo", str(photo), "--json",
    )  # fmt: skip
    assert code == 0, err
    added = json.loads(out)
    assert added["roles"] == ["supervisor", "window"] and added["max_week_hours"] == 20 and added["has_photo"]
    code, out, _ = run(capsys, network_db, "staff", "edit", "H80", "--half-days", "1", "--no-photo", "--json")
    assert code == 0 and json.loads(out)["half_days"] and not json.loads(out)["has_photo"]
    code, out, _ = run(capsys, network_db, "staff", "show", "H80")
    assert code == 0 and "新人" in out and "half days" in out
    code, out, _ = run(capsys, network_db, "staff", "leave", "H80", "--json")
    assert code == 0 and json.loads(out)["active"] is False


@pytest.mark.parametrize(
    "argv",
    [
        ["staff", "add", "H81", "--name", "x", "--roles", "boss", "--home-unit", "hall"],
        ["staff", "add", "H01", "--name", "x", "--roles", "window", "--home-unit", "hall"],
        [
            "staff",
            "add",
            "H81",
            "--name",
            "x",
            "--roles",
            "window",
            "--home-unit",
            "hall",
            "--photo",
            "{tmp}/x.gif",
        ],
        ["staff", "edit", "ZZ99", "--name", "x"],
        ["staff", "edit", "H05", "--working-days", "9"],
        ["staff", "edit", "H05", "--max-hours", "inf"],
        ["staff", "show", "nope!"],
        ["staff", "import", "{tmp}/missing.csv"],
        ["staff", "export", "{tmp}/no/such/folder/staff.csv"],
        ["windows", "add", "1", "--point", "HALL", "--name", "x", "--categories", "A"],
        ["windows", "edit", "4", "--point", "HALL", "--categories", "Q"],
        ["windows", "list", "--point", "NOPE"],
        ["shifts", "list", "--point", "NOPE"],
        ["shifts", "import", "{tmp}/x.txt", "--point", "HALL"],
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(network_db, as_admin, capsys, tmp_path, argv):
    (tmp_path / "x.gif").write_bytes(b"GIF89a" + b"\x00" * 20)
    argv = [a.format(tmp=tmp_path) for a in argv]
    before = people.list_staff(network_db), we.list_windows(network_db, "HALL")
    code, out, err = run(capsys, network_db, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert (people.list_staff(network_db), we.list_windows(network_db, "HALL")) == before


def test_windows_and_shifts_commands_and_files(network_db, as_admin, capsys, tmp_path):
    code, out, _ = run(capsys, network_db, "windows", "add", "13", "--point", "HALL", "--name", "13号",
                       "--categories", "F", "--tidal", "1", "--json")  # fmt: skip
    assert code == 0 and json.loads(out) == {
        "point": "HALL", "number": 13, "name": "13号", "categories": ["EXP"], "tidal": True, "active": True,
    }  # fmt: skip
    code, out, _ = run(capsys, network_db, "windows", "edit", "13", "--point", "HALL", "--active", "0")
    assert code == 0 and "(inactive)" in out
    for table in ("windows", "shifts"):
        path = tmp_path / f"{table}.xlsx"
        code, out, _ = run(capsys, network_db, table, "export", str(path), "--point", "HALL", "--json")
        assert code == 0 and json.loads(out)["rows"] == (13 if table == "windows" else 3)
        code, out, _ = run(capsys, network_db, table, "import", str(path), "--point", "HALL", "--json")
        assert code == 0 and json.loads(out)["created"] == [] and json.loads(out)["updated"] == []
    code, out, _ = run(capsys, network_db, "shifts", "list", "--point", "HALL", "--json")
    assert [s["code"] for s in json.loads(out)] == ["AM", "D", "PM"]


def test_staff_round_trip_through_the_command_line(network_db, as_admin, capsys, tmp_path):
    path = tmp_path / "staff.csv"
    assert run(capsys, network_db, "staff", "export", str(path))[0] == 0
    code, out, _ = run(capsys, network_db, "staff", "import", str(path), "--json")
    assert code == 0 and len(json.loads(out)["unchanged"]) == len(people.list_staff(network_db))


WRITES = [
    ["staff", "add", "H81", "--name", "新人", "--roles", "window", "--home-unit", "hall"],
    ["staff", "edit", "H05", "--name", "改名"],
    ["staff", "leave", "H05"],
    ["staff", "import", "{tmp}/staff.csv"],
    ["staff", "export", "{tmp}/out.csv"],
    ["windows", "add", "13", "--point", "HALL", "--name", "x", "--categories", "A"],
    ["windows", "edit", "4", "--point", "HALL", "--name", "改"],
    ["windows", "import", "{tmp}/windows.csv", "--point", "HALL"],
    ["shifts", "import", "{tmp}/shifts.csv", "--point", "HALL"],
]


@pytest.mark.parametrize("who", [None, "H05", "H01"], ids=["nobody", "window-officer", "supervisor"])
def test_people_commands_need_an_administrator(network_db, capsys, tmp_path, monkeypatch, who):
    from taxdesk.core import people_io

    admin = administrator(network_db)
    people_io.export_staff(network_db, tmp_path / "staff.csv", actor=admin)
    people_io.export_windows(network_db, "HALL", tmp_path / "windows.csv")
    people_io.export_shifts(network_db, "HALL", tmp_path / "shifts.csv")
    (tmp_path / "staff.csv").write_text(
        (tmp_path / "staff.csv").read_text(encoding="utf-8-sig").replace("陈晓燕", "改名"),
        encoding="utf-8-sig",
    )
    if who is None:
        monkeypatch.delenv("TAXDESK_USER", raising=False)
        monkeypatch.delenv("TAXDESK_PASSWORD", raising=False)
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO(""))
    else:
        sign_in_as(monkeypatch, network_db, who)
    for argv in WRITES:
        before = snapshot(network_db)
        code, out, err = run(capsys, network_db, *[a.format(tmp=tmp_path) for a in argv])
        assert code == (3 if who is None else 4), (argv, code, err)
        assert out == "" and len(err.strip().splitlines()) == 1, (argv, err)
        assert snapshot(network_db) == before, argv
        assert not (tmp_path / "out.csv").exists()
    assert people_entries(network_db) == ["people.export"]  # only the administrator's export above


def test_the_staff_group_can_be_extended():
    from taxdesk.cli import build_parser

    build_parser()
    assert people_cli.STAFF_ACTIONS is not None and "leave" in people_cli.STAFF_ACTIONS.choices
