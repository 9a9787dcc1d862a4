"""Running core work off the GUI thread and handing the result back to it.

Threading rule (as in Anki's QueryOp and Picard's run_task): the function passed to :meth:`TaskRunner.run`
runs on a worker thread and must not touch widgets; ``on_done``/``on_error`` always run on the GUI thread.
Database work goes through one single-thread runner per window, so it is serialised in submission order
and the event loop never waits for the database.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; queued signals carry results across threads."""

    finished = Signal(object, object)  # callback, result
    failed = Signal(object, object)  # callback, exception


class _Job(QRunnable):
    def __init__(self, fn, relay: _Relay, on_done, on_error):
        super().__init__()
        self.fn, self.relay, self.on_done, self.on_error = fn, relay, on_done, on_error

    def run(self) -> None:  # worker thread
        try:
            result = self.fn()
        except Exception as exc:  # handed to the GUI thread, which decides what the user sees
            exc.__traceback_text__ = traceback.format_exc()
            self.relay.failed.emit(self.on_error, exc)
        else:
            self.relay.finished.emit(self.on_done, result)


class TaskRunner(QObject):
    """A serial background queue: jobs run one after another on a single worker thread."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 1):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._relay.failed.connect(self._deliver_error)
        self._pending = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``fn()`` on the worker; then ``on_done(result)`` or ``on_error(exc)`` on the GUI thread."""
        self._pending += 1
        self._pool.start(_Job(fn, self._relay, on_done, on_error))

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued jobs are done (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(object, object)
    def _deliver(self, callback, result) -> None:
        self._pending -= 1
        if callback is not None:
            callback(result)

    @Slot(object, object)
    def _deliver_error(self, callback, exc) -> None:
        self._pending -= 1
        if callback is not None:
            callback(exc)
        else:
            log.error("background task failed: %s\n%s", exc, getattr(exc, "__traceback_text__", ""))
