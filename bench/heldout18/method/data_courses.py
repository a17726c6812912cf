# -*- coding: utf-8 -*-
"""Builds the course table for blind set 18 (HCM + South-East + national sector unions).
Every class is a dict with structured fields (used to derive expectations) and the cells
written to courses.csv (in the habits of a provincial office)."""
import datetime as dt
import random

NOW = dt.datetime(2026, 11, 23, 9, 0)
R = random.Random(1818)

THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

# ---------------------------------------------------------------- topics
TOPICS = {
    "NV": (["Nghiệp vụ công tác công đoàn", "Nghiệp vụ công đoàn", "Nghiệp vụ CĐ"],
           ["Bồi dưỡng nghiệp vụ công tác công đoàn cho cán bộ CĐCS",
            "Tập huấn kỹ năng hoạt động công đoàn cho chủ tịch CĐCS mới bầu",
            "Nghiệp vụ công tác công đoàn cho tổ trưởng công đoàn",
            "Bồi dưỡng kỹ năng điều hành hoạt động của Ban Chấp hành CĐCS"]),
    "DT": (["Đối thoại, thương lượng tập thể", "Thương lượng tập thể", "Đối thoại, TLTT"],
           ["Tập huấn kỹ năng đối thoại tại nơi làm việc",
            "Kỹ năng thương lượng tập thể, ký kết thỏa ước lao động tập thể",
            "Thương lượng tập thể về tiền lương, thưởng cuối năm",
            "Tổ chức hội nghị người lao động và đối thoại định kỳ"]),
    "AT": (["An toàn, vệ sinh lao động", "ATVSLĐ", "An toàn vệ sinh lao động"],
           ["Huấn luyện ATVSLĐ cho an toàn vệ sinh viên",
            "Tập huấn công tác an toàn, vệ sinh lao động và phòng chống cháy nổ",
            "Kỹ năng giám sát ATVSLĐ tại doanh nghiệp cho cán bộ CĐCS",
            "Phòng chống tai nạn lao động, bệnh nghề nghiệp trong nhà xưởng"]),
    "PL": (["Pháp luật lao động, tư vấn pháp luật", "Pháp luật lao động", "Tư vấn pháp luật"],
           ["Phổ biến Luật Công đoàn năm 2024 và văn bản hướng dẫn",
            "Tập huấn Bộ luật Lao động, chế độ BHXH cho đoàn viên",
            "Kỹ năng tư vấn pháp luật lao động cho cán bộ công đoàn",
            "Tìm hiểu Luật Bảo hiểm xã hội 2024 (sửa đổi)"]),
    "TC": (["Giải quyết tranh chấp lao động", "Tranh chấp lao động"],
           ["Kỹ năng giải quyết tranh chấp lao động, ngừng việc tập thể",
            "Đại diện người lao động trong giải quyết tranh chấp lao động"]),
    "NC": (["Công tác nữ công, bình đẳng giới", "Nữ công", "Nữ công, bình đẳng giới"],
           ["Tập huấn công tác nữ công, bình đẳng giới",
            "Phòng chống quấy rối tình dục tại nơi làm việc",
            "Kỹ năng hoạt động cho Ban nữ công CĐCS",
            "Chăm sóc sức khỏe sinh sản, nuôi con nhỏ cho lao động nữ"]),
    "TAI": (["Tài chính công đoàn", "Tài chính CĐ"],
            ["Nghiệp vụ tài chính, kế toán công đoàn cơ sở",
             "Hướng dẫn quản lý thu, chi tài chính CĐCS năm 2027",
             "Lập dự toán, quyết toán tài chính công đoàn cơ sở"]),
    "KT": (["Công tác kiểm tra công đoàn", "Kiểm tra", "Công tác kiểm tra"],
           ["Nghiệp vụ công tác kiểm tra, giám sát cho UBKT CĐCS",
            "Kỹ năng kiểm tra tài chính và giải quyết khiếu nại cho UBKT"]),
    "TG": (["Tuyên truyền, tuyên giáo", "Tuyên giáo", "Tuyên truyền"],
           ["Kỹ năng tuyên truyền trên mạng xã hội cho cán bộ công đoàn",
            "Viết tin bài, làm video ngắn tuyên truyền hoạt động công đoàn"]),
    "PT": (["Phát triển đoàn viên, thành lập CĐCS", "Phát triển đoàn viên"],
           ["Kỹ năng vận động phát triển đoàn viên, thành lập CĐCS",
            "Vận động người lao động khu vực ngoài nhà nước gia nhập công đoàn"]),
    "CDS": (["Tin học, chuyển đổi số", "Chuyển đổi số", "CĐS"],
            ["Chuyển đổi số trong hoạt động công đoàn",
             "Sử dụng phần mềm quản lý đoàn viên và thẻ đoàn viên điện tử",
             "Ứng dụng trí tuệ nhân tạo trong công việc văn phòng công đoàn"]),
    "GV": (["Kỹ năng giảng dạy cho giảng viên", "Giảng viên kiêm chức"],
           ["Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức",
            "Phương pháp giảng dạy tích cực cho báo cáo viên công đoàn"]),
    "VT": (["Văn thư, lưu trữ", "Văn thư lưu trữ"],
           ["Nghiệp vụ văn thư, lưu trữ hồ sơ công đoàn",
            "Soạn thảo văn bản và lưu trữ hồ sơ điện tử công đoàn"]),
    "QL": (["Quản lý nhà nước, lý luận chính trị", "Lý luận chính trị"],
           ["Bồi dưỡng lý luận chính trị cho cán bộ công đoàn chuyên trách",
            "Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên"]),
}

