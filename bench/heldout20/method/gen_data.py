import csv, random, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
random.seed(20)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROVS = [('Thanh Hóa','tỉnh',[]),('Nghệ An','tỉnh',[]),('Hà Tĩnh','tỉnh',[]),('Quảng Trị','tỉnh',['Quảng Bình']),
 ('Huế','thành phố',[]),('Đà Nẵng','thành phố',['Quảng Nam']),('Quảng Ngãi','tỉnh',['Kon Tum']),('Gia Lai','tỉnh',['Bình Định']),
 ('Đắk Lắk','tỉnh',['Phú Yên']),('Khánh Hòa','tỉnh',['Ninh Thuận']),('Lâm Đồng','tỉnh',['Đắk Nông','Bình Thuận']),
 ('Đồng Nai','tỉnh',['Bình Phước']),('Cần Thơ','thành phố',['Sóc Trăng','Hậu Giang']),('Tây Ninh','tỉnh',['Long An']),
 ('Hồ Chí Minh','thành phố',['Bình Dương']),('Vĩnh Long','tỉnh',['Bến Tre','Trà Vinh'])]
CITY = {"Thanh Hóa":["Hạc Thành","Sầm Sơn","Nghi Sơn","Bỉm Sơn"],"Nghệ An":["Trường Vinh","Cửa Lò","Thái Hòa"],"Hà Tĩnh":["Thành Sen","Hồng Lĩnh","Kỳ Anh"],
"Quảng Trị":["Đông Hà","Quảng Trị"],"Quảng Bình":["Đồng Hới","Ba Đồn"],"Huế":["Thuận Hóa","Hương Thủy","Phú Lộc"],"Đà Nẵng":["Hải Châu","Liên Chiểu","Sơn Trà"],
"Quảng Nam":["Tam Kỳ","Hội An","Điện Bàn"],"Quảng Ngãi":["Cẩm Thành","Bình Sơn","Đức Phổ"],"Kon Tum":["Kon Tum","Ngọc Hồi"],"Gia Lai":["Pleiku","An Khê"],
"Bình Định":["Quy Nhơn","An Nhơn"],"Đắk Lắk":["Buôn Ma Thuột","Buôn Hồ"],"Phú Yên":["Tuy Hòa","Sông Cầu"],"Khánh Hòa":["Nha Trang","Cam Ranh"],
"Ninh Thuận":["Phan Rang","Ninh Hải"],"Lâm Đồng":["Đà Lạt","Bảo Lộc"],"Đắk Nông":["Gia Nghĩa"],"Bình Thuận":["Phan Thiết","La Gi"],
"Đồng Nai":["Biên Hòa","Long Khánh","Trảng Bom"],"Bình Phước":["Đồng Xoài","Chơn Thành"],"Cần Thơ":["Ninh Kiều","Cái Răng"],"Sóc Trăng":["Phú Lợi","Vĩnh Châu"],
"Hậu Giang":["Vị Thanh","Ngã Bảy"],"Tây Ninh":["Tân Ninh","Trảng Bàng"],"Long An":["Tân An","Đức Hòa","Bến Lức"],"Hồ Chí Minh":["Sài Gòn","Thủ Đức"],
"Bình Dương":["Thủ Dầu Một","Dĩ An"],"Vĩnh Long":["Long Châu","Phước Hậu"],"Bến Tre":["Bến Tre","An Hội"],"Trà Vinh":["Trà Vinh","Nguyệt Hóa"]}
HALLS = ["Hội trường Khách sạn Mường Thanh","Hội trường Nhà văn hóa Lao động","Trung tâm Hội nghị","Hội trường Trường Chính trị","Khách sạn Sài Gòn",
 "Hội trường UBND phường","Nhà văn hóa công nhân","Phòng họp Ban Quản lý","Hội trường Khách sạn Hoàng Gia","Trung tâm Văn hóa - Điện ảnh","Hội trường Bảo tàng","Khách sạn Sông Hàn"]
