"""A separate agent's desk for the once-per-service-and-day race: every agent books the same taxpayer for the
same service and day, each into a slot of its own, at a common start time per round.

Usage: python duplicate_worker.py DB_URL POINT ID_NUMBER START_EPOCH SECONDS_APART ROUND [ROUND ...]
where ROUND is SERVICE@YYYY-MM-DDTHH:MM (this agent's slot in that round). Round k starts at
START_EPOCH + k × SECONDS_APART. Books as if it were 2026-11-27 09:00 in Zhejiang. Prints
"won ROUND" or "<refusal key> ROUND" per round.
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
    url, point, id_number, start, apart, *rounds = sys.argv[1:]
    db = Database(url, create=False)
    db.check_connection()
    for number, round_ in enumerate(rounds):
        service, slot = round_.split("@")
        day, hhmm = slot.split("T")
        time.sleep(max(0.0, float(start) + number * float(apart) - time.time()))
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
            print("won", number, flush=True)
        except InvalidInput as refused:
            print(refused.key, number, flush=True)


if __name__ == "__main__":
    main()
