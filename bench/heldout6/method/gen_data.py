"""Generate out/courses.csv, out/targets.csv and out/method/course_meta.json.
Seeded; hand-written province tables, title pools and office wording."""
import csv, json, random, datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import OUT

R = random.Random(20261123)
R2 = random.Random(7)

# ---------------------------------------------------------------- provinces
# sectors: GD giáo dục, YT y tế, CT công thương, GT giao thông
P = [
 dict(n='Thanh Hóa', pre='THH', ld='LĐLĐ tỉnh Thanh Hóa', hall='Hội trường LĐLĐ tỉnh (số 18 Lê Hoàn, phường Hạc Thành)',
      kcn='CĐ KKT Nghi Sơn và các KCN tỉnh Thanh Hóa', kcnp='Nhà văn hóa công nhân KKT Nghi Sơn (thị xã Nghi Sơn cũ)',
      com=[('CĐ phường Hạc Thành', 'Nhà văn hóa phường Hạc Thành (TP Thanh Hóa cũ)'), ('CĐ xã Thọ Xuân', 'Hội trường UBND xã Thọ Xuân (huyện Thọ Xuân cũ)')],
      hosp=['CĐCS Bệnh viện Đa khoa tỉnh Thanh Hóa'], sch=['CĐCS Trường THPT chuyên Lam Sơn'],
      comp=['CĐCS Cty TNHH Giày Sao Vàng Thanh Hóa', 'CĐCS Cty CP Bia Hạc Thành'], cen='Trường Chính trị tỉnh Thanh Hóa',
      sec={'GD': 'CĐ ngành Giáo dục tỉnh Thanh Hóa', 'YT': 'CĐ ngành Y tế Thanh Hóa', 'CT': 'CĐ ngành Công Thương Thanh Hóa', 'GT': 'CĐ ngành Giao thông vận tải Thanh Hóa'}),
 dict(n='Nghệ An', pre='NAN', ld='Liên đoàn Lao động tỉnh Nghệ An', hall='Hội trường LĐLĐ tỉnh Nghệ An, số 2 Trường Thi, phường Trường Vinh',
      kcn='CĐ KKT Đông Nam Nghệ An', kcnp='Nhà văn hóa công nhân KCN VSIP Nghệ An (huyện Hưng Nguyên cũ)',
      com=[('CĐ phường Thành Vinh', 'Hội trường phường Thành Vinh (TP Vinh cũ)'), ('CĐ xã Diễn Châu', 'Nhà văn hóa xã Diễn Châu (huyện Diễn Châu cũ)')],
      hosp=['CĐCS Bệnh viện Hữu nghị Đa khoa Nghệ An', 'CĐCS Bệnh viện Sản Nhi Nghệ An'], sch=['CĐCS Trường THPT Huỳnh Thúc Kháng'],
      comp=['CĐCS Cty TNHH May Minh Anh - Đô Lương', 'CĐCS Cty CP Điện tử Hồng Lam'], cen='Trường Cao đẳng Kỹ thuật Việt - Đức Nghệ An',
      sec={'GD': 'CĐ ngành Giáo dục Nghệ An', 'YT': 'CĐ ngành Y tế Nghệ An', 'CT': 'CĐ ngành Công Thương Nghệ An', 'GT': 'CĐ ngành Giao thông - Xây dựng Nghệ An'}),
 dict(n='Hà Tĩnh', pre='HTI', ld='LĐLĐ tỉnh Hà Tĩnh', hall='Hội trường tầng 4 LĐLĐ tỉnh Hà Tĩnh',
      kcn='CĐ KKT tỉnh Hà Tĩnh', kcnp='Nhà văn hóa CNLĐ KKT Vũng Áng (thị xã Kỳ Anh cũ)',
      com=[('CĐ phường Thành Sen', 'Hội trường phường Thành Sen (TP Hà Tĩnh cũ)'), ('CĐ xã Cẩm Xuyên', 'Nhà văn hóa xã Cẩm Xuyên (huyện Cẩm Xuyên cũ)')],
      hosp=['CĐCS Bệnh viện Đa khoa tỉnh Hà Tĩnh'], sch=['CĐCS Trường THPT Phan Đình Phùng'],
      comp=['CĐCS Cty TNHH Gang thép Kỳ Anh Sông Hồng'], cen='Trung tâm Tư vấn pháp luật CĐ tỉnh Hà Tĩnh',
      sec={'GD': 'CĐ ngành Giáo dục Hà Tĩnh', 'YT': 'CĐ ngành Y tế Hà Tĩnh', 'GT': 'CĐ ngành GTVT Hà Tĩnh'}),
 dict(n='Quảng Trị', pre='QTR', ld='LĐLĐ tỉnh Quảng Trị', hall='Hội trường LĐLĐ tỉnh (cơ sở Đồng Hới)',
      kcn='CĐ các KCN tỉnh Quảng Trị', kcnp='Nhà văn hóa công nhân KCN Tây Bắc Đồng Hới (TP Đồng Hới cũ)',
      com=[('CĐ phường Đông Hà', 'Hội trường phường Đông Hà (TP Đông Hà cũ)'), ('CĐ phường Ba Đồn', 'Nhà văn hóa phường Ba Đồn (thị xã Ba Đồn cũ)')],
      hosp=['CĐCS Bệnh viện Hữu nghị Việt Nam - Cuba Đồng Hới'], sch=['CĐCS Trường THPT chuyên Võ Nguyên Giáp'],
      comp=['CĐCS Cty CP Cao su Bến Hải'], cen='Trường Chính trị Lê Duẩn',
      sec={'GD': 'CĐ ngành Giáo dục tỉnh Quảng Trị', 'YT': 'CĐ ngành Y tế Quảng Trị', 'GT': 'CĐ ngành Giao thông - Xây dựng Quảng Trị'}),
 dict(n='Huế', pre='HUE', ld='LĐLĐ thành phố Huế', hall='Hội trường LĐLĐ TP Huế, 45 Nguyễn Huệ',
      kcn='CĐ các KCN Huế', kcnp='Nhà văn hóa công nhân KCN Phú Bài (thị xã Hương Thủy cũ)',
      com=[('CĐ phường Thuận Hóa', 'Hội trường phường Thuận Hóa (quận Thuận Hóa cũ)'), ('CĐ phường Phong Điền', 'Nhà văn hóa phường Phong Điền (thị xã Phong Điền cũ)')],
      hosp=['CĐCS Bệnh viện Trung ương Huế', 'CĐCS Bệnh viện Trường ĐH Y - Dược Huế'], sch=['CĐCS Trường THPT Hai Bà Trưng Huế'],
      comp=['CĐCS Cty CP Dệt may Phú Hòa An'], cen='Trường Cao đẳng Công nghiệp Huế',
      sec={'GD': 'CĐ ngành Giáo dục TP Huế', 'YT': 'CĐ ngành Y tế TP Huế', 'CT': 'CĐ ngành Công Thương Huế'}),
 dict(n='Đà Nẵng', pre='DNG', ld='LĐLĐ TP. Đà Nẵng', hall='Hội trường LĐLĐ thành phố, 136 Nguyễn Văn Linh',
      kcn='CĐ các KCN và KCNC Đà Nẵng', kcnp='Nhà văn hóa công nhân KCN Hòa Khánh (quận Liên Chiểu cũ)',
      com=[('CĐ phường Hải Châu', 'Hội trường phường Hải Châu (quận Hải Châu cũ)'), ('CĐ phường Tam Kỳ', 'Nhà văn hóa phường Tam Kỳ (TP Tam Kỳ cũ, Quảng Nam)'), ('CĐ xã Điện Bàn', 'Hội trường xã Điện Bàn (thị xã Điện Bàn cũ)')],
      hosp=['CĐCS Bệnh viện Đà Nẵng', 'CĐCS Bệnh viện Đa khoa Trung ương Quảng Nam'], sch=['CĐCS Trường THPT Phan Châu Trinh'],
      comp=['CĐCS Cty TNHH Mabuchi Motor Đà Nẵng', 'CĐCS Cty CP Ô tô Chu Lai Trường Hải'], cen='Trường Cao đẳng Nghề Đà Nẵng',
      sec={'GD': 'CĐ ngành Giáo dục Đà Nẵng', 'YT': 'CĐ ngành Y tế TP Đà Nẵng', 'CT': 'CĐ ngành Công Thương Đà Nẵng', 'GT': 'CĐ ngành Giao thông vận tải Đà Nẵng'}),
 dict(n='Quảng Ngãi', pre='QNG', ld='LĐLĐ tỉnh Quảng Ngãi', hall='Hội trường LĐLĐ tỉnh Quảng Ngãi',
      kcn='CĐ KKT Dung Quất và các KCN Quảng Ngãi', kcnp='Nhà văn hóa công nhân KKT Dung Quất (huyện Bình Sơn cũ)',
      com=[('CĐ phường Cẩm Thành', 'Hội trường phường Cẩm Thành (TP Quảng Ngãi cũ)'), ('CĐ phường Kon Tum', 'Nhà văn hóa phường Kon Tum (TP Kon Tum cũ)')],
      hosp=['CĐCS Bệnh viện Đa khoa tỉnh Quảng Ngãi'], sch=['CĐCS Trường THPT chuyên Lê Khiết'],
      comp=['CĐCS Cty CP Lọc hóa dầu Bình Sơn Mới'], cen='Trường Cao đẳng Việt Nam - Hàn Quốc Quảng Ngãi',
      sec={'GD': 'CĐ ngành Giáo dục tỉnh Quảng Ngãi', 'YT': 'CĐ ngành Y tế Quảng Ngãi', 'CT': 'CĐ ngành Công Thương Quảng Ngãi'}),
 dict(n='Gia Lai', pre='GLA', ld='LĐLĐ tỉnh Gia Lai', hall='Hội trường LĐLĐ tỉnh (cơ sở Quy Nhơn)',
      kcn='CĐ KKT tỉnh Gia Lai', kcnp='Nhà văn hóa công nhân KCN Phú Tài (TP Quy Nhơn cũ)',
      com=[('CĐ phường Pleiku', 'Hội trường phường Pleiku (TP Pleiku cũ)'), ('CĐ phường Quy Nhơn', 'Nhà văn hóa phường Quy Nhơn (TP Quy Nhơn cũ, Bình Định)')],
      hosp=['CĐCS Bệnh viện Đa khoa tỉnh Gia Lai'], sch=['CĐCS Trường THPT chuyên Lê Quý Đôn Quy Nhơn'],
      comp=['CĐCS Cty CP Gỗ Trường Sơn Phú Tài'], cen='Trung tâm Bồi dưỡng nghiệp vụ CĐ tỉnh Gia Lai',
      sec={'GD': 'CĐ ngành Giáo dục Gia Lai', 'YT': 'CĐ ngành Y tế Gia Lai', 'GT': 'CĐ ngành GTVT Gia Lai'}),
 dict(n='Đắk Lắk', pre='DLK', ld='LĐLĐ tỉnh Đắk Lắk', hall='Hội trường LĐLĐ tỉnh, 37 Lê Duẩn, Buôn Ma Thuột',
      kcn='CĐ các KCN tỉnh Đắk Lắk', kcnp='Nhà văn hóa công nhân KCN Hòa Hiệp (thị xã Đông Hòa cũ, Phú Yên)',
      com=[('CĐ phường Buôn Ma Thuột', 'Hội trường phường Buôn Ma Thuột (TP Buôn Ma Thuột cũ)'), ('CĐ phường Tuy Hòa', 'Nhà văn hóa phường Tuy Hòa (TP Tuy Hòa cũ)')],
      hosp=['CĐCS Bệnh viện Đa khoa vùng Tây Nguyên'], sch=['CĐCS Trường THPT Buôn Ma Thuột'],
      comp=['CĐCS Cty TNHH Cà phê Ea Pốk Xanh'], cen='Trường Cao đẳng Đắk Lắk',
      sec={'GD': 'CĐ ngành Giáo dục Đắk Lắk', 'YT': 'CĐ ngành Y tế Đắk Lắk', 'CT': 'CĐ ngành Công Thương Đắk Lắk'}),
 dict(n='Khánh Hòa', pre='KHH', ld='LĐLĐ tỉnh Khánh Hòa', hall='Hội trường LĐLĐ tỉnh, 02 Hùng Vương, Nha Trang',
      kcn='CĐ KKT Vân Phong và các KCN', kcnp='Nhà văn hóa công nhân KCN Suối Dầu (huyện Cam Lâm cũ)',
      com=[('CĐ phường Nha Trang', 'Hội trường phường Nha Trang (TP Nha Trang cũ)'), ('CĐ phường Phan Rang', 'Nhà văn hóa phường Phan Rang (TP Phan Rang - Tháp Chàm cũ, Ninh Thuận)')],
      hosp=['CĐCS Bệnh viện Đa khoa tỉnh Khánh Hòa'], sch=['CĐCS Trường THPT chuyên Lê Quý Đôn Khánh Hòa'],
      comp=['CĐCS Cty TNHH Đóng tàu Vân Phong Xanh', 'CĐCS Cty CP Yến sào Hòn Nội'], cen='Trường Cao đẳng Kỹ thuật Công nghệ Nha Trang',
      sec={'GD': 'CĐ ngành Giáo dục Khánh Hòa', 'YT': 'CĐ ngành Y tế Khánh Hòa', 'GT': 'CĐ ngành Giao thông vận tải Khánh Hòa'}),
 dict(n='Lâm Đồng', pre='LDG', ld='LĐLĐ tỉnh Lâm Đồng', hall='Hội trường LĐLĐ tỉnh (cơ sở Đà Lạt)',
      kcn='CĐ các KCN tỉnh Lâm Đồng', kcnp='Nhà văn hóa công nhân KCN Hàm Kiệm (huyện Hàm Thuận Nam cũ, Bình Thuận)',
      com=[('CĐ phường Xuân Hương - Đà Lạt', 'Hội trường phường Xuân Hương (TP Đà Lạt cũ)'), ('CĐ phường Phan Thiết', 'Nhà văn hóa phường Phan Thiết (TP Phan Thiết cũ)'), ('CĐ phường Bắc Gia Nghĩa', 'Hội trường phường Bắc Gia Nghĩa (TP Gia Nghĩa cũ, Đắk Nông)')],
      hosp=['CĐCS Bệnh viện Đa khoa Lâm Đồng'], sch=['CĐCS Trường THPT chuyên Thăng Long Đà Lạt'],
      comp=['CĐCS Cty CP Chè Cầu Đất Xanh'], cen='Trường Cao đẳng Du lịch Đà Lạt Hoa',
      sec={'GD': 'CĐ ngành Giáo dục Lâm Đồng', 'YT': 'CĐ ngành Y tế Lâm Đồng', 'CT': 'CĐ ngành Công Thương Lâm Đồng'}),
 dict(n='Đồng Nai', pre='DNA', ld='LĐLĐ tỉnh Đồng Nai', hall='Hội trường LĐLĐ tỉnh, phường Trấn Biên',
      kcn='CĐ các KCN Đồng Nai', kcnp='Nhà văn hóa công nhân KCN Amata (TP Biên Hòa cũ)',
      com=[('CĐ phường Trấn Biên', 'Hội trường phường Trấn Biên (TP Biên Hòa cũ)'), ('CĐ phường Đồng Xoài', 'Nhà văn hóa phường Đồng Xoài (TP Đồng Xoài cũ, Bình Phước)')],
      hosp=['CĐCS Bệnh viện Đa khoa Thống Nhất Đồng Nai'], sch=['CĐCS Trường THPT chuyên Lương Thế Vinh'],
      comp=['CĐCS Cty TNHH Pouchen Nhơn Trạch Mới', 'CĐCS Cty TNHH Điện cơ Long Bình'], cen='Trường Cao đẳng Công nghệ cao Đồng Nai',
      sec={'GD': 'CĐ ngành Giáo dục Đồng Nai', 'YT': 'CĐ ngành Y tế Đồng Nai', 'CT': 'CĐ ngành Công Thương Đồng Nai', 'GT': 'CĐ ngành GTVT Đồng Nai'}),
 dict(n='TP Hồ Chí Minh', pre='HCM', ld='LĐLĐ TP.HCM', hall='Nhà Văn hóa Lao động TP.HCM, 55B Nguyễn Thị Minh Khai',
      kcn='CĐ các KCX và KCN TP.HCM', kcnp='Nhà văn hóa công nhân KCX Tân Thuận (quận 7 cũ)',
      com=[('CĐ phường Thủ Dầu Một', 'Hội trường phường Thủ Dầu Một (TP Thủ Dầu Một cũ, Bình Dương)'), ('CĐ phường Vũng Tàu', 'Nhà văn hóa phường Vũng Tàu (TP Vũng Tàu cũ)'), ('CĐ phường Bình Thạnh', 'Hội trường phường Bình Thạnh (quận Bình Thạnh cũ)')],
      hosp=['CĐCS Bệnh viện Chợ Rẫy', 'CĐCS Bệnh viện Nhân dân 115'], sch=['CĐCS Trường THPT Lê Hồng Phong TP.HCM'],
      comp=['CĐCS Cty TNHH PouYuen Việt Nam', 'CĐCS Tổng Cty Xe khách Sài Gòn', 'CĐCS Cty TNHH Điện tử Sóng Thần'], cen='Trường Cao đẳng Công đoàn TP.HCM',
      sec={'GD': 'CĐ ngành Giáo dục TP.HCM', 'YT': 'CĐ ngành Y tế TP.HCM', 'CT': 'CĐ ngành Công Thương TP.HCM', 'GT': 'CĐ ngành Giao thông vận tải TP.HCM'}),
 dict(n='Tây Ninh', pre='TNI', ld='LĐLĐ tỉnh Tây Ninh', hall='Hội trường LĐLĐ tỉnh (cơ sở Tân An)',
      kcn='CĐ các KCN Tây Ninh', kcnp='Nhà văn hóa công nhân KCN Đức Hòa (huyện Đức Hòa cũ, Long An)',
      com=[('CĐ phường Tân Ninh', 'Hội trường phường Tân Ninh (TP Tây Ninh cũ)'), ('CĐ phường Long An', 'Nhà văn hóa phường Long An (TP Tân An cũ)')],
      hosp=['CĐCS Bệnh viện Đa khoa Long An'], sch=['CĐCS Trường THPT chuyên Hoàng Lê Kha'],
      comp=['CĐCS Cty TNHH Dệt Trảng Bàng Phước', 'CĐCS Cty CP Mía đường Tây Ninh Xanh'], cen='Trường Cao đẳng Nghề Long An Mới',
      sec={'GD': 'CĐ ngành Giáo dục Tây Ninh', 'YT': 'CĐ ngành Y tế Tây Ninh', 'CT': 'CĐ ngành Công Thương Tây Ninh'}),
 dict(n='Đồng Tháp', pre='DTP', ld='LĐLĐ tỉnh Đồng Tháp', hall='Hội trường LĐLĐ tỉnh (cơ sở Mỹ Tho)',
      kcn='CĐ các KCN Đồng Tháp', kcnp='Nhà văn hóa công nhân KCN Tân Hương (huyện Châu Thành cũ, Tiền Giang)',
      com=[('CĐ phường Cao Lãnh', 'Hội trường phường Cao Lãnh (TP Cao Lãnh cũ)'), ('CĐ phường Mỹ Tho', 'Nhà văn hóa phường Mỹ Tho (TP Mỹ Tho cũ)')],
      hosp=['CĐCS Bệnh viện Đa khoa Trung tâm Tiền Giang'], sch=['CĐCS Trường THPT chuyên Nguyễn Quang Diêu'],
      comp=['CĐCS Cty CP Thủy sản Sa Giang Mới'], cen='Trường Cao đẳng Cộng đồng Đồng Tháp',
      sec={'GD': 'CĐ ngành Giáo dục Đồng Tháp', 'YT': 'CĐ ngành Y tế Đồng Tháp', 'GT': 'CĐ ngành GTVT Đồng Tháp'}),
 dict(n='Vĩnh Long', pre='VLG', ld='LĐLĐ tỉnh Vĩnh Long', hall='Hội trường LĐLĐ tỉnh Vĩnh Long',
      kcn='CĐ các KCN tỉnh Vĩnh Long', kcnp='Nhà văn hóa công nhân KCN Giao Long (huyện Châu Thành cũ, Bến Tre)',
      com=[('CĐ phường Long Châu', 'Hội trường phường Long Châu (TP Vĩnh Long cũ)'), ('CĐ phường An Hội', 'Nhà văn hóa phường An Hội (TP Bến Tre cũ)'), ('CĐ phường Trà Vinh', 'Hội trường phường Trà Vinh (TP Trà Vinh cũ)')],
      hosp=['CĐCS Bệnh viện Đa khoa tỉnh Vĩnh Long', 'CĐCS Bệnh viện Nguyễn Đình Chiểu'], sch=['CĐCS Trường THPT chuyên Nguyễn Bỉnh Khiêm'],
      comp=['CĐCS Cty CP Dược Cửu Long Xanh'], cen='Trường Chính trị Phạm Hùng',
      sec={'GD': 'CĐ ngành Giáo dục Vĩnh Long', 'YT': 'CĐ ngành Y tế Vĩnh Long', 'CT': 'CĐ ngành Công Thương Vĩnh Long'}),
 dict(n='An Giang', pre='AGG', ld='LĐLĐ tỉnh An Giang', hall='Hội trường LĐLĐ tỉnh (cơ sở Long Xuyên)',
      kcn='CĐ các KCN An Giang', kcnp='Nhà văn hóa công nhân KCN Thạnh Lộc (huyện Châu Thành cũ, Kiên Giang)',
      com=[('CĐ phường Long Xuyên', 'Hội trường phường Long Xuyên (TP Long Xuyên cũ)'), ('CĐ phường Rạch Giá', 'Nhà văn hóa phường Rạch Giá (TP Rạch Giá cũ)'), ('CĐ đặc khu Phú Quốc', 'Hội trường đặc khu Phú Quốc (TP Phú Quốc cũ)')],
      hosp=['CĐCS Bệnh viện Đa khoa Trung tâm An Giang'], sch=['CĐCS Trường THPT chuyên Thoại Ngọc Hầu'],
      comp=['CĐCS Cty CP Xuất nhập khẩu Thủy sản An Giang Mới'], cen='Trường Cao đẳng Nghề An Giang',
      sec={'GD': 'CĐ ngành Giáo dục An Giang', 'YT': 'CĐ ngành Y tế An Giang', 'GT': 'CĐ ngành Giao thông vận tải An Giang'}),
 dict(n='Cần Thơ', pre='CTO', ld='LĐLĐ TP Cần Thơ', hall='Hội trường LĐLĐ TP Cần Thơ, 43 Hùng Vương',
      kcn='CĐ các KCX và CN Cần Thơ', kcnp='Nhà văn hóa công nhân KCN Trà Nóc (quận Bình Thủy cũ)',
      com=[('CĐ phường Ninh Kiều', 'Hội trường phường Ninh Kiều (quận Ninh Kiều cũ)'), ('CĐ phường Sóc Trăng', 'Nhà văn hóa phường Sóc Trăng (TP Sóc Trăng cũ)'), ('CĐ phường Vị Thanh', 'Hội trường phường Vị Thanh (TP Vị Thanh cũ, Hậu Giang)')],
      hosp=['CĐCS Bệnh viện Đa khoa Trung ương Cần Thơ', 'CĐCS Bệnh viện Nhi đồng Cần Thơ'], sch=['CĐCS Trường THPT chuyên Lý Tự Trọng'],
      comp=['CĐCS Cty CP Thủy sản Trà Nóc Mới'], cen='Trường Cao đẳng Kinh tế - Kỹ thuật Cần Thơ',
      sec={'GD': 'CĐ ngành Giáo dục Cần Thơ', 'YT': 'CĐ ngành Y tế TP Cần Thơ', 'CT': 'CĐ ngành Công Thương Cần Thơ', 'GT': 'CĐ ngành GTVT Cần Thơ'}),
 dict(n='Cà Mau', pre='CMU', ld='LĐLĐ tỉnh Cà Mau', hall='Hội trường LĐLĐ tỉnh Cà Mau',
      kcn='CĐ các KCN Cà Mau', kcnp='Nhà văn hóa công nhân KCN Khánh An (huyện U Minh cũ)',
      com=[('CĐ phường Tân Thành', 'Hội trường phường Tân Thành (TP Cà Mau cũ)'), ('CĐ phường Bạc Liêu', 'Nhà văn hóa phường Bạc Liêu (TP Bạc Liêu cũ)')],
      hosp=['CĐCS Bệnh viện Sản Nhi Cà Mau'], sch=['CĐCS Trường THPT chuyên Phan Ngọc Hiển'],
      comp=['CĐCS Cty CP Đạm Cà Mau Xanh'], cen='Trường Cao đẳng Y tế Cà Mau',
      sec={'GD': 'CĐ ngành Giáo dục Cà Mau', 'YT': 'CĐ ngành Y tế Cà Mau'}),
]

