# -*- coding: utf-8 -*-
"""Generate out/courses.csv, out/targets.csv and out/method/facets.json.

Every class is first built as a structured record (topic key, audience keys, exact start/end,
planned period, status...), then written in the office's own words into the CSV.
Run: python3 out/method/data.py
"""
import csv, json, random, os, datetime as dt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
R = random.Random(20261123)
NOW = dt.datetime(2026, 11, 23, 9, 0)

# ---------------------------------------------------------------- catalogue keys
TOPIC_LABEL = {
    'NV': 'Nghiệp vụ công tác công đoàn', 'TL': 'Đối thoại, thương lượng tập thể',
    'AT': 'An toàn, vệ sinh lao động', 'PL': 'Pháp luật lao động, tư vấn pháp luật',
    'TC': 'Giải quyết tranh chấp lao động', 'NC': 'Công tác nữ công, bình đẳng giới',
    'TCCD': 'Tài chính công đoàn', 'KT': 'Công tác kiểm tra công đoàn',
    'TG': 'Tuyên truyền, tuyên giáo', 'PTDV': 'Phát triển đoàn viên, thành lập CĐCS',
    'CDS': 'Tin học, chuyển đổi số', 'GV': 'Kỹ năng giảng dạy cho giảng viên',
    'VT': 'Văn thư, lưu trữ', 'QLNN': 'Quản lý nhà nước, lý luận chính trị',
}
# office words for the Chủ đề cell (first = catalogue label)
TOPIC_CELL = {
    'NV': ['Nghiệp vụ công tác công đoàn', 'Nghiệp vụ CĐ', 'Nghiệp vụ công đoàn', ''],
    'TL': ['Đối thoại, thương lượng tập thể', 'Thương lượng tập thể', 'Đối thoại - TLTT'],
    'AT': ['An toàn, vệ sinh lao động', 'ATVSLĐ', 'An toàn VSLĐ', 'ATVSLĐ - PCCN'],
    'PL': ['Pháp luật lao động, tư vấn pháp luật', 'Pháp luật', 'Tư vấn pháp luật', 'Pháp luật LĐ'],
    'TC': ['Giải quyết tranh chấp lao động', 'Tranh chấp LĐ', 'Tranh chấp lao động, đình công'],
    'NC': ['Công tác nữ công, bình đẳng giới', 'Nữ công', 'Nữ công - BĐG', 'Bình đẳng giới'],
    'TCCD': ['Tài chính công đoàn', 'Tài chính CĐ', 'Kế toán - tài chính CĐ'],
    'KT': ['Công tác kiểm tra công đoàn', 'Kiểm tra CĐ', 'UBKT', 'Kiểm tra, giám sát'],
    'TG': ['Tuyên truyền, tuyên giáo', 'Tuyên giáo', 'Tuyên truyền'],
    'PTDV': ['Phát triển đoàn viên, thành lập CĐCS', 'PTĐV', 'Phát triển ĐV'],
    'CDS': ['Tin học, chuyển đổi số', 'Chuyển đổi số', 'CĐS', 'Tin học'],
    'GV': ['Kỹ năng giảng dạy cho giảng viên', 'Giảng viên KC', 'Bồi dưỡng giảng viên'],
    'VT': ['Văn thư, lưu trữ', 'Văn thư - lưu trữ', 'VT-LT'],
    'QLNN': ['Quản lý nhà nước, lý luận chính trị', 'LLCT', 'QLNN'],
}
TITLES = {
    'NV': ['Tập huấn nghiệp vụ công tác công đoàn', 'Bồi dưỡng nghiệp vụ cho cán bộ CĐCS',
           'Lớp nghiệp vụ CĐ cho BCH CĐCS nhiệm kỳ 2025-2030', 'Kỹ năng hoạt động công đoàn cơ sở',
           'Tập huấn Điều lệ CĐVN khóa XIII và nghiệp vụ CĐCS', 'Bồi dưỡng kỹ năng tổ chức đại hội CĐCS'],
    'TL': ['Kỹ năng đối thoại, thương lượng tập thể', 'Tập huấn thương lượng, ký kết TƯLĐTT',
           'Đối thoại tại nơi làm việc và thương lượng tập thể', 'Thương lượng tập thể về tiền lương, thưởng Tết'],
    'AT': ['Huấn luyện an toàn, vệ sinh lao động', 'Tập huấn ATVSLĐ cho mạng lưới an toàn vệ sinh viên',
           'An toàn vệ sinh lao động và phòng chống cháy nổ', 'Huấn luyện ATVSLĐ nhóm 4'],
    'PL': ['Tập huấn Luật Công đoàn năm 2024 và văn bản hướng dẫn', 'Kỹ năng tư vấn pháp luật cho cán bộ CĐ',
           'Phổ biến pháp luật lao động, BHXH cho người lao động', 'Tập huấn chính sách pháp luật mới về lao động'],
    'TC': ['Kỹ năng giải quyết tranh chấp lao động', 'Phòng ngừa tranh chấp, ngừng việc tập thể',
           'Tập huấn hòa giải tranh chấp lao động tại DN'],
    'NC': ['Tập huấn công tác nữ công', 'Bồi dưỡng cán bộ nữ công CĐCS',
           'Bình đẳng giới, phòng chống quấy rối tình dục nơi làm việc', 'Nữ công với chăm sóc sức khỏe sinh sản'],
    'TCCD': ['Tập huấn tài chính công đoàn cơ sở', 'Nghiệp vụ kế toán CĐCS và phần mềm kế toán',
             'Quản lý thu, chi tài chính công đoàn', 'Hướng dẫn quyết toán tài chính CĐ năm 2026'],
    'KT': ['Nghiệp vụ công tác kiểm tra, giám sát', 'Tập huấn UBKT công đoàn cơ sở',
           'Kiểm tra tài chính và giải quyết khiếu nại, tố cáo'],
    'TG': ['Kỹ năng tuyên truyền, viết tin bài', 'Bồi dưỡng báo cáo viên, tuyên truyền viên',
           'Tuyên truyền trên mạng xã hội cho cán bộ CĐ'],
    'PTDV': ['Kỹ năng phát triển đoàn viên, thành lập CĐCS', 'Vận động NLĐ gia nhập công đoàn ở DN ngoài nhà nước',
             'Tập huấn phát triển đoàn viên khu vực phi chính thức'],
    'CDS': ['Chuyển đổi số trong hoạt động công đoàn', 'Sử dụng phần mềm quản lý đoàn viên',
            'Ứng dụng AI và tin học văn phòng cho cán bộ CĐ', 'Thẻ đoàn viên điện tử và app Công đoàn Việt Nam'],
    'GV': ['Bồi dưỡng giảng viên kiêm chức', 'Kỹ năng giảng dạy theo phương pháp tích cực'],
    'VT': ['Nghiệp vụ văn thư, lưu trữ', 'Soạn thảo văn bản và lưu trữ hồ sơ công đoàn'],
    'QLNN': ['Bồi dưỡng kiến thức QLNN chương trình chuyên viên', 'Lý luận chính trị cho cán bộ CĐ chuyên trách'],
}
TOPIC_W = {'NV': 14, 'TL': 8, 'AT': 11, 'PL': 8, 'TC': 4, 'NC': 8, 'TCCD': 7, 'KT': 5, 'TG': 5,
           'PTDV': 6, 'CDS': 7, 'GV': 3, 'VT': 3, 'QLNN': 3}
