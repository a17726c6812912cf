# -*- coding: utf-8 -*-
"""Builds the course plan (courses.csv) and targets (targets.csv) for blind set 29.

Everything is deterministic (fixed seed).  Each course is kept as a structured record
(`COURSES`) so that question expectations can be computed from the same facts that are
written into the CSV in office style.
"""
import random, datetime as dt, csv, io, os

TODAY = dt.datetime(2026, 11, 23, 9, 0)
R = random.Random(2911)
D = dt.date

# ---------------------------------------------------------------- topics
TOPICS = {
 'nv': (['Nghiệp vụ công tác công đoàn', 'Nghiệp vụ CĐ', 'nghiệp vụ công đoàn'],
        ['Tập huấn nghiệp vụ công tác công đoàn', 'Bồi dưỡng nghiệp vụ công đoàn cho cán bộ CĐCS',
         'Tập huấn kỹ năng hoạt động công đoàn cơ sở', 'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS mới bầu']),
 'tl': (['Đối thoại, thương lượng tập thể', 'Thương lượng tập thể', 'Đối thoại, TLTT'],
        ['Tập huấn kỹ năng đối thoại, thương lượng tập thể', 'Kỹ năng đàm phán, thương lượng thỏa ước lao động tập thể',
         'Tập huấn tổ chức đối thoại tại nơi làm việc']),
 'at': (['ATVSLĐ', 'An toàn, vệ sinh lao động', 'An toàn vệ sinh lao động'],
        ['Huấn luyện an toàn, vệ sinh lao động', 'Tập huấn ATVSLĐ cho mạng lưới an toàn, vệ sinh viên',
         'Huấn luyện ATVSLĐ và phòng chống cháy nổ']),
 'pl': (['Pháp luật lao động, tư vấn pháp luật', 'Pháp luật lao động', 'Tư vấn pháp luật'],
        ['Tập huấn Bộ luật Lao động và chính sách mới', 'Phổ biến pháp luật lao động, BHXH cho đoàn viên',
         'Kỹ năng tư vấn pháp luật cho cán bộ công đoàn']),
 'tc': (['Giải quyết tranh chấp lao động', 'Tranh chấp lao động'],
        ['Tập huấn kỹ năng giải quyết tranh chấp lao động, ngừng việc tập thể',
         'Phòng ngừa, giải quyết tranh chấp lao động tập thể']),
 'nc': (['Công tác nữ công, bình đẳng giới', 'Nữ công', 'Nữ công - bình đẳng giới'],
        ['Tập huấn công tác nữ công', 'Bồi dưỡng nghiệp vụ nữ công, bình đẳng giới',
         'Tập huấn kỹ năng cho Ban nữ công quần chúng']),
 'tcd': (['Tài chính công đoàn', 'Tài chính CĐ'],
         ['Tập huấn nghiệp vụ tài chính công đoàn', 'Hướng dẫn quyết toán tài chính CĐCS năm 2026',
          'Tập huấn phần mềm kế toán công đoàn cơ sở']),
 'kt': (['Công tác kiểm tra công đoàn', 'Kiểm tra', 'UBKT'],
        ['Tập huấn nghiệp vụ công tác kiểm tra, giám sát', 'Bồi dưỡng nghiệp vụ cho Ủy viên UBKT công đoàn']),
 'tg': (['Tuyên truyền, tuyên giáo', 'Tuyên giáo'],
        ['Tập huấn kỹ năng tuyên truyền trên mạng xã hội', 'Bồi dưỡng công tác tuyên giáo công đoàn']),
 'pt': (['Phát triển đoàn viên, thành lập CĐCS', 'Phát triển đoàn viên'],
        ['Tập huấn kỹ năng vận động phát triển đoàn viên, thành lập CĐCS',
         'Kỹ năng tiếp cận, vận động người lao động khu vực ngoài nhà nước']),
 'cds': (['Tin học, chuyển đổi số', 'Chuyển đổi số', 'CĐS'],
         ['Tập huấn chuyển đổi số trong hoạt động công đoàn', 'Hướng dẫn sử dụng phần mềm quản lý đoàn viên',
          'Ứng dụng trí tuệ nhân tạo (AI) trong công tác công đoàn']),
 'gv': (['Kỹ năng giảng dạy cho giảng viên', 'Giảng viên kiêm chức'],
        ['Bồi dưỡng giảng viên kiêm chức công đoàn', 'Tập huấn phương pháp giảng dạy tích cực cho giảng viên kiêm chức']),
 'vt': (['Văn thư, lưu trữ'],
        ['Tập huấn công tác văn thư, lưu trữ và soạn thảo văn bản công đoàn']),
 'll': (['Quản lý nhà nước, lý luận chính trị', 'Lý luận chính trị'],
        ['Bồi dưỡng lý luận chính trị cho cán bộ công đoàn chuyên trách',
         'Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên']),
}
AUD = {  # key -> text variants
 'ct': ['Chủ tịch CĐCS'], 'ctpct': ['Chủ tịch, PCT CĐCS', 'Chủ tịch và P.Chủ tịch công đoàn cơ sở', 'CT, PCT CĐCS'],
 'bch': ['Ủy viên BCH CĐCS', 'Ủy viên Ban chấp hành công đoàn cơ sở'],
 'ctr': ['Cán bộ công đoàn chuyên trách', 'Cán bộ CĐ chuyên trách'],
 'kct': ['Cán bộ công đoàn không chuyên trách', 'Cán bộ CĐ không chuyên trách'],
 'gv': ['Giảng viên kiêm chức'], 'ctcs': ['Cán bộ công đoàn cấp trên cơ sở'],
 'ubkt': ['Ủy viên UBKT', 'Ủy viên ủy ban kiểm tra CĐCS'],
 'dv': ['Đoàn viên, người lao động', 'Đoàn viên, NLĐ'],
 'nc': ['Trưởng, phó ban nữ công CĐCS'], 'kt': ['Kế toán, thủ quỹ CĐCS'], 'atv': ['An toàn vệ sinh viên'],
}
TOPIC_AUD = {'nv': ['ctpct', 'bch', 'ct', 'kct'], 'tl': ['ctpct', 'bch', 'ct'], 'at': ['atv', 'dv', 'bch'],
             'pl': ['dv', 'kct', 'bch'], 'tc': ['ctpct', 'ctcs'], 'nc': ['nc', 'bch'], 'tcd': ['kt', 'ct'],
             'kt': ['ubkt'], 'tg': ['bch', 'kct'], 'pt': ['ctcs', 'ctpct'], 'cds': ['bch', 'ctr', 'kct'],
             'gv': ['gv'], 'vt': ['ctr', 'kct'], 'll': ['ctr']}

