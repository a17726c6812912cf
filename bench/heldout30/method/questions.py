# -*- coding: utf-8 -*-
"""Hand-written questions; expectations derived by engine.py from the course records."""
import json, os, datetime as dt
from engine import expect, BYCODE, COURSES
ORGPROV = {c['okey']: (c.get('area') or c['prov']) for c in COURSES if not c['typ'].startswith('nat')}

OUT = os.path.join(os.path.dirname(__file__), '..')
TH, NA, HT, QT, HUE, DN, QNG = 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'Huế', 'Đà Nẵng', 'Quảng Ngãi'


def P(role, prov, union):
    return {'role': role, 'province': prov, 'union': union}


# (style, question, spec, profile)
COURSE = [
    # ---- Thanh Hóa
    ('diacritics', 'Ở Thanh Hóa có lớp nào về thương lượng tập thể không?', dict(prov=TH, topic=['TLTT']), None),
    ('plain', 'lop huan luyen an toan ve sinh lao dong o thanh hoa sap toi la khi nao', dict(prov=TH, topic=['ATVSLD']), None),
    ('abbrev', 'cđ kkt nghi son co lop ATVSLĐ ko', dict(org=['KKT_NS'], topic=['ATVSLD']), None),
    ('typo', 'lop boi duong chu tich cdcs moi bau dot 2 o thanh hoa hoc ngay nao vây', dict(code='THA-CTMOI-D2'), None),
    ('voice', 'cho em hỏi là lớp bồi dưỡng cho chủ tịch công đoàn cơ sở mới bầu đợt 3 của liên đoàn tỉnh thanh hóa thì bao giờ học ạ', dict(code='THA-CTMOI-D3'), None),
    ('diacritics', 'Công đoàn ngành Y tế Thanh Hóa có mở lớp nào sắp tới không?', dict(org=['YT_TH']), None),
    ('abbrev', 'lđlđ thanh hoa co lop nao cho ubkt k', dict(org=['LDLD_TH'], aud=['UBKT']), None),
    ('plain', 'o phuong sam son co lop nao khong', dict(ward='phường Sầm Sơn'), None),
    ('typo', 'lop tap huan cho chu tich cđcs moi bau dot 1 hoc may ngay, bat dau hom nao', dict(code='THA-CTMOI-D1'), None),
    ('voice', 'chị ơi cho em hỏi bên bệnh viện đa khoa tỉnh thanh hóa có lớp nào tập huấn buổi tối không chị', dict(org=['BV_TH'], evening=True), None),
    ('diacritics', 'Lớp nữ công gần nhất ở Thanh Hóa là lớp nào?', dict(prov=TH, topic=['NC']), None),
    ('plain', 'gan cho toi co lop nao khong, toi o phuong hac thanh', dict(ward='phường Hạc Thành'), P('Chủ tịch CĐCS', TH, 'CĐCS Trường THCS Điện Biên')),
    ('abbrev', 'co lop nao cho ct cdcs gan day ko', dict(prov=TH, aud=['CT']), P('Chủ tịch CĐCS', TH, 'CĐCS Công ty May Nghi Sơn')),
    ('typo', 'lop phat trien doan vien o thanh hoa thag nay con ko', dict(prov=TH, topic=['PTDV']), None),
    ('voice', 'cho mình hỏi là tháng một năm sau bên thanh hóa có lớp nào về chuyển đổi số không', dict(prov=TH, topic=['CNTT'], month=(2027, 1)), None),
    ('diacritics', 'Lớp mã THA-TLTT-11 còn học ngày 22/01 không hay đã dời?', dict(code='THA-TLTT-11', text=['08/03/2027']), None),
    ('abbrev', 'lop atvsld cua lđlđ tinh th bi hoan sang ngay nao', dict(code='THA-ATVSLD-06', text=['11/02/2027']), None),
    # ---- Nghệ An
    ('diacritics', 'Nghệ An có lớp nào dành cho chủ tịch công đoàn cơ sở không?', dict(prov=NA, aud=['CT']), None),
    ('plain', 'cong doan nganh giao duc nghe an co lop nao hoc thu bay khong', dict(org=['GD_NA'], weekend=True), None),
    ('abbrev', 'cđ ngành gd nghệ an có lớp nữ công ko', dict(org=['GD_NA'], topic=['NC']), None),
    ('typo', 'lop tap huan nghiep vu cho bch cdcs truong hoc hoc thu bay o dau z', dict(code='GDNA-T7-2026', text=['Huỳnh Thúc Kháng']), None),
    ('voice', 'em ở phường trường vinh cho em hỏi là gần chỗ em có lớp nào sắp mở không ạ', dict(ward='phường Trường Vinh'), None),
    ('diacritics', 'Khu kinh tế Đông Nam Nghệ An có lớp phát triển đoàn viên không?', dict(org=['KKT_DNNA'], topic=['PTDV']), None),
    ('plain', 'lop ky nang doi thoai thuong luong o nghe an', dict(prov=NA, topic=['TLTT']), None),
    ('abbrev', 'lđlđ nghệ an có lớp tài chính cđ nào ko', dict(org=['LDLD_NA'], topic=['TCCD'], kw=['tài chính']), None),
    ('typo', 'cđ phuong cua lo co lop buoi toi ko a', dict(org=['P_CUALO'], evening=True), None),
    ('voice', 'cho em hỏi là bên liên đoàn lao động tỉnh nghệ an có lớp nào về giảng viên kiêm chức không em muốn đăng ký', dict(org=['LDLD_NA'], topic=['GV']), None),
    ('diacritics', 'Tháng 12 này ở Nghệ An có lớp nào không?', dict(prov=NA, month=(2026, 12)), None),
    ('abbrev', 'co lop nao ve tranh chap ld o na ko', dict(prov=NA, topic=['TC']), None),
    ('plain', 'truong dai hoc vinh co lop nao cho ban nu cong', dict(org=['DH_VINH'], topic=['NC']), None),
    ('typo', 'lop kiem tra tai chinh cong doan o nghe an thang 2 nam sau hoc ngay nao', dict(prov=NA, topic=['KT'], month=(2027, 2)), None),
    ('voice', 'alo cho tôi hỏi lớp học trực tuyến bên nghệ an gần nhất là lớp nào vậy', dict(prov=NA, fmt=['online']), None),
    ('plain', 'lop ky nang hoat dong cdcs cho chu tich va pho chu tich cua ldld nghe an hoc hinh thuc gi', dict(code='NAN-NV-04', text=['22/01/2027']), None),
    # ---- Hà Tĩnh
    ('diacritics', 'Lớp huấn luyện ATVSLĐ ở KKT Vũng Áng còn đăng ký được không?', dict(code='HTI-ATVSLD-GAP', text=['20/11/2026']), None),
    ('plain', 'ha tinh co lop nu cong nao sap toi', dict(prov=HT, topic=['NC']), None),
    ('abbrev', 'lđlđ hà tĩnh có lớp văn thư lưu trữ ko', dict(org=['LDLD_HT'], topic=['VT']), None),
    ('typo', 'cong doan cong ty formosa ha tinh co lop atvsld buoi toi ko', dict(org=['FHS'], topic=['ATVSLD']), None),
    ('voice', 'cho em hỏi là phường thành sen có lớp nào cho chủ tịch công đoàn cơ sở không ạ', dict(ward='phường Thành Sen', aud=['CT']), None),
    ('diacritics', 'Công đoàn Khu kinh tế tỉnh Hà Tĩnh sắp tới có lớp tranh chấp lao động không?', dict(org=['KKT_HT'], topic=['TC']), None),
    ('plain', 'lop giang vien kiem chuc o ha tinh hoc ngay nao', dict(prov=HT, topic=['GV']), None),
    ('abbrev', 'cđ y tế ht có lớp tài chính cđ ko', dict(org=['YT_HT'], topic=['TCCD'], kw=['tài chính']), None),
    ('typo', 'lop phat trien doan vien cua ldld ha tinh bi hoan a, hoan den bao gio', dict(code='HTI-PTDV-04', text=['19/03/2027']), None),
    ('voice', 'tôi là chủ tịch công đoàn cơ sở ở hà tĩnh muốn hỏi có lớp nào học trực tuyến không', dict(prov=HT, fmt=['online']), P('Chủ tịch CĐCS', HT, 'CĐCS Công ty CP Môi trường Hà Tĩnh')),
    ('plain', 'thang 12 o ha tinh co lop nao', dict(prov=HT, month=(2026, 12)), None),
    ('abbrev', 'kkt vũng áng có lớp pháp luật ld ko', dict(org=['KKT_HT'], topic=['PL']), None),
    # ---- Quảng Trị (+ Quảng Bình)
    ('diacritics', 'Ở Quảng Bình có lớp tập huấn nào sắp tới không?', dict(area='Quảng Bình', alt=[dict(prov=QT)]), None),
    ('plain', 'mai o dong ha co lop nao khong', dict(ward='phường Đông Hà', before=dt.datetime(2026, 11, 25)), None),
    ('abbrev', 'lđlđ quảng bình có lớp tranh chấp ld ko', dict(area='Quảng Bình', topic=['TC'], alt=[dict(prov=QT, topic=['TC'])]), None),
    ('typo', 'lop van thu luu tru o quang tri hoc ngay nao', dict(prov=QT, topic=['VT']), None),
    ('voice', 'em ở đồng hới cho em hỏi là gần chỗ em có lớp nào về phát triển đoàn viên không ạ', dict(ward='phường Đồng Hới', topic=['PTDV']), None),
    ('diacritics', 'Lớp nữ công của Bệnh viện Hữu nghị Việt Nam - Cu Ba Đồng Hới học ngày nào?', dict(org=['BV_CUBA'], topic=['NC']), None),
    ('plain', 'quang tri co lop nao cho chu tich cdcs', dict(prov=QT, aud=['CT']), None),
    ('abbrev', 'cđ ngành gd quảng trị có lớp kiểm tra ko', dict(org=['GD_QT'], topic=['KT']), None),
    ('typo', 'lop tuyen giao o phuong dong hoi buoi toi hoc luc may h', dict(org=['P_DONGHOI'], topic=['TT'], text=['31/12/2026']), None),
    ('voice', 'cho tôi hỏi lớp tập huấn nghiệp vụ cho chủ tịch công đoàn cơ sở của công đoàn phường đồng hới bị lùi lịch à lùi đến ngày nào', dict(code='DONGHOI_2702', text=['08/03/2027']), None),
    ('diacritics', 'Quảng Trị có lớp thương lượng tập thể không?', dict(prov=QT, topic=['TLTT']), None),
    ('plain', 'lop ky nang tuyen truyen tren mang xa hoi o quang binh', dict(area='Quảng Bình', topic=['TT'], alt=[dict(prov=QT, topic=['TT'])]), None),
    ('abbrev', 'co lop nao cho ubkt gan day ko', dict(prov=QT, aud=['UBKT']), P('Ủy viên UBKT', QT, 'CĐCS Trường THPT Đông Hà')),
    ('typo', 'lop tai chinh cong doan cho chu tich o quang tri sap hoc roi phai ko', dict(prov=QT, topic=['TCCD'], aud=['CT']), None),
    ('voice', 'chị ơi ngày mai chiều có lớp tranh chấp lao động ở phường đông hà phải không chị em còn đăng ký kịp không', dict(code='DONGHA-TC-2411', text=['24/11/2026']), None),
    # ---- Huế
    ('diacritics', 'LĐLĐ thành phố Huế có lớp nữ công không?', dict(org=['LDLD_HUE'], topic=['NC']), None),
    ('plain', 'lop nu cong o hue thang 12', dict(prov=HUE, topic=['NC'], month=(2026, 12)), None),
    ('abbrev', 'ở tt huế có lớp nào cho ubkt ko', dict(prov=HUE, aud=['UBKT']), None),
    ('typo', 'lop phat trien doan vien cua ldld hue bi doi lich sang hom nao', dict(code='HUE-PTDV-HOAN', text=['12/01/2027']), None),
    ('voice', 'cho em hỏi là cuối tuần này hay tuần sau ở huế có lớp nào học chủ nhật không ạ', dict(prov=HUE, weekend=True), None),
    ('diacritics', 'Bệnh viện Trung ương Huế có lớp tập huấn nào sắp tới?', dict(org=['BV_TWH']), None),
    ('plain', 'cong doan phuong thuan hoa co lop nao', dict(org=['P_THUANHOA']), None),
    ('abbrev', 'kkt huế có lớp tranh chấp ld nào ko', dict(org=['KKT_HUE'], topic=['TC']), None),
    ('typo', 'lop giang vien kiem chuc o thua thien hue', dict(prov=HUE, topic=['GV']), None),
    ('voice', 'tôi ở phường phú xuân muốn hỏi gần chỗ tôi có lớp nào không', dict(ward='phường Phú Xuân'), P('Phó chủ tịch CĐCS', 'Thừa Thiên Huế', 'CĐCS Trường Tiểu học Phú Xuân')),
    ('diacritics', 'Ở Huế tháng 1 năm 2027 có lớp nào về ATVSLĐ không?', dict(prov=HUE, topic=['ATVSLD'], month=(2027, 1)), None),
    ('plain', 'hue co lop ly luan chinh tri cho can bo cong doan khong', dict(prov=HUE, topic=['QLNN']), None),
    ('abbrev', 'lđlđ tp huế có lớp tuyên truyền ko', dict(org=['LDLD_HUE'], topic=['TT']), None),
    ('typo', 'lop tai chinh cong doan o hue cho ke toan thu quy', dict(prov=HUE, topic=['TCCD']), None),
    # ---- Đà Nẵng (+ Quảng Nam)
    ('diacritics', 'Đà Nẵng có lớp nào học buổi tối không?', dict(prov=DN, evening=True), None),
    ('plain', 'lop thuong luong tap the buoi toi o kcn hoa khanh con cho khong', dict(code='KCNDN-TOI-01', text=['40']), None),
    ('abbrev', 'cđ các kcn đà nẵng có lớp nữ công ko', dict(org=['KCN_DN'], topic=['NC']), None),
    ('typo', 'lop atvsld nganh xay dung o da nang hoc ngay nao', dict(code='DNG-ATVSLD-SAO', text=['16/03/2027']), None),
    ('voice', 'cho em hỏi là ở quảng nam cũ á có lớp nào tập huấn sắp tới không ạ', dict(area='Quảng Nam', alt=[dict(prov=DN)]), None),
    ('diacritics', 'Lớp tư vấn pháp luật của LĐLĐ tỉnh Quảng Nam học trực tuyến hay tập trung?', dict(code='QNA-PL-06', text=['01/02/2027']), None),
    ('plain', 'khu kinh te mo chu lai co lop nao sap to chuc', dict(org=['KKT_CL']), None),
    ('abbrev', 'cđ phường hải châu có lớp buổi tối ko', dict(org=['P_HAICHAU'], evening=True), None),
    ('typo', 'lop phat trien doan vien o tam ky khi nao hoc', dict(ward='phường Tam Kỳ', topic=['PTDV']), None),
    ('voice', 'em làm ở công ty dệt may hòa thọ cho em hỏi công đoàn công ty có lớp an toàn vệ sinh lao động không', dict(org=['HOATHO'], topic=['ATVSLD']), None),
    ('diacritics', 'Đà Nẵng có lớp pháp luật lao động nào sắp tới?', dict(prov=DN, topic=['PL']), None),
    ('plain', 'lop thuong luong tap the o da nang thang 3 co bi huy khong', dict(code='KCNDN_2701', text=['hủy']), None),
    ('abbrev', 'lđlđ tp đà nẵng có lớp cho ct cđcs mới bầu ko', dict(org=['LDLD_DN'], aud=['CT'], topic=['NV']), None),
    ('typo', 'lop truc tuyen cua ldld da nang hoc khi nao', dict(org=['LDLD_DN'], fmt=['online']), None),
    ('voice', 'cho tôi hỏi phường hội an có lớp nào buổi tối không tôi bán hàng ban ngày nên chỉ học tối được', dict(ward='phường Hội An', evening=True), None),
    ('diacritics', 'Ở Đà Nẵng có lớp nào về chuyển đổi số không?', dict(prov=DN, topic=['CNTT']), None),
    ('plain', 'lop tai chinh cong doan cua ldld da nang', dict(org=['LDLD_DN'], topic=['TCCD'], kw=['tài chính']), None),
    # ---- Quảng Ngãi (+ Kon Tum)
    ('diacritics', 'Ở Kon Tum có lớp nào cho ủy viên ủy ban kiểm tra không?', dict(area='Kon Tum', aud=['UBKT'], alt=[dict(prov=QNG, aud=['UBKT'])]), None),
    ('plain', 'lop kiem tra cho ubkt khu vuc mien nui o kon tum tam hoan a, bao gio hoc lai', dict(code='QNG-TB-SAU', text=['hoãn']), None),
    ('abbrev', 'cđ kkt dung quất có lớp thương lượng tập thể ko', dict(org=['KKT_DQ'], topic=['TLTT']), None),
    ('typo', 'dac khu ly son co lop nao cho can bo cong doan ko', dict(org=['DK_LYSON']), None),
    ('voice', 'cho em hỏi là lớp bồi dưỡng nghiệp vụ công đoàn ở lý sơn học mấy ngày học ở đâu ạ', dict(code='LYSON-NV-2027', text=['07/01/2027']), None),
    ('diacritics', 'Quảng Ngãi có lớp tranh chấp lao động nào sắp tới không?', dict(prov=QNG, topic=['TC']), None),
    ('plain', 'lop phat trien doan vien o quang ngai', dict(prov=QNG, topic=['PTDV']), None),
    ('abbrev', 'lđlđ kon tum có lớp pháp luật ko', dict(area='Kon Tum', topic=['PL'], alt=[dict(prov=QNG, topic=['PL'])]), None),
    ('typo', 'cong doan loc hoa dau binh son co lop nu cong khong', dict(org=['BSR'], topic=['NC']), None),
    ('voice', 'tôi ở phường cẩm thành quảng ngãi muốn hỏi gần chỗ tôi có lớp nào học buổi tối không', dict(ward='phường Cẩm Thành', evening=True), None),
    ('diacritics', 'Lớp trực tuyến gần nhất ở Quảng Ngãi là lớp nào?', dict(prov=QNG, fmt=['online']), None),
    ('plain', 'co lop nao cho chu tich cdcs o quang ngai ko', dict(prov=QNG, aud=['CT']), None),
    ('abbrev', 'tháng 12 ở qngai có lớp j ko', dict(prov=QNG, month=(2026, 12)), None),
    ('typo', 'lop giang vien kiem chuc quang ngai hoc ngay nao', dict(prov=QNG, topic=['GV']), None),
    ('voice', 'cho em hỏi cái lớp huấn luyện an toàn vệ sinh lao động của công đoàn khu kinh tế dung quất bị hoãn sang ngày nào vậy', dict(code='DUNGQUAT_2702', text=['03/02/2027']), None),
    # ---- national / cross-province
    ('diacritics', 'Có lớp cấp trung ương nào cho giảng viên kiêm chức không?', dict(nat=True, topic=['GV']), None),
    ('plain', 'truong dai hoc cong doan co lop truc tuyen nao sap toi', dict(org=['DHCD'], fmt=['online']), None),
    ('abbrev', 'lớp trực tuyến toàn quốc về luật cđ 2024 học lúc mấy h', dict(code='DHCD-ONLINE-2026-12', text=['17/12/2026']), None),
    ('typo', 'vien cong nhan va cong doan co lop thuong luong tap the khong', dict(org=['VIEN'], topic=['TLTT']), None),
    ('voice', 'cho em hỏi là công đoàn giáo dục việt nam có mở lớp nào về công tác kiểm tra không ạ', dict(org=['CDGDVN'], topic=['KT']), None),
    ('diacritics', 'Công đoàn Y tế Việt Nam có lớp nào sắp tới?', dict(org=['CDYTVN']), None),
    ('plain', 'cong doan cong thuong viet nam co lop tranh chap lao dong khong', dict(org=['CDCTVN'], topic=['TC']), None),
    ('abbrev', 'trường đh cđ có lớp lý luận nv cđ ko', dict(org=['DHCD'], topic=['QLNN']), None),
    ('typo', 'co lop nao hoc vao chu nhat ko', dict(weekend=True), None),
    ('voice', 'tháng sau có lớp tập huấn trực tuyến nào không', dict(fmt=['online'], month=(2026, 12)), None),
    ('diacritics', 'Lớp học vào buổi tối gần nhất là lớp nào?', dict(evening=True), None),
    ('plain', 'khoa hoc ky nang dam phan thuong luong', dict(topic=['TLTT']), None),
    ('abbrev', 'lớp kỹ năng pp giảng dạy cho gv kiêm chức gần nhất', dict(topic=['GV']), None),
    ('typo', 'lop ve van thu luu tru co khong', dict(topic=['VT']), None),
    ('voice', 'em mới được bầu làm chủ tịch công đoàn cơ sở cho em hỏi có lớp nào dành cho chủ tịch mới bầu không', dict(aud=['CT'], prov=NA), P('Chủ tịch CĐCS', NA, 'CĐCS Công ty TNHH May Minh Anh')),
    ('diacritics', 'Lớp bồi dưỡng nghiệp vụ tài chính công đoàn cho kế toán, thủ quỹ gần nhất?', dict(aud=['KTTQ'], topic=['TCCD'], kw=['tài chính']), None),
    ('plain', 'co lop nao ve an toan ve sinh lao dong trong thang 12 khong', dict(topic=['ATVSLD'], month=(2026, 12)), None),
    ('abbrev', 'lớp ATVSLĐ cho an toàn vệ sinh viên gần nhất', dict(aud=['ATVSV']), None),
    ('typo', 'lop phong ngua tranh chap lao dong va dinh cong', dict(topic=['TC'], kw=['đình công']), None),
    ('voice', 'chị cho em hỏi là bên mình có lớp nào về chuyển đổi số thẻ đoàn viên điện tử không', dict(topic=['CNTT'], prov=QT, alt=[dict(area='Quảng Bình', topic=['CNTT'])]), P('Ủy viên BCH', 'Quảng Bình', 'CĐCS Trường THCS Đồng Phú')),
    ('diacritics', 'Lớp lý luận chính trị cho cán bộ công đoàn chuyên trách gần nhất ở đâu?', dict(topic=['QLNN'], aud=['CTR']), None),
    # ---- profile-driven, organiser short names, misc
    ('abbrev', 'cđ phường trường vinh có lớp ct cđcs ko', dict(org=['P_TRUONGVINH'], aud=['CT']), None),
    ('plain', 'lop nao danh cho ban nu cong cdcs gan day', dict(prov=DN, aud=['NC']), P('Trưởng ban nữ công', DN, 'CĐCS Công ty TNHH Mabuchi Motor Đà Nẵng')),
    ('typo', 'lop tuyen truyen tren mang xa hoi gan nhat o tinh minh', dict(prov=HUE, topic=['TT']), P('Ủy viên BCH', HUE, 'CĐCS Khách sạn Hương Giang')),
    ('voice', 'anh ơi tỉnh mình tháng mười hai này có lớp nào học trực tuyến không anh', dict(prov=QNG, fmt=['online'], month=(2026, 12)), P('Chủ tịch CĐCS', 'Kon Tum', 'CĐCS Trường THPT Kon Tum')),
    ('diacritics', 'Tỉnh mình có lớp kỹ năng đối thoại tại nơi làm việc không?', dict(prov=QNG, topic=['TLTT']), P('Chủ tịch CĐCS', QNG, 'CĐCS Công ty CP Đường Quảng Ngãi')),
    ('plain', 'lop dai hoc cong doan mo o da nang thang 2', dict(org=['DHCD'], prov=DN, month=(2027, 2)), None),
    ('abbrev', 'cđ phường đông hà có lớp chuyển đổi số ko', dict(org=['P_DONGHA'], topic=['CNTT']), None),
    ('typo', 'cong doan phuong hac thanh co lop nao thu 7 khong', dict(org=['P_HACTHANH'], weekend=True), None),
    ('voice', 'cho mình hỏi ở hà tĩnh có lớp nào về an toàn vệ sinh lao động không', dict(prov=HT, topic=['ATVSLD']), None),
    ('diacritics', 'Hà Tĩnh có lớp nào cho cán bộ công đoàn cấp trên cơ sở?', dict(prov=HT, aud=['CTCS']), None),
    ('plain', 'lop boi duong ly luan chinh tri o da nang hoc may ngay', dict(prov=DN, topic=['QLNN'], dated=True), None),
    ('abbrev', 'kcn đà nẵng có lớp ptđv ko', dict(org=['KCN_DN'], topic=['PTDV']), None),
    ('typo', 'lop nghiep vu kiem tra o nghe an cho uy vien ubkt', dict(prov=NA, aud=['UBKT']), None),
    ('voice', 'cho em hỏi lớp giảng viên kiêm chức của viện công nhân và công đoàn học ở đâu ạ', dict(org=['VIEN'], topic=['GV'], text=['07/04/2027']), None),
    ('diacritics', 'Đợt 2 lớp bồi dưỡng chủ tịch CĐCS mới bầu ở Thanh Hóa học ở đâu?', dict(code='THA-CTMOI-D2', text=['Bỉm Sơn']), None),
    ('plain', 'lop giang vien kiem chuc cua ldld thanh hoa thang 10 vua roi hoc ngay nao', dict(code='THA-GV-01', text=['20/10/2026']), None),
    ('abbrev', 'lop nc cđ ngành y tế ht', dict(org=['YT_HT'], topic=['NC']), None),
]

