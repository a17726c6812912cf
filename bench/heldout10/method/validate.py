#!/usr/bin/env python3
"""Set b10 - re-derives every expectation from courses.csv / targets.csv and checks consistency.

The same engine is used by method/build.py to fill the expectations, so an expectation is never
typed by hand: the builder stores a machine-readable filter per question / turn (method/spec_*.py),
and this script re-applies the filters to the CSV files and compares with the jsonl files.

Run:  python3 validate.py            (prints a report, exit code 1 on errors)
"""
import csv, json, os, re, sys, unicodedata, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.datetime(2026, 11, 23, 9, 0)

# ---------------------------------------------------------------- folding
def fold(s):
    s = (s or "").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"\s+", " ", s.lower()).strip()

# ---------------------------------------------------------------- catalogues
TOPICS = {  # key: (label, folded keywords searched in topic cell, then title)
    "NV": ("Nghiệp vụ công tác công đoàn", ["nghiep vu"]),
    "TLTT": ("Đối thoại, thương lượng tập thể", ["thuong luong", "doi thoai", "tltt"]),
    "ATVSLD": ("An toàn, vệ sinh lao động", ["an toan", "atvsld", "ve sinh lao dong"]),
    "PL": ("Pháp luật lao động, tư vấn pháp luật", ["phap luat"]),
    "TCLD": ("Giải quyết tranh chấp lao động", ["tranh chap", "dinh cong"]),
    "NC": ("Công tác nữ công, bình đẳng giới", ["nu cong", "binh dang gioi"]),
    "TC": ("Tài chính công đoàn", ["tai chinh", "ke toan"]),
    "KT": ("Công tác kiểm tra công đoàn", ["kiem tra", "ubkt"]),
    "TT": ("Tuyên truyền, tuyên giáo", ["tuyen truyen", "tuyen giao"]),
    "PTDV": ("Phát triển đoàn viên, thành lập CĐCS", ["phat trien doan vien", "ptdv", "thanh lap"]),
    "CDS": ("Tin học, chuyển đổi số", ["chuyen doi so", "tin hoc", "cds"]),
    "GV": ("Kỹ năng giảng dạy cho giảng viên", ["giang vien", "giang day", "su pham"]),
    "VT": ("Văn thư, lưu trữ", ["van thu", "luu tru"]),
    "LLCT": ("Quản lý nhà nước, lý luận chính trị", ["ly luan chinh tri", "quan ly nha nuoc", "llct", "qlnn"]),
}
# order matters: more specific first (checked on the topic cell first; title only if the cell is empty
# or matched nothing)
TOPIC_ORDER = ["TCLD", "TLTT", "ATVSLD", "NC", "TC", "KT", "PTDV", "CDS", "GV", "VT", "LLCT", "PL", "TT", "NV"]

AUD_LABEL = {
    "CT": "Chủ tịch CĐCS", "PCT": "Phó chủ tịch CĐCS", "BCH": "Ủy viên BCH công đoàn",
    "CTR": "Cán bộ công đoàn chuyên trách", "KCT": "Cán bộ công đoàn không chuyên trách",
    "GVKC": "Giảng viên kiêm chức", "CTCS": "Cán bộ công đoàn cấp trên cơ sở",
    "UBKT": "Ủy viên ủy ban kiểm tra", "DV": "Đoàn viên, người lao động",
    "KTOAN": "(ngoài danh mục) kế toán / thủ quỹ", "TBNC": "(ngoài danh mục) trưởng ban nữ công",
}

def split_aud(raw):
    parts = re.split(r"[;,+/]| và ", raw or "")
    return [p.strip() for p in parts if p.strip()]

