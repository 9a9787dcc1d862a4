"""Signing in at a desk: who is signed in (:mod:`.session`), the dialogs that sign people in, and the lock
an idle desk falls into."""
