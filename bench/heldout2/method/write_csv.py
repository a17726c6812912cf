import csv, data
from data import COURSES, TARGETS, fmt_d, vn
H = ["Mã lớp","Tên lớp","Chủ đề","Đối tượng","Đơn vị tổ chức","Đơn vị phối hợp","Tỉnh/Thành phố","Địa điểm","Hình thức","Ngày bắt đầu","Ngày kết thúc","Hạn đăng ký","Số chỗ","Trạng thái","Ghi chú"]
with open('/work/blind/out/courses.csv','w',newline='',encoding='utf-8') as f:
    w = csv.writer(f); w.writerow(H)
    for c in COURSES:
        if c['start']:
            st = fmt_d(c["start"]) + (" 07:30" if c["orgkind"] in ("kcn","company") else " 08:00")
            en = fmt_d(c['end']) + " 17:00"; dl = fmt_d(c['deadline']) + " 23:59" if c['deadline'] else ""
        else:
            st = c['tentative'][3]; en = ""; dl = ""
        w.writerow([c['code'],c['title'],c['topic'],c['aud'],c['org'],c['coorg'],c['prov'],c['venue'],c['form'],st,en,dl,c['seats'],c['status'],c['note']])
TH = ["Mã chỉ tiêu","Đơn vị","Năm","Nội dung","Đối tượng","Chỉ tiêu","Đơn vị tính","Đã đạt","Tính đến ngày","Ghi chú"]
with open('/work/blind/out/targets.csv','w',newline='',encoding='utf-8') as f:
    w = csv.writer(f); w.writerow(TH)
    for t in TARGETS:
        w.writerow([t['code'],t['unit'],t['year'],t['content'],t['aud'],vn(t['target']),t['uom'],vn(t['ach']),t['asof'],t['note']])
