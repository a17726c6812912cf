# -*- coding: utf-8 -*-
"""Generates ../courses.csv and ../targets.csv (deterministic, seed 7)."""
import csv, random, datetime as dt
from common import TOPIC_WORDS
R = random.Random(7)
D = dt.date

# organiser, province spellings, places, code prefix, weight, kind
ORGS = [
 ('LĐLĐ TP Hồ Chí Minh', ['TP.HCM', 'TP Hồ Chí Minh'], ['Hội trường LĐLĐ Thành phố, 14 Cách Mạng Tháng Tám, phường Sài Gòn', 'Trường Cán bộ Công đoàn TP, phường Tân Định', 'Nhà Văn hóa Lao động, phường Bến Thành'], 'LDLD-HCM', 10, 'lđlđ'),
 ('Công đoàn các Khu chế xuất và công nghiệp TP.HCM', ['TP.HCM', 'Hồ Chí Minh'], ['Hội trường KCX Tân Thuận, phường Tân Thuận', 'Nhà văn hóa KCX Linh Trung, phường Linh Xuân', 'Trung tâm KCN Hiệp Phước, xã Hiệp Phước'], 'HEPZA', 8, 'kcn'),
 ('Công đoàn các KCN Bình Dương', ['TP.HCM', 'Thành phố Hồ Chí Minh'], ['Hội trường CĐ KCN, phường Thủ Dầu Một', 'Nhà văn hóa KCN Sóng Thần, phường Dĩ An', 'Hội trường KCN VSIP 1, phường Thuận An', 'KCN Mỹ Phước, phường Bến Cát'], 'KCNBD', 8, 'kcn'),
 ('CĐCS Công ty TNHH PouYuen Việt Nam', ['TP.HCM'], ['Hội trường xưởng A, Cty PouYuen, phường Bình Tân'], 'PY', 3, 'cs'),
 ('Công đoàn phường Dĩ An', ['Hồ Chí Minh'], ['Hội trường UBND phường Dĩ An'], 'P.DIAN', 2, 'phuong'),
 ('Công đoàn phường Vũng Tàu', ['TP Hồ Chí Minh'], ['Nhà văn hóa Lao động, phường Vũng Tàu', 'Khách sạn Công đoàn Vũng Tàu'], 'VT', 3, 'phuong'),
 ('Công đoàn KCN Phú Mỹ', ['TP.HCM'], ['Hội trường KCN Phú Mỹ 1, phường Phú Mỹ'], 'KCNPM', 3, 'kcn'),
 ('Công đoàn Bệnh viện Chợ Rẫy', ['TP.HCM'], ['Giảng đường BV Chợ Rẫy, phường Chợ Lớn'], 'BVCR', 2, 'cs'),
 ('Công đoàn Giáo dục TP.HCM', ['TP.HCM'], ['Trường THPT Lê Quý Đôn, phường Xuân Hòa', 'Hội trường Sở GD&ĐT'], 'CDGD-HCM', 3, 'nganh'),
 ('Công đoàn xã Củ Chi', ['TP.HCM'], ['Hội trường UBND xã Củ Chi'], 'CUCHI', 2, 'phuong'),
 ('LĐLĐ tỉnh Đồng Nai', ['Đồng Nai', 'tỉnh Đồng Nai'], ['Hội trường LĐLĐ tỉnh, phường Trấn Biên', 'Trung tâm Hội nghị tỉnh, phường Biên Hòa', 'Cơ sở 2 LĐLĐ tỉnh, phường Đồng Xoài'], 'DNAI', 8, 'lđlđ'),
 ('Công đoàn các KCN Đồng Nai', ['Đồng Nai'], ['Hội trường CĐ KCN, KCN Amata, phường Long Bình', 'Nhà văn hóa CN KCN Nhơn Trạch, xã Nhơn Trạch', 'KCN Long Thành, xã Long Thành'], 'KCNDN', 6, 'kcn'),
 ('CĐCS Công ty TNHH Changshin Việt Nam', ['Đồng Nai'], ['Phòng họp Cty Changshin, xã Thạnh Phú'], 'CSV', 2, 'cs'),
 ('Công đoàn phường Bình Phước', ['Đồng Nai'], ['Hội trường phường Bình Phước (TP Đồng Xoài cũ)', 'KCN Minh Hưng, xã Minh Hưng'], 'BPHUOC', 3, 'phuong'),
 ('LĐLĐ tỉnh Tây Ninh', ['Tây Ninh'], ['Hội trường LĐLĐ tỉnh, phường Tân Ninh', 'Cơ sở LĐLĐ tỉnh tại phường Tân An', 'Nhà văn hóa CN KCN Phước Đông, xã Phước Đông'], 'TNINH', 7, 'lđlđ'),
 ('Công đoàn các KCN Long An', ['Tây Ninh'], ['Hội trường KCN Đức Hòa 1, xã Đức Hòa', 'KCN Thuận Đạo, xã Bến Lức', 'Nhà văn hóa CN phường Tân An'], 'KCNLA', 5, 'kcn'),
 ('LĐLĐ TP Cần Thơ', ['Cần Thơ', 'TP Cần Thơ'], ['Hội trường LĐLĐ TP, phường Ninh Kiều', 'Cơ sở LĐLĐ tại phường Sóc Trăng', 'Hội trường phường Vị Thanh'], 'CTHO', 8, 'lđlđ'),
 ('Công đoàn các KCX và CN Cần Thơ', ['Cần Thơ'], ['Nhà văn hóa KCN Trà Nóc, phường Thới An Đông'], 'KCNCT', 3, 'kcn'),
 ('Công đoàn Bệnh viện Đa khoa Trung ương Cần Thơ', ['Cần Thơ'], ['Hội trường BV, phường Cái Khế'], 'BVCT', 2, 'cs'),
 ('Công đoàn phường Sóc Trăng', ['TP Cần Thơ'], ['Hội trường UBND phường Sóc Trăng'], 'PSTRANG', 2, 'phuong'),
 ('LĐLĐ tỉnh An Giang', ['An Giang'], ['Hội trường LĐLĐ tỉnh, phường Long Xuyên', 'Cơ sở LĐLĐ tỉnh tại phường Rạch Giá'], 'AGIANG', 7, 'lđlđ'),
 ('Công đoàn đặc khu Phú Quốc', ['An Giang'], ['Hội trường đặc khu Phú Quốc'], 'PQUOC', 2, 'phuong'),
 ('LĐLĐ tỉnh Đồng Tháp', ['Đồng Tháp'], ['Hội trường LĐLĐ tỉnh, phường Mỹ Tho', 'Hội trường cơ sở 2, phường Cao Lãnh'], 'DTHAP', 7, 'lđlđ'),
 ('Công đoàn KCN Tân Hương', ['Đồng Tháp'], ['Nhà văn hóa KCN Tân Hương, xã Tân Hương'], 'KCNTH', 2, 'kcn'),
 ('LĐLĐ tỉnh Vĩnh Long', ['Vĩnh Long'], ['Hội trường LĐLĐ tỉnh, phường Thanh Đức', 'Cơ sở 2 tại phường Bến Tre', 'Cơ sở 3 tại phường Trà Vinh'], 'VLONG', 7, 'lđlđ'),
 ('Công đoàn KCN Giao Long', ['Vĩnh Long'], ['Nhà văn hóa KCN Giao Long, xã Giao Long'], 'KCNGL', 2, 'kcn'),
 ('LĐLĐ tỉnh Cà Mau', ['Cà Mau'], ['Hội trường LĐLĐ tỉnh, phường An Xuyên', 'Cơ sở 2 tại phường Bạc Liêu'], 'CMAU', 6, 'lđlđ'),
 ('LĐLĐ tỉnh Lâm Đồng', ['Lâm Đồng'], ['Hội trường LĐLĐ tỉnh, phường Xuân Hương - Đà Lạt', 'Cơ sở tại phường Phan Thiết', 'Cơ sở tại phường Gia Nghĩa'], 'LDONG', 4, 'lđlđ'),
 ('LĐLĐ tỉnh Khánh Hòa', ['Khánh Hòa', 'Khánh Hoà'], ['Hội trường LĐLĐ tỉnh, phường Nha Trang', 'Cơ sở tại phường Phan Rang'], 'KHOA', 4, 'lđlđ'),
 ('LĐLĐ tỉnh Đắk Lắk', ['Đắk Lắk'], ['Hội trường LĐLĐ tỉnh, phường Buôn Ma Thuột', 'Cơ sở tại phường Tuy Hòa'], 'DLAK', 3, 'lđlđ'),
 ('LĐLĐ tỉnh Gia Lai', ['Gia Lai'], ['Hội trường LĐLĐ tỉnh, phường Pleiku', 'Cơ sở tại phường Quy Nhơn'], 'GLAI', 3, 'lđlđ'),
 ('Công đoàn KKT Dung Quất', ['Quảng Ngãi'], ['Nhà văn hóa CN KKT Dung Quất, xã Bình Sơn'], 'DQUAT', 2, 'kcn'),
 ('LĐLĐ tỉnh Quảng Ngãi', ['Quảng Ngãi'], ['Hội trường LĐLĐ tỉnh, phường Cẩm Thành', 'Cơ sở tại phường Kon Tum'], 'QNGAI', 3, 'lđlđ'),
 ('LĐLĐ TP Đà Nẵng', ['Đà Nẵng', 'TP Đà Nẵng'], ['Hội trường LĐLĐ TP, phường Hải Châu', 'Cơ sở tại phường Tam Kỳ'], 'DNANG', 4, 'lđlđ'),
 ('LĐLĐ TP Huế', ['Huế', 'TP Huế'], ['Hội trường LĐLĐ TP, phường Thuận Hóa'], 'HUE', 2, 'lđlđ'),
 ('LĐLĐ tỉnh Quảng Trị', ['Quảng Trị'], ['Hội trường LĐLĐ tỉnh, phường Đông Hà', 'Cơ sở tại phường Đồng Hới'], 'QTRI', 2, 'lđlđ'),
]

