# Fact questions. Each entry: (fact_id, seed_prefix, [regex, ...], [(style, question, profile|None), ...])
# Every regex must match exactly once in the seed; its group 1 is the expected text (exactly as the article writes it).
LS = {"role": "Chủ tịch CĐCS", "province": "Lạng Sơn", "union": "CĐCS Công ty CP Xi măng Đồng Bành"}
HN = {"role": "Phó chủ tịch CĐCS", "province": "Hà Nội", "union": "CĐCS Trường THPT Mê Linh"}
CTP = {"role": "Ủy viên BCH", "province": "Cần Thơ", "union": "CĐCS Công ty TNHH May Vĩnh Châu"}
LS2 = {"role": "Kế toán công đoàn", "province": "Lạng Sơn", "union": "CĐCS HTX Hợp Thành Cao Lộc"}

FACTS = [
# ---------- 000 Hà Nội 2016 ----------
('hn-truongban', '000', [r'Trưởng ban Tổ chức LĐLĐ Thành phố (Lê Xuân Trường)'], [
  ('abbrev', 'trưởng ban tc lđlđ hn hồi báo cáo kq đào tạo 2016 tên j', None),
  ('voice', 'ừm cho hỏi ông trưởng ban tổ chức bên liên đoàn lao động hà nội người đọc báo cáo đào tạo cán bộ năm hai không mười sáu tên là gì', None),
  ('plain', 'ai doc bao cao ket qua dao tao can bo cong doan thu do nam 2016', None)]),
('hn-pct', '000', [r'(Phạm Bá Vĩnh) ghi nhận'], [
  ('diacritics', 'Ở hội nghị tổng kết đào tạo cán bộ CĐ Hà Nội năm 2016, vị phó chủ tịch LĐLĐ thành phố phát biểu chỉ đạo là ai?', None),
  ('typo', 'pho chu tich lđlđ ha nôi phat bieu chi dao hoi nghi dao tao can bo cđ 2016 la ai vây', None),
  ('abbrev', 'pct lđlđ tp hn nào yêu cầu rà soát cb từ tổ phó trở lên z', None)]),
('hn-lop', '000', [r'tổ chức được (33/33 lớp)'], [
  ('diacritics', 'Năm 2016 các cấp công đoàn Thủ đô mở được bao nhiêu lớp so với kế hoạch?', None),
  ('plain', 'ha noi nam 2016 to chuc duoc may lop dao tao can bo cd tu tien ubnd thanh pho', None),
  ('voice', 'à năm hai nghìn không trăm mười sáu công đoàn thủ đô làm được bao nhiêu lớp trên kế hoạch thế', None)]),
('hn-lop-pct', '000', [r'33/33 lớp \(đạt (100%) so với kế hoạch\)'], [
  ('abbrev', 'số lớp đào tạo cbcđ của hn năm 2016 đạt bn % kh', None),
  ('typo', 'ha nội 2016 so lop tap huan can bo cd dat bao nhieu phan tram ke hoach z', None)]),
('hn-hv', '000', [r'với (3831)/3580 lượt'], [
  ('diacritics', 'Thực tế năm 2016 Hà Nội có bao nhiêu lượt học viên dự các lớp đào tạo cán bộ công đoàn?', None),
  ('abbrev', 'hn 2016 có bn lượt hv đi học các lớp cđ (số thực đạt í)', None)]),
('hn-hv-kh', '000', [r'3831/(3580) lượt'], [
  ('plain', 'ke hoach nam 2016 ha noi dat ra bao nhieu luot hoc vien dao tao can bo cong doan', None),
  ('typo', 'chỉ tiu lượt học viên của thủ đô năm 2016 la bao nhieu', None)]),
('hn-hv-pct', '000', [r'học viên tham gia \(đạt (107%) so với kế hoạch\)'], [
  ('plain', 'hoi 2016 ha noi dao tao vuot ke hoach bao nhieu phan tram ve luot hoc vien', None),
  ('voice', 'năm hai không mười sáu số lượt học viên của hà nội đạt mấy phần trăm kế hoạch nhỉ', None),
  ('diacritics', 'Lượt học viên đào tạo cán bộ CĐ Thủ đô 2016 vượt kế hoạch, đạt bao nhiêu %?', HN)]),
('hn-3ngay', '000', [r'tổ chức 01 lớp tập huấn (3 ngày) về kỹ năng'], [
  ('diacritics', 'Lớp kỹ năng vận động, tuyên truyền để phát triển đoàn viên mà LĐLĐ Hà Nội làm cùng trung tâm đào tạo của Ban Tổ chức Tổng LĐLĐ năm 2016 học trong mấy ngày?', None),
  ('abbrev', 'lớp kỹ năng vận động pt đoàn viên hn mở 2016 cho cb cấp trên cs học mấy ngày z', None)]),
('hn-23', '000', [r'cho (23) cán bộ CĐ cấp trên cơ sở'], [
  ('plain', 'lop tap huan phat trien doan vien 2016 cua ldld ha noi co bao nhieu can bo cap tren co so du', None),
  ('voice', 'cái lớp ba ngày về vận động phát triển đoàn viên hồi đó ở hà nội có mấy cán bộ cấp trên cơ sở đi học', None)]),
('hn-atvsld-lop', '000', [r'huấn luyện ATVSLĐ (42 lớp)'], [
  ('diacritics', 'Năm 2016 trường trung cấp công đoàn Hà Nội mở mấy lớp huấn luyện ATVSLĐ?', None),
  ('typo', 'truong trung cap cđ ha noi huan luyen atvsld nam 2016 dc bao nhieu lơp', None),
  ('abbrev', 'tr tc cđ hn 2016 hl atvslđ mấy lớp', None)]),
('hn-atvsld-hv', '000', [r'42 lớp với (3.060)/3000'], [
  ('plain', 'nam 2016 truong trung cap cong doan ha noi huan luyen atvsld cho bao nhieu hoc vien', None),
  ('voice', 'năm hai không mười sáu trường trung cấp công đoàn hà nội dạy an toàn lao động cho bao nhiêu học viên', None)]),
('hn-atvsld-kh', '000', [r'3.060/(3000) học viên'], [
  ('abbrev', 'kh hl atvslđ 2016 của tr trung cấp cđ hn là bn hv', None)]),
('hn-atvsld-pct', '000', [r'học viên, đạt (102%) so kế hoạch'], [
  ('diacritics', 'Huấn luyện ATVSLĐ của Trường Trung cấp CĐ Hà Nội năm 2016 đạt bao nhiêu phần trăm kế hoạch?', None),
  ('typo', 'atvsld truong trung cap cđ hn 2016 dat bao nhiu % so ke hoach', None)]),
('hn-38386', '000', [r'tổng số (38.386) lượt cán bộ'], [
  ('diacritics', 'Ngoài ngân sách UBND thành phố, các cấp CĐ Thủ đô còn tranh thủ nguồn khác tập huấn được tổng cộng bao nhiêu lượt cán bộ năm 2016?', None),
  ('plain', 'nam 2016 ha noi tan dung tien cua cac trung tam chinh tri quan huyen tap huan duoc tong bao nhieu luot can bo cd', None),
  ('voice', 'ừm các quận huyện ở hà nội tự xoay kinh phí tập huấn cán bộ công đoàn năm đó được tổng bao nhiêu lượt', None)]),
('hn-giaidoan', '000', [r'cán bộ CĐ giai đoạn (2016-2018)'], [
  ('abbrev', 'kh đào tạo cbcđ lđlđ hn triển khai ngay tại hn tổng kết 2016 là cho gđ nào', None),
  ('plain', 'ha noi trien khai ke hoach dao tao can bo cd cho giai doan nao', None)]),
('hn-khoa', '000', [r'Đại hội (XV) Công đoàn Thành phố'], [
  ('diacritics', 'Mục tiêu 100% cán bộ chuyên trách của Hà Nội được đặt ra đến hết nhiệm kỳ đại hội Công đoàn Thành phố khóa mấy?', None),
  ('typo', 'muc tieu dao tao can bo cđ cua ha noi tinh den het nhiem ky dai hoi cong doan thanh pho lan thu may', None)]),
('hn-nhiemky', '000', [r'\((2013-2018)\)'], [
  ('plain', 'nhiem ky dai hoi xv cong doan thu do tu nam nao den nam nao', None),
  ('voice', 'nhiệm kỳ đại hội mười lăm công đoàn thành phố hà nội là từ năm nào tới năm nào vậy', None)]),
('hn-muctieu-kct', '000', [r'(100%) cán bộ CĐ không chuyên trách'], [
  ('diacritics', 'Theo kế hoạch 2016-2018, Hà Nội đặt mục tiêu tập huấn cho bao nhiêu phần trăm cán bộ CĐ kiêm nhiệm (không chuyên trách)?', None),
  ('abbrev', 'mục tiêu của lđlđ hn cho cb cđ ko chuyên trách đc tập huấn kỹ năng là bn %', None)]),
('hn-thuongtin', '000', [r'LĐLĐ huyện (Thường Tín) phối hợp'], [
  ('plain', 'trong bai dao tao can bo cd ha noi 2016 buoi tap huan trong anh la cua ldld huyen nao', None),
  ('typo', 'huyen nao cua ha noi phoi hop vs truong trung cap cong doan mo buoi tap huan co anh trong bai 2016', None)]),
('hn-thanglong', '000', [r'Trường Trung cấp (Thăng Long)'], [
  ('diacritics', 'Trường Trung cấp CĐ Hà Nội liên kết đào tạo với trường trung cấp nào?', None),
  ('abbrev', 'tr tc cđ tp hn liên kết vs tr trung cấp nào v', None)]),
('hn-caodang', '000', [r'Trường Cao đẳng công nghệ và (thương mại Hà Nội)', r'Trường Cao đẳng (Văn Lang)'], [
  ('plain', 'truong trung cap cong doan ha noi lien ket voi nhung truong cao dang nao', None),
  ('voice', 'trường trung cấp công đoàn thành phố liên kết đào tạo với mấy trường cao đẳng nào thế', None)]),
('hn-tpp', '000', [r'tác động của (TPP) đến'], [
  ('diacritics', 'Năm 2016 cán bộ CĐ Hà Nội được tập huấn về tác động của hiệp định nào tới tổ chức công đoàn?', None),
  ('typo', 'hiệp đinh nào dc tap huan cho can bo cd thu đo nam 2016 ve tac dong toi cong doan', None)]),
('hn-bhxh', '000', [r'điểm mới của (Luật BHXH)'], [
  ('abbrev', 'năm 2016 cbcđ hn dc tập huấn điểm mới của luật j', None)]),
('hn-tophoi', '000', [r'từ (tổ phó) trở lên'], [
  ('plain', 'ong vinh de nghi ra soat nam chac can bo cong doan tu chuc danh nao tro len', None),
  ('diacritics', 'Phó Chủ tịch Phạm Bá Vĩnh yêu cầu các cấp CĐ nắm chắc cán bộ từ chức danh nào trở lên?', None)]),
('hn-kinhphi', '000', [r'từ nguồn kinh phí hỗ trợ của (UBND Thành phố)'], [
  ('typo', '33 lop nam 2016 o ha noi dung kinh phi cua ai ho tro', None),
  ('abbrev', 'kp mở 33 lớp cđ thủ đô 2016 do ai hỗ trợ', None)]),
# ---------- 001 Lạng Sơn (LSO, 2024) ----------
('ls-kien', '001', [r'anh (Nguyễn Văn Kiên), cán bộ'], [
  ('diacritics', 'Chủ tịch công đoàn cơ sở HTX Đồng Tâm ở Cao Lộc trong bài báo tên là gì?', None),
  ('plain', 'ai la chu tich cdcs hop tac xa dong tam', None),
  ('abbrev', 'ct cđcs htx đồng tâm tên j', None)]),
('ls-bau', '001', [r'^Tháng (12/2012), anh'], [
  ('voice', 'anh kiên ở hợp tác xã đồng tâm được bầu làm chủ tịch công đoàn từ hồi nào', None),
  ('typo', 'anh kien htx dong tam dc bau lam chu tich cđcs tu khi nao vay', None)]),
('ls-caoloc', '001', [r'HTX Đồng Tâm \(huyện (Cao Lộc)\)'], [
  ('plain', 'htx dong tam thuoc huyen nao', None),
  ('diacritics', 'Hợp tác xã Đồng Tâm có chủ tịch CĐCS tên Kiên nằm ở huyện nào?', None)]),
('ls-kha', '001', [r'CĐCS HTX chỉ xếp loại (khá)'], [
  ('abbrev', 'năm 2012 2013 cđcs htx đồng tâm xếp loại j', None),
  ('voice', 'hồi hai không mười hai hai không mười ba công đoàn hợp tác xã đồng tâm được xếp loại gì', None)]),
('ls-2014', '001', [r'Từ năm (2014) đến nay, CĐCS HTX'], [
  ('diacritics', 'CĐCS HTX Đồng Tâm bắt đầu liên tục đạt vững mạnh từ năm nào?', None),
  ('typo', 'tu nam nao cđcs htx đong tam lien tuc vung manh', None)]),
('ls-dv10', '001', [r'tăng từ (10) \(năm 2012\)'], [
  ('plain', 'nam 2012 cong doan htx dong tam co may doan vien', None)]),
('ls-dv38', '001', [r'lên (38) đoàn viên'], [
  ('diacritics', 'Đến năm 2018 số đoàn viên của công đoàn HTX Đồng Tâm tăng lên bao nhiêu?', None),
  ('abbrev', 'htx đồng tâm 2018 có bn đv cđ', None)]),
('ls-tong', '001', [r'Toàn tỉnh hiện có (8.343) CBCĐ'], [
  ('diacritics', 'Theo bài năm 2024, toàn tỉnh Lạng Sơn có tổng cộng bao nhiêu cán bộ công đoàn?', None),
  ('abbrev', 'ls có tất cả bn cbcđ (bài báo lso)', None),
  ('voice', 'cho hỏi tỉnh mình hiện có tổng bao nhiêu cán bộ công đoàn theo bài báo lạng sơn', LS)]),
('ls-ct', '001', [r'trong đó có (74) CBCĐ chuyên trách'], [
  ('plain', 'lang son co bao nhieu can bo cong doan chuyen trach', None),
  ('typo', 'so cán bo cđ chuyen trach cua tinh minh la bao nhieu', LS),
  ('abbrev', 'cbcđ chuyên trách toàn tỉnh ls bn ng', None)]),
('ls-kct', '001', [r'và (8.269) CBCĐ không chuyên trách'], [
  ('diacritics', 'Lạng Sơn có bao nhiêu cán bộ công đoàn kiêm nhiệm (không chuyên trách)?', None),
  ('voice', 'ừm số cán bộ công đoàn không chuyên trách của lạng sơn là bao nhiêu', None)]),
('ls-104', '001', [r'Chương trình số (104/CTr-LĐLĐ)'], [
  ('diacritics', 'Chương trình nâng cao chất lượng và hiệu quả hoạt động của CBCĐ do BCH LĐLĐ tỉnh Lạng Sơn ban hành mang số mấy?', None),
  ('abbrev', 'ctr của bch lđlđ tỉnh ls về nâng cao chất lượng hđ cbcđ số mấy', None)]),
('ls-104-ngay', '001', [r'104/CTr-LĐLĐ ngày (29/11/2013)'], [
  ('plain', 'chuong trinh 104 cua ldld lang son ban hanh ngay nao', None),
  ('typo', 'chuong trinh so 104 ldld tinh ban hanh ngay bao nhieu', LS2)]),
('ls-dung', '001', [r'Ông (Hoàng Văn Dũng)'], [
  ('diacritics', 'Chủ tịch LĐLĐ huyện Chi Lăng được phỏng vấn trong bài là ai?', None),
  ('plain', 'chu tich ldld huyen chi lang ten gi', None)]),
('ls-chilang', '001', [r'Chi Lăng hiện có (366) CBCĐ'], [
  ('plain', 'so can bo cd o huyen chi lang', None),
  ('voice', 'huyện chi lăng có tất cả bao nhiêu cán bộ công đoàn vậy', None),
  ('abbrev', 'chi lăng có bn cbcđ', None)]),
('ls-chilang-kct', '001', [r'trong đó có (363) cán bộ không chuyên trách'], [
  ('diacritics', 'Ở Chi Lăng có bao nhiêu cán bộ công đoàn không chuyên trách?', None),
  ('typo', 'chi lang co bao nhieu can bo cđ ko chuyen trach', None)]),
('ls-chilang-cq', '001', [r'ở (117) cơ quan'], [
  ('plain', 'can bo cong doan o chi lang hoat dong o bao nhieu co quan don vi', None),
  ('voice', 'cán bộ công đoàn không chuyên trách ở chi lăng nằm ở mấy cơ quan đơn vị', None)]),
('ls-chilang-dn', '001', [r'đơn vị và (4 doanh nghiệp)'], [
  ('abbrev', 'cbcđ ko chuyên trách chi lăng có ở mấy dn', None),
  ('diacritics', 'Ngoài các cơ quan, đơn vị, cán bộ CĐ ở Chi Lăng còn ở mấy doanh nghiệp?', None)]),
('ls-85lop', '001', [r'tổ chức được (85 lớp)'], [
  ('diacritics', 'Từ 2013 đến nay các cấp công đoàn Lạng Sơn đã mở bao nhiêu lớp tập huấn nghiệp vụ?', None),
  ('plain', 'tu nam 2013 lang son to chuc bao nhieu lop boi duong nghiep vu cho can bo cong doan', None),
  ('voice', 'từ hai không mười ba tới giờ tỉnh mình mở được bao nhiêu lớp tập huấn nghiệp vụ công đoàn', LS)]),
('ls-8069', '001', [r'cho (8.069) lượt CBCĐ'], [
  ('abbrev', 'từ 2013 ls tập huấn dc bn lượt cbcđ', None),
  ('typo', 'tu 2013 den nay lang son boi duong duoc bao nhieu luot can bo cd', None)]),
('ls-kinhphi', '001', [r'tổng kinh phí hơn (2,1 tỷ đồng)'], [
  ('diacritics', 'Tổng kinh phí cho các lớp tập huấn cán bộ CĐ ở Lạng Sơn từ 2013 là bao nhiêu?', None),
  ('plain', 'lang son chi het bao nhieu tien cho 85 lop tap huan can bo cong doan', None),
  ('voice', 'tổng tiền mở các lớp tập huấn cán bộ công đoàn ở lạng sơn từ năm hai không mười ba là bao nhiêu', None)]),
('ls-cu25', '001', [r'đã cử (25) CBCĐ tham dự'], [
  ('abbrev', 'lđlđ tỉnh ls cử bn cbcđ đi học lớp ngắn hạn của tlđ', None),
  ('diacritics', 'LĐLĐ Lạng Sơn cử bao nhiêu cán bộ đi học lớp ngắn hạn của Tổng Liên đoàn?', None)]),
('ls-100', '001', [r'Kết quả, (100%) CBCĐ chuyên trách'], [
  ('typo', 'lang son bao nhieu phan tram can bo cđ chuyen trach da dc tap huan ly luan nghiep vu', None)]),
('ls-70', '001', [r'và (70%) CBCĐ không chuyên trách'], [
  ('diacritics', 'Ở Lạng Sơn bao nhiêu phần trăm cán bộ CĐ không chuyên trách đã được bồi dưỡng lý luận, nghiệp vụ?', None),
  ('plain', 'ty le can bo cong doan kiem nhiem o lang son duoc tap huan la bao nhieu', None),
  ('abbrev', 'bn % cbcđ ko chuyên trách tỉnh mk đc bồi dưỡng nghiệp vụ r', LS)]),
('ls-1238', '001', [r'toàn tỉnh có (1.238) CĐCS vững mạnh'], [
  ('plain', 'cuoi nam 2017 lang son co bao nhieu cong doan co so vung manh', None),
  ('voice', 'cuối năm hai không mười bảy tỉnh lạng sơn có mấy công đoàn cơ sở vững mạnh', None)]),
('ls-854', '001', [r'vững mạnh, đạt (85,4%)'], [
  ('diacritics', 'Tỷ lệ công đoàn cơ sở vững mạnh ở Lạng Sơn cuối năm 2017 là bao nhiêu?', None),
  ('abbrev', 'cuối 2017 cđcs vững mạnh ls đạt bn %', None)]),
('ls-88', '001', [r'tăng (8,8%) so với năm 2013'], [
  ('typo', 'ty le cđcs vung manh cua lang son nam 2017 tang bao nhieu so vs nam 2013', None),
  ('plain', 'so voi 2013 thi ty le cdcs vung manh o lang son nam 2017 tang them bao nhieu', None)]),
('ls-oanh', '001', [r'Bà (Hoàng Thị Oanh)'], [
  ('diacritics', 'Trưởng Ban Tổ chức LĐLĐ tỉnh Lạng Sơn nói về 3.500 cán bộ mới là ai?', None),
  ('abbrev', 'trưởng ban tc lđlđ ls trong bài htx đồng tâm là ai', None)]),
('ls-3500', '001', [r'có hơn (3.500) CBCĐ lần đầu'], [
  ('plain', 'nhiem ky 2018 2023 lang son co bao nhieu can bo lan dau vao ban chap hanh cong doan', None),
  ('voice', 'nhiệm kỳ hai không mười tám hai không hai ba có bao nhiêu cán bộ công đoàn lần đầu vào ban chấp hành ở lạng sơn', None),
  ('typo', 'bao nhieu can bo lan dau tham gia bch cong doan cac cap o tinh minh nhiem ky 2018-2023', LS)]),
# ---------- 002 Mê Linh ----------
('ml-7', '002', [r'với (7 nhóm) vấn đề'], [
  ('diacritics', 'Chủ đề năm "Nâng cao chất lượng hoạt động của CĐCS" mà Mê Linh thực hiện gồm mấy nhóm vấn đề?', None),
  ('plain', 'chu de nam nang cao chat luong hoat dong cdcs o me linh co may nhom van de', None)]),
('ml-2lop', '002', [r'tổ chức (2 lớp) tập huấn'], [
  ('abbrev', 'năm 2020 lđlđ h mê linh mở mấy lớp cùng tt bồi dưỡng chính trị h', None),
  ('voice', 'năm hai không hai mươi liên đoàn lao động mê linh phối hợp mở được mấy lớp tập huấn', None),
  ('typo', 'me linh nam 2020 to chuc dc bao nhieu lop tap huan cho can bo doan vien', HN)]),
('ml-400', '002', [r'cho trên (400) lượt'], [
  ('diacritics', 'Hai lớp tập huấn ở Mê Linh năm 2020 có bao nhiêu lượt cán bộ, đoàn viên dự?', None),
  ('plain', 'bao nhieu luot can bo doan vien du 2 lop tap huan cua me linh 2020', None),
  ('abbrev', 'mê linh 2020 tập huấn dc bn lượt cb đv', None)]),
('ml-ttbdct', '002', [r'phối hợp với (Trung tâm Bồi dưỡng chính trị) huyện'], [
  ('typo', 'ldld me linh phoi hop vs co quan nao de mo 2 lop tap huan nam 2020', None),
  ('diacritics', 'Năm 2020 LĐLĐ huyện Mê Linh phối hợp với đơn vị nào để tổ chức các lớp tập huấn cho đoàn viên?', None)]),
('ml-tacgia', '002', [r'\n(Lương Hằng)\n'], [
  ('plain', 'bai ve dao tao can bo cong doan co so o me linh do ai viet', None)]),
('ml-ngay', '002', [r'(02/03/2021) 21:59'], [
  ('abbrev', 'bài báo lđtđ về mê linh chú trọng đào tạo cb cđcs đăng ngày nào', None)]),
('ml-hinhthuc', '002', [r'Đào tạo (tập trung), tại chức', r'tập trung, (tại chức), học từ xa', r'tại chức, (học từ xa)'], [
  ('diacritics', 'LĐLĐ Mê Linh mở lớp theo những hình thức đào tạo nào?', None),
  ('voice', 'ở mê linh người ta mở lớp theo những hình thức nào thế', None)]),
('ml-nam', '002', [r'song năm (2020), Ban'], [
  ('typo', 'bai bao ve me linh tong ket cong tac dao tao can bo cua nam nao', None)]),
# ---------- 003 Lạng Sơn 2014, giảng viên kiêm chức ----------
('gv-4a', '003', [r'Nghị quyết số (4a/NQ-TLĐ)'], [
  ('diacritics', 'Nghị quyết của BCH Tổng Liên đoàn về đẩy mạnh, nâng cao chất lượng đào tạo cán bộ CĐ giai đoạn 2010-2020 số mấy?', None),
  ('abbrev', 'nq tlđ về đào tạo bồi dưỡng cbcđ gđ 2010 2020 số bn', None),
  ('plain', 'nghi quyet ve tiep tuc day manh dao tao can bo cong doan 2010 2020 la nghi quyet so may', None)]),
('gv-4a-ngay', '003', [r'4a/NQ-TLĐ ngày (04/3/2010)'], [
  ('typo', 'nghi quyet 4a cua tong lien doan ra ngay nao', None),
  ('voice', 'nghị quyết bốn a của tổng liên đoàn ban hành ngày mấy', None)]),
('gv-khoaX', '003', [r'Tổng Liên đoàn Lao động Việt Nam (khóa X) '], [
  ('diacritics', 'Nghị quyết 4a do Ban Chấp hành Tổng Liên đoàn khóa mấy ban hành?', None)]),
('gv-1644', '003', [r'Chương trình số (1644/CTr-TLĐ)'], [
  ('plain', 'tong lien doan co chuong trinh nam 2013 ve nang chat luong, hieu qua cua doi ngu can bo cd, so hieu la gi', None),
  ('abbrev', 'ctr của tlđ nâng cao cl hiệu quả hđ đội ngũ cbcđ năm 2013 số mấy', None)]),
('gv-1644-ngay', '003', [r'1644/CTr-TLĐ ngày (04/11/2013)'], [
  ('diacritics', 'Chương trình 1644 của Tổng LĐLĐ Việt Nam được ban hành ngày nào?', None),
  ('typo', 'chuong trinh 1644 tld ngay bao nhieu', None)]),
('gv-25', '003', [r'cho (25) đồng chí'], [
  ('diacritics', 'Lớp giảng viên kiêm chức công đoàn của LĐLĐ Lạng Sơn năm 2014 có bao nhiêu học viên?', None),
  ('voice', 'lớp giảng viên kiêm chức ở lạng sơn hồi hai không mười bốn có bao nhiêu đồng chí học', None),
  ('abbrev', 'lớp gv kiêm chức cđ ls 2014 mở cho bn đ/c', None)]),
('gv-kimanh', '003', [r'Đ/c (Trần Thị Kim Anh)'], [
  ('plain', 'ai khai mac lop giang vien kiem chuc cong doan o lang son', None),
  ('typo', 'ng khai mac lop tap huan giang vien kiem chuc lđlđ lang son ten gi', None)]),
('gv-chucvu', '003', [r'Kim Anh, (Phó Chủ tịch Thường trực) LĐLĐ'], [
  ('diacritics', 'Bà Trần Thị Kim Anh giữ chức vụ gì ở LĐLĐ tỉnh Lạng Sơn?', None)]),
('gv-tacgia', '003', [r'\n\s*(Hứa Đức Việt)\n'], [
  ('abbrev', 'bài về đào tạo gv kiêm chức cđ ls ai viết', None)]),
('gv-khoaXV', '003', [r'Công đoàn tỉnh Lạng Sơn (khóa XV)'], [
  ('plain', 'lop giang vien kiem chuc lang son nham thuc hien nghi quyet dai hoi cong doan tinh khoa may', None)]),
# ---------- 004 Sóc Trăng 2016 ----------
('st-1464', '004', [r'Chương trình hành động số (1464/CTr-TLĐ)'], [
  ('diacritics', 'Tổng Liên đoàn có chương trình hành động nào về nâng trình độ, tay nghề cho đoàn viên? Số mấy?', None),
  ('abbrev', 'ctr hđ của đoàn ct tlđ về nâng trình độ tay nghề cho đv số j', None),
  ('voice', 'chương trình hành động của đoàn chủ tịch tổng liên đoàn về nâng trình độ tay nghề đoàn viên số bao nhiêu', None)]),
('st-1464-ngay', '004', [r'hành động số 1464/CTr-TLĐ, ngày (8/10/2013)'], [
  ('plain', 'chuong trinh 1464 cua doan chu tich tong ldld ban hanh ngay nao', None),
  ('typo', 'ctr 1464 tlđ ngay thang nam nao', None)]),
('st-53', '004', [r'Kế hoạch (53/KH-LĐLĐ)'], [
  ('diacritics', 'LĐLĐ tỉnh Sóc Trăng ra kế hoạch số mấy để triển khai chương trình 1464?', None),
  ('plain', 'ldld soc trang ra ke hoach so may de nang trinh do tay nghe doan vien nam 2013', None)]),
('st-53-ngay', '004', [r'53/KH-LĐLĐ, ngày (10/12/2013)'], [
  ('abbrev', 'kh 53 của lđlđ sóc trăng ban hành ngày nào', None),
  ('typo', 'ke hoach so 53 ldld tinh soc trang ngay bao nhieu', CTP)]),
('st-1250', '004', [r'triển khai (1.250 cuộc) tuyên truyền'], [
  ('diacritics', 'Các cấp CĐ Sóc Trăng làm bao nhiêu cuộc tuyên truyền về học tập nâng tay nghề?', None),
  ('voice', 'sóc trăng làm được bao nhiêu buổi tuyên truyền nâng cao trình độ tay nghề cho đoàn viên', None)]),
('st-41640', '004', [r'với (41.640) lượt'], [
  ('plain', 'bao nhieu luot nguoi du cac cuoc tuyen truyen nang cao trinh do o soc trang', None),
  ('abbrev', 'st tuyên truyền kỹ năng nghề dc bn lượt cb đv nld tham gia', None)]),
('st-500bo', '004', [r'phát hành (500 bộ) tài liệu'], [
  ('typo', 'soc trang phat hanh bao nhieu bo tai lieu tuyen truyen xay dung xa hoi hoc tap', None),
  ('diacritics', 'Để tuyên truyền về xã hội học tập, Sóc Trăng in bao nhiêu bộ tài liệu?', None)]),
('st-toroi', '004', [r'trên (1.000 tờ rơi)'], [
  ('plain', 'soc trang in bao nhieu to roi de tuyen truyen ve xay dung xa hoi hoc tap', None)]),
('st-23339', '004', [r'tính chung có (23.339) người'], [
  ('diacritics', 'Giai đoạn 2013-2015 ở Sóc Trăng có bao nhiêu người được đi học nâng trình độ chuyên môn nghiệp vụ?', None),
  ('abbrev', 'sóc trăng 2013-2015 bn ng dc đào tạo nâng trình độ cm nghiệp vụ', None),
  ('voice', 'từ hai không mười ba tới hai không mười lăm sóc trăng có bao nhiêu người được học nâng trình độ chuyên môn', None)]),
('st-tiensy', '004', [r'trong đó trên (500) tiến sỹ'], [
  ('plain', 'trong so nguoi duoc dao tao o soc trang co bao nhieu tien sy thac sy', None),
  ('typo', 'soc trang co bao nhieu tien si thac si dc dao tao 2013 2015', None)]),
('st-daihoc', '004', [r'đại học (12.066) người'], [
  ('diacritics', 'Sóc Trăng có bao nhiêu người được đào tạo trình độ đại học giai đoạn 2013-2015?', None),
  ('abbrev', 'st 2013-2015 trình độ đh bn ng', None)]),
('st-cdtc', '004', [r'cao đẳng, trung cấp (10.773) người'], [
  ('plain', 'so nguoi hoc cao dang trung cap o soc trang 2013 2015', None),
  ('voice', 'sóc trăng có bao nhiêu người được đào tạo cao đẳng trung cấp', None)]),
('st-llct', '004', [r'Có (1.500) đoàn viên'], [
  ('typo', 'bao nhieu doan vien nld soc trang dc hoc ly luan chinh tri so cap trung cap cao cap', None),
  ('diacritics', 'Ở Sóc Trăng bao nhiêu đoàn viên, người lao động được bồi dưỡng lý luận chính trị?', None)]),
('st-cntt', '004', [r'việc làm là (14.581) người'], [
  ('abbrev', 'sóc trăng bn cb cc vc học nâng trình độ ứng dụng cntt', None),
  ('plain', 'bao nhieu can bo cong chuc vien chuc soc trang hoc ung dung cong nghe thong tin', None)]),
('st-a2', '004', [r'\(tương đương A 2\) là (3.332) người'], [
  ('diacritics', 'Sóc Trăng có bao nhiêu người đạt ngoại ngữ bậc 2 (tương đương A2)?', None),
  ('typo', 'so nguoi hoc ngoai ngu bac 2 a2 o soc trang', None)]),
('st-b1', '004', [r'\(tương đương B1\) là (863) người'], [
  ('plain', 'ngoai ngu bac 3 b1 o soc trang co bao nhieu nguoi', None),
  ('voice', 'ngoại ngữ bậc ba tương đương bê một ở sóc trăng có mấy người', None)]),
('st-32775', '004', [r'đã có có (32.775)/53.527'], [
  ('diacritics', 'Sau 2 năm triển khai, Sóc Trăng có bao nhiêu đoàn viên, NLĐ được đi học nâng tay nghề, trình độ?', None),
  ('abbrev', 'sóc trăng 2 năm có bn đv nld dc học nâng cao kỹ năng nghề', None)]),
('st-53527', '004', [r'32.775/(53.527) đoàn viên'], [
  ('plain', 'tong so doan vien va nguoi lao dong soc trang dung lam mau so khi tinh ty le hoc nang cao trinh do', None),
  ('typo', 'tong so dv va nld cua soc trang trong bao cao 2 nam la bao nhieu', None)]),
('st-6123', '004', [r'nghề nghiệp đạt (61,23%)'], [
  ('diacritics', 'Sóc Trăng đạt tỷ lệ bao nhiêu phần trăm đoàn viên, NLĐ được học nâng tay nghề?', None),
  ('voice', 'sóc trăng đạt bao nhiêu phần trăm đoàn viên người lao động được học nâng cao tay nghề', None),
  ('abbrev', 'tỷ lệ đv nld sóc trăng dc học nâng cao kỹ năng nghề bn %', CTP)]),
('st-tdt', '004', [r'phối hợp với Trường Đại học (Tôn Đức Thắng)'], [
  ('plain', 'ldld soc trang phoi hop voi truong dai hoc nao mo lop quan ly nha nuoc chuyen vien chinh', None),
  ('diacritics', 'LĐLĐ Sóc Trăng liên kết với trường đại học nào để mở lớp quản lý nhà nước cho cán bộ chuyên trách?', None)]),
('st-41', '004', [r'chuyên viên chính cho (41) cán bộ'], [
  ('abbrev', 'lớp qlnn chương trình chuyên viên chính ở sóc trăng có bn cb cđ chuyên trách', None),
  ('typo', 'lop chuyen vien chinh cua ldld soc trang hoc cho bao nhieu can bo', None)]),
('st-59', '004', [r'công tác công đoàn cho (59) cán bộ'], [
  ('diacritics', 'Ở Sóc Trăng, lớp lý luận, nghiệp vụ CĐ mở cho bao nhiêu cán bộ chuyên trách?', None),
  ('plain', 'lop ly luan nghiep vu cong doan o soc trang co bao nhieu can bo chuyen trach', None)]),
('st-05lop', '004', [r'và (05 lớp) bồi dưỡng nghiệp vụ cho 746'], [
  ('voice', 'sóc trăng mở mấy lớp bồi dưỡng nghiệp vụ cho chủ tịch công đoàn cơ sở', None),
  ('abbrev', 'lđlđ st mở mấy lớp bd nghiệp vụ cho ct cđcs', None)]),
('st-746', '004', [r'bồi dưỡng nghiệp vụ cho (746) Chủ tịch'], [
  ('plain', 'bao nhieu chu tich cong doan co so o soc trang duoc boi duong nghiep vu', None),
  ('diacritics', 'Số chủ tịch CĐCS ở Sóc Trăng được bồi dưỡng nghiệp vụ là bao nhiêu?', None)]),
('st-48lop', '004', [r'đã mở (48 lớp) tập huấn'], [
  ('typo', 'cac ldld huyen thi xa o soc trang mo bao nhieu lop tap huan nghiep vu cong doan', None),
  ('voice', 'liên đoàn lao động các huyện thị xã ở sóc trăng mở được mấy lớp tập huấn nghiệp vụ', None)]),
('st-8891', '004', [r'có (8.891)/9.074 cán bộ'], [
  ('diacritics', 'Đến đầu 2016, bao nhiêu cán bộ công đoàn cơ sở ở Sóc Trăng đã được tập huấn nghiệp vụ?', None),
  ('abbrev', 'sóc trăng bn cb cđcs đã dc bd tập huấn nghiệp vụ', None)]),
('st-9074', '004', [r'8.891/(9.074) cán bộ'], [
  ('plain', 'tong so can bo cong doan co so o soc trang la bao nhieu', None)]),
('st-979', '004', [r'nghiệp vụ công tác công đoàn, đạt (97,9%)'], [
  ('typo', 'ty le can bo cđcs soc trang da dc tap huan nghiep vu la bao nhieu %', None),
  ('voice', 'sóc trăng được bao nhiêu phần trăm cán bộ công đoàn cơ sở đi tập huấn rồi', None),
  ('diacritics', 'Hồi còn tỉnh Sóc Trăng, tỷ lệ cán bộ CĐCS được tập huấn nghiệp vụ đạt bao nhiêu?', CTP)]),
('st-73', '004', [r'Kế hoạch số (73/KH-UBND)'], [
  ('diacritics', 'Kế hoạch của UBND tỉnh Sóc Trăng phê duyệt đề án xây dựng xã hội học tập số mấy?', None),
  ('abbrev', 'kh ubnd sóc trăng về đề án xd xã hội học tập số mấy', None)]),
('st-73-ngay', '004', [r'73/KH-UBND, ngày (30/10/2003)'], [
  ('plain', 'ke hoach 73 cua ubnd soc trang ghi ngay nao', None)]),
('st-xhht', '004', [r'Xây dựng xã hội học tập giai đoạn (2012-2020)'], [
  ('typo', 'de an xay dung xa hoi hoc tap cua soc trang cho giai doan nao', None),
  ('diacritics', 'Đề án "Xây dựng xã hội học tập" của Sóc Trăng áp dụng cho giai đoạn nào?', None)]),
('st-phuc', '004', [r'\s(Lục Bích Phúc)\n'], [
  ('plain', 'ai viet bai ve nang cao trinh do doan vien nguoi lao dong o soc trang', None),
  ('abbrev', 'pct lđlđ tỉnh sóc trăng viết bài nâng cao trình độ đv là ai', None),
  ('voice', 'phó chủ tịch liên đoàn lao động sóc trăng tác giả bài viết tên gì', None)]),
('st-2nam', '004', [r'Qua (2 năm) tổ chức'], [
  ('diacritics', 'Bài của Sóc Trăng tổng kết mấy năm thực hiện kế hoạch nâng tay nghề cho đoàn viên?', None)]),
('st-ngay', '004', [r'NGƯỜI LAO ĐỘNG \((05/02/2016)\)'], [
  ('plain', 'bai cua ldld soc trang ve nang trinh do doan vien dang ngay nao', None)]),
('ls24-ngay', '001', [r'Thứ sáu,\s+(20/09/2024)'], [
  ('abbrev', 'bài bồi dưỡng nghiệp vụ cho cb giải pháp nâng cao cl hđ cđ của báo ls đăng ngày nào', None)]),
]

