# -*- coding: utf-8 -*-
import json, random, datetime as dt
import data
from data import COURSES, TARGETS, PROV, active, ym_of, quarter_of, sortkey, fmt_d, vn, TODAY
from textstyle import styled

R = random.Random(42)
BYCODE = {c['code']: c for c in COURSES}
STYLES = ["diacritics", "plain", "abbrev", "typo"]

GROUP = {"atvsld": {"atvsld","atvsld4","atvsld6"}}
def tg(t): return GROUP.get(t, {t})

PH = {
 "nvct": ["lớp nghiệp vụ cho chủ tịch công đoàn cơ sở", "lớp tập huấn dành cho chủ tịch CĐCS", "lớp bồi dưỡng chủ tịch công đoàn cơ sở"],
 "nvpct": ["lớp cho phó chủ tịch công đoàn cơ sở", "lớp nghiệp vụ dành cho phó chủ tịch CĐCS"],
 "bch": ["lớp cho ủy viên ban chấp hành mới", "lớp bồi dưỡng ủy viên BCH công đoàn cơ sở"],
 "tckt": ["lớp tài chính công đoàn cho kế toán", "lớp nghiệp vụ tài chính dành cho kế toán công đoàn"],
 "tctq": ["lớp tài chính công đoàn dành cho thủ quỹ", "lớp nghiệp vụ cho thủ quỹ công đoàn"],
 "kt": ["lớp nghiệp vụ kiểm tra cho ủy ban kiểm tra công đoàn", "lớp tập huấn công tác kiểm tra công đoàn"],
 "atvsld": ["lớp huấn luyện an toàn vệ sinh lao động", "lớp an toàn, vệ sinh lao động"],
 "tltt": ["lớp kỹ năng thương lượng tập thể", "lớp đối thoại, thương lượng tập thể"],
 "nc": ["lớp nữ công", "lớp tập huấn công tác nữ công"],
 "ptdv": ["lớp phát triển đoàn viên", "lớp về phát triển đoàn viên, thành lập công đoàn cơ sở"],
 "luatcd": ["lớp tập huấn Luật Công đoàn 2024", "lớp về Luật Công đoàn mới"],
 "bll": ["lớp Bộ luật Lao động 2019", "lớp phổ biến Bộ luật Lao động"],
 "cds": ["lớp chuyển đổi số", "lớp phần mềm quản lý đoàn viên"],
 "gvkc": ["lớp giảng viên kiêm chức", "lớp kỹ năng giảng dạy cho giảng viên kiêm chức"],
 "tchap": ["lớp giải quyết tranh chấp lao động", "lớp về tranh chấp lao động"],
 "vanthu": ["lớp văn thư lưu trữ", "lớp văn thư, lưu trữ"],
}
def ph(t, i=None):
    lst = PH[t]; return lst[(i if i is not None else R.randrange(len(lst))) % len(lst)]

def find(prov=None, types=None, org=None, ym=None, batch=None, kinds=None, only_active=True, venue=None, quarter=None):
    out = []
    for c in COURSES:
        if only_active and not active(c): continue
        if prov and c['prov'] != prov: continue
        if types and c['type'] not in types: continue
        if org and c['org'] != org: continue
        if ym and ym_of(c) != ym: continue
        if quarter and quarter_of(c) != quarter: continue
        if batch is not None and c['batch'] != batch: continue
        if kinds and c['orgkind'] not in kinds: continue
        if venue and venue not in c['venue']: continue
        out.append(c)
    out.sort(key=sortkey)
    return [c['code'] for c in out]

def pname(p):  # how users write province
    return {"TP. Hồ Chí Minh": "TP HCM"}.get(p, p)

QS = {"course": [], "target": [], "fact": [], "off_topic": []}
def addq(kind, text, expect, expect_text=None, profile=None):
    assert kind != "course" or expect, text
    q = {"q": text, "kind": kind, "expect": expect}
    if expect_text: q["expect_text"] = expect_text
    if profile: q["profile"] = profile
    QS[kind].append(q)

PROVNAMES = [p[1] for p in PROV]
PK = {p[1]: p for p in PROV}
def bname(c):
    return {1: "đợt 1", 2: "đợt 2"}.get(c['batch'], "")

# ---------- Q1: type in province (list) ----------
L1 = ["Ở {P} có {D} nào không?", "{P} sắp tới có mở {D} không bạn?", "Cho mình hỏi {D} ở {P} học khi nào?", "Năm sau {P} có {D} không?"]
seen = set()
for i, p in enumerate(PROVNAMES):
    ptypes = [c['type'] for c in COURSES if c['prov'] == p and c['orgkind'] == 'province' and active(c) and c['type'] in PH]
    picks = [ptypes[(i*3) % len(ptypes)], ptypes[(i*3+5) % len(ptypes)]]
    for j, t in enumerate(dict.fromkeys(picks)):
        exp = find(prov=p, types=tg(t))
        if (p, t) in seen or not exp or len(exp) > 5: continue
        seen.add((p, t))
        tmpl = L1[(i+j) % len(L1)]
        if "Năm sau" in tmpl and any(BYCODE[x]['start'] and BYCODE[x]['start'].year == 2026 for x in exp):
            tmpl = L1[0]
        addq("course", tmpl.format(P=pname(p), D=ph(t, i+j)), exp)
        if len(QS["course"]) >= 38: break