# audiences: key -> cell variants (catalog ones and organisers' own words)
AUD = {
    "ct": ["Chủ tịch CĐCS", "Chủ tịch công đoàn cơ sở", "CT CĐCS"],
    "pct": ["Phó chủ tịch CĐCS", "P.Chủ tịch CĐCS", "PCT CĐCS"],
    "bch": ["Ủy viên BCH công đoàn", "UV BCH CĐCS", "Ủy viên Ban Chấp hành CĐCS"],
    "cbct": ["Cán bộ công đoàn chuyên trách", "Cán bộ CĐ chuyên trách"],
    "cbkct": ["Cán bộ công đoàn không chuyên trách", "Cán bộ CĐ không chuyên trách"],
    "gv": ["Giảng viên kiêm chức"],
    "ctcs": ["Cán bộ công đoàn cấp trên cơ sở", "Cán bộ CĐ cấp trên cơ sở"],
    "ubkt": ["Ủy viên ủy ban kiểm tra", "UV UBKT CĐCS", "Ủy viên UBKT công đoàn"],
    "dv": ["Đoàn viên, người lao động", "ĐV, NLĐ"],
    "nuc": ["Trưởng, phó ban nữ công CĐCS", "Cán bộ nữ công"],
    "atvsv": ["An toàn vệ sinh viên", "Mạng lưới an toàn vệ sinh viên"],
    "ketoan": ["Kế toán, thủ quỹ CĐCS", "Kế toán công đoàn"],
    "totruong": ["Tổ trưởng công đoàn", "Tổ trưởng, tổ phó công đoàn"],
    "moi": ["Cán bộ công đoàn mới bầu"],
}
TOPIC_AUDS = {
    "NV": [["ct", "pct"], ["bch"], ["moi"], ["totruong"], ["ct"]],
    "DT": [["ct", "bch"], ["ct", "pct"], ["bch"]],
    "AT": [["atvsv"], ["atvsv", "dv"], ["ct", "bch"], ["dv"]],
    "PL": [["dv"], ["cbkct"], ["ct", "pct"], ["ctcs"]],
    "TC": [["ct", "ctcs"], ["ctcs"]],
    "NC": [["nuc"], ["nuc", "dv"]],
    "TAI": [["ketoan", "ct"], ["ketoan"]],
    "KT": [["ubkt"]],
    "TG": [["bch", "cbkct"], ["cbct"]],
    "PT": [["ctcs", "cbct"], ["ct"]],
    "CDS": [["bch", "cbct"], ["cbct"], ["ct", "pct"]],
    "GV": [["gv"]],
    "VT": [["cbct"], ["bch"]],
    "QL": [["cbct"]],
}

