"""Vietnam's provinces since 1 July 2025 and the 63 names they replaced.

The merger list is that of Nghị quyết 202/2025/QH15 của Quốc hội về việc sắp xếp đơn vị hành chính cấp
tỉnh (12/6/2025, in force 1/7/2025): 34 provincial units, 11 unchanged and 23 formed by merging. Districts
ended on the same day (Luật Tổ chức chính quyền địa phương 2025); communes, wards and special zones sit
directly under the province, and so do their trade unions under the provincial LĐLĐ.

Users, articles and older imports still say the former names ("Sóc Trăng", "Vĩnh Phúc"), newer ones
the current ("Cần Thơ", "Phú Thọ"): both must reach the same courses. Every name is compared folded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from knowledge.language.talk import words
from knowledge.text import fold

# current province -> the former provinces merged into it (the current one first when it kept its name).
MERGERS_2025: dict[str, tuple[str, ...]] = {
    "Tuyên Quang": ("Tuyên Quang", "Hà Giang"),
    "Lào Cai": ("Lào Cai", "Yên Bái"),
    "Thái Nguyên": ("Thái Nguyên", "Bắc Kạn"),
    "Phú Thọ": ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"),
    "Bắc Ninh": ("Bắc Ninh", "Bắc Giang"),
    "Hưng Yên": ("Hưng Yên", "Thái Bình"),
    "Hải Phòng": ("Hải Phòng", "Hải Dương"),
    "Ninh Bình": ("Ninh Bình", "Hà Nam", "Nam Định"),
    "Quảng Trị": ("Quảng Trị", "Quảng Bình"),
    "Đà Nẵng": ("Đà Nẵng", "Quảng Nam"),
    "Quảng Ngãi": ("Quảng Ngãi", "Kon Tum"),
    "Gia Lai": ("Gia Lai", "Bình Định"),
    "Khánh Hòa": ("Khánh Hòa", "Ninh Thuận"),
    "Lâm Đồng": ("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
    "Đắk Lắk": ("Đắk Lắk", "Phú Yên"),
    "Hồ Chí Minh": ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"),
    "Đồng Nai": ("Đồng Nai", "Bình Phước"),
    "Tây Ninh": ("Tây Ninh", "Long An"),
    "Cần Thơ": ("Cần Thơ", "Sóc Trăng", "Hậu Giang"),
    "Vĩnh Long": ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
    "Đồng Tháp": ("Đồng Tháp", "Tiền Giang"),
    "Cà Mau": ("Cà Mau", "Bạc Liêu"),
    "An Giang": ("An Giang", "Kiên Giang"),
}
UNCHANGED_2025: tuple[str, ...] = (
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
    "Hà Tĩnh", "Cao Bằng",
)
CURRENT_PROVINCES: tuple[str, ...] = tuple(sorted((*UNCHANGED_2025, *MERGERS_2025), key=fold))
# The 63 provinces before 1 July 2025 ("Thừa Thiên Huế" became the city of Huế in 2025 without merging).
FORMER_PROVINCES: tuple[str, ...] = tuple(
    sorted({*(n for names in MERGERS_2025.values() for n in names), *UNCHANGED_2025} - {"Huế"} | {"Thừa Thiên Huế"},
           key=fold)
)

# Provinces merged before 2025 whose names people still say of where they live and work: Hà Tây joined Hà Nội
# on 1 August 2008 (Nghị quyết 15/2008/QH12), and «Hà Tây cũ» is still how the capital's west is called. Names
# gone for decades («Hà Sơn Bình», «Nghệ Tĩnh») are not kept: nobody asks for a class there.
EARLIER_MERGERS: dict[str, str] = {"Hà Tây": "Hà Nội"}

# The seat (tỉnh lỵ) of each merged former province whose name differs from the province's: since 2025 a
# ward carries that name («phường Thủ Dầu Một»), and a class held there is a class «ở Bình Dương» to users
# who still say the former name. Bà Rịa - Vũng Tàu had its seat in Bà Rịa and its best-known city in Vũng Tàu.
# After the seat, the former province's other cities and towns (thành phố, thị xã before 2025) whose name is
# no other province's and no better-known place elsewhere («Tân Uyên» is also in Lai Châu, «Phước Long» in Bạc
# Liêu, «Đông Hòa» a ward of Dĩ An: left out), nor typed without marks as everyday words («La Gi» is «là gì», «Dĩ
# An» «đi ăn», «Ba Đồn» «ba đơn»): «tỉnh BD cũ» is Thuận An and Bến Cát too.
FORMER_SEATS: dict[str, tuple[str, ...]] = {
    "Vĩnh Phúc": ("Vĩnh Yên", "Phúc Yên"), "Hà Nam": ("Phủ Lý", "Duy Tiên"), "Quảng Bình": ("Đồng Hới",),
    "Quảng Nam": ("Tam Kỳ", "Hội An", "Điện Bàn"), "Bình Định": ("Quy Nhơn", "An Nhơn", "Hoài Nhơn"),
    "Ninh Thuận": ("Phan Rang",), "Đắk Nông": ("Gia Nghĩa",), "Bình Thuận": ("Phan Thiết",),
    "Phú Yên": ("Tuy Hòa", "Sông Cầu"), "Bình Dương": ("Thủ Dầu Một", "Thuận An", "Bến Cát"),
    "Bà Rịa - Vũng Tàu": ("Bà Rịa", "Vũng Tàu"), "Bình Phước": ("Đồng Xoài", "Bình Long", "Chơn Thành"),
    "Long An": ("Tân An", "Kiến Tường"), "Hậu Giang": ("Vị Thanh", "Ngã Bảy"), "Tiền Giang": ("Mỹ Tho", "Gò Công", "Cai Lậy"),
    "Kiên Giang": ("Rạch Giá", "Hà Tiên", "Phú Quốc"), "Yên Bái": ("Nghĩa Lộ",),
    "Hải Dương": ("Chí Linh", "Kinh Môn"), "Trà Vinh": ("Duyên Hải",), "Sóc Trăng": ("Vĩnh Châu", "Ngã Năm"),
    "Bạc Liêu": ("Giá Rai",),
    # Hà Tây's seat was Hà Đông; since 2008 its towns and districts have been Hà Nội's, and since 2025 communes
    # and wards carry their names («xã Thường Tín (huyện Thường Tín cũ)»): each of them is «Hà Tây» to users.
    "Hà Tây": ("Hà Đông", "Sơn Tây", "Ba Vì", "Phúc Thọ", "Đan Phượng", "Hoài Đức", "Quốc Oai", "Thạch Thất",
               "Chương Mỹ", "Thanh Oai", "Thường Tín", "Phú Xuyên", "Ứng Hòa", "Mỹ Đức"),
}
# The Red River provinces merged in 2025 by their former districts: the communes made of them carry their names
# («xã Tiền Hải (huyện Tiền Hải cũ)», «xã Lục Ngạn»), and a class held there is «ở Thái Bình cũ», «bên Bắc Giang
# cũ» to users. Only for the former province asked: a district named alone is that district, not the province,
# so they are no seats. (Names that fold like everyday words or name places elsewhere are left out: «Ý Yên», «Vụ
# Bản», «Tứ Kỳ», «Hiệp Hòa», «Xuân Trường», «Thanh Hà», «Kim Thành», «Lương Sơn», «Đông Hưng».)
FORMER_AREA_DISTRICTS: dict[str, tuple[str, ...]] = {
    "Hải Dương": ("Nam Sách", "Cẩm Giàng", "Bình Giang", "Gia Lộc", "Thanh Miện", "Ninh Giang"),
    "Bắc Giang": ("Việt Yên", "Lục Ngạn", "Lục Nam", "Sơn Động", "Yên Thế", "Tân Yên", "Lạng Giang", "Yên Dũng"),
    "Thái Bình": ("Tiền Hải", "Thái Thụy", "Kiến Xương", "Vũ Thư", "Hưng Hà", "Quỳnh Phụ"),
    "Nam Định": ("Hải Hậu", "Giao Thủy", "Nghĩa Hưng", "Trực Ninh", "Nam Trực"),
    "Hà Nam": ("Kim Bảng", "Thanh Liêm", "Bình Lục", "Lý Nhân"),
    "Vĩnh Phúc": ("Tam Đảo", "Tam Dương", "Yên Lạc", "Vĩnh Tường", "Lập Thạch", "Sông Lô"),
    "Hòa Bình": ("Mai Châu", "Kim Bôi", "Tân Lạc", "Lạc Sơn", "Lạc Thủy", "Yên Thủy", "Cao Phong", "Đà Bắc"),
    # The South's: plans write «xã Bình Đại (huyện Bình Đại cũ)», and «Bến Tre cũ» means all of them. Left out
    # as above: the names several provinces had («Châu Thành», «Phước Long», «Hòa Bình», «Tân Thạnh»), and those
    # whose words run on from a plan's common ones («Thạnh Phú» beside «TP», «Giang Thành» after «An Giang»),
    # and those that fold like other words («Thạnh Hóa» is «Thanh Hóa», «Kế Sách», «Đức Hòa»; «Côn Đảo» is
    # «còn đào …», so it is named as the special zone it is since 2025).
    "Bến Tre": ("Ba Tri", "Bình Đại", "Chợ Lách", "Giồng Trôm", "Mỏ Cày Bắc", "Mỏ Cày Nam"),
    "Trà Vinh": ("Càng Long", "Cầu Kè", "Tiểu Cần", "Cầu Ngang", "Trà Cú"),
    "Bạc Liêu": ("Hồng Dân", "Vĩnh Lợi", "Đông Hải"),
    "Kiên Giang": ("Kiên Lương", "Hòn Đất", "Tân Hiệp", "Giồng Riềng", "Gò Quao", "An Biên", "An Minh",
                   "U Minh Thượng", "Kiên Hải"),
    "Sóc Trăng": ("Mỹ Tú", "Cù Lao Dung", "Long Phú", "Mỹ Xuyên", "Thạnh Trị", "Trần Đề"),
    "Hậu Giang": ("Phụng Hiệp", "Vị Thủy", "Long Mỹ"),
    "Tiền Giang": ("Cái Bè", "Tân Phước", "Chợ Gạo", "Gò Công Tây", "Gò Công Đông", "Tân Phú Đông"),
    "Long An": ("Bến Lức", "Cần Đước", "Cần Giuộc", "Đức Huệ", "Mộc Hóa", "Tân Hưng", "Tân Trụ",
                "Thủ Thừa", "Vĩnh Hưng"),
    "Bà Rịa - Vũng Tàu": ("Châu Đức", "Xuyên Mộc", "Long Điền", "Đất Đỏ", "Phú Mỹ", "Đặc khu Côn Đảo"),
    "Bình Dương": ("Dĩ An", "Tân Uyên", "Bắc Tân Uyên", "Dầu Tiếng", "Phú Giáo", "Bàu Bàng"),
    "Bình Phước": ("Hớn Quản", "Lộc Ninh", "Bù Đốp", "Bù Gia Mập", "Bù Đăng", "Đồng Phú"),
}
# The districts (quận, huyện, thị xã) of the centrally-run cities before 1 July 2025, when district level ended
# (Resolution 202/2025/QH15 and the UBTVQH resolutions on each city's wards and communes): people still say where
# they live or work by them («tôi ở Hà Đông», «bên Cầu Giấy»), and a name the plans never say is that city, not
# no place at all. Left out: names of people and streets found in every city («Hai Bà Trưng», «Ngô Quyền», «Lê
# Chân», «Hồng Bàng»), names of places elsewhere too («Hoàng Mai» is also a town of Nghệ An, «Phong Điền» a
# district of Huế, «Vĩnh Thạnh» of Bình Định, «Thanh Xuân» a commune name of several provinces), and those that
# fold like words of a plan («Đan Phượng» is «đoàn phường» with a letter dropped). Hồ Chí Minh City's are in
# FORMER_DISTRICTS below, with their wards.
CITY_DISTRICTS_BEFORE_2025: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa", "Nam Từ Liêm", "Bắc Từ Liêm",
               "Hà Đông", "Sơn Tây", "Ba Vì", "Chương Mỹ", "Đông Anh", "Gia Lâm", "Hoài Đức", "Mê Linh", "Mỹ Đức",
               "Phú Xuyên", "Phúc Thọ", "Quốc Oai", "Sóc Sơn", "Thạch Thất", "Thanh Oai", "Thanh Trì", "Thường Tín",
               "Ứng Hòa"),
    "Hải Phòng": ("Hải An", "Kiến An", "Đồ Sơn", "Dương Kinh", "Thủy Nguyên", "An Lão", "Kiến Thụy", "Tiên Lãng",
                  "Vĩnh Bảo", "Cát Hải", "Bạch Long Vĩ"),
    "Đà Nẵng": ("Hải Châu", "Thanh Khê", "Sơn Trà", "Ngũ Hành Sơn", "Liên Chiểu", "Cẩm Lệ", "Hòa Vang"),
    "Cần Thơ": ("Ninh Kiều", "Bình Thủy", "Cái Răng", "Ô Môn", "Thốt Nốt", "Cờ Đỏ", "Thới Lai"),
}
# Large industrial zones (khu công nghiệp, khu chế xuất) by the province they lie in (the former one where it
# merged): a chair in a zone names the zone, not the province («CĐCS công ty … ở KCN Phố Nối»). Only names
# that one zone carries; «VSIP», «Thăng Long» are in several provinces.
INDUSTRIAL_ZONES: dict[str, str] = {
    "Phố Nối": "Hưng Yên", "Phố Nối A": "Hưng Yên", "Phố Nối B": "Hưng Yên", "Thăng Long II": "Hưng Yên",
    "Nội Bài": "Hà Nội", "Quang Minh": "Hà Nội", "Bắc Thăng Long": "Hà Nội", "Phú Nghĩa": "Hà Nội",
    "Yên Phong": "Bắc Ninh", "Quế Võ": "Bắc Ninh", "Tiên Sơn": "Bắc Ninh", "Đình Trám": "Bắc Giang",
    "Quang Châu": "Bắc Giang", "Vân Trung": "Bắc Giang", "Song Khê - Nội Hoàng": "Bắc Giang",
    "Yên Bình": "Thái Nguyên", "Điềm Thụy": "Thái Nguyên", "Sông Công": "Thái Nguyên",
    "Khai Quang": "Vĩnh Phúc", "Bá Thiện": "Vĩnh Phúc", "Bình Xuyên": "Vĩnh Phúc",
    "Đình Vũ": "Hải Phòng", "Tràng Duệ": "Hải Phòng", "Nomura": "Hải Phòng", "VSIP Hải Phòng": "Hải Phòng",
    "Đại An": "Hải Dương", "Phúc Điền": "Hải Dương", "Đồng Văn": "Hà Nam", "Hòa Xá": "Nam Định",
    "Cái Lân": "Quảng Ninh", "Đông Mai": "Quảng Ninh", "Nghi Sơn": "Thanh Hóa", "Bắc Vinh": "Nghệ An",
    "Hòa Khánh": "Đà Nẵng", "Liên Chiểu": "Đà Nẵng", "Điện Nam - Điện Ngọc": "Quảng Nam",
    "Dung Quất": "Quảng Ngãi", "Sóng Thần": "Bình Dương", "Mỹ Phước": "Bình Dương", "Việt Hương": "Bình Dương",
    "Nam Tân Uyên": "Bình Dương", "Đồng An": "Bình Dương", "Bàu Bàng": "Bình Dương",
    "Tân Thuận": "Hồ Chí Minh", "Linh Trung": "Hồ Chí Minh", "Tân Tạo": "Hồ Chí Minh", "Hiệp Phước": "Hồ Chí Minh",
    "Vĩnh Lộc": "Hồ Chí Minh", "Lê Minh Xuân": "Hồ Chí Minh", "Tân Bình": "Hồ Chí Minh",
    "Amata": "Đồng Nai", "Biên Hòa 1": "Đồng Nai", "Biên Hòa 2": "Đồng Nai", "Nhơn Trạch": "Đồng Nai",
    "Hố Nai": "Đồng Nai", "Sông Mây": "Đồng Nai", "Loteco": "Đồng Nai", "Long Đức": "Đồng Nai",
    "Phú Mỹ": "Bà Rịa - Vũng Tàu", "Long Hậu": "Long An", "Tân Đức": "Long An", "Trà Nóc": "Cần Thơ",
}
ZONE_HEADS = ("khu công nghiệp", "khu chế xuất", "khu kinh tế")
# Spellings people use, folded -> canonical (former or current) name.
PLACE_SPELLINGS: dict[str, str] = {
    "thua thien hue": "Thừa Thiên Huế", "tt hue": "Thừa Thiên Huế", "hue": "Huế",
    "ba ria vung tau": "Bà Rịa - Vũng Tàu", "brvt": "Bà Rịa - Vũng Tàu", "vung tau": "Bà Rịa - Vũng Tàu",
    "ho chi minh": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "tp hcm": "Hồ Chí Minh", "hcm": "Hồ Chí Minh",
    "sai gon": "Hồ Chí Minh", "sg": "Hồ Chí Minh", "hn": "Hà Nội", "thu do": "Hà Nội",
    "daklak": "Đắk Lắk", "dac lac": "Đắk Lắk", "dak nong": "Đắk Nông", "daknong": "Đắk Nông",
    "hoa binh": "Hòa Bình", "khanh hoa": "Khánh Hòa", "thanh hoa": "Thanh Hóa",
}


def province_key(name: str | None) -> str:
    """A province as a comparable key ("Thanh Hoá", "thanh hoa" and "Bà Rịa-Vũng Tàu" meet)."""
    return " ".join(fold(name or "").replace("-", " ").split())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    current_of: dict[str, str] = {}
    for current, formers in MERGERS_2025.items():
        for name in formers:
            current_of[province_key(name)] = current
    for name in UNCHANGED_2025:
        current_of[province_key(name)] = name
    current_of[province_key("Thừa Thiên Huế")] = "Huế"
    for name, current in EARLIER_MERGERS.items():
        current_of[province_key(name)] = current
    formers_of: dict[str, tuple[str, ...]] = {province_key(c): MERGERS_2025.get(c, (c,)) for c in CURRENT_PROVINCES}
    formers_of[province_key("Huế")] = ("Thừa Thiên Huế",)
    for spelling, name in PLACE_SPELLINGS.items():
        current_of.setdefault(spelling, current_of[province_key(name)])
    return current_of, formers_of


@lru_cache(maxsize=4096)
def canonical_name(name: str) -> str | None:
    """The usual spelling of a province named any way ("tp hcm" -> "Hồ Chí Minh"), former or current."""
    key = province_key(name)
    if key in PLACE_SPELLINGS:
        return PLACE_SPELLINGS[key]
    for n in (*CURRENT_PROVINCES, *FORMER_PROVINCES, *EARLIER_MERGERS):
        if province_key(n) == key:
            return n
    return None


def current_province(name: str | None) -> str | None:
    """The province a place belongs to today ("Sóc Trăng" -> "Cần Thơ"; "Cần Thơ" -> "Cần Thơ")."""
    if not name:
        return None
    return _tables()[0].get(province_key(name))


def is_former(name: str) -> bool:
    """Whether a name is a province that no longer exists under that name (merged or renamed)."""
    cur = current_province(name)
    return cur is not None and province_key(cur) != province_key(name)


def former_names(name: str) -> tuple[str, ...]:
    """The provinces before 2025 that a current province covers (itself first when it kept its name)."""
    cur = current_province(name)
    if cur is None:
        return ()
    return _tables()[1].get(province_key(cur), (cur,))


@lru_cache(maxsize=4096)
def same_area_keys(name: str | None) -> frozenset[str]:
    """Folded keys of every name, former or current, for the area of today's province a name lies in:
    a fact filed under "Sóc Trăng" answers a question about "Cần Thơ" (said as a former province's)."""
    cur = current_province(name)
    if cur is None:
        return frozenset({province_key(name)}) if name else frozenset()
    return frozenset({province_key(cur), *(province_key(n) for n in former_names(cur))})


def area_note(asked: str, found: str) -> str | None:
    """How to say that a record of `found` answers a question about `asked`, when the names differ by the
    2025 merger ("Sóc Trăng (nay thuộc Cần Thơ)"); None when there is nothing to say."""
    if province_key(asked) == province_key(found) or current_province(asked) != current_province(found):
        return None
    cur = current_province(found) or found
    if is_former(found):
        return f"{found} (nay thuộc {cur})"
    return f"{asked} (nay thuộc {cur})"


def former_seats(name: str | None) -> tuple[str, ...]:
    """Folded names of the seat of a former province named any way («Bình Dương» -> «thu dau mot»); ()
    for a current province or an unknown name."""
    if not name or not is_former(name):
        return ()
    canon = canonical_name(name)
    return tuple(province_key(s) for s in FORMER_SEATS.get(canon or "", ()))


def former_places(name: str | None) -> tuple[str, ...]:
    """Folded names of the places inside a former province named any way that carry a name of their own since
    2025: its seat («Bình Dương» -> «thu dau mot»), its industrial zones («Bà Rịa - Vũng Tàu» -> «phu my») and its
    former districts («Thái Bình» -> «tien hai»), so a class held there is a class «ở Vũng Tàu» to users who still
    say the former name. () for a current province or an unknown name."""
    if not name or not is_former(name):
        return ()
    canon = canonical_name(name)
    zones = (province_key(z) for z, p in INDUSTRIAL_ZONES.items() if p == canon)
    districts = (province_key(d) for d in FORMER_AREA_DISTRICTS.get(canon or "", ()))
    return tuple(dict.fromkeys((*former_seats(name), *zones, *districts)))


# Regions people name instead of a province («lớp nào ở miền Trung», «các tỉnh ĐBSCL»), as today's provinces.
# The three regions follow the usual division (Bắc Bộ, Trung Bộ with the Highlands, Nam Bộ); a current
# province is in a region when most of what it merged lies there (Quảng Ngãi holds the former Kon Tum, so it is
# in the Highlands too; Tây Ninh holds the former Long An, in the Mekong delta).
REGIONS: dict[str, tuple[str, ...]] = {
    "miền Bắc": ("Hà Nội", "Hải Phòng", "Quảng Ninh", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Phú Thọ",
                 "Thái Nguyên", "Tuyên Quang", "Lào Cai", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn",
                 "Cao Bằng"),
    "miền Trung": ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai",
                   "Khánh Hòa", "Đắk Lắk", "Lâm Đồng"),
    "Bắc Trung Bộ": ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế"),
    "Nam Trung Bộ": ("Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Đắk Lắk", "Lâm Đồng"),
    "Tây Nguyên": ("Quảng Ngãi", "Gia Lai", "Đắk Lắk", "Lâm Đồng"),
    "miền Nam": ("Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang"),
    "Đông Nam Bộ": ("Hồ Chí Minh", "Đồng Nai", "Tây Ninh"),
    "đồng bằng sông Cửu Long": ("Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang", "Tây Ninh"),
    "Tây Bắc": ("Lai Châu", "Điện Biên", "Sơn La", "Lào Cai", "Phú Thọ"),
    "đồng bằng sông Hồng": ("Hà Nội", "Hải Phòng", "Quảng Ninh", "Bắc Ninh", "Hưng Yên", "Ninh Bình"),
}
# Folded ways of naming a region -> its name in REGIONS.
REGION_SPELLINGS: dict[str, str] = {
    "mien bac": "miền Bắc", "bac bo": "miền Bắc", "ngoai bac": "miền Bắc",
    "mien trung": "miền Trung", "trung bo": "miền Trung", "mien trung tay nguyen": "miền Trung",
    "bac trung bo": "Bắc Trung Bộ", "nam trung bo": "Nam Trung Bộ", "duyen hai nam trung bo": "Nam Trung Bộ",
    "tay nguyen": "Tây Nguyên", "mien nam": "miền Nam", "nam bo": "miền Nam", "trong nam": "miền Nam",
    "dong nam bo": "Đông Nam Bộ", "mien dong": "Đông Nam Bộ", "mien dong nam bo": "Đông Nam Bộ",
    "mien tay": "đồng bằng sông Cửu Long", "mien tay nam bo": "đồng bằng sông Cửu Long",
    "tay nam bo": "đồng bằng sông Cửu Long", "dbscl": "đồng bằng sông Cửu Long",
    "dong bang song cuu long": "đồng bằng sông Cửu Long", "dong bang song hong": "đồng bằng sông Hồng",
    "dbsh": "đồng bằng sông Hồng", "tay bac": "Tây Bắc", "tay bac bo": "Tây Bắc",
}


