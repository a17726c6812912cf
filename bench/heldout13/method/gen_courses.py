# -*- coding: utf-8 -*-
"""Generate out/courses.csv: ~330 classes from 21 provincial offices, each writing its plan its own way.
Deterministic (seed 13). Run: python3 method/gen_courses.py  (from out/)"""
import csv, random, datetime as dt, os, re

R = random.Random(13)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'courses.csv')
D = dt.date

# ---- office wording of topics (key -> text as written); each office picks variant index
TOPIC_WORDS = {
 'NV': ["Nghiệp vụ công tác công đoàn", "Nghiệp vụ CĐ", "Nghiệp vụ công đoàn"],
 'TL': ["Đối thoại, thương lượng tập thể", "Đối thoại, TLTT", "Thương lượng tập thể"],
 'AT': ["An toàn, vệ sinh lao động", "ATVSLĐ", "An toàn vệ sinh lao động"],
 'PL': ["Pháp luật lao động, tư vấn pháp luật", "Pháp luật lao động", "Tư vấn pháp luật"],
 'TC': ["Giải quyết tranh chấp lao động", "Tranh chấp lao động", "Giải quyết tranh chấp lao động"],
 'NC': ["Công tác nữ công, bình đẳng giới", "Nữ công", "Nữ công - bình đẳng giới"],
 'TCCD': ["Tài chính công đoàn", "Tài chính CĐ", "Tài chính công đoàn"],
 'KT': ["Công tác kiểm tra công đoàn", "Kiểm tra CĐ", "Công tác kiểm tra"],
 'TG': ["Tuyên truyền, tuyên giáo", "Tuyên giáo", "Tuyên truyền"],
 'PTDV': ["Phát triển đoàn viên, thành lập CĐCS", "Phát triển đoàn viên", "Phát triển đoàn viên, thành lập công đoàn cơ sở"],
 'CDS': ["Tin học, chuyển đổi số", "Chuyển đổi số", "Tin học, chuyển đổi số"],
 'GV': ["Kỹ năng giảng dạy cho giảng viên", "Giảng viên kiêm chức", "Kỹ năng giảng dạy"],
 'VT': ["Văn thư, lưu trữ", "Văn thư lưu trữ", "Văn thư, lưu trữ"],
 'LLCT': ["Quản lý nhà nước, lý luận chính trị", "Lý luận chính trị", "Lý luận chính trị, QLNN"],
}
TITLES = {
 'NV': ["Bồi dưỡng nghiệp vụ công tác công đoàn", "Tập huấn nghiệp vụ công đoàn cho cán bộ CĐCS mới", "Bồi dưỡng kỹ năng, phương pháp hoạt động công đoàn"],
 'TL': ["Tập huấn kỹ năng thương lượng tập thể", "Kỹ năng đối thoại tại nơi làm việc", "Tập huấn thương lượng, ký kết thỏa ước lao động tập thể"],
 'AT': ["Tập huấn an toàn, vệ sinh lao động", "Huấn luyện ATVSLĐ cho an toàn vệ sinh viên", "Tập huấn công tác ATVSLĐ và phòng chống cháy nổ"],
 'PL': ["Tập huấn pháp luật lao động", "Kỹ năng tư vấn pháp luật cho cán bộ công đoàn", "Tập huấn Luật Công đoàn 2024 và văn bản hướng dẫn"],
 'TC': ["Kỹ năng giải quyết tranh chấp lao động", "Tập huấn phòng ngừa, giải quyết tranh chấp lao động tập thể"],
 'NC': ["Tập huấn công tác nữ công", "Bồi dưỡng nghiệp vụ nữ công và bình đẳng giới", "Tập huấn kỹ năng cho cán bộ nữ công CĐCS"],
 'TCCD': ["Tập huấn nghiệp vụ tài chính công đoàn", "Bồi dưỡng kế toán, thủ quỹ CĐCS", "Hướng dẫn quyết toán tài chính công đoàn"],
 'KT': ["Tập huấn nghiệp vụ công tác kiểm tra", "Bồi dưỡng nghiệp vụ cho ủy viên UBKT công đoàn cơ sở"],
 'TG': ["Tập huấn nghiệp vụ tuyên giáo", "Kỹ năng tuyên truyền trên mạng xã hội", "Bồi dưỡng báo cáo viên, tuyên truyền viên"],
 'PTDV': ["Tập huấn kỹ năng phát triển đoàn viên", "Kỹ năng vận động thành lập CĐCS tại doanh nghiệp ngoài nhà nước"],
 'CDS': ["Tập huấn chuyển đổi số trong hoạt động công đoàn", "Hướng dẫn sử dụng phần mềm quản lý đoàn viên", "Tin học văn phòng cho cán bộ công đoàn"],
 'GV': ["Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức", "Tập huấn phương pháp giảng dạy tích cực"],
 'VT': ["Tập huấn công tác văn thư, lưu trữ", "Nghiệp vụ văn thư, lưu trữ hồ sơ công đoàn"],
 'LLCT': ["Bồi dưỡng lý luận chính trị cho cán bộ công đoàn", "Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên"],
}
# audience strings by topic (each exact string is mapped in validate.py)
AUD = {
 'NV': ["Chủ tịch, Phó Chủ tịch CĐCS", "Ủy viên BCH công đoàn cơ sở", "Chủ tịch CĐCS", "Ban chấp hành CĐCS"],
 'TL': ["Chủ tịch và P.Chủ tịch công đoàn cơ sở", "Chủ tịch CĐCS", "Chủ tịch, Phó Chủ tịch CĐCS"],
 'AT': ["Đoàn viên, người lao động", "An toàn vệ sinh viên; người lao động", "Công nhân lao động"],
 'PL': ["Cán bộ công đoàn không chuyên trách", "Đoàn viên, người lao động", "Cán bộ CĐ cấp trên cơ sở"],
 'TC': ["Cán bộ CĐ cấp trên cơ sở", "Chủ tịch CĐCS"],
 'NC': ["Cán bộ nữ công CĐCS", "Ủy viên ban nữ công"],
 'TCCD': ["Kế toán, thủ quỹ CĐCS", "Kế toán công đoàn cơ sở", "Chủ tịch CĐCS; kế toán; thủ quỹ"],
 'KT': ["Ủy viên ủy ban kiểm tra", "Ủy viên UBKT CĐCS"],
 'TG': ["Ủy viên BCH công đoàn cơ sở", "Cán bộ công đoàn không chuyên trách"],
 'PTDV': ["Cán bộ CĐ cấp trên cơ sở", "Cán bộ công đoàn chuyên trách"],
 'CDS': ["Cán bộ công đoàn chuyên trách", "Ủy viên BCH công đoàn cơ sở", "Cán bộ công đoàn cơ sở"],
 'GV': ["Giảng viên kiêm chức"],
 'VT': ["Cán bộ văn phòng, văn thư công đoàn"],
 'LLCT': ["Cán bộ công đoàn chuyên trách"],
}
MODES = {'off': ["Tập trung (trực tiếp)", "Tập trung", ""], 'on': ["Trực tuyến"], 'mix': ["Kết hợp (trực tiếp và trực tuyến)", "Kết hợp"]}
NOTES_FEE = ["Không thu học phí; học viên được hỗ trợ tiền ăn trưa.", "Kinh phí do LĐLĐ chi trả, học viên tự túc đi lại.",
             "Học phí 300.000đ/học viên do đơn vị cử người chi trả.", "Miễn phí tài liệu.", "Mang theo CCCD và máy tính xách tay."]