ZONES = {"Thanh Hóa":"Công đoàn KKT Nghi Sơn và các KCN tỉnh Thanh Hóa","Nghệ An":"CĐ KKT Đông Nam Nghệ An","Hà Tĩnh":"Công đoàn KKT Vũng Áng",
 "Quảng Ngãi":"Công đoàn KKT Dung Quất và các KCN Quảng Ngãi","Đà Nẵng":"CĐ KKT mở Chu Lai","Gia Lai":"Công đoàn KKT Nhơn Hội","Đồng Nai":"Công đoàn các KCN Đồng Nai",
 "Tây Ninh":"Công đoàn các KCN tỉnh Tây Ninh","Khánh Hòa":"CĐ KKT Vân Phong","Cần Thơ":"Công đoàn các KCX và CN Cần Thơ","Quảng Trị":"CĐ KKT Hòn La",
 "Huế":"Công đoàn KKT Chân Mây - Lăng Cô","Hồ Chí Minh":"Công đoàn các KCN Bình Dương","Đắk Lắk":"CĐ KCN Hòa Phú","Lâm Đồng":"CĐ KCN Lộc Sơn","Vĩnh Long":"CĐ KCN Giao Long"}
ZONE_AREA = {"Hà Tĩnh":None,"Quảng Trị":"Quảng Bình","Đà Nẵng":"Quảng Nam","Gia Lai":"Bình Định","Hồ Chí Minh":"Bình Dương","Vĩnh Long":"Bến Tre"}
COMP = ["Công ty TNHH May {c}","Công ty CP Giày da {c}","Công ty TNHH Chế biến gỗ {c}","Cty CP Thủy sản {c}","Công ty TNHH Điện tử {c}","Công ty CP Cà phê {c}","Công ty CP Đường {c}"]
SCHOOL = ["Trường THPT chuyên {c}","Bệnh viện Đa khoa {c}","Trường Cao đẳng Y tế {c}","Trường Tiểu học {c}","Trung tâm Y tế {c}"]
SECTOR = ["Công đoàn ngành Giáo dục tỉnh {p}","CĐ ngành Y tế {p}","Công đoàn Viên chức tỉnh {p}","CĐ ngành Công Thương {p}"]
CENTRAL = [("Trường Đại học Công đoàn",None),("Ban Tổ chức Tổng LĐLĐ Việt Nam",None),("Công đoàn Giáo dục Việt Nam",None),("Công đoàn Y tế Việt Nam",None),("Tổng Liên đoàn Lao động Việt Nam",None)]
TITLES = {
 'NV':[("Bồi dưỡng nghiệp vụ công tác công đoàn cho cán bộ CĐCS","Nghiệp vụ CĐ"),("Tập huấn nghiệp vụ công đoàn cho Chủ tịch CĐCS mới bầu","Nghiệp vụ công tác công đoàn"),("Tập huấn kỹ năng hoạt động công đoàn cơ sở","Nghiệp vụ công tác công đoàn")],
 'TL':[("Tập huấn kỹ năng thương lượng tập thể","Thương lượng tập thể"),("Bồi dưỡng kỹ năng đối thoại tại nơi làm việc","Đối thoại, thương lượng tập thể"),("Tập huấn thương lượng tập thể ngành","Đối thoại, thương lượng tập thể")],
 'AT':[("Huấn luyện an toàn, vệ sinh lao động","ATVSLĐ"),("Tập huấn nghiệp vụ cho an toàn vệ sinh viên","An toàn, vệ sinh lao động"),("Huấn luyện ATVSLĐ nhóm 4","An toàn vệ sinh lao động")],
 'PL':[("Tập huấn Bộ luật Lao động và tư vấn pháp luật","Pháp luật lao động"),("Bồi dưỡng kỹ năng tư vấn pháp luật cho cán bộ công đoàn","Pháp luật lao động, tư vấn pháp luật")],
 'TC':[("Tập huấn kỹ năng giải quyết tranh chấp lao động","Giải quyết tranh chấp lao động"),("Bồi dưỡng kỹ năng tham gia giải quyết tranh chấp, đình công","Giải quyết tranh chấp lao động")],
 'NC':[("Tập huấn công tác nữ công","Nữ công"),("Bồi dưỡng nghiệp vụ nữ công và bình đẳng giới","Công tác nữ công, bình đẳng giới")],
 'TCH':[("Tập huấn nghiệp vụ tài chính công đoàn","Tài chính CĐ"),("Bồi dưỡng kế toán, thủ quỹ công đoàn cơ sở","Tài chính công đoàn")],
 'KT':[("Tập huấn nghiệp vụ kiểm tra công đoàn","Kiểm tra CĐ"),("Bồi dưỡng nghiệp vụ cho Ủy ban kiểm tra CĐCS","Công tác kiểm tra công đoàn")],
 'TG':[("Tập huấn kỹ năng tuyên truyền trên mạng xã hội","Tuyên giáo"),("Bồi dưỡng nghiệp vụ tuyên giáo công đoàn","Tuyên truyền, tuyên giáo")],
 'PT':[("Tập huấn kỹ năng phát triển đoàn viên","Phát triển đoàn viên"),("Bồi dưỡng kỹ năng vận động thành lập CĐCS khu vực ngoài nhà nước","Phát triển đoàn viên, thành lập CĐCS")],
 'CDS':[("Tập huấn chuyển đổi số trong hoạt động công đoàn","Chuyển đổi số"),("Bồi dưỡng sử dụng phần mềm quản lý đoàn viên","Tin học, chuyển đổi số")],
 'GV':[("Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức","Kỹ năng giảng dạy cho giảng viên")],
 'VT':[("Tập huấn công tác văn thư, lưu trữ","Văn thư, lưu trữ")],
 'QL':[("Bồi dưỡng lý luận chính trị cho cán bộ công đoàn","Quản lý nhà nước, lý luận chính trị")],
}
AUD = {'NV':["Chủ tịch, Phó Chủ tịch CĐCS","Chủ tịch CĐCS","Ủy viên BCH công đoàn cơ sở","Cán bộ công đoàn không chuyên trách"],
 'TL':["Chủ tịch CĐCS","Chủ tịch, PCT CĐCS","Cán bộ công đoàn cấp trên cơ sở"],'AT':["An toàn vệ sinh viên","Đoàn viên, người lao động","Chủ tịch CĐCS; An toàn vệ sinh viên"],
 'PL':["Cán bộ công đoàn cơ sở","Cán bộ công đoàn cấp trên cơ sở"],'TC':["Cán bộ công đoàn cấp trên cơ sở","Chủ tịch CĐCS"],'NC':["Trưởng, phó ban nữ công CĐCS","Ủy viên BCH công đoàn cơ sở"],
 'TCH':["Kế toán, thủ quỹ CĐCS","Chủ tịch CĐCS và kế toán công đoàn"],'KT':["Ủy viên ủy ban kiểm tra","UBKT CĐCS"],'TG':["Ủy viên BCH công đoàn cơ sở","Tổ trưởng công đoàn"],
 'PT':["Cán bộ công đoàn cấp trên cơ sở","Cán bộ công đoàn chuyên trách"],'CDS':["Cán bộ công đoàn chuyên trách","Chủ tịch CĐCS"],'GV':["Giảng viên kiêm chức"],
 'VT':["Cán bộ công đoàn chuyên trách"],'QL':["Cán bộ công đoàn chuyên trách"]}
