# -*- coding: utf-8 -*-
"""Generate questions.jsonl and dialogues.jsonl for blind set 37 from classes.json / targets.json."""
import json, os, random, itertools, datetime as dt
from collections import Counter
from data import AUD_CELLS, AUD_PHRASE, TOPICS, ORGS, FORMER, ROLE_LABEL
from textstyle import strip_d, teen, typo, voice, southernize

HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
rng = random.Random(3737)
C = json.load(open(os.path.join(HERE, "classes.json")))
T = json.load(open(os.path.join(HERE, "targets.json")))
ORG = {o["id"]: o for o in ORGS}
for c in C:
    c["start"] = dt.datetime.fromisoformat(c["start"]) if c["start"] else None
    for k in ("end", "deadline", "newdate"):
        c[k] = dt.date.fromisoformat(c[k]) if c[k] else None
    c["audk"] = AUD_CELLS[c["aud"]]
BYCODE = {c["code"]: c for c in C}
PROVNAMES = set(FORMER) | {f for v in FORMER.values() for f in v}
ROMAN = ["I", "II", "III", "IV"]
def fmt(d): return d.strftime("%d/%m/%Y")
def vn(n): return f"{n:,}".replace(",", ".")
def month_of(c):
    if c["start"]: return c["start"].strftime("%Y-%m")
    if c["period"] and c["period"][0] == "month": return f"{c['period'][1]}-{c['period'][2]:02d}"
    return None

# ---------------- attribute model ----------------
def cattrs(c):
    a = {"topic": c["topic"], "prov": c["prov"], "org": c["org"]}
    if c["oldprov"] and c["oldprov"] != c["prov"]: a["oldprov"] = c["oldprov"]
    if c["ward"]: a["ward"] = c["ward"]
    if c["olddist"] and c["olddist"].startswith(("huyện", "thị xã")): a["olddist"] = c["olddist"]
    if c["kcn"]: a["kcn"] = c["kcn"]
    m = month_of(c)
    if m: a["month"] = m
    if c["batch"]: a["batch"] = c["batch"]
    if c["mode"] != "tt": a["mode"] = c["mode"]
    if c["evening"]: a["evening"] = True
    if c["weekend"]: a["weekend"] = True
    if c["vtype"]: a["vtype"] = c["vtype"]
    return a

def match1(c, k, v):
    if k == "topic": return c["topic"] == v
    if k == "aud": return v in c["audk"]
    if k == "prov": return c["prov"] == v
    if k == "org": return c["org"] == v
    if k == "oldprov":
        if c["oldprov"] == v: return True
        if c["oldprov"] is None and c["prov"] == next(p for p, fs in FORMER.items() if v in fs or v == p): return None
        return False
    if k == "ward":
        if c["ward"] == v: return True
        base = v.split(" ", 1)[1]
        if base in PROVNAMES and (c["oldprov"] == base or c["prov"] == base or c["oldprov"] is None): return None
        return False
    if k == "olddist": return c["olddist"] == v
    if k == "kcn": return c["kcn"] == v
    if k == "batch": return c["batch"] == v
    if k == "mode":
        if c["mode"] == v: return True
        if v == "online" and c["mode"] == "blended": return None
        return False
    if k == "evening":
        if c["evening"]: return True
        return None if c["period"] else False
    if k == "weekend":
        if c["weekend"]: return True
        return None if c["period"] else False
    if k == "vtype": return c["vtype"] == v
    if k == "month":
        if c["start"] and c["start"].strftime("%Y-%m") == v: return True
        if c["newdate"] and c["newdate"].strftime("%Y-%m") == v: return True
        if c["period"]:
            kind, y, n = c["period"]
            yy, mm = map(int, v.split("-"))
            if kind == "month": return (y, n) == (yy, mm)
            if y == yy and (mm - 1) // 3 + 1 == n: return None
        return False
    raise KeyError(k)

def matches(q, strict=False):
    out = []
    for c in C:
        r = [match1(c, k, v) for k, v in q.items()]
        if all(x is True for x in r): out.append((c, True))
        elif not strict and all(x is not False for x in r): out.append((c, None))
    return out

PLACEK = {"prov", "oldprov", "ward", "olddist", "kcn"}
WHATK = {"topic", "aud", "org", "vtype", "mode", "evening", "kcn"}
def candidate_sets(c, maxk=4):
    a = cattrs(c)
    items = [(k, v) for k, v in a.items()]
    for ak in sorted(c["audk"]):
        items.append(("aud", ak))
    for size in range(1, maxk + 1):
        res = []
        for comb in itertools.combinations(items, size):
            ks = [k for k, _ in comb]
            if len(set(ks)) != len(ks): continue
            if not (set(ks) & WHATK): continue
            if len(set(ks) & PLACEK) > 1: continue
            yield size, dict(comb)

def unique_set(c, maxk=4):
    best = []; bsize = None
    for size, q in candidate_sets(c, maxk):
        if bsize is not None and size > bsize: break
        m = matches(q)
        if len(m) == 1 and m[0][0] is c:
            best.append(q); bsize = size
    if not best: return None
    w = [3 if "topic" in q else 1 for q in best]
    return rng.choices(best, w)[0]

UPC = ("open", "pastdl", "dltoday")
def list_of(q):
    """valid list semantics: returns ordered upcoming codes or None if ambiguous."""
    m = matches(q)
    ups = []
    for c, t in m:
        if t is None: return None
        if c["status"] in ("tentative", "post_new", "post_none", "underway"): return None
        if c["status"] in UPC: ups.append(c)
    ups.sort(key=lambda c: c["start"])
    if len(set(c["start"] for c in ups)) != len(ups): return None
    return ups

def next_set(c):
    for size, q in candidate_sets(c, 3):
        if size < 2 and "topic" not in q: continue
        m = matches(q)
        if len(m) < 2: continue
        ok = True
        for d, t in m:
            if d is c: continue
            if t is None or d["status"] not in UPC or d["start"] <= c["start"]: ok = False; break
        if ok: return q
    return None

# ---------------- phrases ----------------
PROVD = {"Hồ Chí Minh": ["TP.HCM", "thành phố Hồ Chí Minh", "Sài Gòn"], "Cần Thơ": ["Cần Thơ", "thành phố Cần Thơ"]}
MEKONG = {"Cần Thơ", "Vĩnh Long", "Đồng Tháp", "An Giang", "Cà Mau", "Sóc Trăng", "Hậu Giang", "Bến Tre", "Trà Vinh", "Tiền Giang", "Kiên Giang", "Bạc Liêu", "Long An"}
VT = {"chua": (["ở chùa", "tổ chức tại chùa", "ở sala chùa"], ["o chua"], ["ở chùa"]),
      "nvh": (["ở nhà văn hóa", "tại nhà văn hóa ấp"], ["o nha van hoa", "o nvh"], ["ở nhà văn hóa"]),
      "tau": (["trên tàu", "học trên tàu"], ["tren tau"], ["trên ghe tàu"]),
      "cangca": (["ở cảng cá", "tại cảng cá"], ["o cang ca"], ["ngoài cảng cá"]),
      "caosu": (["ở nông trường cao su", "ngoài lô cao su"], ["o nong truong cao su"], ["ngoài nông trường cao su"])}

