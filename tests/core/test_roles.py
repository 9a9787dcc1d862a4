"""The roles table: who may do what, and how a refusal reads."""

from __future__ import annotations

import pytest

from taxdesk.core import roles
from taxdesk.core.db.models import ROLES
from taxdesk.core.errors import NotAllowed, NotSignedIn
from taxdesk.core.roles import SYSTEM, Actor, allows, require


def person(*held: str, point: str | None = None, must_change: bool = False) -> Actor:
    return Actor(1, "P1", "张三", frozenset(held), point=point, must_change=must_change)


# The table, written out: role → permissions it grants (at its own point, for the agent).
EXPECTED = {
    "admin": set(roles.PERMISSIONS),
    "supervisor": {
        roles.STAFFING_TARGETS,
        roles.ADVISOR_DECIDE,
        roles.ADVISOR_RUN,
        roles.ROSTER_PUBLISH,
        roles.BLOCK_OVERRIDE,
        roles.CALENDAR_EDIT,
        roles.NETWORK_EDIT,
        roles.POINT_SERVICES,
        roles.AUDIT_VIEW,
        roles.ASSIGN_WINDOWS,
    },
    "front_desk": {roles.TICKETS, roles.CHECK_IN, roles.REACTIVATE, roles.BOOKINGS},
    "window": {roles.CALLING},
    "agent": {
        roles.POINT_SERVICES,
        roles.BOOKINGS,
        roles.TICKETS,
        roles.CHECK_IN,
        roles.REACTIVATE,
        roles.CALLING,
        roles.ADVISOR_DECIDE,
    },
}


def test_every_role_of_the_schema_is_in_the_table_and_every_permission_is_named_once():
    assert set(ROLES) <= set(roles.ROLE_PERMISSIONS)
    assert len(set(roles.PERMISSIONS)) == len(roles.PERMISSIONS)
    for granted in roles.ROLE_PERMISSIONS.values():
        assert granted <= set(roles.PERMISSIONS)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("permission", roles.PERMISSIONS)
def test_the_table(role, permission):
    actor = person(role, point="HALL")
    assert allows(actor, permission, "HALL") == (permission in EXPECTED[role])


def test_people_accounts_and_settings_are_the_administrators_only():
    for permission in (roles.PEOPLE, roles.ACCOUNTS, roles.SETTINGS):
        assert [r for r in ROLES if allows(person(r, point="HALL"), permission, "HALL")] == ["admin"]


def test_an_agent_works_at_their_own_point_only_but_books_hall_only_services_anywhere():
    agent = person("agent", point="T01")
    assert allows(agent, roles.BOOKINGS, "T01")
    assert not allows(agent, roles.BOOKINGS, "HALL")
    assert allows(agent, roles.BOOKINGS, "HALL", hall_only=True)
    assert not allows(agent, roles.TICKETS, "HALL", hall_only=True)
    assert not allows(agent, roles.BOOKINGS)  # no point named: not theirs
    with pytest.raises(NotAllowed) as refused:
        require(agent, roles.TICKETS, "HALL")
    assert "only at their own point T01" in refused.value.message
    # Several roles: the front-desk role is not bound to a point.
    assert allows(person("agent", "front_desk", point="T01"), roles.BOOKINGS, "HALL")


def test_several_roles_add_up():
    both = person("window", "front_desk")
    assert allows(both, roles.CALLING) and allows(both, roles.TICKETS)
    assert not allows(both, roles.ROSTER_PUBLISH)


def test_refusals_say_why():
    with pytest.raises(NotSignedIn):
        require(None, roles.ROSTER_PUBLISH)
    with pytest.raises(NotSignedIn) as must_change:
        require(person("admin", must_change=True), roles.ROSTER_PUBLISH)
    assert must_change.value.key == "password_must_change"
    with pytest.raises(NotAllowed) as refused:
        require(person("window"), roles.ROSTER_PUBLISH)
    assert "张三 (P1) (window officer) may not do this" in refused.value.message
    assert "administrator or hall supervisor" in refused.value.message
    assert require(person("supervisor"), roles.ROSTER_PUBLISH).code == "P1"


def test_the_system_actor_runs_the_advisor_and_prunes_the_audit_trail_and_nothing_else():
    assert allows(SYSTEM, roles.ADVISOR_RUN)
    allowed = [p for p in roles.PERMISSIONS if allows(SYSTEM, p, "HALL")]
    assert allowed == [roles.AUDIT_PRUNE, roles.ADVISOR_RUN]
    with pytest.raises(ValueError):
        allows(SYSTEM, "no-such-permission")


def test_require_early_refuses_at_once_defers_for_a_point_bound_role_and_passes_others():
    assert roles.require_early(person("front_desk"), roles.TICKETS) is False
    assert roles.require_early(person("agent", point="T01"), roles.TICKETS) is True
    assert roles.require_early(person("agent", "front_desk", point="T01"), roles.TICKETS) is False
    with pytest.raises(NotAllowed):
        roles.require_early(person("window"), roles.TICKETS)
    with pytest.raises(NotSignedIn):
        roles.require_early(None, roles.TICKETS)
    with pytest.raises(NotSignedIn):
        roles.require_early(person("admin", must_change=True), roles.TICKETS)
    assert roles.require_early(person("window"), (roles.TICKETS, roles.CALLING)) is False


def test_require_any_passes_on_one_permission_and_refuses_naming_the_first():
    officer = person("window")
    assert roles.require_any(officer, (roles.TICKETS, roles.CALLING), "HALL") is officer
    with pytest.raises(NotAllowed, match="bookings"):
        roles.require_any(officer, (roles.BOOKINGS, roles.CHECK_IN), "HALL")
    agent = person("agent", point="T01")
    assert roles.require_any(agent, (roles.BOOKINGS,), "T01")
    with pytest.raises(NotAllowed, match="only at their own point"):
        roles.require_any(agent, (roles.BOOKINGS,), "T02")
    assert roles.require_any(agent, (roles.BOOKINGS,), "HALL", hall_only=True)


def test_assign_windows_is_the_supervisors_and_administrators():
    assert [r for r in ROLES if allows(person(r, point="HALL"), roles.ASSIGN_WINDOWS, "HALL")] == [
        r for r in ROLES if r in ("admin", "supervisor")
    ]
