"""Who is signed in at this desk (:class:`DeskSession`), shared by the main window and every page.

Pages never keep the person: they ask :attr:`DeskSession.actor` when they start an operation and pass it
to the core, which decides (:func:`taxdesk.core.roles.require`). The window hides what the person's roles
cannot do (:meth:`DeskSession.allows`) and remakes its pages when another person takes the desk.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from taxdesk.core import roles
from taxdesk.core.roles import Actor


class DeskSession(QObject):
    """The person signed in at this desk (``None``: nobody, e.g. while the sign-in dialog is open).

    ``changed`` is emitted after another person signed in or the person signed out; ``locked_changed``
    when the desk locks (idle) or is unlocked by the same person."""

    changed = Signal()
    locked_changed = Signal(bool)

    def __init__(self, actor: Actor | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._actor = actor
        self._locked = False

    @property
    def actor(self) -> Actor | None:
        return self._actor

    @property
    def locked(self) -> bool:
        return self._locked

    def sign_in(self, actor: Actor) -> None:
        """``actor`` has signed in (the core checked the password): the desk is theirs, unlocked."""
        same = self._actor is not None and self._actor.code == actor.code
        self._actor = actor
        self.set_locked(False)
        if not same:
            self.changed.emit()

    def sign_out(self) -> None:
        self._actor = None
        self.set_locked(False)
        self.changed.emit()

    def set_locked(self, locked: bool) -> None:
        if locked != self._locked:
            self._locked = locked
            self.locked_changed.emit(locked)

    def allows(self, permission: str, point: str | None = None, *, hall_only: bool = False) -> bool:
        """Whether the signed-in person may do ``permission`` (at ``point``): what to show, not a guard."""
        return roles.allows(self._actor, permission, point, hall_only=hall_only)
