"""Set 17 plan data: builds courses.csv and targets.csv (deterministic)."""
import csv, io, os, random
from datetime import datetime, timedelta

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
R = random.Random(1717)

# topic key -> (cell values used by offices, title variants per audience)
TOPIC_CELL = {
    'nghiepvu': ['Nghiệp vụ công tác công đoàn'], 'tlld': ['Đối thoại, thương lượng tập thể', 'Thương lượng tập thể'],
    'atvsld': ['An toàn, vệ sinh lao động', 'ATVSLĐ'], 'phapluat': ['Pháp luật lao động, tư vấn pháp luật'],
    'tranhchap': ['Giải quyết tranh chấp lao động'], 'nucong': ['Công tác nữ công, bình đẳng giới'],
    'taichinh': ['Tài chính công đoàn'], 'kiemtra': ['Công tác kiểm tra công đoàn'],
    'tuyengiao': ['Tuyên truyền, tuyên giáo'], 'ptdv': ['Phát triển đoàn viên, thành lập CĐCS'],
    'cds': ['Tin học, chuyển đổi số'], 'giangday': ['Kỹ năng giảng dạy cho giảng viên'],
    'vanthu': ['Văn thư, lưu trữ'], 'llct': ['Quản lý nhà nước, lý luận chính trị'],
}
# (title, audience cell)
TITLES = {
    'nghiepvu': [('Bồi dưỡng nghiệp vụ công tác công đoàn cho chủ tịch, phó chủ tịch CĐCS', 'Chủ tịch và P.Chủ tịch CĐCS'),
                 ('Tập huấn nghiệp vụ cho ủy viên BCH công đoàn cơ sở', 'Ủy viên BCH công đoàn'),
                 ('Bồi dưỡng kỹ năng hoạt động cho tổ trưởng, tổ phó công đoàn', 'Tổ trưởng công đoàn; Tổ phó công đoàn')],
    'tlld': [('Tập huấn kỹ năng đối thoại, thương lượng tập thể', 'Chủ tịch CĐCS; Phó chủ tịch CĐCS'),
             ('Kỹ năng tổ chức đối thoại tại nơi làm việc và hội nghị người lao động', 'Chủ tịch CĐCS + Ủy viên BCH công đoàn')],
    'atvsld': [('Huấn luyện an toàn, vệ sinh lao động cho cán bộ công đoàn', 'Chủ tịch CĐCS; Ủy viên BCH công đoàn'),
               ('Tập huấn ATVSLĐ cho mạng lưới an toàn vệ sinh viên', 'An toàn vệ sinh viên; Tổ trưởng công đoàn')],
    'phapluat': [('Tập huấn pháp luật lao động và Luật Công đoàn năm 2024', 'Chủ tịch CĐCS; Ủy viên BCH công đoàn'),
                 ('Kỹ năng tư vấn pháp luật cho đoàn viên, người lao động', 'Cán bộ công đoàn không chuyên trách')],
    'tranhchap': [('Kỹ năng giải quyết tranh chấp lao động và ngừng việc tập thể', 'Chủ tịch CĐCS; Cán bộ công đoàn cấp trên cơ sở')],
    'nucong': [('Tập huấn công tác nữ công, bình đẳng giới', 'Phó chủ tịch CĐCS; Ủy viên ban nữ công'),
               ('Kỹ năng chăm lo lao động nữ và phòng chống quấy rối tình dục tại nơi làm việc', 'Ủy viên ban nữ công; Phó chủ tịch CĐCS')],
    'taichinh': [('Tập huấn công tác tài chính công đoàn cơ sở', 'Chủ tịch CĐCS; Kế toán, thủ quỹ công đoàn')],
    'kiemtra': [('Nghiệp vụ công tác kiểm tra cho ủy viên ủy ban kiểm tra CĐCS', 'Ủy viên ủy ban kiểm tra')],
    'tuyengiao': [('Kỹ năng tuyên truyền trên mạng xã hội cho cán bộ công đoàn', 'Ủy viên BCH công đoàn / Cán bộ công đoàn không chuyên trách')],
    'ptdv': [('Kỹ năng vận động phát triển đoàn viên, thành lập CĐCS ở doanh nghiệp ngoài nhà nước', 'Cán bộ công đoàn cấp trên cơ sở')],
    'cds': [('Ứng dụng phần mềm quản lý đoàn viên và chuyển đổi số trong hoạt động công đoàn', 'Chủ tịch CĐCS; Ủy viên BCH công đoàn')],
    'giangday': [('Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức', 'Giảng viên kiêm chức')],
    'vanthu': [('Tập huấn công tác văn thư, lưu trữ trong công đoàn', 'Cán bộ công đoàn chuyên trách; Văn thư công đoàn')],
    'llct': [('Bồi dưỡng lý luận chính trị và kiến thức quản lý nhà nước', 'Cán bộ công đoàn chuyên trách')],
}

