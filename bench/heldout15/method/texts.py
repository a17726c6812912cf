# -*- coding: utf-8 -*-
"""Hand-written fact and off-topic questions, and the four writing styles."""
import re, unicodedata

# t = short strings copied exactly from the seed; dlg = usable inside a dialogue
FACTS = [
    # 000 Hà Nội 2016
    dict(q='Năm 2016 các cấp công đoàn Thủ đô mở được bao nhiêu lớp so với kế hoạch?', t=['33/33'], dlg=True),
    dict(q='Hà Nội năm 2016 có bao nhiêu lượt học viên dự lớp bồi dưỡng cán bộ công đoàn, có vượt kế hoạch không?', t=['3831', '107%'], dlg=True),
    dict(q='Trường trung cấp công đoàn Hà Nội năm 2016 huấn luyện an toàn vệ sinh lao động được mấy lớp, bao nhiêu học viên?', t=['42 lớp', '3.060']),
    dict(q='Ai là trưởng ban tổ chức LĐLĐ Hà Nội đọc báo cáo kết quả đào tạo cán bộ năm 2016?', t=['Lê Xuân Trường']),
    dict(q='Ngoài ngân sách thành phố thì năm 2016 Hà Nội còn tập huấn được tổng cộng bao nhiêu lượt cán bộ công đoàn nữa?', t=['38.386']),
    dict(q='Lớp tuyên truyền vận động phát triển đoàn viên mà LĐLĐ Hà Nội phối hợp với Trung tâm hội nghị của Tổng Liên đoàn mở có bao nhiêu người học, học mấy ngày?', t=['23 cán bộ', '3 ngày']),
    dict(q='Phó chủ tịch LĐLĐ Hà Nội phát biểu chỉ đạo ở hội nghị tổng kết đào tạo cán bộ năm 2016 là ai vậy?', t=['Phạm Bá Vĩnh'], dlg=True),
    dict(q='Tại hội nghị đó Hà Nội triển khai kế hoạch đào tạo cán bộ công đoàn cho giai đoạn nào?', t=['2016-2018']),
    dict(q='Đến hết nhiệm kỳ Đại hội XV, Công đoàn Hà Nội đặt mục tiêu bao nhiêu phần trăm cán bộ chuyên trách được bồi dưỡng? Nhiệm kỳ đó là những năm nào?', t=['100%', '2013-2018']),
    dict(q='Huấn luyện ATVSLĐ của trường trung cấp công đoàn Hà Nội năm 2016 đạt bao nhiêu phần trăm kế hoạch?', t=['102%']),
    dict(q='33 lớp tập huấn của Hà Nội năm 2016 dùng kinh phí của ai?', t=['UBND Thành phố']),
    dict(q='Trường trung cấp công đoàn Hà Nội liên kết đào tạo với những trường nào?', t=['Văn Lang', 'Thăng Long']),
    # 001 Lạng Sơn
    dict(q='Toàn tỉnh Lạng Sơn có bao nhiêu cán bộ công đoàn, trong đó mấy người chuyên trách?', t=['8.343', '74'], dlg=True),
    dict(q='Lạng Sơn có bao nhiêu cán bộ công đoàn kiêm nhiệm (không chuyên trách)?', t=['8.269'], dlg=True),
    dict(q='Chương trình nâng cao chất lượng và hiệu quả hoạt động của CBCĐ của LĐLĐ Lạng Sơn là văn bản số mấy, ngày nào?', t=['104/CTr-LĐLĐ', '29/11/2013']),
    dict(q='Huyện Chi Lăng có bao nhiêu cán bộ công đoàn, bao nhiêu người không chuyên trách?', t=['366', '363'], dlg=True),
    dict(q='Từ 2013 đến khi đăng bài, công đoàn Lạng Sơn mở được bao nhiêu lớp tập huấn cho bao nhiêu lượt cán bộ?', t=['85 lớp', '8.069']),
    dict(q='Tổng kinh phí tập huấn cán bộ công đoàn ở Lạng Sơn từ năm 2013 là khoảng bao nhiêu?', t=['2,1 tỷ']),
    dict(q='Chủ tịch công đoàn HTX Đồng Tâm ở huyện Cao Lộc tên là gì?', t=['Nguyễn Văn Kiên'], dlg=True),
    dict(q='Số đoàn viên của CĐCS HTX Đồng Tâm tăng lên bao nhiêu vào năm 2018?', t=['38']),
    dict(q='Ở Lạng Sơn bao nhiêu phần trăm cán bộ không chuyên trách đã được bồi dưỡng lý luận, nghiệp vụ?', t=['70%']),
    dict(q='Cuối năm 2017 Lạng Sơn có bao nhiêu công đoàn cơ sở vững mạnh, chiếm bao nhiêu phần trăm?', t=['1.238', '85,4%']),
    dict(q='Nhiệm kỳ 2018-2023 Lạng Sơn có khoảng bao nhiêu cán bộ lần đầu tham gia ban chấp hành công đoàn?', t=['3.500']),
    dict(q='Chủ tịch LĐLĐ huyện Chi Lăng là ai?', t=['Hoàng Văn Dũng']),
    dict(q='LĐLĐ Lạng Sơn đã cử bao nhiêu cán bộ đi học các lớp ngắn hạn của Tổng Liên đoàn?', t=['25']),
    # 002 Mê Linh 2020
    dict(q='Năm 2020 LĐLĐ huyện Mê Linh mở mấy lớp tập huấn, cho khoảng bao nhiêu lượt người?', t=['2 lớp', '400'], dlg=True),
    dict(q='Mê Linh phối hợp với đơn vị nào để mở lớp tập huấn cho đoàn viên năm 2020?', t=['Trung tâm Bồi dưỡng chính trị huyện']),
    dict(q='Chủ đề năm mà LĐLĐ Mê Linh thực hiện năm 2020 là gì?', t=['Nâng cao chất lượng hoạt động của Công đoàn cơ sở']),
    dict(q='Chủ đề năm của Mê Linh gồm mấy nhóm vấn đề?', t=['7 nhóm']),
    dict(q='Hai lớp của Mê Linh năm 2020 có dạy về an toàn vệ sinh lao động không?', t=['an toàn, vệ sinh lao động']),
    dict(q='LĐLĐ Mê Linh mở lớp theo những hình thức nào: tập trung, tại chức hay từ xa?', t=['tại chức', 'học từ xa']),
    dict(q='Bài về công tác bồi dưỡng cán bộ công đoàn ở Mê Linh là của tác giả nào?', t=['Lương Hằng']),
    # 003 Lạng Sơn giảng viên kiêm chức 2014
    dict(q='Nghị quyết của Tổng Liên đoàn về nâng cao chất lượng đào tạo cán bộ công đoàn giai đoạn 2010-2020 là số mấy, ngày nào?', t=['4a/NQ-TLĐ', '04/3/2010'], dlg=True),
    dict(q='Chương trình 1644 của Tổng Liên đoàn về nâng cao chất lượng đội ngũ cán bộ công đoàn ban hành ngày nào?', t=['1644/CTr-TLĐ', '04/11/2013']),
    dict(q='Lớp giảng viên kiêm chức của LĐLĐ Lạng Sơn có bao nhiêu người học?', t=['25'], dlg=True),
    dict(q='Ai khai mạc lớp tập huấn giảng viên kiêm chức ở Lạng Sơn?', t=['Trần Thị Kim Anh']),
    dict(q='Lớp giảng viên kiêm chức Lạng Sơn mở để thực hiện nghị quyết đại hội công đoàn tỉnh khóa mấy?', t=['khóa XV']),
    dict(q='Giảng viên kiêm chức ở Lạng Sơn được học những kỹ năng gì?', t=['chuẩn bị bài giảng', 'phương pháp tích cực']),
    dict(q='Học viên lớp giảng viên kiêm chức Lạng Sơn năm 2014 là những ai?', t=['Chủ tịch hoặc Phó Chủ tịch LĐLĐ huyện']),
    # 004 Sóc Trăng
    dict(q='Văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ, kỹ năng nghề nghiệp cho đoàn viên và người lao động?', t=['1464/CTr-TLĐ', '8/10/2013'], dlg=True),
    dict(q='LĐLĐ Sóc Trăng triển khai chương trình nâng cao trình độ kỹ năng nghề bằng kế hoạch số mấy?', t=['53/KH-LĐLĐ', '10/12/2013']),
    dict(q='Sóc Trăng đã tổ chức bao nhiêu cuộc tuyên truyền về nâng cao trình độ, kỹ năng nghề, bao nhiêu lượt người dự?', t=['1.250', '41.640']),
    dict(q='Giai đoạn 2013-2015 ở Sóc Trăng có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn?', t=['23.339'], dlg=True),
    dict(q='Sóc Trăng có bao nhiêu người học đại học và bao nhiêu người học cao đẳng, trung cấp trong 2013-2015?', t=['12.066', '10.773']),
    dict(q='Sau 2 năm, tỷ lệ đoàn viên, người lao động Sóc Trăng được học nâng cao trình độ là bao nhiêu?', t=['61,23%'], dlg=True),
    dict(q='LĐLĐ Sóc Trăng phối hợp với trường đại học nào mở lớp quản lý nhà nước chương trình chuyên viên chính, cho bao nhiêu người?', t=['Tôn Đức Thắng', '41']),
    dict(q='Sóc Trăng mở bao nhiêu lớp bồi dưỡng nghiệp vụ cho chủ tịch công đoàn cơ sở, có bao nhiêu người học?', t=['746']),
    dict(q='Bao nhiêu cán bộ công đoàn cơ sở ở Sóc Trăng đã được bồi dưỡng nghiệp vụ, đạt bao nhiêu phần trăm?', t=['8.891/9.074', '97,9%'], dlg=True),
    dict(q='Ở Sóc Trăng bao nhiêu cán bộ, công chức, viên chức học nâng cao trình độ công nghệ thông tin?', t=['14.581']),
    dict(q='Ai là tác giả bài viết về nâng cao trình độ đoàn viên ở Sóc Trăng?', t=['Lục Bích Phúc']),
    dict(q='Sóc Trăng có bao nhiêu đoàn viên, người lao động được học lý luận chính trị sơ cấp, trung cấp, cao cấp?', t=['1.500']),
    dict(q='Kế hoạch xây dựng xã hội học tập của UBND tỉnh Sóc Trăng là kế hoạch số mấy?', t=['73/KH-UBND']),
]

