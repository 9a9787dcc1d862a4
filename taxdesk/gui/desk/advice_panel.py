"""The tidal-window advisor in the supervisor's view (潮汐窗口建议): the pending suggestions as cards to accept
or dismiss, who decides, and the day's log.

The advice comes from :class:`taxdesk.core.advisor.Advisor`, run as the page's background work
(:meth:`~taxdesk.gui.page.Page.op`) once when the view is shown and then every minute while it is (one
:class:`Advisor` for the page's lifetime, so the week's plan is kept between runs; a run never starts while
the last one is still going). Decisions are taken by whoever is signed in at the desk, when their roles
allow it here (a supervisor, or the point's own township agent); decisions and the log are read and written
in the background too; every callback here runs on the GUI thread, and none after the page stopped. The
sentences are the GUI's own, in the interface language: the core's :func:`~taxdesk.core.advisor.describe`
is the command line's English.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from taxdesk.core import advisor, clock, roles
from taxdesk.core.advisor import Advice, Advisor, Suggestion
from taxdesk.gui import i18n
from taxdesk.gui.desk.advice_models import (
    AdviceLogModel,
    closed_text,
    forecast_text,
    short_text,
    suggestion_text,
)
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page

log = logging.getLogger(__name__)

ADVISE_INTERVAL_MS = 60_000  # the advisor's minute (as `taxdesk advise run`)


def week_text(week: str | None) -> str:
    """An ISO week ("2026-W48") as its days in the interface language ("11月23日–11月29日" / "Nov 23–29")."""
    try:
        year, number = (week or "").split("-W")
        monday = date.fromisocalendar(int(year), int(number), 1)
    except ValueError:
        return week or ""
    return i18n.date_range(monday, date.fromordinal(monday.toordinal() + 6))


# ------------------------------------------------------------------------------------------- a card


class SuggestionCard(QFrame):
    """One pending suggestion: its sentence, when it was made, and 采纳 / 忽略."""

    decide = Signal(int, bool)  # suggestion id, accepted?

    def __init__(self, suggestion: Suggestion, parent: QWidget | None = None):
        super().__init__(parent)
        self.suggestion = suggestion
        self.setObjectName("suggestionCard")
        self.setProperty("action", suggestion.action)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 5, 8, 5)
        layout.setSpacing(8)
        words = QVBoxLayout()
        words.setSpacing(0)
        self.text_label = QLabel(suggestion_text(suggestion), self)
        self.text_label.setObjectName("suggestionText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = QLabel(self._meta(suggestion), self)
        self.meta_label.setObjectName("suggestionMeta")
        words.addWidget(self.text_label)
        words.addWidget(self.meta_label)
        layout.addLayout(words, 1)
        self.accept_button = QPushButton(self.tr("采纳"), self)
        self.accept_button.setObjectName("acceptButton")
        self.dismiss_button = QPushButton(self.tr("忽略"), self)
        self.dismiss_button.setObjectName("dismissButton")
        buttons = QVBoxLayout()  # one above the other: the sentence keeps the card's width
        buttons.setSpacing(4)
        for button, accept in ((self.accept_button, True), (self.dismiss_button, False)):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, yes=accept: self.decide.emit(self.suggestion.id, yes))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.setAlignment(buttons, Qt.AlignmentFlag.AlignVCenter)

    def _meta(self, s: Suggestion) -> str:
        """When it was made (and last brought up to date by a run, if later) and its number."""
        made = s.made_at.strftime("%H:%M")
        try:
            updated = clock.local(datetime.fromisoformat(s.facts.get("at") or "")).strftime("%H:%M")
        except (TypeError, ValueError):
            updated = made
        if updated > made:
            return self.tr("{made} 提出，{updated} 更新 · 编号 {id}").format(
                made=made, updated=updated, id=s.id
            )
        return self.tr("{made} 提出 · 编号 {id}").format(made=made, id=s.id)

    def set_decidable(self, enabled: bool, hint: str = "") -> None:
        for button in (self.accept_button, self.dismiss_button):
            button.setEnabled(enabled)
            button.setToolTip(hint)


# ------------------------------------------------------------------------------------------- the panel


class AdvicePanel(QObject):
    """Owns the supervisor view's ``adviceBox``: runs the advisor, shows the cards and the log, decides.

    Made by the page (its ``ui``, database, point and background work are the page's); ``interval_ms`` is
    the time between runs; ``now`` the clock of the advisor, the decisions and the log's day (a test's own
    clock). :meth:`start` when the view is shown, :meth:`pause` when it is hidden; the page's stop ends it.
    GUI thread.
    """

    advised = Signal(object)  # an Advice was shown (after each successful run)
    decided = Signal(object)  # a Suggestion accepted or dismissed at this desk

    def __init__(
        self,
        page: Page,
        *,
        interval_ms: int = ADVISE_INTERVAL_MS,
        now: Callable[[], datetime] = clock.now,
    ):
        super().__init__(page)
        self.page = page
        self.ui = ui = page.ui
        self.db = page.db
        self.point_code = page.point_code
        self.now = now
        self.advisor = Advisor(self.db, self.point_code, now=now)  # one for the page: its plan is kept
        self.advice: Advice | None = None
        self.pending: list[Suggestion] = []
        self.cards: dict[int, SuggestionCard] = {}
        self._running = False  # a run of the advisor is in flight (never two at once, none queued)
        self._deciding = False
        self._active = False
        self._lines: dict[str, tuple[str, bool]] = {}  # decision / run / who → (text, problem)

        ui.suggestionsArea.viewport().setAutoFillBackground(False)  # the cards sit on the box itself
        self._idle_text = ui.noSuggestionsLabel.text()
        self._title = ui.adviceBox.title()
        self.log_model = AdviceLogModel(self)
        table = ui.adviceLogTable
        table.setModel(self.log_model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AdviceLogModel.NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long note: the whole of it in the tooltip
        table.verticalHeader().setDefaultSectionSize(30)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._set_line("run", self.tr("正在分析排队情况…"))

        point = self.point_code
        self._log_read = page.coalesced(
            lambda: (advisor.pending(self.db, point), advisor.suggestions(self.db, point, self.now().date())),
            self._on_refreshed,
            lambda exc: log.warning("reading the tidal-window suggestions failed: %s", describe_error(exc)),
        )
        self._timer = page.every(interval_ms, self.run_now)

    # ------------------------------------------------------------------------------------------ life

    def load(self) -> None:
        """Read the day's log (in the background); say so when the signed-in person may not decide here."""
        if not self.may_decide():
            self._set_line("who", self.no_decider_hint(), problem=True)
        self.refresh()

    def start(self) -> None:
        """Run the advisor now and then every interval (the view is shown)."""
        if self.page.stopped or self._active:
            return
        self._active = True
        self._timer.start()
        self.run_now()

    def pause(self) -> None:
        """No more runs until :meth:`start` (the view is hidden)."""
        self._active = False
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._running

    # ------------------------------------------------------------------------------------------ advising

    def run_now(self) -> None:
        """One run of the advisor in the background, unless one is still going."""
        if self.page.stopped or self._running:
            return
        self._running = True
        adviser, db, point = self.advisor, self.db, self.point_code

        def work():  # worker thread
            advice = adviser.run()
            return advice, advisor.suggestions(db, point, advice.at.date())

        self.page.op(work).success(self._on_advice).failure(self._on_run_failed).run()

    def _on_advice(self, result) -> None:
        self._running = False
        advice, day_log = result
        self.advice = advice
        self._set_line("run", self.describe_run(advice))
        self._show_pending(advice.pending)
        self.log_model.set_log(day_log)
        self.advised.emit(advice)

    def _on_run_failed(self, exc: Exception) -> None:
        self._running = False
        reason = describe_error(exc)
        log.warning("the tidal-window advisor of %s failed: %s", self.point_code, reason)
        text = self.tr("{time} 分析失败：{reason}。下一分钟自动重试。").format(
            time=self.now().strftime("%H:%M:%S"), reason=reason.rstrip("。")
        )
        self._set_line("run", text, problem=True)

    def describe_run(self, advice: Advice) -> str:
        """The status line of a run: when, open or closed, with or without the forecast."""
        time = advice.at.strftime("%H:%M:%S")
        if not advice.open:
            return self.tr("{time} 检查：{reason}，不提出新建议。").format(
                time=time, reason=closed_text(advice.closed_reason)
            )
        if advice.forecast.available:
            return self.tr("{time} 已分析：按现场排队和未来一小时的客流预测（{week}）。").format(
                time=time, week=week_text(advice.forecast.week)
            )
        return self.tr("{time} 已分析：未用预测（{reason}），仅按现场排队。").format(
            time=time, reason=forecast_text(advice.forecast)
        )

    # ------------------------------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the pending suggestions and the day's log again (after a change at another desk)."""
        self._log_read.request()

    def _on_refreshed(self, result) -> None:
        pending, day_log = result
        self._show_pending(pending)
        self.log_model.set_log(day_log)

    def may_decide(self) -> bool:
        return self.page.allows(roles.ADVISOR_DECIDE)

    def no_decider_hint(self) -> str:
        return self.tr("建议只能查看：采纳或忽略须由值班长（或本服务点的代办员）登录后进行。")

    # ------------------------------------------------------------------------------------------ showing

    def _show_pending(self, pending: list[Suggestion]) -> None:
        closed = self.advice is not None and not self.advice.open
        idle = self._idle_text
        if closed:
            idle = self.tr("{reason}：暂不提出建议。").format(reason=closed_text(self.advice.closed_reason))
        self.ui.noSuggestionsLabel.setText(idle)
        self.ui.noSuggestionsLabel.setVisible(not pending)
        title = self._title  # the count stays in sight when the cards scroll
        if pending:
            title = self.tr("{title}（{count} 条待定）").format(title=self._title, count=len(pending))
        self.ui.adviceBox.setTitle(title)
        if pending == self.pending and len(self.cards) == len(pending):
            return
        self.pending = list(pending)
        layout = self.ui.suggestionsLayout
        for card in self.cards.values():
            layout.removeWidget(card)
            card.deleteLater()
        self.cards = {}
        for suggestion in pending:
            card = SuggestionCard(suggestion, self.ui.suggestionsContainer)
            card.decide.connect(self.decide)
            layout.insertWidget(layout.count() - 1, card)  # before the spacer
            card.show()  # now, not when the layout next runs
            self.cards[suggestion.id] = card
        self._update_cards()

    def _update_cards(self) -> None:
        allowed = self.may_decide()
        decidable = allowed and not self._deciding
        hint = "" if allowed else self.no_decider_hint()
        for card in self.cards.values():
            card.set_decidable(decidable, hint)

    def _set_line(self, which: str, text: str, problem: bool = False) -> None:
        self._lines[which] = (text, problem)
        order = ("decision", "run", "who")
        shown = [self._lines[k] for k in order if self._lines.get(k, ("", False))[0]]
        label = self.ui.adviceStatusLabel
        label.setText("\n".join(text for text, _ in shown))
        problem = "true" if any(p for _, p in shown) else "false"
        if label.property("problem") != problem:
            label.setProperty("problem", problem)
            label.style().unpolish(label)
            label.style().polish(label)

    # ------------------------------------------------------------------------------------------ deciding

    def decide(self, suggestion_id: int, accept: bool) -> None:
        """Accept or dismiss a suggestion as the signed-in person, with the note (in the background; the
        core refuses a person whose roles do not allow it)."""
        if self.page.stopped or self._deciding:
            return
        note = self.ui.noteEdit.text()
        db, at, actor = self.db, self.now(), self.page.actor
        self._deciding = True
        self._update_cards()
        self.page.op(
            lambda: advisor.decide(db, suggestion_id, accept=accept, actor=actor, note=note, at=at)
        ).success(self._on_decided).failure(self._on_refused).run()

    def _on_decided(self, suggestion: Suggestion) -> None:
        self._deciding = False
        if suggestion.status == "accepted":
            text = self.tr("已采纳「{what}」（{name}）。")
        else:
            text = self.tr("已忽略「{what}」（{name}）。")
        text = text.format(what=short_text(suggestion), name=suggestion.decided_by_name)
        self.ui.noteEdit.clear()
        self._set_line("decision", text)
        self.page.say(text)
        self._update_cards()
        self.decided.emit(suggestion)
        self.refresh()

    def _on_refused(self, exc: Exception) -> None:
        self._deciding = False
        self._set_line(
            "decision", self.tr("未记录：{reason}").format(reason=describe_error(exc)), problem=True
        )
        self._update_cards()
        key = getattr(exc, "key", None)
        if key in ("advice_unknown", "advice_accepted", "advice_dismissed", "advice_expired"):
            self.refresh()  # the card was out of date: show what there is now
