"""Dictated messages: numbers said in words, and the fillers of speech.

Chairs dictate on their phones, and speech-to-text writes what it hears: full diacritics, no punctuation,
numbers in words («lớp ngày mười lăm tháng mười hai», «quý một năm sau», «năm hai không hai bảy», «đợt hai»,
«học mấy ngày ba mươi người»), with the fillers of speech («ờ», «kiểu như là»). The engine reads numbers as
digits, so `spoken_numbers` writes a number said in words as digits where the words around it make it
one, and leaves the same words alone elsewhere: «năm» is a year as often as five, «một số» is «some»,
«ba» may be a father, «tư» opens «tư vấn», «Mười» may be a name, and «thứ hai» alone is a Monday.
What the articles print is written as they print it: a decimal said with «phẩy» («tám mươi lăm phẩy bốn» is
85,4), «triệu»/«tỷ» kept as words after a figure («hai phẩy một tỷ» is «2,1 tỷ»), a level said by its
letter («bậc ba tương đương bê một» is «bậc 3 tương đương B1»), «phần trăm» kept as words (the cue of a share
question; «%» folds away). A number joined to a code by a hyphen or a slash («HN-hai mươi») stays.

This is the one reader of spoken numbers: the engine applies it where a message comes in
(`QAEngine.answer`, `QAEngine.read`, `answer_in_context`), never to the records, and logs the message as sent.

Typed without marks, the words are read only inside a date said in full (`_plain_dates`): a chair who types
«ngay muoi chin thang muoi hai» or «thang muoi mot nam hai khong hai bay» means 19/12 and 11/2027, but plain
«nam», «sau», «mot», «ba» are as often «Nam» (a place, a name), «sau» (after: «tháng sau»), «mốt» («ngày mốt»,
the day after tomorrow) or a father, so a plain word is a number only between «ngày … tháng …» or before «năm»
and a year, never alone, but for the months no other word is typed as after «thang» («thang ba», «thang tu»,
«thang hai», see `_MONTH_ALONE`). Pure function over text; nothing here touches
the database.
"""

from __future__ import annotations

import re
import unicodedata

from knowledge.lexicon import ROLES, TOPICS
from knowledge.text import fold

_WORD = re.compile(r"\w+", re.UNICODE)

_DIGITS = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
           "chín": 9}
