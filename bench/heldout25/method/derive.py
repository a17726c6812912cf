"""Turns the written specs (method/specs.json) into expectations, from the CSVs and seeds only.
Raises AmbiguityError when a turn/question is not clear from what was said."""
import datetime as dt, re
import data

class AmbiguityError(Exception):
    pass

COURSES = data.load_courses()
BYCODE = {c['code']: c for c in COURSES}
TARGETS = {t['code']: t for t in data.load_targets()}
SEEDS = data.load_seeds()

def dmy(d):
    return d.strftime('%d/%m/%Y')

GENERIC_VENUES = ('hoi truong ldld tinh', 'hoi truong ldld tp')
def venue_text(c):
    """the part of the venue a reply must contain: its name, or the place when the name is generic"""
    v = c['venue']
    base = re.split(r'[(,]', v)[0].strip()
    if data.fold(base) in GENERIC_VENUES and len(base) < len(v):
        rest = v[len(base):].strip(' ,(')
        rest = re.sub(r'^(cơ sở|phường)\s+', '', rest)
        rest = re.sub(r'^\d+\s+', '', rest)
        return re.sub(r'\s+cũ$', '', re.split(r'[,)]', rest)[0].strip())
    return base

def org_text(c):
    o = c['organiser']
    o = re.sub(r'^(LĐLĐ (tỉnh|thành phố)|CĐ ngành|CĐ|Công đoàn|Trường)\s+', '', o)
    return o

def span_days(c):
    return (c['end'] - c['start']).days + 1

def detail_text(c, what, kw=None):
    if what == 'none':
        return []
    if what == 'venue':
        t = kw or venue_text(c)
        if data.fold(t) not in data.fold(c['venue']):
            raise AmbiguityError('venue kw %r not in %r' % (t, c['venue']))
        if c['mode'] == 'truc_tuyen':
            raise AmbiguityError('venue of an online class %s' % c['code'])
        return [t]
    if what == 'date':
        if not c['dated']:
            raise AmbiguityError('date of tentative class')
        return [dmy(c['start'])]
    if what == 'end':
        if not c['dated']:
            raise AmbiguityError('end of tentative class')
        return [dmy(c['end'])]
    if what == 'days':
        if not c['dated']:
            raise AmbiguityError('days of tentative class')
        if not c['explicit_end']:
            raise AmbiguityError('length of %s not stated (no end, no number of days)' % c['code'])
        n = c['days'] or span_days(c)
        if c['days'] and c['days'] != span_days(c):
            raise AmbiguityError('days column %s differs from span %s (%s)' % (c['days'], span_days(c), c['code']))
        return ['%d ngày' % n]
    if what == 'deadline':
        if not c['deadline']:
            raise AmbiguityError('no deadline %s' % c['code'])
        return [dmy(c['deadline'])]
    if what == 'organiser':
        return [kw or org_text(c)]
    if what == 'seats':
        if not c['seats']:
            raise AmbiguityError('no seats')
        return [str(c['seats'])]
    if what == 'period':
        if c['dated']:
            raise AmbiguityError('period of dated class')
        m = re.search(r'(\d+/\d{4})', c['period'])
        return [m.group(1)] if m else []
    raise ValueError(what)

def apply_profile(f, profile):
    f = dict(f)
    if f.pop('my_province', False):
        f['province'] = profile['province']
    return f

def both(f):
    s = data.select(COURSES, f, broad=False)
    b = data.select(COURSES, f, broad=True)
    return s, b

def single(f, where):
    s, b = both(f)
    if len(s) != 1 or len(b) != 1 or s[0]['code'] != b[0]['code']:
        raise AmbiguityError('%s: not a single class: strict=%s broad=%s' % (where, [c['code'] for c in s], [c['code'] for c in b]))
    return s[0]

def pick(lst, n, where):
    """the n-th class of the list shown (nearest first): it must be the same under every reading"""
    strict, broad = lst
    if n > 3 or n > len(strict) or n > len(broad):
        raise AmbiguityError('%s: list too short for pick %d' % (where, n))
    if [c['code'] for c in strict[:n]] != [c['code'] for c in broad[:n]]:
        raise AmbiguityError('%s: list head differs between readings %s / %s' % (where, [c['code'] for c in strict], [c['code'] for c in broad]))
    head = strict[:n]
    if not all(c['dated'] for c in head):
        raise AmbiguityError('%s: tentative class in the head of the list' % where)
    starts = [c['start'] for c in strict[:n + 1] if c['dated']]
    if len(set(starts)) != len(starts):
        raise AmbiguityError('%s: equal start dates, order unclear' % where)
    tent = [c['lo'] for c in strict if not c['dated']]
    if tent and head[-1]['start'] >= min(tent):
        raise AmbiguityError('%s: a tentative class could come before pick %d' % (where, n))
    return head[-1]

def pick_kw(lst, kw, where):
    strict, broad = lst
    pool = {c['code']: c for c in strict + broad}.values()
    k = data.fold(kw)
    hits = [c for c in pool if k in data.fold(c['venue'] + ' | ' + c['title'] + ' | ' + c['organiser'])]
    if len(hits) != 1:
        raise AmbiguityError('%s: keyword %r picks %s' % (where, kw, [c['code'] for c in hits]))
    if strict and hits[0] not in strict:
        raise AmbiguityError('%s: %s is shown only under the lenient reading' % (where, hits[0]['code']))
    return hits[0]