def org_places(org):
    m = re.search(r'(?:phường|xã|đặc khu|Công ty CP|Bệnh viện|Đại học|Tổng Công ty|Khu kinh tế|Trường)\s+(.+)$', org)
    if not m:
        return []
    p = m.group(1)
    w = p.split()
    out = [p]
    if len(w) >= 2: out.append(' '.join(w[:2]))
    if len(w[0]) > 4: out.append(w[0])
    return out

def ddmm(d):
    return d.strftime('%d/%m/%Y')

# ---------- offices -----------------------------------------------------------------
# each office: prov label variants, code style, date style, organisers, venues (text), n, topics mix
OFFICES = [
 dict(key='HN', prov=['Hà Nội', 'TP Hà Nội', 'Thành phố Hà Nội'], tw=0, ds='A', n=24,
      code=lambda i, t, y, b: f"HN-{y}-{i:03d}",
      orgs=['LĐLĐ thành phố Hà Nội', 'Trường Trung cấp Công đoàn Hà Nội', 'Công đoàn ngành Giáo dục Hà Nội',
            'Công đoàn các KCN và chế xuất Hà Nội', 'Công đoàn xã Mê Linh', 'Công đoàn phường Cầu Giấy'],
      venues=['Trường Trung cấp Công đoàn Hà Nội, số 8 Ngõ 11 Lạc Trung', 'Cung Văn hóa Lao động Hữu nghị Việt Xô',
              'Hội trường UBND xã Mê Linh (huyện Mê Linh cũ)', 'Nhà văn hóa KCN Thăng Long, Đông Anh',
              'Hội trường Công đoàn phường Cầu Giấy', 'Trung tâm Bồi dưỡng chính trị xã Thường Tín (huyện Thường Tín cũ)']),
 dict(key='LS', prov=['Lạng Sơn'], tw=1, ds='B', n=16,
      code=lambda i, t, y, b: f"LS.{str(y)[2:]}.{i:02d}",
      orgs=['LĐLĐ tỉnh Lạng Sơn', 'Công đoàn phường Đông Kinh', 'Công đoàn xã Chi Lăng', 'Công đoàn ngành Y tế Lạng Sơn'],
      venues=['Hội trường LĐLĐ tỉnh Lạng Sơn', 'Nhà văn hóa xã Chi Lăng (huyện Chi Lăng cũ)', 'Hội trường UBND xã Cao Lộc (huyện Cao Lộc cũ)',
              'Khách sạn Mường Thanh Lạng Sơn']),
 dict(key='TQ', prov=['Tuyên Quang'], tw=2, ds='P', n=14,
      code=lambda i, t, y, b: f"TQ-{t}-{i:02d}",
      orgs=['LĐLĐ tỉnh Tuyên Quang', 'Công đoàn phường Hà Giang 1', 'Công đoàn ngành Giáo dục tỉnh Tuyên Quang'],
      venues=['Hội trường LĐLĐ tỉnh, phường Minh Xuân', 'Nhà văn hóa Công nhân phường Hà Giang 1 (TP Hà Giang cũ)',
              'Hội trường Trường Chính trị tỉnh (cơ sở Hà Giang cũ)', 'Khách sạn Kim Bình, Tuyên Quang']),
 dict(key='LC', prov=['Lào Cai', 'Tỉnh Lào Cai'], tw=0, ds='D', n=14,
      code=lambda i, t, y, b: f"LC{y}_{i:02d}",
      orgs=['Liên đoàn Lao động tỉnh Lào Cai', 'Công đoàn phường Yên Bái', 'Công đoàn Công ty CP Apatit Việt Nam'],
      venues=['Hội trường LĐLĐ tỉnh, phường Lào Cai', 'Hội trường Công đoàn phường Yên Bái (TP Yên Bái cũ)',
              'Nhà văn hóa Công ty CP Apatit, phường Cam Đường', 'Trung tâm Hội nghị tỉnh, phường Văn Phú (Yên Bái cũ)']),
 dict(key='QN', prov=['Quảng Ninh'], tw=1, ds='C', n=14,
      code=lambda i, t, y, b: f"QNINH.{t}.{i:02d}",
      orgs=['LĐLĐ tỉnh Quảng Ninh', 'Công đoàn Than - Khoáng sản Việt Nam', 'Công đoàn Khu kinh tế Quảng Ninh', 'Công đoàn phường Hạ Long'],
      venues=['Trung tâm Hoạt động Thanh Thiếu nhi tỉnh, Hạ Long', 'Nhà văn hóa Công nhân mỏ Cẩm Phả', 'Hội trường Công đoàn KKT, phường Móng Cái 1',
              'Hội trường LĐLĐ tỉnh Quảng Ninh, phường Hạ Long']),
 dict(key='HP', prov=['Hải Phòng', 'TP Hải Phòng'], tw=2, ds='A', n=16,
      code=lambda i, t, y, b: f"HP-K{i:02d}-{y}",
      orgs=['LĐLĐ thành phố Hải Phòng', 'Công đoàn các KCN Hải Phòng', 'Công đoàn phường Hải Dương', 'Công đoàn Công ty TNHH Điện tử Minh Phát'],
      venues=['Hội trường LĐLĐ thành phố, phường Hồng Bàng', 'Nhà văn hóa Công nhân KCN Đình Vũ', 'Hội trường phường Hải Dương (TP Hải Dương cũ)',
              'Cung Văn hóa Lao động Hải Dương (tỉnh Hải Dương cũ)']),
 dict(key='BN', prov=['Bắc Ninh'], tw=1, ds='C', n=16,
      code=lambda i, t, y, b: f"BN-{y}-{t}" + (f"-D{b}" if b else f"-{i:02d}"),
      orgs=['LĐLĐ tỉnh Bắc Ninh', 'Công đoàn các KCN tỉnh Bắc Ninh', 'Công đoàn phường Bắc Giang', 'Công đoàn Công ty TNHH Điện tử Quế Võ'],
      venues=['Hội trường LĐLĐ tỉnh, phường Kinh Bắc', 'Nhà văn hóa Công nhân KCN Quang Châu (Bắc Giang cũ)', 'Hội trường phường Bắc Giang (TP Bắc Giang cũ)',
              'Thiết chế Công đoàn KCN Yên Phong']),
 dict(key='TH', prov=['Thanh Hóa', 'Thanh Hoá'], tw=0, ds='E', n=16,
      code=lambda i, t, y, b: f"TH{i:02d}-{y}",
      orgs=['LĐLĐ tỉnh Thanh Hóa', 'Công đoàn Khu kinh tế Nghi Sơn và các KCN', 'Công đoàn ngành Giáo dục Thanh Hóa', 'Công đoàn phường Hạc Thành'],
      venues=['Hội trường LĐLĐ tỉnh Thanh Hóa, phường Hạc Thành', 'Nhà văn hóa Công nhân KKT Nghi Sơn (TX Nghi Sơn cũ)',
              'Hội trường Trường Chính trị tỉnh Thanh Hóa', 'Hội trường UBND phường Sầm Sơn (TP Sầm Sơn cũ)']),
 dict(key='NA', prov=['Nghệ An'], tw=2, ds='E', n=16,
      code=lambda i, t, y, b: f"NA-{t}-{i:02d}",
      orgs=['LĐLĐ tỉnh Nghệ An', 'Công đoàn Khu kinh tế Đông Nam Nghệ An', 'Công đoàn phường Vinh Phú', 'Công đoàn ngành Y tế Nghệ An'],
      venues=['Hội trường LĐLĐ tỉnh Nghệ An, phường Thành Vinh', 'Nhà văn hóa Công nhân KCN VSIP Nghệ An, xã Hưng Nguyên',
              'Hội trường phường Hoàng Mai (TX Hoàng Mai cũ)', 'Khách sạn Sài Gòn Kim Liên, phường Vinh Phú']),
 dict(key='HUE', prov=['Thành phố Huế', 'Huế', 'TP Huế'], tw=0, ds='F', n=14,
      code=lambda i, t, y, b: f"HUE.{y}.{i:02d}",
      orgs=['Liên đoàn Lao động thành phố Huế', 'Công đoàn Bệnh viện Trung ương Huế', 'Công đoàn Đại học Huế', 'Công đoàn các KCN Huế'],
      venues=['Hội trường LĐLĐ thành phố Huế, phường Thuận Hóa', 'Hội trường Bệnh viện Trung ương Huế', 'Nhà văn hóa Công nhân KCN Phong Điền',
              'Hội trường phường Hương Thủy (TX Hương Thủy cũ)']),
 dict(key='DNG', prov=['Đà Nẵng', 'TP Đà Nẵng'], tw=1, ds='A', n=18,
      code=lambda i, t, y, b: f"DNG-{t}-{str(y)[2:]}{i:02d}",
      orgs=['LĐLĐ thành phố Đà Nẵng', 'Công đoàn các KCN và KCNC Đà Nẵng', 'Công đoàn phường Tam Kỳ', 'Công đoàn phường Hội An', 'Công đoàn Khu kinh tế mở Chu Lai'],
      venues=['Trung tâm Văn hóa Lao động Đà Nẵng, phường Hải Châu', 'Nhà văn hóa Công nhân KCN Hòa Khánh', 'Hội trường phường Tam Kỳ (Quảng Nam cũ)',
              'Hội trường UBND phường Hội An (Quảng Nam cũ)', 'Nhà văn hóa KKT mở Chu Lai, xã Núi Thành (Quảng Nam cũ)']),
 dict(key='GL', prov=['Gia Lai'], tw=2, ds='B', n=15,
      code=lambda i, t, y, b: f"GL-{str(y)[2:]}-{i:03d}",
      orgs=['LĐLĐ tỉnh Gia Lai', 'Công đoàn phường Quy Nhơn', 'Công đoàn Khu kinh tế Nhơn Hội', 'Công đoàn phường Pleiku'],
      venues=['Hội trường LĐLĐ tỉnh, phường Quy Nhơn (TP Quy Nhơn, Bình Định cũ)', 'Hội trường phường Pleiku', 'Nhà văn hóa KKT Nhơn Hội (Bình Định cũ)',
              'Khách sạn Hoàng Anh Gia Lai, phường Pleiku']),
 dict(key='DLK', prov=['Đắk Lắk', 'Đăk Lăk'], tw=0, ds='C', n=14,
      code=lambda i, t, y, b: f"DL_{t}_{i:02d}",
      orgs=['LĐLĐ tỉnh Đắk Lắk', 'Công đoàn phường Tuy Hòa', 'Công đoàn Công ty TNHH MTV Cà phê Buôn Hồ', 'Công đoàn ngành Giáo dục Đắk Lắk'],
      venues=['Hội trường LĐLĐ tỉnh, phường Buôn Ma Thuột', 'Hội trường phường Tuy Hòa (Phú Yên cũ)', 'Nhà văn hóa Công ty Cà phê Buôn Hồ',
              'Trường Chính trị tỉnh Đắk Lắk, phường Tân Lập']),
 dict(key='LD', prov=['Lâm Đồng'], tw=1, ds='D', n=16,
      code=lambda i, t, y, b: f"LD-{y}-{i:02d}",
      orgs=['LĐLĐ tỉnh Lâm Đồng', 'Công đoàn phường Phan Thiết', 'Công đoàn phường Bắc Gia Nghĩa', 'Công đoàn ngành Nông nghiệp Lâm Đồng'],
      venues=['Hội trường LĐLĐ tỉnh, phường Xuân Hương - Đà Lạt', 'Hội trường phường Phan Thiết (Bình Thuận cũ)',
              'Nhà văn hóa phường Bắc Gia Nghĩa (Đắk Nông cũ)', 'Khách sạn Sài Gòn - Đà Lạt']),
 dict(key='KHH', prov=['Khánh Hòa', 'Khánh Hoà'], tw=2, ds='G', n=14,
      code=lambda i, t, y, b: f"KHH-{i:02d}.{y}",
      orgs=['LĐLĐ tỉnh Khánh Hòa', 'Công đoàn phường Phan Rang', 'Công đoàn Khu kinh tế Vân Phong', 'Công đoàn ngành Du lịch Khánh Hòa'],
      venues=['Hội trường LĐLĐ tỉnh, phường Nha Trang', 'Hội trường phường Phan Rang (Ninh Thuận cũ)', 'Nhà văn hóa KKT Vân Phong, xã Vạn Ninh',
              'Khách sạn Yasaka, phường Nha Trang']),
 dict(key='HCM', prov=['TP.HCM', 'TP Hồ Chí Minh', 'Hồ Chí Minh'], tw=1, ds='A', n=26,
      code=lambda i, t, y, b: f"HCM{y}-{t}-{i:02d}",
      orgs=['LĐLĐ TP.HCM', 'Công đoàn các Khu chế xuất và công nghiệp TP.HCM', 'Công đoàn phường Thủ Dầu Một', 'Công đoàn phường Vũng Tàu',
            'Trường Đại học Tôn Đức Thắng', 'Công đoàn Tổng Công ty Cao su Đồng Nai' if False else 'Công đoàn Bệnh viện Chợ Rẫy'],
      venues=['Nhà văn hóa Lao động TP.HCM, 55B Nguyễn Thị Minh Khai', 'Trường Đại học Tôn Đức Thắng, phường Tân Hưng',
              'Hội trường Công đoàn KCX Tân Thuận', 'Hội trường phường Thủ Dầu Một (Bình Dương cũ)', 'Thiết chế Công đoàn KCN Bàu Bàng (Bình Dương cũ)',
              'Hội trường phường Vũng Tàu (Bà Rịa - Vũng Tàu cũ)', 'Nhà văn hóa Công nhân KCN Phú Mỹ (Bà Rịa - Vũng Tàu cũ)']),
 dict(key='DNAI', prov=['Đồng Nai'], tw=0, ds='C', n=15,
      code=lambda i, t, y, b: f"DNAI-{t}{i:02d}",
      orgs=['LĐLĐ tỉnh Đồng Nai', 'Công đoàn Tổng Công ty Cao su Đồng Nai', 'Công đoàn các KCN Đồng Nai', 'Công đoàn phường Đồng Xoài'],
      venues=['Hội trường LĐLĐ tỉnh, phường Trấn Biên', 'Nhà văn hóa Công nhân KCN Amata, phường Long Bình', 'Hội trường phường Đồng Xoài (Bình Phước cũ)',
              'Hội trường Tổng Công ty Cao su Đồng Nai, xã Xuân Lộc']),
 dict(key='CTHO', prov=['Cần Thơ', 'TP Cần Thơ'], tw=2, ds='A', n=16,
      code=lambda i, t, y, b: f"CTHO-{str(y)[2:]}-{i:02d}",
      orgs=['LĐLĐ thành phố Cần Thơ', 'Công đoàn phường Phú Lợi', 'Công đoàn phường Vị Thanh', 'Công đoàn các KCN Cần Thơ'],
      venues=['Hội trường LĐLĐ thành phố Cần Thơ, phường Ninh Kiều', 'Hội trường phường Phú Lợi (TP Sóc Trăng cũ)',
              'Hội trường phường Vị Thanh (Hậu Giang cũ)', 'Nhà văn hóa Công nhân KCN Trà Nóc']),
 dict(key='AG', prov=['An Giang'], tw=1, ds='F', n=14,
      code=lambda i, t, y, b: f"AG.{t}.{str(y)[2:]}.{i:02d}",
      orgs=['LĐLĐ tỉnh An Giang', 'Công đoàn phường Rạch Giá', 'Công đoàn đặc khu Phú Quốc', 'Công đoàn ngành Giáo dục An Giang'],
      venues=['Hội trường LĐLĐ tỉnh, phường Long Xuyên', 'Hội trường phường Rạch Giá (Kiên Giang cũ)', 'Trung tâm Hội nghị đặc khu Phú Quốc (Kiên Giang cũ)',
              'Nhà văn hóa Lao động phường Châu Đốc']),
 dict(key='CM', prov=['Cà Mau'], tw=0, ds='D', n=14,
      code=lambda i, t, y, b: f"CM{y}-{i:02d}",
      orgs=['LĐLĐ tỉnh Cà Mau', 'Công đoàn phường Bạc Liêu', 'Công đoàn Khu kinh tế Cà Mau'],
      venues=['Hội trường LĐLĐ tỉnh, phường An Xuyên', 'Hội trường phường Bạc Liêu (Bạc Liêu cũ)', 'Nhà văn hóa Công nhân KCN Khánh An']),
 dict(key='VL', prov=['Vĩnh Long'], tw=2, ds='G', n=15,
      code=lambda i, t, y, b: f"VL-{t}-{y}-{i:02d}",
      orgs=['LĐLĐ tỉnh Vĩnh Long', 'Công đoàn phường An Hội', 'Công đoàn phường Trà Vinh', 'Công đoàn các KCN Vĩnh Long'],
      venues=['Hội trường LĐLĐ tỉnh, phường Long Châu', 'Hội trường phường An Hội (TP Bến Tre cũ)', 'Hội trường phường Trà Vinh (Trà Vinh cũ)',
              'Nhà văn hóa Công nhân KCN Hòa Phú']),
]

