# -*- coding: utf-8 -*-
"""Course/target data for the blind evaluation set. Deterministic (seeded)."""
import random, datetime as dt, unicodedata, re

TODAY = dt.datetime(2026, 11, 23, 9, 0)
rnd = random.Random(20261123)

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')

# key, current name, code style, organiser, hq venue, hq word, venues [(venue, word, former)], formers, kcn (union, venue, word) or None, ward union (name, venue, word) or None
PROV = [
 ("LS","Lạng Sơn","{p}-{yy}-{t}{n:02d}","LĐLĐ tỉnh Lạng Sơn","Hội trường LĐLĐ tỉnh Lạng Sơn, phường Lương Văn Tri","Lương Văn Tri",
   [("Nhà văn hóa phường Tam Thanh (TP Lạng Sơn cũ)","Tam Thanh",None),("Trung tâm Chính trị xã Chi Lăng (huyện Chi Lăng cũ)","Chi Lăng",None)],[],
   None,("Công đoàn phường Đông Kinh","Hội trường UBND phường Đông Kinh","Đông Kinh")),
 ("HN","Hà Nội","{p}.{yyyy}.{t}.{n:02d}","LĐLĐ TP. Hà Nội","Cung Văn hóa Lao động Hữu nghị Việt Xô, phường Cửa Nam","Việt Xô",
   [("Hội trường UBND xã Mê Linh (huyện Mê Linh cũ)","Mê Linh",None),("Trung tâm Chính trị xã Thường Tín (huyện Thường Tín cũ)","Thường Tín",None)],[],
   ("Công đoàn các KCN và Chế xuất Hà Nội","Nhà văn hóa công nhân KCN Quang Minh, xã Quang Minh (Mê Linh cũ)","Quang Minh"),("Công đoàn xã Mê Linh","Nhà văn hóa xã Mê Linh","Mê Linh")),
 ("QT","Quảng Trị","{p}_{t}_{yyyy}_{n:02d}","Liên đoàn Lao động tỉnh Quảng Trị","Hội trường LĐLĐ tỉnh, phường Đồng Hới (TP Đồng Hới, Quảng Bình cũ)","Đồng Hới",
   [("Khách sạn Mường Thanh, phường Đông Hà (tỉnh Quảng Trị cũ)","Đông Hà","Quảng Trị"),("Nhà văn hóa lao động phường Ba Đồn (tỉnh Quảng Bình cũ)","Ba Đồn","Quảng Bình")],["Quảng Bình"],
   ("Công đoàn các KCN tỉnh Quảng Trị","Văn phòng CĐ các KCN, KCN Tây Bắc Đồng Hới, phường Đồng Sơn","Tây Bắc Đồng Hới"),("Công đoàn phường Đông Hà","Hội trường UBND phường Đông Hà","Đông Hà")),
 ("GL","Gia Lai","{p}.{yy}.{t}.{n:02d}","LĐLĐ tỉnh Gia Lai","Hội trường LĐLĐ tỉnh, phường Quy Nhơn (tỉnh Bình Định cũ)","Quy Nhơn",
   [("Cung Văn hóa Lao động tỉnh, phường Pleiku","Pleiku","Gia Lai"),("Nhà văn hóa công nhân KCN Phú Tài, phường Quy Nhơn Tây","Quy Nhơn Tây","Bình Định")],["Bình Định"],
   ("Công đoàn KKT và các KCN tỉnh Gia Lai","Hội trường Ban quản lý KKT, KCN Phú Tài, phường Quy Nhơn Tây","Phú Tài"),("Công đoàn phường Pleiku","Hội trường UBND phường Pleiku","Pleiku")),
 ("DLK","Đắk Lắk","{p}-{yy}-{n:03d}","LĐLĐ tỉnh Đắk Lắk","Hội trường LĐLĐ tỉnh, phường Buôn Ma Thuột","Buôn Ma Thuột",
   [("Khách sạn Sài Gòn - Phú Yên, phường Tuy Hòa (tỉnh Phú Yên cũ)","Tuy Hòa","Phú Yên"),("Hội trường phường Tân An (TP Buôn Ma Thuột cũ)","Tân An","Đắk Lắk")],["Phú Yên"],
   ("Công đoàn các KCN tỉnh Đắk Lắk","Nhà văn hóa công nhân KCN Hòa Phú, xã Hòa Phú","Hòa Phú"),None),
 ("LC","Lào Cai","{p}{yy}-{t}-{n:02d}","LĐLĐ tỉnh Lào Cai","Hội trường LĐLĐ tỉnh, phường Yên Bái (TP Yên Bái cũ)","Yên Bái",
   [("Nhà văn hóa phường Cam Đường (TP Lào Cai cũ)","Cam Đường","Lào Cai"),("Trung tâm Hội nghị phường Sa Pa","Sa Pa","Lào Cai")],["Yên Bái"],
   None,("Công đoàn phường Lào Cai","Hội trường UBND phường Lào Cai","phường Lào Cai")),
 ("TQ","Tuyên Quang","{p}-{yyyy}-{t}-{n}","LĐLĐ tỉnh Tuyên Quang","Hội trường LĐLĐ tỉnh, phường Minh Xuân","Minh Xuân",
   [("Hội trường phường Hà Giang 1 (TP Hà Giang cũ)","Hà Giang 1","Hà Giang"),("Nhà văn hóa xã Đồng Văn (huyện Đồng Văn, Hà Giang cũ)","Đồng Văn","Hà Giang")],["Hà Giang"],
   None,None),
 ("PT","Phú Thọ","{p}.{yyyy}-{n:02d}","Liên đoàn Lao động tỉnh Phú Thọ","Hội trường LĐLĐ tỉnh, phường Việt Trì","Việt Trì",
   [("Hội trường phường Vĩnh Phúc (TP Vĩnh Yên, tỉnh Vĩnh Phúc cũ)","Vĩnh Yên","Vĩnh Phúc"),("Nhà văn hóa phường Hòa Bình (tỉnh Hòa Bình cũ)","phường Hòa Bình","Hòa Bình")],["Vĩnh Phúc","Hòa Bình"],
   ("Công đoàn các KCN tỉnh Phú Thọ","Nhà văn hóa công nhân KCN Thụy Vân, phường Việt Trì","Thụy Vân"),None),
 ("NB","Ninh Bình","{p}-{t}-{yy}{n:02d}","LĐLĐ tỉnh Ninh Bình","Hội trường LĐLĐ tỉnh, phường Hoa Lư","Hoa Lư",
   [("Nhà văn hóa Lao động phường Nam Định (TP Nam Định cũ)","Nam Định","Nam Định"),("Hội trường phường Phủ Lý (tỉnh Hà Nam cũ)","Phủ Lý","Hà Nam")],["Nam Định","Hà Nam"],
   ("Công đoàn các KCN tỉnh Ninh Bình","Nhà văn hóa công nhân KCN Đồng Văn II, phường Duy Tiên (Hà Nam cũ)","Đồng Văn"),None),
 ("CM","Cà Mau","{p}-{yyyy}-{t}{n:02d}","LĐLĐ tỉnh Cà Mau","Hội trường LĐLĐ tỉnh, phường An Xuyên","An Xuyên",
   [("Hội trường phường Bạc Liêu (TP Bạc Liêu cũ)","Bạc Liêu","Bạc Liêu"),("Nhà văn hóa phường Tân Thành","Tân Thành","Cà Mau")],["Bạc Liêu"],
   None,("Công đoàn phường Bạc Liêu","Hội trường UBND phường Bạc Liêu","Bạc Liêu")),
 ("VL","Vĩnh Long","{p}_{yy}_{t}{n:02d}","LĐLĐ tỉnh Vĩnh Long","Hội trường LĐLĐ tỉnh, phường Thanh Đức","Thanh Đức",
   [("Hội trường phường An Hội (TP Bến Tre cũ)","An Hội","Bến Tre"),("Nhà văn hóa Lao động phường Trà Vinh (tỉnh Trà Vinh cũ)","Trà Vinh","Trà Vinh")],["Bến Tre","Trà Vinh"],
   ("Công đoàn các KCN tỉnh Vĩnh Long","Nhà văn hóa công nhân KCN Giao Long (Bến Tre cũ)","Giao Long"),None),
 ("DT","Đồng Tháp","{p}-{yyyy}-{n:02d}","LĐLĐ tỉnh Đồng Tháp","Hội trường LĐLĐ tỉnh, phường Đạo Thạnh (TP Mỹ Tho cũ)","Đạo Thạnh",
   [("Nhà văn hóa Lao động phường Cao Lãnh","Cao Lãnh","Đồng Tháp"),("Hội trường phường Sa Đéc","Sa Đéc","Đồng Tháp")],["Tiền Giang"],
   ("Công đoàn các KCN tỉnh Đồng Tháp","Nhà văn hóa công nhân KCN Tân Hương, xã Tân Hương (Tiền Giang cũ)","Tân Hương"),None),
 ("AG","An Giang","{p}.{yyyy}.{n:03d}","LĐLĐ tỉnh An Giang","Hội trường LĐLĐ tỉnh, phường Rạch Giá (tỉnh Kiên Giang cũ)","Rạch Giá",
   [("Nhà văn hóa Lao động phường Long Xuyên","Long Xuyên","An Giang"),("Hội trường đặc khu Phú Quốc","Phú Quốc","Kiên Giang")],["Kiên Giang"],
   None,None),
 ("KH","Khánh Hòa","{p}-{yy}.{t}.{n:02d}","LĐLĐ tỉnh Khánh Hòa","Hội trường LĐLĐ tỉnh, phường Nha Trang","Nha Trang",
   [("Nhà văn hóa Lao động phường Phan Rang (tỉnh Ninh Thuận cũ)","Phan Rang","Ninh Thuận"),("Hội trường phường Cam Ranh","Cam Ranh","Khánh Hòa")],["Ninh Thuận"],
   ("Công đoàn các KCN tỉnh Khánh Hòa","Nhà văn hóa công nhân KCN Suối Dầu, xã Suối Dầu","Suối Dầu"),("Công đoàn phường Nha Trang","Hội trường UBND phường Nha Trang","Nha Trang")),
 ("LD","Lâm Đồng","{p}-{yyyy}-{t}-{n:02d}","LĐLĐ tỉnh Lâm Đồng","Hội trường LĐLĐ tỉnh, phường Xuân Hương - Đà Lạt","Xuân Hương",
   [("Nhà văn hóa Lao động phường Phan Thiết (tỉnh Bình Thuận cũ)","Phan Thiết","Bình Thuận"),("Hội trường phường Bắc Gia Nghĩa (tỉnh Đắk Nông cũ)","Gia Nghĩa","Đắk Nông")],["Bình Thuận","Đắk Nông"],
   None,("Công đoàn phường Lâm Viên - Đà Lạt","Hội trường UBND phường Lâm Viên - Đà Lạt","Lâm Viên")),
 ("QNG","Quảng Ngãi","{p}.{yy}-{n:02d}","LĐLĐ tỉnh Quảng Ngãi","Hội trường LĐLĐ tỉnh, phường Cẩm Thành","Cẩm Thành",
   [("Hội trường phường Kon Tum (tỉnh Kon Tum cũ)","Kon Tum","Kon Tum"),("Nhà văn hóa phường Trương Quang Trọng","Trương Quang Trọng","Quảng Ngãi")],["Kon Tum"],
   ("Công đoàn KKT Dung Quất và các KCN Quảng Ngãi","Nhà văn hóa công nhân KCN VSIP Quảng Ngãi, xã Vạn Tường","VSIP"),None),
 ("TN","Thái Nguyên","{p}-{yyyy}-{t}-{n:02d}","LĐLĐ tỉnh Thái Nguyên","Hội trường LĐLĐ tỉnh, phường Phan Đình Phùng","Phan Đình Phùng",
   [("Hội trường phường Đức Xuân (TP Bắc Kạn cũ)","Đức Xuân","Bắc Kạn"),("Nhà văn hóa công nhân phường Phổ Yên","Phổ Yên","Thái Nguyên")],["Bắc Kạn"],
   None,None),
 ("CB","Cao Bằng","{p}{yyyy}-{n:02d}","LĐLĐ tỉnh Cao Bằng","Hội trường LĐLĐ tỉnh, phường Thục Phán","Thục Phán",
   [("Nhà văn hóa phường Tân Giang","Tân Giang","Cao Bằng"),("Hội trường xã Trùng Khánh (huyện Trùng Khánh cũ)","Trùng Khánh","Cao Bằng")],[],
   None,None),
 ("CT","Cần Thơ","{p}.{t}.{yyyy}.{n:02d}","LĐLĐ TP Cần Thơ","Hội trường LĐLĐ thành phố, phường Ninh Kiều","Ninh Kiều",
   [("Nhà văn hóa Lao động phường Sóc Trăng (tỉnh Sóc Trăng cũ)","Sóc Trăng","Sóc Trăng"),("Hội trường phường Vị Thanh (tỉnh Hậu Giang cũ)","Vị Thanh","Hậu Giang")],["Sóc Trăng","Hậu Giang"],
   ("Công đoàn các KCX và CN Cần Thơ","Nhà văn hóa công nhân KCN Trà Nóc, phường Bình Thủy","Trà Nóc"),("Công đoàn phường Ninh Kiều","Hội trường UBND phường Ninh Kiều","Ninh Kiều")),
 ("HCM","TP. Hồ Chí Minh","{p}-{yy}-{t}-{n:02d}","LĐLĐ TP. Hồ Chí Minh","Nhà văn hóa Lao động TP.HCM, phường Bến Thành","Bến Thành",
   [("Hội trường phường Thủ Dầu Một (tỉnh Bình Dương cũ)","Thủ Dầu Một","Bình Dương"),("Nhà văn hóa Lao động phường Vũng Tàu (tỉnh Bà Rịa - Vũng Tàu cũ)","Vũng Tàu","Bà Rịa - Vũng Tàu")],["Bình Dương","Bà Rịa - Vũng Tàu"],
   ("Công đoàn các KCX và KCN TP.HCM","Hội trường KCX Tân Thuận, phường Tân Thuận","Tân Thuận"),None),
 ("NA","Nghệ An","{p}/{yy}-{n:02d}".replace('/','-'),"LĐLĐ tỉnh Nghệ An","Hội trường LĐLĐ tỉnh, phường Thành Vinh","Thành Vinh",
   [("Hội trường phường Hoàng Mai (thị xã Hoàng Mai cũ)","Hoàng Mai","Nghệ An"),("Nhà văn hóa xã Diễn Châu","Diễn Châu","Nghệ An")],[],
   None,None),
 ("HP","Hải Phòng","{p}_{yyyy}_{t}_{n:02d}","LĐLĐ TP Hải Phòng","Cung Văn hóa Lao động Hữu nghị Việt Tiệp, phường Ngô Quyền","Ngô Quyền",
   [("Hội trường phường Hải Dương (tỉnh Hải Dương cũ)","Hải Dương","Hải Dương"),("Nhà văn hóa công nhân phường Thủy Nguyên","Thủy Nguyên","Hải Phòng")],["Hải Dương"],
   ("Công đoàn KKT Hải Phòng","Nhà văn hóa công nhân KCN Nam Cầu Kiền (Thủy Nguyên cũ)","Nam Cầu Kiền"),None),
 ("DN","Đà Nẵng","{p}-{yyyy}/{n:02d}".replace('/','.'),"LĐLĐ TP Đà Nẵng","Hội trường LĐLĐ thành phố, phường Hải Châu","Hải Châu",
   [("Nhà văn hóa Lao động phường Tam Kỳ (tỉnh Quảng Nam cũ)","Tam Kỳ","Quảng Nam"),("Hội trường phường Hội An","Hội An","Quảng Nam")],["Quảng Nam"],
   ("Công đoàn các KCN Đà Nẵng","Nhà văn hóa công nhân KCN Hòa Khánh, phường Hòa Khánh","Hòa Khánh"),None),
]