# ---------------------------------------------------------------- topics
# key: (catalog label, office words..., title pool)
T = {
 'NV': ('Nghiệp vụ công tác công đoàn', ['Nghiệp vụ CĐ', 'Nghiệp vụ công tác CĐCS', 'Nghiệp vụ công đoàn cơ bản'],
        ['Bồi dưỡng nghiệp vụ công tác công đoàn cho cán bộ CĐCS', 'Tập huấn kỹ năng hoạt động cho Chủ tịch CĐCS mới',
         'Lớp nghiệp vụ CĐ cơ bản cho Ủy viên BCH mới bầu', 'Tập huấn nghiệp vụ công tác CĐ năm 2026-2027',
         'Bồi dưỡng kỹ năng điều hành hoạt động CĐCS']),
 'TL': ('Đối thoại, thương lượng tập thể', ['Thương lượng TƯLĐTT', 'Đối thoại tại nơi làm việc', 'Kỹ năng thương lượng'],
        ['Tập huấn kỹ năng thương lượng tập thể', 'Kỹ năng đối thoại tại nơi làm việc và thương lượng TƯLĐTT',
         'Lớp thương lượng, ký kết thỏa ước lao động tập thể', 'Tập huấn đối thoại định kỳ tại doanh nghiệp']),
 'AT': ('An toàn, vệ sinh lao động', ['ATVSLĐ', 'Huấn luyện ATVSLĐ', 'An toàn - vệ sinh lao động'],
        ['Huấn luyện an toàn, vệ sinh lao động', 'Tập huấn ATVSLĐ cho mạng lưới an toàn vệ sinh viên',
         'Huấn luyện ATVSLĐ nhóm 4', 'Tập huấn phòng chống cháy nổ và ATVSLĐ', 'Bồi dưỡng kiến thức ATVSLĐ trong bệnh viện']),
 'PL': ('Pháp luật lao động, tư vấn pháp luật', ['Pháp luật LĐ', 'Tư vấn pháp luật', 'Phổ biến pháp luật'],
        ['Tập huấn Bộ luật Lao động và Luật Công đoàn 2024', 'Phổ biến Luật BHXH 2024 cho đoàn viên',
         'Kỹ năng tư vấn pháp luật cho cán bộ CĐ', 'Tập huấn chính sách pháp luật mới về lao động']),
 'TRANH': ('Giải quyết tranh chấp lao động', ['Tranh chấp LĐ', 'Giải quyết tranh chấp, đình công'],
        ['Kỹ năng giải quyết tranh chấp lao động và ngừng việc tập thể', 'Tập huấn phòng ngừa tranh chấp lao động']),
 'NC': ('Công tác nữ công, bình đẳng giới', ['Nữ công', 'Bình đẳng giới', 'Công tác nữ công'],
        ['Tập huấn công tác nữ công', 'Bồi dưỡng nghiệp vụ cho Ban nữ công CĐCS', 'Tập huấn bình đẳng giới và phòng chống quấy rối tình dục nơi làm việc',
         'Chăm sóc sức khỏe sinh sản cho nữ CNVCLĐ']),
 'TCH': ('Tài chính công đoàn', ['Tài chính CĐ', 'Kế toán CĐCS', 'Tài chính - kế toán công đoàn'],
        ['Tập huấn nghiệp vụ tài chính công đoàn', 'Bồi dưỡng kế toán CĐCS và quyết toán kinh phí',
         'Hướng dẫn thu, chi, quản lý tài chính CĐCS', 'Tập huấn phần mềm kế toán CĐCS']),
 'KT': ('Công tác kiểm tra công đoàn', ['Kiểm tra CĐ', 'UBKT', 'Công tác kiểm tra, giám sát'],
        ['Tập huấn nghiệp vụ công tác kiểm tra công đoàn', 'Bồi dưỡng nghiệp vụ cho Ủy ban kiểm tra CĐCS', 'Kỹ năng kiểm tra tài chính CĐCS']),
 'TT': ('Tuyên truyền, tuyên giáo', ['Tuyên giáo', 'Tuyên truyền', 'Công tác tuyên giáo CĐ'],
        ['Tập huấn công tác tuyên truyền trên mạng xã hội', 'Bồi dưỡng kỹ năng viết tin bài cho cộng tác viên CĐ', 'Tập huấn công tác tuyên giáo CĐ']),
 'PT': ('Phát triển đoàn viên, thành lập CĐCS', ['Phát triển đoàn viên', 'PTĐV, thành lập CĐCS'],
        ['Tập huấn kỹ năng vận động phát triển đoàn viên', 'Kỹ năng thành lập CĐCS ở doanh nghiệp ngoài nhà nước', 'Tập huấn phát triển đoàn viên khu vực phi kết cấu']),
 'CDS': ('Tin học, chuyển đổi số', ['Chuyển đổi số', 'Tin học', 'Ứng dụng CNTT'],
        ['Tập huấn chuyển đổi số trong hoạt động công đoàn', 'Hướng dẫn sử dụng phần mềm quản lý đoàn viên', 'Ứng dụng AI và phần mềm văn phòng cho cán bộ CĐ']),
 'GV': ('Kỹ năng giảng dạy cho giảng viên', ['Giảng viên kiêm chức', 'Kỹ năng giảng dạy'],
        ['Bồi dưỡng giảng viên kiêm chức công đoàn', 'Kỹ năng giảng dạy theo phương pháp tích cực']),
 'VT': ('Văn thư, lưu trữ', ['Văn thư - lưu trữ', 'Văn thư'],
        ['Tập huấn công tác văn thư, lưu trữ trong CĐ', 'Hướng dẫn soạn thảo văn bản công đoàn']),
 'LL': ('Quản lý nhà nước, lý luận chính trị', ['Lý luận chính trị', 'QLNN'],
        ['Bồi dưỡng lý luận chính trị cho cán bộ CĐ chuyên trách', 'Bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên']),
}

