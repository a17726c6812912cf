# Builds questions.jsonl, dialogues.jsonl and method/specs.json from the item files.
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import *
import course_items, fact_items, off_items, dialog_items
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cs = load_courses(os.path.join(ROOT, 'courses.csv')); by = {c['code']: c for c in cs}

PROV_NAME = {'tuyen quang':'Tuyên Quang','lao cai':'Lào Cai','thai nguyen':'Thái Nguyên','phu tho':'Phú Thọ','bac ninh':'Bắc Ninh',
 'hung yen':'Hưng Yên','hai phong':'Hải Phòng','ninh binh':'Ninh Bình','quang ninh':'Quảng Ninh','ha noi':'Hà Nội','dien bien':'Điện Biên',
 'lai chau':'Lai Châu','son la':'Sơn La','lang son':'Lạng Sơn','cao bang':'Cao Bằng','an giang':'An Giang','ca mau':'Cà Mau','dong thap':'Đồng Tháp'}
OLD_NAME = {'tuyen quang':'Hà Giang','thai nguyen':'Bắc Kạn','lao cai':'Yên Bái','phu tho':'Vĩnh Phúc','bac ninh':'Bắc Giang','hung yen':'Thái Bình',
 'hai phong':'Hải Dương','ninh binh':'Nam Định','an giang':'Kiên Giang','ca mau':'Bạc Liêu','dong thap':'Tiền Giang'}
ROLES = ['CT CĐCS', 'chủ tịch công đoàn cơ sở', 'UV BCH', 'Phó CT CĐCS', 'cán bộ CĐ chuyên trách', 'trưởng ban nữ công', 'UV UBKT', 'tổ trưởng CĐ', 'kế toán CĐ']
UNIONS = {'tuyen quang':'CĐCS Công ty CP Xi măng Tân Quang','lao cai':'CĐCS Công ty Apatit Việt Nam','thai nguyen':'CĐ ngành Giáo dục tỉnh Thái Nguyên',
 'phu tho':'CĐCS Công ty Honda Việt Nam','bac ninh':'CĐCS Công ty TNHH Canon Việt Nam','hung yen':'CĐCS Công ty TNHH May Hưng Việt',
 'hai phong':'CĐCS Bệnh viện Hữu nghị Việt Tiệp','ninh binh':'CĐCS Công ty TNHH Hyundai Thành Công Việt Nam','quang ninh':'CĐCS Công ty Than Hà Lầm - Vinacomin',
 'ha noi':'CĐCS Bệnh viện Bạch Mai','dien bien':'CĐ xã Tuần Giáo','lai chau':'CĐCS Công ty Thủy điện Lai Châu','son la':'CĐCS Công ty CP Giống bò sữa Mộc Châu',
 'lang son':'CĐCS HTX Đồng Tâm','cao bang':'CĐ phường Thục Phán','an giang':'CĐ đặc khu Phú Quốc','ca mau':'CĐCS Công ty CP Phân bón Dầu khí Cà Mau','dong thap':'CĐ phường Mỹ Tho'}
FACT_POOL = [('chủ tịch cđcs','Hà Nội','CĐCS Trường Tiểu học Kim Liên'), ('UV BCH CĐCS','Lạng Sơn','CĐ phường Đông Kinh'),
 ('cán bộ CĐ','Sóc Trăng','CĐCS Bệnh viện Đa khoa Sóc Trăng'), ('Phó CT CĐCS','Cần Thơ','CĐCS Công ty CP Thủy sản Sóc Trăng'),
 ('nữ công','Hải Dương','CĐ các KCN khu vực Hải Dương'), ('CT CĐCS','Bắc Kạn','CĐ phường Đức Xuân'), ('UBKT','Nghệ An','LĐLĐ tỉnh Nghệ An'),
 ('chủ tịch công đoàn','Hà Tây','CĐ xã Thường Tín')]

def prof(r, p, u): return {"role": r, "province": p, "union": u}

