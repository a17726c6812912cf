# -*- coding: utf-8 -*-
"""Generate the classes and targets of blind set 37 and write courses.csv / targets.csv (office-style)."""
import csv, io, json, os, random, datetime as dt
from data import PLACES, ORGS, TOPICS, AUD_CELLS, TOPIC_AUD, KCN, FORMER

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = dt.datetime(2026, 11, 23, 9, 0)
rng = random.Random(37)
PL = {}
for w, d, f, c in PLACES:
    PL[(w, c)] = (w, d, f, c)
ORG = {o["id"]: o for o in ORGS}

def place(spec, prov):
    if spec.startswith("KCN:"):
        k = spec[4:]
        w, c = KCN[k]
        return PL[(w, c)], k
    if "@" in spec:
        w, p = spec.split("@")
        p = {"HCM": "Hồ Chí Minh"}.get(p, p)
        return PL[(w, p)], None
    return PL[(spec, prov)], None

TOPIC_W = {
 "tinh": {"NGHIEPVU": 5, "ATVSLD": 3, "THUONGLUONG": 3, "PHAPLUAT": 2, "NUCONG": 2, "TAICHINH": 2, "KIEMTRA": 2, "TUYENGIAO": 2, "PTDV": 2, "CDS": 2, "TRANHCHAP": 1, "GIANGVIEN": 1},
 "kcn": {"ATVSLD": 4, "PHAPLUAT": 3, "THUONGLUONG": 3, "NUCONG": 2, "TRANHCHAP": 2, "PTDV": 1},
 "cs": {"ATVSLD": 3, "NUCONG": 2, "PHAPLUAT": 2, "NGHIEPVU": 2, "TAICHINH": 1, "KIEMTRA": 1, "CDS": 1},
 "phuong": {"NGHIEPVU": 3, "PTDV": 2, "TAICHINH": 2, "KIEMTRA": 1, "NUCONG": 2, "PHAPLUAT": 1, "ATVSLD": 1, "CDS": 1},
 "xa": {"NGHIEPVU": 3, "PTDV": 2, "TAICHINH": 1, "NUCONG": 2, "PHAPLUAT": 2, "KIEMTRA": 1},
 "dackhu": {"NGHIEPVU": 2, "ATVSLD": 2, "PHAPLUAT": 2, "NUCONG": 1, "PTDV": 2, "TAICHINH": 1},
 "nganh": {"NGHIEPVU": 3, "NUCONG": 2, "TAICHINH": 2, "KIEMTRA": 2, "CDS": 2, "TUYENGIAO": 1},
 "truong": {"NGHIEPVU": 2, "NUCONG": 2, "CDS": 2, "TAICHINH": 1, "KIEMTRA": 1, "TUYENGIAO": 1},
}

def wchoice(d):
    ks = list(d); ws = [d[k] for k in ks]
    return rng.choices(ks, ws)[0]

def building(o, kcn, vtype_hint=None):
    k = o["kind"]
    if kcn:
        return rng.choice([f"Nhà văn hóa công nhân KCN {kcn}", f"Hội trường Ban quản lý KCN {kcn}", f"Nhà văn hóa lao động KCN {kcn}"]), None
    if k == "tinh":
        return rng.choice(["Hội trường LĐLĐ tỉnh", "Trung tâm Hội nghị tỉnh", "Nhà văn hóa lao động", "Hội trường Trường Chính trị tỉnh", "Khách sạn Công đoàn"]), None
    if k in ("phuong", "xa", "dackhu"):
        return rng.choice(["Hội trường UBND", "Nhà văn hóa", "Trung tâm Văn hóa - Thể thao"]) + (" " + o["places"][0].split(" ", 1)[0] if False else ""), None
    if k == "nganh":
        return rng.choice(["Hội trường Sở Giáo dục và Đào tạo" if o["id"] == "GVL" else "Hội trường Sở Y tế", "Hội trường Trường Chính trị tỉnh"]), None
    if o["id"] == "BVC":
        return rng.choice(["Hội trường Bệnh viện Đa khoa Trung ương Cần Thơ", "Phòng họp Khoa Khám bệnh, Bệnh viện ĐK Trung ương Cần Thơ"]), None
    if o["id"] == "DTV":
        return rng.choice(["Hội trường D5, Trường Đại học Trà Vinh", "Phòng hội thảo Khu I, Trường Đại học Trà Vinh"]), None
    if o["id"] == "MPH":
        return rng.choice(["Hội trường Nhà máy chế biến thủy sản Minh Phú", "Nhà ăn ca Nhà máy Minh Phú"]), None
    if o["id"] == "CDP":
        return rng.choice(["Hội trường Công ty Cao su Đồng Phú", "Nhà văn hóa Nông trường cao su Tân Lập"]), None
    return "Hội trường", None

