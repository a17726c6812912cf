# Builds the course list (internal structure) for set 19.
import random, datetime as dt
from common import NOW, TODAY, fold, topic_of, aud_of, fmt

R = random.Random(1919)

# province -> dict(lead org variants, code prefix, venues [(venue, key, area)], other organisers)
# other organiser: (name, kind, venues[(venue,key,area)], code_style)
P = {}


def prov(name, prefix, lead, venues, others):
    P[name] = dict(name=name, prefix=prefix, lead=lead, venues=venues, others=others)


prov('Hà Nội', 'HN', ['LĐLĐ thành phố Hà Nội', 'Liên đoàn Lao động TP Hà Nội'], [
    ('Cung Văn hóa Lao động Hữu nghị Việt Xô, 91 Trần Hưng Đạo', 'Cung Văn hóa Lao động Hữu nghị Việt Xô', None),
    ('Hội trường Trường Trung cấp Công đoàn Hà Nội', 'Trường Trung cấp Công đoàn Hà Nội', None),
    ('Nhà văn hóa phường Sơn Tây (thị xã Sơn Tây cũ)', 'Nhà văn hóa phường Sơn Tây', 'Sơn Tây'),
    ('Hội trường UBND phường Hà Đông', 'UBND phường Hà Đông', 'Hà Đông'),
    ('Nhà văn hóa xã Mê Linh', 'Nhà văn hóa xã Mê Linh', 'Mê Linh'),
], [
    ('CĐ các KCN và Chế xuất Hà Nội', 'kcn', [('Nhà văn hóa công nhân KCN Thăng Long, xã Đông Anh', 'KCN Thăng Long', None)], 'HN-KCN'),
    ('CĐ phường Sơn Tây', 'ward', [('Hội trường phường Sơn Tây', 'Hội trường phường Sơn Tây', 'Sơn Tây')], 'HN-PST'),
    ('CĐ phường Hà Đông', 'ward', [('Nhà văn hóa tổ dân phố 5, phường Hà Đông', 'tổ dân phố 5, phường Hà Đông', 'Hà Đông')], 'HN-PHD'),
    ('CĐ xã Mê Linh', 'ward', [('Hội trường UBND xã Mê Linh', 'UBND xã Mê Linh', 'Mê Linh')], 'HN-XML'),
    ('CĐCS Công ty TNHH Canova Việt Nam', 'company', [('Phòng đào tạo Công ty Canova, KCN Thăng Long', 'Phòng đào tạo Công ty Canova', None)], 'CANOVA'),
    ('CĐCS Bệnh viện Đa khoa Hà Đông', 'school', [('Giảng đường Bệnh viện Đa khoa Hà Đông', 'Giảng đường Bệnh viện Đa khoa Hà Đông', 'Hà Đông')], 'BVHD'),
])
prov('Hải Phòng', 'HP', ['LĐLĐ thành phố Hải Phòng', 'Liên đoàn Lao động TP Hải Phòng'], [
    ('Cung Văn hóa Thanh niên Hải Phòng', 'Cung Văn hóa Thanh niên Hải Phòng', None),
    ('Hội trường LĐLĐ thành phố, số 2 Hoàng Văn Thụ', 'số 2 Hoàng Văn Thụ', None),
    ('Nhà văn hóa lao động phường Thành Đông (Hải Dương cũ)', 'Nhà văn hóa lao động phường Thành Đông', 'Hải Dương'),
    ('Hội trường phường Chu Văn An (Chí Linh, Hải Dương cũ)', 'Hội trường phường Chu Văn An', 'Hải Dương'),
], [
    ('CĐ các KCN Hải Phòng', 'kcn', [('Nhà văn hóa công nhân KCN VSIP Hải Phòng', 'KCN VSIP Hải Phòng', None),
                                  ('Trung tâm dịch vụ KCN Đình Vũ', 'Trung tâm dịch vụ KCN Đình Vũ', None)], 'HP-KCN'),
    ('CĐ phường Thành Đông', 'ward', [('Hội trường UBND phường Thành Đông', 'UBND phường Thành Đông', 'Hải Dương')], 'HP-PTD'),
    ('CĐCS Công ty TNHH Luxtron Hải Phòng', 'company', [('Nhà ăn ca 2 Công ty Luxtron, KCN Đình Vũ', 'Nhà ăn ca 2 Công ty Luxtron', None)], 'LUXTRON'),
])
prov('Quảng Ninh', 'QN', ['LĐLĐ tỉnh Quảng Ninh', 'Liên đoàn Lao động tỉnh Quảng Ninh'], [
    ('Cung Lao động tỉnh Quảng Ninh, phường Hạ Long', 'Cung Lao động tỉnh Quảng Ninh', None),
    ('Nhà văn hóa công nhân phường Cẩm Phả', 'Nhà văn hóa công nhân phường Cẩm Phả', None),
], [
    ('CĐ các KCN tỉnh Quảng Ninh', 'kcn', [('Nhà điều hành KCN Đông Mai', 'KCN Đông Mai', None)], 'QN-KCN'),
    ('CĐ phường Hạ Long', 'ward', [('Hội trường UBND phường Hạ Long', 'UBND phường Hạ Long', None)], 'QN-PHL'),
    ('CĐ đặc khu Vân Đồn', 'ward', [('Trung tâm chính trị đặc khu Vân Đồn', 'đặc khu Vân Đồn', None)], 'QN-VD'),
])
prov('Bắc Ninh', 'BN', ['LĐLĐ tỉnh Bắc Ninh', 'Liên đoàn Lao động tỉnh Bắc Ninh'], [
    ('Hội trường LĐLĐ tỉnh, phường Kinh Bắc', 'Hội trường LĐLĐ tỉnh, phường Kinh Bắc', None),
    ('Nhà văn hóa lao động phường Bắc Giang (Bắc Giang cũ)', 'Nhà văn hóa lao động phường Bắc Giang', 'Bắc Giang'),
], [
    ('CĐ các KCN tỉnh Bắc Ninh', 'kcn', [('Thiết chế công đoàn KCN Yên Phong', 'KCN Yên Phong', None),
                                     ('Nhà văn hóa công nhân KCN Quế Võ', 'KCN Quế Võ', None),
                                     ('Nhà văn hóa KCN Quang Châu (Bắc Giang cũ)', 'KCN Quang Châu', 'Bắc Giang')], 'BN-KCN'),
    ('CĐCS Công ty TNHH Điện tử Sambo Vina', 'company', [('Hội trường nhà máy Sambo Vina, KCN Yên Phong', 'nhà máy Sambo Vina', None)], 'SAMBO'),
    ('CĐCS Công ty TNHH Fuhon Precision Việt Nam', 'company', [('Nhà văn hóa công ty Fuhon, KCN Quang Châu', 'Nhà văn hóa công ty Fuhon', 'Bắc Giang')], 'FUHON'),
    ('CĐ xã Yên Phong', 'ward', [('Hội trường UBND xã Yên Phong', 'UBND xã Yên Phong', None)], 'BN-XYP'),
])
prov('Hưng Yên', 'HY', ['LĐLĐ tỉnh Hưng Yên', 'Liên đoàn Lao động tỉnh Hưng Yên'], [
    ('Hội trường LĐLĐ tỉnh, phường Phố Hiến', 'phường Phố Hiến', None),
    ('Nhà văn hóa lao động phường Trần Hưng Đạo (Thái Bình cũ)', 'Nhà văn hóa lao động phường Trần Hưng Đạo', 'Thái Bình'),
], [
    ('CĐ các KCN tỉnh Hưng Yên', 'kcn', [('Nhà văn hóa công nhân KCN Phố Nối A', 'KCN Phố Nối A', None)], 'HY-KCN'),
    ('CĐ phường Thái Bình', 'ward', [('Hội trường UBND phường Thái Bình', 'UBND phường Thái Bình', 'Thái Bình')], 'HY-PTB'),
])
prov('Ninh Bình', 'NB', ['LĐLĐ tỉnh Ninh Bình', 'Liên đoàn Lao động tỉnh Ninh Bình'], [
    ('Hội trường LĐLĐ tỉnh, phường Hoa Lư', 'phường Hoa Lư', None),
    ('Nhà văn hóa công nhân phường Nam Định (Nam Định cũ)', 'Nhà văn hóa công nhân phường Nam Định', 'Nam Định'),
    ('Hội trường phường Phủ Lý (Hà Nam cũ)', 'Hội trường phường Phủ Lý', 'Hà Nam'),
], [
    ('CĐ các KCN tỉnh Ninh Bình', 'kcn', [('Nhà văn hóa KCN Đồng Văn (Hà Nam cũ)', 'KCN Đồng Văn', 'Hà Nam'),
                                      ('Nhà điều hành KCN Hòa Xá (Nam Định cũ)', 'KCN Hòa Xá', 'Nam Định')], 'NB-KCN'),
    ('CĐ phường Nam Định', 'ward', [('Hội trường UBND phường Nam Định', 'UBND phường Nam Định', 'Nam Định')], 'NB-PND'),
])
prov('Phú Thọ', 'PT', ['LĐLĐ tỉnh Phú Thọ', 'Liên đoàn Lao động tỉnh Phú Thọ'], [
    ('Hội trường LĐLĐ tỉnh, phường Việt Trì', 'phường Việt Trì', None),
    ('Nhà văn hóa lao động phường Vĩnh Phúc (Vĩnh Phúc cũ)', 'Nhà văn hóa lao động phường Vĩnh Phúc', 'Vĩnh Phúc'),
    ('Hội trường phường Hòa Bình (Hòa Bình cũ)', 'Hội trường phường Hòa Bình', 'Hòa Bình'),
], [
    ('CĐ các KCN tỉnh Phú Thọ', 'kcn', [('Nhà văn hóa công nhân KCN Bình Xuyên (Vĩnh Phúc cũ)', 'KCN Bình Xuyên', 'Vĩnh Phúc')], 'PT-KCN'),
    ('CĐ phường Hòa Bình', 'ward', [('Nhà văn hóa phường Hòa Bình', 'Nhà văn hóa phường Hòa Bình', 'Hòa Bình')], 'PT-PHB'),
    ('CĐCS Công ty Ô tô Tân Phong Việt Nam', 'company', [('Hội trường Công ty Ô tô Tân Phong, phường Phúc Yên', 'Công ty Ô tô Tân Phong', 'Vĩnh Phúc')], 'TANPHONG'),
])
prov('Thái Nguyên', 'TN', ['LĐLĐ tỉnh Thái Nguyên', 'Liên đoàn Lao động tỉnh Thái Nguyên'], [
    ('Hội trường LĐLĐ tỉnh, phường Phan Đình Phùng', 'phường Phan Đình Phùng', None),
    ('Nhà văn hóa lao động phường Đức Xuân (Bắc Kạn cũ)', 'Nhà văn hóa lao động phường Đức Xuân', 'Bắc Kạn'),
], [
    ('CĐ các KCN Thái Nguyên', 'kcn', [('Thiết chế công đoàn KCN Yên Bình', 'KCN Yên Bình', None)], 'TN-KCN'),
    ('CĐ xã Chợ Mới', 'ward', [('Hội trường UBND xã Chợ Mới', 'UBND xã Chợ Mới', 'Bắc Kạn')], 'TN-XCM'),
    ('CĐCS Công ty CP Gang thép Núi Hồng', 'company', [('Hội trường Công ty Gang thép Núi Hồng', 'Công ty Gang thép Núi Hồng', None)], 'NUIHONG'),
])
prov('Lạng Sơn', 'LS', ['LĐLĐ tỉnh Lạng Sơn', 'Liên đoàn Lao động tỉnh Lạng Sơn'], [
    ('Hội trường LĐLĐ tỉnh, phường Lương Văn Tri', 'phường Lương Văn Tri', None),
    ('Nhà văn hóa xã Chi Lăng', 'Nhà văn hóa xã Chi Lăng', 'Chi Lăng'),
], [
    ('CĐ phường Đông Kinh', 'ward', [('Hội trường UBND phường Đông Kinh', 'UBND phường Đông Kinh', None)], 'LS-PDK'),
    ('CĐ xã Cao Lộc', 'ward', [('Nhà văn hóa xã Cao Lộc', 'Nhà văn hóa xã Cao Lộc', 'Cao Lộc')], 'LS-XCL'),
])
prov('Cao Bằng', 'CB', ['LĐLĐ tỉnh Cao Bằng', 'Liên đoàn Lao động tỉnh Cao Bằng'], [
    ('Hội trường LĐLĐ tỉnh, phường Thục Phán', 'phường Thục Phán', None),
    ('Nhà văn hóa xã Trùng Khánh', 'Nhà văn hóa xã Trùng Khánh', None),
], [
    ('CĐ phường Thục Phán', 'ward', [('Hội trường UBND phường Thục Phán', 'UBND phường Thục Phán', None)], 'CB-PTP'),
])
prov('Tuyên Quang', 'TQ', ['LĐLĐ tỉnh Tuyên Quang', 'Liên đoàn Lao động tỉnh Tuyên Quang'], [
    ('Hội trường LĐLĐ tỉnh, phường Minh Xuân', 'phường Minh Xuân', None),
    ('Hội trường phường Hà Giang 1 (Hà Giang cũ)', 'Hội trường phường Hà Giang 1', 'Hà Giang'),
], [
    ('CĐ phường Hà Giang 1', 'ward', [('Nhà văn hóa phường Hà Giang 1', 'Nhà văn hóa phường Hà Giang 1', 'Hà Giang')], 'TQ-HG1'),
    ('CĐ xã Đồng Văn', 'ward', [('Hội trường UBND xã Đồng Văn', 'UBND xã Đồng Văn', 'Hà Giang')], 'TQ-XDV'),
])
prov('Lào Cai', 'LC', ['LĐLĐ tỉnh Lào Cai', 'Liên đoàn Lao động tỉnh Lào Cai'], [
    ('Hội trường LĐLĐ tỉnh, phường Yên Bái (Yên Bái cũ)', 'Hội trường LĐLĐ tỉnh, phường Yên Bái', 'Yên Bái'),
    ('Nhà văn hóa lao động phường Lào Cai', 'Nhà văn hóa lao động phường Lào Cai', None),
], [
    ('CĐ các KCN tỉnh Lào Cai', 'kcn', [('Nhà điều hành KCN Tằng Loỏng', 'KCN Tằng Loỏng', None)], 'LC-KCN'),
    ('CĐ phường Sa Pa', 'ward', [('Hội trường UBND phường Sa Pa', 'UBND phường Sa Pa', None)], 'LC-PSP'),
])
prov('Thanh Hóa', 'TH', ['LĐLĐ tỉnh Thanh Hóa', 'Liên đoàn Lao động tỉnh Thanh Hóa'], [
    ('Hội trường LĐLĐ tỉnh, phường Hạc Thành', 'phường Hạc Thành', None),
    ('Nhà văn hóa công nhân KKT Nghi Sơn', 'Nhà văn hóa công nhân KKT Nghi Sơn', None),
], [
    ('CĐ KKT Nghi Sơn và các KCN tỉnh Thanh Hóa', 'kcn', [('Trung tâm dịch vụ KKT Nghi Sơn', 'Trung tâm dịch vụ KKT Nghi Sơn', None)], 'TH-KKT'),
    ('CĐCS Bệnh viện Đa khoa tỉnh Thanh Hóa', 'school', [('Hội trường Bệnh viện Đa khoa tỉnh Thanh Hóa', 'Bệnh viện Đa khoa tỉnh Thanh Hóa', None)], 'BVTH'),
    ('CĐCS Công ty TNHH Giày Phúc Hưng Thanh Hóa', 'company', [('Nhà ăn Công ty Giày Phúc Hưng', 'Công ty Giày Phúc Hưng', None)], 'PHUCHUNG'),
])
prov('Nghệ An', 'NA', ['LĐLĐ tỉnh Nghệ An', 'Liên đoàn Lao động tỉnh Nghệ An'], [
    ('Hội trường LĐLĐ tỉnh, phường Vinh Phú', 'phường Vinh Phú', None),
    ('Nhà văn hóa công nhân KCN VSIP Nghệ An', 'KCN VSIP Nghệ An', None),
], [
    ('CĐ KKT Đông Nam Nghệ An', 'kcn', [('Nhà văn hóa công nhân KCN VSIP Nghệ An', 'KCN VSIP Nghệ An', None)], 'NA-KKT'),
    ('CĐCS Trường Đại học Vinh', 'school', [('Giảng đường A, Trường Đại học Vinh', 'Trường Đại học Vinh', None)], 'DHVINH'),
])
prov('Hà Tĩnh', 'HT', ['LĐLĐ tỉnh Hà Tĩnh', 'Liên đoàn Lao động tỉnh Hà Tĩnh'], [
    ('Hội trường LĐLĐ tỉnh, phường Thành Sen', 'phường Thành Sen', None),
    ('Nhà văn hóa công nhân KKT Vũng Áng', 'KKT Vũng Áng', None),
], [
    ('CĐ KKT tỉnh Hà Tĩnh', 'kcn', [('Nhà văn hóa công nhân KKT Vũng Áng', 'KKT Vũng Áng', None)], 'HT-KKT'),
    ('CĐCS Công ty TNHH Thép Sông Trí', 'company', [('Hội trường Công ty Thép Sông Trí', 'Công ty Thép Sông Trí', None)], 'SONGTRI'),
])

