# -*- coding: utf-8 -*-
"""Writes questions.jsonl, dialogues.jsonl and method/specs.jsonl from the parsed CSV cells. Fixed seed."""
import json, os, random, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
sys.path.insert(0, HERE)
sys.path.insert(0, OUT)
import validate as V
from data import ORGS, GROUP_NAMES, AUD_NAMES, ORG_NAMES
from texts import FACTS, OFFTOPIC, FORMER

R = random.Random(3802)
CL = V.parse_courses(os.path.join(OUT, "courses.csv"))
TG = V.parse_targets(os.path.join(OUT, "targets.csv"))
BYC = {c["code"]: c for c in CL}
ORGNAME = {o[0]: o[1][0] for o in ORGS}
ORGPROV = {o[0]: o[2] for o in ORGS}
LDLD_OF_PROV = {o[2]: o[0] for o in ORGS if o[1][0].startswith("LĐLĐ")}
PLACEKEYS = {o[0]: [p[1] for p in o[3]] for o in ORGS}
NATURAL_PLACES = {"Quế Võ", "Hải Dương", "Quy Nhơn", "Tuy Hòa", "Phan Thiết", "Phan Rang", "Vũng Tàu", "Thủ Dầu Một",
                  "Tam Kỳ", "Hòa Khánh", "Bỉm Sơn", "Mông Dương", "Đình Trám", "Đồng Xoài", "Rạch Giá", "Vị Thanh",
                  "Phú Lợi", "Tân Thuận", "Phú Bài", "Bạch Mai", "Pleiku", "Buôn Ma Thuột", "Nha Trang", "Long Xuyên",
                  "Hồng Gai", "Dung Quất", "Changshin", "Lý Tự Trọng", "Việt Xô", "Xuân Hương", "Hà Tu", "Trấn Biên"}
PROV_NAMES = {"Hồ Chí Minh": ["TP.HCM", "Sài Gòn", "thành phố Hồ Chí Minh"], "Huế": ["Huế"], "Hà Nội": ["Hà Nội"]}


NATIONAL = {"GDVN", "DHCD", "YTVN", "TKV"}


def org_code_of(c):
    return c["code"].split("-")[0]


def strip(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in s if unicodedata.category(ch) != "Mn"))


ABBR = [("công đoàn cơ sở", "cđcs"), ("không", "ko"), ("đăng ký", "dk"), ("được", "dc"), ("liên đoàn lao động", "ldld"),
        ("chủ tịch", "ct"), ("gì", "j"), ("bạn", "bn"), ("thế nào", "ntn"), ("học viên", "hv"), ("chỉ tiêu", "ct"),
        ("bao nhiêu", "bn"), ("tháng", "th"), ("với", "vs"), ("em", "e"), ("mình", "mk"), ("biết", "bít")]


