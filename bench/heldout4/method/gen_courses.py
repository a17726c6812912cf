# -*- coding: utf-8 -*-
"""Builds courses.csv + courses_meta.json (internal structured view used by the validator/question filters)."""
import csv, json, random, datetime as dt
random.seed(20261123)
D = dt.date
TODAY = D(2026, 11, 23)

# ---------------- provinces ----------------
P = [
 # name, code style fn, main org, hall, wards[(org, place)], kcn org, kcn place, companies[(org, place)], sector[(org,place)]
 dict(name="Hồ Chí Minh", csv="TP HCM", code=lambda n,y,t: f"HCM-{y%100}-{t}-{n:02d}",
      org="LĐLĐ TP Hồ Chí Minh", hall="Cung Văn hóa Lao động TP, 55B Nguyễn Thị Minh Khai (Q.1 cũ)",
      wards=[("CĐ phường Dĩ An", "Hội trường UBND phường Dĩ An (TP Dĩ An cũ - Bình Dương)"),
             ("Công đoàn phường Vũng Tàu", "Nhà văn hóa LĐ phường Vũng Tàu (TP Vũng Tàu cũ)"),
             ("CĐ phường Thủ Dầu Một", "Hội trường phường Thủ Dầu Một (TP.TDM cũ)"),
             ("CĐ xã Củ Chi", "UBND xã Củ Chi (huyện Củ Chi cũ)")],
      kcn=("CĐ các KCX và CN TP.HCM", "Hội trường CĐ các KCX-KCN, 35 Nguyễn Văn Cừ (Q.5 cũ)"),
      comp=[("CĐCS Cty TNHH PouYuen Việt Nam", "Nhà ăn số 3 Cty PouYuen (Q.Bình Tân cũ)"),
            ("CĐ Tổng Cty Tân Cảng Sài Gòn", "Hội trường Tân Cảng (Q.Bình Thạnh cũ)")],
      sect=[("Trung tâm Đào tạo, bồi dưỡng cán bộ CĐ TP.HCM", "Trung tâm ĐT-BD CBCĐ, 14 Cách Mạng Tháng Tám (Q.1 cũ)")]),
 dict(name="Đồng Nai", csv="Đồng Nai", code=lambda n,y,t: f"DNAI.{y}.{n:03d}",
      org="LĐLĐ tỉnh Đồng Nai", hall="Hội trường LĐLĐ tỉnh, phường Trấn Biên (TP Biên Hòa cũ)",
      wards=[("CĐ phường Long Khánh", "Hội trường phường Long Khánh (TP Long Khánh cũ)"),
             ("CĐ phường Bình Phước", "Nhà văn hóa phường Bình Phước (TP Đồng Xoài cũ, Bình Phước)"),
             ("Công đoàn xã Trảng Bom", "UBND xã Trảng Bom (huyện Trảng Bom cũ)")],
      kcn=("CĐ các KCN Đồng Nai", "Trụ sở CĐ các KCN, KCN Biên Hòa 2"),
      comp=[("CĐ Tổng Cty Cao su Đồng Nai", "Hội trường TCT Cao su ĐN (Long Khánh)"),
            ("CĐCS Cty TNHH Changshin Việt Nam", "Hội trường Cty Changshin, KCN Thạnh Phú (Vĩnh Cửu cũ)")],
      sect=[("CĐ ngành Giáo dục tỉnh Đồng Nai", "Trường THPT chuyên Lương Thế Vinh, Biên Hòa")]),
 dict(name="Tây Ninh", csv="Tây Ninh", code=lambda n,y,t: f"TN_KH{y%100}_{n:02d}",
      org="Liên đoàn Lao động tỉnh Tây Ninh", hall="Hội trường LĐLĐ tỉnh (cơ sở Tân An, Long An cũ)",
      wards=[("CĐ phường Tân Ninh", "UBND phường Tân Ninh (TP Tây Ninh cũ)"),
             ("CĐ xã Đức Hòa", "Hội trường xã Đức Hòa (huyện Đức Hòa cũ - Long An)")],
      kcn=("CĐ các KCN tỉnh Tây Ninh", "Văn phòng CĐ các KCN, KCN Phước Đông (Gò Dầu cũ)"),
      comp=[("CĐCS Cty TNHH Hansae Tây Ninh", "Nhà ăn Cty Hansae, KCN Phước Đông")],
      sect=[]),
 dict(name="Cần Thơ", csv="Cần Thơ", code=lambda n,y,t: f"LDLDCT-{y}-{n:02d}",
      org="LĐLĐ TP Cần Thơ", hall="Hội trường LĐLĐ TP, phường Ninh Kiều (Q.Ninh Kiều cũ)",
      wards=[("CĐ phường Sóc Trăng", "Hội trường phường Sóc Trăng (TP Sóc Trăng cũ)"),
             ("CĐ phường Vị Thanh", "UBND phường Vị Thanh (TP Vị Thanh cũ - Hậu Giang)"),
             ("Công đoàn phường Cái Răng", "Nhà văn hóa phường Cái Răng")],
      kcn=("CĐ các KCX và CN Cần Thơ", "Văn phòng CĐ KCX-CN, KCN Trà Nóc (Q.Bình Thủy cũ)"),
      comp=[("CĐCS Cty CP Thủy sản Sóc Trăng", "Hội trường Cty Stapimex (Sóc Trăng)")],
      sect=[("CĐ ngành Y tế TP Cần Thơ", "Bệnh viện Đa khoa TP Cần Thơ")]),
 dict(name="Vĩnh Long", csv="Vĩnh Long", code=lambda n,y,t: f"VL{y%100}-{n:02d}",
      org="LĐLĐ tỉnh Vĩnh Long", hall="Hội trường LĐLĐ tỉnh, phường Thanh Đức (TP Vĩnh Long cũ)",
      wards=[("CĐ phường An Hội", "Nhà văn hóa phường An Hội (TP Bến Tre cũ)"),
             ("CĐ phường Trà Vinh", "Hội trường phường Trà Vinh (TP Trà Vinh cũ)")],
      kcn=("CĐ các KCN tỉnh Vĩnh Long", "KCN Giao Long (Châu Thành cũ - Bến Tre)"),
      comp=[], sect=[]),
 dict(name="Đồng Tháp", csv="Đồng Tháp", code=lambda n,y,t: f"DT-TH-{y}-{n:02d}",
      org="LĐLĐ tỉnh Đồng Tháp", hall="Hội trường LĐLĐ tỉnh (cơ sở Mỹ Tho, Tiền Giang cũ)",
      wards=[("CĐ phường Cao Lãnh", "Hội trường phường Cao Lãnh (TP Cao Lãnh cũ)"),
             ("Công đoàn phường Mỹ Tho", "Nhà văn hóa phường Mỹ Tho (TP Mỹ Tho cũ)")],
      kcn=("CĐ các KCN Đồng Tháp", "KCN Tân Hương (Châu Thành cũ - Tiền Giang)"),
      comp=[], sect=[]),
 dict(name="An Giang", csv="An Giang", code=lambda n,y,t: f"AG.LTH.{y%100}.{n:02d}",
      org="LĐLĐ tỉnh An Giang", hall="Hội trường LĐLĐ tỉnh, phường Long Xuyên",
      wards=[("CĐ phường Rạch Giá", "Hội trường phường Rạch Giá (TP Rạch Giá cũ - Kiên Giang)"),
             ("CĐ phường Châu Đốc", "UBND phường Châu Đốc"),
             ("CĐ đặc khu Phú Quốc", "Hội trường đặc khu Phú Quốc (huyện Phú Quốc cũ)")],
      kcn=None, comp=[], sect=[("CĐ ngành Giáo dục tỉnh An Giang", "Trường Chính trị Tôn Đức Thắng, Long Xuyên")]),
 dict(name="Cà Mau", csv="Cà Mau", code=lambda n,y,t: f"CM{y}_{n:02d}",
      org="LĐLĐ tỉnh Cà Mau", hall="Hội trường LĐLĐ tỉnh, phường Tân Thành (TP Cà Mau cũ)",
      wards=[("CĐ phường Bạc Liêu", "Hội trường phường Bạc Liêu (TP Bạc Liêu cũ)")],
      kcn=None, comp=[("CĐCS Cty CP Tập đoàn Thủy sản Minh Phú", "Hội trường Cty Minh Phú, KCN Khánh An")], sect=[]),
 dict(name="Khánh Hòa", csv="Khánh Hoà", code=lambda n,y,t: f"KHH-{y%100}-{n:02d}",
      org="LĐLĐ tỉnh Khánh Hòa", hall="Hội trường LĐLĐ tỉnh, phường Nha Trang",
      wards=[("CĐ phường Phan Rang", "Nhà văn hóa LĐ phường Phan Rang (TP Phan Rang-Tháp Chàm cũ)"),
             ("CĐ phường Cam Ranh", "UBND phường Cam Ranh")],
      kcn=("CĐ KKT Vân Phong", "Văn phòng CĐ KKT Vân Phong (Ninh Hòa cũ)"), comp=[], sect=[]),
 dict(name="Lâm Đồng", csv="Lâm Đồng", code=lambda n,y,t: f"LDG-{y}-TH{n:02d}",
      org="LĐLĐ tỉnh Lâm Đồng", hall="Hội trường LĐLĐ tỉnh, phường Xuân Hương - Đà Lạt",
      wards=[("CĐ phường Phan Thiết", "Hội trường phường Phan Thiết (TP Phan Thiết cũ - Bình Thuận)"),
             ("CĐ phường Bắc Gia Nghĩa", "Nhà văn hóa phường Bắc Gia Nghĩa (Gia Nghĩa cũ - Đắk Nông)"),
             ("CĐ phường B'Lao", "UBND phường B'Lao (TP Bảo Lộc cũ)")],
      kcn=None, comp=[], sect=[("CĐ ngành Y tế tỉnh Lâm Đồng", "Sở Y tế Lâm Đồng, Đà Lạt")]),
 dict(name="Đắk Lắk", csv="Đắk Lắk", code=lambda n,y,t: f"DLK.{y%100}.{n:02d}",
      org="LĐLĐ tỉnh Đắk Lắk", hall="Hội trường LĐLĐ tỉnh, phường Buôn Ma Thuột",
      wards=[("CĐ phường Tuy Hòa", "Hội trường phường Tuy Hòa (TP Tuy Hòa cũ - Phú Yên)"),
             ("CĐ xã Ea Kar", "UBND xã Ea Kar (huyện Ea Kar cũ)")],
      kcn=None, comp=[("CĐ Cty TNHH MTV Cà phê Phước An", "Hội trường Cty, xã Krông Pắc")],
      sect=[("CĐ ngành Giáo dục tỉnh Đắk Lắk", "Trường CĐ Sư phạm Đắk Lắk")]),
 dict(name="Gia Lai", csv="Gia Lai", code=lambda n,y,t: f"GL-{y%100}-{n:02d}",
      org="LĐLĐ tỉnh Gia Lai", hall="Hội trường LĐLĐ tỉnh (cơ sở Quy Nhơn, Bình Định cũ)",
      wards=[("CĐ phường Pleiku", "Hội trường phường Pleiku (TP Pleiku cũ)"),
             ("CĐ phường An Nhơn", "UBND phường An Nhơn (TX An Nhơn cũ)")],
      kcn=("CĐ KKT tỉnh Gia Lai", "Văn phòng CĐ KKT Nhơn Hội (Quy Nhơn)"), comp=[], sect=[]),
 dict(name="Quảng Ngãi", csv="Quảng Ngãi", code=lambda n,y,t: f"QNG{y}-{n:02d}",
      org="LĐLĐ tỉnh Quảng Ngãi", hall="Hội trường LĐLĐ tỉnh, phường Cẩm Thành",
      wards=[("CĐ phường Kon Tum", "Hội trường phường Kon Tum (TP Kon Tum cũ)")],
      kcn=("CĐ KKT Dung Quất và các KCN Quảng Ngãi", "Văn phòng CĐ KKT Dung Quất (Bình Sơn cũ)"),
      comp=[("CĐ Cty CP Lọc hóa dầu Bình Sơn", "Nhà máy lọc dầu Dung Quất")], sect=[]),
 dict(name="Đà Nẵng", csv="Đà Nẵng", code=lambda n,y,t: f"DNG-TH-{y%100}-{n:02d}",
      org="LĐLĐ TP Đà Nẵng", hall="Hội trường LĐLĐ TP, phường Hải Châu",
      wards=[("CĐ phường Hội An", "Nhà văn hóa phường Hội An (TP Hội An cũ - Quảng Nam)"),
             ("CĐ phường Tam Kỳ", "Hội trường phường Tam Kỳ (TP Tam Kỳ cũ)")],
      kcn=("CĐ các KCN và chế xuất Đà Nẵng", "Văn phòng CĐ KCN Hòa Khánh (Liên Chiểu cũ)"),
      comp=[], sect=[]),
 dict(name="Huế", csv="Huế", code=lambda n,y,t: f"HUE_{y}_{n:02d}",
      org="LĐLĐ thành phố Huế", hall="Hội trường LĐLĐ TP Huế, 24 Nguyễn Huệ",
      wards=[("CĐ phường Hương Thủy", "UBND phường Hương Thủy (TX Hương Thủy cũ)")],
      kcn=None, comp=[], sect=[("CĐ ngành Y tế TP Huế", "Bệnh viện Trung ương Huế")]),
 dict(name="Nghệ An", csv="Nghệ An", code=lambda n,y,t: f"NA.TH.{y}.{n:02d}",
      org="LĐLĐ tỉnh Nghệ An", hall="Hội trường LĐLĐ tỉnh, phường Vinh Phú (TP Vinh cũ)",
      wards=[("CĐ phường Hoàng Mai", "Hội trường phường Hoàng Mai (TX Hoàng Mai cũ)")],
      kcn=("CĐ KKT Đông Nam Nghệ An", "Văn phòng CĐ KKT, KCN Bắc Vinh"), comp=[], sect=[]),
 dict(name="Hà Nội", csv="Hà Nội", code=lambda n,y,t: f"HN-{y}-{n:03d}",
      org="LĐLĐ thành phố Hà Nội", hall="Cung Văn hóa Lao động Hữu nghị Việt Xô, 91 Trần Hưng Đạo",
      wards=[("CĐ phường Long Biên", "Nhà văn hóa phường Long Biên (Q.Long Biên cũ)"),
             ("CĐ xã Mê Linh", "UBND xã Mê Linh (huyện Mê Linh cũ)")],
      kcn=("CĐ các KCN và chế xuất Hà Nội", "Văn phòng CĐ KCN Thăng Long (Đông Anh cũ)"),
      comp=[], sect=[("Trường Trung cấp Công đoàn Hà Nội", "Trường Trung cấp CĐ HN, Q.Thanh Xuân cũ")]),
 dict(name="Hải Phòng", csv="Hải Phòng", code=lambda n,y,t: f"HP{y%100}-{n:02d}",
      org="LĐLĐ TP Hải Phòng", hall="Hội trường LĐLĐ TP, phường Hồng Bàng",
      wards=[("CĐ phường Hải Dương", "Hội trường phường Hải Dương (TP Hải Dương cũ)")],
      kcn=("CĐ các KCN Hải Phòng", "KCN Đình Vũ"), comp=[], sect=[]),
 dict(name="Bắc Ninh", csv="Bắc Ninh", code=lambda n,y,t: f"BN-{y%100}-{n:02d}",
      org="LĐLĐ tỉnh Bắc Ninh", hall="Hội trường LĐLĐ tỉnh (cơ sở Bắc Giang cũ)",
      wards=[("CĐ phường Kinh Bắc", "UBND phường Kinh Bắc")],
      kcn=("CĐ các KCN Bắc Ninh", "Văn phòng CĐ KCN Quế Võ"), comp=[], sect=[]),
]

