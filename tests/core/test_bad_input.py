"""Bad input as a careful tester types it, fed to every command and importer: each is refused with one line
on stderr and exit code 2 — never a traceback, never an "internal error" — and nothing in the database
changes, on SQLite and on PostgreSQL.

The table below is the contract: a kind of bad input per row (IDs beyond 64 bits, dates no calendar
can take, NaN and infinity, control characters, 10 MB names, files that are empty, truncated, in a
broken encoding or an XML bomb, unknown codes …). The database is one county per backend for the whole
module; every case compares a fingerprint of every table before and after.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from signing_in import ANYONE, PASSWORD, give_password
from sqlalchemy import select

from taxdesk.cli import main
from taxdesk.core import calendar, catalogue_io, tickets
from taxdesk.core.db import Database
from taxdesk.core.db.models import Base
from taxdesk.core.demo import populate
from taxdesk.core.errors import InvalidInput
from taxdesk.core.history_import import import_history
from taxdesk.core.roles import Actor

IMPORTER = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who imports the history

EDITOR = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who edits the calendar

BIG = "1180591620717411303424"  # 2**70: beyond SQLite's 64-bit integers
HUGE = "张" * (10 * 1024 * 1024 // 3)  # a 10 MB name
NEXT_MONDAY = calendar.next_workday(date.today() + timedelta(days=7 - date.today().weekday()))
HISTORY_HEADER = "point,service,issued_at,called_at,finished_at,window\n"
POINT_HEADER = "code,name,kind\n"
SERVICE_HEADER = "code,name,category,avg_handling_min\n"


# ------------------------------------------------------------------------------------------ the files


def _bomb_xlsx(good: Path, path: Path) -> None:
    """The "billion laughs": nine levels of entities, each ten times the one below, in a worksheet cell."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{"".join(f"&lol{i - 1};" for _ in range(10))}">' for i in range(1, 10)
    ]
    dtd = f'<?xml version="1.0"?>\n<!DOCTYPE worksheet [{"".join(entities)}]>\n'
    cell = '<row r="9"><c r="A9" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>'

    def explode(xml: str) -> str:
        body = xml[xml.index("?>") + 2 :] if xml.startswith("<?xml") else xml
        return dtd + body.replace("</sheetData>", cell, 1)

    _rewrite_sheet(good, path, explode)


def _rewrite_sheet(good: Path, path: Path, change) -> None:
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = change(data.decode()).encode()
            target.writestr(member, data)