def style_text(s, st):
    if st == "diacritics":
        return s[0].upper() + s[1:]
    if st == "plain":
        return strip(s)
    if st == "abbrev":
        t = s.lower()
        for a, b in ABBR:
            if R.random() < 0.8:
                t = re.sub(r"\b%s\b" % a, b, t)
        t = t.replace("?", "")
        return strip(t) if R.random() < 0.5 else t
    if st == "typo":
        words = s.split(" ")
        cand = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
        for i in R.sample(cand, min(2, len(cand))):
            w = words[i]
            r = R.random()
            if r < 0.4:
                words[i] = strip(w)
            elif r < 0.7:
                j = R.randint(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            else:
                words[i] = w + R.choice(["f", "j", "s", "x"]) if not w[-1].isdigit() else w
        return " ".join(words)
    if st == "voice":
        t = re.sub(r"[?,.!]", "", s.lower())
        pre = R.choice(["ừm ", "dạ cho em hỏi ", "à ", "ờ cho tôi hỏi ", "alo ", "ừm à "])
        if R.random() < 0.4:
            ws = t.split()
            k = R.randint(1, max(1, len(ws) - 1))
            ws.insert(k, R.choice(["à", "ừm", "thì"]))
            t = " ".join(ws)
        return pre + t
    if st == "regional_north":
        t = s.replace(" vậy", " thế").rstrip("?")
        return t + R.choice([" không ạ", " ạ", " nhỉ", " thế"]) if not t.endswith(("ạ", "thế")) else t
    if st == "regional_central":
        t = s.rstrip("?")
        for a, b in ((" gì", " chi"), (" đâu", " mô"), (" vậy", " rứa"), (" sao", " răng"), (" nào", " mô"), ("không", "không hè")):
            t = t.replace(a, b)
        return t + R.choice(["", " hỉ", " rứa"])
    if st == "regional_south":
        t = s.rstrip("?")
        for a, b in (("không", "hông"), (" vậy", " dzậy"), (" gì", " gì dậy")):
            t = t.replace(a, b)
        return t + R.choice([" nha", " vậy ta", " dạ", ""])
    raise ValueError(st)


STYLES = ["diacritics"] * 5 + ["plain"] * 4 + ["abbrev"] * 3 + ["typo"] * 2 + ["voice"] * 2 + \
         ["regional_north", "regional_central", "regional_south"]


def group_phrase(g):
    return R.choice(GROUP_NAMES[g])[0]


def org_phrase(oc):
    return ORG_NAMES[oc][0][0]


def prov_phrase(p):
    return R.choice(PROV_NAMES.get(p, [p]))


def month_phrase(ym):
    y, m = map(int, ym.split("-"))
    if (y, m) == (2026, 12):
        return R.choice(["tháng 12", "tháng sau", "tháng 12 này"])
    if (y, m) == (2026, 11):
        return "tháng này"
    return R.choice(["tháng %d/%d" % (m, y), "tháng %d năm sau" % m, "tháng %d" % m])


def qual_text(f):
    parts = []
    if "aud" in f:
        parts.append("cho " + AUD_NAMES[f["aud"]][0][0])
    if "batch" in f:
        parts.append("đợt %d" % f["batch"])
    if "org" in f:
        parts.append("của " + org_phrase(f["_oc"]))
    if "province" in f:
        parts.append("ở " + prov_phrase(f["province"]))
    if "place_kw" in f:
        parts.append(R.choice(["ở ", "tại ", "bên "]) + f["place_kw"] + (" cũ" if f["place_kw"] in FORMER and R.random() < 0.5 else ""))
    if "month" in f:
        parts.append(month_phrase(f["month"]))
    if f.get("weekend"):
        parts.append("học cuối tuần")
    if f.get("evening"):
        parts.append("học buổi tối")
    if "mode" in f:
        parts.append("học online")
    return " ".join(parts)


def hits(f):
    return sorted([c for c in CL if V.match({"filter": f}, c)], key=V.order_key)


def public(f):
    return {k: v for k, v in f.items() if not k.startswith("_")}


def unique_filter(c, allow_org=True, require=None):
    oc = org_code_of(c)
    base = {"group": c["group"]}
    if c["group"] == "nghiepvu":
        # «lớp nghiệp vụ» also fits «Nghiệp vụ tài chính / kiểm tra…»: compete with every title saying «nghiệp vụ»
        base = {"title_kw": "nghiệp vụ"}
    opts = []
    locs = []
    if allow_org:
        locs.append({"org": c["org"], "_oc": oc})
    locs.append({"province": c["province"]})
    pk = [k for k in PLACEKEYS[oc] if k in NATURAL_PLACES and V.fold(k) in V.fold(c["place"])]
    if pk:
        locs.append({"place_kw": pk[0]})
    extras = [{}]
    if c["aud_tags"]:
        extras += [{"aud": t} for t in c["aud_tags"] if t in AUD_NAMES][:2]
    if c["batch"]:
        extras.append({"batch": c["batch"]})
    if c["kind"] in ("date", "month"):
        extras.append({"month": "%d-%02d" % (c["start"].year, c["start"].month)})
    if c["evening"]:
        extras.append({"evening": True})
    ex2 = [{**a, **b} for a in extras for b in extras if a and b and list(a)[0] < list(b)[0]]
    R.shuffle(locs)
    for ex in extras + ex2:
        for loc in locs:
            f = {**base, **loc, **ex}
            if require and not all(k in f for k in require):
                continue
            h = hits(public(f))
            if [x["code"] for x in h] == [c["code"]]:
                return f
    return None


# ---------------------------------------------------------------------------------------------------
Q = []
SPECS = []


def add_q(kind, text, style, expect, etext, spec=None, profile=None):
    qid = "b38-q%03d" % (len(Q) + 1)
    Q.append({"id": qid, "q": text, "style": style, "kind": kind, "expect": expect, "expect_text": etext,
              "profile": profile})
    if spec is not None:
        SPECS.append({"id": qid, **spec})


ASK = {
 "where": (["lớp {n} {q} học ở đâu vậy?", "cho hỏi lớp {n} {q} tổ chức ở đâu?", "lớp {n} {q} địa điểm ở đâu?"], ["place"]),
 "when": (["lớp {n} {q} khi nào học?", "lớp {n} {q} khai giảng ngày nào?", "bao giờ học lớp {n} {q}?"], ["start"]),
 "deadline": (["hạn đăng ký lớp {n} {q} đến ngày nào?", "lớp {n} {q} đăng ký trước ngày mấy?", "đăng ký lớp {n} {q} hạn chót khi nào?"], ["deadline"]),
 "online": (["lớp {n} {q} có học online không?", "lớp {n} {q} học trực tuyến được không?"], ["lit:online=trực tuyến"]),
 "org": (["lớp {n} {q} do đơn vị nào tổ chức?", "ai tổ chức lớp {n} {q} vậy?"], ["org"]),
 "passed": (["lớp {n} {q} còn đăng ký được không?", "giờ đăng ký lớp {n} {q} còn kịp không?"], ["deadline"]),
 "underway": (["lớp {n} {q} đang học phải không, học tới ngày nào?", "lớp {n} {q} kết thúc ngày nào?"], ["end"]),
 "finished": (["lớp {n} {q} học xong chưa?", "lớp {n} {q} đã tổ chức chưa?"], ["lit:finished=kết thúc"]),
 "cancelled": (["lớp {n} {q} còn tổ chức không?", "nghe nói lớp {n} {q} bị hủy hả?"], ["lit:cancelled=hủy"]),
 "pnew": (["lớp {n} {q} dời sang ngày nào?", "lớp {n} {q} bị hoãn, lịch mới là khi nào?"], ["newdate"]),
 "pno": (["lớp {n} {q} có bị hoãn không?", "lớp {n} {q} sao chưa thấy học, bị hoãn à?"], ["lit:postponed=hoãn"]),
 "tent": (["lớp {n} {q} dự kiến khi nào học?", "lớp {n} {q} có lịch chưa?"], ["lit:tentative=dự kiến"]),
}
ORG_TEXT = {"GDVN": "Giáo dục", "DHCD": "Đại học Công đoàn", "YTVN": "Y tế Việt Nam", "TKV": "Than - Khoáng sản",
            "KBN": "Bắc Ninh", "NSO": "Nghi Sơn", "BVNA": "Bệnh viện Hữu nghị", "PHC": "Hải Châu", "DQT": "Dung Quất",
            "TAYN": "Tây Nguyên", "HEP": "Khu chế xuất", "TDM": "Thủ Dầu Một", "YHC": "Y tế", "CSV": "Changshin",
            "LPU": "Long Phú"}


def course_item(c, qtype, f, style, profile=None):
    tmpl, rules = ASK[qtype]
    q = qual_text(f)
    if profile:
        q = q.replace("ở " + f.get("province", "@@"), R.choice(["ở tỉnh mình", "bên mình", "ở chỗ mình"]) if f.get("province") else "")
    text = R.choice(tmpl).format(n=group_phrase(c["group"]), q=q)
    text = re.sub(r"\s+", " ", text).replace(" ?", "?")
    rules2 = []
    for r in rules:
        if r == "place":
            keys = [k for k in PLACEKEYS[org_code_of(c)] if V.fold(k) in V.fold(c["place"])]
            rules2.append("place:" + keys[0])
        elif r == "org":
            rules2.append("org:" + ORG_TEXT[org_code_of(c)])
        else:
            rules2.append(r)
    etext = V.derive_text(rules2, c)
    return style_text(text, style), public(f), rules2, etext


def qtype_for(c):
    st = c["state"]
    if st == "finished":
        return "finished"
    if st == "cancelled":
        return "cancelled"
    if st == "postponed_new":
        return "pnew"
    if st == "postponed_nodate":
        return "pno"
    if st == "tentative":
        return "tent"
    if st == "underway":
        return "underway"
    if st == "deadline_passed":
        return "passed"
    opts = ["where", "when", "where", "when"]
    if c["deadline"]:
        opts += ["deadline", "deadline"]
    if c["mode"] in ("online", "blended"):
        opts += ["online"] * 4
    if org_code_of(c) in ORG_TEXT:
        opts += ["org", "org"]
    if c["mode"] == "online":
        opts = [o for o in opts if o != "where"]
    return R.choice(opts)


def make_course_questions():
    order = CL[:]
    R.shuffle(order)
    n = 0
    used = set()
    for c in order:
        if n >= 205:
            break
        qt = qtype_for(c)
        f = unique_filter(c, allow_org=(qt != "org"))
        if f is None:
            continue
        if qt == "where" and "place_kw" in f:
            qt = "when" if c["kind"] == "date" else qt
            if qt == "where":
                continue
        style = R.choice(STYLES)
        profile = None
        if "province" in f and R.random() < 0.35 and qt != "org":
            profile = {"province": f["province"], "role": R.choice(["Chủ tịch CĐCS", "Ủy viên BCH", "Kế toán CĐCS", None]),
                       "union": None}
        text, pf, rules, etext = course_item(c, qt, f, style, profile)
        if text in used:
            continue
        used.add(text)
        add_q("course", text, style, [c["code"]], etext, {"filter": pf, "text": rules}, profile)
        n += 1
    # discovery questions: several classes may fit equally
    combos = []
    for c in CL:
        if c["state"] != "open" or c["kind"] != "date":
            continue
        for t in c["aud_tags"]:
            if t in AUD_NAMES:
                combos.append({"province": c["province"], "aud": t, "month": "%d-%02d" % (c["start"].year, c["start"].month), "upcoming": True})
        if c["mode"] != "offline":
            combos.append({"province": c["province"], "mode": ["online", "blended"], "upcoming": True})
        if c["weekend"]:
            combos.append({"province": c["province"], "weekend": True, "group": c["group"], "upcoming": True})
    R.shuffle(combos)
    seen = set()
    k = 0
    for f in combos:
        key = json.dumps(f, sort_keys=True)
        if key in seen:
            continue
        seen.add(key)
        h = hits(f)
        if not (1 <= len(h) <= 2) or any(org_code_of(c) in NATIONAL for c in h):
            continue
        if f.get("group") == "nghiepvu" and h != hits({**{k: v for k, v in f.items() if k != "group"}, "title_kw": "nghiệp vụ"}):
            continue
        style = R.choice(STYLES)
        parts = []
        if "group" in f:
            parts.append("lớp " + group_phrase(f["group"]))
        else:
            parts.append("lớp nào")
        if "aud" in f:
            parts.append("cho " + AUD_NAMES[f["aud"]][0][0])
        if f.get("weekend"):
            parts.append("học cuối tuần")
        if "mode" in f:
            parts.append("học online")
        parts.append("ở " + prov_phrase(f["province"]))
        if "month" in f:
            parts.append(month_phrase(f["month"]))
        lead = R.choice(["có ", "còn ", "cho mình hỏi có "])
        text = lead + " ".join(parts) + R.choice([" không?", " ko?", " không vậy?"])
        if "group" in f and text.startswith(("có lớp", "còn lớp")):
            text = text.replace("lớp " + parts[0][4:], "lớp " + parts[0][4:] + " nào", 1)
        add_q("course", style_text(text, style), style, [x["code"] for x in h], [], {"filter": f, "text": []})
        k += 1
        if k >= 25:
            break


def make_target_questions():
    items = []
    for code, t in TG.items():
        oc = code.split("-")[1]
        items.append((oc, code, t))
    R.shuffle(items)
    n = 0
    for oc, code, t in items:
        if n >= 52:
            break
        year, unit = t["year"], t["unit"]
        others = [k for k, v in TG.items() if v["org_key"] == t["org_key"] and v["year"] == year]
        style = R.choice(STYLES)
        oname = org_phrase(oc)
        profile = None
        yr = R.choice(["năm nay", "năm 2026"]) if year == "2026" else R.choice(["năm ngoái", "năm 2025"])
        if unit == "học viên":
            what = R.choice(["đào tạo được bao nhiêu học viên so với chỉ tiêu", "đạt chỉ tiêu đào tạo cán bộ chưa",
                             "chỉ tiêu bồi dưỡng cán bộ là bao nhiêu, đạt bao nhiêu rồi", "đạt bao nhiêu học viên"])
            if len(others) > 1:
                what = R.choice(["đào tạo được bao nhiêu học viên so với chỉ tiêu", "chỉ tiêu số học viên đạt chưa"])
        elif unit == "lớp":
            what = R.choice(["chỉ tiêu mở bao nhiêu lớp, đã mở được mấy lớp", "chỉ tiêu số lớp tập huấn đạt chưa"])
        else:
            what = R.choice(["chỉ tiêu bồi dưỡng chủ tịch CĐCS đạt bao nhiêu rồi", "bồi dưỡng được bao nhiêu chủ tịch CĐCS so với chỉ tiêu"])
        prov = ORGPROV[oc]
        if oc in LDLD_OF_PROV.values() and R.random() < 0.3:
            profile = {"province": prov, "role": R.choice(["Chủ tịch CĐCS", "Cán bộ LĐLĐ tỉnh", None]), "union": None}
            text = "%s %s %s" % (yr, R.choice(["tỉnh mình", "LĐLĐ tỉnh mình", "bên mình"]), what)
        elif oc in LDLD_OF_PROV.values() and prov in FORMER.values() and R.random() < 0.3:
            old = R.choice([k for k, v in FORMER.items() if v == prov])
            text = "%s %s cũ %s" % (R.choice(["LĐLĐ bên", "bên", "LĐLĐ"]), old, yr + " " + what) if R.random() < 0.6 else \
                "%s %s cũ %s" % (yr, old, what)
        else:
            text = "%s %s %s" % (oname, yr, what)
        text = text[0].upper() + text[1:] + "?"
        etext = [t["target_cell"]] + ([t["done_cell"]] if t["done_cell"] else [])
        spec = {"filter": {"org": t["org"], "year": year, "unit": unit}}
        add_q("target", style_text(text, style), style, [code], etext, spec, profile)
        n += 1


def make_fact_offtopic():
    for text, etext in FACTS:
        style = R.choice(STYLES)
        add_q("fact", style_text(text, style), style, [], etext)
    for text in OFFTOPIC:
        style = R.choice(STYLES)
        add_q("off_topic", style_text(text, style), style, [], [])


# ---------------------------------------------------------------------------------------------------
D = []


def list_sets():
    out = []
    provs = sorted({c["province"] for c in CL})
    for p in provs:
        for g in GROUP_NAMES:
            f = {"group": g, "province": p, "upcoming": True}
            h = hits(f)
            if g == "nghiepvu" and [x["code"] for x in h] != [x["code"] for x in hits({"title_kw": "nghiệp vụ", "province": p, "upcoming": True})]:
                continue
            if 2 <= len(h) <= 4 and not any(org_code_of(c) in NATIONAL for c in h) and all(c["state"] == "open" and c["kind"] == "date" for c in h) and \
                    len({c["start"] for c in h}) == len(h):
                out.append(f)
    return out


def turn(kind, text, style, codes, etext, spec=None):
    return {"q": style_text(text, style) if style else text, "expect": {"kind": kind, "codes": codes, "text": etext}, "_spec": spec}


def target_turn(oc, year, style, text):
    code = "CT-%s-%s-HV" % (oc, year)
    t = TG[code]
    return turn("target", text, style, [code], [t["target_cell"], t["done_cell"]],
                {"filter": {"org": t["org"], "year": year, "unit": "học viên"}})


def make_dialogues():
    LS = list_sets()
    R.shuffle(LS)
    by_group = {}
    for f in LS:
        by_group.setdefault(f["group"], []).append(f)
    n = 0
    # pattern A: list -> second/first -> register -> other province -> target -> off-topic/fact
    for f in LS:
        if n >= 34:
            break
        g = f["group"]
        style = R.choice(STYLES)
        h = hits(f)
        turns = []
        turns.append(turn("course_list", R.choice(["có lớp {n} nào ở {p} không?", "liệt kê giúp mình các lớp {n} ở {p}",
                                                   "ở {p} sắp tới có lớp {n} nào?"]).format(n=group_phrase(g), p=prov_phrase(f["province"])),
                          style, [c["code"] for c in h], [], {"filter": f}))
        pick = R.choice([0, 1])
        word = ["đầu", "thứ hai"][pick]
        word2 = ["đầu tiên", "thứ 2"][pick]
        c = h[pick]
        if R.random() < 0.5 and c["mode"] != "online":
            keys = [k for k in PLACEKEYS[org_code_of(c)] if V.fold(k) in V.fold(c["place"])]
            turns.append(turn("course", R.choice(["lớp %s học ở đâu?" % word, "cái %s ở đâu vậy" % word2, "thế lớp %s tổ chức ở đâu" % word]),
                              style, [c["code"]], ["place:" + keys[0]] and V.derive_text(["place:" + keys[0]], c),
                              {"filter": f, "pick": pick, "text": ["place:" + keys[0]]}))
        else:
            turns.append(turn("course", R.choice(["lớp %s học ngày nào?" % word, "cái %s khai giảng hôm nào" % word2, "lớp %s học mấy ngày, bắt đầu khi nào?" % word]),
                              style, [c["code"]], V.derive_text(["start"], c), {"filter": f, "pick": pick, "text": ["start"]}))
        if c["deadline"] is None or c["deadline"] > V.NOW:
            turns.append(turn("register", R.choice(["đăng ký lớp đó cho mình", "đk cho e lớp này nhé", "cho tôi đăng ký lớp đó"]),
                              style, [c["code"]], [], {"filter": f, "pick": pick}))
        others = [x for x in by_group.get(g, []) if x["province"] != f["province"]]
        prov2 = f["province"]
        if others:
            f2 = R.choice(others)
            prov2 = f2["province"]
            h2 = hits(f2)
            turns.append(turn("course_list", R.choice(["còn ở {p} thì sao?", "thế {p} có không", "bên {p} thì sao"]).format(p=prov_phrase(prov2)),
                              style, [x["code"] for x in h2], [], {"filter": f2}))
        if prov2 in LDLD_OF_PROV and R.random() < 0.8:
            yr = R.choice(["2025", "2026"])
            txt = R.choice(["năm ngoái LĐLĐ bên đó đạt chỉ tiêu học viên không", "năm ngoái tỉnh đó đào tạo được bao nhiêu so với chỉ tiêu"]) if yr == "2025" else \
                R.choice(["năm nay LĐLĐ ở đó đạt chỉ tiêu học viên chưa", "thế chỉ tiêu học viên năm nay của LĐLĐ tỉnh đó thế nào"])
            turns.append(target_turn(LDLD_OF_PROV[prov2], yr, style, txt))
        if R.random() < 0.5:
            turns.append(turn("off_topic", R.choice(OFFTOPIC), None, [], []))
        else:
            ft, fe = R.choice(FACTS)
            turns.append(turn("fact", ft, None, [], fe))
        if 3 <= len(turns) <= 7:
            D.append({"style": style, "profile": None, "turns": turns})
            n += 1
    # pattern B: a profile, a month and an audience
    combos = []
    for c in CL:
        if c["state"] == "open" and c["kind"] == "date" and c["province"] in LDLD_OF_PROV:
            for t in c["aud_tags"]:
                if t in AUD_NAMES:
                    combos.append({"aud": t, "province": c["province"], "month": "%d-%02d" % (c["start"].year, c["start"].month), "upcoming": True})
    R.shuffle(combos)
    seen = set()
    m = 0
    for f in combos:
        if m >= 18:
            break
        key = json.dumps(f, sort_keys=True)
        if key in seen:
            continue
        seen.add(key)
        h = hits(f)
        if not (1 <= len(h) <= 3) or any(org_code_of(c) in NATIONAL for c in h) or not all(c["state"] == "open" and c["kind"] == "date" for c in h) or len({c["start"] for c in h}) < len(h):
            continue
        style = R.choice(STYLES)
        prof = {"province": f["province"], "role": R.choice(["Chủ tịch CĐCS", "Ủy viên BCH", "Kế toán CĐCS"]), "union": None}
        turns = [turn("course_list", "%s có lớp nào cho %s không" % (month_phrase(f["month"]), AUD_NAMES[f["aud"]][0][0]), style,
                      [c["code"] for c in h], [], {"filter": f})]
        c = h[0]
        if c["deadline"]:
            turns.append(turn("course", R.choice(["lớp đầu hạn đăng ký khi nào", "cái đầu tiên đăng ký đến bao giờ"]), style, [c["code"]],
                              V.derive_text(["deadline"], c), {"filter": f, "pick": 0, "text": ["deadline"]}))
        else:
            turns.append(turn("course", "lớp đầu học ngày nào", style, [c["code"]], V.derive_text(["start"], c),
                              {"filter": f, "pick": 0, "text": ["start"]}))
        turns.append(turn("register", R.choice(["ok đăng ký lớp đầu cho mình", "đăng ký giúp em lớp đó", "dk lop dau cho a"]), style,
                          [c["code"]], [], {"filter": f, "pick": 0}))
        turns.append(target_turn(LDLD_OF_PROV[f["province"]], "2026", style,
                                 R.choice(["năm nay tỉnh mình đạt chỉ tiêu học viên chưa", "chỉ tiêu học viên năm nay của tỉnh mình thế nào"])))
        if R.random() < 0.6:
            turns.append(target_turn(LDLD_OF_PROV[f["province"]], "2025", style, R.choice(["thế năm ngoái?", "còn năm ngoái đạt bao nhiêu"])))
        D.append({"style": style, "profile": prof, "turns": turns})
        m += 1
    # pattern C: one class, elliptical follow-ups
    k = 0
    pool = [c for c in CL if c["state"] == "open" and c["kind"] == "date" and c["mode"] != "online"]
    R.shuffle(pool)
    for c in pool:
        if k >= 22:
            break
        f = unique_filter(c)
        if f is None:
            continue
        style = R.choice(STYLES)
        pf = public(f)
        text, _, rules, et = course_item(c, "when", f, style)
        keys = [x for x in PLACEKEYS[org_code_of(c)] if V.fold(x) in V.fold(c["place"])]
        turns = [{"q": text, "expect": {"kind": "course", "codes": [c["code"]], "text": et}, "_spec": {"filter": pf, "text": rules}},
                 turn("course", R.choice(["ở đâu vậy", "học ở chỗ nào", "địa điểm ở đâu"]), style, [c["code"]],
                      V.derive_text(["place:" + keys[0]], c), {"filter": pf, "text": ["place:" + keys[0]]})]
        if c["deadline"]:
            turns.append(turn("course", R.choice(["hạn đk tới bao giờ", "đăng ký trước ngày mấy"]), style, [c["code"]],
                              V.derive_text(["deadline"], c), {"filter": pf, "text": ["deadline"]}))
        if c["deadline"] is None or c["deadline"] > V.NOW:
            turns.append(turn("register", R.choice(["đăng ký cho mình luôn", "ok dk giúp e", "vậy đăng ký lớp đó đi"]), style, [c["code"]], [],
                              {"filter": pf}))
        if len(turns) < 4:
            ft, fe = R.choice(FACTS)
            turns.append(turn("fact", ft, None, [], fe))
        D.append({"style": style, "profile": None, "turns": turns})
        k += 1


def main():
    make_course_questions()
    make_target_questions()
    make_fact_offtopic()
    make_dialogues()
    with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as fq:
        for q in Q:
            fq.write(json.dumps(q, ensure_ascii=False) + "\n")
    specs = list(SPECS)
    with open(os.path.join(OUT, "dialogues.jsonl"), "w", encoding="utf-8") as fd:
        for i, d in enumerate(D, 1):
            did = "b38-d%03d" % i
            turns = []
            for j, t in enumerate(d["turns"], 1):
                if t["_spec"] is not None:
                    specs.append({"id": "%s.t%d" % (did, j), **t["_spec"]})
                turns.append({"q": t["q"], "expect": t["expect"]})
            fd.write(json.dumps({"id": did, "style": d["style"], "profile": d["profile"], "turns": turns}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "specs.jsonl"), "w", encoding="utf-8") as fs:
        for s in specs:
            fs.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
