# -*- coding: utf-8 -*-
"""Hand-written conversations of set b13. Each turn: kind + spec (list/single) or ref to an earlier list turn
(1-based turn number, ordinal; -1 = last), plus strings the reply must say."""
from qsrc import HN, HCM, DNG, NA, TH, BN, HP, LS, TQ, LC, QN, HUE, GL, DLK, LD, KHH, DNAI, CT, AG, CM, VL, DEC, WEEK, Y27, TODAY, Q1, Q2, M

def L(q, spec): return dict(kind='course_list', q=q, spec=spec)
def R(q, ref, o, text=()): return dict(kind='course', q=q, ref=ref, ord=o, text=list(text))
def S(q, spec, text=()): return dict(kind='course', q=q, spec=dict(spec, n=1), text=list(text))
def G(q, ref, o, text=()): return dict(kind='register', q=q, ref=ref, ord=o, text=list(text))
def TT(q, code, text): return dict(kind='target', q=q, code=code, text=list(text))
def FF(q, text): return dict(kind='fact', q=q, text=list(text))
def OO(q): return dict(kind='off_topic', q=q)

D = []
def Dlg(style, prof, *turns):
    D.append(dict(style=style, prof=prof, turns=list(turns)))

Dlg('diacritics', {'role': 'chủ tịch CĐCS', 'province': 'Nghệ An', 'union': 'LĐLĐ tỉnh Nghệ An'},
    L("Tỉnh mình có lớp tài chính công đoàn nào sắp tới không?", {'prov': NA, 'topic': 'TCCD'}),
    R("cái thứ 2 học ở đâu vậy", 1, 2, ['VSIP']),
    R("học mấy hôm", 1, 2, ['24/12/2026', '25/12/2026']),
    G("thôi đăng ký lớp đầu cho mình", 1, 1),
    TT("năm nay tỉnh mình đạt chỉ tiêu bồi dưỡng cán bộ cơ sở chưa", 'CT-NA-2026-CBCS', ['4.500', '3.912']))
Dlg('plain', {'role': 'ke toan CDCS', 'province': 'Đà Nẵng'},
    L("lop o quang nam co gi ve nu cong khong", {'former': 'Quảng Nam', 'topic': 'NC'}),
    R("dot 1 hoc o dau", 1, 1, ['Hội An']),
    L("con lop tai chinh cong doan thi sao", {'prov': DNG, 'topic': 'TCCD'}),
    R("lop do hoc ngay nao", 3, 1, ['28/08/2027']),
    G("dang ky cho minh lop do", 3, 1))
Dlg('abbrev', None,
    L("atvsld bắc ninh có lớp nào", {'prov': BN, 'topic': 'AT'}),
    R("cái thứ 3 ở đâu", 1, 3, ['Bắc Giang']),
    R("còn cái thứ 2 có học online dc ko", 1, 2),
    G("ok đk cái thứ 2 cho e", 1, 2),
    TT("bắc ninh năm nay atvsld đạt chỉ tiêu chưa", 'BN-2026-ATVSLD', ['6.000', '5.130']))
Dlg('typo', {'role': 'chủ tịch CĐCS', 'province': 'Hà Nội'},
    L("lớp tuyên giáo hà nội có nhữg lớp nào", {'prov': HN, 'topic': 'TG'}),
    R("lớp đầu tiên hok ở đâu", 1, 1, ['Zoom']),
    R("thế còn lớp cuối", 1, -1, ['Mê Linh']),
    OO("cảm ơn nha"),
    FF("à năm 2016 hà nội có bao nhiu lượt học viên đi học, đạt bao nhiu % kế hoạch", ['3831/3580', '107%']))
Dlg('diacritics', {'role': 'phó chủ tịch CĐCS', 'province': 'TP.HCM'},
    L("Thành phố mình có lớp đối thoại, thương lượng nào không?", {'prov': HCM, 'topic': 'TL'}),
    R("Lớp thứ hai còn chỗ không?", 1, 2, ['danh sách chờ']),
    G("Vậy đăng ký lớp đầu giúp mình", 1, 1),
    R("Lớp đó học ở đâu vậy", 1, 1, ['Tôn Đức Thắng']),
    TT("Nhiệm kỳ này thành phố bồi dưỡng lý luận, nghiệp vụ cho cán bộ chuyên trách được bao nhiêu phần trăm rồi", 'HCM-NK-2023-2028', ['100', '86,5']))
