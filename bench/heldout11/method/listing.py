import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
import validate as v
C, e = v.load_courses()
for c in sorted(C.values(), key=lambda c: (c['prov'], c['start_key'])):
    r = c['row']
    print('  ' if v.upcoming(c) else 'X ', c['prov'][:8].ljust(8), c['code'].ljust(18), c['start_key'], (r['Ngày bắt đầu'][:22]).ljust(22), c['mode'][0], '|', c['title'][:62], '|', ','.join(sorted(c['aud'])), '|', r['Đơn vị tổ chức'][:26], '|', r['Địa điểm'][:34], '|', r['Hạn đăng ký'][:10], r['Trạng thái'][:3])
