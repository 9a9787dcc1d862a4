"""The demo catalogue: six queue categories and the county's 24 high-frequency services (24项高频涉税业务).

No public list of the 24 services exists (see domain.md); this one follows the national scopes of the
self-service terminals and the 丰收驿站. Handling times are typical figures; the app learns real ones
from its own history. Queue prefixes V and Y are left free for the green channel and bookings.
"""

from __future__ import annotations

from dataclasses import dataclass

from taxdesk.core.queue_categories import STANDARD_CATEGORIES


@dataclass(frozen=True)
class ServiceDef:
    code: str
    name: str
    name_en: str
    category: str  # CategoryDef.code
    avg_handling_min: float
    documents: tuple[str, ...]
    hall_only: bool = False


CATEGORIES = STANDARD_CATEGORIES

_ID = "经办人身份证件"

SERVICES: tuple[ServiceDef, ...] = (
    # 综合服务
    ServiceDef(
        "DJBG",
        "税务登记信息变更",
        "Change of registration details",
        "GEN",
        8.0,
        ("变更后的营业执照或登记证件", "《变更税务登记表》", "变更内容的相关证明材料", _ID),
    ),
    ServiceDef(
        "KQBG",
        "跨区域涉税事项报告",
        "Cross-region business report",
        "GEN",
        5.0,
        ("《跨区域涉税事项报告表》", "外出经营合同或协议复印件", _ID),
    ),
    ServiceDef(
        "QSZX",
        "清税注销",
        "Tax clearance and deregistration",
        "GEN",
        20.0,
        ("《清税申报表》", "营业执照", "未使用的发票及税务UKey", "授权委托书（委托办理时）", _ID),
        hall_only=True,
    ),
    ServiceDef(
        "YHBA",
        "税收优惠备案",
        "Tax incentive filing",
        "GEN",
        8.0,
        ("《纳税人减免税备案表》", "享受优惠所需的证明材料", _ID),
    ),
    ServiceDef(
        "WSZM",
        "完税证明开具",
        "Tax payment certificate",
        "GEN",
        3.0,
        ("纳税人身份证件", "缴款凭证或申报记录（如有）"),
    ),
    ServiceDef(
        "SSCX",
        "涉税信息查询",
        "Tax information enquiry",
        "GEN",
        3.0,
        ("纳税人身份证件", "代查时：授权委托书及经办人身份证件"),
    ),
    ServiceDef(
        "XYCX",
        "纳税信用查询及复评",
        "Tax credit rating enquiry and review",
        "GEN",
        4.0,
        ("营业执照或纳税人识别号", "《纳税信用复评申请表》（申请复评时）", _ID),
    ),
    # 发票业务
    ServiceDef(
        "FPLY",
        "发票领用",
        "Invoice collection",
        "INV",
        4.0,
        ("税务UKey或税控设备", "《发票领用簿》（如有）", _ID),
    ),
    ServiceDef(
        "DKFP",
        "代开增值税发票",
        "VAT invoice issued on behalf",
        "INV",
        5.0,
        ("《代开增值税发票缴纳税款申报单》", "申请人身份证件", "购销合同或交易证明", "收款凭证"),
    ),
    ServiceDef(
        "FPYJ",
        "发票验旧",
        "Used-invoice verification",
        "INV",
        3.0,
        ("已开具发票的存根联或电子数据", "作废发票全部联次", _ID),
    ),
    ServiceDef(
        "SDFP",
        "税务UKey及数电发票事项",
        "Tax UKey and digital e-invoice matters",
        "INV",
        6.0,
        ("税务UKey或税控设备", "数电发票相关申请资料", _ID),
    ),
    ServiceDef(
        "FPZB",
        "发票增版增量",
        "Invoice quota increase",
        "INV",
        8.0,
        ("《纳税人领用发票票种核定表》", "增版增量申请说明及经营情况证明", _ID),
    ),
    # 申报纳税
    ServiceDef(
        "ZZSB",
        "增值税及附加税费申报",
        "VAT and surcharge return",
        "DEC",
        6.0,
        ("《增值税及附加税费申报表》及附列资料", "财务报表", _ID),
    ),
    ServiceDef(
        "GSHS",
        "个人所得税申报及年度汇算",
        "Individual income tax return and annual reconciliation",
        "DEC",
        7.0,
        ("纳税人身份证件", "收入及已缴税款资料", "专项附加扣除相关资料", "退税银行卡（申请退税时）"),
    ),
    ServiceDef(
        "QSHS",
        "企业所得税申报及汇算清缴",
        "Corporate income tax return and annual settlement",
        "DEC",
        9.0,
        ("《企业所得税年度纳税申报表》", "年度财务会计报告", "相关备案及证明资料", _ID),
    ),
    ServiceDef(
        "CXSB",
        "财产和行为税合并申报",
        "Property and behaviour taxes return",
        "DEC",
        6.0,
        ("《财产和行为税纳税申报表》及减免税明细", "房产、土地或应税凭证资料", _ID),
    ),
    ServiceDef(
        "CCS",
        "车船税缴纳",
        "Vehicle and vessel tax",
        "DEC",
        4.0,
        ("机动车行驶证", "纳税人身份证件", "减免税证明（如有）"),
    ),
    # 社保费及非税收入
    ServiceDef(
        "SBJF",
        "社会保险费缴纳",
        "Social insurance contributions",
        "SSF",
        3.0,
        ("缴费人身份证件", "社会保障卡或银行卡"),
    ),
    ServiceDef(
        "YBJF",
        "城乡居民医保缴费",
        "Resident medical insurance contribution",
        "SSF",
        2.5,
        ("参保人身份证件或户口簿", "社会保障卡（如有）"),
    ),
    ServiceDef(
        "YLJF",
        "城乡居民养老保险缴费",
        "Resident pension insurance contribution",
        "SSF",
        3.0,
        ("参保人身份证件或户口簿", "社会保障卡或银行卡"),
    ),
    ServiceDef(
        "FSJF", "非税收入缴纳", "Non-tax revenue payment", "SSF", 4.0, ("缴款通知书", "缴费人身份证件")
    ),
    # 不动产交易
    ServiceDef(
        "ESFS",
        "二手房交易税费",
        "Second-hand housing transaction taxes",
        "PROP",
        25.0,
        (
            "买卖双方身份证件",
            "存量房买卖合同",
            "原不动产权证书",
            "原购房发票或契税完税凭证",
            "家庭住房情况证明（享受优惠时）",
        ),
        hall_only=True,
    ),
    ServiceDef(
        "QS",
        "契税缴纳",
        "Deed tax",
        "PROP",
        12.0,
        (
            "《契税纳税申报表》",
            "商品房买卖合同及销售不动产发票",
            "承受方身份证件",
            "家庭住房情况证明（享受优惠时）",
        ),
        hall_only=True,
    ),
    # 出口退税
    ServiceDef(
        "CKTS",
        "出口退（免）税申报",
        "Export tax refund claim",
        "EXP",
        15.0,
        ("出口退（免）税申报表及明细", "出口货物报关单电子信息", "增值税专用发票或进货凭证", _ID),
        hall_only=True,
    ),
)

SERVICE_BY_CODE = {service.code: service for service in SERVICES}

# What the township 丰收微税厅 offer: the agents' everyday matters. The two points served at the bank
# counter leave out the two that need a tax officer's review.
TOWNSHIP_SERVICES: tuple[str, ...] = (
    "WSZM",
    "SSCX",
    "XYCX",
    "KQBG",
    "FPLY",
    "DKFP",
    "ZZSB",
    "GSHS",
    "CXSB",
    "CCS",
    "SBJF",
    "YBJF",
    "YLJF",
    "FSJF",
)
COUNTER_SERVICES: tuple[str, ...] = tuple(code for code in TOWNSHIP_SERVICES if code not in ("KQBG", "ZZSB"))
# The 银税e站 in the bank's main office: payments, certificates and the credit rating banks lend on.
BANK_STATION_SERVICES: tuple[str, ...] = (
    "WSZM",
    "SSCX",
    "XYCX",
    "DKFP",
    "GSHS",
    "CCS",
    "SBJF",
    "YBJF",
    "YLJF",
    "FSJF",
)