TOPIC = {
 "nv": "Nghiệp vụ công tác công đoàn", "tl": "Đối thoại, thương lượng tập thể", "at": "An toàn, vệ sinh lao động",
 "pl": "Pháp luật lao động, tư vấn pháp luật", "tc": "Giải quyết tranh chấp lao động",
 "nc": "Công tác nữ công, bình đẳng giới", "tch": "Tài chính công đoàn", "kt": "Công tác kiểm tra công đoàn",
 "tg": "Tuyên truyền, tuyên giáo", "pt": "Phát triển đoàn viên, thành lập CĐCS", "cds": "Tin học, chuyển đổi số",
 "gv": "Kỹ năng giảng dạy cho giảng viên", "vt": "Văn thư, lưu trữ", "ll": "Quản lý nhà nước, lý luận chính trị"}
TOPIC_OWN = {"nv": ["Nghiệp vụ CĐ", "nghiệp vụ công tác công đoàn", "Nghiệp vụ công tác CĐ"],
 "tl": ["Thương lượng tập thể", "Đối thoại, TLTT", "đối thoại - thương lượng"],
 "at": ["ATVSLĐ", "An toàn vệ sinh lao động", "AT-VSLĐ"], "pl": ["Pháp luật LĐ", "Tư vấn pháp luật", "pháp luật lao động"],
 "tc": ["Tranh chấp lao động", "Giải quyết TCLĐ"], "nc": ["Nữ công", "Công tác nữ công", "Bình đẳng giới"],
 "tch": ["Tài chính CĐ", "Tài chính công đoàn", "Kế toán CĐCS"], "kt": ["Kiểm tra CĐ", "UBKT", "Công tác kiểm tra"],
 "tg": ["Tuyên giáo", "Tuyên truyền"], "pt": ["Phát triển đoàn viên", "PTĐV, thành lập CĐCS"],
 "cds": ["Chuyển đổi số", "Tin học", "CĐS"], "gv": ["Giảng viên kiêm chức"], "vt": ["Văn thư lưu trữ"],
 "ll": ["Lý luận chính trị", "QLNN"]}

