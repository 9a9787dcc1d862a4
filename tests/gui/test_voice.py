"""The board's voice: one announcement after another, each said twice, never overlapping, never blocking;
and without a speech engine, one warning and a complete record of what would have been said."""

from __future__ import annotations

import logging
import time
from enum import Enum

import pytest
from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from taxdesk.gui.board import voice
from taxdesk.gui.board.voice import Announcer

WAIT_MS = 5000


class State(Enum):
    Ready = 0
    Speaking = 1
    Paused = 2
    Error = 3


class FakeEngine(QObject):
    """QTextToSpeech's interface as the announcer uses it; a test (or a timer) ends each utterance."""

    stateChanged = Signal(object)  # noqa: N815 (Qt's name)

    def __init__(self, *, speak_ms: int | None = None, fail_on: str | None = None):
        super().__init__()
        self._state = State.Ready
        self.said: list[str] = []
        self.overlaps = 0
        self.speak_ms = speak_ms  # None: the test calls finish()
        self.fail_on = fail_on
        self.ignore = False  # pretend to accept a text and never start it

    def state(self):
        return self._state

    def errorString(self) -> str:  # noqa: N802 (Qt's name)
        return "synthesiser crashed" if self._state == State.Error else ""

    def say(self, text: str) -> None:
        if self._state != State.Ready:
            self.overlaps += 1
        self.said.append(text)
        if self.ignore:
            return
        if text == self.fail_on:
            self._set(State.Error)
            return
        self._set(State.Speaking)
        if self.speak_ms is not None:
            QTimer.singleShot(self.speak_ms, self.finish)

    def finish(self) -> None:
        if self._state == State.Speaking:
            self._set(State.Ready)

    def stop(self) -> None:
        if self._state == State.Speaking:
            self._set(State.Ready)

    def _set(self, state: State) -> None:
        self._state = state
        self.stateChanged.emit(state)


@pytest.fixture(autouse=True)
def short_pauses(monkeypatch):
    monkeypatch.setattr(voice, "REPEAT_GAP_MS", 20)
    monkeypatch.setattr(voice, "NEXT_GAP_MS", 10)


def test_each_text_is_said_twice_in_order_and_the_next_waits_for_the_engine(qtbot):
    engine = FakeEngine()
    announcer = Announcer(engine=engine)
    announced = []
    announcer.announced.connect(announced.append)

    announcer.say("请A001号到1号窗口办理")
    announcer.say("请B002号到4号窗口办理")
    assert engine.said == ["请A001号到1号窗口办理"]  # the second waits: nothing overlaps
    assert announcer.speaking and announced == ["请A001号到1号窗口办理"]
    qtbot.wait(100)
    assert engine.said == ["请A001号到1号窗口办理"]  # still speaking: nobody interrupts it

    expected = ["请A001号到1号窗口办理"] * 2 + ["请B002号到4号窗口办理"] * 2
    for count in range(2, 5):
        engine.finish()
        assert len(engine.said) == count - 1  # a short pause first, so that the hall hears two calls
        qtbot.waitUntil(lambda n=count: len(engine.said) == n, timeout=WAIT_MS)
    engine.finish()
    qtbot.waitUntil(lambda: not announcer.speaking, timeout=WAIT_MS)
    assert engine.said == expected == announcer.spoken
    assert engine.overlaps == 0
    assert announcer.history == announced == ["请A001号到1号窗口办理", "请B002号到4号窗口办理"]


def test_a_text_asked_for_in_the_pause_after_a_call_waits_for_the_pause(qtbot):
    engine = FakeEngine()
    announcer = Announcer(engine=engine, repeat=1)
    announcer.say("一")
    engine.finish()  # the engine is ready again, the announcer pauses before the next call
    announcer.say("二")
    assert engine.said == ["一"] and announcer.pending() == ["二"]
    qtbot.waitUntil(lambda: engine.said == ["一", "二"], timeout=WAIT_MS)


def test_a_burst_of_calls_is_spoken_one_after_another(qtbot):
    engine = FakeEngine(speak_ms=15)
    announcer = Announcer(engine=engine, repeat=1)
    texts = [f"请A{n:03d}号到{n}号窗口办理" for n in range(1, 6)]
    for text in texts:
        announcer.say(text)  # returns at once: the board never waits for the voice
    assert announcer.pending() == texts[1:]
    qtbot.waitUntil(lambda: engine.said == texts and not announcer.speaking, timeout=WAIT_MS)
    assert engine.overlaps == 0


