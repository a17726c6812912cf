# -*- coding: utf-8 -*-
# Hand-written conversations for set b7.
# turn forms: ('list', q, spec) | ('course', q, ref, extras) | ('register', q, ref) | ('target', q, codes)
#             ('fact', q, texts) | ('off', q)
# ref: ('nth', k) = k-th class (1-based) of the latest list, nearest first; ('code', code); ('same',) = the class last talked about
# extras for 'course': 'end' (last day), 'deadline', 'place:<word of Địa điểm>'
DEC = dict(frm='2026-12-01', to='2026-12-31')
JAN = dict(frm='2027-01-01', to='2027-01-31')
def P(role=None, prov=None, union=None):
    d = {}
    if role: d['role'] = role
    if prov: d['province'] = prov
    if union: d['union'] = union
    return d
CT = 'Chủ tịch CĐCS'
D = [
 ('abbrev', P(CT, 'Hồ Chí Minh', 'CĐCS Công ty TNHH PouYuen Việt Nam'), [
   ('list', "e mới làm ct cđcs cty giày, có lớp thương lượng tập thể nào ở bình dương ko a", dict(former='Bình Dương', topic='TL')),
   ('course', "cái thứ 2 học mấy hôm", ('nth', 2), ['end']),
   ('course', "ở đâu dzậy", ('same',), ['place:Sóng Thần']),
   ('list', "thế còn ở Vũng Tàu tháng 3 năm sau?", dict(former='Bà Rịa - Vũng Tàu', topic='TL', frm='2027-03-01', to='2027-03-31')),
   ('register', "đăng ký giúp e lớp đầu nha", ('nth', 1)),
   ('target', "năm nay tp mình bồi dưỡng chủ tịch cđcs đạt chỉ tiêu chưa", ['CT-HCM-2026-CTCDCS'])]),
 ('plain', None, [
   ('list', "co lop nu cong o long an ko", dict(former='Long An', topic='NC')),
   ('course', "lop dau hoc ngay nao", ('nth', 1), []),
   ('course', "han dang ky toi khi nao", ('same',), ['deadline']),
   ('register', "dang ky lop do cho minh", ('same',)),
   ('off', "cam on nha")]),
 ('diacritics', P(CT, 'Đồng Nai', 'CĐCS Công ty TNHH Changshin Việt Nam'), [
   ('list', "Tháng sau tỉnh mình có lớp nào cho chủ tịch công đoàn cơ sở không?", dict(prov='Đồng Nai', aud='CT', **DEC)),
   ('course', "Lớp thứ hai học ở đâu?", ('nth', 2), ['place:Đồng Xoài']),
   ('list', "Còn lớp thương lượng tập thể ở Đồng Nai thì sao?", dict(prov='Đồng Nai', topic='TL')),
   ('register', "Đăng ký cho tôi lớp đầu tiên.", ('nth', 1)),
   ('target', "Năm nay LĐLĐ tỉnh tập huấn chủ tịch CĐCS đạt chỉ tiêu chưa?", ['CT-DN-2026-CTCDCS'])]),
 ('typo', None, [
   ('list', "lớp kế toán cđ ở sóc trăg", dict(former='Sóc Trăng', topic='TCH')),
   ('course', "lớp dầu học mấy ngầy", ('nth', 1), ['end']),
   ('course', "học ở dâu", ('same',), ['place:Sóc Trăng']),
   ('list', "thê còn ở vỉnh long", dict(prov='Vĩnh Long', topic='TCH')),
   ('register', "đăg ký lớp thứ 2", ('nth', 2))]),
 ('abbrev', None, [
   ('list', "ở cần thơ có lớp tltt online ko ad", dict(prov='Cần Thơ', topic='TL', mode='online')),
   ('course', "lớp đầu khi nào học, hạn đk tới bữa nào", ('nth', 1), ['deadline']),
   ('register', "đk cho e lớp đó", ('same',)),
   ('fact', "à mà Sóc Trăng trước có bao nhiêu cb cđcs được bồi dưỡng nghiệp vụ", ['8.891/9.074']),
   ('off', "ok tks ad")]),
 ('plain', P('Trưởng ban nữ công', 'Tây Ninh', 'Công đoàn các KCN Long An'), [
   ('list', "lop cho truong ban nu cong o tinh minh", dict(prov='Tây Ninh', aud='BNC')),
   ('course', "cai thu 2 o dau", ('nth', 2), ['place:Bến Lức']),
   ('course', "hoc may ngay", ('same',), ['end']),
   ('register', "dang ky lop do", ('same',)),
   ('target', "kcn long an nam nay tap huan nu cong dat bao nhieu so voi chi tieu", ['CT-KCNLA-2026-NC'])]),
 ('diacritics', None, [
   ('list', "Ở Phú Quốc có lớp nào cho cán bộ công đoàn không?", dict(org='Phú Quốc')),
   ('course', "Lớp đầu tiên khai giảng ngày nào?", ('nth', 1), []),
   ('course', "Ở đâu vậy?", ('same',), ['place:Phú Quốc']),
   ('register', "Đăng ký lớp đó giúp mình.", ('same',)),
   ('off', "Phú Quốc tháng 1 có mưa không?")]),
 ('abbrev', P('Ủy viên ủy ban kiểm tra', 'Đồng Tháp', 'LĐLĐ tỉnh Đồng Tháp'), [
   ('list', "có lớp nào cho ubkt ở tỉnh mình ko", dict(prov='Đồng Tháp', aud='UBKT')),
   ('course', "lớp đầu học online hả, ngày mấy", ('nth', 1), []),
   ('register', "đk lớp đó cho e", ('same',)),
   ('list', "thế còn ở An Giang?", dict(prov='An Giang', aud='UBKT')),
   ('target', "tỉnh mình năm nay chỉ tiêu tập huấn chủ tịch cđcs đạt bn rồi", ['CT-DT-2026-CBCD'])]),
 ('plain', None, [
   ('list', "lop atvsld cho an toan ve sinh vien o vung tau", dict(former='Bà Rịa - Vũng Tàu', topic='AT', aud='ATVSV')),
   ('course', "hoc ngay nao", ('nth', 1), []),
   ('course', "han dang ky", ('same',), ['deadline']),
   ('list', "the con o binh duong", dict(former='Bình Dương', topic='AT', aud='ATVSV')),
   ('register', "dang ky lop dau", ('nth', 1))]),
 ('typo', None, [
   ('list', "lơp giang vien kiêm chuc", dict(topic='GV', dated_only=True)),
   ('course', "cái thứ 3 học mây ngày", ('nth', 3), ['end']),
   ('course', "ơ đâu", ('same',), ['place:Tân Định']),
   ('register', "đăg ký lớp đo", ('same',)),
   ('fact', "lang sơn ngày trước mở lớp giảng viên kiêm chức cho bao nhiu đồng chí", ['25 đồng chí'])]),
 ('diacritics', P('Kế toán công đoàn', 'Hồ Chí Minh', 'Công đoàn phường Dĩ An'), [
   ('list', "Ở Dĩ An có lớp tài chính công đoàn nào cho kế toán không?", dict(former='Bình Dương', topic='TCH')),
   ('course', "Lớp đó học ngày nào, mấy ngày?", ('nth', 1), ['end']),
   ('register', "Cho mình đăng ký lớp này.", ('same',)),
   ('list', "Còn ở Cần Thơ thì sao?", dict(prov='Cần Thơ', topic='TCH', dated_only=True, **dict(frm='2026-11-23', to='2027-01-31'))),
   ('course', "Lớp thứ hai ở đâu?", ('nth', 2), ['place:Ninh Kiều'])]),
 ('abbrev', None, [
   ('list', "tuần sau ở đồng nai có lớp nào khai giảng ko ad", dict(prov='Đồng Nai', frm='2026-11-30', to='2026-12-06')),
   ('off', "mà tuần sau trời có mưa ko ta"),
   ('course', "lớp ở KCN Amata ngày mấy", ('code', 'KCNDN.26.001'), ['place:Amata']),
   ('register', "đk lớp đó", ('same',))]),
 ('plain', P('Phó chủ tịch CĐCS', 'Cần Thơ', 'Công đoàn các KCX và CN Cần Thơ'), [
   ('list', "tinh minh co lop nghiep vu cd online thang 12 ko", dict(prov='Cần Thơ', topic='NV', mode='online', **DEC)),
   ('course', "hoc may ngay", ('nth', 1), ['end']),
   ('course', "han dang ky", ('same',), ['deadline']),
   ('register', "dang ky", ('same',)),
   ('target', "ty le chu tich cdcs duoc boi duong o tinh minh nam nay", ['CT-CTHO-2026-TYLE'])]),
 ('diacritics', None, [
   ('list', "Lớp nghiệp vụ công đoàn cơ bản đợt 1, đợt 2 của LĐLĐ Tây Ninh học khi nào?", dict(org='LĐLĐ tỉnh Tây Ninh', title='(đợt')),
   ('course', "Đợt 2 học ngày nào?", ('nth', 2), []),
   ('course', "Đợt 1 ở đâu?", ('nth', 1), ['place:Phước Đông']),
   ('register', "Đăng ký đợt 1 cho tôi.", ('nth', 1))]),
 ('typo', P(CT, 'Vĩnh Long', 'Công đoàn KCN Giao Long'), [
   ('list', "lớp phát triẻn đoàn viên ở bến tre", dict(former='Bến Tre', topic='PT')),
   ('course', "học ngày nào dạ", ('nth', 1), []),
   ('list', "thê còn lớp nghiệp vụ ỡ kcn giao long", dict(org='KCN Giao Long', topic='NV')),
   ('register', "đăg ký lớp đó cho e", ('nth', 1)),
   ('target', "tỉnh mình năm nay bồi dưởng cán bộ cđ đạt chỉ tiu chưa", ['CT-VL-2026-CBCD'])]),
 ('abbrev', None, [
   ('list', "lớp tranh chấp lđ ở bình dương", dict(former='Bình Dương', topic='TC')),
   ('course', "cái đầu ở đâu v", ('nth', 1), ['place:Thuận An']),
   ('list', "thế còn ở Đồng Nai", dict(prov='Đồng Nai', topic='TC')),
   ('course', "lớp thứ 2 học mấy ngày", ('nth', 2), ['end']),
   ('register', "đk lớp đó", ('same',))]),
 ('plain', None, [
   ('list', "lop nao o ca mau thang 12", dict(prov='Cà Mau', **DEC)),
   ('course', "lop quay roi tinh duc hoc o dau", ('code', 'CMAU.26.001'), ['place:An Xuyên']),
   ('course', "han dang ky toi bao gio", ('same',), ['deadline']),
   ('register', "dang ky lop do", ('same',)),
   ('target', "ca mau nam nay dat chi tieu dao tao ko", ['CT-CM-2026-CBCD'])]),
 ('diacritics', None, [
   ('fact', "Hà Nội năm 2016 tổ chức được bao nhiêu lớp đào tạo cán bộ công đoàn?", ['33/33']),
   ('fact', "Còn số học viên thì sao?", ['3831/3580']),
   ('list', "Thế ở TP.HCM tháng 12 có lớp thương lượng tập thể nào không?", dict(prov='Hồ Chí Minh', topic='TL', **DEC)),
   ('course', "Lớp thứ hai học ở đâu?", ('nth', 2), ['place:Sài Gòn']),
   ('register', "Đăng ký lớp đó.", ('same',))]),
 ('abbrev', P('Cán bộ công đoàn cấp trên cơ sở', 'Hồ Chí Minh', 'Công đoàn phường Vũng Tàu'), [
   ('list', "lớp pt đoàn viên ở vũng tàu", dict(former='Bà Rịa - Vũng Tàu', topic='PT')),
   ('course', "ngày nào học, ở đâu", ('nth', 1), ['place:Khách sạn']),
   ('register', "đk giúp a", ('same',)),
   ('off', "cđ phường thu đoàn phí bao nhiêu"),
   ('target', "cđ kcn bình dương chỉ tiêu tltt năm nay đạt bn", ['CT-KCNBD-2026-TLTT'])]),
 ('plain', None, [
   ('list', "lop ly luan chinh tri cho can bo chuyen trach o lam dong", dict(prov='Lâm Đồng', topic='LL')),
   ('course', "lop dau o dau", ('nth', 1), ['place:Gia Nghĩa']),
   ('course', "han dang ky", ('same',), ['deadline']),
   ('register', "dang ky lop dau", ('same',)),
   ('target', "lam dong nam nay boi duong nghiep vu dat bao nhieu", ['CT-LD-2026-CBCD'])]),
 ('typo', None, [
   ('list', "lớp an toàn lao đôg ở kiên giang cũ", dict(former='Kiên Giang', topic='AT')),
   ('course', "đợt 2 học ngay nào", ('nth', 2), []),
   ('course', "hạn đăg ký", ('same',), ['deadline']),
   ('register', "đăg ký đợt 2", ('same',)),
   ('off', "rạch giá có quán nào ngon")]),
 ('diacritics', P(CT, 'Quảng Ngãi', 'Công đoàn KKT Dung Quất'), [
   ('list', "Lớp đối thoại, thương lượng ở Dung Quất", dict(org='KKT Dung Quất', topic='TL')),
   ('course', "Học ngày nào, hạn đăng ký đến bao giờ?", ('nth', 1), ['deadline']),
   ('register', "Đăng ký lớp đó cho tôi.", ('same',)),
   ('list', "Tỉnh mình còn lớp kiểm tra nào không?", dict(prov='Quảng Ngãi', topic='KT'))]),
 ('abbrev', None, [
   ('list', "lop huong dan the doan vien dien tu o dong nai", dict(prov='Đồng Nai', title='thẻ đoàn viên điện tử')),
   ('course', "lop dau o dau", ('nth', 1), ['place:Amata']),
   ('list', "the con o tay ninh", dict(prov='Tây Ninh', title='thẻ đoàn viên điện tử')),
   ('course', "cái thứ 2 học ở đâu", ('nth', 2), ['place:Tân An']),
   ('register', "đk lớp đó", ('same',))]),
 ('plain', None, [
   ('list', "lop nu cong o benh vien cho ray", dict(org='Chợ Rẫy', topic='NC')),
   ('course', "hoc may gio", ('nth', 1), []),
   ('register', "dang ky", ('same',)),
   ('off', "cho ray kham benh chu nhat ko")]),
 ('typo', P(CT, 'An Giang', 'LĐLĐ tỉnh An Giang'), [
   ('list', "lớp cho chủ tịch cđcs ở an giag tháng 12", dict(prov='An Giang', aud='CT', **DEC)),
   ('course', "học ờ đâu", ('nth', 1), ['place:Long Xuyên']),
   ('target', "tỉnh mik năm ngoái đạt chỉ tiu tập huấn ko", ['CT-AG-2025-CBCD']),
   ('target', "năm nay thì sao", ['CT-AG-2026-CBCD'])]),
 ('diacritics', None, [
   ('list', "Tháng 1 năm sau ở Bình Phước có lớp nào?", dict(former='Bình Phước', **JAN)),
   ('course', "Lớp nào có ngày cụ thể rồi thì học ở đâu?", ('nth', 2), ['place:Đồng Xoài']),
   ('list', "Còn lớp ATVSLĐ nhóm 4 ở Minh Hưng?", dict(former='Bình Phước', topic='AT', place_kw='Minh Hưng')),
   ('course', "Hạn đăng ký lớp đó?", ('nth', 1), ['deadline']),
   ('register', "Đăng ký lớp đó.", ('same',))]),
 ('abbrev', None, [
   ('list', "lớp tài chính kế toán cđcs ở vĩnh long đợt 1 đợt 2", dict(org='LĐLĐ tỉnh Vĩnh Long', title='kế toán công đoàn cơ sở (đợt')),
   ('course', "đợt 1 học mấy ngày", ('nth', 1), ['end']),
   ('course', "ở đâu v", ('same',), ['place:Bến Tre']),
   ('register', "đk đợt 2 nha", ('nth', 2)),
   ('off', "đoàn phí năm nay có giảm ko")]),
 ('plain', None, [
   ('list', "lop tap huan o hau giang", dict(former='Hậu Giang')),
   ('course', "lop the doan vien dien tu hoc ngay nao", ('code', 'CTHO.27.004'), []),
   ('course', "o dau", ('same',), ['place:Vị Thanh']),
   ('register', "dang ky", ('same',))]),
 ('diacritics', P(CT, 'Khánh Hòa', 'LĐLĐ tỉnh Khánh Hòa'), [
   ('list', "Tỉnh mình có lớp nào học trực tuyến không?", dict(prov='Khánh Hòa', mode='online')),
   ('course', "Lớp thứ hai học ngày nào?", ('nth', 2), []),
   ('register', "Đăng ký lớp thứ hai.", ('same',)),
   ('list', "Còn ở Phan Rang, Ninh Thuận cũ thì có lớp gì?", dict(former='Ninh Thuận'))]),
 ('typo', None, [
   ('fact', "sóc trăg 2 năm qua có bao nhiu đoàn viên dc học nâng cao trình độ", ['32.775/53.527']),
   ('list', "giờ cần thơ có lớp an toàn lao đôg nào cho an toan vệ sinh viên ko", dict(prov='Cần Thơ', aud='ATVSV')),
   ('course', "lớp đầu học mây ngày", ('nth', 1), ['end']),
   ('course', "ơ đâu", ('same',), ['place:Ninh Kiều']),
   ('register', "đăg ký lớp thứ 2", ('nth', 2))]),
 ('abbrev', P(CT, 'Hồ Chí Minh', 'Công đoàn các Khu chế xuất và công nghiệp TP.HCM'), [
   ('list', "tháng 12 cđ các kcx-kcn có lớp gì ko", dict(org='Khu chế xuất và công nghiệp TP.HCM', **DEC)),
   ('course', "lớp tranh chấp lđ ở Hiệp Phước học mấy ngày", ('code', 'HEPZA_2026_2'), ['end']),
   ('register', "đk cho e lớp đó", ('same',)),
   ('list', "còn lớp tltt ngày 15/12 bị hủy rồi hả, vậy tháng 1 có lớp tltt nào ở tp ko", dict(prov='Hồ Chí Minh', topic='TL', **JAN)),
   ('course', "lớp ở sóng thần hạn đk khi nào", ('code', 'KCNBD_2027_1'), ['deadline'])]),
 ('plain', None, [
   ('list', "lop van thu luu tru", dict(topic='VT')),
   ('course', "lop o da nang hoc ngay nao", ('code', 'DNANG-2027-02'), ['place:Hải Châu']),
   ('register', "dang ky lop do", ('same',)),
   ('fact', "ha noi nam 2016 dao tao dat bao nhieu phan tram hoc vien so ke hoach", ['107%'])]),
]
