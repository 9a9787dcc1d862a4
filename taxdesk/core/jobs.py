"""Scheduled jobs: the tidal-window advisor every minute (``taxdesk advise run``, or inside a service).

APScheduler 3 with the bureau's time zone. The first run is "now" as an *aware* local datetime: a naive
``datetime.now()`` on a UTC server would be read as Shanghai time and put the first run eight hours off.
Runs that fall behind are folded into one (``coalesce``), and a run never overlaps the previous one
(``max_instances=1``): the advisor writes the point's suggestions, one run at a time.

Jobs run on the scheduler's worker threads; the callbacks given here are called on those threads too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger

from taxdesk.core import clock
from taxdesk.core.advisor import Advice, Advisor
from taxdesk.core.db import Database

log = logging.getLogger(__name__)

ADVISOR_INTERVAL_S = 60
MISFIRE_GRACE_S = 30  # a run more than this late is skipped (the next one comes within the minute)


def advisor_job(
    advisor: Advisor,
    on_advice: Callable[[Advice], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> Callable[[], None]:
    """One run of ``advisor`` as a job: the advice goes to ``on_advice``, a failure to ``on_error`` (else
    the log), and the scheduler keeps going either way (a database that is away for a minute must not end
    the job)."""

    def run() -> None:
        try:
            advice = advisor.run()
        except Exception as exc:
            if on_error is not None:
                on_error(exc)
            else:
                log.exception("the tidal-window advisor of %s failed", advisor.point_code)
            return
        if on_advice is not None:
            on_advice(advice)

    return run


def advisor_scheduler(
    db: Database,
    point_codes: str | Iterable[str],
    *,
    blocking: bool = False,
    interval_s: float = ADVISOR_INTERVAL_S,
    on_advice: Callable[[Advice], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> BaseScheduler:
    """A scheduler (not started) running the advisor of each point every ``interval_s`` seconds, the first
    time at once. ``blocking`` gives a :class:`BlockingScheduler` (``start()`` blocks the calling thread),
    else a :class:`BackgroundScheduler` (its own thread). Each point has its own :class:`Advisor`, kept
    for the scheduler's lifetime (so its plan is kept between runs), and its own job ``advise-CODE``."""
    kind = BlockingScheduler if blocking else BackgroundScheduler
    scheduler = kind(timezone=clock.LOCAL_TZ)
    codes = [point_codes] if isinstance(point_codes, str) else list(point_codes)
    for code in codes:
        scheduler.add_job(
            advisor_job(Advisor(db, code), on_advice, on_error),
            trigger=IntervalTrigger(seconds=interval_s, timezone=clock.LOCAL_TZ),
            id=f"advise-{code}",
            name=f"tidal-window advisor {code}",
            next_run_time=clock.now(),  # aware: at once, whatever the machine's own time zone
            coalesce=True,
            max_instances=1,
            misfire_grace_time=MISFIRE_GRACE_S,
            replace_existing=True,
        )
    return scheduler
