"""The hall board's voice: call announcements queued and spoken one after another in Mandarin.

:class:`Announcer` speaks through Qt's text-to-speech when this PC has an engine with a Chinese voice
(Windows: the built-in speech engine with a Chinese voice; Linux: speech-dispatcher with espeak-ng's
Mandarin). It never waits on the GUI thread: :meth:`Announcer.say` only queues, and the next utterance
starts when the engine reports that it is ready again, after a short pause. So announcements never
overlap and the board never stalls, even with a slow or stuck engine (a watchdog moves on).

Without a usable engine (QtTextToSpeech cannot load, no engine is installed, the engine fails to start or
has no Mandarin voice) the announcer logs one warning with the reason and goes on silently: every text
is still recorded in :attr:`Announcer.history` and emitted as :attr:`Announcer.announced`, so the board
and the tests behave the same with or without speakers.

The announcer runs on the GUI thread. On Linux the engine itself lives on a thread of its own
(:class:`ThreadedEngine`): speech-dispatcher takes 1.5 s to open and could hang with a broken sound
system. Elsewhere it stays on the GUI thread, where Windows' COM-based engines expect it and open fast.
"""

from __future__ import annotations

import atexit
import logging
import re
import sys
from collections import deque

from PySide6.QtCore import QLocale, QObject, Qt, QThread, QTimer, Signal, Slot

log = logging.getLogger(__name__)

# Engines in order of preference; Qt's "mock" engine is a test double and never speaks.
PREFERRED_ENGINES = ("winrt", "sapi", "darwin", "speechd", "flite", "android")
IGNORED_ENGINES = ("mock",)
ENGINE_THREAD = sys.platform.startswith("linux")  # see the module docstring
RATE = -0.1  # a little slower than the engine's default: halls echo
REPEAT_GAP_MS = 800  # between the repetitions of one call
NEXT_GAP_MS = 500  # between two calls
START_TIMEOUT_MS = 4000  # an engine that has not started speaking by then ignored the text
STUCK_TIMEOUT_MS = 15000  # no call takes this long to say: the engine hangs, move on
GIVE_UP_AFTER_TIMEOUTS = 3  # timeouts in a row that make the announcer give the engine up
MAX_BACKLOG = 8  # announcements waiting; older ones are dropped (they are stale by then)
RETRY_OPEN_MS = 60000  # after an engine failed to start
# Voices whose locale Qt cannot name (espeak-ng's Mandarin is "cmn", which QLocale maps to C).
MANDARIN_NAME = re.compile(r"mandarin|普通话|\bcmn\b|zh[-_]cn", re.IGNORECASE)

AUTO = "auto"


def state_name(state) -> str:
    """``QTextToSpeech.State.Ready`` → "Ready" (also for strings and test engines' own enums)."""
    return str(getattr(state, "name", state)).rsplit(".", 1)[-1]