AUD = {"ct": "Chủ tịch CĐCS", "pct": "Phó chủ tịch CĐCS", "bch": "Ủy viên BCH công đoàn",
       "chuyentrach": "Cán bộ công đoàn chuyên trách", "kct": "Cán bộ công đoàn không chuyên trách",
       "gv": "Giảng viên kiêm chức", "ctr": "Cán bộ công đoàn cấp trên cơ sở", "ubkt": "Ủy viên ủy ban kiểm tra",
       "dv": "Đoàn viên, người lao động", "ktoan": "Kế toán, thủ quỹ CĐCS", "ncb": "Cán bộ nữ công"}
AUD_TXT = {("ct", "pct"): ["Chủ tịch, Phó Chủ tịch CĐCS", "CT, PCT CĐCS", "Chủ tịch và P.Chủ tịch công đoàn cơ sở"],
           ("ct",): ["Chủ tịch CĐCS", "chủ tịch công đoàn cơ sở", "CT CĐCS"],
           ("bch",): ["UV BCH CĐCS", "Ủy viên BCH công đoàn cơ sở", "Ủy viên Ban chấp hành CĐCS"],
           ("bch", "ct"): ["Chủ tịch, UV BCH CĐCS", "CT và UV BCH CĐCS"],
           ("ctr",): ["Cán bộ CĐ cấp trên cơ sở", "CB CĐ cấp trên trực tiếp cơ sở"],
           ("ubkt",): ["UV UBKT CĐCS", "Ủy viên UBKT công đoàn cơ sở"],
           ("ktoan", "ct"): ["Chủ tịch, kế toán, thủ quỹ CĐCS", "CT CĐCS + kế toán CĐCS"],
           ("ktoan",): ["Kế toán, thủ quỹ CĐCS", "kế toán công đoàn cơ sở"],
           ("ncb",): ["Cán bộ nữ công CĐCS", "Trưởng, phó ban nữ công CĐCS", "cán bộ nữ công"],
           ("dv",): ["Đoàn viên, NLĐ", "Đoàn viên, người lao động", "CNLĐ trong doanh nghiệp"],
           ("dv", "bch"): ["UV BCH CĐCS, đoàn viên", "BCH CĐCS và đoàn viên nòng cốt"],
           ("chuyentrach",): ["Cán bộ CĐ chuyên trách", "CBCĐ chuyên trách"],
           ("kct",): ["Cán bộ CĐ không chuyên trách", "CBCĐ kiêm nhiệm (không chuyên trách)"],
           ("gv",): ["Giảng viên kiêm chức", "đội ngũ giảng viên kiêm chức CĐ"]}

