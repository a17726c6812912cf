#!/usr/bin/env python3
"""Writes courses.csv and targets.csv the way a union office saves its plan from Excel
(CSV ';' with BOM, title block, section rows, sub-totals, signature) plus method/classes_meta.json
(venue key words, organiser short names) used only to phrase questions."""
import csv, json, os, random, re
from datetime import datetime, date, timedelta

R = random.Random(2323)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ------------------------------------------------------------------ provinces
# areas: (former province or None, ["venue|key", ...]); orgs: (["name variant", ...], type, area idx or None, [own venues])
P = []
def prov(name, ab, n, areas, orgs, codefmt, pcell=None):
    P.append(dict(name=name, ab=ab, n=n, areas=areas, orgs=orgs, codefmt=codefmt, pcell=pcell or [name]))

prov("Tuyên Quang", "TQ", 20,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Minh Xuân|Minh Xuân", "Trung tâm Chính trị xã Sơn Dương|Sơn Dương",
              "Hội trường UBND xã Chiêm Hóa|Chiêm Hóa"]),
      ("Hà Giang", ["Hội trường cơ sở 2 LĐLĐ tỉnh, phường Hà Giang 1 (TP Hà Giang cũ)|Hà Giang 1",
                    "Trung tâm Chính trị xã Vị Xuyên (huyện Vị Xuyên, Hà Giang cũ)|Vị Xuyên",
                    "Nhà văn hóa xã Bắc Quang (Hà Giang cũ)|Bắc Quang"])],
     [(["LĐLĐ tỉnh Tuyên Quang", "Liên đoàn Lao động tỉnh Tuyên Quang"], "prov", None, []),
      (["CĐ phường Hà Giang 1"], "ward", 1, []),
      (["Công đoàn xã Sơn Dương"], "ward", 0, []),
      (["CĐ ngành Giáo dục tỉnh Tuyên Quang"], "sector", None, []),
      (["CĐCS Công ty CP Xi măng Tân Quang"], "company", None, ["Hội trường Công ty Xi măng Tân Quang, xã Yên Sơn|Xi măng Tân Quang"]),
      (["CĐCS Bệnh viện Đa khoa Hà Giang"], "hospital", None, ["Hội trường Bệnh viện Đa khoa Hà Giang, phường Hà Giang 2 (Hà Giang cũ)|Hà Giang 2"])],
     "TQ-{y}-{n:02d}", ["Tuyên Quang", "tỉnh Tuyên Quang"])
prov("Lào Cai", "LC", 22,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Cam Đường|Cam Đường", "Nhà văn hóa công nhân KCN Tằng Loỏng, xã Bảo Thắng|Tằng Loỏng",
              "Trung tâm hội nghị phường Sa Pa|Sa Pa"]),
      ("Yên Bái", ["Hội trường cơ sở 2 LĐLĐ tỉnh, phường Yên Bái (TP Yên Bái cũ)|phường Yên Bái",
                   "Trung tâm Chính trị xã Văn Yên (Yên Bái cũ)|Văn Yên",
                   "Hội trường phường Nghĩa Lộ (thị xã Nghĩa Lộ, Yên Bái cũ)|Nghĩa Lộ"])],
     [(["LĐLĐ tỉnh Lào Cai", "Liên đoàn Lao động tỉnh Lào Cai"], "prov", None, []),
      (["CĐ phường Nghĩa Lộ"], "ward", 1, []),
      (["CĐ các KCN tỉnh Lào Cai"], "kcn", 0, []),
      (["CĐ ngành Y tế tỉnh Lào Cai"], "sector", None, []),
      (["CĐCS Công ty CP Xi măng Yên Bái"], "company", None, ["Hội trường Công ty Xi măng Yên Bái, xã Yên Bình (Yên Bái cũ)|Xi măng Yên Bái"]),
      (["CĐCS Công ty Apatit Việt Nam"], "company", None, ["Hội trường Công ty Apatit, phường Cam Đường|Apatit"]),
      (["CĐCS Trường Cao đẳng Lào Cai"], "school", None, ["Trường Cao đẳng Lào Cai, phường Lào Cai|Cao đẳng Lào Cai"])],
     "LC.{yy}.{n:03d}", ["Lào Cai", "tỉnh Lào Cai"])
prov("Thái Nguyên", "TN", 20,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Phan Đình Phùng|Phan Đình Phùng", "Nhà văn hóa công nhân KCN Yên Bình, phường Phổ Yên|KCN Yên Bình",
              "Trung tâm Chính trị xã Đại Từ|Đại Từ"]),
      ("Bắc Kạn", ["Hội trường cơ sở 2 LĐLĐ tỉnh, phường Đức Xuân (TP Bắc Kạn cũ)|Đức Xuân",
                   "Hội trường xã Chợ Mới (Bắc Kạn cũ)|Chợ Mới", "Nhà văn hóa xã Ba Bể (Bắc Kạn cũ)|Ba Bể"])],
     [(["LĐLĐ tỉnh Thái Nguyên", "Liên đoàn Lao động tỉnh Thái Nguyên"], "prov", None, []),
      (["CĐ các KCN tỉnh Thái Nguyên"], "kcn", 0, []),
      (["CĐCS Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên"], "company", None, ["Nhà văn hóa Samsung, KCN Yên Bình, phường Phổ Yên|Nhà văn hóa Samsung"]),
      (["CĐ phường Đức Xuân"], "ward", 1, []),
      (["CĐ ngành Giáo dục tỉnh Thái Nguyên"], "sector", None, []),
      (["CĐCS Bệnh viện Trung ương Thái Nguyên"], "hospital", None, ["Hội trường Bệnh viện Trung ương Thái Nguyên|Bệnh viện Trung ương"])],
     "TN{yy}_{n:02d}")
prov("Phú Thọ", "PT", 26,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Việt Trì|Việt Trì", "Nhà văn hóa công nhân KCN Thụy Vân|Thụy Vân",
              "Trung tâm Chính trị xã Lâm Thao|Lâm Thao"]),
      ("Vĩnh Phúc", ["Hội trường cơ sở 2 LĐLĐ tỉnh, phường Vĩnh Yên (TP Vĩnh Yên cũ, Vĩnh Phúc)|Vĩnh Yên",
                     "Nhà văn hóa công nhân KCN Bình Xuyên (Vĩnh Phúc cũ)|Bình Xuyên",
                     "Hội trường phường Phúc Yên (Vĩnh Phúc cũ)|Phúc Yên"]),
      ("Hòa Bình", ["Hội trường cơ sở 3 LĐLĐ tỉnh, phường Hòa Bình (TP Hòa Bình cũ)|phường Hòa Bình",
                    "Trung tâm Chính trị xã Lương Sơn (Hòa Bình cũ)|Lương Sơn",
                    "Nhà văn hóa xã Mai Châu (Hòa Bình cũ)|Mai Châu"])],
     [(["LĐLĐ tỉnh Phú Thọ", "Liên đoàn Lao động tỉnh Phú Thọ"], "prov", None, []),
      (["CĐ các KCN tỉnh Phú Thọ"], "kcn", 1, []),
      (["CĐCS Công ty Honda Việt Nam"], "company", None, ["Hội trường Honda Việt Nam, phường Phúc Yên (Vĩnh Phúc cũ)|Hội trường Honda"]),
      (["CĐ xã Lương Sơn"], "ward", 2, []),
      (["CĐ ngành Giáo dục tỉnh Phú Thọ"], "sector", None, []),
      (["CĐCS Bệnh viện Đa khoa tỉnh Phú Thọ"], "hospital", None, ["Hội trường Bệnh viện Đa khoa tỉnh Phú Thọ, phường Việt Trì|Bệnh viện Đa khoa tỉnh Phú Thọ"]),
      (["CĐCS Trường THPT Chuyên Vĩnh Phúc"], "school", None, ["Trường THPT Chuyên Vĩnh Phúc, phường Vĩnh Yên (Vĩnh Phúc cũ)|THPT Chuyên Vĩnh Phúc"])],
     "PT-{t}-{n:02d}", ["Phú Thọ", "tỉnh Phú Thọ"])