# ------------------------------------------------------------------------------------ provinces
# name -> province cell variants, main organiser variants, extra organisers [(org, venue index)], venues
PROV = {
 'Hồ Chí Minh': dict(cell=['TP HCM', 'TP Hồ Chí Minh', 'Hồ Chí Minh'], code='HCM',
    main=['LĐLĐ TP Hồ Chí Minh', 'Liên đoàn Lao động TP.HCM'],
    venues=['Cung Văn hóa Lao động TP.HCM, 55B Nguyễn Thị Minh Khai, phường Bến Thành',
            'Hội trường LĐLĐ TP.HCM, phường Xuân Hòa',
            'Nhà văn hóa Lao động phường Thủ Dầu Một (Bình Dương cũ)',
            'Trung tâm Văn hóa Lao động phường Dĩ An',
            'Hội trường LĐLĐ khu vực Bà Rịa - Vũng Tàu, phường Bà Rịa',
            'Nhà văn hóa Lao động phường Vũng Tàu',
            'Hội trường UBND phường Gò Vấp'],
    extra=[('Công đoàn phường Thủ Dầu Một', 2), ('Công đoàn phường Dĩ An', 3), ('Công đoàn phường Vũng Tàu', 5),
           ('Công đoàn phường Gò Vấp', 6), ('Công đoàn ngành Giáo dục TP.HCM', 1)]),
 'Đồng Nai': dict(cell=['Đồng Nai'], code='DNA', main=['LĐLĐ tỉnh Đồng Nai'],
    venues=['Hội trường LĐLĐ tỉnh Đồng Nai, phường Trấn Biên',
            'Nhà văn hóa công nhân KCN Amata, phường Long Bình',
            'Trung tâm Văn hóa công nhân KCN Nhơn Trạch, xã Nhơn Trạch',
            'Hội trường LĐLĐ khu vực Bình Phước, phường Đồng Xoài',
            'Nhà văn hóa Công đoàn KCN Minh Hưng (Chơn Thành)'],
    extra=[('Công đoàn các KCN Đồng Nai', 1), ('CĐCS Công ty TNHH Giày Đồng Phát', 2), ('Công đoàn phường Đồng Xoài', 3)]),
 'Tây Ninh': dict(cell=['Tây Ninh'], code='TNI', main=['LĐLĐ tỉnh Tây Ninh'],
    venues=['Hội trường LĐLĐ tỉnh Tây Ninh (Tân An, Long An cũ)',
            'Nhà văn hóa công nhân KCN Trảng Bàng, phường Trảng Bàng',
            'Hội trường Công đoàn KCN Đức Hòa 1 (Đức Hòa)',
            'Nhà văn hóa Lao động phường Tân Ninh',
            'Trung tâm hội nghị KCN Long Hậu (Cần Giuộc)'],
    extra=[('Công đoàn các KCN tỉnh Tây Ninh', 1), ('CĐCS Công ty TNHH May mặc Tân Đức', 2)]),
 'Đồng Tháp': dict(cell=['Đồng Tháp'], code='DTH', main=['LĐLĐ tỉnh Đồng Tháp'],
    venues=['Hội trường LĐLĐ tỉnh Đồng Tháp, phường Mỹ Tho',
            'Nhà văn hóa Lao động phường Cao Lãnh',
            'Hội trường KCN Sa Đéc, phường Sa Đéc',
            'Nhà văn hóa công nhân KCN Long Giang (Tân Phước)',
            'Trung tâm Văn hóa phường Gò Công'],
    extra=[('CĐCS Công ty CP Thủy sản Sa Đéc Xanh', 2), ('Công đoàn phường Cao Lãnh', 1)]),
 'Vĩnh Long': dict(cell=['Vĩnh Long'], code='VLG', main=['LĐLĐ tỉnh Vĩnh Long'],
    venues=['Hội trường LĐLĐ tỉnh Vĩnh Long, phường Thanh Đức',
            'Nhà văn hóa Lao động khu vực Bến Tre, phường An Hội',
            'Hội trường KCN Giao Long (Châu Thành, Bến Tre cũ)',
            'Nhà văn hóa Lao động khu vực Trà Vinh, phường Nguyệt Hóa',
            'Hội trường KCN Hòa Phú, xã Long Hồ'],
    extra=[('CĐCS Công ty TNHH May Tân Hòa', 2), ('Công đoàn Trường Đại học Trà Vinh', 3)]),
 'Cần Thơ': dict(cell=['TP Cần Thơ', 'Cần Thơ'], code='CTH', main=['LĐLĐ TP Cần Thơ', 'Liên đoàn Lao động thành phố Cần Thơ'],
    venues=['Hội trường LĐLĐ TP Cần Thơ, phường Ninh Kiều',
            'Nhà văn hóa Lao động KCN Trà Nóc, phường Bình Thủy',
            'Hội trường KCN Hưng Phú, phường Cái Răng',
            'Nhà văn hóa Lao động khu vực Sóc Trăng, phường Phú Lợi',
            'Hội trường LĐLĐ khu vực Hậu Giang, phường Vị Thanh',
            'Bệnh viện Đa khoa Trung ương Cần Thơ, phường Cái Răng',
            'Hội trường KCN An Nghiệp (Sóc Trăng cũ)'],
    extra=[('CĐCS Công ty TNHH Thủy sản Tân Long', 1), ('Công đoàn Bệnh viện Đa khoa Trung ương Cần Thơ', 5),
           ('Công đoàn các KCN TP Cần Thơ', 2)]),
 'An Giang': dict(cell=['An Giang'], code='AGG', main=['LĐLĐ tỉnh An Giang'],
    venues=['Hội trường LĐLĐ tỉnh An Giang, phường Rạch Giá',
            'Nhà văn hóa Lao động phường Long Xuyên',
            'Hội trường KCN Bình Hòa (Châu Thành)',
            'Trung tâm hội nghị đặc khu Phú Quốc',
            'Nhà văn hóa Lao động phường Châu Đốc'],
    extra=[('CĐCS Công ty CP Thủy sản Bình Long', 2), ('Công đoàn đặc khu Phú Quốc', 3)]),
 'Cà Mau': dict(cell=['Cà Mau'], code='CMA', main=['LĐLĐ tỉnh Cà Mau'],
    venues=['Hội trường LĐLĐ tỉnh Cà Mau, phường An Xuyên',
            'Nhà văn hóa Lao động KCN Khánh An',
            'Nhà văn hóa Lao động phường Bạc Liêu',
            'Hội trường KCN Trà Kha (Bạc Liêu cũ)',
            'Hội trường UBND xã Năm Căn'],
    extra=[('CĐCS Công ty CP Thủy sản Năm Căn', 4), ('Công đoàn phường Bạc Liêu', 2)]),
 'Lâm Đồng': dict(cell=['Lâm Đồng'], code='LDO', main=['LĐLĐ tỉnh Lâm Đồng'],
    venues=['Hội trường LĐLĐ tỉnh Lâm Đồng, phường Xuân Hương - Đà Lạt',
            'Nhà văn hóa Lao động phường Bảo Lộc',
            'Hội trường LĐLĐ khu vực Bình Thuận, phường Phan Thiết',
            'Hội trường LĐLĐ khu vực Đắk Nông, phường Gia Nghĩa'],
    extra=[('Công đoàn ngành Giáo dục tỉnh Lâm Đồng', 0)]),
 'Khánh Hòa': dict(cell=['Khánh Hoà', 'Khánh Hòa'], code='KHA', main=['LĐLĐ tỉnh Khánh Hòa'],
    venues=['Hội trường LĐLĐ tỉnh Khánh Hòa, phường Nha Trang',
            'Nhà văn hóa công nhân KCN Suối Dầu',
            'Hội trường LĐLĐ khu vực Ninh Thuận, phường Phan Rang',
            'Nhà văn hóa Lao động phường Cam Ranh'],
    extra=[('CĐCS Công ty TNHH Yến sào Nha Trang Xanh', 1)]),
 'Đắk Lắk': dict(cell=['Đắk Lắk'], code='DLK', main=['LĐLĐ tỉnh Đắk Lắk'],
    venues=['Hội trường LĐLĐ tỉnh Đắk Lắk, phường Buôn Ma Thuột',
            'Hội trường LĐLĐ khu vực Phú Yên, phường Tuy Hòa',
            'Nhà văn hóa Lao động KCN Hòa Phú (Buôn Ma Thuột)',
            'Nhà văn hóa Lao động phường Buôn Hồ'],
    extra=[('Công đoàn ngành Y tế tỉnh Đắk Lắk', 0)]),
 'Gia Lai': dict(cell=['Gia Lai'], code='GLA', main=['LĐLĐ tỉnh Gia Lai'],
    venues=['Hội trường LĐLĐ tỉnh Gia Lai, phường Quy Nhơn',
            'Hội trường LĐLĐ khu vực Pleiku, phường Pleiku',
            'Nhà văn hóa công nhân KCN Phú Tài',
            'Trung tâm hội nghị KKT Nhơn Hội'],
    extra=[('Công đoàn KKT và các KCN tỉnh Gia Lai', 2)]),
 'Quảng Ngãi': dict(cell=['Quảng Ngãi'], code='QNG', main=['LĐLĐ tỉnh Quảng Ngãi'],
    venues=['Hội trường LĐLĐ tỉnh Quảng Ngãi, phường Cẩm Thành',
            'Nhà văn hóa công nhân KKT Dung Quất',
            'Hội trường LĐLĐ khu vực Kon Tum, phường Kon Tum',
            'Hội trường KCN VSIP Quảng Ngãi'],
    extra=[('Công đoàn KKT Dung Quất và các KCN Quảng Ngãi', 1)]),
 'Đà Nẵng': dict(cell=['TP Đà Nẵng', 'Đà Nẵng'], code='DNG', main=['LĐLĐ TP Đà Nẵng'],
    venues=['Hội trường LĐLĐ TP Đà Nẵng, phường Hải Châu',
            'Nhà văn hóa công nhân KCN Hòa Khánh, phường Liên Chiểu',
            'Hội trường LĐLĐ khu vực Quảng Nam, phường Tam Kỳ',
            'Nhà văn hóa công nhân KCN Điện Nam - Điện Ngọc',
            'Trung tâm hội nghị phường Hội An'],
    extra=[('Công đoàn các KCN TP Đà Nẵng', 1), ('Công đoàn Bệnh viện Đà Nẵng', 0)]),
 'Huế': dict(cell=['TP Huế', 'Huế'], code='HUE', main=['LĐLĐ TP Huế'],
    venues=['Hội trường LĐLĐ TP Huế, phường Thuận Hóa',
            'Nhà văn hóa công nhân KCN Phú Bài, phường Phú Bài',
            'Hội trường Bệnh viện Trung ương Huế',
            'Trường Đại học Sư phạm Huế, phường Thuận Hóa'],
    extra=[('Công đoàn Bệnh viện Trung ương Huế', 2), ('Công đoàn Đại học Huế', 3)]),
}
TOPIC_CODE = {'nghiepvu': 'NV', 'tlld': 'TLTT', 'atvsld': 'ATVSLD', 'phapluat': 'PL', 'tranhchap': 'TCLD',
              'nucong': 'NC', 'taichinh': 'TC', 'kiemtra': 'KT', 'tuyengiao': 'TG', 'ptdv': 'PTDV',
              'cds': 'CDS', 'giangday': 'GV', 'vanthu': 'VT', 'llct': 'LLCT'}

