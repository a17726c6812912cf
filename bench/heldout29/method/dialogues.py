# -*- coding: utf-8 -*-
"""Hand-written multi-turn dialogues; expectations derived from the course records.
Run: python3 dialogues.py -> ../dialogues.jsonl"""
import json, sys
from collections import Counter
from engine import first_ok, match, listing, BYCODE, alt_orders
from data import dmy, start_text, reg_open

ST = {'D': 'diacritics', 'P': 'plain', 'A': 'abbrev', 'T': 'typo', 'V': 'voice'}
DIALOGUES = []
WARN = []


def prof(role, province, union):
    return {'role': role, 'province': province, 'union': union}


def field_text(c, field):
    if field == 'date':
        return [start_text(c)]
    if field == 'ward':
        return [c['ward']] if c['ward'] else ['trực tuyến']
    if field == 'seats':
        return [str(c['seats'])]
    if field == 'deadline':
        return [dmy(c['deadline'])] if c['deadline'] else []
    if field == 'days':
        return ['%d ngày' % c['days']]
    if field == 'online':
        return ['trực tuyến'] if c['mode'] != 'offline' else [c['ward']]
    if field == 'none':
        return []
    raise ValueError(field)


def Dlg(st, profile, *turns):
    cur_list, cur = [], None
    out = []
    for t in turns:
        op, q = t[0], t[1]
        if op == 'list':
            spec = t[2]
            cs = match(**spec)
            assert cs and len(cs) <= 5, ('list size', len(cs), q, spec)
            cur_list = cs
            cur = cs[0]
            dated = [c for c in cs if c['status'] != 'plan' and c['eff']]
            out.append({'q': q, 'expect': {'kind': 'course_list', 'codes': [c['code'] for c in cs],
                                           'text': [start_text(dated[0])] if dated else []}})
        elif op == 'first':
            spec = t[2]
            codes, text = first_ok(**spec)
            cur_list = match(**spec)
            cur = BYCODE[codes[0]]
            if len(t) > 3:
                text = field_text(cur, t[3]) if len(codes) == 1 else text
            out.append({'q': q, 'expect': {'kind': 'course', 'codes': codes, 'text': text}})
        elif op == 'pick':
            n, fld = t[2], t[3]
            c = cur_list[n - 1]
            for alt in alt_orders(cur_list):
                if alt[n - 1] is not c:
                    WARN.append(('order-dependent ordinal', q, c['code'], alt[n - 1]['code']))
            # ordinal must not be ambiguous (same start as a neighbour)
            for o in cur_list:
                if o is not c and o['eff'] == c['eff']:
                    WARN.append(('ambiguous ordinal', q, c['code'], o['code']))
            cur = c
            out.append({'q': q, 'expect': {'kind': 'course', 'codes': [c['code']], 'text': field_text(c, fld)}})
        elif op == 'same':
            fld = t[2]
            out.append({'q': q, 'expect': {'kind': 'course', 'codes': [cur['code']], 'text': field_text(cur, fld)}})
        elif op == 'code':
            cur = BYCODE[t[2]]
            out.append({'q': q, 'expect': {'kind': 'course', 'codes': [cur['code']], 'text': field_text(cur, t[3])}})
        elif op == 'reg':
            which = t[2]
            c = cur if which == 'cur' else cur_list[which - 1]
            if which != 'cur':
                for alt in alt_orders(cur_list):
                    if alt[which - 1] is not c:
                        WARN.append(('order-dependent ordinal', q, c['code'], alt[which - 1]['code']))
            if not reg_open(c):
                WARN.append(('register on closed class', q, c['code']))
            cur = c
            out.append({'q': q, 'expect': {'kind': 'register', 'codes': [c['code']], 'text': []}})
        elif op in ('fact', 'target'):
            out.append({'q': q, 'expect': {'kind': 'fact', 'codes': [], 'text': t[2]}})
        elif op == 'off':
            out.append({'q': q, 'expect': {'kind': 'off_topic', 'codes': [], 'text': []}})
        else:
            raise ValueError(op)
    assert 3 <= len(out) <= 6, (len(out), turns[0][1])
    d = {'id': 'd%02d' % (len(DIALOGUES) + 1), 'style': ST[st], 'turns': out}
    if profile:
        d['profile'] = profile
    DIALOGUES.append(d)


CT, AG, DT, VL, CM, TN, DN, HCM = 'Cần Thơ', 'An Giang', 'Đồng Tháp', 'Vĩnh Long', 'Cà Mau', 'Tây Ninh', 'Đồng Nai', 'Hồ Chí Minh'

# ------------------------------------------------------------------ dialogues
Dlg('P', prof('Chủ tịch CĐCS', 'Cần Thơ', 'CĐCS Công ty CP Thủy sản Bình An'),
    ('list', 'co lop nao ve thuong luong tap the o can tho ko', dict(prov=CT, topic='tl')),
    ('pick', 'cai thu 2 hoc may ngay', 2, 'days'),
    ('same', 'o dau vay', 'ward'),
    ('first', 'the con o an giang thi sao', dict(prov=AG, topic='tl')),
    ('reg', 'dang ky giup minh lop do', 'cur'),
    ('target', 'nam ngoai thanh pho minh dat chi tieu ko', ['3.415']))
