import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..')); sys.path.insert(0, os.path.dirname(__file__))
import validate as v, q_course
C, e = v.load_courses()
print(len(q_course.Q))
from collections import Counter
print(Counter(x[0] for x in q_course.Q))
for i, (st, q, spec, prof) in enumerate(q_course.Q):
    errs = []
    sel = v.select(C, spec, errs, str(i))
    flag = '!!' if (not sel or errs or len(sel) > 8) else '  '
    print(flag, i, q[:70], '->', [c['code'] for c in sel], errs[:2])
