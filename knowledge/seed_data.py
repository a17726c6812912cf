"""The built-in knowledge: every training fact of the five source articles, and the sample schedule.

Pure data, no database code (`knowledge.seed` loads it). The five articles are the only ground truth:
Hà Nội 2016 (Báo Lao Động Thủ Đô), Lạng Sơn 2018 (Báo Lạng Sơn), Mê Linh 2020 (Báo Lao Động Thủ Đô),
Lạng Sơn 2014 (LĐLĐ tỉnh Lạng Sơn) and Sóc Trăng 2016 (LĐLĐ tỉnh Sóc Trăng). Figures are written the
Vietnamese way (3.831, 61,23%, 2,1 tỷ đồng) and only figures printed in an article appear in a statement;
where an article is vague (a year, a partner) the field says so rather than guessing, see the notes.

Keywords are ";"-separated extra search words (synonyms, spelled-out abbreviations, place names).
The sample schedule is described relative to "today" (see `When`); `knowledge.seed` turns it into dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class OrganisationSeed:
    code: str
    name: str
    kind: str  # national|province|district|sector|grassroots|school|centre
    province: str | None
    parent: str | None = None
    aliases: str = ""  # ";"-separated


@dataclass(frozen=True, slots=True)
class DocumentSeed:
    code: str
    kind: str  # programme|resolution|plan|article|sample
    title: str
    summary: str
    issuer: str | None = None
    issued_on: dt.date | None = None
    author: str | None = None
    publisher: str | None = None
    organisation: str | None = None
    source: str | None = None  # code of the article that mentions it
    keywords: str = ""
    # The years it reports on or covers: an article's citation year, since issued_on (the publication
    # date) is often unknown and a 2024 web page may report on 2013-2018.
    period_start: int | None = None
    period_end: int | None = None


@dataclass(frozen=True, slots=True)
class FactSeed:
    code: str
    organisation: str | None
    year: int | None
    year_end: int | None
    topic: str  # a TOPICS key or ""
    question: str
    statement: str
    keywords: str
    source: str
    value: float | None = None
    planned: float | None = None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class TargetSeed:
    code: str
    organisation: str
    period_start: int
    period_end: int
    metric: str
    audience: str | None  # a ROLES key or None
    target_value: float
    unit: str
    achieved_value: float | None
    as_of: dt.date | None
    source: str
    note: str = ""
    keywords: str = ""
    # The percentage as the article prints it; reports round or truncate ("97,9%" for 8.891/9.074).
    stated_percent: float | None = None


@dataclass(frozen=True, slots=True)
class When:
    """A day relative to the loading day: `anchor` then `days` later (weekends move to Monday).

    next_week is the Monday after today; next_month is the 1st of the next month. Anchoring some
    classes there keeps "tuần sau" and "tháng sau" answerable whatever day the sample is loaded.
    """

    anchor: Literal["today", "next_week", "next_month"]
    days: int


@dataclass(frozen=True, slots=True)
class Deadline:
    """Registration deadline: `days` before the start, or `days` before today (already passed)."""

    anchor: Literal["before_start", "before_today"]
    days: int


@dataclass(frozen=True, slots=True)
class SampleCourseSeed:
    code: str
    title: str
    topic: str
    audiences: tuple[str, ...]
    organiser: str
    province: str
    venue: str
    format: str  # a FORMATS key
    start: When
    duration_days: int
    deadline: Deadline | None
    capacity: int
    partner: str | None = None
    status: str = "open"
    description: str = ""


@dataclass(frozen=True, slots=True)
class SampleTargetSeed:
    """A current-year target for the sample; the year is the loading day's year."""

    code: str
    organisation: str
    metric: str
    audience: str | None
    target_value: float
    unit: str
    achieved_value: float
    keywords: str = ""


# ---------------------------------------------------------------------------------------------------
# Organisations. Parents come before their children (the loader relies on it).
# ---------------------------------------------------------------------------------------------------

# Today's provincial LĐLĐs (34 since 1/7/2025, Nghị quyết 202/2025/QH15; `knowledge.language.places`): code,
# province, whether it is a centrally run city («thành phố») rather than a province («tỉnh»). The codes that
# existed before (HN, LS, and the sample's BN, DNG, HCM, TNG) are kept: deep links and roles name them.
PROVINCIAL_UNIONS: tuple[tuple[str, str, bool], ...] = (
    ("HN", "Hà Nội", True), ("HUE", "Huế", True), ("HP", "Hải Phòng", True), ("DNG", "Đà Nẵng", True),
    ("HCM", "Hồ Chí Minh", True), ("CT", "Cần Thơ", True),
    ("TQ", "Tuyên Quang", False), ("LCI", "Lào Cai", False), ("TNG", "Thái Nguyên", False),
    ("PT", "Phú Thọ", False), ("BN", "Bắc Ninh", False), ("HY", "Hưng Yên", False), ("NB", "Ninh Bình", False),
    ("QT", "Quảng Trị", False), ("QNG", "Quảng Ngãi", False), ("GL", "Gia Lai", False), ("KH", "Khánh Hòa", False),
    ("LD", "Lâm Đồng", False), ("DLK", "Đắk Lắk", False), ("DNI", "Đồng Nai", False), ("TN", "Tây Ninh", False),
    ("VL", "Vĩnh Long", False), ("DT", "Đồng Tháp", False), ("CM", "Cà Mau", False), ("AG", "An Giang", False),
    ("LCU", "Lai Châu", False), ("DB", "Điện Biên", False), ("SL", "Sơn La", False), ("LS", "Lạng Sơn", False),
    ("QNI", "Quảng Ninh", False), ("TH", "Thanh Hóa", False), ("NA", "Nghệ An", False), ("HT", "Hà Tĩnh", False),
    ("CB", "Cao Bằng", False),
)
# Other names people give a provincial union, beyond «LĐLĐ tỉnh X», «LĐLĐ X», «Công đoàn tỉnh X».
_UNION_NICKNAMES: dict[str, str] = {
    "Hà Nội": "Thủ đô;Công đoàn Thủ đô;LĐLĐ Thành phố",
    "Hồ Chí Minh": "LĐLĐ TP.HCM;LĐLĐ TP Hồ Chí Minh;Công đoàn TP.HCM",
    "Lạng Sơn": "Xứ Lạng",
}


def provincial_union_name(province: str, city: bool) -> str:
    """«Liên đoàn Lao động thành phố Cần Thơ», «Liên đoàn Lao động tỉnh Lạng Sơn»."""
    return f"Liên đoàn Lao động {'thành phố' if city else 'tỉnh'} {province}"


def _provincial(code: str, province: str, city: bool) -> OrganisationSeed:
    level = "thành phố" if city else "tỉnh"
    names = [f"LĐLĐ {level} {province}", f"LĐLĐ {province}", f"Công đoàn {level} {province}"]
    if city:
        names.append(f"LĐLĐ TP {province}")
    extra = _UNION_NICKNAMES.get(province, "")
    return OrganisationSeed(code, provincial_union_name(province, city), "province", province, "TLD",
                            ";".join(dict.fromkeys([*names, *filter(None, extra.split(";"))])))


# Parents come before their children (the loader relies on it). The unions that ended in 2025 — the
# districts' LĐLĐs and the LĐLĐ of a province that merged (Sóc Trăng, now part of Cần Thơ) — stay as records
# of history under today's union: the articles' facts and figures are theirs and keep their names, but nobody
# chooses them any more, and a name of theirs typed today means today's union (`knowledge.unions`).
ORGANISATIONS: tuple[OrganisationSeed, ...] = (
    OrganisationSeed(
        "TLD", "Tổng Liên đoàn Lao động Việt Nam", "national", None, None,
        "Tổng LĐLĐ Việt Nam;Tổng LĐLĐ;Tổng Liên đoàn;TLĐ;Công đoàn Việt Nam",
    ),
    *(_provincial(code, province, city) for code, province, city in PROVINCIAL_UNIONS),
    OrganisationSeed(
        "HN-MELINH", "Liên đoàn Lao động huyện Mê Linh", "district", "Hà Nội", "HN",
        "LĐLĐ huyện Mê Linh;LĐLĐ Mê Linh;Công đoàn huyện Mê Linh;Mê Linh",
    ),
    OrganisationSeed(
        "HN-THUONGTIN", "Liên đoàn Lao động huyện Thường Tín", "district", "Hà Nội", "HN",
        "LĐLĐ huyện Thường Tín;LĐLĐ Thường Tín;Thường Tín",
    ),
    OrganisationSeed(
        "HN-TRUONGCD", "Trường Trung cấp Công đoàn Hà Nội", "school", "Hà Nội", "HN",
        "Trường Trung cấp CĐ Hà Nội;Trường Trung cấp CĐ Thành phố;Trường Trung cấp Công đoàn Thành phố Hà Nội;"
        "Trường Công đoàn Hà Nội;Trường Trung cấp Công đoàn",
    ),
    OrganisationSeed(
        "LS-CHILANG", "Liên đoàn Lao động huyện Chi Lăng", "district", "Lạng Sơn", "LS",
        "LĐLĐ huyện Chi Lăng;LĐLĐ Chi Lăng;Chi Lăng",
    ),
    OrganisationSeed(
        "LS-CAOLOC", "Liên đoàn Lao động huyện Cao Lộc", "district", "Lạng Sơn", "LS",
        "LĐLĐ huyện Cao Lộc;LĐLĐ Cao Lộc;Cao Lộc",
    ),
    # A grassroots union outlives its district's LĐLĐ: since 2025 it answers to the province's.
    OrganisationSeed(
        "LS-HTXDONGTAM", "Công đoàn cơ sở Hợp tác xã Đồng Tâm", "grassroots", "Lạng Sơn", "LS",
        "CĐCS HTX Đồng Tâm;HTX Đồng Tâm;Hợp tác xã Đồng Tâm",
    ),
    OrganisationSeed(
        "ST", "Liên đoàn Lao động tỉnh Sóc Trăng", "province", "Sóc Trăng", "CT",
        "LĐLĐ tỉnh Sóc Trăng;LĐLĐ Sóc Trăng;Công đoàn tỉnh Sóc Trăng",
    ),
)

# Every provincial union is built in now; kept for callers that load the sample's unions by name.
SAMPLE_ORGANISATIONS: tuple[OrganisationSeed, ...] = ()


# ---------------------------------------------------------------------------------------------------
# Documents: the five articles first (others cite them as their source), then what they name.
# ---------------------------------------------------------------------------------------------------

