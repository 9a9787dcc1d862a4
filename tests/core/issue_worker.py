"""A separate desk process for the concurrency tests: waits for a common start time, then issues tickets.

Usage: python issue_worker.py DB_URL POINT START_EPOCH COUNT SERVICE [SERVICE ...]
Prints one ticket number per line.
"""

import sys
import time

from taxdesk.core.db import Database
from taxdesk.core.roles import Actor
from taxdesk.core.tickets import issue_ticket

# The front desk issuing (the role is what counts; no account is needed in the core).
DESK = Actor(staff_id=None, code="desk", name="前台", roles=frozenset({"front_desk"}))


def main() -> None:
    url, point, start, count, *services = sys.argv[1:]
    db = Database(url, create=False)
    db.check_connection()
    time.sleep(max(0.0, float(start) - time.time()))
    for i in range(int(count)):
        ticket = issue_ticket(db, point, services[i % len(services)], actor=DESK)
        print(ticket.number, flush=True)


if __name__ == "__main__":
    main()
