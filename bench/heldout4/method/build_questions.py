# -*- coding: utf-8 -*-
"""Hand-written questions. expect = explicit codes, or F(...) which lists every class that fits
(active = Mở đăng ký/Dự kiến and not yet started; sorted by start date)."""
import json, csv
from lib import F, BY, dmy

# ------------------------------------------------------------------ targets
TG = [
 ("CT-HCM-2025-CTCD", "LĐLĐ TP Hồ Chí Minh", "2025", "Tập huấn nghiệp vụ cho Chủ tịch, Phó Chủ tịch CĐCS", "Chủ tịch CĐCS", "4.500", "học viên", "4.812", "31/12/2025", "Vượt kế hoạch"),
 ("CT-HCM-2026-CTCD", "LĐLĐ TP Hồ Chí Minh", "2026", "Tập huấn nghiệp vụ cho Chủ tịch, Phó Chủ tịch CĐCS", "Chủ tịch CĐCS", "5.000", "học viên", "4.120", "15/11/2026", ""),
 ("CT-HCM-2027-CTCD", "LĐLĐ TP Hồ Chí Minh", "2027", "Tập huấn nghiệp vụ cho Chủ tịch, Phó Chủ tịch CĐCS", "Chủ tịch CĐCS", "5.200", "học viên", "", "", "Giao theo KH số 12/KH-LĐLĐ"),
 ("CT-HCM-2026-ATVSLD", "LĐLĐ TP Hồ Chí Minh", "2026", "Huấn luyện ATVSLĐ cho CBCĐ và người lao động", "Đoàn viên, người lao động", "12.000", "lượt người", "9.870", "15/11/2026", ""),
 ("CT-HCM-2027-LOP", "LĐLĐ TP Hồ Chí Minh", "2027", "Số lớp tập huấn do LĐLĐ TP trực tiếp tổ chức", "", "60", "lớp", "", "", ""),
 ("CT-HCM-2023-2028-CT", "LĐLĐ TP Hồ Chí Minh", "2023-2028", "Tỷ lệ cán bộ CĐ chuyên trách được đào tạo, bồi dưỡng nghiệp vụ", "Cán bộ công đoàn chuyên trách", "100", "%", "86", "31/10/2026", "Cả nhiệm kỳ"),
 ("KCX-HCM-2026-TLTT", "CĐ các KCX và CN TP.HCM", "2026", "Tập huấn kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp", "Chủ tịch CĐCS", "800", "học viên", "655", "31/10/2026", ""),
 ("DNAI-CT-2025-01", "LĐLĐ tỉnh Đồng Nai", "2025", "Bồi dưỡng nghiệp vụ cán bộ CĐCS", "Ủy viên BCH công đoàn", "3.200", "học viên", "3.415", "31/12/2025", ""),
 ("DNAI-CT-2026-01", "LĐLĐ tỉnh Đồng Nai", "2026", "Bồi dưỡng nghiệp vụ cán bộ CĐCS", "Ủy viên BCH công đoàn", "3.400", "học viên", "2.960", "31/10/2026", ""),
 ("DNAI-CT-2026-02", "LĐLĐ tỉnh Đồng Nai", "2026", "Tập huấn công tác nữ công", "", "600", "học viên", "610", "31/10/2026", "Đã hoàn thành"),
 ("DNAI-CT-2027-01", "LĐLĐ tỉnh Đồng Nai", "2027", "Bồi dưỡng nghiệp vụ cán bộ CĐCS", "Ủy viên BCH công đoàn", "3.600", "học viên", "", "", ""),
 ("KCN-DNAI-2026", "CĐ các KCN Đồng Nai", "2026", "Tập huấn kỹ năng vận động phát triển đoàn viên", "Ủy viên BCH công đoàn", "1.000", "học viên", "720", "15/11/2026", ""),
 ("TN-2025-CTCD", "Liên đoàn Lao động tỉnh Tây Ninh", "2025", "Tập huấn Chủ tịch, Phó Chủ tịch CĐCS", "Chủ tịch CĐCS", "1.900", "học viên", "1.874", "31/12/2025", "Đạt 98,6%"),
 ("TN-2026-CTCD", "Liên đoàn Lao động tỉnh Tây Ninh", "2026", "Tập huấn Chủ tịch, Phó Chủ tịch CĐCS", "Chủ tịch CĐCS", "2.100", "học viên", "1.530", "15/11/2026", ""),
 ("TN-2027-CTCD", "Liên đoàn Lao động tỉnh Tây Ninh", "2027", "Tập huấn Chủ tịch, Phó Chủ tịch CĐCS", "Chủ tịch CĐCS", "2.300", "học viên", "", "", ""),
 ("CT-CTH-2025", "LĐLĐ TP Cần Thơ", "2025", "Bồi dưỡng nghiệp vụ CĐ cho cán bộ CĐCS", "", "2.400", "học viên", "2.515", "31/12/2025", ""),
 ("CT-CTH-2026", "LĐLĐ TP Cần Thơ", "2026", "Bồi dưỡng nghiệp vụ CĐ cho cán bộ CĐCS", "", "2.600", "học viên", "2.210", "31/10/2026", ""),
 ("CT-CTH-2026-TL", "LĐLĐ TP Cần Thơ", "2026", "Tỷ lệ CBCĐ chuyên trách được bồi dưỡng", "Cán bộ công đoàn chuyên trách", "100", "%", "92,5", "31/10/2026", ""),
 ("CT-CTH-2027", "LĐLĐ TP Cần Thơ", "2027", "Bồi dưỡng nghiệp vụ CĐ cho cán bộ CĐCS", "", "2.800", "học viên", "", "", ""),
 ("VL-2025-01", "LĐLĐ tỉnh Vĩnh Long", "2025", "Tập huấn nghiệp vụ CĐCS", "Chủ tịch CĐCS", "1.350", "người", "1.402", "31/12/2025", ""),
 ("VL-2026-01", "LĐLĐ tỉnh Vĩnh Long", "2026", "Tập huấn nghiệp vụ CĐCS", "Chủ tịch CĐCS", "1.500", "người", "1.180", "15/11/2026", ""),
 ("VL-2027-01", "LĐLĐ tỉnh Vĩnh Long", "2027", "Tập huấn nghiệp vụ CĐCS", "Chủ tịch CĐCS", "1.650", "người", "", "", ""),
 ("DT-CT-2025", "LĐLĐ tỉnh Đồng Tháp", "2025", "Bồi dưỡng cán bộ CĐ các cấp", "", "1.900", "học viên", "1.955", "31/12/2025", ""),
 ("DT-CT-2026", "LĐLĐ tỉnh Đồng Tháp", "2026", "Bồi dưỡng cán bộ CĐ các cấp", "", "2.050", "học viên", "1.760", "31/10/2026", ""),
 ("DT-CT-2027", "LĐLĐ tỉnh Đồng Tháp", "2027", "Bồi dưỡng cán bộ CĐ các cấp", "", "2.200", "học viên", "", "", ""),
 ("AG-2026-LOP", "LĐLĐ tỉnh An Giang", "2026", "Số lớp tập huấn cán bộ CĐCS", "", "45", "lớp", "38", "15/11/2026", ""),
 ("AG-2026-HV", "LĐLĐ tỉnh An Giang", "2026", "Lượt học viên được tập huấn nghiệp vụ", "", "3.150", "lượt người", "2.870", "15/11/2026", ""),
 ("AG-2027-HV", "LĐLĐ tỉnh An Giang", "2027", "Lượt học viên được tập huấn nghiệp vụ", "", "3.300", "lượt người", "", "", ""),
 ("CM-2026", "LĐLĐ tỉnh Cà Mau", "2026", "Tập huấn nghiệp vụ cho cán bộ CĐCS", "Ủy viên BCH công đoàn", "1.200", "học viên", "1.045", "31/10/2026", ""),
 ("CM-2027", "LĐLĐ tỉnh Cà Mau", "2027", "Tập huấn nghiệp vụ cho cán bộ CĐCS", "Ủy viên BCH công đoàn", "1.300", "học viên", "", "", ""),
 ("KH-2026-01", "LĐLĐ tỉnh Khánh Hòa", "2026", "Huấn luyện ATVSLĐ", "Đoàn viên, người lao động", "2.500", "lượt người", "2.730", "15/11/2026", "Vượt chỉ tiêu"),
 ("KH-2026-02", "LĐLĐ tỉnh Khánh Hòa", "2026", "Tập huấn nghiệp vụ Chủ tịch, PCT CĐCS", "Chủ tịch CĐCS", "900", "học viên", "610", "15/11/2026", ""),
 ("KH-2027-01", "LĐLĐ tỉnh Khánh Hòa", "2027", "Tập huấn nghiệp vụ Chủ tịch, PCT CĐCS", "Chủ tịch CĐCS", "950", "học viên", "", "", ""),
 ("LDG-2025", "LĐLĐ tỉnh Lâm Đồng", "2025", "Bồi dưỡng cán bộ CĐCS", "", "1.450", "học viên", "1.512", "31/12/2025", "Số liệu tỉnh Lâm Đồng trước hợp nhất"),
 ("LDG-2026", "LĐLĐ tỉnh Lâm Đồng", "2026", "Bồi dưỡng cán bộ CĐCS", "", "2.700", "học viên", "2.288", "31/10/2026", ""),
 ("LDG-2027", "LĐLĐ tỉnh Lâm Đồng", "2027", "Bồi dưỡng cán bộ CĐCS", "", "3.000", "học viên", "", "", ""),
 ("DLK-2026-NC", "LĐLĐ tỉnh Đắk Lắk", "2026", "Tập huấn cán bộ nữ công", "", "700", "học viên", "455", "15/11/2026", ""),
 ("DLK-2026-CT", "LĐLĐ tỉnh Đắk Lắk", "2026", "Tập huấn Chủ tịch CĐCS", "Chủ tịch CĐCS", "1.600", "học viên", "1.390", "15/11/2026", ""),
 ("DLK-2027-CT", "LĐLĐ tỉnh Đắk Lắk", "2027", "Tập huấn Chủ tịch CĐCS", "Chủ tịch CĐCS", "1.750", "học viên", "", "", ""),
 ("GL-2026", "LĐLĐ tỉnh Gia Lai", "2026", "Bồi dưỡng nghiệp vụ cán bộ CĐ", "", "2.900", "học viên", "2.415", "31/10/2026", ""),
 ("GL-2027", "LĐLĐ tỉnh Gia Lai", "2027", "Bồi dưỡng nghiệp vụ cán bộ CĐ", "", "3.100", "học viên", "", "", ""),
 ("QNG-2026", "LĐLĐ tỉnh Quảng Ngãi", "2026", "Tập huấn cán bộ CĐCS", "", "1.750", "học viên", "1.620", "15/11/2026", ""),
 ("QNG-2027", "LĐLĐ tỉnh Quảng Ngãi", "2027", "Tập huấn cán bộ CĐCS", "", "1.850", "học viên", "", "", ""),
 ("DNG-2025", "LĐLĐ TP Đà Nẵng", "2025", "Tập huấn cán bộ CĐCS", "", "2.200", "học viên", "2.356", "31/12/2025", ""),
 ("DNG-2026", "LĐLĐ TP Đà Nẵng", "2026", "Tập huấn cán bộ CĐCS", "", "3.500", "học viên", "2.940", "15/11/2026", "Gồm địa bàn Quảng Nam cũ"),
 ("DNG-2027", "LĐLĐ TP Đà Nẵng", "2027", "Tập huấn cán bộ CĐCS", "", "3.700", "học viên", "", "", ""),
 ("HUE-2026", "LĐLĐ thành phố Huế", "2026", "Tập huấn nghiệp vụ công đoàn", "", "1.100", "học viên", "1.156", "31/10/2026", "Vượt kế hoạch"),
 ("HUE-2027", "LĐLĐ thành phố Huế", "2027", "Tập huấn nghiệp vụ công đoàn", "", "1.200", "học viên", "", "", ""),
 ("NA-2026", "LĐLĐ tỉnh Nghệ An", "2026", "Bồi dưỡng cán bộ CĐCS", "", "3.800", "học viên", "3.050", "15/11/2026", ""),
 ("NA-2026-TL", "LĐLĐ tỉnh Nghệ An", "2026", "Tỷ lệ CĐCS có cán bộ được tập huấn", "", "95", "%", "88,7", "15/11/2026", ""),
 ("NA-2027", "LĐLĐ tỉnh Nghệ An", "2027", "Bồi dưỡng cán bộ CĐCS", "", "4.000", "học viên", "", "", ""),
 ("HN-2026", "LĐLĐ thành phố Hà Nội", "2026", "Bồi dưỡng cán bộ CĐCS", "Chủ tịch CĐCS", "6.000", "học viên", "5.320", "15/11/2026", ""),
 ("HN-2026-ATVSLD", "LĐLĐ thành phố Hà Nội", "2026", "Huấn luyện ATVSLĐ", "", "3.200", "học viên", "3.064", "15/11/2026", ""),
 ("HN-2027", "LĐLĐ thành phố Hà Nội", "2027", "Bồi dưỡng cán bộ CĐCS", "Chủ tịch CĐCS", "6.500", "học viên", "", "", ""),
 ("GD-2026", "Công đoàn Giáo dục Việt Nam", "2026", "Tập huấn Chủ tịch CĐ trường học", "Chủ tịch CĐCS", "2.000", "học viên", "1.730", "31/10/2026", ""),
 ("GD-2027", "Công đoàn Giáo dục Việt Nam", "2027", "Tập huấn Chủ tịch CĐ trường học", "Chủ tịch CĐCS", "2.200", "học viên", "", "", ""),
 ("HP-2026", "LĐLĐ TP Hải Phòng", "2026", "Bồi dưỡng cán bộ CĐCS", "", "3.000", "học viên", "2.480", "15/11/2026", ""),
 ("BN-2026", "LĐLĐ tỉnh Bắc Ninh", "2026", "Bồi dưỡng cán bộ CĐCS", "", "3.300", "học viên", "2.990", "15/11/2026", ""),
]
TGB = {t[0]: t for t in TG}

