# Hand-written multi-turn dialogues. Turn kinds: L = course_list (filter), C = course (filter),
# P = pick from the previous list / class (n = 1-based, -1 = last; show = date|days|deadline|end; t = literals),
# R = register (n from the previous list, or filter), F = fact from a seed, T = target figures (kind fact), O = off-topic.
from spec_questions import (P_DN, P_DNBP, P_KCX, P_BD, P_VT, P_GD, P_TN, P_BN, P_BNK, P_HP, P_HD, P_YT, P_HY, P_TB,
                            P_HN, P_VC, P_QN, U_DN, U_HCM, U_HP, U_TN, U_BN, U_HN, U_QN, U_HY)
DIALOGUES = []

def D(style, turns, p=None):
    d = dict(id=f"d{len(DIALOGUES) + 1:03d}", style=style, turns=turns)
    if p:
        d["profile"] = p
    DIALOGUES.append(d)

def L(q, f): return dict(k="L", q=q, f=f)
def C(q, f, t=None): return dict(k="C", q=q, f=f, t=t or [])
def P(q, n, show="date", t=None): return dict(k="P", q=q, n=n, show=show, t=t or [])
def R(q, n=None, f=None): return dict(k="R", q=q, n=n, f=f) if f else dict(k="R", q=q, n=n)
def F(q, seed, t): return dict(k="F", q=q, seed=seed, t=t)
def T(q, tg): return dict(k="T", q=q, tg=tg)
def O(q): return dict(k="O", q=q)

TL = "thương lượng"
D("plain", [L("co lop nao ve thuong luong tap the o dong nai ko", {"prov": "Đồng Nai", "topic": TL, "month": "2026-12"}),
            P("cai thu 2 hoc may hom", 2, "days"), P("o dau vay", 0, "date", ["Trấn Biên"]),
            L("the con o tay ninh?", {"prov": "Tây Ninh", "topic": TL, "month": "2026-12"}), R("dang ky giup minh lop dau", 1),
            T("nam ngoai tinh minh dat chi tieu ko", [("CT-DN-2025-01", ["target", "achieved"])])], p=P_DN)
D("diacritics", [L("Tháng 12 ở Bắc Ninh có lớp ATVSLĐ nào cho an toàn vệ sinh viên?", {"org": ["BNKCN"], "topic": "an toàn", "aud": ["an toàn vệ sinh viên"], "month": "2026-12"}),
                 P("Lớp ở Quế Võ học lúc mấy giờ?", 1, "date", ["08:00"]), L("Thế tháng sau?", {"org": ["BNKCN"], "topic": "an toàn", "aud": ["an toàn vệ sinh viên"], "month": "2027-01"}),
                 R("Đăng ký cho tôi lớp đó", 1)], p=P_BNK)
D("abbrev", [L("lớp tối ở kcx hcm tháng 12", {"org": ["KCXHCM"], "evening": True, "month": "2026-12", "kwnot": ["chuyên đề"]}),
             P("lớp thứ 2 ở đâu", 2, "date", ["Tân Tạo"]), P("hạn đk đến bao giờ", 0, "deadline"), R("đk cho mình lớp ấy", 0)], p=P_KCX)
D("voice", [C("lớp bồi dưỡng nghiệp vụ chủ tịch công đoàn cơ sở ở bình dương cũ", {"kw": ["bồi dưỡng nghiệp vụ chủ tịch"], "former": "Bình Dương"}),
            P("lớp ấy ở đâu", 1, "date", ["Thủ Dầu Một"]), P("học mấy ngày", 1, "days"), R("đăng ký cho tôi lớp đó", 1),
            L("còn ở vũng tàu thì sao", {"kw": ["bồi dưỡng nghiệp vụ chủ tịch"], "former": "Bà Rịa - Vũng Tàu"})], p=P_BD)
D("plain", [C("lop thuong luong tap the cho cdcs fdi cua ldld tp hcm", {"kw": ["thương lượng tập thể cho cđcs doanh nghiệp fdi"], "org": ["HCM"], "state": "any", "from": "2026-11-24", "to": "2026-11-25"}),
            P("con dang ky duoc ko", 1, "deadline"), L("vay co lop cuoi tuan nao ve thuong luong o binh duong cu ko", {"kwany": ["thương lượng"], "former": "Bình Dương", "weekend": True}),
            R("dk lop do cho minh", 1)], p=P_BD)