# ---------------------------------------------------------------- places
# venue, province, region (former province or '' for core), locality (ward / well-known place)
V = {
    "HCM": [("Cung Văn hóa Lao động TP HCM, 55B Nguyễn Thị Minh Khai, phường Bến Thành", "", "Bến Thành"),
            ("Hội trường LĐLĐ TP HCM, 14 Cách Mạng Tháng Tám, phường Bến Thành", "", "Bến Thành"),
            ("Trường Cán bộ Công đoàn TP HCM, phường Gia Định", "", "Gia Định"),
            ("Nhà Văn hóa Lao động khu vực Thủ Đức, phường Thủ Đức", "", "Thủ Đức"),
            ("Trung tâm Văn hóa công nhân KCX Tân Thuận, phường Tân Thuận", "", "Tân Thuận"),
            ("Nhà văn hóa công nhân KCN Tân Bình, phường Tây Thạnh", "", "Tây Thạnh"),
            ("Hội trường UBND xã Củ Chi", "", "Củ Chi")],
    "BD": [("Hội trường LĐLĐ khu vực Bình Dương (cũ), phường Thủ Dầu Một", "Bình Dương", "Thủ Dầu Một"),
           ("Nhà văn hóa công nhân KCN VSIP 1, phường Thuận An", "Bình Dương", "Thuận An"),
           ("Trung tâm Văn hóa công nhân KCN Mỹ Phước 3, phường Bến Cát", "Bình Dương", "Bến Cát"),
           ("Hội trường UBND phường Dĩ An", "Bình Dương", "Dĩ An"),
           ("Hội trường Công đoàn phường Tân Uyên", "Bình Dương", "Tân Uyên")],
    "VT": [("Nhà văn hóa công nhân KCN Phú Mỹ 1, phường Phú Mỹ", "Bà Rịa - Vũng Tàu", "Phú Mỹ"),
           ("Hội trường Công đoàn phường Vũng Tàu, 01 Lê Lợi", "Bà Rịa - Vũng Tàu", "Vũng Tàu"),
           ("Trung tâm Hội nghị phường Bà Rịa", "Bà Rịa - Vũng Tàu", "Bà Rịa")],
    "DN": [("Hội trường LĐLĐ tỉnh Đồng Nai, phường Trấn Biên", "", "Biên Hòa"),
           ("Nhà văn hóa công nhân KCN Amata, phường Long Bình", "", "Long Bình"),
           ("Trung tâm Văn hóa công nhân KCN Nhơn Trạch, xã Nhơn Trạch", "", "Nhơn Trạch")],
    "BP": [("Hội trường LĐLĐ khu vực Bình Phước (cũ), phường Đồng Xoài", "Bình Phước", "Đồng Xoài"),
           ("Nhà văn hóa công nhân KCN Minh Hưng, phường Chơn Thành", "Bình Phước", "Chơn Thành")],
    "TN": [("Nhà Văn hóa Lao động phường Tân Ninh", "", "Tân Ninh"),
           ("Nhà văn hóa công nhân KCN Phước Đông, xã Phước Đông", "", "Phước Đông")],
    "LA": [("Hội trường LĐLĐ tỉnh Tây Ninh, phường Long An", "Long An", "Tân An"),
           ("Nhà văn hóa công nhân KCN Đức Hòa, xã Đức Hòa", "Long An", "Đức Hòa")],
    "LD": [("Hội trường LĐLĐ tỉnh Lâm Đồng, phường Xuân Hương - Đà Lạt", "", "Đà Lạt"),
           ("Nhà văn hóa Lao động phường Bảo Lộc", "", "Bảo Lộc"),
           ("Hội trường khu vực Phan Thiết, phường Phan Thiết", "Bình Thuận", "Phan Thiết")],
    "KH": [("Hội trường LĐLĐ tỉnh Khánh Hòa, phường Nha Trang", "", "Nha Trang"),
           ("Nhà văn hóa Lao động phường Cam Ranh", "", "Cam Ranh"),
           ("Hội trường khu vực Ninh Thuận (cũ), phường Phan Rang", "Ninh Thuận", "Phan Rang")],
    "CT": [("Cung Văn hóa Lao động Cần Thơ, phường Ninh Kiều", "", "Ninh Kiều"),
           ("Hội trường khu vực Sóc Trăng (cũ), phường Sóc Trăng", "Sóc Trăng", "Sóc Trăng"),
           ("Nhà văn hóa Lao động phường Vị Thanh", "Hậu Giang", "Vị Thanh")],
    "VL": [("Hội trường LĐLĐ tỉnh Vĩnh Long, phường Thanh Đức", "", "Vĩnh Long"),
           ("Nhà văn hóa Lao động phường An Hội (Bến Tre cũ)", "Bến Tre", "Bến Tre"),
           ("Hội trường phường Trà Vinh", "Trà Vinh", "Trà Vinh")],
    "DTH": [("Hội trường LĐLĐ tỉnh Đồng Tháp, phường Đạo Thạnh", "Tiền Giang", "Mỹ Tho"),
            ("Nhà văn hóa Lao động phường Cao Lãnh", "", "Cao Lãnh")],
    "AG": [("Hội trường LĐLĐ tỉnh An Giang, phường Rạch Giá", "Kiên Giang", "Rạch Giá"),
           ("Nhà văn hóa Lao động phường Long Xuyên", "", "Long Xuyên")],
    "CM": [("Hội trường LĐLĐ tỉnh Cà Mau, phường An Xuyên", "", "Cà Mau"),
           ("Nhà văn hóa Lao động phường Bạc Liêu", "Bạc Liêu", "Bạc Liêu")],
    "HN": [("Trường Đại học Công đoàn, 169 Tây Sơn, phường Kim Liên", "", "Đống Đa"),
           ("Khách sạn Công đoàn, 14 Trần Bình Trọng, phường Cửa Nam", "", "Cửa Nam"),
           ("Cung Văn hóa Lao động Hữu nghị Việt Xô, 91 Trần Hưng Đạo", "", "Cửa Nam")],
    "DNG": [("Trung tâm Hội nghị Công đoàn Đà Nẵng, phường Hải Châu", "", "Hải Châu")],
    "HUE": [("Hội trường LĐLĐ thành phố Huế, phường Thuận Hóa", "", "Thuận Hóa")],
    "HP": [("Hội trường Cung Văn hóa Lao động Hải Phòng, phường Hồng Bàng", "", "Hồng Bàng")],
    "GL": [("Hội trường Công ty Cao su Chư Sê, xã Chư Sê", "", "Chư Sê")],
    "DL": [("Hội trường Công ty Cao su Đắk Lắk, phường Buôn Ma Thuột", "", "Buôn Ma Thuột")],
    "QN": [("Hội trường Công ty Điện lực Quảng Ninh, phường Hạ Long", "", "Hạ Long")],
    "NA": [("Hội trường Tổng công ty May Nghệ An, phường Vinh Phú", "", "Vinh")],
}
PROV_OF = {"HCM": "Hồ Chí Minh", "BD": "Hồ Chí Minh", "VT": "Hồ Chí Minh", "DN": "Đồng Nai", "BP": "Đồng Nai",
           "TN": "Tây Ninh", "LA": "Tây Ninh", "LD": "Lâm Đồng", "KH": "Khánh Hòa", "CT": "Cần Thơ",
           "VL": "Vĩnh Long", "DTH": "Đồng Tháp", "AG": "An Giang", "CM": "Cà Mau", "HN": "Hà Nội",
           "DNG": "Đà Nẵng", "HUE": "Huế", "HP": "Hải Phòng", "GL": "Gia Lai", "DL": "Đắk Lắk",
           "QN": "Quảng Ninh", "NA": "Nghệ An"}