prov("Bắc Ninh", "BN", 28,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Kinh Bắc|Kinh Bắc", "Nhà văn hóa công nhân KCN Quế Võ|Quế Võ",
              "Trung tâm hỗ trợ CNLĐ KCN Yên Phong|Yên Phong", "Thiết chế công đoàn phường Từ Sơn|Từ Sơn"]),
      ("Bắc Giang", ["Hội trường cơ sở 2 LĐLĐ tỉnh, phường Bắc Giang (TP Bắc Giang cũ)|phường Bắc Giang",
                     "Nhà văn hóa công nhân KCN Vân Trung, xã Việt Yên (Bắc Giang cũ)|Vân Trung",
                     "Thiết chế công đoàn KCN Quang Châu (Bắc Giang cũ)|Quang Châu",
                     "Trung tâm Chính trị xã Lạng Giang (Bắc Giang cũ)|Lạng Giang"])],
     [(["LĐLĐ tỉnh Bắc Ninh", "Liên đoàn Lao động tỉnh Bắc Ninh"], "prov", None, []),
      (["CĐ các KCN tỉnh Bắc Ninh", "Công đoàn các KCN tỉnh Bắc Ninh"], "kcn", None, []),
      (["CĐCS Công ty TNHH Hosiden Việt Nam"], "company", None, ["Hội trường Công ty Hosiden, KCN Quang Châu (Bắc Giang cũ)|Hosiden"]),
      (["CĐCS Công ty TNHH Canon Việt Nam"], "company", None, ["Nhà ăn ca Canon, KCN Quế Võ|Nhà ăn ca Canon"]),
      (["CĐ phường Từ Sơn"], "ward", 0, []),
      (["CĐ xã Việt Yên"], "ward", 1, []),
      (["CĐ ngành Giáo dục tỉnh Bắc Ninh"], "sector", None, []),
      (["CĐCS Bệnh viện Đa khoa tỉnh Bắc Giang"], "hospital", None, ["Hội trường Bệnh viện Đa khoa tỉnh Bắc Giang (Bắc Giang cũ)|Bệnh viện Đa khoa tỉnh Bắc Giang"])],
     "BN-{y}-{n:03d}", ["Bắc Ninh", "tỉnh Bắc Ninh"])
prov("Hưng Yên", "HY", 20,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Phố Hiến|Phố Hiến", "Nhà văn hóa công nhân KCN Thăng Long II, xã Yên Mỹ|Thăng Long II",
              "Thiết chế công đoàn phường Mỹ Hào|Mỹ Hào"]),
      ("Thái Bình", ["Hội trường cơ sở 2 LĐLĐ tỉnh, phường Thái Bình (TP Thái Bình cũ)|phường Thái Bình",
                     "Nhà văn hóa công nhân KCN Tiền Hải (Thái Bình cũ)|Tiền Hải",
                     "Trung tâm Chính trị xã Quỳnh Phụ (Thái Bình cũ)|Quỳnh Phụ"])],
     [(["LĐLĐ tỉnh Hưng Yên", "Liên đoàn Lao động tỉnh Hưng Yên"], "prov", None, []),
      (["CĐ các KCN tỉnh Hưng Yên"], "kcn", 0, []),
      (["CĐ Khu kinh tế Thái Bình"], "kcn", 1, []),
      (["CĐCS Công ty TNHH May Hưng Việt"], "company", None, ["Xưởng may Hưng Việt, xã Văn Lâm|Xưởng may Hưng Việt"]),
      (["CĐ phường Mỹ Hào"], "ward", 0, []),
      (["CĐ ngành Y tế tỉnh Hưng Yên"], "sector", None, []),
      (["CĐCS Trường Đại học Thái Bình"], "school", None, ["Trường Đại học Thái Bình (Thái Bình cũ)|Đại học Thái Bình"])],
     "HY{n:02d}-{yy}")
prov("Hải Phòng", "HP", 24,
     [(None, ["Hội trường LĐLĐ thành phố, phường Lê Chân|Hội trường LĐLĐ thành phố", "Nhà văn hóa công nhân KCN VSIP Hải Phòng, phường Thủy Nguyên|VSIP",
              "Cung Văn hóa Lao động Hữu nghị Việt Tiệp|Cung Văn hóa Lao động", "Thiết chế công đoàn KCN Tràng Duệ|Thiết chế công đoàn KCN Tràng Duệ"]),
      ("Hải Dương", ["Hội trường cơ sở 2 LĐLĐ thành phố, phường Hải Dương (TP Hải Dương cũ)|phường Hải Dương",
                     "Nhà văn hóa công nhân KCN Đại An (Hải Dương cũ)|Đại An",
                     "Hội trường phường Chí Linh (Hải Dương cũ)|Hội trường phường Chí Linh",
                     "Trung tâm Chính trị xã Cẩm Giàng (Hải Dương cũ)|Cẩm Giàng"])],
     [(["LĐLĐ thành phố Hải Phòng", "LĐLĐ TP Hải Phòng", "Liên đoàn Lao động thành phố Hải Phòng"], "prov", None, []),
      (["CĐ Khu kinh tế Hải Phòng"], "kcn", 0, []),
      (["CĐ các KCN khu vực Hải Dương"], "kcn", 1, []),
      (["CĐCS Công ty TNHH LG Display Việt Nam Hải Phòng"], "company", None, ["Hội trường LG Display, KCN Tràng Duệ|LG Display"]),
      (["CĐCS Công ty CP Nhiệt điện Phả Lại"], "company", None, ["Hội trường Nhiệt điện Phả Lại, phường Chí Linh (Hải Dương cũ)|Phả Lại"]),
      (["CĐ ngành Giáo dục thành phố Hải Phòng"], "sector", None, []),
      (["CĐ phường Lê Chân"], "ward", 0, []),
      (["CĐCS Bệnh viện Hữu nghị Việt Tiệp"], "hospital", None, ["Giảng đường Bệnh viện Hữu nghị Việt Tiệp|Bệnh viện Hữu nghị Việt Tiệp"])],
     "HP-KH{yy}-{n:02d}", ["Hải Phòng", "TP Hải Phòng", "Thành phố Hải Phòng"])
prov("Ninh Bình", "NB", 24,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Hoa Lư|Hoa Lư", "Nhà văn hóa công nhân KCN Gián Khẩu, xã Gia Viễn|Gián Khẩu",
              "Hội trường phường Tam Điệp|Tam Điệp"]),
      ("Hà Nam", ["Hội trường cơ sở 2 LĐLĐ tỉnh, phường Phủ Lý (Hà Nam cũ)|Phủ Lý",
                  "Nhà văn hóa công nhân KCN Đồng Văn, phường Duy Tiên (Hà Nam cũ)|Đồng Văn",
                  "Trung tâm Chính trị xã Kim Bảng (Hà Nam cũ)|Kim Bảng"]),
      ("Nam Định", ["Hội trường cơ sở 3 LĐLĐ tỉnh, phường Nam Định (TP Nam Định cũ)|phường Nam Định",
                    "Nhà văn hóa công nhân KCN Hòa Xá (Nam Định cũ)|Hòa Xá",
                    "Trung tâm Chính trị xã Hải Hậu (Nam Định cũ)|Hải Hậu"])],
     [(["LĐLĐ tỉnh Ninh Bình", "Liên đoàn Lao động tỉnh Ninh Bình"], "prov", None, []),
      (["CĐ các KCN tỉnh Ninh Bình"], "kcn", None, []),
      (["CĐCS Tổng Công ty CP Dệt may Nam Định"], "company", None, ["Hội trường Dệt may Nam Định, phường Nam Định (Nam Định cũ)|Dệt may Nam Định"]),
      (["CĐCS Công ty TNHH Hyundai Thành Công Việt Nam"], "company", None, ["Nhà máy Hyundai Thành Công, KCN Gián Khẩu|Nhà máy Hyundai"]),
      (["CĐ phường Phủ Lý"], "ward", 1, []),
      (["CĐ ngành Giáo dục tỉnh Ninh Bình"], "sector", None, []),
      (["CĐCS Bệnh viện Đa khoa tỉnh Nam Định"], "hospital", None, ["Hội trường Bệnh viện Đa khoa tỉnh Nam Định (Nam Định cũ)|Bệnh viện Đa khoa tỉnh Nam Định"])],
     "NB.{t}.{n:02d}")
