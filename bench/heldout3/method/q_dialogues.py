D, N, A, T = 'diacritics', 'plain', 'abbrev', 'typo'
def P(prov, role='Chủ tịch CĐCS'):
    return {'province': prov, 'role': role}
def L(*codes): return {'kind': 'course_list', 'codes': list(codes), 'text': []}
def C(codes, *text): return {'kind': 'course', 'codes': codes if isinstance(codes, list) else [codes], 'text': list(text)}
def R(code): return {'kind': 'register', 'codes': [code], 'text': []}
def TG(code, *text): return {'kind': 'target', 'codes': [code], 'text': list(text)}
def FA(*text): return {'kind': 'fact', 'codes': [], 'text': list(text)}
OFF = {'kind': 'off_topic', 'codes': [], 'text': []}

PT_ALL = ['PT-NV-VP-D1', 'PT-VT-2026-01', 'PT-TCLD-2027-01', 'PT-TC-2027-01', 'PT-PL-2027-01', 'PT_CDX_2027_02', 'PT-NV-2027-01',
          'PT-VT-2027-01', 'PT-TT-2027-01', 'PT-TC-2027-02', 'PT-PL-2027-02', 'PT_CDX_2027_03', 'PT-LLCT-2027-01', 'PT_CDX_2027_04', 'PT_CDX_2027_01']
LB_ALL = ['HN_CDX_2026_01', 'HN_CDX_2027_10', 'HN_CDX_2027_11', 'HN_CDX_2027_01', 'HN_CDX_2027_08', 'HN_CDX_2027_03', 'HN_CDX_2027_06']

