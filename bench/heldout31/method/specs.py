# -*- coding: utf-8 -*-
"""Hand-written questions and dialogues. The TEXT of every question is written by hand; next to it
is a filter stating what the question asks (read by build_expect.py and validate.py):
  org / prov / former / core / ward / topic / aud / title / title_not / mode / month / range / when /
  status / evening / weekend / national / vague ; t = which words the reply must contain
  (date, deadline, end, days, place, online, status, newdate, or a literal '=...').
Profiles are what the user gave at sign-up. When a question names no place and the profile has a
province, the question is read as «in my province» (prov added by hand)."""

QUESTIONS = []
DIALOGUES = []
_n = [0]


def _id():
    _n[0] += 1
    return 'q%03d' % _n[0]


def P(role=None, prov=None, union=None):
    d = {}
    if role:
        d['role'] = role
    if prov:
        d['province'] = prov
    if union:
        d['union'] = union
    return d


def c(q, style, f, t=(), p=None):
    QUESTIONS.append(dict(id=_id(), q=q, style=style, kind='course', f=f, t=list(t), p=p))


def tg(q, style, code, txt, p=None):
    QUESTIONS.append(dict(id=_id(), q=q, style=style, kind='target', t=code, txt=txt, p=p))


def fa(q, style, seed, txt, p=None):
    QUESTIONS.append(dict(id=_id(), q=q, style=style, kind='fact', seed=seed, txt=txt, p=p))


def off(q, style, p=None):
    QUESTIONS.append(dict(id=_id(), q=q, style=style, kind='off_topic', p=p))


D, PL_, AB, TY, VO = 'diacritics', 'plain', 'abbrev', 'typo', 'voice'
HN_ = 'Hà Nội'

# ======================================================================= COURSES
# --- Phú Thọ (incl. former Vĩnh Phúc, Hòa Bình)
c('Sắp tới LĐLĐ tỉnh Phú Thọ có lớp tập huấn an toàn, vệ sinh lao động nào không?', D, dict(org='PT', topic='AT'), ['date', 'place'])
c('lop atvsld o vinh phuc cu khi nao hoc', PL_, dict(former='Vĩnh Phúc', topic='AT'), ['date'])
c('hoà bình cũ có lớp nào cho uỷ viên ubkt ko', AB, dict(former='Hòa Bình', aud='UBKT'), ['date'])
c('Lớp bồi dưỡng nghiệp vụ cho chủ tịch công đoàn cơ sở ở Phú Thọ gần nhất là khi nào, học ở đâu?', D,
  dict(prov='Phú Thọ', topic='NV', aud='CT'), ['date', 'place'])
c('cđ viên chức tỉnh phú thọ sắp tới có lớp nữ công nào k', AB, dict(org='PTVC', topic='NC'), ['date'])
c('Lớp văn thư, lưu trữ của Công đoàn Viên chức tỉnh Phú Thọ học mấy ngày, ở đâu?', D, dict(org='PTVC', topic='VT'), ['days', 'place', 'date'])
c('cong doan phuong viet tri co lop tai chinh cong doan ko', PL_, dict(org='PTVT', topic='TCCD'), ['date'])
c('LĐLĐ Phú Thọ có lớp chuyển đổi số học trực tuyến không, hôm nào học?', D, dict(org='PT', topic='CDS', mode='online'), ['date', 'online'])
c('hoc phan mem quan ly doan vien online o phu tho thi lop nao som nhat', PL_,
  dict(prov='Phú Thọ', title=['phần mềm quản lý đoàn viên'], mode='online'), ['date'])
c('phường vĩnh phúc tháng 4 năm sau có lớp gì ko', AB, dict(ward='phường Vĩnh Phúc', month=(2027, 4)), ['date'])
c('o phu tho thang 12 nay co lop nao cho chu tich cdcs ko', PL_, dict(prov='Phú Thọ', aud='CT', month=(2026, 12)), ['date'])
c('lớp chuyển đổi số của cđ viên chức phú thọ cuối tháng 11 có còn học không', AB,
  dict(org='PTVC', topic='CDS', when='any', status='postponed'), ['status'])
c('Cho tôi hỏi là cái lớp lý luận chính trị cho cán bộ chuyên trách ở Phú Thọ thì dự kiến tổ chức vào khoảng thời gian nào ạ', VO,
  dict(prov='Phú Thọ', topic='LL'), ['date'])
c('lop ky nang phat trien doan vien o hoa binh cu hoc hinh thuc gi', PL_, dict(former='Hòa Bình', topic='PT'), ['date', 'online'])
c('ptho co lop tap huan tranh chap lao dong nao sap toi k', TY, dict(prov='Phú Thọ', topic='TC'), ['date'])
c('Lớp thương lượng tập thể ở Việt Trì học ngày nào?', D, dict(ward='phường Việt Trì', topic='TL'), ['date'])
c('viet tri co lop nu cong nao cho truong ban nu cong ko', PL_, dict(ward='Việt Trì', topic='NC'), ['date'])
c('bình xuyên có lớp nào về chuyển đổi số không, học mấy hôm', AB, dict(ward='Bình Xuyên', topic='CDS'), ['date', 'days'])
c('Lớp kiểm tra của LĐLĐ Phú Thọ ở Việt Trì tháng 5 học mấy ngày ạ?', D, dict(org='PT', topic='KT', month=(2027, 5)), ['days', 'date'])
c('lop tuyen truyen mang xa hoi o vinh phuc cu', TY, dict(former='Vĩnh Phúc', topic='TG'))
c('công đoàn viên chức phú thọ lớp tài chính dự kiến tháng mấy', AB, dict(org='PTVC', topic='TCCD'), ['date'])

# --- Bắc Ninh (incl. former Bắc Giang)
c('Bắc Giang cũ có lớp thương lượng tập thể nào không?', D, dict(former='Bắc Giang', topic='TL', title=['thương lượng']), ['date'])
c('lop thuong luong tap the dot 2 cua ldld bac ninh hoc ngay nao', PL_, dict(org='BN', topic='TL', title=['đợt 2']), ['date', 'days'])
c('cđ các kcn bắc ninh có lớp nữ công đợt 2 ko, hạn đk khi nào', AB, dict(org='BNKCN', topic='NC', title=['đợt 2']), ['date', 'deadline'])
c('Lớp phổ biến pháp luật lao động cho công nhân của Công đoàn các KCN Bắc Ninh sắp tới học ở đâu?', D,
  dict(org='BNKCN', topic='PL'), ['place', 'date'])
c('lớp an toàn lao động cho cán bộ cđ ở bắc ninh bị hoãn đến bao giờ', AB,
  dict(prov='Bắc Ninh', topic='AT', title=['cho cán bộ công đoàn'], status='postponed'), ['newdate'])
c('bac ninh thang 1 co lop luat cong doan ko', PL_, dict(prov='Bắc Ninh', title=['Luật Công đoàn'], month=(2027, 1)))
c('Lớp lý luận chính trị tháng 1 của LĐLĐ Bắc Ninh có bị hủy không?', D, dict(org='BN', topic='LL', when='any', status='cancelled'), ['status'])
c('ldld bac ninh co lop nao hoc online cho can bo khong chuyen trach ko', PL_, dict(org='BN', aud='KCT', mode='online'), ['date'])
c('lop kiem tra tai chinh buoi toi cua bac ninh la lop nao', TY, dict(prov='Bắc Ninh', topic='KT', evening=True), ['date'])
c('kcn yen phong co lop nao sap toi', PL_, dict(ward='KCN Yên Phong'), ['date'])
c('xa nenh thang 2 co lop tap huan nao', PL_, dict(ward='xã Nếnh', month=(2027, 2)), ['date'])
c('Lớp tuyên truyền trên mạng xã hội của LĐLĐ Bắc Ninh học hai ngày thứ bảy đúng không, những ngày nào?', D,
  dict(org='BN', topic='TG'), ['date', 'end', 'days'])
c('ke toan cdcs o bac ninh muon hoc lop tai chinh thi dang ky truoc ngay nao', AB, dict(prov='Bắc Ninh', topic='TCCD'), ['deadline', 'date'])
c('Bắc Ninh có lớp đối thoại tại nơi làm việc cho cđcs doanh nghiệp không', AB, dict(prov='Bắc Ninh', title=['đối thoại']), ['date', 'place'])
c('cong doan cac kcn bac ninh co lop an toan ve sinh lao dong ko', PL_, dict(org='BNKCN', topic='AT'), ['date', 'days'])
c('lop van thu luu tru o kcn bac ninh hoc may ngay', TY, dict(org='BNKCN', topic='VT'), ['days', 'date'])
c('Lớp bồi dưỡng nghiệp vụ công tác công đoàn cho chủ tịch CĐCS của LĐLĐ Bắc Ninh học trực tuyến phải không?', D,
  dict(org='BN', topic='NV', aud='CT'), ['date', 'online'])
c('bắc giang cũ tháng 4 có lớp gì cho ủy ban kiểm tra', AB, dict(former='Bắc Giang', aud='UBKT', month=(2027, 4)), ['date'])

# --- Hải Phòng (incl. former Hải Dương)
c('Hải Dương cũ có lớp thương lượng tập thể nào sắp tới không?', D, dict(former='Hải Dương', topic='TL'), ['date', 'place'])
c('lop nu cong o hai duong cu thang 3', PL_, dict(former='Hải Dương', topic='NC', month=(2027, 3)))
c('hp có lớp nghiệp vụ kiểm tra cho ubkt ko, bị hoãn sang ngày nào', AB,
  dict(org='HP', title=['nghiệp vụ công tác kiểm tra'], status='postponed'), ['newdate'])
c('Lớp huấn luyện an toàn vệ sinh viên của Hải Phòng tháng 1 còn học không?', D,
  dict(org='HP', title=['an toàn vệ sinh viên'], when='any', status='postponed'), ['status'])
c('LĐLĐ Hải Phòng có lớp phát triển đoàn viên nào không?', D, dict(org='HP', topic='PT'), ['date', 'place'])
c('lop chuyen doi so trong hoat dong cong doan cua hai phong du kien thang may', PL_, dict(org='HP', title=['chuyển đổi số trong hoạt động']), ['date'])
c('cung văn hoá việt tiệp tháng 3 có lớp gì k', AB, dict(ward='Việt Tiệp', month=(2027, 3)), ['date'])
c('lớp thương lượng tập thể ngành ở hải phòng học mấy ngày', AB, dict(org='HP', title=['thương lượng tập thể ngành']), ['days', 'date'])
c('hải phòng có lớp nào học online cho chủ tịch cđcs', AB, dict(prov='Hải Phòng', aud='CT', mode='online'), ['date'])
c('Lớp đối thoại tại nơi làm việc ở Hải Phòng tổ chức ở đâu, mấy ngày?', D, dict(prov='Hải Phòng', title=['đối thoại']), ['place', 'days', 'date'])
c('lop ly luan chinh tri o hai duong cu hoc ngay nao', PL_, dict(former='Hải Dương', topic='LL'), ['date'])
c('hai phong thang 4 co lop bdnv cho can bo khong chuyen trach ko', AB, dict(prov='Hải Phòng', aud='KCT', month=(2027, 4)), ['date', 'days'])

# --- Hà Nội, national bodies
c('LĐLĐ Hà Nội có lớp văn thư lưu trữ không, lịch mới thế nào?', D, dict(org='HN', topic='VT', status='postponed'), ['newdate'])
c('Mê Linh có lớp nào sắp tới không', D, dict(ward='xã Mê Linh'), ['date'])
c('trường đại học công đoàn có lớp lý luận chính trị nào sắp tới', AB, dict(org='DHCD', topic='LL'), ['date', 'days'])
c('Lớp thương lượng tập thể ngành của Trường Đại học Công đoàn học mấy ngày, có học online được không?', D,
  dict(org='DHCD', topic='TL'), ['days', 'online'])