# ---------------------------------------------------------------- places
# venue: (text, ward/commune, former province or None if the core of the current province)
PROV = {
 'Cần Thơ': {'alias': ['TP Cần Thơ', 'Cần Thơ', 'TP. Cần Thơ'], 'venues': [
    ('Hội trường LĐLĐ thành phố, 36 Trần Hưng Đạo, phường Ninh Kiều', 'Ninh Kiều', 'Cần Thơ'),
    ('Nhà Văn hóa Lao động Cần Thơ, phường Cái Khế', 'Cái Khế', 'Cần Thơ'),
    ('Trung tâm Hội nghị phường Sóc Trăng (Sóc Trăng cũ)', 'Sóc Trăng', 'Sóc Trăng'),
    ('Hội trường Công đoàn phường Phú Lợi (TP Sóc Trăng cũ)', 'Phú Lợi', 'Sóc Trăng'),
    ('Nhà văn hóa phường Vị Thanh (Hậu Giang cũ)', 'Vị Thanh', 'Hậu Giang'),
    ('Hội trường UBND phường Ngã Bảy (Hậu Giang cũ)', 'Ngã Bảy', 'Hậu Giang'),
    ('Nhà văn hóa Công nhân KCN Trà Nóc, phường Thới An Đông', 'Thới An Đông', 'Cần Thơ'),
    ('Hội trường UBND phường Cái Răng', 'Cái Răng', 'Cần Thơ')]},
 'An Giang': {'alias': ['An Giang'], 'venues': [
    ('Hội trường LĐLĐ tỉnh, phường Long Xuyên', 'Long Xuyên', 'An Giang'),
    ('Nhà Văn hóa Lao động phường Rạch Giá (Kiên Giang cũ)', 'Rạch Giá', 'Kiên Giang'),
    ('Trung tâm Văn hóa phường Châu Đốc', 'Châu Đốc', 'An Giang'),
    ('Hội trường đặc khu Phú Quốc (Kiên Giang cũ)', 'Phú Quốc', 'Kiên Giang'),
    ('Hội trường UBND phường Hà Tiên (Kiên Giang cũ)', 'Hà Tiên', 'Kiên Giang'),
    ('Hội trường phường Bình Đức', 'Bình Đức', 'An Giang')]},
 'Đồng Tháp': {'alias': ['Đồng Tháp'], 'venues': [
    ('Hội trường LĐLĐ tỉnh, phường Cao Lãnh', 'Cao Lãnh', 'Đồng Tháp'),
    ('Nhà Văn hóa Lao động phường Mỹ Tho (Tiền Giang cũ)', 'Mỹ Tho', 'Tiền Giang'),
    ('Hội trường Công đoàn phường Sa Đéc', 'Sa Đéc', 'Đồng Tháp'),
    ('Hội trường phường Gò Công (Tiền Giang cũ)', 'Gò Công', 'Tiền Giang'),
    ('Hội trường UBND phường Cai Lậy (Tiền Giang cũ)', 'Cai Lậy', 'Tiền Giang'),
    ('Nhà văn hóa công nhân KCN Tân Hương, xã Tân Hương (Tiền Giang cũ)', 'Tân Hương', 'Tiền Giang')]},
 'Vĩnh Long': {'alias': ['Vĩnh Long'], 'venues': [
    ('Hội trường LĐLĐ tỉnh, phường Long Châu', 'Long Châu', 'Vĩnh Long'),
    ('Nhà Văn hóa Lao động phường Bến Tre (Bến Tre cũ)', 'Bến Tre', 'Bến Tre'),
    ('Hội trường phường Phú Khương (Bến Tre cũ)', 'Phú Khương', 'Bến Tre'),
    ('Nhà Văn hóa Lao động phường Trà Vinh (Trà Vinh cũ)', 'Trà Vinh', 'Trà Vinh'),
    ('Hội trường phường Nguyệt Hóa (Trà Vinh cũ)', 'Nguyệt Hóa', 'Trà Vinh'),
    ('Nhà văn hóa công nhân KCN Hòa Phú, xã Long Hồ', 'Long Hồ', 'Vĩnh Long')]},
 'Cà Mau': {'alias': ['Cà Mau'], 'venues': [
    ('Hội trường LĐLĐ tỉnh, phường An Xuyên', 'An Xuyên', 'Cà Mau'),
    ('Nhà Văn hóa Lao động phường Bạc Liêu (Bạc Liêu cũ)', 'Bạc Liêu', 'Bạc Liêu'),
    ('Hội trường phường Giá Rai (Bạc Liêu cũ)', 'Giá Rai', 'Bạc Liêu'),
    ('Hội trường phường Tân Thành', 'Tân Thành', 'Cà Mau'),
    ('Hội trường phường Vĩnh Trạch (Bạc Liêu cũ)', 'Vĩnh Trạch', 'Bạc Liêu')]},
 'Tây Ninh': {'alias': ['Tây Ninh'], 'venues': [
    ('Hội trường LĐLĐ tỉnh, phường Tân An (Long An cũ)', 'Tân An', 'Long An'),
    ('Nhà Văn hóa Lao động phường Tân Ninh', 'Tân Ninh', 'Tây Ninh'),
    ('Hội trường xã Đức Hòa (Long An cũ)', 'Đức Hòa', 'Long An'),
    ('Nhà văn hóa công nhân xã Bến Lức (Long An cũ)', 'Bến Lức', 'Long An'),
    ('Hội trường phường Trảng Bàng', 'Trảng Bàng', 'Tây Ninh'),
    ('Hội trường phường Khánh Hậu (Long An cũ)', 'Khánh Hậu', 'Long An')]},
 'Đồng Nai': {'alias': ['Đồng Nai'], 'venues': [
    ('Hội trường LĐLĐ tỉnh, phường Trấn Biên', 'Trấn Biên', 'Đồng Nai'),
    ('Nhà Văn hóa Công nhân phường Long Bình', 'Long Bình', 'Đồng Nai'),
    ('Hội trường phường Bình Phước (Bình Phước cũ)', 'Bình Phước', 'Bình Phước'),
    ('Nhà Văn hóa Lao động phường Đồng Xoài (Bình Phước cũ)', 'Đồng Xoài', 'Bình Phước'),
    ('Hội trường xã Nhơn Trạch', 'Nhơn Trạch', 'Đồng Nai'),
    ('Hội trường xã Long Thành', 'Long Thành', 'Đồng Nai')]},
 'Hồ Chí Minh': {'alias': ['TP Hồ Chí Minh', 'TP.HCM', 'TP HCM', 'Hồ Chí Minh'], 'venues': [
    ('Cung Văn hóa Lao động TP, 55B Nguyễn Thị Minh Khai, phường Bến Thành', 'Bến Thành', 'Hồ Chí Minh'),
    ('Trường Cán bộ Công đoàn TP, phường Sài Gòn', 'Sài Gòn', 'Hồ Chí Minh'),
    ('Nhà văn hóa công nhân KCX Tân Thuận, phường Tân Thuận', 'Tân Thuận', 'Hồ Chí Minh'),
    ('Hội trường phường Thủ Dầu Một (Bình Dương cũ)', 'Thủ Dầu Một', 'Bình Dương'),
    ('Nhà Văn hóa Lao động phường Dĩ An (Bình Dương cũ)', 'Dĩ An', 'Bình Dương'),
    ('Hội trường phường Vũng Tàu (Bà Rịa - Vũng Tàu cũ)', 'Vũng Tàu', 'Bà Rịa - Vũng Tàu'),
    ('Hội trường phường Bà Rịa (BR-VT cũ)', 'Bà Rịa', 'Bà Rịa - Vũng Tàu'),
    ('Nhà văn hóa phường Linh Xuân (gần KCX Linh Trung)', 'Linh Xuân', 'Hồ Chí Minh'),
    ('Hội trường phường Thuận An (Bình Dương cũ)', 'Thuận An', 'Bình Dương')]},
}
PROV_ORDER = ['Cần Thơ', 'An Giang', 'Đồng Tháp', 'Vĩnh Long', 'Cà Mau', 'Tây Ninh', 'Đồng Nai', 'Hồ Chí Minh']

