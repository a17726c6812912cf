#!/usr/bin/env python3
"""Blind test set 34 — independent validator (standard library only).

Re-reads courses.csv and targets.csv as an office export (title block, column-number row, section and
«Đợt» rows, total row, signature footer), parses every date habit used, then recomputes every expectation
of questions.jsonl and dialogues.jsonl from the hand-written specs in method/ and compares.
Prints the errors and finally «N errors»."""
import csv, json, os, re, sys, unicodedata, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.datetime(2026, 11, 23, 9, 0)
ERR = []

def err(msg):
    ERR.append(msg)

def fold(s):
    s = (s or "").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return re.sub(r"\s+", " ", s.lower()).strip()

# ------------------------------------------------------------------ provinces
PROVINCES = {  # current province -> spellings (folded) accepted in the Tỉnh/Thành phố column
    "TP.HCM": ["tp.hcm", "tp hcm", "ho chi minh", "tp ho chi minh", "thanh pho ho chi minh"],
    "Đồng Nai": ["dong nai"], "Tây Ninh": ["tay ninh"], "Bắc Ninh": ["bac ninh"],
    "Hải Phòng": ["hai phong", "tp hai phong"], "Hưng Yên": ["hung yen"], "Hà Nội": ["ha noi", "tp ha noi"],
    "Quảng Ninh": ["quang ninh"],
}
FORMER = {  # former province -> (current province, words that place a class there)
    "Bình Dương": ("TP.HCM", ["binh duong"]),
    "Bà Rịa - Vũng Tàu": ("TP.HCM", ["ba ria", "vung tau"]),
    "Bình Phước": ("Đồng Nai", ["binh phuoc"]),
    "Long An": ("Tây Ninh", ["long an"]),
    "Bắc Giang": ("Bắc Ninh", ["bac giang"]),
    "Hải Dương": ("Hải Phòng", ["hai duong"]),
    "Thái Bình": ("Hưng Yên", ["thai binh"]),
}

def prov_of(cell):
    f = fold(cell)
    for p, sp in PROVINCES.items():
        if f in sp:
            return p
    return None

# ------------------------------------------------------------------ organisers
ORGS = {  # folded organiser name -> key
    "ldld tp. ho chi minh": "HCM", "cong doan cac khu che xuat va cong nghiep tp.hcm": "KCXHCM",
    "cong doan nganh giao duc tp.hcm": "GDHCM", "cong doan phuong thuan an": "PTA", "ldld tinh dong nai": "DN",
    "cong doan cac kcn dong nai": "DNKCN", "ldld tinh tay ninh": "TN", "cong doan xa duc hoa": "XDH",
    "ldld tinh bac ninh": "BN", "cong doan cac kcn tinh bac ninh": "BNKCN", "ldld tp hai phong": "HP",
    "cong doan khu kinh te hai phong": "HPKKT", "cong doan nganh y te hai phong": "YTHP", "ldld tinh hung yen": "HY",
    "ldld thanh pho ha noi": "HN", "cong doan vien chuc thanh pho ha noi": "VCHN",
    "cong doan cac khu cong nghiep va che xuat ha noi": "KCNHN", "ldld tinh quang ninh": "QN",
    "truong dai hoc cong doan": "DHCD",
}
CENTRAL = {"DHCD"}

# ------------------------------------------------------------------ dates
ROM = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

def _d(d, m, y, h=8, mi=0):
    return dt.datetime(int(y), int(m), int(d), h, mi)

