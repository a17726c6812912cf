from qlib import *
from q_course import COURSE
for i, it in enumerate(COURSE):
    st, q, spec = it[0], it[1], it[2]
    up = it[5] if len(it) > 5 else True
    codes = F(**spec) if isinstance(spec, dict) else spec
    for c in codes: assert c in BYCODE, c
    flag = '' if codes else ' !!!EMPTY'
    if len(codes) > 8: flag += ' (many)'
    print(i, q[:70], '->', codes[:6], len(codes), flag)
