"""The tidal-window advisor's numbers and rules: pure functions from the live queues, the windows and the
next hour's forecast to open and close proposals. :mod:`taxdesk.core.advisor` reads the point, runs them
and writes the suggestions.

**Per queue category** of the point, at the moment of the run:

- ``W`` people waiting and the longest wait (:func:`taxdesk.core.calls.queue_status`);
- ``c`` windows open now for it: :meth:`taxdesk.core.calls.WindowView.open_for` — state ``open`` (a
  paused window calls nobody) and the category among the window's and its officer's qualifications (the
  calling rule of :func:`taxdesk.core.calls.eligible`). The supervisor's queue table counts with the very
  same rule (:meth:`taxdesk.core.calls.QueueStatus.windows_for`), so the advice and the table agree;
- ``AHT`` the learnt handling time (:func:`taxdesk.core.handling.handling_times`, as the staffing plan);
- the next hour's forecast from the staffing plan of the current ISO week
  (:func:`taxdesk.core.plan.staffing_plan`), stated as its basis: the plan's half-hour holding now and
  the next one (10:00–11:00 at 10:10, 10:30–11:30 at 10:40; less at closing time), ``arrivals`` their
  forecast arrivals, ``rate`` the same per hour, and ``n_forecast`` the windows Erlang C needs open at
  once for that rate at the AHT (the installation's targets, before shrinkage), at most one window per
  person forecast: "预计 10:00–11:00 到达 34 人，按平均办理 5 分钟需 4 个窗口" is all one sum a supervisor
  can check. Without a forecast these are unknown and the live queue decides alone.

**Expected wait** ``E = W · AHT / c`` minutes: the last person in line, with ``c`` windows each taking
one person every ``AHT`` minutes (no window open: unbounded, "no window open"). It is deliberately the
simplest estimate a supervisor can redo by hand; a window that serves several queues is counted in full
for each, so for shared windows it is optimistic and errs towards fewer suggestions.

**Windows needed** ``n = max(n_forecast, n_queue)`` with ``n_queue = ⌈(W + rate · T / 60) · AHT / T⌉``
and ``T`` the target wait (setting ``staffing_target_wait_min``): the smallest number of windows that
serves everyone waiting now, and everyone arriving meanwhile, within the target — that is, brings ``E``
down to ``T``; never more than one window per person (waiting or arriving meanwhile), however long the
handling time. A rate below :data:`MIN_RATE` per hour counts as no arrivals.

**Open** a tidal window for category X when ``E > T``, or more than the alert threshold wait, or the
longest wait passed the alert threshold (:mod:`taxdesk.core.supervision`), *and* ``c < n``. The
suggestion names a window that can serve X and is closed or paused (tidal windows first, then paused ones,
then the lowest number; one window per suggestion in a run; the window a pending suggestion already named
is kept while it still fits).

**Close** window N when it is open, has no active ticket and has been free for :data:`IDLE_MIN` minutes,
and for each category it serves the other open windows (``c − 1``) still meet ``n``: nobody waits or the
others serve them within the target, and they cover the next hour's forecast. The last open window of a
category is never closed while anybody waits or arrivals are forecast, nor at all without a forecast.
Windows are taken greedily (tidal windows first, then the longest free), each closing counted before the
next is considered, so the suggestions hold together; and a window is never suggested for closing in a
run that suggests opening a window for any of its categories (open or closed, the advice says one thing
per queue).

Pure Python, no database: any thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from taxdesk.core.plan import Plan, Targets

IDLE_MIN = 5  # a window free for less than this is between two taxpayers, not idle
MIN_RATE = 0.5  # arrivals per hour below this count as none (less than one taxpayer in two hours)
HORIZON = timedelta(hours=1)
FACTS_VERSION = 2  # 2: the forecast's basis is one stated hour (forecast_from, forecast_to)


def rounded(value: float | None, digits: int = 1) -> float | None:
    """``value`` to ``digits`` decimals for the facts, None kept."""
    return None if value is None else round(value, digits)


@dataclass(frozen=True)
class QueueFacts:
    """One queue category at the moment of a run, with the numbers the advice came from."""

    category: str
    name: str
    prefix: str
    waiting: int
    longest_wait_min: int
    open_windows: int
    aht_min: float
    aht_source: str
    expected_wait_min: float | None  # None: nobody to serve them (no window open)
    needed: int
    needed_queue: int
    needed_forecast: int | None  # None without a forecast
    arrivals_next_hour: float | None
    rate_per_hour: float | None
    forecast_from: str | None = None  # the forecast's hour, "10:00" …
    forecast_to: str | None = None  # … to "11:00"

    def to_json(self) -> dict:
        return {
            "category": self.category,
            "name": self.name,
            "prefix": self.prefix,
            "waiting": self.waiting,
            "longest_wait_min": self.longest_wait_min,
            "open_windows": self.open_windows,
            "aht_min": round(self.aht_min, 2),
            "aht_source": self.aht_source,
            "expected_wait_min": rounded(self.expected_wait_min),
            "needed": self.needed,
            "needed_queue": self.needed_queue,
            "needed_forecast": self.needed_forecast,
            "arrivals_next_hour": rounded(self.arrivals_next_hour),
            "rate_per_hour": rounded(self.rate_per_hour),
            "forecast_from": self.forecast_from,
            "forecast_to": self.forecast_to,
        }


@dataclass(frozen=True)
class WindowState:
    """A window as the rules see it."""

    id: int
    number: int
    state: str
    is_tidal: bool
    busy: bool
    free_since: datetime | None
    serves: frozenset[str]  # category codes it calls now (window ∩ officer's skills)
    categories: frozenset[str] = frozenset()  # all the window's category codes, whoever is at it


@dataclass(frozen=True)
class Proposal:
    """A suggestion to write (or to update, if the same one is pending)."""

    action: str
    category_id: int | None
    window_id: int | None
    facts: dict
    waiting: int
    expected_wait_min: float | None


@dataclass(frozen=True)
class NextHour:
    """The forecast's basis: one stated span of the plan (see the module docstring)."""

    start: datetime
    end: datetime
    arrivals: dict[str, float]  # category → forecast arrivals from start to end
    rate: dict[str, float]  # category → the same per hour
    needed: dict[str, int]  # category → windows open at once for that rate (Erlang C, ≤ one a person)

    @property
    def span(self) -> tuple[str, str]:
        return f"{self.start:%H:%M}", f"{self.end:%H:%M}"


