"""Every error the core gives officers has a sentence in the interface language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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


def test_a_core_refusal_reads_as_chinese_and_as_english(qapp, network_db):
    ticket = issue_ticket(network_db, "HALL", "FPLY")
    with pytest.raises(InvalidInput) as refused:
        calls.finish(network_db, ticket.id, at=clock.now())
    assert describe_error(refused.value) == f"{ticket.number} 当前为「等候中」，不能办结。"
    try:
        i18n.install(qapp, "en")
        assert describe_error(refused.value) == f"{ticket.number} is “waiting”: it cannot be finished."
    finally:
        i18n.install(qapp, "zh_CN")
