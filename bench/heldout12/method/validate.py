#!/usr/bin/env python3
"""Validate set b12.

Re-derives every course expectation from courses.csv (filter spec per question / dialogue turn, stored in
method/specs.json), checks that fact strings occur verbatim in a seed article, that target figures are
written in the target's row, that dialogue ordinals are unambiguous and registrations possible, and
that the files have the required shape.  Exits 1 on any error.

Usage: python3 validate.py [--seeds DIR]   (default seeds dir: ../given/seeds next to out/)
"""
import csv, json, os, re, sys, unicodedata, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
NOW = dt.datetime(2026, 11, 23, 9, 0)
ERR = []


def err(msg):
    ERR.append(msg)


def fold(s):
    s = unicodedata.normalize("NFD", s or "")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D").lower()


def read_csv(path):
    raw = open(path, encoding="utf-8-sig").read()
    first = raw.splitlines()[0]
    delim = max([",", ";", "\t"], key=first.count)
    return list(csv.DictReader(raw.splitlines(), delimiter=delim))


# ------------------------------------------------------------------ course derivation
PROVINCES = [("ho chi minh", "Hồ Chí Minh"), ("hcm", "Hồ Chí Minh"), ("can tho", "Cần Thơ"),
             ("an giang", "An Giang"), ("dong thap", "Đồng Tháp"), ("vinh long", "Vĩnh Long"),
             ("ca mau", "Cà Mau"), ("tay ninh", "Tây Ninh"), ("dong nai", "Đồng Nai")]
# former provinces (before 1/7/2025) recognised in «Địa điểm»
AREAS = [(("soc trang", "phu loi"), "Sóc Trăng"), (("vi thanh", "hau giang"), "Hậu Giang"),
         (("rach gia", "phu quoc"), "Kiên Giang"), (("my tho", "tan huong"), "Tiền Giang"),
         (("ben tre",), "Bến Tre"), (("tra vinh",), "Trà Vinh"), (("bac lieu",), "Bạc Liêu"),
         (("long an", "duc hoa"), "Long An"), (("dong xoai",), "Bình Phước"),
         (("thu dau mot", "di an", "binh duong"), "Bình Dương"), (("vung tau",), "Bà Rịa - Vũng Tàu")]
CURRENT_OF = {"Sóc Trăng": "Cần Thơ", "Hậu Giang": "Cần Thơ", "Kiên Giang": "An Giang", "Tiền Giang": "Đồng Tháp",
              "Bến Tre": "Vĩnh Long", "Trà Vinh": "Vĩnh Long", "Bạc Liêu": "Cà Mau", "Long An": "Tây Ninh",
              "Bình Phước": "Đồng Nai", "Bình Dương": "Hồ Chí Minh", "Bà Rịa - Vũng Tàu": "Hồ Chí Minh"}
# topic from «Chủ đề» (order matters)
TOPICS = [("giang vien", "gv"), ("giang day", "gv"), ("kiem tra", "kt"), ("tai chinh", "tn"), ("nu cong", "nc"),
          ("tranh chap", "tc"), ("thuong luong", "tl"), ("tltt", "tl"), ("atvsld", "at"), ("an toan", "at"),
          ("phap luat", "pl"), ("tuyen", "tg"), ("phat trien doan vien", "pt"), ("chuyen doi so", "cs"),
          ("tin hoc", "cs"), ("nghiep vu", "nv")]
# audiences a role is part of: a class for one of these is an arguable (ambiguous) answer for the role
# (a class for rank-and-file members, «Đoàn viên, người lao động», is not counted as a class for a cadre role)
BROADER = {"ct": {"bch", "khong_chuyen_trach"}, "pct": {"bch", "khong_chuyen_trach"},
           "bch": {"khong_chuyen_trach"}, "nu_cong": {"bch"}}
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def province_of(text):
    f = fold(text)
    for k, v in PROVINCES:
        if k in f:
            return v
    return None


def area_of(place, province):
    f = fold(place)
    if "truc tuyen" in f:
        return None
    for keys, name in AREAS:
        if any(k in f for k in keys):
            return name
    return province


def topic_of(theme):
    f = fold(theme)
    for k, v in TOPICS:
        if k in f:
            return v
    return None