def forecast_windows(arrivals: float, rate: float, aht_min: float, targets: Targets) -> int:
    """``n_forecast``: windows open at once that serve ``rate`` arrivals an hour within the targets (Erlang
    C), never more than one for each person forecast (``arrivals``), none for a trickle below
    :data:`MIN_RATE`."""
    if rate < MIN_RATE or arrivals <= 0:
        return 0
    return min(targets.requirement(rate, aht_min).raw_windows, math.ceil(arrivals - 1e-9))


def next_hour(plan: Plan, moment: datetime) -> NextHour | None:
    """The forecast's hour at ``moment`` (see the module docstring); None when today has no half-hour at
    all. After the last half-hour, or before the first one by more than an hour, nothing is forecast."""
    today = sorted((i for i in plan.intervals if i.start.date() == moment.date()), key=lambda i: i.start)
    if not today:
        return None
    holding = next((i for i in today if i.start <= moment < i.end), None)
    anchor = holding.start if holding is not None else moment
    chosen = [i for i in today if anchor <= i.start < anchor + HORIZON]
    if not chosen:
        return NextHour(anchor, anchor + HORIZON, {}, {}, {})
    start, end = chosen[0].start, chosen[-1].end
    hours = (end - start).total_seconds() / 3600
    arrivals: dict[str, float] = {}
    aht: dict[str, float] = {}
    for interval in chosen:
        for code, need in interval.categories.items():
            arrivals[code] = arrivals.get(code, 0.0) + need.arrivals
            aht[code] = need.aht_min
    rate = {code: value / hours for code, value in arrivals.items()}
    needed = {
        code: forecast_windows(arrivals[code], rate[code], aht[code], plan.targets) for code in arrivals
    }
    return NextHour(start, end, arrivals, rate, needed)


def windows_for_queue(waiting: int, rate_per_hour: float, aht_min: float, target_wait_min: float) -> int:
    """``n_queue``: windows that serve everyone waiting, and everyone arriving meanwhile, within the
    target wait (see the module docstring)."""
    target = max(target_wait_min, 1.0)  # a target of 0 minutes cannot be met by any number of windows
    rate = rate_per_hour if rate_per_hour >= MIN_RATE else 0.0
    people = waiting + rate * target / 60
    if people <= 0:
        return 0
    # One window per person at most: a handling time longer than the target wait would otherwise ask
    # for more windows than there are people to serve ("3 人，需 6 个窗口").
    return min(math.ceil(people * aht_min / target - 1e-9), math.ceil(people - 1e-9))


