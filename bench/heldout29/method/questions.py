# -*- coding: utf-8 -*-
"""Hand-written questions; expectations derived from the course records (engine.py) or
copied from targets.csv / the seed articles.  Run: python3 questions.py  -> ../questions.jsonl"""
import json, sys
from collections import Counter
from engine import first_ok, BYCODE, match
from data import dmy, start_text, TARGETS

ST = {'D': 'diacritics', 'P': 'plain', 'A': 'abbrev', 'T': 'typo', 'V': 'voice'}
ITEMS = []


def prof(role, province, union):
    return {'role': role, 'province': province, 'union': union}


def C(st, q, profile=None, text=None, codes=None, **spec):
    """course question; expectation from spec (or explicit codes/text)."""
    if codes is None:
        try:
            codes, t = first_ok(**spec)
        except AssertionError as e:
            print('FAIL', q, e, file=sys.stderr)
            return
    else:
        t = [start_text(BYCODE[codes[0]])]
    if text is not None:
        t = text
    ITEMS.append(dict(q=q, style=ST[st], kind='course', expect=codes, expect_text=t, profile=profile, _spec=spec))


def K(st, q, field='date', profile=None, code=None, text=None):
    """question about one class named by code (or uniquely described)."""
    c = BYCODE[code]
    if text is None:
        if field == 'date':
            text = [start_text(c)]
        elif field == 'ward':
            text = [c['ward']]
        elif field == 'seats':
            text = [str(c['seats'])]
        elif field == 'deadline':
            text = [dmy(c['deadline'])]
        elif field == 'days':
            text = ['%d ngày' % c['days']]
    ITEMS.append(dict(q=q, style=ST[st], kind='course', expect=[code], expect_text=text, profile=profile, _spec={'code': code}))


def T(st, q, text, profile=None):
    ITEMS.append(dict(q=q, style=ST[st], kind='target', expect=[], expect_text=text, profile=profile))


def F(st, q, text, profile=None):
    ITEMS.append(dict(q=q, style=ST[st], kind='fact', expect=[], expect_text=text, profile=profile))


def O(st, q, profile=None):
    ITEMS.append(dict(q=q, style=ST[st], kind='off_topic', expect=[], expect_text=[], profile=profile))


CT, AG, DT, VL, CM, TN, DN, HCM = 'Cần Thơ', 'An Giang', 'Đồng Tháp', 'Vĩnh Long', 'Cà Mau', 'Tây Ninh', 'Đồng Nai', 'Hồ Chí Minh'

# ======================================================== COURSE: topic + current province
C('D', 'Ở Cần Thơ có lớp tập huấn an toàn vệ sinh lao động nào sắp tới không?', prov=CT, topic='at')
C('P', 'co lop thuong luong tap the nao o dong nai ko', prov=DN, topic='tl')
C('A', 'lớp tài chính cđ ở tây ninh có ko ạ', prov=TN, topic='tcd')
C('T', 'lop nu cong o ca mau cos khong a', prov=CM, topic='nc')
C('V', 'cho em hỏi là ở An Giang mình sắp tới có lớp nào về chuyển đổi số cho công đoàn không ạ em muốn đi học', prov=AG, topic='cds')
C('D', 'Vĩnh Long có lớp bồi dưỡng giảng viên kiêm chức không?', prov=VL, topic='gv')
C('P', 'dong thap co lop kiem tra cong doan nao sap mo khong', prov=DT, topic='kt')
C('A', 'tp hcm có lớp lý luận ctri cho cb cđ chuyên trách ko', prov=HCM, topic='ll')
C('T', 'lớp tranh chấp lao đọng ở đồng nai khi nào hoc vậy', prov=DN, topic='tc')
C('V', 'dạ cho chị hỏi ở Cà Mau có mở lớp huấn luyện an toàn vệ sinh lao động cho an toàn vệ sinh viên không em', prov=CM, topic='at', aud='atv')
C('V', 'dạ cho em hỏi cái lớp tuyên truyền trên mạng xã hội ở Đồng Tháp là học ngày nào vậy ạ', prov=DT, topic='tg')
C('P', 'o tay ninh co lop phat trien doan vien khong', prov=TN, topic='pt')
C('A', 'lớp ATVSLĐ ở Vĩnh Long gần nhất là lớp nào', prov=VL, topic='at')
C('T', 'o an giang co lớp phap luat lao dong k ad', prov=AG, topic='pl')
C('V', 'anh ơi cho em hỏi thành phố Hồ Chí Minh mình có lớp văn thư lưu trữ nào sắp mở không anh', prov=HCM, topic='vt')
C('V', 'ờ cho chị hỏi Cần Thơ sắp tới có lớp tài chính công đoàn nào không em', prov=CT, topic='tcd')
C('P', 'lop doi thoai thuong luong o ca mau hoc khi nao', prov=CM, topic='tl')
C('A', 'ở đn có lớp cđs ko', prov=DN, topic='cds')
C('T', 'tay ninh co lop thuong luonng tap the nao ko', prov=TN, topic='tl')
C('V', 'cho mình hỏi ở Đồng Tháp có lớp về tranh chấp lao động không vậy mình làm chủ tịch công đoàn doanh nghiệp', prov=DT, topic='tc')
C('D', 'Có lớp công tác kiểm tra nào ở Đồng Nai không?', prov=DN, topic='kt')
C('P', 'hcm co lop nu cong nao sap toi khong', prov=HCM, topic='nc')
C('A', 'lớp nghiệp vụ cđ ở cà mau gần nhất ngày nào', prov=CM, topic='nv')
C('T', 'dong nai co lop lý luạn chinh tri ko', prov=DN, topic='ll')
C('V', 'dạ em hỏi xíu là ở Tây Ninh có lớp kiểm tra công đoàn cho ủy viên ủy ban kiểm tra không ạ', prov=TN, topic='kt')
C('D', 'An Giang có lớp tập huấn tài chính công đoàn cho kế toán không?', prov=AG, topic='tcd', aud='kt')
C('P', 'vinh long co lop phat trien doan vien thanh lap cdcs khong', prov=VL, topic='pt')
C('A', 'hcm có lớp tranh chấp lđ nào còn mở ko', prov=HCM, topic='tc')
C('T', 'can tho co lop tuyen giao nao ko ạ', prov=CT, topic='tg')
C('V', 'cho em hỏi là Đồng Nai mình có lớp nữ công bình đẳng giới nào sắp tới không ạ', prov=DN, topic='nc')
C('V', 'em ơi lớp chuyển đổi số gần nhất ở Cà Mau là lớp nào vậy em', prov=CM, topic='cds')
C('P', 'an giang co lop doi thoai thuong luong tap the nao khong', prov=AG, topic='tl')

