"""People, windows and shift templates are guarded and audited: every write (and the staff export) is
refused before anything is written unless an administrator acts, and every change is in the audit trail
with the person's name masked and no photo bytes (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from signing_in import administrator, auditor
from sqlalchemy import select

from taxdesk.core import audit, people, people_io
from taxdesk.core import windows_edit as we
from taxdesk.core.accounts import actor_for
from taxdesk.core.db.models import AuditEntry, Staff
from taxdesk.core.errors import NotAllowed, NotSignedIn
from taxdesk.core.people import StaffRecord
from taxdesk.core.windows_edit import ShiftRecord, WindowRecord

AUDITOR = auditor()  # reads, verifies and prunes the trail

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def state(db):
    """Everything the operations could change: people (with photos), windows, shifts, the audit trail."""
    with db.session() as session:
        photos = dict(session.execute(select(Staff.code, Staff.photo)).all())
        trail = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
    return people.list_staff(db), we.list_windows(db, "HALL"), we.list_shifts(db, "HALL"), photos, trail


def entries(db, kind: str) -> list[AuditEntry]:
    with db.session() as session:
        found = session.scalars(select(AuditEntry).where(AuditEntry.kind == kind).order_by(AuditEntry.id))
        return list(found)


def values(entry: AuditEntry) -> tuple[dict | None, dict | None]:
    return (
        json.loads(entry.before) if entry.before is not None else None,
        json.loads(entry.after) if entry.after is not None else None,
    )


def operations(db, tmp_path):
    """Every protected operation, as a function of the actor."""
    staff_file, windows_file, shifts_file = (tmp_path / f"{n}.csv" for n in ("staff", "windows", "shifts"))
    return {
        "add_staff": lambda a: people.add_staff(
            db, StaffRecord("H90", "张小三", "window", "hall"), actor=a, photo=PNG
        ),
        "edit_staff": lambda a: people.edit_staff(db, "H05", name="李四", actor=a),
        "leave": lambda a: people.leave(db, "H05", actor=a),
        "set_photo": lambda a: people.set_photo(db, "H05", PNG, actor=a),
        "add_window": lambda a: we.add_window(db, WindowRecord("HALL", 13, "13号", "A"), actor=a),
        "edit_window": lambda a: we.edit_window(db, "HALL", 4, name="改", actor=a),
        "save_shift": lambda a: we.save_shift(
            db, ShiftRecord("HALL", "N", "晚班", "18:00", "22:00"), actor=a
        ),
        "import_staff": lambda a: people_io.import_staff(db, staff_file, actor=a),
        "import_windows": lambda a: people_io.import_windows(db, "HALL", windows_file, actor=a),
        "import_shifts": lambda a: people_io.import_shifts(db, "HALL", shifts_file, actor=a),
        "export_staff": lambda a: people_io.export_staff(db, tmp_path / "out.csv", actor=a),
    }


@pytest.fixture
def files(network_db, tmp_path):
    """Files an import would change something with, written by an administrator's export."""
    admin = administrator(network_db)
    people_io.export_staff(network_db, tmp_path / "staff.csv", actor=admin)
    people_io.export_windows(network_db, "HALL", tmp_path / "windows.csv")
    people_io.export_shifts(network_db, "HALL", tmp_path / "shifts.csv")
    for name, old, new in (
        ("staff", "陈晓燕", "陈晓"),
        ("windows", "1号窗口", "一号窗口"),
        ("shifts", "全天", "整天"),
    ):
        path = tmp_path / f"{name}.csv"
        text = path.read_text(encoding="utf-8-sig")
        assert old in text, name
        path.write_text(text.replace(old, new, 1), encoding="utf-8-sig")
    return tmp_path


@pytest.mark.parametrize("who", [None, "H05", "H01", "T01A"], ids=["nobody", "window", "supervisor", "agent"])
def test_every_write_is_refused_without_the_people_permission_and_writes_nothing(network_db, files, who):
    actor = None if who is None else actor_for(network_db, who)
    expected = NotSignedIn if who is None else NotAllowed
    for name, operation in operations(network_db, files).items():
        before = state(network_db)
        with pytest.raises(expected) as refused:
            operation(actor)
        assert state(network_db) == before, name
        if who is not None:
            assert refused.value.params["permission"] == "people", name
    assert not (files / "out.csv").exists()


