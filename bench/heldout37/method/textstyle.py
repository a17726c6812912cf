# -*- coding: utf-8 -*-
"""Surface-style transforms: plain, abbrev/teencode, typo, voice, southern."""
import re, unicodedata

def strip_d(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")

def fold(s):
    s = s.replace("\u00a0", " ").replace("\n", " ")
    return re.sub(r"\s+", " ", strip_d(s).lower()).strip()

TEEN = [  # (pattern, replacements)
 (r"\bkhông\b", ["ko", "k", "hok", "ko"]), (r"\bđược\b", ["dc", "đc", "dk"]), (r"\bgì\b", ["j"]),
 (r"\bvậy\b", ["z", "v", "vay"]), (r"\bbạn\b", ["bn"]), (r"\bvới\b", ["vs"]), (r"\bnhư thế nào\b", ["ntn"]),
 (r"\bchủ tịch\b", ["ct"]), (r"\bcông đoàn cơ sở\b", ["cđcs", "cdcs"]), (r"\bliên đoàn lao động\b", ["ldld", "lđlđ"]),
 (r"\bđăng ký\b", ["dk", "đk", "dky"]), (r"\bbao giờ\b", ["bh", "bao h"]), (r"\bbiết\b", ["bik", "bít"]),
 (r"\bmình\b", ["mk", "mik"]), (r"\bthế\b", ["thế", "z"]), (r"\bnhiêu\b", ["nhiu"]), (r"\brồi\b", ["r"]),
 (r"\btrước\b", ["trc"]), (r"\bngười lao động\b", ["nld", "nlđ"]), (r"\bkhu công nghiệp\b", ["kcn"]),
 (r"\bcông đoàn\b", ["cđ", "cd"]), (r"\bchỉ tiêu\b", ["chỉ tiêu", "ct"]), (r"\bhọc viên\b", ["hv"]),
 (r"\bthành phố\b", ["tp"]), (r"\bphường\b", ["p.", "phường"]), (r"\bhuyện\b", ["h.", "huyện"]),
 (r"\bem\b", ["e", "em"]), (r"\banh\b", ["a", "anh"]), (r"\bchị\b", ["c", "chị"]), (r"\bnăm nay\b", ["năm nay", "nam nay"]),
 (r"\bthì sao\b", ["thi sao", "thì s"]), (r"\bđâu\b", ["đâu", "dau"]),
]

def teen(s, rng):
    out = s
    for pat, reps in TEEN:
        if re.search(pat, out, flags=re.I) and rng.random() < 0.8:
            out = re.sub(pat, lambda m: rng.choice(reps), out, flags=re.I)
    out = out.rstrip("?.!").strip()
    if rng.random() < 0.5:
        out = out.lower()
    return out

TONES = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
def telex_word(w):
    d = unicodedata.normalize("NFD", w)
    tone = None
    for k, v in TONES.items():
        if v in d:
            tone = k
            d = d.replace(v, "")
    base = unicodedata.normalize("NFC", d)
    return (base + tone) if tone else None

def typo_word(w, rng):
    if len(w) < 3:
        return w
    r = rng.random()
    if r < 0.35:
        t = telex_word(w)
        if t:
            return t
    if r < 0.55:
        i = rng.randrange(len(w) - 1)
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if r < 0.75:
        i = rng.randrange(1, len(w))
        return w[:i] + w[i + 1:]
    if r < 0.9:
        i = rng.randrange(len(w))
        return w[:i] + w[i] + w[i:]
    return strip_d(w)

def typo(frame, rng, n=None):
    """frame contains {A} placeholders etc.; mutate 1-2 plain words outside braces."""
    toks = re.split(r"(\s+)", frame)
    idx = [i for i, t in enumerate(toks) if t.strip() and "{" not in t and re.match(r"^[^\W\d_]{3,}[?.,!]*$", t)]
    if not idx:
        return frame
    k = n or (1 if rng.random() < 0.55 else 2)
    for i in rng.sample(idx, min(k, len(idx))):
        m = re.match(r"^(.*?)([?.,!]*)$", toks[i])
        toks[i] = typo_word(m.group(1), rng) + m.group(2)
    out = "".join(toks)
    if rng.random() < 0.3:
        out = out.replace(", ", ",").replace(" ?", "?")
    return out

UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
def num_words(n):
    n = int(n)
    if n < 10:
        return UNITS[n]
    if n < 20:
        return "mười" + ("" if n == 10 else " " + ("lăm" if n % 10 == 5 else UNITS[n % 10]))
    if n < 100:
        t, u = divmod(n, 10)
        s = UNITS[t] + " mươi"
        if u == 1: s += " mốt"
        elif u == 5: s += " lăm"
        elif u == 4: s += " tư"
        elif u: s += " " + UNITS[u]
        return s
    if n < 1000:
        h, r = divmod(n, 100)
        s = UNITS[h] + " trăm"
        if r == 0: return s
        if r < 10: return s + " lẻ " + UNITS[r]
        return s + " " + num_words(r)
    if n < 1000000:
        th, r = divmod(n, 1000)
        s = num_words(th) + " nghìn"
        if r == 0: return s
        if r < 100: return s + " không trăm " + (("lẻ " + UNITS[r]) if r < 10 else num_words(r))
        return s + " " + num_words(r)
    return str(n)

def year_words(y):
    return " ".join(UNITS[int(c)] for c in str(y)) if y in ("2025", "2026", "2027") and False else num_words(y)

FILLERS = ["ờ", "à", "ừm", "cho hỏi", "alo", "ờ cho tôi hỏi", "à này", "dạ cho em hỏi"]
def voice(s, rng):
    s = s.replace("CĐCS", "công đoàn cơ sở").replace("ATVSLĐ", "an toàn vệ sinh lao động").replace("LĐLĐ", "liên đoàn lao động")
    s = s.replace("UBKT", "ủy ban kiểm tra").replace("BCH", "ban chấp hành").replace("KCN", "khu công nghiệp").replace("TP.HCM", "thành phố hồ chí minh")
    s = s.replace("CĐ ", "công đoàn ").replace("TP ", "thành phố ").replace("ĐK", "đa khoa")
    s = re.sub(r"(\d{1,2})/(\d{1,2})/(\d{4})", lambda m: f"ngày {num_words(m.group(1))} tháng {num_words(m.group(2))} năm {num_words(m.group(3))}", s)
    s = re.sub(r"(\d{1,2})/(\d{4})", lambda m: f"{num_words(m.group(1))} năm {num_words(m.group(2))}", s)
    s = re.sub(r"(\d+)\.(\d{3})\b", lambda m: m.group(1) + m.group(2), s)
    s = re.sub(r"\d+", lambda m: num_words(m.group(0)), s)
    s = s.replace("%", " phần trăm")
    s = re.sub(r"[?.,!;:()«»\"]", " ", s).lower()
    s = re.sub(r"\s+", " ", s).strip()
    if rng.random() < 0.6:
        s = rng.choice(FILLERS) + " " + s
    if rng.random() < 0.25:
        words = s.split()
        i = rng.randrange(1, len(words)) if len(words) > 2 else 1
        words.insert(i, rng.choice(["ờ", "à"]))
        s = " ".join(words)
    return s

def southernize(s, rng):
    s = re.sub(r"\bvậy\b", lambda m: rng.choice(["dzậy", "z", "vậy"]), s)
    s = re.sub(r"\bkhông\b", lambda m: rng.choice(["hông", "hổng", "hông", "hok"]), s)
    return s
