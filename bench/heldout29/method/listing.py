import data
from data import *
with open('listing.txt', 'w') as f:
    for c in sorted(COURSES, key=lambda c: (PROV_ORDER.index(c['prov']), c['eff'] or D(2100,1,1))):
        f.write('%-15s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s%s|s%d|dl=%s|%s|%s\n' % (
            c['code'], c['prov'][:6], (c['old'] or '-')[:8], c['ward'], c['org'], c['topic'], '+'.join(c['aud']), c['mode'][:3],
            c['status'], start_text(c), 'EVE' if c['evening'] else '', 'WE' if c['weekend'] else '', c['seats'],
            dmy(c['deadline']) if c['deadline'] else '-', 'REG' if reg_open(c) else ('UP' if is_upcoming(c) else 'x'), c['title'][:50]))
