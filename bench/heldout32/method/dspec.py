# Dialogues written by hand. A turn's expectation is a filter (list/course), a named class,
# or a reference (turn, position) into an earlier list turn of the same dialogue.
from qspec import P, DN, QNG, GL, DL, KH, LD, HCM, HUE, TL
DS = []


def D(style, turns, prof=None):
    DS.append(dict(style=style, prof=prof, turns=turns))


def L(q, f, **kw):
    return dict(q=q, kind='course_list', f=f, **kw)


def C(q, **kw):
    return dict(q=q, kind='course', **kw)


def R(q, **kw):
    return dict(q=q, kind='register', **kw)


def F(q, **kw):
    return dict(q=q, kind='fact', **kw)


def O(q):
    return dict(q=q, kind='off_topic')

DEC = {'from': '2026-12-01', 'to': '2026-12-31'}
JAN = {'from': '2027-01-01', 'to': '2027-01-31'}
FEB = {'from': '2027-02-01', 'to': '2027-02-28'}
MAR = {'from': '2027-03-01', 'to': '2027-03-31'}
APR = {'from': '2027-04-01', 'to': '2027-04-30'}
MAY = {'from': '2027-05-01', 'to': '2027-05-31'}

D('plain', [
    L("co lop nao ve doi thoai, thuong luong tap the o da nang ko", dict(topic=['TL'], prov=[DN])),
    C("cái thứ 2 học mấy hôm", ref=(1, 2), need=['days']),
    C("o dau vay", ref=(1, 2), need=['place']),
    L("the con o dak lak?", dict(topic=['TL'], prov=[DL])),
    R("dang ky giup minh lop dau", ref=(4, 1)),
    F("nam ngoai tinh minh dat chi tieu boi duong chu tich cdcs ko", t='CT-DN-2025-CBCS', need='both'),
], prof=P('Chủ tịch CĐCS', DN))
D('diacritics', [
    L("Nửa đầu tháng 12 ở Đà Nẵng có những lớp nào?", dict(prov=[DN], **{'from': '2026-12-01', 'to': '2026-12-15'})),
    C("Lớp thứ 3 học ở đâu?", ref=(1, 3), need=['place']),
    C("Lớp đó học mấy ngày?", ref=(1, 3), need=['days']),
    R("Đăng ký cho tôi lớp đó", ref=(1, 3)),
    C("Thế tháng sau nữa thì có lớp thương lượng tập thể nào không?", f=dict(prov=[DN], kw=TL, **JAN), need=['date']),
])
D('abbrev', [
    L("hcm thang 12 co lop nao cho ct cdcs ko", dict(prov=[HCM], aud='CT', **DEC)),
    C("lop dau tien hoc may gio, o dau", ref=(1, 1), need=['date', 'place']),
    C("cái thứ 2 thì sao", ref=(1, 2), need=['date']),
    R("ok dk cho mình cái thứ 2", ref=(1, 2)),
    O("à mà đoàn phí năm nay đóng bao nhiêu z"),
    C("quay lại cái lớp đầu tiên lúc nãy, nó học mấy ngày", ref=(1, 1), need=['days']),
], prof=P('Chủ tịch CĐCS', HCM, 'CĐCS Công ty TNHH May Việt Tiến'))
D('diacritics', [
    L("Ở Phú Yên cũ có lớp nào trong tháng 12 không?", dict(area='Phú Yên', **DEC)),
    C("Lớp đầu tiên dành cho ai, học ngày nào?", ref=(1, 1), need=['date']),
    C("Còn lớp ATVSLĐ thì học mấy ngày?", f=dict(area='Phú Yên', topic=['AT'], **DEC), need=['days']),
    R("Đăng ký lớp ATVSLĐ đó cho tôi", code='DLK_2027_06'),
    L("Thế còn ở Ninh Thuận cũ tháng 12?", dict(area='Ninh Thuận', **DEC)),
])
D('plain', [
    L("lop nu cong, binh dang gioi o lam dong", dict(topic=['NC'], prov=[LD])),
    C("cai thu 2 hoc o dau", ref=(1, 2), need=['place']),
    C("lop do hoc online hay truc tiep", ref=(1, 2), need=['date']),
    L("con o phu yen cu thi sao", dict(topic=['NC'], area='Phú Yên')),
    R("dang ky lop dau cho minh", ref=(4, 1)),
], prof=P('Trưởng ban nữ công CĐCS', KH))
D('typo', [
    L("lơp ke toan cong doan o hue co ko", dict(aud='KTOAN', prov=[HUE])),
    C("lơp do hoc ngay nao", ref=(1, 1), need=['date']),
    C("hạn dk lớp đó khi nào", ref=(1, 1), need=['deadline']),
    R("dăng ky cho minh lop nay", ref=(1, 1)),
    F("nam nay hue boi duong chu tich cdcs dat bao nhieu roi", t='CT-HUE-2026-CBCS', need='done'),
])
D('voice', [
    L("cho tôi hỏi là ở Quảng Ngãi trong tháng một năm hai không hai bảy có những lớp tập huấn nào dành cho chủ tịch công đoàn cơ sở", dict(prov=[QNG], aud='CT', **JAN)),
    C("thế cái lớp thứ nhất đó học ở đâu học mấy ngày", ref=(1, 1), need=['days']),
    C("còn tháng tư thì có lớp nào cho chủ tịch không", f=dict(prov=[QNG], aud='CT', **APR), need=['date']),
    R("vậy đăng ký giúp tôi lớp tháng tư đó luôn nhé", code='QNG.KH27.19'),
    F("à mà năm nay quảng ngãi bồi dưỡng chủ tịch cơ sở đạt chỉ tiêu chưa", t='CT-QNG-2026-CBCS', need='both'),
])
D('abbrev', [
    L("thang 12 o da lat co lop gi", dict(ward='Xuân Hương - Đà Lạt', **DEC)),
    C("lop thu 4 o dau", ref=(1, 4), need=['place']),
    C("lop thu 4 hoc may ngay", ref=(1, 4), need=['days']),
    O("mà bn ơi cho hỏi lương tối thiểu vùng 2027 bao nhiêu"),
    C("quay lai ds luc nay, lop dau tien ngay nao", ref=(1, 1), need=['date']),
    R("dk lop dau tien giup minh", ref=(1, 1)),
])
D('diacritics', [
    C("Lớp Luật Công đoàn năm 2024 ở Khánh Hòa bao giờ học?", f=dict(kw=[['Luật Công đoàn']], prov=[KH]), need=['date']),
    C("Lớp đó học ở đâu?", code=['KHA27-10'], need=['place']),
    C("Còn lớp Luật Công đoàn tháng 12 ở Nha Trang thì sao?", code=['KHA27-05'], need=['status', 'date']),
    R("Thôi đăng ký cho tôi lớp tháng 1 vậy", code='KHA27-10'),
    C("Ở Huế có lớp này không?", f=dict(kw=[['Luật Công đoàn']], prov=[HUE]), need=['date']),
])
D('plain', [
    L("truong dai hoc cong doan thang 1 thang 2 nam sau co lop nao", dict(org=['DHCD'], **{'from': '2027-01-01', 'to': '2027-02-28'})),
    C("cai thu 2 hoc truc tuyen ha", ref=(1, 2), need=['date']),
    C("cai dau tien hoc may ngay", ref=(1, 1), need=['days']),
    R("dang ky cai dau tien cho minh", ref=(1, 1)),
    L("con thang 3 thi truong co lop nao", dict(org=['DHCD'], **MAR)),
])
D('diacritics', [
    L("Bình Dương cũ tháng 3 có lớp nào?", dict(area='Bình Dương', **MAR)),
    C("Lớp cuối tuần là lớp nào, học mấy ngày?", code=['HCM-27-20'], need=['days', 'date']),
    C("Lớp thứ 3 học ở phường nào?", ref=(1, 3), need=['place']),
    R("Cho mình đăng ký lớp thứ 3", ref=(1, 3)),
    O("Tiện hỏi luôn, công ty chậm đóng BHXH thì báo ai?"),
    L("Thế tháng 4 ở đó có lớp gì?", dict(area='Bình Dương', **APR)),
])
D('plain', [
    L("kon tum cu co lop nao", dict(area='Kon Tum', **{'from': '2026-11-23', 'to': '2027-02-28'})),
    C("cai thu 3 cho ai hoc", ref=(1, 3), need=['date']),
    C("lop thu nhat hoc bao nhieu ngay", ref=(1, 1), need=['days']),
    R("dk lop thu 3 cho toi", ref=(1, 3)),
    C("lop chuyen doi so o kon tum thang 12 sao ko thay", code=['QNG.KH27.06'], need=['status']),
], prof=P('Ủy viên UBKT CĐCS', QNG))
D('abbrev', [
    C("hepza co lop thuong luong tap the ko", f=dict(org=['HEPZA'], kw=TL), need=['date']),
    C("lop do hoc online dk ko", f=dict(org=['HEPZA'], kw=TL), need=['online']),
    C("the con lop doi thoai buoi toi cho to truong cd", code=['HEPZA-03'], need=['date']),
    R("dk lop toi do cho minh", code='HEPZA-03'),
    F("nam nay hepza boi duong chu tich cdcs chi tieu bao nhieu", t='CT-HEPZA-2026-CBCS', need='target'),
], prof=P('Ủy viên BCH CĐCS', HCM, 'CĐCS Công ty TNHH Nidec Việt Nam (KCX Tân Thuận)'))
D('diacritics', [
    L("Công đoàn Viên chức tỉnh Gia Lai có những lớp nào trong quý I năm 2027?", dict(org=['VCGL'], **{'from': '2027-01-01', 'to': '2027-03-31'})),
    C("Lớp thứ 2 học ở đâu?", ref=(1, 2), need=['place']),
    C("Lớp thứ 4 thì sao?", ref=(1, 4), need=['date']),
    R("Đăng ký lớp thứ 4 giúp tôi.", ref=(1, 4)),
    C("À nhầm, tôi là kế toán, có lớp phần mềm kế toán không?", f=dict(org=['VCGL'], kw=[['phần mềm kế toán']]), need=['date']),
    R("Vậy đăng ký lớp phần mềm kế toán đó thay cho lớp kia", code='GLA-VC-05'),
], prof=P('Kế toán CĐCS', GL, 'CĐCS Sở Y tế tỉnh Gia Lai'))
D('plain', [
    L("lop an toan ve sinh lao dong o binh thuan cu", dict(area='Bình Thuận', topic=['AT'])),
    C("dot 2 hoc ngay nao", ref=(1, 3), need=['date']),
    C("lop do hoc may ngay", ref=(1, 3), need=['days']),
    R("dang ky dot 2 cho cong nhan cua minh", ref=(1, 3)),
    L("con o dak nong cu co lop atvsld ko", dict(area='Đắk Nông', topic=['AT'])),
])
D('voice', [
    L("tôi muốn biết là ở thành phố Huế từ giờ đến hết tháng hai có những lớp tập huấn nào", dict(prov=[HUE], **{'from': '2026-11-23', 'to': '2027-02-28'})),
    C("cái lớp thứ hai bị hủy rồi phải không", ref=(1, 2), need=['status']),
    C("vậy cái lớp thứ ba học ngày nào", ref=(1, 3), need=['date']),
    R("đăng ký cho tôi cái lớp thứ ba đó", ref=(1, 3)),
    F("năm ngoái huế tổ chức được bao nhiêu lớp", t='CT-HUE-2025-LOP', need='done'),
], prof=P('Cán bộ CĐ chuyên trách', HUE))
D('abbrev', [
    L("ldld dak lak thang 12 co lop gi cho ct cdcs", dict(org=['DL'], aud='CT', **DEC)),
    C("cái thứ 3 ở đâu", ref=(1, 3), need=['place']),
    C("cai do hoc may ngay", ref=(1, 3), need=['days']),
    O("mà có ai bán cà phê rang xay ko, cty mình cần mua"),
    R("dk cai thu 3 cho minh nha", ref=(1, 3)),
    C("con thang 1 thi sao", f=dict(org=['DL'], aud='CT', **JAN), need=['date']),
], prof=P('Chủ tịch CĐCS', DL))
D('diacritics', [
    L("Tháng 2 ở Khánh Hòa có lớp tài chính công đoàn nào?", dict(prov=[KH], topic=['TCH'], **FEB)),
    C("Lớp thứ hai dành cho ai?", ref=(1, 2), need=['date']),
    C("Học ở Phan Rang hả?", ref=(1, 2), need=['place']),
    R("Đăng ký cho tôi lớp thứ hai", ref=(1, 2)),
    F("Khánh Hòa năm nay bồi dưỡng chủ tịch CĐCS được bao nhiêu người rồi?", t='CT-KH-2026-CBCS', need='done'),
], prof=P('Chủ tịch CĐCS', KH))
D('plain', [
    C("lop hoc buoi toi o sai gon", f=dict(evening=True, prov=[HCM]), need=['date']),
    C("hoc den ngay nao", code=['HCM-27-06'], need=['end']),
    C("the con lop cuoi tuan cho chu tich cdcs", f=dict(weekend=True, aud='CT', prov=[HCM]), need=['date']),
    R("dang ky lop cuoi tuan do", code='HCM-27-07'),
    O("cam on nhe"),
])
D('typo', [
    L("lơp ATVSLĐ cho an toàn vệ sinh viên ở hcm thang 3", dict(prov=[HCM], aud='ATVSV', **MAR)),
    C("cai thu 2 o dau vạy", ref=(1, 2), need=['place']),
    C("lớp thứ nhât học mấy ngay", ref=(1, 1), need=['days']),
    R("đăg ký lớp thứ nhất", ref=(1, 1)),
    L("còn thang 6 thì sao", dict(prov=[HCM], aud='ATVSV', **{'from': '2027-06-01', 'to': '2027-06-30'})),
])
D('diacritics', [
    L("Công đoàn ngành Giáo dục Đắk Lắk có lớp nào cho chủ tịch CĐCS?", dict(org=['GDDL'], aud='CT')),
    C("Lớp đầu tiên học ở đâu?", ref=(1, 1), need=['place']),
    C("Lớp thứ hai có học trực tuyến không?", ref=(1, 2), need=['online']),
    R("Đăng ký cho tôi lớp đầu tiên.", ref=(1, 1)),
    F("Năm nay công đoàn ngành mình chỉ tiêu bồi dưỡng chủ tịch CĐCS là bao nhiêu?", t='CT-GDDL-2026-CBCS', need='target'),
], prof=P('Chủ tịch CĐCS', DL, 'CĐCS Trường THCS Nguyễn Du'))
D('plain', [
    L("lop nao o ninh thuan cu", dict(area='Ninh Thuận')),
    C("cai thu 3 hoc may ngay", ref=(1, 3), need=['days']),
    C("cai thu 4 ngay nao", ref=(1, 4), need=['date']),
    R("dk cai thu 4", ref=(1, 4)),
    C("the con o phan rang co lop atvsld ko", f=dict(topic=['AT'], ward='Phan Rang'), need=['date']),
])
D('abbrev', [
    L("cđ phường thủ dầu một có lớp gì", dict(org=['PTDM'])),
    C("lop thu 3 cho ai", ref=(1, 3), need=['date']),
    C("lop thu 4 hoc ket hop ha", ref=(1, 4), need=['date']),
    R("dk lop thu 3 nha", ref=(1, 3)),
    O("bn biết quán cơm nào ngon ở Thủ Dầu Một ko"),
    C("quay lại lớp thứ 1, học ở đâu", ref=(1, 1), need=['place']),
], prof=P('Chủ tịch CĐCS', HCM, 'CĐCS Công ty CP Minh Long (Bình Dương cũ)'))
D('diacritics', [
    L("Công đoàn phường Buôn Ma Thuột có những lớp nào?", dict(org=['PBMT'])),
    C("Lớp thứ hai học mấy ngày?", ref=(1, 2), need=['days']),
    C("Lớp thứ ba dành cho ai, học ngày nào?", ref=(1, 3), need=['date']),
    R("Đăng ký lớp thứ ba cho tôi", ref=(1, 3)),
    C("Thế năm sau có lớp tài chính cho kế toán ở phường không?", f=dict(org=['PBMT'], aud='KTOAN', **{'from': '2027-01-01', 'to': '2027-12-31'}), need=['date']),
])
D('voice', [
    L("cho hỏi là ở Bình Định cũ trong tháng ba năm sau có những lớp nào dành cho cán bộ công đoàn", dict(area='Bình Định', **MAR)),
    C("cái lớp thứ hai là lớp gì học ở đâu", ref=(1, 2), need=['place']),
    C("thế cái thứ tư thì học ngày nào", ref=(1, 4), need=['date']),
    R("đăng ký cho tôi cái thứ tư nhé", ref=(1, 4)),
    C("à mà lớp thương lượng tập thể ở Quy Nhơn hồi tháng mười hai bị hoãn đúng không", code=['GLA-06'], need=['status', 'date']),
])
D('plain', [
    L("cd cac kcn da nang co lop gi", dict(org=['KCNDN'], **{'from': '2026-11-23', 'to': '2027-03-31'})),
    C("cai dau tien hoc chieu ha", ref=(1, 1), need=['date']),
    C("cai thu 3 o dau", ref=(1, 3), need=['place']),
    R("dang ky cai thu 3", ref=(1, 3)),
    C("con cai ATVSLĐ cho cán bộ công đoàn của KCN Đà Nẵng khi nào", f=dict(org=['KCNDN'], topic=['AT'], kw=[['cho cán bộ công đoàn']]), need=['date']),
])
D('diacritics', [
    L("Tháng 1 ở Bình Thuận cũ có lớp nào?", dict(area='Bình Thuận', **JAN)),
    C("Lớp thứ 2 học ở Phan Thiết đúng không?", ref=(1, 2), need=['place']),
    C("Lớp thứ 3 học mấy ngày?", ref=(1, 3), need=['days']),
    O("Hôm nay Đà Lạt có mưa không?"),
    R("Cho tôi đăng ký lớp thứ 3", ref=(1, 3)),
    C("Lớp tài chính công đoàn cho chủ tịch CĐCS dự kiến quý I ở Đà Lạt đã có ngày chưa?", code=['LDG-14'], need=[]),
])
D('abbrev', [
    L("tphcm thang 1 co lop gi", dict(prov=[HCM], **JAN)),
    C("lop thu 2 hoc may gio", ref=(1, 2), need=['date']),
    C("lop thu 4 bi huy ha", ref=(1, 4), need=['status']),
    R("v dk lop thu 5", ref=(1, 5)),
    C("lop thu 3 hoc buoi toi dung ko", ref=(1, 3), need=['date']),
])
D('plain', [
    L("quang nam cu tu thang 1 den thang 3 co lop nao", dict(area='Quảng Nam', **{'from': '2027-01-01', 'to': '2027-03-31'})),
    C("cai thu 2 o dau", ref=(1, 2), need=['place']),
    C("lop atvsld cho can bo cd o tam ky thang 1 bi hoan ha", code=['DNG-26-12'], need=['status', 'date']),
    R("dk cai thu 2", ref=(1, 2)),
    C("con thang 4 o quang nam cu", f=dict(area='Quảng Nam', **APR), need=['date']),
])
D('diacritics', [
    C("Lớp văn thư, lưu trữ gần nhất ở đâu?", f=dict(topic=['VT']), need=['date', 'place']),
    C("Lớp đó của đơn vị nào, học mấy ngày?", code=['GLA-VC-02'], need=['days']),
    C("Còn ở Khánh Hòa có lớp văn thư không?", code=['KHA27-VC08'], need=['status']),
    C("Ở Huế thì sao?", f=dict(topic=['VT'], prov=[HUE])),
    R("Vậy đăng ký giúp tôi lớp ở Gia Lai", code='GLA-VC-02'),
], prof=P('Cán bộ CĐ chuyên trách', GL))
D('typo', [
    L("lơp nào cho ủy viên ubkt ơ đà nẵng", dict(aud='UBKT', prov=[DN])),
    C("lơp thứ 2 hoc onlin à", ref=(1, 2), need=['online']),
    C("lop dâu tiên hoc mấy ngày", ref=(1, 1), need=['days']),
    R("đk lơp đầu", ref=(1, 1)),
    F("năm nay đà nẵng tổ chưc dc bao nhieu lớp rồi", t='CT-DN-2026-LOP', need='done'),
])
D('plain', [
    L("lop atvsld cho nguoi lao dong nganh hai san", dict(kw=[['hải sản']])),
    C("dot 1 hoc ngay nao", ref=(1, 1), need=['date']),
    C("o dau", ref=(1, 1), need=['place']),
    R("dang ky dot 1", ref=(1, 1)),
    C("thoi, doi sang dot 3 cho minh", ref=(1, 3), need=['date']),
    R("dk dot 3", ref=(1, 3)),
])
D('diacritics', [
    L("LĐLĐ thành phố Huế có lớp nào vào tháng 3?", dict(org=['HUE'], **MAR)),
    C("Lớp thứ 2 học trực tuyến à?", ref=(1, 2), need=['online']),
    C("Lớp thứ 4 học mấy ngày?", ref=(1, 4), need=['days']),
    R("Đăng ký lớp thứ 4 giúp tôi", ref=(1, 4)),
    C("Thế còn tháng 4?", f=dict(org=['HUE'], **APR)),
])
D('abbrev', [
    L("gia lai t4 co lop gi cho ct cdcs", dict(prov=[GL], aud='CT', **APR)),
    C("lop thu 2 o dau", ref=(1, 2), need=['place']),
    C("lop thu 3 hoc may ngay", ref=(1, 3), need=['days']),
    R("dk lop thu 2", ref=(1, 2)),
    F("nam 2026 gia lai boi duong chu tich cdcs dat bao nhieu", t='CT-GL-2026-CBCS', need='done'),
], prof=P('Chủ tịch CĐCS', GL))
D('voice', [
    L("cho tôi hỏi ở Vũng Tàu cũ thì từ giờ đến hết tháng ba có những lớp nào", dict(area='Bà Rịa - Vũng Tàu', **{'from': '2026-11-23', 'to': '2027-03-31'})),
    C("cái lớp thứ hai có phải bị hủy không", ref=(1, 2), need=['status']),
    C("vậy lớp đầu tiên học ngày nào học ở đâu", ref=(1, 1), need=['date', 'place']),
    R("đăng ký giúp tôi lớp đầu tiên", ref=(1, 1)),
    O("mà bạn ơi ở Vũng Tàu có khách sạn nào rẻ không"),
])
D('diacritics', [
    L("Đắk Nông cũ từ giờ đến hết tháng 3 có những lớp nào?", dict(area='Đắk Nông', **{'from': '2026-11-23', 'to': '2027-03-31'})),
    C("Lớp kiểm tra công đoàn ở Gia Nghĩa cuối tháng 11 bị hoãn đến bao giờ?", code=['LDG-05'], need=['status']),
    C("Lớp thứ hai học ngày nào?", ref=(1, 2), need=['date']),
    R("Đăng ký lớp thứ hai", ref=(1, 2)),
    C("Lớp thứ ba học ở đâu?", ref=(1, 3), need=['place']),
], prof=P('Chủ tịch CĐCS', LD, 'CĐCS Công ty Nhôm Đắk Nông'))
D('plain', [
    L("thang 5 o dak lak co lop gi cho ke toan", dict(prov=[DL], aud='KTOAN', **MAY)),
    C("lop do o dau", ref=(1, 1), need=['place']),
    C("con thang 12?", f=dict(prov=[DL], aud='KTOAN', **DEC), need=['date']),
    C("the lop ke toan o tuy hoa thang 12 co bi hoan ko", code=['DLK_2027_04'], need=['status', 'date']),
    R("dk lop thang 5", ref=(1, 1)),
], prof=P('Kế toán CĐCS', DL))
D('abbrev', [
    L("cd vien chuc khanh hoa thang 2 thang 3 co lop gi", dict(org=['VCKH'], **{'from': '2027-02-01', 'to': '2027-03-31'})),
    C("lop thu 2 bi hoan a", ref=(1, 2), need=['date']),
    C("lop thu 3 cua ai", ref=(1, 3), need=['date']),
    C("lop van thu luu tru thang 3 cua cd vien chuc bi huy ha", code=['KHA27-VC08'], need=['status']),
    R("dk lop thu 4", ref=(1, 4)),
])
D('diacritics', [
    L("Kon Tum cũ từ tháng 2 đến tháng 4 có lớp nào?", dict(area='Kon Tum', **{'from': '2027-02-01', 'to': '2027-04-30'})),
    C("Lớp thứ nhất học mấy ngày?", ref=(1, 1), need=['days']),
    C("Lớp thứ ba dành cho chủ tịch CĐCS phải không?", ref=(1, 3), need=['date']),
    R("Đăng ký cho tôi lớp thứ ba", ref=(1, 3)),
    O("Bạn ơi mai tôi đi đám cưới nên mặc gì?"),
    C("Quay lại lớp thứ nhất, học kết hợp hả?", ref=(1, 1), need=['date']),
])
D('plain', [
    L("da nang thang 2 co lop gi cho chu tich cdcs", dict(prov=[DN], aud='CT', **FEB)),
    C("cai thu 2 hoc o dau", ref=(1, 2), need=['place']),
    C("cai dau tien hoc online ha", ref=(1, 1), need=['online']),
    R("dang ky cai dau tien", ref=(1, 1)),
    C("the con thang 3", f=dict(prov=[DN], aud='CT', **MAR), need=['date']),
], prof=P('Chủ tịch CĐCS', DN))
D('typo', [
    L("lơp giang vien kiem chuc o tp hcm", dict(aud='GV', prov=[HCM])),
    C("cái thu 2 của truong dh cong doan à", ref=(1, 2), need=['date']),
    C("lơp dầu hoc o vũng tàu hả", ref=(1, 1), need=['place']),
    R("dk lơp đầu", ref=(1, 1)),
    C("the con o dak lak", f=dict(aud='GV', prov=[DL]), need=['date']),
], prof=P('Giảng viên kiêm chức', HCM))
D('diacritics', [
    L("Khánh Hòa tháng 1 có lớp nào cho chủ tịch CĐCS?", dict(prov=[KH], aud='CT', **JAN)),
    C("Lớp thứ hai học trực tuyến à?", ref=(1, 2), need=['online']),
    C("Lớp đầu tiên học mấy ngày?", ref=(1, 1), need=['days']),
    R("Đăng ký lớp thứ hai cho tôi", ref=(1, 2)),
    C("À đổi ý, đăng ký lớp đầu tiên thôi", ref=(1, 1), need=['date']),
    R("Xác nhận đăng ký lớp đầu tiên", ref=(1, 1)),
], prof=P('Chủ tịch CĐCS', KH))
D('plain', [
    L("hue thang 1 thang 2 nam sau co lop gi", dict(prov=[HUE], **{'from': '2027-01-01', 'to': '2027-02-28'})),
    C("lop dau tien hoc may ngay", ref=(1, 1), need=['days']),
    R("dang ky lop dau", ref=(1, 1)),
    C("con thang 3", f=dict(prov=[HUE], **MAR), need=['date']),
    F("nam 2025 hue tap huan can bo cdcs moi bau dat bao nhieu hoc vien", t='CT-HUE-2025-MOI', need='done'),
])
D('abbrev', [
    L("cđ ngành y tế hcm từ giờ tới hết quý 1 có lớp gì", dict(org=['YTHCM'], **{'from': '2026-11-23', 'to': '2027-03-31'})),
    C("lop thu 2 hoc may ngay", ref=(1, 2), need=['days']),
    C("lop thu 3 o dau", ref=(1, 3), need=['date']),
    R("dk lop thu 2", ref=(1, 2)),
    O("bv mình thiếu điều dưỡng, ad có biết chỗ tuyển ko"),
], prof=P('Trưởng ban nữ công CĐCS', HCM, 'CĐCS Bệnh viện Nhân dân Gia Định'))
D('diacritics', [
    L("Tháng 4 ở Lâm Đồng có những lớp nào?", dict(prov=[LD], **APR)),
    C("Lớp thứ hai học buổi chiều hả?", ref=(1, 2), need=['date']),
    C("Lớp thứ tư học trực tuyến à?", ref=(1, 4), need=['online']),
    R("Đăng ký cho tôi lớp thứ tư", ref=(1, 4)),
    C("Còn tháng 5 thì sao?", f=dict(prov=[LD], **MAY), need=['date']),
])
D('plain', [
    L("lop ve tranh chap lao dong o khanh hoa", dict(topic=['TC'], prov=[KH])),
    C("cai thu 2 hoc may ngay", ref=(1, 2), need=['days']),
    R("dang ky cai dau", ref=(1, 1)),
    C("o quang ngai thi lop tranh chap gan nhat khi nao", f=dict(topic=['TC'], prov=[QNG]), need=['date']),
    F("khanh hoa nam 2026 to chuc duoc bao nhieu lop", t='CT-KH-2026-LOP', need='done'),
])
D('diacritics', [
    L("Lớp ứng dụng trí tuệ nhân tạo trong công tác công đoàn ở Gia Lai", dict(kw=[['trí tuệ nhân tạo']], prov=[GL])),
    C("Lớp thứ hai ở Pleiku à?", ref=(1, 2), need=['place']),
    C("Lớp đầu tiên học trực tuyến phải không?", ref=(1, 1), need=['online']),
    R("Đăng ký lớp thứ hai", ref=(1, 2)),
    C("Ở Đà Nẵng có lớp này không?", f=dict(kw=[['trí tuệ nhân tạo']], prov=[DN]), need=['date']),
], prof=P('Cán bộ CĐ chuyên trách', GL))
D('typo', [
    L("tu gio den het thang 5 lop nghiep vu kiem tra cd o dăk lăk", dict(kw=[['kiểm tra']], prov=[DL], **{'from': '2026-11-23', 'to': '2027-05-31'})),
    C("lơp thu 2 o tuy hoa a", ref=(1, 2), need=['place']),
    C("lop dau tien hoc may ngay", ref=(1, 1), need=['days']),
    R("dăng ky lop dau tien", ref=(1, 1)),
    F("năm nay đăk lăk tổ chức dc bao nhieu lop", t='CT-DL-2026-LOP', need='done'),
], prof=P('Ủy viên UBKT CĐCS', DL))
D('voice', [
    L("tôi là chủ tịch công đoàn cơ sở ở Đà Nẵng cho tôi hỏi từ giờ đến hết tháng một có những lớp nào dành cho chủ tịch", dict(prov=[DN], aud='CT', **{'from': '2026-11-23', 'to': '2027-01-31'})),
    C("cái lớp thứ hai học ở đâu", ref=(1, 2), need=['place']),
    C("cái lớp đầu tiên học mấy ngày", ref=(1, 1), need=['days']),
    R("đăng ký cho tôi cái lớp thứ hai", ref=(1, 2)),
    F("năm ngoái đà nẵng bồi dưỡng chủ tịch cơ sở được bao nhiêu người", t='CT-DN-2025-CBCS', need='done'),
], prof=P('Chủ tịch CĐCS', DN))
D('plain', [
    L("lop cho kiem tra vien o hcm thang 2", dict(aud='UBKT', prov=[HCM], **FEB)),
    C("lop thu 2 hoc chieu ha", ref=(1, 2), need=['date']),
    R("dk lop dau", ref=(1, 1)),
    C("lop kiem tra cong doan thang 1 o hcm hoc may ngay", code=['HCM-27-14'], need=['days']),
    O("ok tks"),
])
D('diacritics', [
    L("Phú Yên cũ có lớp nữ công nào?", dict(area='Phú Yên', topic=['NC'])),
    C("Lớp thứ hai học ngày nào?", ref=(1, 2), need=['date']),
    R("Đăng ký lớp thứ hai", ref=(1, 2)),
    C("Còn ở Buôn Ma Thuột?", f=dict(ward='Buôn Ma Thuột', topic=['NC']), need=['date']),
    F("Năm 2026 Đắk Lắk có chỉ tiêu bồi dưỡng chủ tịch CĐCS là bao nhiêu?", t='CT-DL-2026-CBCS', need='target'),
], prof=P('Trưởng ban nữ công CĐCS', DL))
D('abbrev', [
    L("cd cac kcn quang ngai thang 5 thang 6 co lop nao", dict(org=['KCNQNG'], **{'from': '2027-05-01', 'to': '2027-06-30'})),
    C("lop thu 2 hoc online ha", ref=(1, 2), need=['online']),
    C("lop thu 4 bn ngay", ref=(1, 4), need=['days']),
    R("dk lop thu 4", ref=(1, 4)),
    C("lop thu 3 thi sao", ref=(1, 3), need=['date']),
])
D('diacritics', [
    L("TP.HCM tháng 4 có lớp nữ công, bình đẳng giới nào?", dict(prov=[HCM], topic=['NC'], **APR)),
    C("Lớp thứ 2 học mấy ngày?", ref=(1, 2), need=['days']),
    C("Lớp thứ 1 của công đoàn ngành Y tế hả?", ref=(1, 1), need=['date']),
    R("Đăng ký cho tôi lớp thứ 2", ref=(1, 2)),
    C("Tháng 5 thì có lớp nữ công nào ở TP.HCM?", f=dict(prov=[HCM], topic=['NC'], **MAY), need=['date']),
], prof=P('Trưởng ban nữ công CĐCS', HCM))