questions, specs = [], {}
n = 0
for i, (style, text, spec, pr) in enumerate(course_items.ITEMS):
    codes, probs = answer(cs, spec)
    assert codes and not probs and len(codes) <= 3, (text, codes, probs)
    qid = 'c%03d' % (i + 1)
    et = []
    firsts = [by[c] for c in codes]
    if spec.get('order') == 'deadline':
        ds = {c['deadline'].strftime('%d/%m/%Y') for c in firsts}
        if len(ds) == 1: et = sorted(ds)
    elif all(c['kind'] == 'exact' for c in firsts) and len({c['start'] for c in firsts}) == 1:
        et = [fmt(firsts[0]['start'])]
    if pr is None and len(spec.get('prov', [])) == 1 and i % 3 == 1:
        pk = spec['prov'][0]
        olds = {old_area(by[c]) for c in codes}
        pname = OLD_NAME[pk] if (pk in OLD_NAME and i % 2 and olds == {fold(OLD_NAME[pk])}) else PROV_NAME[pk]
        pr = prof(ROLES[i % len(ROLES)], pname, UNIONS[pk])
    q = {"id": qid, "q": text, "style": style, "kind": "course", "expect": codes, "expect_text": et}
    if pr: q["profile"] = pr
    questions.append(q); specs[qid] = spec
for i, (style, text, et, seed, pr) in enumerate(fact_items.ITEMS):
    qid = 'f%03d' % (i + 1)
    if pr is None and i % 4 == 2:
        pr = prof(*FACT_POOL[i % len(FACT_POOL)])
    q = {"id": qid, "q": text, "style": style, "kind": "fact", "expect": [], "expect_text": et}
    if pr: q["profile"] = pr
    questions.append(q); specs[qid] = {"seed": seed}
for i, (style, text, near, pr) in enumerate(off_items.ITEMS):
    qid = 'o%03d' % (i + 1)
    if pr is None and i % 4 == 1:
        pr = prof(*FACT_POOL[(i + 3) % len(FACT_POOL)])
    q = {"id": qid, "q": text, "style": style, "kind": "off_topic", "expect": [], "expect_text": []}
    if pr: q["profile"] = pr
    questions.append(q); specs[qid] = {"near_domain": near}

dialogs = []
for i, (style, pr, turns) in enumerate(dialog_items.DIALOGS):
    did = 'd%02d' % (i + 1)
    out = []; tspecs = []
    for t in turns:
        k = t[0]
        if k == 'course_list':
            codes, probs = list_all(cs, t[2]); assert codes and not probs, (did, t)
            out.append({"q": t[1], "expect": {"kind": k, "codes": codes, "text": []}}); tspecs.append({"spec": t[2]})
        elif k == 'course':
            if isinstance(t[2], dict):
                codes, probs = answer(cs, t[2]); assert codes and not probs, (did, t, probs); tspecs.append({"spec": t[2]})
            else:
                codes = [t[2]]; tspecs.append({"code": t[2]})
            out.append({"q": t[1], "expect": {"kind": k, "codes": codes, "text": t[3]}})
        elif k == 'register':
            assert registrable(by[t[2]]), t
            out.append({"q": t[1], "expect": {"kind": k, "codes": [t[2]], "text": []}}); tspecs.append({"code": t[2]})
        elif k == 'fact':
            out.append({"q": t[1], "expect": {"kind": k, "codes": [], "text": t[2]}}); tspecs.append({})
        else:
            out.append({"q": t[1], "expect": {"kind": "off_topic", "codes": [], "text": []}}); tspecs.append({})
    d = {"id": did, "style": style}
    if pr: d["profile"] = pr
    d["turns"] = out
    dialogs.append(d); specs[did] = tspecs

with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for q in questions: f.write(json.dumps(q, ensure_ascii=False) + '\n')
with open(os.path.join(ROOT, 'dialogues.jsonl'), 'w', encoding='utf-8') as f:
    for d in dialogs: f.write(json.dumps(d, ensure_ascii=False) + '\n')
json.dump(specs, open(os.path.join(ROOT, 'method', 'specs.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=0)
import collections
print(len(questions), collections.Counter(q['kind'] for q in questions), collections.Counter(q['style'] for q in questions),
      'profiles', sum('profile' in q for q in questions), 'dialogs', len(dialogs), 'turns', sum(len(d['turns']) for d in dialogs))
print(collections.Counter((q['kind'], q['style']) for q in questions))
