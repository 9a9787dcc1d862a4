"""The tamper-evident audit trail (审计日志): who did what to which object, when, from which PC, with the
values before and after (personal data masked), each entry chained to the one before it by a hash.

Recording
    :func:`record` appends one entry inside the caller's transaction, so the audited change and its entry
    commit together or not at all. The entry's ``hash`` is SHA-256 over the previous entry's hash and the
    entry's canonical content (:func:`entry_hash`); ``prev_hash`` is the newest entry's hash, or
    :data:`GENESIS` for the very first entry. ``prev_hash`` is UNIQUE in the schema, so two desks writing
    at once cannot both continue from the same head: the insert runs in a SAVEPOINT and the loser of the
    race re-reads the head and tries again (at most :data:`MAX_ATTEMPTS` times). Appending costs one read
    of the newest row by primary key and one insert (on PostgreSQL also one transaction-scoped advisory
    lock, so desks queue fairly for the head instead of the last winner starving the others; SQLite's write
    lock does the same). The head stays taken until the appending transaction commits, so audited writes
    queue behind each other: call :func:`record` late in the unit of work.
    The queue's own operations (issue, call, finish…) are never recorded here: they have their own event
    trails and issuing must not wait for the audit chain.

Checking
    :func:`verify` walks the entries in id order, recomputing every hash and following every link. It
    names the first broken entry and why: its content was changed, an entry before it is missing or was
    changed, the entries were reordered, or the chain forked.

Retention
    Entries are kept :data:`RETENTION_SETTING` months (default and minimum :data:`MIN_RETENTION_MONTHS`).
    :func:`prune` deletes the oldest entries (a prefix of the chain, so the rest stays linked) and appends
    a ``audit.checkpoint`` entry recording the hash of the last deleted entry and the id and ``prev_hash``
    of the first kept one: :func:`verify` accepts a chain that starts at a vouched-for entry.

Who may
    Reading the trail (:func:`entries`, :func:`verify`, :func:`export`, :func:`retention`) needs
    :data:`~taxdesk.core.roles.AUDIT_VIEW` (supervisors, administrators); :func:`set_retention` needs
    :data:`~taxdesk.core.roles.SETTINGS` (administrators); :func:`prune` needs
    :data:`~taxdesk.core.roles.AUDIT_PRUNE` (administrators, and the ``system`` actor of scheduled jobs).
    Each takes the acting :class:`~taxdesk.core.roles.Actor` (keyword ``actor``) and refuses before it
    reads or writes anything; what it records names ``actor.code``, as every audited module does.
    :func:`record` checks nothing: it runs inside other modules' transactions, which checked their own.

What this does not protect against: someone who can write to the database can delete the whole table, cut
entries off its newest end, or rewrite the chain from some point on with recomputed hashes. That is only
evident against a head recorded elsewhere (an export, a verify result kept on paper): see the README.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import socket
import time as time_module
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from taxdesk.core import clock, roles, settings, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import AuditEntry
from taxdesk.core.errors import TaxDeskError
from taxdesk.core.identity import mask_id, mask_name, mask_phone
from taxdesk.core.roles import Actor, require

GENESIS = "0" * 64  # the prev_hash of the first entry of an installation's chain
MAX_ATTEMPTS = 25  # heads re-read before giving up when other desks keep winning the race
CHECKPOINT = "audit.checkpoint"
SYSTEM = "system"  # the actor of scheduled jobs
# The actor of changes made where nobody is signed in yet (functions that do not name their caller today);
# sign-in replaces it with the acting account's code.
ANONYMOUS = "anonymous"

RETENTION_SETTING = settings.AUDIT_RETENTION_MONTHS
MIN_RETENTION_MONTHS = int(settings.DEFAULTS[RETENTION_SETTING])
MAX_RETENTION_MONTHS = 1200  # a hundred years: more is a typing mistake

ACTOR_MAX, HOST_MAX, KIND_MAX, OBJECT_MAX = 40, 100, 40, 200  # the columns' lengths

# Keys whose values are personal data, masked wherever they occur in ``before``/``after`` (nested too).
NAME_KEYS = frozenset({"name_of_taxpayer", "taxpayer_name", "taxpayer", "person_name", "contact_name"})
PHONE_KEYS = frozenset({"phone", "mobile", "contact_phone", "telephone"})
ID_KEYS = frozenset({"id_number", "taxpayer_id", "id_no", "credit_code", "resident_id"})
PERSONAL_KEYS = NAME_KEYS | PHONE_KEYS | ID_KEYS
# Anything shaped like a resident ID number or a mobile number in any other text is masked as well.
_RESIDENT_ID = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


class AuditBusy(TaxDeskError):
    """Other desks kept appending to the audit trail; nothing was written (try again)."""

    code = "audit_busy"


# ---------------------------------------------------------------------------------------------- masking


def _mask_text(text: str) -> str:
    text = _RESIDENT_ID.sub(lambda m: mask_id(m.group()), text)
    return _MOBILE.sub(lambda m: mask_phone(m.group()), text)


def mask_personal(values):
    """``values`` (a dict, list or scalar) with personal data masked: the values of :data:`NAME_KEYS`
    (张小三 → 张*三), :data:`PHONE_KEYS` (138****5678) and :data:`ID_KEYS` (3301**********1234) at any depth,
    and anything shaped like a resident ID or a mobile number in other text. Returns a new object."""
    if isinstance(values, Mapping):
        masked = {}
        for key, value in values.items():
            if isinstance(value, str) and key in NAME_KEYS:
                masked[key] = mask_name(value)
            elif isinstance(value, str) and key in PHONE_KEYS:
                masked[key] = mask_phone(value)
            elif isinstance(value, str) and key in ID_KEYS:
                masked[key] = mask_id(value)
            else:
                masked[key] = mask_personal(value)
        return masked
    if isinstance(values, list | tuple | set | frozenset):
        items = sorted(values, key=str) if isinstance(values, set | frozenset) else values
        return [mask_personal(value) for value in items]
    if isinstance(values, str):
        return _mask_text(values)
    return values


# ------------------------------------------------------------------------------------------- canonical form


def _jsonable(value):
    if isinstance(value, datetime):
        return clock.iso(value) if value.tzinfo else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, Path):
        return str(value)
    return str(value)


def canonical_json(values) -> str | None:
    """``values`` as canonical JSON (sorted keys, no spaces, UTF-8 text), or None for None."""
    if values is None:
        return None
    return json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_jsonable)


def _at_text(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(
    prev_hash: str,
    at: datetime,
    actor: str,
    host: str,
    kind: str,
    obj: str,
    before: str | None,
    after: str | None,
) -> str:
    """SHA-256 (hex) over the previous hash and the entry's canonical content."""
    content = json.dumps(
        [_at_text(at), actor, host, kind, obj, before, after], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


def _hash_of(entry) -> str:
    e = entry
    return entry_hash(e.prev_hash, e.at, e.actor, e.host, e.kind, e.object, e.before, e.after)


def this_host() -> str:
    """This PC's name, as the entries record it."""
    return (socket.gethostname() or os.environ.get("COMPUTERNAME") or "unknown")[:HOST_MAX]


# ------------------------------------------------------------------------------------------------ record


# PostgreSQL: desks appending queue for this transaction-scoped advisory lock (granted in the order asked,
# released at commit or rollback), so the one that just appended cannot starve the others by winning every
# race for the head. The unique prev_hash stays the guarantee; the lock only makes waiting fair.
ADVISORY_LOCK = 0x7461786465736B  # "taxdesk"


def _queue_for_the_head(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(ADVISORY_LOCK)))


