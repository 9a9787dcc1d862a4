"""The tidal-window advisor's rules on tables of live states and forecasts: windows open, paused or closed,
the officers' qualifications, people waiting and for how long, the next hour's forecast — and the
suggestion a supervisor should get (or none). Pure rules, no database: what the supervisor's queue table
counts as open and what the advice counts are one and the same (``QueueStatus.windows_for``)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest

from taxdesk.core import clock
from taxdesk.core.advice_rules import next_hour, propose, window_states
from taxdesk.core.calls import QueueStatus, WindowView
from taxdesk.core.handling import HandlingTime
from taxdesk.core.plan import Targets
from taxdesk.core.supervision import Overview, Thresholds, WindowDetail
from taxdesk.core.tickets import QueueLine

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=clock.LOCAL_TZ)
TARGETS = Targets(target_sl=0.8, target_wait_min=10, max_occupancy=0.85, shrinkage=0.0)
THRESHOLDS = Thresholds(waiting=20, wait_min=30)
# Queue category: (prefix, name, handling minutes)
CATEGORIES = {"GEN": ("A", "综合服务", 6.0), "INV": ("B", "发票业务", 3.0), "TAX": ("E", "申报纳税", 30.0)}
CODE = {prefix: code for code, (prefix, _, _) in CATEGORIES.items()}


@dataclass(frozen=True)
class W:
    """A window in a scenario: its queues, state, its officer's qualifications (None: nobody signed in),
    tidal or not, serving somebody, free for how many minutes."""

    number: int
    queues: str  # prefixes: "AB"
    state: str = "open"
    officer: str | None = "AB E"  # prefixes the officer is qualified for
    tidal: bool = False
    busy: bool = True
    free_min: int = 0


@dataclass(frozen=True)
class Scenario:
    name: str
    windows: list[W]
    waiting: dict[str, tuple[int, int]]  # prefix → (people waiting, longest wait in minutes)
    forecast: dict[str, tuple[float, float]] | None = None  # prefix → arrivals 10:00–10:30, 10:30–11:00
    expected: list[tuple] = field(default_factory=list)  # ("open", prefix, window) | ("close", window)


def overview(s: Scenario) -> Overview:
    views, details = [], []
    for w in s.windows:
        skills = None if w.officer is None else set(w.officer)
        serves = tuple(p for p in w.queues if skills is None or p in skills)
        ticket = SimpleNamespace(number="A001") if w.busy and w.state == "open" else None
        view = WindowView(
            number=w.number,
            name=f"{w.number}号窗口",
            state=w.state,
            is_tidal=w.tidal,
            officer=None if w.officer is None else "某某",
            officer_code=None if w.officer is None else "H99",
            since=NOW - timedelta(hours=1),
            categories=tuple(w.queues),
            ticket=ticket,
            serves=serves,
        )
        free = None if ticket is not None else NOW - timedelta(minutes=w.free_min)
        views.append(view)
        details.append(WindowDetail(view, None, None, 0, free))
    lines = [
        QueueLine(code, name, prefix, *s.waiting.get(prefix, (0, 0)))
        for code, (prefix, name, _) in CATEGORIES.items()
    ]
    return Overview(QueueStatus("HALL", NOW, lines, views, []), details, THRESHOLDS)


def plan(forecast: dict[str, tuple[float, float]]):
    """A stand-in staffing plan of today: two half-hours from 10:00 with the given arrivals."""
    intervals = []
    for k in range(2):
        start = NOW + timedelta(minutes=30 * k)
        needs = {
            CODE[prefix]: SimpleNamespace(arrivals=pair[k], aht_min=CATEGORIES[CODE[prefix]][2])
            for prefix, pair in forecast.items()
        }
        intervals.append(SimpleNamespace(start=start, end=start + timedelta(minutes=30), categories=needs))
    return SimpleNamespace(intervals=intervals, targets=TARGETS)


def advise(s: Scenario, at: datetime = NOW):
    view = overview(s)
    handling = {code: HandlingTime(m, m, 100, "history") for code, (_, _, m) in CATEGORIES.items()}
    coming = next_hour(plan(s.forecast), at) if s.forecast is not None else None
    ids = {w.number: 100 + w.number for w in s.windows}
    category_ids = {code: k for k, code in enumerate(CATEGORIES, 1)}
    windows = window_states(view, ids)
    return propose(view, windows, handling, TARGETS, coming, category_ids, {}, at, s.forecast is not None)


def summary(proposals) -> list[tuple]:
    return [
        ("open", p.facts["prefix"], p.facts["window"]) if p.action == "open" else ("close", p.facts["window"])
        for p in proposals
    ]


SCENARIOS = [
    Scenario(
        "a quiet hall with every window busy: nothing to say",
        [W(1, "A"), W(2, "B")],
        {"A": (1, 3), "B": (1, 2)},
    ),
    Scenario(
        "a long A queue, one A window open: open the closed tidal A window",
        [W(1, "A"), W(2, "B"), W(11, "AB", "closed", None, tidal=True, busy=False)],
        {"A": (23, 25)},
        expected=[("open", "A", 11)],
    ),
    Scenario(
        "a paused window does not count as open: it is the one to open again",
        [W(1, "A"), W(3, "A", "paused", busy=False, free_min=40)],
        {"A": (8, 12)},
        expected=[("open", "A", 3)],
    ),
    Scenario(
        "window 6 has B but its officer only A: it is no B window now, and is not closed while B opens",
        [W(4, "B"), W(6, "AB", officer="A", busy=False, free_min=30), W(7, "B", "closed", None, busy=False)],
        {"B": (15, 20)},
        forecast={"A": (0.0, 0.0), "B": (6.0, 6.0)},
        expected=[("open", "B", 7)],
    ),
    Scenario(
        "an idle tidal window at a quiet time, with the forecast: it may close (one of the two)",
        [W(2, "A", busy=False, free_min=20), W(11, "A", tidal=True, busy=False, free_min=20)],
        {},
        forecast={"A": (1.0, 1.0)},
        expected=[("close", 11)],
    ),
    Scenario(
        "without a forecast the last window of a queue never closes",
        [W(2, "A", busy=False, free_min=45)],
        {},
        expected=[],
    ),
    Scenario(
        "a busy forecast hour needs more windows than the queue: the forecast's figure counts",
        [W(1, "A"), W(11, "A", "closed", None, tidal=True, busy=False)],
        {"A": (4, 12)},
        forecast={"A": (17.0, 17.0)},
        expected=[("open", "A", 11)],
    ),
    Scenario(
        "no window can serve the queue: open, naming none",
        [W(1, "A")],
        {"E": (3, 15)},
        forecast={"E": (1.0, 1.0)},
        expected=[("open", "E", None)],
    ),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_each_live_state_gets_the_suggestion_a_supervisor_would_expect(scenario):
    queues, proposals = advise(scenario)
    assert summary(proposals) == scenario.expected
    status = overview(scenario).status
    for q in queues:  # the advice's "open" is the queue table's
        assert q.open_windows == status.windows_for(q.prefix)[0]


def test_the_queue_table_and_the_advice_count_the_same_open_windows():
    s = Scenario(
        "six B windows in the table, three of them with an officer qualified for B, one paused",
        [
            W(4, "B"),
            W(5, "B"),
            W(6, "AB", officer="A"),
            W(7, "B", officer="A"),
            W(8, "AB", officer="A"),
            W(9, "B", "paused", busy=False),
        ],
        {"B": (12, 20)},
    )
    status = overview(s).status
    assert status.windows_for("B") == (2, 6)  # open for B out of the windows that have B
    queues, proposals = advise(s)
    b = next(q for q in queues if q.prefix == "B")
    assert b.open_windows == 2
    (opening,) = proposals
    assert opening.facts["open"] == 2 and opening.facts["window"] == 9  # the paused one, again


def test_a_suggestion_never_opens_and_closes_windows_of_one_queue():
    s = Scenario(
        "B short of windows while window 6 (A and B) sits idle with its officer on A",
        [W(4, "B"), W(5, "B"), W(6, "AB", officer="AB", busy=False, free_min=30), W(2, "A")],
        {"B": (30, 25)},
        forecast={"A": (0.0, 0.0), "B": (10.0, 10.0)},
    )
    _, proposals = advise(s)
    opened = {p.facts["category"] for p in proposals if p.action == "open"}
    assert opened == {"INV"}
    for p in proposals:
        if p.action == "close":
            window = next(w for w in s.windows if w.number == p.facts["window"])
            assert not {CODE[q] for q in window.queues} & opened
    assert ("close", 6) not in summary(proposals)


def test_the_forecast_basis_is_one_stated_hour_and_its_own_sum():
    s = Scenario(
        "34 people forecast from 10:00 to 11:00 at 6 minutes each",
        [W(1, "A"), W(11, "A", "closed", None, tidal=True, busy=False)],
        {"A": (12, 14)},
        forecast={"A": (17.0, 17.0)},
    )
    (q, *_), (p,) = advise(s)
    f = p.facts
    assert (f["forecast_from"], f["forecast_to"]) == ("10:00", "11:00")
    assert f["arrivals_next_hour"] == 34 and f["rate_per_hour"] == 34
    assert f["needed_forecast"] == TARGETS.requirement(34, 6).raw_windows == 5
    assert f["aht_min"] == 6 and f["needed"] == max(f["needed_forecast"], f["needed_queue"])

    # At 10:40 the hour is 10:30–11:30, of which the plan has only 10:30–11:00: half an hour, stated.
    (_, *_), (late,) = advise(s, NOW + timedelta(minutes=40))
    assert (late.facts["forecast_from"], late.facts["forecast_to"]) == ("10:30", "11:00")
    assert late.facts["arrivals_next_hour"] == 17 and late.facts["rate_per_hour"] == 34


def test_a_handful_of_people_forecast_never_needs_more_windows_than_people():
    # 3 people for E in the first half-hour at 30 minutes each: Erlang C on the half-hour's rate (6 an
    # hour) wanted 5 windows ("未来一小时预测 3 人，需 5 个窗口"); the hour's own sum needs at most 3.
    assert TARGETS.requirement(6, 30).raw_windows == 5
    s = Scenario(
        "E: three people forecast, one waiting, no E window open",
        [W(1, "A")],
        {"E": (1, 5)},
        forecast={"E": (3.0, 0.0)},
    )
    queues, (p,) = advise(s)
    e = next(q for q in queues if q.prefix == "E")
    assert e.arrivals_next_hour == 3 and e.needed_forecast <= 3
    assert p.facts["needed_forecast"] == min(TARGETS.requirement(3, 30).raw_windows, 3)
    assert p.facts["needed"] <= math.ceil(e.arrivals_next_hour) + e.waiting


def test_a_trickle_below_the_minimum_rate_needs_no_window():
    windows = [W(2, "A", busy=False, free_min=30), W(3, "A", busy=False, free_min=30)]
    queues, proposals = advise(Scenario("", windows, {}, forecast={"A": (0.2, 0.1)}))
    a = next(q for q in queues if q.prefix == "A")
    assert a.needed_forecast == 0 and a.needed == 0
    assert summary(proposals) == [("close", 2), ("close", 3)]  # less than one person in two hours
    queues, proposals = advise(Scenario("", windows, {}, forecast={"A": (0.5, 0.5)}))
    assert summary(proposals) == [("close", 2)]  # one person forecast: the last window stays