# type key -> (topic, audience, title variants, short code tag, days, form)
TYPES = {
 "nvct":  ("Nghiệp vụ công tác công đoàn","Chủ tịch CĐCS",["Tập huấn nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS","Bồi dưỡng nghiệp vụ cho Chủ tịch công đoàn cơ sở","Lớp bồi dưỡng kỹ năng, nghiệp vụ Chủ tịch CĐCS khu vực doanh nghiệp"],"NV",3),
 "nvpct": ("Nghiệp vụ công tác công đoàn","P.Chủ tịch CĐCS",["Tập huấn nghiệp vụ công tác công đoàn cho Phó Chủ tịch CĐCS","Bồi dưỡng nghiệp vụ cho Phó chủ tịch công đoàn cơ sở","Lớp bồi dưỡng kỹ năng, nghiệp vụ Phó Chủ tịch CĐCS khu vực doanh nghiệp"],"NVP",2),
 "bch":   ("Nghiệp vụ công tác công đoàn","Ủy viên BCH CĐCS mới tham gia lần đầu",["Bồi dưỡng kỹ năng hoạt động cho Ủy viên BCH công đoàn cơ sở mới bầu","Tập huấn cán bộ CĐCS mới (UV BCH lần đầu tham gia)","Tập huấn kỹ năng cho Ủy viên Ban Chấp hành CĐCS"],"BCH",2),
 "tckt":  ("Tài chính công đoàn","Kế toán CĐCS",["Tập huấn nghiệp vụ tài chính công đoàn cho kế toán CĐCS","Bồi dưỡng nghiệp vụ tài chính, kế toán công đoàn cơ sở","Tập huấn công tác tài chính CĐ - dành cho kế toán"],"TC",2),
 "tctq":  ("Tài chính công đoàn","Thủ quỹ CĐCS",["Tập huấn nghiệp vụ tài chính công đoàn cho thủ quỹ CĐCS","Bồi dưỡng nghiệp vụ tài chính, thủ quỹ công đoàn cơ sở","Tập huấn công tác tài chính CĐ - dành cho thủ quỹ"],"TQ",1),
 "kt":    ("Công tác kiểm tra công đoàn","Ủy viên UBKT công đoàn",["Tập huấn nghiệp vụ kiểm tra, giám sát cho Ủy ban kiểm tra công đoàn","Bồi dưỡng nghiệp vụ công tác kiểm tra CĐ cho UV UBKT CĐCS","Tập huấn công tác kiểm tra, giám sát và giải quyết khiếu nại, tố cáo"],"KT",2),
 "atvsld":("An toàn, vệ sinh lao động","An toàn vệ sinh viên; Đoàn viên, người lao động",["Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên","Huấn luyện ATVSLĐ cho mạng lưới an toàn vệ sinh viên","Tập huấn công tác an toàn, vệ sinh lao động"],"AT",2),
 "tltt":  ("Đối thoại, thương lượng tập thể","Chủ tịch, P.Chủ tịch CĐCS doanh nghiệp",["Tập huấn kỹ năng đối thoại, thương lượng tập thể tại doanh nghiệp","Bồi dưỡng kỹ năng thương lượng tập thể, ký kết TƯLĐTT","Tập huấn đối thoại tại nơi làm việc và thương lượng tập thể"],"TL",2),
 "nc":    ("Công tác nữ công, bình đẳng giới","Ban nữ công CĐCS",["Tập huấn nghiệp vụ công tác nữ công, bình đẳng giới","Bồi dưỡng cán bộ nữ công CĐCS","Tập huấn công tác nữ công và bình đẳng giới trong doanh nghiệp"],"NC",1),
 "ptdv":  ("Phát triển đoàn viên, thành lập CĐCS","Cán bộ công đoàn cấp trên cơ sở",["Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS khu vực ngoài nhà nước","Bồi dưỡng kỹ năng tuyên truyền, vận động phát triển đoàn viên","Tập huấn phát triển đoàn viên, thành lập CĐCS"],"DV",3),
 "luatcd":("Pháp luật lao động, tư vấn pháp luật","Chủ tịch CĐCS; Ủy viên BCH",["Tập huấn Luật Công đoàn năm 2024 và văn bản hướng dẫn","Tập huấn những điểm mới của Luật Công đoàn 2024","Phổ biến Luật Công đoàn năm 2024"],"LCD",1),
 "bll":   ("Pháp luật lao động, tư vấn pháp luật","Đoàn viên, người lao động",["Tập huấn Bộ luật Lao động năm 2019 và văn bản hướng dẫn","Tập huấn những điểm mới của Bộ luật Lao động 2019","Phổ biến Bộ luật Lao động năm 2019"],"BLL",1),
 "cds":   ("Tin học, chuyển đổi số","Cán bộ công đoàn chuyên trách, không chuyên trách",["Tập huấn chuyển đổi số, sử dụng phần mềm quản lý đoàn viên","Tập huấn ứng dụng CNTT, phần mềm quản lý đoàn viên và tài chính","Chuyển đổi số trong hoạt động công đoàn"],"CDS",1),
 "gvkc":  ("Kỹ năng giảng dạy cho giảng viên","Giảng viên kiêm chức",["Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức","Tập huấn phương pháp giảng dạy tích cực cho giảng viên kiêm chức công đoàn","Bồi dưỡng giảng viên kiêm chức công đoàn"],"GV",3),
 "tchap": ("Giải quyết tranh chấp lao động","Cán bộ CĐ cấp trên cơ sở; Chủ tịch CĐCS",["Tập huấn kỹ năng giải quyết tranh chấp lao động, đình công","Bồi dưỡng kỹ năng tham gia giải quyết tranh chấp lao động tập thể","Tập huấn phòng ngừa, giải quyết tranh chấp lao động"],"TCH",2),
 "vanthu":("Văn thư, lưu trữ","Cán bộ văn phòng CĐCS",["Tập huấn công tác văn thư, lưu trữ","Bồi dưỡng nghiệp vụ văn thư, lưu trữ công đoàn","Tập huấn văn thư - lưu trữ và soạn thảo văn bản công đoàn"],"VT",1),
}
ROTATION = ["bch","tckt","tctq","kt","atvsld","tltt","nc","ptdv","luatcd","bll","cds","gvkc","tchap","vanthu","nvpct"]
NOTES = ["Mang theo CCCD.","Học viên tự túc phương tiện đi lại.","Đăng ký qua LĐLĐ tỉnh hoặc Zalo OA.","Ưu tiên cán bộ mới tham gia BCH nhiệm kỳ 2023-2028.",
         "Cấp giấy chứng nhận sau khóa học.","Hỗ trợ tiền ăn 100.000đ/người/ngày.","","","Học viên mang theo máy tính xách tay.","Đ/c nào ở xa được bố trí chỗ nghỉ."]
