"""A separate window process for the concurrency tests: waits for a common start, then calls and finishes
tickets at its window until nobody is waiting for it.

Usage: python call_worker.py DB_URL POINT WINDOW START_EPOCH
Prints one called ticket number per line.
"""

import sys
import time

from taxdesk.core import calls
from taxdesk.core.db import Database


def main() -> None:
    url, point, window, start = sys.argv[1:]
    db = Database(url, create=False)
    db.check_connection()
    time.sleep(max(0.0, float(start) - time.time()))
    while (ticket := calls.call_next(db, point, int(window))) is not None:
        print(ticket.number, flush=True)
        calls.finish(db, ticket.id)


if __name__ == "__main__":
    main()