Dlg('D', prof('Chủ tịch CĐCS', 'Cà Mau', 'CĐCS Công ty CP Tập đoàn Thủy sản Minh Phú'),
    ('list', 'Ở Bạc Liêu có lớp an toàn vệ sinh lao động nào không?', dict(prov=CM, old='Bạc Liêu', topic='at')),
    ('pick', 'Lớp thứ hai học ở đâu?', 2, 'ward'),
    ('same', 'Còn chỗ không?', 'seats'),
    ('reg', 'Đăng ký cho mình lớp đó nhé', 'cur'))
Dlg('A', prof('Ủy viên BCH', 'Tây Ninh', 'CĐCS Công ty TNHH Giày Da Mỹ Phong'),
    ('list', 'lớp tranh chấp lđ ở long an có ko', dict(prov=TN, old='Long An', topic='tc')),
    ('pick', 'cái đầu tiên hạn đk khi nào', 1, 'deadline'),
    ('pick', 'cái thứ 2 thì sao', 2, 'date'),
    ('reg', 'đk cho mình cái thứ 2', 2),
    ('off', 'à mà đoàn phí cđ đóng bn % lương vậy ad'))
Dlg('T', prof('Trưởng ban nữ công', 'Đồng Tháp', 'CĐCS Trường THCS Mỹ Tho'),
    ('list', 'o tien giang co lop nu cong nao ko', dict(prov=DT, old='Tiền Giang', topic='nc')),
    ('pick', 'lop thu nhat hoc ngay nao vay', 1, 'date'),
    ('same', 'hoc may ngay', 'days'),
    ('list', 'con ca tinh dong thap thi sao', dict(prov=DT, topic='nc')),
    ('reg', 'dang ky lop cuoi cung giup em', 4))
Dlg('V', prof('Chủ tịch CĐCS', 'Hồ Chí Minh', 'CĐCS Công ty TNHH Nidec Việt Nam'),
    ('list', 'cho em hỏi là ở Bình Dương cũ có lớp thương lượng tập thể nào không ạ', dict(prov=HCM, old='Bình Dương', topic='tl')),
    ('pick', 'cái lớp thứ hai đó học ở đâu vậy ạ', 2, 'ward'),
    ('same', 'có học buổi tối không ạ hay học ban ngày', 'date'),
    ('reg', 'vậy đăng ký cho em lớp đó luôn nha', 'cur'))
Dlg('D', prof('Chủ tịch CĐCS', 'An Giang', 'CĐCS Trường THPT Long Xuyên'),
    ('list', 'Ở Kiên Giang cũ có lớp nghiệp vụ công đoàn nào không?', dict(prov=AG, old='Kiên Giang', topic='nv')),
    ('pick', 'Cái thứ 3 học ngày nào?', 3, 'date'),
    ('same', 'Học trực tiếp hay trực tuyến?', 'online'),
    ('fact', 'Năm 2015 Sóc Trăng có bao nhiêu cán bộ CĐCS được bồi dưỡng nghiệp vụ?', ['8.891']))
Dlg('P', prof('Ủy viên BCH', 'Vĩnh Long', 'CĐCS Công ty CP Dược Cửu Long'),
    ('list', 'o ben tre co lop nghiep vu cong doan nao khong', dict(prov=VL, old='Bến Tre', topic='nv')),
    ('pick', 'cai thu 2 o dau', 2, 'ward'),
    ('list', 'the con o tra vinh co lop chuyen doi so ko', dict(prov=VL, old='Trà Vinh', topic='cds')),
    ('target', 'nam nay ldld tinh minh dat chi tieu bao nhieu roi', ['1.870']))
Dlg('A', prof('Chủ tịch CĐCS', 'Đồng Nai', 'CĐCS Công ty TNHH Changshin Việt Nam'),
    ('list', 'lớp tài chính cđ ở đn có ko', dict(prov=DN, topic='tcd')),
    ('pick', 'cái đầu học mấy ngày', 1, 'days'),
    ('same', 'học thứ 7 hả', 'date'),
    ('reg', 'đk cho mình lớp đó', 'cur'),
    ('target', 'năm ngoái lđlđ tỉnh mình đạt ct ko', ['4.112']))
Dlg('T', prof('Chủ tịch CĐCS', 'Cà Mau', 'Công đoàn phường An Xuyên'),
    ('list', 'lop kiem tra cong doan o ca mau co ko', dict(prov=CM, topic='kt')),
    ('pick', 'lop dau tien hoan sang ngay nao', 1, 'date'),
    ('pick', 'con lop thu 2 o dau', 2, 'ward'),
    ('reg', 'dang ki lop thu 2 cho minh', 2))
Dlg('V', prof('Kế toán CĐCS', 'Tây Ninh', 'CĐCS Trường THPT Tân An'),
    ('list', 'dạ cho em hỏi ở Tây Ninh có lớp tài chính công đoàn nào không ạ em làm kế toán công đoàn', dict(prov=TN, topic='tcd')),
    ('pick', 'cái thứ nhất học ở đâu vậy chị', 1, 'ward'),
    ('pick', 'còn cái thứ hai', 2, 'ward'),
    ('reg', 'thôi em đăng ký cái thứ hai nha', 2),
    ('off', 'à chị ơi cho em hỏi công ty nợ lương thì công đoàn làm gì được không'))
