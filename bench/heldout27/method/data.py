#!/usr/bin/env python3
"""Blind set 27 - data model: organisers, classes, targets; writes courses.csv and targets.csv."""
import random, csv, io, datetime as dt, unicodedata, re

R = random.Random(2727)
TODAY = dt.date(2026, 11, 23)
OUT = '/work/blind27'

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower()).strip()

def vn(n):
    s = f"{n:,}".replace(',', '.')
    return s

PROV = {
    'TH': dict(name='Thanh Hóa', cells=['Thanh Hóa', 'Thanh Hoá', 'tỉnh Thanh Hóa'], former=[]),
    'NA': dict(name='Nghệ An', cells=['Nghệ An'], former=[]),
    'HT': dict(name='Hà Tĩnh', cells=['Hà Tĩnh'], former=[]),
    'QT': dict(name='Quảng Trị', cells=['Quảng Trị'], former=['Quảng Bình']),
    'HU': dict(name='Huế', cells=['Huế', 'TP Huế', 'Thừa Thiên Huế'], former=[]),
    'HY': dict(name='Hưng Yên', cells=['Hưng Yên'], former=['Thái Bình']),
    'NB': dict(name='Ninh Bình', cells=['Ninh Bình'], former=['Nam Định', 'Hà Nam']),
    'HP': dict(name='Hải Phòng', cells=['Hải Phòng', 'TP Hải Phòng', 'TP. Hải Phòng'], former=['Hải Dương']),
}
FORMER2CUR = {'Quảng Bình': 'QT', 'Thái Bình': 'HY', 'Nam Định': 'NB', 'Hà Nam': 'NB', 'Hải Dương': 'HP',
              'Thừa Thiên Huế': 'HU'}