# ------------------------------------------------------------------------------------ date cells
def fmt_day(d, with_time=None):
    return f'{d.day:02d}/{d.month:02d}/{d.year}'

def start_cells(st, days, style):
    """-> (start cell, end cell, days cell)"""
    end = st + timedelta(days=days - 1)
    hhmm = f'{st.hour:02d}:{st.minute:02d}'
    if style == 'range' and days > 1 and end.month == st.month:
        return f'{st.day}-{end.day}/{st.month}/{st.year}', '', ''
    if style == 'range2' and days > 1 and end.month == st.month:
        return f'{st.day:02d}-{end.day:02d}/{st.month}/{st.year} ({days} ngày)', '', ''
    if style == 'tu' and days > 1 and end.year == st.year:
        return f'Từ {st.day:02d}/{st.month:02d} đến {end.day:02d}/{end.month:02d}/{st.year}', '', ''
    if style == 'h':
        return f'{st.hour}h{st.minute:02d} ngày {st.day}/{st.month}/{st.year}', (fmt_day(end) if days > 1 else ''), (f'{days:02d} ngày' if days > 1 else '')
    if style == 'iso' and st.hour == 8 and st.minute == 0:
        return st.strftime('%Y-%m-%d'), (end.strftime('%Y-%m-%d') if days > 1 else ''), str(days)
    if style == 'days':
        return f'{fmt_day(st)} {hhmm}', '', f'{days} ngày'
    return f'{fmt_day(st)} {hhmm}', (f'{fmt_day(end)} 16:30' if days > 1 else f'{fmt_day(end)} 17:00'), ''

PERIODS = [('Tháng 12/2026', 'Dự kiến'), ('cuối tháng 11/2026', 'Dự kiến'), ('Quý I/2027', 'Dự kiến'),
           ('T2/2027', 'Dự kiến'), ('Tháng 3/2027', 'Dự kiến'), ('Quý 2/2027', 'Dự kiến'),
           ('tháng 4 năm 2027', 'Dự kiến'), ('Tháng 3-4/2027', 'Dự kiến'), ('6 tháng đầu năm 2027', 'Dự kiến'),
           ('Q2/2027', 'Dự kiến'), ('Tháng 1/2027', 'Dự kiến'), ('Năm 2027', 'Dự kiến')]

SEATS = ['60', '50 người', 'khoảng 40 học viên', '80', '100', '45', '70 người', '120', '35']
REMIND = ['', '', '', '', '3 ngày; 2 giờ', '1 ngày lúc 07:00', 'không', '7 ngày; 1 ngày lúc 07:00; 2 giờ']
NOTES_UP = ['', '', '', 'Mang theo CCCD.', 'Không thu học phí; học viên tự túc đi lại.',
            'Đơn vị cử học viên gửi danh sách qua Ban Tổ chức.', 'Học viên được cấp giấy chứng nhận.',
            'Hỗ trợ tiền ăn trưa cho học viên.']

def rand_weekday(a, b, weekend=False):
    while True:
        d = a + timedelta(days=R.randrange((b - a).days + 1))
        if (d.weekday() >= 5) == weekend:
            return d

ROWS = []          # dicts with the CSV cells
SECTIONS = []      # (index in ROWS, section title)

def add(code, title, topic_cell, aud, org, partner, prov_cell, venue, fmt, start, end, dl, days, seats,
        status, note, remind=''):
    ROWS.append({'code': code, 'title': title, 'topic': topic_cell, 'aud': aud, 'org': org, 'partner': partner,
                 'prov': prov_cell, 'venue': venue, 'fmt': fmt, 'start': start, 'end': end, 'dl': dl,
                 'days': days, 'seats': seats, 'status': status, 'note': note, 'remind': remind})

USED_STARTS = set()

def concrete(code, title, tkey, aud, org, prov_cell, venue, st, days, status='', note='', fmt='',
             dl_days=None, partner='', style=None, seats=None):
    pk = CELL2P.get(prov_cell, prov_cell)
    key = (pk, st.date())
    while key in USED_STARTS:
        st = st + timedelta(days=1)
        if st.weekday() >= 5:
            st += timedelta(days=2)
        key = (pk, st.date())
    USED_STARTS.add(key)
    style = style or R.choice(['plain', 'plain', 'range', 'range2', 'tu', 'h', 'iso', 'days'])
    s, e, dcell = start_cells(st, days, style)
    if dl_days is None:
        dl_days = R.choice([None, 3, 5, 7, 7, 10])
    dl = ''
    if dl_days:
        dd = st - timedelta(days=dl_days)
        dl = R.choice([fmt_day(dd), fmt_day(dd), f'{fmt_day(dd)} 17:00', dd.strftime('%Y-%m-%d')])
    add(code, title, R.choice(TOPIC_CELL[tkey]) if tkey in TOPIC_CELL else tkey, aud, org, partner, prov_cell,
        venue, fmt, s, e, dl, dcell, seats or R.choice(SEATS), status, note, R.choice(REMIND))
    return st