TOPIC_CYCLE = ['AT', 'NV', 'TL', 'NC', 'TCCD', 'PL', 'CDS', 'KT', 'TG', 'PTDV', 'AT', 'NV', 'TC', 'GV', 'VT', 'LLCT', 'TL', 'NC', 'CDS', 'AT', 'TCCD', 'PL', 'NV', 'TG', 'KT', 'PTDV']

NOW = dt.datetime(2026, 11, 23, 9, 0)

def rnd_date():
    # weighted: some past (Sep-Nov 2026), many Dec 2026 - Dec 2027
    r = R.random()
    if r < 0.14:
        d = D(2026, 9, 1) + dt.timedelta(days=R.randrange(0, 82))   # up to 21/11/2026
    elif r < 0.40:
        d = D(2026, 11, 24) + dt.timedelta(days=R.randrange(0, 38))  # 24/11/2026 - 31/12/2026
    else:
        d = D(2027, 1, 4) + dt.timedelta(days=R.randrange(0, 330))
    while d.weekday() == 6:
        d += dt.timedelta(days=1)
    return d

def planned_expr(style, m=None, batch=False):
    if m is None:
        m = R.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    y = 2027
    if not batch and R.random() < 0.15:
        return R.choice(["6 tháng đầu năm 2027", "Tháng 3-4/2027", f"cuối tháng {m}/2027", "Quý IV/2026", "Tháng 12/2026"])
    forms = [f"Tháng {m}/{y}", f"T{m}/{y}", f"tháng {m} năm {y}", f"Quý {['I','II','III','IV'][(m-1)//3]}/{y}",
             f"Q{(m-1)//3+1}/{y}", f"Quý {(m-1)//3+1}/{y}"]
    return R.choice(forms)

