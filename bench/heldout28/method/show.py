import sys
from engine import *
from course_items import ITEMS
cs = load_courses('../courses.csv'); by = {c['code']: c for c in cs}
for i, (st, t, sp, pr) in enumerate(ITEMS):
    codes, probs = answer(cs, sp)
    flag = 'BAD' if probs or not codes or len(codes) > 3 else 'ok '
    if len(sys.argv) > 1 and flag == 'ok ': continue
    print(i, flag, codes, probs[:4], '|', t[:70])
    for cd in codes[:3]:
        c = by[cd]; print('     ', cd, fmt(c['start']) if c['kind']=='exact' else c['label'], c['mode'], c['ndays'], c['title'][:50], '|', c['venue'][:40])