Dlg('D', None,
    ('first', 'Lớp bồi dưỡng giảng viên kiêm chức gần nhất ở TP.HCM là lớp nào?', dict(prov=HCM, topic='gv'), 'date'),
    ('same', 'Học mấy ngày?', 'days'),
    ('fact', 'Lạng Sơn từng mở lớp giảng viên kiêm chức cho bao nhiêu đồng chí?', ['25']),
    ('fact', 'Ai khai mạc lớp đó?', ['Trần Thị Kim Anh']))
Dlg('P', prof('Chủ tịch CĐCS', 'Hồ Chí Minh', 'CĐCS Công ty TNHH PouYuen Việt Nam'),
    ('list', 'lop van thu luu tru o tp hcm', dict(prov=HCM, topic='vt')),
    ('pick', 'cai thu 3 hoc online ha', 3, 'online'),
    ('pick', 'cai dau tien o dau', 1, 'ward'),
    ('reg', 'dang ky cai dau tien', 1))
Dlg('A', prof('Phó chủ tịch CĐCS', 'Đồng Tháp', 'CĐCS Công ty CP Vĩnh Hoàn'),
    ('list', 'lớp pt đv ở đt có ko', dict(prov=DT, topic='pt')),
    ('pick', 'cái thứ 2 ở đâu', 2, 'ward'),
    ('same', 'hạn đk khi nào', 'deadline'),
    ('reg', 'đk giúp mình', 'cur'),
    ('target', 'năm nay lđlđ tỉnh mình chỉ tiêu bn', ['2.400']))
Dlg('T', prof('Ủy viên UBKT', 'An Giang', 'Công đoàn phường Rạch Giá'),
    ('list', 'lop kiem tra o an giang co ko ad', dict(prov=AG, topic='kt')),
    ('pick', 'lop thu 2 hoc truc tuyen a', 2, 'online'),
    ('reg', 'dang ky lop do cho em', 'cur'),
    ('target', 'nam nay cong doan phuong em dat chi tieu chua', ['133']))
Dlg('V', prof('Chủ tịch CĐCS', 'Vĩnh Long', 'Công đoàn phường Bến Tre'),
    ('list', 'cho em hỏi ở Vĩnh Long có lớp thương lượng tập thể nào không ạ', dict(prov=VL, topic='tl')),
    ('pick', 'cái đầu tiên học ở đâu vậy ạ', 1, 'ward'),
    ('same', 'học mấy ngày vậy', 'days'),
    ('list', 'thế còn bên Cà Mau có lớp thương lượng không', dict(prov=CM, topic='tl')),
    ('off', 'à mà lương tối thiểu vùng năm sau tăng bao nhiêu vậy em'))
Dlg('D', prof('Chủ tịch CĐCS', 'Cần Thơ', 'CĐCS Trường THPT Châu Văn Liêm'),
    ('list', 'Có lớp giảng viên kiêm chức nào ở Cần Thơ không?', dict(prov=CT, topic='gv')),
    ('pick', 'Lớp thứ hai học trực tuyến à?', 2, 'online'),
    ('pick', 'Lớp cuối học ngày nào?', 3, 'date'),
    ('reg', 'Đăng ký cho tôi lớp cuối', 3))
Dlg('P', prof('Ủy viên BCH', 'Đồng Nai', 'Công đoàn phường Đồng Xoài'),
    ('list', 'o binh phuoc co lop phap luat lao dong nao khong', dict(prov=DN, old='Bình Phước', topic='pl')),
    ('pick', 'cai thu 2 hoc buoi toi ha', 2, 'date'),
    ('same', 'con cho ko', 'seats'),
    ('reg', 'dang ky lop do cho minh', 'cur'))
Dlg('A', prof('Chủ tịch CĐCS', 'Tây Ninh', 'Công đoàn xã Đức Hòa'),
    ('first', 'lớp ct cđcs ở long an gần nhất', dict(prov=TN, old='Long An', aud='ct'), 'date'),
    ('same', 'ở đâu', 'ward'),
    ('same', 'học mấy ngày', 'days'),
    ('reg', 'đk cho mình', 'cur'))
Dlg('T', prof('Ủy viên BCH', 'Hồ Chí Minh', 'CĐCS Công ty TNHH PouYuen Việt Nam'),
    ('list', 'lop tranh chap lao dong o hcm con lop nao dang ky duoc', dict(prov=HCM, topic='tc', reg=True)),
    ('pick', 'lop thu nhat hoc online ha', 1, 'online'),
    ('pick', 'con lop thu 2 o dau', 2, 'ward'),
    ('fact', 'ha noi nam 2016 to chuc duoc may lop', ['33']))