Dlg('plain', None,
    L("lop ubkt o lam dong", {'prov': LD, 'topic': 'KT'}),
    R("cai thu nhat con cho ko", 1, 1, ['danh sách chờ']),
    R("vay cai thu 2 hoc o dau", 1, 2, ['Sài Gòn - Đà Lạt']),
    G("dang ky cai thu 2", 1, 2),
    TT("lam dong nam nay mo duoc bao nhieu lop tap huan roi", 'LD-2026-LOP', ['64', '51']))
Dlg('abbrev', {'role': 'UV BCH CĐCS', 'province': 'Lào Cai'},
    L("yên bái có lớp báo cáo viên ko", {'former': 'Yên Bái', 'topic': 'TG'}),
    R("đợt 2 còn chỗ ko", 1, 2, ['danh sách chờ']),
    G("thôi đk đợt 1", 1, 1),
    R("lớp đó hok mấy ngày", 1, 1, ['28/12/2026', '30/12/2026']),
    OO("thanks b"))
Dlg('typo', None,
    L("lớp ở chi lăng lạng sơn", {'prov': LS, 'venue': 'chi lang'}),
    R("cái thứ 2 hok mấy ngày", 1, 2, ['18/12/2026', '19/12/2026']),
    L("còn ở cao lộc", {'prov': LS, 'venue': 'cao loc'}),
    G("đăng ký lớp đầu cho e", 3, 1),
    FF("lạng sơn có bao nhiu cán bộ cđ vậy", ['8.343']))
Dlg('diacritics', {'role': 'chủ tịch CĐCS', 'province': 'Cần Thơ'},
    L("Lớp ATVSLĐ ở Hậu Giang cũ có không?", {'former': 'Hậu Giang', 'topic': 'AT', 'former_strict': True}),
    R("Đợt 1 đăng ký được chưa?", 1, 1),
    L("Thế còn ở phường Phú Lợi bên Sóc Trăng cũ thì sao?", {'prov': CT, 'topic': 'AT', 'venue': 'phu loi'}),
    G("Đăng ký giúp mình lớp đó", 3, 1),
    TT("Cần Thơ năm nay chỉ tiêu bồi dưỡng cán bộ cơ sở đạt bao nhiêu rồi", 'CTHO-2026-CBCS', ['3.300', '2.845']),
    FF("Hồi trước Sóc Trăng có bao nhiêu cán bộ CĐCS được bồi dưỡng nghiệp vụ?", ['8.891/9.074']))
Dlg('plain', {'role': 'chu tich CDCS', 'province': 'Gia Lai'},
    L("lop nu cong gia lai", {'prov': GL, 'topic': 'NC'}),
    R("cai thu 2 hoc online a", 1, 2, ['Zalo']),
    R("cai dau hoc o dau", 1, 1, ['Nhơn Hội']),
    G("dang ky cai thu 2", 1, 2),
    TT("nam nay gia lai tap huan chu tich cdcs moi dat bao nhieu phan tram", 'GL-2026-CTM', ['95', '88,4']))
Dlg('abbrev', None,
    L("lớp văn thư hn", {'prov': HN, 'topic': 'VT'}),
    L("à nhầm, ý e là ở tp hcm", {'prov': HCM, 'topic': 'VT'}),
    R("lớp đó hok ngày nào", 2, 1, ['02/11/2027']),
    G("đk cho e", 2, 1))
Dlg('diacritics', {'role': 'chủ tịch CĐCS', 'province': 'Khánh Hòa'},
    L("Tháng 12 tỉnh mình có lớp nào cho chủ tịch công đoàn cơ sở không?", {'prov': KHH, 'aud': 'CT', 'win': DEC}),
    R("Lớp thứ nhất học mấy ngày?", 1, 1, ['16/12/2026', '20/12/2026']),
    R("Ở đâu vậy?", 1, 1, ['Phan Rang']),
    R("Xa quá, lớp thứ hai thì sao", 1, 2, ['Nha Trang']),
    G("Đăng ký lớp thứ hai cho tôi", 1, 2))