def date_cells(style, d, days, hour):
    """Return (start, end, deadline, songay) strings as the office writes them."""
    e = d + dt.timedelta(days=days - 1)
    dl = d - dt.timedelta(days=R.choice([3, 4, 5, 7, 7, 10]))
    dls = ddmm(dl) if R.random() < 0.8 else ''
    if e.year != d.year and style in 'BEG':
        return (ddmm(d), '', dls, f"{days:02d} ngày")
    if style == 'A':
        return (f"{ddmm(d)} {hour}", f"{ddmm(e)} {'16:30' if R.random()<0.5 else '17:00'}", dls, str(days) if R.random()<0.5 else '')
    if style == 'B':
        if days == 1:
            return (f"{d.day:02d}/{d.month:02d}/{d.year} (1 ngày)", '', dls, '')
        if e.month == d.month:
            return (f"{d.day}-{e.day}/{d.month}/{d.year} ({days} ngày)", '', dls, '')
        return (f"{d.day}/{d.month} - {e.day}/{e.month}/{d.year}", '', dls, f"{days:02d} ngày")
    if style == 'C':
        return (ddmm(d), '', dls, f"{days:02d} ngày")
    if style == 'D':
        return (d.isoformat(), e.isoformat() if days > 1 else '', dl.isoformat() if dls else '', str(days))
    if style == 'E':
        if days == 1:
            return (ddmm(d), '', dls, '1 ngày')
        return (f"Từ {d.day:02d}/{d.month:02d} đến {e.day:02d}/{e.month:02d}/{e.year}", '', dls, f"{days:02d} ngày")
    if style == 'F':
        h = hour.replace(':', 'h')
        return (f"{h} ngày {d.day}/{d.month}/{d.year}", ddmm(e), dls, f"{days} ngày")
    if style == 'G':
        if days == 1:
            return (ddmm(d), '', dls, '1')
        return (f"{d.day}/{d.month} - {e.day}/{e.month}/{e.year}", '', dls, '')
    if style == 'P':  # office that mostly plans by month; dated ones as dd/mm/yyyy
        return (ddmm(d), ddmm(e), dls, f"{days} ngày")
    raise ValueError(style)