c('cong doan giao duc viet nam co lop nu cong ko', PL_, dict(org='CDGD', topic='NC'), ['date'])
c('cđ giáo dục VN lớp kiểm tra tháng 12 có bị huỷ ko', AB, dict(org='CDGD', topic='KT', when='any', status='cancelled'), ['status'])
c('lớp cấp trung ương về thương lượng tập thể sắp tới là lớp nào', D, dict(national=True, topic='TL', title=['thương lượng']), ['date'])
c('cd nganh giao duc ha noi co lop an toan lao dong ko', PL_, dict(org='HNGD', topic='AT'), ['date'])
c('công đoàn ngành giáo dục hà nội có lớp tài chính học buổi tối không', AB, dict(org='HNGD', topic='TCCD', evening=True), ['date', 'online'])
c('lớp tuyên truyền mạng xã hội ở KCN Thăng Long tháng 1 còn học ko', AB,
  dict(ward='KCN Thăng Long', topic='TG', when='any', status='postponed'), ['status'])
c('cđ các kcn và chế xuất hà nội có lớp thương lượng tập thể ko', AB,
  dict(org='HNKCN', topic='TL', title=['thương lượng']), ['date', 'place'])
c('lop cho chu tich cdcs hoc buoi toi o kcn quang minh', PL_, dict(ward='Quang Minh', evening=True), ['date'])
c('LĐLĐ thành phố Hà Nội có lớp giải quyết tranh chấp lao động nào không?', D, dict(org='HN', topic='TC'), ['date', 'place'])
c('lớp phát triển đoàn viên ở Hà Nội học mấy ngày', D, dict(prov=HN_, topic='PT'), ['days', 'date'])
c('truong dai hoc cong doan co lop nao cho giang vien kiem chuc ko', PL_, dict(org='DHCD', topic='GV'), ['date', 'online'])
c('lớp toàn quốc về chuyển đổi số gần nhất', AB, dict(national=True, topic='CDS'), ['date'])
c('Trường Đại học Công đoàn có lớp về Luật Công đoàn 2024 không, học mấy giờ?', D, dict(org='DHCD', title=['Luật Công đoàn']), ['date', '=14:00'])
c('ldld ha noi co lop nu cong nao sap toi', PL_, dict(org='HN', topic='NC'), ['date', 'place'])
c('Hà Nội tháng 3 có lớp huấn luyện an toàn vệ sinh viên không?', D, dict(org='HN', title=['an toàn vệ sinh viên'], month=(2027, 3)), ['date'])
c('lop chuyen doi so cua ldld ha noi thang 2 bi doi sang ngay nao', PL_, dict(org='HN', topic='CDS', status='postponed'), ['newdate'])
c('Công đoàn Giáo dục Việt Nam có lớp chuyển đổi số không, học ở đâu?', D, dict(org='CDGD', topic='CDS'), ['date', 'place'])

# --- Ninh Bình (incl. former Hà Nam, Nam Định)
c('Nam Định cũ có lớp nữ công nào không?', D, dict(former='Nam Định', topic='NC'), ['date', 'place'])
c('ha nam cu co lop nao sap toi', PL_, dict(former='Hà Nam'), ['date'])
c('lop ky nang hoat dong cong doan cho uy vien bch o ninh binh bi hoan den bao gio', PL_,
  dict(org='NB', title=['kỹ năng hoạt động công đoàn'], status='postponed'), ['newdate'])
c('Ninh Bình có lớp bồi dưỡng giảng viên kiêm chức không?', D, dict(prov='Ninh Bình', topic='GV'), ['date', 'days'])
c('phu ly co lop thuong luong tap the nganh ko', PL_, dict(ward='Phủ Lý', title=['thương lượng tập thể ngành']), ['date'])
c('lớp an toàn lao động ở hà nam cũ hoãn sang hôm nào vậy', AB, dict(former='Hà Nam', topic='AT', status='postponed'), ['newdate'])
c('lớp nghiệp vụ cho cb không chuyên trách ở phủ lý ngày 8/12 có huỷ ko', AB,
  dict(ward='Phủ Lý', aud='KCT', when='any', status='cancelled'), ['status'])
c('ninh binh co lop phap luat online ko', PL_, dict(prov='Ninh Bình', topic='PL', mode='online'), ['date'])
c('lớp phát triển đoàn viên ở nam định cũ học mấy ngày', AB, dict(former='Nam Định', topic='PT'), ['days', 'date'])
c('Hoa Lư có lớp tuyên truyền trên mạng xã hội không?', D, dict(ward='Hoa Lư', topic='TG'), ['date', 'days'])
c('lop doi thoai noi lam viec o nam dinh cu thang 2', TY, dict(former='Nam Định', title=['đối thoại'], month=(2027, 2)), ['date', 'days'])

# --- Hưng Yên (incl. former Thái Bình)
c('Thái Bình cũ có lớp huấn luyện an toàn vệ sinh viên không?', D, dict(former='Thái Bình', title=['an toàn vệ sinh viên']), ['date', 'days'])
c('lớp atvslđ cho cán bộ cđ ở thái bình cũ tháng 12 có hoãn không', AB,
  dict(former='Thái Bình', topic='AT', title=['cho cán bộ công đoàn'], status='postponed'), ['newdate'])
c('hung yen co lop chuyen doi so buoi toi ko', PL_, dict(prov='Hưng Yên', topic='CDS', evening=True), ['date', 'online'])
c('lớp thương lượng tập thể ở Mỹ Hào tháng 3 có bị hủy không', D, dict(ward='Mỹ Hào', topic='TL', when='any', status='cancelled'), ['status'])
c('lop nghiep vu cho chu tich cdcs o hung yen gan nhat', PL_, dict(prov='Hưng Yên', topic='NV', aud='CT'), ['date', 'place'])
c('hưng yên có lớp văn thư lưu trữ ko, học ở đâu', AB, dict(prov='Hưng Yên', topic='VT'), ['place', 'date'])
c('phố hiến có lớp giải quyết tranh chấp lao động không', D, dict(ward='Phố Hiến', topic='TC'), ['date', 'days'])
c('lop tai chinh cong doan o hung yen du kien khi nao', PL_, dict(org='HY', topic='TCCD'), ['date', 'online'])

# --- Thái Nguyên (incl. former Bắc Kạn)
c('Bắc Kạn cũ có lớp nào cho ủy ban kiểm tra không?', D, dict(former='Bắc Kạn', aud='UBKT'), ['date'])
c('lớp tuyên truyền buổi tối ở bắc kạn cũ mấy giờ bắt đầu', AB, dict(former='Bắc Kạn', topic='TG'), ['date', '=18:30'])
c('thai nguyen co lop ky nang doi thoai ko', PL_, dict(prov='Thái Nguyên', title=['đối thoại']), ['date'])
c('lop thuong luong tap the cua thai nguyen thang 2 con hoc ko', PL_,
  dict(org='TN', title=['thương lượng tập thể'], when='any', status='cancelled'), ['status'])
c('KCN Yên Bình có lớp tài chính công đoàn không, học mấy ngày?', D, dict(ward='KCN Yên Bình', topic='TCCD'), ['days', 'date'])
c('lớp tư vấn pháp luật ở thái nguyên dự kiến khi nào', AB, dict(prov='Thái Nguyên', title=['tư vấn pháp luật']), ['date'])
c('thai nguyen co lop atvsld nao thang 1', AB, dict(prov='Thái Nguyên', topic='AT', month=(2027, 1)), ['date'])
c('lop nu cong o bac kan cu', PL_, dict(former='Bắc Kạn', topic='NC'), ['date', 'days'])

# --- Lào Cai (incl. former Yên Bái)
c('Yên Bái cũ có lớp tập huấn nào sắp tới?', D, dict(former='Yên Bái'), ['date'])
c('sa pa co lop giai quyet tranh chap ko', PL_, dict(ward='Sa Pa', topic='TC'), ['date', 'days'])
c('ldld lao cai co lop van thu online ko', AB, dict(org='LC', topic='VT', mode='online'), ['date'])
c('lop nu cong o yen bai cu thang 6 a', PL_, dict(former='Yên Bái', topic='NC'), ['date'])
c('lào cai có lớp buổi tối nào cho cán bộ công đoàn cơ sở mới bầu ko', AB, dict(prov='Lào Cai', title=['mới bầu'], evening=True), ['date'])
c('Lớp tư vấn pháp luật ở Lào Cai học vào hai thứ Bảy phải không, ngày nào?', D, dict(org='LC', title=['tư vấn pháp luật']), ['date', 'end'])
c('lop tai chinh o yen bai cu thang 3', PL_, dict(former='Yên Bái', topic='TCCD', month=(2027, 3)), ['date'])

# --- Tuyên Quang (incl. former Hà Giang)
c('Hà Giang cũ có lớp nào cho chủ tịch công đoàn cơ sở không?', D, dict(former='Hà Giang', aud='CT'), ['date', 'place'])
c('lop thuong luong tap the nganh o ha giang bi hoan sang ngay nao', PL_,
  dict(former='Hà Giang', title=['thương lượng tập thể ngành'], status='postponed'), ['newdate'])
c('tuyen quang co lop atvsld online ko', AB, dict(prov='Tuyên Quang', topic='AT', mode='online'), ['date'])
c('lớp kiểm tra cho ubkt ở tuyên quang học ngày nào', AB, dict(org='TQ', topic='KT'), ['date'])
c('ldld tuyen quang lop tranh chap lao dong cuoi thang 11 co hoc ko', PL_, dict(org='TQ', topic='TC', when='any', status='postponed'), ['status'])
c('TQ có lớp giảng viên kiêm chức ngày nào', AB, dict(prov='Tuyên Quang', topic='GV'), ['date'])
c('lop thuong luong tap the nganh buoi toi o tuyen quang', TY, dict(org='TQ', title=['thương lượng tập thể ngành'], evening=True), ['date', '=19:00'])

# --- Lạng Sơn
c('Lạng Sơn có lớp đối thoại tại nơi làm việc nào sắp tới?', D, dict(prov='Lạng Sơn', title=['đối thoại']), ['date', 'days'])
c('chi lăng có lớp thương lượng tập thể nào', AB, dict(ward='xã Chi Lăng', topic='TL'), [])
c('lớp nghiệp vụ cho ủy viên bch ở lạng sơn tháng 12 hoãn đến khi nào', AB,
  dict(prov='Lạng Sơn', title=['kỹ năng hoạt động'], status='postponed'), ['newdate'])
c('ldld lang son co lop phat trien doan vien online ko, han dang ky', PL_, dict(org='LS', topic='PT'), ['date', 'deadline'])
c('lang son co lop tu van phap luat buoi toi ko', PL_, dict(org='LS', title=['tư vấn pháp luật']), ['date', '=19:00'])
c('lop nghiep vu cho chu tich cdcs o lang son du kien khi nao', PL_, dict(org='LS', topic='NV', aud='CT'), ['date'])
c('Lạng Sơn có lớp nữ công nào không, học ở đâu?', D, dict(prov='Lạng Sơn', topic='NC'), ['date', 'place'])