NOW = dt.date(2026,11,23)
WD = ['Thứ Hai','Thứ Ba','Thứ Tư','Thứ Năm','Thứ Sáu','Thứ Bảy','CN']
used_days = {}
def rand_date():
    while True:
        d = dt.date(2026,9,1) + dt.timedelta(days=random.randint(0,485))
        if dt.date(2026,11,16) <= d <= dt.date(2026,11,24):
            continue
        return d
def lldl(p, kind, style):
    pre = kind if kind=='tỉnh' else random.choice(['thành phố','TP'])
    return [f"LĐLĐ {pre} {p}", f"Liên đoàn Lao động {kind} {p}", f"LĐLĐ {pre} {p}"][style%3]
rows = []  # dicts
codes = set()
def code_for(pabbr, y, t):
    i = 1
    while f"{pabbr}-{y}-{t}-{i:02d}" in codes: i += 1
    c = f"{pabbr}-{y}-{t}-{i:02d}"; codes.add(c); return c
def mkclass(prov, area, org, tkey, pabbr, force=None, title=None, batch=None, mode=None, d=None, central=False):
    t, tcell = random.choice(TITLES[tkey]) if title is None else title
    if batch: t = f"{t} (đợt {batch})" if random.random()<.5 else f"{t} - Đợt {batch}"
    if d is None: d = rand_date()
    r = random.random()
    period = None
    if force == 'period' or (force is None and r < .12 and d > NOW):
        period = random.choice(['m','m','q','mm'])
    nd = random.choice([1,1,2,2,2,3,3,5])
    city = random.choice(CITY[area])
    hall = random.choice(HALLS)
    note = f" ({area} cũ)" if area != prov else ""
    if mode is None:
        mode = random.choices(['off','on','hyb'],[6,2,2])[0]
    if mode == 'on':
        venue = random.choice([f"Trực tuyến qua Zoom, điểm cầu chính {hall} {city}{note}", f"Trực tuyến (Google Meet), điểm cầu {hall} {city}{note}"])
    else:
        venue = f"{hall} {city}{note}"
    mcell = {'off':random.choice(['Tập trung','Tập trung (trực tiếp)','']), 'on':random.choice(['Trực tuyến','trực tuyến']),
             'hyb':random.choice(['Kết hợp','Kết hợp (trực tiếp và trực tuyến)','Trực tiếp + trực tuyến'])}[mode]
    end = ''; ndays = ''; dl = ''
    if period:
        y = d.year
        if period == 'm': sc = random.choice([f"Tháng {d.month}/{y}", f"T{d.month}/{y}", f"tháng {d.month} năm {y}", f"cuối tháng {d.month}/{y}"])
        elif period == 'q':
            q = (d.month-1)//3+1; sc = random.choice([f"Quý {['I','II','III','IV'][q-1]}/{y}", f"Q{q}/{y}", f"Quý {q}/{y}"])
        else:
            m2 = min(d.month+1, 12); sc = f"Tháng {d.month}-{m2}/{y}" if m2 != d.month else f"Tháng {d.month}/{y}"
        status = random.choice(['','Dự kiến','Dự kiến'])
        if random.random()<.5: ndays = f"{nd:02d} ngày" if random.random()<.5 else str(nd)
    else:
        e = d + dt.timedelta(days=nd-1)
        form = random.random()
        if nd > 1 and e.month == d.month and form < .35:
            sc = random.choice([f"{d.day}-{e.day}/{d.month}/{d.year}", f"{d.day:02d}/{d.month} - {e.day:02d}/{e.month}/{e.year}", f"Từ {d.day:02d}/{d.month} đến {e.day:02d}/{e.month}/{e.year}"])
            if nd == 2 and random.random()<.4: sc = f"{d.day} và {e.day}/{d.month}/{d.year}"
        else:
            sc = random.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year} 08:00",
                                f"8h00 ngày {d.day}/{d.month}/{d.year}", d.isoformat(), f"{WD[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year}",
                                f"Sáng {d.day}/{d.month}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year} 7h30".replace(' 7h30',' 7:30'),
                                str((d-dt.date(1899,12,30)).days)])
            if nd > 1 and random.random()<.6: end = f"{e.day:02d}/{e.month:02d}/{e.year}" + random.choice(['',' 16:30',' 17:00'])
        if random.random()<.65: ndays = random.choice([f"{nd}", f"{nd} ngày", f"{nd:02d} ngày"])
        if d < NOW:
            status = random.choice(['Đã kết thúc','Đã kết thúc','Đã kết thúc',''])
        else:
            status = random.choices(['Mở đăng ký','','mở đăng ký','Dự kiến','Đã hủy','Đã huỷ'],[8,4,2,1,1,1])[0]
        if random.random()<.7:
            dd = d - dt.timedelta(days=random.choice([3,5,7,10,14]))
            dl = f"{dd.day:02d}/{dd.month:02d}/{dd.year}"
    aud = random.choice(AUD[tkey])
    seats = random.choice(['60','50 người','khoảng 40 học viên','50-60','100 (2 lớp)','80','120','45','35/lớp','70'])
    notes = ['', '', 'Mang theo CCCD.', 'Học viên tự túc phương tiện.', 'Đăng ký qua CĐ cấp trên trực tiếp.', 'Có cấp giấy chứng nhận.', 'Kinh phí do LĐLĐ chi trả.']
    ncell = random.choice(notes)
    if status.startswith('Đã h'):
        ncell = random.choice(['Hủy do trùng lịch đại hội.', 'Tạm dừng, chuyển sang năm sau.', 'Không đủ số lượng học viên.'])
    code = code_for(pabbr, d.year, tkey)
    row = dict(code=code, title=t, topic=random.choice([tcell, TITLES[tkey][0][1]]) if not central else tcell, aud=aud, org=org, coorg=random.choice(['','','Sở Nội vụ','Trường Đại học Công đoàn','Sở Y tế','Ban Quản lý KKT']),
               prov=prov, venue=venue, mode=mcell, start=sc, end=end, dl=dl, ndays=ndays, seats=seats, status=status, note=ncell, sect=org, d=d)
    rows.append(row); return row
