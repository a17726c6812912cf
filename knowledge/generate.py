"""A deterministic generator of realistic Vietnamese training courses, for benchmarks and load tests.

`generate_dataset(n, seed=..., today=...)` builds organisations (the LĐLĐ of every province in
`lexicon.PROVINCES` with ids 1..k, then the Tổng Liên đoàn, some district unions and sector unions) and
`n` courses organised by them: titles from varied templates, every topic, role and format, start times at
08:00 or 13:30 in Hà Nội time stored as aware UTC. The same (n, seed, today) always gives the same data.

`insert_dataset(session, ds)` writes it with bulk inserts, reusing organisations whose code already exists
(the built-in seed data may hold some of them). The caller commits.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from knowledge.lexicon import FORMATS, PROVINCES, TOPICS
from knowledge.models import Base, Organisation
from knowledge.records import CourseRec, OrgRec

__all__ = ["Dataset", "generate_dataset", "insert_dataset", "org_code", "resolve_organisations"]

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

# Centrally-run cities: "thành phố Hà Nội", every other province is "tỉnh …".
_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})

# Relative weight of a province as a place of courses (industrial provinces and the seed articles' ones).
_PROVINCE_WEIGHT: dict[str, int] = {
    "Hà Nội": 8, "Hồ Chí Minh": 7, "Lạng Sơn": 4, "Sóc Trăng": 3, "Bắc Ninh": 4, "Bình Dương": 4,
    "Đồng Nai": 4, "Hải Phòng": 4, "Nghệ An": 2, "Thanh Hóa": 2, "Quảng Ninh": 2, "Đà Nẵng": 2,
}

# District unions (LĐLĐ quận/huyện/thị xã/thành phố thuộc tỉnh): province -> (prefix, name).
_DISTRICTS: dict[str, tuple[tuple[str, str], ...]] = {
    "Hà Nội": (("huyện", "Mê Linh"), ("huyện", "Thường Tín"), ("quận", "Hoàng Mai"), ("quận", "Cầu Giấy"),
               ("huyện", "Đông Anh"), ("huyện", "Sóc Sơn")),
    "Lạng Sơn": (("huyện", "Chi Lăng"), ("huyện", "Cao Lộc"), ("huyện", "Hữu Lũng"), ("huyện", "Lộc Bình")),
    "Sóc Trăng": (("thị xã", "Vĩnh Châu"), ("huyện", "Mỹ Xuyên"), ("huyện", "Kế Sách")),
    "Hồ Chí Minh": (("thành phố", "Thủ Đức"), ("quận", "Bình Tân"), ("quận", "Gò Vấp"), ("huyện", "Củ Chi")),
    "Hải Phòng": (("quận", "Hải An"), ("huyện", "Thủy Nguyên")),
    "Bắc Ninh": (("thành phố", "Từ Sơn"), ("huyện", "Yên Phong")),
    "Bình Dương": (("thành phố", "Thuận An"), ("thành phố", "Dĩ An")),
    "Đồng Nai": (("thành phố", "Biên Hòa"), ("huyện", "Nhơn Trạch")),
    "Nghệ An": (("thành phố", "Vinh"), ("huyện", "Quỳnh Lưu")),
    "Thanh Hóa": (("thị xã", "Nghi Sơn"), ("huyện", "Thọ Xuân")),
}

# Sector unions: province -> (code part, name).
_SECTORS: dict[str, tuple[tuple[str, str], ...]] = {
    "Hà Nội": (("GIAODUC", "Công đoàn ngành Giáo dục Hà Nội"), ("YTE", "Công đoàn ngành Y tế Hà Nội"),
               ("KCN", "Công đoàn các Khu công nghiệp và chế xuất Hà Nội")),
    "Hồ Chí Minh": (("KCN", "Công đoàn các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh"),
                    ("GIAODUC", "Công đoàn ngành Giáo dục Thành phố Hồ Chí Minh")),
    "Bắc Ninh": (("KCN", "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh"),),
    "Bình Dương": (("KCN", "Công đoàn các Khu công nghiệp tỉnh Bình Dương"),),
    "Đồng Nai": (("KCN", "Công đoàn các Khu công nghiệp tỉnh Đồng Nai"),),
    "Hải Phòng": (("KKT", "Công đoàn Khu kinh tế Hải Phòng"),),
    "Lạng Sơn": (("GIAODUC", "Công đoàn ngành Giáo dục tỉnh Lạng Sơn"),
                 ("VIENCHUC", "Công đoàn Viên chức tỉnh Lạng Sơn")),
    "Sóc Trăng": (("YTE", "Công đoàn ngành Y tế tỉnh Sóc Trăng"),),
    "Nghệ An": (("GIAODUC", "Công đoàn ngành Giáo dục tỉnh Nghệ An"),),
}

_MOUNTAIN = frozenset({
    "Lạng Sơn", "Cao Bằng", "Hà Giang", "Lào Cai", "Lai Châu", "Điện Biên", "Sơn La", "Bắc Kạn",
    "Yên Bái", "Tuyên Quang", "Hòa Bình", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng",
})

# Topic key -> (weight, title phrases). Weights follow what unions actually run most.
_TOPIC_PHRASES: dict[str, tuple[int, tuple[str, ...]]] = {
    "nghiep_vu": (14, (
        "nghiệp vụ công tác công đoàn", "kỹ năng, nghiệp vụ hoạt động công đoàn cơ sở",
        "nghiệp vụ công đoàn cơ bản", "lý luận, nghiệp vụ công tác công đoàn",
        "phương pháp hoạt động công đoàn cơ sở",
    )),
    "thuong_luong": (11, (
        "kỹ năng đối thoại, thương lượng tập thể",
        "kỹ năng đàm phán, thương lượng và ký kết thỏa ước lao động tập thể",
        "kỹ năng tổ chức đối thoại tại nơi làm việc", "thương lượng tập thể về tiền lương, tiền thưởng",
    )),
    "atvsld": (10, (
        "an toàn, vệ sinh lao động", "công tác an toàn, vệ sinh lao động và phòng chống cháy nổ",
        "nghiệp vụ an toàn, vệ sinh viên", "phòng ngừa tai nạn lao động, bệnh nghề nghiệp",
    )),
    "phap_luat": (10, (
        "pháp luật lao động", "Bộ luật Lao động 2019 và các văn bản hướng dẫn", "Luật Công đoàn năm 2024",
        "kỹ năng tư vấn pháp luật", "Luật Bảo hiểm xã hội năm 2024",
        "chế độ, chính sách pháp luật đối với người lao động",
    )),
    "tranh_chap": (5, (
        "kỹ năng giải quyết tranh chấp lao động", "kỹ năng đại diện bảo vệ người lao động tại Tòa án",
        "phòng ngừa, giải quyết tranh chấp lao động và ngừng việc tập thể",
    )),
    "nu_cong": (7, (
        "nghiệp vụ công tác nữ công", "công tác nữ công và bình đẳng giới",
        "kỹ năng hoạt động của cán bộ nữ công", "phòng chống quấy rối tình dục tại nơi làm việc",
    )),
    "tai_chinh": (6, (
        "nghiệp vụ tài chính công đoàn", "công tác kế toán công đoàn cơ sở",
        "quản lý tài chính, tài sản công đoàn", "thu, chi và quyết toán kinh phí công đoàn",
    )),
    "kiem_tra": (5, (
        "nghiệp vụ công tác kiểm tra công đoàn", "công tác kiểm tra, giám sát của công đoàn",
        "kiểm tra, giám sát và giải quyết khiếu nại, tố cáo trong công đoàn",
    )),
    "tuyen_giao": (5, (
        "công tác tuyên truyền, tuyên giáo công đoàn", "kỹ năng viết tin, bài và truyền thông công đoàn",
        "kỹ năng tuyên truyền trên mạng xã hội", "nghiệp vụ công tác tuyên giáo",
    )),
    "phat_trien_doan_vien": (5, (
        "kỹ năng phát triển đoàn viên, thành lập công đoàn cơ sở",
        "công tác phát triển đoàn viên khu vực ngoài nhà nước",
        "kỹ năng tiếp cận người lao động, thành lập công đoàn cơ sở",
    )),
    "chuyen_doi_so": (6, (
        "kỹ năng chuyển đổi số trong hoạt động công đoàn", "sử dụng phần mềm quản lý đoàn viên",
        "ứng dụng công nghệ thông tin trong công tác công đoàn", "kỹ năng số trong công tác công đoàn",
    )),
    "giang_day": (4, (
        "kỹ năng giảng dạy", "phương pháp giảng dạy tích cực", "kỹ năng soạn bài giảng và lên lớp",
    )),
    "van_thu": (3, (
        "nghiệp vụ văn thư, lưu trữ", "công tác văn thư, lưu trữ hồ sơ công đoàn",
    )),
    "quan_ly_nha_nuoc": (3, (
        "kiến thức quản lý nhà nước ngạch chuyên viên", "cập nhật kiến thức lý luận chính trị",
        "trung cấp lý luận chính trị - hành chính",
    )),
}

# Plausible audiences per topic (weights), role keys from lexicon.ROLES.
_TOPIC_ROLES: dict[str, tuple[tuple[str, int], ...]] = {
    "nghiep_vu": (("chu_tich_cdcs", 5), ("pho_chu_tich_cdcs", 3), ("uy_vien_bch", 4),
                  ("can_bo_khong_chuyen_trach", 4), ("can_bo_chuyen_trach", 2)),
    "thuong_luong": (("chu_tich_cdcs", 6), ("pho_chu_tich_cdcs", 3), ("uy_vien_bch", 2),
                     ("can_bo_cap_tren", 2)),
    "atvsld": (("uy_vien_bch", 3), ("doan_vien", 4), ("can_bo_khong_chuyen_trach", 3), ("chu_tich_cdcs", 2)),
    "phap_luat": (("chu_tich_cdcs", 3), ("doan_vien", 4), ("can_bo_chuyen_trach", 2),
                  ("can_bo_khong_chuyen_trach", 2), ("can_bo_cap_tren", 1)),
    "tranh_chap": (("can_bo_cap_tren", 4), ("chu_tich_cdcs", 3), ("can_bo_chuyen_trach", 3)),
    "nu_cong": (("uy_vien_bch", 3), ("doan_vien", 3), ("can_bo_khong_chuyen_trach", 2),
                ("pho_chu_tich_cdcs", 2)),
    "tai_chinh": (("can_bo_chuyen_trach", 3), ("can_bo_khong_chuyen_trach", 3), ("chu_tich_cdcs", 2),
                  ("uy_vien_ubkt", 1)),
    "kiem_tra": (("uy_vien_ubkt", 6), ("can_bo_cap_tren", 2), ("uy_vien_bch", 1)),
    "tuyen_giao": (("uy_vien_bch", 3), ("can_bo_chuyen_trach", 3), ("doan_vien", 2)),
    "phat_trien_doan_vien": (("can_bo_cap_tren", 4), ("can_bo_chuyen_trach", 3), ("chu_tich_cdcs", 2)),
    "chuyen_doi_so": (("can_bo_chuyen_trach", 3), ("can_bo_khong_chuyen_trach", 3), ("chu_tich_cdcs", 2),
                      ("doan_vien", 1)),
    "giang_day": (("giang_vien_kiem_chuc", 8), ("can_bo_chuyen_trach", 1)),
    "van_thu": (("can_bo_chuyen_trach", 3), ("can_bo_khong_chuyen_trach", 2)),
    "quan_ly_nha_nuoc": (("can_bo_chuyen_trach", 5), ("can_bo_cap_tren", 3)),
}

# While covering every topic in the first courses, each of these topics brings one role, so that every role
# of lexicon.ROLES is present too.
_COVER_ROLE: dict[str, str] = {
    "nghiep_vu": "chu_tich_cdcs", "thuong_luong": "pho_chu_tich_cdcs", "atvsld": "uy_vien_bch",
    "phap_luat": "doan_vien", "tranh_chap": "can_bo_cap_tren", "nu_cong": "can_bo_khong_chuyen_trach",
    "tai_chinh": "ke_toan_cdcs", "kiem_tra": "uy_vien_ubkt", "giang_day": "giang_vien_kiem_chuc",
    "quan_ly_nha_nuoc": "can_bo_chuyen_trach",
}

# Role key -> audience phrases for titles.
_ROLE_PHRASES: dict[str, tuple[str, ...]] = {
    "chu_tich_cdcs": ("cho chủ tịch CĐCS", "cho chủ tịch công đoàn cơ sở"),
    "pho_chu_tich_cdcs": ("cho phó chủ tịch công đoàn cơ sở", "cho phó chủ tịch CĐCS"),
    "uy_vien_bch": ("cho ủy viên ban chấp hành CĐCS", "cho ủy viên BCH công đoàn cơ sở"),
    "can_bo_chuyen_trach": ("cho cán bộ công đoàn chuyên trách",),
    "can_bo_khong_chuyen_trach": (
        "cho cán bộ công đoàn không chuyên trách", "cho cán bộ công đoàn kiêm nhiệm",
    ),
    "giang_vien_kiem_chuc": ("cho giảng viên kiêm chức", "cho đội ngũ giảng viên kiêm chức công đoàn"),
    "can_bo_cap_tren": (
        "cho cán bộ công đoàn cấp trên cơ sở", "cho cán bộ công đoàn cấp trên trực tiếp cơ sở",
    ),
    "uy_vien_ubkt": ("cho ủy viên ủy ban kiểm tra công đoàn", "cho ủy viên UBKT công đoàn các cấp"),
    "ke_toan_cdcs": ("cho kế toán công đoàn cơ sở", "cho kế toán, thủ quỹ CĐCS"),
    "can_bo_nu_cong": ("cho cán bộ nữ công CĐCS", "cho trưởng, phó ban nữ công công đoàn cơ sở"),
    "doan_vien": ("cho đoàn viên, người lao động", "cho đoàn viên công đoàn", "cho công nhân lao động"),
}
# A topic that is an audience's own work: its classes are theirs too, listed last so the title's audience stays
# the one drawn (and the draws, and so every dataset, are as before the audience was added).
_TOPIC_AUDIENCE: dict[str, str] = {"nu_cong": "can_bo_nu_cong"}
_GENERIC_AUDIENCE = ("cho cán bộ công đoàn", "cho cán bộ công đoàn các cấp")
_SECTOR_SUFFIX = ("khu công nghiệp", "doanh nghiệp ngoài nhà nước", "doanh nghiệp có vốn đầu tư nước ngoài")

_FORMAT_WEIGHTS: dict[str, int] = {"truc_tuyen": 20, "ket_hop": 15, "tap_trung": 65}
_CAPACITIES = (30, 40, 50, 60, 60, 80, 100, 120, 150)
_ONLINE_CAPACITIES = (100, 150, 200, 300, 500)
_DAYS = (1, 2, 3, 4, 5)
_DAYS_WEIGHTS = (30, 35, 20, 8, 7)
_ONLINE_VENUES = (
    "Trực tuyến qua Zoom", "Trực tuyến qua Google Meet",
    "Trực tuyến trên hệ thống E-learning của Tổng Liên đoàn",
)


@dataclass(slots=True)
class Dataset:
    """Generated organisations (ids 1..k, LĐLĐ tỉnh/thành first) and courses (ids 1..n)."""

    organisations: list[OrgRec] = field(default_factory=list)
    courses: list[CourseRec] = field(default_factory=list)


def _ascii_upper(text: str) -> str:
    """'Bà Rịa - Vũng Tàu' -> 'BARIAVUNGTAU' (letters and digits only)."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum()).upper()


