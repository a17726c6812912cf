# -*- coding: utf-8 -*-
"""Independent validator: reads only the output files + given/seeds (not courses_meta.json)."""
import csv, json, re, glob, datetime as dt, collections, unicodedata
OUT = "/work/blind4/out/"
NOW = dt.datetime(2026, 11, 23, 9, 0)
err = []
def E(m):
    err.append(m)

# ---------------- courses.csv
HDR = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Đơn vị phối hợp", "Tỉnh/Thành phố", "Địa điểm",
       "Hình thức", "Ngày bắt đầu", "Ngày kết thúc", "Hạn đăng ký", "Số ngày", "Số chỗ", "Trạng thái", "Ghi chú"]
ROM = {"I": 1, "II": 2, "III": 3, "IV": 4}
def pdate(s, end=False):
    """returns (datetime or None, planned:bool, end_dt or None)"""
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2}))?", s)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
        h, mi = (int(m[4]), int(m[5])) if m[4] else ((17, 0) if end else (8, 0))
        return dt.datetime(y, mo, d, h, mi), False, None
    m = re.fullmatch(r"(\d{1,2})h(\d{2}) ngày (\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        return dt.datetime(int(m[5]), int(m[4]), int(m[3]), int(m[1]), int(m[2])), False, None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return dt.datetime(int(m[1]), int(m[2]), int(m[3]), 17 if end else 8), False, None
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        return dt.datetime(int(m[4]), int(m[3]), int(m[1]), 8), False, dt.datetime(int(m[4]), int(m[3]), int(m[2]), 17)
    m = re.fullmatch(r"(\d{2})/(\d{2}) - (\d{2})/(\d{2})/(\d{4})", s)
    if m:
        y = int(m[5]); sm, em = int(m[2]), int(m[4])
        sy = y - 1 if sm > em else y
        return dt.datetime(sy, sm, int(m[1]), 8), False, dt.datetime(y, em, int(m[3]), 17)
    m = re.fullmatch(r"(?:Tháng |T|tháng )(\d{1,2})(?:/| năm )(\d{4})", s)
    if m:
        return dt.datetime(int(m[2]), int(m[1]), 1), True, None
    m = re.fullmatch(r"(?:Quý |Q|quý )(I|II|III|IV|\d)(?:/| năm )(\d{4})", s)
    if m:
        q = ROM.get(m[1]) or int(m[1])
        return dt.datetime(int(m[2]), (q - 1) * 3 + 1, 1), True, None
    return None, False, None

courses = {}
with open(OUT + "courses.csv", encoding="utf-8") as f:
    rd = csv.reader(f)
    hdr = next(rd)
    if hdr != HDR:
        E(f"courses header {hdr}")
    for i, row in enumerate(rd, 2):
        r = dict(zip(hdr, row))
        c = r["Mã lớp"]
        if not re.fullmatch(r"[A-Za-z0-9_.\-]{1,40}", c):
            E(f"row {i} bad code {c}")
        if c in courses:
            E(f"row {i} duplicate code {c}")
        if not r["Tên lớp"].strip():
            E(f"row {i} empty title")
        s, planned, rng_end = pdate(r["Ngày bắt đầu"])
        if s is None:
            E(f"row {i} start unparsable {r['Ngày bắt đầu']}")
            continue
        e = rng_end
        if r["Ngày kết thúc"]:
            e, _, _ = pdate(r["Ngày kết thúc"], end=True)
            if e is None:
                E(f"row {i} end unparsable")
        if e and e < s:
            E(f"row {i} end before start")
        dl = None
        if r["Hạn đăng ký"]:
            dl, _, _ = pdate(r["Hạn đăng ký"])
            if dl is None:
                E(f"row {i} deadline unparsable")
            else:
                dl = dl.replace(hour=23, minute=59)
                if dl.date() > s.date():
                    E(f"row {i} deadline after start")
        if r["Hình thức"] not in ("", "Tập trung (trực tiếp)", "Tập trung", "tập trung", "Trực tuyến", "trực tuyến",
                                 "Kết hợp (trực tiếp và trực tuyến)", "Kết hợp"):
            E(f"row {i} mode {r['Hình thức']}")
        st = r["Trạng thái"] or "Mở đăng ký"
        if st not in ("Dự kiến", "Mở đăng ký", "Đã hủy", "Đã kết thúc"):
            E(f"row {i} status {st}")
        if planned and st != "Dự kiến":
            E(f"row {i} planned date but status {st}")
        if st == "Đã kết thúc" and s >= NOW:
            E(f"row {i} finished but in future")
        if st in ("Mở đăng ký",) and s < NOW:
            E(f"row {i} open but already started")
        if not re.match(r"^(khoảng )?\d+", r["Số chỗ"]):
            E(f"row {i} seats {r['Số chỗ']}")
        courses[c] = dict(r, _start=s, _dl=dl, _status=st, _planned=planned)
HCMV = {"TP HCM", "TP.HCM", "Hồ Chí Minh", "Thành phố Hồ Chí Minh"}
provs = collections.Counter("Hồ Chí Minh" if r["Tỉnh/Thành phố"] in HCMV else r["Tỉnh/Thành phố"] for r in courses.values())
print("courses:", len(courses), "provinces:", len(provs), dict(provs))
print("  status:", dict(collections.Counter(r["_status"] for r in courses.values())),
      "online/kết hợp:", sum(1 for r in courses.values() if r["Hình thức"].lower() == "trực tuyến" or r["Hình thức"].startswith("Kết hợp")))

# ---------------- targets.csv
THDR = ["Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Đối tượng", "Chỉ tiêu", "Đơn vị tính", "Đã đạt", "Tính đến ngày", "Ghi chú"]
targets = {}
with open(OUT + "targets.csv", encoding="utf-8") as f:
    rd = csv.reader(f)
    hdr = next(rd)
    if hdr != THDR:
        E("targets header")
    for i, row in enumerate(rd, 2):
        r = dict(zip(hdr, row))
        for k in ("Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Chỉ tiêu", "Đơn vị tính"):
            if not r[k]:
                E(f"target row {i} missing {k}")
        if r["Mã chỉ tiêu"] in targets:
            E(f"target dup {r['Mã chỉ tiêu']}")
        for k in ("Chỉ tiêu", "Đã đạt"):
            if r[k] and not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?", r[k]):
                E(f"target row {i} bad number {r[k]}")
        if not re.fullmatch(r"\d{4}(-\d{4})?", r["Năm"]):
            E(f"target row {i} year {r['Năm']}")
        targets[r["Mã chỉ tiêu"]] = r
print("targets:", len(targets))

# ---------------- seeds
seed = " ".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob("/work/blind4/given/seeds/*.txt")))
seed = unicodedata.normalize("NFC", re.sub(r"\s+", " ", seed))
def in_seed(t):
    return unicodedata.normalize("NFC", t) in seed

