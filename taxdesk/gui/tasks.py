"""Running core work off the GUI thread and handing the result back to it.

Threading rule (as in Anki's QueryOp and Picard's run_task): the function passed to :meth:`TaskRunner.run`
runs on a worker thread and must not touch widgets; ``on_done``/``on_error`` always run on the GUI thread.
Database work goes through one single-thread runner per window, so it is serialised in submission order
and the event loop never waits for the database.

A long core operation that reports progress and can be cancelled (an import, say) runs through
:class:`ProgressTask` instead: its progress reaches the GUI thread through a queued signal, and cancelling
sets a flag the operation polls.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

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


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker emits, queued connections deliver on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _ProgressJob(QRunnable):
    def __init__(self, fn, relay: _ProgressRelay, cancelled: Callable[[], bool]):
        super().__init__()
        self.fn, self.relay, self.cancelled = fn, relay, cancelled

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(self.relay.progressed.emit, self.cancelled)
        except Exception as exc:  # handed to the GUI thread, which decides what the user sees
            exc.__traceback_text__ = traceback.format_exc()
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


class ProgressTask(QObject):
    """One long core operation at a time on a worker thread of its own, with progress and cancel.

    ``start(fn)`` runs ``fn(progress, cancelled)`` on the worker: the core function calls
    ``progress(done, total)`` whenever it likes (delivered as :attr:`progressed` on the GUI thread) and
    polls ``cancelled()``, which returns True once :meth:`cancel` was called on the GUI thread. Then
    :attr:`finished` (the result) or :attr:`failed` (the exception) is emitted on the GUI thread.
    """

    progressed = Signal(int, int)  # done, total
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _ProgressRelay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progressed.connect(self._on_progress, queued)
        self._relay.finished.connect(self._on_finished, queued)
        self._relay.failed.connect(self._on_failed, queued)
        self._cancel = threading.Event()
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]) -> None:
        if self._running:
            raise RuntimeError("a task is already running")
        self._cancel = threading.Event()  # a fresh flag: a late cancel of the last job cannot stop this one
        self._running = True
        self._pool.start(_ProgressJob(fn, self._relay, self._cancel.is_set))

    def cancel(self) -> None:
        """Ask the running operation to stop (it does at its next check; nothing it did is kept)."""
        self._cancel.set()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker is done (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._running:
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_finished(self, result) -> None:
        self._running = False
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, exc) -> None:
        self._running = False
        self.failed.emit(exc)