def ph_prov(p, g):
    names = PROVD.get(p, [p])
    if g == "s":
        if p == "Hồ Chí Minh": return rng.choice(["trển Sài Gòn", "trên thành phố", "ở Sài Gòn"])
        return (rng.choice(["dưới ", "ở dưới ", "ở "]) if p in MEKONG else rng.choice(["bển ", "bên ", "ở "])) + rng.choice(names)
    if g == "a":
        n = rng.choice(names); return rng.choice(["o ", "ở ", "tại "]) + (rng.choice(["hcm", "tphcm", "sg"]) if p == "Hồ Chí Minh" else strip_d(n).lower() if rng.random() < 0.5 else n)
    return rng.choice(["ở ", "tại ", "ở tỉnh " if p not in ("Hồ Chí Minh", "Cần Thơ") else "ở "]) + rng.choice(names)

def ph_oldprov(f, g):
    nm = f if f != "Bà Rịa – Vũng Tàu" else rng.choice(["Bà Rịa - Vũng Tàu", "Vũng Tàu", "Bà Rịa Vũng Tàu"])
    if g == "s": return rng.choice(["dưới ", "bển ", "ở "] if f in MEKONG else ["bển ", "ở "]) + nm + rng.choice([" cũ", " (cũ)", " hồi trước"])
    if g == "a":
        if f == "Bà Rịa – Vũng Tàu": nm = "brvt"
        return rng.choice(["o ", "bên ", "ở "]) + (strip_d(nm).lower() if rng.random() < 0.5 else nm) + " cũ"
    return rng.choice(["ở ", "bên ", "khu vực ", "ở tỉnh "]) + nm + rng.choice([" cũ", " (cũ)", " cũ"])

def ph_ward(w, g):
    if g == "a":
        t, n = (("đặc khu", w[8:]) if w.startswith("đặc khu") else w.split(" ", 1)); t = {"phường": rng.choice(["p.", "p ", "phường "]), "xã": rng.choice(["x.", "xã "]), "đặc khu": rng.choice(["đk ", "đặc khu "])}[t]
        s = t + n
        return rng.choice(["o ", "ở "]) + (strip_d(s).lower() if rng.random() < 0.5 else s)
    return rng.choice(["ở ", "tại "]) + w

def ph_olddist(d, g):
    dd = d
    if g == "a": dd = d.replace("huyện ", rng.choice(["h.", "huyện "])).replace("thị xã ", rng.choice(["tx ", "thị xã "]))
    return rng.choice(["ở ", "bên "]) + dd + " cũ"

def ph_month(m, g):
    y, mm = map(int, m.split("-"))
    if g == "a":
        return rng.choice([f"t{mm}", f"th{mm}", f"tháng {mm}"]) + (rng.choice(["/2027", " năm sau", " 2027"]) if y == 2027 else "")
    if y == 2026:
        if mm == 11: return rng.choice(["tháng này", "tháng 11"])
        return rng.choice(["tháng sau", "tháng 12", "tháng 12 này"] if g == "d" else ["tháng sau", "tháng 12 tới"])
    return rng.choice([f"tháng {mm}/2027", f"tháng {mm} năm sau", f"tháng {mm} năm 2027"] if g != "s" else [f"tháng {mm} năm sau", f"tháng {mm} năm tới", f"tháng {mm}/2027"])

def ph_org(o, g):
    if g == "a": return rng.choice(o["ab"])
    return rng.choice(o["short"])

def ph_topic(t, g):
    if g == "a": return rng.choice(TOPICS[t][3])
    return rng.choice(TOPICS[t][2])

def ph_aud(k, g):
    d, a, v, s = AUD_PHRASE[k]
    if g == "a": return rng.choice(a)
    if g == "v": return v
    if g == "s": return rng.choice(s + d)
    return rng.choice(d)

def render(q, g, prof=None):
    """g in d,a,v,s. returns noun phrase starting with 'lớp'."""
    gg = "d" if g == "v" else g
    parts = ["lớp"]
    if "topic" in q: parts.append(ph_topic(q["topic"], gg) if not (q["topic"] == "TAICHINH" and q.get("aud") == "KT") else ("tài chính công đoàn" if gg != "a" else "tai chinh cd"))
    if "aud" in q:
        if prof and prof.get("_role") == q["aud"] and rng.random() < 0.7:
            parts.append(rng.choice(["cho em", "dành cho em", "cho chức danh của em"]))
        else:
            parts.append(rng.choice(["cho ", "dành cho "]) + ph_aud(q["aud"], g))
    if "org" in q: parts.append(rng.choice(["của ", "do "]) + ph_org(ORG[q["org"]], gg) + ("" if rng.random() < 0.5 else " tổ chức" if True else ""))
    if "kcn" in q: parts.append(rng.choice(["ở KCN ", "tại khu công nghiệp ", "ở khu công nghiệp "] if gg != "a" else ["o kcn ", "kcn "]) + q["kcn"])
    if "ward" in q: parts.append(ph_ward(q["ward"], gg))
    if "olddist" in q: parts.append(ph_olddist(q["olddist"], gg))
    if "oldprov" in q: parts.append(ph_oldprov(q["oldprov"], gg))
    if "prov" in q:
        if prof and rng.random() < 0.8: parts.append(rng.choice(["ở tỉnh mình", "trong tỉnh mình", "ở tỉnh em", "bên mình"] if prof["province"] != "Hồ Chí Minh" and prof["province"] != "Cần Thơ" else ["ở thành phố mình", "ở tp mình", "bên mình"]))
        else: parts.append(ph_prov(q["prov"], gg))
    if "vtype" in q: parts.append(rng.choice(VT[q["vtype"]][{"d": 0, "a": 1, "s": 2}[gg]]))
    if "month" in q: parts.append(ph_month(q["month"], gg))
    if "batch" in q: parts.append(f"đợt {q['batch']}")
    if "mode" in q:
        if q["mode"] == "online": parts.append(rng.choice(["học trực tuyến", "online", "học online qua Zoom"] if gg != "a" else ["onl", "online", "hoc online"]))
        else: parts.append(rng.choice(["học kết hợp trực tiếp và trực tuyến", "vừa trực tiếp vừa online"] if gg != "a" else ["ket hop onl", "vừa off vừa onl"]))
    if "evening" in q: parts.append(rng.choice(["học buổi tối", "ca tối", "học tối sau giờ làm"] if gg != "a" else ["hoc toi", "ca toi", "buổi tối"]))
    if "weekend" in q: parts.append(rng.choice(["vào cuối tuần", "học thứ bảy chủ nhật", "cuối tuần"] if gg == "d" else ["cuoi tuan", "t7 cn"] if gg == "a" else ["thứ bảy chủ nhựt", "cuối tuần"]))
    return " ".join(parts)