Dlg('V', prof('Chủ tịch CĐCS', 'Cần Thơ', 'Công đoàn phường Ninh Kiều'),
    ('list', 'dạ cho em hỏi ở Hậu Giang cũ có lớp phát triển đoàn viên nào không ạ', dict(prov=CT, old='Hậu Giang', topic='pt')),
    ('pick', 'cái đầu tiên còn đăng ký được không ạ', 1, 'deadline'),
    ('pick', 'vậy cái thứ hai thì sao', 2, 'date'),
    ('target', 'năm nay thành phố mình chỉ tiêu bồi dưỡng chủ tịch công đoàn cơ sở là bao nhiêu ạ', ['1.200']))
Dlg('D', prof('Chủ tịch CĐCS', 'Đồng Tháp', 'CĐCS Công ty CP Vĩnh Hoàn'),
    ('list', 'Đồng Tháp có lớp tài chính công đoàn nào không?', dict(prov=DT, topic='tcd')),
    ('code', 'Lớp DT-TCD26-01 bị hoãn sang ngày nào?', 'DT-TCD26-01', 'date'),
    ('pick', 'Lớp thứ ba học trực tuyến phải không?', 3, 'online'),
    ('reg', 'Đăng ký cho tôi lớp thứ ba', 3),
    ('off', 'Cảm ơn. Cho hỏi luôn giá lúa hôm nay bao nhiêu?'))
Dlg('P', prof('Phó chủ tịch CĐCS', 'An Giang', 'CĐCS Công ty CP Xuất nhập khẩu Thủy sản An Giang'),
    ('list', 'an giang co lop thuong luong tap the nao', dict(prov=AG, topic='tl')),
    ('pick', 'cai thu 2 la dot may', 2, 'date'),
    ('pick', 'dot 2 hoc o dau', 3, 'ward'),
    ('reg', 'dang ky dot 2 cho minh', 3))
Dlg('A', prof('Chủ tịch CĐCS', 'Cà Mau', 'CĐCS Bệnh viện Đa khoa Bạc Liêu'),
    ('list', 'lớp nữ công ở bạc liêu có ko', dict(prov=CM, old='Bạc Liêu', topic='nc')),
    ('pick', 'cái thứ 2 ngày nào', 2, 'date'),
    ('same', 'hạn đk', 'deadline'),
    ('target', 'cđ ngành y tế cà mau năm ngoái đạt ct ko', ['146']))
Dlg('T', prof('Chủ tịch CĐCS', 'Đồng Nai', 'CĐCS Công ty TNHH Pouchen Việt Nam'),
    ('list', 'lop nu cong o dong nai co ko', dict(prov=DN, topic='nc')),
    ('pick', 'lop dau tien hoc o dau', 1, 'ward'),
    ('pick', 'lop thu 2 hoc online ha', 2, 'online'),
    ('same', 'hoc buoi toi ko', 'date'))
Dlg('V', None,
    ('fact', 'cho em hỏi Hà Nội năm 2016 có hoàn thành kế hoạch đào tạo cán bộ công đoàn không ạ', ['107%']),
    ('fact', 'thế có bao nhiêu lượt học viên', ['3831']),
    ('fact', 'còn trường trung cấp công đoàn thì huấn luyện an toàn vệ sinh lao động bao nhiêu lớp', ['42']),
    ('off', 'ờ mà cho em hỏi Hà Nội hôm nay có lạnh không'))
Dlg('D', prof('Cán bộ CĐ cấp trên cơ sở', 'Tây Ninh', 'Công đoàn các KCN Tây Ninh'),
    ('list', 'Ở Long An cũ có lớp phát triển đoàn viên nào không?', dict(prov=TN, old='Long An', topic='pt')),
    ('pick', 'Lớp thứ hai chưa có ngày à?', 2, 'date'),
    ('reg', 'Vậy đăng ký lớp đầu tiên cho tôi', 1),
    ('target', 'Năm nay đơn vị tôi chỉ tiêu bao nhiêu?', ['180']))
Dlg('P', prof('Chủ tịch CĐCS', 'Vĩnh Long', 'CĐCS Trường ĐH Trà Vinh'),
    ('list', 'o tra vinh co lop chuyen doi so nao ko', dict(prov=VL, old='Trà Vinh', topic='cds')),
    ('pick', 'cai thu 2 hoan ha, hoc lai ngay nao', 2, 'date'),
    ('pick', 'cai cuoi hoc o dau', 3, 'ward'),
    ('reg', 'dk cai cuoi', 3))
Dlg('A', prof('Chủ tịch CĐCS', 'Hồ Chí Minh', 'CĐCS Trường THPT Lê Quý Đôn'),
    ('list', 'lớp nữ công ở tp hcm', dict(prov=HCM, topic='nc')),
    ('pick', 'cái t2 học online ko', 2, 'online'),
    ('pick', 'cái cuối học cuối tuần à', 4, 'date'),
    ('reg', 'đk cái cuối', 4),
    ('target', 'cđ gd tp năm nay đạt bn rồi', ['2.040']))
Dlg('T', prof('Ủy viên BCH', 'Cần Thơ', 'CĐCS Bệnh viện Đa khoa TP Cần Thơ'),
    ('list', 'o soc trang co lop atvsld nao ko', dict(prov=CT, old='Sóc Trăng', topic='at')),
    ('pick', 'lop dau o phuong nao', 1, 'ward'),
    ('pick', 'lop thu 3 hoc ngay nao', 3, 'date'),
    ('fact', 'soc trang nam 2015 co bao nhieu nguoi hoc ngoai ngu bac 3', ['863']))
