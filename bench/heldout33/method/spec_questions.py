# -*- coding: utf-8 -*-
"""Hand-written question texts for blind set 33, each with the *meaning* of the right answer
(a filter over the classes, a target row selection, or words from a seed article).
Expectations (codes, texts) are derived by method/build_questions.py and re-derived by validate.py.
"Today" = Monday 23/11/2026 09:00.
Filter keys: kw (AND of OR-groups over title+topic), aud (audience or title), prov (current province),
former (former province named in the place), org, mode (online|blended|offline, '|' = or), month, from/to,
evening, weekend, codes, cat (upcoming default | ongoing | finished | cancelled | postponed_nodate | registerable | any).
ask: which facts of the first class the reply must contain (date, place, deadline, days, seats, end, status, org)."""

NA, TH, HT, QT = 'Nghệ An', 'Thanh Hóa', 'Hà Tĩnh', 'Quảng Trị'
CT, VL, DT, AG, CM, TN = 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Cà Mau', 'Tây Ninh'

# profiles
def P(prov, role, union):
    return {'province': prov, 'role': role, 'union': union}

P_NA_CT = P(NA, 'Chủ tịch CĐCS', 'CĐCS Công ty CP May Minh Anh, KCN Nam Cấm')
P_NA_KT = P(NA, 'Kế toán công đoàn', 'CĐCS Bệnh viện Hữu nghị Đa khoa Nghệ An')
P_NA_GV = P(NA, 'Chủ tịch công đoàn trường học', 'Công đoàn Trường Tiểu học Hưng Dũng 1')
P_TH_CT = P(TH, 'Chủ tịch CĐCS', 'CĐCS Công ty TNHH giày Annora Việt Nam')
P_TH_NC = P(TH, 'Trưởng ban nữ công', 'CĐCS Công ty TNHH Sakurai Việt Nam, KCN Lễ Môn')
P_TH_VC = P(TH, 'Ủy viên BCH', 'CĐCS Sở Tài chính (Công đoàn Viên chức tỉnh)')
P_HT_KT = P(HT, 'Ủy viên UBKT', 'CĐCS Công ty Formosa Hà Tĩnh')
P_HT_CT = P(HT, 'Chủ tịch CĐCS', 'CĐCS Bệnh viện Đa khoa tỉnh Hà Tĩnh')
P_QT_CT = P(QT, 'Chủ tịch CĐCS', 'CĐCS Công ty CP Xi măng Sông Gianh (Quảng Bình cũ)')
P_QT_CB = P(QT, 'Cán bộ LĐLĐ tỉnh', 'LĐLĐ tỉnh Quảng Trị')
P_CT_CT = P(CT, 'Chủ tịch CĐCS', 'CĐCS Công ty TNHH Thủy sản Phương Nam (Sóc Trăng cũ)')
P_CT_NV = P(CT, 'Đoàn viên', 'CĐCS Công ty Vina Cá (KCN Trà Nóc)')
P_VL_CT = P(VL, 'Chủ tịch CĐCS', 'CĐCS Công ty CP Chế biến dừa Bến Tre')
P_VL_KT = P(VL, 'Kế toán công đoàn', 'CĐCS Công ty Giày Trà Vinh')
P_DT_CT = P(DT, 'Chủ tịch CĐCS', 'CĐCS Công ty TNHH Sao Mai (KCN Tân Hương, Tiền Giang cũ)')
P_AG_CT = P(AG, 'Chủ tịch CĐCS', 'CĐCS khách sạn Sunset Phú Quốc')
P_AG_UB = P(AG, 'Ủy viên UBKT', 'CĐCS Công ty Xuất nhập khẩu Kiên Giang')
P_CM_CT = P(CM, 'Chủ tịch CĐCS', 'CĐCS Công ty CP Thủy sản Minh Phú (Bạc Liêu cũ)')
P_TN_CT = P(TN, 'Chủ tịch CĐCS', 'CĐCS Công ty TNHH Nhựa Đức Hòa (Long An cũ)')
P_TN_NV = P(TN, 'Đoàn viên', 'CĐCS Công ty Pouyuen KCN Tân Đức')
P_GV = P(NA, 'Giảng viên kiêm chức', 'LĐLĐ tỉnh Nghệ An')

QUESTIONS = []


def f(kw=None, **k):
    d = dict(k)
    if kw:
        d['kw'] = [kw] if isinstance(kw[0], str) else kw
    if 'kwt' in d and isinstance(d['kwt'][0], str):
        d['kwt'] = [d['kwt']]
    for key in ('prov', 'former', 'aud', 'org', 'codes'):
        if key in d and isinstance(d[key], str):
            d[key] = [d[key]]
    return d


def C(q, style, flt, ask=('date',), p=None, top=None):
    QUESTIONS.append(dict(kind='course', q=q, style=style, f=flt, ask=list(ask), profile=p, top=top))


def T(q, style, union, year, ask=('target', 'achieved'), p=None, content=None):
    tf = {'union': union, 'year': year}
    if content:
        tf['content'] = content
    QUESTIONS.append(dict(kind='target', q=q, style=style, tf=tf, ask=list(ask), profile=p))


def F(q, style, text, p=None):
    QUESTIONS.append(dict(kind='fact', q=q, style=style, text=list(text), profile=p))


def O(q, style, p=None):
    QUESTIONS.append(dict(kind='off_topic', q=q, style=style, profile=p))


TL = ['thuong luong']
DTH = ['doi thoai']
ATV = ['an toan', 'atvsld']
NC_ = ['nu cong']
KT_ = ['kiem tra']
TC_ = ['tai chinh', 'ke toan', 'kinh phi']
CDS = ['chuyen doi so', 'phan mem']
PL = ['phap luat', 'bo luat lao dong', 'luat cong doan']
CTCS = ['chu tich cdcs', 'chu tich, pho chu tich cdcs', 'chu tich cong doan']

# ------------------------------------------------------------------ course: Nghệ An
C('Lớp nào dành cho chủ tịch công đoàn cơ sở ở Nghệ An sắp tới?', 'diacritics', f(aud=['chu tich cdcs', 'chu tich, pho chu tich cdcs', 'chu tich cdcs moi bau', 'chu tich cong doan'], prov=NA), ('date', 'place'))
C('co lop nao cho ct cdcs gan day ko', 'abbrev', f(aud=['chu tich cdcs', 'chu tich, pho chu tich cdcs', 'chu tich cong doan'], prov=NA), ('date',), p=P_NA_CT)
C('lớp bồi dưỡng chủ tịch cđcs mới bầu đợt 1 học ở đâu', 'abbrev', f(kwt=[['moi bau'], ['dot 1']], prov=NA), ('date', 'place'), p=P_NA_CT)
C('lop chu tich cdcs moi bau dot 2 lop A hoc ngay nao', 'plain', f(kwt=[['moi bau'], ['dot 2'], ['lop a']]), ('date', 'deadline'))
C('Lớp B đợt 2 bồi dưỡng chủ tịch mới bầu khi nào học vậy', 'diacritics', f(kwt=[['moi bau'], ['dot 2'], ['lop b']]), ('date',))
C('hạn đăng ký lớp chủ tịch cđcs mới bầu lớp B đợt 1 là ngày nào', 'abbrev', f(kwt=[['moi bau'], ['dot 1'], ['lop b']]), ('deadline', 'date'), p=P_NA_CT)
C('lop toi ve bhxh tu nguyen o vinh hoc luc may gio ngay nao', 'plain', f(kw=['bhxh tu nguyen']), ('date', 'place'))
C('Nghệ An có lớp buổi tối nào cho đoàn viên không', 'diacritics', f(prov=NA, evening=True), ('date', 'place'))
C('lớp thương lượng tập thể cho doanh nghiệp FDI ở Nghệ An đang học phải không', 'diacritics', f(kw=['doanh nghiep fdi'], prov=NA, cat='ongoing'), ('place',))
C('tap huan ke toan cong doan o nghe an thang 12', 'plain', f(kw=TC_, prov=NA, month='2026-12'), ('date',), p=P_NA_KT)
C('kế toán cđcs thì có lớp nào gần nhất ở tỉnh mình', 'abbrev', f(kw=['ke toan'], prov=NA), ('date', 'place'), p=P_NA_KT)
C('lop giang vien kiem chuc o nghe an khi nao hoc', 'plain', f(aud=['giang vien kiem chuc'], prov=NA), ('date', 'deadline'), p=P_GV)
C('Tập huấn phương pháp giảng dạy tích cực ở Nghệ An năm sau có không', 'diacritics', f(kw=['giang day'], prov=NA, **{'from': '2027-01-01'}), ('date', 'days'))
C('lop kiem tra giam sat cho uy vien ubkt o nghe an', 'plain', f(kw=KT_, prov=NA, org=['ldld tinh nghe an']), ('date',))
C('cong doan giao duc nghe an co lop kiem tra nao ko', 'plain', f(kw=KT_, org=['giao duc tinh nghe an']), ('date', 'days'))
C('lớp nữ công ở Nghệ An tháng 2 học mấy ngày', 'diacritics', f(kw=NC_, prov=NA, month='2027-02'), ('date', 'days'))
C('tháng 5 năm sau ở nghệ an có lớp nữ công ko', 'plain', f(kw=NC_, prov=NA, month='2027-05'), ('date',))
C('lớp thành lập cđcs tại doanh nghiệp ở nghệ an có học online ko', 'abbrev', f(kw=['thanh lap cong doan'], prov=NA, mode='online'), ('date',))
C('tap huan phan mem quan ly doan vien the doan vien dien tu nghe an', 'plain', f(kw=['the doan vien'], prov=NA), ('date', 'deadline'))
C('co lop ATVSLĐ nào ở Nghệ An không, hạn đăng ký khi nào', 'abbrev', f(kw=ATV, prov=NA), ('date', 'deadline'))
C('Nghệ An có lớp văn thư lưu trữ không', 'diacritics', f(kw=['van thu'], prov=NA), ('date', 'days'))
C('tập huấn bộ luật lao động và luật công đoàn 2024 ở Vinh tháng 12', 'diacritics', f(kw=['luat cong doan 2024'], prov=NA, month='2026-12'), ('date',))
C('công đoàn phường Trường Vinh có lớp gì buổi tối', 'diacritics', f(org=['phuong truong vinh'], evening=True), ('date', 'place'))
C('cd phuong truong vinh mo lop bhxh bhyt khi nao', 'abbrev', f(org=['phuong truong vinh'], kw=['bhxh']), ('date',))
C('Lớp chủ tịch công đoàn trường mầm non tiểu học thứ bảy học ở đâu', 'diacritics', f(kw=['truong mam non']), ('place', 'date'), p=P_NA_GV)
C('cd giao duc nghe an co lop chuyen doi so thu 7 ko', 'abbrev', f(org=['giao duc tinh nghe an'], kw=CDS, weekend=True), ('date', 'place'), p=P_NA_GV)
C('Lớp chuyển đổi số cho công đoàn trường học ngày 5/12 còn đăng ký được không', 'diacritics', f(codes='GDNA-T7-01', cat='any'), ('deadline',), p=P_NA_GV)
C('lop tu van phap luat cho nguoi lao dong o nghe an', 'plain', f(kw=['tu van phap luat'], prov=NA), ('date',))
C('nghe an co lop thuong luong tap the thang 4 ko', 'plain', f(kw=TL, prov=NA, month='2027-04'), ('date',), p=P_NA_CT)
C('lop tuyen truyen phat trien doan vien nghe an hoc buoi chieu la lop nao', 'plain', f(kw=['phat trien doan vien'], prov=NA, **{'from': '2027-05-26', 'to': '2027-05-26'}), ('date',))
C('lớp tập huấn cho chủ tịch cđcs khu vực tây bắc nghệ an tháng 11 học xong chưa', 'abbrev', f(kw=['tay bac nghe an'], cat='finished'), ('date', 'status'))
C('lơp bhxh bhyt cho nguoi lao dong o nghe an thang 6', 'typo', f(kw=['bhxh, bhyt'], prov=NA, month='2027-06'), ('date',))
C('nghệ an có lớp nào học trực tuyến trong tháng 12 ko', 'plain', f(prov=NA, mode='online', month='2026-12'), ('date',), p=P_NA_KT)
C('phường trường vinh có lớp luật lao động cho đoàn viên ko', 'plain', f(org=['phuong truong vinh'], kw=['bo luat lao dong']), ('date', 'place'))
C('ở Vinh có lớp tập huấn cho tổ trưởng công đoàn không', 'diacritics', f(aud=['to truong cong doan'], prov=NA), ('date', 'place'))

