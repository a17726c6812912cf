"""Renders a base question (Vietnamese with diacritics, entities in {braces}) in one of five styles."""
import re, random, unicodedata

def strip_acc(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))

UN = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']

def num_vi(n):
    if n < 10:
        return UN[n]
    if n < 20:
        return 'mười' + ('' if n == 10 else ' ' + ('lăm' if n % 10 == 5 else UN[n % 10]))
    if n < 100:
        t, u = divmod(n, 10)
        s = UN[t] + ' mươi'
        if u == 1: s += ' mốt'
        elif u == 4: s += ' tư'
        elif u == 5: s += ' lăm'
        elif u: s += ' ' + UN[u]
        return s
    if n < 1000:
        h, r = divmod(n, 100)
        s = UN[h] + ' trăm'
        if r == 0: return s
        if r < 10: return s + ' linh ' + UN[r]
        return s + ' ' + num_vi(r)
    th, r = divmod(n, 1000)
    s = num_vi(th) + ' nghìn'
    if r == 0: return s
    if r < 100: return s + ' không trăm ' + (('linh ' + UN[r]) if r < 10 else num_vi(r))
    return s + ' ' + num_vi(r)

def year_vi(y):
    return ' '.join(UN[int(c)] for c in str(y))

ABBR = [('công đoàn cơ sở', 'cđcs'), ('phó chủ tịch', 'pct'), ('chủ tịch', 'ct'), ('liên đoàn lao động', 'lđlđ'),
        ('công đoàn', 'cđ'), ('an toàn vệ sinh lao động', 'atvslđ'), ('an toàn, vệ sinh lao động', 'atvslđ'),
        ('thương lượng tập thể', 'tltt'), ('người lao động', 'nlđ'), ('ban chấp hành', 'bch'),
        ('khu công nghiệp', 'kcn'), ('ủy ban kiểm tra', 'ubkt'), ('phát triển đoàn viên', 'ptđv'),
        ('không', 'ko'), ('được', 'dc'), ('đăng ký', 'đk'), ('như thế nào', 'ntn'), ('bao nhiêu', 'bn'),
        ('mình', 'mk'), ('trực tuyến', 'online'), ('với', 'vs'), ('gì', 'j'), ('vậy', 'v'), ('biết', 'bít'),
        ('tập huấn', 'tập huấn'), ('thế nào', 'tn'), ('nhé', 'nhé'), ('ạ', 'ạ'), ('tháng', 'th'), ('rồi', 'r')]
EXPAND = [(r'\bLĐLĐ\b', 'liên đoàn lao động'), (r'\bCĐCS\b', 'công đoàn cơ sở'), (r'\bCĐ\b', 'công đoàn'),
          (r'\bKCN\b', 'khu công nghiệp'), (r'\bTP\b', 'thành phố'), (r'\bATVSLĐ\b', 'an toàn vệ sinh lao động'),
          (r'\bTNHH\b', 'trách nhiệm hữu hạn'), (r'\bCP\b', 'cổ phần'), (r'\bUBKT\b', 'ủy ban kiểm tra'),
          (r'\bBCH\b', 'ban chấp hành'), (r'\bKKT\b', 'khu kinh tế'), (r'\bTLTT\b', 'thương lượng tập thể'),
          (r'\bHTX\b', 'hợp tác xã'), (r'\bCBCĐ\b', 'cán bộ công đoàn'), (r'\bTW\b', 'trung ương'),
          (r'\bVSIP\b', 'vê síp'), (r'\bLG\b', 'lờ giê'), (r'\bTHPT\b', 'trung học phổ thông'), (r'\bCTr\b', 'chương trình'),
          (r'\bTLĐ\b', 'tổng liên đoàn'), (r'\bNLĐ\b', 'người lao động'), (r'\bCNLĐ\b', 'công nhân lao động')]
ROMAN = {'IV': 4, 'III': 3, 'II': 2, 'I': 1}
BREAKS = {'lớp', 'học', 'có', 'ở', 'tháng', 'thì', 'cho', 'đăng', 'hạn', 'bao', 'là', 'năm', 'của', 'do', 'tại', 'bên', 'chỉ', 'mấy', 'còn', 'đã'}
FILL = ['à', 'ừm', 'à ừm', 'cho hỏi', 'alo', 'ờ', 'em hỏi chút', 'thì là']

def split_ent(s):
    return re.split(r'(\{[^}]*\})', s)

def map_plain(s, fn):
    return ''.join(p if p.startswith('{') else fn(p) for p in split_ent(s))

