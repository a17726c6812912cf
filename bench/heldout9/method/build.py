#!/usr/bin/env python3
"""Build out/questions.jsonl from the hand-written sources in method/.
Questions are written by hand in fact_src.txt / offtopic_src.txt; this only assigns ids and JSON shape."""
import json, os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
STYLE = {"d": "diacritics", "p": "plain", "a": "abbrev", "t": "typo"}
PROFILES = {
    "LS": {"role": "Chủ tịch CĐCS", "province": "Lạng Sơn", "union": "LĐLĐ tỉnh Lạng Sơn"},
    "HN": {"role": "Cán bộ Ban Tổ chức", "province": "Hà Nội", "union": "LĐLĐ thành phố Hà Nội"},
    "CT": {"role": "Chủ tịch CĐCS", "province": "Cần Thơ", "union": "LĐLĐ thành phố Cần Thơ"},
}
def rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = unicodedata.normalize("NFC", line.rstrip("\n"))
            if line.strip() and not line.startswith("#"):
                yield line.split("|")
out = []
for i, r in enumerate(rows("fact_src.txt"), 1):
    s, q, exp = r[0], r[1], r[2]
    o = {"id": f"b9-F{i:03d}", "q": q, "style": STYLE[s], "kind": "fact",
         "expect": [], "expect_text": [e for e in exp.split(";;") if e]}
    if len(r) > 3 and r[3]:
        o["profile"] = PROFILES[r[3]]
    out.append(o)
for i, r in enumerate(rows("offtopic_src.txt"), 1):
    s, q = r[0], r[1]
    out.append({"id": f"b9-O{i:03d}", "q": q, "style": STYLE[s], "kind": "off_topic",
                "expect": [], "expect_text": []})
with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "questions written")