# ------------------------------------------------------------------ course: Thanh Hóa
C('co lop nao ve thuong luong tap the o thanh hoa ko', 'plain', f(kw=TL, prov=TH), ('date',), p=P_TH_CT)
C('Lớp nữ công KCN Lễ Môn bị hoãn sang ngày nào', 'diacritics', f(kw=['le mon'], cat='any'), ('date', 'status'), p=P_TH_NC)
C('lop nu cong le mon con dang ky duoc ko han cuoi ngay nao', 'plain', f(kw=['le mon']), ('deadline', 'date'), p=P_TH_NC)
C('lớp hòa giải tranh chấp lao động ngành da giày thanh hóa còn học không', 'plain', f(kw=['da giay'], cat='cancelled'), ('status',), p=P_TH_CT)
C('thanh hoa co lop an toan ve sinh vien hoc thu bay khong', 'plain', f(prov=TH, weekend=True), ('date', 'place'))
C('Lớp bồi dưỡng kiểm tra tài chính công đoàn ở Thanh Hóa tháng 5', 'diacritics', f(kw=['kiem tra tai chinh'], prov=TH, month='2027-05'), ('date', 'days'))
C('lớp đối thoại thương lượng cho cán bộ cđ cấp trên cơ sở thanh hóa dự kiến khi nào', 'abbrev', f(kw=['doi thoai, thuong luong cho can bo'], cat='any'), ('date',))
C('thanh hoa thang 1 co lop kiem tra giam sat nao', 'plain', f(kw=['kiem tra, giam sat'], prov=TH, month='2027-01'), ('date',))
C('lop ly luan chinh tri quan ly nha nuoc cho can bo chuyen trach o thanh hoa', 'plain', f(kw=['ly luan chinh tri'], prov=TH), ('date',))
C('Thanh Hóa có lớp bình đẳng giới, phòng chống quấy rối tình dục không', 'diacritics', f(kw=['quay roi'], prov=TH), ('date', 'days'), p=P_TH_NC)
C('cong doan vien chuc thanh hoa co lop truc tuyen buoi toi ve luat cong doan ko', 'plain', f(org=['vien chuc tinh thanh hoa'], mode='online'), ('date', 'deadline'), p=P_TH_VC)
C('lớp tối luật công đoàn cho viên chức học lúc mấy giờ, ngày nào', 'diacritics', f(kw=['cho vien chuc'], evening=True), ('date',), p=P_TH_VC)
C('cđ viên chức thanh hóa có lớp chuyển đổi số ko', 'abbrev', f(org=['vien chuc tinh thanh hoa'], kw=CDS), ('date', 'days'), p=P_TH_VC)
C('cong doan vien chuc tinh co lop van thu luu tru khi nao', 'plain', f(org=['vien chuc tinh thanh hoa'], kw=['van thu']), ('date',), p=P_TH_VC)
C('KKT Nghi Sơn có lớp thương lượng tập thể tháng 12 không', 'diacritics', f(org=['nghi son'], kw=TL, month='2026-12'), ('date', 'deadline'), p=P_TH_CT)
C('lop tranh chap lao dong va ngung viec tap the o nghi son', 'plain', f(org=['nghi son'], kw=['tranh chap']), ('date',))
C('khu kinh tế nghi sơn có lớp an toàn lao động ko', 'plain', f(org=['nghi son'], kw=ATV), ('date',))
C('lop boi duong nghiep vu cong doan cho chu tich cdcs o thanh hoa', 'plain', f(kw=['nghiep vu cong tac cong doan cho chu tich'], prov=TH, org=['ldld tinh thanh hoa']), ('date', 'deadline'), p=P_TH_CT)
C('thanh hoa co lop doi thoai tai noi lam viec hoc ket hop ko', 'plain', f(kw=DTH, prov=TH, mode='blended'), ('date',))
C('Lớp tuyên giáo văn hóa cơ sở ở Thanh Hóa', 'diacritics', f(kw=['tuyen giao'], prov=TH), ('date',))
C('lop ke toan cong doan o thanh hoa hoc may ngay', 'plain', f(kw=['ke toan'], prov=TH, org=['ldld tinh thanh hoa']), ('date', 'days'))
C('tháng 12 ở thanh hóa có lớp nữ công nào còn học', 'plain', f(kw=NC_, prov=TH, month='2026-12'), ('date',), p=P_TH_NC)
C('lop dai dien bao ve quyen loi nguoi lao dong thanh hoa hoc online ko', 'plain', f(kw=['dai dien'], prov=TH, mode='online'), ('date', 'deadline'))
C('thanh hóa có lớp chuyển đổi số tháng 6 ko', 'plain', f(kw=CDS, prov=TH, month='2027-06'), ('date',))
C('cđ viên chức có lớp kiểm tra giám sát nào', 'abbrev', f(org=['vien chuc tinh thanh hoa'], kw=KT_), ('date',), p=P_TH_VC)

# ------------------------------------------------------------------ course: Hà Tĩnh
C('lớp chuyển đổi số trực tuyến ở Hà Tĩnh học mấy giờ', 'diacritics', f(kw=['truc tuyen ky nang chuyen doi so']), ('date', 'deadline'), p=P_HT_CT)
C('lop nghiep vu kiem tra cho ubkt moi kien toan ha tinh hoan den bao gio', 'plain', f(kw=['moi kien toan'], cat='postponed_nodate'), ('status',), p=P_HT_KT)
C('ha tinh co lop kiem tra giam sat nao cho uy vien ubkt', 'plain', f(kw=['kiem tra, giam sat'], prov=HT), ('date', 'days'), p=P_HT_KT)
C('vũng áng có lớp atvsld chủ nhật không', 'abbrev', f(kw=['vung ang'], weekend=True), ('date', 'place'))
C('lop ke toan tai chinh cong doan ha tinh thang 12', 'plain', f(kw=['ke toan'], prov=HT, month='2026-12'), ('date', 'deadline'))
C('Hà Tĩnh có lớp quản lý thu chi kinh phí đoàn phí không', 'diacritics', f(kw=['doan phi'], prov=HT), ('date', 'deadline'))
C('ha tinh lop thuong luong tap the khi nao', 'plain', f(kw=TL, prov=HT), ('date',), p=P_HT_CT)
C('lớp giảng viên kiêm chức hà tĩnh buổi chiều', 'plain', f(aud=['giang vien kiem chuc'], prov=HT, **{'to': '2026-12-31'}), ('date', 'deadline'))
C('cong doan nganh y te ha tinh co lop nao thang 1', 'plain', f(org=['y te tinh ha tinh'], month='2027-01'), ('date',))
C('cđ y tế hà tĩnh lớp nữ công', 'abbrev', f(org=['y te tinh ha tinh'], kw=NC_), ('date', 'days'))
C('cd nganh y te ha tinh lop bhxh bhyt', 'abbrev', f(org=['y te tinh ha tinh'], kw=['bhxh']), ('date',))
C('lớp tư vấn pháp luật của công đoàn y tế học chiều ngày nào', 'diacritics', f(org=['y te tinh ha tinh'], kw=['tu van phap luat']), ('date', 'deadline'))
C('ha tinh co lop atvsld thang 4 ko', 'abbrev', f(kw=ATV, prov=HT, month='2027-04'), ('date',))
C('Lớp nghiệp vụ cho chủ tịch CĐCS ở Hà Tĩnh tháng 12 hạn đăng ký đến bao giờ', 'diacritics', f(kw=['cho chu tich cdcs'], prov=HT, month='2026-12'), ('deadline', 'date'), p=P_HT_CT)
C('hà tĩnh có lớp phát triển đoàn viên cuối năm nay không', 'plain', f(kw=['phat trien doan vien'], prov=HT, month='2026-12'), ('date', 'deadline'))
C('lop chuyen doi so trong hoat dong cong doan o ha tinh thang 5', 'plain', f(kwt=['chuyen doi so trong hoat dong'], prov=HT, month='2027-05'), ('date',))
C('lớp nữ công năm 2026 hà tĩnh học xong chưa', 'plain', f(kw=['cong tac nu cong nam 2026'], cat='finished'), ('status',))
C('hà tĩnh có lớp bhxh bhyt cho người lao động tháng 1 không', 'plain', f(kw=['bhxh'], prov=HT, month='2027-01'), ('date', 'deadline'))

# ------------------------------------------------------------------ course: Quảng Trị (+ Quảng Bình)
C('lop o quang binh thang 12 co lop nao', 'plain', f(former='Quảng Bình', month='2026-12'), ('date', 'place'), p=P_QT_CT)
C('Quảng Bình có lớp buổi tối về pháp luật lao động cho công nhân không', 'diacritics', f(former='Quảng Bình', evening=True), ('date', 'place'))
C('lớp đối thoại tại nơi làm việc ở Quảng Trị hạn đăng ký', 'diacritics', f(kw=DTH, prov=QT), ('deadline', 'date'), p=P_QT_CT)
C('dong hoi co lop nu cong nao', 'plain', f(kw=NC_, former='Quảng Bình'), ('date', 'place'))
C('quang tri co lop kiem tra giam sat hoc online ko', 'plain', f(kw=KT_, prov=QT, mode='online'), ('date', 'deadline'))
C('lop kiem tra cho ubkt khu vuc quang binh cu du kien thang may', 'abbrev', f(kw=['khu vuc quang binh cu']), ('date',))
C('Quảng Trị có lớp văn thư lưu trữ không', 'diacritics', f(kw=['van thu'], prov=QT), ('date', 'place'))
C('lop the doan vien dien tu o quang binh', 'plain', f(kw=['the doan vien'], former='Quảng Bình'), ('date', 'deadline'))
C('ở Đông Hà có lớp tuyên giáo nào', 'diacritics', f(kw=['tuyen giao'], prov=QT, **{'to': '2026-12-31'}), ('date', 'place'))
C('quảng trị có lớp tài chính kế toán cđcs tháng 1 ko', 'abbrev', f(kw=['ke toan'], prov=QT, month='2027-01'), ('date', 'place'))
C('lop tu van phap luat o quang tri hoc may ngay', 'plain', f(kw=['tu van phap luat'], prov=QT), ('date', 'days'))
C('Lớp nghiệp vụ công đoàn cho chủ tịch CĐCS ở Quảng Trị', 'diacritics', f(kw=['cho chu tich cdcs'], prov=QT), ('date', 'deadline'), p=P_QT_CT)
C('quang tri co lop binh dang gioi ko', 'plain', f(kw=['binh dang gioi'], prov=QT), ('date', 'deadline'))
C('lop atvsld o quang tri thang 3', 'abbrev', f(kw=ATV, prov=QT, month='2027-03'), ('date',))
C('quảng trị có lớp thành lập cđcs tại doanh nghiệp ko', 'abbrev', f(kw=['thanh lap cong doan'], prov=QT), ('date', 'place'), p=P_QT_CB)
C('lớp nữ công ở quảng trị tháng 6 là lớp dự kiến à', 'plain', f(kw=NC_, prov=QT, month='2027-06'), ('date',))