OFFTOPIC = [dict(q=q) for q in [
    # clearly unrelated (first 20)
    'Thời tiết Đà Nẵng ngày mai thế nào?',
    'Tỷ số trận Việt Nam - Thái Lan tối qua là mấy?',
    'Giá vàng SJC hôm nay bao nhiêu một lượng?',
    'Chỉ mình cách nấu bún bò Huế cho ngon',
    'Kết quả xổ số miền Nam hôm nay',
    'iPhone 17 Pro Max giá bao nhiêu?',
    'Từ Pleiku về Quy Nhơn đi xe khách nào nhanh nhất?',
    'Dịch giúp mình câu "see you tomorrow" sang tiếng Việt',
    'Viết giúp mình một bài thơ về mùa thu',
    'Ở Nha Trang quán hải sản nào ngon mà rẻ?',
    'Đau dạ dày nên ăn gì?',
    'Giá xăng RON 95 tuần này bao nhiêu?',
    'Lịch chiếu phim cuối tuần ở Biên Hòa',
    'Cà phê Buôn Ma Thuột bao nhiêu tiền một ký?',
    'Có mẹo nào học tiếng Anh nhanh không?',
    'Tết Nguyên đán 2027 rơi vào ngày nào dương lịch?',
    'Đặt giúp mình vé máy bay đi Phú Quốc cuối tuần',
    'Công thức tính diện tích hình tròn là gì?',
    'Con mèo nhà mình bỏ ăn hai hôm nay phải làm sao?',
    'Sáng nay cầu Sài Gòn có kẹt xe không?',
    # near-domain, answered by no record or seed (last 20)
    'Đoàn phí công đoàn tháng này của mình phải đóng bao nhiêu tiền?',
    'Lương tối thiểu vùng năm 2026 ở Bình Dương là bao nhiêu?',
    'Rút bảo hiểm xã hội một lần cần những giấy tờ gì?',
    'Số điện thoại của LĐLĐ tỉnh Gia Lai là số mấy?',
    'Lao động nữ sinh con được nghỉ thai sản mấy tháng?',
    'Năm nay công đoàn hỗ trợ Tết cho đoàn viên khó khăn bao nhiêu tiền một suất?',
    'Kết quả đào tạo cán bộ công đoàn của Lạng Sơn năm 2022 ra sao?',
    'Chỉ tiêu đào tạo năm 2024 của LĐLĐ Tây Ninh là bao nhiêu?',
    'Cho mình xin email Ban Tổ chức LĐLĐ TP HCM',
    'Phụ cấp chủ tịch CĐCS kiêm nhiệm một tháng được bao nhiêu tiền?',
    'Công ty nợ lương hai tháng thì mình khởi kiện ở đâu?',
    'Kinh phí công đoàn 2% tính trên quỹ lương nào?',
    'Chủ tịch LĐLĐ tỉnh Đồng Nai hiện nay là ai?',
    'Khi nào có kết quả khen thưởng công đoàn cơ sở vững mạnh năm nay?',
    'Mình làm mất thẻ đoàn viên giấy thì làm lại ở đâu?',
    'Giờ làm thêm tối đa một năm là bao nhiêu giờ?',
    'Cho xin số tài khoản để nộp đoàn phí về LĐLĐ tỉnh Khánh Hòa',
    'Đại hội Công đoàn Việt Nam lần thứ XIV diễn ra vào ngày nào?',
    'Nhà ở xã hội cho công nhân ở Đồng Nai đăng ký mua thế nào?',
    'Năm 2019 LĐLĐ Khánh Hòa tập huấn được bao nhiêu cán bộ công đoàn?',
]]


