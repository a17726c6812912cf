#!/usr/bin/env python3
import json, csv, re, random, datetime as dt
from collections import defaultdict
random.seed(7)
OUT = '/work/blind3/out/'
rows = json.load(open(OUT + '_auto_rows.json'))

def X(code, title, topic, aud, org, prov, place, fmt, start, end='', dl='', seats='', status='Mở đăng ký',
      coorg='', note='', days=''):
    rows.append(dict(code=code, title=title, topic=topic, aud=aud, org=org, coorg=coorg, prov=prov, place=place,
                     fmt=fmt, start=start, end=end, dl=dl, seats=seats, status=status, note=note, days=days))

T = 'Tập trung (trực tiếp)'; ON = 'Trực tuyến'; KH = 'Kết hợp (trực tiếp và trực tuyến)'
# --- sector unions, schools, national
X('CDGD-2027-PB', 'Tập huấn nghiệp vụ cho Chủ tịch công đoàn cơ sở trường học khu vực phía Bắc', 'Nghiệp vụ công tác công đoàn',
  'Chủ tịch CĐCS trường học', 'Công đoàn Giáo dục Việt Nam', 'Hà Nội', 'Hội trường Bộ Giáo dục và Đào tạo, 35 Đại Cồ Việt', T,
  '15/03/2027 08:00', '17/03/2027 16:30', '05/03/2027', '150 học viên')
X('CDGD-2027-MT', 'Tập huấn nghiệp vụ cho Chủ tịch công đoàn cơ sở trường học khu vực miền Trung - Tây Nguyên', 'Nghiệp vụ công tác công đoàn',
  'Chủ tịch CĐCS trường học', 'Công đoàn Giáo dục Việt Nam', 'Đà Nẵng', 'Trường Đại học Sư phạm - ĐH Đà Nẵng', T,
  '12/04/2027 08:00', '14/04/2027 16:30', '31/03/2027', '120 học viên')
X('CDGD-2027-PN', 'Tập huấn nghiệp vụ cho Chủ tịch công đoàn cơ sở trường học khu vực phía Nam', 'Nghiệp vụ công tác công đoàn',
  'Chủ tịch CĐCS trường học', 'Công đoàn Giáo dục Việt Nam', 'TP Hồ Chí Minh', 'Trường Đại học Sư phạm TP.HCM', T,
  '10/05/2027 08:00', '12/05/2027 16:30', '28/04/2027', '150 học viên')
X('CDGD-2027-TC-ON', 'Tập huấn trực tuyến tài chính công đoàn cho kế toán CĐCS ngành giáo dục', 'Tài chính công đoàn',
  'Kế toán công đoàn cơ sở trường học', 'Công đoàn Giáo dục Việt Nam', 'Hà Nội', 'Trực tuyến qua Zoom', ON,
  '20/01/2027 14:00', '', '18/01/2027', '500')
X('CDYT-27-01', 'Huấn luyện an toàn, vệ sinh lao động trong cơ sở khám chữa bệnh', 'An toàn, vệ sinh lao động',
  'Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'Công đoàn Y tế Việt Nam', 'Huế', 'Bệnh viện Trung ương Huế, 16 Lê Lợi', T,
  '08/06/2027', '09/06/2027', '25/05/2027', '80')
X('CDYT-27-02', 'Tập huấn nghiệp vụ tài chính, kế toán cho CĐCS ngành Y tế', 'Tài chính công đoàn',
  'Kế toán, thủ quỹ CĐCS', 'Công đoàn Y tế Việt Nam', 'Hà Nội', 'Học trực tuyến trên Google Meet', ON,
  '17/12/2026 08:30', '', '14/12/2026', '300')
X('CDYT-27-03', 'Bồi dưỡng công tác nữ công cho cán bộ công đoàn ngành Y tế', 'Công tác nữ công, bình đẳng giới',
  'Trưởng, phó ban nữ công CĐCS', 'Công đoàn Y tế Việt Nam', 'Nghệ An', 'Bệnh viện Hữu nghị Đa khoa Nghệ An', T,
  '13/09/2027', '14/09/2027', '03/09/2027', '70')
X('CDCT-2027-DM1', 'Tập huấn thương lượng tập thể ngành dệt may (đợt 1)', 'Đối thoại, thương lượng tập thể',
  'Chủ tịch CĐCS doanh nghiệp dệt may', 'Công đoàn Công Thương Việt Nam', 'Ninh Bình', 'Hội trường Tổng Công ty CP Dệt may Nam Định, phường Nam Định', T,
  '22/02/2027', '23/02/2027', '12/02/2027', '60')