def clean_actor(actor: str) -> str:
    """The actor's code as recorded: required text of at most :data:`ACTOR_MAX` characters."""
    return validate.text(actor, "actor", limit=ACTOR_MAX, required=True)


def _head(session: Session) -> str:
    return session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS


def record(
    session: Session,
    actor: str,
    kind: str,
    obj: str = "",
    before=None,
    after=None,
    host: str | None = None,
    *,
    at: datetime | None = None,
) -> AuditEntry:
    """Append one entry to the trail inside the caller's transaction and return it (flushed, with its id).

    ``actor`` is the acting account's staff code (or :data:`SYSTEM`), ``kind`` what happened
    (``roster.publish``), ``obj`` to what (``HALL 2026-12-07``); ``before``/``after`` are JSON-able values
    (dicts, usually), stored as canonical JSON with personal data masked (:func:`mask_personal`). ``host``
    defaults to this PC's name, ``at`` to now. Raises :class:`AuditBusy` if other desks won the race for
    the head :data:`MAX_ATTEMPTS` times in a row."""
    actor = clean_actor(actor)
    kind = validate.text(kind, "kind", limit=KIND_MAX, required=True)
    obj = "".join(c if c.isprintable() else " " for c in str(obj or ""))[:OBJECT_MAX]
    host = (this_host() if host is None else "".join(c for c in host if c.isprintable()))[:HOST_MAX]
    moment = clock.to_utc(at or clock.now())
    before_text = canonical_json(mask_personal(before)) if before is not None else None
    after_text = canonical_json(mask_personal(after)) if after is not None else None
    session.flush()  # the caller's own changes first: their errors are theirs, not a lost race
    _queue_for_the_head(session)
    for attempt in range(MAX_ATTEMPTS):
        if attempt:
            time_module.sleep(random.uniform(0, 0.002 * attempt))  # let the desk that won commit and move on
        prev = _head(session)
        entry = AuditEntry(
            at=moment,
            actor=actor,
            host=host,
            kind=kind,
            object=obj,
            before=before_text,
            after=after_text,
            prev_hash=prev,
            hash=entry_hash(prev, moment, actor, host, kind, obj, before_text, after_text),
        )
        try:
            with session.begin_nested():
                session.add(entry)
        except IntegrityError:
            continue  # another desk appended first: continue from the new head
        return entry
    # No message key yet: practically unreachable (SQLite's write lock and PostgreSQL's advisory lock queue
    # the desks), so the GUI shows this sentence as it is until the lead gives it a translated one.
    raise AuditBusy(
        "the audit trail is busy (other desks kept writing to it); nothing was changed: try again"
    )