def parse_start(cell):
    """-> dict(kind='date'|'M'|'Q', start, end(optional), has_time) or None"""
    s = fold(cell)
    s = re.sub(r"^(thu (hai|ba|tu|nam|sau|bay)|chu nhat|t[2-7]|cn)[, ]+", "", s)
    m = re.fullmatch(r"(?:tuan \d+ |cuoi |dau )?thang (\d{1,2})(?:/| nam )(\d{4})", s) or re.fullmatch(r"t(\d{1,2})/(\d{4})", s)
    if m:
        return dict(kind="M", y=int(m.group(2)), n=int(m.group(1)))
    m = re.fullmatch(r"(?:quy ([ivx]+|\d)|q(\d))(?:/| nam )(\d{4})", s)
    if m:
        q = m.group(1) or m.group(2)
        return dict(kind="Q", y=int(m.group(3)), n=ROM.get(q, None) or int(q))
    if re.fullmatch(r"\d{5}", s):
        d = dt.datetime(1899, 12, 30) + dt.timedelta(days=int(s))
        return dict(kind="date", start=d.replace(hour=8), has_time=False)
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?: (\d\d):(\d\d)(?::(\d\d))?)?", s)
    if m:
        y, mo, d, h, mi, sec = m.groups()
        if h is None or (sec is not None and h == "00" and mi == "00"):
            return dict(kind="date", start=_d(d, mo, y), has_time=False)
        return dict(kind="date", start=_d(d, mo, y, int(h), int(mi)), has_time=True)
    m = re.fullmatch(r"tu (\d{1,2})/(\d{1,2}) den (\d{1,2})/(\d{1,2})/(\d{4})", s) or \
        re.fullmatch(r"(\d{1,2})/(\d{1,2}) - (\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        d1, m1, d2, m2, y = m.groups()
        return dict(kind="date", start=_d(d1, m1, y), end=_d(d2, m2, y, 17), has_time=False)
    m = re.fullmatch(r"(\d{1,2})(?:-|, | va )(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        d1, d2, mo, y = m.groups()
        return dict(kind="date", start=_d(d1, mo, y), end=_d(d2, mo, y, 17), has_time=False)
    m = re.fullmatch(r"(sang|chieu|toi|trua) (\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        b, d, mo, y = m.groups()
        h, mi = {"sang": (8, 0), "chieu": (13, 30), "toi": (18, 30), "trua": (12, 0)}[b]
        return dict(kind="date", start=_d(d, mo, y, h, mi), has_time=b != "sang")
    m = re.fullmatch(r"(\d{1,2})h(\d\d)? (toi|chieu|ngay|sang) (\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        h, mi, b, d, mo, y = m.groups()
        h = int(h) + (12 if b in ("toi", "chieu") and int(h) < 12 else 0)
        return dict(kind="date", start=_d(d, mo, y, h, int(mi or 0)), has_time=True)
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2})[:h](\d\d))?", s)
    if m:
        d, mo, y, h, mi = m.groups()
        if h is None:
            return dict(kind="date", start=_d(d, mo, y), has_time=False)
        return dict(kind="date", start=_d(d, mo, y, int(h), int(mi)), has_time=True)
    return None

def parse_point(cell, default_h, default_m):
    s = fold(cell)
    if not s:
        return None
    if re.fullmatch(r"\d{5}", s):
        return (dt.datetime(1899, 12, 30) + dt.timedelta(days=int(s))).replace(hour=default_h, minute=default_m)
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?: (\d\d):(\d\d)(?::\d\d)?)?", s)
    if m:
        y, mo, d, h, mi = m.groups()
        if h is None or (h == "00" and mi == "00"):
            return _d(d, mo, y, default_h, default_m)
        return _d(d, mo, y, int(h), int(mi))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d\d))?", s)
    if m:
        d, mo, y, h, mi = m.groups()
        return _d(d, mo, y, int(h) if h else default_h, int(mi) if mi else default_m)
    return None

def period(kind, y, n):
    if kind == "M":
        a = dt.datetime(y, n, 1)
        b = dt.datetime(y + (n == 12), n % 12 + 1, 1)
    else:
        a = dt.datetime(y, 3 * n - 2, 1)
        b = dt.datetime(y + (n == 4), (3 * n) % 12 + 1, 1)
    return a, b

