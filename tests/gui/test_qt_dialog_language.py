"""Qt's own dialogs (file chooser, print, print preview, message boxes) speak the interface language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox, QWidget

from taxdesk.gui import i18n

LATIN_WORDS = re.compile(r"[A-Za-z]{2}")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _texts(dialog: QWidget) -> set[str]:
    """The words a person reads in ``dialog``: labels, buttons, titles, actions (not paths or filters)."""
    texts = set()
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if isinstance(widget, QComboBox):
            continue  # folders and file-type filters are data
        for name in ("text", "windowTitle"):
            getter = getattr(widget, name, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    texts.add(value)
        texts.update(action.text() for action in widget.actions() if action.text())
    return texts


def _dialogs():
    chooser = QFileDialog(None, "x")
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    printer = QPrinter()
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question, "x", "x", buttons.Yes | buttons.No | buttons.Cancel | buttons.Save
    )
    return {
        "file": chooser,
        "print": QPrintDialog(printer),
        "preview": QPrintPreviewDialog(printer),
        "box": box,
    }


@pytest.fixture
def chinese(qapp):
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "zh_CN")


def test_qt_dialogs_leave_no_english_words_in_a_chinese_interface(chinese):
    english = {
        name: sorted(
            t for t in _texts(dialog) if LATIN_WORDS.search(t) and not CHINESE.search(t) and "/" not in t
        )
        for name, dialog in _dialogs().items()
    }
    assert english == {name: [] for name in english}


def test_qt_dialogs_speak_english_in_an_english_interface(qapp):
    i18n.install(qapp, "en")
    try:
        texts = _texts(_dialogs()["file"])
        assert "&Look in:" in texts and not any(CHINESE.search(t) for t in texts)
    finally:
        i18n.install(QApplication.instance(), "zh_CN")
