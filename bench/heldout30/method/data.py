# -*- coding: utf-8 -*-
"""Builds the course plan (courses.csv) and targets (targets.csv) for blind set 30.
Every class is kept as a structured record so that questions can be answered
from the same records (see questions.py)."""
import csv, datetime as dt, random, os

OUT = os.path.join(os.path.dirname(__file__), '..')
NOW = dt.datetime(2026, 11, 23, 9, 0)
R = random.Random(3030)

WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']

# topic key -> (topic cells as organisers write them, title stems, default audience options, days)
TOPICS = {
    'NV': (['Nghiệp vụ công tác công đoàn', 'Nghiệp vụ CĐ', 'nghiệp vụ công đoàn'],
           ['Bồi dưỡng nghiệp vụ công tác công đoàn', 'Tập huấn nghiệp vụ công tác công đoàn',
            'Bồi dưỡng kỹ năng hoạt động công đoàn cơ sở'], 2),
    'TLTT': (['Đối thoại, thương lượng tập thể', 'Thương lượng tập thể', 'Đối thoại và TLTT'],
             ['Tập huấn kỹ năng đối thoại, thương lượng tập thể', 'Kỹ năng thương lượng tập thể và ký kết TƯLĐTT',
              'Bồi dưỡng kỹ năng đối thoại tại nơi làm việc'], 2),
    'ATVSLD': (['An toàn, vệ sinh lao động', 'ATVSLĐ', 'An toàn vệ sinh lao động'],
               ['Huấn luyện an toàn, vệ sinh lao động', 'Tập huấn ATVSLĐ cho an toàn vệ sinh viên',
                'Huấn luyện ATVSLĐ nhóm 4'], 2),
    'PL': (['Pháp luật lao động, tư vấn pháp luật', 'Pháp luật lao động', 'Tư vấn pháp luật'],
           ['Tập huấn pháp luật lao động và Luật Công đoàn 2024', 'Bồi dưỡng kỹ năng tư vấn pháp luật cho cán bộ công đoàn',
            'Phổ biến Bộ luật Lao động và BHXH cho người lao động'], 1),
    'TC': (['Giải quyết tranh chấp lao động', 'Tranh chấp lao động'],
           ['Kỹ năng phòng ngừa, giải quyết tranh chấp lao động và đình công', 'Tập huấn giải quyết tranh chấp lao động'], 2),
    'NC': (['Công tác nữ công, bình đẳng giới', 'Nữ công', 'Bình đẳng giới'],
           ['Tập huấn công tác nữ công', 'Bồi dưỡng nghiệp vụ công tác nữ công và bình đẳng giới',
            'Kỹ năng hoạt động của Ban nữ công quần chúng'], 2),
    'TCCD': (['Tài chính công đoàn', 'Tài chính CĐ'],
             ['Bồi dưỡng nghiệp vụ tài chính công đoàn cơ sở', 'Tập huấn kế toán, tài chính công đoàn',
              'Quản lý tài chính, tài sản công đoàn cơ sở'], 2),
    'KT': (['Công tác kiểm tra công đoàn', 'Kiểm tra', 'UBKT'],
           ['Nghiệp vụ công tác kiểm tra và UBKT công đoàn', 'Bồi dưỡng nghiệp vụ kiểm tra tài chính công đoàn'], 2),
    'TT': (['Tuyên truyền, tuyên giáo', 'Tuyên giáo'],
           ['Kỹ năng tuyên truyền, vận động trên mạng xã hội', 'Bồi dưỡng nghiệp vụ tuyên giáo công đoàn'], 1),
    'PTDV': (['Phát triển đoàn viên, thành lập CĐCS', 'Phát triển đoàn viên'],
             ['Kỹ năng vận động phát triển đoàn viên, thành lập CĐCS', 'Tập huấn phát triển đoàn viên khu vực ngoài nhà nước'], 2),
    'CNTT': (['Tin học, chuyển đổi số', 'Chuyển đổi số'],
             ['Ứng dụng phần mềm quản lý đoàn viên và thẻ đoàn viên điện tử', 'Chuyển đổi số trong hoạt động công đoàn',
              'Tập huấn sử dụng phần mềm kế toán công đoàn'], 1),
    'GV': (['Kỹ năng giảng dạy cho giảng viên', 'Giảng viên kiêm chức'],
           ['Bồi dưỡng phương pháp giảng dạy tích cực cho giảng viên kiêm chức'], 3),
    'VT': (['Văn thư, lưu trữ', 'Văn thư lưu trữ'],
           ['Nghiệp vụ văn thư, lưu trữ và soạn thảo văn bản công đoàn'], 1),
    'QLNN': (['Quản lý nhà nước, lý luận chính trị', 'Lý luận chính trị'],
             ['Bồi dưỡng lý luận chính trị và kiến thức quản lý nhà nước', 'Lý luận và nghiệp vụ công tác công đoàn (chương trình sơ cấp)'], 5),
}
# audience options: (cell text, set of keys)
AUD = {
    'CT': ('Chủ tịch CĐCS', {'CT'}),
    'CTPCT': ('Chủ tịch, P.Chủ tịch CĐCS', {'CT', 'PCT'}),
    'CTPCT2': ('Chủ tịch và Phó chủ tịch công đoàn cơ sở', {'CT', 'PCT'}),
    'BCH': ('Ủy viên BCH công đoàn cơ sở', {'BCH'}),
    'BCHCT': ('Chủ tịch CĐCS; Ủy viên BCH', {'CT', 'BCH'}),
    'KCT': ('Cán bộ công đoàn không chuyên trách', {'KCT'}),
    'CTR': ('Cán bộ công đoàn chuyên trách', {'CTR'}),
    'CTCS': ('Cán bộ CĐ cấp trên cơ sở', {'CTCS'}),
    'UBKT': ('Ủy viên UBKT công đoàn cơ sở', {'UBKT'}),
    'DV': ('Đoàn viên, người lao động', {'DV'}),
    'NC': ('Trưởng, phó ban nữ công CĐCS', {'NC'}),
    'KTTQ': ('Kế toán, thủ quỹ công đoàn', {'KTTQ', 'KCT'}),
    'GVKC': ('Giảng viên kiêm chức', {'GV'}),
    'ATVSV': ('An toàn vệ sinh viên, đoàn viên', {'DV', 'ATVSV'}),
    'CTMOI': ('Chủ tịch CĐCS mới bầu', {'CT'}),
}
TOPIC_AUD = {
    'NV': ['CT', 'CTPCT', 'BCHCT', 'CTMOI', 'KCT'], 'TLTT': ['CT', 'CTPCT2', 'BCH'],
    'ATVSLD': ['ATVSV', 'DV', 'BCH'], 'PL': ['DV', 'BCH', 'CT'], 'TC': ['CTPCT', 'CTCS'],
    'NC': ['NC'], 'TCCD': ['KTTQ', 'CT'], 'KT': ['UBKT'], 'TT': ['BCH', 'KCT'],
    'PTDV': ['CTCS', 'CT'], 'CNTT': ['KCT', 'KTTQ', 'BCH'], 'GV': ['GVKC'], 'VT': ['CTR', 'KCT'],
    'QLNN': ['CTR', 'CTCS'],
}