def test_an_engine_that_never_starts_or_never_ends_does_not_stall_the_queue(qtbot, monkeypatch):
    monkeypatch.setattr(voice, "START_TIMEOUT_MS", 50)
    monkeypatch.setattr(voice, "STUCK_TIMEOUT_MS", 80)
    engine = FakeEngine()
    announcer = Announcer(engine=engine, repeat=1)
    engine.ignore = True
    announcer.say("一")  # accepted and never started
    qtbot.waitUntil(lambda: not announcer.speaking, timeout=WAIT_MS)
    engine.ignore = False
    announcer.say("二")
    engine.finish()  # said properly
    announcer.say("三")  # starts speaking and hangs: the watchdog stops it and goes on
    announcer.say("四")
    qtbot.waitUntil(lambda: engine.said[-1:] == ["四"], timeout=WAIT_MS)
    assert engine.said == ["一", "二", "三", "四"]
    assert announcer.available and engine.overlaps == 0


def test_an_engine_that_keeps_hanging_is_given_up_with_one_warning(qtbot, monkeypatch, caplog):
    monkeypatch.setattr(voice, "START_TIMEOUT_MS", 30)
    engine = FakeEngine()
    engine.ignore = True  # like speech-dispatcher without a sound device: it never gets going
    announcer = Announcer(engine=engine, repeat=1)
    with caplog.at_level(logging.WARNING, logger="taxdesk.gui.board.voice"):
        for n in range(1, 6):
            announcer.say(f"请A00{n}号到1号窗口办理")
        qtbot.waitUntil(lambda: not announcer.available, timeout=WAIT_MS)
        announcer.say("请A006号到1号窗口办理")
    assert len(engine.said) == voice.GIVE_UP_AFTER_TIMEOUTS
    assert len(announcer.history) == 6
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "no sound output" in warnings[0]


def test_too_many_waiting_announcements_drop_the_oldest(qtbot):
    engine = FakeEngine()
    announcer = Announcer(engine=engine, repeat=2)
    texts = [f"请A{n:03d}号到1号窗口办理" for n in range(voice.MAX_BACKLOG + 3)]
    for text in texts:
        announcer.say(text)
    waiting = list(dict.fromkeys(announcer.pending()))
    assert len(waiting) == voice.MAX_BACKLOG
    assert waiting == texts[-voice.MAX_BACKLOG :]
    assert announcer.history == texts


def test_an_engine_error_warns_once_then_texts_are_only_recorded(qtbot, caplog):
    engine = FakeEngine(fail_on="坏")
    announcer = Announcer(engine=engine, repeat=1)
    announced = []
    announcer.announced.connect(announced.append)
    with caplog.at_level(logging.WARNING, logger="taxdesk.gui.board.voice"):
        announcer.say("坏")
        announcer.say("请A002号到2号窗口办理")
        announcer.say("请A003号到3号窗口办理")
    assert not announcer.available
    assert engine.said == ["坏"]
    assert announced == announcer.history == ["坏", "请A002号到2号窗口办理", "请A003号到3号窗口办理"]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "synthesiser crashed" in warnings[0].getMessage()


@pytest.mark.parametrize("engine_thread", [False, True], ids=["gui-thread", "voice-thread"])
def test_without_an_engine_one_warning_says_why_and_texts_are_recorded(
    qtbot, caplog, monkeypatch, engine_thread
):
    monkeypatch.setattr(voice, "ENGINE_THREAD", engine_thread)
    none = (None, "no text-to-speech engine is installed", False)
    monkeypatch.setattr(voice, "open_engine", lambda *_args, **_kwargs: none)
    monkeypatch.setattr(voice, "_engine_candidates", lambda: [])
    with caplog.at_level(logging.WARNING, logger="taxdesk.gui.board.voice"):
        announcer = Announcer()
        announcer.say("请A001号到1号窗口办理")  # asked before the engine was even looked for
        with qtbot.waitSignal(announcer.availability_changed, timeout=WAIT_MS) as blocker:
            pass
        announcer.say("请A002号到2号窗口办理")
        announcer.say("请A003号到3号窗口办理")
    available, reason = blocker.args
    assert not available and not announcer.available
    assert reason in ("no text-to-speech engine is installed", qt_tts_missing())
    assert announcer.history == ["请A001号到1号窗口办理", "请A002号到2号窗口办理", "请A003号到3号窗口办理"]
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert messages == [f"voice unavailable, calls are shown but not announced: {reason}"]