PROV_CELL = {"Hồ Chí Minh": ["TP HCM", "TP. Hồ Chí Minh", "Hồ Chí Minh", "Thành phố Hồ Chí Minh"],
             "Khánh Hòa": ["Khánh Hòa", "Khánh Hoà"], "Hà Nội": ["Hà Nội", "TP Hà Nội"],
             "Huế": ["Huế", "TP Huế"], "Đà Nẵng": ["Đà Nẵng", "TP Đà Nẵng"], "Cần Thơ": ["Cần Thơ", "TP Cần Thơ"],
             "Hải Phòng": ["Hải Phòng", "TP Hải Phòng"]}
ONLINE_VENUES = ["Trực tuyến qua Zoom (link gửi trước 1 ngày)", "Trực tuyến trên hệ thống E-learning của Tổng Liên đoàn",
                 "Trực tuyến qua Google Meet, link gửi qua nhóm Zalo", "Trực tuyến qua Microsoft Teams"]

# ---------------------------------------------------------------- organisers
# key: (cell variants, kind, parent/home key, place keys, topics, n, code prefix)
ORGS = {
    "LDHCM": (["LĐLĐ TP Hồ Chí Minh", "Liên đoàn Lao động TP HCM", "LĐLĐ TP.HCM"], "ldld", "HCM", ["HCM", "HCM", "BD", "VT"],
              ["NV", "DT", "AT", "PL", "TC", "NC", "TAI", "KT", "TG", "PT", "CDS", "GV", "VT", "QL"], 30, "HCM"),
    "HEPZA": (["Công đoàn các Khu chế xuất và công nghiệp TP HCM (HEPZA)", "CĐ các KCX-KCN TP HCM"], "kcn", "LDHCM", ["HCM"],
              ["AT", "DT", "PT", "NC", "PL", "NV"], 12, "HEPZA"),
    "KCNBD": (["Công đoàn các KCN khu vực Bình Dương", "CĐ các KCN khu vực Bình Dương"], "kcn", "LDHCM", ["BD"],
              ["AT", "DT", "NC", "PT", "NV", "TAI", "PL"], 14, "KCNBD"),
    "KCNVT": (["Công đoàn các KCN khu vực Bà Rịa - Vũng Tàu", "CĐ các KCN khu vực Bà Rịa - Vũng Tàu"], "kcn", "LDHCM", ["VT"],
              ["AT", "DT", "NV", "NC"], 8, "KCNVT"),
    "PTDM": (["CĐ phường Thủ Dầu Một", "Công đoàn phường Thủ Dầu Một"], "ward", "LDHCM", ["BD"], ["NV", "TAI", "NC", "PL"], 5, "TDM"),
    "PDA": (["CĐ phường Dĩ An"], "ward", "LDHCM", ["BD"], ["NV", "AT", "PT"], 4, "DIAN"),
    "PTA": (["Công đoàn phường Thuận An"], "ward", "LDHCM", ["BD"], ["AT", "NV", "NC"], 4, "THAN"),
    "PVT": (["CĐ phường Vũng Tàu"], "ward", "LDHCM", ["VT"], ["NV", "TAI", "KT"], 4, "VTAU"),
    "PBT": (["Công đoàn phường Bến Thành"], "ward", "LDHCM", ["HCM"], ["NV", "KT", "TAI"], 4, "BTHANH"),
    "PTD": (["CĐ phường Thủ Đức"], "ward", "LDHCM", ["HCM"], ["NV", "PL", "NC"], 3, "TDUC"),
    "GIAY": (["CĐCS Công ty TNHH Giày Phước Thịnh Việt Nam"], "company", "LDHCM", ["BD"], ["AT", "NC", "DT", "NV"], 5, "PTHINH"),
    "DTSV": (["CĐCS Công ty TNHH Điện tử Sao Việt", "CĐCS Cty TNHH Điện tử Sao Việt"], "company", "LDHCM", ["BD"], ["AT", "NV", "DT"], 4, "SAOVIET"),
    "MAYHP": (["CĐCS Công ty CP May Hòa Phú"], "company", "LDHCM", ["BD"], ["NC", "AT", "TAI"], 4, "HOAPHU"),
    "THEP": (["CĐCS Công ty TNHH Thép Phú Mỹ Xanh"], "company", "LDHCM", ["VT"], ["AT", "NV"], 3, "THEPPM"),
    "DHSP": (["Công đoàn Trường Đại học Sư phạm TP HCM"], "school", "LDHCM", ["HCM"], ["NV", "NC", "CDS"], 3, "DHSP"),
    "DHQG": (["Công đoàn Đại học Quốc gia TP HCM"], "school", "LDHCM", ["HCM"], ["NV", "KT", "TG"], 3, "DHQG"),
    "LDDN": (["LĐLĐ tỉnh Đồng Nai", "Liên đoàn Lao động tỉnh Đồng Nai"], "ldld", "DN", ["DN", "DN", "BP"],
             ["NV", "DT", "AT", "PL", "NC", "TAI", "KT", "PT", "CDS", "TC"], 16, "DN"),
    "KCNDN": (["Công đoàn các KCN Đồng Nai", "CĐ các KCN Đồng Nai"], "kcn", "LDDN", ["DN"], ["AT", "DT", "NC", "PT"], 8, "KCNDN"),
    "GIAYLB": (["CĐCS Công ty TNHH Giày da Long Bình"], "company", "LDDN", ["DN"], ["AT", "NC"], 3, "GDLB"),
    "LDTN": (["LĐLĐ tỉnh Tây Ninh", "Liên đoàn Lao động tỉnh Tây Ninh"], "ldld", "TN", ["LA", "TN", "LA"],
             ["NV", "DT", "AT", "PL", "NC", "TAI", "KT", "PT", "TG"], 14, "TN"),
    "LDLD": (["LĐLĐ tỉnh Lâm Đồng"], "ldld", "LD", ["LD"], ["NV", "AT", "NC", "TAI", "KT", "DT", "CDS"], 10, "LD"),
    "LDKH": (["LĐLĐ tỉnh Khánh Hòa", "LĐLĐ tỉnh Khánh Hoà"], "ldld", "KH", ["KH"], ["NV", "AT", "DT", "NC", "PL", "TG"], 10, "KH"),
    "LDCT": (["LĐLĐ thành phố Cần Thơ", "LĐLĐ TP Cần Thơ"], "ldld", "CT", ["CT"], ["NV", "AT", "NC", "TAI", "DT", "PL", "KT"], 10, "CT"),
    "LDVL": (["LĐLĐ tỉnh Vĩnh Long"], "ldld", "VL", ["VL"], ["NV", "AT", "NC", "TAI", "PT"], 9, "VL"),
    "LDDT": (["LĐLĐ tỉnh Đồng Tháp"], "ldld", "DTH", ["DTH"], ["NV", "DT", "NC", "KT", "PL"], 9, "DT"),
    "LDAG": (["LĐLĐ tỉnh An Giang"], "ldld", "AG", ["AG"], ["NV", "AT", "NC", "TAI", "PT"], 9, "AG"),
    "LDCM": (["LĐLĐ tỉnh Cà Mau"], "ldld", "CM", ["CM"], ["NV", "AT", "DT", "NC", "KT"], 9, "CM"),
    "LDHN": (["LĐLĐ thành phố Hà Nội"], "ldld", "HN", ["HN"], ["NV", "AT", "CDS"], 5, "HN"),
    # national bodies
    "TLD": (["Tổng Liên đoàn Lao động Việt Nam", "Ban Tổ chức Tổng LĐLĐ Việt Nam"], "nat", None, ["HN", "HN", "HCM", "DNG", "ON"],
            ["NV", "GV", "DT", "TC", "QL", "CDS", "PT"], 12, "TLD"),
    "DHCD": (["Trường Đại học Công đoàn"], "nat", None, ["HN", "ON", "HCM"], ["QL", "GV", "NV", "CDS", "VT"], 7, "DHCD"),
    "CDGD": (["Công đoàn Giáo dục Việt Nam", "CĐ Giáo dục Việt Nam"], "nat", None, ["HN", "HCM", "CT", "HUE", "ON"],
             ["NV", "NC", "TAI", "KT", "PL", "CDS", "DT"], 11, "CDGD"),
    "CDYT": (["Công đoàn Y tế Việt Nam", "CĐ Y tế Việt Nam"], "nat", None, ["HN", "HCM", "DNG", "ON", "CT"],
             ["NV", "NC", "AT", "TAI", "PL", "KT"], 10, "CDYT"),
    "CDCTH": (["Công đoàn Công Thương Việt Nam"], "nat", None, ["HN", "BD", "DN", "ON"], ["DT", "AT", "NV", "NC", "TC"], 9, "CDCTH"),
    "CDNH": (["Công đoàn Ngân hàng Việt Nam"], "nat", None, ["HN", "HCM", "ON", "KH"], ["NV", "TAI", "NC", "CDS", "KT"], 8, "CDNH"),
    "CDCS": (["Công đoàn Cao su Việt Nam"], "nat", None, ["BP", "TN", "GL", "DL", "BD"], ["AT", "NV", "DT", "NC", "TAI"], 9, "CDCSU"),
    "CDDK": (["Công đoàn Dầu khí Việt Nam"], "nat", None, ["VT", "VT", "CM", "HN"], ["AT", "NV", "DT", "NC", "TAI"], 8, "CDDK"),
    "CDDL": (["Công đoàn Điện lực Việt Nam"], "nat", None, ["HN", "HCM", "KH", "QN", "ON"], ["AT", "NV", "DT", "KT", "CDS"], 8, "CDDL"),
    "CDDM": (["Công đoàn Dệt May Việt Nam", "CĐ Dệt may Việt Nam"], "nat", None, ["BD", "DN", "NA", "HN"], ["AT", "NC", "DT", "NV"], 8, "CDDM"),
    "CDGT": (["Công đoàn Giao thông vận tải Việt Nam", "Công đoàn GTVT Việt Nam"], "nat", None, ["HN", "HCM", "HP", "DNG"],
             ["AT", "NV", "DT", "PL", "KT"], 8, "CDGT"),
    "CDVC": (["Công đoàn Viên chức Việt Nam"], "nat", None, ["HN", "HUE", "ON", "QN"], ["NV", "KT", "TAI", "CDS"], 5, "CDVC"),
}
ORG_VENUE = {"PTDM": 0, "PDA": 3, "PTA": 1, "PVT": 1, "PBT": 1, "PTD": 3, "GIAY": 1, "DTSV": 1, "MAYHP": 2,
             "THEP": 0, "DHSP": 2, "DHQG": 3, "GIAYLB": 1}
