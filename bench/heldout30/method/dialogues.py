# -*- coding: utf-8 -*-
"""Hand-written follow-up conversations; expectations come from engine.py."""
import json, os
from engine import expect, listing, BYCODE, date_text, key, NOW
from questions import P, TH, NA, HT, QT, HUE, DN, QNG

OUT = os.path.join(os.path.dirname(__file__), '..')


# turn builders ------------------------------------------------------------
def L(q, spec):            # list every matching upcoming class
    return ('list', q, spec)


def C(q, spec):            # best (first) class for a request
    return ('first', q, spec)


def N(q, i, text=None):    # i-th class of the last list (1-based)
    return ('nth', q, i, text)


def S(q, what):            # about the current class: what in date|venue|days|seats|deadline|fmt
    return ('same', q, what)


def R(q, i=None):          # register current class (or i-th of list)
    return ('reg', q, i)


def F(q, text):            # fact / target turn
    return ('fact', q, text)


def O(q):
    return ('off', q)


def K(q, code, text=None):  # a named class
    return ('code', q, code, text)


def info(c, what):
    if what == 'date':
        return [date_text(c)]
    if what == 'fmt':
        if c['fmt'] == 'online':
            return ['trực tuyến']
        if c['fmt'] == 'kh':
            return ['kết hợp']
        return [date_text(c)]
    if what == 'venue':
        v = c['venue']
        if 'Zoom' in v or 'Trực tuyến' in v:
            return ['trực tuyến']
        if 'phường ' in v:
            return ['phường ' + v.split('phường ')[-1].split(',')[0].split(' (')[0].strip()]
        return [v.split(',')[0].strip()]
    if what == 'days':
        return ['%d ngày' % c['days']]
    if what == 'seats':
        return [str(c['seats'])] if c.get('seats') else []
    if what == 'deadline':
        return [c['deadline'].strftime('%d/%m/%Y')] if c.get('deadline') else [date_text(c)]
    return []


