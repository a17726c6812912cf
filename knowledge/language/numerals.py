"""Numbers said in words, as a phone's voice typing writes them down («năm hai nghìn không trăm mười sáu»,
«chương trình số một nghìn bốn trăm sáu mươi tư», «tám mươi lăm phẩy bốn phần trăm», «bậc ba tương
đương bê một»), written as the figures a record prints (2016, 1464, 85,4, bậc 3, B1).

Only what cannot be read another way is rewritten: a run of number words holding a multiplier (mười,
mươi, chục, trăm, nghìn, ngàn, triệu, tỷ) or a decimal comma («phẩy»); a lone digit word only after a word
that numbers what follows it («bậc ba», «đợt hai», «tháng tư», «mồng bốn»), and a letter said before a digit
as a level («bê một»). «năm» (year), «ba» (father), «không» (no), «một» (a) and «tư» (private) alone stay
words. Words typed with their marks only: without them «sau» (after), «tu» (from), «muoi» (salt) and «tram»
(station) are other words. Pure function, no database.
"""

from __future__ import annotations

import re

_DIGIT = {"không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
          "chín": 9}
# After «mươi»/«mười» a unit is said its own way: «hai mươi mốt», «ba mươi tư», «mười lăm». «năm» there is
# a year («hai mươi năm», «mười năm» are spans of time), so 5 is only «lăm»/«nhăm».
_UNIT_AFTER_TENS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "nhăm": 5, "sáu": 6,
                    "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_UNIT_AFTER_ZERO_TENS = {**{k: v for k, v in _DIGIT.items() if v}, "tư": 4}  # «một trăm linh bốn/tư»
_TENS = frozenset({"mươi", "chục"})
_ZERO_TENS = frozenset({"linh", "lẻ"})
_SCALES = {"nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
# Said after a figure, the large scales stay words, as the articles write them («2,1 tỷ đồng»).
_KEPT_SCALES = frozenset({"triệu", "tỷ", "tỉ"})
_MULTIPLIERS = frozenset({"mười", "mươi", "chục", "trăm", *_SCALES})
_DECIMAL = "phẩy"
# Words that number the word after them: a lone digit word there is the digit.
_NUMBERING_HEADS = frozenset({"bậc", "đợt", "hạng", "tháng", "mồng", "mùng"})
_MONTH_ONLY = {"tư": 4, "giêng": 1, "chạp": 12}  # «tháng tư», «tháng giêng», «tháng chạp»
# A level said by its letter: «bê một» (B1), «a hai» (A2), «xê một» (C1).
_LETTERS = {"bê": "B", "xê": "C", "cê": "C"}
_LEVEL_A_AFTER = frozenset({"đương", "độ", "chỉ", "hạng", "bằng", "ngữ", "anh", "bậc", "trình"})

_FIGURES_COMMA = re.compile(r"(?<![\w,.])(\d+) phẩy (\d+)(?![\w,.])", re.IGNORECASE)
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?:;\n]\s*$")


def _below_thousand(words: list[str], i: int) -> tuple[int, int, bool]:
    """A number under 1000 said from words[i]: (value, next index, whether it held a multiplier). Nothing
    read gives next index == i."""
    n = len(words)
    value, j, multiplied = 0, i, False
    if j + 1 < n and words[j] in _DIGIT and words[j + 1] == "trăm":
        value, j, multiplied = _DIGIT[words[j]] * 100, j + 2, True
        if j + 1 < n and words[j] in _ZERO_TENS and words[j + 1] in _UNIT_AFTER_ZERO_TENS:
            return value + _UNIT_AFTER_ZERO_TENS[words[j + 1]], j + 2, True
    if j < n and words[j] == "mười":
        value, j, multiplied = value + 10, j + 1, True
        if j < n and words[j] in _UNIT_AFTER_TENS and words[j] not in ("một", "mốt"):
            value, j = value + _UNIT_AFTER_TENS[words[j]], j + 1
        elif j < n and words[j] == "một":
            value, j = value + 1, j + 1  # «mười một» is 11
        return value, j, multiplied
    if j + 1 < n and words[j] in _DIGIT and _DIGIT[words[j]] >= 2 and words[j + 1] in _TENS:
        value, j, multiplied = value + _DIGIT[words[j]] * 10, j + 2, True
        if j < n and words[j] in _UNIT_AFTER_TENS:
            value, j = value + _UNIT_AFTER_TENS[words[j]], j + 1
        return value, j, multiplied
    if j == i and j < n and words[j] in _DIGIT:
        return _DIGIT[words[j]], j + 1, False
    return value, j, multiplied