# ------------------------------------------------------------------ course: Cần Thơ (+ Sóc Trăng, Hậu Giang)
C('lớp ở Sóc Trăng tháng 12', 'diacritics', f(former='Sóc Trăng', month='2026-12'), ('date', 'place'), p=P_CT_CT)
C('soc trang co lop buoi toi cho to truong cong doan ko', 'plain', f(former='Sóc Trăng', evening=True), ('date', 'place'), p=P_CT_CT)
C('lop o hau giang co lop nao gan nhat', 'plain', f(former='Hậu Giang'), ('date', 'place'))
C('Lớp nữ công khu vực Hậu Giang dự kiến học tháng mấy', 'diacritics', f(kw=['nu cong khu vuc hau giang']), ('date',))
C('can tho co lop thuong luong tap the nao', 'plain', f(kw=TL, prov=CT), ('date',), p=P_CT_CT)
C('lop cho can bo cong doan cap tren truc tiep co so o can tho dang hoc den ngay nao', 'plain', f(kw=['cap tren truc tiep'], cat='ongoing'), ('end',))
C('cần thơ có lớp an toàn vệ sinh lao động tháng 12 không', 'diacritics', f(kw=ATV, prov=CT, month='2026-12'), ('date', 'place'))
C('lop doi thoai tai noi lam viec o can tho han dang ky', 'plain', f(kw=DTH, prov=CT, org=['ldld thanh pho can tho']), ('deadline', 'date'))
C('lớp chuyển đổi số ở sóc trăng học mấy ngày', 'plain', f(kw=CDS, former='Sóc Trăng'), ('date', 'days'))
C('can tho thang 1 co lop luat cong doan hoc truc tuyen ko', 'plain', f(kw=['luat cong doan'], prov=CT, mode='online', month='2027-01'), ('date', 'deadline'), p=P_CT_NV)
C('Hậu Giang có lớp tài chính kế toán công đoàn không', 'diacritics', f(kw=['ke toan'], former='Hậu Giang'), ('date', 'deadline'))
C('lop kiem tra tai chinh cong doan o soc trang', 'plain', f(kw=['kiem tra tai chinh'], former='Sóc Trăng'), ('date', 'days'))
C('kcx cần thơ có lớp thương lượng tập thể ko', 'abbrev', f(org=['khu che xuat'], kw=TL), ('date', 'place'), p=P_CT_NV)
C('cong doan cac khu che xuat va cong nghiep can tho co lop bhxh ko', 'plain', f(org=['khu che xuat'], kw=['bhxh']), ('date',), p=P_CT_NV)
C('lớp atvsld mùa nắng nóng ở kcn trà nóc còn học ko', 'abbrev', f(kw=['nang nong'], cat='cancelled'), ('status',), p=P_CT_NV)
C('kcn tra noc co lop atvsld nao', 'abbrev', f(org=['khu che xuat'], kw=ATV), ('date',), p=P_CT_NV)
C('công đoàn phường Sóc Trăng có lớp gì', 'diacritics', f(org=['phuong soc trang']), ('date',))
C('cd phuong soc trang lop atvsld thang 2', 'abbrev', f(org=['phuong soc trang'], kw=ATV, month='2027-02'), ('date', 'deadline'))
C('lop nghiep vu cho cdcs khu vuc phuong soc trang hoc ngay nao o dau', 'plain', f(kw=['khu vuc phuong soc trang']), ('date', 'place'))
C('lop tranh chap lao dong o can tho thang 1', 'plain', f(kw=['tranh chap'], prov=CT, month='2027-01'), ('date', 'days'))
C('Cần Thơ có lớp phát triển đoàn viên ở Hậu Giang không', 'diacritics', f(kw=['phat trien doan vien'], former='Hậu Giang'), ('date', 'deadline'))
C('lop nu cong o soc trang cuoi nam', 'plain', f(kw=NC_, former='Sóc Trăng'), ('date', 'deadline'))
C('lop cho chu tich cdcs o soc trang du kien thang 6', 'abbrev', f(kw=['cho chu tich cdcs'], former='Sóc Trăng'), ('date',))
C('cần thơ có lớp giải quyết tranh chấp lao động ở hậu giang ko', 'plain', f(kw=['tranh chap'], former='Hậu Giang'), ('date',))

# ------------------------------------------------------------------ course: Vĩnh Long (+ Bến Tre, Trà Vinh)
C('còn ở Bến Tre có lớp nào không', 'diacritics', f(former='Bến Tre'), ('date', 'place'), p=P_VL_CT)
C('lop tu van phap luat cho cdcs nganh dua o ben tre con hoc ko', 'abbrev', f(kw=['nganh dua'], cat='cancelled'), ('status',), p=P_VL_CT)
C('Lớp tài chính công đoàn khu vực Trà Vinh lùi đến ngày nào', 'diacritics', f(kw=['khu vuc tra vinh'], cat='any'), ('date', 'status'), p=P_VL_KT)
C('tra vinh co lop ke toan cong doan nao', 'plain', f(kw=TC_, former='Trà Vinh'), ('date',), p=P_VL_KT)
C('vinh long co lop kiem tra giam sat thang 12', 'plain', f(kw=KT_, prov=VL, month='2026-12'), ('date', 'place'))
C('lớp thương lượng tập thể ở Vĩnh Long hạn đăng ký khi nào', 'diacritics', f(kw=TL, prov=VL), ('deadline', 'date'), p=P_VL_CT)
C('ben tre co lop the doan vien dien tu ko', 'plain', f(kw=['the doan vien'], former='Bến Tre'), ('date', 'days'))
C('vĩnh long có lớp quản lý thu chi kinh phí đoàn phí học online không', 'plain', f(kw=['doan phi'], prov=VL), ('date',), p=P_VL_KT)
C('lop binh dang gioi o ben tre thang 1', 'plain', f(kw=['binh dang gioi'], former='Bến Tre', month='2027-01'), ('date', 'deadline'))
C('trà vinh có lớp atvsld ko', 'abbrev', f(kw=ATV, former='Trà Vinh'), ('date',))
C('lớp nữ công ở bến tre tháng 3 học mấy hôm', 'plain', f(kw=NC_, former='Bến Tre', month='2027-03'), ('date', 'days'))
C('lop dai dien bao ve quyen loi nld o tra vinh', 'abbrev', f(kw=['dai dien'], former='Trà Vinh'), ('date', 'deadline'))
C('Vĩnh Long có lớp chủ tịch CĐCS ở Trà Vinh không', 'diacritics', f(kw=['cho chu tich cdcs'], former='Trà Vinh'), ('date', 'place'), p=P_VL_CT)
C('lop giang vien kiem chuc o vinh long', 'plain', f(aud=['giang vien kiem chuc'], prov=VL), ('date',))
C('vinh long lop atvsld du kien thang 6', 'abbrev', f(kw=ATV, prov=VL, month='2027-06'), ('date', 'place'))
C('ben tre thang 6 co lop tu van phap luat ko', 'plain', f(kw=['tu van phap luat'], former='Bến Tre', month='2027-06'), ('date', 'deadline'))
C('Lớp kế toán công đoàn ở Vĩnh Long tháng 5', 'diacritics', f(kw=['ke toan'], prov=VL, month='2027-05'), ('date', 'days'))

# ------------------------------------------------------------------ course: Đồng Tháp (+ Tiền Giang)
C('tiền giang có lớp atvsld chủ nhật ko', 'abbrev', f(former='Tiền Giang', weekend=True), ('date', 'place'), p=P_DT_CT)
C('lop o my tho thang 12', 'plain', f(former='Tiền Giang', month='2026-12'), ('date', 'deadline'))
C('Đồng Tháp có lớp giảng viên kiêm chức không', 'diacritics', f(aud=['giang vien kiem chuc'], prov=DT), ('date',))
C('dong thap co lop thuong luong tap the thang 3', 'plain', f(kw=TL, prov=DT, month='2027-03'), ('date', 'deadline'), p=P_DT_CT)
C('lop kiem tra tai chinh cong doan o tien giang', 'plain', f(kw=['kiem tra tai chinh'], former='Tiền Giang'), ('date', 'days'))
C('lớp chủ tịch cđcs ở đồng tháp học kết hợp', 'abbrev', f(kw=['cho chu tich cdcs'], prov=DT, mode='blended'), ('date',), p=P_DT_CT)
C('dong thap co lop nu cong truc tuyen khong', 'plain', f(kw=NC_, prov=DT, mode='online'), ('date', 'deadline'))
C('Tiền Giang có lớp kế toán công đoàn không', 'diacritics', f(kw=['ke toan'], former='Tiền Giang'), ('date', 'deadline'))
C('lop van thu luu tru o dong thap', 'plain', f(kw=['van thu'], prov=DT), ('date',))
C('đồng tháp có lớp chuyển đổi số ko', 'plain', f(kw=CDS, prov=DT), ('date', 'days'))
C('lop tranh chap lao dong o tien giang thang 3', 'plain', f(kw=['tranh chap'], former='Tiền Giang', month='2027-03'), ('date',))
C('Đồng Tháp tháng 2 có lớp phổ biến luật lao động không', 'diacritics', f(kw=['bo luat lao dong'], prov=DT, month='2027-02'), ('date', 'place'))
C('cao lanh co lop kiem tra tai chinh ko', 'plain', f(kw=['kiem tra tai chinh'], prov=DT, nokw=[], **{'from': '2027-02-01'}), ('date', 'deadline'))

# ------------------------------------------------------------------ course: An Giang (+ Kiên Giang)
C('Phú Quốc có lớp đối thoại cho CĐCS ngành du lịch không', 'diacritics', f(kw=['du lich phu quoc']), ('date', 'deadline'), p=P_AG_CT)
C('lop o kien giang thang 12', 'plain', f(former='Kiên Giang', month='2026-12'), ('date', 'place'), p=P_AG_CT)
C('lop tai chinh cdcs khu vuc kien giang thang 11 xong chua', 'abbrev', f(kw=['khu vuc kien giang'], cat='finished'), ('status',))
C('an giang co lop doi thoai tai noi lam viec o long xuyen ko', 'plain', f(kw=DTH, prov=AG, nokw=['du lich']), ('date', 'deadline'))
C('Rạch Giá có lớp tuyên giáo nào', 'diacritics', f(kw=['tuyen giao'], former='Kiên Giang', **{'to': '2027-01-31'}), ('date', 'deadline'))
C('lop atvsld an giang buoi chieu thang 12', 'abbrev', f(kw=ATV, prov=AG, month='2026-12'), ('date', 'place'))
C('an giang co lop kiem tra giam sat cho ubkt ko', 'plain', f(kw=KT_, prov=AG), ('date', 'days'), p=P_AG_UB)
C('lớp kiểm tra giám sát ở kiên giang buổi chiều', 'plain', f(kw=KT_, former='Kiên Giang'), ('date', 'deadline'), p=P_AG_UB)
C('phu quoc co lop tu van phap luat ko', 'plain', f(kw=['tu van phap luat'], place_has=None, former='Kiên Giang'), ('date', 'deadline'))
C('An Giang có lớp nữ công tháng 5 không', 'diacritics', f(kw=NC_, prov=AG, month='2027-05'), ('date',))
C('an giang lop the doan vien dien tu', 'plain', f(kw=['the doan vien'], prov=AG), ('date', 'deadline'))
C('lop chu tich cdcs an giang', 'abbrev', f(kw=['cho chu tich cdcs'], prov=AG), ('date', 'place'), p=P_AG_CT)
C('an giang co lop ke toan cong doan thang 3', 'plain', f(kw=['ke toan'], prov=AG, month='2027-03'), ('date', 'deadline'))
C('lop phat trien doan vien o an giang hoc may ngay', 'plain', f(kw=['phat trien doan vien'], prov=AG), ('date', 'days'))

