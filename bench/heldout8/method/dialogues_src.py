# Hand-written conversations for set 8. Turn helpers:
# L(q, spec)                      course_list: every class matching spec, nearest first
# C(q, ref=(turn, pos)|code=..., ask=[...])  one class; text = its start dd/mm/yyyy + the asked fields
# R(q, ref=(turn, pos)|code=...)  register for that class
# TT(q, tspec) target; FF(q, strings) fact; OO(q) off_topic
# ref=(turn, pos): the pos-th class (1-based) of the list shown at turn index `turn` (0-based)
DS = []
def DLG(style, turns, prof=None): DS.append((style, prof, turns))
def L(q, spec): return ('course_list', q, spec)
def C(q, ref=None, code=None, ask=()): return ('course', q, {'ref': ref, 'code': code, 'ask': list(ask)})
def R(q, ref=None, code=None): return ('register', q, {'ref': ref, 'code': code})
def TT(q, spec): return ('target', q, spec)
def FF(q, strings): return ('fact', q, strings)
def OO(q): return ('off_topic', q, None)

D, P, A, Y = 'diacritics', 'plain', 'abbrev', 'typo'

DLG(P, [L('co lop nao ve thuong luong tap the o thanh hoa ko', {'prov': 'Thanh Hóa', 'topic': 'TL'}),
        C('cai thu 2 hoc may hom', ref=(0, 2), ask=['days']),
        C('o dau vay', ref=(0, 2), ask=['place']),
        L('the con o nghe an?', {'prov': 'Nghệ An', 'topic': 'TL'}),
        R('dang ky giup minh lop dau', ref=(3, 1)),
        TT('nam ngoai tinh minh dat chi tieu ko', {'unit': 'LĐLĐ tỉnh Nghệ An', 'year': 2025})],
    prof={'role': 'Chủ tịch CĐCS', 'province': 'Nghệ An', 'union': 'LĐLĐ tỉnh Nghệ An'})
DLG(D, [L('Lớp tài chính công đoàn cho kế toán ở Thanh Hóa có không?', {'prov': 'Thanh Hóa', 'aud': 'KETOAN'}),
        C('Lớp đầu tiên học ở đâu?', ref=(0, 1), ask=['place']),
        C('Hạn đăng ký lớp đó đến ngày nào?', ref=(0, 1), ask=['deadline']),
        R('Đăng ký cho tôi lớp đó.', ref=(0, 1)),
        TT('Chỉ tiêu năm nay của công đoàn ngành mình cho kế toán đạt bao nhiêu rồi?', {'unit': 'CĐ ngành Giáo dục Thanh Hóa', 'year': 2026})],
    prof={'role': 'Kế toán CĐCS', 'province': 'Thanh Hóa', 'union': 'CĐ ngành Giáo dục Thanh Hóa'})
DLG(A, [L('lớp nữ công ở Huế', {'prov': 'Huế', 'topic': 'NC'}),
        C('cái đầu học online hả', ref=(0, 1), ask=['place']),
        L('thế còn ĐN', {'prov': 'Đà Nẵng', 'topic': 'NC'}),
        R('đk lớp đầu giúp e', ref=(2, 1)),
        OO('tks ad, mà đoàn phí tháng này đóng bn')])
DLG(Y, [L('lớp atvsld ở gia lai', {'prov': 'Gia Lai', 'topic': 'AT'}),
        C('lớp đầu ở đâu, hạn đăg ký khi nào', ref=(0, 1), ask=['place', 'deadline']),
        R('đăg ký lớp đó cho mình', ref=(0, 1)),
        L('bình định cũ thì có lớp nữ công ko', {'prov': 'Bình Định', 'topic': 'NC'}),
        TT('gia lai năm nay đạt chỉ tiêu chưa', {'unit': 'LĐLĐ tỉnh Gia Lai', 'year': 2026})])
DLG(D, [L('Ủy viên ủy ban kiểm tra ở Khánh Hòa có lớp nào?', {'prov': 'Khánh Hòa', 'aud': 'UBKT'}),
        C('Lớp thứ hai học ngày nào, mấy ngày?', ref=(0, 2), ask=['days']),
        C('Ở đâu?', ref=(0, 2), ask=['place']),
        L('Còn ở Quảng Trị thì sao?', {'prov': 'Quảng Trị', 'aud': 'UBKT'}),
        R('Đăng ký lớp đầu tiên ở Quảng Trị.', ref=(3, 1))])
