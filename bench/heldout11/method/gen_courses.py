# Generator for set b11 courses.csv / targets.csv (deterministic, seed 11).
import csv, json, random, datetime as dt, os
R = random.Random(11)
OUT = os.path.join(os.path.dirname(__file__), '..')
D = dt.date
NOW = dt.datetime(2026, 11, 23, 9, 0)

# ---- class types: key, topic key, topic cell variants, titles, audience cell variants, days choices
TYPES = [
 ('ngh1','ngh',['Nghiệp vụ công tác công đoàn','Nghiệp vụ CĐ'],['Tập huấn nghiệp vụ công tác công đoàn cho cán bộ CĐCS mới bầu','Bồi dưỡng nghiệp vụ công tác công đoàn cho BCH CĐCS'],
   ['Chủ tịch, Phó chủ tịch, UV BCH CĐCS','Chủ tịch và P.Chủ tịch CĐCS; Ủy viên BCH','Cán bộ CĐCS'],[2,3]),
 ('ngh2','ngh',['Nghiệp vụ công tác công đoàn'],['Bồi dưỡng kỹ năng hoạt động cho Chủ tịch CĐCS','Kỹ năng lãnh đạo, điều hành dành cho Chủ tịch công đoàn cơ sở'],
   ['Chủ tịch CĐCS','Chủ tịch, PCT CĐCS'],[2,3]),
 ('tt1','ngh',['Nghiệp vụ công tác công đoàn'],['Tập huấn kỹ năng cho Tổ trưởng, tổ phó công đoàn'],['Tổ trưởng công đoàn','Tổ trưởng, tổ phó công đoàn'],[1]),
 ('tl','tl',['Đối thoại, thương lượng tập thể','Thương lượng tập thể'],['Tập huấn kỹ năng đối thoại, thương lượng tập thể – chuyên đề tiền lương, thưởng','Tập huấn kỹ năng đối thoại, thương lượng tập thể – chuyên đề thời giờ làm việc, nghỉ ngơi','Kỹ năng đối thoại tại nơi làm việc cho CĐCS doanh nghiệp FDI'],
   ['Chủ tịch, PCT CĐCS doanh nghiệp','Chủ tịch CĐCS; Ủy viên BCH công đoàn','Cán bộ CĐCS khu vực doanh nghiệp'],[2]),
 ('at','at',['An toàn, vệ sinh lao động','ATVSLĐ','An toàn vệ sinh lao động'],['Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên','Tập huấn ATVSLĐ – chuyên đề phòng chống cháy nổ','Tập huấn ATVSLĐ – chuyên đề an toàn hóa chất','Huấn luyện ATVSLĐ nhóm 4 cho người lao động'],
   ['Đoàn viên, người lao động','An toàn vệ sinh viên; Đoàn viên, NLĐ','Cán bộ CĐCS và an toàn vệ sinh viên'],[1,2]),
 ('pl1','pl',['Pháp luật lao động, tư vấn pháp luật','Pháp luật lao động'],['Tập huấn Luật Công đoàn năm 2024 và văn bản hướng dẫn','Phổ biến pháp luật lao động, Luật BHXH 2024 cho đoàn viên','Bồi dưỡng kỹ năng tư vấn pháp luật cho cán bộ công đoàn'],
   ['Cán bộ CĐCS','Chủ tịch CĐCS; Ủy viên BCH công đoàn','Đoàn viên, người lao động','Cán bộ công đoàn cấp trên cơ sở'],[1,2]),
 ('tc','tc',['Giải quyết tranh chấp lao động'],['Kỹ năng giải quyết tranh chấp lao động và ngừng việc tập thể'],['Cán bộ công đoàn cấp trên cơ sở','Chủ tịch CĐCS; Cán bộ công đoàn cấp trên cơ sở'],[2]),
 ('nc','nc',['Công tác nữ công, bình đẳng giới','Nữ công'],['Tập huấn công tác nữ công và bình đẳng giới','Phòng, chống quấy rối tình dục tại nơi làm việc','Kỹ năng hoạt động cho Ban nữ công quần chúng'],
   ['Cán bộ nữ công CĐCS','Ban nữ công quần chúng','Trưởng ban nữ công CĐCS; Phó ban nữ công'],[1,2]),
 ('tchinh','tchinh',['Tài chính công đoàn','Tài chính CĐ'],['Tập huấn nghiệp vụ tài chính công đoàn cho kế toán, thủ quỹ CĐCS','Hướng dẫn quyết toán tài chính công đoàn năm 2026'],
   ['Kế toán, thủ quỹ CĐCS','Chủ tịch CĐCS; kế toán công đoàn','Kế toán CĐCS'],[1,2]),
 ('kt','kt',['Công tác kiểm tra công đoàn','Kiểm tra CĐ'],['Nghiệp vụ công tác kiểm tra cho Ủy viên UBKT CĐCS','Tập huấn kiểm tra, giám sát tài chính công đoàn'],
   ['Ủy viên UBKT CĐCS','Ủy viên ủy ban kiểm tra'],[1,2]),
 ('tt','tt',['Tuyên truyền, tuyên giáo','Tuyên giáo'],['Kỹ năng tuyên truyền, viết tin bài trên mạng xã hội','Bồi dưỡng nghiệp vụ tuyên giáo công đoàn'],
   ['Cán bộ CĐCS','Ủy viên BCH công đoàn'],[1,2]),
 ('ptdv','ptdv',['Phát triển đoàn viên, thành lập CĐCS'],['Kỹ năng phát triển đoàn viên, thành lập CĐCS ở doanh nghiệp ngoài nhà nước'],
   ['Cán bộ công đoàn cấp trên cơ sở','Cán bộ CĐ chuyên trách'],[2,3]),
 ('cds','cds',['Tin học, chuyển đổi số','Chuyển đổi số'],['Tập huấn sử dụng phần mềm quản lý đoàn viên','Chuyển đổi số trong hoạt động công đoàn','Ứng dụng trí tuệ nhân tạo (AI) trong công tác công đoàn'],
   ['Cán bộ CĐCS','Chủ tịch CĐCS; Ủy viên BCH công đoàn','Cán bộ CĐ chuyên trách'],[1,2]),
 ('gv','gv',['Kỹ năng giảng dạy cho giảng viên'],['Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức'],['Giảng viên kiêm chức'],[3]),
 ('vt','vt',['Văn thư, lưu trữ'],['Nghiệp vụ văn thư, lưu trữ và quản lý hồ sơ công đoàn'],['Cán bộ CĐ chuyên trách','Cán bộ CĐCS'],[1]),
 ('ll','ll',['Quản lý nhà nước, lý luận chính trị','Lý luận chính trị'],['Bồi dưỡng lý luận chính trị, nghiệp vụ cho cán bộ CĐ chuyên trách','Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên'],
   ['Cán bộ CĐ chuyên trách'],[3,5]),
]
TYPEW = {'ngh1':9,'ngh2':6,'tt1':3,'tl':8,'at':10,'pl1':7,'tc':3,'nc':6,'tchinh':6,'kt':5,'tt':4,'ptdv':3,'cds':6,'gv':2,'vt':2,'ll':2}
TCODE = {'ngh':'NV','tl':'TLTT','at':'ATVSLD','pl':'PL','tc':'TCLD','nc':'NC','tchinh':'TC','kt':'KT','tt':'TG','ptdv':'PTDV','cds':'CDS','gv':'GV','vt':'VT','ll':'LLCT'}