Q = []
def C(q, style, expect, profile=None, text=None):
    Q.append(dict(q=q, style=style, kind="course", expect=list(expect), expect_text=text or [], profile=profile))
def T(q, style, codes, texts, profile=None):
    Q.append(dict(q=q, style=style, kind="target", expect=codes, expect_text=texts, profile=profile))
def X(q, style, texts):
    Q.append(dict(q=q, style=style, kind="fact", expect=[], expect_text=texts, profile=None))
def O(q, style):
    Q.append(dict(q=q, style=style, kind="off_topic", expect=[], expect_text=[], profile=None))

CT = {"role": "Chủ tịch CĐCS"}
def P(prov, role="Chủ tịch CĐCS"):
    return {"province": prov, "role": role}

# ================================================================== COURSE (≈205)
# --- Hồ Chí Minh
C("Ở TP.HCM có lớp tập huấn thương lượng tập thể nào sắp tới không ạ?", "diacritics", F(prov="Hồ Chí Minh", topic="tl"))
C("sai gon co lop doi thoai thuong luong tap the nao k", "plain", F(prov="Hồ Chí Minh", topic="tl"))
C("lop TLTT ben KCX KCN tphcm dot 2 hoc ngay nao", "abbrev", ["HCM-27-TL-17"])
C("Đợt 1 lớp đối thoại tại nơi làm việc của CĐ các KCX-KCN TP.HCM hạn đăng ký đến bao giờ?", "diacritics", ["HCM-27-TL-16"])
C("lop tham gia thu chi tai chinh cdcs o hcm hoc o dau vay ad", "typo", ["HCM-27-TCH-07"])
C("Kế toán CĐCS ở Sài Gòn có lớp nào đăng ký được không?", "diacritics", F(prov="Hồ Chí Minh", aud="ktoan"))
C("Binh Duong cu co lop phap luat lao dong nao ko", "plain", F(prov="Hồ Chí Minh", topic="pl"))
C("cđ phường Dĩ An có mở lớp j ko ad", "abbrev", ["HCM-26-PL-11"])
C("Vũng Tàu có lớp nữ công không, mình ở CĐ phường Vũng Tàu", "diacritics", ["HCM-27-NC-12"])
C("lop nu cong o TP HCM nam sau", "plain", F(prov="Hồ Chí Minh", topic="nc", year=2027))
C("Lớp phòng chống quấy rối tình dục nơi làm việc ở thành phố HCM học mấy ngày?", "diacritics", ["HCM-27-NC-06"])
C("ubkt cđcs hcm co lop nghiep vu kiem tra ko, khi nao", "abbrev", F(prov="Hồ Chí Minh", topic="kt"))
C("lớp thẻ đoàn viên điện tử online của LĐLĐ TP HCM tổ chức lúc nào", "diacritics", ["HCM-27-CDS-09"])
C("PouYuen co lop tap huan phap luat cho cong nhan ko", "plain", ["HCM-27-PL-19"])
C("Tan Cang Sai Gon to chuc lop nu cong ngay nao v", "typo", ["HCM-26-NC-20"])
C("Lớp nghiệp vụ cho CT, PCT CĐCS của LĐLĐ TP.HCM đợt 1 còn nhận đăng ký không?", "abbrev", ["HCM-27-NV-01"])
C("hcm dot 2 lop nghiep vu chu tich pho chu tich cdcs thang may", "plain", ["HCM-27-NV-02"])
C("Trung tâm đào tạo bồi dưỡng cán bộ CĐ TP.HCM có mở lớp nào không?", "diacritics", F(org="Trung tâm Đào tạo"))
C("tphcm thang 12 nay co lop nao cho bch cdcs ko", "abbrev", F(prov="Hồ Chí Minh", aud="bch", month=(2026, 12)))
C("ủy viên BCH mới bầu ở HCM thì học lớp nào", "diacritics", F(prov="Hồ Chí Minh", aud="bch", topic="nv"))
C("lop bao cao vien tuyen truyen vien cd o hcm hoc truc tiep hay online", "plain", ["HCM-27-TG-10"])
C("Cu Chi co lop boi duong nu cong khong", "plain", ["HCM-27-NC-14"])
C("vận động NLĐ ngoài nhà nước, lớp bên KCX HCM tháng 12 còn chỗ ko", "abbrev", ["HCM-26-PT-18"])
C("huan luyen atvsld o khu che xuat tp hcm", "plain", ["HCM-27-AT-15"])
# --- Đồng Nai
C("Đồng Nai có lớp nghiệp vụ cho chủ tịch công đoàn cơ sở nào không?", "diacritics", F(prov="Đồng Nai", aud="ct", topic="nv"))
C("dong nai lop nghiep vu ct pct cdcs dot 2 hoc may ngay", "abbrev", ["DNAI.2027.002"])
C("lop atvsld cua cd cac kcn dong nai thang 12 o dau", "plain", ["DNAI.2026.014"])
C("Biên Hòa có lớp đối thoại thương lượng tập thể nào cho chủ tịch CĐCS ko", "diacritics", F(prov="Đồng Nai", topic="tl"))
C("lop doi thoai noi lam viec kcn dong nai dot 2", "plain", ["DNAI.2027.016"])
C("Changshin có lớp j ko ad, cty e ở KCN Thạnh Phú", "typo", F(org="Changshin"))
C("cao su dong nai co lop atvsld cho cong nhan ko", "plain", ["DNAI.2027.018"])
C("Bình Phước cũ có lớp nào cho chủ tịch cđcs ko", "abbrev", F(prov="Đồng Nai", aud="ct"))
C("Lớp phòng chống quấy rối tình dục ở phường Bình Phước học mấy ngày, ở đâu?", "diacritics", ["DNAI.2026.012"])
C("Trảng Bom có lớp ATVSLĐ nhóm 4 không", "diacritics", ["DNAI.2027.013"])
C("Phổ biến luật công đoàn 2024 ở đồng nai hoc online dc ko", "typo", ["DNAI.2027.010"])
C("cd nganh giao duc dong nai mo lop gi", "plain", F(org="ngành Giáo dục tỉnh Đồng Nai"))
C("lop van thu luu tru o dong nai khi nao hoc", "plain", ["DNAI.2027.023"])
C("dong nai co lop PTĐV thanh lap cdcs ko", "abbrev", F(prov="Đồng Nai", topic="pt"))
# --- Tây Ninh
C("Tây Ninh có lớp tập huấn thương lượng tập thể về tiền lương không?", "diacritics", F(prov="Tây Ninh", title="tiền lương"))
C("long an cu co lop tap huan nao cho chu tich cdcs thang 1", "plain", F(prov="Tây Ninh", aud="ct", month=(2027, 1)))
C("kcn phuoc dong co lop atvsld khi nao", "plain", ["TN_KH26_13"])
C("Lop ATVSLĐ nhóm 4 ở KCN Tây Ninh hạn đk ngày mấy", "abbrev", ["TN_KH26_13"])
C("Hansae co lop tu van phap luat cho nguoi lao dong ko", "plain", ["TN_KH27_17"])
C("tay ninh lop ai va cong cu so cho can bo cd hoc online dung ko", "plain", ["TN_KH27_09"])
C("Duc Hoa co lop an toan ve sinh lao dong ko", "typo", ["TN_KH26_12"])
C("Lớp tuyên truyền trên mạng xã hội ở Tây Ninh", "diacritics", ["TN_KH27_10"])
C("tn co lop ke toan cd ko, pm ke toan ay", "abbrev", ["TN_KH27_07"])
C("Lớp kiểm tra giám sát tài chính CĐCS ở Tây Ninh học ở đâu", "diacritics", ["TN_KH27_08"])
# --- Cần Thơ
C("Cần Thơ có lớp ATVSLĐ nào sắp tới không?", "diacritics", F(prov="Cần Thơ", topic="at"))
C("soc trang co lop an toan ve sinh lao dong k", "plain", F(prov="Cần Thơ", topic="at"))
C("Lớp ATVSLĐ ở phường Sóc Trăng học ngày nào", "diacritics", ["LDLDCT-2027-11"])
C("can tho lop nghiep vu cho chu tich cdcs dot 1", "plain", ["LDLDCT-2027-01"])
C("ct cdcs o cantho co lop nao thang 5 ko", "abbrev", F(prov="Cần Thơ", aud="ct", month=(2027, 5)))
C("Hậu Giang cũ, phường Vị Thanh có lớp nghiệp vụ nào ko", "diacritics", ["LDLDCT-2027-12"])
C("lop tuyen giao cd can tho hoc may hom", "plain", ["LDLDCT-2027-10"])
C("Cái Răng có lớp phổ biến Luật Công đoàn không", "diacritics", ["LDLDCT-2027-13"])
C("kcx tra noc co lop thuong luong tap the dot 1 ko", "plain", ["LDLDCT-2027-15"])
C("Stapimex có lớp pháp luật cho đoàn viên ngày nào?", "diacritics", ["LDLDCT-2026-18"])
C("cd nganh y te can tho co lop tai chinh cho ke toan ko", "typo", ["LDLDCT-2027-19"])
C("Cần Thơ có lớp nữ công bình đẳng giới tháng 1 năm sau không?", "diacritics", ["LDLDCT-2027-06"])
C("lop ktra cd o can tho", "abbrev", ["LDLDCT-2027-08"])
C("Cần Thơ có lớp chuyển đổi số học online không ạ", "diacritics", F(prov="Cần Thơ", mode="online"))
C("giang vien kiem chuc khu vuc phia Nam hoc o dau", "plain", ["DHCD-27-03"])
C("CĐ Giáo dục VN có lớp chế độ chính sách nhà giáo ở Cần Thơ ko", "abbrev", ["CDGD-27-04"])
# --- Vĩnh Long
C("Vĩnh Long tháng 12 này có lớp cho chủ tịch CĐCS không?", "diacritics", F(prov="Vĩnh Long", aud="ct", month=(2026, 12)))
C("ben tre co lop nao cho chu tich cd co so ko", "plain", F(prov="Vĩnh Long", aud="ct"))
C("Tra Vinh co lop atvsld nhom 4 ko", "plain", ["VL26-12"])
C("vinh long lop nu cong quay roi tinh duc hoc o dau", "plain", ["VL26-06"])
C("kcn giao long co lop doi thoai dot 1 k", "typo", ["VL27-14"])
C("Lớp thương lượng tập thể về tiền lương ở KCN Vĩnh Long đợt 2 còn nhận đk ko", "abbrev", ["VL27-15"])
C("Vĩnh Long có lớp phần mềm quản lý đoàn viên trực tuyến không", "diacritics", ["VL27-09"])
C("lop kiem tra cd vinh long hoc may ngay", "plain", ["VL27-08"])
C("phuong An Hoi co lop nghiep vu cho ct cdcs thang 10", "abbrev", ["VL27-11"])
C("vinh long co lop tuyen giao ko", "plain", ["VL27-19"])
# --- Đồng Tháp
C("Đồng Tháp có lớp nghiệp vụ công đoàn cho chủ tịch, phó chủ tịch không?", "diacritics", F(prov="Đồng Tháp", topic="nv", aud=["ct", "pct"]))
C("tien giang co lop an toan lao dong ko", "plain", F(prov="Đồng Tháp", topic="at"))
C("Lớp kế toán tài chính CĐCS ở Đồng Tháp tháng 12 hạn đăng ký ngày nào", "diacritics", ["DT-TH-2026-07"])
C("dong thap lop ubkt cdcs", "abbrev", ["DT-TH-2027-08"])
C("My Tho co lop ban nu cong quan chung ko", "plain", ["DT-TH-2027-12"])
C("kcn tan huong co lop phat trien doan vien thang 12 ko", "typo", ["DT-TH-2026-16"])
C("Cao Lãnh có lớp nào cho chủ tịch CĐCS", "diacritics", F(prov="Đồng Tháp", aud="ct", org="Cao Lãnh"))
C("đồng tháp có lớp báo cáo viên kết hợp online ko", "abbrev", ["DT-TH-2027-10"])
C("lop doi thoai thuong luong tap the cua kcn dong thap dot 2 hoc ngay nao", "plain", ["DT-TH-2027-15"])
# --- An Giang
C("An Giang có lớp cho chủ tịch CĐCS tháng 1 không?", "diacritics", F(prov="An Giang", aud="ct", month=(2027, 1)))
C("kien giang co lop atvsld ko", "plain", F(prov="An Giang", topic="at"))
C("Rạch Giá có lớp huấn luyện an toàn vệ sinh lao động tháng 12 ko", "diacritics", ["AG.LTH.26.11"])
C("phu quoc co lop tap huan phap luat ko ad", "typo", ["AG.LTH.27.13"])
C("chau doc lop nu cong hoc may ngay", "plain", ["AG.LTH.27.12"])
C("an giang lop quan ly thu chi tai chinh cdcs thang 12 con dang ky dc ko", "plain", ["AG.LTH.26.07"])
C("AG có lớp BCH mới bầu ko", "abbrev", F(prov="An Giang", topic="nv", aud="bch"))
C("cd nganh gd an giang mo lop nu cong o dau", "abbrev", ["AG.LTH.27.14"])
C("An Giang có lớp phát triển đoàn viên học kết hợp không", "diacritics", ["AG.LTH.26.10"])
C("lop thuong luong tap the o an giang thang 11 nam sau", "plain", ["AG.LTH.27.05"])
# --- Cà Mau
C("Cà Mau có lớp tập huấn nghiệp vụ cho CT CĐCS không?", "abbrev", F(prov="Cà Mau", aud="ct", topic="nv"))
C("bac lieu co lop nao cho chu tich cd co so thang 12", "plain", ["CM2026_11"])
C("Minh Phú có lớp an toàn vệ sinh lao động cho công nhân không", "diacritics", ["CM2027_12"])
C("ca mau co lop nao hoc online duoc ko", "plain", F(prov="Cà Mau", mode="online"))
C("lop kiem tra giam sat tai chinh cdcs ca mau cuoi nam 2027", "plain", ["CM2027_08"])
C("Cà Mau có lớp nữ công không, chống quấy rối đó", "diacritics", ["CM2027_06"])
C("ca mau co lop doi thoai thuong luong ko", "typo", ["CM2027_05"])
# --- Khánh Hòa
C("Khánh Hòa có lớp thương lượng tập thể nào cho chủ tịch CĐCS?", "diacritics", F(prov="Khánh Hòa", topic="tl"))
C("nha trang thang 12 co lop gi", "plain", F(prov="Khánh Hòa", month=(2026, 12)))
C("ninh thuan co lop atvsld ko", "plain", F(prov="Khánh Hòa", topic="at"))
C("Phan Rang có lớp an toàn lao động ngày nào", "diacritics", ["KHH-27-11"])
C("van phong co lop thuong luong dot 2 ko", "typo", ["KHH-27-15"])
C("kkt van phong lop doi thoai dot 1 han dk", "abbrev", ["KHH-27-14"])
C("Cam Ranh có lớp cho đoàn viên không", "diacritics", ["KHH-27-12"])
C("lop ubkt khanh hoa thang 12 hoc may ngay", "abbrev", ["KHH-26-08"])
C("khanh hoa lop phan mem ke toan cd", "plain", ["KHH-27-07"])
# --- Lâm Đồng
C("Lâm Đồng có lớp nghiệp vụ cho chủ tịch, PCT CĐCS nào không?", "abbrev", F(prov="Lâm Đồng", aud=["ct", "pct"], topic="nv"))
C("da lat co lop doi thoai thuong luong tap the ko", "plain", F(prov="Lâm Đồng", topic="tl"))
C("Phan Thiết có lớp nào cho chủ tịch CĐCS tháng 12", "diacritics", ["LDG-2026-TH11"])
C("binh thuan co lop boi duong nghiep vu ko", "plain", F(prov="Lâm Đồng", topic="nv"))
C("dak nong cu co lop nu cong ko", "plain", ["LDG-2027-TH12"])
C("Bảo Lộc có lớp ATVSLĐ không ạ", "diacritics", ["LDG-2026-TH13"])
C("cd nganh y te lam dong lop phan mem quan ly doan vien o dau", "typo", ["LDG-2026-TH14"])
C("lam dong lop ky nang AI cho can bo cd hoc online ko", "plain", ["LDG-2027-TH09"])
C("lop tuyen giao lam dong hoc may ngay", "abbrev", ["LDG-2027-TH10"])
C("Lâm Đồng có lớp kiểm tra công đoàn không", "diacritics", ["LDG-2027-TH08"])
# --- Đắk Lắk
C("Đắk Lắk có lớp tập huấn nào cho chủ tịch CĐCS sắp tới?", "diacritics", F(prov="Đắk Lắk", aud="ct"))
C("dak lak thang 12 co lop atvsld nao", "plain", F(prov="Đắk Lắk", topic="at", month=(2026, 12)))
C("phu yen co lop an toan lao dong ko", "plain", F(prov="Đắk Lắk", topic="at"))
C("Tuy Hòa có lớp ATVSLĐ nhóm 4 ngày nào", "diacritics", ["DLK.26.11"])
C("ea kar co lop cho bch moi bau ko", "plain", ["DLK.26.12"])
C("cd nganh giao duc dak lak mo lop gi thang 12", "abbrev", ["DLK.26.14"])
C("lop giang vien kiem chuc mien trung tay nguyen", "plain", ["DHCD-27-02"])
C("cafe Phước An có lớp an toàn lao động ko", "typo", ["DLK.27.13"])
C("Cao su có lớp phát triển đoàn viên ở Đắk Lắk không?", "diacritics", ["CDCS-VN-27-02"])
C("dak lak co lop doi thoai thuong luong ko", "plain", ["DLK.27.05"])
C("dak lak lop nu cong ngay nao", "plain", ["DLK.27.06"])
# --- Gia Lai
C("Gia Lai có lớp nghiệp vụ cho CT, PCT CĐCS không?", "abbrev", F(prov="Gia Lai", topic="nv", aud=["ct", "pct"]))
C("binh dinh co lop thuong luong tap the ko", "plain", F(prov="Gia Lai", topic="tl"))
C("Quy Nhơn có lớp nào của CĐ khu kinh tế không", "diacritics", F(prov="Gia Lai", otype="kcn"))
C("pleiku co lop nu cong ko", "plain", ["GL-27-11"])
C("An Nhơn có lớp phòng chống quấy rối không", "diacritics", ["GL-27-12"])
C("lop atvsld khai thac mu cao su o gia lai hoc o dau", "plain", ["CDCS-VN-26-01"])
C("gia lai lop kiem tra giam sat tai chinh hoc thang may", "plain", ["GL-27-08"])
C("GL có lớp tư vấn pháp luật cho cán bộ cđ cấp trên ko", "abbrev", ["GL-27-10"])
C("gia lai co lop atvsld thang 12 ko", "typo", F(prov="Gia Lai", topic="at", month=(2026, 12)))
# --- Quảng Ngãi
C("Quảng Ngãi có lớp ATVSLĐ nào?", "diacritics", F(prov="Quảng Ngãi", topic="at"))
C("kon tum co lop nghiep vu cong doan ko", "plain", ["QNG2026-11"])
C("dung quat co lop thuong luong tap the dot 1 ko", "plain", ["QNG2027-13"])
C("lọc hóa dầu Bình Sơn có lớp pháp luật cho đv ko", "abbrev", ["QNG2027-16"])
C("CĐ Công Thương có lớp ATVSLĐ hóa chất dầu khí ở đâu", "diacritics", ["CDCT-27-02"])
C("quang ngai lop ke toan tai chinh cd", "plain", ["QNG2027-07"])
C("quang ngai co lop tu van phap luat hoc ket hop ko", "typo", ["QNG2027-10"])
# --- Đà Nẵng
C("Đà Nẵng có lớp cho chủ tịch CĐCS không?", "diacritics", F(prov="Đà Nẵng", aud="ct"))
C("quang nam co lop nao ve phap luat ko", "plain", F(prov="Đà Nẵng", topic="pl"))
C("Hội An có lớp gì cho BCH công đoàn cơ sở", "diacritics", ["DNG-TH-27-11"])
C("tam ky lop tu van phap luat", "plain", ["DNG-TH-27-12"])
C("kcn hoa khanh co lop thuong luong tap the dot 2 ko", "plain", ["DNG-TH-27-15"])
C("da nang thang 12 co lop nu cong ko", "typo", ["DNG-TH-26-06"])
C("Lớp ATVSLĐ của LĐLĐ Đà Nẵng tháng 12 học mấy ngày", "diacritics", ["DNG-TH-26-04"])
C("dn co lop ke toan cd truong hoc cua cd giao duc ko", "abbrev", ["CDGD-27-03"])
C("da nang lop giang vien kiem chuc khi nao to chuc", "plain", ["DNG-TH-27-19"])
C("Đà Nẵng có lớp tuyên giáo không ạ", "diacritics", ["DNG-TH-27-10"])
# --- Huế
C("Huế có lớp thương lượng tập thể tháng 12 không?", "diacritics", ["HUE_2026_05"])
C("thua thien hue co lop nu cong ko", "plain", F(prov="Huế", topic="nc"))
C("hue lop nghiep vu ct pct cdcs dot 1 hoc o dau", "abbrev", ["HUE_2027_01"])
C("huong thuy co lop gi cho bch ko", "plain", ["HUE_2027_11"])
C("CĐ Y tế có lớp ATVSLĐ trong bệnh viện ở Huế ngày nào", "diacritics", ["CDYT-27-01"])
C("hue lop tranh chap lao dong tap the du kien quy may", "plain", ["HUE_2027_15"])
C("hue co lop the doan vien dien tu online ko", "typo", ["HUE_2027_09"])
# --- Nghệ An
C("Nghệ An có lớp nghiệp vụ cho chủ tịch CĐCS không?", "diacritics", F(prov="Nghệ An", aud="ct", topic="nv"))
C("vinh nghe an co lop atvsld ko", "plain", F(prov="Nghệ An", topic="at"))
C("KKT Đông Nam Nghệ An có lớp thương lượng đợt 2 ko", "abbrev", ["NA.TH.2027.14"])
C("hoang mai co lop phap luat lao dong ko", "plain", ["NA.TH.2027.11"])
C("nghe an lop phat trien doan vien", "plain", F(prov="Nghệ An", topic="pt"))
C("Nghệ An có lớp giải quyết tranh chấp lao động không", "diacritics", ["NA.TH.2027.18"])
C("nghe an lop ke toan tai chinh cdcs thang 8", "typo", ["NA.TH.2027.07"])
# --- Hà Nội
C("Hà Nội có lớp nghiệp vụ cho chủ tịch CĐCS đợt 1 không?", "diacritics", ["HN-2027-001"])
C("ha noi thang 12 co lop gi cho bch cdcs", "plain", F(prov="Hà Nội", aud="bch", month=(2026, 12)))
C("me linh co lop phap luat cho doan vien ko", "plain", ["HN-2026-012"])
C("long bien co lop tuyen truyen phap luat ko", "typo", ["HN-2027-011"])
C("KCN Thăng Long có lớp ATVSLĐ tháng 1 không", "diacritics", ["HN-2027-013"])
C("Trường ĐH Công đoàn có lớp lý luận cho cán bộ chuyên trách ko", "abbrev", ["DHCD-27-01"])
C("truong dh cong doan co lop nao online", "plain", F(org="Trường Đại học Công đoàn", mode="online"))
C("Lớp văn thư lưu trữ online của Trường ĐH Công đoàn hạn đăng ký", "diacritics", ["DHCD-26-05"])
C("cd cong thuong co lop cho chu tich cdcs doanh nghiep ko", "plain", ["CDCT-26-03"])
C("CĐ Y tế VN có lớp chuyển đổi số online không", "diacritics", ["CDYT-27-03"])
C("cd giao duc co lop online cho chu tich cd truong hoc ko", "typo", ["CDGD-27-01"])
C("truong trung cap cd ha noi mo lop gi", "plain", F(org="Trường Trung cấp Công đoàn Hà Nội"))
# --- Hải Phòng / Bắc Ninh
C("Hải Dương cũ có lớp ATVSLĐ cho chủ tịch CĐCS không", "diacritics", ["HP27-11"])
C("hai phong thang 12 co lop nghiep vu cho ct cdcs", "abbrev", ["HP26-01"])
C("bac giang co lop nao cho ct cdcs thang 1", "plain", F(prov="Bắc Ninh", aud="ct", month=(2027, 1)))
C("KCN Quế Võ có lớp phát triển đoàn viên ko", "diacritics", ["BN-27-15"])
C("bac ninh co lop chuyen doi so online thang 12 ko", "typo", ["BN-26-09"])
# --- cross-province / generic
C("Có lớp nào về giảng viên kiêm chức không?", "diacritics", F(topic="gv"))
C("lop giai quyet tranh chap lao dong", "plain", F(topic="tc"))
C("thang sau co lop truc tuyen nao ko", "plain", F(mode="tt", month=(2026, 12)))
C("Tháng 12 này có lớp nào học kết hợp trực tiếp và online không?", "diacritics", [c for c in F(mode="online", month=(2026, 12)) if BY[c]["mode"].startswith("Kết hợp")])
C("lop van thu luu tru cd", "plain", F(topic="vt"))
C("lớp boi duong ly luan chinh tri cho cb cd chuyen trach", "typo", F(topic="ll"))
C("co lop nao ve thuong luong tap the o KCN ko, ben mien tay", "plain", F(topic="tl", otype="kcn", prov=["Cần Thơ", "Vĩnh Long", "Đồng Tháp", "An Giang", "Cà Mau"]))
C("lop cho can bo cd cap tren co so tphcm", "plain", F(prov="Hồ Chí Minh", aud="ctr"))
C("Lớp ATVSLĐ cho mạng lưới an toàn vệ sinh viên ở Cần Thơ", "diacritics", ["LDLDCT-2027-04", "LDLDCT-2027-11"])
C("cd cao su vn co lop nao", "abbrev", F(org="Cao su Việt Nam"))
# --- profile-dependent
C("tỉnh mình có lớp ATVSLĐ nào sắp tới ko ad", "abbrev", F(prov="Cần Thơ", topic="at"), profile=P("Cần Thơ"))
C("bên mình có lớp nghiệp vụ cho chủ tịch không, đợt gần nhất", "diacritics", F(prov="Đồng Nai", aud="ct", topic="nv", nearest=True), profile=P("Đồng Nai"))
C("tinh minh thang sau co lop gi", "plain", F(prov="Vĩnh Long", month=(2026, 12)), profile=P("Vĩnh Long"))
C("co lop nu cong nao cho e ko a", "abbrev", F(prov="Đắk Lắk", topic="nc"), profile=P("Đắk Lắk", "Trưởng ban nữ công CĐCS"))
C("mk la ke toan cdcs, tinh minh co lop tai chinh nao", "abbrev", F(prov="Khánh Hòa", topic="tch"), profile=P("Khánh Hòa", "Kế toán CĐCS"))
C("lop ubkt gan nhat o tinh minh", "plain", F(prov="An Giang", topic="kt", nearest=True), profile=P("An Giang", "Ủy viên UBKT CĐCS"))
C("Ở thành phố mình có lớp đối thoại thương lượng tập thể nào không?", "diacritics", F(prov="Đà Nẵng", topic="tl"), profile=P("Đà Nẵng"))
C("tỉnh mk có lớp online ko", "abbrev", F(prov="Gia Lai", mode="online"), profile=P("Gia Lai"))
C("Lớp nghiệp vụ chủ tịch ở tỉnh em đợt 2 học ngày nào ạ", "diacritics", ["TN_KH27_02"], profile=P("Tây Ninh"))
C("tinh minh co lop phap luat lao dong nao nam 2027", "typo", F(prov="Nghệ An", topic="pl", year=2027), profile=P("Nghệ An"))
C("chỗ mình có lớp gì tháng 1 năm sau ko", "diacritics", F(prov="Huế", month=(2027, 1)), profile=P("Huế"))
C("lop cho chu tich cdcs o tinh minh quy 1 nam sau", "plain", F(prov="Lâm Đồng", aud="ct", quarter=(2027, 1)), profile=P("Lâm Đồng"))
C("Khu CN bên mình có lớp ATVSLĐ nào ko", "abbrev", F(prov="Quảng Ngãi", topic="at", otype="kcn"), profile=P("Quảng Ngãi"))
C("lop phat trien doan vien o tinh minh", "plain", F(prov="Cà Mau", topic="pt"), profile=P("Cà Mau"))
C("tp minh quy 1 nam sau co lop nu cong ko", "typo", F(prov="Hồ Chí Minh", topic="nc", quarter=(2027, 1)), profile=P("Hồ Chí Minh"))
# --- month / quarter
C("Tháng 2/2027 ở Gia Lai có những lớp nào?", "diacritics", F(prov="Gia Lai", month=(2027, 2)))
C("quy 1 nam 2027 o Dong Tháp co lop nao cho chu tich", "typo", F(prov="Đồng Tháp", aud="ct", quarter=(2027, 1)))
C("thang 4 nam sau can tho co lop gi", "plain", F(prov="Cần Thơ", month=(2027, 4)))
C("Quý 3 năm 2027 Khánh Hòa có lớp nào về thương lượng không", "diacritics", F(prov="Khánh Hòa", topic="tl", quarter=(2027, 3)))
C("thang 6 2027 lop nu cong o dau co", "plain", F(topic="nc", month=(2027, 6)))
C("nửa cuối năm 2027 An Giang có lớp ATVSLĐ nào", "diacritics", F(prov="An Giang", topic="at", months=[(2027, m) for m in range(7, 13)]) + [c for c in F(prov="An Giang", topic="at") if BY[c]["planned"] and BY[c]["planned"][0] == "quy" and BY[c]["planned"][1] >= 3])
# --- status: finished / cancelled / planned
C("Lớp tài chính CĐ ở Huế tháng 6 năm sau có bị hủy không?", "diacritics", ["HUE_2027_14"])
C("lop tap huan phan mem ke toan cd o tphcm thang 2 con to chuc ko, nghe noi huy", "plain", ["HCM-27-TCH-23"])
C("lop nu cong cua LĐLĐ Can Tho thang 10 vua roi da xong chua", "typo", ["LDLDCT-2026-20"])
C("lop van thu o ha noi du kien khi nao", "plain", ["HN-2027-020"])
C("Lớp tranh chấp LĐ tập thể ở Khánh Hòa dự kiến quý mấy, đăng ký được chưa", "diacritics", ["KHH-27-19"])
C("lớp atvsld ở lâm đồng dự kiến năm sau là lớp nào", "diacritics", ["LDG-2027-TH18"])
C("lop doi thoai noi lam viec cua ldld da nang thang 8 con hoc ko", "plain", ["DNG-TH-27-18"])
# --- deadlines / seats / organiser
C("Lớp nào sắp hết hạn đăng ký ở Tây Ninh?", "diacritics", ["TN_KH26_13"])
C("lop atvsld kcn dong nai co bao nhieu cho", "plain", ["DNAI.2026.014"])
C("lớp nghiệp vụ CT PCT CĐCS Vĩnh Long tháng 12 ai tổ chức, mấy chỗ", "abbrev", ["VL26-01"])
C("Lớp chuyển đổi số của CĐ ngành Y tế Lâm Đồng hạn đăng ký qua chưa?", "diacritics", ["LDG-2026-TH14"])
C("lop huan luyen atvsld cho cong nhan cao su gia lai con cho ko", "typo", ["CDCS-VN-26-01"])
C("lop nghiep vu chu tich cdcs o an giang dot 1 han dk ngay nao", "plain", ["AG.LTH.27.01"])