def expected_wait(waiting: int, aht_min: float, open_windows: int) -> float | None:
    """``E = W · AHT / c`` minutes; None (unbounded) when people wait and no window serves them."""
    if waiting == 0:
        return 0.0
    if open_windows == 0:
        return None
    return waiting * aht_min / open_windows


def queue_facts(overview, handling, targets: Targets, next_hour: NextHour | None) -> list[QueueFacts]:
    """Every queue of the overview (:class:`taxdesk.core.supervision.Overview`) with its numbers; the
    windows open for it are the overview's own count (:meth:`~taxdesk.core.calls.QueueStatus.windows_for`)."""
    facts = []
    span = next_hour.span if next_hour is not None else (None, None)
    for line in overview.status.categories:
        if line.category not in handling:  # a category without a single service: nothing to plan with
            continue
        aht = handling[line.category]
        open_now = overview.status.windows_for(line.prefix)[0]
        rate = next_hour.rate.get(line.category, 0.0) if next_hour else 0.0
        needed_forecast = None
        if next_hour is not None:  # a trickle below MIN_RATE needs no window of its own
            needed_forecast = next_hour.needed.get(line.category, 0) if rate >= MIN_RATE else 0
        needed_queue = windows_for_queue(line.waiting, rate, aht.minutes, targets.target_wait_min)
        facts.append(
            QueueFacts(
                category=line.category,
                name=line.name,
                prefix=line.prefix,
                waiting=line.waiting,
                longest_wait_min=line.longest_wait_min,
                open_windows=open_now,
                aht_min=aht.minutes,
                aht_source=aht.source,
                expected_wait_min=expected_wait(line.waiting, aht.minutes, open_now),
                needed=max(needed_queue, needed_forecast or 0),
                needed_queue=needed_queue,
                needed_forecast=needed_forecast,
                arrivals_next_hour=next_hour.arrivals.get(line.category, 0.0) if next_hour else None,
                rate_per_hour=rate if next_hour else None,
                forecast_from=span[0],
                forecast_to=span[1],
            )
        )
    return facts


def open_proposals(queues, windows, category_ids, named, thresholds, targets: Targets) -> list[Proposal]:
    """Queues short of windows (see the module docstring), each with a window to open where there is one.
    ``named`` maps category id → the window its pending suggestion names (kept while it fits)."""
    proposals = []
    taken: set[int] = set()
    target = targets.target_wait_min
    # The longest expected waits first: if windows are short, the worst queue gets the first one.
    ordered = sorted(
        queues, key=lambda q: -(math.inf if q.expected_wait_min is None else q.expected_wait_min)
    )
    for q in ordered:
        triggers = []
        if q.waiting and q.open_windows == 0:
            triggers.append("no_window")
        elif q.expected_wait_min is not None and q.expected_wait_min > target:
            triggers.append("wait")
        if q.waiting > thresholds.waiting:
            triggers.append("waiting")
        if q.waiting and q.longest_wait_min > thresholds.wait_min:
            triggers.append("longest")
        if not triggers or q.open_windows >= q.needed:
            continue
        candidates = [
            w for w in windows if w.state != "open" and q.category in w.serves and w.id not in taken
        ]
        # The window this queue's pending suggestion named stays; those named for other queues come last.
        keep = named.get(category_ids.get(q.category))
        reserved = set(named.values())
        candidates.sort(
            key=lambda w: (w.id != keep, w.id in reserved, not w.is_tidal, w.state != "paused", w.number)
        )
        window = candidates[0] if candidates else None
        if window is not None:
            taken.add(window.id)
        facts = {
            "v": FACTS_VERSION,
            "reason": triggers[0],
            "triggers": triggers,
            "category": q.category,
            "prefix": q.prefix,
            "window": window.number if window else None,
            "window_state": window.state if window else None,
            "waiting": q.waiting,
            "longest_wait_min": q.longest_wait_min,
            "expected_wait_min": rounded(q.expected_wait_min),
            "target_wait_min": target,
            "alert_waiting": thresholds.waiting,
            "alert_wait_min": thresholds.wait_min,
            "aht_min": round(q.aht_min, 2),
            "aht_source": q.aht_source,
            "open": q.open_windows,
            "needed": q.needed,
            "needed_queue": q.needed_queue,
            "needed_forecast": q.needed_forecast,
            "arrivals_next_hour": rounded(q.arrivals_next_hour),
            "rate_per_hour": rounded(q.rate_per_hour),
            "forecast_from": q.forecast_from,
            "forecast_to": q.forecast_to,
        }
        proposals.append(
            Proposal(
                "open",
                category_ids.get(q.category),
                window.id if window else None,
                facts,
                q.waiting,
                q.expected_wait_min,
            )
        )
    return proposals