# ---------------------------------------------------------------- organisers
# (id, name as written, province, kind, venue indices, topics, n classes, code prefix)
ORGS = [
 ('ldld_ct', 'LĐLĐ TP Cần Thơ', 'Cần Thơ', 'tinh', [0, 1, 2, 4, 7], ['nv', 'tl', 'at', 'pl', 'tc', 'nc', 'tcd', 'kt', 'tg', 'pt', 'cds', 'gv', 'll'], 22, 'CT'),
 ('kcn_ct', 'Công đoàn các KCN Cần Thơ', 'Cần Thơ', 'kcn', [6], ['at', 'tl', 'pl', 'nv', 'pt'], 8, 'KCNCT'),
 ('gd_ct', 'CĐ ngành Giáo dục TP Cần Thơ', 'Cần Thơ', 'nganh', [0, 1, 2], ['nv', 'nc', 'tcd', 'cds', 'kt'], 6, 'GDCT'),
 ('p_soctrang', 'Công đoàn phường Sóc Trăng', 'Cần Thơ', 'xa', [2], ['nv', 'pl', 'at', 'nc'], 4, 'PST'),
 ('p_ninhkieu', 'CĐ phường Ninh Kiều', 'Cần Thơ', 'xa', [0], ['nv', 'pl', 'cds'], 3, 'PNK'),
 ('p_vithanh', 'Công đoàn phường Vị Thanh', 'Cần Thơ', 'xa', [4], ['nv', 'at', 'pl'], 3, 'PVT'),
 ('bv_ct', 'Công đoàn Bệnh viện Đa khoa TP Cần Thơ', 'Cần Thơ', 'bv', [1], ['at', 'nc', 'nv'], 3, 'BVCT'),
 ('ldld_ag', 'Liên đoàn Lao động tỉnh An Giang', 'An Giang', 'tinh', [0, 1, 2, 3, 5], ['nv', 'tl', 'at', 'pl', 'tc', 'nc', 'tcd', 'kt', 'tg', 'pt', 'cds', 'vt'], 20, 'AG'),
 ('gd_ag', 'CĐ ngành Giáo dục An Giang', 'An Giang', 'nganh', [0, 1], ['nv', 'nc', 'cds', 'tcd'], 5, 'GDAG'),
 ('p_rachgia', 'Công đoàn phường Rạch Giá', 'An Giang', 'xa', [1], ['nv', 'pl', 'at'], 4, 'PRG'),
 ('dk_phuquoc', 'Công đoàn đặc khu Phú Quốc', 'An Giang', 'xa', [3], ['nv', 'pl', 'tl'], 3, 'PQ'),
 ('dn_ag', 'CĐCS Công ty CP Xuất nhập khẩu Thủy sản An Giang', 'An Giang', 'dn', [0], ['at', 'pl'], 2, 'AGF'),
 ('ldld_dt', 'LĐLĐ tỉnh Đồng Tháp', 'Đồng Tháp', 'tinh', [0, 1, 2, 3, 4], ['nv', 'tl', 'at', 'pl', 'tc', 'nc', 'tcd', 'kt', 'tg', 'pt', 'cds', 'll'], 20, 'DT'),
 ('kcn_tg', 'CĐ các KCN Đồng Tháp', 'Đồng Tháp', 'kcn', [5], ['at', 'tl', 'pt', 'pl'], 6, 'KCNDT'),
 ('p_mytho', 'Công đoàn phường Mỹ Tho', 'Đồng Tháp', 'xa', [1], ['nv', 'pl', 'nc'], 4, 'PMT'),
 ('dn_vh', 'CĐ Cty CP Vĩnh Hoàn', 'Đồng Tháp', 'dn', [0], ['at', 'nc'], 2, 'VHC'),
 ('ldld_vl', 'LĐLĐ Vĩnh Long', 'Vĩnh Long', 'tinh', [0, 1, 2, 3, 4], ['nv', 'tl', 'at', 'pl', 'tc', 'nc', 'tcd', 'kt', 'tg', 'pt', 'cds', 'gv'], 20, 'VL'),
 ('cdvc_vl', 'Công đoàn Viên chức tỉnh Vĩnh Long', 'Vĩnh Long', 'nganh', [0, 3], ['nv', 'cds', 'vt', 'll'], 5, 'VCVL'),
 ('p_bentre', 'CĐ phường Bến Tre', 'Vĩnh Long', 'xa', [1], ['nv', 'pl', 'at'], 4, 'PBT'),
 ('kcn_vl', 'Công đoàn các KCN tỉnh Vĩnh Long', 'Vĩnh Long', 'kcn', [5], ['at', 'tl', 'pl'], 5, 'KCNVL'),
 ('tr_tv', 'Công đoàn Trường Đại học Trà Vinh', 'Vĩnh Long', 'truong', [3], ['nv', 'nc', 'cds'], 3, 'DHTV'),
 ('ldld_cm', 'LĐLĐ tỉnh Cà Mau', 'Cà Mau', 'tinh', [0, 1, 2, 3, 4], ['nv', 'tl', 'at', 'pl', 'tc', 'nc', 'tcd', 'kt', 'tg', 'pt', 'cds'], 20, 'CM'),
 ('p_baclieu', 'Công đoàn phường Bạc Liêu', 'Cà Mau', 'xa', [1], ['nv', 'pl', 'nc'], 4, 'PBL'),
 ('dn_mp', 'CĐCS Công ty CP Tập đoàn Thủy sản Minh Phú', 'Cà Mau', 'dn', [3], ['at', 'pl', 'nc'], 3, 'MPC'),
 ('yt_cm', 'Công đoàn ngành Y tế Cà Mau', 'Cà Mau', 'nganh', [0, 1], ['nv', 'at', 'nc'], 4, 'YTCM'),
 ('ldld_tn', 'LĐLĐ tỉnh Tây Ninh', 'Tây Ninh', 'tinh', [0, 1, 2, 3, 4], ['nv', 'tl', 'at', 'pl', 'tc', 'nc', 'tcd', 'kt', 'tg', 'pt', 'cds', 'gv'], 20, 'TN'),
 ('kcn_tn', 'Công đoàn các KCN Tây Ninh', 'Tây Ninh', 'kcn', [3, 2, 4], ['at', 'tl', 'pt', 'tc', 'pl'], 8, 'KCNTN'),
 ('x_duchoa', 'CĐ xã Đức Hòa', 'Tây Ninh', 'xa', [2], ['nv', 'pl', 'at'], 3, 'XDH'),
 ('ldld_dn', 'LĐLĐ tỉnh Đồng Nai', 'Đồng Nai', 'tinh', [0, 1, 2, 3, 4, 5], ['nv', 'tl', 'at', 'pl', 'tc', 'nc', 'tcd', 'kt', 'tg', 'pt', 'cds', 'll'], 22, 'DN'),
 ('kcn_dn', 'Công đoàn các KCN Đồng Nai', 'Đồng Nai', 'kcn', [1, 4, 5], ['at', 'tl', 'tc', 'pt', 'pl'], 8, 'KCNDN'),
 ('yt_dn', 'Công đoàn ngành Y tế Đồng Nai', 'Đồng Nai', 'nganh', [0], ['nv', 'at', 'nc'], 4, 'YTDN'),
 ('p_dongxoai', 'Công đoàn phường Đồng Xoài', 'Đồng Nai', 'xa', [3], ['nv', 'pl', 'at'], 3, 'PDX'),
 ('dn_cs', 'CĐCS Cty TNHH Changshin Việt Nam', 'Đồng Nai', 'dn', [4], ['at', 'pl', 'tl'], 3, 'CSV'),
 ('ldld_hcm', 'LĐLĐ TP.HCM', 'Hồ Chí Minh', 'tinh', [0, 1, 3, 4, 5, 6], ['nv', 'tl', 'at', 'pl', 'tc', 'nc', 'tcd', 'kt', 'tg', 'pt', 'cds', 'gv', 'vt', 'll'], 26, 'HCM'),
 ('kcx_tt', 'Công đoàn KCX Tân Thuận', 'Hồ Chí Minh', 'kcn', [2], ['at', 'tl', 'pl', 'pt'], 6, 'KCXTT'),
 ('kcn_bd', 'CĐ các KCN Bình Dương', 'Hồ Chí Minh', 'kcn', [3, 4, 8], ['at', 'tl', 'tc', 'pt', 'pl'], 8, 'KCNBD'),
 ('gd_hcm', 'Công đoàn Giáo dục TP.HCM', 'Hồ Chí Minh', 'nganh', [0, 1], ['nv', 'nc', 'cds', 'tcd', 'kt'], 6, 'GDHCM'),
 ('p_vungtau', 'CĐ phường Vũng Tàu', 'Hồ Chí Minh', 'xa', [5], ['nv', 'pl', 'at'], 4, 'PVTAU'),
 ('p_thuduc', 'Công đoàn phường Linh Xuân', 'Hồ Chí Minh', 'xa', [7], ['nv', 'pl', 'pt'], 3, 'PLX'),
 ('bv_cr', 'Công đoàn Bệnh viện Chợ Rẫy', 'Hồ Chí Minh', 'bv', [0], ['at', 'nc', 'nv'], 3, 'BVCR'),
 ('dn_pyv', 'CĐCS Công ty TNHH PouYuen Việt Nam', 'Hồ Chí Minh', 'dn', [1], ['at', 'pl', 'tl', 'nc'], 4, 'PYV'),
 ('tr_cdhcm', 'Trường Cán bộ Công đoàn TP.HCM', 'Hồ Chí Minh', 'truong', [1], ['gv', 'nv', 'll', 'vt'], 5, 'TCB'),
]
ORG_BY_ID = {o[0]: o for o in ORGS}

# ---------------------------------------------------------------- helpers
WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']
WD_S = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']


def dmy(d):
    return d.strftime('%d/%m/%Y')


def excel_serial(d):
    return (d - D(1899, 12, 30)).days


