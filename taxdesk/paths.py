"""Where TaxDesk finds its bundled resources (from a source checkout or inside a PyInstaller bundle) and
where it keeps its own data."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen build
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The per-user folder of TaxDesk's own data: the embedded database and its backups (Linux
    ``~/.local/share/TaxDesk``, Windows ``%LOCALAPPDATA%\\TaxDesk``). Only its owner may enter it."""
    return Path(platformdirs.user_data_dir("TaxDesk", appauthor=False))
