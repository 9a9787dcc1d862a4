"""Turning failures into one sentence a desk officer can act on, in the interface language (never a
traceback).

The core raises errors with an English message (for the command line) and, where officers meet them, a
``key`` and parameters; this table holds the officers' sentences for those keys.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from taxdesk.core.errors import TaxDeskError
from taxdesk.gui.widgets.models import status_text

CONTEXT = "Messages"

MESSAGES = {
    "unknown_point": QT_TRANSLATE_NOOP("Messages", "没有服务点 {point}。"),
    "unknown_service": QT_TRANSLATE_NOOP("Messages", "没有业务 {service}。"),
    "not_offered": QT_TRANSLATE_NOOP("Messages", "{point}不办理业务 {service}。"),
    "unknown_window": QT_TRANSLATE_NOOP("Messages", "{point} 没有 {window} 号窗口。"),
    "unknown_ticket": QT_TRANSLATE_NOOP("Messages", "找不到这张票（编号 {ticket}）。"),
    "unknown_officer": QT_TRANSLATE_NOOP("Messages", "没有工号为 {staff} 的工作人员。"),
    "wrong_state": QT_TRANSLATE_NOOP("Messages", "{ticket} 当前为「{status}」，不能{action}。"),
    "window_busy": QT_TRANSLATE_NOOP(
        "Messages", "{window} 号窗口正在办理 {ticket}：请先办结或过号，再叫下一位。"
    ),
    "window_busy_sign_out": QT_TRANSLATE_NOOP(
        "Messages", "{window} 号窗口正在办理 {ticket}：请先办结或转办，再签退。"
    ),
    "window_closed": QT_TRANSLATE_NOOP("Messages", "{window} 号窗口未签到：请先签到。"),
    "window_paused": QT_TRANSLATE_NOOP("Messages", "{window} 号窗口已暂停：请先恢复。"),
    "needs_recall": QT_TRANSLATE_NOOP(
        "Messages", "{ticket} 需先重呼 {needed} 次才能过号（已重呼 {count} 次）。"
    ),
    "transfer_nothing": QT_TRANSLATE_NOOP("Messages", "请选择转办的业务或窗口。"),
    "already_at_window": QT_TRANSLATE_NOOP("Messages", "{ticket} 已在 {window} 号窗口。"),
    "reactivated_once": QT_TRANSLATE_NOOP("Messages", "{ticket} 已重新激活过一次，不能再次激活。"),
    "old_ticket": QT_TRANSLATE_NOOP("Messages", "{ticket} 是 {day} 的票，请重新取号。"),
    "threshold_waiting": QT_TRANSLATE_NOOP("Messages", "等候人数阈值须在 1 到 {maximum} 之间。"),
    "threshold_wait": QT_TRANSLATE_NOOP("Messages", "等候时间阈值须在 1 到 {maximum} 分钟之间。"),
}

# The rules every value from a person or a file meets (taxdesk.core.validate).
MESSAGES.update(
    {
        "text_control": QT_TRANSLATE_NOOP(
            "Messages", "内容中有不可见的控制字符（{character}），请删除后重新输入。"
        ),
        "text_required": QT_TRANSLATE_NOOP("Messages", "此项不能为空。"),
        "number_range": QT_TRANSLATE_NOOP(
            "Messages", "须为 {minimum} 到 {maximum} 之间的数字，「{value}」不符合。"
        ),
        "id_range": QT_TRANSLATE_NOOP("Messages", "编号须为 1 到 {maximum} 之间的整数，「{value}」不符合。"),
        "window_range": QT_TRANSLATE_NOOP(
            "Messages", "窗口号须为 1 到 {maximum} 之间的整数，「{value}」不符合。"
        ),
        "year_range": QT_TRANSLATE_NOOP(
            "Messages", "年份须在 {minimum} 到 {maximum} 之间，「{value}」不符合。"
        ),
        "bad_date": QT_TRANSLATE_NOOP(
            "Messages", "「{value}」不是有效日期：请写成 年-月-日（如 2026-03-02）。"
        ),
        "date_range": QT_TRANSLATE_NOOP("Messages", "日期 {value} 超出了 {first} 至 {last} 的范围。"),
    }
)

# Editing the service network and its files (taxdesk.core.network_edit, taxdesk.core.catalogue_io). An
# import error also carries ``row`` and ``column``; the network editor puts "第 N 行" before the sentence.
MESSAGES.update(
    {
        "point_code_invalid": QT_TRANSLATE_NOOP(
            "Messages", "服务点代码须为 2 到 16 位大写字母或数字（A–Z、0–9），「{value}」不符合。"
        ),
        "service_code_invalid": QT_TRANSLATE_NOOP(
            "Messages", "业务代码须为 2 到 16 位大写字母或数字（A–Z、0–9），「{value}」不符合。"
        ),
        "point_exists": QT_TRANSLATE_NOOP("Messages", "服务点代码 {value} 已被使用。"),
        "service_exists": QT_TRANSLATE_NOOP("Messages", "业务代码 {value} 已被使用。"),
        "point_name_required": QT_TRANSLATE_NOOP("Messages", "请填写服务点名称。"),
        "service_name_required": QT_TRANSLATE_NOOP("Messages", "请填写业务名称。"),
        "text_too_long": QT_TRANSLATE_NOOP("Messages", "内容过长：最多 {maximum} 个字，现有 {length} 个字。"),
        "point_kind_invalid": QT_TRANSLATE_NOOP(
            "Messages",
            "服务点类型须为 hall（办税服务厅）、township（丰收微税厅）或 bank_station（银税e站），「{value}」不符合。",
        ),
        "opening_hours_format": QT_TRANSLATE_NOOP(
            "Messages",
            "营业时间「{value}」格式不对：请写成 08:30-12:00,13:30-17:00（24 小时制，时段之间用逗号分隔）。",
        ),
        "opening_hours_time": QT_TRANSLATE_NOOP(
            "Messages", "营业时间中的「{time}」不是有效时刻：小时为 00–23（结束可写 24:00），分钟为 00–59。"
        ),
        "opening_hours_order": QT_TRANSLATE_NOOP(
            "Messages", "营业时段「{period}」的结束时间须晚于开始时间。"
        ),
        "opening_hours_overlap": QT_TRANSLATE_NOOP(
            "Messages", "营业时段「{period}」与前一时段重叠或顺序颠倒：请按先后顺序填写，时段互不重叠。"
        ),
        "handling_time_range": QT_TRANSLATE_NOOP(
            "Messages", "平均办理时长须为 {minimum} 到 {maximum} 分钟之间的数字，「{value}」不符合。"
        ),
        "unknown_category": QT_TRANSLATE_NOOP("Messages", "没有业务类别「{category}」。"),
        "bad_flag": QT_TRANSLATE_NOOP(
            "Messages", "「{value}」不是“是/否”：请填 1 或 0（也可写 是/否、yes/no）。"
        ),
        "file_format": QT_TRANSLATE_NOOP("Messages", "只能使用 .csv 或 .xlsx 文件：{path}"),
        "import_unreadable": QT_TRANSLATE_NOOP("Messages", "无法读取文件 {path}：{reason}"),
        "export_failed": QT_TRANSLATE_NOOP("Messages", "无法写入文件 {path}：{reason}"),
        "import_empty": QT_TRANSLATE_NOOP("Messages", "文件是空的：第 1 行应为列名（{columns}）。"),
        "import_unknown_column": QT_TRANSLATE_NOOP(
            "Messages", "未知的列「{column}」。可用的列为：{columns}。"
        ),
        "import_repeated_column": QT_TRANSLATE_NOOP("Messages", "列「{column}」出现了两次。"),
        "import_missing_column": QT_TRANSLATE_NOOP("Messages", "缺少必需的列「{column}」。"),
        "duplicate_code": QT_TRANSLATE_NOOP("Messages", "代码 {code} 在第 {first_row} 行已经出现过。"),
    }
)

# Appointments (taxdesk.core.bookings) and the taxpayer's identity (taxdesk.core.identity). The keys of a
# refused booking slip are "booking_" + the signing module's reason (empty, malformed, bad_signature …).
MESSAGES.update(
    {
        "name_required": QT_TRANSLATE_NOOP("Messages", "请填写纳税人姓名（不超过 40 个字）。"),
        "name_too_long": QT_TRANSLATE_NOOP("Messages", "姓名不能超过 40 个字。"),
        "phone_missing": QT_TRANSLATE_NOOP("Messages", "请填写纳税人的手机号。"),
        "phone_invalid": QT_TRANSLATE_NOOP(
            "Messages", "手机号「{phone}」格式不正确：应为以 1 开头的 11 位手机号。"
        ),
        "id_missing": QT_TRANSLATE_NOOP("Messages", "请填写身份证号或统一社会信用代码。"),
        "id_length": QT_TRANSLATE_NOOP("Messages", "身份证号应为 18 位（最后一位可能是 X），请核对位数。"),
        "id_format": QT_TRANSLATE_NOOP("Messages", "身份证号应为 17 位数字加最后一位数字或 X。"),
        "id_province": QT_TRANSLATE_NOOP("Messages", "身份证号前两位不是有效的省份代码，请核对。"),
        "id_birth": QT_TRANSLATE_NOOP("Messages", "身份证号第 7–14 位的出生日期无效，请核对。"),
        "id_check": QT_TRANSLATE_NOOP("Messages", "身份证号校验位不符：可能有数字输错，请核对。"),
        "credit_length": QT_TRANSLATE_NOOP("Messages", "统一社会信用代码应为 18 位，请核对位数。"),
        "credit_alphabet": QT_TRANSLATE_NOOP(
            "Messages", "统一社会信用代码中不会出现字母 I、O、Z、S、V，请核对。"
        ),
        "credit_region": QT_TRANSLATE_NOOP(
            "Messages", "统一社会信用代码第 3–8 位应为行政区划代码（数字），请核对。"
        ),
        "credit_check": QT_TRANSLATE_NOOP("Messages", "统一社会信用代码校验位不符：可能有字符输错，请核对。"),
        "slot_full": QT_TRANSLATE_NOOP("Messages", "{time} 时段已约满，请选择其他时段。"),
        "not_bookable": QT_TRANSLATE_NOOP("Messages", "本服务点不接受该类业务的预约。"),
        "too_far": QT_TRANSLATE_NOOP("Messages", "该日期超出可预约的范围，请在可选日期内预约。"),
        "too_soon": QT_TRANSLATE_NOOP(
            "Messages", "该时段即将开始，已过当天预约的截止时间，请选择更晚的时段。"
        ),
        "not_workday": QT_TRANSLATE_NOOP("Messages", "{day} 不是工作日，不办理预约。"),
        "slot_past": QT_TRANSLATE_NOOP("Messages", "该时段已经过去，请选择其他时段。"),
        "no_such_slot": QT_TRANSLATE_NOOP("Messages", "{point}没有 {time} 开始的预约时段。"),
        "booking_duplicate": QT_TRANSLATE_NOOP(
            "Messages", "该纳税人当天已预约过此业务（预约码 {code}），无需重复预约。"
        ),
        "booking_blocked": QT_TRANSLATE_NOOP(
            "Messages",
            "该纳税人近期 {count} 次预约未到，暂停预约至 {until}。确有需要的，可由值班长解除限制。",
        ),
        "booking_not_open": QT_TRANSLATE_NOOP("Messages", "预约 {code} 当前为「{status}」，不能改约或取消。"),
        "booking_unknown": QT_TRANSLATE_NOOP("Messages", "找不到预约 {code}，请核对预约码。"),
        "booking_early": QT_TRANSLATE_NOOP(
            "Messages", "还未到签到时间：预约 {code} 可于 {day} {time} 起签到。"
        ),
        "booking_late": QT_TRANSLATE_NOOP(
            "Messages", "已过签到时间：预约 {code} 的签到已于 {day} {time} 截止，请取普通号办理。"
        ),
        "booking_cancelled": QT_TRANSLATE_NOOP("Messages", "预约 {code} 已取消，不能签到。"),
        "booking_used": QT_TRANSLATE_NOOP("Messages", "预约 {code} 已签到取号，不能重复使用。"),
        "booking_other_point": QT_TRANSLATE_NOOP(
            "Messages", "预约 {code} 是在「{point}」的预约，请到该服务点签到。"
        ),
        "booking_empty": QT_TRANSLATE_NOOP("Messages", "请扫描预约凭条上的二维码，或输入 8 位预约码。"),
        "booking_malformed": QT_TRANSLATE_NOOP("Messages", "这不是 TaxDesk 预约凭条的二维码。"),
        "booking_wrong_kind": QT_TRANSLATE_NOOP("Messages", "这不是预约凭条的二维码（可能是排队票）。"),
        "booking_unsupported_version": QT_TRANSLATE_NOOP("Messages", "预约凭条二维码的格式版本不受支持。"),
        "booking_other_installation": QT_TRANSLATE_NOOP(
            "Messages", "该预约凭条由另一套 TaxDesk 系统签发，不属于本局。"
        ),
        "booking_bad_signature": QT_TRANSLATE_NOOP("Messages", "预约凭条二维码签名不符：已被篡改或伪造。"),
        "not_supervisor": QT_TRANSLATE_NOOP(
            "Messages", "{name}（{staff}）不是值班长：只有值班长可以解除预约限制。"
        ),
        "override_reason": QT_TRANSLATE_NOOP("Messages", "请填写解除预约限制的原因。"),
        "not_blocked": QT_TRANSLATE_NOOP("Messages", "{taxpayer} 当前没有预约限制，无需解除。"),
        "capacity_range": QT_TRANSLATE_NOOP("Messages", "每个时段的预约名额须在 0 到 99 之间。"),
        "bad_time": QT_TRANSLATE_NOOP("Messages", "「{time}」不是有效时刻，请写成 时:分（如 09:30）。"),
        "hours_format": QT_TRANSLATE_NOOP(
            "Messages", "营业时间「{period}」格式不对：请写成 08:30-12:00（24 小时制）。"
        ),
        "hours_order": QT_TRANSLATE_NOOP("Messages", "营业时段「{period}」为空、顺序颠倒或与前一时段重叠。"),
    }
)

MESSAGES.update(
    {
        "erlang_arrivals": QT_TRANSLATE_NOOP("Messages", "每小时到达人数须为 0 到 {maximum} 之间的数字。"),
        "erlang_aht": QT_TRANSLATE_NOOP("Messages", "平均办理时长须大于 0 且不超过 {maximum} 分钟。"),
        "erlang_sl": QT_TRANSLATE_NOOP("Messages", "服务水平目标须在 0 与 1 之间（如 0.8）。"),
        "erlang_wait": QT_TRANSLATE_NOOP("Messages", "目标等候时间须为 0 到 {maximum} 分钟。"),
        "erlang_occupancy": QT_TRANSLATE_NOOP("Messages", "最大占用率须大于 0 且不超过 1。"),
        "erlang_shrinkage": QT_TRANSLATE_NOOP("Messages", "损耗率须为 0 或以上且小于 1（如 0.3）。"),
        "erlang_too_many": QT_TRANSLATE_NOOP("Messages", "所需窗口数超过上限，请核对到达人数与办理时长。"),
    }
)

# The arrivals forecast and the staffing plan (taxdesk.core.forecast, handling, plan).
MESSAGES.update(
    {
        "forecast_week": QT_TRANSLATE_NOOP(
            "Messages", "「{week}」不是 ISO 周：请写成 年-W周（如 2026-W03）。"
        ),
        "forecast_no_hours": QT_TRANSLATE_NOOP("Messages", "服务点 {point} 没有设置营业时间，无法预测。"),
        "forecast_history": QT_TRANSLATE_NOOP(
            "Messages",
            "预测 {point} 的 {week} 需要此前至少 {needed} 个工作日的取号记录，目前只有 {available} 个。",
        ),
        "forecast_cancelled": QT_TRANSLATE_NOOP("Messages", "已取消预测，未作任何更改。"),
        "handling_days": QT_TRANSLATE_NOOP("Messages", "统计办理时长的天数至少为 1 天。"),
    }
)


# The calendar's overrides (taxdesk.core.calendar) and the ticket-history import
# (taxdesk.core.history_import). A file error also carries ``row`` (and ``column``); the dialogs put
# "第 N 行" before the sentence.
MESSAGES.update(
    {
        "import_header": QT_TRANSLATE_NOOP("Messages", "列名应为 {expected}。"),
        "import_cancelled": QT_TRANSLATE_NOOP("Messages", "导入已取消，没有写入任何数据。"),
        "calendar_bad_date": QT_TRANSLATE_NOOP(
            "Messages", "「{value}」不是日期：请写成 年-月-日（如 2027-01-01）。"
        ),
        "calendar_bad_kind": QT_TRANSLATE_NOOP(
            "Messages", "类型「{value}」不对：应为 holiday（放假）或 workday（调休上班）。"
        ),
        "calendar_duplicate_date": QT_TRANSLATE_NOOP(
            "Messages", "日期 {day} 在第 {first_row} 行已经出现过。"
        ),
        "calendar_bad_year": QT_TRANSLATE_NOOP(
            "Messages", "年份须在 {minimum} 到 {maximum} 之间，{value} 不符合。"
        ),
        "deadline_bad_month": QT_TRANSLATE_NOOP("Messages", "「{value}」不是有效的年份和月份。"),
        "deadline_other_month": QT_TRANSLATE_NOOP("Messages", "{day} 不在 {year} 年 {month} 月。"),
        "deadline_too_early": QT_TRANSLATE_NOOP("Messages", "申报期限 {day} 早于当月 15 日。"),
        "deadline_not_workday": QT_TRANSLATE_NOOP("Messages", "{day} 不是工作日，不能作为申报截止日。"),
        "deadline_duplicate": QT_TRANSLATE_NOOP(
            "Messages", "{year} 年 {month} 月在第 {first_row} 行已经出现过。"
        ),
        "history_cells": QT_TRANSLATE_NOOP(
            "Messages",
            "这一行有 {count} 列，应为 6 列（point,service,issued_at,called_at,finished_at,window）。",
        ),
        "history_time_missing": QT_TRANSLATE_NOOP("Messages", "缺少取号时间（issued_at）。"),
        "history_bad_time": QT_TRANSLATE_NOOP(
            "Messages", "「{value}」不是有效时间：请写成 年-月-日 时:分:秒（如 2025-03-03 09:15:00）。"
        ),
        "history_bad_window": QT_TRANSLATE_NOOP("Messages", "窗口号「{value}」不是数字。"),
        "history_other_day": QT_TRANSLATE_NOOP(
            "Messages", "{value} 与取号不在同一天（{day}）：一张票的各个时间须在同一天内。"
        ),
        "history_called_early": QT_TRANSLATE_NOOP("Messages", "叫号时间 {called} 早于取号时间 {issued}。"),
        "history_not_called": QT_TRANSLATE_NOOP("Messages", "有办结时间，却没有叫号时间（called_at）。"),
        "history_finished_early": QT_TRANSLATE_NOOP(
            "Messages", "办结时间 {finished} 早于叫号时间 {called}。"
        ),
        "history_future": QT_TRANSLATE_NOOP("Messages", "时间 {value} 晚于现在。"),
    }
)

# The tidal-window advisor's decisions (taxdesk.core.advisor).
MESSAGES.update(
    {
        "advice_unknown": QT_TRANSLATE_NOOP("Messages", "找不到编号为 {id} 的潮汐窗口建议。"),
        "advice_not_supervisor": QT_TRANSLATE_NOOP(
            "Messages", "{name}（{staff}）不是值班长：只有值班长可以采纳或忽略潮汐窗口建议。"
        ),
        "advice_accepted": QT_TRANSLATE_NOOP("Messages", "这条建议（编号 {id}）已经采纳过了。"),
        "advice_dismissed": QT_TRANSLATE_NOOP("Messages", "这条建议（编号 {id}）已经忽略过了。"),
        "advice_expired": QT_TRANSLATE_NOOP("Messages", "这条建议（编号 {id}）已过期：排队情况已经变化。"),
    }
)

# The roster engine (taxdesk.core.roster): the benchmark file reader, and why a roster cannot exist (one
# sentence per reason; "day" counts the roster's days from 1).
MESSAGES.update(
    {
        "nrp_unreadable": QT_TRANSLATE_NOOP("Messages", "无法读取排班算例文件 {path}：{reason}"),
        "nrp_missing_section": QT_TRANSLATE_NOOP(
            "Messages", "{path} 缺少 {section} 段：这不是排班基准算例文件。"
        ),
        "nrp_bad_line": QT_TRANSLATE_NOOP("Messages", "{path} 第 {line} 行有误：{reason}"),
        "roster_time_limit": QT_TRANSLATE_NOOP("Messages", "求解时限须为 0.1 到 {maximum} 秒。"),
        "roster_invalid": QT_TRANSLATE_NOOP("Messages", "排班数据有误：{reason}"),
        "roster_lock_clash": QT_TRANSLATE_NOOP(
            "Messages", "{person} 第 {day} 天被锁定了两种安排（{first} 与 {second}），只能保留一种。"
        ),
        "roster_lock_day_off": QT_TRANSLATE_NOOP(
            "Messages", "{person} 第 {day} 天休假（或休息），却被锁定为 {shift} 班。"
        ),
        "roster_lock_skill": QT_TRANSLATE_NOOP(
            "Messages", "{person} 被锁定在第 {day} 天上 {shift} 班，但不具备该班次所需的技能（{skills}）。"
        ),
        "roster_lock_max_shifts": QT_TRANSLATE_NOOP(
            "Messages", "{person} 被锁定上 {shift} 班 {count} 次，最多只能上 {limit} 次。"
        ),
        "roster_lock_succession": QT_TRANSLATE_NOOP(
            "Messages",
            "{person} 第 {day} 天被锁定为 {first} 班、次日为 {second} 班，但 {first} 班之后不能接 {second} 班。",
        ),
        "roster_lock_max_minutes": QT_TRANSLATE_NOOP(
            "Messages", "{person} 已锁定的班次合计 {minutes} 分钟，超过上限 {limit} 分钟。"
        ),
        "roster_min_minutes": QT_TRANSLATE_NOOP(
            "Messages", "{person} 至少须工作 {minutes} 分钟，但只有 {days} 天不休息，最多只能排 {most} 分钟。"
        ),
        "roster_lock_window": QT_TRANSLATE_NOOP(
            "Messages",
            "{other} 和 {person} 第 {day} 天被同时锁定在 {window} 号窗口：一个窗口同一时间只能坐一个人。",
        ),
        "roster_windows_full": QT_TRANSLATE_NOOP(
            "Messages",
            "窗口不够坐：按每人的最少工时和锁定的安排，需要的窗口位置多于现有窗口（一个窗口同一时间只能坐一个人）。",
        ),
        "roster_infeasible": QT_TRANSLATE_NOOP(
            "Messages", "没有能满足全部硬性规则的排班，且无法归因于某一个人的规则。"
        ),
        "roster_person_infeasible": QT_TRANSLATE_NOOP("Messages", "{person} 的以下规则无法同时满足："),
        "roster_rule_min_minutes": QT_TRANSLATE_NOOP("Messages", "{person}：至少工作 {minutes} 分钟"),
        "roster_rule_max_minutes": QT_TRANSLATE_NOOP("Messages", "{person}：最多工作 {minutes} 分钟"),
        "roster_rule_max_run": QT_TRANSLATE_NOOP("Messages", "{person}：最多连续工作 {count} 天"),
        "roster_rule_min_run": QT_TRANSLATE_NOOP("Messages", "{person}：至少连续工作 {count} 天"),
        "roster_rule_min_off": QT_TRANSLATE_NOOP("Messages", "{person}：至少连续休息 {count} 天"),
        "roster_rule_weekends": QT_TRANSLATE_NOOP("Messages", "{person}：最多工作 {count} 个周末"),
        "roster_rule_max_shifts": QT_TRANSLATE_NOOP("Messages", "{person}：{shift} 班最多 {count} 次"),
        "roster_rule_rest": QT_TRANSLATE_NOOP("Messages", "{person}：两个班次之间至少休息 {minutes} 分钟"),
        "roster_rule_succession": QT_TRANSLATE_NOOP("Messages", "{person}：有些班次的次日不能接某些班次"),
        "roster_rule_day_off": QT_TRANSLATE_NOOP("Messages", "{person}：第 {day} 天休息"),
        "roster_rule_lock_off": QT_TRANSLATE_NOOP("Messages", "{person}：第 {day} 天锁定为休息"),
        "roster_rule_lock": QT_TRANSLATE_NOOP("Messages", "{person}：第 {day} 天锁定为 {shift} 班"),
        "roster_not_supervisor": QT_TRANSLATE_NOOP(
            "Messages", "{name}（{staff}）不是值班长：只有值班长可以发布排班，或修改已发布的排班。"
        ),
        "roster_day_outside": QT_TRANSLATE_NOOP("Messages", "{day} 不在这一周内。"),
        "roster_two_shifts": QT_TRANSLATE_NOOP(
            "Messages", "{name} 在 {day} 排了两个时间重叠的班次：同一时间只能在一处。"
        ),
        "roster_unknown_duty": QT_TRANSLATE_NOOP("Messages", "本服务点没有岗位 {duty}。"),
        "roster_duty_window": QT_TRANSLATE_NOOP(
            "Messages", "{duty} 岗位不在窗口上：不能同时指定窗口或业务类别。"
        ),
        "roster_unknown_shift": QT_TRANSLATE_NOOP("Messages", "没有班次 {shift}。"),
        "roster_window_category": QT_TRANSLATE_NOOP("Messages", "{window} 号窗口不办理{category}。"),
        "roster_none": QT_TRANSLATE_NOOP("Messages", "{point} 的 {week} 还没有排班，无法发布。"),
        "roster_published_already": QT_TRANSLATE_NOOP("Messages", "{week} 的第 {version} 版已经发布。"),
        "roster_published_readonly": QT_TRANSLATE_NOOP(
            "Messages", "{week} 的第 {version} 版已发布，是只读的；要修改，须先另起第 {next} 版草稿。"
        ),
        "roster_changed_meanwhile": QT_TRANSLATE_NOOP(
            "Messages", "求解期间 {week} 的排班已在另一处修改，结果未保存；请重新求解。"
        ),
        "roster_nothing_to_accept": QT_TRANSLATE_NOOP("Messages", "这次求解没有找到排班，没有可采用的结果。"),
        "roster_no_published": QT_TRANSLATE_NOOP("Messages", "{week} 还没有发布的版本。"),
        "roster_no_draft": QT_TRANSLATE_NOOP("Messages", "{week} 没有草稿：各版本都已发布。"),
        "roster_no_version": QT_TRANSLATE_NOOP("Messages", "{week} 没有第 {version} 版（共 {last} 版）。"),
        "roster_version_choice": QT_TRANSLATE_NOOP(
            "Messages", "版本须为 published（已发布）、draft（草稿）或版本号，不能是“{which}”。"
        ),
        "wish_weight": QT_TRANSLATE_NOOP(
            "Messages", "意愿的权重须在 {least} 到 {most} 之间，不能是 {weight}。"
        ),
        "wish_none": QT_TRANSLATE_NOOP("Messages", "这条意愿（编号 {id}）已经不存在：可能已被撤销。"),
        "leave_none": QT_TRANSLATE_NOOP("Messages", "{name} 在 {day} 没有休假。"),
        "leave_days": QT_TRANSLATE_NOOP("Messages", "休假的结束日期（{last}）早于开始日期（{first}）。"),
        "roster_no_shifts": QT_TRANSLATE_NOOP("Messages", "{point} 没有设置班次模板，无法排班。"),
        "roster_no_staff": QT_TRANSLATE_NOOP("Messages", "没有可排到 {point} 窗口的工作人员。"),
    }
)

# Signing in, passwords and roles (taxdesk.core.accounts, taxdesk.core.roles).
MESSAGES.update(
    {
        "not_signed_in": QT_TRANSLATE_NOOP("Messages", "请先登录。"),
        "actor_gone": QT_TRANSLATE_NOOP("Messages", "工号 {staff} 已离职或账号已停用，请重新登录。"),
        "password_must_change": QT_TRANSLATE_NOOP("Messages", "工号 {staff} 须先修改密码。"),
        "not_allowed": QT_TRANSLATE_NOOP("Messages", "工号 {staff} 的角色无权进行此操作。"),
        "sign_in_wrong": QT_TRANSLATE_NOOP("Messages", "工号或密码错误。"),
        "account_locked": QT_TRANSLATE_NOOP(
            "Messages", "连续登录失败，账号已锁定 15 分钟：请稍后再试，或请管理员解锁。"
        ),
        "password_rule": QT_TRANSLATE_NOOP("Messages", "密码须为文字。"),
        "password_control": QT_TRANSLATE_NOOP("Messages", "密码不能含控制字符。"),
        "password_short": QT_TRANSLATE_NOOP("Messages", "密码至少 {minimum} 位。"),
        "password_long": QT_TRANSLATE_NOOP("Messages", "密码最多 {maximum} 位。"),
        "password_mix": QT_TRANSLATE_NOOP("Messages", "密码须同时包含字母和数字。"),
        "password_same": QT_TRANSLATE_NOOP("Messages", "新密码不能与旧密码相同。"),
        "password_mismatch": QT_TRANSLATE_NOOP("Messages", "两次输入的密码不一致。"),
        "no_account": QT_TRANSLATE_NOOP("Messages", "工号 {staff} 没有登录账号。"),
        "account_exists": QT_TRANSLATE_NOOP("Messages", "工号 {staff} 已有登录账号。"),
        "staff_left": QT_TRANSLATE_NOOP("Messages", "工号 {staff} 已离职。"),
        "admin_exists": QT_TRANSLATE_NOOP("Messages", "本系统已有管理员：请由管理员开设账号。"),
    }
)

# People, windows, shift templates and qualification (taxdesk/core/people.py, windows_edit.py,
# qualification.py).
MESSAGES.update(
    {
        "staff_code_invalid": QT_TRANSLATE_NOOP(
            "Messages", "工号须为 2 到 16 位大写字母或数字（A–Z、0–9），「{value}」不符合。"
        ),
        "staff_name_required": QT_TRANSLATE_NOOP("Messages", "请填写姓名。"),
        "role_invalid": QT_TRANSLATE_NOOP(
            "Messages", "角色「{role}」不存在：可选 管理员、值班长、前台、窗口、代办员。"
        ),
        "roles_required": QT_TRANSLATE_NOOP("Messages", "每个人至少要有一个角色。"),
        "home_unit_invalid": QT_TRANSLATE_NOOP("Messages", "所属单位「{value}」须为 大厅、分局 或 乡镇。"),
        "working_days_invalid": QT_TRANSLATE_NOOP(
            "Messages", "工作日「{value}」须为 1（周一）到 7（周日）的数字，例如 12345。"
        ),
        "hours_range": QT_TRANSLATE_NOOP(
            "Messages", "每周工时须为 {minimum} 到 {maximum} 小时，「{value}」不符合。"
        ),
        "hours_order": QT_TRANSLATE_NOOP("Messages", "每周最少工时（{value}）多于最多工时。"),
        "agent_not_township": QT_TRANSLATE_NOOP("Messages", "代办员的所属单位须为乡镇。"),
        "point_required": QT_TRANSLATE_NOOP("Messages", "乡镇人员须填写所属服务点。"),
        "township_point": QT_TRANSLATE_NOOP(
            "Messages", "乡镇人员须属于丰收微税厅或银税e站，不能是 {value}。"
        ),
        "hall_point": QT_TRANSLATE_NOOP("Messages", "大厅和分局人员只能属于办税服务厅，不能是 {value}。"),
        "photo_too_large": QT_TRANSLATE_NOOP("Messages", "照片太大（{value}）：最多 2 MB。"),
        "photo_format": QT_TRANSLATE_NOOP("Messages", "照片须为 JPEG 或 PNG 图片。"),
        "unknown_staff": QT_TRANSLATE_NOOP("Messages", "没有工号为 {staff} 的人员。"),
        "staff_exists": QT_TRANSLATE_NOOP("Messages", "工号 {value} 已经有人使用。"),
        "staff_at_window": QT_TRANSLATE_NOOP("Messages", "{value} 正在 {window} 号窗口办公：请先关闭窗口。"),
        "unknown_field": QT_TRANSLATE_NOOP("Messages", "未知字段「{field}」。"),
        "window_categories_required": QT_TRANSLATE_NOOP("Messages", "窗口至少要办理一个队列类别。"),
        "window_name_required": QT_TRANSLATE_NOOP("Messages", "请填写窗口名称。"),
        "window_exists": QT_TRANSLATE_NOOP("Messages", "已经有 {value} 号窗口。"),
        "window_in_use": QT_TRANSLATE_NOOP("Messages", "{window} 号窗口有人在岗：请先关闭，再停用。"),
        "clock_invalid": QT_TRANSLATE_NOOP("Messages", "时间「{value}」须为 HH:MM 格式。"),
        "shift_code_invalid": QT_TRANSLATE_NOOP(
            "Messages", "班次代码须为 1 到 8 位大写字母或数字，「{value}」不符合。"
        ),
        "shift_times": QT_TRANSLATE_NOOP("Messages", "班次的结束时间（{value}）早于开始时间。"),
        "shift_name_required": QT_TRANSLATE_NOOP("Messages", "请填写班次名称。"),
        "unknown_shift": QT_TRANSLATE_NOOP("Messages", "没有代码为 {shift} 的班次模板。"),
        "not_qualified": QT_TRANSLATE_NOOP(
            "Messages",
            "{name}（{staff}）不具备 {window} 号窗口任何队列（{categories}）的业务资格：请选择具备资格的人员。",
        ),
        "concurrent_edit": QT_TRANSLATE_NOOP("Messages", "另一台电脑同时修改了这些数据：没有保存，请重试。"),
    }
)

# The actions named in "wrong_state" (the core's words, for the command line, are English).
ACTIONS = {
    "recall": QT_TRANSLATE_NOOP("Messages", "重呼"),
    "mark a no-show for": QT_TRANSLATE_NOOP("Messages", "过号"),
    "start": QT_TRANSLATE_NOOP("Messages", "开始办理"),
    "finish": QT_TRANSLATE_NOOP("Messages", "办结"),
    "transfer": QT_TRANSLATE_NOOP("Messages", "转办"),
    "re-activate": QT_TRANSLATE_NOOP("Messages", "重新激活"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe_error(exc: Exception) -> str:
    """The officer's sentence for a core error; the database's reason, in plain words, otherwise."""
    if isinstance(exc, TaxDeskError):
        template = MESSAGES.get(exc.key or "")
        if template is None:
            return exc.message
        params = dict(exc.params)
        if "status" in params:
            params["status"] = status_text(params["status"])
        if "action" in params:
            params["action"] = _tr(ACTIONS.get(params["action"], params["action"]))
        try:
            return _tr(template).format(**params)
        except (KeyError, IndexError):  # a translation that names a parameter the error lacks
            return exc.message
    orig = getattr(exc, "orig", None)
    text = str(orig or exc).strip()
    reason = (text.splitlines()[0] if text else type(exc).__name__)[:200]
    if isinstance(exc, SQLAlchemyError):
        return QCoreApplication.translate("Messages", "数据库不可用：{reason}").format(reason=reason)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Messages", "无法读写文件：{reason}").format(
            reason=exc.strerror or reason
        )
    # Not bad input and not the database: a defect. Still one sentence, never a traceback.
    return QCoreApplication.translate(
        "Messages", "内部错误（{kind}：{reason}），请报告给系统管理员。"
    ).format(kind=type(exc).__name__, reason=reason)


def describe_import_error(exc: Exception) -> str:
    """One sentence for a failed file import: the row (and column) first, then what is wrong with it."""
    sentence = describe_error(exc)
    if not isinstance(exc, TaxDeskError) or not exc.params.get("row"):
        return sentence
    row, column = exc.params["row"], exc.params.get("column")
    if column and row > 1:
        where = QCoreApplication.translate("Messages", "第 {row} 行「{column}」列：").format(
            row=row, column=column
        )
    else:
        where = QCoreApplication.translate("Messages", "第 {row} 行：").format(row=row)
    return where + sentence
