"""A separate desk for the people race: every desk adds a person with the same staff code, and a window with
the same number, at a common start time per round.

Usage: python people_worker.py DB_URL START_EPOCH SECONDS_APART ROUNDS DESK
Round k starts at START_EPOCH + k × SECONDS_APART; in it the desk adds staff ``R{k}`` and window 100 + k
at the hall. Prints "won staff K" or "<refusal key> staff K", and the same for "window".
"""

import sys
import time

from taxdesk.core import people
from taxdesk.core import windows_edit as we
from taxdesk.core.db import Database
from taxdesk.core.errors import InvalidInput
from taxdesk.core.roles import Actor

ADMIN = Actor(None, "A1", "管理员", frozenset({"admin"}))  # who edits the people, windows and shifts


def main() -> None:
    url, start, apart, rounds, desk = sys.argv[1:]
    db = Database(url, create=False)
    db.check_connection()
    for number in range(int(rounds)):
        time.sleep(max(0.0, float(start) + number * float(apart) - time.time()))
        adds = {
            "staff": lambda n=number: people.add_staff(
                db, people.StaffRecord(f"R{n}", f"桌{desk}", "window", "hall"), actor=ADMIN
            ),
            "window": lambda n=number: we.add_window(
                db, we.WindowRecord("HALL", 100 + n, f"桌{desk}", "A"), actor=ADMIN
            ),
        }
        for what, add in adds.items():
            try:
                add()
                print("won", what, number, flush=True)
            except InvalidInput as refused:
                print(refused.key, what, number, flush=True)


if __name__ == "__main__":
    main()
