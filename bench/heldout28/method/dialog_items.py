# Dialogues. Turn forms:
#  ("course_list", q, spec)              codes = every upcoming class matching spec (engine.list_all)
#  ("course", q, spec_or_code, [text])   spec -> engine.answer ; str -> that class (a follow-up on a shown list)
#  ("register", q, code)                 class must be registrable today
#  ("fact", q, [text]) / ("off_topic", q)
P = lambda role, prov, union: {"role": role, "province": prov, "union": union}
DIALOGS = [
("voice", P("Chủ tịch CĐCS","Thái Nguyên","CĐCS Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên"), [
  ("course_list", "ờ cho hỏi thái nguyên có những lớp xây dựng thỏa ước lao động tập thể nào", {"prov":["thai nguyen"],"title":["thỏa ước"]}),
  ("course", "cái thứ hai học mấy ngày", "TN26_15", ["22/12/2026"]),
  ("course", "ở đâu vậy", "TN26_15", ["Phan Đình Phùng"]),
  ("register", "thế đăng ký cho mình lớp đó luôn nhé", "TN26_15"),
  ("fact", "à mà hồi trước lạng sơn có bao nhiêu cán bộ công đoàn nhỉ", ["8.343"]),
]),
("abbrev", P("UV UBKT","Hải Phòng","CĐCS Công ty TNHH LG Display Việt Nam Hải Phòng"), [
  ("course_list", "HP có lớp BD nghiệp vụ UBKT CĐCS nào ko", {"prov":["hai phong"],"topic":["kiem_tra"]}),
  ("course", "lớp nào học kết hợp onl", "HP-KH26-06", ["23/12/2026"]),
  ("course", "hạn đk lớp đó đến bn", "HP-KH26-06", ["18/12/2026"]),
  ("register", "đk giúp e lớp đó", "HP-KH26-06"),
  ("off_topic", "tiện hỏi đoàn phí CĐ đóng bn % lương"),
]),
("diacritics", None, [
  ("fact", "Năm 2016 các cấp công đoàn Hà Nội tổ chức được bao nhiêu lớp?", ["33/33"]),
  ("fact", "Thế còn số lượt học viên?", ["3831/3580"]),
  ("fact", "Trường Trung cấp Công đoàn thành phố huấn luyện an toàn vệ sinh lao động bao nhiêu lớp?", ["42 lớp"]),
  ("course", "Bây giờ ở Hà Nội có lớp huấn luyện cho an toàn vệ sinh viên nào sắp học không?", {"prov":["ha noi"],"aud":["atvsv"]}, ["02/12/2026"]),
  ("register", "Đăng ký cho tôi lớp đó.", "HN-2026-025"),
]),
("plain", P("Chu tich CDCS","Soc Trang","CĐCS Công ty CP Thủy sản Sóc Trăng"), [
  ("fact", "o soc trang cu bao nhieu can bo cdcs duoc boi duong nghiep vu", ["8.891/9.074"]),
  ("fact", "dat bao nhieu phan tram", ["97,9%"]),
  ("fact", "bai do ai viet", ["Lục Bích Phúc"]),
  ("off_topic", "luong toi thieu vung o can tho bay gio bao nhieu"),
  ("course", "co lop bo luat lao dong luat cong doan nao hoc online o dong thap khong", {"prov":["dong thap"],"title":["Bộ luật Lao động"],"mode":["trực tuyến"]}, ["25/11/2026"]),
]),
("typo", None, [
  ("course_list", "phu tho co lop nao hoc thu 7 trong thang 12 ko", {"prov":["phu tho"],"weekday":[5],"month":(2026,12)}),
  ("course", "lop thuong luong tap the hoc may ngay", "PT-TLTT-02", ["12/12/2026"]),
  ("course", "o dau the", "PT-TLTT-02", ["phường Hòa Bình"]),
  ("course", "the con o hung yen co lop thuong luong tap the ko", {"prov":["hung yen"],"topic":["tltt"]}, ["26/11/2026"]),
  ("register", "dang ky cho minh lop do", "HY10-26"),
]),
("voice", P("Trưởng ban nữ công","Yên Bái","CĐCS Công ty CP Xi măng Yên Bái"), [
  ("course", "ờ tỉnh mình có lớp nữ công nào gần nhất không", {"prov":["lao cai"],"topic":["nu_cong"]}, ["27/11/2026"]),
  ("course", "thế còn lớp ở yên bái cũ thì sao", "LC.26.003", ["04/12/2026"]),
  ("course", "lớp đó học mấy ngày", "LC.26.003", ["04/12/2026"]),
  ("register", "đăng ký cho chị lớp ở yên bái nhé", "LC.26.003"),
  ("fact", "à mà lạng sơn năm 2014 mở lớp giảng viên kiêm chức cho bao nhiêu người", ["25 đồng chí"]),
]),
("diacritics", P("Chủ tịch CĐCS","Lạng Sơn","CĐCS HTX Đồng Tâm"), [
  ("fact", "Số đoàn viên của CĐCS HTX Đồng Tâm tăng thế nào?", ["38"]),
  ("course", "HTX Đồng Tâm bây giờ có lớp gì sắp tới?", {"org":["HTX Đồng Tâm"]}, ["25/02/2027"]),
  ("course", "Lớp đó dành cho ai?", "LS-27-01", ["Chủ tịch CĐCS"]),
  ("register", "Cho tôi đăng ký lớp này.", "LS-27-01"),
  ("off_topic", "Học lái xe ở Lạng Sơn chỗ nào rẻ?"),
]),
("plain", P("Can bo van phong","Dien Bien","LĐLĐ tỉnh Điện Biên"), [
  ("course_list", "dien bien co lop van thu luu tru nao", {"prov":["dien bien"],"topic":["van_thu"]}),
  ("course", "cai thu 3 hoc buoi nao", "DB27-02", ["21/10/2027"]),
  ("course", "cai dau tien hoc online a", "DB27-01", ["Google Meet"]),
  ("register", "dang ky lop dau tien cho toi", "DB27-01"),
]),
("abbrev", None, [
  ("course_list", "Viện CN và CĐ có những lớp nào sắp tới", {"org":["Viện Công nhân"],"note":"tw"}),
  ("course", "lớp đầu tiên còn hạn đk ko", "TW-2026-08", ["23/11/2026"]),
  ("register", "đk cho e lớp đó luôn", "TW-2026-08"),
  ("off_topic", "thi nâng ngạch CVC năm nay khi nào"),
]),
("typo", P("UV BCH CĐCS","Cao Bằng","CĐCS Trường THPT Cao Bình"), [
  ("course_list", "cao bang co lop bd can bo cdcs moi nao", {"prov":["cao bang"],"title":["cán bộ CĐCS mới"]}),
  ("course", "lop gan nhat hoc o dau", "CB-01-2027", ["phường Thục Phán"]),
  ("course", "han dang ky lop do den bao gio", "CB-01-2027", ["27/12/2026"]),
  ("register", "dang ky cho em lop gan nhat", "CB-01-2027"),
  ("fact", "nhan tien hoi ldld chi lang hoi do co bao nhieu can bo cd", ["366"]),
]),
("voice", None, [
  ("fact", "ờ mê linh năm hai không hai mươi tổ chức mấy lớp tập huấn", ["2 lớp"]),
  ("fact", "thế phối hợp với ai", ["Trung tâm Bồi dưỡng chính trị huyện"]),
  ("course", "bây giờ hà nội có lớp tuyên giáo viết tin bài nào học qua zoom không", {"prov":["ha noi"],"title":["viết tin bài"],"venue":["Zoom"]}, ["23/12/2026"]),
  ("register", "đăng ký cho tôi lớp đó", "HN-2026-001"),
  ("off_topic", "à mà thời tiết hà nội hôm nay thế nào"),
]),
("diacritics", P("Ủy viên BCH","Quảng Ninh","CĐCS Công ty Than Hà Lầm - Vinacomin"), [
  ("course_list", "Quảng Ninh có lớp xây dựng thỏa ước lao động tập thể nào?", {"prov":["quang ninh"],"title":["thỏa ước"]}),
  ("course", "Lớp học ở Hồng Gai là ngày nào?", "QN-27-06", ["Hồng Gai"]),
  ("course", "Còn lớp ở KCN Đông Mai?", "QN-26-12", ["09/12/2026"]),
  ("register", "Đăng ký cho tôi lớp ở Đông Mai.", "QN-26-12"),
]),
("plain", None, [
  ("course_list", "an giang co lop tuyen giao viet tin bai mang xa hoi nao", {"prov":["an giang"],"title":["viết tin bài"]}),
  ("course", "cai thu 2 hoc qua phan mem gi", "AG26-09", ["Google Meet"]),
  ("course", "con lop hoc truc tiep thi o dau", "AG27-01", ["Rạch Giá"]),
  ("fact", "sóc trăng trước đây có bao nhiêu cuộc tuyên truyền nâng cao trình độ", ["1.250 cuộc"]),
]),
("abbrev", P("CT CĐCS","Nam Định","CĐCS Tổng Công ty CP Dệt may Nam Định"), [
  ("course", "NB có lớp PL lao động nào gần nhất", {"prov":["ninh binh"],"topic":["phap_luat"]}, ["03/12/2026"]),
  ("course", "lớp đó học ở đâu", "NB.PL.12", ["Dệt may Nam Định"]),
  ("course", "thế lớp ở Hyundai Thành Công thì sao", {"prov":["ninh binh"],"org":["Hyundai"]}, ["07/12/2026"]),
  ("register", "đk cho mình lớp Hyundai", "NB.PL.09"),
  ("off_topic", "CĐCS được giữ lại bn % đoàn phí"),
]),
("typo", None, [
  ("course_list", "son la co lop tuyen truyen van dong doan vien nao", {"prov":["son la"],"topic":["tuyen_giao"]}),
  ("course", "lop hoc ket hop truc tuyen la ngay nao", "SL2026.12", ["30/11/2026"]),
  ("register", "dang ky lop do cho toi", "SL2026.12"),
  ("fact", "ha noi nam 2016 hoc vien dat bao nhieu phan tram ke hoach", ["107%"]),
]),
("voice", P("Giảng viên kiêm chức","Bạc Liêu","LĐLĐ tỉnh Cà Mau"), [
  ("course_list", "cà mau có lớp bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức nào", {"prov":["ca mau"],"topic":["giang_day"]}),
  ("course", "lớp thứ hai học ở đâu", "CM-27-07", ["Giá Rai"]),
  ("course", "lớp đầu tiên hạn đăng ký đến hôm nào", "CM-27-06", ["03/01/2027"]),
  ("register", "ờ đăng ký giúp tôi lớp đầu tiên", "CM-27-06"),
  ("fact", "hồi năm 2014 lạng sơn ai khai mạc lớp giảng viên kiêm chức", ["Trần Thị Kim Anh"]),
]),
("diacritics", None, [
  ("course_list", "Tuyên Quang có lớp lý luận chính trị nào cho cán bộ chuyên trách?", {"prov":["tuyen quang"],"topic":["llct"]}),
  ("course", "Lớp ở Hà Giang cũ học ngày nào?", "TQ-2027-16", ["14/08/2027"]),
  ("course", "Lớp gần nhất học trực tuyến đúng không?", "TQ-2026-14", ["18/12/2026"]),
  ("register", "Đăng ký cho tôi lớp gần nhất.", "TQ-2026-14"),
  ("off_topic", "Chế độ thai sản cho nam khi vợ sinh được nghỉ mấy ngày?"),
]),
("plain", P("Truong ban nu cong","Tien Giang","CĐ phường Mỹ Tho"), [
  ("course_list", "dong thap co lop nu cong nao", {"prov":["dong thap"],"topic":["nu_cong"]}),
  ("course", "lop nao hoc 2 ngay", "DT.26.02", ["10/12/2026"]),
  ("course", "han dang ky lop do", "DT.26.02", ["02/12/2026"]),
  ("register", "dang ky cho toi lop 2 ngay", "DT.26.02"),
]),
("abbrev", None, [
  ("fact", "CTr 1464/CTr-TLĐ ban hành ngày nào", ["8/10/2013"]),
  ("fact", "còn CTr 1644/CTr-TLĐ", ["04/11/2013"]),
  ("course", "Lai Châu có lớp ATVSLĐ nào đã có ngày cụ thể", {"prov":["lai chau"],"topic":["atvsld"],"vague":False}, ["10/12/2026"]),
  ("register", "đk lớp đó cho e", "LCH-26-10"),
  ("off_topic", "giá vàng SJC hôm nay bn"),
]),
("typo", P("Chu tich CDCS","Ha Noi","CĐ phường Long Biên"), [
  ("course_list", "ha noi co lop tuyen truyen van dong doan vien nao hoc truc tiep", {"prov":["ha noi"],"topic":["tuyen_giao"],"title":["tuyên truyền, vận động"],"mode":["tập trung"]}),
  ("course", "lop o 51 quang trung hoc thu may", "HN-2027-021", ["05/05/2027"]),
  ("course", "con lop o long bien", "HN-2027-012", ["15/05/2027"]),
  ("register", "dang ky cho toi lop long bien", "HN-2027-012"),
  ("fact", "nam 2016 pho chu tich ldld ha noi phat bieu la ai", ["Phạm Bá Vĩnh"]),
]),
]
