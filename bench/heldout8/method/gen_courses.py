# Generator for set 8 courses.csv / targets.csv  (python3 gen_courses.py)
# Deterministic (seed 8). Offices' own wording: terse topic/audience cells, varied date shapes.
import csv, random, datetime as dt, os

R = random.Random(8)
OUT = os.path.join(os.path.dirname(__file__), '..')

# topic key -> office wordings for the "Chủ đề" cell
TOPIC_WORDS = {
    'NV': ['Nghiệp vụ CĐ', 'NVCĐ', 'Nghiệp vụ công tác công đoàn', 'Nghiệp vụ công tác CĐ'],
    'TL': ['Đối thoại, TLTT', 'Thương lượng tập thể', 'Đối thoại, thương lượng tập thể'],
    'AT': ['ATVSLĐ', 'An toàn, vệ sinh lao động', 'AT-VSLĐ'],
    'PL': ['Pháp luật LĐ', 'Pháp luật lao động, tư vấn pháp luật', 'Tư vấn pháp luật'],
    'TC': ['Giải quyết TCLĐ', 'Giải quyết tranh chấp lao động'],
    'NC': ['Nữ công', 'Nữ công - BĐG', 'Công tác nữ công, bình đẳng giới'],
    'TCH': ['Tài chính CĐ', 'TCCĐ', 'Tài chính công đoàn'],
    'KT': ['Kiểm tra', 'Công tác kiểm tra CĐ', 'UBKT'],
    'TG': ['Tuyên giáo', 'Tuyên truyền, tuyên giáo'],
    'PT': ['PTĐV', 'Phát triển ĐV, thành lập CĐCS'],
    'CDS': ['CĐS', 'Chuyển đổi số', 'Tin học, chuyển đổi số'],
    'GV': ['Kỹ năng giảng dạy', 'Kỹ năng sư phạm cho GVKC'],
    'VT': ['Văn thư - lưu trữ', 'Văn thư, lưu trữ'],
    'LL': ['LLCT', 'Lý luận chính trị', 'QLNN, LLCT'],
}
# topic -> title templates ({y} = year word, {d} = batch suffix)
TITLES = {
    'NV': ['Tập huấn nghiệp vụ công tác công đoàn{d}', 'Bồi dưỡng nghiệp vụ cho cán bộ CĐCS mới bầu{d}',
           'Tập huấn kỹ năng hoạt động CĐCS khu vực HCSN{d}', 'Bồi dưỡng nghiệp vụ CĐ cho CT, PCT CĐCS{d}',
           'Tập huấn cán bộ CĐ cơ sở năm {y}{d}'],
    'TL': ['Tập huấn kỹ năng đối thoại, thương lượng tập thể{d}', 'Tổ chức đối thoại tại nơi làm việc và TLTT{d}',
           'Kỹ năng thương lượng, ký kết TƯLĐTT{d}'],
    'AT': ['Huấn luyện ATVSLĐ nhóm 4{d}', 'Tập huấn công tác ATVSLĐ, mạng lưới ATVSV{d}',
           'Huấn luyện an toàn, vệ sinh lao động cho CB CĐ{d}'],
    'PL': ['Tập huấn pháp luật lao động, BLLĐ 2019{d}', 'Tập huấn Luật Công đoàn 2024 và văn bản hướng dẫn{d}',
           'Kỹ năng tư vấn pháp luật cho NLĐ{d}'],
    'TC': ['Kỹ năng giải quyết tranh chấp lao động, đình công{d}', 'Tập huấn phòng ngừa, giải quyết TCLĐ{d}'],
    'NC': ['Tập huấn công tác nữ công{d}', 'Bồi dưỡng nghiệp vụ nữ công, bình đẳng giới{d}',
           'Tập huấn cán bộ nữ công CĐCS{d}'],
    'TCH': ['Tập huấn công tác tài chính CĐ{d}', 'Bồi dưỡng nghiệp vụ kế toán CĐCS{d}',
            'Tập huấn quản lý tài chính, tài sản CĐ và phần mềm kế toán{d}'],
    'KT': ['Tập huấn nghiệp vụ công tác kiểm tra CĐ{d}', 'Bồi dưỡng nghiệp vụ cho UV UBKT CĐCS{d}'],
    'TG': ['Tập huấn công tác tuyên giáo CĐ{d}', 'Bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội{d}'],
    'PT': ['Tập huấn kỹ năng PTĐV, thành lập CĐCS{d}', 'Bồi dưỡng kỹ năng vận động NLĐ gia nhập CĐ{d}'],
    'CDS': ['Tập huấn chuyển đổi số trong hoạt động CĐ{d}', 'Tập huấn sử dụng phần mềm quản lý đoàn viên{d}',
            'Ứng dụng CNTT, AI trong công tác CĐ{d}'],
    'GV': ['Bồi dưỡng kỹ năng giảng dạy cho GVKC{d}', 'Tập huấn phương pháp giảng dạy tích cực cho giảng viên kiêm chức{d}'],
    'VT': ['Tập huấn công tác văn thư, lưu trữ CĐ{d}', 'Bồi dưỡng nghiệp vụ văn thư và lưu trữ hồ sơ điện tử{d}'],
    'LL': ['Bồi dưỡng lý luận chính trị cho CB CĐ{d}', 'Lớp bồi dưỡng QLNN ngạch chuyên viên cho CB CĐ chuyên trách{d}',
           'Bồi dưỡng LLCT, nghiệp vụ CĐ cho đảng viên mới là CB CĐ{d}'],
}
# audience cells (office wording) per topic
AUD = {
    'NV': ['CT, PCT CĐCS', 'CT, PCT, UVBCH CĐCS khối HCSN', 'UVBCH CĐCS mới bầu', 'CBCĐ không chuyên trách',
           'Chủ tịch và P.Chủ tịch CĐCS'],
    'TL': ['CT, PCT CĐCS doanh nghiệp', 'CT CĐCS; CB CĐ cấp trên cơ sở', 'UVBCH CĐCS khối DN'],
    'AT': ['ATVSV, ĐVCĐ, NLĐ', 'CT CĐCS, cán bộ phụ trách ATVSLĐ', 'Đoàn viên, NLĐ'],
    'PL': ['CB CĐ cấp trên cơ sở', 'CT, PCT CĐCS', 'Đoàn viên, người lao động'],
    'TC': ['CB CĐ cấp trên cơ sở; CT CĐCS doanh nghiệp', 'CB CĐ chuyên trách'],
    'NC': ['Trưởng, phó ban nữ công CĐCS', 'Nữ UVBCH CĐCS, trưởng ban nữ công', 'CB nữ công CĐCS'],
    'TCH': ['Kế toán, thủ quỹ CĐCS', 'CT CĐCS, kế toán CĐCS', 'Kế toán CĐ cấp trên cơ sở'],
    'KT': ['UV UBKT CĐCS', 'Chủ nhiệm, UV UBKT CĐCS', 'UV UBKT CĐ cấp trên cơ sở'],
    'TG': ['UVBCH CĐCS phụ trách tuyên giáo', 'CB CĐ chuyên trách', 'PCT CĐCS'],
    'PT': ['CB CĐ cấp trên cơ sở', 'CB CĐ chuyên trách; CT CĐCS', 'CBCĐ không chuyên trách'],
    'CDS': ['CT, PCT CĐCS', 'CB CĐ chuyên trách', 'UVBCH CĐCS; kế toán CĐCS'],
    'GV': ['Giảng viên kiêm chức', 'GVKC, CB CĐ cấp trên cơ sở'],
    'VT': ['Văn thư CĐ cấp trên cơ sở', 'CB CĐ chuyên trách'],
    'LL': ['CB CĐ chuyên trách', 'CT CĐCS khối HCSN', 'CB CĐ cấp trên cơ sở'],
}