# ---------- Q2: month lists ----------
L2 = ["Tháng {M} ở {P} có những lớp tập huấn nào?", "{P} tháng {M} có lớp gì không ạ?", "Trong tháng {M} công đoàn {P} mở lớp nào?"]
cnt = 0
for i, p in enumerate(PROVNAMES):
    yms = sorted({ym_of(c) for c in COURSES if c['prov'] == p and active(c) and ym_of(c)})
    yms = [ym for ym in yms if 1 <= len(find(prov=p, ym=ym)) <= 5]
    if not yms: continue
    ym = yms[(i*5) % len(yms)]
    exp = find(prov=p, ym=ym)
    M = f"{ym[1]}/{ym[0]}"
    addq("course", L2[i % 3].format(M=M, P=pname(p)), exp); cnt += 1
    if cnt >= 14: break
# relative: tháng sau (12/2026), tháng 1 năm sau
for p in ["Lạng Sơn", "Gia Lai", "Ninh Bình", "Khánh Hòa", "Lâm Đồng", "Cần Thơ"]:
    exp = find(prov=p, ym=(2026, 12))
    if exp: addq("course", f"Tháng sau {pname(p)} có lớp nào mở không?", exp)
for p in ["Hà Nội", "Đắk Lắk", "Thái Nguyên"]:
    exp = find(prov=p, ym=(2027, 1))
    if exp: addq("course", f"Tháng 1 năm sau bên {pname(p)} có lớp tập huấn gì?", exp)

# ---------- Q3: detail questions on one course ----------
def single_desc(c):
    """Return (descriptor text, filter kwargs) that singles c out, or None"""
    t = c['type']
    if t not in PH: return None
    base = dict(prov=c['prov'], types=tg(t))
    cands = find(**base)
    if len(cands) == 1: return (f"{ph(t)} ở {pname(c['prov'])}", base)
    base2 = dict(base, org=c['org'])
    cands = find(**base2)
    orgtxt = c['org']
    if len(cands) == 1: return (f"{ph(t)} của {orgtxt}", base2)
    if c['batch']:
        base3 = dict(base2, batch=c['batch'])
        if len(find(**base3)) == 1:
            return (f"{ph(t)} {bname(c)} của {orgtxt}", base3)
    return None

DET = {
 "where": (["{D} học ở đâu vậy?", "Địa điểm {D} ở chỗ nào?", "{D} tổ chức ở đâu?"], lambda c: [c['vword']]),
 "days":  (["{D} học mấy ngày, từ ngày nào đến ngày nào?", "{D} kéo dài mấy ngày?"], lambda c: list(dict.fromkeys([fmt_d(c['start']), fmt_d(c['end'])]))),
 "deadline": (["Hạn đăng ký {D} là khi nào?", "{D} hạn chót đăng ký ngày nào?"], lambda c: [fmt_d(c['deadline'])]),
 "seats": (["{D} còn chỗ không?", "{D} nhận bao nhiêu học viên?"], lambda c: [vn(c['seats'])]),
 "when": (["{D} bắt đầu ngày nào?", "Bao giờ khai giảng {D}?"], lambda c: [fmt_d(c['start'])]),
}
dcands = [c for c in COURSES if active(c) and c['start'] and c['type'] in PH]
R.shuffle(dcands)
dk = list(DET)
n3 = 0
used = set()
for c in dcands:
    sd = single_desc(c)
    if not sd or c['code'] in used: continue
    desc, filt = sd
    kind = dk[n3 % len(dk)]
    tmpls, tx = DET[kind]
    tmpl = tmpls[n3 % len(tmpls)]
    D = ("Lớp " + desc[4:]) if desc.startswith("lớp ") else desc
    text = tmpl.format(D=D if tmpl.startswith("{D}") else desc)
    addq("course", text, [c['code']], tx(c)); used.add(c['code']); n3 += 1
    if n3 >= 40: break

# tentative courses
tent = [c for c in COURSES if c['tentative'] and c['type'] in PH]
for c in tent[:8]:
    sd = single_desc(c)
    if not sd: continue
    t = c['tentative']
    txt = f"{t[2]}/{t[1]}" if t[0] == "month" else {1:"I",2:"II",3:"III",4:"IV"}[t[2]] + f"/{t[1]}"
    addq("course", f"Bao giờ thì có {sd[0]}?", [c['code']], [txt])
# ended / cancelled
for c in COURSES:
    if c['status'] == "Đã hủy":
        addq("course", f"{ph(c['type'],0).capitalize()} ở {c['prov']} còn tổ chức không?", [c['code']], ["hủy"])
past = [c for c in COURSES if c['status'] == "Đã kết thúc" and c['orgkind'] == 'province'][:2]
for c in past:
    addq("course", f"Lớp chuyển đổi số tháng 10 vừa rồi ở {c['prov']} còn đăng ký được không?", [c['code']], ["kết thúc"])

# ---------- Q4: former provinces / districts ----------
FORMER_Q = ["Bên {F} cũ có {D} không?", "Mình ở {F}, có {D} nào gần không?", "Tỉnh {F} (cũ) năm sau có {D} ko?"]
k = 0
for p in PROV:
    pk, pnm, *_ = p
    formers = p[7]
    for f in formers:
        # choose a type that has a course located in the former territory
        loc = [c for c in COURSES if c['prov'] == pnm and active(c) and c.get('former') == f and c['type'] in PH]
        if not loc: continue
        c = loc[k % len(loc)]
        exp = find(prov=pnm, types=tg(c['type']))
        if len(exp) > 5: continue
        # best first: the one in the former territory
        exp = [c['code']] + [x for x in exp if x != c['code']]
        addq("course", FORMER_Q[k % 3].format(F=f, D=ph(c['type'], k)), exp); k += 1