# ------------------------------------------------------------------ course: Cà Mau (+ Bạc Liêu)
C('bạc liêu có lớp buổi tối cho công nhân nhà máy tôm không', 'plain', f(kw=['nha may tom']), ('date', 'place'), p=P_CM_CT)
C('lop quan ly tai chinh tai san cdcs ca mau thang 3 con hoc ko', 'abbrev', f(kw=['tai san cong doan'], cat='cancelled'), ('status',))
C('Cà Mau có lớp kiểm tra giám sát tháng 1 không', 'diacritics', f(kw=KT_, prov=CM, month='2027-01'), ('date', 'deadline'))
C('lop o bac lieu thang 1', 'plain', f(former='Bạc Liêu', month='2027-01'), ('date', 'place'), p=P_CM_CT)
C('ca mau co lop giang day tich cuc cho giang vien kiem chuc', 'plain', f(aud=['giang vien kiem chuc'], prov=CM), ('date', 'place'))
C('cà mau có lớp luật lao động học online tháng 12 ko', 'plain', f(kw=PL, prov=CM, mode='online', month='2026-12'), ('date', 'deadline'))
C('lop tranh chap lao dong o ca mau hoc may gio', 'plain', f(kw=['tranh chap'], prov=CM), ('date', 'place'))
C('Lớp thương lượng tập thể ở Bạc Liêu', 'diacritics', f(kw=TL, former='Bạc Liêu'), ('date', 'deadline'), p=P_CM_CT)
C('ca mau co lop chuyen doi so thang 4', 'plain', f(kw=CDS, prov=CM, month='2027-04'), ('date',))
C('lop nu cong o bac lieu', 'plain', f(kw=NC_, former='Bạc Liêu'), ('date', 'deadline'))
C('cà mau có lớp quản lý thu chi đoàn phí không', 'plain', f(kw=['doan phi'], prov=CM), ('date', 'place'))
C('lop atvsld ca mau hoc ket hop', 'abbrev', f(kw=ATV, prov=CM, mode='blended'), ('date', 'days'))
C('Cà Mau có lớp chủ tịch CĐCS tháng 3 không', 'diacritics', f(kw=['cho chu tich cdcs'], prov=CM, month='2027-03'), ('date', 'place'), p=P_CM_CT)

# ------------------------------------------------------------------ course: Tây Ninh (+ Long An)
C('Long An có lớp gì cho tổ trưởng công đoàn KCN chủ nhật không', 'diacritics', f(former='Long An', weekend=True), ('date', 'place'), p=P_TN_NV)
C('lop toi thuong luong tien luong cho cdcs fdi o long an', 'abbrev', f(kw=['tien luong']), ('date', 'place'), p=P_TN_CT)
C('tay ninh co lop kiem tra giam sat thang 12', 'plain', f(kw=KT_, prov=TN, month='2026-12'), ('date', 'deadline'))
C('lop doi thoai tai noi lam viec tay ninh thang 1', 'plain', f(kw=DTH, prov=TN, month='2027-01'), ('date', 'deadline'), p=P_TN_CT)
C('Long An có lớp đại diện bảo vệ quyền lợi người lao động không', 'diacritics', f(kw=['dai dien'], former='Long An'), ('date', 'deadline'))
C('tây ninh có lớp phát triển đoàn viên dự kiến 6 tháng đầu năm à', 'plain', f(kw=['doanh nghiep ngoai nha nuoc']), ('date',))
C('lop thanh lap cdcs tai doanh nghiep o long an', 'abbrev', f(kw=['thanh lap cong doan'], former='Long An'), ('date',))
C('tay ninh co lop ke toan cong doan thang 5', 'plain', f(kw=['ke toan'], prov=TN, month='2027-05'), ('date', 'deadline'))
C('lớp tư vấn pháp luật ở tây ninh tháng 12', 'plain', f(kw=['tu van phap luat'], prov=TN, month='2026-12'), ('date', 'days'))
C('Tây Ninh có lớp nữ công không', 'diacritics', f(kw=NC_, prov=TN), ('date', 'days'))
C('cd cac kcn tay ninh co lop atvsld thang 4', 'abbrev', f(org=['cac kcn tinh tay ninh'], kw=ATV, month='2027-04'), ('date', 'deadline'), p=P_TN_NV)
C('kcn tay ninh lop bhxh bhyt cho cong nhan', 'abbrev', f(org=['cac kcn tinh tay ninh'], kw=['bhxh']), ('date',), p=P_TN_NV)
C('cong doan cac kcn tay ninh lop tranh chap lao dong', 'plain', f(org=['cac kcn tinh tay ninh'], kw=['tranh chap']), ('date', 'days'))
C('lop luat cong doan cho cong nhan kcn tay ninh', 'plain', f(org=['cac kcn tinh tay ninh'], kw=['luat cong doan']), ('date',), p=P_TN_NV)
C('Tây Ninh có lớp chủ tịch CĐCS tháng 2 không', 'diacritics', f(kw=['cho chu tich cdcs'], prov=TN, month='2027-02'), ('date', 'deadline'), p=P_TN_CT)
C('lop the doan vien dien tu o long an', 'plain', f(kw=['the doan vien'], former='Long An'), ('date', 'deadline'))

# ------------------------------------------------------------------ course: national school, cross-province, time-based
C('lớp toàn quốc của trường đại học công đoàn cho giảng viên kiêm chức', 'diacritics', f(org=['truong dai hoc cong doan'], aud=['giang vien kiem chuc']), ('date',), p=P_GV)
C('truong dh cong doan co lop ket hop xay dung bai giang ko', 'abbrev', f(kw=['xay dung bai giang']), ('date', 'deadline'), p=P_GV)
C('lop truc tuyen nghiep vu cong doan cho can bo chuyen trach khoa thang 11 con hoc den bao gio', 'plain', f(kw=['khoa thang 11'], cat='ongoing'), ('end',))
C('dh cong doan lop tu van phap luat truc tuyen thang 12', 'abbrev', f(org=['truong dai hoc cong doan'], kw=['tu van phap luat'], month='2026-12'), ('date', 'deadline'))
C('trường đại học công đoàn có lớp lý luận chính trị trực tuyến không', 'plain', f(org=['truong dai hoc cong doan'], kw=['ly luan chinh tri']), ('date',))
C('đh công đoàn có lớp phát triển đoàn viên ko', 'abbrev', f(org=['truong dai hoc cong doan'], kw=['phat trien doan vien']), ('date', 'days'))
C('tháng sau có lớp tập huấn trực tuyến nào ko', 'plain', f(mode='online', month='2026-12'), ('date',))
C('hôm nay có lớp nào khai giảng không', 'plain', f(cat='ongoing', **{'from': '2026-11-23', 'to': '2026-11-23'}), ('date', 'place'))
C('tuan sau o nghe an co lop nao', 'plain', f(prov=NA, **{'from': '2026-11-30', 'to': '2026-12-06'}), ('date',), p=P_NA_CT)
C('tuần sau Hà Tĩnh có lớp nào', 'diacritics', f(prov=HT, **{'from': '2026-11-30', 'to': '2026-12-06'}), ('date', 'deadline'))
C('tuan sau quang tri co lop gi', 'plain', f(prov=QT, **{'from': '2026-11-30', 'to': '2026-12-06'}), ('date', 'place'), p=P_QT_CT)
C('tuần sau ở cần thơ có lớp nào', 'plain', f(prov=CT, **{'from': '2026-11-30', 'to': '2026-12-06'}), ('date',))
C('các lớp học buổi tối tháng 12 trong khu vực', 'diacritics', f(evening=True, month='2026-12'), ('date',))
C('lop hoc thu bay chu nhat thang 12', 'plain', f(weekend=True, month='2026-12'), ('date', 'place'))
C('Có lớp nào học vào Chủ nhật tháng 1 không', 'diacritics', f(weekend=True, month='2027-01'), ('date', 'place'))
C('có những lớp nào đang học hôm nay', 'plain', f(cat='ongoing'), ('date',))
C('lop nao con han dang ky trong tuan nay', 'plain', f(cat='registerable', **{'to': '2026-11-29'}, kw=['xxxx-none']), ('date',)) if False else None
C('lop giang vien kiem chuc dong thap du kien quy 1', 'plain', f(kw=['giang vien kiem chuc cong doan nam 2027']), ('date',))
C('lop boi duong ky nang doi thoai thuong luong cho can bo cap tren co so quy 2 thanh hoa', 'plain', f(kw=['doi thoai, thuong luong cho can bo'], prov=TH), ('date',))

# voice dictation (numbers in words, no punctuation)
C('cho tôi hỏi tháng mười hai ở nghệ an có lớp nào cho kế toán công đoàn không', 'voice', f(kw=['ke toan'], prov=NA, month='2026-12'), ('date',), p=P_NA_KT)
C('lớp thương lượng tập thể ở thanh hóa tháng tư năm hai không hai bảy học ngày nào', 'voice', f(kw=TL, prov=TH, month='2027-04'), ('date', 'deadline'))
C('ở bến tre tháng ba có lớp nữ công nào không', 'voice', f(kw=NC_, former='Bến Tre', month='2027-03'), ('date', 'days'))
C('lớp buổi tối ở sóc trăng ngày mười sáu tháng mười hai học ở đâu', 'voice', f(former='Sóc Trăng', evening=True), ('place', 'date'))
C('cho hỏi lớp an toàn vệ sinh lao động ở tiền giang ngày chủ nhật mười bảy tháng một', 'voice', f(kw=['tan huong']), ('date', 'place'))
C('phú quốc tháng tư có lớp đối thoại cho khách sạn du lịch không', 'voice', f(kw=['du lich phu quoc']), ('date', 'deadline'))
C('lớp tập huấn buổi tối cho công nhân ở bạc liêu ngày bảy tháng một năm hai không hai bảy', 'voice', f(kw=['nha may tom']), ('date', 'place'))
C('tuần sau ở nghệ an có lớp nào cho chủ tịch công đoàn cơ sở mới bầu không', 'voice', f(kw=['moi bau'], prov=NA, **{'from': '2026-11-30', 'to': '2026-12-13'}), ('date', 'deadline'), p=P_NA_CT)
C('lớp chuyển đổi số trực tuyến ở hà tĩnh ngày mười tháng mười hai hạn đăng ký khi nào', 'voice', f(kw=['truc tuyen ky nang chuyen doi so']), ('deadline', 'date'))
C('lớp nữ công khu công nghiệp lễ môn dời sang ngày nào', 'voice', f(kw=['le mon']), ('date',), p=P_TH_NC)
C('công đoàn các khu công nghiệp tây ninh có lớp chủ nhật cho tổ trưởng công đoàn không', 'voice', f(org=['cac kcn tinh tay ninh'], weekend=True), ('date', 'place'))
C('lớp kế toán tài chính công đoàn ở trà vinh bị lùi lịch đến ngày nào', 'voice', f(kw=['khu vuc tra vinh']), ('date',), p=P_VL_KT)
C('tháng một ở cà mau có lớp kiểm tra giám sát không', 'voice', f(kw=KT_, prov=CM, month='2027-01'), ('date', 'deadline'))
C('ở quảng bình ngày mười bảy tháng mười hai có lớp buổi tối nào không', 'voice', f(former='Quảng Bình', evening=True), ('date', 'place'))
C('lớp giảng viên kiêm chức toàn quốc học kết hợp tháng năm năm hai không hai bảy', 'voice', f(kw=['xay dung bai giang']), ('date', 'deadline'), p=P_GV)
C('lớp phổ biến luật lao động của công đoàn phường trường vinh tháng mười hai', 'voice', f(org=['phuong truong vinh'], kw=['bo luat lao dong'], month='2026-12'), ('date', 'days'))
C('ở long an tháng ba có lớp buổi tối nào không', 'voice', f(former='Long An', evening=True, month='2027-03'), ('date', 'place'))
C('lớp thương lượng tập thể ở khu kinh tế nghi sơn tháng ba', 'voice', f(org=['nghi son'], kw=TL, month='2027-03'), ('date', 'deadline'))