# organisers: (cell as written, key, province (today), old area or None, ward or None, type, code prefix, n classes, topics)
ORGS = [
  # Thanh Hoá
  ('LĐLĐ tỉnh Thanh Hóa', 'LDLD_TH', 'Thanh Hóa', None, None, 'prov', 'THA', 11, None),
  ('Công đoàn KKT Nghi Sơn và các KCN tỉnh Thanh Hóa', 'KKT_NS', 'Thanh Hóa', None, None, 'kcn', 'NGHISON', 5, None),
  ('Công đoàn ngành Y tế Thanh Hóa', 'YT_TH', 'Thanh Hóa', None, None, 'sector_yt', 'YTTH', 4, None),
  ('Công đoàn phường Hạc Thành', 'P_HACTHANH', 'Thanh Hóa', None, 'phường Hạc Thành', 'ward', 'HACTHANH', 4, None),
  ('CĐ phường Sầm Sơn', 'P_SAMSON', 'Thanh Hóa', None, 'phường Sầm Sơn', 'ward', 'SAMSON', 3, None),
  ('CĐCS Bệnh viện Đa khoa tỉnh Thanh Hóa', 'BV_TH', 'Thanh Hóa', None, 'phường Hạc Thành', 'hospital', 'BVDKTH', 3, None),
  # Nghệ An
  ('Liên đoàn Lao động tỉnh Nghệ An', 'LDLD_NA', 'Nghệ An', None, None, 'prov', 'NAN', 11, None),
  ('Công đoàn ngành Giáo dục Nghệ An', 'GD_NA', 'Nghệ An', None, None, 'sector_gd', 'GDNA', 5, None),
  ('Công đoàn KKT Đông Nam Nghệ An', 'KKT_DNNA', 'Nghệ An', None, None, 'kcn', 'KKTDN', 5, None),
  ('Công đoàn phường Trường Vinh', 'P_TRUONGVINH', 'Nghệ An', None, 'phường Trường Vinh', 'ward', 'TRVINH', 4, None),
  ('CĐ phường Cửa Lò', 'P_CUALO', 'Nghệ An', None, 'phường Cửa Lò', 'ward', 'CUALO', 3, None),
  ('CĐCS Trường Đại học Vinh', 'DH_VINH', 'Nghệ An', None, 'phường Trường Vinh', 'school', 'DHVINH', 3, None),
  # Hà Tĩnh
  ('LĐLĐ tỉnh Hà Tĩnh', 'LDLD_HT', 'Hà Tĩnh', None, None, 'prov', 'HTI', 10, None),
  ('Công đoàn Khu kinh tế tỉnh Hà Tĩnh', 'KKT_HT', 'Hà Tĩnh', None, None, 'kcn', 'VUNGANG', 5, None),
  ('CĐ ngành Y tế Hà Tĩnh', 'YT_HT', 'Hà Tĩnh', None, None, 'sector_yt', 'YTHT', 3, None),
  ('Công đoàn phường Thành Sen', 'P_THANHSEN', 'Hà Tĩnh', None, 'phường Thành Sen', 'ward', 'THSEN', 4, None),
  ('CĐCS Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh', 'FHS', 'Hà Tĩnh', None, None, 'enterprise', 'FHS', 4, None),
  # Quảng Trị (+ former Quảng Bình)
  ('LĐLĐ tỉnh Quảng Trị', 'LDLD_QT', 'Quảng Trị', None, None, 'prov', 'QTR', 10, None),
  ('LĐLĐ tỉnh Quảng Bình', 'LDLD_QT', 'Quảng Trị', 'Quảng Bình', None, 'prov', 'QBI', 5, None),
  ('Công đoàn phường Đồng Hới', 'P_DONGHOI', 'Quảng Trị', 'Quảng Bình', 'phường Đồng Hới', 'ward', 'DONGHOI', 4, None),
  ('Công đoàn phường Đông Hà', 'P_DONGHA', 'Quảng Trị', None, 'phường Đông Hà', 'ward', 'DONGHA', 4, None),
  ('CĐ ngành Giáo dục Quảng Trị', 'GD_QT', 'Quảng Trị', None, None, 'sector_gd', 'GDQT', 3, None),
  ('CĐCS Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới', 'BV_CUBA', 'Quảng Trị', 'Quảng Bình', 'phường Đồng Hới', 'hospital', 'BVCUBA', 3, None),
  # Huế
  ('LĐLĐ thành phố Huế', 'LDLD_HUE', 'Huế', None, None, 'prov', 'HUE', 11, None),
  ('Công đoàn phường Thuận Hóa', 'P_THUANHOA', 'Huế', None, 'phường Thuận Hóa', 'ward', 'THUANHOA', 4, None),
  ('CĐ phường Phú Xuân', 'P_PHUXUAN', 'Huế', None, 'phường Phú Xuân', 'ward', 'PHUXUAN', 3, None),
  ('Công đoàn Khu kinh tế, công nghiệp tỉnh Huế', 'KKT_HUE', 'Huế', None, None, 'kcn', 'KKTHUE', 4, None),
  ('CĐCS Bệnh viện Trung ương Huế', 'BV_TWH', 'Huế', None, 'phường Thuận Hóa', 'hospital', 'BVTWH', 4, None),
  # Đà Nẵng (+ former Quảng Nam)
  ('LĐLĐ thành phố Đà Nẵng', 'LDLD_DN', 'Đà Nẵng', None, None, 'prov', 'DNG', 11, None),
  ('LĐLĐ tỉnh Quảng Nam', 'LDLD_DN', 'Đà Nẵng', 'Quảng Nam', None, 'prov', 'QNA', 5, None),
  ('Công đoàn các KCN Đà Nẵng', 'KCN_DN', 'Đà Nẵng', None, None, 'kcn', 'KCNDN', 5, None),
  ('Công đoàn KKT mở Chu Lai', 'KKT_CL', 'Đà Nẵng', 'Quảng Nam', None, 'kcn', 'CHULAI', 4, None),
  ('Công đoàn phường Hải Châu', 'P_HAICHAU', 'Đà Nẵng', None, 'phường Hải Châu', 'ward', 'HAICHAU', 4, None),
  ('CĐ phường Tam Kỳ', 'P_TAMKY', 'Đà Nẵng', 'Quảng Nam', 'phường Tam Kỳ', 'ward', 'TAMKY', 3, None),
  ('Công đoàn phường Hội An', 'P_HOIAN', 'Đà Nẵng', 'Quảng Nam', 'phường Hội An', 'ward', 'HOIAN', 3, None),
  ('CĐCS Công ty CP Dệt may Hòa Thọ', 'HOATHO', 'Đà Nẵng', None, None, 'enterprise', 'HOATHO', 3, None),
  # Quảng Ngãi (+ former Kon Tum)
  ('LĐLĐ tỉnh Quảng Ngãi', 'LDLD_QNG', 'Quảng Ngãi', None, None, 'prov', 'QNG', 10, None),
  ('LĐLĐ tỉnh Kon Tum', 'LDLD_QNG', 'Quảng Ngãi', 'Kon Tum', None, 'prov', 'KTU', 5, None),
  ('Công đoàn KKT Dung Quất và các KCN Quảng Ngãi', 'KKT_DQ', 'Quảng Ngãi', None, None, 'kcn', 'DUNGQUAT', 5, None),
  ('Công đoàn phường Cẩm Thành', 'P_CAMTHANH', 'Quảng Ngãi', None, 'phường Cẩm Thành', 'ward', 'CAMTHANH', 3, None),
  ('Công đoàn phường Kon Tum', 'P_KONTUM', 'Quảng Ngãi', 'Kon Tum', 'phường Kon Tum', 'ward', 'PKONTUM', 3, None),
  ('Công đoàn đặc khu Lý Sơn', 'DK_LYSON', 'Quảng Ngãi', None, 'đặc khu Lý Sơn', 'ward', 'LYSON', 2, None),
  ('CĐCS Công ty CP Lọc hóa dầu Bình Sơn', 'BSR', 'Quảng Ngãi', None, None, 'enterprise', 'BSR', 3, None),
  # national
  ('Trường Đại học Công đoàn', 'DHCD', None, None, None, 'nat', 'DHCD', 8, None),
  ('Viện Công nhân và Công đoàn', 'VIEN', None, None, None, 'nat', 'VCNCD', 4, None),
  ('Công đoàn Giáo dục Việt Nam', 'CDGDVN', None, None, None, 'nat_gd', 'CDGDVN', 4, None),
  ('Công đoàn Y tế Việt Nam', 'CDYTVN', None, None, None, 'nat_yt', 'CDYTVN', 3, None),
  ('Công đoàn Công Thương Việt Nam', 'CDCTVN', None, None, None, 'nat', 'CDCT', 3, None),
]
TYPE_TOPICS = {
    'prov': ['NV', 'TLTT', 'ATVSLD', 'PL', 'TC', 'NC', 'TCCD', 'KT', 'TT', 'PTDV', 'CNTT', 'GV', 'VT', 'QLNN'],
    'kcn': ['TLTT', 'ATVSLD', 'PTDV', 'PL', 'TC', 'NC'],
    'sector_yt': ['NV', 'NC', 'ATVSLD', 'TCCD'], 'sector_gd': ['NV', 'NC', 'CNTT', 'KT', 'TCCD'],
    'ward': ['NV', 'PTDV', 'TCCD', 'TT', 'PL', 'CNTT', 'KT'],
    'hospital': ['ATVSLD', 'NC', 'PL', 'NV'], 'school': ['NC', 'CNTT', 'NV'],
    'enterprise': ['ATVSLD', 'TLTT', 'PL', 'NC'],
    'nat': ['QLNN', 'GV', 'TLTT', 'CNTT', 'TC', 'NV'], 'nat_gd': ['NV', 'NC', 'KT', 'CNTT'],
    'nat_yt': ['ATVSLD', 'NV', 'NC'],
}
PROV_CELL = {
    'Thanh Hóa': ['Thanh Hóa', 'Thanh Hoá', 'Thanh Hóa'], 'Nghệ An': ['Nghệ An'], 'Hà Tĩnh': ['Hà Tĩnh'],
    'Quảng Trị': ['Quảng Trị'], 'Huế': ['Huế', 'TP Huế', 'Thừa Thiên Huế'], 'Đà Nẵng': ['Đà Nẵng', 'TP Đà Nẵng'],
    'Quảng Ngãi': ['Quảng Ngãi'],
}
PROV_VENUE = {
    'Thanh Hóa': 'Hội trường LĐLĐ tỉnh, số 2 Hạc Thành, phường Hạc Thành',
    'Nghệ An': 'Hội trường LĐLĐ tỉnh, 21 Lê Hồng Phong, phường Thành Vinh',
    'Hà Tĩnh': 'Hội trường LĐLĐ tỉnh, phường Thành Sen',
    'Quảng Trị': 'Hội trường LĐLĐ tỉnh, phường Đông Hà',
    'Huế': 'Hội trường LĐLĐ thành phố, 30 Lê Lợi, phường Thuận Hóa',
    'Đà Nẵng': 'Hội trường LĐLĐ thành phố, phường Hải Châu',
    'Quảng Ngãi': 'Hội trường LĐLĐ tỉnh, phường Cẩm Thành',
}
AREA_VENUE = {
    'Quảng Bình': 'Trụ sở LĐLĐ tỉnh Quảng Bình (cũ), phường Đồng Hới',
    'Quảng Nam': 'Hội trường LĐLĐ tỉnh Quảng Nam (cũ), phường Tam Kỳ',
    'Kon Tum': 'Hội trường Công đoàn khu vực Kon Tum (trụ sở LĐLĐ tỉnh Kon Tum cũ), phường Kon Tum',
}
AREA_WARD = {'Quảng Bình': 'phường Đồng Hới', 'Quảng Nam': 'phường Tam Kỳ', 'Kon Tum': 'phường Kon Tum'}
AREA_PROV_CELL = {'Quảng Bình': ['Quảng Bình', 'Quảng Trị'], 'Quảng Nam': ['Quảng Nam', 'Đà Nẵng'],
                  'Kon Tum': ['Kon Tum', 'Quảng Ngãi']}