ARTICLES: tuple[DocumentSeed, ...] = (
    DocumentSeed(
        "BAI-HN-2016", "article",
        # The page opens with "Hiệu quả thiết thực" before its related-article links: taken as the headline.
        "Hiệu quả thiết thực",
        "Bài báo về kết quả đào tạo, bồi dưỡng cán bộ công đoàn Thủ đô năm 2016 (hội nghị của LĐLĐ "
        "Thành phố Hà Nội) và kế hoạch đào tạo giai đoạn 2016-2018.",
        issuer=None, issued_on=None, author=None, publisher="Báo Lao Động Thủ Đô", organisation="HN",
        keywords="đào tạo bồi dưỡng cán bộ công đoàn Thủ đô năm 2016;LĐLĐ Hà Nội;báo cáo năm 2016",
        period_start=2016, period_end=2016,
    ),
    DocumentSeed(
        "BAI-LS-2018", "article",
        "Bồi dưỡng nghiệp vụ cho cán bộ: Giải pháp nâng cao chất lượng hoạt động công đoàn",
        "Bài báo về công tác tập huấn, bồi dưỡng cán bộ công đoàn tỉnh Lạng Sơn từ năm 2013 đến năm 2018. "
        "Trang báo lưu mang ngày 20/09/2024 (ngày hiển thị của trang), số liệu trong bài là của giai đoạn "
        "2013-2018.",
        issuer=None, issued_on=None, author="Ngọc Hiếu", publisher="Báo Lạng Sơn (LSO)", organisation="LS",
        keywords="Lạng Sơn;LSO;bồi dưỡng cán bộ công đoàn;CBCĐ;năm 2018",
        period_start=2013, period_end=2018,
    ),
    DocumentSeed(
        "BAI-MELINH-2020", "article",
        "Chú trọng công tác đào tạo, bồi dưỡng nghiệp vụ cho cán bộ công đoàn cơ sở",
        "Bài báo về công tác đào tạo, bồi dưỡng cán bộ công đoàn cơ sở của LĐLĐ huyện Mê Linh (Hà Nội) "
        "năm 2020.",
        issuer=None, issued_on=dt.date(2021, 3, 2), author="Lương Hằng",
        publisher="Báo Lao Động Thủ Đô (LĐTĐ)", organisation="HN-MELINH",
        keywords="Mê Linh;Hà Nội;năm 2020;LĐTĐ",
        period_start=2020, period_end=2020,
    ),
    DocumentSeed(
        "BAI-LS-2014", "article",
        "Công tác đào tạo, bồi dưỡng giảng viên kiêm chức công đoàn Liên đoàn Lao động tỉnh Lạng Sơn",
        "Bài viết của Ban Tổ chức LĐLĐ tỉnh Lạng Sơn về lớp bồi dưỡng giảng viên kiêm chức công đoàn "
        "năm 2014.",
        issuer=None, issued_on=dt.date(2014, 11, 28), author="Hứa Đức Việt (Ban Tổ chức LĐLĐ tỉnh)",
        publisher="LĐLĐ tỉnh Lạng Sơn", organisation="LS",
        keywords="Lạng Sơn;giảng viên kiêm chức;năm 2014",
        period_start=2014, period_end=2014,
    ),
    DocumentSeed(
        "BAI-ST-2016", "article",
        "Hoạt động công đoàn với công tác nâng cao trình độ của đoàn viên, người lao động",
        "Bài viết của LĐLĐ tỉnh Sóc Trăng về kết quả 2 năm thực hiện Kế hoạch 53/KH-LĐLĐ nâng cao trình "
        "độ, kỹ năng nghề nghiệp của đoàn viên và người lao động (số liệu 2013-2015).",
        issuer=None, issued_on=dt.date(2016, 2, 5), author="Lục Bích Phúc, Phó Chủ tịch LĐLĐ tỉnh Sóc Trăng",
        publisher="LĐLĐ tỉnh Sóc Trăng", organisation="ST",
        keywords="Sóc Trăng;nâng cao trình độ;kỹ năng nghề nghiệp;đoàn viên;người lao động",
        period_start=2013, period_end=2015,
    ),
)

PROGRAMMES: tuple[DocumentSeed, ...] = (
    DocumentSeed(
        "4a/NQ-TLĐ", "resolution",
        "Về tiếp tục đẩy mạnh và nâng cao chất lượng đào tạo, bồi dưỡng cán bộ công đoàn giai đoạn 2010-2020",
        "Nghị quyết số 4a/NQ-TLĐ ngày 04/3/2010 của Ban Chấp hành Tổng LĐLĐ Việt Nam khóa X về tiếp tục đẩy "
        "mạnh và nâng cao chất lượng đào tạo, bồi dưỡng cán bộ công đoàn giai đoạn 2010-2020. LĐLĐ tỉnh "
        "Lạng Sơn dựa vào nghị quyết này để mở lớp bồi dưỡng giảng viên kiêm chức.",
        issuer="Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam khóa X", issued_on=dt.date(2010, 3, 4),
        organisation="TLD", source="BAI-LS-2014",
        keywords="nghị quyết 4a;NQ 4a;nghi quyet 4a;đào tạo bồi dưỡng cán bộ công đoàn 2010-2020;"
        "Tổng Liên đoàn;TLĐ",
        period_start=2010, period_end=2020,
    ),
    DocumentSeed(
        "1644/CTr-TLĐ", "programme",
        "Nâng cao chất lượng và hiệu quả hoạt động của đội ngũ cán bộ công đoàn",
        "Chương trình số 1644/CTr-TLĐ ngày 04/11/2013 của Tổng LĐLĐ Việt Nam về nâng cao chất lượng và hiệu "
        "quả hoạt động của đội ngũ cán bộ công đoàn; LĐLĐ tỉnh Lạng Sơn thực hiện chương trình này qua lớp "
        "giảng viên kiêm chức.",
        issuer="Tổng Liên đoàn Lao động Việt Nam", issued_on=dt.date(2013, 11, 4),
        organisation="TLD", source="BAI-LS-2014",
        keywords="chương trình 1644;CTr 1644;chuong trinh 1644;chất lượng cán bộ công đoàn;TLĐ",
    ),
    DocumentSeed(
        "1464/CTr-TLĐ", "programme",
        "Nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động",
        "Chương trình hành động số 1464/CTr-TLĐ ngày 8/10/2013 của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam về nâng "
        "cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động; LĐLĐ tỉnh Sóc Trăng triển khai "
        "bằng Kế hoạch 53/KH-LĐLĐ.",
        issuer="Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", issued_on=dt.date(2013, 10, 8),
        organisation="TLD", source="BAI-ST-2016",
        keywords="chương trình hành động 1464;CTr 1464;chuong trinh 1464;kỹ năng nghề nghiệp;tay nghề;"
        "đoàn viên;người lao động;NLĐ;TLĐ",
    ),
    DocumentSeed(
        "104/CTr-LĐLĐ", "programme",
        "Nâng cao chất lượng và hiệu quả hoạt động của CBCĐ",
        "Chương trình số 104/CTr-LĐLĐ ngày 29/11/2013 của Ban Chấp hành LĐLĐ tỉnh Lạng Sơn về nâng cao chất "
        "lượng và hiệu quả hoạt động của cán bộ công đoàn; xác định trách nhiệm của từng cấp công đoàn và "
        "hướng dẫn các cấp xây dựng kế hoạch thực hiện.",
        issuer="Ban Chấp hành Liên đoàn Lao động tỉnh Lạng Sơn", issued_on=dt.date(2013, 11, 29),
        organisation="LS", source="BAI-LS-2018",
        keywords="chương trình 104;CTr 104;chuong trinh 104;Lạng Sơn;cán bộ công đoàn;CBCĐ",
    ),
    DocumentSeed(
        "53/KH-LĐLĐ", "plan",
        "Nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động",
        "Kế hoạch số 53/KH-LĐLĐ ngày 10/12/2013 của Ban Thường vụ LĐLĐ tỉnh Sóc Trăng thực hiện Chương "
        "trình 1464/CTr-TLĐ về nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên và người lao động, "
        "triển khai đến các cấp công đoàn trong tỉnh.",
        issuer="Ban Thường vụ Liên đoàn Lao động tỉnh Sóc Trăng", issued_on=dt.date(2013, 12, 10),
        organisation="ST", source="BAI-ST-2016",
        keywords="kế hoạch 53;KH 53;ke hoach 53;Sóc Trăng;kỹ năng nghề nghiệp;nâng cao trình độ",
    ),
    DocumentSeed(
        "73/KH-UBND", "plan",
        "Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2012-2020” tỉnh Sóc Trăng",
        # The article prints 30/10/2003 although the scheme covers 2012-2020; recorded as printed.
        "Kế hoạch số 73/KH-UBND ngày 30/10/2003 (ngày như bài viết ghi) của Ủy ban nhân dân tỉnh Sóc Trăng "
        "phê duyệt kế hoạch thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2012-2020”; công đoàn Sóc "
        "Trăng phối hợp triển khai cùng Chương trình 1464/CTr-TLĐ.",
        issuer="Ủy ban nhân dân tỉnh Sóc Trăng", issued_on=dt.date(2003, 10, 30),
        organisation=None, source="BAI-ST-2016",
        keywords="kế hoạch 73;KH 73;UBND tỉnh Sóc Trăng;xã hội học tập;Sóc Trăng",
        period_start=2012, period_end=2020,
    ),
    DocumentSeed(
        "KH-DTBD-HN-2016-2018", "plan",
        "Kế hoạch đào tạo, bồi dưỡng cán bộ công đoàn giai đoạn 2016-2018",
        "Kế hoạch của LĐLĐ Thành phố Hà Nội, triển khai tại hội nghị tổng kết năm 2016, đặt mục tiêu đến hết "
        "nhiệm kỳ Đại hội XV Công đoàn Thành phố (2013-2018): 100% cán bộ công đoàn chuyên trách được đào "
        "tạo, bồi dưỡng lý luận, nghiệp vụ và chuẩn ngạch công chức; 100% cán bộ không chuyên trách được "
        "bồi dưỡng, tập huấn. Bài viết không ghi số hiệu của kế hoạch.",
        issuer="Liên đoàn Lao động thành phố Hà Nội", issued_on=None,
        organisation="HN", source="BAI-HN-2016",
        keywords="kế hoạch 2016-2018;kế hoạch đào tạo Hà Nội;LĐLĐ Hà Nội;Thủ đô;nhiệm kỳ XV",
        period_start=2016, period_end=2018,
    ),
    DocumentSeed(
        "CTR-CHUDE-2020", "programme",
        "Chương trình chủ đề năm 2020 “Nâng cao chất lượng hoạt động của Công đoàn cơ sở”",
        "Chương trình với chủ đề năm “Nâng cao chất lượng hoạt động của Công đoàn cơ sở” gồm 7 nhóm vấn đề "
        "chủ yếu, được LĐLĐ huyện Mê Linh thực hiện năm 2020. Bài viết không ghi số hiệu và cơ quan "
        "ban hành.",
        issuer=None, issued_on=None, organisation=None, source="BAI-MELINH-2020",
        keywords="chủ đề năm 2020;năm nâng cao chất lượng hoạt động công đoàn cơ sở;CĐCS;Mê Linh",
        period_start=2020, period_end=2020,
    ),
    DocumentSeed(
        "NQ-DHCD-LS-XV", "resolution",
        "Nghị quyết Đại hội Công đoàn tỉnh Lạng Sơn khóa XV",
        "Nghị quyết Đại hội Công đoàn tỉnh Lạng Sơn khóa XV, một căn cứ để LĐLĐ tỉnh mở lớp bồi dưỡng giảng "
        "viên kiêm chức công đoàn. Bài viết không ghi số hiệu và ngày ban hành.",
        issuer="Đại hội Công đoàn tỉnh Lạng Sơn khóa XV", issued_on=None,
        organisation="LS", source="BAI-LS-2014",
        keywords="nghị quyết đại hội;đại hội công đoàn tỉnh;khóa XV;Lạng Sơn",
    ),
)

