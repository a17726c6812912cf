# Hand-written class specs for blind test set 34.
# Canonical values: start "YYYY-MM-DD" (date only = 08:00) or "YYYY-MM-DD HH:MM",
# ("M","2027-03") month-only, ("Q","2027-1") quarter-only; end likewise; dl = registration deadline.
# The generator renders each union block in that union's own date habit.

def c(code, title, topic, aud, place, start, **kw):
    d = dict(code=code, title=title, topic=topic, aud=aud, place=place, start=start)
    d.update(kw)
    return d

ATV = "An toàn, vệ sinh lao động"
NV = "Nghiệp vụ công tác công đoàn"
TL = "Đối thoại, thương lượng tập thể"
PL = "Pháp luật lao động, tư vấn pháp luật"
TC = "Tài chính công đoàn"
KT = "Công tác kiểm tra công đoàn"
NC = "Công tác nữ công, bình đẳng giới"
TG = "Tuyên truyền, tuyên giáo"
PT = "Phát triển đoàn viên, thành lập CĐCS"
TH = "Tin học, chuyển đổi số"
GV = "Kỹ năng giảng dạy cho giảng viên"
VT = "Văn thư, lưu trữ"
TCH = "Giải quyết tranh chấp lao động"
CT = "Chủ tịch CĐCS"
PCT = "Phó chủ tịch CĐCS"
BCH = "Ủy viên BCH công đoàn"
KTV = "Ủy viên ủy ban kiểm tra"
NLD = "Đoàn viên, người lao động"

UNIONS = []

def U(key, name, prov, habit, sections, coop=""):
    UNIONS.append(dict(key=key, name=name, prov=prov, habit=habit, sections=sections, coop=coop))