X('CDCT-2027-DM2', 'Tập huấn thương lượng tập thể ngành dệt may (đợt 2)', 'Đối thoại, thương lượng tập thể',
  'Chủ tịch CĐCS doanh nghiệp dệt may', 'Công đoàn Công Thương Việt Nam', 'Hưng Yên', 'Nhà văn hóa công nhân KCN Phố Nối B, phường Mỹ Hào', T,
  '19/07/2027', '20/07/2027', '09/07/2027', '60')
X('DHCD-K1-2027', 'Bồi dưỡng nghiệp vụ công tác công đoàn cho cán bộ công đoàn chuyên trách khóa 1 năm 2027', 'Nghiệp vụ công tác công đoàn',
  'Cán bộ công đoàn chuyên trách', 'Trường Đại học Công đoàn', 'Hà Nội', 'Trường Đại học Công đoàn, 169 Tây Sơn, Đống Đa', T,
  '08/03/2027', '19/03/2027', '26/02/2027', '80 học viên', note='Học 10 ngày làm việc.')
X('DHCD-K2-2027', 'Bồi dưỡng nghiệp vụ công tác công đoàn cho cán bộ công đoàn chuyên trách khóa 2 năm 2027', 'Nghiệp vụ công tác công đoàn',
  'Cán bộ công đoàn chuyên trách', 'Trường Đại học Công đoàn', 'Hà Nội', 'Trường Đại học Công đoàn, 169 Tây Sơn, Đống Đa', T,
  '13/09/2027', '24/09/2027', '31/08/2027', '80 học viên', note='Học 10 ngày làm việc.')
X('DHCD-GV-ON27', 'Bồi dưỡng phương pháp giảng dạy tích cực cho giảng viên kiêm chức (trực tuyến)', 'Kỹ năng giảng dạy cho giảng viên',
  'Giảng viên kiêm chức', 'Trường Đại học Công đoàn', 'Hà Nội', 'Nền tảng E-learning Trường ĐH Công đoàn', ON,
  '11/01/2027 08:00', '13/01/2027 11:30', '06/01/2027', '200')
X('TLD-LCD24-ON', 'Tập huấn trực tuyến Luật Công đoàn năm 2024 cho Chủ tịch CĐCS toàn quốc', 'Pháp luật lao động, tư vấn pháp luật',
  'Chủ tịch CĐCS', 'Tổng Liên đoàn Lao động Việt Nam', 'Hà Nội', 'Trực tuyến, điểm cầu tại LĐLĐ các tỉnh, thành', ON,
  '09/12/2026 08:00', '09/12/2026 11:30', '07/12/2026', '')
X('TLD-AI-ON27', 'Tập huấn trực tuyến ứng dụng trí tuệ nhân tạo trong hoạt động công đoàn', 'Tin học, chuyển đổi số',
  'Cán bộ công đoàn cấp trên cơ sở; Chủ tịch CĐCS', 'Tổng Liên đoàn Lao động Việt Nam', 'Hà Nội', 'Trực tuyến qua Zoom', ON,
  '18/03/2027 14:00', '18/03/2027 16:30', '15/03/2027', '1000')
# --- look-alike regional batches (old province names)
X('TH-TLTT-DN-D1', 'Tập huấn kỹ năng thương lượng tập thể cho Chủ tịch CĐCS doanh nghiệp (đợt 1)', 'Đối thoại, thương lượng tập thể',
  'Chủ tịch CĐCS doanh nghiệp', 'LĐLĐ tỉnh Thanh Hóa', 'Thanh Hóa', 'Hội trường LĐLĐ tỉnh, phường Hạc Thành', T,
  '16/03/2027', '17/03/2027', '08/03/2027', '70')
X('TH-TLTT-DN-D2', 'Tập huấn kỹ năng thương lượng tập thể cho Chủ tịch CĐCS doanh nghiệp (đợt 2)', 'Đối thoại, thương lượng tập thể',
  'Chủ tịch CĐCS doanh nghiệp', 'LĐLĐ tỉnh Thanh Hóa', 'Thanh Hóa', 'Nhà văn hóa công nhân KKT Nghi Sơn', T,
  '10/08/2027', '11/08/2027', '31/07/2027', '70')
X('NA-TLTT-2027-A', 'Bồi dưỡng kỹ năng thương lượng tập thể, ký kết thỏa ước cho CĐCS doanh nghiệp', 'Đối thoại, thương lượng tập thể',
  'Chủ tịch CĐCS; Phó chủ tịch CĐCS', 'LĐLĐ tỉnh Nghệ An', 'Nghệ An', 'Hội trường LĐLĐ tỉnh, phường Trường Vinh', T,
  '06/04/2027', '08/04/2027', '26/03/2027', '60')