COOPS = ["", "", "", "Sở Nội vụ", "Ban Quản lý các KCN", "Trường Đại học Công đoàn", "Viện Công nhân và Công đoàn",
         "Tổ chức Lao động Quốc tế (ILO)", "Sở Y tế", "Thanh tra Sở Nội vụ", "Trung tâm Tư vấn pháp luật Công đoàn", ""]


def excel_serial(d):
    return (d - dt.date(1899, 12, 30)).days


def fmt(d, pad=True):
    return d.strftime("%d/%m/%Y") if pad else f"{d.day}/{d.month}/{d.year}"


def start_cells(s, days, rng):
    """Return (start_cell, end_cell, days_cell, start_time, end_date) for a dated class."""
    e = s + dt.timedelta(days=days - 1)
    choice = rng.random()
    stime = (8, 0)
    if days >= 2 and e.month == s.month and choice < 0.42:
        forms = [f"{s.day}-{e.day}/{s.month}/{s.year}", f"{s.day:02d}/{s.month} - {e.day:02d}/{e.month}/{e.year}",
                 f"Từ {s.day:02d}/{s.month:02d} đến {e.day:02d}/{e.month:02d}/{e.year}",
                 f"{s.day}-{e.day}/{s.month}/{s.year} ({days} ngày)"]
        if days == 2:
            forms += [f"{s.day}, {e.day}/{s.month}/{s.year}", f"{s.day} và {e.day}/{s.month}/{s.year}"]
        cell = rng.choice(forms)
        dcell = rng.choice(["", str(days), f"{days:02d} ngày"])
        return cell, "", dcell, stime, e
    forms = ["pad", "nopad", "time", "h", "iso", "thu", "sang", "isomid", "serial"]
    f = rng.choice(forms)
    if f == "pad":
        cell = fmt(s)
    elif f == "nopad":
        cell = fmt(s, False)
    elif f == "time":
        stime = rng.choice([(8, 0), (7, 30), (13, 30)])
        cell = f"{fmt(s)} {stime[0]:02d}:{stime[1]:02d}"
    elif f == "h":
        stime = rng.choice([(7, 30), (8, 0)])
        cell = f"{stime[0]}h{stime[1]:02d} ngày {fmt(s, False)}"
    elif f == "iso":
        cell = s.isoformat()
    elif f == "thu":
        cell = f"{THU[s.weekday()]}, {fmt(s, False)}"
    elif f == "sang":
        cell = f"Sáng {fmt(s, False)}"
    elif f == "isomid":
        cell = s.isoformat() + " 00:00:00"
    else:
        cell = str(excel_serial(s))
    if days == 1:
        ecell = rng.choice(["", fmt(s) + " 16:30", fmt(s)])
        dcell = rng.choice(["1", "01 ngày", "1 ngày"])
    else:
        ecell = rng.choice([fmt(e), fmt(e) + " 16:30", fmt(e, False), ""])
        dcell = rng.choice([str(days), f"{days} ngày", f"{days:02d} ngày"]) if ecell == "" or rng.random() < 0.6 else ""
    return cell, ecell, dcell, stime, e


