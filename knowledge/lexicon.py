"""Domain vocabulary: roles, topics, formats, provinces, abbreviations and stop phrases.

Keys are ASCII and stable (they are stored in the database and in button data); labels are the Vietnamese
shown to users; synonyms are matched against folded text (no diacritics, lower-case, đ → d).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    key: str
    label: str
    synonyms: tuple[str, ...]


# Audience roles. Synonyms are folded phrases; the longest match wins, so "pho chu tich" beats "chu tich".
ROLES: tuple[Term, ...] = (
    Term("chu_tich_cdcs", "Chủ tịch CĐCS", (
        "chu tich cong doan co so", "chu tich cong doan", "chu tich", "chu tich cdcs",
    )),
    Term("pho_chu_tich_cdcs", "Phó chủ tịch CĐCS", (
        "pho chu tich cong doan co so", "pho chu tich cong doan", "pho chu tich",
    )),
    Term("uy_vien_bch", "Ủy viên BCH công đoàn", (
        "uy vien ban chap hanh cong doan co so", "uy vien ban chap hanh cong doan", "uy vien ban chap hanh", "uy vien", "ban chap hanh cong doan co so", "ban chap hanh",
    )),
    Term("can_bo_chuyen_trach", "Cán bộ công đoàn chuyên trách", ("can bo chuyen trach", "chuyen trach")),
    Term("can_bo_khong_chuyen_trach", "Cán bộ công đoàn không chuyên trách", (
        "can bo khong chuyen trach", "khong chuyen trach", "kiem nhiem", "can bo kiem nhiem",
    )),
    Term("giang_vien_kiem_chuc", "Giảng viên kiêm chức", ("giang vien kiem chuc", "giang vien", "bao cao vien")),
    Term("can_bo_cap_tren", "Cán bộ công đoàn cấp trên cơ sở", (
        "can bo cong doan cap tren co so", "cap tren co so", "cap tren truc tiep co so", "cong doan cap tren",
        # «lớp bồi dưỡng cho cán bộ cấp trên»: chairs leave «cơ sở» out.
        "can bo cap tren",
    )),
    Term("uy_vien_ubkt", "Ủy viên ủy ban kiểm tra", ("uy vien uy ban kiem tra", "uy ban kiem tra")),
    # Every plan in the field names this audience («Kế toán CĐCS», «Thủ quỹ, kế toán công đoàn»); without the
    # role «lớp cho kế toán» could only be read as the finance topic, and classes for other cadres came first.
    # The two words only: a longer synonym would weigh for «kế toán công đoàn» among the readings of «kt cd».
    Term("ke_toan_cdcs", "Kế toán CĐCS", ("ke toan cong doan", "ke toan")),
    # The plans name them often («Trưởng, phó ban nữ công CĐCS», «Cán bộ nữ công CĐCS»). «Nữ công» alone and
    # «công tác nữ công» stay the topic; «cán bộ nữ công» is both, read as kế toán is (whom a class is for after
    # «cho/là», what it teaches elsewhere). A class on the nữ công topic is theirs (index.TRAINING_TOPICS).
    Term("can_bo_nu_cong", "Cán bộ nữ công CĐCS", (
        "can bo nu cong", "truong ban nu cong", "pho ban nu cong", "truong pho ban nu cong",
        "truong ban va pho ban nu cong", "uy vien ban nu cong", "ban nu cong", "can bo lam cong tac nu cong",
        "can bo phu trach nu cong", "phu trach nu cong",
    )),
    Term("doan_vien", "Đoàn viên, người lao động", (
        "doan vien", "nguoi lao dong", "cong nhan", "cong nhan lao dong", "cong nhan vien chuc lao dong",
    )),
)

# Audiences the plans name that are no role of a user's profile (not offered at sign-up nor as a broadcast
# choice, and a plan's cell naming them keeps its words): searched for as roles are. A union group's leader
# or deputy («tổ trưởng, tổ phó công đoàn») leads a group inside a grassroots union.
PLAN_AUDIENCES: tuple[Term, ...] = (
    Term("to_truong_cd", "Tổ trưởng công đoàn", (
        "to truong cong doan", "to pho cong doan", "to truong to pho cong doan", "to truong va to pho cong doan",
    )),
    # A union's treasurer, named beside its accountant in the plans («Kế toán, thủ quỹ CĐCS»): an audience of its
    # own, so «lớp cho kế toán, thủ quỹ», then «thế còn cho chủ tịch?» asks for chairs instead of both.
    Term("thu_quy_cd", "Thủ quỹ công đoàn", ("thu quy cong doan", "thu quy cong doan co so", "thu quy")),
)

# Training topics of courses.
TOPICS: tuple[Term, ...] = (
    Term("nghiep_vu", "Nghiệp vụ công tác công đoàn", (
        "nghiep vu cong doan", "nghiep vu cong tac cong doan", "nghiep vu", "ly luan nghiep vu",
        "ky nang hoat dong cong doan", "phuong phap hoat dong cong doan", "nghiep vu co ban",
    )),
    Term("thuong_luong", "Đối thoại, thương lượng tập thể", (
        "thuong luong tap the", "thuong luong", "dam phan", "doi thoai", "thoa uoc lao dong tap the",
        "thoa uoc", "doi thoai tai noi lam viec",
    )),
    Term("atvsld", "An toàn, vệ sinh lao động", (
        "an toan ve sinh lao dong", "an toan lao dong", "ve sinh lao dong", "bao ho lao dong",
        "an toan", "tai nan lao dong", "phong chong chay no",
        # Fire safety at work, which the plans file with labour safety («ATVSLĐ, PCCN»).
        "phong chay chua chay", "chay no",
    )),
    Term("phap_luat", "Pháp luật lao động, tư vấn pháp luật", (
        "phap luat lao dong", "tu van phap luat", "phap luat", "bo luat lao dong", "luat lao dong",
        "bao hiem xa hoi", "luat bao hiem xa hoi", "che do chinh sach", "luat cong doan",
    )),
    Term("tranh_chap", "Giải quyết tranh chấp lao động", (
        "tranh chap lao dong", "tranh chap", "dinh cong", "bao ve quyen loi tai toa", "dai dien tai toa",
    )),
    Term("nu_cong", "Công tác nữ công, bình đẳng giới", (
        "nu cong", "binh dang gioi", "lao dong nu", "can bo nu cong", "cong tac nu cong",
    )),
    Term("tai_chinh", "Tài chính công đoàn", (
        "tai chinh cong doan", "tai chinh", "ke toan cong doan co so", "ke toan cong doan", "ke toan", "doan phi",
        "kinh phi cong doan",
    )),
    Term("kiem_tra", "Công tác kiểm tra công đoàn", (
        "cong tac kiem tra", "kiem tra cong doan", "kiem tra", "thanh tra nhan dan", "giam sat",
    )),
    Term("tuyen_giao", "Tuyên truyền, tuyên giáo", (
        "tuyen truyen", "tuyen giao", "van dong", "dan van", "viet bai", "truyen thong",
    )),
    Term("phat_trien_doan_vien", "Phát triển đoàn viên, thành lập CĐCS", (
        "phat trien doan vien", "thanh lap cong doan co so", "ket nap doan vien", "thanh lap cong doan",
    )),
    Term("chuyen_doi_so", "Tin học, chuyển đổi số", (
        "chuyen doi so", "tin hoc", "cong nghe thong tin", "phan mem", "so hoa", "ky nang so",
    )),
    Term("giang_day", "Kỹ năng giảng dạy cho giảng viên", (
        "ky nang giang day", "phuong phap giang day", "giang day", "giang bai", "soan bai giang", "ky nang len lop",
    )),
    Term("van_thu", "Văn thư, lưu trữ", ("van thu luu tru", "van thu", "luu tru", "ho so cong doan")),
    Term("quan_ly_nha_nuoc", "Quản lý nhà nước, lý luận chính trị", (
        "quan ly nha nuoc", "ly luan chinh tri", "chuyen vien chinh", "chinh tri",
    )),
)

# Course formats.
FORMATS: tuple[Term, ...] = (
    Term("truc_tuyen", "Trực tuyến", ("truc tuyen", "online", "onlin", "onl", "hoc tu xa", "tu xa", "zoom", "qua mang")),
    Term("ket_hop", "Kết hợp (trực tiếp và trực tuyến)", ("ket hop", "blended")),
    Term("tap_trung", "Tập trung (trực tiếp)", ("tap trung", "truc tiep", "offline", "tai lop")),
)

# Provinces and cities (the 63 of the former list, plus the names of the 2025 merger that are new).
PROVINCES: tuple[str, ...] = (
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa - Vũng Tàu",
    "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước",
    "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp",
    "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên",
    "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
    "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
    "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
    "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
    "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)

# Other spellings of provinces, folded → canonical name.
PROVINCE_ALIASES: dict[str, str] = {
    "hn": "Hà Nội", "thu do": "Hà Nội",
    "hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "tp hcm": "Hồ Chí Minh", "sai gon": "Hồ Chí Minh",
    "sg": "Hồ Chí Minh", "ho chi minh": "Hồ Chí Minh",
    "brvt": "Bà Rịa - Vũng Tàu", "vung tau": "Bà Rịa - Vũng Tàu", "ba ria vung tau": "Bà Rịa - Vũng Tàu",
    "br vt": "Bà Rịa - Vũng Tàu",  # «BR-VT», «BR VT»
    # A province by its old by-name («xứ Thanh» is Thanh Hóa, «xứ Nghệ» Nghệ An, «đất Cảng» Hải Phòng).
    "xu thanh": "Thanh Hóa", "xu nghe": "Nghệ An", "xu lang": "Lạng Sơn", "xu quang": "Quảng Nam",
    "dat cang": "Hải Phòng", "thanh pho cang": "Hải Phòng", "vung mo": "Quảng Ninh",
    "hue": "Thừa Thiên Huế", "thua thien hue": "Thừa Thiên Huế",
    "dak lak": "Đắk Lắk", "daklak": "Đắk Lắk", "dac lac": "Đắk Lắk",
    "lang son": "Lạng Sơn", "soc trang": "Sóc Trăng",
}

# Provinces as people abbreviate them in capitals ("ở BN", "NB năm nay"); in lower case "bn" stays the
# teencode for «bao nhiêu». Codes that are also common abbreviations (KH, CT, KT, ĐN, TN…) are left out.
PROVINCE_CODES: dict[str, str] = {
    "hn": "Hà Nội", "hp": "Hải Phòng", "bn": "Bắc Ninh", "nb": "Ninh Bình", "ls": "Lạng Sơn", "tq": "Tuyên Quang",
    "na": "Nghệ An", "hy": "Hưng Yên", "pt": "Phú Thọ", "ag": "An Giang", "gl": "Gia Lai", "lc": "Lào Cai",
    "bg": "Bắc Giang", "hg": "Hà Giang", "yb": "Yên Bái", "hb": "Hòa Bình", "vp": "Vĩnh Phúc", "hd": "Hải Dương",
    "tb": "Thái Bình", "nd": "Nam Định", "st": "Sóc Trăng", "bd": "Bình Dương", "bp": "Bình Phước",
    "qb": "Quảng Bình", "qt": "Quảng Trị", "kg": "Kiên Giang", "bl": "Bạc Liêu", "cm": "Cà Mau", "vl": "Vĩnh Long",
    "tv": "Trà Vinh", "tg": "Tiền Giang", "ht": "Hà Tĩnh", "py": "Phú Yên", "qni": "Quảng Ninh", "th": "Thanh Hóa",
    "qng": "Quảng Ngãi",
}

# Province codes that are also other words or name two provinces («TN»: Thái Nguyên or Tây Ninh; «ĐN»:
# Đà Nẵng, Đồng Nai or «doanh nghiệp»; «LA»: Long An or «là»): a place only where the question puts one —
# after «ở», «tại», «tỉnh», before «cũ», or in capitals opening the question. Of two provinces, the data
# decides (the classes of either are found). Read as the token PLACE_CODE_MARK + code.
PLACE_CODES: dict[str, tuple[str, ...]] = {
    "tn": ("Thái Nguyên", "Tây Ninh"), "dn": ("Đà Nẵng", "Đồng Nai"), "la": ("Long An",),
    "vt": ("Bà Rịa - Vũng Tàu",), "qn": ("Quảng Ninh", "Quảng Nam", "Quảng Ngãi"), "ct": ("Cần Thơ",),
    "kh": ("Khánh Hòa",), "kt": ("Kon Tum",), "dl": ("Đắk Lắk",), "dt": ("Đồng Tháp",), "ld": ("Lâm Đồng",),
    "sl": ("Sơn La",),  # also «số lượng»
    "cb": ("Cao Bằng",),  # also «cán bộ»
    "db": ("Điện Biên",),  # also «đặc biệt»
}
# Of those, the codes that open a question as a place in capitals («VT có lớp…»); «CT», «KH», «KT», «ĐT»
# opening it are chủ tịch, kế hoạch, kiểm tra, đào tạo.
PLACE_CODES_FIRST: frozenset[str] = frozenset({"tn", "dn", "la", "vt", "qn", "ld", "sl"})
# Of those, the codes that are a place even typed in lower case where they open a question before the class
# asked for («tn có lớp nv nào», «ad ơi qn có lớp atvslđ k»): no other reading opens a question that way
# («cb có lớp…» is no «cán bộ có lớp…», which a chair asks as «có lớp nào cho cb»). «ct», «kt», «kh», «dt»,
# «dl» stay out: «ct có lớp gì» asks for chairs, «kh có lớp» may be «không có lớp».
PLACE_CODES_OPENING: frozenset[str] = frozenset({"tn", "dn", "qn", "vt", "ld", "cb", "db"})
# Codes typed with «đ» that no shorthand of «d» spells («ĐN» is no «doanh nghiệp», «ĐL» no «du lịch»): a place
# wherever they stand («TCCĐ ĐN có lớp nào», «CĐ ngành YT ĐL»).
PLACE_CODES_DBAR: frozenset[str] = frozenset({"đn", "đl"})
PLACE_CODE_MARK = "@"
# Words after which a short code is a place («ở tn», «tại HY», «tỉnh QN»), folded.
# Words a place follows; «LĐLĐ» too: a provincial federation is named by its place («ldld na», «lđlđ bn»).
PLACE_BEFORE: frozenset[str] = frozenset({"o", "tai", "tinh", "tp", "ldld"})
# Union shorthand whose meaning the word before decides (folded code -> (expansion, words before)): «lớp TG»,
# «ban TG» are tuyên giáo (elsewhere «TG» is Tiền Giang), «ban NC» nữ công, «cho CN» công nhân, «trường ĐH»
# đại học.
CONTEXT_ABBREVIATIONS: dict[str, tuple[str, frozenset[str]]] = {
    "tg": ("tuyen giao", frozenset({"lop", "ban", "tac", "khoa", "vu"})),
    "nc": ("nu cong", frozenset({"lop", "ban", "tac", "khoa", "vu", "bo"})),
    "cn": ("cong nhan", frozenset({"cho", "lop", "khoa", "ve", "vien"})),  # («Viện CN và CĐ»)
    "dh": ("dai hoc", frozenset({"truong"})),
    # «ĐH SP», «trường SP»: sư phạm, however «sp» reads before «có», «tới» elsewhere (sắp, see text._READ_BY_NEXT).
    "sp": ("su pham", frozenset({"dh", "truong"})),
    # «chỉ tiêu bd», «lớp bd», «được bd»: bồi dưỡng (elsewhere «BD» may be Bình Dương).
    # «ct bd ct cđcs»: after a role too (the chair's own training), see also BD_BEFORE.
    "bd": ("boi duong", frozenset({"tieu", "lop", "khoa", "duoc", "dc", "can", "muon", "dang", "da", "se", "ct",
                                   "dot", "ke", "hoach", "kh"})),
    # «đi hc», «nên hc lớp gì», «đc hc»: học typed short after the words that go before it; «HC» alone may be
    # hành chính.
    "hc": ("hoc", frozenset({"di", "nen", "se", "duoc", "dc", "muon", "mun", "can", "de", "chua", "da", "dang",
                             "phai", "em", "e", "minh", "mk", "toi", "dki", "ky"})),
    # «giảng viên kc», «GV KC», «cán bộ kc»: part-time (kiêm chức), as plans shorten it after whom it says.
    "kc": ("kiem chuc", frozenset({"vien", "gv", "bo", "cb"})),
    # «bao nhiu hv», «đạt mấy hv», «chỉ tiêu hv»: learners counted (học viên); «HV Chính trị» is an academy.
    "hv": ("hoc vien", frozenset({"bao", "nhieu", "nhiu", "bn", "may", "ct", "tieu", "dat", "duoc", "dc", "so",
                                  "ve", "luot"})),
}

# Words «bd» goes before when it is «bồi dưỡng» («bd ct cđcs», «bd cán bộ», «bd nghiệp vụ»): a role or what is
# taught; a province is not followed by whom it trains.
BD_BEFORE: frozenset[str] = frozenset({
    "ct", "chu", "cb", "can", "nv", "nghiep", "kien", "kt", "ky", "kn", "nang", "ld", "lanh", "ui", "uv", "uy",
    "bch", "cdcs", "to", "doan", "dv", "thuong", "pct", "cho", "nhan",
})

# Shorthand with a second reading, tried when the first (ABBREVIATIONS) answers nothing: «Ban TC» is the
# finance department or the organisation department (Ban Tổ chức), as the union writes both.
SECOND_READINGS: dict[str, str] = {"tc": "tổ chức"}

# Union abbreviations and teencode, folded token(s) → folded expansion.
ABBREVIATIONS: dict[str, str] = {
    "cdcs": "cong doan co so",
    "cd": "cong doan",
    "cđ": "cong doan",
    "cbcd": "can bo cong doan",
    "cb": "can bo",
    "ldld": "lien doan lao dong",
    "tld": "tong lien doan",
    "tldld": "tong lien doan lao dong",
    "atvsld": "an toan ve sinh lao dong",
    "atld": "an toan lao dong",
    "vsld": "ve sinh lao dong",
    "nld": "nguoi lao dong",
    "cnld": "cong nhan lao dong",
    "nsdld": "nguoi su dung lao dong",
    "bhxh": "bao hiem xa hoi",
    "bhyt": "bao hiem y te",
    "cnvcld": "cong nhan vien chuc lao dong",
    "cnvc": "cong nhan vien chuc",
    "kcn": "khu cong nghiep",
    "kcx": "khu che xuat",
    "kkt": "khu kinh te",
    "pl": "phap luat",
    "ptdv": "phat trien doan vien",
    "tltt": "thuong luong tap the",
    "tudltt": "thoa uoc lao dong tap the",
    "tuldtt": "thoa uoc lao dong tap the",
    "tc": "tai chinh",
    "tccd": "tai chinh cong doan",
    "ds": "danh sach",
    "nvcd": "nghiep vu cong doan",
    # «pháp luật LĐ», «tranh chấp lđ»: lao động («ở LĐ» is Lâm Đồng, see PLACE_CODES).
    "ld": "lao dong",
    "nv": "nghiep vu",
    "nvu": "nghiep vu",  # «lớp nvụ công đoàn»: the first syllable by its initial, the second whole
    "atvsv": "an toan ve sinh vien",
    "vn": "viet nam",
    "cbcnv": "can bo cong nhan vien",
    # How offices write civil servants: «CBCCVC», «CBCC», «CCVC».
    "cbccvc": "can bo cong chuc vien chuc",
    "cbcc": "can bo cong chuc",
    "ccvc": "cong chuc vien chuc",
    "dvcs": "don vi co so",
    "tthc": "thu tuc hanh chinh",
    "slot": "cho",
    "pccn": "phong chong chay no",
    "pccc": "phong chay chua chay",
    "bch": "ban chap hanh",
    "ubkt": "uy ban kiem tra",
    "ktgs": "kiem tra giam sat",
    "btv": "ban thuong vu",
    "ct": "chu tich",
    "pct": "pho chu tich",
    # «CT CĐCS» run together: not the initials of «chủ tịch công đoàn cơ sở», so no plan teaches it.
    "ctcs": "chu tich cong doan co so",
    # «ctcđcs», «cđcso», «cđoàn»: the same words run together as people type them on a phone.
    "ctcdcs": "chu tich cong doan co so", "pctcdcs": "pho chu tich cong doan co so", "cdcso": "cong doan co so",
    "cdoan": "cong doan",
    "pctcs": "pho chu tich cong doan co so",
    "uv": "uy vien",
    "dv": "doan vien",
    "gv": "giang vien",
    # «PP giảng dạy», «PP tuyên truyền»: how a method is written in class titles and notes.
    "pp": "phuong phap",
    "qlnn": "quan ly nha nuoc",
    "llct": "ly luan chinh tri",
    # What kind of class, as offices abbreviate it in plans and chairs after them («lớp BDNV cho CT CĐCS»).
    "bdnv": "boi duong nghiep vu", "bdct": "boi duong chinh tri",
    "tuld": "thoa uoc lao dong",
    "tultt": "thoa uoc lao dong tap the",
    "tp": "thanh pho",
    "tx": "thi xa",
    "ubnd": "uy ban nhan dan",
    "htx": "hop tac xa",
    "cty": "cong ty",
    "dn": "doanh nghiep",
    "cntt": "cong nghe thong tin",
    "mxh": "mang xa hoi",
    # Sector unions by their former names, which no plan of today spells out to learn them from.
    "gtvt": "giao thong van tai",
    "ctr": "chuong trinh",
    "nq": "nghi quyet",
    "kh": "ke hoach",
    # Sectors and topics as plans abbreviate them («CĐS», «ngành GTVT», «CĐ ngành YT»).
    "cds": "chuyen doi so", "gtxd": "giao thong xay dung", "yt": "y te",
    # teencode and phone shorthand
    "ko": "khong", "k": "khong", "kg": "khong", "hok": "khong", "hong": "khong", "khg": "khong",
    "dc": "duoc", "dk": "dang ky", "dky": "dang ky", "đk": "dang ky", "dki": "dang ky", "đki": "dang ky",
    "bn": "bao nhieu", "bnh": "bao nhieu", "bnhieu": "bao nhieu", "bnhiu": "bao nhieu", "nhiu": "nhieu",
    "khum": "khong", "trc": "truoc", "onlai": "online", "onl": "online",
    "hk": "khong", "dzay": "vay", "dzi": "vay", "app": "ung dung",
    "j": "gi", "ji": "gi", "z": "vay", "v": "vay", "r": "roi", "ntn": "nhu the nao",
    "mik": "minh", "mk": "minh",
    # «cko em hỏi», «cjo mình»: «cho» in teencode.
    "cko": "cho", "cjo": "cho",
    # «cmh», «cho mk hỏi»: how a chat question opens; never an organiser's initials («Công ty CP May Hòa…»).
    "cmh": "cho minh hoi", "cmhoi": "cho minh hoi", "ceh": "cho em hoi", "cemh": "cho em hoi",
    # «lp», «lơp» typed for «lớp» (no word of the union's is «lp»).
    "lp": "lop", "tnh": "tinh",
    "nx": "nua", "ng": "nguoi", "vs": "voi", "ns": "noi", "h": "gio", "ah": "a", "oki": "ok",
    "thg": "thang",
    # «tsau», «ttới»: «tháng sau», «tháng tới» run together, as chairs type them.
    "tsau": "thang sau", "ttoi": "thang toi",
    # i and y after k and l are two spellings of one vowel («kĩ năng», «lí luận»): read as the data writes them.
    "ki": "ky", "li": "ly",
    "gq": "giai quyet", "tcld": "tranh chap lao dong", "gqtcld": "giai quyet tranh chap lao dong",
    # «lớp ktra», «hđk?» (hạn đăng ký, asked alone under a class's card).
    "ktra": "kiem tra", "hdk": "han dang ky",
    # «hl ATVSLĐ», «sh chuyên đề»: the kind of class as chairs shorten it (huấn luyện, sinh hoạt); neither is a
    # syllable nor another shorthand of the union's.
    "hl": "huan luyen", "sh": "sinh hoat",
}
# Shorthand read from the word as typed, diacritics and all: «hđ» is «hoạt động» (Hải Dương's code is «HD»,
# never written with đ).
# «lớ», «lơ» are «lớp» with its last letter dropped (no word of a question about classes); «mìn» is «mình»
# with its final «h» dropped (no union question is about mines).
# («có lớp gì hôn», «được hôn»: the South's «không» typed with its marks; without them «hon» is «hơn».)
RAW_ABBREVIATIONS: dict[str, str] = {"hđ": "hoat dong", "hđcđ": "hoat dong cong doan", "lớ": "lop", "mìn": "minh",
                                     "hôn": "khong"}
# How a class called off is asked about, folded («bị hủy rồi à», «tạm hoãn không», «bị dừng»): one list for
# the search (cancelled classes are searched too) and the follow-up reading (a cancelled batch of a class shown).
CALLED_OFF_CUES: tuple[str, ...] = (
    "bi huy", "da huy", "huy roi", "huy chua", "huy khong", "huy a", "huy ha", "huy bo", "bi hoan", "tam hoan",
    "hoan roi", "hoan khong", "hoan lai", "hoan a", "hoan ha", "bi dung", "dung roi", "dung lai", "tam dung",
    "bi ngung", "ngung roi", "tam ngung", "ngung to chuc", "khong to chuc nua", "khong hoc nua", "bi cancel",
    # «lớp nào hoãn», «lớp nào huỷ»: said bare after «nào»; a class put off to a later date («lùi lịch», «bị
    # dời lịch», «lùi sang năm sau») is one the plan lists as called off, its note saying when it may be held.
    "nao huy", "nao hoan", "da hoan", "hoan lich", "lui lich", "bi lui", "lui sang", "lui lai", "nao lui",
    "bi doi lich", "da doi lich", "doi lich khong", "doi lich chua", "nao doi lich",
    # «bị đổi sang ngày nào», «dời sang tháng 4», «hoãn sang hôm nào»: moved to another date.
    "bi doi sang", "da doi sang", "doi sang ngay", "bi doi ngay", "hoan sang",
)
# The words of those cues that say nothing of which class: no title word to look for.
CALLED_OFF_WORDS = frozenset(("huy", "hoan", "dung", "ngung", "tam", "bo", "lai", "cancel", "lui", "doi", "lich", "sang"))