def unbrace(s):
    return s.replace('{', '').replace('}', '')

def typo_word(w, r):
    if len(w) < 4 or not w.isalpha():
        return w
    i = r.randrange(1, len(w) - 1)
    op = r.choice(['swap', 'drop', 'double', 'near'])
    if op == 'swap':
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 'drop':
        return w[:i] + w[i + 1:]
    if op == 'double':
        return w[:i] + w[i] + w[i:]
    near = {'a': 's', 'o': 'i', 'n': 'm', 'm': 'n', 'i': 'u', 'u': 'y', 'h': 'j', 'g': 'h', 't': 'r', 'c': 'v', 'l': 'k'}
    c = w[i]
    return w[:i] + near.get(c, c) + w[i + 1:]

def voice_numbers(s):
    s = re.sub(r'\b(\d{1,2})/(\d{1,2})/(\d{4})\b', lambda m: '%s tháng %s năm %s' % (num_vi(int(m.group(1))), num_vi(int(m.group(2))), year_vi(m.group(3))), s)
    s = re.sub(r'\b(\d{1,2})/(\d{4})\b', lambda m: '%s năm %s' % (num_vi(int(m.group(1))), year_vi(m.group(2))), s)
    s = re.sub(r'\b(\d{1,2})/(\d{1,2})\b', lambda m: '%s tháng %s' % (num_vi(int(m.group(1))), num_vi(int(m.group(2)))), s)
    s = re.sub(r'\b(\d{4})-(\d{4})\b', lambda m: '%s đến %s' % (year_vi(m.group(1)), year_vi(m.group(2))), s)
    s = re.sub(r'\b(20\d\d|19\d\d)\b', lambda m: year_vi(m.group(1)), s)
    s = re.sub(r'(\d+)%', lambda m: num_vi(int(m.group(1))) + ' phần trăm', s)
    s = re.sub(r'\b\d+\b', lambda m: num_vi(int(m.group(0))), s)
    s = re.sub(r'\b(khóa|khoá) (IV|III|II|I)\b', lambda m: m.group(1) + ' ' + UN[ROMAN[m.group(2)]], s)
    return s

def render(base, style, r):
    if style == 'diacritics':
        return unbrace(base)
    if style == 'plain':
        s = strip_acc(unbrace(base))
        if r.random() < 0.5:
            s = s.lower()
        if r.random() < 0.5:
            s = s.rstrip('?').rstrip()
        return s
    if style == 'abbrev':
        def ab(p):
            p = p.lower()
            for a, b in ABBR:
                if r.random() < 0.85:
                    p = re.sub(r'(?<![\wÀ-ỹ])' + re.escape(a) + r'(?![\wÀ-ỹ])', b, p)
            return p
        s = map_plain(base, ab)
        s = unbrace(s)
        if r.random() < 0.6:
            s = strip_acc(s)
        s = s.rstrip('?.!').rstrip()
        if r.random() < 0.3:
            s += r.choice([' nhé', ' nha', ' vs', ' k', ' ad ơi', ' ạ'])
        return s
    if style == 'typo':
        strip = r.random() < 0.6
        def ty(p):
            ws = p.split(' ')
            idx = [i for i, w in enumerate(ws) if len(w) >= 4 and w.isalpha()]
            for i in r.sample(idx, min(len(idx), r.choice([1, 2]))):
                ws[i] = typo_word(ws[i], r)
            return ' '.join(ws)
        s = map_plain(base, ty)
        s = unbrace(s)
        if strip:
            s = strip_acc(s)
        if r.random() < 0.6:
            s = s.lower()
        return s.rstrip('?').rstrip() + (r.choice(['', '?', '??', ' ?']))
    if style == 'voice':
        s = unbrace(base)
        for a, b in EXPAND:
            s = re.sub(a, b, s)
        s = voice_numbers(s)
        s = re.sub(r'[?!.,;:()"«»]', ' ', s)
        s = s.replace(' - ', ' ').replace('/', ' ')
        s = re.sub(r'\s+', ' ', s).strip().lower()
        ws = s.split(' ')
        if r.random() < 0.8:
            f = r.choice(FILL if len(ws) > 5 else ['à', 'ừm', 'ờ'])
            if not s.startswith(f) and not s.startswith('cho hỏi'):
                ws.insert(0, f)
        pos = [i for i in range(2, len(ws) - 1) if ws[i] in BREAKS]
        if pos and r.random() < 0.6:
            ws.insert(r.choice(pos), r.choice(['à', 'ừm', 'thì là', 'ờ']))
        return ' '.join(ws)
    raise ValueError(style)