# typos
C('lớp thuong luơng tâp thể ở ha tinh thang hai', 'typo', f(kw=TL, prov=HT, month='2027-02'), ('date',))
C('co lơp nư công nao o Nghe An thang hai ko', 'typo', f(kw=NC_, prov=NA, month='2027-02'), ('date', 'days'))
C('lop kiêm tra giam xat o dong thap', 'typo', f(kw=['kiem tra tai chinh'], prov=DT), ('date',)) if False else None
C('lóp chuyên đôi sô o ca mau thang tu', 'typo', f(kw=CDS, prov=CM, month='2027-04'), ('date',))
C('lơp an toan ve sinh lao dộng o quang binh', 'typo', f(kw=ATV, former='Quảng Bình'), ('date', 'place'))
C('lop buôi tôi o soc chang', 'typo', f(former='Sóc Trăng', evening=True), ('date', 'place'))
C('lơp tu vân phap luât o ben tre thang tu', 'typo', f(kw=['tu van phap luat'], former='Bến Tre', month='2027-04'), ('date', 'deadline'))
C('lop giăng viên kiêm chuc o ha tinh thang nam', 'typo', f(aud=['giang vien kiem chuc'], prov=HT, month='2027-05'), ('date', 'deadline'))
C('lop ke toan cong doan o kien gian thang 5', 'typo', f(kw=['ke toan'], former='Kiên Giang', month='2027-05'), ('date', 'deadline'))
C('lop tranh châp lao đong o nghi sơn thang 12', 'typo', f(org=['nghi son'], kw=['tranh chap'], month='2026-12'), ('date', 'deadline'))
C('lơp chu tich cdcs moi bâu dot hai', 'typo', f(kwt=[['moi bau'], ['dot 2']]), ('date',), p=P_NA_CT)
C('lop binh dang gioi o vinh long thang nam', 'typo', f(kw=['binh dang gioi'], prov=VL, month='2027-05'), ('date', 'deadline'))
C('lop thanh lap cong đoan o tay ninh thang ba', 'typo', f(kw=['thanh lap cong doan'], prov=TN, month='2027-03'), ('date', 'deadline'))
C('lơp tiêng luong cho cd fdi long an', 'typo', f(kw=['tien luong']), ('date',)) if False else None
C('lop phat trien doan vien o can tho thang muoi hai', 'typo', f(kw=['phat trien doan vien'], prov=CT, month='2026-12'), ('date', 'deadline'))
C('lop luat cong doan o cam au thang sau', 'typo', f(kw=PL, prov=CM, month='2026-12'), ('date',))

# abbreviations / teencode
C('t7 cn có lớp nào cho gv ở na ko', 'abbrev', f(org=['giao duc tinh nghe an'], weekend=True), ('date', 'place'), p=P_NA_GV)
C('ubkt o th co lop nao thang 5 k', 'abbrev', f(kw=KT_, prov=TH, month='2027-05'), ('date',), p=P_TH_CT)
C('ldld ag co lop nu cong o pq ko', 'abbrev', f(kw=NC_, former='Kiên Giang', org=['ldld tinh an giang']), ('date',))
C('ct cdcs o ct(can tho) co lop nao thang 6 k bn', 'abbrev', f(kw=['cho chu tich cdcs'], prov=CT, month='2027-06'), ('date', 'place'), p=P_CT_CT)
C('kcn tn co lop doi thoai ko ad', 'abbrev', f(org=['cac kcn tinh tay ninh'], kw=DTH), ('date',), p=P_TN_CT)
C('bn ơi lớp atvsld ở vl tháng 3 dc ko', 'abbrev', f(kw=ATV, prov=VL, month='2027-03'), ('date', 'place'))
C('lop bhxh bhyt o ht t6 k', 'abbrev', f(kw=['bhxh'], prov=HT, month='2027-06'), ('date',))
C('cđ yt ht có lớp atvsld ko ạ', 'abbrev', f(org=['y te tinh ha tinh'], kw=ATV), ('date', 'deadline'))
C('lop cds cho cdcs o qt k', 'abbrev', f(kw=['the doan vien'], prov=QT), ('date', 'deadline'))
C('ldld dt co lop nghiep vu ct cdcs thang 3 ko', 'abbrev', f(kw=['cho chu tich cdcs'], prov=DT, month='2027-03'), ('date', 'deadline'), p=P_DT_CT)
C('lop tcd (tai chinh cd) o cm t6 co ko', 'abbrev', f(kw=['doan phi'], prov=CM, month='2027-06'), ('date',))
C('bn cho hỏi lớp tlttt ở kcx ct t4', 'abbrev', f(org=['khu che xuat'], kw=TL, month='2027-04'), ('date',), p=P_CT_NV)
C('lop kt gs cho ubkt o vl ko', 'abbrev', f(kw=['kiem tra'], prov=VL), ('date',))
C('cd gd na co lop nu cong t5 ko', 'abbrev', f(org=['giao duc tinh nghe an'], kw=NC_), ('date', 'days'), p=P_NA_GV)
C('lop tv pl (tu van phap luat) o tn t12', 'abbrev', f(kw=['tu van phap luat'], prov=TN, month='2026-12'), ('date',))

QUESTIONS = [q for q in QUESTIONS if q]

# ------------------------------------------------------------------ targets
T('Chỉ tiêu đào tạo năm nay của LĐLĐ tỉnh là gì?', 'diacritics', 'LĐLĐ tỉnh Nghệ An', 2026, p=P_NA_CT)
T('chi tieu boi duong chu tich cdcs nam nay cua tinh minh dat bao nhieu roi', 'abbrev', 'LĐLĐ tỉnh Nghệ An', 2026, ('target', 'achieved', 'pct'), p=P_NA_CT, content=['chu tich'])
T('nghe an con thieu bao nhieu hoc vien chu tich cdcs nua moi dat chi tieu 2026', 'plain', 'LĐLĐ tỉnh Nghệ An', 2026, ('gap',), content=['chu tich'])
T('năm ngoái nghệ an bồi dưỡng được bao nhiêu chủ tịch cđcs', 'abbrev', 'LĐLĐ tỉnh Nghệ An', 2025, ('achieved', 'target'), content=['chu tich'])
T('Nghệ An năm 2025 mở được bao nhiêu lớp tập huấn nghiệp vụ', 'diacritics', 'LĐLĐ tỉnh Nghệ An', 2025, ('achieved',), content=['so lop'])
T('chi tieu trung cap ly luan chinh tri nhiem ky 2023-2028 cua nghe an', 'plain', 'LĐLĐ tỉnh Nghệ An', '2023-2028', ('target', 'achieved'))
T('chỉ tiêu huấn luyện atvsld năm nay nghệ an đạt bao nhiêu', 'abbrev', 'LĐLĐ tỉnh Nghệ An', 2026, ('target', 'achieved'), content=['an toan'])
T('Thanh Hóa năm nay đạt bao nhiêu phần trăm chỉ tiêu bồi dưỡng cán bộ cơ sở', 'diacritics', 'Liên đoàn Lao động tỉnh Thanh Hóa', 2026, ('target', 'achieved', 'pct'), content=['co so'], p=P_TH_CT)
T('chi tieu nu cong 2026 cua ldld thanh hoa', 'abbrev', 'Liên đoàn Lao động tỉnh Thanh Hóa', 2026, ('target', 'achieved'), content=['nu cong'], p=P_TH_NC)
T('năm 2025 thanh hóa có vượt chỉ tiêu bồi dưỡng không', 'plain', 'Liên đoàn Lao động tỉnh Thanh Hóa', 2025, ('target', 'achieved', 'pct'))
T('ha tinh nam nay con thieu bao nhieu hoc vien', 'plain', 'LĐLĐ tỉnh Hà Tĩnh', 2026, ('gap',), p=P_HT_CT)
T('Chỉ tiêu bồi dưỡng năm 2025 của Hà Tĩnh đạt bao nhiêu', 'diacritics', 'LĐLĐ tỉnh Hà Tĩnh', 2025, ('target', 'achieved', 'pct'))
T('tinh minh nam nay dat chi tieu boi duong chua', 'plain', 'LĐLĐ tỉnh Quảng Trị', 2026, ('target', 'achieved', 'pct'), p=P_QT_CB)
T('quảng trị năm ngoái bồi dưỡng được bao nhiêu cán bộ', 'plain', 'LĐLĐ tỉnh Quảng Trị', 2025, ('achieved', 'target'))
T('chỉ tiêu tập huấn cán bộ công đoàn 2026 của Cần Thơ', 'diacritics', 'LĐLĐ TP Cần Thơ', 2026, ('target', 'achieved'), content=['nghiep vu'], p=P_CT_CT)
T('can tho nam nay mo duoc bao nhieu lop tren chi tieu', 'plain', 'LĐLĐ TP Cần Thơ', 2026, ('target', 'achieved'), content=['so lop'])
T('ldld can tho nam 2025 dat bao nhieu phan tram', 'abbrev', 'LĐLĐ TP Cần Thơ', 2025, ('target', 'achieved', 'pct'))
T('Vĩnh Long năm nay còn thiếu bao nhiêu học viên so với chỉ tiêu', 'diacritics', 'LĐLĐ tỉnh Vĩnh Long', 2026, ('gap',), p=P_VL_CT)
T('nam ngoai vinh long dat chi tieu boi duong ko', 'plain', 'LĐLĐ tỉnh Vĩnh Long', 2025, ('target', 'achieved', 'pct'), p=P_VL_KT)
T('đồng tháp chỉ tiêu tập huấn năm nay đạt mấy phần trăm', 'plain', 'LĐLĐ tỉnh Đồng Tháp', 2026, ('target', 'achieved', 'pct'), p=P_DT_CT)
T('chi tieu tap huan 2025 dong thap', 'plain', 'LĐLĐ tỉnh Đồng Tháp', 2025, ('target', 'achieved'))
T('An Giang năm nay bồi dưỡng được bao nhiêu trên chỉ tiêu', 'diacritics', 'LĐLĐ tỉnh An Giang', 2026, ('target', 'achieved'), p=P_AG_CT)
T('an giang nam ngoai dat bao nhieu phan tram chi tieu', 'plain', 'LĐLĐ tỉnh An Giang', 2025, ('pct',))
T('cà mau còn thiếu bao nhiêu học viên năm nay', 'plain', 'LĐLĐ tỉnh Cà Mau', 2026, ('gap',), p=P_CM_CT)
T('chi tieu tap huan ca mau nam 2025', 'plain', 'LĐLĐ tỉnh Cà Mau', 2025, ('target', 'achieved'))
T('Tây Ninh năm nay đạt bao nhiêu chỉ tiêu bồi dưỡng cán bộ', 'diacritics', 'LĐLĐ tỉnh Tây Ninh', 2026, ('target', 'achieved', 'pct'), p=P_TN_CT)
T('tay ninh nam 2025 co vuot chi tieu ko', 'plain', 'LĐLĐ tỉnh Tây Ninh', 2025, ('target', 'achieved'))
T('công đoàn giáo dục nghệ an năm nay bồi dưỡng được bao nhiêu chủ tịch công đoàn trường', 'plain', 'Công đoàn Giáo dục tỉnh Nghệ An', 2026, ('target', 'achieved'), p=P_NA_GV)
T('cd giao duc na nam ngoai dat bao nhieu', 'abbrev', 'Công đoàn Giáo dục tỉnh Nghệ An', 2025, ('target', 'achieved'), p=P_NA_GV)
T('cd cac kcn tay ninh tap huan phap luat cho cong nhan nam nay dc bao nhieu nguoi', 'abbrev', 'Công đoàn các KCN tỉnh Tây Ninh', 2026, ('target', 'achieved', 'pct'), p=P_TN_NV)
T('kcn tây ninh năm ngoái tập huấn pháp luật cho bao nhiêu người', 'plain', 'Công đoàn các KCN tỉnh Tây Ninh', 2025, ('achieved', 'target'))
T('ty le uy vien bch duoc tap huan cua cd vien chuc thanh hoa', 'abbrev', 'Công đoàn Viên chức tỉnh Thanh Hóa', 2026, ('target', 'achieved'), p=P_TH_VC)
T('chỉ tiêu năm hai không hai sáu của liên đoàn lao động tỉnh hà tĩnh đạt bao nhiêu rồi', 'voice', 'LĐLĐ tỉnh Hà Tĩnh', 2026, ('target', 'achieved'))
T('năm nay tỉnh mình còn thiếu bao nhiêu học viên nữa', 'voice', 'LĐLĐ tỉnh An Giang', 2026, ('gap',), p=P_AG_UB)
T('chỉ tiêu năm hai không hai lăm của cần thơ đạt bao nhiêu phần trăm', 'voice', 'LĐLĐ TP Cần Thơ', 2025, ('pct',), content=['nghiep vu'])
T('chi tieu nam nay cua tinh minh dat bao nhieu r', 'abbrev', 'LĐLĐ tỉnh Cà Mau', 2026, ('target', 'achieved'), p=P_CM_CT)
T('chi tiêu bôi dương năm nay cua thanh hoa', 'typo', 'Liên đoàn Lao động tỉnh Thanh Hóa', 2026, ('target', 'achieved'), content=['co so'])
T('chỉ tiêu năm nay vĩnh long đạt bao nhiêu', 'typo', 'LĐLĐ tỉnh Vĩnh Long', 2026, ('target', 'achieved', 'pct'))
T('năm ngoái tỉnh mình đạt chỉ tiêu ko', 'plain', 'LĐLĐ tỉnh Đồng Tháp', 2025, ('target', 'achieved', 'pct'), p=P_DT_CT)
T('cđ vc thanh hóa năm nay tập huấn bch đạt mấy %', 'abbrev', 'Công đoàn Viên chức tỉnh Thanh Hóa', 2026, ('target', 'achieved'))