# org: key, prov, name as written in the plan, type, area (former province or None), venues, spoken names
ORGS = [
 ('TH-LD','TH','LĐLĐ tỉnh Thanh Hóa','tinh',None,['Hội trường LĐLĐ tỉnh, số 2 Hạc Thành','Trung tâm Hội nghị tỉnh, phường Hạc Thành','Khách sạn Công đoàn Sầm Sơn, phường Sầm Sơn'],['LĐLĐ tỉnh Thanh Hóa','liên đoàn lao động Thanh Hóa','LĐLĐ Thanh Hóa']),
 ('TH-VC','TH','CĐ Viên chức tỉnh Thanh Hóa','vienchuc',None,['Hội trường Sở Nội vụ, phường Hạc Thành'],['công đoàn viên chức Thanh Hóa','CĐ Viên chức tỉnh Thanh Hóa']),
 ('TH-GD','TH','Công đoàn Giáo dục tỉnh Thanh Hóa','giaoduc',None,['Trường THPT chuyên Lam Sơn, phường Hạc Thành'],['công đoàn giáo dục Thanh Hóa','CĐ Giáo dục tỉnh Thanh Hóa']),
 ('TH-YT','TH','CĐ ngành Y tế Thanh Hóa','yte',None,['Hội trường Sở Y tế, phường Hạc Thành'],['công đoàn y tế Thanh Hóa','CĐ ngành Y tế Thanh Hóa']),
 ('TH-KCN','TH','CĐ Khu kinh tế Nghi Sơn và các KCN tỉnh Thanh Hóa','kcn',None,['Nhà văn hóa công nhân KKT Nghi Sơn, phường Nghi Sơn'],['công đoàn khu kinh tế Nghi Sơn','CĐ KKT Nghi Sơn và các KCN']),
 ('TH-P1','TH','CĐ phường Hạc Thành','phuong',None,['Nhà văn hóa phường Hạc Thành, số 15 Lê Hoàn'],['công đoàn phường Hạc Thành','CĐ phường Hạc Thành']),
 ('TH-P2','TH','Công đoàn phường Sầm Sơn','phuong',None,['Hội trường UBND phường Sầm Sơn'],['công đoàn phường Sầm Sơn','CĐ phường Sầm Sơn']),
 ('TH-CT','TH','CĐ Công ty CP May Lam Sơn','congty',None,['Nhà ăn ca Công ty May Lam Sơn, xã Thọ Xuân'],['công đoàn công ty may Lam Sơn','CĐ Cty CP May Lam Sơn']),
 ('TH-BV','TH','CĐ Bệnh viện Đa khoa tỉnh Thanh Hóa','benhvien',None,['Giảng đường Bệnh viện Đa khoa tỉnh, phường Hạc Thành'],['công đoàn bệnh viện đa khoa tỉnh Thanh Hóa','CĐ BVĐK tỉnh Thanh Hóa']),

 ('NA-LD','NA','LĐLĐ tỉnh Nghệ An','tinh',None,['Hội trường LĐLĐ tỉnh Nghệ An, phường Thành Vinh','Khách sạn Công đoàn Cửa Lò, phường Cửa Lò','Trường Chính trị tỉnh Nghệ An, phường Trường Vinh'],['LĐLĐ tỉnh Nghệ An','liên đoàn lao động tỉnh Nghệ An','LĐLĐ Nghệ An']),
 ('NA-VC','NA','Công đoàn Viên chức tỉnh Nghệ An','vienchuc',None,['Hội trường Công đoàn Viên chức tỉnh, phường Thành Vinh'],['công đoàn viên chức Nghệ An','CĐ Viên chức Nghệ An']),
 ('NA-GD','NA','CĐ Giáo dục tỉnh Nghệ An','giaoduc',None,['Trường THPT Huỳnh Thúc Kháng, phường Thành Vinh'],['công đoàn giáo dục Nghệ An','CĐ Giáo dục tỉnh Nghệ An','CĐ ngành giáo dục Nghệ An']),
 ('NA-YT','NA','Công đoàn ngành Y tế Nghệ An','yte',None,['Bệnh viện Hữu nghị Đa khoa Nghệ An, phường Trường Vinh'],['công đoàn ngành y tế Nghệ An','CĐ Y tế Nghệ An']),
 ('NA-KCN','NA','CĐ Khu kinh tế Đông Nam Nghệ An','kcn',None,['Nhà văn hóa công nhân KCN Nam Cấm, xã Nghi Lộc','Nhà văn hóa công nhân KCN VSIP Nghệ An, xã Hưng Nguyên'],['công đoàn khu kinh tế Đông Nam','CĐ KKT Đông Nam Nghệ An']),
 ('NA-P1','NA','CĐ phường Thành Vinh','phuong',None,['Hội trường UBND phường Thành Vinh'],['công đoàn phường Thành Vinh','CĐ phường Thành Vinh']),
 ('NA-P2','NA','Công đoàn xã Diễn Châu','phuong',None,['Hội trường UBND xã Diễn Châu'],['công đoàn xã Diễn Châu','CĐ xã Diễn Châu']),
 ('NA-CT','NA','CĐ Công ty TNHH Điện tử Bắc Vinh','congty',None,['Phòng đào tạo Công ty Điện tử Bắc Vinh, KCN Bắc Vinh'],['công đoàn công ty điện tử Bắc Vinh','CĐ Cty Điện tử Bắc Vinh']),
 ('NA-TR','NA','CĐ Trường Đại học Vinh','truong',None,['Giảng đường A0 Trường Đại học Vinh, phường Trường Vinh'],['công đoàn trường Đại học Vinh','CĐ ĐH Vinh']),

 ('HT-LD','HT','Liên đoàn Lao động tỉnh Hà Tĩnh','tinh',None,['Hội trường LĐLĐ tỉnh Hà Tĩnh, phường Thành Sen','Khách sạn Công đoàn Thiên Cầm, xã Thiên Cầm'],['LĐLĐ tỉnh Hà Tĩnh','liên đoàn lao động Hà Tĩnh','LĐLĐ Hà Tĩnh']),
 ('HT-VC','HT','CĐ Viên chức tỉnh Hà Tĩnh','vienchuc',None,['Hội trường Văn phòng UBND tỉnh, phường Thành Sen'],['công đoàn viên chức Hà Tĩnh','CĐ Viên chức Hà Tĩnh']),
 ('HT-GD','HT','Công đoàn Giáo dục Hà Tĩnh','giaoduc',None,['Trường THPT chuyên Hà Tĩnh, phường Thành Sen'],['công đoàn giáo dục Hà Tĩnh','CĐ Giáo dục Hà Tĩnh']),
 ('HT-YT','HT','CĐ ngành Y tế tỉnh Hà Tĩnh','yte',None,['Hội trường Bệnh viện Đa khoa tỉnh Hà Tĩnh, phường Thành Sen'],['công đoàn y tế Hà Tĩnh','CĐ ngành Y tế Hà Tĩnh']),
 ('HT-KCN','HT','CĐ Khu kinh tế tỉnh Hà Tĩnh','kcn',None,['Nhà văn hóa công nhân KKT Vũng Áng, phường Hoành Sơn'],['công đoàn khu kinh tế Hà Tĩnh','CĐ KKT Vũng Áng','CĐ KKT tỉnh Hà Tĩnh']),
 ('HT-P1','HT','CĐ phường Thành Sen','phuong',None,['Nhà văn hóa phường Thành Sen'],['công đoàn phường Thành Sen','CĐ phường Thành Sen']),
 ('HT-CT','HT','CĐ Công ty CP Thép Vũng Áng','congty',None,['Hội trường Công ty Thép Vũng Áng, phường Hoành Sơn'],['công đoàn công ty thép Vũng Áng','CĐ Cty Thép Vũng Áng']),
 ('HT-BV','HT','CĐ Bệnh viện Đa khoa tỉnh Hà Tĩnh','benhvien',None,['Giảng đường Bệnh viện Đa khoa tỉnh Hà Tĩnh, phường Thành Sen'],['công đoàn bệnh viện đa khoa Hà Tĩnh','CĐ BVĐK Hà Tĩnh']),

 ('QT-LD','QT','LĐLĐ tỉnh Quảng Trị','tinh',None,['Hội trường LĐLĐ tỉnh, phường Đông Hà','Hội trường cơ sở 2 LĐLĐ tỉnh, phường Đồng Hới'],['LĐLĐ tỉnh Quảng Trị','liên đoàn lao động Quảng Trị','LĐLĐ Quảng Trị']),
 ('QT-VC','QT','CĐ Viên chức tỉnh Quảng Trị','vienchuc',None,['Hội trường Sở Nội vụ, phường Đông Hà'],['công đoàn viên chức Quảng Trị','CĐ Viên chức Quảng Trị']),
 ('QT-GD','QT','Công đoàn Giáo dục tỉnh Quảng Trị','giaoduc','Quảng Bình',['Trường THPT chuyên Võ Nguyên Giáp, phường Đồng Hới'],['công đoàn giáo dục Quảng Trị','CĐ Giáo dục Quảng Trị']),
 ('QT-YT','QT','CĐ ngành Y tế Quảng Trị','yte',None,['Bệnh viện Đa khoa tỉnh Quảng Trị, phường Đông Hà'],['công đoàn y tế Quảng Trị','CĐ ngành Y tế Quảng Trị']),
 ('QT-KCN','QT','CĐ các KCN tỉnh Quảng Trị','kcn','Quảng Bình',['Nhà văn hóa công nhân KCN Hòn La, xã Quảng Đông'],['công đoàn các khu công nghiệp Quảng Trị','CĐ các KCN Quảng Trị']),
 ('QT-P1','QT','CĐ phường Đồng Hới','phuong','Quảng Bình',['Hội trường UBND phường Đồng Hới'],['công đoàn phường Đồng Hới','CĐ phường Đồng Hới']),
 ('QT-P2','QT','CĐ phường Đông Hà','phuong',None,['Nhà văn hóa phường Đông Hà'],['công đoàn phường Đông Hà','CĐ phường Đông Hà']),
 ('QT-CT','QT','CĐ Công ty CP Cảng Hòn La','congty','Quảng Bình',['Văn phòng Cảng Hòn La, xã Quảng Đông'],['công đoàn cảng Hòn La','CĐ Cty CP Cảng Hòn La']),
 ('QT-TR','QT','CĐ Trường Đại học Quảng Bình','truong','Quảng Bình',['Hội trường Trường Đại học Quảng Bình, phường Đồng Hới'],['công đoàn trường Đại học Quảng Bình','CĐ ĐH Quảng Bình']),

 ('HU-LD','HU','LĐLĐ thành phố Huế','tinh',None,['Hội trường LĐLĐ thành phố Huế, phường Thuận Hóa','Khách sạn Công đoàn Thuận An, phường Thuận An'],['LĐLĐ thành phố Huế','liên đoàn lao động thành phố Huế','LĐLĐ TP Huế']),
 ('HU-VC','HU','CĐ Viên chức thành phố Huế','vienchuc',None,['Hội trường Trung tâm Hành chính công, phường Thuận Hóa'],['công đoàn viên chức Huế','CĐ Viên chức TP Huế']),
 ('HU-GD','HU','CĐ Giáo dục TP Huế','giaoduc',None,['Trường THPT chuyên Quốc Học, phường Thuận Hóa'],['công đoàn giáo dục Huế','CĐ Giáo dục TP Huế']),
 ('HU-YT','HU','Công đoàn ngành Y tế thành phố Huế','yte',None,['Hội trường Sở Y tế, phường Thuận Hóa'],['công đoàn y tế Huế','CĐ ngành Y tế Huế']),
 ('HU-KCN','HU','CĐ Khu kinh tế, công nghiệp Huế','kcn',None,['Nhà văn hóa công nhân KCN Phú Bài, phường Phú Bài'],['công đoàn khu kinh tế công nghiệp Huế','CĐ KKT, công nghiệp Huế']),
 ('HU-P1','HU','CĐ phường Thuận Hóa','phuong',None,['Nhà văn hóa phường Thuận Hóa'],['công đoàn phường Thuận Hóa','CĐ phường Thuận Hóa']),
 ('HU-P2','HU','CĐ phường Phú Xuân','phuong',None,['Hội trường UBND phường Phú Xuân'],['công đoàn phường Phú Xuân','CĐ phường Phú Xuân']),
 ('HU-CT','HU','CĐ Công ty TNHH Sợi Phú Bài','congty',None,['Nhà ăn ca Công ty Sợi Phú Bài, KCN Phú Bài'],['công đoàn công ty sợi Phú Bài','CĐ Cty Sợi Phú Bài']),
 ('HU-BV','HU','CĐ Bệnh viện Trung ương Huế','benhvien',None,['Giảng đường Bệnh viện Trung ương Huế, phường Thuận Hóa'],['công đoàn bệnh viện Trung ương Huế','CĐ BV Trung ương Huế']),

 ('HY-LD','HY','LĐLĐ tỉnh Hưng Yên','tinh',None,['Hội trường LĐLĐ tỉnh, phường Phố Hiến','Hội trường cơ sở 2 LĐLĐ tỉnh, phường Trần Lãm'],['LĐLĐ tỉnh Hưng Yên','liên đoàn lao động Hưng Yên','LĐLĐ Hưng Yên']),
 ('HY-VC','HY','CĐ Viên chức tỉnh Hưng Yên','vienchuc',None,['Hội trường Sở Nội vụ, phường Phố Hiến'],['công đoàn viên chức Hưng Yên','CĐ Viên chức Hưng Yên']),
 ('HY-GD','HY','Công đoàn Giáo dục tỉnh Hưng Yên','giaoduc','Thái Bình',['Trường THPT chuyên Thái Bình, phường Trần Lãm'],['công đoàn giáo dục Hưng Yên','CĐ Giáo dục Hưng Yên']),
 ('HY-YT','HY','CĐ ngành Y tế Hưng Yên','yte',None,['Hội trường Sở Y tế, phường Phố Hiến'],['công đoàn y tế Hưng Yên','CĐ ngành Y tế Hưng Yên']),
 ('HY-KCN','HY','CĐ các KCN tỉnh Hưng Yên','kcn',None,['Nhà văn hóa công nhân KCN Phố Nối A, phường Mỹ Hào','Nhà văn hóa công nhân KCN Tiền Hải, xã Tiền Hải'],['công đoàn các khu công nghiệp Hưng Yên','CĐ các KCN Hưng Yên']),
 ('HY-P1','HY','CĐ phường Phố Hiến','phuong',None,['Nhà văn hóa phường Phố Hiến'],['công đoàn phường Phố Hiến','CĐ phường Phố Hiến']),
 ('HY-P2','HY','CĐ phường Trần Lãm','phuong','Thái Bình',['Hội trường UBND phường Trần Lãm'],['công đoàn phường Trần Lãm','CĐ phường Trần Lãm']),
 ('HY-CT','HY','CĐ Công ty TNHH May Tiền Hải','congty','Thái Bình',['Nhà ăn ca Công ty May Tiền Hải, xã Tiền Hải'],['công đoàn công ty may Tiền Hải','CĐ Cty May Tiền Hải']),
 ('HY-TR','HY','CĐ Trường Đại học Y Dược Thái Bình','truong','Thái Bình',['Giảng đường Trường Đại học Y Dược Thái Bình, phường Trần Lãm'],['công đoàn trường Đại học Y Dược Thái Bình','CĐ ĐH Y Dược Thái Bình']),

 ('NB-LD','NB','LĐLĐ tỉnh Ninh Bình','tinh',None,['Hội trường LĐLĐ tỉnh, phường Hoa Lư','Hội trường cơ sở Nam Định LĐLĐ tỉnh, phường Nam Định','Hội trường cơ sở Hà Nam LĐLĐ tỉnh, phường Phủ Lý'],['LĐLĐ tỉnh Ninh Bình','liên đoàn lao động Ninh Bình','LĐLĐ Ninh Bình']),
 ('NB-VC','NB','CĐ Viên chức tỉnh Ninh Bình','vienchuc',None,['Hội trường Sở Nội vụ, phường Hoa Lư'],['công đoàn viên chức Ninh Bình','CĐ Viên chức Ninh Bình']),
 ('NB-GD','NB','CĐ Giáo dục tỉnh Ninh Bình','giaoduc','Nam Định',['Trường THPT chuyên Lê Hồng Phong, phường Nam Định'],['công đoàn giáo dục Ninh Bình','CĐ Giáo dục Ninh Bình']),
 ('NB-YT','NB','Công đoàn ngành Y tế tỉnh Ninh Bình','yte',None,['Hội trường Bệnh viện Đa khoa tỉnh Ninh Bình, phường Hoa Lư'],['công đoàn y tế Ninh Bình','CĐ ngành Y tế Ninh Bình']),
 ('NB-KCN','NB','CĐ các KCN tỉnh Ninh Bình','kcn','Hà Nam',['Nhà văn hóa công nhân KCN Đồng Văn, phường Duy Tiên'],['công đoàn các khu công nghiệp Ninh Bình','CĐ các KCN Ninh Bình']),
 ('NB-P1','NB','CĐ phường Hoa Lư','phuong',None,['Nhà văn hóa phường Hoa Lư'],['công đoàn phường Hoa Lư','CĐ phường Hoa Lư']),
 ('NB-P2','NB','CĐ phường Nam Định','phuong','Nam Định',['Hội trường UBND phường Nam Định'],['công đoàn phường Nam Định','CĐ phường Nam Định']),
 ('NB-P3','NB','Công đoàn phường Phủ Lý','phuong','Hà Nam',['Nhà văn hóa phường Phủ Lý'],['công đoàn phường Phủ Lý','CĐ phường Phủ Lý']),
 ('NB-CT','NB','CĐ Tổng Công ty CP Dệt may Nam Định','congty','Nam Định',['Hội trường Dệt may Nam Định, phường Nam Định'],['công đoàn dệt may Nam Định','CĐ Tổng Cty Dệt may Nam Định']),

 ('HP-LD','HP','LĐLĐ TP Hải Phòng','tinh',None,['Cung Văn hóa Lao động Hữu nghị Việt Tiệp, phường Hồng Bàng','Hội trường cơ sở 2 LĐLĐ thành phố, phường Hải Dương'],['LĐLĐ thành phố Hải Phòng','liên đoàn lao động Hải Phòng','LĐLĐ TP Hải Phòng']),
 ('HP-VC','HP','CĐ Viên chức thành phố Hải Phòng','vienchuc',None,['Hội trường Trung tâm Hội nghị thành phố, phường Hồng Bàng'],['công đoàn viên chức Hải Phòng','CĐ Viên chức Hải Phòng']),
 ('HP-GD','HP','Công đoàn Giáo dục Hải Phòng','giaoduc',None,['Trường THPT chuyên Trần Phú, phường Lê Chân'],['công đoàn giáo dục Hải Phòng','CĐ Giáo dục Hải Phòng']),
 ('HP-YT','HP','CĐ ngành Y tế Hải Phòng','yte',None,['Hội trường Sở Y tế, phường Lê Chân'],['công đoàn y tế Hải Phòng','CĐ ngành Y tế Hải Phòng']),
 ('HP-KCN','HP','CĐ các KCN Hải Phòng','kcn',None,['Nhà văn hóa công nhân KCN Tràng Duệ, xã An Dương','Nhà văn hóa công nhân KCN Đại An, phường Tứ Minh'],['công đoàn các khu công nghiệp Hải Phòng','CĐ các KCN Hải Phòng','CĐ KCN Hải Phòng']),
 ('HP-P1','HP','CĐ phường Hồng Bàng','phuong',None,['Nhà văn hóa phường Hồng Bàng'],['công đoàn phường Hồng Bàng','CĐ phường Hồng Bàng']),
 ('HP-P2','HP','CĐ phường Hải Dương','phuong','Hải Dương',['Hội trường UBND phường Hải Dương'],['công đoàn phường Hải Dương','CĐ phường Hải Dương']),
 ('HP-CT','HP','CĐ Công ty TNHH Điện tử Tràng Duệ','congty',None,['Nhà ăn ca Công ty Điện tử Tràng Duệ, KCN Tràng Duệ'],['công đoàn công ty điện tử Tràng Duệ','CĐ Cty Điện tử Tràng Duệ']),
 ('HP-BV','HP','CĐ Bệnh viện Hữu nghị Việt Tiệp','benhvien',None,['Giảng đường Bệnh viện Việt Tiệp, phường Lê Chân'],['công đoàn bệnh viện Việt Tiệp','CĐ BV Việt Tiệp']),
]
ORG = {o[0]: dict(key=o[0], prov=o[1], name=o[2], type=o[3], area=o[4], venues=o[5], spoken=o[6]) for o in ORGS}
# venue areas for LĐLĐ second/third venues in former provinces
VENUE_AREA = {'Hội trường cơ sở 2 LĐLĐ tỉnh, phường Đồng Hới': 'Quảng Bình',
              'Hội trường cơ sở 2 LĐLĐ tỉnh, phường Trần Lãm': 'Thái Bình',
              'Hội trường cơ sở Nam Định LĐLĐ tỉnh, phường Nam Định': 'Nam Định',
              'Hội trường cơ sở Hà Nam LĐLĐ tỉnh, phường Phủ Lý': 'Hà Nam',
              'Hội trường cơ sở 2 LĐLĐ thành phố, phường Hải Dương': 'Hải Dương',
              'Nhà văn hóa công nhân KCN Tiền Hải, xã Tiền Hải': 'Thái Bình'}

