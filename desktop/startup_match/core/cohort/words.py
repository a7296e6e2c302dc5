"""What the cohort import says, in the three languages: why a cell is refused, and the notes
it makes about a file. Each text is a template whose {names} the problem fills in."""

from __future__ import annotations

from ..model.langs import Lang
from ..model.text import LocalText, tri

REASONS: dict[str, LocalText] = {
    "required": tri(
        "a start-up needs its company name",
        "每間初創企業都須填寫公司名稱",
        "每间初创企业都须填写公司名称",
    ),
    "not_yes_no": tri(
        "not yes or no (write Y, N or leave it blank)",
        "不是「是」或「否」（請填 Y、N 或留空）",
        "不是“是”或“否”（请填 Y、N 或留空）",
    ),
    "not_number": tri("not a number", "不是數字", "不是数字"),
    "not_date": tri(
        "not a date (write it as 2024-03-01 or 1/3/2024)",
        "不是日期（請寫作 2024-03-01 或 1/3/2024）",
        "不是日期（请写作 2024-03-01 或 1/3/2024）",
    ),
    "not_whole": tri("not a whole number", "不是整數", "不是整数"),
    "negative": tri("cannot be below zero", "不可小於零", "不可小于零"),
    "too_large": tri(
        "too large (at most {limit})", "數值太大（最多 {limit}）", "数值太大（最多 {limit}）"
    ),
    "is_date": tri(
        "a date where a number belongs", "此處應填數字，而非日期", "此处应填数字，而非日期"
    ),
    "future_date": tri("a date in the future", "日期在將來", "日期在将来"),
    "not_choice": tri(
        "not one of the choices ({choices})",
        "不是可選項目之一（{choices}）",
        "不是可选项目之一（{choices}）",
    ),
    "did_you_mean": tri(
        "not one of the choices; did you mean {close}?",
        "不是可選項目之一；是否指「{close}」？",
        "不是可选项目之一；是否指“{close}”？",
    ),
    "not_link": tri(
        "not a university and a role (such as “HKU staff”)",
        "不是大學及身份（例如「香港大學 教職員」）",
        "不是大学及身份（例如“香港大学 教职员”）",
    ),
    "too_long": tri("longer than {limit} characters", "超過 {limit} 個字元", "超过 {limit} 个字符"),
    "duplicate": tri(
        "the same start-up as row {row}",
        "與第 {row} 列是同一間初創企業",
        "与第 {row} 行是同一间初创企业",
    ),
    "profile": tri("{message}", "{message}", "{message}"),
}

NOTES: dict[str, LocalText] = {
    "hidden": tri(
        "column {column} is hidden in the file and was not read",
        "檔案中第 {column} 欄已隱藏，未有讀取",
        "文件中第 {column} 列已隐藏，未有读取",
    ),
    "unknown": tri(
        "column {column} is not a profile field and was not read",
        "第 {column} 欄不是資料欄位，未有讀取",
        "第 {column} 列不是资料栏位，未有读取",
    ),
    "twice": tri(
        "column {column} repeats a field of column {first} and was not read",
        "第 {column} 欄與第 {first} 欄重複，未有讀取",
        "第 {column} 列与第 {first} 列重复，未有读取",
    ),
    "example": tri(
        "row {row} is the template's example and was not imported",
        "第 {row} 列是範本的示例，未有匯入",
        "第 {row} 行是模板的示例，未有导入",
    ),
    "no_name": tri(
        "no column holds the company name", "沒有一欄載有公司名稱", "没有一列载有公司名称"
    ),
}