# audience cells -> tags (catalog: CT PCT UV CHUYEN KCT GV CAPTREN UBKT DV; own words: KETOAN NUCONG ATVSV)
A = {
 'NV': [('Chủ tịch, Phó chủ tịch CĐCS', ['CT', 'PCT']), ('Chủ tịch CĐCS', ['CT']), ('UV BCH CĐCS mới', ['UV']),
        ('CT, PCT CĐCS khối doanh nghiệp', ['CT', 'PCT']), ('Cán bộ CĐ không chuyên trách', ['KCT'])],
 'TL': [('Chủ tịch CĐCS và thành viên tổ thương lượng', ['CT']), ('Chủ tịch, PCT CĐCS doanh nghiệp', ['CT', 'PCT']),
        ('Cán bộ CĐ cấp trên cơ sở', ['CAPTREN']), ('UV BCH CĐCS', ['UV'])],
 'AT': [('An toàn vệ sinh viên', ['ATVSV']), ('Đoàn viên, người lao động', ['DV']), ('Chủ tịch CĐCS; an toàn vệ sinh viên', ['CT', 'ATVSV']),
        ('Điều dưỡng, kỹ thuật viên là đoàn viên', ['DV'])],
 'PL': [('Đoàn viên, NLĐ', ['DV']), ('Cán bộ CĐ cấp trên cơ sở', ['CAPTREN']), ('Chủ tịch CĐCS', ['CT']), ('Cán bộ CĐ chuyên trách', ['CHUYEN'])],
 'TRANH': [('Cán bộ CĐ cấp trên cơ sở', ['CAPTREN']), ('Chủ tịch, Phó chủ tịch CĐCS', ['CT', 'PCT'])],
 'NC': [('Trưởng, phó ban nữ công CĐCS', ['NUCONG']), ('Nữ đoàn viên, lao động nữ', ['DV']), ('Ban nữ công và Chủ tịch CĐCS', ['NUCONG', 'CT'])],
 'TCH': [('Kế toán, thủ quỹ CĐCS', ['KETOAN']), ('Chủ tịch CĐCS; kế toán CĐCS', ['CT', 'KETOAN']), ('Cán bộ CĐ chuyên trách', ['CHUYEN'])],
 'KT': [('Ủy viên UBKT CĐCS', ['UBKT']), ('Chủ nhiệm, ủy viên UBKT', ['UBKT']), ('UBKT CĐ cấp trên cơ sở', ['UBKT', 'CAPTREN'])],
 'TT': [('Cộng tác viên tuyên truyền, UV BCH', ['UV']), ('Cán bộ CĐ không chuyên trách', ['KCT']), ('Đoàn viên, người lao động', ['DV'])],
 'PT': [('Cán bộ CĐ cấp trên cơ sở', ['CAPTREN']), ('Chủ tịch CĐCS', ['CT']), ('Cán bộ CĐ chuyên trách', ['CHUYEN'])],
 'CDS': [('Cán bộ CĐ chuyên trách', ['CHUYEN']), ('Chủ tịch, PCT CĐCS', ['CT', 'PCT']), ('Đoàn viên, người lao động', ['DV'])],
 'GV': [('Giảng viên kiêm chức', ['GV'])],
 'VT': [('Cán bộ CĐ chuyên trách', ['CHUYEN']), ('Cán bộ CĐ không chuyên trách', ['KCT'])],
 'LL': [('Cán bộ CĐ chuyên trách', ['CHUYEN'])],
}

