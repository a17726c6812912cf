"""Builds ../questions.jsonl from the specs; every expectation derived by derive.py."""
import json, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from derive import fact_answer, course_expect
from facts_spec import FACTS
from courses_spec import COURSES
from offtopic_spec import OFFTOPIC

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'questions.jsonl')

def rows():
    n = 0
    for fid, seed, rxs, qs in FACTS:
        ans = fact_answer(seed, rxs)
        for i, (style, q, prof) in enumerate(qs, 1):
            r = {'id': 'f-%s-%d' % (fid, i), 'q': q, 'style': style, 'kind': 'fact', 'expect': [], 'expect_text': ans}
            if prof:
                r['profile'] = prof
            yield r
    for cid, style, q, prof, kind, f, alt, text in COURSES:
        codes, texts = course_expect(kind, f, alt, text)
        r = {'id': cid, 'q': q, 'style': style, 'kind': 'course', 'expect': codes, 'expect_text': texts}
        if prof:
            r['profile'] = prof
        yield r
    for i, (style, q) in enumerate(OFFTOPIC, 1):
        yield {'id': 'o%03d' % i, 'q': q, 'style': style, 'kind': 'off_topic', 'expect': [], 'expect_text': []}

if __name__ == '__main__':
    out = list(rows())
    with open(OUT, 'w', encoding='utf-8') as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', len(out), 'questions:', dict(collections.Counter(r['kind'] for r in out)))
    print('styles:', dict(collections.Counter(r['style'] for r in out)))
    print('with profile:', sum('profile' in r for r in out))
