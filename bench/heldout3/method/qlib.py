import json, re, unicodedata, datetime as dt
OUT = '/work/blind3/out/'
TODAY = dt.datetime(2026, 11, 23, 9, 0)
rows = json.load(open(OUT + '_rows.json'))

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()

TOPIC_KEY = {
 'Nghiệp vụ công tác công đoàn': 'NV', 'Đối thoại, thương lượng tập thể': 'TLTT', 'An toàn, vệ sinh lao động': 'ATVSLD',
 'Pháp luật lao động, tư vấn pháp luật': 'PL', 'Giải quyết tranh chấp lao động': 'TCLD', 'Công tác nữ công, bình đẳng giới': 'NC',
 'Tài chính công đoàn': 'TC', 'Công tác kiểm tra công đoàn': 'KT', 'Tuyên truyền, tuyên giáo': 'TT',
 'Phát triển đoàn viên, thành lập CĐCS': 'PTDV', 'Tin học, chuyển đổi số': 'CDS', 'Kỹ năng giảng dạy cho giảng viên': 'GV',
 'Văn thư, lưu trữ': 'VT', 'Quản lý nhà nước, lý luận chính trị': 'LLCT'}

def parse_d(s):
    m = re.match(r'(\d\d)/(\d\d)/(\d{4})(?: (\d\d):(\d\d))?', s)
    if not m:
        return None
    return dt.datetime(int(m[3]), int(m[2]), int(m[1]), int(m[4] or 8), int(m[5] or 0))

for r in rows:
    r['tk'] = TOPIC_KEY[r['topic']]
    r['sd'] = parse_d(r['start'])
    r['dld'] = parse_d(r['dl'])
    if r['dld'] and not re.search(r'\d\d:\d\d', r['dl']):
        r['dld'] = r['dld'].replace(hour=23, minute=59)
    # months covered for planned rows
    r['months'] = set()
    if r['sd']:
        r['months'] = {(r['sd'].year, r['sd'].month)}
    else:
        q = re.search(r'Quý (I|II|III|IV)/(\d{4})', r['start'])
        if q:
            qn = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}[q[1]]
            r['months'] = {(int(q[2]), m) for m in range(qn * 3 - 2, qn * 3 + 1)}
        else:
            m = re.search(r'(\d+)(?:/| năm )(\d{4})', r['start'])
            r['months'] = {(int(m[2]), int(m[1]))}
    r['key'] = r['sd'] or dt.datetime(*min(r['months']), 1)
    r['upcoming'] = r['status'] not in ('Đã kết thúc', 'Đã hủy') and (r['sd'] is None or r['sd'] >= TODAY)
    r['online'] = r['fmt'] == 'Trực tuyến'
    r['blended'] = r['fmt'].startswith('Kết hợp')

BYCODE = {r['code']: r for r in rows}

CHAIR = ['chu tich', 'bch', 'cdcs moi', 'khong chuyen trach']

def F(prov=None, topic=None, aud=None, month=None, months=None, online=None, org=None, title=None, place=None,
      upcoming=True, status=None, notorg=None, fmt_any_online=None, kcn=None, q=None):
    out = []
    for r in rows:
        if upcoming and not r['upcoming']:
            continue
        if status and r['status'] != status:
            continue
        if prov and r['prov'] not in ([prov] if isinstance(prov, str) else prov):
            continue
        if topic and r['tk'] not in ([topic] if isinstance(topic, str) else topic):
            continue
        if aud and not any(a in fold(r['aud']) for a in ([aud] if isinstance(aud, str) else aud)):
            continue
        if month and month not in r['months']:
            continue
        if months and not (r['months'] & set(months)):
            continue
        if online is not None and r['online'] != online:
            continue
        if fmt_any_online and not (r['online'] or r['blended']):
            continue
        if org and not any(fold(o) in fold(r['org']) for o in ([org] if isinstance(org, str) else org)):
            continue
        if notorg and fold(notorg) in fold(r['org']):
            continue
        if title and not all(fold(t) in fold(r['title']) for t in ([title] if isinstance(title, str) else title)):
            continue
        if place and fold(place) not in fold(r['place']):
            continue
        if kcn is not None and (('kcn' in fold(r['org']) or 'kkt' in fold(r['org']) or 'khu kinh te' in fold(r['org']) or 'kcx' in fold(r['org'])) != kcn):
            continue
        if q and not q(r):
            continue
        out.append(r)
    out.sort(key=lambda r: r['key'])
    return [r['code'] for r in out]

def show(codes):
    for c in codes:
        r = BYCODE[c]
        print(' ', c, '|', r['title'][:70], '|', r['aud'][:40], '|', r['org'][:35], '|', r['place'][:40], '|', r['fmt'][:9], '|', r['start'], r['end'], '| dl', r['dl'], '| days', r['days'], '|', r['seats'], '|', r['status'])