# ======================================================== COURSE: audience
C('D', 'Ở Đồng Nai có lớp nào dành cho chủ tịch công đoàn cơ sở không?', prov=DN, aud='ct')
C('P', 'co lop nao cho uy vien ubkt o can tho khong', prov=CT, aud='ubkt')
C('A', 'lớp cho ct cđcs ở tp hcm gần nhất', prov=HCM, aud='ct')
C('T', 'lop cho bch cong doan o vinh long co kg', prov=VL, aud='bch')
C('V', 'cho chị hỏi có lớp nào cho kế toán thủ quỹ công đoàn cơ sở ở Cần Thơ không em', prov=CT, aud='kt')
C('D', 'Có lớp nào cho cán bộ công đoàn cấp trên cơ sở ở Tây Ninh không?', prov=TN, aud='ctcs')
C('P', 'lop cho doan vien nguoi lao dong o dong thap', prov=DT, aud='dv')
C('A', 'lớp cho trưởng ban nữ công cđcs ở cà mau có ko', prov=CM, aud='nc')
C('T', 'co lop nao cho can bo cd chuyen trach o dong nai khôg', prov=DN, aud='ctr')
C('V', 'ờ cho em hỏi là có lớp nào cho ủy viên ban chấp hành công đoàn cơ sở ở An Giang mình không ạ', prov=AG, aud='bch')
C('D', 'Lớp dành cho chủ tịch CĐCS ở Vĩnh Long sắp tới là lớp nào?', prov=VL, aud='ct')
C('P', 'lop cho chu tich cdcs o ca mau', prov=CM, aud='ct')
C('A', 'lớp cho pct cđcs ở đồng tháp có ko', prov=DT, aud='pct')
C('T', 'co lop nao cho an toan vê sinh vien o tp hcm ko', prov=HCM, aud='atv')
C('V', 'em mới được bầu làm chủ tịch công đoàn cơ sở ở Tây Ninh cho em hỏi có lớp nào cho chủ tịch mới không ạ', prov=TN, aud='ct',
  profile=prof('Chủ tịch CĐCS', 'Tây Ninh', 'CĐCS Công ty TNHH may Việt Thắng'))

# ======================================================== COURSE: profile-driven (no place in the text)
C('P', 'co lop nao cho ct cdcs gan day ko', prov=CM, aud='ct', profile=prof('Chủ tịch CĐCS', 'Cà Mau', 'CĐCS Trường THCS Phan Ngọc Hiển'))
C('A', 'sắp tới có lớp atvsld nào ko ad', prov=DN, topic='at', profile=prof('Ủy viên BCH', 'Đồng Nai', 'CĐCS Công ty TNHH Pouchen Việt Nam'))
C('D', 'Tỉnh mình có lớp thương lượng tập thể nào không?', prov=VL, topic='tl', profile=prof('Chủ tịch CĐCS', 'Vĩnh Long', 'CĐCS Công ty CP Dược Cửu Long'))
C('T', 'co lop tai chinh cong doan nao gân day k', prov=AG, topic='tcd', profile=prof('Kế toán CĐCS', 'An Giang', 'CĐCS Trường THPT Long Xuyên'))
C('V', 'dạ cho em hỏi là sắp tới thành phố mình có lớp nào về nữ công không ạ em là trưởng ban nữ công', prov=CT, aud='nc',
  profile=prof('Trưởng ban nữ công', 'Cần Thơ', 'CĐCS Bệnh viện Nhi đồng Cần Thơ'))
C('D', 'Sắp tới có lớp kiểm tra công đoàn nào không?', prov=HCM, topic='kt', profile=prof('Ủy viên UBKT', 'TP Hồ Chí Minh', 'CĐCS Công ty TNHH Nidec'))
C('P', 'co lop phap luat lao dong nao khong', prov=DT, topic='pl', profile=prof('Chủ tịch CĐCS', 'Đồng Tháp', 'CĐCS Công ty CP Vĩnh Hoàn'))
C('A', 'lớp pt đv gần nhất ntn', prov=TN, topic='pt', profile=prof('Cán bộ CĐ cấp trên cơ sở', 'Tây Ninh', 'Công đoàn các KCN Tây Ninh'))

# ======================================================== COURSE: former province names
C('D', 'Ở Sóc Trăng có lớp an toàn vệ sinh lao động nào không?', prov=CT, old='Sóc Trăng', topic='at')
C('P', 'lop o bac lieu sap toi co lop nao', prov=CM, old='Bạc Liêu')
C('A', 'lớp atvsld ở bình dương cũ có ko', prov=HCM, old='Bình Dương', topic='at')
C('T', 'o hau giang co lop phap luat lao dong ko vay', prov=CT, old='Hậu Giang', topic='pl')
C('V', 'cho em hỏi là ở Kiên Giang cũ bây giờ thuộc An Giang á có lớp nghiệp vụ công đoàn nào không ạ', prov=AG, old='Kiên Giang', topic='nv')
C('A', 'ở long an có lớp tranh chấp lđ nào sắp mở ko', prov=TN, old='Long An', topic='tc')
C('P', 'o tien giang co lop nu cong khong', prov=DT, old='Tiền Giang', topic='nc')
C('A', 'ở bến tre có lớp nv cđ nào ko', prov=VL, old='Bến Tre', topic='nv')
C('T', 'lop o tra vinh co lop chuyen đoi so khong', prov=VL, old='Trà Vinh', topic='cds')
C('V', 'ờm cho hỏi bên Bình Phước cũ giờ nhập vô Đồng Nai đó có lớp pháp luật lao động nào không vậy', prov=DN, old='Bình Phước', topic='pl')
C('D', 'Bà Rịa - Vũng Tàu cũ có lớp tập huấn nào sắp tới không?', prov=HCM, old='Bà Rịa - Vũng Tàu')
C('P', 'o binh duong co lop thuong luong tap the nao ko', prov=HCM, old='Bình Dương', topic='tl')
C('A', 'lớp cho ct cđcs ở sóc trăng', prov=CT, old='Sóc Trăng', aud='ct')
C('T', 'o bac lieu co lop atvsld ko ạ', prov=CM, old='Bạc Liêu', topic='at')
C('V', 'chị ở Long An cũ cho chị hỏi có lớp pháp luật lao động nào không em', prov=TN, old='Long An', topic='pl')
C('D', 'Ở Hậu Giang cũ có lớp nào sắp tới không?', prov=CT, old='Hậu Giang')
C('P', 'o tra vinh co lop atvsld nao khong', prov=VL, old='Trà Vinh', topic='at')
C('A', 'ở bà rịa vũng tàu có lớp pl lđ ko', prov=HCM, old='Bà Rịa - Vũng Tàu', topic='pl')
C('T', 'lop phat trien doan vien o tien giang co kô', prov=DT, old='Tiền Giang', topic='pt')
C('V', 'dạ cho em hỏi là bên Sóc Trăng mình có lớp nghiệp vụ cho chủ tịch công đoàn cơ sở không ạ', prov=CT, old='Sóc Trăng', topic='nv', aud='ct')
C('D', 'Ở Kiên Giang có lớp thương lượng tập thể nào không?', prov=AG, old='Kiên Giang', topic='tl')
C('P', 'o bac lieu co lop nu cong nao khong', prov=CM, old='Bạc Liêu', topic='nc')