QROM = {1: "I", 2: "II", 3: "III", 4: "IV"}


def approx_cell(kind, y, a, b, rng):
    if kind == "month":
        return rng.choice([f"Tháng {a}/{y}", f"T{a}/{y}", f"tháng {a} năm {y}", f"cuối tháng {a}/{y}", f"Tuần 2 tháng {a}/{y}"])
    if kind == "quarter":
        return rng.choice([f"Quý {QROM[a]}/{y}", f"Q{a}/{y}", f"Quý {a}/{y}", f"Đầu quý {QROM[a]}/{y}", f"quý {QROM[a]} năm {y}"])
    if kind == "months":
        return rng.choice([f"Tháng {a}-{b}/{y}", f"tháng {a}, {b} năm {y}"])
    if kind == "half":
        return f"6 tháng đầu năm {y}" if a == 1 else f"6 tháng cuối năm {y}"


def period(kind, y, a, b):
    import calendar
    if kind == "month":
        return dt.date(y, a, 1), dt.date(y, a, calendar.monthrange(y, a)[1])
    if kind == "quarter":
        m1 = 3 * (a - 1) + 1
        return dt.date(y, m1, 1), dt.date(y, m1 + 2, calendar.monthrange(y, m1 + 2)[1])
    if kind == "months":
        return dt.date(y, a, 1), dt.date(y, b, calendar.monthrange(y, b)[1])
    if kind == "half":
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if a == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))


def rand_upcoming_date(rng):
    # weighted toward Dec 2026 - Mar 2027
    r = rng.random()
    if r < 0.08:
        d = dt.date(2026, 11, 24) + dt.timedelta(days=rng.randint(0, 5))
    elif r < 0.50:
        d = dt.date(2026, 12, 1) + dt.timedelta(days=rng.randint(0, 29))
    elif r < 0.70:
        d = dt.date(2027, 1, 4) + dt.timedelta(days=rng.randint(0, 26))
    elif r < 0.80:
        d = dt.date(2027, 2, 22) + dt.timedelta(days=rng.randint(0, 6))
    elif r < 0.92:
        d = dt.date(2027, 3, 1) + dt.timedelta(days=rng.randint(0, 29))
    else:
        d = dt.date(2027, 4, 5) + dt.timedelta(days=rng.randint(0, 50))
    if d.weekday() == 6:
        d += dt.timedelta(days=1)
    return d


def rand_past_date(rng):
    r = rng.random()
    if r < 0.2:
        d = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randint(0, 270))
    else:
        d = dt.date(2026, 2, 23) + dt.timedelta(days=rng.randint(0, 260))
    if d.weekday() == 6:
        d -= dt.timedelta(days=1)
    return d


