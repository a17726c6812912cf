"""Metamorphic robustness on the DEV halves: how much meaning-preserving changes cost the engine.

    python -m bench.robustness [--set bench/heldout] [--set bench/heldout2] [--misses FAMILY] [--json]

Each dev question and dialogue of the held-out sets (`questions_dev.jsonl`, `dialogues_dev.jsonl`, never
the reported `test/` halves) is changed the way phone users change what they type, and scored exactly as
`bench.heldout` scores it (same dataset import, same engine, same notion of «right»):

- `nodiac`: no diacritics (đ → d), case kept;
- `teencode`: common shorthand (không → ko/k/hok, được → dc/đc, với → vs, gì → j, mình → mk, anh chị → a/c,
  em → e, công đoàn cơ sở → cđcs/CĐCS, liên đoàn lao động → ldld, đăng ký → đk/dky, tháng → th,
  bao nhiêu → bn, chủ tịch → ct);
- `typo`: one adjacent-letter swap or one dropped letter in a word of five letters or more;
- `filler`: a greeting or a filler around the question («ad ơi», «cho em hỏi», «với ạ», «nhé», «??»);
- `reorder`: the two clauses around a comma swapped, or a leading/trailing place or period moved (questions
  of six words or more);
- `lower` / `upper`: the whole question in one case;
- `voice`: the question dictated (speech-to-text on a phone): shorthand said in full words, numbers said in
  words («ngày mười lăm tháng mười hai», «quý một», «năm hai không hai bảy», «đợt hai», «lớp thứ hai», «ba mươi
  người»), no punctuation, a filler of speech («à», «ờ», «thì là», «kiểu như là»); questions typed without
  diacritics are left out (dictation always writes them);
- `zalo_long`: the question inside a long Zalo message: a greeting, a self-introduction (a name, the company's
  union; the asker's role and province when the item has a profile, which the message then carries instead of
  the profile; else a province other than the one the question names, which must not override it), maybe a
  sentence about the workplace, the question at the end or in the middle before thanks; in dialogues the
  opening turn is wrapped (the profile stays);
- `place`: a merged province (2025) said by its other name — the former province when the expected class
  lies there (scored as the others), the current one for a former name (a broader question: right when
  the expected class is on the first page of five).

For every family the table gives the items the change applies to, accuracy before and after on those
items, and the share of items right before that the change breaks. A family with a drop is a cause to fix
in the understanding code, by a general rule. Off-topic probes (domain words around matters the bot does
not train for: đoàn phí, BHXH, lương, thai sản, quà Tết, kết nạp) must get no confident record, plain
and through the same changes.

Variants are drawn with a fixed seed per item and family, so two runs compare.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.common import NOW, md_table, write_json
from bench.heldout import (
    Answerer,
    engine_answerer,
    load_dataset,
    read_jsonl,
    run_dialogues,
    score,
)
from knowledge.language.places import MERGERS_2025, province_key

DEFAULT_SETS = (Path("bench/heldout"), Path("bench/heldout2"))
PAGE = 5  # classes in the first reply (knowledge.qa.PAGE_SIZE)

# ---------------------------------------------------------------- perturbations

Perturb = Callable[[str, random.Random], str]


def strip_diacritics(text: str) -> str:
    """The question as typed on a keyboard without Vietnamese input: no marks, đ → d, case kept."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))


# Longest first: «công đoàn cơ sở» before «công đoàn»; «anh chị» before «anh».
TEENCODE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("liên đoàn lao động", ("ldld", "LĐLĐ", "lđlđ")),
    ("công đoàn cơ sở", ("cđcs", "CĐCS", "cdcs")),
    ("bao nhiêu", ("bn", "bnhieu")),
    ("chủ tịch", ("ct",)),
    ("đăng ký", ("đk", "dky", "dk")),
    ("anh chị", ("a/c", "ac")),
    ("không", ("ko", "k", "hok", "kg")),
    ("được", ("dc", "đc")),
    ("với", ("vs",)),
    ("gì", ("j",)),
    ("mình", ("mk", "mik")),
    ("tháng", ("th",)),
    ("em", ("e",)),
)


