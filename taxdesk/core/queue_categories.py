"""The six standard queue categories of a tax service hall and their ticket prefixes.

Every installation starts with them (``taxdesk init``), so a bureau can import its own catalogue straight
away; they follow the categories seen at real halls (domain.md). Prefixes V and Y stay free for the green
channel and bookings.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from taxdesk.core.db.models import Category


@dataclass(frozen=True)
class CategoryDef:
    code: str
    name: str
    name_en: str
    prefix: str
    sort_order: int


STANDARD_CATEGORIES: tuple[CategoryDef, ...] = (
    CategoryDef("GEN", "综合服务", "General services", "A", 1),
    CategoryDef("INV", "发票业务", "Invoices", "B", 2),
    CategoryDef("DEC", "申报纳税", "Tax returns and payment", "C", 3),
    CategoryDef("SSF", "社保费及非税收入", "Social insurance and non-tax revenue", "D", 4),
    CategoryDef("PROP", "不动产交易", "Real estate transactions", "E", 5),
    CategoryDef("EXP", "出口退税", "Export tax refunds", "F", 6),
)


def ensure_categories(session: Session) -> dict[str, Category]:
    """The standard categories, created where missing (by code); existing ones are left as they are."""
    existing = {c.code: c for c in session.scalars(select(Category))}
    for definition in STANDARD_CATEGORIES:
        if definition.code not in existing:
            category = Category(
                code=definition.code,
                name=definition.name,
                name_en=definition.name_en,
                prefix=definition.prefix,
                sort_order=definition.sort_order,
            )
            session.add(category)
            existing[definition.code] = category
    session.flush()
    return existing