# ------------------------------------------------------------------------------------------------ verify


@dataclass(frozen=True)
class VerifyResult:
    """What :func:`verify` found: ``ok``, how many entries it checked, the newest entry's id and hash (note
    them: a later verify proves nothing was cut off the end only against them), and where the first broken
    entry is and why (``broken_reason``: ``content_changed``, ``missing``, ``reordered``, ``forked``,
    ``start_unvouched``)."""

    ok: bool
    checked: int
    head_id: int | None = None
    head_hash: str | None = None
    broken_id: int | None = None
    broken_reason: str | None = None
    detail: str = ""

    def to_json(self) -> dict:
        return asdict(self)


REASONS = {
    "content_changed": "its content does not match its hash (it was changed)",
    "missing": "the entry before it is missing or was changed",
    "reordered": "it continues from a later entry (entries were reordered)",
    "forked": "it continues from an entry another entry already continues (the chain forked)",
    "start_unvouched": "the trail starts with it, but no checkpoint vouches for it (entries before it are "
    "missing)",
}


def _vouchers(session: Session) -> set[tuple[int, str]]:
    """(first kept id, its prev_hash) of every checkpoint entry (their own hashes are checked in the walk)."""
    vouched = set()
    for text in session.scalars(select(AuditEntry.after).where(AuditEntry.kind == CHECKPOINT)):
        try:
            data = json.loads(text or "{}")
        except ValueError:
            continue
        if isinstance(data, dict) and data.get("first_kept_prev_hash"):
            vouched.add((data.get("first_kept_id"), data["first_kept_prev_hash"]))
    return vouched


def _start_ok(entry, vouched: set[tuple[int, str]]) -> bool:
    if entry.prev_hash == GENESIS or (entry.id, entry.prev_hash) in vouched:
        return True
    if entry.kind == CHECKPOINT:  # every entry was pruned: the checkpoint continues from the last one
        try:
            data = json.loads(entry.after or "{}")
        except ValueError:
            return False
        return (
            isinstance(data, dict)
            and data.get("first_kept_id") is None
            and (data.get("last_pruned_hash") == entry.prev_hash)
        )
    return False


def _link_reason(session: Session, entry, previous_id: int) -> str:
    """Why ``entry`` does not continue from the entry before it (one lookup, at the break only)."""
    source = session.scalar(select(AuditEntry.id).where(AuditEntry.hash == entry.prev_hash))
    if source is None:
        return "missing"
    if source > entry.id:
        return "reordered"
    return "forked" if source < previous_id else "reordered"


def verify(db: Database, *, actor: Actor, batch: int = 2000) -> VerifyResult:
    """Walk the whole trail in id order, recomputing each hash and following each link; stop at the first
    broken entry. ``actor`` needs AUDIT_VIEW. Any thread; reads in batches, so a long trail costs time,
    not memory."""
    require(actor, roles.AUDIT_VIEW)
    with db.session() as session:
        vouched = _vouchers(session)
        checked = 0
        previous = None  # (id, hash)
        rows = session.execute(select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=batch))
        for entry in rows.scalars():
            broken = None
            if _hash_of(entry) != entry.hash:
                broken = "content_changed"
            elif previous is None:
                if not _start_ok(entry, vouched):
                    broken = "start_unvouched"
            elif entry.prev_hash != previous[1]:
                broken = _link_reason(session, entry, previous[0])
            if broken:
                return VerifyResult(
                    ok=False,
                    checked=checked,
                    head_id=previous[0] if previous else None,
                    head_hash=previous[1] if previous else None,
                    broken_id=entry.id,
                    broken_reason=broken,
                    detail=f"entry {entry.id} ({entry.kind}, {clock.iso(entry.at)}): {REASONS[broken]}",
                )
            checked += 1
            previous = (entry.id, entry.hash)
            session.expunge(entry)
    return VerifyResult(
        ok=True,
        checked=checked,
        head_id=previous[0] if previous else None,
        head_hash=previous[1] if previous else None,
    )


