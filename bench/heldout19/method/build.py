#!/usr/bin/env python3
# Generates courses.csv, targets.csv, questions.jsonl, dialogues.jsonl for blind set 19.
import csv, json, os, random, itertools, datetime as dt, sys
sys.path.insert(0, os.path.dirname(__file__))
import data_courses as D
from common import NOW, TODAY, fold, fmt, topic_of
import textstyle as TS
from facts import FACTS
from offtopic import OFF

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
R = random.Random(4242)
COURSES = D.build()
BYCODE = {c['code']: c for c in COURSES}

# ------------------------------------------------------------------ courses.csv
HEAD = ['STT', 'Mã lớp', 'Tên lớp học', 'Chuyên đề', 'Đối tượng tham gia', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Tỉnh/Thành phố',
        'Địa điểm tổ chức', 'Hình thức', 'Ngày bắt đầu (dd/mm/yyyy)', 'Đến ngày', 'Hạn đăng ký', 'Thời gian', 'Số lượng',
        'Trạng thái', 'Ghi chú', 'Lịch nhắc']
PROV_CELL = {'Hà Nội': ['Hà Nội', 'TP Hà Nội', 'Thành phố Hà Nội'], 'Hải Phòng': ['Hải Phòng', 'TP Hải Phòng'],
             'Thanh Hóa': ['Thanh Hóa', 'Thanh Hoá'], 'Hồ Chí Minh': ['TP HCM', 'TP. Hồ Chí Minh'], 'Đà Nẵng': ['Đà Nẵng']}
ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII']


def write_courses():
    groups = {}
    for c in COURSES:
        k = 'CENTRAL' if c['central'] else c['province']
        groups.setdefault(k, []).append(c)
    rows = [HEAD]
    order = list(D.P) + ['CENTRAL']
    for gi, g in enumerate(order):
        title = ('LĐLĐ ' + ('THÀNH PHỐ ' if g in ('Hà Nội', 'Hải Phòng') else 'TỈNH ') + g.upper()) if g != 'CENTRAL' else 'CÁC LỚP CẤP TRUNG ƯƠNG (TỔNG LIÊN ĐOÀN, CÔNG ĐOÀN NGÀNH)'
        rows.append([ROMANS[gi], '', title] + [''] * (len(HEAD) - 3))
        cs = groups[g]
        R.shuffle(cs)
        cs.sort(key=lambda c: (c['kind'] == 'plan', c.get('start') or c.get('pstart')))
        for i, c in enumerate(cs, 1):
            pc = R.choice(PROV_CELL.get(c['province'], [c['province']]))
            rows.append([str(i), c['code'], c['title'], c['topic_cell'], c['aud_cell'], c['org'], c['partner'], pc,
                         c['venue'], c['mode_cell'], c['start_cell'], c['end_cell'], c['dl_cell'], c['days_cell'],
                         c['seats_cell'], c['status_cell'], c['note'], c['remind_cell']])
    rows.append(['', '', 'Tổng cộng', '', '', '', '', '', '', '', '', '', '', '', f'{len(COURSES)} lớp', '', '', ''])
    rows.append([''] * len(HEAD))
    rows.append(['', '', 'Người lập biểu', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''])
    rows.append(['', '', 'Nguyễn Thị Thu Hằng - Ban Tổ chức', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''])
    with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        csv.writer(f, delimiter=';', lineterminator='\r\n').writerows(rows)


# ------------------------------------------------------------------ targets
LEADNAME = {p: ('LĐLĐ thành phố ' if p in ('Hà Nội', 'Hải Phòng') else 'LĐLĐ tỉnh ') + p for p in D.P}
TARGETS = []


def addt(code, unit, unitkey, year, content, aud, tgt, meas, ach, asof, note, cphr, uphr):
    TARGETS.append(dict(code=code, unit=unit, unitkey=unitkey, year=year, content=content, aud=aud, tgt=tgt, meas=meas,
                        ach=ach, asof=asof, note=note, cphr=cphr, uphr=uphr))


def num_cell(v):
    if isinstance(v, float):
        return ('%.1f' % v).replace('.', ',')
    return str(v)


