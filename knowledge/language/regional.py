"""Regional speech read as the standard words: chairs write as they speak.

A chair of Huế or Quảng Bình types «lớp mô» (nào), «học ở mô» (đâu), «thì răng» (sao), «rứa» (vậy), «chi» (gì),
«năm ni» (nay), «bên tê» (kia), «mần» (làm), «bựa ni» (hôm nay), «bao chừ» (bao giờ) and closes with «hỉ», «hè»,
«nờ» («không hè» is a plain «không»); one of the South «dzậy», «dị» (vậy), «hông», «hổng» (không), «nhen»,
«nghen» (nhé), «bển» (bên đó), a «ta» at the end; one of the North «nhở», «nhể» (nhỉ), «hử» (hả). Folded, those
words are others the engine reads: «hỉ» is the greeting «hi», «mô» the «mở» of «mở lớp», «răng» and «rứa» no
words at all. `standard_speech` writes them as the standard words where a message comes in (with
`spoken_numbers`), so every reader after it sees plain Vietnamese.

The same letters are often other words: «quy mô», «mô hình», «răng miệng», «mùa hè», «nghỉ hè», «chi phí»,
«chi bộ», «lỗ hổng», «dị ứng», and a place or a title of the data («xã Hoành Mô», «phường Cái Răng», «Củ Chi»,
«Chi Lăng»). A word is read as regional speech only where it stands as one: beside the words it goes with in
speech («lớp mô», «ở mô», «thì răng»), never in a pair the language or the data writes (`kept`, the pairs of the
data with these words, as typed), nor capitalised inside a sentence (a name). Words typed without marks are
left alone but for the few whose plain spelling is the regional word itself («ni», «nhen», «ta»); plain «chi»
is also «chị» and «chỉ», so «chi» is «gì» only in a message typed with its marks, after the words that ask
with it («làm chi», «cái chi», «là chi»). Pure function over text; nothing here touches the database.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache

from knowledge.text import fold

_WORD = re.compile(r"\w+", re.UNICODE)
# Where a clause ends: the end of the message or a mark of punctuation after the word.
_CLAUSE_END = re.compile(r"\s*(?:$|[.?!,;:…)\]\"'»“”])")

# Closing particles, standard and regional: a word before one of them stands at the end of its clause.
_PARTICLES = frozenset({
    "hỉ", "hè", "nờ", "rứa", "nhỉ", "nhé", "nha", "ạ", "à", "hả", "ha", "vậy", "thế", "ta", "chứ", "nhen", "nghen",
    "dzậy", "dzị", "zậy", "zị", "dị", "hông", "hổng", "không", "chưa", "nè", "ơi", "hén", "hí", "nhở", "nhể", "hử",
    "luôn", "đi", "ri", "á", "hôn",
})

# «mô» after these asks where («ở mô», «đi mô»); after any other word, which («lớp mô», «khi mô», «thế mô»).
_WHERE_BEFORE = frozenset({"ở", "tại", "đi", "đến", "tới", "về", "từ", "vô", "vào", "ra", "lên", "xuống", "học"})
# Pairs the language writes with these words, other than the regional ones: never read as speech.
_WORDS_WITH: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # word: (words before it, words after it) that make it another word
    "mô": (frozenset({"quy", "hoành", "y", "nhà"}),
           frozenset({"hình", "tả", "phỏng", "đun", "men", "típ", "tô", "hôi", "tê", "mô"})),
    "răng": (frozenset({"đánh", "sâu", "nhổ", "hàm", "mọc", "đau", "cái", "chân", "trồng", "niềng", "bọc", "nha"}),
             frozenset({"miệng", "hàm", "sữa", "khôn", "giả", "cửa", "sâu", "cưa", "lược", "nanh", "sún"})),
    "hỉ": (frozenset({"hoan", "song"}), frozenset({"sự", "hả", "nộ", "tín"})),
    "hè": (frozenset({"mùa", "nghỉ", "dịp", "kỳ", "kì", "lớp", "trại", "đợt", "khóa", "khoá", "vỉa", "hiên", "học",
                      "sinh", "hoạt", "động", "tháng", "đầu", "cuối", "giữa", "hội", "chuyến", "đón", "ve"}),
           frozenset({"phố", "này", "năm", "nay", "tới", "sau", "rồi", "thu", "vừa"})),
    "tê": (frozenset({"tê"}), frozenset({"liệt", "tái", "tay", "chân", "buốt", "cóng", "giác", "tê", "dại", "thấp"})),
    "chừ": (frozenset({"chần"}), frozenset()),
    "hông": (frozenset({"bên", "đau", "xương", "vòng", "eo", "cửa", "ngang", "thắt", "sườn"}),
             frozenset({"xe", "trái", "phải", "nhà", "sườn"})),
    "hổng": (frozenset({"lỗ", "bị", "chỗ"}), frozenset({"hểnh", "hóc"})),
    "dị": (frozenset({"kỳ", "kì", "quái", "dị", "biến", "dư"}),
           frozenset({"ứng", "nghị", "biệt", "tật", "dạng", "thường", "bản", "hợp", "giáo", "hình", "vật", "nhân",
                      "đoan", "tộc", "dị"})),
    "chi": (frozenset({"củ", "thu", "khoản", "mức", "chi"}),
            frozenset({"phí", "bộ", "đoàn", "trả", "tiêu", "tiết", "nhánh", "hội", "cục", "lăng", "ma", "phối",
                       "viện", "ủy", "uỷ", "tài", "tiền", "cho", "thu", "lương", "hỗ", "chi"})),
    "mần": (frozenset(), frozenset({"mò"})),
    "ni": (frozenset({"tăng", "ni"}), frozenset({"cô", "sư", "lông", "ni", "tơ", "lon", "kê", "ken"})),
}
# Heads a demonstrative follows («lớp ni», «bên tê», «năm ni»): «ni» and «tê» say this and that only after one.
_HEADS = frozenset({"lớp", "khóa", "khoá", "đợt", "cái", "chỗ", "bên", "năm", "tháng", "tuần", "hôm", "bữa", "bựa",
                    "ngày", "kỳ", "kì", "quý", "buổi", "người", "việc", "chuyện", "bài", "môn", "mục", "đây", "như",
                    "khi", "lúc", "hồi", "dạo", "đó", "kia", "phía", "đằng", "nơi", "đơn", "vị", "tỉnh", "huyện",
                    "xã", "phường", "thôn", "lần", "ông", "bà", "anh", "chị", "cô", "chú", "khu", "trường", "ban"})
# After these «ni» is «nay», not «này» («năm nay», «hôm nay»).
_NAY_HEADS = frozenset({"năm", "hôm", "bữa", "bựa", "dạo", "đến", "tới", "từ"})
# «chi» asks what after these («làm chi», «cái chi», «là chi», «học chi»); after «cho», «với», «giúp» it is
# «chị» typed plain.
_WHAT_BEFORE = frozenset({"là", "làm", "mần", "cái", "lớp", "khóa", "khoá", "học", "có", "để", "vì", "nói", "bằng",
                          "môn", "chuyện", "việc", "ngành", "đợt", "thứ", "giấy", "hồ", "sơ", "nội", "dung", "kiểu",
                          "loại", "chủ", "đề", "răng", "rứa", "chuyên", "đi", "cần", "mang", "nộp", "phải", "ghi"})
# «chi» at a clause's end after these is «chị» («cảm ơn chi», «cho em hỏi chi»), not «gì».
_PERSON_BEFORE = frozenset({"cho", "của", "với", "giúp", "giùm", "dùm", "nhờ", "gửi", "báo", "nhắn", "chào", "ơn",
                            "em", "anh", "và", "ạ", "thưa", "gặp", "hỏi"})
# Question words a Northern «cơ» closes («lớp nào cơ», «ở đâu cơ»): said for emphasis, nothing asked with it.
_ASKING = frozenset({"nào", "đâu", "gì", "sao", "giờ", "mấy", "nhiêu", "ai"})


@lru_cache(maxsize=64)
def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _among(word: str, words: frozenset[str], marked: bool) -> bool:
    """Whether `word` is one of `words`; in a message typed without marks, one of them typed plain."""
    return word in words or (not marked and word in _folded(words))

_CLOSERS = _PARTICLES | _ASKING


def _pairs_kept(word: str, prev: str, nxt: str, kept: Collection[str], marked: bool) -> bool:
    """Whether `word` stands in a pair that makes it another word: of the language, or written in the data."""
    before, after = _WORDS_WITH.get(word, (frozenset(), frozenset()))
    if _among(prev, before, marked) or _among(nxt, after, marked):
        return True
    return bool(kept) and (f"{prev} {word}" in kept or f"{word} {nxt}" in kept)


def _standard(word: str, prev: str, nxt: str, at_end: bool, marked: bool) -> str | None:
    """The standard word(s) for a regional `word` (lower case, with its marks) between `prev` and `nxt`, "" to
    drop it, None to leave it as typed. `at_end`: nothing but closing particles follows in its clause."""
    if word == "mô":
        return "đâu" if prev in _WHERE_BEFORE or not prev else "nào"
    if word == "răng":
        return "sao"
    if word in ("rứa", "dzậy", "dzị", "zậy", "zị", "dzay", "zay", "dzi"):
        return "vậy"
    if word == "dị":
        return "vậy" if at_end or prev in ("sao", "như", "làm", "thì", "thế") else None
    if word in ("hỉ", "nhở", "nhể", "nờ"):
        return "nhỉ" if at_end else None
    if word == "hè":
        if prev == "không":
            return ""  # «không hè»: a plain «không»
        return "nhỉ" if at_end and prev else None
    if word == "hử":
        return "hả" if at_end else None
    if word in ("nhen", "nghen"):
        return "nhé" if at_end else None
    if word in ("hông", "hổng"):
        return "không"
    if word == "ni" or word == "nì":
        if _among(prev, _NAY_HEADS, marked):
            return "nay"
        return "này" if _among(prev, _HEADS, marked) else None
    if word in ("nớ", "tê"):
        if word == "tê" and prev not in _HEADS:
            return None
        return "kia" if word == "tê" else "đó"
    if word == "mần":
        return "làm"
    if word == "bựa":
        return "hôm" if nxt in ("ni", "nì", "nay", "tê", "kia", "qua", "trước", "mô", "nào", "sau", "rồi") else None
    if word == "chừ":
        return "giờ"
    if word == "bển":
        return "bên đó"
    if word in ("dzô", "zô"):
        return "vào"
    if word == "nè":
        return "này"
    if word == "ri":
        return "thế này" if prev in ("như", "làm", "rứa", "vậy") else None
    if word == "ta":
        # «ở đâu vậy ta»: the South's «nhỉ» closing a question; «chúng ta», «của ta» are no particle.
        return "nhỉ" if at_end and _among(prev, _CLOSERS, marked) and prev != "ta" else None
    if word == "cơ":
        return "" if at_end and prev in _ASKING else None
    if word == "chi":
        if not marked:
            return None  # a message typed plain: «chi» is as often «chị», «chỉ»
        if prev in _WHAT_BEFORE:
            return "gì"
        return "gì" if at_end and prev and prev not in _PERSON_BEFORE else None
    return None


REGIONAL = frozenset({
    "mô", "răng", "rứa", "dzậy", "dzị", "zậy", "zị", "dị", "hỉ", "nhở", "nhể", "nờ", "hè", "hử", "nhen", "nghen",
    "hông", "hổng", "ni", "nì", "nớ", "tê", "mần", "bựa", "chừ", "bển", "dzô", "zô", "nè", "ri", "ta", "cơ", "chi",
    # typed plain, still the regional word
    "dzay", "zay", "dzi",
})
# The regional words in a text, as typed (for the data's pairs, `data_pairs`).
_REGIONAL_WORD = re.compile(r"(?<!\w)(?:" + "|".join(sorted(REGIONAL, key=len, reverse=True)) + r")(?!\w)")


def data_pairs(texts: Collection[str]) -> frozenset[str]:
    """The pairs of words (lower case, as written) the data writes with a regional word in them: «hoành mô»,
    «cái răng», «củ chi», «chi trả». Such a pair typed in a question is the data's, not regional speech."""
    pairs: set[str] = set()
    for text in texts:
        low = unicodedata.normalize("NFC", text).lower()
        for m in _REGIONAL_WORD.finditer(low):
            before = _WORD.findall(low[max(0, m.start() - 40):m.start()])
            after = _WORD.findall(low[m.end():m.end() + 40])
            if before and low[m.start() - 1:m.start()].isspace():
                pairs.add(f"{before[-1]} {m.group(0)}")
            if after and low[m.end():m.end() + 1].isspace():
                pairs.add(f"{m.group(0)} {after[0]}")
    return frozenset(pairs)