def audiences(raw):
    out = set()
    f_all = fold(raw)
    for p in split_aud(raw):
        f = fold(p)
        if re.search(r"pho chu tich|\bpct\b|p\.\s?chu tich|p\.ct", f):
            out.add("PCT")
            # «CT, PCT» written as one part «CT và PCT» was split already
        elif re.search(r"chu tich|\bct\b", f):
            out.add("CT")
        if re.search(r"ban chap hanh|\bbch\b", f): out.add("BCH")
        if re.search(r"khong chuyen trach|kiem nhiem", f): out.add("KCT")
        elif re.search(r"chuyen trach", f): out.add("CTR")
        if re.search(r"giang vien", f): out.add("GVKC")
        if re.search(r"cap tren", f): out.add("CTCS")
        if re.search(r"uy ban kiem tra|ubkt", f): out.add("UBKT")
        if re.search(r"doan vien|nguoi lao dong|\bnld\b|cnld|cong nhan", f): out.add("DV")
        if re.search(r"ke toan|thu quy", f): out.add("KTOAN")
        if re.search(r"nu cong", f): out.add("TBNC")
    return out

def title_audiences(title):
    """a title that names its audience adds it («... cho Chủ tịch CĐCS», «... cho BCH ...», «Ban nữ công»)"""
    f = fold(title); out = set()
    if re.search(r"chu tich", f) and not re.search(r"pho chu tich", f): out.add("CT")
    if re.search(r"\bbch\b|ban chap hanh", f): out.add("BCH")
    if "ban nu cong" in f: out.add("TBNC")
    if "giang vien kiem chuc" in f: out.add("GVKC")
    if "ubkt" in f: out.add("UBKT")
    if "ke toan" in f: out.add("KTOAN")
    return out

def topic_of(topic_cell, title):
    for src in (topic_cell, title):
        f = fold(src)
        if not f:
            continue
        for k in TOPIC_ORDER:
            if any(w in f for w in TOPICS[k][1]):
                return k
    return None

def fmt_of(cell):
    f = fold(cell)
    if not f or f.startswith("tap trung"):
        return "offline"
    if f.startswith("truc tuyen"):
        return "online"
    if f.startswith("ket hop"):
        return "hybrid"
    raise ValueError("format " + cell)

STATUS = {"du kien": "planned", "mo dang ky": "open", "da huy": "cancelled", "da ket thuc": "finished", "": "open"}

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

def parse_dt(s, default_time):
    s = s.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", s)
    if m:
        return dt.datetime(int(m[1]), int(m[2]), int(m[3]), *default_time)
    m = re.match(r"^(?:(\d{1,2})h(\d{2}) ngày )?(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2})[:h](\d{2}))?$", s)
    if m:
        h, mi = default_time
        if m[1]:
            h, mi = int(m[1]), int(m[2])
        if m[6]:
            h, mi = int(m[6]), int(m[7])
        return dt.datetime(int(m[5]), int(m[4]), int(m[3]), h, mi)
    raise ValueError("date " + s)

def parse_start(s):
    """returns (start_datetime or None, end_datetime or None, planned_period or None)
    planned_period = (first_day, last_day, label)"""
    raw = s.strip()
    f = fold(raw)
    # planned month(s)
    m = re.match(r"^(?:cuoi |dau )?(?:thang |t)(\d{1,2})(?:-(\d{1,2}))?(?:/| nam )(\d{4})$", f)
    if m:
        y, a = int(m[3]), int(m[1]); b = int(m[2] or a)
        first = dt.date(y, a, 1)
        last = (dt.date(y + (b == 12), b % 12 + 1, 1) - dt.timedelta(days=1))
        return None, None, (first, last, raw)
    m = re.match(r"^(?:quy |q)(iv|iii|ii|i|[1-4])(?:/| nam )(\d{4})$", f)
    if m:
        q = ROMAN.get(m[1]) or int(m[1]); y = int(m[2])
        first = dt.date(y, 3 * q - 2, 1)
        last = (dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1))
        return None, None, (first, last, raw)
    # ranges
    m = re.match(r"^(?:tu )?(\d{1,2})(?:/(\d{1,2}))?\s*(?:-|den)\s*(\d{1,2})/(\d{1,2})/(\d{4})(?: \(\d+ ngay\))?$", f)
    if m:
        d1, m1, d2, m2, y = int(m[1]), int(m[2] or m[4]), int(m[3]), int(m[4]), int(m[5])
        y1 = y - 1 if m1 > m2 else y
        return dt.datetime(y1, m1, d1, 8, 0), dt.datetime(y, m2, d2, 17, 0), None
    return parse_dt(raw, (8, 0)), None, None

