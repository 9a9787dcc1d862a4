"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every
void call, and a desk aborts with "none_dealloc" after a few dozen tickets (why pyproject caps PySide6)."""

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("排队号 A001")
        font.setBold(True)
    assert sys.getrefcount(None) >= before - 50
