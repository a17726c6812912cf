import glob, os
from cdata import open_now, ROOT, fold
from resolve import resolve, pick, full_count, text_for, Amb

SEEDS = None
def seeds():
    global SEEDS
    if SEEDS is None:
        SEEDS = [open(p, encoding='utf-8').read() for p in sorted(glob.glob(os.path.join(ROOT, 'given', 'seeds', '*.txt')))]
    return SEEDS

def derive_dialogue(cs, tg, turns):
    byc = {c['code']: c for c in cs}
    res = []  # (kind, codes, text, full_n)
    out = []
    for j, t in enumerate(turns):
        k = t['k']; texts = []; codes = []
        if k == 'L':
            codes = resolve(cs, t['f'], 'list'); kind = 'course_list'
            fn = full_count(cs, t['f'])
        elif k in ('C', 'U'):
            codes = resolve(cs, t['f'], 'first' if k == 'C' else 'unique'); kind = 'course'
        elif k in ('O', 'S', 'R'):
            ref = t['ref']
            if ref >= j: raise Amb('forward ref')
            pk, pcodes, _, pfn = res[ref]
            if t.get('ord') is not None:
                if pk != 'course_list': raise Amb('ordinal on non-list turn %d' % j)
                codes = [pick(cs, pcodes, t['ord'], pfn)]
            else:
                if pk != 'course' or len(pcodes) != 1: raise Amb('pronoun ref to turn %d not a single course' % ref)
                codes = [pcodes[0]]
            kind = 'register' if k == 'R' else 'course'
            if k == 'R' and not open_now(byc[codes[0]]):
                raise Amb('turn %d: register on class not open now: %s' % (j, codes[0]))
        elif k == 'T':
            row = tg[t['code']]; codes = [t['code']]; kind = 'target'
            for w in t.get('t', ['target', 'achieved']):
                v = row['Chỉ tiêu'] if w == 'target' else row['Đã đạt']
                if not v: raise Amb('empty target value')
                texts.append(v)
        elif k == 'F':
            kind = 'fact'
            for s in t['t']:
                if not any(s in sd for sd in seeds()): raise Amb('fact %r not verbatim in seeds' % s)
                texts.append(s)
        elif k == 'X':
            kind = 'off_topic'
        else:
            raise Amb('bad kind ' + k)
        if kind in ('course', 'register') and k != 'T':
            for w in t.get('t', []):
                texts.append(text_for(byc[codes[0]], w))
        if kind == 'course_list' and t.get('t'):
            raise Amb('no texts on lists')
        res.append((kind, codes, texts, fn if k == 'L' else None))
        out.append({'q': t['q'], 'expect': {'kind': kind, 'codes': codes, 'text': texts}})
    if not 3 <= len(out) <= 7: raise Amb('turn count %d' % len(out))
    return out

def derive_question(cs, q):
    byc = {c['code']: c for c in cs}
    codes = resolve(cs, q['f'], q.get('mode', 'first'))
    texts = [text_for(byc[codes[0]], w) for w in q.get('t', [])]
    return codes, texts