TYPE_VENUE = {
    'kcn': 'Nhà văn hóa công nhân {name}', 'ward': 'Hội trường UBND {ward}', 'hospital': 'Hội trường {name2}',
    'school': 'Giảng đường A, {name2}', 'enterprise': 'Phòng họp {name2}', 'sector_yt': 'Hội trường Sở Y tế',
    'sector_gd': 'Hội trường Sở Giáo dục và Đào tạo',
}
NAT_PLACES = [('Hà Nội', 'Trường Đại học Công đoàn, 169 Tây Sơn, Hà Nội', None),
              ('Đà Nẵng', 'Phân hiệu Trường ĐH Công đoàn tại Đà Nẵng, phường Hải Châu', 'phường Hải Châu'),
              ('Nghệ An', 'Khách sạn Công đoàn Cửa Lò, phường Cửa Lò', 'phường Cửa Lò'),
              ('Huế', 'Hội trường LĐLĐ thành phố Huế, phường Thuận Hóa', 'phường Thuận Hóa')]
PARTNERS = ['', '', 'Sở Nội vụ', 'Trung tâm Tư vấn pháp luật Công đoàn', 'Sở Y tế', 'Ban Quản lý KKT',
            'Trường Đại học Công đoàn', 'Thanh tra tỉnh', '']


