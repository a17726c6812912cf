"""Phrase banks (clean Vietnamese; style.render turns them into how people type)."""

FACTS = [
 (['năm 2016 các cấp công đoàn Thủ đô tổ chức được bao nhiêu lớp đào tạo cán bộ', 'Hà Nội năm 2016 mở được mấy lớp bồi dưỡng cán bộ công đoàn so với kế hoạch'], ['33/33']),
 (['năm 2016 Hà Nội có bao nhiêu lượt học viên tham gia các lớp bồi dưỡng cán bộ CĐ, đạt bao nhiêu phần trăm', 'lượt học viên đào tạo cán bộ công đoàn Thủ đô năm 2016 là bao nhiêu'], ['3831/3580', '107%']),
 (['Trường Trung cấp Công đoàn Hà Nội huấn luyện an toàn vệ sinh lao động được bao nhiêu lớp năm 2016', 'trường trung cấp CĐ thành phố Hà Nội tổ chức huấn luyện ATVSLĐ mấy lớp, bao nhiêu học viên'], ['42 lớp', '3.060']),
 (['tổng số lượt cán bộ CĐ Hà Nội tham gia các lớp do quận huyện, ngành tự tổ chức năm 2016 là bao nhiêu'], ['38.386']),
 (['lớp tập huấn 3 ngày về kỹ năng tuyên truyền vận động phát triển đoàn viên của Hà Nội có bao nhiêu cán bộ cấp trên cơ sở', 'Hà Nội mở lớp 3 ngày phát triển đoàn viên cho mấy cán bộ CĐ cấp trên cơ sở'], ['23']),
 (['ai là Trưởng ban Tổ chức LĐLĐ thành phố Hà Nội báo cáo kết quả đào tạo năm 2016', 'trưởng ban tổ chức liên đoàn lao động Hà Nội hồi 2016 là ai'], ['Lê Xuân Trường']),
 (['Phó Chủ tịch LĐLĐ Hà Nội phát biểu ở hội nghị đào tạo cán bộ năm 2016 tên là gì'], ['Phạm Bá Vĩnh']),
 (['toàn tỉnh Lạng Sơn có bao nhiêu cán bộ công đoàn, bao nhiêu chuyên trách', 'bài về HTX Đồng Tâm nói toàn tỉnh có bao nhiêu CBCĐ chuyên trách và không chuyên trách'], ['8.343', '74', '8.269']),
 (['huyện Chi Lăng có bao nhiêu cán bộ công đoàn', 'số cán bộ CĐ ở huyện Chi Lăng'], ['366', '363']),
 (['chương trình nâng cao chất lượng và hiệu quả hoạt động của CBCĐ của LĐLĐ tỉnh Lạng Sơn là số mấy, ban hành ngày nào', 'Chương trình 104 của LĐLĐ tỉnh Lạng Sơn ban hành ngày nào'], ['104/CTr-LĐLĐ', '29/11/2013']),
 (['CĐCS HTX Đồng Tâm tăng từ bao nhiêu lên bao nhiêu đoàn viên', 'anh Nguyễn Văn Kiên ở HTX Đồng Tâm, đoàn viên tăng lên bao nhiêu người'], ['38']),
 (['từ năm 2013 các cấp công đoàn Lạng Sơn tổ chức bao nhiêu lớp tập huấn, cho bao nhiêu lượt CBCĐ'], ['85', '8.069']),
 (['cuối năm 2017 Lạng Sơn có bao nhiêu CĐCS vững mạnh, đạt bao nhiêu phần trăm'], ['1.238', '85,4%']),
 (['nhiệm kỳ 2018-2023 Lạng Sơn có bao nhiêu CBCĐ lần đầu tham gia ban chấp hành'], ['3.500']),
 (['năm 2020 LĐLĐ huyện Mê Linh tổ chức mấy lớp tập huấn, bao nhiêu lượt cán bộ', 'Mê Linh năm 2020 phối hợp mở bao nhiêu lớp tập huấn'], ['2 lớp', '400']),
 (['lớp giảng viên kiêm chức của LĐLĐ tỉnh Lạng Sơn có bao nhiêu đồng chí', 'Lạng Sơn mở lớp giảng viên kiêm chức cho mấy người'], ['25']),
 (['Nghị quyết 4a của Tổng Liên đoàn về đào tạo cán bộ công đoàn ban hành ngày nào', 'nghị quyết về đẩy mạnh đào tạo bồi dưỡng cán bộ công đoàn giai đoạn 2010-2020 là nghị quyết số mấy'], ['4a/NQ-TLĐ', '04/3/2010']),
 (['Chương trình 1644 của Tổng Liên đoàn ban hành ngày nào', 'chương trình nâng cao chất lượng và hiệu quả hoạt động của đội ngũ cán bộ công đoàn của TLĐ số mấy'], ['1644/CTr-TLĐ', '04/11/2013']),
 (['văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ kỹ năng nghề nghiệp cho đoàn viên', 'chương trình hành động 1464 của Đoàn Chủ tịch TLĐ ban hành ngày nào'], ['1464/CTr-TLĐ', '8/10/2013']),
 (['Sóc Trăng ban hành kế hoạch nâng cao trình độ kỹ năng nghề nghiệp cho đoàn viên số mấy', 'Kế hoạch 53 của LĐLĐ tỉnh Sóc Trăng ra ngày nào'], ['53/KH-LĐLĐ', '10/12/2013']),
 (['Sóc Trăng từ 2013 đến 2015 có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn'], ['23.339']),
 (['Sóc Trăng 2 năm qua có bao nhiêu đoàn viên được học tập nâng cao trình độ, đạt bao nhiêu phần trăm'], ['32.775/53.527', '61,23%']),
 (['Sóc Trăng có bao nhiêu cán bộ CĐCS đã được bồi dưỡng nghiệp vụ, tỷ lệ bao nhiêu'], ['8.891/9.074', '97,9%']),
 (['Sóc Trăng mở 05 lớp bồi dưỡng nghiệp vụ cho bao nhiêu chủ tịch CĐCS'], ['746']),
 (['Sóc Trăng triển khai bao nhiêu cuộc tuyên truyền, bao nhiêu lượt người tham gia'], ['1.250', '41.640']),
 (['ai khai mạc lớp giảng viên kiêm chức của LĐLĐ tỉnh Lạng Sơn'], ['Trần Thị Kim Anh']),
 (['LĐLĐ Sóc Trăng phối hợp với trường nào mở lớp quản lý nhà nước chương trình chuyên viên chính, cho bao nhiêu cán bộ'], ['Tôn Đức Thắng', '41']),
 (['ông Hoàng Văn Dũng là ai trong bài về bồi dưỡng cán bộ Lạng Sơn', 'chủ tịch LĐLĐ huyện Chi Lăng tên gì'], ['Hoàng Văn Dũng']),
]