prov("Quảng Ninh", "QN", 18,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Hồng Gai|Hồng Gai", "Hội trường phường Cẩm Phả|Cẩm Phả",
              "Nhà văn hóa công nhân phường Uông Bí|Uông Bí", "Thiết chế công đoàn KCN Đông Mai, phường Quảng Yên|Đông Mai",
              "Hội trường phường Móng Cái 1|Móng Cái"])],
     [(["LĐLĐ tỉnh Quảng Ninh", "Liên đoàn Lao động tỉnh Quảng Ninh"], "prov", None, []),
      (["CĐCS Công ty Than Hà Lầm - Vinacomin"], "company", None, ["Hội trường Than Hà Lầm, phường Hạ Long|Than Hà Lầm"]),
      (["CĐ các KCN tỉnh Quảng Ninh"], "kcn", 0, []),
      (["CĐ phường Móng Cái 1"], "ward", 0, []),
      (["CĐ ngành Y tế tỉnh Quảng Ninh"], "sector", None, [])],
     "QN-{yy}-{n:02d}")
prov("Hà Nội", "HN", 28,
     [(None, ["Hội trường LĐLĐ thành phố, 51 Quang Trung|51 Quang Trung", "Cung Văn hóa Lao động Hữu nghị Việt Xô|Việt Xô",
              "Trường Trung cấp Công đoàn thành phố Hà Nội, xã Mê Linh|Trường Trung cấp Công đoàn",
              "Nhà văn hóa công nhân KCN Thăng Long, xã Đông Anh|KCN Thăng Long",
              "Thiết chế công đoàn KCN Quang Minh, xã Mê Linh|Quang Minh", "Hội trường UBND xã Thường Tín|Thường Tín"])],
     [(["LĐLĐ thành phố Hà Nội", "LĐLĐ TP Hà Nội", "Liên đoàn Lao động thành phố Hà Nội"], "prov", None, []),
      (["Công đoàn các KCN và chế xuất Hà Nội"], "kcn", 0, []),
      (["CĐ ngành Giáo dục Hà Nội"], "sector", None, []),
      (["CĐ xã Mê Linh"], "ward", 0, []),
      (["CĐ phường Long Biên"], "ward", None, ["Hội trường UBND phường Long Biên|phường Long Biên"]),
      (["CĐCS Công ty TNHH Panasonic Việt Nam"], "company", None, ["Nhà máy Panasonic, KCN Thăng Long, xã Đông Anh|Panasonic"]),
      (["CĐCS Bệnh viện Bạch Mai"], "hospital", None, ["Hội trường Bệnh viện Bạch Mai, phường Kim Liên|Bạch Mai"]),
      (["Trường Trung cấp Công đoàn thành phố Hà Nội"], "school", None, ["Trường Trung cấp Công đoàn thành phố Hà Nội, xã Mê Linh|Trường Trung cấp Công đoàn"])],
     "HN-{y}-{n:03d}", ["Hà Nội", "Thành phố Hà Nội", "TP Hà Nội"])
prov("Điện Biên", "DB", 12,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Điện Biên Phủ|Điện Biên Phủ", "Trung tâm Chính trị xã Tuần Giáo|Tuần Giáo",
              "Hội trường phường Mường Lay|Mường Lay", "Nhà văn hóa xã Mường Chà|Mường Chà"])],
     [(["LĐLĐ tỉnh Điện Biên", "Liên đoàn Lao động tỉnh Điện Biên"], "prov", None, []),
      (["CĐ ngành Giáo dục tỉnh Điện Biên"], "sector", None, []),
      (["CĐ xã Tuần Giáo"], "ward", 0, []),
      (["CĐCS Bệnh viện Đa khoa tỉnh Điện Biên"], "hospital", None, ["Hội trường Bệnh viện Đa khoa tỉnh Điện Biên|Bệnh viện Đa khoa tỉnh Điện Biên"])],
     "DB{yy}-{n:02d}")
prov("Lai Châu", "LCH", 10,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Tân Phong|Tân Phong", "Trung tâm Chính trị xã Than Uyên|Than Uyên",
              "Hội trường xã Tam Đường|Tam Đường", "Nhà văn hóa xã Sìn Hồ|Sìn Hồ"])],
     [(["LĐLĐ tỉnh Lai Châu", "Liên đoàn Lao động tỉnh Lai Châu"], "prov", None, []),
      (["CĐ ngành Giáo dục tỉnh Lai Châu"], "sector", None, []),
      (["CĐCS Công ty Thủy điện Lai Châu"], "company", None, ["Hội trường Nhà máy Thủy điện Lai Châu, xã Nậm Hàng|Nậm Hàng"])],
     "LCH-{yy}-{n:02d}")
prov("Sơn La", "SL", 14,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Chiềng Lề|Chiềng Lề", "Trung tâm Chính trị phường Mộc Châu|Trung tâm Chính trị phường Mộc Châu",
              "Hội trường xã Mai Sơn|Mai Sơn", "Nhà văn hóa xã Thuận Châu|Thuận Châu"])],
     [(["LĐLĐ tỉnh Sơn La", "Liên đoàn Lao động tỉnh Sơn La"], "prov", None, []),
      (["CĐ ngành Giáo dục tỉnh Sơn La"], "sector", None, []),
      (["CĐCS Công ty CP Giống bò sữa Mộc Châu"], "company", None, ["Hội trường Công ty Giống bò sữa Mộc Châu|Công ty Giống bò sữa Mộc Châu"]),
      (["CĐ phường Mộc Châu"], "ward", 0, []),
      (["CĐ Viên chức tỉnh Sơn La"], "sector", None, [])],
     "SL{y}.{n:02d}")
prov("Lạng Sơn", "LS", 16,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Đông Kinh|Hội trường LĐLĐ tỉnh, phường Đông Kinh", "Trung tâm Chính trị xã Chi Lăng|Chi Lăng",
              "Hội trường xã Cao Lộc|Hội trường xã Cao Lộc", "Nhà văn hóa xã Hữu Lũng|Hữu Lũng",
              "Hội trường Ban quản lý KKT cửa khẩu Đồng Đăng|Ban quản lý KKT"])],
     [(["LĐLĐ tỉnh Lạng Sơn", "Liên đoàn Lao động tỉnh Lạng Sơn"], "prov", None, []),
      (["CĐ phường Đông Kinh"], "ward", None, ["Nhà văn hóa phường Đông Kinh|Nhà văn hóa phường Đông Kinh"]),
      (["CĐ Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"], "kcn", 0, []),
      (["CĐ ngành Giáo dục tỉnh Lạng Sơn"], "sector", None, []),
      (["CĐCS HTX Đồng Tâm"], "company", None, ["Trụ sở HTX Đồng Tâm, xã Cao Lộc|Trụ sở HTX Đồng Tâm"])],
     "LS-{yy}-{n:02d}")
prov("Cao Bằng", "CB", 12,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Thục Phán|Hội trường LĐLĐ tỉnh, phường Thục Phán", "Trung tâm Chính trị xã Trùng Khánh|Trùng Khánh",
              "Hội trường xã Quảng Hòa|Quảng Hòa", "Nhà văn hóa xã Bảo Lạc|Bảo Lạc"])],
     [(["LĐLĐ tỉnh Cao Bằng", "Liên đoàn Lao động tỉnh Cao Bằng"], "prov", None, []),
      (["CĐ ngành Giáo dục tỉnh Cao Bằng"], "sector", None, []),
      (["CĐ phường Thục Phán"], "ward", None, ["Nhà văn hóa phường Thục Phán|Nhà văn hóa phường Thục Phán"])],
     "CB-{n:02d}-{y}")
