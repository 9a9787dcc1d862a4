"""The Curtois–Qu benchmark through the roster engine: the file reader (and its refusals, by line), instance
1 solved to its known optimum 607 with the checker agreeing, and ``taxdesk roster nrp``'s JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from taxdesk.cli import main
from taxdesk.core.errors import InvalidInput
from taxdesk.core.roster import check, nrp, solver

# The instances are shipped in benchmarks/nrp (public data, see its README): the tests always have them.
NRP_DIR = Path(os.environ.get("TAXDESK_NRP_DIR", Path(__file__).resolve().parents[2] / "benchmarks" / "nrp"))


def instance(number: int):
    return nrp.load(NRP_DIR / f"Instance{number}.txt")


SMALL = """\
# comment
SECTION_HORIZON
7

SECTION_SHIFTS
E,480,
L,480,E

SECTION_STAFF
A,E=5|L=3,2400,960,4,2,2,1
B,E=0|L=7,2880,0,5,1,1,2

SECTION_DAYS_OFF
A,0,3
B

SECTION_SHIFT_ON_REQUESTS
A,1,E,2

SECTION_SHIFT_OFF_REQUESTS
B,6,L,3

SECTION_COVER
0,E,1,100,1
0,L,1,100,1
1,E,2,50,2
"""


def test_a_benchmark_file_becomes_the_general_model(tmp_path):
    path = tmp_path / "small.txt"
    path.write_text(SMALL)
    problem = nrp.load(path)
    assert problem.days == 7 and problem.first_weekday == 0
    assert [(s.id, s.minutes, s.forbidden_next) for s in problem.shift_types] == [
        ("E", 480, frozenset()),
        ("L", 480, frozenset({"E"})),
    ]
    a, b = problem.people
    assert (a.id, a.max_shifts, a.max_minutes, a.min_minutes) == ("A", {"E": 5, "L": 3}, 2400, 960)
    assert (a.max_consecutive_shifts, a.min_consecutive_shifts, a.min_consecutive_days_off) == (4, 2, 2)
    assert (a.max_weekends, a.days_off) == (1, frozenset({0, 3}))
    assert b.days_off == frozenset() and b.max_shifts == {"E": 0, "L": 7}
    assert [(r.person, r.day, r.shifts, r.weight, r.on) for r in problem.requests] == [
        ("A", 1, {"E"}, 2, True),
        ("B", 6, {"L"}, 3, False),
    ]
    assert [(c.day, c.shifts, c.required, c.under_weight, c.over_weight) for c in problem.covers] == [
        (0, frozenset({"E"}), 1, 100, 1),
        (0, frozenset({"L"}), 1, 100, 1),
        (1, frozenset({"E"}), 2, 50, 2),
    ]


@pytest.mark.parametrize(
    ("find", "replace_with", "line", "reason"),
    [
        ("7\n", "seven\n", 3, "horizon 'seven' is not a whole number"),
        ("L,480,E\n", "L,480,N\n", 7, "names an unknown shift 'N'"),
        ("A,E=5|L=3,", "A,E=5|X=3,", 10, "unknown shift 'X'"),
        ("B,E=0|L=7,2880,0,5,1,1,2", "B,E=0|L=7,2880,0,5,1,1", 11, "expected 8 comma-separated fields"),
        ("A,0,3\n", "A,0,9\n", 14, "day 9 is outside the horizon (days 0 to 6)"),
        ("A,1,E,2", "C,1,E,2", 18, "unknown employee 'C'"),
        ("1,E,2,50,2", "0,E,2,50,2", 26, "cover for day 0, shift E is given twice"),
        ("SECTION_COVER", "SECTION_COVERS", 23, "unknown section SECTION_COVERS"),
    ],
)
def test_a_bad_line_is_refused_with_its_number(tmp_path, find, replace_with, line, reason):
    path = tmp_path / "bad.txt"
    assert find in SMALL
    path.write_text(SMALL.replace(find, replace_with, 1))
    with pytest.raises(InvalidInput) as refused:
        nrp.load(path)
    assert refused.value.key == "nrp_bad_line"
    assert refused.value.params["line"] == line
    assert f"line {line}: " in refused.value.message and reason in refused.value.message


def test_a_file_that_is_not_a_benchmark_is_refused(tmp_path):
    with pytest.raises(InvalidInput) as refused:
        nrp.load(tmp_path / "missing.txt")
    assert refused.value.key == "nrp_unreadable"
    path = tmp_path / "empty.txt"
    path.write_text("# nothing here\n")
    with pytest.raises(InvalidInput) as refused:
        nrp.load(path)
    assert refused.value.key == "nrp_missing_section"
    assert "SECTION_HORIZON" in refused.value.message


def test_instance_1_solves_to_its_known_optimum_607():
    problem = instance(1)
    assert (problem.days, len(problem.people), len(problem.shift_types)) == (14, 8, 1)
    solution = solver.solve(problem, time_limit=20)
    assert solution.status == "optimal" and solution.optimal
    assert solution.objective == solution.bound == 607
    assert solution.gap == 0
    assert check.violations(problem, solution.roster) == []
    assert check.objective(problem, solution.roster) == 607


def test_the_command_prints_the_roster_as_json(capfd):
    path = NRP_DIR / "Instance1.txt"
    code = main(["roster", "nrp", str(path), "--time-limit", "20", "--json"])
    out, err = capfd.readouterr()  # file-descriptor level: HiGHS prints nothing of its own on stdout
    assert code == 0 and err == ""
    data = json.loads(out)
    assert {"objective", "bound", "optimal", "seconds", "roster"} <= set(data)
    assert data["objective"] == 607 and data["bound"] == 607 and data["optimal"] is True
    assert isinstance(data["seconds"], float)
    problem = nrp.load(path)
    assert list(data["roster"]) == [p.id for p in problem.people]
    assert all(len(row) == 14 and set(row) <= {"D", None} for row in data["roster"].values())
    assert check.violations(problem, data["roster"]) == []
    assert check.objective(problem, data["roster"]) == 607


def test_the_command_prints_a_short_summary(capfd):
    code = main(["roster", "nrp", str(NRP_DIR / "Instance1.txt"), "--time-limit", "20"])
    out, _ = capfd.readouterr()
    assert code == 0
    assert out.splitlines()[:2] == [
        "Instance1.txt: 8 staff, 14 days: optimal",
        out.splitlines()[1],
    ]
    assert out.splitlines()[1].startswith("objective 607 (bound 607, gap 0.00%) in ")
    assert len(out.splitlines()) == 2 + 8


def test_a_bad_file_is_one_line_on_stderr_and_exit_2(tmp_path, capfd):
    path = tmp_path / "bad.txt"
    path.write_text(SMALL.replace("A,0,3\n", "A,0,9\n"))
    assert main(["roster", "nrp", str(path), "--json"]) == 2
    out, err = capfd.readouterr()
    assert out == ""
    assert err == f"taxdesk: {path}, line 14: day 9 is outside the horizon (days 0 to 6)\n"
    with pytest.raises(SystemExit) as usage:
        main(["roster", "nrp", str(path), "--time-limit", "0"])
    assert usage.value.code == 2
    assert len(capfd.readouterr().err.strip().splitlines()) == 1


def test_an_infeasible_file_says_why_and_exits_1(tmp_path, capfd):
    path = tmp_path / "infeasible.txt"
    # A must work at least 960 minutes (two shifts) but has six of the seven days off.
    path.write_text(SMALL.replace("A,0,3\n", "A,0,1,2,3,4,5\n"))
    assert main(["roster", "nrp", str(path), "--json"]) == 1
    out, err = capfd.readouterr()
    data = json.loads(out)
    assert data["roster"] == {} and data["optimal"] is False and data["status"] == "infeasible"
    assert err.startswith("taxdesk roster nrp: A's minimum of 960 minutes cannot be reached: only 1 day(s)")