# --- Quảng Ninh, Sơn La, Điện Biên, Cao Bằng
c('Quảng Ninh tháng 12 có lớp tài chính công đoàn không?', D, dict(prov='Quảng Ninh', topic='TCCD', month=(2026, 12)))
c('cẩm phả có lớp tranh chấp lao động không', AB, dict(ward='Cẩm Phả', topic='TC'), ['date', 'days'])
c('ldld quang ninh lop doi thoai noi lam viec thang 2 o dau', PL_, dict(org='QN', title=['đối thoại'], month=(2027, 2)), ['place', 'date'])
c('quang ninh co lop thuong luong tap the ko', PL_, dict(org='QN', title=['thương lượng tập thể']), ['date'])
c('Hồng Gai có lớp tư vấn pháp luật không, học mấy ngày?', D, dict(ward='Hồng Gai', topic='PL'), ['date', 'days'])
c('Mộc Châu tháng 1 có lớp nào không?', D, dict(ward='Mộc Châu', month=(2027, 1)), ['date'])
c('lop van thu luu tru o son la hoan sang ngay nao', PL_, dict(prov='Sơn La', topic='VT', status='postponed'), ['newdate'])
c('son la co lop cho chu tich cdcs hoc online ko', AB, dict(prov='Sơn La', aud='CT', mode='online'), ['date'])
c('điện biên có lớp nữ công nào không', AB, dict(prov='Điện Biên', topic='NC'), ['date'])
c('dien bien thang 4 co lop an toan lao dong ko', PL_, dict(prov='Điện Biên', topic='AT', month=(2027, 4)), ['date'])
c('Cao Bằng có lớp cho cán bộ công đoàn cơ sở mới bầu không?', D, dict(prov='Cao Bằng', title=['mới bầu']), ['date', 'deadline'])
c('cao bang co lop huan luyen an toan ve sinh vien buoi toi ko', PL_, dict(prov='Cao Bằng', title=['vệ sinh viên'], evening=True), ['date'])
c('lop an toan ve sinh vien dot 2 o cao bang hoc may ngay', TY, dict(org='CB', title=['vệ sinh viên', 'đợt 2']), ['days', 'date'])
c('Quảng Ninh có lớp tài chính học online buổi tối không?', D, dict(prov='Quảng Ninh', topic='TCCD', mode='online'), ['date', '=19:30'])
c('điện biên lớp thương lượng tập thể hạn đăng ký ngày nào', AB, dict(prov='Điện Biên', topic='TL'), ['deadline', 'date'])

# --- nationwide topic / audience questions (no place, no province in the profile)
c('Lớp nào dành cho giảng viên kiêm chức sắp tới?', D, dict(aud='GV'), ['date'])
c('co lop nao cho uy vien ubkt gan day ko', AB, dict(aud='UBKT'), ['date'])
c('lop tap huan thuong luong tap the nganh gan nhat', PL_, dict(title=['thương lượng tập thể ngành']), ['date'])
c('Lớp văn thư lưu trữ gần nhất là lớp nào?', D, dict(topic='VT'), ['date'])
c('lớp lý luận chính trị cho cán bộ chuyên trách sắp mở ở đâu', AB, dict(topic='LL'), ['date'])
c('co lop phat trien doan vien thanh lap cdcs nao sap toi', PL_, dict(topic='PT'), ['date'])
c('lớp cho kế toán công đoàn gần đây nhất', AB, dict(aud='KT'), ['date'])
c('Sắp tới có lớp nào về giải quyết tranh chấp lao động?', D, dict(topic='TC'), ['date'])
c('lop tuyen truyen tren mang xa hoi som nhat', TY, dict(topic='TG'), ['date'])
c('em là trưởng ban nữ công, cho em hỏi lớp nữ công nào mở sớm nhất ạ', VO, dict(aud='NC'), ['date'])
c('Tuần này có lớp tập huấn nào không?', D, dict(range=['2026-11-23', '2026-11-29']), ['date'])
c('thang sau co lop tap huan truc tuyen nao ko', PL_, dict(month=(2026, 12), mode='online'), ['date'])
c('thứ bảy này có lớp nào học không', AB, dict(range=['2026-11-28', '2026-11-29'], weekend=True), ['date'])
c('lop an toan ve sinh lao dong hoc online som nhat', PL_, dict(topic='AT', mode='online'), ['date'])
c('có lớp nào học buổi tối cho người đi làm ca ngày không', D, dict(evening=True), ['date'])
c('lớp quản lý thu chi tài chính công đoàn theo quy định mới gần nhất ở đâu', AB,
  dict(title=['quản lý thu, chi tài chính']), ['date'])
c('tập huấn luật công đoàn 2024 gần nhất', PL_, dict(title=['Luật Công đoàn năm 2024']), ['date'])
c('lớp kỹ năng đối thoại tại nơi làm việc sớm nhất là ở đâu vậy', AB, dict(title=['đối thoại tại nơi làm việc']), ['date', 'place'])
c('lop thuong luong tap the (khong phai nganh) gan nhat', PL_, dict(title=['thương lượng tập thể'], title_not=['ngành']), ['date'])
c('tháng 1 năm sau có lớp nào cho giảng viên kiêm chức không', D, dict(aud='GV', month=(2027, 1)), ['date'])
c('thang 5/2027 co lop ly luan chinh tri nao', PL_, dict(topic='LL', month=(2027, 5)), ['date'])
c('lop kiem tra tai chinh cong doan cho ubkt som nhat', TY, dict(title=['kiểm tra tài chính']), ['date'])

# --- questions that rely on the profile's province
c('co lop nao cho ct cdcs gan day ko', AB, dict(prov='Phú Thọ', aud='CT'), ['date'],
  p=P('Chủ tịch CĐCS', 'Phú Thọ', 'CĐCS Công ty TNHH May Việt Trì'))
c('lớp atvslđ gần nhất ở tỉnh mình', AB, dict(prov='Bắc Ninh', topic='AT'), ['date'],
  p=P('Ủy viên BCH', 'Bắc Ninh', 'CĐCS Công ty TNHH Samsung Display'))
c('Cho tôi hỏi lớp tài chính công đoàn sắp tới ở tỉnh tôi mở khi nào', VO, dict(prov='Hưng Yên', topic='TCCD'), ['date'],
  p=P('Kế toán CĐCS', 'Hưng Yên', 'CĐCS Trường THCS Phố Hiến'))
c('lop nu cong gan nhat', PL_, dict(prov='Thái Nguyên', topic='NC'), ['date'],
  p=P('Trưởng ban nữ công', 'Thái Nguyên', 'CĐCS Công ty Samsung Electronics Việt Nam Thái Nguyên'))
c('có lớp nào cho ủy ban kiểm tra không', D, dict(prov='Thái Nguyên', aud='UBKT'), ['date'],
  p=P('Ủy viên UBKT', 'Thái Nguyên', 'CĐCS Bệnh viện C Thái Nguyên'))
c('lớp thương lượng tập thể có ko', AB, dict(prov='Hải Phòng', topic='TL', title=['thương lượng']), ['date'],
  p=P('Chủ tịch CĐCS', 'Hải Phòng', 'CĐCS Công ty CP Nhựa Tiền Phong'))
c('lop chuyen doi so gan nhat', PL_, dict(prov='Sơn La', topic='CDS'), ['date'],
  p=P('Phó chủ tịch CĐCS', 'Sơn La', 'CĐCS Công ty Thủy điện Sơn La'))
c('toi moi duoc bau vao bch, co lop nao cho nguoi moi ko', TY, dict(prov='Lạng Sơn', title=['mới bầu']), ['date'],
  p=P('Ủy viên BCH', 'Lạng Sơn', 'CĐCS xã Chi Lăng'))
c('lớp an toàn vệ sinh viên tháng 1 có ko', AB, dict(prov='Thái Nguyên', title=['an toàn vệ sinh viên'], month=(2027, 1)), ['date'],
  p=P('Chủ tịch CĐCS', 'Thái Nguyên', 'CĐCS Công ty CP Gang thép Thái Nguyên'))
c('Tôi là chủ tịch công đoàn trường học, có lớp nghiệp vụ nào cho tôi không', VO, dict(prov='Tuyên Quang', aud='CT', topic='NV'), ['date'],
  p=P('Chủ tịch CĐCS', 'Tuyên Quang', 'CĐCS Trường Tiểu học Minh Xuân'))
c('lop phap luat lao dong cho cong nhan gan nhat', PL_, dict(prov='Phú Thọ', title=['phổ biến pháp luật']), ['date', 'place'],
  p=P('Chủ tịch CĐCS', 'Phú Thọ', 'CĐCS Công ty TNHH Piaggio Việt Nam'))
c('có lớp đối thoại nào ko', AB, dict(prov='Quảng Ninh', title=['đối thoại']), ['date'],
  p=P('Chủ tịch CĐCS', 'Quảng Ninh', 'CĐCS Công ty Than Hà Tu'))
c('lớp giải quyết tranh chấp lao động ở tỉnh mình khi nào có', D, dict(prov='Hưng Yên', topic='TC'), ['date'],
  p=P('Phó chủ tịch CĐCS', 'Hưng Yên', 'CĐCS Công ty TNHH Canon Việt Nam'))
c('lop kiem tra cho ubkt gan nhat o tinh toi', PL_, dict(prov='Hải Phòng', aud='UBKT'), ['date'],
  p=P('Ủy viên UBKT', 'Hải Phòng', 'CĐCS Cảng Hải Phòng'))
c('lớp bdnv cho cán bộ không chuyên trách tháng 1 ở tỉnh mình có ko', AB, dict(prov='Phú Thọ', aud='KCT', month=(2027, 1)), ['date'],
  p=P('Ủy viên BCH', 'Phú Thọ', 'CĐCS UBND xã Tam Đảo'))
c('sắp tới có lớp tài chính nào cho kế toán không ạ', D, dict(prov='Lào Cai', topic='TCCD'), ['date'],
  p=P('Kế toán CĐCS', 'Lào Cai', 'CĐCS Bệnh viện Đa khoa tỉnh Lào Cai'))
c('lop nu cong thang 2 o tinh minh', PL_, dict(prov='Tuyên Quang', topic='NC', month=(2027, 2)), ['date'],
  p=P('Ủy viên BCH', 'Tuyên Quang', 'CĐCS Nhà máy Thủy điện Tuyên Quang'))
c('tháng 1 ở tỉnh mình có lớp nào', D, dict(prov='Cao Bằng', month=(2027, 1)), ['date'],
  p=P('Chủ tịch CĐCS', 'Cao Bằng', 'CĐCS Trường THPT Cao Bình'))

# --- typos / voice on named classes
c('lơp tâp huân nghiêp vu kiêm tra cho ubkt o tuyen quang', TY, dict(prov='Tuyên Quang', title=['nghiệp vụ công tác kiểm tra']), ['date'])
c('lop atvsld o hai duong cu thang 6 hoc may ngay', TY, dict(former='Hải Dương', topic='AT', month=(2027, 6)), ['date', 'days'])
c('Ờ cho tôi hỏi ở bên Vĩnh Phúc cũ ấy thì có lớp tài chính kế toán công đoàn nào không, tôi là kế toán', VO,
  dict(former='Vĩnh Phúc', topic='TCCD'), ['date'])
c('Tôi ở Hà Giang muốn hỏi là có lớp luật công đoàn mới không, học ngày nào ở đâu', VO,
  dict(former='Hà Giang', title=['Luật Công đoàn']), ['date', 'place'])
c('Chào bạn, tôi muốn biết ở Nam Định cũ có lớp an toàn lao động nào cho cán bộ công đoàn không nhé', VO,
  dict(former='Nam Định', topic='AT'), ['date', 'days'])
c('lop an toan lao dong cho can bo cd o Bac Giang cu dot 2 hoc ngay nao', TY, dict(former='Bắc Giang', topic='AT', title=['đợt 2']), ['date', 'days'])
c('Bên Hòa Bình cũ có lớp phổ biến pháp luật lao động cho công nhân không, học mấy ngày', VO,
  dict(former='Hòa Bình', topic='PL'), ['date', 'days'])