DIALOGUES = [
(A, None, [
  ('na có lớp nữ công nào ko ad', L('NA-NC-2027-D1', 'NA-NC-2027-D2', 'NA_CDX_2027_05', 'CDYT-27-03', 'NA_CDX_2027_03')),
  ('cái thứ 2 học ở đâu', C('NA-NC-2027-D2', 'Cửa Lò')),
  ('hạn đk lớp đó khi nào', C('NA-NC-2027-D2', '10/05/2027')),
  ('ok đk cho mk lớp đó', R('NA-NC-2027-D2'))]),
(D, None, [
  ('Bình Định cũ có lớp tài chính công đoàn không?', L('GL-TC-BDINH-27', 'GL-TC-PLEIKU-27')),
  ('Lớp ở Quy Nhơn học ngày nào?', C('GL-TC-BDINH-27', '09/03/2027')),
  ('Còn lớp ở Pleiku thì sao?', C('GL-TC-PLEIKU-27', '23/03/2027')),
  ('Năm nay tỉnh đã đạt chỉ tiêu tập huấn cán bộ CĐCS chưa?', TG('CT-GL-2026-CBCD', '4.700', '3.890'))]),
(N, None, [
  ('hai phong thang 12 co lop nao cho chu tich cdcs khong', L('KCN.HP.26.001', 'HP-NV-2026-01')),
  ('lop thu 2 co bao nhieu cho', C('HP-NV-2026-01', '250')),
  ('dang ky lop do giup minh', R('HP-NV-2026-01')),
  ('thoi tiet hai phong tuan nay the nao', OFF)]),
(D, None, [
  ('Nghệ An có lớp thương lượng tập thể không?', L('NA-TLTT-2027-A')),
  ('Học mấy ngày vậy?', C('NA-TLTT-2027-A', '06/04/2027', '08/04/2027')),
  ('Thế còn ở Thanh Hóa?', L('TH-TLTT-2027-02', 'TH-TLTT-DN-D1', 'TH-TLTT-DN-D2', 'TH-TLTT-2027-01')),
  ('Đợt 2 ở Nghi Sơn hạn đăng ký khi nào?', C('TH-TLTT-DN-D2', '31/07/2027')),
  ('Đăng ký cho tôi lớp đó.', R('TH-TLTT-DN-D2'))]),
(A, P('Tuyên Quang'), [
  ('tỉnh mình tháng sau có lớp nào ko', L('TQ-CDS-2026-01', 'TQ_CDX_2026_01')),
  ('lớp online học mấy hôm', C('TQ-CDS-2026-01', '15/12/2026', '16/12/2026')),
  ('còn bên hà giang cũ có lớp nghiệp vụ cđ ko', C('TQ-NV-HAGIANG-27', '14/04/2027')),
  ('có hỗ trợ tiền đi lại ko', C('TQ-NV-HAGIANG-27', 'đi lại')),
  ('năm nay tỉnh mình tập huấn đc bn rồi', TG('CT-TQ-2026-CBCD', '3.400', '2.655'))]),
(N, None, [
  ('so can bo cong doan o huyen chi lang la bao nhieu', FA('366')),
  ('the toan tinh thi bao nhieu', FA('8.343')),
  ('bay gio xa chi lang co lop kiem tra cong doan nao khong', L('LS_CDX_2027_04', 'LS_CDX_2027_02')),
  ('lop dau hoc ngay nao', C('LS_CDX_2027_04', '18/06/2027'))]),
(T, None, [
  ('nam 2016 ha noi dao tao can bo cd co dat ke hoach ko', FA('33/33')),
  ('con truong trung cap cd thi huan luyen atvsld dc bao nhieu lop', FA('42')),
  ('con nam nay ha noi chi tieu boi duong chu tich cdcs bao nhieu', TG('CT-HN-2026-CTCDCS', '4.500', '3.912')),
  ('nam sau thi sao', TG('CT-HN-2027-CTCDCS', '4.800'))]),
(N, None, [
  ('bac ninh co lop huan luyen atvsld nhom 4 ko', L('BN-ATVSLD-2027-02', 'BN-ATVSLD-2027-01', 'BN-ATVSLD-2027-03')),
  ('dot 1 hoc ngay nao', C('BN-ATVSLD-2027-02', '03/05/2027')),
  ('dot 3 hoc o dau', C('BN-ATVSLD-2027-03', 'Bắc Giang')),
  ('dk lop dot 3', R('BN-ATVSLD-2027-03'))]),
(D, None, [
  ('Đà Nẵng có lớp lý luận chính trị cho cán bộ công đoàn không?', L('DN-LLCT-2027-01', 'DN-LLCT-2027-02')),
  ('Đăng ký cho tôi lớp gần nhất.', R('DN-LLCT-2027-01')),
  ('Năm nay Đà Nẵng bồi dưỡng lý luận chính trị đạt chỉ tiêu chưa?', TG('CT-DN-2026-LLCT', '120', '96'))]),
(T, None, [
  ('kcn phú bài có lơp gì cho chủ tịch cđcs', L('KCN.HUE.27.001', 'KCN.HUE.27.002', 'KCN.HUE.27.003', 'KCN.HUE.27.006')),
  ('cái thứ 3 hoc mấy ngày', C('KCN.HUE.27.003', '29/10/2027', '02/11/2027')),
  ('con bên lđlđ thành phố huế thì sao', C(['HUE-CDS-2027-01', 'HUE-PTDV-2027-01'])),
  ('gia xang hom nay bao nhieu', OFF)]),
(A, None, [
  ('cđ phường móng cái 1 có lớp online nào ko', L('QNI_CDX_2027_01', 'QNI_CDX_2027_03')),
  ('lớp thứ 2 hạn đk', C('QNI_CDX_2027_03', '12/09/2027')),
  ('còn lớp cho ct, pct cđcs ở đó thì sao', C('QNI_CDX_2027_02', '20/01/2027')),
  ('đk lớp này giúp e', R('QNI_CDX_2027_02'))]),
(D, None, [
  ('Sóc Trăng có bao nhiêu đoàn viên, người lao động được học nâng cao trình độ trong 2 năm?', FA('32.775', '61,23%')),
  ('Còn cán bộ công đoàn cơ sở được bồi dưỡng nghiệp vụ đạt bao nhiêu phần trăm?', FA('97,9%')),
  ('Giờ Sóc Trăng thuộc Cần Thơ rồi, ở đó có lớp về BHXH, BHYT mới không?', C('CT-PL-2027-01', '30/04/2027')),
  ('Học ở đâu?', C('CT-PL-2027-01', 'Sóc Trăng'))]),
(N, P('Ninh Bình', 'Giảng viên kiêm chức'), [
  ('tinh minh co lop giang vien kiem chuc nao', L('NB-GV-2027-02', 'NB-GV-2027-01')),
  ('cai o ha nam hoc ngay nao', C('NB-GV-2027-01', '03/04/2027')),
  ('con lop o nam dinh', C('NB-GV-2027-02', '10/03/2027')),
  ('dang ky lop nam dinh cho minh', R('NB-GV-2027-02'))]),
(T, None, [
  ('yen bai thang 3 nam sau co lop gi ko', L('LC-NC-2027-01')),
  ('mấy giờ bat dau', C('LC-NC-2027-01', '13:30')),
  ('con lop cho chu tich, pho chu tich cdcs o lao cai', C('LC-NV-2027-02', '11/10/2027')),
  ('chi tieu nu cong nam nay cua lao cai', TG('CT-LC-2026-NC', '600', '515')),
  ('dk lop nu cong giup e', R('LC-NC-2027-01'))]),
(A, None, [
  ('lớp cđcs mới tl ở vĩnh phúc cũ còn đk đc ko', C('PT-NV-VP-D1', '30/11/2026')),
  ('đk luôn cho mk', R('PT-NV-VP-D1')),
  ('hòa bình cũ có lớp j ko', C(PT_ALL)),
  ('chỉ tiêu năm nay của tỉnh', TG('CT-PT-2026-CBCD', '7.500', '6.040'))]),
(N, None, [
  ('bac kan cu co lop van thu luu tru khong', L('TN-VT-2027-02', 'TN-VT-2027-01')),
  ('dot 1 hoc tu ngay nao', C('TN-VT-2027-02', '29/01/2027')),
  ('dot 2 thi sao', C('TN-VT-2027-01', '31/05/2027')),
  ('luong co so nam 2027 bao nhieu', OFF),
  ('dk dot 2 cho minh', R('TN-VT-2027-01'))]),
(D, P('Hưng Yên', 'Kế toán CĐCS'), [
  ('Tỉnh mình có những lớp tài chính nào?', L('HY-TC-2027-03', 'HY-TC-2027-01', 'HY-TC-2027-04', 'HY-TC-2027-02')),
  ('Lớp ở Thái Bình gần nhất học ngày nào?', C('HY-TC-2027-03', '15/02/2027')),
  ('Hạn đăng ký?', C('HY-TC-2027-03', '08/02/2027')),
  ('Năm nay Hưng Yên tập huấn tài chính có vượt chỉ tiêu không?', TG('CT-HY-2026-TC', '900', '1.020'))]),
(A, None, [
  ('cđ giáo dục vn có lớp nào cho ct cđcs trường học', L('CDGD-2027-PB', 'CDGD-2027-MT', 'CDGD-2027-PN')),
  ('lớp miền trung tổ chức ở đâu', C('CDGD-2027-MT', 'Đà Nẵng')),
  ('còn lớp tài chính online cho kế toán', C('CDGD-2027-TC-ON', '20/01/2027')),
  ('chỉ tiêu năm sau của cđ giáo dục vn', TG('CT-CDGD-2027-CTCDCS', '420')),
  ('đk lớp miền trung cho e', R('CDGD-2027-MT'))]),
(D, None, [
  ('Kon Tum có lớp bồi dưỡng nghiệp vụ cho chủ tịch CĐCS không?', C('QNG-NV-KONTUM-27', '20/04/2027')),
  ('Bao nhiêu chỗ?', C('QNG-NV-KONTUM-27', '80')),
  ('Còn bên Khu kinh tế Dung Quất?', C('KCN.QNG.27.001', '22/01/2027')),
  ('Đăng ký lớp Dung Quất giúp tôi.', R('KCN.QNG.27.001'))]),
(T, None, [
  ('formosa ha tinh co lop gi ko', L('DNHT26-PL1', 'DNHT27-NC1', 'DNHT27-PL1', 'DNHT27-ATVSLD1')),
  ('cai dau hoc may ngay', C('DNHT26-PL1', '26/12/2026', '27/12/2026')),
  ('đợt 2 cua lop do bao gio', C('DNHT27-PL1', '20/04/2027')),
  ('nam ngoai ha tinh dat chi tieu tap huan ko', TG('CT-HT-2025-CBCD', '2.300', '2.284'))]),
(D, P('Hà Nội'), [
  ('Đoàn phí công đoàn bây giờ đóng bao nhiêu?', OFF),
  ('Thôi, phường Long Biên có lớp nào sắp tới không?', C(LB_ALL)),
  ('Lớp ủy ban kiểm tra đợt 1 học mấy ngày?', C('HN_CDX_2027_10', '12/01/2027', '15/01/2027')),
  ('Đăng ký lớp đó cho tôi.', R('HN_CDX_2027_10'))]),
(N, None, [
  ('nam 2020 ldld huyen me linh mo may lop tap huan', FA('2 lớp')),
  ('bay gio xa me linh co lop tai chinh khong', L('HN_CDX_2027_09', 'HN_CDX_2027_04')),
  ('lop thang 5 hoc may ngay', C('HN_CDX_2027_04', '12/05/2027', '14/05/2027'))]),
(A, None, [
  ('tháng sau có lớp online nào cho ct cđcs ko', L('TLD-LCD24-ON', 'TQ-CDS-2026-01', 'CT-CDS-2026-01', 'KCN.GL.26.001')),
  ('lớp của tlđ học lúc mấy h', C('TLD-LCD24-ON', '08:00')),
  ('đk giúp mk', R('TLD-LCD24-ON')),
  ('lương hưu năm sau có tăng ko', OFF)]),
(T, None, [
  ('quang binh cu co lop nao cho uy ban kiem tra ko', C('QT-KT-2027-01', '14/08/2027')),
  ('học ở đau', C('QT-KT-2027-01', 'Đông Hà')),
  ('nam nay quang tri tap huan can bo cdcs dc bao nhieu', TG('CT-QT-2026-CBCD', '3.100', '2.566'))]),
(D, None, [
  ('Quảng Nam cũ có lớp an toàn vệ sinh lao động cho công nhân ngành gỗ không?', C('DN-ATVSLD-QNAM-27', '07/06/2027')),
  ('Bao nhiêu chỗ?', C('DN-ATVSLD-QNAM-27', '150')),
  ('Còn ở Huế?', L('CDYT-27-01', 'KCN.HUE.27.004', 'KCN.HUE.27.001')),
  ('Đăng ký cho tôi lớp đầu.', R('CDYT-27-01'))]),
(N, None, [
  ('cd gang thep thai nguyen co lop nao', L('DNTN27-NC1', 'DNTN27-NC2', 'DNTN27-PL1')),
  ('cai thu 2 hoc ngay nao', C('DNTN27-NC2', '15/03/2027')),
  ('lop luat cong doan bao gio hoc', C('DNTN27-PL1', '6/2027')),
  ('nam 2027 thai nguyen chi tieu boi duong giang vien kiem chuc bao nhieu', TG('CT-TN-2027-GV', '60'))]),
(A, P('Bắc Ninh'), [
  ('cty samsung có lớp thương lượng tập thể ko', L('DNBN27-TLTT2', 'DNBN27-TLTT1')),
  ('lớp về tiền lương thưởng học mấy ngày', C('DNBN27-TLTT1', '21/05/2027', '23/05/2027')),
  ('bên kcn có lớp tranh chấp lđ ko', C('KCN.BN.27.004', '15/07/2027')),
  ('chỉ tiêu tập huấn ttcđ năm sau của cđ các kcn bn', TG('CT-KCNBN-2027-TLTT', '350')),
  ('năm nay thì sao', TG('CT-KCNBN-2026-TLTT', '300', '245'))]),
(T, None, [
  ('sơn la có lớp gì cho chủ tịch cđcs', L('SL-NV-2027-01', 'SL-TLTT-2027-01', 'SL-TCLD-2027-01')),
  ('lơp điều lệ bao giờ hết hạn đk', C('SL-NV-2027-01', '01/10/2027')),
  ('con o tp hcm co lop thuong luong tap the ko', C('HCM-TLTT-KCX-27', '25/05/2027')),
  ('dk lop hcm', R('HCM-TLTT-KCX-27'))]),
(D, None, [
  ('Năm 2014 LĐLĐ Lạng Sơn mở lớp giảng viên kiêm chức cho bao nhiêu người?', FA('25')),
  ('Ai khai mạc lớp đó?', FA('Trần Thị Kim Anh')),
  ('Năm sau Lạng Sơn có lớp giảng viên kiêm chức không?', C('LS-GV-2027', '21/04/2027')),
  ('Đăng ký cho tôi.', R('LS-GV-2027')),
  ('Năm 2025 Lạng Sơn bồi dưỡng được mấy giảng viên kiêm chức?', TG('CT-LS-2025-GV', '30'))]),
(N, None, [
  ('hai duong cu thang 3 nam sau co lop gi', C(['HP-GV-2027-01', 'HP-TC-HD-27', 'HP_CDX_2027_01', 'HP-TC-HP-27', 'HP-CDS-2027-01'])),
  ('lop tai chinh o hai duong bao nhieu cho', C('HP-TC-HD-27', '120')),
  ('dk lop do', R('HP-TC-HD-27')),
  ('nam nay hai phong tap huan can bo cdcs dat bao nhieu', TG('CT-HP-2026-CBCD', '6.200', '5.075'))]),
(A, P('Nghệ An', 'Kế toán CĐCS'), [
  ('tháng 8 năm sau tỉnh mình có lớp tài chính nào', L('CDN-NA-2702', 'NA_CDX_2027_06')),
  ('thế tháng 2?', C('NA_CDX_2027_02', '22/02/2027')),
  ('đk lớp đó', R('NA_CDX_2027_02'))]),
(T, P('Quảng Ninh'), [
  ('nam nay tinh minh huan luyen an toan ve sinh vien dat bao nhieu', TG('CT-QNI-2026-ATVSLD', '2.200', '1.730')),
  ('năm ngoai thì sao', TG('CT-QNI-2025-ATVSLD', '2.000', '2.146')),
  ('co lop atvsld nao sap toi ko', C('KCN.QNI.27.001', '22/03/2027')),
  ('dk', R('KCN.QNI.27.001'))]),
]