# ---- provinces: key, CSV name, code style, organisers, direct places, online place, n classes
PROV = [
 ('HN','Hà Nội', lambda t,d,n:f'HN-{t}-{d:%y%m}-{n:02d}',
  ['LĐLĐ thành phố Hà Nội','Công đoàn các KCN và chế xuất Hà Nội','Công đoàn ngành Giáo dục Hà Nội','Công đoàn ngành Y tế Hà Nội','CĐ xã Mê Linh','CĐ Tổng công ty Điện lực miền Bắc'],
  ['Trường Trung cấp Công đoàn Hà Nội','Hội trường LĐLĐ Thành phố, phường Hoàn Kiếm','Nhà văn hóa công nhân KCN Thăng Long, xã Đông Anh','Hội trường UBND xã Mê Linh','Hội trường Bệnh viện Đa khoa Xanh Pôn'],'Trực tuyến qua Zoom, điểm cầu LĐLĐ Thành phố',26),
 ('HP','TP. Hải Phòng', lambda t,d,n:f'HP{d:%Y}.{t}.{n:02d}',
  ['LĐLĐ thành phố Hải Phòng','Công đoàn các KCN Hải Phòng','CĐ phường Hải Dương','CĐCS Công ty TNHH Điện tử Minh Khang (KCN Đại An)'],
  ['Cung Văn hóa Lao động hữu nghị Việt Tiệp','Nhà văn hóa Lao động Hải Dương (Hải Dương cũ)','Thiết chế công đoàn KCN Đình Vũ','Nhà văn hóa công nhân KCN Đại An (Hải Dương cũ)'],'Trực tuyến (Google Meet)',22),
 ('QN','Quảng Ninh', lambda t,d,n:f'QN_{t}_{n:02d}',
  ['LĐLĐ tỉnh Quảng Ninh','Công đoàn Than - Khoáng sản Việt Nam','CĐ phường Cẩm Phả','Công đoàn Khu kinh tế Quảng Ninh'],
  ['Hội trường LĐLĐ tỉnh, phường Hồng Gai','Trung tâm Văn hóa công nhân vùng mỏ, phường Cẩm Phả','Nhà văn hóa Công ty Than Mạo Khê, phường Đông Triều','Hội trường KCN Đông Mai, phường Quảng Yên'],'Trực tuyến qua Zoom',19),
 ('BN','Bắc Ninh', lambda t,d,n:f'BN-{d:%Y}-{n:03d}',
  ['LĐLĐ tỉnh Bắc Ninh','Công đoàn các KCN tỉnh Bắc Ninh','CĐ phường Bắc Giang','CĐCS Công ty TNHH Hanbit Vina (KCN Yên Phong)','Công đoàn ngành Giáo dục tỉnh Bắc Ninh'],
  ['Trung tâm Hội nghị tỉnh, phường Kinh Bắc','Hội trường LĐLĐ tỉnh cơ sở 2, phường Bắc Giang (Bắc Giang cũ)','Nhà văn hóa công nhân KCN Quang Châu (Bắc Giang cũ)','Thiết chế công đoàn KCN Yên Phong'],'Trực tuyến trên nền tảng Zoom',22),
 ('HY','Hưng Yên', lambda t,d,n:f'LDLDHY-{t}{n:02d}',
  ['LĐLĐ tỉnh Hưng Yên','Công đoàn các KCN tỉnh Hưng Yên','CĐ phường Thái Bình','CĐCS Bệnh viện Đa khoa tỉnh Thái Bình'],
  ['Hội trường LĐLĐ tỉnh, phường Phố Hiến','Nhà văn hóa Lao động Thái Bình (Thái Bình cũ)','Nhà văn hóa công nhân KCN Phố Nối A','Hội trường KCN Thăng Long II'],'Trực tuyến qua Zoom',19),
 ('NB','Ninh Bình', lambda t,d,n:f'NB.{d:%y}.{t}.{n:02d}',
  ['LĐLĐ tỉnh Ninh Bình','CĐ phường Phủ Lý','CĐ phường Nam Định','Công đoàn các KCN tỉnh Ninh Bình','CĐCS Tổng công ty CP Dệt may Nam Định'],
  ['Hội trường LĐLĐ tỉnh, phường Hoa Lư','Nhà văn hóa Lao động Nam Định (Nam Định cũ)','Hội trường KCN Đồng Văn (Hà Nam cũ)','Nhà văn hóa công nhân phường Phủ Lý (Hà Nam cũ)'],'Trực tuyến (Zoom)',21),
 ('PT','Phú Thọ', lambda t,d,n:f'PT-{t}-{d:%Y}-{n:02d}',
  ['LĐLĐ tỉnh Phú Thọ','Công đoàn các KCN tỉnh Phú Thọ','CĐ phường Vĩnh Yên','CĐ phường Hòa Bình','CĐCS Công ty TNHH Ô tô Phúc Yên'],
  ['Hội trường LĐLĐ tỉnh, phường Việt Trì','Cơ sở 2 LĐLĐ tỉnh, phường Vĩnh Yên (Vĩnh Phúc cũ)','Nhà văn hóa công nhân KCN Bình Xuyên (Vĩnh Phúc cũ)','Hội trường Cung Văn hóa, phường Hòa Bình (Hòa Bình cũ)'],'Trực tuyến qua Zoom',21),
 ('TN','Thái Nguyên', lambda t,d,n:f'TNG{d:%y%m}{n:02d}',
  ['LĐLĐ tỉnh Thái Nguyên','Công đoàn các KCN Thái Nguyên','CĐCS Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên','CĐ phường Đức Xuân'],
  ['Hội trường LĐLĐ tỉnh, phường Phan Đình Phùng','Nhà văn hóa công nhân KCN Yên Bình','Hội trường cơ sở Bắc Kạn, phường Đức Xuân (Bắc Kạn cũ)'],'Trực tuyến qua Zoom',18),
 ('TQ','Tuyên Quang', lambda t,d,n:f'TQ-{n:02d}-{d:%Y}',
  ['LĐLĐ tỉnh Tuyên Quang','CĐ phường Hà Giang 1','Công đoàn ngành Giáo dục tỉnh Tuyên Quang'],
  ['Hội trường LĐLĐ tỉnh, phường Minh Xuân','Hội trường cơ sở Hà Giang, phường Hà Giang 1 (Hà Giang cũ)','Nhà văn hóa xã Yên Sơn'],'Trực tuyến (Google Meet)',17),
 ('LC','Lào Cai', lambda t,d,n:f'LCI-{t}-{n:02d}',
  ['LĐLĐ tỉnh Lào Cai','CĐ phường Yên Bái','CĐCS Công ty TNHH MTV Apatit Việt Nam','CĐCS Công ty CP Thủy điện Thác Bà'],
  ['Hội trường LĐLĐ tỉnh, phường Văn Phú (Yên Bái cũ)','Hội trường cơ sở Lào Cai, phường Lào Cai','Nhà văn hóa Công ty Apatit, phường Cam Đường'],'Trực tuyến qua Zoom',17),
 ('LS','Lạng Sơn', lambda t,d,n:f'LS.KH{d:%Y}.{n:02d}',
  ['LĐLĐ tỉnh Lạng Sơn','CĐ xã Chi Lăng','CĐ phường Đông Kinh','Công đoàn ngành Y tế tỉnh Lạng Sơn'],
  ['Hội trường LĐLĐ tỉnh, phường Lương Văn Tri','Nhà văn hóa xã Chi Lăng','Trung tâm Hội nghị tỉnh Lạng Sơn'],'Trực tuyến qua Zoom',17),
 ('CB','Cao Bằng', lambda t,d,n:f'CB-{t}-{n:02d}',
  ['LĐLĐ tỉnh Cao Bằng','CĐ phường Thục Phán','Công đoàn ngành Giáo dục tỉnh Cao Bằng'],
  ['Hội trường LĐLĐ tỉnh, phường Thục Phán','Nhà văn hóa xã Quảng Uyên'],'Trực tuyến qua Zoom',16),
 ('DB','Điện Biên', lambda t,d,n:f'DB{d:%Y}-{t}-{n:02d}',
  ['LĐLĐ tỉnh Điện Biên','CĐ phường Điện Biên Phủ','Công đoàn ngành Giáo dục tỉnh Điện Biên'],
  ['Hội trường LĐLĐ tỉnh, phường Điện Biên Phủ','Nhà văn hóa xã Mường Chà'],'Trực tuyến (Zoom)',16),
 ('LCH','Lai Châu', lambda t,d,n:f'LCH-{n:02d}',
  ['LĐLĐ tỉnh Lai Châu','CĐ phường Tân Phong','CĐCS Công ty Thủy điện Lai Châu'],
  ['Hội trường LĐLĐ tỉnh, phường Tân Phong','Nhà văn hóa xã Than Uyên'],'Trực tuyến qua Zoom',16),
 ('SL','Sơn La', lambda t,d,n:f'SLA-{d:%y}-{t}{n:02d}',
  ['LĐLĐ tỉnh Sơn La','CĐ phường Tô Hiệu','CĐCS Công ty Thủy điện Sơn La','CĐ phường Mộc Châu'],
  ['Hội trường LĐLĐ tỉnh, phường Tô Hiệu','Trung tâm Hội nghị phường Mộc Châu','Nhà văn hóa Công ty Thủy điện Sơn La'],'Trực tuyến qua Zoom',17),
 ('TH','Thanh Hoá', lambda t,d,n:f'TH-{t}-{d:%Y}-{n:02d}',
  ['LĐLĐ tỉnh Thanh Hóa','Công đoàn KKT Nghi Sơn và các KCN tỉnh Thanh Hóa','Công đoàn ngành Y tế Thanh Hóa','CĐCS Bệnh viện Đa khoa tỉnh Thanh Hóa','CĐCS Công ty TNHH Lọc hóa dầu Nghi Sơn'],
  ['Hội trường LĐLĐ tỉnh, phường Hạc Thành','Nhà văn hóa công nhân KKT Nghi Sơn','Thiết chế công đoàn KCN Lễ Môn','Hội trường Bệnh viện Đa khoa tỉnh'],'Trực tuyến qua Zoom, điểm cầu LĐLĐ tỉnh',24),
 ('NA','Nghệ An', lambda t,d,n:f'NA_{t}_{d:%Y}_{n:02d}',
  ['LĐLĐ tỉnh Nghệ An','Công đoàn KKT Đông Nam Nghệ An','Công đoàn ngành Giáo dục Nghệ An','CĐ phường Vinh Phú','CĐCS Công ty TNHH Luxshare-ICT Nghệ An'],
  ['Hội trường LĐLĐ tỉnh, phường Thành Vinh','Nhà văn hóa công nhân KCN VSIP Nghệ An','Trường Chính trị tỉnh Nghệ An','Hội trường phường Vinh Phú'],'Trực tuyến qua Zoom',23),
 ('HT','Hà Tĩnh', lambda t,d,n:f'HTI-{d:%y}{t}{n:02d}',
  ['LĐLĐ tỉnh Hà Tĩnh','Công đoàn KKT tỉnh Hà Tĩnh','CĐCS Công ty TNHH Gang thép Hưng Nghiệp Formosa Hà Tĩnh'],
  ['Hội trường LĐLĐ tỉnh, phường Thành Sen','Nhà văn hóa công nhân KKT Vũng Áng'],'Trực tuyến qua Zoom',18),
]
PARTNERS = ['', '', 'Sở Nội vụ', 'Sở Y tế', 'Trường Đại học Công đoàn', 'Trung tâm Tư vấn pháp luật LĐLĐ tỉnh', 'Ban Quản lý các KCN', 'Bảo hiểm xã hội tỉnh', 'Ban Tổ chức Tổng LĐLĐ Việt Nam']
PLANNED = [ # label, start, end
 ('Tháng 11/2026',D(2026,11,1),D(2026,11,30)),('Quý IV/2026',D(2026,10,1),D(2026,12,31)),('Tháng 12/2026',D(2026,12,1),D(2026,12,31)),
 ('Tháng 1/2027',D(2027,1,1),D(2027,1,31)),('tháng 2 năm 2027',D(2027,2,1),D(2027,2,28)),('T3/2027',D(2027,3,1),D(2027,3,31)),
 ('Tháng 3/2027',D(2027,3,1),D(2027,3,31)),('Quý I/2027',D(2027,1,1),D(2027,3,31)),('Q2/2027',D(2027,4,1),D(2027,6,30)),
 ('Quý II/2027',D(2027,4,1),D(2027,6,30)),('T4/2027',D(2027,4,1),D(2027,4,30)),('Tháng 5/2027',D(2027,5,1),D(2027,5,31)),
 ('Tháng 6/2027',D(2027,6,1),D(2027,6,30)),('Tháng 3-4/2027',D(2027,3,1),D(2027,4,30)),('6 tháng đầu năm 2027',D(2027,1,1),D(2027,6,30)),
 ('Quý III/2027',D(2027,7,1),D(2027,9,30)),('Tháng 8/2027',D(2027,8,1),D(2027,8,31)),('cuối tháng 9/2027',D(2027,9,1),D(2027,9,30)),
 ('Quý IV/2027',D(2027,10,1),D(2027,12,31)),('6 tháng cuối năm 2027',D(2027,7,1),D(2027,12,31)),('Năm 2027',D(2027,1,1),D(2027,12,31)),
]
PLW = [1,1,2,3,2,3,3,2,3,3,3,3,3,1,1,3,2,2,3,1,1]