c('cho tôi hỏi lớp giảng viên kiêm chức của Lạng Sơn bao giờ học và học mấy ngày', VO, dict(org='LS', topic='GV'), ['date', 'days'])
c('lớp chuyển đổi số ở sơn la mộc châu học mấy ngày z', TY, dict(ward='Mộc Châu', topic='CDS'), ['days', 'date'])
c('thai binh cu lop van thu luu tru hoc may ngay', TY, dict(former='Thái Bình', topic='VT'), ['days', 'date'])
c('Tôi là ủy viên ban chấp hành ở công ty bên khu công nghiệp Quang Châu, Bắc Giang cũ, cho hỏi có lớp nghiệp vụ cho cán bộ mới bầu không', VO,
  dict(former='Bắc Giang', title=['mới bầu']), ['date', 'place'])
c('lop thuong luong tap the o tu minh hai duong', TY, dict(ward='Tứ Minh', title=['thương lượng']), ['date'])
c('hai duong cu co lop nghiep vu cho can bo khong chuyen trach ko', TY, dict(former='Hải Dương', aud='KCT'), ['date', 'days'])
c('Xin hỏi ở Yên Bái cũ có lớp quản lý thu chi tài chính công đoàn không và học mấy ngày', VO,
  dict(former='Yên Bái', title=['quản lý thu, chi']), ['date', 'days'])
c('lop an toan lao dong o Thai Binh cu thang 4 con hoc ko', TY, dict(former='Thái Bình', topic='AT', month=(2027, 4), when='any'), ['status'])
c('lop ly luan chinh tri cho can bo chuyen trach o tuyen quang hoc may ngay', TY, dict(org='TQ', topic='LL'), ['days', 'date'])
c('Cho mình hỏi lớp đối thoại ở Hà Giang cũ tháng 3 học ở đâu mấy ngày', VO, dict(former='Hà Giang', title=['đối thoại']), ['place', 'days', 'date'])
c('lop nv cdcs cho chu tich o hai phong online', TY, dict(prov='Hải Phòng', topic='NV', aud='CT', mode='online'), ['date'])
c('bồi dưỡng kỹ năng cho cán bộ nữ công cơ sở ở hải dương cũ tháng 3 ngày nào', VO,
  dict(former='Hải Dương', title=['cán bộ nữ công'], month=(2027, 3)))
c('lop atvs cho ca bo cd o ha nam cu thang 5', TY, dict(former='Hà Nam', topic='AT', month=(2027, 5)), ['date', 'online'])
c('lop ky nang giang day o ninh binh hoc o dau', TY, dict(prov='Ninh Bình', topic='GV'), ['place'])
c('lớp tuyên truyền trên mxh ở quảng ninh', TY, dict(prov='Quảng Ninh', topic='TG'), ['date'])
c('lop tap huan phan mem quan ly doan vien cua kcn ha noi hoc online ngay nao', TY,
  dict(org='HNKCN', title=['phần mềm quản lý đoàn viên']), ['date', 'online'])
c('Ông cho tôi hỏi là lớp kiểm tra tài chính công đoàn của Hải Phòng học vào ngày nào, ở đâu', VO,
  dict(org='HP', title=['kiểm tra tài chính']), ['date', 'place'])
c('lop kiem tra cua cong doan giao duc ha noi thang 5 hoc buoi chieu a', TY, dict(org='HNGD', topic='KT'), ['date', '=13:30'])
c('lớp an toàn lao động của Công đoàn Viên chức Phú Thọ học hôm nào', TY, dict(org='PTVC', topic='AT', when='any'), ['date'])
c('Tôi ở xã Tam Đảo, muốn hỏi lớp nghiệp vụ cho cán bộ công đoàn cơ sở mới bầu ở khu vực Vĩnh Phúc cũ khi nào học', VO,
  dict(former='Vĩnh Phúc', title=['mới bầu']), ['date'])
c('lop tranh chap lao dong cho cd cap tren o lao cai thang 12', TY, dict(prov='Lào Cai', topic='TC', month=(2026, 12)), ['date'])
c('ninh bình tháng 1 có lớp thương lượng tập thể ngành học mấy buổi', TY,
  dict(prov='Ninh Bình', title=['thương lượng tập thể ngành'], month=(2027, 1)), ['date', 'days'])
c('À cho hỏi lớp tài chính kế toán công đoàn ở Quảng Ninh tháng 6 học ở đâu', VO,
  dict(prov='Quảng Ninh', topic='TCCD', month=(2027, 6)), ['date', 'place'])
c('lop nghiep vu cho can bo khong chuyen trach o son la thang 5', TY, dict(prov='Sơn La', aud='KCT', month=(2027, 5)), ['date', 'days'])
c('Tôi hỏi lớp nữ công của Điện Biên học online tháng 4 ấy, học mấy ngày', VO, dict(prov='Điện Biên', topic='NC', mode='online'), ['days', 'date'])
c('Cho hỏi Công đoàn ngành Giáo dục Hà Nội có lớp luật công đoàn năm 2024 không', VO, dict(org='HNGD', title=['Luật Công đoàn']), ['date', 'place'])
c('Tôi muốn hỏi cái lớp phát triển đoàn viên thành lập công đoàn cơ sở ở Lào Cai dự kiến tháng mấy', VO,
  dict(prov='Lào Cai', topic='PT'), ['date'])
c('lop van thu luu tru cua kcn bac ninh cuoi thang 12 hoc may ngay', TY, dict(org='BNKCN', topic='VT'), ['days'])
c('lop bdnv ct cdcs cua truong dh cong doan hoc bao lau', TY, dict(org='DHCD', topic='NV'), ['days', 'date'])
c('Lớp phổ biến pháp luật lao động của ngành giáo dục Hà Nội dự kiến lúc nào', VO, dict(org='HNGD', title=['phổ biến pháp luật']), ['date'])
c('lop nghiep vu cho can bo cd co so moi bau o kcn ha noi', TY, dict(org='HNKCN', title=['mới bầu']), ['date', 'place'])
c('Chị cho em hỏi lớp an toàn vệ sinh lao động cho an toàn vệ sinh viên ở Việt Trì phường mình bao giờ học', VO,
  dict(org='PTVT', topic='AT'), ['date', 'days'])
c('lop nghiep vu cua cong doan phuong viet tri cho chu tich', TY, dict(org='PTVT', topic='NV'), ['date'])
c('lop nu cong cua cong doan phuong viet tri hoc may gio', TY, dict(org='PTVT', topic='NC'), ['date', '=14:00'])
c('Cho tôi hỏi lớp chuyển đổi số của công đoàn phường Việt Trì học trực tuyến hay trực tiếp', VO,
  dict(org='PTVT', topic='CDS'), ['date', 'online'])

c('lop tap huan luat cong doan cua ldld ha noi con bao nhieu cho', PL_, dict(org='HN', title=['Luật Công đoàn']), ['date', '=120'])
c('Lớp quản lý thu, chi tài chính công đoàn của Công đoàn phường Việt Trì hạn đăng ký đến ngày nào?', D, dict(org='PTVT', topic='TCCD'), ['deadline'])
c('lớp tư vấn pháp luật của ldld hà nội tháng 2 học ở đâu', AB, dict(org='HN', title=['tư vấn pháp luật']), ['place', 'date'])
c('Lớp an toàn, vệ sinh lao động của LĐLĐ Tuyên Quang học trực tuyến phải không, hạn đăng ký khi nào?', D, dict(org='TQ', topic='AT'), ['online', 'deadline'])
c('Cho tôi hỏi lớp bồi dưỡng lý luận chính trị ở Mê Linh tháng 6 học mấy ngày', VO, dict(ward='Mê Linh', topic='LL'), ['days', 'date'])
c('lop nghiep vu cho chu tich cdcs cua ldld son la thang 7 o moc chau', TY, dict(org='SL', topic='NV', ward='Mộc Châu'), ['date'])

# --- more voice / typo questions
c('Alo cho tôi hỏi là bên Liên đoàn Lao động tỉnh Quảng Ninh có tổ chức lớp tập huấn kỹ năng tuyên truyền trên mạng xã hội không và học ở đâu', VO,
  dict(org='QN', topic='TG'), ['date', 'place'])
c('Tôi là chủ tịch công đoàn một trường mầm non ở Hưng Yên tôi muốn đi học lớp an toàn vệ sinh lao động thì lớp nào gần nhất', VO,
  dict(prov='Hưng Yên', topic='AT', aud='CT', alt=[dict(aud=None)]))
c('Cho tôi hỏi Trường Đại học Công đoàn tháng một năm hai nghìn không trăm hai mươi bảy có lớp nào về giải quyết tranh chấp lao động không', VO,
  dict(org='DHCD', topic='TC'), ['date'])
c('ừ tôi ở bên Phủ Lý Hà Nam cũ ấy thì tháng hai có lớp nào cho chủ tịch công đoàn không', VO,
  dict(former='Hà Nam', aud='CT', month=(2027, 2)), ['date'])
c('Chị ơi cho em hỏi lớp nữ công bình đẳng giới của Công đoàn Viên chức tỉnh Phú Thọ học trực tuyến ngày nào ạ', VO,
  dict(org='PTVC', topic='NC', mode='online'), ['date'])
c('Tôi muốn đăng ký học lớp chuyển đổi số mà tôi ở Sơn La thì có lớp nào không học mấy ngày', VO, dict(prov='Sơn La', topic='CDS'), ['date', 'days'])
c('Cho hỏi là cái lớp thương lượng tập thể ở Cẩm Phả Quảng Ninh tháng hai học mấy giờ', VO,
  dict(ward='Cẩm Phả', title=['thương lượng'], month=(2027, 2)), ['date', '=07:30'])
c('Bạn ơi ở Điện Biên có lớp nào cho ủy ban kiểm tra không nếu có thì học ngày nào', VO, dict(prov='Điện Biên', aud='UBKT'), ['date'])
c('Tôi làm công đoàn ở khu công nghiệp Đồng Văn muốn hỏi có lớp phổ biến pháp luật cho công nhân không', VO,
  dict(ward='KCN Đồng Văn', title=['phổ biến pháp luật']), ['date'])
c('Cho tôi hỏi ở Cao Bằng lớp tập huấn giải quyết tranh chấp lao động tổ chức vào ngày nào và hạn đăng ký đến khi nào', VO,
  dict(prov='Cao Bằng', topic='TC'), ['date', 'deadline'])
c('Ừm tôi muốn biết Công đoàn các khu công nghiệp và chế xuất Hà Nội có lớp đối thoại tại nơi làm việc không', VO,
  dict(org='HNKCN', title=['đối thoại']), ['date'])
c('Xin chào tôi ở Yên Bái cũ tôi là cán bộ mới được bầu vào ban chấp hành thì có lớp nào cho tôi không', VO,
  dict(former='Yên Bái', title=['mới bầu']), ['date'])
c('Cho tôi hỏi lớp kiểm tra tài chính công đoàn ở xã Nếnh học mấy ngày', VO, dict(ward='xã Nếnh', title=['kiểm tra tài chính']), ['days', 'date'])
c('Tôi ở Phổ Yên Thái Nguyên muốn hỏi lớp giảng viên kiêm chức học ngày nào', VO, dict(ward='Phổ Yên', topic='GV'), ['date'])
c('Cho tôi hỏi bên Hải Phòng có lớp lý luận chính trị cho cán bộ chuyên trách không học mấy ngày', VO, dict(prov='Hải Phòng', topic='LL'), ['days', 'date'])
c('Alo bot ơi lớp tập huấn công tác tài chính kế toán công đoàn cơ sở đợt hai ở Bắc Ninh học hôm nào', VO,
  dict(org='BN', title=['tài chính, kế toán', 'đợt 2']), ['date'])