TITLES = {
 "nv": ["Tập huấn nghiệp vụ công tác công đoàn cho Chủ tịch, Phó Chủ tịch CĐCS",
        "Bồi dưỡng nghiệp vụ CĐ cho cán bộ CĐCS", "Lớp bồi dưỡng kỹ năng hoạt động công đoàn cơ sở",
        "TẬP HUẤN NGHIỆP VỤ CÔNG TÁC CÔNG ĐOÀN", "Bồi dưỡng kiến thức, kỹ năng cho cán bộ CĐCS mới bầu"],
 "tl": ["Tập huấn kỹ năng đối thoại, thương lượng tập thể", "Kỹ năng thương lượng và ký kết TƯLĐTT",
        "Bồi dưỡng kỹ năng đối thoại tại nơi làm việc", "Tập huấn thương lượng tập thể về tiền lương"],
 "at": ["Huấn luyện an toàn, vệ sinh lao động", "Tập huấn ATVSLĐ cho mạng lưới an toàn vệ sinh viên",
        "Huấn luyện ATVSLĐ nhóm 4", "Tập huấn công tác an toàn vệ sinh lao động, phòng chống cháy nổ"],
 "pl": ["Tập huấn pháp luật lao động và tư vấn pháp luật", "Phổ biến Bộ luật Lao động, Luật Công đoàn 2024",
        "Tập huấn kỹ năng tư vấn pháp luật cho CĐCS", "Tuyên truyền pháp luật lao động cho đoàn viên"],
 "tc": ["Tập huấn giải quyết tranh chấp lao động, đình công", "Kỹ năng tham gia giải quyết tranh chấp LĐ tập thể",
        "Bồi dưỡng kỹ năng đại diện NLĐ tại tòa án"],
 "nc": ["Tập huấn công tác nữ công, bình đẳng giới", "Bồi dưỡng nghiệp vụ nữ công CĐCS",
        "Tập huấn kỹ năng hoạt động của Ban nữ công quần chúng", "Tập huấn phòng chống quấy rối tình dục tại nơi làm việc"],
 "tch": ["Tập huấn nghiệp vụ tài chính công đoàn", "Bồi dưỡng công tác kế toán, tài chính CĐCS",
        "Tập huấn quản lý thu, chi tài chính CĐCS", "Tập huấn phần mềm kế toán công đoàn"],
 "kt": ["Tập huấn nghiệp vụ công tác kiểm tra công đoàn", "Bồi dưỡng nghiệp vụ UBKT CĐCS",
        "Tập huấn kiểm tra, giám sát tài chính CĐCS"],
 "tg": ["Tập huấn công tác tuyên giáo công đoàn", "Bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội",
        "Tập huấn báo cáo viên, tuyên truyền viên CĐ"],
 "pt": ["Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS", "Kỹ năng tuyên truyền vận động phát triển đoàn viên",
        "Bồi dưỡng kỹ năng vận động NLĐ khu vực ngoài nhà nước"],
 "cds": ["Tập huấn chuyển đổi số trong hoạt động công đoàn", "Hướng dẫn sử dụng phần mềm quản lý đoàn viên",
         "Tập huấn ứng dụng CNTT, thẻ đoàn viên điện tử", "Kỹ năng sử dụng AI và công cụ số cho cán bộ CĐ"],
 "gv": ["Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", "Tập huấn phương pháp giảng dạy tích cực"],
 "vt": ["Tập huấn công tác văn thư, lưu trữ công đoàn", "Bồi dưỡng nghiệp vụ văn thư, lưu trữ hồ sơ CĐCS"],
 "ll": ["Bồi dưỡng lý luận chính trị, nghiệp vụ công đoàn", "Bồi dưỡng kiến thức quản lý nhà nước cho cán bộ CĐ chuyên trách"],
}
PARTNERS = ["", "", "", "Sở Nội vụ", "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Trường ĐH Công đoàn", "Trung tâm tư vấn pháp luật CĐ",
            "Thanh tra tỉnh", "Viettel", "Tòa án nhân dân tỉnh", "Hội LHPN tỉnh"]
