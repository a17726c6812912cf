# Shared reference data for the generator (gen.py). validate.py keeps its OWN copy of what it needs.
import unicodedata, re

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()

# province key -> (current name, province-cell variants, LĐLĐ name, code prefix)
PROV = {
 'GL': ('Gia Lai', ['Gia Lai', 'Gia Lai', 'tỉnh Gia Lai'], 'LĐLĐ tỉnh Gia Lai'),
 'DL': ('Đắk Lắk', ['Đắk Lắk', 'Đắk Lắk', 'Đăk Lăk'], 'LĐLĐ tỉnh Đắk Lắk'),
 'LD': ('Lâm Đồng', ['Lâm Đồng', 'Lâm Đồng'], 'LĐLĐ tỉnh Lâm Đồng'),
 'KH': ('Khánh Hòa', ['Khánh Hòa', 'Khánh Hoà'], 'LĐLĐ tỉnh Khánh Hòa'),
 'QN': ('Quảng Ngãi', ['Quảng Ngãi'], 'LĐLĐ tỉnh Quảng Ngãi'),
 'DN': ('Đồng Nai', ['Đồng Nai'], 'LĐLĐ tỉnh Đồng Nai'),
 'HCM': ('TP Hồ Chí Minh', ['TP Hồ Chí Minh', 'TP.HCM', 'Hồ Chí Minh', 'TP HCM'], 'LĐLĐ TP Hồ Chí Minh'),
 'TN': ('Tây Ninh', ['Tây Ninh'], 'LĐLĐ tỉnh Tây Ninh'),
 'CT': ('Cần Thơ', ['Cần Thơ', 'TP Cần Thơ'], 'LĐLĐ thành phố Cần Thơ'),
 'AG': ('An Giang', ['An Giang'], 'LĐLĐ tỉnh An Giang'),
 'DT': ('Đồng Tháp', ['Đồng Tháp'], 'LĐLĐ tỉnh Đồng Tháp'),
}

# former provinces (areas) -> (current province key, localities that identify them in venue / organiser text)
AREAS = {
 'Bình Định': ('GL', ['Quy Nhơn', 'An Nhơn', 'Phú Tài', 'Nhơn Hội', 'Bình Định']),
 'Phú Yên': ('DL', ['Tuy Hòa', 'Hòa Hiệp', 'Sông Cầu', 'Phú Yên']),
 'Đắk Nông': ('LD', ['Gia Nghĩa', 'Đắk Nông']),
 'Bình Thuận': ('LD', ['Phan Thiết', 'La Gi', 'Bình Thuận']),
 'Ninh Thuận': ('KH', ['Phan Rang', 'Ninh Chữ', 'Ninh Thuận']),
 'Kon Tum': ('QN', ['Kon Tum', 'Đăk Hà']),
 'Bình Phước': ('DN', ['Đồng Xoài', 'Phú Riềng', 'Chơn Thành', 'Bình Phước']),
 'Bình Dương': ('HCM', ['Thủ Dầu Một', 'Dĩ An', 'Thuận An', 'Sóng Thần', 'VSIP', 'Dầu Tiếng', 'Bình Dương']),
 'Bà Rịa - Vũng Tàu': ('HCM', ['Vũng Tàu', 'Bà Rịa', 'Phú Mỹ']),
 'Long An': ('TN', ['Tân An', 'Đức Hòa', 'Bến Lức', 'Long An']),
 'Sóc Trăng': ('CT', ['Sóc Trăng']),
 'Hậu Giang': ('CT', ['Vị Thanh', 'Hậu Giang']),
 'Kiên Giang': ('AG', ['Rạch Giá', 'Phú Quốc', 'Kiên Giang']),
 'Tiền Giang': ('DT', ['Mỹ Tho', 'Tiền Giang']),
}

def area_of(venue, org, prov):
    """former-province area of a class, from its venue (or, for online classes, its organiser)."""
    fv = fold(venue)
    for a, (p, locs) in AREAS.items():
        if p == prov and any(fold(l) in fv for l in locs):
            return a
    if 'truc tuyen' in fv or 'zoom' in fv or 'google meet' in fv or 'ms teams' in fv:
        fo = fold(org)
        for a, (p, locs) in AREAS.items():
            if p == prov and any(fold(l) in fo for l in locs):
                return a
    return None  # core of the current province
