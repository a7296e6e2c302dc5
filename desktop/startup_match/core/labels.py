"""Human names of profile values, in the three languages (used by explanations, GUI and sheet)."""

from __future__ import annotations

from enum import StrEnum

from .langs import Lang
from .text import LocalText
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
    "team_size": _t("Full-time staff", "全職員工人數", "全职员工人数"),
    "annual_revenue_hkd": _t("Annual revenue (HK$)", "年收入（港元）", "年收入（港元）"),
    "funding_raised_hkd": _t("Funding raised (HK$)", "已籌集資金（港元）", "已筹集资金（港元）"),
    "funding_sought_hkd": _t("Funding sought (HK$)", "尋求資金（港元）", "寻求资金（港元）"),
    "has_private_co_investor": _t(
        "Has a private co-investor", "有私人共同投資者", "有私人共同投资者"
    ),
    "needs": _t("Needs", "所需支援", "所需支援"),
    "rd_in_hk": _t("Conducts R&D in Hong Kong", "在香港進行研發", "在香港进行研发"),
    "registered_in_mainland_gba": _t(
        "Registered in a Mainland GBA city", "在大灣區內地城市登記", "在大湾区内地城市登记"
    ),
    "technical_staff": _t("Technical full-time staff", "技術全職員工人數", "技术全职员工人数"),
    "technical_team_equity_pct": _t(
        "Technical team's equity (%)", "技術團隊持股（%）", "技术团队持股（%）"
    ),
    "private_investment_last_year_hkd": _t(
        "Private investment, last financial year (HK$)",
        "上一財政年度私人投資（港元）",
        "上一财政年度私人投资（港元）",
    ),
    "founder_holds_hkid": _t(
        "A founder holds a Hong Kong ID card", "有創辦人持香港身份證", "有创办人持香港身份证"
    ),
}