DLG(P, [L('lop cho chu tich cdcs o da nang', {'prov': 'Đà Nẵng', 'aud': 'CT'}),
        C('lop dau tien hoc o dau', ref=(0, 1), ask=['place']),
        C('lop thu 2 han dang ky', ref=(0, 2), ask=['deadline']),
        L('the con o quang nam cu', {'prov': 'Quảng Nam', 'aud': 'CT'}),
        TT('chi tieu tlTT cua ldld da nang nam nay', {'unit': 'LĐLĐ thành phố Đà Nẵng', 'year': 2026})])
DLG(A, [L('lớp cho CB CĐ chuyên trách ở LĐ', {'prov': 'Lâm Đồng', 'aud': 'CTR'}),
        OO('mà lương cơ sở năm sau bn v ad'),
        L('vậy còn lớp PTĐV ở LĐ', {'prov': 'Lâm Đồng', 'topic': 'PT'}),
        C('cái đầu học ở đâu', ref=(2, 1), ask=['place']),
        R('đk cái đó', ref=(2, 1)),
        TT('LĐ năm nay đạt CT chưa', {'unit': 'LĐLĐ tỉnh Lâm Đồng', 'year': 2026})],
    prof={'role': 'Cán bộ công đoàn chuyên trách', 'province': 'Lâm Đồng', 'union': 'LĐLĐ tỉnh Lâm Đồng'})
DLG(Y, [L('lop nghiệp vu cđ ở đắk lăk', {'prov': 'Đắk Lắk', 'topic': 'NV'}),
        C('lớp thứ 2 ở đâu', ref=(0, 2), ask=['place']),
        L('phú yen cũ có lớp nữ công ko', {'prov': 'Phú Yên', 'topic': 'NC'}),
        R('đăng kí lớp nữ công đó', ref=(2, 1)),
        TT('tỉnh năm nay đạt bao nhiu', {'unit': 'LĐLĐ tỉnh Đắk Lắk', 'year': 2026})])
DLG(D, [FF('Chương trình số 104/CTr-LĐLĐ của Lạng Sơn ban hành ngày nào?', ['29/11/2013']),
        FF('Lạng Sơn có bao nhiêu cán bộ công đoàn chuyên trách?', ['74']),
        L('Hiện Lạng Sơn có lớp nào cho giảng viên kiêm chức không?', {'prov': 'Lạng Sơn', 'aud': 'GVKC'}),
        C('Lớp đầu tiên học ở đâu?', ref=(2, 1), ask=['place']),
        R('Đăng ký giúp tôi lớp đó.', ref=(2, 1))])
DLG(P, [FF('nam 2016 ha noi to chuc bao nhieu lop', ['33/33']),
        FF('con truong trung cap cd thi sao', ['42 lớp']),
        L('bay gio truong trung cap cong doan ha noi co lop gi', {'org': 'Trường Trung cấp Công đoàn Hà Nội'}),
        C('lop dau hoc o dau', ref=(2, 1), ask=['place']),
        OO('ok cam on')])
DLG(A, [L('T12 này NA có lớp j', {'month': '2026-12', 'prov': 'Nghệ An'}),
        C('cái 2 học mấy h', ref=(0, 2), ask=['time']),
        C('ở đâu', ref=(0, 2), ask=['place']),
        R('đk giúp e cái đầu', ref=(0, 1)),
        TT('CĐ ngành YT NA chỉ tiêu nữ công năm nay đạt bn', {'unit': 'CĐ ngành Y tế Nghệ An', 'year': 2026})])
DLG(Y, [L('lớp kế toán cđcs ở quảng ngải', {'prov': 'Quảng Ngãi', 'aud': 'KETOAN'}),
        C('lớp thứ 2 ở đâu vay', ref=(0, 2), ask=['place']),
        L('kon tum cũ có lớp nào cho ct cđcs ko', {'prov': 'Kon Tum', 'aud': 'CT'}),
        R('đăng ký lớp thứ 2', ref=(2, 2)),
        OO('thời tiết lý sơn mai có sóng lớn ko')])
DLG(D, [L('Tháng sau ở Huế có lớp nào?', {'month': '2026-12', 'prov': 'Huế'}),
        C('Lớp đầu tiên mấy giờ bắt đầu?', ref=(0, 1), ask=['time']),
        C('Lớp thứ ba học ở đâu?', ref=(0, 3), ask=['place']),
        R('Tôi đăng ký lớp thứ ba.', ref=(0, 3)),
        TT('Năm nay LĐLĐ thành phố Huế đạt chỉ tiêu chưa?', {'unit': 'LĐLĐ thành phố Huế', 'year': 2026})])