# topic -> (titles, audiences) ; titles as offices write them
T = {
 'NV': (['Tập huấn nghiệp vụ công tác công đoàn cho cán bộ CĐCS mới', 'Bồi dưỡng kỹ năng hoạt động công đoàn cơ sở trong doanh nghiệp', 'Tập huấn nghiệp vụ CĐ cho Chủ tịch CĐCS khu vực ngoài nhà nước', 'Lớp nghiệp vụ công tác công đoàn (cơ bản)'],
        ['Chủ tịch, Phó Chủ tịch CĐCS', 'Cán bộ CĐCS', 'CT CĐCS mới bầu', 'Cán bộ công đoàn cơ sở (CT, PCT, UV BCH)', 'Ủy viên BCH CĐCS']),
 'TL': (['Tập huấn kỹ năng đối thoại và thương lượng tập thể', 'Bồi dưỡng kỹ năng thương lượng tập thể về tiền lương, thưởng Tết', 'Tập huấn đối thoại tại nơi làm việc trong doanh nghiệp FDI'],
        ['Chủ tịch, Phó Chủ tịch CĐCS', 'Chủ tịch CĐCS', 'Chủ tịch và P.Chủ tịch CĐCS doanh nghiệp', 'BCH công đoàn cơ sở']),
 'AT': (['Huấn luyện an toàn, vệ sinh lao động nhóm 4', 'Tập huấn ATVSLĐ và phòng chống cháy nổ cho an toàn vệ sinh viên', 'Huấn luyện ATVSLĐ cho người lao động ngành da giày, may mặc'],
        ['An toàn vệ sinh viên', 'Đoàn viên, NLĐ', 'Công nhân lao động', 'Cán bộ CĐCS']),
 'PL': (['Tập huấn Luật Công đoàn 2024 và các văn bản hướng dẫn', 'Tuyên truyền pháp luật lao động cho công nhân KCN', 'Bồi dưỡng kỹ năng tư vấn pháp luật cho cán bộ công đoàn'],
        ['Cán bộ CĐCS', 'Đoàn viên, công nhân lao động các KCN', 'Cán bộ CĐ cấp trên cơ sở', 'Chủ tịch CĐCS']),
 'TC': (['Kỹ năng giải quyết tranh chấp lao động và ngừng việc tập thể', 'Tập huấn phòng ngừa, giải quyết tranh chấp lao động'],
        ['Cán bộ CĐ cấp trên cơ sở', 'Chủ tịch, Phó Chủ tịch CĐCS', 'Cán bộ CĐ phường, xã, KCN']),
 'NC': (['Tập huấn công tác nữ công và bình đẳng giới', 'Bồi dưỡng nghiệp vụ nữ công cho ban nữ công CĐCS', 'Tập huấn phòng chống quấy rối tình dục tại nơi làm việc'],
        ['Trưởng, phó ban nữ công CĐCS', 'Cán bộ CĐCS', 'Đoàn viên, NLĐ']),
 'TCH': (['Tập huấn công tác tài chính, kế toán công đoàn cơ sở', 'Hướng dẫn quyết toán tài chính công đoàn năm 2026', 'Bồi dưỡng nghiệp vụ kế toán CĐCS theo chế độ mới'],
        ['Kế toán, thủ quỹ CĐCS', 'Chủ tịch CĐCS; Kế toán, thủ quỹ CĐCS', 'Chủ tịch CĐCS']),
 'KT': (['Tập huấn nghiệp vụ công tác kiểm tra công đoàn', 'Bồi dưỡng nghiệp vụ UBKT công đoàn cơ sở'],
        ['Ủy viên UBKT CĐCS', 'UBKT công đoàn các cấp']),
 'TG': (['Tập huấn kỹ năng tuyên truyền trên mạng xã hội', 'Bồi dưỡng công tác tuyên giáo công đoàn'],
        ['Cán bộ CĐCS', 'Cán bộ công đoàn không chuyên trách', 'CBCĐ kiêm nhiệm']),
 'PT': (['Kỹ năng vận động phát triển đoàn viên, thành lập CĐCS', 'Tập huấn phát triển đoàn viên tại doanh nghiệp chưa có CĐ'],
        ['Cán bộ CĐ cấp trên cơ sở', 'Cán bộ CĐ phường, xã, KCN', 'Cán bộ CĐ chuyên trách']),
 'CDS': (['Tập huấn sử dụng phần mềm quản lý đoàn viên', 'Bồi dưỡng kỹ năng chuyển đổi số trong hoạt động công đoàn', 'Tập huấn sử dụng thẻ đoàn viên điện tử và ứng dụng Công đoàn Việt Nam'],
        ['Cán bộ CĐCS', 'Cán bộ công đoàn không chuyên trách', 'Cán bộ CĐ chuyên trách']),
 'GV': (['Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức', 'Tập huấn phương pháp giảng dạy tích cực'],
        ['Giảng viên kiêm chức', 'Đội ngũ giảng viên kiêm chức công đoàn']),
 'VT': (['Tập huấn công tác văn thư, lưu trữ và soạn thảo văn bản công đoàn'], ['Cán bộ CĐ chuyên trách', 'Cán bộ CĐCS']),
 'LL': (['Bồi dưỡng lý luận chính trị và nghiệp vụ cho cán bộ công đoàn chuyên trách', 'Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên'],
        ['CBCĐ chuyên trách LĐLĐ và CĐ cấp trên', 'Cán bộ CĐ chuyên trách']),
}
TOPIC_W = {'NV': 14, 'TL': 10, 'AT': 12, 'PL': 8, 'TC': 5, 'NC': 8, 'TCH': 7, 'KT': 5, 'TG': 4, 'PT': 5, 'CDS': 8, 'GV': 2, 'VT': 2, 'LL': 3}
KIND_TOPICS = {'kcn': ['TL', 'AT', 'PL', 'NC', 'NV', 'TC', 'PT', 'CDS'], 'cs': ['AT', 'NC', 'NV', 'TCH', 'CDS'], 'phuong': ['NV', 'TCH', 'KT', 'PT', 'NC', 'CDS', 'TL'], 'nganh': ['NV', 'NC', 'TCH', 'KT', 'CDS', 'PL']}
PARTNERS = ['', '', '', 'Sở Nội vụ', 'Trường ĐH Tôn Đức Thắng', 'Ban Quản lý các KCN', 'Trung tâm Tư vấn pháp luật CĐ', 'Sở Y tế', 'Cảnh sát PCCC', 'Viện Công nhân và Công đoàn']
NOTES = ['', '', '', 'Mang theo CCCD.', 'Học viên tự túc ăn trưa.', 'Đăng ký qua LĐLĐ hoặc Zalo OA.', 'Có cấp giấy chứng nhận.', 'Ưu tiên CĐCS mới thành lập.', 'Link Zoom gửi qua Zalo trước 1 ngày.']

