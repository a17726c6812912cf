# -*- coding: utf-8 -*-
"""Writes courses.csv and targets.csv; exposes COURSES for questions.py."""
import csv, io, os, datetime as dt, pickle
from data import build, finalize, C, OUT, fmt_date, effective_start

D = dt.datetime


def special(**kw):
    c = C(kw)
    c.aud = set(c.aud)
    c.days = c.get('days', 1)
    c.note = c.get('note', '')
    c.partner = c.get('partner', '')
    c.deadline_cell = c.get('deadline_cell', '')
    c.end_cell = c.get('end_cell', '')
    c.days_cell = c.get('days_cell', str(c.days))
    return c


SPECIALS = [
    # evening / weekend
    special(code='KCNDN-TOI-01', title='Kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp FDI (lớp buổi tối)', topic='TLTT',
            topic_cell='Thương lượng tập thể', aud_cell='Chủ tịch, P.Chủ tịch CĐCS doanh nghiệp', aud={'CT', 'PCT'},
            org='Công đoàn các KCN Đà Nẵng', okey='KCN_DN', prov='Đà Nẵng', ward='phường Hòa Khánh', typ='kcn',
            prov_cell='Đà Nẵng', venue='Nhà văn hóa công nhân KCN Hòa Khánh, phường Hòa Khánh', fmt='tt', fmt_cell='Tập trung',
            start=D(2026, 12, 8, 18, 30), start_cell='Tối 08/12/2026', end=dt.date(2026, 12, 10), end_cell='Tối 10/12/2026',
            days=3, days_cell='3', seats_cell='40 người', seats=40, status='open', status_cell='Mở đăng ký',
            deadline=D(2026, 12, 5, 23, 59), deadline_cell='05/12/2026', note='Học 3 buổi tối liên tiếp, 18h30-21h00'),
    special(code='GDNA-T7-2026', title='Tập huấn nghiệp vụ cho BCH CĐCS khối trường học (học thứ Bảy)', topic='NV',
            topic_cell='Nghiệp vụ công tác công đoàn', aud_cell='Ủy viên BCH CĐCS trường học', aud={'BCH'},
            org='Công đoàn ngành Giáo dục Nghệ An', okey='GD_NA', prov='Nghệ An', ward='phường Thành Vinh', typ='sector_gd',
            prov_cell='Nghệ An', venue='Trường THPT Huỳnh Thúc Kháng, phường Thành Vinh', fmt='tt', fmt_cell='',
            start=D(2026, 12, 12, 7, 30), start_cell='Thứ Bảy, 12/12/2026 07:30', end=dt.date(2026, 12, 19), end_cell='19/12/2026',
            days=2, days_cell='2', seats_cell='60', seats=60, status='open', status_cell='',
            deadline=D(2026, 12, 8, 23, 59), deadline_cell='08/12/2026', note='Học vào 2 ngày thứ Bảy 12/12 và 19/12'),
    special(code='HUE-CN-NC-01', title='Sinh hoạt chuyên đề nữ công cuối tuần: kỹ năng chăm lo nữ đoàn viên', topic='NC',
            topic_cell='Nữ công', aud_cell='Trưởng, phó ban nữ công CĐCS', aud={'NC'},
            org='Công đoàn phường Phú Xuân', okey='P_PHUXUAN', prov='Huế', ward='phường Phú Xuân', typ='ward',
            prov_cell='Thừa Thiên Huế', venue='Nhà văn hóa phường Phú Xuân (Đại Nội cũ), TP Huế', fmt='tt', fmt_cell='Tập trung',
            start=D(2026, 12, 6, 8, 0), start_cell='CN 06/12/2026', end=dt.date(2026, 12, 6), days=1, days_cell='1',
            seats_cell='50', seats=50, status='open', status_cell='Mở đăng ký', deadline=None),
    # deadline passed, class soon
    special(code='HTI-ATVSLD-GAP', title='Huấn luyện ATVSLĐ cho an toàn vệ sinh viên doanh nghiệp KKT Vũng Áng', topic='ATVSLD',
            topic_cell='ATVSLĐ', aud_cell='An toàn vệ sinh viên', aud={'DV', 'ATVSV'},
            org='Công đoàn Khu kinh tế tỉnh Hà Tĩnh', okey='KKT_HT', prov='Hà Tĩnh', ward=None, typ='kcn',
            prov_cell='Hà Tĩnh', venue='Nhà văn hóa công nhân KKT Vũng Áng, phường Hoành Sơn', fmt='tt', fmt_cell='Tập trung',
            start=D(2026, 11, 26, 8, 0), start_cell='26/11/2026', end=dt.date(2026, 11, 27), end_cell='27/11/2026', days=2,
            seats_cell='80', seats=80, status='open', status_cell='Mở đăng ký',
            deadline=D(2026, 11, 20, 23, 59), deadline_cell='20/11/2026'),
    # postponed, blank status
    special(code='HUE-PTDV-HOAN', title='Tập huấn kỹ năng phát triển đoàn viên trong doanh nghiệp ngoài nhà nước', topic='PTDV',
            topic_cell='Phát triển đoàn viên', aud_cell='Cán bộ CĐ cấp trên cơ sở', aud={'CTCS'},
            org='LĐLĐ thành phố Huế', okey='LDLD_HUE', prov='Huế', ward='phường Thuận Hóa', typ='prov',
            prov_cell='Huế', venue='Hội trường LĐLĐ thành phố, 30 Lê Lợi, phường Thuận Hóa', fmt='tt', fmt_cell='Tập trung',
            start=D(2026, 12, 15, 13, 30), start_cell='Chiều 15/12/2026', days=1, seats_cell='45', seats=45,
            status='postponed', status_cell='', new_start=D(2027, 1, 12, 13, 30),
            note='Lùi lịch đến 12/01/2027 do trùng Hội nghị BCH', deadline=D(2026, 12, 10, 23, 59), deadline_cell='10/12/2026'),
    # postponed without new date
    special(code='QNG-TB-SAU', title='Tập huấn công tác kiểm tra cho UBKT CĐCS khu vực miền núi', topic='KT',
            topic_cell='Kiểm tra', aud_cell='Ủy viên UBKT công đoàn cơ sở', aud={'UBKT'},
            org='LĐLĐ tỉnh Kon Tum', okey='LDLD_QNG', prov='Quảng Ngãi', area='Kon Tum', ward='phường Kon Tum', typ='prov',
            prov_cell='Kon Tum', venue='Hội trường Công đoàn khu vực Kon Tum, phường Kon Tum', fmt='tt', fmt_cell='Tập trung',
            start=D(2026, 12, 3, 8, 0), start_cell='03/12/2026', days=2, seats_cell='40', seats=40,
            status='postponed_nodate', status_cell='Tạm hoãn', note='Tạm hoãn, thời gian học sẽ thông báo sau'),
    # footnote marks, newline in title, excel serial with (*)
    special(code='DNG-ATVSLD-SAO', title='Tập huấn an toàn,\nvệ sinh lao động trong ngành xây dựng (*)', title_q='Tập huấn an toàn, vệ sinh lao động trong ngành xây dựng',
            topic='ATVSLD', topic_cell='An toàn, vệ sinh lao động', aud_cell='Đoàn viên, người lao động', aud={'DV'},
            org='LĐLĐ thành phố Đà Nẵng', okey='LDLD_DN', prov='Đà Nẵng', ward='phường Hải Châu', typ='prov',
            prov_cell='Đà Nẵng', venue='Hội trường LĐLĐ thành phố, phường Hải Châu', fmt='tt', fmt_cell='Tập trung',
            start=D(2027, 3, 16, 8, 0), start_cell='46462 (*)', days=2, days_cell='2', end=dt.date(2027, 3, 17),
            seats_cell='60 (*)', seats=60, status='open', status_cell='Mở đăng ký', note='(*) Phối hợp Sở Xây dựng'),
    # special zone
    special(code='LYSON-NV-2027', title='Bồi dưỡng nghiệp vụ công đoàn cho cán bộ CĐCS đặc khu Lý Sơn', topic='NV',
            topic_cell='Nghiệp vụ công tác công đoàn', aud_cell='Chủ tịch CĐCS; Ủy viên BCH', aud={'CT', 'BCH'},
            org='Công đoàn đặc khu Lý Sơn', okey='DK_LYSON', prov='Quảng Ngãi', ward='đặc khu Lý Sơn', typ='ward',
            prov_cell='Quảng Ngãi', venue='Hội trường Trung tâm chính trị đặc khu Lý Sơn', fmt='tt', fmt_cell='Tập trung',
            start=D(2027, 1, 7, 8, 0), start_cell='07/01/2027', end=dt.date(2027, 1, 8), end_cell='08/01/2027', days=2,
            seats_cell='35', seats=35, status='open', status_cell='Mở đăng ký', deadline=D(2026, 12, 30, 23, 59), deadline_cell='30/12/2026'),
    # national online
    special(code='DHCD-ONLINE-2026-12', title='Bồi dưỡng kiến thức về Luật Công đoàn 2024 cho cán bộ công đoàn cơ sở (trực tuyến toàn quốc)',
            topic='PL', topic_cell='Pháp luật lao động, tư vấn pháp luật', aud_cell='Chủ tịch CĐCS; Cán bộ công đoàn không chuyên trách',
            aud={'CT', 'KCT'}, org='Trường Đại học Công đoàn', okey='DHCD', prov='Hà Nội', ward=None, typ='nat',
            prov_cell='Hà Nội', venue='Trực tuyến (Zoom)', fmt='online', fmt_cell='Trực tuyến',
            start=D(2026, 12, 17, 14, 0), start_cell='14h00 ngày 17/12/2026', days=1, seats_cell='300 điểm cầu', seats=None,
            status='open', status_cell='Mở đăng ký', deadline=D(2026, 12, 14, 23, 59), deadline_cell='14/12/2026'),
    # starts tomorrow afternoon
    special(code='DONGHA-TC-2411', title='Trao đổi chuyên đề giải quyết tranh chấp lao động cá nhân', topic='TC',
            topic_cell='Tranh chấp lao động', aud_cell='Chủ tịch, P.Chủ tịch CĐCS', aud={'CT', 'PCT'},
            org='Công đoàn phường Đông Hà', okey='P_DONGHA', prov='Quảng Trị', ward='phường Đông Hà', typ='ward',
            prov_cell='Quảng Trị', venue='Hội trường UBND phường Đông Hà', fmt='tt', fmt_cell='',
            start=D(2026, 11, 24, 13, 30), start_cell='Chiều 24/11/2026', days=1, seats_cell='40', seats=40,
            status='open', status_cell='Mở đăng ký', deadline=D(2026, 11, 23, 23, 59), deadline_cell='23/11/2026'),
]