def build_province(pname, cfg, n_counter):
    pc = cfg['code']
    SECTIONS.append((len(ROWS), cfg['main'][0].upper().replace('LĐLĐ', 'LIÊN ĐOÀN LAO ĐỘNG')))
    seq = [0]
    def code(tk, yr):
        seq[0] += 1
        sep = R.choice(['-', '-', '-', '.', '_'])
        return f'{pc}{sep}{TOPIC_CODE.get(tk, "KH")}{sep}{yr % 100}{seq[0]:02d}'
    def who(vi=None):
        # organiser, venue
        if cfg['extra'] and R.random() < 0.35:
            org, v = R.choice(cfg['extra'])
            return org, cfg['venues'][v]
        return R.choice(cfg['main']), cfg['venues'][vi if vi is not None else R.randrange(len(cfg['venues']))]
    pcell = lambda: R.choice(cfg['cell'])
    # upcoming concrete
    up_topics = ['taichinh', 'atvsld', 'tlld', 'nucong', 'kiemtra', 'nghiepvu', 'phapluat', 'tranhchap', 'ptdv',
                 'tuyengiao']
    R.shuffle(up_topics)
    up_topics.append(R.choice(['atvsld', 'nghiepvu', 'tlld', 'nucong']))
    win_a, win_b = datetime(2026, 11, 25), datetime(2027, 6, 25)
    starts = sorted(rand_weekday(win_a, win_b) for _ in up_topics)
    seen_tk = {}
    for i, (tk, d) in enumerate(zip(up_topics, starts)):
        seen_tk[tk] = seen_tk.get(tk, 0) + 1
        variants = TITLES[tk]
        title, aud = variants[(seen_tk[tk] - 1) % len(variants)] if seen_tk[tk] > 1 else R.choice(variants)
        if seen_tk[tk] > 1 and variants[0][0] == title:
            title = title + ' (đợt 2)'
        org, venue = who()
        h = R.choice([(8, 0), (8, 0), (7, 30), (13, 30), (8, 30)])
        st = d.replace(hour=h[0], minute=h[1])
        days = R.choice([1, 1, 2, 2, 3])
        status = R.choice(['Mở đăng ký', 'Mở đăng ký', '', 'Mở đăng ký'])
        fmt = R.choice(['', 'Tập trung (trực tiếp)', 'Tập trung (trực tiếp)', 'Tập trung'])
        note = R.choice(NOTES_UP)
        if i == 3:
            status = 'Dự kiến'
            note = 'Lịch cụ thể sẽ thông báo sau; chưa nhận đăng ký.'
        if i == 5 and R.random() < 0.5:
            fmt = 'Kết hợp (trực tiếp và trực tuyến)'
            note = 'Học viên ở xa có thể học trực tuyến qua Zoom.'
        concrete(code(tk, st.year), title, tk, aud, org, pcell(), venue, st, days, status, note, fmt)
    # postponed class (still upcoming, new date)
    tk = R.choice(['phapluat', 'nghiepvu', 'atvsld', 'tuyengiao'])
    old = rand_weekday(datetime(2026, 11, 16), datetime(2026, 11, 27))
    new = rand_weekday(datetime(2026, 12, 7), datetime(2026, 12, 18)).replace(hour=8)
    title, aud = TITLES[tk][0]
    org, venue = who()
    concrete(code(tk, 2026), title + ' (lùi lịch)', tk, aud, org, pcell(), venue, new, 2, 'Mở đăng ký',
             f'Lùi lịch từ ngày {fmt_day(old)} sang ngày {fmt_day(new)} do trùng lịch sản xuất cuối năm.',
             style='plain', dl_days=4)
    # cancelled upcoming
    tk = R.choice(['cds', 'tuyengiao', 'vanthu', 'phapluat'])
    title, aud = TITLES[tk][0]
    d = rand_weekday(datetime(2026, 11, 26), datetime(2027, 1, 20)).replace(hour=8)
    org, venue = who()
    concrete(code(tk, d.year), title, tk, aud, org, pcell(), venue, d, 1, 'Đã hủy',
             R.choice(['Hủy do không đủ số lượng học viên đăng ký.', 'Hủy, nội dung ghép vào lớp quý I/2027.',
                       'Đã hủy theo chỉ đạo của Thường trực LĐLĐ.']), style='plain', dl_days=5)
    # past classes
    for j in range(4):
        tk = R.choice(list(TITLES))
        title, aud = R.choice(TITLES[tk])
        d = rand_weekday(datetime(2026, 3, 2), datetime(2026, 11, 13)).replace(hour=8)
        org, venue = who()
        status = ['Đã kết thúc', 'Đã kết thúc', 'Mở đăng ký', ''][j]
        concrete(code(tk, 2026), title, tk, aud, org, pcell(), venue, d, R.choice([1, 2, 3]), status,
                 R.choice(['', 'Đã tổ chức xong.', '']), dl_days=R.choice([None, 5]))
    # period-dated (planned) classes
    for tk, (pcellv, st) in zip(R.sample(['cds', 'vanthu', 'llct', 'giangday', 'nghiepvu', 'ptdv', 'atvsld'], 3),
                                R.sample(PERIODS, 3)):
        title, aud = R.choice(TITLES[tk])
        org, venue = who()
        yr = 2027 if '2027' in pcellv else 2026
        add(code(tk, yr), title, TOPIC_CELL[tk][0], aud, org, '', pcell(), venue, '', pcellv, '', '',
            R.choice(['02 ngày', '3', '']), R.choice(SEATS), st, 'Thời gian cụ thể sẽ thông báo sau.', '')


CELL2P = {c: p for p, cfg in PROV.items() for c in cfg['cell']}
CELL2P['Hà Nội'] = 'Hà Nội'

def build_all():
    special()
    national()
    n = [0]
    for pname, cfg in PROV.items():
        build_province(pname, cfg, n)