def pick_date(status):
    """returns a date for a class of this status"""
    if status == 'finished':
        base = D(2025, 3, 1); span = (D(2026, 11, 10) - base).days
    else:
        # upcoming: dense in 12/2026 - 6/2027, some later
        base = D(2026, 11, 25); span = 215 if R.random() < .85 else 330
    while True:
        d = base + dt.timedelta(days=R.randrange(span))
        if d.weekday() < 6: return d

def f(d):  # d/m/yyyy with random zero padding
    return d.strftime('%d/%m/%Y') if R.random() < .6 else f'{d.day}/{d.month}/{d.year}'

rows, codes, meta = [], set(), []
def add(org, topic, status=None, planned=None, d=None, nd=None, mode=None, title=None, aud=None, place=None, batch=None, note=None, seats=None, deadline_days=None, shape=None):
    o = [x for x in ORGS if x[0] == org][0]
    titles, auds = T[topic]
    title = title or R.choice(titles)
    if batch: title = f'{title} (đợt {batch})'
    aud = aud or R.choice(auds)
    status = status or ('finished' if R.random() < .16 else 'cancelled' if R.random() < .05 else 'open')
    mode = mode or R.choices(['Tập trung (trực tiếp)', '', 'Trực tuyến', 'Kết hợp (trực tiếp và trực tuyến)', 'Tập trung'], [40, 25, 15, 10, 10])[0]
    place = place if place is not None else ('' if mode == 'Trực tuyến' else R.choice(o[2]))
    if mode == 'Trực tuyến' and not place: place = R.choice(['Zoom', 'Google Meet', 'Trực tuyến qua Zoom (link gửi sau)', ''])
    nd = nd or R.choice([1, 1, 2, 2, 2, 3, 3, 4, 5])
    tw = R.choice(['Chủ đề', 'Chủ đề']) and R.choice(TOPIC_WORDS[topic])
    if R.random() < .05: tw = ''
    ys = 2027
    row = {'Mã lớp': '', 'Tên lớp': title, 'Chủ đề': tw, 'Đối tượng': aud, 'Đơn vị tổ chức': org,
           'Đơn vị phối hợp': R.choice(PARTNERS), 'Tỉnh/Thành phố': R.choice(o[1]), 'Địa điểm': place,
           'Hình thức': mode, 'Ngày bắt đầu': '', 'Ngày kết thúc': '', 'Hạn đăng ký': '', 'Số ngày': '',
           'Số chỗ': R.choice(['40', '50', '60', '80', '100', '120', '150', '50 người', 'khoảng 60 học viên', '200', '35']) if seats is None else seats,
           'Trạng thái': '', 'Ghi chú': note if note is not None else R.choice(NOTES)}
    if planned:
        row['Ngày bắt đầu'] = planned; row['Trạng thái'] = R.choice(['Dự kiến', 'Dự kiến', 'dự kiến'])
        row['Số ngày'] = R.choice(['', '2', '3 ngày', ''])
        ys = int(planned[-4:])
    else:
        d = d or pick_date(status)
        ys = d.year
        end = d + dt.timedelta(days=nd - 1)
        while end.weekday() == 6: end += dt.timedelta(days=1)
        sh = shape or R.choice('AABBCDEFGH')
        if end.month != d.month and sh in 'CFGH': sh = 'A'
        if sh == 'A': row['Ngày bắt đầu'] = f(d); row['Ngày kết thúc'] = f(end) if nd > 1 or R.random() < .5 else ''
        elif sh == 'B': row['Ngày bắt đầu'] = d.strftime('%d/%m/%Y') + R.choice([' 07:30', ' 08:00', ' 13:30', ' 08:30']); row['Ngày kết thúc'] = end.strftime('%d/%m/%Y') + R.choice([' 16:30', ' 17:00', ' 11:30'] if nd == 1 else [' 16:30', ' 17:00'])
        elif sh == 'C': row['Ngày bắt đầu'] = f'{d.day}-{end.day}/{d.month}/{d.year}' if nd > 1 else f(d)
        elif sh == 'D': row['Ngày bắt đầu'] = d.isoformat(); row['Ngày kết thúc'] = end.isoformat()
        elif sh == 'E': row['Ngày bắt đầu'] = R.choice(['7h30', '8h00', '13h30']) + f' ngày {d.day}/{d.month}/{d.year}'; row['Số ngày'] = str(nd)
        elif sh == 'F': row['Ngày bắt đầu'] = f'Từ {d.day:02d}/{d.month:02d} đến {end.day:02d}/{end.month:02d}/{d.year}' if nd > 1 else f(d)
        elif sh == 'G': row['Ngày bắt đầu'] = f'{d.day}-{end.day}/{d.month}/{d.year} ({nd} ngày)' if nd > 1 else f(d)
        elif sh == 'H': row['Ngày bắt đầu'] = f'{d.day:02d}/{d.month} - {end.day:02d}/{end.month}/{d.year}' if nd > 1 else f(d)
        if not row['Số ngày'] and R.random() < .5: row['Số ngày'] = R.choice([str(nd), f'{nd} ngày', f'0{nd} ngày'])
        if R.random() < .85 or deadline_days:
            dd = d - dt.timedelta(days=deadline_days or R.choice([3, 5, 7, 7, 10, 14, 0]))
            row['Hạn đăng ký'] = f(dd) if dd == d else R.choice([f(dd), f(dd), dd.strftime('%d/%m/%Y') + ' 17:00'])
            if dd == d and not row['Ngày bắt đầu'][0].isdigit() and 'h' in row['Ngày bắt đầu'][:5]: pass
        row['Trạng thái'] = {'finished': R.choice(['Đã kết thúc', 'đã kết thúc']), 'cancelled': R.choice(['Đã hủy', 'Đã huỷ']), 'open': R.choice(['Mở đăng ký', 'Mở đăng ký', ''])}[status]
    # code
    n = 1
    while True:
        code = R.choice(['{p}-{y}-{n:02d}', '{p}.{y2}.{n:03d}', '{p}_{y}_{n}'] ).format(p=o[3], y=ys, y2=str(ys)[2:], n=n)
        if code not in codes: break
        n += 1
    codes.add(code); row['Mã lớp'] = code
    rows.append(row)
    return code