TARGET = [
    ('diacritics', 'Chỉ tiêu đào tạo năm nay của LĐLĐ tỉnh Nghệ An là bao nhiêu?', ['5.000'], None),
    ('plain', 'nam nay ldld thanh hoa da dat bao nhieu hoc vien so voi chi tieu', ['3.615'], None),
    ('abbrev', 'chỉ tiêu năm ngoái của lđlđ tỉnh đạt ko', ['4.126'], P('Cán bộ LĐLĐ tỉnh', TH, 'LĐLĐ tỉnh Thanh Hóa')),
    ('typo', 'chi tieu dao tao can bo cong doan nam 2026 cua ldld ha tinh', ['2.600'], None),
    ('voice', 'cho em hỏi là năm nay liên đoàn lao động tỉnh quảng bình cũ giờ là quảng trị chỉ tiêu đào tạo bao nhiêu học viên', ['3.800'], None),
    ('diacritics', 'LĐLĐ thành phố Huế năm 2026 đã vượt chỉ tiêu chưa?', ['2.415'], None),
    ('plain', 'chi tieu tap huan nam 2025 cua ldld da nang la bao nhieu', ['6.000'], None),
    ('abbrev', 'lđlđ quảng ngãi năm nay đạt bn học viên rồi', ['2.760'], None),
    ('typo', 'ty le can bo cd chuyen trach duoc boi duong o quang ngai nam nay dat bao nhieu phan tram', ['87,5'], None),
    ('voice', 'cho tôi hỏi công đoàn khu kinh tế nghi sơn năm nay chỉ tiêu tập huấn thương lượng tập thể là bao nhiêu người', ['350'], None),
    ('diacritics', 'Công đoàn ngành Giáo dục Nghệ An năm ngoái đạt bao nhiêu học viên?', ['1.388'], None),
    ('plain', 'cong doan cac kcn da nang nam nay dat duoc bao nhieu nguoi roi', ['640'], None),
    ('abbrev', 'cđ kkt dung quất chỉ tiêu năm 2026', ['420'], None),
    ('typo', 'cong doan phuong truong vinh chi tieu nam nay bao nhieu nguoi', ['120'], None),
    ('voice', 'phường mình năm nay còn thiếu bao nhiêu người so với chỉ tiêu', ['162'], P('Chủ tịch CĐ phường', DN, 'Công đoàn phường Hải Châu')),
    ('diacritics', 'Năm ngoái Công đoàn phường Đồng Hới có đạt chỉ tiêu tập huấn không?', ['84'], None),
    ('plain', 'cong doan phuong thuan hoa nam nay dat bao nhieu so voi chi tieu', ['58'], None),
    ('abbrev', 'cđ ngành y tế thanh hóa chỉ tiêu nữ công 2026', ['260'], None),
    ('typo', 'cong ty formosa ha tinh chi tieu huan luyen atvsld nam nay', ['2.000'], None),
    ('voice', 'cho em hỏi đơn vị em còn cách chỉ tiêu năm nay bao xa', ['455'], P('Cán bộ CĐ KKT', NA, 'Công đoàn KKT Đông Nam Nghệ An')),
    ('diacritics', 'Chỉ tiêu năm 2025 của LĐLĐ tỉnh Hà Tĩnh có đạt không?', ['2.640'], None),
    ('abbrev', 'chỉ tiêu năm nay của lđlđ tỉnh kon tum', ['3.200'], None),
]

