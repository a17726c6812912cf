# -*- coding: utf-8 -*-
"""Set b7 validator: re-derives every expectation from courses.csv / targets.csv / the seeds (by code, via the
specs in method/specs.json) and checks it equals questions.jsonl / dialogues.jsonl; checks the CSVs against
given/import-format.md. Run: python3 validate.py  (prints a report; exit code 1 on any error)."""
import csv, json, os, re, sys, glob, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'method'))
from common import *

SEEDS = os.path.join(HERE, '..', 'given', 'seeds')

def load():
    cs = read_courses(os.path.join(HERE, 'courses.csv'))
    with open(os.path.join(HERE, 'targets.csv'), encoding='utf-8-sig', newline='') as fh:
        ts = list(csv.DictReader(fh))
    seeds = {os.path.basename(p): open(p, encoding='utf-8').read() for p in sorted(glob.glob(os.path.join(SEEDS, '*.txt')))}
    return cs, ts, seeds

def target_text(ts, codes):
    by = {t['Mã chỉ tiêu']: t for t in ts}
    out = []
    for c in codes:
        t = by[c]
        out.append(t['Chỉ tiêu'] + ('%' if t['Đơn vị tính'] == '%' else ''))
        if t['Đã đạt']:
            out.append(t['Đã đạt'] + ('%' if t['Đơn vị tính'] == '%' else ''))
    return out

def d(dtm):
    return dtm.strftime('%d/%m/%Y') if dtm else '(none)'

def derive_question(cs, ts, spec):
    k = spec['kind']
    if k == 'course':
        return [c.code for c in select(cs, spec['spec'])], []
    if k == 'target':
        return list(spec['codes']), target_text(ts, spec['codes'])
    if k == 'fact':
        return [], list(spec['texts'])
    return [], []

def derive_dialogue(cs, ts, turns):
    by = {c.code: c for c in cs}
    out, last, cur = [], [], None
    for t in turns:
        k = t['kind']
        if k == 'list':
            last = select(cs, t['spec']); cur = None
            out.append({'kind': 'course_list', 'codes': [c.code for c in last], 'text': []})
            continue
        if k in ('course', 'register'):
            ref = t['ref']
            if ref[0] == 'nth': cur = last[ref[1] - 1]
            elif ref[0] == 'code': cur = by[ref[1]]
            # ('same',) keeps cur
            if k == 'register':
                out.append({'kind': 'register', 'codes': [cur.code], 'text': []}); continue
            text = [d(cur.start) if cur.kind == 'dated' else cur.startstr()]
            for x in t.get('extras', []):
                if x == 'end' and cur.end != cur.start.date(): text.append(cur.end.strftime('%d/%m/%Y'))
                elif x == 'deadline': text.append(d(cur.deadline))
                elif x.startswith('place:'): text.append(x[6:])
            out.append({'kind': 'course', 'codes': [cur.code], 'text': text}); continue
        if k == 'target':
            out.append({'kind': 'target', 'codes': list(t['codes']), 'text': target_text(ts, t['codes'])}); continue
        if k == 'fact':
            out.append({'kind': 'fact', 'codes': [], 'text': list(t['texts'])}); continue
        out.append({'kind': 'off_topic', 'codes': [], 'text': []})
    return out

