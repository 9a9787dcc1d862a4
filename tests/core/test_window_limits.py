"""Physical limits: the staffing plan keeps Erlang C's windows and adds the windows the point has and the
shortfall beyond them; the windows are shared out between the queues one person at a time; the roster's
cover is capped at what the windows hold; the command line reports it all."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, update
from synthetic_history import write_history

from taxdesk.cli import main
from taxdesk.core.db.models import ServicePoint, Window
from taxdesk.core.plan import point_windows, staffing_plan, window_cover
from taxdesk.core.roster.hall import hall_week

WEEK = "2025-W27"  # 30 June – 4 July 2025, after ten weeks of history
A, B, AB = frozenset({"A"}), frozenset({"B"}), frozenset({"A", "B"})


@pytest.mark.parametrize(
    ("needs", "windows", "covered"),
    [
        ({"A": 2, "B": 1}, [A, A, B, AB], {"A": 2, "B": 1}),  # room enough: all of it
        ({"A": 3, "B": 1}, [A, AB, B], {"A": 2, "B": 1}),  # A has only two windows
        ({"A": 4, "B": 4}, [AB, AB, AB, AB], {"A": 2, "B": 2}),  # short: shared out, not left to one
        ({"A": 2, "B": 1}, [AB, A], {"A": 1, "B": 1}),  # each queue short by its share
        ({"A": 1, "B": 1}, [AB, A], {"A": 1, "B": 1}),  # A moves to the A-only window to let B in
        ({"B": 1, "A": 1}, [AB, B], {"A": 1, "B": 1}),
        ({"A": 0, "C": 2}, [A, AB], {"A": 0, "C": 0}),  # no window has C
        ({}, [A], {}),
    ],
)
def test_the_windows_are_shared_out_one_person_per_window(needs, windows, covered):
    assert window_cover(needs, windows) == covered


@pytest.fixture
def history_db(network_db):
    write_history(network_db, date(2025, 4, 21), date(2025, 6, 29), seed=3, handling_min={"GEN": 6, "INV": 3})
    return network_db


def close_all_but(db, numbers: set[int]) -> None:
    with db.transaction() as session:
        hall = session.scalar(select(ServicePoint.id).where(ServicePoint.code == "HALL"))
        session.execute(
            update(Window).where(Window.point_id == hall, Window.number.not_in(numbers)).values(active=False)
        )


def test_the_plan_keeps_erlangs_figure_and_adds_the_windows_and_the_shortfall(history_db):
    db = history_db
    roomy = staffing_plan(db, "HALL", WEEK)
    assert roomy.windows_available == len(point_windows(db, "HALL")) == 12
    assert all(i.windows_available == 12 and i.shortfall == 0 for i in roomy.intervals)
    assert roomy.short == [] and roomy.worst_shortfall is None

    close_all_but(db, {1, 2})  # a two-window hall: 1 has every queue, 2 only 综合服务 (A)
    small = staffing_plan(db, "HALL", WEEK)
    assert small.windows_available == 2
    for wide, narrow in zip(roomy.intervals, small.intervals, strict=True):
        assert narrow.windows == wide.windows and narrow.raw_windows == wide.raw_windows  # Erlang's, kept
        assert narrow.windows_available == 2
        assert narrow.shortfall == sum(n.shortfall for n in narrow.categories.values())
        assert narrow.shortfall >= narrow.raw_windows - 2  # at least what two windows cannot hold
        assert sum(n.capped_windows for n in narrow.categories.values()) <= 2
        gen = narrow.categories["GEN"]
        assert (
            gen.windows_available == 2 and gen.shortfall == gen.requirement.raw_windows - gen.capped_windows
        )
        assert narrow.categories["INV"].windows_available == 1
    worst = small.worst_shortfall
    assert worst is not None and worst.shortfall == max(i.shortfall for i in small.intervals) > 0
    assert worst.shortfall == worst.raw_windows - 2  # the busiest half-hour wants more than two at once

    data = small.to_json()
    assert data["windows_available"] == 2
    assert data["shortfall"]["intervals"] == len(small.short) > 0
    assert data["shortfall"]["most"] == worst.shortfall
    first = data["intervals"][0]
    assert (first["windows_available"], first["shortfall"]) == (2, small.intervals[0].shortfall)
    assert first["categories"]["GEN"]["windows_available"] == 2
    assert "shortfall" in first["categories"]["GEN"]


def test_the_roster_asks_for_no_more_windows_than_the_point_has(history_db):
    db = history_db
    close_all_but(db, {1, 2})
    plan = staffing_plan(db, "HALL", WEEK)
    week = hall_week(db, "HALL", WEEK, plan)
    by_slot: dict[tuple[int, int], int] = {}
    for (day, slot, _), need in week.required.items():
        by_slot[(day, slot)] = by_slot.get((day, slot), 0) + need
    assert max(by_slot.values()) == 2  # the two windows, at the busy times
    assert (
        sum(week.required.values())
        == sum(n.capped_windows for i in plan.intervals for n in i.categories.values())
        < sum(i.raw_windows for i in plan.intervals)
    )


def test_the_command_line_reports_the_shortfall(history_db, capsys):
    close_all_but(history_db, {1, 2})
    url = history_db.url
    assert main(["--db", url, "staffing", "plan", "--point", "HALL", "--week", WEEK, "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["windows_available"] == 2 and plan["shortfall"]["most"] > 0
    assert all("shortfall" in i and i["windows_available"] == 2 for i in plan["intervals"])
    assert main(["--db", url, "staffing", "plan", "--point", "HALL", "--week", WEEK]) == 0
    out = capsys.readouterr().out
    assert "short" in out and "than the 2 the point has" in out
