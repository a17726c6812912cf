import random, re, unicodedata
def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))
ABB = [('an toàn vệ sinh lao động', 'atvslđ'), ('an toàn, vệ sinh lao động', 'atvslđ'), ('công đoàn cơ sở', 'cđcs'), ('liên đoàn lao động', 'lđlđ'),
       ('Liên đoàn Lao động', 'lđlđ'), ('phó chủ tịch', 'pct'), ('chủ tịch', 'ct'), ('ban chấp hành', 'bch'), ('thương lượng tập thể', 'tltt'),
       ('ủy ban kiểm tra', 'ubkt'), ('không', None), ('được', 'đc'), ('đăng ký', 'đk'), ('gì', 'j'), ('mình', None), ('bạn', 'bn'),
       ('em ', 'e '), ('anh ', 'a '), ('chị ', 'c '), ('công đoàn', 'cđ'), ('nhé', 'nhe'), ('trực tuyến', 'online'), ('thành phố', 'tp'),
       ('bao nhiêu', 'bn'), ('vậy', 'v'), ('với', 'vs'), ('người lao động', 'nld'), ('tập huấn', 'tập huấn'), ('tháng', 'th'), ('biết', 'bít')]
def abbrev(s, rnd):
    out = s
    for a, b in ABB:
        if b is None:
            b = rnd.choice(['ko', 'k', 'khum']) if a == 'không' else rnd.choice(['mik', 'mk', 'mình'])
        out = re.sub(re.escape(a), b, out, flags=re.I)
    out = out.replace('?', rnd.choice(['?', ' ạ', '', ' nhe']))
    if rnd.random() < .6:
        out = strip(out)
    return out.lower() if rnd.random() < .7 else out
def typo(s, rnd, protect=()):
    base = strip(s) if rnd.random() < .5 else s
    prot = set()
    for p in protect:
        for w in strip(p).lower().split() + p.lower().split():
            prot.add(w)
    words = base.split(' ')
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and not any(ch.isdigit() for ch in w) and w.lower().strip('?,.') not in prot and strip(w).lower().strip('?,.') not in prot]
    rnd.shuffle(idx)
    n = rnd.choice([2, 3])
    for i in idx[:n]:
        w = words[i]
        j = rnd.randrange(2, len(w) - 1) if len(w) > 3 else 1
        op = rnd.choice(['swap', 'drop', 'dup', 'near'])
        if op == 'swap': w = w[:j - 1] + w[j] + w[j - 1] + w[j + 1:]
        elif op == 'drop': w = w[:j] + w[j + 1:]
        elif op == 'dup': w = w[:j] + w[j] + w[j:]
        else:
            near = {'a': 's', 'o': 'p', 'n': 'm', 'i': 'u', 'e': 'r', 't': 'y', 'h': 'j', 'c': 'v', 'g': 'h', 'u': 'y'}
            ch = w[j].lower(); w = w[:j] + near.get(ch, ch + ch) + w[j + 1:]
        words[i] = w
    return ' '.join(words)
D = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
def n2w(n):
    n = int(n)
    if n < 10: return D[n]
    if n < 20: return 'mười' + ('' if n == 10 else ' lăm' if n % 10 == 5 else ' ' + D[n % 10])
    if n < 100:
        t, u = divmod(n, 10)
        return D[t] + ' mươi' + ('' if u == 0 else ' mốt' if u == 1 else ' lăm' if u == 5 else ' tư' if u == 4 else ' ' + D[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return D[h] + ' trăm' + ('' if r == 0 else (' linh ' + D[r]) if r < 10 else ' ' + n2w(r))
    th, r = divmod(n, 1000)
    return n2w(th) + ' nghìn' + ('' if r == 0 else (' không trăm ' + (('linh ' + D[r]) if r < 10 else n2w(r))) if r < 100 else ' ' + n2w(r))
def voice(s, rnd):
    s = re.sub(r'([?.!,]\s+)(\w)', lambda m: m[1] + m[2].lower(), s)
    s = re.sub(r'(?i)ngày (\d{1,2}/\d{1,2})', r'\1', s)
    s = re.sub(r'(\d{1,2})/(\d{1,2})/(\d{4})', lambda m: 'ngày %s tháng %s năm %s' % (n2w(m[1]), n2w(m[2]), n2w(m[3])), s)
    s = re.sub(r'(?i)tháng (\d{1,2})/(\d{4})', lambda m: 'tháng %s năm %s' % (n2w(m[1]), n2w(m[2])), s)
    s = re.sub(r'(?i)quý (\d)/(\d{4})', lambda m: 'quý %s năm %s' % (n2w(m[1]), n2w(m[2])), s)
    s = re.sub(r'(\d{1,2})/(\d{1,2})\b', lambda m: 'ngày %s tháng %s' % (n2w(m[1]), n2w(m[2])), s)
    s = re.sub(r'(\d+)\.(\d{3})', lambda m: m[1] + m[2], s)
    s = re.sub(r'\d+', lambda m: n2w(m[0]), s)
    for a, b in [('LĐLĐ', 'liên đoàn lao động'), ('CĐCS', 'công đoàn cơ sở'), ('TP ', 'thành phố '), ('ATVSLĐ', 'an toàn vệ sinh lao động'), ('CĐ ', 'công đoàn '), ('KKT', 'khu kinh tế'), ('KCN', 'khu công nghiệp'), ('ĐH', 'đại học'), ('%', ' phần trăm')]:
        s = s.replace(a, b)
    s = re.sub(r'[?!.,;:«»"()]', ' ', s)
    s = re.sub(r'\s+', ' ', s).strip()
    return s if s[1:2].isupper() else s[0].lower() + s[1:]
def render(s, style, rnd, protect=()):
    if style == 'diacritics': return s
    if style == 'plain': return strip(s) if rnd.random() < .5 else strip(s).lower()
    if style == 'abbrev': return abbrev(s, rnd)
    if style == 'typo': return typo(s, rnd, protect)
    if style == 'voice': return voice(s, rnd)
