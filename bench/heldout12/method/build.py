#!/usr/bin/env python3
"""Assemble questions.jsonl, dialogues.jsonl and method/specs.json from the hand-written content.

Course expectations are computed with validate.match() from each question's filter spec (the same code
validate.py runs), and every list is printed so the author can read it against the question text."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, OUT)
sys.path.insert(0, HERE)
import validate as V
from content_facts import FACTS, OFF
from content_data import TARGETS, COURSES, DIALOGUES

C = V.load_courses(os.path.join(OUT, "courses.csv"))
PLACES = ["Ninh Kiều", "Phú Lợi", "Vị Thanh", "Bình Thủy", "Long Xuyên", "Rạch Giá", "Phú Quốc", "Mỹ Tho",
          "Cao Lãnh", "Sa Đéc", "Tân Hương", "Long Châu", "Bến Tre", "Trà Vinh", "Thanh Đức", "Tân Thành",
          "Bạc Liêu", "Trảng Bàng", "Đức Hòa", "Tân Ninh", "Trấn Biên", "Nhơn Trạch", "Đồng Xoài", "Long Thành",
          "Sài Gòn", "Bến Thành", "Thủ Dầu Một", "Vũng Tàu", "Dĩ An", "Tân Thuận", "Phường Long An", "Khách sạn Công đoàn Cà Mau"]
VERBOSE = "-v" in sys.argv


def place_word(c):
    p = c["row"]["Địa điểm"]
    if c["form"] == "online":
        return "trực tuyến"
    if "Khách sạn Công đoàn Cà Mau" in p:
        return "Khách sạn Công đoàn Cà Mau"
    if "phường Long An" in p:
        return "Long An"
    for w in PLACES:
        if w in p:
            return w
    raise SystemExit(f"no place word for {c['code']}: {p}")


def resolve(c, texts):
    out = []
    for t in texts:
        if t == "@start":
            out.append(c["start"].strftime("%d/%m/%Y"))
        elif t == "@end":
            out.append(c["end"].strftime("%d/%m/%Y"))
        elif t == "@place":
            out.append(place_word(c))
        else:
            out.append(t)
    return out


def show(tag, res):
    if VERBOSE:
        print(tag)
        for c in res:
            r = c["row"]
            print(f"    {c['code']:18} {r['Ngày bắt đầu']:24} {r['Tên lớp'][:55]:55} | {r['Địa điểm'][:40]}")


def main():
    specs = {}
    qs = []
    n = 0

    def add(style, q, kind, expect, texts, profile):
        nonlocal n
        n += 1
        d = {"id": f"b12-C{n:03d}", "q": q, "style": style, "kind": kind, "expect": expect, "expect_text": texts}
        if profile:
            d["profile"] = profile
        qs.append(d)
        return d["id"]

    for style, q, texts, prof in FACTS:
        add(style, q, "fact", [], texts, prof)
    for style, q, code, figs, prof in TARGETS:
        add(style, q, "target", [code], figs, prof)
    for style, q, spec, prof in COURSES:
        V.ERR.clear()
        res = V.match(C, spec, "build")
        if V.ERR:
            print("AMBIGUOUS", q, V.ERR)
        qid = add(style, q, "course", [c["code"] for c in res], [], prof)
        specs[qid] = spec
        show(f"{qid} {q}", res)
    for style, q, prof, _near in OFF:
        add(style, q, "off_topic", [], [], prof)

    dls = []
    for di, (style, prof, turns) in enumerate(DIALOGUES, 1):
        did = f"b12-D{di:02d}"
        lists, codes_of = {}, {}
        out_turns = []
        for ti, (q, kind, spec, texts) in enumerate(turns):
            key = f"{did}#{ti}"
            e = {"kind": kind, "codes": [], "text": []}
            if kind == "course_list":
                V.ERR.clear()
                res = V.match(C, spec, key)
                if V.ERR:
                    print("AMBIGUOUS", key, V.ERR)
                lists[ti] = res
                e["codes"] = [c["code"] for c in res]
                e["text"] = texts
                specs[key] = spec
                show(f"{key} {q}", res)
            elif kind in ("course", "register"):
                if "ref" in spec:
                    li, k = spec["ref"]
                    c = lists[li][k - 1]
                elif "same" in spec:
                    c = C[codes_of[spec["same"]]]
                else:
                    c = V.match(C, spec["spec"], key)[0]
                codes_of[ti] = c["code"]
                e["codes"] = [c["code"]]
                e["text"] = resolve(c, texts)
                specs[key] = spec
                if VERBOSE:
                    print(f"{key} {q} -> {c['code']} {e['text']}")
            elif kind == "target":
                e["codes"] = [spec]
                e["text"] = texts
            elif kind == "fact":
                e["text"] = texts
            out_turns.append({"q": q, "expect": e})
        d = {"id": did, "style": style}
        if prof:
            d["profile"] = prof
        d["turns"] = out_turns
        dls.append(d)

    with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for d in qs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "dialogues.jsonl"), "w", encoding="utf-8") as f:
        for d in dls:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "specs.json"), "w", encoding="utf-8") as f:
        json.dump(specs, f, ensure_ascii=False, indent=1)
    kinds = {}
    for d in qs:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    print(len(qs), "questions", kinds, "|", len(dls), "dialogues")


if __name__ == "__main__":
    main()