D("diacritics", [L("LĐLĐ Hà Nội có lớp bồi dưỡng chủ tịch CĐCS nào sắp tới?", {"kw": ["bồi dưỡng nghiệp vụ công tác công đoàn cho chủ tịch"]}),
                 P("Lớp đầu học ở đâu?", 1, "date", ["Đống Đa"]), P("Học đến ngày nào?", 1, "end"), R("Đăng ký giúp tôi lớp đó", 1),
                 F("Năm 2016 Hà Nội tổ chức được bao nhiêu lớp?", "000", ["33/33"])], p=P_HN)
D("typo", [L("lop atvsld cho nguoi lao dong ca kip o dong nai", {"kw": ["ca kíp"]}), P("cai thu 3 o dau", 3, "date", ["Biên Hòa 2"]),
           P("lop dau tien hoc may gio", 1, "date", ["08:00"]), R("dang ky lop dau", 1)], p=P_DN)
D("abbrev", [L("lớp tl tập thể ở hp", {"prov": "Hải Phòng", "topic": TL, "kwnot": ["tổ trưởng"]}), P("lớp cuối ở đâu", -1, "date", ["Thành Đông"]),
             L("còn ở hải dương cũ", {"prov": "Hải Phòng", "topic": TL, "former": "Hải Dương"}), P("cái thứ hai học mấy hôm", 2, "days")], p=P_HD)
D("diacritics", [L("Có lớp nào cho ủy viên UBKT ở Hưng Yên không?", {"topic": "kiểm tra", "prov": "Hưng Yên"}), P("Học mấy ngày?", 1, "days"),
                 L("Thế ở Thái Bình cũ có lớp nữ công không?", {"topic": "nữ công", "former": "Thái Bình"}), R("Đăng ký cho tôi", 1),
                 O("Mà thời tiết Thái Bình tuần này có mưa không?")], p=P_TB)
D("plain", [L("lop tuyen truyen phap luat lao dong tai doanh nghiep o kcn bac ninh thang 12", {"org": ["BNKCN"], "kw": ["tuyên truyền pháp luật lao động tại"], "month": "2026-12"}),
            P("buoi o canon que vo may gio", 2, "date", ["13:30"]), L("thang 1 thi sao", {"org": ["BNKCN"], "kw": ["tuyên truyền pháp luật lao động tại"], "month": "2027-01"}),
            R("dang ky cho cty minh lop do", 1)], p=P_BN)
D("voice", [L("tháng một ở hà nội có lớp huấn luyện an toàn vệ sinh lao động nào", {"prov": "Hà Nội", "topic": "an toàn", "month": "2027-01"}),
            P("lớp cuối tuần học mấy ngày", 1, "days"), P("ở đâu", 0, "date", ["Đống Đa"]), R("đăng ký lớp đó cho tôi", 0)], p=P_HN)
D("abbrev", [C("lớp kỹ năng gd cho gv kiêm chức toàn quốc", {"kw": ["giảng viên kiêm chức"], "central": True}), P("hạn đk", 1, "deadline"),
             P("học mấy ngày", 1, "days"), L("ở bắc ninh có lớp tương tự ko", {"kw": ["giảng viên kiêm chức"], "prov": "Bắc Ninh"}),
             F("lớp gv kiêm chức ở lạng sơn có bn người", "003", ["25"])], p=P_BN)
D("diacritics", [L("Các chuyên đề trực tuyến toàn quốc đầu năm 2027", {"kw": ["chuyên đề trực tuyến cho cđcs toàn quốc"], "from": "2027-01-01", "to": "2027-04-02"}),
                 P("Cái thứ hai nói về gì, học ngày nào?", 2, "date", ["Đại hội CĐCS"]), R("Đăng ký cho tôi cái đó", 2), O("Cảm ơn, cho hỏi giá vàng hôm nay?")], p=P_VC)
