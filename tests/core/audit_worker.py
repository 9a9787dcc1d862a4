"""A separate desk appending to the audit trail at the same moment as others.

Usage: python audit_worker.py DB_URL ACTOR START_EPOCH COUNT
Waits until START_EPOCH, then appends COUNT entries (kind ``test.race``, object ``ACTOR n``), each in a
transaction of its own, and prints each entry's id.
"""

import sys
import time

from taxdesk.core import audit
from taxdesk.core.db import Database


def main() -> None:
    url, actor, start, count = sys.argv[1:]
    db = Database(url, create=False)
    db.check_connection()
    time.sleep(max(0.0, float(start) - time.time()))
    for n in range(int(count)):
        with db.transaction() as session:
            entry = audit.record(session, actor, "test.race", f"{actor} {n}", after={"n": n}, host=actor)
            session.flush()
            print(entry.id, flush=True)


if __name__ == "__main__":
    main()
