"""Generated files (Designer forms, compiled translations) match their sources (STYLE.md rule 10)."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtWidgets import QApplication

from taxdesk import devtools
from taxdesk.gui import i18n

UIC_STAMP = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.MULTILINE)


@pytest.mark.parametrize("ui_file", sorted(devtools.UI_DIR.glob("*.ui")), ids=lambda p: p.name)
def test_compiled_form_is_current(ui_file, tmp_path):
    committed = devtools.FORMS_DIR / f"ui_{ui_file.stem}.py"
    fresh = tmp_path / committed.name
    devtools.compile_form(ui_file, fresh)
    assert committed.exists(), f"run `make forms`: {committed} is missing"
    assert UIC_STAMP.sub("", committed.read_text()) == UIC_STAMP.sub("", fresh.read_text()), (
        f"{committed} is stale: run `make forms`"
    )


def test_every_form_has_its_compiled_module():
    forms = {p.stem for p in devtools.UI_DIR.glob("*.ui")}
    compiled = {p.stem.removeprefix("ui_") for p in devtools.FORMS_DIR.glob("ui_*.py")}
    assert forms == compiled


@pytest.mark.parametrize("language", devtools.LANGUAGES)
def test_translation_source_is_current_and_complete(language, tmp_path):
    committed = devtools.TRANSLATIONS_DIR / f"taxdesk_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    devtools.update_ts(fresh, language)
    text = fresh.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, (
        f"untranslated strings in {committed.name}: run `make translations`"
    )
    assert text == committed.read_text(encoding="utf-8"), (
        f"{committed.name} is stale: run `make translations`"
    )


@pytest.mark.parametrize("language", devtools.LANGUAGES)
def test_compiled_translation_is_current(language, tmp_path):
    ts_file = devtools.TRANSLATIONS_DIR / f"taxdesk_{language}.ts"
    fresh = tmp_path / f"taxdesk_{language}.qm"
    devtools.compile_ts(ts_file, fresh)
    assert fresh.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_the_interface_speaks_english_when_asked(qtbot):
    from taxdesk.gui.desk.verify_dialog import VerifyDialog

    app = QApplication.instance()
    try:
        i18n.install(app, "en")
        dialog = VerifyDialog(None, None)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Verify ticket"
        assert dialog.ui.verifyButton.text() == "Verify"
    finally:
        i18n.install(app, "zh_CN")
    dialog = VerifyDialog(None, None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "验票"


def test_every_interface_string_is_one_lupdate_can_see():
    """lupdate finds self.tr("…"), QCoreApplication.translate("Context", "…") and QT_TRANSLATE_NOOP; a string
    literal handed to a helper (``_tr("…")``) is never extracted and stays Chinese in English."""
    import ast

    hidden = []
    for path in sorted(devtools.translation_sources()):
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id.startswith("_tr")
                and node.args
                and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
            ):
                hidden.append(f"{path.name}:{node.lineno}")
    assert hidden == [], (
        "use QCoreApplication.translate(CONTEXT_STRING, …) or QT_TRANSLATE_NOOP at " + ", ".join(hidden)
    )


@pytest.mark.parametrize("ts_file", devtools.QT_SUPPLEMENTS, ids=lambda path: path.name)
def test_compiled_qt_supplement_is_current(ts_file, tmp_path):
    fresh = tmp_path / ts_file.with_suffix(".qm").name
    devtools.compile_ts(ts_file, fresh)
    assert fresh.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), "run `make translations`"