Dlg('V', prof('Chủ tịch CĐCS', 'Đồng Nai', 'CĐCS Công ty TNHH Changshin Việt Nam'),
    ('list', 'dạ cho em hỏi ở Đồng Nai có lớp phát triển đoàn viên nào không ạ', dict(prov=DN, topic='pt')),
    ('pick', 'cái thứ nhất hoãn hả anh, giờ học ngày nào', 1, 'date'),
    ('pick', 'còn cái thứ hai ở đâu', 2, 'ward'),
    ('reg', 'đăng ký giúp em cái thứ hai', 2),
    ('target', 'năm nay Liên đoàn Lao động tỉnh mình được giao chỉ tiêu bao nhiêu vậy anh', ['4.500']))
Dlg('D', prof('Ủy viên BCH', 'Cà Mau', 'CĐCS Công ty CP Tập đoàn Thủy sản Minh Phú'),
    ('list', 'Ở Cà Mau có lớp chuyển đổi số nào không?', dict(prov=CM, topic='cds')),
    ('pick', 'Lớp thứ hai có học buổi tối không?', 2, 'date'),
    ('pick', 'Lớp đầu học trực tuyến à?', 1, 'online'),
    ('reg', 'Đăng ký lớp đầu cho tôi', 1))
Dlg('P', prof('Chủ tịch CĐCS', 'Tây Ninh', 'CĐCS Công ty TNHH Giày Da Mỹ Phong'),
    ('list', 'lop thuong luong tap the o tay ninh', dict(prov=TN, topic='tl')),
    ('pick', 'cai thu 2 hoc online ha', 2, 'online'),
    ('pick', 'cai thu 3 hoc buoi toi ha', 3, 'date'),
    ('reg', 'dang ky cai thu 3', 3),
    ('off', 'cty bat tang ca ko tra luong thi sao ad'))
Dlg('A', prof('Ủy viên BCH', 'Đồng Tháp', 'Công đoàn phường Cao Lãnh'),
    ('list', 'lớp atvsld ở đt', dict(prov=DT, topic='at')),
    ('pick', 'cái đầu ở đâu', 1, 'ward'),
    ('same', 'còn chỗ ko', 'seats'),
    ('reg', 'đk giúp mình', 'cur'))
Dlg('T', None,
    ('fact', 'lang son co bao nhieu can bo cong doan chuyen trach', ['74']),
    ('fact', 'con khong chuyen trach', ['8.269']),
    ('fact', 'tu 2013 cac cap cd lang son mo duoc bao nhieu lop', ['85']),
    ('off', 'lang son mua dong co tuyet ko ad'))
Dlg('V', prof('Chủ tịch CĐCS', 'An Giang', 'Công đoàn phường Rạch Giá'),
    ('list', 'cho em hỏi ở Kiên Giang cũ có lớp thương lượng tập thể nào không', dict(prov=AG, old='Kiên Giang', topic='tl')),
    ('pick', 'cái thứ nhất học cuối tuần hả em', 1, 'date'),
    ('pick', 'cái thứ hai ở đâu', 2, 'ward'),
    ('reg', 'đăng ký cho chị cái thứ hai', 2))
Dlg('D', prof('Chủ tịch CĐCS', 'Hồ Chí Minh', 'Công đoàn phường Vũng Tàu'),
    ('list', 'Ở Bà Rịa - Vũng Tàu cũ có lớp pháp luật lao động nào không?', dict(prov=HCM, old='Bà Rịa - Vũng Tàu', topic='pl')),
    ('pick', 'Lớp thứ hai học ngày nào?', 2, 'date'),
    ('same', 'Học ở đâu?', 'ward'),
    ('reg', 'Đăng ký lớp thứ hai cho tôi.', 2))
Dlg('P', prof('Chủ tịch CĐCS', 'Cần Thơ', 'CĐCS Công ty CP Thủy sản Bình An'),
    ('list', 'lop tuyen giao o can tho', dict(prov=CT, topic='tg')),
    ('pick', 'cai thu 2 o dau', 2, 'ward'),
    ('list', 'the con o ca mau', dict(prov=CM, topic='tg')),
    ('reg', 'dang ky cai dau', 1))
Dlg('A', prof('Ủy viên BCH', 'Vĩnh Long', 'CĐCS Công ty CP Dược Cửu Long'),
    ('list', 'lớp atvsld ở bến tre', dict(prov=VL, old='Bến Tre', topic='at')),
    ('pick', 'cái t2 học ngày nào', 2, 'date'),
    ('reg', 'đk cái t2', 2),
    ('target', 'cđ p. bến tre năm ngoái đạt ko', ['100']))