Dlg('typo', None,
    L("thanh hóa có lớp tư vấn pháp luật ko", {'prov': TH, 'topic': 'PL'}),
    R("lớp thứ 2 hok mấy ngày", 1, 2, ['09/08/2027', '13/08/2027']),
    L("còn nghệ an thì sao", {'prov': NA, 'topic': 'PL'}),
    R("lớp đó còn chỗ ko", 3, 1, ['danh sách chờ']),
    OO("vậy thôi cảm ơn"))
Dlg('plain', {'role': 'chu tich CDCS', 'province': 'Đồng Nai', 'union': 'Công đoàn các KCN Đồng Nai'},
    L("lop o binh phuoc cu", {'former': 'Bình Phước', 'former_strict': True}),
    R("cai cuoi la lop gi hoc ngay nao", 1, -1, ['27/05/2027']),
    G("dang ky lop do", 1, -1),
    TT("cty cao su dong nai nam nay huan luyen atvsld dat chua", 'CSDN-2026-AT', ['3.500']))
Dlg('diacritics', {'role': 'cán bộ Ban Tổ chức LĐLĐ tỉnh', 'province': 'Lạng Sơn', 'union': 'LĐLĐ tỉnh Lạng Sơn'},
    L("Tỉnh mình có lớp bồi dưỡng giảng viên kiêm chức không?", {'prov': LS, 'topic': 'GV'}),
    R("Lớp đó học ở đâu, mấy ngày?", 1, 1, ['Chi Lăng', '15/02/2027', '16/02/2027']),
    TT("Cả nhiệm kỳ tỉnh mình phải bồi dưỡng bao nhiêu giảng viên kiêm chức, đến giờ được bao nhiêu?", 'LS-NK-GVKC', ['60', '41']),
    FF("Lớp giảng viên kiêm chức hồi 2014 của tỉnh có bao nhiêu đồng chí học?", ['25 đồng chí']),
    G("Đăng ký lớp năm sau cho tôi", 1, 1))
Dlg('abbrev', None,
    L("tuần sau có lớp online nào ko", {'online': 'any', 'win': WEEK}),
    R("cái thứ 2 là lớp j, ở tỉnh nào", 1, 2, ['Bạc Liêu']),
    R("lớp đầu hok mấy ngày", 1, 1, ['30/11/2026', '02/12/2026']),
    G("đk lớp đầu", 1, 1),
    OO("cảm ơn nhìu"))
Dlg('plain', None,
    L("lop chuyen doi so dak lak", {'prov': DLK, 'topic': 'CDS'}),
    R("dot 1 co hoc online dc ko", 1, 1),
    R("dot 2 hoc o dau", 1, 2, ['Tuy Hòa']),
    G("dang ky dot 2", 1, 2),
    TT("dak lak nam nay boi duong can bo cdcs dat bao nhieu", 'DLK-2026-CBCS', ['2.900', '2.311']))
Dlg('typo', {'role': 'chủ tịch CĐCS', 'province': 'Hải Phòng'},
    L("lớp kiểm tra cđ hải phòng", {'prov': HP, 'topic': 'KT'}),
    R("đợt 1 hok ở đâu", 1, 1, ['Hải Dương']),
    R("đợt 2 thì sao", 1, 2, ['Đình Vũ']),
    G("đăg ký đợt 2 cho mk", 1, 2),
    TT("năm nay tp mình bồi dưỡng cán bộ cđcs được bao nhiu", 'HP-2026-CBCS', ['4.000', '3.655']))
Dlg('diacritics', None,
    L("Huế có lớp tuyên giáo nào không?", {'prov': HUE, 'topic': 'TG'}),
    R("Đợt 2 học ở đâu?", 1, 2, ['Thuận Hóa']),
    OO("Thời tiết Huế tháng 7 có mưa nhiều không?"),
    G("Thôi, đăng ký đợt 2 cho mình", 1, 2))
Dlg('plain', None,
    L("quang ninh co lop tin hoc van phong ko", {'prov': QN, 'topic': 'CDS'}),
    R("cai thu nhat hoc ngay nao", 1, 1, ['24/12/2026']),
    L("con o mong cai co lop gi", {'prov': QN, 'venue': 'mong cai'}),
    R("lop thu 2 la lop gi", 3, 2, ['19/11/2027']),
    G("dang ky lop do", 3, 2))
