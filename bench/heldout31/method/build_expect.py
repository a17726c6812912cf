#!/usr/bin/env python3
"""Turn the hand-written question specs (specs.py: text written by hand + a machine-readable filter that
states what the question asks) into questions.jsonl / dialogues.jsonl, deriving the expected codes and
the expected words from courses.csv through the same reader as validate.py."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..')
sys.path.insert(0, OUT)
sys.path.insert(0, HERE)
import validate as V
import specs

C, _ = V.load_courses()
warn = []


def place_word(r):
    if r['mode'] == 'online':
        return 'trực tuyến'
    m = re.findall(r'((?:phường|xã) [^,(]+)', r['place'].replace(' và các điểm cầu trực tuyến', ''))
    return m[-1].strip() if m else r['place']


def literal(r, tok):
    if tok.startswith('='):
        return tok[1:]
    if tok == 'date':
        if r['kind'] == 'vague':
            return r['label']
        return V.dmy((r['eff'] or r['start']).date())
    if tok == 'deadline':
        return V.dmy(r['deadline']) if r['deadline'] else None
    if tok == 'end':
        return V.dmy(r['end']) if r['kind'] == 'exact' and r['status'] != 'postponed' else None
    if tok == 'days':
        return '{} ngày'.format(r['days']) if r['days'] else None
    if tok == 'place':
        return place_word(r)
    if tok == 'online':
        return 'trực tuyến' if r['mode'] != 'direct' else None
    if tok == 'status':
        return {'postponed': 'hoãn', 'cancelled': 'hủy', 'planned': 'dự kiến'}.get(r['status'])
    if tok == 'newdate':
        return V.dmy(r['newdate']) if r['newdate'] else None
    raise ValueError(tok)


def texts(codes, toks, tag):
    out = []
    for t in toks:
        vals = {literal(C[c], t) for c in codes}
        if len(vals) == 1 and None not in vals:
            out.append(vals.pop())
        else:
            warn.append('%s: token %s dropped (%s)' % (tag, t, vals))
    return out


UNITS = {
    'Phú Thọ': ['CĐCS Công ty CP Pin Ắc quy Vĩnh Phú', 'CĐCS Trường THCS Lâm Thao', 'CĐCS Bệnh viện Đa khoa tỉnh Hòa Bình'],
    'Bắc Ninh': ['CĐCS Công ty TNHH Hosiden Việt Nam', 'CĐCS Trường Tiểu học Suối Hoa', 'CĐCS Công ty TNHH Fuhong Precision (Bắc Giang)'],
    'Hải Phòng': ['CĐCS Công ty TNHH LG Display Việt Nam Hải Phòng', 'CĐCS UBND phường Thành Đông', 'CĐCS Công ty CP Giầy Cẩm Bình'],
    'Hà Nội': ['CĐCS Trường THPT Kim Liên', 'CĐCS Công ty TNHH Canon Việt Nam', 'CĐCS Bệnh viện Bạch Mai'],
    'Ninh Bình': ['CĐCS Công ty CP Dệt may Nam Định', 'CĐCS Công ty TNHH Dewin (KCN Đồng Văn)', 'CĐCS UBND phường Hoa Lư'],
    'Hưng Yên': ['CĐCS Công ty TNHH Hoya Glass Disk', 'CĐCS Trường THPT Nguyễn Đức Cảnh (Thái Bình)', 'CĐCS Xí nghiệp May Phố Hiến'],
    'Thái Nguyên': ['CĐCS Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên', 'CĐCS Trường CĐ Bắc Kạn', 'CĐCS Công ty CP Gang thép Thái Nguyên'],
    'Lào Cai': ['CĐCS Công ty Apatit Việt Nam', 'CĐCS Bệnh viện Đa khoa tỉnh Yên Bái', 'CĐCS UBND phường Sa Pa'],
    'Tuyên Quang': ['CĐCS Công ty CP Giấy An Hòa', 'CĐCS Trường THPT Chuyên Hà Giang', 'CĐCS UBND phường Minh Xuân'],
    'Lạng Sơn': ['CĐCS HTX Đồng Tâm', 'CĐCS Cục Hải quan Lạng Sơn', 'CĐCS UBND xã Chi Lăng'],
    'Quảng Ninh': ['CĐCS Công ty Than Hà Tu', 'CĐCS Công ty Than Cọc Sáu', 'CĐCS Trường THPT Hòn Gai'],
    'Sơn La': ['CĐCS Công ty CP Giống bò sữa Mộc Châu', 'CĐCS Trường THPT Chuyên Sơn La'],
    'Điện Biên': ['CĐCS Bệnh viện Đa khoa tỉnh Điện Biên', 'CĐCS Trường THPT Phan Đình Giót'],
    'Cao Bằng': ['CĐCS Trường THPT Cao Bình', 'CĐCS Công ty CP Xi măng Cao Bằng'],
}
ROLES = ['Chủ tịch CĐCS', 'Phó chủ tịch CĐCS', 'Ủy viên BCH', 'Ủy viên UBKT', 'Kế toán CĐCS', 'Trưởng ban nữ công', 'Chủ tịch CĐCS']


def auto_profile(s, expect, k):
    """about half of the items carry the profile a user gives at sign-up. Only items whose answer does not
    depend on it get one: questions naming their union / place / province, targets naming their unit,
    facts and off-topic messages. The province is the one the question is about."""
    if k % 2:
        return None
    f = s.get('f', {})
    prov = None
    if s['kind'] == 'course':
        if f.get('national') or not any(x in f for x in ('org', 'prov', 'former', 'ward')):
            return None
        prov = f.get('prov') or (V.FORMER.get(f.get('former')) if f.get('former') else None) \
            or (V.ORGS[f['org']][1] if f.get('org') else None)
        if not prov:
            ps = {C[c]['prov'] for c in expect}
            if len(ps) != 1:
                return None
            prov = ps.pop()
    elif s['kind'] == 'target':
        return None if s['t'].startswith('CT26-DHCD') else dict(role=ROLES[k % 7], province=None)
    else:
        prov = sorted(UNITS)[k % len(UNITS)]
    if prov not in UNITS:
        return None
    return dict(role=ROLES[(k // 2) % 7], province=prov, union=UNITS[prov][(k // 2) % len(UNITS[prov])])


TPROV = {'PTO': 'Phú Thọ', 'CDVCPT': 'Phú Thọ', 'BN': 'Bắc Ninh', 'KCNBN': 'Bắc Ninh', 'HP': 'Hải Phòng', 'HN': 'Hà Nội',
         'KCNCXHN': 'Hà Nội', 'GDHN': 'Hà Nội', 'NBI': 'Ninh Bình', 'HYE': 'Hưng Yên', 'TNG': 'Thái Nguyên', 'LCI': 'Lào Cai',
         'TQG': 'Tuyên Quang', 'LSN': 'Lạng Sơn', 'QNH': 'Quảng Ninh', 'SLA': 'Sơn La', 'DBI': 'Điện Biên', 'CBG': 'Cao Bằng'}


def main():
    qs = []
    for s in specs.QUESTIONS:
        o = dict(id=s['id'], q=s['q'], style=s['style'], kind=s['kind'], expect=[], expect_text=[])
        if s['kind'] == 'course':
            o['expect'] = V.first_set(C, s['f'])
            if not o['expect']:
                warn.append(s['id'] + ': no match')
            if len(o['expect']) > 4:
                warn.append('%s: %d acceptable' % (s['id'], len(o['expect'])))
            o['expect_text'] = texts(o['expect'], s.get('t', []), s['id'])
        elif s['kind'] in ('target', 'fact'):
            o['expect_text'] = s['txt']
        if s.get('p'):
            o['profile'] = s['p']
        else:
            k = int(s['id'][1:])
            pr = auto_profile(s, o['expect'], k)
            if pr and s['kind'] == 'target':
                key = s['t'].split('-')[1]
                prov = TPROV.get(key) or TPROV.get(s['t'].split('-')[1])
                pr = dict(role=ROLES[(k // 2) % 7], province=prov, union=UNITS[prov][(k // 2) % len(UNITS[prov])]) if prov in UNITS else None
            if pr:
                o['profile'] = pr
        qs.append(o)
    ds = []
    for d in specs.DIALOGUES:
        o = dict(id=d['id'], style=d['style'], turns=[])
        if d.get('p'):
            o['profile'] = d['p']
        lists = {}
        for n, t in enumerate(d['turns']):
            k = t['kind']
            ex = dict(kind=k, codes=[], text=[])
            tag = '%s t%d' % (d['id'], n + 1)
            if k == 'course_list':
                ex['codes'] = V.list_set(C, t['f']) or []
                if not ex['codes'] or len(ex['codes']) > 5:
                    warn.append('%s: list %s' % (tag, ex['codes']))
                lists[n] = V.ordered(C, ex['codes'])
            elif k in ('course', 'register'):
                if 'ref' in t:
                    lst = lists.get(t['ref'][0])
                    ex['codes'] = [lst[t['ref'][1]]] if lst else []
                else:
                    ex['codes'] = V.first_set(C, t['f'])
                if not ex['codes']:
                    warn.append(tag + ': no class')
            elif k == 'fact':
                ex['text'] = t['txt']
            if k in ('course', 'register', 'course_list') and ex['codes']:
                ex['text'] = texts(ex['codes'], t.get('t', []), tag)
            o['turns'].append(dict(q=t['q'], expect=ex))
        ds.append(o)
    with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for o in qs:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
        for o in ds:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    for w in warn:
        print('WARN', w)
    print(len(qs), 'questions', len(ds), 'dialogues')


if __name__ == '__main__':
    main()