def region_of(phrase: str) -> str | None:
    """The region a folded phrase names («mien tay» -> «đồng bằng sông Cửu Long»), else None."""
    return REGION_SPELLINGS.get(province_key(phrase))


# ------------------------------------------------------------------ the asker's own ward or commune

# The head words of a commune-level unit as typed (folded; «p.» and «x.» as chairs shorten them).
_WARD_HEADS = {"phuong": "phường", "p": "phường", "xa": "xã", "x": "xã", "thi tran": "thị trấn", "tt": "thị trấn",
               "dac khu": "đặc khu"}
_WARD_HEAD = r"(?:phuong|p|xa|x|thi tran|tt|dac khu)"
_ME = r"(?:toi|em|e|minh|mk|mik|tui|t|chau)"
# Words between «em» and «ở» that still speak of the asker («em hiện đang làm việc ở …»); any other («em muốn hỏi
# lớp ở phường X») makes the place what is asked about.
_SELF_WORD = r"(?:hien|nay|dang|thi|cung|van|moi|vua|song|lam|viec|cong|tac|nha|da|duoc)"
# Said of the asker: «tôi ở phường X», «em công tác tại xã Y», «mình thuộc cđcs phường X», «bên em phường X»,
# «nhà em ở xã Y», «em là chủ tịch cđcs xã Y»; or a message that opens with the asker's union of a ward («cđcs
# xã Y», «CĐ phường X …»).
_OWN_WARD = re.compile(
    rf"(?:\b{_ME}(?: {_SELF_WORD}){{0,4}} (?:o|thuoc|tai|song o|lam o|cong tac (?:o|tai))|\bben {_ME}|\b(?:nha|cho) {_ME} o"
    rf"|^(?:cong doan co so|cong doan|cdcs|cd)|\b{_ME} (?:la|lam)(?: \w+){{0,4}}? (?:cong doan co so|cong doan))"
    rf"(?: (?:cong doan co so|cong doan|ubnd|uy ban))? {_WARD_HEAD} (?P<name>\w+(?: \w+){{0,3}})")