AUD_TEXT = {
    'CT': ['Chủ tịch CĐCS', 'Chủ tịch công đoàn cơ sở', 'CT CĐCS'],
    'PCT': ['Phó chủ tịch CĐCS', 'P.Chủ tịch CĐCS', 'PCT CĐCS'],
    'UVBCH': ['Ủy viên BCH CĐCS', 'UV BCH công đoàn', 'Ủy viên Ban chấp hành'],
    'CHUYEN': ['Cán bộ CĐ chuyên trách', 'CBCĐ chuyên trách'],
    'KCT': ['Cán bộ CĐ không chuyên trách', 'CBCĐ không chuyên trách (kiêm nhiệm)'],
    'GVKC': ['Giảng viên kiêm chức'],
    'CAPTREN': ['Cán bộ CĐ cấp trên cơ sở', 'CB công đoàn cấp trên trực tiếp cơ sở'],
    'UVKT': ['Ủy viên UBKT', 'Ủy viên ủy ban kiểm tra CĐCS', 'UBKT CĐCS'],
    'DVNLD': ['Đoàn viên, người lao động', 'Đoàn viên, NLĐ', 'CNLĐ trong doanh nghiệp'],
    # organisers' own words (not in the catalogue)
    'KETOAN': ['Kế toán, thủ quỹ CĐCS', 'kế toán công đoàn'],
    'NUCONG': ['Trưởng/phó ban nữ công', 'Ban nữ công CĐCS'],
    'ATVSV': ['An toàn vệ sinh viên', 'mạng lưới ATVSV'],
}
TOPIC_AUD = {
    'NV': [['CT', 'PCT'], ['CT', 'PCT', 'UVBCH'], ['UVBCH', 'KCT'], ['CT']],
    'TL': [['CT', 'PCT'], ['CT', 'UVBCH'], ['CT']],
    'AT': [['ATVSV', 'DVNLD'], ['DVNLD'], ['ATVSV'], ['CT', 'ATVSV']],
    'PL': [['CT', 'PCT', 'UVBCH'], ['DVNLD'], ['KCT'], ['CAPTREN']],
    'TC': [['CT', 'PCT'], ['CAPTREN'], ['CT', 'UVBCH']],
    'NC': [['NUCONG'], ['NUCONG', 'UVBCH'], ['DVNLD'], ['NUCONG', 'CT']],
    'TCCD': [['KETOAN'], ['KETOAN', 'CT'], ['CT', 'UVKT', 'KETOAN']],
    'KT': [['UVKT'], ['UVKT', 'KETOAN']],
    'TG': [['UVBCH', 'KCT'], ['CHUYEN', 'CAPTREN'], ['UVBCH']],
    'PTDV': [['CAPTREN', 'CHUYEN'], ['CT', 'PCT'], ['CAPTREN']],
    'CDS': [['CT', 'PCT', 'UVBCH'], ['KETOAN', 'UVBCH'], ['CHUYEN'], ['DVNLD']],
    'GV': [['GVKC'], ['GVKC', 'CHUYEN']],
    'VT': [['CHUYEN'], ['UVBCH', 'CHUYEN']],
    'QLNN': [['CHUYEN'], ['CHUYEN', 'CAPTREN']],
}

# ---------------------------------------------------------------- provinces and organisers
# org: (name, type)  type in lddl, xa, kcn, nganh, dn, truong
P = {}
def prov(name, short, hall, orgs, wards, kcn_places, codef):
    P[name] = dict(name=name, short=short, hall=hall, orgs=orgs, wards=wards, kcn_places=kcn_places, codef=codef)

prov('Hà Nội', 'HN', ['Hội trường LĐLĐ thành phố, 51 Quang Trung', 'Trường Trung cấp Công đoàn Hà Nội'],
     [('LĐLĐ TP Hà Nội', 'lddl'), ('CĐ phường Cầu Giấy', 'xa'), ('Công đoàn xã Mê Linh', 'xa'),
      ('CĐ xã Thường Tín', 'xa'), ('Công đoàn các KCN và KCX Hà Nội', 'kcn'), ('CĐ ngành Giáo dục Hà Nội', 'nganh'),
      ('CĐ ngành Y tế Hà Nội', 'nganh'), ('Trường Trung cấp Công đoàn Hà Nội', 'truong'),
      ('CĐCS Cty TNHH Điện tử Thăng Long Meiko', 'dn')],
     {'CĐ phường Cầu Giấy': 'Hội trường UBND phường Cầu Giấy (quận Cầu Giấy cũ)',
      'Công đoàn xã Mê Linh': 'Nhà văn hóa xã Mê Linh (huyện Mê Linh cũ)',
      'CĐ xã Thường Tín': 'Trung tâm chính trị xã Thường Tín (huyện Thường Tín cũ)'},
     'Nhà văn hóa công nhân KCN Thăng Long (huyện Đông Anh cũ)', lambda i, y: 'HN-%d-%03d' % (y % 100, i))
prov('Hải Phòng', 'HP', ['Cung Văn hóa Lao động hữu nghị Việt Tiệp', 'Hội trường LĐLĐ TP, 16 Đinh Tiên Hoàng'],
     [('LĐLĐ thành phố Hải Phòng', 'lddl'), ('CĐ phường Hải Dương', 'xa'), ('Công đoàn đặc khu Cát Hải', 'xa'),
      ('CĐ phường Chí Linh', 'xa'), ('CĐ các KCN Hải Phòng', 'kcn'), ('CĐ ngành Cảng - Hàng hải', 'nganh'),
      ('CĐ Giáo dục Hải Phòng', 'nganh'), ('CĐCS Cty TNHH LG Display Việt Nam Hải Phòng', 'dn')],
     {'CĐ phường Hải Dương': 'Hội trường phường Hải Dương (TP Hải Dương cũ)',
      'Công đoàn đặc khu Cát Hải': 'Nhà văn hóa đặc khu Cát Hải (huyện Cát Hải cũ)',
      'CĐ phường Chí Linh': 'Hội trường phường Chí Linh (TP Chí Linh, Hải Dương cũ)'},
     'Nhà văn hóa công nhân KCN Tràng Duệ (huyện An Dương cũ)', lambda i, y: 'HP.%d.%02d' % (y, i))
prov('Quảng Ninh', 'QN', ['Hội trường LĐLĐ tỉnh Quảng Ninh, phường Hạ Long', 'Cung Văn hóa Thiếu nhi Quảng Ninh'],
     [('LĐLĐ tỉnh Quảng Ninh', 'lddl'), ('CĐ đặc khu Vân Đồn', 'xa'), ('Công đoàn phường Móng Cái 1', 'xa'),
      ('CĐ phường Uông Bí', 'xa'), ('CĐ Than - Khoáng sản Việt Nam (TKV) khu vực Quảng Ninh', 'nganh'),
      ('CĐ KKT tỉnh Quảng Ninh', 'kcn'), ('CĐCS Cty CP Than Hà Tu', 'dn')],
     {'CĐ đặc khu Vân Đồn': 'Trung tâm văn hóa đặc khu Vân Đồn (huyện Vân Đồn cũ)',
      'Công đoàn phường Móng Cái 1': 'Hội trường phường Móng Cái 1 (TP Móng Cái cũ)',
      'CĐ phường Uông Bí': 'Nhà văn hóa phường Uông Bí (TP Uông Bí cũ)'},
     'Nhà văn hóa KCN Cái Lân', lambda i, y: 'QN%02d-%02d' % (y % 100, i))
prov('Bắc Ninh', 'BN', ['Hội trường LĐLĐ tỉnh (cơ sở Bắc Giang)', 'Nhà văn hóa lao động tỉnh, phường Kinh Bắc'],
     [('LĐLĐ tỉnh Bắc Ninh', 'lddl'), ('CĐ phường Từ Sơn', 'xa'), ('Công đoàn phường Việt Yên', 'xa'),
      ('CĐ xã Lục Ngạn', 'xa'), ('Công đoàn các KCN tỉnh Bắc Ninh', 'kcn'), ('CĐ ngành Y tế Bắc Ninh', 'nganh'),
      ('CĐCS Cty TNHH Samsung Electronics Việt Nam', 'dn'), ('CĐCS Cty TNHH Fuhong Precision', 'dn')],
     {'CĐ phường Từ Sơn': 'Hội trường phường Từ Sơn (TP Từ Sơn cũ)',
      'Công đoàn phường Việt Yên': 'Nhà văn hóa phường Việt Yên (thị xã Việt Yên, Bắc Giang cũ)',
      'CĐ xã Lục Ngạn': 'Hội trường xã Lục Ngạn (huyện Lục Ngạn, Bắc Giang cũ)'},
     'Nhà văn hóa công nhân KCN Quang Châu (huyện Việt Yên cũ)', lambda i, y: 'BN-TH-%d-%02d' % (y, i))
