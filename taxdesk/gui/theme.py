"""The look of TaxDesk: Fusion style, a calm light palette, and the few style rules the desks need.

Large targets and high contrast: the desks are used all day, often by touch or in a hurry.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from taxdesk.gui import fonts

ACCENT = "#1f5fa8"  # tax-bureau blue
GREEN = "#1e8a4c"  # green channel
WARNING = "#b3261e"

# One colour per queue category, in catalogue order (cycled if there are more categories).
CATEGORY_COLOURS = ["#1f5fa8", "#7b4fa3", "#0f7c8c", "#b5651d", "#6a7f1f", "#a23b72", "#4a5a6a"]

STYLE_SHEET = f"""
QPushButton[role="service"] {{
    border: 1px solid #b8c4d3; border-radius: 6px; background: #ffffff;
}}
QPushButton[role="service"] QLabel {{ font-size: 11.5pt; }}
QPushButton[role="service"]:hover {{ background: #eef4fb; border-color: {ACCENT}; }}
QPushButton[role="service"]:pressed {{ background: #d8e6f6; }}
QGroupBox[role="category"] {{ font-size: 12pt; font-weight: bold; margin-top: 14px; }}
QPushButton#greenButton {{ min-height: 40px; padding: 4px 14px; font-size: 12pt; }}
QPushButton#greenButton:checked {{
    background: {GREEN}; color: white; border: 1px solid #13613a; border-radius: 6px;
}}
QLabel#bannerLabel {{ background: {WARNING}; color: white; padding: 8px; font-size: 12pt; }}
QLabel#hintLabel {{ color: {WARNING}; }}
QLabel#servicesTitle {{ font-size: 11pt; color: #445; }}
"""


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f6f9"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f0f3f7"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Button, QColor("#f7f9fb"))
    app.setPalette(palette)
    fonts.ensure_fonts()
    app.setFont(fonts.cjk_font(10.5))
    app.setStyleSheet(STYLE_SHEET)


def category_colour(index: int) -> str:
    return CATEGORY_COLOURS[index % len(CATEGORY_COLOURS)]