# -------------------------------------------------------------------------------- hand-written rows
def special():
    """HEPZA union, big company unions, ward unions and edge cases in HCM and the delta."""
    HE = 'Công đoàn các Khu chế xuất và công nghiệp TP.HCM'
    SECTIONS.append((len(ROWS), 'CÔNG ĐOÀN CÁC KHU CHẾ XUẤT VÀ CÔNG NGHIỆP TP.HCM (HEPZA)'))
    V_TT = 'Nhà văn hóa Công đoàn KCX Tân Thuận, phường Tân Thuận'
    V_LT = 'Hội trường Công đoàn KCX Linh Trung, phường Linh Xuân'
    V_TTAO = 'Nhà văn hóa Lao động KCN Tân Tạo, phường Tân Tạo (quận Bình Tân cũ)'
    V_HP = 'Hội trường KCN Hiệp Phước, xã Hiệp Phước'
    V_VL = 'Nhà văn hóa công nhân KCN Vĩnh Lộc, phường Bình Hưng Hòa'
    rows = [
        ('HEPZA-TLTT-2026-01', 'Tập huấn kỹ năng thương lượng tập thể về tiền lương (đợt 1)', 'tlld',
         'Chủ tịch CĐCS; Phó chủ tịch CĐCS', V_TT, datetime(2026, 12, 3, 8, 0), 2, 'Mở đăng ký', '', 5),
        ('HEPZA-TLTT-2027-02', 'Tập huấn kỹ năng thương lượng tập thể về tiền lương (đợt 2)', 'tlld',
         'Chủ tịch CĐCS; Phó chủ tịch CĐCS', V_LT, datetime(2027, 3, 10, 8, 0), 2, 'Mở đăng ký', '', 7),
        ('HEPZA-ATVSLD-2026-03', 'Huấn luyện ATVSLĐ cho an toàn vệ sinh viên doanh nghiệp KCX', 'atvsld',
         'An toàn vệ sinh viên + Tổ trưởng công đoàn', V_LT, datetime(2026, 12, 5, 18, 0), 1, 'Mở đăng ký',
         'Học buổi tối 18h00–21h00 để công nhân làm ca tham gia được.', 3),
        ('HEPZA-ATVSLD-2026-04', 'Huấn luyện ATVSLĐ cho cán bộ công đoàn doanh nghiệp KCN', 'atvsld',
         'Chủ tịch CĐCS; Ủy viên BCH công đoàn', V_TTAO, datetime(2026, 11, 23, 7, 30), 2, 'Mở đăng ký',
         'Khai giảng sáng thứ Hai 23/11.', 4),
        ('HEPZA-NC-2026-05', 'Tập huấn công tác nữ công trong doanh nghiệp FDI', 'nucong',
         'Phó chủ tịch CĐCS; Ủy viên ban nữ công', V_HP, datetime(2026, 12, 12, 8, 0), 1, 'Mở đăng ký',
         'Học sáng thứ Bảy.', 5),
        ('HEPZA-PL-2026-06', 'Pháp luật lao động cho công nhân làm ca (buổi tối)', 'phapluat',
         'Đoàn viên, người lao động; Tổ trưởng công đoàn', V_VL, datetime(2026, 12, 9, 18, 30), 1, '',
         'Học buổi tối từ 18h30, miễn phí.', 2),
        ('HEPZA-TCLD-2027-07', 'Kỹ năng giải quyết tranh chấp lao động, ngừng việc tập thể', 'tranhchap',
         'Chủ tịch CĐCS; Cán bộ công đoàn cấp trên cơ sở', V_TT, datetime(2027, 1, 14, 8, 0), 2, 'Mở đăng ký', '', 7),
        ('HEPZA-KT-2026-08', 'Nghiệp vụ kiểm tra cho ủy viên UBKT CĐCS doanh nghiệp KCX-KCN', 'kiemtra',
         'Ủy viên ủy ban kiểm tra', V_LT, datetime(2026, 12, 19, 8, 0), 1, 'Mở đăng ký', 'Học sáng thứ Bảy.', 5),
        ('HEPZA-TC-2026-09', 'Tập huấn tài chính công đoàn cơ sở doanh nghiệp FDI', 'taichinh',
         'Chủ tịch CĐCS; Kế toán, thủ quỹ công đoàn', V_TTAO, datetime(2026, 11, 26, 13, 30), 1, 'Mở đăng ký', '', 3),
        ('HEPZA-NV-2026-10', 'Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS mới bầu', 'nghiepvu',
         'Chủ tịch CĐCS', V_TT, datetime(2026, 10, 15, 8, 0), 2, 'Đã kết thúc', 'Đã tổ chức xong, 86 học viên.', 5),
        ('HEPZA-TG-2026-11', 'Kỹ năng tuyên truyền trong doanh nghiệp KCX-KCN', 'tuyengiao',
         'Ủy viên BCH công đoàn', V_HP, datetime(2026, 11, 27, 8, 0), 1, 'Đã hủy',
         'Hủy, ghép vào lớp tháng 1/2027.', 5),
        ('HEPZA-PTDV-2027-12', 'Kỹ năng phát triển đoàn viên ở doanh nghiệp FDI', 'ptdv',
         'Cán bộ công đoàn cấp trên cơ sở', V_VL, 'Tháng 1/2027', 2, 'Dự kiến', 'Thời gian cụ thể thông báo sau.', 0),
    ]
    for code, title, tk, aud, venue, st, days, status, note, dl in rows:
        if isinstance(st, str):
            add(code, title, TOPIC_CELL[tk][0], aud, HE, '', 'TP HCM', venue, '', st, '', '', str(days), '60',
                status, note)
            continue
        style = 'h' if st.hour >= 17 else 'plain'
        concrete(code, title, tk, aud, HE, 'TP HCM', venue, st, days, status, note, dl_days=dl, style=style,
                 partner='Ban Quản lý các KCX và CN TP.HCM')

    SECTIONS.append((len(ROWS), 'CÔNG ĐOÀN CƠ SỞ DOANH NGHIỆP LỚN'))
    comp = [
        # footwear, HCM
        ('CDCS-HUNGPHAT-2026-01', 'Tập huấn kỹ năng cho tổ trưởng công đoàn xưởng may mũ giày', 'nghiepvu',
         'Tổ trưởng công đoàn; Tổ phó công đoàn', 'CĐCS Công ty TNHH Giày Hưng Phát', 'TP HCM',
         'Hội trường Công ty TNHH Giày Hưng Phát (KCN Tân Tạo), phường Tân Tạo', datetime(2026, 11, 28, 8, 0), 1,
         'Mở đăng ký', 'Học sáng thứ Bảy, chia 2 ca để không ảnh hưởng sản xuất.', 2),
        ('CDCS-HUNGPHAT-2026-02', 'Huấn luyện ATVSLĐ cho an toàn vệ sinh viên các xưởng', 'atvsld',
         'An toàn vệ sinh viên', 'CĐCS Công ty TNHH Giày Hưng Phát', 'TP HCM',
         'Hội trường Công ty TNHH Giày Hưng Phát (KCN Tân Tạo), phường Tân Tạo', datetime(2026, 12, 13, 8, 0), 1,
         'Mở đăng ký', 'Học sáng Chủ nhật.', 3),
        # electronics, HCM high-tech park
        ('CDCS-SAOVIET-2026-01', 'Đối thoại định kỳ và thương lượng tập thể trong doanh nghiệp điện tử', 'tlld',
         'Ủy viên BCH công đoàn; Tổ trưởng công đoàn', 'CĐCS Công ty TNHH Điện tử Sao Việt', 'TP HCM',
         'Phòng đào tạo Công ty TNHH Điện tử Sao Việt, Khu Công nghệ cao, phường Tăng Nhơn Phú',
         datetime(2026, 12, 2, 18, 0), 1, 'Mở đăng ký', 'Học buổi tối sau ca hành chính, 18h00–20h30.', 2),
        ('CDCS-SAOVIET-2027-02', 'Kỹ năng chuyển đổi số cho ban chấp hành CĐCS', 'cds',
         'Ủy viên BCH công đoàn', 'CĐCS Công ty TNHH Điện tử Sao Việt', 'TP HCM',
         'Phòng đào tạo Công ty TNHH Điện tử Sao Việt, Khu Công nghệ cao, phường Tăng Nhơn Phú',
         datetime(2027, 1, 9, 8, 0), 1, 'Mở đăng ký', 'Học sáng thứ Bảy.', 3),
        # garment, former Bình Dương
        ('CDCS-MAYPHUTHINH-2026-01', 'Tập huấn nữ công cho tổ trưởng chuyền may', 'nucong',
         'Tổ trưởng công đoàn; Ủy viên ban nữ công', 'CĐCS Công ty CP May Phú Thịnh', 'TP HCM',
         'Nhà ăn ca Công ty CP May Phú Thịnh, KCN VSIP I (Thuận An)', datetime(2026, 12, 6, 8, 0), 1,
         'Mở đăng ký', 'Học sáng Chủ nhật; công ty hỗ trợ tiền ăn.', 3),
        # seafood, Cà Mau
        ('CDCS-NAMCAN-2026-01', 'Tập huấn ATVSLĐ trong chế biến thủy sản', 'atvsld',
         'Đoàn viên, người lao động; An toàn vệ sinh viên', 'CĐCS Công ty CP Thủy sản Năm Căn', 'Cà Mau',
         'Nhà xưởng Công ty CP Thủy sản Năm Căn, KCN Khánh An', datetime(2026, 12, 10, 18, 0), 1,
         'Mở đăng ký', 'Học buổi tối sau ca, 18h00–20h00.', 2),
        # seafood, Cần Thơ
        ('CDCS-TANLONG-2026-01', 'Tập huấn thương lượng tập thể ngành thủy sản', 'tlld',
         'Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'CĐCS Công ty TNHH Thủy sản Tân Long', 'TP Cần Thơ',
         'Hội trường Công ty TNHH Thủy sản Tân Long, KCN Trà Nóc', datetime(2026, 12, 16, 18, 0), 1,
         'Mở đăng ký', 'Học buổi tối cho công nhân ca ngày.', 3),
        # footwear, Đồng Nai (edge: deadline passed, class ahead)
        ('CDCS-DONGPHAT-2026-01', 'Pháp luật lao động cho tổ trưởng sản xuất', 'phapluat',
         'Tổ trưởng công đoàn', 'CĐCS Công ty TNHH Giày Đồng Phát', 'Đồng Nai',
         'Trung tâm Văn hóa công nhân KCN Nhơn Trạch, xã Nhơn Trạch', datetime(2026, 12, 1, 8, 0), 1,
         'Mở đăng ký', 'Hết hạn đăng ký; liên hệ công đoàn công ty nếu muốn bổ sung.', 12),
    ]
    for code, title, tk, aud, org, pcell, venue, st, days, status, note, dl in comp:
        style = 'h' if st.hour >= 17 else 'plain'
        concrete(code, title, tk, aud, org, pcell, venue, st, days, status, note, dl_days=dl, style=style)

    SECTIONS.append((len(ROWS), 'CÔNG ĐOÀN PHƯỜNG, XÃ TP.HCM'))
    wards = [
        ('CDP-BENTHANH-2026-01', 'Bồi dưỡng nghiệp vụ cho chủ tịch công đoàn cơ sở khu vực hành chính sự nghiệp',
         'nghiepvu', 'Chủ tịch CĐCS', 'Công đoàn phường Bến Thành', 'Hội trường UBND phường Bến Thành',
         datetime(2026, 12, 8, 14, 0), 1, 'Mở đăng ký', '', 4),
        ('CDP-TANTAO-2026-01', 'Tập huấn phát triển đoàn viên ở doanh nghiệp nhỏ và hộ kinh doanh', 'ptdv',
         'Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'Công đoàn phường Tân Tạo',
         'Hội trường UBND phường Tân Tạo (quận Bình Tân cũ)', datetime(2026, 12, 11, 8, 0), 1, 'Mở đăng ký', '', 4),
        ('CDP-LINHXUAN-2026-01', 'Tập huấn tài chính công đoàn cho CĐCS doanh nghiệp ngoài nhà nước', 'taichinh',
         'Chủ tịch CĐCS; Kế toán công đoàn', 'Công đoàn phường Linh Xuân',
         'Hội trường UBND phường Linh Xuân (TP Thủ Đức cũ)', datetime(2027, 1, 7, 8, 0), 1, 'Mở đăng ký', '', 5),
        ('CDP-SAIGON-2026-01', 'Kỹ năng tuyên truyền pháp luật cho CĐCS cơ quan, đơn vị', 'tuyengiao',
         'Ủy viên BCH công đoàn', 'Công đoàn phường Sài Gòn', 'Hội trường UBND phường Sài Gòn',
         datetime(2026, 11, 23, 13, 30), 1, 'Mở đăng ký', 'Học chiều thứ Hai 23/11.', 0),
        ('CDX-CUCHI-2026-01', 'Tập huấn công tác nữ công cho CĐCS trường học', 'nucong',
         'Phó chủ tịch CĐCS; Ủy viên ban nữ công', 'Công đoàn xã Củ Chi', 'Hội trường UBND xã Củ Chi',
         datetime(2026, 12, 17, 8, 0), 1, 'Dự kiến', 'Chờ xác nhận giảng viên.', 0),
    ]
    for code, title, tk, aud, org, venue, st, days, status, note, dl in wards:
        concrete(code, title, tk, aud, org, 'TP HCM', venue, st, days, status, note, dl_days=dl, style='plain')