prov('Hưng Yên', 'HY', ['Hội trường LĐLĐ tỉnh Hưng Yên (cơ sở Thái Bình)', 'Hội trường LĐLĐ tỉnh, phường Phố Hiến'],
     [('LĐLĐ tỉnh Hưng Yên', 'lddl'), ('CĐ phường Thái Bình', 'xa'), ('Công đoàn phường Mỹ Hào', 'xa'),
      ('CĐ xã Tiền Hải', 'xa'), ('CĐ các KCN tỉnh Hưng Yên', 'kcn'), ('CĐ ngành Giáo dục Hưng Yên', 'nganh'),
      ('CĐCS Cty TNHH May Tinh Lợi', 'dn')],
     {'CĐ phường Thái Bình': 'Hội trường phường Thái Bình (TP Thái Bình cũ)',
      'Công đoàn phường Mỹ Hào': 'Nhà văn hóa phường Mỹ Hào (thị xã Mỹ Hào cũ)',
      'CĐ xã Tiền Hải': 'Hội trường xã Tiền Hải (huyện Tiền Hải, Thái Bình cũ)'},
     'Nhà văn hóa KCN Phố Nối A (huyện Văn Lâm cũ)', lambda i, y: 'HY%d_%02d' % (y, i))
prov('Ninh Bình', 'NB', ['Hội trường LĐLĐ tỉnh (cơ sở Nam Định)', 'Hội trường LĐLĐ tỉnh Ninh Bình, phường Hoa Lư'],
     [('LĐLĐ tỉnh Ninh Bình', 'lddl'), ('CĐ phường Nam Định', 'xa'), ('Công đoàn phường Phủ Lý', 'xa'),
      ('CĐ phường Tam Điệp', 'xa'), ('CĐ các KCN tỉnh Ninh Bình', 'kcn'), ('CĐ ngành Dệt may Nam Định', 'nganh'),
      ('Trường Cao đẳng nghề Nam Định', 'truong')],
     {'CĐ phường Nam Định': 'Hội trường phường Nam Định (TP Nam Định cũ)',
      'Công đoàn phường Phủ Lý': 'Nhà văn hóa phường Phủ Lý (TP Phủ Lý, Hà Nam cũ)',
      'CĐ phường Tam Điệp': 'Hội trường phường Tam Điệp (TP Tam Điệp cũ)'},
     'Nhà văn hóa công nhân KCN Đồng Văn (thị xã Duy Tiên cũ)', lambda i, y: 'NB-%d-%02d' % (y % 100, i))
prov('Phú Thọ', 'PT', ['Hội trường LĐLĐ tỉnh Phú Thọ, phường Việt Trì', 'Hội trường LĐLĐ tỉnh (cơ sở Vĩnh Phúc)'],
     [('LĐLĐ tỉnh Phú Thọ', 'lddl'), ('CĐ phường Vĩnh Yên', 'xa'), ('Công đoàn phường Hòa Bình', 'xa'),
      ('CĐ phường Phúc Yên', 'xa'), ('CĐ các KCN Phú Thọ', 'kcn'), ('CĐ ngành Công Thương Phú Thọ', 'nganh'),
      ('CĐCS Cty TNHH Honda Việt Nam', 'dn')],
     {'CĐ phường Vĩnh Yên': 'Hội trường phường Vĩnh Yên (TP Vĩnh Yên, Vĩnh Phúc cũ)',
      'Công đoàn phường Hòa Bình': 'Nhà văn hóa phường Hòa Bình (TP Hòa Bình cũ)',
      'CĐ phường Phúc Yên': 'Hội trường phường Phúc Yên (TP Phúc Yên cũ)'},
     'Nhà văn hóa công nhân KCN Bình Xuyên (huyện Bình Xuyên cũ)', lambda i, y: 'PTO-%02d/%d' % (i, y) if False else 'PTO-%d-%02d' % (y, i))
prov('Thái Nguyên', 'TN', ['Hội trường LĐLĐ tỉnh Thái Nguyên', 'Trung tâm Hội nghị tỉnh, phường Phan Đình Phùng'],
     [('LĐLĐ tỉnh Thái Nguyên', 'lddl'), ('CĐ phường Đức Xuân', 'xa'), ('Công đoàn phường Phổ Yên', 'xa'),
      ('CĐ các KCN Thái Nguyên', 'kcn'), ('CĐ ngành Giáo dục Thái Nguyên', 'nganh'),
      ('CĐCS Cty TNHH Samsung Electronics Việt Nam Thái Nguyên', 'dn')],
     {'CĐ phường Đức Xuân': 'Hội trường phường Đức Xuân (TP Bắc Kạn cũ)',
      'Công đoàn phường Phổ Yên': 'Nhà văn hóa phường Phổ Yên (TP Phổ Yên cũ)'},
     'Nhà văn hóa KCN Yên Bình (TP Phổ Yên cũ)', lambda i, y: 'TNG.%02d.%d' % (i, y))
prov('Tuyên Quang', 'TQ', ['Hội trường LĐLĐ tỉnh Tuyên Quang, phường Minh Xuân', 'Hội trường LĐLĐ tỉnh (cơ sở Hà Giang)'],
     [('LĐLĐ tỉnh Tuyên Quang', 'lddl'), ('CĐ phường Hà Giang 1', 'xa'), ('Công đoàn xã Đồng Văn', 'xa'),
      ('CĐ ngành Giáo dục Tuyên Quang', 'nganh'), ('Trường Chính trị tỉnh Tuyên Quang', 'truong')],
     {'CĐ phường Hà Giang 1': 'Hội trường phường Hà Giang 1 (TP Hà Giang cũ)',
      'Công đoàn xã Đồng Văn': 'Nhà văn hóa xã Đồng Văn (huyện Đồng Văn cũ)'},
     'Nhà văn hóa KCN Long Bình An', lambda i, y: 'TQ-K%02d-%02d' % (y % 100, i))
prov('Lào Cai', 'LC', ['Hội trường LĐLĐ tỉnh Lào Cai (cơ sở Yên Bái)', 'Nhà văn hóa lao động, phường Lào Cai'],
     [('LĐLĐ tỉnh Lào Cai', 'lddl'), ('CĐ phường Sa Pa', 'xa'), ('Công đoàn phường Nghĩa Lộ', 'xa'),
      ('CĐ phường Cam Đường', 'xa'), ('CĐ KKT tỉnh Lào Cai', 'kcn'), ('CĐ ngành Y tế Lào Cai', 'nganh')],
     {'CĐ phường Sa Pa': 'Hội trường phường Sa Pa (thị xã Sa Pa cũ)',
      'Công đoàn phường Nghĩa Lộ': 'Nhà văn hóa phường Nghĩa Lộ (thị xã Nghĩa Lộ, Yên Bái cũ)',
      'CĐ phường Cam Đường': 'Hội trường phường Cam Đường (TP Lào Cai cũ)'},
     'Nhà văn hóa KCN Tằng Loỏng (huyện Bảo Thắng cũ)', lambda i, y: 'LCA%d-%03d' % (y, i))
prov('Lạng Sơn', 'LS', ['Hội trường LĐLĐ tỉnh Lạng Sơn', 'Nhà văn hóa lao động tỉnh, phường Lương Văn Tri'],
     [('LĐLĐ tỉnh Lạng Sơn', 'lddl'), ('CĐ xã Chi Lăng', 'xa'), ('Công đoàn xã Cao Lộc', 'xa'),
      ('CĐ KKT cửa khẩu Đồng Đăng - Lạng Sơn', 'kcn'), ('CĐ ngành Giáo dục Lạng Sơn', 'nganh')],
     {'CĐ xã Chi Lăng': 'Hội trường xã Chi Lăng (huyện Chi Lăng cũ)',
      'Công đoàn xã Cao Lộc': 'Nhà văn hóa xã Cao Lộc (huyện Cao Lộc cũ)'},
     'Hội trường Ban quản lý KKT cửa khẩu Đồng Đăng', lambda i, y: 'LS/%d/%02d' % (y, i) if False else 'LSN-%d-%02d' % (y, i))
prov('Cao Bằng', 'CB', ['Hội trường LĐLĐ tỉnh Cao Bằng, phường Thục Phán'],
     [('LĐLĐ tỉnh Cao Bằng', 'lddl'), ('CĐ xã Trùng Khánh', 'xa'), ('Công đoàn phường Tân Giang', 'xa'),
      ('CĐ ngành Giáo dục Cao Bằng', 'nganh')],
     {'CĐ xã Trùng Khánh': 'Nhà văn hóa xã Trùng Khánh (huyện Trùng Khánh cũ)',
      'Công đoàn phường Tân Giang': 'Hội trường phường Tân Giang (TP Cao Bằng cũ)'},
     'Hội trường LĐLĐ tỉnh Cao Bằng', lambda i, y: 'CBG-%02d-%02d' % (y % 100, i))