def excel_serial(d):
    return (d - dt.date(1899, 12, 30)).days


class C(dict):
    __getattr__ = dict.get
    __setattr__ = dict.__setitem__


def fmt_date(d):
    return d.strftime('%d/%m/%Y')


def make_start_cell(start, end_date, rng):
    """Returns (start cell, end cell, interpreted start datetime)."""
    d = start.date(); h = (start.hour, start.minute)
    wd = WD[d.weekday()]
    if h == (8, 0):
        if end_date and end_date != d and end_date.month == d.month and rng.random() < 0.35:
            c = rng.choice(['%d-%d/%d/%d' % (d.day, end_date.day, d.month, d.year),
                            '%02d/%02d - %02d/%02d/%d' % (d.day, d.month, end_date.day, end_date.month, d.year),
                            'Từ %02d/%02d đến %02d/%02d/%d' % (d.day, d.month, end_date.day, end_date.month, d.year)])
            return c, '', start
        c = rng.choice(['{dmy}', '{dmy}', '{d}/{m}/{y}', '{iso}', '{wd}, {dmy}', 'Sáng {dmy}', '{serial}',
                        '{iso} 00:00:00', '{dmy} 08:00', '8h00 ngày {dmy}'])
    elif h == (13, 30):
        c = rng.choice(['Chiều {dmy}', 'Buổi chiều, {dmy}'])
    elif h == (18, 30):
        c = 'Tối {dmy}'
    elif h == (7, 30):
        c = '7h30 ngày {dmy}'
    else:
        c = rng.choice(['%dh%02d ngày {dmy}' % h, '{dmy} %02d:%02d' % h])
    c = c.format(dmy=fmt_date(d), d=d.day, m=d.month, y=d.year, iso=d.isoformat(), wd=wd, serial=excel_serial(d))
    end_cell = ''
    if end_date and end_date != d:
        end_cell = rng.choice([fmt_date(end_date), fmt_date(end_date), '%d/%d/%d' % (end_date.day, end_date.month, end_date.year)])
    return c, end_cell, start