# ------------------------------------------------------------------ facts (seed articles)
F('Kế hoạch đào tạo cán bộ CĐ của Thủ đô năm 2016 có hoàn thành không', 'diacritics', ['33/33', '3831/3580'])
F('nam 2016 ha noi to chuc duoc bao nhieu lop dao tao can bo cong doan', 'plain', ['33/33', '100%'])
F('truong trung cap cd ha noi huan luyen atvsld bao nhieu lop nam 2016', 'abbrev', ['42 lớp', '3.060/3000'])
F('Năm 2016 tổng cộng bao nhiêu lượt cán bộ công đoàn Hà Nội tham gia tập huấn', 'diacritics', ['38.386'])
F('lop ky nang tuyen truyen phat trien doan vien cua ha noi nam 2016 bao nhieu nguoi hoc', 'plain', ['23', '3 ngày'])
F('ai là trưởng ban tổ chức LĐLĐ Hà Nội báo cáo kết quả đào tạo 2016', 'diacritics', ['Lê Xuân Trường'])
F('muc tieu den het nhiem ky dai hoi XV cong doan thu do la gi', 'plain', ['100% cán bộ CĐ chuyên trách', '2013-2018'])
F('so can bo cd o huyen chi lang', 'abbrev', ['366', '363'])
F('Lạng Sơn toàn tỉnh có bao nhiêu cán bộ công đoàn', 'diacritics', ['8.343', '74', '8.269'])
F('chương trình số 104 của LĐLĐ Lạng Sơn ban hành ngày nào', 'diacritics', ['104/CTr-LĐLĐ', '29/11/2013'])
F('từ 2013 lạng sơn tổ chức được bao nhiêu lớp tập huấn', 'plain', ['85 lớp', '8.069'])
F('lang son co bao nhieu cdcs vung manh cuoi nam 2017', 'plain', ['1.238', '85,4%'])
F('CĐCS HTX Đồng Tâm tăng đoàn viên từ bao nhiêu lên bao nhiêu', 'diacritics', ['10', '38'])
F('nhiem ky 2018-2023 lang son co bao nhieu cbcd lan dau vao bch', 'abbrev', ['3.500'])
F('Lạng Sơn cử bao nhiêu cán bộ công đoàn đi học lớp của Tổng Liên đoàn', 'diacritics', ['25 CBCĐ'])
F('năm 2020 LĐLĐ huyện Mê Linh tổ chức mấy lớp tập huấn', 'diacritics', ['2 lớp', '400'])
F('me linh phoi hop voi ai de to chuc tap huan nam 2020', 'plain', ['Trung tâm Bồi dưỡng chính trị huyện'])
F('lop giang vien kiem chuc cua lang son nam 2014 co bao nhieu nguoi', 'plain', ['25 đồng chí'])
F('Nghị quyết 4a của Tổng Liên đoàn về đào tạo cán bộ công đoàn ban hành ngày nào', 'diacritics', ['4a/NQ-TLĐ', '04/3/2010'])
F('chương trình 1644 của tổng liên đoàn nói về gì', 'plain', ['1644/CTr-TLĐ', '04/11/2013'])
F('văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ kỹ năng nghề cho đoàn viên', 'diacritics', ['1464/CTr-TLĐ', '8/10/2013'])
F('Sóc Trăng năm 2015 có bao nhiêu đoàn viên được học nâng cao trình độ', 'diacritics', ['32.775/53.527', '61,23%'])
F('soc trang bao nhieu can bo cdcs duoc boi duong nghiep vu', 'plain', ['8.891/9.074', '97,9%'])
F('kế hoạch 53 của ldld sóc trăng ban hành ngày nào', 'abbrev', ['53/KH-LĐLĐ', '10/12/2013'])
F('soc trang to chuc bao nhieu cuoc tuyen truyen nang cao trinh do', 'plain', ['1.250', '41.640'])
F('Sóc Trăng mở mấy lớp bồi dưỡng cho chủ tịch công đoàn cơ sở', 'diacritics', ['05 lớp', '746'])
F('lop quan ly nha nuoc chuyen vien chinh o soc trang phoi hop voi truong nao', 'plain', ['Tôn Đức Thắng', '41'])
F('từ 2013 đến 2015 sóc trăng có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn', 'plain', ['23.339'])
F('ai viết bài về nâng cao trình độ đoàn viên ở sóc trăng', 'plain', ['Lục Bích Phúc'])
F('so can bo cd o huyen chi lang bao nhieu nguoi khong chuyen trach', 'typo', ['363', '117'])
F('hà nội năm hai không mười sáu đạt bao nhiêu phần trăm số học viên so với kế hoạch', 'voice', ['107%'])
F('lạng sơn có bao nhiêu phần trăm cán bộ không chuyên trách được bồi dưỡng', 'voice', ['70%'])
F('sóc trăng có bao nhiêu đoàn viên học lý luận chính trị', 'voice', ['1.500'])
F('ldld huyen me linh nam 2020 tap huan ve noi dung gi', 'abbrev', ['an toàn, vệ sinh lao động'])
F('hà nội năm 2016 học viên tham gia đạt bao nhiêu phần trăm kế hoạch', 'plain', ['107%'])
F('anh nguyen van kien duoc bau chu tich cdcs htx dong tam khi nao', 'plain', ['Tháng 12/2012'])
F('ai khai mạc lớp giảng viên kiêm chức lạng sơn', 'diacritics', ['Trần Thị Kim Anh'])
F('sóc trăng phát hành bao nhiêu bộ tài liệu tuyên truyền', 'plain', ['500 bộ'])
F('lang son tong kinh phi tap huan tu 2013 la bao nhieu', 'typo', ['2,1 tỷ đồng'])
F('soc trang co bao nhieu tien si thac si duoc dao tao', 'typo', ['500 tiến sỹ'])

# ------------------------------------------------------------------ off topic
O('Thời tiết Hà Nội hôm nay?', 'diacritics')
O('thoi tiet vinh ngay mai co mua ko', 'plain', p=P_NA_CT)
O('tối nay đội tuyển Việt Nam đá với ai', 'plain')
O('ket qua bong da ngoai hang anh toi qua', 'plain')
O('cách nấu canh chua cá lóc miền tây', 'diacritics', p=P_CT_CT)
O('cong thuc lam banh xeo', 'plain')
O('vay tín chấp ngân hàng lãi suất bao nhiêu', 'plain', p=P_TN_NV)
O('lam sao vay tien nhanh trong ngay', 'plain')
O('giá vàng hôm nay bao nhiêu một chỉ', 'diacritics')
O('gia xang dau hom nay', 'plain', p=P_DT_CT)
O('lịch âm hôm nay là ngày bao nhiêu', 'diacritics')
O('xổ số miền nam hôm nay', 'plain', p=P_VL_CT)
O('an toàn giao thông dịp tết cho con đi xe máy thế nào', 'diacritics')
O('lop hoc tieng anh cho con lop 5 o vinh', 'plain', p=P_NA_GV)
O('tập huấn chó cảnh ở đâu', 'plain')
O('kỹ năng đàm phán mua nhà giá rẻ', 'diacritics')
O('lop day lai xe b2 o can tho', 'plain', p=P_CT_NV)
O('phần mềm quản lý bán hàng nào tốt cho tiệm tạp hóa', 'plain')
O('tai chinh ca nhan nen dau tu chung khoan hay gui tiet kiem', 'plain', p=P_VL_KT)
O('chuyển đổi số cho quán cà phê cần làm gì', 'diacritics')
O('bình đẳng giới trong gia đình nên chia việc nhà thế nào', 'diacritics', p=P_TH_NC)
O('an toàn thực phẩm khi ăn hải sản', 'plain', p=P_CM_CT)
O('tu van phap luat ly hon chia tai san', 'plain')
O('kiểm tra điểm thi tốt nghiệp THPT ở đâu', 'diacritics', p=P_NA_GV)
O('dat ve may bay ha noi phu quoc', 'plain', p=P_AG_CT)
O('hom nay co bao nhieu ca covid', 'typo')
O('bn oi cho minh xin bai hat karaoke nhac vang', 'abbrev')
O('ke chuyen cuoi di', 'plain', p=P_HT_CT)
O('mua bảo hiểm nhân thọ gói nào tốt', 'diacritics', p=P_QT_CT)
O('ty gia do la hom nay', 'typo')
O('thời tiết cà mau tuần sau có bão không', 'voice', p=P_CM_CT)
O('cho tôi hỏi giá lúa hôm nay ở đồng tháp bao nhiêu một ký', 'voice', p=P_DT_CT)
O('công thức nấu bún bò huế', 'voice')
O('dự báo thời tiết sóc trăng cuối tuần này', 'voice', p=P_CT_CT)
O('lãi suất gửi tiết kiệm agribank kỳ hạn 12 tháng', 'abbrev')
O('cách đăng ký lớp học bơi cho con hè này', 'diacritics', p=P_TN_CT)

# ------------------------------------------------------------------ more targets / facts / off-topic
T('chi tieu boi duong can bo 2026 cua ldld quang tri con thieu bao nhieu', 'plain', 'LĐLĐ tỉnh Quảng Trị', 2026, ('gap',))
T('năm nay An Giang đạt mấy phần trăm chỉ tiêu bồi dưỡng', 'diacritics', 'LĐLĐ tỉnh An Giang', 2026, ('pct',))
T('cà mau năm ngoái đạt bao nhiêu phần trăm chỉ tiêu', 'plain', 'LĐLĐ tỉnh Cà Mau', 2025, ('pct',))
T('ldld tay ninh con thieu bao nhieu hoc vien nam nay', 'abbrev', 'LĐLĐ tỉnh Tây Ninh', 2026, ('gap',))
T('đồng tháp năm nay còn thiếu bao nhiêu học viên', 'voice', 'LĐLĐ tỉnh Đồng Tháp', 2026, ('gap',))
T('số liệu chỉ tiêu 2026 của Hà Tĩnh tính đến ngày nào', 'diacritics', 'LĐLĐ tỉnh Hà Tĩnh', 2026, ('asof', 'achieved'))
T('cd giao duc nghe an nam nay dat bao nhieu phan tram', 'abbrev', 'Công đoàn Giáo dục tỉnh Nghệ An', 2026, ('pct',))
F('ai là phó chủ tịch LĐLĐ Hà Nội phát biểu tại hội nghị đào tạo năm 2016', 'diacritics', ['Phạm Bá Vĩnh'])
F('truong trung cap cong doan ha noi lien ket dao tao voi truong nao', 'plain', ['Trường Cao đẳng Văn Lang'])
F('chu tich ldld huyen chi lang la ai', 'abbrev', ['Hoàng Văn Dũng'])
F('trưởng ban tổ chức LĐLĐ tỉnh Lạng Sơn là ai', 'diacritics', ['Hoàng Thị Oanh'])
F('soc trang bao nhieu can bo cong chuc hoc nang cao ung dung cong nghe thong tin', 'plain', ['14.581'])
F('sóc trăng có bao nhiêu người đạt ngoại ngữ bậc hai', 'voice', ['3.332'])
F('ai viet bai ve dao tao giang vien kiem chuc o lang son', 'typo', ['Hứa Đức Việt'])
O('cho minh hoi cach lam ho chieu online', 'plain')
O('tập huấn nuôi tôm thẻ chân trắng ở bạc liêu', 'diacritics')
O('lop hoc nau an cho nguoi lon o can tho', 'plain')
O('kiểm tra phạt nguội xe máy ở đâu', 'diacritics')
O('đăng ký học lái xe máy a1 ở nghệ an', 'abbrev')
O('nen mua dien thoai nao duoi 3 trieu', 'typo')
O('hướng dẫn cài zalo trên máy tính', 'voice')

