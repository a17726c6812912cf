# -*- coding: utf-8 -*-
"""Re-derives every expectation of blind set 18 from courses.csv, targets.csv and the seed articles.
Run from anywhere: python3 validate.py  -> prints the errors and «N errors»."""
import csv
import datetime as dt
import glob
import json
import os
import re
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.join(HERE, "..", "given", "seeds")
NOW = dt.datetime(2026, 11, 23, 9, 0)
errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn").lower().strip()


# ------------------------------------------------------------------ dates
def D(d, m, y):
    return dt.date(int(y), int(m), int(d))


def parse_start(cell):
    """-> (kind, start_date, end_date_or_None, start_time) ; kind 'date' or 'approx'"""
    s = cell.strip()
    if re.fullmatch(r"\d{5}", s):
        return "date", dt.date(1899, 12, 30) + dt.timedelta(days=int(s)), None, (8, 0)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})( 00:00:00)?", s)
    if m:
        return "date", D(m.group(3), m.group(2), m.group(1)), None, (8, 0)
    m = re.fullmatch(r"(\d{1,2})h(\d{2}) ngày (\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        return "date", D(m.group(3), m.group(4), m.group(5)), None, (int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(?:Thứ \w+|Chủ nhật|Sáng), (\d{1,2})/(\d{1,2})/(\d{4})", s) or re.fullmatch(r"Sáng (\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        return "date", D(*m.groups()), None, (8, 0)
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{2}):(\d{2}))?", s)
    if m:
        t = (int(m.group(4)), int(m.group(5))) if m.group(4) else (8, 0)
        return "date", D(m.group(1), m.group(2), m.group(3)), None, t
    m = re.fullmatch(r"(\d{1,2})(?:-|, | và )(\d{1,2})/(\d{1,2})/(\d{4})(?: \((\d+) ngày\))?", s)
    if m:
        return "date", D(m.group(1), m.group(3), m.group(4)), D(m.group(2), m.group(3), m.group(4)), (8, 0)
    m = re.fullmatch(r"(?:Từ )?(\d{1,2})/(\d{1,2})(?: - | đến )(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        return "date", D(m.group(1), m.group(2), m.group(5)), D(m.group(3), m.group(4), m.group(5)), (8, 0)
    if re.search(r"(tháng|T\d|quý|Quý|Q\d|6 tháng)", s, re.I) and re.search(r"20\d\d", s):
        return "approx", None, None, None
    return None, None, None, None


def parse_date(cell):
    s = cell.strip()
    if not s:
        return None, None
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{2}):(\d{2}))?", s)
    if not m:
        return "bad", None
    t = (int(m.group(4)), int(m.group(5))) if m.group(4) else None
    return D(m.group(1), m.group(2), m.group(3)), t


def days_of(cell):
    m = re.match(r"\s*(\d+)", cell or "")
    return int(m.group(1)) if m else None


# ------------------------------------------------------------------ courses
rows = {}
with open(os.path.join(HERE, "courses.csv"), encoding="utf-8-sig", newline="") as f:
    rd = csv.reader(f, delimiter=";")
    head = next(rd)
    idx = {fold(re.sub(r"\(.*?\)", "", h)): i for i, h in enumerate(head)}
    need = ["ma lop", "ten lop hoc", "ngay bat dau", "trang thai", "dia diem to chuc", "tinh/thanh pho", "so ngay", "han dang ky",
            "ngay ket thuc", "hinh thuc"]
    for n in need:
        if n not in idx:
            err(f"courses.csv: missing column {n}")
    for ln, r in enumerate(rd, start=2):
        code = r[idx["ma lop"]].strip()
        if not code:
            continue  # section / total rows
        if code in rows:
            err(f"courses.csv line {ln}: duplicate code {code}")
        if not re.fullmatch(r"[A-Za-z0-9_.-]{1,40}", code):
            err(f"courses.csv line {ln}: bad code {code}")
        c = {"code": code, "row": r, "text": " | ".join(r)}
        kind, s, e, t = parse_start(r[idx["ngay bat dau"]])
        if kind is None:
            err(f"{code}: cannot parse start {r[idx['ngay bat dau']]!r}")
        c["kind"], c["start"], c["range_end"], c["stime"] = kind, s, e, t
        ed, _ = parse_date(r[idx["ngay ket thuc"]])
        if ed == "bad":
            err(f"{code}: bad end date")
            ed = None
        c["end"] = ed or e
        dl, dlt = parse_date(r[idx["han dang ky"]])
        if dl == "bad":
            err(f"{code}: bad deadline")
            dl = None
        c["deadline"], c["dlt"] = dl, dlt
        if s and c["end"] and c["end"] < s:
            err(f"{code}: end before start")
        if s and dl and dl > s:
            err(f"{code}: deadline after start")
        st = fold(r[idx["trang thai"]])
        if st not in ("", "du kien", "mo dang ky", "da huy", "da ket thuc"):
            err(f"{code}: bad status {st}")
        c["status"] = st or ("du kien" if kind == "approx" else "mo dang ky")
        hf = fold(r[idx["hinh thuc"]])
        if hf not in ("", "tap trung", "tap trung (truc tiep)", "truc tiep", "truc tuyen", "ket hop (truc tiep va truc tuyen)",
                      "truc tiep + truc tuyen"):
            err(f"{code}: bad mode {hf}")
        nd = days_of(r[idx["so ngay"]])
        if nd is None and s and c["end"]:
            nd = (c["end"] - s).days + 1
        if nd is None:
            m = re.search(r"\((\d+) ngày\)", r[idx["ngay bat dau"]])
            nd = int(m.group(1)) if m else None
        c["days"] = nd
        c["venue"] = r[idx["dia diem to chuc"]]
        pv = fold(r[idx["tinh/thanh pho"]]).replace("tp. ", "").replace("tp ", "").replace("thanh pho ", "")
        c["prov"] = {"hcm": "ho chi minh"}.get(pv, pv)
        rows[code] = c