# ======================================================== COURSE: ward / commune near me
C('D', 'Gần chỗ tôi ở phường Giá Rai có lớp nào không?', ward='Giá Rai')
C('P', 'o phuong rach gia co lop nao sap toi khong', ward='Rạch Giá')
C('A', 'xã bến lức có lớp nào ko ad', ward='Bến Lức')
C('T', 'gan cho em o phuong my tho co lop nao khong a', ward='Mỹ Tho')
C('V', 'nhà em ở phường Đồng Xoài cho em hỏi gần đó có lớp tập huấn nào không ạ', ward='Đồng Xoài')
C('D', 'Phường Thủ Dầu Một có lớp tập huấn nào sắp tới không?', ward='Thủ Dầu Một')
C('P', 'gan phuong tan thuan co lop nao khong', ward='Tân Thuận')
C('A', 'ở p. nguyệt hóa có lớp gì ko', ward='Nguyệt Hóa')
C('T', 'phuong cai rang co lơp nao k', ward='Cái Răng')
C('V', 'cho em hỏi là ở gần phường Long Bình Đồng Nai có lớp nào em đi học được không ạ', ward='Long Bình')
C('D', 'Xã Đức Hòa có lớp tập huấn nào không?', ward='Đức Hòa')
C('P', 'o phu quoc co lop nao khong', ward='Phú Quốc')
C('A', 'p. sóc trăng có lớp nào sắp mở ko', ward='Sóc Trăng')
C('T', 'phuong bac lieu co lop tap huan nao ko vay', ward='Bạc Liêu')
C('V', 'mình ở phường Phú Khương cho mình hỏi gần mình có lớp tập huấn công đoàn nào không', ward='Phú Khương')
C('D', 'Ở phường Phú Lợi, Cần Thơ có lớp gì sắp tới không?', ward='Phú Lợi')

# ======================================================== COURSE: evening / weekend
C('D', 'Ở Tây Ninh có lớp nào học buổi tối không?', prov=TN, eve=True)
C('P', 'co lop buoi toi nao cho cong nhan o binh duong ko', prov=HCM, old='Bình Dương', eve=True, aud='dv')
C('A', 'lớp học buổi tối ở cà mau có ko', prov=CM, eve=True)
C('T', 'lop hoc toi o dong nai co hong', prov=DN, eve=True)
C('V', 'em làm ca ngày chỉ học được buổi tối thôi ở thành phố Hồ Chí Minh có lớp nào học buổi tối không ạ', prov=HCM, eve=True)
C('D', 'Có lớp nào học cuối tuần ở Đồng Nai không?', prov=DN, we=True)
C('P', 'lop hoc thu 7 chu nhat o vinh long', prov=VL, we=True)
C('A', 'lớp cuối tuần ở ct có ko', prov=CT, we=True)
C('T', 'co lop hoc cuoi tuan o an giang kg', prov=AG, we=True)
C('V', 'cho chị hỏi là có lớp nào học vào thứ bảy chủ nhật ở Cà Mau không em tại trong tuần chị bận', prov=CM, we=True)
C('D', 'Lớp buổi tối ở Vĩnh Long có không?', prov=VL, eve=True)
C('P', 'lop cuoi tuan o tay ninh co khong', prov=TN, we=True)
C('A', 'lớp tối ở an giang có ko', prov=AG, eve=True)
C('T', 'co lop cuoi tuan nao o tp hcm kô', prov=HCM, we=True)
C('V', 'anh cho em hỏi có lớp pháp luật nào học buổi tối cho công nhân khu công nghiệp bên Bình Dương không anh', prov=HCM, old='Bình Dương', topic='pl', eve=True)

# ======================================================== COURSE: online
C('T', 'co lop tap huan truc tuyen nao o ca mau khongg', prov=CM, mode='online')
C('P', 'co lop hoc online nao o vinh long khong', prov=VL, mode='online')
C('A', 'lớp trực tuyến ở đt có ko', prov=DT, mode='online')
C('T', 'lop truc tuyen o can tho co k', prov=CT, mode='online')
C('V', 'cho em hỏi là có lớp nào học trực tuyến qua zoom ở An Giang không ạ em ở xa', prov=AG, mode='online')
C('V', 'cho em hỏi Tây Ninh mình có lớp nào học trực tuyến không ạ', prov=TN, mode='online')
C('P', 'lop online o tp hcm', prov=HCM, mode='online')
C('A', 'lớp online ở đn sắp tới', prov=DN, mode='online')
C('T', 'co lop hoc zoom nao vê tai chinh cong doan ko', topic='tcd', mode='online')
C('V', 'dạ cho em hỏi có lớp phát triển đoàn viên nào học online được không ạ', topic='pt', mode='online')
C('D', 'Có lớp pháp luật lao động nào học trực tuyến không?', topic='pl', mode='online')
C('P', 'lop chuyen doi so hoc online', topic='cds', mode='online')