# district-level (old huyện) via venue words
for vw, prov, txt in [("Mê Linh","Hà Nội","Ở Mê Linh có lớp tập huấn công đoàn nào không?"),
                      ("Chi Lăng","Lạng Sơn","Huyện Chi Lăng cũ có lớp nào tổ chức tại chỗ không?"),
                      ("Thường Tín","Hà Nội","Có lớp nào học ở Thường Tín không?"),
                      ("Ba Đồn","Quảng Trị","Thị xã Ba Đồn có lớp tập huấn công đoàn nào?"),
                      ("Sa Pa","Lào Cai","Lớp nào học ở Sa Pa vậy?"),
                      ("Phú Quốc","An Giang","Ở Phú Quốc có lớp công đoàn nào không?")]:
    exp = find(prov=prov, venue=vw)
    if exp and len(exp) <= 6: addq("course", txt, exp)

# ---------- Q5: ward unions ----------
for p in PROV:
    w = p[9]
    if not w: continue
    exp = find(org=w[0])
    addq("course", R.choice(["{W} có mở lớp tập huấn nào không?", "Lớp của {W} năm sau thế nào?", "{W} tổ chức lớp gì cho CĐCS?"]).format(W=w[0]), exp)

# ---------- Q6: KCN ----------
for i, p in enumerate(PROV):
    kc = p[8]
    if not kc: continue
    if i % 2 == 0:
        exp = find(org=kc[0])
        addq("course", f"{kc[0]} có lớp nào cho công nhân không?", exp)
    else:
        exp = find(venue=kc[2])
        kcnname = {"Phú Tài": "KCN Phú Tài", "Nam Cầu Kiền": "KCN Nam Cầu Kiền"}.get(kc[2]) or kc[1].split(',')[0].replace("Nhà văn hóa công nhân ", "").replace("Hội trường ", "")
        addq("course", f"Có lớp nào học tại {kcnname} không?", exp)

# ---------- Q7: sector unions ----------
GD="Công đoàn Giáo dục Việt Nam"; YT="Công đoàn Y tế Việt Nam"; CTH="Công đoàn Công Thương Việt Nam"; VC="Công đoàn Viên chức Việt Nam"
addq("course", "Công đoàn Giáo dục Việt Nam có lớp nào cho chủ tịch công đoàn trường học không?", find(org=GD, types={"nvct"}))
addq("course", "Lớp chủ tịch công đoàn trường học khu vực miền Trung của Công đoàn Giáo dục học ở đâu?", ["CDGD-2027-02"], ["Hải Vân"])
addq("course", "Công đoàn ngành giáo dục có lớp chuyển đổi số tháng sau không?", ["CDGD.2026.12"], ["15/12/2026"])
addq("course", "Công đoàn Y tế Việt Nam có lớp an toàn vệ sinh lao động ở TP HCM không?", ["CDYT-27-02"], ["23/08/2027"])
addq("course", "Lớp ATVSLĐ trong cơ sở y tế ở Hà Nội năm sau học ngày nào?", ["CDYT-27-01"], ["22/03/2027"])
addq("course", "Công đoàn Công Thương có lớp thương lượng tập thể ngành da giày không?", ["CDCTVN-27-02"], ["07/06/2027"])
addq("course", "Lớp thương lượng tập thể ngành dệt may của Công đoàn Công Thương học ở đâu?", ["CDCTVN-27-01"], ["Nam Cường"])
addq("course", "Công đoàn Viên chức Việt Nam có lớp cho ủy ban kiểm tra không?", ["CDVC-2027-01"])
addq("course", "Công đoàn Xây dựng Việt Nam có lớp huấn luyện an toàn trên công trường không?", ["CDXD-27-01"], ["15/04/2027"])
addq("course", "Công đoàn Nông nghiệp và Môi trường có lớp cho chủ tịch CĐCS công ty cao su không?", ["CDNN-MT-2027-02"], ["17/05/2027"])
addq("course", "Công đoàn GTVT có lớp Luật Công đoàn không?", ["CDGT-27-01"], ["22/03/2027"])
addq("course", "Lớp Bộ luật Lao động cho lái xe, phụ xe khi nào học?", ["CDGT-27-02"], ["II/2027"])
addq("course", "Công đoàn Giáo dục tỉnh Đắk Lắk có lớp cho chủ tịch công đoàn trường không?", ["CDGDDL-2027-01"], ["18/01/2027"])
addq("course", "Công đoàn ngành Y tế Khánh Hòa có lớp nữ công không?", ["CDYTKH-2027-01"], ["08/03/2027"])
addq("course", "Lớp phòng chống bạo lực với nhân viên y tế tổ chức ở đâu?", ["CDYT-27-04"], ["Tây Nguyên"])

# ---------- Q8: schools ----------
addq("course", "Trường Đại học Công đoàn năm sau có những lớp bồi dưỡng nào?", find(org="Trường Đại học Công đoàn"))
addq("course", "Lớp ATVSLĐ nhóm 6 ở ĐH Tôn Đức Thắng học ngày nào?", ["TDT_2027_03"], ["25/01/2027"])
addq("course", "Lớp huấn luyện ATVSLĐ nhóm 4 của Trường Tôn Đức Thắng hạn đăng ký khi nào?", ["TDT_2027_02"], ["13/01/2027"])
addq("course", "Có lớp quản lý nhà nước chương trình chuyên viên chính cho cán bộ công đoàn không?", ["TDT_2027_01"], ["05/04/2027"])
addq("course", "Lớp bồi dưỡng quản lý nhà nước chương trình chuyên viên ở Trường Đại học Công đoàn bao giờ học?", ["DHCD-2027-BD03"], ["9/2027"])
addq("course", "Trường Chính trị tỉnh Lâm Đồng có lớp lý luận chính trị cho cán bộ công đoàn không chuyên trách không?", ["TCT-LD-2027-01"], ["10/05/2027"])
addq("course", "Trường Chính trị Thái Nguyên có lớp dân vận cho cán bộ công đoàn không?", ["TCT-TN-2027-01"], ["21/06/2027"])
# ---------- Q9: companies ----------
addq("course", "Lớp tổ trưởng công đoàn đợt 2 ở Samsung Thái Nguyên học ngày nào?", ["SEVT-2027-02"], ["12/07/2027"])
addq("course", "Công đoàn Samsung Thái Nguyên có lớp cho tổ trưởng công đoàn không?", ["SEVT-2027-01", "SEVT-2027-02"])
addq("course", "Cao su Chư Păh có lớp huấn luyện ATVSLĐ cho công nhân khai thác mủ không?", ["CSCP-2027-01"], ["15/03/2027"])
addq("course", "Công ty May Sông Hồng có lớp nữ công không?", ["MSH-2027-01"], ["19/04/2027"])
addq("course", "Lớp đối thoại tại nơi làm việc của Pouchen học ở đâu?", ["PCV-2027-01"], ["Pouchen"])