def upcoming(c):
    if c["status"] in ("da huy", "da ket thuc"):
        return False
    if c["kind"] == "approx":
        return True  # all approximate classes in this set lie in Dec 2026 or later
    h, m = c["stime"]
    return dt.datetime(c["start"].year, c["start"].month, c["start"].day, h, m) > NOW


def is_open(c):
    if not upcoming(c) or c["kind"] != "date" or c["status"] != "mo dang ky":
        return False
    if c["deadline"] is None:
        return True
    h, m = c["dlt"] or (23, 59)
    return dt.datetime(c["deadline"].year, c["deadline"].month, c["deadline"].day, h, m) >= NOW


if len(rows) < 300:
    err(f"only {len(rows)} courses")
provs = Counter(c["prov"] for c in rows.values())
if len(provs) < 15:
    err(f"only {len(provs)} provinces")
for c in rows.values():
    if c["kind"] == "approx" and c["status"] not in ("du kien",):
        err(f"{c['code']}: approximate class not 'Dự kiến'")

# ------------------------------------------------------------------ targets
targets = {}
with open(os.path.join(HERE, "targets.csv"), encoding="utf-8", newline="") as f:
    rd = csv.DictReader(f)
    for r in rd:
        code = r["Mã chỉ tiêu"]
        if code in targets:
            err(f"targets: duplicate {code}")
        targets[code] = r
        for k in ("Đơn vị", "Năm (hoặc giai đoạn)", "Nội dung", "Chỉ tiêu", "Đơn vị tính"):
            if not r[k].strip():
                err(f"target {code}: empty {k}")
if len(targets) < 40:
    err(f"only {len(targets)} targets")
yrs = {t["Năm (hoặc giai đoạn)"] for t in targets.values()}
for y in ("2025", "2026", "2027"):
    if y not in yrs:
        err(f"no target for {y}")
if not any(re.fullmatch(r"\d{4}\s*[-–]\s*\d{4}", y) for y in yrs):
    err("no term target")

# ------------------------------------------------------------------ seeds
seed_text = "\n".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(SEEDS, "*.txt"))))


def check_course_text(where, codes, texts):
    for t in texts:
        ok = False
        for code in codes:
            c = rows.get(code)
            if not c:
                continue
            m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", t)
            if m:
                d = D(*m.groups())
                if d in (c["start"], c["end"], c["deadline"]):
                    ok = True
            elif re.fullmatch(r"(\d+) ngày", t):
                if c["days"] == int(t.split()[0]):
                    ok = True
            elif t.lower() in c["text"].lower():
                ok = True
        if not ok:
            err(f"{where}: text {t!r} not in the row of {codes}")


def check_target_text(where, code, texts):
    t = targets.get(code)
    if not t:
        err(f"{where}: unknown target {code}")
        return
    for x in texts:
        if x not in (t["Chỉ tiêu"], t["Đã đạt"]):
            err(f"{where}: {x!r} is not target/achieved of {code}")


def check_fact(where, texts):
    if not texts:
        err(f"{where}: fact without text")
    for x in texts:
        if x not in seed_text:
            err(f"{where}: fact text {x!r} not verbatim in a seed")


