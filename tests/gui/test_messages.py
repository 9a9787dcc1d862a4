"""Every error the core gives officers has a sentence in the interface language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from signing_in import ANYONE

import taxdesk.core
from taxdesk.core import calls, clock
from taxdesk.core.errors import InvalidInput
from taxdesk.core.tickets import issue_ticket
from taxdesk.gui import i18n
from taxdesk.gui.messages import MESSAGES, describe_error

CORE = Path(taxdesk.core.__file__).parent


def test_every_key_the_core_raises_has_a_message():
    raised = {
        key for path in CORE.rglob("*.py") for key in re.findall(r'key="([a-z_]+)"', path.read_text("utf-8"))
    }
    assert raised, "the core names no message keys at all?"
    assert raised <= set(MESSAGES), sorted(raised - set(MESSAGES))


def _function_source(path: Path, name: str) -> str:
    source = path.read_text("utf-8")
    start = source.index(f"def {name}(")
    end = source.find("\ndef ", start + 1)
    return source[start : end if end > 0 else None]


def test_every_computed_key_has_a_message():
    """Keys built at run time: an ID number's or credit code's problem (``id_``/``credit_`` + the reason the
    checking function returns), a refused booking slip (``booking_`` + the signing module's reason) and the
    refusals that bookings.py raises from a table (the horizon, check-in)."""
    reason = r'return "([a-z_]+)", '
    person = re.findall(reason, _function_source(CORE / "identity.py", "resident_id_problem"))
    business = re.findall(reason, _function_source(CORE / "identity.py", "credit_code_problem"))
    assert {"length", "format", "province", "birth", "check"} <= set(person)
    assert {"length", "alphabet", "region", "check"} <= set(business)
    rejections = re.findall(r'PayloadRejected\(\s*"([a-z_]+)"', (CORE / "signing.py").read_text("utf-8"))
    assert {"empty", "malformed", "bad_signature", "other_installation"} <= set(rejections)
    bookings_source = (CORE / "bookings.py").read_text("utf-8")
    horizon = re.findall(reason, _function_source(CORE / "bookings.py", "_horizon_problem"))
    refusals = re.findall(r'\(\s*"(booking_[a-z_]+)",', bookings_source)
    assert {"too_far", "too_soon", "slot_past", "not_workday"} <= set(horizon)
    assert {"booking_early", "booking_late", "booking_used", "booking_other_point"} <= set(refusals)
    computed = (
        {f"id_{r}" for r in person}
        | {f"credit_{r}" for r in business}
        | {f"booking_{r}" for r in rejections}
        | set(horizon)
        | set(refusals)
    )
    assert computed <= set(MESSAGES), sorted(computed - set(MESSAGES))


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("11010519491231002", "person", "身份证号应为 18 位（最后一位可能是 X），请核对位数。"),
        ("110105194912310021", "person", "身份证号校验位不符：可能有数字输错，请核对。"),
        ("91350100M000100Y4O", "business", "统一社会信用代码中不会出现字母 I、O、Z、S、V，请核对。"),
    ],
)
def test_an_identity_problem_reads_as_one_chinese_sentence(qapp, text, kind, expected):
    from taxdesk.core.identity import parse_taxpayer_id

    with pytest.raises(InvalidInput) as refused:
        parse_taxpayer_id(text, kind=kind)
    assert describe_error(refused.value) == expected


def test_a_core_refusal_reads_as_chinese_and_as_english(qapp, network_db):
    ticket = issue_ticket(network_db, "HALL", "FPLY", actor=ANYONE)
    with pytest.raises(InvalidInput) as refused:
        calls.finish(network_db, ticket.id, at=clock.now(), actor=ANYONE)
    assert describe_error(refused.value) == f"{ticket.number} 当前为「等候中」，不能办结。"
    try:
        i18n.install(qapp, "en")
        assert describe_error(refused.value) == f"{ticket.number} is “waiting”: it cannot be finished."
    finally:
        i18n.install(qapp, "zh_CN")


def test_an_unforeseen_error_is_one_sentence_that_is_not_blamed_on_the_database(qapp):
    """Only a database failure reads as one; a defect says it is one, in one line, without a traceback."""
    from sqlalchemy.exc import OperationalError

    i18n.install(qapp, "zh_CN")
    away = OperationalError("SELECT 1", {}, Exception("server closed the connection\nunexpectedly"))
    assert describe_error(away) == "数据库不可用：server closed the connection"
    defect = describe_error(OverflowError("date value out of range"))
    assert defect.startswith("内部错误（OverflowError：date value out of range）") and "\n" not in defect
    missing = FileNotFoundError(2, "No such file or directory")
    assert describe_error(missing) == "无法读写文件：No such file or directory"


def test_the_input_rules_read_as_sentences(qapp):
    from taxdesk.core import validate

    i18n.install(qapp, "zh_CN")
    text, record, day = validate.text, validate.record_id, validate.parse_day
    cases = [
        (lambda: text("张\x00三", "name", limit=9), "内容中有不可见的控制字符（U+0000），请删除后重新输入。"),
        (lambda: record(2**70), f"编号须为 1 到 {2**31 - 1} 之间的整数，「{2**70}」不符合。"),
        (lambda: day("2026-02-30"), "「2026-02-30」不是有效日期：请写成 年-月-日（如 2026-03-02）。"),
        (lambda: day("9999-12-31"), "日期 9999-12-31 超出了 2000-01-01 至 2099-12-31 的范围。"),
    ]
    for attempt, expected in cases:
        with pytest.raises(InvalidInput) as refused:
            attempt()
        assert describe_error(refused.value) == expected