def org_code(province: str) -> str:
    """The generated code of a province's LĐLĐ: 'Lạng Sơn' -> 'LDLD-LANGSON'."""
    return f"LDLD-{_ascii_upper(province)}"


def _place(province: str) -> str:
    if province == "Hồ Chí Minh":
        return "Thành phố Hồ Chí Minh"
    return f"thành phố {province}" if province in _CITIES else f"tỉnh {province}"


def _organisations() -> tuple[list[OrgRec], dict[str, list[OrgRec]], OrgRec]:
    """All organisations, the non-province organisers of each province, and the Tổng Liên đoàn."""
    orgs: list[OrgRec] = []
    k = len(PROVINCES)
    national_id = k + 1
    for i, province in enumerate(PROVINCES, start=1):
        place = _place(province)
        aliases = [f"LĐLĐ {place}", f"LĐLĐ {province}", f"Công đoàn {place}"]
        if province == "Hà Nội":
            aliases += ["LĐLĐ Thủ đô", "Công đoàn Thủ đô"]
        elif province == "Hồ Chí Minh":
            aliases += ["LĐLĐ TP.HCM", "LĐLĐ TP Hồ Chí Minh"]
        orgs.append(OrgRec(i, org_code(province), f"Liên đoàn Lao động {place}", "province", province,
                           national_id, tuple(aliases)))
    national = OrgRec(national_id, "TLD", "Tổng Liên đoàn Lao động Việt Nam", "national", None, None,
                      ("Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn", "TLĐ"))
    orgs.append(national)
    province_id = {p: i for i, p in enumerate(PROVINCES, start=1)}
    local: dict[str, list[OrgRec]] = {}
    next_id = national_id + 1
    for province, districts in _DISTRICTS.items():
        for prefix, name in districts:
            rec = OrgRec(next_id, f"{org_code(province)}-{_ascii_upper(name)}",
                         f"Liên đoàn Lao động {prefix} {name}", "district", province, province_id[province],
                         (f"LĐLĐ {prefix} {name}", f"LĐLĐ {name}"))
            orgs.append(rec)
            local.setdefault(province, []).append(rec)
            next_id += 1
    for province, sectors in _SECTORS.items():
        for part, name in sectors:
            short = name.replace("Công đoàn", "CĐ", 1)
            rec = OrgRec(next_id, f"CD-{part}-{_ascii_upper(province)}", name, "sector", province,
                         province_id[province], (short,))
            orgs.append(rec)
            local.setdefault(province, []).append(rec)
            next_id += 1
    return orgs, local, national


