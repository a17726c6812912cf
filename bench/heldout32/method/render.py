# Executed inside gen_data.py (shares its namespace): renders the province blocks of the
# office plan, each in its own habits, and writes model.json (what each row MEANS).
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']
WDS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']
ROMAN = {1: 'I', 2: 'II', 3: 'III', 4: 'IV'}


def f(d):
    return d.strftime('%d/%m/%Y')


def hm(h):
    return h.replace(':', 'h')


def period_cell(per, style):
    k, y, n = per
    if k == 'M':
        return {'a': f"Tháng {n}/{y}", 'b': f"T{n}/{y}", 'c': f"tháng {n} năm {y}"}[style]
    return {'a': f"Quý {ROMAN[n]}/{y}", 'b': f"Q{n}/{y}", 'c': f"quý {ROMAN[n]} năm {y}"}[style]


def period_bounds(per):
    k, y, n = per
    if k == 'M':
        lo = D(y, n, 1)
        hi = (D(y + (n == 12), n % 12 + 1, 1) - dt.timedelta(days=1))
    else:
        lo = D(y, 3 * n - 2, 1)
        hi = (D(y + (n == 4), (3 * n) % 12 + 1, 1) - dt.timedelta(days=1))
    return lo, hi


def start_cell(c, st):
    """Returns (start cell, end cell) in the block's habit. The meaning is c['date'] at c['hour']."""
    d, h, e = c['date'], c['hour'], c['end']
    multi = e != d
    samey = e.year == d.year
    if st == 'DN':
        s = f(d) if h == '08:00' else f"{f(d)} {h}"
        return s, f(e) if multi else ''
    if st == 'QNG':
        if h == '08:00' and multi and samey and not c['weekend']:
            if e.month == d.month:
                return f"{d.day:02d}-{e.day:02d}/{d.month:02d}/{d.year}", ''
            return f"{d.day:02d}/{d.month:02d} - {e.day:02d}/{e.month:02d}/{e.year}", ''
        if h == '08:00':
            return f(d), f(e) if multi else ''
        return f"{hm(h)} ngày {f(d)}", f(e) if multi else ''
    if st == 'GL':
        if h == '08:00':
            return f"{WD[d.weekday()]}, {f(d)}", f(e) if multi else ''
        if h == '13:30':
            return f"Chiều {f(d)}", f(e) if multi else ''
        if h == '14:00':
            return f"Chiều 14h00 ngày {f(d)}", f(e) if multi else ''
        return f"{hm(h)} ngày {f(d)}", f(e) if multi else ''
    if st == 'DL':
        if h == '08:00':
            if rng.random() < 0.12:
                return str((d - D(1899, 12, 30)).days), (f(e) if multi else '')
            return (d.isoformat() if rng.random() < 0.5 else d.isoformat() + ' 00:00:00'), (e.isoformat() if multi else '')
        return f"{f(d)} {h}", (e.isoformat() if multi else '')
    if st == 'KH':
        return f"{f(d)} {h}", (f"{f(e)} 16:30" if multi else '')
    if st == 'LD':
        if h == '08:00' and multi and samey and not c['weekend']:
            if rng.random() < 0.5:
                return f"Từ {d.day:02d}/{d.month:02d} đến {e.day:02d}/{e.month:02d}/{e.year}", ''
            return f"{d.day:02d}/{d.month:02d} - {e.day:02d}/{e.month:02d}/{e.year}", ''
        if h == '08:00':
            return f(d), f(e) if multi else ''
        return f"{hm(h)} ngày {f(d)}", f(e) if multi else ''
    if st == 'HCM':
        if h == '18:30':
            return f"Tối {f(d)}", f(e) if multi else ''
        if d.weekday() >= 5 and h == '08:00':
            return f"{WDS[d.weekday()]} {d.day}/{d.month}/{d.year}", f(e) if multi else ''
        return f"{hm(h)} ngày {f(d)}", f(e) if multi else ''
    if st == 'HUE':
        if h == '08:00':
            return f"Sáng {f(d)}", f(e) if multi else ''
        if h == '13:30':
            return f"Chiều {f(d)}", f(e) if multi else ''
        return f"{hm(h)} ngày {f(d)}", f(e) if multi else ''
    if st == 'TW':
        return f"{hm(h)} ngày {f(d)}", f(e) if multi else ''
    raise ValueError(st)