X('NA-NC-2027-D1', 'Tập huấn nghiệp vụ công tác nữ công năm 2027 (đợt 1 - khu vực miền núi phía Tây)', 'Công tác nữ công, bình đẳng giới',
  'Trưởng, phó ban nữ công CĐCS', 'LĐLĐ tỉnh Nghệ An', 'Nghệ An', 'Hội trường xã Con Cuông', T,
  '23/03/2027', '24/03/2027', '15/03/2027', '50')
X('NA-NC-2027-D2', 'Tập huấn nghiệp vụ công tác nữ công năm 2027 (đợt 2 - khu vực đồng bằng, ven biển)', 'Công tác nữ công, bình đẳng giới',
  'Trưởng, phó ban nữ công CĐCS', 'LĐLĐ tỉnh Nghệ An', 'Nghệ An', 'Hội trường phường Cửa Lò', T,
  '18/05/2027', '19/05/2027', '10/05/2027', '60')
X('HT-NV-KYANH-27', 'Tập huấn nghiệp vụ công đoàn cho cán bộ CĐCS các xã, phường khu vực Kỳ Anh cũ', 'Nghiệp vụ công tác công đoàn',
  'Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'LĐLĐ tỉnh Hà Tĩnh', 'Hà Tĩnh', 'Hội trường phường Kỳ Anh', T,
  '25/02/2027', '26/02/2027', '18/02/2027', '90')
X('GL-TC-BDINH-27', 'Tập huấn tài chính CĐCS khu vực Bình Định cũ', 'Tài chính công đoàn',
  'Chủ tịch CĐCS; kế toán công đoàn', 'LĐLĐ tỉnh Gia Lai', 'Gia Lai', 'Hội trường cơ sở Bình Định cũ, phường Quy Nhơn', T,
  '09/03/2027', '10/03/2027', '01/03/2027', '100')
X('GL-TC-PLEIKU-27', 'Tập huấn tài chính CĐCS khu vực Gia Lai cũ', 'Tài chính công đoàn',
  'Chủ tịch CĐCS; kế toán công đoàn', 'LĐLĐ tỉnh Gia Lai', 'Gia Lai', 'Hội trường LĐLĐ tỉnh, phường Pleiku', T,
  '23/03/2027', '24/03/2027', '15/03/2027', '100')
X('QNG-NV-KONTUM-27', 'Bồi dưỡng nghiệp vụ cho cán bộ CĐCS khu vực Kon Tum', 'Nghiệp vụ công tác công đoàn',
  'Chủ tịch, Phó Chủ tịch CĐCS', 'LĐLĐ tỉnh Quảng Ngãi', 'Quảng Ngãi', 'Hội trường cơ sở Kon Tum cũ, phường Kon Tum', T,
  '20/04/2027', '22/04/2027', '12/04/2027', '80')
X('TQ-NV-HAGIANG-27', 'Tập huấn nghiệp vụ công đoàn cho cán bộ CĐCS khu vực Hà Giang (cũ)', 'Nghiệp vụ công tác công đoàn',
  'Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'LĐLĐ tỉnh Tuyên Quang', 'Tuyên Quang', 'Hội trường cơ sở Hà Giang cũ, phường Hà Giang 1', T,
  '14/04/2027', '15/04/2027', '07/04/2027', '80', note='Học viên vùng cao được hỗ trợ tiền đi lại.')
X('BN-PTDV-BG-27', 'Tập huấn phát triển đoàn viên tại doanh nghiệp FDI khu vực Bắc Giang cũ', 'Phát triển đoàn viên, thành lập CĐCS',
  'Cán bộ công đoàn chuyên trách', 'LĐLĐ tỉnh Bắc Ninh', 'Bắc Ninh', 'Nhà văn hóa công nhân KCN Quang Châu (Việt Yên cũ)', T,
  '11/05/2027', '12/05/2027', '04/05/2027', '60')
X('DN-ATVSLD-QNAM-27', 'Huấn luyện ATVSLĐ cho người lao động ngành gỗ, dệt may khu vực Quảng Nam cũ', 'An toàn, vệ sinh lao động',
  'Đoàn viên, người lao động', 'LĐLĐ thành phố Đà Nẵng', 'Đà Nẵng', 'KCN Điện Nam - Điện Ngọc, phường Điện Bàn Bắc', T,
  '07/06/2027', '08/06/2027', '31/05/2027', '150')
X('HN-NC-Q1-2027', 'Tập huấn kỹ năng chăm lo nữ đoàn viên, lao động nữ', 'Công tác nữ công, bình đẳng giới',
  'Ban nữ công CĐCS', 'LĐLĐ thành phố Hà Nội', 'Hà Nội', 'Hội trường LĐLĐ thành phố, 51 Quang Trung', KH,
  'Quý I/2027', status='Dự kiến')