def _write_files(folder: Path) -> dict[str, Path]:
    """Every bad file the cases name, by name."""
    from openpyxl import Workbook

    files: dict[str, Path] = {}

    def text(name: str, content: str, encoding: str = "utf-8") -> None:
        files[name] = folder / name
        files[name].write_bytes(content.encode(encoding))

    def raw(name: str, content: bytes) -> None:
        files[name] = folder / name
        files[name].write_bytes(content)

    good = folder / "good.xlsx"
    workbook = Workbook()
    workbook.active.append(["code", "name", "kind"])
    workbook.active.append(["X01", "TaxDesk 测试点", "township"])
    workbook.save(good)

    # The network tables.
    text("empty.csv", "")
    raw("broken-encoding.csv", POINT_HEADER.encode() + b"X01,\xff\xfe\xff\x80,township\n")
    text("nul-name.csv", POINT_HEADER + "X01,测试\x00点,township\n")
    text("escape-name.csv", POINT_HEADER + "X01,测试\x1b[31m点,township\n")
    text("bidi-name.csv", POINT_HEADER + "X01,测试\u202e点,township\n")
    text("huge-name.csv", POINT_HEADER + f"X01,{HUGE},township\n")
    text("long-name.csv", POINT_HEADER + f"X01,{'长' * 81},township\n")
    text("bad-kind.csv", POINT_HEADER + "X01,测试点,castle\n")
    text("bad-hours.csv", "code,name,kind,opening_hours\nX01,测试点,township,25:00-26:00\n")
    text("gbk-bad-kind.csv", POINT_HEADER + "X01,测试点,城堡\n", "gb18030")
    for label, minutes in (("negative", "-5"), ("nan", "nan"), ("inf", "inf"), ("huge", "1e309")):
        text(f"aht-{label}.csv", SERVICE_HEADER + f"ZZ01,测试业务,GEN,{minutes}\n")
    text("unknown-category.csv", SERVICE_HEADER + "ZZ01,测试业务,NOPE,10\n")
    text("unknown-point.csv", SERVICE_HEADER.strip() + ",offered_at\nZZ01,测试业务,GEN,10,NOWHERE\n")
    raw("not-a-zip.xlsx", b"PK\x03\x04 this is not a workbook")
    raw("truncated.xlsx", good.read_bytes()[: good.stat().st_size // 2])
    _rewrite_sheet(good, folder / "truncated-xml.xlsx", lambda xml: xml[: len(xml) // 2])
    files["truncated-xml.xlsx"] = folder / "truncated-xml.xlsx"
    _bomb_xlsx(good, folder / "bomb.xlsx")
    files["bomb.xlsx"] = folder / "bomb.xlsx"
    text("points.txt", POINT_HEADER + "X01,测试点,township\n")
    files["folder.csv"] = folder / "folder.csv"
    files["folder.csv"].mkdir()
    files["missing.csv"] = folder / "missing.csv"

    # The ticket history.
    for label, day in (("year1", "0001-01-01"), ("1800", "1800-01-01"), ("9999", "9999-12-31")):
        text(f"history-{label}.csv", HISTORY_HEADER + f"HALL,DKFP,{day} 09:00:00,,,\n")
    text("history-feb30.csv", HISTORY_HEADER + "HALL,DKFP,2026-02-30 09:00:00,,,\n")
    text("history-nul.csv", HISTORY_HEADER + "HA\x00LL,DKFP,2026-03-02 09:00:00,,,\n")
    text("history-window.csv", HISTORY_HEADER + f"HALL,DKFP,2026-03-02 09:00:00,,,{BIG}\n")
    text("history-negative-window.csv", HISTORY_HEADER + "HALL,DKFP,2026-03-02 09:00:00,,,-1\n")
    text("history-unknown.csv", HISTORY_HEADER + "NOPE,DKFP,2026-03-02 09:00:00,,,\n")
    text("history-huge.csv", HISTORY_HEADER + f"{HUGE},DKFP,2026-03-02 09:00:00,,,\n")
    raw("history-encoding.csv", HISTORY_HEADER.encode() + b"HALL,\xff\xfe\x80,2026-03-02 09:00:00,,,\n")
    text("history-gbk-unknown.csv", HISTORY_HEADER + "城关,DKFP,2026-03-02 09:00:00,,,\n", "gb18030")
    text("history-bad-header.csv", "point;service\nHALL;DKFP\n")

    # The calendar.
    text("notice-9999.csv", "date,kind,name\n9999-12-31,holiday,元旦\n")
    text("notice-1800.csv", "date,kind,name\n1800-01-01,holiday,元旦\n")
    text("notice-feb30.csv", "date,kind,name\n2027-02-30,holiday,春节\n")
    text("notice-nul.csv", "date,kind,name\n2027-01-01,holiday,元\x00旦\n")
    text("notice-huge.csv", f"date,kind,name\n2027-01-01,holiday,{HUGE}\n")
    text("deadlines-year.csv", "year,month,date\n99999,1,2027-01-15\n")
    text("deadlines-month.csv", "year,month,date\n2027,13,2027-01-15\n")
    text("deadlines-9999.csv", "year,month,date\n2027,1,9999-12-31\n")
    return files


# ------------------------------------------------------------------------------------------ the cases

ID_COMMANDS = [
    ["ticket", "show", "{id}"],
    ["ticket", "render", "{id}", "--png", "{tmp}/x.png"],
    *[["ticket", action, "{id}"] for action in ("recall", "noshow", "start", "finish", "reactivate")],
    ["ticket", "transfer", "{id}", "--service", "DKFP"],
    ["advise", "accept", "{id}"],
    ["advise", "dismiss", "{id}"],
]
WINDOW_COMMANDS = [
    ["ticket", "call", "--point", "HALL", "--window", "{n}"],
    ["window", "signin", "--point", "HALL", "--window", "{n}", "--staff", "S001"],
    *[["window", action, "--point", "HALL", "--window", "{n}"] for action in ("signout", "pause", "resume")],
]


def _ids() -> list[tuple[str, list[str]]]:
    cases = []
    for command in ID_COMMANDS:
        for label, value in (("2^70", BIG), ("zero", "0"), ("negative", "-1"), ("2^31", str(2**31))):
            name = f"{command[0]}-{command[1]}-id-{label}"
            cases.append((name, [value if part == "{id}" else part for part in command]))
    for command in WINDOW_COMMANDS:
        for label, value in (("2^70", BIG), ("zero", "0"), ("negative", "-3")):
            name = f"{command[0]}-{command[1]}-window-{label}"
            cases.append((name, [value if part == "{n}" else part for part in command]))
    cases.append(("transfer-to-window-2^70", ["ticket", "transfer", "{finished}", "--window", BIG]))
    return cases


CASES = _ids() + [
    # Days no calendar can take, and days that do not exist.
    ("calendar-day-9999-12-31", ["calendar", "day", "9999-12-31"]),
    ("calendar-day-0001-01-01", ["calendar", "day", "0001-01-01"]),
    ("calendar-day-2026-02-30", ["calendar", "day", "2026-02-30"]),
    ("calendar-day-empty", ["calendar", "day", ""]),
    ("calendar-deadlines-year-99999", ["calendar", "deadlines", "--year", "99999"]),
    ("calendar-deadlines-year-0", ["calendar", "deadlines", "--year", "0"]),
    ("calendar-deadlines-year-2^70", ["calendar", "deadlines", "--year", BIG]),
    ("set-deadline-month-13", ["calendar", "set-deadline", "--year", "2027", "--month", "13", "--date", "2027-01-15"]),
    ("set-deadline-year-2^70", ["calendar", "set-deadline", "--year", BIG, "--month", "1", "--date", "2027-01-15"]),
    ("set-deadline-other-month", ["calendar", "set-deadline", "--year", "2027", "--month", "2", "--date", "2027-01-15"]),
    ("forecast-week-9999-W52", ["forecast", "--point", "HALL", "--week", "9999-W52"]),
    ("forecast-week-0001-W01", ["forecast", "--point", "HALL", "--week", "0001-W01"]),
    ("forecast-week-2026-W54", ["forecast", "--point", "HALL", "--week", "2026-W54"]),
    ("forecast-week-garbage", ["forecast", "--point", "HALL", "--week", "next week"]),
    ("staffing-plan-week-9999-W52", ["staffing", "plan", "--point", "HALL", "--week", "9999-W52"]),
    ("roster-solve-week-9999-W52", ["roster", "solve", "--point", "HALL", "--week", "9999-W52"]),
    ("roster-print-week-0001-W01", ["roster", "print", "--point", "HALL", "--week", "0001-W01", "--pdf", "{tmp}/r.pdf"]),
    ("booking-slots-9999-12-31", ["booking", "slots", "--point", "HALL", "--service", "DKFP", "--date", "9999-12-31"]),
    ("booking-list-1800-01-01", ["booking", "list", "--point", "HALL", "--date", "1800-01-01"]),
    ("advise-list-2026-02-30", ["advise", "list", "--point", "HALL", "--date", "2026-02-30"]),
    # Numbers: NaN, infinity, negative, huge.
    ("erlang-1e308", ["staffing", "erlang", "--arrivals-per-hour", "1e308", "--aht-min", "1e308"]),
    ("erlang-nan-arrivals", ["staffing", "erlang", "--arrivals-per-hour", "nan", "--aht-min", "5"]),
    ("erlang-inf-aht", ["staffing", "erlang", "--arrivals-per-hour", "30", "--aht-min", "inf"]),
    ("erlang-negative", ["staffing", "erlang", "--arrivals-per-hour", "-30", "--aht-min", "5"]),
    ("erlang-nan-wait", ["staffing", "erlang", "--arrivals-per-hour", "30", "--aht-min", "5", "--target-wait-min", "nan"]),
    ("erlang-nan-sl", ["staffing", "erlang", "--arrivals-per-hour", "30", "--aht-min", "5", "--target-sl", "nan"]),
    *[
        (f"targets-{option[2:]}-{value}", ["staffing", "targets", option, value])
        for option in ("--target-sl", "--target-wait-min", "--max-occupancy", "--shrinkage")
        for value in ("nan", "inf", "-1", "1e308")
    ],
    ("plan-target-nan", ["staffing", "plan", "--point", "HALL", "--week", "2026-W50", "--target-wait-min", "nan"]),
    ("init-history-days-10^9", ["init", "--demo", "--history-days", "1000000000"]),
    ("init-history-days-negative", ["init", "--demo", "--history-days", "-1"]),
    ("booking-capacity-negative", ["booking", "capacity", "--point", "HALL", "--category", "GEN", "--places", "-1"]),
    ("booking-capacity-2^70", ["booking", "capacity", "--point", "HALL", "--category", "GEN", "--places", BIG]),
    ("roster-time-limit-nan", ["roster", "solve", "--point", "HALL", "--week", "2026-W50", "--time-limit", "nan"]),
    ("roster-time-limit-1e308", ["roster", "solve", "--point", "HALL", "--week", "2026-W50", "--time-limit", "1e308"]),
    ("roster-nrp-time-limit-inf", ["roster", "nrp", "{tmp}/none.txt", "--time-limit", "inf"]),
    # Text: control characters, 10 MB, malformed numbers and codes.
    ("issue-name-nul", ["ticket", "issue", "--point", "HALL", "--service", "DKFP", "--name", "张\x00三"]),
    ("issue-name-escape", ["ticket", "issue", "--point", "HALL", "--service", "DKFP", "--name", "张\x1b[2J三"]),
    ("issue-name-10MB", ["ticket", "issue", "--point", "HALL", "--service", "DKFP", "--name", HUGE]),
    ("issue-phone-letters", ["ticket", "issue", "--point", "HALL", "--service", "DKFP", "--phone", "1381234567x"]),
    ("issue-phone-10MB", ["ticket", "issue", "--point", "HALL", "--service", "DKFP", "--phone", "1" * 10_000_000]),
    ("issue-unknown-point", ["ticket", "issue", "--point", "NOPE", "--service", "DKFP"]),
    ("issue-unknown-service", ["ticket", "issue", "--point", "HALL", "--service", "NOPE"]),
    ("issue-point-nul", ["ticket", "issue", "--point", "HA\x00LL", "--service", "DKFP"]),
    ("queue-unknown-point", ["queue", "--point", "NOPE"]),
    ("services-unknown-point", ["services", "--point", HUGE]),
    ("pause-reason-nul", ["window", "pause", "--point", "HALL", "--window", "1", "--reason", "午\x00休"]),
    ("pause-reason-10MB", ["window", "pause", "--point", "HALL", "--window", "1", "--reason", HUGE]),
    ("signin-unknown-staff", ["window", "signin", "--point", "HALL", "--window", "1", "--staff", "NOBODY"]),
    ("advise-note-nul", ["advise", "accept", "1", "--note", "好\x00的"]),
    ("advise-note-10MB", ["advise", "dismiss", "1", "--note", HUGE]),
    *[
        (f"booking-create-{label}", ["booking", "create", "--point", "HALL", "--service", "DKFP", "--date",
                                     NEXT_MONDAY.isoformat(), "--slot", "09:00", *fields])
        for label, fields in (
            ("name-nul", ["--name", "张\x00三", "--phone", "13812345678", "--id-number", "110101199003070013"]),
            ("name-10MB", ["--name", HUGE, "--phone", "13812345678", "--id-number", "110101199003070013"]),
            ("id-bad-check", ["--name", "张三", "--phone", "13812345678", "--id-number", "110101199003070014"]),
            ("id-10MB", ["--name", "张三", "--phone", "13812345678", "--id-number", "1" * 10_000_000]),
        )
    ],
    ("booking-create-slot-25:99", ["booking", "create", "--point", "HALL", "--service", "DKFP", "--date",
                                   NEXT_MONDAY.isoformat(), "--slot", "25:99", "--name", "张三", "--phone",
                                   "13812345678", "--id-number", "110101199003070013"]),
    ("booking-create-2026-02-30", ["booking", "create", "--point", "HALL", "--service", "DKFP", "--date",
                                   "2026-02-30", "--slot", "09:00", "--name", "张三", "--phone", "13812345678",
                                   "--id-number", "110101199003070013"]),
    ("booking-unblock-reason-nul", ["booking", "unblock", "110101199003070013", "--reason", "\x00"]),
    ("booking-show-10MB", ["booking", "show", HUGE]),
    ("booking-cancel-unknown", ["booking", "cancel", "NOSUCHCODE"]),
    ("booking-reschedule-9999", ["booking", "reschedule", "ABCDEFGH", "--date", "9999-12-31", "--slot", "09:00"]),
    ("booking-block-bad-id", ["booking", "block", "1234"]),
    ("roster-publish-9999-W52", ["roster", "publish", "--point", "HALL", "--week", "9999-W52"]),
    ("roster-show-9999-W52", ["roster", "show", "--point", "HALL", "--week", "9999-W52"]),
    ("roster-leave-feb30", ["roster", "leave", "--point", "HALL", "--staff", "H05", "--date", "2026-02-30"]),
    ("roster-leave-unknown", ["roster", "leave", "--point", "HALL", "--staff", "NOBODY", "--date", "2026-12-08"]),
    (
        "roster-leave-until-before",
        ["roster", "leave", "--point", "HALL", "--staff", "H05", "--date", "2026-12-08", "--until", "2026-12-01"],
    ),
    ("roster-leave-nul-reason", ["roster", "leave", "--point", "HALL", "--staff", "H05", "--date", "2026-12-08",
                                 "--reason", "病\x00假"]),
    ("roster-show-version-0", ["roster", "show", "--point", "HALL", "--week", "2026-W50", "--version", "0"]),
    ("advise-run-unknown-point", ["advise", "run", "--point", "NOPE", "--once"]),
    # Files.
    *[
        (f"network-import-{name}", ["network", "import", "--points", "{file:" + name + "}"])
        for name in (
            "empty.csv", "broken-encoding.csv", "nul-name.csv", "escape-name.csv", "bidi-name.csv",
            "huge-name.csv", "long-name.csv", "bad-kind.csv", "bad-hours.csv", "gbk-bad-kind.csv",
            "not-a-zip.xlsx", "truncated.xlsx", "truncated-xml.xlsx", "bomb.xlsx", "points.txt",
            "folder.csv", "missing.csv",
        )
    ],
    *[
        (f"network-import-services-{name}", ["network", "import", "--services", "{file:" + name + "}"])
        for name in (
            "aht-negative.csv", "aht-nan.csv", "aht-inf.csv", "aht-huge.csv", "unknown-category.csv",
            "unknown-point.csv",
        )
    ],
    ("network-export-no-folder", ["network", "export", "--points", "{tmp}/no/such/folder/points.csv"]),
    *[
        (f"import-history-{name}", ["import", "history", "{file:" + name + "}"])
        for name in (
            "history-year1.csv", "history-1800.csv", "history-9999.csv", "history-feb30.csv", "history-nul.csv",
            "history-window.csv", "history-negative-window.csv", "history-unknown.csv", "history-huge.csv",
            "history-encoding.csv", "history-gbk-unknown.csv", "history-bad-header.csv", "empty.csv",
            "missing.csv", "folder.csv",
        )
    ],
    *[
        (f"calendar-import-{name}", ["calendar", "import", "{file:" + name + "}"])
        for name in ("notice-9999.csv", "notice-1800.csv", "notice-feb30.csv", "notice-nul.csv",
                     "notice-huge.csv", "empty.csv", "broken-encoding.csv", "missing.csv")
    ],
    *[
        (f"calendar-import-deadlines-{name}", ["calendar", "import-deadlines", "{file:" + name + "}"])
        for name in ("deadlines-year.csv", "deadlines-month.csv", "deadlines-9999.csv", "empty.csv")
    ],
    # The audit trail.
    ("audit-verify-extra-word", ["audit", "verify", "extra"]),
    ("audit-list-limit-0", ["audit", "list", "--limit", "0"]),
    ("audit-list-limit-2^70", ["audit", "list", "--limit", BIG]),
    ("audit-list-since-2026-02-30", ["audit", "list", "--since", "2026-02-30"]),
    ("audit-list-until-9999-12-31", ["audit", "list", "--until", "9999-12-31"]),
    ("audit-list-actor-nul", ["audit", "list", "--actor", "S\x00"]),
    ("audit-list-kind-control", ["audit", "list", "--kind", "a\x1bb"]),
    ("audit-list-object-10MB", ["audit", "list", "--object", HUGE]),
    ("audit-export-csv", ["audit", "export", "--xlsx", "{tmp}/audit.csv"]),
    ("audit-export-no-folder", ["audit", "export", "--xlsx", "{tmp}/no/such/folder/audit.xlsx"]),
    ("audit-export-limit-0", ["audit", "export", "--xlsx", "{tmp}/audit.xlsx", "--limit", "0"]),
    ("audit-prune-user-nul", ["audit", "prune", "--user", "A\x00"]),
    ("audit-prune-user-missing", ["audit", "prune", "--user"]),
    ("audit-prune-by-gone", ["audit", "prune", "--by", "A1"]),  # the signed-in person is recorded now
    ("unknown-option-10MB", ["audit", "list", "--nope", HUGE]),
    ("audit-retention-5", ["audit", "retention", "5"]),
    ("audit-retention-nan", ["audit", "retention", "nan"]),
    ("audit-retention-2^70", ["audit", "retention", BIG]),
    ("audit-retention-by-control", ["audit", "retention", "12", "--by", "A\x07"]),
    # Accounts: a new password that breaks the rule (read from standard input, see STDIN), unknown people.
    ("passwd-weak", ["passwd"]),
    ("staff-reset-password-weak", ["staff", "reset-password", "H05"]),
    ("staff-reset-password-unknown", ["staff", "reset-password", "NOBODY"]),
    ("staff-unlock-unknown", ["staff", "unlock", "NOBODY"]),
    ("staff-unlock-nul", ["staff", "unlock", "H0\x005"]),
    ("staff-idle-lock-0", ["staff", "idle-lock", "0"]),
    ("staff-idle-lock-nan", ["staff", "idle-lock", "nan"]),
    ("staff-idle-lock-2^70", ["staff", "idle-lock", BIG]),
    ("init-admin-weak", ["init", "--admin", "NEWADMIN"]),
    ("init-admin-code-nul", ["init", "--admin", "NEW\x00ADMIN"]),
    ("init-name-without-admin", ["init", "--name", "张三"]),
    # People, windows, shift templates.
    ("staff-list-unknown-point", ["staff", "list", "--point", "NOPE"]),
    ("staff-show-10MB", ["staff", "show", HUGE]),
    ("staff-add-nul-name", ["staff", "add", "H99", "--name", "\x00", "--roles", "window", "--home-unit", "hall"]),
    ("staff-add-bidi-name", ["staff", "add", "H99", "--name", "\u202eabc", "--roles", "window", "--home-unit", "hall"]),
    ("staff-add-10MB-name", ["staff", "add", "H99", "--name", HUGE, "--roles", "window", "--home-unit", "hall"]),
    ("staff-edit-hours-nan", ["staff", "edit", "H05", "--max-hours", "nan"]),
    ("staff-edit-hours-2^70", ["staff", "edit", "H05", "--min-hours", BIG]),
    ("staff-edit-days-9", ["staff", "edit", "H05", "--working-days", "9"]),
    ("staff-leave-unknown", ["staff", "leave", "NOBODY"]),
    ("staff-export-no-folder", ["staff", "export", "{tmp}/no/such/folder/staff.csv"]),
    *[
        (f"staff-import-{name}", ["staff", "import", "{file:" + name + "}"])
        for name in ("empty.csv", "broken-encoding.csv", "nul-name.csv", "not-a-zip.xlsx", "bomb.xlsx",
                     "missing.csv", "points.txt")
    ],
    ("windows-list-unknown-point", ["windows", "list", "--point", "NOPE"]),
    ("windows-add-2^70", ["windows", "add", BIG, "--point", "HALL", "--name", "x", "--categories", "A"]),
    ("windows-edit-nul-name", ["windows", "edit", "2", "--point", "HALL", "--name", "\x00"]),
    ("windows-import-empty", ["windows", "import", "{file:empty.csv}", "--point", "HALL"]),
    ("windows-export-no-folder", ["windows", "export", "{tmp}/no/such/folder/w.csv", "--point", "HALL"]),
    ("shifts-list-unknown-point", ["shifts", "list", "--point", "NOPE"]),
    ("windows-officers-2^70", ["windows", "officers", BIG, "--point", "HALL"]),
    ("shifts-import-broken-encoding", ["shifts", "import", "{file:broken-encoding.csv}", "--point", "HALL"]),
    ("shifts-export-no-folder", ["shifts", "export", "{tmp}/no/such/folder/s.csv", "--point", "HALL"]),
]  # fmt: skip

# What the commands that read a new password get on standard input, by argv.
STDIN = {
    ("passwd",): "short\n",
    ("staff", "reset-password", "H05"): "abcdefgh\n",
    ("staff", "reset-password", "NOBODY"): "abcd12345\n",
    ("init", "--admin", "NEWADMIN"): "1234567\n",
    ("init", "--admin", "NEW\x00ADMIN"): "abcd12345\n",
}
ADMIN, ADMIN_PASSWORD = "A1", "admin2026pw"


# ------------------------------------------------------------------------------------------ the county


@dataclass
class County:
    db: Database
    files: dict[str, Path]
    folder: Path
    finished: int  # a finished ticket's ID


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def county(request, tmp_path_factory, sqlite_template):
    folder = tmp_path_factory.mktemp("bad-input")
    if request.param == "sqlite":
        path = folder / "county.sqlite3"
        shutil.copy(sqlite_template, path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("pg_initialised")
        request.getfixturevalue("empty_pg")(url)
    db = Database(url)
    populate(db, history_days=0)
    from taxdesk.core.accounts import create_administrator

    create_administrator(db, ADMIN, ADMIN_PASSWORD)  # the commands that need an account sign in as A1
    finished = tickets.issue_ticket(db, "HALL", "DKFP", actor=ANYONE).id
    from taxdesk.core import calls

    calls.sign_in(db, "HALL", 1, _a_hall_officer(db), actor=ANYONE)
    calls.call_next(db, "HALL", 1, actor=ANYONE)
    calls.finish(db, finished, actor=ANYONE)
    tickets.issue_ticket(db, "HALL", "DKFP", taxpayer_name="李四", actor=ANYONE)  # one still waiting
    yield County(db, _write_files(folder), folder, finished)
    db.dispose()


def _a_hall_officer(db: Database) -> str:
    from taxdesk.core.db.models import Staff, StaffRole

    with db.session() as session:
        return session.scalars(
            select(Staff.code)
            .where(Staff.role_rows.any(StaffRole.role == "window"), Staff.home_unit == "hall")
            .order_by(Staff.code)
        ).first()


def fingerprint(db: Database) -> str:
    """Every row of every table, hashed: equal before and after means nothing was written — except the
    audit trail's record that somebody signed in, which a command that signs in writes before it looks at
    its other input (the sign-in happened; the refused change did not)."""
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            query = select(table).order_by(*table.primary_key.columns)
            if table.name == "audit_log":
                query = query.where(table.c.kind != "account.sign_in")
            rows = conn.execute(query).all()
            digest.update(repr((table.name, rows)).encode())
    return digest.hexdigest()


def run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as usage_error:  # argparse's one line for a malformed command
        code = usage_error.code
    out, err = capsys.readouterr()
    return code, out, err


def _argv(county: County, argv: list[str]) -> list[str]:
    resolved = []
    for part in argv:
        if part.startswith("{file:"):
            part = str(county.files[part[6:-1]])
        resolved.append(part.replace("{tmp}", str(county.folder)).replace("{finished}", str(county.finished)))
    return resolved


def assert_refused(code: int, out: str, err: str) -> None:
    lines = err.strip().splitlines()
    assert code == 2, f"exit {code}: {err.strip()[:500]}"
    assert len(lines) == 1 and lines[0].startswith("taxdesk"), err[:500]
    assert "Traceback" not in err and "internal error" not in err, err[:500]
    assert len(lines[0]) <= 500, f"a {len(lines[0])}-character line"
    assert out == ""


@pytest.mark.parametrize("argv", [argv for _, argv in CASES], ids=[name for name, _ in CASES])
def test_bad_input_is_refused_with_one_line_and_writes_nothing(county, argv, capsys, monkeypatch):
    monkeypatch.setenv("TAXDESK_USER", ADMIN)
    monkeypatch.setenv("TAXDESK_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setattr(sys, "stdin", io.StringIO(STDIN.get(tuple(argv), "")))
    before = fingerprint(county.db)
    assert_refused(*run(capsys, "--db", county.db.url, *_argv(county, argv)))
    assert fingerprint(county.db) == before


def test_the_table_covers_every_command(county):
    """Every command of the CLI that takes input from a person appears in the table at least once."""
    from taxdesk.cli import COMMANDS

    seen = {
        (argv[0], argv[1] if len(argv) > 1 and not argv[1].startswith("-") else None) for _, argv in CASES
    }
    # The GUI has its own tests; `points` takes nothing but --db (tested below); a code that does not
    # verify and a refused check-in are answers, exit 1 (tested below).
    without_input = {("gui", None), ("points", None), ("booking", "checkin"), ("ticket", "verify")}
    missing = {command for command in COMMANDS if command not in seen | without_input}
    assert not missing, f"no bad-input case for {sorted(missing)}"


# ------------------------------------------------------------------------------------------ the database


BAD_URLS = [
    "postgresql+psycopg://postgres@127.0.0.1:abc/x",
    "postgresql+psycopg://postgres:secret@127.0.0.1:99999/x",
    "mysql://root@localhost/taxdesk",
    "not a url at all",
    "sqlite:////no/such/folder/taxdesk.sqlite3",
]


@pytest.mark.parametrize("url", BAD_URLS)
def test_an_unusable_database_url_is_one_line(url, capsys):
    code, out, err = run(capsys, "--db", url, "points")
    assert_refused(code, out, err)
    assert "secret" not in err  # a password never appears in a message


def test_a_locked_sqlite_file_is_one_line_after_the_busy_timeout(
    tmp_path, sqlite_template, capsys, monkeypatch
):
    import taxdesk.core.db as db_module

    path = tmp_path / "locked.sqlite3"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    populate(Database(url), history_days=0)
    give_password(Database(url), "H03")  # a front-desk officer: issuing signs in (and that writes too)
    monkeypatch.setenv("TAXDESK_USER", "H03")
    monkeypatch.setenv("TAXDESK_PASSWORD", PASSWORD)
    monkeypatch.setattr(db_module, "SQLITE_BUSY_TIMEOUT_S", 0.3)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another desk in the middle of a long write
    try:
        before = _file_rows(path, holder)
        code, out, err = run(capsys, "--db", url, "ticket", "issue", "--point", "HALL", "--service", "DKFP")
        assert_refused(code, out, err)
        assert "locked" in err
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _file_rows(path) == before


def _file_rows(path: Path, conn: sqlite3.Connection | None = None) -> int:
    own = conn is None
    conn = conn or sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM tickets").fetchone()[0]
    finally:
        if own:
            conn.close()


def test_a_read_only_sqlite_file_is_one_line(tmp_path, sqlite_template):
    """The database file is read-only for the user running TaxDesk (root ignores file modes, so as root
    the command runs as ``nobody``)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "readonly.sqlite3"
    shutil.copy(sqlite_template, path)
    populate(Database(f"sqlite:///{path}"), history_days=0)
    give_password(Database(f"sqlite:///{path}"), "H03")  # issuing signs in (and signing in writes)
    with sqlite3.connect(path) as conn:  # nothing left in a WAL: the file alone is the database
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for leftover in folder.glob("readonly.sqlite3-*"):
        leftover.unlink()
    path.chmod(0o444)
    before = path.read_bytes()
    argv = [sys.executable, "-m", "taxdesk", "--db", f"sqlite:///{path}", "ticket", "issue", "--point", "HALL",
            "--service", "DKFP"]  # fmt: skip
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: cannot take the file's write permission away")
        for parent in [folder, *folder.parents]:
            if parent == Path("/"):
                break
            parent.chmod(parent.stat().st_mode | 0o011)  # nobody may pass through to the file
        folder.chmod(0o777)
        argv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *argv]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), "HOME": str(folder)}
    env |= {"TAXDESK_USER": "H03", "TAXDESK_PASSWORD": PASSWORD}
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120, env=env, cwd=folder)
    assert_refused(done.returncode, done.stdout, done.stderr)
    assert "readonly" in done.stderr.replace("-", "").replace(" ", "") or "read-only" in done.stderr
    assert path.read_bytes() == before


# ------------------------------------------------------------------------------------------ GB18030 files


@pytest.mark.parametrize("command", [["booking", "checkin"], ["ticket", "verify"]])
def test_a_code_that_is_refused_is_an_answer_on_one_line(county, command, capsys, monkeypatch):
    """A scanned code that does not verify is a negative answer (exit 1), not bad input: still one line.
    (Checking in signs in: as the administrator, whose sign-ins the fingerprint leaves out.)"""
    monkeypatch.setenv("TAXDESK_USER", ADMIN)
    monkeypatch.setenv("TAXDESK_PASSWORD", ADMIN_PASSWORD)
    before = fingerprint(county.db)
    for payload in ("B1:" + "X" * 10_000_000, "T1:" + "A" * 10_000_000, "\x00", BIG, ""):
        code, out, err = run(capsys, "--db", county.db.url, *command, payload)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, err[:300]
        assert "Traceback" not in err and len(err) < 500
    assert fingerprint(county.db) == before


def test_gbk_files_from_excel_are_read_by_every_importer(network_db, tmp_path):
    """What Excel on a Chinese Windows saves as "CSV" (GB18030/GBK) imports as well as UTF-8 does; the
    history's codes are ASCII, so a Chinese one in it is named correctly in the refusal, not garbled."""
    points = tmp_path / "points.csv"
    points.write_bytes("code,name,kind\nX01,测试微税厅,丰收微税厅\n".encode("gb18030"))
    result = catalogue_io.import_points(network_db, points, actor=EDITOR)
    assert result.created == ("X01",)
    notice = tmp_path / "notice.csv"
    notice.write_bytes("date,kind,name\n2027-01-01,holiday,元旦\n".encode("gb18030"))
    assert calendar.import_notice(network_db, notice, actor=EDITOR).rows == 1
    assert calendar.for_database(network_db).holiday_name(date(2027, 1, 1)) == "元旦"
    history = tmp_path / "history.csv"
    history.write_bytes((HISTORY_HEADER + "城关,DKFP,2026-03-02 09:00:00,,,\n").encode("gb18030"))
    with pytest.raises(InvalidInput) as refused:
        import_history(network_db, history, actor=IMPORTER)
    assert refused.value.key == "unknown_point" and refused.value.params["point"] == "城关"
    utf16 = tmp_path / "history-utf16.csv"
    utf16.write_bytes((HISTORY_HEADER + "城关,DKFP,2026-03-02 09:00:00,,,\n").encode("utf-16"))
    with pytest.raises(InvalidInput) as refused:
        import_history(network_db, utf16, actor=IMPORTER)
    assert refused.value.params["point"] == "城关"