# ================================================================== TARGET (≈42)
T("Chỉ tiêu tập huấn chủ tịch, phó chủ tịch CĐCS năm 2026 của LĐLĐ TP.HCM là bao nhiêu, đạt được bao nhiêu rồi?", "diacritics", ["CT-HCM-2026-CTCD"], ["5.000", "4.120"])
T("chi tieu nam 2027 cua ldld tphcm tap huan ct cdcs", "abbrev", ["CT-HCM-2027-CTCD"], ["5.200"])
T("nam 2025 hcm tap huan chu tich cdcs co vuot chi tieu ko", "plain", ["CT-HCM-2025-CTCD"], ["4.500", "4.812"])
T("Huấn luyện ATVSLĐ năm nay ở thành phố Hồ Chí Minh chỉ tiêu bao nhiêu lượt?", "diacritics", ["CT-HCM-2026-ATVSLD"], ["12.000", "9.870"])
T("nam sau ldld hcm du kien mo bao nhieu lop", "plain", ["CT-HCM-2027-LOP"], ["60"])
T("ti le can bo cd chuyen trach duoc dao tao nhiem ky nay o hcm dat bao nhieu %", "typo", ["CT-HCM-2023-2028-CT"], ["100", "86"])
T("CĐ các KCX-KCN TP.HCM chỉ tiêu tập huấn thương lượng tập thể năm 2026 đạt chưa?", "abbrev", ["KCX-HCM-2026-TLTT"], ["800", "655"])
T("Đồng Nai năm nay chỉ tiêu bồi dưỡng nghiệp vụ cán bộ CĐCS là bao nhiêu?", "diacritics", ["DNAI-CT-2026-01"], ["3.400", "2.960"])
T("dong nai tap huan nu cong 2026 dat chi tieu chua", "plain", ["DNAI-CT-2026-02"], ["600", "610"])
T("chi tieu dao tao nam 2027 ldld dong nai", "plain", ["DNAI-CT-2027-01"], ["3.600"])
T("cđ các kcn đồng nai chỉ tiêu tập huấn vận động PTĐV năm nay", "abbrev", ["KCN-DNAI-2026"], ["1.000", "720"])
T("Tây Ninh năm 2025 tập huấn chủ tịch CĐCS đạt bao nhiêu so với chỉ tiêu?", "diacritics", ["TN-2025-CTCD"], ["1.900", "1.874"])
T("tay ninh nam nay chi tieu tap huan ct pct cdcs", "abbrev", ["TN-2026-CTCD"], ["2.100", "1.530"])
T("long an cu gio thuoc tay ninh, chi tieu nam 2027 tap huan chu tich la bao nhieu", "plain", ["TN-2027-CTCD"], ["2.300"])
T("Chỉ tiêu bồi dưỡng cán bộ CĐCS năm 2026 của LĐLĐ Cần Thơ, đến nay đạt bao nhiêu?", "diacritics", ["CT-CTH-2026"], ["2.600", "2.210"])
T("can tho ti le cbcd chuyen trach duoc boi duong nam nay", "plain", ["CT-CTH-2026-TL"], ["100", "92,5"])
T("can tho nam ngoai dat chi tieu dao tao ko", "typo", ["CT-CTH-2025"], ["2.400", "2.515"])
T("Chỉ tiêu năm 2027 của Cần Thơ về bồi dưỡng nghiệp vụ", "diacritics", ["CT-CTH-2027"], ["2.800"])
T("vinh long chi tieu tap huan nghiep vu cdcs nam 2026 dat bao nhieu nguoi roi", "plain", ["VL-2026-01"], ["1.500", "1.180"])
T("VL năm 2025 có đạt chỉ tiêu tập huấn CT CĐCS ko", "abbrev", ["VL-2025-01"], ["1.350", "1.402"])
T("Đồng Tháp chỉ tiêu bồi dưỡng cán bộ công đoàn năm nay?", "diacritics", ["DT-CT-2026"], ["2.050", "1.760"])
T("dong thap nam 2027 chi tieu bao nhieu hoc vien", "plain", ["DT-CT-2027"], ["2.200"])
T("An Giang năm nay mở được bao nhiêu lớp so với chỉ tiêu?", "diacritics", ["AG-2026-LOP"], ["45", "38"])
T("an giang luot hoc vien tap huan nam 2026 dat bn", "abbrev", ["AG-2026-HV"], ["3.150", "2.870"])
T("ca mau chi tieu tap huan can bo cdcs nam nay", "plain", ["CM-2026"], ["1.200", "1.045"])
T("Khánh Hòa huấn luyện ATVSLĐ năm 2026 có vượt chỉ tiêu không?", "diacritics", ["KH-2026-01"], ["2.500", "2.730"])
T("khanh hoa chi tieu tap huan ct pct cdcs 2026 dat bao nhieu roi", "abbrev", ["KH-2026-02"], ["900", "610"])
T("lam dong nam 2026 chi tieu boi duong can bo cdcs", "typo", ["LDG-2026"], ["2.700", "2.288"])
T("Lâm Đồng năm 2025 đạt chỉ tiêu đào tạo không?", "diacritics", ["LDG-2025"], ["1.450", "1.512"])
T("dak lak chi tieu tap huan can bo nu cong nam nay", "plain", ["DLK-2026-NC"], ["700", "455"])
T("Đắk Lắk năm 2027 giao chỉ tiêu tập huấn chủ tịch CĐCS bao nhiêu?", "diacritics", ["DLK-2027-CT"], ["1.750"])
T("binh dinh cu nay la gia lai, chi tieu boi duong can bo cd nam 2026 la bn", "plain", ["GL-2026"], ["2.900", "2.415"])
T("quang ngai chi tieu tap huan cb cdcs 2026", "abbrev", ["QNG-2026"], ["1.750", "1.620"])
T("Đà Nẵng năm nay chỉ tiêu tập huấn cán bộ CĐCS bao nhiêu, tính cả Quảng Nam cũ?", "diacritics", ["DNG-2026"], ["3.500", "2.940"])
T("da nang nam 2025 co dat chi tieu tap huan ko", "typo", ["DNG-2025"], ["2.200", "2.356"])
T("Huế năm 2026 có hoàn thành chỉ tiêu tập huấn nghiệp vụ không?", "diacritics", ["HUE-2026"], ["1.100", "1.156"])
T("nghe an ti le cdcs co can bo duoc tap huan nam nay", "plain", ["NA-2026-TL"], ["95", "88,7"])
T("nghe an nam 2027 chi tieu boi duong can bo cdcs bao nhieu", "plain", ["NA-2027"], ["4.000"])
T("ha noi chi tieu huan luyen atvsld nam 2026 dat chua", "plain", ["HN-2026-ATVSLD"], ["3.200", "3.064"])
T("Chỉ tiêu bồi dưỡng chủ tịch CĐCS năm 2027 của LĐLĐ Hà Nội?", "diacritics", ["HN-2027"], ["6.500"])
T("cd giao duc vn chi tieu tap huan chu tich cd truong hoc nam nay dat bn", "abbrev", ["GD-2026"], ["2.000", "1.730"])
T("hai phong chi tieu boi duong can bo cdcs nam 2026", "typo", ["HP-2026"], ["3.000", "2.480"])
T("chỉ tiêu năm nay của tỉnh mình đạt bao nhiêu rồi", "diacritics", ["DLK-2026-NC", "DLK-2026-CT"], ["700", "1.600"], profile=P("Đắk Lắk"))
T("tinh minh nam sau chi tieu dao tao bn", "plain", ["GL-2027"], ["3.100"], profile=P("Gia Lai"))
T("chi tieu nam 2026 cua bac ninh dat bao nhieu %", "abbrev", ["BN-2026"], ["3.300", "2.990"])