BLOCKS = [
 ('I', 'LĐLĐ THÀNH PHỐ ĐÀ NẴNG', 'DN', [('DN', None), ('KCNDN', 'CÔNG ĐOÀN CÁC KCN ĐÀ NẴNG'), ('VCDN', 'CÔNG ĐOÀN VIÊN CHỨC THÀNH PHỐ')]),
 ('II', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI', 'QNG', [('QNG', None), ('KCNQNG', 'CĐ CÁC KHU CÔNG NGHIỆP TỈNH')]),
 ('III', 'LĐLĐ TỈNH GIA LAI', 'GL', [('GL', None), ('VCGL', 'CÔNG ĐOÀN VIÊN CHỨC TỈNH'), ('PQN', 'CÔNG ĐOÀN PHƯỜNG QUY NHƠN')]),
 ('IV', 'LĐLĐ TỈNH ĐẮK LẮK', 'DL', [('DL', None), ('GDDL', 'CÔNG ĐOÀN NGÀNH GIÁO DỤC'), ('PBMT', 'CĐ PHƯỜNG BUÔN MA THUỘT')]),
 ('V', 'LĐLĐ TỈNH KHÁNH HÒA', 'KH', [('KH', None), ('VCKH', 'CÔNG ĐOÀN VIÊN CHỨC TỈNH')]),
 ('VI', 'LĐLĐ TỈNH LÂM ĐỒNG', 'LD', [('LD', None)]),
 ('VII', 'LĐLĐ THÀNH PHỐ HỒ CHÍ MINH', 'HCM', [('HCM', None), ('HEPZA', 'CĐ CÁC KCX-KCN TP.HCM (HEPZA)'), ('YTHCM', 'CÔNG ĐOÀN NGÀNH Y TẾ'), ('PTDM', 'CÔNG ĐOÀN PHƯỜNG THỦ DẦU MỘT')]),
 ('VIII', 'LĐLĐ THÀNH PHỐ HUẾ', 'HUE', [('HUE', None)]),
 ('IX', 'CÁC ĐƠN VỊ TRUNG ƯƠNG', 'TW', [('DHCD', None)]),
]
PERIOD_STYLE = {'DN': 'a', 'QNG': 'b', 'GL': 'a', 'DL': 'c', 'KH': 'a', 'LD': 'b', 'HCM': 'a', 'HUE': 'c', 'TW': 'a'}

AUD_TEXT = {  # how different offices write the same audience
 'plain': {'CT': 'Chủ tịch CĐCS', 'PCT': 'Phó chủ tịch CĐCS', 'UV': 'Ủy viên BCH CĐCS', 'CTR': 'Cán bộ CĐ chuyên trách',
           'KCT': 'Cán bộ CĐ không chuyên trách', 'GV': 'Giảng viên kiêm chức', 'CTS': 'Cán bộ CĐ cấp trên cơ sở',
           'UBKT': 'Ủy viên UBKT công đoàn', 'DV': 'Đoàn viên, người lao động', 'KTOAN': 'Kế toán, thủ quỹ CĐCS',
           'NCONG': 'Trưởng, phó ban nữ công CĐCS', 'ATVSV': 'An toàn vệ sinh viên'},
}


def aud_cell(c, st):
    a = c['auds']
    if c.get('aud_text'):
        return c['aud_text']
    if st in ('GL', 'HCM') and rng.random() < 0.45:
        # long prose, as some offices write it
        parts = {
         'CT': 'chủ tịch công đoàn cơ sở', 'PCT': 'phó chủ tịch công đoàn cơ sở', 'UV': 'ủy viên ban chấp hành công đoàn cơ sở',
         'CTR': 'cán bộ công đoàn chuyên trách', 'KCT': 'cán bộ công đoàn không chuyên trách', 'GV': 'giảng viên kiêm chức',
         'CTS': 'cán bộ công đoàn cấp trên trực tiếp cơ sở', 'UBKT': 'ủy viên ủy ban kiểm tra công đoàn các cấp',
         'DV': 'đoàn viên, người lao động', 'KTOAN': 'kế toán, thủ quỹ công đoàn cơ sở',
         'NCONG': 'trưởng, phó ban nữ công công đoàn cơ sở', 'ATVSV': 'an toàn vệ sinh viên tại doanh nghiệp'}
        where = ' tại các doanh nghiệp ngoài nhà nước trên địa bàn' if st == 'HCM' else ' thuộc các đơn vị trực thuộc'
        txt = ', '.join(parts[x] for x in a)
        return (txt[0].upper() + txt[1:] + where + ' (mỗi đơn vị cử 01 đồng chí)')
    sep = {'DN': '; ', 'QNG': ', ', 'DL': ' + ', 'KH': '; ', 'LD': ' và ', 'HUE': '; ', 'TW': '; ', 'GL': ', ', 'HCM': '; '}[st]
    txt = sep.join(AUD_TEXT['plain'][x] for x in a)
    if a == ['CT', 'PCT'] and st in ('KH', 'LD', 'DL'):
        txt = 'Chủ tịch, Phó Chủ tịch CĐCS'
    return txt


def seats_cell(c, st):
    n = c['seats']
    return {'DN': str(n), 'QNG': f"{n} người", 'GL': f"khoảng {n} học viên", 'DL': f"{n - 10}-{n}",
            'KH': str(n), 'LD': f"{n} học viên", 'HCM': str(n), 'HUE': f"{n} người", 'TW': f"{n}"}[st]


def days_cell(c, st):
    n = c['days']
    return {'DN': str(n), 'QNG': f"{n:02d} ngày", 'GL': f"{n} ngày", 'DL': str(n), 'KH': f"{n} ngày",
            'LD': f"{n:02d} ngày", 'HCM': str(n), 'HUE': f"{n} ngày", 'TW': f"{n} ngày"}[st]


def mode_cell(c, st):
    if c['mode'] == 'online':
        return rng.choice(['Trực tuyến', 'Trực tuyến', 'trực tuyến'])
    if c['mode'] == 'blended':
        return 'Trực tiếp + trực tuyến' if st in ('HCM', 'GL') else 'Kết hợp (trực tiếp và trực tuyến)'
    return {'DN': 'Tập trung', 'QNG': '', 'GL': 'Trực tiếp', 'DL': '', 'KH': 'Tập trung (trực tiếp)', 'LD': '',
            'HCM': '', 'HUE': 'Tập trung', 'TW': 'Tập trung'}[st]


VENUE_ABBR = {  # offices abbreviate
 'Hội trường LĐLĐ tỉnh, phường Buôn Ma Thuột': 'HT LĐLĐ tỉnh (P. Buôn Ma Thuột)',
}

rows = []
model = []
HEAD = ['STT', 'Mã lớp', 'Tên lớp học', 'Lĩnh vực', 'Đối tượng tham gia', 'Đơn vị chủ trì', 'Đơn vị phối hợp',
        'Tỉnh/Thành phố', 'Địa điểm tổ chức', 'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc', 'Hạn đăng ký', 'Số ngày',
        'Số lượng', 'Trạng thái', 'Ghi chú']
W = len(HEAD)


def row(**kw):
    r = [''] * W
    for k, v in kw.items():
        r[HEAD.index(k)] = v
    return r

title_block = [
 ['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', '', '', '', '', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
 ['BAN TỔ CHỨC', '', '', '', '', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc'],
 ['Số: 215/KH-BTC', '', '', '', '', '', '', '', '', '', ''],
 [],
 ['KẾ HOẠCH'],
 ['Tổng hợp các lớp đào tạo, bồi dưỡng cán bộ công đoàn khu vực Tây Nguyên, Nam Trung Bộ và TP. Hồ Chí Minh'],
 ['(từ tháng 11 năm 2026 đến tháng 6 năm 2027 — các LĐLĐ tỉnh, thành phố tự điền phần của đơn vị mình)'],
 [],
]
SUPP = {'DN': 'Sở Nội vụ TP', 'GL': 'Trường Chính trị tỉnh', 'HCM': 'Trường Cán bộ Công đoàn TP', 'KH': '',
        'QNG': 'Sở Nội vụ', 'DL': '', 'LD': 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'HUE': '', 'TW': 'Ban Tổ chức Tổng LĐLĐ'}
stt_global = 0
for roman, heading, st, groups in BLOCKS:
    rows.append(row(STT=roman, **{'Tên lớp học': heading}))
    for gi, (org, sub) in enumerate(groups):
        if sub:
            rows.append(row(STT='ABCDEFG'[gi], **{'Tên lớp học': sub}))
        lst = [c for c in by_org.get(org, [])]
        normal = [c for c in lst if not c.get('batch')]
        batch = [c for c in lst if c.get('batch')]
        n_in = 0
        for c in normal + batch:
            if c.get('batch') and c['batch'] == 1:
                rows.append(row(**{'Tên lớp học': 'Đợt 1'}))
            elif c.get('batch'):
                rows.append(row(**{'Tên lớp học': f"Đợt {c['batch']}"}))
            n_in += 1
            orgname = ORGS[org][0]
            prov = c['prov']
            prov_cell = prov
            if org in ('DN', 'QNG', 'GL', 'DL', 'KH', 'LD', 'HCM', 'HUE') and c['area'] is None and st in ('QNG', 'DL', 'LD'):
                prov_cell = ''  # blank: the organiser's province
            if prov_cell == 'Hồ Chí Minh':
                prov_cell = rng.choice(['TP.HCM', 'TP Hồ Chí Minh', 'Hồ Chí Minh'])
            if prov_cell == 'Khánh Hòa' and st == 'KH' and rng.random() < 0.3:
                prov_cell = 'Khánh Hoà'
            venue = c['venue']
            if c['status'] == 'planned':
                lo, hi = period_bounds(c['period'])
                s_cell, e_cell = period_cell(c['period'], PERIOD_STYLE[st]), ''
                start_iso = None
            else:
                s_cell, e_cell = start_cell(c, st)
                start_iso = f"{c['date'].isoformat()}T{c['hour']}"
                lo = hi = None
            status_cell = ''
            note = c['note']
            new_iso = None
            if c['status'] == 'open':
                status_cell = 'Mở đăng ký' if st in ('DN', 'KH', 'TW', 'HUE') else ''
            elif c['status'] == 'ended':
                status_cell = 'Đã kết thúc' if st != 'QNG' else ''
            elif c['status'] == 'cancelled':
                status_cell = 'Đã hủy'
                note = 'Hủy do không đủ học viên đăng ký' if rng.random() < 0.5 else 'Hủy, gộp vào lớp cùng chủ đề của đơn vị'
            elif c['status'] == 'postponed':
                if c['new']:
                    new_iso = f"{c['new'].isoformat()}T{c['hour']}"
                    how = {'GL': ('Tạm hoãn', f"Hoãn sang {f(c['new'])} do trùng lịch hội nghị"),
                           'KH': ('Đã hoãn', f"Lịch mới: {f(c['new'])}"),
                           'HCM': ('Hoãn', f"Lùi lịch đến {f(c['new'])} (lịch cũ {f(c['date'])})"),
                           'DN': ('Đã hoãn', f"Dời lịch sang {f(c['new'])}"),
                           'DL': ('', f"Lùi lịch đến {f(c['new'])}"),
                           }[st]
                    status_cell, note = how
                    c['end'] = None  # the new end is not written; keep days
                else:
                    status_cell, note = 'Tạm hoãn', 'Tạm hoãn, thời gian tổ chức sẽ thông báo sau'
                    c['end'] = None
            elif c['status'] == 'planned':
                status_cell = ''
            if c['status'] == 'postponed':
                e_cell = ''
            dl = c['deadline']
            dl_cell = f(dl) if dl else ''
            sup = SUPP[st] if rng.random() < 0.4 else ''
            topic_cell = TOPIC[c['topic']] if st in ('DN', 'KH', 'TW', 'HCM') else TOPIC_SHORT.get(c['topic'], TOPIC[c['topic']])
            if st == 'HUE':
                topic_cell = ''
            stt_global += 1
            days_c = days_cell(c, st) if c['status'] != 'planned' else ''
            if c['status'] == 'planned':
                days_c = days_cell(c, st) if st in ('DN', 'GL') else ''
            r = row(STT=str(n_in), **{'Mã lớp': c['code'], 'Tên lớp học': c['title'], 'Lĩnh vực': topic_cell,
                    'Đối tượng tham gia': aud_cell(c, st), 'Đơn vị chủ trì': orgname, 'Đơn vị phối hợp': sup,
                    'Tỉnh/Thành phố': prov_cell, 'Địa điểm tổ chức': venue, 'Hình thức': mode_cell(c, st),
                    'Ngày bắt đầu': s_cell, 'Ngày kết thúc': e_cell, 'Hạn đăng ký': dl_cell,
                    'Số ngày': days_c, 'Số lượng': seats_cell(c, st), 'Trạng thái': status_cell, 'Ghi chú': note})
            rows.append(r)
            status_label = {'open': 'Mở đăng ký', 'ended': 'Đã kết thúc', 'cancelled': 'Đã hủy', 'postponed': 'Đã hoãn',
                            'planned': 'Dự kiến'}[c['status']]
            model.append(dict(code=c['code'], title=c['title'], topic=c['topic'], auds=c['auds'], org=org,
                              org_name=orgname, national=org in NATIONAL, prov=prov, area=c['area'], ward=c['ward'],
                              venue=venue, mode=c['mode'], start=start_iso, end=(c['end'].isoformat() if c['end'] else None),
                              days=c['days'], deadline=(dl.isoformat() if dl else None), status=status_label,
                              new_start=new_iso, period=(c['period'] if c['status'] == 'planned' else None),
                              period_lo=(lo.isoformat() if lo else None), period_hi=(hi.isoformat() if hi else None),
                              period_label=(period_cell(c['period'], 'a') if c['status'] == 'planned' else None),
                              batch=c.get('batch'), weekend=c['weekend'], hour=c['hour'], seats=c['seats'],
                              csv_row=None))
            model[-1]['_rowidx'] = len(rows) - 1

footer = [
 [],
 row(**{'Tên lớp học': f"Tổng cộng: {len(model)} lớp"}),
 [],
 ['Nơi nhận:', '', '', '', '', '', '', '', '', '', 'TL. ĐOÀN CHỦ TỊCH'],
 ['- Các LĐLĐ tỉnh, thành phố;', '', '', '', '', '', '', '', '', '', 'TRƯỞNG BAN TỔ CHỨC'],
 ['- Lưu: VT, BTC.', '', '', '', '', '', '', '', '', '', '(đã ký)'],
]
numrow = [f"({i})" for i in range(1, W + 1)]
all_rows = [r + [''] * (W - len(r)) for r in title_block] + [HEAD, numrow] + rows + [r + [''] * (W - len(r)) for r in footer]
off = len(title_block) + 2
for m in model:
    m['csv_line'] = off + m.pop('_rowidx') + 1  # 1-based physical line in courses.csv
with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8', newline='') as fh:
    csv.writer(fh, lineterminator='\r\n').writerows(all_rows)

# ---------------- targets ----------------
TG_UNITS = [
 ('DN', 'LĐLĐ thành phố Đà Nẵng'), ('QNG', 'LĐLĐ tỉnh Quảng Ngãi'), ('GL', 'LĐLĐ tỉnh Gia Lai'),
 ('DL', 'Liên đoàn Lao động tỉnh Đắk Lắk'), ('KH', 'LĐLĐ tỉnh Khánh Hòa'), ('LD', 'LĐLĐ tỉnh Lâm Đồng'),
 ('HCM', 'LĐLĐ TP. Hồ Chí Minh'), ('HUE', 'LĐLĐ thành phố Huế'), ('VCGL', 'Công đoàn Viên chức tỉnh Gia Lai'),
 ('HEPZA', 'Công đoàn các Khu chế xuất và công nghiệp TP.HCM'), ('GDDL', 'Công đoàn ngành Giáo dục tỉnh Đắk Lắk'),
]
TG_CONTENT = [
 ('CBCS', 'Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS', 'Chủ tịch CĐCS', 'người'),
 ('MOI', 'Tập huấn cán bộ công đoàn cơ sở mới bầu', '', 'học viên'),
 ('ATVS', 'Huấn luyện an toàn, vệ sinh lao động', 'Đoàn viên, người lao động', 'lượt người'),
 ('LOP', 'Số lớp tập huấn do đơn vị tổ chức', '', 'lớp'),
 ('TYLE', 'Tỷ lệ cán bộ CĐ không chuyên trách được tập huấn', 'Cán bộ công đoàn không chuyên trách', '%'),
]
trow = []
tmodel = []
for key, uname in TG_UNITS:
    big = key in ('HCM', 'DN', 'GL', 'DL')
    for ck, content, aud, unit in TG_CONTENT:
        if key in ('VCGL', 'HEPZA', 'GDDL') and ck in ('TYLE',):
            continue
        for year in (2025, 2026):
            if unit == 'người':
                tv = rng.choice([350, 420, 480, 560, 600, 720, 850]) * (3 if key == 'HCM' else 1)
            elif unit == 'học viên':
                tv = rng.choice([200, 250, 300, 320, 400, 450, 500]) * (3 if key == 'HCM' else 1)
            elif unit == 'lượt người':
                tv = rng.choice([1500, 1800, 2000, 2400, 3000, 3200]) * (4 if key in ('HCM', 'HEPZA') else 1)
            elif unit == 'lớp':
                tv = rng.choice([12, 15, 18, 20, 24, 30]) * (2 if big else 1)
            else:
                tv = rng.choice([70, 75, 80, 85, 90])
            if year == 2025:
                ratio = rng.choice([0.92, 0.97, 1.0, 1.04, 1.08, 1.12])
                asof = '31/12/2025'
            else:
                ratio = rng.choice([0.55, 0.62, 0.71, 0.78, 0.83, 0.9, 1.01])
                asof = rng.choice(['31/10/2026', '15/11/2026', '30/09/2026'])
            done = round(tv * ratio) if unit != '%' else min(round(tv * ratio, 1), 98.5)
            code = f"CT-{key}-{year}-{ck}"
            def vn(x):
                if isinstance(x, float) and not x.is_integer():
                    return f"{x:.1f}".replace('.', ',')
                x = int(x)
                return f"{x:,}".replace(',', '.')
            note = ''
            if year == 2025 and done >= tv:
                note = 'Hoàn thành vượt chỉ tiêu' if done > tv else 'Hoàn thành'
            elif year == 2025:
                note = 'Chưa đạt, chuyển sang năm 2026'
            trow.append([code, uname, str(year), content, aud, vn(tv), unit, vn(done), asof, note])
            tmodel.append(dict(code=code, org=key, unit_name=uname, year=year, content=content, aud=aud, target=vn(tv),
                               unit=unit, done=vn(done), asof=asof, note=note, content_key=ck))
T_HEAD = ['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']
tw = len(T_HEAD) + 1
with open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8', newline='') as fh:
    w = csv.writer(fh, lineterminator='\r\n')
    w.writerow(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM'] + [''] * (tw - 1))
    w.writerow(['BAN TỔ CHỨC'] + [''] * (tw - 1))
    w.writerow([''] * tw)
    w.writerow(['BẢNG THEO DÕI CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2025 - 2026'] + [''] * (tw - 1))
    w.writerow(['(số liệu do các đơn vị báo cáo)'] + [''] * (tw - 1))
    w.writerow(['STT'] + T_HEAD)
    cur = None
    i = 0
    sec = 0
    for r in trow:
        if r[1] != cur:
            cur = r[1]
            sec += 1
            w.writerow([['I','II','III','IV','V','VI','VII','VIII','IX','X','XI','XII'][sec - 1], '', r[1].upper()] + [''] * (tw - 3))
            i = 0
        i += 1
        w.writerow([str(i)] + r)
    w.writerow([''] * tw)
    w.writerow(['', '', 'Người lập biểu'] + [''] * (tw - 3))

json.dump({'today': '2026-11-23T09:00', 'classes': model, 'targets': tmodel}, open(os.path.join(OUT, 'method', 'model.json'), 'w', encoding='utf-8'),
          ensure_ascii=False, indent=1)
print(len(model), 'classes;', len(tmodel), 'targets')
