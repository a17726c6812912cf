# Builds questions.jsonl, dialogues.jsonl and method/specs.json from the hand-written sources.
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..')
sys.path.insert(0, OUT); sys.path.insert(0, HERE)
import b8lib as L
from questions_src import QS
from dialogues_src import DS

courses = L.load_courses(); targets = L.load_targets()
byc = {c['code']: c for c in courses}

def place_word(c):
    p = c['Địa điểm']
    for sep in ['(', ',']:
        p = p.split(sep)[0]
    return p.strip()

def course_text(c, ask):
    out = [c['start_txt']]
    for a in ask:
        if a == 'place': out.append(place_word(c))
        elif a == 'deadline': out.append(c['deadline'].strftime('%d/%m/%Y'))
        elif a == 'time': out.append(c['when']['start'].strftime('%H:%M'))
        elif a == 'org': out.append(c['Đơn vị tổ chức'])
        elif a == 'prov': out.append(c['prov'])
        elif a == 'days':
            if c['end'] and c['end'] != c['when']['start'].date(): out.append(c['end'].strftime('%d/%m/%Y'))
    return out

qrows, specs = [], {'questions': {}, 'dialogues': {}}
n = 0
for kind, style, q, spec, prof, text in QS:
    n += 1
    qid = f'b8-Q{n:03d}'
    row = {'id': qid, 'q': q, 'style': style, 'kind': kind, 'expect': [], 'expect_text': []}
    if kind == 'course':
        sel = L.select(courses, spec)
        row['expect'] = [c['code'] for c in sel]
        if text: row['expect_text'] = text
        if not sel: print('EMPTY', qid, q, spec)
    elif kind == 'target':
        ts = L.select_targets(targets, spec)
        row['expect'] = [t['Mã chỉ tiêu'] for t in ts]; row['expect_text'] = L.target_texts(ts)
        if not ts: print('EMPTY', qid, q, spec)
    elif kind == 'fact':
        row['expect_text'] = text
    if prof: row['profile'] = prof
    qrows.append(row); specs['questions'][qid] = spec

drows = []
for i, (style, prof, turns) in enumerate(DS, 1):
    did = f'b8-D{i:02d}'
    shown = {}; out = []; tspecs = []
    for ti, (kind, q, spec) in enumerate(turns):
        exp = {'kind': kind, 'codes': [], 'text': []}
        if kind == 'course_list':
            sel = L.select(courses, spec); shown[ti] = [c['code'] for c in sel]
            exp['codes'] = shown[ti]
            print(did, ti, [(c['code'], c['start_txt'] or c['when']['label'], 'R' if L.registrable(c) else '') for c in sel][:4])
            if not sel: print('EMPTY', did, ti, q)
        elif kind in ('course', 'register'):
            code = spec['code'] or shown[spec['ref'][0]][spec['ref'][1] - 1]
            exp['codes'] = [code]
            c = byc[code]
            if kind == 'course':
                if c['start_txt'] is None:
                    print('PLANNED COURSE TURN', did, ti, code); exp['text'] = [c['when']['label']]
                else:
                    exp['text'] = course_text(c, spec['ask'])
            elif not L.registrable(c): print('NOT REGISTRABLE', did, ti, code)
        elif kind == 'target':
            ts = L.select_targets(targets, spec); exp['codes'] = [t['Mã chỉ tiêu'] for t in ts]; exp['text'] = L.target_texts(ts)
        elif kind == 'fact':
            exp['text'] = spec
        out.append({'q': q, 'expect': exp}); tspecs.append({'kind': kind, 'spec': spec})
    d = {'id': did, 'style': style}
    if prof: d['profile'] = prof
    d['turns'] = out
    drows.append(d); specs['dialogues'][did] = tspecs

with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for r in qrows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
    for r in drows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(HERE, 'specs.json'), 'w', encoding='utf-8') as f:
    json.dump(specs, f, ensure_ascii=False, indent=1)
import collections
print(len(qrows), 'questions', collections.Counter(r['kind'] for r in qrows), collections.Counter(r['style'] for r in qrows))
print(len(drows), 'dialogues')
