"""The forecast follows a change of level: part of one service's work moving online (its category 40 % down
from a date), another growing 30 % — measured against the true means of a generated history, next to the
backtest's two baselines. Without a change, and with one odd week, nothing is adjusted.

The histories are two years (what the forecast of a busy hall fits on, and where a model of years lags a
recent change most); the database does not matter here, so SQLite only.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from synthetic_history import Shift, truth_errors, write_history

from taxdesk.core import forecast_model
from taxdesk.core.db import Database
from taxdesk.core.demo import populate

HISTORY = (date(2023, 11, 27), date(2025, 11, 23))
WEEKS = ("2025-W46", "2025-W47")  # four to six weeks after the change
MOVED_ONLINE = Shift("INV", date(2025, 10, 13), 0.6)
GROWING = Shift("GEN", date(2025, 10, 20), 1.3)


@pytest.fixture
def hall(sqlite_url):
    db = Database(sqlite_url)
    populate(db, history_days=0)
    yield db
    db.dispose()


def test_after_a_change_the_forecast_follows_the_new_level(hall, monkeypatch):
    shifts = (MOVED_ONLINE, GROWING)
    counts: dict = {}
    write_history(hall, *HISTORY, seed=5, shifts=shifts, counts=counts)

    measured = truth_errors(hall, WEEKS, counts, shifts)
    assert measured.ratio <= 0.5

    # What the change costs a model that does not look for it: it lags.
    monkeypatch.setattr(forecast_model, "SHIFT_Z", float("inf"))
    lagging = truth_errors(hall, WEEKS, counts, shifts)
    monkeypatch.undo()
    assert lagging.ratio > 0.5 and measured.model < 0.6 * lagging.model
    assert all(not any(f.level_changes.values()) for f in lagging.forecasts)

    # Each category's change is told: since when and by about how much; the others did not change.
    changes = measured.forecasts[-1].level_changes
    inv, gen = changes["INV"], changes["GEN"]
    assert inv.start == date(2025, 10, 13) and inv.change == pytest.approx(-0.4, abs=0.1)
    assert inv.weeks == 5  # 13 October to the Sunday before week 47
    assert date(2025, 10, 13) <= gen.start <= date(2025, 10, 27) and 0.1 <= gen.change <= 0.45
    assert all(changes[code] is None for code in changes if code not in ("INV", "GEN"))

    data = json.loads(json.dumps(measured.forecasts[-1].to_json()))["level_changes"]
    assert data["INV"] == {"changed": True, "since": "2025-10-13", "change": round(inv.change, 3), "weeks": 5}
    assert data["SSF"] == {"changed": False}


def test_without_a_change_nothing_is_adjusted(hall):
    counts: dict = {}
    write_history(hall, *HISTORY, seed=6, counts=counts)
    measured = truth_errors(hall, WEEKS, counts)
    assert measured.ratio < 0.25  # as good as before level changes were looked for (0.20)
    assert all(not any(f.level_changes.values()) for f in measured.forecasts)


def test_one_odd_week_does_not_swing_the_level(hall):
    """A week when twice the invoices came (a one-off), two weeks before the forecast, then back to normal:
    no change is found and the forecast stays close to the truth."""
    odd = (Shift("INV", date(2025, 11, 3), 2.0, end=date(2025, 11, 10)),)
    counts: dict = {}
    write_history(hall, *HISTORY, seed=7, shifts=odd, counts=counts)
    measured = truth_errors(hall, ("2025-W47",), counts, odd)
    assert measured.forecasts[0].level_changes["INV"] is None
    assert measured.ratio < 0.3