def audience_of(text):
    f = fold(text)
    f = f.replace("p.chu tich", "pct").replace("pho chu tich", "pct").replace("chu tich", "ct")
    toks = set(re.split(r"[^a-z0-9]+", f))
    a = set()
    if "ct" in toks: a.add("ct")
    if "pct" in toks: a.add("pct")
    if "bch" in toks: a.add("bch")
    if "ubkt" in toks or "uy ban kiem tra" in f: a.add("ubkt")
    if "ke toan" in f: a.add("ke_toan")
    if "thu quy" in f: a.add("thu_quy")
    if "nu cong" in f: a.add("nu_cong")
    if "an toan ve sinh vien" in f: a.add("atvsv")
    if "nguoi lao dong" in f or "doan vien" in f: a.add("dv")
    if "khong chuyen trach" in f: a.add("khong_chuyen_trach")
    elif "chuyen trach" in f: a.add("chuyen_trach")
    if "cap tren co so" in f: a.add("cap_tren")
    if "giang vien" in f: a.add("gv")
    if "to truong" in f: a.add("to_truong")
    return a


def parse_date(s):
    """-> (start datetime, end date, planned(bool), period_end date) or raises."""
    t = s.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?(?:\s*\(\d+ ngày\))?", t)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
        hh, mm = (int(m[4]), int(m[5])) if m[4] else (8, 0)
        return dt.datetime(y, mo, d, hh, mm), None, False, None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return dt.datetime(int(m[1]), int(m[2]), int(m[3]), 8, 0), None, False, None
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*\(\d+ ngày\))?", t)
    if m:
        y, mo = int(m[4]), int(m[3])
        return dt.datetime(y, mo, int(m[1]), 8, 0), dt.date(y, mo, int(m[2])), False, None
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})\s*-\s*(\d{1,2})/(\d{1,2})/(\d{4})", t)
    if m:
        y = int(m[5])
        return dt.datetime(y, int(m[2]), int(m[1]), 8, 0), dt.date(y, int(m[4]), int(m[3])), False, None
    m = re.fullmatch(r"8h00 ngày (\d{1,2})/(\d{1,2})/(\d{4})", t)
    if m:
        return dt.datetime(int(m[3]), int(m[2]), int(m[1]), 8, 0), None, False, None
    f = fold(t)
    m = re.fullmatch(r"(?:thang |t)(\d{1,2})(?:-(\d{1,2}))?(?:/| nam )(\d{4})", f)
    if m:
        y, a = int(m[3]), int(m[1])
        b = int(m[2]) if m[2] else a
        return dt.datetime(y, a, 1, 8, 0), None, True, month_end(y, b)
    m = re.fullmatch(r"(?:quy |q)(iv|iii|ii|i|\d)/(\d{4})", f)
    if m:
        q = ROMAN.get(m[1].upper()) or int(m[1])
        y = int(m[2])
        return dt.datetime(y, 3 * q - 2, 1, 8, 0), None, True, month_end(y, 3 * q)
    raise ValueError(s)


def month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))


def one_date(s):
    s = s.strip()
    if not s:
        return None
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError(s)