TITLE_AUD = {
 'Tập huấn kỹ năng hoạt động cho Chủ tịch CĐCS mới': [('Chủ tịch CĐCS mới bầu', ['CT'])],
 'Lớp nghiệp vụ CĐ cơ bản cho Ủy viên BCH mới bầu': [('UV BCH CĐCS mới', ['UV']), ('Ủy viên BCH CĐCS nhiệm kỳ mới', ['UV'])],
 'Tập huấn ATVSLĐ cho mạng lưới an toàn vệ sinh viên': [('An toàn vệ sinh viên', ['ATVSV']), ('Mạng lưới ATVSV', ['ATVSV'])],
 'Phổ biến Luật BHXH 2024 cho đoàn viên': [('Đoàn viên, NLĐ', ['DV']), ('Đoàn viên công đoàn, người lao động', ['DV'])],
 'Bồi dưỡng nghiệp vụ cho Ban nữ công CĐCS': [('Trưởng, phó ban nữ công CĐCS', ['NUCONG'])],
 'Chăm sóc sức khỏe sinh sản cho nữ CNVCLĐ': [('Nữ đoàn viên, lao động nữ', ['DV'])],
 'Bồi dưỡng kế toán CĐCS và quyết toán kinh phí': [('Kế toán, thủ quỹ CĐCS', ['KETOAN']), ('Chủ tịch CĐCS; kế toán CĐCS', ['CT', 'KETOAN'])],
 'Tập huấn phần mềm kế toán CĐCS': [('Kế toán, thủ quỹ CĐCS', ['KETOAN'])],
 'Bồi dưỡng kỹ năng viết tin bài cho cộng tác viên CĐ': [('Cộng tác viên tuyên truyền, UV BCH', ['UV'])],
 'Ứng dụng AI và phần mềm văn phòng cho cán bộ CĐ': [('Cán bộ CĐ chuyên trách', ['CHUYEN']), ('Chủ tịch, PCT CĐCS', ['CT', 'PCT'])],
 'Kỹ năng tư vấn pháp luật cho cán bộ CĐ': [('Cán bộ CĐ cấp trên cơ sở', ['CAPTREN']), ('Cán bộ CĐ chuyên trách', ['CHUYEN'])],
 'Bồi dưỡng kiến thức ATVSLĐ trong bệnh viện': [('Điều dưỡng, kỹ thuật viên là đoàn viên', ['DV']), ('An toàn vệ sinh viên', ['ATVSV'])],
 'Tập huấn đối thoại định kỳ tại doanh nghiệp': [('Chủ tịch, PCT CĐCS doanh nghiệp', ['CT', 'PCT']), ('Chủ tịch CĐCS và thành viên tổ thương lượng', ['CT'])],
}