# ------------------------------------------------------------------ courses.csv
COLS = {"stt": ["stt", "tt"], "code": ["ma lop"], "title": ["ten lop hoc", "ten lop"], "topic": ["chu de"],
        "aud": ["doi tuong tham gia", "doi tuong"], "org": ["don vi to chuc"], "coop": ["don vi phoi hop"],
        "prov": ["tinh/thanh pho"], "place": ["dia diem to chuc", "dia diem"], "mode": ["hinh thuc"],
        "start": ["thoi gian to chuc", "ngay bat dau"], "end": ["den ngay", "ngay ket thuc"], "dl": ["han dang ky"],
        "days": ["so ngay"], "seats": ["so luong", "so cho"], "status": ["trang thai"], "note": ["ghi chu"]}
STATUS = {"": "open", "mo dang ky": "open", "du kien": "planned", "da huy": "cancelled", "huy": "cancelled",
          "da ket thuc": "finished", "da hoan": "postponed", "hoan": "postponed", "tam hoan": "postponed"}
STATUS_LABEL = {"open": "Mở đăng ký", "planned": "Dự kiến", "cancelled": "Đã hủy", "finished": "Đã kết thúc",
                "postponed": "Đã hoãn"}
ONLINE_WORDS = ("truc tuyen", "zoom", "online")

def new_date_from_note(note):
    f = fold(note)
    m = re.search(r"(?:hoan sang|lui lich den|doi lich sang|doi sang|lich moi:?|den ngay)\s+(\d{1,2})/(\d{1,2})/(\d{4})", f)
    if m:
        d, mo, y = m.groups()
        return dt.date(int(y), int(mo), int(d))
    return None