def load_courses(path):
    out = {}
    for i, r in enumerate(read_csv(path), 2):
        code = r["Mã lớp"].strip()
        if not re.fullmatch(r"[A-Za-z0-9_.\-]{1,40}", code):
            err(f"courses.csv row {i}: bad code {code!r}")
        if code in out:
            err(f"courses.csv row {i}: duplicate code {code}")
        if not r["Tên lớp"].strip() or not r["Ngày bắt đầu"].strip():
            err(f"courses.csv row {i}: required cell empty")
        try:
            start, end_from_range, planned, period_end = parse_date(r["Ngày bắt đầu"])
        except ValueError:
            err(f"courses.csv row {i}: cannot parse start {r['Ngày bắt đầu']!r}")
            continue
        end = one_date(r["Ngày kết thúc"]) or end_from_range
        dl = one_date(r["Hạn đăng ký"])
        if end and not planned and end < start.date():
            err(f"{code}: end before start")
        if dl and not planned and dl > start.date():
            err(f"{code}: deadline after start")
        status = fold(r["Trạng thái"]).strip()
        if status not in ("", "du kien", "mo dang ky", "da huy", "da ket thuc"):
            err(f"{code}: bad status {r['Trạng thái']!r}")
        form = fold(r["Hình thức"])
        if form and not any(form.startswith(x) for x in ("tap trung", "truc tuyen", "ket hop")):
            err(f"{code}: bad form {r['Hình thức']!r}")
        prov = province_of(r["Tỉnh/Thành phố"])
        if not prov:
            err(f"{code}: unknown province {r['Tỉnh/Thành phố']!r}")
        topic = topic_of(r["Chủ đề"])
        if not topic:
            err(f"{code}: topic not derivable from {r['Chủ đề']!r}")
        if planned:
            upcoming = status not in ("da huy", "da ket thuc") and period_end >= NOW.date()
        else:
            upcoming = status not in ("da huy", "da ket thuc") and start > NOW
        registrable = (upcoming and not planned and status != "du kien"
                       and (dl is None or dt.datetime.combine(dl, dt.time(23, 59)) >= NOW))
        out[code] = dict(code=code, row=r, start=start, end=end, planned=planned, period_end=period_end,
                         deadline=dl, status=status, form=("online" if form.startswith("truc tuyen") else
                                                           "blended" if form.startswith("ket hop") else "onsite"),
                         province=prov, area=area_of(r["Địa điểm"], prov), topic=topic,
                         aud=audience_of(r["Đối tượng"]), upcoming=upcoming, registrable=registrable,
                         sort=start.date())
    return out


def judge(c, spec):
    """Each criterion of the spec: 'yes', 'no' or an ambiguity message."""
    out = []
    if "province" in spec:
        out.append("yes" if c["province"] == spec["province"] else "no")
    if "topic" in spec:
        out.append("yes" if c["topic"] in spec["topic"] else "no")
    if "org" in spec:
        out.append("yes" if fold(spec["org"]) in fold(c["row"]["Đơn vị tổ chức"]) else "no")
    if "title_kw" in spec:
        out.append("yes" if fold(spec["title_kw"]) in fold(c["row"]["Tên lớp"]) else "no")
    if "aud" in spec:
        want = set(spec["aud"])
        if c["aud"] & want:
            out.append("yes")
        else:
            broader = set().union(*(BROADER.get(a, set()) for a in want))
            out.append(f"{c['code']} audience {sorted(c['aud'])} arguably includes {sorted(want)}"
                       if c["aud"] & broader else "no")
    if "form" in spec:
        if c["form"] == "blended":
            out.append(f"{c['code']} is blended (counts as {spec['form']}?)")
        else:
            out.append("yes" if c["form"] == spec["form"] else "no")
    if "period" in spec:
        a, b = (dt.date.fromisoformat(x) for x in spec["period"])
        if c["planned"]:
            ps, pe = c["start"].date(), c["period_end"]
            if a <= ps and pe <= b:
                out.append("yes")
            elif ps <= b and pe >= a:
                out.append(f"{c['code']} planned period partly overlaps {a}..{b}")
            else:
                out.append("no")
        else:
            out.append("yes" if a <= c["start"].date() <= b else "no")
    return out


def match(C, spec, where):
    """Return the matching upcoming classes, nearest first; records an error on any ambiguity."""
    res, amb = [], []
    for c in C.values():
        if not c["upcoming"]:
            continue
        j = judge(c, spec)
        if "no" in j:
            continue
        msgs = [x for x in j if x != "yes"]
        if msgs:
            amb.extend(msgs)
            continue
        res.append(c)
    if "area" in spec:
        # former-province question: the classes held in that area must be exactly the province's classes
        held = [c for c in res if c["area"] == spec["area"]]
        if len(held) != len(res):
            amb.append(f"former-area {spec['area']}: province set {sorted(x['code'] for x in res)} "
                       f"!= area set {sorted(x['code'] for x in held)}")
        if CURRENT_OF.get(spec["area"]) != spec.get("province"):
            err(f"{where}: area {spec['area']} not in province {spec.get('province')}")
    for a in amb:
        err(f"{where}: ambiguous - {a}")
    res.sort(key=lambda c: (c["sort"], c["code"]))
    return res