c('Ông cho tôi hỏi là ở Lạng Sơn tháng sáu năm sau có lớp nào cho cán bộ không chuyên trách không', VO,
  dict(prov='Lạng Sơn', aud='KCT', month=(2027, 6)), ['date'])
c('Tôi là kế toán ở công đoàn trường học Thái Bình cũ cho tôi hỏi lớp văn thư lưu trữ khi nào hết hạn đăng ký', VO,
  dict(former='Thái Bình', topic='VT'), ['deadline'])
c('Tôi nghe nói lớp an toàn vệ sinh lao động cho cán bộ công đoàn ở Bắc Giang bị hoãn vậy lịch mới là ngày nào', VO,
  dict(former='Bắc Giang', topic='AT', status='postponed'), ['newdate'])
c('Cho tôi hỏi có lớp nào học vào buổi tối ở Lào Cai không', VO, dict(prov='Lào Cai', evening=True), ['date'])
c('Tôi muốn tìm lớp học trực tuyến về tư vấn pháp luật cho cán bộ công đoàn cấp trên cơ sở', VO,
  dict(title=['tư vấn pháp luật'], mode='online'), ['date'])
c('Xin hỏi lớp nghiệp vụ cho chủ tịch công đoàn cơ sở của Công đoàn các khu công nghiệp và chế xuất Hà Nội học mấy giờ', VO,
  dict(org='HNKCN', topic='NV', aud='CT'), ['date', '=19:30'])
c('Cho mình hỏi cái lớp ở phường Đông Kinh Lạng Sơn tháng năm là lớp gì', VO, dict(ward='Đông Kinh', month=(2027, 5)), ['date', '=tuyên truyền'])
c('Tôi ở Mỹ Hào muốn học lớp an toàn vệ sinh viên thì tháng sáu có không', VO,
  dict(ward='Mỹ Hào', title=['vệ sinh viên'], month=(2027, 6)), ['date'])
c('lop nghiep vu cho ct cdcs o phu ly thang 2 hoc may ngay', TY, dict(ward='Phủ Lý', topic='NV', aud='CT', month=(2027, 2)), ['days', 'date'])
c('lop tai chinh cdcs o hong gai khi nao hoc', TY, dict(ward='Hồng Gai', topic='TCCD'), ['date'])
c('lop ky nang doi thoai o phu ly thang 12', TY, dict(ward='Phủ Lý', title=['đối thoại'], month=(2026, 12)), ['date'])
c('lop an toan ve sinh vien o lang son co hok', TY, dict(prov='Lạng Sơn', title=['vệ sinh viên']), ['date', 'online'])
c('dk lop nv cho bch cdcs moi bau o dien bien thang 5 dc ko', TY, dict(prov='Điện Biên', title=['mới bầu']), ['date'])
c('lop ky nang hd cd cho uy vien bch o dien bien hoc onl ngay nao', TY, dict(org='DB', title=['kỹ năng hoạt động']), ['date', 'online'])
c('lop chuyen doi so cua cdgd vn hoc may ngay', TY, dict(org='CDGD', topic='CDS'), ['days', 'date'])
c('lop tap huan atvsld cho can bo cd cua cd nganh gd hn thang 11 hoc xong chua', TY,
  dict(org='HNGD', topic='AT', when='past', month=(2026, 11)), ['date'])
c('lop van thu o tuyen quang hoc onl dung k', TY, dict(org='TQ', topic='VT'), ['date', 'online'])
c('lop tu van phap luat cho cd cap tren o tq hoc t3 a', TY, dict(org='TQ', title=['tư vấn pháp luật'], month=(2027, 3)), ['date'])
c('lop tap huan tai chinh ke toan cua cdgd vn thang 11 da hoc chua', TY, dict(org='CDGD', topic='TCCD', when='past'), ['date'])

# ======================================================================= TARGETS
tg('Chỉ tiêu đào tạo năm nay của LĐLĐ tỉnh Phú Thọ là bao nhiêu, đạt được bao nhiêu rồi?', D, 'CT26-PTO-01', ['2.400', '1.675'])
tg('chi tieu huan luyen atvsld nam 2026 cua phu tho dat bao nhieu', PL_, 'CT26-PTO-02', ['3.200', '2.938'])
tg('năm ngoái ldld phú thọ có đạt chỉ tiêu bồi dưỡng chủ tịch cđcs ko', AB, 'CT25-PTO-01', ['1.850', '1.912'])
tg('năm 2025 phú thọ tổ chức được bao nhiêu lớp so với kế hoạch', AB, 'CT25-PTO-02', ['42', '39'])
tg('chi tieu nam nay cua cong doan vien chuc tinh phu tho', PL_, 'CT26-CDVCPT', ['620', '455'])
tg('Chỉ tiêu tập huấn cán bộ CĐCS năm 2026 của LĐLĐ Bắc Ninh đã đạt đến đâu?', D, 'CT26-BN-01', ['3.600', '2.471'])
tg('ti le chu tich cdcs moi duoc boi duong o bac ninh nam nay dat bao nhieu phan tram', PL_, 'CT26-BN-02', ['90', '76,5'])
tg('cđ các kcn bắc ninh năm nay chỉ tiêu tập huấn thương lượng tập thể là bao nhiêu người', AB, 'CT26-KCNBN', ['310', '248'])
tg('năm ngoái cđ kcn bắc ninh tập huấn thương lượng được bao nhiêu người', AB, 'CT25-KCNBN', ['280', '291'])
tg('Hải Phòng năm 2026 chỉ tiêu bồi dưỡng cán bộ công đoàn là bao nhiêu học viên?', D, 'CT26-HP-01', ['5.300', '3.982'])
tg('hai phong nam nay to chuc duoc bao nhieu lop tap huan roi', PL_, 'CT26-HP-02', ['64', '47'])
tg('năm 2025 hải phòng bồi dưỡng được bao nhiêu học viên', AB, 'CT25-HP-01', ['4.100', '4.236'])
tg('LĐLĐ Hà Nội năm nay kế hoạch bao nhiêu lớp, đã mở được bao nhiêu lớp?', D, 'CT26-HN-01', ['40', '31'])
tg('ldld ha noi nam 2026 bao nhieu luot hoc vien duoc boi duong', PL_, 'CT26-HN-02', ['4.450', '3.517'])
tg('năm 2025 hà nội có hoàn thành 36 lớp ko', AB, 'CT25-HN-01', ['36'])
tg('Chỉ tiêu năm nay của Công đoàn các KCN và chế xuất Hà Nội đạt bao nhiêu?', D, 'CT26-KCNCXHN', ['730', '612'])
tg('cd nganh giao duc ha noi boi duong chu tich cong doan truong hoc nam nay dat bao nhieu nguoi', TY, 'CT26-GDHN', ['850', '804'])
tg('Chỉ tiêu tập huấn nghiệp vụ năm 2026 của Ninh Bình đạt bao nhiêu rồi?', D, 'CT26-NBI-01', ['3.350', '2.207'])
tg('ninh binh nam nay boi duong uy vien ubkt duoc bao nhieu nguoi', PL_, 'CT26-NBI-02', ['260', '140'])
tg('năm ngoái ninh bình tập huấn được bao nhiêu học viên', AB, 'CT25-NBI-01', ['2.150', '2.098'])
tg('hung yen nam 2026 chi tieu tap huan can bo cdcs', PL_, 'CT26-HYE-01', ['2.580', '1.866'])
tg('Năm 2025 Hưng Yên có vượt chỉ tiêu tập huấn cán bộ công đoàn cơ sở không?', D, 'CT25-HYE-01', ['1.640', '1.702'])
tg('thai nguyen nam nay boi duong nghiep vu dat bao nhieu hoc vien', PL_, 'CT26-TNG-01', ['1.780', '1.395'])
tg('chỉ tiêu tập huấn nữ công năm 2026 của thái nguyên', AB, 'CT26-TNG-02', ['210', '188'])
tg('Lào Cai năm nay chỉ tiêu tập huấn cán bộ công đoàn bao nhiêu học viên, đạt bao nhiêu?', D, 'CT26-LCI-01', ['1.690', '1.214'])
tg('ldld tuyen quang nam 2026 dat bao nhieu hoc vien so voi chi tieu', TY, 'CT26-TQG-01', ['1.460', '932'])
tg('năm ngoái tuyên quang bồi dưỡng được bao nhiêu cán bộ cđcs', AB, 'CT25-TQG-01', ['980', '1.006'])
tg('Lạng Sơn năm nay tập huấn cho cán bộ không chuyên trách được bao nhiêu lượt?', D, 'CT26-LSN-01', ['1.380', '1.041'])
tg('chi tieu boi duong giang vien kiem chuc cua lang son nam 2026', PL_, 'CT26-LSN-02', ['30', '25'])
tg('quảng ninh năm nay chỉ tiêu tập huấn bao nhiêu học viên', AB, 'CT26-QNH-01', ['3.100', '2.725'])
tg('Sơn La năm 2026 tập huấn nghiệp vụ công đoàn đạt bao nhiêu so với chỉ tiêu?', D, 'CT26-SLA-01', ['920', '611'])
tg('dien bien nam nay dat bao nhieu hoc vien', PL_, 'CT26-DBI-01', ['690', '517'])
tg('năm ngoái cao bằng tập huấn được bao nhiêu học viên', AB, 'CT25-CBG-01', ['710', '688'])
tg('Trường Đại học Công đoàn năm nay bồi dưỡng ngắn hạn được bao nhiêu học viên?', D, 'CT26-DHCD-01', ['1.500', '1.236'])
tg('chỉ tiêu năm nay của tỉnh mình đạt đến đâu rồi', AB, 'CT26-LCI-01', ['1.690', '1.214'],
   p=P('Chủ tịch CĐCS', 'Lào Cai', 'CĐCS Công ty Apatit Việt Nam'))
tg('Cho tôi hỏi chỉ tiêu đào tạo năm nay của liên đoàn tỉnh tôi là bao nhiêu', VO, 'CT26-SLA-01', ['920', '611'],
   p=P('Ủy viên BCH', 'Sơn La', 'CĐCS Công ty CP Mía đường Sơn La'))
tg('nam ngoai tinh minh dat chi tieu ko', TY, 'CT25-DBI-01', ['640', '655'],
   p=P('Chủ tịch CĐCS', 'Điện Biên', 'CĐCS Trường THPT Phan Đình Giót'))
tg('chi tieu nam nay cua ldld tinh minh', TY, 'CT26-CBG-01', ['750', '583'],
   p=P('Chủ tịch CĐCS', 'Cao Bằng', 'CĐCS Trường THPT Cao Bình'))
tg('Ờ cho tôi hỏi năm vừa rồi 2025 Quảng Ninh tập huấn được bao nhiêu học viên cán bộ công đoàn các cấp', VO, 'CT25-QNH-01', ['2.960', '3.044'])
tg('ha noi nhiem ky 2021-2025 boi duong can bo cd chuyen trach dat bao nhieu phan tram', TY, 'CT2125-HN-CBCD', ['100'])

tg('Cho tôi hỏi năm hai nghìn không trăm hai mươi lăm Liên đoàn Lao động tỉnh Thái Nguyên bồi dưỡng nghiệp vụ được bao nhiêu học viên', VO,
   'CT25-TNG-01', ['1.320', '1.281'])