# ======================================================== COURSE: month
C('D', 'Tháng sau ở Cần Thơ có lớp nào?', prov=CT, month=(2026, 12))
C('P', 'thang 1 nam sau o dong nai co lop nao', prov=DN, month=(2027, 1))
C('A', 'tháng 12 ở hcm có lớp atvsld ko', prov=HCM, topic='at', month=(2026, 12))
C('T', 'thang 2 o vinh long co lop nao ko', prov=VL, month=(2027, 2))
C('V', 'cho em hỏi tháng ba năm sau ở Tây Ninh có lớp nào không ạ', prov=TN, month=(2027, 3))
C('D', 'Tháng 12 này ở An Giang có lớp nào không?', prov=AG, month=(2026, 12))
C('P', 'thang 1 o ca mau co lop nao', prov=CM, month=(2027, 1))
C('A', 'tháng 4/2027 ở đt có lớp nào', prov=DT, month=(2027, 4))
C('T', 'thang sau co lop truc tuyen nao ko', mode='online', month=(2026, 12))
C('V', 'em muốn hỏi là tháng sau có lớp nào dành cho chủ tịch công đoàn cơ sở không ạ', aud='ct', month=(2026, 12))
C('D', 'Tháng 5 năm 2027 ở Cà Mau có lớp nào?', prov=CM, month=(2027, 5))
C('P', 'thang 2 nam sau o tp hcm co lop nao', prov=HCM, month=(2027, 2))

# ======================================================== COURSE: organisers (short names)
C('D', 'LĐLĐ Cần Thơ có lớp nào sắp tới?', org='ldld_ct')
C('P', 'cd kcx tan thuan co lop nao', org='kcx_tt')
C('A', 'CĐ KCN Tân Thuận có lớp gì ko', org='kcx_tt')
C('T', 'cong doan nganh giao duc can tho co lop nao ko a', org='gd_ct')
C('V', 'cho em hỏi là công đoàn ngành giáo dục An Giang có mở lớp nào sắp tới không ạ', org='gd_ag')
C('D', 'Công đoàn các KCN Đồng Nai có lớp nào không?', org='kcn_dn')
C('P', 'ldld tay ninh co lop nao sap toi', org='ldld_tn')
C('A', 'cđ kcn bd có lớp gì ko', org='kcn_bd')
C('T', 'cong doan phuong bac lieu co mo lop ko', org='p_baclieu')
C('V', 'dạ cho em hỏi Công đoàn Viên chức tỉnh Vĩnh Long có lớp nào sắp tới không ạ', org='cdvc_vl')
C('D', 'Trường Cán bộ Công đoàn TP.HCM có lớp nào đang mở?', org='tr_cdhcm')
C('P', 'cd nganh y te dong nai co lop nao', org='yt_dn')
C('A', 'lđlđ đồng tháp có lớp nào sắp tới', org='ldld_dt')
C('T', 'cong doan dac khu phu quoc co lop nao kg', org='dk_phuquoc')
C('V', 'cho mình hỏi công đoàn bệnh viện Chợ Rẫy có lớp tập huấn nào sắp tới không', org='bv_cr')
C('D', 'Công đoàn phường Sóc Trăng có tổ chức lớp nào không?', org='p_soctrang')
C('P', 'ldld ca mau co lop nao sap toi', org='ldld_cm')
C('A', 'cđ giáo dục tp hcm có lớp j ko', org='gd_hcm')
C('T', 'cong doan cac kcn tay ninh co lop nao khong vây', org='kcn_tn')
C('V', 'ờ cho em hỏi công đoàn phường Vũng Tàu có lớp nào em đăng ký được không', org='p_vungtau', reg=True)
C('D', 'Công đoàn Công ty Vĩnh Hoàn có lớp nào sắp tới?', org='dn_vh')
C('P', 'cd phuong ninh kieu co lop nao', org='p_ninhkieu')
C('A', 'lđlđ ag có lớp nv cđ nào ko', org='ldld_ag', topic='nv')
C('T', 'cong doan pouyuen co lop nao ko a', org='dn_pyv')
C('V', 'cho em hỏi công đoàn các khu công nghiệp Cần Thơ có lớp an toàn vệ sinh lao động nào không ạ', org='kcn_ct', topic='at')
C('D', 'LĐLĐ Vĩnh Long có lớp chuyển đổi số nào không?', org='ldld_vl', topic='cds')
C('P', 'ldld tp hcm co lop tai chinh cong doan nao', org='ldld_hcm', topic='tcd')

# ======================================================== COURSE: registration open / seats / deadline
C('D', 'Ở Đồng Nai còn lớp an toàn vệ sinh lao động nào đăng ký được không?', prov=DN, topic='at', reg=True)
C('P', 'lop nghiep vu cong doan o tay ninh con dang ky duoc khong', prov=TN, topic='nv', reg=True)
C('A', 'lớp pl lđ ở ct còn đk đc ko', prov=CT, topic='pl', reg=True)
C('T', 'lop tuyen giao o ca mau con cho ko', prov=CM, topic='tg', reg=True)
C('V', 'cho em hỏi lớp pháp luật lao động ở Bình Dương còn đăng ký được không ạ', prov=HCM, old='Bình Dương', topic='pl', reg=True)
C('D', 'Lớp tranh chấp lao động ở Tây Ninh còn nhận đăng ký không?', prov=TN, topic='tc', reg=True)
C('P', 'con lop nao cho ct cdcs o can tho dang ky duoc khong', prov=CT, aud='ct', reg=True)
C('A', 'lớp atvsld ở hcm còn chỗ ko', prov=HCM, topic='at', reg=True)

# ======================================================== COURSE: by class code
K('D', 'Lớp CT-NV27-D2 học ngày nào?', code='CT-NV27-D2')
K('P', 'lop AG-TL27-D1 hoc o dau', 'ward', code='AG-TL27-D1')
K('A', 'mã lớp DN-TCD-T7 học mấy ngày', 'days', code='DN-TCD-T7')
K('T', 'lop KCXTT-AT-TOI còn chõ ko', 'seats', code='KCXTT-AT-TOI')
K('V', 'cho em hỏi cái lớp mã HCM-CDS-ONL01 là học trực tuyến hay trực tiếp vậy ạ', code='HCM-CDS-ONL01', text=['trực tuyến'])
K('D', 'Hạn đăng ký lớp TN-TL-KH01 là ngày nào?', 'deadline', code='TN-TL-KH01')
K('P', 'lop vl-pl-onl hoc ngay nao', code='VL-PL-ONL')
K('A', 'lớp TCB-GV27-01 có bn chỗ', 'seats', code='TCB-GV27-01')
K('T', 'lop KCNDN-AT-2L hoc ơ dau vay', 'ward', code='KCNDN-AT-2L')
K('V', 'cho em hỏi lớp mã CM-NV-CUOITUAN học vào thứ mấy ngày nào ạ', code='CM-NV-CUOITUAN')
K('D', 'Lớp KCNBD-PL-TOI02 học mấy giờ?', code='KCNBD-PL-TOI02', text=['18'])
K('P', 'lop DT-NV27-01 hoc o dau', 'ward', code='DT-NV27-01')
K('A', 'lớp PVTAU-NV27-01 ngày nào khai giảng', code='PVTAU-NV27-01')
K('T', 'lơp CT-TCD27-01 hoc truc tuyen hay truc tiep', code='CT-TCD27-01', text=['trực tuyến'])
K('V', 'dạ em muốn hỏi lớp KCNVL-TL27-01 khi nào hết hạn đăng ký vậy ạ', 'deadline', code='KCNVL-TL27-01')
K('D', 'Lớp PLX-NV26-01 có học buổi tối không?', code='PLX-NV26-01')
K('P', 'lop GDHCM-NC27-01 hoc ngay nao', code='GDHCM-NC27-01')
K('A', 'lớp YTCM-AT27-01 học ở đâu', 'ward', code='YTCM-AT27-01')
K('T', 'han dang ki lop DN-LL27-01 la ngay nao', 'deadline', code='DN-LL27-01')
K('V', 'cho em hỏi lớp mã AG-NC27-01 là học ở đâu ngày nào ạ', code='AG-NC27-01', text=['Phú Quốc', '29/05/2027'])