def load_targets(path):
    T = {}
    for i, r in enumerate(read_csv(path), 2):
        code = r["Mã chỉ tiêu"].strip()
        if code in T:
            err(f"targets.csv row {i}: duplicate code {code}")
        for col in ("Mã chỉ tiêu", "Đơn vị", "Năm", "Nội dung", "Chỉ tiêu", "Đơn vị tính"):
            if not r[col].strip():
                err(f"targets.csv row {i}: {col} empty")
        if not re.fullmatch(r"\d{4}(?:[-–]\d{4})?", r["Năm"].strip()):
            err(f"targets.csv row {i}: bad year")
        for col in ("Chỉ tiêu", "Đã đạt"):
            v = r[col].strip()
            if v and not re.fullmatch(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?%?|\d+(?:,\d+)?%?", v):
                err(f"targets.csv row {i}: bad number {v!r}")
        if r["Tính đến ngày"].strip() and not re.fullmatch(r"\d{2}/\d{2}/\d{4}", r["Tính đến ngày"].strip()):
            err(f"targets.csv row {i}: bad date")
        T[code] = r
    return T


def text_in_course(c, s):
    """A reply string must come from the class row: a date dd/mm/yyyy of the class, or words of a cell."""
    if re.fullmatch(r"\d{2}/\d{2}/\d{4}", s):
        dates = {c["start"].date()}
        if c["end"]:
            dates.add(c["end"])
        if c["deadline"]:
            dates.add(c["deadline"])
        return dt.datetime.strptime(s, "%d/%m/%Y").date() in dates
    f = fold(s)
    return any(f in fold(v) for v in c["row"].values())


def main():
    seeds_dir = os.path.join(HERE, "..", "given", "seeds")
    if "--seeds" in sys.argv:
        seeds_dir = sys.argv[sys.argv.index("--seeds") + 1]
    seeds = "\n".join(open(os.path.join(seeds_dir, f), encoding="utf-8").read()
                      for f in sorted(os.listdir(seeds_dir)))
    C = load_courses(os.path.join(HERE, "courses.csv"))
    T = load_targets(os.path.join(HERE, "targets.csv"))
    specs = json.load(open(os.path.join(HERE, "method", "specs.json"), encoding="utf-8"))
    provs = {c["province"] for c in C.values()}
    if len(C) < 160 or len(provs) < 8 or len(T) < 15:
        err(f"data too small: {len(C)} classes, {len(provs)} provinces, {len(T)} targets")

    # ---------------------------------------------------------- questions
    kinds = {}
    ids = set()
    for ln, line in enumerate(open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8"), 1):
        q = json.loads(line)
        qid = q["id"]
        if qid in ids or not re.fullmatch(r"b12-C\d{3}", qid):
            err(f"question {qid}: bad or duplicate id")
        ids.add(qid)
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        if q["style"] not in ("diacritics", "plain", "abbrev", "typo"):
            err(f"{qid}: bad style")
        if set(q) - {"id", "q", "style", "kind", "expect", "expect_text", "profile"}:
            err(f"{qid}: extra keys")
        if set(q.get("profile", {})) - {"role", "province", "union"}:
            err(f"{qid}: bad profile keys")
        if not q["q"].strip():
            err(f"{qid}: empty question")
        k = q["kind"]
        if k == "course":
            spec = specs.get(qid)
            if spec is None:
                err(f"{qid}: no spec")
                continue
            got = [c["code"] for c in match(C, spec, qid)]
            if not got:
                err(f"{qid}: spec matches nothing")
            if sorted(got) != sorted(q["expect"]):
                err(f"{qid}: expect {sorted(q['expect'])} != derived {sorted(got)}")
        elif k == "target":
            if len(q["expect"]) != 1 or q["expect"][0] not in T:
                err(f"{qid}: target code")
                continue
            row = T[q["expect"][0]]
            for s in q["expect_text"]:
                if s not in row.values():
                    err(f"{qid}: figure {s!r} not in row {q['expect'][0]}")
            if not q["expect_text"]:
                err(f"{qid}: no figures")
        elif k == "fact":
            if q["expect"] or not (1 <= len(q["expect_text"]) <= 3):
                err(f"{qid}: fact shape")
            for s in q["expect_text"]:
                if s not in seeds:
                    err(f"{qid}: fact string {s!r} not in seeds")
        elif k == "off_topic":
            if q["expect"] or q["expect_text"]:
                err(f"{qid}: off_topic must expect nothing")
        else:
            err(f"{qid}: bad kind {k}")

    # ---------------------------------------------------------- dialogues
    nd = 0
    for line in open(os.path.join(HERE, "dialogues.jsonl"), encoding="utf-8"):
        D = json.loads(line)
        nd += 1
        did = D["id"]
        if did in ids or not re.fullmatch(r"b12-D\d{2}", did):
            err(f"dialogue {did}: bad or duplicate id")
        ids.add(did)
        if D.get("style") not in ("diacritics", "plain", "abbrev", "typo"):
            err(f"{did}: bad style")
        if set(D.get("profile", {})) - {"role", "province", "union"}:
            err(f"{did}: bad profile keys")
        if not (4 <= len(D["turns"]) <= 7):
            err(f"{did}: {len(D['turns'])} turns")
        lists = {}
        for ti, t in enumerate(D["turns"]):
            e = t["expect"]
            key = f"{did}#{ti}"
            spec = specs.get(key, {})
            k = e["kind"]
            if k == "course_list":
                got = match(C, spec, key)
                codes = [c["code"] for c in got]
                if not codes or len(codes) > 6:
                    err(f"{key}: list has {len(codes)} classes")
                if sorted(codes) != sorted(e["codes"]):
                    err(f"{key}: codes {sorted(e['codes'])} != derived {sorted(codes)}")
                if len({c['sort'] for c in got}) != len(got):
                    err(f"{key}: ties in start order - ordinals ambiguous")
                lists[ti] = codes
                for s in e.get("text", []):
                    if not any(text_in_course(c, s) for c in got):
                        err(f"{key}: text {s!r} not in any listed class")
            elif k in ("course", "register"):
                if len(e["codes"]) != 1 or e["codes"][0] not in C:
                    err(f"{key}: needs one known class code")
                    continue
                code = e["codes"][0]
                if "ref" in spec:
                    li, n = spec["ref"]
                    if li not in lists or len(lists[li]) < n or lists[li][n - 1] != code:
                        err(f"{key}: ordinal {n} of turn {li} list is not {code}")
                elif "spec" in spec:
                    got = [c["code"] for c in match(C, spec["spec"], key)]
                    if got != [code]:
                        err(f"{key}: single-class spec gives {got}")
                elif "same" in spec:
                    prev = D["turns"][spec["same"]]["expect"]["codes"]
                    if prev[:1] != [code]:
                        err(f"{key}: not the same class as turn {spec['same']}")
                else:
                    err(f"{key}: no spec for {k}")
                if not C[code]["upcoming"]:
                    err(f"{key}: {code} not upcoming")
                if k == "register" and not C[code]["registrable"]:
                    err(f"{key}: {code} not open for registration")
                for s in e.get("text", []):
                    if not text_in_course(C[code], s):
                        err(f"{key}: text {s!r} not said by {code}")
            elif k == "target":
                if len(e["codes"]) != 1 or e["codes"][0] not in T:
                    err(f"{key}: target code")
                    continue
                for s in e.get("text", []):
                    if s not in T[e["codes"][0]].values():
                        err(f"{key}: figure {s!r} not in target row")
            elif k == "fact":
                if e["codes"] or not e.get("text"):
                    err(f"{key}: fact shape")
                for s in e.get("text", []):
                    if s not in seeds:
                        err(f"{key}: fact string {s!r} not in seeds")
            elif k == "off_topic":
                if e["codes"] or e.get("text"):
                    err(f"{key}: off_topic must expect nothing")
            else:
                err(f"{key}: bad kind {k}")
    if nd < 40:
        err(f"only {nd} dialogues")
    total = sum(kinds.values())
    print(f"{len(C)} classes in {len(provs)} provinces, {len(T)} targets; {total} questions {kinds}; {nd} dialogues")
    for e in ERR:
        print("ERROR:", e)
    print(f"{len(ERR)} errors")
    sys.exit(1 if ERR else 0)


if __name__ == "__main__":
    main()
