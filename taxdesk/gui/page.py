"""The house every desk page lives in: its context, its background work, its messages and its end.

A page (导税台, 窗口叫号, 值班长, 预约办税 …) is made from a :class:`PageContext` — the database, the service point,
the window's one background runner and the live feed — and derives from :class:`Page`, which owns what every
page needs and none should write again:

- :meth:`Page.op` runs core work off the GUI thread, in the spirit of Anki's ``QueryOp``::

      self.op(lambda: tickets.issue(db, point, code)).success(self._issued).run()

  The outcome reaches the GUI thread; a failure goes to the page's message line unless ``.failure(...)``
  says otherwise; nothing is delivered once the page has stopped.
- :meth:`Page.coalesced` makes a read that is never run twice at once: asked again while it is in flight,
  it runs exactly once more when the current read is done (a burst of live changes costs two reads, not
  twenty).
- :meth:`Page.track`, :meth:`Page.when_point_changes` and :meth:`Page.every` connect signals and timers that
  :meth:`Page.stop` undoes in one place (as Vorta's ``BaseTab.track_signal`` does); a page that must also
  stop something of its own (a voice, a solve) overrides :meth:`Page.stopping`.
- :meth:`Page.say` puts a sentence in the page's message line; the main window shows it while the page
  is the one on screen, and never carries it over to another page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from taxdesk.core.db import Database
from taxdesk.core.roles import Actor
from taxdesk.gui.live import LiveUpdates
from taxdesk.gui.messages import describe_error
from taxdesk.gui.signin.session import DeskSession
from taxdesk.gui.tasks import TaskRunner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageContext:
    """What every page of one main window shares: ``session`` says who is signed in at the desk (the
    display board has none: it runs with nobody signed in and changes nothing)."""

    db: Database
    point_code: str
    runner: TaskRunner
    live: LiveUpdates | None = None
    session: DeskSession | None = None


class Op:
    """One piece of core work for a page: ``fn()`` on the background runner, the outcome on the GUI thread.

    Built with :meth:`Page.op`, configured with :meth:`success` and :meth:`failure`, started with
    :meth:`run`. Nothing is delivered after the page stopped (its widgets may be gone by then).
    """

    def __init__(self, page: Page, fn: Callable[[], Any]):
        self._page = page
        self._fn = fn
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None

    def success(self, callback: Callable[[Any], None]) -> Op:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> Op:
        """Handle a failure yourself (by default its sentence goes to the page's message line)."""
        self._on_failure = callback
        return self

    def run(self) -> None:
        self._page.runner.run(self._fn, on_done=self._done, on_error=self._failed)

    def _done(self, result: Any) -> None:
        if not self._page.stopped and self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: Exception) -> None:
        if self._page.stopped:
            log.info("%s stopped before a failure could be shown: %s", type(self._page).__name__, exc)
        elif self._on_failure is not None:
            self._on_failure(exc)
        else:
            self._page.show_error(exc)


class CoalescedRead:
    """A read with at most one run in flight; asked again meanwhile, it runs exactly once more after.

    ``read()`` runs on the background runner (it should take what it needs from the page when called, so
    the run after a change reads the page's current choice); ``on_done(result)`` and ``on_error(exc)`` run
    on the GUI thread. A failure drops the queued run: the next change or timer asks again.
    """

    def __init__(
        self,
        page: Page,
        read: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ):
        self._page = page
        self._read = read
        self._on_done = on_done
        self._on_error = on_error
        self._busy = False
        self._again = False

    @property
    def busy(self) -> bool:
        """Whether a read is in flight."""
        return self._busy

    def request(self) -> None:
        """Read now, or once more as soon as the read in flight is done."""
        if self._page.stopped:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self._page.op(self._read).success(self._done).failure(self._failed).run()

    def _done(self, result: Any) -> None:
        self._busy = False
        self._on_done(result)
        if self._again:
            self._again = False
            self.request()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._again = False
        if self._on_error is not None:
            self._on_error(exc)
        else:
            self._page.show_error(exc)


class Page(QWidget):
    """The base of every desk page: context, background work, messages, and one place to stop."""

    status_message = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.point_code = context.point_code
        self.runner = context.runner
        self.live = context.live
        self._stopped = False
        self._connections: list[QMetaObject.Connection] = []
        self._timers: list[QTimer] = []

    # ------------------------------------------------------------------------------------- life

    @property
    def stopped(self) -> bool:
        return self._stopped

    @property
    def actor(self) -> Actor | None:
        """Who is signed in at the desk now: pass it to every core operation (the core decides)."""
        session = self.context.session
        return session.actor if session is not None else None

    def allows(self, permission: str, *, point: str | None = None) -> bool:
        """Whether the signed-in person may do ``permission`` at this page's point (what to show or
        enable; the core still checks)."""
        session = self.context.session
        return session is not None and session.allows(permission, point or self.point_code)

    def load(self) -> None:
        """Start reading what the page shows (called once, when the page is first made)."""

    def stop(self) -> None:
        """The page is going away: no more reads, timers or deliveries. Safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        for timer in self._timers:
            timer.stop()
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections.clear()
        self.stopping()

    def stopping(self) -> None:
        """Stop what the page runs of its own (a voice, a solve); the base has stopped the rest."""

    # ------------------------------------------------------------------------------------- wiring

    def track(self, signal, slot: Callable) -> None:
        """Connect ``signal`` to ``slot`` until the page stops (for signals of objects that outlive it)."""
        self._connections.append(signal.connect(slot))

    def when_point_changes(self, slot: Callable[[], None]) -> None:
        """Call ``slot()`` whenever the live feed says this page's point changed."""
        live = self.live
        if live is None:
            return
        self.track(live.changed, lambda point: live.affects(self.point_code, point) and slot())

    def every(self, msecs: int, slot: Callable[[], None], *, start: bool = False) -> QTimer:
        """A repeating timer owned by the page, stopped when the page stops."""
        timer = QTimer(self)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        self._timers.append(timer)
        if start:
            timer.start()
        return timer

    # ------------------------------------------------------------------------------------- work

    def op(self, fn: Callable[[], Any]) -> Op:
        """Core work for this page; configure with ``.success(...)``/``.failure(...)``, start with ``.run()``."""
        return Op(self, fn)

    def coalesced(
        self,
        read: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> CoalescedRead:
        """A read that never runs twice at once (see :class:`CoalescedRead`)."""
        return CoalescedRead(self, read, on_done, on_error)

    # ------------------------------------------------------------------------------------- messages

    def say(self, text: str) -> None:
        """Put ``text`` in the page's message line."""
        self.status_message.emit(text)

    def show_error(self, exc: Exception) -> None:
        """Put a failure's one sentence in the page's message line."""
        self.say(describe_error(exc))
