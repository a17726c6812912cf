#!/usr/bin/env python3
"""Generate courses.csv and targets.csv for set b12 (Mekong Delta + South-East).

Deterministic (random seed 12).  Writes ../courses.csv, ../targets.csv and
classes_internal.json (the generator's own view, used only to help write questions;
validate.py never reads it - it re-derives everything from the CSVs)."""
import csv, json, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
R = random.Random(12)

# ---------------------------------------------------------------- provinces
# key: (names written in the Tỉnh/Thành phố column, code prefix style, organisers, places)
# places: (text, former-area tag)
PROV = {
 "Cần Thơ": dict(
    names=["TP Cần Thơ", "Cần Thơ", "thành phố Cần Thơ"],
    code=lambda y, n, t: f"CTHO-{y%100}-{t[:2].upper()}{n:02d}",
    orgs=["LĐLĐ TP Cần Thơ", "Liên đoàn Lao động thành phố Cần Thơ", "Công đoàn các KCN Cần Thơ"],
    places=[("Hội trường LĐLĐ thành phố, phường Ninh Kiều", "Cần Thơ"),
            ("Nhà Văn hóa Lao động Sóc Trăng (cũ), phường Phú Lợi", "Sóc Trăng"),
            ("Trung tâm Chính trị khu vực Vị Thanh (Hậu Giang cũ)", "Hậu Giang"),
            ("Hội trường Công đoàn KCN Trà Nóc, phường Bình Thủy", "Cần Thơ")]),
 "An Giang": dict(
    names=["An Giang", "tỉnh An Giang"],
    code=lambda y, n, t: f"AG.{y}.{n:02d}",
    orgs=["LĐLĐ tỉnh An Giang", "Liên đoàn Lao động tỉnh An Giang", "CĐ ngành Giáo dục An Giang"],
    places=[("Hội trường LĐLĐ tỉnh, phường Long Xuyên", "An Giang"),
            ("Nhà Văn hóa Lao động Rạch Giá", "Kiên Giang"),
            ("Khách sạn Công đoàn Phú Quốc, đặc khu Phú Quốc", "Kiên Giang"),
            ("Trường Chính trị Tôn Đức Thắng, Long Xuyên", "An Giang")]),
 "Đồng Tháp": dict(
    names=["Đồng Tháp", "tỉnh Đồng Tháp"],
    code=lambda y, n, t: f"DT-TH-{y%100}{n:03d}",
    orgs=["LĐLĐ tỉnh Đồng Tháp", "Liên đoàn Lao động Đồng Tháp"],
    places=[("Hội trường LĐLĐ tỉnh, phường Mỹ Tho", "Tiền Giang"),
            ("Cơ sở 2 LĐLĐ tỉnh, phường Cao Lãnh", "Đồng Tháp"),
            ("Nhà Văn hóa Lao động Sa Đéc", "Đồng Tháp"),
            ("Hội trường Công đoàn KCN Tân Hương", "Tiền Giang")]),
 "Vĩnh Long": dict(
    names=["Vĩnh Long", "tỉnh Vĩnh Long"],
    code=lambda y, n, t: f"VL_{y}_{t.upper()}_{n:02d}",
    orgs=["LĐLĐ tỉnh Vĩnh Long", "Liên đoàn Lao động tỉnh Vĩnh Long"],
    places=[("Hội trường LĐLĐ tỉnh, phường Long Châu", "Vĩnh Long"),
            ("Nhà Văn hóa Lao động Bến Tre", "Bến Tre"),
            ("Hội trường Trường Chính trị Trà Vinh (cũ)", "Trà Vinh"),
            ("Trung tâm Hội nghị tỉnh, phường Thanh Đức", "Vĩnh Long")]),
 "Cà Mau": dict(
    names=["Cà Mau", "tỉnh Cà Mau"],
    code=lambda y, n, t: f"CM{y%100}-{n:02d}",
    orgs=["LĐLĐ tỉnh Cà Mau", "Liên đoàn Lao động tỉnh Cà Mau"],
    places=[("Hội trường LĐLĐ tỉnh, phường Tân Thành", "Cà Mau"),
            ("Nhà Văn hóa Lao động Bạc Liêu", "Bạc Liêu"),
            ("Hội trường Khách sạn Công đoàn Cà Mau", "Cà Mau")]),
 "Tây Ninh": dict(
    names=["Tây Ninh", "tỉnh Tây Ninh"],
    code=lambda y, n, t: f"TNI-{y}-{n:03d}",
    orgs=["LĐLĐ tỉnh Tây Ninh", "Liên đoàn Lao động tỉnh Tây Ninh", "Công đoàn các KCN Tây Ninh"],
    places=[("Hội trường LĐLĐ tỉnh, phường Long An", "Long An"),
            ("Nhà Văn hóa Lao động Tây Ninh, phường Tân Ninh", "Tây Ninh"),
            ("Hội trường Công đoàn KCN Đức Hòa", "Long An"),
            ("Trung tâm Hội nghị Trảng Bàng", "Tây Ninh")]),
 "Đồng Nai": dict(
    names=["Đồng Nai", "tỉnh Đồng Nai"],
    code=lambda y, n, t: f"DNAI.{y%100}.{n:03d}",
    orgs=["LĐLĐ tỉnh Đồng Nai", "Liên đoàn Lao động tỉnh Đồng Nai", "Công đoàn các KCN Đồng Nai"],
    places=[("Hội trường LĐLĐ tỉnh, phường Trấn Biên", "Đồng Nai"),
            ("Nhà Văn hóa Công nhân Nhơn Trạch", "Đồng Nai"),
            ("Hội trường LĐLĐ tỉnh cơ sở Đồng Xoài", "Bình Phước"),
            ("Trung tâm Văn hóa KCN Long Thành", "Đồng Nai")]),
 "Hồ Chí Minh": dict(
    names=["TP.HCM", "TP Hồ Chí Minh", "Hồ Chí Minh", "TP HCM"],
    code=lambda y, n, t: f"HCM-LDLD-{y}-{n:03d}",
    orgs=["LĐLĐ TP.HCM", "Liên đoàn Lao động TP Hồ Chí Minh", "Công đoàn các KCX-KCN TP.HCM",
          "CĐ ngành Giáo dục TP.HCM"],
    places=[("Nhà Văn hóa Lao động TP, phường Sài Gòn", "Hồ Chí Minh"),
            ("Cung Văn hóa Lao động, phường Bến Thành", "Hồ Chí Minh"),
            ("Hội trường LĐLĐ cơ sở Thủ Dầu Một (Bình Dương cũ)", "Bình Dương"),
            ("Khách sạn Công đoàn Vũng Tàu, phường Vũng Tàu", "Bà Rịa - Vũng Tàu"),
            ("Trường Cán bộ Công đoàn, phường Dĩ An", "Bình Dương")]),
}

