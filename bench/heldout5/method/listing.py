import data
data.build()
NOW=data.NOW
for c in sorted(data.COURSES,key=lambda c:(c['prov'],c['start'])):
    up = c['status_key'] in ('open','planned') and c['start']>NOW
    print(('*' if up else ' '), c['code'], c['topic'], '/'.join(c['auds']), c['otype'], c['mode_key'][:3], c['start_cell'], '|dl', c['dl_cell'], '|', c['status_key'][:4], '|', c['title'][:50], '|', c['org'][:28], '|', c['seats_cell'], '|', c['place'][:40])