# ---- anchors: hand-placed classes that questions and dialogues lean on ----------------------
A = {}
A['hcm_tl1'] = add('LĐLĐ TP Hồ Chí Minh', 'TL', 'open', d=D(2026, 12, 8), nd=2, mode='Tập trung (trực tiếp)', title='Tập huấn kỹ năng thương lượng tập thể về tiền lương, thưởng Tết', place='Hội trường LĐLĐ Thành phố, 14 Cách Mạng Tháng Tám, phường Sài Gòn', shape='A', deadline_days=5, aud='Chủ tịch, Phó Chủ tịch CĐCS')
A['hcm_tl2'] = add('Công đoàn các KCN Bình Dương', 'TL', 'open', d=D(2027, 1, 12), nd=3, mode='Tập trung (trực tiếp)', title='Tập huấn đối thoại tại nơi làm việc trong doanh nghiệp FDI', place='Nhà văn hóa KCN Sóng Thần, phường Dĩ An', shape='A', deadline_days=7, aud='Chủ tịch và P.Chủ tịch CĐCS doanh nghiệp')
A['hcm_tl3'] = add('Công đoàn KCN Phú Mỹ', 'TL', 'open', d=D(2027, 3, 16), nd=2, mode='Kết hợp (trực tiếp và trực tuyến)', title='Bồi dưỡng kỹ năng thương lượng tập thể (đợt 1)', place='Hội trường KCN Phú Mỹ 1, phường Phú Mỹ', shape='B', deadline_days=10, aud='Chủ tịch CĐCS')
A['hcm_tl_cx'] = add('Công đoàn các Khu chế xuất và công nghiệp TP.HCM', 'TL', 'cancelled', d=D(2026, 12, 15), nd=2, mode='Tập trung (trực tiếp)', title='Tập huấn kỹ năng đối thoại và thương lượng tập thể', shape='A', aud='Chủ tịch CĐCS')
A['dn_tl1'] = add('Công đoàn các KCN Đồng Nai', 'TL', 'open', d=D(2026, 12, 3), nd=2, mode='Tập trung (trực tiếp)', title='Tập huấn kỹ năng đối thoại và thương lượng tập thể', place='Hội trường CĐ KCN, KCN Amata, phường Long Bình', shape='C', deadline_days=3, aud='Chủ tịch CĐCS')
A['dn_tl2'] = add('LĐLĐ tỉnh Đồng Nai', 'TL', 'open', d=D(2027, 2, 23), nd=2, mode='Tập trung (trực tiếp)', title='Bồi dưỡng kỹ năng thương lượng tập thể về tiền lương, thưởng Tết', place='Cơ sở 2 LĐLĐ tỉnh, phường Đồng Xoài', shape='A', deadline_days=7, aud='Chủ tịch, Phó Chủ tịch CĐCS')
# footwear / garment chairs
A['py_at'] = add('CĐCS Công ty TNHH PouYuen Việt Nam', 'AT', 'open', d=D(2026, 12, 5), nd=1, mode='Tập trung (trực tiếp)', title='Huấn luyện ATVSLĐ cho người lao động ngành da giày, may mặc', aud='An toàn vệ sinh viên', shape='E', deadline_days=3, note='Chỉ dành cho ATVSV các xưởng.')
A['csv_at'] = add('CĐCS Công ty TNHH Changshin Việt Nam', 'AT', 'open', d=D(2027, 1, 9), nd=1, mode='Tập trung (trực tiếp)', title='Huấn luyện ATVSLĐ cho người lao động ngành da giày, may mặc', aud='An toàn vệ sinh viên', shape='A', deadline_days=5)
# online nghiệp vụ for new chairs next month
A['hcm_nv_onl'] = add('LĐLĐ TP Hồ Chí Minh', 'NV', 'open', d=D(2026, 12, 10), nd=2, mode='Trực tuyến', title='Tập huấn nghiệp vụ công tác công đoàn cho cán bộ CĐCS mới', aud='CT CĐCS mới bầu', place='Zoom', shape='B', deadline_days=3, note='Link Zoom gửi qua Zalo trước 1 ngày.')
A['ct_nv_onl'] = add('LĐLĐ TP Cần Thơ', 'NV', 'open', d=D(2026, 12, 17), nd=1, mode='Trực tuyến', title='Lớp nghiệp vụ công tác công đoàn (cơ bản)', aud='Chủ tịch, Phó Chủ tịch CĐCS', place='', shape='A', deadline_days=5)
# nữ công batches in Tây Ninh (Long An cũ)
A['la_nc1'] = add('Công đoàn các KCN Long An', 'NC', 'finished', d=D(2026, 9, 15), nd=2, title='Tập huấn công tác nữ công và bình đẳng giới', batch=1, aud='Trưởng, phó ban nữ công CĐCS', place='Hội trường KCN Đức Hòa 1, xã Đức Hòa', shape='A')
A['la_nc2'] = add('Công đoàn các KCN Long An', 'NC', 'open', d=D(2026, 12, 14), nd=2, title='Tập huấn công tác nữ công và bình đẳng giới', batch=2, aud='Trưởng, phó ban nữ công CĐCS', place='Hội trường KCN Đức Hòa 1, xã Đức Hòa', shape='A', deadline_days=7, mode='Tập trung (trực tiếp)')
A['la_nc3'] = add('Công đoàn các KCN Long An', 'NC', 'open', d=D(2027, 3, 9), nd=2, title='Tập huấn công tác nữ công và bình đẳng giới', batch=3, aud='Trưởng, phó ban nữ công CĐCS', place='KCN Thuận Đạo, xã Bến Lức', shape='A', deadline_days=7, mode='Tập trung (trực tiếp)')
# tài chính for kế toán in Cần Thơ / Sóc Trăng
A['st_tch'] = add('Công đoàn phường Sóc Trăng', 'TCH', 'open', d=D(2026, 12, 22), nd=2, title='Hướng dẫn quyết toán tài chính công đoàn năm 2026', aud='Kế toán, thủ quỹ CĐCS', place='Hội trường UBND phường Sóc Trăng', shape='D', deadline_days=7, mode='Tập trung (trực tiếp)')
A['ct_tch'] = add('LĐLĐ TP Cần Thơ', 'TCH', 'open', d=D(2027, 1, 6), nd=2, title='Tập huấn công tác tài chính, kế toán công đoàn cơ sở', aud='Chủ tịch CĐCS; Kế toán, thủ quỹ CĐCS', place='Hội trường LĐLĐ TP, phường Ninh Kiều', shape='A', deadline_days=10, mode='Tập trung (trực tiếp)')
# Phú Quốc, Vũng Tàu distinct
A['pq_nv'] = add('Công đoàn đặc khu Phú Quốc', 'NV', 'open', d=D(2027, 1, 19), nd=2, title='Tập huấn nghiệp vụ công tác công đoàn cho cán bộ CĐCS mới', aud='Cán bộ CĐCS', place='Hội trường đặc khu Phú Quốc', shape='A', deadline_days=7, mode='Tập trung (trực tiếp)')
A['vt_at'] = add('Công đoàn phường Vũng Tàu', 'AT', 'open', d=D(2026, 12, 12), nd=1, title='Tập huấn ATVSLĐ và phòng chống cháy nổ cho an toàn vệ sinh viên', aud='An toàn vệ sinh viên', place='Nhà văn hóa Lao động, phường Vũng Tàu', shape='E', deadline_days=5, mode='Tập trung (trực tiếp)')
# giảng viên kiêm chức: few in region
A['gv1'] = add('LĐLĐ TP Hồ Chí Minh', 'GV', 'open', d=D(2027, 4, 6), nd=4, title='Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức', aud='Giảng viên kiêm chức', place='Trường Cán bộ Công đoàn TP, phường Tân Định', shape='C', deadline_days=14, mode='Tập trung (trực tiếp)')
A['gv2'] = add('LĐLĐ tỉnh Vĩnh Long', 'GV', None, planned='Quý II/2027', title='Tập huấn phương pháp giảng dạy tích cực', aud='Đội ngũ giảng viên kiêm chức công đoàn', place='Hội trường LĐLĐ tỉnh, phường Thanh Đức', mode='Tập trung (trực tiếp)')
# UBKT online Đồng Tháp
A['dt_kt'] = add('LĐLĐ tỉnh Đồng Tháp', 'KT', 'open', d=D(2026, 12, 18), nd=1, title='Bồi dưỡng nghiệp vụ UBKT công đoàn cơ sở', aud='Ủy viên UBKT CĐCS', mode='Trực tuyến', place='Google Meet', shape='A', deadline_days=3)
# Cà Mau / Bạc Liêu
A['bl_nv'] = add('LĐLĐ tỉnh Cà Mau', 'NV', 'open', d=D(2027, 1, 14), nd=3, title='Tập huấn nghiệp vụ CĐ cho Chủ tịch CĐCS khu vực ngoài nhà nước', aud='Chủ tịch CĐCS', place='Cơ sở 2 tại phường Bạc Liêu', shape='F', deadline_days=7, mode='Tập trung (trực tiếp)')
A['cm_nc'] = add('LĐLĐ tỉnh Cà Mau', 'NC', 'open', d=D(2026, 12, 9), nd=1, title='Tập huấn phòng chống quấy rối tình dục tại nơi làm việc', aud='Đoàn viên, NLĐ', place='Hội trường LĐLĐ tỉnh, phường An Xuyên', shape='A', deadline_days=2, mode='Tập trung (trực tiếp)')
# registration closed already but class upcoming
A['dn_closed'] = add('LĐLĐ tỉnh Đồng Nai', 'CDS', 'open', d=D(2026, 11, 30), nd=2, title='Tập huấn sử dụng phần mềm quản lý đoàn viên', aud='Cán bộ CĐCS', place='Hội trường LĐLĐ tỉnh, phường Trấn Biên', shape='A', deadline_days=10, mode='Tập trung (trực tiếp)')
# hospital
A['cr_nc'] = add('Công đoàn Bệnh viện Chợ Rẫy', 'NC', 'open', d=D(2026, 12, 11), nd=1, title='Tập huấn công tác nữ công và bình đẳng giới', aud='Đoàn viên, NLĐ', place='Giảng đường BV Chợ Rẫy, phường Chợ Lớn', shape='B', deadline_days=4, mode='Tập trung (trực tiếp)')
# Bình Phước planned + dated
A['bp_pt'] = add('Công đoàn phường Bình Phước', 'PT', None, planned='Tháng 1/2027', title='Tập huấn phát triển đoàn viên tại doanh nghiệp chưa có CĐ', aud='Cán bộ CĐ phường, xã, KCN')
A['bp_at'] = add('Công đoàn phường Bình Phước', 'AT', 'open', d=D(2026, 12, 19), nd=1, title='Huấn luyện an toàn, vệ sinh lao động nhóm 4', aud='Công nhân lao động', place='KCN Minh Hưng, xã Minh Hưng', shape='A', deadline_days=5, mode='Tập trung (trực tiếp)')