DOCUMENTS: tuple[DocumentSeed, ...] = ARTICLES + PROGRAMMES

SAMPLE_DOCUMENT = DocumentSeed(
    "MAU", "sample",
    "Dữ liệu mẫu — lịch lớp minh họa, không phải kế hoạch thật",
    "Lịch lớp và chỉ tiêu minh họa để thử bot; không phải kế hoạch thật của công đoàn nào.",
    keywords="dữ liệu mẫu;minh họa",
)


# ---------------------------------------------------------------------------------------------------
# Facts.
# ---------------------------------------------------------------------------------------------------

_HN = "BAI-HN-2016"
_LS18 = "BAI-LS-2018"
_ML = "BAI-MELINH-2020"
_LS14 = "BAI-LS-2014"
_ST = "BAI-ST-2016"

FACTS: tuple[FactSeed, ...] = (
    # --- Hà Nội 2016 -------------------------------------------------------------------------------
    FactSeed(
        "HN2016-LOP", "HN", 2016, None, "",
        "Năm 2016 các cấp công đoàn Hà Nội tổ chức được bao nhiêu lớp đào tạo, bồi dưỡng cán bộ công đoàn?",
        "Năm 2016, các cấp công đoàn Thủ đô tổ chức được 33/33 lớp đào tạo, bồi dưỡng cán bộ công đoàn "
        "(đạt 100% kế hoạch) từ nguồn kinh phí hỗ trợ của UBND Thành phố.",
        "Hà Nội;Thủ đô;số lớp;mấy lớp;lớp đào tạo;lớp bồi dưỡng;kinh phí UBND Thành phố;ha noi",
        _HN, 33, 33, "lớp",
    ),
    FactSeed(
        "HN2016-HOCVIEN", "HN", 2016, None, "",
        "Năm 2016 các lớp bồi dưỡng cán bộ công đoàn Hà Nội có bao nhiêu lượt học viên?",
        "Năm 2016, các cấp công đoàn Thủ đô tổ chức các lớp đào tạo, bồi dưỡng, tập huấn cán bộ công đoàn "
        "với 3.831/3.580 lượt học viên tham gia (đạt 107% kế hoạch).",
        "Hà Nội;Thủ đô;học viên;lượt học viên;người học;số người;bao nhiêu người;ha noi",
        _HN, 3831, 3580, "lượt học viên",
    ),
    FactSeed(
        "HN2016-NGOAINGANSACH", "HN", 2016, None, "",
        "Ngoài ngân sách UBND Thành phố, công đoàn Hà Nội năm 2016 còn mở lớp bằng nguồn nào, "
        "bao nhiêu lượt cán bộ?",
        "Năm 2016, bên cạnh các lớp dùng ngân sách của UBND Thành phố, các cấp công đoàn Hà Nội (Tổng LĐLĐ "
        "Việt Nam, LĐLĐ Thành phố, LĐLĐ quận, huyện, thị xã, công đoàn ngành, công đoàn tổng công ty, công "
        "đoàn cấp trên trực tiếp cơ sở) còn tranh thủ chính quyền đồng cấp và kinh phí của Trung tâm bồi "
        "dưỡng chính trị các quận, huyện, thị xã để mở lớp, tổng số 38.386 lượt cán bộ công đoàn tham gia.",
        "kinh phí;nguồn kinh phí;ngân sách;tiền mở lớp;Trung tâm bồi dưỡng chính trị;quận huyện;tổng số "
        "lượt;Hà Nội;Thủ đô",
        _HN, 38386, None, "lượt cán bộ",
    ),
    FactSeed(
        "HN2016-PTDV", "HN", 2016, None, "phat_trien_doan_vien",
        "Năm 2016 Hà Nội có lớp tập huấn kỹ năng tuyên truyền, vận động phát triển đoàn viên không?",
        "Năm 2016, LĐLĐ Thành phố Hà Nội phối hợp với Trung tâm hội nghị và Đào tạo cán bộ công đoàn (Ban "
        "Tổ chức Tổng LĐLĐ Việt Nam) tổ chức 1 lớp tập huấn 3 ngày về kỹ năng tuyên truyền, vận động phát "
        "triển đoàn viên cho 23 cán bộ công đoàn cấp trên cơ sở.",
        "phát triển đoàn viên;kết nạp đoàn viên;tuyên truyền vận động;Trung tâm hội nghị và Đào tạo cán bộ "
        "công đoàn;Ban Tổ chức Tổng Liên đoàn;cấp trên cơ sở;Hà Nội",
        _HN, 23, None, "cán bộ",
    ),
    FactSeed(
        "HN2016-DANVAN", "HN", 2016, None, "tuyen_giao",
        "LĐLĐ Hà Nội có cử cán bộ đi tập huấn công tác dân vận không?",
        "Năm 2016, LĐLĐ Thành phố Hà Nội cử cán bộ đi tập huấn công tác dân vận.",
        "dân vận;công tác dân vận;cử cán bộ đi học;Hà Nội;Thủ đô",
        _HN,
    ),
    FactSeed(
        "HN2016-ATVSLD", "HN-TRUONGCD", 2016, None, "atvsld",
        "Năm 2016 Trường Trung cấp Công đoàn Hà Nội huấn luyện an toàn, vệ sinh lao động bao nhiêu lớp, "
        "bao nhiêu học viên?",
        "Năm 2016, Trường Trung cấp Công đoàn Hà Nội tổ chức huấn luyện an toàn, vệ sinh lao động (ATVSLĐ) "
        "42 lớp với 3.060/3.000 học viên (đạt 102% kế hoạch).",
        "an toàn vệ sinh lao động;ATVSLĐ;huấn luyện an toàn;bảo hộ lao động;Trường Trung cấp Công đoàn;"
        "Hà Nội;42 lớp",
        _HN, 3060, 3000, "học viên",
    ),
    FactSeed(
        "HN2016-LIENKET", "HN-TRUONGCD", 2016, None, "",
        "Trường Trung cấp Công đoàn Hà Nội liên kết đào tạo với những trường nào?",
        "Năm 2016, Trường Trung cấp Công đoàn Hà Nội chủ động liên kết đào tạo với Trường Cao đẳng Công "
        "nghệ và Thương mại Hà Nội, Trường Cao đẳng Văn Lang, Trường Trung cấp Thăng Long, Trung tâm Tri "
        "thức Bách khoa giáo dục và các hợp đồng dịch vụ theo quy định của pháp luật.",
        "liên kết đào tạo;trường đối tác;phối hợp đào tạo;Cao đẳng Văn Lang;Trung cấp Thăng Long;Cao đẳng "
        "Công nghệ và Thương mại;Bách khoa;Trường Trung cấp Công đoàn",
        _HN,
    ),
    FactSeed(
        "HN2016-NOIDUNG", "HN", 2016, None, "nghiep_vu",
        "Năm 2016 LĐLĐ Hà Nội bồi dưỡng cán bộ công đoàn những nội dung gì?",
        "Năm 2016, LĐLĐ Thành phố Hà Nội tập trung bồi dưỡng lý luận, nghiệp vụ cơ bản về công tác công "
        "đoàn và kỹ năng hoạt động theo các chuyên đề, tổ chức thực hiện nhiệm vụ cho cán bộ công đoàn các "
        "cấp.",
        "nội dung đào tạo;học gì;lý luận;nghiệp vụ cơ bản;chuyên đề;kỹ năng hoạt động;Hà Nội;Thủ đô",
        _HN,
    ),
    FactSeed(
        "HN2016-CHUANHOA", "HN", 2016, None, "quan_ly_nha_nuoc",
        "Công đoàn Hà Nội chuẩn hóa cán bộ công đoàn chuyên trách bằng cách nào?",
        "Năm 2016, để chuẩn hóa đội ngũ cán bộ công đoàn chuyên trách, các cấp công đoàn Thủ đô bồi dưỡng "
        "nâng cao trình độ chuyên môn, chính trị, tin học, ngoại ngữ.",
        "chuẩn hóa;chuyên trách;trình độ chuyên môn;chính trị;tin học;ngoại ngữ;Hà Nội;Thủ đô",
        _HN,
    ),
    FactSeed(
        "HN2016-PHAPLUAT", "HN", 2016, None, "phap_luat",
        "Năm 2016 công đoàn Hà Nội có tập huấn Luật Bảo hiểm xã hội không?",
        "Năm 2016, các cấp công đoàn Thủ đô tập huấn một số điểm mới của Luật BHXH, tác động của TPP đến "
        "tổ chức công đoàn và những điểm mới của pháp luật liên quan đến cán bộ công đoàn và người lao động.",
        "Luật Bảo hiểm xã hội;BHXH;bảo hiểm xã hội;TPP;hiệp định TPP;điểm mới pháp luật;pháp luật lao động;"
        "Hà Nội;Thủ đô",
        _HN,
    ),
    FactSeed(
        "HN2016-PHANMEM", "HN-TRUONGCD", 2016, None, "chuyen_doi_so",
        "Trường Trung cấp Công đoàn Hà Nội có tập huấn sử dụng phần mềm, viết bài trang web không?",
        "Năm 2016, theo chỉ đạo của LĐLĐ Thành phố, Trường Trung cấp Công đoàn Hà Nội tập huấn kỹ năng sử "
        "dụng phần mềm quản lý điều hành và viết bài cho trang web cho cán bộ công đoàn cấp trên cơ sở.",
        "phần mềm;quản lý điều hành;trang web;website;viết bài;tin học;công nghệ thông tin;Trường Trung cấp "
        "Công đoàn;Hà Nội",
        _HN,
    ),
    FactSeed(
        "HN2016-VANTHU", "HN-TRUONGCD", 2016, None, "van_thu",
        "Có lớp tập huấn văn thư, lưu trữ cho cán bộ công đoàn ở Hà Nội không?",
        "Năm 2016, theo chỉ đạo của LĐLĐ Thành phố, Trường Trung cấp Công đoàn Hà Nội tập huấn công tác văn "
        "thư, lưu trữ cho cán bộ công đoàn cấp trên cơ sở.",
        "văn thư;lưu trữ;hồ sơ;Trường Trung cấp Công đoàn;Hà Nội",
        _HN,
    ),
    FactSeed(
        "HN2016-THUONGLUONG", "HN-TRUONGCD", 2016, None, "thuong_luong",
        "Hà Nội có tập huấn kỹ năng đối thoại, đàm phán, thương lượng cho cán bộ công đoàn không?",
        "Năm 2016, Trường Trung cấp Công đoàn Hà Nội tập huấn kỹ năng tư vấn pháp luật, đối thoại, đàm "
        "phán, thương lượng cho cán bộ công đoàn cấp trên cơ sở.",
        "đối thoại;đàm phán;thương lượng;thương lượng tập thể;tư vấn pháp luật;Trường Trung cấp Công đoàn;"
        "Hà Nội",
        _HN,
    ),
    FactSeed(
        "HN2016-TRANHCHAP", "HN-TRUONGCD", 2016, None, "tranh_chap",
        "Hà Nội có lớp kỹ năng giải quyết tranh chấp lao động, bảo vệ người lao động tại tòa không?",
        "Năm 2016, Trường Trung cấp Công đoàn Hà Nội tập huấn kỹ năng giải quyết tranh chấp lao động, đại "
        "diện bảo vệ quyền lợi người lao động, nhất là kỹ năng bảo vệ quyền lợi người lao động tại tòa, cho "
        "cán bộ công đoàn cấp trên cơ sở.",
        "tranh chấp lao động;giải quyết tranh chấp;tại tòa;tòa án;bảo vệ quyền lợi;đại diện người lao động;"
        "Hà Nội",
        _HN,
    ),
    FactSeed(
        "HN2016-PHUONGPHAP", "HN", 2016, None, "giang_day",
        "Công đoàn Hà Nội đổi mới phương pháp đào tạo cán bộ như thế nào?",
        "Năm 2016, đào tạo cán bộ công đoàn Thủ đô dùng phương pháp tích cực, ứng dụng công nghệ thông tin "
        "vào giảng dạy; các buổi học không còn thụ động, một chiều mà tăng trao đổi giữa giảng viên với học "
        "viên và giữa học viên theo nhóm.",
        "phương pháp giảng dạy;phương pháp tích cực;đổi mới phương pháp;học theo nhóm;cách dạy;Hà Nội;"
        "Thủ đô",
        _HN,
    ),
    FactSeed(
        "HN2016-HOPTACQT", "HN", 2016, None, "",
        "Công đoàn Hà Nội có hợp tác quốc tế trong đào tạo cán bộ không?",
        "Năm 2016, các cấp công đoàn Thủ đô đẩy mạnh hợp tác quốc tế trong lĩnh vực đào tạo, tập huấn cán "
        "bộ công đoàn cấp trên cơ sở và CĐCS.",
        "hợp tác quốc tế;quốc tế;nước ngoài;Hà Nội;Thủ đô",
        _HN,
    ),
    FactSeed(
        "HN2016-BAOCAO", "HN", 2016, None, "",
        "Ai báo cáo kết quả đào tạo, bồi dưỡng cán bộ công đoàn Hà Nội năm 2016?",
        "Kết quả đào tạo, bồi dưỡng cán bộ công đoàn Thủ đô năm 2016 do ông Lê Xuân Trường, Ủy viên Thường "
        "vụ, Trưởng ban Tổ chức LĐLĐ Thành phố Hà Nội báo cáo tại hội nghị.",
        "báo cáo kết quả;Lê Xuân Trường;Trưởng ban Tổ chức;hội nghị;ai báo cáo;Hà Nội",
        _HN,
    ),
    FactSeed(
        "HN2016-CHIDAO", "HN", 2016, None, "",
        "Lãnh đạo LĐLĐ Hà Nội chỉ đạo gì về đào tạo cán bộ công đoàn năm tới?",
        "Phó Chủ tịch LĐLĐ Thành phố Hà Nội Phạm Bá Vĩnh đề nghị mỗi cấp công đoàn rà soát, nắm chắc cán "
        "bộ công đoàn từ tổ phó trở lên, đối chiếu với tiêu chuẩn chức danh để xây dựng kế hoạch mở lớp, và "
        "tiếp tục đổi mới phương pháp giảng dạy, nội dung chương trình.",
        "Phạm Bá Vĩnh;Phó Chủ tịch;chỉ đạo;định hướng;rà soát cán bộ;tổ phó;năm tới;Hà Nội",
        _HN,
    ),
    FactSeed(
        "HN-THUONGTIN-TAPHUAN", "HN-THUONGTIN", None, None, "",
        "LĐLĐ huyện Thường Tín có tổ chức tập huấn cho cán bộ công đoàn không?",
        "LĐLĐ huyện Thường Tín phối hợp với Trường Trung cấp Công đoàn Hà Nội tổ chức các buổi tập huấn "
        "cho cán bộ công đoàn.",
        "Thường Tín;thuong tin;huyện Thường Tín;Trường Trung cấp Công đoàn;Hà Nội",
        _HN,
    ),
    # --- Lạng Sơn 2013-2018 -----------------------------------------------------------------------
    FactSeed(
        "LS2018-CBCD", "LS", 2018, None, "",
        "Tỉnh Lạng Sơn có bao nhiêu cán bộ công đoàn, bao nhiêu chuyên trách?",
        "Năm 2018, toàn tỉnh Lạng Sơn có 8.343 CBCĐ, trong đó 74 CBCĐ chuyên trách và 8.269 CBCĐ không "
        "chuyên trách (kiêm nhiệm).",
        "số cán bộ công đoàn;tổng số CBCĐ;chuyên trách;không chuyên trách;kiêm nhiệm;Lạng Sơn;lang son",
        _LS18, 8343, None, "CBCĐ",
    ),
    FactSeed(
        "LS2018-NOIDUNG", "LS", 2013, 2018, "nghiep_vu",
        "Lạng Sơn bồi dưỡng cán bộ công đoàn những nội dung gì?",
        "Các cấp công đoàn Lạng Sơn bồi dưỡng cho CBCĐ về chính sách, chế độ đối với người lao động và "
        "nghiệp vụ tổ chức, kiểm tra, nữ công, tuyên giáo của công đoàn; LĐLĐ các huyện, thành phố và công "
        "đoàn ngành cụ thể hóa chương trình của LĐLĐ tỉnh, dành kinh phí mở lớp.",
        "nội dung bồi dưỡng;học gì;chính sách chế độ;nữ công;tuyên giáo;kiểm tra;nghiệp vụ tổ chức;Lạng Sơn",
        _LS18,
    ),
    FactSeed(
        "LS2018-LOP", "LS", 2013, 2018, "nghiep_vu",
        "Từ năm 2013 đến 2018 công đoàn Lạng Sơn tổ chức bao nhiêu lớp tập huấn, cho bao nhiêu lượt cán bộ?",
        "Từ năm 2013 đến năm 2018, các cấp công đoàn tỉnh Lạng Sơn tổ chức 85 lớp tập huấn, bồi dưỡng nghiệp "
        "vụ cho 8.069 lượt CBCĐ.",
        "số lớp;mấy lớp;lượt cán bộ;lượt học viên;tập huấn nghiệp vụ;Lạng Sơn;lang son",
        _LS18, 85, None, "lớp",
    ),
    FactSeed(
        "LS2018-KINHPHI", "LS", 2013, 2018, "",
        "Kinh phí tập huấn, bồi dưỡng cán bộ công đoàn Lạng Sơn là bao nhiêu?",
        "Các lớp tập huấn, bồi dưỡng nghiệp vụ cho CBCĐ ở Lạng Sơn từ năm 2013 đến năm 2018 (85 lớp, 8.069 "
        "lượt CBCĐ) có tổng kinh phí hơn 2,1 tỷ đồng.",
        "kinh phí;tổng kinh phí;chi phí;tiền;tỷ đồng;ngân sách;Lạng Sơn",
        _LS18, 2.1, None, "tỷ đồng",
    ),
    FactSeed(
        "LS2018-CU-TLD", "LS", 2013, 2018, "",
        "LĐLĐ Lạng Sơn cử bao nhiêu cán bộ đi học lớp của Tổng Liên đoàn?",
        "Từ năm 2013 đến năm 2018, LĐLĐ tỉnh Lạng Sơn cử 25 CBCĐ tham dự các lớp tập huấn, bồi dưỡng ngắn "
        "hạn do Tổng LĐLĐ Việt Nam tổ chức.",
        "cử cán bộ;cử đi học;Tổng Liên đoàn;TLĐ;lớp ngắn hạn;Lạng Sơn",
        _LS18, 25, None, "CBCĐ",
    ),
    FactSeed(
        "LS2018-KETQUA", "LS", 2013, 2018, "nghiep_vu",
        "Tỷ lệ cán bộ công đoàn Lạng Sơn được bồi dưỡng nghiệp vụ là bao nhiêu?",
        "Đến năm 2018, 100% CBCĐ chuyên trách và 70% CBCĐ không chuyên trách ở Lạng Sơn đã được bồi dưỡng, "
        "tập huấn lý luận, nghiệp vụ công tác công đoàn (đạt chỉ tiêu đề ra).",
        "tỷ lệ;phần trăm;kết quả;chuyên trách;không chuyên trách;đạt chỉ tiêu;lý luận nghiệp vụ;Lạng Sơn",
        _LS18, 70, None, "%",
    ),
    FactSeed(
        "LS2017-VUNGMANH", "LS", 2017, None, "",
        "Lạng Sơn có bao nhiêu công đoàn cơ sở vững mạnh?",
        "Cuối năm 2017, toàn tỉnh Lạng Sơn có 1.238 CĐCS vững mạnh, đạt 85,4%, tăng 8,8% so với năm 2013; "
        "chất lượng hoạt động được nâng lên nhờ bồi dưỡng CBCĐ.",
        "vững mạnh;CĐCS vững mạnh;xếp loại;chất lượng hoạt động;Lạng Sơn",
        _LS18, 1238, None, "CĐCS",
    ),
    FactSeed(
        "LS2018-CBCD-MOI", "LS", 2018, 2023, "nghiep_vu",
        "Nhiệm kỳ 2018-2023 Lạng Sơn có bao nhiêu cán bộ công đoàn mới cần tập huấn?",
        "Nhiệm kỳ 2018-2023, Lạng Sơn có hơn 3.500 CBCĐ lần đầu tham gia ban chấp hành công đoàn các cấp; "
        "việc đầu tiên sau Đại hội Công đoàn tỉnh là tập huấn, bồi dưỡng nghiệp vụ, kỹ năng hoạt động cho "
        "đội ngũ này (bà Hoàng Thị Oanh, Trưởng Ban Tổ chức LĐLĐ tỉnh).",
        "cán bộ mới;lần đầu;ban chấp hành;BCH;nhiệm kỳ 2018-2023;Hoàng Thị Oanh;Đại hội;Lạng Sơn",
        _LS18, 3500, None, "CBCĐ",
    ),
    FactSeed(
        "LS-CHILANG-CBCD", "LS-CHILANG", 2018, None, "",
        "Huyện Chi Lăng có bao nhiêu cán bộ công đoàn?",
        "Huyện Chi Lăng (Lạng Sơn) có 366 CBCĐ, trong đó 363 cán bộ không chuyên trách ở 117 cơ quan, đơn vị "
        "và 4 doanh nghiệp (ông Hoàng Văn Dũng, Chủ tịch LĐLĐ huyện Chi Lăng).",
        "Chi Lăng;chi lang;số cán bộ;không chuyên trách;Hoàng Văn Dũng;Lạng Sơn",
        _LS18, 366, None, "CBCĐ",
    ),
    FactSeed(
        "LS-CHILANG-TAPHUAN", "LS-CHILANG", 2018, None, "nghiep_vu",
        "LĐLĐ huyện Chi Lăng bồi dưỡng cán bộ công đoàn thế nào?",
        "LĐLĐ huyện Chi Lăng thường xuyên tổ chức tập huấn, bồi dưỡng kỹ năng nghiệp vụ cho CBCĐ và đôn "
        "đốc, kiểm tra, hướng dẫn kịp thời trong quá trình hoạt động.",
        "Chi Lăng;chi lang;tập huấn;kỹ năng nghiệp vụ;hướng dẫn;Lạng Sơn",
        _LS18,
    ),
    FactSeed(
        "LS-DONGTAM-KIEN", "LS-HTXDONGTAM", 2012, 2018, "nghiep_vu",
        "Bồi dưỡng nghiệp vụ đã giúp CĐCS HTX Đồng Tâm thế nào?",
        "Anh Nguyễn Văn Kiên được bầu làm Chủ tịch CĐCS HTX Đồng Tâm (huyện Cao Lộc) tháng 12/2012; sau khi "
        "dự các lớp bồi dưỡng nghiệp vụ công tác công đoàn, CĐCS từ xếp loại khá (năm 2012, 2013) đã liên "
        "tục đạt vững mạnh từ năm 2014.",
        "Nguyễn Văn Kiên;HTX Đồng Tâm;hợp tác xã;Cao Lộc;chủ tịch CĐCS;vững mạnh;gương điển hình;Lạng Sơn",
        _LS18,
    ),
    FactSeed(
        "LS-DONGTAM-DOANVIEN", "LS-HTXDONGTAM", 2012, 2018, "phat_trien_doan_vien",
        "CĐCS HTX Đồng Tâm có bao nhiêu đoàn viên?",
        "Số đoàn viên của CĐCS HTX Đồng Tâm (huyện Cao Lộc, Lạng Sơn) tăng từ 10 đoàn viên (năm 2012) lên "
        "38 đoàn viên (năm 2018).",
        "đoàn viên;số đoàn viên;HTX Đồng Tâm;hợp tác xã;Cao Lộc;phát triển đoàn viên;Lạng Sơn",
        _LS18, 38, None, "đoàn viên",
    ),
    # --- Lạng Sơn 2014: giảng viên kiêm chức -------------------------------------------------------
    FactSeed(
        "LS2014-GVKC-LOP", "LS", 2014, None, "giang_day",
        "Lạng Sơn mở lớp giảng viên kiêm chức công đoàn cho bao nhiêu người?",
        "Năm 2014, được Ban Tổ chức Tổng LĐLĐ Việt Nam giúp đỡ, Ban Thường vụ LĐLĐ tỉnh Lạng Sơn mở lớp "
        "giảng viên kiêm chức công đoàn cho 25 đồng chí là Chủ tịch hoặc Phó Chủ tịch LĐLĐ huyện, thành "
        "phố, công đoàn ngành và một số cán bộ phong trào các Ban LĐLĐ tỉnh.",
        "giảng viên kiêm chức;giảng viên;báo cáo viên;lớp giảng viên;Lạng Sơn;lang son",
        _LS14, 25, None, "học viên",
    ),
    FactSeed(
        "LS2014-GVKC-NOIDUNG", "LS", 2014, None, "giang_day",
        "Lớp giảng viên kiêm chức ở Lạng Sơn học những gì?",
        "Lớp giảng viên kiêm chức công đoàn năm 2014 của LĐLĐ tỉnh Lạng Sơn trang bị kỹ năng chuẩn bị bài "
        "giảng, kỹ năng lên lớp và giảng bài theo phương pháp tích cực, có thực hành bài tập theo nhóm với "
        "chủ đề bài giảng.",
        "giảng viên kiêm chức;kỹ năng lên lớp;soạn bài giảng;chuẩn bị bài giảng;phương pháp tích cực;"
        "thực hành theo nhóm;Lạng Sơn",
        _LS14,
    ),
    FactSeed(
        "LS2014-GVKC-KHAIMAC", "LS", 2014, None, "giang_day",
        "Ai khai mạc lớp tập huấn giảng viên kiêm chức của LĐLĐ Lạng Sơn?",
        "Đồng chí Trần Thị Kim Anh, Phó Chủ tịch Thường trực LĐLĐ tỉnh Lạng Sơn, khai mạc lớp tập huấn "
        "giảng viên kiêm chức công đoàn năm 2014.",
        "khai mạc;Trần Thị Kim Anh;Phó Chủ tịch Thường trực;giảng viên kiêm chức;Lạng Sơn",
        _LS14,
    ),
    FactSeed(
        "LS2014-GVKC-LYDO", "LS", 2014, None, "giang_day",
        "Vì sao Lạng Sơn mở lớp bồi dưỡng giảng viên kiêm chức công đoàn?",
        "LĐLĐ tỉnh Lạng Sơn mở lớp vì kỹ năng, phương pháp truyền đạt của giảng viên kiêm chức tại các lớp "
        "ở cơ sở còn hạn chế; lớp thực hiện Nghị quyết 4a/NQ-TLĐ, Chương trình 1644/CTr-TLĐ và Nghị quyết "
        "Đại hội Công đoàn tỉnh Lạng Sơn khóa XV.",
        "vì sao;lý do;căn cứ;hạn chế;phương pháp truyền đạt;nghị quyết 4a;chương trình 1644;giảng viên kiêm "
        "chức;Lạng Sơn",
        _LS14,
    ),
    # --- Mê Linh 2020 ------------------------------------------------------------------------------
    FactSeed(
        "ML2020-LOP", "HN-MELINH", 2020, None, "nghiep_vu",
        "Năm 2020 LĐLĐ huyện Mê Linh tổ chức mấy lớp tập huấn, cho bao nhiêu người?",
        "Năm 2020, LĐLĐ huyện Mê Linh phối hợp với Trung tâm Bồi dưỡng chính trị huyện tổ chức 2 lớp tập "
        "huấn cho trên 400 lượt cán bộ, đoàn viên công đoàn về nghiệp vụ công tác công đoàn, an toàn, vệ "
        "sinh lao động và tư vấn pháp luật lao động.",
        "Mê Linh;me linh;số lớp;lượt cán bộ;đoàn viên;Trung tâm Bồi dưỡng chính trị huyện;an toàn vệ sinh "
        "lao động;pháp luật lao động;Hà Nội",
        _ML, 400, None, "lượt",
    ),
    FactSeed(
        "ML2020-CHUDE", "HN-MELINH", 2020, None, "",
        "Năm 2020 Mê Linh thực hiện chủ đề năm về công đoàn cơ sở như thế nào?",
        "Năm 2020, LĐLĐ huyện Mê Linh thực hiện Chương trình chủ đề năm “Nâng cao chất lượng hoạt động của "
        "Công đoàn cơ sở” với 7 nhóm vấn đề chủ yếu, phối hợp với chính quyền, cơ quan chuyên môn cùng cấp "
        "phát động phong trào thi đua học tập nâng cao trình độ, kỹ năng.",
        "chủ đề năm;nhóm vấn đề;thi đua học tập;phong trào thi đua;Mê Linh;me linh",
        _ML, 7, None, "nhóm vấn đề",
    ),
    FactSeed(
        "ML2020-HINHTHUC", "HN-MELINH", 2020, None, "",
        "Mê Linh đào tạo cán bộ, đoàn viên theo những hình thức nào?",
        "Năm 2020, LĐLĐ huyện Mê Linh mở các lớp tập huấn, bồi dưỡng, đào tạo ngắn hạn, dài hạn cho cán bộ, "
        "đoàn viên, công nhân viên chức lao động với nhiều hình thức: đào tạo tập trung, tại chức, học từ "
        "xa.",
        "hình thức;tập trung;tại chức;học từ xa;ngắn hạn;dài hạn;CNVCLĐ;Mê Linh;me linh",
        _ML,
    ),
    FactSeed(
        "ML2020-CU-CANBO", "HN-MELINH", 2020, None, "",
        "Mê Linh cử cán bộ công đoàn đi học những lớp nào?",
        "Năm 2020, LĐLĐ huyện Mê Linh cử cán bộ công đoàn tham gia đầy đủ các lớp bồi dưỡng, tập huấn do "
        "LĐLĐ Thành phố, Trường Trung cấp Công đoàn Hà Nội, Trung tâm Tư vấn pháp luật Công đoàn Thành phố, "
        "Ban Tuyên giáo, Ban Dân vận, Ủy ban kiểm tra Huyện ủy, Mặt trận Tổ quốc huyện tổ chức.",
        "cử cán bộ;cử đi học;Trường Trung cấp Công đoàn;Trung tâm Tư vấn pháp luật;Ban Tuyên giáo;Ban Dân "
        "vận;Mặt trận Tổ quốc;Mê Linh;me linh",
        _ML,
    ),
    # --- Sóc Trăng 2013-2015 ----------------------------------------------------------------------
    FactSeed(
        "ST2015-TUYENTRUYEN", "ST", 2014, 2015, "tuyen_giao",
        "Công đoàn Sóc Trăng tổ chức bao nhiêu cuộc tuyên truyền nâng cao trình độ cho đoàn viên?",
        "Qua 2 năm thực hiện Kế hoạch 53/KH-LĐLĐ, các cấp công đoàn Sóc Trăng tổ chức 1.250 cuộc tuyên "
        "truyền với 41.640 lượt cán bộ, đoàn viên, người lao động tham gia.",
        "tuyên truyền;cuộc tuyên truyền;lượt người;nâng cao trình độ;kỹ năng nghề nghiệp;Sóc Trăng;soc trang",
        _ST, 1250, None, "cuộc",
    ),
    FactSeed(
        "ST2015-TAILIEU", "ST", 2014, 2015, "tuyen_giao",
        "Công đoàn Sóc Trăng phát hành bao nhiêu tài liệu, tờ rơi tuyên truyền?",
        "Các cấp công đoàn Sóc Trăng phối hợp phát hành 500 bộ tài liệu và trên 1.000 tờ rơi tuyên truyền, "
        "phổ biến pháp luật về xây dựng xã hội học tập, tự học nâng cao trình độ, kỹ năng nghề nghiệp.",
        "tài liệu;tờ rơi;phát hành;xã hội học tập;phổ biến pháp luật;Sóc Trăng;soc trang",
        _ST, 500, None, "bộ tài liệu",
    ),
    FactSeed(
        "ST2015-CHUYENMON", "ST", 2013, 2015, "",
        "Từ 2013 đến 2015 Sóc Trăng có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn?",
        "Từ năm 2013 đến 2015, Sóc Trăng có 23.339 người được đào tạo nâng cao trình độ chuyên môn nghiệp "
        "vụ, trong đó trên 500 tiến sỹ, thạc sỹ; 12.066 người trình độ đại học; 10.773 người cao đẳng, trung "
        "cấp.",
        "trình độ chuyên môn;tiến sĩ;tiến sỹ;thạc sĩ;thạc sỹ;đại học;cao đẳng;trung cấp;bằng cấp;Sóc Trăng",
        _ST, 23339, None, "người",
    ),
    FactSeed(
        "ST2015-LLCT", "ST", 2013, 2015, "quan_ly_nha_nuoc",
        "Sóc Trăng có bao nhiêu đoàn viên được học lý luận chính trị?",
        "Từ năm 2013 đến 2015, Sóc Trăng có 1.500 đoàn viên, người lao động được đào tạo, bồi dưỡng nâng cao "
        "trình độ lý luận chính trị các lớp sơ cấp, trung cấp, cao cấp.",
        "lý luận chính trị;LLCT;sơ cấp;trung cấp;cao cấp chính trị;Sóc Trăng;soc trang",
        _ST, 1500, None, "người",
    ),
    FactSeed(
        "ST2015-CNTT", "ST", 2013, 2015, "chuyen_doi_so",
        "Sóc Trăng có bao nhiêu người học nâng cao trình độ công nghệ thông tin?",
        "Từ năm 2013 đến 2015, Sóc Trăng có 14.581 cán bộ, công chức, viên chức tham gia học tập nâng cao "
        "trình độ ứng dụng công nghệ thông tin đáp ứng yêu cầu vị trí việc làm.",
        "công nghệ thông tin;CNTT;tin học;ứng dụng CNTT;máy tính;công chức;viên chức;Sóc Trăng;soc trang",
        _ST, 14581, None, "người",
    ),
    FactSeed(
        "ST2015-NGOAINGU", "ST", 2013, 2015, "",
        "Sóc Trăng có bao nhiêu người đạt trình độ ngoại ngữ A2, B1?",
        "Từ năm 2013 đến 2015, Sóc Trăng có 3.332 người đạt trình độ ngoại ngữ bậc 2 (tương đương A2) và 863 "
        "người đạt bậc 3 (tương đương B1).",
        "ngoại ngữ;tiếng Anh;A2;B1;bậc 2;bậc 3;Sóc Trăng;soc trang",
        _ST, 3332, None, "người",
    ),
    FactSeed(
        "ST2015-TYLE", "ST", 2014, 2015, "",
        "Bao nhiêu phần trăm đoàn viên, người lao động Sóc Trăng được học nâng cao trình độ, kỹ năng nghề?",
        "Qua 2 năm thực hiện Kế hoạch 53/KH-LĐLĐ, Sóc Trăng có 32.775/53.527 đoàn viên và người lao động "
        "được học tập nâng cao trình độ, kỹ năng nghề nghiệp, đạt 61,23%.",
        "tỷ lệ;phần trăm;kỹ năng nghề nghiệp;nâng cao trình độ;tay nghề;đoàn viên;người lao động;Sóc Trăng",
        _ST, 32775, 53527, "người",
    ),
    FactSeed(
        "ST2015-CHUYENVIENCHINH", "ST", 2013, 2015, "quan_ly_nha_nuoc",
        "Sóc Trăng có lớp bồi dưỡng quản lý nhà nước chương trình chuyên viên chính không?",
        "LĐLĐ tỉnh Sóc Trăng phối hợp với Trường Đại học Tôn Đức Thắng mở 01 lớp bồi dưỡng kiến thức quản lý "
        "Nhà nước chương trình chuyên viên chính cho 41 cán bộ công đoàn chuyên trách.",
        "quản lý nhà nước;QLNN;chuyên viên chính;Đại học Tôn Đức Thắng;Tôn Đức Thắng;chuyên trách;Sóc Trăng",
        _ST, 41, None, "cán bộ",
    ),
    FactSeed(
        "ST2015-LYLUAN", "ST", 2013, 2015, "nghiep_vu",
        "Sóc Trăng có lớp lý luận nghiệp vụ công đoàn cho cán bộ chuyên trách không?",
        "LĐLĐ tỉnh Sóc Trăng mở 01 lớp lý luận, nghiệp vụ công tác công đoàn cho 59 cán bộ công đoàn chuyên "
        "trách.",
        "lý luận nghiệp vụ;lý luận;nghiệp vụ công đoàn;chuyên trách;Sóc Trăng;soc trang",
        _ST, 59, None, "cán bộ",
    ),
    FactSeed(
        "ST2015-CHUTICH", "ST", 2013, 2015, "nghiep_vu",
        "Sóc Trăng bồi dưỡng nghiệp vụ cho bao nhiêu chủ tịch công đoàn cơ sở?",
        "LĐLĐ tỉnh Sóc Trăng mở 05 lớp bồi dưỡng nghiệp vụ cho 746 Chủ tịch CĐCS.",
        "chủ tịch CĐCS;chủ tịch công đoàn cơ sở;chủ tịch;bồi dưỡng nghiệp vụ;Sóc Trăng;soc trang",
        _ST, 746, None, "chủ tịch CĐCS",
    ),
    FactSeed(
        "ST2015-HUYEN48", "ST", 2013, 2015, "kiem_tra",
        "Các huyện ở Sóc Trăng mở bao nhiêu lớp tập huấn nghiệp vụ công đoàn?",
        "LĐLĐ các huyện, thị xã, thành phố, công đoàn ngành và tương đương ở Sóc Trăng mở 48 lớp tập huấn "
        "nghiệp vụ công tác công đoàn với các chuyên đề tài chính, kiểm tra, thanh tra nhân dân, thực hiện "
        "quy chế dân chủ.",
        "LĐLĐ huyện;thị xã;công đoàn ngành;tài chính;kiểm tra;thanh tra nhân dân;quy chế dân chủ;Sóc Trăng",
        _ST, 48, None, "lớp",
    ),
    FactSeed(
        "ST2015-CBCDCS", "ST", 2013, 2015, "nghiep_vu",
        "Bao nhiêu cán bộ công đoàn cơ sở ở Sóc Trăng đã được bồi dưỡng nghiệp vụ?",
        "Đến tháng 02/2016, Sóc Trăng có 8.891/9.074 cán bộ công đoàn cơ sở được bồi dưỡng, tập huấn nghiệp "
        "vụ công tác công đoàn, đạt 97,9%.",
        "cán bộ công đoàn cơ sở;CĐCS;bồi dưỡng nghiệp vụ;tỷ lệ;phần trăm;Sóc Trăng;soc trang",
        _ST, 8891, 9074, "cán bộ",
    ),
    FactSeed(
        "ST2016-DINHHUONG", "ST", 2016, None, "",
        "Thời gian tới công đoàn Sóc Trăng sẽ làm gì để nâng cao trình độ người lao động?",
        "Thời gian tới, các cấp công đoàn Sóc Trăng phối hợp với ngành Giáo dục, Hội Khuyến học, Trung tâm "
        "dạy nghề triển khai Chương trình 1464/CTr-TLĐ và Kế hoạch 73/KH-UBND; đẩy mạnh luyện tay nghề, thi "
        "thợ giỏi và đào tạo nghề tại doanh nghiệp cho công nhân chưa qua đào tạo.",
        "thời gian tới;định hướng;kế hoạch sắp tới;Hội Khuyến học;dạy nghề;thi thợ giỏi;tay nghề;Sóc Trăng",
        _ST,
    ),
    FactSeed(
        "ST-THIDUA", "ST", 2014, 2015, "",
        "Ở Sóc Trăng đào tạo, bồi dưỡng có được tính vào thi đua không?",
        "Ở Sóc Trăng, công tác đào tạo, bồi dưỡng là một trong những tiêu chí bình xét thi đua trong hoạt "
        "động công đoàn các cấp; nội dung đào tạo được cụ thể hóa vào nội quy, quy chế làm việc của cơ quan, "
        "đơn vị, doanh nghiệp.",
        "thi đua;tiêu chí thi đua;bình xét thi đua;nội quy;quy chế;Sóc Trăng;soc trang",
        _ST,
    ),
)