def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))


ABBR = [
    (r'thanh pho ho chi minh', 'tp hcm'), (r'ho chi minh', 'hcm'), (r'cong doan co so', 'cdcs'),
    (r'an toan,? ve sinh lao dong', 'atvsld'), (r'lien doan lao dong', 'ldld'), (r'ban chap hanh', 'bch'),
    (r'uy ban kiem tra', 'ubkt'), (r'khong', 'ko'), (r'duoc', 'dc'), (r'dang ky', 'dk'), (r'bao nhieu', 'bn'),
    (r'nhu the nao', 'ntn'), (r'the nao', 'ntn'), (r'minh', 'mik'), (r'em', 'e'), (r'cong doan', 'cd'),
    (r'chu tich', 'ct'), (r'nguoi lao dong', 'nld'), (r'vay', 'z'), (r'roi', 'r'), (r'voi', 'vs'),
    (r'gi', 'j'), (r'biet', 'bit'), (r'thanh pho', 'tp'), (r'truc tuyen', 'online'), (r'phuong', 'p.'),
    (r'can bo', 'cb'), (r'tap huan', 'tap huan'), (r'thang', 'th') , (r'ngay', 'ng'),
]
ALWAYS = {'cong doan co so', 'an toan,? ve sinh lao dong', 'khong', 'duoc', 'minh', 'bao nhieu', 'ho chi minh', 'thanh pho ho chi minh', 'dang ky'}


