#!/usr/bin/env python3
"""Generates ../courses.csv and ../targets.csv for set b10 (deterministic, seed 10).
Wording pools are hand-written the way provincial offices write their plans."""
import csv, os, random, datetime as dt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
R = random.Random(10)

# province -> (short code, LĐLĐ name, list of organisers (name, kind), list of places (text, old province or None))
PROV = {
 "Hà Nội": ("HN", "LĐLĐ thành phố Hà Nội", [
     ("CĐ phường Cầu Giấy", "phuong"), ("CĐ xã Mê Linh", "xa"), ("CĐ các KCN và chế xuất Hà Nội", "kcn"),
     ("CĐ ngành Giáo dục Hà Nội", "nganh"), ("Trường Trung cấp Công đoàn Hà Nội", "truong")],
     [("Hội trường LĐLĐ thành phố, 99 Nguyễn Chí Thanh", None), ("Trường Trung cấp Công đoàn Hà Nội", None),
      ("Nhà văn hóa CN KCN Thăng Long", None), ("UBND xã Mê Linh", None)]),
 "Hải Phòng": ("HP", "LĐLĐ thành phố Hải Phòng", [
     ("CĐ phường Lê Chân", "phuong"), ("CĐ phường Hải Dương", "phuong"), ("CĐ các KCN Hải Phòng", "kcn"),
     ("CĐCS Công ty TNHH LG Display Việt Nam Hải Phòng", "cty")],
     [("Cung Văn hóa Lao động Hữu nghị Việt Tiệp", None), ("Hội trường CĐ phường Hải Dương (TP Hải Dương cũ)", "Hải Dương"),
      ("Nhà văn hóa CN KCN Tràng Duệ", None), ("KCN Đại An, Hải Dương cũ", "Hải Dương")]),
 "Quảng Ninh": ("QN", "LĐLĐ tỉnh Quảng Ninh", [
     ("CĐ Than - Khoáng sản Việt Nam (khu vực Quảng Ninh)", "nganh"), ("CĐ phường Bãi Cháy", "phuong"),
     ("CĐ Công ty CP Than Hà Tu", "cty"), ("CĐ các KCN Quảng Ninh", "kcn")],
     [("Cung Quy hoạch, Hội chợ và Triển lãm tỉnh", None), ("Hội trường LĐLĐ tỉnh, phường Hạ Long", None),
      ("Nhà văn hóa phường Bãi Cháy", None), ("Trung tâm Chính trị TP Cẩm Phả cũ", None)]),
 "Lạng Sơn": ("LS", "LĐLĐ tỉnh Lạng Sơn", [
     ("CĐ phường Đông Kinh", "phuong"), ("CĐ xã Chi Lăng", "xa"), ("CĐ ngành Y tế Lạng Sơn", "nganh")],
     [("Hội trường LĐLĐ tỉnh Lạng Sơn", None), ("Nhà văn hóa xã Chi Lăng", None), ("Khách sạn Mường Thanh Lạng Sơn", None)]),
 "Tuyên Quang": ("TQ", "LĐLĐ tỉnh Tuyên Quang", [
     ("CĐ phường Hà Giang 1", "phuong"), ("CĐ phường Minh Xuân", "phuong"), ("CĐ ngành Giáo dục Tuyên Quang", "nganh")],
     [("Hội trường LĐLĐ tỉnh, phường Minh Xuân", None), ("Nhà văn hóa phường Hà Giang 1 (Hà Giang cũ)", "Hà Giang"),
      ("Trường Chính trị tỉnh cơ sở 2 (Hà Giang cũ)", "Hà Giang")]),
 "Bắc Ninh": ("BN", "LĐLĐ tỉnh Bắc Ninh", [
     ("CĐ các KCN tỉnh Bắc Ninh", "kcn"), ("CĐ phường Bắc Giang", "phuong"),
     ("CĐCS Công ty TNHH Samsung Display Việt Nam", "cty"), ("CĐ KCN Quang Châu", "kcn")],
     [("Nhà văn hóa CN KCN Yên Phong", None), ("Hội trường LĐLĐ tỉnh, phường Kinh Bắc", None),
      ("Hội trường phường Bắc Giang (Bắc Giang cũ)", "Bắc Giang"), ("Nhà văn hóa CN KCN Quang Châu (Bắc Giang cũ)", "Bắc Giang")]),
 "Thanh Hóa": ("TH", "LĐLĐ tỉnh Thanh Hóa", [
     ("CĐ phường Hạc Thành", "phuong"), ("CĐ KKT Nghi Sơn và các KCN", "kcn"), ("CĐ ngành Y tế Thanh Hóa", "nganh"),
     ("CĐCS Công ty TNHH Giày Sun Jade Việt Nam", "cty")],
     [("Hội trường LĐLĐ tỉnh Thanh Hóa", None), ("Nhà văn hóa CN KKT Nghi Sơn", None), ("Trường Chính trị tỉnh Thanh Hóa", None)]),
 "Nghệ An": ("NA", "LĐLĐ tỉnh Nghệ An", [
     ("CĐ phường Thành Vinh", "phuong"), ("CĐ KKT Đông Nam Nghệ An", "kcn"), ("CĐ ngành Giáo dục Nghệ An", "nganh")],
     [("Hội trường LĐLĐ tỉnh Nghệ An", None), ("Nhà văn hóa CN KCN VSIP Nghệ An", None), ("Khách sạn Mường Thanh Cửa Lò", None)]),
 "Đà Nẵng": ("DN", "LĐLĐ thành phố Đà Nẵng", [
     ("CĐ phường Hải Châu", "phuong"), ("CĐ phường Tam Kỳ", "phuong"), ("CĐ các KCN Đà Nẵng", "kcn"),
     ("CĐ ngành Du lịch Đà Nẵng", "nganh")],
     [("Hội trường LĐLĐ thành phố Đà Nẵng", None), ("Nhà văn hóa CN phường Tam Kỳ (Quảng Nam cũ)", "Quảng Nam"),
      ("Thiết chế CĐ KCN Điện Nam - Điện Ngọc (Quảng Nam cũ)", "Quảng Nam"), ("Trung tâm Hội nghị phường Hải Châu", None)]),
 "Gia Lai": ("GL", "LĐLĐ tỉnh Gia Lai", [
     ("CĐ phường Quy Nhơn", "phuong"), ("CĐ phường Pleiku", "phuong"), ("CĐ KKT Nhơn Hội", "kcn")],
     [("Hội trường LĐLĐ tỉnh, phường Quy Nhơn (Bình Định cũ)", "Bình Định"), ("Nhà văn hóa LĐ phường Pleiku", None),
      ("Trung tâm Chính trị phường Pleiku", None)]),
 "Khánh Hòa": ("KH", "LĐLĐ tỉnh Khánh Hòa", [
     ("CĐ phường Nha Trang", "phuong"), ("CĐ phường Phan Rang", "phuong"), ("CĐ ngành Du lịch Khánh Hòa", "nganh")],
     [("Hội trường LĐLĐ tỉnh, phường Nha Trang", None), ("Nhà văn hóa LĐ phường Phan Rang (Ninh Thuận cũ)", "Ninh Thuận"),
      ("Khách sạn Công đoàn Nha Trang", None)]),
 "Hồ Chí Minh": ("HCM", "LĐLĐ TP Hồ Chí Minh", [
     ("CĐ phường Sài Gòn", "phuong"), ("CĐ phường Thủ Dầu Một", "phuong"), ("CĐ các KCX và KCN TP Hồ Chí Minh", "kcn"),
     ("CĐ KCN VSIP", "kcn"), ("CĐ đặc khu Côn Đảo", "xa"), ("CĐ ngành Dệt may TP Hồ Chí Minh", "nganh")],
     [("Nhà văn hóa Lao động TP, 55B Nguyễn Thị Minh Khai", None), ("Trung tâm văn hóa phường Thủ Dầu Một (Bình Dương cũ)", "Bình Dương"),
      ("Nhà văn hóa CN KCN VSIP (Bình Dương cũ)", "Bình Dương"), ("Hội trường phường Vũng Tàu (Bà Rịa - Vũng Tàu cũ)", "Bà Rịa - Vũng Tàu"),
      ("Trường Cán bộ CĐ TP, quận 3 cũ", None)]),
 "Đồng Nai": ("DNA", "LĐLĐ tỉnh Đồng Nai", [
     ("CĐ phường Trấn Biên", "phuong"), ("CĐ phường Đồng Xoài", "phuong"), ("CĐ các KCN Đồng Nai", "kcn"),
     ("CĐCS Công ty TNHH Changshin Việt Nam", "cty")],
     [("Cung Văn hóa LĐ tỉnh Đồng Nai", None), ("Hội trường phường Đồng Xoài (Bình Phước cũ)", "Bình Phước"),
      ("Nhà văn hóa CN KCN Amata", None)]),
 "Cần Thơ": ("CT", "LĐLĐ thành phố Cần Thơ", [
     ("CĐ phường Ninh Kiều", "phuong"), ("CĐ phường Sóc Trăng", "phuong"), ("CĐ các KCN Cần Thơ", "kcn"),
     ("CĐ phường Vị Thanh", "phuong")],
     [("Hội trường LĐLĐ TP Cần Thơ", None), ("Nhà văn hóa LĐ phường Sóc Trăng (Sóc Trăng cũ)", "Sóc Trăng"),
      ("Hội trường phường Vị Thanh (Hậu Giang cũ)", "Hậu Giang"), ("KCN Trà Nóc", None)]),
 "An Giang": ("AG", "LĐLĐ tỉnh An Giang", [
     ("CĐ phường Long Xuyên", "phuong"), ("CĐ phường Rạch Giá", "phuong"), ("CĐ đặc khu Phú Quốc", "xa"),
     ("CĐ ngành Nông nghiệp An Giang", "nganh")],
     [("Hội trường LĐLĐ tỉnh, phường Long Xuyên", None), ("Nhà văn hóa LĐ phường Rạch Giá (Kiên Giang cũ)", "Kiên Giang"),
      ("Trung tâm hội nghị đặc khu Phú Quốc", None)]),
 "Phú Thọ": ("PT", "LĐLĐ tỉnh Phú Thọ", [
     ("CĐ phường Việt Trì", "phuong"), ("CĐ phường Vĩnh Phúc", "phuong"), ("CĐ các KCN Phú Thọ", "kcn"),
     ("CĐ phường Hòa Bình", "phuong")],
     [("Hội trường LĐLĐ tỉnh, phường Việt Trì", None), ("Nhà văn hóa CN KCN Bình Xuyên (Vĩnh Phúc cũ)", "Vĩnh Phúc"),
      ("Hội trường phường Hòa Bình (Hòa Bình cũ)", "Hòa Bình")]),
}

