"""A separate desk typing wrong passwords for one account, for the lock-out race: every desk starts at the
same moment and tries ATTEMPTS times.

Usage: python signin_worker.py DB_URL CODE START_EPOCH ATTEMPTS
Prints one line per attempt: "counted N" (a failed attempt the database counted as the N-th in a row),
"locked" (refused because the account was already locked) or "signed-in" (must not happen).
"""

import sys
import time

from taxdesk.core import accounts
from taxdesk.core.db import Database


def main() -> None:
    url, code, start, attempts = sys.argv[1:]
    db = Database(url, create=False)
    db.check_connection()
    time.sleep(max(0.0, float(start) - time.time()))
    for _ in range(int(attempts)):
        try:
            accounts.sign_in(db, code, "wrong-password-1")
            print("signed-in", flush=True)
        except accounts.SignInRefused as refused:
            if refused.attempts is None:
                print("locked", flush=True)
            else:
                print("counted", refused.attempts, flush=True)


if __name__ == "__main__":
    main()