def abbrev(s, R):
    t = strip(s).lower()
    for pat, rep in ABBR:
        if pat in ('thang', 'ngay') and R.random() < .8:
            continue
        if pat in ALWAYS or R.random() < .7:
            t = re.sub(r'(?<![a-z0-9])%s(?![a-z0-9])' % pat, rep, t)
    t = t.replace('?', '' if R.random() < .6 else ' ?')
    if R.random() < .3:
        t = t.rstrip() + R.choice([' a', ' ạ', ' nhe', ' vs', ' z'])
    return re.sub(r'\s+', ' ', t).strip()


TONES = {'á': 'a', 'à': 'a', 'ả': 'a', 'ã': 'a', 'ạ': 'a', 'é': 'e', 'è': 'e', 'ẻ': 'e', 'ẽ': 'e', 'ẹ': 'e',
         'í': 'i', 'ì': 'i', 'ỉ': 'i', 'ĩ': 'i', 'ị': 'i', 'ó': 'o', 'ò': 'o', 'ỏ': 'o', 'õ': 'o', 'ọ': 'o',
         'ú': 'u', 'ù': 'u', 'ủ': 'u', 'ũ': 'u', 'ụ': 'u', 'ý': 'y', 'ỳ': 'y', 'ỷ': 'y', 'ỹ': 'y', 'ỵ': 'y',
         'ấ': 'â', 'ầ': 'â', 'ẩ': 'â', 'ẫ': 'â', 'ậ': 'â', 'ắ': 'ă', 'ằ': 'ă', 'ẳ': 'ă', 'ẵ': 'ă', 'ặ': 'ă',
         'ế': 'ê', 'ề': 'ê', 'ể': 'ê', 'ễ': 'ê', 'ệ': 'ê', 'ố': 'ô', 'ồ': 'ô', 'ổ': 'ô', 'ỗ': 'ô', 'ộ': 'ô',
         'ớ': 'ơ', 'ờ': 'ơ', 'ở': 'ơ', 'ỡ': 'ơ', 'ợ': 'ơ', 'ứ': 'ư', 'ừ': 'ư', 'ử': 'ư', 'ữ': 'ư', 'ự': 'ư'}