def national():
    SECTIONS.append((len(ROWS), 'CÁC LỚP DO CÔNG ĐOÀN NGÀNH TRUNG ƯƠNG VÀ TỔNG LĐLĐ VIỆT NAM TỔ CHỨC'))
    DHCD = 'Trường Đại học Công đoàn, 169 Tây Sơn, phường Kim Liên, Hà Nội'
    EL = 'Trực tuyến trên hệ thống E-learning của Tổng LĐLĐ Việt Nam'
    ZOOM = 'Trực tuyến qua Zoom (đường dẫn gửi sau khi đăng ký)'
    rows = [
        ('CDGD-NV-2026-01', 'Bồi dưỡng nghiệp vụ cho chủ tịch công đoàn trường học', 'nghiepvu',
         'Chủ tịch CĐCS', 'Công đoàn Giáo dục Việt Nam', DHCD, 'Tập trung (trực tiếp)',
         datetime(2026, 12, 14, 8, 0), 3, 'Mở đăng ký', 'Kinh phí ăn ở, đi lại do đơn vị cử học viên chi trả.', 10),
        ('CDGD-NC-2027-02', 'Công tác nữ công trong ngành giáo dục', 'nucong',
         'Phó chủ tịch CĐCS; Ủy viên ban nữ công', 'Công đoàn Giáo dục Việt Nam', ZOOM, 'Trực tuyến',
         datetime(2027, 3, 4, 14, 0), 1, 'Mở đăng ký', 'Miễn phí.', 5),
        ('CDGD-GV-2027-03', 'Bồi dưỡng giảng viên kiêm chức công đoàn ngành giáo dục', 'giangday',
         'Giảng viên kiêm chức', 'Công đoàn Giáo dục Việt Nam', DHCD, 'Tập trung (trực tiếp)',
         'Quý I/2027', 3, 'Dự kiến', '', 0),
        ('CDGD-CDS-2026-04', 'Chuyển đổi số trong hoạt động công đoàn trường học', 'cds',
         'Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'Công đoàn Giáo dục Việt Nam', EL, 'Trực tuyến',
         datetime(2026, 12, 1, 19, 30), 1, 'Mở đăng ký', 'Học buổi tối 19h30–21h30, miễn phí.', 2),
        ('CDYT-TC-2026-01', 'Tài chính công đoàn cơ sở trong bệnh viện', 'taichinh',
         'Chủ tịch CĐCS; Kế toán công đoàn', 'Công đoàn Y tế Việt Nam', ZOOM, 'Trực tuyến',
         datetime(2026, 10, 8, 8, 0), 1, 'Đã kết thúc', 'Đã tổ chức trực tuyến, 412 học viên.', 3),
        ('CDYT-ATVSLD-2027-02', 'An toàn, vệ sinh lao động trong cơ sở y tế', 'atvsld',
         'Ủy viên BCH công đoàn; An toàn vệ sinh viên', 'Công đoàn Y tế Việt Nam',
         'Hội trường Bộ Y tế, 138A Giảng Võ, Hà Nội', 'Kết hợp (trực tiếp và trực tuyến)',
         datetime(2027, 2, 24, 8, 0), 2, 'Mở đăng ký', 'Học viên ở xa đăng ký học trực tuyến.', 10),
        ('CDYT-LLCT-2027-03', 'Bồi dưỡng lý luận chính trị cho cán bộ công đoàn ngành y tế', 'llct',
         'Cán bộ công đoàn chuyên trách', 'Công đoàn Y tế Việt Nam', EL, 'Trực tuyến',
         datetime(2027, 4, 6, 8, 0), 5, 'Mở đăng ký', '', 10),
        ('CDCT-TLTT-2026-01', 'Thương lượng tập thể ngành công thương', 'tlld',
         'Cán bộ công đoàn cấp trên cơ sở', 'Công đoàn Công Thương Việt Nam',
         'Hội trường Công đoàn Công Thương Việt Nam, Hà Nội', 'Tập trung (trực tiếp)',
         datetime(2026, 12, 22, 8, 0), 2, 'Mở đăng ký', '', 7),
        ('CDCT-VT-2027-02', 'Nghiệp vụ văn thư, lưu trữ cho công đoàn cơ sở doanh nghiệp', 'vanthu',
         'Văn thư công đoàn', 'Công đoàn Công Thương Việt Nam', EL, 'Trực tuyến',
         datetime(2027, 1, 19, 8, 0), 1, 'Mở đăng ký', 'Miễn phí.', 5),
        ('CDCT-NV-2026-03', 'Tập huấn cán bộ công đoàn ngành dệt may, da giày', 'nghiepvu',
         'Chủ tịch CĐCS; Phó chủ tịch CĐCS', 'Công đoàn Công Thương Việt Nam', 'Trường Đại học Công đoàn, Hà Nội',
         'Tập trung (trực tiếp)', datetime(2026, 11, 18, 8, 0), 3, 'Đã kết thúc', '', 5),
        ('DHCD-LLCT-2027-01', 'Bồi dưỡng lý luận và nghiệp vụ công tác công đoàn (chương trình chuyên viên)', 'llct',
         'Cán bộ công đoàn chuyên trách', 'Trường Đại học Công đoàn', DHCD, 'Tập trung (trực tiếp)',
         datetime(2027, 3, 15, 8, 0), 10, 'Mở đăng ký', 'Học phí 3.500.000 đồng/học viên; có ký túc xá.', 20),
        ('DHCD-GV-2026-02', 'Kỹ năng giảng dạy theo phương pháp tích cực cho giảng viên kiêm chức', 'giangday',
         'Giảng viên kiêm chức', 'Trường Đại học Công đoàn', DHCD, 'Tập trung (trực tiếp)',
         datetime(2026, 12, 7, 8, 0), 4, 'Mở đăng ký', 'Học phí 2.000.000 đồng/học viên.', 10),
        ('DHCD-CDS-2027-03', 'Kỹ năng số cho cán bộ công đoàn', 'cds',
         'Cán bộ công đoàn không chuyên trách; Ủy viên BCH công đoàn', 'Trường Đại học Công đoàn', EL, 'Trực tuyến',
         datetime(2027, 2, 20, 8, 0), 2, 'Mở đăng ký', 'Học thứ Bảy, Chủ nhật; miễn phí.', 7),
        ('DHCD-TCLD-2027-04', 'Kỹ năng đại diện người lao động tại tòa án', 'tranhchap',
         'Cán bộ công đoàn cấp trên cơ sở', 'Trường Đại học Công đoàn', DHCD, 'Tập trung (trực tiếp)',
         'Quý II/2027', 3, 'Dự kiến', '', 0),
        ('TLD-EL-2026-01', 'Khóa học trực tuyến: Nghiệp vụ công tác kiểm tra công đoàn', 'kiemtra',
         'Ủy viên ủy ban kiểm tra', 'Tổng Liên đoàn Lao động Việt Nam', EL, 'Trực tuyến',
         datetime(2026, 12, 2, 8, 0), 14, 'Mở đăng ký', 'Tự học trong 14 ngày, làm bài kiểm tra cuối khóa; miễn phí.', 1),
        ('TLD-EL-2027-02', 'Khóa học trực tuyến: Tài chính công đoàn cơ sở', 'taichinh',
         'Chủ tịch CĐCS; Kế toán, thủ quỹ công đoàn', 'Tổng Liên đoàn Lao động Việt Nam', EL, 'Trực tuyến',
         datetime(2027, 1, 11, 8, 0), 14, 'Mở đăng ký', 'Miễn phí; cấp chứng nhận điện tử.', 1),
        ('TLD-EL-2027-03', 'Khóa học trực tuyến: Kỹ năng thương lượng tập thể', 'tlld',
         'Chủ tịch CĐCS; Phó chủ tịch CĐCS', 'Tổng Liên đoàn Lao động Việt Nam', EL, 'Trực tuyến',
         'Tháng 3/2027', 14, 'Dự kiến', '', 0),
        ('TLD-EL-2026-04', 'Khóa học trực tuyến: Phát triển đoàn viên', 'ptdv',
         'Cán bộ công đoàn cấp trên cơ sở', 'Tổng Liên đoàn Lao động Việt Nam', EL, 'Trực tuyến',
         datetime(2026, 11, 20, 8, 0), 14, 'Đã hủy', 'Hủy, chuyển sang năm 2027.', 1),
        ('TLD-EL-2027-05', 'Khóa học trực tuyến: Công tác nữ công', 'nucong',
         'Ủy viên ban nữ công', 'Tổng Liên đoàn Lao động Việt Nam', EL, 'Trực tuyến',
         datetime(2027, 5, 10, 8, 0), 14, 'Mở đăng ký', 'Miễn phí.', 3),
        ('TLD-EL-2027-06', 'Khóa học trực tuyến: Tuyên truyền trên mạng xã hội', 'tuyengiao',
         'Cán bộ công đoàn cấp trên cơ sở', 'Tổng Liên đoàn Lao động Việt Nam', EL, 'Trực tuyến',
         datetime(2027, 4, 19, 8, 0), 14, 'Dự kiến', '', 0),
    ]
    for code, title, tk, aud, org, venue, fmt, st, days, status, note, dl in rows:
        if isinstance(st, str):
            add(code, title, TOPIC_CELL[tk][0], aud, org, '', 'Hà Nội', venue, fmt, st, '', '', str(days),
                R.choice(SEATS), status, note)
            continue
        style = 'h' if st.hour >= 17 else ('days' if days > 3 else 'plain')
        concrete(code, title, tk, aud, org, 'Hà Nội', venue, st, days, status, note, fmt=fmt, dl_days=dl,
                 style=style, seats=R.choice(['200', '150 người', '500', '80']))