def load_courses(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    hdr_i = None
    for i, r in enumerate(rows[:30]):
        fr = [fold(x) for x in r]
        if "ten lop hoc" in fr and "thoi gian to chuc" in fr:
            hdr_i = i
            break
    if hdr_i is None:
        err("courses.csv: no header row in the first 30 lines")
        return []
    hdr = [re.sub(r"\s*\(.*?\)\s*", "", fold(x)).strip() for x in rows[hdr_i]]
    idx = {}
    for k, names in COLS.items():
        for n in names:
            if n in hdr:
                idx[k] = hdr.index(n)
                break
    courses, batch, seen, footer = [], "", set(), False
    n_sections = n_batches = n_total = 0
    for ln, r in enumerate(rows[hdr_i + 1:], hdr_i + 2):
        g = lambda k: (r[idx[k]].strip() if k in idx and idx[k] < len(r) else "")
        if footer:
            continue
        joined = fold(" ".join(r))
        if not joined:
            continue
        if all(re.fullmatch(r"\(\d+\)", x.strip()) for x in r if x.strip()):
            continue
        if "noi nhan" in joined or "tm. ban" in joined or "(da ky)" in joined:
            footer = True
            continue
        title, start = g("title"), g("start")
        if fold(title).startswith("tong cong") or fold(title) == "cong":
            n_total += 1
            continue
        if re.fullmatch(r"[IVXLC]+|[A-Z]", g("stt")) or (title and title == title.upper() and not g("code")):
            n_sections += 1
            batch = ""
            continue
        if re.fullmatch(r"(?i)đợt\s+\w+", title.strip()) and not start:
            batch = title.strip()
            n_batches += 1
            continue
        code = g("code")
        if not code or not title or not start:
            err(f"courses.csv line {ln}: class row without code/title/start")
            continue
        if code in seen:
            err(f"courses.csv line {ln}: duplicate code {code}")
        seen.add(code)
        if not re.fullmatch(r"[A-Za-z0-9_.-]{1,40}", code):
            err(f"courses.csv line {ln}: bad code {code}")
        p = parse_start(start)
        if p is None:
            err(f"courses.csv line {ln}: unparsed start «{start}»")
            continue
        org = g("org")
        key = ORGS.get(fold(org))
        if key is None:
            err(f"courses.csv line {ln}: unknown organiser {org}")
        prov = prov_of(g("prov"))
        if prov is None:
            err(f"courses.csv line {ln}: unknown province «{g('prov')}»")
        st_raw = fold(g("status"))
        if st_raw not in STATUS:
            err(f"courses.csv line {ln}: status outside the list «{g('status')}»")
        status = STATUS.get(st_raw, "open")
        note = g("note")
        nd = new_date_from_note(note)
        if st_raw == "" and nd:
            status = "postponed"
        c = dict(line=ln, code=code, title=title, batch=batch, topic=g("topic"), aud=g("aud"), org=org, key=key,
                 prov=prov, place=g("place"), note=note, days=g("days"), seats=g("seats"), raw_status=g("status"))
        md, pl = fold(g("mode")), fold(g("place"))
        if md.startswith("truc tuyen") or (not md and any(w in pl for w in ONLINE_WORDS) and len(pl) < 40):
            c["mode"] = "online"
        elif md.startswith("ket hop") or "+" in md:
            c["mode"] = "blended"
        else:
            c["mode"] = "inperson"
        if p["kind"] in ("M", "Q"):
            a, b = period(p["kind"], p["y"], p["n"])
            c.update(planned=(p["kind"], p["y"], p["n"]), start=a, end=b, has_time=False)
            if status == "open" and st_raw == "":
                status = "planned"
        else:
            c.update(planned=None, start=p["start"], has_time=p["has_time"])
            end = p.get("end") or parse_point(g("end"), 17, 0)
            if end is None:
                end = p["start"].replace(hour=17, minute=0) if p["start"].hour < 17 else p["start"].replace(hour=21, minute=0)
            if end < p["start"]:
                err(f"courses.csv line {ln}: end before start")
            c["end"] = end
        c["dl"] = parse_point(g("dl"), 23, 59)
        if g("dl") and c["dl"] is None:
            err(f"courses.csv line {ln}: unparsed deadline «{g('dl')}»")
        c["status"] = status
        # effective schedule
        c["eff_start"], c["eff_end"] = c["start"], c["end"]
        c["tbd"] = False
        if status == "postponed":
            if nd:
                shift = dt.datetime.combine(nd, c["start"].time()) - c["start"]
                c["eff_start"], c["eff_end"] = c["start"] + shift, c["end"] + shift
            else:
                c["tbd"] = True
        if c["dl"] and c["dl"] > (c["eff_start"] if not c["planned"] else c["end"]):
            err(f"courses.csv line {ln}: deadline after start")
        # state
        if status == "cancelled":
            state = "cancelled"
        elif c["tbd"]:
            state = "tbd"
        elif status == "finished":
            state = "past"
        elif c["planned"]:
            state = "upcoming" if c["end"] > NOW else "past"
        elif c["eff_start"] > NOW:
            state = "upcoming"
        elif c["eff_end"] > NOW:
            state = "ongoing"
        else:
            state = "past"
        c["state"] = state
        c["registrable"] = (state == "upcoming" and status in ("open", "postponed") and not c["planned"]
                            and (c["dl"] is None or c["dl"] >= NOW))
        # former province by place words
        c["former"] = None
        for fp, (cur, words) in FORMER.items():
            if any(w in fold(c["place"]) for w in words):
                c["former"] = fp
                if cur != prov:
                    err(f"courses.csv line {ln}: place in former {fp} but province {prov}")
        courses.append(c)
    STATS.update(sections=n_sections, batches=n_batches, totals=n_total, footer=footer)
    return courses

STATS = {}

# ------------------------------------------------------------------ targets.csv
def vnum(s):
    s = s.strip().rstrip("%").strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))