Dlg('abbrev', {'role': 'văn thư CĐ phường', 'province': 'Tuyên Quang'},
    L("hà giang có lớp văn thư ko", {'former': 'Hà Giang', 'topic': 'VT'}),
    R("đợt 1 đk dc chưa", 1, 1),
    L("thế còn tq có lớp pháp luật ko", {'prov': TQ, 'topic': 'PL'}),
    R("lớp đó hok ở đâu", 3, 1, ['Kim Bình']),
    G("đk lớp đó cho e", 3, 1))
Dlg('diacritics', {'role': 'giảng viên kiêm chức', 'province': 'An Giang'},
    L("Tỉnh mình có lớp cho giảng viên kiêm chức không?", {'prov': AG, 'topic': 'GV'}),
    R("Lớp đầu học mấy ngày?", 1, 1, ['13/07/2027', '14/07/2027']),
    R("Ở Phú Quốc à, thế lớp thứ hai cũng ở đó hả?", 1, 2, ['Phú Quốc']),
    G("Đăng ký lớp thứ hai giúp tôi", 1, 2),
    TT("Năm 2027 tỉnh mình chỉ tiêu tập huấn ATVSLĐ bao nhiêu người?", 'AG-2027-ATVSLD', ['2.500']))
Dlg('typo', None,
    L("trà vinh có lớp atvsld ko", {'former': 'Trà Vinh', 'topic': 'AT'}),
    R("lớp thứ 2 hok online đc ko", 1, 2),
    L("còn lớp đối thoại ở bến tre", {'former': 'Bến Tre', 'topic': 'TL'}),
    R("lớp đó hok mấy ngày", 3, 1, ['03/04/2027', '04/04/2027']),
    TT("vĩnh long năm nay bồi dưỡng cán bộ cđcs đc bao nhiu", 'VL-2026-CBCS', ['2.400', '1.980']))
Dlg('plain', None,
    L("ca mau tuan sau co lop gi", {'prov': CM, 'win': WEEK}),
    R("cai thu nhat hoc truc tuyen duoc ko", 1, 1),
    G("dang ky cai thu nhat", 1, 1),
    TT("ca mau nam nay tap huan ke toan thu quy dat bao nhieu", 'CM-2026-TCCD', ['420', '265']),
    TT("nam ngoai thi sao", 'CM-2025-TCCD', ['400', '431']))
Dlg('diacritics', None,
    L("Đà Nẵng có lớp ATVSLĐ nào sắp tới?", {'prov': DNG, 'topic': 'AT'}),
    R("Lớp đầu tiên học lúc mấy giờ, ở đâu?", 1, 1, ['Hòa Khánh']),
    R("Gấp quá, lớp thứ hai thì sao?", 1, 2, ['09/12/2026']),
    G("Đăng ký lớp thứ hai", 1, 2),
    TT("Đà Nẵng năm nay tập huấn chủ tịch CĐCS mới được bao nhiêu người?", 'DN-CT2026-01', ['350', '298']))
Dlg('abbrev', {'role': 'CT CĐCS', 'province': 'Bắc Ninh'},
    L("t12 bắc ninh có lớp j", {'prov': BN, 'win': DEC}),
    R("cái 2 là lớp j, hok ở đâu", 1, 2, ['Kinh Bắc']),
    L("còn quý 1 năm sau", {'prov': BN, 'win': Q1}),
    G("đk lớp pháp luật cho a", 3, 3))
Dlg('typo', None,
    FF("mê linh năm 2020 mở mấy lớp tập huấn", ['2 lớp']),
    L("thế giờ hà nội có lớp nghiệp vụ cđ nào cho cán bộ cđcs mới ko", {'prov': HN, 'title': 'cho can bo cdcs moi'}),
    R("lớp đầu hok ở đâu", 2, 1, ['Lạc Trung']),
    G("đăg ký lớp đầu", 2, 1))
