"""``taxdesk staffing …`` (Erlang C and the windows a week needs) and ``taxdesk forecast`` (arrivals per
half-hour, learnt from the history).

The forecast and the staffing plan come from statsmodels' GLMs, which take about two seconds to import:
they are imported in the commands that use them, so that ``taxdesk --help`` and every other command start
at once.
"""

from __future__ import annotations

from dataclasses import replace

from taxdesk.cli.base import actions, db_option, json_option, open_db, print_json, signed_in
from taxdesk.core.staffing import required_windows


def register(commands) -> None:
    staffing = commands.add_parser("staffing", help="windows needed: Erlang C")
    staffing_commands = actions(staffing, "staffing_command")
    erlang = staffing_commands.add_parser(
        "erlang", help="windows needed for one arrival rate and handling time"
    )
    erlang.add_argument("--arrivals-per-hour", required=True, type=float, metavar="X")
    erlang.add_argument(
        "--aht-min", required=True, type=float, metavar="Y", help="average handling time, minutes"
    )
    erlang.add_argument(
        "--target-sl", type=float, default=0.8, metavar="S", help="share served in time (0.8)"
    )
    erlang.add_argument("--target-wait-min", type=float, default=10, metavar="T", help="minutes (10)")
    erlang.add_argument("--max-occupancy", type=float, default=1.0, metavar="O")
    erlang.add_argument("--shrinkage", type=float, default=0.0, metavar="S")
    json_option(erlang)
    erlang.set_defaults(func=cmd_staffing_erlang)

    plan = staffing_commands.add_parser(
        "plan", help="windows needed per half-hour of a week, from the forecast"
    )
    db_option(plan)
    plan.add_argument("--point", required=True, metavar="CODE")
    plan.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO week, e.g. 2026-W03")
    plan.add_argument("--target-sl", type=float, metavar="S", help="share served in time (default: setting)")
    plan.add_argument("--target-wait-min", type=float, metavar="T", help="minutes (default: setting)")
    plan.add_argument("--max-occupancy", type=float, metavar="O", help="(default: setting)")
    plan.add_argument("--shrinkage", type=float, metavar="S", help="(default: setting)")
    plan.add_argument("--backtest", action="store_true", help="also measure the forecast on past weeks")
    json_option(plan)
    plan.set_defaults(func=cmd_staffing_plan)

    targets = staffing_commands.add_parser(
        "targets", help="show the installation's staffing targets, or change those given"
    )
    db_option(targets)
    targets.add_argument("--target-sl", type=float, metavar="S", help="share served in time, e.g. 0.8")
    targets.add_argument("--target-wait-min", type=float, metavar="T", help="minutes")
    targets.add_argument("--max-occupancy", type=float, metavar="O", help="e.g. 0.85")
    targets.add_argument("--shrinkage", type=float, metavar="S", help="e.g. 0.2")
    json_option(targets)
    targets.set_defaults(func=cmd_staffing_targets)

    forecast = commands.add_parser("forecast", help="arrivals per half-hour of a week, learnt from history")
    db_option(forecast)
    forecast.add_argument("--point", required=True, metavar="CODE")
    forecast.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO week, e.g. 2026-W03")
    forecast.add_argument(
        "--no-backtest", action="store_true", help="skip measuring the method on the last 8 weeks"
    )
    json_option(forecast)
    forecast.set_defaults(func=cmd_forecast)


def cmd_forecast(args) -> int:
    from taxdesk.core.forecast import forecast_week  # statsmodels: see the module docstring

    result = forecast_week(open_db(args), args.point, args.week, backtest=not args.no_backtest)
    if args.json:
        print_json(result.to_json())
        return 0
    print(f"{result.point} {result.week}: history {result.history_first_day} – {result.history_last_day}")
    days: dict = {}
    for interval in result.intervals:
        days.setdefault(interval.start.date(), []).append(interval)
    for day, intervals in days.items():
        peak = max(intervals, key=lambda i: i.arrivals)
        print(
            f"{day:%Y-%m-%d %a}  {sum(i.arrivals for i in intervals):6.0f} arrivals, "
            f"peak {peak.start:%H:%M} {peak.arrivals:.0f} ({peak.lo:.0f}–{peak.hi:.0f})"
        )
    if not days:
        print("no working day this week")
    for code, shift in result.level_changes.items():
        if shift is not None:
            print(
                f"{code}: level changed since {shift.start} ({shift.change:+.0%} over {shift.weeks} weeks); "
                "the forecast follows the new level"
            )
    if result.backtest and result.backtest.wape is not None:
        b = result.backtest
        print(
            f"backtest {len(b.weeks)} weeks: WAPE {b.wape:.1%} (seasonal naive {b.naive_wape:.1%}, "
            f"historical average {b.average_wape:.1%}), 80 % band held {b.coverage:.0%}"
        )
    return 0


def cmd_staffing_plan(args) -> int:
    from taxdesk.core.plan import staffing_plan  # statsmodels: see the module docstring

    plan = staffing_plan(
        open_db(args),
        args.point,
        args.week,
        target_sl=args.target_sl,
        target_wait_min=args.target_wait_min,
        max_occupancy=args.max_occupancy,
        shrinkage=args.shrinkage,
        backtest=args.backtest,
    )
    if args.json:
        print_json(plan.to_json())
        return 0
    codes = list(plan.handling)
    print(f"{plan.point} {plan.week}: windows per half-hour ({' '.join(codes)} = total, pooled)")
    for interval in plan.intervals:
        needs = interval.categories
        parts = " ".join(str(needs[c].requirement.windows) if c in needs else "-" for c in codes)
        short = f", {interval.shortfall} short" if interval.shortfall else ""
        print(
            f"{interval.start:%a %m-%d %H:%M}  {interval.arrivals:5.1f} arrivals  {parts} = "
            f"{interval.windows:2d}, pooled {interval.pooled.windows}{short}"
        )
    worst = plan.worst_shortfall
    if worst is not None:
        print(
            f"{len(plan.short)} half-hours need more windows open at once than the {plan.windows_available} "
            f"the point has (most: {worst.shortfall} short at {worst.start:%a %H:%M})"
        )
    return 0


def cmd_staffing_targets(args) -> int:
    from taxdesk.core.plan import save_targets, targets_from_settings  # statsmodels: see the docstring

    db = open_db(args)
    targets = targets_from_settings(db)
    fields = ("target_sl", "target_wait_min", "max_occupancy", "shrinkage")
    given = {name: getattr(args, name) for name in fields if getattr(args, name) is not None}
    if given:
        targets = save_targets(db, replace(targets, **given), actor=signed_in(args, db))
    if args.json:
        print_json(targets.to_json())
    else:
        print(
            f"{targets.target_sl:.0%} served within {targets.target_wait_min:g} min, occupancy at most "
            f"{targets.max_occupancy:.0%}, shrinkage {targets.shrinkage:.0%}"
        )
    return 0


def cmd_staffing_erlang(args) -> int:
    requirement = required_windows(
        args.arrivals_per_hour,
        args.aht_min,
        target_sl=args.target_sl,
        target_wait_min=args.target_wait_min,
        max_occupancy=args.max_occupancy,
        shrinkage=args.shrinkage,
    )
    if args.json:
        print_json(requirement.to_json())
    else:
        print(
            f"{requirement.windows} window(s) ({requirement.raw_windows} open at once): "
            f"{requirement.service_level:.1%} served within {args.target_wait_min:g} min, "
            f"average wait {requirement.asa_min:.1f} min, occupancy {requirement.occupancy:.0%}"
        )
    return 0