# ------------------------------------------------------------------ questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
ids = set()
for q in qs:
    w = q.get("id")
    if w in ids:
        err(f"duplicate id {w}")
    ids.add(w)
    for k in ("id", "q", "style", "kind", "expect", "expect_text"):
        if k not in q:
            err(f"{w}: missing {k}")
    if q["style"] not in ("plain", "diacritics", "abbrev", "typo"):
        err(f"{w}: bad style")
    if q["style"] == "plain" and fold(q["q"]) != q["q"].lower().strip() and q["q"] != fold(q["q"]):
        if any(ch != fold(ch) and ch.lower() == ch and fold(ch) != ch.lower() for ch in q["q"]):
            err(f"{w}: plain style has diacritics")
    k = q["kind"]
    if k == "course":
        if not q["expect"]:
            err(f"{w}: course without expect")
        for code in q["expect"]:
            if code not in rows:
                err(f"{w}: unknown code {code}")
        check_course_text(w, q["expect"], q["expect_text"])
    elif k == "target":
        if len(q["expect"]) != 1:
            err(f"{w}: target needs one code")
        else:
            check_target_text(w, q["expect"][0], q["expect_text"])
    elif k == "fact":
        if q["expect"]:
            err(f"{w}: fact with codes")
        check_fact(w, q["expect_text"])
    elif k == "off_topic":
        if q["expect"] or q["expect_text"]:
            err(f"{w}: off_topic with expectations")
    else:
        err(f"{w}: bad kind {k}")
if len(qs) < 320:
    err(f"only {len(qs)} questions")
kinds = Counter(q["kind"] for q in qs)
styles = Counter(q["style"] for q in qs)
if not (0.5 <= kinds["course"] / len(qs) <= 0.6):
    err(f"course share {kinds['course'] / len(qs):.2f}")
for kk in ("target", "fact", "off_topic"):
    if not (0.12 <= kinds[kk] / len(qs) <= 0.18):
        err(f"{kk} share {kinds[kk] / len(qs):.2f}")
if max(styles.values()) - min(styles.values()) > len(qs) * 0.05:
    err(f"styles unbalanced {styles}")
prof = sum("profile" in q for q in qs) / len(qs)
if not (0.18 <= prof <= 0.35):
    err(f"profile share {prof:.2f}")

# ------------------------------------------------------------------ dialogues
ds = [json.loads(l) for l in open(os.path.join(HERE, "dialogues.jsonl"), encoding="utf-8")]
after_list = 0
end_reg = 0
for d in ds:
    w = d["id"]
    if w in ids:
        err(f"duplicate id {w}")
    ids.add(w)
    if d.get("style") not in ("plain", "diacritics", "abbrev", "typo"):
        err(f"{w}: bad style")
    ts = d["turns"]
    if not (3 <= len(ts) <= 7):
        err(f"{w}: {len(ts)} turns")
    seen_list = False
    fl = False
    for i, t in enumerate(ts):
        e = t["expect"]
        k = e["kind"]
        ww = f"{w} turn {i + 1}"
        if k in ("course_list", "course", "register"):
            if not e["codes"]:
                err(f"{ww}: no codes")
            for code in e["codes"]:
                if code not in rows:
                    err(f"{ww}: unknown code {code}")
            if k == "course_list":
                for code in e["codes"]:
                    if code in rows and not upcoming(rows[code]):
                        err(f"{ww}: listed class {code} is not upcoming")
                seen_list = True
            elif seen_list:
                fl = True
            if k == "register" and e["codes"] and e["codes"][0] in rows and not is_open(rows[e["codes"][0]]):
                err(f"{ww}: {e['codes'][0]} is not open for registration on 23/11/2026")
            check_course_text(ww, e["codes"], e["text"])
        elif k == "target":
            check_target_text(ww, e["codes"][0] if e["codes"] else "", e["text"])
        elif k == "fact":
            check_fact(ww, e["text"])
        elif k == "off_topic":
            if e["codes"] or e["text"]:
                err(f"{ww}: off_topic with expectations")
        else:
            err(f"{ww}: bad kind {k}")
    after_list += fl
    end_reg += ts[-1]["expect"]["kind"] == "register"
if len(ds) < 45:
    err(f"only {len(ds)} dialogues")
if after_list * 3 < len(ds):
    err(f"only {after_list} dialogues with follow-ups after a list")
if end_reg * 5 < len(ds):
    err(f"only {end_reg} dialogues end in registration")

for e in errors:
    print(e)
print(f"courses {len(rows)}, provinces {len(provs)}, targets {len(targets)}, questions {len(qs)} {dict(kinds)} {dict(styles)}, "
      f"dialogues {len(ds)} (turns {sum(len(d['turns']) for d in ds)}, follow-up after list {after_list}, ending in registration {end_reg})")
print(f"{len(errors)} errors")
