#!/usr/bin/env python3
"""validate.py - blind set 38.

Re-derives every class's attributes from the cells of courses.csv (title block, header variants, section,
batch and footer rows, date styles, status/notes) and every target from targets.csv, then re-checks every
expectation of questions.jsonl and dialogues.jsonl against the specs in method/specs.jsonl.
Standard library only. Usage: python3 validate.py [out_dir]
"""
import csv, json, os, re, sys, unicodedata, datetime as dt

NOW = dt.datetime(2026, 11, 23, 9, 0)
HERE = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    s = (s or "").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.lower().replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def fold_hdr(s):
    s = re.sub(r"\(.*?\)", "", s or "")
    return re.sub(r"[^a-z0-9/]", "", fold(s))


ABBR = [(r"\bldld\b", "lien doan lao dong"), (r"\bcd\b", "cong doan"), (r"\btp\.?\s*", "thanh pho "),
        (r"\bkcn\b", "khu cong nghiep"), (r"\bkkt\b", "khu kinh te"), (r"\bhcm\b", "ho chi minh")]


def org_key(s):
    s = fold(s).replace(".", " ")
    for a, b in ABBR:
        s = re.sub(a, b, s)
    s = re.sub(r"[^a-z0-9 ]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


PROVINCES = ["Hà Nội", "Hải Phòng", "Quảng Ninh", "Bắc Ninh", "Thái Nguyên", "Lào Cai", "Tuyên Quang",
             "Thanh Hóa", "Nghệ An", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Đắk Lắk", "Lâm Đồng",
             "Khánh Hòa", "Hồ Chí Minh", "Đồng Nai", "Cần Thơ", "An Giang", "Vĩnh Long", "Lai Châu",
             "Điện Biên", "Sơn La", "Lạng Sơn", "Cao Bằng", "Phú Thọ", "Hưng Yên", "Ninh Bình", "Quảng Trị",
             "Tây Ninh", "Đồng Tháp", "Cà Mau", "Hà Tĩnh"]
PROV_ALIASES = {"tp hcm": "Hồ Chí Minh", "tp. hcm": "Hồ Chí Minh", "tp.hcm": "Hồ Chí Minh",
                "thanh pho ho chi minh": "Hồ Chí Minh", "tp ho chi minh": "Hồ Chí Minh",
                "tp. ho chi minh": "Hồ Chí Minh", "hoa binh": "Phú Thọ"}


def canon_province(s):
    f = fold(s)
    if not f:
        return ""
    if f in PROV_ALIASES:
        return PROV_ALIASES[f]
    f2 = re.sub(r"^(tinh|thanh pho|tp\.?)\s+", "", f)
    for p in PROVINCES:
        if fold(p) == f2:
            return p
    return ""


def province_from_org(name):
    k = org_key(name)
    m = re.match(r"lien doan lao dong (tinh|thanh pho) (.+)$", k)
    if m:
        return canon_province(m.group(2))
    return ""


# ---- groups (subject of a class, from its title) ----
GROUPS = [("taichinh", ["tai chinh", "ke toan"]), ("kiemtra", ["kiem tra"]), ("vanthu", ["van thu"]),
          ("giangvien", ["giang vien"]), ("phattrien", ["phat trien doan vien"]),
          ("tranhchap", ["tranh chap"]), ("tltt", ["thuong luong", "doi thoai"]),
          ("atvsld", ["an toan, ve sinh", "an toan ve sinh", "atvsld"]),
          ("nucong", ["nu cong", "binh dang gioi"]), ("cds", ["chuyen doi so", "tin hoc", "so hoa"]),
          ("phapluat", ["phap luat", "luat cong doan", "bo luat lao dong"]),
          ("chinhtri", ["ly luan chinh tri", "quan ly nha nuoc"]), ("tuyengiao", ["tuyen giao", "tuyen truyen"]),
          ("nghiepvu", ["nghiep vu"])]


def group_of(title):
    f = fold(title)
    for g, kws in GROUPS:
        if any(k in f for k in kws):
            return g
    return "other"


AUD = [("pct", ["pho chu tich cdcs", "p.chu tich", "chu tich, pho chu tich", "chu tich va pho chu tich"]),
       ("ct", ["chu tich cdcs", "chu tich cong doan co so", "chu tich, pho chu tich", "chu tich va pho chu tich"]),
       ("bch", ["uy vien bch", "uy vien ban chap hanh"]), ("ubkt", ["ubkt", "uy ban kiem tra"]),
       ("ketoan", ["ke toan", "thu quy"]), ("nucong", ["nu cong"]),
       ("dv", ["doan vien", "nguoi lao dong", "cong nhan"]), ("chuyentrach", ["chuyen trach"]),
       ("gv", ["giang vien"]), ("atvsv", ["an toan ve sinh vien", "an toan, ve sinh vien"]),
       ("totruong", ["to truong"]), ("captren", ["cap tren co so"])]


def aud_tags(cell):
    f = fold(cell)
    tags = set()
    for t, kws in AUD:
        if any(k in f for k in kws):
            tags.add(t)
    if "khong chuyen trach" in f:
        tags.discard("chuyentrach")
        tags.add("khongchuyentrach")
    return sorted(tags)


# ---- dates ----
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
DAYRE = r"(\d{1,2})/(\d{1,2})/(\d{4})"


def _time_prefix(f):
    """hour/minute written or implied by a session word; returns (h, m, rest)."""
    m = re.match(r"^(\d{1,2})h(\d{2})?\s*(ngay\s*)?", f)
    if m:
        return int(m.group(1)), int(m.group(2) or 0), f[m.end():]
    for w, hm in (("sang", (8, 0)), ("chieu", (13, 30)), ("toi", (18, 30)), ("trua", (12, 0))):
        if f.startswith(w):
            rest = f[len(w):].lstrip(" ,")
            m = re.match(r"^(\d{1,2})h(\d{2})?\s*(ngay\s*)?", rest)
            if m:
                h = int(m.group(1))
                if w in ("chieu", "toi") and h < 12:
                    h += 12
                return h, int(m.group(2) or 0), rest[m.end():]
            return hm[0], hm[1], rest
    return None, None, f


def parse_when(cell):
    """-> dict(kind='date'|'month'|'quarter', start, end, label)"""
    f = fold(cell)
    f = re.sub(r"\(\*+\)|\*+$", "", f).strip()
    if not f:
        return None
    f = re.sub(r"^(thu (hai|bay|ba|tu|nam|sau)|chu nhat|cn|t[2-7](?=[ ,]))\s*,?\s*", "", f)
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", f)
    if m:
        d = dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), 8, 0)
        return {"kind": "date", "start": d, "end": None}
    m = re.match(r"^(?:thang |t)(\d{1,2})/(\d{4})$", f)
    if m:
        mo, y = int(m.group(1)), int(m.group(2))
        last = (dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)).day
        return {"kind": "month", "start": dt.datetime(y, mo, 1), "end": dt.datetime(y, mo, last, 23, 59),
                "label": "tháng %d/%d" % (mo, y)}
    m = re.match(r"^quy ([ivx]+|[1-4])/(\d{4})$", f)
    if m:
        q, y = (int(m.group(1)) if m.group(1).isdigit() else ROMAN[m.group(1).upper()]), int(m.group(2))
        mo = 3 * q - 2
        endm = 3 * q
        last = (dt.date(y + (endm == 12), endm % 12 + 1, 1) - dt.timedelta(days=1)).day
        return {"kind": "quarter", "start": dt.datetime(y, mo, 1), "end": dt.datetime(y, endm, last, 23, 59),
                "label": "quý %s/%d" % (["I", "II", "III", "IV"][q - 1], y)}
    h, mi, rest = _time_prefix(f)
    m = re.match(r"^(tu )?(\d{1,2})(/(\d{1,2}))?\s*(-|den)\s*" + DAYRE + "$", rest)
    if m:
        d2 = dt.datetime(int(m.group(8)), int(m.group(7)), int(m.group(6)), 17, 0)
        mo1 = int(m.group(4)) if m.group(4) else d2.month
        d1 = dt.datetime(d2.year, mo1, int(m.group(2)), h if h is not None else 8, mi or 0)
        return {"kind": "date", "start": d1, "end": d2}
    m = re.match(r"^" + DAYRE + r"(\s+(\d{1,2})[:h](\d{2}))?$", rest)
    if m:
        hh, mm = (h, mi) if h is not None else (8, 0)
        if m.group(4):
            hh, mm = int(m.group(5)), int(m.group(6))
        d = dt.datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), hh, mm)
        return {"kind": "date", "start": d, "end": None}
    raise ValueError("unreadable date: %r" % cell)