FR = {
 "when": (["{A} học ngày nào?", "Khi nào khai giảng {A}?", "{A} bắt đầu lúc nào vậy?", "Cho hỏi {A} học khi nào?"],
          ["{A} học bữa nào dzậy?", "{A} chừng nào học vậy anh?", "Tui hỏi chút, {A} bắt đầu bữa nào?", "{A} khi nào mới học dzậy?"]),
 "where": (["{A} tổ chức ở đâu?", "{A} học ở đâu vậy?", "Địa điểm {A} ở đâu ạ?"],
           ["{A} học ở đâu dzậy?", "{A} mần ở chỗ nào vậy?", "{A} tổ chức ở đâu vậy ta?"]),
 "dl": (["Hạn đăng ký {A} đến ngày nào?", "{A} đăng ký đến khi nào thì hết hạn?", "Còn kịp đăng ký {A} không, hạn đến bao giờ?"],
        ["{A} đăng ký tới bữa nào là hết hạn dzậy?", "Hạn chót đăng ký {A} là bữa nào vậy?", "Đăng ký {A} tới bữa nào, còn kịp hông?"]),
 "gen": (["Có {A} không?", "Cho mình hỏi thông tin {A}.", "Tìm giúp em {A}.", "Có {A} nào không ạ?"],
         ["Có {A} hông?", "Có {A} nào hông nhen?", "Kiếm giúp tui {A} với."]),
 "reg": (["Đăng ký giúp em {A}.", "Cho em đăng ký {A}.", "Muốn đăng ký {A} thì làm sao?"],
         ["Đăng ký cho tui {A} nhen.", "Tui muốn đăng ký {A}, mần sao dzậy?"]),
 "cancel": (["{A} còn học không hay bị hủy rồi?", "Nghe nói {A} bị hủy phải không?", "{A} có còn tổ chức không?"],
            ["{A} bị hủy rồi hả?", "{A} còn học hông hay dẹp rồi?"]),
 "post": (["{A} bị hoãn à, học lại khi nào?", "{A} dời sang ngày nào?", "{A} còn học theo lịch cũ không?"],
          ["{A} dời qua bữa nào dzậy?", "{A} hoãn rồi hả, chừng nào học lại?"]),
 "fin": (["{A} còn đăng ký được không?", "{A} đã học xong chưa?", "Em muốn đăng ký {A}, còn kịp không?"],
         ["{A} còn đăng ký đặng hông?", "{A} học xong chưa dzậy?"]),
 "under": (["{A} đang học phải không, đến ngày nào thì xong?", "{A} kết thúc ngày nào?"],
           ["{A} đang học hả, tới bữa nào xong dzậy?", "{A} chừng nào bế giảng dzậy?"]),
 "next": (["{A} gần nhất là khi nào?", "{A} sắp tới học ngày nào?", "Sắp tới có {A} không, ngày nào?"],
          ["{A} gần nhứt là bữa nào dzậy?", "Sắp tới có {A} hông, bữa nào?"]),
}

def style_text(style, frame_key_or_pair, q=None, prof=None, frames=None):
    """frames: (d_list, s_list) each with {A}; q: query dict or None."""
    dl, sl = frames
    if style == "southern":
        f = rng.choice(sl)
        A = render(q, "s", prof) if q is not None else ""
        s = f.replace("{A}", A)
        s = southernize(s, rng)
        if rng.random() < 0.3: s = strip_d(s).lower()
        return s[0].upper() + s[1:] if rng.random() < 0.5 else s
    f = rng.choice(dl)
    if style == "diacritics":
        A = render(q, "d", prof) if q is not None else ""
        s = f.replace("{A}", A)
        return s[0].upper() + s[1:]
    if style == "plain":
        A = render(q, "d", prof) if q is not None else ""
        s = strip_d(f.replace("{A}", A))
        return s.lower().rstrip("?.") if rng.random() < 0.6 else s
    if style == "abbrev":
        A = render(q, "a", prof) if q is not None else ""
        s = teen(f, rng).replace("{a}", "{A}").replace("{A}", A)
        if rng.random() < 0.5: s = strip_d(s)
        return s
    if style == "typo":
        A = render(q, "d", prof) if q is not None else ""
        s = typo(f, rng).replace("{A}", A)
        if rng.random() < 0.3: s = strip_d(s).lower()
        elif rng.random() < 0.3:
            s = typo(s, rng, 1)
        return s
    if style == "voice":
        A = render(q, "v", prof) if q is not None else ""
        return voice(f.replace("{A}", A), rng)
    raise ValueError(style)

STYLES = ["diacritics", "plain", "abbrev", "typo", "voice", "southern"]
class StyleCycler:
    def __init__(self): self.cnt = Counter(); self.i = 0
    def next(self):
        m = min(self.cnt[s] for s in STYLES)
        opts = [s for s in STYLES if self.cnt[s] == m]
        s = rng.choice(opts); self.cnt[s] += 1; return s
STY = StyleCycler()

UNIONS = {"Cần Thơ": ["CĐCS Công ty TNHH Gạo Trung An", "CĐCS Trường THPT Châu Văn Liêm", "CĐCS Công ty CP Thủy sản Sóc Trăng"],
          "Vĩnh Long": ["CĐCS Công ty CP Dược Cửu Long", "CĐCS Công ty TNHH Kẹo dừa Thanh Long", "CĐCS Bệnh viện Đa khoa Trà Vinh"],
          "Đồng Tháp": ["CĐCS Công ty CP Xuất nhập khẩu Sa Giang", "CĐCS Công ty TNHH Thủy sản Vĩnh Hoàn", "CĐCS Chợ Mỹ Tho"],
          "An Giang": ["CĐCS Công ty CP Thủy sản An Giang", "CĐCS Xí nghiệp Đông lạnh Kiên Cường", "CĐCS Trường THCS Rạch Giá"],
          "Cà Mau": ["CĐCS Công ty CP Thủy sản Năm Căn", "CĐCS Nhà máy Đạm Cà Mau", "CĐCS Công ty Muối Bạc Liêu"],
          "Tây Ninh": ["CĐCS Công ty TNHH May Long An", "CĐCS Công ty CP Mía đường Tây Ninh", "CĐCS Công ty TNHH Giày da Đức Hòa"],
          "Hồ Chí Minh": ["CĐCS Công ty TNHH Pouyuen Việt Nam", "CĐCS Công ty TNHH Giày Ching Luh", "CĐCS Cảng Cái Mép"],
          "Đồng Nai": ["CĐCS Công ty TNHH Changshin Việt Nam", "CĐCS Công ty Cao su Bình Long", "CĐCS Công ty TNHH Hwaseung Vina"]}

def make_profile(prov, role_key=None, union=None):
    rk = role_key if role_key in ROLE_LABEL else rng.choice(["CT", "PCT", "BCH", "UBKT", "KT", "NC"])
    p = {"province": prov, "role": ROLE_LABEL[rk], "union": union or rng.choice(UNIONS[prov])}
    return p, rk