def close_proposals(
    queues,
    windows,
    moment: datetime,
    targets: Targets,
    forecast_available: bool,
    opening: set[str] | frozenset[str] = frozenset(),
) -> list[Proposal]:
    """Windows that may close (see the module docstring), greedily, each counted before the next; none
    that has a category in ``opening`` (the categories this run suggests opening a window for)."""
    by_code = {q.category: q for q in queues}
    open_count = {q.category: q.open_windows for q in queues}
    idle_since = moment - timedelta(minutes=IDLE_MIN)
    candidates = [
        w
        for w in windows
        if w.state == "open"
        and not w.busy
        and w.free_since is not None
        and w.free_since <= idle_since
        and not (w.serves | w.categories) & set(opening)
    ]
    candidates.sort(key=lambda w: (not w.is_tidal, w.free_since, w.number))
    proposals = []
    for w in candidates:
        served = [by_code[c] for c in sorted(w.serves) if c in by_code]
        lines = []
        fits = True
        for q in served:
            after = open_count[q.category] - 1
            arrivals = q.arrivals_next_hour
            if after < q.needed:
                fits = False
            elif after == 0 and (q.waiting or not forecast_available or (q.rate_per_hour or 0) >= MIN_RATE):
                fits = False  # never the last window of a queue with people or arrivals, or unknown ones
            if not fits:
                break
            lines.append(
                {
                    "category": q.category,
                    "prefix": q.prefix,
                    "waiting": q.waiting,
                    "open_after": after,
                    "needed": q.needed,
                    "arrivals_next_hour": rounded(arrivals),
                }
            )
        if not fits:
            continue
        for q in served:
            open_count[q.category] -= 1
        waiting = sum(q.waiting for q in served)
        known = [line["arrivals_next_hour"] for line in lines if line["arrivals_next_hour"] is not None]
        facts = {
            "v": FACTS_VERSION,
            "reason": "idle" if waiting == 0 else "covered",
            "window": w.number,
            "idle_min": int((moment - w.free_since).total_seconds() // 60),
            "waiting": waiting,
            "categories": lines,
            "open_after": min((line["open_after"] for line in lines), default=0),
            "needed": max((line["needed"] for line in lines), default=0),
            "arrivals_next_hour": round(sum(known), 1) if forecast_available and lines else None,
            "forecast_from": next((q.forecast_from for q in served), None) if forecast_available else None,
            "forecast_to": next((q.forecast_to for q in served), None) if forecast_available else None,
            "target_wait_min": targets.target_wait_min,
        }
        proposals.append(Proposal("close", None, w.id, facts, waiting, 0.0))
    return proposals


def window_states(overview, ids: dict[int, int]) -> list[WindowState]:
    """The overview's windows as the rules see them (``ids``: window number → id; others are left out):
    what each calls now is the overview's own :attr:`~taxdesk.core.calls.WindowView.serves`; a closed
    window counts for all its categories, for whoever opens it."""
    by_prefix = {line.prefix: line.category for line in overview.status.categories}
    windows = []
    for detail in overview.windows:
        view = detail.view
        if view.number not in ids:
            continue
        prefixes = set(view.categories) if view.state == "closed" else set(view.serves)
        windows.append(
            WindowState(
                id=ids[view.number],
                number=view.number,
                state=view.state,
                is_tidal=view.is_tidal,
                busy=view.ticket is not None,
                free_since=detail.free_since,
                serves=frozenset(by_prefix[p] for p in prefixes if p in by_prefix),
                categories=frozenset(by_prefix[p] for p in view.categories if p in by_prefix),
            )
        )
    return windows


def propose(
    overview,
    windows: list[WindowState],
    handling,
    targets: Targets,
    coming: NextHour | None,
    category_ids: dict[str, int],
    named: dict,
    moment: datetime,
    forecast_available: bool,
) -> tuple[list[QueueFacts], list[Proposal]]:
    """One run's numbers and proposals: the queues, the open proposals, then the close proposals of
    windows with none of the categories being opened."""
    queues = queue_facts(overview, handling, targets, coming)
    proposals = open_proposals(queues, windows, category_ids, named, overview.thresholds, targets)
    opening = {p.facts["category"] for p in proposals}
    proposals += close_proposals(queues, windows, moment, targets, forecast_available, opening)
    return queues, proposals
