# -*- coding: utf-8 -*-
"""Generates courses.csv, targets.csv, questions.jsonl, dialogues.jsonl for blind set 18.
Run: python3 method/gen.py  (from out/)."""
import csv
import datetime as dt
import io
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data_courses as D
from styles import render
from texts import FACTS, OFFTOPIC, TARGETS, TOPIC_PH, AUD_PH, ORG_PH, PROV_PH, REGION_PH, LOC_PH, ROLES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(2026)
STYLES = ["plain", "diacritics", "abbrev", "typo"]

courses = D.build()
BYCODE = {c["code"]: c for c in courses}
NOWD = D.NOW.date()


# ------------------------------------------------------------------ write courses.csv
def write_courses():
    head = ["STT", "Mã lớp", "Tên lớp học", "Chuyên đề", "Đối tượng tham gia", "Đơn vị thực hiện", "Đơn vị phối hợp",
            "Tỉnh/Thành phố", "Địa điểm tổ chức", "Hình thức", "Ngày bắt đầu (dd/mm/yyyy)", "Ngày kết thúc", "Hạn đăng ký",
            "Số ngày", "Số lượng", "Trạng thái", "Ghi chú", "Lịch nhắc"]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(head)
    sections = [("I", "LỚP DO LĐLĐ TP HỒ CHÍ MINH VÀ CÔNG ĐOÀN TRỰC THUỘC TỔ CHỨC",
                 lambda c: c["prov"] == "Hồ Chí Minh" and c["org_kind"] != "nat"),
                ("II", "LỚP CỦA CÁC TỈNH ĐÔNG NAM BỘ, TÂY NGUYÊN, DUYÊN HẢI VÀ ĐỒNG BẰNG SÔNG CỬU LONG",
                 lambda c: c["prov"] != "Hồ Chí Minh" and c["org_kind"] != "nat"),
                ("III", "LỚP CỦA TỔNG LIÊN ĐOÀN VÀ CÔNG ĐOÀN NGÀNH TRUNG ƯƠNG", lambda c: c["org_kind"] == "nat")]
    n = 0
    for roman, name, pred in sections:
        w.writerow([roman, "", name] + [""] * (len(head) - 3))
        for c in courses:
            if not pred(c):
                continue
            n += 1
            w.writerow([n, c["code"], c["title"], c["topic_cell"], c["aud_cell"], c["org_cell"], c["coop"], c["prov_cell"],
                        c["venue"], c["mode_cell"], c["start_cell"], c["end_cell"], c["deadline_cell"], c["days_cell"],
                        c["seats_cell"], c["status_cell"], c["note"], c["remind_cell"]])
    w.writerow(["", "", "Tổng cộng", "", "", "", "", "", "", "", "", "", "", "", f"{n} lớp", "", "", ""])
    assert n == len(courses)
    with open(os.path.join(OUT, "courses.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


def write_targets():
    head = ["Mã chỉ tiêu", "Đơn vị", "Năm (hoặc giai đoạn)", "Nội dung", "Đối tượng", "Chỉ tiêu", "Đơn vị tính", "Đã đạt",
            "Tính đến ngày", "Ghi chú"]
    with open(os.path.join(OUT, "targets.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(head)
        for t in TARGETS:
            w.writerow([t["code"], t["unit_cell"], t["year"], t["content"], t.get("aud", ""), t["value"], t["uom"],
                        t.get("done", ""), t.get("asof", ""), t.get("note", "")])


# ------------------------------------------------------------------ matching
def org_match(c, ok):
    if D.ORGS[ok][1] == "ldld":
        return c["org"] == ok or c["parent"] == ok
    return c["org"] == ok


def month_of(c):
    return (c["start"].year, c["start"].month) if c["kind"] == "date" else None


def match(c, f):
    """returns True / False / None (None = ambiguous for this filter)"""
    scope = f.get("scope", "upcoming")
    if scope == "upcoming" and not D.is_upcoming(c):
        return False
    if scope == "open" and not D.is_open(c):
        return False
    if "org" in f and not org_match(c, f["org"]):
        return False
    if "topic" in f and c["topic"] != f["topic"]:
        return False
    if "aud" in f and f["aud"] not in c["auds"]:
        return False
    if "prov" in f and c["prov"] != f["prov"]:
        return False
    if "region" in f and c["region"] != f["region"]:
        return False
    if "loc" in f and c["locality"] != f["loc"]:
        return False
    if "kcn" in f and f["kcn"] not in c["venue"]:
        return False
    if "online" in f and c["mode"] not in ("on", "kh"):
        return False
    if "batch" in f and c["batch"] != f["batch"]:
        return False
    if any(k in f for k in ("prov", "region", "loc", "kcn")) and c["mode"] == "on":
        return None
    if "month" in f:
        y, m = f["month"]
        if c["kind"] == "date":
            if (c["start"].year, c["start"].month) != (y, m):
                return False
        else:
            a = c["approx"]
            if a[0] == "month" and (a[1], a[2]) == (y, m):
                return True
            ps, pe = c["pstart"], c["pend"]
            if ps <= dt.date(y, m, 1) <= pe or ps <= dt.date(y, m, 28) <= pe:
                return None
            return False
    if "week" in f:
        if c["kind"] != "date":
            return None if c["pstart"] <= dt.date(2026, 11, 29) else False
        if not (dt.date(2026, 11, 23) <= c["start"] <= dt.date(2026, 11, 29)):
            return False
    if "quarter" in f:
        y, q = f["quarter"]
        qs, qe = D.period("quarter", y, q, q)
        if c["kind"] == "date":
            if not (qs <= c["start"] <= qe):
                return False
        else:
            if c["pstart"] >= qs and c["pend"] <= qe:
                return True
            if c["pend"] < qs or c["pstart"] > qe:
                return False
            return None
    return True


def find(f):
    res = [match(c, f) for c in courses]
    if any(r is None for r in res):
        return None
    out = [c for c, r in zip(courses, res) if r]
    out.sort(key=lambda c: (c["start"] or c["pstart"], c["code"]))
    return out


def sortkey(c):
    return (c["start"] or c["pstart"], c["code"])


# ------------------------------------------------------------------ phrase helpers
def month_phrase(y, m):
    if (y, m) == (2026, 11):
        return rng.choice(["cuối tháng này", "tháng 11 này"])
    if (y, m) == (2026, 12):
        return rng.choice(["tháng sau", "tháng 12", "tháng 12 này", "trong tháng 12"])
    if y == 2027:
        return rng.choice([f"tháng {m} năm sau", f"tháng {m}/2027", f"tháng {m} năm 2027"])
    return f"tháng {m}/{y}"


def place_phrase(f):
    if "prov" in f:
        return rng.choice(PROV_PH[f["prov"]])
    if "region" in f:
        return rng.choice(REGION_PH[f["region"]])
    if "loc" in f:
        return rng.choice(LOC_PH[f["loc"]])
    if "kcn" in f:
        return f"KCN {f['kcn']}" if rng.random() < 0.6 else f"khu công nghiệp {f['kcn']}"
    return None


def time_phrase(f):
    if "month" in f:
        return month_phrase(*f["month"])
    if "week" in f:
        return rng.choice(["tuần này", "trong tuần này"])
    if "quarter" in f:
        y, q = f["quarter"]
        return rng.choice([f"quý {q} năm sau", f"quý {['', 'I', 'II', 'III', 'IV'][q]}/2027"])
    return None


def j(*parts):
    return " ".join(p for p in parts if p).replace(" ,", ",").replace("  ", " ").strip()


def list_question(f, prof_sub=None):
    T = rng.choice(TOPIC_PH[f["topic"]]) if "topic" in f else None
    A = rng.choice(AUD_PH[f["aud"]]) if "aud" in f else None
    O = rng.choice(ORG_PH[f["org"]]) if "org" in f else None
    P = place_phrase(f)
    if prof_sub:
        P = prof_sub
    M = time_phrase(f)
    MO = rng.choice(["trực tuyến", "online", "học qua mạng"]) if "online" in f else None
    lop = j("lớp", T) if T else "lớp"
    if MO:
        lop = j(lop, MO)
    forA = j("cho", A) if A else None
    atP = j("ở", P) if P and not P.startswith(("ở", "bên", "tại", "trong", "tỉnh mình", "thành phố mình", "chỗ")) else P
    forms = [
        lambda: j(O, M, atP, "có", lop, "nào", forA, "không?"),
        lambda: j("Cho mình hỏi", M, atP, "có mở", lop, forA, "không ạ?") if not O else j("Cho mình hỏi", O, M, "có mở", lop, forA, "không ạ?"),
        lambda: j(lop, forA, O and ("của " + O), atP, M),
        lambda: j("Sắp tới", O, atP, "có", lop, forA, "nào không", M and ("(" + M + ")")),
        lambda: j("mình muốn đi học", T or "một lớp", MO, atP, M, O and ("do " + O + " tổ chức"), forA and ("dành " + forA), ", có lớp nào không"),
        lambda: j("Anh chị ơi", M, O and ("bên " + O), atP, "có", lop, "nào", forA, "không, em muốn đăng ký"),
        lambda: j(O, atP, M, "tổ chức những", lop, "nào", forA, "?"),
    ]
    return rng.choice(forms)()


def class_desc(c, f):
    parts = ["lớp"]
    if "topic" in f:
        parts.append(rng.choice(TOPIC_PH[f["topic"]]))
    if "aud" in f:
        parts.append("cho " + rng.choice(AUD_PH[f["aud"]]))
    if "batch" in f:
        parts.append(f"đợt {f['batch']}")
    if "org" in f:
        parts.append(rng.choice(["của ", "bên ", "do "]) + rng.choice(ORG_PH[f["org"]]) + (" tổ chức" if parts[-1] == "do " else ""))
    P = place_phrase(f)
    if P:
        parts.append(P if P.startswith(("ở", "tại", "bên")) else "ở " + P)
    if "month" in f:
        parts.append(month_phrase(*f["month"]))
    if "week" in f:
        parts.append("tuần này")
    return " ".join(parts)


# ------------------------------------------------------------------ course questions
questions = []


def add_q(q, kind, expect, expect_text, profile=None, style=None, f=None):
    style = style or STYLES[len(questions) % 4]
    text = render(q, style, rng)
    item = {"id": f"b18-q{len(questions) + 1:03d}", "q": text, "style": style, "kind": kind,
            "expect": expect, "expect_text": expect_text}
    if profile:
        item["profile"] = profile
    item["_src"] = q
    item["_f"] = f
    questions.append(item)


def cand_filters(c):
    fs = []
    base = {}
    if c["kind"] == "date":
        mon = {"month": (c["start"].year, c["start"].month)}
        if dt.date(2026, 11, 23) <= c["start"] <= dt.date(2026, 11, 29):
            mon = rng.choice([mon, {"week": 1}])
    else:
        a = c["approx"]
        mon = {"month": (a[1], a[2])} if a[0] == "month" else ({"quarter": (a[1], a[2])} if a[0] == "quarter" else {})
    places = []
    if c["mode"] != "on":
        places.append({"prov": c["prov"]})
        if c["region"]:
            places.append({"region": c["region"]})
        if c["locality"] in LOC_PH:
            places.append({"loc": c["locality"]})
        for k in ("VSIP", "Mỹ Phước", "Phú Mỹ", "Amata", "Nhơn Trạch", "Tân Thuận", "Đức Hòa", "Minh Hưng"):
            if k in c["venue"]:
                places.append({"kcn": k})
    T = {"topic": c["topic"]}
    O = {"org": c["org"]}
    A = [{"aud": a} for a in c["auds"] if a in AUD_PH]
    combos = []
    for p in places:
        combos += [{**T, **p}, {**T, **p, **mon}, {**p, **mon}]
        for a in A:
            combos.append({**a, **p})
    combos += [{**T, **O}, {**O, **mon}, {**T, **O, **mon}]
    for a in A:
        combos += [{**a, **O}, {**a, **O, **mon}, {**a, **T, **mon}]
    if c["mode"] in ("on", "kh"):
        combos += [{"online": 1, **T}, {"online": 1, **T, **mon}, {"online": 1, **O}]
    if c["batch"]:
        combos += [{**T, **O, "batch": c["batch"]}]
    return [x for x in combos if x]


used_anchor = {}


def gen_course_questions(n_target):
    ups = [c for c in courses if D.is_upcoming(c)]
    rng.shuffle(ups)
    count = 0
    tries = 0
    while count < n_target and tries < 20000:
        tries += 1
        c = rng.choice(ups)
        if used_anchor.get(c["code"], 0) >= 2:
            continue
        fs = cand_filters(c)
        rng.shuffle(fs)
        for f in fs:
            r = find(f)
            if not r or c not in r:
                continue
            detail = rng.random() < 0.42
            if detail:
                if len(r) != 1:
                    continue
                kinds = ["where", "when", "days", "deadline", "mode"]
                k = rng.choice(kinds)
                if k == "where" and c["mode"] == "on":
                    k = "mode"
                if k in ("when", "days", "deadline") and c["kind"] != "date":
                    k = "when_approx"
                if k == "deadline" and not c.get("deadline"):
                    k = "when"
                if k == "days" and not c.get("days"):
                    k = "when"
                desc = class_desc(c, f)
                if k == "where":
                    q = rng.choice([f"{desc} học ở đâu vậy?", f"cho hỏi {desc} tổ chức ở địa điểm nào", f"{desc} học chỗ nào ạ"])
                    et = [c["venue"].split(",")[0].split(" (")[0]]
                elif k == "when":
                    q = rng.choice([f"{desc} khai giảng ngày nào?", f"{desc} bắt đầu hôm nào vậy", f"Khi nào thì {desc} bắt đầu học?"])
                    et = [D.fmt(c["start"])]
                elif k == "days":
                    q = rng.choice([f"{desc} học mấy ngày?", f"{desc} kéo dài bao lâu", f"{desc} học trong mấy ngày vậy ạ"])
                    et = [f"{c['days']} ngày"]
                elif k == "deadline":
                    q = rng.choice([f"{desc} hạn đăng ký đến bao giờ?", f"đăng ký {desc} trước ngày nào", f"{desc} còn đăng ký được đến hôm nào"])
                    et = [D.fmt(c["deadline"])]
                elif k == "mode":
                    q = rng.choice([f"{desc} học trực tuyến hay trực tiếp?", f"{desc} có học online được không", f"{desc} học hình thức gì"])
                    et = []
                else:
                    q = rng.choice([f"{desc} dự kiến khi nào học?", f"{desc} bao giờ mới có lịch?"])
                    et = []
                prof = None
                if rng.random() < 0.2:
                    prof = {"role": rng.choice(ROLES), "province": c["prov"] if c["org_kind"] != "nat" else rng.choice(["Hồ Chí Minh", "Đồng Nai", "Tây Ninh"])}
                add_q(q, "course", [c["code"]], et, prof, f=f)
            else:
                if len(r) > 2:
                    continue
                prof = None
                sub = None
                if "prov" in f and f["prov"] != "Hà Nội" and rng.random() < 0.35:
                    sub = rng.choice(["thành phố mình", "ở chỗ mình"] if f["prov"] in ("Hồ Chí Minh", "Cần Thơ") else ["tỉnh mình", "trong tỉnh mình", "ở chỗ em"])
                    u = {"Hồ Chí Minh": rng.choice(["CĐCS Công ty TNHH Giày Phước Thịnh Việt Nam", "LĐLĐ TP Hồ Chí Minh", "CĐ phường Dĩ An"]),
                         "Đồng Nai": "LĐLĐ tỉnh Đồng Nai", "Tây Ninh": "LĐLĐ tỉnh Tây Ninh"}.get(f["prov"], "LĐLĐ " + f["prov"])
                    prof = {"role": rng.choice(ROLES), "province": f["prov"], "union": u}
                elif rng.random() < 0.12:
                    prof = {"role": rng.choice(ROLES), "province": rng.choice(["Hồ Chí Minh", "Đồng Nai", "Cần Thơ", "Tây Ninh"])}
                    if "prov" not in f and "region" not in f and "loc" not in f and "kcn" not in f and "org" not in f:
                        prof = None  # would make the location implicit: avoid
                q = list_question(f, sub)
                add_q(q, "course", [x["code"] for x in r], [], prof, f=f)
            used_anchor[c["code"]] = used_anchor.get(c["code"], 0) + 1
            count += 1
            break


def gen_special_course_questions():
    """ended, cancelled, postponed classes."""
    out = 0
    for c in courses:
        if c["status"] == "cancelled" or c.get("postponed_from"):
            f = {"org": c["org"], "topic": c["topic"], "scope": "all"}
            r = find(f)
            if r is None or len(r) != 1:
                continue
            O = rng.choice(ORG_PH[c["org"]])
            T = rng.choice(TOPIC_PH[c["topic"]])
            if c["status"] == "cancelled":
                q = rng.choice([f"nghe nói lớp {T} của {O} bị hủy phải không?", f"lớp {T} bên {O} còn học không hay hủy rồi",
                                f"Lớp {T} do {O} tổ chức có bị hủy không ạ?"])
                et = []
            elif c["kind"] == "date":
                q = rng.choice([f"lớp {T} của {O} bị hoãn thì dời sang ngày nào?", f"{O} hoãn lớp {T}, giờ học lại hôm nào vậy"])
                et = [D.fmt(c["start"])]
            else:
                q = f"lớp {T} của {O} bị hoãn đến bao giờ học lại?"
                et = []
            add_q(q, "course", [c["code"]], et, f=f)
            out += 1
    ended = [c for c in courses if c["status"] == "ended" and c["start"] and c["start"].year == 2026]
    rng.shuffle(ended)
    k = 0
    for c in ended:
        if k >= 8:
            break
        f = {"org": c["org"], "topic": c["topic"], "month": (2026, c["start"].month), "scope": "all"}
        r = find(f)
        if r is None or len(r) != 1:
            continue
        O = rng.choice(ORG_PH[c["org"]])
        T = rng.choice(TOPIC_PH[c["topic"]])
        q = rng.choice([f"lớp {T} của {O} hồi tháng {c['start'].month} vừa rồi học ở đâu vậy?",
                        f"Lớp {T} {O} tổ chức tháng {c['start'].month}/2026 còn đăng ký được không?",
                        f"tháng {c['start'].month} năm nay {O} có mở lớp {T} đúng không, học ngày nào?"])
        et = [c["venue"].split(",")[0]] if "ở đâu" in q and c["mode"] != "on" else ([D.fmt(c["start"])] if "ngày nào" in q else [])
        add_q(q, "course", [c["code"]], et, f=f)
        k += 1
        out += 1
    return out


# ------------------------------------------------------------------ targets / facts / off-topic questions
def gen_target_questions(n):
    order = list(TARGETS)
    rng.shuffle(order)
    i = 0
    while i < n:
        t = order[i % len(order)]
        i += 1
        yp = {"2025": ["năm ngoái", "năm 2025"], "2026": ["năm nay", "năm 2026"], "2027": ["năm sau", "năm 2027", "năm tới"]}
        yr = t["year"]
        ytxt = rng.choice(yp[yr]) if yr in yp else rng.choice(["nhiệm kỳ 2023-2028", "cả nhiệm kỳ 2023 - 2028", "giai đoạn 2023-2028"])
        unit = rng.choice(t["unit_ph"])
        cont = rng.choice(t["ask"])
        prof = None
        if rng.random() < 0.3 and t.get("self"):
            pv = t["prov"] if "Việt Nam" not in t["unit_cell"] else rng.choice(["Hồ Chí Minh", "Đồng Nai", "Cần Thơ", "Tây Ninh"])
            prof = {"role": rng.choice(ROLES), "province": pv, "union": t["unit_cell"]}
            unit = t["self"]
        et = [t["value"]] + ([t["done"]] if t.get("done") else [])
        if t.get("done"):
            q = rng.choice([f"Chỉ tiêu {cont} {ytxt} của {unit} là bao nhiêu, đã đạt được bao nhiêu rồi?",
                            f"{unit} {ytxt} {cont} đạt chỉ tiêu chưa?",
                            f"cho mình xin số liệu chỉ tiêu {cont} của {unit} {ytxt}, giao bao nhiêu đạt bao nhiêu",
                            f"{ytxt} {unit} được giao chỉ tiêu {cont} bao nhiêu, thực hiện tới đâu rồi?"])
        else:
            q = rng.choice([f"Chỉ tiêu {cont} {ytxt} của {unit} là bao nhiêu?",
                            f"{ytxt} {unit} được giao chỉ tiêu {cont} là mấy?"])
        add_q(q, "target", [t["code"]], et, prof)


def gen_fact_questions():
    for q, et in FACTS:
        add_q(q, "fact", [], et)


def gen_off_questions():
    for q in OFFTOPIC:
        add_q(q, "off_topic", [], [])


# ------------------------------------------------------------------ dialogues
from dialogues import build_dialogues


def main():
    write_courses()
    write_targets()
    gen_course_questions(170)
    nsp = gen_special_course_questions()
    gen_target_questions(52)
    gen_fact_questions()
    gen_off_questions()
    # extra profiles (role / province / union as registered) where they cannot change the right answer
    SOUTH = ["Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "An Giang", "Khánh Hòa", "Lâm Đồng"]
    UNIONS = ["CĐCS Công ty TNHH Giày Phước Thịnh Việt Nam", "CĐCS Trường THPT Nguyễn Du", "CĐCS Bệnh viện Đa khoa khu vực",
              "CĐCS Công ty CP May Hòa Phú", "CĐ phường Dĩ An", None, None]
    for q in questions:
        if "profile" in q:
            continue
        f = q.get("_f") or {}
        safe = q["kind"] in ("fact", "off_topic") or (q["kind"] == "target" and rng.random() < 0.5) or \
            (q["kind"] == "course" and any(k in f for k in ("prov", "region", "loc", "kcn", "org")))
        if safe and rng.random() < 0.2:
            p = {"role": rng.choice(ROLES), "province": rng.choice(SOUTH)}
            u = rng.choice(UNIONS)
            if u and q["kind"] != "target":
                p["union"] = u
            q["profile"] = p
    # shuffle order then renumber and rebalance styles
    rng.shuffle(questions)
    for i, q in enumerate(questions):
        st = STYLES[i % 4]
        q["id"] = f"b18-q{i + 1:03d}"
        q["style"] = st
        q["q"] = render(q["_src"], st, rng)
    with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in questions:
            src = q.pop("_src")
            q.pop("_f", None)
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    dias = build_dialogues(sys.modules[__name__])
    with open(os.path.join(OUT, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for d in dias:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter
    print("courses", len(courses), "questions", len(questions), Counter(q["kind"] for q in questions),
          Counter(q["style"] for q in questions), "special", nsp, "dialogues", len(dias),
          "turns", sum(len(d["turns"]) for d in dias))


if __name__ == "__main__":
    main()