prov('Sơn La', 'SL', ['Hội trường LĐLĐ tỉnh Sơn La, phường Tô Hiệu'],
     [('LĐLĐ tỉnh Sơn La', 'lddl'), ('CĐ phường Mộc Sơn', 'xa'), ('Công đoàn phường Chiềng An', 'xa'),
      ('CĐ ngành Nông nghiệp Sơn La', 'nganh'), ('CĐCS Cty CP Mía đường Sơn La', 'dn')],
     {'CĐ phường Mộc Sơn': 'Hội trường phường Mộc Sơn (thị xã Mộc Châu cũ)',
      'Công đoàn phường Chiềng An': 'Nhà văn hóa phường Chiềng An (TP Sơn La cũ)'},
     'Hội trường Cty CP Mía đường Sơn La (huyện Mai Sơn cũ)', lambda i, y: 'SLA.%d.%02d' % (y % 100, i))
prov('Điện Biên', 'DB', ['Hội trường LĐLĐ tỉnh Điện Biên, phường Điện Biên Phủ'],
     [('LĐLĐ tỉnh Điện Biên', 'lddl'), ('CĐ phường Mường Lay', 'xa'), ('Công đoàn phường Mường Thanh', 'xa'),
      ('CĐ ngành Y tế Điện Biên', 'nganh')],
     {'CĐ phường Mường Lay': 'Hội trường phường Mường Lay (thị xã Mường Lay cũ)',
      'Công đoàn phường Mường Thanh': 'Nhà văn hóa phường Mường Thanh (TP Điện Biên Phủ cũ)'},
     'Hội trường LĐLĐ tỉnh Điện Biên', lambda i, y: 'DBN-%d%02d' % (y, i))
prov('Lai Châu', 'LCH', ['Hội trường LĐLĐ tỉnh Lai Châu, phường Tân Phong'],
     [('LĐLĐ tỉnh Lai Châu', 'lddl'), ('CĐ phường Đoàn Kết', 'xa'), ('Công đoàn xã Tam Đường', 'xa'),
      ('CĐ ngành Giáo dục Lai Châu', 'nganh')],
     {'CĐ phường Đoàn Kết': 'Hội trường phường Đoàn Kết (TP Lai Châu cũ)',
      'Công đoàn xã Tam Đường': 'Nhà văn hóa xã Tam Đường (huyện Tam Đường cũ)'},
     'Hội trường LĐLĐ tỉnh Lai Châu', lambda i, y: 'LAICHAU-%d-%02d' % (y, i))
prov('Thanh Hóa', 'TH', ['Hội trường LĐLĐ tỉnh Thanh Hóa, phường Hạc Thành', 'Trường Chính trị tỉnh Thanh Hóa'],
     [('LĐLĐ tỉnh Thanh Hóa', 'lddl'), ('CĐ phường Sầm Sơn', 'xa'), ('Công đoàn phường Bỉm Sơn', 'xa'),
      ('CĐ xã Thọ Xuân', 'xa'), ('CĐ KKT Nghi Sơn và các KCN Thanh Hóa', 'kcn'), ('CĐ ngành Giáo dục Thanh Hóa', 'nganh'),
      ('CĐCS Cty TNHH Lọc hóa dầu Nghi Sơn', 'dn')],
     {'CĐ phường Sầm Sơn': 'Hội trường phường Sầm Sơn (TP Sầm Sơn cũ)',
      'Công đoàn phường Bỉm Sơn': 'Nhà văn hóa phường Bỉm Sơn (thị xã Bỉm Sơn cũ)',
      'CĐ xã Thọ Xuân': 'Hội trường xã Thọ Xuân (huyện Thọ Xuân cũ)'},
     'Nhà văn hóa công nhân KKT Nghi Sơn (thị xã Nghi Sơn cũ)', lambda i, y: 'TH%02d-%03d' % (y % 100, i))
prov('Nghệ An', 'NA', ['Hội trường LĐLĐ tỉnh Nghệ An, phường Vinh Phú'],
     [('LĐLĐ tỉnh Nghệ An', 'lddl'), ('CĐ phường Cửa Lò', 'xa'), ('CĐ KKT Đông Nam Nghệ An', 'kcn'),
      ('CĐ ngành Giáo dục Nghệ An', 'nganh')],
     {'CĐ phường Cửa Lò': 'Hội trường phường Cửa Lò (thị xã Cửa Lò cũ)'},
     'Nhà văn hóa công nhân KCN VSIP Nghệ An', lambda i, y: 'NAN-%d-%02d' % (y, i))

NCLASS = {'Hà Nội': 28, 'Hải Phòng': 24, 'Quảng Ninh': 20, 'Bắc Ninh': 24, 'Hưng Yên': 20, 'Ninh Bình': 20,
          'Phú Thọ': 22, 'Thái Nguyên': 18, 'Tuyên Quang': 16, 'Lào Cai': 18, 'Lạng Sơn': 17, 'Cao Bằng': 12,
          'Sơn La': 13, 'Điện Biên': 12, 'Lai Châu': 12, 'Thanh Hóa': 24, 'Nghệ An': 10}

MONTH_NAMES_Q = {1: 'I', 2: 'II', 3: 'III', 4: 'IV'}

def wpick(d):
    ks = list(d); ws = [d[k] for k in ks]
    return R.choices(ks, ws)[0]

def fmt(d):
    return d.strftime('%d/%m/%Y')

def fmt_short(d):  # 3/9/2027 style
    return '%d/%d/%d' % (d.day, d.month, d.year)

COURSES = []

def add(**kw):
    COURSES.append(kw)
    return kw

def make_dated(start, days):
    end = start + dt.timedelta(days=days - 1)
    return start, end

def date_cell(start, end, days, style):
    """return (start_cell, end_cell, days_cell)"""
    if style == 'plain':
        return fmt(start), (fmt(end) if days > 1 else ''), ''
    if style == 'time':
        h = R.choice(['08:00', '07:30', '13:30', '08:30'])
        return fmt(start) + ' ' + h, (fmt(end) + ' 16:30' if days > 1 else fmt(end) + ' 17:00'), ''
    if style == 'iso':
        return start.strftime('%Y-%m-%d'), end.strftime('%Y-%m-%d'), ''
    if style == 'hday':
        return '8h00 ngày %s' % fmt_short(start), (fmt_short(end) if days > 1 else ''), ''
    if style == 'days':
        return fmt(start), '', '%02d ngày' % days if R.random() < .5 else str(days)
    if days == 1:
        return fmt_short(start), '', ''
    # ranges
    if style == 'range':
        if start.month == end.month:
            return '%d-%d/%d/%d' % (start.day, end.day, start.month, start.year), '', ''
        return '%d/%d - %d/%d/%d' % (start.day, start.month, end.day, end.month, end.year) if start.year == end.year else \
            '%s - %s' % (fmt(start), fmt(end)), '', ''
    if style == 'range2':
        if start.year == end.year:
            return '%02d/%d - %02d/%d/%d' % (start.day, start.month, end.day, end.month, end.year), '', ''
        return '%s - %s' % (fmt(start), fmt(end)), '', ''
    if style == 'tu':
        if start.year == end.year:
            return 'Từ %02d/%d đến %02d/%d/%d' % (start.day, start.month, end.day, end.month, end.year), '', ''
        return 'Từ %s đến %s' % (fmt(start), fmt(end)), '', ''
    if style == 'rangedays':
        if start.month == end.month:
            return '%d-%d/%d/%d (%d ngày)' % (start.day, end.day, start.month, start.year, days), '', ''
        return fmt(start), fmt(end), ''
    return fmt(start), fmt(end), ''

def planned_cell(kind, y, a, b=None):
    if kind == 'month':
        return R.choice(['Tháng %d/%d' % (a, y), 'T%d/%d' % (a, y), 'tháng %d năm %d' % (a, y), 'Tháng %02d/%d' % (a, y)])
    if kind == 'endmonth':
        return 'cuối tháng %d/%d' % (a, y)
    if kind == 'quarter':
        return R.choice(['Quý %s/%d' % (MONTH_NAMES_Q[a], y), 'Q%d/%d' % (a, y), 'Quý %d/%d' % (a, y),
                         'quý %s năm %d' % (MONTH_NAMES_Q[a], y)])
    if kind == 'months':
        return R.choice(['Tháng %d-%d/%d' % (a, b, y), 'tháng %d, %d năm %d' % (a, b, y)])
    if kind == 'half':
        return '6 tháng đầu năm %d' % y if a == 1 else '6 tháng cuối năm %d' % y

