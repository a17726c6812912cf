"""Turn a clean Vietnamese sentence into how a chair would type it: diacritics | plain | abbrev | typo | voice."""
import re, random
from data import fold

RS = random.Random(99)

def strip(s):
    import unicodedata
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')

ABBR = [('công đoàn cơ sở', 'CĐCS'), ('liên đoàn lao động', 'LĐLĐ'), ('an toàn, vệ sinh lao động', 'ATVSLĐ'),
        ('an toàn vệ sinh lao động', 'ATVSLĐ'), ('ủy ban kiểm tra', 'UBKT'), ('ban chấp hành', 'BCH'),
        ('khu công nghiệp', 'KCN'), ('khu kinh tế', 'KKT'), ('người lao động', 'NLĐ'), ('thành phố', 'TP'),
        ('công đoàn', 'CĐ'), ('không', 'ko'), ('được', 'đc'), ('bao nhiêu', 'bn'), ('đăng ký', 'đk'), ('gì', 'j'),
        ('với', 'vs'), ('vậy', 'v'), ('anh chị', 'a/c'), ('trước', 'trc'), ('biết', 'bít'), ('mình', 'mik'),
        ('phó chủ tịch', 'PCT'), ('chủ tịch', 'CT')]
EXPAND = [('CĐCS', 'công đoàn cơ sở'), ('LĐLĐ', 'liên đoàn lao động'), ('ATVSLĐ', 'an toàn vệ sinh lao động'),
          ('UBKT', 'ủy ban kiểm tra'), ('BCH', 'ban chấp hành'), ('KCN', 'khu công nghiệp'), ('KKT', 'khu kinh tế'),
          ('NLĐ', 'người lao động'), ('TP', 'thành phố'), ('CĐ', 'công đoàn'), ('Cty', 'công ty'),
          ('ĐH', 'đại học'), ('BVĐK', 'bệnh viện đa khoa'), ('BV', 'bệnh viện'), ('quý I/2027', 'quý một năm 2027'),
          ('quý II/2027', 'quý hai năm 2027'), ('quý 1', 'quý một'), ('quý 2', 'quý hai'), ('P.Chủ tịch', 'phó chủ tịch')]
TYPO = {'không': ['khôg', 'khong', 'hông', 'khôn'], 'lớp': ['lơp', 'lóp', 'lớpp', 'lớ'], 'nào': ['nao', 'nàoo', 'naò'],
        'hỏi': ['hoi', 'hỏii', 'hoir'], 'tháng': ['thág', 'thangs', 'thnág'], 'đăng ký': ['dăng ký', 'đăng kí', 'đang ky'],
        'học': ['hocj', 'họcc', 'hok'], 'được': ['dc', 'đươc', 'duoc'], 'chủ tịch': ['chủ tich', 'chu tịch', 'chủ tịc'],
        'ở đâu': ['ở dâu', 'o đau', 'ở đâuu'], 'tập huấn': ['tập huân', 'tâp huấn', 'taapj huấn'],
        'công đoàn': ['công doàn', 'cong đoàn', 'côg đoàn'], 'bao nhiêu': ['bao nhieu', 'bao nhiu', 'bâo nhiêu'],
        'cho': ['cko', 'cjo'], 'thì': ['thi', 'thìi'], 'năm': ['nam', 'nămm'], 'sao': ['saoo', 'sao'],
        'nữ công': ['nu công', 'nữ côg'], 'Nghệ An': ['Nghê An', 'nghệ an', 'Nghe An'], 'Hà Tĩnh': ['Hà tĩnh', 'Ha Tinh', 'Hà Tinh'],
        'Thanh Hóa': ['Thanh Hoá', 'thanh hoa', 'Thanh Hoa'], 'Hải Phòng': ['Hải phòng', 'Hai Phòng'],
        'Hưng Yên': ['Hưng yên', 'Hung Yên'], 'Ninh Bình': ['Ninh bình', 'Ninh Binh'], 'Thái Bình': ['Thái bình', 'Thai Bình'],
        'Quảng Trị': ['Quảng trị', 'Quang Tri'], 'Quảng Bình': ['Quảng bình', 'Quang Bình'], 'Nam Định': ['Nam đinh', 'Nam Dinh'],
        'Hải Dương': ['Hải dương', 'Hai Duong'], 'đợt': ['đơt', 'dợt'], 'thứ': ['thư', 'thứu'], 'tôi': ['toi', 'tooi'],
        'kiểm tra': ['kiểm tr', 'kiem tra'], 'chỉ tiêu': ['chỉ tiu', 'chỉ tieu'], 'giáo dục': ['giáo duc', 'giao dục']}
FILL_START = ['ờ ', 'à ', 'alo ', 'ừ ', 'cho tôi hỏi là ', 'chị ơi cho em hỏi là ', 'à ờ ', 'em hỏi chút là ', '', '']
FILL_END = [' nhé', ' ạ', ' với ạ', ' nha', ' đấy', '', '', ' vâng']


def _sub(s, a, b, flags=re.IGNORECASE):
    return re.sub(r'(?<![\wÀ-ỹ])' + re.escape(a) + r'(?![\wÀ-ỹ])', b, s, flags=flags)


def render(s, style, rnd=RS, first=True):
    s = re.sub(r'\s+', ' ', s).strip().replace(' ,', ',')
    if style == 'diacritics':
        s = s[0].upper() + s[1:]
        if not s.endswith(('?', '.', '!')) and rnd.random() < 0.8:
            s += '?' if rnd.random() < 0.8 else ''
        return s
    if style == 'plain':
        s = strip(s).lower().rstrip('?')
        if rnd.random() < 0.3:
            s = s.replace(',', '')
        return s
    if style == 'abbrev':
        for a, b in ABBR:
            if rnd.random() < 0.85:
                s = _sub(s, a, b)
        if rnd.random() < 0.5:
            s = strip(s)
        s = s.rstrip('?')
        return s
    if style == 'typo':
        keys = [k for k in TYPO if _sub(s, k, '\x00') != s]
        rnd.shuffle(keys)
        for k in keys[:rnd.choice([2, 2, 3])]:
            s = _sub(s, k, rnd.choice(TYPO[k]), flags=0)
        if rnd.random() < 0.35:
            s = strip(s)
        if rnd.random() < 0.5:
            s = s.lower()
        s = s.replace('?', rnd.choice(['?', '??', '', ' ?']))
        return s
    if style == 'voice':
        for a, b in EXPAND:
            s = _sub(s, a, b, flags=0)
        s = re.sub(r'[?!]', '', s)
        s = s.replace(',', rnd.choice([',', '', '']))
        greeted = fold(s).startswith(('cho ', 'anh chi', 'chi oi', 'chao', 'xin hoi', 'em ', 'a ma', 'tien hoi', 'nhan tien', 'ngoai le', 'hoi vui'))
        fs = rnd.choice(['ờ ', 'à ', 'ừ ', '', '']) if (greeted or not first) else rnd.choice(FILL_START)
        fe = '' if (not first and rnd.random() < 0.5) or s.rstrip().endswith(('ạ', 'nhé', 'nhỉ', 'vậy', 'anh chị', 'không', 'chưa', 'ko')) and rnd.random() < 0.7 else rnd.choice(FILL_END)
        s = fs + s[0].lower() + s[1:] + fe
        return re.sub(r'\s+', ' ', s).strip()
    raise ValueError(style)