# One line per field: what it means and which programmes ask for it (form help and tooltips).
FIELD_HELP: dict[str, LocalText] = {
    "company_name": _t(
        "The only field you must fill in; everything else may stay not known yet.",
        "唯一必填的欄位；其他欄位可暫時留作未知。",
        "唯一必填的栏位；其他栏位可暂时留作未知。",
    ),
    "stage": _t(
        "How far the business has come; incubators, CCMF and investors ask.",
        "業務發展到哪個階段；培育計劃、創意微型基金及投資者會問。",
        "业务发展到哪个阶段；培育计划、创意微型基金及投资者会问。",
    ),
    "sectors": _t(
        "The technologies you work in; most schemes are for technology or digital tech.",
        "你從事的科技範疇；大部分計劃只適用於科技或數碼科技。",
        "你从事的科技范畴；大部分计划只适用于科技或数码科技。",
    ),
    "location": _t(
        "Where the company is based day to day.",
        "公司日常營運的地點。",
        "公司日常营运的地点。",
    ),
    "incorporated_in_hk": _t(
        "Registered as a company in Hong Kong; TSSSU, HKSTP incubation, "
        "RTTP, TechTAS and GBA YES ask.",
        "在香港註冊為公司；TSSSU、科技園培育、RTTP、TechTAS 及 GBA YES 會問。",
        "在香港注册为公司；TSSSU、科技园培育、RTTP、TechTAS 及 GBA YES 会问。",
    ),
    "years_since_incorporation": _t(
        "Years since the company was registered; TSSSU (2 or 7) and HKSTP incubation (2) ask.",
        "公司註冊至今的年數；TSSSU（2或7年）及科技園培育（2年）會問。",
        "公司注册至今的年数；TSSSU（2或7年）及科技园培育（2年）会问。",
    ),
    "team_size": _t(
        "Full-time staff, founders included; HKSTP incubation asks for at least two.",
        "全職員工人數（包括創辦人）；科技園培育要求最少兩名。",
        "全职员工人数（包括创办人）；科技园培育要求最少两名。",
    ),
    "technical_staff": _t(
        "How many of the full-time staff work on R&D; HKSTP incubation asks for at least half.",
        "全職員工中從事研發的人數；科技園培育要求最少一半。",
        "全职员工中从事研发的人数；科技园培育要求最少一半。",
    ),
    "technical_team_equity_pct": _t(
        "Share of the company the technical founders own; HKSTP incubation asks for 10% or more.",
        "技術創辦人持有公司的百分比；科技園培育要求最少10%。",
        "技术创办人持有公司的百分比；科技园培育要求最少10%。",
    ),
    "rd_in_hk": _t(
        "Research and development is done in Hong Kong; the Research "
        "Talent Hub, TechTAS and ITVF ask.",
        "在香港進行研究及發展；研究人才庫、TechTAS 及創科創投基金會問。",
        "在香港进行研究及发展；研究人才库、TechTAS 及创科创投基金会问。",
    ),
    "registered_in_mainland_gba": _t(
        "A business registration in Shenzhen, Guangzhou or another "
        "Mainland GBA city; GBA YES asks.",
        "在深圳、廣州或其他大灣區內地城市有商業登記；GBA YES 會問。",
        "在深圳、广州或其他大湾区内地城市有商业登记；GBA YES 会问。",
    ),
    "founder_holds_hkid": _t(
        "At least one founder holds a Hong Kong ID card; CCMF asks of individual applicants.",
        "最少一名創辦人持香港身份證；創意微型基金的個人申請者須符合。",
        "最少一名创办人持香港身份证；创意微型基金的个人申请者须符合。",
    ),
    "university_links": _t(
        "Founders who are students, alumni or staff of a university; TSSSU and RAISe+ ask.",
        "創辦人是否大學的學生、校友或教職員；TSSSU 及產學研1+會問。",
        "创办人是否大学的学生、校友或教职员；TSSSU 及产学研1+会问。",
    ),
    "based_on_university_research": _t(
        "The product comes out of university research; RAISe+ requires it.",
        "產品源自大學研究；產學研1+要求如此。",
        "产品源自大学研究；产学研1+要求如此。",
    ),
    "annual_revenue_hkd": _t(
        "Revenue in the last twelve months, in HK$.",
        "過去十二個月的收入（港元）。",
        "过去十二个月的收入（港元）。",
    ),
    "funding_raised_hkd": _t(
        "All money raised from investors so far, in HK$.",
        "至今從投資者籌得的全部資金（港元）。",
        "至今从投资者筹得的全部资金（港元）。",
    ),
    "funding_sought_hkd": _t(
        "How much you are asking for now; compared with each offer and with TSSSU+ matching.",
        "現在尋求的金額；會與各計劃的資助額及 TSSSU+ 配對比較。",
        "现在寻求的金额；会与各计划的资助额及 TSSSU+ 配对比较。",
    ),
    "private_investment_last_year_hkd": _t(
        "Cash from independent investors for shares in the last Government "
        "financial year; TSSSU+ asks.",
        "上一個政府財政年度獨立投資者以現金換取股份的投資；TSSSU+ 會問。",
        "上一个政府财政年度独立投资者以现金换取股份的投资；TSSSU+ 会问。",
    ),
    "has_private_co_investor": _t(
        "An investor or industry sponsor is putting money in; RAISe+ requires industry money.",
        "已有投資者或業界贊助出資；產學研1+要求業界出資。",
        "已有投资者或业界赞助出资；产学研1+要求业界出资。",
    ),
    "needs": _t(
        "The help you are looking for; it decides relevance, never eligibility.",
        "你正在尋找的支援；只影響相關程度，不影響資格。",
        "你正在寻找的支援；只影响相关程度，不影响资格。",
    ),
}