def load_courses(path=os.path.join(HERE, "courses.csv")):
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh):
            c = {"code": r["Mã lớp"], "title": r["Tên lớp"], "topic_raw": r["Chủ đề"], "aud_raw": r["Đối tượng"],
                 "org": r["Đơn vị tổ chức"], "province": r["Tỉnh/Thành phố"], "place": r["Địa điểm"],
                 "fmt_raw": r["Hình thức"], "start_raw": r["Ngày bắt đầu"], "days": r["Số ngày"],
                 "seats": r["Số chỗ"], "status_raw": r["Trạng thái"], "deadline_raw": r["Hạn đăng ký"],
                 "end_raw": r["Ngày kết thúc"], "note": r["Ghi chú"]}
            c["start"], c["end"], c["planned"] = parse_start(r["Ngày bắt đầu"])
            if r["Ngày kết thúc"].strip():
                c["end"] = parse_dt(r["Ngày kết thúc"], (17, 0))
            c["deadline"] = parse_dt(r["Hạn đăng ký"], (23, 59)) if r["Hạn đăng ký"].strip() else None
            c["status"] = STATUS[fold(r["Trạng thái"])]
            if c["planned"] and not r["Trạng thái"].strip():
                c["status"] = "planned"
            c["fmt"] = fmt_of(r["Hình thức"])
            c["topic"] = topic_of(r["Chủ đề"], r["Tên lớp"])
            c["aud"] = audiences(r["Đối tượng"]) | title_audiences(r["Tên lớp"])
            m = re.search(r"đợt (\d)", r["Tên lớp"], re.I)
            c["batch"] = int(m[1]) if m else None
            c["sortkey"] = (c["start"] or dt.datetime.combine(c["planned"][0], dt.time(8, 0)), c["code"])
            rows.append(c)
    return rows

def load_targets(path=os.path.join(HERE, "targets.csv")):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [dict(r) for r in csv.DictReader(fh)]

# ---------------------------------------------------------------- semantics
def upcoming(c):
    """open or planned, not cancelled/finished, and not started yet (planned: period not over)"""
    if c["status"] in ("cancelled", "finished"):
        return False
    if c["start"]:
        return c["start"] >= NOW
    return c["planned"][1] >= NOW.date()

def registrable(c):
    return (c["status"] == "open" and c["start"] is not None and c["start"] >= NOW
            and c["deadline"] is not None and c["deadline"] >= NOW)

def in_month(c, ym):
    y, m = map(int, ym.split("-"))
    if c["start"]:
        return (c["start"].year, c["start"].month) == (y, m)
    a, b, _ = c["planned"]
    return a <= dt.date(y, m, 1) <= b and (a.year, a.month) == (b.year, b.month)  # month rows only

def match(c, f):
    """f: dict filter. All keys are ANDed."""
    if not f.get("any_status") and not upcoming(c):
        return False
    if f.get("reg") and not registrable(c):
        return False
    if "prov" in f and c["province"] != f["prov"]:
        return False
    if "topic" in f and c["topic"] not in (f["topic"] if isinstance(f["topic"], list) else [f["topic"]]):
        return False
    if "aud" in f and not (c["aud"] & set(f["aud"] if isinstance(f["aud"], list) else [f["aud"]])):
        return False
    if "month" in f and not in_month(c, f["month"]):
        return False
    if "months" in f and not any(in_month(c, m) for m in f["months"]):
        return False
    if "fmt" in f:
        want = f["fmt"]
        if want == "online" and c["fmt"] not in ("online", "hybrid"):
            return False
        if want == "online_only" and c["fmt"] != "online":
            return False
        if want == "offline" and c["fmt"] != "offline":
            return False
        if want == "hybrid" and c["fmt"] != "hybrid":
            return False
    if "org" in f and fold(f["org"]) not in fold(c["org"]):
        return False
    if "place" in f and fold(f["place"]) not in fold(c["place"]):
        return False
    if "kw" in f and fold(f["kw"]) not in fold(c["title"]):
        return False
    if "batch" in f and c["batch"] != f["batch"]:
        return False
    if "dated" in f and c["start"] is None:
        return False
    if "before" in f and c["sortkey"][0] >= dt.datetime.strptime(f["before"], "%Y-%m-%d"):
        return False
    if "after" in f and c["sortkey"][0] < dt.datetime.strptime(f["after"], "%Y-%m-%d"):
        return False
    if "year" in f and c["sortkey"][0].year != f["year"]:
        return False
    if "codes" in f and c["code"] not in f["codes"]:
        return False
    return True