OFFTOPIC = ['hôm nay thời tiết Vinh thế nào', 'tối nay đội tuyển Việt Nam đá mấy giờ', 'giá vàng hôm nay bao nhiêu một chỉ',
            'cách nấu bún bò Huế ngon', 'kết quả xổ số miền Bắc hôm qua', 'tỷ giá đô la hôm nay', 'viết giúp tôi bài thơ tặng vợ',
            'dự báo bão tuần này ở Hà Tĩnh', 'mua vé tàu Vinh đi Hà Nội ở đâu', 'lịch âm hôm nay là ngày mấy',
            'cách đổi mật khẩu Zalo', 'quán cà phê nào ở Đồng Hới đẹp', 'giá xăng hôm nay', 'công thức làm bánh chưng',
            'con tôi bị sốt nên uống thuốc gì', 'kể chuyện cười đi', 'đặt giúp tôi khách sạn ở Cửa Lò',
            'trận MU tối qua ai thắng', 'hướng dẫn chơi cờ tướng', 'ngày mai Hải Phòng có mưa không']

TOPIC_NP = {
 'nghiepvu': ['lớp bồi dưỡng nghiệp vụ công đoàn', 'lớp nghiệp vụ công tác công đoàn'],
 'nucong': ['lớp nữ công', 'lớp tập huấn nữ công', 'lớp về công tác nữ công', 'lớp bồi dưỡng nữ công'],
 'atvsld': ['lớp an toàn vệ sinh lao động', 'lớp ATVSLĐ', 'lớp huấn luyện an toàn, vệ sinh lao động'],
 'thuongluong': ['lớp thương lượng tập thể', 'lớp đối thoại, thương lượng tập thể', 'lớp kỹ năng thương lượng tập thể'],
 'kiemtra': ['lớp nghiệp vụ kiểm tra', 'lớp công tác kiểm tra công đoàn', 'lớp kiểm tra giám sát'],
 'taichinh': ['lớp tài chính công đoàn', 'lớp tập huấn tài chính công đoàn'],
 'chuyendoiso': ['lớp chuyển đổi số', 'lớp tin học, chuyển đổi số'],
 'phattrien': ['lớp phát triển đoàn viên', 'lớp phát triển đoàn viên, thành lập CĐCS'],
 'giangvien': ['lớp giảng viên kiêm chức', 'lớp kỹ năng giảng dạy cho giảng viên'],
 'tuyengiao': ['lớp tuyên truyền, tuyên giáo', 'lớp tuyên giáo công đoàn'],
 'phapluat': ['lớp pháp luật lao động', 'lớp tư vấn pháp luật', 'lớp tập huấn pháp luật lao động'],
 'tranhchap': ['lớp giải quyết tranh chấp lao động', 'lớp tranh chấp lao động'],
 'vanthu': ['lớp văn thư lưu trữ', 'lớp văn thư, lưu trữ'],
}
AUD_NP = {
 'chutich': ['cho chủ tịch công đoàn cơ sở', 'dành cho chủ tịch CĐCS', 'cho chủ tịch CĐ cơ sở'],
 'ubkt': ['cho ủy viên ủy ban kiểm tra', 'cho UBKT', 'dành cho ủy ban kiểm tra công đoàn'],
 'bch': ['cho ủy viên ban chấp hành', 'cho BCH công đoàn'],
 'gv': ['cho giảng viên kiêm chức'],
 'nld': ['cho người lao động', 'cho đoàn viên, người lao động'],
}
OTYPE_NP = {
 'giaoduc': ['công đoàn giáo dục', 'CĐ ngành giáo dục', 'bên giáo dục'],
 'yte': ['công đoàn y tế', 'CĐ ngành y tế', 'bên y tế'],
 'vienchuc': ['công đoàn viên chức', 'CĐ viên chức'],
 'kcn': ['công đoàn khu công nghiệp', 'CĐ các KCN', 'công đoàn KCN, KKT'],
}
WIN = {
 'tuan_sau': ('2026-11-30', '2026-12-06', ['tuần sau', 'tuần tới']),
 'thang_sau': ('2026-12-01', '2026-12-31', ['tháng sau', 'tháng 12 này', 'trong tháng 12']),
 'thang1': ('2027-01-01', '2027-01-31', ['tháng 1 năm sau', 'tháng 1/2027']),
 'q1': ('2027-01-01', '2027-03-31', ['quý 1 năm sau', 'quý I/2027', 'quý 1 năm 2027']),
 'q2': ('2027-04-01', '2027-06-30', ['quý 2 năm sau', 'quý II/2027']),
 'past10': ('2026-10-01', '2026-10-31', ['tháng 10 vừa rồi', 'hồi tháng 10']),
}

GREET = ['', '', '', 'cho em hỏi ', 'anh chị ơi ', 'cho mình hỏi ', 'chào anh chị, ', 'xin hỏi ', 'chị ơi ']
TAIL = ['', '', ' ạ', ' vậy', ' anh chị', ' nhỉ']
