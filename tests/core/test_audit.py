"""The audit trail: entries chained by hashes, appended without forking by several desks at once, checked
by verify (which names the first broken entry after a row is changed or deleted directly in the database),
pruned to the retention with a checkpoint the rest of the chain continues from."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from taxdesk.core import audit, clock, settings
from taxdesk.core.db import Database
from taxdesk.core.db.models import AuditEntry
from taxdesk.core.errors import InvalidInput

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=clock.LOCAL_TZ)


def _append(db, count, *, start=NOW, step=timedelta(minutes=1), actor="S001", kind="test.edit"):
    ids = []
    for n in range(count):
        with db.transaction() as session:
            entry = audit.record(session, actor, kind, f"object {n}", {"v": n}, {"v": n + 1}, at=start + n * step)
            ids.append(entry.id)
    return ids


def _rows(db):
    with db.session() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()


# ------------------------------------------------------------------------------------------------ record


def test_entries_chain_each_to_the_one_before(db):
    ids = _append(db, 4)
    rows = _rows(db)
    assert [r.id for r in rows] == ids
    assert rows[0].prev_hash == audit.GENESIS
    for before, after in zip(rows, rows[1:], strict=False):
        assert after.prev_hash == before.hash
    for row in rows:
        assert row.hash == audit.entry_hash(
            row.prev_hash, row.at, row.actor, row.host, row.kind, row.object, row.before, row.after
        )
    assert rows[2].at == NOW + timedelta(minutes=2) and rows[2].at.tzinfo is not None
    assert json.loads(rows[1].before) == {"v": 1} and rows[1].after == '{"v":2}'
    assert rows[0].host == audit.this_host() and rows[0].host


def test_the_entry_commits_with_the_change_or_not_at_all(db):
    _append(db, 1)
    with pytest.raises(RuntimeError), db.transaction() as session:
        audit.record(session, "S001", "test.edit", "rolled back")
        raise RuntimeError("the audited change failed")
    assert [r.object for r in _rows(db)] == ["object 0"]
    assert audit.verify(db).ok


def test_two_entries_in_one_transaction_chain(db):
    with db.transaction() as session:
        first = audit.record(session, "S001", "a.one", "x")
        second = audit.record(session, "S001", "a.two", "y")
        assert second.prev_hash == first.hash
    assert audit.verify(db).checked == 2


def test_personal_data_is_masked_in_the_log():
    masked = audit.mask_personal(
        {
            "taxpayer_name": "张小三",
            "phone": "13812345678",
            "id_number": "330102199001011234",
            "nested": [{"mobile": "13900001111"}],
            "note": "called 13812345678 about 330102199001011234",
            "service": "增值税申报",
            "count": 3,
        }
    )
    assert masked == {
        "taxpayer_name": "张*三",
        "phone": "138****5678",
        "id_number": "3301**********1234",
        "nested": [{"mobile": "139****1111"}],
        "note": "called 138****5678 about 3301**********1234",
        "service": "增值税申报",
        "count": 3,
    }


def test_record_masks_before_and_after(db):
    with db.transaction() as session:
        audit.record(session, "S001", "booking.override", "B1", {"phone": "13812345678"}, {"x": "13812345678"})
    row = _rows(db)[0]
    assert "13812345678" not in row.before + row.after and "138****5678" in row.before


def test_bad_actor_or_kind_is_refused_and_nothing_is_written(db):
    for actor, kind in (("", "k"), ("S\x00", "k"), ("x" * 41, "k"), ("S001", "")):
        with pytest.raises(InvalidInput), db.transaction() as session:
            audit.record(session, actor, kind, "o")
    assert _rows(db) == []


WORKER = Path(__file__).with_name("audit_worker.py")


def test_four_desks_appending_at_once_make_one_linear_chain(db):
    """prev_hash is unique: a desk that lost the race for the head retries on the new head. On SQLite the
    write lock serialises the desks; on PostgreSQL the retry does the work."""
    processes, per_process = 4, 25
    start = time.time() + 2.0
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), db.url, f"D{n}", str(start), str(per_process)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(processes)
    ]
    outputs = [proc.communicate(timeout=180) for proc in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    printed = [int(i) for out, _err in outputs for i in out.split()]
    assert len(printed) == len(set(printed)) == processes * per_process
    rows = _rows(db)
    assert len(rows) == processes * per_process
    assert rows[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))
    # every desk's entries are all there, each in the order that desk wrote them
    for n in range(processes):
        mine = [r.object for r in rows if r.actor == f"D{n}"]
        assert mine == [f"D{n} {k}" for k in range(per_process)]
    result = audit.verify(db)
    assert result.ok and result.checked == processes * per_process and result.head_id == rows[-1].id
