"""How many windows a half-hour needs: Erlang C (M/M/c) with a service-level target, a maximum occupancy
and shrinkage.

Arrivals λ per hour and an average handling time (AHT) give the offered load A = λ·AHT (Erlangs). With c
open windows, the probability that a taxpayer has to wait is Erlang C(c, A); the share served within T
minutes is 1 − C·e^(−(c−A)·T/AHT); the average wait is C·AHT/(c−A). The requirement is the smallest c > A
that meets the service-level target and keeps occupancy A/c at or below the maximum; shrinkage (breaks,
other duties) then scales it up: ⌈c / (1 − shrinkage)⌉.

Erlang C is computed from Erlang B's recurrence B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)), which stays
between 0 and 1 for any number of windows — never from raw factorials or powers, which overflow.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from taxdesk.core.errors import InvalidInput

MAX_WINDOWS = 1000
MAX_ARRIVALS_PER_HOUR = 100_000
MAX_MINUTES = 480  # a handling time or a target wait longer than a working day is a typing mistake


def erlang_b(windows: int, load: float) -> float:
    """Blocking probability of an M/M/c/c system (the stable recurrence)."""
    if windows < 0 or load < 0:
        raise ValueError("windows and load cannot be negative")
    blocking = 1.0
    for k in range(1, windows + 1):
        blocking = load * blocking / (k + load * blocking)
    return blocking


def erlang_c(windows: int, load: float) -> float:
    """Probability of waiting in an M/M/c queue; 1.0 when the queue cannot settle (c ≤ A)."""
    if load <= 0:
        return 0.0
    if windows <= load:
        return 1.0
    blocking = erlang_b(windows, load)
    return windows * blocking / (windows - load * (1 - blocking))


@dataclass(frozen=True)
class Requirement:
    windows: int  # after shrinkage: people to schedule
    raw_windows: int  # open windows needed at any moment
    service_level: float  # share served within the target wait, with raw_windows open
    waiting_probability: float
    asa_min: float  # average wait in minutes
    occupancy: float
    load: float  # offered load in Erlangs

    def to_json(self) -> dict:
        data = asdict(self)
        return {key: (round(value, 4) if isinstance(value, float) else value) for key, value in data.items()}


def performance(windows: int, arrivals_per_hour: float, aht_min: float, target_wait_min: float):
    """(service level, waiting probability, average wait in minutes, occupancy) with ``windows`` open."""
    load = arrivals_per_hour * aht_min / 60
    if load == 0:
        return 1.0, 0.0, 0.0, 0.0
    if windows <= load:
        return 0.0, 1.0, math.inf, 1.0
    waiting = erlang_c(windows, load)
    service_level = 1 - waiting * math.exp(-(windows - load) * target_wait_min / aht_min)
    asa = waiting * aht_min / (windows - load)
    return service_level, waiting, asa, load / windows


def check_targets(target_sl: float, target_wait_min: float, max_occupancy: float, shrinkage: float) -> None:
    """Refuse service targets Erlang C cannot use (NaN and infinity included): keys ``erlang_sl``,
    ``erlang_wait``, ``erlang_occupancy``, ``erlang_shrinkage``."""
    if not 0 < target_sl < 1:  # False for NaN too, like every chained comparison here
        raise InvalidInput("the service-level target must be between 0 and 1 (e.g. 0.8)", key="erlang_sl")
    if not 0 <= target_wait_min <= MAX_MINUTES:
        raise InvalidInput(
            f"the target wait must be from 0 to {MAX_MINUTES} minutes", key="erlang_wait", maximum=MAX_MINUTES
        )
    if not 0 < max_occupancy <= 1:
        raise InvalidInput("the maximum occupancy must be above 0 and at most 1", key="erlang_occupancy")
    if not 0 <= shrinkage < 1:
        raise InvalidInput("shrinkage must be 0 or more and below 1 (e.g. 0.3)", key="erlang_shrinkage")


def required_windows(
    arrivals_per_hour: float,
    aht_min: float,
    *,
    target_sl: float = 0.8,
    target_wait_min: float = 10.0,
    max_occupancy: float = 1.0,
    shrinkage: float = 0.0,
) -> Requirement:
    """The smallest number of windows meeting the targets (see the module docstring)."""
    check_targets(target_sl, target_wait_min, max_occupancy, shrinkage)
    if not (math.isfinite(arrivals_per_hour) and 0 <= arrivals_per_hour <= MAX_ARRIVALS_PER_HOUR):
        raise InvalidInput(
            f"arrivals per hour must be a number from 0 to {MAX_ARRIVALS_PER_HOUR}",
            key="erlang_arrivals",
            maximum=MAX_ARRIVALS_PER_HOUR,
        )
    if not (math.isfinite(aht_min) and 0 < aht_min <= MAX_MINUTES):
        raise InvalidInput(
            f"the average handling time must be more than 0 and at most {MAX_MINUTES} minutes",
            key="erlang_aht",
            maximum=MAX_MINUTES,
        )
    load = arrivals_per_hour * aht_min / 60
    if load == 0:
        return Requirement(0, 0, 1.0, 0.0, 0.0, 0.0, 0.0)
    if load >= MAX_WINDOWS:
        raise InvalidInput(f"more than {MAX_WINDOWS} windows would be needed", key="erlang_too_many")
    windows = max(1, math.floor(load) + 1)
    while windows <= MAX_WINDOWS:
        service_level, waiting, asa, occupancy = performance(
            windows, arrivals_per_hour, aht_min, target_wait_min
        )
        if service_level >= target_sl and occupancy <= max_occupancy:
            scheduled = math.ceil(windows / (1 - shrinkage) - 1e-9)
            return Requirement(scheduled, windows, service_level, waiting, asa, occupancy, load)
        windows += 1
    raise InvalidInput(f"more than {MAX_WINDOWS} windows would be needed", key="erlang_too_many")