def fmt_start(d, hour, minute, style, end=None):
    """Office-style start cell.  Returns (cell, end_consumed)."""
    hm = '%02d:%02d' % (hour, minute)
    if style == 'range' and end and end != d:
        if end.month == d.month and end.year == d.year:
            return '%d-%d/%d/%d' % (d.day, end.day, d.month, d.year), True
        if end.year == d.year:
            return '%02d/%d - %02d/%d/%d' % (d.day, d.month, end.day, end.month, d.year), True
    if hour != 8 or minute != 0:
        if style in ('hn', 'range'):
            return '%dh%02d ngày %d/%d/%d' % (hour, minute, d.day, d.month, d.year), False
        return '%s %s' % (dmy(d), hm), False
    if style == 'plain':
        return dmy(d), False
    if style == 'short':
        return '%d/%d/%d' % (d.day, d.month, d.year), False
    if style == 'iso':
        return d.isoformat(), False
    if style == 'isots':
        return d.isoformat() + ' 00:00:00', False
    if style == 'wd':
        return '%s, %s' % (WD[d.weekday()], dmy(d)), False
    if style == 'wds':
        return '%s %s' % (WD_S[d.weekday()], dmy(d)), False
    if style == 'sang':
        return 'Sáng %s' % dmy(d), False
    if style == 'serial':
        return str(excel_serial(d)), False
    if style == 'hm':
        return '%s 08:00' % dmy(d), False
    if style == 'hn':
        return '8h00 ngày %d/%d/%d' % (d.day, d.month, d.year), False
    return dmy(d), False


def daterange(a, b):
    return (b - a).days


# ---------------------------------------------------------------- build courses
COURSES = []


def rand_date(lo, hi):
    return lo + dt.timedelta(days=R.randint(0, (hi - lo).days))


def build():
    seq = {}
    for (oid, oname, prov, kind, vidx, topics, n, pfx) in ORGS:
        venues = PROV[prov]['venues']
        # topic sequence: cycle through shuffled topics so each org covers its pool
        tp = topics[:]
        R.shuffle(tp)
        tl = [tp[i % len(tp)] for i in range(n)]
        used_titles = {}
        for i in range(n):
            t = tl[i]
            tvars, titles = TOPICS[t]
            title = titles[R.randrange(len(titles))]
            key = (title,)
            used_titles[key] = used_titles.get(key, 0) + 1
            v = venues[vidx[i % len(vidx)]]
            # category
            x = R.random()
            if x < 0.13:
                cat = 'past'
            elif x < 0.18:
                cat = 'cancel'
            elif x < 0.24:
                cat = 'postpone'
            elif x < 0.32:
                cat = 'plan'
            else:
                cat = 'up'
            COURSES.append(dict(org=oid, org_name=oname, prov=prov, kind=kind, topic=t,
                                title=title, venue=v[0], ward=v[1], old=v[2], cat=cat, pfx=pfx))


build()

# assign dates etc.
R2 = random.Random(77)
for i, c in enumerate(COURSES):
    cat = c['cat']
    days = R2.choice([1, 1, 2, 2, 2, 3, 3, 5])
    if c['topic'] == 'll':
        days = R2.choice([5, 7, 10])
    hour, minute = 8, 0
    c['evening'] = False
    if cat in ('up', 'postpone') and R2.random() < 0.10 and days <= 3:
        hour, minute = R2.choice([(18, 0), (18, 30), (19, 0)])
        c['evening'] = True
    if cat == 'past':
        s = rand_date(D(2026, 8, 10), D(2026, 11, 14))
    elif cat == 'cancel':
        s = rand_date(D(2026, 10, 1), D(2027, 3, 31))
    elif cat == 'postpone':
        s = rand_date(D(2026, 11, 10), D(2027, 2, 28))
    else:
        s = rand_date(D(2026, 11, 25), D(2027, 6, 30))
    wk = R2.random()
    if cat in ('up',) and wk < 0.15:
        # weekend class
        while s.weekday() != 5:
            s += dt.timedelta(days=1)
        c['weekend'] = True
    else:
        # weekdays only unless random lands on weekend (shift to Monday)
        while s.weekday() >= 5:
            s += dt.timedelta(days=1)
        c['weekend'] = False
    if c['weekend']:
        # two Saturdays or Sat+Sun
        if days >= 2:
            days = 2
            e = s + dt.timedelta(days=R2.choice([1, 7]))
        else:
            e = s
    else:
        e = s + dt.timedelta(days=days - 1)
        while e.weekday() >= 5:
            e += dt.timedelta(days=1)
    c['start'] = s
    c['end'] = e
    c['days'] = days
    c['hour'], c['minute'] = hour, minute

# make sure nothing is in progress around today
for c in COURSES:
    if c['cat'] == 'up' and c['start'] < D(2026, 11, 25):
        c['start'] = D(2026, 11, 25) + dt.timedelta(days=(c['start'].day % 5))
        while c['start'].weekday() >= 5:
            c['start'] += dt.timedelta(days=1)
        c['end'] = c['start'] + dt.timedelta(days=c['days'] - 1)
    if c['cat'] == 'past' and c['end'] >= D(2026, 11, 20):
        c['start'] -= dt.timedelta(days=10)
        c['end'] -= dt.timedelta(days=10)

# ---------------------------------------------------------------- handcrafted classes (batches, look-alikes ...)
def H(org, topic, title, vi, s, days, cat='up', hour=8, minute=0, mode=None, weekend=False, end=None, **kw):
    o = ORG_BY_ID[org]
    v = PROV[o[2]]['venues'][vi]
    e = end or (s + dt.timedelta(days=days - 1))
    c = dict(org=org, org_name=o[1], prov=o[2], kind=o[3], topic=topic, title=title, venue=v[0], ward=v[1],
             old=v[2], cat=cat, pfx=o[7], start=s, end=e, days=days, hour=hour, minute=minute,
             evening=hour >= 17, weekend=weekend or s.weekday() >= 5, hand=True)
    if mode:
        c['mode'] = mode
    c.update(kw)
    COURSES.append(c)
    return c

