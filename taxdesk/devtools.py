"""Developer commands that regenerate committed files from their sources (run through the Makefile).

    python -m taxdesk.devtools forms         ui/*.ui → taxdesk/gui/forms/ui_*.py (pyside6-uic)
    python -m taxdesk.devtools translations  refresh resources/translations/*.ts from the code and forms
                                             (pyside6-lupdate), then compile them to .qm (pyside6-lrelease)

Tests call the same functions to check that the committed copies match their sources.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "taxdesk" / "gui" / "forms"
GUI_DIR = ROOT / "taxdesk" / "gui"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
QT_SUPPLEMENTS = sorted(TRANSLATIONS_DIR.glob("qt_extra_*.ts"))
LANGUAGES = ("en",)


def _tool(name: str) -> str:
    """A Qt tool from the PySide6 wheels, next to the running Python (works in a venv without activation)."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the test extras (pip install -e '.[test]')")
    return found


def compile_form(ui_file: Path, output: Path) -> None:
    subprocess.run([_tool("pyside6-uic"), "-o", str(output), str(ui_file)], check=True)


def build_forms() -> list[Path]:
    outputs = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        output = FORMS_DIR / f"ui_{ui_file.stem}.py"
        compile_form(ui_file, output)
        outputs.append(output)
    return outputs


def translation_sources() -> list[Path]:
    code = [p for p in sorted(GUI_DIR.rglob("*.py")) if FORMS_DIR not in p.parents]
    return code + sorted(UI_DIR.glob("*.ui"))


def update_ts(ts_file: Path, language: str) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *map(str, translation_sources()),
            "-source-language",
            "zh_CN",
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def compile_ts(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def build_translations() -> None:
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = TRANSLATIONS_DIR / f"taxdesk_{language}.ts"
        update_ts(ts_file, language)
        compile_ts(ts_file, ts_file.with_suffix(".qm"))
    for ts_file in QT_SUPPLEMENTS:  # hand-written, for Qt's own strings: compiled, never refreshed
        compile_ts(ts_file, ts_file.with_suffix(".qm"))


def main(argv: list[str]) -> int:
    commands = {"forms": build_forms, "translations": build_translations}
    if len(argv) != 1 or argv[0] not in commands:
        print(f"usage: python -m taxdesk.devtools {{{'|'.join(commands)}}}", file=sys.stderr)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