def load_targets(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    hi = next(i for i, r in enumerate(rows) if r and fold(r[0]) == "ma chi tieu")
    out = {}
    for r in rows[hi + 1:]:
        if not r or not r[0].strip():
            continue
        code, unit, year, content, aud, tgt, uom, ach, asof, note = r
        out[code] = dict(code=code, unit=unit, year=year, content=content, aud=aud, target=vnum(tgt), uom=uom,
                         achieved=vnum(ach) if ach else None, asof=asof, note=note, raw_t=tgt, raw_a=ach)
    return out

# ------------------------------------------------------------------ query engine
def day_str(c):
    if c["planned"]:
        k, y, n = c["planned"]
        return f"{n}/{y}" if k == "M" else f"{['I', 'II', 'III', 'IV'][n - 1]}/{y}"
    d = c["eff_start"]
    return f"{d.day:02d}/{d.month:02d}/{d.year}"

def fields_text(c):
    return fold(" | ".join([c["title"], c["batch"], c["topic"], c["aud"], c["org"], c["prov"] or "", c["place"],
                            c["note"], c["seats"], STATUS_LABEL[c["status"]], c["raw_status"]]))

def match(c, f, profile=None):
    st = f.get("state", "upcoming")
    if st == "active":
        if c["state"] not in ("upcoming", "ongoing"):
            return False
    elif st == "registrable":
        if not c["registrable"]:
            return False
    elif st == "postponed":
        if c["status"] != "postponed":
            return False
    elif st != "any" and c["state"] != st:
        return False
    if "code" in f and c["code"] not in f["code"]:
        return False
    tt = fold(c["title"] + " | " + c["topic"])
    if any(fold(k) not in tt for k in f.get("kw", [])):
        return False
    if "kwany" in f and not any(fold(k) in tt for k in f["kwany"]):
        return False
    if any(fold(k) in tt for k in f.get("kwnot", [])):
        return False
    if "topic" in f and fold(f["topic"]) not in fold(c["topic"]):
        return False
    if "aud" in f and not any(fold(a) in fold(c["aud"]) for a in f["aud"]):
        return False
    prov = f.get("prov")
    if prov == "@profile":
        prov = (profile or {}).get("province")
    if prov and c["prov"] != prov:
        return False
    if "former" in f and c["former"] != f["former"]:
        return False
    if "place" in f and not any(fold(p) in fold(c["place"]) for p in f["place"]):
        return False
    if "org" in f and c["key"] not in f["org"]:
        return False
    if f.get("central") and c["key"] not in CENTRAL:
        return False
    if f.get("local") and c["key"] in CENTRAL:
        return False
    if "mode" in f and c["mode"] not in f["mode"]:
        return False
    s = c["eff_start"]
    if "month" in f:
        y, m = map(int, f["month"].split("-"))
        if c["planned"]:
            if c["planned"][0] != "M" or (c["planned"][1], c["planned"][2]) != (y, m):
                return False
        elif (s.year, s.month) != (y, m):
            return False
    if "from" in f and (c["planned"] or s < dt.datetime.fromisoformat(f["from"])):
        return False
    if "to" in f and (c["planned"] or s >= dt.datetime.fromisoformat(f["to"])):
        return False
    if f.get("evening") and (c["planned"] or s.hour < 17):
        return False
    if f.get("weekend") and (c["planned"] or s.weekday() < 5):
        return False
    if f.get("dated") and c["planned"]:
        return False
    return True

def run(courses, f, profile=None):
    res = [c for c in courses if match(c, f, profile)]
    res.sort(key=lambda c: (c["eff_start"], c["code"]))
    # ambiguity guard: a month query must not silently skip a quarter-planned look-alike
    if "month" in f:
        g = dict(f); g.pop("month")
        for c in courses:
            if c["planned"] and c["planned"][0] == "Q" and match(c, g, profile):
                a, b = c["start"], c["end"]
                y, m = map(int, f["month"].split("-"))
                if a <= dt.datetime(y, m, 1) < b:
                    err(f"month filter {f} ambiguous with quarter class {c['code']}")
    return res

def ndays(c):
    if c["days"]:
        m = re.match(r"\d+", c["days"])
        if m and "buoi" not in fold(c["days"]):
            return int(m.group())
    return (c["eff_end"].date() - c["eff_start"].date()).days + 1

def literal_ok(lit, c):
    e = c["eff_end"]
    return (fold(lit) in fields_text(c) or lit == day_str(c)
            or (not c["planned"] and lit in (c["eff_start"].strftime("%H:%M"), e.strftime("%d/%m/%Y"))))

# ------------------------------------------------------------------ expectations
def fmt_num(x):
    return str(int(x)) if x == int(x) else str(x).replace(".", ",")

def target_texts(targets, spec):
    out = []
    for code, flds in spec:
        t = targets.get(code)
        if t is None:
            err(f"unknown target {code}")
            continue
        for fl in flds:
            if fl == "target":
                out.append(fmt_num(t["target"]))
            elif fl == "achieved":
                out.append(fmt_num(t["achieved"]))
            elif fl == "gap":
                g = t["target"] - t["achieved"]
                if g <= 0:
                    err(f"gap asked for {code} but target met")
                out.append(fmt_num(g))
            elif fl == "pct":
                p = t["achieved"] * 100 / t["target"]
                if abs(p - round(p)) > 1e-9:
                    err(f"pct of {code} not an integer")
                out.append(f"{round(p)}%")
            elif fl == "asof":
                out.append(t["asof"])
    return out

def course_expect(courses, spec, profile, single_ok=False):
    res = run(courses, spec["f"], profile)
    codes = [c["code"] for c in res]
    lo, hi = 1, 5
    if not (lo <= len(codes) <= hi):
        err(f"{spec.get('id')}: filter gives {len(codes)} classes {codes[:8]} (want 1..5)")
    text = []
    if len(res) == 1:
        text.append(day_str(res[0]))
    for lit in spec.get("t", []):
        for c in res:
            if not literal_ok(lit, c):
                err(f"{spec.get('id')}: literal «{lit}» not in class {c['code']}")
        text.append(lit)
    if spec.get("show") == "deadline" and len(res) == 1:
        d = res[0]["dl"]
        if d is None:
            err(f"{spec.get('id')}: no deadline")
        else:
            text.append(f"{d.day:02d}/{d.month:02d}/{d.year}")
    text = list(dict.fromkeys(text))
    return codes, text, res

def load_spec(name):
    sys.path.insert(0, os.path.join(HERE, "method"))
    import importlib
    return importlib.import_module(name)

SEEDS = None

def seeds_text():
    global SEEDS
    if SEEDS is None:
        d = os.path.join(HERE, "..", "given", "seeds")
        SEEDS = {}
        if os.path.isdir(d):
            for fn in sorted(os.listdir(d)):
                SEEDS[fn[:3]] = open(os.path.join(d, fn), encoding="utf-8").read()
        else:  # copies kept in method/seeds
            d = os.path.join(HERE, "method", "seeds")
            for fn in sorted(os.listdir(d)):
                SEEDS[fn[:3]] = open(os.path.join(d, fn), encoding="utf-8").read()
    return SEEDS

def compute_questions(courses, targets, QS):
    out = []
    for q in QS.QUESTIONS:
        e = dict(id=q["id"], q=q["q"], style=q["style"], kind=q["kind"])
        prof = q.get("profile")
        if q["kind"] == "course":
            codes, text, _ = course_expect(courses, q, prof)
            e["expect"], e["expect_text"] = codes, text
        elif q["kind"] == "target":
            e["expect"], e["expect_text"] = [], list(dict.fromkeys(target_texts(targets, q["tg"])))
        elif q["kind"] == "fact":
            for lit in q["t"]:
                if lit not in seeds_text().get(q["seed"], ""):
                    err(f"{q['id']}: «{lit}» not in seed {q['seed']}")
            e["expect"], e["expect_text"] = [], list(q["t"])
        else:
            e["expect"], e["expect_text"] = [], []
        if prof:
            e["profile"] = prof
        out.append(e)
    return out

def compute_dialogues(courses, targets, DS):
    out = []
    for d in DS.DIALOGUES:
        prof = d.get("profile")
        turns, last, cur = [], [], None
        for i, t in enumerate(d["turns"]):
            tid = f"{d['id']}#{i + 1}"
            k = t["k"]
            if k == "L":
                res = run(courses, t["f"], prof)
                if not (1 <= len(res) <= 5):
                    err(f"{tid}: list has {len(res)} classes")
                if len({c['eff_start'] for c in res}) != len(res):
                    err(f"{tid}: list start times not distinct")
                last, cur = res, (res[0] if len(res) == 1 else None)
                ex = dict(kind="course_list", codes=[c["code"] for c in res], text=[day_str(c) for c in res])
            elif k in ("C", "R") and "f" in t:
                codes, text, res = course_expect(courses, dict(t, id=tid), prof)
                if k == "R":
                    if len(res) != 1:
                        err(f"{tid}: register turn must resolve to one class")
                    for c in res:
                        if not c["registrable"]:
                            err(f"{tid}: {c['code']} not registrable")
                    ex = dict(kind="register", codes=codes, text=[])
                else:
                    ex = dict(kind="course", codes=codes, text=text)
                last, cur = res, (res[0] if len(res) == 1 else None)
            elif k in ("P", "R"):
                n = t["n"]
                if (n == 0 and cur is None) or (n != 0 and (not last or abs(n) > len(last))):
                    err(f"{tid}: pick {n} out of range")
                    ex = dict(kind="course", codes=[], text=[])
                else:
                    c = cur if n == 0 else (last[n - 1] if n > 0 else last[n])
                    cur = c
                    if k == "R":
                        if not c["registrable"]:
                            err(f"{tid}: {c['code']} not registrable")
                        ex = dict(kind="register", codes=[c["code"]], text=[])
                    else:
                        text = []
                        show = t.get("show", "date")
                        if show == "date":
                            text.append(day_str(c))
                        elif show == "days":
                            text.append(f"{ndays(c)} ngày")
                        elif show == "deadline":
                            dd = c["dl"]
                            if dd is None:
                                err(f"{tid}: no deadline")
                            else:
                                text.append(f"{dd.day:02d}/{dd.month:02d}/{dd.year}")
                        elif show == "end":
                            dd = c["eff_end"]
                            text.append(f"{dd.day:02d}/{dd.month:02d}/{dd.year}")
                        for lit in t.get("t", []):
                            if not literal_ok(lit, c):
                                err(f"{tid}: literal «{lit}» not in {c['code']}")
                            text.append(lit)
                        ex = dict(kind="course", codes=[c["code"]], text=list(dict.fromkeys(text)))
            elif k == "F":
                for lit in t["t"]:
                    if lit not in seeds_text().get(t["seed"], ""):
                        err(f"{tid}: «{lit}» not in seed {t['seed']}")
                ex = dict(kind="fact", codes=[], text=list(t["t"]))
            elif k == "T":
                ex = dict(kind="fact", codes=[], text=list(dict.fromkeys(target_texts(targets, t["tg"]))))
            elif k == "O":
                ex = dict(kind="off_topic", codes=[], text=[])
            else:
                err(f"{tid}: unknown turn kind {k}")
                continue
            turns.append(dict(q=t["q"], expect=ex))
        o = dict(id=d["id"], style=d["style"])
        if prof:
            o["profile"] = prof
        o["turns"] = turns
        if not (3 <= len(turns) <= 6):
            err(f"{d['id']}: {len(turns)} turns")
        out.append(o)
    return out

STYLES = {"diacritics", "plain", "abbrev", "typo", "voice"}
KINDS = {"course", "target", "fact", "off_topic"}

def main():
    courses = load_courses(os.path.join(HERE, "courses.csv"))
    targets = load_targets(os.path.join(HERE, "targets.csv"))
    QS, DS = load_spec("spec_questions"), load_spec("spec_dialogues")
    qexp = compute_questions(courses, targets, QS)
    dexp = compute_dialogues(courses, targets, DS)
    # --- data requirements
    if len(courses) < 300:
        err(f"only {len(courses)} classes")
    keys = {c["key"] for c in courses}
    provs = {c["prov"] for c in courses}
    if len(keys) < 15 or len(provs) < 8:
        err(f"{len(keys)} organisers / {len(provs)} provinces")
    for c in courses:
        if not (dt.datetime(2026, 11, 1) <= c["start"] < dt.datetime(2027, 7, 1)):
            err(f"{c['code']} outside Nov 2026 - Jun 2027")
    need = {"cancelled": 0, "postponed": 0, "planned": 0, "past": 0, "ongoing": 0, "online": 0, "evening": 0,
            "weekend": 0, "former": 0, "deadline": 0, "batch": 0}
    for c in courses:
        need["cancelled"] += c["status"] == "cancelled"
        need["postponed"] += c["status"] == "postponed"
        need["planned"] += bool(c["planned"])
        need["past"] += c["state"] == "past"
        need["ongoing"] += c["state"] == "ongoing"
        need["online"] += c["mode"] == "online"
        need["evening"] += (not c["planned"]) and c["start"].hour >= 17
        need["weekend"] += (not c["planned"]) and c["start"].weekday() >= 5
        need["former"] += bool(c["former"])
        need["deadline"] += c["dl"] is not None
        need["batch"] += bool(c["batch"])
    for k, v in need.items():
        if v == 0:
            err(f"no class of kind {k}")
    if not (STATS.get("totals") and STATS.get("footer") and STATS.get("batches")):
        err(f"office layout incomplete: {STATS}")
    years = {t["year"] for t in targets.values()}
    if not {"2025", "2026"} <= years:
        err("targets must cover 2025 and 2026")
    # --- compare with the delivered files
    def readj(fn):
        with open(os.path.join(HERE, fn), encoding="utf-8") as f:
            return [json.loads(l) for l in f if l.strip()]
    qfile, dfile = readj("questions.jsonl"), readj("dialogues.jsonl")
    if qfile != qexp:
        for a, b in zip(qfile, qexp):
            if a != b:
                err(f"questions.jsonl differs from recomputed at {b['id']}: {a} != {b}")
                break
        if len(qfile) != len(qexp):
            err("questions.jsonl length differs")
    if dfile != dexp:
        for a, b in zip(dfile, dexp):
            if a != b:
                err(f"dialogues.jsonl differs at {b['id']}")
                break
        if len(dfile) != len(dexp):
            err("dialogues.jsonl length differs")
    ids = [q["id"] for q in qfile]
    if len(set(ids)) != len(ids):
        err("duplicate question ids")
    known = {c["code"] for c in courses}
    kinds, styles, prof = {}, {}, 0
    for q in qfile:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        styles[q["style"]] = styles.get(q["style"], 0) + 1
        prof += "profile" in q
        if q["style"] not in STYLES or q["kind"] not in KINDS:
            err(f"{q['id']}: bad style/kind")
        if any(x not in known for x in q["expect"]):
            err(f"{q['id']}: unknown code")
        if q["kind"] == "off_topic" and (q["expect"] or q["expect_text"]):
            err(f"{q['id']}: off_topic with expectations")
        if q["kind"] != "off_topic" and not q["expect_text"] and q["kind"] != "course":
            err(f"{q['id']}: no expect_text")
    n = len(qfile)
    if n < 300:
        err(f"only {n} questions")
    for k, share in (("course", .65), ("target", .12), ("fact", .12), ("off_topic", .11)):
        if abs(kinds.get(k, 0) / max(n, 1) - share) > 0.03:
            err(f"kind {k}: {kinds.get(k, 0)}/{n} far from {share:.0%}")
    if not (0.4 <= prof / max(n, 1) <= 0.6):
        err(f"profiles on {prof}/{n} questions")
    if len(dfile) < 50:
        err(f"only {len(dfile)} dialogues")
    nturns = sum(len(d["turns"]) for d in dfile)
    for e in ERR:
        print("ERROR:", e)
    print(f"classes {len(courses)} organisers {len(keys)} provinces {len(provs)} | targets {len(targets)}")
    print(f"questions {n} kinds {kinds} styles {styles} with profile {prof}")
    print(f"dialogues {len(dfile)} turns {nturns}")
    print(f"{len(ERR)} errors")
    return 1 if ERR else 0

if __name__ == "__main__":
    sys.exit(main())