# ---- bulk, per organiser ----------------------------------------------------------------------
plans = ['Tháng 1/2027', 'T2/2027', 'tháng 3 năm 2027', 'Quý I/2027', 'Q2/2027', 'quý II năm 2027', 'Tháng 3-4/2027', '6 tháng đầu năm 2027', 'cuối tháng 5/2027', 'Tháng 12/2026', 'Quý III/2027', 'Tháng 6/2027']
for o in ORGS:
    n = o[4] * 2 + R.randrange(3)
    pool = KIND_TOPICS.get(o[5], list(TOPIC_W))
    for i in range(n):
        tp = R.choices(pool, [TOPIC_W[t] for t in pool])[0]
        if R.random() < .1:
            add(o[0], tp, planned=R.choice(plans))
        else:
            add(o[0], tp)
# look-alike batches (đợt 1/2) at a few organisers
for org, tp, title, ds in [
    ('LĐLĐ tỉnh An Giang', 'AT', 'Huấn luyện an toàn, vệ sinh lao động nhóm 4', [D(2026, 12, 2), D(2027, 2, 24)]),
    ('LĐLĐ tỉnh Vĩnh Long', 'TCH', 'Tập huấn công tác tài chính, kế toán công đoàn cơ sở', [D(2026, 12, 16), D(2027, 1, 20)]),
    ('Công đoàn các Khu chế xuất và công nghiệp TP.HCM', 'PL', 'Tuyên truyền pháp luật lao động cho công nhân KCN', [D(2026, 12, 6), D(2027, 1, 10)]),
    ('LĐLĐ tỉnh Tây Ninh', 'NV', 'Lớp nghiệp vụ công tác công đoàn (cơ bản)', [D(2027, 1, 5), D(2027, 3, 2)])]:
    for k, d in enumerate(ds, 1):
        A[f'batch_{org}_{k}'] = add(org, tp, 'open', d=d, nd=2, title=title, batch=k, shape='A', deadline_days=5, mode='Tập trung (trực tiếp)')