# ---------------- course questions ----------------
questions = []; qmeta = {}
def addq(kind, style, text, expect, etext, profile, meta):
    qid = f"b37-q{len(questions)+1:03d}"
    questions.append({"id": qid, "q": text, "style": style, "kind": kind, "expect": expect, "expect_text": etext, "profile": profile})
    qmeta[qid] = meta

def period_text(c):
    k, y, v = c["period"]
    return f"tháng {v}/{y}" if k == "month" else f"quý {ROMAN[v-1]}/{y}"

def intent_for(c):
    st = c["status"]
    if st == "open": return rng.choice(["when", "where", "dl", "gen", "reg", "when", "where"])
    return {"pastdl": "dl", "dltoday": "dl", "underway": "under", "finished": "fin", "cancelled": "cancel", "post_new": "post",
            "post_none": "post", "tentative": "when"}[st]

def etext_for(c, intent):
    if intent in ("when", "next"):
        return [period_text(c)] if c["period"] else [fmt(c["start"].date())]
    if intent == "where": return ["trực tuyến"] if c["mode"] == "online" else [c["ward"]]
    if intent == "dl": return [fmt(c["deadline"])]
    if intent == "cancel": return ["hủy"]
    if intent == "post": return ["hoãn", fmt(c["newdate"])] if c["newdate"] else ["hoãn"]
    if intent == "fin": return ["kết thúc"]
    if intent == "under": return [fmt(c["end"])]
    return []

special = [c for c in C if c["status"] != "open"]
extra = [c for c in C if c["status"] == "open" and (c["evening"] or c["vtype"] in ("chua", "tau", "cangca", "caosu") or c["mode"] != "tt" or c["weekend"] or c["batch"] or c["kcn"])]
rng.shuffle(extra)
plain_open = [c for c in C if c["status"] == "open" and c not in extra]
rng.shuffle(plain_open)
must = special + [c for c in extra if c["evening"] or c["vtype"] in ("chua", "tau", "cangca", "caosu")]
rest = [c for c in extra if c not in must] + plain_open
chosen = []
skipped = []
multi = []
for c in must + rest:
    if len(chosen) >= 200: break
    q = unique_set(c, 4) or unique_set(c, 5)
    if q is None:
        skipped.append(c["code"])
        if c["status"] != "open":
            for drop in (("weekend", "ward", "olddist", "prov"), ("month", "weekend", "ward", "olddist", "prov")):
                a = cattrs(c)
                for k in drop: a.pop(k, None)
                m = [d for d, t in matches(a)]
                if len(m) <= 3:
                    multi.append((c, a, m)); break
        continue
    chosen.append((c, q))
# nearest-upcoming questions
nexts = []
for c in sorted(plain_open + extra, key=lambda c: rng.random()):
    if c["status"] != "open": continue
    q = next_set(c)
    if q: nexts.append((c, q))
    if len(nexts) >= 18: break

def course_q(c, q, intent):
    style = STY.next()
    prof = None; profile = None
    if rng.random() < 0.36:
        rk = q.get("aud") if q.get("aud") in ROLE_LABEL else None
        profile, rk2 = make_profile(c["prov"], rk)
        prof = dict(profile, _role=rk2 if rk else None)
    text = style_text(style, None, q, prof, FR[intent])
    exp = [c["code"]]
    addq("course", style, text, exp, etext_for(c, intent), profile, {"q": q, "intent": intent, "mode": "next" if intent == "next" else "unique"})

for c, q in chosen:
    course_q(c, q, intent_for(c))
for c, q in nexts:
    course_q(c, q, "next")
for c, q, m in multi:
    style = STY.next()
    text = style_text(style, None, q, None, FR["gen"])
    addq("course", style, text, sorted(d["code"] for d in m), [], None, {"q": q, "intent": "gen", "mode": "multi"})

# ---------------- target questions ----------------
PROVORG = {o["prov"]: o for o in ORGS if o["kind"] == "tinh"}
TFR = {"d": ["Chỉ tiêu đào tạo {Y} của {O} là bao nhiêu {U}, đạt được bao nhiêu rồi?", "{O} {Y} đào tạo được bao nhiêu {U} so với chỉ tiêu?",
             "{Y} {O} có đạt chỉ tiêu {U} không?", "Cho hỏi kết quả thực hiện chỉ tiêu {U} {Y} của {O}."],
       "s": ["{O} {Y} chỉ tiêu nhiêu {U} dzậy, đạt chưa?", "Chỉ tiêu {U} {Y} của {O} nhiêu vậy, làm tới đâu rồi?", "{Y} {O} đào tạo đặng nhiêu {U} rồi?"]}
def t_text(t, style, profile_mode):
    g = "s" if style == "southern" else "d"
    y = t["year"]
    Y = rng.choice(["năm nay", "năm 2026"] if y == 2026 else (["năm ngoái", "năm 2025"] if g == "d" else ["năm rồi", "năm ngoái"]))
    U = "học viên" if t["unit"] == "học viên" else "lớp"
    o = ORG[t["org"]]
    if profile_mode == "own": O = rng.choice(["đơn vị em", "công đoàn mình", "đơn vị mình"])
    elif profile_mode == "prov": O = rng.choice(["LĐLĐ tỉnh mình", "Liên đoàn Lao động tỉnh mình"] if o["prov"] not in ("Cần Thơ", "Hồ Chí Minh") else ["LĐLĐ thành phố mình", "Liên đoàn Lao động thành phố mình"])
    elif profile_mode == "former": O = "LĐLĐ " + rng.choice(FORMER[o["prov"]])
    else: O = rng.choice(o["short"]) if style != "abbrev" else rng.choice(o["ab"])
    f = rng.choice(TFR[g])
    s = f.replace("{Y}", Y).replace("{O}", O).replace("{U}", U)
    s = s[0].upper() + s[1:]
    if style == "plain": s = strip_d(s).lower()
    elif style == "abbrev": s = teen(s, rng); s = strip_d(s) if rng.random() < 0.5 else s
    elif style == "typo": s = typo(s, rng)
    elif style == "voice": s = voice(s, rng)
    elif style == "southern": s = southernize(s, rng)
    return s

tsel = T[:]
rng.shuffle(tsel)
tsel = tsel[:46]
for i, t in enumerate(tsel):
    style = STY.next()
    o = ORG[t["org"]]
    pm = None; profile = None
    r = rng.random()
    if r < 0.3:
        pm = "own"; profile, _ = make_profile(o["prov"], union=o["name"])
    elif r < 0.5 and o["kind"] == "tinh":
        pm = "prov"; profile, _ = make_profile(o["prov"])
    elif r < 0.58 and o["kind"] == "tinh" and o["prov"] in ("Cà Mau", "Tây Ninh", "Đồng Tháp", "An Giang"):
        pm = "former"
    addq("target", style, t_text(t, style, pm), [t["code"]], [vn(t["target"]), vn(t["done"])], profile, {"target": t["code"], "pm": pm})

