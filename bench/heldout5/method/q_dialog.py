# -*- coding: utf-8 -*-
"""Dialogues, written by hand. Turn helpers:
L(q, **filter)          course_list  (codes computed by the filter, must be 1-5)
K(q, ref, *texts)       course       (ref = code, or ('L', i) = i-th class of the latest list; text = start dd/mm/yyyy + texts)
R(q, ref)               register
T(q, *codes)            target       (texts = figures of the targets)
FA(q, *texts)           fact
OT(q)                   off_topic
"""
from q_course import DEC, Y27

DIALOGS = []


def D(style, turns, profile=None):
    DIALOGS.append(dict(style=style, turns=turns, profile=profile))


def L(q, **f): return ('L', q, f)
def K(q, ref, *texts): return ('K', q, ref, list(texts))
def R(q, ref): return ('R', q, ref)
def T(q, *codes): return ('T', q, list(codes))
def FA(q, *texts): return ('F', q, list(texts))
def OT(q): return ('O', q)


D('plain', [
    L('co lop nao ve thuong luong tap the o thanh hoa ko', p='Thanh Hóa', t='TL'),
    K('cai thu 2 hoc may hom', ('L', 1)),
    K('o dau vay', ('L', 1), 'Sở Giáo dục'),
    L('the con o nghe an?', p='Nghệ An', t='TL'),
    R('dang ky giup minh lop do', ('L', 0)),
])
D('diacritics', [
    L('Tháng sau có lớp nào cho chủ tịch CĐCS ở Hà Nội không?', p='Hà Nội', a='CT', per=DEC),
    K('Lớp đầu tiên học ở đâu?', ('L', 0), 'Trường Trung cấp Công đoàn Hà Nội'),
    K('Hạn đăng ký lớp đó là khi nào?', ('L', 0), '07/12/2026'),
    R('Đăng ký cho mình lớp đó nhé', ('L', 0)),
    T('Năm nay thành phố mình đạt chỉ tiêu bồi dưỡng chủ tịch CĐCS đến đâu rồi?', 'CT-HN-2026-CTCS'),
    T('Còn năm sau chỉ tiêu là bao nhiêu?', 'CT-HN-2027-CTCS'),
], profile={'province': 'Hà Nội', 'role': 'Chủ tịch CĐCS'})
D('abbrev', [
    L('bac giang co lop atvsld nao ko ad', p='Bắc Giang', t='AT'),
    K('lop thu 3 may h hoc', ('L', 2), '13:30'),
    K('hoc o dau a', ('L', 2), 'KCN Quang Châu'),
    K('con lop cuoi thi bao gio hoc', ('L', -1)),
    R('dk cho e lop thu 3 nhe', ('L', 2)),
])
D('typo', [
    L('lơp nu cong ơ hai phong co ko', p='Hải Phòng', t='NC'),
    K('lơp đâu tiên hoc onlien đươc ko', ('L', 0), 'trực tuyến'),
    R('đăng ki cho minh lơp đó', ('L', 0)),
    T('tiện cho hỏi chi tiêu tâp huân năm nay của hai phong đat bao nhiu rôi', 'HP-CT26-01'),
    T('thê năm ngoai thi sao', 'HP-CT25-01'),
])
D('diacritics', [
    L('Ở Lạng Sơn có lớp nữ công nào không?', p='Lạng Sơn', t='NC'),
    FA('À mà toàn tỉnh Lạng Sơn có bao nhiêu cán bộ công đoàn nhỉ?', '8.343'),
    K('Quay lại lớp nữ công, lớp thứ hai học mấy ngày?', ('L', 1)),
    K('Lớp đó học ở đâu?', ('L', 1), 'Chi Lăng'),
    R('Đăng ký giúp mình lớp đó', ('L', 1)),
])
D('plain', [
    L('tuyen quang co lop nghiep vu cong doan nao ko', p='Tuyên Quang', t='NV'),
    K('lop cuoi hoc o dau', ('L', -1), 'Đồng Văn'),
    K('han dang ky lop do', ('L', -1), '16/12/2026'),
    L('con lop phat trien doan vien o ha giang thi sao', p='Hà Giang', t='PTDV'),
    R('dang ky lop dau', ('L', 0)),
])
D('abbrev', [
    L('tinh minh co lop nghiep vu cd nao cho ct cdcs ko', p='Điện Biên', t='NV', a='CT'),
    K('lop t2 o dau v', ('L', 1), 'Mường Lay'),
    K('hoc online dc ko', ('L', 1), 'trực tuyến'),
    R('dk lop do cho e', ('L', 1)),
    T('nam nay tinh minh dat chi tieu boi duong chua', 'DBN-CT-2026'),
], profile={'province': 'Điện Biên', 'role': 'Chủ tịch CĐCS'})
D('typo', [
    L('cao băng thang 12 co lơp nghiep vu cđ nao', p='Cao Bằng', t='NV', per=DEC),
    K('lơp thu hai bắt đâu hôm nao', ('L', 1)),
    K('con bao nhiu chô', ('L', 1), '100'),
    R('đăng ky lơp đo giup e', ('L', 1)),
    T('cao băng năm nay đat chỉ tieu tâp huân chưa', 'CBG-CT-2026'),
])
D('diacritics', [
    K('Lớp thương lượng tập thể cho CĐCS doanh nghiệp ở Thanh Hóa ngày 2/12 còn học không?', 'TH26-007', 'hủy'),
    K('Vậy lớp thay thế học ngày nào?', 'TH26-011'),
    K('Học ở đâu?', 'TH26-011', 'Trường Chính trị'),
    R('Đăng ký cho mình lớp đó', 'TH26-011'),
    T('Chỉ tiêu tập huấn chủ tịch CĐCS của tỉnh năm nay đạt bao nhiêu rồi?', 'TH-CT-2026-01'),
])
D('plain', [
    K('lop tap huan nghiep vu cho chu tich cdcs dot 1 o hai phong hoc ngay nao', 'HP.2026.06'),
    K('con dot 2 thi sao', 'HP.2027.05'),
    K('dot 2 hoc o dau', 'HP.2027.05', 'Hải Dương'),
    K('han dang ky dot 2', 'HP.2027.05', '05/03/2027'),
    R('dang ky dot 1 cho minh', 'HP.2026.06'),
])
D('abbrev', [
    L('thai binh co lop chuyen doi so nao ko', p='Thái Bình', t='CDS'),
    K('lop 2 cho ai hoc', ('L', 1), 'Kế toán'),
    L('the co lop truc tuyen nao o hung yen thang 12 ko', p='Hưng Yên', on=True, per=DEC),
    K('lop cuoi hoc may ngay', ('L', -1)),
    R('dk lop do cho mk', ('L', -1)),
])
D('diacritics', [
    L('Yên Bái có lớp nữ công nào không?', p='Yên Bái', t='NC'),
    K('Lớp đó học ở đâu, ngày nào?', ('L', 0), 'Yên Bái'),
    R('Đăng ký cho mình nhé', ('L', 0)),
    OT('Tiện hỏi, đoàn phí công đoàn đóng bao nhiêu vậy?'),
    T('Năm nay tỉnh mình mở được bao nhiêu lớp so với chỉ tiêu?', 'LCA-CT-2026'),
], profile={'province': 'Lào Cai', 'role': 'Trưởng ban nữ công'})
D('typo', [
    L('thang sau ơ nam đinh co lơp gi ko', p='Nam Định', per=DEC),
    K('lơp cuôi cho ai', ('L', -1), 'Chủ tịch'),
    K('hoc ơ đâu', ('L', -1), 'Nam Định'),
    R('đăng ky lơp đo', ('L', -1)),
    T('ninh binh năm nay chi tiêu bao nhiu', 'NB-CT26-CBCD'),
])
D('plain', [
    L('vinh phuc co lop kiem tra cong doan nao ko', p='Vĩnh Phúc', t='KT'),
    K('lop dau hoc tu ngay nao', ('L', 0)),
    K('han dang ky con ko', ('L', 0), '25/11/2026'),
    R('dang ky lop do cho minh', ('L', 0)),
    T('phu tho nam nay boi duong chu tich, pct cdcs dat bao nhieu', 'PT-2026-01'),
])
D('diacritics', [
    L('Tháng sau có lớp tập huấn trực tuyến nào ở Hà Nội không?', p='Hà Nội', on=True, per=DEC),
    K('Lớp thứ hai mấy giờ bắt đầu?', ('L', 1), '14:00'),
    K('Học qua phần mềm gì?', ('L', 1), 'Zoom'),
    R('Đăng ký cho mình lớp đó', ('L', 1)),
    L('Còn ở Hải Phòng tháng sau có lớp trực tuyến nào không?', p='Hải Phòng', on=True, per=DEC),
])
D('abbrev', [
    L('son la co lop phap luat lao dong nao ko ad', p='Sơn La', t='PL'),
    K('lop dau con dk dc ko', ('L', 0), '22/11/2026'),
    K('the lop thu 2 thi sao', ('L', 1), '24/12/2026'),
    R('dk lop thu 2 cho e', ('L', 1)),
    T('chi tieu tap huan sl nam nay dat bn r', 'SLA-CT-2026'),
])
D('typo', [
    L('lai chau thang sau co lơp gi', p='Lai Châu', per=DEC),
    K('lơp thu 3 hoc luc mây giơ', ('L', 2), '07:30'),
    K('ơ đâu vây', ('L', 2), 'Đoàn Kết'),
    R('đăng ki lơp đo cho mình', ('L', 2)),
    T('năm ngoai lai chau đat chỉ tieu ko', 'LAICHAU-CT-2025'),
])
D('plain', [
    L('quang ninh co lop thuong luong tap the nao', p='Quảng Ninh', t='TL'),
    K('lop do hoc may ngay, o dau', ('L', 0), 'Cái Lân'),
    R('dang ky lop do', ('L', 0)),
    T('quang ninh nam nay boi duong can bo khong chuyen trach dat bao nhieu phan tram', 'QN-CT-2026-A'),
    T('con nam 2025 thi sao', 'QN-CT-2025-A'),
])
D('diacritics', [
    K('Lớp Luật Công đoàn năm 2024 ở Lạng Sơn học ngày nào?', 'LSN-2026-03'),
    K('Còn ở Cao Bằng thì sao?', 'CBG-26-05'),
    K('Lớp ở Cao Bằng hạn đăng ký đến bao giờ?', 'CBG-26-05', '09/12/2026'),
    R('Đăng ký giúp mình lớp ở Cao Bằng', 'CBG-26-05'),
    FA('À, chương trình 104 của LĐLĐ tỉnh Lạng Sơn ban hành ngày nào nhỉ?', '29/11/2013'),
])
D('abbrev', [
    L('thai nguyen co lop chuyen doi so ko', p='Thái Nguyên', t='CDS'),
    K('lop t2 may h hoc', ('L', 1), '08:30'),
    K('o dau v', ('L', 1), 'Phan Đình Phùng'),
    R('dk lop do', ('L', 1)),
    T('chi tieu tn nam nay dat bn', 'TNG-CT-2026'),
])
D('typo', [
    L('bac ninh co lơp đối thoại thương lượng tâp thê nao', p='Bắc Ninh', t='TL'),
    K('lơp đâu hoc ngay nao', ('L', 0)),
    K('ơ đâu', ('L', 0), 'Bắc Giang'),
    R('đăng ky lơp đó', ('L', 0)),
    T('bac ninh năm nay tâp huân can bo cdcs đat bao nhiu', 'BN-CT-2026'),
])
D('plain', [
    OT('ad oi doan phi cong doan dong bao nhieu'),
    L('vay o ha noi co lop huong dan quyet toan tai chinh cd nao ko', p='Hà Nội', tc='quyết toán'),
    K('lop do hoc ngay nao', ('L', 0)),
    R('dang ky lop do cho minh', ('L', 0)),
    OT('cam on ad nhe'),
])
D('diacritics', [
    L('Năm sau Thanh Hóa có lớp nữ công nào không?', p='Thanh Hóa', t='NC', per=Y27),
    K('Lớp thứ hai học ở đâu?', ('L', 1), 'Trường Chính trị'),
    K('Hạn đăng ký lớp đó?', ('L', 1), '14/05/2027'),
    R('Đăng ký cho mình lớp đó', ('L', 1)),
    T('Chỉ tiêu huấn luyện ATVSLĐ năm nay của LĐLĐ tỉnh Thanh Hóa đạt chưa?', 'TH-CT-2026-02'),
])
D('abbrev', [
    L('cd kcn hai phong co lop nao ko', org='CĐ các KCN Hải Phòng'),
    K('lop cuoi hoc may ngay', ('L', -1)),
    K('co hoc online dc ko', ('L', -1), 'trực tuyến'),
    R('dk cho e lop cuoi', ('L', -1)),
    T('chi tieu lop atvsld cua cd kcn hp nam nay', 'HP-CT26-02'),
])
D('typo', [
    L('ha giang co lơp chuyên đôi sô ko', p='Hà Giang', t='CDS'),
    K('lơp đâu hoc ơ đâu', ('L', 0), 'Hà Giang'),
    R('đăng ki lơp đo', ('L', 0)),
    FA('à cho hoi so can bo cđ o huyen chi lang', '366'),
    T('tuyen quang năm sau chi tieu bôi dương bn', 'TQ-CT-2027'),
])
D('plain', [
    L('nghe an co lop an toan ve sinh lao dong ko', p='Nghệ An', t='AT'),
    K('lop dau hoc o dau', ('L', 0), 'VSIP'),
    K('han dang ky', ('L', 0), '01/12/2026'),
    R('dang ky lop dau cho minh', ('L', 0)),
    T('nghe an nam nay chi tieu tap huan can bo cdcs dat bao nhieu', 'NAN-CT-2026'),
])
D('diacritics', [
    L('Hưng Yên có lớp pháp luật, Luật Công đoàn nào không?', p='Hưng Yên', t='PL'),
    K('Lớp thứ hai học trực tiếp hay online?', ('L', 1), 'trực tuyến'),
    K('Lớp đó hạn đăng ký khi nào?', ('L', 1), '19/02/2027'),
    R('Đăng ký cho tôi lớp đó', ('L', 1)),
    T('Hưng Yên năm nay mở được bao nhiêu lớp bồi dưỡng nghiệp vụ so với chỉ tiêu?', 'HY-2026-NV'),
    T('Năm sau thì chỉ tiêu bao nhiêu lớp?', 'HY-2027-NV'),
])
D('abbrev', [
    L('cao bang co lop tranh chap ld nao ko', p='Cao Bằng', t='TC'),
    K('lop do hoc online a', ('L', 0), 'Zoom'),
    FA('ah cho e hoi nghi quyet 4a cua tld ve dao tao can bo ban hanh ngay nao', '04/3/2010'),
    K('quay lai lop tranh chap, han dk khi nao', ('L', 0), '04/12/2026'),
    R('dk giup e', ('L', 0)),
])
D('typo', [
    L('lao cai co lơp thuong lương tâp thê ko', p='Lào Cai', t='TL'),
    K('lơp đo hoc ngay nao ơ đâu', ('L', 0), 'Cam Đường'),
    R('đăng ky cho minh', ('L', 0)),
    OT('ma lương tôi thiêu vung năm sau bao nhiu'),
    T('lao cai năm ngoai đu chỉ tiêu lơp ko', 'LCA-CT-2025'),
])
D('plain', [
    L('dien bien co lop phap luat nao ko', p='Điện Biên', t='PL'),
    K('lop do hoc ngay nao', ('L', 0)),
    K('hoc online duoc khong', ('L', 0), 'trực tuyến'),
    R('dang ky lop do', ('L', 0)),
    FA('nhan tien cho hoi soc trang nam 2015 bao nhieu doan vien duoc hoc nang cao trinh do', '61,23%'),
])
D('diacritics', [
    L('Tỉnh mình có lớp chuyển đổi số nào không?', p='Quảng Ninh', t='CDS'),
    K('Lớp đầu học mấy ngày, ở đâu?', ('L', 0), 'Hạ Long'),
    R('Đăng ký cho mình lớp đó', ('L', 0)),
    T('Chỉ tiêu bồi dưỡng cán bộ không chuyên trách của tỉnh năm nay đạt bao nhiêu?', 'QN-CT-2026-A'),
], profile={'province': 'Quảng Ninh', 'role': 'Ủy viên BCH'})