def parse_deadline(cell):
    f = fold(cell)
    if not f:
        return None
    h, mi, rest = _time_prefix(f)
    m = re.match("^" + DAYRE + "$", rest)
    if not m:
        raise ValueError("unreadable deadline %r" % cell)
    return dt.datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)), h if h is not None else 23,
                       mi if h is not None else 59)


def new_date_from_note(note):
    f = fold(note)
    m = re.search(r"(sang|den ngay|lich moi:?)\s*(ngay\s*)?" + DAYRE, f)
    if m:
        return dt.datetime(int(m.group(5)), int(m.group(4)), int(m.group(3)))
    return None


def dmy(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


# ---- reading the courses table ----
HDR = {"ma lop": "code", "stt": "stt", "tt": "stt", "ten lop": "title", "ten lop hoc": "title",
       "ten khoa hoc": "title", "noi dung tap huan": "title", "chu de": "topic", "chuyen de": "topic",
       "linh vuc": "topic", "doi tuong": "aud", "doi tuong tham gia": "aud", "thanh phan": "aud",
       "don vi to chuc": "org", "don vi chu tri": "org", "don vi thuc hien": "org", "don vi phoi hop": "partner",
       "tinh/thanh pho": "province", "dia diem": "place", "dia diem to chuc": "place", "hinh thuc": "mode",
       "ngay bat dau": "when", "thoi gian": "when", "thoi gian to chuc": "when", "ngay ket thuc": "end",
       "den ngay": "end", "han dang ky": "deadline", "so ngay": "days", "so cho": "seats", "sl": "seats",
       "so luong": "seats", "trang thai": "status", "ghi chu": "note"}
HDR = {re.sub(r"[^a-z0-9/]", "", k): v for k, v in HDR.items()}


def read_rows(path):
    raw = open(path, "rb").read().decode("utf-8-sig")
    delim = ";" if raw.count(";") >= raw.count(",") else ","
    import io
    return list(csv.reader(io.StringIO(raw), delimiter=delim))


def find_header(rows, must):
    for i, r in enumerate(rows[:30]):
        cols = {}
        for j, c in enumerate(r):
            k = HDR.get(fold_hdr(c))
            if k and k not in cols:
                cols[k] = j
        if all(m in cols for m in must):
            return i, cols
    raise ValueError("no header row")


FOOTER = ("noi nhan", "tm.", "tm ban", "chu tich", "(da ky)", "nguoi lap bieu", "pho chu tich")
BATCH_RE = re.compile(r"^dot\s+([0-9]+|[ivx]+)\s*:?\s*(\((.*)\))?$")


def roman_or_int(s):
    s = s.upper()
    return ROMAN.get(s) or int(s)


def parse_courses(path):
    rows = read_rows(path)
    hi, cols = find_header(rows, ["title", "when"])
    g = lambda r, k: (r[cols[k]].strip() if k in cols and cols[k] < len(r) else "")
    classes = []
    batch = None
    batch_when = None
    for ln, r in enumerate(rows[hi + 1:], start=hi + 2):
        cells = [c.strip() for c in r]
        if not any(cells):
            continue
        if all(re.fullmatch(r"\(\d+\)", c) for c in cells if c):
            continue  # column-number row under the header
        firsttxt = fold(next(c for c in cells if c))
        if any(firsttxt.startswith(x) for x in FOOTER) or re.match(r"^.*, ngay \d+ thang \d+ nam \d+", firsttxt):
            break
        stt, title = g(r, "stt"), g(r, "title")
        if re.fullmatch(r"[IVXLC]+|[A-H]", stt):
            batch = None
            continue
        if fold(title).startswith(("tong cong", "cong:")) or fold(stt).startswith("tong cong"):
            continue
        mb = BATCH_RE.match(fold(title)) or BATCH_RE.match(fold(stt))
        if mb and not g(r, "code"):
            batch = roman_or_int(mb.group(1))
            batch_when = mb.group(3) or g(r, "when") or None
            continue
        if not title and not g(r, "when"):
            continue
        title = re.sub(r"\s+", " ", title.replace("\n", " ").replace("\u00a0", " "))
        if batch and "dot" not in fold(title):
            title = "%s (đợt %d)" % (title, batch)
        wcell = g(r, "when")
        if not wcell and batch and batch_when:
            wcell = batch_when
        w = parse_when(wcell)
        org = g(r, "org")
        prov = canon_province(g(r, "province")) or province_from_org(org)
        place = re.sub(r"\s+", " ", g(r, "place").replace("\n", " "))
        mode_f = fold(g(r, "mode"))
        if "ket hop" in mode_f or "+" in mode_f:
            mode = "blended"
        elif "truc tuyen" in mode_f or fold(place) in ("truc tuyen", "zoom", "truc tuyen (zoom)", "truc tuyen qua zoom"):
            mode = "online"
        else:
            mode = "offline"
        st = fold(g(r, "status"))
        note = g(r, "note")
        newd = None
        if st in ("da hoan", "hoan", "tam hoan") or (not st and new_date_from_note(note)):
            status = "postponed"
            newd = new_date_from_note(note)
            if newd and w and w["kind"] == "date":
                newd = newd.replace(hour=w["start"].hour, minute=w["start"].minute)
        elif st == "da huy":
            status = "cancelled"
        elif st == "da ket thuc":
            status = "finished"
        elif st == "du kien" or (not st and w["kind"] != "date"):
            status = "tentative"
        elif st in ("mo dang ky", ""):
            status = "open"
        else:
            raise ValueError("line %d: status %r" % (ln, g(r, "status")))
        end = w["end"]
        if end is None and w["kind"] == "date":
            dcell = g(r, "end")
            if dcell:
                end = parse_when(dcell)["start"].replace(hour=17, minute=0) if ":" not in dcell else parse_when(dcell)["start"]
            else:
                nd = re.match(r"^(\d+)", fold(g(r, "days")))
                if nd and "buoi" not in fold(g(r, "days")):
                    end = (w["start"] + dt.timedelta(days=int(nd.group(1)) - 1)).replace(hour=17, minute=0)
                else:
                    end = w["start"].replace(hour=17, minute=0) if w["start"].hour < 17 else w["start"].replace(hour=21, minute=0)
        dl = parse_deadline(g(r, "deadline"))
        c = {"line": ln, "code": g(r, "code"), "title": title, "group": group_of(title), "topic": g(r, "topic"),
             "aud": g(r, "aud"), "aud_tags": aud_tags(g(r, "aud")), "org": org, "org_key": org_key(org),
             "province": prov, "place": place, "mode": mode, "kind": w["kind"], "start": w["start"],
             "end": end, "label": w.get("label"), "deadline": dl, "days": g(r, "days"), "seats": g(r, "seats"),
             "status_cell": g(r, "status"), "status": status, "new_date": newd, "note": note, "batch": batch}
        # derived state at NOW
        if status == "cancelled":
            state = "cancelled"
        elif status == "postponed":
            state = "postponed_new" if newd else "postponed_nodate"
        elif status == "finished" or (w["kind"] == "date" and end < NOW):
            state = "finished"
        elif status == "tentative":
            state = "tentative"
        elif c["start"] <= NOW <= end:
            state = "underway"
        elif dl and dl < NOW:
            state = "deadline_passed"
        else:
            state = "open"
        c["state"] = state
        c["weekend"] = w["kind"] == "date" and w["start"].weekday() >= 5
        c["evening"] = w["kind"] == "date" and w["start"].hour >= 17
        c["upcoming"] = state in ("open", "deadline_passed", "tentative", "postponed_new")
        classes.append(c)
    return classes


def vnum(s):
    s = s.strip().rstrip("%").strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return float(s.replace(".", ""))
    return float(s.replace(",", ".")) if s else None


def parse_targets(path):
    rows = read_rows(path)
    hi = None
    for i, r in enumerate(rows[:30]):
        if any(fold_hdr(c) == "machitieu" for c in r):
            hi = i
            break
    hdr = [fold_hdr(c) for c in rows[hi]]
    idx = lambda name: hdr.index(name)
    out = {}
    for r in rows[hi + 1:]:
        if not any(c.strip() for c in r):
            continue
        code = r[idx("machitieu")].strip()
        if not code or fold(code).startswith(("noi nhan", "tm", "nguoi lap")):
            if code:
                break
            continue
        out[code] = {"code": code, "org": r[idx("donvi")].strip(), "org_key": org_key(r[idx("donvi")]),
                     "year": r[idx("nam")].strip(), "content": r[idx("noidung")].strip(),
                     "target_cell": r[idx("chitieu")].strip(), "target": vnum(r[idx("chitieu")]),
                     "unit": r[idx("donvitinh")].strip(), "done_cell": r[idx("dadat")].strip(),
                     "done": vnum(r[idx("dadat")]), "asof": r[idx("tinhdenngay")].strip()}
    return out


# ---- matching a spec ----
def match(spec, c):
    f = spec.get("filter", {})
    if "group" in f and c["group"] != f["group"]:
        return False
    if "org" in f and c["org_key"] != org_key(f["org"]):
        return False
    if "province" in f and c["province"] != f["province"]:
        return False
    if "place_kw" in f and fold(f["place_kw"]) not in fold(c["place"]):
        return False
    if "aud" in f and f["aud"] not in c["aud_tags"]:
        return False
    if "month" in f:
        y, m = map(int, f["month"].split("-"))
        if not (c["start"].year == y and c["start"].month == m) or c["kind"] == "quarter":
            return False
    if "batch" in f and c["batch"] != f["batch"]:
        return False
    if "mode" in f and c["mode"] not in f["mode"]:
        return False
    if "state" in f and c["state"] not in f["state"]:
        return False
    if f.get("upcoming") and not c["upcoming"]:
        return False
    if f.get("weekend") and not c["weekend"]:
        return False
    if f.get("evening") and not c["evening"]:
        return False
    if "title_kw" in f and fold(f["title_kw"]) not in fold(c["title"]):
        return False
    return True


def order_key(c):
    return (c["start"], c["code"])


def derive_text(item, c):
    """each text rule -> expected text, computed from the class cells"""
    out = []
    for rule in item:
        kind, _, arg = rule.partition(":")
        if kind == "start":
            assert c["kind"] == "date"
            out.append(dmy(c["start"]))
        elif kind == "end":
            out.append(dmy(c["end"]))
        elif kind == "deadline":
            out.append(dmy(c["deadline"]))
        elif kind == "newdate":
            out.append(dmy(c["new_date"]))
        elif kind == "place":
            assert fold(arg) in fold(c["place"]), (arg, c["place"])
            out.append(arg)
        elif kind == "org":
            assert fold(arg) in fold(c["org"]), (arg, c["org"])
            out.append(arg)
        elif kind == "label":
            assert c["label"] and fold(arg) == fold(c["label"]), (arg, c["label"])
            out.append(arg)
        elif kind == "lit":
            cond, _, word = arg.partition("=")
            ok = {"online": c["mode"] in ("online", "blended"), "cancelled": c["state"] == "cancelled",
                  "postponed": c["state"].startswith("postponed"), "finished": c["state"] == "finished",
                  "tentative": c["state"] == "tentative"}[cond]
            assert ok, (rule, c["code"], c["state"], c["mode"])
            out.append(word)
        else:
            raise ValueError(rule)
    return out


def main(out_dir=HERE):
    errs = []
    P = lambda *a: os.path.join(out_dir, *a)
    classes = parse_courses(P("courses.csv"))
    targets = parse_targets(P("targets.csv"))
    byc = {c["code"]: c for c in classes}
    if len(byc) != len(classes):
        errs.append("duplicate class codes")
    orgs = {c["org_key"] for c in classes}
    provs = {c["province"] for c in classes}
    if "" in provs:
        errs.append("class without province: %s" % [c["code"] for c in classes if not c["province"]][:5])
    for c in classes:
        if c["end"] and c["end"] < c["start"]:
            errs.append("%s end before start" % c["code"])
        lim = c["new_date"] or c["start"]
        if c["deadline"] and c["kind"] == "date" and c["deadline"] > max(lim, c["start"]) + dt.timedelta(hours=23, minutes=59):
            errs.append("%s deadline after start" % c["code"])
        if not re.fullmatch(r"[A-Za-z0-9._-]{1,40}", c["code"]):
            errs.append("bad code %r" % c["code"])
    specs = {}
    for line in open(P("method", "specs.jsonl"), encoding="utf-8"):
        s = json.loads(line)
        specs[s["id"]] = s

    def check(idv, kind, expect, text, spec):
        if kind in ("course", "course_list", "register"):
            if spec is None:
                errs.append("%s: no spec" % idv)
                return
            hits = sorted([c for c in classes if match(spec, c)], key=order_key)
            codes = [c["code"] for c in hits]
            if kind == "course":
                if spec.get("pick") is not None:
                    codes = [codes[spec["pick"]]]
                if sorted(codes) != sorted(expect):
                    errs.append("%s: expect %s but spec gives %s" % (idv, expect, codes))
                    return
                for code in codes:
                    want = derive_text(spec.get("text", []), byc[code])
                    if want != text:
                        errs.append("%s: text %s vs derived %s" % (idv, text, want))
            elif kind == "course_list":
                if codes != expect:
                    errs.append("%s: list %s vs spec %s" % (idv, expect, codes))
                if not (1 <= len(codes) <= 6):
                    errs.append("%s: list size %d" % (idv, len(codes)))
            else:
                if spec.get("pick") is not None:
                    codes = [codes[spec["pick"]]]
                if codes != expect or len(codes) != 1:
                    errs.append("%s: register %s vs %s" % (idv, expect, codes))
                elif byc[codes[0]]["state"] not in ("open",):
                    errs.append("%s: register on class in state %s" % (idv, byc[codes[0]]["state"]))
        elif kind == "target":
            if len(expect) != 1 or expect[0] not in targets:
                errs.append("%s: unknown target %s" % (idv, expect))
                return
            t = targets[expect[0]]
            want = [t["target_cell"]] + ([t["done_cell"]] if t["done_cell"] else [])
            if text != want:
                errs.append("%s: target text %s vs %s" % (idv, text, want))
            if spec:
                f = spec["filter"]
                cands = [k for k, v in targets.items() if v["org_key"] == org_key(f["org"]) and v["year"] == f["year"]
                         and (("unit" not in f) or fold(v["unit"]) == fold(f["unit"]))]
                if cands != expect:
                    errs.append("%s: target spec gives %s" % (idv, cands))
        elif kind == "fact":
            if expect or not text:
                errs.append("%s: fact expectations" % idv)
            for t in text:
                if not any(re.sub(r"\s+", " ", t) in seeds_txt for _ in [0]):
                    errs.append("%s: fact text %r not in seeds" % (idv, t))
        elif kind == "off_topic":
            if expect or text:
                errs.append("%s: off_topic with expectations" % idv)
        else:
            errs.append("%s: kind %s" % (idv, kind))

    seeds_dir = os.path.join(out_dir, "..", "given", "seeds")
    seeds_txt = " ".join(re.sub(r"\s+", " ", open(os.path.join(seeds_dir, f), encoding="utf-8").read())
                         for f in sorted(os.listdir(seeds_dir)))
    kinds = {}
    styles = {}
    ids = set()
    nq = 0
    for line in open(P("questions.jsonl"), encoding="utf-8"):
        q = json.loads(line)
        nq += 1
        if q["id"] in ids:
            errs.append("dup id %s" % q["id"])
        ids.add(q["id"])
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        styles[q["style"]] = styles.get(q["style"], 0) + 1
        check(q["id"], q["kind"], q["expect"], q["expect_text"], specs.get(q["id"]))
    nd = nt = 0
    tkinds = {}
    for line in open(P("dialogues.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        nd += 1
        if not (3 <= len(d["turns"]) <= 7):
            errs.append("%s: %d turns" % (d["id"], len(d["turns"])))
        for i, t in enumerate(d["turns"], 1):
            nt += 1
            e = t["expect"]
            tkinds[e["kind"]] = tkinds.get(e["kind"], 0) + 1
            tid = "%s.t%d" % (d["id"], i)
            check(tid, e["kind"], e["codes"], e["text"], specs.get(tid))
    need = {"course": 190, "target": 40, "fact": 45, "off_topic": 45}
    for k, n in need.items():
        if kinds.get(k, 0) < n:
            errs.append("too few %s questions: %d" % (k, kinds.get(k, 0)))
    if nq < 320 or nd < 60 or len(classes) < 320 or len(orgs) < 25 or len(provs) < 15:
        errs.append("sizes too small")
    print("classes %d, organisers %d, provinces %d, targets %d" % (len(classes), len(orgs), len(provs), len(targets)))
    states = {}
    for c in classes:
        states[c["state"]] = states.get(c["state"], 0) + 1
    print("class states:", dict(sorted(states.items())))
    print("questions %d by kind %s; styles %s" % (nq, dict(sorted(kinds.items())), dict(sorted(styles.items()))))
    print("dialogues %d, turns %d by kind %s" % (nd, nt, dict(sorted(tkinds.items()))))
    if errs:
        print("FAIL: %d problems" % len(errs))
        for e in errs[:60]:
            print(" -", e)
        return 1
    print("OK: every expectation re-derived from the CSV cells and the seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE))
