# -*- coding: utf-8 -*-
"""Derive the plain / abbrev / typo forms of a question written with diacritics."""
import random, re, unicodedata

TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}


def strip_marks(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    s = unicodedata.normalize('NFD', s)
    return unicodedata.normalize('NFC', ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn'))


def plain(s, rnd):
    out = strip_marks(s)
    if rnd.random() < 0.7:
        out = out.lower()
    out = out.replace('?', '' if rnd.random() < 0.6 else '?')
    return re.sub(r'\s+', ' ', out).strip()


# longest first; applied on lower-cased text with diacritics
ABBR = [
    ('an toàn, vệ sinh lao động', 'atvsld'), ('an toàn vệ sinh lao động', 'atvsld'), ('liên đoàn lao động', 'ldld'),
    ('công đoàn cơ sở', 'cdcs'), ('phó chủ tịch', 'pct'), ('chủ tịch', 'ct'), ('ban chấp hành', 'bch'), ('ủy ban kiểm tra', 'ubkt'),
    ('khu công nghiệp', 'kcn'), ('người lao động', 'nld'), ('thành phố', 'tp'), ('hồ chí minh', 'hcm'), ('như thế nào', 'ntn'),
    ('bao giờ', 'bh'), ('hôm nay', 'hnay'), ('đăng ký', 'dk'), ('không ạ', 'ko a'), ('không', 'ko'), ('được', 'dc'), ('bạn', 'bn'),
    ('mình', 'mik'), ('vậy', 'z'), ('với ạ', 'vs a'), ('với', 'vs'), ('rồi', 'r'), ('gì', 'j'), ('công đoàn', 'cd'), ('trước', 'trc'),
    ('biết', 'bit'), ('thế nào', 'tn'), ('em', 'e'), ('anh', 'a'), ('chị', 'c'), ('tháng', 'th'),
    ('bao nhiêu', 'bn'), ('huyện', 'h.'), ('cán bộ', 'cb'), ('đoàn viên', 'dv'), ('hạn đăng ký', 'han dk'),
]
ALT = {'ko': ['ko', 'k', 'hok', 'ko'], 'mik': ['mik', 'mk', 'mik'], 'dk': ['dk', 'đk', 'dky'], 'th': ['th', 'thang'], 'h.': ['h ', 'huyen '],
       'bn': ['bn', 'bnhieu']}


def abbrev(s, rnd):
    low = s.lower()
    # keep class codes as typed
    codes = re.findall(r'\b[A-Z]{1,4}[A-Z0-9]*[-_.][A-Za-z0-9._-]+\b', s)
    for a, b in ABBR:
        pat = r'(?<!\w)' + re.escape(a) + r'(?!\w)'
        if re.search(pat, low):
            b2 = rnd.choice(ALT[b]) if b in ALT else b
            low = re.sub(pat, b2, low)
    out = strip_marks(low)
    for c in codes:
        out = re.sub(re.escape(c.lower()), c, out)
    out = out.replace('đ', 'd')
    out = re.sub(r'\s*\?\s*$', '' if rnd.random() < 0.7 else '?', out)
    return re.sub(r'\s+', ' ', out).strip()


def _drop_tone(word, rnd):
    d = unicodedata.normalize('NFD', word)
    if not any(ch in TONES for ch in d):
        return None
    return unicodedata.normalize('NFC', ''.join(ch for ch in d if ch not in TONES))


def _wrong_tone(word, rnd):
    out = []
    done = False
    for ch in unicodedata.normalize('NFC', word):
        d = unicodedata.normalize('NFD', ch)
        tones = [m for m in d if m in TONES]
        if tones and not done:
            new = rnd.choice([t for t in TONES if t != tones[0]])
            ch = unicodedata.normalize('NFC', ''.join(m for m in d if m not in TONES) + new)
            done = True
        out.append(ch)
    return ''.join(out) if done else None


def _swap(word, rnd):
    letters = [i for i in range(1, len(word) - 1) if word[i].isalpha() and word[i + 1].isalpha()]
    if len(word) < 4 or not letters:
        return None
    i = rnd.choice(letters)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def _double(word, rnd):
    idx = [i for i, ch in enumerate(word) if ch in 'bcdghklmnpqrstvx']
    if len(word) < 3 or not idx:
        return None
    i = rnd.choice(idx)
    return word[:i] + word[i] + word[i:]


def _drop_letter(word, rnd):
    idx = [i for i, ch in enumerate(word) if ch.isalpha()]
    if len(idx) < 5:
        return None
    i = rnd.choice(idx[1:-1])
    return word[:i] + word[i + 1:]


def typo(s, rnd, protect=()):
    words = s.split(' ')
    cand = [i for i, w in enumerate(words) if re.search(r'[^\W\d_]', w) and not re.search(r'\d', w)
            and not re.fullmatch(r'[A-Z0-9._-]{4,}', w)]
    n = 2 if len(cand) > 5 else 1
    done = 0
    rnd.shuffle(cand)
    for i in cand:
        if done >= n:
            break
        w = words[i]
        if any(p and w.strip('?,.') in p.split() for p in protect) and rnd.random() < 0.7:
            continue
        f = rnd.choice([_drop_tone, _drop_tone, _wrong_tone, _swap, _double, _drop_letter])
        nw = f(w, rnd)
        if nw and nw != w:
            words[i] = nw
            done += 1
    out = ' '.join(words)
    if rnd.random() < 0.5:
        out = out[0].lower() + out[1:]
    return out


def derive(s, style, rnd, protect=()):
    if style == 'diacritics':
        return s
    if style == 'plain':
        return plain(s, rnd)
    if style == 'abbrev':
        return abbrev(s, rnd)
    if style == 'typo':
        out = typo(s, rnd, protect)
        tries = 0
        while out == s and tries < 5:
            out = typo(s, rnd, protect)
            tries += 1
        return out
    raise ValueError(style)
