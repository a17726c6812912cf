#!/usr/bin/env python3
"""Re-derives every expectation of dialogues.jsonl and questions.jsonl from courses.csv and targets.csv
(and the seed articles for facts), using the filters in method/spec.json, and checks format and styles.
Prints the errors and finally 'N errors'."""
import json, os, sys, re, filecmp, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'method'))
from cdata import load_courses, load_targets, open_now, fold
from derive import derive_dialogue, derive_question

STYLES = {'diacritics', 'plain', 'abbrev', 'typo', 'voice'}
KINDS = {'course_list', 'course', 'register', 'target', 'fact', 'off_topic'}
ABBR = re.compile(r'\b(cđcs|cdcs|lđlđ|ldld|ct|bch|atvslđ|ko|k|khum|dc|đc|bn|mik|mk|e|a|c|đk|dk|j|nhe|ad|hn|hp|qn|cb|tn|lc|th|hy|nb|cđ|cty|nv|onl|t2|t3|t1|v|s|r|hđk|ubkt|ktra|pccn|bd|lđ|gv|đv|cđs|tltt|p|đh|gg|qlý|hthuc|ntn|dc|đk)\b', re.I)

def main():
    errs = []
    def err(m): errs.append(m)
    for f in ('courses.csv', 'targets.csv'):
        if not filecmp.cmp(os.path.join(HERE, f), os.path.join(HERE, 'given', f), shallow=False):
            err('%s differs from given/%s' % (f, f))
    cs = load_courses(os.path.join(HERE, 'courses.csv'))
    tg = load_targets(os.path.join(HERE, 'targets.csv'))
    byc = {c['code']: c for c in cs}
    spec = json.load(open(os.path.join(HERE, 'method', 'spec.json')))
    dspec = {d['id']: d for d in spec['dialogues']}
    qspec = {q['id']: q for q in spec['questions']}

    def style_check(where, style, text):
        if style not in STYLES: err('%s: bad style %r' % (where, style)); return
        if style == 'plain' and re.search(r'[^\x00-\x7f]', text): err('%s: plain text has diacritics' % where)
        if style == 'voice' and (re.search(r'\d', text) or re.search(r'[?!]', text)): err('%s: voice text has digits/punctuation' % where)
        if style in ('diacritics', 'voice', 'typo') and not re.search(r'[^\x00-\x7f]', text): err('%s: %s text without diacritics' % (where, style))

    # dialogues
    dl = [json.loads(l) for l in open(os.path.join(HERE, 'dialogues.jsonl'), encoding='utf-8')]
    ids = [d['id'] for d in dl]
    if len(set(ids)) != len(ids): err('duplicate dialogue ids')
    if len(dl) < 70: err('only %d dialogues' % len(dl))
    prof = sum(1 for d in dl if d.get('profile'))
    if not 0.2 <= prof / len(dl) <= 0.35: err('dialogue profile share %d/%d' % (prof, len(dl)))
    kinds = collections.Counter(); styles = collections.Counter()
    for i, d in enumerate(dl):
        did = d['id']; styles[d['style']] += 1
        if i and dl[i-1]['style'] == d['style']: err('%s: style does not rotate' % did)
        if not 3 <= len(d['turns']) <= 7: err('%s: %d turns' % (did, len(d['turns'])))
        if d.get('profile') and set(d['profile']) != {'role', 'province', 'union'}: err('%s: bad profile' % did)
        if did not in dspec: err('%s: no spec' % did); continue
        try:
            want = derive_dialogue(cs, tg, dspec[did]['turns'])
        except Exception as e:
            err('%s: %s' % (did, e)); continue
        if len(want) != len(d['turns']): err('%s: turn count differs from spec' % did); continue
        abbr_hits = 0
        for j, (t, w) in enumerate(zip(d['turns'], want)):
            where = '%s#%d' % (did, j)
            if t['q'] != w['q']: err(where + ': question text differs from spec')
            if t['expect'] != w['expect']: err(where + ': expect %s != derived %s' % (t['expect'], w['expect']))
            k = t['expect']['kind']; kinds[k] += 1
            if k not in KINDS: err(where + ': bad kind')
            if k == 'course_list' and not 1 <= len(t['expect']['codes']) <= 5: err(where + ': list size')
            if k == 'register' and not all(open_now(byc[c]) for c in t['expect']['codes']): err(where + ': register on closed class')
            if k in ('fact', 'off_topic') and t['expect']['codes']: err(where + ': codes on fact/off_topic')
            if k == 'off_topic' and t['expect']['text']: err(where + ': text on off_topic')
            style_check(where, d['style'], t['q'])
            if ABBR.search(t['q']): abbr_hits += 1
        if d['style'] == 'abbrev' and abbr_hits < len(d['turns']) // 2: err('%s: abbrev dialogue with few abbreviations' % did)
        if not any(x['expect']['kind'] in ('course_list', 'course') for x in d['turns']): err('%s: no course turn' % did)

    # questions
    ql = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
    qids = [q['id'] for q in ql]
    if len(set(qids)) != len(qids): err('duplicate question ids')
    if len(ql) < 60: err('only %d questions' % len(ql))
    qprof = sum(1 for q in ql if q.get('profile'))
    if not 0.2 <= qprof / len(ql) <= 0.35: err('question profile share %d/%d' % (qprof, len(ql)))
    qstyles = collections.Counter()
    for q in ql:
        qid = q['id']; qstyles[q['style']] += 1
        if q['kind'] != 'course': err(qid + ': kind must be course')
        if set(q) - {'id', 'q', 'style', 'kind', 'expect', 'expect_text', 'profile'}: err(qid + ': extra keys')
        style_check(qid, q['style'], q['q'])
        if q['style'] == 'abbrev' and not ABBR.search(q['q']): err(qid + ': abbrev without abbreviation')
        if qid not in qspec: err(qid + ': no spec'); continue
        s = qspec[qid]
        try:
            codes, texts = derive_question(cs, {'q': q['q'], 'f': s['f'], 'mode': s['mode'], 't': s['t']})
        except Exception as e:
            err('%s: %s' % (qid, e)); continue
        if codes != q['expect'] or texts != q['expect_text']:
            err('%s: expect %s %s != derived %s %s' % (qid, q['expect'], q['expect_text'], codes, texts))
        if len(codes) != 1: err(qid + ': does not single out one class')
    for e in errs: print('ERROR', e)
    print('dialogues %d (turns %d, kinds %s, styles %s, with profile %d)' % (len(dl), sum(kinds.values()), dict(kinds), dict(styles), prof))
    print('questions %d (styles %s, with profile %d)' % (len(ql), dict(qstyles), qprof))
    print('%d errors' % len(errs))
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