NOTES = ["", "", "", "Mang theo CCCD.", "Học viên tự túc phương tiện.", "Đăng ký qua CĐ cấp trên trực tiếp.",
         "Ưu tiên CĐCS mới thành lập.", "Có cấp giấy chứng nhận.", "Hỗ trợ tiền ăn trưa.", "Mặc đồng phục CĐ.",
         "Đăng ký theo danh sách phân bổ.", "Nhớ mang laptop/điện thoại."]

def wd(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d

rows = []
def month_pool():
    # mostly 12/2026 .. 12/2027
    return [(2026, 12)] * 3 + [(2027, m) for m in range(1, 13)]

def add(p, n, topic, aud, org, place, mode="Tập trung (trực tiếp)", ym=None, status=None, batch=None,
        planned=None, past=False, title=None, otype="tinh", days=None):
    if ym is None:
        ym = random.choice(month_pool())
    y, m = ym
    if past:
        y, m = random.choice([(2026, 9), (2026, 10), (2026, 11)])
    day = random.randint(2, 26)
    if past and m == 11:
        day = random.randint(2, 13)
    start = wd(D(y, m, day))
    if days is None:
        days = random.choice([1, 1, 2, 2, 2, 3])
    end = start
    k = 1
    while k < days:
        end = wd(end + dt.timedelta(days=1)); k += 1
    dl = start - dt.timedelta(days=random.choice([3, 5, 7, 7, 10, 14]))
    if title is None:
        title = random.choice(TITLES[topic][1:] if topic == "nv" else TITLES[topic])
    if batch:
        title = f"{title} (đợt {batch})" if random.random() < .6 else f"{title} - Đợt {batch}"
    seats = random.choice([30, 40, 50, 60, 70, 80, 100, 120, 150, 200])
    st = status or ("Đã kết thúc" if past else "Mở đăng ký")
    if planned:
        st = "Dự kiến"
        pm = planned[1] if planned[0] == "thang" else (planned[1]-1)*3+1
        start = D(planned[2], pm, 1); end = start; dl = None
    code = p["code"](n, start.year if not planned else planned[2], topic.upper()[:3])
    r = dict(code=code, title=title, topic=topic, aud=list(aud), org=org, otype=otype, prov=p["name"],
             prov_csv=p["csv"], place=place, mode=mode, start=start.isoformat(), end=end.isoformat(),
             deadline=dl.isoformat() if dl else None, days=days, seats=seats, status=st, planned=planned,
             partner=random.choice(PARTNERS), note=random.choice(NOTES))
    if mode == "Trực tuyến":
        r["place"] = random.choice(["Trực tuyến qua Zoom", "Online (link gửi qua nhóm Zalo)", "Phần mềm Google Meet", "Trực tuyến - điểm cầu tại CĐCS"])
    rows.append(r)
    return r

for p in P:
    n = 0
    def nx():
        global_n[0] += 1
        return global_n[0]
    global_n = [0]
    org, hall = p["org"], p["hall"]
    mA = random.choice([(2026, 12), (2027, 1), (2027, 2), (2027, 3)])
    mB = (2027, mA[1] + 3 if mA[0] == 2027 else 3)
    add(p, nx(), "nv", ("ct", "pct"), org, hall, ym=mA, batch=1, title=TITLES["nv"][0])
    add(p, nx(), "nv", ("ct", "pct"), org, hall, ym=mB, batch=2, title=TITLES["nv"][0])
    add(p, nx(), "nv", ("bch",), org, hall, title="Bồi dưỡng kiến thức, kỹ năng cho cán bộ CĐCS mới bầu")
    add(p, nx(), "at", random.choice([("bch", "ct"), ("dv",)]), org, hall)
    add(p, nx(), "tl", ("ct", "pct"), org, hall)
    add(p, nx(), "nc", ("ncb",), org, hall)
    add(p, nx(), "tch", random.choice([("ktoan", "ct"), ("ktoan",)]), org, hall)
    add(p, nx(), "kt", ("ubkt",), org, hall)
    add(p, nx(), "cds", ("bch",), org, "", mode="Trực tuyến")
    add(p, nx(), random.choice(["pt", "tg", "pl"]), random.choice([("ctr",), ("bch",)]), org,
        hall, mode=random.choice(["Tập trung (trực tiếp)", "Kết hợp (trực tiếp và trực tuyến)"]))
    for (wo, wp) in p["wards"]:
        add(p, nx(), random.choice(["nv", "pl", "at", "nc"]), random.choice([("ct",), ("bch",), ("dv",)]), wo, wp, otype="xa")
    if p["kcn"]:
        ko, kp = p["kcn"]
        add(p, nx(), "at", ("dv", "bch"), ko, kp, otype="kcn")
        k1 = random.choice([(2026, 12), (2027, 1), (2027, 2), (2027, 3), (2027, 4), (2027, 5)])
        k2 = (2027, random.randint((k1[1] if k1[0] == 2027 else 0) + 2, 11))
        add(p, nx(), "tl", ("ct", "pct"), ko, kp, otype="kcn", batch=1, ym=k1)
        add(p, nx(), "tl", ("ct", "pct"), ko, kp, otype="kcn", batch=2, ym=k2)
        add(p, nx(), "pt", ("bch",), ko, kp, otype="kcn")
    for (co, cp) in p["comp"]:
        add(p, nx(), random.choice(["at", "pl", "nc"]), ("dv",), co, cp, otype="cty")
    for (so, sp) in p["sect"]:
        add(p, nx(), random.choice(["nv", "nc", "tch", "cds"]), random.choice([("ct", "pct"), ("bch",)]), so, sp,
            otype="truong" if "Trường" in so or "Trung tâm" in so else "nganh")
    # finished, cancelled, planned
    add(p, nx(), random.choice(["nv", "at", "nc"]), ("ct", "pct"), org, hall, past=True)
    add(p, nx(), random.choice(["tl", "pl", "tch"]), ("bch",), org, hall, status="Đã hủy")
    q = random.choice([1, 2, 3, 4])
    add(p, nx(), random.choice(["tc", "pt", "vt", "gv", "tg"]), random.choice([("ctr",), ("bch",), ("gv",)]), org, hall,
        planned=("quy", q, 2027))
    mm = random.choice([5, 6, 7, 8, 9, 10])
    add(p, nx(), random.choice(["nc", "at", "pl", "tch"]), ("ct",), org, hall, planned=("thang", mm, 2027))

# national sector unions & schools
NAT = [
 ("CDGD", "Công đoàn Giáo dục Việt Nam", "nganh"), ("CDYT", "CĐ Y tế Việt Nam", "nganh"),
 ("CDCT", "Công đoàn Công Thương Việt Nam", "nganh"), ("DHCD", "Trường Đại học Công đoàn", "truong"),
 ("CDCS-VN", "CĐ Cao su Việt Nam", "nganh")]
natp = dict(name="", csv="", code=None)
nat_specs = [
 ("CDGD", "nv", ("ct", "pct"), "Tập huấn nghiệp vụ cho Chủ tịch CĐ trường học", "Hà Nội", "Trực tuyến"),
 ("CDGD", "nc", ("ncb",), "Tập huấn công tác nữ công ngành Giáo dục khu vực phía Nam", "Hồ Chí Minh", "Tập trung (trực tiếp)"),
 ("CDGD", "tch", ("ktoan",), "Bồi dưỡng tài chính CĐ cho kế toán CĐ trường học", "Đà Nẵng", "Tập trung (trực tiếp)"),
 ("CDGD", "pl", ("ct",), "Tập huấn chế độ, chính sách nhà giáo và pháp luật lao động", "Cần Thơ", "Tập trung (trực tiếp)"),
 ("CDYT", "at", ("bch",), "Tập huấn ATVSLĐ trong cơ sở y tế", "Huế", "Tập trung (trực tiếp)"),
 ("CDYT", "tl", ("ct", "pct"), "Kỹ năng đối thoại tại nơi làm việc cho CĐ bệnh viện", "Hồ Chí Minh", "Tập trung (trực tiếp)"),
 ("CDYT", "cds", ("bch",), "Chuyển đổi số trong hoạt động CĐ ngành Y tế", "Hà Nội", "Trực tuyến"),
 ("CDCT", "tl", ("ct", "pct"), "Tập huấn thương lượng tập thể ngành Công Thương", "Đồng Nai", "Tập trung (trực tiếp)"),
 ("CDCT", "at", ("dv",), "Huấn luyện ATVSLĐ ngành hóa chất, dầu khí", "Quảng Ngãi", "Tập trung (trực tiếp)"),
 ("CDCT", "nv", ("ct",), "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS doanh nghiệp ngành Công Thương", "Hà Nội", "Kết hợp (trực tiếp và trực tuyến)"),
 ("DHCD", "ll", ("chuyentrach",), "Bồi dưỡng lý luận và nghiệp vụ công tác CĐ cho cán bộ chuyên trách", "Hà Nội", "Tập trung (trực tiếp)"),
 ("DHCD", "gv", ("gv",), "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức khu vực miền Trung - Tây Nguyên", "Đắk Lắk", "Tập trung (trực tiếp)"),
 ("DHCD", "gv", ("gv",), "Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức khu vực phía Nam", "Cần Thơ", "Tập trung (trực tiếp)"),
 ("DHCD", "tc", ("ctr",), "Kỹ năng giải quyết tranh chấp lao động cho cán bộ CĐ cấp trên cơ sở", "Hà Nội", "Trực tuyến"),
 ("DHCD", "vt", ("kct",), "Nghiệp vụ văn thư, lưu trữ cho cán bộ CĐ không chuyên trách", "Hà Nội", "Trực tuyến"),
 ("CDCS-VN", "at", ("dv", "bch"), "Huấn luyện ATVSLĐ cho công nhân khai thác mủ cao su", "Gia Lai", "Tập trung (trực tiếp)"),
 ("CDCS-VN", "pt", ("bch",), "Tập huấn phát triển đoàn viên trong các công ty cao su", "Đắk Lắk", "Tập trung (trực tiếp)"),
]
NATPLACE = {"Hà Nội": "Trường ĐH Công đoàn, 169 Tây Sơn, Đống Đa (cũ)", "Hồ Chí Minh": "Trường ĐH Tôn Đức Thắng, phường Tân Hưng (Q.7 cũ)",
            "Đà Nẵng": "Khách sạn Công đoàn Đà Nẵng, phường Sơn Trà", "Cần Thơ": "Trường Chính trị TP Cần Thơ",
            "Huế": "Bệnh viện Trung ương Huế", "Đồng Nai": "Khách sạn Công đoàn Đồng Nai, Biên Hòa",
            "Quảng Ngãi": "Nhà máy lọc dầu Dung Quất", "Đắk Lắk": "Trường Chính trị tỉnh Đắk Lắk, Buôn Ma Thuột",
            "Gia Lai": "Cty TNHH MTV Cao su Chư Păh, xã Chư Păh"}
PCSV = {p["name"]: p["csv"] for p in P}
cnt = {}
for (pre, topic, aud, title, prov, mode) in nat_specs:
    cnt[pre] = cnt.get(pre, 0) + 1
    org = dict((a, b) for a, b, c in NAT)[pre]
    ot = dict((a, c) for a, b, c in NAT)[pre]
    p = dict(name=prov, csv=PCSV[prov], code=lambda n, y, t, pre=pre: f"{pre}-{y%100}-{n:02d}")
    add(p, cnt[pre], topic, aud, org, NATPLACE[prov], mode=mode, title=title, otype=ot)

# ---------- render CSV ----------
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
def dmy(d, pad=True):
    d = D.fromisoformat(d)
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}"
out = []
for r in rows:
    s = D.fromisoformat(r["start"]); e = D.fromisoformat(r["end"])
    endc = dlc = daysc = ""
    if r["planned"]:
        k, v, y = r["planned"]
        startc = random.choice([f"Tháng {v}/{y}", f"T{v}/{y}", f"tháng {v} năm {y}"]) if k == "thang" else \
                 random.choice([f"Quý {ROMAN[v]}/{y}", f"Q{v}/{y}", f"quý {ROMAN[v]} năm {y}"])
    else:
        f = random.random()
        if r["days"] > 1 and s.month == e.month and f < .3:
            startc = f"{s.day}-{e.day}/{s.month}/{s.year}"
        elif r["days"] > 1 and f < .4:
            startc = f"{s.day:02d}/{s.month:02d} - {e.day:02d}/{e.month:02d}/{e.year}"
        elif f < .55:
            startc = f"08h00 ngày {s.day}/{s.month}/{s.year}"; endc = dmy(r["end"], False)
        elif f < .65:
            startc = s.isoformat(); endc = e.isoformat()
        elif f < .8:
            startc = dmy(r["start"]) + " 07:30"; endc = dmy(r["end"]) + " 16:30"
        else:
            startc = dmy(r["start"]); 
            if random.random() < .5: endc = dmy(r["end"])
            else: daysc = random.choice([f"{r['days']}", f"{r['days']} ngày", f"0{r['days']} ngày"])
        if random.random() < .9:
            dlc = random.choice([dmy(r["deadline"]), dmy(r["deadline"], False)])
        else:
            r["deadline"] = None
    seats = r["seats"]
    seatc = random.choice([f"{seats}", f"{seats}", f"{seats} người", f"khoảng {seats} học viên", f"{seats} HV"])
    t = r["topic"]
    topicc = random.choice([TOPIC[t], TOPIC[t]] + TOPIC_OWN[t])
    audc = random.choice(AUD_TXT[tuple(r["aud"])])
    modec = {"Tập trung (trực tiếp)": random.choice(["Tập trung (trực tiếp)", "Tập trung", "", "tập trung"]),
             "Trực tuyến": random.choice(["Trực tuyến", "trực tuyến", "Trực tuyến"]),
             "Kết hợp (trực tiếp và trực tuyến)": random.choice(["Kết hợp (trực tiếp và trực tuyến)", "Kết hợp"])}[r["mode"]]
    stc = r["status"]
    if stc == "Mở đăng ký" and random.random() < .4: stc = ""
    provc = r["prov_csv"]
    if r["prov"] == "Hồ Chí Minh": provc = random.choice(["TP HCM", "TP.HCM", "Hồ Chí Minh", "Thành phố Hồ Chí Minh"])
    r["aud_text"] = audc; r["topic_text"] = topicc; r["start_text"] = startc
    out.append([r["code"], r["title"], topicc, audc, r["org"], r["partner"], provc, r["place"], modec, startc, endc, dlc,
                daysc, seatc, stc, r["note"]])
hdr = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Đơn vị phối hợp", "Tỉnh/Thành phố", "Địa điểm",
       "Hình thức", "Ngày bắt đầu", "Ngày kết thúc", "Hạn đăng ký", "Số ngày", "Số chỗ", "Trạng thái", "Ghi chú"]
with open("/work/blind4/out/courses.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(hdr); w.writerows(out)

# checks
codes = [r["code"] for r in rows]
assert len(codes) == len(set(codes)), [c for c in codes if codes.count(c) > 1]
json.dump(rows, open("/work/blind4/out/courses_meta.json", "w"), ensure_ascii=False, indent=0)
print(len(rows))
