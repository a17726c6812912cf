# Style transforms: diacritics (as written), plain (no marks), abbrev (teencode), typo (realistic slips).
import re, random, unicodedata

R = random.Random(1920)


def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return unicodedata.normalize('NFC', s)


ABBR = [
    ('an toàn, vệ sinh lao động', ['atvslđ', 'ATVSLĐ', 'atvsld']),
    ('an toàn vệ sinh lao động', ['atvslđ', 'atvsld']),
    ('an toàn vệ sinh viên', ['atvsv', 'ATVSV']),
    ('công đoàn cơ sở', ['cđcs', 'cdcs', 'CĐCS']),
    ('liên đoàn lao động', ['lđlđ', 'ldld', 'LĐLĐ']),
    ('ủy ban kiểm tra', ['ubkt', 'UBKT']),
    ('ban chấp hành', ['bch', 'BCH']),
    ('khu công nghiệp', ['kcn', 'KCN']),
    ('khu kinh tế', ['kkt']),
    ('phó chủ tịch', ['pct', 'PCT']),
    ('chủ tịch', ['ct', 'CT', 'chủ tịch']),
    ('công đoàn', ['cđ', 'cd', 'CĐ']),
    ('thành phố', ['tp', 'TP']),
    ('Hồ Chí Minh', ['hcm', 'HCM']),
    ('Hà Nội', ['hn', 'HN', 'Hà Nội']),
    ('Hải Phòng', ['hp', 'HP', 'Hải Phòng']),
    ('người lao động', ['nlđ', 'nld']),
    ('đoàn viên', ['đv', 'dv', 'đoàn viên']),
    ('như thế nào', ['ntn']),
    ('bao nhiêu', ['bn', 'bnhiu', 'bao nhiu']),
    ('không', ['k', 'ko', 'khum', 'hok', 'k']),
    ('được', ['đc', 'dc', 'đươc']),
    ('đăng ký', ['đk', 'dk', 'đky']),
    ('trực tuyến', ['online', 'onl']),
    ('tập huấn', ['t.huấn', 'tập huấn', 'taphuan']),
    ('bồi dưỡng', ['bd', 'bồi dưỡng']),
    ('mình', ['mk', 'mik', 'mìn']),
    ('em', ['e']),
    ('anh', ['a']),
    ('chị', ['c']),
    ('với', ['vs', 'vời']),
    ('gì', ['j', 'gì']),
    ('vậy', ['v', 'vậy']),
    ('rồi', ['r', 'ròi']),
    ('biết', ['bít', 'bik']),
    ('ngày', ['ng', 'ngày']),
    ('tháng', ['th', 'tháng', 'thág']),
    ('hạn chót', ['hạn chót', 'deadline']),
    ('thế nào', ['tn', 'thế nào']),
    ('có', ['co', 'có']),
    ('ạ', ['ạ', 'a', '']),
]


def abbrev(s):
    out = s
    for full, reps in ABBR:
        pat = re.compile(r'(?<![\wÀ-ỹ])' + re.escape(full) + r'(?![\wÀ-ỹ])', re.IGNORECASE)
        out = pat.sub(lambda m: R.choice(reps), out)
    out = re.sub(r'\s+', ' ', out).strip()
    out = out.replace(' ?', '?').replace(' ,', ',')
    if R.random() < 0.6:
        out = strip(out)
    if R.random() < 0.7:
        out = out.lower()
    out = out.rstrip('?.') + R.choice(['', '', '?', ' ??', ' a', ' ak', ' nhé'])
    return out


TONES = {
    'a': 'aàáảãạ', 'ă': 'ăằắẳẵặ', 'â': 'âầấẩẫậ', 'e': 'eèéẻẽẹ', 'ê': 'êềếểễệ', 'i': 'iìíỉĩị',
    'o': 'oòóỏõọ', 'ô': 'ôồốổỗộ', 'ơ': 'ơờớởỡợ', 'u': 'uùúủũụ', 'ư': 'ưừứửữự', 'y': 'yỳýỷỹỵ'}
TONE_OF = {}
for base, row in TONES.items():
    for i, ch in enumerate(row):
        TONE_OF[ch] = (base, i)


def _typo_word(w):
    ops = ['double', 'swap', 'drop', 'tone', 'tone']
    op = R.choice(ops)
    if op == 'tone':
        idx = [i for i, ch in enumerate(w) if ch in TONE_OF]
        if idx:
            i = R.choice(idx)
            base, t = TONE_OF[w[i]]
            nt = R.choice([k for k in range(6) if k != t])
            return w[:i] + TONES[base][nt] + w[i + 1:]
        op = 'swap'
    i = R.randrange(1, len(w) - 1)
    if op == 'double':
        return w[:i] + w[i] + w[i:]
    if op == 'swap':
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return w[:i] + w[i + 1:]


def typo(s, n=None):
    words = s.split(' ')
    cand = [i for i, w in enumerate(words) if len(w) >= 3 and w.isalpha()]
    n = n or (2 if len(cand) < 8 else 3)
    for i in R.sample(cand, min(n, len(cand))):
        words[i] = _typo_word(words[i])
    out = ' '.join(words)
    if R.random() < 0.25:
        out = out.lower()
    if R.random() < 0.2:
        out = strip(out)
    return out


def plain(s):
    out = strip(s)
    if R.random() < 0.5:
        out = out.lower()
    if R.random() < 0.3:
        out = out.rstrip('?') 
    return out


def apply(style, s):
    return {'diacritics': lambda x: x, 'plain': plain, 'abbrev': abbrev, 'typo': typo}[style](s)