DLG(P, [L('lop cho truong ban nu cong o quang tri', {'prov': 'Quảng Trị', 'aud': 'NUCONG'}),
        C('lop dau o dau', ref=(0, 1), ask=['place']),
        C('lop thu 2 han dang ky', ref=(0, 2), ask=['deadline']),
        L('the con quang binh cu', {'prov': 'Quảng Bình', 'aud': 'NUCONG'}),
        R('dang ky lop dau', ref=(3, 1))])
DLG(A, [L('lớp TLTT ở ĐN', {'prov': 'Đà Nẵng', 'topic': 'TL'}),
        C('đợt 2 ở đâu', code='DNG-LDLD-TLTT-D2', ask=['place']),
        C('đợt 1 hạn ĐK', code='DNG-LDLD-TLTT-D1', ask=['deadline']),
        R('đk đợt 1', code='DNG-LDLD-TLTT-D1'),
        TT('ĐN năm nay CT TLTT đạt bn', {'unit': 'LĐLĐ thành phố Đà Nẵng', 'year': 2026})])
DLG(Y, [L('lớp trực tuyến tháng sau', {'month': '2026-12', 'online': True}),
        C('lớp đầu của bên nào tổ chức, học ngày nào', ref=(0, 1), ask=['org']),
        L('có lớp online cho ubkt ko', {'online': True, 'aud': 'UBKT'}),
        R('đăng ký lớp đầu', ref=(2, 1)),
        OO('cảm ơn nha, chúc ad cuối tuần vui')])
DLG(D, [L('Lớp nào học ở Trường Chính trị Lê Duẩn?', {'place': 'Lê Duẩn'}),
        C('Lớp đầu tiên kéo dài mấy ngày?', ref=(0, 1), ask=['days']),
        R('Đăng ký lớp đầu tiên giúp tôi.', ref=(0, 1)),
        FF('Lạng Sơn đã cử bao nhiêu cán bộ đi học lớp của Tổng Liên đoàn?', ['25 CBCĐ'])])
DLG(P, [L('lop ve chuyen doi so o hue', {'prov': 'Huế', 'topic': 'CDS'}),
        C('lop do hoc ngay nao', ref=(0, 1), ask=['time']),
        L('the con o ha noi', {'prov': 'Hà Nội', 'topic': 'CDS'}),
        C('lop thu 2 o ha noi o dau', ref=(2, 2), ask=['place']),
        R('dang ky lop thu 2 o ha noi', ref=(2, 2))])
DLG(A, [L('CĐ ngành YT Khánh Hòa có lớp j', {'org': 'ngành Y tế Khánh Hòa'}),
        C('cái đầu ở đâu, hạn ĐK', ref=(0, 1), ask=['place', 'deadline']),
        R('đk cái đầu', ref=(0, 1)),
        OO('thai sản của vợ e thì chồng được nghỉ mấy ngày ad'),
        TT('KH năm nay đạt CT bn r', {'unit': 'LĐLĐ tỉnh Khánh Hòa', 'year': 2026})])
DLG(Y, [L('cd tập đoàn cao su có lớp j', {'org': 'Cao su'}),
        C('lớp đầu ở đâu', ref=(0, 1), ask=['place']),
        R('đăng ký lớp đầu', ref=(0, 1)),
        C('lớp thứ 2 học online hả, ngày nào', ref=(0, 2), ask=['place']),
        OO('giá mủ cao su hôm nay bao nhiêu')])
DLG(D, [FF('Sóc Trăng có bao nhiêu đoàn viên, người lao động được học tập nâng cao trình độ trong 2 năm?', ['32.775/53.527']),
        FF('Đạt tỷ lệ bao nhiêu phần trăm?', ['61,23%']),
        FF('Kế hoạch của LĐLĐ tỉnh về việc này là số mấy?', ['53/KH-LĐLĐ']),
        L('Giờ có lớp nào về phát triển đoàn viên còn nhận đăng ký không?', {'topic': 'PT', 'register': True})])
DLG(P, [L('lop cho ct cdcs o ha tinh', {'prov': 'Hà Tĩnh', 'aud': 'CT'}),
        C('lop dau hoc may ngay', ref=(0, 1), ask=['days']),
        C('han dang ky lop dau', ref=(0, 1), ask=['deadline']),
        R('dang ky lop dau', ref=(0, 1)),
        TT('cd vien chuc ha tinh nam nay dat chi tieu boi duong ct cdcs chua', {'unit': 'CĐ Viên chức tỉnh Hà Tĩnh', 'year': 2026})],
    prof={'role': 'Chủ tịch CĐCS', 'province': 'Hà Tĩnh', 'union': 'CĐ Viên chức tỉnh Hà Tĩnh'})