# profiles for about half of the questions: questions that name a province get an asker from that province
PROV_PROFILE = {
    NA: P(NA, 'Ủy viên BCH', 'CĐCS Công ty CP Sữa Vinamilk Nghệ An'),
    TH: P(TH, 'Cán bộ công đoàn', 'CĐCS Công ty CP Mía đường Lam Sơn'),
    HT: P(HT, 'Đoàn viên', 'CĐCS Công ty Gang thép Hưng Nghiệp Formosa'),
    QT: P(QT, 'Chủ tịch CĐCS', 'CĐCS Bệnh viện Đa khoa tỉnh Quảng Trị'),
    CT: P(CT, 'Ủy viên BCH', 'CĐCS Trường Đại học Cần Thơ'),
    VL: P(VL, 'Đoàn viên', 'CĐCS Công ty TNHH Giày da Mỹ Phong (Trà Vinh cũ)'),
    DT: P(DT, 'Chủ tịch CĐCS', 'CĐCS Công ty CP Xuất nhập khẩu Y tế Domesco'),
    AG: P(AG, 'Cán bộ công đoàn', 'CĐCS Công ty CP Nông sản thực phẩm An Giang'),
    CM: P(CM, 'Ủy viên BCH', 'CĐCS Công ty Điện lực Cà Mau'),
    TN: P(TN, 'Đoàn viên', 'CĐCS Công ty TNHH Lộc Thiên Tây Ninh'),
}
FORMER_OF = {'Quảng Bình': QT, 'Sóc Trăng': CT, 'Hậu Giang': CT, 'Bến Tre': VL, 'Trà Vinh': VL, 'Tiền Giang': DT,
             'Kiên Giang': AG, 'Bạc Liêu': CM, 'Long An': TN}
UNION_PROV = {'nghe an': NA, 'thanh hoa': TH, 'ha tinh': HT, 'quang tri': QT, 'can tho': CT, 'vinh long': VL,
              'dong thap': DT, 'an giang': AG, 'ca mau': CM, 'tay ninh': TN}


def _fold(s):
    import unicodedata
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()


_toggle = 0
_cycle = [NA, TH, HT, QT, CT, VL, DT, AG, CM, TN]
for _i, q in enumerate(QUESTIONS):
    if q.get('profile'):
        continue
    prov = None
    if q['kind'] == 'course':
        fl = q['f']
        if fl.get('prov'):
            prov = fl['prov'][0]
        elif fl.get('former'):
            prov = FORMER_OF[fl['former'][0]]
    elif q['kind'] == 'target':
        for k, v in UNION_PROV.items():
            if k in _fold(q['tf']['union']):
                prov = v
    else:
        prov = _cycle[_i % len(_cycle)]
    if prov is None:
        continue
    _toggle = (_toggle + 1) % 3
    if _toggle == 1:
        q['profile'] = PROV_PROFILE[prov]

for i, q in enumerate(QUESTIONS):
    q['id'] = 'b33-q%03d' % (i + 1)

# ------------------------------------------------------------------ dialogues
DIALOGUES = []


def DLG(style, turns, p=None):
    DIALOGUES.append({'id': 'b33-d%02d' % (len(DIALOGUES) + 1), 'style': style, 'profile': p, 'turns': turns})


def L(q, flt, ask=('date',)):
    return {'q': q, 'kind': 'course_list', 'f': flt, 'ask': list(ask)}


def K(q, ref=None, flt=None, ask=('date',)):
    return {'q': q, 'kind': 'course', 'ref': ref, 'f': flt, 'ask': list(ask)}


def REG(q, ref=None, flt=None, ask=('date',)):
    return {'q': q, 'kind': 'register', 'ref': ref, 'f': flt, 'ask': list(ask)}


def FT(q, text):
    return {'q': q, 'kind': 'fact', 'text': list(text)}


def FTT(q, union, year, ask=('target', 'achieved'), content=None):
    tf = {'union': union, 'year': year}
    if content:
        tf['content'] = content
    return {'q': q, 'kind': 'fact', 'tf': tf, 'ask': list(ask)}


def OT(q):
    return {'q': q, 'kind': 'off_topic'}


CUR, L0, L1, L2 = ['cur'], ['list', 0], ['list', 1], ['list', 2]

DLG('plain', [
    L('co lop nao ve thuong luong tap the o thanh hoa thang 4 ko', f(kw=TL, prov=TH, month='2027-04', org=['ldld tinh thanh hoa'])),
    K('lop dau hoc may hom', L0, ask=('days', 'date')),
    K('o dau vay', CUR, ask=('place',)),
    L('the con o nghe an?', f(kw=TL, prov=NA, month='2027-04')),
    REG('dang ky giup minh lop dau', L0),
    FTT('nam ngoai tinh minh dat chi tieu ko', 'LĐLĐ tỉnh Nghệ An', 2025, ('target', 'achieved'), content=['chu tich'])], p=P_NA_CT)
DLG('diacritics', [
    L('Ở Bến Tre có lớp nào tháng 3 không?', f(former='Bến Tre', month='2027-03')),
    K('lớp thứ hai học mấy hôm', L1, ask=('days', 'date')),
    K('ở đâu vậy', CUR, ask=('place',)),
    REG('đăng ký cho tôi lớp đó', CUR)], p=P_VL_CT)
DLG('abbrev', [
    L('lop ke toan cd o nghe an t12 co ko', f(kw=['ke toan'], prov=NA, month='2026-12')),
    K('han dk khi nao', L0, ask=('deadline',)),
    REG('dk cho mk lop do', CUR),
    L('the con thang 4?', f(kw=['ke toan'], prov=NA, month='2027-04'))], p=P_NA_KT)
DLG('diacritics', [
    L('Lớp nữ công KCN Lễ Môn học khi nào?', f(kw=['le mon'])),
    K('sao lại hoãn vậy, hạn đăng ký đến bao giờ', L0, ask=('deadline', 'status')),
    REG('vậy đăng ký cho tôi', CUR),
    OT('cảm ơn, mà mai Thanh Hóa có mưa không')], p=P_TH_NC)
DLG('plain', [
    L('soc trang co lop nao thang 12', f(former='Sóc Trăng', month='2026-12')),
    K('lop buoi toi hoc o dau', flt=f(former='Sóc Trăng', evening=True), ask=('place', 'date')),
    L('the thang sau?', f(former='Sóc Trăng', month='2027-01')),
    K('lop do hoc may ngay', L0, ask=('days',))], p=P_CT_CT)
DLG('plain', [
    L('lop kiem tra giam sat o ha tinh', f(kw=['kiem tra, giam sat'], prov=HT)),
    K('lop dau tien hoc den ngay nao', L0, ask=('end',)),
    K('con lop ubkt moi kien toan thi sao', flt=f(kw=['moi kien toan'], cat='postponed_nodate'), ask=('status',)),
    L('vay quang tri co lop kiem tra nao thang 12 ko', f(kw=KT_, prov=QT, month='2026-12'))], p=P_HT_KT)
DLG('diacritics', [
    L('Lớp chủ tịch CĐCS mới bầu đợt 1 học những ngày nào', f(kwt=[['moi bau'], ['dot 1']])),
    K('lớp B ở đâu', L1, ask=('place',)),
    REG('đăng ký giúp tôi lớp B', L1),
    L('thế đợt 2?', f(kwt=[['moi bau'], ['dot 2']]), ask=('date',)),
    K('lớp B đợt 2 khi nào có ngày', L1, ask=('date',))], p=P_NA_CT)
DLG('abbrev', [
    L('kcn tn co lop nao cho cn vao cn ko', f(org=['cac kcn tinh tay ninh'], weekend=True)),
    K('hoc o dau v', L0, ask=('place',)),
    REG('dk cho e lop nay', CUR),
    FTT('cd kcn nam nay tap huan dc bn nguoi r', 'Công đoàn các KCN tỉnh Tây Ninh', 2026)], p=P_TN_NV)
DLG('plain', [
    L('lop doi thoai cho cdcs du lich phu quoc', f(kw=['du lich phu quoc'])),
    K('hoc may ngay', L0, ask=('days',)),
    K('han dang ky', CUR, ask=('deadline',)),
    REG('dang ky cho minh', CUR),
    L('the con o long xuyen co lop doi thoai ko', f(kw=DTH, prov=AG, nokw=['du lich']))], p=P_AG_CT)
DLG('diacritics', [
    L('Bạc Liêu có lớp buổi tối nào không', f(former='Bạc Liêu', evening=True)),
    K('học mấy giờ, ở đâu', L0, ask=('place', 'date')),
    REG('đăng ký cho tôi', CUR),
    FTT('năm nay tỉnh mình còn thiếu bao nhiêu học viên', 'LĐLĐ tỉnh Cà Mau', 2026, ('gap',))], p=P_CM_CT)
DLG('plain', [
    L('lop giang vien kiem chuc toan quoc', f(org=['truong dai hoc cong doan'], aud=['giang vien kiem chuc'])),
    K('lop thu hai hoc ket hop a', L1, ask=('date', 'deadline')),
    REG('dang ky lop do cho toi', CUR),
    FT('lang son mo lop giang vien kiem chuc cho bao nhieu nguoi', ['25 đồng chí'])], p=P_GV)
DLG('plain', [
    L('thang sau o can tho co lop nu cong ko', f(kw=NC_, prov=CT, month='2026-12')),
    K('lop thu 2 o dau', L1, ask=('place',)),
    K('han dang ky lop do', CUR, ask=('deadline',)),
    L('con o hau giang?', f(kw=NC_, former='Hậu Giang'))])
DLG('diacritics', [
    L('Có lớp an toàn vệ sinh lao động ở Tiền Giang không', f(kw=ATV, former='Tiền Giang')),
    K('lớp chủ nhật học ở đâu', flt=f(kw=ATV, former='Tiền Giang', weekend=True), ask=('place', 'date')),
    L('thế còn ở Cao Lãnh?', f(kw=['kiem tra tai chinh'], prov=DT, **{'from': '2027-02-01'})),
    OT('giá lúa hôm nay bao nhiêu')], p=P_DT_CT)
DLG('voice', [
    L('ở quảng bình tháng mười hai có lớp nào không', f(former='Quảng Bình', month='2026-12')),
    K('lớp buổi tối học ở đâu', flt=f(former='Quảng Bình', evening=True), ask=('place',)),
    REG('đăng ký cho tôi lớp buổi tối đó', CUR),
    FTT('năm ngoái tỉnh mình bồi dưỡng được bao nhiêu cán bộ', 'LĐLĐ tỉnh Quảng Trị', 2025, ('achieved',))], p=P_QT_CT)
DLG('plain', [
    L('ha tinh thang 12 co lop nao cho chu tich cdcs', f(kw=['cho chu tich cdcs'], prov=HT, month='2026-12')),
    K('han dang ky den bao gio', L0, ask=('deadline',)),
    REG('dang ky cho toi', CUR),
    L('the thang 3?', f(kw=['cho chu tich cdcs'], prov=HT, month='2027-03')),
    FTT('nam nay tinh minh dat bao nhieu chi tieu', 'LĐLĐ tỉnh Hà Tĩnh', 2026)], p=P_HT_CT)
DLG('abbrev', [
    L('cd vc th co lop ts nao ko', f(org=['vien chuc tinh thanh hoa'], mode='online')),
    K('hoc may h', L0, ask=('date',)),
    REG('dk cho mk', CUR),
    FTT('ty le bch dc tap huan nam nay', 'Công đoàn Viên chức tỉnh Thanh Hóa', 2026)], p=P_TH_VC)
DLG('diacritics', [
    L('Lớp chuyển đổi số trực tuyến ở Hà Tĩnh', f(kw=['truc tuyen ky nang chuyen doi so'])),
    K('hạn đăng ký khi nào', L0, ask=('deadline',)),
    REG('đăng ký cho tôi lớp này', CUR),
    L('còn lớp chuyển đổi số nào ở Hà Tĩnh nữa không', f(kwt=['chuyen doi so trong hoat dong'], prov=HT))], p=P_HT_CT)