# ---------- Q10: profile questions ----------
ROLES = {"nvct": "Chủ tịch CĐCS", "nvpct": "Phó chủ tịch CĐCS", "kt": "Ủy viên ủy ban kiểm tra", "gvkc": "Giảng viên kiêm chức", "bch": "Ủy viên BCH công đoàn"}
PQ = {"nvct": "Tỉnh mình có lớp nào cho chủ tịch CĐCS như tôi không?", "nvpct": "Mình là phó chủ tịch công đoàn cơ sở, tỉnh mình có lớp nào cho mình không?",
      "kt": "Tôi làm ủy viên ủy ban kiểm tra, ở tỉnh mình có lớp nào phù hợp?", "gvkc": "Có lớp nào cho giảng viên kiêm chức ở tỉnh mình không?",
      "bch": "Tôi mới vào BCH công đoàn, tỉnh mình có lớp nào cho ủy viên BCH mới không?"}
i = 0
for p in ["Gia Lai", "Quảng Trị", "Cà Mau", "Lâm Đồng", "Vĩnh Long", "Đồng Tháp", "Tuyên Quang", "Cao Bằng", "Quảng Ngãi", "Phú Thọ", "Lào Cai", "An Giang"]:
    for t in ["nvct", "nvpct", "kt", "gvkc", "bch"][i % 5:] + ["nvct", "nvpct", "kt", "gvkc", "bch"][:i % 5]:
        exp = find(prov=p, types={t})
        if exp and len(exp) <= 4:
            exp = sorted(exp, key=lambda x: (BYCODE[x]['orgkind'] != 'province',))
            addq("course", PQ[t], exp, profile={"province": p, "role": ROLES[t]}); break
    i += 1
for p in ["Khánh Hòa", "Ninh Bình", "Cần Thơ"]:
    exp = find(prov=p, ym=(2026, 12))
    if exp: addq("course", "Tháng sau tỉnh mình có lớp nào không?", exp, profile={"province": p, "role": "Cán bộ công đoàn không chuyên trách"})

# ---------- targets ----------
TQ_T = ["Năm {Y} {U} chỉ tiêu đào tạo cán bộ công đoàn là bao nhiêu, đạt được bao nhiêu rồi?",
        "{U} năm {Y} đạt bao nhiêu so với chỉ tiêu bồi dưỡng cán bộ?",
        "Chỉ tiêu tập huấn năm {Y} của {U} thế nào rồi?"]
tix = 0
def tcode(pk, y, kind="main"):
    return [t for t in TARGETS if t['pk'] == pk and t['year'] == y and t['kind'] == kind][0]
def ttext(t):
    out = [vn(t['target'])]
    if t['ach'] is not None: out.append(vn(t['ach']))
    return out
for pk, y in [("LS",2025),("QT",2026),("GL",2025),("DLK",2026),("LC",2027),("TQ",2025),("PT",2026),("NB",2025),("CM",2027),("VL",2026),("DT",2025),("AG",2026),("KH",2025),("LD",2027),("QNG",2026),("TN",2025),("CB",2026),("HCM",2025),("HN",2026)]:
    t = tcode(pk, y)
    ex = [t['code']] + [x['code'] for x in TARGETS if x['pk'] == pk and x['year'] == y and x['kind'] in ('ct', 'at')]
    U = t['unit'] if tix % 2 == 0 else ("TP HCM" if t['pk'] == "HCM" else "tỉnh " + t['prov'])
    txt = TQ_T[tix % 3].format(Y=y, U=U)
    addq("target", txt, ex, ttext(t) if len(ex) == 1 else [vn(t['target'])]); tix += 1
# profile-based relative years
for pk, rel, y in [("GL","năm nay",2026),("KH","năm ngoái",2025),("HCM","năm sau",2027),("NB","năm nay",2026)]:
    t = tcode(pk, y)
    ex = [t['code']] + [x['code'] for x in TARGETS if x['pk'] == pk and x['year'] == y and x['kind'] in ('ct', 'at')]
    addq("target", f"Tỉnh mình {rel} chỉ tiêu đào tạo cán bộ công đoàn bao nhiêu, đạt chưa?", ex, ttext(t) if len(ex) == 1 else [vn(t['target'])],
         profile={"province": t['prov'], "role": "Cán bộ công đoàn cấp trên cơ sở"})
for t in [x for x in TARGETS if x['kind'] == 'ct'][:3]:
    addq("target", f"Chỉ tiêu bồi dưỡng chủ tịch CĐCS năm 2026 của {t['prov']} đạt bao nhiêu rồi?", [t['code']], ttext(t))