BATCH_STYLES = [(" (đợt 1)"," (đợt 2)"),(" - đợt 1/2027"," - đợt 2/2027"),(", lớp 1",", lớp 2"),(" đợt I"," đợt II")]

def weekday_fix(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d

def fmt_d(d): return d.strftime("%d/%m/%Y")

COURSES = []
def add(**kw):
    kw.setdefault('status','Mở đăng ký'); kw.setdefault('form','Tập trung (trực tiếp)')
    kw.setdefault('note',''); kw.setdefault('coorg',''); kw.setdefault('batch',0); kw.setdefault('former',None)
    kw.setdefault('tentative',None)
    COURSES.append(kw)

def mkdate(y, m, day=None, days=2):
    day = day or rnd.randint(3, 24)
    d = weekday_fix(dt.date(y, m, day))
    end = d + dt.timedelta(days=days-1)
    return d, end

MONTHS = [(2026,12)] + [(2027,m) for m in range(1,13)]

def code_for(fmtstr, p, t, yyyy, n):
    return fmtstr.format(p=p, t=t, yyyy=yyyy, yy=str(yyyy)[2:], n=n)

for pi, (pk, pname, cfmt, org, hq, hqw, venues, formers, kcn, ward) in enumerate(PROV):
    var = pi % 3
    types = ["nvct"] + [ROTATION[(pi*4 + j) % len(ROTATION)] for j in range(8)]
    # ensure look-alike pairs
    if pi % 2 == 0 and "nvpct" not in types: types[-1] = "nvpct"
    if "tckt" in types and "tctq" not in types and pi % 3 == 0: types[-2] = "tctq"
    if pi % 4 == 1 and "luatcd" not in types: types[-3] = "luatcd"
    if pi % 4 == 1 and "bll" not in types: types[-4] = "bll"
    types = list(dict.fromkeys(types))
    batched = "atvsld" if "atvsld" in types else types[1]
    months = MONTHS[:]
    rnd.shuffle(months)
    counter = {}
    mi = 0
    plan = []
    for t in types:
        if t == batched:
            plan.append((t,1)); plan.append((t,2))
        else:
            plan.append((t,0))
    # distribute: nvct early (12/2026 or 1/2027) for half provinces
    for k,(t,b) in enumerate(plan):
        topic, aud, titles, tag, days = TYPES[t]
        title = titles[var]
        if b:
            title += BATCH_STYLES[pi % 4][b-1]
        if t == "nvct" and pi % 2 == 0:
            ym = (2026,12)
        elif b == 1:
            ym = (2027, 3 + pi % 3)
        elif b == 2:
            ym = (2027, 8 + pi % 3)
        else:
            ym = months[mi % len(months)]; mi += 1
        y, m = ym
        counter[y] = counter.get(y, 0) + 1
        code = code_for(cfmt, pk, tag, y, counter[y])
        # venue
        if k % 3 == 1: venue, vword, former = venues[0]
        elif k % 3 == 2: venue, vword, former = venues[1]
        else: venue, vword, former = hq, hqw, None
        start, end = mkdate(y, m, days=days)
        dl = start - dt.timedelta(days=rnd.choice([3,5,7,10]))
        seats = rnd.choice([40,45,50,60,70,80,100,120,150])
        form = "Trực tuyến" if t == "cds" else ("Kết hợp (trực tiếp và trực tuyến)" if t in ("luatcd","bll") and pi % 2 else "Tập trung (trực tiếp)")
        if form == "Trực tuyến":
            venue, vword = "Trực tuyến qua Zoom, điểm cầu chính tại " + hq, "Zoom"
        c = dict(code=code, title=title, type=t, topic=topic, aud=aud, org=org, orgkind="province", prov=pname, pk=pk,
                 venue=venue, vword=vword, former=former, form=form, start=start, end=end, deadline=dl, seats=seats,
                 note=NOTES[(pi+k) % len(NOTES)], batch=b, coorg=("Sở Nội vụ" if t=="atvsld" else ""))
        add(**c)

    # a tentative course per province (months or quarter)
    tt = ["tchap","vanthu","gvkc","cds","nc"][pi % 5]
    if tt in types: tt = "kt" if "kt" not in types else "ptdv" if "ptdv" not in types else "vanthu2"
    if tt == "vanthu2": tt = [x for x in TYPES if x not in types][0]
    topic, aud, titles, tag, days = TYPES[tt]
    if pi % 2 == 0:
        tent = ("month", 2027, 9, "Tháng 9/2027")
    else:
        tent = ("quarter", 2027, 3, "Quý III/2027")
    counter[2027] = counter.get(2027,0)+1
    add(code=code_for(cfmt, pk, tag, 2027, counter[2027]), title=titles[(var+1)%3], type=tt, topic=topic, aud=aud, org=org, orgkind="province",
        prov=pname, pk=pk, venue=hq, vword=hqw, former=None, start=None, end=None, deadline=None, seats=rnd.choice([50,60,80]),
        status="Dự kiến", tentative=tent, note="Thời gian cụ thể sẽ thông báo sau.")
    # a past course (already finished)
    if pi % 3 == 0:
        s = weekday_fix(dt.date(2026, 10, 12 + pi % 10))
        counter[2026] = counter.get(2026,0)+1
        add(code=code_for(cfmt, pk, "CDS", 2026, counter[2026]), title=TYPES["cds"][2][var] + " năm 2026", type="cds_past", topic=TYPES["cds"][0],
            aud=TYPES["cds"][1], org=org, orgkind="province", prov=pname, pk=pk, venue=hq, vword=hqw, start=s, end=s, deadline=s - dt.timedelta(days=5),
            seats=60, status="Đã kết thúc", note="")

# ---- ward / commune unions, KCN unions
for pi, (pk, pname, cfmt, org, hq, hqw, venues, formers, kcn, ward) in enumerate(PROV):
    if ward:
        wname, wvenue, wword = ward
        wt = [("Tập huấn nghiệp vụ cho Chủ tịch CĐCS trực thuộc","nvct","Chủ tịch CĐCS",2),
              ("Tập huấn an toàn, vệ sinh lao động cho đoàn viên, người lao động trên địa bàn","atvsld","Đoàn viên, người lao động",1)]
        if pi % 2: wt[1] = ("Tập huấn kỹ năng cho cán bộ CĐCS khu vực hành chính sự nghiệp, trường học","bch","Ủy viên BCH, tổ trưởng công đoàn",1)
        for k,(tit,t,aud,days) in enumerate(wt):
            y, m = (2027, 1 + (pi*3 + k*5) % 11)
            s, e = mkdate(y, m, days=days)
            wcode = "CD" + fold(wname.split()[-1]).upper()[:4].replace('-','') + f"-{str(y)[2:]}-{k+1:02d}"
            wcode = "CDP." + pk + f".{y}.{k+1:02d}"
            add(code=wcode, title=tit, type=t, topic=TYPES[t][0], aud=aud, org=wname, orgkind="ward", prov=pname, pk=pk, venue=wvenue, vword=wword,
                start=s, end=e, deadline=s - dt.timedelta(days=4), seats=rnd.choice([30,40,50]), note="Các CĐCS gửi danh sách về Văn phòng CĐ " + wname.split(' ',2)[2] if False else "CĐCS gửi danh sách học viên qua Zalo nhóm.")
    if kcn:
        kname, kvenue, kword = kcn
        kt_ = [("Tập huấn kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp FDI","tltt","Chủ tịch, Phó chủ tịch CĐCS doanh nghiệp",2),
               ("Huấn luyện ATVSLĐ, phòng chống cháy nổ cho công nhân","atvsld","Đoàn viên, người lao động; an toàn vệ sinh viên",1),
               ("Tập huấn pháp luật lao động cho công nhân ca đêm","plld","Đoàn viên, người lao động",1)]
        for k,(tit,t,aud,days) in enumerate(kt_[: 2 + (pi % 2)]):
            y, m = (2027, 2 + (pi*2 + k*4) % 10)
            s, e = mkdate(y, m, days=days)
            add(code=f"KCN-{pk}-{y}-{k+1}", title=tit, type=t, topic=(TYPES[t][0] if t in TYPES else "Pháp luật lao động, tư vấn pháp luật"), aud=aud, org=kname, orgkind="kcn", prov=pname, pk=pk, venue=kvenue, vword=kword,
                start=s, end=e, deadline=s - dt.timedelta(days=5), seats=rnd.choice([80,100,150,200]), note="Học ngoài giờ ca, từ 18:00." if t=="bll" else "")

# ---- national sector unions, schools, companies (hand-written)
def hand(code, title, t, topic, aud, org, kind, prov, venue, vword, start, days, dl_days, seats, status="Mở đăng ký", form="Tập trung (trực tiếp)", note="", tent=None, coorg=""):
    if start:
        s = dt.datetime.strptime(start, "%d/%m/%Y").date(); e = s + dt.timedelta(days=days-1); dl = s - dt.timedelta(days=dl_days)
    else:
        s = e = dl = None
    add(code=code, title=title, type=t, topic=topic, aud=aud, org=org, orgkind=kind, prov=prov, pk=None, venue=venue, vword=vword,
        start=s, end=e, deadline=dl, seats=seats, status=status, form=form, note=note, tentative=tent, coorg=coorg)

GD="Công đoàn Giáo dục Việt Nam"; YT="Công đoàn Y tế Việt Nam"; CTH="Công đoàn Công Thương Việt Nam"; VC="Công đoàn Viên chức Việt Nam"
XD="Công đoàn Xây dựng Việt Nam"; NN="Công đoàn Nông nghiệp và Môi trường Việt Nam"; GT="Công đoàn Giao thông vận tải Việt Nam"
S = [
 ("CDGD-2027-01","Tập huấn nghiệp vụ cho Chủ tịch công đoàn trường học (khu vực phía Bắc)","nvct","Nghiệp vụ công tác công đoàn","Chủ tịch CĐCS trường học",GD,"sector","Hà Nội","Trường Đại học Sư phạm Hà Nội, phường Cầu Giấy","Sư phạm Hà Nội","15/03/2027",3,10,120),
 ("CDGD-2027-02","Tập huấn nghiệp vụ cho Chủ tịch công đoàn trường học (khu vực miền Trung - Tây Nguyên)","nvct","Nghiệp vụ công tác công đoàn","Chủ tịch CĐCS trường học",GD,"sector","Đà Nẵng","Trường Đại học Sư phạm - ĐH Đà Nẵng, phường Hải Vân","Hải Vân","12/04/2027",3,10,100),
 ("CDGD-2027-03","Tập huấn nghiệp vụ cho Chủ tịch công đoàn trường học (khu vực phía Nam)","nvct","Nghiệp vụ công tác công đoàn","Chủ tịch CĐCS trường học",GD,"sector","Cần Thơ","Trường Đại học Cần Thơ, phường Ninh Kiều","Đại học Cần Thơ","10/05/2027",3,10,120),
 ("CDGD-2027-04","Tập huấn kỹ năng tư vấn pháp luật cho cán bộ công đoàn ngành Giáo dục","tvpl","Pháp luật lao động, tư vấn pháp luật","Cán bộ CĐ cấp trên cơ sở ngành GD",GD,"sector","Hà Nội","Trụ sở Công đoàn Giáo dục Việt Nam, phường Hai Bà Trưng","Hai Bà Trưng","14/06/2027",2,7,60),
 ("CDGD-2027-05","Bồi dưỡng công tác nữ công ngành Giáo dục","nc","Công tác nữ công, bình đẳng giới","Trưởng ban nữ công CĐ trường",GD,"sector","Lâm Đồng","Khách sạn Công đoàn, phường Xuân Hương - Đà Lạt","Đà Lạt","19/07/2027",2,10,80),
 ("CDGD.2026.12","Tập huấn chuyển đổi số trong quản lý đoàn viên ngành Giáo dục","cds","Tin học, chuyển đổi số","Cán bộ CĐ trường học",GD,"sector","Hà Nội","Trực tuyến (Zoom)","Zoom","15/12/2026",1,3,500,"Mở đăng ký","Trực tuyến"),
 ("CDYT-27-01","Tập huấn an toàn, vệ sinh lao động trong cơ sở y tế","atvsld","An toàn, vệ sinh lao động","Đoàn viên CĐ bệnh viện; ATVSV",YT,"sector","Hà Nội","Bệnh viện Bạch Mai, phường Kim Liên","Bạch Mai","22/03/2027",2,7,80),
 ("CDYT-27-02","Tập huấn an toàn, vệ sinh lao động trong cơ sở y tế","atvsld","An toàn, vệ sinh lao động","Đoàn viên CĐ bệnh viện; ATVSV",YT,"sector","TP. Hồ Chí Minh","Bệnh viện Chợ Rẫy, phường Chợ Lớn","Chợ Rẫy","23/08/2027",2,7,80),
 ("CDYT-27-03","Tập huấn nghiệp vụ tài chính cho CĐCS bệnh viện","tckt","Tài chính công đoàn","Kế toán, thủ quỹ CĐCS bệnh viện",YT,"sector","Khánh Hòa","Bệnh viện Đa khoa tỉnh Khánh Hòa, phường Nha Trang","Bệnh viện Đa khoa tỉnh Khánh Hòa","17/05/2027",2,7,60),
 ("CDYT-27-04","Tập huấn phòng, chống bạo lực và bảo vệ nhân viên y tế tại nơi làm việc","ytbl","Pháp luật lao động, tư vấn pháp luật","Chủ tịch CĐCS, nhân viên y tế",YT,"sector","Đắk Lắk","Bệnh viện Đa khoa vùng Tây Nguyên, phường Buôn Ma Thuột","Tây Nguyên","13/09/2027",2,7,70),
 ("CDCTVN-27-01","Tập huấn kỹ năng thương lượng tập thể ngành Dệt May","tltt","Đối thoại, thương lượng tập thể","Chủ tịch, P.Chủ tịch CĐCS doanh nghiệp dệt may",CTH,"sector","Ninh Bình","Khách sạn Nam Cường, phường Nam Định","Nam Cường","08/03/2027",2,7,60),
 ("CDCTVN-27-02","Tập huấn kỹ năng thương lượng tập thể ngành Da Giày","tltt","Đối thoại, thương lượng tập thể","Chủ tịch, P.Chủ tịch CĐCS doanh nghiệp da giày",CTH,"sector","TP. Hồ Chí Minh","Nhà văn hóa Lao động phường Dĩ An (Bình Dương cũ)","Dĩ An","07/06/2027",2,7,60),
 ("CDCTVN-27-03","Huấn luyện ATVSLĐ ngành Điện lực","atvsld","An toàn, vệ sinh lao động","Đoàn viên, người lao động ngành điện",CTH,"sector","Phú Thọ","Trường Cao đẳng Điện lực miền Bắc, phường Việt Trì","Cao đẳng Điện lực","11/10/2027",2,7,80),
 ("CDVC-2027-01","Tập huấn nghiệp vụ công tác kiểm tra cho UBKT công đoàn khối viên chức","kt","Công tác kiểm tra công đoàn","Ủy viên UBKT CĐCS",VC,"sector","Quảng Trị","Hội trường Sở Nội vụ, phường Đồng Hới","Sở Nội vụ","26/04/2027",2,10,60),
 ("CDVC-2027-02","Tập huấn nghiệp vụ tài chính cho kế toán CĐCS cơ quan hành chính","tckt","Tài chính công đoàn","Kế toán CĐCS",VC,"sector","Hà Nội","Trụ sở Công đoàn Viên chức Việt Nam, phường Ba Đình","Ba Đình","18/10/2027",2,7,70),
 ("CDXD-27-01","Huấn luyện ATVSLĐ trên công trường xây dựng","atvsld","An toàn, vệ sinh lao động","Công nhân, ATVSV công trường",XD,"sector","Hải Phòng","Ban chỉ huy công trường cầu Bạch Đằng 2, phường Thủy Nguyên","Bạch Đằng","15/04/2027",2,7,100),
 ("CDXD-27-02","Tập huấn phát triển đoàn viên trong doanh nghiệp xây dựng","ptdv","Phát triển đoàn viên, thành lập CĐCS","Cán bộ CĐ cấp trên cơ sở",XD,"sector","Nghệ An","Khách sạn Mường Thanh Grand, phường Thành Vinh","Mường Thanh","",2,7,50,"Dự kiến","Tập trung (trực tiếp)","",("month",2027,10,"Tháng 10/2027")),
 ("CDNN-MT-2027-01","Tập huấn ATVSLĐ trong nông, lâm trường","atvsld","An toàn, vệ sinh lao động","Đoàn viên, người lao động nông lâm trường",NN,"sector","Lâm Đồng","Hội trường Công ty TNHH MTV Lâm nghiệp Bảo Lâm, phường Bảo Lộc 1","Bảo Lâm","20/04/2027",2,7,60),
 ("CDNN-MT-2027-02","Tập huấn nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS công ty cao su","nvct","Nghiệp vụ công tác công đoàn","Chủ tịch CĐCS",NN,"sector","Gia Lai","Công ty TNHH MTV Cao su Chư Păh, xã Chư Păh","Chư Păh","17/05/2027",3,10,60),
 ("CDGT-27-01","Tập huấn Luật Công đoàn 2024 cho cán bộ công đoàn ngành GTVT","luatcd","Pháp luật lao động, tư vấn pháp luật","Chủ tịch, P.Chủ tịch CĐCS",GT,"sector","Đà Nẵng","Trường Cao đẳng GTVT Trung ương V, phường Hòa Khánh","Trung ương V","22/03/2027",1,7,80),
 ("CDGT-27-02","Tập huấn Bộ luật Lao động 2019 cho lái xe, phụ xe","bll","Pháp luật lao động, tư vấn pháp luật","Người lao động ngành vận tải",GT,"sector","Cần Thơ","Bến xe Trung tâm Cần Thơ, phường Cái Răng","Cái Răng","","",0,80,"Dự kiến","Tập trung (trực tiếp)","Thời gian thông báo sau",("quarter",2027,2,"Quý II/2027")),
 ("CDGDDL-2027-01","Tập huấn nghiệp vụ cho Chủ tịch CĐCS trường học","nvct","Nghiệp vụ công tác công đoàn","Chủ tịch CĐCS trường học","Công đoàn Giáo dục tỉnh Đắk Lắk","sector","Đắk Lắk","Trường THPT Buôn Ma Thuột, phường Buôn Ma Thuột","THPT Buôn Ma Thuột","18/01/2027",2,7,90),
 ("CDYTKH-2027-01","Tập huấn công tác nữ công ngành Y tế","nc","Công tác nữ công, bình đẳng giới","Ban nữ công CĐCS bệnh viện","Công đoàn ngành Y tế tỉnh Khánh Hòa","sector","Khánh Hòa","Hội trường Sở Y tế, phường Nha Trang","Sở Y tế","08/03/2027",1,5,60),
 # schools
 ("DHCD-2027-BD01","Bồi dưỡng lý luận, nghiệp vụ công tác công đoàn cho cán bộ CĐ chuyên trách","nvcb","Nghiệp vụ công tác công đoàn","Cán bộ CĐ chuyên trách","Trường Đại học Công đoàn","school","Hà Nội","Trường Đại học Công đoàn, 169 Tây Sơn, phường Kim Liên (quận Đống Đa cũ)","169 Tây Sơn","08/03/2027",10,14,80),
 ("DHCD-2027-BD02","Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức công đoàn","gvkc","Kỹ năng giảng dạy cho giảng viên","Giảng viên kiêm chức","Trường Đại học Công đoàn","school","Hà Nội","Trường Đại học Công đoàn, 169 Tây Sơn, phường Kim Liên (quận Đống Đa cũ)","169 Tây Sơn","14/06/2027",5,14,50),
 ("DHCD-2027-BD03","Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên cho cán bộ công đoàn","qlnn","Quản lý nhà nước, lý luận chính trị","Cán bộ CĐ chuyên trách","Trường Đại học Công đoàn","school","Hà Nội","Trường Đại học Công đoàn, 169 Tây Sơn, phường Kim Liên (quận Đống Đa cũ)","169 Tây Sơn","",0,0,60,"Dự kiến","Tập trung (trực tiếp)","Học 8 tuần, cuối tuần",("month",2027,9,"Tháng 9/2027")),
 ("TDT_2027_01","Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên chính cho cán bộ công đoàn","qlnn2","Quản lý nhà nước, lý luận chính trị","Cán bộ CĐ chuyên trách","Trường Đại học Tôn Đức Thắng","school","TP. Hồ Chí Minh","Trường ĐH Tôn Đức Thắng, 19 Nguyễn Hữu Thọ, phường Tân Hưng","Nguyễn Hữu Thọ","05/04/2027",20,14,45),
 ("TDT_2027_02","Tập huấn huấn luyện ATVSLĐ nhóm 4 cho người lao động","atvsld4","An toàn, vệ sinh lao động","Người lao động (nhóm 4)","Trường Đại học Tôn Đức Thắng","school","TP. Hồ Chí Minh","Trường ĐH Tôn Đức Thắng, 19 Nguyễn Hữu Thọ, phường Tân Hưng","Nguyễn Hữu Thọ","18/01/2027",1,5,100),
 ("TDT_2027_03","Tập huấn huấn luyện ATVSLĐ nhóm 6 cho an toàn vệ sinh viên","atvsld6","An toàn, vệ sinh lao động","An toàn vệ sinh viên (nhóm 6)","Trường Đại học Tôn Đức Thắng","school","TP. Hồ Chí Minh","Trường ĐH Tôn Đức Thắng, 19 Nguyễn Hữu Thọ, phường Tân Hưng","Nguyễn Hữu Thọ","25/01/2027",1,5,100),
 ("TCT-LD-2027-01","Bồi dưỡng lý luận chính trị cho cán bộ công đoàn không chuyên trách","qlnn3","Quản lý nhà nước, lý luận chính trị","Cán bộ CĐ không chuyên trách","Trường Chính trị tỉnh Lâm Đồng","school","Lâm Đồng","Trường Chính trị tỉnh Lâm Đồng, phường Lâm Viên - Đà Lạt","Trường Chính trị","10/05/2027",5,10,60),
 ("TCT-TN-2027-01","Bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ công đoàn","danvan","Tuyên truyền, tuyên giáo","Cán bộ CĐ cấp trên cơ sở","Trường Chính trị tỉnh Thái Nguyên","school","Thái Nguyên","Trường Chính trị tỉnh Thái Nguyên, phường Quyết Thắng","Quyết Thắng","21/06/2027",3,10,50),
 # companies
 ("SEVT-2027-01","Tập huấn kỹ năng cho tổ trưởng công đoàn (đợt 1)","totruong","Nghiệp vụ công tác công đoàn","Tổ trưởng, tổ phó công đoàn","Công đoàn Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên","company","Thái Nguyên","Nhà văn hóa công nhân KCN Yên Bình, phường Phổ Yên","Yên Bình","11/01/2027",1,3,150),
 ("SEVT-2027-02","Tập huấn kỹ năng cho tổ trưởng công đoàn (đợt 2)","totruong","Nghiệp vụ công tác công đoàn","Tổ trưởng, tổ phó công đoàn","Công đoàn Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên","company","Thái Nguyên","Nhà văn hóa công nhân KCN Yên Bình, phường Phổ Yên","Yên Bình","12/07/2027",1,3,150),
 ("CSCP-2027-01","Huấn luyện ATVSLĐ cho công nhân khai thác mủ cao su","atvsld","An toàn, vệ sinh lao động","Công nhân khai thác","Công đoàn Công ty TNHH MTV Cao su Chư Păh","company","Gia Lai","Hội trường Nông trường Ia Khươl, xã Chư Păh","Ia Khươl","15/03/2027",1,5,120),
 ("MSH-2027-01","Tập huấn công tác nữ công cho tổ trưởng nữ công xí nghiệp may","nc","Công tác nữ công, bình đẳng giới","Tổ trưởng nữ công","Công đoàn Công ty CP May Sông Hồng","company","Ninh Bình","Hội trường Công ty, phường Nam Định","May Sông Hồng","19/04/2027",1,3,60),
 ("PCV-2027-01","Tập huấn đối thoại tại nơi làm việc cho Ban đại diện người lao động","tltt","Đối thoại, thương lượng tập thể","Ủy viên BCH, tổ trưởng CĐ","CĐCS Công ty TNHH Pouchen Việt Nam","company","Đồng Nai","Hội trường Công ty, phường Biên Hòa","Pouchen","10/05/2027",1,3,80),
 ("PCV-2027-02","Tập huấn an toàn, vệ sinh lao động cho an toàn vệ sinh viên","atvsld","An toàn, vệ sinh lao động","An toàn vệ sinh viên","CĐCS Công ty TNHH Pouchen Việt Nam","company","Đồng Nai","Hội trường Công ty, phường Biên Hòa","Pouchen","","",0,200,"Dự kiến","Tập trung (trực tiếp)","",("quarter",2027,4,"Quý IV/2027")),
 # extra past / cancelled
 ("CDGD-2026-09","Tập huấn nghiệp vụ cho Chủ tịch công đoàn trường học (khu vực phía Bắc) năm 2026","nvct_past","Nghiệp vụ công tác công đoàn","Chủ tịch CĐCS trường học",GD,"sector","Hà Nội","Trường Đại học Sư phạm Hà Nội, phường Cầu Giấy","Sư phạm Hà Nội","14/09/2026",3,10,120,"Đã kết thúc"),
 ("CDYT-26-05","Tập huấn an toàn, vệ sinh lao động trong cơ sở y tế năm 2026","atvsld_past","An toàn, vệ sinh lao động","Đoàn viên CĐ bệnh viện",YT,"sector","Hà Nội","Bệnh viện Bạch Mai, phường Kim Liên","Bạch Mai","19/10/2026",2,7,80,"Đã kết thúc"),
]
for row in S:
    row = list(row)
    while len(row) < 20: row.append(None)
    (code,title,t,topic,aud,org,kind,prov,venue,vword,start,days,dld,seats,status,form,note,tent) = row[:18]
    hand(code,title,t,topic,aud,org,kind,prov,venue,vword,start or None,days or 1,dld or 0,seats,status or "Mở đăng ký",form or "Tập trung (trực tiếp)",note or "",tent)

# cancel a few province courses (not nvct) deterministically
for c in COURSES:
    if c['orgkind']=="province" and c['type'] in ("vanthu",) and c['start'] and c['pk'] in ("GL","CM"):
        c['status'] = "Đã hủy"; c['note'] = "Hủy do trùng lịch Đại hội; sẽ bố trí lại."
# a couple of courses whose deadline already passed though class not started
for c in COURSES:
    if c['start'] and c['start'] <= dt.date(2026,12,4) and c['status']=="Mở đăng ký" and c['orgkind']=="province":
        c['deadline'] = dt.date(2026,11,20)

def active(c):
    return c['status'] not in ("Đã hủy","Đã kết thúc")

def ym_of(c):
    if c['start']: return (c['start'].year, c['start'].month)
    if c['tentative'] and c['tentative'][0]=="month": return (c['tentative'][1], c['tentative'][2])
    return None

def quarter_of(c):
    if c['start']: return (c['start'].year, (c['start'].month-1)//3+1)
    t = c['tentative']
    if t[0]=="month": return (t[1], (t[2]-1)//3+1)
    return (t[1], t[2])

def sortkey(c):
    if c['start']: return (0, c['start'], c['code'])
    t = c['tentative']
    return (1, dt.date(t[1], t[2] if t[0]=="month" else t[2]*3-2, 1), c['code'])

# ------------------------------------------------------------------ targets
TARGETS = []
base = {"LS":1800,"HN":4200,"QT":2600,"GL":3200,"DLK":2900,"LC":2100,"TQ":1900,"PT":3400,"NB":3600,"CM":2200,"VL":3100,"DT":2800,"AG":3000,"KH":2500,"LD":3300,"QNG":2400,"TN":2700,"CB":1200,"CT":3500,"HCM":9000,"NA":3800,"HP":4200,"DN":2300}
trnd = random.Random(77)
for pi,(pk, pname, cfmt, org, *_r) in enumerate(PROV):
    if pi >= 18 and pk not in ("HCM",): continue
    for y in (2025,2026,2027):
        tv = base[pk] + (y-2025)*100
        if y == 2025:
            ach = int(tv * trnd.choice([0.88,0.93,0.97,1.02,1.05,1.08])); asof = "31/12/2025"
        elif y == 2026:
            ach = int(tv * trnd.choice([0.62,0.71,0.78,0.84,0.9])); asof = trnd.choice(["31/10/2026","15/11/2026","20/11/2026"])
        else:
            ach = None; asof = ""
        code = f"CT-{pk}-{y}-CBCD" if pi % 2 == 0 else f"CT.{pk}.{y}.01"
        TARGETS.append(dict(code=code, unit=org, prov=pname, pk=pk, year=y, content=["Bồi dưỡng, tập huấn cán bộ công đoàn cơ sở","Tập huấn nghiệp vụ cho cán bộ CĐCS","Đào tạo, bồi dưỡng cán bộ công đoàn các cấp"][pi%3],
             aud="", target=tv, uom="học viên", ach=ach, asof=asof, note=("Chưa đạt do sắp xếp tổ chức bộ máy" if ach and ach < tv and y==2025 else ""), kind="main"))
# extra province targets: chủ tịch CĐCS 2026
for pk in ("GL","QT","CM","KH","LD"):
    p = [x for x in PROV if x[0]==pk][0]
    tv = {"GL":650,"QT":480,"CM":420,"KH":520,"LD":600}[pk]; ach = int(tv*0.8)
    TARGETS.append(dict(code=f"CT-{pk}-2026-CTCDCS", unit=p[3], prov=p[1], pk=pk, year=2026, content="Bồi dưỡng nghiệp vụ Chủ tịch CĐCS", aud="Chủ tịch CĐCS",
        target=tv, uom="người", ach=ach, asof="15/11/2026", note="", kind="ct"))
# ATVSLĐ 2027 lớp
for pk in ("PT","NB","HCM"):
    p = [x for x in PROV if x[0]==pk][0]
    tv = {"PT":12,"NB":15,"HCM":40}[pk]
    TARGETS.append(dict(code=f"CT-{pk}-2027-ATVSLD", unit=p[3], prov=p[1], pk=pk, year=2027, content="Mở lớp huấn luyện an toàn, vệ sinh lao động", aud="",
        target=tv, uom="lớp", ach=None, asof="", note="", kind="at"))
# ward unions
for pk, wname, tv, ach in (("LS","Công đoàn phường Đông Kinh",150,132),("HN","Công đoàn xã Mê Linh",400,415),("QT","Công đoàn phường Đông Hà",180,121),
                           ("KH","Công đoàn phường Nha Trang",260,198),("CT","Công đoàn phường Ninh Kiều",300,276),("LD","Công đoàn phường Lâm Viên - Đà Lạt",220,143)):
    p = [x for x in PROV if x[0]==pk][0]
    TARGETS.append(dict(code=f"CT-{pk}-P-2026", unit=wname, prov=p[1], pk=pk, year=2026, content="Tập huấn cán bộ CĐCS trực thuộc", aud="",
        target=tv, uom="học viên", ach=ach, asof="15/11/2026", note="", kind="ward"))
# sector unions
for code, org, y, content, aud, tv, uom, ach, asof in (
    ("CT-CDGD-2025","Công đoàn Giáo dục Việt Nam",2025,"Tập huấn nghiệp vụ cho cán bộ công đoàn ngành Giáo dục","",12000,"học viên",12640,"31/12/2025"),
    ("CT-CDGD-2026","Công đoàn Giáo dục Việt Nam",2026,"Tập huấn nghiệp vụ cho cán bộ công đoàn ngành Giáo dục","",12500,"học viên",10875,"15/11/2026"),
    ("CT-CDGD-2027","Công đoàn Giáo dục Việt Nam",2027,"Tập huấn nghiệp vụ cho cán bộ công đoàn ngành Giáo dục","",13000,"học viên",None,""),
    ("CT-CDYT-2026","Công đoàn Y tế Việt Nam",2026,"Tập huấn ATVSLĐ trong cơ sở y tế","",3500,"học viên",2950,"31/10/2026"),
    ("CT-CDYT-2027","Công đoàn Y tế Việt Nam",2027,"Tập huấn ATVSLĐ trong cơ sở y tế","",3800,"học viên",None,""),
    ("CT-CDCTVN-2026","Công đoàn Công Thương Việt Nam",2026,"Tập huấn thương lượng tập thể","Chủ tịch CĐCS",900,"người",712,"31/10/2026"),
    ("CT-CDVC-2026","Công đoàn Viên chức Việt Nam",2026,"Bồi dưỡng cán bộ công đoàn khối viên chức","",2400,"học viên",2465,"15/11/2026"),
    ("CT-CDXD-2025","Công đoàn Xây dựng Việt Nam",2025,"Huấn luyện ATVSLĐ","",5000,"học viên",4310,"31/12/2025"),
    ):
    TARGETS.append(dict(code=code, unit=org, prov=None, pk=None, year=y, content=content, aud=aud, target=tv, uom=uom, ach=ach, asof=asof, note="", kind="sector"))

def vn(n):
    if n is None: return ""
    return f"{n:,}".replace(",", ".")