prov("An Giang", "AG", 10,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Long Xuyên|Long Xuyên", "Nhà văn hóa lao động phường Châu Đốc|Châu Đốc"]),
      ("Kiên Giang", ["Hội trường cơ sở 2 LĐLĐ tỉnh, phường Rạch Giá (Kiên Giang cũ)|Rạch Giá",
                      "Hội trường đặc khu Phú Quốc (Kiên Giang cũ)|Hội trường đặc khu Phú Quốc"])],
     [(["LĐLĐ tỉnh An Giang", "Liên đoàn Lao động tỉnh An Giang"], "prov", None, []),
      (["CĐ đặc khu Phú Quốc"], "ward", 1, []),
      (["CĐ ngành Giáo dục tỉnh An Giang"], "sector", None, [])],
     "AG{yy}-{n:02d}")
prov("Cà Mau", "CM", 8,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Tân Thành|Tân Thành", "Hội trường xã Năm Căn|Năm Căn"]),
      ("Bạc Liêu", ["Hội trường cơ sở 2 LĐLĐ tỉnh, phường Bạc Liêu (Bạc Liêu cũ)|phường Bạc Liêu",
                    "Hội trường phường Giá Rai (Bạc Liêu cũ)|Giá Rai"])],
     [(["LĐLĐ tỉnh Cà Mau", "Liên đoàn Lao động tỉnh Cà Mau"], "prov", None, []),
      (["CĐ ngành Y tế tỉnh Cà Mau"], "sector", None, []),
      (["CĐCS Công ty CP Phân bón Dầu khí Cà Mau"], "company", None, ["Hội trường Đạm Cà Mau, phường Lý Văn Lâm|Đạm Cà Mau"])],
     "CM-{yy}-{n:02d}")
prov("Đồng Tháp", "DT", 8,
     [(None, ["Hội trường LĐLĐ tỉnh, phường Cao Lãnh|Cao Lãnh", "Hội trường phường Sa Đéc|Sa Đéc"]),
      ("Tiền Giang", ["Hội trường cơ sở 2 LĐLĐ tỉnh, phường Mỹ Tho (Tiền Giang cũ)|Hội trường cơ sở 2 LĐLĐ tỉnh, phường Mỹ Tho",
                      "Nhà văn hóa công nhân KCN Long Giang (Tiền Giang cũ)|Long Giang"])],
     [(["LĐLĐ tỉnh Đồng Tháp", "Liên đoàn Lao động tỉnh Đồng Tháp"], "prov", None, []),
      (["CĐ các KCN tỉnh Đồng Tháp"], "kcn", 1, []),
      (["CĐ phường Mỹ Tho"], "ward", 1, ["Nhà văn hóa phường Mỹ Tho (Tiền Giang cũ)|Nhà văn hóa phường Mỹ Tho"])],
     "DT.{yy}.{n:02d}")

CENTRAL = [  # (names, venues with province)
    (["Trường Đại học Công đoàn"], [("Hà Nội", "Trường Đại học Công đoàn, 169 Tây Sơn, phường Kim Liên|169 Tây Sơn"),
                                   ("Lào Cai", "Trung tâm hội nghị phường Sa Pa|Sa Pa")]),
    (["Ban Tổ chức Tổng LĐLĐ Việt Nam"], [("Hà Nội", "Trung tâm hội nghị và đào tạo cán bộ công đoàn, 65 Quán Sứ|65 Quán Sứ"),
                                          ("Quảng Ninh", "Khách sạn Công đoàn Bãi Cháy, phường Bãi Cháy|Bãi Cháy")]),
    (["Viện Công nhân và Công đoàn"], [("Hà Nội", "Viện Công nhân và Công đoàn, phường Đống Đa|Viện Công nhân và Công đoàn")]),
    (["Công đoàn Giáo dục Việt Nam"], [("Hà Nội", "Hội trường Bộ GD&ĐT, 35 Đại Cồ Việt|Đại Cồ Việt")]),
    (["CĐ Y tế Việt Nam"], [("Hà Nội", "Hội trường Bộ Y tế, 138A Giảng Võ|Giảng Võ")]),
    (["Công đoàn Than - Khoáng sản Việt Nam"], [("Quảng Ninh", "Nhà văn hóa công nhân mỏ, phường Cẩm Phả|Nhà văn hóa công nhân mỏ")]),
]