def period_of(kind, y, a, b=None):
    if kind in ('month', 'endmonth'):
        s = dt.date(y, a, 1); e = (dt.date(y + (a == 12), a % 12 + 1, 1) - dt.timedelta(days=1))
    elif kind == 'quarter':
        s = dt.date(y, 3 * a - 2, 1); m = 3 * a
        e = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    elif kind == 'months':
        s = dt.date(y, a, 1); e = dt.date(y + (b == 12), b % 12 + 1, 1) - dt.timedelta(days=1)
    elif kind == 'half':
        s, e = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if a == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    return s, e

FORBIDDEN = (dt.date(2026, 11, 18), dt.date(2026, 11, 24))  # no class runs around "today"

def rand_start(bucket):
    while True:
        if bucket == 'past':
            d = dt.date(2026, 1, 10) + dt.timedelta(days=R.randint(0, 300))
        elif bucket == 'past25':
            d = dt.date(2025, 3, 1) + dt.timedelta(days=R.randint(0, 280))
        elif bucket == 'soon':
            d = dt.date(2026, 11, 25) + dt.timedelta(days=R.randint(0, 36))
        elif bucket == 'next':
            d = dt.date(2027, 1, 4) + dt.timedelta(days=R.randint(0, 170))
            # skip Tết 2027 (around 6/2/2027)
            if dt.date(2027, 1, 30) <= d <= dt.date(2027, 2, 16):
                continue
        if d.weekday() == 6:
            continue
        return d

def org_place(pv, org, otype):
    if otype == 'lddl':
        return R.choice(pv['hall'])
    if otype == 'xa':
        return pv['wards'][org]
    if otype == 'kcn':
        return pv['kcn_places']
    if otype == 'nganh':
        if 'Giáo dục' in org or 'Y tế' in org:
            x = R.choice(['Hội trường Sở', 'Hội trường Sở', 'Hội trường ' + org])
            if x == 'Hội trường Sở':
                x = 'Hội trường Sở Giáo dục và Đào tạo' if 'Giáo dục' in org else 'Hội trường Sở Y tế'
            return x
        return 'Hội trường ' + org
    if otype == 'dn':
        return 'Phòng đào tạo ' + org.replace('CĐCS ', '')
    if otype == 'truong':
        return 'Giảng đường ' + org
    return R.choice(pv['hall'])

NOTES = ['', '', '', '', 'Mang theo CCCD.', 'Học viên tự túc phương tiện đi lại.', 'Ưu tiên CĐCS mới thành lập năm 2026.',
         'Đăng ký qua công đoàn cấp trên trực tiếp.', 'Có cấp giấy chứng nhận.', 'Ăn trưa tại lớp.',
         'Mỗi CĐCS cử tối đa 2 người.', 'Học viên mang theo máy tính xách tay.']

def seats_cell(n):
    return R.choice(['%d' % n, '%d' % n, '%d người' % n, 'khoảng %d học viên' % n, '%d HV' % n])

def gen_class(pvname, i, topic=None, org=None, bucket=None, title=None, mode=None, status=None):
    pv = P[pvname]
    topic = topic or wpick(TOPIC_W)
    if org is None:
        otypes = {'lddl': 40, 'xa': 20, 'kcn': 12, 'nganh': 12, 'dn': 8, 'truong': 8}
        cands = []
        while not cands:
            ot = wpick(otypes)
            cands = [o for o in pv['orgs'] if o[1] == ot]
        org = R.choice(cands)
        if topic in ('GV', 'QLNN', 'VT') and org[1] in ('dn', 'xa'):
            org = pv['orgs'][0]
    oname, otype = org
    auds = list(R.choice(TOPIC_AUD[topic]))
    if otype == 'dn' and topic in ('AT', 'NC', 'PL'):
        auds = R.choice([['ATVSV', 'DVNLD'], ['DVNLD']]) if topic == 'AT' else ['DVNLD']
    if bucket is None:
        bucket = wpick({'past': 16, 'past25': 3, 'soon': 33, 'next': 30, 'planned': 14, 'cancel': 5})
    if mode is None:
        mode = wpick({'': 40, 'Tập trung (trực tiếp)': 30, 'Trực tuyến': 14, 'Kết hợp (trực tiếp và trực tuyến)': 9,
                      'Tập trung': 4, 'Online': 0})
    title = title or R.choice(TITLES[topic])
    c = dict(prov=pvname, topic=topic, auds=auds, org=oname, otype=otype, title=title, mode=mode)
    c['mode_key'] = 'online' if mode == 'Trực tuyến' else ('hybrid' if mode.startswith('Kết hợp') else 'direct')
    if c['mode_key'] == 'online':
        c['place'] = R.choice(['Trực tuyến qua Zoom', 'Trực tuyến (Google Meet)', 'Điểm cầu trực tuyến tại các CĐCS',
                               'Trực tuyến qua phần mềm Zoom, link gửi qua Zalo'])
    elif c['mode_key'] == 'hybrid':
        c['place'] = org_place(pv, oname, otype) + ' và các điểm cầu trực tuyến'
    else:
        c['place'] = org_place(pv, oname, otype)
    c['partner'] = R.choice(['', '', '', 'Sở Nội vụ', 'Trung tâm Tư vấn pháp luật CĐ tỉnh', 'Ban Tổ chức LĐLĐ tỉnh',
                             'Thanh tra Sở Nội vụ', 'Tổ chức ILO', 'Bảo hiểm xã hội tỉnh'])
    if c['partner'] == 'Tổ chức ILO' and topic not in ('TL', 'TC', 'NC'):
        c['partner'] = ''
    c['note'] = R.choice(NOTES)
    if c['mode_key'] == 'online' and c['note'] in ('Mang theo CCCD.', 'Học viên tự túc phương tiện đi lại.', 'Ăn trưa tại lớp.'):
        c['note'] = 'Link học gửi qua nhóm Zalo trước 1 ngày.'
    days = R.choice([1, 1, 2, 2, 2, 3, 3, 4, 5]) if topic != 'QLNN' else R.choice([10, 15, 20])
    if topic == 'AT' and 'nhóm 4' in title:
        days = 1
    if bucket == 'planned':
        y = 2027
        kind = wpick({'month': 5, 'quarter': 4, 'months': 1, 'half': 1, 'endmonth': 1})
        if kind in ('month', 'endmonth'):
            a, b = R.randint(1, 12), None
        elif kind == 'quarter':
            a, b = R.randint(1, 4), None
        elif kind == 'months':
            a = R.choice([3, 4, 5, 8, 9, 10]); b = a + 1
        else:
            a, b = R.choice([1, 2]), None
        c['planned'] = True
        c['start_cell'] = planned_cell(kind, y, a, b)
        ps, pe = period_of(kind, y, a, b)
        c['pstart'], c['pend'] = ps, pe
        c['start'] = dt.datetime.combine(ps, dt.time(0, 0))
        c['end'] = None; c['end_cell'] = ''; c['days_cell'] = R.choice(['', '', '%02d ngày' % days])
        c['days'] = days
        c['deadline'] = None; c['dl_cell'] = ''
        c['status'] = 'Dự kiến' if status is None else status
        c['status_key'] = 'planned' if c['status'] != 'Đã hủy' else 'cancelled'
        c['seats'] = R.choice([None, 40, 50, 60, 80, 100])
        c['seats_cell'] = seats_cell(c['seats']) if c['seats'] else ''
        return c
    c['planned'] = False
    b2 = 'soon' if bucket == 'cancel' else bucket
    sd = rand_start(b2)
    start, end = make_dated(sd, days)
    while FORBIDDEN[0] <= end and start <= FORBIDDEN[1]:
        sd = rand_start(b2); start, end = make_dated(sd, days)
    c['days'] = days
    style = R.choice(['plain', 'plain', 'time', 'iso', 'hday', 'days', 'range', 'range2', 'tu', 'rangedays'])
    if days > 5:
        style = R.choice(['plain', 'tu', 'range2'])
    sc, ec, dc = date_cell(start, end, days, style)
    c['start_cell'], c['end_cell'], c['days_cell'] = sc, ec, dc
    hh = 8
    if style == 'time':
        hh, mm = map(int, sc.split()[1].split(':'))
        c['start'] = dt.datetime.combine(start, dt.time(hh, mm))
    else:
        c['start'] = dt.datetime.combine(start, dt.time(8, 0))
    c['end'] = end
    c['sdate'] = start
    # deadline
    if R.random() < 0.75:
        dl = start - dt.timedelta(days=R.choice([2, 3, 5, 7, 7, 10, 14]))
        if bucket == 'soon' and dl <= dt.date(2026, 11, 24) and R.random() < .5:
            dl = start - dt.timedelta(days=1)
        if dt.date(2026, 11, 23) <= dl <= dt.date(2026, 11, 24):
            dl = dt.date(2026, 11, 21) if R.random() < .5 else dt.date(2026, 11, 25)
            if dl >= start:
                dl = dt.date(2026, 11, 21)
        c['deadline'] = dl
        c['dl_cell'] = R.choice([fmt(dl), fmt(dl), fmt_short(dl), fmt(dl) + ' 17:00'])
        if c['dl_cell'].endswith('17:00'):
            c['deadline_dt'] = dt.datetime.combine(dl, dt.time(17, 0))
        else:
            c['deadline_dt'] = dt.datetime.combine(dl, dt.time(23, 59))
    else:
        c['deadline'] = None; c['dl_cell'] = ''; c['deadline_dt'] = None
    c['seats'] = R.choice([30, 40, 40, 50, 50, 60, 60, 80, 100, 120, 150]) if c['mode_key'] != 'online' else R.choice([None, 200, 300, 500])
    c['seats_cell'] = seats_cell(c['seats']) if c['seats'] else ''
    if bucket in ('past', 'past25'):
        c['status'] = R.choice(['Đã kết thúc', 'Đã kết thúc', 'Đã kết thúc', 'Da ket thuc'])
        c['status_key'] = 'finished'
    elif bucket == 'cancel':
        c['status'] = R.choice(['Đã hủy', 'Đã huỷ', 'đã hủy'])
        c['status_key'] = 'cancelled'
        c['note'] = R.choice(['Hủy do trùng lịch Đại hội.', 'Tạm dừng, chờ kinh phí.', 'Không đủ học viên đăng ký.', ''])
    else:
        c['status'] = status if status is not None else R.choice(['Mở đăng ký', 'Mở đăng ký', '', 'mở đăng ký'])
        c['status_key'] = 'open'
    return c