CENTRAL = [
    ('Tổng Liên đoàn Lao động Việt Nam', 'TLD', [('Hà Nội', 'Trụ sở Tổng Liên đoàn, 82 Trần Hưng Đạo, Hà Nội', '82 Trần Hưng Đạo'),
                                              ('Đà Nẵng', 'Trung tâm hội nghị Công đoàn, Đà Nẵng', 'Trung tâm hội nghị Công đoàn, Đà Nẵng')]),
    ('Trường Đại học Công đoàn', 'DHCD', [('Hà Nội', 'Trường Đại học Công đoàn, 169 Tây Sơn, Hà Nội', '169 Tây Sơn')]),
    ('Công đoàn Giáo dục Việt Nam', 'CDGD', [('Hà Nội', 'Hội trường Bộ Giáo dục và Đào tạo, 35 Đại Cồ Việt', '35 Đại Cồ Việt'),
                                         ('Nghệ An', 'Trường Đại học Vinh, Nghệ An', 'Trường Đại học Vinh')]),
    ('Công đoàn Y tế Việt Nam', 'CDYT', [('Hà Nội', 'Hội trường Bệnh viện Bạch Mai', 'Bệnh viện Bạch Mai')]),
    ('Công đoàn Công Thương Việt Nam', 'CDCT', [('Hà Nội', 'Hội trường Công đoàn Công Thương, 99 Nguyễn Chí Thanh', '99 Nguyễn Chí Thanh'),
                                            ('Hồ Chí Minh', 'Nhà khách Công đoàn Công Thương, TP Hồ Chí Minh', 'Nhà khách Công đoàn Công Thương')]),
    ('Công đoàn Than - Khoáng sản Việt Nam', 'CDTKS', [('Quảng Ninh', 'Nhà văn hóa Công đoàn Than, phường Hạ Long', 'Nhà văn hóa Công đoàn Than')]),
]

