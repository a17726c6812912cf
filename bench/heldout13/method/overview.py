# print a per-province overview of courses.csv (for writing questions by hand)
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import validate as v
cs = [v.Course(r) for r in v.load_courses(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'courses.csv'))]
for p in sorted({c.prov for c in cs}):
    print('=' * 20, p)
    for c in sorted([c for c in cs if c.prov == p], key=lambda c: c.key):
        r = c.row
        flag = 'U' if c.upcoming() else '-'
        print(f"{flag} {c.code:22} {r['Ngày bắt đầu']:28} {c.key:%d/%m/%y} {c.topic:4} | {r['Tên lớp'][:62]:62} | {r['Đối tượng'][:30]:30} | {r['Đơn vị tổ chức'][:34]:34} | {r['Địa điểm'][:50]:50} | {c.mode} | dl={r['Hạn đăng ký']} | nd={r['Số ngày']} | {r['Số chỗ']} | {r['Trạng thái']} | {r['Ghi chú'][:40]}")
