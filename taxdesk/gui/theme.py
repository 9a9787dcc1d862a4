"""The look of TaxDesk: Fusion style, a calm light palette, named colours and the style sheets.

Large targets and high contrast: the desks are used all day, often by touch or in a hurry.

Every colour TaxDesk draws has a name here (:data:`PALETTE` for the whole application, then one table per
capability); widgets never carry colour literals. Style rules live in ``resources/theme/*.qss`` —
``base.qss`` first, then one file per capability — where ``@name`` stands for a named colour. They are read
and applied once, for the whole application (:func:`apply`); widgets choose their rules by object name and
by dynamic properties (``setProperty("tone", "warning")``), and code that paints (charts, the board, table
models) asks :func:`colour` for a :class:`QColor` by name.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from taxdesk import paths
from taxdesk.gui import fonts

# The colours shared across the application.
PALETTE: dict[str, str] = {
    # surfaces and lines
    "window": "#f4f6f9",  # behind everything
    "surface": "#ffffff",  # panels, tables, cards
    "alternate": "#f0f3f7",  # every other table row
    "button": "#f7f9fb",
    "line": "#d5dde8",  # panel borders
    "line_strong": "#b8c4d3",  # button borders
    # text
    "ink": "#1b2a3a",  # headings and figures
    "ink_soft": "#2b3a4a",  # body text on panels
    "ink_muted": "#445566",  # section titles, form hints
    "muted": "#6b7785",  # secondary text, "updated at"
    "faint": "#8a94a3",  # past, closed or disabled rows
    "slate": "#5b6673",  # captions of charts and grids
    # the bureau's blue
    "accent": "#1f5fa8",
    "accent_dark": "#174a84",
    "accent_soft": "#eef4fb",  # hover
    "accent_pressed": "#d8e6f6",
    "accent_line": "#9db4cf",
    "on_accent": "#ffffff",
    # green channel (绿色通道) and things that went well
    "green": "#1e8a4c",
    "green_dark": "#13613a",
    "good": "#1e6b3c",
    "good_bg": "#e8f5ec",
    "good_line": "#b5dcc3",
    # warnings, refusals, alerts
    "warning": "#b3261e",
    "warning_bg": "#fdecea",
    "warning_line": "#f1b8b2",
    "problem_bg": "#fde4e1",  # a row or cell with a problem
    "error": "#b00020",  # a form's error text
    # caution: something to look at, not wrong
    "caution": "#8a5a00",
    "caution_bg": "#fff3d6",
    "caution_soft": "#fff0c2",
}

# One colour per queue category, in catalogue order (cycled if there are more categories).
CATEGORY_COLOURS = ["#1f5fa8", "#7b4fa3", "#0f7c8c", "#b5651d", "#6a7f1f", "#a23b72", "#4a5a6a"]

# ----------------------------------------------------------------------------------------------- desk
# gui/desk: front desk, window console, supervisor, advice
DESK: dict[str, str] = {
    "state_paused": "#c77c02",  # the window console's "paused" badge (white text on it)
    "violet": "#7b4fa3",  # the booking channel's badge, taxpayers transferred to this window
    "disabled_text": "#b0b9c4",  # the console's disabled action buttons and their keys
    "accent_hover": "#2a6fbd",  # a blue button under the mouse
    "advice_close": "#0f7c8c",  # the edge of a "close a window" suggestion card
}

# ----------------------------------------------------------------------------------------------- board
# gui/board: the hall display board (a dark screen of its own, read from across the hall); its header's
# gradient starts at the bureau's accent_dark and its strips are the accent, its red banner is the warning.
BOARD: dict[str, str] = {
    "board_background": "#0a1326",  # behind everything; also the text on a flashing tile
    "board_sunken": "#0c1830",  # the waiting-per-category strip, every other row of the latest calls
    "board_panel": "#111e38",  # window tiles, the latest calls, the category chips
    "board_raised": "#182a4c",  # the latest call's card, the name strip of an idle window
    "board_edge": "#22375f",  # panel borders
    "board_header_bottom": "#0d2a52",  # the header's gradient ends here
    "board_text": "#f3f6fb",  # names, and the number a window is serving
    "board_muted": "#9aabc8",  # titles, the date, details
    "board_dim": "#5a6b88",  # 空闲, nothing to show
    "board_called": "#ffcc33",  # a called number (go now), the latest call's outline, a flashing tile
    "board_green": "#4fdc92",  # a green-channel ticket
    "board_paused": "#f0a040",  # 暂停
    "board_emblem": "#c8102e",  # the 税 emblem
}

# ----------------------------------------------------------------------------------------------- booking
# gui/booking, and the ink of everything gui/printing prints (queue tickets, booking slips, the A4 sheets)
BOOKING: dict[str, str] = {
    "slot_full": "#a4473d",  # the text of a full slot (on warning_bg): red, but quieter than a warning
    "print_ink": "#000000",  # thermal paper and A4: black on white
    "print_paper": "#ffffff",
    "print_grey": "#464646",  # the slip's small signature line
    "print_green": "#0a6e35",  # the green-channel badge: luminance about 30 %, solid on a thresholding driver
}

# ----------------------------------------------------------------------------------------------- network
# gui/network: network editor, service point, service list
NETWORK: dict[str, str] = {
    "hall_only_line": "#f0c987",  # the edge of the note on a service to be finished at the hall
    # the printed service list (服务清单): black on white, greys that photocopy
    "sheet_paper": "#ffffff",
    "sheet_text_soft": "#3c3c3c",  # numbers and the footer
    "sheet_rule": "#969696",  # the thin rule under each service
}

# ----------------------------------------------------------------------------------------------- staffing
# gui/staffing: staffing page and chart, tax calendar, history import
STAFFING: dict[str, str] = {
    "calendar_line": "#e8c36a",  # the edge of a note about the holiday calendar
    # the days of a week, behind the chart and in the tables (filing days use caution_bg)
    "rest_day": "#e6e9ee",
    "deadline_day": "#ffd08a",
    "makeup_day": "#e7dcf5",
    # their markers under the chart's day names
    "deadline_text": "#b35a00",
    "makeup_text": "#6a3d9a",
    "reserve_line": "#e08a1e",  # windows needed on a busy day
}

# ----------------------------------------------------------------------------------------------- roster
# gui/roster: roster page, grid, chart, print-out
ROSTER: dict[str, str] = {
    # the staff × day grid (a locked shift is caution_soft, a heading row accent_pressed)
    "roster_hall_work": "#e6eefa",  # a shift of the hall's own staff
    "roster_tidal_work": "#dff3ef",  # a tidal shift of the branch staff
    "roster_duty_work": "#f3eee2",  # a day (or half) on a non-window duty: back office, guidance desk
    "roster_leave": "#d4d7dc",  # a day of leave
    "roster_rest": "#eceef1",  # a day the point is closed
    "roster_wish": "#c2185b",  # the heart of a day with shift wishes
    "roster_reason": "#5a1a14",  # why there is no roster, on the problem panel
    # the coverage chart (planned: accent, required: ink, grid lines: line)
    "roster_over": "#7fa6d6",  # windows planned beyond the requirement
    "roster_short": "#d93025",  # windows short of it
    # the printed sheet: greys that hold on any printer, a shortfall in red
    "roster_print_dark": "#464646",  # secondary text
    "roster_print_rule": "#969696",
    "roster_print_zebra": "#f3f3f3",
    "roster_print_head": "#e4e4e4",  # headings of the grid, the strip and the blocks
    "roster_print_leave": "#d6d6d6",
    "roster_print_short": "#ffc4c4",  # a light grey in black and white; the text says 缺n too
    "roster_print_short_ink": "#aa0000",
}

# -----------------------------------------------------------------------------------------------

COLOURS: dict[str, str] = {**PALETTE, **DESK, **BOARD, **BOOKING, **NETWORK, **STAFFING, **ROSTER}
for _index, _value in enumerate(CATEGORY_COLOURS):
    COLOURS[f"category_{_index}"] = _value


_TOKEN = re.compile(r"@([a-z][a-z0-9_]*)")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def hex_colour(name: str) -> str:
    """The colour called ``name`` as ``#rrggbb`` (KeyError for a name the theme does not have)."""
    return COLOURS[name]