def _is_chinese(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Chinese


def _mandarin_first(locale: QLocale) -> tuple[int, int]:
    """Sort key: mainland Simplified Chinese first, then any other Chinese (Taiwan, Hong Kong, …)."""
    return (
        0 if locale.territory() == QLocale.Country.China else 1,
        0 if locale.script() in (QLocale.Script.SimplifiedHanScript, QLocale.Script.AnyScript) else 1,
    )


def choose_mandarin_voice(engine) -> str | None:
    """Switch ``engine`` to a Mandarin voice (zh_CN first, then any Chinese locale, then a voice named
    Mandarin in a locale Qt cannot name); the voice's name, or None when it has none."""
    locales = engine.availableLocales()
    for locale in sorted((loc for loc in locales if _is_chinese(loc)), key=_mandarin_first):
        engine.setLocale(locale)
        voices = sorted(engine.availableVoices(), key=lambda v: _mandarin_first(v.locale()))
        if voices:
            engine.setVoice(voices[0])
            return voices[0].name() or locale.name()
    unnamed = (QLocale.Language.C, QLocale.Language.AnyLanguage)
    for locale in (loc for loc in locales if loc.language() in unnamed):
        engine.setLocale(locale)
        voices = [v for v in engine.availableVoices() if MANDARIN_NAME.search(v.name())]
        if voices:
            voice = min(voices, key=lambda v: len(v.name()))  # the plain voice, not a "+variant"
            engine.setVoice(voice)
            return voice.name()
    return None


def open_engine(name: str | None = None, parent: QObject | None = None) -> tuple[object | None, str, bool]:
    """A QTextToSpeech engine speaking Mandarin and a description; or None, why there is none, and
    whether trying again later may help (an engine failed to start, rather than none being installed).

    ``name`` picks an engine (else the best available one). Opening may take a while (speech-dispatcher:
    1.5 s), so it is done once, and on Linux off the GUI thread (:class:`ThreadedEngine`).
    """
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:  # e.g. libpulse.so.0 missing on a Linux PC without sound
        return None, f"Qt text-to-speech cannot be loaded ({exc})", False
    available = [e for e in QTextToSpeech.availableEngines() if e not in IGNORED_ENGINES]
    if name is not None:
        if name not in QTextToSpeech.availableEngines():
            reason = f"no text-to-speech engine {name!r} (available: {', '.join(available) or 'none'})"
            return None, reason, False
        candidates = [name]
    else:
        rank = {e: i for i, e in enumerate(PREFERRED_ENGINES)}
        candidates = sorted(available, key=lambda e: rank.get(e, len(rank)))
    if not candidates:
        return None, "no text-to-speech engine is installed", False
    problems, retry = [], False
    for candidate in candidates:
        engine = QTextToSpeech(candidate, parent)
        if state_name(engine.state()) == "Error":
            problems.append(f"{candidate}: {engine.errorString() or 'failed to start'}")
            retry = True
            engine.deleteLater()
            continue
        voice = choose_mandarin_voice(engine)
        if voice is None:
            count = len({loc.language() for loc in engine.availableLocales()})
            problems.append(f"{candidate}: no Chinese voice among its {count} languages")
            engine.deleteLater()
            continue
        engine.setRate(RATE)
        return engine, f"{candidate}, {voice}", False
    return None, "; ".join(problems), retry


# ---------------------------------------------------------------------------------------------- thread


def _engine_candidates() -> list[str]:
    from PySide6.QtTextToSpeech import QTextToSpeech

    rank = {e: i for i, e in enumerate(PREFERRED_ENGINES)}
    available = [e for e in QTextToSpeech.availableEngines() if e not in IGNORED_ENGINES]
    return sorted(available, key=lambda e: rank.get(e, len(rank)))


class _EngineHost(QObject):
    """Lives on the voice thread with the engine; tries the engines one by one and picks the voice.

    Opening an engine is slow, and PySide holds Python's lock through any C++ call made from Python, so
    calling ``setEngine`` from Python even on this thread would still freeze the GUI thread. Instead a
    queued signal invokes the C++ slot directly, with no Python on the stack; this host runs (briefly)
    only after each attempt, as the next queued event on the same thread.
    """

    opened = Signal(bool, str, bool)  # usable?, description or reason, worth retrying later?
    _set_engine = Signal(str)
    _check = Signal()

    def __init__(self, engine, candidates: list[str]):
        super().__init__()
        self._engine = engine
        self._candidates = list(candidates)
        self._trying = ""
        self._problems: list[str] = []
        self._retry = False
        self._set_engine.connect(engine.setEngine, Qt.ConnectionType.QueuedConnection)
        self._check.connect(self._after_attempt, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def try_next(self) -> None:
        if not self._candidates:
            reason = "; ".join(self._problems) or "no text-to-speech engine is installed"
            self.opened.emit(False, reason, self._retry)
            return
        self._trying = self._candidates.pop(0)
        self._set_engine.emit(self._trying)
        self._check.emit()

    @Slot()
    def _after_attempt(self) -> None:
        engine, name = self._engine, self._trying
        if engine.engine() != name or state_name(engine.state()) == "Error":
            self._problems.append(f"{name}: {engine.errorString() or 'failed to start'}")
            self._retry = True
        else:
            voice = choose_mandarin_voice(engine)
            if voice is not None:
                engine.setRate(RATE)
                self.opened.emit(True, f"{name}, {voice}", False)
                return
            count = len({loc.language() for loc in engine.availableLocales()})
            self._problems.append(f"{name}: no Chinese voice among its {count} languages")
        self.try_next()


_threads: set[QThread] = set()
_locale_holds: list[QLocale] = []  # the interface's default locale while engines open (see below)


def _hold_neutral_locale() -> None:
    """While an engine opens, make the default locale English (GUI thread only).

    Qt's speech-dispatcher engine starts with a voice for the default locale and fails outright when
    there is none; espeak-ng files its Mandarin voice under "cmn", which QLocale cannot name, so on a
    Chinese desktop it would never open. English is there on every engine; the Mandarin voice is
    chosen right after opening, and the board formats its dates with a locale it kept beforehand.
    """
    if not _locale_holds:
        _locale_holds.append(QLocale())
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        _locale_holds.append(_locale_holds[0])


def _release_locale() -> None:
    if _locale_holds:
        original = _locale_holds.pop()
        if not _locale_holds:
            QLocale.setDefault(original)


@atexit.register
def _stop_threads() -> None:
    for thread in list(_threads):
        try:
            thread.quit()
            thread.wait(2000)
        except RuntimeError:  # Qt already deleted it
            pass
    _threads.clear()


class ThreadedEngine(QObject):
    """A QTextToSpeech on a thread of its own, driven from the GUI thread with the same few calls
    (``say``, ``stop``, ``state``, ``errorString``, ``stateChanged``) through queued signals that reach
    its C++ slots directly. :attr:`opened` tells how opening went; :meth:`shutdown` ends the thread (also
    done at exit)."""

    stateChanged = Signal(str)  # noqa: N815 (QTextToSpeech's name)
    opened = Signal(bool, str, bool)  # usable?, description or reason, worth retrying later?
    _say = Signal(str)
    _stop = Signal()

    def __init__(self, candidates: list[str] | None = None, parent: QObject | None = None):
        from PySide6.QtTextToSpeech import QTextToSpeech

        super().__init__(parent)
        self._state = "Ready"
        self._error = ""
        self._thread = QThread()
        self._thread.setObjectName("taxdesk-voice")
        # An engine name that does not exist opens nothing, at once; the real one is set on the thread.
        self._engine = QTextToSpeech("none")
        self._host = _EngineHost(self._engine, _engine_candidates() if candidates is None else candidates)
        for obj in (self._engine, self._host):
            obj.moveToThread(self._thread)
            self._thread.finished.connect(obj.deleteLater)
        self._thread.started.connect(self._host.try_next)
        self._host.opened.connect(self._on_opened)
        self._engine.stateChanged.connect(self._on_state)
        self._engine.errorOccurred.connect(self._on_error)
        self._say.connect(self._engine.say, Qt.ConnectionType.QueuedConnection)
        self._stop.connect(self._engine.stop, Qt.ConnectionType.QueuedConnection)
        _threads.add(self._thread)
        _hold_neutral_locale()
        self._holds_locale = True
        self._thread.start()

    def state(self) -> str:
        return self._state

    def errorString(self) -> str:  # noqa: N802 (QTextToSpeech's name)
        return self._error

    def say(self, text: str) -> None:
        self._say.emit(text)

    def stop(self) -> None:
        self._stop.emit()

    def shutdown(self, *, wait: bool = True) -> None:
        """End the voice thread; without ``wait`` it ends in its own time (a hung engine must not hold
        the GUI thread) and is waited for at exit."""
        if self._holds_locale:  # shut down while still opening
            self._holds_locale = False
            _release_locale()
        self._thread.quit()
        if wait and self._thread.wait(3000):
            _threads.discard(self._thread)

    def _on_opened(self, ok: bool, description: str, retry: bool) -> None:
        if self._holds_locale:
            self._holds_locale = False
            _release_locale()
        self._state = "Ready" if ok else "Error"
        self._error = "" if ok else description
        self.opened.emit(ok, description, retry)

    def _on_error(self, _reason, message: str) -> None:
        self._error = message

    def _on_state(self, state) -> None:
        self._state = state_name(state)
        if self._state == "Error" and not self._error:
            self._error = "the engine reported an error"
        self.stateChanged.emit(self._state)


# ---------------------------------------------------------------------------------------------- announcer


class Announcer(QObject):
    """Says texts one after another, each ``repeat`` times; never overlapping, never blocking.

    ``engine``: "auto" opens the best engine on this PC (on the next turn of the event loop, so
    creating the announcer costs nothing); None means no voice; or any object with QTextToSpeech's
    ``say``, ``stop``, ``state`` and ``stateChanged`` (tests pass a fake one).
    """

    announced = Signal(str)  # a text's turn came: it is being spoken now (or dropped when silent)
    availability_changed = Signal(bool, str)  # voice usable?, engine description or why not

    def __init__(self, parent: QObject | None = None, *, engine=AUTO, repeat: int = 2, enabled: bool = True):
        super().__init__(parent)
        self.history: list[str] = []  # every text asked for, in order
        self.spoken: list[str] = []  # every utterance handed to the engine (repetitions included)
        self.enabled = enabled
        self.repeat = max(1, repeat)
        self.description = ""
        self._engine = None
        self._queue: deque[tuple[str, bool]] = deque()  # (text, first repetition of its announcement?)
        self._busy = False  # an utterance is being spoken, or we are in the pause after one
        self._started = False  # the engine reported that it began the current utterance
        self._warned = False
        self._timeouts = 0  # watchdog timeouts in a row
        self._closed = False
        self._pending: ThreadedEngine | None = None  # opening on the voice thread
        self._gap = QTimer(self, singleShot=True, timeout=self._after_gap)
        self._watchdog = QTimer(self, singleShot=True, timeout=self._on_watchdog)
        self._opening = engine == AUTO
        if engine == AUTO:
            QTimer.singleShot(0, self._open_auto)
        elif engine is None:
            self._set_unavailable("voice is turned off for this board", warn=False)
        else:
            self._attach(engine, getattr(engine, "objectName", lambda: "")() or type(engine).__name__)

    # ------------------------------------------------------------------------------------ public

    @property
    def available(self) -> bool:
        """Whether texts are spoken (False while the engine is still opening)."""
        return self._engine is not None

    @property
    def speaking(self) -> bool:
        return self._busy

    def pending(self) -> list[str]:
        """Utterances waiting for their turn (repetitions included)."""
        return [text for text, _first in self._queue]

    def say(self, text: str, *, even_if_disabled: bool = False) -> None:
        """Queue ``text`` to be said ``repeat`` times after everything queued before it (``even_if_disabled``:
        also when announcements are turned off, to try the voice out)."""
        self.history.append(text)
        if not (self.enabled or even_if_disabled) or (self._engine is None and not self._opening):
            self.announced.emit(text)
            return
        for i in range(self.repeat):
            self._queue.append((text, i == 0))
        self._trim_backlog()
        self._next()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            self.stop()

    def set_repeat(self, repeat: int) -> None:
        self.repeat = max(1, repeat)

    def stop(self) -> None:
        """Forget what is queued and cut the current utterance short."""
        self._queue.clear()
        self._gap.stop()
        self._watchdog.stop()
        was_busy, self._busy, self._started = self._busy, False, False
        if was_busy and self._engine is not None:
            self._engine.stop()

    # ------------------------------------------------------------------------------------ engine

    def _open_auto(self) -> None:
        self._opening = True
        if not ENGINE_THREAD:
            engine, description, retry = open_engine(parent=self)
            self._opened(engine, engine is not None, description, retry)
            return
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: F401 (fails fast without libpulse)
        except ImportError as exc:
            self._opened(None, False, f"Qt text-to-speech cannot be loaded ({exc})", False)
            return
        threaded = self._pending = ThreadedEngine(parent=self)
        threaded.opened.connect(lambda ok, text, retry: self._opened(threaded, ok, text, retry))

    def _opened(self, engine, ok: bool, description: str, retry: bool) -> None:
        self._opening = False
        self._pending = None
        if self._closed:
            if isinstance(engine, ThreadedEngine):
                engine.shutdown()
            return
        if ok:
            self._attach(engine, description)
            return
        if isinstance(engine, ThreadedEngine):
            engine.shutdown()
        self._set_unavailable(description)
        if retry and not self._closed:
            # An engine that failed to start (sound system not up yet after boot, a server that was
            # restarting) may well work in a minute; the board should not stay silent all day.
            QTimer.singleShot(RETRY_OPEN_MS, self._retry_open)

    def _retry_open(self) -> None:
        if self._engine is None and not self._closed:
            self._open_auto()

    def close(self) -> None:
        """Stop speaking for good and release the engine (and its thread)."""
        self._closed = True
        self.stop()
        if self._pending is not None:  # still opening: end that too (it holds the default locale)
            self._pending.shutdown()
            self._pending = None
        engine, self._engine = self._engine, None
        if isinstance(engine, ThreadedEngine):
            engine.shutdown()

    def _attach(self, engine, description: str) -> None:
        self._engine = engine
        self.description = description
        self._warned = False  # a later outage is worth one warning again
        self._timeouts = 0
        engine.stateChanged.connect(self._on_state)
        log.info("voice announcements through %s", description)
        self.availability_changed.emit(True, description)
        self._next()

    def _set_unavailable(self, reason: str, *, warn: bool = True) -> None:
        pending = [text for text, first in self._queue if first]
        self._queue.clear()
        self._gap.stop()
        self._watchdog.stop()
        self._busy = self._started = False
        if self._engine is not None:
            self._engine.stateChanged.disconnect(self._on_state)
            if isinstance(self._engine, ThreadedEngine):
                self._engine.shutdown(wait=False)
            self._engine = None
        self.description = reason
        if warn and not self._warned:
            self._warned = True
            log.warning("voice unavailable, calls are shown but not announced: %s", reason)
        self.availability_changed.emit(False, reason)
        for text in pending:  # their turn would have come: keep the record complete
            self.announced.emit(text)

    def _trim_backlog(self) -> None:
        while sum(1 for _text, first in self._queue if first) > MAX_BACKLOG:
            dropped, _first = self._queue.popleft()
            while self._queue and not self._queue[0][1]:
                self._queue.popleft()
            log.info("voice backlog full: dropped the announcement %r", dropped)

    def _next(self) -> None:
        if self._busy or not self._queue or self._engine is None:
            return
        if state_name(self._engine.state()) not in ("Ready", "Paused"):
            # Still busy with an utterance that was cut short: wait for Ready, or time out.
            if not self._watchdog.isActive():
                self._watchdog.start(START_TIMEOUT_MS)
            return
        text, first = self._queue.popleft()
        self._busy, self._started = True, False
        if first:
            self.announced.emit(text)
        self.spoken.append(text)
        self._watchdog.start(START_TIMEOUT_MS)
        self._engine.say(text)

    def _on_state(self, state) -> None:
        name = state_name(state)
        if name == "Error":
            reason = getattr(self._engine, "errorString", lambda: "")() or "the engine reported an error"
            self._set_unavailable(f"{self.description}: {reason}")
        elif name in ("Speaking", "Synthesizing"):
            if self._busy and not self._started:
                self._started = True
                self._watchdog.start(STUCK_TIMEOUT_MS)
        elif name == "Ready":
            if self._busy and self._started:
                if self._watchdog.isActive():  # finished in time by itself (not cut short by us)
                    self._timeouts = 0
                self._finish_utterance()
            elif not self._busy:
                self._watchdog.stop()
                self._next()

    def _finish_utterance(self) -> None:
        self._watchdog.stop()
        self._started = False
        repeat_follows = bool(self._queue) and not self._queue[0][1]
        self._gap.start(REPEAT_GAP_MS if repeat_follows else NEXT_GAP_MS)

    def _after_gap(self) -> None:
        self._busy = False
        self._next()

    def _on_watchdog(self) -> None:
        """The engine did not start, finish or get ready in time: cut it short and go on; after a few
        times in a row it is broken (typically: no sound output), and the announcer falls silent."""
        self._timeouts += 1
        if self._timeouts >= GIVE_UP_AFTER_TIMEOUTS:
            self._set_unavailable(
                f"{self.description}: the engine stopped finishing its announcements (no sound output?)"
            )
            return
        log.info("voice engine did not finish an announcement in time: moving on")
        self._engine.stop()
        if self._busy:
            self._finish_utterance()
        else:
            self._next()