tg('Tôi muốn biết năm ngoái Công đoàn Viên chức tỉnh Phú Thọ tập huấn được bao nhiêu học viên so với chỉ tiêu', VO, 'CT25-CDVCPT', ['540', '563'])
tg('Ờ Liên đoàn Lao động tỉnh Lào Cai năm ngoái tập huấn được bao nhiêu học viên vậy', VO, 'CT25-LCI-01', ['1.150', '1.163'])

# ======================================================================= FACTS (seed articles)
S0, S1, S2, S3, S4 = ('000_b4c9e12aad931530.txt', '001_de8436d38ace6cc3.txt', '002_4b1b8b45a127c437.txt',
                      '003_d88a417aad90df80.txt', '004_8901c1fcb43e012b.txt')
fa('Kế hoạch đào tạo cán bộ CĐ của Thủ đô năm 2016 có hoàn thành không?', D, S0, ['33/33'])
fa('nam 2016 ha noi co bao nhieu luot hoc vien tham gia tap huan so voi ke hoach', PL_, S0, ['3831/3580'])
fa('năm 2016 Hà Nội đạt bao nhiêu phần trăm lượt học viên so với kế hoạch', AB, S0, ['107%'])
fa('truong trung cap cd ha noi huan luyen atvsld duoc bao nhieu lop nam 2016', AB, S0, ['42 lớp'])
fa('Trường Trung cấp Công đoàn Hà Nội huấn luyện ATVSLĐ năm 2016 được bao nhiêu học viên?', D, S0, ['3.060/3000'])
fa('tổng số lượt cán bộ cđ thủ đô tham gia các lớp từ nguồn khác năm 2016', AB, S0, ['38.386'])
fa('lop ky nang tuyen truyen phat trien doan vien 3 ngay nam 2016 cho bao nhieu can bo cap tren co so', PL_, S0, ['23 cán bộ'])
fa('Ai là trưởng ban tổ chức LĐLĐ thành phố Hà Nội báo cáo kết quả đào tạo năm 2016?', D, S0, ['Lê Xuân Trường'])
fa('ha noi dat muc tieu gi cho can bo cd chuyen trach den het nhiem ky 2013-2018', TY, S0, ['100%'])
fa('so can bo cd o huyen chi lang', PL_, S1, ['366'])
fa('Huyện Chi Lăng có bao nhiêu cán bộ công đoàn không chuyên trách?', D, S1, ['363'])
fa('toàn tỉnh lạng sơn có bao nhiêu cbcđ', AB, S1, ['8.343'])
fa('lang son co bao nhieu can bo cong doan chuyen trach', PL_, S1, ['74'])
fa('Chương trình số 104 của LĐLĐ tỉnh Lạng Sơn ban hành ngày nào?', D, S1, ['29/11/2013'])
fa('tu nam 2013 lang son to chuc bao nhieu lop tap huan cho can bo cd', TY, S1, ['85 lớp'])
fa('bao nhiêu lượt cbcđ lạng sơn được tập huấn từ 2013, kinh phí bao nhiêu', AB, S1, ['8.069', '2,1 tỷ'])
fa('Cuối năm 2017 Lạng Sơn có bao nhiêu CĐCS vững mạnh?', D, S1, ['1.238'])
fa('cđcs htx đồng tâm tăng từ bao nhiêu lên bao nhiêu đoàn viên', AB, S1, ['38 đoàn viên'])
fa('Nhiệm kỳ 2018-2023 Lạng Sơn có bao nhiêu cán bộ công đoàn lần đầu vào ban chấp hành', VO, S1, ['3.500'])
fa('nam 2020 ldld huyen me linh to chuc may lop tap huan', PL_, S2, ['2 lớp'])
fa('LĐLĐ huyện Mê Linh năm 2020 tập huấn cho bao nhiêu lượt cán bộ, đoàn viên?', D, S2, ['400'])
fa('Nghị quyết 4a của Tổng Liên đoàn về đào tạo cán bộ công đoàn ban hành ngày nào', D, S3, ['04/3/2010'])
fa('chuong trinh 1644 cua tong ldld ve gi, ngay nao', PL_, S3, ['04/11/2013'])
fa('lạng sơn mở lớp giảng viên kiêm chức cho bao nhiêu đồng chí', AB, S3, ['25 đồng chí'])
fa('văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ kỹ năng nghề cho đoàn viên', D, S4, ['1464/CTr-TLĐ'])
fa('ke hoach 53 cua ldld soc trang ban hanh ngay nao', PL_, S4, ['10/12/2013'])
fa('Sóc Trăng 2013-2015 có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn?', D, S4, ['23.339'])
fa('soc trang bao nhieu doan vien nguoi lao dong duoc hoc tap nang cao trinh do, dat bao nhieu phan tram', TY, S4, ['32.775/53.527', '61,23%'])
fa('sóc trăng có bao nhiêu cán bộ cđcs được bồi dưỡng nghiệp vụ, đạt bao nhiêu %', AB, S4, ['8.891/9.074', '97,9%'])
fa('Sóc Trăng năm 2015 có bao nhiêu cuộc tuyên truyền về nâng cao trình độ nghề', VO, S4, ['1.250 cuộc'])
fa('ldld soc trang mo lop boi duong nghiep vu cho bao nhieu chu tich cdcs', PL_, S4, ['746'])
fa('sóc trăng phối hợp với trường nào mở lớp quản lý nhà nước chuyên viên chính', AB, S4, ['Tôn Đức Thắng'])
fa('Ở Sóc Trăng có bao nhiêu người học đại học trong giai đoạn 2013 đến 2015 vậy', VO, S4, ['12.066'])
fa('lđlđ huyện thị xã sóc trăng mở bao nhiêu lớp tập huấn nghiệp vụ', AB, S4, ['48 lớp'])
fa('so can bo cong chuc soc trang hoc cong nghe thong tin', TY, S4, ['14.581'])
fa('Lạng Sơn có bao nhiêu phần trăm CBCĐ không chuyên trách được bồi dưỡng lý luận nghiệp vụ?', D, S1, ['70%'])

fa('Cho tôi hỏi ông Phạm Bá Vĩnh giữ chức vụ gì trong bài về đào tạo cán bộ công đoàn Hà Nội', VO, S0, ['Phó Chủ tịch'])
fa('Tôi muốn biết anh Nguyễn Văn Kiên ở HTX Đồng Tâm được bầu làm chủ tịch công đoàn từ khi nào', VO, S1, ['12/2012'])
fa('Cho hỏi trong bài về Sóc Trăng có bao nhiêu người đạt trình độ ngoại ngữ bậc hai', VO, S4, ['3.332'])
fa('lang son cu bn cbcd di hoc lop cua tong ldld', TY, S1, ['25 CBCĐ'])
fa('truong trung cap cd hn lien ket dao tao voi nhung truong nao', TY, S0, ['Văn Lang'])

# ======================================================================= OFF TOPIC
off('Thời tiết Hà Nội hôm nay thế nào?', D)
off('đoàn phí công đoàn đóng bao nhiêu phần trăm lương vậy', AB)
off('cty em no luong 2 thang roi thi lam sao', PL_)
off('Mức đóng bảo hiểm xã hội năm 2026 là bao nhiêu?', D)
off('bn oi cuoi tuan di nhau ko', TY)
off('Bán áo dài đồng phục cho công đoàn, giá rẻ, liên hệ 0912xxxxxx', D)
off('tuần sau mình cưới, mời cả ban chấp hành nhé', AB)
off('lương tối thiểu vùng ở bắc ninh hiện nay bao nhiêu', AB)
off('kinh phi cong doan 2% doanh nghiep dong cho ai', PL_)
off('Cho tôi công thức làm bánh chưng ngon', VO)
off('tỉ số bóng đá tối qua thế nào', AB)
off('làm sao để rút bhxh một lần', AB)
off('ho tro tien thue nha cho cong nhan duoc bao nhieu', PL_)
off('Bạn tên gì, bạn bao nhiêu tuổi?', D)
off('thu viec may thang thi phai ky hop dong', TY)
off('Tôi muốn hỏi là nghỉ thai sản được bao nhiêu tháng và được hưởng bao nhiêu tiền', VO)
off('cd cty toi to chuc du lich he thi di dau dep', AB)
off('Giá vàng hôm nay bao nhiêu một chỉ?', D)
off('viết giúp tôi bài phát biểu khai mạc đại hội công đoàn', AB)
off('cong nhan bi tai nan lao dong thi duoc boi thuong bao nhieu', PL_)
off('Ừ thì cho tôi hỏi cái thẻ đoàn viên bị mất thì làm lại ở đâu', VO)
off('mua ban dat nen kcn yen phong lh em', TY)
off('tro giup toi dich cau nay sang tieng anh: cong doan co so', PL_)
off('Ngày 20/10 tặng quà gì cho chị em công nhân là hợp?', D)
off('ok cam on nhe', PL_)
off('Tôi bị công ty cho nghỉ việc không báo trước thì có kiện được không ạ', VO)
off('thủ tục thành lập doanh nghiệp cần những gì', AB)
off('so dien thoai tong dai 1900 cua cong doan la gi', TY)
off('Chào buổi sáng, hôm nay bạn khỏe không', VO)
off('hướng dẫn tôi cách đăng ký xe máy điện', TY)
off('có mã giảm giá shopee ko', TY)

# ======================================================================= DIALOGUES
_d = [0]


def T(q, kind, f=None, ref=None, t=(), txt=None, src=None, not_open=False):
    d = dict(q=q, kind=kind, t=list(t))
    if f is not None:
        d['f'] = f
    if ref is not None:
        d['ref'] = ref
    if kind == 'fact':
        d['txt'] = txt
        if src and src.endswith('.txt'):
            d['seed'] = src
        else:
            d['t'] = src
    if not_open:
        d['not_open'] = True
    return d


def dlg(style, turns, p=None):
    _d[0] += 1
    DIALOGUES.append(dict(id='d%02d' % _d[0], style=style, turns=turns, p=p))