HAND = [
 # batches of the same course (LĐLĐ Cần Thơ)
 H('ldld_ct', 'nv', 'Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS (đợt 1)', 0, D(2026, 12, 8), 2, aud=['ct'], code='CT-NV27-D1'),
 H('ldld_ct', 'nv', 'Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS (đợt 2)', 2, D(2027, 3, 16), 2, aud=['ct'], code='CT-NV27-D2'),
 # look-alike: same title, other organiser / other place
 H('ldld_ag', 'tl', 'Tập huấn kỹ năng thương lượng tập thể đợt 1/2027', 1, D(2027, 1, 12), 2, aud=['ctpct'], code='AG-TL27-D1'),
 H('ldld_ag', 'tl', 'Tập huấn kỹ năng thương lượng tập thể đợt 2/2027', 0, D(2027, 5, 11), 2, aud=['ctpct'], code='AG-TL27-D2'),
 # evening classes for workers in industrial zones
 H('kcn_bd', 'pl', 'Lớp buổi tối: Pháp luật lao động cho công nhân KCN VSIP', 3, D(2026, 12, 2), 1, hour=18, minute=30, aud=['dv'], code='KCNBD-PL-TOI01'),
 H('kcn_bd', 'pl', 'Lớp buổi tối: Pháp luật lao động cho công nhân KCN Mỹ Phước', 8, D(2027, 1, 6), 1, hour=18, minute=30, aud=['dv'], code='KCNBD-PL-TOI02'),
 H('kcx_tt', 'at', 'Huấn luyện ATVSLĐ buổi tối cho công nhân ca ngày', 2, D(2026, 12, 10), 2, hour=18, minute=0, aud=['dv', 'atv'], code='KCXTT-AT-TOI', seats_text='80', seats=80),
 # weekend, two Saturdays
 H('ldld_dn', 'tcd', 'Tập huấn tài chính công đoàn (học 2 ngày thứ Bảy)', 0, D(2026, 12, 5), 2, end=D(2026, 12, 12), aud=['kt', 'ct'], code='DN-TCD-T7', note='Học 2 thứ Bảy 05/12 và 12/12/2026'),
 H('ldld_cm', 'nv', 'Tập huấn nghiệp vụ công đoàn cuối tuần cho CĐCS khu vực ngoài nhà nước', 1, D(2026, 12, 19), 2, end=D(2026, 12, 20), aud=['ctpct', 'bch'], code='CM-NV-CUOITUAN'),
 # online
 H('ldld_hcm', 'cds', 'Tập huấn trực tuyến: Ứng dụng phần mềm quản lý đoàn viên trên điện thoại', 0, D(2026, 11, 30), 1, mode='online', venue_override='Trực tuyến qua Zoom (link gửi qua Zalo nhóm)', aud=['bch', 'kct'], code='HCM-CDS-ONL01', seats=500, seats_text='500'),
 H('ldld_vl', 'pl', 'Tập huấn trực tuyến pháp luật lao động cho CĐCS doanh nghiệp', 0, D(2026, 12, 15), 1, mode='online', venue_override='Zoom', aud=['ctpct', 'bch'], code='VL-PL-ONL', seats=300, seats_text='300 điểm cầu'),
 H('ldld_tn', 'tl', 'Đối thoại tại nơi làm việc - hình thức kết hợp', 0, D(2027, 1, 19), 2, mode='mixed', aud=['ctpct'], code='TN-TL-KH01'),
 # postponed with new date, and a re-postponed without a date
 H('ldld_dt', 'tcd', 'Tập huấn nghiệp vụ tài chính công đoàn năm 2026', 0, D(2026, 11, 18), 2, cat='postpone', new_date=D(2026, 12, 9), note='Hoãn sang 09/12/2026 do trùng lịch Đại hội', code='DT-TCD26-01'),
 H('ldld_hcm', 'tc', 'Tập huấn kỹ năng giải quyết tranh chấp lao động cho cán bộ CĐ cấp trên cơ sở', 1, D(2026, 12, 1), 3, cat='postpone', new_date=None, note='Tạm hoãn, lịch mới sẽ thông báo sau', aud=['ctcs'], code='HCM-TC26-HOAN'),
 H('ldld_cm', 'kt', 'Bồi dưỡng nghiệp vụ kiểm tra cho Ủy viên UBKT CĐCS', 1, D(2026, 12, 3), 2, cat='postpone', new_date=D(2027, 1, 14), note='Lùi lịch đến 14/01/2027', aud=['ubkt'], code='CM-KT27-LUI'),
 # cancelled
 H('ldld_ag', 'vt', 'Tập huấn văn thư, lưu trữ cho CĐCS (Kiên Giang cũ)', 1, D(2026, 12, 4), 1, cat='cancel', note='Hủy lớp do không đủ học viên đăng ký', code='AG-VT26-HUY'),
 # finished last month (asked about explicitly)
 H('ldld_vl', 'nv', 'Tập huấn nghiệp vụ công đoàn cho Chủ tịch CĐCS mới (Trà Vinh cũ)', 3, D(2026, 10, 20), 2, cat='past', aud=['ct'], code='VL-NV26-TV'),
 # deadline already passed although the class is upcoming
 H('ldld_tn', 'at', 'Huấn luyện an toàn, vệ sinh lao động nhóm 4 (Long An cũ)', 0, D(2026, 12, 1), 2, aud=['atv', 'dv'], deadline=D(2026, 11, 20), code='TN-AT26-N4'),
 H('ldld_ct', 'pt', 'Tập huấn phát triển đoàn viên khu vực ngoài nhà nước (Hậu Giang cũ)', 4, D(2026, 11, 27), 2, aud=['ctcs'], deadline=D(2026, 11, 21), code='CT-PT26-HG'),
 # Phú Lợi (Cần Thơ) vs Phú Lợi ... (look-alike place); Sóc Trăng commune class
 H('p_soctrang', 'at', 'Tập huấn ATVSLĐ cho CĐCS trên địa bàn phường', 3, D(2026, 12, 16), 1, aud=['bch', 'atv'], code='PST-AT-PL'),
 # giảng viên kiêm chức (Trường CB CĐ)
 H('tr_cdhcm', 'gv', 'Bồi dưỡng giảng viên kiêm chức công đoàn khu vực phía Nam', 1, D(2027, 2, 23), 5, aud=['gv'], code='TCB-GV27-01', seats=45, seats_text='45'),
 # range of seats / capacity forms
 H('kcn_dn', 'at', 'Huấn luyện ATVSLĐ cho người làm công tác ATVSLĐ (2 lớp)', 1, D(2026, 12, 14), 2, aud=['atv'], code='KCNDN-AT-2L', seats=100, seats_text='100 (2 lớp)'),
 # quarter / month plans
 H('ldld_hcm', 'll', 'Bồi dưỡng lý luận chính trị cho cán bộ công đoàn chuyên trách', 1, D(2027, 1, 1), 1, cat='plan', plan='Quý I/2027', aud=['ctr'], code='HCM-LL27-Q1'),
 H('ldld_ct', 'gv', 'Bồi dưỡng giảng viên kiêm chức', 0, D(2026, 12, 1), 1, cat='plan', plan='Tháng 12/2026', aud=['gv'], code='CT-GV26-T12'),
]

# ---------------------------------------------------------------- fill remaining attributes
TABBR = {'nv': 'NV', 'tl': 'TL', 'at': 'AT', 'pl': 'PL', 'tc': 'TC', 'nc': 'NC', 'tcd': 'TCD', 'kt': 'KT', 'tg': 'TG',
         'pt': 'PT', 'cds': 'CDS', 'gv': 'GV', 'vt': 'VT', 'll': 'LL'}