# ---------------- facts ----------------
FACTS = [
 ("Năm 2016 các cấp công đoàn Thủ đô tổ chức được bao nhiêu lớp đào tạo?", "Năm 2016 công đoàn Hà Nội mở đặng nhiêu lớp dzậy?", ["33/33"]),
 ("Năm 2016 Hà Nội có bao nhiêu lượt học viên tham gia so với kế hoạch?", "Hà Nội năm 2016 có nhiêu lượt học viên so với kế hoạch vậy?", ["3831/3580"]),
 ("Số lượt học viên năm 2016 của công đoàn Hà Nội đạt bao nhiêu phần trăm kế hoạch?", "Học viên năm 2016 ở Hà Nội đạt nhiêu phần trăm kế hoạch?", ["107%"]),
 ("Trường Trung cấp CĐ Hà Nội huấn luyện ATVSLĐ bao nhiêu lớp năm 2016?", "Trường Trung cấp Công đoàn Hà Nội mở nhiêu lớp an toàn lao động năm 2016?", ["42 lớp"]),
 ("Trường Trung cấp Công đoàn Hà Nội huấn luyện ATVSLĐ được bao nhiêu học viên?", "Trường trung cấp công đoàn Hà Nội huấn luyện an toàn lao động đặng nhiêu học viên?", ["3.060/3000"]),
 ("Tổng số lượt cán bộ CĐ Hà Nội tham gia tập huấn bằng các nguồn kinh phí khác là bao nhiêu?", "Hà Nội có tổng cộng nhiêu lượt cán bộ công đoàn đi tập huấn từ nguồn kinh phí khác?", ["38.386"]),
 ("Lớp kỹ năng tuyên truyền vận động phát triển đoàn viên của Hà Nội có bao nhiêu cán bộ cấp trên cơ sở?", "Lớp tuyên truyền phát triển đoàn viên ở Hà Nội có nhiêu cán bộ cấp trên cơ sở dự?", ["23"]),
 ("Lạng Sơn có bao nhiêu cán bộ công đoàn?", "Toàn tỉnh Lạng Sơn có nhiêu cán bộ công đoàn dzậy?", ["8.343"]),
 ("Lạng Sơn có bao nhiêu cán bộ công đoàn chuyên trách?", "Lạng Sơn có nhiêu cán bộ công đoàn chuyên trách?", ["74"]),
 ("Số cán bộ công đoàn không chuyên trách ở Lạng Sơn là bao nhiêu?", "Cán bộ công đoàn không chuyên trách ở Lạng Sơn nhiêu người?", ["8.269"]),
 ("Huyện Chi Lăng có bao nhiêu cán bộ công đoàn?", "Chi Lăng có nhiêu cán bộ công đoàn vậy?", ["366"]),
 ("Từ năm 2013 Lạng Sơn mở bao nhiêu lớp tập huấn nghiệp vụ cho cán bộ công đoàn?", "Lạng Sơn từ 2013 tới giờ mở đặng nhiêu lớp tập huấn?", ["85 lớp"]),
 ("Các lớp tập huấn ở Lạng Sơn từ 2013 có bao nhiêu lượt CBCĐ tham gia?", "Mấy lớp tập huấn ở Lạng Sơn từ 2013 có nhiêu lượt cán bộ tham gia?", ["8.069"]),
 ("Tổng kinh phí tập huấn cán bộ công đoàn Lạng Sơn từ 2013 là bao nhiêu?", "Lạng Sơn tốn nhiêu tiền tập huấn cán bộ công đoàn từ 2013?", ["2,1 tỷ"]),
 ("Chương trình 104/CTr-LĐLĐ của Lạng Sơn ban hành ngày nào?", "Chương trình số 104 của LĐLĐ Lạng Sơn ra bữa nào?", ["29/11/2013"]),
 ("Cuối năm 2017 Lạng Sơn có bao nhiêu CĐCS vững mạnh?", "Cuối 2017 Lạng Sơn có nhiêu công đoàn cơ sở vững mạnh?", ["1.238"]),
 ("Nhiệm kỳ 2018-2023 Lạng Sơn có bao nhiêu CBCĐ lần đầu vào ban chấp hành?", "Nhiệm kỳ 2018-2023 Lạng Sơn có nhiêu cán bộ lần đầu vô ban chấp hành?", ["3.500"]),
 ("Năm 2020 LĐLĐ huyện Mê Linh tổ chức mấy lớp tập huấn?", "Năm 2020 Mê Linh mở mấy lớp tập huấn vậy?", ["2 lớp"]),
 ("Các lớp tập huấn năm 2020 của LĐLĐ huyện Mê Linh có bao nhiêu lượt người dự?", "Mê Linh năm 2020 tập huấn cho nhiêu lượt cán bộ đoàn viên?", ["400"]),
 ("LĐLĐ tỉnh Lạng Sơn mở lớp giảng viên kiêm chức cho bao nhiêu đồng chí?", "Lớp giảng viên kiêm chức ở Lạng Sơn có nhiêu đồng chí học?", ["25"]),
 ("Nghị quyết 4a/NQ-TLĐ về đào tạo cán bộ công đoàn ban hành ngày nào?", "Nghị quyết 4a của Tổng Liên đoàn ra bữa nào dzậy?", ["04/3/2010"]),
 ("Chương trình số 1644/CTr-TLĐ ngày nào?", "Chương trình 1644 của Tổng Liên đoàn ngày nào vậy?", ["04/11/2013"]),
 ("Văn bản nào của Tổng Liên đoàn nói về nâng cao trình độ, kỹ năng nghề nghiệp của đoàn viên?", "Văn bản nào của Tổng Liên đoàn nói chuyện nâng cao tay nghề cho đoàn viên dzậy?", ["1464/CTr-TLĐ"]),
 ("Kế hoạch 53/KH-LĐLĐ của Sóc Trăng ban hành ngày nào?", "Kế hoạch 53 của LĐLĐ Sóc Trăng ra bữa nào?", ["10/12/2013"]),
 ("Sóc Trăng có bao nhiêu đoàn viên, người lao động được học tập nâng cao trình độ trong 2 năm?", "Hai năm đó Sóc Trăng có nhiêu đoàn viên được đi học nâng cao trình độ?", ["32.775/53.527"]),
 ("Tỷ lệ đoàn viên Sóc Trăng được học nâng cao trình độ, kỹ năng nghề là bao nhiêu?", "Sóc Trăng đạt nhiêu phần trăm đoàn viên đi học nâng cao tay nghề?", ["61,23%"]),
 ("Sóc Trăng có bao nhiêu cán bộ CĐCS đã được bồi dưỡng nghiệp vụ?", "Dưới Sóc Trăng có nhiêu cán bộ công đoàn cơ sở được bồi dưỡng rồi?", ["8.891/9.074"]),
 ("LĐLĐ Sóc Trăng mở mấy lớp bồi dưỡng nghiệp vụ cho chủ tịch CĐCS và bao nhiêu người học?", "Sóc Trăng mở mấy lớp cho chủ tịch công đoàn cơ sở, nhiêu người học?", ["746"]),
 ("LĐLĐ Sóc Trăng phối hợp với trường nào mở lớp quản lý nhà nước chương trình chuyên viên chính?", "LĐLĐ Sóc Trăng mở lớp chuyên viên chính với trường nào dzậy?", ["Tôn Đức Thắng"]),
 ("Từ 2013 đến 2015 Sóc Trăng có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn?", "Từ 2013 tới 2015 Sóc Trăng có nhiêu người được đào tạo chuyên môn?", ["23.339"]),
 ("Các cấp công đoàn Sóc Trăng triển khai bao nhiêu cuộc tuyên truyền?", "Công đoàn Sóc Trăng mần nhiêu cuộc tuyên truyền?", ["1.250"]),
 ("Lạng Sơn có bao nhiêu phần trăm CĐCS vững mạnh cuối năm 2017?", "Cuối 2017 Lạng Sơn có nhiêu phần trăm công đoàn cơ sở vững mạnh?", ["85,4%"]),
]
def style_free(style, d, s):
    if style == "southern": return southernize(s, rng)
    if style == "diacritics": return d
    if style == "plain": return strip_d(d).lower().rstrip("?") if rng.random() < 0.6 else strip_d(d)
    if style == "abbrev": t = teen(d, rng); return strip_d(t) if rng.random() < 0.5 else t
    if style == "typo": return typo(d, rng)
    if style == "voice": return voice(d, rng)
