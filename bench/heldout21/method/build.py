"""Builds /work/blind21/questions.jsonl from data_fact.py and data_off.py."""
import json, random, sys, unicodedata, os
sys.path.insert(0, os.path.dirname(__file__))
from data_fact import FACT
from data_off import OFF

def fold(s):
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return "".join(c for c in s if unicodedata.category(c) != "Mn")

HN = [{"role": "Chủ tịch CĐCS", "province": "Hà Nội", "union": "CĐCS Bệnh viện Đa khoa Đông Anh"},
      {"role": "Phó Chủ tịch CĐCS", "province": "Hà Nội", "union": "CĐCS Công ty TNHH Điện tử Quang Minh"},
      {"role": "Ủy viên UBKT", "province": "Hà Nội", "union": "CĐCS Trường Tiểu học Tiền Phong"}]
LS = [{"role": "Chủ tịch CĐCS", "province": "Lạng Sơn", "union": "CĐCS Công ty CP Xi măng Đồng Bành"},
      {"role": "Nữ công", "province": "Lạng Sơn", "union": "CĐCS Trường Mầm non Hoa Hồng, phường Tam Thanh"}]
CT = [{"role": "Chủ tịch CĐCS", "province": "Cần Thơ", "union": "CĐCS Công ty TNHH Mía đường Sóc Trăng"},
      {"role": "Kế toán CĐCS", "province": "Cần Thơ", "union": "CĐCS UBND phường Phú Lợi"}]
POOL = HN + LS + CT + [
    {"role": "Chủ tịch CĐCS", "province": "Bắc Ninh", "union": "CĐCS Công ty TNHH Điện tử Yên Phong"},
    {"role": "Tổ trưởng công đoàn", "province": "Đồng Nai", "union": "CĐCS Công ty TNHH Giày da Tam Phước"},
    {"role": "An toàn vệ sinh viên", "province": "TP. Hồ Chí Minh", "union": "CĐCS Công ty CP May Bình Tân"},
    {"role": "Phó Chủ tịch CĐCS", "province": "Thanh Hóa", "union": "CĐCS Trường THPT Hàm Rồng"},
    {"role": "Ủy viên BCH", "province": "Nghệ An", "union": "CĐCS Bệnh viện Sản Nhi Nghệ An"},
    {"role": "Chủ tịch CĐCS", "province": "Tuyên Quang", "union": "CĐCS UBND xã Yên Minh (Hà Giang cũ)"},
    {"role": "Kế toán CĐCS", "province": "Hải Phòng", "union": "CĐCS Công ty CP Cảng Đình Vũ"},
    {"role": "Cán bộ công đoàn không chuyên trách", "province": "Đà Nẵng", "union": "CĐCS Công ty TNHH Thủy sản Sơn Trà"},
    {"role": "Chủ tịch CĐCS", "province": "An Giang", "union": "CĐCS Trường Tiểu học Long Xuyên"},
]

def seed_profile(q, rnd):
    f = fold(q)
    if any(k in f for k in ["soc trang"]):
        return rnd.choice(CT)
    if any(k in f for k in ["lang son", "chi lang", "dong tam", "cao loc"]):
        return rnd.choice(LS)
    if any(k in f for k in ["ha noi", "hn ", "hn,", "thu do", "me linh", "ha nôi"]):
        return rnd.choice(HN)
    return None

rnd = random.Random(21)
rows = []
for i, (q, style, et, prof) in enumerate(FACT):
    if prof is None and i % 4 == 1:
        prof = seed_profile(q, rnd)
    rows.append({"q": q, "style": style, "kind": "fact", "expect": [], "expect_text": et, "profile": prof})
for i, (q, style, group) in enumerate(OFF):
    prof = rnd.choice(POOL) if i % 4 == 2 else None
    rows.append({"q": q, "style": style, "kind": "off_topic", "expect": [], "expect_text": [], "profile": prof, "_group": group})

rnd.shuffle(rows)
out = os.path.join(os.path.dirname(__file__), "..", "questions.jsonl")
with open(out, "w", encoding="utf-8") as fh:
    for n, r in enumerate(rows, 1):
        o = {"id": f"b21-q{n:03d}", "q": r["q"], "style": r["style"], "kind": r["kind"],
             "expect": r["expect"], "expect_text": r["expect_text"]}
        if r["profile"]:
            o["profile"] = r["profile"]
        fh.write(json.dumps(o, ensure_ascii=False) + "\n")
# side file recording which off_topic items are the union-flavoured half
with open(os.path.join(os.path.dirname(__file__), "off_topic_groups.json"), "w", encoding="utf-8") as fh:
    json.dump({f"b21-q{n:03d}": r["_group"] for n, r in enumerate(rows, 1) if "_group" in r}, fh, ensure_ascii=False, indent=0)
print(len(rows), "rows ->", os.path.abspath(out))
