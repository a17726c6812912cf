# shared helpers (text folding, style transforms)
import re, unicodedata, random

def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return unicodedata.normalize('NFC', s)

ONES = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']

def vn_num(n):
    n = int(n)
    if n < 10:
        return ONES[n]
    if n < 100:
        t, u = divmod(n, 10)
        head = 'mười' if t == 1 else ONES[t] + ' mươi'
        if u == 0:
            return head
        if u == 5:
            tail = 'lăm'
        elif u == 1 and t > 1:
            tail = 'mốt'
        elif u == 4 and t > 1:
            tail = 'tư'
        else:
            tail = ONES[u]
        return head + ' ' + tail
    if n < 1000:
        h, r = divmod(n, 100)
        s = ONES[h] + ' trăm'
        if r == 0:
            return s
        if r < 10:
            return s + ' lẻ ' + ONES[r]
        return s + ' ' + vn_num(r)
    th, r = divmod(n, 1000)
    s = vn_num(th) + ' nghìn'
    if r == 0:
        return s
    if r < 100:
        return s + ' không trăm ' + (('lẻ ' + ONES[r]) if r < 10 else vn_num(r))
    return s + ' ' + vn_num(r)

VOICE_EXPAND = [('ATVSLĐ', 'an toàn vệ sinh lao động'), ('CĐCS', 'công đoàn cơ sở'), ('LĐLĐ', 'liên đoàn lao động'),
                ('UBKT', 'ủy ban kiểm tra'), ('BCH', 'ban chấp hành'), ('KCN', 'khu công nghiệp'), ('KKT', 'khu kinh tế'),
                ('TNHH MTV', 'trách nhiệm hữu hạn một thành viên'), ('CĐ', 'công đoàn'), ('TP ', 'thành phố '),
                ('TX ', 'thị xã '), ('P.', 'phó '), ('CNTT', 'công nghệ thông tin')]

def to_voice(s):
    for a, b in VOICE_EXPAND:
        s = s.replace(a, b)
    s = re.sub(r'(?:ngày )?(\d{1,2})/(\d{1,2})/(\d{4})', lambda m: 'ngày %s tháng %s năm %s' % (vn_num(m.group(1)), vn_num(m.group(2)), vn_num(m.group(3))), s)
    s = re.sub(r'tháng (\d{1,2})/(\d{4})', lambda m: 'tháng %s năm %s' % (vn_num(m.group(1)), vn_num(m.group(2))), s)
    s = re.sub(r'(?:ngày )?(\d{1,2})/(\d{1,2})', lambda m: 'ngày %s tháng %s' % (vn_num(m.group(1)), vn_num(m.group(2))), s)
    s = re.sub(r'\d+', lambda m: vn_num(m.group(0)), s)
    s = re.sub(r'[«»"“”?!.,;:()\-–/]', ' ', s)
    s = re.sub(r'\s+', ' ', s).strip().lower()
    return s

ABBR = [('công đoàn cơ sở', 'cđcs'), ('liên đoàn lao động', 'ldld'), ('ban chấp hành', 'bch'), ('ủy ban kiểm tra', 'ubkt'),
        ('công đoàn', 'cđ'), ('chủ tịch', 'ct'), ('an toàn vệ sinh lao động', 'atvsld'), ('an toàn, vệ sinh lao động', 'atvsld'),
        ('khu công nghiệp', 'kcn'), ('không ạ', 'k ạ'), ('không', 'ko'), ('được', 'dc'), ('như thế nào', 'ntn'),
        ('bao nhiêu', 'bn'), ('đăng ký', 'dk'), ('gì', 'j'), ('vậy', 'v'), ('với', 'vs'), ('nhân viên', 'nv'),
        ('bồi dưỡng', 'bd'), ('thì sao', 'thì s'), ('tháng', 'th'), ('trực tuyến', 'online'), ('người lao động', 'nld'),
        ('đoàn viên', 'đv'), ('tỉnh ', 't '), ('phó chủ tịch', 'pct'), ('nghiệp vụ', 'nvu'), ('bây giờ', 'bgio')]

def to_abbrev(s, rnd):
    s = s.lower()
    for a, b in ABBR:
        if rnd.random() < 0.85:
            s = s.replace(a, b)
    s = re.sub(r'[«»"“”]', '', s)
    s = s.replace('?', rnd.choice(['', ' ?', '??', ' a', '']))
    if rnd.random() < 0.7:
        s = fold(s)
        s = s.replace('ko', rnd.choice(['ko', 'k', 'hok', 'ko']))
    return s.strip()

def to_plain(s, rnd):
    s = fold(s)
    if rnd.random() < 0.5:
        s = s.lower()
    s = re.sub(r'[«»"“”]', '', s)
    if rnd.random() < 0.5:
        s = s.rstrip('?.! ')
    return s

def _typo_word(w, rnd):
    if len(w) < 4 or any(c.isdigit() for c in w) or w[0].isupper():
        return w
    i = rnd.randrange(1, len(w) - 1)
    op = rnd.randrange(4)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    nb = {'a': 's', 's': 'a', 'o': 'p', 'n': 'm', 'm': 'n', 'i': 'o', 'e': 'r', 'u': 'y', 'h': 'j', 'c': 'v', 't': 'r', 'g': 'h'}
    c = fold(w[i]).lower()
    return w[:i] + nb.get(c, w[i]) + w[i + 1:]

def to_typo(s, rnd):
    if rnd.random() < 0.5:
        s = fold(s)
    words = s.split(' ')
    idx = [k for k, w in enumerate(words) if len(w) >= 4 and not any(c.isdigit() for c in w) and not w[0].isupper()]
    rnd.shuffle(idx)
    for k in idx[:max(1, min(3, len(idx) // 3))]:
        words[k] = _typo_word(words[k], rnd)
    s = ' '.join(words)
    s = s.replace('?', rnd.choice(['?', '', '??']))
    return s

def styled(base, style, rnd):
    if style == 'diacritics':
        return base
    if style == 'plain':
        return to_plain(base, rnd)
    if style == 'abbrev':
        return to_abbrev(base, rnd)
    if style == 'typo':
        return to_typo(base, rnd)
    if style == 'voice':
        return to_voice(base)
    raise ValueError(style)