D("plain", [L("lop boi duong chu tich cdcs o tay ninh", {"kw": ["bồi dưỡng nghiệp vụ cho chủ tịch"], "prov": "Tây Ninh"}), P("lop thu 2 o dau", 2, "date", ["Tân Ninh"]),
            R("dang ky lop thu 2", 2), T("nam nay tinh minh con thieu bao nhieu", [("CT-TN-2026-01", ["gap"])])], p=P_TN)
D("abbrev", [L("lớp nv cụm ở long an cũ", {"kw": ["tập huấn nghiệp vụ cho cđcs cụm"], "former": "Long An"}), P("cái đầu ở đâu", 1, "date", ["Bến Lức"]),
             P("cái cuối tháng mấy", -1, "date"), L("thế còn tây ninh cũ thì sao", {"kw": ["tập huấn nghiệp vụ cho cđcs cụm"], "prov": "Tây Ninh", "place": ["trảng bàng", "hòa thành", "gò dầu"]})], p=P_TN)
D("voice", [L("trường đại học công đoàn có lớp nào đang học không", {"central": True, "state": "ongoing"}), P("lớp đó học đến bao giờ", 1, "end"),
            L("thế lớp sau của trường mở ở thành phố hồ chí minh là khi nào", {"central": True, "prov": "TP.HCM"}), P("học mấy ngày", 1, "days")], p=P_BD)
D("diacritics", [C("Lớp ATVSLĐ cho mạng lưới an toàn vệ sinh viên ở Bình Phước cũ", {"kw": ["mạng lưới an toàn vệ sinh viên"]}),
                 P("Bị hoãn à? Học ngày mới là ngày nào?", 1, "date"), R("Vậy đăng ký cho tôi", 1), P("Ở đâu?", 1, "date", ["Đồng Xoài"])], p=P_DNBP)
D("plain", [C("lop atvsld than ham lo o uong bi", {"kw": ["hầm lò"], "place": ["uông bí"], "state": "any"}, ["Đã hoãn"]),
            L("con lop nao ve atvsld o quang ninh dang mo", {"prov": "Quảng Ninh", "topic": "an toàn"}), P("o dau", 1, "date", ["Cẩm Phả"]), R("dang ky lop do", 1)], p=P_QN)
D("typo", [L("lop nu cong o quang ninh", {"topic": "nữ công", "prov": "Quảng Ninh"}), P("hoc truc tuyen may gio", 1, "date", ["14:00"]), R("dang ky cho minh", 1),
           T("nam nay tinh minh tap huan nu cong dat bao nhieu", [("CT-QN-2026-01", ["target", "achieved"])])], p=P_QN)
D("abbrev", [L("lớp cho kế toán cđcs ở bn", {"aud": ["kế toán"], "prov": "Bắc Ninh"}), P("hạn đk", 1, "deadline"), R("đk giúp", 1),
             L("còn ở hp", {"aud": ["kế toán"], "prov": "Hải Phòng"})], p=P_BN)
D("diacritics", [L("Công đoàn các KCN Đồng Nai có lớp tối nào?", {"org": ["DNKCN"], "evening": True}), P("Lớp thứ hai nói về gì?", 2, "date", ["bảo hiểm xã hội"]),
                 P("Lớp đầu ở đâu?", 1, "date", ["Amata"]), R("Đăng ký lớp đầu", 1)], p=P_DN)
D("voice", [L("lớp nghiệp vụ cho công đoàn bệnh viện ở hải phòng", {"org": ["YTHP"], "kw": ["công đoàn bệnh viện"]}), P("lớp đó ở đâu", 1, "date", ["Việt Tiệp"]),
            L("thế tháng sau có gì", {"org": ["YTHP"], "month": "2027-01"}), R("đăng ký cho tôi lớp thứ hai", 2)], p=P_YT)
D("plain", [L("thang 3 o hung yen co lop nghiep vu cum nao", {"kw": ["tập huấn nghiệp vụ cho cđcs cụm"], "prov": "Hưng Yên", "month": "2027-03"}),
            P("lop thu 2 o dau", 2, "date", ["Quỳnh Phụ"]), L("thang 4 thi sao", {"kw": ["tập huấn nghiệp vụ cho cđcs cụm"], "prov": "Hưng Yên", "month": "2027-04"}),
            R("dang ky lop do", 1)], p=P_TB)