DIALOGUES = [
    # 1
    ('plain', P('Chủ tịch CĐCS', HT, 'CĐCS Công ty CP Dược Hà Tĩnh'), [
        L('co lop nao ve nu cong o ha tinh ko', dict(prov=HT, topic=['NC'])),
        N('cai thu 2 hoc may hom', 2, 'days'),
        S('o dau vay', 'venue'),
        F('nam ngoai ldld tinh minh dat chi tieu ko', ['2.640']),
    ]),
    ('diacritics', P('Chủ tịch CĐCS', QNG, 'CĐCS Công ty CP Nông sản Quảng Ngãi'), [
        L('Quảng Ngãi có những lớp nào về tranh chấp lao động?', dict(prov=QNG, topic=['TC'])),
        N('Lớp thứ 3 học ở đâu?', 3, 'venue'),
        S('Hạn đăng ký đến bao giờ?', 'date'),
        R('Đăng ký cho mình lớp đó.'),
    ]),
    ('abbrev', P('Ủy viên UBKT', HUE, 'CĐCS Công ty CP Dệt may Huế'), [
        L('ở huế có lớp kiểm tra nào cho ubkt ko', dict(prov=HUE, topic=['KT'])),
        N('cái đầu tiên học mấy ngày', 1, 'days'),
        S('còn chỗ ko', 'seats'),
        R('đk cho mình lớp đó nhé'),
        F('năm nay lđlđ tp huế chỉ tiêu bn', ['2.400']),
    ]),
    ('typo', P('Ủy viên UBKT', 'Kon Tum', 'CĐCS Trường THPT Kon Tum'), [
        L('lop kiem tra cho ubkt o kon tum', dict(area='Kon Tum', topic=['KT'])),
        N('cai thu 2 hoc hom nao', 2),
        C('the con o hoi an thi sao', dict(ward='phường Hội An', topic=['KT'], alt=[dict(area='Quảng Nam', topic=['KT'])])),
        O('ma tien doan phi thang nay dong chua nhi'),
    ]),
    ('voice', P('Chủ tịch CĐCS', TH, 'CĐCS Công ty TNHH Giày Alena'), [
        L('cho em hỏi là ở thanh hóa có những lớp nào về pháp luật lao động cho công nhân không ạ', dict(prov=TH, topic=['PL'])),
        N('cái lớp thứ hai ấy học ở đâu ạ', 2, 'venue'),
        S('thế lớp đó học mấy ngày ạ', 'days'),
        R('vâng thế chị đăng ký giúp em lớp đó nhé'),
        F('à mà năm nay liên đoàn tỉnh mình đạt bao nhiêu học viên rồi ạ', ['3.615']),
    ]),
    ('plain', P('Phó chủ tịch CĐCS', DN, 'CĐCS Công ty TNHH Daiwa Đà Nẵng'), [
        C('da nang co lop nao hoc buoi toi khong', dict(prov=DN, evening=True)),
        S('lop do o dau', 'venue'),
        S('hoc may buoi', 'date'),
        R('dang ky cho minh lop do'),
    ]),
    ('diacritics', P('Trưởng ban nữ công', TH, 'CĐCS Bệnh viện Nhi Thanh Hóa'), [
        L('Thanh Hóa có những lớp nữ công nào?', dict(prov=TH, topic=['NC'])),
        N('Lớp thứ 3 học ngày nào?', 3),
        S('Lớp đó học trực tiếp hay trực tuyến?', 'fmt'),
        C('Thế còn ở Nghệ An thì sao?', dict(prov=NA, topic=['NC'], local=True)),
        F('Năm ngoái LĐLĐ tỉnh mình có đạt chỉ tiêu không?', ['4.126']),
    ]),
    ('abbrev', P('Chủ tịch CĐCS', TH, 'CĐCS Công ty CP Mía đường Lam Sơn'), [
        L('th có lớp chuyển đổi số nào ko', dict(prov=TH, topic=['CNTT'])),
        N('cái đầu tiên hạn đk khi nào', 1, 'deadline'),
        R('đk cho mình lớp đầu'),
        O('ad ơi lương tối thiểu vùng 3 năm nay bn'),
    ]),
    ('typo', P('Chủ tịch CĐCS', TH, 'CĐCS Công ty TNHH Điện tử Meiko'), [
        L('lop phat trien doan vien o thanh hoa co nhung lop nao', dict(prov=TH, topic=['PTDV'])),
        N('cai thu 2 o dau', 2, 'venue'),
        S('con cho ko', 'seats'),
        F('chi tieu nam nay cua ldld tinh la bao nhieu', ['4.200']),
    ]),
    ('voice', P('Chủ tịch CĐCS', NA, 'CĐCS Công ty TNHH Hoya Lens Việt Nam'), [
        L('cho tôi hỏi là ở nghệ an có những lớp nào về pháp luật lao động', dict(prov=NA, topic=['PL'])),
        N('lớp thứ ba ấy học ngày nào', 3),
        S('thế học ở đâu', 'venue'),
        C('thế còn ở hà tĩnh thì lớp nào gần nhất', dict(prov=HT, topic=['PL'])),
        R('đăng ký giúp tôi lớp đó luôn'),
    ]),
    # 11
    ('plain', P('Ủy viên BCH', NA, 'CĐCS Công ty CP Thủy sản Cửa Lò'), [
        L('lop phat trien doan vien o nghe an', dict(prov=NA, topic=['PTDV'])),
        N('cai thu 2 hoc buoi toi a', 2),
        S('o dau the', 'venue'),
        R('dang ky cho minh lop thu 2'),
    ]),
    ('diacritics', P('Chủ tịch CĐCS', HT, 'CĐCS Cảng Vũng Áng'), [
        L('Hà Tĩnh có lớp ATVSLĐ nào sắp tới?', dict(prov=HT, topic=['ATVSLD'])),
        N('Lớp đầu tiên còn đăng ký được không?', 1, 'deadline'),
        N('Thế lớp thứ hai thì sao?', 2),
        R('Đăng ký lớp thứ hai cho mình.', 2),
    ]),
    ('abbrev', P('Chủ tịch CĐCS', HT, 'CĐCS Trường THCS Thạch Hà'), [
        L('ht có lớp pl lđ nào ko', dict(prov=HT, topic=['PL'])),
        N('cái thứ 4 học hình thức j', 4, 'fmt'),
        S('mấy ngày', 'days'),
        F('năm nay lđlđ ht đạt bn học viên rồi', ['2.210']),
    ]),
    ('typo', P('Chủ tịch CĐCS', HT, 'CĐCS Công ty Môi trường đô thị Hà Tĩnh'), [
        L('lop tai chinh cong doan o ha tinh co ko', dict(prov=HT, topic=['TCCD'])),
        N('cai dau tien hoc o dau', 1, 'venue'),
        S('hoc may ngay', 'days'),
        R('dang ki cho minh lop do'),
    ]),
    ('voice', P('Cán bộ CĐ cấp trên cơ sở', HT, 'Công đoàn Khu kinh tế tỉnh Hà Tĩnh'), [
        L('cho tôi hỏi ở hà tĩnh có những lớp phát triển đoàn viên nào', dict(prov=HT, topic=['PTDV'])),
        N('cái thứ hai bị hoãn à hoãn đến bao giờ', 2),
        N('thế cái thứ ba học ở đâu', 3, 'venue'),
        F('khu kinh tế đông nam nghệ an năm nay chỉ tiêu bao nhiêu người', ['600']),
    ]),
    ('plain', P('Chủ tịch CĐCS', 'Quảng Bình', 'CĐCS Trường THPT Đào Duy Từ'), [
        L('quang tri co lop phap luat lao dong nao', dict(prov=QT, topic=['PL'])),
        N('cai dau tien o dau', 1, 'venue'),
        S('han dang ky', 'deadline'),
        R('dang ky cho minh lop dau'),
        F('ldld quang tri nam nay chi tieu bao nhieu', ['3.800']),
    ]),
    ('diacritics', P('Chủ tịch CĐCS', QT, 'CĐCS Công ty CP Gỗ MDF Quảng Trị'), [
        L('Quảng Trị có những lớp tranh chấp lao động nào?', dict(prov=QT, topic=['TC'])),
        N('Lớp thứ hai học ở đâu?', 2, 'venue'),
        S('Học mấy ngày?', 'days'),
        R('Đăng ký cho tôi lớp thứ hai.', 2),
    ]),
    ('abbrev', P('Trưởng ban nữ công', QT, 'CĐCS Bệnh viện Đa khoa tỉnh Quảng Trị'), [
        L('qtri có lớp nữ công nào ko', dict(prov=QT, topic=['NC'])),
        N('cái thứ 2 ở đâu', 2, 'venue'),
        S('còn chỗ ko', 'seats'),
        R('đk giúp mình lớp đó'),
    ]),
    ('typo', P('Kế toán CĐCS', QT, 'CĐCS Trường Tiểu học Đông Lương'), [
        L('lop tai chinh cong doan o quang tri', dict(prov=QT, topic=['TCCD'])),
        N('cai thu 3 hoc ngay nao', 3),
        S('hoc o dau', 'venue'),
        O('luong ke toan truong tieu hoc bao nhieu'),
    ]),
    # 21
    ('voice', P('Ủy viên BCH', 'Quảng Bình', 'CĐCS Công ty CP Xi măng Sông Gianh'), [
        L('cho em hỏi bên mình có những lớp nào về chuyển đổi số ạ', dict(prov=QT, topic=['CNTT'])),
        N('cái thứ hai là ở quảng bình phải không học ngày nào ạ', 2),
        S('học trực tuyến hay đến lớp ạ', 'fmt'),
        R('em đăng ký lớp đó ạ'),
    ]),
    ('plain', P('Chủ tịch CĐCS', QT, 'CĐCS Công ty TNHH MTV Cao su Quảng Trị'), [
        L('quang tri co lop van thu luu tru ko', dict(prov=QT, topic=['VT'])),
        N('cai thu 2 hoc ngay nao', 2),
        C('the thang 12 co lop nao ve tranh chap lao dong ko', dict(prov=QT, topic=['TC'], month=(2026, 12))),
        F('nam ngoai ldld tinh minh dat bao nhieu hoc vien', ['3.505']),
    ]),
    ('diacritics', P('Kế toán CĐCS', HUE, 'CĐCS Trường THPT Quốc Học'), [
        L('Huế có lớp tài chính công đoàn nào?', dict(prov=HUE, topic=['TCCD'])),
        N('Lớp thứ hai học ngày nào?', 2),
        S('Ở đâu vậy?', 'venue'),
        R('Đăng ký giúp tôi lớp đó.'),
    ]),
    ('abbrev', P('Ủy viên BCH', HUE, 'CĐCS Công ty CP Bia Huế'), [
        L('huế có lớp tuyên truyền nào ko', dict(prov=HUE, topic=['TT'])),
        N('cái thứ 2 hình thức j', 2, 'fmt'),
        S('ngày nào', 'date'),
        R('đk lớp đó cho mình'),
    ]),
    ('typo', P('Cán bộ CĐ cấp trên cơ sở', HUE, 'Công đoàn phường Thuận Hóa'), [
        L('lop phat trien doan vien o hue co nhung lop nao', dict(prov=HUE, topic=['PTDV'])),
        N('cai dau bi hoan a, hoan den hom nao', 1),
        N('the cai thu 2 o dau', 2, 'venue'),
        R('dang ky cho minh cai thu 2', 2),
        F('cong doan phuong minh nam nay dat chi tieu chua', ['58']),
    ]),
    ('voice', P('Chủ tịch CĐCS', DN, 'CĐCS Công ty CP Xây dựng Miền Trung'), [
        L('cho em hỏi ở đà nẵng có những lớp an toàn vệ sinh lao động nào ạ', dict(prov=DN, topic=['ATVSLD'])),
        N('cái lớp thứ ba về ngành xây dựng ấy học ngày nào ạ', 3),
        S('ở đâu ạ', 'venue'),
        S('học mấy ngày ạ', 'days'),
        R('chị đăng ký giúp em lớp đó ạ'),
    ]),
    ('plain', P('Trưởng ban nữ công', DN, 'CĐCS Công ty TNHH Mabuchi Motor Đà Nẵng'), [
        L('da nang co lop nu cong nao', dict(prov=DN, topic=['NC'])),
        N('cai dau tien hoc o dau', 1, 'venue'),
        S('ngay nao', 'date'),
        F('ldld da nang nam nay chi tieu bao nhieu', ['6.500']),
    ]),
    ('diacritics', P('Ủy viên BCH', 'Quảng Nam', 'CĐCS Trường THPT Trần Cao Vân'), [
        L('Đà Nẵng có lớp tuyên truyền, tuyên giáo nào không?', dict(prov=DN, topic=['TT'])),
        N('Lớp thứ hai học ở đâu?', 2, 'venue'),
        S('Học ngày nào?', 'date'),
        C('Còn ở Huế thì sao?', dict(prov=HUE, topic=['TT'])),
    ]),
    ('abbrev', P('Ủy viên BCH', DN, 'CĐCS Công ty CP Cảng Đà Nẵng'), [
        L('đn có lớp chuyển đổi số ko', dict(prov=DN, topic=['CNTT'])),
        N('cái đầu mấy ngày', 1, 'days'),
        S('ở đâu', 'venue'),
        O('thẻ đv điện tử cài app j'),
    ]),
    ('typo', P('Chủ tịch CĐCS', QNG, 'CĐCS Công ty TNHH Doosan Vina'), [
        L('lop thuong luong tap the o quang ngai', dict(prov=QNG, topic=['TLTT'])),
        N('cai thu 2 hoc ngay nao', 2),
        S('o dau z', 'venue'),
        R('dang ky cho e lop do'),
    ]),
    ('voice', P('Cán bộ CĐ cấp trên cơ sở', 'Kon Tum', 'LĐLĐ tỉnh Kon Tum (cũ)'), [
        L('cho tôi hỏi ở quảng ngãi có những lớp nào về phát triển đoàn viên', dict(prov=QNG, topic=['PTDV'])),
        N('cái thứ ba là ở kon tum phải không học ngày nào', 3),
        S('học ở đâu', 'venue'),
        F('thế năm nay liên đoàn lao động tỉnh quảng ngãi chỉ tiêu đào tạo bao nhiêu học viên', ['3.200']),
    ]),
    ('plain', P('Ủy viên BCH', QNG, 'CĐCS Trường THPT Lê Khiết'), [
        L('quang ngai co lop chuyen doi so nao', dict(prov=QNG, topic=['CNTT'])),
        N('cai dau tien hoc truc tuyen a', 1, 'fmt'),
        S('hoc ngay nao', 'date'),
        R('dang ky cho minh lop dau'),
    ]),
    ('diacritics', P('Ủy viên BCH', 'Quảng Bình', 'CĐCS Công ty CP Cấp nước Quảng Bình'), [
        L('Ở Quảng Bình có lớp tuyên truyền nào không?', dict(area='Quảng Bình', topic=['TT'])),
        N('Lớp thứ hai học ngày nào?', 2),
        S('Học trực tiếp hay qua mạng?', 'fmt'),
        F('Năm ngoái Công đoàn phường Đồng Hới có đạt chỉ tiêu không?', ['84']),
    ]),
    # 34
    ('abbrev', P('Chủ tịch CĐCS', 'Quảng Nam', 'CĐCS Công ty TNHH Kumho Chu Lai'), [
        L('quảng nam cũ có lớp ptđv nào ko', dict(area='Quảng Nam', topic=['PTDV'])),
        N('cái thứ 2 ở đâu', 2, 'venue'),
        S('mấy ngày', 'days'),
        R('đk cho mình lớp đó'),
    ]),
    ('typo', P('Chủ tịch CĐCS', TH, 'CĐCS Công ty CP Bao bì Nghi Sơn'), [
        L('lop thuong luong tap the o thanh hoa co nhung lop nao', dict(prov=TH, topic=['TLTT'])),
        N('cai dau bi doi lich sang hom nao', 1),
        N('the cai thu 2 o dau', 2, 'venue'),
        R('dang ky lop thu 2 cho minh', 2),
    ]),
    ('voice', P('Cán bộ LĐLĐ', HUE, 'LĐLĐ thành phố Huế'), [
        F('cho tôi hỏi năm 2016 các cấp công đoàn thủ đô tổ chức được bao nhiêu lớp', ['33']),
        F('thế có bao nhiêu lượt học viên so với kế hoạch', ['3831']),
        F('còn tổng số lượt cán bộ tham gia các lớp khác là bao nhiêu', ['38.386']),
        O('à mà ngày mai huế có mưa không'),
    ]),
    ('plain', None, [
        F('lang son co bao nhieu can bo cong doan', ['8.343']),
        F('trong do bao nhieu chuyen trach', ['74']),
        F('con huyen chi lang thi sao', ['366']),
        O('lang son co mon gi ngon'),
    ]),
    ('diacritics', None, [
        F('Sóc Trăng có bao nhiêu đoàn viên, người lao động được học nâng cao trình độ?', ['32.775']),
        F('Đạt tỷ lệ bao nhiêu phần trăm?', ['61,23']),
        F('Chương trình của Tổng Liên đoàn về việc này là số mấy?', ['1464']),
        O('Sóc Trăng bây giờ thuộc tỉnh nào, đi xe khách từ Cần Thơ mất bao lâu?'),
    ]),
    ('abbrev', P('Cán bộ CĐ KCN', DN, 'Công đoàn các KCN Đà Nẵng'), [
        F('cđ kcn đn chỉ tiêu năm nay bn', ['900']),
        F('đạt bn rồi', ['640']),
        F('năm ngoái thì sao', ['870']),
        C('cđ kcn đn có lớp nữ công ko', dict(org=['KCN_DN'], topic=['NC'])),
    ]),
    ('typo', P('Chủ tịch CĐCS', HUE, 'CĐCS Khách sạn Saigon Morin'), [
        C('thang 12 o hue co lop nu cong nao', dict(prov=HUE, topic=['NC'], month=(2026, 12))),
        C('the thang sau', dict(prov=HUE, topic=['NC'], month=(2027, 1))),
        S('o dau', 'venue'),
        R('dang ky cho minh lop do'),
    ]),
    ('voice', P('Chủ tịch CĐCS', TH, 'CĐCS Công ty TNHH Sakurai Việt Nam'), [
        K('cho em hỏi là lớp bồi dưỡng cho chủ tịch công đoàn cơ sở mới bầu ở thanh hóa khi nào học ạ', 'THA-CTMOI-D1'),
        K('còn đợt 2 thì sao ạ', 'THA-CTMOI-D2'),
        S('đợt 2 học ở đâu ạ', 'venue'),
        R('em đăng ký đợt 2 ạ'),
    ]),
    ('plain', P('Chủ tịch CĐCS', NA, 'CĐCS Công ty TNHH Matrix Vina'), [
        C('co lop nao cap trung uong cho giang vien kiem chuc khong', dict(nat=True, topic=['GV'])),
        S('lop do hoc o dau', 'venue'),
        S('hoc may ngay', 'days'),
        R('dang ky cho minh'),
    ]),
    ('diacritics', P('Chủ tịch CĐCS', QNG, 'CĐCS Công ty CP Thủy sản Lý Sơn'), [
        O('Thời tiết ở Lý Sơn tuần này có sóng lớn không?'),
        C('Thế ở đặc khu Lý Sơn có lớp tập huấn nào không?', dict(org=['DK_LYSON'])),
        S('Học mấy ngày?', 'days'),
        R('Đăng ký cho tôi lớp đó.'),
    ]),
    ('abbrev', P('Chủ tịch CĐCS', DN, 'CĐCS Công ty TNHH Mabuchi'), [
        K('lớp tlTT buổi tối ở kcn hòa khánh còn chỗ ko', 'KCNDN-TOI-01', 'seats'),
        S('hạn đk khi nào', 'deadline'),
        S('học mấy buổi', 'date'),
        R('đk cho mình lớp đó'),
    ]),
    ('typo', P('Chủ tịch CĐCS', NA, 'CĐCS Trường THPT Huỳnh Thúc Kháng'), [
        C('cd nganh giao duc nghe an co lop nao hoc thu 7 ko', dict(org=['GD_NA'], weekend=True)),
        S('hoc o dau', 'venue'),
        S('han dang ky', 'deadline'),
        R('dang ky cho minh lop do'),
        F('nam ngoai cd nganh minh dat bao nhieu hoc vien', ['1.388']),
    ]),
]