# The words a matrix, its totals and its exports use beyond the app's glossary.
TERMS: dict[str, LocalText] = {
    "company": tri("Start-up", "初創企業", "初创企业"),
    "key": tri("Key", "識別碼", "识别码"),
    "row": tri("Row", "列", "行"),
    "column": tri("Column", "欄", "列"),
    "value": tri("Value", "內容", "内容"),
    "reason": tri("Reason", "原因", "原因"),
    "could_apply": tri(
        "{count} of {total} companies could apply to {programme} now",
        "{total} 間公司中有 {count} 間現在可申請{programme}",
        "{total} 间公司中有 {count} 间现在可申请{programme}",
    ),
    "matrix": tri("Matrix", "總表", "总表"),
    "why": tri("Why", "原因", "原因"),
    "to_settle": tri("Still to settle", "尚待確定", "尚待确定"),
    "nobody": tri(
        "No start-up of the cohort can apply now.",
        "本組初創企業現時均未能申請。",
        "本组初创企业现时均未能申请。",
    ),
    "contents": tri("Contents", "目錄", "目录"),
    "page": tri("Page", "頁", "页"),
    "cohort_sheets": tri("Summary sheets", "摘要", "摘要"),
    "kinds": tri("Help given", "支援類別", "支援类别"),
    "publisher": tri("Publisher", "發布機構", "发布机构"),
    "title": tri("Title", "標題", "标题"),
    "checked": tri("Checked", "核對日期", "核对日期"),
    "kind": tri("Standing", "類別", "类别"),
    "template_example": tri("Example Start-up Ltd", "示例初創有限公司", "示例初创有限公司"),
    "template_values": tri("Allowed values", "可填內容", "可填内容"),
    "template_about": tri("About the columns", "欄目說明", "栏目说明"),
    "template_field": tri("Field (JSON name)", "欄位（JSON 名稱）", "栏位（JSON 名称）"),
    "template_meaning": tri("What it means", "意思", "意思"),
    "template_write": tri("What to write", "填寫方法", "填写方法"),
    "template_blank": tri(
        "Leave a cell blank when it is not known yet: it counts as unknown, never as no.",
        "未知的資料請留空：留空代表未知，並不代表「否」。",
        "未知的资料请留空：留空代表未知，并不代表“否”。",
    ),
    "template_key": tri(
        "Business Registration number: optional; when given, a re-import matches the start-up by it instead of by its name.",
        "商業登記號碼：可不填；填寫後，再次匯入時以此配對初創企業，而非以公司名稱配對。",
        "商业登记号码：可不填；填写后，再次导入时以此配对初创企业，而非以公司名称配对。",
    ),
    "br_number": tri("BR number", "商業登記號碼", "商业登记号码"),
    "write_yes_no": tri("Y or N (yes / no, 是 / 否)", "Y 或 N（是／否）", "Y 或 N（是／否）"),
    "write_whole": tri("a whole number", "整數", "整数"),
    "write_money": tri(
        "an amount in HK$ (1500000, HK$1,500,000, 1.5M or 150萬)",
        "港元金額（1500000、HK$1,500,000、1.5M 或 150萬）",
        "港元金额（1500000、HK$1,500,000、1.5M 或 150万）",
    ),
    "write_number": tri("a number", "數字", "数字"),
    "write_percent": tri(
        "a percentage, 0 to 100 (25 or 25%)",
        "百分比，0 至 100（25 或 25%）",
        "百分比，0 至 100（25 或 25%）",
    ),
    "write_years": tri(
        "years (1.5), or the date of incorporation (2024-03-01)",
        "年數（1.5），或註冊成立日期（2024-03-01）",
        "年数（1.5），或注册成立日期（2024-03-01）",
    ),
    "write_date": tri(
        "a date: 2024-03-01, or day/month/year (1/3/2024)",
        "日期：2024-03-01，或日/月/年（1/3/2024）",
        "日期：2024-03-01，或日/月/年（1/3/2024）",
    ),
    "write_one": tri("one of the allowed values", "其中一個可填內容", "其中一个可填内容"),
    "write_many": tri(
        "any of the allowed values, separated by commas or semicolons",
        "一個或多個可填內容，以逗號或分號分隔",
        "一个或多个可填内容，以逗号或分号分隔",
    ),
    "write_links": tri(
        "university and role, such as “HKU staff; CUHK alumnus”; “none” for no link",
        "大學及身份，例如「香港大學 教職員；香港中文大學 校友」；沒有聯繫則填「無」",
        "大学及身份，例如“香港大学 教职员；香港中文大学 校友”；没有联系则填“无”",
    ),
    "write_text": tri("text", "文字", "文字"),
}


def say(table: dict[str, LocalText], key: str, lang: Lang = "en", **values: object) -> str:
    """The text `key` of `table` in `lang`, its {names} filled in."""
    return table[key].get(lang).format(**{name: str(value) for name, value in values.items()})


def cohort_term(key: str, lang: Lang = "en", **values: object) -> str:
    return say(TERMS, key, lang, **values)