# A unit after «mươi»: «hai mươi mốt», «hai mươi tư», «ba mươi lăm».
_AFTER_TENS = {**_DIGITS, "mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5}
_AFTER_TEN = {**{k: v for k, v in _DIGITS.items() if v}, "lăm": 5, "nhăm": 5}  # «mười một», «mười lăm»
_AFTER_ZERO_TENS = {**{k: v for k, v in _DIGITS.items() if v}, "tư": 4}  # «một trăm linh bốn/tư»
_THOUSAND = frozenset({"nghìn", "ngàn"})
_ZERO_TENS = frozenset({"linh", "lẻ", "không"})  # «một trăm linh năm», «hai nghìn không trăm…»
# Said after a figure, the large scales stay words, as the articles write them («2,1 tỷ đồng»).
_BIG_SCALES = {"triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
_DECIMAL = "phẩy"
# A level said by its letter: «bê một» (B1), «xê một» (C1); «a hai» (A2) only after a word of levels, as «a»
# is a word of its own elsewhere.
_LETTERS = {"bê": "B", "xê": "C", "cê": "C"}
_LEVEL_A_AFTER = frozenset({"đương", "độ", "chỉ", "hạng", "bằng", "ngữ", "anh", "bậc", "trình"})

# What follows a count («hai ngày», «ba mươi người», «năm mươi phần trăm»).
_COUNTED = frozenset({
    "ngày", "người", "giờ", "buổi", "tuần", "tháng", "khóa", "khoá", "đợt", "lượt", "chỗ", "suất", "tiết",
    "tiếng", "học", "đoàn", "cán", "chủ", "phút", "đồng", "triệu", "nghìn", "ngàn", "trăm", "phần", "công", "lao",
    "cuốn", "bài", "môn", "chuyên", "nội", "doanh", "đơn", "cơ",
})
# «học viên», «đoàn viên», «cán bộ», «phần trăm»: the two-word counted things (the first word must be followed
# by the second: «hai học» is no count, «hai học viên» is).
_COUNTED_PAIRS = {"học": frozenset({"viên", "sinh"}), "đoàn": frozenset({"viên"}), "cán": frozenset({"bộ"}),
                  "chủ": frozenset({"tịch"}), "phần": frozenset({"trăm"}), "công": frozenset({"nhân", "đoàn"}),
                  "lao": frozenset({"động"}), "chuyên": frozenset({"đề"}), "nội": frozenset({"dung"}),
                  "doanh": frozenset({"nghiệp"}), "đơn": frozenset({"vị"}), "cơ": frozenset({"sở"})}
# «năm nay», «năm sau»: «năm» opens a period there, it counts nothing.
_YEAR_WORDS = frozenset({"nay", "sau", "tới", "trước", "ngoái", "kia", "qua", "đó", "này", "rồi", "học", "mới", "sắp",
                         "ấy", "đấy", "tài", "kế", "hiện"})
# «mười năm trước», «mười năm qua»: a span of years reaching from or to now.
_YEARS_SPAN = frozenset({"trước", "qua", "tới", "nữa", "rồi", "sau"})
# «tư vấn», «tư pháp», «tư cách»: «tư» is a word of its own there.
_TU_WORDS = frozenset({"vấn", "pháp", "cách", "nhân", "liệu", "duy", "tưởng", "thế", "bản", "hữu", "thục", "lợi",
                       "trang", "chất", "lệnh", "sản", "gia", "thương", "vị"})
# Who is addressed by a number-like name («anh Ba», «chị Mười», «cô Năm»): a name, never a number.
_KIN = frozenset({"anh", "chị", "em", "cô", "chú", "bác", "ông", "bà", "dì", "cậu", "mợ", "thím", "con", "út", "bé",
                  "ba", "má", "mẹ"})
# A class among those listed: «lớp thứ hai», «cái thứ ba», «đợt thứ hai» (alone, «thứ hai» is a Monday).
_ORDINAL_OF = frozenset({"lớp", "cái", "đợt", "khóa", "khoá", "buổi", "lần", "người", "chỗ", "mục", "dòng", "bài"})
# A batch or a round named by its number: «đợt hai», «khóa ba», «lần hai», «giai đoạn một».
_NUMBERED = frozenset({"đợt", "khóa", "khoá", "lần", "phần", "kỳ", "kì", "nhóm",  # «nhóm bốn» of ATVSLĐ training
                       "bậc", "hạng"})  # «bậc ba», «hạng hai»: a level
_MONTH_NAMES = {"giêng": 1, "chạp": 12}
# «ờ», «ừm» of speech; «ờ đâu», «ơ đâu» are «ở đâu» typed with the wrong mark, and stay.
_FILLERS = re.compile(r"(?<!\w)(?:(?:ờ+|ừ+|ừm+|ưm+|hừm+)(?!\s+(?:đâu|đây|đó|chỗ|tỉnh|huyện|xã|phường|tại|bên|trên|"
                      r"trường|khu|thành|tp|hà|hải|bắc|nam|quảng|đà|cần|thái|lạng|sóc)\b)|kiểu như là|kiểu như|thì là"
                      # «à» between words is a pause («cử người đi à học»); closing a question it is a particle
                      r"|(?<=\w\s)à(?=\s+\w))"
                      r"(?!\w)(?:\s*,)?", re.IGNORECASE)


def _below_thousand(words: list[str], i: int) -> tuple[int, int] | None:
    """A number below a thousand said from words[i]: (value, index after it)."""
    n = len(words)
    value = 0
    j = i
    if j + 1 < n and words[j] in _DIGITS and words[j + 1] == "trăm":
        value, j = _DIGITS[words[j]] * 100, j + 2
        if j + 1 < n and words[j] in _ZERO_TENS and words[j + 1] in _AFTER_ZERO_TENS:
            return value + _AFTER_ZERO_TENS[words[j + 1]], j + 2
        if j + 1 < n and words[j] == "không" and words[j + 1] == "trăm":  # never said after a hundred
            return value, j
    if j < n and words[j] == "mười":
        # Fifteen is «mười lăm»: «mười năm» is ten years.
        if j + 1 < n and words[j + 1] in _AFTER_TEN and words[j + 1] != "năm":
            return value + 10 + _AFTER_TEN[words[j + 1]], j + 2
        return value + 10, j + 1
    if j + 1 < n and words[j] in _DIGITS and _DIGITS[words[j]] >= 1 and words[j + 1] in ("mươi", "chục"):
        value += _DIGITS[words[j]] * 10
        j += 2
        # After «mươi» five is «lăm»: «hai mươi năm» is twenty years, unless what is counted follows.
        if (j < n and words[j] in _AFTER_TENS and _AFTER_TENS[words[j]] and words[j - 1] == "mươi"
                and (words[j] != "năm" or _counts(words, j + 1))):
            return value + _AFTER_TENS[words[j]], j + 1
        return value, j
    if j > i:
        return value, j  # «hai trăm»
    if j < n and words[j] in _DIGITS:
        return _DIGITS[words[j]], j + 1
    return None


def parse_number(words: list[str], i: int) -> tuple[int, int, bool] | None:
    """A number said from words[i] (lower case, NFC): (value, index after it, said in several words)."""
    n = len(words)
    # A year read digit by digit: «hai không hai bảy», «một chín chín lăm».
    seq = words[i:i + 4]
    if len(seq) == 4 and all(w in _DIGITS or (k and w in ("lăm", "mốt", "tư")) for k, w in enumerate(seq)):
        digits = "".join(str(_AFTER_TENS[w]) for w in seq)
        if digits.startswith(("20", "19")):
            return int(digits), i + 4, True
    if words[i:i + 2] in (["hai", "không"], ["một", "chín"]):
        # A year read in two pairs: «hai không mười sáu» (2016), «hai không hai mươi» (2020), «một chín chín
        # mươi» (1990): the century, then the year within it said as a number.
        within = _below_thousand(words, i + 2)
        if within is not None and 10 <= within[0] <= 99 and within[1] > i + 2 and not _counts(words, within[1]):
            return (2000 if words[i] == "hai" else 1900) + within[0], within[1], True
    first = _below_thousand(words, i)
    if first is None:
        return None
    value, j = first
    if j < n and words[j] in _THOUSAND and value:
        value *= 1000
        j += 1
        rest: tuple[int, int] | None = None
        if j + 1 < n and (words[j] in _ZERO_TENS or words[j:j + 2] == ["không", "trăm"]):
            # «hai nghìn không trăm hai mươi sáu», «hai nghìn lẻ năm»
            rest = _below_thousand(words, j + 2) if words[j + 1] == "trăm" else (
                (_AFTER_TEN[words[j + 1]], j + 2) if words[j + 1] in _AFTER_TEN else None)
        elif j < n and words[j] != "không" and _single_ok(words[j], words, j + 1):
            rest = _below_thousand(words, j)
        if rest is not None:
            value, j = value + rest[0], rest[1]
    return value, j, j - i > 1


def _word_after(words: list[str], j: int) -> str:
    return words[j] if j < len(words) else ""


def _counts(words: list[str], j: int) -> bool:
    """Whether words[j:] name what a number before them counts («ngày», «học viên», «phần trăm»)."""
    w = _word_after(words, j)
    if w not in _COUNTED:
        return False
    pair = _COUNTED_PAIRS.get(w)
    return pair is None or _word_after(words, j + 1) in pair


def _single_ok(word: str, words: list[str], j: int) -> bool:
    """Whether a number said in one word may be read as one here (the guards of «năm nay», «tư vấn»)."""
    after = _word_after(words, j)
    if word == "năm" and after in _YEAR_WORDS:
        return False
    return not (word == "tư" and after in _TU_WORDS)


def _after_comma(words: list[str], i: int) -> tuple[str, int]:
    """The part after «phẩy»: a number («hai mươi ba») or digits said one by one («hai ba»); "" if none."""
    below = _below_thousand(words, i)
    if below is not None and below[1] > i + 1:
        return str(below[0]), below[1]
    out = ""
    while i < len(words) and words[i] in _DIGITS:
        out, i = out + str(_DIGITS[words[i]]), i + 1
    return out, i


def _figure(words: list[str], i: int) -> tuple[str, int, bool] | None:
    """A figure said from words[i] as the articles print it: (text, index after it, said in several words),
    with its decimal part («phẩy») and a large scale kept as a word («2,1 tỷ»)."""
    p = parse_number(words, i)
    if p is None:
        return None
    value, j, several = p
    n = len(words)
    said = str(value)
    if j + 1 < n and words[j] == _DECIMAL:
        frac, k = _after_comma(words, j + 1)
        if frac:
            said, j, several = f"{value},{frac}", k, True
    if j < n and words[j] in _BIG_SCALES and said != "0":
        scale = _BIG_SCALES[words[j]]
        rest = parse_number(words, j + 1) if "," not in said and j + 1 < n else None
        if rest is not None and rest[2] and rest[0] < scale:  # «hai triệu ba trăm nghìn»
            return str(value * scale + rest[0]), rest[1], True
        return f"{said} {words[j]}", j + 1, True
    return said, j, several


def _read(words: list[str], joined: list[bool]) -> list[tuple[int, int, str]]:
    """The spans (start, end, digits) of `words` that are numbers said in words; `joined[i]`: words[i] is
    tied to the word before by a hyphen or a slash (a part of a code, never read)."""
    out: list[tuple[int, int, str]] = []
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        prev = words[i - 1] if i else ""
        nxt = i + 1
        got: tuple[int, int, str] | None = None
        if nxt < n and joined[nxt]:
            i += 1
            continue
        if w in _LETTERS and nxt < n and _DIGITS.get(words[nxt], 0) > 0:
            got = (i, nxt + 1, _LETTERS[w] + str(_DIGITS[words[nxt]]))
        elif w == "a" and prev in _LEVEL_A_AFTER and nxt < n and 0 < _DIGITS.get(words[nxt], 0) <= 2:
            got = (i, nxt + 1, "A" + str(_DIGITS[words[nxt]]))
        elif w == "tháng" and nxt < n and prev == "ngày" and words[nxt] == "năm":
            pass  # «ngày tháng năm (sinh)» names a date's three parts: no May
        elif w == "tháng" and nxt < n:
            if words[nxt] in _MONTH_NAMES:
                got = (nxt, nxt + 1, str(_MONTH_NAMES[words[nxt]]))
            elif words[nxt] == "tư" and _single_ok("tư", words, nxt + 1):
                got = (nxt, nxt + 1, "4")
            else:
                p = parse_number(words, nxt)
                if p is not None and 1 <= p[0] <= 12 and (p[2] or _single_ok(words[nxt], words, p[1])):
                    got = (nxt, p[1], str(p[0]))
        elif w == "quý" and nxt < n:
            if words[nxt] == "tư" and _single_ok("tư", words, nxt + 1):
                got = (nxt, nxt + 1, "4")
            else:
                p = parse_number(words, nxt)
                if p is not None and 1 <= p[0] <= 4 and not p[2] and _single_ok(words[nxt], words, p[1]):
                    got = (nxt, p[1], str(p[0]))
        elif w == "năm" and nxt < n and prev not in _KIN:
            p = parse_number(words, nxt)
            if p is not None and 1990 <= p[0] <= 2100:
                got = (nxt, p[1], str(p[0]))
        elif w in ("ngày", "mùng", "mồng") and nxt < n:
            p = parse_number(words, nxt)
            if (p is not None and 1 <= p[0] <= 31 and _single_ok(words[nxt], words, p[1])
                    and (p[2] or w != "ngày" or _word_after(words, p[1]) == "tháng")):
                got = (nxt, p[1], str(p[0]))
        elif (w in _NUMBERED or (w == "đoạn" and prev == "giai")) and nxt < n:
            p = parse_number(words, nxt)
            if p is not None and 1 <= p[0] <= 30 and _single_ok(words[nxt], words, p[1]):
                got = (nxt, p[1], str(p[0]))
        elif w == "thứ" and prev in _ORDINAL_OF and nxt < n and words[nxt] != "nhất":
            if words[nxt] == "tư":
                got = (nxt, nxt + 1, "4")
            else:
                p = parse_number(words, nxt)
                if p is not None and 2 <= p[0] <= 30:
                    got = (nxt, p[1], str(p[0]))
        elif w == "lớp" and nxt < n and words[nxt] not in ("một", "năm", "tư", "không"):
            p = parse_number(words, nxt)
            if p is not None and 2 <= p[0] <= 30 and not p[2]:
                got = (nxt, p[1], str(p[0]))
        elif w == "số" and nxt < n and not joined[nxt]:
            f = _figure(words, nxt)
            if f is not None and f[2]:  # «chương trình số năm trăm hai mươi»; «một số», «số một» stay
                got = (nxt, f[1], f[0])
        if got is not None:
            out.append(got)
            i = got[1]
            continue
        if joined[i]:
            i += 1
            continue
        if w in _AFTER_TENS and prev not in _KIN and prev != "thứ":  # «thứ hai tuần sau» is a Monday
            f = _figure(words, i)
            if f is not None and (f[2] or (w not in ("mốt", "lăm", "nhăm", "không", "tư")
                                           and _single_ok(w, words, f[1]) and _counts(words, f[1]))):
                out.append((i, f[1], f[0]))
                i = f[1]
                continue
        elif w == "mười" and prev not in _KIN:
            f = _figure(words, i)
            # «mười năm trước»: ten years; «mười năm» alone may be a name's words, and is never fifteen.
            if f is not None and (f[2] or _counts(words, f[1])
                                  or (_word_after(words, f[1]) == "năm" and _word_after(words, f[1] + 1) in _YEARS_SPAN)):
                out.append((i, f[1], f[0]))
                i = f[1]
                continue
        i += 1
    return out


# The date said in full is written as the date it is: the period reader takes «ngày 15 tháng 12» for the month,
# «ngày 15/12» for the day.
_DATE_SAID = re.compile(r"(?<!\w)(ngày|mùng|mồng) (\d{1,2}) tháng (\d{1,2})(?: năm (\d{4}))?(?!\w)", re.IGNORECASE)
# A decimal whose parts are already figures («85 phẩy 4», as another reading of speech leaves it).
_FIGURES_COMMA = re.compile(r"(?<![\w,.])(\d+) phẩy (\d+)(?![\w,.])", re.IGNORECASE)
# The cheap look before the word-by-word reading: most messages say no number word and no filler.
_ANY = re.compile(r"(?<!\w)(?:" + "|".join(sorted(
    {*_AFTER_TENS, "mười", "mươi", "chục", "trăm", "nghìn", "ngàn", "giêng", "chạp", _DECIMAL, *_LETTERS,
     "ờ", "ừ", "ừm", "ưm", "hừm", "kiểu", "thì", "à"}, key=len, reverse=True)) + r")", re.IGNORECASE)
_JOINERS = frozenset("-/")


# A number word typed without its marks, as the marked word the readers above know. «muoi» is «mười» (ten) or
# «mươi» (the tens of «hai mươi»): which one is told by the word before it (`_marked_plain`).
_PLAIN_WORDS = {
    "khong": "không", "mot": "một", "hai": "hai", "ba": "ba", "bon": "bốn", "nam": "năm", "sau": "sáu",
    "bay": "bảy", "tam": "tám", "chin": "chín", "lam": "lăm", "nham": "nhăm", "tu": "tư", "muoi": "mười",
    "tram": "trăm", "nghin": "nghìn", "ngan": "ngàn", "linh": "linh", "le": "lẻ", "gieng": "giêng", "chap": "chạp",
    "ngay": "ngày", "mung": "mùng", "mong": "mồng", "thang": "tháng", "den": "đến", "toi": "tới",
}
# The cheap look for a plain date: a day, month or year word and a number word typed plain.
_PLAIN_ANY = re.compile(r"(?<!\w)(?:ngay|mung|mong|thang|nam|ngày|mùng|mồng|tháng|năm)(?!\w)", re.IGNORECASE)
_PLAIN_NUMBER_ANY = re.compile(r"(?<!\w)(?:" + "|".join(k for k in _PLAIN_WORDS if k not in (
    "ngay", "mung", "mong", "thang", "den", "toi")) + r")(?!\w)", re.IGNORECASE)


def _marked_plain(words: list[str]) -> list[str]:
    """`words` with each number or date word typed plain written with its marks (the others as they are)."""
    out: list[str] = []
    for w in words:
        m = _PLAIN_WORDS.get(w, w) if w.isascii() else w
        if w == "muoi" and out and _DIGITS.get(out[-1], 0) >= 1 and out[-1] != "một":
            m = "mươi"  # «hai muoi» is twenty; «muoi hai» twelve
        out.append(m)
    return out


def _plain_value(words: list[str], i: int) -> tuple[int, int] | None:
    """A number at words[i], in figures or in words: (value, index after it)."""
    if i < len(words) and words[i].isdigit() and len(words[i]) <= 4:
        return int(words[i]), i + 1
    p = parse_number(words, i)
    return (p[0], p[1]) if p is not None else None


def _plain_year(words: list[str], i: int) -> tuple[int, int] | None:
    """A year said at words[i] after «năm»: four digits said one by one, or in full («hai nghìn hai mươi bảy»)."""
    p = parse_number(words, i)
    if p is None or not p[2] or not 1990 <= p[0] <= 2100:
        return None
    return p[0], p[1]


# Words joining two months said as one span («tháng mười hai hoặc tháng một»), as `_marked_plain` writes them.
_MONTH_JOINERS = frozenset({"hoặc", "hoac", "hay", "và", "va", "với", "voi", "đến", "tới"})


# The months said in one word typed plain that are read alone («lop thang ba», «thang tu nay»): no other word is
# typed so after «thang». «sau» (next), «nam» («năm nay») need a day or a year. «hai» and «mot» are read too: in a
# question about classes «thang hai», «cac lop thang mot» are February and January far more often than a name or
# the southern «tháng mốt» (November, a month the plans ahead seldom reach).
_MONTH_ALONE = frozenset({"một", "hai", "ba", "tư", "bốn", "bảy", "tám", "chín"})


def _plain_month(words: list[str], i: int, after_day: bool) -> tuple[int, int] | None:
    """The month said at words[i] after «tháng»: (month, index after it), or None where the words are as likely
    other words: a month said in one word only before a year or after a day said («ngay hai thang ba»; «thang
    hai» alone may be a name), «tháng sau» (next month) and «tháng năm nay» never."""
    if i >= len(words):
        return None
    w = words[i]
    if w in _MONTH_NAMES:
        return _MONTH_NAMES[w], i + 1
    value = (4, i + 1) if w == "tư" else _plain_value(words, i)
    if value is None or not 1 <= value[0] <= 12:
        return None
    if value[1] - i > 1 or w == "mười" or w.isdigit():
        return value  # «muoi hai», «muoi»: no other words after «tháng»
    if _word_after(words, value[1]) == "năm" and _plain_year(words, value[1] + 1) is not None:
        return value
    if after_day and w != "sáu" and _single_ok(w, words, value[1]):
        return value
    # («con» opening the message is «còn»: «con thang ba» asks about March, no child's name.)
    if (w in _MONTH_ALONE and (i < 2 or words[i - 2] not in _KIN or (i == 2 and words[0] == "con"))
            and _single_ok(w, words, value[1])):
        return value  # «lop o tay ninh thang ba»: no other word reads «thang ba», unlike «thang sau», «thang nam»
    return None


def _plain_dates(words: list[str], plain: list[bool]) -> list[tuple[int, int, str]]:
    """The spans (start, end, digits) of a date said in words typed plain (`plain[i]`: words[i] was typed
    without marks): «ngày D tháng M (năm Y)», «ngày D đến ngày D2 tháng M», «tháng M năm Y», «năm Y»; at least
    one of the words read was typed plain (the marked ones are `_read`'s)."""
    out: list[tuple[int, int, str]] = []
    n = len(words)
    i = 0
    month_end = -9  # where the last month said ended: a second one joined to it («… hoặc tháng một») is a month

    def year_at(k: int) -> tuple[int, int] | None:
        if _word_after(words, k) != "năm":
            return None
        digits = words[k + 1] if k + 1 < n else ""
        if digits.isdigit() and len(digits) == 4:
            return None  # already in figures
        return _plain_year(words, k + 1)

    while i < n:
        w = words[i]
        found: list[tuple[int, int, str]] = []
        end = i + 1
        if w in ("ngày", "mùng", "mồng"):
            day = _plain_value(words, i + 1)
            if day is not None and 1 <= day[0] <= 31:
                days = [(i + 1, day[1], str(day[0]))]
                k = day[1]
                if _word_after(words, k) in ("đến", "tới"):
                    k2 = k + 1 + (_word_after(words, k + 1) == "ngày")
                    last = _plain_value(words, k2)
                    if last is not None and 1 <= last[0] <= 31 and _word_after(words, last[1]) == "tháng":
                        days.append((k2, last[1], str(last[0])))
                        k = last[1]
                if _word_after(words, k) == "tháng":
                    month = _plain_month(words, k + 1, after_day=True)
                    if month is not None:
                        found = [*days, (k + 1, month[1], str(month[0]))]
                        end = month[1]
        elif w == "tháng":
            joined = 0 < i - month_end <= 2 and words[i - 1] in _MONTH_JOINERS
            month = _plain_month(words, i + 1, after_day=joined)
            if month is not None:
                found = [(i + 1, month[1], str(month[0]))]
                end = month_end = month[1]
        elif w == "năm" and (i == 0 or words[i - 1] not in _KIN):
            year = _plain_year(words, i + 1)
            if year is not None:
                found = [(i + 1, year[1], str(year[0]))]
                end = year[1]
        if found and w != "năm":
            year = year_at(end)
            if year is not None:
                found.append((end + 1, year[1], str(year[0])))
                end = year[1]
        # Only spans said in words (figures stay as typed) with a word typed plain: the marked are read already.
        found = [f for f in found if not words[f[0]].isdigit()]
        if found and any(plain[k] for f in found for k in range(f[0], f[1])):
            out.extend(found)
            i = end
            continue
        i += 1
    return out


# A date said in full, typed plain, once its numbers are figures: written as the date it is, as `_DATE_SAID`.
_PLAIN_DATE_SAID = re.compile(r"(?<!\w)(ngay|mung|mong|ngày|mùng|mồng) (\d{1,2}) (?:thang|tháng) (\d{1,2})"
                              r"(?: (?:nam|năm) (\d{4}))?(?!\w)", re.IGNORECASE)


def _read_plain(text: str) -> str:
    """`text` with the dates said in words typed without marks written in figures (see `_plain_dates`)."""
    if _PLAIN_ANY.search(text) is None or _PLAIN_NUMBER_ANY.search(text) is None:
        return text
    matches = list(_WORD.finditer(text))
    typed = [m.group(0).lower() for m in matches]
    joined = [bool(m.start()) and text[m.start() - 1] in _JOINERS for m in matches]
    spans = [s for s in _plain_dates(_marked_plain(typed), [w.isascii() for w in typed])
             if not any(joined[k] for k in range(s[0], s[1]))]
    if not spans:
        return text
    pieces: list[str] = []
    pos = 0
    for start, end, digits in spans:
        pieces.append(text[pos:matches[start].start()])
        pieces.append(digits)
        pos = matches[end - 1].end()
    pieces.append(text[pos:])
    out = "".join(pieces)
    return _PLAIN_DATE_SAID.sub(lambda m: f"{m.group(1)} {m.group(2)}/{m.group(3)}"
                                + (f"/{m.group(4)}" if m.group(4) else ""), out)


# Two syllables of one word of the union's («kế toán», «công đoàn», «học viên»), folded: a dictated «cái» between
# them («kế cái toán») is a pause, not the word «cái».
_ONE_WORD_PAIRS = frozenset(
    pair for t in (*ROLES, *TOPICS) for phrase in (fold(t.label), *t.synonyms)
    for pair in zip(phrase.split(), phrase.split()[1:], strict=False)) | frozenset(
    {("bao", "nhieu"), ("dang", "ky"), ("hoc", "vien"), ("chi", "tieu"), ("cong", "doan"), ("tap", "huan"),
     ("boi", "duong")})
# «không trăm cái hai mươi lăm»: a «cái» inside a number said is a pause too.
_NUMBER_BEFORE = frozenset({"trăm", "nghìn", "ngàn", "mươi", "không", "linh", "lẻ"})
_NUMBER_AFTER = frozenset({"không", "một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi",
                           "lăm", "mốt", "linh", "lẻ"})
_CAI_BETWEEN = re.compile(r"(?i)(?<!\w)(\w+)\s+cái\s+(\w+)(?!\w)")


def _pause_cai(text: str) -> str:
    def put(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        if (fold(a), fold(b)) in _ONE_WORD_PAIRS or (a.lower() in _NUMBER_BEFORE and b.lower() in _NUMBER_AFTER):
            return f"{a} {b}"
        return m.group(0)
    return _CAI_BETWEEN.sub(put, text)


def spoken_numbers(text: str) -> str:
    """`text` with the numbers said in words written as digits where the words around them make them
    numbers, and the fillers of speech left out; `text` itself when there are none."""
    if not text:
        return text
    if text.isascii():
        return _read_plain(text)
    said = unicodedata.normalize("NFC", text)
    nfc = _pause_cai(said)
    if _ANY.search(nfc) is None:
        plain = _read_plain(nfc)  # «ngày muoi chin tháng 12»: marks on some words only
        return text if plain == said else plain
    out = _FIGURES_COMMA.sub(r"\1,\2", _pause_cai(_FILLERS.sub(" ", nfc)))
    matches = list(_WORD.finditer(out))
    words = [m.group(0).lower() for m in matches]
    joined = [bool(m.start()) and out[m.start() - 1] in _JOINERS for m in matches]
    spans = _read(words, joined)
    if spans:
        pieces: list[str] = []
        pos = 0
        for start, end, digits in spans:
            pieces.append(out[pos:matches[start].start()])
            pieces.append(digits)
            pos = matches[end - 1].end()
        pieces.append(out[pos:])
        out = "".join(pieces)
        out = _DATE_SAID.sub(lambda m: f"ngày {m.group(2)}/{m.group(3)}" + (f"/{m.group(4)}" if m.group(4) else ""),
                             out)
    out = _read_plain(out)
    if out == nfc:
        return text
    return re.sub(r"\s+", " ", out).strip()