ORG_TOPICS = {
 'LD': ['NV', 'TL', 'KT', 'TCH', 'GV', 'TRANH', 'PL', 'NC', 'CDS'],
 'GD': ['NV', 'NC', 'TCH', 'KT', 'CDS', 'PL'],
 'YT': ['AT', 'NC', 'NV', 'PL', 'TCH'],
 'CT': ['TL', 'AT', 'PL', 'PT', 'NV'],
 'GT': ['AT', 'PL', 'TL', 'NV'],
 'HOSP': ['AT', 'NC', 'CDS', 'NV'],
 'SCH': ['NC', 'CDS', 'TT', 'NV'],
 'COMP': ['AT', 'TL', 'PL', 'NC'],
 'COM': ['PT', 'NV', 'TT', 'TCH'],
 'KCN': ['TL', 'PT', 'TRANH', 'AT', 'PL'],
 'CEN': ['GV', 'VT', 'LL', 'CDS'],
}
SEC_PLACE = {'GD': 'Hội trường Sở GD&ĐT', 'YT': 'Hội trường Sở Y tế', 'CT': 'Hội trường Sở Công Thương', 'GT': 'Hội trường Sở Xây dựng'}
SEC_KEY = {'GD': 'giáo dục', 'YT': 'y tế', 'CT': 'công thương', 'GT': 'giao thông'}
COOP = ['', '', '', 'Sở Nội vụ', 'Trung tâm Tư vấn pháp luật CĐ', 'Sở Y tế', 'Ban Nữ công LĐLĐ tỉnh', 'Trường Đại học Công đoàn',
        'Công ty phần mềm MISA', 'Thanh tra tỉnh', 'Ban Tuyên giáo và Dân vận']
NOTES = ['', '', '', 'Mang theo CCCD.', 'Học viên tự túc ăn trưa.', 'Đăng ký qua CĐ cấp trên trực tiếp.', 'Có cấp giấy chứng nhận.',
         'Ưu tiên cán bộ mới bầu sau Đại hội.', 'Mang theo máy tính xách tay.', 'Ăn nghỉ tại chỗ, hỗ trợ tiền tàu xe.']

rows, meta = [], {}
codes = set()


def mkcode(p, key, d, seq_hint):
    base = '%s-%s-%s' % (p['pre'], key, d.strftime('%y%m'))
    i = 1
    while True:
        c = '%s-%02d' % (base, i)
        if c not in codes:
            codes.add(c)
            return c
        i += 1


