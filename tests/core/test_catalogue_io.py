"""Editing the service network, its CSV/XLSX files, searching the catalogue and the service list's content.

Tests that take ``db``/``network_db`` run on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import csv
import shutil
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from signing_in import ANYONE, PASSWORD, give_password

from taxdesk.cli import main
from taxdesk.core import catalogue_io, network, network_edit
from taxdesk.core.catalogue_io import POINT_COLUMNS, SERVICE_COLUMNS
from taxdesk.core.db import Database
from taxdesk.core.demo import populate
from taxdesk.core.demo.catalogue import CATEGORIES, SERVICES, TOWNSHIP_SERVICES
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.network import list_services, opening_periods
from taxdesk.core.network_edit import PointRecord, ServiceRecord, clean_opening_hours
from taxdesk.core.roles import Actor
from taxdesk.core.service_search import search_services
from taxdesk.core.service_sheet import HALL_ONLY_NOTE, sheet_for
from taxdesk.core.tickets import issue_ticket

EDITOR = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who edits the network


def snapshot(db):
    return network_edit.all_points(db), network_edit.all_services(db)


def add_categories(db):
    """A fresh installation already has the six standard queue categories (``taxdesk init``)."""
    from taxdesk.core.queue_categories import ensure_categories

    with db.transaction() as session:
        assert len(ensure_categories(session)) == len(CATEGORIES)


@pytest.fixture
def demo_source(tmp_path, sqlite_template):
    """A second database (SQLite) with the demo network, to export from."""
    path = tmp_path / "source.sqlite3"
    shutil.copy(sqlite_template, path)
    source = Database(f"sqlite:///{path}")
    populate(source, history_days=0)
    yield source
    source.dispose()


# ------------------------------------------------------------------------------------------ checking


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("08:30-12:00,13:30-17:00", "08:30-12:00,13:30-17:00"),
        (" 8:30 - 12:00 ， 13:30～17:00 ", "08:30-12:00,13:30-17:00"),
        ("08：30-12：00、13:00至16:30", "08:30-12:00,13:00-16:30"),
        ("00:00-24:00", "00:00-24:00"),
        ("", None),
    ],
)
def test_opening_hours_are_read_leniently_and_stored_canonically(text, canonical):
    assert clean_opening_hours(text) == canonical
    assert len(opening_periods(canonical or "")) == (canonical or "").count("-")  # what bookings read


@pytest.mark.parametrize(
    ("text", "key", "param"),
    [
        ("25:00-26:00", "opening_hours_time", {"time": "25:00"}),
        ("08:61-12:00", "opening_hours_time", {"time": "08:61"}),
        ("24:00-24:30", "opening_hours_time", {"time": "24:00"}),
        ("12:00-08:30", "opening_hours_order", {"period": "12:00-08:30"}),
        ("08:30-12:00,11:00-17:00", "opening_hours_overlap", {"period": "11:00-17:00"}),
        ("13:30-17:00,08:30-12:00", "opening_hours_overlap", {"period": "08:30-12:00"}),
        ("上午8点到12点", "opening_hours_format", {}),
        ("08:30", "opening_hours_format", {}),
    ],
)
def test_bad_opening_hours_say_what_is_wrong(text, key, param):
    with pytest.raises(InvalidInput) as bad:
        clean_opening_hours(text)
    assert bad.value.key == key
    assert bad.value.params["field"] == "opening_hours"
    assert param.items() <= bad.value.params.items()


def test_point_fields_are_checked_before_anything_is_written():
    good = PointRecord(code="t12", name=" 新村丰收微税厅 ", kind="丰收微税厅", opening_hours="8:30-12:00")
    cleaned = network_edit.clean_point(good)
    assert (cleaned.code, cleaned.name, cleaned.kind, cleaned.opening_hours) == (
        "T12",
        "新村丰收微税厅",
        "township",
        "08:30-12:00",
    )
    for change, key in [
        ({"code": "T-1"}, "point_code_invalid"),
        ({"code": "T"}, "point_code_invalid"),
        ({"code": "X" * 17}, "point_code_invalid"),
        ({"name": "  "}, "point_name_required"),
        ({"kind": "branch"}, "point_kind_invalid"),
        ({"address": "路" * 161}, "text_too_long"),
    ]:
        with pytest.raises(InvalidInput) as bad:
            network_edit.clean_point(replace(good, **change))
        assert bad.value.key == key, change


def test_service_fields_are_checked():
    good = ServiceRecord(
        "xx01", "测试业务", "Test", "gen", 5, ("身份证件\n营业执照", " "), offered_at=("t01",)
    )
    cleaned = network_edit.clean_service(good)
    assert cleaned.code == "XX01" and cleaned.category == "GEN" and cleaned.offered_at == ("T01",)
    assert cleaned.documents == ("身份证件", "营业执照")
    for minutes in (0.4, 241, "abc", None):
        with pytest.raises(InvalidInput) as bad:
            network_edit.clean_service(replace(good, avg_handling_min=minutes))
        assert bad.value.key == "handling_time_range"
    assert network_edit.clean_service(replace(good, avg_handling_min="0.5")).avg_handling_min == 0.5
    assert network_edit.clean_service(replace(good, avg_handling_min=240)).avg_handling_min == 240


# ------------------------------------------------------------------------------------------ editing


def test_create_update_and_deactivate_a_point(network_db):
    record = PointRecord(
        code="T12",
        name="新村丰收微税厅",
        kind="township",
        township="新村乡",
        address="云溪县新村乡新村街1号",
        opening_hours="08:30-12:00,13:00-16:30",
        bank_partner="云溪农商银行新村支行",
        contact="0578-6512100",
    )
    assert network_edit.create_point(network_db, record, actor=EDITOR) == record
    with pytest.raises(InvalidInput) as taken:
        network_edit.create_point(network_db, record, actor=EDITOR)
    assert taken.value.key == "point_exists"

    network_edit.update_point(network_db, replace(record, opening_hours="09:00-16:00"), actor=EDITOR)
    stored = next(p for p in network_edit.all_points(network_db) if p.code == "T12")
    assert stored.opening_hours == "09:00-16:00" and stored.active

    before = snapshot(network_db)
    with pytest.raises(InvalidInput):
        network_edit.update_point(network_db, replace(record, opening_hours="25:00-26:00"), actor=EDITOR)
    assert snapshot(network_db) == before

    network_edit.deactivate_point(network_db, "T12", actor=EDITOR)
    assert "T12" not in [p.code for p in network.points(network_db)]
    assert not next(p for p in network_edit.all_points(network_db) if p.code == "T12").active
    network_edit.set_point_active(network_db, "T12", True, actor=EDITOR)
    with pytest.raises(NotFound):
        network_edit.update_point(network_db, replace(record, code="T99"), actor=EDITOR)


def test_create_a_service_and_set_where_it_is_offered(network_db):
    service = ServiceRecord(
        code="ZXZX",
        name="纳税咨询",
        name_en="Tax enquiries",
        category="A",  # the category's prefix is accepted and stored as its code
        avg_handling_min=2.5,
        documents=("纳税人身份证件",),
        offered_at=("HALL", "T01"),
    )
    stored = network_edit.create_service(network_db, service, actor=EDITOR)
    assert stored.category == "GEN" and stored.offered_at == ("HALL", "T01")
    assert "ZXZX" in [s.code for s in list_services_of(network_db, "T01")]

    # A hall-only service may still be offered at a township point, for intake: stored as asked.
    qszx = network_edit.set_offered_at(network_db, "QSZX", ["HALL", "T03"], actor=EDITOR)
    assert qszx.hall_only and qszx.offered_at == ("HALL", "T03")

    before = snapshot(network_db)
    for bad, key in [
        (replace(service, code="ZXZ2", category="NOPE"), "unknown_category"),
        (replace(service, code="ZXZ2", offered_at=("HALL", "T77")), "unknown_point"),
        (replace(service, name="新名"), "service_exists"),
    ]:
        with pytest.raises(InvalidInput) as refused:
            network_edit.create_service(network_db, bad, actor=EDITOR)
        assert refused.value.key == key
    assert snapshot(network_db) == before

    withdrawn = network_edit.withdraw_service(network_db, "ZXZX", actor=EDITOR)
    assert withdrawn.offered_at == ()
    assert "ZXZX" in [s.code for s in network_edit.all_services(network_db)]


def list_services_of(db, point):
    with db.session() as session:
        return list_services(session, point)


def test_a_deactivated_point_issues_no_tickets(network_db):
    network_edit.deactivate_point(network_db, "T05", actor=EDITOR)
    with pytest.raises(NotFound):
        issue_ticket(network_db, "T05", "SBJF", actor=ANYONE)


# ------------------------------------------------------------------------------------------ files


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_a_fresh_database_gives_the_same_network(db, demo_source, tmp_path, suffix):
    network_edit.deactivate_point(demo_source, "T11", actor=EDITOR)  # a deactivated point travels too
    points, services = tmp_path / f"points{suffix}", tmp_path / f"services{suffix}"
    assert catalogue_io.export_points(demo_source, points) == 13
    assert catalogue_io.export_services(demo_source, services) == 24

    add_categories(db)
    result = catalogue_io.import_points(db, points, actor=EDITOR)
    assert len(result.created) == 13 and not result.updated
    result = catalogue_io.import_services(db, services, actor=EDITOR)
    assert len(result.created) == 24
    assert snapshot(db) == snapshot(demo_source)

    again = catalogue_io.import_services(db, services, actor=EDITOR)
    assert len(again.unchanged) == 24 and not again.created and not again.updated


def test_csv_is_utf8_with_bom_and_stable_headers(demo_source, tmp_path):
    path = tmp_path / "services.csv"
    catalogue_io.export_services(demo_source, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(keepends=True)))
    assert tuple(rows[0]) == SERVICE_COLUMNS
    dkfp = next(r for r in rows if r[0] == "DKFP")
    assert dkfp[1] == "代开增值税发票" and dkfp[3] == "INV" and dkfp[4] == "5"
    assert dkfp[5].split("\n")[0] == "《代开增值税发票缴纳税款申报单》"
    assert set(dkfp[7].split(" ")) >= {"HALL", "T01", "YS01"}
    points = tmp_path / "points.xlsx"
    catalogue_io.export_points(demo_source, points)
    sheet = load_workbook(points).active
    assert tuple(c.value for c in sheet[1]) == POINT_COLUMNS
    assert sheet["A2"].value == "HALL" and sheet["I2"].value == 1


def _write_csv(path, rows, encoding="utf-8-sig"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)


def test_a_bad_row_in_the_middle_of_a_points_file_changes_nothing(network_db, tmp_path):
    path = tmp_path / "points.csv"
    catalogue_io.export_points(network_db, path)
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines()))
    rows[2][1] = "改了名的服务点"  # a good change before the bad row …
    rows[5][5] = "25:00-26:00"  # … spreadsheet row 6
    rows.append(["T12", "新点", "township", "", "", "", "", "", "1"])  # … and a new point after it
    _write_csv(path, rows)
    before = snapshot(network_db)
    with pytest.raises(InvalidInput) as bad:
        catalogue_io.import_points(network_db, path, actor=EDITOR)
    assert bad.value.key == "opening_hours_time"
    assert bad.value.params["row"] == 6 and bad.value.params["column"] == "opening_hours"
    assert str(bad.value).startswith("row 6 (opening_hours): ")
    assert snapshot(network_db) == before


def test_a_bad_row_in_the_middle_of_a_services_file_changes_nothing(network_db, tmp_path):
    path = tmp_path / "services.xlsx"
    catalogue_io.export_services(network_db, path)
    workbook = load_workbook(path)
    sheet = workbook.active
    sheet["E3"] = 3.5  # a good change …
    sheet["H10"] = "HALL T01 T42"  # … a point that does not exist, in row 10
    workbook.save(path)
    before = snapshot(network_db)
    with pytest.raises(InvalidInput) as bad:
        catalogue_io.import_services(network_db, path, actor=EDITOR)
    assert (bad.value.key, bad.value.params["row"], bad.value.params["column"]) == (
        "unknown_point",
        10,
        "offered_at",
    )
    assert snapshot(network_db) == before


def test_import_upserts_by_code_and_leaves_the_rest_alone(network_db, tmp_path):
    path = tmp_path / "points.csv"
    # Only some columns: the others keep their values; rows absent from the file are untouched.
    _write_csv(
        path,
        [
            ["code", "name", "kind", "opening_hours"],
            ["T01", "青山镇丰收微税厅", "township", "08:00-12:00, 13:00-17:00"],
            ["t12", "新村丰收微税厅", "丰收微税厅", ""],
            ["", "", "", ""],  # blank rows are skipped
        ],
    )
    before = {p.code: p for p in network_edit.all_points(network_db)}
    result = catalogue_io.import_points(network_db, path, actor=EDITOR)
    assert (result.created, result.updated, result.unchanged) == (("T12",), ("T01",), ())
    after = {p.code: p for p in network_edit.all_points(network_db)}
    assert after["T01"] == replace(before["T01"], opening_hours="08:00-12:00,13:00-17:00")
    assert after["T12"] == PointRecord(code="T12", name="新村丰收微税厅", kind="township")
    assert {c: after[c] for c in before if c != "T01"} == {c: p for c, p in before.items() if c != "T01"}


def test_services_import_without_offered_at_keeps_where_they_are_offered(network_db, tmp_path):
    path = tmp_path / "services.csv"
    _write_csv(
        path,
        [
            ["code", "name", "category", "avg_handling_min", "documents", "hall_only"],
            ["DKFP", "代开增值税发票", "发票业务", "6", "申请人身份证件；购销合同", "否"],
        ],
    )
    before = next(s for s in network_edit.all_services(network_db) if s.code == "DKFP")
    catalogue_io.import_services(network_db, path, actor=EDITOR)
    after = next(s for s in network_edit.all_services(network_db) if s.code == "DKFP")
    assert after.offered_at == before.offered_at and after.name_en == before.name_en
    assert after.avg_handling_min == 6 and after.documents == ("申请人身份证件", "购销合同")


@pytest.mark.parametrize(
    ("rows", "key", "row"),
    [
        ([["code", "name", "kind", "colour"]], "import_unknown_column", 1),
        ([["code", "name"]], "import_missing_column", 1),
        ([], "import_empty", 1),
        ([["code", "name", "kind"], ["T01", "a", "township"], ["t01", "b", "township"]], "duplicate_code", 3),
        ([["code", "name", "kind", "active"], ["T01", "a", "township", "maybe"]], "bad_flag", 2),
        ([["code", "name", "kind"], ["T 1", "a", "township"]], "point_code_invalid", 2),
    ],
)
def test_file_errors_name_the_row(sqlite_url, tmp_path, rows, key, row):
    db = Database(sqlite_url)
    path = tmp_path / "points.csv"
    _write_csv(path, rows)
    with pytest.raises(InvalidInput) as bad:
        catalogue_io.import_points(db, path, actor=EDITOR)
    assert bad.value.key == key and bad.value.params["row"] == row
    assert network_edit.all_points(db) == []
    db.dispose()


def test_excel_csv_in_gb18030_and_wrong_extensions(sqlite_url, tmp_path):
    db = Database(sqlite_url)
    path = tmp_path / "points.csv"
    _write_csv(path, [["code", "name", "kind"], ["T01", "青山镇丰收微税厅", "township"]], encoding="gb18030")
    assert catalogue_io.import_points(db, path, actor=EDITOR).created == ("T01",)
    with pytest.raises(InvalidInput) as bad:
        catalogue_io.import_points(db, tmp_path / "points.txt", actor=EDITOR)
    assert bad.value.key == "file_format"
    with pytest.raises(InvalidInput) as bad:
        catalogue_io.import_points(db, tmp_path / "missing.csv", actor=EDITOR)
    assert bad.value.key == "import_unreadable"
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(InvalidInput) as bad:
        catalogue_io.import_points(db, tmp_path / "broken.xlsx", actor=EDITOR)
    assert bad.value.key == "import_unreadable"
    with pytest.raises(InvalidInput) as bad:
        catalogue_io.export_points(db, tmp_path / "no" / "such" / "folder.csv")
    assert bad.value.key == "export_failed"
    db.dispose()


# ------------------------------------------------------------------------------------------ CLI


def test_network_commands(network_db, tmp_path, capsys, monkeypatch):
    path = tmp_path / "points.xlsx"
    assert main(["--db", network_db.url, "network", "export", "--points", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"exported 13 points → {path}"
    # Importing changes the network: it signs in (exit 3 without an account, 4 for a window officer).
    assert main(["network", "import", "--db", network_db.url, "--points", str(path)]) == 3
    give_password(network_db, "H01", "H05")
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)
    assert main(["network", "import", "--db", network_db.url, "--points", str(path), "--user", "H05"]) == 4
    capsys.readouterr()
    monkeypatch.setenv("TAXDESK_USER", "H01")
    assert main(["network", "import", "--db", network_db.url, "--points", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == f"imported 13 points from {path}: 0 created, 0 updated, 13 unchanged"
    assert len(out) == 14 and out[0].split() == ["unchanged", "HALL"]

    bad = tmp_path / "services.csv"
    _write_csv(bad, [["code", "name", "category", "avg_handling_min"], ["DKFP", "代开", "INV", "999"]])
    before = snapshot(network_db)
    assert main(["--db", network_db.url, "network", "import", "--services", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1
    assert err.startswith("taxdesk: row 2 (avg_handling_min): ")
    assert snapshot(network_db) == before


# ------------------------------------------------------------------------------------------ search


def test_search_by_chinese_english_code_pinyin_and_initials():
    def names(query):
        return [s.name for s in search_services(SERVICES, query)]

    assert names("dkfp")[0] == "代开增值税发票"
    assert names("DKFP")[0] == "代开增值税发票"
    assert names("daikai") == ["代开增值税发票"]
    assert names("shebao")[0] == "社会保险费缴纳"
    assert names("sb")[0] == "社会保险费缴纳"
    assert names("社保") == ["社会保险费缴纳"]
    assert set(names("发票")) == {s.name for s in SERVICES if "发票" in s.name}
    assert set(names("fapiao")) == set(names("发票"))
    assert names("VAT invoice") == ["代开增值税发票"]
    assert names("ylbx") == ["城乡居民养老保险缴费"]
    assert names("yinhang") == []
    assert names("  ") == [s.name for s in SERVICES]
    assert names("qqqq") == []


def test_search_ranks_starts_before_contains_and_keeps_catalogue_order_within_a_rank():
    found = [s.name for s in search_services(SERVICES, "发票")]
    assert found == ["发票领用", "发票验旧", "发票增版增量", "代开增值税发票", "税务UKey及数电发票事项"]


# ------------------------------------------------------------------------------------------ sheet


def test_service_sheet_of_a_township_point(network_db):
    network_edit.set_offered_at(network_db, "QSZX", ["HALL", "T01"], actor=EDITOR)  # hall-only, intake at T01
    sheet = sheet_for(network_db, "T01")
    names = [s.name for c in sheet.categories for s in c.services]
    assert sheet.service_count == len(TOWNSHIP_SERVICES) + 1
    assert "清税注销" in names and "二手房交易税费" not in names
    qszx = next(s for c in sheet.categories for s in c.services if s.code == "QSZX")
    assert qszx.hall_only and any(HALL_ONLY_NOTE in note for note in sheet.notes)
    assert sheet.bureau == "国家税务总局云溪县税务局" and sheet.hours_text == "08:30–12:00　13:00–16:30"
    hall = sheet_for(network_db, "HALL")
    assert hall.service_count == 24 and not hall.has_hall_only  # at the hall itself, nothing to send on


def test_a_service_withdrawn_here_stops_issuing_at_once(network_db):
    from taxdesk.core.tickets import issue_ticket

    issue_ticket(network_db, "T01", "WSZM", actor=ANYONE)  # the catalogue is now cached in this process
    network_edit.withdraw_service(network_db, "WSZM", actor=EDITOR)
    with pytest.raises(NotFound) as refused:
        issue_ticket(network_db, "T01", "WSZM", actor=ANYONE)
    assert refused.value.key == "not_offered"


def test_only_supervisors_and_administrators_change_the_network(network_db, tmp_path):
    from taxdesk.core.accounts import actor_for
    from taxdesk.core.errors import NotAllowed, NotSignedIn
    from taxdesk.core.roles import SYSTEM

    db = network_db
    record = next(p for p in network_edit.all_points(db) if p.code == "T01")
    service = next(s for s in network_edit.all_services(db) if s.code == "DKFP")
    path = tmp_path / "points.csv"
    catalogue_io.export_points(db, path)
    changes = [
        lambda who: network_edit.create_point(db, replace(record, code="T99"), actor=who),
        lambda who: network_edit.update_point(db, replace(record, name="新名字"), actor=who),
        lambda who: network_edit.set_point_active(db, "T01", False, actor=who),
        lambda who: network_edit.deactivate_point(db, "T01", actor=who),
        lambda who: network_edit.create_service(db, replace(service, code="ZZZZ"), actor=who),
        lambda who: network_edit.update_service(db, replace(service, name="新业务"), actor=who),
        lambda who: network_edit.set_offered_at(db, "DKFP", ["HALL"], actor=who),
        lambda who: network_edit.withdraw_service(db, "DKFP", actor=who),
        lambda who: catalogue_io.import_points(db, path, actor=who),
        lambda who: catalogue_io.import_services(db, path, actor=who),
    ]
    refused = [(None, NotSignedIn), (SYSTEM, NotAllowed)]
    refused += [(actor_for(db, code), NotAllowed) for code in ("H03", "H05", "T01A")]  # desk, window, agent
    before = snapshot(db)
    for change in changes:
        for who, error in refused:
            with pytest.raises(error):
                change(who)
    assert snapshot(db) == before
    admin = Actor(None, "A1", "管理员", frozenset({"admin"}))
    assert network_edit.update_point(db, replace(record, name="新名字"), actor=admin).name == "新名字"
    assert network_edit.withdraw_service(db, "DKFP", actor=actor_for(db, "H01")).offered_at == ()
