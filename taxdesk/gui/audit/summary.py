"""A short, readable "before → after" of one audit entry (``name: 张*三 → 李*四; active: true → false``),
and the full values laid out for the detail pane. Plain Python on the stored JSON: no Qt, no database."""

from __future__ import annotations

import json

ARROW = " → "
NOTHING = "—"
LIMIT = 160  # characters a table cell shows; the detail pane has the rest


def _load(text: str | None):
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text  # not JSON (written behind the core's back): shown as it is


def value_text(value) -> str:
    """One value as a person reads it: text as it is, lists joined by commas, the rest as JSON."""
    if value is None:
        return NOTHING
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summary(before: str | None, after: str | None, limit: int = LIMIT) -> str:
    """What changed, in one line of at most ``limit`` characters: for two objects, each key whose value
    changed as ``key: old → new``; for one side only, its keys and values (``key: value``, or
    ``key: value → —`` for what was removed); otherwise ``old → new``. Empty when nothing was recorded."""
    old, new = _load(before), _load(after)
    if old is None and new is None:
        return ""
    if isinstance(old, dict) and isinstance(new, dict):
        parts = [
            f"{key}: {value_text(old.get(key))}{ARROW}{value_text(new.get(key))}"
            for key in sorted(old.keys() | new.keys())
            if old.get(key) != new.get(key)
        ]
        return _cut("; ".join(parts), limit)
    if old is None and isinstance(new, dict):
        return _cut("; ".join(f"{key}: {value_text(value)}" for key, value in sorted(new.items())), limit)
    if new is None and isinstance(old, dict):
        parts = [f"{key}: {value_text(value)}{ARROW}{NOTHING}" for key, value in sorted(old.items())]
        return _cut("; ".join(parts), limit)
    return _cut(f"{value_text(old)}{ARROW}{value_text(new)}", limit)


def pretty(text: str | None) -> str:
    """A stored value laid out over lines (indented JSON), or — for none."""
    value = _load(text)
    if value is None:
        return NOTHING
    if isinstance(value, str) and value == text:
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)
