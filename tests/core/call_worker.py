"""A separate window process for the concurrency tests: waits for a common start, then calls and finishes
tickets at its window until nobody is waiting for it.

Usage: python call_worker.py DB_URL POINT WINDOW START_EPOCH
Prints one called ticket number per line.
"""

import sys
import time

from taxdesk.core import calls
from taxdesk.core.db import Database
from taxdesk.core.roles import Actor

# The window officer calling (the role is what counts; no account is needed in the core).
OFFICER = Actor(staff_id=None, code="officer", name="窗口", roles=frozenset({"window"}))


def main() -> None:
    url, point, window, start = sys.argv[1:]
    db = Database(url, create=False)
    db.check_connection()
    time.sleep(max(0.0, float(start) - time.time()))
    while (ticket := calls.call_next(db, point, int(window), actor=OFFICER)) is not None:
        print(ticket.number, flush=True)
        calls.finish(db, ticket.id, actor=OFFICER)


if __name__ == "__main__":
    main()