TITLES = {
    'NV': ['Bồi dưỡng nghiệp vụ công tác công đoàn', 'Tập huấn nghiệp vụ công đoàn cho cán bộ CĐCS',
           'Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS mới bầu'],
    'TL': ['Tập huấn kỹ năng đối thoại, thương lượng tập thể', 'Kỹ năng thương lượng tập thể tại doanh nghiệp',
           'Tập huấn đối thoại tại nơi làm việc'],
    'AT': ['Huấn luyện an toàn, vệ sinh lao động', 'Tập huấn an toàn, vệ sinh lao động cho an toàn vệ sinh viên',
           'Tập huấn phòng chống cháy nổ và an toàn lao động'],
    'PL': ['Tập huấn pháp luật lao động', 'Bồi dưỡng kỹ năng tư vấn pháp luật cho cán bộ công đoàn',
           'Phổ biến pháp luật lao động, Luật Công đoàn 2024'],
    'TC': ['Tập huấn kỹ năng giải quyết tranh chấp lao động', 'Bồi dưỡng kỹ năng xử lý tranh chấp lao động tập thể'],
    'NC': ['Tập huấn công tác nữ công', 'Bồi dưỡng nghiệp vụ nữ công và bình đẳng giới',
           'Tập huấn bình đẳng giới, phòng chống quấy rối tình dục tại nơi làm việc'],
    'TCCD': ['Tập huấn nghiệp vụ tài chính công đoàn', 'Bồi dưỡng kế toán công đoàn cơ sở',
             'Tập huấn quản lý tài chính, tài sản công đoàn'],
    'KTRA': ['Tập huấn nghiệp vụ công tác kiểm tra công đoàn', 'Bồi dưỡng kỹ năng kiểm tra, giám sát cho UBKT'],
    'TG': ['Bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội', 'Tập huấn công tác tuyên giáo công đoàn'],
    'PT': ['Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS', 'Bồi dưỡng kỹ năng phát triển đoàn viên khu vực ngoài nhà nước'],
    'CDS': ['Tập huấn chuyển đổi số trong hoạt động công đoàn', 'Tập huấn sử dụng phần mềm quản lý đoàn viên',
            'Bồi dưỡng tin học văn phòng cho cán bộ công đoàn'],
    'GV': ['Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức'],
    'VT': ['Tập huấn nghiệp vụ văn thư, lưu trữ công đoàn'],
    'LLCT': ['Bồi dưỡng lý luận chính trị cho cán bộ công đoàn chuyên trách', 'Bồi dưỡng kiến thức quản lý nhà nước'],
}
TOPIC_CELL = {
    'NV': ['Nghiệp vụ công tác công đoàn', 'Nghiệp vụ CĐ', ''],
    'TL': ['Đối thoại, thương lượng tập thể', 'Thương lượng tập thể', ''],
    'AT': ['An toàn, vệ sinh lao động', 'ATVSLĐ', 'An toàn vệ sinh lao động'],
    'PL': ['Pháp luật lao động, tư vấn pháp luật', 'Pháp luật lao động', ''],
    'TC': ['Giải quyết tranh chấp lao động', ''],
    'NC': ['Công tác nữ công, bình đẳng giới', 'Nữ công', 'Nữ công - bình đẳng giới'],
    'TCCD': ['Tài chính công đoàn', 'Tài chính CĐ', 'Kế toán công đoàn'],
    'KTRA': ['Công tác kiểm tra công đoàn', 'Kiểm tra'],
    'TG': ['Tuyên truyền, tuyên giáo', 'Tuyên giáo'],
    'PT': ['Phát triển đoàn viên, thành lập CĐCS', 'Phát triển đoàn viên'],
    'CDS': ['Tin học, chuyển đổi số', 'Chuyển đổi số'],
    'GV': ['Kỹ năng giảng dạy cho giảng viên', 'Kỹ năng giảng dạy'],
    'VT': ['Văn thư, lưu trữ'],
    'LLCT': ['Quản lý nhà nước, lý luận chính trị', 'Lý luận chính trị'],
}
AUD_FOR = {
    'NV': ['Chủ tịch, Phó chủ tịch CĐCS', 'Chủ tịch và P.Chủ tịch CĐCS', 'Ủy viên BCH công đoàn', 'Chủ tịch CĐCS; Ủy viên BCH công đoàn',
           'Cán bộ công đoàn không chuyên trách', 'Chủ tịch CĐCS'],
    'TL': ['Chủ tịch CĐCS', 'Chủ tịch, Phó chủ tịch CĐCS', 'Ủy viên Ban chấp hành CĐCS', 'Cán bộ công đoàn cấp trên cơ sở'],
    'AT': ['An toàn vệ sinh viên', 'Mạng lưới an toàn vệ sinh viên', 'An toàn vệ sinh viên; Đoàn viên, người lao động',
           'Đoàn viên, người lao động', 'Chủ tịch CĐCS'],
    'PL': ['Đoàn viên, người lao động', 'Đoàn viên, NLĐ', 'Chủ tịch CĐCS', 'Cán bộ công đoàn cấp trên cơ sở'],
    'TC': ['Cán bộ công đoàn cấp trên cơ sở', 'Chủ tịch, Phó chủ tịch CĐCS'],
    'NC': ['Trưởng, phó ban nữ công CĐCS', 'Cán bộ nữ công', 'Chủ tịch CĐCS; Trưởng, phó ban nữ công CĐCS'],
    'TCCD': ['Kế toán, thủ quỹ công đoàn', 'Kế toán CĐCS', 'Chủ tịch CĐCS + Kế toán CĐCS'],
    'KTRA': ['Ủy viên ủy ban kiểm tra', 'Ủy viên UBKT công đoàn các cấp', 'Ủy viên BCH công đoàn và Ủy viên ủy ban kiểm tra'],
    'TG': ['Ủy viên BCH công đoàn', 'Cán bộ công đoàn không chuyên trách', 'Đoàn viên, NLĐ'],
    'PT': ['Cán bộ công đoàn cấp trên cơ sở', 'Chủ tịch CĐCS'],
    'CDS': ['Cán bộ công đoàn chuyên trách', 'Chủ tịch CĐCS', 'Ủy viên BCH công đoàn', 'Kế toán CĐCS'],
    'GV': ['Giảng viên kiêm chức'],
    'VT': ['Cán bộ công đoàn chuyên trách', 'Cán bộ công đoàn không chuyên trách'],
    'LLCT': ['Cán bộ công đoàn chuyên trách'],
}
TOPIC_W = {'NV': 14, 'TL': 9, 'AT': 12, 'PL': 8, 'TC': 4, 'NC': 9, 'TCCD': 8, 'KTRA': 6, 'TG': 4, 'PT': 5, 'CDS': 7, 'GV': 2, 'VT': 2, 'LLCT': 2}
PARTNERS = ['', '', '', 'Sở Nội vụ', 'Sở Y tế', 'Trường Đại học Công đoàn', 'Trung tâm Tư vấn pháp luật Công đoàn', 'Bảo hiểm xã hội tỉnh', 'Ban Quản lý các KCN']
DOW = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']