def wd(d):  # move to a weekday (Mon-Sat -> Mon-Fri)
    while d.weekday() >= 5: d += dt.timedelta(days=1)
    return d

def rand_future():
    # weighted towards Dec 2026 - Jun 2027
    r = R.random()
    if r < 0.30: a, b = D(2026,11,24), D(2026,12,31)
    elif r < 0.75: a, b = D(2027,1,4), D(2027,6,30)
    else: a, b = D(2027,7,1), D(2027,11,30)
    d = a + dt.timedelta(days=R.randrange((b-a).days+1))
    d = wd(d)
    # avoid Tết 2027 (6-14/2/2027)
    if D(2027,2,1) <= d <= D(2027,2,16): d = wd(D(2027,2,22) + dt.timedelta(days=R.randrange(4)))
    return d

def fmt(d): return f'{d.day:02d}/{d.month:02d}/{d.year}'

def date_cells(s, days, online):
    """returns start cell, end cell, so-ngay cell, start hh:mm"""
    e = s + dt.timedelta(days=days-1)
    hh = '13:30' if (online and R.random()<0.4) else ('07:30' if R.random()<0.3 else '08:00')
    f = R.random()
    same_month = (s.month == e.month)
    if days > 1 and same_month and f < 0.22:
        return f'{s.day}-{e.day}/{s.month}/{s.year} ({days} ngày)', '', '', None
    if days > 1 and s.year == e.year and f < 0.34:
        return f'{s.day:02d}/{s.month} - {e.day:02d}/{e.month}/{s.year}', '', (f'{days:02d} ngày' if R.random()<0.5 else ''), None
    if days > 1 and s.year == e.year and f < 0.42:
        return f'Từ {s.day:02d}/{s.month} đến {e.day:02d}/{e.month}/{s.year}', '', '', None
    if f < 0.55:
        return f'{s:%Y-%m-%d}', (f'{e:%Y-%m-%d}' if days>1 else ''), str(days), None
    if f < 0.68:
        h, m = hh.split(':')
        return f'{int(h)}h{m} ngày {s.day}/{s.month}/{s.year}', '', f'{days} ngày', hh
    if f < 0.84:
        return f'{fmt(s)} {hh}', f'{fmt(e)} {"16:30" if days>1 else ("11:30" if hh!="13:30" else "17:00")}', (str(days) if R.random()<0.5 else ''), hh
    return fmt(s), (fmt(e) if days>1 else ''), (f'{days:02d} ngày' if R.random()<0.6 else ''), None