def pick_date(kind):
    if kind == 'finished':
        d = dt.date(2025, 3, 1) + dt.timedelta(days=R.randrange(0, 590))
        return d
    if kind in ('open', 'cancelled'):
        r = R.random()
        if r < 0.36:
            d = dt.date(2026, 11, 25) + dt.timedelta(days=R.randrange(0, 36))
        elif r < 0.56:
            d = dt.date(2027, 1, 4) + dt.timedelta(days=R.randrange(0, 28))
        elif r < 0.80:
            d = dt.date(2027, 2, 22) + dt.timedelta(days=R.randrange(0, 38))
        else:
            d = dt.date(2027, 4, 1) + dt.timedelta(days=R.randrange(0, 88))
        while d.weekday() == 6:
            d += dt.timedelta(days=1)
        return d


def date_cells(d, ndays):
    """returns start cell, end cell, days cell"""
    e = d + dt.timedelta(days=ndays - 1)
    shape = R.choice('aabbcdeefghh' if ndays > 1 else 'aabbcd')
    if e.year != d.year:
        shape = R.choice('abd')
    if e.month != d.month and shape in 'eh':
        shape = 'f'
    if shape == 'a':
        return d.strftime('%d/%m/%Y'), '', R.choice(['%d' % ndays, '%d ngày' % ndays, '%02d ngày' % ndays])
    if shape == 'b':
        t = R.choice(['08:00', '07:30', '13:30', '08:30'])
        et = R.choice(['16:30', '17:00', '11:30'])
        if ndays == 1 and et <= t:
            et = '17:00'
        return d.strftime('%d/%m/%Y ') + t, e.strftime('%d/%m/%Y ') + et, ''
    if shape == 'c':
        return '%s ngày %d/%d/%d' % (R.choice(['8h00', '7h30', '13h30']), d.day, d.month, d.year), '', '%02d ngày' % ndays
    if shape == 'd':
        return d.isoformat(), e.isoformat(), ''
    if shape == 'e':
        return '%d-%d/%d/%d' % (d.day, e.day, d.month, d.year), '', ''
    if shape == 'f':
        return '%02d/%d - %02d/%d/%d' % (d.day, d.month, e.day, e.month, e.year), '', ''
    if shape == 'g':
        return 'Từ %02d/%02d đến %02d/%02d/%d' % (d.day, d.month, e.day, e.month, e.year), '', ''
    if shape == 'h':
        return '%d-%d/%d/%d (%d ngày)' % (d.day, e.day, d.month, d.year, ndays), '', ''


PLANNED = ['Tháng 3/2027', 'T4/2027', 'Quý II/2027', 'Q3/2027', 'tháng 5 năm 2027', 'cuối tháng 6/2027', 'Quý 1/2027',
           '6 tháng đầu năm 2027', 'Tháng 8/2027', 'Tháng 3-4/2027', 'quý IV năm 2027', 'T9/2027', 'Tháng 10/2027', 'Quý III/2027']
SEATS = ['60', '50 người', 'khoảng 40 học viên', '80', '120 học viên', '35', '45 người', '100', '', '30 học viên', '70']


def add(p, otype, org, topic, place, status_kind, title=None, aud=None, mode=None, batch=None, forced_date=None, ndays=None,
        note=None, sector=None):
    lab, own, pool = T[topic]
    if not title:
        title = R.choice(pool)
        while 'bệnh viện' in title and otype not in ('YT', 'HOSP'):
            title = R.choice(pool)
    base_title = title
    if batch:
        title = title + ' ' + batch
    acell, atags = aud or R.choice(TITLE_AUD.get(base_title, A[topic]))
    tcell = lab if R.random() < 0.55 else R.choice(own)
    mode = mode or R.choices(['', 'Tập trung (trực tiếp)', 'Trực tuyến', 'Kết hợp (trực tiếp và trực tuyến)'], [45, 30, 14, 11])[0]
    if mode == 'Trực tuyến':
        place = R.choice(['Trực tuyến qua Zoom, link gửi qua nhóm Zalo', 'Phòng họp trực tuyến Google Meet', 'Trực tuyến trên nền tảng E-learning của LĐLĐ'])
    elif mode.startswith('Kết hợp'):
        place = place + '; điểm cầu trực tuyến tại các CĐCS'
    ndays = ndays or R.choice([1, 1, 2, 2, 2, 3, 3, 4, 5])
    seats = R.choice(SEATS)
    deadline = ''
    end = days = ''
    if status_kind == 'planned':
        d0 = None
        pc = R.choice(PLANNED)
        scell = forced_date or pc
        status = 'Dự kiến'
        days = R.choice(['', '%d ngày' % ndays, '%d' % ndays])
    else:
        d0 = forced_date or pick_date(status_kind)
        scell, end, days = date_cells(d0, ndays)
        if status_kind == 'finished':
            status = 'Đã kết thúc'
            deadline = (d0 - dt.timedelta(days=R.choice([3, 5, 7]))).strftime('%d/%m/%Y') if R.random() < 0.5 else ''
        elif status_kind == 'cancelled':
            status = 'Đã hủy'
            deadline = (d0 - dt.timedelta(days=7)).strftime('%d/%m/%Y')
        else:
            status = R.choice(['Mở đăng ký', 'Mở đăng ký', ''])
            lag = R.choice([2, 3, 5, 7, 7, 10, 14])
            dl = d0 - dt.timedelta(days=lag)
            if R.random() < 0.12:
                deadline = ''
            else:
                deadline = dl.strftime('%d/%m/%Y') if R.random() < 0.8 else dl.strftime('%d/%m/%Y') + ' 17:00'
    from common import parse_start
    s, _, per = parse_start(scell)
    code = mkcode(p, topic if topic != 'TRANH' else 'TC', s, 0)
    if note is None:
        note = R.choice(NOTES)
        if status_kind == 'cancelled':
            note = R.choice(['Hủy do trùng lịch Đại hội CĐ cấp trên.', 'Tạm hoãn, chuyển sang năm 2027.', 'Hủy do không đủ học viên đăng ký.', 'Đã hủy, gộp vào lớp khác.'])
        if status_kind == 'planned':
            note = R.choice(['Thời gian cụ thể sẽ thông báo sau.', 'Chờ phân bổ kinh phí.', '', 'Dự kiến, chưa nhận đăng ký.'])
    rows.append({'Mã lớp': code, 'Tên lớp': title, 'Chủ đề': tcell, 'Đối tượng': acell, 'Đơn vị tổ chức': org,
                 'Đơn vị phối hợp': R.choice(COOP), 'Tỉnh/Thành phố': p['n'], 'Địa điểm': place, 'Hình thức': mode,
                 'Ngày bắt đầu': scell, 'Ngày kết thúc': end, 'Hạn đăng ký': deadline, 'Số ngày': days, 'Số chỗ': seats,
                 'Trạng thái': status, 'Ghi chú': note})
    meta[code] = {'topic': topic, 'aud': atags, 'otype': otype, 'sector': sector or '', 'province': p['n'], 'org': org}
    return code