PABBR = {}
for i,(p,kind,former) in enumerate(PROVS):
    ab = ''.join(w[0] for w in __import__('unicodedata').normalize('NFD',p).replace('Đ','D').split() if w[0].isalpha()).upper()
    ab = ''.join(ch for ch in __import__('unicodedata').normalize('NFD', ab) if ch.isascii())
    while ab in PABBR.values(): ab += 'X'
    PABBR[p] = ab
    areas = [p] + former
    L = lldl(p, kind, i)
    tkeys = list(TITLES)
    random.shuffle(tkeys)
    for j in range(10):
        tk = tkeys[j % len(tkeys)]
        mkclass(p, random.choice(areas) if j%3 else p, L, tk, ab)
    # batch pair
    tk = random.choice(['NV','AT','TL','NC'])
    tt = TITLES[tk][0]
    d1 = rand_date(); d2 = d1 + dt.timedelta(days=random.randint(30,120))
    if d2 > dt.date(2027,12,20): d1, d2 = d1 - dt.timedelta(days=120), d1
    a = random.choice(areas)
    mkclass(p, a, L, tk, ab, title=tt, batch=1, d=d1, force='date')
    mkclass(p, a, L, tk, ab, title=tt, batch=2, d=d2, force='date')
    # subordinate units
    subs = []
    for fa in areas:
        c = random.choice(CITY[fa]); subs.append((f"Công đoàn {random.choice(['phường','xã'])} {c}", fa))
    subs.append((random.choice(SECTOR).format(p=p), p))
    if p in ZONES: subs.append((ZONES[p], ZONE_AREA.get(p) or p))
    fa = random.choice(areas); subs.append(("CĐCS " + random.choice(COMP).format(c=random.choice(CITY[fa])), fa))
    fa = random.choice(areas); subs.append(("CĐCS " + random.choice(SCHOOL).format(c=random.choice(CITY[fa])), fa))
    if p == 'Quảng Ngãi': subs.append(("Công đoàn đặc khu Lý Sơn", p))
    for org, fa in subs:
        for _ in range(2):
            mkclass(p, fa, org, random.choice(['AT','NV','TL','NC','TCH','PL','CDS','TG']), ab)