# ================================================================== FACT (≈36)
X("Năm 2016 các cấp CĐ Thủ đô tổ chức được bao nhiêu lớp so với kế hoạch?", "diacritics", ["33/33"])
X("ha noi nam 2016 co bao nhieu luot hoc vien tham gia tap huan so ke hoach", "plain", ["3831/3580"])
X("Kế hoạch đào tạo cán bộ CĐ Hà Nội 2016 đạt bao nhiêu phần trăm lượt học viên", "diacritics", ["107%"])
X("truong trung cap cd ha noi nam 2016 huan luyen atvsld bao nhieu lop", "plain", ["42"])
X("Trường Trung cấp CĐ Hà Nội năm 2016 huấn luyện ATVSLĐ được bao nhiêu học viên?", "diacritics", ["3.060"])
X("tong so luot can bo cd ha noi tham gia tap huan nam 2016 tu cac nguon la bn", "abbrev", ["38.386"])
X("ai la truong ban to chuc ldld ha noi bao cao ket qua dao tao 2016", "plain", ["Lê Xuân Trường"])
X("Phó Chủ tịch LĐLĐ Hà Nội phát biểu ở hội nghị đào tạo cán bộ là ai", "diacritics", ["Phạm Bá Vĩnh"])
X("lop ky nang tuyen truyen phat trien doan vien cua ha noi hoc may ngay, bao nhieu can bo", "typo", ["3 ngày", "23"])
X("Mục tiêu đến hết nhiệm kỳ Đại hội XV Công đoàn Hà Nội về cán bộ chuyên trách là gì?", "diacritics", ["100%"])
X("Lạng Sơn có bao nhiêu cán bộ công đoàn?", "diacritics", ["8.343"])
X("lang son co bao nhieu cbcd chuyen trach", "abbrev", ["74"])
X("so can bo cd khong chuyen trach o lang son", "plain", ["8.269"])
X("Chương trình 104/CTr-LĐLĐ Lạng Sơn ban hành ngày nào?", "diacritics", ["29/11/2013"])
X("so can bo cd o huyen chi lang la bao nhieu", "plain", ["366"])
X("Chủ tịch LĐLĐ huyện Chi Lăng tên là gì", "diacritics", ["Hoàng Văn Dũng"])
X("tu 2013 lang son to chuc bao nhieu lop tap huan cho bao nhieu luot cbcd", "abbrev", ["85", "8.069"])
X("kinh phi tap huan can bo cd lang son tu 2013 het bao nhieu", "typo", ["2,1 tỷ"])
X("Cuối năm 2017 Lạng Sơn có bao nhiêu CĐCS vững mạnh?", "diacritics", ["1.238"])
X("anh chu tich cdcs htx dong tam ten gi, doan vien tang tu bao nhieu", "plain", ["Nguyễn Văn Kiên", "38"])
X("nhiem ky 2018-2023 lang son co bao nhieu cbcd lan dau vao bch", "plain", ["3.500"])
X("Năm 2020 LĐLĐ huyện Mê Linh phối hợp tổ chức mấy lớp tập huấn?", "diacritics", ["2 lớp"])
X("me linh 2020 tap huan cho bao nhieu luot can bo doan vien", "plain", ["400"])
X("Nghị quyết 4a/NQ-TLĐ về đào tạo cán bộ công đoàn ban hành ngày nào", "diacritics", ["04/3/2010"])
X("chuong trinh 1644 cua tong ldld ngay thang nao", "typo", ["04/11/2013"])
X("Lạng Sơn mở lớp giảng viên kiêm chức cho bao nhiêu đồng chí?", "diacritics", ["25"])
X("ai khai mac lop giang vien kiem chuc lang son", "plain", ["Trần Thị Kim Anh"])
X("văn bản nào của Tổng LĐLĐ về nâng cao trình độ kỹ năng nghề cho đoàn viên", "diacritics", ["1464/CTr-TLĐ", "8/10/2013"])
X("ke hoach 53 cua ldld soc trang ban hanh ngay nao", "plain", ["10/12/2013"])
X("Sóc Trăng 2013-2015 có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn?", "diacritics", ["23.339"])
X("soc trang bao nhieu doan vien nld duoc hoc tap nang cao trinh do, dat bao nhieu %", "plain", ["32.775", "61,23%"])
X("soc trang co bao nhieu can bo cdcs duoc boi duong nghiep vu", "abbrev", ["8.891", "97,9%"])
X("LĐLĐ Sóc Trăng phối hợp trường nào mở lớp quản lý nhà nước chuyên viên chính", "diacritics", ["Tôn Đức Thắng"])
X("soc trang mo bao nhieu lop boi duong cho chu tich cdcs", "typo", ["05", "746"])
X("so cuoc tuyen truyen nang cao trinh do o soc trang", "plain", ["1.250", "41.640"])
X("ai viet bai ve nang cao trinh do doan vien o soc trang", "plain", ["Lục Bích Phúc"])