FACT = [
    ('diacritics', 'Năm 2016 các cấp công đoàn Thủ đô tổ chức được bao nhiêu lớp?', ['33'], None),
    ('plain', 'ke hoach dao tao can bo cd cua thu do nam 2016 co hoan thanh khong', ['107'], None),
    ('abbrev', 'trường tc cđ hà nội huấn luyện atvslđ bao nhiêu lớp năm 2016', ['42'], None),
    ('typo', 'tong so luot can bo cd ha noi tham gia tap huan nam 2016 la bao nhieu', ['38.386'], None),
    ('voice', 'cho em hỏi là năm 2016 hà nội cử bao nhiêu cán bộ đi lớp tập huấn 3 ngày về phát triển đoàn viên', ['23'], None),
    ('diacritics', 'Tỉnh Lạng Sơn có bao nhiêu cán bộ công đoàn?', ['8.343'], None),
    ('plain', 'so can bo cd o huyen chi lang', ['366'], None),
    ('abbrev', 'lạng sơn có bn cbcđ chuyên trách', ['74'], None),
    ('typo', 'chuong trinh 104 cua ldld lang son ban hanh ngay nao', ['29/11/2013'], None),
    ('voice', 'cho em hỏi từ năm 2013 đến nay lạng sơn tổ chức được bao nhiêu lớp tập huấn cho cán bộ công đoàn', ['85'], None),
    ('diacritics', 'Cuối năm 2017 Lạng Sơn có bao nhiêu CĐCS vững mạnh?', ['1.238'], None),
    ('plain', 'kinh phi tap huan can bo cong doan lang son tu 2013 la bao nhieu', ['2,1'], None),
    ('abbrev', 'htx đồng tâm đv tăng từ 10 lên bao nhiêu', ['38'], None),
    ('typo', 'nghi quyet 4a cua tong lien doan ban hanh ngay nao', ['04/3/2010'], None),
    ('voice', 'văn bản nào của tổng liên đoàn nói về nâng cao trình độ kỹ năng nghề cho đoàn viên', ['1464'], None),
    ('diacritics', 'Năm 2020 LĐLĐ huyện Mê Linh tổ chức mấy lớp tập huấn?', ['2 lớp'], None),
    ('plain', 'lang son mo lop giang vien kiem chuc cho bao nhieu dong chi', ['25'], None),
    ('abbrev', 'sóc trăng có bn đv, nlđ được học nâng cao trình độ, tỷ lệ bn', ['61,23'], None),
    ('typo', 'so can bo cong doan co so soc trang duoc boi duong nghiep vu dat bao nhieu phan tram', ['97,9'], None),
    ('voice', 'cho em hỏi sóc trăng năm 2015 mở mấy lớp bồi dưỡng cho chủ tịch công đoàn cơ sở với bao nhiêu người', ['746'], None),
    ('diacritics', 'Kế hoạch 53/KH-LĐLĐ của Sóc Trăng ban hành ngày nào?', ['10/12/2013'], None),
    ('plain', 'soc trang to chuc bao nhieu cuoc tuyen truyen nang cao trinh do', ['1.250'], None),
    ('abbrev', 'chương trình 1644/CTr-TLĐ nói về j', ['nâng cao chất lượng'], None),
    ('typo', 'nhiem ky 2018 2023 lang son co bao nhieu cbcd lan dau vao bch', ['3.500'], None),
    ('voice', 'ở sóc trăng có bao nhiêu người được học nâng cao trình độ chuyên môn từ năm 2013 đến 2015', ['23.339'], None),
    ('diacritics', 'Ở Sóc Trăng bao nhiêu cán bộ học ứng dụng công nghệ thông tin?', ['14.581'], None),
    ('plain', 'huyen chi lang co bao nhieu can bo khong chuyen trach', ['363'], None),
    ('abbrev', 'tp hà nội đặt mục tiêu bn % cb cđ chuyên trách được đào tạo đến 2018', ['100%'], None),
]