DLG('plain', [
    L('lop tai chinh cong doan o tra vinh', f(kw=TC_, former='Trà Vinh')),
    K('lop dau bi hoan sang ngay nao', L0, ask=('date', 'status')),
    REG('dang ky lop do cho toi', CUR),
    FTT('nam ngoai vinh long dat bao nhieu', 'LĐLĐ tỉnh Vĩnh Long', 2025)], p=P_VL_KT)
DLG('typo', [
    L('lơp thuong luong tâp thê o vinh long', f(kw=TL, prov=VL)),
    K('lơp thu hai hoc ơ đâu', L1, ask=('place', 'date')),
    REG('dang ki lơp do', CUR),
    OT('xô sô vinh long hom nay')], p=P_VL_CT)
DLG('plain', [
    L('can tho co lop nao dang hoc ko', f(prov=CT, cat='ongoing')),
    K('hoc den ngay nao', L0, ask=('end',)),
    L('tuan sau can tho co lop nao', f(prov=CT, **{'from': '2026-11-30', 'to': '2026-12-06'})),
    REG('dk lop dau', L0)])
DLG('diacritics', [
    L('Công đoàn phường Trường Vinh có lớp nào trong tháng 12', f(org=['phuong truong vinh'], month='2026-12')),
    K('lớp buổi tối học lúc mấy giờ', L0, ask=('date', 'place')),
    REG('đăng ký cho tôi lớp buổi tối', L0),
    K('lớp thứ hai học mấy ngày', L1, ask=('days',))])
DLG('abbrev', [
    L('lop cho gv kiem chuc o na', f(aud=['giang vien kiem chuc'], prov=NA)),
    K('lop dau o dau', L0, ask=('place', 'date')),
    K('lop thu 3 hoc may ngay', L2, ask=('days',)),
    FT('nghi quyet 4a cua tld ve dao tao can bo ngay nao', ['04/3/2010'])], p=P_GV)
DLG('plain', [
    L('nghe an co lop nao hoc buoi toi', f(prov=NA, evening=True)),
    K('lop thu hai cua ai to chuc', L1, ask=('org', 'date')),
    REG('dang ky lop dau cho toi', L0),
    OT('toi nay vinh co mua khong')], p=P_NA_CT)
DLG('diacritics', [
    L('Trường Đại học Công đoàn có lớp tư vấn pháp luật trực tuyến nào', f(org=['truong dai hoc cong doan'], kw=['tu van phap luat'])),
    K('lớp thứ hai học buổi nào', L1, ask=('date',)),
    K('lớp đầu hạn đăng ký', L0, ask=('deadline',)),
    REG('đăng ký lớp đầu', L0)])
DLG('plain', [
    L('lop an toan lao dong o kcn tay ninh', f(org=['cac kcn tinh tay ninh'], kw=ATV)),
    K('lop thu 2 han dang ky', L1, ask=('deadline', 'date')),
    REG('dang ky lop thu 2', L1),
    FTT('nam ngoai cd kcn tap huan phap luat bao nhieu nguoi', 'Công đoàn các KCN tỉnh Tây Ninh', 2025, ('achieved',))], p=P_TN_NV)
DLG('plain', [
    L('lop kiem tra tai chinh cong doan o thanh hoa', f(kw=['kiem tra tai chinh'], prov=TH)),
    K('lop thu hai hoc may ngay', L1, ask=('days',)),
    K('o dau', CUR, ask=('place',)),
    L('the con dong thap', f(kw=['kiem tra tai chinh'], prov=DT))], p=P_TH_CT)
DLG('voice', [
    L('lớp bồi dưỡng nghiệp vụ cho chủ tịch công đoàn cơ sở ở cà mau tháng ba', f(kw=['cho chu tich cdcs'], prov=CM, month='2027-03')),
    K('học ở đâu và mấy ngày', L0, ask=('place', 'days')),
    REG('đăng ký cho tôi lớp đó', CUR),
    L('thế tháng năm thì sao', f(kw=['cho chu tich cdcs'], prov=CM, month='2027-05'))], p=P_CM_CT)
DLG('plain', [
    L('lop bhxh bhyt cho nguoi lao dong o ha tinh', f(kw=['bhxh'], prov=HT, org=['ldld tinh ha tinh', 'lien doan lao dong tinh ha tinh'])),
    K('lop dau han dang ky', L0, ask=('deadline',)),
    REG('dang ky lop dau', L0),
    L('con cong doan y te ha tinh', f(org=['y te tinh ha tinh'], kw=['bhxh']))])
DLG('diacritics', [
    OT('Hôm nay giá vàng bao nhiêu'),
    L('Thôi, cho hỏi lớp phát triển đoàn viên ở An Giang', f(kw=['phat trien doan vien'], prov=AG)),
    K('học mấy ngày', L0, ask=('days',)),
    K('ở đâu', CUR, ask=('place',))], p=P_AG_UB)
DLG('plain', [
    L('kcx can tho co lop thuong luong tap the nao', f(org=['khu che xuat'], kw=TL)),
    K('lop dau hoc ngay nao', L0, ask=('date', 'place')),
    REG('dang ky lop dau', L0),
    FTT('chi tieu can tho nam nay', 'LĐLĐ TP Cần Thơ', 2026, content=['nghiep vu'])], p=P_CT_NV)
DLG('plain', [
    L('lop luat cong doan 2024 o nghe an', f(kw=['luat cong doan 2024'], prov=NA, org=['ldld tinh nghe an'])),
    K('lop dau hoc ket hop a', L0, ask=('date', 'days')),
    REG('dang ky lop dau', L0),
    L('con phuong truong vinh co ko', f(org=['phuong truong vinh'], kw=['luat cong doan 2024']))])
DLG('diacritics', [
    FT('Sóc Trăng năm 2015 có bao nhiêu đoàn viên được học nâng cao trình độ', ['32.775/53.527']),
    L('thế bây giờ ở Sóc Trăng có lớp chuyển đổi số nào', f(kw=CDS, former='Sóc Trăng')),
    K('học mấy ngày', L0, ask=('days',)),
    REG('đăng ký cho tôi', CUR)], p=P_CT_CT)
DLG('abbrev', [
    L('lop atvsld o qb', f(kw=ATV, former='Quảng Bình')),
    K('lop dau hoc buoi chieu ha', L0, ask=('date', 'place')),
    K('lop 2 han dk', L1, ask=('deadline',)),
    REG('dk lop 2', L1)], p=P_QT_CT)
DLG('plain', [
    L('lop cho to truong cong doan', f(aud=['to truong cong doan'])),
    K('lop o long an hoc ngay nao', flt=f(aud=['to truong cong doan'], former='Long An'), ask=('date', 'place')),
    REG('dang ky lop do', CUR),
    OT('cho minh hoi cach lam ho chieu')], p=P_TN_NV)
DLG('diacritics', [
    L('Lớp văn thư lưu trữ ở Đồng Tháp', f(kw=['van thu'], prov=DT)),
    K('lớp thứ hai ở đâu', L1, ask=('place',)),
    K('hạn đăng ký lớp đó', CUR, ask=('deadline',)),
    FTT('năm nay Đồng Tháp đạt chỉ tiêu tập huấn chưa', 'LĐLĐ tỉnh Đồng Tháp', 2026)], p=P_DT_CT)
DLG('plain', [
    L('an giang co lop kiem tra giam sat nao', f(kw=KT_, prov=AG)),
    K('lop thu 2 o dau', L1, ask=('place', 'date')),
    REG('dang ky lop thu 2', L1),
    FTT('nam ngoai an giang dat bao nhieu', 'LĐLĐ tỉnh An Giang', 2025)], p=P_AG_UB)
DLG('voice', [
    L('tháng một năm hai không hai bảy ở vĩnh long có lớp nào', f(prov=VL, month='2027-01')),
    K('lớp thứ hai dành cho ai học ở đâu', L1, ask=('place',)),
    REG('đăng ký cho tôi lớp thứ hai', L1),
    L('thế tháng ba ở trà vinh', f(former='Trà Vinh', month='2027-03'))], p=P_VL_CT)
DLG('plain', [
    L('lop quan ly thu chi doan phi o ha tinh', f(kw=['doan phi'], prov=HT)),
    K('lop dau hoc ket hop phai ko', L0, ask=('date', 'deadline')),
    REG('dk lop dau', L0),
    FT('sóc trăng mở lớp lý luận nghiệp vụ công đoàn cho bao nhiêu cán bộ chuyên trách', ['59'])], p=P_HT_CT)
DLG('diacritics', [
    L('Lớp tranh chấp lao động ở Khu kinh tế Nghi Sơn', f(org=['nghi son'], kw=['tranh chap'])),
    K('học mấy ngày', L0, ask=('days',)),
    K('hạn đăng ký', CUR, ask=('deadline',)),
    REG('đăng ký cho tôi', CUR),
    FTT('năm nay Thanh Hóa bồi dưỡng cán bộ cơ sở được bao nhiêu', 'Liên đoàn Lao động tỉnh Thanh Hóa', 2026, content=['co so'])], p=P_TH_CT)
DLG('abbrev', [
    L('cd gd na co lop kiem tra gs ko', f(org=['giao duc tinh nghe an'], kw=KT_)),
    K('lop 1 hoc online a', L0, ask=('date', 'days')),
    K('lop 2 o dau', L1, ask=('place',)),
    REG('dk lop 2 cho mk', L1)], p=P_NA_GV)
DLG('plain', [
    L('lop binh dang gioi o ben tre', f(kw=['binh dang gioi'], former='Bến Tre')),
    K('lop thu 2 hoc may ngay', L1, ask=('days', 'date')),
    K('lop dau han dang ky', L0, ask=('deadline',)),
    REG('dang ky lop dau', L0)], p=P_VL_CT)
DLG('typo', [
    L('lơp kiêm tra giam sat o ca mau', f(kw=KT_, prov=CM)),
    K('lơp thu hai o đâu', L1, ask=('place',)),
    K('hoc mây ngay', CUR, ask=('days',)),
    OT('ca mau co bao ko')], p=P_CM_CT)
DLG('plain', [
    L('lop tu van phap luat o quang tri', f(kw=['tu van phap luat'], prov=QT)),
    K('han dang ky', L0, ask=('deadline',)),
    REG('dang ky cho toi', CUR),
    FT('so can bo cd o huyen chi lang', ['366'])], p=P_QT_CB)
DLG('diacritics', [
    L('Nghệ An có lớp sử dụng phần mềm quản lý đoàn viên không', f(kw=['the doan vien'], prov=NA)),
    K('học trực tuyến hay tập trung', L0, ask=('date', 'deadline')),
    REG('đăng ký cho tôi', CUR),
    FT('Hà Nội năm 2016 tổ chức được bao nhiêu lớp', ['33/33'])], p=P_NA_CT)
DLG('plain', [
    L('lop nu cong o an giang thang 5', f(kw=NC_, prov=AG, month='2027-05')),
    K('lop o phu quoc hoc ngay nao', L0, ask=('date', 'place')),
    K('lop thu hai hoc may ngay', L1, ask=('days',)),
    REG('dang ky lop thu hai', L1)], p=P_AG_CT)
DLG('plain', [
    L('tay ninh co lop thanh lap cdcs ko', f(kw=['thanh lap cong doan'], prov=TN, org=['ldld tinh tay ninh'])),
    K('lop thu hai o dau', L1, ask=('place', 'date')),
    K('lop dau han dang ky', L0, ask=('deadline',)),
    REG('dang ky lop dau', L0),
    FTT('nam nay tay ninh dat bao nhieu chi tieu', 'LĐLĐ tỉnh Tây Ninh', 2026)], p=P_TN_CT)
DLG('diacritics', [
    L('Lớp quản lý tài chính, tài sản CĐCS ở Cà Mau tháng 3', f(kw=['tai san cong doan'], cat='cancelled')),
    L('thế có lớp quản lý thu chi đoàn phí nào ở Cà Mau không', f(kw=['doan phi'], prov=CM)),
    K('lớp thứ hai học ở đâu', L1, ask=('place', 'date')),
    K('lớp đầu học mấy ngày', L0, ask=('days',))], p=P_CM_CT)

for d in DIALOGUES:
    for t in d['turns']:
        for k in [k for k, v in t.items() if v is None]:
            del t[k]
