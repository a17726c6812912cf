import re
R = {
# fact
"năm 2016 HN phối hơp với trung tâm nào của Ban Tổ chức Tổng LĐLĐ để mở lớp tập huấn 3 ngày thế": "năm 2016 HN phối hơp với trung tâm nào của Ban Tổ chưc Tổng LĐLĐ để mở lớp tập huấn 3 ngầy thế",
"Sóc Trăng cũ phối hợp vs trường Đại hoc Tôn Đức Thắng mở lớp chuyên viên chính cho bao nhiu cán bộ": "Sóc Trăng cũ phối hợp vs trường Đại hoc Tôn Đức Thắng mở lớp chuyên viên chíng cho bao nhiu cán bộ",
"Ai là trưởng ban tổ chứk LĐLĐ thành phố Hà Nội báo cáo kết quả đào tạo năm 2016 vậy": "Ai là trưởng ban tổ chứk LĐLĐ thành phố Hà Nội báo cáo kết quả đào tạo năm 2016 vây, ban tên j ấy nhỉ",
"truờng trung cấp CĐ hà nội huấn luyện an toàn vệ sinh lao đông năm 2016 đạt bao nhiu phần trăm kế hoạch": "truờng trung cấp CĐ hà nội huấn luyện an toàn vệ sinh lao đông năm 2016 đạt bao nhiu phần trăm kế hoạch",
"Mê Linh cử cán bộ đi học các lớp do những đơn vị nào tổ chưc vậy ạ": "Mê Linh cử cán bộ đi hoc các lớp do những đơn vị nào tổ chưc vậy ạ",
"ngoài lớp chuyên viên chính, LĐLĐ Sóc Trăng mở lớp lý luận nghiệp vụ công tác công đoàn cho bao nhêu cán bộ chuyên trách": "ngoài lớp chuyên viên chính, LĐLĐ Sóc Trăng mở lớp lý luận nghiệp vụ công tác công đòan cho bao nhêu cán bộ chuyên trách",
"Đề án xây dựng xã hội học tạp của Sóc Trăng là giai đoạn nào": "Đề án xây dưng xã hội học tạp của Sóc Trăng là giai đoạn nào",
"Sóc Trăng tổ chưc bao nhiêu cuộc tuyên truyền về nâng cao trình độ kỹ năng nghề nghiệp": "Sóc Trăng tổ chưc bao nhiêu cuộc tuyên truyền về nâng cao trình độ kỹ năng nghề nghiêp",
"Mê Linh thưc hiện chương trình chủ đề năm với bao nhiu nhóm vấn đề chủ yếu": "Mê Linh thưc hiện chương trình chủ đề năm với bao nhiu nhóm vấn đề chủ yêu",
"Ở Lạng Sơn chương trìn số 104 do cơ quan nào ban hành vậy mn": "Ở Lạng Sơn chương trìn số 104 do cơ quan nào ban hàn vậy mn",
"Tỷ lệ CĐCS vững mạnh của Lạng Sơn năm 2017 tăng bao nhiu so với 2013 nhỉ": "Tỷ lệ CĐCS vững mạng của Lạng Sơn năm 2017 tăng bao nhiu so với 2013 nhỉ",
"Hà Nôi năm 2016 có bao nhiêu lượt hoc viên tham gia các lớp đào tạo so với kế hoạch 3580": "Hà Nôi năm 2016 có bao nhiêu lượt hoc viên tham gia các lớp đào tạo so với kế hoach 3580",
"nhiệm kì 2018-2023 Lạng Sơn có bao nhiêu CBCĐ lần đầu vào ban chấp hành": "nhiệm kì 2018-2023 Lạng Sơn có bao nhiêu CBCĐ lần đầu vào ban chấp hàng",
"CĐCS HTX Đồng Tâm đạt vững mạnh liên tục từ năm nào vây": "CĐCS HTX Đồng Tâm đạt vững mạnh liên tuc từ năm nào vây",
"Cho mik hỏi vs, bài báo nói Lạng Sơn toàn tỉnh có 8343 cán bộ công đoàn thì có bao nhiu người chuyên trách": "Cho mik hỏi vs, bài báo nói Lạng Sơn toàn tỉnh có 8343 cán bộ công đòan thì có bao nhiu người chuyên trách",
"bài viết về lớp giảng viên kiêm chứk ở Lạng Sơn ai viết vây": "bài viết về lớp giảng viên kiêm chứk ở Lạng Sơn ai viết vây, tác giả tên gì",
"Chương trìh số 104/CTr-LĐLĐ của Lạng Sơn nói về vấn đề gì vậy": "Chương trìh số 104/CTr-LĐLĐ của Lạng Sơn nói về vân đề gì vậy",
"LĐLĐ huyện, thị xã, thành phố ở Sóc Trăng mở bao nhiu lớp tập huấn nghiệp vụ công tác công đoàn": "LĐLĐ huyện, thị xã, thành phố ở Sóc Trăng mở bao nhiu lớp tập huấn nghiệp vụ công tác công đoàng",
"Kết luận số 77-KL/TW của Ban Bí thư về Tháng công nhân ban hành ngày nào vậy": "Kết luận số 77-KL/TW của Ban Bí thư về Tháng công nhân ban hàn ngày nào vậy",
"Chi Lăng có bao nhiêu cơ quan đơn vị có cán bộ công đoàn không chuyên trách vây, mình đọc mà quên mất": "Chi Lăng có bao nhiêu cơ quan đơn vị có cán bộ công đoàn không chuyên trách vây, mình đọc mà quyên mất",
"Tại hội nghị đó Hà Nội triển khai kế hoạch đào tạo bồi dưỡng cán bộ CĐ giai đọan nào vậy ạ, em nghe nói là 2016 đến 2018 phải ko": "Tại hội nghị tổng kết năm 2016, Hà Nội triển khai kế hoạch đào tạo bồi dưỡng cán bộ CĐ giai đọan nào vậy ạ, cho em xin thêm nguồn vơi",
"năm 2016 thành phố mình tổ chức được bao nhiêu lớp đào tạo cán bộ cđ vậy ạ": "năm 2016 thành phố mình tổ chức đươc bao nhiêu lớp đào tạo cán bộ cđ vạy ạ",
"Mê Linh mở lớp bồi dưỡng theo những hình thức nào vậy, có hoc từ xa ko": "Mê Linh mở lớp bồi dưỡng theo những hình thức nào vậy, có hoc từ xa ko nhỉ, tập trunh hay sao",
"Chương trình nào của Tổng Liên đòan năm 2013 nói về nâng cao chất lượng và hiệu quả hoạt động của đội ngũ cán bộ công đoàn": "Chương trình nào của Tổng Liên đòan năm 2013 nói về nâng cao chất lượng và hiệu quả hoạt đông của đội ngũ cán bộ công đoàn",
"Sóc Trăng có bao nhiêu ngừoi được đào tạo cao đẳng, trung cấp giai đoạn 2013-2015": "Sóc Trăng có bao nhiêu ngừoi được đào tạo cao đẳng, trung cấp giai đoạn 2013-2015 vậy",
"Sau 2 năm Sóc Trăng có bao nhiêu đoàn viên và NLĐ đươc học nâng cao trình đô, đạt mấy phần trăm": "Sau 2 năm Sóc Trăng có bao nhiêu đoàn viên và NLĐ đươc học nâng cao trình đô, đạt mấy phần trăm",
"Lạng Sơn có bao nhiu phần trăm CBCĐ không chuyên trách đã đươc bồi dưỡng lý luận nghiệp vụ": "Lạng Sơn có bao nhiu phần trăm CBCĐ không chuyên trách đã đươc bồi dưỡng lý luận nghiệp vụ",
# off
"năm 2027 là năm con gì vây nhỉ, tuổi tý có hạp ko": "năm 2027 là năm con gì vây nhỉ, tuổi tý có hạp ko",
"giám đốc bắt ký cam kết không lập gia đình trong 2 năm có đúng luật khôg": "giám đốc bắt ký cam kết không lập gia đình trong 2 năm có đúng luât khôg",
"cho hỏi từ Hà Nội đi Sapa đi xe khách mât mấy tiếng": "cho hỏi từ Hà Nội đi Sapa đi xe khác mât mấy tiếng",
"xin chaò buổi sáng": "xin chaò buổi sáng cả nhàa",
"Chủ ko cho nghỉ phép năm thì có được quy đổi thành tiềm không": "Chủ ko cho nghỉ phép năm thì có được quy đổi thành tiềm khônng",
"giá thịt lợn tuần nầy lên hay xuống": "giá thịt lợn tuần nầy lên hay xướng",
"Công ty em sắp giải thể thì đoàn phí còn dư sử lý thế nào ạ": "Công ty em sắp giải thể thì đoàn phí còn dư sử lý thế nao ạ",
"Tiền thưởng tết có phải đóng thuế thu nhập cá nhân ko nhỉ, mình chưa rõ lắm": "Tiền thưởng tết có phải đóng thuế thu nhập cá nhân ko nhỉ, mình chưa rõ lăm",
"Em muốn học liên thông đại học tại chức nghành kế toán thì cần bằng gì": "Em muốn học liên thông đại học tại chức nghành kế toán thì cần bằg gì",
"Bị tai nạn trên đường đi làm có đươc tính là tai nạn lao động ko, bồi thường thế nào": "Bị tai nạn trên đường đi làm có đươc tính là tai nạn lao động ko, bồi thường thế nào",
"Bot có bít hát không": "Bot có bít hát khôg",
"Kế toán công đoàn cơ sở nộp báo cáo quyết toán tài chính năm vào thang mấy vậy": "Kế toán công đoàn cơ sở nộp báo cáo quyết toán tài chín năm vào thang mấy vậy",
"Mẫu biên bản bầu ban chấp hành công đòan cơ sở lấy ở đâu vậy": "Mẫu biên bản bầu ban chấp hành công đòan cơ sở lấy ở đâu vạy",
"cho mình công thức làm bánh flan ko bị rỗ vơi": "cho mình công thức làm bánh flan ko bị rỗ vơi, hấp bao lâu vây",
"Đi học lái xe bằng C thì học mấy tháng mơi thi được": "Đi học lái xe bằng C thì học mấy thág mơi thi được",
"giá vàng nhẫn hôm nay tằng hay giảm vậy": "giá vàng nhẫn hôm nay tằng hay giãm vậy",
"cho hỏi chế đọ ốm đau của BHXH được hưởng bao nhiu phần trăm lương": "cho hỏi chế đọ ốm đau của BHXH được hưởng bao nhiu phần trăm lương",
"Công đoàn có hổ trợ vay vốn cho đoàn viên mua nhà không ạ": "Công đoàn có hổ trợ vay vốn cho đoàn viên mua nhà khong ạ",
"quà trung thu cho con đoàn viên mua ở đâu rẻ vây mn": "quà trung thu cho con đoàn viên mua ở đâu rẽ vây mn",
"thơi tiết Sài Gòn cuối tuần này có mưa ko": "thơi tiết Sài Gòn cuối tuần nầy có mưa ko",
"Làm sao để chuyển sinh hoạt công đoàn khi chuyển công tát sang đơn vị khác": "Làm sao để chuyển sinh hoạt công đoàn khi chuyển công tát sang đơn vi khác",
"ai biết quán phở ngon ở Hải Phòg chỉ mình với": "ai biết quán phở ngon ở Hải Phòg chỉ mìh với",
"kể cho mik nghe chuyện cười vui vui đi bọt ơi": "kể cho mik nghe chuyện cười vui vui đi bọt ơi",
"tối nay đội tuyển Việt Nam đá mấy giừo vậy ae": "tối nay đội tuyển Việt Nam đá mấy giừo vậy ae, kênh nào chiếu thê",
}
for fn in ["data_fact.py", "data_off.py"]:
    s = open(fn, encoding="utf-8").read()
    for a, b in R.items():
        if a != b and f'"{a}"' in s:
            s = s.replace(f'"{a}"', f'"{b}"')
    open(fn, "w", encoding="utf-8").write(s)
missing = [a for a in R if not any(f'"{R[a]}"' in open(f, encoding="utf-8").read() for f in ["data_fact.py","data_off.py"])]
print("missing", missing)