# --------------------------------------------------------------------------------------------- retention


def retention_months(session: Session) -> int:
    """Months the trail keeps (the setting, never fewer than :data:`MIN_RETENTION_MONTHS`)."""
    stored = settings.get(session, RETENTION_SETTING, str(MIN_RETENTION_MONTHS))
    try:
        return max(MIN_RETENTION_MONTHS, int(stored))
    except (TypeError, ValueError):
        return MIN_RETENTION_MONTHS


def retention(db: Database, *, actor: Actor) -> int:
    """Months the trail keeps (:func:`retention_months`), for someone who may read it (AUDIT_VIEW)."""
    require(actor, roles.AUDIT_VIEW)
    with db.session() as session:
        return retention_months(session)


def set_retention(db: Database, months, *, actor: Actor) -> int:
    """Keep the trail ``months`` months (a whole number, at least :data:`MIN_RETENTION_MONTHS`); recorded
    in the trail itself, by ``actor`` (who needs SETTINGS). Shorter is refused (InvalidInput, key
    ``number_range``)."""
    require(actor, roles.SETTINGS)
    months = validate.number(
        months,
        "audit retention",
        minimum=MIN_RETENTION_MONTHS,
        maximum=MAX_RETENTION_MONTHS,
        integer=True,
        unit="months",
    )
    with db.transaction() as session:
        old = retention_months(session)
        if old != months:
            settings.put(session, RETENTION_SETTING, str(months))
            before, after = {"value": old}, {"value": months}
            record(session, actor.code, "settings.change", RETENTION_SETTING, before, after)
    return months


