"""Human names of profile values, in the three languages (used by explanations, GUI and sheet)."""

from __future__ import annotations

from enum import StrEnum

from .text import Lang, LocalText
from .text import tri as _t

VALUE_LABELS: dict[str, LocalText] = {
    # stage
    "idea": _t("Idea", "構思", "构思"),
    "pre_seed": _t("Pre-seed", "種子前", "种子前"),
    "seed": _t("Seed", "種子輪", "种子轮"),
    "series_a": _t("Series A", "A輪", "A轮"),
    "growth": _t("Growth", "成長期", "成长期"),
    # sectors
    "biotech": _t("Biotechnology", "生物科技", "生物科技"),
    "artificial_intelligence": _t("Artificial intelligence", "人工智能", "人工智能"),
    "robotics": _t("Robotics", "機械人", "机器人"),
    "fintech": _t("Fintech", "金融科技", "金融科技"),
    "smart_city": _t("Smart city", "智慧城市", "智慧城市"),
    "ict": _t("ICT", "資訊及通訊科技", "信息及通信科技"),
    "electronics": _t("Electronics", "電子", "电子"),
    "green_tech": _t("Green technology", "綠色科技", "绿色科技"),
    "materials_precision": _t(
        "Materials and precision engineering", "材料及精密工程", "材料及精密工程"
    ),
    "proptech": _t("Proptech", "房地產科技", "房地产科技"),
    "big_data": _t("Big data", "大數據", "大数据"),
    "other": _t("Other", "其他", "其他"),
    # location
    "hk_science_park": _t("Hong Kong Science Park", "香港科學園", "香港科学园"),
    "cyberport": _t("Cyberport", "數碼港", "数码港"),
    "elsewhere_in_hk": _t("Elsewhere in Hong Kong", "香港其他地方", "香港其他地方"),
    "shenzhen_gba": _t("Shenzhen / Greater Bay Area", "深圳／大灣區", "深圳／大湾区"),
    "mainland_other": _t("Elsewhere in the Mainland", "內地其他地方", "内地其他地方"),
    "overseas": _t("Overseas", "海外", "海外"),
    # universities
    "hku": _t("HKU", "香港大學", "香港大学"),
    "cuhk": _t("CUHK", "香港中文大學", "香港中文大学"),
    "hkust": _t("HKUST", "香港科技大學", "香港科技大学"),
    "polyu": _t("PolyU", "香港理工大學", "香港理工大学"),
    "cityu": _t("CityU", "香港城市大學", "香港城市大学"),
    "hkbu": _t("HKBU", "香港浸會大學", "香港浸会大学"),
    "lingnan": _t("Lingnan University", "嶺南大學", "岭南大学"),
    "eduhk": _t("EdUHK", "香港教育大學", "香港教育大学"),
    # roles
    "staff": _t("Staff", "教職員", "教职员"),
    "student": _t("Student", "學生", "学生"),
    "alumnus": _t("Alumnus", "校友", "校友"),
    # needs
    "funding": _t("Funding", "資金", "资金"),
    "mentorship": _t("Mentorship", "導師指導", "导师指导"),
    "cloud_computing": _t("Cloud computing", "雲端運算", "云计算"),
    "investor_access": _t("Access to investors", "接觸投資者", "接触投资者"),
    "office_space": _t("Office or lab space", "辦公室或實驗室", "办公室或实验室"),
    "talent": _t("Hiring talent", "招聘人才", "招聘人才"),
    "overseas_expansion": _t("Overseas expansion", "拓展海外", "拓展海外"),
    "mainland_market": _t("Mainland market", "內地市場", "内地市场"),
    "manufacturing": _t("Manufacturing", "生產製造", "生产制造"),
    "housing": _t("Housing", "住宿", "住宿"),
}

FIELD_LABELS: dict[str, LocalText] = {
    "company_name": _t("Company name", "公司名稱", "公司名称"),
    "stage": _t("Stage", "發展階段", "发展阶段"),
    "sectors": _t("Sectors", "行業", "行业"),
    "location": _t("Location", "所在地", "所在地"),
    "incorporated_in_hk": _t("Incorporated in Hong Kong", "在香港註冊成立", "在香港注册成立"),
    "years_since_incorporation": _t("Years since incorporation", "成立年數", "成立年数"),
    "university_links": _t("University links", "大學聯繫", "大学联系"),
    "based_on_university_research": _t(
        "Based on university research", "源自大學研究", "源自大学研究"
    ),
    "team_size": _t("Team size", "團隊人數", "团队人数"),
    "annual_revenue_hkd": _t("Annual revenue (HK$)", "年收入（港元）", "年收入（港元）"),
    "funding_raised_hkd": _t("Funding raised (HK$)", "已籌集資金（港元）", "已筹集资金（港元）"),
    "funding_sought_hkd": _t("Funding sought (HK$)", "尋求資金（港元）", "寻求资金（港元）"),
    "has_private_co_investor": _t(
        "Has a private co-investor", "有私人共同投資者", "有私人共同投资者"
    ),
    "needs": _t("Needs", "所需支援", "所需支援"),
}


def value_label(value: str | StrEnum, lang: Lang = "en") -> str:
    key = value.value if isinstance(value, StrEnum) else value
    label = VALUE_LABELS.get(key)
    return label.get(lang) if label else key


def field_label(field: str, lang: Lang = "en") -> str:
    label = FIELD_LABELS.get(field)
    return label.get(lang) if label else field


def format_hkd(amount: int | float | None) -> str:
    """HK$ with thousands separators, and M for round millions, as founders read amounts."""
    if amount is None:
        return "—"
    if amount >= 1_000_000 and amount % 100_000 == 0:
        millions = amount / 1_000_000
        text = f"{millions:,.1f}".rstrip("0").rstrip(".")
        return f"HK${text}M"
    return f"HK${amount:,.0f}"