def main():
    out = []
    styles = {}
    for i, (style, prof, turns) in enumerate(DIALOGUES):
        lst, cur = [], None
        ts = []
        for t in turns:
            typ, q = t[0], t[1]
            if typ == 'list':
                lst = listing(t[2])
                assert 2 <= len(lst) <= 5, (q, [c['code'] for c in lst])
                codes = [c['code'] for c in lst]
                cur = lst[0]
                ts.append({'q': q, 'expect': {'kind': 'course_list', 'codes': codes, 'text': []}})
            elif typ == 'first':
                codes, text = expect(t[2])
                cur = BYCODE[codes[0]]
                lst = listing(t[2])
                ts.append({'q': q, 'expect': {'kind': 'course', 'codes': codes, 'text': text}})
            elif typ == 'nth':
                c = lst[t[2] - 1]
                cur = c
                ts.append({'q': q, 'expect': {'kind': 'course', 'codes': [c['code']], 'text': info(c, t[3] or 'date')}})
            elif typ == 'code':
                c = BYCODE[t[2]]
                cur = c
                ts.append({'q': q, 'expect': {'kind': 'course', 'codes': [c['code']], 'text': info(c, t[3] or 'date')}})
            elif typ == 'same':
                ts.append({'q': q, 'expect': {'kind': 'course', 'codes': [cur['code']], 'text': info(cur, t[2])}})
            elif typ == 'reg':
                c = lst[t[2] - 1] if t[2] else cur
                assert c['status'] == 'open' and (not c.get('deadline') or c['deadline'] > NOW), (q, c['code'])
                ts.append({'q': q, 'expect': {'kind': 'register', 'codes': [c['code']], 'text': []}})
            elif typ == 'fact':
                ts.append({'q': q, 'expect': {'kind': 'fact', 'codes': [], 'text': t[2]}})
            elif typ == 'off':
                ts.append({'q': q, 'expect': {'kind': 'off_topic', 'codes': [], 'text': []}})
        d = {'id': 'd%02d' % (i + 1), 'style': style}
        if prof:
            d['profile'] = prof
        d['turns'] = ts
        out.append(d)
        styles[style] = styles.get(style, 0) + 1
    with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(len(out), 'dialogues', sum(len(d['turns']) for d in out), 'turns', styles)


if __name__ == '__main__':
    main()