D("diacritics", [L("Lớp phát triển đoàn viên ở Hà Nội", {"topic": "phát triển đoàn viên", "prov": "Hà Nội"}), P("Lớp thứ hai học buổi nào?", 2, "date", ["18:30"]),
                 P("Ở đâu?", 0, "date", ["Quang Minh"]), R("Đăng ký giúp tôi", 0)], p=P_HN)
D("abbrev", [L("lớp pl cho cn nhà trọ buổi tối ở tây ninh", {"prov": "Tây Ninh", "evening": True}), P("cái thứ 2 ở đâu", 2, "date", ["Bình Tiền"]),
             R("đk cái đầu", 1), O("nhân tiện, vay tiền mua xe máy trả góp ở đâu lãi thấp")], p=P_TN)
D("plain", [L("lop tai chinh cong doan o tp hcm", {"topic": "tài chính", "prov": "TP.HCM"}), P("cai dau hoc may ngay", 1, "days"), P("han dang ky", 1, "deadline"),
            R("dang ky lop dau cho minh", 1)], p=P_KCX)
D("voice", [L("ở khu chế xuất tân thuận có lớp an toàn vệ sinh lao động nào", {"topic": "an toàn", "place": ["tân thuận"], "org": ["KCXHCM"]}),
            P("lớp thứ hai ở công ty nào", 2, "date", ["Juki"]), R("đăng ký lớp đó", 2), F("hà nội năm 2016 huấn luyện an toàn vệ sinh lao động được bao nhiêu lớp", "000", ["42 lớp"])], p=P_KCX)
D("diacritics", [L("Lớp kiểm tra công đoàn ở Đồng Nai", {"topic": "kiểm tra", "prov": "Đồng Nai"}), P("Học mấy ngày?", 1, "days"), R("Đăng ký cho tôi", 1),
                 T("Năm nay tỉnh mình chỉ tiêu UBKT đạt bao nhiêu?", [("CT-DN-2026-02", ["target", "achieved"])])], p=U_DN)
D("typo", [L("lop thuong luong cho cdcs doanh nghiep han quoc", {"kw": ["doanh nghiệp hàn quốc"]}), P("lop o bac giang cu hoc ngay nao", 2, "date", ["Quang Châu"]),
           P("may gio", 2, "date", ["14:00"]), R("dang ky lop do", 2)], p=P_BN)
D("plain", [L("lop giai quyet tranh chap lao dong", {"topic": "tranh chấp"}), P("lop truc tuyen hoc may gio", 2, "date", ["14:00"]), R("dang ky lop truc tuyen", 2),
            L("con o ha noi co lop tu van phap luat tai toa ko", {"kw": ["tại tòa"]})], p=P_DN)
D("abbrev", [L("lớp atvsld ở kcn hn", {"org": ["KCNHN"], "kw": ["tập huấn atvsld"]}), P("cái đầu ở đâu", 1, "date", ["Thăng Long"]),
             L("còn huấn luyện tại dn thì sao", {"org": ["KCNHN"], "kw": ["huấn luyện atvsld tại doanh nghiệp"]}), R("đk cho cty mình cái ở denso", 1)], p=P_HN)
D("diacritics", [F("Kế hoạch đào tạo cán bộ CĐ của Thủ đô năm 2016 có hoàn thành không?", "000", ["33/33", "107%"]),
                 F("Còn Trường Trung cấp Công đoàn Hà Nội huấn luyện ATVSLĐ được bao nhiêu học viên?", "000", ["3.060", "102%"]),
                 L("Năm nay LĐLĐ Hà Nội có lớp ATVSLĐ nào?", {"org": ["HN"], "topic": "an toàn"}), R("Đăng ký lớp cuối tuần", 2)], p=P_HN)
D("voice", [F("số cán bộ công đoàn ở huyện chi lăng", "001", ["366", "363"]), F("thế toàn tỉnh lạng sơn có bao nhiêu", "001", ["8.343"]),
            O("lạng sơn có món gì ngon"), L("thôi cho hỏi lớp nghiệp vụ chủ tịch công đoàn cơ sở ở hải phòng", {"kw": ["kỹ năng hoạt động cho chủ tịch"]})], p=P_HP)
