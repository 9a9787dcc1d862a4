"""A separate agent's desk for the concurrency test: at a common start time, tries to book each slot.

Usage: python book_worker.py DB_URL POINT SERVICE START_EPOCH ID_NUMBER YYYY-MM-DDTHH:MM [...]
Books as if it were 2026-11-27 09:00 in Zhejiang. Prints "won SLOT" or "full SLOT" per slot.
"""

import sys
import time
from datetime import date, datetime

from taxdesk.core import bookings, clock
from taxdesk.core.db import Database
from taxdesk.core.errors import InvalidInput
from taxdesk.core.roles import Actor

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=clock.LOCAL_TZ)


# The desk booking (the role is what counts; no account is needed in the core).
DESK = Actor(staff_id=None, code="desk", name="前台", roles=frozenset({"front_desk"}))


def main() -> None:
    url, point, service, start, id_number, *slots = sys.argv[1:]
    db = Database(url, create=False)
    db.check_connection()
    time.sleep(max(0.0, float(start) - time.time()))
    for slot in slots:
        day, hhmm = slot.split("T")
        try:
            bookings.create_booking(
                db,
                point,
                service,
                bookings.slot_time(date.fromisoformat(day), hhmm),
                name="并发测试",
                phone="13800000000",
                id_number=id_number,
                at=NOW,
                actor=DESK,
            )
            print("won", slot, flush=True)
        except InvalidInput as refused:
            assert refused.key == "slot_full", refused.message
            print("full", slot, flush=True)


if __name__ == "__main__":
    main()