_T = TypeVar("_T")


def _choice(rng: random.Random, seq: Sequence[_T]) -> _T:
    """rng.choice without its rejection sampling (several times faster; the same for our purposes)."""
    return seq[int(rng.random() * len(seq))]


def _pick_roles(rng: random.Random, topic: str, forced: str | None) -> tuple[str, ...]:
    choice = _ROLE_CHOICE[topic]
    count = int(_ROLE_COUNT.pick(rng))
    chosen: list[str] = [] if forced is None else [forced]
    for _ in range(8):
        if len(chosen) >= count:
            break
        key = choice.pick(rng)
        if key not in chosen:
            chosen.append(key)
    return tuple(chosen)


def _audience_phrase(rng: random.Random, roles: Sequence[str]) -> str:
    if rng.random() < 0.2:
        return _choice(rng, _GENERIC_AUDIENCE)
    if "chu_tich_cdcs" in roles and "pho_chu_tich_cdcs" in roles:
        return _choice(rng, ("cho chủ tịch, phó chủ tịch CĐCS", "cho chủ tịch, phó chủ tịch công đoàn cơ sở"))
    return _choice(rng, _ROLE_PHRASES[roles[0]])


def _title(rng: random.Random, topic: str, roles: Sequence[str], fmt: str, org: OrgRec, year: int) -> str:
    phrase = _choice(rng, _TOPIC_PHRASES[topic][1])
    if topic == "atvsld":
        lead = _choice(rng, ("Huấn luyện", "Lớp huấn luyện", "Tập huấn", "Lớp tập huấn", "Bồi dưỡng"))
    elif topic == "quan_ly_nha_nuoc":
        lead = _choice(rng, ("Lớp bồi dưỡng", "Lớp đào tạo", "Bồi dưỡng"))
    elif topic == "giang_day":
        lead = _choice(rng, ("Lớp bồi dưỡng", "Tập huấn", "Lớp tập huấn nâng cao"))
    else:
        lead = _choice(rng, ("Tập huấn", "Lớp tập huấn", "Bồi dưỡng", "Lớp bồi dưỡng", "Hội nghị tập huấn",
                           "Tập huấn"))
    if fmt == "truc_tuyen" and rng.random() < 0.3:
        lead = _choice(rng, ("Tập huấn trực tuyến", "Lớp bồi dưỡng trực tuyến"))
    parts = [lead, phrase, _audience_phrase(rng, roles)]
    r = rng.random()
    if r < 0.12 and topic in {"thuong_luong", "phap_luat", "atvsld", "phat_trien_doan_vien", "tranh_chap"}:
        parts.append(_choice(rng, _SECTOR_SUFFIX))
    elif r < 0.25 and org.kind == "district":
        parts.append("trên địa bàn " + org.name.removeprefix("Liên đoàn Lao động "))
    elif r < 0.32 and org.province in _MOUNTAIN:
        parts.append("khu vực miền núi")
    r = rng.random()
    if r < 0.3:
        parts.append(f"năm {year}")
    elif r < 0.4:
        parts.append(f"đợt {rng.randint(1, 3)} năm {year}")
    return " ".join(parts)