Dlg('T', prof('Chủ tịch CĐCS', 'Hồ Chí Minh', 'CĐCS Công ty TNHH Nidec Việt Nam'),
    ('list', 'lop phap luat o binh duong co lop nao', dict(prov=HCM, old='Bình Dương', topic='pl')),
    ('pick', 'lop dau tien con dang ky dc ko', 1, 'deadline'),
    ('pick', 'lop thu 2 hoc may gio', 2, 'date'),
    ('reg', 'dang ky lop thu 2', 2),
    ('off', 'tien thuong tet cong ty bat buoc phai tra ko ad'))
Dlg('V', prof('Chủ tịch CĐCS', 'Đồng Tháp', 'CĐCS Trường THCS Mỹ Tho'),
    ('list', 'dạ cho em hỏi ở Tiền Giang cũ có lớp pháp luật lao động nào không ạ', dict(prov=DT, old='Tiền Giang', topic='pl')),
    ('pick', 'cái thứ hai học thứ bảy hả chị', 2, 'date'),
    ('pick', 'còn cái thứ ba học online à', 3, 'online'),
    ('reg', 'thôi đăng ký cho em cái thứ hai', 2))
Dlg('D', prof('Chủ tịch CĐCS', 'Tây Ninh', 'CĐCS Trường THPT Tân An'),
    ('list', 'Ở Tây Ninh có lớp công tác kiểm tra nào không?', dict(prov=TN, topic='kt')),
    ('pick', 'Lớp đầu tiên học ở đâu?', 1, 'ward'),
    ('pick', 'Lớp thứ hai thì sao?', 2, 'ward'),
    ('fact', 'Chương trình 1644/CTr-TLĐ ban hành ngày nào?', ['04/11/2013']))
Dlg('P', prof('Chủ tịch CĐCS', 'Cà Mau', 'CĐCS Công ty CP Tập đoàn Thủy sản Minh Phú'),
    ('list', 'lop tranh chap lao dong o ca mau', dict(prov=CM, topic='tc')),
    ('pick', 'cai thu 2 hoc o dau', 2, 'ward'),
    ('reg', 'dang ky cai thu 2', 2),
    ('target', 'nam nay ldld ca mau dat bao nhieu roi', ['1.522']))
Dlg('A', prof('Chủ tịch CĐCS', 'Đồng Nai', 'Công đoàn phường Đồng Xoài'),
    ('list', 'lớp cđs ở bình phước', dict(prov=DN, old='Bình Phước', topic='cds')),
    ('pick', 'cái t2 học tối à', 2, 'date'),
    ('reg', 'đk cái t2', 2),
    ('off', 'mẫu đơn xin nghỉ phép năm ở đâu ad'))
Dlg('T', prof('Kế toán CĐCS', 'Hồ Chí Minh', 'CĐCS Trường THPT Lê Quý Đôn'),
    ('list', 'lop tai chinh cong doan o tp hcm', dict(prov=HCM, topic='tcd')),
    ('pick', 'lop thu 3 o dau vay', 3, 'ward'),
    ('pick', 'lop dau hoc cuoi tuan ha', 1, 'date'),
    ('reg', 'dang ki lop dau', 1))
Dlg('V', prof('Chủ tịch CĐCS', 'Cần Thơ', 'CĐCS Trường THPT Châu Văn Liêm'),
    ('list', 'cho em hỏi thành phố Cần Thơ có lớp tài chính công đoàn nào không ạ', dict(prov=CT, topic='tcd')),
    ('pick', 'cái đầu tiên học online hả em', 1, 'online'),
    ('same', 'hạn đăng ký đến khi nào', 'deadline'),
    ('reg', 'ừ đăng ký cho chị lớp đó', 'cur'),
    ('target', 'cho chị hỏi luôn năm nay công đoàn ngành giáo dục thành phố mình đạt bao nhiêu người rồi', ['198']))
Dlg('D', prof('Chủ tịch CĐCS', 'An Giang', 'CĐCS Trường THPT Long Xuyên'),
    ('list', 'An Giang có lớp pháp luật lao động nào không?', dict(prov=AG, topic='pl')),
    ('pick', 'Lớp thứ hai học ở đâu?', 2, 'ward'),
    ('pick', 'Lớp cuối cùng học ngày nào?', 4, 'date'),
    ('reg', 'Đăng ký lớp thứ hai giúp tôi', 2))
Dlg('P', prof('Phó chủ tịch CĐCS', 'Vĩnh Long', 'Công đoàn phường Bến Tre'),
    ('list', 'vinh long co lop cds nao khong', dict(prov=VL, topic='cds')),
    ('pick', 'cai thu 3 hoc toi ha', 3, 'date'),
    ('pick', 'cai thu 4 o dau', 4, 'ward'),
    ('reg', 'dang ky cai thu 4', 4))
Dlg('A', prof('Chủ tịch CĐCS', 'Cần Thơ', 'Công đoàn phường Ninh Kiều'),
    ('list', 'lớp ll ctri ở ct', dict(prov=CT, topic='ll')),
    ('pick', 'cái t1 học mấy ngày', 1, 'days'),
    ('pick', 'cái t2 ở đâu', 2, 'ward'),
    ('fact', 'sóc trăng có bn đv nlđ học llct', ['1.500']))