# batch rows for LĐLĐ Thanh Hóa (placed at the end of section I)
BATCH = [
    ('Đợt 1', special(code='THA-CTMOI-D1', title='Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS mới bầu', topic='NV',
        topic_cell='Nghiệp vụ CĐ', aud_cell='Chủ tịch CĐCS mới bầu', aud={'CT'}, org='LĐLĐ tỉnh Thanh Hóa', okey='LDLD_TH',
        prov='Thanh Hóa', ward='phường Hạc Thành', typ='prov', prov_cell='Thanh Hóa', venue='Hội trường LĐLĐ tỉnh, số 2 Hạc Thành, phường Hạc Thành',
        fmt='tt', fmt_cell='Tập trung', start=D(2026, 12, 9, 8, 0), start_cell='09-11/12/2026', end=dt.date(2026, 12, 11), days=3,
        days_cell='03', seats_cell='100 (2 lớp)', seats=100, status='open', status_cell='Mở đăng ký', batch=1,
        deadline=D(2026, 12, 2, 23, 59), deadline_cell='02/12/2026')),
    ('Đợt 2', special(code='THA-CTMOI-D2', title='Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS mới bầu', topic='NV',
        topic_cell='Nghiệp vụ CĐ', aud_cell='Chủ tịch CĐCS mới bầu', aud={'CT'}, org='LĐLĐ tỉnh Thanh Hóa', okey='LDLD_TH',
        prov='Thanh Hóa', ward='phường Bỉm Sơn', typ='prov', prov_cell='Thanh Hóa', venue='Trung tâm chính trị phường Bỉm Sơn (thị xã Bỉm Sơn cũ)',
        fmt='tt', fmt_cell='Tập trung', start=D(2027, 1, 13, 8, 0), start_cell='13/01/2027', end=dt.date(2027, 1, 15), end_cell='15/01/2027', days=3,
        days_cell='03', seats_cell='50/lớp', seats=50, status='open', status_cell='Mở đăng ký', batch=2,
        deadline=D(2027, 1, 6, 23, 59), deadline_cell='06/01/2027')),
    ('Đợt 3', special(code='THA-CTMOI-D3', title='Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS mới bầu', topic='NV',
        topic_cell='Nghiệp vụ CĐ', aud_cell='Chủ tịch CĐCS mới bầu', aud={'CT'}, org='LĐLĐ tỉnh Thanh Hóa', okey='LDLD_TH',
        prov='Thanh Hóa', ward=None, typ='prov', prov_cell='Thanh Hóa', venue='Khu vực phía Tây (miền núi), địa điểm sẽ thông báo',
        fmt='tt', fmt_cell='Tập trung', start=D(2027, 3, 1, 8, 0), start_cell='Tháng 3/2027', period=(D(2027, 3, 1), D(2027, 4, 1)),
        days=3, days_cell='03', seats_cell='50', seats=50, status='planned', status_cell='Dự kiến', batch=3)),
]

