"""Erlang C against published worked examples, and the window requirement's rules."""

from __future__ import annotations

import math

import pytest

from taxdesk.core.errors import InvalidInput
from taxdesk.core.staffing import erlang_b, erlang_c, performance, required_windows


def test_the_textbook_value_for_two_erlangs_on_three_servers():
    # C(3, 2) = (2³/3! · 3/(3−2)) / (1 + 2 + 2²/2! + 2³/3! · 3/(3−2)) = 4/9
    assert erlang_c(3, 2.0) == pytest.approx(4 / 9)


def test_120_customers_an_hour_of_3_minutes_on_10_servers_wait_about_one_time_in_ten():
    # Queueing-theory exercise (M/M/10, a = 6 Erlangs): "from the Erlang C curve, the probability of
    # waiting is about 0.10".
    assert erlang_c(10, 120 * 3 / 60) == pytest.approx(0.1013, abs=5e-4)


def test_the_call_centre_helper_worked_example():
    # Call Centre Helper, "Erlang C Formula – Made Simple with an Easy Worked Example": 100 calls in 30
    # minutes, 180 s handling, 80 % answered within 20 s. Probability of waiting with 11–14 agents
    # 68.21 %, 44.94 %, 28.53 %, 17.41 %; 14 agents needed.
    expected = {11: 0.6821, 12: 0.4494, 13: 0.2853, 14: 0.1741}
    for agents, waiting in expected.items():
        assert performance(agents, 200, 3, 20 / 60)[1] == pytest.approx(waiting, abs=1e-4)
    requirement = required_windows(200, 3, target_sl=0.8, target_wait_min=20 / 60)
    assert (requirement.raw_windows, requirement.windows) == (14, 14)
    assert requirement.service_level == pytest.approx(0.888, abs=1e-3)


def test_the_support_desk_example_needs_six_people_for_ninety_percent_undelayed():
    # Wolfram Language ErlangC documentation: 30 calls an hour, 5 minutes each; a 90 % probability that a
    # call is not delayed needs 6 people (5 give 87 %).
    assert 1 - erlang_c(5, 2.5) < 0.9 < 1 - erlang_c(6, 2.5)
    assert required_windows(30, 5, target_sl=0.9, target_wait_min=0).raw_windows == 6


def test_large_systems_do_not_overflow():
    waiting = erlang_c(1000, 990.0)
    assert 0 < waiting < 1 and math.isfinite(waiting)
    assert erlang_b(5000, 4000.0) < 1e-3


def test_occupancy_and_shrinkage():
    plain = required_windows(60, 6, target_sl=0.8, target_wait_min=10)
    capped = required_windows(60, 6, target_sl=0.8, target_wait_min=10, max_occupancy=0.75)
    assert capped.raw_windows >= plain.raw_windows and capped.occupancy <= 0.75
    shrunk = required_windows(60, 6, target_sl=0.8, target_wait_min=10, shrinkage=0.3)
    assert shrunk.raw_windows == plain.raw_windows
    assert shrunk.windows == math.ceil(plain.raw_windows / 0.7)


def test_no_arrivals_need_no_window():
    requirement = required_windows(0, 5)
    assert (requirement.windows, requirement.service_level) == (0, 1.0)


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"arrivals_per_hour": -1}, "erlang_arrivals"),
        ({"aht_min": 0}, "erlang_aht"),
        ({"target_sl": 1.2}, "erlang_sl"),
        ({"max_occupancy": 0}, "erlang_occupancy"),
        ({"shrinkage": 1}, "erlang_shrinkage"),
    ],
)
def test_bad_figures_are_refused(kwargs, key):
    call = {"arrivals_per_hour": 30, "aht_min": 5, **kwargs}
    with pytest.raises(InvalidInput) as refused:
        required_windows(call.pop("arrivals_per_hour"), call.pop("aht_min"), **call)
    assert refused.value.key == key
