#!/usr/bin/env python3
"""Builds ../questions.jsonl and ../dialogues.jsonl from the hand-written specs (spec_questions.py,
spec_dialogues.py): the text of every question/turn is hand-written there; the expected codes are
computed here from courses.csv / targets.csv with the engine in ../validate.py."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import validate as V

def place_key(c):
    p = re.sub(r"\s*\([^)]*\)\s*$", "", c["place"]).strip()
    if "," in p:
        p = p.split(",")[-1].strip()
    return p

def days_text(c):
    m = re.match(r"\d+", c["days"])
    return f"{int(m[0])} ngày"

def field_text(c, name):
    if name == "place": return place_key(c)
    if name == "deadline": return V.ddmmyyyy(c["deadline"])
    if name == "days": return days_text(c)
    if name == "end": return V.ddmmyyyy(c["end"] or c["start"])
    if name == "org": return c["org"]
    if name == "note": return c["note"]
    if name == "time": return c["start"].strftime("%H:%M")
    if name == "fmt":
        if not c["fmt_raw"]: raise ValueError("format asked of a class with an empty format cell " + c["code"])
        return c["fmt_raw"].split(" (")[0]
    raise KeyError(name)

def derive_question(s, courses, targets):
    if s["kind"] == "course":
        sel = V.select(courses, s["f"])
        if not sel: raise ValueError("no class matches")
        if len(sel) > 15: raise ValueError(f"too many matches ({len(sel)})")
        return [c["code"] for c in sel], []
    if s["kind"] == "target":
        sel = V.target_select(targets, s["t"])
        if not sel: raise ValueError("no target matches")
        txt = []
        for t in sel: txt += V.target_texts(t)
        return [t["Mã chỉ tiêu"] for t in sel], txt
    return [], list(s.get("text", []))

def run_dialogue(d, courses, targets):
    by = {c["code"]: c for c in courses}
    last, focus, out = None, None, []
    for t in d["turns"]:
        k, q = t[0], t[1]
        if k == "L":
            sel = V.select(courses, t[2])
            if not sel: raise ValueError(f"empty list for «{q}»")
            if len(sel) > 6: raise ValueError(f"list of {len(sel)} for «{q}»")
            last = sel; focus = sel[0] if len(sel) == 1 else None
            e = {"kind": "course_list", "codes": [c["code"] for c in sel], "text": []}
        elif k in ("P", "C", "F"):
            if k == "P":
                idx = t[2]; extra = t[3]
                if idx >= len(last): raise ValueError(f"position {idx+1} not in list for «{q}»")
                if idx > 0 and any(last[j]["sortkey"][0] == last[idx]["sortkey"][0] for j in range(len(last)) if j != idx):
                    raise ValueError(f"tie in list order at «{q}»")
                c = last[idx]
            elif k == "C":
                sel = V.select(courses, t[2]); extra = t[3]
                if len(sel) != 1: raise ValueError(f"{len(sel)} classes for «{q}»: {[x['code'] for x in sel]}")
                c = sel[0]
            else:
                c = focus; extra = t[2]
            if c is None or c["start"] is None: raise ValueError(f"no dated focus for «{q}»")
            focus = c
            e = {"kind": "course", "codes": [c["code"]], "text": [V.ddmmyyyy(c["start"])] + [field_text(c, x) for x in extra]}
        elif k == "R":
            c = focus if t[2] is None else last[t[2]]
            if not V.registrable(c): raise ValueError(f"{c['code']} not registrable «{q}»")
            focus = c
            e = {"kind": "register", "codes": [c["code"]], "text": []}
        elif k == "T":
            sel = V.target_select(targets, t[2])
            if not sel: raise ValueError(f"no target «{q}»")
            txt = []
            for x in sel: txt += V.target_texts(x)
            e = {"kind": "target", "codes": [x["Mã chỉ tiêu"] for x in sel], "text": txt}
        elif k == "Q":
            e = {"kind": "fact", "codes": [], "text": list(t[2])}
        elif k == "X":
            e = {"kind": "off_topic", "codes": [], "text": []}
        else:
            raise KeyError(k)
        out.append({"q": q, "expect": e})
    return out

SEEDS = os.path.join(HERE, "..", "..", "given", "seeds")

def main():
    import spec_questions, spec_dialogues
    courses = V.load_courses(); targets = V.load_targets()
    seedtext = " ".join(open(os.path.join(SEEDS, f), encoding="utf-8").read() for f in sorted(os.listdir(SEEDS)))
    errs = 0
    with open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8") as fh:
        for s in spec_questions.QUESTIONS:
            try:
                exp, txt = derive_question(s, courses, targets)
            except Exception as e:
                print("Q", s["id"], s["q"], "->", e); errs += 1; continue
            for x in (txt if s["kind"] == "fact" else []):
                assert x in seedtext, x
            o = {"id": s["id"], "q": s["q"], "style": s["style"], "kind": s["kind"], "expect": exp, "expect_text": txt}
            if s.get("profile"): o["profile"] = s["profile"]
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "..", "dialogues.jsonl"), "w", encoding="utf-8") as fh:
        for d in spec_dialogues.DIALOGUES:
            try:
                turns = run_dialogue(d, courses, targets)
            except Exception as e:
                print("D", d["id"], "->", e); errs += 1; continue
            for t in turns:
                if t["expect"]["kind"] == "fact":
                    for x in t["expect"]["text"]: assert x in seedtext, x
            o = {"id": d["id"], "style": d["style"]}
            if d.get("profile"): o["profile"] = d["profile"]
            o["turns"] = turns
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("build errors:", errs)

if __name__ == "__main__":
    main()