WRONG_TONE = {'ả': 'ã', 'ã': 'ả', 'ỏ': 'õ', 'õ': 'ỏ', 'ẻ': 'ẽ', 'ẽ': 'ẻ', 'ỉ': 'ĩ', 'ĩ': 'ỉ', 'ủ': 'ũ', 'ũ': 'ủ',
              'ổ': 'ỗ', 'ỗ': 'ổ', 'ể': 'ễ', 'ễ': 'ể', 'ở': 'ỡ', 'ỡ': 'ở', 'ử': 'ữ', 'ữ': 'ử', 'ẩ': 'ẫ', 'ẫ': 'ẩ'}


def typo_word(w, R):
    ops = []
    if any(ch in TONES for ch in w.lower()):
        ops.append('notone')
    if any(ch in WRONG_TONE for ch in w):
        ops += ['wrongtone', 'wrongtone']
    if len(w) >= 4:
        ops += ['swap', 'drop', 'double']
    if not ops:
        return w
    op = R.choice(ops)
    if op == 'notone':
        idx = [i for i, ch in enumerate(w) if ch.lower() in TONES]
        i = R.choice(idx)
        return w[:i] + TONES[w[i].lower()] + w[i + 1:]
    if op == 'wrongtone':
        idx = [i for i, ch in enumerate(w) if ch in WRONG_TONE]
        i = R.choice(idx)
        return w[:i] + WRONG_TONE[w[i]] + w[i + 1:]
    i = R.randrange(1, len(w) - 2)
    if op == 'swap':
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 'drop':
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def typo(s, R):
    words = s.split(' ')
    cand = [i for i, w in enumerate(words) if re.fullmatch(r'[^\W\d_]{3,}[?,.]?', w) and w.lower() not in ('lớp', 'của')]
    if not cand:
        return s
    k = 1 if len(cand) < 6 else R.choice([1, 2, 2, 3])
    for i in R.sample(cand, min(k, len(cand))):
        w = words[i]
        tail = w[-1] if w[-1] in '?,.' else ''
        core = w[:-1] if tail else w
        words[i] = typo_word(core, R) + tail
    t = ' '.join(words)
    if R.random() < .3:
        t = t[0].lower() + t[1:]
    return t


def style_text(s, style, R):
    if style == 'diacritics':
        return s
    if style == 'plain':
        t = strip(s)
        return t.lower() if R.random() < .5 else t
    if style == 'abbrev':
        return abbrev(s, R)
    if style == 'typo':
        return typo(s, R)
    raise ValueError(style)
