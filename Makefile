# TaxDesk — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_DB := var/demo.sqlite3
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test setup demo forms translations benchmarks clean dist screenshots

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

# Opens the front desk on a demo database with two years of history ending yesterday
# (generated on first run, topped up to yesterday on later runs).
run: setup
	$(BIN)/taxdesk --db sqlite:///$(abspath $(DEMO_DB)) init --demo
	$(BIN)/taxdesk --db sqlite:///$(abspath $(DEMO_DB))

test: setup
	$(BIN)/python -m pytest

# Designer forms (ui/*.ui) → taxdesk/gui/forms/ui_*.py
forms: setup
	$(BIN)/python -m taxdesk.devtools forms

# Interface translations: refresh the .ts sources from the code, then compile the .qm files.
translations: setup
	$(BIN)/python -m taxdesk.devtools translations

# The README's pictures (docs/*.png), retaken under Xvfb at 1366×768 on the demo database.
screenshots: setup
	bash docs/screenshots.sh

benchmarks: setup
	$(BIN)/python benchmarks/tickets.py
	$(BIN)/python benchmarks/calls.py
	$(BIN)/python benchmarks/bookings.py
	$(BIN)/python benchmarks/history_import.py
	$(BIN)/python benchmarks/forecast.py
	$(BIN)/python benchmarks/roster.py

clean:
	rm -rf $(VENV) var build dist

# One-folder desktop app in build/dist/taxdesk/ (PyInstaller recipe: installer/taxdesk.spec; see
# installer/README.md for the Windows installer). PyInstaller comes with the `build` extra.
dist: setup
	$(BIN)/python -m pip install --quiet -e '.[build]'
	$(BIN)/pyinstaller installer/taxdesk.spec --noconfirm --distpath build/dist --workpath build/work