for t in [x for x in TARGETS if x['kind'] == 'ward'][:4]:
    addq("target", f"{t['unit']} năm nay chỉ tiêu tập huấn bao nhiêu, đạt bao nhiêu?", [t['code']], ttext(t))
for t in [x for x in TARGETS if x['kind'] == 'at'][:2]:
    addq("target", f"Năm 2027 {t['unit']} phải mở bao nhiêu lớp huấn luyện ATVSLĐ?", [t['code']], [vn(t['target'])])
for code, txt in [("CT-CDGD-2026","Công đoàn Giáo dục Việt Nam năm nay đạt chỉ tiêu tập huấn chưa?"),
                  ("CT-CDYT-2026","Công đoàn Y tế Việt Nam chỉ tiêu tập huấn ATVSLĐ năm 2026 đạt bao nhiêu?"),
                  ("CT-CDVC-2026","Công đoàn Viên chức VN năm 2026 có vượt chỉ tiêu bồi dưỡng không?"),
                  ("CT-CDXD-2025","Công đoàn Xây dựng năm 2025 huấn luyện ATVSLĐ được bao nhiêu người so với chỉ tiêu?")]:
    t = [x for x in TARGETS if x['code'] == code][0]
    addq("target", txt, [code], ttext(t))

# ---------- facts ----------
FACTS = [
 ("Năm 2016 các cấp công đoàn Hà Nội tổ chức được bao nhiêu lớp so với kế hoạch?", ["33/33"]),
 ("Năm 2016 Hà Nội có bao nhiêu lượt học viên tham gia tập huấn so với kế hoạch?", ["3831"]),
 ("Tỷ lệ lượt học viên so với kế hoạch của LĐLĐ Hà Nội năm 2016 là bao nhiêu phần trăm?", ["107%"]),
 ("Trường Trung cấp Công đoàn Hà Nội năm 2016 tổ chức bao nhiêu lớp huấn luyện ATVSLĐ?", ["42 lớp"]),
 ("Năm 2016 Trường Trung cấp CĐ Hà Nội huấn luyện ATVSLĐ được bao nhiêu học viên?", ["3.060"]),
 ("Tổng số lượt cán bộ công đoàn Hà Nội tham gia tập huấn năm 2016 từ các nguồn khác là bao nhiêu?", ["38.386"]),
 ("Lớp kỹ năng tuyên truyền vận động phát triển đoàn viên năm 2016 của Hà Nội có bao nhiêu cán bộ tham gia?", ["23"]),
 ("Ai là Trưởng Ban Tổ chức LĐLĐ Hà Nội báo cáo kết quả đào tạo năm 2016?", ["Lê Xuân Trường"]),
 ("Mục tiêu đào tạo cán bộ công đoàn chuyên trách của Hà Nội đến hết nhiệm kỳ 2013-2018 là bao nhiêu phần trăm?", ["100%"]),
 ("Tỉnh Lạng Sơn có bao nhiêu cán bộ công đoàn?", ["8.343"]),
 ("Lạng Sơn có bao nhiêu cán bộ công đoàn chuyên trách?", ["74"]),
 ("Chương trình nâng cao chất lượng cán bộ công đoàn của LĐLĐ Lạng Sơn là chương trình số mấy?", ["104/CTr-LĐLĐ"]),
 ("Từ năm 2013 các cấp công đoàn Lạng Sơn tổ chức bao nhiêu lớp tập huấn?", ["85 lớp"]),
 ("Công đoàn Lạng Sơn đã bồi dưỡng bao nhiêu lượt cán bộ công đoàn từ năm 2013?", ["8.069"]),
 ("Tổng kinh phí các lớp tập huấn cán bộ công đoàn Lạng Sơn từ 2013 là bao nhiêu?", ["2,1 tỷ"]),
 ("Huyện Chi Lăng có bao nhiêu cán bộ công đoàn?", ["366"]),
 ("Tỷ lệ cán bộ công đoàn không chuyên trách Lạng Sơn được bồi dưỡng là bao nhiêu?", ["70%"]),
 ("Đoàn viên CĐCS HTX Đồng Tâm tăng từ bao nhiêu lên bao nhiêu người?", ["38"]),
 ("Cuối năm 2017 Lạng Sơn có bao nhiêu CĐCS vững mạnh?", ["1.238"]),
 ("Nhiệm kỳ 2018-2023 Lạng Sơn có bao nhiêu cán bộ công đoàn lần đầu tham gia ban chấp hành?", ["3.500"]),
 ("Từ 2013 đến 2015 Sóc Trăng có bao nhiêu người được đào tạo nâng cao trình độ chuyên môn nghiệp vụ?", ["23.339"]),
 ("Lớp giảng viên kiêm chức của LĐLĐ Lạng Sơn năm 2014 có bao nhiêu đồng chí tham gia?", ["25"]),
 ("Ai khai mạc lớp tập huấn giảng viên kiêm chức công đoàn Lạng Sơn?", ["Trần Thị Kim Anh"]),
 ("Nghị quyết về nâng cao chất lượng đào tạo cán bộ công đoàn giai đoạn 2010-2020 là nghị quyết số mấy?", ["4a/NQ-TLĐ"]),
 ("Năm 2020 LĐLĐ huyện Mê Linh tổ chức mấy lớp tập huấn cho bao nhiêu lượt người?", ["2 lớp", "400"]),
 ("Năm 2020 LĐLĐ Mê Linh phối hợp với đơn vị nào để tổ chức lớp tập huấn?", ["Trung tâm Bồi dưỡng chính trị"]),
 ("Sóc Trăng có bao nhiêu cán bộ công đoàn cơ sở đã được bồi dưỡng nghiệp vụ?", ["8.891"]),
 ("Tỷ lệ đoàn viên, người lao động Sóc Trăng được học tập nâng cao trình độ là bao nhiêu?", ["61,23%"]),
 ("LĐLĐ Sóc Trăng phối hợp với trường nào mở lớp quản lý nhà nước chương trình chuyên viên chính?", ["Tôn Đức Thắng"]),
 ("LĐLĐ tỉnh Sóc Trăng bồi dưỡng nghiệp vụ cho bao nhiêu chủ tịch công đoàn cơ sở?", ["746"]),
 ("Sóc Trăng tổ chức bao nhiêu cuộc tuyên truyền nâng cao trình độ cho đoàn viên?", ["1.250"]),
 ("Tỷ lệ cán bộ CĐCS Sóc Trăng được bồi dưỡng nghiệp vụ công tác công đoàn đạt bao nhiêu?", ["97,9%"]),
]
for q, et in FACTS: addq("fact", q, [], et)