# ------------------------------------------------------------------ class templates
# key: (topic key, [titles], [topic cells], [audience cells], [days], [org types])
T = {
 'NV1': ('NV', ["Tập huấn nghiệp vụ công tác công đoàn cho Chủ tịch, Phó Chủ tịch CĐCS",
                "Bồi dưỡng nghiệp vụ công tác CĐ cho CT, PCT công đoàn cơ sở",
                "Tập huấn nghiệp vụ cho chủ tịch công đoàn cơ sở"],
         ["Nghiệp vụ CĐ", "Nghiệp vụ công tác công đoàn", "NV công tác CĐ"],
         ["CT, PCT CĐCS", "Chủ tịch và P.Chủ tịch CĐCS", "Chủ tịch + Phó CT công đoàn cơ sở"], [2, 2, 3], ['prov', 'kcn', 'ward', 'sector']),
 'NV2': ('NV', ["Bồi dưỡng nghiệp vụ cho cán bộ CĐCS mới", "Tập huấn kỹ năng hoạt động cho ủy viên BCH CĐCS mới tham gia",
                "Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở"],
         ["Nghiệp vụ CĐ", "Nghiệp vụ công tác công đoàn"],
         ["UV BCH CĐCS", "Ủy viên BCH công đoàn cơ sở; CBCĐ không chuyên trách", "UV BCH, tổ trưởng CĐ"], [1, 2], ['prov', 'kcn', 'ward', 'sector', 'school', 'hospital']),
 'TOTR': ('NV', ["Tập huấn nghiệp vụ cho tổ trưởng công đoàn", "Tập huấn kỹ năng cho tổ trưởng, tổ phó CĐ"],
          ["Nghiệp vụ CĐ"], ["Tổ trưởng, tổ phó công đoàn", "Tổ trưởng CĐ"], [1], ['company', 'ward', 'kcn']),
 'EDU': ('NV', ["Tập huấn nghiệp vụ công tác công đoàn khối giáo dục", "Tập huấn nghiệp vụ cho CĐCS trường học"],
         ["Nghiệp vụ CĐ"], ["CT, PCT CĐCS trường học", "UV BCH CĐCS các trường"], [1, 2], ['sector']),
 'TLTT': ('TLTT', ["Tập huấn kỹ năng đối thoại, thương lượng tập thể", "Tập huấn kỹ năng thương lượng tập thể",
                   "Tập huấn đối thoại tại nơi làm việc"],
          ["Đối thoại, TLTT", "Thương lượng tập thể", "ĐT, TLTT"],
          ["CT, PCT CĐCS", "UV BCH CĐCS doanh nghiệp", "CB CĐ cấp trên cơ sở"], [2, 3], ['prov', 'kcn', 'central']),
 'TUOC': ('TLTT', ["Tập huấn xây dựng thỏa ước lao động tập thể"], ["Đối thoại, TLTT"], ["Chủ tịch CĐCS doanh nghiệp"], [1, 2], ['kcn', 'prov', 'company']),
 'AT': ('ATVSLD', ["Huấn luyện an toàn, vệ sinh lao động cho an toàn vệ sinh viên", "Tập huấn công tác ATVSLĐ",
                   "Huấn luyện ATVSLĐ nhóm 4"],
        ["ATVSLĐ", "An toàn, vệ sinh lao động", "AT-VSLĐ"],
        ["An toàn vệ sinh viên", "ATVSV; ĐV, NLĐ", "Đoàn viên, CNLĐ"], [1, 2], ['company', 'kcn', 'hospital', 'prov']),
 'FIRE': ('ATVSLD', ["Tập huấn phòng chống cháy nổ và sơ cấp cứu"], ["ATVSLĐ"], ["Đoàn viên, NLĐ", "ĐV, CNLĐ"], [1], ['company', 'hospital', 'school']),
 'PL': ('PL', ["Tập huấn Bộ luật Lao động và Luật Công đoàn năm 2024", "Tập huấn kỹ năng tư vấn pháp luật cho cán bộ CĐ",
               "Phổ biến pháp luật lao động cho đoàn viên, NLĐ"],
        ["Pháp luật LĐ", "PL lao động, tư vấn PL", "Pháp luật lao động"],
        ["CT CĐCS; UV BCH", "CB CĐ cấp trên cơ sở", "Đoàn viên, người lao động"], [1, 2], ['prov', 'ward', 'kcn', 'company']),
 'TCLD': ('TCLD', ["Tập huấn kỹ năng giải quyết tranh chấp lao động", "Tập huấn phòng ngừa tranh chấp lao động, ngừng việc tập thể"],
          ["Tranh chấp LĐ", "Giải quyết TCLĐ"], ["CB CĐ cấp trên cơ sở; CT CĐCS", "CT, PCT CĐCS doanh nghiệp"], [2], ['prov', 'kcn', 'central']),
 'NC': ('NC', ["Tập huấn công tác nữ công, bình đẳng giới", "Bồi dưỡng nghiệp vụ công tác nữ công",
               "Tập huấn kỹ năng hoạt động cho Ban nữ công quần chúng"],
        ["Nữ công", "Nữ công, BĐG", "Công tác nữ công"],
        ["Trưởng, phó ban nữ công CĐCS", "Ban nữ công CĐCS", "UV ban nữ công"], [1, 2], ['prov', 'ward', 'kcn', 'sector', 'company', 'hospital', 'school']),
 'TC': ('TC', ["Bồi dưỡng nghiệp vụ tài chính công đoàn cơ sở", "Tập huấn công tác tài chính, kế toán CĐCS",
               "Tập huấn sử dụng phần mềm kế toán công đoàn"],
        ["Tài chính CĐ", "TCCĐ", "Tài chính công đoàn"],
        ["Kế toán, thủ quỹ CĐCS", "Kế toán CĐCS", "CT CĐCS, kế toán"], [1, 2], ['prov', 'sector', 'kcn']),
 'KT': ('KT', ["Tập huấn nghiệp vụ công tác kiểm tra, giám sát", "Bồi dưỡng nghiệp vụ cho UBKT công đoàn cơ sở"],
        ["Kiểm tra", "UBKT", "Công tác kiểm tra CĐ"], ["UV UBKT CĐCS", "Ủy viên UBKT công đoàn các cấp"], [1, 2], ['prov', 'sector', 'central']),
 'TG': ('TG', ["Tập huấn kỹ năng tuyên truyền, vận động đoàn viên", "Tập huấn công tác tuyên giáo và viết tin bài trên mạng xã hội"],
        ["Tuyên giáo", "Tuyên truyền"], ["UV BCH CĐCS", "Cán bộ CĐ chuyên trách"], [1, 2], ['prov', 'sector', 'ward']),
 'PTDV': ('PTDV', ["Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS",
                   "Tập huấn kỹ năng vận động thành lập công đoàn cơ sở ở doanh nghiệp ngoài nhà nước"],
          ["PTĐV", "Phát triển ĐV, thành lập CĐCS"], ["CB CĐ cấp trên cơ sở", "CB CĐ chuyên trách; CB CĐ cấp trên cơ sở"], [2, 3], ['prov', 'kcn', 'central']),
 'CDS': ('CDS', ["Tập huấn chuyển đổi số trong hoạt động công đoàn", "Tập huấn sử dụng phần mềm quản lý đoàn viên",
                 "Bồi dưỡng tin học văn phòng cho cán bộ CĐ"],
         ["CĐS", "Chuyển đổi số", "Tin học, CĐS"], ["UV BCH CĐCS", "CB CĐ chuyên trách", "CT CĐCS; CB CĐ chuyên trách"], [1, 2], ['prov', 'sector', 'central', 'school']),
 'GV': ('GV', ["Bồi dưỡng kỹ năng giảng dạy cho giảng viên kiêm chức",
               "Tập huấn phương pháp giảng dạy tích cực cho giảng viên kiêm chức công đoàn"],
        ["Giảng viên", "Kỹ năng giảng dạy"], ["GV kiêm chức", "Giảng viên kiêm chức CĐ"], [3], ['prov', 'central']),
 'VT': ('VT', ["Tập huấn công tác văn thư, lưu trữ", "Tập huấn nghiệp vụ văn thư và lập hồ sơ điện tử"],
        ["Văn thư", "Văn thư - lưu trữ"], ["Cán bộ CĐ chuyên trách", "CB văn phòng CĐ"], [1], ['prov', 'sector']),
 'LLCT': ('LLCT', ["Bồi dưỡng lý luận chính trị cho cán bộ CĐ chuyên trách", "Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên"],
          ["LLCT", "Lý luận chính trị", "QLNN"], ["CB CĐ chuyên trách", "Cán bộ công đoàn chuyên trách"], [5], ['prov', 'central']),
}
TYPE_TEMPL = {
    'prov': ['NV1', 'NV1', 'NV2', 'TLTT', 'TLTT', 'AT', 'PL', 'TCLD', 'NC', 'TC', 'KT', 'TG', 'PTDV', 'CDS', 'GV', 'VT', 'LLCT', 'TUOC'],
    'kcn': ['NV1', 'TLTT', 'TLTT', 'TUOC', 'AT', 'PL', 'TCLD', 'NC', 'PTDV', 'TOTR', 'TC'],
    'ward': ['NV1', 'NV2', 'PL', 'NC', 'TG', 'TOTR'],
    'sector': ['EDU', 'NV2', 'NC', 'TC', 'KT', 'CDS', 'TG', 'VT'],
    'company': ['AT', 'AT', 'FIRE', 'NC', 'TOTR', 'PL', 'TUOC'],
    'school': ['FIRE', 'NC', 'CDS', 'NV2'],
    'hospital': ['AT', 'FIRE', 'NC', 'NV2'],
    'central': ['TLTT', 'TCLD', 'KT', 'PTDV', 'CDS', 'GV', 'LLCT'],
}
PARTNERS = ['', '', '', 'Sở Nội vụ', 'Trường Đại học Công đoàn', 'Trung tâm Chính trị', 'Sở Y tế', 'Sở Tư pháp',
            'Trung tâm Tư vấn pháp luật CĐ', 'Ban Nữ công Tổng LĐLĐ', 'Viettel']
NOTES = ['', '', '', 'Mang theo CCCD.', 'Học viên tự túc phương tiện đi lại.', 'Đăng ký qua Zalo của Ban Tổ chức.',
         'Kinh phí do đơn vị tổ chức chi trả.', 'Học viên mang máy tính xách tay.', 'Có cấp giấy chứng nhận.']

WD = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật']
WDS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']
ROM = {1: 'I', 2: 'II', 3: 'III', 4: 'IV'}
NOW = datetime(2026, 11, 23, 9, 0)

def rand_day(a, b):
    while True:
        d = a + timedelta(days=R.randint(0, (b - a).days))
        if d.weekday() != 6:
            return d

def dm(d, pad=False):
    return ('%02d/%02d' % (d.day, d.month)) if pad else ('%d/%d' % (d.day, d.month))

def dmy(d, pad=True):
    return ('%02d/%02d/%d' % (d.day, d.month, d.year)) if pad else ('%d/%d/%d' % (d.day, d.month, d.year))

def excel_serial(d):
    return (d - date(1899, 12, 30)).days