# ======================================================== COURSE: batches / look-alikes
K('D', 'Lớp bồi dưỡng nghiệp vụ cho chủ tịch CĐCS đợt 2 của LĐLĐ Cần Thơ học ngày nào?', code='CT-NV27-D2')
K('P', 'lop thuong luong tap the dot 2 cua an giang hoc o dau', 'ward', code='AG-TL27-D2')
K('A', 'lớp tlu tt đợt 1 ag học ngày nào', code='AG-TL27-D1')
K('T', 'dot 1 lop boi duong chu tich cdcs o can tho hoc ngay nao', code='CT-NV27-D1')
K('V', 'cho em hỏi lớp pháp luật buổi tối cho công nhân khu công nghiệp Mỹ Phước học ngày nào vậy ạ', code='KCNBD-PL-TOI02')
K('D', 'Lớp pháp luật buổi tối cho công nhân KCN VSIP học ngày nào?', code='KCNBD-PL-TOI01')

# ======================================================== COURSE: postponed / cancelled / past
K('D', 'Lớp tài chính công đoàn năm 2026 của LĐLĐ Đồng Tháp bị hoãn sang ngày nào?', code='DT-TCD26-01')
K('P', 'lop kiem tra cho uy vien ubkt o bac lieu doi lich sang ngay nao', code='CM-KT27-LUI')
K('A', 'lớp tranh chấp lđ cho cb cđ cấp trên cơ sở ở hcm hoãn tới bao giờ', code='HCM-TC26-HOAN', text=['hoãn'])
K('T', 'lop van thu luu tru o kien giang co bi huy ko', code='AG-VT26-HUY', text=['hủy'])
K('V', 'tháng trước Vĩnh Long có mở lớp nghiệp vụ cho chủ tịch công đoàn cơ sở mới ở Trà Vinh đó học ngày nào vậy em', code='VL-NV26-TV')
K('D', 'Lớp CT-KT26-01 còn học không?', code='CT-KT26-01', text=['hủy'])
K('P', 'lop HCM-GV27-02 hoan sang ngay nao', code='HCM-GV27-02')
K('A', 'lớp DN-PT26-01 bị hoãn à, lịch mới ntn', code='DN-PT26-01')
K('T', 'lop TN-AT26-N4 con dang ky dc khong', code='TN-AT26-N4', text=['20/11/2026'])
K('V', 'cho em hỏi lớp phát triển đoàn viên ở Hậu Giang cũ ngày 27 tháng 11 còn đăng ký được không ạ', code='CT-PT26-HG', text=['21/11/2026'])
C('D', 'Tháng 10 vừa rồi LĐLĐ Đồng Nai có tổ chức lớp nào?', org='ldld_dn', past=True, month=(2026, 10))
C('P', 'thang truoc o an giang co lop atvsld nao da hoc', prov=AG, topic='at', past=True, month=(2026, 10))
K('A', 'lớp KCXTT-TL26-02 hoãn rồi hả, khi nào học lại', code='KCXTT-TL26-02', text=['hoãn'])
K('T', 'lop GDHCM-NV26-01 co hoc ko hay huy roi', code='GDHCM-NV26-01', text=['hủy'])

# ======================================================== COURSE: general / national
C('D', 'Lớp nào dành cho chủ tịch công đoàn cơ sở sắp tới gần nhất?', aud='ct')
C('P', 'khoa hoc ky nang dam phan thuong luong', topic='tl')
C('A', 'lớp gv kiêm chức gần nhất ở đâu', topic='gv')
C('T', 'co lop van thu luu tru nao ko', topic='vt')
C('V', 'cho em hỏi là hiện nay có lớp nào về lý luận chính trị cho cán bộ công đoàn chuyên trách không ạ', topic='ll')
C('D', 'Có lớp nào về kỹ năng giải quyết tranh chấp lao động không?', topic='tc')
C('P', 'lop nao day ve quyet toan tai chinh cong doan', topic='tcd', title='quyết toán')
C('A', 'có lớp ứng dụng AI trong cđ ko', topic='cds', title='AI')
C('T', 'lop boi duong uy vien ubkt gân nhat', aud='ubkt')
C('V', 'dạ cho em hỏi có lớp nào dạy kỹ năng tuyên truyền trên mạng xã hội không ạ', topic='tg', title='mạng xã hội')

ITEMS[:] = [i for i in ITEMS if i is not None]


