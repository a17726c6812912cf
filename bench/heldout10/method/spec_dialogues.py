# Hand-written conversations for set b10.  Turn codes:
#  ("L", text, filter)          course_list: every upcoming class matching the filter, nearest first
#  ("P", text, i, fields)       course: the i-th (0-based) class of the last list; fields asked about
#  ("C", text, filter, fields)  course: the single class the filter names (batch, correction...)
#  ("F", text, fields)          course: the class in focus (last one picked / only one listed)
#  ("R", text, i or None)       register: i-th of the last list, or the class in focus
#  ("T", text, target filter)   target;  ("Q", text, [verbatim seed strings]) fact;  ("X", text) off_topic
TH, NA, QN, LS, TQ, BN, HN, HP = "Thanh Hóa", "Nghệ An", "Quảng Ninh", "Lạng Sơn", "Tuyên Quang", "Bắc Ninh", "Hà Nội", "Hải Phòng"
DN, GL, KH, HCM, DNA, CT, AG, PT = "Đà Nẵng", "Gia Lai", "Khánh Hòa", "Hồ Chí Minh", "Đồng Nai", "Cần Thơ", "An Giang", "Phú Thọ"
def P(role, prov, union): return {"role": role, "province": prov, "union": union}
QNB = dict(prov=QN, kw="nghiệp vụ CĐCS năm 2027")
HCMB = dict(prov=HCM, kw="mới nhiệm kỳ")
D = []
def d(style, turns, profile=None): D.append({"style": style, "profile": profile, "turns": turns})