OFF = [
    ('diacritics', 'Thời tiết Huế hôm nay thế nào?', None),
    ('plain', 'doan phi cong doan dong bao nhieu phan tram luong', None),
    ('abbrev', 'mức lương tối thiểu vùng 2026 ở đn bn', None),
    ('typo', 'ket qua bong da viet nam toi qua', None),
    ('voice', 'cho em hỏi là nghỉ thai sản được mấy tháng vậy chị', None),
    ('diacritics', 'Rút BHXH một lần cần giấy tờ gì?', None),
    ('plain', 'nguoi lao dong bi no luong 2 thang thi lam sao', None),
    ('abbrev', 'nlđ nghỉ phép năm dc mấy ngày', None),
    ('typo', 'gia vang hom nay bao nhieu mot chi', None),
    ('voice', 'nấu bún bò huế như thế nào cho ngon', None),
    ('diacritics', 'Kinh phí công đoàn doanh nghiệp phải đóng 2% đúng không?', None),
    ('plain', 'xo so mien trung hom nay', None),
    ('abbrev', 'cty ko ký hđlđ thì nlđ kiện ở đâu', None),
    ('typo', 'tro cap thoi viec tinh the nao a', None),
    ('voice', 'cho tôi hỏi tuần này đà nẵng có mưa bão không', None),
    ('diacritics', 'Viết giúp tôi bài phát biểu khai mạc hội nghị người lao động', None),
    ('plain', 'dich sang tieng anh giup minh cau cong doan la nha', None),
    ('abbrev', 'lịch nghỉ tết âm lịch 2027 của cbcc', None),
    ('typo', 'luong huu nam 2027 co tang khong', None),
    ('voice', 'em muốn hỏi là làm thêm giờ thì được trả lương bao nhiêu phần trăm', None),
    ('diacritics', 'Giá xăng hôm nay bao nhiêu?', None),
    ('plain', 'tran viet nam gap thai lan may gio da', None),
    ('abbrev', 'thủ tục hưởng bhtn ở nghệ an', None),
    ('typo', 'cach lam the cccd cho con duoi 14 tuoi', None),
    ('voice', 'cho hỏi cái điều hòa nhà tôi kêu to quá thì sửa sao', None),
    ('diacritics', 'Công đoàn có hỗ trợ tiền khi đoàn viên ốm đau không?', None),
    ('plain', 've may bay ha noi di hue thang 12 gia bao nhieu', None),
    ('abbrev', 'mức hỗ trợ ăn ca cho cn năm nay bn', None),
    ('typo', 'bai tho ve thay co nhan ngay 20/11', None),
    ('voice', 'chị ơi quy định mới về tuổi nghỉ hưu của nữ là bao nhiêu tuổi', None),
    ('diacritics', 'Hôm nay tỷ giá đô la là bao nhiêu?', None),
    ('abbrev', 'tính thuế tncn cho lương 15tr thế nào', None),
]