SHAPES_1 = ['dmy', 'dmy', 'dmy', 'dmy_time', 'h_ngay', 'iso', 'serial', 'iso0', 'weekday', 'sang', 'wdshort', 'dmy_nopad']
SHAPES_N = ['range', 'range_pad', 'tu_den', 'range_days', 'comma', 'va']

def render_dated(start, days, year_less_ok):
    """Return (start cell, end cell, days cell, days known) for a dated class."""
    end = start + timedelta(days=days - 1)
    multi = days > 1
    end_cell, days_cell = '', ''
    if multi and R.random() < 0.55 and (end.month == start.month or R.random() < 0.6):
        sh = R.choice(SHAPES_N if days == 2 else ['range', 'range_pad', 'tu_den', 'range_days'])
        if end.month != start.month:
            sh = R.choice(['range_cross', 'tu_den'])
        y = end.year
        if sh == 'range':
            cell = '%d-%d/%d/%d' % (start.day, end.day, end.month, y)
        elif sh == 'range_pad':
            cell = '%s - %s/%d' % (dm(start, True), dm(end, True), y)
        elif sh == 'range_cross':
            cell = '%s - %s/%d' % (dm(start), dm(end), y)
        elif sh == 'tu_den':
            cell = 'Từ %s đến %s/%d' % (dm(start, True), dm(end, True), y)
        elif sh == 'range_days':
            cell = '%d-%d/%d/%d (%d ngày)' % (start.day, end.day, end.month, y, days)
        elif sh == 'comma':
            cell = '%d, %d/%d/%d' % (start.day, end.day, end.month, y)
        else:
            cell = '%d và %d/%d/%d' % (start.day, end.day, end.month, y)
        if R.random() < 0.3:
            days_cell = R.choice(['%d', '%02d ngày', '%d ngày']) % days
        return cell, end_cell, days_cell, True
    sh = R.choice(SHAPES_1 + (['ngay_noyear'] if year_less_ok else []))
    t = R.choice([(7, 30), (8, 0), (13, 30), (14, 0)])
    if sh == 'dmy':
        cell = dmy(start)
    elif sh == 'dmy_nopad':
        cell = dmy(start, False)
    elif sh == 'dmy_time':
        cell = '%s %02d:%02d' % (dmy(start), t[0], t[1])
    elif sh == 'h_ngay':
        cell = '%dh%02d ngày %s' % (t[0], t[1], dmy(start, False))
    elif sh == 'iso':
        cell = start.strftime('%Y-%m-%d')
    elif sh == 'iso0':
        cell = start.strftime('%Y-%m-%d') + ' 00:00:00'
    elif sh == 'serial':
        cell = str(excel_serial(start))
    elif sh == 'weekday':
        cell = '%s, %s' % (WD[start.weekday()], dmy(start, False))
    elif sh == 'wdshort':
        cell = '%s %s' % (WDS[start.weekday()], dmy(start))
    elif sh == 'sang':
        cell = 'Sáng %s' % dmy(start, False)
    else:
        cell = 'Ngày %s' % dm(start)
    known = False
    r = R.random()
    if days > 1 or r < 0.75:
        if R.random() < 0.45:
            end_cell = R.choice([dmy(end), dmy(end) + ' 16:30', end.strftime('%Y-%m-%d')])
            if R.random() < 0.4:
                days_cell = str(days)
        else:
            days_cell = R.choice(['%d', '%02d ngày', '%d ngày']) % days
        known = True
    return cell, end_cell, days_cell, known

def render_period(kind, y, x):
    if kind == 'month':
        return R.choice(['Tháng %d/%d', 'tháng %d năm %d', 'T%d/%d', 'cuối tháng %d/%d', 'Tuần 2 tháng %d/%d']) % (x, y)
    if kind == 'quarter':
        return R.choice(['Quý %s/%d' % (ROM[x], y), 'Quý %d/%d' % (x, y), 'Q%d/%d' % (x, y),
                         'quý %s năm %d' % (ROM[x], y), 'Đầu quý %s/%d' % (ROM[x], y)])
    if kind == 'two':
        return R.choice(['Tháng %d-%d/%d', 'tháng %d, %d năm %d']) % (x, x + 1, y)
    if kind == 'half':
        return R.choice(['6 tháng đầu năm %d' % y] if x == 1 else ['6 tháng cuối năm %d' % y, '6 tháng cuối năm'])
    return R.choice(['Năm 2027', 'Cả năm', 'Theo kế hoạch'])

def status_cell(st):
    return R.choice({'open': ['Mở đăng ký', 'mở đăng ký', 'Mo dang ky', '', ''],
                     'tentative': ['Dự kiến', 'dự kiến', ''], 'cancelled': ['Đã hủy', 'Đã huỷ', 'ĐÃ HỦY'],
                     'finished': ['Đã kết thúc', 'đã kết thúc', 'Da ket thuc'],
                     'postponed': ['Đã hoãn', 'Hoãn', 'Tạm hoãn']}[st])

def seats_cell():
    n = R.choice([30, 35, 40, 50, 60, 80, 100, 120])
    f = R.choice(['{n}', '{n}', '{n}', '{n} người', 'khoảng {n} học viên', '{m}-{n}', '{n} (2 lớp)', '{n}/lớp'])
    return f.format(n=n, m=n - 10)

# ------------------------------------------------------------------ generation
def venue_for(p, org):
    names, typ, area, own = org
    if own:
        return R.choice(own), (None if not any(a for a, _ in p['areas']) else None)
    if area is None:
        ai = R.randrange(len(p['areas']))
    else:
        ai = area
    return R.choice(p['areas'][ai][1]), p['areas'][ai][0]

def pick_when(bucket, days):
    """Returns dict with kind and dates."""
    if bucket == 'past':
        s = rand_day(date(2026, 3, 2), date(2026, 11, 18) - timedelta(days=days))
        return dict(kind='dated', start=s)
    if bucket == 'dec':
        s = rand_day(date(2026, 11, 24), date(2026, 12, 29))
        return dict(kind='dated', start=s)
    if bucket == 'y27':
        while True:
            s = rand_day(date(2027, 1, 5), date(2027, 10, 29))
            if not (date(2027, 2, 1) <= s <= date(2027, 2, 20)):
                return dict(kind='dated', start=s)
    # tentative
    k = R.choice(['month', 'month', 'month', 'quarter', 'quarter', 'two', 'half', 'year'])
    if k == 'month':
        y, x = R.choice([(2026, 12)] + [(2027, m) for m in range(1, 11)])
    elif k == 'quarter':
        y, x = R.choice([(2026, 4), (2027, 1), (2027, 2), (2027, 3), (2027, 4)])
    elif k == 'two':
        y, x = 2027, R.choice([3, 4, 5, 8, 9])
    elif k == 'half':
        y, x = 2027, R.choice([1, 2])
    else:
        y, x = 2027, 0
    return dict(kind='period', pk=k, y=y, x=x)

rows_by_prov = []
meta = {}
used_codes = set()

def make_code(p, n, y, tk):
    if p is None:
        return 'TW-%d-%02d' % (y, n)
    return p['codefmt'].format(y=y, yy=y % 100, n=n, t=tk)

BATCH_FMT = [('đợt', lambda t, i: '%s (đợt %d)' % (t, i)), ('đợt', lambda t, i: '%s - Đợt %d' % (t, i)),
             ('lớp', lambda t, i: '%s, lớp %d' % (t, i)), ('lớp', lambda t, i: '%s lớp %d' % (t, i)),
             ('khóa', lambda t, i: '%s khóa %s' % (t, ROM[i])), ('khóa', lambda t, i: '%s (khóa %s)' % (t, ROM[i]))]