# ---------------------------------------------------------------------------------------------------
# Targets: held-vs-planned figures and goals.
# ---------------------------------------------------------------------------------------------------

_ST_DAY = dt.date(2016, 2, 5)  # "đến nay" in the Sóc Trăng article is its publication day

TARGETS: tuple[TargetSeed, ...] = (
    TargetSeed(
        "T-HN2016-LOP", "HN", 2016, 2016,
        "Số lớp đào tạo, bồi dưỡng cán bộ công đoàn (kinh phí hỗ trợ của UBND Thành phố)",
        None, 33, "lớp", 33, None, _HN,
        keywords="chỉ tiêu số lớp;kế hoạch lớp;Hà Nội;Thủ đô",
        stated_percent=100,
    ),
    TargetSeed(
        "T-HN2016-HOCVIEN", "HN", 2016, 2016,
        "Lượt học viên các lớp đào tạo, bồi dưỡng cán bộ công đoàn",
        None, 3580, "lượt học viên", 3831, None, _HN,
        keywords="chỉ tiêu học viên;kế hoạch học viên;Hà Nội;Thủ đô",
        stated_percent=107,
    ),
    TargetSeed(
        "T-HN2016-ATVSLD", "HN-TRUONGCD", 2016, 2016,
        "Học viên được huấn luyện an toàn, vệ sinh lao động",
        None, 3000, "học viên", 3060, None, _HN,
        note="42 lớp huấn luyện ATVSLĐ.",
        keywords="ATVSLĐ;an toàn vệ sinh lao động;Trường Trung cấp Công đoàn;Hà Nội",
        stated_percent=102,
    ),
    TargetSeed(
        "T-HN2018-CT-NGHIEPVU", "HN", 2013, 2018,
        "Tỷ lệ cán bộ công đoàn chuyên trách được đào tạo, bồi dưỡng lý luận, nghiệp vụ công tác công đoàn "
        "và kiến thức, kỹ năng, phương pháp hoạt động công đoàn",
        "can_bo_chuyen_trach", 100, "%", None, None, _HN,
        note="Mục tiêu đến hết nhiệm kỳ Đại hội XV Công đoàn Thành phố (2013-2018), kế hoạch 2016-2018.",
        keywords="mục tiêu;chuyên trách;lý luận nghiệp vụ;nhiệm kỳ XV;Hà Nội;Thủ đô",
    ),
    TargetSeed(
        "T-HN2018-CT-CHUANNGACH", "HN", 2013, 2018,
        "Tỷ lệ cán bộ công đoàn chuyên trách được đào tạo, bồi dưỡng chuẩn ngạch công chức, chức vụ lãnh "
        "đạo, quản lý",
        "can_bo_chuyen_trach", 100, "%", None, None, _HN,
        note="Mục tiêu đến hết nhiệm kỳ Đại hội XV Công đoàn Thành phố (2013-2018), kế hoạch 2016-2018.",
        keywords="mục tiêu;chuẩn ngạch;công chức;lãnh đạo quản lý;chuyên trách;Hà Nội;Thủ đô",
    ),
    TargetSeed(
        "T-HN2018-KCT", "HN", 2013, 2018,
        "Tỷ lệ cán bộ công đoàn không chuyên trách được bồi dưỡng, tập huấn kiến thức, kỹ năng, phương pháp "
        "hoạt động công đoàn",
        "can_bo_khong_chuyen_trach", 100, "%", None, None, _HN,
        note="Mục tiêu đến hết nhiệm kỳ Đại hội XV Công đoàn Thành phố (2013-2018), kế hoạch 2016-2018.",
        keywords="mục tiêu;không chuyên trách;kiêm nhiệm;Hà Nội;Thủ đô",
    ),
    TargetSeed(
        "T-LS2018-CT", "LS", 2013, 2018,
        "Tỷ lệ CBCĐ chuyên trách được bồi dưỡng, tập huấn lý luận, nghiệp vụ công tác công đoàn",
        "can_bo_chuyen_trach", 100, "%", 100, None, _LS18,
        note="Bài viết ghi đạt chỉ tiêu đề ra.",
        keywords="chỉ tiêu;chuyên trách;Lạng Sơn",
    ),
    TargetSeed(
        "T-LS2018-KCT", "LS", 2013, 2018,
        "Tỷ lệ CBCĐ không chuyên trách được bồi dưỡng, tập huấn lý luận, nghiệp vụ công tác công đoàn",
        "can_bo_khong_chuyen_trach", 70, "%", 70, None, _LS18,
        note="Bài viết ghi đạt chỉ tiêu đề ra.",
        keywords="chỉ tiêu;không chuyên trách;kiêm nhiệm;Lạng Sơn",
    ),
    TargetSeed(
        "T-ST2015-NANGCAO", "ST", 2014, 2015,
        "Đoàn viên, người lao động được học tập nâng cao trình độ, kỹ năng nghề nghiệp",
        "doan_vien", 53527, "người", 32775, _ST_DAY, _ST,
        note="Kết quả 2 năm thực hiện Kế hoạch 53/KH-LĐLĐ; bài viết ghi đạt 61,23%.",
        keywords="kỹ năng nghề nghiệp;nâng cao trình độ;kế hoạch 53;Sóc Trăng",
        stated_percent=61.23,
    ),
    TargetSeed(
        "T-ST2015-CBCDCS", "ST", 2013, 2015,
        "Cán bộ công đoàn cơ sở được bồi dưỡng, tập huấn nghiệp vụ công tác công đoàn",
        None, 9074, "cán bộ", 8891, _ST_DAY, _ST,
        note="Bài viết ghi đạt 97,9%.",
        keywords="cán bộ CĐCS;bồi dưỡng nghiệp vụ;Sóc Trăng",
        stated_percent=97.9,
    ),
)