OFF = ["Hôm nay thời tiết Hà Nội thế nào?", "Tối nay Việt Nam đá với Thái Lan mấy giờ?", "Giá xăng hôm nay bao nhiêu một lít?",
       "Cách nấu canh chua cá lóc như thế nào?", "Mình muốn học kỹ năng nấu ăn cho con, có chỗ nào dạy không?",
       "Luật đất đai mới thì sổ đỏ cấp lại mất bao lâu?", "Phạt vi phạm an toàn giao thông không đội mũ bảo hiểm bao nhiêu tiền?",
       "Làm căn cước công dân cho con ở đâu?", "Giá vàng SJC hôm nay bao nhiêu?", "Chào bạn, bạn tên là gì?",
       "Kể cho mình một câu chuyện cười đi", "Đăng ký xe máy mới cần giấy tờ gì?", "Lương hưu tháng này khi nào được nhận?",
       "Thủ tục làm hộ chiếu mất mấy ngày?", "Đà Lạt tuần sau có mưa không?", "Mua vé tàu Tết đi Huế ở đâu?",
       "Cách tính điểm thi tốt nghiệp THPT năm nay thế nào?", "Quán phở nào ngon ở Cần Thơ?", "Tỷ giá đô la hôm nay bao nhiêu?",
       "Bạn có biết hát không?", "Lịch cúp điện khu vực phường Ninh Kiều tuần này?", "Cách trồng cà phê cho năng suất cao?",
       "Đăng ký kết hôn cần mang theo những gì?", "Khám bảo hiểm y tế trái tuyến có được thanh toán không?",
       "Xin công thức làm bánh flan", "Giải bóng đá công nhân năm nay ai vô địch?", "Chứng khoán hôm nay tăng hay giảm?",
       "Mình muốn học lái xe ô tô, đăng ký ở đâu?", "Mẹo luộc gà không bị nứt da là gì?", "Có lớp học an toàn giao thông cho học sinh lớp 1 không?",
       "Ai thắng trận chung kết Champions League năm nay?", "Thủ tục chuyển nhượng đất theo luật đất đai 2024 thế nào?"]
for q in OFF: addq("off_topic", q, [])