# added late (kept after the bulk so earlier codes stay stable)
A['tv_nv'] = add('LĐLĐ tỉnh Vĩnh Long', 'NV', 'open', d=D(2027, 1, 26), nd=2, title='Tập huấn nghiệp vụ công tác công đoàn cho cán bộ CĐCS mới', aud='Cán bộ CĐCS', place='Cơ sở 3 tại phường Trà Vinh', shape='A', deadline_days=7, mode='Tập trung (trực tiếp)')
A['tv_plan'] = add('LĐLĐ tỉnh Vĩnh Long', 'AT', None, planned='Tháng 4/2027', title='Huấn luyện an toàn, vệ sinh lao động nhóm 4', aud='Công nhân lao động', place='Cơ sở 3 tại phường Trà Vinh', mode='Tập trung (trực tiếp)')
A['ct_bch'] = add('Công đoàn các KCX và CN Cần Thơ', 'NV', 'open', d=D(2027, 1, 21), nd=2, title='Bồi dưỡng kỹ năng hoạt động công đoàn cơ sở trong doanh nghiệp', aud='Ủy viên BCH CĐCS', place='Nhà văn hóa KCN Trà Nóc, phường Thới An Đông', shape='G', deadline_days=7, mode='Tập trung (trực tiếp)')
cols = list(rows[0].keys())
R.shuffle(rows)
with open('../courses.csv', 'w', encoding='utf-8', newline='') as fh:
    w = csv.DictWriter(fh, cols); w.writeheader(); w.writerows(rows)
