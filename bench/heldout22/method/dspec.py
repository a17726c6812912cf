# Hand-written dialogues. Turn helpers: the filter says only what the user's words say.
def L(q, **f): return {'k': 'L', 'q': q, 'f': f}
def C(q, t=(), **f): return {'k': 'C', 'q': q, 'f': f, 't': list(t)}
def U(q, t=(), **f): return {'k': 'U', 'q': q, 'f': dict(f, any_status=True), 't': list(t)}
def O(q, ref, o, t=()): return {'k': 'O', 'q': q, 'ref': ref, 'ord': o, 't': list(t)}
def S(q, ref, t=()): return {'k': 'S', 'q': q, 'ref': ref, 't': list(t)}
def R(q, ref, o=None): return {'k': 'R', 'q': q, 'ref': ref, 'ord': o}
def T(q, code, t=('target', 'achieved')): return {'k': 'T', 'q': q, 'code': code, 't': list(t)}
def F(q, *t): return {'k': 'F', 'q': q, 't': list(t)}
def X(q): return {'k': 'X', 'q': q}
def P(role, prov, union): return {'role': role, 'province': prov, 'union': union}

NV = 'nghiep vu cong doan|nghiep vu cong tac cong doan|nghiep vu cho chu tich'
TL = 'thuong luong|doi thoai'
AT = 'an toan|chay no'
TC = 'tai chinh|ke toan'
NC = 'nu cong|binh dang gioi'
CDS = 'chuyen doi so|tin hoc|phan mem'