# ---------- assign ids & styles ----------
out = []
n = 0
for kind in ["course", "target", "fact", "off_topic"]:
    lst = QS[kind]
    for j, q in enumerate(lst):
        n += 1
        st = STYLES[(j + n // 7) % 4] if False else STYLES[j % 4]
        text = styled(q["q"], st, R)
        rec = {"id": f"n{n:03d}", "q": text, "style": st, "kind": kind, "expect": q["expect"]}
        if q.get("expect_text"): rec["expect_text"] = q["expect_text"]
        if q.get("profile"): rec["profile"] = q["profile"]
        rec["_src"] = q["q"]
        out.append(rec)
with open("/work/blind/build/questions_src.jsonl", "w", encoding="utf-8") as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("/work/blind/out/questions.jsonl", "w", encoding="utf-8") as f:
    for r in out:
        r = {k: v for k, v in r.items() if k != "_src"}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
import collections
print({k: len(v) for k, v in QS.items()}, len(out))
print(collections.Counter((r['kind'], r['style']) for r in out))

# =================== dialogues ===================
DR = random.Random(7)
DLG = []
def can_register(code):
    c = BYCODE[code]
    return c['status'] == "Mở đăng ký" and c['start'] and c['deadline'] and c['deadline'] >= TODAY.date()
def T(q, kind, codes=None, text=None):
    e = {"kind": kind}
    if codes is not None: e["codes"] = codes
    if text: e["text"] = text
    return {"q": q, "expect": e}
def distinct_dates(codes):
    ds = [BYCODE[x]['start'] for x in codes]
    return all(ds) and len(set(ds)) == len(ds)

# A: month list in my province -> ordinal -> detail -> register
nA = 0
for p in PROVNAMES:
    for ym in [(2027, m) for m in range(1, 13)]:
        L = find(prov=p, ym=ym)
        if 2 <= len(L) <= 4 and distinct_dates(L) and can_register(L[1]):
            c = BYCODE[L[1]]
            DLG.append({"profile": {"province": p, "role": "Chủ tịch CĐCS"}, "turns": [
                T(f"Tháng {ym[1]}/{ym[0]} tỉnh mình có lớp nào không?", "course_list", L),
                T(DR.choice(["cái thứ 2 học ở đâu?", "lớp thứ hai tổ chức ở đâu vậy?"]), "course", [L[1]], [c['vword']]),
                T(DR.choice(["hạn đăng ký lớp đó khi nào?", "lớp ấy hạn đk đến bao giờ?"]), "course", [L[1]], [fmt_d(c['deadline'])]),
                T(DR.choice(["đăng ký cho mình lớp này", "đk cho mình lớp đó nhé"]), "register", [L[1]])]})
            nA += 1; break
    if nA >= 8: break

# B: type in P1 -> còn ở P2? -> detail
pairs = [("tckt","Gia Lai","Đắk Lắk"),("kt","Ninh Bình","Đồng Tháp"),("gvkc","Cà Mau","Khánh Hòa"),("tctq","Hải Phòng","TP. Hồ Chí Minh"),
         ("nc","Thái Nguyên","Lạng Sơn"),("ptdv","Lào Cai","Ninh Bình"),("vanthu","Tuyên Quang","Lâm Đồng"),("bch","Quảng Ngãi","Cần Thơ")]
nB = 0
for t, p1, p2 in pairs:
    L1_ = find(prov=p1, types=tg(t)); L2_ = find(prov=p2, types=tg(t))
    if not L1_ or len(L2_) != 1 or not BYCODE[L2_[0]]['start']: continue
    c = BYCODE[L2_[0]]
    turns = [T(f"Ở {pname(p1)} có {ph(t,0)} không?", "course_list", L1_),
             T(f"còn ở {pname(p2)}?", "course_list", L2_),
             T(DR.choice(["lớp đó học mấy ngày?", "lớp ấy học từ ngày nào đến ngày nào?"]), "course", L2_, list(dict.fromkeys([fmt_d(c['start']), fmt_d(c['end'])]))),
             T("còn chỗ không bạn?", "course", L2_, [vn(c['seats'])])]
    DLG.append({"turns": turns}); nB += 1
    if nB >= 6: break

# C: targets
for pk in ["GL", "QT", "LD", "VL", "PT", "CB"]:
    t26 = tcode(pk, 2026); t25 = tcode(pk, 2025); t27 = tcode(pk, 2027)
    ex26 = [t26['code']] + [x['code'] for x in TARGETS if x['pk'] == pk and x['year'] == 2026 and x['kind'] in ('ct','at')]
    ex27 = [t27['code']] + [x['code'] for x in TARGETS if x['pk'] == pk and x['year'] == 2027 and x['kind'] in ('ct','at')]
    turns = [T(DR.choice(["tỉnh mình năm nay đạt chỉ tiêu đào tạo cán bộ công đoàn chưa?", "chỉ tiêu tập huấn năm nay của tỉnh mình tới đâu rồi?"]), "target", ex26, [vn(t26['target']), vn(t26['ach'])]),
             T(DR.choice(["năm ngoái được bao nhiêu?", "thế năm ngoái thì sao?"]), "target", [t25['code']], [vn(t25['ach'])]),
             T(DR.choice(["năm sau chỉ tiêu bao nhiêu?", "còn năm 2027?"]), "target", ex27, [vn(t27['target'])])]
    L = find(prov=t26['prov'], types={"nvct"})
    if L: turns.append(T("có lớp nào cho chủ tịch CĐCS sắp tới không?", "course_list", L))
    DLG.append({"profile": {"province": t26['prov'], "role": "Cán bộ công đoàn cấp trên cơ sở"}, "turns": turns})

# D: month follow-ups
nD = 0
for p in PROVNAMES:
    a = find(prov=p, ym=(2026, 12)); b = find(prov=p, ym=(2027, 1)); q2 = find(prov=p, quarter=(2027, 2))
    if a and b and 1 <= len(q2) <= 6 and BYCODE[q2[0]]['start']:
        c = BYCODE[q2[0]]
        DLG.append({"turns": [T(f"tháng sau ở {pname(p)} có lớp gì?", "course_list", a),
                              T("thế tháng 1?", "course_list", b),
                              T("quý 2 năm sau thì sao?", "course_list", q2),
                              T("lớp đầu tiên nhận bao nhiêu người?", "course", [q2[0]], [vn(c['seats'])])]})
        nD += 1
    if nD >= 5: break

# E: sector unions
DLG.append({"profile": {"role": "Chủ tịch CĐCS"}, "turns": [
    T("Công đoàn Giáo dục Việt Nam có lớp nào cho chủ tịch công đoàn trường học không?", "course_list", ["CDGD-2027-01","CDGD-2027-02","CDGD-2027-03"]),
    T("lớp ở Đà Nẵng học ngày nào?", "course", ["CDGD-2027-02"], ["12/04/2027"]),
    T("đk cho mình lớp đó", "register", ["CDGD-2027-02"]),
    T("Đà Nẵng tuần sau có mưa không?", "off_topic")]})
DLG.append({"turns": [
    T("Công đoàn Y tế có lớp an toàn vệ sinh lao động nào không?", "course_list", ["CDYT-27-01","CDYT-27-02"]),
    T("cái thứ 2 ở đâu?", "course", ["CDYT-27-02"], ["Chợ Rẫy"]),
    T("hạn đăng ký lớp ấy?", "course", ["CDYT-27-02"], [fmt_d(BYCODE["CDYT-27-02"]['deadline'])]),
    T("đăng ký giúp mình lớp này", "register", ["CDYT-27-02"])]})
DLG.append({"profile": {"province": "Khánh Hòa", "role": "Ủy viên BCH công đoàn"}, "turns": [
    T("Ở Khánh Hòa có lớp giảng viên kiêm chức không?", "course_list", find(prov="Khánh Hòa", types={"gvkc"})),
    T("bên công đoàn ngành y tế thì có lớp gì?", "course_list", ["CDYTKH-2027-01", "CDYT-27-03"]),
    T("lớp nữ công ấy học ngày nào?", "course", ["CDYTKH-2027-01"], ["08/03/2027"]),
    T("đk cho mình lớp nữ công đó", "register", ["CDYTKH-2027-01"])]})
Lkcn = find(org="Công đoàn các KCN tỉnh Khánh Hòa")
DLG.append({"turns": [
    T("Ở Nha Trang có lớp gì cho chủ tịch CĐCS không?", "course_list", find(prov="Khánh Hòa", types={"nvct"})),
    T("bên công đoàn các KCN có lớp gì?", "course_list", Lkcn),
    T("lớp đầu tiên học ở đâu?", "course", [Lkcn[0]], [BYCODE[Lkcn[0]]['vword']])]})
# F: place switch via venue
Ln = find(venue="Nha Trang", types={"atvsld"}) or find(prov="Khánh Hòa", types={"atvsld"})
Ldl = find(venue="Đà Lạt", types={"nc"})
DLG.append({"turns": [
    T("Ở Khánh Hòa có lớp huấn luyện an toàn vệ sinh lao động không?", "course_list", find(prov="Khánh Hòa", types=tg("atvsld"))),
    T("còn ở Lâm Đồng?", "course_list", find(prov="Lâm Đồng", types=tg("atvsld"))),
    T("thời tiết Đà Lạt cuối tuần này thế nào?", "off_topic")]})
DLG.append({"turns": [
    T("Có lớp nữ công nào học ở Đà Lạt không?", "course_list", Ldl),
    T("lớp đó của đơn vị nào tổ chức?", "course", Ldl[:1], [BYCODE[Ldl[0]]['org']]) if len(Ldl) == 1 else T("lớp đầu của đơn vị nào?", "course", Ldl[:1], [BYCODE[Ldl[0]]['org']]),
    T("hạn đk khi nào?", "course", Ldl[:1], [fmt_d(BYCODE[Ldl[0]]['deadline'])])]})
# G: facts + course
Lg = find(prov="Lạng Sơn", types={"gvkc"}) or find(prov="Lạng Sơn", types={"kt"})
DLG.append({"turns": [
    T("Năm 2016 công đoàn Hà Nội tổ chức được bao nhiêu lớp?", "fact", None, ["33/33"]),
    T("còn Lạng Sơn có bao nhiêu cán bộ công đoàn?", "fact", None, ["8.343"]),
    T("tỉnh Lạng Sơn bây giờ có lớp kiểm tra công đoàn không?", "course_list", find(prov="Lạng Sơn", types={"kt"}))]})
DLG.append({"turns": [
    T("Sóc Trăng trước đây bồi dưỡng được bao nhiêu cán bộ CĐCS?", "fact", None, ["8.891"]),
    T("giờ Sóc Trăng nhập vào Cần Thơ rồi, có lớp nào học ở Sóc Trăng không?", "course_list", find(prov="Cần Thơ", venue="Sóc Trăng")),
    T("giá lúa hôm nay bao nhiêu?", "off_topic")]})
DLG.append({"turns": [
    T("Lạng Sơn năm 2014 mở lớp giảng viên kiêm chức cho bao nhiêu người?", "fact", None, ["25"]),
    T("năm sau ở Lạng Sơn có lớp nào cho ủy ban kiểm tra không?", "course_list", find(prov="Lạng Sơn", types={"kt"})),
    T("lớp đó học ở đâu?", "course", find(prov="Lạng Sơn", types={"kt"})[:1], [BYCODE[find(prov="Lạng Sơn", types={"kt"})[0]]['vword']])]})
# H: look-alike finance
nH = 0
for p in PROVNAMES:
    a = find(prov=p, types={"tckt"}); b = find(prov=p, types={"tctq"})
    if len(a) == 1 and len(b) == 1 and can_register(b[0]):
        c = BYCODE[b[0]]
        both = sorted(a + b, key=lambda x: sortkey(BYCODE[x]))
        DLG.append({"profile": {"province": p, "role": "Cán bộ công đoàn không chuyên trách"}, "turns": [
            T("tỉnh mình có lớp tài chính công đoàn nào không?", "course_list", both),
            T("lớp cho thủ quỹ học ngày nào?", "course", b, [fmt_d(c['start'])]),
            T("ở đâu vậy?", "course", b, [c['vword']]),
            T("đk lớp đó cho mình", "register", b)]})
        nH += 1
    if nH >= 3: break
# I: batch follow-up
nI = 0
for p in PROVNAMES:
    L = find(prov=p, types=tg("atvsld"), kinds={"province"})
    bs = [x for x in L if BYCODE[x]['batch'] == 2]
    if len(L) == 2 and bs and can_register(bs[0]):
        c = BYCODE[bs[0]]
        DLG.append({"turns": [
            T(f"LĐLĐ {pname(p)} có lớp huấn luyện ATVSLĐ không?", "course_list", L),
            T("đợt 2 học ngày nào?", "course", bs, [fmt_d(c['start'])]),
            T("còn chỗ không?", "course", bs, [vn(c['seats'])]),
            T("đăng ký cho mình đợt 2", "register", bs)]})
        nI += 1
    if nI >= 3: break

dout = []
for i, d in enumerate(DLG):
    st = STYLES[i % 4]
    turns = []
    for t in d["turns"]:
        t = dict(t); t["q"] = styled(t["q"], st, DR); turns.append(t)
    rec = {"id": f"m{i+1:02d}"}
    if d.get("profile"): rec["profile"] = d["profile"]
    rec["style"] = st
    rec["turns"] = turns
    dout.append(rec)
with open("/work/blind/out/dialogues.jsonl", "w", encoding="utf-8") as f:
    for r in dout: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open("/work/blind/build/dialogues_src.jsonl", "w", encoding="utf-8") as f:
    for r in DLG: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("dialogues", len(dout), "A", nA, "B", nB, "D", nD, "H", nH, "I", nI)