import json
json.dump(A, open('anchors.json', 'w'), ensure_ascii=False, indent=1)

# ---- targets -----------------------------------------------------------------------------------
TG = [
 # code, unit, year, content, audience, target, unit of measure, achieved, as-of, note
 ('CT-HCM-2026-CTCDCS', 'LĐLĐ TP Hồ Chí Minh', '2026', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS', 'Chủ tịch CĐCS', '4.500', 'học viên', '3.912', '31/10/2026', ''),
 ('CT-HCM-2026-LOP', 'LĐLĐ TP Hồ Chí Minh', '2026', 'Số lớp tập huấn cán bộ công đoàn', '', '120', 'lớp', '97', '31/10/2026', 'Gồm cả lớp của Bình Dương, BR-VT cũ'),
 ('CT-HCM-2025-CTCDCS', 'LĐLĐ TP Hồ Chí Minh', '2025', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS', 'Chủ tịch CĐCS', '4.200', 'học viên', '4.415', '31/12/2025', 'Vượt kế hoạch'),
 ('CT-HCM-2027-CTCDCS', 'LĐLĐ TP Hồ Chí Minh', '2027', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS', 'Chủ tịch CĐCS', '5.000', 'học viên', '', '', 'Kế hoạch năm 2027'),
 ('CT-HEPZA-2026-ATVSLD', 'Công đoàn các Khu chế xuất và công nghiệp TP.HCM', '2026', 'Huấn luyện ATVSLĐ cho đoàn viên, công nhân', 'Đoàn viên, người lao động', '12.000', 'người', '10.480', '15/11/2026', ''),
 ('CT-KCNBD-2026-TLTT', 'Công đoàn các KCN Bình Dương', '2026', 'Tập huấn kỹ năng thương lượng tập thể', 'Chủ tịch CĐCS', '600', 'học viên', '388', '31/10/2026', ''),
 ('CT-DN-2026-CBCD', 'LĐLĐ tỉnh Đồng Nai', '2026', 'Bồi dưỡng cán bộ công đoàn cơ sở', 'Ủy viên BCH công đoàn', '3.200', 'học viên', '2.746', '31/10/2026', ''),
 ('CT-DN-2026-CTCDCS', 'LĐLĐ tỉnh Đồng Nai', '2026', 'Tập huấn nghiệp vụ Chủ tịch CĐCS', 'Chủ tịch CĐCS', '1.100', 'học viên', '1.164', '31/10/2026', 'Đã vượt'),
 ('CT-DN-2025-CBCD', 'LĐLĐ tỉnh Đồng Nai', '2025', 'Bồi dưỡng cán bộ công đoàn cơ sở', 'Ủy viên BCH công đoàn', '3.000', 'học viên', '2.870', '31/12/2025', 'Đạt 95,7%'),
 ('CT-DN-2027-CBCD', 'LĐLĐ tỉnh Đồng Nai', '2027', 'Bồi dưỡng cán bộ công đoàn cơ sở', 'Ủy viên BCH công đoàn', '3.400', 'học viên', '', '', ''),
 ('CT-TN-2026-CBCD', 'LĐLĐ tỉnh Tây Ninh', '2026', 'Tập huấn cán bộ công đoàn các cấp', '', '2.400', 'lượt người', '1.985', '30/09/2026', 'Tính cả Long An cũ'),
 ('CT-TN-2025-CBCD', 'LĐLĐ tỉnh Tây Ninh', '2025', 'Tập huấn cán bộ công đoàn các cấp', '', '2.100', 'lượt người', '2.230', '31/12/2025', ''),
 ('CT-CTHO-2026-CBCD', 'LĐLĐ TP Cần Thơ', '2026', 'Bồi dưỡng nghiệp vụ cán bộ công đoàn cơ sở', 'Cán bộ công đoàn không chuyên trách', '2.800', 'học viên', '2.150', '31/10/2026', ''),
 ('CT-CTHO-2026-TYLE', 'LĐLĐ TP Cần Thơ', '2026', 'Tỷ lệ chủ tịch CĐCS được bồi dưỡng nghiệp vụ', 'Chủ tịch CĐCS', '90', '%', '76,5', '31/10/2026', ''),
 ('CT-CTHO-2027-CBCD', 'LĐLĐ TP Cần Thơ', '2027', 'Bồi dưỡng nghiệp vụ cán bộ công đoàn cơ sở', 'Cán bộ công đoàn không chuyên trách', '3.000', 'học viên', '', '', ''),
 ('CT-AG-2026-CBCD', 'LĐLĐ tỉnh An Giang', '2026', 'Tập huấn nghiệp vụ công đoàn', '', '1.800', 'học viên', '1.422', '31/10/2026', ''),
 ('CT-AG-2025-CBCD', 'LĐLĐ tỉnh An Giang', '2025', 'Tập huấn nghiệp vụ công đoàn', '', '1.700', 'học viên', '1.705', '31/12/2025', ''),
 ('CT-DT-2026-CBCD', 'LĐLĐ tỉnh Đồng Tháp', '2026', 'Tập huấn cán bộ công đoàn cơ sở', 'Chủ tịch CĐCS', '1.500', 'học viên', '1.290', '31/10/2026', ''),
 ('CT-DT-2026-NUCONG', 'LĐLĐ tỉnh Đồng Tháp', '2026', 'Tập huấn công tác nữ công', '', '20', 'lớp', '14', '31/10/2026', ''),
 ('CT-VL-2026-CBCD', 'LĐLĐ tỉnh Vĩnh Long', '2026', 'Bồi dưỡng cán bộ công đoàn', '', '2.000', 'học viên', '1.630', '31/10/2026', 'Gồm Bến Tre, Trà Vinh cũ'),
 ('CT-VL-2025-CBCD', 'LĐLĐ tỉnh Vĩnh Long', '2025', 'Bồi dưỡng cán bộ công đoàn', '', '1.900', 'học viên', '1.812', '31/12/2025', ''),
 ('CT-CM-2026-CBCD', 'LĐLĐ tỉnh Cà Mau', '2026', 'Tập huấn cán bộ công đoàn cơ sở', '', '1.200', 'học viên', '1.255', '31/10/2026', 'Vượt kế hoạch'),
 ('CT-CM-2027-CBCD', 'LĐLĐ tỉnh Cà Mau', '2027', 'Tập huấn cán bộ công đoàn cơ sở', '', '1.300', 'học viên', '', '', ''),
 ('CT-LD-2026-CBCD', 'LĐLĐ tỉnh Lâm Đồng', '2026', 'Bồi dưỡng nghiệp vụ cán bộ công đoàn', '', '1.600', 'học viên', '1.118', '31/10/2026', ''),
 ('CT-DNANG-2026-CBCD', 'LĐLĐ TP Đà Nẵng', '2026', 'Bồi dưỡng nghiệp vụ cán bộ công đoàn', '', '2.200', 'học viên', '2.050', '31/10/2026', ''),
 ('CT-HCM-2023-2028-CTR', 'LĐLĐ TP Hồ Chí Minh', '2023-2028', 'Cán bộ công đoàn chuyên trách được bồi dưỡng lý luận, nghiệp vụ', 'Cán bộ công đoàn chuyên trách', '100', '%', '82,4', '31/10/2026', 'Nhiệm kỳ 2023-2028'),
 ('CT-KCNDN-2026-PTDV', 'Công đoàn các KCN Đồng Nai', '2026', 'Tập huấn phát triển đoàn viên cho cán bộ CĐ KCN', 'Cán bộ công đoàn cấp trên cơ sở', '150', 'học viên', '162', '31/10/2026', ''),
 ('CT-KCNLA-2026-NC', 'Công đoàn các KCN Long An', '2026', 'Tập huấn nữ công cho ban nữ công CĐCS', '', '400', 'học viên', '231', '31/10/2026', ''),
]
with open('../targets.csv', 'w', encoding='utf-8', newline='') as fh:
    w = csv.writer(fh)
    w.writerow(['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú'])
    w.writerows(TG)
print(len(rows), 'courses', len(TG), 'targets')