HEAD = ['STT', 'Mã lớp', 'Tên lớp học', 'Lĩnh vực', 'Đối tượng tham gia', 'Đơn vị chủ trì', 'Đơn vị phối hợp',
        'Tỉnh/Thành phố', 'Địa điểm tổ chức', 'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc', 'Hạn đăng ký', 'Số ngày',
        'Số lượng', 'Trạng thái', 'Ghi chú']
SECTIONS = [('Thanh Hóa', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA VÀ CÁC CÔNG ĐOÀN TRỰC THUỘC'),
            ('Nghệ An', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN VÀ CÁC CÔNG ĐOÀN TRỰC THUỘC'),
            ('Hà Tĩnh', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH VÀ CÁC CÔNG ĐOÀN TRỰC THUỘC'),
            ('Quảng Trị', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ (GỒM ĐỊA BÀN QUẢNG BÌNH CŨ)'),
            ('Huế', 'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HUẾ'),
            ('Đà Nẵng', 'LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ ĐÀ NẴNG (GỒM ĐỊA BÀN QUẢNG NAM CŨ)'),
            ('Quảng Ngãi', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI (GỒM ĐỊA BÀN KON TUM CŨ)'),
            ('TW', 'CÁC ĐƠN VỊ TRỰC THUỘC TỔNG LIÊN ĐOÀN VÀ CÔNG ĐOÀN NGÀNH TRUNG ƯƠNG')]
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']
ORG_PROV_SECTION = {}


def all_courses():
    cs = finalize(build())
    for c in SPECIALS:
        cs.append(c)
    return cs


def row(stt, c):
    title = c.title
    return [stt, c.code, title, c.topic_cell, c.aud_cell, c.org, c.partner or '', c.prov_cell, c.venue, c.fmt_cell,
            c.start_cell, c.end_cell or '', c.deadline_cell or '', c.days_cell or '', c.seats_cell, c.status_cell or '', c.note or '']


def main():
    cs = all_courses()
    from data import ORGS
    org_order = {o[0]: i for i, o in enumerate(ORGS)}
    rows = []
    W = len(HEAD)
    blank = [''] * W

    def line(*cells):
        r = list(cells) + [''] * (W - len(cells)); rows.append(r)
    line('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', '', '', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    line('BAN TỔ CHỨC', '', '', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc')
    line('Số: 215/KH-BTC')
    line()
    line('', '', 'KẾ HOẠCH')
    line('', '', 'Tổng hợp các lớp đào tạo, bồi dưỡng cán bộ công đoàn khu vực Bắc Trung Bộ và Duyên hải miền Trung')
    line('', '', '(Kèm theo Công văn số 215/KH-BTC; số liệu cập nhật đến ngày 20/11/2026)')
    line()
    rows.append(HEAD[:])
    rows.append(['(%d)' % (i + 1) for i in range(W)])
    n = 0
    for si, (prov, sname) in enumerate(SECTIONS):
        line(ROMAN[si], '', sname)
        if prov == 'TW':
            sec = [c for c in cs if c.typ.startswith('nat')]
        else:
            sec = [c for c in cs if not c.typ.startswith('nat') and
                   (c.prov == prov)]
        sec.sort(key=lambda c: (org_order.get(c.org, 99), c.start))
        for c in sec:
            n += 1
            rows.append(row(str(n), c))
        if prov == 'Thanh Hóa':
            for bname, c in BATCH:
                line('', '', bname)
                n += 1
                rows.append(row(str(n), c))
    line('', '', 'Tổng cộng', '', '', '', '', '', '', '', '', '', '', '', '', '', '%d lớp' % n)
    line()
    line('', '', 'Nơi nhận:', '', '', '', '', '', '', '', 'Hà Nội, ngày 10 tháng 11 năm 2026')
    line('', '', '- LĐLĐ các tỉnh, thành phố (để thực hiện);', '', '', '', '', '', '', '', 'TM. BAN THƯỜNG VỤ')
    line('', '', '- Các CĐ ngành TW, đơn vị trực thuộc;', '', '', '', '', '', '', '', 'KT. CHỦ TỊCH')
    line('', '', '- Lưu: VT, BTC.', '', '', '', '', '', '', '', 'PHÓ CHỦ TỊCH')
    line('', '', '', '', '', '', '', '', '', '', '(đã ký)')
    line('', '', '', '', '', '', '', '', '', '', 'Nguyễn Văn Hùng')
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    w.writerows(rows)
    with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        f.write(buf.getvalue())
    allc = cs + [b for _, b in BATCH]
    for c in allc:
        if c.batch:
            c.title_q = '%s (đợt %d)' % (c.title, c.batch)
        c.title_q = c.title_q or c.title
        c.eff = effective_start(c) if c.status != 'postponed_nodate' else None
    codes = [c.code for c in allc]
    assert len(codes) == len(set(codes)), 'dup codes'
    with open(os.path.join(os.path.dirname(__file__), 'courses.pkl'), 'wb') as f:
        pickle.dump([dict(c) for c in allc], f)
    print('courses', len(allc))
    targets()


TARGETS = [
    # unit, code prefix, content, audience, (2026 target, done, unit), (2025 target, done)
    ('LĐLĐ tỉnh Thanh Hóa', 'TH', 'Bồi dưỡng, tập huấn cán bộ công đoàn cơ sở', 'Chủ tịch CĐCS', 'học viên', '4.200', '3.615', '4.000', '4.126', 'Vượt kế hoạch'),
    ('LĐLĐ tỉnh Nghệ An', 'NA', 'Bồi dưỡng nghiệp vụ cán bộ công đoàn cơ sở', '', 'học viên', '5.000', '4.380', '4.800', '4.512', 'Đạt 94%'),
    ('LĐLĐ tỉnh Hà Tĩnh', 'HT', 'Tập huấn cán bộ công đoàn các cấp', '', 'lượt người', '2.600', '2.210', '2.500', '2.640', ''),
    ('LĐLĐ tỉnh Quảng Trị', 'QT', 'Đào tạo, bồi dưỡng cán bộ công đoàn (gồm địa bàn Quảng Bình cũ)', '', 'học viên', '3.800', '2.950', '3.500', '3.505', 'Năm 2025 tính cả LĐLĐ Quảng Bình cũ'),
    ('LĐLĐ thành phố Huế', 'HUE', 'Bồi dưỡng cán bộ công đoàn cơ sở', 'Ủy viên BCH công đoàn', 'học viên', '2.400', '2.415', '2.300', '2.198', 'Năm 2026 đã vượt'),
    ('LĐLĐ thành phố Đà Nẵng', 'DN', 'Tập huấn cán bộ công đoàn (gồm Quảng Nam cũ)', '', 'học viên', '6.500', '5.870', '6.000', '6.210', ''),
    ('LĐLĐ tỉnh Quảng Ngãi', 'QNG', 'Bồi dưỡng nghiệp vụ công tác công đoàn', '', 'học viên', '3.200', '2.760', '3.000', '2.895', 'Gồm địa bàn Kon Tum cũ'),
    ('Công đoàn KKT Nghi Sơn và các KCN tỉnh Thanh Hóa', 'NGHISON', 'Tập huấn đối thoại, thương lượng tập thể', 'Chủ tịch CĐCS', 'người', '350', '298', '300', '312', ''),
    ('Công đoàn KKT Đông Nam Nghệ An', 'KKTDN', 'Tập huấn ATVSLĐ cho an toàn vệ sinh viên', '', 'người', '600', '455', '500', '530', ''),
    ('Công đoàn ngành Giáo dục Nghệ An', 'GDNA', 'Bồi dưỡng cán bộ CĐCS trường học', '', 'học viên', '1.500', '1.320', '1.400', '1.388', ''),
    ('Công đoàn các KCN Đà Nẵng', 'KCNDN', 'Bồi dưỡng cán bộ CĐCS doanh nghiệp', '', 'người', '900', '640', '850', '870', ''),
    ('Công đoàn KKT Dung Quất và các KCN Quảng Ngãi', 'DUNGQUAT', 'Tập huấn phát triển đoàn viên, thành lập CĐCS', '', 'người', '420', '377', '400', '385', ''),
    ('Công đoàn phường Trường Vinh', 'TRVINH', 'Tập huấn nghiệp vụ cho chủ tịch CĐCS trên địa bàn', 'Chủ tịch CĐCS', 'người', '120', '96', '110', '118', ''),
    ('Công đoàn phường Hải Châu', 'HAICHAU', 'Bồi dưỡng cán bộ CĐCS khu vực ngoài nhà nước', '', 'người', '150', '162', '140', '133', ''),
    ('Công đoàn phường Đồng Hới', 'DONGHOI', 'Tập huấn nghiệp vụ công đoàn cơ sở', '', 'người', '90', '71', '80', '84', ''),
    ('Công đoàn phường Thuận Hóa', 'THUANHOA', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', 'người', '100', '58', '95', '97', ''),
    ('Công đoàn ngành Y tế Thanh Hóa', 'YTTH', 'Tập huấn công tác nữ công', 'Trưởng, phó ban nữ công', 'người', '260', '244', '250', '251', ''),
    ('CĐCS Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh', 'FHS', 'Huấn luyện ATVSLĐ cho đoàn viên', 'Đoàn viên, người lao động', 'lượt người', '2.000', '1.785', '1.800', '1.920', ''),
    ('LĐLĐ tỉnh Quảng Ngãi', 'QNG2', 'Tỷ lệ cán bộ CĐ chuyên trách được bồi dưỡng nghiệp vụ', 'Cán bộ công đoàn chuyên trách', '%', '100', '87,5', '100', '96,3', 'Chỉ tiêu theo tỷ lệ'),
]


def targets():
    rows = [['BẢNG CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2025 VÀ NĂM 2026'],
            ['(Số liệu do các đơn vị báo cáo; năm 2026 tính đến 31/10/2026)'], [],
            ['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']]
    recs = []
    for (u, p, ct, aud, dvt, t26, d26, t25, d25, note) in TARGETS:
        n25, n26 = (note, '') if note in ('Vượt kế hoạch', 'Đạt 94%') else ('', note)
        rows.append(['CT-%s-2025' % p, u, '2025', ct, aud, t25, dvt, d25, '31/12/2025', n25])
        rows.append(['CT-%s-2026' % p, u, '2026', ct, aud, t26, dvt, d26, '31/10/2026', n26])
        recs.append(dict(unit=u, p=p, content=ct, t26=t26, d26=d26, t25=t25, d25=d25, dvt=dvt))
    with open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        csv.writer(f, lineterminator='\r\n').writerows(rows)
    with open(os.path.join(os.path.dirname(__file__), 'targets.pkl'), 'wb') as f:
        pickle.dump(recs, f)
    print('targets', len(rows) - 4)


if __name__ == '__main__':
    main()