HD = dict(former='Hải Dương', title=['thương lượng'])
dlg(PL_, [
    T('co lop nao ve thuong luong tap the o hai duong cu ko', 'course_list', HD),
    T('cai thu 2 hoc may hom', 'course', ref=(0, 1), t=['days', 'date']),
    T('o dau vay', 'course', ref=(0, 1), t=['place']),
    T('the con o bac giang cu?', 'course_list', dict(former='Bắc Giang', title=['thương lượng'])),
    T('dang ky giup minh lop dau', 'register', ref=(3, 0), t=['date']),
    T('nam ngoai cong doan kcn bac ninh tap huan thuong luong dat chi tieu ko', 'fact', src='CT25-KCNBN', txt=['280', '291']),
])
PTct = dict(prov='Phú Thọ', aud='CT')
dlg(D, [
    T('Tháng 12 này ở tỉnh mình có lớp nào cho chủ tịch công đoàn cơ sở không?', 'course_list', dict(PTct, month=(2026, 12))),
    T('Lớp thứ nhất học mấy ngày?', 'course', ref=(0, 0), t=['days']),
    T('Hạn đăng ký lớp đó là khi nào?', 'course', ref=(0, 0), t=['deadline']),
    T('Đăng ký cho tôi lớp này.', 'register', ref=(0, 0)),
    T('Thế tháng 2 thì sao?', 'course', dict(PTct, month=(2027, 2))),
], p=P('Chủ tịch CĐCS', 'Phú Thọ', 'CĐCS Công ty CP Supe Phốt phát và Hóa chất Lâm Thao'))
dlg(AB, [
    T('lớp nữ công ở nam định cũ', 'course_list', dict(former='Nam Định', topic='NC')),
    T('lớp thứ 2 học ngày nào', 'course', ref=(0, 1), t=['date']),
    T('còn ở hoa lư thì sao', 'course_list', dict(ward='Hoa Lư', topic='NC'), t=['date']),
    T('đk cho mình lớp đó', 'register', ref=(2, 0)),
])
dlg(VO, [
    T('Cho tôi hỏi ở Thái Bình cũ có những lớp an toàn vệ sinh lao động nào sắp tới', 'course_list', dict(former='Thái Bình', topic='AT')),
    T('Cái lớp bị hoãn ấy hoãn sang ngày nào', 'course', dict(former='Thái Bình', topic='AT', status='postponed'), t=['newdate', 'status']),
    T('Thôi đăng ký cho tôi lớp huấn luyện an toàn vệ sinh viên', 'register', dict(former='Thái Bình', title=['vệ sinh viên']), t=['date']),
    T('Năm nay tỉnh mình tập huấn cán bộ cơ sở đạt chỉ tiêu chưa', 'fact', src='CT26-HYE-01', txt=['2.580', '1.866']),
], p=P('Kế toán CĐCS', 'Hưng Yên', 'CĐCS Trường THPT Bắc Duyên Hà'))
dlg(TY, [
    T('lop tap huan o ha giang cu thang 12', 'course_list', dict(former='Hà Giang', month=(2026, 12)), t=['date']),
    T('lop do danh cho ai', 'course', ref=(0, 0), t=['=Chủ tịch']),
    T('dang ky lop nay', 'register', ref=(0, 0)),
    T('con thang 2 o ha giang thi sao', 'course_list', dict(former='Hà Giang', month=(2027, 2)), t=['newdate']),
])
dlg(D, [
    T('Trường Đại học Công đoàn có những lớp nào trong tháng 4?', 'course_list', dict(org='DHCD', month=(2027, 4))),
    T('Lớp thứ ba học mấy ngày, có trực tuyến không?', 'course', ref=(0, 2), t=['days', 'online']),
    T('Còn lớp cuối cùng thì học mấy giờ?', 'course', ref=(0, 3), t=['=14:00']),
    T('Đăng ký cho tôi lớp thứ hai', 'register', ref=(0, 1)),
    T('Thời tiết Hà Nội tuần sau có mưa không?', 'off_topic'),
])
dlg(PL_, [
    T('co lop nao cho ubkt o tinh minh ko', 'course_list', dict(prov='Hải Phòng', aud='UBKT')),
    T('lop nao bi doi ngay vay, doi sang hom nao', 'course', dict(prov='Hải Phòng', aud='UBKT', status='postponed'), t=['newdate']),
    T('dang ky lop kiem tra tai chinh', 'register', dict(prov='Hải Phòng', title=['kiểm tra tài chính'])),
    T('nam nay hai phong to chuc duoc bao nhieu lop roi', 'fact', src='CT26-HP-02', txt=['64', '47']),
], p=P('Ủy viên UBKT', 'Hải Phòng', 'CĐCS Công ty Đóng tàu Phà Rừng'))
dlg(AB, [
    T('ldld lào cai tháng 12 có lớp tranh chấp lđ nào ko', 'course_list', dict(org='LC', topic='TC', month=(2026, 12))),
    T('cái thứ 2 ở đâu, mấy ngày', 'course', ref=(0, 1), t=['place', 'days']),
    T('cái đầu học online à', 'course', ref=(0, 0), t=['online']),
    T('đk cho mình cái thứ 2', 'register', ref=(0, 1)),
    T('cảm ơn, à mà đoàn phí đóng bao nhiêu nhỉ', 'off_topic'),
])
VPc = dict(former='Vĩnh Phúc', topic='CDS')
dlg(VO, [
    T('Tôi ở Vĩnh Phúc cũ, muốn hỏi có lớp nào về chuyển đổi số không', 'course_list', VPc),
    T('Cái lớp ở Bình Xuyên học mấy ngày', 'course', dict(VPc, ward='Bình Xuyên'), t=['days', 'date']),
    T('Đăng ký cho tôi lớp đó', 'register', dict(VPc, ward='Bình Xuyên')),
    T('Còn lớp kia thì bao giờ có lịch', 'course', dict(VPc, ward='phường Vĩnh Phúc'), t=['date']),
    T('Vậy đăng ký luôn lớp đó được không', 'register', dict(VPc, ward='phường Vĩnh Phúc'), not_open=True),
])
BKN = dict(org='BNKCN', topic='NC')
dlg(TY, [
    T('cd cac kcn bac ninh co lop nu cong ko', 'course_list', BKN),
    T('dot 2 hoc may ngay', 'course', dict(BKN, title=['đợt 2']), t=['days', 'date']),
    T('han dang ky dot 1', 'course', dict(BKN, title=['đợt 1']), t=['deadline']),
    T('dang ky dot 1 cho minh', 'register', dict(BKN, title=['đợt 1'])),
])
dlg(D, [
    T('LĐLĐ Hà Nội tháng 12 có những lớp nào?', 'course_list', dict(org='HN', month=(2026, 12))),
    T('Lớp thứ hai là lớp gì, học ở đâu?', 'course', ref=(0, 1), t=['place']),
    T('Đăng ký cho tôi lớp cuối', 'register', ref=(0, 3)),
    T('Năm nay LĐLĐ Hà Nội kế hoạch bao nhiêu lớp?', 'fact', src='CT26-HN-01', txt=['40', '31']),
    T('Thế năm ngoái thì sao?', 'fact', src='CT25-HN-01', txt=['36']),
])
TN3 = dict(prov='Thái Nguyên', month=(2027, 3))
dlg(PL_, [
    T('thai nguyen thang 3 co lop nao', 'course_list', TN3),
    T('lop doi thoai trong do o dau', 'course', dict(TN3, title=['đối thoại']), t=['place', 'date']),
    T('dang ky lop do', 'register', dict(TN3, title=['đối thoại'])),
    T('con lop tai chinh hoc may ngay', 'course', dict(TN3, topic='TCCD'), t=['days']),
])
dlg(AB, [
    T('lớp cho chủ tịch cđcs ở tỉnh mình sắp tới', 'course', dict(prov='Lạng Sơn', aud='CT'), t=['date']),
    T('lớp đó mấy ngày', 'course', dict(prov='Lạng Sơn', aud='CT'), t=['days']),
    T('dk cho mình', 'register', dict(prov='Lạng Sơn', aud='CT')),
    T('còn lớp nghiệp vụ cho ct thì sao', 'course', dict(prov='Lạng Sơn', aud='CT', topic='NV'), t=['date']),
    T('dk luôn lớp đó', 'register', dict(prov='Lạng Sơn', aud='CT', topic='NV'), not_open=True),
], p=P('Chủ tịch CĐCS', 'Lạng Sơn', 'CĐCS Trường THPT Việt Bắc'))
dlg(VO, [
    T('Chào bạn, tôi muốn hỏi lương tối thiểu vùng năm nay bao nhiêu', 'off_topic'),
    T('Thế Liên đoàn Lao động Sơn La có lớp nào về pháp luật lao động không', 'course_list', dict(org='SL', topic='PL')),
    T('Lớp học trực tuyến là lớp nào, học ngày nào', 'course', dict(org='SL', topic='PL', mode='online'), t=['date']),
    T('Đăng ký cho tôi lớp đó nhé', 'register', dict(org='SL', topic='PL', mode='online')),
])
DB4 = dict(org='DB', month=(2027, 4))
dlg(TY, [
    T('ldld dien bien co lop nao thang 4', 'course_list', DB4),
    T('lop nu cong hoc online may ngay', 'course', dict(DB4, topic='NC'), t=['days']),
    T('lop atvsld o dau', 'course', dict(DB4, topic='AT'), t=['place']),
    T('dk lop atvsld', 'register', dict(DB4, topic='AT')),
])
dlg(D, [
    T('LĐLĐ Quảng Ninh tháng 2 có lớp nào?', 'course_list', dict(org='QN', month=(2027, 2))),
    T('Lớp đối thoại ở Hồng Gai hạn đăng ký khi nào?', 'course', dict(org='QN', title=['đối thoại'], ward='Hồng Gai'), t=['deadline']),
    T('Đăng ký cho tôi lớp đó', 'register', dict(org='QN', title=['đối thoại'], ward='Hồng Gai')),
    T('Năm nay Quảng Ninh đạt chỉ tiêu tập huấn chưa?', 'fact', src='CT26-QNH-01', txt=['3.100', '2.725']),
])
SLv = dict(prov='Sơn La', topic='VT')
dlg(PL_, [
    T('lop van thu luu tru o son la', 'course', SLv, t=['newdate']),
    T('hoc may ngay', 'course', SLv, t=['days']),
    T('dang ky cho toi', 'register', SLv),
])
dlg(AB, [
    T('hp tháng 6 có lớp nào', 'course_list', dict(org='HP', month=(2027, 6))),
    T('lớp tài chính 18/6 đâu rồi', 'course', dict(org='HP', topic='TCCD', month=(2027, 6), when='any', status='cancelled'), t=['status']),
    T('thế lớp atvsld học ở đâu', 'course', dict(org='HP', topic='AT', month=(2027, 6)), t=['place']),
    T('dk lớp thứ nhất', 'register', ref=(0, 0)),
])
NBg = dict(prov='Ninh Bình', topic='GV')
dlg(VO, [
    T('Tôi là giảng viên kiêm chức ở Ninh Bình, có lớp bồi dưỡng kỹ năng giảng dạy nào không', 'course', NBg, t=['date']),
    T('Học ở đâu và mấy ngày', 'course', NBg, t=['place', 'days']),
    T('Hạn đăng ký đến bao giờ', 'course', NBg, t=['deadline']),
    T('Đăng ký cho tôi', 'register', NBg),
    T('Năm nay Ninh Bình bồi dưỡng ủy ban kiểm tra đạt bao nhiêu người rồi', 'fact', src='CT26-NBI-02', txt=['260', '140']),
])
dlg(D, [
    T('Lào Cai có lớp phát triển đoàn viên không?', 'course', dict(prov='Lào Cai', topic='PT'), t=['date']),
    T('Đăng ký cho tôi lớp đó', 'register', dict(prov='Lào Cai', topic='PT'), not_open=True),
    T('Thế lớp tư vấn pháp luật ở Lào Cai tháng 12 thì sao?', 'course', dict(org='LC', title=['tư vấn pháp luật'], month=(2026, 12)), t=['date']),
    T('Đăng ký lớp này', 'register', dict(org='LC', title=['tư vấn pháp luật'], month=(2026, 12))),
])
TQg = dict(prov='Tuyên Quang', topic='GV')
dlg(PL_, [
    T('co lop nao cho giang vien kiem chuc o tinh minh ko', 'course', TQg, t=['date']),
    T('hoc luc may gio', 'course', TQg, t=['=14:00']),
    T('dang ky giup toi', 'register', TQg),
    T('nam nay tinh minh dat chi tieu chua', 'fact', src='CT26-TQG-01', txt=['1.460', '932']),
    T('nam ngoai thi sao', 'fact', src='CT25-TQG-01', txt=['980', '1.006']),
], p=P('Giảng viên kiêm chức', 'Tuyên Quang', 'LĐLĐ tỉnh Tuyên Quang'))
BGa = dict(former='Bắc Giang', topic='AT', title=['cho cán bộ công đoàn'])
dlg(AB, [
    T('lớp atvslđ cho cán bộ cđ ở bắc giang cũ tháng 12 còn học ko', 'course', dict(BGa, when='any', status='postponed'), t=['newdate']),
    T('vậy đk cho mình lớp đó', 'register', dict(BGa, status='postponed')),
    T('lớp đợt 2 thì học khi nào', 'course', dict(org='BN', topic='AT', title=['đợt 2']), t=['date']),
])
dlg(TY, [
    T('kcn ha noi co lop nao online', 'course_list', dict(org='HNKCN', mode='online')),
    T('cai thu 3 hoc may ngay', 'course', ref=(0, 2), t=['days']),
    T('cai dau cho ai', 'course', ref=(0, 0), t=['=người lao động']),
    T('dk cai thu 2', 'register', ref=(0, 1)),
])
dlg(VO, [
    T('Ở Yên Bái cũ có lớp tài chính công đoàn nào không', 'course_list', dict(former='Yên Bái', topic='TCCD')),
    T('Lớp thứ hai học mấy ngày', 'course', ref=(0, 1), t=['days']),
    T('Hạn đăng ký của lớp đó', 'course', ref=(0, 1), t=['deadline']),
    T('Đăng ký cho tôi lớp đó nhé', 'register', ref=(0, 1)),
])
dlg(D, [
    T('Cao Bằng có lớp huấn luyện an toàn vệ sinh viên nào sắp tới?', 'course_list', dict(org='CB', title=['vệ sinh viên'])),
    T('Lớp đầu học buổi tối à, mấy giờ?', 'course', ref=(0, 0), t=['=18:30']),
    T('Đợt 2 học mấy ngày?', 'course', ref=(0, 1), t=['days']),
    T('Đăng ký đợt 2 cho tôi', 'register', ref=(0, 1)),
    T('Năm nay Cao Bằng chỉ tiêu bao nhiêu học viên?', 'fact', src='CT26-CBG-01', txt=['750', '583']),
])
dlg(PL_, [
    T('lop thuong luong tap the o my hao thang 3', 'course', dict(ward='Mỹ Hào', topic='TL', when='any', month=(2027, 3)), t=['status']),
    T('vay con lop nghiep vu cho chu tich o my hao thang 3 ko', 'course', dict(ward='Mỹ Hào', topic='NV', aud='CT', month=(2027, 3)), t=['date']),
    T('dang ky lop do', 'register', dict(ward='Mỹ Hào', topic='NV', aud='CT', month=(2027, 3))),
])
NT1 = dict(national=True, month=(2027, 1))
dlg(AB, [
    T('lớp cấp trung ương tháng 1 có gì', 'course_list', NT1),
    T('lớp lý luận chính trị trong đó học mấy ngày', 'course', dict(NT1, topic='LL'), t=['days']),
    T('đk lớp đó', 'register', dict(NT1, topic='LL')),
])
HB = dict(former='Hòa Bình')
dlg(VO, [
    T('Bên Hòa Bình cũ sắp tới có những lớp gì', 'course_list', HB),
    T('Cái lớp an toàn lao động học mấy ngày', 'course', dict(HB, topic='AT'), t=['days', 'date']),
    T('Đăng ký cho tôi lớp đó', 'register', dict(HB, topic='AT')),
    T('Cái lớp cho ủy ban kiểm tra thì bao giờ học', 'course', dict(HB, aud='UBKT'), t=['date']),
])
dlg(TY, [
    T('bac kan cu co lop gi', 'course_list', dict(former='Bắc Kạn')),
    T('cai thu 3 la lop gi', 'course', ref=(0, 2), t=['=đối thoại']),
    T('cai cuoi hoc may ngay', 'course', ref=(0, 3), t=['days']),
    T('dk cai thu 2', 'register', ref=(0, 1)),
])
dlg(D, [
    T('Năm 2016 Hà Nội tổ chức được bao nhiêu lớp đào tạo cán bộ công đoàn?', 'fact', src=S0, txt=['33/33']),
    T('Lượt học viên đạt bao nhiêu phần trăm?', 'fact', src=S0, txt=['107%']),
    T('Thế năm nay LĐLĐ Hà Nội kế hoạch bao nhiêu lớp?', 'fact', src='CT26-HN-01', txt=['40']),
    T('Có lớp nữ công nào của LĐLĐ Hà Nội sắp tới không?', 'course', dict(org='HN', topic='NC'), t=['date']),
])
dlg(PL_, [
    T('so can bo cd o huyen chi lang', 'fact', src=S1, txt=['366']),
    T('con toan tinh thi sao', 'fact', src=S1, txt=['8.343']),
    T('co lop nao o chi lang sap toi ko', 'course', dict(ward='xã Chi Lăng'), t=['date']),
    T('nam nay lang son tap huan cbcd khong chuyen trach dat bao nhieu', 'fact', src='CT26-LSN-01', txt=['1.380', '1.041']),
])
dlg(AB, [
    T('sóc trăng 2013-2015 bao nhiêu đv nld được học nâng cao trình độ', 'fact', src=S4, txt=['32.775/53.527']),
    T('đạt bao nhiêu %', 'fact', src=S4, txt=['61,23%']),
    T('văn bản nào của tlđ về việc này', 'fact', src=S4, txt=['1464/CTr-TLĐ']),
    T('ok, mà bhxh 1 lần rút sao', 'off_topic'),
])
dlg(VO, [
    T('Tôi ở xã Yên Phong, quanh đây có lớp nào không', 'course_list', dict(ward='xã Yên Phong')),
    T('Lớp thứ hai là lớp gì, mấy ngày', 'course', ref=(0, 1), t=['days']),
    T('Đăng ký lớp thứ hai cho tôi', 'register', ref=(0, 1)),
    T('Lớp đầu tiên hạn đăng ký đến bao giờ', 'course', ref=(0, 0), t=['deadline']),
], p=P('Ủy viên BCH', 'Bắc Ninh', 'CĐCS Công ty TNHH Canon Việt Nam - Yên Phong'))
HDn = dict(former='Hải Dương', topic='NC')
dlg(TY, [
    T('hai duong cu co lop nu cong nao', 'course_list', HDn),
    T('lop thang 4 hoc may ngay', 'course', dict(HDn, month=(2027, 4)), t=['days']),
    T('dk lop thang 4', 'register', dict(HDn, month=(2027, 4))),
])
dlg(PL_, [
    T('me linh co lop nao thang 12', 'course_list', dict(ward='xã Mê Linh', month=(2026, 12))),
    T('lop thu 3 cho ai', 'course', ref=(0, 2), t=['=người lao động']),
    T('lop thu nhat may ngay', 'course', ref=(0, 0), t=['days']),
    T('dang ky lop thu nhat', 'register', ref=(0, 0)),
])
dlg(D, [
    T('Có lớp nữ công nào cho tôi không?', 'course_list', dict(prov='Thái Nguyên', topic='NC')),
    T('Lớp thứ hai học ở đâu?', 'course', ref=(0, 1), t=['place']),
    T('Đăng ký lớp đầu cho tôi', 'register', ref=(0, 0)),
    T('Năm nay tỉnh mình tập huấn nữ công đạt bao nhiêu người rồi?', 'fact', src='CT26-TNG-02', txt=['210', '188']),
], p=P('Trưởng ban nữ công', 'Thái Nguyên', 'CĐCS Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên'))
dlg(AB, [
    T('tháng 1 có lớp tập huấn trực tuyến nào ở hưng yên ko', 'course_list', dict(prov='Hưng Yên', mode='online', month=(2027, 1))),
    T('lớp đó mấy giờ học', 'course', ref=(0, 0), t=['=19:00']),
    T('dk cho mình', 'register', ref=(0, 0)),
])
NBk = dict(org='NB', title=['kỹ năng hoạt động'])
dlg(VO, [
    T('Lớp tập huấn kỹ năng hoạt động công đoàn cho ủy viên ban chấp hành ở Ninh Bình tháng 12 có thay đổi gì không', 'course',
      dict(NBk, when='any', status='postponed'), t=['newdate']),
    T('Vậy đăng ký cho tôi lớp đó', 'register', dict(NBk, status='postponed')),
    T('Năm ngoái Ninh Bình tập huấn được bao nhiêu học viên', 'fact', src='CT25-NBI-01', txt=['2.150', '2.098']),
])
dlg(PL_, [
    T('sa pa co lop nao', 'course_list', dict(ward='Sa Pa')),
    T('lop thu 4 la lop gi', 'course', ref=(0, 3), t=['=vệ sinh viên']),
    T('lop cuoi may ngay', 'course', ref=(0, 4), t=['days']),
    T('dang ky lop thu 2', 'register', ref=(0, 1)),
])
DBt = dict(prov='Điện Biên', title=['thương lượng'])
dlg(D, [
    T('Điện Biên có lớp thương lượng tập thể nào không?', 'course', DBt, t=['date']),
    T('Học mấy ngày?', 'course', DBt, t=['days']),
    T('Đăng ký giúp tôi.', 'register', DBt),
    T('Cảm ơn. Cho tôi hỏi luôn tiền ăn ca năm nay là bao nhiêu?', 'off_topic'),
])
dlg(TY, [
    T('cd nganh gd ha noi tu nay den het thang 2 co lop nao', 'course_list', dict(org='HNGD', range=['2026-11-23', '2027-02-28'])),
    T('lop thu 2 hoc toi ha', 'course', ref=(0, 1), t=['=18:30']),
    T('dk lop thu 3', 'register', ref=(0, 2)),
])
QNt = dict(org='QN', topic='TCCD')
dlg(VO, [
    T('Quảng Ninh có lớp tài chính công đoàn cho kế toán nào không', 'course_list', QNt),
    T('Lớp học trực tuyến học mấy giờ', 'course', dict(QNt, mode='online'), t=['=19:30']),
    T('Đăng ký cho tôi lớp trực tuyến đó', 'register', dict(QNt, mode='online')),
    T('Còn lớp tháng 12 học trực tiếp thì đã có ngày chưa', 'course', dict(QNt, vague=True), t=['date']),
])
HGn = dict(former='Hà Giang', title=['ngành'])
dlg(PL_, [
    T('ha giang cu co lop thuong luong tap the nganh ko', 'course', HGn, t=['newdate']),
    T('hoc may ngay', 'course', HGn, t=['days']),
    T('dang ky cho toi', 'register', HGn),
    T('nam nay tuyen quang dat bao nhieu hoc vien', 'fact', src='CT26-TQG-01', txt=['1.460', '932']),
])
dlg(AB, [
    T('cđ phường việt trì có những lớp nào', 'course_list', dict(org='PTVT')),
    T('cái thứ 2 học ngày nào', 'course', ref=(0, 1), t=['date']),
    T('cái thứ 4 cho ai', 'course', ref=(0, 3), t=['=Chủ tịch']),
    T('đk cái thứ 4', 'register', ref=(0, 3)),
    T('năm nay phú thọ đạt chỉ tiêu bồi dưỡng ct cđcs chưa', 'fact', src='CT26-PTO-01', txt=['2.400', '1.675']),
])
W = dict(range=['2026-11-28', '2026-11-29'], weekend=True)
dlg(D, [
    T('Thứ Bảy này có lớp nào không?', 'course_list', W),
    T('Lớp ở Bắc Ninh học ở đâu, mấy ngày?', 'course', dict(W, prov='Bắc Ninh'), t=['place', 'days']),
    T('Đăng ký cho tôi lớp đó', 'register', dict(W, prov='Bắc Ninh')),
    T('Tuyệt, bạn có bán vé xem phim không?', 'off_topic'),
])
dlg(PL_, [
    T('lop nghiep vu cho chu tich cdcs o lang son', 'course', dict(org='LS', topic='NV', aud='CT'), t=['date']),
    T('dang ky lop nay', 'register', dict(org='LS', topic='NV', aud='CT'), not_open=True),
    T('vay thang 2 o lang son co lop nao cho bch', 'course', dict(prov='Lạng Sơn', aud='BCH', month=(2027, 2)), t=['date']),
    T('dang ky lop do', 'register', dict(prov='Lạng Sơn', aud='BCH', month=(2027, 2))),
])