# ---------------------------------------------------------------------------------------------------
# Sample schedule (loaded only into a database without any course).
# ---------------------------------------------------------------------------------------------------

_ONLINE = "Trực tuyến qua Zoom (đường link gửi sau khi đăng ký)"

SAMPLE_COURSES: tuple[SampleCourseSeed, ...] = (
    SampleCourseSeed(
        "MAU-001", "Tập huấn kỹ năng đối thoại, thương lượng tập thể cho chủ tịch CĐCS", "thuong_luong",
        ("chu_tich_cdcs", "pho_chu_tich_cdcs"), "HN", "Hà Nội",
        "Hội trường Trường Trung cấp Công đoàn Hà Nội", "tap_trung",
        When("next_week", 1), 2, Deadline("before_start", 3), 80,
        partner="Trường Trung cấp Công đoàn Hà Nội",
        description="Kỹ năng tổ chức đối thoại tại nơi làm việc, chuẩn bị và thương lượng thỏa ước lao động "
        "tập thể; thực hành theo nhóm.",
    ),
    SampleCourseSeed(
        "MAU-002", "Huấn luyện an toàn, vệ sinh lao động cho an toàn, vệ sinh viên", "atvsld",
        ("doan_vien",), "HN-TRUONGCD", "Hà Nội", "Trường Trung cấp Công đoàn Hà Nội", "tap_trung",
        When("next_month", 2), 2, Deadline("before_start", 7), 120,
        description="Huấn luyện theo nhóm đối tượng, có kiểm tra cuối khóa và cấp giấy chứng nhận.",
    ),
    SampleCourseSeed(
        "MAU-003", "Bồi dưỡng nghiệp vụ công tác công đoàn cho cán bộ CĐCS mới bầu", "nghiep_vu",
        ("chu_tich_cdcs", "uy_vien_bch"), "LS", "Lạng Sơn",
        "Hội trường LĐLĐ tỉnh Lạng Sơn và trực tuyến đến các huyện", "ket_hop",
        When("next_week", 2), 3, Deadline("before_start", 2), 150,
        description="Chức năng, nhiệm vụ của CĐCS; kỹ năng tổ chức đại hội, sinh hoạt công đoàn.",
    ),
    SampleCourseSeed(
        "MAU-004", "Tập huấn kỹ năng lên lớp theo phương pháp tích cực cho giảng viên kiêm chức", "giang_day",
        ("giang_vien_kiem_chuc",), "LS", "Lạng Sơn", "Hội trường LĐLĐ tỉnh Lạng Sơn", "tap_trung",
        When("today", 45), 3, Deadline("before_start", 10), 30,
        partner="Ban Tổ chức Tổng LĐLĐ Việt Nam",
        description="Chuẩn bị bài giảng, giảng bài theo phương pháp tích cực, thực hành giảng thử theo nhóm.",
    ),
    SampleCourseSeed(
        "MAU-005", "Tập huấn công tác tài chính, kế toán công đoàn cơ sở", "tai_chinh",
        ("ke_toan_cdcs", "uy_vien_bch", "can_bo_khong_chuyen_trach"), "CT", "Cần Thơ", _ONLINE, "truc_tuyen",
        When("next_month", 5), 1, Deadline("before_start", 5), 300,
        description="Lập dự toán, quyết toán, quản lý đoàn phí và kinh phí công đoàn ở CĐCS.",
    ),
    SampleCourseSeed(
        "MAU-006", "Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên chính", "quan_ly_nha_nuoc",
        ("can_bo_chuyen_trach",), "CT", "Cần Thơ", "Hội trường LĐLĐ thành phố Cần Thơ", "tap_trung",
        When("today", 70), 10, Deadline("before_start", 20), 45,
        partner="Trường Đại học Tôn Đức Thắng", status="planned",
        description="Chương trình chuyên viên chính cho cán bộ công đoàn chuyên trách; học theo đợt.",
    ),
    SampleCourseSeed(
        "MAU-007", "Tập huấn pháp luật lao động và chính sách BHXH cho người lao động", "phap_luat",
        ("doan_vien",), "BN", "Bắc Ninh", "Hội trường LĐLĐ tỉnh Bắc Ninh và trực tuyến", "ket_hop",
        When("today", 20), 1, Deadline("before_start", 5), 200,
        description="Hợp đồng lao động, tiền lương, bảo hiểm xã hội một lần và những điểm mới cần biết.",
    ),
    SampleCourseSeed(
        "MAU-008", "Kỹ năng giải quyết tranh chấp lao động và tổ chức đối thoại khi có ngừng việc tập thể",
        "tranh_chap", ("chu_tich_cdcs", "can_bo_cap_tren"), "BN", "Bắc Ninh", "Hội trường LĐLĐ tỉnh Bắc Ninh",
        "tap_trung", When("today", 10), 2, Deadline("before_today", 2), 60,
        description="Quy trình giải quyết tranh chấp, vai trò công đoàn khi xảy ra ngừng việc tập thể.",
    ),
    SampleCourseSeed(
        "MAU-009", "Tập huấn công tác nữ công và bình đẳng giới cho cán bộ nữ công CĐCS", "nu_cong",
        ("uy_vien_bch", "can_bo_khong_chuyen_trach", "can_bo_nu_cong"), "DNG", "Đà Nẵng", _ONLINE, "truc_tuyen",
        When("next_week", 3), 1, Deadline("before_start", 2), 250,
        description="Chính sách đối với lao động nữ, phòng chống quấy rối tình dục tại nơi làm việc.",
    ),
    SampleCourseSeed(
        "MAU-010", "Nghiệp vụ công tác kiểm tra, giám sát cho ủy viên ủy ban kiểm tra công đoàn", "kiem_tra",
        ("uy_vien_ubkt",), "DNG", "Đà Nẵng", "Hội trường LĐLĐ thành phố Đà Nẵng", "tap_trung",
        When("today", 55), 2, Deadline("before_start", 7), 70,
        description="Kiểm tra tài chính, giải quyết khiếu nại, tố cáo trong tổ chức công đoàn.",
    ),
    SampleCourseSeed(
        "MAU-011", "Kỹ năng tuyên truyền, vận động đoàn viên trên mạng xã hội", "tuyen_giao",
        ("can_bo_khong_chuyen_trach", "uy_vien_bch"), "HCM", "Hồ Chí Minh", _ONLINE, "truc_tuyen",
        When("next_month", 8), 1, Deadline("before_start", 3), 500,
        description="Viết tin, làm video ngắn, quản lý nhóm Zalo của công đoàn cơ sở.",
    ),
    SampleCourseSeed(
        "MAU-012", "Kỹ năng vận động thành lập CĐCS và phát triển đoàn viên ở doanh nghiệp",
        "phat_trien_doan_vien", ("can_bo_cap_tren",), "HCM", "Hồ Chí Minh",
        "Nhà Văn hóa Lao động Thành phố Hồ Chí Minh", "tap_trung",
        When("today", 14), 2, Deadline("before_today", 1), 90,
        description="Tiếp cận người lao động, vận động thành lập công đoàn cơ sở ở doanh nghiệp ngoài nhà nước.",
    ),
    SampleCourseSeed(
        "MAU-013", "Chuyển đổi số trong hoạt động công đoàn: quản lý đoàn viên trên phần mềm", "chuyen_doi_so",
        ("can_bo_chuyen_trach", "can_bo_khong_chuyen_trach"), "TNG", "Thái Nguyên", _ONLINE, "truc_tuyen",
        When("today", 40), 1, Deadline("before_start", 5), 400,
        description="Cập nhật dữ liệu đoàn viên, thẻ đoàn viên điện tử, báo cáo trực tuyến.",
    ),
    SampleCourseSeed(
        "MAU-014", "Nghiệp vụ văn thư, lưu trữ hồ sơ công đoàn cơ sở", "van_thu",
        ("uy_vien_bch",), "TNG", "Thái Nguyên", "Hội trường LĐLĐ tỉnh Thái Nguyên và trực tuyến", "ket_hop",
        When("today", 62), 1, Deadline("before_start", 7), 120,
        description="Soạn thảo văn bản, sổ sách và lưu trữ hồ sơ của công đoàn cơ sở.",
    ),
    SampleCourseSeed(
        "MAU-015", "Bồi dưỡng lý luận chính trị và nghiệp vụ cho cán bộ công đoàn chuyên trách",
        "quan_ly_nha_nuoc", ("can_bo_chuyen_trach",), "HN", "Hà Nội",
        "Trường Trung cấp Công đoàn Hà Nội", "tap_trung",
        When("today", 85), 5, Deadline("before_start", 14), 60,
        partner="Trường Trung cấp Công đoàn Hà Nội", status="planned",
        description="Chuẩn hóa đội ngũ cán bộ chuyên trách: lý luận chính trị, nghiệp vụ công tác công đoàn.",
    ),
    SampleCourseSeed(
        "MAU-016", "Tập huấn kỹ năng bảo vệ quyền lợi người lao động tại tòa án", "tranh_chap",
        ("can_bo_cap_tren",), "HN", "Hà Nội", "Hội trường LĐLĐ thành phố Hà Nội", "tap_trung",
        When("today", 95), 2, Deadline("before_start", 10), 50,
        partner="Trung tâm Tư vấn pháp luật Công đoàn Thành phố", status="planned",
        description="Đại diện người lao động tham gia tố tụng, chuẩn bị hồ sơ khởi kiện.",
    ),
    SampleCourseSeed(
        "MAU-017", "Tập huấn trực tuyến những điểm mới của Luật Công đoàn 2024", "phap_luat",
        ("chu_tich_cdcs", "uy_vien_bch"), "HN", "Hà Nội", _ONLINE, "truc_tuyen",
        When("next_week", 4), 1, Deadline("before_start", 1), 1000,
        description="Những điểm mới của Luật Công đoàn 2024 và hướng dẫn thi hành cho công đoàn cơ sở.",
    ),
    SampleCourseSeed(
        "MAU-018", "Tập huấn an toàn, vệ sinh lao động cho công nhân lao động", "atvsld",
        ("doan_vien",), "LS", "Lạng Sơn", "Hội trường LĐLĐ huyện Cao Lộc", "tap_trung",
        When("today", 50), 1, Deadline("before_start", 5), 100,
        status="cancelled",
        description="Lớp tạm hoãn; lịch mới sẽ được thông báo sau.",
    ),
    SampleCourseSeed(
        "MAU-019", "Tập huấn công tác tuyên giáo và tổ chức phong trào thi đua ở CĐCS", "tuyen_giao",
        ("pho_chu_tich_cdcs", "uy_vien_bch"), "LS", "Lạng Sơn", "Hội trường LĐLĐ huyện Chi Lăng", "tap_trung",
        When("today", 75), 2, Deadline("before_start", 7), 80,
        description="Tuyên truyền chủ trương, chính sách; phát động và sơ kết phong trào thi đua.",
    ),
    SampleCourseSeed(
        "MAU-020", "Kỹ năng đối thoại tại nơi làm việc và thương lượng thỏa ước lao động tập thể",
        "thuong_luong", ("chu_tich_cdcs",), "CT", "Cần Thơ", "Hội trường LĐLĐ thành phố Cần Thơ và trực tuyến",
        "ket_hop", When("today", 18), 2, Deadline("before_today", 3), 100,
        description="Chuẩn bị nội dung đối thoại định kỳ, kỹ năng thương lượng và ký kết thỏa ước.",
    ),
    SampleCourseSeed(
        "MAU-021", "Bồi dưỡng nghiệp vụ công đoàn cho cán bộ không chuyên trách", "nghiep_vu",
        ("can_bo_khong_chuyen_trach",), "CT", "Cần Thơ", _ONLINE, "truc_tuyen",
        When("today", 100), 1, Deadline("before_start", 7), 600,
        status="planned",
        description="Kiến thức cơ bản về tổ chức và hoạt động công đoàn cho cán bộ kiêm nhiệm.",
    ),
    SampleCourseSeed(
        "MAU-022", "Tập huấn kỹ năng giảng dạy cho báo cáo viên, giảng viên kiêm chức", "giang_day",
        ("giang_vien_kiem_chuc",), "DNG", "Đà Nẵng", "Hội trường LĐLĐ thành phố Đà Nẵng và trực tuyến",
        "ket_hop", When("today", 90), 2, Deadline("before_start", 10), 40,
        status="planned",
        description="Thiết kế bài giảng, sử dụng trình chiếu và phương pháp giảng dạy tích cực.",
    ),
    SampleCourseSeed(
        "MAU-023", "Tài chính công đoàn và quản lý đoàn phí cho ủy viên BCH", "tai_chinh",
        ("uy_vien_bch", "uy_vien_ubkt"), "BN", "Bắc Ninh", "Hội trường LĐLĐ tỉnh Bắc Ninh", "tap_trung",
        When("today", 65), 1, Deadline("before_start", 7), 90,
        description="Thu, chi, quản lý tài chính, tài sản và công khai tài chính ở CĐCS.",
    ),
    SampleCourseSeed(
        "MAU-024", "Kiểm tra, giám sát việc thu, chi tài chính công đoàn", "kiem_tra",
        ("uy_vien_ubkt",), "HCM", "Hồ Chí Minh", _ONLINE, "truc_tuyen",
        When("next_month", 12), 1, Deadline("before_start", 4), 350,
        description="Quy trình kiểm tra tài chính cùng cấp và cấp dưới, xử lý sai phạm thường gặp.",
    ),
    # The greeting's examples («lớp ATVSLĐ ở Lạng Sơn», «lớp nào cho chủ tịch CĐCS tháng tới?») must find an
    # open class whatever day the sample is loaded: anchored on the next month, this one is in «tháng tới»
    # from any day and its registration is open.
    SampleCourseSeed(
        "MAU-025", "Tập huấn công tác an toàn, vệ sinh lao động cho chủ tịch CĐCS và an toàn, vệ sinh viên",
        "atvsld", ("chu_tich_cdcs", "uy_vien_bch", "doan_vien"), "LS", "Lạng Sơn", "Hội trường LĐLĐ tỉnh Lạng Sơn",
        "tap_trung", When("next_month", 6), 2, Deadline("before_start", 5), 120,
        description="Trách nhiệm của công đoàn cơ sở trong công tác an toàn, vệ sinh lao động; tổ chức mạng lưới "
        "an toàn, vệ sinh viên; tự kiểm tra tại nơi làm việc.",
    ),
)

