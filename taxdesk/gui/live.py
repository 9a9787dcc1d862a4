"""Live updates for the desks: the core's change feed, run on its own thread, as Qt signals.

One :class:`LiveUpdates` per process. Pages connect to :attr:`LiveUpdates.changed` and refresh (in the
background) when their point changed; the main window shows a banner while :attr:`connected` is False.
Signals are emitted on the GUI thread (queued from the feed's thread), and bursts of changes are folded
into one signal per point every ``COALESCE_MS``, so a busy hall does not make every desk re-read the
database dozens of times a second.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from taxdesk.core.db import Database
from taxdesk.core.live import ChangeFeed

COALESCE_MS = 50


class LiveUpdates(QObject):
    changed = Signal(str)  # the point code that changed, or "" when the database cannot say (SQLite)
    connection_changed = Signal(bool, str)  # reachable?, the reason when not

    _heard = Signal(str)
    _connection = Signal(bool, str)

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.connected = True
        self._pending: set[str] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(COALESCE_MS)
        self._flush.timeout.connect(self._emit_pending)
        self._heard.connect(self._collect)
        self._connection.connect(self._on_connection)
        self._feed = ChangeFeed(
            db,
            on_change=lambda point: self._heard.emit(point or ""),
            on_connection=lambda ok, reason: self._connection.emit(ok, reason or ""),
        )
        self._thread = threading.Thread(target=self._feed.run, name="taxdesk-live", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._feed.stop()
        if self._thread.is_alive():
            self._thread.join(3)

    def affects(self, point: str, changed: str) -> bool:
        """Whether a change signal concerns ``point`` ("" means: could be any point)."""
        return changed in ("", point)

    @Slot(str)
    def _collect(self, point: str) -> None:
        self._pending.add(point)
        if not self._flush.isActive():
            self._flush.start()

    @Slot()
    def _emit_pending(self) -> None:
        pending, self._pending = self._pending, set()
        for point in sorted(pending):
            self.changed.emit(point)

    @Slot(bool, str)
    def _on_connection(self, ok: bool, reason: str) -> None:
        self.connected = ok
        self.connection_changed.emit(ok, reason)
