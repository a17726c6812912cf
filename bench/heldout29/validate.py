#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validates blind set 29 (courses.csv, targets.csv, questions.jsonl, dialogues.jsonl).

Independent of the generator: it re-reads the CSV files the way the documented import format
describes them (header row below a title block, section/total/signature rows skipped, dates in
many forms) and checks that every expectation points at real data.
Prints every error and finally "N errors".
"""
import csv, json, os, re, sys, unicodedata, datetime as dt, glob

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


def fold(s):
    s = unicodedata.normalize('NFD', s or '')
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return re.sub(r'\s+', ' ', s.replace('đ', 'd').replace('Đ', 'D')).strip().lower()


def nfc(s):
    return unicodedata.normalize('NFC', s)


# ------------------------------------------------------------------ dates
DMY = re.compile(r'(\d{1,2})/(\d{1,2})/(\d{4})')


def parse_date_cell(s):
    """Returns (start, end, is_plan) for a start cell, or raises ValueError."""
    s = s.strip()
    if not s:
        raise ValueError('empty')
    f = fold(s)
    if re.fullmatch(r'\d{5}', s):
        d = dt.date(1899, 12, 30) + dt.timedelta(days=int(s))
        return d, None, False
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})( 00:00:00)?', s)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3])), None, False
    if f.startswith(('thang', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 'quy', 'cuoi thang')) and not DMY.search(s):
        if re.search(r'(\d{1,2})/(\d{4})|thang (\d{1,2}) nam (\d{4})|quy [ivx]+/\d{4}', f):
            return None, None, True
    m = re.fullmatch(r'(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m:
        return dt.date(int(m[4]), int(m[3]), int(m[1])), dt.date(int(m[4]), int(m[3]), int(m[2])), False
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2}) - (\d{1,2})/(\d{1,2})/(\d{4})', s)
    if m:
        return dt.date(int(m[5]), int(m[2]), int(m[1])), dt.date(int(m[5]), int(m[4]), int(m[3])), False
    ds = DMY.findall(s)
    if len(ds) == 1:
        d, mo, y = map(int, ds[0])
        return dt.date(y, mo, d), None, False
    raise ValueError('unreadable date %r' % s)


def parse_one(s):
    s = s.strip()
    if not s:
        return None
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', s)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    ds = DMY.findall(s)
    if len(ds) != 1:
        raise ValueError('unreadable date %r' % s)
    d, mo, y = map(int, ds[0])
    return dt.date(y, mo, d)


def check_weekday(s, d):
    wd = ['thu hai', 'thu ba', 'thu tu', 'thu nam', 'thu sau', 'thu bay', 'chu nhat']
    ws = ['t2', 't3', 't4', 't5', 't6', 't7', 'cn']
    f = fold(s)
    for i, w in enumerate(wd):
        if re.match(re.escape(w) + r'[ ,]', f) and d.weekday() != i:
            err('weekday %r does not match %s' % (s, d))
    for i, w in enumerate(ws):
        if f.startswith(w + ' ') and d.weekday() != i:
            err('weekday %r does not match %s' % (s, d))


# ------------------------------------------------------------------ courses.csv
STATUS = {'du kien', 'mo dang ky', 'da huy', 'da ket thuc', 'da hoan', 'hoan', 'tam hoan', ''}
MODE = {'tap trung', 'truc tuyen', 'ket hop', 'truc tiep + truc tuyen', ''}


def read_courses(path):
    raw = open(path, 'rb').read()
    if not raw.startswith(b'\xef\xbb\xbf'):
        err('courses.csv: no UTF-8 BOM (allowed, but the generator writes one)')
    text = raw.decode('utf-8-sig')
    rows = list(csv.reader(text.splitlines(), delimiter=';'))
    hi = None
    for i, r in enumerate(rows[:30]):
        if r and fold(r[0]) == 'stt' and any(fold(c).startswith('ma lop') for c in r):
            hi = i
            break
    if hi is None:
        err('courses.csv: header row not found in the first 30 lines')
        return {}
    hdr = [re.sub(r'\s*\(.*?\)', '', fold(h)) for h in rows[hi]]
    col = {h: k for k, h in enumerate(hdr)}
    need = ['ma lop', 'ten lop hoc', 'ngay bat dau']
    for n in need:
        if n not in col:
            err('courses.csv: column %r missing' % n)
            return {}
    courses = {}
    signed = False
    for ln, r in enumerate(rows[hi + 1:], start=hi + 2):
        if not any(c.strip() for c in r):
            continue
        r = r + [''] * (len(hdr) - len(r))
        g = lambda name: r[col[name]].strip() if name in col else ''
        first = r[0].strip()
        if signed or fold(first).startswith(('noi nhan', '- ')) or fold(' '.join(r)).find('(da ky)') >= 0:
            signed = True
            continue
        if re.fullmatch(r'[IVX]+|[A-Z]', first):
            continue  # section row
        if fold(g('ten lop hoc')).startswith('tong cong'):
            continue
        code = g('ma lop')
        if not code:
            err('courses.csv line %d: class row without code' % ln)
            continue
        if not re.fullmatch(r'[A-Za-z0-9._-]{1,40}', code):
            err('courses.csv line %d: bad code %r' % (ln, code))
        if code in courses:
            err('courses.csv line %d: duplicate code %s' % (ln, code))
        if not g('ten lop hoc'):
            err('courses.csv line %d: empty title' % ln)
        try:
            start, end, plan = parse_date_cell(g('ngay bat dau'))
        except ValueError as e:
            err('courses.csv line %d: %s' % (ln, e))
            continue
        if start:
            check_weekday(g('ngay bat dau'), start)
        try:
            end2 = parse_one(g('ngay ket thuc'))
            dl = parse_one(g('han dang ky'))
        except ValueError as e:
            err('courses.csv line %d: %s' % (ln, e))
            continue
        if g('han dang ky'):
            check_weekday(g('han dang ky'), dl)
        end = end or end2
        st = fold(g('trang thai'))
        if st not in STATUS:
            err('courses.csv line %d: status %r not accepted' % (ln, g('trang thai')))
        if st in ('hoan', 'hoan lai'):
            pass
        md = re.sub(r'\s*\(.*?\)', '', fold(g('hinh thuc')))
        if md not in MODE:
            err('courses.csv line %d: mode %r not accepted' % (ln, g('hinh thuc')))
        if start and end and end < start:
            err('courses.csv line %d: end before start' % ln)
        note = g('ghi chu')
        newd = None
        m = re.search(r'(?:sang|đến|lịch mới:)\s*(\d{1,2}/\d{1,2}/\d{4})', note)
        if m:
            newd = parse_one(m[1])
        if start and dl and dl > start and not (newd and dl <= newd):
            err('courses.csv line %d: deadline after start' % ln)
        if plan and st not in ('du kien', ''):
            err('courses.csv line %d: month/quarter class with status %r' % (ln, st))
        seats = g('so luong')
        if seats and not re.search(r'\d', seats):
            err('courses.csv line %d: seats %r' % (ln, seats))
        nums = [int(x) for x in re.findall(r'\d+', re.sub(r'\(.*?\)', '', seats))]
        courses[code] = dict(row=r, start=start, end=end, plan=plan, deadline=dl, status=st, note=note, newd=newd,
                             seats=max(nums) if nums else None, title=g('ten lop hoc'), venue=g('dia diem to chuc'),
                             mode=md, startcell=g('ngay bat dau'), days=g('so ngay'))
    return courses


# ------------------------------------------------------------------ targets.csv
def vn_number(s):
    s = s.strip().rstrip('%')
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', s):
        return float(s.replace('.', ''))
    if re.fullmatch(r'\d+(,\d+)?', s):
        return float(s.replace(',', '.'))
    raise ValueError(s)


def read_targets(path):
    text = open(path, encoding='utf-8-sig').read()
    rows = list(csv.reader(text.splitlines()))
    hdr = [fold(h) for h in rows[0]]
    for n in ['ma chi tieu', 'don vi', 'nam', 'noi dung', 'chi tieu', 'don vi tinh']:
        if n not in hdr:
            err('targets.csv: column %r missing' % n)
    col = {h: k for k, h in enumerate(hdr)}
    out, units, codes = [], {}, set()
    for ln, r in enumerate(rows[1:], start=2):
        g = lambda n: r[col[n]].strip()
        if g('ma chi tieu') in codes:
            err('targets.csv line %d: duplicate code' % ln)
        codes.add(g('ma chi tieu'))
        for n in ['ma chi tieu', 'don vi', 'nam', 'noi dung', 'chi tieu', 'don vi tinh']:
            if not g(n):
                err('targets.csv line %d: empty %s' % (ln, n))
        try:
            vn_number(g('chi tieu'))
            if g('da dat'):
                vn_number(g('da dat'))
        except ValueError as e:
            err('targets.csv line %d: number %s' % (ln, e))
        if not re.fullmatch(r'\d{4}', g('nam')):
            err('targets.csv line %d: year %r' % (ln, g('nam')))
        units.setdefault(g('don vi'), set()).add(g('nam'))
        out.append(r)
    both = [u for u, ys in units.items() if {'2025', '2026'} <= ys]
    if len(both) < 15:
        err('targets.csv: only %d units have both 2025 and 2026 targets (need >= 15)' % len(both))
    return out


# ------------------------------------------------------------------ expectations
def course_facts(c):
    """Strings a reply about this class could be checked for."""
    f = [c['title'], c['venue'], c['note'], c['startcell'], c['days'], ' '.join(c['row'])]
    for d in (c['start'], c['end'], c['deadline'], c['newd']):
        if d:
            f.append(d.strftime('%d/%m/%Y'))
    if c['seats']:
        f.append(str(c['seats']))
    if c['mode'] == 'truc tuyen' or fold(c['venue']) in ('zoom', 'google meet') or fold(c['venue']).startswith('truc tuyen'):
        f.append('trực tuyến')
    if c['mode'] in ('ket hop', 'truc tiep + truc tuyen'):
        f.append('trực tuyến')
    if c['mode'] in ('tap trung', ''):
        f.append('trực tiếp')
    if c['status'] in ('da huy',):
        f.append('hủy')
    if c['status'] in ('hoan', 'tam hoan', 'da hoan'):
        f.append('hoãn')
    if c['start'] and c['end']:
        f.append('%d ngày' % ((c['end'] - c['start']).days + 1))
    if c['plan']:
        pf = fold(c['startcell'])
        m = re.search(r'(\d{1,2})/(\d{4})|thang (\d{1,2}) nam (\d{4})', pf)
        if 'quy' in pf:
            f.append(re.search(r'quy [ivx]+/\d{4}', pf).group(0))
        elif m:
            f.append('thang %d/%s' % (int(m[1] or m[3]), m[2] or m[4]))
    if c['start'] and not c['end'] and not c['days']:
        f.append('1 ngày')
    if c['days']:
        n = re.findall(r'\d+', c['days'])
        if n:
            f.append('%d ngày' % int(n[0]))
    return fold(' | '.join(f))


TODAY = dt.datetime(2026, 11, 23, 9, 0)


def upcoming(c):
    if c['status'] in ('da huy', 'da ket thuc'):
        return False
    if c['plan']:
        return True
    if c['status'] in ('hoan', 'tam hoan', 'da hoan'):
        return True
    return c['start'] > TODAY.date()


def main():
    courses = read_courses(os.path.join(HERE, 'courses.csv'))
    if len(courses) < 300:
        err('courses.csv: only %d classes (need >= 300)' % len(courses))
    targets = read_targets(os.path.join(HERE, 'targets.csv'))
    ttext = open(os.path.join(HERE, 'targets.csv'), encoding='utf-8-sig').read()
    seeds = ' '.join(open(p, encoding='utf-8').read() for p in glob.glob(os.path.join(HERE, '..', 'given', 'seeds', '*.txt')))
    seeds_f = fold(seeds)

    STY = {'diacritics', 'plain', 'abbrev', 'typo', 'voice'}
    KIND = {'course', 'target', 'fact', 'off_topic'}
    qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
    ids = set()
    from collections import Counter
    kinds, styles = Counter(), Counter()
    nprof = 0
    for q in qs:
        i = q.get('id')
        if not i or i in ids:
            err('question id %r missing/duplicate' % i)
        ids.add(i)
        for k in ('q', 'style', 'kind', 'expect', 'expect_text'):
            if k not in q:
                err('%s: missing %s' % (i, k))
        if set(q) - {'id', 'q', 'style', 'kind', 'expect', 'expect_text', 'profile'}:
            err('%s: unknown keys' % i)
        if q['style'] not in STY:
            err('%s: style %r' % (i, q['style']))
        if q['kind'] not in KIND:
            err('%s: kind %r' % (i, q['kind']))
        if not isinstance(q['q'], str) or len(q['q']) < 5:
            err('%s: question text' % i)
        if not isinstance(q['expect'], list) or not isinstance(q['expect_text'], list) or \
                not all(isinstance(x, str) for x in q['expect'] + q['expect_text']):
            err('%s: expect / expect_text must be lists of strings' % i)
            continue
        kinds[q['kind']] += 1
        styles[q['style']] += 1
        if 'profile' in q:
            nprof += 1
            p = q['profile']
            if not isinstance(p, dict) or set(p) - {'role', 'province', 'union'} or not all(isinstance(v, str) and v for v in p.values()):
                err('%s: bad profile' % i)
        if q['kind'] == 'course':
            if not q['expect']:
                err('%s: course question without expected codes' % i)
            for c in q['expect']:
                if c not in courses:
                    err('%s: code %s not in courses.csv' % (i, c))
            cs = [courses[c] for c in q['expect'] if c in courses]
            facts = ' | '.join(course_facts(c) for c in cs)
            for t in q['expect_text']:
                if fold(t) not in facts:
                    err('%s: expect_text %r not found in the rows of %s' % (i, t, q['expect']))
            past_q = re.search(r'thang truoc|vua roi|da hoc|thang 10|huy|hoan', fold(q['q']))
            named = [c for c in q['expect'] if c.lower() in q['q'].lower()]
            if not past_q and not named and len(q['expect']) and not any(upcoming(c) for c in cs):
                err('%s: expected classes are not upcoming' % i)
        else:
            if q['expect']:
                err('%s: %s question must have expect = []' % (i, q['kind']))
        if q['kind'] == 'target':
            if not q['expect_text']:
                err('%s: target without figure' % i)
            for t in q['expect_text']:
                if not re.search(r'(^|[,;])"?%s"?([,;]|$)' % re.escape(t), ttext, re.M):
                    err('%s: figure %r not written in targets.csv' % (i, t))
        if q['kind'] == 'fact':
            if not q['expect_text']:
                err('%s: fact without text' % i)
            for t in q['expect_text']:
                if fold(t) not in seeds_f:
                    err('%s: %r not in the seed articles' % (i, t))
        if q['kind'] == 'off_topic' and q['expect_text']:
            err('%s: off_topic with expect_text' % i)
    if len(qs) < 320:
        err('only %d questions (need >= 320)' % len(qs))
    for k, n in (('course', 200), ('target', 30), ('fact', 40), ('off_topic', 40)):
        if kinds[k] < n:
            err('only %d %s questions (need >= %d)' % (kinds[k], k, n))
    if nprof < 0.25 * len(qs):
        err('only %d questions with a profile (need >= 25%%)' % nprof)
    if styles and max(styles.values()) > 1.5 * min(styles.values()):
        err('styles not spread evenly: %s' % dict(styles))

    # dialogues
    ds = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
    DK = {'course', 'course_list', 'register', 'fact', 'off_topic'}
    dids = set()
    nturns = 0
    for d in ds:
        i = d.get('id')
        if not i or i in dids:
            err('dialogue id %r missing/duplicate' % i)
        dids.add(i)
        if d.get('style') not in STY:
            err('%s: style' % i)
        if 'profile' in d and (not isinstance(d['profile'], dict) or set(d['profile']) - {'role', 'province', 'union'}):
            err('%s: profile' % i)
        ts = d.get('turns', [])
        if not 3 <= len(ts) <= 6:
            err('%s: %d turns (need 3-6)' % (i, len(ts)))
        for n, t in enumerate(ts, 1):
            nturns += 1
            e = t.get('expect', {})
            if not isinstance(t.get('q'), str) or not t['q'].strip():
                err('%s/%d: no question' % (i, n))
            if e.get('kind') not in DK:
                err('%s/%d: kind %r' % (i, n, e.get('kind')))
                continue
            if not isinstance(e.get('codes'), list) or not isinstance(e.get('text'), list):
                err('%s/%d: codes/text must be lists' % (i, n))
                continue
            for c in e['codes']:
                if c not in courses:
                    err('%s/%d: code %s not in courses.csv' % (i, n, c))
            if e['kind'] in ('course', 'course_list', 'register') and not e['codes']:
                err('%s/%d: %s turn without codes' % (i, n, e['kind']))
            if e['kind'] in ('fact', 'off_topic') and e['codes']:
                err('%s/%d: %s turn with codes' % (i, n, e['kind']))
            if e['kind'] == 'register' and len(e['codes']) != 1:
                err('%s/%d: register turn must name one class' % (i, n))
            if e['kind'] in ('course', 'course_list'):
                facts = ' | '.join(course_facts(courses[c]) for c in e['codes'] if c in courses)
                for x in e['text']:
                    if fold(x) not in facts:
                        err('%s/%d: text %r not found in the rows of %s' % (i, n, x, e['codes']))
            if e['kind'] == 'fact':
                for x in e['text']:
                    if fold(x) not in seeds_f and not re.search(r'(^|[,;])"?%s"?([,;]|$)' % re.escape(x), ttext, re.M):
                        err('%s/%d: %r neither in the seeds nor in targets.csv' % (i, n, x))
    if len(ds) < 60:
        err('only %d dialogues (need >= 60)' % len(ds))

    for e in ERR:
        print('ERROR', e)
    print('%d courses, %d targets, %d questions %s %s, %d with profile, %d dialogues / %d turns' % (
        len(courses), len(targets), len(qs), dict(kinds), dict(styles), nprof, len(ds), nturns))
    print('%d errors' % len(ERR))
    return 1 if ERR else 0


if __name__ == '__main__':
    sys.exit(main())