SAMPLE_TARGETS: tuple[SampleTargetSeed, ...] = (
    SampleTargetSeed("MAU-CT-HN-LOP", "HN", "Số lớp tập huấn, bồi dưỡng cán bộ công đoàn", None, 40, "lớp", 27,
                     "chỉ tiêu năm nay;số lớp;Hà Nội"),
    SampleTargetSeed("MAU-CT-HN-HOCVIEN", "HN", "Lượt học viên được tập huấn, bồi dưỡng", None, 4200,
                     "lượt học viên", 2980, "chỉ tiêu năm nay;học viên;Hà Nội"),
    SampleTargetSeed("MAU-CT-HN-CHUTICH", "HN", "Tỷ lệ chủ tịch CĐCS được tập huấn nghiệp vụ", "chu_tich_cdcs",
                     100, "%", 68, "chỉ tiêu năm nay;chủ tịch CĐCS;Hà Nội"),
    SampleTargetSeed("MAU-CT-LS-LOP", "LS", "Số lớp tập huấn, bồi dưỡng cán bộ công đoàn", None, 18, "lớp", 11,
                     "chỉ tiêu năm nay;số lớp;Lạng Sơn"),
    SampleTargetSeed("MAU-CT-LS-KCT", "LS", "Tỷ lệ CBCĐ không chuyên trách được bồi dưỡng nghiệp vụ",
                     "can_bo_khong_chuyen_trach", 80, "%", 55, "chỉ tiêu năm nay;không chuyên trách;Lạng Sơn"),
    SampleTargetSeed("MAU-CT-CT-HOCVIEN", "CT", "Lượt cán bộ công đoàn được tập huấn nghiệp vụ", None, 2500,
                     "lượt học viên", 1430, "chỉ tiêu năm nay;học viên;Cần Thơ"),
    SampleTargetSeed("MAU-CT-CT-CHUTICH", "CT", "Tỷ lệ chủ tịch CĐCS được bồi dưỡng nghiệp vụ", "chu_tich_cdcs",
                     100, "%", 72, "chỉ tiêu năm nay;chủ tịch CĐCS;Cần Thơ"),
    SampleTargetSeed("MAU-CT-BN-LOP", "BN", "Số lớp tập huấn pháp luật lao động cho người lao động", "doan_vien",
                     24, "lớp", 9, "chỉ tiêu năm nay;pháp luật;Bắc Ninh"),
    SampleTargetSeed("MAU-CT-DNG-ATVSLD", "DNG", "Người lao động được huấn luyện an toàn, vệ sinh lao động",
                     "doan_vien", 1500, "người", 820, "chỉ tiêu năm nay;ATVSLĐ;Đà Nẵng"),
    SampleTargetSeed("MAU-CT-HCM-PTDV", "HCM", "Cán bộ được tập huấn kỹ năng phát triển đoàn viên",
                     "can_bo_cap_tren", 600, "cán bộ", 310, "chỉ tiêu năm nay;phát triển đoàn viên;TP.HCM"),
    SampleTargetSeed("MAU-CT-TNG-GV", "TNG", "Giảng viên kiêm chức được bồi dưỡng kỹ năng giảng dạy",
                     "giang_vien_kiem_chuc", 60, "giảng viên", 35, "chỉ tiêu năm nay;giảng viên;Thái Nguyên"),
)