Dlg('diacritics', {'role': 'tổ trưởng công đoàn', 'province': 'TP.HCM'},
    L("Có lớp nào cho tổ trưởng công đoàn ở Bình Dương không?", {'former': 'Bình Dương', 'title': 'to truong cong doan'}),
    R("Đợt 1 học hôm nào?", 1, 1, ['12/12/2026']),
    R("Có mất phí không?", 1, 1, ['không thu học phí']),
    G("Cảm ơn nhé, đăng ký đợt 1 cho mình luôn", 1, 1))
Dlg('plain', None,
    L("lop o ninh thuan", {'former': 'Ninh Thuận', 'former_strict': True}),
    R("cai thu 3 hoc ngay nao", 1, 3, ['11/02/2027']),
    R("cai cuoi dang ky duoc chua", 1, -1),
    G("dang ky cai thu 3", 1, 3))
Dlg('abbrev', {'role': 'kế toán', 'province': 'Thanh Hóa', 'union': 'Công đoàn Khu kinh tế Nghi Sơn và các KCN'},
    L("th có lớp kế toán tài chính cđ nào", {'prov': TH, 'topic': 'TCCD'}),
    R("lớp 2 khi nào hok", 1, 2),
    G("đk lớp 1", 1, 1),
    TT("năm nay thanh hoá bồi dưỡng cán bộ cđcs đạt bn", 'TH-2026-CBCS', ['5.200', '4.987']),
    OO("giá vàng hôm nay bn"))
Dlg('typo', None,
    L("lớp tuyên truyền viên lâm đồg", {'prov': LD, 'topic': 'TG'}),
    R("đợt 2 ở gia nghĩa hả", 1, 2, ['Gia Nghĩa']),
    R("học phí bao nhiu", 1, 2, ['300.000']),
    R("đợt 1 có online ko", 1, 1),
    G("đk đợt 1", 1, 1))
Dlg('diacritics', None,
    FF("Chào bạn, Sóc Trăng giai đoạn 2013–2015 có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn?", ['23.339']),
    FF("Trong đó đại học bao nhiêu người?", ['12.066']),
    L("Hiện nay ở khu vực Sóc Trăng cũ có lớp thương lượng tập thể nào không?", {'former': 'Sóc Trăng', 'topic': 'TL'}),
    R("Lớp đó học ngày nào?", 3, 1, ['30/11/2026']),
    G("Đăng ký cho tôi", 3, 1))
Dlg('plain', None,
    L("lop ke toan thu quy cua cd phuong vung tau", {'prov': HCM, 'topic': 'TCCD', 'org': 'phuong vung tau'}),
    R("dot 2 hoc o dau", 1, 2, ['Phú Mỹ']),
    R("dot 1 han dang ky", 1, 1, ['12/04/2027']),
    G("dang ky dot 1", 1, 1),
    TT("tphcm nam nay dao tao duoc bao nhieu luot can bo", 'HCM-2026-DT', ['12.000', '10.458']))
Dlg('abbrev', None,
    L("cđ kkt đông nam nghệ an có lớp nữ công ko", {'org': 'dong nam nghe an', 'topic': 'NC'}),
    R("đợt 2 hok mấy ngày", 1, 2, ['15/02/2027', '17/02/2027']),
    G("đk đợt 1 cho c", 1, 1),
    TT("kkt đông nam năm nay tập huấn thương lượng cho ct cđcs đc bn ng", 'KKTDNNA-2026-TL', ['180', '122']))
Dlg('diacritics', {'role': 'chủ tịch công đoàn trường', 'province': 'Hà Nội', 'union': 'Công đoàn ngành Giáo dục Hà Nội'},
    L("Công đoàn ngành Giáo dục Hà Nội có lớp nào sắp tới không?", {'org': 'nganh giao duc ha noi'}),
    R("Lớp thứ hai về gì, học ở đâu?", 1, 2, ['Đông Anh']),
    TT("Năm nay công đoàn ngành tập huấn được bao nhiêu chủ tịch công đoàn trường rồi?", 'HNGD-2026-CT', ['1.100', '1.032']),
    G("Đăng ký lớp thứ hai cho tôi", 1, 2))
Dlg('plain', None,
    L("thang 12 o hue co lop gi", {'prov': HUE, 'win': DEC}),
    L("the thang 2 nam sau", {'prov': HUE, 'win': M(2)}),
    R("cai thu 2 hoc o dau", 2, 2, ['Trung ương Huế']),
    G("dang ky cai do", 2, 2))
