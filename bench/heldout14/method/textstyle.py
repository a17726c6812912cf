# Style transforms applied to questions written with full diacritics.
import re, random, unicodedata
from common import fold

ABBR = [(r'không', 'ko'), (r'được', 'dc'), (r'đăng ký', 'đk'), (r'như thế nào', 'ntn'), (r'bao nhiêu', 'bn'),
        (r'công đoàn cơ sở', 'cdcs'), (r'an toàn,? vệ sinh lao động', 'atvsld'), (r'ban chấp hành', 'bch'),
        (r'liên đoàn lao động', 'ldld'), (r'lđlđ', 'ldld'), (r'hà nội', 'hn'), (r'hồ chí minh', 'hcm'), (r'chủ tịch', 'ct'),
        (r'với', 'vs'), (r'gì', 'j'), (r'vậy', 'v'), (r'mình', 'mik'), (r'em', 'e'), (r'trực tuyến', 'online'),
        (r'bao giờ', 'bh'), (r'rồi', 'r'), (r'người lao động', 'nld'), (r'đoàn viên', 'đv'), (r'công đoàn', 'cđ'),
        (r'biết', 'bít'), (r'thế nào', 'tn'), (r'cảm ơn', 'cảm ơn'), (r'tháng', 'th'), (r'ngày', 'ng'), (r'bạn', 'b'),
        (r'thành phố', 'tp'), (r'tỉnh', 'tỉnh'), (r'có', 'có'), (r'hạn', 'hạn'), (r'vệ sinh', 'vs'), (r'ủy ban kiểm tra', 'ubkt'),
        (r'nhé', 'nhé'), (r'ạ', 'ạ'), (r'anh', 'a'), (r'chị', 'c'), (r'học viên', 'hv'), (r'thôi', 'thui'), (r'đi', 'đi')]

def plain(s, r):
    t = fold(s) if r.random() < 0.5 else strip_keep_case(s)
    return t

def strip_keep_case(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))

def abbrev(s, r):
    t = s.lower()
    for a, b in ABBR:
        if r.random() < 0.85:
            t = re.sub(r'(?<!\w)' + a + r'(?!\w)', b, t)
    t = t.rstrip('?.! ')
    if r.random() < 0.3:
        t += r.choice([' ạ', ' a', ' v', ' nhe', ' ak', ''])
    return fold(t) if r.random() < 0.8 else t

SWAPS = [('ch', 'tr'), ('tr', 'ch'), ('s', 'x'), ('x', 's'), ('l', 'n'), ('n', 'l'), ('gi', 'd'), ('d', 'gi')]

def detone(w):
    # remove only the tone mark (keep circumflex/breve/horn)
    d = unicodedata.normalize('NFD', w)
    d = ''.join(c for c in d if c not in '\u0300\u0301\u0303\u0309\u0323')
    return unicodedata.normalize('NFC', d)

def typo(s, r):
    words = s.split(' ')
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    r.shuffle(idx)
    n = 1 if len(idx) < 6 else 2
    for i in idx[:n]:
        w = words[i]
        op = r.choice(['swap', 'drop', 'double', 'detone', 'detone', 'cons'])
        if op == 'swap' and len(w) > 3:
            j = r.randrange(1, len(w) - 2); w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif op == 'drop':
            j = r.randrange(1, len(w)); w = w[:j] + w[j + 1:]
        elif op == 'double':
            j = r.randrange(1, len(w)); w = w[:j] + w[j] + w[j:]
        elif op == 'detone':
            w2 = detone(w); w = w2 if w2 != w else w + w[-1]
        else:
            for a, b in SWAPS:
                if w.lower().startswith(a):
                    w = b + w[len(a):]; break
            else:
                w = detone(w) if detone(w) != w else w[:-1]
        words[i] = w
    t = ' '.join(words)
    if r.random() < 0.3:
        t = t.lower()
    if r.random() < 0.3:
        t = t.rstrip('?')
    return t

def render(s, style, r):
    if style == 'diacritics':
        return s
    if style == 'plain':
        return plain(s, r)
    if style == 'abbrev':
        return abbrev(s, r)
    return typo(s, r)