DLG(A, [L('lớp ATVSLĐ ở NB', {'prov': 'Ninh Bình', 'topic': 'AT'}),
        C('cái đầu học online à', ref=(0, 1), ask=['place']),
        L('Nam Định cũ có lớp CĐS k', {'prov': 'Nam Định', 'topic': 'CDS'}),
        R('đk lớp đầu', ref=(2, 1)),
        TT('NB năm nay đạt CT chưa', {'unit': 'LĐLĐ tỉnh Ninh Bình', 'year': 2026})])
DLG(Y, [L('lớp ở phú thọ tháng sau', {'prov': 'Phú Thọ', 'month': '2026-12'}),
        C('cái thứ 2 ở đâu', ref=(0, 2), ask=['place']),
        C('hạn đăg ký cái thứ 2', ref=(0, 2), ask=['deadline']),
        R('đăg ký cái thứ 2', ref=(0, 2)),
        OO('vĩnh phúc giờ là tỉnh nào vậy, thủ phủ ở đâu')])
DLG(D, [L('Công đoàn ngành Giáo dục Nghệ An có lớp nào?', {'org': 'ngành Giáo dục Nghệ An'}),
        C('Lớp đầu tiên học mấy giờ?', ref=(0, 1), ask=['time']),
        C('Hạn đăng ký lớp đầu?', ref=(0, 1), ask=['deadline']),
        L('Còn Công đoàn phường Trường Vinh?', {'org': 'phường Trường Vinh'}),
        TT('Năm nay LĐLĐ tỉnh Nghệ An đạt bao nhiêu so với chỉ tiêu?', {'unit': 'LĐLĐ tỉnh Nghệ An', 'year': 2026})])
DLG(P, [L('lop tuyen giao o khanh hoa', {'prov': 'Khánh Hòa', 'topic': 'TG'}),
        C('lop dau o dau', ref=(0, 1), ask=['place']),
        R('dang ky lop dau', ref=(0, 1)),
        L('ninh thuan cu co lop an toan lao dong ko', {'prov': 'Ninh Thuận', 'topic': 'AT'}),
        C('lop dau han dang ky', ref=(3, 1), ask=['deadline'])])
DLG(A, [L('lớp PL LĐ cho CT CĐCS ở HN', {'prov': 'Hà Nội', 'topic': 'PL', 'aud': 'CT'}),
        C('cái đầu ở đâu', ref=(0, 1), ask=['place']),
        FF('mà Mê Linh 2020 tổ chức mấy lớp', ['2 lớp']),
        R('đk cái đầu', ref=(0, 1))])
DLG(Y, [L('lớp ở tuyên quang cho chủ tịch cđcs', {'prov': 'Tuyên Quang', 'aud': 'CT'}),
        C('lớp đầu ở đâu vây', ref=(0, 1), ask=['place']),
        L('hà giang cũ có lớp an toàn ko', {'prov': 'Hà Giang', 'topic': 'AT'}),
        R('đăng kí lớp thứ 2', ref=(2, 2)),
        TT('năm sau tuyên quang bồi dưỡng bao nhiu gvkc', {'unit': 'LĐLĐ tỉnh Tuyên Quang', 'year': 2027})])
DLG(D, [L('Công đoàn Khu kinh tế Dung Quất có lớp nào?', {'org': 'Dung Quất'}),
        C('Lớp đầu tiên học ở đâu?', ref=(0, 1), ask=['place']),
        R('Đăng ký lớp đầu tiên.', ref=(0, 1)),
        TT('Quảng Ngãi năm nay đạt chỉ tiêu đào tạo chưa?', {'unit': 'LĐLĐ tỉnh Quảng Ngãi', 'year': 2026}),
        OO('Lý Sơn mùa này đi tàu được không?')])
DLG(P, [L('lop cho uv bch cdcs o gia lai', {'prov': 'Gia Lai', 'aud': 'BCH'}),
        L('the con can bo cap tren co so', {'prov': 'Gia Lai', 'aud': 'CTS'}),
        C('lop dau hoc may ngay', ref=(1, 1), ask=['days']),
        R('dang ky lop dau', ref=(1, 1)),
        FF('ma ha noi 2016 co bao nhieu luot can bo cd duoc tap huan', ['38.386'])])
DLG(A, [L('lớp online cho CT CĐCS', {'online': True, 'aud': 'CT'}),
        C('cái đầu của tỉnh nào, học ngày nào', ref=(0, 1), ask=['prov']),
        R('đk cái đầu', ref=(0, 1)),
        OO('ad ơi link zoom hay bị lỗi, cài zoom ntn'),
        FF('CTr 1644 TLĐ ban hành ngày nào', ['04/11/2013'])])
