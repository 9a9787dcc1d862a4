"""The display board's parts: its colours, text drawing, and the panels it is made of (header, banner,
window tiles, recent calls, waiting per category).

Every size is in pixels derived from the board's height × the font scale, so the same panels read well
on a 720p television and a 4K screen. GUI thread only.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QWidget

from taxdesk.core.calls import Call, WindowView
from taxdesk.core.tickets import QueueLine
from taxdesk.gui import fonts, theme

SYNTHETIC_BOLD_MAX_PX = 60  # above this, bold text is drawn as an outline (see _draw_outlined)

# The board's colours (named in theme.BOARD; the header and the strips share the bureau's blues).
BACKGROUND = theme.colour("board_background")
SUNKEN = theme.colour("board_sunken")
PANEL = theme.colour("board_panel")
RAISED = theme.colour("board_raised")
PANEL_EDGE = theme.colour("board_edge")
TEXT = theme.colour("board_text")
MUTED = theme.colour("board_muted")
DIM = theme.colour("board_dim")
CALLED = theme.colour("board_called")  # a called number: go now
SERVING = TEXT  # a number being served: white, where a called one is yellow
GREEN_CHANNEL = theme.colour("board_green")
PAUSED = theme.colour("board_paused")
FLASH_BACK, FLASH_TEXT = CALLED, BACKGROUND
ALERT = theme.colour("warning")
EMBLEM = theme.colour("board_emblem")
HEADER_TOP, HEADER_BOTTOM = theme.colour("accent_dark"), theme.colour("board_header_bottom")
STRIP, STRIP_IDLE = theme.colour("accent"), RAISED


# ---------------------------------------------------------------------------------------------- painting


def board_font(px: float, bold: bool = False) -> QFont:
    """The bundled Chinese font at a pixel size (the board sizes everything in pixels of its height)."""
    font = fonts.cjk_font(10, bold)
    font.setPixelSize(max(1, round(px)))
    return font


def draw_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    px: float,
    colour: QColor,
    *,
    bold: bool = False,
    align=Qt.AlignmentFlag.AlignCenter,
) -> None:
    """Draw ``text`` in ``rect`` at ``px`` pixels, smaller if that is what it takes to fit the width."""
    px = min(px, rect.height() * 0.8)  # CJK glyphs stand taller than the pixel size
    font = board_font(px, bold)
    width = QFontMetricsF(font).horizontalAdvance(text)
    if width > rect.width() > 0:
        font = board_font(px * rect.width() / width * 0.97, bold)
    if bold and font.pixelSize() > SYNTHETIC_BOLD_MAX_PX:
        _draw_outlined(painter, rect, text, font, colour, align)
        return
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, text)


def _draw_outlined(painter: QPainter, rect: QRectF, text: str, font: QFont, colour: QColor, align) -> None:
    """Large bold text as a filled and stroked outline: the bundled font has no bold face, and Qt stops
    emboldening it synthetically at large sizes, which would leave the biggest numbers the thinnest."""
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(text)
    if align & Qt.AlignmentFlag.AlignLeft:
        x = rect.left()
    elif align & Qt.AlignmentFlag.AlignRight:
        x = rect.right() - width
    else:
        x = rect.center().x() - width / 2
    baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2
    path = QPainterPath()
    path.addText(QPointF(x, baseline), font, text)
    pen = QPen(colour, font.pixelSize() * 0.035)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setPen(pen)
    painter.setBrush(colour)
    painter.drawPath(path)
    painter.restore()


def _rounded(
    painter: QPainter, rect: QRectF, radius: float, fill: QColor, edge: QColor | None, width=1.5
) -> None:
    painter.setBrush(fill)
    if edge is not None:
        painter.setPen(QPen(edge, width))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(rect, radius, radius)


def window_label(number: int, name: str) -> str:
    """A window's name for the board: one named after its number (3号窗口, as most halls name them) reads
    in the interface language (Window 3); any other name is shown as the hall set it."""
    if not name or name == f"{number}号窗口":
        return QCoreApplication.translate("RecentPanel", "{number}号窗口").format(number=number)
    return name


class _Panel(QWidget):
    """A painted part of the board; ``unit`` is 1 % of the board's height × the font scale, in pixels."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.unit = 10.0

    def set_unit(self, unit: float) -> None:
        self.unit = unit
        self.update()

    def _painter(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        return painter


# ---------------------------------------------------------------------------------------------- panels


class HeaderBar(_Panel):
    """The point's name on the left; the date and a ticking clock on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.point_name = ""
        self.date_text = ""
        self.weekday_text = ""
        self.clock_text = ""

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        p, r, u = self._painter(), QRectF(self.rect()), self.unit
        gradient = QLinearGradient(r.topLeft(), r.bottomLeft())
        gradient.setColorAt(0, HEADER_TOP)
        gradient.setColorAt(1, HEADER_BOTTOM)
        p.fillRect(r, gradient)
        p.fillRect(QRectF(r.left(), r.bottom() - 0.3 * u, r.width(), 0.3 * u), CALLED)
        pad = 2.2 * u
        emblem = QRectF(pad, r.height() * 0.2, r.height() * 0.6, r.height() * 0.6)
        _rounded(p, emblem, emblem.height() * 0.22, EMBLEM, None)
        draw_text(p, emblem, self.tr("税"), emblem.height() * 0.62, TEXT, bold=True)
        clock_w = 17 * u
        clock_rect = QRectF(r.right() - pad - clock_w, 0, clock_w, r.height())
        draw_text(p, clock_rect, self.clock_text, 5.2 * u, TEXT, bold=True, align=Qt.AlignmentFlag.AlignRight)
        date_w = 20 * u
        date_left = clock_rect.left() - date_w - 1.5 * u
        half = r.height() / 2
        right = Qt.AlignmentFlag.AlignRight
        draw_text(
            p, QRectF(date_left, half * 0.25, date_w, half * 0.8), self.date_text, 2.6 * u, MUTED, align=right
        )
        draw_text(
            p,
            QRectF(date_left, half * 0.95, date_w, half * 0.8),
            self.weekday_text,
            2.6 * u,
            MUTED,
            align=right,
        )
        name_left = emblem.right() + 1.6 * u
        name_rect = QRectF(name_left, 0, date_left - name_left - 2 * u, r.height())
        draw_text(p, name_rect, self.point_name, 4.4 * u, TEXT, bold=True, align=Qt.AlignmentFlag.AlignLeft)
        p.end()


class Banner(_Panel):
    """A red bar across the board while the database cannot be reached."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = ""

    def show_text(self, text: str) -> None:
        self.text = text
        self.setVisible(bool(text))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        p, r = self._painter(), QRectF(self.rect())
        p.fillRect(r, ALERT)
        draw_text(
            p, r.adjusted(2 * self.unit, 0, -2 * self.unit, 0), self.text, 3.2 * self.unit, TEXT, bold=True
        )
        p.end()


class WindowTile(_Panel):
    """One window: its name on a strip, the ticket called to it in big digits (or 空闲 / 暂停)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view: WindowView | None = None
        self.category_names: dict[str, str] = {}  # category code -> name in the interface language
        self.latest = False  # the window of the latest call: outlined
        self.flash_until = 0.0
        self.flash_on = False

    @property
    def number(self) -> int:
        return self.view.number if self.view else 0

    @property
    def ticket_text(self) -> str:
        """What the big line says: the ticket number, or the window's state."""
        if self.view is None:
            return ""
        if self.view.ticket is not None:
            return self.view.ticket.number
        return self.tr("暂停") if self.view.state == "paused" else self.tr("空闲")

    @property
    def detail_text(self) -> str:
        ticket = self.view.ticket if self.view else None
        if ticket is None:
            return ""
        if ticket.channel == "green":
            name = self.tr("绿色通道")
        else:
            name = self.category_names.get(ticket.category, ticket.category_name)
        return self.tr("{category} · 办理中").format(category=name) if ticket.status == "serving" else name

    @property
    def name(self) -> str:
        return window_label(self.view.number, self.view.name) if self.view else ""

    @property
    def flashing(self) -> bool:
        return self.flash_until > time.monotonic()

    def set_view(self, view: WindowView, latest: bool) -> None:
        self.view, self.latest = view, latest
        self.setAccessibleName(f"{self.name} {self.ticket_text}")
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        if self.view is None:
            return
        p, u = self._painter(), self.unit
        r = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        radius = min(r.width(), r.height()) * 0.07
        ticket = self.view.ticket
        flash = self.flashing and self.flash_on
        outlined = bool((self.latest or self.flashing) and ticket)
        edge = CALLED if outlined else PANEL_EDGE
        _rounded(p, r, radius, FLASH_BACK if flash else PANEL, edge, 0.45 * u if outlined else 1.5)
        strip = QRectF(r.left(), r.top(), r.width(), r.height() * 0.26)
        p.save()
        p.setClipRect(strip)
        _rounded(p, r.adjusted(1, 1, -1, -1), radius, STRIP if ticket else STRIP_IDLE, None)
        p.restore()
        draw_text(p, strip.adjusted(u, 0, -u, 0), self.name, 3.4 * u, TEXT if ticket else MUTED, bold=True)
        body = QRectF(r.left() + 2 * u, strip.bottom(), r.width() - 4 * u, r.height() * 0.5)
        detail = QRectF(r.left() + u, body.bottom(), r.width() - 2 * u, r.bottom() - body.bottom() - 0.6 * u)
        if ticket is None:
            colour = PAUSED if self.view.state == "paused" else DIM
            draw_text(p, body, self.ticket_text, 5 * u, colour, bold=True)
        else:
            colour = GREEN_CHANNEL if ticket.channel == "green" else CALLED
            if ticket.status == "serving":
                colour = SERVING
            draw_text(p, body, ticket.number, 11 * u, FLASH_TEXT if flash else colour, bold=True)
            draw_text(p, detail, self.detail_text, 2.5 * u, FLASH_TEXT if flash else MUTED)
        p.end()


class WindowsPanel(_Panel):
    """Tiles for the windows that are open or have a ticket, in a grid that fills the panel."""

    ASPECT = 1.5  # tile width / height the grid aims for

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tiles: dict[int, WindowTile] = {}
        self.category_names: dict[str, str] = {}  # category code -> name in the interface language

    def set_windows(self, windows: list[WindowView], latest_window: int | None) -> None:
        shown = [w for w in windows if w.state != "closed" or w.ticket is not None]
        for number in set(self.tiles) - {w.number for w in shown}:
            self.tiles.pop(number).deleteLater()
        for view in shown:
            tile = self.tiles.get(view.number)
            if tile is None:
                tile = self.tiles[view.number] = WindowTile(self)
                tile.set_unit(self.unit)
                tile.show()
            tile.category_names = self.category_names
            tile.set_view(view, view.number == latest_window)
        self._place_tiles()
        self.update()

    def set_unit(self, unit: float) -> None:
        super().set_unit(unit)
        for tile in self.tiles.values():
            tile.set_unit(unit)
        self._place_tiles()

    def resizeEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        self._place_tiles()

    def _place_tiles(self) -> None:
        tiles = [self.tiles[n] for n in sorted(self.tiles)]
        if not tiles:
            return
        gap = 1.2 * self.unit
        width, height = self.width(), self.height()
        best = (0.0, 1, 1)
        for cols in range(1, len(tiles) + 1):
            rows = math.ceil(len(tiles) / cols)
            w, h = (width - gap * (cols - 1)) / cols, (height - gap * (rows - 1)) / rows
            size = min(w / self.ASPECT, h)
            if size > best[0]:
                best = (size, cols, rows)
        _size, cols, rows = best
        w = (width - gap * (cols - 1)) / cols
        h = min((height - gap * (rows - 1)) / rows, w / 1.1, 34 * self.unit)
        w = min(w, h * 2.4)
        left = (width - (cols * w + (cols - 1) * gap)) / 2
        for i, tile in enumerate(tiles):
            row, col = divmod(i, cols)
            tile.setGeometry(round(left + col * (w + gap)), round(row * (h + gap)), round(w), round(h))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        if self.tiles:
            return
        p = self._painter()
        draw_text(p, QRectF(self.rect()), self.tr("暂无窗口开放"), 4 * self.unit, DIM)
        p.end()


class RecentPanel(_Panel):
    """The latest call in a large card, the calls before it in a list below."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.calls: list[Call] = []
        self.window_names: dict[int, str] = {}
        self.count = 8
        self.flash_until = 0.0
        self.flash_on = False

    def set_calls(self, calls_: list[Call], window_names: dict[int, str], count: int) -> None:
        self.calls, self.window_names, self.count = calls_[:count], window_names, count
        self.update()

    def window_name(self, number: int) -> str:
        return window_label(number, self.window_names.get(number, ""))

    def lines(self) -> list[str]:
        """The calls as shown, newest first: "A012 → 3号窗口"."""
        return [f"{c.number} → {self.window_name(c.window)}" for c in self.calls]

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        p, u = self._painter(), self.unit
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        _rounded(p, r, 1.2 * u, PANEL, PANEL_EDGE)
        inner = r.adjusted(1.6 * u, 0, -1.6 * u, -1.2 * u)
        title = QRectF(inner.left(), r.top(), inner.width(), 6.5 * u)
        draw_text(p, title, self.tr("最近叫号"), 3 * u, MUTED, bold=True, align=Qt.AlignmentFlag.AlignLeft)
        rows = max(0, self.count - 1)
        card_h = min(inner.height() * (0.42 if rows else 1.0), 30 * u)
        card = QRectF(inner.left(), title.bottom(), inner.width(), card_h)
        self._paint_card(p, card)
        if rows:
            top = card.bottom() + 1.2 * u
            row_h = min((inner.bottom() - top) / rows, 8 * u)
            for i, call in enumerate(self.calls[1:]):
                self._paint_row(p, QRectF(inner.left(), top + i * row_h, inner.width(), row_h), call, i)
        p.end()

    def _paint_card(self, p: QPainter, card: QRectF) -> None:
        u = self.unit
        flash = self.flash_until > time.monotonic() and self.flash_on
        _rounded(p, card, 1.2 * u, FLASH_BACK if flash else RAISED, CALLED, 0.4 * u)
        if not self.calls:
            draw_text(p, card, self.tr("暂无叫号"), 4 * u, DIM)
            return
        call = self.calls[0]
        ink, soft = (FLASH_TEXT, FLASH_TEXT) if flash else (CALLED, TEXT)
        top = QRectF(
            card.left() + u, card.top() + card.height() * 0.06, card.width() - 2 * u, card.height() * 0.5
        )
        bottom = QRectF(card.left() + u, top.bottom(), card.width() - 2 * u, card.height() * 0.36)
        draw_text(p, top, call.number, 12 * u, ink, bold=True)
        text = self.tr("请到 {window} 办理").format(window=self.window_name(call.window))
        if call.kind == "recalled":
            text = self.tr("重呼：") + text
        draw_text(p, bottom, text, 4 * u, soft, bold=True)

    def _paint_row(self, p: QPainter, row: QRectF, call: Call, index: int) -> None:
        u = self.unit
        if index % 2 == 0:
            p.fillRect(row, SUNKEN)
        h = row.height()
        left = Qt.AlignmentFlag.AlignLeft
        number = QRectF(row.left() + u, row.top(), row.width() * 0.3, h)
        draw_text(p, number, call.number, min(h * 0.62, 4 * u), CALLED, bold=True, align=left)
        window = QRectF(number.right(), row.top(), row.width() * 0.44, h)
        draw_text(p, window, f"→ {self.window_name(call.window)}", min(h * 0.52, 3.4 * u), TEXT, align=left)
        rest = QRectF(window.right(), row.top(), row.right() - window.right() - u, h)
        tag = self.tr("重呼") + "  " if call.kind == "recalled" else ""
        right = Qt.AlignmentFlag.AlignRight
        draw_text(p, rest, tag + call.at.strftime("%H:%M"), min(h * 0.42, 2.6 * u), MUTED, align=right)


class QueuePanel(_Panel):
    """How many are waiting per category: "A 综合服务 12人" with the category's colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.queues: list[QueueLine] = []
        self.category_names: dict[str, str] = {}  # category code -> name in the interface language

    def set_queues(self, queues: list[QueueLine]) -> None:
        self.queues = list(queues)
        self.update()

    def count_text(self, line: QueueLine) -> str:
        return self.tr("{count}人").format(count=line.waiting)

    def name(self, line: QueueLine) -> str:
        return self.category_names.get(line.category, line.name)

    def texts(self) -> list[str]:
        return [f"{q.prefix} {self.name(q)} {self.count_text(q)}" for q in self.queues]

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        p, u = self._painter(), self.unit
        r = QRectF(self.rect())
        p.fillRect(r, SUNKEN)
        p.fillRect(QRectF(r.left(), r.top(), r.width(), 0.2 * u), PANEL_EDGE)
        if not self.queues:
            p.end()
            return
        pad = 1.6 * u
        left = Qt.AlignmentFlag.AlignLeft
        big = r.height() >= 16 * u  # the whole board (only this panel shown), not a footer strip
        if big:
            title = QRectF(pad, 0, r.width() - 2 * pad, 9 * u)
            draw_text(p, title, self.tr("各类业务等候人数"), 4 * u, MUTED, bold=True, align=left)
            area = QRectF(pad, title.bottom(), r.width() - 2 * pad, r.height() - title.bottom() - pad)
            cols = min(3, len(self.queues))
        else:
            label = QRectF(pad, 0, 11 * u, r.height())
            draw_text(p, label, self.tr("等候人数"), 2.8 * u, MUTED, bold=True, align=left)
            area = QRectF(label.right(), r.height() * 0.16, r.width() - label.right() - pad, r.height() * 0.7)
            cols = len(self.queues)
        rows = math.ceil(len(self.queues) / cols)
        gap = 1.0 * u
        h = (area.height() - gap * (rows - 1)) / rows
        if big:
            h = min(h, 22 * u)
            area.moveTop(area.top() + (area.height() - rows * h - (rows - 1) * gap) / 2 * 0.6)
        # One text size for every chip, each chip as wide as its text: a long category name
        # (社保费及非税收入) gets the room a short one does not need, instead of shrinking alone.
        scale = 2.2 if big else 1.0
        name_px, count_px = min(h * 0.45, 2.6 * u * scale), min(h * 0.55, 3.4 * u * scale)
        parts = [self._widths(line, h, name_px, count_px) for line in self.queues]
        room = area.width() - gap * (cols - 1)
        shrink = 1.0
        for i in range(0, len(parts), cols):
            fixed = sum(f for f, _t in parts[i : i + cols])
            text = sum(t for _f, t in parts[i : i + cols])
            if text and fixed + text > room:
                shrink = min(shrink, max(0.1, (room - fixed) / text))
        name_px, count_px = name_px * shrink, count_px * shrink
        for row_start in range(0, len(self.queues), cols):
            widths = [f + t * shrink for f, t in parts[row_start : row_start + cols]]
            extra = (room - sum(widths)) / len(widths)
            x = area.left()
            top = area.top() + (row_start // cols) * (h + gap)
            for offset, width in enumerate(widths):
                index = row_start + offset
                chip = QRectF(x, top, width + extra, h)
                self._paint_chip(p, chip, self.queues[index], index, name_px, count_px)
                x += width + extra + gap
        p.end()

    def _widths(self, line: QueueLine, h: float, name_px: float, count_px: float) -> tuple[float, float]:
        """A chip's fixed width (spacing) and the width that scales with the text (badge and words)."""
        u = self.unit
        name = QFontMetricsF(board_font(name_px)).horizontalAdvance(self.name(line))
        count = QFontMetricsF(board_font(count_px, True)).horizontalAdvance(self.count_text(line))
        return 0.8 * u + 0.8 * u + 1.6 * u + 1.0 * u, min(h * 0.72, count_px * 1.25) + name + count

    def _paint_chip(self, p, chip: QRectF, line: QueueLine, index: int, name_px: float, count_px: float):
        u = self.unit
        _rounded(p, chip, 0.8 * u, PANEL, PANEL_EDGE)
        side = min(chip.height() * 0.72, count_px * 1.25)
        badge = QRectF(chip.left() + 0.8 * u, chip.center().y() - side / 2, side, side)
        _rounded(p, badge, side * 0.2, theme.colour(f"category_{index % len(theme.CATEGORY_COLOURS)}"), None)
        draw_text(p, badge, line.prefix, side * 0.7, TEXT, bold=True)
        right, left = Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft
        inner = QRectF(
            badge.right() + 0.8 * u, chip.top(), chip.right() - badge.right() - 1.8 * u, chip.height()
        )
        colour = CALLED if line.waiting else DIM
        draw_text(p, inner, self.count_text(line), count_px, colour, bold=True, align=right)
        draw_text(p, inner, self.name(line), name_px, TEXT, align=left)