d("plain", [
 ("L", "co lop nao ve thuong luong tap the o thanh hoa ko", dict(prov=TH, topic="TLTT")),
 ("P", "cai thu 2 hoc may hom", 1, ["days"]),
 ("F", "o dau vay", ["place"]),
 ("L", "the con o nghe an?", dict(prov=NA, topic="TLTT")),
 ("R", "dang ky giup minh lop dau", 0),
 ("T", "nam ngoai tinh minh dat chi tieu boi duong ct cdcs ko", dict(unit="Thanh Hóa", year=2025)),
], P("Chủ tịch CĐCS", TH, "CĐCS Công ty TNHH Giày Sun Jade Việt Nam"))
d("diacritics", [
 ("L", "Lớp tập huấn nghiệp vụ CĐCS năm 2027 của tỉnh mình có mấy đợt hả bot?", QNB),
 ("C", "Đợt 2 học ở đâu?", dict(QNB, batch=2), ["place"]),
 ("F", "Hạn đăng ký đợt đó đến hôm nào?", ["deadline"]),
 ("X", "À mà Quảng Ninh mấy hôm nay rét ghê nhỉ", ),
 ("R", "Thôi đăng ký cho em đợt 2 nhé", None),
 ("T", "Chỉ tiêu tập huấn CĐCS năm sau của tỉnh là bao nhiêu người?", dict(unit="Quảng Ninh", year=2027)),
], P("Chủ tịch CĐCS", QN, "CĐ Công ty CP Than Hà Tu"))
d("abbrev", [
 ("L", "lớp BD CT CĐCS mới ở TP HCM còn đợt nào ko", HCMB),
 ("C", "đợt 2 ở đâu v", dict(HCMB, batch=2), ["place"]),
 ("C", "à nhầm, ý e là đợt 3, học online đc ko", dict(HCMB, batch=3), ["fmt"]),
 ("F", "hạn ĐK đợt 3 là ngày nào", ["deadline"]),
 ("R", "ok ĐK đợt 3 cho a", None),
 ("T", "năm nay TP đạt bn chỉ tiêu BD CT CĐCS mới r", dict(unit="Hồ Chí Minh", year=2026, kw="mới")),
])
d("typo", [
 ("L", "lop o ha giang thang 12 co gj k", dict(prov=TQ, month="2026-12")),
 ("P", "cai dau tien hoc may ngay", 0, ["days"]),
 ("C", "the dot 2 lop do hoc o dau", dict(prov=TQ, topic="PTDV", batch=2), ["place"]),
 ("X", "ha giang gio thuoc tuyen quang ha, ma ben do co dep ko", ),
 ("C", "dot 1 han dang ky bao h", dict(prov=TQ, topic="PTDV", batch=1), ["deadline"]),
 ("R", "dang ky dot 1 nhe", None),
])
d("diacritics", [
 ("L", "Tháng sau có lớp tập huấn trực tuyến nào cho chủ tịch CĐCS không?", dict(fmt="online", month="2026-12", aud="CT")),
 ("P", "Lớp thứ 3 của đơn vị nào tổ chức?", 2, ["org"]),
 ("F", "Học mấy ngày?", ["days"]),
 ("X", "Cảm ơn bot nhé, bot giỏi quá", ),
 ("T", "Mà năm nay Nghệ An tập huấn cán bộ không chuyên trách được bao nhiêu rồi?", dict(unit="LĐLĐ tỉnh Nghệ An", year=2026, kw="không chuyên trách")),
])
d("plain", [
 ("L", "co lop nao cho ct cdcs o bac ninh thang 12 ko", dict(prov=BN, aud="CT", month="2026-12")),
 ("P", "cai thu 2 o dau", 1, ["place"]),
 ("L", "the con thang 1?", dict(prov=BN, aud="CT", month="2027-01")),
 ("P", "lop thu 2 hoc online dc ko", 1, ["fmt"]),
 ("R", "dang ky lop do cho minh", None),
], P("Chủ tịch CĐCS", BN, "CĐCS Công ty TNHH Samsung Display Việt Nam"))
d("abbrev", [
 ("L", "DS lớp TLTT của CĐ các KCN BN", dict(prov=BN, topic="TLTT", org="các KCN tỉnh Bắc Ninh")),
 ("C", "đợt 2 lớp đàm phán ký TƯLĐTT học ở đâu", dict(prov=BN, kw="TƯLĐTT", batch=2), ["place"]),
 ("F", "hạn ĐK?", ["deadline"]),
 ("T", "CĐ KCN BN năm nay đạt CT TLTT chưa", dict(unit="KCN tỉnh Bắc Ninh", year=2026)),
 ("T", "còn năm sau CT là bn", dict(unit="KCN tỉnh Bắc Ninh", year=2027)),
 ("C", "quay lại lớp đợt 2, mấy ngày", dict(prov=BN, kw="TƯLĐTT", batch=2), ["days"]),
])
d("typo", [
 ("L", "lop nu cong o ha noi con dang ki dc ko", dict(prov=HN, topic="NC", reg=True)),
 ("F", "hoc o dau vay", ["place"]),
 ("F", "han dang ki den may h", ["deadline"]),
 ("R", "dki luon cho e", None),
 ("T", "ha noi nam nay tap huan nu cong dc may lop roi", dict(unit="Hà Nội", year=2026, kw="nữ")),
], P("Trưởng ban nữ công CĐCS", HN, "CĐ các KCN và chế xuất Hà Nội"))
d("plain", [
 ("L", "tuan nay da nang co lop gi ko", dict(prov=DN, before="2026-11-30")),
 ("F", "hoc may gio", ["time"]),
 ("X", "chieu nay da nang co mua ko", ),
 ("L", "vay thang 12 thi sao", dict(prov=DN, month="2026-12")),
 ("P", "lop dau o dau", 0, ["place"]),
 ("R", "dang ky lop do", 0),
])
d("diacritics", [
 ("L", "Khánh Hòa có lớp thương lượng tập thể không?", dict(prov=KH, topic="TLTT")),
 ("X", "Ừ, bot làm việc cả chủ nhật luôn à?", ),
 ("L", "Thế còn lớp kiểm tra công đoàn ở Khánh Hòa?", dict(prov=KH, topic="KT")),
 ("P", "Lớp đầu tiên học ở đâu?", 0, ["place"]),
 ("R", "Đăng ký cho tôi lớp đó", None),
 ("T", "Năm nay tỉnh tổ chức được mấy lớp thương lượng tập thể so với chỉ tiêu?", dict(unit="Khánh Hòa", year=2026)),
], P("Chủ tịch CĐCS", KH, "CĐ phường Nha Trang"))
d("abbrev", [
 ("L", "Lớp TC CĐ cho KT CĐCS ở LS", dict(prov=LS, topic="TC")),
 ("P", "lớp 2 học mấy ngày", 1, ["days"]),
 ("P", "à nhầm, lớp đầu cơ", 0, ["days"]),
 ("F", "ở đâu", ["place"]),
 ("R", "ĐK lớp đầu", 0),
 ("T", "CT tập huấn CBCĐ ko chuyên trách LS năm nay đạt bn %", dict(unit="Lạng Sơn", year=2026, kw="không chuyên trách")),
], P("Kế toán CĐCS", LS, "CĐ xã Chi Lăng"))
d("typo", [
 ("L", "lop giang vien kiem chuc lang son hok", dict(prov=LS, topic="GV")),
 ("F", "hoc may ngay a", ["days"]),
 ("Q", "lang son truoc day mo lop gv kiem chuc cho bao nhieu dong chi", ["25 đồng chí"]),
 ("T", "nam nay chi tieu gv kiem chuc ls dat chua", dict(unit="Lạng Sơn", year=2026, kw="giảng viên")),
 ("R", "dk cho e lop 25/1", None),
])
d("plain", [
 ("L", "hai duong co lop nao ve thuong luong tap the khong", dict(prov=HP, topic="TLTT")),
 ("P", "cai thu 2 hoc ngay nao", 1, []),
 ("P", "cai dau o dau", 0, ["place"]),
 ("X", "ok cam on nhe", ),
 ("R", "dang ky lop dau tien", 0),
])
d("diacritics", [
 ("L", "Bình Dương có lớp cho chủ tịch công đoàn mới không?", HCMB),
 ("P", "Lớp đầu học mấy ngày, ở đâu?", 0, ["days", "place"]),
 ("X", "Đoàn phí công đoàn năm nay đóng bao nhiêu phần trăm lương vậy?", ),
 ("R", "Quay lại, đăng ký lớp đầu cho tôi", 0),
 ("T", "Năm ngoái thành phố bồi dưỡng chủ tịch CĐCS mới vượt chỉ tiêu không?", dict(unit="Hồ Chí Minh", year=2025)),
], P("Chủ tịch CĐCS", HCM, "CĐ phường Thủ Dầu Một"))
d("abbrev", [
 ("L", "lớp ATVSLĐ ở ĐN (Đồng Nai) cho ĐV, NLĐ", dict(prov=DNA, topic="ATVSLD")),
 ("P", "lớp 1 học mấy ngày", 0, ["days"]),
 ("F", "hạn ĐK", ["deadline"]),
 ("R", "ĐK lớp 1", 0),
 ("T", "CĐ các KCN ĐN năm nay TH CT PL cho NLĐ vượt ko", dict(unit="KCN Đồng Nai", year=2026)),
])
d("typo", [
 ("L", "can tho co lop tranh chap lao dong ko", dict(prov=CT, topic="TCLD")),
 ("P", "cai thu 2 o dau", 1, ["place"]),
 ("P", "a nham y e la cai thu 3", 2, ["place"]),
 ("F", "hoc may ngay", ["days"]),
 ("R", "dk cai thu 3", 2),
])
d("plain", [
 ("L", "soc trang co lop doi thoai thuong luong ko", dict(prov=CT, topic="TLTT")),
 ("P", "lop dau han dang ky bao gio", 0, ["deadline"]),
 ("T", "can tho nam nay tap huan nghiep vu cho can bo cdcs dat bao nhieu", dict(unit="Cần Thơ", year=2026)),
 ("L", "quay lai, soc trang co lop nu cong ko", dict(prov=CT, topic="NC")),
 ("P", "cai thu 2 o dau", 1, ["place"]),
 ("R", "dang ky cai do", None),
])
d("diacritics", [
 ("L", "An Giang có lớp thương lượng tập thể nào cho chủ tịch, phó chủ tịch không?", dict(prov=AG, topic="TLTT")),
 ("P", "Lớp thứ hai học trực tuyến được không?", 1, ["fmt"]),
 ("F", "Hạn đăng ký đến bao giờ?", ["deadline"]),
 ("R", "Đăng ký lớp đó giúp tôi", None),
 ("X", "Tôi đang nghỉ thai sản thì có được đi học không hay mất chế độ?", ),
])
d("abbrev", [
 ("L", "lớp PTĐV ở GL", dict(prov=GL, topic="PTDV")),
 ("F", "học ở đâu", ["place"]),
 ("L", "còn lớp NC ở GL", dict(prov=GL, topic="NC")),
 ("P", "lớp 2 mấy ngày", 1, ["days"]),
 ("R", "ĐK lớp 2", 1),
 ("T", "LĐLĐ GL năm nay CĐS cho CB chuyên trách đạt bn %", dict(unit="Gia Lai", year=2026)),
])
d("typo", [
 ("L", "vinh phuc co lop chuyen doi so hok", dict(prov=PT, topic="CDS")),
 ("F", "hoc may hom", ["days"]),
 ("F", "han dk", ["deadline"]),
 ("R", "dki cho mik", None),
 ("T", "phu tho nam nay boi duong nghiep vu can bo cdcs dat bn r", dict(unit="Phú Thọ", year=2026)),
])
d("plain", [
 ("L", "hoa binh co lop nghiep vu cho chu tich cong doan ko", dict(prov=PT, topic="NV")),
 ("P", "cai thu 2 o dau", 1, ["place"]),
 ("P", "cai dau hoc may ngay", 0, ["days"]),
 ("X", "luong co so nam sau tang chua ad", ),
 ("R", "dang ky cai dau", 0),
])
d("diacritics", [
 ("L", "Tháng 12 Hà Nội có lớp nào cho ủy viên BCH không?", dict(prov=HN, month="2026-12", aud="BCH")),
 ("P", "Lớp thứ hai học ở đâu?", 1, ["place"]),
 ("L", "Thế còn tháng 1?", dict(prov=HN, month="2027-01", aud="BCH")),
 ("F", "Học online được không?", ["fmt"]),
 ("R", "Đăng ký lớp đó cho tôi", None),
], P("Ủy viên BCH công đoàn", HN, "CĐ xã Mê Linh"))
d("abbrev", [
 ("L", "QN có lớp TCLĐ (tranh chấp) ko", dict(prov=QN, topic="TCLD")),
 ("P", "lớp 2 ở đâu", 1, ["place"]),
 ("F", "hạn ĐK", ["deadline"]),
 ("T", "QN năm nay HL ATVSLĐ đạt bn ng", dict(unit="Quảng Ninh", year=2026)),
 ("R", "ĐK lớp TCLĐ thứ 2 nhé", 1),
])
d("typo", [
 ("L", "thanh hoa thang 1 nam sau co lop j cho ct cdcs", dict(prov=TH, aud="CT", month="2027-01")),
 ("P", "cai thu 2 hoc may ngay o dau", 1, ["days", "place"]),
 ("R", "thoi dk cai thu 3 di", 2),
 ("X", "bot oi t bi cty no luong 2 thang thi lam sao", ),
 ("T", "nam nay tinh minh dat chi tieu boi duong ct cdcs chua", dict(unit="Thanh Hóa", year=2026, kw="Chủ tịch")),
], P("Chủ tịch CĐCS", TH, "CĐ KKT Nghi Sơn và các KCN"))
d("plain", [
 ("L", "nghe an co lop nu cong nao ko", dict(prov=NA, topic="NC")),
 ("P", "cai dau hoc truc tuyen a", 0, ["fmt"]),
 ("F", "han dang ky", ["deadline"]),
 ("R", "dang ky cho toi", None),
 ("T", "ty le truong ban nu cong duoc boi duong o nghe an nam nay", dict(unit="LĐLĐ tỉnh Nghệ An", year=2026, kw="nữ công")),
 ("X", "ok thanks", ),
])
d("diacritics", [
 ("L", "Quảng Nam có lớp nữ công nào không?", dict(prov=DN, topic="NC")),
 ("P", "Lớp thứ hai do ai tổ chức?", 1, ["org"]),
 ("P", "Lớp cuối học ở đâu?", 2, ["place"]),
 ("R", "Đăng ký lớp cuối", 2),
 ("T", "Đà Nẵng năm nay huấn luyện ATVSLĐ được bao nhiêu người rồi?", dict(unit="Đà Nẵng", year=2026)),
])
d("abbrev", [
 ("L", "lớp TLTT cho CT CĐCS ở TQ", dict(prov=TQ, topic="TLTT")),
 ("P", "lớp 2 ở đâu", 1, ["place"]),
 ("F", "hạn ĐK", ["deadline"]),
 ("R", "ĐK lớp 2", 1),
 ("T", "TQ năm nay mở được mấy lớp PTĐV so với CT", dict(unit="Tuyên Quang", year=2026)),
])
d("typo", [
 ("L", "hcm co lop tai chinh cong doan thang 1 ko", dict(prov=HCM, topic="TC", month="2027-01")),
 ("P", "cai thu 2 o dau", 1, ["place"]),
 ("P", "a nham, cai dau", 0, ["place"]),
 ("R", "dk cai dau", 0),
 ("X", "sai gon bua nay nong qua", ),
], P("Kế toán CĐCS", HCM, "CĐ các KCX và KCN TP Hồ Chí Minh"))
d("plain", [
 ("L", "thang sau co lop tap huan truc tuyen nao ve nu cong ko", dict(fmt="online", month="2026-12", topic="NC")),
 ("P", "cai cuoi cua tinh nao", 3, ["org"]),
 ("F", "han dang ky", ["deadline"]),
 ("P", "con cai dau", 0, ["deadline"]),
 ("R", "cai dau het han roi thi dang ky cai cuoi", 3),
])
d("diacritics", [
 ("L", "Lớp ứng dụng AI trong công tác công đoàn học online khi nào?", dict(kw="Ứng dụng AI", fmt="online")),
 ("F", "Mấy giờ bắt đầu, hạn đăng ký khi nào?", ["time", "deadline"]),
 ("R", "Cho tôi đăng ký", None),
 ("T", "Gia Lai năm nay chuyển đổi số cho cán bộ chuyên trách đạt bao nhiêu phần trăm?", dict(unit="Gia Lai", year=2026)),
 ("X", "Bot có biết tỉ số trận Việt Nam - Thái Lan tối qua không?", ),
])
d("abbrev", [
 ("L", "HP có lớp PTĐV tháng 12 ko", dict(prov=HP, topic="PTDV", month="2026-12")),
 ("F", "ở đâu, mấy ngày", ["place", "days"]),
 ("R", "ĐK lớp đó", None),
 ("T", "HP năm nay BD nghiệp vụ CB CĐCS đạt bn", dict(unit="Hải Phòng", year=2026)),
])
d("typo", [
 ("L", "lop tranh chap lao dong hai phong", dict(prov=HP, topic="TCLD")),
 ("F", "hoc may ngay vay", ["days"]),
 ("F", "o dau", ["place"]),
 ("X", "hp co con phong ve may bay ko", ),
 ("R", "dk giup mik", None),
])
d("plain", [
 ("L", "gia lai co lop nu cong nao sap toi", dict(prov=GL, topic="NC")),
 ("P", "lop thu 2 o dau", 1, ["place"]),
 ("P", "nham, lop dau", 0, ["place"]),
 ("R", "dang ky lop dau", 0),
 ("Q", "ma luc truoc ha noi nam 2016 to chuc duoc bao nhieu lop", ["33/33 lớp"]),
])
d("diacritics", [
 ("L", "Lớp kế toán công đoàn ở Bắc Ninh có không?", dict(prov=BN, topic="TC")),
 ("P", "Lớp thứ hai học mấy ngày?", 1, ["days"]),
 ("F", "Ở đâu vậy?", ["place"]),
 ("L", "Cho tôi xem lại danh sách lớp kế toán ở Bắc Ninh", dict(prov=BN, topic="TC")),
 ("R", "Đăng ký lớp đầu", 0),
], P("Kế toán CĐCS", BN, "CĐ KCN Quang Châu"))
d("abbrev", [
 ("L", "lớp NV CĐCS cho CT, PCT ở ĐN (Đà Nẵng) tháng 12", dict(prov=DN, topic="NV", month="2026-12")),
 ("P", "lớp 1 ở đâu", 0, ["place"]),
 ("P", "lớp 2 ở đâu", 1, ["place"]),
 ("R", "ĐK lớp 2", 1),
 ("X", "ĐN có khu nghỉ dưỡng nào của CĐ ko", ),
])
d("typo", [
 ("L", "kien giang co lop nu cong ko", dict(prov=AG, topic="NC")),
 ("F", "hoc o dau", ["place"]),
 ("F", "may ngay", ["days"]),
 ("R", "dk nha", None),
 ("T", "an giang nam nay tap huan tai chinh dat bn", dict(unit="An Giang", year=2026)),
])
d("plain", [
 ("L", "lop giang vien kiem chuc o dau co", dict(topic="GV")),
 ("P", "cai thu 4 o dau", 3, ["place"]),
 ("F", "hoc may ngay", ["days"]),
 ("R", "dang ky cai do", None),
 ("Q", "lang son co van ban nao ve nang cao chat luong hoat dong cua cbcd", ["104/CTr-LĐLĐ", "29/11/2013"]),
])
d("diacritics", [
 ("L", "Đồng Nai có lớp văn thư lưu trữ nào không?", dict(prov=DNA, topic="VT")),
 ("P", "Lớp thứ hai học trực tuyến à?", 1, ["fmt"]),
 ("P", "Lớp thứ ba thì sao?", 2, ["fmt"]),
 ("F", "Hạn đăng ký lớp đó?", ["deadline"]),
 ("R", "Đăng ký lớp thứ ba", 2),
])
d("abbrev", [
 ("L", "lớp UBKT ở AG", dict(prov=AG, topic="KT")),
 ("F", "học ở đâu, mấy ngày", ["place", "days"]),
 ("X", "PQ giờ là đặc khu hả ad", ),
 ("R", "ĐK lớp đó cho CT UBKT", None),
 ("T", "LĐLĐ AG năm nay TC CĐ đạt bn HV", dict(unit="An Giang", year=2026)),
])
d("typo", [
 ("L", "lop cho uy vien uy ban kiem tra lang son", dict(prov=LS, topic="KT")),
 ("P", "cai thu 2 o dau a", 1, ["place"]),
 ("Q", "chi lang co bao nhieu can bo cong doan", ["366 CBCĐ"]),
 ("R", "dk lop kiem tra do", None),
])
d("plain", [
 ("L", "mê linh co lop nao ko", dict(prov=HN, place="Mê Linh")),
 ("P", "cai thu 2 hoc may ngay", 1, ["days"]),
 ("P", "cai thu 3 thi sao", 2, ["days"]),
 ("R", "dang ky cai thu 3", 2),
 ("Q", "nam 2020 ldld me linh to chuc may lop tap huan", ["2 lớp tập huấn"]),
])
d("diacritics", [
 ("L", "Lớp thương lượng tập thể tháng 12 ở miền Bắc có những lớp nào? Hải Phòng trước nhé", dict(prov=HP, topic="TLTT", month="2026-12")),
 ("F", "Học mấy ngày?", ["days"]),
 ("L", "Thế còn ở Quảng Ninh?", dict(prov=QN, topic="TLTT", month="2026-12")),
 ("F", "Ở đâu?", ["place"]),
 ("L", "Lạng Sơn?", dict(prov=LS, topic="TLTT", month="2026-12")),
 ("R", "Đăng ký lớp Lạng Sơn", None),
])
d("abbrev", [
 ("L", "lớp TLTT T12 ở TH", dict(prov=TH, topic="TLTT", month="2026-12")),
 ("F", "hạn ĐK", ["deadline"]),
 ("R", "ĐK luôn", None),
 ("L", "còn T1/2027", dict(prov=TH, topic="TLTT", month="2027-01")),
 ("F", "mấy ngày", ["days"]),
 ("T", "CT TLTT năm nay của TH đạt bn lớp", dict(unit="Thanh Hóa", year=2026, kw="thương lượng")),
])
d("typo", [
 ("L", "nghe an quy 1 nam sau co lop j cho ke toan cd", dict(prov=NA, topic="TC", after="2027-01-01", before="2027-04-01")),
 ("P", "cai thu 2 o dau", 1, ["place"]),
 ("P", "a nham cai dau", 0, ["place"]),
 ("R", "dk cai dau", 0),
 ("X", "nghe an co gi ngon ko ad", ),
])
d("plain", [
 ("L", "co lop thuong luong tap the nao o nghe an thang 12", dict(prov=NA, topic="TLTT", month="2026-12")),
 ("F", "hoc o dau", ["place"]),
 ("T", "cd nganh giao duc nghe an nam nay boi duong ct cdcs dat chua", dict(unit="ngành Giáo dục Nghệ An", year=2026)),
 ("F", "quay lai lop thuong luong, han dang ky", ["deadline"]),
 ("R", "dang ky lop thuong luong", None),
])
d("diacritics", [
 ("L", "Phú Thọ có lớp nữ công tháng 12 không?", dict(prov=PT, topic="NC", month="2026-12")),
 ("F", "Học ở đâu?", ["place"]),
 ("X", "Chế độ thai sản cho nam khi vợ sinh là mấy ngày?", ),
 ("F", "Quay lại lớp nữ công, hạn đăng ký đến bao giờ?", ["deadline"]),
 ("R", "Đăng ký giúp tôi", None),
])
d("abbrev", [
 ("L", "lớp PL LĐ ở HP cho NLĐ", dict(prov=HP, topic="PL")),
 ("F", "ở đâu", ["place"]),
 ("F", "mấy ngày", ["days"]),
 ("R", "ĐK cho CNLĐ cty e", None),
])
d("typo", [
 ("L", "cac lop nam sau cua cd kcn quang chau", dict(prov=BN, org="Quang Châu", year=2027)),
 ("P", "cai thu 2 hoc j", 1, []),
 ("P", "cai thu 3 o dau", 2, ["place"]),
 ("R", "dk cai thu 3", 2),
])
d("plain", [
 ("L", "hom nay con lop nao hoc ko", dict(before="2026-11-24")),
 ("F", "dang ky con kip ko", ["deadline"]),
 ("L", "vay ngay mai", dict(after="2026-11-24", before="2026-11-25")),
 ("F", "o dau", ["place"]),
 ("F", "han dang ky", ["deadline"]),
 ("R", "dang ky luon", None),
])
d("diacritics", [
 ("L", "Vũng Tàu có lớp bồi dưỡng chủ tịch CĐCS mới đợt 3 không?", dict(HCMB, batch=3)),
 ("F", "Học trực tuyến được không?", ["fmt"]),
 ("C", "Còn đợt 2?", dict(HCMB, batch=2), ["place"]),
 ("X", "Hôm nay Sài Gòn kẹt xe quá, bot có biết đường nào vắng không?", ),
 ("R", "Đăng ký đợt 2", None),
])
d("abbrev", [
 ("L", "lớp CĐS cho CB CĐ chuyên trách", dict(topic="CDS", aud="CTR")),
 ("P", "lớp 2 online à", 1, ["fmt"]),
 ("F", "hạn ĐK", ["deadline"]),
 ("R", "ĐK lớp 2", 1),
 ("T", "CT CĐS LĐLĐ GL 2026", dict(unit="Gia Lai", year=2026)),
])
d("typo", [
 ("L", "dong nai lop nghiep vu cho ct cdcs", dict(prov=DNA, topic="NV")),
 ("P", "cai dau o dau", 0, ["place"]),
 ("P", "cai 2", 1, ["place"]),
 ("R", "dk cai 2", 1),
 ("X", "bhxh mot lan co nen rut ko ad", ),
])
d("plain", [
 ("L", "khanh hoa co lop ke toan cong doan ko", dict(prov=KH, topic="TC")),
 ("F", "hoc o dau", ["place"]),
 ("F", "han dang ky", ["deadline"]),
 ("R", "dang ky cho minh", None),
 ("Q", "o soc trang co bao nhieu can bo cdcs duoc boi duong nghiep vu", ["8.891/9.074"]),
])
d("diacritics", [
 ("L", "Hậu Giang có lớp tài chính công đoàn không?", dict(prov=CT, topic="TC")),
 ("P", "Lớp đầu học mấy ngày?", 0, ["days"]),
 ("P", "Lớp thứ hai ở đâu?", 1, ["place"]),
 ("L", "Cho xem lại danh sách đi", dict(prov=CT, topic="TC")),
 ("R", "Đăng ký lớp đầu", 0),
])
d("abbrev", [
 ("L", "lớp PTĐV ở CT (Cần Thơ)", dict(prov=CT, topic="PTDV")),
 ("F", "ở đâu", ["place"]),
 ("T", "CT tập huấn NV CĐCS Cần Thơ năm sau", dict(unit="Cần Thơ", year=2027)),
 ("R", "ĐK lớp PTĐV", None),
])
d("typo", [
 ("L", "tam ky co lop tltt ko", dict(prov=DN, topic="TLTT")),
 ("P", "cai thu 2 o dau", 1, ["place"]),
 ("P", "cai dau", 0, ["place"]),
 ("F", "han dk", ["deadline"]),
 ("R", "dk cai dau", 0),
])
d("plain", [
 ("L", "lop tap huan nghiep vu cdcs dot 1 quang ninh", dict(QNB, batch=1)),
 ("F", "han dang ky", ["deadline"]),
 ("C", "dot 2 thi sao", dict(QNB, batch=2), ["deadline"]),
 ("R", "dang ky dot 2", None),
 ("T", "nam ngoai quang ninh tap huan cdcs dat bao nhieu", dict(unit="Quảng Ninh", year=2025)),
])
d("diacritics", [
 ("L", "Lớp quyết toán tài chính năm 2026 có học trực tuyến không?", dict(kw="quyết toán", fmt="online")),
 ("F", "Hạn đăng ký?", ["deadline"]),
 ("R", "Đăng ký cho tôi", None),
 ("T", "Tỉnh mình năm nay tập huấn tài chính công đoàn được bao nhiêu học viên?", dict(unit="An Giang", year=2026)),
 ("X", "Cuối năm công đoàn có chi quà Tết không bot?", ),
], P("Kế toán CĐCS", AG, "CĐ phường Long Xuyên"))
d("abbrev", [
 ("L", "lớp ATVSLĐ cho ĐV, NLĐ ở TQ", dict(prov=TQ, topic="ATVSLD")),
 ("P", "lớp 2 ở đâu", 1, ["place"]),
 ("P", "lớp 1 mấy ngày", 0, ["days"]),
 ("R", "ĐK lớp 1", 0),
])
d("typo", [
 ("L", "ninh thuan co lop nao o phan rang ko", dict(prov=KH, place="Phan Rang")),
 ("X", "phan rang gio la phuong ha", ),
 ("L", "the con nha trang", dict(prov=KH, place="Nha Trang", dated=True, before="2027-02-01")),
 ("P", "cai thu 2 han dk", 1, ["deadline"]),
 ("R", "dk cai thu 2", 1),
])
d("plain", [
 ("L", "lop cho ct cdcs o ha noi thang 1", dict(prov=HN, aud="CT", month="2027-01")),
 ("P", "cai thu 2 o dau", 1, ["place"]),
 ("R", "dang ky cai thu 2", 1),
 ("T", "ha noi nam nay boi duong can bo cdcs dat bao nhieu", dict(unit="Hà Nội", year=2026, kw="cơ sở")),
 ("Q", "nam 2016 hn co bao nhieu luot hoc vien", ["3831/3580"]),
])
d("diacritics", [
 ("L", "Bắc Giang cũ có lớp thương lượng tập thể nào không?", dict(prov=BN, topic="TLTT")),
 ("P", "Lớp thứ tư học ở đâu?", 3, ["place"]),
 ("F", "Hạn đăng ký?", ["deadline"]),
 ("R", "Đăng ký lớp đó", None),
 ("X", "Công đoàn có hỗ trợ tiền thuê nhà cho công nhân không?", ),
])
d("abbrev", [
 ("L", "lớp NV CĐCS ở GL cho CB ko chuyên trách", dict(prov=GL, topic="NV")),
 ("P", "lớp 2 ở đâu", 1, ["place"]),
 ("F", "hạn ĐK", ["deadline"]),
 ("R", "ĐK lớp 2", 1),
])
d("typo", [
 ("L", "lop tu van phap luat tphcm", dict(prov=HCM, topic="PL")),
 ("P", "cai thu 3 o dau", 2, ["place"]),
 ("R", "dk cai thu 3", 2),
 ("X", "luat lao dong moi co gi khac ko", ),
 ("T", "hcm nam nay phat trien doan vien dc bn r", dict(unit="Hồ Chí Minh", year=2026, kw="Phát triển")),
])
d("plain", [
 ("L", "lop cho uv ubkt thang 12", dict(topic="KT", month="2026-12")),
 ("F", "o dau", ["place"]),
 ("F", "han dang ky", ["deadline"]),
 ("R", "dang ky giup minh", None),
 ("Q", "nghi quyet nao cua tong ldld ve dao tao can bo cong doan giai doan 2010-2020", ["4a/NQ-TLĐ", "04/3/2010"]),
])
d("diacritics", [
 ("L", "Cần Thơ có lớp nữ công nào cho người lao động không?", dict(prov=CT, topic="NC")),
 ("P", "Lớp thứ hai học ở đâu?", 1, ["place"]),
 ("F", "Mấy ngày?", ["days"]),
 ("R", "Đăng ký lớp đó", None),
 ("Q", "Sóc Trăng hai năm qua có bao nhiêu phần trăm đoàn viên được học nâng cao trình độ?", ["61,23%"]),
])
DIALOGUES = []
for i, x in enumerate(D, 1):
    x["id"] = f"b10-D{i:02d}"
    DIALOGUES.append(x)