def seats_cell(n, rng):
    f = rng.random()
    if f < 0.45: return str(n), n
    if f < 0.6: return '%d người' % n, n
    if f < 0.7: return 'khoảng %d học viên' % n, n
    if f < 0.8: return '%d-%d' % (n - 10, n), n
    if f < 0.88: return '%d (2 lớp)' % n, n
    return '%d/lớp' % n, n


def build():
    rng = R
    courses = []
    used_titles = {}
    for (org, okey, prov, area, ward, typ, pref, n, _) in ORGS:
        topics = TYPE_TOPICS[typ][:]
        n = n + 1 if n >= 4 else n
        rng.shuffle(topics)
        for i in range(n):
            tk = topics[i % len(topics)]
            tcells, stems, days = TOPICS[tk]
            title = rng.choice(stems)
            akey = rng.choice(TOPIC_AUD[tk])
            aud_cell, aud_keys = AUD[akey]
            if typ in ('ward',) and tk == 'NV':
                title = title + ' cho chủ tịch CĐCS trên địa bàn'
                aud_cell, aud_keys = AUD['CTPCT']
            # place
            cprov, cward = prov, ward
            if typ.startswith('nat'):
                cprov, venue, cward = rng.choice(NAT_PLACES)
                prov_cell = cprov
            else:
                if area:
                    prov_cell = rng.choice(AREA_PROV_CELL[area])
                    venue = AREA_VENUE[area] if typ == 'prov' else None
                    if typ == 'prov': cward = AREA_WARD[area]
                else:
                    prov_cell = rng.choice(PROV_CELL[prov])
                    venue = PROV_VENUE[prov] if typ == 'prov' else None
                    if typ == 'prov': cward = 'phường ' + PROV_VENUE[prov].split('phường ')[-1]
                if venue is None:
                    name2 = org.replace('CĐCS ', '').replace('Công đoàn ', '').replace('CĐ ', '')
                    venue = TYPE_VENUE[typ].format(name=org.replace('Công đoàn ', ''), ward=ward or '', name2=name2)
            fmt = 'tt'
            r = rng.random()
            if tk in ('CNTT', 'PL', 'TT', 'QLNN') and r < 0.45 or r < 0.1:
                fmt = 'online'
            elif r < 0.18:
                fmt = 'kh'
            # date
            past = rng.random() < 0.12
            if past:
                d = dt.date(2026, 9, 1) + dt.timedelta(days=rng.randrange(0, 80))
            else:
                d = dt.date(2026, 11, 25) + dt.timedelta(days=int(rng.triangular(0, 220, 20)))
            hour = (8, 0)
            rr = rng.random()
            if typ in ('ward', 'enterprise', 'hospital') and rr < 0.3:
                hour = rng.choice([(18, 30), (18, 0), (19, 0)]); days_ = 1
                # ward evening classes often on weekdays
            elif rr < 0.12:
                hour = rng.choice([(13, 30), (14, 0)])
            elif rr < 0.18:
                hour = (7, 30)
            if typ in ('ward', 'enterprise') and rng.random() < 0.3 and hour[0] < 17:
                # weekend class
                while d.weekday() < 5: d += dt.timedelta(days=1)
            else:
                while d.weekday() > 4: d += dt.timedelta(days=1)
            nd = days if hour[0] < 17 else 1
            if fmt == 'online' and nd > 2: nd = 2
            start = dt.datetime(d.year, d.month, d.day, *hour)
            end_date = d + dt.timedelta(days=nd - 1)
            c = C(org=org, okey=okey, prov=cprov, area=area, ward=cward, typ=typ, topic=tk,
                  topic_cell=rng.choice(tcells), title=title, aud_cell=aud_cell, aud=set(aud_keys),
                  prov_cell=prov_cell, venue=venue, fmt=fmt, start=start, end=end_date, days=nd,
                  partner=rng.choice(PARTNERS), pref=pref)
            if past:
                c.status = 'finished'
            courses.append(c)
    return courses