def build_targets():
    rt = random.Random(77)
    for p, pd in D.P.items():
        pre = pd['prefix']
        uph = [LEADNAME[p], 'Liên đoàn Lao động ' + ('thành phố ' if p in ('Hà Nội', 'Hải Phòng') else 'tỉnh ') + p, 'LĐLĐ ' + p]
        ct = ['bồi dưỡng chủ tịch CĐCS', 'tập huấn cho chủ tịch công đoàn cơ sở', 'đào tạo chủ tịch CĐCS']
        t25 = rt.randrange(28, 95) * 10
        a25 = int(t25 * rt.uniform(0.88, 1.12))
        addt(f'CT-{pre}-2025-CTCDCS', LEADNAME[p], 'LEAD:' + p, '2025', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS', 'Chủ tịch CĐCS',
             t25, 'người', a25, '31/12/2025', 'Vượt kế hoạch' if a25 >= t25 else 'Chưa đạt', ct, uph)
        t26 = t25 + rt.randrange(-5, 12) * 10
        a26 = int(t26 * rt.uniform(0.55, 1.05))
        addt(f'CT-{pre}-2026-CTCDCS', LEADNAME[p], 'LEAD:' + p, '2026', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS', 'Chủ tịch CĐCS',
             t26, 'người', a26, '31/10/2026', '', ct, uph)
        if p in ('Hà Nội', 'Hải Phòng', 'Bắc Ninh', 'Thanh Hóa', 'Nghệ An', 'Quảng Ninh', 'Phú Thọ', 'Lào Cai'):
            addt(f'CT-{pre}-2027-CTCDCS', LEADNAME[p], 'LEAD:' + p, '2027', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS', 'Chủ tịch CĐCS',
                 t26 + 50, 'người', None, '', 'Dự kiến giao', ct, uph)
        if p in ('Hà Nội', 'Bắc Ninh', 'Hải Phòng', 'Thái Nguyên', 'Hưng Yên', 'Hà Tĩnh'):
            tl = rt.randrange(12, 40)
            addt(f'CT-{pre}-2026-SOLOP', LEADNAME[p], 'LEAD:' + p, '2026', 'Số lớp tập huấn cán bộ công đoàn cơ sở', '',
                 tl, 'lớp', rt.randrange(tl // 2, tl), '31/10/2026', '', ['số lớp tập huấn cán bộ CĐCS', 'số lớp tập huấn'], uph)
        if p in ('Hà Nội', 'Lạng Sơn', 'Ninh Bình', 'Tuyên Quang'):
            addt(f'CT-{pre}-NK2328-CTR', LEADNAME[p], 'LEAD:' + p, rt.choice(['2023-2028', '2023–2028']),
                 'Tỷ lệ cán bộ công đoàn chuyên trách được bồi dưỡng lý luận, nghiệp vụ', 'Cán bộ công đoàn chuyên trách',
                 100, '%', rt.choice([86.5, 92.0, 78.4, 95.0]), '30/09/2026', 'Nhiệm kỳ Đại hội',
                 ['tỷ lệ cán bộ chuyên trách được bồi dưỡng', 'bồi dưỡng cán bộ chuyên trách'], uph)
    # sector unions, KCN, company, ward
    more = [
        ('CT-CDGD-2026-UBKT', 'Công đoàn Giáo dục Việt Nam', '2026', 'Tập huấn nghiệp vụ cho Ủy viên UBKT', 'Ủy viên ủy ban kiểm tra', 420, 'người', 391, '31/10/2026', ['Công đoàn Giáo dục Việt Nam', 'CĐ Giáo dục VN'], ['tập huấn ủy viên UBKT', 'bồi dưỡng ủy ban kiểm tra']),
        ('CT-CDGD-2025-UBKT', 'Công đoàn Giáo dục Việt Nam', '2025', 'Tập huấn nghiệp vụ cho Ủy viên UBKT', 'Ủy viên ủy ban kiểm tra', 380, 'người', 402, '31/12/2025', ['Công đoàn Giáo dục Việt Nam', 'CĐ Giáo dục VN'], ['tập huấn ủy viên UBKT', 'bồi dưỡng ủy ban kiểm tra']),
        ('CT-CDYT-2026-NC', 'Công đoàn Y tế Việt Nam', '2026', 'Bồi dưỡng cán bộ nữ công', 'Trưởng ban nữ công', 260, 'người', 198, '31/10/2026', ['Công đoàn Y tế Việt Nam', 'CĐ Y tế VN'], ['bồi dưỡng cán bộ nữ công', 'tập huấn nữ công']),
        ('CT-CDCT-2026-TLTT', 'Công đoàn Công Thương Việt Nam', '2026', 'Tập huấn kỹ năng thương lượng tập thể', 'Chủ tịch CĐCS', 310, 'người', 275, '31/10/2026', ['Công đoàn Công Thương Việt Nam', 'CĐ Công Thương'], ['tập huấn thương lượng tập thể', 'kỹ năng thương lượng']),
        ('CT-BNKCN-2026-PTDV', 'CĐ các KCN tỉnh Bắc Ninh', '2026', 'Phát triển đoàn viên mới', '', 6500, 'đoàn viên', 5120, '31/10/2026', ['CĐ các KCN tỉnh Bắc Ninh', 'Công đoàn các khu công nghiệp Bắc Ninh'], ['phát triển đoàn viên mới', 'kết nạp đoàn viên']),
        ('CT-BNKCN-2026-TLTT', 'CĐ các KCN tỉnh Bắc Ninh', '2026', 'Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp', 'Chủ tịch CĐCS', 180, 'người', 164, '31/10/2026', ['CĐ các KCN tỉnh Bắc Ninh', 'Công đoàn các khu công nghiệp Bắc Ninh'], ['tập huấn thương lượng tập thể', 'thương lượng tập thể']),
        ('CT-HPKCN-2026-ATVSLD', 'CĐ các KCN Hải Phòng', '2026', 'Huấn luyện an toàn vệ sinh viên', 'An toàn vệ sinh viên', 850, 'người', 702, '31/10/2026', ['CĐ các KCN Hải Phòng', 'Công đoàn các KCN Hải Phòng'], ['huấn luyện an toàn vệ sinh viên', 'huấn luyện ATVSV']),
        ('CT-SAMBO-2026-ATVSV', 'CĐCS Công ty TNHH Điện tử Sambo Vina', '2026', 'Huấn luyện an toàn vệ sinh viên', 'An toàn vệ sinh viên', 120, 'người', 120, '30/09/2026', ['CĐCS Công ty Sambo Vina', 'công đoàn Sambo Vina'], ['huấn luyện an toàn vệ sinh viên', 'huấn luyện ATVSV']),
        ('CT-FUHON-2026-TC', 'CĐCS Công ty TNHH Fuhon Precision Việt Nam', '2026', 'Tập huấn tài chính cho tổ trưởng công đoàn', 'Tổ trưởng công đoàn', 64, 'người', 40, '31/10/2026', ['CĐCS Công ty Fuhon', 'công đoàn công ty Fuhon'], ['tập huấn tổ trưởng công đoàn', 'tập huấn cho tổ trưởng']),
        ('CT-LUXTRON-2026-DV', 'CĐCS Công ty TNHH Luxtron Hải Phòng', '2026', 'Tập huấn pháp luật cho đoàn viên', 'Đoàn viên, người lao động', 900, 'lượt', 655, '31/10/2026', ['CĐCS Công ty Luxtron', 'công đoàn Luxtron'], ['tập huấn pháp luật cho đoàn viên', 'tuyên truyền pháp luật']),
        ('CT-PST-2026-BCH', 'CĐ phường Sơn Tây', '2026', 'Bồi dưỡng ủy viên BCH CĐCS trực thuộc', 'Ủy viên BCH công đoàn', 95, 'người', 71, '31/10/2026', ['CĐ phường Sơn Tây', 'Công đoàn phường Sơn Tây'], ['bồi dưỡng ủy viên BCH', 'tập huấn BCH']),
        ('CT-PST-2027-BCH', 'CĐ phường Sơn Tây', '2027', 'Bồi dưỡng ủy viên BCH CĐCS trực thuộc', 'Ủy viên BCH công đoàn', 110, 'người', None, '', ['CĐ phường Sơn Tây', 'Công đoàn phường Sơn Tây'], ['bồi dưỡng ủy viên BCH', 'tập huấn BCH']),
        ('CT-PTD-2026-CTCDCS', 'CĐ phường Thành Đông', '2026', 'Bồi dưỡng Chủ tịch CĐCS trực thuộc', 'Chủ tịch CĐCS', 48, 'người', 45, '31/10/2026', ['CĐ phường Thành Đông', 'Công đoàn phường Thành Đông'], ['bồi dưỡng chủ tịch CĐCS', 'tập huấn chủ tịch công đoàn cơ sở']),
        ('CT-XCM-2026-PTDV', 'CĐ xã Chợ Mới', '2026', 'Phát triển đoàn viên', '', 150, 'đoàn viên', 88, '31/10/2026', ['CĐ xã Chợ Mới', 'Công đoàn xã Chợ Mới'], ['phát triển đoàn viên', 'kết nạp đoàn viên mới']),
    ]
    for code, unit, y, content, aud, t, meas, a, asof, uph, cph in more:
        addt(code, unit, unit, y, content, aud, t, meas, a, asof, '', cph, uph)
    rows = [['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']]
    for t in TARGETS:
        tgt = t['tgt']
        tc = num_cell(tgt) if t['meas'] != '%' else f'{tgt}%'
        if isinstance(tgt, int) and tgt >= 1000:
            tc = f'{tgt:,}'.replace(',', '.')
        ac = '' if t['ach'] is None else num_cell(t['ach'])
        if isinstance(t['ach'], int) and t['ach'] >= 1000:
            ac = f"{t['ach']:,}".replace(',', '.')
        rows.append([t['code'], t['unit'], t['year'], t['content'], t['aud'], tc, t['meas'], ac, t['asof'], t['note']])
    with open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        csv.writer(f, lineterminator='\r\n').writerows(rows)


def tnum(v):
    """How a figure is quoted in expect_text (Vietnamese style)."""
    if isinstance(v, float):
        return ('%.1f' % v).replace('.', ',')
    if v >= 1000:
        return f'{v:,}'.replace(',', '.')
    return str(v)


# ------------------------------------------------------------------ matching
AUD_BROAD = {'CT': {'CT', 'PCT', 'KCT', 'BCH'}, 'BCH': {'BCH', 'CT', 'PCT', 'KCT'}, 'ATVSV': {'ATVSV', 'DVNLD'}}
TOPIC_BROAD = {'PL': {'PL', 'TC'}}


def topic_match(c, t, broad):
    if c['topic'] == t:
        return True
    if not broad:
        return False
    if t == 'NV':
        return 'nghiep vu' in fold(c['title'])
    return c['topic'] in TOPIC_BROAD.get(t, set())


def key(c):
    return c['start'] if c['kind'] == 'date' else c['pstart']


def filt(spec, v, include_all=False):
    out = []
    for c in COURSES:
        if not include_all and not D.upcoming(c):
            continue
        if spec.get('org'):
            if c['org_key'] != spec['org']:
                continue
        if spec.get('prov'):
            if c['province'] != spec['prov']:
                continue
            if c['central'] and not v['central'] and not spec.get('org'):
                continue
            if c['org_kind'] in ('company', 'school') and not v['internal'] and not spec.get('org'):
                continue
        if spec.get('central_only') and not c['central']:
            continue
        if spec.get('area') and v['area']:
            if c['area'] not in spec['area']:
                continue
        if spec.get('topic') and not topic_match(c, spec['topic'], v['tbroad']):
            continue
        if spec.get('aud'):
            s = AUD_BROAD.get(spec['aud'], {spec['aud']}) if v['abroad'] else {spec['aud']}
            if not (c['aud'] & s):
                continue
        if spec.get('mode') == 'on':
            if not (c['mode'] == 'on' or (v['loose'] and c['mode'] == 'kh')):
                continue
        if spec.get('period'):
            ps, pe = spec['period']
            if c['kind'] == 'date':
                if not (ps <= c['start'] <= pe):
                    continue
            else:
                eff = max(c['pstart'], TODAY)
                if c['pend'] < ps or c['pstart'] > pe:
                    continue
                if not (eff >= ps and c['pend'] <= pe):
                    return None  # ambiguous: plan partly inside the period
        out.append(c)
    return out


def variants(spec):
    dims = {'central': [True, False] if spec.get('prov') and not spec.get('org') else [False],
            'internal': [True, False] if spec.get('prov') and not spec.get('org') else [True],
            'area': [True, False] if spec.get('area') else [False],
            'tbroad': [False, True] if spec.get('topic') else [False],
            'abroad': [False, True] if spec.get('aud') else [False],
            'loose': [False, True] if spec.get('mode') else [False]}
    ks = list(dims)
    for combo in itertools.product(*[dims[k] for k in ks]):
        yield dict(zip(ks, combo))


def ordered(lst):
    """Sort by date; None when the order of the first two is not clear."""
    lst = sorted(lst, key=key)
    for a, b in zip(lst, lst[1:]):
        if key(a) == key(b):
            return None
        if a['kind'] == 'plan' and a['pend'] >= key(b):
            return None
        if b['kind'] == 'plan' and a['kind'] == 'date':
            pass
    # a dated class after a plan whose period covers it is ambiguous (handled above); a plan after a dated class whose
    # period starts before that class date is also ambiguous
    for a in lst:
        if a['kind'] == 'plan':
            for b in lst:
                if b['kind'] == 'date' and b['start'] >= a['pstart'] and b['start'] <= a['pend']:
                    return None
    return lst


def answer_set(spec):
    """Same ordered list under every reading, else None."""
    res = None
    for v in variants(spec):
        l = filt(spec, v)
        if l is None:
            return None
        l = ordered(l)
        if l is None:
            return None
        codes = [c['code'] for c in l]
        if res is None:
            res = codes
        elif res != codes:
            return None
    return res


def nearest(spec):
    """First class under every reading (must agree), else None."""
    res = None
    for v in variants(spec):
        l = filt(spec, v)
        if not l:
            return None
        l = sorted(l, key=key)
        first = l[0]
        if len(l) > 1 and key(l[1]) == key(first):
            return None
        if first['kind'] == 'plan' and len(l) > 1 and first['pend'] >= key(l[1]):
            return None
        if first['kind'] == 'date' and any(x['kind'] == 'plan' and x['pstart'] <= first['start'] for x in l):
            return None
        if res is None:
            res = first['code']
        elif res != first['code']:
            return None
    return res


def safe_date(d):
    return d is not None and d.day >= 10 and d.month >= 10


# ------------------------------------------------------------------ phrases
PNAME = {'Hà Nội': ['Hà Nội', 'thủ đô', 'TP Hà Nội'], 'Hải Phòng': ['Hải Phòng', 'TP Hải Phòng'], 'Thanh Hóa': ['Thanh Hóa', 'Thanh Hoá', 'xứ Thanh']}
AREAS = {  # phrase -> (province, set of areas)
    'Sơn Tây': ('Hà Nội', {'Sơn Tây'}), 'thị xã Sơn Tây cũ': ('Hà Nội', {'Sơn Tây'}), 'Hà Đông': ('Hà Nội', {'Hà Đông'}),
    'Hà Tây': ('Hà Nội', {'Sơn Tây', 'Hà Đông'}), 'Mê Linh': ('Hà Nội', {'Mê Linh'}), 'huyện Mê Linh cũ': ('Hà Nội', {'Mê Linh'}),
    'Hải Dương': ('Hải Phòng', {'Hải Dương'}), 'tỉnh Hải Dương cũ': ('Hải Phòng', {'Hải Dương'}),
    'Bắc Giang': ('Bắc Ninh', {'Bắc Giang'}), 'Thái Bình': ('Hưng Yên', {'Thái Bình'}), 'Nam Định': ('Ninh Bình', {'Nam Định'}),
    'Hà Nam': ('Ninh Bình', {'Hà Nam'}), 'Vĩnh Phúc': ('Phú Thọ', {'Vĩnh Phúc'}), 'Hòa Bình': ('Phú Thọ', {'Hòa Bình'}),
    'Bắc Kạn': ('Thái Nguyên', {'Bắc Kạn'}), 'Hà Giang': ('Tuyên Quang', {'Hà Giang'}), 'Yên Bái': ('Lào Cai', {'Yên Bái'}),
    'huyện Chi Lăng cũ': ('Lạng Sơn', {'Chi Lăng'}), 'Cao Lộc': ('Lạng Sơn', {'Cao Lộc'}),
}
TP = {
    'NV': ['nghiệp vụ công đoàn', 'bồi dưỡng nghiệp vụ công tác công đoàn', 'nghiệp vụ công tác công đoàn'],
    'TL': ['thương lượng tập thể', 'đối thoại, thương lượng tập thể', 'kỹ năng đối thoại thương lượng'],
    'AT': ['an toàn vệ sinh lao động', 'ATVSLĐ', 'huấn luyện an toàn lao động'],
    'PL': ['pháp luật lao động', 'tư vấn pháp luật', 'pháp luật'],
    'TC': ['giải quyết tranh chấp lao động', 'tranh chấp lao động'],
    'NC': ['nữ công', 'công tác nữ công', 'bình đẳng giới, nữ công'],
    'TCCD': ['tài chính công đoàn', 'kế toán công đoàn', 'tài chính, kế toán công đoàn'],
    'KTRA': ['công tác kiểm tra', 'nghiệp vụ kiểm tra công đoàn'],
    'TG': ['tuyên truyền', 'tuyên giáo'],
    'PT': ['phát triển đoàn viên', 'phát triển đoàn viên, thành lập CĐCS'],
    'CDS': ['chuyển đổi số', 'tin học, chuyển đổi số'],
    'GV': ['giảng viên kiêm chức', 'kỹ năng giảng dạy'],
    'VT': ['văn thư lưu trữ', 'văn thư, lưu trữ'],
    'LLCT': ['lý luận chính trị', 'quản lý nhà nước, lý luận chính trị'],
}
AP = {'CT': ['chủ tịch công đoàn cơ sở', 'chủ tịch CĐCS'], 'UBKT': ['ủy viên ủy ban kiểm tra', 'cán bộ UBKT'],
      'NCB': ['cán bộ nữ công', 'trưởng ban nữ công'], 'KTOAN': ['kế toán công đoàn', 'kế toán, thủ quỹ CĐCS'],
      'ATVSV': ['an toàn vệ sinh viên', 'mạng lưới an toàn vệ sinh viên'], 'DVNLD': ['đoàn viên, người lao động', 'công nhân lao động'],
      'BCH': ['ủy viên ban chấp hành', 'ủy viên BCH'], 'CAPTREN': ['cán bộ công đoàn cấp trên cơ sở'],
      'CTR': ['cán bộ chuyên trách'], 'GVK': ['giảng viên kiêm chức']}
PERIODS = [
    ('tháng 12', (dt.date(2026, 12, 1), dt.date(2026, 12, 31))),
    ('tháng sau', (dt.date(2026, 12, 1), dt.date(2026, 12, 31))),
    ('trong tháng 12 này', (dt.date(2026, 12, 1), dt.date(2026, 12, 31))),
    ('tuần này', (dt.date(2026, 11, 23), dt.date(2026, 11, 29))),
    ('tuần sau', (dt.date(2026, 11, 30), dt.date(2026, 12, 6))),
    ('từ giờ đến cuối năm', (dt.date(2026, 11, 23), dt.date(2026, 12, 31))),
    ('quý 1 năm sau', (dt.date(2027, 1, 1), dt.date(2027, 3, 31))),
    ('tháng 1 năm sau', (dt.date(2027, 1, 1), dt.date(2027, 1, 31))),
    ('6 tháng đầu năm 2027', (dt.date(2027, 1, 1), dt.date(2027, 6, 30))),
    ('quý 2 năm 2027', (dt.date(2027, 4, 1), dt.date(2027, 6, 30))),
    ('tháng 3/2027', (dt.date(2027, 3, 1), dt.date(2027, 3, 31))),
]
PRE = ['', '', '', 'Dạ cho em hỏi, ', 'Cho mình hỏi ', 'Kính gửi anh chị, cho tôi hỏi ', 'Chào bạn, ', 'Em chào anh chị ạ, ',
       'Anh chị ơi, ', 'Dạ em chào ban tổ chức, em muốn hỏi ']
SUF = ['?', '?', ' ạ?', ' ạ', ' với ạ', '', ' nhé', ' vậy?', ' ạ?']
ROLES = ['Chủ tịch CĐCS', 'Phó chủ tịch CĐCS', 'Ủy viên BCH', 'Ủy viên UBKT', 'Trưởng ban nữ công', 'Kế toán công đoàn',
         'An toàn vệ sinh viên', 'Tổ trưởng công đoàn', 'Cán bộ công đoàn mới']
INTRO = {'Chủ tịch CĐCS': 'em là chủ tịch CĐCS', 'Phó chủ tịch CĐCS': 'tôi là phó chủ tịch công đoàn cơ sở',
         'Ủy viên BCH': 'mình là ủy viên BCH công đoàn', 'Ủy viên UBKT': 'em là ủy viên ủy ban kiểm tra',
         'Trưởng ban nữ công': 'em là trưởng ban nữ công', 'Kế toán công đoàn': 'em làm kế toán công đoàn',
         'An toàn vệ sinh viên': 'em là an toàn vệ sinh viên', 'Tổ trưởng công đoàn': 'em là tổ trưởng công đoàn',
         'Cán bộ công đoàn mới': 'em mới làm cán bộ công đoàn'}


def pn(p):
    return R.choice(PNAME.get(p, [p]))


def place_phrase(spec, profile):
    if spec.get('area_phrase'):
        return R.choice(['ở ', 'tại ', 'bên ', 'khu vực ']) + spec['area_phrase']
    if profile and spec.get('prov') == profile.get('province') and not spec.get('org'):
        return R.choice(['ở tỉnh mình', 'tỉnh em', 'trong tỉnh mình', 'ở địa phương em']) if spec['prov'] not in ('Hà Nội', 'Hải Phòng') \
            else R.choice(['ở thành phố mình', 'thành phố em', 'trên địa bàn thành phố mình'])
    if spec.get('org'):
        return 'bên ' + spec['org_phrase']
    if spec.get('prov'):
        return R.choice(['ở ', 'tại ', 'bên ', 'trên địa bàn ']) + pn(spec['prov'])
    if spec.get('central_only'):
        return R.choice(['cấp toàn quốc', 'của Tổng Liên đoàn hoặc công đoàn ngành trung ương', 'cấp trung ương'])
    return ''


def search_text(spec, profile):
    t = R.choice(TP[spec['topic']])
    a = R.choice(AP[spec['aud']]) if spec.get('aud') else None
    L = place_phrase(spec, profile)
    W = spec.get('period_phrase')
    M = R.choice([' trực tuyến', ' học online', ' học qua mạng']) if spec.get('mode') == 'on' else ''
    af = f' cho {a}' if a else ''
    pre = R.choice(PRE)
    intro = ''
    if profile and R.random() < 0.5:
        intro = R.choice(['Dạ ', 'Chào ad, ', '']) + INTRO.get(profile['role'], 'em là cán bộ công đoàn') + \
            (f' ở {profile["union"]}' if profile.get('union') and R.random() < 0.5 else '') + '. '
        pre = ''
    suf = R.choice(SUF)
    opts = []
    if W:
        opts += [f'{W} {L} có lớp {t}{af}{M} nào không{suf}',
                 f'{L} {W} có mở lớp tập huấn {t}{af}{M} không{suf}',
                 f'mình muốn học {t}{M}, {L} {W} có lớp nào{suf}',
                 f'lớp {t}{af}{M} {L} {W} thì học ngày nào{suf}']
        if a:
            opts.append(f'{a} {L} muốn học {t}{M} thì {W} có lớp nào{suf}')
    else:
        opts += [f'{L} sắp tới có mở lớp {t}{af}{M} không{suf}',
                 f'lớp {t}{af}{M} gần nhất {L} là lớp nào, học ngày nào{suf}',
                 f'có khóa {t}{M} nào sắp mở {L} không, cho{" " + a if a else " anh em"} đi học{suf}',
                 f'{L} khi nào có lớp {t}{af}{M} tiếp theo{suf}']
        if a:
            opts.append(f'{a} {L} thì lớp {t}{M} sắp tới là lớp nào{suf}')
    s = R.choice(opts).replace('  ', ' ').strip()
    s = s[0].upper() + s[1:] if not pre and not intro else s
    return (intro + pre + s).strip()


def org_phrase(c):
    if c['org_kind'] == 'lead':
        p = c['province']
        return R.choice([LEADNAME[p], 'LĐLĐ ' + p, 'Liên đoàn Lao động ' + ('thành phố ' if p in ('Hà Nội', 'Hải Phòng') else 'tỉnh ') + p])
    return c['org']


def month_phrase(c):
    if c['kind'] == 'plan':
        return None
    s = c['start']
    if s < TODAY:
        if s.month >= 10:
            return R.choice([f'tháng {s.month} vừa rồi', f'hồi tháng {s.month}', f'tháng {s.month}/{s.year}'])
        return R.choice([f'hồi tháng {s.month}', f'tháng {s.month}/{s.year}', f'tháng {s.month} năm nay'])
    if s.year == 2026 and s.month == 12:
        return R.choice(['tháng 12', 'tháng 12 này', 'tháng sau'])
    if s.year == 2026 and s.month == 11:
        return R.choice(['cuối tháng 11 này', 'tuần này' if s <= dt.date(2026, 11, 29) else 'cuối tháng này'])
    return R.choice([f'tháng {s.month}/2027', f'tháng {s.month} năm sau'])


def ident_unique(c, scope, with_batch):
    """The class is the only one with this organiser/province, topic (broad or strict), month, batch."""
    s = c['start']
    ms, me = dt.date(s.year, s.month, 1), (dt.date(s.year + (s.month == 12), s.month % 12 + 1, 1) - dt.timedelta(days=1))
    if s.year == 2026 and s.month == 11 and s >= TODAY:
        ms = TODAY
    for o in COURSES:
        if o is c:
            continue
        if scope == 'org' and o['org_key'] != c['org_key']:
            continue
        if scope == 'prov' and o['province'] != c['province']:
            continue
        if not (topic_match(o, c['topic'], True) or topic_match(c, o['topic'], True) or o['topic'] == c['topic']):
            continue
        if with_batch and o['batch'] != c['batch']:
            continue
        if o['kind'] == 'date':
            if ms <= o['start'] <= me:
                return False
            if s.year == 2026 and s.month == 11 and o['start'].month == 11 and o['start'].year == 2026:
                return False
        else:
            if not (o['pend'] < ms or o['pstart'] > me):
                return False
    return True


# ------------------------------------------------------------------ questions
Q = []


def addq(kind, text, expect, etext, profile=None, style=None, extra=None):
    Q.append(dict(kind=kind, text=text, expect=expect, etext=etext, profile=profile, style=style, extra=extra or {}))


def make_profile(prov, union=None, role=None):
    return {'role': role or R.choice(ROLES), 'province': prov, 'union': union or R.choice(
        [o[0] for o in D.P[prov]['others']] + [LEADNAME[prov]] if D.P[prov]['others'] else [LEADNAME[prov]])}


def gen_search():
    seen = set()
    specs = []
    ups = [c for c in COURSES if D.upcoming(c)]
    R.shuffle(ups)
    for c in ups:
        for form in R.sample(['prov', 'prov_period', 'prov_aud', 'area', 'org', 'online', 'central'], 3):
            spec = {'topic': c['topic']}
            if form in ('prov', 'prov_period', 'prov_aud', 'online'):
                if c['central']:
                    continue
                spec['prov'] = c['province']
            if form == 'prov_period':
                cand = [(ph, rg) for ph, rg in PERIODS if (c['kind'] == 'date' and rg[0] <= c['start'] <= rg[1])]
                if not cand:
                    continue
                ph, rg = R.choice(cand)
                spec['period'] = rg; spec['period_phrase'] = ph
            if form == 'prov_aud':
                auds = [a for a in c['aud'] if a in AP]
                if not auds:
                    continue
                spec['aud'] = R.choice(auds)
            if form == 'online':
                if c['mode'] != 'on':
                    continue
                spec['mode'] = 'on'
            if form == 'area':
                if not c['area'] or c['central']:
                    continue
                phs = [ph for ph, (p, ar) in AREAS.items() if p == c['province'] and c['area'] in ar]
                ph = R.choice(phs)
                spec['prov'], spec['area'] = AREAS[ph]
                spec['area_phrase'] = ph
            if form == 'org':
                if c['org_kind'] in ('lead',) or c['central']:
                    continue
                spec['org'] = c['org_key']; spec['org_phrase'] = c['org']
                spec['prov'] = c['province']
            if form == 'central':
                if not c['central']:
                    continue
                if R.random() < 0.5:
                    spec['org'] = c['org_key']; spec['org_phrase'] = c['org']
                else:
                    spec['central_only'] = True
            k = json.dumps({x: str(y) for x, y in spec.items() if x not in ('period_phrase', 'org_phrase', 'area_phrase')}, sort_keys=True)
            if k in seen:
                continue
            n = nearest(spec)
            if not n:
                continue
            seen.add(k)
            specs.append((spec, n))
    return specs


def etext_for_course(c, what):
    if what == 'date':
        return [fmt(c['start'])] if c['kind'] == 'date' and safe_date(c['start']) else []
    if what == 'venue':
        return [c['venue_key']]
    if what == 'days':
        return [f"{c['days']} ngày"] if c.get('days') else []
    if what == 'deadline':
        return [fmt(c['dl'])] if c.get('dl') and safe_date(c['dl']) else []
    return []


def gen_questions():
    specs = gen_search()
    R.shuffle(specs)
    # limit per form to keep a mix
    used = 0
    per_form = {}
    for spec, code in specs:
        form = ('area' if spec.get('area') else 'org' if spec.get('org') else 'central' if spec.get('central_only') else
                'online' if spec.get('mode') else 'aud' if spec.get('aud') else 'period' if spec.get('period') else 'prov')
        cap = {'area': 24, 'org': 18, 'central': 9, 'online': 10, 'aud': 24, 'period': 26, 'prov': 20}[form]
        if per_form.get(form, 0) >= cap:
            continue
        per_form[form] = per_form.get(form, 0) + 1
        c = BYCODE[code]
        profile = None
        if spec.get('prov') and not spec.get('area') and not spec.get('org') and R.random() < 0.5:
            profile = make_profile(spec['prov'])
        if form == 'org' and c['org_kind'] == 'company' and R.random() < 0.6:
            profile = make_profile(c['province'], union=c['org'])
            spec = dict(spec); spec['org_phrase'] = R.choice(['công ty em', 'công ty mình'])
        text = search_text(spec, profile)
        et = etext_for_course(c, 'date') or (etext_for_course(c, 'venue') if c['mode'] == 'tt' else [])
        addq('course', text, [code], et, profile, extra={'spec': {k: (list(v) if isinstance(v, (set, tuple)) else v) for k, v in spec.items()}, 'form': form})
        used += 1
    # lookups
    cands = list(COURSES)
    R.shuffle(cands)
    per_ask = {}
    caps = {'venue': 18, 'date': 15, 'days': 16, 'deadline': 16, 'mode': 7, 'cancel': 9, 'postponed': 5, 'past': 9, 'plan': 6}
    for c in cands:
        if c['kind'] == 'plan':
            ask = 'plan'
        elif c['status'] == 'cancel':
            ask = 'cancel'
        elif c.get('postponed'):
            ask = 'postponed'
        elif c['start'] < TODAY:
            ask = 'past'
        else:
            ask = R.choice(['venue', 'date', 'days', 'deadline', 'mode'])
        if per_ask.get(ask, 0) >= caps[ask]:
            continue
        scope = 'org' if c['central'] or R.random() < 0.6 else 'prov'
        with_batch = bool(c['batch'])
        if ask == 'plan':
            # identify by organiser + topic + period label; unique among the organiser's classes of that topic
            same = [o for o in COURSES if o is not c and o['org_key'] == c['org_key'] and
                    (topic_match(o, c['topic'], True) or topic_match(c, o['topic'], True)) and (not with_batch or o['batch'] == c['batch'])]
            if same:
                continue
            t = R.choice(TP[c['topic']])
            text = R.choice([f'Lớp {t} của {org_phrase(c)} đã có ngày học cụ thể chưa{R.choice(SUF)}',
                             f'{org_phrase(c)} có kế hoạch mở lớp {t} không, khi nào học{R.choice(SUF)}'])
            addq('course', R.choice(PRE) + text, [c['code']], [], None, extra={'form': 'lookup_plan'})
            per_ask[ask] = per_ask.get(ask, 0) + 1
            continue
        if not ident_unique(c, scope, with_batch):
            continue
        if ask == 'deadline' and not (c.get('dl') and safe_date(c['dl'])):
            continue
        if ask == 'date' and not safe_date(c['start']):
            continue
        if ask == 'days' and not c.get('days'):
            continue
        if ask == 'mode' and c['mode'] == 'kh':
            continue
        t = R.choice(TP[c['topic']])
        b = f' đợt {c["batch"]}' if with_batch else ''
        who = (R.choice(['của ', 'do ']) + org_phrase(c) + (' tổ chức' if R.random() < 0.3 else '')) if scope == 'org' \
            else R.choice(['ở ', 'tại ']) + pn(c['province'])
        mp = month_phrase(c)
        ident = f'lớp {t}{b} {who} {mp}'
        suf = R.choice(SUF)
        if ask == 'venue':
            text = R.choice([f'{ident} học ở đâu{suf}', f'địa điểm tổ chức {ident} ở chỗ nào{suf}', f'{ident} tổ chức ở đâu thế{suf}'])
            et = etext_for_course(c, 'venue')
        elif ask == 'date' or ask == 'past':
            text = R.choice([f'{ident} khai giảng ngày nào{suf}', f'{ident} bắt đầu học hôm nào{suf}', f'{ident} học từ ngày nào đến ngày nào{suf}'])
            et = etext_for_course(c, 'date')
        elif ask == 'days':
            text = R.choice([f'{ident} học mấy ngày{suf}', f'{ident} kéo dài bao nhiêu ngày{suf}', f'{ident} học trong mấy hôm{suf}'])
            et = etext_for_course(c, 'days')
        elif ask == 'deadline':
            text = R.choice([f'hạn chót đăng ký {ident} là ngày nào{suf}', f'{ident} giờ đăng ký còn kịp không, hạn đến bao giờ{suf}',
                             f'đăng ký {ident} đến hết ngày nào{suf}'])
            et = etext_for_course(c, 'deadline')
        elif ask == 'mode':
            text = R.choice([f'{ident} học online hay phải đến trực tiếp{suf}', f'{ident} có học trực tuyến được không{suf}'])
            et = ['trực tuyến'] if c['mode'] == 'on' else []
        elif ask == 'cancel':
            text = R.choice([f'{ident} còn tổ chức không hay bị hủy rồi{suf}', f'nghe nói {ident} không học nữa, đúng không{suf}'])
            et = []
        elif ask == 'postponed':
            text = R.choice([f'nghe nói {ident} bị hoãn, giờ dời sang ngày nào{suf}', f'{ident} lùi lịch rồi phải không, học ngày nào{suf}'])
            et = [fmt(c['start'])]
        text = R.choice(PRE) + text
        addq('course', text, [c['code']], et, None, extra={'form': 'lookup_' + ask})
        per_ask[ask] = per_ask.get(ask, 0) + 1
    # targets
    tq = []
    for t in TARGETS:
        same = [o for o in TARGETS if o['unitkey'] == t['unitkey'] and o['year'] == t['year']]
        need_content = len(same) > 1
        for rep in range(2 if t['year'] in ('2026', '2025') and t['unitkey'].startswith('LEAD') else 1):
            tq.append((t, need_content))
    R.shuffle(tq)
    for t, need_content in tq[:52]:
        profile = None
        y = t['year']
        yp = {'2026': R.choice(['năm nay', 'năm 2026']), '2025': R.choice(['năm ngoái', 'năm 2025']),
              '2027': R.choice(['năm sau', 'năm 2027'])}.get(y, R.choice(['nhiệm kỳ 2023-2028', 'cả nhiệm kỳ 2023–2028']))
        up = R.choice(t['uphr'])
        if t['unitkey'].startswith('LEAD') and R.random() < 0.5:
            prov = t['unitkey'][5:]
            profile = make_profile(prov)
            up = R.choice(['tỉnh mình', 'LĐLĐ tỉnh mình', 'bên mình']) if prov not in ('Hà Nội', 'Hải Phòng') else R.choice(['thành phố mình', 'LĐLĐ thành phố mình'])
        elif not t['unitkey'].startswith('LEAD') and R.random() < 0.4:
            prov = {'CĐ các KCN tỉnh Bắc Ninh': 'Bắc Ninh', 'CĐ các KCN Hải Phòng': 'Hải Phòng', 'CĐCS Công ty TNHH Điện tử Sambo Vina': 'Bắc Ninh',
                    'CĐCS Công ty TNHH Fuhon Precision Việt Nam': 'Bắc Ninh', 'CĐCS Công ty TNHH Luxtron Hải Phòng': 'Hải Phòng',
                    'CĐ phường Sơn Tây': 'Hà Nội', 'CĐ phường Thành Đông': 'Hải Phòng', 'CĐ xã Chợ Mới': 'Thái Nguyên'}.get(t['unitkey'])
            if prov:
                profile = make_profile(prov, union=t['unit'])
                up = R.choice(['công ty em', 'đơn vị mình']) if 'Công ty' in t['unit'] else R.choice(['đơn vị mình', 'công đoàn bên em'])
        cp = R.choice(t['cphr'])
        cpart = f' {cp}' if (need_content or R.random() < 0.6) else ''
        suf = R.choice(SUF)
        has_ach = t['ach'] is not None
        forms = [(f'chỉ tiêu{cpart} {yp} của {up} là bao nhiêu{suf}', False),
                 (f'{yp} {up} được giao chỉ tiêu{cpart} bao nhiêu{suf}', False)]
        if has_ach:
            forms += [(f'chỉ tiêu{cpart} {yp} của {up} là bao nhiêu, đến giờ đạt được bao nhiêu rồi{suf}', True),
                      (f'{yp} {up} đã hoàn thành chỉ tiêu{cpart} chưa, được bao nhiêu{suf}', True),
                      (f'tiến độ thực hiện chỉ tiêu{cpart} {yp} của {up} thế nào rồi{suf}', True)]
        text, with_ach = R.choice(forms)
        text = text.replace(' của tỉnh mình', ' tỉnh mình').replace('  ', ' ')
        et = [tnum(t['tgt'])] + ([tnum(t['ach'])] if with_ach else [])
        pre = R.choice(PRE)
        text = (pre + text) if pre else text[0].upper() + text[1:]
        addq('target', text, [t['code']], et, profile)
    for q, et in FACTS:
        addq('fact', q, [], et, make_profile(R.choice(list(D.P))) if R.random() < 0.2 else None)
    for q in OFF:
        prof = make_profile(R.choice(list(D.P))) if R.random() < 0.3 else None
        addq('off_topic', q, [], [], prof)


# ------------------------------------------------------------------ dialogues
DLG = []


LIST_SPECS = {}


def lists_for(spec_base, min_n=1, max_n=5):
    s = answer_set(spec_base)
    if s:
        LIST_SPECS.setdefault(tuple(s), spec_base)
    if s is None or not (min_n <= len(s) <= max_n):
        return None
    return s


def dlg_place_change():
    """list topic in P -> 2nd class days -> where -> same topic in P2 -> register first."""
    out = []
    provs = list(D.P)
    for topic in TP:
        for p in provs:
            l1 = lists_for({'topic': topic, 'prov': p}, 2, 4)
            if not l1:
                continue
            c2 = BYCODE[l1[1]]
            if not c2.get('days') or c2['mode'] == 'on':
                continue
            for p2 in R.sample(provs, len(provs)):
                if p2 == p:
                    continue
                l2 = lists_for({'topic': topic, 'prov': p2}, 1, 4)
                if not l2 or not D.open_for_reg(BYCODE[l2[0]]):
                    continue
                out.append((topic, p, p2, l1, l2))
                break
    R.shuffle(out)
    res = []
    usedp = set()
    usedt = {}
    usedp2 = {}
    for topic, p, p2, l1, l2 in out:
        if p in usedp or usedt.get(topic, 0) >= 3 or usedp2.get(p2, 0) >= 2:
            continue
        usedp.add(p); usedt[topic] = usedt.get(topic, 0) + 1; usedp2[p2] = usedp2.get(p2, 0) + 1
        t = R.choice(TP[topic])
        c2 = BYCODE[l1[1]]; f2 = BYCODE[l2[0]]
        turns = [
            (R.choice(PRE) + R.choice([f'sắp tới ở {pn(p)} có những lớp {t} nào', f'liệt kê giúp em các lớp {t} sắp mở tại {pn(p)}',
                                       f'{pn(p)} còn lớp {t} nào sắp học không']) + R.choice(SUF),
             {'kind': 'course_list', 'codes': l1, 'text': []}),
            (R.choice(['cái thứ 2 học mấy ngày', 'lớp thứ hai học mấy hôm vậy', 'lớp số 2 kéo dài bao lâu']),
             {'kind': 'course', 'codes': [c2['code']], 'text': [f"{c2['days']} ngày"]}),
            (R.choice(['lớp ấy ở đâu', 'học ở chỗ nào vậy', 'địa điểm ở đâu ạ']),
             {'kind': 'course', 'codes': [c2['code']], 'text': [c2['venue_key']]}),
            (R.choice([f'thế còn ở {pn(p2)} thì sao', f'còn bên {pn(p2)} có không', f'ở {pn(p2)} thì có lớp nào']),
             {'kind': 'course_list', 'codes': l2, 'text': []}),
            (R.choice(['đăng ký cho mình lớp đầu tiên', 'cho em đăng ký lớp đầu nhé', 'đăng ký giúp mình lớp thứ nhất']),
             {'kind': 'register', 'codes': [f2['code']], 'text': []}),
        ]
        res.append(('place', turns, None))
        if len(res) >= 14:
            break
    return res


def dlg_period_change():
    out = []
    pairs = [('tháng 12', (dt.date(2026, 12, 1), dt.date(2026, 12, 31)), 'thế quý 1 năm sau', (dt.date(2027, 1, 1), dt.date(2027, 3, 31))),
             ('tháng sau', (dt.date(2026, 12, 1), dt.date(2026, 12, 31)), 'thế còn tháng 1', (dt.date(2027, 1, 1), dt.date(2027, 1, 31))),
             ('từ giờ đến cuối năm', (dt.date(2026, 11, 23), dt.date(2026, 12, 31)), 'còn 6 tháng đầu năm sau thì sao', (dt.date(2027, 1, 1), dt.date(2027, 6, 30))),
             ('quý 1 năm sau', (dt.date(2027, 1, 1), dt.date(2027, 3, 31)), 'thế quý 2 thì sao', (dt.date(2027, 4, 1), dt.date(2027, 6, 30)))]
    for topic in TP:
        for p in D.P:
            for ph1, r1, ph2, r2 in pairs:
                l1 = lists_for({'topic': topic, 'prov': p, 'period': r1}, 1, 4)
                l2 = lists_for({'topic': topic, 'prov': p, 'period': r2}, 1, 4)
                if l1 and l2:
                    out.append((topic, p, ph1, ph2, l1, l2))
    R.shuffle(out)
    res = []
    used = set()
    for topic, p, ph1, ph2, l1, l2 in out:
        if p in used:
            continue
        used.add(p)
        t = R.choice(TP[topic])
        prof = make_profile(p) if R.random() < 0.4 else None
        where = (R.choice(['tỉnh mình', 'bên mình']) if p not in ('Hà Nội', 'Hải Phòng') else 'thành phố mình') if prof else 'ở ' + pn(p)
        turns = [(R.choice(PRE) + f'{ph1} {where} có lớp {t} nào' + R.choice(SUF), {'kind': 'course_list', 'codes': l1, 'text': []}),
                 (ph2, {'kind': 'course_list', 'codes': l2, 'text': []})]
        c = BYCODE[l2[0]]
        if D.open_for_reg(c):
            turns.append((R.choice(['đăng ký cho mình lớp đầu tiên trong đó', 'ok, em đăng ký lớp đầu nhé']), {'kind': 'register', 'codes': [c['code']], 'text': []}))
        elif c['kind'] == 'date' and c.get('days'):
            turns.append(('lớp đầu học mấy ngày', {'kind': 'course', 'codes': [c['code']], 'text': [f"{c['days']} ngày"]}))
        # back to the first list
        c0 = BYCODE[l1[0]]
        if c0['kind'] == 'date' and c0['mode'] != 'on':
            turns.append((R.choice([f'quay lại câu đầu, lớp đầu tiên ({ph1}) học ở đâu', 'à quay lại danh sách lúc đầu, lớp thứ nhất học ở đâu nhỉ']),
                          {'kind': 'course', 'codes': [c0['code']], 'text': [c0['venue_key']]}))
        res.append(('period', turns, prof))
        if len(res) >= 8:
            break
    return res


def dlg_targets():
    res = []
    leads = [p for p in D.P]
    R.shuffle(leads)
    for p in leads[:11]:
        t26 = next(t for t in TARGETS if t['code'] == f'CT-{D.P[p]["prefix"]}-2026-CTCDCS')
        t25 = next(t for t in TARGETS if t['code'] == f'CT-{D.P[p]["prefix"]}-2025-CTCDCS')
        t27 = [t for t in TARGETS if t['code'] == f'CT-{D.P[p]["prefix"]}-2027-CTCDCS']
        prof = make_profile(p, role='Chủ tịch CĐCS') if R.random() < 0.5 else None
        up = ('tỉnh mình' if p not in ('Hà Nội', 'Hải Phòng') else 'thành phố mình') if prof else R.choice(t26['uphr'])
        cp = R.choice(t26['cphr'])
        turns = [(R.choice(PRE) + f'chỉ tiêu {cp} năm nay của {up} là bao nhiêu, đạt được bao nhiêu rồi' + R.choice(SUF),
                  {'kind': 'target', 'codes': [t26['code']], 'text': [tnum(t26['tgt']), tnum(t26['ach'])]}),
                 (R.choice(['năm ngoái được bao nhiêu?', 'thế năm ngoái thì sao, có đạt không', 'so với năm 2025 thì thế nào']),
                  {'kind': 'target', 'codes': [t25['code']], 'text': [tnum(t25['tgt']), tnum(t25['ach'])]})]
        if t27:
            turns.append((R.choice(['còn năm sau giao bao nhiêu', 'năm 2027 chỉ tiêu là mấy']),
                          {'kind': 'target', 'codes': [t27[0]['code']], 'text': [tnum(t27[0]['tgt'])]}))
        # then a new, unrelated course question (must not inherit the target topic)
        sp = None
        for topic in R.sample(list(TP), len(TP)):
            l = lists_for({'topic': topic, 'prov': p}, 1, 3)
            if l:
                sp = (topic, l); break
        if sp:
            turns.append((R.choice([f'à cho em hỏi thêm, ở {pn(p)} sắp tới có lớp {R.choice(TP[sp[0]])} nào không',
                                    f'mà {pn(p)} có lớp {R.choice(TP[sp[0]])} nào sắp mở không']),
                          {'kind': 'course_list', 'codes': sp[1], 'text': []}))
        res.append(('target', turns, prof))
    return res


def dlg_new_question():
    res = []
    cand = []
    for topic in TP:
        for p in D.P:
            l = lists_for({'topic': topic, 'prov': p}, 1, 3)
            if l and BYCODE[l[0]].get('dl') and safe_date(BYCODE[l[0]]['dl']):
                cand.append((topic, p, l))
    R.shuffle(cand)
    facts = R.sample(FACTS, 10)
    offs = R.sample(OFF, 10)
    usedp = set()
    for i, (topic, p, l) in enumerate(cand):
        if p in usedp:
            continue
        usedp.add(p)
        c = BYCODE[l[0]]
        t = R.choice(TP[topic])
        fq, fe = facts[len(res)]
        turns = [(R.choice(PRE) + f'có lớp {t} nào ở {pn(p)} không' + R.choice(SUF), {'kind': 'course_list', 'codes': l, 'text': []}),
                 (R.choice(['à mà cho hỏi cái khác: ', 'nhân tiện hỏi luôn, ', '']) + fq[0].lower() + fq[1:], {'kind': 'fact', 'codes': [], 'text': fe}),
                 (R.choice(['quay lại lớp đầu tiên lúc nãy, hạn đăng ký đến khi nào', 'lớp đầu tiên hồi nãy hạn chót đăng ký ngày nào']),
                  {'kind': 'course', 'codes': [c['code']], 'text': [fmt(c['dl'])]}),
                 (offs[len(res)], {'kind': 'off_topic', 'codes': [], 'text': []})]
        res.append(('newq', turns, None))
        if len(res) >= 9:
            break
    return res


def dlg_correction():
    res = []
    groups = {}
    for c in COURSES:
        if c['batch']:
            groups.setdefault((c['org_key'], c['title'].split(' (đợt')[0].split(' - đợt')[0].split(' đợt')[0]), []).append(c)
    items = list(groups.values())
    R.shuffle(items)
    for g in items:
        b1 = [c for c in g if c['batch'] == 1]
        b2 = [c for c in g if c['batch'] == 2]
        if not b1 or not b2:
            continue
        b1, b2 = b1[0], b2[0]
        if not (b1['kind'] == 'date' and b2['kind'] == 'date' and D.open_for_reg(b2)):
            continue
        # unique by organiser + topic + batch
        if any(o is not b1 and o['org_key'] == b1['org_key'] and topic_match(o, b1['topic'], True) and o['batch'] == 1 for o in COURSES):
            continue
        if any(o is not b2 and o['org_key'] == b2['org_key'] and topic_match(o, b2['topic'], True) and o['batch'] == 2 for o in COURSES):
            continue
        t = R.choice(TP[b1['topic']])
        p = b1['province']
        et1 = [fmt(b1['start'])] if safe_date(b1['start']) else []
        et2 = [fmt(b2['start'])] if safe_date(b2['start']) else []
        turns = [(R.choice(PRE) + f'lớp {t} đợt 1 của {org_phrase(b1)} học ngày nào' + R.choice(SUF),
                  {'kind': 'course', 'codes': [b1['code']], 'text': et1}),
                 (R.choice(['à nhầm, ý em là đợt 2', 'ấy nhầm, em hỏi đợt 2 cơ', 'không phải, đợt 2 ạ']),
                  {'kind': 'course', 'codes': [b2['code']], 'text': et2}),
                 (R.choice(['đợt 2 học mấy ngày', 'học bao nhiêu ngày']) if b2.get('days') else 'học ở đâu',
                  {'kind': 'course', 'codes': [b2['code']], 'text': [f"{b2['days']} ngày"] if b2.get('days') else [b2['venue_key']]}),
                 (R.choice(['đăng ký cho mình đợt 2 nhé', 'cho em đăng ký lớp đợt 2', 'ok đăng ký giúp mình lớp đó']),
                  {'kind': 'register', 'codes': [b2['code']], 'text': []})]
        res.append(('correction', turns, None))
        if len(res) >= 7:
            break
    return res


def dlg_audience():
    res = []
    cand = []
    for p in D.P:
        for a1, a2 in [(a, b) for a in ('CT', 'UBKT', 'NCB', 'KTOAN', 'ATVSV', 'DVNLD', 'BCH') for b in ('CT', 'UBKT', 'NCB', 'KTOAN', 'ATVSV', 'DVNLD') if a != b]:
            l1 = lists_for({'aud': a1, 'prov': p, 'topic': None} if False else {'aud': a1, 'prov': p}, 1, 4)
            l2 = lists_for({'aud': a2, 'prov': p}, 1, 4)
            if l1 and l2:
                cand.append((p, a1, a2, l1, l2))
    R.shuffle(cand)
    used = set()
    for p, a1, a2, l1, l2 in cand:
        if p in used:
            continue
        used.add(p)
        turns = [(R.choice(PRE) + f'ở {pn(p)} sắp tới có lớp nào dành cho {R.choice(AP[a1])}' + R.choice(SUF), {'kind': 'course_list', 'codes': l1, 'text': []}),
                 (R.choice([f'còn lớp cho {R.choice(AP[a2])} thì sao', f'thế có lớp nào cho {R.choice(AP[a2])} không']), {'kind': 'course_list', 'codes': l2, 'text': []})]
        c = BYCODE[l2[0]]
        if D.open_for_reg(c):
            turns.append((R.choice(['đăng ký cho chị lớp đầu tiên', 'em đăng ký lớp đầu tiên nhé']), {'kind': 'register', 'codes': [c['code']], 'text': []}))
        else:
            turns.append(('lớp đầu tiên ấy do đơn vị nào tổ chức', {'kind': 'course', 'codes': [c['code']], 'text': []}))
        res.append(('audience', turns, None))
        if len(res) >= 7:
            break
    return res


def main():
    write_courses()
    build_targets()
    gen_questions()
    # choose counts: course 176, target 48, fact 48, off 48 = 320 (+ a few extra allowed)
    want = {'course': 186, 'target': 50, 'fact': 50, 'off_topic': 50}
    final = []
    for k, n in want.items():
        items = [q for q in Q if q['kind'] == k]
        if k == 'course':
            # keep a mix of search and lookup
            R.shuffle(items)
        final += items[:n]
        print(k, len(items), '->', min(n, len(items)))
    R.shuffle(final)
    styles = ['plain', 'diacritics', 'abbrev', 'typo']
    cnt = {}
    with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f, \
            open(os.path.join(OUT, 'method', 'question_specs.jsonl'), 'w', encoding='utf-8') as fs:
        for i, q in enumerate(final, 1):
            k = q['kind']
            st = styles[cnt.get(k, 0) % 4]
            cnt[k] = cnt.get(k, 0) + 1
            text = TS.apply(st, q['text'])
            o = {'id': f'b19-q{i:03d}', 'q': text, 'style': st, 'kind': k, 'expect': q['expect'], 'expect_text': q['etext']}
            if q['profile']:
                o['profile'] = q['profile']
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
            if q['extra'].get('spec'):
                sp = dict(q['extra']['spec'])
                for kk in ('period',):
                    if kk in sp:
                        sp[kk] = [str(x) for x in sp[kk]]
                if 'area' in sp:
                    sp['area'] = sorted(sp['area'])
                fs.write(json.dumps({'id': o['id'], 'spec': sp}, ensure_ascii=False) + '\n')
    # dialogues
    ds = dlg_place_change() + dlg_period_change() + dlg_targets() + dlg_new_question() + dlg_correction() + dlg_audience()
    print('dialogue kinds', {k: sum(1 for d in ds if d[0] == k) for k in set(d[0] for d in ds)})
    with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f, \
            open(os.path.join(OUT, 'method', 'dialogue_specs.jsonl'), 'w', encoding='utf-8') as fs:
        for i, (kind, turns, prof) in enumerate(ds, 1):
            for ti, (q, e) in enumerate(turns):
                if e['kind'] == 'course_list':
                    sp = dict(LIST_SPECS[tuple(e['codes'])])
                    if 'period' in sp:
                        sp['period'] = [str(x) for x in sp['period']]
                    fs.write(json.dumps({'id': f'b19-d{i:02d}', 'turn': ti, 'spec': sp}, ensure_ascii=False) + '\n')
            st = styles[i % 4]
            o = {'id': f'b19-d{i:02d}', 'style': st}
            if prof:
                o['profile'] = prof
            o['turns'] = [{'q': TS.apply(st, q), 'expect': e} for q, e in turns]
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