# central
CP = ['Đà Nẵng','Huế','Nghệ An','Hồ Chí Minh','Cần Thơ','Gia Lai','Khánh Hòa']
for i in range(22):
    org = CENTRAL[i % len(CENTRAL)][0]
    p = random.choice(CP)
    mkclass(p, p, org, random.choice(['NV','TL','PL','GV','CDS','TC','QL']), 'TW', central=True)
# postponements: move a few upcoming dated classes
for r in random.sample([r for r in rows if r['d'] > NOW and '/' in r['start'] and not r['start'].startswith(('T','Q','t','c')) and r['status'] in ('Mở đăng ký','')], 14):
    old = r['d']; r['note'] = f"Lùi lịch từ ngày {old.day:02d}/{old.month:02d}/{old.year} (trước đây), nay tổ chức theo lịch mới." if False else r['note']
    new = old + dt.timedelta(days=random.choice([14,21,28,35]))
    if new > dt.date(2027,12,28): continue
    r['note'] = f"Dời lịch, trước đây dự kiến {old.day:02d}/{old.month:02d}/{old.year}."
    r['start'] = f"{new.day:02d}/{new.month:02d}/{new.year}"; r['end'] = ''; r['d'] = new
    if r['dl']:
        dd = new - dt.timedelta(days=5); r['dl'] = f"{dd.day:02d}/{dd.month:02d}/{dd.year}"
    r['title'] = r['title'] + ' (lùi thời gian)' if random.random()<.3 else r['title']