def wpick(d):
    ks = list(d); return R.choices(ks, [d[k] for k in ks])[0]


def rand_date(lo, hi):
    n = (hi - lo).days
    while True:
        d = lo + dt.timedelta(days=R.randint(0, n))
        if d.weekday() < 6:
            return d


PLANS = [  # (cell, pstart, pend)
    ('Tháng 12/2026', dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
    ('cuối tháng 12/2026', dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
    ('Tháng 1/2027', dt.date(2027, 1, 1), dt.date(2027, 1, 31)),
    ('T2/2027', dt.date(2027, 2, 1), dt.date(2027, 2, 28)),
    ('tháng 3 năm 2027', dt.date(2027, 3, 1), dt.date(2027, 3, 31)),
    ('Tuần 2 tháng 3/2027', dt.date(2027, 3, 1), dt.date(2027, 3, 31)),
    ('Tháng 3-4/2027', dt.date(2027, 3, 1), dt.date(2027, 4, 30)),
    ('Quý I/2027', dt.date(2027, 1, 1), dt.date(2027, 3, 31)),
    ('Q1/2027', dt.date(2027, 1, 1), dt.date(2027, 3, 31)),
    ('Quý 2/2027', dt.date(2027, 4, 1), dt.date(2027, 6, 30)),
    ('Đầu quý II/2027', dt.date(2027, 4, 1), dt.date(2027, 6, 30)),
    ('Quý IV/2026', dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
    ('6 tháng đầu năm 2027', dt.date(2027, 1, 1), dt.date(2027, 6, 30)),
    ('Quý III/2027', dt.date(2027, 7, 1), dt.date(2027, 9, 30)),
    ('Năm 2027', dt.date(2027, 1, 1), dt.date(2027, 12, 31)),
    ('Tháng 5/2027', dt.date(2027, 5, 1), dt.date(2027, 5, 31)),
]

COURSES = []
CODES = set()


def new_code(style, topic, year, prov_prefix):
    tshort = {'NV': 'NV', 'TL': 'TLTT', 'AT': 'ATVSLD', 'PL': 'PL', 'TC': 'TCLD', 'NC': 'NC', 'TCCD': 'TC', 'KTRA': 'KT',
              'TG': 'TG', 'PT': 'PTDV', 'CDS': 'CDS', 'GV': 'GVKC', 'VT': 'VT', 'LLCT': 'LLCT'}[topic]
    i = 1
    while True:
        if style == 0:
            c = f'{prov_prefix}-{tshort}-{year}-{i:02d}'
        elif style == 1:
            c = f'{prov_prefix}.{tshort}.{str(year)[2:]}.{i:02d}'
        else:
            c = f'{prov_prefix}_{tshort}_{year}_{i:02d}'
        if c not in CODES:
            CODES.add(c); return c
        i += 1


def render_start(c):
    """Fill start_cell / end_cell from c['start'], c['end'], c['days']."""
    s, e, n = c['start'], c['end'], c['days']
    dd = f'{s.day}/{s.month}/{s.year}'
    d2 = f'{s.day:02d}/{s.month:02d}/{s.year}'
    forms = []
    if n == 1:
        forms = ['d2', 'd2t', 'h', 'iso', 'dow', 'sang', 'serial', 'isomid']
    else:
        forms = ['d2', 'd2t', 'h', 'iso', 'dow', 'serial', 'isomid']
        if e.month == s.month and (e - s).days + 1 == n:
            forms += ['range', 'range', 'range2', 'tu', 'rangen'] + (['comma'] if n == 2 else [])
    f = R.choice(forms)
    c['range'] = False
    if f == 'd2':
        c['start_cell'] = R.choice([d2, dd])
    elif f == 'd2t':
        c['start_cell'] = d2 + ' ' + R.choice(['08:00', '07:30', '13:30', '08:30'])
    elif f == 'h':
        c['start_cell'] = R.choice(['8h00', '7h30', '13h30']) + ' ngày ' + dd
    elif f == 'iso':
        c['start_cell'] = s.isoformat()
    elif f == 'isomid':
        c['start_cell'] = s.isoformat() + ' 00:00:00'
    elif f == 'dow':
        c['start_cell'] = f'{DOW[s.weekday()]}, {dd}'
    elif f == 'sang':
        c['start_cell'] = f'Sáng {dd}'
    elif f == 'serial':
        c['start_cell'] = str((s - dt.date(1899, 12, 30)).days)
    elif f in ('range', 'rangen'):
        c['start_cell'] = f'{s.day}-{e.day}/{s.month}/{s.year}' + (f' ({n} ngày)' if f == 'rangen' else ''); c['range'] = True
    elif f == 'range2':
        c['start_cell'] = f'{s.day:02d}/{s.month} - {e.day:02d}/{e.month}/{e.year}'; c['range'] = True
    elif f == 'tu':
        c['start_cell'] = f'Từ {s.day:02d}/{s.month} đến {e.day:02d}/{e.month}/{e.year}'; c['range'] = True
    elif f == 'comma':
        c['start_cell'] = f'{s.day}, {e.day}/{s.month}/{s.year}'; c['range'] = True
    # end cell
    if c['range']:
        c['end_cell'] = ''
        c['days_cell'] = R.choice(['', '', f'{n:02d} ngày', str(n)])
    else:
        if 'time' in c['start_cell'] or ':' in c['start_cell'] and n == 1:
            pass
        r = R.random()
        if r < 0.45:
            c['end_cell'] = R.choice([fmt(e), f'{e.day}/{e.month}/{e.year}', fmt(e) + ' 16:30', fmt(e) + ' 17:00'])
            c['days_cell'] = R.choice(['', f'{n:02d} ngày', str(n), f'{n} ngày'])
        else:
            c['end_cell'] = ''
            c['days_cell'] = R.choice([f'{n:02d} ngày', str(n), f'{n} ngày'])


def make_course(prov_name, org, org_kind, venue, topic, cat, code_style, code_prefix, central=False, title=None, batch=0,
                forced=None):
    c = dict(province=prov_name, org=org, org_kind=org_kind, central=central, topic=topic, batch=batch,
             org_key=('LEAD:' + prov_name) if org_kind == 'lead' else org)
    c['title'] = title or R.choice(TITLES[topic])
    if batch:
        c['title'] += R.choice([f' (đợt {batch})', f' - đợt {batch}', f' đợt {batch}'])
    tc = R.choice(TOPIC_CELL[topic])
    if not tc and topic_of('', c['title']) != topic:
        tc = TOPIC_CELL[topic][0]
    c['topic_cell'] = tc
    c['aud_cell'] = R.choice(AUD_FOR[topic])
    ft = fold(c['title'])
    if 'chu tich' in ft:
        c['aud_cell'] = R.choice(['Chủ tịch CĐCS mới bầu', 'Chủ tịch CĐCS', 'Chủ tịch, Phó chủ tịch CĐCS'])
    elif 'an toan ve sinh vien' in ft:
        c['aud_cell'] = R.choice(['An toàn vệ sinh viên', 'Mạng lưới an toàn vệ sinh viên'])
    elif 'cho can bo cdcs' in ft and 'CT' not in aud_of(c['aud_cell']):
        c['aud_cell'] = 'Chủ tịch CĐCS; Ủy viên BCH công đoàn'
    c['aud'] = aud_of(c['aud_cell'])
    c['partner'] = R.choice(PARTNERS)
    c['venue'], c['venue_key'], c['area'] = venue
    # mode
    m = R.random()
    c['mode'] = 'tt' if m < 0.72 else ('on' if m < 0.88 else 'kh')
    if topic in ('CDS',) and R.random() < 0.5:
        c['mode'] = 'on'
    c.update(forced or {})
    if c['mode'] == 'on':
        c['venue'], c['venue_key'], c['area'] = R.choice([
            ('Trực tuyến qua Zoom (gửi đường link trước 1 ngày)', 'Zoom', None),
            ('Trực tuyến trên nền tảng E-learning của Tổng Liên đoàn', 'E-learning', None),
            ('Điểm cầu trực tuyến tại các CĐ cấp trên cơ sở', 'Điểm cầu trực tuyến', None),
            ('Trực tuyến qua Google Meet', 'Google Meet', None)])
    c['mode_cell'] = {'tt': R.choice(['Tập trung', 'Tập trung (trực tiếp)', '', '']),
                      'on': R.choice(['Trực tuyến', 'Trực tuyến', 'trực tuyến']),
                      'kh': R.choice(['Kết hợp (trực tiếp và trực tuyến)', 'Trực tiếp + trực tuyến', 'Kết hợp'])}[c['mode']]
    # date category
    cat = cat or R.choices(['past', 'lateNov', 'dec', 'y27', 'plan', 'cancel'], [30, 7, 26, 15, 17, 5])[0]
    c['cat'] = cat
    n = R.choices([1, 2, 3, 4, 5], [25, 35, 25, 8, 7])[0]
    if c['mode'] == 'on':
        n = min(n, 2)
    c['days'] = n
    if cat == 'plan':
        c['kind'] = 'plan'
        cell, ps, pe = R.choice(PLANS)
        if (forced or {}).get('plan'):
            cell, ps, pe = forced['plan']
        c['start_cell'], c['pstart'], c['pend'] = cell, ps, pe
        c['end_cell'] = ''
        c['days_cell'] = R.choice(['', f'{n:02d} ngày', str(n)])
        if not c['days_cell']:
            c['days'] = None
        c['dl'] = None
        c['status'] = 'plan'
        c['status_cell'] = R.choice(['', 'Dự kiến', 'Dự kiến', 'dự kiến'])
        c['year'] = ps.year
    else:
        c['kind'] = 'date'
        if (forced or {}).get('start'):
            s = forced['start']
        elif cat == 'past':
            s = rand_date(dt.date(2026, 2, 20), dt.date(2026, 11, 18))
        elif cat == 'lateNov':
            s = rand_date(dt.date(2026, 11, 24), dt.date(2026, 11, 30))
        elif cat in ('dec', 'cancel'):
            s = rand_date(dt.date(2026, 12, 1), dt.date(2026, 12, 28))
        else:
            s = rand_date(dt.date(2027, 1, 5), dt.date(2027, 6, 26))
        e = s + dt.timedelta(days=n - 1)
        if e.year != s.year:
            n = (dt.date(s.year, 12, 31) - s).days + 1; e = s + dt.timedelta(days=n - 1); c['days'] = n
        c['start'], c['end'] = s, e
        c['year'] = s.year
        render_start(c)
        # deadline
        if R.random() < 0.8:
            back = R.choice([0, 2, 3, 5, 5, 7, 7, 10, 14]) if R.random() < 0.1 else R.choice([2, 3, 5, 7, 10, 14])
            dl = s - dt.timedelta(days=back)
            c['dl'] = dl
            c['dl_cell'] = R.choice([fmt(dl), f'{dl.day}/{dl.month}/{dl.year}', fmt(dl) + ' 17:00', dl.isoformat()])
            if back == 0:
                c['dl_cell'] = fmt(dl)
        else:
            c['dl'] = None; c['dl_cell'] = ''
        if cat == 'past':
            c['status'] = 'ended'
            c['status_cell'] = R.choice(['Đã kết thúc', 'Đã kết thúc', 'đã kết thúc', 'Mở đăng ký', ''])
        elif cat == 'cancel':
            c['status'] = 'cancel'
            c['status_cell'] = R.choice(['Đã hủy', 'Đã huỷ', 'đã hủy'])
        else:
            if R.random() < 0.06:
                c['status'] = 'plan_dated'; c['status_cell'] = 'Dự kiến'
            else:
                c['status'] = 'open'; c['status_cell'] = R.choice(['Mở đăng ký', 'Mở đăng ký', '', 'mở đăng ký'])
    if 'dl_cell' not in c:
        c['dl_cell'] = ''
    c['seats_cell'] = R.choice(['60', '50 người', 'khoảng 40 học viên', '50-60', '100 (2 lớp)', '50/lớp', '80', '120', '35', '45 người'])
    c['note'] = ''
    if c['status'] == 'cancel':
        c['note'] = R.choice(['Hủy do trùng lịch hội nghị tỉnh', 'Tạm dừng, chưa bố trí được kinh phí', 'Hủy, gộp vào lớp đợt sau'])
    elif c['kind'] == 'date' and c['status'] == 'open' and R.random() < 0.25:
        c['note'] = R.choice(['Mang theo CCCD.', 'Học viên tự túc phương tiện đi lại.', 'Đăng ký qua CĐ cấp trên trực tiếp.',
                              'Có cấp giấy chứng nhận.', 'Ưu tiên cán bộ mới tham gia BCH.'])
    c['remind_cell'] = ''
    if c['kind'] == 'date' and c['status'] == 'open' and R.random() < 0.06:
        c['remind_cell'] = R.choice(['3 ngày; 2 giờ', '1 ngày lúc 07:00', 'không', '2 ngày; 30 phút'])
    c['org_cell'] = org if not isinstance(org, list) else None
    c['code'] = new_code(code_style, topic, c['year'], code_prefix)
    assert topic_of(c['topic_cell'], c['title']) == topic, (c['topic_cell'], c['title'], topic)
    COURSES.append(c)
    return c


def build():
    for pname, p in P.items():
        nrows = 17 if pname not in ('Hà Nội', 'Bắc Ninh', 'Hải Phòng') else 22
        for i in range(nrows):
            topic = wpick(TOPIC_W)
            if R.random() < 0.55 or not p['others']:
                org = R.choice(p['lead']); kind = 'lead'
                venue = R.choice(p['venues'])
                prefix = p['prefix']
                style = 0 if pname in ('Hà Nội', 'Hải Phòng', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Lào Cai') else (1 if pname in ('Lạng Sơn', 'Cao Bằng', 'Tuyên Quang') else 2)
            else:
                o = R.choice(p['others'])
                org, kind, vs, prefix = o
                venue = R.choice(vs)
                style = 0
                if kind == 'kcn' and R.random() < 0.5:
                    topic = R.choice(['TL', 'AT', 'PT', 'PL', 'NC'])
            make_course(pname, org, kind, venue, topic, None, style, prefix)
        # batches: two topics with đợt 1 / đợt 2
        for topic in R.sample(['NV', 'AT', 'NC', 'TCCD', 'TL'], 2):
            title = R.choice(TITLES[topic])
            org = p['lead'][0]
            v = R.choice(p['venues'])
            d1 = make_course(pname, org, 'lead', v, topic, R.choice(['past', 'dec', 'lateNov']), 0, p['prefix'] + '-D', title=title, batch=1, forced={'mode': 'tt'})
            d2cat = 'y27' if d1['cat'] == 'dec' else R.choice(['dec', 'y27', 'plan'])
            make_course(pname, org, 'lead', R.choice(p['venues']), topic, d2cat, 0, p['prefix'] + '-D', title=title, batch=2, forced={'mode': 'tt'})
    for org, pre, vs in CENTRAL:
        for i in range(7):
            topic = wpick(TOPIC_W)
            pv, ven, key = R.choice(vs)
            make_course(pv, org, 'central', (ven, key, None), topic, None, 0, pre, central=True)
    # postponed classes (note says moved)
    for c in R.sample([c for c in COURSES if c['kind'] == 'date' and c['status'] == 'open' and c['start'].month == 12
                       and c['start'].year == 2026 and c['start'].day >= 10], 6):
        old = c['start'] - dt.timedelta(days=R.choice([14, 21, 28]))
        c['note'] = R.choice([f'Lùi lịch từ {old.day}/{old.month}/{old.year}', f'Hoãn từ ngày {fmt(old)}, dời sang {fmt(c["start"])}',
                              f'Đã dời lịch (dự kiến cũ {fmt(old)})'])
        c['postponed'] = old
    return COURSES


def upcoming(c):
    if c['status'] == 'cancel':
        return False
    if c['kind'] == 'plan':
        return c['pend'] >= TODAY
    return c['start'] > TODAY


def open_for_reg(c):
    return (c['kind'] == 'date' and c['status'] == 'open' and c['start'] > TODAY
            and (c['dl'] is None or c['dl'] >= TODAY))