def seats():
    n = R.choice([30,35,40,45,50,60,60,70,80,100,120,150])
    return R.choice([str(n), f'{n} người', f'khoảng {n} học viên', f'{n} HV', str(n)])

rows, meta = [], []
codes = set()
tkeys = [t[0] for t in TYPES]; tw = [TYPEW[k] for k in tkeys]
TMAP = {t[0]: t for t in TYPES}
for pk, pname, cstyle, orgs, places, onl, n in PROV:
    # choose types; force at least one batch pair per province
    chosen = R.choices(tkeys, tw, k=n)
    batch_type = R.choice(['ngh1','at','tchinh','nc','tl','ngh2'])
    batch_title_i = 0
    idx = 0
    for j, tk in enumerate(chosen + [batch_type]):
        t = TMAP[tk]
        idx += 1
        title = R.choice(t[3])
        is_batch = False
        if j >= len(chosen):  # batch pair: this and the last-created of same title become đợt 1/đợt 2
            is_batch = True
        mode_r = R.random()
        mode = 'online' if mode_r < 0.14 else ('hybrid' if mode_r < 0.22 else 'direct')
        if tk in ('ll','gv','tt1'): mode = 'direct'
        days = R.choice(t[5])
        if mode == 'online': days = min(days, 2)
        # status bucket
        r = R.random()
        planned = None
        if r < 0.07:
            status = R.choice(['Đã kết thúc','Đã kết thúc','Đã kết thúc','Mở đăng ký'])
            s = wd(D(2026,9,7) + dt.timedelta(days=R.randrange(70)))
        elif r < 0.11:
            status = 'Đã hủy'; s = rand_future()
        elif r < 0.27:
            status = 'Dự kiến'; planned = R.choices(PLANNED, PLW)[0]; s = planned[1]
        else:
            status = R.choice(['Mở đăng ký','Mở đăng ký','']); s = rand_future()
        org = R.choice(orgs[:1]*3 + orgs)
        if 'Giáo dục' in org and tk in ('tl','at','ptdv'): org = orgs[0]
        place = onl if mode == 'online' else R.choice(places)
        if mode == 'hybrid': place = place + ' và trực tuyến'
        tcell = R.choice(t[2]); acell = R.choice(t[4])
        row = {'topic': t[1], 'tk': tk}
        if is_batch:
            # duplicate a base class as đợt 2 of an earlier one: pick base = first class in province with this type, else make both
            base = [m for m in meta if m['prov'] == pk and m['tk'] == tk and m['status'] not in ('Đã hủy',) and not m['planned'] and m['start'] > NOW.date()]
            if base:
                b = base[0]; title = b['title_base']; org = b['org']; acell = b['aud']; tcell = b['topiccell']; days = b['days']
                b['batch'] = 1
                s = wd(max(b['start'], D(2026,12,1)) + dt.timedelta(days=R.choice([21,28,35,42])))
                status = 'Mở đăng ký'; planned = None; mode = 'direct' if b['mode']=='online' else b['mode']
                place = R.choice([p for p in places if p != b['place']] or places)
                row['batch'] = 2
        if planned:
            scell, ecell, ncell, hh = planned[0], '', (f'{days:02d} ngày' if R.random()<0.6 else ''), None
            start_d, end_d = planned[1], planned[2]
            dl = ''
        else:
            scell, ecell, ncell, hh = date_cells(s, days, mode=='online')
            start_d, end_d = s, s + dt.timedelta(days=days-1)
            if status in ('Đã kết thúc',) or R.random() < 0.2: dl = ''
            else:
                dd = s - dt.timedelta(days=R.choice([3,5,5,7,7,10,14]))
                dl = fmt(dd) if R.random() < 0.7 else fmt(dd) + ' 17:00'
        code = cstyle(TCODE[t[1]], start_d, idx)
        assert code not in codes, code
        codes.add(code)
        m = dict(code=code, prov=pk, provname=pname, tk=tk, topic=t[1], topiccell=tcell, title_base=title, aud=acell, org=org, place=place,
                 mode=mode, start=start_d, end=end_d, planned=planned[0] if planned else None, days=days, status=status,
                 scell=scell, ecell=ecell, ncell=ncell, dl=dl, seats=seats(), batch=row.get('batch'))
        meta.append(m)