# ---------------- 1. LĐLĐ TP.HCM  (habit: "8h00 ngày 5/12/2026", ranges "3-5/12/2026")
U("HCM", "LĐLĐ TP. Hồ Chí Minh", "TP.HCM", "hngay", [
 ("Đợt 1", [
  c("LDHCM-2611-01", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS doanh nghiệp ngoài nhà nước", NV, "Chủ tịch, Phó Chủ tịch CĐCS doanh nghiệp", "Hội trường Nhà Văn hóa Lao động TP, quận 1 cũ", "2026-11-10", end="2026-11-12", status="Đã kết thúc", seats="120"),
  c("LDHCM-2611-02", "Tập huấn kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp FDI", TL, "Chủ tịch CĐCS; Ủy viên BCH", "Hội trường Nhà Văn hóa Lao động TP, quận 1 cũ", "2026-11-24", end="2026-11-26", dl="2026-11-20", seats="80 người"),
  c("LDHCM-2612-03", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS doanh nghiệp ngoài nhà nước", NV, "Chủ tịch, Phó Chủ tịch CĐCS doanh nghiệp", "Trung tâm Hội nghị phường Thủ Dầu Một (Bình Dương cũ)", "2026-12-08", end="2026-12-10", dl="2026-12-01", seats="100"),
  c("LDHCM-2612-04", "Tập huấn tài chính công đoàn cho kế toán, thủ quỹ CĐCS", TC, "Kế toán, thủ quỹ CĐCS", "Hội trường LĐLĐ TP, phường Sài Gòn", "2026-12-15", end="2026-12-16", dl="2026-12-10", seats="70"),
  c("LDHCM-2612-05", "Tập huấn an toàn, vệ sinh lao động cho cán bộ CĐCS khu vực Vũng Tàu", ATV, "Chủ tịch CĐCS; An toàn vệ sinh viên", "Nhà Văn hóa Lao động phường Vũng Tàu (Bà Rịa - Vũng Tàu cũ)", "2026-12-17", end="2026-12-18", seats="60"),
 ]),
 ("Đợt 2", [
  c("LDHCM-2701-06", "Bồi dưỡng nghiệp vụ công tác kiểm tra cho Ủy viên UBKT CĐCS", KT, "Ủy viên UBKT công đoàn cơ sở", "Hội trường LĐLĐ TP, phường Sài Gòn", "2027-01-12", end="2027-01-13", dl="2027-01-05", seats="90"),
  c("LDHCM-2703-07", "Tập huấn pháp luật lao động mới cho cán bộ CĐCS", PL, "Cán bộ công đoàn cơ sở", "Trường Cán bộ Công đoàn TP, phường Bàn Cờ", "2027-03-09 13:30", end="2027-03-09 17:00", seats="150"),
  c("LDHCM-2703-08", "Bồi dưỡng nghiệp vụ Chủ tịch CĐCS doanh nghiệp ngoài nhà nước", NV, "Chủ tịch, Phó Chủ tịch CĐCS doanh nghiệp", "Nhà Văn hóa Lao động phường Bà Rịa (Bà Rịa - Vũng Tàu cũ)", "2027-03-23", end="2027-03-25", dl="2027-03-16", seats="100"),
  c("LDHCM-2704-09", "Tập huấn công tác nữ công cho Trưởng ban nữ công CĐCS", NC, "Trưởng, phó ban nữ công CĐCS", "Hội trường LĐLĐ TP, phường Sài Gòn", "2027-04-20", end="2027-04-21", seats="80"),
  c("LDHCM-2705-10", "Tập huấn phát triển đoàn viên, thành lập CĐCS tại doanh nghiệp chưa có công đoàn", PT, "Cán bộ công đoàn cấp trên cơ sở", "Hội trường LĐLĐ TP, phường Sài Gòn", ("M", "2027-05"), seats="60"),
  c("LDHCM-2706-11", "Tập huấn kỹ năng đối thoại định kỳ tại nơi làm việc", TL, "Chủ tịch CĐCS; Ủy viên BCH", "Trung tâm Hội nghị phường Thủ Dầu Một (Bình Dương cũ)", ("Q", "2027-2"), seats="100"),
 ]),
])

# ---------------- 2. Công đoàn các KCX-KCN TP.HCM (habit: "Tối 2/12/2026", "CN 6/12/2026")
U("KCXHCM", "Công đoàn các Khu chế xuất và công nghiệp TP.HCM", "TP.HCM", "buoi", [
 (None, [
  c("KCX-HCM-01", "Lớp buổi tối: Kỹ năng hoạt động cho tổ trưởng công đoàn ca đêm", NV, "Tổ trưởng công đoàn; Ủy viên BCH", "Nhà văn hóa KCX Tân Thuận", "2026-11-18 18:30", end="2026-11-18 21:00", status="Đã kết thúc", seats="50"),
  c("KCX-HCM-02", "Lớp buổi tối: Kỹ năng hoạt động cho tổ trưởng công đoàn ca đêm", NV, "Tổ trưởng công đoàn; Ủy viên BCH", "Nhà văn hóa KCX Linh Trung 1", "2026-12-02 18:30", end="2026-12-02 21:00", dl="2026-11-30", seats="50"),
  c("KCX-HCM-03", "Lớp buổi tối: Kỹ năng hoạt động cho tổ trưởng công đoàn ca đêm", NV, "Tổ trưởng công đoàn; Ủy viên BCH", "Hội trường Ban quản lý KCN Tân Tạo", "2026-12-09 19:30", end="2026-12-09 21:30", dl="2026-12-07", seats="50"),
  c("KCX-HCM-04", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên ngành may, da giày", ATV, "An toàn vệ sinh viên; Đoàn viên, người lao động", "Nhà văn hóa KCX Tân Thuận", "2026-12-06", end="2026-12-06 16:30", dl="2026-12-03", seats="khoảng 120 học viên"),
  c("KCX-HCM-05", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên ngành điện tử", ATV, "An toàn vệ sinh viên; Đoàn viên, người lao động", "Nhà văn hóa KCX Linh Trung 1", "2027-01-10", end="2027-01-10 16:30", seats="100"),
  c("KCX-HCM-06", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên ngành may, da giày", ATV, "An toàn vệ sinh viên; Đoàn viên, người lao động", "Hội trường KCN VSIP 1, phường Thuận An (Bình Dương cũ)", "2027-03-07", end="2027-03-07 16:30", seats="120"),
  c("KCX-HCM-07", "Thương lượng tập thể ngành may - Kỹ năng thu thập thông tin, lấy ý kiến công nhân", TL, "Chủ tịch CĐCS; Ủy viên BCH", "Nhà văn hóa KCX Tân Thuận", "2026-12-16 18:30", end="2026-12-16 21:00", dl="2026-12-14", seats="60"),
  c("KCX-HCM-08", "Pháp luật về tiền lương, làm thêm giờ cho công nhân (lớp tối)", PL, "Đoàn viên, người lao động", "Nhà văn hóa KCX Linh Trung 1", "2027-01-13 18:30", end="2027-01-13 21:00", seats="200"),
  c("KCX-HCM-09", "Kỹ năng đối thoại tại nơi làm việc cho CĐCS doanh nghiệp FDI", TL, "Chủ tịch CĐCS; Phó chủ tịch CĐCS", "Hội trường Ban quản lý KCN Tân Tạo", "2027-03-14", end="2027-03-14 16:30", seats="80"),
  c("KCX-HCM-10", "Tập huấn nữ công: chăm sóc sức khỏe sinh sản cho lao động nữ", NC, "Ban nữ công CĐCS; lao động nữ", "Nhà văn hóa KCX Tân Thuận", "2027-04-11", end="2027-04-11 11:30", seats="150", status="Đã hủy", note="Hủy do trùng lịch Tháng Công nhân, sẽ tổ chức ghép với lớp tháng 5"),
  c("KCX-HCM-11", "Tập huấn nữ công: chăm sóc sức khỏe sinh sản cho lao động nữ", NC, "Ban nữ công CĐCS; lao động nữ", "Nhà văn hóa KCX Linh Trung 1", "2027-05-16", end="2027-05-16 11:30", seats="150"),
  c("KCX-HCM-12", "Tin học văn phòng cho cán bộ công đoàn cơ sở (học tối thứ Tư)", TH, "Cán bộ công đoàn không chuyên trách", "Phòng máy Trung tâm hỗ trợ công nhân KCX Linh Trung 1", "2026-11-11 18:30", end="2026-12-16 21:00", days="6 buổi", seats="30", note="Học 6 buổi tối thứ Tư"),
 ]),
])

# ---------------- 3. CĐ ngành Giáo dục TP.HCM (habit dmy)
U("GDHCM", "Công đoàn ngành Giáo dục TP.HCM", "TP.HCM", "dmy", [
 (None, [
  c("CDGD-HCM-01", "Bồi dưỡng nghiệp vụ cho Chủ tịch công đoàn trường học", NV, "Chủ tịch CĐCS trường học", "Trường THPT Lê Quý Đôn, phường Xuân Hòa", "2026-12-05", end="2026-12-05 16:30", dl="2026-11-30", seats="120"),
  c("CDGD-HCM-02", "Tập huấn tài chính công đoàn cơ sở trường học", TC, "Kế toán, thủ quỹ công đoàn trường học", "Trường THPT Lê Quý Đôn, phường Xuân Hòa", "2026-12-19", end="2026-12-19 16:30", dl="2026-12-15", seats="100"),
  c("CDGD-HCM-03", "Tập huấn công tác kiểm tra cho UBKT công đoàn trường học", KT, "Ủy viên UBKT công đoàn trường học", "Trực tuyến qua Zoom", "2027-01-09 14:00", end="2027-01-09 16:30", mode="Trực tuyến", seats="300 điểm cầu"),
  c("CDGD-HCM-04", "Bồi dưỡng nghiệp vụ cho Chủ tịch công đoàn trường học", NV, "Chủ tịch CĐCS trường học", "Trường THPT chuyên Hùng Vương, phường Thủ Dầu Một (Bình Dương cũ)", "2027-03-13", end="2027-03-13 16:30", dl="2027-03-08", seats="120"),
  c("CDGD-HCM-05", "Tập huấn phòng chống bạo lực học đường, bảo vệ nhà giáo", PL, "Đoàn viên công đoàn trường học", "Trực tuyến qua Zoom", "2027-04-17 08:30", end="2027-04-17 11:00", mode="Trực tuyến", seats="theo đăng ký"),
  c("CDGD-HCM-06", "Chuyển đổi số trong hoạt động công đoàn trường học", TH, "Ủy viên BCH công đoàn trường học", "Trường THPT Lê Quý Đôn, phường Xuân Hòa", ("M", "2027-05"), seats="80"),
 ]),
])

# ---------------- 4. Công đoàn phường Thuận An (ward union, TP.HCM; habit dmy short)
U("PTA", "Công đoàn phường Thuận An", "TP.HCM", "dshort", [
 (None, [
  c("CDP-TA-01", "Tập huấn nghiệp vụ cho Chủ tịch CĐCS mới thành lập trên địa bàn phường", NV, "Chủ tịch CĐCS; Phó chủ tịch CĐCS", "Hội trường UBND phường Thuận An (Bình Dương cũ)", "2026-12-12", end="2026-12-12 16:30", dl="2026-12-09", seats="40"),
  c("CDP-TA-02", "Tuyên truyền pháp luật lao động cho công nhân nhà trọ (buổi tối)", PL, "Đoàn viên, người lao động", "Nhà văn hóa khu phố Bình Hòa, phường Thuận An (Bình Dương cũ)", "2026-12-20 19:00", end="2026-12-20 21:00", seats="100"),
  c("CDP-TA-03", "Tập huấn tài chính cho CĐCS doanh nghiệp nhỏ", TC, "Kế toán, thủ quỹ CĐCS", "Hội trường UBND phường Thuận An (Bình Dương cũ)", "2027-03-06", end="2027-03-06 11:30", seats="40"),
  c("CDP-TA-04", "Tập huấn nghiệp vụ cho Chủ tịch CĐCS mới thành lập trên địa bàn phường", NV, "Chủ tịch CĐCS; Phó chủ tịch CĐCS", "Hội trường UBND phường Thuận An (Bình Dương cũ)", "2027-05-15", end="2027-05-15 16:30", dl="2027-05-10", seats="40"),
 ]),
])

# ---------------- 5. LĐLĐ tỉnh Đồng Nai (habit iso yyyy-mm-dd)
U("DN", "LĐLĐ tỉnh Đồng Nai", "Đồng Nai", "iso", [
 ("Đợt 1", [
  c("LDDN-27-01", "Bồi dưỡng nghiệp vụ công đoàn cho Chủ tịch CĐCS", NV, "Chủ tịch CĐCS", "Hội trường LĐLĐ tỉnh, phường Trấn Biên", "2026-11-16", end="2026-11-27", days="10", dl="2026-11-10", seats="100", note="Học tập trung 2 tuần, nghỉ thứ Bảy, Chủ nhật"),
  c("LDDN-27-02", "Tập huấn kỹ năng thương lượng tập thể", TL, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", "Hội trường LĐLĐ tỉnh, phường Trấn Biên", "2026-12-03", end="2026-12-04", dl="2026-11-28", seats="80"),
  c("LDDN-27-03", "Tập huấn kỹ năng thương lượng tập thể", TL, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", "Nhà khách Công đoàn phường Đồng Xoài (Bình Phước cũ)", "2026-12-10", end="2026-12-11", dl="2026-12-05", seats="60"),
  c("LDDN-27-04", "Tập huấn tài chính công đoàn cho kế toán CĐCS", TC, "Kế toán CĐCS", "Hội trường LĐLĐ tỉnh, phường Trấn Biên", "2026-12-22 13:30", end="2026-12-23", seats="70"),
 ]),
 ("Đợt 2", [
  c("LDDN-27-05", "Bồi dưỡng nghiệp vụ công đoàn cho Chủ tịch CĐCS", NV, "Chủ tịch CĐCS", "Nhà khách Công đoàn phường Đồng Xoài (Bình Phước cũ)", "2027-03-15", end="2027-03-17", dl="2027-03-08", seats="80"),
  c("LDDN-27-06", "Tập huấn công tác kiểm tra và giám sát tài chính", KT, "Ủy viên UBKT CĐCS", "Hội trường LĐLĐ tỉnh, phường Trấn Biên", "2027-04-06", end="2027-04-07", seats="90"),
  c("LDDN-27-07", "Tập huấn ATVSLĐ cho mạng lưới an toàn vệ sinh viên khu vực Bình Phước", ATV, "An toàn vệ sinh viên", "Nhà khách Công đoàn phường Đồng Xoài (Bình Phước cũ)", "2027-05-11", end="2027-05-12", seats="100", status="Tạm hoãn", note="Hoãn sang 08/06/2027 do trùng Tháng hành động ATVSLĐ"),
  c("LDDN-27-08", "Bồi dưỡng nghiệp vụ công tác nữ công", NC, "Trưởng, phó ban nữ công CĐCS", "Hội trường LĐLĐ tỉnh, phường Trấn Biên", ("M", "2027-06"), seats="80"),
 ]),
])

# ---------------- 6. CĐ các KCN Đồng Nai (habit: "Thứ Bảy, 05/12/2026", "Tối 02/12/2026")
U("DNKCN", "Công đoàn các KCN Đồng Nai", "Đồng Nai", "thu", [
 (None, [
  c("KCNDN-01", "Tập huấn ATVSLĐ cho người lao động ca kíp", ATV, "Đoàn viên, người lao động làm ca", "Nhà văn hóa công nhân KCN Amata", "2026-11-28", end="2026-11-28 11:30", dl="2026-11-26", seats="200"),
  c("KCNDN-02", "Tập huấn ATVSLĐ cho người lao động ca kíp", ATV, "Đoàn viên, người lao động làm ca", "Hội trường Công ty phát triển KCN Nhơn Trạch 3", "2026-12-12", end="2026-12-12 11:30", dl="2026-12-10", seats="200"),
  c("KCNDN-03", "Tập huấn ATVSLĐ cho người lao động ca kíp", ATV, "Đoàn viên, người lao động làm ca", "Nhà văn hóa công nhân KCN Biên Hòa 2", "2027-01-16", end="2027-01-16 11:30", seats="200"),
  c("KCNDN-04", "Lớp tối: Kỹ năng thương lượng tiền lương cho CĐCS doanh nghiệp FDI", TL, "Chủ tịch CĐCS; Ủy viên BCH", "Nhà văn hóa công nhân KCN Amata", "2026-12-02 18:30", end="2026-12-02 21:00", dl="2026-11-30", seats="60"),
  c("KCNDN-05", "Lớp tối: Kỹ năng thương lượng tiền lương cho CĐCS doanh nghiệp FDI", TL, "Chủ tịch CĐCS; Ủy viên BCH", "Hội trường Công ty phát triển KCN Nhơn Trạch 3", "2027-03-10 18:30", end="2027-03-10 21:00", seats="60"),
  c("KCNDN-06", "Nghiệp vụ công tác công đoàn cho BCH CĐCS mới bầu", NV, "Ủy viên BCH CĐCS mới bầu", "Nhà văn hóa công nhân KCN Long Đức", "2026-12-19", end="2026-12-20", seats="80"),
  c("KCNDN-07", "Phát triển đoàn viên tại doanh nghiệp chưa có công đoàn ở KCN", PT, "Cán bộ công đoàn cấp trên cơ sở; Chủ tịch CĐCS", "Nhà văn hóa công nhân KCN Amata", "2027-04-14 13:30", end="2027-04-14 17:00", seats="50"),
  c("KCNDN-08", "Tập huấn nữ công: kỹ năng tư vấn cho lao động nữ mang thai, nuôi con nhỏ", NC, "Ban nữ công CĐCS", "Nhà văn hóa công nhân KCN Biên Hòa 2", "2027-05-22", end="2027-05-22 11:30", seats="100"),
  c("KCNDN-09", "Tập huấn pháp luật về bảo hiểm xã hội cho người lao động (buổi tối)", PL, "Đoàn viên, người lao động", "Nhà văn hóa công nhân KCN Long Đức", "2027-01-20 18:30", end="2027-01-20 21:00", seats="150"),
 ]),
])

# ---------------- 7. LĐLĐ tỉnh Tây Ninh (habit: "Từ 03/12 đến 05/12/2026", "Tháng 3/2027")
U("TN", "LĐLĐ tỉnh Tây Ninh", "Tây Ninh", "tuden", [
 (None, [
  c("LDTN-01", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS khu vực Long An", NV, "Chủ tịch CĐCS", "Hội trường LĐLĐ tỉnh, phường Long An (Long An cũ)", "2026-12-01", end="2026-12-03", dl="2026-11-25", seats="100"),
  c("LDTN-02", "Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS khu vực Tây Ninh", NV, "Chủ tịch CĐCS", "Hội trường Cơ sở 2 LĐLĐ tỉnh, phường Tân Ninh", "2026-12-08", end="2026-12-10", dl="2026-12-02", seats="100"),
  c("LDTN-03", "Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp KCN Đức Hòa", TL, "Chủ tịch CĐCS; Ủy viên BCH", "Hội trường KCN Hải Sơn, xã Đức Hòa (Long An cũ)", "2026-12-15", end="2026-12-16", dl="2026-12-10", seats="70"),
  c("LDTN-04", "Tập huấn công tác kiểm tra công đoàn", KT, "Ủy viên ủy ban kiểm tra", "Hội trường LĐLĐ tỉnh, phường Long An (Long An cũ)", "2027-01-19", end="2027-01-20", seats="80"),
  c("LDTN-05", "Tập huấn ATVSLĐ trong doanh nghiệp chế biến", ATV, "Chủ tịch CĐCS; An toàn vệ sinh viên", "Hội trường KCN Phước Đông, xã Gò Dầu", ("M", "2027-03"), seats="100"),
  c("LDTN-06", "Bồi dưỡng công tác nữ công, bình đẳng giới", NC, "Trưởng, phó ban nữ công CĐCS", "Hội trường Cơ sở 2 LĐLĐ tỉnh, phường Tân Ninh", ("M", "2027-04"), seats="80"),
  c("LDTN-07", "Tập huấn kỹ năng tuyên truyền pháp luật qua mạng xã hội", TG, "Ủy viên BCH công đoàn", "Trực tuyến qua Zoom", "2027-03-18 14:00", end="2027-03-18 16:30", mode="Trực tuyến", seats="200"),
  c("LDTN-08", "Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp KCN Đức Hòa", TL, "Chủ tịch CĐCS; Ủy viên BCH", "Hội trường KCN Hải Sơn, xã Đức Hòa (Long An cũ)", "2027-05-18", end="2027-05-19", seats="70"),
 ]),
])

# ---------------- 8. Công đoàn xã Đức Hòa (commune union, Tây Ninh; habit dmy)
U("XDH", "Công đoàn xã Đức Hòa", "Tây Ninh", "dmy", [
 (None, [
  c("CDX-DH-01", "Tập huấn kỹ năng cho tổ trưởng công đoàn doanh nghiệp trên địa bàn xã", NV, "Tổ trưởng công đoàn; Ủy viên BCH", "Hội trường UBND xã Đức Hòa (Long An cũ)", "2026-12-13", end="2026-12-13 11:30", seats="50"),
  c("CDX-DH-02", "Phổ biến Bộ luật Lao động cho công nhân nhà trọ (tối Chủ nhật)", PL, "Đoàn viên, người lao động", "Nhà văn hóa ấp Bình Tiền, xã Đức Hòa (Long An cũ)", "2027-01-10 19:00", end="2027-01-10 21:00", seats="80"),
  c("CDX-DH-03", "Tập huấn kỹ năng cho tổ trưởng công đoàn doanh nghiệp trên địa bàn xã", NV, "Tổ trưởng công đoàn; Ủy viên BCH", "Hội trường UBND xã Đức Hòa (Long An cũ)", "2027-04-11", end="2027-04-11 11:30", seats="50"),
 ]),
])

# ---------------- 9. LĐLĐ tỉnh Bắc Ninh (habit dmy; "Quý I/2027")
U("BN", "LĐLĐ tỉnh Bắc Ninh", "Bắc Ninh", "dmy", [
 ("Đợt 1", [
  c("LDBN-2701", "Bồi dưỡng nghiệp vụ cho cán bộ CĐCS mới bầu", NV, "Chủ tịch CĐCS; Phó chủ tịch CĐCS; Ủy viên BCH công đoàn", "Hội trường LĐLĐ tỉnh, phường Kinh Bắc", "2026-11-25", end="2026-11-27", dl="2026-11-20", seats="150"),
  c("LDBN-2702", "Bồi dưỡng nghiệp vụ cho cán bộ CĐCS mới bầu", NV, "Chủ tịch CĐCS; Phó chủ tịch CĐCS; Ủy viên BCH công đoàn", "Hội trường Cơ sở 2 LĐLĐ tỉnh, phường Bắc Giang (Bắc Giang cũ)", "2026-12-09", end="2026-12-11", dl="2026-12-04", seats="150"),
  c("LDBN-2703", "Tập huấn công tác tài chính, kế toán công đoàn cơ sở", TC, "Kế toán, thủ quỹ CĐCS", "Hội trường LĐLĐ tỉnh, phường Kinh Bắc", "2026-12-22", end="2026-12-23", dl="2026-12-16", seats="100"),
  c("LDBN-2704", "Tập huấn kỹ năng giảng dạy cho giảng viên kiêm chức", GV, "Giảng viên kiêm chức", "Hội trường LĐLĐ tỉnh, phường Kinh Bắc", "2027-01-05", end="2027-01-07", seats="40"),
 ]),
 ("Đợt 2", [
  c("LDBN-2705", "Tập huấn Luật Công đoàn 2024 và hướng dẫn thi hành", PL, "Cán bộ công đoàn cấp trên cơ sở; Chủ tịch CĐCS", "Hội trường Cơ sở 2 LĐLĐ tỉnh, phường Bắc Giang (Bắc Giang cũ)", "2027-03-16", end="2027-03-17", seats="120"),
  c("LDBN-2706", "Tập huấn công tác kiểm tra công đoàn", KT, "Ủy viên ủy ban kiểm tra", "Hội trường LĐLĐ tỉnh, phường Kinh Bắc", ("Q", "2027-2"), seats="100"),
  c("LDBN-2707", "Tập huấn công tác nữ công", NC, "Trưởng ban nữ công CĐCS", "Hội trường Cơ sở 2 LĐLĐ tỉnh, phường Bắc Giang (Bắc Giang cũ)", "2027-04-13", end="2027-04-14", seats="100", status="Đã hủy", note="Hủy, gộp vào lớp của Công đoàn các KCN tỉnh"),
  c("LDBN-2708", "Tập huấn kỹ năng sử dụng phần mềm quản lý đoàn viên", TH, "Cán bộ công đoàn chuyên trách", "Trực tuyến qua Zoom", "2027-03-04 14:00", end="2027-03-04 16:30", mode="Trực tuyến", seats="500"),
 ]),
])

# ---------------- 10. CĐ các KCN tỉnh Bắc Ninh (habit: "14h00 ngày 05/12/2026")
U("BNKCN", "Công đoàn các KCN tỉnh Bắc Ninh", "Bắc Ninh", "hngay2", [
 (None, [
  c("KCNBN-01", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên doanh nghiệp điện tử", ATV, "An toàn vệ sinh viên", "Nhà văn hóa công nhân KCN Yên Phong", "2026-11-29 08:00", end="2026-11-29 11:30", dl="2026-11-26", seats="150"),
  c("KCNBN-02", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên doanh nghiệp điện tử", ATV, "An toàn vệ sinh viên", "Nhà văn hóa công nhân KCN Quế Võ", "2026-12-13 08:00", end="2026-12-13 11:30", dl="2026-12-10", seats="150"),
  c("KCNBN-03", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên doanh nghiệp điện tử", ATV, "An toàn vệ sinh viên", "Hội trường KCN Vân Trung (Bắc Giang cũ)", "2027-01-17 08:00", end="2027-01-17 11:30", seats="150"),
  c("KCNBN-04", "Kỹ năng đối thoại, thương lượng cho CĐCS doanh nghiệp Hàn Quốc", TL, "Chủ tịch CĐCS; Phó chủ tịch CĐCS", "Nhà văn hóa công nhân KCN Yên Phong", "2026-12-05 14:00", end="2026-12-05 17:00", dl="2026-12-02", seats="80"),
  c("KCNBN-05", "Kỹ năng đối thoại, thương lượng cho CĐCS doanh nghiệp Hàn Quốc", TL, "Chủ tịch CĐCS; Phó chủ tịch CĐCS", "Hội trường KCN Quang Châu (Bắc Giang cũ)", "2027-03-20 14:00", end="2027-03-20 17:00", seats="80"),
  c("KCNBN-06", "Tập huấn nữ công cho ban nữ công CĐCS KCN", NC, "Trưởng, phó ban nữ công CĐCS", "Nhà văn hóa công nhân KCN Quế Võ", "2027-04-18 08:00", end="2027-04-18 11:30", seats="120"),
  c("KCNBN-07", "Lớp tối: Pháp luật lao động cho công nhân trẻ", PL, "Đoàn viên, người lao động", "Nhà văn hóa công nhân KCN Yên Phong", "2027-01-06 19:00", end="2027-01-06 21:00", seats="200"),
  c("KCNBN-08", "Nghiệp vụ cho Chủ tịch CĐCS doanh nghiệp FDI", NV, "Chủ tịch CĐCS", "Hội trường KCN Vân Trung (Bắc Giang cũ)", "2026-11-23 08:00", end="2026-11-25 17:00", dl="2026-11-18", seats="90"),
 ]),
])

# ---------------- 11. LĐLĐ TP Hải Phòng (habit "03/12 - 05/12/2026")
U("HP", "LĐLĐ TP Hải Phòng", "Hải Phòng", "dash", [
 ("Đợt 1", [
  c("LDHP-01", "Bồi dưỡng kỹ năng hoạt động cho Chủ tịch CĐCS", NV, "Chủ tịch CĐCS", "Trung tâm Văn hóa Lao động Hải Phòng, phường Ngô Quyền", "2026-11-30", end="2026-12-02", dl="2026-11-24", seats="100"),
  c("LDHP-02", "Bồi dưỡng kỹ năng hoạt động cho Chủ tịch CĐCS", NV, "Chủ tịch CĐCS", "Nhà Văn hóa Lao động phường Thành Đông (Hải Dương cũ)", "2026-12-14", end="2026-12-16", dl="2026-12-08", seats="100"),
  c("LDHP-03", "Tập huấn tư vấn pháp luật và giải quyết tranh chấp lao động", TCH, "Cán bộ công đoàn cấp trên cơ sở", "Trung tâm Văn hóa Lao động Hải Phòng, phường Ngô Quyền", "2026-12-21", end="2026-12-22", seats="60"),
  c("LDHP-04", "Tập huấn tài chính công đoàn", TC, "Kế toán CĐCS; Ủy viên UBKT", "Nhà Văn hóa Lao động phường Thành Đông (Hải Dương cũ)", "2027-01-11", end="2027-01-12", seats="80"),
 ]),
 ("Đợt 2", [
  c("LDHP-05", "Tập huấn thương lượng tập thể ngành", TL, "Chủ tịch CĐCS; Cán bộ công đoàn cấp trên cơ sở", "Trung tâm Văn hóa Lao động Hải Phòng, phường Ngô Quyền", "2027-03-22", end="2027-03-24", seats="80"),
  c("LDHP-06", "Tập huấn công tác nữ công, bình đẳng giới", NC, "Trưởng, phó ban nữ công CĐCS", "Nhà Văn hóa Lao động phường Thành Đông (Hải Dương cũ)", "2027-04-19", end="2027-04-20", seats="90"),
  c("LDHP-07", "Tập huấn công tác kiểm tra công đoàn", KT, "Ủy viên ủy ban kiểm tra", "Trung tâm Văn hóa Lao động Hải Phòng, phường Ngô Quyền", "2027-05-17", end="2027-05-18", seats="90", note="Lùi lịch đến 07/06/2027"),
  c("LDHP-08", "Tập huấn tuyên truyền, tuyên giáo", TG, "Ủy viên BCH công đoàn", "Trung tâm Văn hóa Lao động Hải Phòng, phường Ngô Quyền", ("M", "2027-06"), seats="80"),
 ]),
])

# ---------------- 12. CĐ Khu kinh tế Hải Phòng (habit "T7 05/12/2026")
U("HPKKT", "Công đoàn Khu kinh tế Hải Phòng", "Hải Phòng", "tcn", [
 (None, [
  c("KKTHP-01", "Tập huấn ATVSLĐ cho người lao động doanh nghiệp cảng, logistics", ATV, "Đoàn viên, người lao động", "Hội trường KCN Đình Vũ", "2026-12-05", end="2026-12-05 11:30", dl="2026-12-02", seats="150"),
  c("KKTHP-02", "Tập huấn ATVSLĐ cho người lao động doanh nghiệp cảng, logistics", ATV, "Đoàn viên, người lao động", "Nhà văn hóa công nhân KCN Tràng Duệ", "2027-01-09", end="2027-01-09 11:30", seats="150"),
  c("KKTHP-03", "Kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp FDI", TL, "Chủ tịch CĐCS; Ủy viên BCH", "Nhà văn hóa công nhân KCN VSIP Hải Phòng", "2026-12-06", end="2026-12-06 16:30", dl="2026-12-03", seats="60"),
  c("KKTHP-04", "Lớp tối: Kỹ năng đối thoại cho tổ trưởng công đoàn", TL, "Tổ trưởng công đoàn", "Nhà văn hóa công nhân KCN Tràng Duệ", "2026-12-16 18:30", end="2026-12-16 21:00", seats="50"),
  c("KKTHP-05", "Nghiệp vụ công đoàn cho cán bộ CĐCS KCN Đại An", NV, "Chủ tịch CĐCS; Ủy viên BCH", "Hội trường KCN Đại An (Hải Dương cũ)", "2027-03-13", end="2027-03-14", seats="80"),
  c("KKTHP-06", "Kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp FDI", TL, "Chủ tịch CĐCS; Ủy viên BCH", "Hội trường KCN Đại An (Hải Dương cũ)", "2027-04-10", end="2027-04-10 16:30", seats="60"),
  c("KKTHP-07", "Phát triển đoàn viên trong doanh nghiệp KCN", PT, "Cán bộ công đoàn cấp trên cơ sở", "Hội trường KCN Đình Vũ", "2027-05-08", end="2027-05-08 11:30", seats="40"),
 ]),
])

# ---------------- 13. CĐ ngành Y tế Hải Phòng (habit: Excel serial / "2026-12-05 00:00:00")
U("YTHP", "Công đoàn ngành Y tế Hải Phòng", "Hải Phòng", "serial", [
 (None, [
  c("CDYT-HP-01", "Bồi dưỡng nghiệp vụ công đoàn cho công đoàn bệnh viện", NV, "Ủy viên BCH công đoàn bệnh viện", "Hội trường Bệnh viện Hữu nghị Việt Tiệp", "2026-12-04", end="2026-12-04 16:30", seats="80"),
  c("CDYT-HP-02", "Tập huấn phòng chống bạo hành nhân viên y tế", PL, "Đoàn viên, người lao động ngành y tế", "Hội trường Bệnh viện Đa khoa tỉnh Hải Dương cũ", "2027-01-15", end="2027-01-15 16:30", seats="120"),
  c("CDYT-HP-03", "Tập huấn tài chính công đoàn cơ sở ngành y tế", TC, "Kế toán công đoàn bệnh viện", "Hội trường Sở Y tế", "2027-03-19", end="2027-03-19 16:30", seats="60"),
  c("CDYT-HP-04", "Tập huấn nữ công ngành y tế", NC, "Ban nữ công công đoàn bệnh viện", "Hội trường Bệnh viện Phụ sản Hải Phòng", "2027-04-16", end="2027-04-16 11:30", seats="80"),
  c("CDYT-HP-05", "Kỹ năng chuyển đổi số cho cán bộ công đoàn ngành y tế", TH, "Cán bộ công đoàn không chuyên trách", "Trực tuyến", "2027-05-14 14:00", end="2027-05-14 16:30", mode="Trực tuyến", seats="300"),
 ]),
])

# ---------------- 14. LĐLĐ tỉnh Hưng Yên (habit "12, 13/3/2027")
U("HY", "LĐLĐ tỉnh Hưng Yên", "Hưng Yên", "comma", [
 (None, [
  c("LDHY-01", "Tập huấn nghiệp vụ cho Chủ tịch CĐCS khu vực Thái Bình", NV, "Chủ tịch CĐCS", "Hội trường Cơ sở 2 LĐLĐ tỉnh, phường Thái Bình (Thái Bình cũ)", "2026-12-03", end="2026-12-04", dl="2026-11-28", seats="100"),
  c("LDHY-02", "Tập huấn nghiệp vụ cho Chủ tịch CĐCS khu vực Hưng Yên", NV, "Chủ tịch CĐCS", "Hội trường LĐLĐ tỉnh, phường Phố Hiến", "2026-12-10", end="2026-12-11", dl="2026-12-05", seats="100"),
  c("LDHY-03", "Tập huấn ATVSLĐ cho CĐCS doanh nghiệp KCN Phố Nối A", ATV, "Chủ tịch CĐCS; An toàn vệ sinh viên", "Nhà văn hóa công nhân KCN Phố Nối A", "2026-12-17", end="2026-12-17 16:30", seats="120"),
  c("LDHY-04", "Tập huấn kỹ năng thương lượng tập thể", TL, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", "Hội trường Cơ sở 2 LĐLĐ tỉnh, phường Thái Bình (Thái Bình cũ)", "2027-01-07", end="2027-01-08", seats="80"),
  c("LDHY-05", "Tập huấn công tác kiểm tra công đoàn", KT, "Ủy viên ủy ban kiểm tra", "Hội trường LĐLĐ tỉnh, phường Phố Hiến", "2027-03-11", end="2027-03-12", seats="80"),
  c("LDHY-06", "Tập huấn công tác nữ công", NC, "Trưởng, phó ban nữ công CĐCS", "Hội trường Cơ sở 2 LĐLĐ tỉnh, phường Thái Bình (Thái Bình cũ)", "2027-04-08", end="2027-04-09", seats="80"),
  c("LDHY-07", "Tập huấn ATVSLĐ cho CĐCS doanh nghiệp KCN Phố Nối A", ATV, "Chủ tịch CĐCS; An toàn vệ sinh viên", "Nhà văn hóa công nhân KCN Phố Nối A", ("M", "2027-05"), seats="120"),
 ]),
])

# ---------------- 15. LĐLĐ TP Hà Nội (habit "Sáng 05/12/2026")
U("HN", "LĐLĐ thành phố Hà Nội", "Hà Nội", "sang", [
 ("Đợt 1", [
  c("LDHN-2701", "Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS", NV, "Chủ tịch CĐCS", "Trường Trung cấp Công đoàn Hà Nội, phường Đống Đa", "2026-11-19", end="2026-11-20", status="Đã kết thúc", seats="120"),
  c("LDHN-2702", "Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS", NV, "Chủ tịch CĐCS", "Trường Trung cấp Công đoàn Hà Nội, phường Đống Đa", "2026-12-07", end="2026-12-08", dl="2026-12-01", seats="120"),
  c("LDHN-2703", "Huấn luyện an toàn vệ sinh lao động nhóm 4", ATV, "Đoàn viên, người lao động", "Trường Trung cấp Công đoàn Hà Nội, phường Đống Đa", "2026-12-14 13:30", end="2026-12-15", seats="100"),
  c("LDHN-2704", "Kỹ năng tư vấn pháp luật và bảo vệ người lao động tại tòa", PL, "Cán bộ công đoàn cấp trên cơ sở", "Trung tâm Tư vấn pháp luật Công đoàn TP, phường Cửa Nam", "2026-12-21", end="2026-12-22", seats="50"),
  c("LDHN-2705", "Tập huấn công tác văn thư, lưu trữ", VT, "Cán bộ công đoàn chuyên trách", "Trường Trung cấp Công đoàn Hà Nội, phường Đống Đa", "2027-01-14", end="2027-01-14 16:30", seats="60"),
 ]),
 ("Đợt 2", [
  c("LDHN-2706", "Bồi dưỡng nghiệp vụ công tác công đoàn cho Chủ tịch CĐCS", NV, "Chủ tịch CĐCS", "Trường Trung cấp Công đoàn Hà Nội, phường Đống Đa", "2027-03-08", end="2027-03-09", dl="2027-03-01", seats="120"),
  c("LDHN-2707", "Kỹ năng tuyên truyền vận động phát triển đoàn viên", PT, "Cán bộ công đoàn cấp trên cơ sở", "Trường Trung cấp Công đoàn Hà Nội, phường Đống Đa", "2027-03-29", end="2027-03-31", seats="40"),
  c("LDHN-2708", "Tập huấn đối thoại, đàm phán, thương lượng", TL, "Chủ tịch CĐCS; Phó chủ tịch CĐCS", "Trường Trung cấp Công đoàn Hà Nội, phường Đống Đa", "2027-04-12 13:30", end="2027-04-13", seats="100"),
  c("LDHN-2709", "Sử dụng phần mềm quản lý điều hành, viết bài trang Web", TH, "Cán bộ công đoàn chuyên trách", "Trực tuyến (Zoom)", "2027-05-06 14:00", end="2027-05-06 16:30", mode="Trực tuyến", seats="200"),
 ]),
])

# ---------------- 16. CĐ Viên chức TP Hà Nội (habit dmy + "tháng 3 năm 2027")
U("VCHN", "Công đoàn Viên chức thành phố Hà Nội", "Hà Nội", "thang", [
 (None, [
  c("CDVC-HN-01", "Bồi dưỡng nghiệp vụ cho công đoàn cơ sở khối sự nghiệp", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", "Hội trường Công đoàn Viên chức TP, phường Hoàn Kiếm", "2026-12-09", end="2026-12-10", dl="2026-12-03", seats="80"),
  c("CDVC-HN-02", "Tập huấn nghiệp vụ kiểm tra, giám sát cho UBKT công đoàn", KT, "Ủy viên UBKT", "Hội trường Công đoàn Viên chức TP, phường Hoàn Kiếm", "2027-01-06", end="2027-01-06 16:30", seats="80"),
  c("CDVC-HN-03", "Kỹ năng soạn thảo văn bản công đoàn", VT, "Cán bộ công đoàn không chuyên trách", "Trực tuyến", "2027-03-03 14:00", end="2027-03-03 16:30", mode="Trực tuyến", seats="150"),
  c("CDVC-HN-04", "Tập huấn nữ công khối viên chức", NC, "Ban nữ công CĐCS", "Hội trường Công đoàn Viên chức TP, phường Hoàn Kiếm", ("M", "2027-04"), seats="80"),
  c("CDVC-HN-05", "Bồi dưỡng nghiệp vụ cho công đoàn cơ sở khối sự nghiệp", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", "Hội trường Công đoàn Viên chức TP, phường Hoàn Kiếm", ("M", "2027-05"), seats="80"),
 ]),
])

# ---------------- 17. CĐ các KCN và chế xuất Hà Nội (habit "Tối 05/12/2026", "CN 06/12/2026")
U("KCNHN", "Công đoàn các Khu công nghiệp và chế xuất Hà Nội", "Hà Nội", "toi", [
 (None, [
  c("KCNHN-01", "Lớp tối: Pháp luật lao động cho công nhân KCN Thăng Long", PL, "Đoàn viên, người lao động", "Nhà văn hóa công nhân KCN Thăng Long, xã Đông Anh", "2026-12-03 18:30", end="2026-12-03 21:00", dl="2026-12-01", seats="200"),
  c("KCNHN-02", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên", ATV, "An toàn vệ sinh viên", "Nhà văn hóa công nhân KCN Thăng Long, xã Đông Anh", "2026-12-13", end="2026-12-13 11:30", dl="2026-12-10", seats="120"),
  c("KCNHN-03", "Tập huấn ATVSLĐ cho an toàn vệ sinh viên", ATV, "An toàn vệ sinh viên", "Hội trường KCN Quang Minh, xã Quang Minh", "2027-03-14", end="2027-03-14 11:30", seats="120"),
  c("KCNHN-04", "Kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp Nhật Bản", TL, "Chủ tịch CĐCS", "Nhà văn hóa công nhân KCN Thăng Long, xã Đông Anh", "2027-01-10", end="2027-01-10 16:30", seats="60"),
  c("KCNHN-05", "Thành lập CĐCS và phát triển đoàn viên ở doanh nghiệp KCN", PT, "Cán bộ công đoàn cấp trên cơ sở", "Hội trường KCN Quang Minh, xã Quang Minh", "2027-04-08 18:30", end="2027-04-08 21:00", seats="40"),
 ]),
])

# ---------------- 18. LĐLĐ tỉnh Quảng Ninh (habit "T4 30/12/2026", "Tuần 2 tháng 3/2027", "Q2/2027")
U("QN", "LĐLĐ tỉnh Quảng Ninh", "Quảng Ninh", "tuan", [
 (None, [
  c("LDQN-01", "Bồi dưỡng nghiệp vụ cho cán bộ công đoàn ngành than", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", "Cung Văn hóa Lao động hữu nghị Việt - Nhật, phường Hạ Long", "2026-12-02", end="2026-12-03", dl="2026-11-27", seats="100"),
  c("LDQN-02", "Tập huấn ATVSLĐ trong khai thác than hầm lò", ATV, "An toàn vệ sinh viên; Chủ tịch CĐCS", "Nhà văn hóa công nhân phường Cẩm Phả", "2026-12-16", end="2026-12-16 16:30", seats="150"),
  c("LDQN-03", "Bồi dưỡng nghiệp vụ cho cán bộ công đoàn ngành du lịch, dịch vụ", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", "Cung Văn hóa Lao động hữu nghị Việt - Nhật, phường Hạ Long", "2026-12-30", end="2026-12-31", seats="80"),
  c("LDQN-04", "Tập huấn thương lượng tập thể tại KCN Đông Mai", TL, "Chủ tịch CĐCS", "Hội trường KCN Đông Mai, phường Quảng Yên", ("M", "2027-03"), seats="80"),
  c("LDQN-05", "Tập huấn công tác kiểm tra công đoàn", KT, "Ủy viên ủy ban kiểm tra", "Cung Văn hóa Lao động hữu nghị Việt - Nhật, phường Hạ Long", ("Q", "2027-2"), seats="80"),
  c("LDQN-06", "Tập huấn ATVSLĐ trong khai thác than hầm lò", ATV, "An toàn vệ sinh viên; Chủ tịch CĐCS", "Nhà văn hóa công nhân phường Uông Bí", "2027-04-14", end="2027-04-14 16:30", seats="150", status="Hoãn", note="Hoãn, lịch mới sẽ thông báo sau"),
 ]),
])

# ---------------- 19. Trường Đại học Công đoàn (national school; habit "dd/mm/yyyy HH:MM")
U("DHCD", "Trường Đại học Công đoàn", "Hà Nội", "hm", [
 (None, [
  c("DHCD-2701", "Bồi dưỡng lý luận, nghiệp vụ công tác công đoàn cho cán bộ chuyên trách", NV, "Cán bộ công đoàn chuyên trách", "Trường Đại học Công đoàn, 169 Tây Sơn, phường Kim Liên", "2026-11-16 08:00", end="2026-11-28 11:30", dl="2026-11-09", seats="60", note="Lớp toàn quốc, học viên các tỉnh"),
  c("DHCD-2702", "Kỹ năng giảng dạy theo phương pháp tích cực cho giảng viên kiêm chức", GV, "Giảng viên kiêm chức", "Trường Đại học Công đoàn, 169 Tây Sơn, phường Kim Liên", "2026-12-14 08:00", end="2026-12-18 16:30", dl="2026-12-04", seats="50", note="Lớp toàn quốc"),
  c("DHCD-2703", "Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên", "Quản lý nhà nước, lý luận chính trị", "Cán bộ công đoàn chuyên trách", "Trường Đại học Công đoàn, 169 Tây Sơn, phường Kim Liên", "2027-03-01 08:00", end="2027-03-26 16:30", dl="2027-02-20", seats="80"),
  c("DHCD-2704", "Thương lượng tập thể và ký kết thỏa ước - lớp trực tuyến toàn quốc", TL, "Cán bộ công đoàn cấp trên cơ sở; Chủ tịch CĐCS", "Trực tuyến (Zoom của Trường)", "2027-01-20 14:00", end="2027-01-21 16:30", mode="Trực tuyến", seats="500", dl="2027-01-15"),
  c("DHCD-2705", "Bồi dưỡng lý luận, nghiệp vụ công tác công đoàn cho cán bộ chuyên trách", NV, "Cán bộ công đoàn chuyên trách", "Phân hiệu Trường Đại học Công đoàn tại TP.HCM, phường Tân Định", "2027-05-10 08:00", end="2027-05-21 11:30", seats="60", prov="TP.HCM"),
  c("DHCD-2706", "Kỹ năng số cho cán bộ công đoàn: khai thác dữ liệu đoàn viên", TH, "Cán bộ công đoàn cấp trên cơ sở", "Trường Đại học Công đoàn, 169 Tây Sơn, phường Kim Liên", "2027-04-06 08:00", end="2027-04-07 16:30", mode="Kết hợp", seats="100", note="Học viên ở xa học trực tuyến"),
 ]),
])

# ---------------------------------------------------------------------------
# Recurring series (still hand-chosen: titles, places, dates), appended to each union block
# as a last section «Các lớp tại cơ sở / cụm».
def S(prefix, title, topic, aud, rows, hour="08:00", endh="11:30", seats="50", mode=None):
    out = []
    for i, (place, day) in enumerate(rows, 1):
        kw = dict(end=f"{day} {endh}", seats=seats)
        if mode:
            kw["mode"] = mode
        st = day if hour == "08:00" else f"{day} {hour}"
        out.append(c(f"{prefix}-{i:02d}", title.format(place=place.split(',')[0]), topic, aud, place, st, **kw))
    return out

SERIES = {
 "HCM": S("LDHCM-CUM", "Sinh hoạt chuyên đề pháp luật cho đoàn viên tại {place}", PL, "Đoàn viên, người lao động", [
     ("Công ty TNHH Pouchen Việt Nam, phường Bình Tân", "2026-12-04"), ("Công ty TNHH Nidec Việt Nam, KCN Tân Thuận", "2027-01-08"),
     ("Công ty CP Thực phẩm Sài Gòn, phường Tân Tạo", "2027-03-05"), ("Công ty TNHH Kumho Tire, phường Bến Cát (Bình Dương cũ)", "2027-03-26"),
     ("Công ty CP May Nhà Bè, phường Tân Thuận", "2027-04-09"), ("Công ty TNHH Sepzone Linh Trung, phường Linh Xuân", "2027-05-07"),
     ("Cảng Phú Mỹ, phường Phú Mỹ (Bà Rịa - Vũng Tàu cũ)", "2027-06-04")], hour="13:30", endh="16:30", seats="100"),
 "KCXHCM": S("KCX-HCM-CD", "Chuyên đề tối thứ Năm cho công nhân tại {place}", TG, "Đoàn viên, người lao động", [
     ("Nhà trọ công nhân khu phố 3, phường Linh Xuân", "2026-12-10"), ("Nhà trọ công nhân ấp 4, phường Tân Thuận", "2026-12-17"),
     ("Nhà trọ công nhân khu phố 5, phường Tân Tạo", "2027-01-07"), ("Nhà trọ công nhân khu phố 2, phường Linh Xuân", "2027-03-11"),
     ("Nhà trọ công nhân khu phố 6, phường Tân Thuận", "2027-04-15"), ("Nhà trọ công nhân khu phố 1, phường Tân Tạo", "2027-05-13")],
     hour="19:00", endh="21:00", seats="80"),
 "GDHCM": S("CDGD-HCM-CUM", "Tập huấn nghiệp vụ công đoàn trường học {place}", NV, "Ủy viên BCH công đoàn trường học", [
     ("cụm Thủ Đức, Trường THPT Thủ Đức", "2027-01-16"), ("cụm Gò Vấp, Trường THPT Nguyễn Trung Trực", "2027-01-23"),
     ("cụm Dĩ An, Trường THPT Dĩ An (Bình Dương cũ)", "2027-03-20"), ("cụm Vũng Tàu, Trường THPT Vũng Tàu (Bà Rịa - Vũng Tàu cũ)", "2027-03-27"),
     ("cụm Chợ Lớn, Trường THPT Chợ Lớn", "2027-04-10")], hour="08:00", endh="11:30", seats="70"),
 "PTA": S("CDP-TA-CS", "Sinh hoạt pháp luật tại CĐCS {place}", PL, "Đoàn viên, người lao động", [
     ("Công ty TNHH Giày Thuận An, phường Thuận An (Bình Dương cũ)", "2026-12-18"), ("Công ty TNHH Gỗ Lái Thiêu, phường Lái Thiêu (Bình Dương cũ)", "2027-01-15"),
     ("Công ty CP Bao bì An Phú, phường Thuận An (Bình Dương cũ)", "2027-03-19"), ("Công ty TNHH Điện tử VSIP, phường Thuận An (Bình Dương cũ)", "2027-04-23")],
     hour="13:30", endh="16:30", seats="60"),
 "DN": S("LDDN-CUM", "Tập huấn nghiệp vụ cho CĐCS {place}", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", [
     ("cụm Long Khánh, phường Long Khánh", "2027-01-12"), ("cụm Trảng Bom, xã Trảng Bom", "2027-01-19"), ("cụm Nhơn Trạch, xã Nhơn Trạch", "2027-03-09"),
     ("cụm Bình Long, phường Bình Long (Bình Phước cũ)", "2027-03-23"), ("cụm Định Quán, xã Định Quán", "2027-04-20"),
     ("cụm Chơn Thành, phường Chơn Thành (Bình Phước cũ)", "2027-05-25"), ("cụm Xuân Lộc, xã Xuân Lộc", "2027-06-15")],
     hour="08:00", endh="16:30", seats="70"),
 "DNKCN": S("KCNDN-DN", "Tuyên truyền pháp luật lao động tại {place}", PL, "Đoàn viên, người lao động", [
     ("Công ty TNHH Changshin Việt Nam, KCN Thạnh Phú", "2026-12-05"), ("Công ty TNHH Pouyuen Đồng Nai, KCN Long Thành", "2026-12-26"),
     ("Công ty TNHH Hyosung Đồng Nai, KCN Nhơn Trạch 5", "2027-01-09"), ("Công ty TNHH Taekwang Vina, KCN Biên Hòa 2", "2027-03-06"),
     ("Công ty TNHH Fuji Xerox, KCN Amata", "2027-04-03"), ("Công ty TNHH Bosch Việt Nam, KCN Long Thành", "2027-05-08"),
     ("Công ty TNHH Nestlé Việt Nam, KCN Amata", "2027-06-05")], hour="13:30", endh="16:30", seats="150"),
 "TN": S("LDTN-CUM", "Tập huấn nghiệp vụ cho CĐCS {place}", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", [
     ("cụm Bến Lức, xã Bến Lức (Long An cũ)", "2027-01-13"), ("cụm Trảng Bàng, phường Trảng Bàng", "2027-03-10"),
     ("cụm Cần Giuộc, xã Cần Giuộc (Long An cũ)", "2027-03-24"), ("cụm Hòa Thành, phường Hòa Thành", "2027-04-21"),
     ("cụm Kiến Tường, phường Kiến Tường (Long An cũ)", "2027-05-26"), ("cụm Gò Dầu, xã Gò Dầu", "2027-06-09")],
     hour="08:00", endh="16:30", seats="60"),
 "XDH": S("CDX-DH-CS", "Sinh hoạt chuyên đề tại CĐCS {place}", TG, "Đoàn viên, người lao động", [
     ("Công ty TNHH Giày Da Đức Hòa, xã Đức Hòa (Long An cũ)", "2026-12-27"), ("Công ty CP Thép Đức Hòa, xã Đức Hòa (Long An cũ)", "2027-03-28"),
     ("Công ty TNHH Nhựa Hải Sơn, xã Đức Hòa (Long An cũ)", "2027-05-30")], hour="13:30", endh="16:30", seats="60"),
 "BN": S("LDBN-CUM", "Tập huấn nghiệp vụ cho CĐCS {place}", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", [
     ("cụm Từ Sơn, phường Từ Sơn", "2027-01-12"), ("cụm Thuận Thành, phường Thuận Thành", "2027-01-19"),
     ("cụm Việt Yên, phường Việt Yên (Bắc Giang cũ)", "2027-03-09"), ("cụm Lục Nam, xã Lục Nam (Bắc Giang cũ)", "2027-03-30"),
     ("cụm Tiên Du, xã Tiên Du", "2027-04-27"), ("cụm Hiệp Hòa, xã Hiệp Hòa (Bắc Giang cũ)", "2027-05-25"),
     ("cụm Lương Tài, xã Lương Tài", "2027-06-22")], hour="08:00", endh="16:30", seats="70"),
 "BNKCN": S("KCNBN-DN", "Tuyên truyền pháp luật lao động tại {place}", PL, "Đoàn viên, người lao động", [
     ("Công ty TNHH Samsung Electronics Việt Nam, KCN Yên Phong", "2026-12-04"), ("Công ty TNHH Canon Việt Nam, KCN Quế Võ", "2026-12-18"),
     ("Công ty TNHH Hosiden Việt Nam, KCN Quang Châu (Bắc Giang cũ)", "2027-01-08"), ("Công ty TNHH Foxconn, KCN Quế Võ", "2027-03-05"),
     ("Công ty TNHH Luxshare-ICT, KCN Vân Trung (Bắc Giang cũ)", "2027-03-26"), ("Công ty TNHH Goertek Vina, KCN Quế Võ", "2027-04-23"),
     ("Công ty TNHH Amkor Technology, KCN Yên Phong", "2027-05-21"), ("Công ty TNHH Fushan Technology, KCN Đình Trám (Bắc Giang cũ)", "2027-06-18")],
     hour="13:30", endh="16:30", seats="150"),
 "HP": S("LDHP-CUM", "Tập huấn nghiệp vụ cho CĐCS {place}", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", [
     ("cụm Thủy Nguyên, phường Thủy Nguyên", "2027-01-19"), ("cụm Kiến An, phường Kiến An", "2027-03-02"),
     ("cụm Chí Linh, phường Chí Linh (Hải Dương cũ)", "2027-03-16"), ("cụm Kinh Môn, phường Kinh Môn (Hải Dương cũ)", "2027-04-06"),
     ("cụm An Lão, xã An Lão", "2027-05-11"), ("cụm Cẩm Giàng, xã Cẩm Giàng (Hải Dương cũ)", "2027-06-01")],
     hour="08:00", endh="16:30", seats="70"),
 "HPKKT": S("KKTHP-DN", "Tuyên truyền pháp luật lao động tại {place}", PL, "Đoàn viên, người lao động", [
     ("Công ty TNHH LG Electronics Việt Nam Hải Phòng, KCN Tràng Duệ", "2026-12-11"), ("Công ty TNHH Regina Miracle, KCN VSIP Hải Phòng", "2027-01-15"),
     ("Công ty TNHH Bridgestone, KCN Đình Vũ", "2027-03-12"), ("Công ty TNHH Ford Việt Nam, KCN Đại An (Hải Dương cũ)", "2027-04-16"),
     ("Công ty TNHH Pegatron Việt Nam, KCN Deep C", "2027-05-14"), ("Công ty TNHH Brother Việt Nam, KCN Phúc Điền (Hải Dương cũ)", "2027-06-11")],
     hour="13:30", endh="16:30", seats="150"),
 "YTHP": S("CDYT-HP-BV", "Sinh hoạt chuyên đề công đoàn tại {place}", NV, "Đoàn viên công đoàn bệnh viện", [
     ("Bệnh viện Kiến An", "2027-01-22"), ("Bệnh viện Trẻ em Hải Phòng", "2027-03-05"), ("Trung tâm Y tế Chí Linh (Hải Dương cũ)", "2027-04-02"),
     ("Bệnh viện Đa khoa Thủy Nguyên", "2027-05-07")], hour="08:00", endh="11:30", seats="60"),
 "HY": S("LDHY-CUM", "Tập huấn nghiệp vụ cho CĐCS {place}", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", [
     ("cụm Mỹ Hào, phường Mỹ Hào", "2027-01-14"), ("cụm Văn Lâm, xã Văn Lâm", "2027-01-21"), ("cụm Tiền Hải, xã Tiền Hải (Thái Bình cũ)", "2027-03-04"),
     ("cụm Quỳnh Phụ, xã Quỳnh Phụ (Thái Bình cũ)", "2027-03-25"), ("cụm Yên Mỹ, xã Yên Mỹ", "2027-04-22"),
     ("cụm Thái Thụy, xã Thái Thụy (Thái Bình cũ)", "2027-05-20"), ("cụm Khoái Châu, xã Khoái Châu", "2027-06-17")],
     hour="08:00", endh="16:30", seats="70"),
 "HN": S("LDHN-CUM", "Tập huấn nghiệp vụ cho CĐCS {place}", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", [
     ("cụm Mê Linh, xã Mê Linh", "2027-01-12"), ("cụm Thường Tín, xã Thường Tín", "2027-01-21"), ("cụm Sóc Sơn, xã Sóc Sơn", "2027-03-11"),
     ("cụm Hà Đông, phường Hà Đông", "2027-03-25"), ("cụm Sơn Tây, phường Sơn Tây", "2027-04-15"), ("cụm Long Biên, phường Long Biên", "2027-05-13"),
     ("cụm Gia Lâm, xã Gia Lâm", "2027-06-10")], hour="08:00", endh="16:30", seats="80"),
 "VCHN": S("CDVC-HN-CS", "Sinh hoạt chuyên đề cho đoàn viên tại {place}", TG, "Đoàn viên công đoàn khối sự nghiệp", [
     ("Bệnh viện Đa khoa Xanh Pôn", "2027-01-20"), ("Trường Cao đẳng Công nghệ và Thương mại Hà Nội", "2027-03-17"),
     ("Thư viện Hà Nội", "2027-04-14"), ("Nhà hát Chèo Hà Nội", "2027-05-19")], hour="13:30", endh="16:30", seats="60"),
 "KCNHN": S("KCNHN-DN", "Tuyên truyền pháp luật lao động tại {place}", PL, "Đoàn viên, người lao động", [
     ("Công ty TNHH Canon Việt Nam, KCN Thăng Long", "2026-12-10"), ("Công ty TNHH Panasonic Việt Nam, KCN Thăng Long", "2027-01-14"),
     ("Công ty TNHH Yamaha Motor Việt Nam, KCN Nội Bài", "2027-03-18"), ("Công ty TNHH Meiko Electronics, KCN Thạch Thất - Quốc Oai", "2027-04-22"),
     ("Công ty TNHH Toto Việt Nam, KCN Bắc Thăng Long", "2027-05-20"), ("Công ty TNHH Hoya Glass Disk, KCN Thăng Long", "2027-06-17")],
     hour="13:30", endh="16:30", seats="150"),
 "QN": S("LDQN-CUM", "Tập huấn nghiệp vụ cho CĐCS {place}", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", [
     ("cụm Móng Cái, phường Móng Cái 1", "2027-01-13"), ("cụm Đông Triều, phường Đông Triều", "2027-03-10"), ("cụm Vân Đồn, đặc khu Vân Đồn", "2027-03-31"),
     ("cụm Cẩm Phả, phường Cẩm Phả", "2027-04-21"), ("cụm Uông Bí, phường Uông Bí", "2027-05-19"), ("cụm Tiên Yên, xã Tiên Yên", "2027-06-16")],
     hour="08:00", endh="16:30", seats="70"),
 "DHCD": S("DHCD-TT", "Chuyên đề trực tuyến cho CĐCS toàn quốc: {place}", NV, "Chủ tịch CĐCS; Cán bộ công đoàn không chuyên trách", [
     ("Điều lệ Công đoàn Việt Nam khóa XIII", "2026-12-03"), ("Quy chế dân chủ ở cơ sở", "2027-01-07"), ("Tổ chức Đại hội CĐCS", "2027-03-04"),
     ("Quản lý tài chính CĐCS theo quy định mới", "2027-04-01"), ("Kỹ năng nói trước đám đông", "2027-05-06"), ("Tổ chức Tháng Công nhân", "2027-06-03")],
     hour="14:00", endh="16:30", seats="500", mode="Trực tuyến"),
}
# place of DHCD online series is a topic, not a location: fix to the online room
for x in SERIES["DHCD"]:
    x["place"] = "Trực tuyến (Zoom của Trường)"

for u in UNIONS:
    extra = SERIES.get(u["key"], [])
    if extra:
        u["sections"].append(("Các lớp tại cơ sở, cụm", extra))

# A few extra stand-alone classes (more weekend/evening/online, more look-alikes)
def _add(key, *rows):
    for u in UNIONS:
        if u["key"] == key:
            u["sections"][-1][1].extend(rows)

_add("HCM",
  c("LDHCM-2701-12", "Lớp cuối tuần: Kỹ năng thương lượng tập thể cho CĐCS doanh nghiệp FDI", TL, "Chủ tịch CĐCS; Ủy viên BCH", "Nhà Văn hóa Lao động phường Dĩ An (Bình Dương cũ)", "2027-01-16", end="2027-01-17", seats="60", days="2"),
  c("LDHCM-2702-13", "Tập huấn ATVSLĐ cho CĐCS doanh nghiệp dầu khí, cảng biển", ATV, "Chủ tịch CĐCS; An toàn vệ sinh viên", "Nhà Văn hóa Lao động phường Phú Mỹ (Bà Rịa - Vũng Tàu cũ)", "2027-02-23", end="2027-02-24", seats="80"),
  c("LDHCM-2612-14", "Tập huấn trực tuyến: Luật Công đoàn 2024 cho CĐCS", PL, "Chủ tịch CĐCS; Phó chủ tịch CĐCS", "Trực tuyến qua Zoom", "2026-12-23 14:00", end="2026-12-23 16:30", mode="Trực tuyến", seats="1000"),
)
_add("DN",
  c("LDDN-27-09", "Tập huấn trực tuyến: kỹ năng giải quyết tranh chấp lao động tập thể", TCH, "Chủ tịch CĐCS; Cán bộ công đoàn cấp trên cơ sở", "Trực tuyến qua Zoom", "2027-01-27 14:00", end="2027-01-27 16:30", mode="Trực tuyến", seats="300"),
  c("LDDN-27-10", "Lớp cuối tuần: nghiệp vụ cho Chủ tịch CĐCS doanh nghiệp FDI", NV, "Chủ tịch CĐCS", "Hội trường LĐLĐ tỉnh, phường Trấn Biên", "2027-03-27", end="2027-03-28", days="2", seats="60"),
)
_add("HP",
  c("LDHP-09", "Tập huấn kỹ năng đối thoại tại nơi làm việc", TL, "Chủ tịch CĐCS", "Nhà Văn hóa Lao động phường Thành Đông (Hải Dương cũ)", "2027-05-24", end="2027-05-25", seats="80"),
)
_add("HN",
  c("LDHN-2710", "Tập huấn kỹ năng đối thoại tại nơi làm việc", TL, "Chủ tịch CĐCS", "Trường Trung cấp Công đoàn Hà Nội, phường Đống Đa", "2027-06-07", end="2027-06-08", seats="100"),
  c("LDHN-2711", "Lớp cuối tuần: Huấn luyện an toàn vệ sinh lao động nhóm 4", ATV, "Đoàn viên, người lao động", "Trường Trung cấp Công đoàn Hà Nội, phường Đống Đa", "2027-01-23", end="2027-01-24", days="2", seats="100"),
)
_add("QN",
  c("LDQN-07", "Tập huấn trực tuyến: công tác nữ công ngành than", NC, "Ban nữ công CĐCS", "Trực tuyến", "2027-01-21 14:00", end="2027-01-21 16:30", mode="Trực tuyến", seats="200"),
  c("LDQN-08", "Tập huấn tài chính công đoàn", TC, "Kế toán CĐCS", "Cung Văn hóa Lao động hữu nghị Việt - Nhật, phường Hạ Long", "2027-03-17", end="2027-03-18", seats="80"),
)
_add("HY",
  c("LDHY-08", "Tập huấn tài chính công đoàn cơ sở", TC, "Kế toán CĐCS", "Hội trường LĐLĐ tỉnh, phường Phố Hiến", "2027-01-14 13:30", end="2027-01-15", seats="80"),
  c("LDHY-09", "Lớp tối: Pháp luật lao động cho công nhân KCN Thăng Long II", PL, "Đoàn viên, người lao động", "Nhà văn hóa công nhân KCN Thăng Long II, phường Mỹ Hào", "2026-12-08 18:30", end="2026-12-08 21:00", seats="200"),
)
_add("TN",
  c("LDTN-09", "Tập huấn tài chính công đoàn cơ sở", TC, "Kế toán CĐCS", "Hội trường LĐLĐ tỉnh, phường Long An (Long An cũ)", "2027-01-26", end="2027-01-27", seats="80"),
  c("LDTN-10", "Lớp tối: Pháp luật lao động cho công nhân KCN Phước Đông", PL, "Đoàn viên, người lao động", "Hội trường KCN Phước Đông, xã Gò Dầu", "2026-12-09 18:30", end="2026-12-09 21:00", seats="200"),
)
_add("BN",
  c("LDBN-2709", "Lớp cuối tuần: Bồi dưỡng nghiệp vụ cho Chủ tịch CĐCS doanh nghiệp", NV, "Chủ tịch CĐCS", "Hội trường LĐLĐ tỉnh, phường Kinh Bắc", "2027-01-09", end="2027-01-10", days="2", seats="100"),
)

# Second round of series (to reach a realistic volume)
SERIES2 = {
 "KCXHCM": S("KCX-HCM-AT", "Huấn luyện ATVSLĐ tại doanh nghiệp: {place}", ATV, "Đoàn viên, người lao động", [
     ("Công ty TNHH Juki Việt Nam, KCX Tân Thuận", "2026-12-19"), ("Công ty TNHH Nissei Electric, KCX Linh Trung 1", "2027-01-23"),
     ("Công ty TNHH Freetrend, KCX Linh Trung 2", "2027-03-20"), ("Công ty TNHH Wonderful Sài Gòn, KCN Tân Tạo", "2027-04-24"),
     ("Công ty TNHH Esquel Garment, KCN VSIP 1, phường Thuận An (Bình Dương cũ)", "2027-05-29")], hour="08:00", endh="11:30", seats="120"),
 "DNKCN": S("KCNDN-AT", "Huấn luyện ATVSLĐ tại doanh nghiệp: {place}", ATV, "Đoàn viên, người lao động", [
     ("Công ty TNHH Shilla Bags, KCN Tam Phước", "2026-12-13"), ("Công ty TNHH Kyungbang, KCN Nhơn Trạch 6", "2027-01-24"),
     ("Công ty TNHH Japfa Comfeed, KCN Becamex Bình Phước (Bình Phước cũ)", "2027-03-21"), ("Công ty TNHH Olam, KCN Đồng Xoài (Bình Phước cũ)", "2027-04-25"),
     ("Công ty TNHH Sunjin Vina, KCN Sông Mây", "2027-05-23")], hour="08:00", endh="11:30", seats="120"),
 "BNKCN": S("KCNBN-AT", "Huấn luyện ATVSLĐ tại doanh nghiệp: {place}", ATV, "Đoàn viên, người lao động", [
     ("Công ty TNHH Samsung Display, KCN Yên Phong", "2026-12-20"), ("Công ty TNHH Hana Micron Vina, KCN Vân Trung (Bắc Giang cũ)", "2027-01-24"),
     ("Công ty TNHH Nichias, KCN Quế Võ", "2027-03-21"), ("Công ty TNHH New Wing, KCN Quang Châu (Bắc Giang cũ)", "2027-04-25"),
     ("Công ty TNHH ABB, KCN Tiên Sơn", "2027-05-23")], hour="08:00", endh="11:30", seats="120"),
 "HPKKT": S("KKTHP-AT", "Huấn luyện ATVSLĐ tại doanh nghiệp: {place}", ATV, "Đoàn viên, người lao động", [
     ("Công ty TNHH Kyocera, KCN Nomura", "2026-12-20"), ("Công ty TNHH Sumidenso, KCN Nam Sách (Hải Dương cũ)", "2027-01-24"),
     ("Công ty TNHH Fuji Xerox Hải Phòng, KCN VSIP Hải Phòng", "2027-03-21"), ("Công ty TNHH Haesung Vina, KCN Tân Trường (Hải Dương cũ)", "2027-04-25")],
     hour="08:00", endh="11:30", seats="120"),
 "KCNHN": S("KCNHN-AT", "Huấn luyện ATVSLĐ tại doanh nghiệp: {place}", ATV, "Đoàn viên, người lao động", [
     ("Công ty TNHH Denso Việt Nam, KCN Thăng Long", "2026-12-27"), ("Công ty TNHH Honda Việt Nam, KCN Nội Bài", "2027-01-31"),
     ("Công ty TNHH Terumo, KCN Quang Minh", "2027-03-28"), ("Công ty TNHH Sumitomo Bakelite, KCN Thăng Long", "2027-04-25")],
     hour="08:00", endh="11:30", seats="120"),
 "HY": S("LDHY-DN", "Tuyên truyền pháp luật lao động tại {place}", PL, "Đoàn viên, người lao động", [
     ("Công ty TNHH Hoya Lens, KCN Phố Nối A", "2026-12-18"), ("Công ty TNHH Tsuchiya, KCN Thăng Long II", "2027-01-22"),
     ("Công ty TNHH Medochemie, KCN Tiền Hải (Thái Bình cũ)", "2027-03-19"), ("Công ty TNHH Pacific Textiles, KCN Phố Nối B", "2027-04-23"),
     ("Công ty TNHH Shinsung Vina, KCN Cầu Nghìn (Thái Bình cũ)", "2027-05-21")], hour="13:30", endh="16:30", seats="150"),
 "QN": S("LDQN-DN", "Tuyên truyền pháp luật lao động tại {place}", PL, "Đoàn viên, người lao động", [
     ("Công ty than Hà Lầm, phường Hạ Long", "2026-12-11"), ("Công ty than Mạo Khê, phường Đông Triều", "2027-01-15"),
     ("Công ty TNHH Jinko Solar, KCN Sông Khoai", "2027-03-12"), ("Công ty TNHH Texhong, KCN Hải Hà", "2027-04-16")],
     hour="13:30", endh="16:30", seats="150"),
 "TN": S("LDTN-DN", "Tuyên truyền pháp luật lao động tại {place}", PL, "Đoàn viên, người lao động", [
     ("Công ty TNHH Brotex, KCN Thành Thành Công", "2026-12-18"), ("Công ty TNHH Coats Phong Phú, KCN Long Hậu (Long An cũ)", "2027-01-22"),
     ("Công ty TNHH Lotte Ladies, KCN Tân Đức (Long An cũ)", "2027-03-19"), ("Công ty TNHH Uniben, KCN Phước Đông", "2027-04-23")],
     hour="13:30", endh="16:30", seats="150"),
 "HCM": S("LDHCM-TT", "Chuyên đề trực tuyến hằng tháng cho CĐCS: {place}", NV, "Chủ tịch CĐCS; Ủy viên BCH công đoàn", [
     ("Tổ chức hội nghị người lao động", "2026-12-29"), ("Chăm lo Tết cho đoàn viên", "2027-01-05"), ("Kỹ năng giải quyết khiếu nại", "2027-03-30"),
     ("Bữa ăn ca và thương lượng", "2027-04-27"), ("Chuẩn bị Tháng Công nhân", "2027-05-04")], hour="19:30", endh="21:00", seats="theo đăng ký", mode="Trực tuyến"),
}
for x in SERIES2["HCM"]:
    x["place"] = "Trực tuyến qua Zoom"
for u in UNIONS:
    extra = SERIES2.get(u["key"], [])
    if extra:
        u["sections"][-1][1].extend(extra)