def _replace_word(text: str, phrase: str, repl: Callable[[], str]) -> str:
    pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
    return pattern.sub(lambda _m: repl(), text)


def teencode(text: str, rng: random.Random) -> str:
    out = text
    for phrase, forms in TEENCODE:
        out = _replace_word(out, phrase, lambda forms=forms: rng.choice(forms))  # type: ignore[misc]
    return out


_LETTERS = re.compile(r"[^\W\d_]{5,}", re.UNICODE)


def typo(text: str, rng: random.Random) -> str:
    """One adjacent-letter swap or one dropped letter, in one word of five letters or more (not a code
    or an acronym in capitals: those are typed with care, and a code is matched exactly)."""
    words = [m for m in _LETTERS.finditer(text) if not m.group(0).isupper()]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 1)
    new = w[:i] + w[i + 1:] if rng.random() < 0.5 else w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return text[:m.start()] + new + text[m.end():]


PREFIXES = ("ad ơi, ", "cho em hỏi ", "cho mình hỏi chút, ", "Dạ cho em hỏi ", "bot ơi ", "chào ad, ")
SUFFIXES = (" với ạ", " nhé", " ??", " ạ", " với", " nha ad", " vậy ạ?")


def filler(text: str, rng: random.Random) -> str:
    body = text.rstrip()
    if rng.random() < 0.5:
        return rng.choice(PREFIXES) + body[:1].lower() + body[1:]
    end = ""
    while body and body[-1] in "?.!":
        end, body = body[-1] + end, body[:-1]
    return body + rng.choice(SUFFIXES) + ("" if rng.random() < 0.5 else end)


_PERIOD = re.compile(
    r"\b(?:tháng|thang|th|quý|quy|năm|nam)\s*(?:\d{4}|\d{1,2}(?:/\d{4})?|sau|nay|tới|toi|trước|truoc|ngoái|ngoai)\b"
    r"|sắp tới|sap toi|gần đây|gan day|tuần sau|tuan sau",
    re.IGNORECASE,
)


def _places_pattern() -> re.Pattern[str]:
    names = {n for names in MERGERS_2025.values() for n in names} | set(MERGERS_2025)
    from knowledge.lexicon import PROVINCES

    names |= set(PROVINCES)
    alts = sorted(names | {strip_diacritics(n) for n in names}, key=len, reverse=True)
    return re.compile(r"(?:(?:ở|o|tại|tai|tỉnh|tinh|TP|tp|thành phố|thanh pho)\s+)?(?:"
                      + "|".join(re.escape(a) for a in alts) + r")", re.IGNORECASE)


_PLACE = _places_pattern()


def reorder(text: str, rng: random.Random) -> str:
    """Clauses the other way round: the two sides of a comma swapped; else a place or a period at one
    end of the question moved to the other end."""
    body = text.strip()
    if len(body.split()) < 6:
        return text  # «thế tháng 4?» has no clauses to swap
    end = ""
    while body and body[-1] in "?.!":
        end, body = body[-1] + end, body[:-1]
    if "," in body:
        a, b = body.split(",", 1)
        a, b = a.strip(), b.strip()
        if a and b and not re.search(r"\d$", a):
            return f"{b[:1].lower()}{b[1:]}, {a[:1].lower()}{a[1:]}{end}"
    for pat in (_PLACE, _PERIOD):
        for m in pat.finditer(body):
            piece = m.group(0)
            if m.start() == 0 and m.end() < len(body):
                rest = body[m.end():].strip(" ,")
                return f"{rest} {piece[:1].lower()}{piece[1:]}{end}"
            if m.end() == len(body) and m.start() > 0:
                rest = body[:m.start()].strip(" ,")
                return f"{piece}, {rest[:1].lower()}{rest[1:]}{end}"
    return text