# province -> (province cell variants, organisers list: (name, code prefix, sector topics preference), places)
PROV = {
 'Thanh Hóa': (['Thanh Hóa', 'Thanh Hoá'], [
     ('LĐLĐ tỉnh Thanh Hóa', 'THA-LDLD', None),
     ('CĐ ngành Giáo dục Thanh Hóa', 'THA-GD', None),
     ('CĐ ngành Y tế tỉnh Thanh Hóa', 'THA-YT', None),
     ('CĐ phường Hạc Thành', 'THA-HT', None),
     ('CĐ Khu kinh tế Nghi Sơn và các KCN', 'THA-KKT', None)],
     ['Hội trường LĐLĐ tỉnh, phường Hạc Thành', 'Trường Chính trị tỉnh Thanh Hóa', 'Nhà văn hóa CNLĐ Nghi Sơn (TX Nghi Sơn cũ)',
      'Hội trường Sở GD&ĐT', 'Trung tâm Hội nghị tỉnh, TP Thanh Hóa cũ', 'UBND phường Sầm Sơn']),
 'Nghệ An': (['Nghệ An'], [
     ('LĐLĐ tỉnh Nghệ An', 'NAN.LDLD', None),
     ('CĐ ngành Y tế Nghệ An', 'NAN.YT', None),
     ('CĐ Viên chức tỉnh Nghệ An', 'NAN.VC', None),
     ('CĐ ngành Giáo dục Nghệ An', 'NAN.GD', None),
     ('CĐ phường Trường Vinh', 'NAN.TV', None)],
     ['Hội trường LĐLĐ tỉnh, TP Vinh cũ', 'Trường Chính trị tỉnh Nghệ An', 'Bệnh viện HNĐK Nghệ An', 'KCN Nam Cấm, Nghi Lộc cũ',
      'Nhà văn hóa phường Trường Vinh', 'Khách sạn Công đoàn Cửa Lò']),
 'Hà Tĩnh': (['Hà Tĩnh'], [
     ('LĐLĐ tỉnh Hà Tĩnh', 'HTI_LDLD', None),
     ('CĐ ngành Giáo dục Hà Tĩnh', 'HTI_GD', None),
     ('CĐ Viên chức tỉnh Hà Tĩnh', 'HTI_VC', None),
     ('CĐ KKT tỉnh Hà Tĩnh', 'HTI_KKT', None),
     ('CĐ phường Thành Sen', 'HTI_TS', None)],
     ['Hội trường LĐLĐ tỉnh', 'Trường Chính trị Trần Phú', 'KKT Vũng Áng (TX Kỳ Anh cũ)', 'Nhà văn hóa phường Thành Sen']),
 'Quảng Trị': (['Quảng Trị'], [
     ('LĐLĐ tỉnh Quảng Trị', 'QTR-LDLD', None),
     ('CĐ ngành Giáo dục Quảng Trị', 'QTR-GD', None),
     ('CĐ phường Đồng Hới', 'QTR-DH', None),
     ('CĐ đặc khu Cồn Cỏ', 'QTR-CC', None)],
     ['Hội trường LĐLĐ tỉnh (cơ sở Đồng Hới, Quảng Bình cũ)', 'Hội trường LĐLĐ tỉnh (cơ sở Đông Hà)', 'Trường Chính trị Lê Duẩn',
      'Nhà khách Công đoàn Cửa Tùng', 'UBND đặc khu Cồn Cỏ']),
 'Huế': (['Huế', 'TP Huế', 'Thừa Thiên Huế'], [
     ('LĐLĐ thành phố Huế', 'HUE.LDLD', None),
     ('CĐ ngành Y tế TP Huế', 'HUE.YT', None),
     ('CĐ Bệnh viện Trung ương Huế', 'HUE.BVTW', None),
     ('CĐ phường Thuận Hóa', 'HUE.THH', None),
     ('CĐ Đại học Huế', 'HUE.DHH', None)],
     ['Hội trường LĐLĐ TP Huế', 'Trường Chính trị Nguyễn Chí Thanh', 'Bệnh viện Trung ương Huế', 'KCN Phú Bài (TX Hương Thủy cũ)',
      'Đại học Huế, 03 Lê Lợi']),
 'Đà Nẵng': (['Đà Nẵng', 'TP Đà Nẵng', 'TP. Đà Nẵng'], [
     ('LĐLĐ thành phố Đà Nẵng', 'DNG-LDLD', None),
     ('CĐ Tổng công ty Điện lực miền Trung', 'DNG-EVNCPC', None),
     ('CĐ ngành Giao thông vận tải Đà Nẵng', 'DNG-GTVT', None),
     ('CĐ các KCN Đà Nẵng', 'DNG-KCN', None),
     ('CĐ phường Hội An', 'DNG-HA', None),
     ('CĐ Viên chức TP Đà Nẵng', 'DNG-VC', None)],
     ['Hội trường LĐLĐ TP, 02 Phan Đình Phùng', 'Cơ sở 2 LĐLĐ TP tại Tam Kỳ (Quảng Nam cũ)', 'Hội trường EVNCPC, 78A Duy Tân',
      'Nhà văn hóa CN KCN Hòa Khánh', 'UBND phường Hội An', 'Trường Chính trị TP Đà Nẵng']),
 'Quảng Ngãi': (['Quảng Ngãi'], [
     ('LĐLĐ tỉnh Quảng Ngãi', 'QNG_LDLD', None),
     ('CĐ Khu kinh tế Dung Quất và các KCN', 'QNG_DQ', None),
     ('CĐ Công ty CP Lọc hóa dầu Bình Sơn', 'QNG_BSR', None),
     ('CĐ đặc khu Lý Sơn', 'QNG_LS', None),
     ('CĐ ngành Giáo dục Quảng Ngãi', 'QNG_GD', None)],
     ['Hội trường LĐLĐ tỉnh, phường Cẩm Thành', 'Cơ sở LĐLĐ tại Kon Tum (tỉnh Kon Tum cũ)', 'Nhà máy Lọc dầu Dung Quất',
      'UBND đặc khu Lý Sơn', 'Trường Chính trị tỉnh Quảng Ngãi']),
 'Gia Lai': (['Gia Lai'], [
     ('LĐLĐ tỉnh Gia Lai', 'GLA.LDLD', None),
     ('CĐ Tập đoàn Công nghiệp Cao su Việt Nam khu vực Tây Nguyên', 'GLA.VRG', None),
     ('CĐ ngành Nông nghiệp và Môi trường Gia Lai', 'GLA.NN', None),
     ('CĐ phường Quy Nhơn', 'GLA.QN', None),
     ('CĐ phường Pleiku', 'GLA.PK', None)],
     ['Hội trường LĐLĐ tỉnh (cơ sở Quy Nhơn, Bình Định cũ)', 'Hội trường LĐLĐ tỉnh (cơ sở Pleiku)', 'Công ty TNHH MTV Cao su Chư Păh',
      'Trường Chính trị tỉnh Gia Lai', 'Nhà văn hóa LĐ phường Quy Nhơn']),
 'Đắk Lắk': (['Đắk Lắk', 'Đăk Lăk', 'Đắk Lắk'], [
     ('LĐLĐ tỉnh Đắk Lắk', 'DLK-LDLD', None),
     ('CĐ ngành Y tế Đắk Lắk', 'DLK-YT', None),
     ('CĐ ngành Giáo dục Đắk Lắk', 'DLK-GD', None),
     ('CĐ phường Tuy Hòa', 'DLK-TH', None),
     ('CĐ Tổng công ty Cà phê Việt Nam', 'DLK-VINACAFE', None)],
     ['Hội trường LĐLĐ tỉnh, Buôn Ma Thuột', 'Cơ sở 2 LĐLĐ tỉnh tại Tuy Hòa (Phú Yên cũ)', 'Bệnh viện Đa khoa vùng Tây Nguyên',
      'Trường Chính trị tỉnh Đắk Lắk', 'Nhà văn hóa phường Tuy Hòa']),
 'Lâm Đồng': (['Lâm Đồng'], [
     ('LĐLĐ tỉnh Lâm Đồng', 'LDO_LDLD', None),
     ('CĐ ngành Giáo dục Lâm Đồng', 'LDO_GD', None),
     ('CĐ Tổng công ty Điện lực TKV? ', 'LDO_XX', None),
     ('CĐ phường Xuân Hương - Đà Lạt', 'LDO_XH', None),
     ('CĐ đặc khu Phú Quý', 'LDO_PQ', None),
     ('CĐ Viên chức tỉnh Lâm Đồng', 'LDO_VC', None)],
     ['Hội trường LĐLĐ tỉnh, Đà Lạt', 'Cơ sở LĐLĐ tại Phan Thiết (Bình Thuận cũ)', 'Cơ sở LĐLĐ tại Gia Nghĩa (Đắk Nông cũ)',
      'Trường Chính trị tỉnh Lâm Đồng', 'UBND đặc khu Phú Quý']),
 'Khánh Hòa': (['Khánh Hòa', 'Khánh Hoà'], [
     ('LĐLĐ tỉnh Khánh Hòa', 'KHA.LDLD', None),
     ('CĐ ngành Y tế Khánh Hòa', 'KHA.YT', None),
     ('CĐ ngành Công thương Khánh Hòa', 'KHA.CT', None),
     ('CĐ phường Nha Trang', 'KHA.NT', None),
     ('CĐ Viên chức tỉnh Khánh Hòa', 'KHA.VC', None)],
     ['Hội trường LĐLĐ tỉnh, Nha Trang', 'Cơ sở LĐLĐ tại Phan Rang (Ninh Thuận cũ)', 'Trường Chính trị tỉnh Khánh Hòa',
      'Nhà văn hóa LĐ Khánh Hòa', 'KCN Suối Dầu']),
 'Hà Nội': (['Hà Nội', 'TP Hà Nội'], [
     ('LĐLĐ thành phố Hà Nội', 'HN-LDLD', None),
     ('Trường Trung cấp Công đoàn Hà Nội', 'HN-TCCD', None),
     ('CĐ ngành Giáo dục Hà Nội', 'HN-GD', None),
     ('CĐ Viên chức Việt Nam', 'HN-CDVC', None)],
     ['Trường Trung cấp CĐ Hà Nội, Phương Liệt', 'Cung Văn hóa Lao động Hữu nghị Việt Xô', 'Hội trường LĐLĐ TP, 89 Quán Sứ',
      'Nhà văn hóa xã Mê Linh']),
 'Lạng Sơn': (['Lạng Sơn'], [
     ('LĐLĐ tỉnh Lạng Sơn', 'LSN-LDLD', None),
     ('CĐ ngành Giáo dục Lạng Sơn', 'LSN-GD', None),
     ('CĐ xã Chi Lăng', 'LSN-CL', None)],
     ['Hội trường LĐLĐ tỉnh Lạng Sơn', 'Trường Chính trị Hoàng Văn Thụ', 'UBND xã Chi Lăng (huyện Chi Lăng cũ)']),
 'Ninh Bình': (['Ninh Bình'], [
     ('LĐLĐ tỉnh Ninh Bình', 'NBI-LDLD', None),
     ('CĐ ngành Y tế Ninh Bình', 'NBI-YT', None),
     ('CĐ phường Nam Định', 'NBI-ND', None)],
     ['Hội trường LĐLĐ tỉnh (cơ sở Nam Định cũ)', 'Hội trường LĐLĐ tỉnh (cơ sở Phủ Lý, Hà Nam cũ)', 'Trường Chính trị tỉnh Ninh Bình']),
 'Phú Thọ': (['Phú Thọ'], [
     ('LĐLĐ tỉnh Phú Thọ', 'PTH-LDLD', None),
     ('CĐ ngành Công thương Phú Thọ', 'PTH-CT', None),
     ('CĐ phường Vĩnh Yên', 'PTH-VY', None)],
     ['Hội trường LĐLĐ tỉnh, Việt Trì', 'Cơ sở LĐLĐ tại Vĩnh Yên (Vĩnh Phúc cũ)', 'Cơ sở LĐLĐ tại Hòa Bình (tỉnh Hòa Bình cũ)']),
 'Tuyên Quang': (['Tuyên Quang'], [
     ('LĐLĐ tỉnh Tuyên Quang', 'TQU-LDLD', None),
     ('CĐ ngành Giáo dục Tuyên Quang', 'TQU-GD', None),
     ('CĐ phường Hà Giang 1', 'TQU-HG', None)],
     ['Hội trường LĐLĐ tỉnh Tuyên Quang', 'Cơ sở LĐLĐ tại Hà Giang (tỉnh Hà Giang cũ)', 'Trường Chính trị tỉnh Tuyên Quang']),
}
# fix a placeholder organiser
PROV['Lâm Đồng'][1][2] = ('CĐ Công ty Nhôm Lâm Đồng - TKV', 'LDO_NHOM', None)