D("plain", [F("soc trang nam 2015 co bao nhieu doan vien duoc hoc nang cao trinh do", "004", ["32.775/53.527"]), F("dat bao nhieu phan tram", "004", ["61,23%"]),
            F("van ban nao cua tong lien doan noi ve viec nay", "004", ["1464/CTr-TLĐ"])])
D("abbrev", [T("chỉ tiêu 2026 của lđlđ tp hcm", [("CT-HCM-2026-01", ["target", "achieved"]), ("CT-HCM-2026-02", ["target", "achieved"])]),
             T("năm ngoái đc bn", [("CT-HCM-2025-01", ["target", "achieved"]), ("CT-HCM-2025-02", ["target", "achieved"])]),
             L("tháng 12 tp có lớp nào cho ct cđcs", {"org": ["HCM"], "aud": ["chủ tịch"], "month": "2026-12"}), R("đk lớp đầu", 1)], p=U_HCM)
D("diacritics", [T("Chỉ tiêu năm nay của LĐLĐ Hải Phòng đạt đến đâu?", [("CT-HP-2026-01", ["target", "achieved"]), ("CT-HP-2026-02", ["target", "achieved"])]),
                 T("Năm ngoái thì sao?", [("CT-HP-2025-01", ["target", "achieved"])]),
                 L("Tháng 12 có lớp nào cho chủ tịch CĐCS ở Hải Phòng?", {"prov": "Hải Phòng", "aud": ["chủ tịch"], "month": "2026-12", "kwnot": ["thương lượng"]}),
                 P("Lớp ở Hải Dương cũ học mấy ngày?", 1, "days", ["Hải Dương"])], p=U_HP)
D("plain", [T("nam nay bac ninh boi duong can bo cdcs moi bau dat bao nhieu", [("CT-BN-2026-01", ["target", "achieved"])]),
            L("con lop moi bau nao sap toi", {"kw": ["cđcs mới bầu"], "org": ["BN"]}), P("lop dau con dang ky duoc ko", 1, "deadline"), R("vay dang ky lop thu hai", 2)], p=U_BN)
D("voice", [L("lớp nghiệp vụ cho chủ tịch công đoàn cơ sở ở hưng yên", {"kw": ["nghiệp vụ cho chủ tịch"], "prov": "Hưng Yên"}), P("lớp ở thái bình học mấy hôm", 1, "days"),
            R("đăng ký lớp ở thái bình", 1), T("năm nay tỉnh mình bồi dưỡng chủ tịch được bao nhiêu rồi", [("CT-HY-2026-01", ["target", "achieved"])])], p=U_HY)
D("abbrev", [L("lớp cuối tuần ở kcn hp tháng 12", {"org": ["HPKKT"], "weekend": True, "month": "2026-12"}), P("cái thứ 2 học gì", 2, "date", ["thương lượng"]),
             R("đk cái đó", 2), P("ở đâu", 0, "date", ["VSIP"])], p=P_HP)
D("diacritics", [L("Chuyên đề tối thứ Năm cho công nhân ở nhà trọ trong tháng 12", {"kw": ["chuyên đề tối thứ năm"], "month": "2026-12"}),
                 P("Buổi thứ hai ở đâu?", 2, "date", ["Tân Thuận"]), L("Tháng 1 có buổi nào?", {"kw": ["chuyên đề tối thứ năm"], "month": "2027-01"}), R("Đăng ký cho tôi", 1)], p=P_KCX)
D("typo", [L("lop cho chu tich cong doan truong hoc", {"kw": ["chủ tịch công đoàn trường học"]}), P("lop o binh duong cu o truong nao", 2, "date", ["Hùng Vương"]),
           P("han dang ky", 2, "deadline"), R("dang ky lop do", 2)], p=P_GD)
D("plain", [L("lop sinh hoat phap luat cua cong doan phuong thuan an", {"org": ["PTA"], "kw": ["sinh hoạt pháp luật"]}), P("buoi o lai thieu ngay nao", 2, "date", ["Lái Thiêu"]),
            R("dang ky buoi dau", 1), O("o thuan an cho nao ban banh mi ngon")], p=P_BD)