# Words that end a ward's name: what the message goes on to say or ask.
_NAME_ENDS = frozenset(re.findall(r"\w+", """co lop khoa nao khong ko k kg thi a ah nhe nha tinh tp o cua
    va muon can hoi xin gan day de duoc dc la lam chu tich cu moi ben em toi minh mk mik tui e nay do vay the
    hien nay dang vua roi ma nen cho quan huyen thuoc tai giup voi oi ad admin ban"""))


def own_ward(text: str) -> str | None:
    """The ward, commune or special zone a message says its asker is in or belongs to («tôi ở phường Ninh
    Kiều», «cđcs xã Phú Riềng», «bên em P. Tân An»), written as «phường Ninh Kiều»; None when it says none of
    the asker's own («lớp ở phường X» asks about a place, it says nothing of who asks)."""
    text = re.sub(r"\b([PpXx])\.\s*", r"\1 ", unicodedata.normalize("NFC", text))  # «P. Tân An»
    for part in re.split(r"[,.;:!?\n()]+", text):
        m = _OWN_WARD.search(words(part))
        if m is None:
            continue
        name: list[str] = []
        said = m.group("name").split()
        for i, tok in enumerate(said):
            if tok in _NAME_ENDS or (name and tok.isdigit()) or said[i:i + 2] == ["thanh", "pho"]:
                break
            name.append(tok)
        if not name or (not name[0].isdigit() and len(name[0]) < 2):
            continue
        head = m.group(0)[:m.start("name") - m.start(0)].split()[-1]
        head = "thi tran" if head == "tran" else "dac khu" if head == "khu" else head
        return f"{_WARD_HEADS[head]} {_as_typed(part, name)}"
    return None


