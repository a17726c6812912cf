# -*- coding: utf-8 -*-
"""Multi-turn dialogues for blind set 18. Every expectation is computed from the structured course list
with the same matching as single questions (gen.find)."""
import data_courses as D
from texts import TOPIC_PH, AUD_PH, ORG_PH, REGION_PH, FACTS, OFFTOPIC, TARGETS, ROLES, PROV_PH

STYLES = ["plain", "diacritics", "abbrev", "typo"]


def build_dialogues(H):
    rng = H.rng
    courses = H.courses
    find = H.find
    dias = []
    used = set()

    def dated_distinct(r):
        return all(c["kind"] == "date" for c in r) and len({c["start"] for c in r}) == len(r)

    def venue_txt(c):
        return c["venue"].split(",")[0].split(" (")[0]

    def days_txt(c):
        return [f"{c['days']} ngày"] if c.get("days") else []

    def new(style, profile=None):
        d = {"id": f"b18-d{len(dias) + 1:02d}", "style": style, "turns": []}
        if profile:
            d["profile"] = profile
        return d

    def turn(d, q, kind, codes=None, text=None):
        d["turns"].append({"q": H.render(q, d["style"], rng), "expect": {"kind": kind, "codes": codes or [], "text": text or []},
                           "_src": q})

    # candidate list filters
    cands = []
    for c in courses:
        if not D.is_upcoming(c):
            continue
        fs = [{"topic": c["topic"], "prov": c["prov"]}, {"org": c["org"], "topic": c["topic"]}]
        if c["region"]:
            fs.append({"topic": c["topic"], "region": c["region"]})
        for a in c["auds"]:
            if a in AUD_PH:
                fs.append({"org": c["org"], "aud": a})
                fs.append({"prov": c["prov"], "aud": a})
        for f in fs:
            if f not in cands:
                cands.append(f)
    rng.shuffle(cands)
    groups = []
    for f in cands:
        r = find(f)
        if r and 2 <= len(r) <= 4 and dated_distinct(r):
            groups.append((f, r))

    def style():
        return STYLES[len(dias) % 4]

    # ---------------- T1: list -> ordinal -> where -> register (10)
    n = 0
    for f, r in groups:
        if n >= 10:
            break
        if "prov" in f and any(c["mode"] == "on" for c in r):
            continue
        idx = rng.choice([1, len(r) - 1]) if len(r) > 2 else 1
        tc = r[idx]
        if not D.is_open(tc) or tc["code"] in used:
            continue
        used.add(tc["code"])
        d = new(style())
        turn(d, H.list_question(f), "course_list", [c["code"] for c in r])
        ordw = {1: rng.choice(["cái thứ 2", "lớp thứ hai", "lớp số 2"]), 2: "lớp thứ 3", 3: "lớp thứ 4"}[idx]
        if idx == len(r) - 1 and idx > 1 and rng.random() < 0.5:
            ordw = "lớp cuối"
        if tc.get("days"):
            turn(d, rng.choice([f"{ordw} học mấy ngày?", f"{ordw} học mấy hôm vậy", f"{ordw} kéo dài mấy ngày"]), "course", [tc["code"]], days_txt(tc))
        else:
            turn(d, f"{ordw} khai giảng hôm nào?", "course", [tc["code"]], [D.fmt(tc["start"])])
        if tc["mode"] == "on":
            turn(d, rng.choice(["lớp đó học online hả?", "học trực tuyến hay phải đến lớp"]), "course", [tc["code"]], [])
        else:
            turn(d, rng.choice(["ở đâu vậy?", "lớp ấy học ở đâu", "địa điểm ở chỗ nào"]), "course", [tc["code"]], [venue_txt(tc)])
        turn(d, rng.choice(["đăng ký cho mình lớp đó nhé", "cho em đăng ký lớp này", "ok đăng ký giúp mình lớp đó", "ghi danh cho tôi lớp ấy"]),
             "register", [tc["code"]])
        dias.append(d)
        n += 1

    # ---------------- T2: list in a province -> «còn ở Bình Dương thì sao» -> first class date (6)
    n = 0
    region_lists = {}
    for reg in ["Bình Dương", "Bà Rịa - Vũng Tàu", "Long An", "Bình Phước"]:
        for tp in TOPIC_PH:
            r = find({"topic": tp, "region": reg})
            if r and 1 <= len(r) <= 3 and dated_distinct(r):
                region_lists[(tp, reg)] = r
    for (tp, reg), rr in sorted(region_lists.items(), key=lambda x: rng.random()):
        if n >= 6:
            break
        prov_opts = [p for p in ["Đồng Nai", "Tây Ninh", "Cần Thơ", "Khánh Hòa", "Lâm Đồng", "Vĩnh Long", "An Giang", "Cà Mau", "Đồng Tháp"]
                     if (find({"topic": tp, "prov": p}) or []) and len(find({"topic": tp, "prov": p})) <= 4
                     and not any(c["mode"] == "on" for c in find({"topic": tp, "prov": p}))]
        if not prov_opts:
            continue
        p = rng.choice(prov_opts)
        r1 = find({"topic": tp, "prov": p})
        d = new(style())
        turn(d, H.list_question({"topic": tp, "prov": p}), "course_list", [c["code"] for c in r1])
        rp = rng.choice(REGION_PH[reg])
        turn(d, rng.choice([f"còn ở {rp} thì sao?", f"thế bên {rp} có không", f"{rp} thì có lớp đó không"]), "course_list", [c["code"] for c in rr])
        first = rr[0]
        turn(d, rng.choice(["lớp đầu tiên khai giảng hôm nào?", "cái đầu tiên học ngày nào", "lớp đầu bắt đầu khi nào vậy"]), "course",
             [first["code"]], [D.fmt(first["start"])])
        if D.is_open(first) and n % 2 == 0:
            turn(d, "đăng ký cho mình lớp đầu nhé", "register", [first["code"]])
        dias.append(d)
        n += 1

    # ---------------- T3: batch correction (6)
    n = 0
    pairs = {}
    for c in courses:
        if c["batch"]:
            pairs.setdefault((c["org"], c["topic"]), []).append(c)
    for (org, tp), cs in sorted(pairs.items(), key=lambda x: rng.random()):
        if n >= 6:
            break
        allc = find({"org": org, "topic": tp, "scope": "all"}) or []
        if len(cs) != 2 or len(allc) != 2 or D.ORGS[org][1] == "ldld":
            continue
        b1, b2 = sorted(cs, key=lambda c: c["batch"])
        if b1["kind"] != "date" or b2["kind"] != "date" or not D.is_upcoming(b2):
            continue
        d = new(style())
        O = rng.choice(ORG_PH[org])
        T = rng.choice(TOPIC_PH[tp])
        turn(d, rng.choice([f"lớp {T} đợt 1 của {O} học ngày nào?", f"Cho hỏi lớp {T} bên {O} đợt 1 bắt đầu hôm nào"]), "course",
             [b1["code"]], [D.fmt(b1["start"])])
        turn(d, rng.choice(["à nhầm, ý em là đợt 2", "à không, mình hỏi đợt 2 cơ", "nhầm, đợt 2 mới đúng"]), "course", [b2["code"]],
             [D.fmt(b2["start"])])
        if b2["mode"] != "on":
            turn(d, "đợt đó học ở đâu?", "course", [b2["code"]], [venue_txt(b2)])
        else:
            turn(d, "đợt đó học mấy ngày?", "course", [b2["code"]], days_txt(b2))
        if D.is_open(b2):
            turn(d, rng.choice(["đăng ký cho mình đợt 2 nhé", "cho em đăng ký lớp đợt 2"]), "register", [b2["code"]])
        else:
            turn(d, "thế đợt 1 có còn học không?", "course", [b1["code"]], [])
        dias.append(d)
        n += 1

    # ---------------- T4: target follow-ups, then a new unrelated question (6)
    bykey = {}
    for t in TARGETS:
        bykey.setdefault((t["unit_cell"].replace("Hoà", "Hòa"), t["content"]), {})[t["year"]] = t
    series = [v for v in bykey.values() if "2026" in v and "2025" in v]
    rng.shuffle(series)
    for i, sr in enumerate(series[:6]):
        t26, t25 = sr["2026"], sr["2025"]
        prof = None
        unit = rng.choice(t26["unit_ph"])
        if i % 2 == 0 and t26.get("self"):
            prof = {"role": rng.choice(ROLES), "province": t26["prov"] if "Việt Nam" not in t26["unit_cell"] else "Hồ Chí Minh",
                    "union": t26["unit_cell"]}
            unit = t26["self"]
        d = new(style(), prof)
        turn(d, f"chỉ tiêu {rng.choice(t26['ask'])} năm nay của {unit} là bao nhiêu, đạt được bao nhiêu rồi?", "target", [t26["code"]],
             [t26["value"], t26["done"]])
        turn(d, rng.choice(["năm ngoái được bao nhiêu?", "thế năm 2025 thì sao", "còn năm ngoái đạt bao nhiêu"]), "target", [t25["code"]],
             [t25["value"], t25["done"]])
        if "2027" in sr:
            turn(d, rng.choice(["năm sau giao chỉ tiêu bao nhiêu?", "còn năm 2027 thì sao"]), "target", [sr["2027"]["code"]], [sr["2027"]["value"]])
        if i % 2 == 0:
            fq, ft = FACTS[(i * 7) % len(FACTS)]
            turn(d, fq, "fact", [], ft)
        else:
            turn(d, OFFTOPIC[(i * 5) % len(OFFTOPIC)], "off_topic", [], [])
        dias.append(d)

    # ---------------- T5: sector union list -> other audience -> fact -> back + register (6)
    n = 0
    nat = [o for o, v in D.ORGS.items() if v[1] in ("nat", "kcn")]
    rng.shuffle(nat)
    for org in nat * 2:
        if n >= 6:
            break
        auds = sorted({a for c in courses if c["org"] == org and D.is_upcoming(c) for a in c["auds"] if a in AUD_PH})
        rng.shuffle(auds)
        done = False
        for a1 in auds:
            r1 = find({"org": org, "aud": a1})
            if not r1 or len(r1) > 4 or not dated_distinct(r1) or not D.is_open(r1[0]) or r1[0]["code"] in used:
                continue
            for a2 in auds:
                if a2 == a1:
                    continue
                r2 = find({"org": org, "aud": a2})
                if not r2 or len(r2) > 4 or set(x["code"] for x in r2) == set(x["code"] for x in r1):
                    continue
                used.add(r1[0]["code"])
                d = new(style())
                turn(d, H.list_question({"org": org, "aud": a1}), "course_list", [c["code"] for c in r1])
                A2 = rng.choice(AUD_PH[a2])
                turn(d, rng.choice([f"thế còn cho {A2} thì sao?", f"có lớp nào cho {A2} không", f"còn {A2} thì có lớp gì"]), "course_list",
                     [c["code"] for c in r2])
                fq, ft = FACTS[(n * 11 + 3) % len(FACTS)]
                turn(d, fq, "fact", [], ft)
                A1 = rng.choice(AUD_PH[a1])
                turn(d, rng.choice([f"quay lại lớp cho {A1} lúc nãy, đăng ký cho mình lớp đầu tiên",
                                    f"ok, đăng ký giúp em lớp đầu tiên dành cho {A1} ở trên"]), "register", [r1[0]["code"]])
                dias.append(d)
                n += 1
                done = True
                break
            if done:
                break

    # ---------------- T6: next month -> the month after -> first class's days (5)
    n = 0
    mcands = []
    for c in courses:
        if D.is_upcoming(c) and c["kind"] == "date" and c["mode"] != "on":
            for f in ({"topic": c["topic"], "prov": c["prov"]}, {"topic": c["topic"]}, {"prov": c["prov"], "aud": c["auds"][0]}):
                if f not in mcands and (f.get("aud") is None or f["aud"] in AUD_PH):
                    mcands.append(f)
    rng.shuffle(mcands)
    for f in mcands:
        if n >= 5:
            break
        r12 = find({**f, "month": (2026, 12)})
        r01 = find({**f, "month": (2027, 1)})
        if not r12 or not r01 or len(r12) > 3 or len(r01) > 3 or not dated_distinct(r01):
            continue
        if "prov" in f and any(c["mode"] == "on" for c in r12 + r01):
            continue
        if "prov" not in f and "org" not in f:
            continue
        d = new(style())
        turn(d, H.list_question({**f, "month": (2026, 12)}), "course_list", [c["code"] for c in r12])
        turn(d, rng.choice(["thế tháng 1 năm sau?", "còn tháng 1/2027 thì sao", "tháng 1 thì có lớp nào"]), "course_list", [c["code"] for c in r01])
        tc = r01[0]
        if tc.get("days"):
            turn(d, rng.choice(["lớp đầu tiên của tháng 1 học mấy ngày?", "cái đầu học mấy hôm"]), "course", [tc["code"]], days_txt(tc))
        else:
            turn(d, "cái đầu tiên khai giảng ngày nào?", "course", [tc["code"]], [D.fmt(tc["start"])])
        if len(r01) >= 2:
            turn(d, "còn lớp thứ 2 ở đâu?", "course", [r01[1]["code"]], [venue_txt(r01[1])] if r01[1]["mode"] != "on" else [])
        dias.append(d)
        n += 1

    # ---------------- T7: a complete new question in the middle (5)
    n = 0
    singles = []
    for c in courses:
        if not D.is_upcoming(c) or c["kind"] != "date":
            continue
        f = {"org": c["org"], "topic": c["topic"]}
        r = find(f)
        if r and len(r) == 1:
            singles.append((f, c))
    rng.shuffle(singles)
    i = 0
    while n < 5 and i + 1 < len(singles):
        (f1, c1), (f2, c2) = singles[i], singles[i + 1]
        i += 2
        if c1["topic"] == c2["topic"] or c1["org"] == c2["org"] or c1["mode"] == "on":
            continue
        d = new(style())
        turn(d, f"{H.class_desc(c1, f1)} học ở đâu vậy?", "course", [c1["code"]], [venue_txt(c1)])
        turn(d, OFFTOPIC[(n * 9 + 2) % len(OFFTOPIC)], "off_topic", [], [])
        turn(d, f"cho mình hỏi {H.class_desc(c2, f2)} khai giảng ngày nào?", "course", [c2["code"]], [D.fmt(c2["start"])])
        turn(d, rng.choice(["lớp ấy học trực tuyến hay trực tiếp?", "lớp đó có học online được không"]), "course", [c2["code"]], [])
        if c2.get("days"):
            turn(d, "học mấy ngày?", "course", [c2["code"]], days_txt(c2))
        dias.append(d)
        n += 1

    # ---------------- T8: profile province: list for my audience -> my target -> register first (5)
    n = 0
    tmap = {t["prov"]: t for t in TARGETS if t["year"] == "2026" and t["unit_cell"].startswith("LĐLĐ") and t["prov"] != "Hồ Chí Minh"}
    provs = list(tmap)
    rng.shuffle(provs)
    for p in provs:
        if n >= 5:
            break
        ok = False
        for a in ["ct", "bch", "dv", "atvsv", "nuc", "pct", "ubkt", "ketoan", "totruong", "cbkct"]:
            r = find({"prov": p, "aud": a})
            if r and len(r) <= 4 and dated_distinct(r) and D.is_open(r[0]) and not any(c["mode"] == "on" for c in r) and r[0]["code"] not in used:
                ok = True
                break
        if not ok:
            continue
        used.add(r[0]["code"])
        t = tmap[p]
        prof = {"role": {"ct": "Chủ tịch CĐCS", "bch": "Ủy viên BCH", "dv": "Tổ trưởng công đoàn", "atvsv": "An toàn vệ sinh viên",
                         "nuc": "Trưởng ban nữ công", "pct": "Phó chủ tịch CĐCS", "ubkt": "Ủy viên UBKT", "ketoan": "Kế toán công đoàn",
                         "totruong": "Tổ trưởng công đoàn", "cbkct": "Ủy viên BCH"}[a], "province": p,
                "union": rng.choice([f"CĐCS Công ty TNHH {x}" for x in ["May Sông Tiền", "Thủy sản Hòa Thuận", "Gạch men Phú Cường", "Điện tử Minh Quang"]])}
        d = new(style(), prof)
        sub = "thành phố mình" if p == "Cần Thơ" else "tỉnh mình"
        A = rng.choice(AUD_PH[a])
        turn(d, rng.choice([f"{sub} sắp tới có lớp nào cho {A} không?", f"ở {sub} có lớp gì dành cho {A} sắp tới không ạ"]), "course_list",
             [c["code"] for c in r])
        turn(d, rng.choice([f"năm nay {sub} đạt chỉ tiêu đào tạo chưa?", f"chỉ tiêu {rng.choice(t['ask'])} năm nay của {sub} tới đâu rồi"]),
             "target", [t["code"]], [t["value"], t["done"]])
        turn(d, rng.choice(["quay lại chuyện lớp học, đăng ký cho mình lớp đầu tiên", "đăng ký giúp mình lớp đầu trong danh sách lúc nãy"]),
             "register", [r[0]["code"]])
        dias.append(d)
        n += 1

    for d in dias:
        for t in d["turns"]:
            t.pop("_src", None)
    return dias