Dlg('T', prof('Ủy viên BCH', 'Tây Ninh', 'Công đoàn xã Đức Hòa'),
    ('first', 'xa duc hoa co lop nao gan nhat ko', dict(ward='Đức Hòa')),
    ('list', 'the thang 2 o duc hoa co gi', dict(ward='Đức Hòa', month=(2027, 2))),
    ('pick', 'cai thu 2 hoc cuoi tuan ha', 2, 'date'),
    ('reg', 'dang ky cai thu 2', 2))
Dlg('V', prof('Chủ tịch CĐCS', 'Hồ Chí Minh', 'CĐCS Công ty TNHH PouYuen Việt Nam'),
    ('first', 'cho em hỏi công đoàn khu chế xuất Tân Thuận có lớp an toàn vệ sinh lao động nào không ạ', dict(org='kcx_tt', topic='at'), 'date'),
    ('same', 'lớp đó học buổi tối hả anh', 'date'),
    ('same', 'còn chỗ không anh', 'seats'),
    ('reg', 'đăng ký cho em nha', 'cur'),
    ('target', 'năm nay công đoàn khu chế xuất Tân Thuận đã tập huấn được bao nhiêu người rồi anh', ['1.655']))
Dlg('D', prof('Chủ tịch CĐCS', 'Đồng Nai', 'CĐCS Công ty TNHH Pouchen Việt Nam'),
    ('list', 'Đồng Nai có lớp nghiệp vụ công đoàn nào không?', dict(prov=DN, topic='nv')),
    ('pick', 'Lớp thứ hai học cuối tuần à?', 2, 'date'),
    ('pick', 'Lớp cuối ở đâu?', 3, 'ward'),
    ('reg', 'Đăng ký lớp cuối cho tôi', 3))
Dlg('P', None,
    ('fact', 'me linh nam 2020 mo may lop tap huan', ['2']),
    ('fact', 'cho bao nhieu luot nguoi', ['400']),
    ('fact', 'phoi hop voi don vi nao', ['Trung tâm Bồi dưỡng chính trị']),
    ('first', 'vay o tay ninh co lop nghiep vu cong doan nao ko', dict(prov=TN, topic='nv'), 'date'))
Dlg('A', prof('Chủ tịch CĐCS', 'Cà Mau', 'Công đoàn phường An Xuyên'),
    ('list', 'lớp pl lđ ở bạc liêu', dict(prov=CM, old='Bạc Liêu', topic='pl')),
    ('pick', 'cái t1 học online à', 1, 'online'),
    ('pick', 'cái t2 học t7 hả', 2, 'date'),
    ('reg', 'đk cái t2', 2))
Dlg('T', prof('Chủ tịch CĐCS', 'Đồng Tháp', 'CĐCS Công ty CP Vĩnh Hoàn'),
    ('list', 'lop atvsld o an giang co ko', dict(prov=AG, topic='at')),
    ('pick', 'lop dau o dau vay', 1, 'ward'),
    ('pick', 'lop thu 2 hoc ngay nao', 2, 'date'),
    ('reg', 'dang ky lop thu 2', 2))
Dlg('V', prof('Chủ tịch CĐCS', 'Tây Ninh', 'CĐCS Công ty TNHH Giày Da Mỹ Phong'),
    ('list', 'chị hỏi ở Long An cũ còn lớp an toàn vệ sinh lao động nào đăng ký được không em', dict(prov=TN, old='Long An', topic='at', reg=True)),
    ('pick', 'cái đầu tiên hạn chót khi nào em', 1, 'deadline'),
    ('pick', 'vậy cái thứ hai ở đâu', 2, 'ward'),
    ('reg', 'đăng ký cho chị cái thứ hai', 2),
    ('off', 'à em ơi chị muốn hỏi thủ tục hưởng bảo hiểm thất nghiệp'))
Dlg('D', prof('Ủy viên UBKT', 'Hồ Chí Minh', 'CĐCS Công ty TNHH Nidec Việt Nam'),
    ('list', 'Ở TP.HCM còn lớp tranh chấp lao động nào nhận đăng ký?', dict(prov=HCM, topic='tc', reg=True)),
    ('pick', 'Lớp thứ hai học ở đâu?', 2, 'ward'),
    ('reg', 'Đăng ký lớp thứ hai', 2),
    ('fact', 'Trường Trung cấp CĐ Hà Nội năm 2016 huấn luyện ATVSLĐ được bao nhiêu học viên?', ['3.060']))
Dlg('P', prof('Chủ tịch CĐCS', 'An Giang', 'CĐCS Công ty CP Xuất nhập khẩu Thủy sản An Giang'),
    ('list', 'an giang co lop cds nao', dict(prov=AG, topic='cds')),
    ('pick', 'cai dau hoc buoi toi ha', 1, 'date'),
    ('pick', 'cai thu 3 o dau', 3, 'ward'),
    ('reg', 'dk cai thu 3', 3),
    ('target', 'ldld an giang nam nay mo duoc bao nhieu lop roi', ['31']))