SPECIAL_VENUES = {  # org -> list of (building, ward spec, vtype)
 "PST": [("Hội trường chùa Kh'leang", "phường Sóc Trăng", "chua"), ("Sala chùa Dơi (chùa Mahatup)", "phường Sóc Trăng", "chua"),
         ("Nhà văn hóa khóm 4", "phường Sóc Trăng", "nvh")],
 "XPD": [("Trên ghe du lịch tại chợ nổi Phong Điền", "xã Phong Điền", "tau"), ("Nhà văn hóa ấp Nhơn Lộc 1", "xã Phong Điền", "nvh"),
         ("Nhà văn hóa ấp Nhơn Lộc 2", "xã Phong Điền", "nvh")],
 "CTO": [("Trên tàu du lịch Ninh Kiều, bến tàu Ninh Kiều", "phường Ninh Kiều", "tau"), ("Hội trường chùa Chén Kiểu", "phường Mỹ Xuyên", "chua")],
 "VLG": [("Sala chùa Âng", "phường Nguyệt Hóa", "chua"), ("Nhà văn hóa ấp Đầu Giồng", "xã Cầu Ngang", "nvh")],
 "CMU": [("Cảng cá Sông Đốc", "xã Sông Đốc", "cangca"), ("Cảng cá Gành Hào", "xã Gành Hào", "cangca")],
 "MPH": [("Cảng cá Sông Đốc, khu neo đậu tàu cá", "xã Sông Đốc", "cangca")],
 "PBL": [("Nhà văn hóa khóm 3", "phường Bạc Liêu", "nvh"), ("Nhà văn hóa khóm 7", "phường Bạc Liêu", "nvh")],
 "CDP": [("Lô cao su 12, Nông trường cao su Thuận Phú", "xã Đồng Phú", "caosu"), ("Đội 3, Nông trường cao su Tân Lập", "xã Đồng Phú", "caosu"),
         ("Nhà chòi Nông trường cao su Thuận Phú", "xã Đồng Phú", "caosu")],
 "XBT": [("Nhà văn hóa ấp Phú Hòa", "xã Ba Tri", "nvh"), ("Hội trường chùa Tân Long", "xã Ba Tri", "chua")],
 "DPQ": [("Trên tàu cá neo đậu tại cảng An Thới", "đặc khu Phú Quốc", "tau"), ("Cảng cá An Thới", "đặc khu Phú Quốc", "cangca")],
 "DCD": [("Nhà văn hóa khu dân cư số 5", "đặc khu Côn Đảo", "nvh")],
}

def rdate(a, b):
    da = dt.date(*a); db = dt.date(*b)
    return da + dt.timedelta(days=rng.randrange((db - da).days + 1))

