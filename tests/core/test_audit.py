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
from signing_in import auditor
from sqlalchemy import select, text, update

from taxdesk.core import audit, clock, settings
from taxdesk.core.db.models import AuditEntry
from taxdesk.core.errors import InvalidInput

AUDITOR = auditor()  # reads, verifies and prunes the trail

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=clock.LOCAL_TZ)


def _append(db, count, *, start=NOW, step=timedelta(minutes=1), actor="S001", kind="test.edit"):
    ids = []
    for n in range(count):
        with db.transaction() as session:
            at = start + n * step
            entry = audit.record(session, actor, kind, f"object {n}", {"v": n}, {"v": n + 1}, at=at)
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
    assert audit.verify(db, actor=AUDITOR).ok


def test_two_entries_in_one_transaction_chain(db):
    with db.transaction() as session:
        first = audit.record(session, "S001", "a.one", "x")
        second = audit.record(session, "S001", "a.two", "y")
        assert second.prev_hash == first.hash
    assert audit.verify(db, actor=AUDITOR).checked == 2


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
        before, after = {"phone": "13812345678"}, {"x": "13812345678"}
        audit.record(session, "S001", "booking.override", "B1", before, after)
    row = _rows(db)[0]
    assert "13812345678" not in row.before + row.after and "138****5678" in row.before


def test_bad_actor_or_kind_is_refused_and_nothing_is_written(db):
    for actor, kind in (("", "k"), ("S\x00", "k"), ("x" * 41, "k"), ("S001", "")):
        with pytest.raises(InvalidInput), db.transaction() as session:
            audit.record(session, actor, kind, "o")
    assert _rows(db) == []


def test_a_desk_that_read_a_stale_head_retries_on_the_new_one(db, monkeypatch):
    """What the loser of a race sees: its head was taken meanwhile; the unique prev_hash refuses the fork
    inside the SAVEPOINT and the entry goes on the new head, with the caller's own changes kept."""
    _append(db, 2)
    stale = _rows(db)[0].hash
    real_head, reads = audit._head, []

    def head(session):
        reads.append(1)
        return stale if len(reads) == 1 else real_head(session)

    monkeypatch.setattr(audit, "_head", head)
    with db.transaction() as session:
        settings.put(session, settings.BUREAU_NAME, "测试局")
        entry = audit.record(session, "S001", "settings.change", settings.BUREAU_NAME)
    assert len(reads) == 2
    rows = _rows(db)
    assert rows[-1].id == entry.id and rows[-1].prev_hash == rows[-2].hash
    with db.session() as session:
        assert settings.get(session, settings.BUREAU_NAME) == "测试局"
    assert audit.verify(db, actor=AUDITOR).ok


def test_a_desk_that_keeps_losing_gives_up_and_writes_nothing(db, monkeypatch):
    _append(db, 2)
    stale = _rows(db)[0].hash
    monkeypatch.setattr(audit, "_head", lambda session: stale)
    monkeypatch.setattr(audit, "MAX_ATTEMPTS", 3)
    with pytest.raises(audit.AuditBusy), db.transaction() as session:
        settings.put(session, settings.BUREAU_NAME, "不该写入")
        audit.record(session, "S001", "settings.change", settings.BUREAU_NAME)
    assert len(_rows(db)) == 2
    with db.session() as session:
        assert settings.get(session, settings.BUREAU_NAME) == ""


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
    result = audit.verify(db, actor=AUDITOR)
    assert result.ok and result.checked == processes * per_process and result.head_id == rows[-1].id


# ------------------------------------------------------------------------------------------------ verify


def _sql(db, statement, **params):
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_an_empty_trail_verifies(db):
    result = audit.verify(db, actor=AUDITOR)
    assert result.ok and result.checked == 0 and result.head_id is None


def test_an_intact_trail_verifies_and_names_its_head(db):
    ids = _append(db, 5)
    result = audit.verify(db, actor=AUDITOR)
    assert result.ok and result.checked == 5 and result.head_id == ids[-1]
    assert result.head_hash == _rows(db)[-1].hash and result.broken_id is None