def main():
    errs, warns, info = [], [], []
    cs, ts, seeds = load()
    by = {c.code: c for c in cs}
    # ---------------- courses.csv against the import format
    with open(os.path.join(HERE, 'courses.csv'), encoding='utf-8-sig', newline='') as fh:
        rows = list(csv.DictReader(fh))
    codes = [r['Mã lớp'] for r in rows]
    for c, n in collections.Counter(codes).items():
        if n > 1: errs.append(f'duplicate course code {c}')
    for i, r in enumerate(rows, 2):
        if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', r['Mã lớp']): errs.append(f'row {i}: bad code {r["Mã lớp"]}')
        if not r['Tên lớp'].strip() or len(r['Tên lớp']) > 300: errs.append(f'row {i}: title')
        if not r['Ngày bắt đầu'].strip(): errs.append(f'row {i}: no start')
        if fold(r['Hình thức']) not in ('', 'tap trung truc tiep', 'tap trung', 'truc tuyen', 'ket hop truc tiep va truc tuyen'): errs.append(f'row {i}: mode {r["Hình thức"]}')
        if len(r['Đơn vị phối hợp']) > 200: errs.append(f'row {i}: partner too long')
    for c in cs:
        if c.kind == 'dated':
            if c.end < c.start.date(): errs.append(f'{c.code}: end before start')
            if c.deadline and c.deadline > c.start: errs.append(f'{c.code}: deadline after start')
            if c.status == 'finished' and c.start >= NOW: errs.append(f'{c.code}: finished but in the future')
            if c.status == 'open' and c.start < NOW: errs.append(f'{c.code}: open but already started')
            if c.start.date() <= NOW.date() <= c.end: errs.append(f'{c.code}: running today (avoided on purpose)')
        else:
            if c.status != 'planned': errs.append(f'{c.code}: month/quarter row must be Dự kiến')
    # ---------------- targets.csv
    tcodes = [t['Mã chỉ tiêu'] for t in ts]
    for c, n in collections.Counter(tcodes).items():
        if n > 1: errs.append(f'duplicate target code {c}')
    for t in ts:
        for col in ('Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Chỉ tiêu', 'Đơn vị tính'):
            if not t[col].strip(): errs.append(f'target {t["Mã chỉ tiêu"]}: empty {col}')
        if not re.fullmatch(r'\d{4}(-\d{4})?', t['Năm']): errs.append(f'target {t["Mã chỉ tiêu"]}: year')
        for col in ('Chỉ tiêu', 'Đã đạt'):
            if t[col] and not re.fullmatch(r'\d{1,3}(\.\d{3})*(,\d+)?', t[col]): errs.append(f'target {t["Mã chỉ tiêu"]}: number {t[col]}')
        if t['Đối tượng'] and t['Đối tượng'] not in AUD.values(): errs.append(f'target {t["Mã chỉ tiêu"]}: audience not in catalogue')
    # ---------------- specs
    specs = json.load(open(os.path.join(HERE, 'method', 'specs.json'), encoding='utf-8'))
    qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
    ids = [q['id'] for q in qs]
    if len(set(ids)) != len(ids): errs.append('duplicate question ids')
    kinds = collections.Counter(q['kind'] for q in qs); styles = collections.Counter(q['style'] for q in qs)
    sizes = []
    for q in qs:
        sp = specs['questions'].get(q['id'])
        if sp is None: errs.append(f'{q["id"]}: no spec'); continue
        if sp['kind'] != q['kind']: errs.append(f'{q["id"]}: kind differs')
        exp, txt = derive_question(cs, ts, sp)
        if exp != q['expect']: errs.append(f'{q["id"]}: expect differs: file {q["expect"]} derived {exp}')
        if txt != q['expect_text']: errs.append(f'{q["id"]}: expect_text differs: {q["expect_text"]} vs {txt}')
        if q['style'] not in ('diacritics', 'plain', 'abbrev', 'typo'): errs.append(f'{q["id"]}: style')
        if q['kind'] == 'course':
            if not exp: errs.append(f'{q["id"]}: course question without answer')
            for c in exp:
                if by[c].status in ('cancelled', 'finished') and sp['spec'].get('when', 'upcoming') != 'past':
                    errs.append(f'{q["id"]}: expects cancelled/finished {c}')
            sizes.append(len(exp))
        if q['kind'] == 'target':
            for c in q['expect']:
                if c not in tcodes: errs.append(f'{q["id"]}: unknown target {c}')
            if not q['expect_text']: errs.append(f'{q["id"]}: target without figures')
        if q['kind'] == 'fact':
            if not q['expect_text']: errs.append(f'{q["id"]}: fact without text')
            for s in q['expect_text']:
                if not any(s in body for body in seeds.values()): errs.append(f'{q["id"]}: "{s}" not verbatim in any seed')
        if q['kind'] == 'off_topic' and (q['expect'] or q['expect_text']): errs.append(f'{q["id"]}: off_topic with expectations')
        if q['style'] == 'plain' and re.search(r'[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]', q['q'].lower()):
            warns.append(f'{q["id"]}: style plain but has diacritics')
        if q.get('profile', {}).get('province') and q['profile']['province'] not in PROV_SPELL.values():
            errs.append(f'{q["id"]}: profile province not a current province')
    # ---------------- dialogues
    ds = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
    for dl in ds:
        sp = specs['dialogues'].get(dl['id'])
        if sp is None: errs.append(f'{dl["id"]}: no spec'); continue
        if not 4 <= len(dl['turns']) <= 6: errs.append(f'{dl["id"]}: {len(dl["turns"])} turns')
        der = derive_dialogue(cs, ts, sp)
        last = []
        for i, (t, e, s) in enumerate(zip(dl['turns'], der, sp), 1):
            if t['expect'] != e: errs.append(f'{dl["id"]} turn {i}: expect differs: file {t["expect"]} derived {e}')
            k = e['kind']
            if k == 'course_list':
                if not e['codes']: errs.append(f'{dl["id"]} turn {i}: empty list')
                if len(e['codes']) > 6: errs.append(f'{dl["id"]} turn {i}: list longer than 6 ({len(e["codes"])})')
                last = [by[c] for c in e['codes']]
            if k in ('course', 'register'):
                c = by[e['codes'][0]]
                if c.status != 'open' or c.kind != 'dated' or c.start < NOW: errs.append(f'{dl["id"]} turn {i}: {c.code} is not an upcoming dated open class')
                if s.get('ref', [''])[0] == 'nth':
                    n = s['ref'][1]
                    if n > len(last): errs.append(f'{dl["id"]} turn {i}: ref beyond list')
                    else:
                        keys = [x.sortkey()[:2] for x in last]
                        if keys.count(keys[n - 1]) > 1: errs.append(f'{dl["id"]} turn {i}: nth ref is ambiguous (same start as another)')
                for w in e['text'][1:]:
                    if re.fullmatch(r'\d\d/\d\d/\d{4}', w): continue
                    if fold(w) not in fold(c.place): errs.append(f'{dl["id"]} turn {i}: "{w}" not in place of {c.code}')
            if k == 'register' and not c.registrable: errs.append(f'{dl["id"]} turn {i}: {c.code} not registrable')
            if k == 'fact':
                for s2 in e['text']:
                    if not any(s2 in body for body in seeds.values()): errs.append(f'{dl["id"]} turn {i}: "{s2}" not in a seed')
    # ---------------- summary
    info.append(f'courses: {len(cs)} rows ({collections.Counter(c.status for c in cs)}; {sum(c.kind == "planned" for c in cs)} month/quarter rows; {sum(c.upcoming for c in cs)} upcoming)')
    info.append(f'provinces (current): {len(set(c.prov for c in cs))}; former provinces recognised in rows: {len(set(f for c in cs for f in c.former))}')
    info.append(f'targets: {len(ts)} rows; years {sorted(set(t["Năm"] for t in ts))}')
    info.append(f'questions: {len(qs)}; kinds {dict(kinds)}; styles {dict(styles)}')
    if sizes: info.append(f'course answer-set sizes: min {min(sizes)}, median {sorted(sizes)[len(sizes)//2]}, max {max(sizes)}')
    info.append(f'dialogues: {len(ds)}; turns {sum(len(x["turns"]) for x in ds)}; turn kinds {dict(collections.Counter(t["expect"]["kind"] for x in ds for t in x["turns"]))}')
    print('\n'.join(info))
    for w in warns: print('WARNING', w)
    for e in errs: print('ERROR', e)
    print(f'{len(errs)} errors, {len(warns)} warnings')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