# ================================================================== OFF TOPIC (≈36)
O("Đoàn phí công đoàn hiện nay đóng bao nhiêu phần trăm lương?", "diacritics")
O("doan phi thu 1% luong dung ko ad", "plain")
O("kinh phí công đoàn 2% doanh nghiệp đóng vào tài khoản nào", "diacritics")
O("che do om dau bhxh duoc nghi bao nhieu ngay 1 nam", "plain")
O("nghỉ thai sản được mấy tháng vậy ad", "diacritics")
O("ld nam vo sinh con dc nghi may ngay", "abbrev")
O("lương tối thiểu vùng 2026 vùng 2 là bao nhiêu", "diacritics")
O("luong toi thieu vung 1 nam sau tang ko", "plain")
O("Tết này công đoàn tặng quà đoàn viên mức bao nhiêu là đúng quy định?", "diacritics")
O("Tet cong doan 2027 dang ky mua hang o dau", "typo")
O("thu tuc ket nap doan vien moi can giay to gi", "plain")
O("mẫu đơn xin gia nhập công đoàn lấy ở đâu ạ", "diacritics")
O("thủ tục thành lập CĐCS ở cty mới gồm những gì", "abbrev")
O("cty e co 20 cn thi lap cdcs dc chua", "abbrev")
O("cach tinh tro cap that nghiep", "plain")
O("đi làm bị tai nạn thì công đoàn hỗ trợ bao nhiêu tiền", "diacritics")
O("thoi tiet can tho ngay mai co mua ko", "plain")
O("tối nay VN đá với Thái Lan mấy giờ", "diacritics")
O("gia vang hom nay bao nhieu", "typo")
O("ad ơi quên mật khẩu VssID thì làm sao", "abbrev")
O("mai co nghi le ko ad", "plain")
O("Chế độ nghỉ phép năm của người lao động là mấy ngày?", "diacritics")
O("cong doan co ho tro tien thue nha cho cong nhan ko", "plain")
O("mái ấm công đoàn xét cho ai vậy", "typo")
O("bầu lại ban chấp hành CĐCS giữa nhiệm kỳ cần làm gì", "diacritics")
O("chủ tịch CĐCS không chuyên trách có được phụ cấp không, bao nhiêu", "diacritics")
O("cty no luong 2 thang thi cd can thiep the nao", "plain")
O("đình công đúng luật cần mấy bước", "diacritics")
O("viết giùm mình bài phát biểu khai mạc đại hội CĐCS", "diacritics")
O("ad cho hoi so dien thoai ldld tinh dong nai", "typo")
O("the doan vien dien tu cai app nao", "plain")
O("trợ cấp khó khăn đột xuất cho đoàn viên mức bao nhiêu", "diacritics")
O("đoàn viên nghỉ hưu có phải đóng đoàn phí nữa không", "diacritics")
O("hom nay la ngay bao nhieu am lich", "plain")
O("bao hiem y te trai tuyen co duoc huong ko", "typo")
O("tổ chức giải bóng đá công nhân thì xin kinh phí công đoàn ntn", "abbrev")

