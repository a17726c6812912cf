"""Cross-check: canonical spec records vs. what validate.py parses back out of courses.csv."""
import json, os, sys, datetime as dt
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import validate as V
recs = json.load(open(os.path.join(HERE, "records.json"), encoding="utf-8"))
cs = {c["code"]: c for c in V.load_courses(os.path.join(HERE, "..", "courses.csv"))}
bad = 0
for r in recs:
    c = cs.get(r["code"])
    if c is None:
        print("missing", r["code"]); bad += 1; continue
    s = r["start"]
    if isinstance(s, list):
        ok = c["planned"] and c["planned"][0] == s[0] and c["planned"][1:] == tuple(map(int, s[1].split("-")))
    else:
        want = dt.datetime.strptime(s, "%Y-%m-%d %H:%M") if " " in s else dt.datetime.strptime(s, "%Y-%m-%d").replace(hour=8)
        ok = c["start"] == want
        if r.get("end"):
            e = r["end"]
            we = dt.datetime.strptime(e, "%Y-%m-%d %H:%M") if " " in e else dt.datetime.strptime(e, "%Y-%m-%d").replace(hour=17)
            ok = ok and c["end"] == we
    if r.get("dl"):
        ok = ok and c["dl"] == dt.datetime.strptime(r["dl"], "%Y-%m-%d").replace(hour=23, minute=59)
    ok = ok and c["title"] == r["title"] and c["key"] == r["org_key"] and c["prov"] == r["prov"]
    if not ok:
        bad += 1; print("MISMATCH", r["code"], r["start"], r.get("end"), c["start"], c["end"])
print("crosscheck mismatches:", bad, "errors:", V.ERR)