# ---------------------------------------------------------------- hand-made rows (look-alikes, batches, twins)
SPECIAL = []

def special(pv, **kw):
    SPECIAL.append((pv, kw))

# batches in Hải Phòng
special('Hải Phòng', topic='NV', org=('LĐLĐ thành phố Hải Phòng', 'lddl'), title='Tập huấn nghiệp vụ cho Chủ tịch CĐCS - đợt 1',
        fixed=dict(start=dt.datetime(2026, 12, 8, 8), days=2, style='range', auds=['CT'], dl=dt.date(2026, 12, 1), seats=120, status='Mở đăng ký', mode='', place='Cung Văn hóa Lao động hữu nghị Việt Tiệp'))
special('Hải Phòng', topic='NV', org=('LĐLĐ thành phố Hải Phòng', 'lddl'), title='Tập huấn nghiệp vụ cho Chủ tịch CĐCS - Đợt 2',
        fixed=dict(start=dt.datetime(2027, 3, 16, 8), days=2, style='plain', auds=['CT'], dl=dt.date(2027, 3, 5), seats=120, status='Mở đăng ký', mode='', place='Hội trường phường Hải Dương (TP Hải Dương cũ)'))
# cancelled twin in Thanh Hóa
special('Thanh Hóa', topic='TL', org=('LĐLĐ tỉnh Thanh Hóa', 'lddl'), title='Tập huấn kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp',
        fixed=dict(start=dt.datetime(2026, 12, 2, 8), days=2, style='range', auds=['CT', 'PCT'], dl=dt.date(2026, 11, 27), seats=80, status='Đã hủy', mode='', place='Hội trường LĐLĐ tỉnh Thanh Hóa, phường Hạc Thành', note='Hoãn, chuyển sang 16-17/12/2026.'))
special('Thanh Hóa', topic='TL', org=('LĐLĐ tỉnh Thanh Hóa', 'lddl'), title='Tập huấn kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp',
        fixed=dict(start=dt.datetime(2026, 12, 16, 8), days=2, style='range', auds=['CT', 'PCT'], dl=dt.date(2026, 12, 10), seats=80, status='Mở đăng ký', mode='', place='Trường Chính trị tỉnh Thanh Hóa', note='Lớp thay cho lớp ngày 2/12 đã hủy.'))
# same title in several provinces
for pv, d, org in [('Lạng Sơn', dt.datetime(2026, 12, 10, 8), ('LĐLĐ tỉnh Lạng Sơn', 'lddl')),
                   ('Cao Bằng', dt.datetime(2026, 12, 14, 8), ('LĐLĐ tỉnh Cao Bằng', 'lddl')),
                   ('Quảng Ninh', dt.datetime(2027, 1, 12, 8), ('LĐLĐ tỉnh Quảng Ninh', 'lddl')),
                   ('Sơn La', dt.datetime(2026, 11, 27, 8), ('LĐLĐ tỉnh Sơn La', 'lddl')),
                   ('Hưng Yên', dt.datetime(2027, 2, 24, 8), ('LĐLĐ tỉnh Hưng Yên', 'lddl'))]:
    special(pv, topic='PL', org=org, title='Tập huấn Luật Công đoàn năm 2024 và văn bản hướng dẫn',
            fixed=dict(start=d, days=1, style='plain', auds=['CT', 'PCT', 'UVBCH'], dl=(d - dt.timedelta(days=5)).date(), seats=150, status='Mở đăng ký', mode='Kết hợp (trực tiếp và trực tuyến)', place=P[pv]['hall'][0] + ' và các điểm cầu trực tuyến'))
# same topic, several organisers in Bắc Ninh (ATVSLĐ)
special('Bắc Ninh', topic='AT', org=('LĐLĐ tỉnh Bắc Ninh', 'lddl'), title='Huấn luyện an toàn, vệ sinh lao động năm 2026',
        fixed=dict(start=dt.datetime(2026, 12, 3, 8), days=2, style='tu', auds=['ATVSV', 'DVNLD'], dl=dt.date(2026, 11, 28), seats=100, status='Mở đăng ký', mode='', place='Nhà văn hóa lao động tỉnh, phường Kinh Bắc'))
special('Bắc Ninh', topic='AT', org=('Công đoàn các KCN tỉnh Bắc Ninh', 'kcn'), title='Huấn luyện an toàn, vệ sinh lao động năm 2026',
        fixed=dict(start=dt.datetime(2026, 12, 11, 13, 30), days=1, style='time', auds=['ATVSV'], dl=dt.date(2026, 12, 7), seats=200, status='', mode='', place='Nhà văn hóa công nhân KCN Quang Châu (huyện Việt Yên cũ)'))
special('Bắc Ninh', topic='AT', org=('CĐCS Cty TNHH Samsung Electronics Việt Nam', 'dn'), title='Huấn luyện ATVSLĐ cho công nhân mới (lớp 2)',
        fixed=dict(start=dt.datetime(2026, 12, 19, 8), days=1, style='plain', auds=['DVNLD'], dl=None, seats=300, status='Mở đăng ký', mode='', place='Phòng đào tạo Cty TNHH Samsung Electronics Việt Nam (KCN Yên Phong)'))
# online Hà Nội + women's class special
special('Hà Nội', topic='NC', org=('LĐLĐ TP Hà Nội', 'lddl'), title='Tập huấn trực tuyến công tác nữ công năm 2026',
        fixed=dict(start=dt.datetime(2026, 12, 4, 14, 0), days=1, style='time', auds=['NUCONG', 'UVBCH'], dl=dt.date(2026, 12, 2), seats=500, status='Mở đăng ký', mode='Trực tuyến', place='Trực tuyến qua Zoom'))
# Tuyên Quang (Hà Giang side) class
special('Tuyên Quang', topic='PTDV', org=('CĐ phường Hà Giang 1', 'xa'), title='Kỹ năng phát triển đoàn viên khu vực biên giới',
        fixed=dict(start=dt.datetime(2026, 12, 9, 8), days=2, style='range2', auds=['CAPTREN', 'CT'], dl=dt.date(2026, 12, 4), seats=60, status='Mở đăng ký', mode='', place='Hội trường phường Hà Giang 1 (TP Hà Giang cũ)'))