# ======================================================== TARGETS (figures as written in targets.csv)
T('D', 'Chỉ tiêu đào tạo năm nay của LĐLĐ thành phố mình là bao nhiêu?', ['3.500'], prof('Chủ tịch CĐCS', 'Cần Thơ', 'CĐCS Công ty CP Thủy sản Bình An'))
T('P', 'chi tieu dao tao can bo cong doan nam 2026 cua ldld dong nai la bao nhieu', ['4.500'])
T('A', 'cđ kcx tân thuận năm nay đã tập huấn đc bn người so vs chỉ tiêu', ['1.655'])
T('T', 'nam ngoai ldld ca mau co dat chi tieu dao tao ko', ['1.530'])
T('V', 'cho em hỏi năm nay công đoàn phường Sóc Trăng được giao chỉ tiêu tập huấn bao nhiêu học viên vậy ạ', ['150'])
T('D', 'LĐLĐ tỉnh An Giang năm 2026 còn thiếu bao nhiêu học viên so với chỉ tiêu?', ['2.800', '1.964'])
T('P', 'nam 2025 ldld tp hcm dat bao nhieu luot nguoi', ['10.845'])
T('A', 'chỉ tiêu bd ct cđcs mới của lđlđ hcm năm nay', ['1.500'])
T('T', 'ldld vinh long nam nay dat dc bao nhieu roi', ['1.870'])
T('V', 'dạ cho em hỏi là năm ngoái Liên đoàn Lao động tỉnh Tây Ninh có hoàn thành chỉ tiêu đào tạo cán bộ công đoàn không ạ', ['1.975'])
T('D', 'Năm nay đơn vị mình đã đạt bao nhiêu so với chỉ tiêu?', ['412'], prof('Cán bộ CĐ cấp trên cơ sở', 'Cần Thơ', 'Công đoàn các KCN Cần Thơ'))
T('P', 'chi tieu nam nay cua cd nganh giao duc can tho', ['320'])
T('A', 'cđ các kcn bd năm nay chỉ tiêu bn, đạt bn', ['1.600', '1.210'])
T('T', 'cong doan nganh y te dong nai nam nay dat chi tieu chua', ['250'])
T('V', 'cho chị hỏi năm ngoái đơn vị chị đạt chỉ tiêu tập huấn không em', ['161'], prof('Chủ tịch CĐCS', 'Long An', 'Công đoàn các KCN Tây Ninh'))
T('D', 'Công đoàn phường Bến Tre năm 2026 được giao chỉ tiêu bao nhiêu?', ['130'])
T('P', 'cd phuong rach gia nam nay dat bao nhieu hoc vien', ['133'])
T('A', 'lđlđ đt năm nay chỉ tiêu tập huấn bch bn', ['2.400'])
T('T', 'nam ngoai cong doan giao duc tp hcm dat bao nhieu', ['2.318'])
T('V', 'em muốn biết là Công đoàn ngành Y tế Cà Mau năm nay chỉ tiêu tập huấn nữ công là bao nhiêu người ạ', ['160'])
T('D', 'Tỉnh mình năm nay mở được bao nhiêu lớp so với chỉ tiêu?', ['38', '24'], prof('Cán bộ LĐLĐ tỉnh', 'Tây Ninh', 'LĐLĐ tỉnh Tây Ninh'))
T('P', 'ldld an giang nam nay chi tieu bao nhieu lop', ['45'])
T('A', 'tỷ lệ ct cđcs đc bd của lđlđ vĩnh long năm nay', ['90', '72,5'])
T('T', 'nam ngoai ldld can tho vuot chi tieu ko', ['3.415'])
T('V', 'ờ cho mình hỏi năm 2025 Liên đoàn Lao động Đồng Tháp đạt bao nhiêu học viên', ['2.260'])
T('D', 'Năm ngoái LĐLĐ Đồng Nai tập huấn được bao nhiêu lượt cán bộ?', ['4.112'])
T('P', 'nam ngoai cd phuong soc trang dat bao nhieu', ['88'])
T('A', 'chỉ tiêu 2026 của cđ các kcn tây ninh về tlu tt', ['180'])
T('T', 'ldld ca mau nam nay con thieu bao nhieu hoc vien', ['1.800', '1.522'])
T('V', 'cho em hỏi năm nay công đoàn khu chế xuất Tân Thuận được giao chỉ tiêu tập huấn bao nhiêu người ạ', ['2.000'])
T('D', 'Chỉ tiêu năm 2025 của Công đoàn các KCN Cần Thơ là bao nhiêu?', ['500'])
T('P', 'nam nay ldld tp ho chi minh dat bao nhieu luot nguoi roi', ['9.460'])
T('A', 'năm ngoái cđ ngành gd cần thơ đạt chỉ tiêu ko', ['300'])
T('T', 'cong doan phuong ben tre nam ngoai dat chi tieu chua', ['100'])
T('V', 'dạ năm nay đơn vị em được giao chỉ tiêu bao nhiêu và đã làm được bao nhiêu rồi ạ', ['2.500', '2.040'], prof('Ủy viên BCH', 'TP Hồ Chí Minh', 'Công đoàn Giáo dục TP.HCM'))
T('D', 'Năm ngoái tỉnh mình có đạt chỉ tiêu đào tạo không?', ['2.380'], prof('Chủ tịch CĐCS', 'Kiên Giang', 'CĐCS Trường THPT Nguyễn Trung Trực'))

