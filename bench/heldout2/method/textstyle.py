import re, random, unicodedata
from data import fold

ABBR = [("phó chủ tịch","PCT"),("công đoàn cơ sở","CĐCS"),("liên đoàn lao động","LĐLĐ"),("khu công nghiệp","KCN"),
        ("an toàn, vệ sinh lao động","ATVSLĐ"),("an toàn vệ sinh lao động","ATVSLĐ"),("ban chấp hành","BCH"),("chủ tịch","CT"),
        ("công đoàn","CĐ"),("không","ko"),("được","dc"),("bạn","bn"),("bao nhiêu","bn"),("mình","mk"),("đăng ký","đk"),
        ("thời gian","tg"),("như thế nào","ntn"),("thế nào","ntn"),("gì","j"),("với","vs"),("tháng","th"),("vậy","v"),
        ("biết","bít"),("thành phố","tp"),("trước","trc"),("rồi","r"),("nhé","nha"),("anh","a"),("em","e"),("chị","c"),
        ("tập huấn","t.huấn"),("hồ chí minh","HCM"),("phường","P."),("ủy ban kiểm tra","UBKT"),("ngày","ng"),("khi nào","khi nào"),("thì","thì"),("ạ","")]

def strip(s):
    return fold(s)

def abbrev(s, r):
    out = s
    for a, b in ABBR:
        out = re.sub(r'(?<!\w)' + re.escape(a) + r'(?!\w)', b, out, flags=re.IGNORECASE)
    out = re.sub(r'\s+', ' ', out).strip()
    out = re.sub(r'\s+([?,.!])', r'\1', out)
    if r.random() < 0.4 and not out.lower().startswith('ad'):
        out = r.choice(["ad ơi, ", "ad ơi ", "cho e hỏi ", "hỏi xíu, "]) + (out[0].lower() + out[1:] if out[1:2].islower() else out)
    if r.random() < 0.5:
        out = out.replace('?', ' ạ?' if r.random()<0.3 else '??')
    if out == s:
        out = "ad ơi " + out
    return out

def plain(s, r):
    out = strip(s)
    if r.random() < 0.6 and out[1:2].islower(): out = out[0].lower() + out[1:]
    if r.random() < 0.3: out = out.rstrip('?') + (' vay' if r.random()<0.5 else '')
    return out

NEAR = {'a':'s','n':'m','m':'n','o':'i','i':'o','u':'y','e':'r','h':'j','c':'x','t':'r','g':'h','l':'k'}
def typo(s, r):
    words = s.split(' ')
    # mixed: some words lose diacritics
    words = [strip(w) if r.random() < 0.35 else w for w in words]
    core = [w.rstrip('?,.!') for w in words]
    elig = [i for i,w in enumerate(core) if len(w) >= 3 and w.isalpha() and w[0].islower()]
    r.shuffle(elig)
    for i in elig[:2]:
        w = core[i]; tail = words[i][len(w):]; k = r.randrange(1, len(w)-1); op = r.choice(['swap','drop','dup','near'])
        if op == 'swap': w = w[:k] + w[k+1] + w[k] + w[k+2:]
        elif op == 'drop': w = w[:k] + w[k+1:]
        elif op == 'dup': w = w[:k] + w[k] + w[k:]
        else:
            ch = w[k]; w = w[:k] + NEAR.get(ch, ch+ch) + w[k+1:]
        words[i] = w + tail
    out = ' '.join(words)
    if out == s: out = strip(out)
    return out

def styled(s, style, r):
    if style == 'diacritics': return s
    if style == 'plain': return plain(s, r)
    if style == 'abbrev': return abbrev(s, r)
    if style == 'typo': return typo(s, r)
    raise ValueError(style)