def test_a_password_still_to_be_changed_is_refused(network_db, files):
    from dataclasses import replace

    admin = replace(administrator(network_db), must_change=True)
    before = state(network_db)
    for operation in operations(network_db, files).values():
        with pytest.raises(NotSignedIn):
            operation(admin)
    assert state(network_db) == before


def test_an_administrator_may_and_every_change_is_audited(network_db, files):
    db = network_db
    admin = administrator(db)
    ops = operations(db, files)
    for name in ops:
        if name != "leave":
            ops[name](admin)
    ops["leave"](admin)  # last: the person's other changes first

    # Added, renamed, then the file (exported before) renames H01 and gives H05 the old name back.
    created, edited, imported, restored = entries(db, "people.staff")
    assert (created.actor, created.object) == ("A1", "H90")
    before, after = values(created)
    assert before is None and after["person_name"] == "张*三" and "张小三" not in created.after
    assert after["roles"] == ["window"] and "has_photo" not in after
    assert (edited.object, values(edited)) == ("H05", ({"person_name": "周*"}, {"person_name": "李*"}))
    assert "李四" not in edited.after
    assert (imported.object, values(imported)) == ("H01", ({"person_name": "陈*燕"}, {"person_name": "陈*"}))
    assert (restored.object, values(restored)) == ("H05", ({"person_name": "李*"}, {"person_name": "周*"}))

    photos = entries(db, "people.photo")
    assert [(e.object, values(e)) for e in photos] == [
        ("H90", ({"photo": False}, {"photo": True, "photo_bytes": len(PNG)})),
        ("H05", ({"photo": False}, {"photo": True, "photo_bytes": len(PNG)})),
    ]
    assert all("PNG" not in (e.after or "") for e in photos)

    (left,) = entries(db, "people.leave")
    assert (left.object, values(left)) == ("H05", ({"active": True}, {"active": False}))

    added, renamed, imported_window, restored_window = entries(db, "people.window")
    assert added.object == "HALL 13" and values(added)[0] is None
    assert values(added)[1]["categories"] == ["GEN"] and values(added)[1]["name"] == "13号"
    assert (renamed.object, values(renamed)) == ("HALL 4", ({"name": "4号窗口"}, {"name": "改"}))
    assert (imported_window.object, values(imported_window)[1]) == ("HALL 1", {"name": "一号窗口"})
    assert (restored_window.object, values(restored_window)[1]) == ("HALL 4", {"name": "4号窗口"})

    shift, imported_shift = entries(db, "people.shift")
    assert shift.object == "HALL N" and values(shift)[1]["start"] == "18:00"
    assert (imported_shift.object, values(imported_shift)) == ("HALL D", ({"name": "全天"}, {"name": "整天"}))

    exports = entries(db, "people.export")
    assert [values(e)[1] for e in exports][-1] == {
        "table": "staff",
        "file": "out.csv",
        "rows": len(people.list_staff(db)),
    }
    assert (files / "out.csv").exists()
    assert audit.verify(db, actor=AUDITOR).ok


def test_nothing_changed_records_nothing(network_db, files):
    db = network_db
    admin = administrator(db)
    before = state(db)[-1]
    people.edit_staff(db, "H05", name=people.get_staff(db, "H05").name, actor=admin)
    we.edit_window(db, "HALL", 4, tidal=we.list_windows(db, "HALL")[3].tidal, actor=admin)
    people.set_photo(db, "H05", None, actor=admin)  # had none
    assert state(db)[-1] == before


def test_moving_a_shift_off_its_window_is_a_change(network_db):
    db = network_db
    admin = administrator(db)
    we.save_shift(db, ShiftRecord("HALL", "N", "晚班", "18:00", "22:00", window=2), actor=admin)
    assert we.save_shift(db, ShiftRecord("HALL", "N", "晚班", "18:00", "22:00"), actor=admin).window is None
    moved = entries(db, "people.shift")[-1]
    assert values(moved) == ({"window": 2}, {"window": None})