X('HP-TC-HD-27', 'Tập huấn tài chính công đoàn cho CĐCS khu vực Hải Dương cũ', 'Tài chính công đoàn',
  'Kế toán, thủ quỹ CĐCS', 'LĐLĐ thành phố Hải Phòng', 'Hải Phòng', 'Hội trường LĐLĐ cơ sở Hải Dương cũ, phường Hải Dương', T,
  '02/03/2027', '03/03/2027', '22/02/2027', '120')
X('HP-TC-HP-27', 'Tập huấn tài chính công đoàn cho CĐCS khu vực Hải Phòng', 'Tài chính công đoàn',
  'Kế toán, thủ quỹ CĐCS', 'LĐLĐ thành phố Hải Phòng', 'Hải Phòng', 'Cung Văn hóa Lao động Hữu nghị Việt Tiệp, Lê Chân', T,
  '16/03/2027', '17/03/2027', '08/03/2027', '120')
X('PT-NV-VP-D1', 'Tập huấn cán bộ CĐCS mới thành lập khu vực Vĩnh Phúc cũ', 'Nghiệp vụ công tác công đoàn',
  'Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'LĐLĐ tỉnh Phú Thọ', 'Phú Thọ', 'Trụ sở cơ sở Vĩnh Phúc cũ, phường Vĩnh Phúc', T,
  '04/12/2026 08:00', '05/12/2026 16:30', '30/11/2026', '60')
X('LS-GV-2027', 'Tập huấn nâng cao kỹ năng giảng dạy cho giảng viên kiêm chức công đoàn', 'Kỹ năng giảng dạy cho giảng viên',
  'Giảng viên kiêm chức', 'LĐLĐ tỉnh Lạng Sơn', 'Lạng Sơn', 'Hội trường LĐLĐ tỉnh, phường Lương Văn Tri', T,
  '21/04/2027', '23/04/2027', '10/04/2027', '30')
X('HCM-TLTT-KCX-27', 'Tập huấn đối thoại, thương lượng tập thể cho CĐCS doanh nghiệp trong KCX, KCN', 'Đối thoại, thương lượng tập thể',
  'Chủ tịch CĐCS', 'Công đoàn các KCX và KCN TP Hồ Chí Minh', 'TP Hồ Chí Minh', 'KCX Tân Thuận, phường Tân Thuận', T,
  '25/05/2027', '26/05/2027', '15/05/2027', '100')

# ---- batch numbering check: re-number auto "(đợt n)" by date order
def sd(r):
    m = re.match(r'(\d\d)/(\d\d)/(\d{4})', r['start'])
    if m:
        return dt.datetime(int(m[3]), int(m[2]), int(m[1]))
    m = re.search(r'(\d+)(?:/| năm )(\d{4})', r['start'])
    q = re.search(r'Quý (I+V?|IV)/(\d{4})', r['start'])
    if q:
        qn = {'I': 1, 'II': 2, 'III': 3, 'IV': 4}[q[1]]
        return dt.datetime(int(q[2]), qn * 3 - 2, 1)
    return dt.datetime(int(m[2]), int(m[1]), 1)
grp = defaultdict(list)
for r in rows:
    m = re.match(r'(.*) \(đợt (\d)\)$', r['title'])
    if m and not r['code'].startswith(('CDCT', 'TH-TLTT')):
        grp[(r['org'], m[1])].append(r)
for k, lst in grp.items():
    lst.sort(key=sd)
    for i, r in enumerate(lst, 1):
        r['title'] = f'{k[1]} (đợt {i})'

codes = [r['code'] for r in rows]
assert len(codes) == len(set(codes)), [c for c in codes if codes.count(c) > 1]
rows.sort(key=lambda r: (r['prov'], sd(r)))
H = ['Mã lớp', 'Tên lớp', 'Chủ đề', 'Đối tượng', 'Đơn vị tổ chức', 'Đơn vị phối hợp', 'Tỉnh/Thành phố', 'Địa điểm',
     'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc', 'Hạn đăng ký', 'Số ngày', 'Số chỗ', 'Trạng thái', 'Ghi chú']
K = ['code', 'title', 'topic', 'aud', 'org', 'coorg', 'prov', 'place', 'fmt', 'start', 'end', 'dl', 'days', 'seats', 'status', 'note']
with open(OUT + 'courses.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(H)
    for r in rows:
        w.writerow([r[k] for k in K])
json.dump(rows, open(OUT + '_rows.json', 'w'), ensure_ascii=False, indent=0)
print(len(rows))