DIALOGUES = [
# d01 diacritics
{'profile': P('Chủ tịch CĐCS', 'Hải Phòng', 'CĐCS Công ty TNHH Luxtron Hải Phòng'), 'turns': [
 L('Chào bot, em là chủ tịch CĐCS bên Luxtron. Thành phố mình sắp tới có lớp nghiệp vụ công đoàn nào không ạ?', prov='hai phong', kw=NV),
 O('Cái thứ 2 học mấy hôm vậy?', 0, 2, ['days']),
 S('Lớp đó học ở đâu ạ?', 1, ['venue:Nhà ăn ca 2 Công ty Luxtron']),
 R('Cho em đăng ký lớp đó luôn nhé', 1),
 T('À mà chỉ tiêu bồi dưỡng chủ tịch CĐCS năm nay của LĐLĐ thành phố mình đạt bao nhiêu rồi?', 'CT-HP-2026-CTCDCS'),
 T('Năm ngoái thì sao?', 'CT-HP-2025-CTCDCS')]},
# d02 plain
{'turns': [
 L('co lop an toan lao dong hay phong chong chay no nao o bac ninh ko', prov='bac ninh', kw=AT),
 O('lop dau tien hoc online hay truc tiep', 0, 1, ['venue:Zoom']),
 O('a nham, y minh hoi lop thu hai', 0, 2, ['venue:phường Kinh Bắc']),
 O('con lop cuoi thi han dang ky den bao gio', 0, -1, ['deadline']),
 R('dang ky cho minh lop cuoi nhe', 0, -1)]},
# d03 abbrev
{'turns': [
 L('ad ơi tn có lớp nv cđ nào cho ct cđcs ko ạ', prov='thai nguyen', kw=NV, aud='chu tich'),
 O('lớp t3 bao nhiêu ngày v', 0, 3, ['days']),
 X('mà ad ơi giá xăng hnay bn v'),
 L('còn bên lạng sơn thì sao', prov='lang son', kw=NV, aud='chu tich'),
 R('đk giúp e lớp đầu', 3, 1)]},
# d04 typo
{'profile': P('Chủ tịch CĐCS', 'Hà Tĩnh', 'CĐCS Công ty CP Vận tải Hà Tĩnh'), 'turns': [
 L('cho mình hỏi Hà Tĩnh có lớp thương luợng tập thẻ nào sắp tới khôg', prov='ha tinh', kw=TL),
 O('lớp thứ hai là của đơn vị nào vậy', 0, 2, ['lit:Thép Sông Trí']),
 S('lớp đó còn đăng kí đc ko', 1, ['deadline']),
 C('thế lớp đợt 2 thì học ngày nào', ['start'], prov='ha tinh', kw='thuong luong+dot 2')]},
# d05 voice
{'turns': [
 L('cho tôi hỏi ở Nghệ An có lớp nữ công bình đẳng giới nào sắp tới không', prov='nghe an', kw=NC),
 O('lớp thứ ba học ở đâu', 0, 3, ['venue:Giảng đường A']),
 O('lớp cuối cùng học mấy ngày', 0, -1, ['days']),
 R('đăng ký cho tôi lớp cuối cùng đó', 0, -1),
 X('nhân tiện cho tôi hỏi mức đóng đoàn phí hiện nay là bao nhiêu')]},
# d06 diacritics
{'profile': P('Kế toán CĐCS', 'Hưng Yên', 'CĐCS Công ty TNHH May Hưng Yên'), 'turns': [
 L('Chào bạn, tôi làm kế toán công đoàn. Tỉnh mình có lớp tài chính, kế toán nào sắp mở không?', prov='hung yen', kw=TC),
 O('Lớp đầu học mấy ngày, ở đâu?', 0, 1, ['days', 'venue:phường Trần Hưng Đạo']),
 R('Đăng ký giúp tôi lớp đó nhé.', 0, 1),
 T('Tiện hỏi luôn, chỉ tiêu bồi dưỡng chủ tịch CĐCS năm nay của LĐLĐ tỉnh Hưng Yên đạt đến đâu rồi?', 'CT-HY-2026-CTCDCS'),
 T('Còn năm 2025?', 'CT-HY-2025-CTCDCS')]},
# d07 plain
{'turns': [
 L('lao cai co lop phap luat nao ko', prov='lao cai', kw='phap luat'),
 O('lop dau o dau vay', 0, 1, ['venue:phường Yên Bái']),
 C('the thang 4 nam sau co lop phap luat nao', ['start'], prov='lao cai', kw='phap luat', month='2027-04'),
 R('dk lop thang 4 do cho minh', 2)]},
# d08 abbrev
{'turns': [
 L('cb có lớp tin học, phần mềm qlý đv nào ko ad', prov='cao bang', kw=CDS),
 O('lớp thứ 2 hthuc ntn, onl hay off', 0, 2),
 O('lớp cuối đk dc chưa', 0, -1),
 R('thôi đk lớp đầu cho e', 0, 1)]},
# d09 typo
{'profile': P('Kế toán CĐCS', 'Phú Thọ', 'CĐCS Trường THPT Lạc Sơn'), 'turns': [
 L('phú thọ có lớp tài chính kế toán công đòan nào khôg ạ', prov='phu tho', kw=TC),
 C('lớp gần nhất bên Hòa Bình cũ là lớp nào', prov='phu tho', former='hoa binh', kw=TC),
 S('lớp đó học ở đâu', 1, ['venue:Hội trường phường Hòa Bình']),
 R('đăng kí cho mình lớp đó nha', 1)]},
# d10 voice
{'turns': [
 T('chỉ tiêu bồi dưỡng chủ tịch công đoàn cơ sở năm nay của liên đoàn lao động tỉnh Thanh Hóa là bao nhiêu đã đạt được bao nhiêu rồi', 'CT-TH-2026-CTCDCS'),
 T('thế năm sau giao bao nhiêu', 'CT-TH-2027-CTCDCS', ['target']),
 L('ở Thanh Hóa tháng mười hai có lớp an toàn lao động hay phòng chống cháy nổ nào không', prov='thanh hoa', kw=AT, month='2026-12'),
 O('lớp đầu tiên học ở đâu', 2, 1, ['venue:phường Hạc Thành'])]},
# d11 diacritics
{'turns': [
 L('Các lớp cấp trung ương về công tác nữ công sắp tới có những lớp nào?', central_only=True, kw=NC),
 O('Lớp thứ hai học mấy ngày?', 0, 2, ['days']),
 O('Còn lớp đầu là học trực tuyến phải không?', 0, 1, ['venue:Google Meet']),
 S('Lớp đó trước định học ngày nào?', 2, ['note:30/11/2026']),
 R('Vậy đăng ký cho mình lớp đó.', 2)]},
# d12 plain
{'turns': [
 C('quang ninh co lop van thu luu tru nao khong', ['start'], prov='quang ninh', kw='van thu'),
 S('lop do hoc o dau', 0, ['venue:phường Cẩm Phả']),
 X('quang ninh cuoi tuan nay co mua khong ban'),
 L('the con lop tin hoc van phong o quang ninh', prov='quang ninh', kw='tin hoc'),
 R('dang ky lop tin hoc do giup minh', 3, 1)]},
# d13 abbrev
{'turns': [
 U('lớp kiểm tra cđ ở kcn vsip hp tháng 12 có bị hủy k ad', ['note:chưa bố trí được kinh phí'], kw='kiem tra', venue='vsip', month='2026-12'),
 L('thế hp còn lớp ktra nào khác ko', prov='hai phong', kw='kiem tra'),
 O('lớp cuối ở đâu, mấy ngày', 1, -1, ['days', 'venue:Hội trường phường Chu Văn An']),
 R('ok đk lớp cuối cho e', 1, -1)]},
# d14 typo
{'profile': P('Chủ tịch CĐCS', 'Tuyên Quang', 'CĐCS Trường THCS Hà Giang'), 'turns': [
 C('ở Hà Giang cũ có lớp tài chính công đòan nào gần nhất khôg', ['start'], prov='tuyen quang', former='ha giang', kw=TC),
 S('lớp đấy mấy ngầy', 0, ['days']),
 C('thế còn đợt 2 thì sao', ['start'], prov='tuyen quang', kw='tai chinh+dot 2'),
 R('đăng kí đợt 1 cho mình nhé', 0)]},
# d15 voice
{'turns': [
 T('năm nay liên đoàn lao động tỉnh Lạng Sơn đã bồi dưỡng được bao nhiêu chủ tịch công đoàn cơ sở so với chỉ tiêu', 'CT-LS-2026-CTCDCS'),
 T('thế năm ngoái thì sao', 'CT-LS-2025-CTCDCS'),
 F('toàn tỉnh Lạng Sơn có bao nhiêu cán bộ công đoàn chuyên trách', '74'),
 L('ở Lạng Sơn có lớp tranh chấp lao động nào không', prov='lang son', kw='tranh chap'),
 O('lớp đó học mấy ngày', 3, 1, ['days'])]},
# d16 diacritics
{'profile': P('Chủ tịch CĐCS', 'Bắc Ninh', 'CĐCS Công ty TNHH Điện tử Sambo Vina'), 'turns': [
 L('Chào bot, mình ở Sambo Vina. Công ty mình có tổ chức lớp nào sắp tới không?', org='sambo'),
 O('Lớp thứ hai học ở đâu?', 0, 2, ['venue:Hội trường nhà máy Sambo Vina']),
 T('Chỉ tiêu huấn luyện an toàn vệ sinh viên năm nay của công ty mình đạt chưa?', 'CT-SAMBO-2026-ATVSV'),
 L('Còn các lớp do Công đoàn các KCN tỉnh Bắc Ninh tổ chức thì sao?', org='cac kcn tinh bac ninh'),
 T('Chỉ tiêu phát triển đoàn viên của CĐ các KCN Bắc Ninh năm nay thế nào?', 'CT-BNKCN-2026-PTDV')]},
# d17 plain
{'turns': [
 L('ninh binh co lop nghiep vu cong doan nao cho chu tich ko', prov='ninh binh', kw=NV, aud='chu tich'),
 O('lop dau hoc o dau', 0, 1, ['venue:Hội trường phường Phủ Lý']),
 F('nghi quyet 4a cua tong lien doan ve dao tao can bo cong doan ban hanh ngay nao', '04/3/2010'),
 C('con ben nam dinh cu co lop tin hoc nao khong', prov='ninh binh', former='nam dinh', kw=CDS),
 S('lop do con dang ky duoc khong', 3, ['deadline'])]},
# d18 abbrev
{'turns': [
 L('hn có lớp tài chính/kế toán cđ nào ko ad', prov='ha noi', kw=TC),
 O('lớp t2 học onl à', 0, 2, ['venue:E-learning']),
 O('lớp đầu đk đc ko', 0, 1),
 R('thế đk lớp t2 cho mk', 0, 2)]},
# d19 typo
{'turns': [
 C('bên hải dưong cũ có lớp bồi dưỡng chủ tịch cđcs mới bầu nào khôg', prov='hai phong', former='hai duong', kw='moi bau'),
 S('lớp đó học mấy ngay', 0, ['days']),
 C('thế đợt 2 thì sao', ['start'], prov='hai phong', kw='moi bau+dot 2'),
 R('đăng kí đợt 2 giúp mk', 2)]},
# d20 voice
{'turns': [
 L('ở Hưng Yên có những lớp nào cho cán bộ công đoàn chuyên trách', prov='hung yen', aud='can bo cong doan chuyen trach'),
 O('lớp đó học mấy ngày', 0, 1, ['days']),
 R('đăng ký cho tôi lớp đó', 0, 1),
 X('mà cho tôi hỏi giá vàng hôm nay bao nhiêu một chỉ')]},
# d21 diacritics
{'profile': P('Ủy viên UBKT', 'Thanh Hóa', 'CĐCS Bệnh viện Đa khoa tỉnh Thanh Hóa'), 'turns': [
 L('Chào bạn, mình ở Bệnh viện Đa khoa tỉnh. Đơn vị mình có lớp nào sắp tổ chức không?', org='benh vien da khoa tinh thanh hoa'),
 O('Lớp thứ hai học mấy ngày?', 0, 2, ['days']),
 R('Đăng ký cho mình lớp thứ hai nhé.', 0, 2),
 O('Còn lớp cuối là ngày nào?', 0, -1, ['start']),
 X('Cảm ơn. À bệnh viện mình đang cần mua máy đo huyết áp, bạn biết giá khoảng bao nhiêu không?')]},
# d22 plain
{'turns': [
 L('nghe an co lop thuong luong tap the hay doi thoai nao ko', prov='nghe an', kw=TL),
 O('lop dau tien dang ky duoc chua', 0, 1),
 C('the con lop cua cong doan kkt dong nam nghe an', ['start'], org='kkt dong nam', kw=TL),
 R('dang ky lop do cho minh', 2)]},
# d23 abbrev
{'turns': [
 L('qn có lớp atvslđ nào sắp tới k ad', prov='quang ninh', kw=AT),
 O('lớp đó học mấy ngày, ở đâu', 0, 1, ['days', 'venue:Cung Lao động tỉnh Quảng Ninh']),
 T('chỉ tiêu bd ct cđcs năm nay của lđlđ tỉnh qn đc bn r', 'CT-QN-2026-CTCDCS'),
 T('năm ngoái thì s', 'CT-QN-2025-CTCDCS'),
 T('còn năm sau giao bn', 'CT-QN-2027-CTCDCS', ['target'])]},
# d24 typo
{'profile': P('Ủy viên BCH', 'Cao Bằng', 'CĐCS Công ty CP Xi măng Cao Bằng'), 'turns': [
 L('cao bằng có lớp thương lượg tập thể nào ko vậy', prov='cao bang', kw=TL),
 O('lớp thứ 2 hoc onl hả', 0, 2, ['venue:E-learning']),
 S('lớp đó hạn đăng kí tới khi nào', 1, ['deadline']),
 X('à cho hỏi cuối tuần này cao bằng có lạnh khôg, có tuyết ko'),
 R('đăng kí lớp đó giúp mình', 1)]},
# d25 voice
{'turns': [
 C('ở thị xã Sơn Tây cũ có lớp nghiệp vụ công đoàn đợt hai nào không', ['start'], prov='ha noi', former='son tay', kw='nghiep vu+dot 2'),
 S('lớp đó hạn đăng ký đến ngày nào', 0, ['deadline']),
 S('học mấy ngày', 0, ['days']),
 R('đăng ký cho tôi lớp đó', 0)]},
# d26 diacritics
{'profile': P('Chủ tịch CĐCS', 'Hà Tĩnh', 'CĐCS Công ty TNHH Thép Sông Trí'), 'turns': [
 L('Công ty mình năm sau có những lớp nào?', org='song tri', year=2027),
 C('Lớp tài chính thì học ngày nào, có học trực tuyến được không?', ['start'], org='song tri', kw='tai chinh'),
 R('Đăng ký lớp đó cho mình.', 1),
 T('Tỉnh mình năm nay đạt chỉ tiêu bồi dưỡng chủ tịch CĐCS chưa?', 'CT-HT-2026-CTCDCS'),
 T('Còn số lớp tập huấn thì sao?', 'CT-HT-2026-SOLOP')]},
# d27 plain
{'turns': [
 L('lang son co lop thuong luong tap the hay doi thoai nao', prov='lang son', kw=TL),
 O('lop thu 2 o dau', 0, 2, ['venue:Nhà văn hóa xã Cao Lộc']),
 O('a nham, y minh la lop dau tien', 0, 1, ['venue:phường Lương Văn Tri']),
 L('the con o xa chi lang co lop nao khong', prov='lang son', venue='chi lang'),
 O('lop dau hoc may ngay', 3, 1, ['days'])]},
# d28 abbrev
{'turns': [
 T('hy năm nay chỉ tiêu số lớp tập huấn cb cđcs là bn, đạt bn r ad', 'CT-HY-2026-SOLOP'),
 L('thế tháng 12 hy có lớp nào cho kế toán ko', prov='hung yen', aud='ke toan', month='2026-12'),
 O('lớp thứ 2 học ở đâu', 1, 2, ['venue:phường Phố Hiến']),
 R('đk lớp đầu cho e nhé', 1, 1)]},
# d29 typo
{'turns': [
 L('thái nguyên có lớp pháp luật lao đông nào khôg', prov='thai nguyen', kw='phap luat'),
 O('lớp đầu ở đâu vạy', 0, 1, ['venue:phường Đức Xuân']),
 O('lớp đó học ngày nào', 0, 1, ['start']),
 R('ok đăng kí lớp đầu giúp mìh', 0, 1),
 X('à tiện cho hỏi lương tối thiểu vùng năm nay bao nhiêu')]},
# d30 voice
{'profile': P('Chủ tịch CĐCS', 'Ninh Bình', 'CĐCS Công ty CP Dệt Nam Định'), 'turns': [
 T('chỉ tiêu bồi dưỡng chủ tịch công đoàn cơ sở năm nay của tỉnh mình đạt bao nhiêu rồi', 'CT-NB-2026-CTCDCS'),
 T('năm ngoái thì sao', 'CT-NB-2025-CTCDCS'),
 C('ở Hà Nam cũ có lớp nghiệp vụ công đoàn nào không', prov='ninh binh', former='ha nam', kw=NV),
 S('lớp đó học mấy ngày ở đâu', 2, ['days', 'venue:Hội trường phường Phủ Lý']),
 R('đăng ký cho tôi lớp đó', 2)]},
# d31 diacritics
{'turns': [
 L('Công đoàn Công Thương Việt Nam có lớp nào cho chủ tịch CĐCS mới bầu không?', org='cong thuong', kw='moi bau'),
 O('Lớp đầu học ở đâu?', 0, 1, ['venue:Nhà khách Công đoàn Công Thương']),
 U('Nghe nói lớp mới bầu ngày 3/12 bị hủy phải không?', ['note:trùng lịch'], org='cong thuong', kw='moi bau', win=('2026-12-03', '2026-12-03')),
 R('Vậy đăng ký cho tôi lớp đầu tiên lúc nãy.', 0, 1)]},
# d32 plain
{'turns': [
 U('lop an toan ve sinh lao dong cua cong ty canova hoc ngay nao', ['start'], org='canova', kw='an toan'),
 S('han dang ky den bao gio', 0, ['deadline']),
 C('con lop ke toan cua canova', ['venue:Zoom'], org='canova', kw='ke toan'),
 S('lop do dang ky duoc chua', 2)]},
# d33 abbrev
{'turns': [
 C('bên bắc giang cũ có lớp tài chính nào sắp tới ko ad', ['start'], prov='bac ninh', former='bac giang', kw=TC),
 S('lớp đó đk đc nữa ko', 0, ['deadline']),
 F('mà lđlđ tỉnh ls có bn cbcđ ko chuyên trách v ad', '8.269'),
 C('thế đợt 2 thì s', ['start'], prov='bac ninh', kw='tai chinh+dot 2'),
 R('đk đợt 2 cho e', 3)]},
# d34 typo
{'turns': [
 L('tuyên quang có lớp phát triễn đoàn viên nào khôg', prov='tuyen quang', kw='phat trien doan vien'),
 O('lớp thứ nhất hoc online hả', 0, 1, ['venue:Zoom']),
 O('thế lớp thứ 2 ở đâu', 0, 2, ['venue:Nhà văn hóa phường Hà Giang 1']),
 R('đăg ký lớp thứ 2 cho mình', 0, 2)]},
# d35 voice
{'turns': [
 L('ở Phú Thọ có lớp huấn luyện an toàn vệ sinh lao động nào không', prov='phu tho', kw=AT),
 O('lớp cuối cùng học ở đâu', 0, -1, ['venue:phường Việt Trì']),
 O('lớp đó học mấy ngày', 0, -1, ['days']),
 R('đăng ký cho tôi lớp cuối cùng', 0, -1),
 X('mà cho tôi hỏi thủ tục làm sổ bảo hiểm xã hội cho người lao động mới như thế nào')]},
# d36 diacritics
{'profile': P('Trưởng ban nữ công', 'Lào Cai', 'CĐCS Khách sạn Sa Pa Xanh'), 'turns': [
 L('Chào bot, mình là trưởng ban nữ công. Tỉnh mình có lớp nữ công nào không?', prov='lao cai', kw=NC),
 O('Lớp đầu tiên học mấy ngày?', 0, 1, ['days']),
 R('Cho mình đăng ký lớp đầu tiên.', 0, 1),
 C('Còn đợt 2 học ở đâu?', ['venue:phường Yên Bái'], prov='lao cai', kw='nu cong+dot 2'),
 T('Chỉ tiêu bồi dưỡng chủ tịch CĐCS năm nay của tỉnh mình đạt chưa?', 'CT-LC-2026-CTCDCS')]},
# d37 plain
{'turns': [
 L('thanh hoa co lop binh dang gioi nao ko', prov='thanh hoa', kw='binh dang gioi'),
 O('lop thu 2 hoc may ngay', 0, 2, ['days']),
 O('lop dau con dang ky duoc khong', 0, 1, ['deadline']),
 R('vay dang ky lop thu 2 cho minh', 0, 2)]},
# d38 abbrev
{'turns': [
 L('cty luxtron có lớp j sắp tới ko ad', org='luxtron'),
 O('lớp t2 học mấy ngày', 0, 2, ['days']),
 O('lớp cuối đk đc chưa', 0, -1),
 T('chỉ tiêu tập huấn pháp luật cho đv của cty đó năm nay đạt bn r', 'CT-LUXTRON-2026-DV'),
 R('thôi đk lớp t2 giúp e', 0, 2)]},
# d39 typo
{'turns': [
 C('quảng ninh có lớp tư vấn pháp luật nào khôg', ['start'], prov='quang ninh', kw='phap luat'),
 S('lớp đó học mấy hôm', 0, ['days']),
 F('mà huyện chi lăng ở lạng sơn có bao nhiu cán bộ công đoàn', '366'),
 R('quay lại lớp lúc nãy, đăng kí cho mình nha', 0)]},
# d40 voice
{'turns': [
 C('ở Hà Tĩnh có lớp bồi dưỡng giảng viên kiêm chức nào không', ['start'], prov='ha tinh', kw='giang vien kiem chuc'),
 S('lớp đó học ở đâu mấy ngày', 0, ['venue:phường Thành Sen', 'days']),
 F('hồi trước Lạng Sơn mở lớp giảng viên kiêm chức cho bao nhiêu đồng chí', '25 đồng chí'),
 R('đăng ký cho tôi lớp ở Hà Tĩnh lúc nãy', 0)]},
# d41 diacritics
{'turns': [
 L('Nghệ An có lớp tin học, chuyển đổi số hay phần mềm quản lý đoàn viên nào không?', prov='nghe an', kw=CDS),
 O('Lớp thứ hai hạn đăng ký khi nào?', 0, 2, ['deadline']),
 R('Đăng ký cho mình lớp thứ hai.', 0, 2),
 L('Thế còn bên Hưng Yên?', prov='hung yen', kw=CDS)]},
# d42 plain
{'profile': P('Chủ tịch CĐCS', 'Tuyên Quang', 'CĐCS Trường THCS Đồng Văn'), 'turns': [
 L('cd xa dong van co lop nao sap toi khong', org='xa dong van'),
 O('lop dau hoc may ngay', 0, 1, ['days']),
 R('dang ky lop dau cho minh', 0, 1),
 T('nam nay tinh minh dat chi tieu boi duong chu tich cdcs chua', 'CT-TQ-2026-CTCDCS'),
 T('nam ngoai thi sao', 'CT-TQ-2025-CTCDCS')]},
# d43 abbrev
{'turns': [
 L('cb có lớp atvslđ, pccn nào ko', prov='cao bang', kw=AT),
 O('lớp t2 ở đâu', 0, 2, ['venue:Nhà văn hóa xã Trùng Khánh']),
 O('lớp đầu học ngày nào', 0, 1, ['start']),
 R('đk lớp t2 cho e', 0, 2),
 L('thế tháng 1 năm sau cb có lớp atvslđ nào', prov='cao bang', kw=AT, month='2027-01')]},
# d44 typo
{'profile': P('Kế toán CĐCS', 'Hải Phòng', 'CĐCS Công ty TNHH Luxtron Hải Phòng'), 'turns': [
 L('thành phố mình có lớp bồi dưỡng kế toán công đòan nào ko ạ', prov='hai phong', kw='ke toan'),
 O('lớp đầu hạn đăng kí khi nào', 0, 1, ['deadline']),
 O('lớp thứ ba ở đâu', 0, 3, ['venue:Cung Văn hóa Thanh niên Hải Phòng']),
 X('mà cho hỏi thủ tục chốt sổ bhxh khi nghỉ việc thế nào ạ'),
 R('đăg ký lớp đầu cho mình nhé', 0, 1)]},
# d45 voice
{'turns': [
 L('ở Bắc Ninh có lớp bình đẳng giới phòng chống quấy rối tình dục nào không', prov='bac ninh', kw='binh dang gioi'),
 O('lớp thứ nhất học ngày nào ở đâu', 0, 1, ['start', 'venue:phường Kinh Bắc']),
 O('lớp thứ hai đăng ký được chưa', 0, 2),
 R('vậy đăng ký cho tôi lớp thứ nhất', 0, 1)]},
# d46 diacritics
{'turns': [
 C('Tổng Liên đoàn có lớp kiểm tra, giám sát cho UBKT ở Đà Nẵng không?', ['start'], org='tong lien doan', kw='kiem tra'),
 S('Hạn đăng ký lớp đó là khi nào?', 0, ['deadline']),
 R('Đăng ký giúp mình.', 0),
 T('Công đoàn Giáo dục Việt Nam năm nay đạt chỉ tiêu tập huấn ủy viên UBKT chưa?', 'CT-CDGD-2026-UBKT'),
 T('Năm ngoái thì sao?', 'CT-CDGD-2025-UBKT')]},
# d47 plain
{'profile': P('Chủ tịch CĐCS', 'Hà Nội', 'CĐCS Công ty TNHH Canova Việt Nam'), 'turns': [
 C('cong doan cac kcn va che xuat ha noi co lop phap luat nao khong', org='kcn va che xuat ha noi', kw='phap luat'),
 S('lop do hoc o dau', 0, ['venue:KCN Thăng Long']),
 S('may ngay', 0, ['days']),
 S('dang ky duoc chua', 0)]},
# d48 abbrev
{'turns': [
 L('th có lớp ktra cđ nào ko', prov='thanh hoa', kw='kiem tra'),
 O('lớp t1 hđk qua chưa', 0, 1, ['deadline']),
 R('v đk lớp t2 cho e', 0, 2),
 X('tiện hỏi ad mai th có mưa k')]},
# d49 typo
{'turns': [
 L('cđ phường sơn tây có lớp nào sắp tơi ko', org='phuong son tay'),
 O('lớp thứ 2 học mấy hôm', 0, 2, ['days']),
 O('lớp cuối hoc online à', 0, -1, ['venue:E-learning']),
 R('đăg ký lớp thứ 2 giúp mình', 0, 2),
 T('chỉ tiêu bồi dưỡng ủy viên bch của phường sơn tây năm nay đạt bao nhiu', 'CT-PST-2026-BCH')]},
# d50 voice
{'turns': [
 C('ở Bắc Kạn cũ có lớp nghiệp vụ công đoàn nào gần nhất', ['start'], prov='thai nguyen', former='bac kan', kw=NV),
 S('lớp đó học mấy ngày', 0, ['days']),
 R('đăng ký cho tôi lớp đó', 0),
 T('năm nay Thái Nguyên có bao nhiêu lớp tập huấn cán bộ công đoàn cơ sở so với chỉ tiêu', 'CT-TN-2026-SOLOP')]},
# d51 diacritics
{'profile': P('Chủ tịch CĐCS', 'Nghệ An', 'CĐCS Trường Đại học Vinh'), 'turns': [
 L('Công đoàn trường mình (CĐCS Trường Đại học Vinh) tổ chức những lớp nào sắp tới?', org='truong dai hoc vinh'),
 O('Lớp thứ hai học khi nào?', 0, 2),
 O('Lớp thứ ba thì sao, ở đâu?', 0, 3, ['venue:Giảng đường A']),
 R('Đăng ký cho mình lớp thứ ba.', 0, 3),
 L('Còn Công đoàn Giáo dục Việt Nam có lớp nào ở Nghệ An không?', org='giao duc viet nam', prov='nghe an')]},
# d52 plain
{'turns': [
 L('o chi linh hai duong cu co lop nao khong', prov='hai phong', venue='chi linh'),
 O('lop dau tien hoc ngay nao', 0, 1, ['start']),
 O('lop cuoi la lop gi', 0, -1),
 R('dang ky lop dau tien', 0, 1)]},
# d53 abbrev
{'turns': [
 L('lc có lớp nv cđ nào ko ad', prov='lao cai', kw=NV),
 O('lớp cuối ở đâu', 0, -1, ['venue:phường Sa Pa']),
 R('đk lớp cuối cho e', 0, -1),
 T('chỉ tiêu bd ct cđcs năm sau của lc bn', 'CT-LC-2027-CTCDCS', ['target']),
 L('à thế lc có lớp nào cho kế toán ko', prov='lao cai', aud='ke toan')]},
# d54 typo
{'profile': P('Ủy viên BCH', 'Ninh Bình', 'CĐCS Công ty CP May Nam Định'), 'turns': [
 L('ninh bình có lớp tin hoc, phần mềm nào ko ạ', prov='ninh binh', kw=CDS),
 O('lớp thứ 2 hoc mấy ngày', 0, 2, ['days']),
 O('lớp đầu còn đăng kí đc ko', 0, 1, ['deadline']),
 R('thế đăng kí lớp thứ 2 cho mìh', 0, 2)]},
# d55 voice
{'turns': [
 T('chỉ tiêu bồi dưỡng chủ tịch công đoàn cơ sở năm nay của Hà Nội đạt bao nhiêu rồi', 'CT-HN-2026-CTCDCS'),
 T('năm ngoái thì sao', 'CT-HN-2025-CTCDCS'),
 T('còn số lớp tập huấn cán bộ công đoàn cơ sở năm nay', 'CT-HN-2026-SOLOP'),
 L('liên đoàn lao động thành phố Hà Nội có lớp chuyển đổi số nào sắp tới không', org='thanh pho ha noi|tp ha noi', kw='chuyen doi so'),
 F('năm hai nghìn không trăm hai mươi huyện Mê Linh mở mấy lớp tập huấn cho bao nhiêu lượt người', '2 lớp', '400'),
 X('cho tôi hỏi cách làm món bún chả Hà Nội')]},
# d56 diacritics
{'profile': P('Ủy viên BCH', 'Quảng Ninh', 'CĐCS Công ty Than Hạ Long'), 'turns': [
 L('Tỉnh mình có lớp thương lượng tập thể nào cho ủy viên BCH không?', prov='quang ninh', kw=TL, aud='ban chap hanh|bch'),
 O('Lớp thứ hai là đợt mấy, học ở đâu?', 0, 2, ['venue:phường Cẩm Phả']),
 R('Cho mình đăng ký lớp thứ hai.', 0, 2),
 X('Tiện hỏi, đoàn phí công đoàn tháng này đóng bao nhiêu phần trăm lương?')]},
# d57 plain
{'turns': [
 L('phu tho co lop thuong luong tap the nao sap toi', prov='phu tho', kw=TL),
 O('lop thu 2 hoc online a', 0, 2, ['venue:E-learning']),
 F('tien hoi nam 2016 truong ban to chuc LDLD thanh pho Ha Noi la ai', 'Lê Xuân Trường'),
 O('lop cuoi o dau', 0, -1, ['venue:Hội trường phường Hòa Bình']),
 R('dang ky lop cuoi', 0, -1)]},
# d58 abbrev
{'turns': [
 C('hy có lớp tranh chấp lđ nào ko', ['start'], prov='hung yen', kw='tranh chap'),
 S('hđk lớp đó', 0, ['deadline']),
 S('mấy ngày', 0, ['days']),
 R('đk cho e', 0)]},
# d59 typo
{'turns': [
 L('cty giày phúc hưng có lớp j sắp tới khôg', org='phuc hung'),
 O('lớp đầu học onlien hả', 0, 1, ['venue:Điểm cầu trực tuyến']),
 C('thế lớp pccn năm sau thì sao', ['start', 'days'], org='phuc hung', kw='chay no', year=2027),
 R('đăg ký lớp năm sau đó', 2)]},
# d60 voice
{'turns': [
 L('ở Tuyên Quang tháng mười hai có lớp nào cho chủ tịch công đoàn cơ sở', prov='tuyen quang', aud='chu tich', month='2026-12'),
 O('lớp đầu tiên học ở đâu', 0, 1, ['venue:Hội trường phường Hà Giang 1']),
 R('đăng ký cho tôi lớp đầu tiên', 0, 1),
 T('tỷ lệ cán bộ công đoàn chuyên trách được bồi dưỡng nhiệm kỳ này của Tuyên Quang đạt bao nhiêu', 'CT-TQ-NK2328-CTR')]},
# d61 diacritics
{'turns': [
 L('Công đoàn Than - Khoáng sản Việt Nam từ giờ đến cuối năm còn lớp nào?', org='than - khoang san', year=2026),
 O('Lớp đầu tiên dành cho ai, học mấy ngày?', 0, 1, ['days']),
 R('Đăng ký cho mình lớp đầu tiên.', 0, 1),
 T('Tiện hỏi, Công đoàn Công Thương năm nay đạt chỉ tiêu tập huấn thương lượng tập thể chưa?', 'CT-CDCT-2026-TLTT')]},
# d62 plain
{'profile': P('Chủ tịch CĐCS', 'Cao Bằng', 'CĐCS Trường THPT Trùng Khánh'), 'turns': [
 L('o xa trung khanh co lop nao', prov='cao bang', venue='trung khanh'),
 O('lop dau hoc may ngay', 0, 1, ['days']),
 R('dang ky lop dau cho minh', 0, 1),
 T('nam nay tinh minh dat chi tieu boi duong chu tich cdcs chua', 'CT-CB-2026-CTCDCS')]},
# d63 abbrev
{'profile': P('Chủ tịch CĐCS', 'Lạng Sơn', 'CĐCS Công ty CP Vật tư Lạng Sơn'), 'turns': [
 L('cđ phường đông kinh có lớp nào sắp tới ko ad', org='phuong dong kinh'),
 O('lớp t3 học onl đc ko', 0, 3),
 O('lớp t2 mấy ngày', 0, 2, ['days']),
 R('đk lớp t2 cho e', 0, 2),
 T('tỉnh mk năm nay đạt ct bd ct cđcs chưa', 'CT-LS-2026-CTCDCS')]},
# d64 typo
{'turns': [
 U('lớp bình đẳng giới ở kkt vũng áng tháng 12 có bị huỷ khôg', ['note:trùng lịch hội nghị tỉnh'], org='kkt tinh ha tinh', kw='binh dang gioi'),
 L('thế hà tĩnh còn lớp an toàn vệ sinh lđ nào khôg', prov='ha tinh', kw=AT),
 O('lớp thứ hai ở đâu', 1, 2, ['venue:Nhà văn hóa công nhân KKT Vũng Áng']),
 R('đăg kí lớp thứ hai giúp mình', 1, 2)]},
# d65 voice
{'turns': [
 L('ở Hải Phòng có lớp an toàn lao động hay phòng chống cháy nổ nào sắp tới không', prov='hai phong', kw=AT),
 O('lớp đầu tiên học mấy ngày ở đâu', 0, 1, ['days', 'venue:số 2 Hoàng Văn Thụ']),
 O('lớp đó còn đăng ký được không', 0, 1, ['deadline']),
 T('chỉ tiêu huấn luyện an toàn vệ sinh viên của công đoàn các khu công nghiệp Hải Phòng năm nay đạt bao nhiêu', 'CT-HPKCN-2026-ATVSLD')]},
# d66 diacritics
{'turns': [
 C('Nghệ An có lớp phát triển đoàn viên, thành lập CĐCS nào không?', ['start'], prov='nghe an', kw='phat trien doan vien'),
 S('Lớp đó do đơn vị nào tổ chức, ở đâu?', 0, ['venue:KCN VSIP Nghệ An']),
 R('Đăng ký giúp mình.', 0),
 T('Năm nay LĐLĐ tỉnh Nghệ An đạt chỉ tiêu bồi dưỡng chủ tịch CĐCS đến đâu?', 'CT-NA-2026-CTCDCS'),
 T('Năm sau thì chỉ tiêu là bao nhiêu?', 'CT-NA-2027-CTCDCS', ['target'])]},
# d67 plain
{'turns': [
 L('bac ninh co lop phap luat lao dong nao khong', prov='bac ninh', kw='phap luat'),
 C('lop luat cong doan 2024 o bac ninh hoc o dau', ['venue:phường Bắc Giang'], prov='bac ninh', kw='luat cong doan'),
 S('hoc truc tuyen duoc khong', 1),
 R('dang ky lop do cho minh', 1)]},
# d68 abbrev
{'turns': [
 C('cđ các kcn tn có lớp văn thư lưu trữ ko', ['start', 'venue:KCN Yên Bình'], org='kcn thai nguyen', kw='van thu'),
 S('mấy ngày v ad', 0, ['days']),
 R('đk giúp e', 0),
 X('ad ơi tỷ giá đô hôm nay bn')]},
# d69 typo
{'profile': P('Cán bộ công đoàn chuyên trách', 'Ninh Bình', 'CĐ phường Nam Định'), 'turns': [
 L('tỉnh mình có lớp quản lý nhà nước hay lý luận chính trị nào khôg', prov='ninh binh', kw='quan ly nha nuoc|ly luan chinh tri'),
 O('lớp đó hoc mấy ngày ở đâu', 0, 1, ['days', 'venue:Hội trường UBND phường Nam Định']),
 R('đăng kí cho mình lớp đó', 0, 1),
 T('tỷ lệ cán bộ chuyên trách đc bồi dưỡng lý luận nghiệp vụ nhiệm kỳ này của tỉnh mình đạt bao nhiu', 'CT-NB-NK2328-CTR')]},
# d70 voice
{'turns': [
 L('ở khu công nghiệp Thăng Long có lớp nào sắp tới không', prov='ha noi', venue='kcn thang long'),
 O('lớp đầu tiên học mấy ngày', 0, 1, ['days']),
 O('lớp đó còn đăng ký được không', 0, 1, ['deadline']),
 O('lớp thứ hai thì sao', 0, 2)]},
# d71 diacritics
{'turns': [
 L('Hà Tĩnh năm sau có lớp kiểm tra công đoàn nào?', prov='ha tinh', kw='kiem tra', year=2027),
 O('Lớp cuối học mấy ngày?', 0, -1, ['days']),
 R('Đăng ký lớp cuối cho mình.', 0, -1),
 X('À bạn có biết tối nay đội tuyển Việt Nam đá với ai không?'),
 C('Còn lớp giảng viên kiêm chức ở Hà Tĩnh thì học ngày nào?', ['start'], prov='ha tinh', kw='giang vien kiem chuc')]},
# d72 plain
{'turns': [
 L('quy 1 nam sau hai phong co lop kiem tra nao', prov='hai phong', kw='kiem tra', win=('2027-01-01', '2027-03-31')),
 O('lop dau cua don vi nao', 0, 1, ['lit:Luxtron']),
 L('the quy 2 thi sao', prov='hai phong', kw='kiem tra', win=('2027-04-01', '2027-06-30')),
 R('dang ky lop quy 2 do cho minh', 2, 1)]},
# d73 abbrev
{'turns': [
 C('lớp phổ biến luật cđ 2024 của lđlđ hn học ở đâu', ['venue:phường Hà Đông'], org='ha noi', kw='luat cong doan'),
 S('hđk', 0, ['deadline']),
 R('đk cho e', 0),
 T('lđlđ hn năm nay đc bn lớp tập huấn cb cđcs r', 'CT-HN-2026-SOLOP')]},
# d74 typo
{'turns': [
 L('lạng sơn năm sau có lớp pháp luật hay phát triễn đoàn viên nào khôg', prov='lang son', kw='phap luat|phat trien doan vien', year=2027),
 O('lớp thứ hai ở đâu', 0, 2, ['venue:Nhà văn hóa xã Chi Lăng']),
 R('đăg kí lớp thứ 2', 0, 2),
 F('chương trình 104 của lđlđ tỉnh lạng sơn ban hành ngày nào', '29/11/2013')]},
# d75 voice
{'turns': [
 L('ở khu kinh tế Nghi Sơn có lớp nào sắp tới không', prov='thanh hoa', venue='nghi son'),
 O('lớp thứ hai học mấy ngày', 0, 2, ['days']),
 R('đăng ký cho tôi lớp thứ hai', 0, 2),
 O('lớp thứ ba đăng ký được không', 0, 3)]},
]