def _partner(rng: random.Random, topic: str, org: OrgRec) -> str | None:
    if rng.random() >= 0.3:
        return None
    province = org.province or "Hà Nội"
    place = _place(province)
    specific = {
        "atvsld": f"Sở Lao động - Thương binh và Xã hội {place}",
        "phap_luat": f"Sở Tư pháp {place}",
        "nu_cong": f"Hội Liên hiệp Phụ nữ {place}",
        "chuyen_doi_so": f"VNPT {province}",
        "tai_chinh": "Ban Tài chính Tổng Liên đoàn Lao động Việt Nam",
        "quan_ly_nha_nuoc": f"Trường Chính trị {place}",
        "tranh_chap": f"Tòa án nhân dân {place}",
    }
    options = ["Trường Đại học Công đoàn", f"Trường Chính trị {place}"]
    if province == "Hà Nội":
        options.append("Trường Trung cấp Công đoàn Hà Nội")
    if org.kind == "district":
        options.append("Trung tâm Bồi dưỡng chính trị " + org.name.removeprefix("Liên đoàn Lao động "))
    if topic in specific:
        options += [specific[topic]] * 2
    return _choice(rng, options)


def _venue(rng: random.Random, fmt: str, org: OrgRec) -> str:
    if fmt == "truc_tuyen":
        return _choice(rng, _ONLINE_VENUES)
    if org.kind == "national":
        hall = "Trường Đại học Công đoàn, 169 Tây Sơn, Đống Đa, Hà Nội"
    else:
        province = org.province or "Hà Nội"
        place = _place(province)
        own = "Hội trường " + org.name.replace("Liên đoàn Lao động", "LĐLĐ", 1)
        options = [own, own, f"Nhà văn hóa Lao động {place}", f"Trường Chính trị {place}"]
        if org.kind == "district":
            options.append("Hội trường UBND " + org.name.removeprefix("Liên đoàn Lao động "))
        if org.kind == "sector" and "Khu" in org.name:
            options.append(f"Nhà văn hóa công nhân khu công nghiệp, {place}")
        hall = _choice(rng, options)
    return hall + (" và các điểm cầu trực tuyến" if fmt == "ket_hop" else "")