R3 = random.Random(4242)
_codes = set(c['code'] for c in COURSES if 'code' in c)
_cnt = {}
ROMAN = ['I', 'II', 'III', 'IV']
for c in COURSES:
    hand = c.get('hand')
    t = c['topic']
    if 'code' not in c:
        yy = c['start'].year % 100
        k = (c['pfx'], t, yy)
        while True:
            _cnt[k] = _cnt.get(k, 0) + 1
            code = '%s-%s%d-%02d' % (c['pfx'], TABBR[t], yy, _cnt[k])
            if code not in _codes:
                break
        c['code'] = code
        _codes.add(code)
    # audience
    if 'aud' not in c:
        pool = TOPIC_AUD[t]
        k = 1 if R3.random() < 0.6 else 2
        c['aud'] = R3.sample(pool, min(k, len(pool)))
        if c['kind'] == 'kcn' and t in ('at', 'pl') and 'dv' not in c['aud']:
            c['aud'] = c['aud'][:1] + ['dv']
    c['aud_text'] = ', '.join(R3.choice(AUD[a]) for a in c['aud']) if len(c['aud']) > 1 else R3.choice(AUD[c['aud'][0]])
    if len(c['aud']) > 1 and R3.random() < 0.4:
        c['aud_text'] = '; '.join(R3.choice(AUD[a]) for a in c['aud'])
    c['topic_text'] = R3.choice(TOPICS[t][0])
    if c['topic_text'] == 'CĐS' and 'chuyển đổi số' not in c['title'].lower():
        c['topic_text'] = 'Chuyển đổi số'
    if c['topic_text'] == 'UBKT' and 'kiểm tra' not in c['title'].lower():
        c['topic_text'] = 'Kiểm tra'
    # mode
    if 'mode' not in c:
        x = R3.random()
        c['mode'] = 'online' if (x < 0.12 and not hand) else ('mixed' if x < 0.19 and not hand else 'offline')
        if c['evening'] and c['mode'] == 'mixed':
            c['mode'] = 'offline'
    if c['mode'] == 'online':
        c['venue'] = c.get('venue_override') or R3.choice(['Trực tuyến', 'Trực tuyến qua Zoom', 'Zoom', 'Google Meet'])
        c['ward'] = None
        if c['old'] and c['old'] not in c['org_name'] and not (c['old'] == 'Bình Dương' and 'Bình Dương' in c['org_name']):
            c['old'] = None  # the CSV row says nothing about the place of an online class
        c['mode_cell'] = R3.choice(['Trực tuyến', 'trực tuyến', 'TRỰC TUYẾN', ''])
    elif c['mode'] == 'mixed':
        c['venue'] = c['venue'] + ' và trực tuyến qua Zoom'
        c['mode_cell'] = R3.choice(['Kết hợp', 'Trực tiếp + trực tuyến', 'Kết hợp (trực tiếp và trực tuyến)'])
    else:
        c['mode_cell'] = R3.choice(['Tập trung', 'Tập trung (trực tiếp)', 'tập trung', ''])
    # seats
    if 'seats' not in c:
        n = R3.choice([30, 35, 40, 45, 50, 60, 60, 70, 80, 100, 120, 150])
        form = R3.random()
        if form < 0.55:
            st = str(n)
        elif form < 0.7:
            st = '%d người' % n
        elif form < 0.8:
            st = 'khoảng %d học viên' % n
        elif form < 0.9:
            st = '%d-%d' % (n - 10, n)
        else:
            st = '%d/lớp' % n
        c['seats'], c['seats_text'] = n, st
    # plan period
    cat = c['cat']
    if cat == 'plan':
        if 'plan' not in c:
            s = c['start']
            form = R3.random()
            if form < 0.3:
                c['plan'] = 'Tháng %d/%d' % (s.month, s.year)
            elif form < 0.45:
                c['plan'] = 'T%d/%d' % (s.month, s.year)
            elif form < 0.6:
                c['plan'] = 'tháng %d năm %d' % (s.month, s.year)
            elif form < 0.85:
                q = (s.month - 1) // 3
                c['plan'] = R3.choice(['Quý %s/%d', 'Q%s/%d']) % (ROMAN[q] if R3.random() < 0.7 else q + 1, s.year) if False else ('Quý %s/%d' % (ROMAN[q], s.year))
            else:
                c['plan'] = 'cuối tháng %d/%d' % (s.month, s.year)
        p = c['plan'].lower()
        import re
        m = re.search(r'(\d{1,2})/(\d{4})|(\d{1,2}) năm (\d{4})', p)
        if 'quý' in p:
            q = ROMAN.index(re.search(r'quý ([ivx]+)', p).group(1).upper())
            y = int(p[-4:])
            c['pstart'] = D(y, 3 * q + 1, 1)
            c['pend'] = (D(y + (q == 3), (3 * q + 3) % 12 + 1, 1) - dt.timedelta(days=1))
        else:
            mo, y = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
            c['pstart'] = D(y, mo, 1)
            c['pend'] = D(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
        c['status_cell'] = R3.choice(['Dự kiến', 'dự kiến', ''])
        c['status'] = 'plan'
    elif cat == 'past':
        c['status_cell'] = R3.choice(['Đã kết thúc', 'Đã kết thúc', 'đã kết thúc', 'Đã kết thúc', ''])
        c['status'] = 'done'
    elif cat == 'cancel':
        c['status_cell'] = R3.choice(['Đã hủy', 'Đã huỷ', 'đã hủy', 'ĐÃ HỦY'])
        c['status'] = 'cancel'
        c.setdefault('note', R3.choice(['Hủy do không đủ học viên', 'Hủy lớp, chuyển nội dung sang lớp khác',
                                         'Đơn vị xin hủy do kinh phí', 'Hủy theo Thông báo của BTV']))
    elif cat == 'postpone':
        c['status_cell'] = R3.choice(['Hoãn', 'Tạm hoãn', 'Đã hoãn', 'tạm hoãn'])
        c['status'] = 'postpone'
        if 'new_date' not in c:
            if R3.random() < 0.6:
                nd = c['start'] + dt.timedelta(days=R3.randint(20, 50))
                while nd.weekday() >= 5:
                    nd += dt.timedelta(days=1)
                c['new_date'] = nd
                c['note'] = R3.choice(['Hoãn sang %s', 'Lịch mới: %s', 'Lùi lịch đến %s do trùng lịch hội nghị',
                                       'Dời lịch sang %s theo đề nghị của các CĐCS']) % dmy(nd)
            else:
                c['new_date'] = None
                c['note'] = R3.choice(['Tạm hoãn, sẽ thông báo sau', 'Hoãn, thời gian học sẽ thông báo sau'])
    else:
        c['status'] = 'open'
        c['status_cell'] = R3.choice(['Mở đăng ký', 'Mở đăng ký', 'mở đăng ký', 'Mo dang ky', 'MỞ ĐĂNG KÝ', ''])
    # deadline
    if 'deadline' not in c:
        if cat in ('up', 'postpone', 'cancel', 'past') and R3.random() < 0.8:
            dl = c['start'] - dt.timedelta(days=R3.randint(2, 10))
            c['deadline'] = dl
        else:
            c['deadline'] = None
    # effective start for ordering
    if c['status'] == 'plan':
        c['eff'] = c['pstart']
    elif c['status'] == 'postpone':
        c['eff'] = c.get('new_date')
    else:
        c['eff'] = c['start']

# ---------------------------------------------------------------- status helpers
def dt_start(c):
    return dt.datetime(c['start'].year, c['start'].month, c['start'].day, c['hour'], c['minute'])


def is_upcoming(c):
    """Class not yet started (and not cancelled / finished)."""
    if c['status'] in ('cancel', 'done'):
        return False
    if c['status'] == 'plan':
        return c['pend'] >= TODAY.date()
    if c['status'] == 'postpone':
        return c.get('new_date') is None or c['new_date'] > TODAY.date()
    return dt_start(c) > TODAY


def reg_open(c):
    if c['status'] == 'open':
        if dt_start(c) <= TODAY:
            return False
        return c['deadline'] is None or c['deadline'] >= TODAY.date()
    if c['status'] == 'postpone' and c.get('new_date'):
        return c['new_date'] > TODAY.date() and (c['deadline'] is None or c['deadline'] >= TODAY.date())
    return False


def start_text(c):
    if c['status'] == 'plan':
        # as a reply would show it: «tháng 3/2027», «quý I/2027»
        if 'quý' in c['plan'].lower():
            return 'quý %s/%d' % (ROMAN[(c['pstart'].month - 1) // 3], c['pstart'].year)
        return 'tháng %d/%d' % (c['pstart'].month, c['pstart'].year)
    if c['status'] == 'postpone' and c.get('new_date'):
        return dmy(c['new_date'])
    return dmy(c['start'])

# ---------------------------------------------------------------- CSV (office style)
PROV_SECTION = {'Cần Thơ': 'THÀNH PHỐ CẦN THƠ (gồm Sóc Trăng, Hậu Giang cũ)', 'An Giang': 'TỈNH AN GIANG (gồm Kiên Giang cũ)',
                'Đồng Tháp': 'TỈNH ĐỒNG THÁP (gồm Tiền Giang cũ)', 'Vĩnh Long': 'TỈNH VĨNH LONG (gồm Bến Tre, Trà Vinh cũ)',
                'Cà Mau': 'TỈNH CÀ MAU (gồm Bạc Liêu cũ)', 'Tây Ninh': 'TỈNH TÂY NINH (gồm Long An cũ)',
                'Đồng Nai': 'TỈNH ĐỒNG NAI (gồm Bình Phước cũ)',
                'Hồ Chí Minh': 'THÀNH PHỐ HỒ CHÍ MINH (gồm Bình Dương, Bà Rịa - Vũng Tàu cũ)'}
ROMAN8 = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']
COOP = ['', '', '', 'Sở Nội vụ', 'Trường Cán bộ Công đoàn', 'Trung tâm Tư vấn pháp luật CĐ', 'Ban Quản lý các KCN',
        'Sở Y tế', 'Bảo hiểm xã hội tỉnh', 'Trung tâm Chính trị']
HEADER = ['STT', 'Mã lớp', 'Tên lớp học', 'Chuyên đề', 'Đối tượng tham gia', 'Đơn vị thực hiện', 'Đơn vị phối hợp',
          'Tỉnh/Thành phố', 'Địa điểm tổ chức', 'Hình thức', 'Ngày bắt đầu (dd/mm/yyyy)', 'Ngày kết thúc',
          'Hạn đăng ký', 'Số ngày', 'Số lượng', 'Trạng thái', 'Ghi chú']
START_STYLES = ['plain'] * 8 + ['short'] * 3 + ['hm'] * 2 + ['hn', 'iso', 'wd', 'wds', 'sang', 'range', 'range', 'isots', 'serial']


def course_rows():
    R4 = random.Random(99)
    rows = []
    order = sorted(COURSES, key=lambda c: (PROV_ORDER.index(c['prov']), [o[0] for o in ORGS].index(c['org']),
                                           c.get('pstart') or c['start']))
    n = 0
    for pi, prov in enumerate(PROV_ORDER):
        rows.append([ROMAN8[pi], '', PROV_SECTION[prov]] + [''] * (len(HEADER) - 3))
        first_prov_row = True
        for c in [c for c in order if c['prov'] == prov]:
            n += 1
            # province cell: blank for provincial LĐLĐ rows after the first (merged-looking)
            if c['kind'] == 'tinh' and not first_prov_row and R4.random() < 0.6:
                pc = ''
            else:
                pc = R4.choice(PROV[prov]['alias'])
            first_prov_row = False
            end_cell = ''
            if c['status'] == 'plan':
                sc = c['plan']
            else:
                style = R4.choice(START_STYLES)
                if c['evening']:
                    style = R4.choice(['plain', 'hn'])
                if c.get('end') and c['end'] != c['start'] and c['weekend'] and (c['end'] - c['start']).days > 1:
                    style = 'plain'  # two Saturdays: never a range
                sc, consumed = fmt_start(c['start'], c['hour'], c['minute'], style, c['end'])
                if not consumed and c['end'] != c['start']:
                    end_cell = R4.choice([dmy(c['end']), dmy(c['end']), dmy(c['end']) + ' 16:30', c['end'].isoformat()])
                elif not consumed and c['evening']:
                    end_cell = dmy(c['end']) + ' 21:00'
                elif not consumed and R4.random() < 0.3:
                    end_cell = dmy(c['end'])
            dl = ''
            if c['deadline']:
                dl = R4.choice([dmy(c['deadline'])] * 4 + [c['deadline'].isoformat(), '%s, %s' % (WD[c['deadline'].weekday()], dmy(c['deadline']))])
            days = ''
            if c['status'] != 'plan' and R4.random() < 0.75:
                days = R4.choice(['%d', '%d ngày', '%02d ngày']) % c['days']
            if c['status'] != 'plan' and (c['end'] - c['start']).days + 1 != c['days'] and not days:
                days = '%d ngày' % c['days']  # fewer study days than the calendar span: always say so
            if c['weekend'] and c['days'] == 2 and (c['end'] - c['start']).days > 1:
                days = '2 ngày'
            note = c.get('note', '')
            if not note and c['evening']:
                note = 'Học buổi tối từ %02dh%02d' % (c['hour'], c['minute'])
            elif not note and c['weekend'] and c['status'] == 'open':
                note = R4.choice(['Học vào thứ Bảy, Chủ nhật', 'Lớp cuối tuần', 'Học cuối tuần'])
                if (c['end'] - c['start']).days == 7:
                    note = 'Học 2 thứ Bảy liên tiếp'
            elif not note and c['mode'] == 'online':
                note = R4.choice(['Link học gửi qua Zalo', 'Học viên chuẩn bị máy tính/điện thoại có camera', ''])
            elif not note and c['status'] == 'open' and R4.random() < 0.25:
                note = R4.choice(['Mang theo CCCD', 'Đăng ký qua Ban Tổ chức', 'Đơn vị cử đúng thành phần',
                                  'Hỗ trợ tiền ăn trưa cho học viên', 'Ưu tiên CĐCS mới thành lập'])
            coop = R4.choice(COOP) if c['kind'] in ('tinh', 'kcn', 'nganh') else ''
            rows.append([str(n), c['code'], c['title'], c['topic_text'], c['aud_text'], c['org_name'], coop, pc,
                         c['venue'], c['mode_cell'], sc, end_cell, dl, days, c['seats_text'], c['status_cell'], note])
    total = sum(c['seats'] for c in COURSES)
    rows.append(['', '', 'Tổng cộng', '', '', '', '', '', '', '', '', '', '', '', str(total), '', '%d lớp' % len(COURSES)])
    return rows


TITLE = [
    ['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', '', '', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['BAN TỔ CHỨC', '', '', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc'],
    ['Số: 215/KH-BTC'],
    [''],
    ['KẾ HOẠCH'],
    ['Tổng hợp lịch đào tạo, bồi dưỡng cán bộ công đoàn các tỉnh, thành phố khu vực Đồng bằng sông Cửu Long và Đông Nam Bộ'],
    ['(từ tháng 8/2026 đến tháng 6/2027 - cập nhật ngày 20/11/2026)'],
    [''],
]
SIGN = [
    [''],
    ['Nơi nhận:', '', '', '', '', '', '', '', 'TM. BAN THƯỜNG VỤ'],
    ['- LĐLĐ các tỉnh, thành phố;', '', '', '', '', '', '', '', 'KT. CHỦ TỊCH'],
    ['- Lưu: VT, BTC.', '', '', '', '', '', '', '', 'PHÓ CHỦ TỊCH'],
    ['', '', '', '', '', '', '', '', '(đã ký)'],
]


def write_courses(path):
    with open(path, 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, delimiter=';', quoting=csv.QUOTE_MINIMAL, lineterminator='\r\n')
        for r in TITLE:
            w.writerow(r + [''] * (len(HEADER) - len(r)))
        w.writerow(HEADER)
        for r in course_rows():
            w.writerow(r)
        for r in SIGN:
            w.writerow(r + [''] * (len(HEADER) - len(r)))

# ---------------------------------------------------------------- targets
# (code, unit as written, unit id, year, content, audience, target, uom, achieved, as_of, note)
TARGETS = [
 ('CT26-CT-CTCDCS', 'LĐLĐ TP Cần Thơ', 'ldld_ct', '2026', 'Bồi dưỡng nghiệp vụ cho Chủ tịch, Phó Chủ tịch CĐCS', 'Chủ tịch CĐCS', '1.200', 'học viên', '845', '15/11/2026', ''),
 ('CT26-CT-CBCD', 'LĐLĐ TP Cần Thơ', 'ldld_ct', '2026', 'Tập huấn cán bộ công đoàn cơ sở', '', '3.500', 'lượt người', '2.916', '15/11/2026', 'Gồm cả Sóc Trăng, Hậu Giang cũ'),
 ('CT25-CT-CBCD', 'LĐLĐ TP Cần Thơ', 'ldld_ct', '2025', 'Tập huấn cán bộ công đoàn cơ sở', '', '3.200', 'lượt người', '3.415', '31/12/2025', 'Vượt kế hoạch'),
 ('AG26-CBCD', 'Liên đoàn Lao động tỉnh An Giang', 'ldld_ag', '2026', 'Bồi dưỡng nghiệp vụ cán bộ CĐCS', '', '2.800', 'học viên', '1.964', '31/10/2026', ''),
 ('AG26-LOP', 'Liên đoàn Lao động tỉnh An Giang', 'ldld_ag', '2026', 'Số lớp tập huấn', '', '45', 'lớp', '31', '31/10/2026', ''),
 ('AG25-CBCD', 'Liên đoàn Lao động tỉnh An Giang', 'ldld_ag', '2025', 'Bồi dưỡng nghiệp vụ cán bộ CĐCS', '', '2.500', 'học viên', '2.380', '31/12/2025', 'Đạt 95,2%'),
 ('DT26-CBCD', 'LĐLĐ tỉnh Đồng Tháp', 'ldld_dt', '2026', 'Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở', 'Ủy viên BCH công đoàn', '2.400', 'học viên', '2.105', '15/11/2026', ''),
 ('DT25-CBCD', 'LĐLĐ tỉnh Đồng Tháp', 'ldld_dt', '2025', 'Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở', 'Ủy viên BCH công đoàn', '2.000', 'học viên', '2.260', '31/12/2025', 'Vượt 13%'),
 ('VL26-CBCD', 'LĐLĐ Vĩnh Long', 'ldld_vl', '2026', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '3.000', 'học viên', '1.870', '31/10/2026', 'Sáp nhập 3 tỉnh, chỉ tiêu tăng'),
 ('VL26-CTCDCS', 'LĐLĐ Vĩnh Long', 'ldld_vl', '2026', 'Chủ tịch CĐCS được bồi dưỡng', 'Chủ tịch CĐCS', '90', '%', '72,5', '31/10/2026', ''),
 ('VL25-CBCD', 'LĐLĐ Vĩnh Long', 'ldld_vl', '2025', 'Bồi dưỡng cán bộ công đoàn cơ sở', '', '2.600', 'học viên', '2.415', '31/12/2025', 'Chưa đạt do sắp xếp tổ chức'),
 ('CM26-CBCD', 'LĐLĐ tỉnh Cà Mau', 'ldld_cm', '2026', 'Tập huấn nghiệp vụ công đoàn', '', '1.800', 'học viên', '1.522', '15/11/2026', ''),
 ('CM25-CBCD', 'LĐLĐ tỉnh Cà Mau', 'ldld_cm', '2025', 'Tập huấn nghiệp vụ công đoàn', '', '1.500', 'học viên', '1.530', '31/12/2025', 'Đạt 102%'),
 ('TN26-CBCD', 'LĐLĐ tỉnh Tây Ninh', 'ldld_tn', '2026', 'Bồi dưỡng cán bộ công đoàn các cấp', '', '2.200', 'học viên', '1.348', '31/10/2026', ''),
 ('TN26-LOP', 'LĐLĐ tỉnh Tây Ninh', 'ldld_tn', '2026', 'Số lớp tập huấn', '', '38', 'lớp', '24', '31/10/2026', ''),
 ('TN25-CBCD', 'LĐLĐ tỉnh Tây Ninh', 'ldld_tn', '2025', 'Bồi dưỡng cán bộ công đoàn các cấp', '', '1.900', 'học viên', '1.975', '31/12/2025', ''),
 ('DN26-CBCD', 'LĐLĐ tỉnh Đồng Nai', 'ldld_dn', '2026', 'Tập huấn cán bộ công đoàn cơ sở', '', '4.500', 'lượt người', '3.780', '15/11/2026', ''),
 ('DN25-CBCD', 'LĐLĐ tỉnh Đồng Nai', 'ldld_dn', '2025', 'Tập huấn cán bộ công đoàn cơ sở', '', '4.000', 'lượt người', '4.112', '31/12/2025', ''),
 ('HCM26-CBCD', 'LĐLĐ TP Hồ Chí Minh', 'ldld_hcm', '2026', 'Bồi dưỡng, tập huấn cán bộ công đoàn', '', '12.000', 'lượt người', '9.460', '15/11/2026', 'Gồm Bình Dương, Bà Rịa - Vũng Tàu cũ'),
 ('HCM26-CTCDCS', 'LĐLĐ TP Hồ Chí Minh', 'ldld_hcm', '2026', 'Bồi dưỡng Chủ tịch CĐCS mới', 'Chủ tịch CĐCS', '1.500', 'người', '1.126', '15/11/2026', ''),
 ('HCM25-CBCD', 'LĐLĐ TP Hồ Chí Minh', 'ldld_hcm', '2025', 'Bồi dưỡng, tập huấn cán bộ công đoàn', '', '10.000', 'lượt người', '10.845', '31/12/2025', ''),
 ('KCNCT26', 'Công đoàn các KCN Cần Thơ', 'kcn_ct', '2026', 'Tập huấn ATVSLĐ và pháp luật cho đoàn viên', 'Đoàn viên, người lao động', '600', 'người', '412', '15/11/2026', ''),
 ('KCNCT25', 'Công đoàn các KCN Cần Thơ', 'kcn_ct', '2025', 'Tập huấn ATVSLĐ và pháp luật cho đoàn viên', 'Đoàn viên, người lao động', '500', 'người', '538', '31/12/2025', ''),
 ('GDCT26', 'CĐ ngành Giáo dục TP Cần Thơ', 'gd_ct', '2026', 'Bồi dưỡng Chủ tịch CĐCS trường học', 'Chủ tịch CĐCS', '320', 'người', '198', '31/10/2026', ''),
 ('GDCT25', 'CĐ ngành Giáo dục TP Cần Thơ', 'gd_ct', '2025', 'Bồi dưỡng Chủ tịch CĐCS trường học', 'Chủ tịch CĐCS', '300', 'người', '300', '31/12/2025', 'Đạt 100%'),
 ('PST26', 'Công đoàn phường Sóc Trăng', 'p_soctrang', '2026', 'Tập huấn cán bộ CĐCS trên địa bàn phường', '', '150', 'học viên', '96', '15/11/2026', ''),
 ('PST25', 'Công đoàn phường Sóc Trăng', 'p_soctrang', '2025', 'Tập huấn cán bộ CĐCS trên địa bàn phường', '', '120', 'học viên', '88', '31/12/2025', 'Thành lập từ 01/7/2025, tính 6 tháng cuối năm'),
 ('KCXTT26', 'Công đoàn KCX Tân Thuận', 'kcx_tt', '2026', 'Tập huấn pháp luật, ATVSLĐ cho công nhân', 'Đoàn viên, người lao động', '2.000', 'người', '1.655', '15/11/2026', ''),
 ('KCXTT25', 'Công đoàn KCX Tân Thuận', 'kcx_tt', '2025', 'Tập huấn pháp luật, ATVSLĐ cho công nhân', 'Đoàn viên, người lao động', '1.800', 'người', '1.920', '31/12/2025', ''),
 ('KCNBD26', 'CĐ các KCN Bình Dương', 'kcn_bd', '2026', 'Bồi dưỡng cán bộ CĐCS doanh nghiệp', 'Ủy viên BCH công đoàn', '1.600', 'học viên', '1.210', '31/10/2026', ''),
 ('KCNBD25', 'CĐ các KCN Bình Dương', 'kcn_bd', '2025', 'Bồi dưỡng cán bộ CĐCS doanh nghiệp', 'Ủy viên BCH công đoàn', '1.400', 'học viên', '1.365', '31/12/2025', ''),
 ('YTDN26', 'Công đoàn ngành Y tế Đồng Nai', 'yt_dn', '2026', 'Tập huấn nghiệp vụ công đoàn cho CĐCS bệnh viện', '', '250', 'học viên', '250', '30/09/2026', 'Hoàn thành sớm'),
 ('YTDN25', 'Công đoàn ngành Y tế Đồng Nai', 'yt_dn', '2025', 'Tập huấn nghiệp vụ công đoàn cho CĐCS bệnh viện', '', '220', 'học viên', '205', '31/12/2025', ''),
 ('KCNTN26', 'Công đoàn các KCN Tây Ninh', 'kcn_tn', '2026', 'Tập huấn kỹ năng thương lượng tập thể', 'Chủ tịch CĐCS', '180', 'người', '102', '31/10/2026', ''),
 ('KCNTN25', 'Công đoàn các KCN Tây Ninh', 'kcn_tn', '2025', 'Tập huấn kỹ năng thương lượng tập thể', 'Chủ tịch CĐCS', '150', 'người', '161', '31/12/2025', ''),
 ('PBT26', 'CĐ phường Bến Tre', 'p_bentre', '2026', 'Tập huấn cán bộ CĐCS', '', '130', 'học viên', '74', '31/10/2026', ''),
 ('PBT25', 'CĐ phường Bến Tre', 'p_bentre', '2025', 'Tập huấn cán bộ CĐCS', '', '100', 'học viên', '100', '31/12/2025', ''),
 ('PRG26', 'Công đoàn phường Rạch Giá', 'p_rachgia', '2026', 'Bồi dưỡng nghiệp vụ cán bộ CĐCS', '', '140', 'học viên', '133', '15/11/2026', ''),
 ('PRG25', 'Công đoàn phường Rạch Giá', 'p_rachgia', '2025', 'Bồi dưỡng nghiệp vụ cán bộ CĐCS', '', '110', 'học viên', '97', '31/12/2025', ''),
 ('GDHCM26', 'Công đoàn Giáo dục TP.HCM', 'gd_hcm', '2026', 'Bồi dưỡng cán bộ công đoàn trường học', 'Ủy viên BCH công đoàn', '2.500', 'học viên', '2.040', '15/11/2026', ''),
 ('GDHCM25', 'Công đoàn Giáo dục TP.HCM', 'gd_hcm', '2025', 'Bồi dưỡng cán bộ công đoàn trường học', 'Ủy viên BCH công đoàn', '2.300', 'học viên', '2.318', '31/12/2025', ''),
 ('YTCM26', 'Công đoàn ngành Y tế Cà Mau', 'yt_cm', '2026', 'Tập huấn nghiệp vụ nữ công', 'Ủy viên BCH công đoàn', '160', 'người', '118', '31/10/2026', ''),
 ('YTCM25', 'Công đoàn ngành Y tế Cà Mau', 'yt_cm', '2025', 'Tập huấn nghiệp vụ nữ công', 'Ủy viên BCH công đoàn', '140', 'người', '146', '31/12/2025', ''),
]
T_HEADER = ['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']


def write_targets(path):
    with open(path, 'w', encoding='utf-8-sig', newline='') as f:
        w = csv.writer(f, delimiter=',', lineterminator='\r\n')
        w.writerow(T_HEADER)
        for t in TARGETS:
            w.writerow([t[0], t[1], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10]])
