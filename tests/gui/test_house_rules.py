"""The GUI house keeps its shape: pages on one base, colours and style rules in the theme, capability
folders instead of prefixed modules, a command-line package of small modules."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from taxdesk.gui import theme
from taxdesk.gui.main_window import PAGES
from taxdesk.gui.page import Page

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "taxdesk" / "gui"
HAND_WRITTEN = [p for p in GUI.rglob("*.py") if "forms" not in p.parts]
COLOUR_LITERAL = re.compile(r"""["']#[0-9a-fA-F]{3,8}["']""")
PREFIXES = ("advice_", "board_", "booking_", "network_", "roster_", "staffing_", "calendar_", "service_")


def _source(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("mode", PAGES)
def test_every_page_of_the_main_window_is_a_page(mode):
    module, name, _permission = PAGES[mode]
    assert issubclass(getattr(importlib.import_module(module), name), Page)


def test_no_colour_literal_or_style_sheet_outside_the_theme():
    offenders = []
    for path in HAND_WRITTEN:
        if path.name == "theme.py" and path.parent == GUI:
            continue
        text = _source(path)
        if COLOUR_LITERAL.search(text) or "setStyleSheet(" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_no_page_keeps_its_own_stop_guard_or_read_again_flags():
    pattern = re.compile(r"self\._(stopped|again|refresh_again|load_again)\b")
    offenders = [
        str(p.relative_to(ROOT)) for p in HAND_WRITTEN if p.name != "page.py" and pattern.search(_source(p))
    ]
    assert offenders == []


def test_the_style_sheet_names_only_colours_the_theme_has():
    sheet = theme.style_sheet()
    assert "@" not in re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    assert len(sheet) > 1000  # base.qss and the capabilities' files were all read


def test_the_gui_folder_has_capability_packages_not_prefixed_modules():
    flat = [p.name for p in GUI.glob("*.py") if p.name.startswith(PREFIXES)]
    assert flat == []
    packages = {p.name for p in GUI.iterdir() if (p / "__init__.py").exists()}
    assert {"desk", "board", "booking", "network", "staffing", "roster", "printing", "widgets"} <= packages


def test_the_command_line_is_a_package_of_small_modules():
    assert not (ROOT / "taxdesk" / "cli.py").exists()
    sizes = {p.name: len(_source(p).splitlines()) for p in (ROOT / "taxdesk" / "cli").glob("*.py")}
    assert sizes and max(sizes.values()) <= 300, sizes