for p in P:
    orgs = [('LD', p['ld'], p['hall'], None)] * 4
    for k, o in p['sec'].items():
        orgs += [(k, o, SEC_PLACE[k] + ' ' + p['n'], k)] * 2
    orgs += [('HOSP', h, 'Hội trường ' + h.replace('CĐCS ', ''), 'YT') for h in p['hosp']]
    orgs += [('SCH', s, 'Phòng hội đồng ' + s.replace('CĐCS ', ''), 'GD') for s in p['sch']]
    orgs += [('COMP', c, 'Nhà ăn ca ' + c.replace('CĐCS ', ''), 'CT') for c in p['comp']]
    orgs += [('COM', c[0], c[1], None) for c in p['com']]
    orgs += [('KCN', p['kcn'], p['kcnp'], None), ('CEN', p['cen'], 'Cơ sở đào tạo ' + p['cen'], None)]
    n = 15 + R.randrange(0, 3)
    chosen = orgs[:]  # every org at least once
    while len(chosen) < n:
        chosen.append(R.choice(orgs))
    for otype, org, place, sector in chosen:
        topic = R.choice(ORG_TOPICS[otype if otype in ORG_TOPICS else 'LD'])
        kind = R.choices(['open', 'planned', 'finished', 'cancelled'], [60, 20, 14, 6])[0]
        add(p, otype, org, topic, place, kind, sector=sector)
    # batches: đợt 1 / Đợt 2 of a LĐLĐ class
    tp = R.choice(['NV', 'TL', 'TCH', 'KT'])
    ttl = R.choice(T[tp][2])
    d1 = pick_date('open')
    au = R.choice(TITLE_AUD.get(ttl, A[tp]))
    add(p, 'LD', p['ld'], tp, p['hall'], 'open', title=ttl, aud=au, batch=R.choice(['đợt 1', '(Đợt 1)', '- đợt 1']), forced_date=d1)
    from common import parse_start
    later = [c for c in PLANNED if parse_start(c)[0] > d1]
    add(p, 'LD', p['ld'], tp, p['hall'], 'planned', title=ttl, aud=au, batch=R.choice(['đợt 2', '(Đợt 2)', '- Đợt 2']),
        forced_date=R2.choice(later))
    # cancelled twin: same title, same organiser, one cancelled one open
    k = R.choice([k for k in p['sec']])
    tp = R.choice(ORG_TOPICS[k])
    ttl = R.choice(T[tp][2])
    dd = pick_date('open')
    au = R.choice(TITLE_AUD.get(ttl, A[tp]))
    add(p, k, p['sec'][k], tp, SEC_PLACE[k] + ' ' + p['n'], 'cancelled', title=ttl, aud=au, forced_date=dd, sector=k)
    add(p, k, p['sec'][k], tp, SEC_PLACE[k] + ' ' + p['n'], 'open', title=ttl + ' (lớp 2)', aud=au, forced_date=dd + dt.timedelta(days=R.choice([14, 21, 28])), sector=k)