def finalize(courses):
    """Assign statuses, codes, cells; add special hand-written rows."""
    rng = R
    # codes
    seq = {}
    for c in courses:
        seq[c.pref] = seq.get(c.pref, 0) + 1
        y = c.start.year % 100
        style = hash(c.pref) % 1
        if c.typ == 'prov':
            c.code = '%s-%s-%02d' % (c.pref, c.topic, seq[c.pref])
        elif c.typ.startswith('nat'):
            c.code = '%s.%d.%02d' % (c.pref, c.start.year, seq[c.pref])
        else:
            c.code = '%s_%02d%02d' % (c.pref, y, seq[c.pref])
    for c in courses:
        if c.status == 'finished':
            c.status_cell = rng.choice(['Đã kết thúc', 'Đã kết thúc', 'da ket thuc', 'ĐÃ KẾT THÚC'])
            continue
        r = rng.random()
        if r < 0.05:
            c.status = 'cancelled'; c.status_cell = rng.choice(['Đã hủy', 'Đã huỷ', 'ĐÃ HỦY'])
            c.note = rng.choice(['Không đủ học viên', 'Hủy do trùng lịch Đại hội', 'Đơn vị xin hủy'])
        elif r < 0.10 and c.start < dt.datetime(2027, 3, 1):
            c.status = 'postponed'
            nd = c.start.date() + dt.timedelta(days=rng.randrange(20, 60))
            while nd.weekday() > 4: nd += dt.timedelta(days=1)
            c.new_start = dt.datetime(nd.year, nd.month, nd.day, c.start.hour, c.start.minute)
            c.status_cell = rng.choice(['Tạm hoãn', 'Hoãn', 'Đã hoãn'])
            c.note = rng.choice(['Hoãn sang %s do trùng lịch', 'Lịch mới: %s', 'Lùi lịch đến %s']) % fmt_date(nd)
        elif r < 0.16 and c.start > dt.datetime(2027, 1, 15):
            c.status = 'planned'
            m, y = c.start.month, c.start.year
            q = (m - 1) // 3 + 1
            ch = rng.random()
            if ch < 0.5:
                c.start_cell_override = rng.choice(['Tháng %d/%d' % (m, y), 'T%d/%d' % (m, y), 'tháng %d năm %d' % (m, y)])
                c.period = (dt.datetime(y, m, 1), dt.datetime(y + (m == 12), m % 12 + 1, 1))
            else:
                c.start_cell_override = rng.choice(['Quý %s/%d' % (['I', 'II', 'III', 'IV'][q - 1], y), 'Q%d/%d' % (q, y)])
                c.period = (dt.datetime(y, 3 * q - 2, 1), dt.datetime(y + (q == 4), (3 * q) % 12 + 1, 1))
            c.status_cell = rng.choice(['Dự kiến', '', 'dự kiến'])
        else:
            c.status = 'open'
            c.status_cell = rng.choice(['Mở đăng ký', 'Mở đăng ký', '', 'mở đăng ký', 'MỞ ĐĂNG KÝ'])
    # cells
    for c in courses:
        if c.start_cell_override:
            c.start_cell, c.end_cell = c.start_cell_override, ''
        else:
            c.start_cell, c.end_cell, _ = make_start_cell(c.start, c.end if c.days > 1 else None, rng)
        n = rng.choice([30, 40, 50, 60, 80, 100, 120, 45, 35])
        if c.fmt == 'online' and rng.random() < 0.4:
            c.seats_cell, c.seats = rng.choice(['300 điểm cầu', 'theo đăng ký']), None
        else:
            c.seats_cell, c.seats = seats_cell(n, rng)
        # deadline
        c.deadline = None; c.deadline_cell = ''
        if c.status in ('open', 'postponed', 'finished', 'cancelled') and rng.random() < 0.7:
            dd = c.start.date() - dt.timedelta(days=rng.choice([3, 5, 7, 7, 10]))
            c.deadline = dt.datetime(dd.year, dd.month, dd.day, 23, 59)
            c.deadline_cell = rng.choice([fmt_date(dd), fmt_date(dd), '%d/%d/%d' % (dd.day, dd.month, dd.year)])
        c.days_cell = rng.choice(['%d' % c.days, '%d ngày' % c.days, '%02d' % c.days]) if rng.random() < 0.8 or c.start_cell_override else ''
        c.fmt_cell = {'tt': rng.choice(['Tập trung', 'Tập trung (trực tiếp)', '']), 'online': rng.choice(['Trực tuyến', 'trực tuyến', 'Trực tuyến']),
                      'kh': rng.choice(['Kết hợp', 'Kết hợp (trực tiếp và trực tuyến)', 'Trực tiếp + trực tuyến'])}[c.fmt]
        if c.fmt == 'online':
            c.venue = rng.choice(['Trực tuyến (Zoom)', 'Zoom', 'Trực tuyến qua phần mềm Zoom, điểm cầu các CĐCS'])
            c.ward_venue = None
        c.note = c.note or ''
        if c.hour_note: pass
    return courses


def effective_start(c):
    if c.status == 'postponed':
        return c.new_start
    return c.start


SPECIALS = []  # filled in specials.py