HEADERS = ['STT', 'Mã lớp', 'Tên lớp học', 'Chuyên đề', 'Đối tượng tham gia', 'Đơn vị thực hiện', 'Đơn vị phối hợp',
           'Tỉnh/Thành phố', 'Địa điểm tổ chức', 'Hình thức', 'Ngày bắt đầu (dd/mm/yyyy)', 'Đến ngày', 'Hạn đăng ký',
           'Số ngày', 'Số lượng', 'Trạng thái', 'Ghi chú', 'Lịch nhắc']
KEYS = ['code', 'title', 'topic', 'aud', 'org', 'partner', 'prov', 'venue', 'fmt', 'start', 'end', 'dl', 'days',
        'seats', 'status', 'note', 'remind']
ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI',
          'XVII', 'XVIII', 'XIX']

def write_courses():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    w.writerow(HEADERS)
    sec = dict(SECTIONS)
    n, s = 0, 0
    for i, r in enumerate(ROWS):
        if i in sec:
            w.writerow([ROMANS[s], '', sec[i]] + [''] * (len(HEADERS) - 3))
            s += 1
        n += 1
        w.writerow([str(n)] + [r[k] for k in KEYS])
    w.writerow(['', '', 'Tổng cộng', '', '', '', '', '', '', '', '', '', '', '', f'{n} lớp', '', '', ''])
    with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        f.write(buf.getvalue())

