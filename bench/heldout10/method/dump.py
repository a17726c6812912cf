import sys; sys.path.insert(0,'..')
import validate as v
cs=v.load_courses()
print(len(cs), sum(v.upcoming(c) for c in cs), sum(v.registrable(c) for c in cs))
for c in sorted(cs,key=lambda c:(c['province'],c['sortkey'])):
    if not v.upcoming(c): flag='x'
    elif v.registrable(c): flag='R'
    else: flag='u'
    s=c['start'].strftime('%d/%m/%Y %H:%M') if c['start'] else 'PLAN '+c['planned'][2]
    print(flag, c['province'][:9].ljust(9), c['code'].ljust(18), c['topic'].ljust(6), ','.join(sorted(c['aud'])).ljust(14), c['fmt'][:3], s.ljust(22), (c['deadline'].strftime('%d/%m') if c['deadline'] else '-').ljust(5), c['days'].ljust(7), c['org'][:28].ljust(28), c['place'][:40], '|', c['title'][:50])