# ======================================================== FACTS (the five seed articles)
F('D', 'Năm 2016 các cấp công đoàn Thủ đô tổ chức được bao nhiêu lớp đào tạo?', ['33'])
F('P', 'ke hoach dao tao can bo cd cua thu do nam 2016 co hoan thanh khong', ['107%'])
F('A', 'năm 2016 lđlđ hn có bn lượt học viên tham gia', ['3831'])
F('T', 'truong trung cap cong doan ha noi huan luyen atvsld duoc bao nhieu lop nam 2016', ['42'])
F('V', 'cho em hỏi năm 2016 Trường Trung cấp Công đoàn Hà Nội huấn luyện an toàn vệ sinh lao động được bao nhiêu học viên đạt bao nhiêu phần trăm', ['102%'])
F('D', 'Tổng số lượt cán bộ công đoàn Thủ đô tham gia tập huấn năm 2016 từ các nguồn khác là bao nhiêu?', ['38.386'])
F('P', 'truong ban to chuc ldld ha noi nam 2016 la ai', ['Lê Xuân Trường'])
F('A', 'pct lđlđ hà nội phát biểu tại hn đào tạo 2016 là ai', ['Phạm Bá Vĩnh'])
F('T', 'lop tap huan ky nang tuyen truyen phat trien doan vien cho can bo cd cap tren co so o ha noi hoc may ngay', ['3 ngày'])
F('V', 'cho em hỏi cái lớp tuyên truyền vận động phát triển đoàn viên của Hà Nội năm 2016 có bao nhiêu cán bộ tham gia vậy', ['23'])
F('D', 'Kế hoạch đào tạo cán bộ công đoàn của Hà Nội giai đoạn nào được triển khai tại hội nghị?', ['2016-2018'])
F('P', 'lang son co bao nhieu can bo cong doan', ['8.343'])
F('A', 'ls có bn cbcđ chuyên trách', ['74'])
F('T', 'so can bo cd o huyen chi lang', ['366'])
F('V', 'cho em hỏi huyện Chi Lăng có bao nhiêu cán bộ công đoàn không chuyên trách vậy', ['363'])
F('D', 'Chương trình số 104/CTr-LĐLĐ của LĐLĐ tỉnh Lạng Sơn ban hành ngày nào?', ['29/11/2013'])
F('P', 'tu nam 2013 cac cap cong doan lang son to chuc duoc bao nhieu lop tap huan', ['85'])
F('A', 'lạng sơn từ 2013 tập huấn đc bn lượt cbcđ', ['8.069'])
F('T', 'tong kinh phi tap huan can bo cong doan lang son tu nam 2013 la bao nhieu', ['2,1 tỷ'])
F('V', 'cho em hỏi là cuối năm 2017 Lạng Sơn có bao nhiêu công đoàn cơ sở vững mạnh ạ', ['1.238'])
F('D', 'Tỷ lệ cán bộ công đoàn không chuyên trách ở Lạng Sơn được bồi dưỡng là bao nhiêu?', ['70%'])
F('P', 'anh nguyen van kien lam chu tich cdcs o dau', ['HTX Đồng Tâm'])
F('A', 'cđcs htx đồng tâm có bn đv năm 2018', ['38'])
F('T', 'nhiem ky 2018 2023 lang son co bao nhieu can bo cd lan dau vao bch', ['3.500'])
F('V', 'cho em hỏi ai là chủ tịch Liên đoàn Lao động huyện Chi Lăng trong bài viết về bồi dưỡng cán bộ ở Lạng Sơn', ['Hoàng Văn Dũng'])
F('D', 'Năm 2020 LĐLĐ huyện Mê Linh tổ chức được mấy lớp tập huấn?', ['2'])
F('P', 'me linh nam 2020 tap huan cho bao nhieu luot can bo doan vien', ['400'])
F('A', 'lđlđ mê linh phối hợp vs đơn vị nào mở lớp năm 2020', ['Trung tâm Bồi dưỡng chính trị'])
F('T', 'chuong trinh chu de nam cua me linh co may nhom van de', ['7'])
F('V', 'cho em hỏi Nghị quyết 4a của Tổng Liên đoàn về đào tạo bồi dưỡng cán bộ công đoàn ban hành ngày nào vậy ạ', ['04/3/2010'])
F('D', 'Lớp giảng viên kiêm chức của LĐLĐ tỉnh Lạng Sơn có bao nhiêu đồng chí tham gia?', ['25'])
F('P', 'chuong trinh 1644 cua tong lien doan ve gi', ['nâng cao chất lượng và hiệu quả hoạt động của đội ngũ cán bộ công đoàn'])
F('A', 'ai khai mạc lớp gv kiêm chức ở lạng sơn', ['Trần Thị Kim Anh'])
F('T', 'van ban nao cua tong lien doan noi ve nang cao trinh do ky nang nghe cho doan vien', ['1464/CTr-TLĐ'])
F('V', 'cho em hỏi là Sóc Trăng giai đoạn 2013 đến 2015 có bao nhiêu đoàn viên người lao động được học tập nâng cao trình độ đạt bao nhiêu phần trăm', ['61,23%'])
F('D', 'Kế hoạch 53/KH-LĐLĐ của LĐLĐ tỉnh Sóc Trăng ban hành ngày nào?', ['10/12/2013'])
F('P', 'soc trang tu 2013 den 2015 co bao nhieu nguoi duoc dao tao nang cao trinh do chuyen mon', ['23.339'])
F('A', 'sóc trăng có bn cb cđcs đc bồi dưỡng nghiệp vụ, đạt bn %', ['97,9%'])
F('T', 'soc trang to chuc bao nhieu cuoc tuyen truyen nang cao trinh do', ['1.250'])
F('V', 'cho em hỏi Sóc Trăng phối hợp với trường đại học nào mở lớp quản lý nhà nước chương trình chuyên viên chính cho cán bộ công đoàn', ['Tôn Đức Thắng'])
F('D', 'LĐLĐ tỉnh Sóc Trăng mở mấy lớp bồi dưỡng nghiệp vụ cho chủ tịch CĐCS và cho bao nhiêu người?', ['746'])
F('P', 'soc trang co bao nhieu nguoi hoc ngoai ngu bac 2', ['3.332'])
F('A', 'pct lđlđ sóc trăng viết bài nâng cao trình độ đv là ai', ['Lục Bích Phúc'])
F('T', 'ldld huyen thi xa soc trang mo bao nhieu lop tap huan nghiep vu', ['48'])
F('V', 'cho em hỏi là ở Sóc Trăng có bao nhiêu cán bộ công chức viên chức học nâng cao trình độ công nghệ thông tin', ['14.581'])
F('D', 'Theo mục tiêu của LĐLĐ Hà Nội đến hết nhiệm kỳ 2013-2018, bao nhiêu phần trăm cán bộ CĐ chuyên trách được đào tạo?', ['100%'])