SEATS = lambda: R.choice(["60", "50 người", "khoảng 40 học viên", "80", "100 người", "45", "70 học viên", "120", "35 người"])

def fold(s):
    import unicodedata
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn').lower()

rows = []
used_codes = set()
for off in OFFICES:
    idx = 0
    start_off = R.randrange(0, len(TOPIC_CYCLE))
    k = 0
    made = 0
    while made < off['n']:
        t = TOPIC_CYCLE[(start_off + k) % len(TOPIC_CYCLE)]
        k += 1
        title = R.choice(TITLES[t])
        aud = R.choice(AUD[t])
        # batches: ~30% of topics get 2 batches (same title & organiser)
        nb = 2 if R.random() < 0.30 and made + 2 <= off['n'] else 1
        org = R.choice(off['orgs'])
        home = [v for v in off['venues'] if any(tok in v for tok in org_places(org))]
        base_d = rnd_date()
        planned = (off['ds'] == 'P' and R.random() < 0.55) or R.random() < 0.12
        pm = R.choice([1, 2, 3, 4, 5, 6, 7, 8, 9])
        for b in range(1, nb + 1):
            idx += 1
            y = 2027 if (not planned and base_d.year == 2027) or planned else base_d.year
            code = off['code'](idx, t, y, b if nb > 1 else 0)
            if code in used_codes:
                code = code + f"-{idx}"
            used_codes.add(code)
            bt = title
            if nb > 1:
                bt = title + R.choice([f" (đợt {b})", f" - Đợt {b}", f", đợt {b:02d}", f" đợt {b}"])
            venue = R.choice(home) if home and R.random() < 0.8 else R.choice(off['venues'])
            days = R.choice([1, 2, 2, 2, 3, 3, 4, 5]) if t != 'LLCT' else R.choice([5, 7, 10])
            modek = 'off'
            r = R.random()
            if r < 0.10:
                modek = 'on'
            elif r < 0.17:
                modek = 'mix'
            mode = R.choice(MODES[modek])
            if modek == 'on':
                venue = R.choice(['Trực tuyến qua Zoom', 'Học trực tuyến (link gửi qua Zalo)', 'Trực tuyến (phòng họp Zoom của đơn vị)'])
            status = ''
            note = ''
            if planned:
                start = planned_expr(off['ds'], min(12, pm + 3 * (b - 1)), nb > 1)
                end = ''; dl = ''; sd = f"{days} ngày" if R.random() < 0.6 else ''
                status = 'Dự kiến'
                d = None
            else:
                d = base_d if b == 1 else base_d + dt.timedelta(days=R.choice([14, 21, 28, 35, 42]))
                while d.weekday() == 6:
                    d += dt.timedelta(days=1)
                hour = R.choice(['08:00', '07:30', '08:00', '13:30', '08:30'])
                start, end, dl, sd = date_cells(off['ds'], d, days, hour)
                if d < NOW.date():
                    status = R.choice(['Đã kết thúc', 'Đã kết thúc', ''])
                else:
                    rr = R.random()
                    if rr < 0.05:
                        status = 'Đã hủy'; note = R.choice(['Hủy do trùng lịch Đại hội.', 'Tạm hoãn, sẽ thông báo sau.', 'Hủy theo Công văn của LĐLĐ.'])
                    elif rr < 0.10:
                        status = 'Mở đăng ký'; note = 'Đã đủ số lượng học viên, chỉ nhận danh sách chờ.'
                    else:
                        status = R.choice(['', 'Mở đăng ký', 'Mở đăng ký'])
            if not note and R.random() < 0.35:
                note = R.choice(NOTES_FEE)
            prov = R.choice(off['prov'])
            seats = SEATS() if modek != 'on' else R.choice(["200", "300 người", "150"])
            coop = R.choice(['', '', 'Sở Nội vụ', 'Trường Chính trị tỉnh', 'Bảo hiểm xã hội tỉnh', 'Trung tâm Tư vấn pháp luật'])
            rows.append({'Mã lớp': code, 'Tên lớp': bt, 'Chủ đề': TOPIC_WORDS[t][off['tw']], 'Đối tượng': aud,
                         'Đơn vị tổ chức': org, 'Đơn vị phối hợp': coop, 'Tỉnh/Thành phố': prov, 'Địa điểm': venue,
                         'Hình thức': mode, 'Ngày bắt đầu': start, 'Ngày kết thúc': end, 'Hạn đăng ký': dl,
                         'Số ngày': sd, 'Số chỗ': seats, 'Trạng thái': status, 'Ghi chú': note})
            made += 1