# ================================================================== DIALOGUES
DL = []
def d(c):  # start date text
    return dmy(BY[c]["start"])
def dl_(c):
    return dmy(BY[c]["deadline"])
def L(codes):  # list turn
    assert 1 <= len(codes) <= 5, codes
    return {"kind": "course_list", "codes": list(codes), "text": []}
def Cx(code, *text, alts=None):
    if alts:  # several classes defensible: no text requirement tied to one of them
        return {"kind": "course", "codes": [code] + [a for a in alts if a != code], "text": []}
    return {"kind": "course", "codes": [code], "text": list(text)}
def Rg(code):
    return {"kind": "register", "codes": [code], "text": []}
def Tg(codes, *text):
    return {"kind": "target", "codes": codes, "text": list(text)}
def Fx(*text):
    return {"kind": "fact", "codes": [], "text": list(text)}
OFF = {"kind": "off_topic", "codes": [], "text": []}
def DG(style, turns, profile=None):
    DL.append({"profile": profile, "style": style, "turns": [{"q": q, "expect": e} for q, e in turns]})
def nopl(codes):
    assert not any(BY[c]["planned"] for c in codes), codes
    return codes

# 1 Cần Thơ ATVSLĐ
l = nopl(F(prov="Cần Thơ", topic="at"))
DG("abbrev", [
 ("co lop atvsld nao o can tho ko ad", L(l)),
 ("cái thứ 2 học mấy ngày", Cx(l[1], d(l[1]))),
 ("ở đâu vậy", Cx(l[1], "Ninh Kiều")),
 ("thế lớp ở phường Sóc Trăng thì hạn đk khi nào", Cx("LDLDCT-2027-11", dl_("LDLDCT-2027-11"))),
 ("dk cho mk lop do luon", Rg("LDLDCT-2027-11")),
 ("nam nay tp minh dat chi tieu dao tao chua", Tg(["CT-CTH-2026", "CT-CTH-2026-TL"], "2.600")),
], profile=P("Cần Thơ"))
# 2 HCM nữ công
l = nopl(F(prov="Hồ Chí Minh", topic="nc"))
DG("diacritics", [
 ("Ở TP.HCM có lớp nữ công nào sắp mở không ạ?", L(l)),
 ("Lớp đầu tiên do ai tổ chức?", Cx(l[0], d(l[0]))),
 ("Còn lớp thứ ba thì học ở đâu?", Cx(l[2], "Tôn Đức Thắng")),
 ("Cho hỏi đoàn viên nữ nghỉ thai sản có được công đoàn hỗ trợ gì không?", OFF),
 ("Quay lại chuyện lớp, đăng ký giúp tôi lớp thứ hai nhé", Rg(l[1])),
])
# 3 Đồng Nai KCN
l = nopl(F(prov="Đồng Nai", otype="kcn"))
DG("plain", [
 ("cd cac kcn dong nai co nhung lop nao", L(l)),
 ("lop thu 3 hoc ngay nao", Cx(l[2], d(l[2]))),
 ("con dot 2 thi sao", Cx("DNAI.2027.016", d("DNAI.2027.016"))),
 ("dang ky dot 2 cho minh", Rg("DNAI.2027.016")),
 ("chi tieu tap huan cua cd cac kcn dong nai nam nay dat bao nhieu roi", Tg(["KCN-DNAI-2026"], "1.000", "720")),
])
# 4 Tây Ninh tháng 12
l = nopl(F(prov="Tây Ninh", month=(2026, 12)))
DG("typo", [
 ("thang sau tay ninh co lơp j ko", L(l)),
 ("lop dau tiên han dang ki ngay mây", Cx(l[0], dl_(l[0]))),
 ("con lop cuoi cung hoc o dau", Cx(l[-1], "Tân An")),
 ("thang 1 thi sao", L(nopl(F(prov="Tây Ninh", month=(2027, 1))))),
 ("nam ngoai tinh minh tap huan chu tich dat chi tieu ko", Tg(["TN-2025-CTCD"], "1.900", "1.874")),
], profile=P("Tây Ninh"))
# 5 Vĩnh Long TLTT
l = nopl(F(prov="Vĩnh Long", topic="tl"))
DG("diacritics", [
 ("Vĩnh Long có lớp thương lượng tập thể nào?", L(l)),
 ("Lớp thứ hai học mấy ngày, ở đâu?", Cx(l[1], d(l[1]), "Giao Long")),
 ("Thế còn ở Đồng Tháp?", L(nopl(F(prov="Đồng Tháp", topic="tl")))),
 ("Đăng ký cho mình lớp đầu ở Đồng Tháp", Rg(F(prov="Đồng Tháp", topic="tl")[0])),
])
# 6 Đồng Tháp KCN + off-topic
l = nopl(F(prov="Đồng Tháp", otype="kcn"))
DG("plain", [
 ("kcn o tien giang co lop nao khong", L(l)),
 ("cai thu hai la lop gi, hoc ngay nao", Cx(l[1], d(l[1]))),
 ("luong toi thieu vung nam 2027 la bao nhieu vay", OFF),
 ("ok, con lop atvsld trong do hoc o dau", Cx("DT-TH-2027-13", "Tân Hương")),
 ("dang ky lop thu hai giup minh", Rg(l[1])),
])
# 7 An Giang tháng 12
l = nopl(F(prov="An Giang", month=(2026, 12)))
DG("abbrev", [
 ("tháng 12 ở AG có lớp j k ad", L(l[:4])),
 ("lớp ở Rạch Giá học mấy hôm", Cx("AG.LTH.26.11", d("AG.LTH.26.11"))),
 ("đk cho e lớp đó", Rg("AG.LTH.26.11")),
 ("lớp đầu tiên học online dc ko", Cx(l[0], d(l[0]))),
 ("an giang nam nay mo dc bn lop so voi chi tieu", Tg(["AG-2026-LOP"], "45", "38")),
])
# 8 Khánh Hòa KKT
l = nopl(F(prov="Khánh Hòa", otype="kcn"))
DG("diacritics", [
 ("Công đoàn KKT Vân Phong có những lớp nào?", L(l)),
 ("Lớp cuối danh sách học mấy ngày?", Cx(l[-1], d(l[-1]))),
 ("Còn đợt 1 lớp thương lượng thì sao?", Cx("KHH-27-14", d("KHH-27-14"))),
 ("Bên LĐLĐ tỉnh Khánh Hòa có lớp thương lượng không?", Cx("KHH-26-05", d("KHH-26-05"))),
 ("Đăng ký lớp đó cho tôi", Rg("KHH-26-05")),
])
# 9 Lâm Đồng tháng 12
l = nopl(F(prov="Lâm Đồng", month=(2026, 12)))
DG("plain", [
 ("lam dong thang 12 co lop nao", L(l)),
 ("lop thu 3 o dau", Cx(l[2], "Phan Thiết")),
 ("han dang ky lop do", Cx(l[2], dl_(l[2]))),
 ("dang ky giup minh", Rg(l[2])),
 ("nam 2025 lam dong dat chi tieu dao tao khong", Tg(["LDG-2025"], "1.450", "1.512")),
])
# 10 Đắk Lắk
l = nopl(F(prov="Đắk Lắk", topic="at"))
DG("typo", [
 ("dak lak co lop an toan vê sinh lao đông nao ko", L(l)),
 ("lop o tuy hoa hoc ngay nao", Cx("DLK.26.11", d("DLK.26.11"))),
 ("con chô ko", Cx("DLK.26.11", str(BY["DLK.26.11"]["seats"]))),
 ("dang ky cho minh lop tuy hoa", Rg("DLK.26.11")),
 ("phu yen cu co bao nhieu can bo cd vay", OFF),
])
# 11 Gia Lai nữ công
l = nopl(F(prov="Gia Lai", topic="nc"))
DG("abbrev", [
 ("GL có lớp nữ công nào ko ad", L(l)),
 ("cái thứ 2 ai tổ chức", Cx(l[1], d(l[1]))),
 ("còn ở Đắk Lắk thì sao", Cx("DLK.27.06", d("DLK.27.06"))),
 ("chỉ tiêu tập huấn cán bộ nữ công của Đắk Lắk năm nay", Tg(["DLK-2026-NC"], "700", "455")),
])
# 12 Quảng Ngãi KKT
l = nopl(F(prov="Quảng Ngãi", otype="kcn"))
DG("diacritics", [
 ("Công đoàn KKT Dung Quất tổ chức những lớp gì sắp tới?", L(l)),
 ("Lớp đầu tiên học mấy ngày?", Cx(l[0], d(l[0]))),
 ("Đợt 2 lớp thương lượng học ngày nào?", Cx("QNG2027-14", d("QNG2027-14"))),
 ("Còn Kon Tum cũ có lớp gì không?", Cx("QNG2026-11", d("QNG2026-11"))),
 ("Đăng ký lớp ở Kon Tum cho mình", Rg("QNG2026-11")),
 ("Năm nay Quảng Ngãi đạt chỉ tiêu tập huấn chưa?", Tg(["QNG-2026"], "1.750", "1.620")),
])
# 13 Đà Nẵng KCN
l = nopl(F(prov="Đà Nẵng", otype="kcn"))
DG("plain", [
 ("kcn hoa khanh da nang co lop gi", L(l)),
 ("lop thu nhat han dang ky", Cx(l[0], dl_(l[0]))),
 ("thang 12 nay da nang co lop nao ko", L(nopl(F(prov="Đà Nẵng", month=(2026, 12))))),
 ("dang ky lop atvsld thang 12 do", Rg("DNG-TH-26-04")),
 ("nam 2025 da nang dat chi tieu ko", Tg(["DNG-2025"], "2.200", "2.356")),
])
# 14 Huế
l = nopl(F(prov="Huế", month=(2026, 12)))
DG("diacritics", [
 ("Tháng 12 này ở Huế có lớp nào?", L(l)),
 ("Lớp thứ hai do đơn vị nào tổ chức, bao nhiêu chỗ?", Cx(l[1], str(BY[l[1]]["seats"]))),
 ("Đăng ký lớp đó cho tôi", Rg(l[1])),
 ("Huế năm nay đạt chỉ tiêu tập huấn chưa?", Tg(["HUE-2026"], "1.100", "1.156")),
 ("Năm sau thì chỉ tiêu bao nhiêu?", Tg(["HUE-2027"], "1.200")),
])
# 15 Nghệ An KKT
l = nopl(F(prov="Nghệ An", otype="kcn"))
DG("typo", [
 ("kkt dong nam nghe an co lơp naò", L(l)),
 ("lop dau tien la gi, hoc may ngay", Cx(l[0], d(l[0]))),
 ("dot 1 lop doi thoai thuong luong hoc o dau", Cx("NA.TH.2027.13", "Bắc Vinh")),
 ("dang ki lop dau tien cho minhh", Rg(l[0])),
 ("ti le cdcs co can bo duoc tap huan nam nay cua nghe an", Tg(["NA-2026-TL"], "95", "88,7")),
])
# 16 Hà Nội tháng 12 (fact in middle)
l = nopl(F(prov="Hà Nội", aud="bch", month=(2026, 12)))
DG("abbrev", [
 ("hn tháng 12 có lớp nào cho UV BCH cđcs ko", L(l)),
 ("lop dau hoc o dau", Cx(l[0], "Việt Xô")),
 ("năm 2016 hà nội tổ chức đc bao nhiêu lớp so với kế hoạch", Fx("33/33")),
 ("còn lượt học viên đạt bao nhiêu %", Fx("107%")),
 ("đk cho mk lớp đầu tiên lúc nãy", Rg(l[0])),
])
# 17 Cà Mau chủ tịch
l = nopl(F(prov="Cà Mau", aud="ct", topic="nv"))
DG("plain", [
 ("ca mau co lop nghiep vu cho chu tich cdcs ko", L(l)),
 ("lop gan nhat o dau", Cx(l[0], "Bạc Liêu")),
 ("dot tiep theo hoc ngay nao", Cx(l[1], d(l[1]))),
 ("bac lieu cu thi thuoc tinh nao bay gio", OFF),
 ("dang ky lop gan nhat cho minh", Rg(l[0])),
])
# 18 Cần Thơ KCX + target last year
l = nopl(F(prov="Cần Thơ", otype="kcn"))
DG("diacritics", [
 ("Công đoàn các KCX và CN Cần Thơ có lớp nào sắp tới không?", L(l)),
 ("Lớp thứ hai hạn đăng ký ngày nào?", Cx(l[1], dl_(l[1]))),
 ("Lớp thương lượng đợt 1 học mấy ngày?", Cx("LDLDCT-2027-15", d("LDLDCT-2027-15"))),
 ("Năm ngoái Cần Thơ đạt chỉ tiêu bồi dưỡng không?", Tg(["CT-CTH-2025"], "2.400", "2.515")),
 ("Còn năm sau chỉ tiêu là bao nhiêu?", Tg(["CT-CTH-2027"], "2.800")),
])
# 19 HCM tháng 12
l = nopl(F(prov="Hồ Chí Minh", month=(2026, 12)))
DG("abbrev", [
 ("hcm thang sau co lop j ko ad", L(l)),
 ("lớp ở Dĩ An học mấy ngày", Cx("HCM-26-PL-11", d("HCM-26-PL-11"))),
 ("đk cho mk lớp đó", Rg("HCM-26-PL-11")),
 ("đoàn phí tháng này đóng bao nhiêu", OFF),
 ("chỉ tiêu huấn luyện atvsld của tp năm nay đạt bn rồi", Tg(["CT-HCM-2026-ATVSLD"], "12.000", "9.870")),
], profile=P("Hồ Chí Minh"))
# 20 Đồng Nai tháng 12 → tháng 1
l = nopl(F(prov="Đồng Nai", month=(2026, 12)))
DG("typo", [
 ("dong nai thang 12 co lop naoo hok", L(l)),
 ("lop thu nhat hoc o dau", Cx(l[0], "Bình Phước")),
 ("thang 1 thi co lop nao", L(nopl(F(prov="Đồng Nai", month=(2027, 1))))),
 ("lop cua cao su dong nai hoc ngày naò", Cx("DNAI.2027.018", d("DNAI.2027.018"))),
 ("dang ky lop cao su do", Rg("DNAI.2027.018")),
])
# 21 Thương lượng tháng 12 toàn quốc
l = nopl(F(topic="tl", month=(2026, 12)))
DG("diacritics", [
 ("Tháng 12 có lớp thương lượng tập thể nào không?", L(l)),
 ("Lớp ở Hải Phòng học mấy ngày?", Cx("HP26-13", d("HP26-13"))),
 ("Lớp cuối cùng ở đâu?", Cx(l[-1], "Nha Trang")),
 ("Tiền lương làm thêm giờ tính thế nào?", OFF),
 ("Đăng ký lớp ở Huế giúp tôi", Rg("HUE_2026_05")),
])
# 22 Tài chính tháng 12
l = nopl(F(topic="tch", month=(2026, 12)))
DG("plain", [
 ("thang 12 co lop tai chinh cong doan nao", L(l)),
 ("lop o dong thap hoc ngay nao", Cx("DT-TH-2026-07", d("DT-TH-2026-07"))),
 ("lop cuoi hoc may ngay", Cx(l[-1], d(l[-1]))),
 ("kinh phi cong doan 2% nop cho ai", OFF),
 ("dang ky lop dong thap", Rg("DT-TH-2026-07")),
], profile={"role": "Kế toán CĐCS"})
# 23 Kiểm tra (UBKT) profile
l = nopl(F(topic="kt", prov="Đồng Tháp"))
DG("abbrev", [
 ("lop ubkt o tinh minh khi nao hoc", L(l)),
 ("hoc o dau ad", Cx(l[0], "Mỹ Tho")),
 ("con o vinh long", Cx("VL27-08", d("VL27-08"))),
 ("dk cho mk lop o tinh minh", Rg(l[0])),
], profile=P("Đồng Tháp", "Ủy viên UBKT CĐCS"))
# 24 Online tháng 1
l = nopl(F(mode="online", month=(2027, 1)))
DG("diacritics", [
 ("Tháng 1 năm sau có lớp trực tuyến nào không?", L(l)),
 ("Lớp đầu do ai tổ chức?", Cx(l[0], d(l[0]))),
 ("Lớp thứ hai học mấy ngày?", Cx(l[1], d(l[1]))),
 ("Đăng ký lớp thứ hai", Rg(l[1])),
 ("Văn bản nào của Tổng LĐLĐ nói về nâng cao chất lượng đội ngũ cán bộ công đoàn năm 2013?", Fx("1644/CTr-TLĐ")),
])
# 25 Facts Lạng Sơn
DG("plain", [
 ("lang son co bao nhieu can bo cong doan", Fx("8.343")),
 ("trong do chuyen trach bao nhieu", Fx("74")),
 ("con huyen chi lang", Fx("366")),
 ("lang son co lop nao sap toi ko", {"kind": "course_list", "codes": [], "text": []}),
])
DL.pop()  # replaced below (no Lạng Sơn classes in data)
DG("plain", [
 ("lang son co bao nhieu can bo cong doan", Fx("8.343")),
 ("trong do chuyen trach bao nhieu", Fx("74")),
 ("con huyen chi lang", Fx("366")),
 ("chu tich ldld huyen chi lang la ai", Fx("Hoàng Văn Dũng")),
 ("ok, gio cho minh hoi lop giang vien kiem chuc nao sap mo", L(F(topic="gv"))),
])
# 26 Facts Sóc Trăng + course Cần Thơ
DG("typo", [
 ("soc trang 2013-2015 bao nhieu ngươi đuoc dao tao nang cao trinh do", Fx("23.339")),
 ("ti le doan vien duoc hoc tap dat bn %", Fx("61,23%")),
 ("bay gio soc trang co lop atvsld nao ko", Cx("LDLDCT-2027-11", d("LDLDCT-2027-11"), alts=F(prov="Cần Thơ", topic="at"))),
 ("dang ky lop o phuong soc trang", Rg("LDLDCT-2027-11")),
])
# 27 Hà Nội KCN
l = nopl(F(prov="Hà Nội", otype="kcn"))
DG("abbrev", [
 ("cđ các kcn hn có lớp j", L(l)),
 ("cái thứ 2 học bao lâu", Cx(l[1], d(l[1]))),
 ("bên Bắc Ninh thì sao", L(nopl(F(prov="Bắc Ninh", otype="kcn")))),
 ("lớp đầu ở bắc ninh hạn đk", Cx(F(prov="Bắc Ninh", otype="kcn")[0], dl_(F(prov="Bắc Ninh", otype="kcn")[0]))),
 ("đk lớp đó cho e", Rg(F(prov="Bắc Ninh", otype="kcn")[0])),
])
# 28 Hải Phòng KCN
l = nopl(F(prov="Hải Phòng", otype="kcn"))
DG("plain", [
 ("cd cac kcn hai phong co lop gi", L(l)),
 ("lop dau tien hoc o dau", Cx(l[0], "Đình Vũ")),
 ("dot 2 thi hoc ngay nao", Cx("HP27-14", d("HP27-14"))),
 ("nghi phep nam duoc may ngay", OFF),
 ("hai phong chi tieu boi duong can bo cdcs nam nay dat bn", Tg(["HP-2026"], "3.000", "2.480")),
])
# 29 Nữ công tháng 12 toàn quốc -> province
DG("diacritics", [
 ("Tháng 12 có lớp nữ công nào ở miền Trung không?", L(nopl(F(topic="nc", month=(2026, 12), prov=["Đà Nẵng", "Huế", "Quảng Ngãi", "Khánh Hòa", "Nghệ An"])))),
 ("Lớp ở Huế học mấy ngày?", Cx("HUE_2026_06", d("HUE_2026_06"))),
 ("Hạn đăng ký lớp đó qua chưa?", Cx("HUE_2026_06", dl_("HUE_2026_06"))),
 ("Thế còn lớp ở Đà Nẵng?", Cx("DNG-TH-26-06", d("DNG-TH-26-06"))),
 ("Chế độ ốm đau của đoàn viên do ai chi trả?", OFF),
])
# 30 An Giang nghiệp vụ CT
l = nopl(F(prov="An Giang", aud="ct", topic="nv"))
DG("typo", [
 ("an giang lop nghiêp vu chu tịch cdcs", L(l)),
 ("dot 2 hoc mây ngay", Cx(l[1], d(l[1]))),
 ("dot 1 han dk", Cx(l[0], dl_(l[0]))),
 ("dang ky dot 1", Rg(l[0])),
 ("kien giang cu co lop nao thang 12", Cx("AG.LTH.26.11", d("AG.LTH.26.11"))),
])
# 31 Gia Lai nghiệp vụ
l = nopl(F(prov="Gia Lai", topic="nv", aud=["ct", "pct"]))
DG("abbrev", [
 ("binh dinh cu co lop nghiep vu ct pct cdcs k", L(l)),
 ("cái 2 ở đâu", Cx(l[1], "Quy Nhơn")),
 ("đk lớp đó", Rg(l[1])),
 ("chỉ tiêu năm nay của gia lai đạt bn", Tg(["GL-2026"], "2.900", "2.415")),
])
# 32 Khánh Hòa ATVSLĐ target compare
DG("diacritics", [
 ("Khánh Hòa có lớp ATVSLĐ nào sắp tới?", L(nopl(F(prov="Khánh Hòa", topic="at", planned=False)) )),
 ("Lớp ở Phan Rang học ngày nào?", Cx("KHH-27-11", d("KHH-27-11"))),
 ("Chỉ tiêu huấn luyện ATVSLĐ của tỉnh năm nay đạt bao nhiêu?", Tg(["KH-2026-01"], "2.500", "2.730")),
 ("Còn chỉ tiêu tập huấn chủ tịch CĐCS thì sao?", Tg(["KH-2026-02"], "900", "610")),
 ("Năm sau chỉ tiêu đó là bao nhiêu?", Tg(["KH-2027-01"], "950")),
])
# 33 Tây Ninh KCN
l = nopl(F(prov="Tây Ninh", otype="kcn"))
DG("plain", [
 ("kcn tay ninh co lop nao", L(l)),
 ("lop thu 2 hoc ngay nao", Cx(l[1], d(l[1]))),
 ("lop dau tien han dang ky ngay may", Cx(l[0], dl_(l[0]))),
 ("dang ky lop dau tien", Rg(l[0])),
 ("tet nay cong doan co tang qua cho cong nhan kcn ko", OFF),
])
# 34 Vĩnh Long tháng 12
l = nopl(F(prov="Vĩnh Long", month=(2026, 12)))
DG("typo", [
 ("vinh long thang 12 co lop gì k", L(l)),
 ("lop thu 3 hoc o đâu", Cx(l[2], "Trà Vinh")),
 ("con lop dau tien", Cx(l[0], d(l[0]))),
 ("dk cho minh lop dau", Rg(l[0])),
 ("vinh long nam nay chi tieu tap huan dat bn", Tg(["VL-2026-01"], "1.500", "1.180")),
])
# 35 Giảng viên kiêm chức + facts
l = F(topic="gv", planned=False)
DG("diacritics", [
 ("Có lớp bồi dưỡng giảng viên kiêm chức nào sắp mở?", L(F(topic="gv"))),
 ("Lớp ở Cần Thơ học ngày nào?", Cx("DHCD-27-03", d("DHCD-27-03"))),
 ("Còn lớp ở Đắk Lắk?", Cx("DHCD-27-02", d("DHCD-27-02"))),
 ("Lạng Sơn từng mở lớp giảng viên kiêm chức cho bao nhiêu người?", Fx("25")),
 ("Đăng ký cho tôi lớp ở Đắk Lắk", Rg("DHCD-27-02")),
])
# 36 Đắk Lắk tháng 12 with off-topic
DG("abbrev", [
 ("dak lak thang 12 co lop nao cho bch ko", L(nopl(F(prov="Đắk Lắk", aud="bch", month=(2026, 12))))),
 ("lớp ở Ea Kar học mấy ngày", Cx("DLK.26.12", d("DLK.26.12"))),
 ("thu tuc ket nap doan vien moi ntn ad", OFF),
 ("ok, đk lớp của cđ ngành giáo dục", Rg("DLK.26.14")),
 ("năm sau đắk lắk chỉ tiêu tập huấn chủ tịch bao nhiêu", Tg(["DLK-2027-CT"], "1.750")),
])
# 37 Lâm Đồng nghiệp vụ + compare target years
DG("plain", [
 ("lam dong lop nghiep vu chu tich pho chu tich cdcs", L(nopl(F(prov="Lâm Đồng", topic="nv", aud=["ct", "pct"])))),
 ("dot 1 o dau", Cx("LDG-2027-TH01", "Xuân Hương")),
 ("nam nay lam dong dat chi tieu boi duong bao nhieu", Tg(["LDG-2026"], "2.700", "2.288")),
 ("so voi nam 2025 thi sao", Tg(["LDG-2025"], "1.450", "1.512")),
 ("dang ky dot 1 cho minh", Rg("LDG-2027-TH01")),
])
# 38 Quảng Nam cũ → Đà Nẵng pháp luật
DG("typo", [
 ("quang nam cu co lop tu vân phap luat ko, o tam ky ay", Cx("DNG-TH-27-12", d("DNG-TH-27-12"))),
 ("hoc o dau", Cx("DNG-TH-27-12", "Tam Kỳ")),
 ("co hoc online dc ko", Cx("DNG-TH-27-12", d("DNG-TH-27-12"))),
 ("dang ky lop do giup minh", Rg("DNG-TH-27-12")),
 ("bao hiểm thât nghiep lanh o dau", OFF),
])
# 39 Nghệ An nghiệp vụ + CĐCS thành lập (off)
l = nopl(F(prov="Nghệ An", aud="ct", topic="nv"))
DG("diacritics", [
 ("Nghệ An có lớp nghiệp vụ cho chủ tịch CĐCS không?", L(l)),
 ("Lớp thứ hai có bao nhiêu chỗ?", Cx(l[1], str(BY[l[1]]["seats"]))),
 ("Thủ tục thành lập CĐCS ở doanh nghiệp mới cần những gì?", OFF),
 ("Quay lại, đăng ký cho mình lớp thứ hai nhé", Rg(l[1])),
 ("Năm nay Nghệ An bồi dưỡng được bao nhiêu cán bộ CĐCS so với chỉ tiêu?", Tg(["NA-2026"], "3.800", "3.050")),
])
# 40 HCM KCX thương lượng
l = nopl(F(prov="Hồ Chí Minh", otype="kcn"))
DG("abbrev", [
 ("cđ kcx-kcn hcm có lớp nào sắp tới", L(l)),
 ("lớp đầu tiên hạn đk", Cx(l[0], dl_(l[0]))),
 ("đợt 1 lớp đối thoại ở đâu", Cx("HCM-27-TL-16", "Nguyễn Văn Cừ")),
 ("đk đợt 1 cho mk", Rg("HCM-27-TL-16")),
 ("chỉ tiêu tập huấn TLTT của cđ kcx năm nay đạt bn", Tg(["KCX-HCM-2026-TLTT"], "800", "655")),
])
# 41 Bình Dương / Bình Phước old names
DG("plain", [
 ("binh duong co lop phap luat nao ko", L(nopl(F(prov="Hồ Chí Minh", topic="pl")))),
 ("lop o thu dau mot hoc ngay nao", Cx("HCM-27-PL-13", d("HCM-27-PL-13"))),
 ("con binh phuoc cu thi co lop phap luat nao", L(F(prov="Đồng Nai", topic="pl"))),
 ("lop dau tien cho ai hoc", Cx(F(prov="Đồng Nai", topic="pl")[0], d(F(prov="Đồng Nai", topic="pl")[0]))),
 ("dang ky lop do", Rg(F(prov="Đồng Nai", topic="pl")[0])),
])
# 42 Bến Tre/Trà Vinh
DG("typo", [
 ("ben tre co lop nghiệp vu cho ct cdcs ko", L(nopl(F(prov="Vĩnh Long", aud="ct", topic="nv")))),
 ("cai lop cua phuong An Hoi hoc o dau", Cx("VL27-11", "An Hội")),
 ("tra vinh co lơp gi thang 12", Cx("VL26-12", d("VL26-12"), alts=F(prov="Vĩnh Long", month=(2026, 12)))),
 ("dang ky lop tra vinh", Rg("VL26-12")),
 ("nam 2025 tinh vinh long dat chi tieu ko", Tg(["VL-2025-01"], "1.350", "1.402")),
])