# ======================================================== OFF TOPIC (first half near-domain)
O('D', 'Đoàn phí công đoàn mỗi tháng đóng bao nhiêu phần trăm lương?')
O('P', 'luong toi thieu vung 2026 o can tho la bao nhieu')
O('A', 'cty nợ lương 2 tháng thì cđcs làm j đc')
O('T', 'nghi thai san duoc may thang vay ad')
O('V', 'cho em hỏi là công ty em không đóng bảo hiểm xã hội cho công nhân thì em phải làm sao ạ')
O('D', 'Kinh phí công đoàn doanh nghiệp phải đóng 2% quỹ lương đúng không?')
O('P', 'nghi phep nam duoc bao nhieu ngay')
O('A', 'mẫu qđ khen thưởng đv xuất sắc cuối năm ở đâu ad')
O('T', 'tro cap thoi viec tinh nhu the nao ad oi')
O('V', 'dạ cho em hỏi là Tết năm nay công đoàn có hỗ trợ quà Tết cho đoàn viên khó khăn không ạ')
O('D', 'Làm thêm giờ tối đa bao nhiêu giờ một tháng?')
O('P', 'cach tinh luong huu moi nhat')
O('A', 'mẫu biên bản họp bch cđcs ở đâu')
O('T', 'dai hoi cong doan co so nhiem ky moi to chuc khi nao')
O('V', 'cho chị hỏi là chị muốn xin trợ cấp mái ấm công đoàn thì làm hồ sơ như thế nào em')
O('D', 'Thẻ đoàn viên công đoàn điện tử đăng ký như thế nào?')
O('P', 'chu tich cdcs khong chuyen trach co duoc phu cap khong')
O('A', 'lđlđ tỉnh có hỗ trợ nhà ở cho cn ko')
O('T', 'bi sa thai trai luat thi khoi kien o dau')
O('V', 'công ty em bắt làm chủ nhật mà không trả lương gấp đôi thì có đúng luật không vậy anh')
O('D', 'Hôm nay thời tiết Cần Thơ thế nào?')
O('P', 'ket qua bong da viet nam toi qua')
O('A', 'tỷ giá usd hôm nay bn')
O('T', 'gia vang hom nay bao nhieu ad')
O('V', 'cho em hỏi ngày mai ở Sài Gòn có mưa không để em đi chợ')
O('D', 'Công thức nấu lẩu mắm miền Tây như thế nào?')
O('P', 'xo so mien nam hom nay')
O('A', 'lịch chiếu phim cgv cần thơ tối nay')
O('T', 'cach dang ky xe may bien so moi')
O('V', 'ờ cho mình hỏi từ Cần Thơ lên Sài Gòn đi xe khách nào tốt vậy')
O('D', 'Viết giúp tôi một bài thơ tặng vợ nhân ngày 20/10.')
O('P', 'doi tuyen viet nam da aff cup khi nao')
O('A', 'giá xăng ron95 hôm nay')
O('T', 'cach chua dau da day tai nha')
O('V', 'anh ơi cho em hỏi mua vé máy bay đi Phú Quốc tháng sau chỗ nào rẻ')
O('D', 'Dịch giúp tôi câu này sang tiếng Anh: Chúc mừng năm mới.')
O('P', 'lich nghi tet am lich 2027')
O('A', 'mk wifi quán cafe gần đây')
O('T', 'cach lam bánh xèo mien tay')
O('V', 'cho em hỏi là đi làm căn cước công dân gắn chip ở đâu nhanh nhất ạ')
O('D', 'Mùa nước nổi năm nay ở An Giang lên cao không?')
O('P', 'tu vi tuoi ngo nam 2027')
O('A', 'app nào xem bóng đá ngoại hạng anh free')
O('T', 'dat tour du lich con dao o dau re')


ITEMS[:] = [i for i in ITEMS if i is not None]

# ---- profiles for a share of the items (never on questions whose answer would change with the asker's province)
import random
from data import ORG_BY_ID
_R = random.Random(5)
UNIONS = {
 'Cần Thơ': ['CĐCS Công ty CP Thủy sản Bình An', 'CĐCS Trường THPT Châu Văn Liêm', 'CĐCS Bệnh viện Đa khoa TP Cần Thơ', 'Công đoàn phường Ninh Kiều'],
 'An Giang': ['CĐCS Trường THPT Long Xuyên', 'CĐCS Công ty CP Xuất nhập khẩu Thủy sản An Giang', 'Công đoàn phường Rạch Giá'],
 'Đồng Tháp': ['CĐCS Công ty CP Vĩnh Hoàn', 'CĐCS Trường THCS Mỹ Tho', 'Công đoàn phường Cao Lãnh'],
 'Vĩnh Long': ['CĐCS Công ty CP Dược Cửu Long', 'CĐCS Trường ĐH Trà Vinh', 'Công đoàn phường Bến Tre'],
 'Cà Mau': ['CĐCS Công ty CP Tập đoàn Thủy sản Minh Phú', 'CĐCS Bệnh viện Đa khoa Bạc Liêu', 'Công đoàn phường An Xuyên'],
 'Tây Ninh': ['CĐCS Công ty TNHH Giày Da Mỹ Phong', 'CĐCS Trường THPT Tân An', 'Công đoàn xã Đức Hòa'],
 'Đồng Nai': ['CĐCS Công ty TNHH Changshin Việt Nam', 'CĐCS Công ty TNHH Pouchen Việt Nam', 'Công đoàn phường Đồng Xoài'],
 'Hồ Chí Minh': ['CĐCS Công ty TNHH PouYuen Việt Nam', 'CĐCS Công ty TNHH Nidec Việt Nam', 'CĐCS Trường THPT Lê Quý Đôn', 'Công đoàn phường Vũng Tàu'],
}
PNAME = {'Hồ Chí Minh': ['TP Hồ Chí Minh', 'TP.HCM', 'Hồ Chí Minh'], 'Cần Thơ': ['Cần Thơ', 'TP Cần Thơ']}
ROLES = ['Chủ tịch CĐCS', 'Chủ tịch CĐCS', 'Phó chủ tịch CĐCS', 'Ủy viên BCH', 'Kế toán CĐCS', 'Ủy viên UBKT']


def _auto(i, prov, old=None):
    p = old or _R.choice(PNAME.get(prov, [prov]))
    sp = i.get('_spec') or {}
    role = {'ct': 'Chủ tịch CĐCS', 'ubkt': 'Ủy viên UBKT', 'kt': 'Kế toán CĐCS', 'bch': 'Ủy viên BCH'}.get(sp.get('aud'), _R.choice(ROLES))
    i['profile'] = prof(role, p, _R.choice(UNIONS[prov]))


for n, i in enumerate(ITEMS):
    if i.get('profile') or n % 2:
        continue
    sp = i.get('_spec') or {}
    if i['kind'] == 'course':
        if not (sp.get('topic') or sp.get('code') or sp.get('aud')):
            continue
        if sp.get('prov'):
            _auto(i, sp['prov'], sp.get('old'))
        elif sp.get('org'):
            o = sp['org'] if isinstance(sp['org'], str) else sp['org'][0]
            _auto(i, ORG_BY_ID[o][2])
        elif i['expect'] and (sp.get('code') or sp.get('ward')):
            _auto(i, BYCODE[i['expect'][0]]['prov'])
    elif i['kind'] in ('fact', 'off_topic'):
        _auto(i, _R.choice(list(UNIONS)))


def write(path):
    with open(path, 'w', encoding='utf-8') as f:
        for n, i in enumerate(ITEMS, 1):
            o = {'id': 'c%03d' % n, 'q': i['q'], 'style': i['style'], 'kind': i['kind'], 'expect': i['expect'],
                 'expect_text': i['expect_text']}
            if i.get('profile'):
                o['profile'] = i['profile']
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    for i in ITEMS:
        print(i['style'][:4], i['kind'][:4], i['expect'], i['expect_text'], '|', i['q'][:70])
    print(len(ITEMS))
    print(Counter(i['kind'] for i in ITEMS))
    print(Counter(i['style'] for i in ITEMS))
    print(Counter((i['kind'], i['style']) for i in ITEMS))
    print('profiles', sum(1 for i in ITEMS if i.get('profile')))
    write('../questions.jsonl')
