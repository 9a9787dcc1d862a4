"""People, windows and shift templates as CSV and XLSX files: round trips, all or nothing (both databases)."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from taxdesk.core import people, people_io
from taxdesk.core import windows_edit as we
from taxdesk.core.errors import InvalidInput
from taxdesk.core.roles import Actor

ADMIN = Actor(None, "A1", "管理员", frozenset({"admin"}))  # who edits the people, windows and shifts


def snapshot(db):
    return people.list_staff(db), we.list_windows(db, "HALL"), we.list_shifts(db, "HALL")


def write_csv(path, rows, encoding="utf-8-sig"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_restores_what_was_exported(network_db, tmp_path, suffix):
    db = network_db
    we.save_shift(
        db,
        we.ShiftRecord("HALL", "N", "晚班", "18:00", "26:00", "Night", 30, 2, forbidden_next="D"),
        actor=ADMIN,
    )
    people.edit_staff(db, "H05", min_week_hours=7.5, working_days="135", half_days=True, actor=ADMIN)
    before = snapshot(db)
    files = {name: tmp_path / f"{name}{suffix}" for name in ("staff", "windows", "shifts")}
    assert people_io.export_staff(db, files["staff"], actor=ADMIN) == len(before[0])
    assert people_io.export_windows(db, "HALL", files["windows"]) == 12
    assert people_io.export_shifts(db, "HALL", files["shifts"]) == 4
    if suffix == ".xlsx":
        header = [c.value for c in load_workbook(files["staff"])["staff"][1]]
    else:
        header = next(csv.reader(open(files["staff"], encoding="utf-8-sig")))
    assert tuple(header) == people_io.STAFF_COLUMNS

    # Importing the export changes nothing …
    assert people_io.import_staff(db, files["staff"], actor=ADMIN).unchanged == tuple(
        s.code for s in before[0]
    )
    assert len(people_io.import_windows(db, "HALL", files["windows"], actor=ADMIN).unchanged) == 12
    assert len(people_io.import_shifts(db, "hall", files["shifts"], actor=ADMIN).unchanged) == 4
    assert snapshot(db) == before
    # … and after edits, importing it puts every column back.
    people.edit_staff(
        db, "H05", roles="supervisor window", categories="F", max_week_hours=12, rotating=True, actor=ADMIN
    )
    people.edit_staff(db, "B01", name="改名", working_days="67", active=False, actor=ADMIN)
    we.edit_window(db, "HALL", 4, name="改", categories="A", tidal=True, active=False, actor=ADMIN)
    we.save_shift(
        db, we.ShiftRecord("HALL", "N", "晚", "19:00", "23:00", "", 0, None, True, (), False), actor=ADMIN
    )
    assert snapshot(db) != before
    result = people_io.import_staff(db, files["staff"], actor=ADMIN)
    assert set(result.updated) == {"H05", "B01"} and not result.created
    assert people_io.import_windows(db, "HALL", files["windows"], actor=ADMIN).updated == ("4",)
    assert people_io.import_shifts(db, "HALL", files["shifts"], actor=ADMIN).updated == ("N",)
    assert snapshot(db) == before


def test_import_creates_people_with_defaults_from_a_gb18030_csv(network_db, tmp_path):
    path = tmp_path / "new.csv"
    write_csv(
        path,
        [
            ["code", "name", "roles", "home_unit", "point", "categories"],
            ["h77", "新人", "窗口 值班长", "hall", "", "AB"],
        ],
        encoding="gb18030",
    )
    result = people_io.import_staff(network_db, path, actor=ADMIN)
    assert result.created == ("H77",)
    person = people.get_staff(network_db, "H77")
    assert person.roles == ("supervisor", "window") and person.categories == ("GEN", "INV")
    assert person.working_days == "12345" and person.active and person.max_week_hours is None


@pytest.mark.parametrize(
    ("rows", "row", "column", "key"),
    [
        ([["code", "name", "roles"]], 1, "home_unit", "import_missing_column"),
        ([["code", "name", "roles", "home_unit", "shoe_size"]], 1, "shoe_size", "import_unknown_column"),
        (
            [
                ["code", "name", "roles", "home_unit"],
                ["H78", "好", "window", "hall"],
                ["H79", "坏", "boss", "hall"],
            ],
            3,
            "roles",
            "role_invalid",
        ),
        (
            [
                ["code", "name", "roles", "home_unit"],
                ["H78", "好", "window", "hall"],
                ["h78", "重", "window", "hall"],
            ],
            3,
            "code",
            "duplicate_code",
        ),
        (
            [["code", "name", "roles", "home_unit", "categories"], ["H78", "好", "window", "hall", "ZZZ"]],
            2,
            "categories",
            "unknown_category",
        ),
        (
            [["code", "name", "roles", "home_unit", "active"], ["H78", "好", "window", "hall", "maybe"]],
            2,
            "active",
            "bad_flag",
        ),
    ],
)
def test_a_bad_staff_row_refuses_the_whole_file(network_db, tmp_path, rows, row, column, key):
    path = tmp_path / "staff.csv"
    write_csv(path, rows)
    before = snapshot(network_db)
    with pytest.raises(InvalidInput) as refused:
        people_io.import_staff(network_db, path, actor=ADMIN)
    assert (refused.value.key, refused.value.params["row"], refused.value.params["column"]) == (
        key,
        row,
        column,
    )
    assert refused.value.message.startswith(f"row {row}")
    assert snapshot(network_db) == before


def test_bad_window_and_shift_rows_refuse_their_files(network_db, tmp_path):
    before = snapshot(network_db)
    windows = tmp_path / "windows.csv"
    write_csv(windows, [["number", "name", "categories"], ["13", "新窗", "A"], ["1000", "坏", "A"]])
    with pytest.raises(InvalidInput) as refused:
        people_io.import_windows(network_db, "HALL", windows, actor=ADMIN)
    assert refused.value.params["row"] == 3 and refused.value.key == "window_range"
    shifts = tmp_path / "shifts.csv"
    write_csv(
        shifts,
        [
            ["code", "name", "start", "end", "forbidden_next"],
            ["X1", "早", "07:00", "11:00", "X2"],
            ["X2", "倒", "12:00", "09:00", ""],
        ],
    )
    with pytest.raises(InvalidInput) as refused:
        people_io.import_shifts(network_db, "HALL", shifts, actor=ADMIN)
    assert refused.value.params["row"] == 3 and refused.value.key == "shift_times"
    assert snapshot(network_db) == before
    # A successor named in the same file is known.
    write_csv(
        shifts,
        [
            ["code", "name", "start", "end", "forbidden_next"],
            ["X1", "早", "07:00", "11:00", "X2"],
            ["X2", "晚", "18:00", "22:00", ""],
        ],
    )
    assert people_io.import_shifts(network_db, "HALL", shifts, actor=ADMIN).created == ("X1", "X2")