def gen_classes(p, orgs, count, prov_name_cells, central=False):
    out = []
    n = 0
    while len(out) < count:
        org = R.choice(orgs)
        typ = org[1]
        tk = R.choice(TYPE_TEMPL[typ])
        topic, titles, tcells, acells, dayopts, _ = T[tk]
        title = R.choice(titles)
        series = 1
        if R.random() < 0.33 and count - len(out) >= 2:
            series = R.choice([2, 2, 2, 3])
        bfmt = R.choice(BATCH_FMT)
        base_bucket = R.choices(['past', 'dec', 'y27', 'tent'], [14, 22, 44, 20])[0]
        for b in range(1, series + 1):
            n += 1
            days = R.choice(dayopts)
            t = bfmt[1](title, b) if series > 1 else title
            bucket = base_bucket if b == 1 else R.choices(['dec', 'y27', 'tent'], [25, 60, 15])[0]
            if bucket == 'past' and b > 1:
                bucket = 'y27'
            st = None
            r = R.random()
            if bucket in ('dec', 'y27') and r < 0.07:
                st = 'cancelled'
            elif bucket in ('dec', 'y27', 'past') and r < 0.13 and days < 5:
                st = 'postponed'
            w = pick_when('tent' if bucket == 'tent' else bucket, days)
            if central:
                pv, venue = R.choice(org[2])
                area = None
            else:
                venue, area = venue_for(p, org)
                pv = p['name']
            mode_x = ('x', '')
            if tk in ('CDS', 'TC', 'VT', 'KT', 'LLCT', 'TG') and R.random() < 0.45 or R.random() < 0.08:
                if R.random() < 0.6:
                    mode_x = ('', R.choice(['x', 'X', '✓']))
                    venue = R.choice(['Trực tuyến qua Zoom|Zoom', 'Trực tuyến, phần mềm Google Meet|Google Meet',
                                      'Trực tuyến qua hệ thống họp trực tuyến của LĐLĐ tỉnh|hệ thống họp trực tuyến'])
                else:
                    mode_x = ('x', 'x')
                    v, k = venue.split('|')
                    venue = v + ' và các điểm cầu trực tuyến|' + k
            elif R.random() < 0.5:
                mode_x = ('', '') if R.random() < 0.5 else (R.choice(['x', 'X', 'v', '1', 'có']), '')
            vtext, vkey = venue.split('|')
            y = 2027
            start_cell = end_cell = days_cell = deadline = ''
            note = R.choice(NOTES)
            days_known = False
            if w['kind'] == 'dated':
                s = w['start']
                y = s.year
                if st is None:
                    st = 'finished' if bucket == 'past' and R.random() < 0.7 else 'open'
                    if bucket != 'past' and R.random() < 0.06:
                        st = 'tentative'
                tm = None
                start_cell, end_cell, days_cell, days_known = render_dated(s, days, y == 2027 and st != 'postponed')
                if st == 'postponed':
                    end_cell = ''
                    days_cell = str(days)
                    nd_kind = R.choice(['sang', 'lichmoi', 'lui', 'doi', 'cu', 'noyear', 'none'])
                    nd = rand_day(max(s, date(2026, 12, 1)) + timedelta(days=20), max(s, date(2026, 12, 1)) + timedelta(days=80))
                    if nd_kind == 'noyear' and (nd - s).days > 170:
                        nd_kind = 'sang'
                    note = {'sang': 'Hoãn sang %s' % dmy(nd), 'lichmoi': 'Hoãn do trùng lịch; lịch mới: %s' % dmy(nd),
                            'lui': 'Lùi lịch đến %s' % dmy(nd, False), 'doi': 'Dời sang %s do thời tiết' % dmy(nd),
                            'cu': 'Lịch cũ %s, hoãn sang %s' % (dmy(s), dmy(nd)), 'noyear': 'Hoãn sang %s' % dm(nd),
                            'none': R.choice(['Tạm hoãn, thời gian tổ chức sẽ thông báo sau.', 'Hoãn vì trùng lịch, lịch mới sẽ báo sau.'])}[nd_kind]
                    if nd_kind != 'none' and R.random() < 0.6:
                        deadline = dmy(nd - timedelta(days=R.randint(3, 8)))
                    w['newdate'] = None if nd_kind == 'none' else nd
                elif st in ('open', 'tentative', 'cancelled') and bucket != 'past' and R.random() < 0.65:
                    if R.random() < 0.12:
                        dl = s
                    else:
                        dl = s - timedelta(days=R.randint(2, 12))
                    deadline = R.choice([dmy(dl), dmy(dl, False), dmy(dl) + ' 17:00', dl.strftime('%Y-%m-%d')])
                if st == 'cancelled':
                    note = R.choice(['Hủy do không đủ học viên đăng ký.', 'Không tổ chức, gộp vào lớp sau.', 'Dừng tổ chức theo chỉ đạo.'])
            else:
                k, yy, x = w['pk'], w['y'], w['x']
                y = yy
                start_cell = render_period(k, yy, x) if not (k == 'year' and R.random() < 0.15) else ''
                st = 'tentative' if R.random() < 0.85 else 'open'
                if R.random() < 0.5:
                    days_cell = str(days)
            code = make_code(p, n, y, topic)
            assert code not in used_codes, code
            used_codes.add(code)
            org_cell = R.choice(org[0])
            if central:
                pcell = pv
            else:
                pcell = R.choice(prov_name_cells)
            row = {
                'Mã lớp': code, 'Nội dung tập huấn': t, 'Chuyên đề': R.choice(tcells), 'Thành phần': R.choice(acells),
                'Đơn vị chủ trì': org_cell, 'Đơn vị phối hợp': R.choice(PARTNERS), 'Tỉnh/Thành phố': pcell,
                'Địa điểm tổ chức': vtext, 'Trực tiếp': mode_x[0], 'Trực tuyến': mode_x[1],
                'Thời gian tổ chức': start_cell, 'Đến ngày': end_cell, 'Số ngày': days_cell, 'Hạn đăng ký': deadline,
                'Số lượng': seats_cell(), 'Trạng thái': status_cell(st), 'Ghi chú': note}
            if st == 'tentative' and w['kind'] == 'period' and row['Trạng thái'] == '':
                pass
            if st == 'open' and w['kind'] == 'period':
                row['Trạng thái'] = 'Mở đăng ký'
            if st == 'tentative' and w['kind'] == 'dated':
                row['Trạng thái'] = 'Dự kiến'
            out.append(row)
            short = org[0][0]
            meta[code] = dict(venue_key=vkey, org_short=short, org_type=typ, template=tk, area=area,
                              series=series, batch=b if series > 1 else None, days_known=days_known)
            if len(out) >= count:
                break
    return out

HEAD = ['STT', 'Mã lớp', 'Nội dung tập huấn', 'Chuyên đề', 'Thành phần', 'Đơn vị chủ trì', 'Đơn vị phối hợp',
        'Tỉnh/Thành phố', 'Địa điểm tổ chức', 'Trực tiếp', 'Trực tuyến', 'Thời gian tổ chức', 'Đến ngày', 'Số ngày',
        'Hạn đăng ký', 'Số lượng', 'Trạng thái', 'Ghi chú']
ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI',
          'XVII', 'XVIII', 'XIX', 'XX']