def gen_special(pv, kw):
    f = kw['fixed']
    c = dict(prov=pv, topic=kw['topic'], auds=f['auds'], org=kw['org'][0], otype=kw['org'][1], title=kw['title'],
             mode=f['mode'], place=f['place'], partner=f.get('partner', ''), note=f.get('note', ''), planned=False)
    c['mode_key'] = 'online' if f['mode'] == 'Trực tuyến' else ('hybrid' if f['mode'].startswith('Kết hợp') else 'direct')
    start = f['start']; days = f['days']
    end = start.date() + dt.timedelta(days=days - 1)
    sc, ec, dc = date_cell(start.date(), end, days, f['style'])
    if f['style'] == 'time':
        sc = fmt(start.date()) + ' %02d:%02d' % (start.hour, start.minute)
        ec = fmt(end) + ' 17:00'
    c.update(start_cell=sc, end_cell=ec, days_cell=dc, start=start, end=end, sdate=start.date(), days=days)
    dl = f['dl']
    c['deadline'] = dl; c['dl_cell'] = fmt(dl) if dl else ''
    c['deadline_dt'] = dt.datetime.combine(dl, dt.time(23, 59)) if dl else None
    c['seats'] = f['seats']; c['seats_cell'] = str(f['seats'])
    c['status'] = f['status']
    c['status_key'] = {'Đã hủy': 'cancelled', 'Đã kết thúc': 'finished'}.get(f['status'], 'open')
    return c

def build():
    for pv, n in NCLASS.items():
        for i in range(n):
            COURSES.append(gen_class(pv, i))
    for pv, kw in SPECIAL:
        COURSES.append(gen_special(pv, kw))
    # codes: per province, numbered by start order within year
    byp = {}
    for c in COURSES:
        byp.setdefault(c['prov'], []).append(c)
    for pv, lst in byp.items():
        lst.sort(key=lambda c: (c['start'], c['title']))
        cnt = {}
        for c in lst:
            y = c['start'].year
            cnt[y] = cnt.get(y, 0) + 1
            c['code'] = P[pv]['codef'](cnt[y], y)
    # office words for topic / audience
    for c in COURSES:
        cells = TOPIC_CELL[c['topic']]
        c['topic_cell'] = R.choice(cells[:2] + cells)
        txts = []
        auds = c['auds']
        if set(['CT', 'PCT']) <= set(auds) and R.random() < .5:
            txts.append(R.choice(['Chủ tịch và P.Chủ tịch CĐCS', 'CT, PCT CĐCS', 'Chủ tịch, Phó Chủ tịch công đoàn cơ sở']))
            rest = [a for a in auds if a not in ('CT', 'PCT')]
        else:
            rest = auds
        for a in rest:
            txts.append(R.choice(AUD_TEXT[a]))
        sep = '; ' if any(',' in t for t in txts) else R.choice(['; ', ', ', '; ', ' + '])
        c['aud_cell'] = sep.join(txts)
        if c['days'] and not c['days_cell'] and not c['planned'] and R.random() < .25:
            c['days_cell'] = str(c['days'])

COLS = ['Mã lớp', 'Tên lớp', 'Chủ đề', 'Đối tượng', 'Đơn vị tổ chức', 'Đơn vị phối hợp', 'Tỉnh/Thành phố', 'Địa điểm',
        'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc', 'Hạn đăng ký', 'Số ngày', 'Số chỗ', 'Trạng thái', 'Ghi chú']

PROV_CELL = {'Thanh Hóa': ['Thanh Hóa', 'Thanh Hoá'], 'Hà Nội': ['Hà Nội', 'TP Hà Nội'], 'Hải Phòng': ['Hải Phòng', 'TP Hải Phòng']}

def write():
    rows = sorted(COURSES, key=lambda c: (list(NCLASS).index(c['prov']), c['start'], c['code']))
    with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f)
        w.writerow(COLS)
        for c in rows:
            w.writerow([c['code'], c['title'], c['topic_cell'], c['aud_cell'], c['org'], c['partner'],
                        R.choice(PROV_CELL.get(c['prov'], [c['prov']])), c['place'], c['mode'], c['start_cell'],
                        c['end_cell'], c['dl_cell'], c['days_cell'], c['seats_cell'], c['status'], c['note']])
    facets = {}
    for c in COURSES:
        facets[c['code']] = dict(prov=c['prov'], topic=c['topic'], auds=c['auds'], otype=c['otype'], org=c['org'],
                                 title=c['title'])
    with open(os.path.join(OUT, 'method', 'facets.json'), 'w', encoding='utf-8') as f:
        json.dump(facets, f, ensure_ascii=False, indent=0)

# ---------------------------------------------------------------- targets
TARGETS = []
def T(code, unit, year, content, aud, val, uom, done='', asof='', note=''):
    TARGETS.append(dict(code=code, unit=unit, year=year, content=content, aud=aud, val=val, uom=uom, done=done, asof=asof, note=note))

