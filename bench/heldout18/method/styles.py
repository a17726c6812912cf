# -*- coding: utf-8 -*-
"""Turn a correctly written Vietnamese question into the four user styles."""
import re
import unicodedata

TONES = {  # base vowel -> toned forms (sắc, huyền, hỏi, ngã, nặng)
    'a': 'áàảãạ', 'ă': 'ắằẳẵặ', 'â': 'ấầẩẫậ', 'e': 'éèẻẽẹ', 'ê': 'ếềểễệ', 'i': 'íìỉĩị',
    'o': 'óòỏõọ', 'ô': 'ốồổỗộ', 'ơ': 'ớờởỡợ', 'u': 'úùủũụ', 'ư': 'ứừửữự', 'y': 'ýỳỷỹỵ'}
TONED = {}
for base, forms in TONES.items():
    for i, ch in enumerate(forms):
        TONED[ch] = (base, i)


def strip(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')


ABBR = [
    (r"an toàn,? vệ sinh lao động", ["atvsld", "ATVSLĐ", "atvs"]),
    (r"công đoàn cơ sở", ["cdcs", "CĐCS"]),
    (r"liên đoàn lao động", ["ldld", "LĐLĐ"]),
    (r"khu công nghiệp", ["kcn"]),
    (r"thành phố hồ chí minh|tp hcm|tp hồ chí minh", ["hcm", "tphcm", "sg"]),
    (r"hồ chí minh", ["hcm"]),
    (r"hà nội", ["hn"]),
    (r"người lao động", ["nld", "NLĐ"]),
    (r"ban chấp hành", ["bch"]),
    (r"ủy ban kiểm tra", ["ubkt"]),
    (r"thương lượng tập thể", ["tltt", "TLTT"]),
    (r"công đoàn", ["cđ", "cd"]),
    (r"phó chủ tịch", ["pct"]),
    (r"chủ tịch", ["ct"]),
    (r"bao nhiêu", ["bn", "bnhieu"]),
    (r"như thế nào|thế nào", ["ntn"]),
    (r"không", ["k", "ko", "hok"]),
    (r"được", ["dc", "đc"]),
    (r"đăng ký", ["dk", "đk"]),
    (r"trực tuyến", ["online", "onl"]),
    (r"mình", ["mik", "mk"]),
    (r"với", ["vs"]),
    (r"gì", ["j"]),
    (r"vậy", ["v", "vậy"]),
    (r"biết", ["bik", "bt"]),
    (r"em", ["e"]),
    (r"anh", ["a"]),
    (r"chị", ["c"]),
    (r"Việt Nam", ["VN"]),
    (r"tháng", ["th", "tháng"]),
    (r"ngày", ["ng", "ngày"]),
    (r"trước", ["trc"]),
    (r"thì", ["thi", "thì"]),
    (r"cho mình hỏi", ["cho mik hoi", "cmh"]),
    (r"nhé", ["nha", "nhe"]),
    (r"ạ", ["a", "ạ"]),
]


def abbrev(s, rng):
    out = s
    for pat, reps in sorted(ABBR, key=lambda x: -len(x[0])):
        def rep(m):
            if rng.random() < 0.85:
                return rng.choice(reps)
            return m.group(0)
        out = re.sub(r"(?<![\w])(" + pat + r")(?![\w])", rep, out, flags=re.IGNORECASE)
    out = out.replace("?", "" if rng.random() < 0.5 else "?")
    if rng.random() < 0.75:
        out = strip(out)
    return re.sub(r"\s+", " ", out.lower() if rng.random() < 0.8 else out).strip()


def plain(s, rng):
    out = strip(s)
    if rng.random() < 0.5:
        out = out.lower()
    if rng.random() < 0.4:
        out = out.rstrip("?.").strip()
    return out


def _typo_word(w, rng, keep_tone):
    letters = [i for i, ch in enumerate(w) if ch.isalpha()]
    if len(letters) < 3:
        return w
    ops = ["double", "swap", "drop"]
    toned = [i for i, ch in enumerate(w) if ch in TONED]
    if keep_tone and toned:
        ops += ["tone", "tone", "tone"]
    op = rng.choice(ops)
    if op == "tone":
        i = rng.choice(toned)
        base, t = TONED[w[i]]
        nt = rng.choice([k for k in range(5) if k != t])
        return w[:i] + TONES[base][nt] + w[i + 1:]
    if op == "double":
        i = rng.choice(letters[1:])
        return w[:i] + w[i] + w[i:]
    if op == "swap":
        i = rng.choice(letters[1:-1])
        if i + 1 < len(w) and w[i + 1].isalpha():
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        return w
    i = rng.choice(letters[1:])
    return w[:i] + w[i + 1:]


def typo(s, rng):
    keep_tone = rng.random() < 0.55
    base = s if keep_tone else strip(s).lower()
    words = base.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) >= 3 and not any(ch.isdigit() for ch in w)
            and not any(ch.isupper() for ch in w[1:])]
    rng.shuffle(cand)
    n = 2 if len(words) < 9 else 3
    changed = 0
    for i in cand:
        if changed >= n:
            break
        nw = _typo_word(words[i], rng, keep_tone)
        if nw != words[i]:
            words[i] = nw
            changed += 1
    out = " ".join(words)
    if changed == 0:
        out = out.replace(" ", "  ", 1)
    return out


def render(s, style, rng):
    if style == "diacritics":
        return s
    if style == "plain":
        return plain(s, rng)
    if style == "abbrev":
        return abbrev(s, rng)
    return typo(s, rng)
