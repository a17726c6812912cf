"""Derivations shared by build.py and ../validate.py: every expectation comes from given/ via this code."""
import re, glob, os
from plan import load_courses, select, fold, HERE, GIVEN

SEEDS = {os.path.basename(p)[:3]: open(p, encoding='utf-8').read()
         for p in sorted(glob.glob(os.path.join(GIVEN, 'seeds', '*.txt')))}

def fact_answer(seed, regexes):
    out = []
    for rx in regexes:
        ms = list(re.finditer(rx, SEEDS[seed], re.M))
        if len(ms) != 1:
            raise ValueError('regex %r matches %d times in seed %s' % (rx, len(ms), seed))
        ans = ms[0].group(1).strip()
        assert ans in SEEDS[seed]
        out.append(ans)
    return out

_COURSES = None
def courses():
    global _COURSES
    if _COURSES is None:
        _COURSES = load_courses()
    return _COURSES

def course_expect(kind, f, alt, text):
    sel = select(courses(), **f)
    if not sel:
        raise ValueError('no class for %r' % (f,))
    if kind == 'single' and len(sel) != 1:
        raise ValueError('not single: %r -> %s' % (f, [c['code'] for c in sel]))
    if kind in ('single', 'nearest'):
        if kind == 'nearest' and len(sel) > 1 and sel[0]['first'] == sel[1]['first']:
            raise ValueError('nearest is a tie: %r' % (f,))
        sel = sel[:1]
    codes = [c['code'] for c in sel]
    if alt:
        alts = select(courses(), **alt)
        if not alts or alts[0]['code'] not in codes:
            raise ValueError('alternative reading disagrees: %r first=%s' % (alt, alts[0]['code'] if alts else None))
    texts = []
    for t in text:
        if t == 'first':
            c = sel[0]
            if c['planned']:
                raise ValueError('planned class has no day: %s' % c['code'])
            texts.append(c['first'].strftime('%d/%m/%Y'))
        else:
            if fold(t) not in fold(sel[0]['venue'] + ' ' + sel[0]['title']):
                raise ValueError('text %r not in class %s' % (t, sel[0]['code']))
            texts.append(t)
    return codes, texts