for d, s, et in FACTS:
    style = STY.next()
    profile = make_profile(rng.choice(list(UNIONS)))[0] if rng.random() < 0.2 else None
    addq("fact", style, style_free(style, d, s), [], et, profile, {})

OFF = [
 ("Thời tiết Cần Thơ ngày mai thế nào?", "Mai dưới Cần Thơ có mưa hông dzậy?"),
 ("Tối nay Việt Nam đá với Thái Lan mấy giờ?", "Tối nay tuyển Việt Nam đá mấy giờ dzậy?"),
 ("Kết quả xổ số miền Nam hôm nay?", "Xổ số Cần Thơ bữa nay ra con gì dzậy?"),
 ("Cho em vay 20 triệu được không?", "Cho tui mượn 20 triệu đặng hông?"),
 ("Cách nấu lẩu mắm miền Tây?", "Chỉ tui nấu lẩu mắm với nhen."),
 ("Em bị tai nạn xe, bảo hiểm nhân thọ chi trả thế nào?", "Tui bị té xe, bảo hiểm nhân thọ có bồi thường hông?"),
 ("Công ty nợ lương em 2 tháng, bot xử giúp ai đúng ai sai?", "Công ty nợ lương tui hai tháng, bot phân xử giùm coi ai đúng?"),
 ("Tra giúp em quá trình đóng bảo hiểm xã hội.", "Coi giùm tui đóng bảo hiểm xã hội được mấy năm rồi?"),
 ("Nên mua xe máy Honda hay Yamaha?", "Mua xe Wave hay Sirius ngon hơn dzậy?"),
 ("Giá vàng hôm nay bao nhiêu?", "Vàng bữa nay nhiêu một chỉ dzậy?"),
 ("Giá lúa hôm nay ở An Giang?", "Lúa dưới An Giang bữa nay bán nhiêu?"),
 ("Viết giúp em bài phát biểu đám cưới.", "Viết giùm tui bài phát biểu đám cưới nhen."),
 ("Đặt giúp vé xe đi Cà Mau.", "Đặt giùm tui vé xe xuống Cà Mau."),
 ("Làm sao để rút BHXH một lần?", "Rút bảo hiểm xã hội một lần mần sao dzậy?"),
 ("Bệnh viện nào khám da liễu tốt ở Sài Gòn?", "Trển Sài Gòn bệnh viện nào khám da liễu hay?"),
 ("Mẹo giảm cân nhanh?", "Có cách nào ốm lẹ hông?"),
 ("Lịch cúp điện ở Bạc Liêu tuần này?", "Tuần này dưới Bạc Liêu cúp điện bữa nào?"),
 ("Hướng dẫn đổi bằng lái xe online.", "Đổi bằng lái xe trên mạng mần sao?"),
 ("Khiếu nại tiền thai sản chưa nhận được thì gửi đâu?", "Tiền thai sản tui chưa nhận, thưa ở đâu dzậy?"),
 ("Tính giúp em lương hưu được bao nhiêu.", "Tính giùm tui lương hưu được nhiêu?"),
 ("Mã giảm giá Shopee hôm nay?", "Có mã giảm giá Shopee hông?"),
 ("Phà Cần Thơ còn chạy không?", "Phà Cần Thơ giờ còn chạy hông?"),
 ("Tỷ giá đô la hôm nay?", "Đô bữa nay nhiêu dzậy?"),
 ("Kể chuyện cười đi.", "Kể chuyện gì vui vui nghe coi."),
 ("Cho hỏi luật hôn nhân chia tài sản ly hôn thế nào?", "Ly dị thì chia tài sản sao dzậy?"),
 ("Sếp đuổi việc em không báo trước, bot kết luận giúp em có được bồi thường không?", "Sếp đuổi tui hổng báo trước, bot phán coi tui được đền nhiêu?"),
 ("Học bằng lái ô tô ở đâu rẻ?", "Học lái xe hơi ở đâu rẻ dzậy?"),
 ("Chùa Dơi mở cửa mấy giờ?", "Chùa Dơi mấy giờ mở cửa dzậy?"),
 ("Giá cá tra hôm nay ở Đồng Tháp?", "Cá tra dưới Đồng Tháp bữa nay nhiêu?"),
 ("Kết quả bóng đá Ngoại hạng Anh tối qua?", "Tối qua Ngoại hạng Anh đá sao rồi?"),
 ("Vay vốn ngân hàng chính sách cho công nhân cần giấy tờ gì?", "Vay ngân hàng chính sách cần giấy tờ gì dzậy?"),
 ("Mua bảo hiểm xe máy ở đâu?", "Mua bảo hiểm xe máy chỗ nào?"),
 ("Có nên đầu tư tiền ảo không?", "Có nên chơi tiền ảo hông?"),
 ("Công thức làm bánh xèo?", "Đổ bánh xèo sao cho giòn dzậy?"),
 ("Sổ BHXH của em bị sai năm sinh, sửa thế nào?", "Sổ bảo hiểm của tui ghi sai năm sinh, sửa sao?"),
 ("Hôm nay có bão không?", "Bữa nay có bão hông?"),
 ("Cho em số điện thoại công an phường.", "Cho tui số công an phường với."),
 ("Dịch giúp câu này sang tiếng Anh: chúc mừng năm mới.", "Dịch giùm câu chúc mừng năm mới qua tiếng Anh."),
 ("Xem giúp em tử vi tuổi Dần năm 2027.", "Coi giùm tui tử vi tuổi Dần năm 2027."),
 ("Giá xăng tuần này tăng hay giảm?", "Xăng tuần này lên hay xuống dzậy?"),
]
for d, s in OFF:
    style = STY.next()
    profile = make_profile(rng.choice(list(UNIONS)))[0] if rng.random() < 0.2 else None
    addq("off_topic", style, style_free(style, d, s), [], [], profile, {})