@cache
def colour(name: str) -> QColor:
    """The colour called ``name`` (KeyError for a name the theme does not have)."""
    return QColor(COLOURS[name])


def category_colour(index: int) -> str:
    return CATEGORY_COLOURS[index % len(CATEGORY_COLOURS)]


def style_sheet() -> str:
    """All of TaxDesk's style rules: ``base.qss`` then the capabilities' files, colours filled in."""
    folder = paths.resource_path("theme")
    files = sorted(folder.glob("*.qss"), key=lambda path: (path.name != "base.qss", path.name))
    text = "\n".join(path.read_text(encoding="utf-8") for path in files)
    text = _COMMENT.sub("", text)

    def fill(match: re.Match) -> str:
        name = match.group(1)
        if name not in COLOURS:
            raise KeyError(f"{match.group(0)} in resources/theme is not a colour of the theme")
        return COLOURS[name]

    return _TOKEN.sub(fill, text)


def set_tone(widget: QWidget, tone: str) -> None:
    """Give ``widget`` the style sheet's rules for ``[tone="…"]`` (e.g. "warning", "good", "")."""
    if widget.property("tone") == tone:
        return
    widget.setProperty("tone", tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, colour("window"))
    palette.setColor(QPalette.ColorRole.Base, colour("surface"))
    palette.setColor(QPalette.ColorRole.AlternateBase, colour("alternate"))
    palette.setColor(QPalette.ColorRole.Highlight, colour("accent"))
    palette.setColor(QPalette.ColorRole.HighlightedText, colour("on_accent"))
    palette.setColor(QPalette.ColorRole.Button, colour("button"))
    app.setPalette(palette)
    fonts.ensure_fonts()
    app.setFont(fonts.cjk_font(10.5))
    app.setStyleSheet(style_sheet())
