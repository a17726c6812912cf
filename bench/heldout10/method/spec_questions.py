# Hand-written single questions for set b10. Text is typed the way chairs type; the filter `f` (course)
# or `t` (target) is the meaning I give the question; build.py turns it into expect codes.
# Filter keys: prov, topic, aud, month, months, fmt, org, place, kw, batch, reg, before, after, year.
TH, NA, QN, LS, TQ, BN, HN, HP = "Thanh Hóa", "Nghệ An", "Quảng Ninh", "Lạng Sơn", "Tuyên Quang", "Bắc Ninh", "Hà Nội", "Hải Phòng"
DN, GL, KH, HCM, DNA, CT, AG, PT = "Đà Nẵng", "Gia Lai", "Khánh Hòa", "Hồ Chí Minh", "Đồng Nai", "Cần Thơ", "An Giang", "Phú Thọ"
_Q = []
def c(style, q, profile=None, **f):
    _Q.append({"kind": "course", "style": style, "q": q, "f": f, "profile": profile})
def t(style, q, profile=None, **f):
    _Q.append({"kind": "target", "style": style, "q": q, "t": f, "profile": profile})
def P(role, prov, union):
    return {"role": role, "province": prov, "union": union}

# ---- Thanh Hóa
c("diacritics", "Lớp nào dành cho chủ tịch công đoàn cơ sở ở Thanh Hóa sắp tới?", prov=TH, aud="CT")
c("plain", "thanh hoa co lop thuong luong tap the nao ko", prov=TH, topic="TLTT")
c("abbrev", "Lớp TLTT ở KKT Nghi Sơn tháng 12 ạ", prov=TH, topic="TLTT", month="2026-12")
c("typo", "lop nu cong thanh hao nam sau co ko a", prov=TH, topic="NC", year=2027)
c("plain", "lop tranh chap lao dong cho ct cdcs tinh minh hoc online dc ko", P("Chủ tịch CĐCS", TH, "CĐCS Công ty TNHH Giày Sun Jade Việt Nam"), prov=TH, topic="TCLD")
c("diacritics", "Sắp tới tỉnh mình có lớp nào cho ủy viên BCH không?", P("Ủy viên BCH công đoàn", TH, "CĐ phường Hạc Thành"), prov=TH, aud="BCH")
# ---- Nghệ An
c("diacritics", "Có lớp thương lượng tập thể nào ở Nghệ An trong tháng 12 không?", prov=NA, topic="TLTT", month="2026-12")
c("typo", "e la truong ban nu cong co lop nao cho e ko", P("Trưởng ban nữ công CĐCS", NA, "CĐ ngành Giáo dục Nghệ An"), prov=NA, topic="NC")
c("abbrev", "lớp TC CĐ cho kế toán CĐCS ở NA", prov=NA, topic="TC")
c("typo", "nghệ an có lớp chuyển đỏi số nào hk", prov=NA, topic="CDS")
c("typo", "lop atvsld o nghe an hoc may ngay vay ad", prov=NA, topic="ATVSLD")
c("diacritics", "Quý 1 năm sau Nghệ An có những lớp gì?", prov=NA, after="2027-01-01", before="2027-04-01")
# ---- Quảng Ninh
c("diacritics", "Lớp nghiệp vụ CĐCS đợt 2 của Quảng Ninh khi nào học?", prov=QN, batch=2)
c("plain", "quang ninh dot 3 tap huan nghiep vu cdcs bao gio", prov=QN, batch=3)
c("abbrev", "QN có lớp cho CT, PCT CĐCS ko, ưu tiên gần nhất", prov=QN, aud=["CT", "PCT"])
c("typo", "cty than ha tu co to chuc lop gi ko ak", prov=QN, org="Than Hà Tu")
c("typo", "lop giai quyet tranh chap lao dongo quang ninh", prov=QN, topic="TCLD")
c("abbrev", "Lớp ATVSLĐ ở QN còn ĐK đc ko", prov=QN, topic="ATVSLD", reg=True)
# ---- Lạng Sơn
c("diacritics", "Lớp bồi dưỡng giảng viên kiêm chức ở Lạng Sơn học mấy ngày?", prov=LS, topic="GV")
c("typo", "lạng sơn có lơp kế toàn công đoàn ko", prov=LS, topic="TC")
c("typo", "lop cho uy vien uy ban kiem tra o lang son vs chi lang", prov=LS, topic="KT")
c("abbrev", "LS có lớp nữ công, BĐG nào ko ạ", prov=LS, topic="NC")
c("diacritics", "Tháng 1 năm sau Lạng Sơn có lớp nào?", prov=LS, month="2027-01")
# ---- Tuyên Quang / Hà Giang cũ
c("plain", "lop o ha giang thang 12 co gi khong", prov=TQ, month="2026-12")
c("diacritics", "Lớp phát triển đoàn viên ở Hà Giang đợt 2 học ở đâu?", prov=TQ, topic="PTDV", batch=2)
c("typo", "tuyen quag co lop nao hoc truc tuyen ko", prov=TQ, fmt="online")
c("abbrev", "TQ có lớp ATVSLĐ cho ĐV, NLĐ ko", prov=TQ, topic="ATVSLD")
c("typo", "lớp đối thaoi thương lượng ở tuyen quang", prov=TQ, topic="TLTT")
# ---- Bắc Ninh / Bắc Giang cũ
c("abbrev", "ds lớp TLTT cho CT CĐCS của CĐ KCN Bắc Ninh", prov=BN, topic="TLTT", aud="CT", org="KCN")
c("plain", "co lop nao cho ct cdcs o bac ninh gan day ko", prov=BN, aud="CT")
c("typo", "bac giag co lop thuong luong tap the ko a", prov=BN, topic="TLTT")
c("diacritics", "Lớp nữ công ở Bắc Ninh tháng 12 có học trực tuyến được không?", prov=BN, topic="NC", month="2026-12")
c("abbrev", "CĐ KCN Quang Châu có mở lớp gì ko ad", prov=BN, org="Quang Châu")
c("typo", "lơp quyết toán tài chinh ở bắc nnh", prov=BN, topic="TC")
# ---- Hà Nội
c("diacritics", "Hà Nội tháng 12 có lớp nào cho ủy viên BCH không?", prov=HN, month="2026-12", aud="BCH")
c("plain", "lop nu cong o ha noi con dang ky duoc ko", prov=HN, topic="NC", reg=True)
c("typo", "lop dam phan thuong luong ha noi hoc o dau v", prov=HN, topic="TLTT")
c("abbrev", "Lớp QLNN cho cán bộ CĐ chuyên trách HN", prov=HN, topic="LLCT")
c("diacritics", "Mê Linh có lớp nào không?", prov=HN, place="Mê Linh")
c("abbrev", "lớp TC CĐ ở HN T12", prov=HN, topic="TC", month="2026-12")
# ---- Hải Phòng / Hải Dương cũ
c("plain", "hai duong co lop nao ve thuong luong tap the ko", prov=HP, topic="TLTT")
c("diacritics", "Hải Phòng có lớp giảng viên kiêm chức không?", prov=HP, topic="GV")
c("typo", "lop phat trien doan vien hp thang 12 hok", prov=HP, topic="PTDV", month="2026-12")
c("abbrev", "HP có lớp PL LĐ cho NLĐ ở KCN ko", prov=HP, topic="PL")
c("plain", "lop tranh chap lao dong hai phong", prov=HP, topic="TCLD")
# ---- Đà Nẵng / Quảng Nam cũ
c("diacritics", "Tuần này Đà Nẵng có lớp gì không?", prov=DN, before="2026-11-30")
c("plain", "quang nam co lop nu cong nao ko", prov=DN, topic="NC")
c("typo", "da nang lop nghiep vu cdcs cho ct pct thag 12", prov=DN, topic="NV", month="2026-12")
c("abbrev", "Tam Kỳ có lớp TLTT ko ạ", prov=DN, topic="TLTT")
c("abbrev", "lớp ATVSLĐ ở TP ĐN năm 2027", prov=DN, topic="ATVSLD", year=2027)
# ---- Gia Lai / Bình Định cũ
c("diacritics", "Gia Lai có lớp nữ công nào sắp tới?", prov=GL, topic="NC")
c("plain", "binh dinh co lop nghiep vu cho can bo khong chuyen trach ko", prov=GL, topic="NV")
c("typo", "lop ke toan o pleiku thag 2", prov=GL, topic="TC", month="2027-02")
c("abbrev", "GL có lớp PTĐV cho CT CĐCS ko", prov=GL, topic="PTDV")
c("plain", "gia lai co lop giang vien kiem chuc ko", prov=GL, topic="GV")
# ---- Khánh Hòa / Ninh Thuận cũ
c("diacritics", "Khánh Hòa có lớp thương lượng tập thể không?", prov=KH, topic="TLTT")
c("plain", "ninh thuan co lop nao hoc o phan rang ko", prov=KH, place="Phan Rang")
c("typo", "lop kiem tra cong doan khanh hoa thang 12", prov=KH, topic="KT", month="2026-12")
c("abbrev", "KH có lớp TC CĐ cho kế toán ko", prov=KH, topic="TC")
# ---- TP HCM / Bình Dương / BR-VT cũ
c("diacritics", "Bình Dương có lớp cho chủ tịch công đoàn mới không?", prov=HCM, kw="mới nhiệm kỳ")
c("plain", "lop boi duong chu tich cdcs moi dot 3 o vung tau", prov=HCM, kw="mới nhiệm kỳ", batch=3)
c("abbrev", "TP.HCM có lớp TC CĐ cho kế toán CĐCS tháng 1 ko", prov=HCM, topic="TC", month="2027-01")
c("typo", "sai gon co lop thuong luong tap the ko ad", prov=HCM, topic="TLTT")
c("plain", "lop tu van phap luat o tp hcm", prov=HCM, topic="PL")
c("diacritics", "Côn Đảo có tổ chức lớp nào không?", prov=HCM, org="Côn Đảo")
c("abbrev", "Lớp ATVSLĐ ở HCM năm sau", prov=HCM, topic="ATVSLD", year=2027)
# ---- Đồng Nai / Bình Phước cũ
c("plain", "lop atvsld o dong nai", prov=DNA, topic="ATVSLD")
c("diacritics", "Bình Phước có lớp nghiệp vụ cho chủ tịch CĐCS không?", prov=DNA, topic="NV")
c("typo", "lop van thu luu tru dong nai hoc online ko", prov=DNA, topic="VT")
c("abbrev", "ĐN (Đồng Nai) có lớp UBKT ko", prov=DNA, topic="KT")
c("plain", "dong nai co lop tranh chap lao dong online ko", prov=DNA, topic="TCLD")
# ---- Cần Thơ / Sóc Trăng / Hậu Giang cũ
c("plain", "can tho co lop nao ve tranh chap lao dong", prov=CT, topic="TCLD")
c("diacritics", "Sóc Trăng có lớp đối thoại, thương lượng không?", prov=CT, topic="TLTT")
c("typo", "hau giag co lop tai chinh cong doan k", prov=CT, topic="TC")
c("abbrev", "CT (Cần Thơ) có lớp nữ công cho NLĐ ko", prov=CT, topic="NC")
c("plain", "lop ptdv o can tho", prov=CT, topic="PTDV")
# ---- An Giang / Kiên Giang cũ
c("diacritics", "An Giang có lớp kiểm tra công đoàn nào không?", prov=AG, topic="KT")
c("plain", "kien giang co lop nu cong ko", prov=AG, topic="NC")
c("typo", "lop atvsld an giag con dang ki dc ko", prov=AG, topic="ATVSLD", reg=True)
c("abbrev", "AG có lớp TLTT cho CT, PCT CĐCS ko", prov=AG, topic="TLTT")
# ---- Phú Thọ / Vĩnh Phúc / Hòa Bình cũ
c("plain", "vinh phuc co lop chuyen doi so ko", prov=PT, topic="CDS")
c("diacritics", "Hòa Bình có lớp nghiệp vụ cho chủ tịch công đoàn không?", prov=PT, topic="NV")
c("typo", "phu tho lop nu cong thang 12 co k", prov=PT, topic="NC", month="2026-12")
c("abbrev", "PT có lớp GVKC ko ạ", prov=PT, topic="GV")
# ---- nationwide
c("plain", "thang sau co lop tap huan truc tuyen nao ko", fmt="online", month="2026-12")
c("diacritics", "Hôm nay còn lớp nào học không?", before="2026-11-24")
c("abbrev", "lớp CĐS cho CB CĐ chuyên trách", topic="CDS", aud="CTR")
c("typo", "lop giang vien kiem chuc o dau co", topic="GV")
c("plain", "lop thuong luong tap the thang 12", topic="TLTT", month="2026-12")
c("diacritics", "Lớp ứng dụng AI trong công tác công đoàn học online khi nào?", kw="Ứng dụng AI", fmt="online")
c("typo", "lop hd quyet toan tai chinh 2026 onl", kw="quyết toán", fmt="online")
c("abbrev", "lớp cho UV UBKT tháng 12", topic="KT", month="2026-12")