def wk(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d

def fmt(d):
    return d.strftime("%d/%m/%Y")

def serial(d):
    return str((d - dt.date(1899, 12, 30)).days)

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
ROMAN = ["I", "II", "III", "IV"]

classes = []
def new_class(o, seq, topic, title, aud, spec, batch=None, month_range=None):
    (w, d, f, c), kcn = place(spec, o["prov"])
    c_ = dict(code=f"{o['id']}-{seq:03d}", org=o["id"], orgname=o["name"], prov=o["prov"], topic=topic, title=title,
              aud=aud, ward=w, olddist=d, oldprov=f, kcn=kcn, batch=batch, vtype=None, mode="tt", special=None)
    bld, _ = building(o, kcn)
    c_["building"] = bld
    r = rng.random()
    if o["kind"] in ("tinh", "nganh", "truong") and r < 0.14:
        c_["mode"] = "online"
    elif o["kind"] in ("tinh", "nganh", "truong", "kcn") and r < 0.26:
        c_["mode"] = "blended"
    # date
    lo, hi = month_range or ((2026, 11, 24), (2027, 6, 25))
    day = rdate(lo, hi)
    hour = (8, 0)
    c_["evening"] = False
    if o["kind"] in ("kcn", "cs") and rng.random() < 0.35 and c_["mode"] == "tt":
        hour = (18, 30) if rng.random() < 0.6 else (19, 0)
        c_["evening"] = True
    elif rng.random() < 0.18:
        hour = (13, 30)
    if rng.random() < 0.1 or (o["kind"] in ("xa", "phuong") and rng.random() < 0.3):
        while day.weekday() < 5:
            day += dt.timedelta(days=1)
    else:
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
    c_["start"] = dt.datetime(day.year, day.month, day.day, *hour)
    nd = rng.choice([1, 1, 2, 2, 3]) if not c_["evening"] else rng.choice([3, 4, 5])
    c_["end"] = c_["start"].date() + dt.timedelta(days=nd - 1)
    c_["deadline"] = c_["start"].date() - dt.timedelta(days=rng.choice([3, 4, 5, 7, 7, 10]))
    c_["sl"] = rng.choice([30, 35, 40, 45, 50, 60, 60, 70, 80, 100, 120, 150])
    c_["status"] = "open"
    c_["period"] = None
    c_["newdate"] = None
    c_["note"] = ""
    return c_

for o in ORGS:
    seq = 1
    kind = o["kind"]
    wt = TOPIC_W[kind]
    n = o["n"]
    batches = []
    if kind == "tinh":
        nb = 2
    elif kind in ("kcn", "nganh"):
        nb = 1
    else:
        nb = 0
    plain_n = n - nb * 2
    for i in range(plain_n):
        t = wchoice(wt)
        title = rng.choice(TOPICS[t][1])
        aud = rng.choice(TOPIC_AUD[t])
        if rng.random() < 0.25 and "cho" not in title:
            title = title + " cho " + aud[0].lower() + aud[1:] if not aud.startswith(("Chủ", "Phó", "Ủy", "Kế", "Cán", "Giảng", "Tổ", "Trưởng")) else title + " cho " + aud
        spec = rng.choice(o["places"])
        classes.append(new_class(o, seq, t, title, aud, spec)); seq += 1
    for b in range(nb):
        t = wchoice({k: v for k, v in wt.items() if k in ("NGHIEPVU", "ATVSLD", "THUONGLUONG", "TAICHINH", "NUCONG", "PHAPLUAT")})
        title = rng.choice(TOPICS[t][1])
        aud = rng.choice(TOPIC_AUD[t])
        spec1 = rng.choice(o["places"]); spec2 = rng.choice(o["places"])
        c1 = new_class(o, seq, t, title, aud, spec1, batch=1, month_range=((2026, 12, 1), (2027, 1, 20))); seq += 1
        c2 = new_class(o, seq, t, title, aud, spec2, batch=2, month_range=((2027, 3, 2), (2027, 4, 25))); seq += 1
        c1["bgroup"] = c2["bgroup"] = f"{o['id']}-B{b+1}"
        classes.append(c1); classes.append(c2)

# ---- look-alike titles: copy some titles to other organisers / audiences
for _ in range(20):
    a = rng.choice(classes)
    bs = [c for c in classes if c["topic"] == a["topic"] and c is not a and c["batch"] is None and c["org"] != a["org"]]
    if bs and " cho " not in a["title"]:
        b = rng.choice(bs)
        b["title"] = a["title"]

# ---- special venues
for oid, lst in SPECIAL_VENUES.items():
    cands = [c for c in classes if c["org"] == oid and c["mode"] == "tt" and c["batch"] is None and c["kcn"] is None]
    rng.shuffle(cands)
    for (bld, ward, vt), c in zip(lst, cands):
        o = ORG[oid]
        w, d, f, cur = PL[(ward, o["prov"])]
        c.update(building=bld, ward=w, olddist=d, oldprov=f, vtype=vt)
        if vt in ("tau", "cangca", "caosu") and c["evening"]:
            c["evening"] = False
            c["start"] = c["start"].replace(hour=7, minute=30)
for c in classes:
    if c["vtype"] is None and c["building"].startswith("Nhà văn hóa") and not c["kcn"]:
        c["vtype"] = "nvh"

# ---- special states
pool = [c for c in classes if c["batch"] is None and c["vtype"] not in ("chua", "tau", "cangca", "caosu")]
rng.shuffle(pool)
def take(k, cond=lambda c: True):
    out = []
    for c in list(pool):
        if len(out) == k: break
        if cond(c):
            out.append(c); pool.remove(c)
    return out

for c in take(15):
    day = wk(rdate((2026, 11, 2), (2026, 11, 17)))
    c["start"] = c["start"].replace(year=day.year, month=day.month, day=day.day)
    c["end"] = day + dt.timedelta(days=rng.choice([0, 1, 2]))
    c["deadline"] = day - dt.timedelta(days=5)
    c["status"] = "finished"
for i, c in enumerate(take(5)):
    if i == 0:
        c["start"] = dt.datetime(2026, 11, 23, 8, 0); c["end"] = dt.date(2026, 11, 24); c["evening"] = False; c["sayday"] = "Sáng"
    else:
        day = wk(rdate((2026, 11, 19), (2026, 11, 22)))
        c["start"] = dt.datetime(day.year, day.month, day.day, 8, 0); c["evening"] = False
        c["end"] = dt.date(2026, 11, 25) + dt.timedelta(days=rng.randrange(3))
    c["deadline"] = c["start"].date() - dt.timedelta(days=4)
    c["status"] = "underway"
for c in take(8):
    day = wk(rdate((2026, 11, 30), (2027, 2, 20)))
    c["start"] = c["start"].replace(year=day.year, month=day.month, day=day.day)
    c["end"] = day + dt.timedelta(days=1); c["deadline"] = day - dt.timedelta(days=5)
    c["status"] = "cancelled"
    c["note"] = rng.choice(["Hủy do không đủ số lượng học viên đăng ký.", "Hủy lớp, nội dung lồng ghép vào hội nghị tổng kết.", "Đã hủy theo Công văn của Ban Thường vụ."])
for i, c in enumerate(take(6)):
    day = wk(rdate((2026, 11, 26), (2026, 12, 18)))
    c["start"] = c["start"].replace(year=day.year, month=day.month, day=day.day)
    c["end"] = day + dt.timedelta(days=1); c["deadline"] = None
    nd = wk(rdate((2027, 1, 12), (2027, 4, 20)))
    c["newdate"] = nd
    c["status"] = "post_new"
    c["note"] = [f"Hoãn sang {fmt(nd)} do trùng lịch Đại hội.", f"Lùi lịch đến {fmt(nd)}.", f"Lịch mới: {fmt(nd)} (thông báo bổ sung).",
                 f"Tạm hoãn, dời sang {fmt(nd)} vì mùa mưa bão.", f"Hoãn sang {fmt(nd)}.", f"Lùi lịch đến {fmt(nd)} theo đề nghị của đơn vị."][i]
for c in take(5):
    day = wk(rdate((2026, 11, 26), (2027, 1, 15)))
    c["start"] = c["start"].replace(year=day.year, month=day.month, day=day.day)
    c["end"] = day + dt.timedelta(days=1); c["deadline"] = None
    c["status"] = "post_none"
    c["note"] = rng.choice(["Tạm hoãn, thời gian mới sẽ thông báo sau.", "Hoãn chưa xác định thời gian; sẽ thông báo sau.", "Tạm hoãn để chờ tài liệu mới, sẽ thông báo sau."])
PERIODS = [("month", 1), ("month", 2), ("month", 3), ("month", 4), ("month", 5), ("month", 6), ("quarter", 1), ("quarter", 2), ("month", 12)]
for c in take(34):
    kind_, v = rng.choice(PERIODS)
    y = 2026 if (kind_ == "month" and v == 12) else 2027
    c["period"] = (kind_, y, v)
    c["status"] = "tentative"; c["start"] = None; c["end"] = None; c["deadline"] = None; c["evening"] = False
for c in take(8):
    day = wk(rdate((2026, 11, 25), (2026, 12, 10)))
    c["start"] = c["start"].replace(year=day.year, month=day.month, day=day.day)
    c["end"] = day + dt.timedelta(days=rng.choice([0, 1, 2]))
    c["deadline"] = rdate((2026, 11, 16), (2026, 11, 22))
    c["status"] = "pastdl"
for c in take(4):
    day = wk(rdate((2026, 11, 25), (2026, 12, 6)))
    c["start"] = c["start"].replace(year=day.year, month=day.month, day=day.day)
    c["end"] = day + dt.timedelta(days=rng.choice([0, 1, 2]))
    c["deadline"] = dt.date(2026, 11, 23)
    c["status"] = "dltoday"
# evening classes must be >= 8; weekend flag
for c in classes:
    if c["start"] and c["status"] != "finished":
        pass
ev = [c for c in classes if c["evening"] and c["status"] in ("open",)]
if len(ev) < 8:
    for c in [c for c in classes if c["org"] in ("KCT", "KBD", "KDN", "KTN", "MPH") and c["status"] == "open" and not c["evening"] and c["mode"] == "tt" and c["vtype"] is None][:8 - len(ev)]:
        c["evening"] = True; c["start"] = c["start"].replace(hour=18, minute=30)
for c in classes:
    c["weekend"] = bool(c["start"] and c["start"].weekday() >= 5)
    if c["start"] and c["end"] and c["end"] < c["start"].date():
        c["end"] = c["start"].date()
    if c["deadline"] and c["start"] and c["deadline"] > c["start"].date():
        c["deadline"] = c["start"].date()
    if c["mode"] == "online":
        c["ward"] = c["olddist"] = c["oldprov"] = None; c["kcn"] = None; c["vtype"] = None

# ---- recompute date-derived states of plain open classes
for c in classes:
    if c["status"] == "open" and c["start"]:
        endt = dt.datetime.combine(c["end"], dt.time(17, 0)) if c["end"] else c["start"].replace(hour=17, minute=0)
        if c["start"] <= NOW < endt: c["status"] = "underway"
        elif c["deadline"] and c["deadline"] == NOW.date(): c["status"] = "dltoday"
        elif c["deadline"] and c["deadline"] < NOW.date(): c["status"] = "pastdl"

# ---------------- writing cells ----------------
STATUS_CELL = {"open": ["Mở đăng ký", "Mở đăng ký", "Mở đăng ký", ""], "underway": ["Mở đăng ký"], "finished": ["Đã kết thúc"],
               "cancelled": ["Đã hủy"], "post_new": ["Đã hoãn", "Tạm hoãn", "Hoãn"], "post_none": ["Tạm hoãn", "Đã hoãn"],
               "tentative": ["Dự kiến"], "pastdl": ["Mở đăng ký"], "dltoday": ["Mở đăng ký"]}

def start_cell(c):
    if c["period"]:
        k, y, v = c["period"]
        if k == "month":
            return rng.choice([f"Tháng {v}/{y}", f"T{v}/{y}", f"tháng {v} năm {y}", f"Tháng {v}/{y}"])
        return rng.choice([f"Quý {ROMAN[v-1]}/{y}", f"Q{v}/{y}", f"Quý {v}/{y}"])
    s = c["start"]; d = s.date()
    h, m = s.hour, s.minute
    if c.get("sayday") == "Sáng":
        return f"Sáng {fmt(d)}"
    if (h, m) == (18, 30):
        return rng.choice([f"Tối {fmt(d)}", f"Tối {fmt(d)}", f"18h30 ngày {fmt(d)}"])
    if (h, m) == (19, 0):
        return rng.choice([f"19h00 ngày {fmt(d)}", f"7h tối {fmt(d)}"]) if False else f"19h00 ngày {fmt(d)}"
    if (h, m) == (13, 30):
        return rng.choice([f"Chiều {fmt(d)}", f"13h30 ngày {fmt(d)}", f"{fmt(d)} 13:30"])
    if (h, m) == (7, 30):
        return rng.choice([f"7h30 ngày {fmt(d)}", f"{fmt(d)} 07:30"])
    r = rng.random()
    if c["weekend"] and r < 0.6:
        return f"{WD[d.weekday()]}, {fmt(d)}" if rng.random() < 0.7 else f"{'CN' if d.weekday()==6 else 'T7'} {d.day}/{d.month}/{d.year}"
    if r < 0.15:
        return serial(d)
    if r < 0.22:
        return serial(d) + " (*)"
    if r < 0.30:
        return f"{d.isoformat()} 00:00:00"
    if r < 0.42:
        return f"{fmt(d)} 08:00"
    if r < 0.5:
        return f"8h00 ngày {fmt(d)}"
    if r < 0.56:
        return f"Sáng {fmt(d)}"
    if r < 0.6:
        return f"{d.day}/{d.month}/{d.year}"
    return fmt(d)

def end_cell(c):
    if c["period"] or not c["end"]:
        return ""
    if c["evening"]:
        return f"Tối {fmt(c['end'])}"
    if c["end"] == c["start"].date() and rng.random() < 0.5:
        return ""
    return fmt(c["end"]) if rng.random() < 0.85 else serial(c["end"])

def dl_cell(c):
    if not c["deadline"]:
        return ""
    r = rng.random()
    if r < 0.15:
        return serial(c["deadline"])
    return fmt(c["deadline"])

def sl_cell(c):
    n = c["sl"]; r = rng.random()
    if r < 0.15: return f"{n} người"
    if r < 0.25: return f"khoảng {n}"
    if r < 0.33: return f"{n-10}-{n}"
    if r < 0.38: return f"{n} (*)"
    if r < 0.42: return f"{n} học viên"
    return str(n)

MODE_CELL = {"tt": ["Tập trung (trực tiếp)", "Tập trung (trực tiếp)", "Tập trung"], "online": ["Trực tuyến"], "blended": ["Trực tiếp + trực tuyến", "Kết hợp (trực tiếp và trực tuyến)"]}

def venue_cell(c):
    if c["mode"] == "online":
        return rng.choice(["Trực tuyến qua Zoom", "Trực tuyến (Zoom)", "Zoom", "Trực tuyến qua Google Meet"])
    sep = rng.choice([", ", ",\n", ", "])
    v = f"{c['building']}{sep}{c['ward']} ({c['olddist']} cũ)"
    if c["mode"] == "blended":
        v += " và trực tuyến qua Zoom"
    if rng.random() < 0.06:
        v += " (*)"
    return v

def title_cell(c):
    t = c["title"]
    r = rng.random()
    if r < 0.12 and ", " in t:
        t = t.replace(", ", ",\n", 1)
    elif r < 0.22:
        parts = t.split(" ")
        i = rng.randrange(1, len(parts))
        t = " ".join(parts[:i]) + "\u00a0" + " ".join(parts[i:])
    elif r < 0.28:
        t = t + " (*)"
    return t

def note_cell(c):
    n = c["note"]
    if c["status"] == "open" and not n:
        if c["evening"]:
            n = rng.choice(["Học buổi tối cho công nhân làm ca.", "Lớp buổi tối, sau giờ tan ca."])
        elif c["weekend"] and rng.random() < 0.5:
            n = "Học ngày cuối tuần."
        elif rng.random() < 0.15:
            n = rng.choice(["Mang theo CCCD.", "Đơn vị cử đúng thành phần.", "Có tài liệu phát tại lớp."])
    if c["status"] == "tentative" and rng.random() < 0.4:
        n = "Thời gian cụ thể sẽ thông báo sau."
    return n

COLS = 15
def row(*cells):
    r = [""] * COLS
    for i, v in cells:
        r[i] = v
    return r

rows = []
rows.append(row((0, "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"), (8, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")))
rows.append(row((0, "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ CẦN THƠ"), (8, "Độc lập - Tự do - Hạnh phúc")))
rows.append(row((0, "Số: 215/KH-LĐLĐ")))
rows.append(row())
rows.append(row((0, "KẾ HOẠCH")))
rows.append(row((0, "Tổ chức các lớp đào tạo, bồi dưỡng cán bộ công đoàn Cụm thi đua các tỉnh, thành phố Tây Nam Bộ - Đông Nam Bộ")))
rows.append(row((0, "(Từ tháng 11/2026 đến tháng 6/2027)")))
rows.append(row())
HEAD1 = ["TT", "Mã lớp", "Tên lớp học", "Lĩnh vực", "Thành phần", "Đơn vị thực hiện", "Tỉnh/Thành phố", "Địa điểm tổ chức", "Hình thức",
         "Thời gian", "", "Hạn đăng ký", "SL", "Trạng thái", "Ghi chú"]
HEAD2 = [""] * 9 + ["Bắt đầu", "Kết thúc"] + [""] * 4
rows.append(HEAD1); rows.append(HEAD2)
rows.append([f"({i+1})" for i in range(COLS)])
header_row_index = 9  # 1-based line of HEAD1 in the file
PROV_CELL = {"Hồ Chí Minh": ["TP. Hồ Chí Minh", "TP HCM", "Hồ Chí Minh"], "Cần Thơ": ["Cần Thơ", "TP Cần Thơ"]}
total = 0
for si, o in enumerate(ORGS):
    cs = [c for c in classes if c["org"] == o["id"]]
    rows.append(row((0, ["I","II","III","IV","V","VI","VII","VIII","IX","X","XI","XII","XIII","XIV","XV","XVI","XVII","XVIII","XIX","XX","XXI","XXII","XXIII","XXIV","XXV","XXVI","XXVII"][si]), (2, o["name"].upper())))
    nonb = [c for c in cs if c["batch"] is None]
    nonb.sort(key=lambda c: (c["start"] or dt.datetime(c["period"][1], (c["period"][2] if c["period"][0]=="month" else c["period"][2]*3-2), 1)))
    bat = [c for c in cs if c["batch"] is not None]
    tt = 0
    def emit(c):
        global total
        nonlocal_tt[0] += 1
        total += c["sl"]
        c["stt"] = nonlocal_tt[0]
        c["cells"] = dict(start=start_cell(c), end=end_cell(c), dl=dl_cell(c), sl=sl_cell(c), mode=rng.choice(MODE_CELL[c["mode"]]),
                          venue=venue_cell(c), title=title_cell(c), note=note_cell(c), status=rng.choice(STATUS_CELL[c["status"]]),
                          topic=rng.choice(TOPICS[c["topic"]][0]), prov=rng.choice(PROV_CELL.get(c["prov"], [c["prov"]])))
        if c["status"] == "post_none" and not c["cells"]["status"]:
            c["cells"]["status"] = "Tạm hoãn"
        k = c["cells"]
        rows.append([str(c["stt"]), c["code"], k["title"], k["topic"], c["aud"], c["orgname"] if rng.random() < 0.8 else o["short"][1],
                     k["prov"], k["venue"], k["mode"], k["start"], k["end"], k["dl"], k["sl"], k["status"], k["note"]])
    nonlocal_tt = [0]
    for c in nonb:
        emit(c)
    if bat:
        for bn in (1, 2):
            lab = rng.choice([f"Đợt {bn}", f"Đợt {bn}:", f"Đợt {ROMAN[bn-1]}"]) if bn == 1 else f"Đợt {bn}"
            rows.append(row((2, lab)))
            for c in sorted([c for c in bat if c["batch"] == bn], key=lambda c: c["start"]):
                emit(c)
rows.append(row((2, "Tổng cộng"), (12, f"{total}")))
rows.append(row((0, "(*) Thời gian, địa điểm có thể điều chỉnh; đơn vị sẽ thông báo bằng văn bản.")))
rows.append(row())
rows.append(row((0, "Nơi nhận:"), (9, "Cần Thơ, ngày 05 tháng 11 năm 2026")))
rows.append(row((0, "- Ban Tổ chức Tổng LĐLĐ VN;"), (9, "TM. BAN THƯỜNG VỤ")))
rows.append(row((0, "- Các LĐLĐ tỉnh, thành phố trong Cụm;"), (9, "PHÓ CHỦ TỊCH")))
rows.append(row((0, "- Lưu: VT, BTC."), (9, "(đã ký)")))
rows.append(row((9, "Nguyễn Văn Thành")))

def write_csv(path, rows):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())

write_csv(os.path.join(OUT, "courses.csv"), rows)

# ---------------- targets ----------------
targets = []
def vn(n):
    return f"{n:,}".replace(",", ".")
trows = []
trows.append(["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "", "", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "", "", ""])
trows.append(["LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ CẦN THƠ", "", "", "", "", "", "Độc lập - Tự do - Hạnh phúc", "", "", "", ""])
trows.append(["Số: 216/BC-LĐLĐ", "", "", "", "", "", "", "", "", "", ""])
trows.append([""] * 11)
trows.append(["KẾ HOẠCH", "", "", "", "", "", "", "", "", "", ""])
trows.append(["Chỉ tiêu đào tạo, bồi dưỡng cán bộ công đoàn năm 2025 - 2026 và kết quả thực hiện", "", "", "", "", "", "", "", "", "", ""])
trows.append(["(Số liệu năm 2025 tính đến 31/12/2025; năm 2026 tính đến 15/11/2026)", "", "", "", "", "", "", "", "", "", ""])
trows.append([""] * 11)
trows.append(["STT", "Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Đối tượng", "Chỉ tiêu", "Đơn vị tính", "Kết quả thực hiện", "", "Ghi chú"])
trows.append([""] * 8 + ["Đã đạt", "Tính đến ngày", ""])
trows.append([f"({i+1})" for i in range(11)])
PROVS = ["Cần Thơ", "Vĩnh Long", "Đồng Tháp", "An Giang", "Cà Mau", "Tây Ninh", "Hồ Chí Minh", "Đồng Nai"]
PROV_UP = {"Hồ Chí Minh": "THÀNH PHỐ HỒ CHÍ MINH", "Cần Thơ": "THÀNH PHỐ CẦN THƠ"}
tsum_t = tsum_d = 0
for pi, p in enumerate(PROVS):
    trows.append([ROMAN[pi] if pi < 4 else ["V", "VI", "VII", "VIII"][pi - 4], "", PROV_UP.get(p, "TỈNH " + p.upper()), "", "", "", "", "", "", "", ""])
    k = 0
    for o in [o for o in ORGS if o["prov"] == p]:
        prov_lvl = o["kind"] == "tinh"
        base = rng.randrange(4200, 9800, 10) if prov_lvl else rng.randrange(120, 1500, 5)
        for y in (2025, 2026):
            t = base + rng.randrange(-300, 300, 10) if prov_lvl else base + rng.randrange(-40, 60, 5)
            pct = rng.uniform(0.9, 1.14) if y == 2025 else rng.uniform(0.62, 0.97)
            d = int(round(t * pct))
            units = [("HV", "học viên", t, d)]
            if prov_lvl:
                tl = rng.randrange(35, 95)
                units.append(("LOP", "lớp", tl, int(round(tl * (rng.uniform(0.92, 1.12) if y == 2025 else rng.uniform(0.6, 0.95))))))
            for suf, unit, tv, dv in units:
                k += 1
                code = f"CT-{o['id']}-{y}-{suf}"
                asof = "31/12/2025" if y == 2025 else "15/11/2026"
                note = ("Vượt kế hoạch" if dv >= tv else "") if y == 2025 else "Đang thực hiện"
                noi = "Đào tạo, bồi dưỡng cán bộ công đoàn" if prov_lvl else "Tập huấn, bồi dưỡng cán bộ, đoàn viên"
                trows.append([str(k), code, o["name"], str(y), noi, "", vn(tv), unit, vn(dv), asof, note])
                targets.append(dict(code=code, org=o["id"], year=y, unit=unit, target=tv, done=dv, asof=asof, prov=p))
                if unit == "học viên":
                    tsum_t += tv; tsum_d += dv
trows.append(["", "", "Tổng cộng (học viên)", "", "", "", vn(tsum_t), "học viên", vn(tsum_d), "", ""])
trows.append([""] * 11)
trows.append(["Nơi nhận:", "", "", "", "", "", "", "Cần Thơ, ngày 16 tháng 11 năm 2026", "", "", ""])
trows.append(["- Ban Tổ chức Tổng LĐLĐ VN;", "", "", "", "", "", "", "TM. BAN THƯỜNG VỤ", "", "", ""])
trows.append(["- Lưu: VT, BTC.", "", "", "", "", "", "", "(đã ký)", "", "", ""])
write_csv(os.path.join(OUT, "targets.csv"), trows)

def ser(c):
    d = dict(c)
    for k in ("start",):
        d[k] = c[k].isoformat() if c[k] else None
    for k in ("end", "deadline", "newdate"):
        d[k] = c[k].isoformat() if c[k] else None
    return d
json.dump([ser(c) for c in classes], open(os.path.join(OUT, "method", "classes.json"), "w"), ensure_ascii=False, indent=0)
json.dump(targets, open(os.path.join(OUT, "method", "targets.json"), "w"), ensure_ascii=False, indent=0)
from collections import Counter
print(len(classes), "classes", Counter(c["status"] for c in classes), "evening", sum(c["evening"] for c in classes),
      "weekend", sum(c["weekend"] for c in classes), Counter(c["mode"] for c in classes), Counter(c["vtype"] for c in classes), len(targets), "targets")
