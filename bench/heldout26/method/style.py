# Surface-style transforms. Base sentences are written with diacritics; ⟦…⟧ marks words that must stay
# recognisable (places, topics, units) so typo noise does not touch them.
import random, re
from common import fold

def unmark(s):
    return s.replace('⟦', '').replace('⟧', '')

def strip_all(s):
    # fold() lowercases; keep original case for plain style
    out = []
    import unicodedata
    for ch in s:
        if ch in 'đ':
            out.append('d'); continue
        if ch in 'Đ':
            out.append('D'); continue
        d = unicodedata.normalize('NFD', ch)
        out.append(''.join(c for c in d if unicodedata.category(c) != 'Mn'))
    return ''.join(out)

ABBR = [
 ('công đoàn cơ sở', 'CĐCS'), ('Công đoàn cơ sở', 'CĐCS'), ('liên đoàn lao động', 'LĐLĐ'), ('Liên đoàn Lao động', 'LĐLĐ'),
 ('Liên đoàn lao động', 'LĐLĐ'), ('an toàn vệ sinh lao động', 'ATVSLĐ'), ('an toàn, vệ sinh lao động', 'ATVSLĐ'),
 ('khu công nghiệp', 'KCN'), ('ban chấp hành', 'BCH'), ('ủy ban kiểm tra', 'UBKT'), ('người lao động', 'NLĐ'),
 ('Thành phố Hồ Chí Minh', 'TP.HCM'), ('thành phố Hồ Chí Minh', 'TP.HCM'), ('TP Hồ Chí Minh', 'TP.HCM'),
 ('công đoàn', 'CĐ'), ('Công đoàn', 'CĐ'), ('đăng ký', 'đk'), ('không', 'ko'), ('chủ tịch', 'CT'), ('Chủ tịch', 'CT'),
 ('thành phố', 'TP'), ('đoàn viên', 'ĐV'), ('số lượng', 'SL'),
]

def abbrev(s, rng):
    for a, b in ABBR:
        s = s.replace(a, b)
    return s

TEEN = [(r'\bkhong\b', ['ko', 'k', 'hok', 'khong']), (r'\bgi\b', ['j', 'gi']), (r'\bbao nhieu\b', ['bn', 'bao nhiu']),
        (r'\bduoc\b', ['dc', 'dk', 'duoc']), (r'\bminh\b', ['mik', 'minh', 'mk']), (r'\bvay\b', ['z', 'vay']),
        (r'\bdang ky\b', ['dk', 'dang ki', 'dky']), (r'\bnao\b', ['nao', 'nào']), (r'\bbiet\b', ['bit', 'biet']),
        (r'\bthe\b', ['the', 'thế']), (r'\broi\b', ['r', 'roi']), (r'\bnhe\b', ['nha', 'nhe'])]

def typo(s, rng):
    s = strip_all(s).lower()
    for pat, reps in TEEN:
        s = re.sub(pat, lambda m: rng.choice(reps), s)
    # character noise outside protected spans
    parts = re.split(r'(⟦[^⟧]*⟧)', s)
    n_err = 0
    for i, p in enumerate(parts):
        if p.startswith('⟦'):
            continue
        words = p.split(' ')
        for j, w in enumerate(words):
            if len(w) >= 4 and w.isalpha() and n_err < 2 and rng.random() < 0.22:
                k = rng.randrange(1, len(w) - 1)
                op = rng.random()
                if op < 0.4:
                    w = w[:k] + w[k + 1] + w[k] + w[k + 2:]  # swap
                elif op < 0.7:
                    w = w[:k] + w[k] + w[k:]  # double
                else:
                    w = w[:k] + w[k + 1:]  # drop
                words[j] = w
                n_err += 1
        parts[i] = ' '.join(words)
    s = ''.join(parts)
    s = s.replace('?', rng.choice(['?', '', ' ?', '??']))
    return s

MONTH_WORDS = {'1': 'một', '2': 'hai', '3': 'ba', '4': 'tư', '5': 'năm', '6': 'sáu', '7': 'bảy', '8': 'tám', '9': 'chín',
               '10': 'mười', '11': 'mười một', '12': 'mười hai'}
FILL_START = ['ờ ', 'alo ', 'à cho em hỏi ', 'ừm ', 'chị ơi cho hỏi ', 'dạ ', 'ờ thì ', 'em hỏi chút ', '']
FILL_MID = [' ờ ', ' à ', ' thì ', ' là ']

def voice(s, rng):
    s = re.sub(r'tháng (\d{1,2})(?!\d|/)', lambda m: 'tháng ' + MONTH_WORDS.get(m.group(1), m.group(1)), s)
    s = re.sub(r'[?!.,;:]', ' ', s)
    s = s.lower()
    words = s.split()
    if len(words) > 6 and rng.random() < 0.6:
        spots = [k for k in range(2, len(words) - 1) if words[k].lstrip('⟦') in ('lớp', 'có', 'ở', 'tháng', 'bên', 'là', 'năm', 'thì', 'cho')
                 and ' '.join(words[:k]).count('⟦') == ' '.join(words[:k]).count('⟧')]
        if spots:
            k = rng.choice(spots)
            words.insert(k, rng.choice(FILL_MID).strip())
    body = ' '.join(words)
    polite_start = any(body.startswith(p) for p in ('cho em', 'anh chị', 'dạ', 'chị ơi', 'xin hỏi', 'bot ơi'))
    s = rng.choice(['ờ ', 'alo ', 'ừm ', '', 'à ']) if polite_start else rng.choice(FILL_START)
    s += body
    if rng.random() < 0.3 and not re.search(r'(ạ|nhé|với|vậy|ơi|nha)$', body):
        s += rng.choice([' nhé', ' với', ' ạ', ' vậy ạ'])
    return re.sub(r'\s+', ' ', s).strip()

def apply(style, base, rng):
    if style == 'diacritics':
        s = base
    elif style == 'plain':
        s = strip_all(base)
        if rng.random() < 0.5:
            s = s.lower()
    elif style == 'abbrev':
        s = abbrev(base, rng)
    elif style == 'typo':
        s = typo(base, rng)
    elif style == 'voice':
        s = voice(base, rng)
    else:
        raise ValueError(style)
    return re.sub(r'\s+', ' ', unmark(s)).strip()
