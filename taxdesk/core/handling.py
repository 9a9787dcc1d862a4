"""Handling time per queue category, learnt from a point's finished tickets, for planning windows.

A ticket's handling time is ``called_at`` → ``finished_at``: the window is taken from the call, so the
taxpayer's walk to the window counts too, which is what staffing needs. The figures come from the finished
tickets of the last ``days`` days of the point's history (ending on its last day with a finished ticket,
so an imported history that stopped a while ago still speaks for itself): the median and a trimmed mean
(:data:`taxdesk.core.tickets.TRIM_SHARE` cut from each end, the same rule as the live estimate on the
ticket). Below :data:`taxdesk.core.tickets.MIN_HISTORY` tickets the catalogue's average handling time of
the category's services at the point stands in (``source="catalogue"``).

Erlang C wants the mean; :attr:`HandlingTime.minutes` (the trimmed mean) is the figure the staffing plan
uses.

Any thread (one short session of its own).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Float, Integer, func, select, text

from taxdesk.core.db import Database
from taxdesk.core.db.models import Category, PointService, Service, ServicePoint, Ticket
from taxdesk.core.errors import InvalidInput
from taxdesk.core.tickets import MIN_HISTORY, TRIM_SHARE

SOURCES = ("history", "catalogue")


@dataclass(frozen=True)
class HandlingTime:
    """Minutes at the window for one category: median and trimmed mean of ``samples`` finished tickets
    (``source="history"``), or the catalogue's average in both when there were too few
    (``source="catalogue"``; ``samples`` then says how few)."""

    median: float
    trimmed_mean: float
    samples: int
    source: str

    @property
    def minutes(self) -> float:
        """The average handling time to plan with."""
        return self.trimmed_mean

    def to_json(self) -> dict:
        return {
            "median": round(self.median, 2),
            "trimmed_mean": round(self.trimmed_mean, 2),
            "samples": self.samples,
            "source": self.source,
        }


def trimmed_mean(values: list[float], share: float = TRIM_SHARE) -> float:
    ordered = sorted(values)
    cut = int(len(ordered) * share)
    kept = ordered[cut : len(ordered) - cut] or ordered
    return sum(kept) / len(kept)


def handling_times(
    db: Database, point_code: str, *, days: int = 90, categories: Iterable[str] = ()
) -> dict[str, HandlingTime]:
    """Category code → :class:`HandlingTime` at the point, in catalogue order, for every category it
    offers a service of or has finished tickets in, and the codes in ``categories`` (e.g. those a forecast
    has arrivals for).

    Raises :class:`InvalidInput` for an unknown point (key ``unknown_point``) or ``days`` below 1.
    """
    if days < 1:
        raise InvalidInput("the handling-time window must be at least one day", key="handling_days")
    with db.session() as session:
        point = session.scalar(
            select(ServicePoint).where(ServicePoint.code == point_code, ServicePoint.active)
        )
        if point is None:
            raise InvalidInput(
                f"unknown service point {point_code!r} (see `taxdesk points`)",
                key="unknown_point",
                point=point_code,
            )
        finished = (
            Ticket.point_id == point.id,
            Ticket.status == "finished",
            Ticket.called_at.is_not(None),
            Ticket.finished_at.is_not(None),
        )
        last_day = session.scalar(select(func.max(Ticket.service_date)).where(*finished))
        durations: dict[int, list[float]] = {}
        if last_day is not None:
            if session.get_bind().dialect.name == "sqlite":
                minutes = "(julianday(finished_at) - julianday(called_at)) * 1440.0"
            else:
                minutes = "EXTRACT(EPOCH FROM (finished_at - called_at)) / 60.0"
            rows = session.execute(
                text(
                    f"SELECT category_id, {minutes} AS minutes FROM tickets "
                    "WHERE point_id = :point AND status = 'finished' AND called_at IS NOT NULL "
                    "AND finished_at IS NOT NULL AND service_date > :since AND service_date <= :until"
                ).columns(category_id=Integer, minutes=Float),
                {"point": point.id, "since": last_day - timedelta(days), "until": last_day},
            )
            for category_id, value in rows:
                if value is not None and value > 0:
                    durations.setdefault(category_id, []).append(float(value))
        offered = session.execute(
            select(Service.category_id, Service.avg_handling_min)
            .join(PointService, PointService.service_id == Service.id)
            .where(PointService.point_id == point.id)
        ).all()
        catalogue_all = session.execute(select(Service.category_id, Service.avg_handling_min)).all()
        all_categories = session.execute(
            select(Category.id, Category.code).order_by(Category.sort_order, Category.code)
        ).all()
    at_point: dict[int, list[float]] = {}
    for category_id, average in offered:
        at_point.setdefault(category_id, []).append(average)
    anywhere: dict[int, list[float]] = {}
    for category_id, average in catalogue_all:
        anywhere.setdefault(category_id, []).append(average)
    wanted = set(categories)
    result: dict[str, HandlingTime] = {}
    for category_id, code in all_categories:
        samples = durations.get(category_id, [])
        if category_id not in at_point and not samples and code not in wanted:
            continue
        if len(samples) >= MIN_HISTORY:
            result[code] = HandlingTime(
                statistics.median(samples), trimmed_mean(samples), len(samples), "history"
            )
            continue
        averages = at_point.get(category_id) or anywhere.get(category_id)
        if not averages:
            continue  # a category without a single service: nothing to plan with
        average = sum(averages) / len(averages)
        result[code] = HandlingTime(average, average, len(samples), "catalogue")
    return result