# topic key -> (topic cell variants, title variants, audience variants)
T = {
 "NV": (["Nghiệp vụ công tác công đoàn", "Nghiệp vụ CĐ", "Bồi dưỡng nghiệp vụ"],
        ["Bồi dưỡng nghiệp vụ công tác công đoàn cho cán bộ CĐCS", "Tập huấn nghiệp vụ CĐCS",
         "Tập huấn kỹ năng hoạt động cho BCH công đoàn cơ sở mới", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS"],
        ["Chủ tịch, PCT CĐCS", "Chủ tịch CĐCS; Ủy viên BCH", "UV BCH CĐCS mới", "CBCĐ không chuyên trách",
         "Chủ tịch và P.Chủ tịch công đoàn cơ sở"]),
 "TLTT": (["Đối thoại, TLTT", "Thương lượng tập thể", "Đối thoại, thương lượng tập thể"],
          ["Tập huấn kỹ năng thương lượng tập thể", "Kỹ năng đối thoại tại nơi làm việc",
           "Nâng cao kỹ năng đàm phán, thương lượng tập thể ký TƯLĐTT"],
          ["Chủ tịch CĐCS", "CT, PCT CĐCS doanh nghiệp", "Ủy viên BCH; Chủ tịch CĐCS", "Cán bộ CĐ cấp trên cơ sở"]),
 "ATVSLD": (["ATVSLĐ", "An toàn, vệ sinh lao động", "Huấn luyện ATVSLĐ"],
            ["Huấn luyện an toàn, vệ sinh lao động", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên",
             "Tập huấn phòng chống cháy nổ, ATVSLĐ"],
            ["An toàn vệ sinh viên, đoàn viên", "Đoàn viên, NLĐ", "Chủ tịch CĐCS; đoàn viên, người lao động"]),
 "PL": (["Pháp luật LĐ", "Tư vấn pháp luật", "Pháp luật lao động, tư vấn pháp luật"],
        ["Tuyên truyền Bộ luật Lao động và các văn bản hướng dẫn", "Tập huấn kỹ năng tư vấn pháp luật",
         "Phổ biến pháp luật lao động, BHXH cho NLĐ"],
        ["Đoàn viên, NLĐ", "Cán bộ CĐ chuyên trách", "Chủ tịch CĐCS; Cán bộ công đoàn cấp trên cơ sở"]),
 "TCLD": (["Giải quyết tranh chấp LĐ", "Tranh chấp lao động, đình công"],
          ["Kỹ năng giải quyết tranh chấp lao động và ngừng việc tập thể", "Tập huấn phòng ngừa tranh chấp lao động"],
          ["Chủ tịch CĐCS doanh nghiệp", "Cán bộ CĐ cấp trên cơ sở", "CT, PCT CĐCS"]),
 "NC": (["Nữ công", "Công tác nữ công, BĐG", "Bình đẳng giới"],
        ["Tập huấn nghiệp vụ công tác nữ công", "Bồi dưỡng kỹ năng cho Ban nữ công CĐCS",
         "Tập huấn bình đẳng giới, phòng chống quấy rối tình dục nơi làm việc"],
        ["Trưởng ban nữ công CĐCS", "Ban nữ công; Chủ tịch CĐCS", "Nữ đoàn viên, người lao động"]),
 "TC": (["Tài chính CĐ", "Tài chính công đoàn", "Kế toán công đoàn"],
        ["Tập huấn nghiệp vụ tài chính công đoàn", "Bồi dưỡng kế toán CĐCS", "Hướng dẫn quyết toán tài chính CĐ năm 2026"],
        ["Kế toán, thủ quỹ CĐCS", "Chủ tịch CĐCS; kế toán công đoàn", "Cán bộ CĐ chuyên trách"]),
 "KT": (["Kiểm tra CĐ", "Công tác kiểm tra", "UBKT"],
        ["Tập huấn nghiệp vụ công tác kiểm tra", "Bồi dưỡng nghiệp vụ UBKT công đoàn các cấp"],
        ["Ủy viên UBKT CĐCS", "UV ủy ban kiểm tra; Chủ tịch CĐCS"]),
 "TT": (["Tuyên giáo", "Tuyên truyền"],
        ["Tập huấn công tác tuyên giáo công đoàn", "Kỹ năng tuyên truyền trên mạng xã hội"],
        ["CBCĐ không chuyên trách", "Ủy viên BCH; đoàn viên"]),
 "PTDV": (["Phát triển ĐV, thành lập CĐCS", "PTĐV"],
          ["Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS", "Bồi dưỡng kỹ năng vận động NLĐ gia nhập công đoàn"],
          ["Cán bộ CĐ cấp trên cơ sở", "Chủ tịch CĐCS; cán bộ CĐ chuyên trách"]),
 "CDS": (["Chuyển đổi số", "Tin học", "CĐS"],
         ["Tập huấn chuyển đổi số trong hoạt động công đoàn", "Sử dụng phần mềm quản lý đoàn viên",
          "Ứng dụng AI trong công tác công đoàn"],
         ["Cán bộ CĐ chuyên trách", "Chủ tịch CĐCS; CBCĐ không chuyên trách", "Ủy viên BCH CĐCS"]),
 "GV": (["Giảng viên kiêm chức", "Kỹ năng sư phạm"],
        ["Bồi dưỡng giảng viên kiêm chức công đoàn", "Kỹ năng giảng dạy theo phương pháp tích cực"],
        ["Giảng viên kiêm chức", "Giảng viên kiêm chức; Cán bộ CĐ cấp trên cơ sở"]),
 "VT": (["Văn thư lưu trữ"], ["Tập huấn công tác văn thư, lưu trữ"], ["Cán bộ CĐ chuyên trách", "CBCĐ không chuyên trách"]),
 "LLCT": (["Lý luận chính trị", "QLNN"], ["Bồi dưỡng lý luận chính trị cho cán bộ CĐ", "Bồi dưỡng kiến thức QLNN ngạch chuyên viên"],
          ["Cán bộ CĐ chuyên trách", "Cán bộ CĐ cấp trên cơ sở"]),
}
WEIGHTS = {"NV": 5, "TLTT": 4, "ATVSLD": 4, "PL": 3, "TCLD": 2, "NC": 3, "TC": 3, "KT": 2, "TT": 2, "PTDV": 2,
           "CDS": 3, "GV": 1, "VT": 1, "LLCT": 1}
PARTNERS = ["", "", "Sở Nội vụ", "Trường Đại học Công đoàn", "Sở Y tế", "Thanh tra tỉnh", "Viện CNCĐ", ""]
NOTES = ["", "", "Mang theo CCCD.", "Học viên tự túc phương tiện.", "Đăng ký qua CĐ cấp trên trực tiếp.",
         "Có giấy chứng nhận.", "", "Link Zoom gửi trước 1 ngày."]

def vd(d):
    return d.strftime("%d/%m/%Y")

def date_cell(start, days, style):
    end = start + dt.timedelta(days=days - 1)
    if days == 1 or style == 0:
        return vd(start), (vd(end) if days > 1 else "")
    if style == 1:
        return f"{start.strftime('%d/%m/%Y')} 08:00", f"{vd(end)} 16:30"
    if style == 2:
        return f"7h30 ngày {start.day}/{start.month}/{start.year}", vd(end)
    if style == 3:
        return start.strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d")
    if start.month == end.month:
        if style == 4:
            return f"{start.day}-{end.day}/{start.month}/{start.year}", ""
        if style == 5:
            return f"Từ {start.day:02d}/{start.month} đến {end.day:02d}/{end.month}/{end.year}", ""
        return f"{start.day}-{end.day}/{end.month}/{end.year} ({days} ngày)", ""
    return f"{start.day}/{start.month} - {end.day}/{end.month}/{end.year}", ""

PLANNED = ["Tháng 1/2027", "T3/2027", "Quý I/2027", "Q2/2027", "tháng 4 năm 2027", "cuối tháng 12/2026",
           "Tháng 5/2027", "Quý II/2027", "Tháng 3-4/2027", "T2/2027"]

def gen():
    rows = []
    used = set()
    today = dt.date(2026, 11, 23)
    for prov, (pc, lđlđ, orgs, places) in PROV.items():
        n = 14 if len(orgs) < 4 else 15
        keys = R.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=n)
        # guarantee core topics in every province
        for i, k in enumerate(["NV", "TLTT", "ATVSLD", "NC", "TC"]):
            keys[i] = k
        batch_topic = keys[0]
        for i, k in enumerate(keys):
            tcell, titles, auds = T[k]
            org = lđlđ if i % 3 == 0 else R.choice(orgs)[0]
            title = R.choice(titles)
            aud = R.choice(auds)
            place, _old = R.choice(places)
            fmt = R.choices(["Tập trung (trực tiếp)", "", "Trực tuyến", "Kết hợp (trực tiếp và trực tuyến)"],
                            weights=[5, 3, 2, 1])[0]
            if fmt == "Trực tuyến":
                place = R.choice(["Trực tuyến qua Zoom", "Phòng họp trực tuyến LĐLĐ", "Google Meet"])
            days = R.choice([1, 1, 2, 2, 2, 3, 3, 5])
            kind = R.random()
            status = ""
            start_cell = end_cell = deadline = ""
            if i == 0 or i == 1:
                pass
            if kind < 0.11:          # finished
                start = today - dt.timedelta(days=R.randint(8, 70))
                status = R.choice(["Đã kết thúc", "Đã kết thúc", ""])
            elif kind < 0.17:        # cancelled
                start = today + dt.timedelta(days=R.randint(5, 90))
                status = "Đã hủy"
            elif kind < 0.29:        # planned
                start = None
                status = R.choice(["Dự kiến", "Dự kiến", ""])
                start_cell = R.choice(PLANNED)
            else:
                start = today + dt.timedelta(days=int(R.triangular(1, 200, 30)))
                status = R.choice(["Mở đăng ký", "Mở đăng ký", ""])
            if start is not None:
                if start.weekday() == 6:
                    start += dt.timedelta(days=1)
                start_cell, end_cell = date_cell(start, days, R.randint(0, 6))
                if status != "Đã kết thúc" and R.random() < 0.8:
                    dl = start - dt.timedelta(days=R.choice([2, 3, 5, 7, 10, 14]))
                    deadline = R.choice([vd(dl), vd(dl), f"{vd(dl)} 17:00", dl.strftime("%Y-%m-%d")])
            seats = R.choice(["60", "50 người", "khoảng 40 học viên", "80", "120", "35", "100 người"])
            code = f"{pc}-{k}-{R.randint(100, 999)}"
            while code in used:
                code = f"{pc}-{k}-{R.randint(100, 999)}"
            used.add(code)
            rows.append({"Mã lớp": code, "Tên lớp": title, "Chủ đề": R.choice(tcell), "Đối tượng": aud,
                         "Đơn vị tổ chức": org, "Đơn vị phối hợp": R.choice(PARTNERS), "Tỉnh/Thành phố": prov,
                         "Địa điểm": place, "Hình thức": fmt, "Ngày bắt đầu": start_cell, "Ngày kết thúc": end_cell,
                         "Hạn đăng ký": deadline, "Số ngày": (str(days) if R.random() < 0.7 else f"{days:02d} ngày"),
                         "Số chỗ": seats, "Trạng thái": status, "Ghi chú": R.choice(NOTES)})
    return rows

COLS = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Đơn vị phối hợp", "Tỉnh/Thành phố", "Địa điểm",
        "Hình thức", "Ngày bắt đầu", "Ngày kết thúc", "Hạn đăng ký", "Số ngày", "Số chỗ", "Trạng thái", "Ghi chú"]

if __name__ == "__main__":
    import extra
    rows = gen() + extra.ROWS
    codes = [r["Mã lớp"] for r in rows]
    assert len(codes) == len(set(codes)), "dup"
    with open(os.path.join(OUT, "courses.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLS)
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in COLS})
    with open(os.path.join(OUT, "targets.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Đối tượng", "Chỉ tiêu", "Đơn vị tính", "Đã đạt",
                    "Tính đến ngày", "Ghi chú"])
        for t in extra.TARGETS:
            w.writerow(t)
    print(len(rows), "courses;", len(extra.TARGETS), "targets")