def lower(text: str, rng: random.Random) -> str:
    return text.lower()


def upper(text: str, rng: random.Random) -> str:
    return text.upper()


def nodiac(text: str, rng: random.Random) -> str:
    return strip_diacritics(text)


# ---------------------------------------------------------------- dictated (speech-to-text)

# Shorthand as it is said aloud, written out by speech-to-text.
SPOKEN: tuple[tuple[str, str], ...] = (
    ("ATVSLĐ", "an toàn vệ sinh lao động"), ("CĐCS", "công đoàn cơ sở"), ("cđcs", "công đoàn cơ sở"),
    ("LĐLĐ", "liên đoàn lao động"), ("ldld", "liên đoàn lao động"), ("CBCĐ", "cán bộ công đoàn"),
    ("PTĐV", "phát triển đoàn viên"), ("UBKT", "ủy ban kiểm tra"), ("KCN", "khu công nghiệp"),
    ("TP HCM", "thành phố Hồ Chí Minh"), ("TP.HCM", "thành phố Hồ Chí Minh"), ("TP. HCM", "thành phố Hồ Chí Minh"),
    ("HCM", "Hồ Chí Minh"), ("TP.", "thành phố"), ("TP", "thành phố"), ("CĐ", "công đoàn"), ("cđ", "công đoàn"),
    ("CT", "chủ tịch"), ("ct", "chủ tịch"), ("CNTT", "công nghệ thông tin"), ("BHXH", "bảo hiểm xã hội"),
    ("ĐK", "đăng ký"), ("đk", "đăng ký"), ("dk", "đăng ký"), ("ko", "không"), ("k", "không"), ("hok", "không"),
    ("khog", "không"), ("dc", "được"), ("đc", "được"), ("bn", "bao nhiêu"), ("vs", "với"), ("j", "gì"),
    ("mk", "mình"), ("mik", "mình"), ("e", "em"), ("a/c", "anh chị"), ("r", "rồi"),
    ("t.huấn", "tập huấn"), ("ng", "ngày"), ("ntn", "như thế nào"), ("PL", "pháp luật"), ("VN", "Việt Nam"),
)
_UNITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def say_number(n: int, rng: random.Random, *, after: str = "") -> str:
    """`n` said in Vietnamese words, as a speaker says it (a year digit by digit or in full)."""
    if 1900 <= n <= 2099 and after != "count":
        if rng.random() < 0.5:
            return " ".join(_UNITS[int(d)] for d in str(n))
        rest = n % 1000
        return f"{_UNITS[n // 1000]} nghìn " + (f"không trăm {say_number(rest, rng, after='count')}" if rest < 100
                                              else say_number(rest, rng, after="count"))
    if n >= 1000:
        rest = n % 1000
        return f"{say_number(n // 1000, rng, after='count')} nghìn" + (
            "" if not rest else f" không trăm {say_number(rest, rng, after='count')}" if rest < 100
            else f" {say_number(rest, rng, after='count')}")
    if n >= 100:
        rest = n % 100
        return f"{_UNITS[n // 100]} trăm" + ("" if not rest else f" linh {_UNITS[rest]}" if rest < 10
                                             else f" {say_number(rest, rng, after='count')}")
    if n == 4 and after in ("tháng", "quý"):
        return "tư"
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return "mười" + ("" if n == 10 else " lăm" if n == 15 else f" {_UNITS[n - 10]}")
    tens, unit = divmod(n, 10)
    last = {0: "", 1: " mốt", 4: " tư", 5: " lăm"}.get(unit, f" {_UNITS[unit]}")
    return f"{_UNITS[tens]} mươi{last}"


