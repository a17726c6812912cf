#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent validator for blind set 37.
Parses courses.csv / targets.csv as an office export (title block, two-row header, column numbers, sections,
batch rows, total row, signature footer), derives each class's attributes from the cells alone, and re-checks
every question and dialogue expectation. Exit 0 when everything passes."""
import csv, json, os, re, sys, unicodedata, datetime as dt
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "method"))
from data import PLACES, FORMER  # geography metadata only (ward -> former province)

NOW = dt.datetime(2026, 11, 23, 9, 0)
TODAY = NOW.date()
errors = []
def err(m):
    errors.append(m)

def fold(s):
    s = (s or "").replace("\u00a0", " ").replace("\n", " ").replace("đ", "d").replace("Đ", "D")
    s = "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")
    return re.sub(r"\s+", " ", s.lower()).strip()
def clean(s):
    s = (s or "").replace("\u00a0", " ").replace("\r", "").replace("\n", " ")
    s = re.sub(r"\s*(\(\*+\)|\*+)\s*$", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()

def read(path):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"): err(f"{path}: no UTF-8 BOM")
    txt = raw.decode("utf-8-sig")
    return list(csv.reader(txt.splitlines(True) and __import__("io").StringIO(txt, newline=""), delimiter=";"))

def find_header(rows, must):
    for i, r in enumerate(rows[:30]):
        f = [fold(x) for x in r]
        if all(m in f for m in must): return i
    raise SystemExit(f"header not found {must}")

def merge_header(rows, i):
    h1, h2 = rows[i], rows[i + 1]
    names = []; top = ""
    for j, x in enumerate(h1):
        if x.strip(): top = x.strip()
        sub = h2[j].strip() if j < len(h2) else ""
        names.append(sub if sub else x.strip())
    start = i + 2
    if all(re.fullmatch(r"\(\d+\)", c.strip()) for c in rows[start] if c.strip()): start += 1
    return names, start

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
def serial_date(n): return dt.date(1899, 12, 30) + dt.timedelta(days=int(n))
def pdate(s):
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None

def parse_when(cell, role):
    """returns (datetime|None, period|None)"""
    s = clean(cell)
    if not s: return None, None
    f = fold(s)
    m = re.fullmatch(r"(?:thang|t) ?(\d{1,2})(?:/| nam )(\d{4})", f)
    if m: return None, ("month", int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(?:quy |q)(iv|iii|ii|i|\d)/(\d{4})", f)
    if m:
        q = m.group(1); q = ROMAN[q.upper()] if not q.isdigit() else int(q)
        return None, ("quarter", int(m.group(2)), q)
    if re.fullmatch(r"\d{5}", s): d = serial_date(s); return dt.datetime(d.year, d.month, d.day, *({"start": (8, 0), "end": (17, 0), "dl": (23, 59)}[role])), None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}) 00:00:00", s)
    if m:
        d = dt.date(*map(int, m.groups())); return dt.datetime(d.year, d.month, d.day, *({"start": (8, 0), "end": (17, 0), "dl": (23, 59)}[role])), None
    d = pdate(s)
    if not d: raise ValueError(f"bad date {cell!r}")
    hm = None
    m = re.search(r"(\d{1,2})h(\d{2})? ngay", f)
    if m: hm = (int(m.group(1)), int(m.group(2) or 0))
    m = re.search(r"\d{4} (\d{1,2}):(\d{2})$", s)
    if m: hm = (int(m.group(1)), int(m.group(2)))
    if hm is None:
        if f.startswith("sang"): hm = (8, 0) if role == "start" else (11, 30)
        elif f.startswith("chieu"): hm = (13, 30) if role == "start" else (17, 0)
        elif f.startswith("toi"): hm = (18, 30) if role == "start" else (21, 0)
        else: hm = {"start": (8, 0), "end": (17, 0), "dl": (23, 59)}[role]
    return dt.datetime(d.year, d.month, d.day, *hm), None

def topic_of(cell):
    f = fold(cell)
    for kw, t in [("phap luat", "PHAPLUAT"), ("kiem tra", "KIEMTRA"), ("nu cong", "NUCONG"), ("tai chinh", "TAICHINH"), ("an toan", "ATVSLD"),
                  ("atvsld", "ATVSLD"), ("thuong luong", "THUONGLUONG"), ("tranh chap", "TRANHCHAP"), ("phat trien doan vien", "PTDV"),
                  ("chuyen doi so", "CDS"), ("giang", "GIANGVIEN"), ("tuyen", "TUYENGIAO"), ("nghiep vu", "NGHIEPVU")]:
        if kw in f: return t
    err(f"unknown topic cell {cell!r}")

def aud_of(cell):
    f = fold(cell); k = set()
    if "pho chu tich" in f: k.add("PCT")
    if "chu tich" in f.replace("pho chu tich", ""): k.add("CT")
    if "ubkt" in f or "uy ban kiem tra" in f: k.add("UBKT")
    if "bch" in f or "ban chap hanh" in f: k.add("BCH")
    if "ke toan" in f: k.add("KT")
    if "nu cong" in f: k.add("NC")
    if "chuyen trach" in f: k.add("CTR")
    if "nguoi lao dong" in f or "cong nhan" in f: k.add("NLD")
    if "giang vien" in f: k.add("GV")
    if "to truong" in f: k.add("TO")
    if not k: err(f"unknown audience {cell!r}")
    return k

PROVCANON = {"tp. ho chi minh": "Hồ Chí Minh", "tp hcm": "Hồ Chí Minh", "ho chi minh": "Hồ Chí Minh", "tp can tho": "Cần Thơ"}
GEO = {(w, c): (d, f) for w, d, f, c in PLACES}

# ------------------------------------------------------------------ courses
rows = read(os.path.join(HERE, "courses.csv"))
hi = find_header(rows, ["ma lop", "ten lop hoc", "thoi gian"])
names, start = merge_header(rows, hi)
col = {fold(n): j for j, n in enumerate(names) if n}
need = ["tt", "ma lop", "ten lop hoc", "linh vuc", "thanh phan", "don vi thuc hien", "tinh/thanh pho", "dia diem to chuc", "hinh thuc", "bat dau", "ket thuc", "han dang ky", "sl", "trang thai", "ghi chu"]
for n in need:
    if n not in col: err(f"courses: missing column {n}")
classes = []; batch = None; section = None; skipped = Counter()
for ln, r in enumerate(rows[start:], start=start + 1):
    r = r + [""] * (len(names) - len(r))
    g = lambda n: r[col[n]]
    tt, title = g("tt").strip(), clean(g("ten lop hoc"))
    if fold(r[0]).startswith("noi nhan") or any(fold(x).startswith("noi nhan") for x in r): break
    if tt in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X") or re.fullmatch(r"[IVXL]+", tt):
        section = title; batch = None; skipped["section"] += 1; continue
    m = re.fullmatch(r"Đợt (\d|I{1,3}|IV):?", title)
    if m and not g("ma lop"):
        b = m.group(1); batch = int(b) if b.isdigit() else ROMAN[b]; skipped["batch"] += 1; continue
    if fold(title).startswith("tong cong"): skipped["total"] += 1; continue
    if not title and not g("bat dau"): skipped["blank"] += 1; continue
    code = g("ma lop").strip()
    if not re.fullmatch(r"[A-Za-z0-9\-_.]{1,40}", code): err(f"line {ln}: bad code {code!r}")
    try:
        s, period = parse_when(g("bat dau"), "start")
        e, _ = parse_when(g("ket thuc"), "end")
        dl, _ = parse_when(g("han dang ky"), "dl")
    except ValueError as ex:
        err(f"line {ln}: {ex}"); continue
    st = fold(clean(g("trang thai")))
    note = clean(g("ghi chu"))
    newdate = None
    if st in ("da hoan", "tam hoan", "hoan"):
        m = re.search(r"(?:sang|đến|lịch mới:?)\s*(\d{1,2}/\d{1,2}/\d{4})", note, re.I)
        newdate = pdate(m.group(1)) if m else None
        state = "post_new" if newdate else "post_none"
    elif st == "da huy": state = "cancelled"
    elif st == "da ket thuc": state = "finished"
    elif st == "du kien": state = "tentative"
    elif st in ("mo dang ky", ""):
        if period: err(f"line {ln}: period without Dự kiến")
        endt = e or s.replace(hour=17, minute=0)
        if s <= NOW < endt: state = "underway"
        elif endt <= NOW: err(f"line {ln}: open but already over"); state = "finished"
        elif dl and dl.date() == TODAY: state = "dltoday"
        elif dl and dl < NOW: state = "pastdl"
        else: state = "open"
    else:
        err(f"line {ln}: status {st!r} not in list"); continue
    if period is None and s is None: err(f"line {ln}: no start")
    if s and e and e < s: err(f"line {ln}: end before start")
    if s and dl and dl.date() > s.date(): err(f"line {ln}: deadline after start")
    if s and not (dt.date(2026, 11, 1) <= s.date() <= dt.date(2027, 6, 30)): err(f"line {ln} {code}: start {s} outside Nov 2026-Jun 2027")
    if period and not ((period[1], period[2]) >= (2026, 11) if period[0] == "month" else True): err(f"line {ln}: period")
    sl = clean(g("sl")); 
    if not re.fullmatch(r"(khoảng )?\d+( người| học viên)?|\d+-\d+", sl): err(f"line {ln}: SL {sl!r}")
    mode_cell = fold(g("hinh thuc"))
    mode = "online" if mode_cell == "truc tuyen" else "blended" if ("+" in mode_cell or "ket hop" in mode_cell) else "tt"
    if mode_cell not in ("truc tuyen", "truc tiep + truc tuyen", "ket hop (truc tiep va truc tuyen)", "tap trung (truc tiep)", "tap trung", ""): err(f"line {ln}: mode {mode_cell}")
    prov_cell = clean(g("tinh/thanh pho")); prov = PROVCANON.get(fold(prov_cell), prov_cell)
    venue = clean(g("dia diem to chuc"))
    ward = olddist = oldprov = kcn = vtype = None
    if mode != "online":
        m = re.search(r"((?:phường|xã|đặc khu) [^,(]+?) \(([^)]+) cũ\)", venue)
        if not m: err(f"line {ln}: venue without ward {venue!r}")
        else:
            ward, olddist = m.group(1), m.group(2)
            if (ward, prov) not in GEO: err(f"line {ln}: ward {ward} not in {prov}")
            else:
                if GEO[(ward, prov)][0] != olddist: err(f"line {ln}: former district mismatch {olddist}")
                oldprov = GEO[(ward, prov)][1]
        m = re.search(r"KCN ([^,]+?),", venue)
        if m: kcn = m.group(1)
        fv = fold(venue)
        if fv.startswith(("tren tau", "tren ghe")): vtype = "tau"
        elif "cang ca" in fv: vtype = "cangca"
        elif re.search(r"\bchua\b", fv): vtype = "chua"
        elif fv.startswith("nha van hoa") and "kcn" not in fv: vtype = "nvh"
        elif "cao su" in fv and ("lo cao su" in fv or "nong truong" in fv): vtype = "caosu"
    elif not re.search(r"(trực tuyến|zoom|meet)", venue, re.I): err(f"line {ln}: online venue {venue!r}")
    classes.append(dict(code=code, line=ln, title=title, topic=topic_of(g("linh vuc")), audk=aud_of(g("thanh phan")), org=clean(g("don vi thuc hien")),
                        section=section, prov=prov, venue=venue, ward=ward, olddist=olddist, oldprov=oldprov, kcn=kcn, vtype=vtype, mode=mode,
                        start=s, end=e, deadline=dl, period=period, state=state, newdate=newdate, batch=batch, note=note,
                        evening=bool(s and s.hour >= 17), weekend=bool(s and s.weekday() >= 5)))
BY = {c["code"]: c for c in classes}
if len(BY) != len(classes): err("duplicate class codes")
print(f"courses: {len(classes)} classes; skipped rows {dict(skipped)}")
if len(classes) < 300: err("fewer than 300 classes")
provs = Counter(c["prov"] for c in classes); sections = Counter(c["section"] for c in classes)
if len(provs) < 8: err("fewer than 8 provinces")
if len(sections) < 15: err("fewer than 15 organisers")
states = Counter(c["state"] for c in classes)
print("states", dict(states), "| provinces", len(provs), "| organisers", len(sections))
for k in ("finished", "underway", "cancelled", "post_new", "post_none", "tentative", "pastdl", "dltoday"):
    if not states[k]: err(f"no class in state {k}")
feat = Counter()
for c in classes:
    feat["evening"] += c["evening"]; feat["weekend"] += c["weekend"]; feat[c["mode"]] += 1; feat[c["vtype"]] += 1; feat["batch"] += bool(c["batch"])
print("features", {k: v for k, v in feat.items() if k})
for k in ("evening", "weekend", "online", "blended", "chua", "nvh", "tau", "cangca", "caosu", "batch"):
    if not feat[k]: err(f"no {k} class")

# org short ids used by the generator's query specs: map by section name (capitals) -> org id via data.ORGS
from data import ORGS
ORGID = {o["name"].upper(): o["id"] for o in ORGS}
for c in classes: c["orgid"] = ORGID.get(c["section"])

def month_match(c, v):
    if c["start"] and c["start"].strftime("%Y-%m") == v: return True
    if c["newdate"] and c["newdate"].strftime("%Y-%m") == v: return True
    if c["period"]:
        k, y, n = c["period"]; yy, mm = map(int, v.split("-"))
        if k == "month": return (y, n) == (yy, mm)
        if y == yy and (mm - 1) // 3 + 1 == n: return None
    return False
PROVNAMES = set(FORMER) | {f for v in FORMER.values() for f in v}
def m1(c, k, v):
    if k == "topic": return c["topic"] == v
    if k == "aud": return v in c["audk"]
    if k == "prov": return c["prov"] == v
    if k == "org": return c["orgid"] == v
    if k == "oldprov":
        if c["oldprov"] == v: return True
        cur = [p for p, fs in FORMER.items() if v in fs or v == p][0]
        return None if (c["oldprov"] is None and c["prov"] == cur) else False
    if k == "ward":
        if c["ward"] == v: return True
        base = v.split(" ", 1)[1]
        return None if base in PROVNAMES and (c["oldprov"] == base or c["prov"] == base or c["oldprov"] is None) else False
    if k == "olddist": return c["olddist"] == v
    if k == "kcn": return c["kcn"] == v
    if k == "batch": return c["batch"] == v
    if k == "mode": return True if c["mode"] == v else (None if v == "online" and c["mode"] == "blended" else False)
    if k in ("evening", "weekend"): return True if c[k] else (None if c["period"] else False)
    if k == "vtype": return c["vtype"] == v
    if k == "month": return month_match(c, v)
    raise KeyError(k)
def matches(q):
    out = []
    for c in classes:
        r = [m1(c, k, v) for k, v in q.items()]
        if all(x is not False for x in r): out.append((c, all(x is True for x in r)))
    return out
UPC = ("open", "pastdl", "dltoday")
def upcoming_list(q):
    out = []
    for c, sure in matches(q):
        if not sure: return None
        if c["state"] in ("tentative", "post_new", "post_none", "underway"): return None
        if c["state"] in UPC: out.append(c)
    out.sort(key=lambda c: c["start"])
    return out
def fmt(d): return d.strftime("%d/%m/%Y")
RN = ["I", "II", "III", "IV"]
def facts_of(c):
    f = set()
    for k in ("start", "end", "deadline"):
        if c[k]: f.add(fmt(c[k]))
    if c["newdate"]: f.add(fmt(c["newdate"]))
    if c["ward"]: f.add(c["ward"])
    if c["mode"] == "online": f.add("trực tuyến")
    if c["period"]:
        k, y, v = c["period"]; f.add(f"tháng {v}/{y}" if k == "month" else f"quý {RN[v-1]}/{y}")
    f.add({"cancelled": "hủy", "post_new": "hoãn", "post_none": "hoãn", "finished": "kết thúc"}.get(c["state"], "-"))
    return f
STATE_TEXT = {"cancelled": "hủy", "post_new": "hoãn", "post_none": "hoãn", "finished": "kết thúc"}
def check_texts(where, c, texts):
    fs = facts_of(c)
    for t in texts:
        if t not in fs: err(f"{where}: text {t!r} not a fact of {c['code']} ({sorted(fs)})")
    if c["state"] in STATE_TEXT and texts and STATE_TEXT[c["state"]] not in texts and c["state"] != "finished":
        err(f"{where}: state word missing for {c['code']}")

# ------------------------------------------------------------------ targets
trows = read(os.path.join(HERE, "targets.csv"))
thi = find_header(trows, ["ma chi tieu", "don vi", "nam", "noi dung", "chi tieu", "don vi tinh"])
tnames, tstart = merge_header(trows, thi)
tcol = {fold(n): j for j, n in enumerate(tnames) if n}
for n in ("ma chi tieu", "don vi", "nam", "noi dung", "chi tieu", "don vi tinh", "da dat", "tinh den ngay"):
    if n not in tcol: err(f"targets: missing column {n}")
def vnum(s):
    s = s.strip()
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*", s): err(f"targets: number {s!r}")
    return int(s.replace(".", ""))
TG = {}
for ln, r in enumerate(trows[tstart:], start=tstart + 1):
    r = r + [""] * (len(tnames) - len(r))
    if any(fold(x).startswith("noi nhan") for x in r): break
    code = r[tcol["ma chi tieu"]].strip()
    if not code: continue
    t = dict(code=code, org=clean(r[tcol["don vi"]]), year=int(r[tcol["nam"]]), target=vnum(r[tcol["chi tieu"]]), done=vnum(r[tcol["da dat"]]),
             unit=r[tcol["don vi tinh"]].strip(), asof=r[tcol["tinh den ngay"]].strip(), raw=(r[tcol["chi tieu"]].strip(), r[tcol["da dat"]].strip()))
    if code in TG: err(f"targets: duplicate {code}")
    exp_asof = {2025: "31/12/2025", 2026: "15/11/2026"}.get(t["year"])
    if t["asof"] != exp_asof: err(f"targets: {code} as-of {t['asof']}")
    TG[code] = t
orgs_t = {t["org"] for t in TG.values()}
for o in ORGS:
    for y in (2025, 2026):
        if not any(t["org"] == o["name"] and t["year"] == y and t["unit"] == "học viên" for t in TG.values()): err(f"targets: {o['name']} {y} học viên missing")
        if o["kind"] == "tinh" and not any(t["org"] == o["name"] and t["year"] == y and t["unit"] == "lớp" for t in TG.values()): err(f"targets: {o['name']} {y} lớp missing")
print(f"targets: {len(TG)} rows, {len(orgs_t)} units")

# ------------------------------------------------------------------ questions
meta = json.load(open(os.path.join(HERE, "method", "meta.json")))
seeds = " ".join(open(os.path.join(HERE, "..", "given", "seeds", f), encoding="utf-8").read() for f in sorted(os.listdir(os.path.join(HERE, "..", "given", "seeds"))))
seeds = re.sub(r"\s+", " ", seeds)
Q = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
asked = set()
STY = {"diacritics", "plain", "abbrev", "typo", "voice", "southern"}
ids = set()
for q in Q:
    qid = q["id"]
    if qid in ids: err(f"dup id {qid}")
    ids.add(qid)
    if set(q) != {"id", "q", "style", "kind", "expect", "expect_text", "profile"}: err(f"{qid}: keys")
    if q["style"] not in STY: err(f"{qid}: style")
    p = q["profile"]
    if p is not None and set(p) != {"province", "role", "union"}: err(f"{qid}: profile keys")
    k = q["kind"]; mt = meta["questions"][qid]
    if k == "course":
        spec = mt["q"]; m = matches(spec)
        codes = [c["code"] for c, _ in m]
        if not q["expect"]: err(f"{qid}: empty expect")
        for e in q["expect"]:
            if e not in BY: err(f"{qid}: unknown code {e}")
        if mt["mode"] == "unique":
            if codes != q["expect"]: err(f"{qid}: spec {spec} matches {codes}, expect {q['expect']}")
        elif mt["mode"] == "multi":
            if sorted(codes) != sorted(q["expect"]): err(f"{qid}: multi {codes} vs {q['expect']}")
        elif mt["mode"] == "next":
            tgt = BY[q["expect"][0]]
            for c, sure in m:
                if c is tgt: continue
                if not sure or c["state"] not in UPC or c["start"] <= tgt["start"]: err(f"{qid}: next not nearest ({c['code']})")
            if tgt["state"] not in UPC: err(f"{qid}: next target not upcoming")
        if p is not None and "prov" in spec and p["province"] != spec["prov"]: err(f"{qid}: profile province mismatch")
        if p is not None and p["province"] != BY[q["expect"][0]]["prov"]: err(f"{qid}: profile province differs from class province")
        for e in q["expect"]: asked.add(e)
        if q["expect"]: check_texts(qid, BY[q["expect"][0]], q["expect_text"])
    elif k == "target":
        if len(q["expect"]) != 1 or q["expect"][0] not in TG: err(f"{qid}: target code"); continue
        t = TG[q["expect"][0]]
        if q["expect_text"] != list(t["raw"]): err(f"{qid}: target text {q['expect_text']} vs {t['raw']}")
        if p is not None:
            tp = [c["prov"] for c in classes if c["section"] == t["org"].upper()]
            if tp and p["province"] != tp[0]: err(f"{qid}: profile province of target")
    elif k == "fact":
        if q["expect"]: err(f"{qid}: fact with codes")
        if not q["expect_text"]: err(f"{qid}: fact without text")
        for t in q["expect_text"]:
            if t not in seeds: err(f"{qid}: fact text {t!r} not in seeds")
    elif k == "off_topic":
        if q["expect"] or q["expect_text"]: err(f"{qid}: off_topic with expectations")
    else:
        err(f"{qid}: kind {k}")
kinds = Counter(q["kind"] for q in Q); styles = Counter(q["style"] for q in Q)
print("questions", len(Q), dict(kinds), dict(styles), "profiles", sum(1 for q in Q if q["profile"]))
if len(Q) < 320: err("fewer than 320 questions")
if kinds["off_topic"] < 30: err("fewer than 30 off_topic")
if not 0.6 <= kinds["course"] / len(Q) <= 0.7: err("course share not ~65%")
if max(styles.values()) - min(styles.values()) > 6: err("styles unbalanced")

# ------------------------------------------------------------------ dialogues
D = [json.loads(l) for l in open(os.path.join(HERE, "dialogues.jsonl"), encoding="utf-8")]
nt = 0
for d in D:
    did = d["id"]; dm = meta["dialogues"][did]
    if d["style"] not in STY: err(f"{did}: style")
    lists = list(dm.get("lists", [])); shown = []
    for i, t in enumerate(d["turns"]):
        nt += 1
        e = t["expect"]; w = f"{did} t{i+1}"
        if e["kind"] == "course_list":
            spec = lists.pop(0)
            L = upcoming_list(spec)
            if L is None or [c["code"] for c in L] != e["codes"]: err(f"{w}: list {spec} -> {L and [c['code'] for c in L]} vs {e['codes']}")
            if not 1 <= len(e["codes"]) <= 6: err(f"{w}: list size")
            shown.append(e["codes"]); asked.update(e["codes"])
        elif e["kind"] in ("course", "register"):
            if len(e["codes"]) != 1 or e["codes"][0] not in BY: err(f"{w}: code"); continue
            c = BY[e["codes"][0]]; asked.add(c["code"])
            if shown and not any(c["code"] in s for s in shown): err(f"{w}: {c['code']} not in an earlier list")
            if not shown:
                m = matches(dm["unique"])
                if [x["code"] for x, _ in m] != [c["code"]]: err(f"{w}: unique spec mismatch")
            check_texts(w, c, e["text"])
            if e["kind"] == "register" and c["state"] not in ("open", "dltoday"): err(f"{w}: register on non-registerable class")
            ql = fold(t["q"])
            for s in shown[-1:]:
                if "lop cuoi" in ql or "lop chot" in ql:
                    if c["code"] != s[-1] and c["code"] != shown[-1][-1]: err(f"{w}: 'last' mismatch")
        elif e["kind"] == "target":
            tt = TG.get(e["codes"][0])
            if not tt or e["text"] != list(tt["raw"]): err(f"{w}: target")
        elif e["kind"] == "fact":
            for x in e["text"]:
                if x not in seeds: err(f"{w}: fact text")
        elif e["kind"] == "off_topic":
            if e["codes"] or e["text"]: err(f"{w}: off_topic")
        else:
            err(f"{w}: kind {e['kind']}")
    if lists: err(f"{did}: unused list specs")
print("dialogues", len(D), "turns", nt, dict(Counter(d["style"] for d in D)))
if len(D) < 60 or nt < 250: err("too few dialogues/turns")
miss = [c["code"] for c in classes if (c["state"] not in ("open",) or c["evening"] or c["vtype"] in ("chua", "tau", "cangca", "caosu")) and c["code"] not in asked]
if miss: err(f"special classes never asked: {miss}")

if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors[:60]: print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