def select(courses, f):
    return [c for c in sorted(courses, key=lambda c: c["sortkey"]) if match(c, f)]

def ddmmyyyy(d):
    return d.strftime("%d/%m/%Y")

def target_select(targets, f):
    out = []
    for t in targets:
        if "unit" in f and fold(f["unit"]) not in fold(t["Đơn vị"]):
            continue
        if "year" in f and t["Năm"] != str(f["year"]):
            continue
        if "kw" in f and fold(f["kw"]) not in fold(t["Nội dung"] + " " + t["Đối tượng"]):
            continue
        if "codes" in f and t["Mã chỉ tiêu"] not in f["codes"]:
            continue
        out.append(t)
    return out

def target_texts(t):
    out = [t["Chỉ tiêu"]]
    if t["Đã đạt"].strip():
        out.append(t["Đã đạt"])
    return out

# ---------------------------------------------------------------- checks
def main():
    sys.path.insert(0, os.path.join(HERE, "method"))
    import spec_questions, spec_dialogues
    from build import derive_question, run_dialogue
    errors, notes = [], []
    courses = load_courses(); targets = load_targets()
    codes = [c["code"] for c in courses]
    tcodes = [t["Mã chỉ tiêu"] for t in targets]
    if len(set(codes)) != len(codes): errors.append("duplicate course codes")
    if len(set(tcodes)) != len(tcodes): errors.append("duplicate target codes")
    for c in courses:
        if not re.match(r"^[A-Za-z0-9._-]{1,40}$", c["code"]): errors.append("bad code " + c["code"])
        if c["topic"] is None: errors.append("no topic for " + c["code"])
        if not c["aud"]: errors.append("no audience for " + c["code"])
        if c["end"] and c["start"] and c["end"] < c["start"]: errors.append("end<start " + c["code"])
        if c["deadline"] and c["start"] and c["deadline"].date() > c["start"].date(): errors.append("deadline>start " + c["code"])
        if c["deadline"] and c["planned"]: errors.append("deadline on planned " + c["code"])
        if len(c["title"]) > 300: errors.append("title too long " + c["code"])
    provs = sorted({c["province"] for c in courses})
    notes.append(f"courses: {len(courses)} rows, {len(provs)} provinces: {', '.join(provs)}")
    st = {}
    for c in courses: st[c["status"]] = st.get(c["status"], 0) + 1
    notes.append("status: " + ", ".join(f"{k}={v}" for k, v in sorted(st.items())))
    notes.append(f"upcoming: {sum(upcoming(c) for c in courses)}, registrable: {sum(registrable(c) for c in courses)}")
    notes.append(f"targets: {len(targets)} rows, years " + ", ".join(sorted({t['Năm'] for t in targets})))

    # questions
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    specs = {s["id"]: s for s in spec_questions.QUESTIONS}
    kinds, styles = {}, {}
    ids = set()
    for q in qs:
        if q["id"] in ids: errors.append("dup id " + q["id"])
        ids.add(q["id"])
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        styles[q["style"]] = styles.get(q["style"], 0) + 1
        s = specs.get(q["id"])
        if s is None: errors.append("no spec for " + q["id"]); continue
        try:
            exp, txt = derive_question(s, courses, targets)
        except Exception as e:
            errors.append(f"{q['id']}: {e}"); continue
        if sorted(exp) != sorted(q["expect"]) or txt != q["expect_text"]:
            errors.append(f"{q['id']}: expectation differs from re-derivation")
        if q["kind"] in ("course", "target") and not q["expect"]:
            errors.append(f"{q['id']}: empty expect")
        if q["kind"] == "off_topic" and (q["expect"] or q["expect_text"]):
            errors.append(f"{q['id']}: off_topic with expectations")
        for code in q["expect"]:
            if q["kind"] == "course" and code not in codes: errors.append(f"{q['id']}: unknown code {code}")
            if q["kind"] == "target" and code not in tcodes: errors.append(f"{q['id']}: unknown target {code}")
        if q["style"] not in ("diacritics", "plain", "abbrev", "typo"): errors.append(f"{q['id']}: style")
    notes.append(f"questions: {len(qs)}; kinds " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items()))
                 + "; styles " + ", ".join(f"{k}={v}" for k, v in sorted(styles.items())))
    sizes = [len(q["expect"]) for q in qs if q["kind"] == "course"]
    if sizes:
        notes.append(f"course questions: expect size min {min(sizes)}, max {max(sizes)}, mean {sum(sizes)/len(sizes):.1f}")

    # dialogues
    ds = [json.loads(l) for l in open(os.path.join(HERE, "dialogues.jsonl"), encoding="utf-8")]
    dspecs = {d["id"]: d for d in spec_dialogues.DIALOGUES}
    tk = {}
    nturns = 0
    for d in ds:
        if not 4 <= len(d["turns"]) <= 7: errors.append(f"{d['id']}: {len(d['turns'])} turns")
        s = dspecs.get(d["id"])
        if s is None: errors.append("no spec for " + d["id"]); continue
        try:
            turns = run_dialogue(s, courses, targets)
        except Exception as e:
            errors.append(f"{d['id']}: {e}"); continue
        for i, (a, b) in enumerate(zip(turns, d["turns"])):
            nturns += 1
            tk[b["expect"]["kind"]] = tk.get(b["expect"]["kind"], 0) + 1
            if a["expect"] != b["expect"]:
                errors.append(f"{d['id']} turn {i+1}: expectation differs from re-derivation")
            e = b["expect"]
            if e["kind"] == "register":
                c = next(x for x in courses if x["code"] == e["codes"][0])
                if not registrable(c): errors.append(f"{d['id']} turn {i+1}: register on non-registrable {c['code']}")
            if e["kind"] == "course":
                c = next(x for x in courses if x["code"] == e["codes"][0])
                if not c["start"] or e["text"][0] != ddmmyyyy(c["start"]):
                    errors.append(f"{d['id']} turn {i+1}: course text must start with the start date")
                for w in e["text"][1:]:
                    row_text = " ".join([c["place"], c["days"], c["deadline_raw"], c["end_raw"], c["start_raw"],
                                         c["fmt_raw"], c["note"], c["org"], c["seats"],
                                         ddmmyyyy(c["deadline"]) if c["deadline"] else "",
                                         ddmmyyyy(c["end"]) if c["end"] else "",
                                         (re.sub(r"^0", "", re.match(r"\d+", c["days"])[0]) + " ngày") if c["days"] else ""])
                    if w not in row_text: errors.append(f"{d['id']} turn {i+1}: '{w}' not in the row of {c['code']}")
            if e["kind"] == "course_list" and not e["codes"]:
                errors.append(f"{d['id']} turn {i+1}: empty list")
            if e["kind"] == "course_list" and len(e["codes"]) > 6:
                errors.append(f"{d['id']} turn {i+1}: list longer than 6")
            if e["kind"] in ("course_list", "course", "register"):
                for code in e["codes"]:
                    if code not in codes: errors.append(f"{d['id']} turn {i+1}: unknown {code}")
    notes.append(f"dialogues: {len(ds)}, turns {nturns}; turn kinds " + ", ".join(f"{k}={v}" for k, v in sorted(tk.items())))

    print("b10 validate report (today = 23/11/2026 09:00 Asia/Ho_Chi_Minh)")
    for n in notes: print("- " + n)
    print(f"errors: {len(errors)}")
    for e in errors: print("  ERROR " + e)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
