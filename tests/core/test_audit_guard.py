"""The audit trail's own permissions, checked by the core (SQLite and PostgreSQL): supervisors and
administrators read, verify and export it and see its retention; administrators set the retention;
administrators and the system actor prune it. Everyone else is refused before anything is read or written,
and what is recorded names the acting person's code."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from signing_in import auditor
from sqlalchemy import func, select

from taxdesk.core import audit, clock, settings
from taxdesk.core.db.models import AuditEntry
from taxdesk.core.errors import NotAllowed, NotSignedIn
from taxdesk.core.roles import SYSTEM, Actor

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=clock.LOCAL_TZ)
ADMIN = auditor("A001", "admin")
SUPERVISOR = auditor("H01", "supervisor")
NOBODY = None
MUST_CHANGE = Actor(None, "A002", "新管理员", frozenset({"admin"}), must_change=True)
WINDOW = auditor("W01", "window")
FRONT_DESK = auditor("F01", "front_desk")
AGENT = Actor(None, "T01", "代办员", frozenset({"agent"}), point="HALL")


def _seed(db) -> None:
    """Two old entries (pruned at NOW) and a young one."""
    for days in (400, 300, 1):
        with db.transaction() as session:
            audit.record(session, "S001", "test.edit", f"{days}d", {"d": days}, at=NOW - timedelta(days=days))


def _trail(db) -> list[tuple]:
    with db.session() as session:
        return list(session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id)))


def _retention_setting(db):
    with db.session() as session:
        return settings.get(session, audit.RETENTION_SETTING, None)


def operations(db, tmp_path):
    """Every function of the trail that takes an actor, as a function of the actor."""
    return {
        "verify": lambda a: audit.verify(db, actor=a),
        "entries": lambda a: audit.entries(db, audit.Filters(kind="test."), actor=a),
        "export": lambda a: audit.export(db, tmp_path / "trail.xlsx", actor=a),
        "retention": lambda a: audit.retention(db, actor=a),
        "seen": lambda a: audit.seen(db, actor=a),
        "set_retention": lambda a: audit.set_retention(db, 9, actor=a),
        "prune": lambda a: audit.prune(db, actor=a, now=NOW),
    }


READERS = [ADMIN, SUPERVISOR]
ALLOWED = {
    "verify": READERS,
    "entries": READERS,
    "export": READERS,
    "retention": READERS,
    "seen": READERS,
    "set_retention": [ADMIN],
    "prune": [ADMIN, SYSTEM],
}
EVERYONE = [ADMIN, SUPERVISOR, SYSTEM, WINDOW, FRONT_DESK, AGENT]


@pytest.mark.parametrize("operation", list(ALLOWED))
def test_who_is_refused_changes_and_learns_nothing(db, tmp_path, operation):
    _seed(db)
    run = operations(db, tmp_path)[operation]
    refused = [a for a in EVERYONE if a not in ALLOWED[operation]]
    assert refused  # every operation refuses someone
    before, kept = _trail(db), _retention_setting(db)
    for actor in refused:
        with pytest.raises(NotAllowed) as why:
            run(actor)
        assert why.value.key == "not_allowed" and why.value.params["staff"] == actor.code
    for actor in (NOBODY, MUST_CHANGE):
        with pytest.raises(NotSignedIn):
            run(actor)
    assert _trail(db) == before  # nothing recorded, nothing pruned
    assert _retention_setting(db) == kept == str(audit.MIN_RETENTION_MONTHS)
    assert not (tmp_path / "trail.xlsx").exists()


def test_readers_read_verify_and_export(db, tmp_path):
    _seed(db)
    for actor in READERS:
        assert audit.verify(db, actor=actor).ok
        assert [e.object for e in audit.entries(db, audit.Filters(kind="test."), actor=actor)] == [
            "1d",
            "300d",
            "400d",
        ]
        assert audit.retention(db, actor=actor) == audit.MIN_RETENTION_MONTHS
        assert audit.seen(db, actor=actor)[0][-1] == "S001" and "test.edit" in audit.seen(db, actor=actor)[1]
        target = tmp_path / f"{actor.code}.csv"
        assert audit.export(db, target, audit.Filters(kind="test."), actor=actor) == 3
        assert target.exists()
    exports = [e for e in audit.entries(db, actor=ADMIN) if e.kind == "audit.export"]
    assert [(e.actor, e.object) for e in exports] == [("H01", "H01.csv"), ("A001", "A001.csv")]
    assert audit.verify(db, actor=SUPERVISOR).ok


def test_an_administrator_sets_the_retention_and_is_recorded(db):
    assert audit.set_retention(db, 9, actor=ADMIN) == 9
    assert audit.retention(db, actor=SUPERVISOR) == 9
    [entry] = audit.entries(db, actor=ADMIN)
    assert (entry.actor, entry.kind, json.loads(entry.after)) == ("A001", "settings.change", {"value": 9})


@pytest.mark.parametrize("actor", [ADMIN, SYSTEM], ids=["administrator", "system"])
def test_the_administrator_and_the_system_prune(db, actor):
    _seed(db)
    result = audit.prune(db, actor=actor, now=NOW)
    assert result.pruned == 2
    with db.session() as session:
        checkpoint = session.get(AuditEntry, result.checkpoint_id)
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 2
    assert (checkpoint.kind, checkpoint.actor) == (audit.CHECKPOINT, actor.code)
    assert SYSTEM.code == audit.SYSTEM  # the scheduled prune is recorded as the system actor
    assert audit.verify(db, actor=ADMIN).ok