# ---------------- dialogues ----------------
def fu(style, d, s):
    return style_free(style, d, s)

lists = {}
PROVS = list(UNIONS)
def lq(q, lo=2):
    key = json.dumps(q, sort_keys=True, ensure_ascii=False)
    if key not in lists: lists[key] = list_of(q)
    L = lists[key]
    return L if L is not None and lo <= len(L) <= 6 else None

ORD = [(0, "lớp đầu", "lớp đầu"), (1, "cái thứ hai", "cái thứ hai"), (1, "lớp thứ 2", "lớp thứ hai"), (-1, "lớp cuối", "lớp chót"), (2, "cái thứ ba", "cái thứ ba")]
def pick_ord(L):
    opts = [o for o in ORD if (o[0] < len(L) and o[0] >= 0) or o[0] == -1]
    return rng.choice(opts)
def where_text(c): return ["trực tuyến"] if c["mode"] == "online" else [c["ward"]]
def registerable(c): return c["status"] in ("open", "dltoday")

def tgt(prov_or_org, year, unit="học viên"):
    o = prov_or_org
    for t in T:
        if t["org"] == o and t["year"] == year and t["unit"] == unit: return t
def tturn(t): return {"kind": "target", "codes": [t["code"]], "text": [vn(t["target"]), vn(t["done"])]}

dialogues = []; dmeta = {}
topics = list(TOPICS)
auds = ["CT", "PCT", "BCH", "UBKT", "KT", "NC", "CTR", "NLD"]
def first_list_text(style, q, prof):
    return style_text(style, None, q, prof, (["Có {A} nào không?", "Cho hỏi {A} có những lớp nào?", "Liệt kê giúp em {A}."],
                                             ["Có {A} nào hông?", "Có mấy {A} dzậy?", "Kiếm giùm tui {A} coi."]))
def off_turn(style):
    d, s = rng.choice(OFF)
    return {"q": fu(style, d, s), "expect": {"kind": "off_topic", "codes": [], "text": []}}
def fact_turn(style):
    d, s, et = rng.choice(FACTS)
    return {"q": fu(style, d, s), "expect": {"kind": "fact", "codes": [], "text": et}}

def patA(style):
    for _ in range(400):
        t = rng.choice(topics); p = rng.choice(PROVS)
        fs = FORMER[p] + [p]
        f1, f2 = rng.sample(fs, 2)
        q1 = {"topic": t, "oldprov": f1}
        q2 = {"topic": t, "oldprov": f2}
        L1 = lq(q1); L2 = lq(q2, 1)
        if not L1 or not L2 or [c["code"] for c in L1] == [c["code"] for c in L2]: continue
        regs = [i for i, c in enumerate(L2) if registerable(c)]
        if not regs: continue
        prof = None; profile = None
        if rng.random() < 0.33:
            profile, rk = make_profile(p); prof = dict(profile, _role=None)
        turns = [{"q": first_list_text(style, q1, None), "expect": {"kind": "course_list", "codes": [c["code"] for c in L1], "text": []}}]
        i, od, os_ = pick_ord(L1); c = L1[i]
        turns.append({"q": fu(style, f"{od[0].upper()+od[1:]} học ở đâu?", f"{os_} học ở đâu dzậy?"), "expect": {"kind": "course", "codes": [c["code"]], "text": where_text(c)}})
        nm = f2 if f2 != "Bà Rịa – Vũng Tàu" else "Vũng Tàu"
        turns.append({"q": fu(style, f"Còn bên {nm} cũ thì sao?", f"Còn dưới {nm} cũ thì sao?" if f2 in MEKONG else f"Còn bển {nm} cũ thì sao?"), "expect": {"kind": "course_list", "codes": [c["code"] for c in L2], "text": []}})
        r = regs[0]
        od = "lớp đầu" if r == 0 else ["lớp đầu", "cái thứ hai", "cái thứ ba", "lớp thứ tư", "lớp thứ năm", "lớp thứ sáu"][r]
        turns.append({"q": fu(style, f"Đăng ký giúp em {od} đó.", f"Đăng ký cho tui {od} nhen."), "expect": {"kind": "register", "codes": [L2[r]["code"]], "text": []}})
        if rng.random() < 0.6: turns.append(off_turn(style))
        t25 = tgt(PROVORG[p]["id"], 2025)
        if profile:
            turns.append({"q": fu(style, "Năm ngoái LĐLĐ tỉnh mình đạt chỉ tiêu học viên không?", "Năm rồi LĐLĐ tỉnh mình đạt chỉ tiêu học viên hông?"), "expect": tturn(t25)})
        else:
            turns.append({"q": fu(style, "Năm ngoái LĐLĐ bên đó đạt chỉ tiêu học viên không?", "Năm rồi LĐLĐ bển đạt chỉ tiêu học viên hông?"), "expect": tturn(t25)})
        return profile, turns, {"lists": [q1, q2]}
    return None

def patB(style):
    months = ["2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05"]
    for _ in range(600):
        a = rng.choice(auds); p = rng.choice(PROVS); i = rng.randrange(len(months) - 1)
        m1, m2 = months[i], months[i + 1]
        q1 = {"aud": a, "prov": p, "month": m1}; q2 = {"aud": a, "prov": p, "month": m2}
        L1 = lq(q1); L2 = lq(q2, 1)
        if not L1 or not L2: continue
        if not L2[-1]["deadline"]: continue
        profile = None; prof = None
        if rng.random() < 0.4:
            profile, rk = make_profile(p, a); prof = dict(profile, _role=a if a in ROLE_LABEL else None)
        turns = [{"q": first_list_text(style, q1, prof), "expect": {"kind": "course_list", "codes": [c["code"] for c in L1], "text": []}}]
        mm = int(m2[5:])
        turns.append({"q": fu(style, f"Thế tháng {mm}?", f"Còn tháng {mm} thì sao?"), "expect": {"kind": "course_list", "codes": [c["code"] for c in L2], "text": []}})
        c = L2[-1]
        turns.append({"q": fu(style, "Lớp cuối hạn đăng ký đến khi nào?" if len(L2) > 1 else "Lớp đó hạn đăng ký đến khi nào?", "Lớp chót đăng ký tới bữa nào?" if len(L2) > 1 else "Lớp đó đăng ký tới bữa nào?"),
                      "expect": {"kind": "course", "codes": [c["code"]], "text": [fmt(c["deadline"])]}})
        c = L1[0]
        turns.append({"q": fu(style, "Quay lại danh sách lúc nãy, lớp đầu học ở đâu?", "Quay lại mấy lớp hồi nãy, lớp đầu học ở đâu dzậy?"),
                      "expect": {"kind": "course", "codes": [c["code"]], "text": where_text(c)}})
        turns.append(fact_turn(style))
        return profile, turns, {"lists": [q1, q2]}
    return None