def seats_cell(rng):
    n = rng.choice([30, 40, 50, 60, 80, 100, 120, 150, 200])
    return rng.choice([str(n), f"{n} người", f"khoảng {n} học viên", f"{n - 10}-{n}", f"{n} (2 lớp)" if n >= 100 else str(n),
                       f"{n}/lớp", f"{n} học viên"])


def build():
    rng = R
    courses = []
    used_codes = set()
    for ok, (cells, kind, home, places, topics, n, prefix) in ORGS.items():
        places = list(places)
        rng.shuffle(places)
        tcycle = list(topics)
        rng.shuffle(tcycle)
        i = 0
        seq = 0
        while i < n:
            topic = tcycle[i % len(tcycle)]
            # a batch pair sometimes
            batch_pair = rng.random() < 0.16 and i + 1 < n
            title = rng.choice(TOPICS[topic][1])
            auds = rng.choice(TOPIC_AUDS[topic])
            if kind == "company":
                mp = {"ct": "totruong", "pct": "totruong", "ctcs": "dv", "cbct": "bch", "cbkct": "bch", "moi": "totruong"}
                auds = list(dict.fromkeys(mp.get(a, a) for a in auds))
            pk = places[i % len(places)] if kind == "nat" else rng.choice(places)
            cat = rng.random()
            if cat < 0.30:
                status = "ended"
            elif cat < 0.77:
                status = "open"
            elif cat < 0.90:
                status = "planned"
            elif cat < 0.95:
                status = "cancelled"
            else:
                status = "postponed"
            if batch_pair:
                status = rng.choice(["open", "open", "ended_open"])
            nb = 2 if batch_pair else 1
            first_date = None
            for b in range(nb):
                seq += 1
                c = {"org": ok, "org_cell": rng.choice(cells), "org_kind": kind,
                     "parent": home if kind != "ldld" else ok, "topic": topic,
                     "topic_cell": rng.choice(TOPICS[topic][0]), "auds": auds,
                     "batch": (b + 1) if batch_pair else None}
                t = title
                if batch_pair:
                    t = f"{title} (đợt {b + 1})" if rng.random() < 0.5 or b else f"{title} đợt 1"
                    if b == 1 and "(đợt" not in t:
                        t = f"{title} đợt 2"
                c["title"] = t
                # place
                if pk == "ON":
                    c["venue"] = rng.choice(ONLINE_VENUES)
                    c["prov"] = "Hà Nội"
                    c["region"] = ""
                    c["locality"] = ""
                    c["mode"] = "on"
                else:
                    ven, reg, loc = V[pk][ORG_VENUE[ok]] if ok in ORG_VENUE else rng.choice(V[pk])
                    c["venue"], c["region"], c["locality"] = ven, reg, loc
                    c["prov"] = PROV_OF[pk]
                    m = rng.random()
                    c["mode"] = "tt" if m < 0.8 else ("kh" if m < 0.92 else "on")
                    if c["mode"] == "on":
                        c["venue"] = rng.choice(ONLINE_VENUES) + f" (điểm cầu chính: {ven.split(',')[0]})"
                c["pk"] = pk
                st = status
                if batch_pair:
                    if status == "ended_open":
                        st = "ended" if b == 0 else "open"
                days = rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5]) if c["topic"] != "QL" else rng.choice([5, 10])
                c["days"] = days
                c["kind"] = "date"
                note = ""
                if st == "ended":
                    s = rand_past_date(rng) if first_date is None else first_date + dt.timedelta(days=rng.randint(20, 60))
                    if s >= dt.date(2026, 11, 18):
                        s = dt.date(2026, 10, 12)
                elif st in ("open", "cancelled"):
                    if first_date is not None:
                        s = first_date + dt.timedelta(days=rng.randint(14, 45))
                        if batch_pair and status == "ended_open":
                            s = rand_upcoming_date(rng)
                    else:
                        s = rand_upcoming_date(rng)
                elif st == "postponed":
                    old = dt.date(2026, 11, rng.randint(10, 20))
                    if rng.random() < 0.6:
                        s = rand_upcoming_date(rng)
                        if s < dt.date(2026, 12, 1):
                            s = s + dt.timedelta(days=14)
                        note = f"Hoãn lịch cũ {fmt(old, False)}, dời sang {fmt(s)}"
                        st = "open"
                        c["postponed_from"] = old
                    else:
                        st = "planned"
                        c["postponed_from"] = old
                        note = f"Tạm hoãn (lịch cũ {fmt(old, False)}), sẽ thông báo lại"
                if st == "planned":
                    c["kind"] = "approx"
                    ak = rng.choice(["month", "month", "month", "quarter", "quarter", "months", "half"])
                    if ak == "month":
                        y, a = rng.choice([(2026, 12), (2027, 1), (2027, 2), (2027, 3), (2027, 4), (2027, 5), (2027, 6), (2027, 8), (2027, 9)])
                        b2 = a
                    elif ak == "quarter":
                        y, a = rng.choice([(2027, 1), (2027, 2), (2027, 3), (2027, 4)])
                        b2 = a
                    elif ak == "months":
                        y, a = 2027, rng.choice([3, 4, 5, 8])
                        b2 = a + 1
                    else:
                        y, a, b2 = 2027, rng.choice([1, 2]), 0
                    c["approx"] = (ak, y, a, b2)
                    c["pstart"], c["pend"] = period(ak, y, a, b2)
                    c["start_cell"] = approx_cell(ak, y, a, b2, rng)
                    c["end_cell"] = ""
                    c["days_cell"] = rng.choice(["", str(days), f"{days:02d} ngày"])
                    c["start"] = None
                    c["deadline"] = None
                    c["deadline_cell"] = ""
                    c["status_cell"] = rng.choice(["", "Dự kiến", "dự kiến", "Dự kiến"])
                    if c["days_cell"] == "":
                        c["days"] = None
                else:
                    first_date = s if first_date is None else first_date
                    if c["batch"] == 1:
                        first_date = s
                    sc, ec, dcell, stime, e = start_cells(s, days, rng)
                    c["start"] = s
                    c["start_time"] = stime
                    c["end"] = e
                    c["start_cell"], c["end_cell"], c["days_cell"] = sc, ec, dcell
                    if st == "ended":
                        c["status_cell"] = rng.choice(["Đã kết thúc", "Đã kết thúc", "đã kết thúc", "ĐÃ KẾT THÚC", ""])
                        c["deadline"] = None
                        c["deadline_cell"] = ""
                    else:
                        if st == "cancelled":
                            c["status_cell"] = rng.choice(["Đã hủy", "Đã huỷ", "đã hủy", "ĐÃ HỦY"])
                            note = rng.choice(["Hủy do trùng lịch Đại hội", "Hủy, gộp vào lớp của LĐLĐ", "Không đủ học viên, hủy lớp",
                                               "Hủy do thay đổi kế hoạch"])
                        else:
                            c["status_cell"] = rng.choice(["Mở đăng ký", "Mở đăng ký", "", "mở đăng ký", "Mo dang ky"])
                        r2 = rng.random()
                        if r2 < 0.25:
                            c["deadline"] = None
                            c["deadline_cell"] = ""
                        else:
                            back = rng.choice([2, 3, 5, 7, 10])
                            dl = s - dt.timedelta(days=back)
                            if dl < dt.date(2026, 11, 23) and s > dt.date(2026, 11, 23):
                                dl = dt.date(2026, 11, 23) if rng.random() < 0.5 else dt.date(2026, 11, 20)
                            if c["mode"] == "on" and rng.random() < 0.3:
                                dl = s
                            c["deadline"] = dl
                            c["deadline_cell"] = rng.choice([fmt(dl), fmt(dl) + " 17:00", fmt(dl, False)]) if dl != dt.date(2026, 11, 23) else fmt(dl) + " 17:00"
                            c["deadline_time"] = (17, 0) if "17:00" in c["deadline_cell"] else (23, 59)
                c["status"] = st
                c["note"] = note or rng.choice(["", "", "", "Mang theo CCCD.", "Học viên tự túc phương tiện.",
                                                 "Đăng ký qua CĐ cấp trên trực tiếp.", "Có cấp giấy chứng nhận.",
                                                 "Hỗ trợ tiền ăn trưa.", "Liên hệ Ban Tổ chức để nhận tài liệu."])
                c["coop"] = rng.choice(COOPS)
                c["seats_cell"] = seats_cell(rng)
                c["remind_cell"] = rng.choice(["", "", "", "", "3 ngày; 2 giờ", "không", "1 ngày lúc 07:00", "7 ngày; 1 ngày"])
                pc = PROV_CELL.get(c["prov"], [c["prov"]])
                c["prov_cell"] = rng.choice(pc)
                c["mode_cell"] = {"tt": rng.choice(["Tập trung (trực tiếp)", "Tập trung", "Trực tiếp", ""]),
                                  "on": rng.choice(["Trực tuyến", "trực tuyến", "Trực tuyến"]),
                                  "kh": rng.choice(["Kết hợp (trực tiếp và trực tuyến)", "Trực tiếp + trực tuyến"])}[c["mode"]]
                c["aud_cell"] = aud_cell(auds, rng)
                yr = c["start"].year if c["start"] else c["approx"][1]
                code = f"{prefix}-{yr}-{seq:02d}"
                if rng.random() < 0.15:
                    code = f"{prefix}.{topic}.{str(yr)[2:]}{seq:02d}"
                assert code not in used_codes, code
                used_codes.add(code)
                c["code"] = code
                courses.append(c)
                i += 1
    return courses


def aud_cell(auds, rng):
    if auds == ["ct", "pct"] and rng.random() < 0.5:
        return rng.choice(["Chủ tịch và P.Chủ tịch CĐCS", "Chủ tịch, phó chủ tịch CĐCS"])
    parts = [rng.choice(AUD[a]) for a in auds]
    sep = rng.choice(["; ", "; ", " + ", " và "])
    if any("," in p for p in parts):
        sep = "; "
    return sep.join(parts)


def is_upcoming(c):
    if c["status"] in ("cancelled", "ended"):
        return False
    if c["kind"] == "approx":
        return c["pend"] >= NOW.date()
    h, m = c.get("start_time", (8, 0))
    return dt.datetime(c["start"].year, c["start"].month, c["start"].day, h, m) > NOW


def is_open(c):
    if not is_upcoming(c) or c["kind"] != "date" or c["status"] != "open":
        return False
    if c.get("deadline") is None:
        return True
    h, m = c.get("deadline_time", (23, 59))
    d = c["deadline"]
    return dt.datetime(d.year, d.month, d.day, h, m) >= NOW