class _Weighted:
    """A weighted choice with precomputed cumulative weights (random.choices recomputes them every call)."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, items: Sequence[str], weights: Sequence[int]) -> None:
        self._items = tuple(items)
        self._cum = tuple(accumulate(weights))
        self._total = self._cum[-1]

    def pick(self, rng: random.Random) -> str:
        return self._items[bisect(self._cum, rng.random() * self._total)]


_ROLE_CHOICE = {t: _Weighted([k for k, _ in opts], [w for _, w in opts]) for t, opts in _TOPIC_ROLES.items()}
_DAYS_CHOICE = _Weighted([str(d) for d in _DAYS], _DAYS_WEIGHTS)
_ROLE_COUNT = _Weighted(["1", "2", "3"], [45, 40, 15])


class _Clock:
    """Local start/end times of a day offset, converted to UTC once per (offset, time)."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self._cache: dict[tuple[int, int, int], dt.datetime] = {}

    def at(self, offset: int, hour: int, minute: int) -> dt.datetime:
        key = (offset, hour, minute)
        value = self._cache.get(key)
        if value is None:
            day = self.today + dt.timedelta(days=offset)
            value = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=VN_TZ).astimezone(dt.UTC)
            self._cache[key] = value
        return value


def generate_dataset(n: int, *, seed: int = 1, today: dt.date) -> Dataset:
    """`n` realistic courses (ids 1..n, codes GEN-000001…) and their organisers, reproducible for a seed.

    Starts fall between today-60 and today+400 days (never on a Sunday), at 08:00 or 13:30 in Hà Nội time.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    rng = random.Random(seed)
    orgs, local, national = _organisations()
    province_by_name = {o.province: o for o in orgs[: len(PROVINCES)]}
    province_choice = _Weighted(PROVINCES, [_PROVINCE_WEIGHT.get(p, 1) for p in PROVINCES])
    topic_keys = [t.key for t in TOPICS]
    topic_labels = {t.key: t.label for t in TOPICS}
    topic_choice = _Weighted(topic_keys, [_TOPIC_PHRASES[k][0] for k in topic_keys])
    format_keys = [f.key for f in FORMATS]
    format_choice = _Weighted(format_keys, [_FORMAT_WEIGHTS[k] for k in format_keys])
    clock = _Clock(today)
    courses: list[CourseRec] = []
    for i in range(n):
        # The first courses cover every topic, role and format so that even small datasets have them all.
        topic = topic_keys[i] if i < len(topic_keys) else topic_choice.pick(rng)
        fmt = format_keys[i] if i < len(format_keys) else format_choice.pick(rng)
        forced_role = _COVER_ROLE.get(topic) if i < len(topic_keys) else None
        roles = _pick_roles(rng, topic, forced_role)
        if topic in _TOPIC_AUDIENCE and _TOPIC_AUDIENCE[topic] not in roles:
            roles = (*roles[:2], _TOPIC_AUDIENCE[topic])  # three audiences at most, as drawn

        if rng.random() < 0.03:
            org = national
            province = "Hà Nội"
        else:
            province = province_choice.pick(rng)
            porg = province_by_name[province]
            extra = local.get(province)
            org = _choice(rng, extra) if extra and rng.random() < 0.4 else porg

        offset = int(rng.random() * 461) - 60
        if (today + dt.timedelta(days=offset)).weekday() == 6:  # no classes on Sunday: Saturday or Monday
            offset += -1 if offset == 400 or (offset > -60 and rng.random() < 0.5) else 1
        start_day = today + dt.timedelta(days=offset)
        morning = rng.random() < 0.7
        days = int(_DAYS_CHOICE.pick(rng))
        starts_at = clock.at(offset, 8, 0) if morning else clock.at(offset, 13, 30)
        if days == 1 and not morning:
            ends_at = clock.at(offset, 17, 0)
        elif days == 1 and rng.random() < 0.3:
            ends_at = clock.at(offset, 11, 30)
        else:
            ends_at = clock.at(offset + days - 1, 16, 30)
        deadline = clock.at(offset - 3 - int(rng.random() * 12), 17, 0)

        ended = ends_at.date() < today
        r = rng.random()
        if r < 0.04:
            status = "cancelled"
        elif ended:
            status = "finished"
        elif r < 0.07 or (offset > 180 and r < 0.2):
            status = "planned"
        else:
            status = "open"

        capacity = _choice(rng, _ONLINE_CAPACITIES if fmt == "truc_tuyen" else _CAPACITIES)
        title = _title(rng, topic, roles, fmt, org, start_day.year)
        description = f"Chuyên đề: {topic_labels[topic]}. Thời lượng {days} ngày."
        courses.append(CourseRec(
            id=i + 1,
            code=f"GEN-{i + 1:06d}",
            title=title,
            topic=topic,
            audiences=roles,
            organiser_id=org.id,
            organiser_name=org.name,
            partner=_partner(rng, topic, org),
            province=province,
            venue=_venue(rng, fmt, org),
            format=fmt,
            starts_at=starts_at,
            ends_at=ends_at,
            registration_deadline=deadline,
            capacity=capacity,
            status=status,
            description=description,
        ))
    return Dataset(organisations=orgs, courses=courses)


def _same_name(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def resolve_organisations(session: Session, orgs: Sequence[OrgRec]) -> dict[int, int]:
    """Database ids of the organisations that already exist, by OrgRec id.

    An organisation exists when a row has its code, or the same kind and name (the built-in data calls
    "Liên đoàn Lao động tỉnh Lạng Sơn" LS, the generator LDLD-LANGSON: it is one body).
    """
    rows = session.execute(select(Organisation.id, Organisation.code, Organisation.kind, Organisation.name)).all()
    by_code = {code: oid for oid, code, _, _ in rows}
    by_name: dict[tuple[str, str], int] = {}
    for oid, _, kind, name in rows:
        by_name.setdefault((kind, _same_name(name)), oid)
    found: dict[int, int] = {}
    for o in orgs:
        oid = by_code.get(o.code) or by_name.get((o.kind, _same_name(o.name)))
        if oid is not None:
            found[o.id] = oid
    return found


def insert_dataset(session: Session, ds: Dataset) -> None:
    """Bulk-insert the dataset's organisations and courses; organisations that exist are reused.

    OrgRec ids are mapped to the database's ids (see `resolve_organisations`); courses get new ids.
    Bumps the data version so that every process rebuilds its search index. Does not commit.
    """
    from knowledge.db import bump_data_version

    existing = resolve_organisations(session, ds.organisations)
    new_orgs = [o for o in ds.organisations if o.id not in existing]
    if new_orgs:
        session.execute(insert(Organisation), [
            {"code": o.code, "name": o.name, "kind": o.kind, "province": o.province, "parent_id": None,
             "aliases": ";".join(o.aliases)}
            for o in new_orgs
        ])
    id_map = resolve_organisations(session, ds.organisations)
    parents = [{"id": id_map[o.id], "parent_id": id_map[o.parent_id]}
               for o in new_orgs if o.parent_id is not None and o.parent_id in id_map]
    if parents:
        session.execute(update(Organisation), parents)
    if ds.courses:
        # Core executemany: about twice as fast as ORM bulk insert (100k rows in ~3 s on SQLite).
        now = dt.datetime.now(dt.UTC)
        session.connection().execute(insert(Base.metadata.tables["courses"]), [
            {"code": c.code, "title": c.title, "topic": c.topic, "audiences": ";".join(c.audiences),
             "organiser_id": id_map.get(c.organiser_id) if c.organiser_id is not None else None,
             "partner": c.partner, "province": c.province, "venue": c.venue, "format": c.format,
             "starts_at": c.starts_at, "ends_at": c.ends_at, "registration_deadline": c.registration_deadline,
             "capacity": c.capacity, "status": c.status, "description": c.description,
             "is_sample": c.is_sample, "created_at": now, "updated_at": now}
            for c in ds.courses
        ])
    bump_data_version(session)