# ---- targets
t("diacritics", "Chỉ tiêu bồi dưỡng chủ tịch CĐCS năm nay của LĐLĐ Thanh Hóa đạt bao nhiêu rồi?", unit="Thanh Hóa", year=2026, kw="Chủ tịch")
t("plain", "nam ngoai thanh hoa dat chi tieu boi duong ct cdcs ko", unit="Thanh Hóa", year=2025)
t("abbrev", "CT năm sau BD CT CĐCS của LĐLĐ TH là bn", unit="Thanh Hóa", year=2027)
t("typo", "chi tieu tap huan can bo khong chuyen trach nghe an nam nay dat chua", unit="LĐLĐ tỉnh Nghệ An", year=2026, kw="không chuyên trách")
t("plain", "ty le truong ban nu cong duoc boi duong o nghe an", unit="LĐLĐ tỉnh Nghệ An", year=2026, kw="nữ công")
t("diacritics", "Quảng Ninh năm nay huấn luyện ATVSLĐ được bao nhiêu người so với chỉ tiêu?", unit="Quảng Ninh", year=2026)
t("abbrev", "CT tập huấn nghiệp vụ CĐCS 2027 của QN", unit="Quảng Ninh", year=2027)
t("plain", "tp hcm nam nay boi duong chu tich cdcs moi dat bao nhieu", unit="Hồ Chí Minh", year=2026, kw="mới")
t("typo", "chi tieu phat trien doan vien tphcm 2026 dc bn r", unit="Hồ Chí Minh", year=2026, kw="Phát triển")
t("diacritics", "Năm ngoái Hà Nội bồi dưỡng cán bộ công đoàn cơ sở có đạt chỉ tiêu không?", unit="Hà Nội", year=2025)
t("abbrev", "HN năm nay tập huấn NC đc bn lớp / CT", unit="Hà Nội", year=2026, kw="nữ")
t("plain", "chi tieu giang vien kiem chuc lang son nam nay", unit="Lạng Sơn", year=2026, kw="giảng viên")
t("typo", "ls nam sau chi tieu tap huan cbcd ko chuyen trach bao nhieu %", unit="Lạng Sơn", year=2027)
t("abbrev", "CĐ các KCN Bắc Ninh năm nay đạt CT TLTT chưa", unit="KCN tỉnh Bắc Ninh", year=2026)
t("diacritics", "Đà Nẵng năm 2025 huấn luyện ATVSLĐ được bao nhiêu người?", unit="Đà Nẵng", year=2025)
t("plain", "can tho nam sau chi tieu tap huan nghiep vu bao nhieu hoc vien", unit="Cần Thơ", year=2027)
t("typo", "cd nganh giao duc nghe an dat chi tieu boi duong ct cdcs chua", unit="ngành Giáo dục Nghệ An", year=2026)
t("diacritics", "Tỉnh mình năm nay tập huấn tài chính công đoàn được bao nhiêu học viên rồi?", P("Kế toán CĐCS", AG, "CĐ phường Long Xuyên"), unit="An Giang", year=2026)
t("abbrev", "CT CĐS của LĐLĐ Gia Lai 2026 đạt bn %", unit="Gia Lai", year=2026)
t("plain", "khanh hoa nam nay to chuc duoc may lop thuong luong tap the", unit="Khánh Hòa", year=2026)
t("typo", "cd kcn dong nai tap huan phap luat cho nld nam nay vuot chi tieu ko", unit="KCN Đồng Nai", year=2026)
t("abbrev", "LĐLĐ Phú Thọ năm nay BD nghiệp vụ CB CĐCS đạt bn", unit="Phú Thọ", year=2026)
t("plain", "hai duong hai phong nam nay boi duong nghiep vu can bo cdcs dat chua", unit="Hải Phòng", year=2026)
t("diacritics", "Tuyên Quang năm nay mở được mấy lớp phát triển đoàn viên so với chỉ tiêu?", unit="Tuyên Quang", year=2026)

QUESTIONS = []
for i, q in enumerate(_Q, 1):
    q["id"] = f"b10-Q{i:03d}"
    QUESTIONS.append(q)