def _number(words: list[str], i: int) -> tuple[int, int, bool, str]:
    """A whole number said from words[i]: (value, next index, whether it held a multiplier, a large scale
    word left as a word, e.g. «tỷ»)."""
    total, j, multiplied = 0, i, False
    while True:
        part, k, mult = _below_thousand(words, j)
        if k == j:
            break
        if k < len(words) and words[k] in _SCALES:
            scale = _SCALES[words[k]]
            if words[k] in _KEPT_SCALES and total == 0 and not (k + 1 < len(words) and _starts_number(words, k + 1)):
                return part, k, True, words[k]
            total, j, multiplied = total + part * scale, k + 1, True
            continue
        total, j, multiplied = total + part, k, multiplied or mult
        break
    return total, j, multiplied, ""


def _starts_number(words: list[str], i: int) -> bool:
    return words[i] in _DIGIT or words[i] == "mười"


def _digits_after_comma(words: list[str], i: int) -> tuple[str, int]:
    """The part after «phẩy»: a number («hai mươi ba») or digits said one by one («hai ba»)."""
    value, j, multiplied, _ = _number(words, i)
    if j > i and multiplied:
        return str(value), j
    out = ""
    while i < len(words) and words[i] in _DIGIT:
        out, i = out + str(_DIGIT[words[i]]), i + 1
    return out, i


def spell_digits(text: str) -> str:
    """`text` with the numbers it says in words written in figures (see the module's note); text with no
    number word comes back unchanged."""
    # A decimal whose parts are already figures («85 phẩy 4», as another reading of speech leaves it).
    text = _FIGURES_COMMA.sub(r"\1,\2", text)
    pieces = _TOKEN.findall(text)
    word_at = [k for k, p in enumerate(pieces) if p[0].isalnum() or p[0] == "_"]
    words = [pieces[k].lower() for k in word_at]
    if not any(w in _MULTIPLIERS or w in _NUMBERING_HEADS or w in _LETTERS or w in (_DECIMAL, "a") for w in words):
        return text
    out: dict[int, str] = {}  # word index -> replacement of the run starting there
    ends: dict[int, int] = {}
    i = 0
    while i < len(words):
        w = words[i]
        if not _plain_word(pieces, word_at, i):
            i += 1
            continue
        prev = words[i - 1] if i else ""
        if w in _LETTERS and i + 1 < len(words) and words[i + 1] in _DIGIT and _DIGIT[words[i + 1]] > 0:
            out[i], ends[i] = _LETTERS[w] + str(_DIGIT[words[i + 1]]), i + 2
            i += 2
            continue
        if (w == "a" and prev in _LEVEL_A_AFTER and i + 1 < len(words) and words[i + 1] in _DIGIT
                and 0 < _DIGIT[words[i + 1]] <= 2):
            out[i], ends[i] = "A" + str(_DIGIT[words[i + 1]]), i + 2
            i += 2
            continue
        if prev == "tháng" and w in _MONTH_ONLY:
            out[i], ends[i] = str(_MONTH_ONLY[w]), i + 1
            i += 1
            continue
        if _starts_number(words, i):
            value, j, multiplied, scale = _number(words, i)
            said = str(value)
            if not scale and j + 1 < len(words) and words[j] == _DECIMAL:
                frac, k = _digits_after_comma(words, j + 1)
                if frac:
                    said, j, multiplied = f"{value},{frac}", k, True
                    if k < len(words) and words[k] in _KEPT_SCALES:
                        scale = words[k]
                        j = k + 1
            elif scale:
                j += 1
            if multiplied and all(_plain_word(pieces, word_at, x) for x in range(i, j)):
                out[i], ends[i] = said + (f" {scale}" if scale else ""), j
                i = j
                continue
            # «ngày tháng năm (sinh)» is a date's three parts, no May.
            date_parts = prev == "tháng" and w == "năm" and i >= 2 and words[i - 2] == "ngày"
            if prev in _NUMBERING_HEADS and j == i + 1 and value > 0 and not date_parts:
                out[i], ends[i] = said, j
            i = max(j, i + 1)
            continue
        i += 1
    if not out:
        return text
    result: list[str] = []
    k = 0
    skip_to = -1
    for wi, pos in enumerate(word_at):
        if wi < skip_to:
            continue
        if wi in out:
            result.append("".join(pieces[k:pos]))
            result.append(out[wi])
            last = word_at[ends[wi] - 1]
            k = last + 1
            skip_to = ends[wi]
    result.append("".join(pieces[k:]))
    return "".join(result)


def _plain_word(pieces: list[str], word_at: list[int], i: int) -> bool:
    """A word that may be a number word: not a name in capitals mid-sentence («anh Mười», «chị Tư»), and
    joined to the word before by a space only (a hyphen or a slash makes it part of a code)."""
    k = word_at[i]
    piece = pieces[k]
    if k and pieces[k - 1] in ("-", "/"):
        return False
    if piece[:1].isupper():
        before = "".join(pieces[:k])
        if before.strip() and not _SENTENCE_END.search(before):
            return False
    return True