def check_target_texts(codes, texts, where):
    figs = set()
    for c in codes:
        if c not in targets:
            E(f"{where}: unknown target {c}")
            continue
        figs |= {targets[c]["Chỉ tiêu"], targets[c]["Đã đạt"]}
    for t in texts:
        if t not in figs:
            E(f"{where}: text {t} not a figure of {codes}")

STYLES = {"diacritics", "plain", "abbrev", "typo"}
# ---------------- questions
qs = [json.loads(l) for l in open(OUT + "questions.jsonl", encoding="utf-8")]
ids = set()
for q in qs:
    w = q.get("id")
    if w in ids:
        E(f"dup id {w}")
    ids.add(w)
    if q["style"] not in STYLES:
        E(f"{w} style")
    k = q["kind"]
    if k == "course":
        if not q["expect"]:
            E(f"{w} empty expect")
        for c in q["expect"]:
            if c not in courses:
                E(f"{w} unknown course {c}")
    elif k == "target":
        if not q["expect"] or not q["expect_text"]:
            E(f"{w} target w/o expect")
        check_target_texts(q["expect"], q["expect_text"], w)
    elif k == "fact":
        if q["expect"] or not q["expect_text"]:
            E(f"{w} fact expect")
        for t in q["expect_text"]:
            if not in_seed(t):
                E(f"{w} fact text not in seeds: {t}")
    elif k == "off_topic":
        if q["expect"] or q["expect_text"]:
            E(f"{w} off_topic expect")
    else:
        E(f"{w} kind {k}")
print("questions:", len(qs), dict(collections.Counter(q["kind"] for q in qs)), dict(collections.Counter(q["style"] for q in qs)))
print("  styles by kind:", {k: dict(collections.Counter(q["style"] for q in qs if q["kind"] == k)) for k in ("course", "target", "fact", "off_topic")})

# ---------------- dialogues
def dmy(x):
    return f"{x.day:02d}/{x.month:02d}/{x.year}"
ds = [json.loads(l) for l in open(OUT + "dialogues.jsonl", encoding="utf-8")]
nturn = 0
for dg in ds:
    w = dg["id"]
    if dg["style"] not in STYLES:
        E(f"{w} style")
    if not 3 <= len(dg["turns"]) <= 6:
        E(f"{w} turns {len(dg['turns'])}")
    for j, t in enumerate(dg["turns"], 1):
        nturn += 1
        e = t["expect"]; k = e["kind"]; wj = f"{w}#{j}"
        for c in e["codes"]:
            if k in ("course_list", "course", "register") and c not in courses:
                E(f"{wj} unknown course {c}")
        if k == "course_list":
            if not 1 <= len(e["codes"]) <= 5:
                E(f"{wj} list size {len(e['codes'])}")
        elif k == "course":
            if not e["codes"]:
                E(f"{wj} no codes")
            c = courses.get(e["codes"][0])
            for tx in e["text"]:
                ok = c and (tx in (dmy(c["_start"]), dmy(c["_dl"]) if c["_dl"] else "") or tx in c["Địa điểm"]
                            or tx in c["Số chỗ"])
                if not ok:
                    E(f"{wj} text {tx} not in class {e['codes'][0]}")
        elif k == "register":
            c = courses.get(e["codes"][0])
            if c:
                if c["_status"] != "Mở đăng ký" or c["_planned"]:
                    E(f"{wj} register on non-open class")
                lim = c["_dl"] or c["_start"]
                if lim <= NOW:
                    E(f"{wj} register after deadline {e['codes'][0]}")
        elif k == "target":
            check_target_texts(e["codes"], e["text"], wj)
        elif k == "fact":
            for tx in e["text"]:
                if not in_seed(tx):
                    E(f"{wj} fact text not in seeds {tx}")
        elif k == "off_topic":
            if e["codes"] or e["text"]:
                E(f"{wj} off_topic with codes")
        else:
            E(f"{wj} kind {k}")
kinds = collections.Counter(t["expect"]["kind"] for dg in ds for t in dg["turns"])
print("dialogues:", len(ds), "turns:", nturn, dict(kinds), dict(collections.Counter(d["style"] for d in ds)))
print("ERRORS:", len(err))
for m in err:
    print("  ", m)
