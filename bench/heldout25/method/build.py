"""Builds questions.jsonl and dialogues.jsonl from the written specs; every expectation is derived
by derive.py from given/courses.csv, given/targets.csv and given/seeds.  Also copies the CSVs."""
import json, os, shutil, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import derive, data
import specs_dialogues, specs_questions

ROOT = data.ROOT

def dialogues():
    out = []
    for i, d in enumerate(specs_dialogues.DIALOGUES):
        d = dict(d, id='D%02d' % (i + 1))
        ex = derive.run_dialogue(d)
        rec = dict(id=d['id'], style=d['style'])
        if d.get('profile'):
            rec['profile'] = d['profile']
        rec['turns'] = [dict(q=t['q'], expect=e) for t, e in zip(d['turns'], ex)]
        out.append(rec)
    return out

def questions():
    out = []
    for i, q in enumerate(specs_questions.QUESTIONS):
        q = dict(q, id='Q%02d' % (i + 1))
        codes, text = derive.run_question(q)
        rec = dict(id=q['id'], q=q['q'], style=q['style'], kind=q['kind'], expect=codes, expect_text=text)
        if q.get('profile'):
            rec['profile'] = q['profile']
        out.append(rec)
    return out

def write(path, recs):
    with open(path, 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    ds, qs = dialogues(), questions()
    write(os.path.join(ROOT, 'dialogues.jsonl'), ds)
    write(os.path.join(ROOT, 'questions.jsonl'), qs)
    for fn in ('courses.csv', 'targets.csv'):
        shutil.copyfile(os.path.join(data.GIVEN, fn), os.path.join(ROOT, fn))
    turns = [t for d in ds for t in d['turns']]
    print('dialogues: %d (with profile %d), turns: %d' % (len(ds), sum('profile' in d for d in ds), len(turns)))
    print('  styles:', dict(collections.Counter(d['style'] for d in ds)))
    print('  turn kinds:', dict(collections.Counter(t['expect']['kind'] for t in turns)))
    print('  turns per dialogue:', dict(sorted(collections.Counter(len(d['turns']) for d in ds).items())))
    print('questions: %d (with profile %d)' % (len(qs), sum('profile' in q for q in qs)))
    print('  styles:', dict(collections.Counter(q['style'] for q in qs)))
    print('  with expect_text:', sum(bool(q['expect_text']) for q in qs))
    print('distinct classes expected: %d' % len(set(c for q in qs for c in q['expect']) | set(c for t in turns for c in t['expect']['codes'])))