# ---------------------------------------------------------------- topics
# key: (title variants, Chủ đề variants, default audiences)
TOP = {
 "nv": (["Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS",
         "Tập huấn nghiệp vụ cho cán bộ CĐCS mới bầu",
         "Bồi dưỡng nghiệp vụ công đoàn cơ sở"],
        ["Nghiệp vụ công tác công đoàn", "Nghiệp vụ CĐ", "nghiệp vụ công đoàn cơ sở"]),
 "tl": (["Tập huấn kỹ năng đối thoại, thương lượng tập thể",
         "Kỹ năng đàm phán, thương lượng tập thể tại doanh nghiệp"],
        ["Đối thoại, thương lượng tập thể", "Đối thoại - TLTT", "Thương lượng tập thể"]),
 "at": (["Huấn luyện an toàn, vệ sinh lao động", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên"],
        ["ATVSLĐ", "An toàn, vệ sinh lao động", "An toàn VSLĐ"]),
 "pl": (["Tập huấn pháp luật lao động và kỹ năng tư vấn pháp luật",
         "Phổ biến Bộ luật Lao động, Luật Công đoàn 2024"],
        ["Pháp luật lao động, tư vấn pháp luật", "Pháp luật lao động"]),
 "tc": (["Kỹ năng giải quyết tranh chấp lao động, ngừng việc tập thể"],
        ["Giải quyết tranh chấp lao động"]),
 "nc": (["Tập huấn công tác nữ công, bình đẳng giới", "Bồi dưỡng cán bộ nữ công CĐCS"],
        ["Công tác nữ công, bình đẳng giới", "Nữ công"]),
 "tn": (["Nghiệp vụ tài chính công đoàn cho kế toán, thủ quỹ CĐCS",
         "Tập huấn quản lý tài chính, tài sản công đoàn"],
        ["Tài chính công đoàn", "Tài chính CĐ"]),
 "kt": (["Nghiệp vụ công tác kiểm tra cho Ủy ban kiểm tra CĐCS"],
        ["Công tác kiểm tra công đoàn", "Kiểm tra CĐ"]),
 "tg": (["Kỹ năng tuyên truyền trên mạng xã hội cho cán bộ công đoàn"],
        ["Tuyên truyền, tuyên giáo", "Tuyên giáo"]),
 "pt": (["Kỹ năng vận động phát triển đoàn viên, thành lập CĐCS"],
        ["Phát triển đoàn viên, thành lập CĐCS", "Phát triển đoàn viên"]),
 "cs": (["Ứng dụng chuyển đổi số trong hoạt động công đoàn",
         "Sử dụng phần mềm quản lý đoàn viên"],
        ["Tin học, chuyển đổi số", "Chuyển đổi số"]),
 "gv": (["Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức"],
        ["Kỹ năng giảng dạy cho giảng viên", "Giảng viên kiêm chức"]),
}

# audience renderings: key set -> list of ways offices write it
AUD = {
 "nv": [(["ct"], "Chủ tịch CĐCS"), (["ct", "pct"], "Chủ tịch, PCT CĐCS"),
        (["ct", "pct"], "Chủ tịch và P.Chủ tịch công đoàn cơ sở"), (["bch"], "Ủy viên BCH CĐCS mới")],
 "tl": [(["ct", "pct"], "CT, PCT CĐCS doanh nghiệp"), (["ct"], "Chủ tịch CĐCS khu vực doanh nghiệp"),
        (["ct", "bch"], "Chủ tịch, ủy viên BCH CĐCS")],
 "at": [(["dv"], "Đoàn viên, người lao động"), (["atvsv", "dv"], "An toàn vệ sinh viên; người lao động"),
        (["ct", "dv"], "Chủ tịch CĐCS + an toàn vệ sinh viên")],
 "pl": [(["ct", "pct"], "CT, PCT CĐCS"), (["chuyen_trach"], "Cán bộ CĐ chuyên trách"),
        (["bch"], "Ủy viên BCH công đoàn")],
 "tc": [(["cap_tren"], "Cán bộ CĐ cấp trên cơ sở"), (["ct"], "Chủ tịch CĐCS doanh nghiệp")],
 "nc": [(["nu_cong"], "Ủy viên ban nữ công CĐCS"), (["nu_cong", "bch"], "Trưởng ban nữ công, ủy viên BCH")],
 "tn": [(["ke_toan", "thu_quy"], "Kế toán, thủ quỹ CĐCS"), (["ke_toan"], "kế toán công đoàn cơ sở")],
 "kt": [(["ubkt"], "Ủy viên ủy ban kiểm tra"), (["ubkt"], "UBKT CĐCS")],
 "tg": [(["bch"], "Ủy viên BCH CĐCS"), (["khong_chuyen_trach"], "Cán bộ CĐ không chuyên trách")],
 "pt": [(["cap_tren"], "Cán bộ CĐ cấp trên cơ sở"), (["chuyen_trach"], "Cán bộ công đoàn chuyên trách")],
 "cs": [(["ct", "ke_toan"], "Chủ tịch CĐCS, kế toán CĐCS"), (["bch"], "Ủy viên BCH"),
        (["to_truong"], "Tổ trưởng công đoàn")],
 "gv": [(["gv"], "Giảng viên kiêm chức")],
}

PARTNERS = ["", "", "", "Sở Nội vụ", "Trường Đại học Tôn Đức Thắng", "Thanh tra tỉnh",
            "Trung tâm Tư vấn pháp luật CĐ", "Sở Y tế", "Bảo hiểm xã hội tỉnh"]
NOTES = ["", "", "", "Mang theo CCCD.", "Học viên tự túc phương tiện.", "Đăng ký qua CĐ cấp trên.",
         "Có giấy chứng nhận.", "Ưu tiên cán bộ mới."]

NOW = dt.datetime(2026, 11, 23, 9, 0)

def d(s):
    return dt.date(*map(int, reversed(s.split("/"))))

def fmt(x):
    return x.strftime("%d/%m/%Y")

# Pools of dates.  Exact start dates are drawn without replacement (globally unique).
def all_days(a, b):
    x = a
    out = []
    while x <= b:
        if x.weekday() < 5:
            out.append(x)
        x += dt.timedelta(days=1)
    return out

UPC = all_days(dt.date(2026, 11, 26), dt.date(2027, 11, 30))
R.shuffle(UPC)
PAST = all_days(dt.date(2026, 9, 7), dt.date(2026, 11, 18))
R.shuffle(PAST)
PLANNED = [("Tháng 3/2027", "m", 2027, 3, 3), ("T4/2027", "m", 2027, 4, 4), ("Quý II/2027", "q", 2027, 4, 6),
           ("Tháng 5/2027", "m", 2027, 5, 5), ("Quý III/2027", "q", 2027, 7, 9), ("Tháng 8/2027", "m", 2027, 8, 8),
           ("tháng 9 năm 2027", "m", 2027, 9, 9), ("Quý IV/2027", "q", 2027, 10, 12), ("Tháng 6-7/2027", "m", 2027, 6, 7),
           ("Q3/2027", "q", 2027, 7, 9), ("Tháng 10/2027", "m", 2027, 10, 10), ("Tháng 2/2027", "m", 2027, 2, 2)]

def render_exact(start, ndays, style, rr):
    """Return (Ngày bắt đầu, Ngày kết thúc, Số ngày) text."""
    end = start + dt.timedelta(days=ndays - 1)
    if start.month != end.month and style == 1:
        style = 2
    if ndays == 1 and style == 2:
        style = 0
    if style == 0:
        return fmt(start), fmt(end), f"{ndays}"
    if style == 1:  # 22-23/12/2026 (2 ngày)
        if ndays == 1:
            return fmt(start) + " (1 ngày)", "", ""
        return f"{start.day:02d}-{end.day:02d}/{start.month:02d}/{start.year}" + f" ({ndays} ngày)", "", ""
    if style == 2:  # 28/9 - 2/10/2027
        return f"{start.day}/{start.month} - {end.day}/{end.month}/{end.year}", "", f"{ndays:02d} ngày"
    if style == 3:
        return fmt(start) + " 07:30", fmt(end) + " 16:30", f"{ndays:02d} ngày"
    if style == 4:
        return start.isoformat(), end.isoformat(), f"{ndays} ngày"
    if style == 5:
        return f"8h00 ngày {start.day}/{start.month}/{start.year}", fmt(end), f"{ndays}"
    return fmt(start), fmt(end), ""


def main():
    rows = []
    internal = []
    tkeys = list(TOP)
    seat_forms = ["{n}", "{n} người", "khoảng {n} học viên", "{n} học viên"]
    for pi, (prov, P) in enumerate(PROV.items()):
        # 20-22 classes per province; every topic at least once, some twice.
        n = 21 if prov != "Hồ Chí Minh" else 24
        extra_w = {"nv": 5, "tl": 3, "at": 3, "tn": 2, "pl": 2, "nc": 2, "cs": 2, "tg": 1, "pt": 1, "tc": 1}
        topics = tkeys[:] + R.choices(list(extra_w), weights=list(extra_w.values()), k=n - len(tkeys))
        R.shuffle(topics)
        counter = {}
        titles_used = {}
        for i, tk in enumerate(topics):
            titles, themes = TOP[tk]
            title = R.choice(titles)
            theme = R.choice(themes)
            opts = AUD[tk]
            if "Chủ tịch" in title:
                opts = [o for o in opts if "ct" in o[0]]
            aud_keys, aud_txt = R.choice(opts)
            org = R.choice(P["orgs"])
            place, area = R.choice(P["places"])
            form = "Tập trung (trực tiếp)"
            # kind of timing
            roll = i % 10
            status = ""
            planned = None
            if roll == 0:      # past, finished
                start = PAST.pop()
                status = R.choice(["Đã kết thúc", ""])
            elif roll == 5 and pi % 2 == 0:   # cancelled upcoming
                start = UPC.pop()
                status = "Đã hủy"
            elif roll in (3, 7):  # planned
                planned = PLANNED[(pi * 2 + roll) % len(PLANNED)]
                start = None
                status = R.choice(["", "Dự kiến"])
            else:
                start = UPC.pop()
                status = R.choice(["", "", "Mở đăng ký"])
            if tk in ("cs", "tg", "pl") and R.random() < 0.55:
                form = R.choice(["Trực tuyến", "Kết hợp (trực tiếp và trực tuyến)"])
            elif R.random() < 0.08:
                form = "Trực tuyến"
            if form == "Trực tuyến":
                place = R.choice(["Trực tuyến qua Zoom", "Trực tuyến (phòng họp Zoom của LĐLĐ)",
                                  "Trực tuyến trên Google Meet"])
                area = None
            ndays = R.choice([1, 2, 2, 2, 3, 3, 5]) if tk != "at" else R.choice([1, 2])
            key = (org, title)
            counter[key] = counter.get(key, 0) + 1
            # batches for repeated titles in same province
            titles_used.setdefault(title, 0)
            titles_used[title] += 1
            deadline = ""
            if planned:
                ngay_bd, ngay_kt = planned[0], ""
                so_ngay = R.choice(["", f"{ndays:02d} ngày", str(ndays)])
                sort_key = dt.date(planned[2], planned[3], 1)
                year = planned[2]
            else:
                style = R.randrange(7)
                ngay_bd, ngay_kt, so_ngay = render_exact(start, ndays, style, R)
                if R.random() < 0.6:
                    dl = start - dt.timedelta(days=R.choice([0, 3, 5, 7, 10]))
                    deadline = fmt(dl)
                sort_key = start
                year = start.year
            seats = R.choice([30, 40, 50, 60, 80, 100, 120])
            if tk == "gv":
                seats = 25
            num = len([r for r in internal if r["province"] == prov and r["year"] == year]) + 1
            code = P["code"](year, num, tk)
            rows.append({
                "Mã lớp": code, "Tên lớp": title, "Chủ đề": theme, "Đối tượng": aud_txt,
                "Đơn vị tổ chức": org, "Đơn vị phối hợp": R.choice(PARTNERS),
                "Tỉnh/Thành phố": R.choice(P["names"]), "Địa điểm": place, "Hình thức": form,
                "Ngày bắt đầu": ngay_bd, "Ngày kết thúc": ngay_kt, "Hạn đăng ký": deadline,
                "Số ngày": so_ngay, "Số chỗ": R.choice(seat_forms).format(n=seats),
                "Trạng thái": status, "Ghi chú": R.choice(NOTES)})
            internal.append(dict(code=code, province=prov, topic=tk, aud=aud_keys, area=area,
                                 sort=sort_key.isoformat(), planned=bool(planned), status=status,
                                 form=form, year=year, title=title))
    # hand-made edge cases: ongoing, starting this morning, planned period not yet over
    EDGE = [
     ("CTHO-26-NV90", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS khu vực Sóc Trăng", "Nghiệp vụ công tác công đoàn",
      "Chủ tịch CĐCS", "LĐLĐ TP Cần Thơ", "Cần Thơ", "Nhà Văn hóa Lao động Sóc Trăng (cũ), phường Phú Lợi", "Sóc Trăng",
      "Tập trung (trực tiếp)", "20/11/2026", "27/11/2026", "", "05 ngày", "60 người", "Mở đăng ký", "nv", ["ct"], "2026-11-20", False),
     ("HCM-LDLD-2026-090", "Tập huấn kỹ năng đối thoại, thương lượng tập thể (lớp KCN Tân Thuận)", "Đối thoại, thương lượng tập thể",
      "CT, PCT CĐCS doanh nghiệp", "Công đoàn các KCX-KCN TP.HCM", "TP.HCM", "Hội trường Công đoàn KCX Tân Thuận, phường Tân Thuận",
      "Hồ Chí Minh", "Tập trung (trực tiếp)", "23/11/2026 08:00", "24/11/2026 16:30", "20/11/2026", "2", "50", "", "tl", ["ct", "pct"], "2026-11-23", False),
     ("DNAI.26.090", "Tập huấn công tác nữ công cuối năm", "Nữ công", "Ủy viên ban nữ công CĐCS", "LĐLĐ tỉnh Đồng Nai",
      "Đồng Nai", "Hội trường LĐLĐ tỉnh, phường Trấn Biên", "Đồng Nai", "Tập trung (trực tiếp)", "Quý IV/2026", "", "", "02 ngày",
      "60 người", "Dự kiến", "nc", ["nu_cong"], "2026-10-01", True),
     ("AG.2026.90", "Tập huấn nghiệp vụ tài chính công đoàn cuối năm", "Tài chính CĐ", "Kế toán, thủ quỹ CĐCS",
      "LĐLĐ tỉnh An Giang", "An Giang", "Hội trường LĐLĐ tỉnh, phường Long Xuyên", "An Giang", "Tập trung (trực tiếp)",
      "Tháng 12/2026", "", "", "2", "80", "", "tn", ["ke_toan", "thu_quy"], "2026-12-01", True),
    ]
    cols0 = list(rows[0])
    for e in EDGE:
        rows.append(dict(zip(cols0, e[:16] if False else (e[0], e[1], e[2], e[3], e[4], "", e[5], e[6], e[8], e[9], e[10], e[11], e[12], e[13], e[14], ""))))
        internal.append(dict(code=e[0], province=[k for k in PROV if k in e[5] or (k == "Hồ Chí Minh" and "HCM" in e[5])][0],
                             topic=e[15], aud=e[16], area=e[7], sort=e[17], planned=e[18], status=e[14], form=e[8],
                             year=2026, title=e[1]))
    # mark batches: same province + same title + same organiser -> add «(đợt n)»
    groups = {}
    for r, x in zip(rows, internal):
        groups.setdefault((x["province"], r["Tên lớp"]), []).append(r)
    for g in groups.values():
        if len(g) > 1:
            g.sort(key=lambda r: [x for x in internal if x["code"] == r["Mã lớp"]][0]["sort"])
            for k, r in enumerate(g, 1):
                r["Tên lớp"] += f" (đợt {k})"
    codes = [r["Mã lớp"] for r in rows]
    assert len(codes) == len(set(codes)), "duplicate codes"
    cols = list(rows[0])
    with open(os.path.join(OUT, "courses.csv"), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    for r, x in zip(rows, internal):
        x["title"] = r["Tên lớp"]
    with open(os.path.join(HERE, "classes_internal.json"), "w", encoding="utf-8") as f:
        json.dump(internal, f, ensure_ascii=False, indent=0)
    print(len(rows), "classes")


if __name__ == "__main__":
    main()
