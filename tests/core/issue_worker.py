"""A separate desk process for the concurrency tests: waits for a common start time, then issues tickets.

Usage: python issue_worker.py DB_URL POINT START_EPOCH COUNT SERVICE [SERVICE ...]
Prints one ticket number per line.
"""

import sys
import time

from taxdesk.core.db import Database
from taxdesk.core.tickets import issue_ticket


def main() -> None:
    url, point, start, count, *services = sys.argv[1:]
    db = Database(url, create=False)
    db.check_connection()
    time.sleep(max(0.0, float(start) - time.time()))
    for i in range(int(count)):
        ticket = issue_ticket(db, point, services[i % len(services)])
        print(ticket.number, flush=True)


if __name__ == "__main__":
    main()
