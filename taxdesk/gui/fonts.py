"""The bundled Chinese font (WenQuanYi Micro Hei) and fonts that use it explicitly.

Tickets and print-outs must look the same on every desk, including Windows or Linux machines with no
Chinese font at all (where Qt would draw boxes) or only a Japanese one (where Qt would pick Japanese glyph
forms for shared code points). So the ticket renderer never relies on font fallback: it names the bundled
family, a Simplified Chinese design that also covers Latin, digits and GBK's 20 000+ ideographs.

:func:`ensure_fonts` needs a QGuiApplication. Call it once on the main thread at start-up; after that,
fonts from :func:`cjk_font` may be used to paint QImages, PDFs and printers on any thread.
"""

from __future__ import annotations

import threading

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from taxdesk.paths import resource_path

FONT_FILE = ("fonts", "wqy-microhei.ttc")
FAMILY = "WenQuanYi Micro Hei"  # the proportional face of the collection (the other is "… Mono")

_lock = threading.Lock()
_family: str | None = None


def ensure_fonts() -> str:
    """Register the bundled font with Qt (once) and return its family name.

    Raises RuntimeError if there is no QGuiApplication, the font file is missing, or Qt cannot load it.
    """
    global _family
    with _lock:
        if _family is not None:
            return _family
        if QGuiApplication.instance() is None:
            raise RuntimeError("ensure_fonts() needs a QGuiApplication: create the application first")
        path = resource_path(*FONT_FILE)
        if not path.is_file():
            raise RuntimeError(f"the bundled Chinese font is missing: {path} (reinstall TaxDesk)")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"Qt could not load the bundled Chinese font {path}")
        families = QFontDatabase.applicationFontFamilies(font_id)
        if FAMILY not in families:
            raise RuntimeError(f"{path} holds {families}, not the expected family {FAMILY!r}")
        _family = FAMILY
        return _family


def cjk_font(point_size: float, bold: bool = False) -> QFont:
    """The bundled family, named explicitly, at ``point_size`` points (resolved against the DPI of the
    device painted on). The font has no bold face; Qt emboldens it, and the PDF writer keeps that as text.
    """
    font = QFont()
    # Only the bundled family: everything it covers is drawn from it, so Chinese never comes out in a
    # Japanese or Traditional design. Qt may still fall back to a system font for a character beyond it
    # (a rare name character), which is better than a box.
    font.setFamilies([ensure_fonts()])
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