def months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` months earlier (the month's last day where it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))


def retention_cutoff(session: Session, now: datetime | None = None) -> datetime:
    """The instant before which entries may be pruned: local midnight, retention months before today."""
    today = clock.service_date(now or clock.now())
    first_kept_day = months_before(today, retention_months(session))
    return datetime.combine(first_kept_day, time(), tzinfo=clock.LOCAL_TZ)


@dataclass(frozen=True)
class PruneResult:
    pruned: int
    cutoff: datetime
    checkpoint_id: int | None

    def to_json(self) -> dict:
        return {"pruned": self.pruned, "cutoff": clock.iso(self.cutoff), "checkpoint_id": self.checkpoint_id}


def prune(db: Database, *, actor: Actor, now: datetime | None = None, host: str | None = None) -> PruneResult:
    """Delete the entries older than the retention and append a checkpoint entry the chain continues from,
    recorded by ``actor`` (who needs AUDIT_PRUNE: an administrator, or :data:`roles.SYSTEM` for the
    scheduled prune).

    What is deleted is a prefix of the chain: every entry before the first one recorded on or after the
    cutoff (an entry stamped earlier by a PC whose clock was behind, but after that one, is kept), so the
    rest stays linked and :func:`verify` still proves it. Nothing older than the cutoff: nothing done."""
    require(actor, roles.AUDIT_PRUNE)
    with db.transaction() as session:
        cutoff = retention_cutoff(session, now)
        first_young = session.scalar(select(func.min(AuditEntry.id)).where(AuditEntry.at >= cutoff))
        doomed = select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        if first_young is not None:
            doomed = doomed.where(AuditEntry.id < first_young)
        last = session.execute(doomed).first()
        if last is None:
            return PruneResult(0, cutoff, None)
        last_id, last_hash = last
        count = session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.id <= last_id))
        first_kept = session.execute(
            select(AuditEntry.id, AuditEntry.prev_hash).where(AuditEntry.id > last_id).order_by(AuditEntry.id)
        ).first()
        session.execute(delete(AuditEntry).where(AuditEntry.id <= last_id))
        entry = record(
            session,
            actor.code,
            CHECKPOINT,
            f"through entry {last_id}",
            after={
                "pruned": count,
                "cutoff": clock.iso(cutoff),
                "last_pruned_id": last_id,
                "last_pruned_hash": last_hash,
                "first_kept_id": first_kept[0] if first_kept else None,
                "first_kept_prev_hash": first_kept[1] if first_kept else None,
            },
            host=host,
            at=now,
        )
        return PruneResult(count, cutoff, entry.id)


# -------------------------------------------------------------------------------------------------- read


@dataclass(frozen=True)
class Filters:
    """Which entries :func:`entries` returns: by actor (exact code), kind (exact, or a prefix ending in
    ``.``: ``roster.``), object (contains), local days from/until (inclusive), newest first, at most
    ``limit``."""

    actor: str | None = None
    kind: str | None = None
    obj: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int | None = None


@dataclass(frozen=True)
class Entry:
    id: int
    at: datetime
    actor: str
    host: str
    kind: str
    object: str
    before: str | None
    after: str | None
    hash: str

    def to_json(self) -> dict:
        data = asdict(self)
        data["at"] = clock.iso(self.at)
        data["before"] = json.loads(self.before) if self.before else None
        data["after"] = json.loads(self.after) if self.after else None
        return data


def entries(db: Database, filters: Filters = Filters(), *, actor: Actor) -> list[Entry]:
    """The entries matching ``filters``, newest first; ``actor`` needs AUDIT_VIEW."""
    require(actor, roles.AUDIT_VIEW)
    return _matching(db, filters)


def _matching(db: Database, filters: Filters) -> list[Entry]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    if filters.actor:
        query = query.where(AuditEntry.actor == validate.text(filters.actor, "actor", limit=ACTOR_MAX))
    if filters.kind:
        kind = validate.text(filters.kind, "kind", limit=KIND_MAX)
        if kind.endswith("."):
            query = query.where(AuditEntry.kind.startswith(kind, autoescape=True))
        else:
            query = query.where(AuditEntry.kind == kind)
    if filters.obj:
        part = validate.text(filters.obj, "object", limit=OBJECT_MAX)
        query = query.where(AuditEntry.object.contains(part, autoescape=True))
    if filters.since:
        since = validate.day(filters.since, "since")
        query = query.where(AuditEntry.at >= datetime.combine(since, time(), tzinfo=clock.LOCAL_TZ))
    if filters.until:
        until = validate.day(filters.until, "until") + timedelta(days=1)
        query = query.where(AuditEntry.at < datetime.combine(until, time(), tzinfo=clock.LOCAL_TZ))
    if filters.limit is not None:
        limit = validate.number(filters.limit, "limit", minimum=1, maximum=validate.MAX_ID, integer=True)
        query = query.limit(limit)
    with db.session() as session:
        return [
            Entry(e.id, e.at, e.actor, e.host, e.kind, e.object, e.before, e.after, e.hash)
            for e in session.scalars(query)
        ]


def seen(db: Database, *, actor: Actor) -> tuple[list[str], list[str]]:
    """The staff codes and the kinds the trail holds (each sorted, once), for choosing a filter; ``actor``
    needs AUDIT_VIEW."""
    require(actor, roles.AUDIT_VIEW)
    with db.session() as session:
        actors = session.scalars(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor))
        kinds = session.scalars(select(AuditEntry.kind).distinct().order_by(AuditEntry.kind))
        return list(actors), list(kinds)


EXPORT_HEADER = ("id", "at", "actor", "host", "kind", "object", "before", "after", "hash")


def export(db: Database, path: str | os.PathLike, filters: Filters = Filters(), *, actor: Actor) -> int:
    """Write the matching entries, newest first, to ``path`` (``.xlsx``, or ``.csv``), through the same
    writer as the network export (text cells stay text, never a formula); returns how many. ``actor``
    needs AUDIT_VIEW; the export itself is then recorded (kind ``audit.export``, by ``actor``), after the
    entries written."""
    from taxdesk.core.catalogue_io import _write_table, file_format

    require(actor, roles.AUDIT_VIEW)
    file_format(path)
    rows = [
        [e.id, clock.iso(e.at), e.actor, e.host, e.kind, e.object, e.before or "", e.after or "", e.hash]
        for e in _matching(db, filters)
    ]
    _write_table(path, "audit", EXPORT_HEADER, rows)
    shown = {k: v for k, v in asdict(filters).items() if v is not None}
    with db.transaction() as session:
        done = {"rows": len(rows), "filters": shown}
        record(session, actor.code, "audit.export", Path(path).name, after=done)
    return len(rows)