POOL = {
    TH: [('Chủ tịch CĐCS', 'CĐCS Công ty CP Xi măng Nghi Sơn'), ('Ủy viên BCH', 'CĐCS Trường THPT Hàm Rồng')],
    NA: [('Chủ tịch CĐCS', 'CĐCS Trường Tiểu học Hưng Dũng'), ('Phó chủ tịch CĐCS', 'CĐCS Công ty TNHH Sunhouse Nghệ An')],
    HT: [('Chủ tịch CĐCS', 'CĐCS Bệnh viện Đa khoa Hà Tĩnh'), ('Ủy viên BCH', 'CĐCS Công ty CP Cảng Vũng Áng')],
    QT: [('Chủ tịch CĐCS', 'CĐCS Trường THCS Nguyễn Trãi Đông Hà'), ('Ủy viên UBKT', 'CĐCS Công ty Điện lực Quảng Trị')],
    'Quảng Bình': [('Chủ tịch CĐCS', 'CĐCS Trường THPT Đồng Hới')],
    HUE: [('Chủ tịch CĐCS', 'CĐCS Công ty Dệt may Phú Hòa An'), ('Ủy viên BCH', 'CĐCS Bệnh viện Trường ĐH Y Dược Huế')],
    DN: [('Chủ tịch CĐCS', 'CĐCS Công ty TNHH Foster Đà Nẵng'), ('Phó chủ tịch CĐCS', 'CĐCS Trường THPT Phan Châu Trinh')],
    'Quảng Nam': [('Chủ tịch CĐCS', 'CĐCS Công ty Panko Tam Thăng')],
    QNG: [('Chủ tịch CĐCS', 'CĐCS Công ty CP Bia Sài Gòn - Quảng Ngãi'), ('Ủy viên BCH', 'CĐCS Trường THPT Lê Khiết')],
    'Kon Tum': [('Chủ tịch CĐCS', 'CĐCS Công ty Cao su Kon Tum')],
}