_DATE_TYPED = re.compile(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\w/.-])")
_MONTH_TYPED = re.compile(r"(?<![\w/.-])(tháng|th|t|T)\s?(\d{1,2})(?:/(\d{4}))?(?![\w/.-])", re.IGNORECASE)
_NUMBER_TYPED = re.compile(r"(?<![\w/.,-])(\d{1,4})(%|h(?!\w))?(?![\w/.,-]|,\d)")
_QUESTION_WORDS = re.compile(r"(?<!\w)(?:có|khi nào|học|ở đâu|bao nhiêu|còn|hạn|đăng ký|chỉ tiêu|đạt|mấy)(?!\w)")
_SPEECH_FILLERS = ("à", "ờ", "thì là", "kiểu như là")
# Everyday words typed without their marks: a question typed partly plain is no dictation.
# (Only forms that are no word without marks: «cho», «bao», «sao», «Nam» are.)
_PLAIN_WORDS = re.compile(r"(?<!\w)(?:co|nao|khong|lop|quy|dot|hoc|duoc|nhieu|gi|tinh|tieu|cua|dau|o|nhung|chua|"
                          r"khoa|truc|tuyen|hanh|vien|nhom)(?!\w)", re.IGNORECASE)


def voice(text: str, rng: random.Random) -> str:
    """The question as speech-to-text writes it (see the module's docstring); unchanged when typed without
    diacritics."""
    if strip_diacritics(text) == text or _PLAIN_WORDS.search(text):
        return text
    out = text
    for short, said in SPOKEN:
        out = re.sub(rf"(?<![\w.]){re.escape(short)}(?!\w)", said, out)

    def date(m: re.Match[str]) -> str:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return m.group(0)
        day = "" if re.search(r"(?:ngày|ng)\s*$", out[:m.start()], re.IGNORECASE) else "ngày "
        return (f"{day}{say_number(d, rng)} tháng {say_number(mo, rng, after='tháng')}"
                + (f" năm {say_number(int(y), rng)}" if y else ""))

    def month(m: re.Match[str]) -> str:
        mo, y = int(m.group(2)), m.group(3)
        if not 1 <= mo <= 12:
            return m.group(0)
        word = "Tháng" if m.group(1)[:1].isupper() and m.start() == 0 else "tháng"
        return f"{word} {say_number(mo, rng, after='tháng')}" + (f" năm {say_number(int(y), rng)}" if y else "")

    out = _MONTH_TYPED.sub(month, _DATE_TYPED.sub(date, out))

    def number(m: re.Match[str]) -> str:
        n = int(m.group(1))
        before = out[:m.start()].split()[-1:] or [""]
        said = say_number(n, rng, after=before[0].lower())
        return said + {"%": " phần trăm", "h": " giờ"}.get(m.group(2) or "", "")

    out = _NUMBER_TYPED.sub(number, out)
    out = re.sub(r"[?!,;:…]+|\.(?=\s|$)", " ", out)
    out = re.sub(r"\s+", " ", out).strip()
    filler_word = rng.choice(_SPEECH_FILLERS)
    m = _QUESTION_WORDS.search(out, 1)
    if m is not None and rng.random() < 0.6:
        out = f"{out[:m.start()]}{filler_word} {out[m.start():]}"
    else:
        out = f"{filler_word} {out}"
    if rng.random() < 0.3:
        out = f"ờ {out}"
    return out


FAMILIES: dict[str, Perturb] = {
    "nodiac": nodiac, "teencode": teencode, "typo": typo, "filler": filler, "reorder": reorder,
    "lower": lower, "upper": upper, "voice": voice,
}


# ---------------------------------------------------------------- long Zalo messages

