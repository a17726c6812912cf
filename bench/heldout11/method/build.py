# Build questions.jsonl, dialogues.jsonl and method/specs.json from the hand-written sources.
import sys, os, json
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..')
sys.path.insert(0, OUT); sys.path.insert(0, HERE)
import validate as v, q_course, q_other, q_dialogues
C, errs = v.load_courses(); assert not errs, errs
specs = {}; qs = []
def add(style, kind, q, expect, texts, prof):
    qid = f'b11-C{len(qs)+1:03d}'
    o = {'id': qid, 'q': q, 'style': style, 'kind': kind, 'expect': expect, 'expect_text': texts}
    if prof: o['profile'] = prof
    qs.append(o); return qid
# interleave kinds so the file is not sorted by kind
course = list(q_course.Q); tg = list(q_other.TARGETS); fc = list(q_other.FACTS); off = list(q_other.OFF)
order = []
import itertools
ci = ti = fi = oi = 0
while ci < len(course) or ti < len(tg) or fi < len(fc) or oi < len(off):
    for _ in range(4):
        if ci < len(course): order.append(('c', course[ci])); ci += 1
    if ti < len(tg): order.append(('t', tg[ti])); ti += 1
    if fi < len(fc): order.append(('f', fc[fi])); fi += 1
    if oi < len(off): order.append(('o', off[oi])); oi += 1
for k, x in order:
    if k == 'c':
        st, q, spec, prof = x
        e = []; sel = [c['code'] for c in v.select(C, spec, e, q)]
        assert sel and not e, (q, e)
        qid = add(st, 'course', q, sel, [], prof); specs[qid] = spec
    elif k == 't':
        st, q, code, texts, prof = x; add(st, 'target', q, [code], texts, prof)
    elif k == 'f':
        st, q, texts, prof = x; add(st, 'fact', q, [], texts, prof)
    else:
        st, q = x; add(st, 'off_topic', q, [], [], None)
with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for o in qs: f.write(json.dumps(o, ensure_ascii=False) + '\n')
# dialogues
fm = v.fmtd
dl = []
for di, (style, prof, turns) in enumerate(q_dialogues.DLG, start=1):
    did = f'b11-D{di:02d}'; tspecs = []; lists = {}; cls = {}; out = []
    for ti, (q, kind, ref, texts) in enumerate(turns):
        ex = {'kind': kind, 'codes': [], 'text': []}
        if kind == 'course_list':
            e = []; sel = v.select(C, ref, e, did); assert sel and not e and len(sel) <= 6, (did, ti, len(sel), e)
            lists[ti] = sel; ex['codes'] = [c['code'] for c in sel]; tspecs.append({'list': ref})
        elif kind in ('course', 'register'):
            if ref[0] == 'pick': cur = lists[ref[1]][ref[2] - 1]; tspecs.append({'pick': [ref[1], ref[2]]})
            elif ref[0] == 'same': cur = cls[ref[1]]; tspecs.append({'same': ref[1]})
            else:
                e = []; sel = v.select(C, ref[1], e, did); assert len(sel) == 1, (did, ti, sel); cur = sel[0]; tspecs.append({'list': ref[1]})
            cls[ti] = cur; ex['codes'] = [cur['code']]
            for t in texts:
                if t == 'S': ex['text'].append(fm(cur['start_key']))
                elif t == 'E': ex['text'].append(fm(cur['end']))
                elif t == 'DL': ex['text'].append(fm(cur['deadline']))
                else: ex['text'].append(t)
        elif kind == 'target':
            ex['codes'] = [ref]; ex['text'] = texts; tspecs.append({'target': ref})
        elif kind == 'fact':
            ex['text'] = texts; tspecs.append({})
        else:
            tspecs.append({})
        out.append({'q': q, 'expect': ex})
    o = {'id': did, 'style': style}
    if prof: o['profile'] = prof
    o['turns'] = out; dl.append(o); specs[did] = tspecs
with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
    for o in dl: f.write(json.dumps(o, ensure_ascii=False) + '\n')
json.dump(specs, open(os.path.join(HERE, 'specs.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
print(len(qs), 'questions', len(dl), 'dialogues')