@pytest.mark.parametrize(
    "column, value",
    [("after", '{"v":99}'), ("before", None), ("actor", "S999"), ("kind", "x.y"), ("object", "other")],
)
def test_a_changed_entry_is_named(db, column, value):
    ids = _append(db, 5)
    _sql(db, f"UPDATE audit_log SET {column} = :value WHERE id = :id", value=value, id=ids[2])
    result = audit.verify(db, actor=AUDITOR)
    assert not result.ok and result.broken_id == ids[2] and result.broken_reason == "content_changed"
    assert result.checked == 2 and f"entry {ids[2]}" in result.detail


def test_a_changed_time_is_named(db):
    ids = _append(db, 3)
    with db.engine.begin() as conn:  # the column's own type writes the time, nothing else is touched
        conn.execute(update(AuditEntry).where(AuditEntry.id == ids[1]).values(at=NOW - timedelta(days=1)))
    result = audit.verify(db, actor=AUDITOR)
    assert (result.ok, result.broken_id, result.broken_reason) == (False, ids[1], "content_changed")


def test_a_changed_entry_with_its_hash_recomputed_breaks_the_link_after_it(db):
    ids = _append(db, 4)
    row = _rows(db)[1]
    r = row
    forged = audit.entry_hash(r.prev_hash, r.at, r.actor, r.host, r.kind, r.object, r.before, "{}")
    _sql(db, "UPDATE audit_log SET after = '{}', hash = :h WHERE id = :id", h=forged, id=ids[1])
    result = audit.verify(db, actor=AUDITOR)
    assert (result.ok, result.broken_id, result.broken_reason) == (False, ids[2], "missing")


def test_a_deleted_middle_entry_is_named(db):
    ids = _append(db, 5)
    _sql(db, "DELETE FROM audit_log WHERE id = :id", id=ids[2])
    result = audit.verify(db, actor=AUDITOR)
    assert (result.ok, result.broken_id, result.broken_reason) == (False, ids[3], "missing")
    assert result.checked == 2 and result.head_id == ids[1]


def test_a_deleted_first_entry_is_named(db):
    ids = _append(db, 3)
    _sql(db, "DELETE FROM audit_log WHERE id = :id", id=ids[0])
    result = audit.verify(db, actor=AUDITOR)
    assert (result.ok, result.broken_id, result.broken_reason) == (False, ids[1], "start_unvouched")


def test_reordered_entries_are_named(db):
    ids = _append(db, 4)
    _sql(db, "UPDATE audit_log SET id = :tmp WHERE id = :id", tmp=10_000, id=ids[1])
    _sql(db, "UPDATE audit_log SET id = :id WHERE id = :other", id=ids[1], other=ids[2])
    _sql(db, "UPDATE audit_log SET id = :other WHERE id = :tmp", other=ids[2], tmp=10_000)
    result = audit.verify(db, actor=AUDITOR)
    assert (result.ok, result.broken_id, result.broken_reason) == (False, ids[1], "reordered")


# --------------------------------------------------------------------------------------------- retention


def test_months_before_keeps_the_day_or_takes_the_months_last():
    from datetime import date

    assert audit.months_before(date(2026, 12, 7), 6) == date(2026, 6, 7)
    assert audit.months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert audit.months_before(date(2026, 3, 15), 15) == date(2024, 12, 15)


def test_retention_is_six_months_and_never_shorter(db):
    with db.session() as session:
        assert audit.retention_months(session) == 6
    for months in (5, 0, -3, "6.5", "nan", "x"):
        with pytest.raises(InvalidInput):
            audit.set_retention(db, months, actor=AUDITOR)
    assert _rows(db) == []
    assert audit.set_retention(db, "9", actor=AUDITOR) == 9
    with db.session() as session:
        assert audit.retention_months(session) == 9
    with db.transaction() as session:  # a value written behind the core's back is still never below 6
        settings.put(session, settings.AUDIT_RETENTION_MONTHS, "2")
    with db.session() as session:
        assert audit.retention_months(session) == 6


def _aged(db, ages_in_days, now):
    ids = []
    for days in ages_in_days:
        with db.transaction() as session:
            at = now - timedelta(days=days)
            ids.append(audit.record(session, "S001", "test.edit", f"{days}d", {"d": days}, at=at).id)
    return ids