TOPIC = {
 'nghiepvu': ('Nghiệp vụ công tác công đoàn', 'NV'),
 'thuongluong': ('Đối thoại, thương lượng tập thể', 'TLTT'),
 'atvsld': ('An toàn, vệ sinh lao động', 'ATVS'),
 'phapluat': ('Pháp luật lao động, tư vấn pháp luật', 'PL'),
 'tranhchap': ('Giải quyết tranh chấp lao động', 'TC'),
 'nucong': ('Công tác nữ công, bình đẳng giới', 'NC'),
 'taichinh': ('Tài chính công đoàn', 'TCCD'),
 'kiemtra': ('Công tác kiểm tra công đoàn', 'KT'),
 'tuyengiao': ('Tuyên truyền, tuyên giáo', 'TG'),
 'phattrien': ('Phát triển đoàn viên, thành lập CĐCS', 'PTDV'),
 'chuyendoiso': ('Tin học, chuyển đổi số', 'CDS'),
 'giangvien': ('Kỹ năng giảng dạy cho giảng viên', 'GV'),
 'vanthu': ('Văn thư, lưu trữ', 'VT'),
}
# how offices write the Chuyên đề cell (label, abbreviation or own short words)
TOPIC_CELL = {
 'nghiepvu': ['Nghiệp vụ công tác công đoàn', 'Nghiệp vụ CĐ'],
 'thuongluong': ['Đối thoại, thương lượng tập thể', 'Thương lượng tập thể'],
 'atvsld': ['An toàn, vệ sinh lao động', 'ATVSLĐ'],
 'phapluat': ['Pháp luật lao động, tư vấn pháp luật'],
 'tranhchap': ['Giải quyết tranh chấp lao động'],
 'nucong': ['Công tác nữ công, bình đẳng giới', 'Nữ công'],
 'taichinh': ['Tài chính công đoàn'],
 'kiemtra': ['Công tác kiểm tra công đoàn', 'Kiểm tra'],
 'tuyengiao': ['Tuyên truyền, tuyên giáo'],
 'phattrien': ['Phát triển đoàn viên, thành lập CĐCS'],
 'chuyendoiso': ['Tin học, chuyển đổi số', 'Chuyển đổi số'],
 'giangvien': ['Kỹ năng giảng dạy cho giảng viên'],
 'vanthu': ['Văn thư, lưu trữ'],
}