Dlg('A', prof('Chủ tịch CĐCS', 'Hồ Chí Minh', 'Công đoàn phường Vũng Tàu'),
    ('first', 'cđ p. vũng tàu có lớp j ko', dict(org='p_vungtau'), 'date'),
    ('list', 'thế tháng 1 có lớp nào ở vũng tàu cũ', dict(prov=HCM, old='Bà Rịa - Vũng Tàu', month=(2027, 1))),
    ('code', 'cái ở bà rịa học ngày nào', 'HCM-NV27-01', 'date'),
    ('reg', 'đk cái đó', 'cur'))
Dlg('T', prof('Chủ tịch CĐCS', 'Vĩnh Long', 'CĐCS Trường ĐH Trà Vinh'),
    ('list', 'lop tai chinh cong doan o vinh long co ko', dict(prov=VL, topic='tcd')),
    ('pick', 'lop dau hoc o dau', 1, 'ward'),
    ('pick', 'lop thu 2 hoc ngay nao', 2, 'date'),
    ('reg', 'dang ky lop thu 2', 2))
Dlg('V', prof('Chủ tịch CĐCS', 'Cà Mau', 'CĐCS Bệnh viện Đa khoa Bạc Liêu'),
    ('list', 'cho em hỏi ở Bạc Liêu có lớp nghiệp vụ công đoàn nào không ạ', dict(prov=CM, old='Bạc Liêu', topic='nv')),
    ('pick', 'cái thứ hai học cuối tuần hả em', 2, 'date'),
    ('same', 'học mấy ngày', 'days'),
    ('reg', 'vậy đăng ký cái đó cho chị', 'cur'),
    ('target', 'năm ngoái tỉnh mình có đạt chỉ tiêu đào tạo không em', ['1.530']))
Dlg('D', None,
    ('fact', 'Văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ, kỹ năng nghề cho đoàn viên?', ['1464/CTr-TLĐ']),
    ('fact', 'Ban hành ngày nào?', ['8/10/2013']),
    ('fact', 'LĐLĐ tỉnh Sóc Trăng triển khai bằng kế hoạch số mấy?', ['53/KH-LĐLĐ']),
    ('first', 'Hiện giờ ở Sóc Trăng có lớp nào sắp mở không?', dict(prov=CT, old='Sóc Trăng'), 'date'))
Dlg('P', prof('Ủy viên BCH', 'Hồ Chí Minh', 'CĐCS Công ty TNHH PouYuen Việt Nam'),
    ('first', 'cd pouyuen co lop nao', dict(org='dn_pyv'), 'date'),
    ('same', 'hoc o dau', 'ward'),
    ('reg', 'dang ky cho minh', 'cur'),
    ('off', 'cong ty cat giam phu cap thi cong doan can thiep duoc ko'))
Dlg('A', prof('Chủ tịch CĐCS', 'Đồng Nai', 'CĐCS Công ty TNHH Changshin Việt Nam'),
    ('first', 'lớp tối ở đn gần nhất', dict(prov=DN, eve=True), 'date'),
    ('same', 'mấy giờ', 'date'),
    ('same', 'ở đâu', 'ward'),
    ('reg', 'đk lớp đó', 'cur'))
Dlg('T', prof('Chủ tịch CĐCS', 'Cần Thơ', 'CĐCS Công ty CP Thủy sản Bình An'),
    ('first', 'lop hoc truc tuyen o can tho gan nhat', dict(prov=CT, mode='online'), 'date'),
    ('same', 'hoc may ngay', 'days'),
    ('reg', 'dang ki cho em lop do', 'cur'),
    ('target', 'nam nay ldld tp can tho tap huan dc bao nhieu luot roi', ['2.916']))
Dlg('V', prof('Chủ tịch CĐCS', 'An Giang', 'CĐCS Trường THPT Long Xuyên'),
    ('first', 'cho em hỏi là Phú Quốc có lớp nào sắp tới không ạ', dict(ward='Phú Quốc'), 'date'),
    ('same', 'lớp đó học cuối tuần hả em', 'date'),
    ('same', 'còn chỗ không em', 'seats'),
    ('reg', 'đăng ký cho chị lớp đó nha', 'cur'))
Dlg('D', prof('Chủ tịch CĐCS', 'Cần Thơ', 'CĐCS Trường THPT Châu Văn Liêm'),
    ('first', 'Lớp bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS đợt 1 của LĐLĐ Cần Thơ học ngày nào?', dict(org='ldld_ct', title='(đợt 1)'), 'date'),
    ('code', 'Còn đợt 2 thì sao?', 'CT-NV27-D2', 'date'),
    ('same', 'Đợt 2 học ở đâu?', 'ward'),
    ('reg', 'Đăng ký đợt 2 cho tôi', 'cur'))


if __name__ == '__main__':
    for d in DIALOGUES:
        print(d['id'], d['style'])
        for t in d['turns']:
            print('   ', t['expect']['kind'][:8], t['expect']['codes'], t['expect']['text'], '|', t['q'][:60])
    for w in WARN:
        print('WARN', w)
    print(len(DIALOGUES), sum(len(d['turns']) for d in DIALOGUES))
    print(Counter(d['style'] for d in DIALOGUES))
    print(Counter(t['expect']['kind'] for d in DIALOGUES for t in d['turns']))
    with open('../dialogues.jsonl', 'w', encoding='utf-8') as f:
        for d in DIALOGUES:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