# write courses.csv grouped by province section
HEAD = ['STT','Mã lớp','Tên lớp','Chủ đề','Đối tượng','Đơn vị tổ chức','Đơn vị phối hợp','Tỉnh/Thành phố','Địa điểm','Hình thức','Ngày bắt đầu','Ngày kết thúc','Hạn đăng ký','Số ngày','Số chỗ','Trạng thái','Ghi chú']
buf = io.StringIO(); w = csv.writer(buf, delimiter=';', lineterminator='\r\n')
W = len(HEAD)
def pad(x): return x + ['']*(W-len(x))
w.writerow(pad(['TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM'])); w.writerow(pad(['BAN TỔ CHỨC']))
w.writerow(pad(['KẾ HOẠCH ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN KHU VỰC MIỀN TRUNG, TÂY NGUYÊN VÀ NAM BỘ']))
w.writerow(pad(['(Tổng hợp từ kế hoạch của các LĐLĐ tỉnh, thành phố, công đoàn ngành; cập nhật ngày 20/11/2026)'])); w.writerow(pad([]))
w.writerow(HEAD)
ROM = ['I','II','III','IV','V','VI','VII','VIII','IX','X','XI','XII','XIII','XIV','XV','XVI','XVII','XVIII']
sect_i = 0
groups = [(p, [r for r in rows if r['prov']==p and not r['code'].startswith('TW')]) for p,_,_ in PROVS]
groups.append(('CÁC LỚP DO TỔNG LIÊN ĐOÀN, CÔNG ĐOÀN NGÀNH TRUNG ƯƠNG, TRƯỜNG ĐH CÔNG ĐOÀN TỔ CHỨC', [r for r in rows if r['code'].startswith('TW')]))
for name, rs in groups:
    w.writerow(pad([ROM[sect_i], '', name.upper() if sect_i >= 16 else f"{'TP' if name in ('Huế','Đà Nẵng','Cần Thơ','Hồ Chí Minh') else 'TỈNH'} {name.upper()}"])); sect_i += 1
    rs.sort(key=lambda r: r['d'])
    for k, r in enumerate(rs, 1):
        w.writerow([str(k), r['code'], r['title'], r['topic'], r['aud'], r['org'], r['coorg'], r['prov'], r['venue'], r['mode'], r['start'], r['end'], r['dl'], r['ndays'], r['seats'], r['status'], r['note']])
    w.writerow(pad(['', '', 'Cộng', f"{len(rs)} lớp"]))
w.writerow(pad([])); w.writerow(pad(['Nơi nhận:','','','','','','','','','','','TM. BAN THƯỜNG VỤ']))
w.writerow(pad(['Các LĐLĐ tỉnh, TP;','','','','','','','','','','','KT. CHỦ TỊCH'])); w.writerow(pad(['Lưu: VT, ToC.','','','','','','','','','','','(đã ký)']))
open(os.path.join(OUT,'courses.csv'),'w',encoding='utf-8-sig',newline='').write(buf.getvalue())
print('classes', len(rows))
# targets
T = []
def addt(code, unit, year, content, aud, val, meas, done, asof, note=''):
    T.append([code, unit, year, content, aud, val, meas, done, asof, note])
def vn(n):
    return f"{n:,}".replace(',', '.')