def patC(style):
    for _ in range(600):
        t = rng.choice(topics); p = rng.choice(PROVS); a1, a2 = rng.sample(auds, 2)
        q1 = {"topic": t, "prov": p, "aud": a1}; q2 = {"topic": t, "prov": p, "aud": a2}
        L1 = lq(q1, 1); L2 = lq(q2, 2)
        if not L1 or not L2 or [c["code"] for c in L1] == [c["code"] for c in L2]: continue
        c2 = L2[1]
        if not registerable(c2): continue
        profile = None
        if rng.random() < 0.5: profile, _ = make_profile(p)
        turns = [{"q": first_list_text(style, q1, dict(profile, _role=None) if profile else None), "expect": {"kind": "course_list", "codes": [c["code"] for c in L1], "text": []}}]
        ad = AUD_PHRASE[a2][0][0]; asn = AUD_PHRASE[a2][3][0]
        turns.append({"q": fu(style, f"Cho {ad} thì sao?", f"Còn cho {asn} thì sao?"), "expect": {"kind": "course_list", "codes": [c["code"] for c in L2], "text": []}})
        turns.append({"q": fu(style, "Lớp thứ hai học ngày nào?", "Lớp thứ hai học bữa nào dzậy?"), "expect": {"kind": "course", "codes": [c2["code"]], "text": [fmt(c2["start"].date())]}})
        turns.append({"q": fu(style, "Đăng ký lớp đó cho em.", "Đăng ký lớp đó cho tui nhen."), "expect": {"kind": "register", "codes": [c2["code"]], "text": []}})
        t26 = tgt(PROVORG[p]["id"], 2026)
        if profile:
            turns.append({"q": fu(style, "Năm nay tỉnh mình đạt chỉ tiêu học viên chưa?", "Năm nay tỉnh mình đạt chỉ tiêu học viên chưa dzậy?"), "expect": tturn(t26)})
        else:
            pn = PROVD.get(p, [p])[0]
            turns.append({"q": fu(style, f"Năm nay LĐLĐ {pn} đạt chỉ tiêu học viên chưa?", f"Năm nay LĐLĐ {pn} đạt chỉ tiêu học viên chưa dzậy?"), "expect": tturn(t26)})
        return profile, turns, {"lists": [q1, q2]}
    return None

def patD(style):
    for _ in range(400):
        c = rng.choice([c for c in C if c["status"] == "open" and c["deadline"] and c["deadline"] > dt.date(2026, 11, 23)])
        q = unique_set(c, 3)
        if not q: continue
        o = rng.choice([o for o in ORGS if o["prov"] == c["prov"]])
        profile, rk = make_profile(c["prov"], union=o["name"])
        turns = [{"q": style_text(style, None, q, dict(profile, _role=None), FR["gen"]), "expect": {"kind": "course", "codes": [c["code"]], "text": []}}]
        turns.append({"q": fu(style, "Lớp đó hạn đăng ký khi nào?", "Lớp đó đăng ký tới bữa nào?"), "expect": {"kind": "course", "codes": [c["code"]], "text": [fmt(c["deadline"])]}})
        turns.append({"q": fu(style, "Ở đâu vậy?", "Ở đâu dzậy?"), "expect": {"kind": "course", "codes": [c["code"]], "text": where_text(c)}})
        turns.append({"q": fu(style, "Đăng ký giúp em lớp ấy.", "Đăng ký giùm tui lớp đó nhen."), "expect": {"kind": "register", "codes": [c["code"]], "text": []}})
        turns.append({"q": fu(style, "Năm nay đơn vị em đạt chỉ tiêu đào tạo chưa?", "Năm nay đơn vị tui đạt chỉ tiêu đào tạo chưa?"), "expect": tturn(tgt(o["id"], 2026))})
        turns.append({"q": fu(style, "Năm ngoái được bao nhiêu?", "Năm rồi được nhiêu?"), "expect": tturn(tgt(o["id"], 2025))})
        return profile, turns, {"unique": q}
    return None

def patE(style):
    for _ in range(400):
        o = rng.choice([o for o in ORGS if o["kind"] == "tinh"])
        p = o["prov"]; t = rng.choice(topics)
        q = {"topic": t, "prov": p}
        L = lq(q, 1)
        if not L: continue
        profile = None
        turns = []
        nm = rng.choice(o["short"])
        turns.append({"q": fu(style, f"Chỉ tiêu học viên năm nay của {nm} bao nhiêu, đạt chưa?", f"Chỉ tiêu học viên năm nay của {nm} nhiêu, đạt chưa dzậy?"), "expect": tturn(tgt(o["id"], 2026))})
        turns.append({"q": fu(style, "Năm ngoái được bao nhiêu?", "Năm rồi được nhiêu?"), "expect": tturn(tgt(o["id"], 2025))})
        turns.append({"q": fu(style, "Còn số lớp năm nay?", "Còn số lớp năm nay thì sao?"), "expect": tturn(tgt(o["id"], 2026, "lớp"))})
        turns.append(off_turn(style))
        turns.append(fact_turn(style))
        tp = TOPICS[t][2][0]
        turns.append({"q": fu(style, f"Ở đó có lớp {tp} nào sắp tới không?", f"Bển có lớp {tp} nào sắp tới hông?"), "expect": {"kind": "course_list", "codes": [c["code"] for c in L], "text": []}})
        return profile, turns, {"lists": [q]}
    return None

DSTY = StyleCycler()
pats = [patA] * 16 + [patB] * 14 + [patC] * 13 + [patD] * 11 + [patE] * 8
rng.shuffle(pats)
for pat in pats:
    style = DSTY.next()
    r = pat(style)
    if r is None:
        DSTY.cnt[style] -= 1; continue
    profile, turns, meta = r
    did = f"b37-d{len(dialogues)+1:03d}"
    dialogues.append({"id": did, "style": style, "profile": profile, "turns": turns})
    dmeta[did] = dict(meta, pattern=pat.__name__)

with open(os.path.join(OUT, "questions.jsonl"), "w") as f:
    for q in questions: f.write(json.dumps(q, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "dialogues.jsonl"), "w") as f:
    for d in dialogues: f.write(json.dumps(d, ensure_ascii=False) + "\n")
json.dump({"questions": qmeta, "dialogues": dmeta}, open(os.path.join(HERE, "meta.json"), "w"), ensure_ascii=False, indent=0)
print("questions", len(questions), Counter(q["kind"] for q in questions), Counter(q["style"] for q in questions))
print("profiles", sum(1 for q in questions if q["profile"]), "skipped", skipped)
print("dialogues", len(dialogues), "turns", sum(len(d["turns"]) for d in dialogues), Counter(d["style"] for d in dialogues), Counter(m["pattern"] for m in dmeta.values()))
