"""The roster page's background work: reading a week (:func:`read_week`, its shift templates with their
English names: :func:`with_english_names`), the printed sheet of a stored version (:func:`sheet_for`: the
published one unless the draft or a number is chosen) and its PDF or Excel file (:func:`export_sheet`),
and solving it (:class:`WeekSolver`).

A solve runs :func:`taxdesk.core.roster.service.propose_week` in a :class:`~taxdesk.gui.tasks.ProgressTask`
(it stores nothing: the page shows what would change and stores it with
:func:`~taxdesk.core.roster.service.accept` when the supervisor agrees),
after every job already queued on the page's serial runner (the saves of the edits before it, so the solve
sees their locks; the wait is one of the page's ops, so nothing starts after the page stopped). The
solver's progress (objective, bound, seconds) crosses to the GUI thread through a queued signal. One solve at a time; each has a number, and only the one asked for last is reported: a solve
dropped for another week is cancelled and its result never shown (the core keeps what it stored for its
week), and a solve asked for while a dropped one is still stopping starts when that one has stopped.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from sqlalchemy import select

from taxdesk.core.db import Database
from taxdesk.core.db.models import ShiftTemplate
from taxdesk.core.errors import InvalidInput, TaxDeskError
from taxdesk.core.network import get_point
from taxdesk.core.plan import Plan, staffing_plan
from taxdesk.core.roles import Actor
from taxdesk.core.roster import service, store
from taxdesk.core.roster.hall import HallWeek, TemplateInfo, hall_week
from taxdesk.core.roster.sheet import RosterSheet
from taxdesk.gui.page import Page
from taxdesk.gui.tasks import ProgressTask


@dataclass(frozen=True)
class NamedTemplate(TemplateInfo):
    """A shift template with its English name too (the core's :class:`TemplateInfo` has the Chinese one):
    the page names shifts in the interface language (:func:`taxdesk.gui.roster.models.template_name`)."""

    name_en: str = ""


def with_english_names(db: Database, hall: HallWeek | None) -> HallWeek | None:
    """``hall`` with its shift templates' English names (worker thread)."""
    if hall is None or not hall.templates:
        return hall
    ids = [t.id for t in hall.templates.values()]
    with db.session() as session:
        query = select(ShiftTemplate.id, ShiftTemplate.name_en).where(ShiftTemplate.id.in_(ids))
        english = dict(session.execute(query).all())
    names = [f.name for f in fields(TemplateInfo)]
    templates = {
        code: NamedTemplate(**{n: getattr(t, n) for n in names}, name_en=english.get(t.id) or "")
        for code, t in hall.templates.items()
    }
    return replace(hall, templates=templates)


def read_hall(db: Database, point: str, week: str, plan: Plan | None) -> HallWeek:
    """The week's roster problem with the templates' English names (worker thread)."""
    return with_english_names(db, hall_week(db, point, week, plan=plan))


@dataclass(frozen=True)
class WeekView:
    """A point's week as read: its name, the plan and the roster problem (or why there is none), the
    newest stored version (None: not rostered yet) and the number of the newest published one."""

    point: str
    point_name: str
    week: str
    plan: Plan | None
    hall: HallWeek | None
    stored: store.StoredRoster | None
    error: TaxDeskError | None = None
    published: int | None = None


def read_week(db: Database, point: str, week: str, plan: Plan | None = None) -> WeekView:
    """The week to show. Worker thread (the staffing plan takes a second or so); a week that cannot be
    rostered (too little history for the plan, no shift templates …) comes back with its error."""
    with db.session() as session:
        name = get_point(session, point).name
    every = store.versions(db, point, week)
    stored = every[-1] if every else None
    published = max((v.version for v in every if v.published), default=None)
    try:
        plan = plan or staffing_plan(db, point, week)
        hall = read_hall(db, point, week, plan)
    except TaxDeskError as exc:
        return WeekView(point, name, week, None, None, stored, exc, published)
    return WeekView(point, name, week, plan, hall, stored, None, published)


def sheet_for(db: Database, view: WeekView, supervisor: str, which: str | int | None = None) -> RosterSheet:
    """The printed week of the chosen version (``which``: see :func:`taxdesk.core.roster.store.chosen`; the
    published one by default); a published version is signed by who published it. Worker thread."""
    try:
        stored = store.chosen(db, view.point, view.week, which)
    except InvalidInput as exc:
        if exc.key != "roster_none":
            raise
        raise InvalidInput(
            "nothing to print", key="roster_none", point=view.point_name, week=view.week
        ) from None
    signer = (stored.published_by or supervisor) if stored.published else supervisor
    return service.sheet(db, view.hall, stored, point_name=view.point_name, supervisor=signer)


def export_sheet(
    db: Database, view: WeekView, supervisor: str, kind: str, target: Path, which: str | int | None = None
) -> Path:
    """Write the chosen version of the week to ``target`` as PDF or XLSX (worker thread; the fonts are
    loaded already)."""
    sheet = sheet_for(db, view, supervisor, which)
    if kind == "xlsx":
        from taxdesk.core.roster.xlsx import write_xlsx

        write_xlsx([sheet], target)
        return target
    from taxdesk.gui.roster import printout as roster_print

    try:
        roster_print.render_pdf([sheet], target)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InvalidInput(reason, key="export_failed", path=str(target), reason=reason) from None
    return target


class _Relay(QObject):
    """Lives on the GUI thread; the solver's callbacks emit it from the worker (queued)."""

    progressed = Signal(int, float, float, float)  # solve number, objective, bound, seconds


class WeekSolver(QObject):
    """Solves a week of ``page``'s in the background: :attr:`progressed`, then :attr:`finished` (a
    :class:`~taxdesk.core.roster.service.WeekSolve` proposed, not stored) or :attr:`failed` (an
    exception), on the GUI thread.
    The page stops it (:meth:`stop`) when it stops."""

    progressed = Signal(float, float, float)  # objective, bound, seconds
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, page: Page, time_limit: float):
        super().__init__(page)
        self.page, self.db, self.time_limit = page, page.db, time_limit
        self.task = ProgressTask(self)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._count = 0
        self._current: int | None = None  # the solve asked for, waiting or running
        self._waiting: tuple | None = None  # one to start when a dropped one has stopped

    @property
    def busy(self) -> bool:
        """A solve was asked for and has not been reported yet."""
        return self._current is not None

    def start(self, view: WeekView, who: Actor) -> None:
        """Solve ``view``'s week as ``who`` (the signed-in person), after the jobs queued on the runner."""
        self._count += 1
        number = self._current = self._count
        self.page.op(lambda: None).success(lambda _none: self._launch(number, view, who)).run()

    def cancel(self) -> bool:
        """取消: a running solve stops and reports the best roster found; one still waiting for the runner
        never starts. Returns True when nothing ran (nothing will be reported)."""
        if self._current is None:
            return False
        if self.task.running:
            self.task.cancel()
            return False
        self._current = None
        return True

    def drop(self) -> None:
        """Forget the solve asked for (another week is shown): it is cancelled and never reported."""
        self._current = self._waiting = None
        if self.task.running:
            self.task.cancel()

    def stop(self) -> None:
        """The page is going away: the solve is cancelled, and the worker given a moment to let go."""
        self.drop()
        self.task.wait(5000)

    def _launch(self, number: int, view: WeekView, who: Actor) -> None:
        if number != self._current:
            return
        if self.task.running:  # a dropped solve is still stopping
            self._waiting = (number, view, who)
            return
        db, limit, relay = self.db, self.time_limit, self._relay

        def run(_progress, cancelled):
            try:
                result = service.propose_week(
                    db,
                    view.point,
                    view.week,
                    actor=who,
                    time_limit=limit,
                    plan=view.plan,
                    progress=lambda o, b, s: relay.progressed.emit(number, o, b, s),
                    cancel=cancelled,
                )
                return number, replace(result, week=with_english_names(db, result.week))
            except Exception as exc:
                exc.solve_number = number
                raise

        self.task.start(run)

    def _on_progress(self, number: int, objective: float, bound: float, seconds: float) -> None:
        if number == self._current and self.task.running:
            self.progressed.emit(objective, bound, seconds)

    def _ended(self, number: int | None) -> bool:
        """Whether the solve that ended is the one asked for; starts one that waited for it."""
        current = number is not None and number == self._current
        if current:
            self._current = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._launch(*waiting)
        return current

    def _on_finished(self, outcome) -> None:
        number, result = outcome
        if self._ended(number):
            self.finished.emit(result)

    def _on_failed(self, exc: Exception) -> None:
        if self._ended(getattr(exc, "solve_number", None)):
            self.failed.emit(exc)