tc = 0
for i,(p,kind,former) in enumerate(PROVS):
    ab = PABBR[p]; L = lldl(p, kind, i+1)
    for y in (2025, 2026):
        v = random.randint(8, 40)*50; dn = int(v*random.uniform(.6,1.15)) if y==2025 else int(v*random.uniform(.4,.95))
        addt(f"CT-{ab}-{y}-CBCD", L, str(y), "Bồi dưỡng, tập huấn cán bộ công đoàn cơ sở", random.choice(['Chủ tịch CĐCS','','Cán bộ công đoàn không chuyên trách']), vn(v), 'học viên', vn(dn), '31/12/2025' if y==2025 else '31/10/2026', 'Vượt kế hoạch' if dn>v else '')
    if i % 2 == 0:
        v = random.randint(10,40)
        addt(f"CT-{ab}-2027-LOP", L, '2027', "Số lớp tập huấn nghiệp vụ do LĐLĐ tổ chức", '', str(v), 'lớp', '', '', 'Chỉ tiêu giao đầu năm')
    if i % 3 == 0:
        v = random.randint(60,95)
        addt(f"CT-{ab}-2026-ATVSLD", L, '2026', "Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên", '', str(v*10), 'người', str(int(v*10*random.uniform(.5,.9))), '15/11/2026')
for p, z in ZONES.items():
    if random.random() < .6:
        v = random.randint(5,30)*20
        addt(f"CT-KKT-{PABBR[p]}-2026", z, '2026', "Tập huấn pháp luật lao động cho đoàn viên, người lao động", 'Đoàn viên, người lao động', vn(v), 'lượt người', vn(int(v*random.uniform(.3,1.1))), '31/10/2026')
for j,(p,_,_) in enumerate(PROVS[:8]):
    u = ["Công đoàn ngành Giáo dục tỉnh {p}","CĐ ngành Y tế {p}"][j%2].format(p=p)
    v = random.randint(3,20)*10
    addt(f"CT-NG-{PABBR[p]}-2026", u, '2026', "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS trực thuộc", 'Chủ tịch CĐCS', str(v), 'người', str(int(v*random.uniform(.4,1))), '30/09/2026')
addt("CT-CTY-HOATHO-2026", "CĐCS Công ty CP Dệt may Hòa Thọ Quảng Nam", '2026', "Đoàn viên được tập huấn ATVSLĐ", '', '85%', '%', '72,5%', '31/10/2026')
addt("CT-CTY-PHUTAI-2026", "CĐCS Công ty CP Gỗ Phú Tài An Nhơn", '2026', "Tổ trưởng công đoàn được bồi dưỡng nghiệp vụ", '', '40', 'người', '28', '31/10/2026', 'Đối tượng: Tổ trưởng công đoàn')
addt("CT-CTY-DUONGQN-2027", "CĐCS Công ty CP Đường Quảng Ngãi", '2027', "Cán bộ CĐCS dự lớp chuyển đổi số", '', '30', 'người', '', '')
addt("CT-PH-HOIAN-2026", "Công đoàn phường Hội An", '2026', "Chủ tịch CĐCS trực thuộc được tập huấn", 'Chủ tịch CĐCS', '25', 'người', '19', '31/10/2026')
addt("CT-XA-LYSON-2026", "Công đoàn đặc khu Lý Sơn", '2026', "Cán bộ công đoàn được bồi dưỡng nghiệp vụ", '', '45', 'người', '45', '30/09/2026', 'Hoàn thành')
addt("CT-PH-QUYNHON-2027", "Công đoàn phường Quy Nhơn", '2027', "Lớp tập huấn cho cán bộ CĐCS", '', '4', 'lớp', '', '')
addt("CT-CDGD-VN-2026", "Công đoàn Giáo dục Việt Nam", '2026', "Bồi dưỡng giảng viên kiêm chức ngành giáo dục", 'Giảng viên kiêm chức', '300', 'người', '214', '31/10/2026')
with open(os.path.join(OUT,'targets.csv'),'w',encoding='utf-8-sig',newline='') as f:
    w = csv.writer(f); w.writerow(['Mã chỉ tiêu','Đơn vị','Năm','Nội dung','Đối tượng','Chỉ tiêu','Đơn vị tính','Đã đạt','Tính đến ngày','Ghi chú']); w.writerows(T)
print('targets', len(T))
import json
json.dump({'pabbr': PABBR, 'zones': ZONES}, open(os.path.join(OUT,'method','meta.json'),'w'), ensure_ascii=False)