PARTNERS = ['', '', 'Sở Nội vụ', 'Sở Y tế', 'Trường Chính trị tỉnh', 'Trường Đại học Công đoàn', 'Sở GD&ĐT',
            'Thanh tra Sở Nội vụ', 'Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Viện Công nhân và Công đoàn', 'Tổng LĐLĐ Việt Nam']

# organiser-type topic preference
def topics_for(org):
    o = org.lower()
    if 'giáo dục' in o:
        return ['NV', 'NC', 'TCH', 'KT', 'CDS', 'PL', 'TG', 'LL', 'VT']
    if 'y tế' in o or 'bệnh viện' in o:
        return ['NV', 'AT', 'NC', 'TCH', 'KT', 'PL', 'CDS']
    if 'viên chức' in o or 'đại học' in o:
        return ['NV', 'LL', 'VT', 'KT', 'TCH', 'CDS', 'TG']
    if 'kcn' in o or 'khu kinh tế' in o or 'kkt' in o or 'tổng công ty' in o or 'tập đoàn' in o or 'công ty' in o \
            or 'công thương' in o or 'giao thông' in o or 'nông nghiệp' in o:
        return ['TL', 'AT', 'PT', 'TC', 'PL', 'NV', 'NC']
    if 'trường trung cấp' in o:
        return ['AT', 'NV', 'GV', 'PL', 'TL', 'CDS']
    if org.startswith('CĐ phường') or org.startswith('CĐ xã') or org.startswith('CĐ đặc khu'):
        return ['NV', 'PT', 'TCH', 'NC', 'AT']
    return ['NV', 'TL', 'AT', 'PL', 'TC', 'NC', 'TCH', 'KT', 'TG', 'PT', 'CDS', 'GV', 'VT', 'LL']