def standard_speech(text: str, kept: Collection[str] = frozenset()) -> str:
    """`text` with its regional words written as the standard ones where they stand as regional speech (see the
    module's notes); `text` itself when it has none. `kept`: the data's pairs (`data_pairs`)."""
    if not text:
        return text
    nfc = unicodedata.normalize("NFC", text)
    matches = list(_WORD.finditer(nfc))
    words = [m.group(0).lower() for m in matches]
    if not REGIONAL.intersection(words):
        return text
    marked = any(fold(w) != w and fold(w).isascii() for w in words)
    pieces: list[str] = []
    pos = 0
    last = ""  # the last standard word written by this, to write a particle said twice once («rứa rứa»)
    changed = False
    for i, m in enumerate(matches):
        word = words[i]
        if word not in REGIONAL:
            last = ""
            continue
        typed = m.group(0)
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if i and typed[:1].isupper() and not _sentence_start(nfc, m.start()):
            continue  # capitalised inside a sentence: a name («xã Hoành Mô»)
        if _pairs_kept(word, prev, nxt, kept, marked):
            continue
        at_end = _at_end(nfc, matches, words, i, marked)
        new = _standard(word, prev, nxt, at_end, marked)
        if new is None:
            continue
        if not marked:
            new = fold(new)
        start = m.start()
        if new == "" or (new in _PARTICLES and new in (last, prev, nxt)):
            # Dropped, with the space before it: «không hè chuyên trách» → «không chuyên trách».
            while start > pos and nfc[start - 1] == " ":
                start -= 1
            new = ""
        elif typed[:1].isupper():
            new = new[:1].upper() + new[1:]
        pieces.append(nfc[pos:start])
        pieces.append(new)
        pos = m.end()
        last = new.lower() if new else last
        changed = True
    if not changed:
        return text
    pieces.append(nfc[pos:])
    return re.sub(r" {2,}", " ", "".join(pieces)).strip()


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".?!\n…:"


def _at_end(text: str, matches: list[re.Match[str]], words: list[str], i: int, marked: bool) -> bool:
    """Whether nothing but closing particles follows word `i` in its clause."""
    for j in range(i, len(matches)):
        if _CLAUSE_END.match(text, matches[j].end()):
            return True
        if j + 1 < len(words) and not _among(words[j + 1], _PARTICLES, marked):
            return False
    return True