# Questions a founder understands, for the facts still to settle ("what to do next").
FIELD_QUESTIONS: dict[str, LocalText] = {
    "stage": _t("How far has the business come?", "業務發展到哪個階段？", "业务发展到哪个阶段？"),
    "sectors": _t(
        "Which technologies do you work in?", "你從事哪些科技範疇？", "你从事哪些科技范畴？"
    ),
    "location": _t("Where is the company based?", "公司在哪裏營運？", "公司在哪里营运？"),
    "incorporated_in_hk": _t(
        "Is the company registered in Hong Kong?", "公司是否在香港註冊？", "公司是否在香港注册？"
    ),
    "years_since_incorporation": _t(
        "How many years ago was the company registered?",
        "公司註冊了多少年？",
        "公司注册了多少年？",
    ),
    "university_links": _t(
        "Is a founder a student, alumnus or staff member of a university?",
        "有沒有創辦人是大學的學生、校友或教職員？",
        "有没有创办人是大学的学生、校友或教职员？",
    ),
    "based_on_university_research": _t(
        "Does the product come out of university research?",
        "產品是否源自大學研究？",
        "产品是否源自大学研究？",
    ),
    "team_size": _t(
        "How many full-time staff, founders included?",
        "有多少全職員工（包括創辦人）？",
        "有多少全职员工（包括创办人）？",
    ),
    "technical_staff": _t(
        "How many of them work on R&D?", "當中多少人從事研發？", "当中多少人从事研发？"
    ),
    "technical_team_equity_pct": _t(
        "What share of the company do the technical founders own?",
        "技術創辦人持有公司多少股權？",
        "技术创办人持有公司多少股权？",
    ),
    "rd_in_hk": _t(
        "Is the R&D done in Hong Kong?", "研發工作是否在香港進行？", "研发工作是否在香港进行？"
    ),
    "registered_in_mainland_gba": _t(
        "Is the business also registered in a Mainland GBA city?",
        "業務是否亦在大灣區內地城市登記？",
        "业务是否亦在大湾区内地城市登记？",
    ),
    "founder_holds_hkid": _t(
        "Does a founder hold a Hong Kong ID card?",
        "有沒有創辦人持香港身份證？",
        "有没有创办人持香港身份证？",
    ),
    "annual_revenue_hkd": _t("What is the yearly revenue?", "每年收入多少？", "每年收入多少？"),
    "funding_raised_hkd": _t(
        "How much have you raised so far?", "至今籌得多少資金？", "至今筹得多少资金？"
    ),
    "funding_sought_hkd": _t(
        "How much funding are you seeking?", "你正尋求多少資金？", "你正寻求多少资金？"
    ),
    "private_investment_last_year_hkd": _t(
        "How much did independent investors put in for shares last financial year?",
        "上一個財政年度獨立投資者以現金換取股份投資了多少？",
        "上一个财政年度独立投资者以现金换取股份投资了多少？",
    ),
    "has_private_co_investor": _t(
        "Is an investor or industry sponsor putting money in?",
        "是否已有投資者或業界贊助出資？",
        "是否已有投资者或业界赞助出资？",
    ),
    "needs": _t("What help are you looking for?", "你正在尋找甚麼支援？", "你正在寻找什么支援？"),
}


def field_question(field: str, lang: Lang = "en") -> str:
    return label_in(FIELD_QUESTIONS, field, lang) if field in FIELD_QUESTIONS else field


# The form's groups, in order, so a founder is not faced with one long wall of fields.
FIELD_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("basics", ("company_name", "stage", "sectors", "location", "needs")),
    (
        "company",
        (
            "incorporated_in_hk",
            "years_since_incorporation",
            "team_size",
            "technical_staff",
            "technical_team_equity_pct",
            "rd_in_hk",
            "registered_in_mainland_gba",
            "founder_holds_hkid",
        ),
    ),
    (
        "money",
        (
            "annual_revenue_hkd",
            "funding_raised_hkd",
            "funding_sought_hkd",
            "private_investment_last_year_hkd",
            "has_private_co_investor",
        ),
    ),
    ("links", ("university_links", "based_on_university_research")),
)
GROUP_LABELS: dict[str, LocalText] = {
    "basics": _t("The basics", "基本資料", "基本资料"),
    "company": _t("Company and team", "公司及團隊", "公司及团队"),
    "money": _t("Money", "資金", "资金"),
    "links": _t("University links", "大學聯繫", "大学联系"),
}