# ================================================================== style rewrites
from rewrites import RW
_seen = set()
for q in Q:
    if q["q"] in RW:
        _seen.add(q["q"])
        q["q"], q["style"] = RW[q["q"]]
assert _seen == set(RW), set(RW) - _seen
from rewrites import RW2
_seen = set()
for q in Q:
    if q["q"] in RW2:
        _seen.add(q["q"])
        q["q"], q["style"] = RW2[q["q"]]
assert _seen == set(RW2), set(RW2) - _seen

# ================================================================== write
def dedupe(xs):
    o = []
    for x in xs:
        if x not in o:
            o.append(x)
    return o
PREF = {"course": "C", "target": "T", "fact": "F", "off_topic": "O"}
cnt = {}
with open("/work/blind4/out/questions.jsonl", "w", encoding="utf-8") as f:
    for q in Q:
        k = q["kind"]; cnt[k] = cnt.get(k, 0) + 1
        o = {"id": f"b4-{PREF[k]}{cnt[k]:03d}", "q": q["q"], "style": q["style"], "kind": k,
             "expect": dedupe(q["expect"]), "expect_text": q["expect_text"]}
        if q["profile"]:
            o["profile"] = q["profile"]
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open("/work/blind4/out/dialogues.jsonl", "w", encoding="utf-8") as f:
    for i, dg in enumerate(DL, 1):
        o = {"id": f"b4-D{i:02d}"}
        if dg["profile"]:
            o["profile"] = dg["profile"]
        o["style"] = dg["style"]
        o["turns"] = [{"q": t["q"], "expect": {"kind": t["expect"]["kind"], "codes": dedupe(t["expect"]["codes"]),
                       "text": t["expect"]["text"]}} for t in dg["turns"]]
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open("/work/blind4/out/targets.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Đối tượng", "Chỉ tiêu", "Đơn vị tính", "Đã đạt", "Tính đến ngày", "Ghi chú"])
    for t in TG:
        w.writerow(t)
print(cnt, len(DL))
