"""Live updates reach the GUI thread as signals, within a second of another process's commit."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from taxdesk.gui.live import LiveUpdates

ISSUER = Path(__file__).parent.parent / "core" / "issue_worker.py"


def test_a_change_in_another_process_arrives_as_a_signal(qtbot, demo_db):
    live = LiveUpdates(demo_db)
    live.start()
    try:
        qtbot.waitSignal(live.changed, timeout=3000).wait()  # the first refresh on connecting
        start = time.time() + 2.0  # the other process issues at this moment (after starting Python)
        process = subprocess.Popen(
            [sys.executable, str(ISSUER), demo_db.url, "HALL", str(start), "1", "FPLY"]
        )
        with qtbot.waitSignal(live.changed, timeout=10000) as blocker:
            pass
        heard = time.time()
        assert process.wait(30) == 0
        assert blocker.args[0] in ("", "HALL")
        assert live.connected
        assert start <= heard < start + 1.0
    finally:
        live.stop()


def test_a_burst_of_changes_is_folded_into_one_signal(qtbot, demo_db):
    live = LiveUpdates(demo_db)
    received = []
    live.changed.connect(received.append)
    for _ in range(20):
        live._heard.emit("HALL")
    qtbot.waitUntil(lambda: bool(received), timeout=2000)
    qtbot.wait(100)
    assert received == ["HALL"]