def target_text(code, what):
    t = TARGETS[code]
    if what == 'pair':
        if t['done'] is None:
            raise AmbiguityError('no achieved figure for %s' % code)
        return [data.fmt_vn(t['target']), data.fmt_vn(t['done'])]
    if what == 'target':
        return [data.fmt_vn(t['target'])]
    if what == 'done':
        return [data.fmt_vn(t['done'])]
    if what == 'remain':
        r = t['target'] - t['done']
        if r <= 0:
            raise AmbiguityError('target already met %s' % code)
        return [data.fmt_vn(r)]
    if what == 'over':
        r = t['done'] - t['target']
        if r <= 0:
            raise AmbiguityError('target not exceeded %s' % code)
        return [data.fmt_vn(r)]
    raise ValueError(what)

def fact_text(texts):
    for t in texts:
        if not any(t in s for s in SEEDS.values()):
            raise AmbiguityError('fact %r not in seeds' % t)
    return list(texts)

def run_dialogue(d):
    """d = {'id','style','profile'?,'turns':[spec,...]} -> list of expect dicts"""
    profile = d.get('profile')
    out = []
    lst = None          # (strict, broad) of the last list shown
    lastf = None        # filter of the last course / course_list question
    cur = None          # class being talked about
    hist = []           # classes talked about, in order
    for i, t in enumerate(d['turns']):
        where = '%s#%d' % (d['id'], i + 1)
        op = t['op']
        if op in ('list', 'course') and ('f' in t or 'upd' in t):
            if 'f' in t:
                f = dict(t['f'])
            else:
                f = dict(lastf)
                for k, v in t['upd'].items():
                    if v is None:
                        f.pop(k, None)
                    else:
                        f[k] = v
            lastf = dict(f)
            if f.get('my_province') and not profile:
                raise AmbiguityError('%s: «tỉnh mình» without a profile' % where)
            f = apply_profile(f, profile or {})
            if op == 'list':
                s, b = both(f)
                if not b:
                    raise AmbiguityError('%s: empty list' % where)
                codes = [c['code'] for c in b]
                lst = (s, b)
                if len(b) == 1 and len(s) == 1:
                    cur = b[0]; hist.append(cur)
                else:
                    cur = None
                out.append(dict(kind='course_list', codes=codes, text=[]))
                continue
            if f.pop('nearest', False):
                c = pick(both(f), 1, where)
            else:
                c = single(f, where)
            cur = c; hist.append(c)
            out.append(dict(kind='course', codes=[c['code']], text=detail_text(c, t.get('what', 'none'), t.get('kw'))))
            continue
        if op == 'pick':
            if lst is None:
                raise AmbiguityError('%s: pick without a list' % where)
            c = pick(lst, t['n'], where) if 'n' in t else pick_kw(lst, t['pkw'], where)
            cur = c; hist.append(c)
            if t.get('register'):
                if not c['open']:
                    raise AmbiguityError('%s: register on a class not open (%s)' % (where, c['code']))
                out.append(dict(kind='register', codes=[c['code']], text=[]))
            else:
                out.append(dict(kind='course', codes=[c['code']], text=detail_text(c, t.get('what', 'none'), t.get('kw'))))
            continue
        if op == 'detail':
            if cur is None:
                raise AmbiguityError('%s: pronoun without a class' % where)
            out.append(dict(kind='course', codes=[cur['code']], text=detail_text(cur, t['what'], t.get('kw'))))
            continue
        if op == 'back':
            prev = [c for c in hist if cur is None or c['code'] != cur['code']]
            if not prev:
                raise AmbiguityError('%s: nothing to come back to' % where)
            c = prev[-1]
            cur = c; hist.append(c)
            if t.get('register'):
                if not c['open']:
                    raise AmbiguityError('%s: register on a class not open (%s)' % (where, c['code']))
                out.append(dict(kind='register', codes=[c['code']], text=[]))
            else:
                out.append(dict(kind='course', codes=[c['code']], text=detail_text(c, t.get('what', 'none'), t.get('kw'))))
            continue
        if op == 'register':
            if cur is None:
                raise AmbiguityError('%s: register without a class' % where)
            if not cur['open']:
                raise AmbiguityError('%s: register on a class not open (%s)' % (where, cur['code']))
            out.append(dict(kind='register', codes=[cur['code']], text=[]))
            continue
        if op == 'target':
            out.append(dict(kind='target', codes=[], text=target_text(t['t'], t['what'])))
            continue
        if op == 'fact':
            out.append(dict(kind='fact', codes=[], text=fact_text(t['text'])))
            continue
        if op == 'off':
            out.append(dict(kind='off_topic', codes=[], text=[]))
            continue
        raise ValueError(op)
    return out

def run_question(q):
    profile = q.get('profile')
    if q['kind'] != 'course':
        raise ValueError('questions.jsonl holds single course questions only')
    f = dict(q['f'])
    if f.get('my_province') and not profile:
        raise AmbiguityError('%s: «tỉnh mình» without a profile' % q['id'])
    f = apply_profile(f, profile or {})
    c = single(f, q['id'])
    return [c['code']], detail_text(c, q.get('what', 'none'), q.get('kw'))