def qt_tts_missing() -> str | None:
    """Why QtTextToSpeech cannot load here (as the announcer says it), or None when it loads."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: F401
    except ImportError as exc:
        return f"Qt text-to-speech cannot be loaded ({exc})"
    return None


def test_an_engine_that_failed_to_start_is_tried_again_later(qtbot, caplog, monkeypatch):
    monkeypatch.setattr(voice, "ENGINE_THREAD", False)
    monkeypatch.setattr(voice, "RETRY_OPEN_MS", 30)
    engine = FakeEngine(speak_ms=5)
    attempts = [(None, "speechd: Failed to initialize default locale and voice.", True)] * 2
    attempts.append((engine, "fake, Mandarin", False))
    monkeypatch.setattr(voice, "open_engine", lambda *_args, **_kwargs: attempts.pop(0))
    with caplog.at_level(logging.WARNING, logger="taxdesk.gui.board.voice"):
        announcer = Announcer(repeat=1)
        qtbot.waitUntil(lambda: announcer.available, timeout=WAIT_MS)
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1  # one line per outage
    announcer.say("请A001号到1号窗口办理")
    assert engine.said == ["请A001号到1号窗口办理"]


def test_the_voice_thread_tries_each_engine_and_says_why_none_speaks_mandarin(qtbot):
    if qt_tts_missing():
        pytest.skip(qt_tts_missing())
    before = QLocale()
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(chinese)  # as on the hall's PCs
    threaded = voice.ThreadedEngine(["nonexistent", "mock"])
    try:
        # While it opens, the engines see an English default (they fail on Chinese: no "zh" voice).
        assert QLocale().language() == QLocale.Language.English
        with qtbot.waitSignal(threaded.opened, timeout=WAIT_MS) as blocker:
            pass
    finally:
        threaded.shutdown()
        restored = QLocale()
        QLocale.setDefault(before)
    assert restored == chinese  # and the interface's locale is back
    ok, reason, retry = blocker.args
    assert not ok and retry  # a plug-in that does not start may start later
    assert reason.startswith("nonexistent: ")  # no such plug-in
    assert "mock: no Chinese voice among its" in reason  # Qt's test engine speaks no Chinese


def test_turned_off_it_records_without_speaking_and_try_out_still_speaks(qtbot):
    engine = FakeEngine(speak_ms=5)
    announcer = Announcer(engine=engine, enabled=False, repeat=1)
    announcer.say("请A001号到1号窗口办理")
    assert engine.said == [] and announcer.history == ["请A001号到1号窗口办理"]
    announcer.say("试听", even_if_disabled=True)
    assert engine.said == ["试听"]


def test_this_machine_either_has_a_mandarin_voice_or_says_why_not_without_freezing(qtbot):
    ticks = [time.monotonic()]
    ticker = QTimer(interval=20, timeout=lambda: ticks.append(time.monotonic()))
    ticker.start()
    announcer = Announcer()  # the real thing: whatever this PC offers
    with qtbot.waitSignal(announcer.availability_changed, timeout=15000) as blocker:
        pass
    qtbot.wait(100)
    ticker.stop()
    available, description = blocker.args
    assert description  # the engine and its voice, or the reason there is none
    assert announcer.available == available
    # Opening an engine (speech-dispatcher: 1.5 s) never holds the GUI thread.
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.5
    announcer.close()


def test_qt_mock_engine_drives_the_real_state_machine(qtbot):
    """Qt's own test engine (when QtTextToSpeech loads on this machine) speaks in simulated time."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        pytest.skip(f"QtTextToSpeech does not load here: {exc}")
    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock text-to-speech engine is not installed")
    engine = QTextToSpeech("mock")
    states = []
    engine.stateChanged.connect(lambda state: states.append(voice.state_name(state)))
    announcer = Announcer(engine=engine, repeat=2)
    announcer.say("hello")
    announcer.say("world")
    qtbot.waitUntil(lambda: announcer.spoken == ["hello", "hello", "world", "world"], timeout=20000)
    qtbot.waitUntil(lambda: not announcer.speaking, timeout=20000)
    assert states.count("Speaking") == 4
    speaking = 0
    for state in states:  # never a second Speaking before the first is Ready again
        if state == "Speaking":
            speaking += 1
            assert speaking == 1
        elif state == "Ready":
            speaking = 0


def test_closing_while_the_engine_opens_gives_the_interface_its_locale_back(qtbot, monkeypatch):
    if qt_tts_missing():
        pytest.skip(qt_tts_missing())
    monkeypatch.setattr(voice, "ENGINE_THREAD", True)
    monkeypatch.setattr(voice, "_engine_candidates", lambda: ["mock"])
    check = voice._EngineHost._after_attempt
    monkeypatch.setattr(voice._EngineHost, "_after_attempt", lambda host: (time.sleep(0.3), check(host)))
    before = QLocale()
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(chinese)
    try:
        announcer = Announcer()
        qtbot.waitUntil(lambda: announcer._pending is not None, timeout=WAIT_MS)  # opening has begun
        announcer.close()
        restored = QLocale()
    finally:
        QLocale.setDefault(before)
    assert restored == chinese
    assert not announcer.available
