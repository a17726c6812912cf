"""Builds dialogues.jsonl, questions.jsonl and method/spec.json from the hand-written spec below.
Codes and detail strings are derived from the CSVs by resolve.py (validate.py re-derives them)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdata import load_courses, load_targets, ROOT
from dspec import DIALOGUES
from qspec import QUESTIONS
from derive import derive_dialogue, derive_question

def main():
    cs = load_courses(); tg = load_targets()
    styles = ['diacritics', 'plain', 'abbrev', 'typo', 'voice']
    out, spec, errs = [], {'dialogues': [], 'questions': []}, []
    for i, d in enumerate(DIALOGUES):
        did = 'b22-d%02d' % (i + 1)
        style = styles[i % 5]
        try:
            turns = derive_dialogue(cs, tg, d['turns'])
        except Exception as e:
            errs.append('%s: %s' % (did, e)); continue
        obj = {'id': did, 'style': style}
        if d.get('profile'): obj['profile'] = d['profile']
        obj['turns'] = turns
        out.append(obj); spec['dialogues'].append({'id': did, 'turns': d['turns']})
    qout = []
    for i, q in enumerate(QUESTIONS):
        qid = 'b22-q%03d' % (i + 1)
        try:
            codes, texts = derive_question(cs, q)
        except Exception as e:
            errs.append('%s (%s): %s' % (qid, q['q'][:40], e)); continue
        o = {'id': qid, 'q': q['q'], 'style': q['style'], 'kind': 'course', 'expect': codes, 'expect_text': texts}
        if q.get('profile'): o['profile'] = q['profile']
        qout.append(o); spec['questions'].append({'id': qid, 'f': q['f'], 'mode': q.get('mode', 'first'), 't': q.get('t', [])})
    for e in errs: print('ERR', e)
    with open(os.path.join(ROOT, 'dialogues.jsonl'), 'w') as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(ROOT, 'questions.jsonl'), 'w') as f:
        for o in qout: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    json.dump(spec, open(os.path.join(ROOT, 'method', 'spec.json'), 'w'), ensure_ascii=False, indent=0)
    print(len(out), 'dialogues', len(qout), 'questions', len(errs), 'errors')

if __name__ == '__main__':
    main()