D("voice", [L("các lớp ở bắc giang cũ tháng một", {"former": "Bắc Giang", "month": "2027-01"}), P("lớp đầu tiên học gì", 1, "date", ["Hosiden"]),
            P("lớp cuối ở đâu", -1, "date", ["Vân Trung"]), R("đăng ký cho tôi lớp cuối", -1)], p=P_BN)
D("diacritics", [L("Tháng 3 ở Quảng Ninh có lớp nghiệp vụ cụm nào?", {"kw": ["tập huấn nghiệp vụ cho cđcs cụm"], "prov": "Quảng Ninh", "month": "2027-03"}),
                 P("Cái ở Vân Đồn ngày nào?", 2, "date", ["Vân Đồn"]), L("Thế tháng sau?", {"kw": ["tập huấn nghiệp vụ cho cđcs cụm"], "prov": "Quảng Ninh", "month": "2027-04"}),
                 R("Đăng ký lớp đó", 1)], p=P_QN)
D("abbrev", [L("lớp online của lđlđ hcm tháng 1", {"org": ["HCM"], "mode": ["online"], "month": "2027-01"}), P("học lúc mấy h", 1, "date", ["19:30"]), R("đk", 1),
             L("thế tháng 3", {"org": ["HCM"], "mode": ["online"], "month": "2027-03"})], p=P_KCX)
D("plain", [L("co lop nao ve chuyen doi so tin hoc o hai phong", {"topic": "tin học", "prov": "Hải Phòng"}), P("hoc may gio", 1, "date", ["14:00"]), R("dang ky", 1),
            L("con o bac ninh", {"topic": "tin học", "prov": "Bắc Ninh"})], p=P_YT)
D("voice", [L("lớp thương lượng tập thể ở tây ninh", {"prov": "Tây Ninh", "topic": TL}), P("lớp đầu ở đâu", 1, "date", ["Hải Sơn"]), P("hạn đăng ký", 1, "deadline"),
            R("đăng ký cho tôi lớp đầu", 1), L("còn ở long an cũ tháng năm", {"former": "Long An", "topic": TL, "month": "2027-05"})], p=P_TN)
D("diacritics", [L("Tháng 1/2027 Công đoàn Viên chức Hà Nội có lớp nào?", {"org": ["VCHN"], "month": "2027-01"}), P("Lớp thứ hai ở đâu?", 2, "date", ["Xanh Pôn"]),
                 P("Lớp đầu cho ai?", 1, "date", ["UBKT"]), R("Đăng ký cho tôi lớp đầu", 1)], p=P_VC)
D("typo", [L("lop huan luyen atvsld tai doanh nghiep o hai duong cu", {"kw": ["huấn luyện atvsld tại doanh nghiệp"], "former": "Hải Dương"}), P("cai dau o cong ty nao", 1, "date", ["Sumidenso"]),
           R("dang ky cai dau", 1), T("nam nay thanh pho minh dat bao nhieu lop roi", [("CT-HP-2026-01", ["target", "achieved"])])], p=P_HD)
D("plain", [L("thang 12 co lop nao cho to truong cong doan", {"aud": ["tổ trưởng công đoàn"], "month": "2026-12"}), P("lop o duc hoa ngay nao", 3, "date", ["Đức Hòa"]),
            P("lop dau o dau", 1, "date", ["Linh Trung"]), R("dang ky lop dau", 1)], p=P_TN)
D("abbrev", [L("t12 có lớp toàn quốc nào", {"central": True, "month": "2026-12"}), P("cái online mấy giờ", 1, "date", ["14:00"]), R("đk cái online", 1),
             F("tlđ có nghị quyết nào về đào tạo cán bộ cđ 2010-2020", "003", ["4a/NQ-TLĐ"])], p=P_VC)
D("diacritics", [L("Tháng 4 ở Hải Phòng có lớp nữ công nào?", {"topic": "nữ công", "prov": "Hải Phòng", "month": "2027-04"}), P("Lớp ở bệnh viện phụ sản ngày nào?", 1, "date", ["Phụ sản"]),
                 P("Lớp của LĐLĐ học mấy ngày?", 2, "days"), R("Đăng ký lớp của LĐLĐ", 2)], p=P_YT)