# ---------- hand-written rows: edge cases an office plan really contains
def X(code, title, topic, aud, org, prov, venue, mode, start, end='', dl='', nd='', seats='50', status='', note='', coop=''):
    return {'Mã lớp': code, 'Tên lớp': title, 'Chủ đề': topic, 'Đối tượng': aud, 'Đơn vị tổ chức': org, 'Đơn vị phối hợp': coop,
            'Tỉnh/Thành phố': prov, 'Địa điểm': venue, 'Hình thức': mode, 'Ngày bắt đầu': start, 'Ngày kết thúc': end,
            'Hạn đăng ký': dl, 'Số ngày': nd, 'Số chỗ': seats, 'Trạng thái': status, 'Ghi chú': note}
rows += [
 X('DNG-AT-2690', 'Tập huấn an toàn, vệ sinh lao động cuối năm', 'ATVSLĐ', 'Công nhân lao động', 'Công đoàn các KCN và KCNC Đà Nẵng', 'Đà Nẵng',
   'Nhà văn hóa Công nhân KCN Hòa Khánh', 'Tập trung', '23/11/2026 13:30', '23/11/2026 17:00', '', '1', '80'),
 X('NA-AT-90', 'Tập huấn ATVSLĐ cho công nhân KCN VSIP', 'An toàn vệ sinh lao động', 'Công nhân lao động', 'Công đoàn Khu kinh tế Đông Nam Nghệ An', 'Nghệ An',
   'Nhà văn hóa Công nhân KCN VSIP Nghệ An, xã Hưng Nguyên', '', 'Từ 23/11 đến 24/11/2026', '', '18/11/2026', '02 ngày', '100 người', 'Mở đăng ký'),
 X('HCM2026-LLCT-90', 'Bồi dưỡng lý luận chính trị cho cán bộ công đoàn (khóa tháng 11)', 'Lý luận chính trị', 'Cán bộ công đoàn chuyên trách', 'LĐLĐ TP.HCM', 'TP.HCM',
   'Nhà văn hóa Lao động TP.HCM, 55B Nguyễn Thị Minh Khai', 'Tập trung (trực tiếp)', '16/11/2026 08:00', '27/11/2026 17:00', '10/11/2026', '10', '60'),
 X('HCM2026-TT-91', 'Kỹ năng hoạt động cho tổ trưởng công đoàn (đợt 1)', 'Nghiệp vụ CĐ', 'Tổ trưởng công đoàn', 'Công đoàn phường Thủ Dầu Một', 'Hồ Chí Minh',
   'Hội trường phường Thủ Dầu Một (Bình Dương cũ)', 'Tập trung', '12/12/2026 07:30', '12/12/2026 16:30', '08/12/2026', '1', '120',
   'Mở đăng ký', 'Học vào thứ Bảy, không thu học phí.'),
 X('HCM2027-TT-92', 'Kỹ năng hoạt động cho tổ trưởng công đoàn (đợt 2)', 'Nghiệp vụ CĐ', 'Tổ trưởng công đoàn', 'Công đoàn phường Thủ Dầu Một', 'Hồ Chí Minh',
   'Thiết chế Công đoàn KCN Bàu Bàng (Bình Dương cũ)', 'Tập trung', '13/03/2027 07:30', '13/03/2027 16:30', '09/03/2027', '1', '120',
   '', 'Học vào thứ Bảy, không thu học phí.'),
 X('DNAI-NV90', 'Tập huấn nghiệp vụ cho chủ tịch CĐCS và tổ trưởng công đoàn khối doanh nghiệp', 'Nghiệp vụ công tác công đoàn',
   'Chủ tịch CĐCS, tổ trưởng công đoàn', 'Công đoàn các KCN Đồng Nai', 'Đồng Nai', 'Nhà văn hóa Công nhân KCN Amata, phường Long Bình', 'Kết hợp',
   '15/01/2027', '', '08/01/2027', '02 ngày', '80 người', 'Mở đăng ký', 'Học viên ở xa có thể học trực tuyến qua Zoom.'),
 X('GDVN-CDS-2601', 'Tập huấn chuyển đổi số cho cán bộ công đoàn ngành Giáo dục', 'Chuyển đổi số', 'Cán bộ công đoàn chuyên trách',
   'Công đoàn Giáo dục Việt Nam', 'Hà Nội', 'Trực tuyến qua Zoom (điểm cầu các tỉnh)', 'Trực tuyến', '10/12/2026 08:00', '10/12/2026 11:30', '07/12/2026', '1',
   '500 người', 'Mở đăng ký', 'Đăng ký theo danh sách của công đoàn ngành Giáo dục các tỉnh.'),
 X('LD-2026-90', 'Tập huấn kỹ năng chăm lo Tết cho đoàn viên', 'Chăm lo đời sống đoàn viên', 'Chủ tịch CĐCS', 'LĐLĐ tỉnh Lâm Đồng', 'Lâm Đồng',
   'Hội trường LĐLĐ tỉnh, phường Xuân Hương - Đà Lạt', 'Tập trung', 'Quý IV/2026', '', '', '1 ngày', '60', 'Dự kiến'),
 X('GL-26-090', 'Tập huấn công tác nữ công và chăm sóc sức khỏe sinh sản cho nữ CNLĐ', 'Nữ công - bình đẳng giới', 'Cán bộ nữ công CĐCS', 'Công đoàn Khu kinh tế Nhơn Hội',
   'Gia Lai', 'Nhà văn hóa KKT Nhơn Hội (Bình Định cũ)', 'Tập trung', 'Tháng 12/2026', '', '', '', '70', 'Dự kiến'),
 X('CTHO-26-90', 'Hội thi tìm hiểu pháp luật lao động (vòng sơ khảo)', 'Pháp luật lao động', 'Đoàn viên, người lao động', 'Công đoàn các KCN Cần Thơ', 'Cần Thơ',
   'Nhà văn hóa Công nhân KCN Trà Nóc', 'Tập trung', '12/12/2026 07:30', '', '05/12/2026', '1', '200', 'Đã hủy', 'Chuyển sang năm 2027.'),
]

COLS = ['Mã lớp', 'Tên lớp', 'Chủ đề', 'Đối tượng', 'Đơn vị tổ chức', 'Đơn vị phối hợp', 'Tỉnh/Thành phố', 'Địa điểm', 'Hình thức',
        'Ngày bắt đầu', 'Ngày kết thúc', 'Hạn đăng ký', 'Số ngày', 'Số chỗ', 'Trạng thái', 'Ghi chú']
with open(OUT, 'w', encoding='utf-8', newline='') as f:
    w = csv.DictWriter(f, fieldnames=COLS)
    w.writeheader()
    for r in rows:
        w.writerow(r)
print(len(rows), 'rows ->', OUT)