_NAMES = ("Lan", "Hương", "Minh", "Tuấn", "Hoa", "Thảo")
_COMPANIES = ("công ty TNHH ABC", "công ty cổ phần Sao Mai", "công ty TNHH Delta", "công ty TNHH Hồng Ngọc")
_OPENINGS = ("Dạ em chào anh chị ạ", "Em chào ad ạ", "Dạ chào anh chị ban tổ chức ạ", "Chào anh chị ạ")
_ASKS_FRAMES = ("Em muốn hỏi là {q}", "Em xin hỏi {q}", "Cho em hỏi {q}", "Em có việc muốn hỏi: {q}")
_CLOSINGS = ("Em cảm ơn anh chị nhiều ạ.", "Mong anh chị trả lời giúp em. Em cảm ơn ạ!",
             "Em cảm ơn ạ, chúc anh chị một ngày tốt lành.")


def _other_province(text: str, rng: random.Random) -> str | None:
    """A province the question does not name (nor its merged partners), when it names one; else None."""
    named = [m.group(0) for m in _PLACE.finditer(text)]
    if not named:
        return None
    from knowledge.lexicon import PROVINCES

    keys = {province_key(strip_diacritics(re.sub(r"^(?:ở|o|tại|tai|tỉnh|tinh|TP|tp|thành phố|thanh pho)\s+", "",
                                                 n, flags=re.IGNORECASE))) for n in named}
    near = set(keys)
    for cur, formers in MERGERS_2025.items():
        group = {province_key(cur), *(province_key(f) for f in formers)}
        if group & keys:
            near |= group
    choices = sorted(p for p in PROVINCES if province_key(p) not in near and province_key(strip_diacritics(p)) not in near)
    return rng.choice(choices) if choices else None


ZALO_FORMS = ("letter", "sentence", "dictated")


def zalo_long(q: dict[str, Any], rng: random.Random, form: str = "letter") -> tuple[str, dict[str, Any] | None]:
    """The question `q` inside a long Zalo message, and the profile to ask it with (see the docstring): the
    profile's role and province said in the introduction instead of stored. `form`: «letter» (sentences),
    «sentence» (one sentence, clauses joined by commas), «dictated» (that sentence as speech-to-text writes
    it; the question itself when it was typed without diacritics, which dictation never does)."""
    text = q["q"].strip()
    profile = q.get("profile") or None
    role = str((profile or {}).get("role") or "")
    union = str((profile or {}).get("union") or "")
    where = str((profile or {}).get("province") or "") or _other_province(text, rng)
    intro = f"em là {rng.choice(_NAMES)}"
    # The asker's own union when the profile names one («CĐCS Công ty TNHH …»): «công ty em» asks of it.
    company = union or rng.choice(_COMPANIES)
    if union:
        said = union.removeprefix("CĐCS ") if role.endswith("CĐCS") else union
        intro += f", {role[:1].lower()}{role[1:]} {said}" if role else f" bên {union}"
    else:
        intro += f", {role[:1].lower()}{role[1:]} {company}" if role else f" bên công đoàn {company}"
    if where:
        intro += f" ở {'tỉnh ' if not re.match(r'(?:TP|Thành phố|Hà Nội|Huế|Hải Phòng|Đà Nẵng|Cần Thơ)', where) else ''}{where}"
    parts = [f"{rng.choice(_OPENINGS)}, {intro}."]
    if rng.random() < 0.4:
        parts.append(f"Công ty em có khoảng {rng.choice((300, 500, 1200))} công nhân.")
    body = text if text[1:2].isupper() else text[:1].lower() + text[1:]
    ask = rng.choice(_ASKS_FRAMES).format(q=body)
    if ask[-1] not in "?.!":
        ask += "?" if ask.endswith(" ạ") else " ạ?"
    parts.append(ask[:1].upper() + ask[1:])
    if rng.random() < 0.5:
        parts.append(rng.choice(_CLOSINGS))
    if form == "letter":
        return " ".join(parts), None
    # One sentence: «Dạ em chào anh chị ạ, em là Lan …, em muốn hỏi là … ạ? Em cảm ơn ạ.»
    joined = parts[0].rstrip(".")
    for p in parts[1:]:
        joined += (" " if joined.endswith(("?", "!")) else ", ") + p.rstrip(".")
    joined = re.sub(r", ([A-ZĐ])(?=[a-zà-ỹ])", lambda m: ", " + m.group(1).lower(), joined)
    if form == "sentence":
        return joined, None
    said = voice(joined, rng)
    return (said if said != joined else text), None