def auto_profile(i, spec):
    if i % 3:
        return None
    prov = spec.get('area') or spec.get('prov')
    if prov is None and 'org' in spec:
        prov = ORGPROV.get(spec['org'][0])
    if prov is None and spec:
        return None
    if prov not in POOL:
        prov = [TH, NA, HT, QT, HUE, DN, QNG][i % 7]
    role, union = POOL[prov][i % len(POOL[prov])]
    return P(role, prov, union)


def main():
    items = []
    n = 0

    def add(style, kind, q, ex, et, prof):
        nonlocal n
        n += 1
        d = {'id': 'c%03d' % n, 'q': q, 'style': style, 'kind': kind, 'expect': ex, 'expect_text': et}
        if prof:
            d['profile'] = prof
        items.append(d)
    bad = 0
    for i, (style, q, spec, prof) in enumerate(COURSE):
        if prof is None and 'code' not in spec:
            prof = auto_profile(i, spec)
        try:
            codes, text = expect(spec)
        except ValueError as e:
            print('NOMATCH', q, e); bad += 1; continue
        add(style, 'course', q, codes, text, prof)
    for style, q, text, prof in TARGET:
        add(style, 'target', q, [], text, prof)
    for i, (style, q, text, prof) in enumerate(FACT):
        prof = prof or (auto_profile(i, {}) if i % 2 == 0 else None)
        add(style, 'fact', q, [], text, prof)
    for i, (style, q, prof) in enumerate(OFF):
        prof = prof or auto_profile(i, {})
        add(style, 'off_topic', q, [], [], prof)
    with open(os.path.join(OUT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for d in items:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(items), Counter(d['kind'] for d in items), Counter(d['style'] for d in items),
          sum('profile' in d for d in items))


if __name__ == '__main__':
    main()