T('CT-HN-2025-CTCS', 'LĐLĐ TP Hà Nội', '2025', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS', 'Chủ tịch CĐCS', '4.200', 'học viên', '4.356', '31/12/2025', 'Vượt kế hoạch')
T('CT-HN-2026-CTCS', 'LĐLĐ TP Hà Nội', '2026', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS', 'Chủ tịch CĐCS', '4.500', 'học viên', '3.912', '15/11/2026')
T('CT-HN-2026-ATVSLD', 'LĐLĐ TP Hà Nội', '2026', 'Huấn luyện ATVSLĐ', 'Đoàn viên, người lao động', '3.000', 'học viên', '2.745', '15/11/2026')
T('CT-HN-2027-CTCS', 'LĐLĐ TP Hà Nội', '2027', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS', 'Chủ tịch CĐCS', '4.600', 'học viên')
T('HP-CT26-01', 'LĐLĐ thành phố Hải Phòng', '2026', 'Tập huấn cán bộ CĐCS sau hợp nhất', '', '2.800', 'lượt cán bộ', '2.214', '31/10/2026')
T('HP-CT25-01', 'LĐLĐ thành phố Hải Phòng', '2025', 'Tập huấn cán bộ CĐCS', '', '2.500', 'lượt cán bộ', '2.630', '31/12/2025')
T('HP-CT27-01', 'LĐLĐ thành phố Hải Phòng', '2027', 'Tập huấn cán bộ CĐCS', '', '3.000', 'lượt cán bộ')
T('HP-CT26-02', 'CĐ các KCN Hải Phòng', '2026', 'Lớp ATVSLĐ cho công nhân KCN', '', '24', 'lớp', '19', '31/10/2026')
T('QN-CT-2026-A', 'LĐLĐ tỉnh Quảng Ninh', '2026', 'Bồi dưỡng nghiệp vụ cán bộ CĐ không chuyên trách', 'Cán bộ công đoàn không chuyên trách', '85', '%', '71,5', '30/10/2026')
T('QN-CT-2025-A', 'LĐLĐ tỉnh Quảng Ninh', '2025', 'Bồi dưỡng nghiệp vụ cán bộ CĐ không chuyên trách', 'Cán bộ công đoàn không chuyên trách', '80', '%', '82,3', '31/12/2025')
T('QN-CT-2026-B', 'CĐ Than - Khoáng sản Việt Nam (TKV) khu vực Quảng Ninh', '2026', 'Huấn luyện ATVSLĐ cho an toàn vệ sinh viên', '', '1.650', 'người', '1.402', '31/10/2026')
T('BN-CT-2026', 'LĐLĐ tỉnh Bắc Ninh', '2026', 'Tập huấn cán bộ CĐCS khu vực doanh nghiệp', 'Chủ tịch CĐCS', '1.900', 'học viên', '1.275', '15/11/2026')
T('BN-CT-2027', 'LĐLĐ tỉnh Bắc Ninh', '2027', 'Tập huấn cán bộ CĐCS khu vực doanh nghiệp', 'Chủ tịch CĐCS', '2.100', 'học viên')
T('BN-CT-2025', 'LĐLĐ tỉnh Bắc Ninh', '2025', 'Tập huấn cán bộ CĐCS khu vực doanh nghiệp', 'Chủ tịch CĐCS', '1.200', 'học viên', '1.188', '31/12/2025', 'Chỉ tiêu của Bắc Ninh cũ, chưa hợp nhất')
T('BN-KCN-2026', 'Công đoàn các KCN tỉnh Bắc Ninh', '2026', 'Phát triển đoàn viên mới tại DN KCN', '', '6.000', 'đoàn viên', '4.870', '31/10/2026')
T('HY-2026-NV', 'LĐLĐ tỉnh Hưng Yên', '2026', 'Lớp bồi dưỡng nghiệp vụ công tác CĐ', '', '36', 'lớp', '29', '15/11/2026')
T('HY-2027-NV', 'LĐLĐ tỉnh Hưng Yên', '2027', 'Lớp bồi dưỡng nghiệp vụ công tác CĐ', '', '40', 'lớp')
T('HY-2026-NC', 'LĐLĐ tỉnh Hưng Yên', '2026', 'Tập huấn cán bộ nữ công', '', '650', 'người', '702', '15/11/2026', 'Đã vượt')
T('NB-CT26-CBCD', 'LĐLĐ tỉnh Ninh Bình', '2026', 'Tập huấn nghiệp vụ cho cán bộ CĐCS', '', '5.400', 'học viên', '4.118', '31/10/2026')
T('NB-CT25-CBCD', 'LĐLĐ tỉnh Ninh Bình', '2025', 'Tập huấn nghiệp vụ cho cán bộ CĐCS (3 tỉnh cũ cộng lại)', '', '5.100', 'học viên', '5.233', '31/12/2025')
T('NB-CT27-CBCD', 'LĐLĐ tỉnh Ninh Bình', '2027', 'Tập huấn nghiệp vụ cho cán bộ CĐCS', '', '5.500', 'học viên')
T('PT-2026-01', 'LĐLĐ tỉnh Phú Thọ', '2026', 'Bồi dưỡng Chủ tịch, PCT CĐCS', 'Chủ tịch CĐCS', '2.350', 'người', '1.987', '15/11/2026')
T('PT-2027-01', 'LĐLĐ tỉnh Phú Thọ', '2027', 'Bồi dưỡng Chủ tịch, PCT CĐCS', 'Chủ tịch CĐCS', '2.400', 'người')
T('PT-2026-02', 'CĐ các KCN Phú Thọ', '2026', 'Tập huấn pháp luật lao động cho CNLĐ', 'Đoàn viên, người lao động', '3.500', 'lượt người', '3.620', '31/10/2026')
T('TNG-CT-2026', 'LĐLĐ tỉnh Thái Nguyên', '2026', 'Tập huấn nghiệp vụ công tác công đoàn', '', '3.200', 'học viên', '2.566', '31/10/2026')
T('TNG-CT-2025', 'LĐLĐ tỉnh Thái Nguyên', '2025', 'Tập huấn nghiệp vụ công tác công đoàn', '', '3.000', 'học viên', '2.874', '31/12/2025')
T('TQ-CT-2026', 'LĐLĐ tỉnh Tuyên Quang', '2026', 'Bồi dưỡng cán bộ CĐCS', '', '2.600', 'người', '2.190', '15/11/2026')
T('TQ-CT-2027', 'LĐLĐ tỉnh Tuyên Quang', '2027', 'Bồi dưỡng cán bộ CĐCS', '', '2.700', 'người')
T('LCA-CT-2026', 'LĐLĐ tỉnh Lào Cai', '2026', 'Tập huấn cán bộ CĐ các cấp', '', '48', 'lớp', '41', '15/11/2026')
T('LCA-CT-2025', 'LĐLĐ tỉnh Lào Cai', '2025', 'Tập huấn cán bộ CĐ các cấp', '', '45', 'lớp', '45', '31/12/2025')
T('LSN-CT-2026', 'LĐLĐ tỉnh Lạng Sơn', '2026', 'Bồi dưỡng CBCĐ không chuyên trách', 'Cán bộ công đoàn không chuyên trách', '75', '%', '68,4', '31/10/2026')
T('LSN-CT-2027', 'LĐLĐ tỉnh Lạng Sơn', '2027', 'Bồi dưỡng CBCĐ không chuyên trách', 'Cán bộ công đoàn không chuyên trách', '80', '%')
T('LSN-GV-2026', 'LĐLĐ tỉnh Lạng Sơn', '2026', 'Bồi dưỡng giảng viên kiêm chức', 'Giảng viên kiêm chức', '30', 'người', '25', '31/10/2026')
T('CBG-CT-2026', 'LĐLĐ tỉnh Cao Bằng', '2026', 'Tập huấn nghiệp vụ cho cán bộ CĐCS', '', '1.100', 'học viên', '934', '15/11/2026')
T('CBG-CT-2025', 'LĐLĐ tỉnh Cao Bằng', '2025', 'Tập huấn nghiệp vụ cho cán bộ CĐCS', '', '1.050', 'học viên', '1.061', '31/12/2025')
T('SLA-CT-2026', 'LĐLĐ tỉnh Sơn La', '2026', 'Tập huấn cán bộ CĐCS', '', '1.500', 'học viên', '1.146', '31/10/2026')
T('SLA-CT-2027', 'LĐLĐ tỉnh Sơn La', '2027', 'Tập huấn cán bộ CĐCS', '', '1.600', 'học viên')
T('DBN-CT-2026', 'LĐLĐ tỉnh Điện Biên', '2026', 'Bồi dưỡng nghiệp vụ cán bộ CĐ', '', '950', 'học viên', '812', '15/11/2026')
T('LAICHAU-CT-2026', 'LĐLĐ tỉnh Lai Châu', '2026', 'Bồi dưỡng nghiệp vụ cán bộ CĐ', '', '720', 'học viên', '655', '15/11/2026')
T('LAICHAU-CT-2025', 'LĐLĐ tỉnh Lai Châu', '2025', 'Bồi dưỡng nghiệp vụ cán bộ CĐ', '', '700', 'học viên', '688', '31/12/2025')
T('TH-CT-2026-01', 'LĐLĐ tỉnh Thanh Hóa', '2026', 'Tập huấn Chủ tịch CĐCS', 'Chủ tịch CĐCS', '3.800', 'học viên', '3.105', '15/11/2026')
T('TH-CT-2026-02', 'LĐLĐ tỉnh Thanh Hóa', '2026', 'Huấn luyện ATVSLĐ', 'Đoàn viên, người lao động', '5.000', 'lượt người', '5.320', '15/11/2026', 'Vượt chỉ tiêu')
T('TH-CT-2027-01', 'LĐLĐ tỉnh Thanh Hóa', '2027', 'Tập huấn Chủ tịch CĐCS', 'Chủ tịch CĐCS', '4.000', 'học viên')
T('TH-CT-2025-01', 'LĐLĐ tỉnh Thanh Hóa', '2025', 'Tập huấn Chủ tịch CĐCS', 'Chủ tịch CĐCS', '3.600', 'học viên', '3.712', '31/12/2025')
T('TH-KKT-2026', 'CĐ KKT Nghi Sơn và các KCN Thanh Hóa', '2026', 'Tập huấn thương lượng tập thể', 'Chủ tịch CĐCS', '150', 'người', '96', '31/10/2026')
T('NAN-CT-2026', 'LĐLĐ tỉnh Nghệ An', '2026', 'Tập huấn cán bộ CĐCS', '', '4.100', 'học viên', '3.560', '15/11/2026')
T('HN-GD-2026', 'CĐ ngành Giáo dục Hà Nội', '2026', 'Bồi dưỡng Chủ tịch CĐCS trường học', 'Chủ tịch CĐCS', '1.250', 'người', '1.003', '31/10/2026')
T('HN-GD-2027', 'CĐ ngành Giáo dục Hà Nội', '2027', 'Bồi dưỡng Chủ tịch CĐCS trường học', 'Chủ tịch CĐCS', '1.300', 'người')
T('LC-KKT-2026', 'CĐ KKT tỉnh Lào Cai', '2026', 'Kết nạp đoàn viên mới', '', '1.200', 'đoàn viên', '845', '31/10/2026')
T('HN-2026-2027-CHUYEN', 'LĐLĐ TP Hà Nội', '2026-2027', 'Chuẩn hóa cán bộ CĐ chuyên trách (LLCT, QLNN)', 'Cán bộ công đoàn chuyên trách', '100', '%', '86,5', '15/11/2026')

def write_targets():
    with open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, delimiter=';')
        w.writerow(['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú'])
        for t in TARGETS:
            w.writerow([t['code'], t['unit'], t['year'], t['content'], t['aud'], t['val'], t['uom'], t['done'], t['asof'], t['note']])

if __name__ == '__main__':
    build()
    write()
    write_targets()
    print(len(COURSES), 'classes;', len(set(c['prov'] for c in COURSES)), 'provinces;', len(TARGETS), 'targets;',
          len(set(t['unit'] for t in TARGETS)), 'target units')
