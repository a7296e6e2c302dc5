"""Human names of profile values, in the three languages (used by explanations, GUI and sheet)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..model.langs import Lang
from ..model.text import LocalText
from ..model.text import tri as _t

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
    "digital_entertainment": _t(
        "Digital entertainment and games", "數碼娛樂及遊戲", "数码娱乐及游戏"
    ),
    "edtech": _t("Education technology", "教育科技", "教育科技"),
    "ecommerce_retail": _t(
        "E-commerce and retail tech", "電子商貿及零售科技", "电子商贸及零售科技"
    ),
    "healthtech_medtech": _t("Health and medical technology", "醫療健康科技", "医疗健康科技"),
    "design_creative": _t("Design and creative industries", "設計及創意產業", "设计及创意产业"),
    "logistics": _t("Logistics", "物流", "物流"),
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
    "regulatory_sandbox": _t("A regulatory sandbox", "監管沙盒", "监管沙盒"),
    "listing": _t("A route to listing", "上市途徑", "上市途径"),
    "loan_guarantee": _t("A loan guarantee", "貸款擔保", "贷款担保"),
    "patent_ip": _t("Patents and IP", "專利及知識產權", "专利及知识产权"),
    "market_promotion": _t("Market promotion", "市場推廣", "市场推广"),
    # affiliations
    "hkstp_incubatee": _t("HKSTP incubatee", "科技園培育公司", "科技园培育公司"),
    "hkstp_graduate": _t("HKSTP incubation graduate", "科技園培育畢業公司", "科技园培育毕业公司"),
    "hkstp_tenant": _t("Science Park tenant", "科學園租戶", "科学园租户"),
    "cyberport_incubatee": _t("Cyberport incubatee", "數碼港培育公司", "数码港培育公司"),
    "cyberport_graduate": _t(
        "Cyberport incubation graduate", "數碼港培育畢業公司", "数码港培育毕业公司"
    ),
    "cyberport_tenant": _t("Cyberport tenant", "數碼港租戶", "数码港租户"),
}


@dataclass(frozen=True, slots=True)
class FieldText:
    """What the app says of one profile field: its form group, its name, the help line (what
    it means and which programmes ask) and the question "what to do next" asks (None: never a
    next step). The table below is the one place a field's words are declared; the form adds
    its editor (gui/profile_form.py) and a test checks every Profile field is in both."""

    group: str
    label: LocalText
    help: LocalText
    question: LocalText | None = None


# Every profile field, in the form's order.
FIELDS: dict[str, FieldText] = {
    "company_name": FieldText(
        "basics",
        _t(
            "Company name",
            "公司名稱",
            "公司名称",
        ),
        _t(
            "The only field you must fill in; everything else may stay not known yet.",
            "唯一必填的欄位；其他欄位可暫時留作未知。",
            "唯一必填的栏位；其他栏位可暂时留作未知。",
        ),
    ),
    "stage": FieldText(
        "basics",
        _t(
            "Stage",
            "發展階段",
            "发展阶段",
        ),
        _t(
            "How far the business has come; incubators, CCMF and investors ask.",
            "業務發展到哪個階段；培育計劃、創意微型基金及投資者會問。",
            "业务发展到哪个阶段；培育计划、创意微型基金及投资者会问。",
        ),
        _t(
            "How far has the business come?",
            "業務發展到哪個階段？",
            "业务发展到哪个阶段？",
        ),
    ),
    "sectors": FieldText(
        "basics",
        _t(
            "Sectors",
            "行業",
            "行业",
        ),
        _t(
            "The technologies you work in; most schemes are for technology or digital tech.",
            "你從事的科技範疇；大部分計劃只適用於科技或數碼科技。",
            "你从事的科技范畴；大部分计划只适用于科技或数码科技。",
        ),
        _t(
            "Which technologies do you work in?",
            "你從事哪些科技範疇？",
            "你从事哪些科技范畴？",
        ),
    ),
    "location": FieldText(
        "basics",
        _t(
            "Location",
            "所在地",
            "所在地",
        ),
        _t(
            "Where the company is based day to day.",
            "公司日常營運的地點。",
            "公司日常营运的地点。",
        ),
        _t(
            "Where is the company based?",
            "公司在哪裏營運？",
            "公司在哪里营运？",
        ),
    ),
    "needs": FieldText(
        "basics",
        _t(
            "Needs",
            "所需支援",
            "所需支援",
        ),
        _t(
            "The help you are looking for; it decides relevance, never eligibility.",
            "你正在尋找的支援；只影響相關程度，不影響資格。",
            "你正在寻找的支援；只影响相关程度，不影响资格。",
        ),
        _t(
            "What help are you looking for?",
            "你正在尋找甚麼支援？",
            "你正在寻找什么支援？",
        ),
    ),
    "incorporated_in_hk": FieldText(
        "company",
        _t(
            "Incorporated in Hong Kong",
            "在香港註冊成立",
            "在香港注册成立",
        ),
        _t(
            "A limited company incorporated in Hong Kong; TSSSU, HKSTP incubation, ESS, PRP, "
            "CreateSmart and many more ask.",
            "在香港註冊成立的有限公司；TSSSU、科技園培育、企業支援計劃、合作研究計劃、創意智優計劃等均會問。",
            "在香港注册成立的有限公司；TSSSU、科技园培育、企业支援计划、合作研究计划、创意智优计划等均会问。",
        ),
        _t(
            "Is the company registered in Hong Kong?",
            "公司是否在香港註冊？",
            "公司是否在香港注册？",
        ),
    ),
    "hk_business_registration": FieldText(
        "company",
        _t(
            "Holds a Hong Kong Business Registration Certificate",
            "持有香港商業登記證",
            "持有香港商业登记证",
        ),
        _t(
            "A BR certificate, which a sole trader, a partnership or a non-Hong Kong company's "
            "branch can hold without being incorporated here; NITTP, TechTAS, TVP, BUD and EMF ask.",
            "持有商業登記證；獨資、合夥或非香港公司的分行毋須在港註冊成立亦可持有；NITTP、TechTAS、科技券、BUD及市場推廣基金會問。",
            "持有商业登记证；独资、合伙或非香港公司的分行毋须在港注册成立亦可持有；NITTP、TechTAS、科技券、BUD及市场推广基金会问。",
        ),
        _t(
            "Does the business hold a Hong Kong Business Registration Certificate?",
            "業務是否持有香港商業登記證？",
            "业务是否持有香港商业登记证？",
        ),
    ),
    "active_operation_in_hk": FieldText(
        "company",
        _t(
            "Operates in Hong Kong (premises and staff here)",
            "在香港有實質業務運作（有辦公地點及員工）",
            "在香港有实质业务运作（有办公地点及员工）",
        ),
        _t(
            "Substantive business in Hong Kong, not a shell registration; GBA YES, the Research "
            "Talent Hub, TechTAS, BUD and EMF ask.",
            "在香港有實質業務，並非空殼登記；GBA YES、研究人才庫、TechTAS、BUD及市場推廣基金會問。",
            "在香港有实质业务，并非空壳登记；GBA YES、研究人才库、TechTAS、BUD及市场推广基金会问。",
        ),
        _t(
            "Does the business operate in Hong Kong, with premises and staff here?",
            "業務是否在香港實際運作，有辦公地點及員工？",
            "业务是否在香港实际运作，有办公地点及员工？",
        ),
    ),
    "incorporated_on": FieldText(
        "company",
        _t(
            "Date of incorporation",
            "註冊成立日期",
            "注册成立日期",
        ),
        _t(
            "The day the company was registered; its age on the day of the consultation decides "
            "TSSSU (2 or 7 years), HKSTP incubation (2) and the Design Incubation Programme (3).",
            "公司註冊成立的日期；諮詢當日的公司年資決定TSSSU（2或7年）、科技園培育（2年）及設計創業培育計劃（3年）。",
            "公司注册成立的日期；咨询当日的公司年资决定TSSSU（2或7年）、科技园培育（2年）及设计创业培育计划（3年）。",
        ),
        _t(
            "On what date was the company incorporated?",
            "公司在哪一天註冊成立？",
            "公司在哪一天注册成立？",
        ),
    ),
    "years_since_incorporation": FieldText(
        "company",
        _t(
            "Years since incorporation",
            "成立年數",
            "成立年数",
        ),
        _t(
            "Years since the company was registered; TSSSU (2 or 7) and HKSTP incubation (2) ask.",
            "公司註冊至今的年數；TSSSU（2或7年）及科技園培育（2年）會問。",
            "公司注册至今的年数；TSSSU（2或7年）及科技园培育（2年）会问。",
        ),
        _t(
            "How many years ago was the company registered?",
            "公司註冊了多少年？",
            "公司注册了多少年？",
        ),
    ),
    "team_size": FieldText(
        "company",
        _t(
            "Full-time staff",
            "全職員工人數",
            "全职员工人数",
        ),
        _t(
            "Full-time staff, founders included; HKSTP incubation asks for at least two.",
            "全職員工人數（包括創辦人）；科技園培育要求最少兩名。",
            "全职员工人数（包括创办人）；科技园培育要求最少两名。",
        ),
        _t(
            "How many full-time staff, founders included?",
            "有多少全職員工（包括創辦人）？",
            "有多少全职员工（包括创办人）？",
        ),
    ),
    "technical_staff": FieldText(
        "company",
        _t(
            "Technical full-time staff",
            "技術全職員工人數",
            "技术全职员工人数",
        ),
        _t(
            "How many of the full-time staff work on R&D; HKSTP incubation asks for at least half.",
            "全職員工中從事研發的人數；科技園培育要求最少一半。",
            "全职员工中从事研发的人数；科技园培育要求最少一半。",
        ),
        _t(
            "How many of them work on R&D?",
            "當中多少人從事研發？",
            "当中多少人从事研发？",
        ),
    ),
    "technical_team_equity_pct": FieldText(
        "company",
        _t(
            "Technical team's equity (%)",
            "技術團隊持股（%）",
            "技术团队持股（%）",
        ),
        _t(
            "Share of the company the technical founders own; HKSTP incubation asks for 10% or more.",
            "技術創辦人持有公司的百分比；科技園培育要求最少10%。",
            "技术创办人持有公司的百分比；科技园培育要求最少10%。",
        ),
        _t(
            "What share of the company do the technical founders own?",
            "技術創辦人持有公司多少股權？",
            "技术创办人持有公司多少股权？",
        ),
    ),
    "rd_in_hk": FieldText(
        "company",
        _t(
            "Conducts R&D in Hong Kong",
            "在香港進行研發",
            "在香港进行研发",
        ),
        _t(
            "Research and development is done in Hong Kong; the Research Talent Hub, TechTAS and ITVF ask.",
            "在香港進行研究及發展；研究人才庫、TechTAS 及創科創投基金會問。",
            "在香港进行研究及发展；研究人才库、TechTAS 及创科创投基金会问。",
        ),
        _t(
            "Is the R&D done in Hong Kong?",
            "研發工作是否在香港進行？",
            "研发工作是否在香港进行？",
        ),
    ),
    "registered_in_mainland_gba": FieldText(
        "company",
        _t(
            "Registered in a Mainland GBA city",
            "在大灣區內地城市登記",
            "在大湾区内地城市登记",
        ),
        _t(
            "A business registration in Shenzhen, Guangzhou or another Mainland GBA city; GBA YES asks.",
            "在深圳、廣州或其他大灣區內地城市有商業登記；GBA YES 會問。",
            "在深圳、广州或其他大湾区内地城市有商业登记；GBA YES 会问。",
        ),
        _t(
            "Is the business also registered in a Mainland GBA city?",
            "業務是否亦在大灣區內地城市登記？",
            "业务是否亦在大湾区内地城市登记？",
        ),
    ),
    "founder_holds_hkid": FieldText(
        "company",
        _t(
            "A founder holds a Hong Kong ID card",
            "有創辦人持香港身份證",
            "有创办人持香港身份证",
        ),
        _t(
            "At least one founder holds a Hong Kong ID card; CCMF asks of individual applicants.",
            "最少一名創辦人持香港身份證；創意微型基金的個人申請者須符合。",
            "最少一名创办人持香港身份证；创意微型基金的个人申请者须符合。",
        ),
        _t(
            "Does a founder hold a Hong Kong ID card?",
            "有沒有創辦人持香港身份證？",
            "有没有创办人持香港身份证？",
        ),
    ),
    "founder_hk_permanent_resident": FieldText(
        "company",
        _t(
            "A founder is a Hong Kong permanent resident",
            "有創辦人是香港永久性居民",
            "有创办人是香港永久性居民",
        ),
        _t(
            "A founder has the right of abode in Hong Kong; the Design Incubation Programme asks it "
            "of a local applicant, and Top Talent Pass and QMAS are for founders who are not.",
            "有創辦人擁有香港居留權；設計創業培育計劃要求本地申請人如此，高端人才通行證計劃及優秀人才入境計劃則適用於並非永久性居民的創辦人。",
            "有创办人拥有香港居留权；设计创业培育计划要求本地申请人如此，高端人才通行证计划及优秀人才入境计划则适用于并非永久性居民的创办人。",
        ),
        _t(
            "Is a founder a Hong Kong permanent resident?",
            "有沒有創辦人是香港永久性居民？",
            "有没有创办人是香港永久性居民？",
        ),
    ),
    "founder_age": FieldText(
        "company",
        _t("Age of the founder who would apply", "申請的創辦人年齡", "申请的创办人年龄"),
        _t(
            "Some schemes have an age limit: HKSTP Ideation and the HKMC Microfinance Scheme ask "
            "for 18 or over.",
            "部分計劃設有年齡限制：科技園Ideation及香港按揭證券公司的小型貸款計劃要求年滿18歲。",
            "部分计划设有年龄限制：科技园Ideation及香港按揭证券公司的小型贷款计划要求年满18岁。",
        ),
        _t(
            "How old is the founder who would apply?",
            "申請的創辦人多少歲？",
            "申请的创办人多少岁？",
        ),
    ),
    "annual_revenue_hkd": FieldText(
        "money",
        _t(
            "Annual revenue (HK$)",
            "年收入（港元）",
            "年收入（港元）",
        ),
        _t(
            "Revenue in the last twelve months, in HK$.",
            "過去十二個月的收入（港元）。",
            "过去十二个月的收入（港元）。",
        ),
        _t(
            "What is the yearly revenue?",
            "每年收入多少？",
            "每年收入多少？",
        ),
    ),
    "funding_raised_hkd": FieldText(
        "money",
        _t(
            "Funding raised (HK$)",
            "已籌集資金（港元）",
            "已筹集资金（港元）",
        ),
        _t(
            "All money raised from investors so far, in HK$.",
            "至今從投資者籌得的全部資金（港元）。",
            "至今从投资者筹得的全部资金（港元）。",
        ),
        _t(
            "How much have you raised so far?",
            "至今籌得多少資金？",
            "至今筹得多少资金？",
        ),
    ),
    "funding_sought_hkd": FieldText(
        "money",
        _t(
            "Funding sought (HK$)",
            "尋求資金（港元）",
            "寻求资金（港元）",
        ),
        _t(
            "How much you are asking for now; compared with each offer and with TSSSU+ matching.",
            "現在尋求的金額；會與各計劃的資助額及 TSSSU+ 配對比較。",
            "现在寻求的金额；会与各计划的资助额及 TSSSU+ 配对比较。",
        ),
        _t(
            "How much funding are you seeking?",
            "你正尋求多少資金？",
            "你正寻求多少资金？",
        ),
    ),
    "private_investment_last_year_hkd": FieldText(
        "money",
        _t(
            "Private investment, last financial year (HK$)",
            "上一財政年度私人投資（港元）",
            "上一财政年度私人投资（港元）",
        ),
        _t(
            "Cash from independent investors for shares in the last Government financial year; TSSSU+ asks.",
            "上一個政府財政年度獨立投資者以現金換取股份的投資；TSSSU+ 會問。",
            "上一个政府财政年度独立投资者以现金换取股份的投资；TSSSU+ 会问。",
        ),
        _t(
            "How much did independent investors put in for shares last financial year?",
            "上一個財政年度獨立投資者以現金換取股份投資了多少？",
            "上一个财政年度独立投资者以现金换取股份投资了多少？",
        ),
    ),
    "has_private_co_investor": FieldText(
        "money",
        _t(
            "Has a private co-investor",
            "有私人共同投資者",
            "有私人共同投资者",
        ),
        _t(
            "An investor or industry sponsor is putting money in; RAISe+ requires industry money.",
            "已有投資者或業界贊助出資；產學研1+要求業界出資。",
            "已有投资者或业界赞助出资；产学研1+要求业界出资。",
        ),
        _t(
            "Is an investor or industry sponsor putting money in?",
            "是否已有投資者或業界贊助出資？",
            "是否已有投资者或业界赞助出资？",
        ),
    ),
    "university_links": FieldText(
        "links",
        _t(
            "University links",
            "大學聯繫",
            "大学联系",
        ),
        _t(
            "Founders who are students, alumni or staff of a university; TSSSU and RAISe+ ask.",
            "創辦人是否大學的學生、校友或教職員；TSSSU 及產學研1+會問。",
            "创办人是否大学的学生、校友或教职员；TSSSU 及产学研1+会问。",
        ),
        _t(
            "Is a founder a student, alumnus or staff member of a university?",
            "有沒有創辦人是大學的學生、校友或教職員？",
            "有没有创办人是大学的学生、校友或教职员？",
        ),
    ),
    "based_on_university_research": FieldText(
        "links",
        _t(
            "Based on university research",
            "源自大學研究",
            "源自大学研究",
        ),
        _t(
            "The product comes out of university research; RAISe+ requires it.",
            "產品源自大學研究；產學研1+要求如此。",
            "产品源自大学研究；产学研1+要求如此。",
        ),
        _t(
            "Does the product come out of university research?",
            "產品是否源自大學研究？",
            "产品是否源自大学研究？",
        ),
    ),
    "affiliations": FieldText(
        "more",
        _t(
            "Science Park or Cyberport standing",
            "與科學園或數碼港的關係",
            "与科学园或数码港的关系",
        ),
        _t(
            "Already an incubatee, graduate or tenant of HKSTP or Cyberport; their funds and "
            "trial schemes ask.",
            "已是科技園或數碼港的培育公司、畢業公司或租戶；兩者的基金及試用計劃會問。",
            "已是科技园或数码港的培育公司、毕业公司或租户；两者的基金及试用计划会问。",
        ),
        _t(
            "Is the company an incubatee, graduate or tenant of HKSTP or Cyberport?",
            "公司是否科技園或數碼港的培育公司、畢業公司或租戶？",
            "公司是否科技园或数码港的培育公司、毕业公司或租户？",
        ),
    ),
    "listed": FieldText(
        "more",
        _t("Listed on a stock exchange", "在證券交易所上市", "在证券交易所上市"),
        _t(
            "The company's shares are listed; BUD and the Technology Voucher are for non-listed "
            "enterprises only.",
            "公司股份已上市；BUD及科技券只適用於非上市企業。",
            "公司股份已上市；BUD及科技券只适用于非上市企业。",
        ),
        _t("Is the company listed?", "公司是否已上市？", "公司是否已上市？"),
    ),
    "owns_patent": FieldText(
        "more",
        _t("Owns a patent", "擁有專利", "拥有专利"),
        _t(
            "The company (or applicant) has been granted a patent anywhere; the Patent "
            "Application Grant is for first-time applicants.",
            "公司（或申請人）曾在任何地方獲批專利；專利申請資助只適用於首次申請者。",
            "公司（或申请人）曾在任何地方获批专利；专利申请资助只适用于首次申请者。",
        ),
        _t(
            "Has the company ever owned a patent?",
            "公司是否曾擁有專利？",
            "公司是否曾拥有专利？",
        ),
    ),
    "holds_regulated_licence": FieldText(
        "more",
        _t(
            "Licensed for a regulated financial activity",
            "持有受規管金融活動牌照",
            "持有受规管金融活动牌照",
        ),
        _t(
            "Holds (or has applied for) an SFC, HKMA or Insurance Authority licence; the SFC "
            "sandbox asks.",
            "持有（或已申請）證監會、金管局或保監局牌照；證監會沙盒會問。",
            "持有（或已申请）证监会、金管局或保监局牌照；证监会沙盒会问。",
        ),
        _t(
            "Does the company hold a licence for a regulated financial activity?",
            "公司是否持有受規管金融活動牌照？",
            "公司是否持有受规管金融活动牌照？",
        ),
    ),
    "has_financial_partner": FieldText(
        "more",
        _t(
            "Works with a bank or an authorised insurer",
            "與銀行或獲授權保險公司合作",
            "与银行或获授权保险公司合作",
        ),
        _t(
            "A bank or an authorised insurer runs a pilot with you; the HKMA and Insurance "
            "Authority sandboxes work through them.",
            "有銀行或獲授權保險公司與你進行試驗；金管局及保監局的沙盒經它們進行。",
            "有银行或获授权保险公司与你进行试验；金管局及保监局的沙盒经它们进行。",
        ),
        _t(
            "Is a bank or an authorised insurer running a pilot with you?",
            "有沒有銀行或獲授權保險公司與你進行試驗？",
            "有没有银行或获授权保险公司与你进行试验？",
        ),
    ),
}

FIELD_LABELS: dict[str, LocalText] = {name: text.label for name, text in FIELDS.items()}
FIELD_HELP: dict[str, LocalText] = {name: text.help for name, text in FIELDS.items()}
FIELD_QUESTIONS: dict[str, LocalText] = {
    name: text.question for name, text in FIELDS.items() if text.question is not None
}


def field_question(field: str, lang: Lang = "en") -> str:
    return label_in(FIELD_QUESTIONS, field, lang) if field in FIELD_QUESTIONS else field


GROUP_LABELS: dict[str, LocalText] = {
    "basics": _t("The basics", "基本資料", "基本资料"),
    "company": _t("Company and founders", "公司及創辦人", "公司及创办人"),
    "money": _t("Money", "資金", "资金"),
    "links": _t("University links", "大學聯繫", "大学联系"),
    "more": _t(
        "More facts (a few programmes ask)", "更多資料（少數計劃會問）", "更多资料（少数计划会问）"
    ),
}
# The form's groups, in order, so a founder is not faced with one long wall of fields.
FIELD_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (group, tuple(name for name, text in FIELDS.items() if text.group == group))
    for group in GROUP_LABELS
)

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
    "regulatory": _t("Regulatory sandbox", "監管沙盒", "监管沙盒"),
    "listing": _t("Listing", "上市", "上市"),
    "guarantee": _t("Loan guarantee", "貸款擔保", "贷款担保"),
    "ip": _t("Patents and IP", "專利及知識產權", "专利及知识产权"),
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