# ------------------------------------------------------------------------------------ targets
def write_targets():
    T = []
    def t(code, unit, year, content, aud, value, uom, done='', asof='', note=''):
        T.append([code, unit, year, content, aud, value, uom, done, asof, note])
    units = [
        ('HCM', 'LĐLĐ TP Hồ Chí Minh'), ('DNA', 'LĐLĐ tỉnh Đồng Nai'), ('TNI', 'LĐLĐ tỉnh Tây Ninh'),
        ('DTH', 'LĐLĐ tỉnh Đồng Tháp'), ('VLG', 'LĐLĐ tỉnh Vĩnh Long'), ('CTH', 'LĐLĐ TP Cần Thơ'),
        ('AGG', 'LĐLĐ tỉnh An Giang'), ('CMA', 'LĐLĐ tỉnh Cà Mau'), ('LDO', 'LĐLĐ tỉnh Lâm Đồng'),
        ('KHA', 'LĐLĐ tỉnh Khánh Hòa'), ('DLK', 'LĐLĐ tỉnh Đắk Lắk'), ('GLA', 'LĐLĐ tỉnh Gia Lai'),
        ('QNG', 'LĐLĐ tỉnh Quảng Ngãi'), ('DNG', 'LĐLĐ TP Đà Nẵng'), ('HUE', 'LĐLĐ TP Huế'),
    ]
    rr = random.Random(17)
    def vn(n):
        s = f'{n:,}'.replace(',', '.')
        return s
    for pc, unit in units:
        big = pc in ('HCM', 'DNA', 'TNI', 'CTH')
        v1 = rr.choice([800, 1200, 1500, 2500, 3000, 4200]) if big else rr.choice([450, 600, 750, 900, 1100])
        d1 = int(v1 * rr.uniform(0.55, 0.92))
        t(f'CT-{pc}-2026-CTCDCS', unit, '2026', 'Bồi dưỡng nghiệp vụ cho chủ tịch, phó chủ tịch CĐCS',
          'Chủ tịch CĐCS', vn(v1), 'học viên', vn(d1), '31/10/2026', '')
        v2 = rr.choice([2000, 3500, 5000, 6000]) if big else rr.choice([900, 1200, 1500, 1800])
        d2 = int(v2 * rr.uniform(0.6, 0.98))
        t(f'CT-{pc}-2026-ATVSLD', unit, '2026', 'Huấn luyện an toàn, vệ sinh lao động cho cán bộ công đoàn và an toàn vệ sinh viên',
          '', vn(v2), 'lượt người', vn(d2), '31/10/2026', '')
        v3 = rr.choice([20, 25, 30, 40]) if big else rr.choice([10, 12, 15, 18])
        d3 = v3 + rr.choice([-3, 0, 2]) if True else 0
        t(f'CT-{pc}-2025-LOP', unit, '2025', 'Số lớp tập huấn cán bộ công đoàn cơ sở', '', str(v3), 'lớp', str(d3),
          '31/12/2025', 'Vượt kế hoạch' if d3 > v3 else ('Đạt kế hoạch' if d3 == v3 else 'Chưa đạt do sáp nhập tỉnh'))
        if pc in ('HCM', 'CTH', 'DNG', 'AGG', 'VLG', 'DLK'):
            t(f'CT-{pc}-2023-2028-CDCS', unit, '2023-2028', 'Tỷ lệ cán bộ CĐCS mới được tập huấn trong nhiệm kỳ',
              '', '100', '%', rr.choice(['78,5', '82,3', '69,4', '91,2']), '30/09/2026', '')
        if pc in ('HCM', 'DNA', 'CTH', 'GLA'):
            t(f'CT-{pc}-2027-UBKT', unit, '2027', 'Tập huấn nghiệp vụ kiểm tra cho ủy viên UBKT CĐCS',
              'Ủy viên ủy ban kiểm tra', vn(rr.choice([300, 450, 1200])), 'người', '', '', 'Kế hoạch năm 2027')
    t('CT-HEPZA-2026-TLTT', 'Công đoàn các Khu chế xuất và công nghiệp TP.HCM', '2026',
      'Tập huấn thương lượng tập thể cho chủ tịch CĐCS doanh nghiệp', 'Chủ tịch CĐCS', '1.000', 'học viên', '734',
      '15/11/2026', '')
    t('CT-HEPZA-2026-ATVSV', 'Công đoàn các Khu chế xuất và công nghiệp TP.HCM', '2026',
      'Huấn luyện ATVSLĐ cho an toàn vệ sinh viên', '', '3.000', 'người', '3.215', '15/11/2026', 'Vượt kế hoạch')
    t('CT-CDGD-2026-CTTH', 'Công đoàn Giáo dục Việt Nam', '2026', 'Bồi dưỡng chủ tịch công đoàn trường học',
      'Chủ tịch CĐCS', '2.400', 'học viên', '1.986', '31/10/2026', '')
    t('CT-CDYT-2026-TC', 'Công đoàn Y tế Việt Nam', '2026', 'Tập huấn tài chính công đoàn cho CĐCS bệnh viện',
      '', '600', 'người', '412', '31/10/2026', '')
    t('CT-CDCT-2026-TLTT', 'Công đoàn Công Thương Việt Nam', '2026', 'Tập huấn thương lượng tập thể ngành dệt may, da giày',
      '', '35', 'lớp', '29', '31/10/2026', '')
    t('CT-HUNGPHAT-2026-ATVSV', 'CĐCS Công ty TNHH Giày Hưng Phát', '2026', 'Huấn luyện an toàn vệ sinh viên các xưởng',
      '', '240', 'người', '180', '15/11/2026', '')
    t('CT-NAMCAN-2026-ATVSLD', 'CĐCS Công ty CP Thủy sản Năm Căn', '2026', 'Tập huấn ATVSLĐ cho công nhân chế biến',
      'Đoàn viên, người lao động', '1.500', 'lượt người', '1.120', '15/11/2026', '')
    t('CT-TANTAO-2026-PTDV', 'Công đoàn phường Tân Tạo', '2026', 'Phát triển đoàn viên mới', '', '800', 'đoàn viên',
      '655', '31/10/2026', '')
    with open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, delimiter=',', lineterminator='\n')
        w.writerow(['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt',
                    'Tính đến ngày', 'Ghi chú'])
        w.writerows(T)

if __name__ == '__main__':
    build_all()
    write_courses()
    write_targets()
    print(len(ROWS), 'classes')