def test_prune_deletes_the_old_entries_and_the_rest_still_verifies(db):
    ids = _aged(db, [400, 250, 190, 170, 20, 1], NOW)
    result = audit.prune(db, actor=AUDITOR, now=NOW)
    assert result.pruned == 3 and result.cutoff == datetime(2026, 6, 7, tzinfo=clock.LOCAL_TZ)
    rows = _rows(db)
    assert [r.id for r in rows] == [*ids[3:], result.checkpoint_id]
    checkpoint = rows[-1]
    assert (checkpoint.kind, checkpoint.actor) == (audit.CHECKPOINT, "A001")
    assert checkpoint.prev_hash == rows[-2].hash
    data = json.loads(checkpoint.after)
    assert data["first_kept_id"] == ids[3] and data["first_kept_prev_hash"] == rows[0].prev_hash
    assert data["last_pruned_id"] == ids[2] and data["pruned"] == 3
    verified = audit.verify(db, actor=AUDITOR)
    assert verified.ok and verified.checked == 4 and verified.head_id == checkpoint.id
    assert audit.prune(db, actor=AUDITOR, now=NOW).pruned == 0  # nothing older left: nothing done
    assert len(_rows(db)) == 4


def test_after_pruning_a_changed_or_deleted_kept_row_is_named(db):
    ids = _aged(db, [400, 300, 100, 50, 10, 5], NOW)
    audit.prune(db, actor=AUDITOR, now=NOW)
    assert audit.verify(db, actor=AUDITOR).ok
    _sql(db, "UPDATE audit_log SET after = :v WHERE id = :id", v='{"d":1}', id=ids[3])
    result = audit.verify(db, actor=AUDITOR)
    assert (result.ok, result.broken_id, result.broken_reason) == (False, ids[3], "content_changed")
    _sql(db, "UPDATE audit_log SET after = NULL WHERE id = :id", id=ids[3])  # put back as it was
    assert audit.verify(db, actor=AUDITOR).ok
    _sql(db, "DELETE FROM audit_log WHERE id = :id", id=ids[4])
    result = audit.verify(db, actor=AUDITOR)
    assert (result.ok, result.broken_id, result.broken_reason) == (False, ids[5], "missing")


def test_after_pruning_deleting_the_first_kept_row_is_named(db):
    ids = _aged(db, [400, 300, 100, 50], NOW)
    audit.prune(db, actor=AUDITOR, now=NOW)
    _sql(db, "DELETE FROM audit_log WHERE id = :id", id=ids[2])
    result = audit.verify(db, actor=AUDITOR)
    assert (result.ok, result.broken_id, result.broken_reason) == (False, ids[3], "start_unvouched")


def test_a_forged_checkpoint_is_named(db):
    ids = _aged(db, [400, 300, 100, 50], NOW)
    checkpoint = audit.prune(db, actor=AUDITOR, now=NOW).checkpoint_id
    _sql(db, "DELETE FROM audit_log WHERE id = :id", id=ids[2])
    forged = json.dumps({"first_kept_id": ids[3], "first_kept_prev_hash": _rows(db)[0].prev_hash})
    _sql(db, "UPDATE audit_log SET after = :v WHERE id = :id", v=forged, id=checkpoint)
    result = audit.verify(db, actor=AUDITOR)
    assert not result.ok and result.broken_id == checkpoint and result.broken_reason == "content_changed"


def test_pruning_twice_and_pruning_everything_keep_the_chain_provable(db):
    _aged(db, [400, 390], NOW)
    first = audit.prune(db, actor=AUDITOR, now=NOW)  # everything was old: the checkpoint starts the chain
    assert first.pruned == 2 and audit.verify(db, actor=AUDITOR).ok
    later = NOW + timedelta(days=400)
    _aged(db, [10, 5], later)
    second = audit.prune(db, actor=AUDITOR, now=later)
    assert second.pruned == 1  # the first checkpoint
    rows = _rows(db)
    assert [r.kind for r in rows] == ["test.edit", "test.edit", audit.CHECKPOINT]
    verified = audit.verify(db, actor=AUDITOR)
    assert verified.ok and verified.checked == 3


def test_prune_deletes_only_a_prefix_whatever_a_desk_clock_said(db):
    """An entry stamped old (a PC whose clock was behind) after a young one is kept, so the chain stays
    linked and nothing younger than the retention goes."""
    ids = _aged(db, [400, 10, 300, 5], NOW)
    assert audit.prune(db, actor=AUDITOR, now=NOW).pruned == 1
    assert [r.id for r in _rows(db)][:3] == ids[1:]
    assert audit.verify(db, actor=AUDITOR).ok