with open(os.path.join(OUT, 'courses.csv'), 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
json.dump(meta, open(os.path.join(OUT, 'method', 'course_meta.json'), 'w'), ensure_ascii=False, indent=0)
print(len(rows), 'classes')

# ---------------------------------------------------------------- targets (hand-written)
TG = [
 # code, union, year, content, audience, target, unit, achieved, as-of, note
 ('TG.THH.25.CTCS', 'LĐLĐ tỉnh Thanh Hóa', '2025', 'Bồi dưỡng nghiệp vụ cho Chủ tịch, PCT CĐCS', 'Chủ tịch CĐCS', '1.850', 'học viên', '1.912', '31/12/2025', 'Vượt kế hoạch'),
 ('TG.THH.26.CTCS', 'LĐLĐ tỉnh Thanh Hóa', '2026', 'Bồi dưỡng nghiệp vụ cho Chủ tịch, PCT CĐCS', 'Chủ tịch CĐCS', '2.000', 'học viên', '1.436', '31/10/2026', ''),
 ('TG.THH.27.CTCS', 'LĐLĐ tỉnh Thanh Hóa', '2027', 'Bồi dưỡng nghiệp vụ cho Chủ tịch, PCT CĐCS', 'Chủ tịch CĐCS', '2.100', 'học viên', '', '', 'Kế hoạch giao đầu năm'),
 ('TG.THH.26.ATVS', 'LĐLĐ tỉnh Thanh Hóa', '2026', 'Huấn luyện ATVSLĐ cho an toàn vệ sinh viên', '', '1.200', 'người', '1.275', '15/11/2026', 'Đã vượt'),
 ('TG.NAN.25.CBCS', 'Liên đoàn Lao động tỉnh Nghệ An', '2025', 'Tập huấn cán bộ CĐCS', '', '3.400', 'học viên', '3.126', '31/12/2025', 'Chưa đạt do sáp nhập CĐ cấp huyện'),
 ('TG.NAN.26.CBCS', 'Liên đoàn Lao động tỉnh Nghệ An', '2026', 'Tập huấn cán bộ CĐCS', '', '3.000', 'học viên', '2.215', '31/10/2026', ''),
 ('TG.NAN.27.CBCS', 'Liên đoàn Lao động tỉnh Nghệ An', '2027', 'Tập huấn cán bộ CĐCS', '', '3.200', 'học viên', '', '', ''),
 ('TG.NAN.26.YT', 'CĐ ngành Y tế Nghệ An', '2026', 'Lớp tập huấn nghiệp vụ cho CĐCS bệnh viện', '', '12', 'lớp', '9', '15/11/2026', ''),
 ('TG.HTI.26.CBCS', 'LĐLĐ tỉnh Hà Tĩnh', '2026', 'Bồi dưỡng cán bộ CĐ không chuyên trách', 'Cán bộ công đoàn không chuyên trách', '1.500', 'lượt người', '1.048', '31/10/2026', ''),
 ('TG.HTI.27.CBCS', 'LĐLĐ tỉnh Hà Tĩnh', '2027', 'Bồi dưỡng cán bộ CĐ không chuyên trách', 'Cán bộ công đoàn không chuyên trách', '1.600', 'lượt người', '', '', ''),
 ('TG.QTR.25.TONG', 'LĐLĐ tỉnh Quảng Trị', '2025', 'Tổng số lớp tập huấn do LĐLĐ tỉnh tổ chức', '', '24', 'lớp', '24', '31/12/2025', 'Đạt 100%'),
 ('TG.QTR.26.TONG', 'LĐLĐ tỉnh Quảng Trị', '2026', 'Tổng số lớp tập huấn do LĐLĐ tỉnh tổ chức', '', '30', 'lớp', '21', '31/10/2026', ''),
 ('TG.HUE.26.CBCD', 'LĐLĐ thành phố Huế', '2026', 'Tỷ lệ cán bộ CĐCS được bồi dưỡng nghiệp vụ', '', '85', '%', '78,5', '31/10/2026', ''),
 ('TG.HUE.27.CBCD', 'LĐLĐ thành phố Huế', '2027', 'Tỷ lệ cán bộ CĐCS được bồi dưỡng nghiệp vụ', '', '90', '%', '', '', ''),
 ('TG.DNG.25.TLTT', 'LĐLĐ TP. Đà Nẵng', '2025', 'Tập huấn kỹ năng đối thoại, thương lượng tập thể', 'Chủ tịch CĐCS', '650', 'học viên', '702', '31/12/2025', ''),
 ('TG.DNG.26.TLTT', 'LĐLĐ TP. Đà Nẵng', '2026', 'Tập huấn kỹ năng đối thoại, thương lượng tập thể', 'Chủ tịch CĐCS', '900', 'học viên', '584', '31/10/2026', 'Tăng do sáp nhập Quảng Nam'),
 ('TG.DNG.27.TLTT', 'LĐLĐ TP. Đà Nẵng', '2027', 'Tập huấn kỹ năng đối thoại, thương lượng tập thể', 'Chủ tịch CĐCS', '950', 'học viên', '', '', ''),
 ('TG.DNG.26.GD', 'CĐ ngành Giáo dục Đà Nẵng', '2026', 'Bồi dưỡng nghiệp vụ cho cán bộ CĐ trường học', '', '1.100', 'người', '1.130', '15/11/2026', ''),
 ('TG.QNG.26.CBCS', 'LĐLĐ tỉnh Quảng Ngãi', '2026', 'Tập huấn cán bộ CĐCS', '', '2.250', 'học viên', '1.690', '31/10/2026', ''),
 ('TG.QNG.27.CBCS', 'LĐLĐ tỉnh Quảng Ngãi', '2027', 'Tập huấn cán bộ CĐCS', '', '2.400', 'học viên', '', '', ''),
 ('TG.GLA.25.PTDV', 'LĐLĐ tỉnh Gia Lai', '2025', 'Tập huấn kỹ năng phát triển đoàn viên', 'Cán bộ công đoàn cấp trên cơ sở', '320', 'người', '296', '31/12/2025', ''),
 ('TG.GLA.26.PTDV', 'LĐLĐ tỉnh Gia Lai', '2026', 'Tập huấn kỹ năng phát triển đoàn viên', 'Cán bộ công đoàn cấp trên cơ sở', '400', 'người', '352', '31/10/2026', ''),
 ('TG.DLK.26.CBCS', 'LĐLĐ tỉnh Đắk Lắk', '2026', 'Bồi dưỡng nghiệp vụ cho cán bộ CĐCS', '', '2.800', 'học viên', '2.951', '15/11/2026', 'Vượt 5,4%'),
 ('TG.DLK.27.CBCS', 'LĐLĐ tỉnh Đắk Lắk', '2027', 'Bồi dưỡng nghiệp vụ cho cán bộ CĐCS', '', '3.000', 'học viên', '', '', ''),
 ('TG.KHH.26.NC', 'LĐLĐ tỉnh Khánh Hòa', '2026', 'Tập huấn công tác nữ công', '', '540', 'người', '410', '31/10/2026', ''),
 ('TG.KHH.27.NC', 'LĐLĐ tỉnh Khánh Hòa', '2027', 'Tập huấn công tác nữ công', '', '600', 'người', '', '', ''),
 ('TG.LDG.25.CBCS', 'LĐLĐ tỉnh Lâm Đồng', '2025', 'Bồi dưỡng cán bộ CĐCS', '', '2.600', 'học viên', '2.488', '31/12/2025', ''),
 ('TG.LDG.26.CBCS', 'LĐLĐ tỉnh Lâm Đồng', '2026', 'Bồi dưỡng cán bộ CĐCS', '', '3.500', 'học viên', '2.735', '31/10/2026', 'Tính cả Đắk Nông, Bình Thuận cũ'),
 ('TG.DNA.26.ATVS', 'LĐLĐ tỉnh Đồng Nai', '2026', 'Huấn luyện ATVSLĐ cho người lao động', 'Đoàn viên, người lao động', '4.500', 'người', '4.120', '31/10/2026', ''),
 ('TG.DNA.27.ATVS', 'LĐLĐ tỉnh Đồng Nai', '2027', 'Huấn luyện ATVSLĐ cho người lao động', 'Đoàn viên, người lao động', '5.000', 'người', '', '', ''),
 ('TG.DNA.26.KCN', 'CĐ các KCN Đồng Nai', '2026', 'Tập huấn thương lượng tập thể cho CĐCS doanh nghiệp', 'Chủ tịch CĐCS', '380', 'học viên', '305', '31/10/2026', ''),
 ('TG.HCM.25.CBCS', 'LĐLĐ TP.HCM', '2025', 'Bồi dưỡng cán bộ CĐCS', '', '12.500', 'lượt học viên', '13.210', '31/12/2025', ''),
 ('TG.HCM.26.CBCS', 'LĐLĐ TP.HCM', '2026', 'Bồi dưỡng cán bộ CĐCS', '', '18.000', 'lượt học viên', '14.642', '31/10/2026', 'Sau hợp nhất với Bình Dương, Bà Rịa - Vũng Tàu'),
 ('TG.HCM.27.CBCS', 'LĐLĐ TP.HCM', '2027', 'Bồi dưỡng cán bộ CĐCS', '', '18.500', 'lượt học viên', '', '', ''),
 ('TG.HCM.26.YT', 'CĐ ngành Y tế TP.HCM', '2026', 'Tập huấn ATVSLĐ trong cơ sở y tế', '', '2.000', 'người', '1.865', '15/11/2026', ''),
 ('TG.HCM.26.GT', 'CĐ ngành Giao thông vận tải TP.HCM', '2026', 'Tập huấn pháp luật lao động cho lái xe, phụ xe', 'Đoàn viên, người lao động', '800', 'người', '512', '31/10/2026', ''),
 ('TG.TNI.26.CBCS', 'LĐLĐ tỉnh Tây Ninh', '2026', 'Bồi dưỡng cán bộ CĐCS', '', '2.100', 'học viên', '1.540', '31/10/2026', ''),
 ('TG.TNI.27.CBCS', 'LĐLĐ tỉnh Tây Ninh', '2027', 'Bồi dưỡng cán bộ CĐCS', '', '2.300', 'học viên', '', '', ''),
 ('TG.DTP.26.CBCS', 'LĐLĐ tỉnh Đồng Tháp', '2026', 'Bồi dưỡng cán bộ CĐCS', '', '1.900', 'học viên', '1.977', '15/11/2026', ''),
 ('TG.DTP.25.CBCS', 'LĐLĐ tỉnh Đồng Tháp', '2025', 'Bồi dưỡng cán bộ CĐCS', '', '1.700', 'học viên', '1.655', '31/12/2025', ''),
 ('TG.VLG.26.TCCD', 'LĐLĐ tỉnh Vĩnh Long', '2026', 'Tập huấn tài chính CĐ cho kế toán CĐCS', '', '720', 'người', '468', '31/10/2026', ''),
 ('TG.VLG.27.TCCD', 'LĐLĐ tỉnh Vĩnh Long', '2027', 'Tập huấn tài chính CĐ cho kế toán CĐCS', '', '800', 'người', '', '', ''),
 ('TG.AGG.26.CBCS', 'LĐLĐ tỉnh An Giang', '2026', 'Bồi dưỡng cán bộ CĐCS', '', '2.650', 'học viên', '2.004', '31/10/2026', ''),
 ('TG.AGG.26.GD', 'CĐ ngành Giáo dục An Giang', '2026', 'Tập huấn nữ công cho CĐCS trường học', '', '15', 'lớp', '11', '31/10/2026', ''),
 ('TG.CTO.25.CBCS', 'LĐLĐ TP Cần Thơ', '2025', 'Bồi dưỡng cán bộ CĐCS', '', '1.950', 'học viên', '2.010', '31/12/2025', ''),
 ('TG.CTO.26.CBCS', 'LĐLĐ TP Cần Thơ', '2026', 'Bồi dưỡng cán bộ CĐCS', '', '3.300', 'học viên', '2.587', '31/10/2026', 'Gồm Sóc Trăng, Hậu Giang cũ'),
 ('TG.CTO.27.CBCS', 'LĐLĐ TP Cần Thơ', '2027', 'Bồi dưỡng cán bộ CĐCS', '', '3.400', 'học viên', '', '', ''),
 ('TG.CMU.26.CBCS', 'LĐLĐ tỉnh Cà Mau', '2026', 'Bồi dưỡng cán bộ CĐCS', '', '1.450', 'học viên', '1.122', '31/10/2026', ''),
 ('TG.CMU.26.TYLE', 'LĐLĐ tỉnh Cà Mau', '2026', 'Tỷ lệ Chủ tịch CĐCS mới được tập huấn trong 6 tháng đầu nhiệm kỳ', 'Chủ tịch CĐCS', '95', '%', '91,2', '31/10/2026', ''),
 ('TG.CMU.2328.CBCS', 'LĐLĐ tỉnh Cà Mau', '2023–2028', 'Cán bộ CĐ chuyên trách được bồi dưỡng lý luận chính trị', 'Cán bộ công đoàn chuyên trách', '100', '%', '72,5', '31/10/2026', 'Cả nhiệm kỳ'),
]
TH = ['Mã chỉ tiêu', 'Đơn vị', 'Năm', 'Nội dung', 'Đối tượng', 'Chỉ tiêu', 'Đơn vị tính', 'Đã đạt', 'Tính đến ngày', 'Ghi chú']
with open(os.path.join(OUT, 'targets.csv'), 'w', encoding='utf-8-sig', newline='') as f:
    w = csv.writer(f)
    w.writerow(TH)
    for t in TG:
        w.writerow(t)
print(len(TG), 'targets')