# class recipes per organiser type: (topic, title, audience cell, coordinating unit, batches)
RECIPES = {
 'tinh': [
  ('nghiepvu', 'Bồi dưỡng nghiệp vụ cho Chủ tịch, Phó Chủ tịch CĐCS', 'Chủ tịch và P.Chủ tịch CĐCS', 'Trường Đại học Công đoàn', 2),
  ('thuongluong', 'Tập huấn kỹ năng đối thoại, thương lượng tập thể', 'Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'Sở Nội vụ', 1),
  ('kiemtra', 'Bồi dưỡng nghiệp vụ công tác kiểm tra cho Ủy viên UBKT', 'Ủy viên Ủy ban kiểm tra CĐCS', '', 1),
  ('nucong', 'Tập huấn nghiệp vụ công tác nữ công, bình đẳng giới', 'Trưởng, phó ban nữ công CĐCS', 'Hội Liên hiệp Phụ nữ tỉnh', 1),
  ('taichinh', 'Tập huấn công tác tài chính công đoàn', 'Chủ tịch CĐCS; kế toán, thủ quỹ công đoàn', '', 1),
  ('chuyendoiso', 'Tập huấn chuyển đổi số, sử dụng phần mềm quản lý đoàn viên', 'Cán bộ công đoàn chuyên trách', 'Viettel tỉnh', 1),
  ('phattrien', 'Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS', 'Cán bộ công đoàn cấp trên cơ sở', '', 1),
  ('giangvien', 'Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức', 'Giảng viên kiêm chức', 'Trường Đại học Công đoàn', 1),
  ('tuyengiao', 'Tập huấn công tác tuyên truyền, tuyên giáo công đoàn', 'Ủy viên BCH công đoàn', '', 1),
  ('phapluat', 'Tập huấn pháp luật lao động và kỹ năng tư vấn pháp luật', 'Cán bộ công đoàn chuyên trách; Chủ tịch CĐCS', 'Sở Tư pháp', 1),
 ],
 'kcn': [
  ('atvsld', 'Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên', 'An toàn vệ sinh viên; Đoàn viên, người lao động', 'Sở Nội vụ', 2),
  ('thuongluong', 'Tập huấn đối thoại tại nơi làm việc và thương lượng tập thể', 'Chủ tịch CĐCS; Ủy viên BCH công đoàn', 'Ban Quản lý Khu kinh tế', 1),
  ('tranhchap', 'Kỹ năng giải quyết tranh chấp lao động, ngừng việc tập thể', 'Chủ tịch CĐCS', '', 1),
 ],
 'giaoduc': [
  ('nghiepvu', 'Bồi dưỡng nghiệp vụ cho chủ tịch công đoàn trường học', 'Chủ tịch CĐCS', 'Sở Giáo dục và Đào tạo', 1),
  ('nucong', 'Tập huấn công tác nữ công trong trường học', 'Trưởng, phó ban nữ công CĐCS', '', 1),
 ],
 'vienchuc': [
  ('phapluat', 'Tập huấn pháp luật lao động, chế độ chính sách cho viên chức', 'Ủy viên BCH công đoàn', 'Sở Tư pháp', 1),
  ('kiemtra', 'Tập huấn nghiệp vụ kiểm tra, giám sát', 'Ủy viên BCH, Ủy viên UBKT công đoàn', '', 1),
 ],
 'yte': [
  ('atvsld', 'Tập huấn an toàn, vệ sinh lao động trong cơ sở y tế', 'An toàn vệ sinh viên; Đoàn viên, người lao động', 'Sở Y tế', 1),
  ('nucong', 'Bồi dưỡng công tác nữ công ngành y tế', 'Trưởng, phó ban nữ công CĐCS', '', 1),
 ],
 'phuong': [
  ('nghiepvu', 'Tập huấn nghiệp vụ cho Ban Chấp hành CĐCS khu vực ngoài nhà nước', 'Ủy viên BCH công đoàn', '', 1),
  ('phattrien', 'Hội nghị tập huấn phát triển đoàn viên, thành lập CĐCS', 'Cán bộ công đoàn không chuyên trách', 'UBND phường', 1),
 ],
 'congty': [
  ('atvsld', 'Huấn luyện an toàn, vệ sinh lao động cho người lao động', 'Đoàn viên, người lao động', 'Phòng Nhân sự công ty', 1),
  ('phapluat', 'Phổ biến pháp luật lao động cho đoàn viên', 'Đoàn viên, người lao động', '', 1),
 ],
 'truong': [
  ('chuyendoiso', 'Tập huấn ứng dụng công nghệ thông tin trong công tác công đoàn', 'Ủy viên BCH công đoàn', '', 1),
  ('vanthu', 'Tập huấn công tác văn thư, lưu trữ hồ sơ công đoàn', 'Cán bộ công đoàn không chuyên trách', '', 1),
 ],
 'benhvien': [
  ('chuyendoiso', 'Tập huấn ứng dụng công nghệ thông tin trong công tác công đoàn', 'Ủy viên BCH công đoàn', '', 1),
  ('vanthu', 'Tập huấn công tác văn thư, lưu trữ hồ sơ công đoàn', 'Cán bộ công đoàn không chuyên trách', '', 1),
 ],
}

AUD_KEYS = {
 'Chủ tịch và P.Chủ tịch CĐCS': ['chutich', 'pct'],
 'Chủ tịch CĐCS; Ủy viên BCH công đoàn': ['chutich', 'bch'],
 'Ủy viên Ủy ban kiểm tra CĐCS': ['ubkt'],
 'Trưởng, phó ban nữ công CĐCS': [],
 'Chủ tịch CĐCS; kế toán, thủ quỹ công đoàn': ['chutich'],
 'Cán bộ công đoàn chuyên trách': ['ctr'],
 'Cán bộ công đoàn cấp trên cơ sở': ['ctcs'],
 'Giảng viên kiêm chức': ['gv'],
 'Ủy viên BCH công đoàn': ['bch'],
 'Cán bộ công đoàn chuyên trách; Chủ tịch CĐCS': ['ctr', 'chutich'],
 'An toàn vệ sinh viên; Đoàn viên, người lao động': ['nld'],
 'Chủ tịch CĐCS': ['chutich'],
 'Cán bộ công đoàn không chuyên trách': ['kct'],
 'Đoàn viên, người lao động': ['nld'],
 'Ủy viên BCH, Ủy viên UBKT công đoàn': ['bch', 'ubkt'],
}

WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']
WDS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']

def rand_weekday(lo, hi, used=None):
    for _ in range(200):
        d = lo + dt.timedelta(days=R.randint(0, (hi - lo).days))
        tet = dt.date(2027, 1, 28) <= d <= dt.date(2027, 2, 19)
        if d.weekday() < 5 and not tet and (used is None or d not in used):
            return d
    return d

WINDOWS = {
 'past': (dt.date(2026, 9, 7), dt.date(2026, 11, 18)),
 'soon': (dt.date(2026, 11, 25), dt.date(2026, 12, 30)),
 'q1': (dt.date(2027, 1, 5), dt.date(2027, 3, 30)),
 'q2': (dt.date(2027, 4, 5), dt.date(2027, 6, 25)),
}
PERIODS = [('Tháng 1/2027', dt.date(2027, 1, 1), dt.date(2027, 1, 31)),
           ('Quý I/2027', dt.date(2027, 1, 1), dt.date(2027, 3, 31)),
           ('T3/2027', dt.date(2027, 3, 1), dt.date(2027, 3, 31)),
           ('Q2/2027', dt.date(2027, 4, 1), dt.date(2027, 6, 30)),
           ('Tháng 5/2027', dt.date(2027, 5, 1), dt.date(2027, 5, 31)),
           ('quý II năm 2027', dt.date(2027, 4, 1), dt.date(2027, 6, 30))]


def build_classes():
    classes = []
    seq = {}
    for ok, o in ORG.items():
        recs = list(RECIPES[o['type']])
        if o['type'] == 'tinh':
            R.shuffle(recs)
            recs = recs[:8] + [r for r in recs[8:] if R.random() < 0.6]
            # make sure batch series is in
            if not any(r[0] == 'nghiepvu' for r in recs):
                recs.append(RECIPES['tinh'][0])
        for (topic, title, aud, coord, nb) in recs:
            if o['type'] == 'tinh' and topic == 'nghiepvu':
                nb = R.choice([2, 2, 3])
            for b in range(1, nb + 1):
                c = dict(org=ok, prov=o['prov'], topic=topic, aud=aud, aud_keys=AUD_KEYS[aud], coord=coord,
                         batch=(b if nb > 1 else None), otype=o['type'])
                c['title'] = title + (f' (Đợt {b})' if nb > 1 else '')
                pk = o['prov']
                abbr = TOPIC[topic][1]
                seq[(pk, abbr)] = seq.get((pk, abbr), 0) + 1
                c['code'] = f"{pk}-{abbr}-{seq[(pk, abbr)]:02d}"
                # venue
                v = R.choice(o['venues']) if o['type'] == 'tinh' else o['venues'][0]
                c['venue'] = v
                c['area'] = VENUE_AREA.get(v, o['area'])
                # time category
                if nb > 1:
                    cats = {2: [['past', 'soon'], ['soon', 'q1'], ['soon', 'q2'], ['q1', 'q2']],
                            3: [['past', 'soon', 'q1'], ['soon', 'q1', 'q2'], ['soon', 'q1', 'proj']]}[nb]
                    if b == 1:
                        c['_series'] = R.choice(cats)
                        series = c['_series']
                    c['cat'] = series[b - 1]
                else:
                    c['cat'] = R.choices(['past', 'soon', 'q1', 'q2', 'proj'], [2, 4, 4, 2, 1.5])[0]
                classes.append(c)
    # statuses
    for c in classes:
        c['status'] = 'done' if c['cat'] == 'past' else ('proj' if c['cat'] == 'proj' else 'open')
    opens = [c for c in classes if c['status'] == 'open' and c['batch'] is None]
    R.shuffle(opens)
    for c in opens[:9]:
        c['status'] = 'cancel'
    for c in opens[9:16]:
        c['status'] = 'postponed'
        c['cat'] = 'soon'
    # modes
    for c in classes:
        c['mode'] = 'tap'
        if c['topic'] == 'chuyendoiso' and c['otype'] == 'tinh':
            c['mode'] = 'online'
        elif c['topic'] in ('phapluat', 'tuyengiao', 'kiemtra', 'taichinh', 'vanthu') and R.random() < 0.3:
            c['mode'] = 'online'
        elif R.random() < 0.08:
            c['mode'] = 'kethop'
        if c['mode'] == 'online':
            c['venue'] = R.choice(['Zoom (link gửi qua nhóm Zalo)', 'Trực tuyến qua Zoom', 'Google Meet'])
            c['area'] = ORG[c['org']]['area']
    # dates
    used = {}
    for c in classes:
        pk = c['prov']
        u = used.setdefault(pk, set())
        if c['cat'] == 'proj':
            lab, lo, hi = R.choice(PERIODS)
            c.update(period=lab, lo=lo, hi=hi, start=None, end=None, ndays=R.choice([None, 2, 3]), dl=None)
            continue
        lo, hi = WINDOWS[c['cat']]
        d = rand_weekday(lo, hi, u)
        u.add(d)
        nd = R.choice([1, 2, 2, 3, 3]) if c['mode'] != 'online' else R.choice([1, 1, 2])
        e = d + dt.timedelta(days=nd - 1)
        c.update(start=d, end=e, ndays=nd, lo=d, hi=d, period=None)
        c['time'] = R.choice([None, None, '07:30', '08:00', '13:30'])
        if c['status'] == 'postponed':
            nd2 = rand_weekday(dt.date(2027, 1, 5), dt.date(2027, 3, 20), u)
            u.add(nd2)
            c['new'] = nd2
            c['dl'] = nd2 - dt.timedelta(days=R.randint(4, 8))
        elif c['status'] == 'done':
            c['dl'] = d - dt.timedelta(days=R.randint(3, 10))
        else:
            k = R.randint(3, 10)
            dl = d - dt.timedelta(days=k)
            if dl <= TODAY:
                dl = max(d - dt.timedelta(days=1), TODAY + dt.timedelta(days=1))
                if dl > d:
                    dl = d
            c['dl'] = dl
    # a few passed deadlines on soon classes (still upcoming)
    soon = [c for c in classes if c['status'] == 'open' and c['start'] and c['start'] >= dt.date(2026, 11, 27) and c['start'] <= dt.date(2026, 12, 4)]
    for c in soon[:4]:
        c['dl'] = dt.date(2026, 11, 20)
    for c in classes:
        c['seats'] = R.choice([30, 40, 50, 60, 80, 100, 120])
    # online venue for proj ok
    return classes


def cell_start(c):
    if c['period']:
        return c['period'], ''
    d, e = c['start'], c['end']
    t = c.get('time')
    r = R.random()
    if c['ndays'] > 1 and r < 0.3 and d.year == e.year:
        if d.month == e.month:
            return f"{d.day}-{e.day}/{d.month}/{d.year}", ''
        return f"{d.day:02d}/{d.month:02d} - {e.day:02d}/{e.month:02d}/{e.year}", ''
    r2 = R.random()
    if t and r2 < 0.4:
        h, m = t.split(':')
        s = f"{int(h)}h{m} ngày {d.day}/{d.month}/{d.year}"
    elif t:
        s = f"{d:%d/%m/%Y} {t}"
    elif r2 < 0.25:
        s = f"{WD[d.weekday()]}, {d:%d/%m/%Y}"
    elif r2 < 0.35:
        s = f"{d:%Y-%m-%d}"
    elif r2 < 0.6:
        s = f"{d.day}/{d.month}/{d.year}"
    else:
        s = f"{d:%d/%m/%Y}"
    if c['ndays'] == 1:
        return s, ''
    es = R.choice([f"{e:%d/%m/%Y}", f"{e:%d/%m/%Y} 16:30", f"{e.day}/{e.month}/{e.year}"])
    return s, es


def cell_dl(c):
    dl = c.get('dl')
    if not dl:
        return ''
    r = R.random()
    if r < 0.2:
        return f"{WDS[dl.weekday()]} {dl:%d/%m/%Y}"
    if r < 0.35:
        return f"{dl:%d/%m/%Y} 17:00"
    if r < 0.55:
        return f"{dl.day}/{dl.month}/{dl.year}"
    return f"{dl:%d/%m/%Y}"


def write_courses(classes):
    hdr = ['STT', 'Mã lớp', 'Tên lớp học', 'Chuyên đề', 'Đối tượng tham gia', 'Đơn vị thực hiện', 'Đơn vị phối hợp',
           'Tỉnh/Thành phố', 'Địa điểm tổ chức', 'Hình thức', 'Ngày bắt đầu', 'Ngày kết thúc', 'Hạn đăng ký',
           'Số ngày', 'Số lượng', 'Trạng thái', 'Ghi chú']
    rows = [['TỔNG HỢP KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN'] + [''] * 16,
            ['(Các LĐLĐ tỉnh, thành phố khu vực Bắc Trung Bộ và đồng bằng sông Hồng - bản cập nhật ngày 20/11/2026)'] + [''] * 16,
            [''] * 17, hdr]
    romans = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']
    for i, pk in enumerate(PROV):
        lname = ORG[pk + '-LD']['name'].upper()
        rows.append([romans[i], f'{lname} VÀ CÁC CÔNG ĐOÀN TRỰC THUỘC'] + [''] * 15)
        n = 0
        pcs = [c for c in classes if c['prov'] == pk]
        pcs.sort(key=lambda c: (list(ORG).index(c['org']), c['code']))
        for c in pcs:
            n += 1
            s, e = cell_start(c)
            c['cell_start'], c['cell_end'] = s, e
            if c['area'] and R.random() < 0.75:
                prov_cell = c['area']
            else:
                prov_cell = R.choice(PROV[pk]['cells'])
            c['prov_cell'] = prov_cell
            # the former province is visible only where the plan says so (cell, place or organiser name)
            c['area'] = next((f for f in PROV[pk]['former'] if f == prov_cell or fold(f) in fold(c['venue'])
                              or fold(f) in fold(ORG[c['org']]['name'])), None)
            mode_cell = {'tap': R.choice(['Tập trung', '', 'Trực tiếp', 'Tập trung (trực tiếp)']),
                         'online': R.choice(['Trực tuyến', 'Trực tuyến', 'Online']) ,
                         'kethop': 'Kết hợp (trực tiếp và trực tuyến)'}[c['mode']]
            if mode_cell == 'Online':
                mode_cell = 'Trực tuyến'
            if c['mode'] == 'tap' and mode_cell == 'Trực tiếp':
                mode_cell = 'Tập trung'
            venue = c['venue']
            if c['mode'] == 'kethop':
                venue = venue + ' + trực tuyến'
                c['venue'] = venue
            st = {'open': R.choice(['Mở đăng ký', 'Mở đăng ký', '', 'mở đăng ký']), 'done': 'Đã kết thúc',
                  'cancel': 'Đã hủy', 'postponed': R.choice(['Tạm hoãn', 'Hoãn', 'Đã hoãn']),
                  'proj': R.choice(['Dự kiến', ''])}[c['status']]
            note = ''
            if c['status'] == 'postponed':
                nd = c['new']
                note = R.choice([f"Hoãn sang {nd:%d/%m/%Y} do trùng lịch Đại hội",
                                 f"Lùi lịch đến {nd:%d/%m/%Y}, giữ nguyên địa điểm",
                                 f"Lịch mới: {nd:%d/%m/%Y}"])
            elif c['status'] == 'cancel':
                note = R.choice(['Hủy do không đủ số lượng đăng ký', 'Hủy, chuyển nội dung sang năm 2027'])
            elif c['mode'] == 'online':
                note = 'Link phòng học gửi trước 01 ngày'
            elif R.random() < 0.25:
                note = R.choice(['Mang theo CCCD', 'Học viên tự túc ăn nghỉ', 'Đăng ký qua Ban Tổ chức',
                                 'Có giấy chứng nhận sau khóa học'])
            c['note'] = note
            nd_cell = '' if c['ndays'] is None else R.choice([str(c['ndays']), f"{c['ndays']:02d} ngày", f"{c['ndays']} ngày"])
            seats = R.choice([str(c['seats']), f"{c['seats']} người", f"khoảng {c['seats']} học viên"])
            c['topic_cell'] = R.choice(TOPIC_CELL[c['topic']])
            rows.append([str(n), c['code'], c['title'], c['topic_cell'], c['aud'], ORG[c['org']]['name'], c['coord'],
                         prov_cell, venue, mode_cell, s, e, cell_dl(c), nd_cell, seats, st, note])
    rows.append([f'Tổng cộng: {len(classes)} lớp'] + [''] * 16)
    rows.append([''] * 17)
    rows.append(['', 'Nơi nhận:'] + [''] * 15)
    rows.append(['', '- Ban Tổ chức TLĐ;'] + [''] * 15)
    rows.append(['', '- Lưu VT.', '', '', '', '', '', '', '', '', '', 'Người lập biểu'] + [''] * 5)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    with open(f'{OUT}/courses.csv', 'w', encoding='utf-8-sig', newline='') as f:
        f.write(buf.getvalue())


# ---------------- targets
TLINE = {
 'ct': ('Bồi dưỡng nghiệp vụ cho chủ tịch, phó chủ tịch CĐCS', 'Chủ tịch CĐCS', 'học viên'),
 'atvs': ('Huấn luyện an toàn, vệ sinh lao động cho cán bộ CĐ và an toàn vệ sinh viên', '', 'người'),
 'ubkt': ('Tập huấn nghiệp vụ kiểm tra cho ủy viên UBKT các cấp', 'Ủy viên ủy ban kiểm tra', 'học viên'),
 'nc': ('Tập huấn công tác nữ công cho trưởng, phó ban nữ công', '', 'học viên'),
 'lop': ('Số lớp tập huấn, bồi dưỡng cán bộ công đoàn', '', 'lớp'),
}
TUNITS = [
 ('NA', 'LĐLĐ tỉnh Nghệ An', ['ct', 'atvs', 'ubkt'], ['ct', 'atvs']),
 ('TH', 'LĐLĐ tỉnh Thanh Hóa', ['ct', 'atvs', 'lop'], ['ct', 'lop']),
 ('HT', 'LĐLĐ tỉnh Hà Tĩnh', ['ct', 'ubkt'], ['ct']),
 ('QT', 'LĐLĐ tỉnh Quảng Trị', ['ct', 'atvs'], ['ct', 'atvs']),
 ('HU', 'LĐLĐ thành phố Huế', ['ct', 'nc'], ['ct']),
 ('HY', 'LĐLĐ tỉnh Hưng Yên', ['ct', 'atvs', 'ubkt'], ['ct', 'ubkt']),
 ('NB', 'LĐLĐ tỉnh Ninh Bình', ['ct', 'lop'], ['ct', 'lop']),
 ('HP', 'LĐLĐ thành phố Hải Phòng', ['ct', 'atvs', 'ubkt'], ['ct', 'atvs']),
 ('NA', 'Công đoàn Giáo dục tỉnh Nghệ An', ['ct'], ['ct']),
 ('TH', 'Công đoàn ngành Y tế Thanh Hóa', ['atvs'], []),
 ('HP', 'Công đoàn các KCN Hải Phòng', ['atvs'], ['atvs']),
 ('HT', 'Công đoàn Viên chức tỉnh Hà Tĩnh', ['ubkt'], []),
 ('NA', 'Công đoàn Khu kinh tế Đông Nam Nghệ An', ['atvs'], ['atvs']),
 ('TH', 'Công đoàn phường Hạc Thành', ['nc'], []),
 ('HY', 'Công đoàn các KCN tỉnh Hưng Yên', ['atvs'], ['atvs']),
]
TABBR = {'LĐLĐ tỉnh Nghệ An': 'NA', 'LĐLĐ tỉnh Thanh Hóa': 'TH', 'LĐLĐ tỉnh Hà Tĩnh': 'HT', 'LĐLĐ tỉnh Quảng Trị': 'QT',
         'LĐLĐ thành phố Huế': 'HU', 'LĐLĐ tỉnh Hưng Yên': 'HY', 'LĐLĐ tỉnh Ninh Bình': 'NB',
         'LĐLĐ thành phố Hải Phòng': 'HP', 'Công đoàn Giáo dục tỉnh Nghệ An': 'NA-GD',
         'Công đoàn ngành Y tế Thanh Hóa': 'TH-YT', 'Công đoàn các KCN Hải Phòng': 'HP-KCN',
         'Công đoàn Viên chức tỉnh Hà Tĩnh': 'HT-VC', 'Công đoàn Khu kinh tế Đông Nam Nghệ An': 'NA-KKT',
         'Công đoàn phường Hạc Thành': 'TH-HT', 'Công đoàn các KCN tỉnh Hưng Yên': 'HY-KCN'}


def build_targets():
    T = []
    for pk, unit, l26, l25 in TUNITS:
        big = unit.startswith('LĐLĐ')
        for yr, lines in ((2026, l26), (2025, l25)):
            for k in lines:
                content, aud, du = TLINE[k]
                if k == 'lop':
                    tgt = R.randint(18, 40)
                elif k == 'ct':
                    tgt = R.randrange(1200, 3400, 50) if big else R.randrange(300, 900, 10)
                elif k == 'atvs':
                    tgt = R.randrange(1500, 6000, 100) if big else R.randrange(400, 1500, 50)
                else:
                    tgt = R.randrange(150, 700, 10)
                if yr == 2026:
                    ach = int(tgt * R.uniform(0.55, 0.93))
                    asof = '31/10/2026' if R.random() < 0.6 else '15/11/2026'
                    note = ''
                else:
                    ach = int(tgt * R.uniform(0.9, 1.12))
                    asof = '31/12/2025'
                    note = 'Vượt kế hoạch' if ach > tgt else ''
                code = f"CT-{TABBR[unit]}-{yr}-{k.upper()}"
                T.append(dict(code=code, unit=unit, prov=pk, year=yr, kind=k, content=content, aud=aud, du=du,
                              target=tgt, ach=ach, asof=asof, note=note))
    return T


def write_targets(T):
    rows = [['BẢNG CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN NĂM 2026 (KÈM SỐ LIỆU NĂM 2025)'] + [''] * 10, [''] * 11,
            ['TT', 'Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt',
             'Tính đến ngày', 'Ghi chú']]
    for i, t in enumerate(T, 1):
        rows.append([str(i), t['code'], t['unit'], str(t['year']), t['content'], t['aud'], vn(t['target']), t['du'],
                     vn(t['ach']), t['asof'], t['note']])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    with open(f'{OUT}/targets.csv', 'w', encoding='utf-8-sig', newline='') as f:
        f.write(buf.getvalue())