# titles with batch suffix
for m in meta:
    m['title'] = m['title_base'] + (f' (đợt {m["batch"]})' if m['batch'] else '')
    # sort
meta.sort(key=lambda m: (m['prov'], m['code']))
MODECELL = {'direct': ['Tập trung (trực tiếp)','Tập trung',''], 'online': ['Trực tuyến'], 'hybrid': ['Kết hợp (trực tiếp và trực tuyến)','Kết hợp']}
NOTES = ['', '', '', 'Mang theo CCCD.', 'Học viên tự túc phương tiện đi lại.', 'Đăng ký qua Ban Tổ chức LĐLĐ tỉnh.', 'Có cấp giấy chứng nhận.', 'Ưu tiên cán bộ mới bầu nhiệm kỳ 2023-2028.']
hdr = ['Mã lớp','Tên lớp','Chủ đề','Đối tượng','Đơn vị tổ chức','Đơn vị phối hợp','Tỉnh/Thành phố','Địa điểm','Hình thức','Ngày bắt đầu','Ngày kết thúc','Hạn đăng ký','Số ngày','Số chỗ','Trạng thái','Ghi chú']
with open(os.path.join(OUT,'courses.csv'),'w',newline='',encoding='utf-8') as f:
    w = csv.writer(f); w.writerow(hdr)
    for m in meta:
        mc = R.choice(MODECELL[m['mode']])
        note = R.choice(NOTES)
        if m['mode']=='online': note = R.choice(['Link phòng học gửi qua Zalo nhóm trước 1 ngày.','Học viên chuẩn bị máy tính có camera.',''])
        w.writerow([m['code'], m['title'], m['topiccell'], m['aud'], m['org'], R.choice(PARTNERS), m['provname'], m['place'], mc,
                    m['scell'], m['ecell'], m['dl'], m['ncell'], m['seats'], m['status'], note])
json.dump([{k:(str(v) if isinstance(v,dt.date) else v) for k,v in m.items()} for m in meta], open(os.path.join(os.path.dirname(__file__),'courses_meta.json'),'w'), ensure_ascii=False, indent=0)
print(len(meta), 'classes')
