"""Who the GUI acts as until it signs people in (a later step of issue 13).

Pages where an officer is chosen (the roster page, the advisor panel, the block override) resolve that
person to an :class:`~taxdesk.core.roles.Actor` with :func:`taxdesk.core.accounts.actor_for`. Pages
where nobody is chosen (staffing targets, the calendar, the network editor) act as :data:`UNSIGNED_DESK`:
this PC, before sign-in, allowed what the desk could always do. The GUI sign-in replaces both with the
signed-in person; nothing outside the GUI may use this.
"""

from __future__ import annotations

from taxdesk.core.roles import Actor

UNSIGNED_DESK = Actor(staff_id=None, code="desk", name="本机（未登录）", roles=frozenset({"admin"}))