# ---------------------------------------------------------------- places (2025 map)

_FORMER_TO_CURRENT = {province_key(f): cur for cur, fs in MERGERS_2025.items() for f in fs
                      if province_key(f) != province_key(cur)}


def _name_pattern(name: str) -> re.Pattern[str]:
    forms = {name, strip_diacritics(name)}
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                      + r")(?!\w)", re.IGNORECASE)


def place_variants(text: str, where: list[str]) -> Iterator[tuple[str, bool]]:
    """A merged province said by its other name, and whether the new question is broader. `where` holds
    the folded province (or venue) texts of the expected classes: a current name becomes the former
    province the classes lie in (as narrow as before); a former name becomes the current province, which
    holds the classes too but also others (broader: the expected class must be on the first page, not
    first). A former name said as such («Quảng Nam (cũ)») is left alone."""
    plain = strip_diacritics(text) != text
    if re.search(r"\b(?:cũ|cu)\b", text, re.IGNORECASE):
        return
    for cur, formers in MERGERS_2025.items():
        for former in formers:
            if province_key(former) == province_key(cur):
                continue
            pat_cur, pat_old = _name_pattern(cur), _name_pattern(former)
            if pat_old.search(text):
                new = cur if plain else strip_diacritics(cur)
                yield pat_old.sub(new, text), True
            elif pat_cur.search(text) and where and all(province_key(former) in w for w in where):
                new = former if plain else strip_diacritics(former)
                yield pat_cur.sub(new, text), False


# ---------------------------------------------------------------- off-topic probes

# Union words around matters the bot has no classes or records for: it must not answer them with one.
PROBE_SUBJECTS = ("công đoàn cơ sở", "đoàn viên", "chủ tịch công đoàn", "cán bộ công đoàn", "người lao động",
                  "LĐLĐ tỉnh")
PROBE_MATTERS = (
    "đoàn phí đóng bao nhiêu một tháng", "mức đóng BHXH năm nay là bao nhiêu", "lương tối thiểu vùng tăng bao nhiêu",
    "chế độ thai sản được mấy tháng", "quà Tết năm nay được bao nhiêu tiền", "thủ tục kết nạp đoàn viên cần giấy tờ gì",
    "phụ cấp trách nhiệm được bao nhiêu", "nghỉ phép năm được mấy ngày", "trợ cấp ốm đau tính thế nào",
    "tiền thưởng cuối năm chia thế nào",
)
PROBE_FRAMES = ("{m} cho {s}?", "{s} {m} vậy ad", "cho em hỏi {s} {m}", "{m} ({s})")


def offtopic_probes() -> list[str]:
    rng = random.Random(7)
    out = []
    for i, matter in enumerate(PROBE_MATTERS):
        for j, frame in enumerate(PROBE_FRAMES):
            subject = PROBE_SUBJECTS[(i + j) % len(PROBE_SUBJECTS)]
            out.append(frame.format(m=matter, s=subject))
    rng.shuffle(out)
    return out


# ---------------------------------------------------------------- scoring

@dataclass(slots=True)
class Family:
    n: int = 0
    before: int = 0
    after: int = 0
    broken: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, was: bool, now: bool, miss: dict[str, Any]) -> None:
        self.n += 1
        self.before += was
        self.after += now
        if was and not now:
            self.broken += 1
            self.misses.append(miss)

    def row(self, name: str) -> list[Any]:
        def pct(k: int, d: int) -> float | str:
            return round(100.0 * k / d, 1) if d else ""

        return [name, self.n, pct(self.before, self.n), pct(self.after, self.n), pct(self.broken, self.before)]