def main():
    sections = []
    for p in P:
        sections.append(('TỈNH ' + p['name'].upper() if p['name'] not in ('Hà Nội', 'Hải Phòng') else 'THÀNH PHỐ ' + p['name'].upper(),
                         gen_classes(p, p['orgs'], p['n'], p['pcell'])))
    sections.append(('CÁC ĐƠN VỊ TRUNG ƯƠNG', gen_classes(None, [(c[0], 'central', c[1], []) for c in CENTRAL], 16, None, central=True)))
    W = len(HEAD)
    blank = [''] * W
    def line(*cells):
        r = list(cells) + [''] * (W - len(cells)); return r
    rows = [line('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM', '', '', '', '', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
            line('BAN TỔ CHỨC', '', '', '', '', '', '', '', 'Độc lập - Tự do - Hạnh phúc'),
            line('Số: 215/KH-BTC'),
            blank,
            line('KẾ HOẠCH'),
            line('Đào tạo, bồi dưỡng cán bộ công đoàn các tỉnh trung du, miền núi phía Bắc, đồng bằng sông Hồng và một số tỉnh ĐBSCL năm 2027'),
            line('(Tổng hợp từ kế hoạch của LĐLĐ các tỉnh, thành phố và các đơn vị trực thuộc)'),
            blank, HEAD[:]]
    # a row numbering the columns, as offices do
    rows.append(['(%d)' % (i + 1) for i in range(W)])
    total = 0
    for si, (title, cls) in enumerate(sections):
        rows.append(line(ROMANS[si], '', title))
        sub = 0
        for i, c in enumerate(cls):
            rows.append([str(i + 1)] + [c[h] for h in HEAD[1:]])
            sub += max(int(x) for x in re.findall(r'\d+', c['Số lượng'].split('(')[0]))
        rows.append(line('', '', 'Cộng: %d lớp' % len(cls), '', '', '', '', '', '', '', '', '', '', '', '', str(sub)))
        total += sub
    rows.append(line('', '', 'Tổng cộng: %d lớp' % sum(len(c) for _, c in sections), '', '', '', '', '', '', '', '', '', '', '', '', str(total)))
    rows.append(blank)
    rows.append(line('Nơi nhận:', '', '', '', '', '', '', '', '', '', '', 'KT. TRƯỞNG BAN'))
    rows.append(line('- LĐLĐ các tỉnh, thành phố;', '', '', '', '', '', '', '', '', '', '', 'PHÓ TRƯỞNG BAN'))
    rows.append(line('- Các CĐ ngành TW;'))
    rows.append(line('- Lưu: VT, BTC.', '', '', '', '', '', '', '', '', '', '', '(đã ký)'))
    rows.append(line('', '', '', '', '', '', '', '', '', '', '', 'Nguyễn Thị Thu Hằng'))
    rows.append(line('', '', '', '', '', '', '', '', '', '', '', 'Hà Nội, ngày 10 tháng 11 năm 2026'))
    with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        csv.writer(f, delimiter=';', lineterminator='\r\n').writerows(rows)
    with open(os.path.join(HERE, 'classes_meta.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=0)
    write_targets()

# ------------------------------------------------------------------ targets
def vn(n):
    if isinstance(n, float):
        return ('%g' % n).replace('.', ',')
    s = str(n)
    if n >= 1000 and R.random() < 0.7:
        s = '{:,}'.format(n).replace(',', '.')
    return s

TUNITS = [("LĐLĐ tỉnh Tuyên Quang", "TQ"), ("LĐLĐ tỉnh Lào Cai", "LC"), ("LĐLĐ tỉnh Thái Nguyên", "TN"),
          ("LĐLĐ tỉnh Phú Thọ", "PT"), ("LĐLĐ tỉnh Bắc Ninh", "BN"), ("LĐLĐ tỉnh Hưng Yên", "HY"),
          ("LĐLĐ thành phố Hải Phòng", "HP"), ("LĐLĐ tỉnh Ninh Bình", "NB"), ("LĐLĐ tỉnh Quảng Ninh", "QN"),
          ("LĐLĐ thành phố Hà Nội", "HN"), ("LĐLĐ tỉnh Điện Biên", "DB"), ("LĐLĐ tỉnh Sơn La", "SL"),
          ("LĐLĐ tỉnh Lạng Sơn", "LS"), ("LĐLĐ tỉnh Cao Bằng", "CB"), ("LĐLĐ tỉnh An Giang", "AG"),
          ("CĐ các KCN tỉnh Bắc Ninh", "BNKCN"), ("CĐ phường Hà Giang 1", "HG1"), ("CĐ ngành Giáo dục tỉnh Phú Thọ", "PTGD"),
          ("CĐCS Công ty TNHH Hosiden Việt Nam", "HOSI"), ("CĐCS Bệnh viện Bạch Mai", "BM"), ("CĐ xã Việt Yên", "VY"),
          ("CĐ các KCN tỉnh Hưng Yên", "HYKCN"), ("CĐCS Công ty Than Hà Lầm - Vinacomin", "HL")]
TCONTENT = [("Bồi dưỡng nghiệp vụ cho chủ tịch CĐCS", "Chủ tịch CĐCS", "học viên", "CTCD"),
            ("Tập huấn cán bộ công đoàn cơ sở", "", "lượt người", "CBCS"),
            ("Tập huấn kỹ năng thương lượng tập thể", "Chủ tịch CĐCS", "học viên", "TLTT"),
            ("Tổ chức lớp tập huấn nghiệp vụ", "", "lớp", "LOP"),
            ("Huấn luyện an toàn, vệ sinh lao động", "Đoàn viên, người lao động", "người", "AT"),
            ("Bồi dưỡng nghiệp vụ nữ công", "Ủy viên BCH công đoàn", "học viên", "NC"),
            ("Tỷ lệ cán bộ CĐ không chuyên trách được tập huấn", "Cán bộ công đoàn không chuyên trách", "%", "TL"),
            ("Bồi dưỡng nghiệp vụ kiểm tra", "Ủy viên ủy ban kiểm tra", "học viên", "KT"),
            ("Tập huấn tổ trưởng công đoàn", "", "người", "TT")]

def write_targets():
    rows = [['LIÊN ĐOÀN LAO ĐỘNG CÁC TỈNH, THÀNH PHỐ'] + [''] * 9,
            ['BIỂU CHỈ TIÊU ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ CÔNG ĐOÀN'] + [''] * 9,
            [''] * 10,
            ['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']]
    recs = []
    for ui, (unit, ab) in enumerate(TUNITS):
        big = unit.startswith('LĐLĐ')
        choices = TCONTENT[:] if big else [TCONTENT[1], TCONTENT[4], TCONTENT[8], TCONTENT[5]]
        R.shuffle(choices)
        k = 3 if big and ui % 3 == 0 else 2
        picks = choices[:k]
        for j, (content, aud, measure, ck) in enumerate(picks):
            years = [2026] if j == 0 else [R.choice([2025, 2026, 2027, '2023-2028'])]
            if j == 0 and big and ui % 2 == 0:
                years = [2025, 2026]
            for y in years:
                if measure == '%':
                    tgt = R.choice([80, 85, 90, 100])
                    done = R.choice([60, 70, 72, 75, 88, 92, 95])
                elif measure == 'lớp':
                    tgt = R.choice([12, 15, 20, 24, 30]); done = tgt - R.choice([0, 2, 3, 5, 8])
                else:
                    tgt = R.choice([40, 50, 60, 80, 100, 120, 150, 200, 240, 300, 400, 450, 500, 600, 800])
                    if unit.startswith('CĐ') and tgt > 300:
                        tgt = 200
                    pct = R.choice([50, 60, 75, 80, 90, 100, 105, 110, None])
                    done = int(tgt * pct / 100) if pct else int(tgt * R.uniform(0.4, 0.95))
                if y == 2027:
                    done = 0 if R.random() < 0.5 else None
                asof = {2025: '31/12/2025', 2026: R.choice(['31/10/2026', '15/11/2026', '20/11/2026']), 2027: '', '2023-2028': '30/09/2026'}[y]
                ys = str(y) if y != '2023-2028' else R.choice(['2023-2028', '2023–2028'])
                code = 'CT-%s-%s-%s' % (ab, str(y)[:4] if y != '2023-2028' else '2328', ck)
                note = ''
                if done is not None and y == 2025:
                    note = 'Vượt kế hoạch' if done >= tgt else 'Chưa đạt'
                recs.append([code, unit if R.random() < 0.6 else unit.replace('LĐLĐ', 'Liên đoàn Lao động'), ys, content, aud,
                             vn(tgt), measure, '' if done is None else vn(done), asof if done is not None else '', note])
    rows += recs
    with open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8-sig', newline='') as f:
        csv.writer(f, delimiter=';', lineterminator='\r\n').writerows(rows)

if __name__ == '__main__':
    main()
