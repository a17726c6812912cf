# -*- coding: utf-8 -*-
"""Single course questions: each must single out exactly one class (checked by derive.run_question)."""
def Q(style, q, what='none', profile=None, **f):
    d = dict(style=style, q=q, kind='course', f=f, what=what)
    if profile:
        d['profile'] = profile
    return d

def prof(role, province, union):
    return dict(role=role, province=province, union=union)

DEC = ('2026-12-01', '2026-12-31')
Y27 = ('2027-01-01', '2027-12-31')

QUESTIONS = [
 # ------------------------------------------------------------ diacritics
 Q('diacritics', 'Lớp tập huấn Luật Công đoàn 2024 ở Thanh Hóa học ở đâu?', 'venue', province='Thanh Hóa', title_kw=['luat cong doan 2024']),
 Q('diacritics', 'Lớp bồi dưỡng QLNN ngạch chuyên viên ở Nghệ An bắt đầu ngày nào?', 'date', province='Nghệ An', topic='llct'),
 Q('diacritics', 'Tỉnh mình có lớp huấn luyện ATVSLĐ nào tổ chức ở Cửa Tùng không, học ngày nào?', 'date', profile=prof('Chủ tịch CĐCS', 'Quảng Trị', 'CĐCS Công ty CP Cao su Quảng Trị'), my_province=True, topic='atvsld', venue_kw=['cua tung']),
 Q('diacritics', 'Ở Huế có lớp chuyển đổi số nào không, học khi nào?', 'date', province='Huế', topic='cds'),
 Q('diacritics', 'Lớp công tác tuyên giáo của LĐLĐ thành phố Đà Nẵng học ngày nào?', 'date', organiser='LĐLĐ thành phố Đà Nẵng', topic='tuyen_giao'),
 Q('diacritics', 'Lớp nghiệp vụ công tác kiểm tra CĐ ở Gia Lai hạn đăng ký đến bao giờ?', 'deadline', province='Gia Lai', topic='kiem_tra'),
 Q('diacritics', 'Lớp bồi dưỡng nghiệp vụ văn thư và lưu trữ hồ sơ điện tử ở Lâm Đồng học ở đâu?', 'venue', province='Lâm Đồng', topic='van_thu'),
 Q('diacritics', 'Lớp Luật Công đoàn 2024 cho chủ tịch CĐCS ở Hà Nội có bao nhiêu chỗ?', 'seats', province='Hà Nội', title_kw=['luat cong doan 2024'], role='ct'),
 Q('diacritics', 'Lớp phương pháp giảng dạy tích cực cho giảng viên kiêm chức ở Phú Thọ học ở đâu?', 'venue', province='Phú Thọ', topic='giang_day'),
 Q('diacritics', 'Lớp nghiệp vụ cho ủy viên UBKT tổ chức ở Hà Giang cũ học ngày nào?', 'date', old='Hà Giang', topic='kiem_tra'),
 Q('diacritics', 'Tháng 12 ở Tuyên Quang có lớp lý luận chính trị cho chủ tịch CĐCS khối HCSN không?', 'date', province='Tuyên Quang', topic='llct', win=DEC),
 Q('diacritics', 'Tỉnh mình có lớp pháp luật lao động, BLLĐ 2019 cho chủ tịch CĐCS không? Học ngày nào?', 'date', profile=prof('Chủ tịch CĐCS', 'Thanh Hóa', 'CĐCS Công ty CP Mía đường Lam Sơn'), my_province=True, title_kw=['blld 2019'], role='ct'),
 Q('diacritics', 'Tỉnh mình có lớp đối thoại, thương lượng tập thể nào trong tháng 12 không? Học ở đâu?', 'venue', profile=prof('Phó chủ tịch CĐCS', 'Hà Tĩnh', 'CĐCS Công ty Gang thép Hưng Nghiệp Formosa'), my_province=True, topic='tltt', win=DEC),
 # ------------------------------------------------------------ plain (no diacritics)
 Q('plain', 'lop ky nang tu van phap luat cho NLD cua LDLD Ha Tinh hoc o dau', 'venue', organiser='LĐLĐ tỉnh Hà Tĩnh', topic='phap_luat'),
 Q('plain', 'lop tuyen giao cho pho chu tich CDCS o Quang Tri hoc ngay nao', 'date', province='Quảng Trị', topic='tuyen_giao', role='pct'),
 Q('plain', 'lop tai chinh cong doan hoc o Dong Hoi han dang ky den bao gio', 'deadline', old='Quảng Bình', topic='tai_chinh'),
 Q('plain', 'lop ly luan chinh tri o Hue hoc ngay nao', 'date', province='Huế', topic='llct'),
 Q('plain', 'lop phong ngua giai quyet tranh chap lao dong o Da Nang hoc o dau', 'venue', province='Đà Nẵng', topic='tcld'),
 Q('plain', 'lop van thu luu tru o Ly Son hoc ngay nao', 'date', province='Quảng Ngãi', topic='van_thu', venue_kw=['ly son']),
 Q('plain', 'lop doi thoai tai noi lam viec va TLTT o Gia Lai han dang ky', 'deadline', province='Gia Lai', topic='tltt'),
 Q('plain', 'lop ung dung CNTT AI o Dak Lak hoc may ngay', 'days', province='Đắk Lắk', title_kw=['cntt']),
 Q('plain', 'tinh minh co lop tu van phap luat nao hoc o Phan Thiet khong, ngay nao', 'date', profile=prof('Chu tich CDCS', 'Lâm Đồng', 'CĐCS Công ty CP Thủy sản Phan Thiết'), my_province=True, topic='phap_luat', venue_kw=['phan thiet']),
 Q('plain', 'lop QLNN ngach chuyen vien o Khanh Hoa hoc o dau', 'venue', province='Khánh Hòa', title_kw=['qlnn']),
 Q('plain', 'lop boi duong nghiep vu nu cong binh dang gioi o Ha Noi hoc ngay nao', 'date', province='Hà Nội', topic='nu_cong'),
 Q('plain', 'tinh minh co lop nu cong nao trong thang 12 khong, hoc ngay nao', 'date', profile=prof('Uy vien ban nu cong', 'Đắk Lắk', 'CĐCS Bệnh viện Đa khoa vùng Tây Nguyên'), my_province=True, topic='nu_cong', win=DEC),
 # ------------------------------------------------------------ abbrev / teencode
 Q('abbrev', 'lớp kiểm tra cđ ở Lạng Sơn học ngày nào v', 'date', province='Lạng Sơn', topic='kiem_tra'),
 Q('abbrev', 'lớp nv kế toán cđcs ở LS học ở đâu', 'venue', province='Lạng Sơn', title_kw=['nghiep vu ke toan']),
 Q('abbrev', 'lớp qlý tài chính tài sản cđ ở NB học mấy ngày', 'days', province='Ninh Bình', title_kw=['tai san']),
 Q('abbrev', 'lớp ATVSLĐ ở Hòa Bình cũ hạn đk bh', 'deadline', old='Hòa Bình', topic='atvsld'),
 Q('abbrev', 'lớp bd cb cđcs mới bầu ở PT học ngày nào', 'date', province='Phú Thọ', title_kw=['moi bau']),
 Q('abbrev', 'lớp văn thư lưu trữ cđ ở TQ năm sau học mấy ngày', 'days', province='Tuyên Quang', title_kw=['van thu, luu tru cd'], win=Y27),
 Q('abbrev', 'lớp TLTT ký kết TƯLĐTT ở KH hạn đk bh', 'deadline', province='Khánh Hòa', title_kw=['tuldtt']),
 Q('abbrev', 'tp mk có lớp tuyên truyền trên mxh nào ko, học ở đâu', 'venue', profile=prof('UV BCH phụ trách tuyên giáo', 'Hà Nội', 'CĐCS Trường THCS Cầu Giấy'), my_province=True, title_kw=['mang xa hoi']),
 Q('abbrev', 'lớp tư vấn pl online ở hn học ngày nào', 'date', province='Hà Nội', title_kw=['tu van phap luat'], mode='truc_tuyen'),
 Q('abbrev', 'lớp pl lđ BLLĐ 2019 ở đắk lắk học ở đâu', 'venue', province='Đắk Lắk', title_kw=['blld 2019']),
 Q('abbrev', 'tỉnh mk có lớp kỹ năng giải quyết tranh chấp lđ, đình công nào ko, học ngày nào', 'date', profile=prof('CT CĐCS', 'Khánh Hòa', 'CĐCS Công ty TNHH Hyundai Vinashin'), my_province=True, title_kw=['dinh cong']),
 Q('abbrev', 'tỉnh mk có lớp nữ công nào ở Đông Hà ko, hạn đk bh', 'deadline', profile=prof('nữ công', 'Quảng Trị', 'CĐCS Trường THPT Đông Hà'), my_province=True, topic='nu_cong', venue_kw=['dong ha']),
 # ------------------------------------------------------------ typos
 Q('typo', 'lớp giải quyêt tranh chấp lao độg ở Tuyên Quang học ngày nào', 'date', province='Tuyên Quang', topic='tcld'),
 Q('typo', 'lớp ứng dụng CNTT, AI ở Nghệ An hoc ở đâu', 'venue', province='Nghệ An', title_kw=['cntt']),
 Q('typo', 'lớp đối thoại tại nơi làm việc ở Nghệ Ann học mấy ngày', 'days', province='Nghệ An', topic='tltt'),
 Q('typo', 'lớp kỹ năng hoạt động cđcs khu vực HCSN ở Nghệ An hạn đăng kí', 'deadline', province='Nghệ An', title_kw=['khu vuc hcsn']),
 Q('typo', 'lớp kiểm tra côg đoàn ở Vũng Áng học ngày nào', 'date', province='Hà Tĩnh', topic='kiem_tra', venue_kw=['vung ang']),
 Q('typo', 'tỉnh mìh có lớp tuyên truyền trên mạng xã hộii nào ko, học ngày nào', 'date', profile=prof('Ủy viên BCH', 'Thanh Hóa', 'CĐCS Bệnh viện Đa khoa tỉnh Thanh Hóa'), my_province=True, title_kw=['mang xa hoi']),
 Q('typo', 'lớp bồi dưỡg nghiệp vụ cán bộ CĐCS mới bầu cho ủy viên BCH ở Huế học ngày nào', 'date', province='Huế', title_kw=['moi bau'], role='uvbch'),
 Q('typo', 'lớp tài chíh cđ của CĐ Đại học Huế học ở đâu', 'venue', organiser='CĐ Đại học Huế', topic='tai_chinh'),
 Q('typo', 'lớp thương lượg, ký kết TƯLĐTT của Điện lực miền Trung học ở đâu', 'venue', org_kw=['dien luc mien trung'], topic='tltt'),
 Q('typo', 'lớp tuyên truyền mạng xã hôi trực tuyến ở Quảng Ngãi hạn đăng kí', 'deadline', province='Quảng Ngãi', topic='tuyen_giao'),
 Q('typo', 'tỉh mình có lớp tài chính cđ nào cho kế toán cấp trên cơ sở khôg, học mấy ngày', 'days', profile=prof('Kế toán LĐLĐ', 'Gia Lai', 'LĐLĐ tỉnh Gia Lai'), my_province=True, topic='tai_chinh', role='cap_tren'),
 Q('typo', 'tỉnh mìh có lớp nữ công trực tuyến nào tháng 12 khôg', 'date', profile=prof('Trưởng ban nữ công', 'Huế', 'CĐCS Bệnh viện Trung ương Huế'), my_province=True, topic='nu_cong', mode='truc_tuyen', win=DEC),
 # ------------------------------------------------------------ voice
 Q('voice', 'ừm cho tôi hỏi lớp giải quyết tranh chấp lao động đình công ở dung quất thì học ngày nào', 'date', org_kw=['dung quat'], topic='tcld'),
 Q('voice', 'à lớp bồi dưỡng kỹ năng vận động người lao động gia nhập công đoàn ở hội an học ở đâu', 'venue', province='Đà Nẵng', topic='ptdv', venue_kw=['hoi an']),
 Q('voice', 'thì là lớp luật công đoàn hai không hai tư ở gia nghĩa học ngày nào', 'date', old='Đắk Nông', title_kw=['luat cong doan 2024']),
 Q('voice', 'ừm lớp tập huấn kỹ năng hoạt động công đoàn cơ sở khu vực hành chính sự nghiệp ở thanh hóa học mấy ngày', 'days', province='Thanh Hóa', title_kw=['khu vuc hcsn']),
 Q('voice', 'cho hỏi lớp huấn luyện an toàn vệ sinh lao động ở phan rang của liên đoàn lao động tỉnh học ngày nào', 'date', organiser='LĐLĐ tỉnh Khánh Hòa', topic='atvsld'),
 Q('voice', 'à cái lớp tập huấn cán bộ công đoàn cơ sở năm hai không hai bảy ở ninh bình học ở đâu', 'venue', province='Ninh Bình', title_kw=['nam 2027']),
 Q('voice', 'ừm lớp bồi dưỡng nghiệp vụ văn thư lưu trữ hồ sơ điện tử ở tuyên quang hạn đăng ký đến ngày nào', 'deadline', province='Tuyên Quang', title_kw=['ho so dien tu']),
 Q('voice', 'cho tôi hỏi lớp quản lý nhà nước ngạch chuyên viên của công đoàn viên chức việt nam học ở đâu', 'venue', organiser='CĐ Viên chức Việt Nam', title_kw=['qlnn']),
 Q('voice', 'à lớp nghiệp vụ công tác công đoàn ở lạng sơn hạn đăng ký đến bao giờ', 'deadline', province='Lạng Sơn', title_kw=['nghiep vu cong tac cong doan']),
 Q('voice', 'ừm thế tỉnh mình có lớp chuyển đổi số nào ở lý sơn không học ngày nào', 'date', profile=prof('Ủy viên BCH', 'Quảng Ngãi', 'CĐCS UBND đặc khu Lý Sơn'), my_province=True, topic='cds', venue_kw=['ly son']),
 Q('voice', 'à tỉnh mình có lớp kỹ năng giảng dạy cho giảng viên kiêm chức nào vào tháng sáu năm sau không', 'date', profile=prof('Giảng viên kiêm chức', 'Lạng Sơn', 'LĐLĐ tỉnh Lạng Sơn'), my_province=True, role='gvkc', win=('2027-06-01', '2027-06-30')),
 Q('voice', 'cho tôi hỏi tỉnh mình có lớp nào về công tác văn thư lưu trữ cho cán bộ chuyên trách không học ngày nào', 'date', profile=prof('Cán bộ CĐ chuyên trách', 'Nghệ An', 'LĐLĐ tỉnh Nghệ An'), my_province=True, topic='van_thu', role='chuyen_trach'),
]