def _as_typed(part: str, folded: list[str]) -> str:
    """The words of `folded` as the message wrote them (diacritics kept), each capitalised as a name is."""
    typed = re.findall(r"\w+", part)
    keys = [fold(w) for w in typed]
    for i in range(len(keys) - len(folded) + 1):
        if keys[i:i + len(folded)] == folded:
            return " ".join(w[:1].upper() + w[1:] for w in typed[i:i + len(folded)])
    return " ".join(w.capitalize() for w in folded)


# The districts of Hồ Chí Minh City ended on 1 July 2025 (Nghị quyết 1685/NQ-UBTVQH15): their wards and communes
# were merged into new ones under the city. People still say where they work by the district («ở quận 7», «TP
# Thủ Đức», «huyện Bình Chánh»): the new wards and communes of its area, by its name folded.
FORMER_DISTRICTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "1": ("Hồ Chí Minh", ("Sài Gòn", "Tân Định", "Bến Thành", "Cầu Ông Lãnh")),
    "2": ("Hồ Chí Minh", ("An Khánh", "Bình Trưng", "Cát Lái")),
    "3": ("Hồ Chí Minh", ("Bàn Cờ", "Xuân Hòa", "Nhiêu Lộc")),
    "4": ("Hồ Chí Minh", ("Xóm Chiếu", "Khánh Hội", "Vĩnh Hội")),
    "5": ("Hồ Chí Minh", ("Chợ Quán", "An Đông", "Chợ Lớn")),
    "6": ("Hồ Chí Minh", ("Bình Tây", "Bình Tiên", "Bình Phú", "Phú Lâm")),
    "7": ("Hồ Chí Minh", ("Tân Thuận", "Phú Thuận", "Tân Mỹ", "Tân Hưng")),
    "8": ("Hồ Chí Minh", ("Chánh Hưng", "Bình Đông", "Phú Định")),
    "9": ("Hồ Chí Minh", ("Long Bình", "Long Phước", "Long Trường", "Phước Long", "Tăng Nhơn Phú")),
    "10": ("Hồ Chí Minh", ("Vườn Lài", "Diên Hồng", "Hòa Hưng")),
    "11": ("Hồ Chí Minh", ("Hòa Bình", "Phú Thọ", "Bình Thới", "Minh Phụng")),
    "12": ("Hồ Chí Minh", ("Đông Hưng Thuận", "Trung Mỹ Tây", "Tân Thới Hiệp", "Thới An", "An Phú Đông")),
    "thu duc": ("Hồ Chí Minh", ("Thủ Đức", "Linh Xuân", "Hiệp Bình", "Tam Bình", "Long Bình", "Tăng Nhơn Phú",
                                "Phước Long", "Long Phước", "Long Trường", "An Khánh", "Bình Trưng", "Cát Lái")),
    "binh thanh": ("Hồ Chí Minh", ("Bình Thạnh", "Gia Định", "Bình Lợi Trung", "Thạnh Mỹ Tây", "Bình Quới")),
    "go vap": ("Hồ Chí Minh", ("Gò Vấp", "Hạnh Thông", "An Nhơn", "An Hội Đông", "An Hội Tây", "Thông Tây Hội")),
    "phu nhuan": ("Hồ Chí Minh", ("Phú Nhuận", "Đức Nhuận", "Cầu Kiệu")),
    "tan binh": ("Hồ Chí Minh", ("Tân Bình", "Tân Sơn Hòa", "Tân Sơn Nhất", "Tân Hòa", "Bảy Hiền", "Tân Sơn")),
    "tan phu": ("Hồ Chí Minh", ("Tân Phú", "Tây Thạnh", "Tân Sơn Nhì", "Phú Thọ Hòa", "Phú Thạnh")),
    "binh tan": ("Hồ Chí Minh", ("Bình Tân", "Bình Hưng Hòa", "Bình Trị Đông", "An Lạc", "Tân Tạo")),
    "binh chanh": ("Hồ Chí Minh", ("Bình Chánh", "Vĩnh Lộc", "Tân Vĩnh Lộc", "Bình Lợi", "Tân Nhựt", "Hưng Long",
                                   "Bình Hưng")),
    "nha be": ("Hồ Chí Minh", ("Nhà Bè", "Hiệp Phước")),
    "cu chi": ("Hồ Chí Minh", ("Củ Chi", "Tân An Hội", "Thái Mỹ", "An Nhơn Tây", "Nhuận Đức", "Phú Hòa Đông",
                               "Bình Mỹ")),
    "hoc mon": ("Hồ Chí Minh", ("Hóc Môn", "Bà Điểm", "Xuân Thới Sơn", "Đông Thạnh")),
    "can gio": ("Hồ Chí Minh", ("Cần Giờ", "Bình Khánh", "An Thới Đông", "Thạnh An")),
}
# «quận 7», «Q.7», «q7», «quận Gò Vấp», «huyện Bình Chánh», «TP Thủ Đức», «thành phố Thủ Đức» (folded): a
# district said with its head word (a bare «Gò Vấp» is a ward's name today, as is «Thủ Đức»).
_NAMED_DISTRICTS = "|".join(sorted((k for k in FORMER_DISTRICTS if not k.isdigit()), key=len, reverse=True))
# («Q2», «q 3» are quarters as often: a bare «q» numbers a district from 5 up, or after «ở», «tại».)
_DISTRICT = re.compile(rf"(?<!\w)(?:(?:quan ?|(?<=o )q\.? ?|(?<=tai )q\.? ?)(1[0-2]|[1-9])(?![\w/])|q\.? ?(1[0-2]|[5-9])(?![\w/])"
                       rf"|(?:quan|huyen|q\.?|h\.?|tp\.?|thanh pho) ({_NAMED_DISTRICTS})(?!\w))")


def district_said(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """The former districts `text` names, as (start, end, their city, the wards of their area) over `fold(text)`."""
    return [(m.start(), m.end(), *FORMER_DISTRICTS[m.group(1) or m.group(2) or m.group(3)])
            for m in _DISTRICT.finditer(fold(text))]