CONFIDENCE_LABELS: dict[str, LocalText] = {
    "official": _t("Official rules", "官方規則", "官方规则"),
    "partial": _t("Partly confirmed", "部分確認", "部分确认"),
    "unconfirmed": _t("Unconfirmed", "未經確認", "未经确认"),
}
CONFIDENCE_NOTES: dict[str, LocalText] = {
    "official": _t(
        "Every requirement and the offer rest on the operator's or the Government's own pages.",
        "所有條件及資助內容均以營運機構或政府的官方網頁為依據。",
        "所有条件及资助内容均以营运机构或政府的官方网页为依据。",
    ),
    "partial": _t(
        "Some requirements or the offer rest on news reports, university offices or unattributed "
        "articles; check the operator's own page before relying on them.",
        "部分條件或資助內容以新聞報道、大學辦事處或來源不明的文章為依據；依賴前請查閱營運機構的網頁。",
        "部分条件或资助内容以新闻报道、大学办事处或来源不明的文章为依据；依赖前请查阅营运机构的网页。",
    ),
    "unconfirmed": _t(
        "Only an unattributed web article describes this programme; confirm with the operator "
        "before relying on it.",
        "只有來源不明的網上文章提及此計劃；依賴前請先向營運機構確認。",
        "只有来源不明的网上文章提及此计划；依赖前请先向营运机构确认。",
    ),
}
SOURCE_KIND_LABELS: dict[str, LocalText] = {
    "official": _t("official", "官方", "官方"),
    "press": _t("press or university office", "新聞或大學辦事處", "新闻或大学办事处"),
    "unattributed": _t("unattributed article", "來源不明的文章", "来源不明的文章"),
    "document": _t("document", "文件", "文件"),
    "general_knowledge": _t("general knowledge", "一般資料", "一般资料"),
}
HELP_KIND_LABELS: dict[str, LocalText] = {
    "funding": _t("Funding", "資金", "资金"),
    "investment": _t("Investment", "投資", "投资"),
    "space": _t("Space", "空間", "空间"),
    "advice": _t("Advice and mentoring", "指導及意見", "指导及意见"),
    "talent": _t("Talent", "人才", "人才"),
    "compute": _t("Compute", "算力", "算力"),
    "market_access": _t("Market access", "開拓市場", "开拓市场"),
}


def label_in(table: dict[str, LocalText], key: str, lang: Lang = "en") -> str:
    """A word from one of the tables above, or the key itself when the table lacks it."""
    text = table.get(key)
    return text.get(lang) if text else key


def value_label(value: str | StrEnum, lang: Lang = "en") -> str:
    key = value.value if isinstance(value, StrEnum) else value
    label = VALUE_LABELS.get(key)
    return label.get(lang) if label else key


def _format_hkd_chinese(amount: int | float, lang: Lang) -> str:
    wan, yi = ("萬", "億") if lang == "zh-Hant" else ("万", "亿")
    if amount >= 100_000_000 and amount % 10_000_000 == 0:
        return f"{amount / 100_000_000:g}{yi}港元"
    if amount >= 10_000 and amount % 10_000 == 0:
        return f"{amount / 10_000:,.0f}{wan}港元"
    return f"{amount:,.0f}港元"


def field_label(field: str, lang: Lang = "en") -> str:
    label = FIELD_LABELS.get(field)
    return label.get(lang) if label else field


def format_hkd(amount: int | float | None, lang: Lang = "en") -> str:
    """HK$ with thousands separators, and M for round millions, as founders read amounts; in
    Chinese, 萬 and 億 港元 (150萬港元, 1億港元)."""
    if amount is None:
        return "—"
    if lang != "en":
        return _format_hkd_chinese(amount, lang)
    if amount >= 1_000_000 and amount % 100_000 == 0:
        millions = amount / 1_000_000
        text = f"{millions:,.1f}".rstrip("0").rstrip(".")
        return f"HK${text}M"
    return f"HK${amount:,.0f}"