DN = {"role": "Chủ tịch CĐCS", "province": "Đà Nẵng", "union": "CĐCS Công ty TNHH May Liên Chiểu"}
EXTRA = {
 'hn-atvsld-kh': [('plain', 'truong trung cap cd ha noi nam 2016 ke hoach huan luyen atvsld la bao nhieu hoc vien', None)],
 'hn-bhxh': [('plain', 'nam 2016 can bo cong doan ha noi duoc tap huan nhung diem moi cua luat nao', None)],
 'hn-kinhphi': [('voice', 'ba mươi ba lớp đào tạo cán bộ công đoàn hà nội năm hai không mười sáu lấy tiền từ đâu ra', None)],
 'hn-lop': [('typo', 'cac cap cđ thu do nam 2016 to chuc dc bao nhieu lơp so vơi ke hoach', HN)],
 'hn-truongban': [('diacritics', 'Ai là Trưởng ban Tổ chức LĐLĐ thành phố Hà Nội trong bài tổng kết đào tạo cán bộ năm 2016?', HN)],
 'hn-tpp': [('plain', 'tap huan can bo cd ha noi 2016 co noi ve tac dong cua hiep dinh thuong mai nao', None)],
 'ls-dv10': [('voice', 'hồi hai không mười hai công đoàn hợp tác xã đồng tâm có mấy đoàn viên thôi', None),
             ('abbrev', 'cđ htx đồng tâm năm 2012 có bn đv', None)],
 'ls-100': [('abbrev', 'ls đã bồi dưỡng dc bn % cbcđ chuyên trách về lý luận nghiệp vụ', None)],
 'ls-kha': [('diacritics', 'Trước khi anh Kiên đi tập huấn, công đoàn HTX Đồng Tâm năm 2012-2013 chỉ được xếp loại gì?', None)],
 'ls-caoloc': [('abbrev', 'htx đồng tâm ở h nào của ls', LS2)],
 'ls-dung': [('voice', 'ông chủ tịch liên đoàn lao động huyện chi lăng tên là gì nhỉ', None)],
 'ls-kien': [('voice', 'ừm anh chủ tịch công đoàn hợp tác xã đồng tâm mà đi tập huấn xong làm tốt lên ấy tên gì', None)],
 'ls-oanh': [('plain', 'truong ban to chuc lien doan lao dong lang son noi ve nhiem ky 2018 2023 ten gi', None)],
 'ls24-ngay': [('plain', 'bai bao lang son ve boi duong nghiep vu cho can bo cong doan dang ngay nao', None)],
 'ml-tacgia': [('abbrev', 'bài lđtđ về mê linh 2020 tác giả là ai', None)],
 'ml-ngay': [('typo', 'bai ve ldld me linh chu trong dao tao can bo dang ngay bao nhieu', None)],
 'ml-nam': [('diacritics', 'Kết quả đào tạo của LĐLĐ huyện Mê Linh trong bài báo là của năm nào?', None)],
 'ml-7': [('voice', 'chủ đề năm nâng cao chất lượng hoạt động công đoàn cơ sở ở mê linh gồm mấy nhóm vấn đề', None)],
 'gv-khoaX': [('plain', 'nghi quyet 4a ve dao tao can bo cong doan do bch tong lien doan khoa may ban hanh', None)],
 'gv-chucvu': [('abbrev', 'bà trần thị kim anh là j của lđlđ ls', None)],
 'gv-tacgia': [('plain', 'bai ve lop giang vien kiem chuc o lang son do ai viet', None)],
 'gv-khoaXV': [('voice', 'lớp giảng viên kiêm chức ở lạng sơn thực hiện nghị quyết đại hội công đoàn tỉnh khóa mấy', LS)],
 'st-toroi': [('abbrev', 'sóc trăng phát hành bn tờ rơi tuyên truyền học tập nâng trình độ', None)],
 'st-9074': [('diacritics', 'Tổng số cán bộ CĐCS của Sóc Trăng dùng để tính tỷ lệ 97,9% là bao nhiêu?', None)],
 'st-73-ngay': [('typo', 'ke hoach so 73 kh ubnd cua tinh soc trang ban hanh ngay nao', None)],
 'st-2nam': [('abbrev', 'kh 53 của sóc trăng đã thực hiện dc bao lâu khi viết bài', None)],
 'st-ngay': [('diacritics', 'Bài của LĐLĐ Sóc Trăng về nâng cao trình độ đoàn viên, người lao động đăng ngày nào?', None)],
 'gv-1644': [('voice', 'chương trình của tổng liên đoàn năm hai không mười ba về nâng cao chất lượng hiệu quả hoạt động đội ngũ cán bộ công đoàn số mấy', None)],
 'st-tdt': [('abbrev', 'lđlđ st liên kết tr đh nào mở lớp qlnn', CTP)],
 'ml-2lop': [('plain', 'me linh 2020 mo may lop tap huan nghiep vu cong doan va an toan ve sinh lao dong', None)],
 'ls-1238': [('typo', 'cuoi 2017 toan tinh minh co bao nhieu cđcs vung manh', LS)],
}
for _f in FACTS:
    _f[3].extend(EXTRA.get(_f[0], []))