def _rng(*parts: object) -> random.Random:
    return random.Random("|".join(map(str, parts)))


def _right(q: dict[str, Any], ask: Answerer) -> bool:
    tallies = score([q], ask)
    return sum(t.top1 for t in tallies.values()) == 1 and tallies["off_topic"].n == 0


def _expected_where(q: dict[str, Any], qa: Any) -> list[str]:
    """The folded province and venue of each expected class (for the place family)."""
    from knowledge.text import fold

    out = []
    for code in q.get("expect") or ():
        pos = qa.courses.by_code.get(fold(str(code)))
        if pos is None:
            return []
        c = qa.courses.courses[pos]
        out.append(" ".join(fold(x or "").replace("-", " ") for x in (c.province, c.venue, c.organiser_name)))
    return out


def run_set(data_dir: Path, fams: dict[str, Family], offtopic: Family, dialogue_fams: dict[str, Family]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        loaded = load_dataset(data_dir, Path(tmp))
        ask, qa = engine_answerer(loaded.url)
        questions = read_jsonl(data_dir / "questions_dev.jsonl")
        dialogues = read_jsonl(data_dir / "dialogues_dev.jsonl")
        for q in questions:
            qid = q.get("id")
            if q.get("kind") in ("off_topic", "offtopic"):
                for name, fn in FAMILIES.items():
                    text = fn(q["q"], _rng(qid, name))
                    if text != q["q"]:
                        _codes, confident, _ = ask(text, q.get("profile"))
                        offtopic.add(True, not confident, {"set": data_dir.name, "q": text, "family": name})
                text, long_profile = zalo_long(q, _rng(qid, "zalo_long"))
                _codes, confident, _ = ask(text, long_profile)
                offtopic.add(True, not confident, {"set": data_dir.name, "q": text, "family": "zalo_long"})
                continue
            base = _right(q, ask)
            variants: list[tuple[str, str]] = []
            for name, fn in FAMILIES.items():
                for k in range(2 if name in ("typo", "teencode", "filler") else 1):
                    variants.append((name, fn(q["q"], _rng(qid, name, k))))
            for form in ZALO_FORMS:
                long_text, long_profile = zalo_long(q, _rng(qid, "zalo_long", form), form)
                if long_text == q["q"]:
                    continue
                fams.setdefault("zalo_long", Family()).add(base, _right({**q, "q": long_text, "profile": long_profile},
                                                                        ask), {
                    "set": data_dir.name, "id": qid, "q": q["q"], "variant": long_text, "want": q.get("expect"),
                    "profile": q.get("profile")})
            broader: set[str] = set()
            if q.get("kind") == "course":
                for text, broad in place_variants(q["q"], _expected_where(q, qa)):
                    variants.append(("place", text))
                    if broad:
                        broader.add(text)
            for name, text in variants:
                if text == q["q"]:
                    continue
                if text in broader:
                    codes, _, _ = ask(text, q.get("profile"))
                    now_ok = any(c in (q.get("expect") or ()) for c in codes[:PAGE])
                else:
                    now_ok = _right({**q, "q": text}, ask)
                fams.setdefault(name, Family()).add(base, now_ok, {
                    "set": data_dir.name, "id": qid, "q": q["q"], "variant": text, "want": q.get("expect")})
        base_turns = _turns(dialogues, qa)
        for name, fn in FAMILIES.items():
            changed = [{**d, "turns": [{**t, "q": fn(t["q"], _rng(d.get("id"), i, name))}
                                       for i, t in enumerate(d.get("turns") or [])]} for d in dialogues]
            after = _turns(changed, qa)
            fam = dialogue_fams.setdefault(name, Family())
            for key, was in base_turns.items():
                d_id, i = key
                text = changed_turn(changed, d_id, i)
                fam.add(was, after[key], {"set": data_dir.name, "dialogue": d_id, "turn": i, "variant": text})
        # The opening message of a conversation is the long one; the follow-ups stay short (the profile stays).
        opened = [{**d, "turns": [{**t, "q": zalo_long({"q": t["q"], "profile": d.get("profile")},
                                                      _rng(d.get("id"), "zalo_long"))[0] if i == 0 else t["q"]}
                                  for i, t in enumerate(d.get("turns") or [])]} for d in dialogues]
        after = _turns(opened, qa)
        fam = dialogue_fams.setdefault("zalo_long", Family())
        for key, was in base_turns.items():
            d_id, i = key
            fam.add(was, after[key], {"set": data_dir.name, "dialogue": d_id, "turn": i,
                                      "variant": changed_turn(opened, d_id, i)})
        probes = offtopic_probes()
        for p in probes:
            for name, text in (("plain", p), ("nodiac", strip_diacritics(p)), ("teencode", teencode(p, _rng(p)))):
                _codes, confident, _ = ask(text, None)
                offtopic.add(True, not confident, {"set": data_dir.name, "q": text, "family": f"probe-{name}",
                                                   "got": _codes[:1]})
        qa.release()


def changed_turn(dialogues: list[dict[str, Any]], d_id: Any, i: int) -> str:
    d = next(d for d in dialogues if d.get("id") == d_id)
    return str(d["turns"][i]["q"])


def _turns(dialogues: list[dict[str, Any]], qa: Any) -> dict[tuple[Any, int], bool]:
    """Each turn right or not, keyed by (dialogue, turn position)."""
    out: dict[tuple[Any, int], bool] = {}
    for d in dialogues:
        t = run_dialogues([d], qa)
        wrong = {m["q"] for m in t.misses}
        for i, turn in enumerate(d.get("turns") or []):
            out[(d.get("id"), i)] = turn["q"] not in wrong
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--set", dest="sets", type=Path, action="append",
                   help="a held-out directory with courses.csv and the dev halves (repeatable; default both)")
    p.add_argument("--misses", default="", help="print the items a family breaks (a family name, or 'all')")
    args = p.parse_args(argv)
    sets = args.sets or list(DEFAULT_SETS)
    fams: dict[str, Family] = {}
    dfams: dict[str, Family] = {}
    offtopic = Family()
    for s in sets:
        if any(part == "test" for part in s.parts):
            raise SystemExit("the reported test halves are never used here")
        run_set(s, fams, offtopic, dfams)
    print(f"# Robustness on the dev halves ({', '.join(map(str, sets))}); now {NOW:%d/%m/%Y %H:%M}\n")
    print("## Questions (courses, targets, facts)\n")
    print(md_table(["family", "items", "right before %", "right after %", "broken %"],
                   [f.row(n) for n, f in fams.items()]))
    print("\n## Dialogue turns (every turn of every dialogue changed)\n")
    print(md_table(["family", "turns", "right before %", "right after %", "broken %"],
                   [f.row(n) for n, f in dfams.items()]))
    fp = offtopic.n - offtopic.after
    print(f"\n## Off-topic (dev off-topic changed, and {len(offtopic_probes())} probes × 3 spellings per set)\n")
    print(f"confident answers: {fp}/{offtopic.n} = {100.0 * fp / max(1, offtopic.n):.1f}% (target ≤ 2%)")
    if args.misses:
        for name, f in [*fams.items(), *(("dialogue-" + n, f) for n, f in dfams.items()), ("offtopic", offtopic)]:
            if args.misses in ("all", name, name.removeprefix("dialogue-")):
                for m in f.misses:
                    print(name, json.dumps(m, ensure_ascii=False), file=sys.stderr)
    out = {"questions": {n: f.row(n)[1:] for n, f in fams.items()},
           "dialogues": {n: f.row(n)[1:] for n, f in dfams.items()},
           "offtopic": {"n": offtopic.n, "confident": fp}}
    print(f"\nWrote {write_json('robustness.json', out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