TODAY = dt.date(2026, 11, 23)

def weekday_after(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d

def rand_date(lo, hi):
    span = (hi - lo).days
    return weekday_after(lo + dt.timedelta(days=R.randint(0, span)))

def fmt(d):
    return d.strftime('%d/%m/%Y')

ROMAN = {1: 'I', 2: 'II', 3: 'III', 4: 'IV'}

def date_cells(kind, year=None):
    """returns (start_cell, end_cell, deadline_cell, days_cell, status_default)"""
    if kind == 'planned':
        y = year or R.choice([2027, 2027, 2027])
        m = R.randint(1, 12) if y == 2027 else 12
        shape = R.choice(['Tháng {m}/{y}', 'T{m}/{y}', 'tháng {m} năm {y}', 'cuối tháng {m}/{y}', 'Q', 'Q', 'MM', 'H'])
        if shape == 'Q':
            q = (m - 1) // 3 + 1
            s = R.choice(['Quý {r}/{y}', 'Quý {q}/{y}', 'Q{q}/{y}', 'quý {r} năm {y}']).format(r=ROMAN[q], q=q, y=y)
        elif shape == 'MM':
            m = min(m, 11)
            s = R.choice(['Tháng {m}-{n}/{y}', 'tháng {m}, {n} năm {y}']).format(m=m, n=m + 1, y=y)
        elif shape == 'H':
            s = R.choice(['6 tháng đầu năm {y}', '6 tháng cuối năm {y}']).format(y=y)
        else:
            s = shape.format(m=m, y=y)
        return s, '', '', R.choice(['', '2', '02 ngày', '3 ngày']), 'Dự kiến'
    if kind == 'past':
        d = rand_date(dt.date(2025, 2, 10), dt.date(2026, 11, 13))
    elif kind == 'soon':
        d = rand_date(dt.date(2026, 11, 24), dt.date(2026, 12, 30))
    else:
        d = rand_date(dt.date(2027, 1, 5), dt.date(2027, 12, 18))
    ndays = R.choice([1, 2, 2, 2, 3, 3, 4, 5])
    end = d + dt.timedelta(days=ndays - 1)
    shape = R.choice(['plain', 'plain', 'time', 'h', 'iso', 'range', 'range2', 'tu', 'rangedays', 'endcol'])
    endcell = ''
    if ndays == 1:
        shape = R.choice(['plain', 'time', 'h', 'iso'])
    if shape == 'plain':
        s = fmt(d); endcell = fmt(end) if ndays > 1 else ''
    elif shape == 'time':
        s = fmt(d) + ' ' + R.choice(['07:30', '08:00', '13:30', '14:00']); endcell = (fmt(end) + ' 16:30') if ndays > 1 else ''
    elif shape == 'h':
        s = R.choice(['7h30', '8h00', '13h30']) + ' ngày ' + f'{d.day}/{d.month}/{d.year}'; endcell = fmt(end) if ndays > 1 else ''
    elif shape == 'iso':
        s = d.isoformat(); endcell = end.isoformat() if ndays > 1 else ''
    elif shape in ('range', 'rangedays'):
        if end.month == d.month:
            s = f'{d.day}-{end.day}/{d.month}/{d.year}'
        else:
            s = f'{d.day}/{d.month} - {end.day}/{end.month}/{end.year}'
        if shape == 'rangedays':
            s += f' ({ndays} ngày)'
    elif shape == 'range2':
        s = f'{d.day:02d}/{d.month} - {end.day:02d}/{end.month}/{end.year}'
    elif shape == 'tu':
        s = f'Từ {d.day:02d}/{d.month} đến {end.day:02d}/{end.month}/{end.year}'
    else:
        s = fmt(d); endcell = fmt(end)
    # deadline
    dl = ''
    if R.random() < 0.7:
        back = R.choice([1, 3, 5, 7, 7, 10, 14])
        dd = d - dt.timedelta(days=back)
        dl = fmt(dd)
    days = ''
    if R.random() < 0.6:
        days = R.choice([str(ndays), f'{ndays} ngày', f'0{ndays} ngày'])
    return s, endcell, dl, days, ''

def seats():
    n = R.choice([30, 35, 40, 45, 50, 60, 70, 80, 100, 120, 150])
    return R.choice([str(n), f'{n} người', f'khoảng {n} học viên', f'{n} HV'])

def mode_cell():
    x = R.random()
    if x < 0.68:
        return R.choice(['', 'Tập trung (trực tiếp)', 'Tập trung', 'trực tiếp'])
    if x < 0.88:
        return R.choice(['Trực tuyến', 'trực tuyến', 'TRỰC TUYẾN'])
    return R.choice(['Kết hợp (trực tiếp và trực tuyến)', 'Kết hợp'])

NOTES = ['', '', '', 'Mang theo CCCD.', 'Học viên tự túc phương tiện.', 'Kinh phí từ nguồn TC CĐ cấp trên.',
         'Đăng ký qua Ban Tổ chức LĐLĐ.', 'Có cấp giấy chứng nhận.', 'Link Zoom gửi trước 1 ngày.', 'Ưu tiên CĐCS mới thành lập.',
         'Ăn nghỉ tại chỗ.', 'Theo KH số 45/KH-LĐLĐ.']

rows = []
used = set()

def make_code(prefix, year, n):
    c = f'{prefix}-{str(year)[2:]}-{n:02d}'
    if '.' in prefix:
        c = f'{prefix}.{year}.{n:02d}'
    elif '_' in prefix:
        c = f'{prefix}_{year}_{n:02d}'
    return c

counters = {}
for prov, (pcells, orgs, places) in PROV.items():
    n_rows = 24 if prov in ('Thanh Hóa', 'Nghệ An', 'Đà Nẵng', 'Gia Lai', 'Đắk Lắk', 'Lâm Đồng', 'Khánh Hòa', 'Huế') else 16
    if prov in ('Hà Tĩnh', 'Quảng Trị', 'Quảng Ngãi'):
        n_rows = 20
    for i in range(n_rows):
        org, pref, _ = orgs[i % len(orgs)] if i < len(orgs) * 2 else R.choice(orgs)
        tk = R.choice(topics_for(org))
        kind = R.choices(['past', 'soon', 'future', 'planned'], [24, 18, 44, 14])[0]
        s, e, dl, days, st = date_cells(kind)
        # year for code
        import re
        ym = re.findall(r'(20\d\d)', s)
        year = int(ym[-1]) if ym else 2027
        title = R.choice(TITLES[tk]).format(y=year, d='')
        status = st
        if kind == 'past':
            status = R.choice(['Đã kết thúc', 'Đã kết thúc', 'đã kết thúc', '', 'Mở đăng ký'])
        elif kind in ('soon', 'future'):
            status = R.choice(['Mở đăng ký', 'Mở đăng ký', '', 'mở đăng ký', 'Mở đăng ký'])
            if R.random() < 0.07:
                status = R.choice(['Đã hủy', 'Đã huỷ'])
        counters[(pref, year)] = counters.get((pref, year), 0) + 1
        code = make_code(pref, year, counters[(pref, year)])
        assert code not in used
        used.add(code)
        row = {
            'Mã lớp': code, 'Tên lớp': title, 'Chủ đề': R.choice(TOPIC_WORDS[tk]), 'Đối tượng': R.choice(AUD[tk]),
            'Đơn vị tổ chức': org, 'Đơn vị phối hợp': R.choice(PARTNERS), 'Tỉnh/Thành phố': R.choice(pcells),
            'Địa điểm': R.choice(places), 'Hình thức': mode_cell(), 'Ngày bắt đầu': s, 'Ngày kết thúc': e,
            'Hạn đăng ký': dl, 'Số ngày': days, 'Số chỗ': seats(), 'Trạng thái': status, 'Ghi chú': R.choice(NOTES),
            'Lịch nhắc': R.choice(['', '', '', '', '3 ngày; 2 giờ', '1 ngày lúc 07:00', 'không']) if status not in ('Dự kiến',) else '',
        }
        # keep the audience cell consistent with what the title promises
        if 'cho CT, PCT CĐCS' in title:
            row['Đối tượng'] = 'CT, PCT CĐCS'
        elif 'chuyên viên cho CB CĐ chuyên trách' in title:
            row['Đối tượng'] = 'CB CĐ chuyên trách'
        elif 'kế toán CĐCS' in title and 'kế toán' not in row['Đối tượng'].lower():
            row['Đối tượng'] = 'Kế toán, thủ quỹ CĐCS'
        if 'trực tuyến' in row['Hình thức'].lower() and 'kết hợp' not in row['Hình thức'].lower():
            row['Địa điểm'] = R.choice(['Trực tuyến qua Zoom', 'Google Meet', 'Phòng họp trực tuyến LĐLĐ', 'Trực tuyến (điểm cầu tại CĐCS)'])
        rows.append(row)

# batches đợt 1/2 and look-alike titles across provinces (hand-placed)
def add(code, title, topic, aud, org, prov, place, start, end='', dl='', days='', seats_='', status='Mở đăng ký', mode='', note='', partner=''):
    assert code not in used, code
    used.add(code)
    rows.append({'Mã lớp': code, 'Tên lớp': title, 'Chủ đề': topic, 'Đối tượng': aud, 'Đơn vị tổ chức': org,
                 'Đơn vị phối hợp': partner, 'Tỉnh/Thành phố': prov, 'Địa điểm': place, 'Hình thức': mode,
                 'Ngày bắt đầu': start, 'Ngày kết thúc': end, 'Hạn đăng ký': dl, 'Số ngày': days, 'Số chỗ': seats_,
                 'Trạng thái': status, 'Ghi chú': note, 'Lịch nhắc': ''})

add('THA-GD-TCKT-D1', 'Tập huấn nghiệp vụ tài chính CĐ cho kế toán CĐCS trường học (đợt 1)', 'TCCĐ', 'Kế toán, thủ quỹ CĐCS khối trường học',
    'CĐ ngành Giáo dục Thanh Hóa', 'Thanh Hóa', 'Hội trường Sở GD&ĐT', '08/12/2026', '09/12/2026', '01/12/2026', '2', '120 người')
add('THA-GD-TCKT-D2', 'Tập huấn nghiệp vụ tài chính CĐ cho kế toán CĐCS trường học (đợt 2)', 'TCCĐ', 'Kế toán, thủ quỹ CĐCS khối trường học',
    'CĐ ngành Giáo dục Thanh Hóa', 'Thanh Hóa', 'Trường THPT Tĩnh Gia 1, Nghi Sơn', '12-13/1/2027', '', '05/01/2027', '2', '120 người')
add('NAN.YT.NC.D1', 'Tập huấn nữ công ngành Y tế - đợt 1', 'Nữ công', 'Trưởng, phó ban nữ công CĐCS; nữ UVBCH',
    'CĐ ngành Y tế Nghệ An', 'Nghệ An', 'Bệnh viện HNĐK Nghệ An', '03/12/2026 07:30', '04/12/2026 16:30', '28/11/2026', '2', '80')
add('NAN.YT.NC.D2', 'Tập huấn nữ công ngành Y tế - đợt 2', 'Nữ công', 'Trưởng, phó ban nữ công CĐCS; nữ UVBCH',
    'CĐ ngành Y tế Nghệ An', 'Nghệ An', 'BVĐK khu vực Tây Bắc Nghệ An (Thái Hòa)', 'Tháng 3/2027', status='Dự kiến')
add('DNG-LDLD-TLTT-D1', 'Tập huấn kỹ năng đối thoại, thương lượng tập thể (đợt 1)', 'Đối thoại, TLTT', 'CT, PCT CĐCS doanh nghiệp',
    'LĐLĐ thành phố Đà Nẵng', 'Đà Nẵng', 'Nhà văn hóa CN KCN Hòa Khánh', '15-17/12/2026', '', '08/12/2026', '3', '70 người', partner='Viện Công nhân và Công đoàn')
add('DNG-LDLD-TLTT-D2', 'Tập huấn kỹ năng đối thoại, thương lượng tập thể (đợt 2)', 'Đối thoại, TLTT', 'CT, PCT CĐCS doanh nghiệp',
    'LĐLĐ thành phố Đà Nẵng', 'Đà Nẵng', 'Cơ sở 2 LĐLĐ TP tại Tam Kỳ (Quảng Nam cũ)', 'Từ 09/3 đến 11/3/2027', '', '01/03/2027', '3', '70 người')
add('THA-LDLD-TLTT-27', 'Tập huấn kỹ năng đối thoại, thương lượng tập thể', 'TLTT', 'CT CĐCS doanh nghiệp ngoài nhà nước',
    'LĐLĐ tỉnh Thanh Hóa', 'Thanh Hóa', 'Nhà văn hóa CNLĐ Nghi Sơn (TX Nghi Sơn cũ)', '2027-01-19', '2027-01-20', '12/01/2027', '2', '60')
add('GLA.VRG.AT.D1', 'Huấn luyện ATVSLĐ cho CN khai thác mủ cao su (đợt 1)', 'ATVSLĐ', 'Đoàn viên, NLĐ; ATVSV',
    'CĐ Tập đoàn Công nghiệp Cao su Việt Nam khu vực Tây Nguyên', 'Gia Lai', 'Công ty TNHH MTV Cao su Chư Păh', '26/11/2026', '27/11/2026', '25/11/2026', '2', '150')
add('GLA.VRG.AT.D2', 'Huấn luyện ATVSLĐ cho CN khai thác mủ cao su (đợt 2)', 'ATVSLĐ', 'Đoàn viên, NLĐ; ATVSV',
    'CĐ Tập đoàn Công nghiệp Cao su Việt Nam khu vực Tây Nguyên', 'Đắk Lắk', 'Công ty Cao su Krông Búk', 'Q2/2027', status='Dự kiến')
add('HUE.LDLD.GVKC.27', 'Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức công đoàn', 'Kỹ năng giảng dạy', 'Giảng viên kiêm chức',
    'LĐLĐ thành phố Huế', 'Huế', 'Trường Chính trị Nguyễn Chí Thanh', '10-12/3/2027', '', '26/02/2027', '3', '40', partner='Trường Đại học Công đoàn')
add('LSN-LDLD-GVKC-27', 'Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức công đoàn', 'Kỹ năng giảng dạy', 'GVKC; CB CĐ cấp trên cơ sở',
    'LĐLĐ tỉnh Lạng Sơn', 'Lạng Sơn', 'Trường Chính trị Hoàng Văn Thụ', '07/04/2027', '09/04/2027', '31/03/2027', '3', '25')
add('KHA.LDLD.LC.HUY', 'Tập huấn Luật Công đoàn 2024 cho CT CĐCS', 'Pháp luật LĐ', 'CT, PCT CĐCS',
    'LĐLĐ tỉnh Khánh Hòa', 'Khánh Hòa', 'Hội trường LĐLĐ tỉnh, Nha Trang', '02/12/2026', '03/12/2026', '25/11/2026', '2', '100', status='Đã hủy', note='Hoãn do mưa lũ, sẽ tổ chức lại năm 2027.')
add('KHA.LDLD.LC.27', 'Tập huấn Luật Công đoàn 2024 cho CT CĐCS', 'Pháp luật LĐ', 'CT, PCT CĐCS',
    'LĐLĐ tỉnh Khánh Hòa', 'Khánh Hòa', 'Cơ sở LĐLĐ tại Phan Rang (Ninh Thuận cũ)', 'Tháng 2/2027', status='Dự kiến', note='Tổ chức lại lớp bị hoãn 12/2026.')
add('QTR-LDLD-KT-ONL', 'Tập huấn nghiệp vụ công tác kiểm tra CĐ (trực tuyến)', 'Kiểm tra', 'UV UBKT CĐCS',
    'LĐLĐ tỉnh Quảng Trị', 'Quảng Trị', 'Trực tuyến, điểm cầu các CĐCS', '01/12/2026 14:00', '', '30/11/2026', '1', '300', mode='Trực tuyến')
add('DLK-LDLD-NVCD-2025', 'Tập huấn nghiệp vụ công tác công đoàn', 'Nghiệp vụ CĐ', 'CT, PCT CĐCS',
    'LĐLĐ tỉnh Đắk Lắk', 'Đắk Lắk', 'Cơ sở 2 LĐLĐ tỉnh tại Tuy Hòa (Phú Yên cũ)', '14-15/10/2025', '', '', '2', '90', status='Đã kết thúc')
add('LDO_LDLD_PQ_27', 'Tập huấn nghiệp vụ CĐ cho CĐCS đặc khu Phú Quý', 'NVCĐ', 'CT, PCT, UVBCH CĐCS',
    'CĐ đặc khu Phú Quý', 'Lâm Đồng', 'UBND đặc khu Phú Quý', '20/4/2027', '21/4/2027', '10/04/2027', '2', '40', note='Đi tàu cao tốc từ Phan Thiết.')
add('HN-CDVC-LLCT-27', 'Bồi dưỡng lý luận, nghiệp vụ CĐ cho CT CĐ cơ quan hành chính', 'LLCT', 'CT CĐCS khối HCSN; CT CĐ cơ quan',
    'CĐ Viên chức Việt Nam', 'Hà Nội', 'Trường Trung cấp CĐ Hà Nội, Phương Liệt', '17/05/2027', '19/05/2027', '05/05/2027', '3', '60', mode='Kết hợp (trực tiếp và trực tuyến)')

cols = ['Mã lớp', 'Tên lớp', 'Chủ đề', 'Đối tượng', 'Đơn vị tổ chức', 'Đơn vị phối hợp', 'Tỉnh/Thành phố', 'Địa điểm', 'Hình thức',
        'Ngày bắt đầu', 'Ngày kết thúc', 'Hạn đăng ký', 'Số ngày', 'Số chỗ', 'Trạng thái', 'Ghi chú', 'Lịch nhắc']
with open(os.path.join(OUT, 'courses.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=cols)
    w.writeheader()
    for r in rows:
        w.writerow(r)
print(len(rows), 'courses')
