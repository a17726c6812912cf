"""Vietnamese text normalisation: NFC, diacritic folding, abbreviations, teencode and stop words.

Folding removes tone marks and the breve/circumflex/horn and maps đ → d, so old and new tone placement
(hoà/hòa, thuỷ/thủy) and NFD input all meet in one form. Stop words are decided *before* folding when
the user typed diacritics: after folding, "co" may be "có" (stop) or "cơ" (of "cơ sở"), "so" may be
"số" or "sở", "ve" may be "về" or "vệ", "chi" may be "chỉ" or "chi" — those stay content when ambiguous.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from knowledge.lexicon import (
    ABBREVIATIONS,
    BD_BEFORE,
    CONTEXT_ABBREVIATIONS,
    FORMATS,
    PLACE_BEFORE,
    PLACE_CODE_MARK,
    PLACE_CODES,
    PLACE_CODES_DBAR,
    PLACE_CODES_FIRST,
    PLACE_CODES_OPENING,
    PROVINCE_CODES,
    PROVINCES,
    RAW_ABBREVIATIONS,
    ROLES,
    TOPICS,
)

_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]")
# Invisible characters (zero-width spaces and joiners, soft hyphens, direction marks, BOM) are removed, not
# turned into spaces: pasted text often carries them inside words ("ch\u200bủ tịch" is "chủ tịch").
_INVISIBLE = re.compile(r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        r"\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[0-9a-z]+")
# A word as typed, marks and capitals kept (one definition for every module that reads words as typed).
RAW_WORD = re.compile(r"\w+", re.UNICODE)

# Stop words with their diacritics: removed only when typed like this.
STOP_EXACT = frozenset(
    ["có", "không", "nào", "là", "gì", "của", "cho", "tôi", "mình", "em", "anh", "chị", "ạ", "à", "ơi", "nhé", "nha", "nhỉ", "vậy", "thế", "thì", "mà", "các", "những", "được", "về", "số", "đâu", "ở", "tại", "với", "và", "hay", "hoặc", "hả", "hở", "này", "đó", "kia", "ấy", "nữa", "rồi", "đã", "đang", "sẽ", "cũng", "vẫn", "còn", "xin", "hỏi", "dành", "giúp", "bạn", "bot", "ad", "admin", "muốn", "biết", "cần", "thông", "tin", "cái", "chút", "giùm", "dùm", "xem", "coi", "thử", "ra", "vào", "lên", "đến", "tới", "xong", "luôn", "nhiêu", "bao", "mấy", "như", "nhỉ", "nhé", "vâng", "dạ", "ok", "ai", "bên", "cả", "phải", "hồi", "dưới",
     # What a dictated message fills its pauses with («ờ», «ừm», «alo»): no word of what is asked.
     "ờ", "ừ", "ừm", "ờm", "ơ", "alô", "alo",
     # «tớ»: «tôi» as the young say it.
     "tớ"]
)
# Folded stop words that are not ambiguous with a content word of the domain.
STOP_FOLDED = frozenset(
    ["khong", "nao", "la", "gi", "cua", "cho", "toi", "minh", "em", "anh", "chi", "a", "oi", "nhe", "nha", "nhi", "vay", "the", "thi", "ma", "cac", "nhung", "duoc", "dau", "o", "tai", "voi", "va", "hay", "hoac", "ha", "ho", "nay", "do", "kia", "ay", "nua", "roi", "da", "dang", "se", "cung", "van", "con", "xin", "hoi", "giup", "ban", "bot", "ad", "admin", "muon", "biet", "can", "thong", "tin", "cai", "chut", "gium", "dum", "xem", "coi", "thu", "ra", "vao", "len", "den", "toi", "xong", "luon", "nhieu", "bao", "may", "nhu", "vang", "da", "ok", "oke", "okay", "ak", "uh", "um", "uhm", "hmm", "alo", "ai", "mn", "mng", "mnguoi", "ac", "ae", "e", "c", "a", "b",
     # «tui»: «tôi» as the South says it (a bag, «túi», is typed with its mark).
     "tui"]
)
# Folded tokens that are stop words only when they were typed without diacritics AND are not part of
# a domain phrase; "co" (có/cơ), "so" (số/sở), "ve" (về/vệ), "chi" (chỉ/chi), "dong" (đồng/động) stay.
AMBIGUOUS = frozenset(
    {"co", "so", "ve", "chi", "dong", "toi", "cho", "da", "ban", "hoi", "can", "thong", "bao", "tai", "van",
     "thu", "dang", "do", "ha", "ho", "ma", "dau", "muon", "con", "cung", "la"}
)

# Whole folded phrases removed before tokens are judged ("cho tôi hỏi", "làm ơn").
STOP_PHRASES: tuple[str, ...] = (
    "cho toi hoi", "cho minh hoi", "cho em hoi", "cho chau hoi", "cho hoi", "xin hoi", "lam on",
    "vui long", "ban oi", "bot oi", "ad oi", "admin oi", "a oi", "cam on", "xin cam on", "nhu the nao",
    "la gi", "the nao", "ra sao", "hoi xiu", "hoi chut", "hoi ti", "hoi ty", "cho e hoi", "cho chi hoi",
    "cho anh hoi",
    # «muốn đăng ký lớp … thì làm sao»: how to do what is asked, as «thế nào» is; no word of a class.
    "lam sao",
    # «tìm giúp em lớp …», «tìm dùm»: asking to be found, no word of a class.
    "tim giup", "tim gium", "tim dum", "tim ho", "tim cho em", "tim cho minh", "tim cho toi", "tim cho e",
    # «e muon hoi lop …», «mình cần hỏi …» typed without marks: what the asker wants to do, no word of what is
    # asked about (with marks, «muốn», «hỏi» are stop words already).
    "muon hoi", "mun hoi", "can hoi",
    # «lớp nào đang diễn ra», «lớp diễn ra ở đâu»: when and whether a class is held, no word of which class (the
    # period it asks, «đang …», is read from the whole text).
    "dien ra",
    # «cho xin thông tin lớp …», «cho mình xin lịch …»: asking, said politely; no word of what is asked.
    "cho xin", "cho minh xin", "cho em xin", "cho e xin", "cho toi xin", "cho chau xin", "cho anh xin", "cho chi xin",
    # Greetings before the question («chào ad, …»): a greeting alone is still answered as one (qa.GREETINGS).
    "xin chao", "chao ad", "chao admin", "chao ban", "chao bot", "chao anh", "chao chi", "chao em", "chao mn",
    "chao moi nguoi", "chao anh chi", "chao ac",
    # A letter's salutation to the office («Kính chào quý cơ quan, …», «Kính gửi quý ban»).
    "kinh chao", "kinh gui", "quy co quan", "quy ban", "quy lien doan",
    # «chuyển chủ đề chút, lớp …», «đổi chủ đề nhé»: the asker moves on; the words say nothing of what is asked.
    "chuyen chu de chut", "chuyen chu de ti", "chuyen chu de xiu", "chuyen chu de", "doi chu de",
    "sang chu de khac",
    # «liệt kê các lớp …», «kể hết ra giúp mình»: how the list is asked for; no word of what is asked about
    # (plain «kê», «kể» fold to «ke» as «kế toán», «kế hoạch» do, so only the whole phrase goes).
    "liet ke ra", "liet ke het", "liet ke", "ke het ra", "ke ra het", "ke het",
    # «lớp nào em có thể đăng ký / học / tham gia»: what the asker can do, no word of a class («thể» would find every
    # title saying «tập thể»; «có thẻ đoàn viên», a card, is never followed by these).
    "co the dang ky", "co the dang ki", "co the dk", "co the hoc", "co the di hoc", "co the tham gia", "co the tham du",
    # «lớp nào đang nhận đăng ký»: the classes' state asked, no word of their titles («nhận diện nguy cơ»).
    "nhan dang ky", "nhan dang ki", "nhan dk", "nhan ghi danh",
)


# The special zones (đặc khu) that replaced island districts in 2025, folded: «đk» before one is «đặc khu».
_SPECIAL_ZONES = ("phu quoc", "con dao", "van don", "co to", "cat hai", "bach long vi", "ly son", "phu quy",
                  "kien hai", "tho chau", "truong sa", "hoang sa", "con co")
# «đạt đk bao nhiêu», «đặng hông»: «được» before how many or a yes/no ending.
_REACHED = frozenset({"dat", "lam", "hoc", "tao", "duong", "huan", "luyen"})
_COUNT_AFTER_REACHED = frozenset({"bao", "bn", "may", "nhieu", "nhiu", "khong", "ko", "k", "hong", "hok", "hem",
                                  "khum", "chua", "roi", "r", "ha", "a", "hk", "kg"})


# A terminal's escape sequence (colour «ESC[31m», a title «ESC]0;…BEL»), pasted from a console: its letters and
# digits are no words of the message. Also its remains once a channel has dropped the escape character.
_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])"
                     r"|(?<!\w)\[\d{1,3}(?:;\d{1,3})*m(?!\w)")


def clean(text: str) -> str:
    """NFC, ð→đ, no control or zero-width characters (nor terminal escape sequences), single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("ð", "đ").replace("Ð", "Đ")
    if "\x1b" in text or "[" in text:
        text = _ESCAPE.sub(" ", text)
    text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text).strip()


# An HTML or XML tag as pasted from a web page or a formatted message («<b>…</b>», «<br/>», «<p class="x">»);
# «<3», «a < b» and «<<Luật>>» are no tags.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)  # code, not words
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")


def untag(text: str) -> str:
    """The words of a message pasted with HTML tags and entities («<b>lớp nào</b>», «&nbsp;»): tags read as
    spaces, entities as their characters. Text without a tag is returned as it is."""
    if not _TAG.search(text) and not _ENTITY.search(text):
        return text
    return html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", text)))


def clean_lines(text: str) -> str:
    """Like `clean`, keeping line breaks (at most one empty line in a row): for text shown to others."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("ð", "đ").replace("Ð", "Đ")
    lines = [_SPACES.sub(" ", _CONTROL.sub(" ", _INVISIBLE.sub("", line))).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x2000):  # Latin-1 Supplement to Latin Extended Additional (all of Vietnamese)
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch and base.isascii():
            table[cp] = base
    table[ord("đ")] = table[ord("Đ")] = "d"
    return table


_FOLD = _fold_table()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, no diacritics, đ → d: the form every comparison uses."""
    text = clean(text).lower().translate(_FOLD)
    if text.isascii():
        return text
    # Anything the table does not know (a stray combining mark, another script): the slow, general way.
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def said_as(text: str, pattern: re.Pattern[str], marked: tuple[str, ...]) -> bool:
    """Whether `pattern` (over folded words) matches `text` as one of the `marked` phrases it folds from.

    Where the words of a match were typed with their marks, a word of it typed plain is the word it spells,
    not a marked word that folds to it: «chuyển đổi số cho chủ tịch» says «số» and «cho», no «số chỗ»;
    «lớp nào còn cho đăng ký» is no «còn chỗ». A phrase typed plain throughout may mean either, and a
    word typed with other marks (a slip such as «chổ») is still taken as meant."""
    raw = [w for w in RAW_WORD.findall(clean(text).lower()) if fold(w)]
    words = [fold(w) for w in raw]
    joined = " ".join(words)
    forms = {fold(m): m.split() for m in marked}
    for m in pattern.finditer(joined):
        start = joined.count(" ", 0, m.start())
        said = m.group(0).split()
        typed = raw[start:start + len(said)]
        meant = forms.get(" ".join(said))
        if meant is None or len(meant) != len(typed) or all(r.isascii() for r in typed):
            return True
        if all(not r.isascii() or w.isascii() for r, w in zip(typed, meant, strict=True)):
            return True
    return False


# «hoàn» (refund: «hoàn lại học phí»; done: «hoàn thành») folds to the «hoan» of «hoãn» (put off). Typed with its
# marks, a «hoàn» is no «hoãn»; typed plain («hoan», «HOAN») it may be either, and is read as the class put off
# where the words around say so.
_HOAN_OTHER = re.compile(r"(?<!\w)h(?:o[àáảạ]|[òóỏọ]a)n(?!\w)", re.IGNORECASE)
_HOAN_AS_PUT_OFF = re.compile(r"(?<!\w)h(?:o[ãa]|õa)n(?!\w)", re.IGNORECASE)
# What a «hoan» typed only as another word becomes in the folded text: «hoàn» as Telex types it, which no
# phrase of a class put off contains.
_HOAN_APART = "hoanf"


def hoan_apart(text: str, folded: str) -> str:
    """`folded` (the folded `text`) with its «hoan» told apart from «hoãn» when `text` types every «hoan» as
    another word («lớp nào hoàn lại học phí», «Hoàn»): no class is put off there. `folded` itself otherwise."""
    if "hoan" not in folded:
        return folded
    nfc = unicodedata.normalize("NFC", text)
    if _HOAN_OTHER.search(nfc) is None or _HOAN_AS_PUT_OFF.search(nfc) is not None:
        return folded
    return re.sub(r"\bhoan\b", _HOAN_APART, folded)


def says(text: str, phrase: str) -> bool:
    """Whether `re.search(rf"\\b{re.escape(phrase)}\\b", text)` would find `phrase`, without compiling a pattern.

    Questions are checked against phrases of the data and the lexicon («cho kế toán CĐCS», «khu vực Bình
    Dương»): a pattern per phrase was compiled on the first question naming it (~0.5 ms each, several in one
    question) and, beyond the 512 patterns `re` keeps, again and again."""
    if not phrase:
        return re.search(r"\b", text) is not None
    first, last = _is_word_char(phrase[0]), _is_word_char(phrase[-1])
    end = len(text)
    i = text.find(phrase)
    while i >= 0:
        j = i + len(phrase)
        # A boundary lies between a word character and another character (or either end of the text).
        before = i > 0 and _is_word_char(text[i - 1])
        after = j < end and _is_word_char(text[j])
        if before != first and after != last:
            return True
        i = text.find(phrase, i + 1)
    return False


def fold_tokens(text: str) -> list[str]:
    """Folded word tokens of a text, abbreviations not expanded."""
    return _WORD.findall(fold(text))


def batch_number(prev: str, tok: str) -> str:
    """`tok` as a batch number after «đợt»: «đợt 02» is the batch «đợt 2», however an office pads its numbers."""
    return str(int(tok)) if prev == "dot" and len(tok) > 1 and tok[:1] == "0" and tok.isdigit() else tok


# What follows «học» asking of a class («học mấy ngày», «học ở đâu», «học khi nào»), never «không» («không mấy»).
_HOC_AFTER = frozenset({"may", "o", "ngay", "khi", "bao", "luc", "tai", "tu", "truc", "online", "onl", "xong", "het"})


def _join_spelled(raws: list[str]) -> list[str]:
    """«c.đ.c.s», «l.đ.l.đ»: an abbreviation spelled letter by letter (split at its dots) is the abbreviation."""
    if sum(len(r) == 1 for r in raws) < 3:
        return raws
    out: list[str] = []
    i = 0
    while i < len(raws):
        j = i
        while j < len(raws) and len(raws[j]) == 1 and raws[j].isalpha():
            j += 1
        if j - i >= 3 and fold("".join(raws[i:j])) in ABBREVIATIONS:
            out.append("".join(raws[i:j]))
            i = j
            continue
        out.append(raws[i])
        i += 1
    return out


def expand(tokens: list[str]) -> list[str]:
    """Expand union abbreviations and teencode token by token ("cdcs" → "cong doan co so")."""
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if out:
            tok = batch_number(out[-1], tok)
        if tok == "hok" and i + 1 < len(tokens) and tokens[i + 1] in _HOC_AFTER:
            out.append("hoc")  # «lớp đó hok mấy ngày», «hok ở đâu thế»: «học» mistyped, not teencode «không»
            continue
        repl = ABBREVIATIONS.get(tok)
        if repl is None:
            out.append(tok)
        else:
            out.extend(repl.split())
    return out


# The words offices number the batches of one class by: «(đợt 2)», «khóa II», «, lớp 2», «(khóa I)».
_BATCH_HEADS = frozenset({"dot", "khoa", "lop"})
# A batch's number as offices and people write it: a digit, a Roman numeral, a number said in words.
_BATCH_NUMBERS = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "mot": "1", "hai": "2", "ba": "3", "bon": "4"}
# After «lớp 2», «khóa 1» a unit makes the number a count or a length («lớp 2 ngày», «khóa 3 tháng», «lớp 40
# người»), not a batch.
_COUNTED_AFTER = frozenset({"ngay", "buoi", "tuan", "thang", "nam", "gio", "tiet", "phut", "nguoi", "luot", "cho",
                            "lop", "khoa", "dot", "ca", "ky"})


def batch_marks(tokens: list[str]) -> list[str]:
    """`tokens` with every batch mark written one way, «đợt N»: «khóa II», «lớp 2», «đợt hai», «(khóa I)» all
    name the second or first batch of a class, however the office or the asker numbers it, so a question
    saying «khóa 1» finds the title «… (khóa I)» and the batch readings (which read «đợt N») see it."""
    out = list(tokens)
    if _BATCH_HEADS.isdisjoint(out):
        return out  # no batch word: nothing to rewrite (most titles at build, most questions)
    for i in range(len(out) - 1):
        head = out[i]
        if head not in _BATCH_HEADS:
            continue
        num = _BATCH_NUMBERS.get(out[i + 1], out[i + 1])
        if not num.isdigit() or not 1 <= int(num) <= 9:
            continue
        after = out[i + 2] if i + 2 < len(out) else ""
        # («lớp 1 tháng 7/2027»: a month said after the batch, its number after the unit.)
        period = out[i + 3].isdigit() if i + 3 < len(out) else False
        if head != "dot" and ((after in _COUNTED_AFTER and not period)
                              or (after == "hoc" and out[i + 3:i + 4] == ["vien"])):
            continue
        # «lớp 3/12», «khóa 10/12» fold to «lop 3 12»: a date d/m (a month after the day), not the third batch;
        # «đợt 2 10/12» keeps its batch (a whole date follows it).
        if (head != "dot" and out[i + 1].isdigit() and after.isdigit() and len(after) <= 2
                and 1 <= int(after) <= 12 and not (out[i + 3:i + 4] and out[i + 3].isdigit())):
            continue
        if head == "lop" and out[i + 1] in ("mot", "ba", "bon"):
            continue  # «lớp ba» typed plain may be other words («lớp bà con»): digits and numerals only
        out[i], out[i + 1] = "dot", str(int(num))
    return out


def index_tokens(text: str) -> list[str]:
    """Tokens of a record's text as the index stores them: folded, expanded, batch marks written one way."""
    return batch_marks(expand(fold_tokens(text)))


@dataclass(frozen=True, slots=True)
class Norm:
    """A normalised question.

    `tokens` are all folded, expanded tokens; `content` drops stop words (decided on the diacritic form
    where there was one); `folded` is the tokens joined with spaces, for phrase matching.
    """

    text: str
    tokens: tuple[str, ...]
    content: tuple[str, ...]
    folded: str
    had_diacritics: bool
    content_mask: tuple[bool, ...] = ()
    # Tokens typed in capitals (an acronym: «AI» is no «ai?» who), aligned with `tokens`.
    caps: tuple[bool, ...] = ()


# «toi» without diacritics is «tôi» (me) or «tới» (next, to): the neighbours decide.
_TOI_NEXT_BEFORE = frozenset({"thang", "tuan", "nam", "sap", "quy", "ky", "dot", "gian", "lan", "hom", "ngay", "dip"})
_TOI_ME_BEFORE = frozenset({"cho", "voi", "giup", "cua", "gium", "dum", "ho", "bao", "nhan", "hoi", "danh"})
_TOI_ME_AFTER = frozenset({"muon", "la", "can", "co", "dang", "duoc", "hoc", "o", "se", "da", "chua", "phai",
                           "lam", "thay", "nghe", "biet", "hoi", "xin"})


def _toi_by_context(tokens: list[str], keep: list[bool], raw: list[str]) -> None:
    """Decide a bare «toi» by context: a stop word when it is «tôi» («lớp nào dành cho toi»), content
    («tới», a time word) after thang/tuan/nam/sap («thang toi»)."""
    for i, tok in enumerate(tokens):
        if tok != "toi" or raw[i] != "toi":
            continue
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if prev in _TOI_NEXT_BEFORE:
            keep[i] = True
        elif prev in _TOI_ME_BEFORE or nxt in _TOI_ME_AFTER or not prev:
            keep[i] = False


_TIME_OF_DAY = frozenset({"sang", "trua", "chieu", "toi", "dem"})


def _time_of_day(tokens: list[str], keep: list[bool], raw: list[str]) -> None:
    """«chiều nay», «sáng mai»: a time of day names the day (read as a period from the folded text), no word
    of the class to look for («nai» a slip of «nay»; «tới nay» is up to now, not «tối nay»)."""
    for i, tok in enumerate(tokens[:-1]):
        if (tok in _TIME_OF_DAY and tokens[i + 1] in ("nay", "nai", "mai")
                and (tok != "toi" or raw[i] == "tối")):
            keep[i] = keep[i + 1] = False
    for i in range(len(tokens) - 3):
        # «tới cuối tháng 10 được bao nhiêu»: when progress is counted up to, no word of what is counted.
        if (tokens[i] in ("toi", "den") and tokens[i + 1] in ("cuoi", "het") and tokens[i + 2] == "thang"
                and tokens[i + 3].isdigit()):
            keep[i + 1] = False


# Phone shorthand whose meaning its neighbours decide: «th 12/2026», «th sau» is tháng; «ng nào», «từ ng» is
# ngày (elsewhere «ng» is người); «t.huấn» is tập huấn; «CĐ P. Lào Cai» is a ward's union.
# «T2»…«T7»: thứ hai … thứ bảy as chairs shorten them; a year after one makes it a month («T5/2027», «T5 năm 2027»).
_SHORT_WEEKDAY = re.compile(r"t([2-7])")
_YEAR_AFTER_SHORT = re.compile(r"(?:/ ?(?:\d{2}|(?:19|20)\d\d)|\s*(?:nam|(?:19|20)\d\d))\b")


def _typed_after(lowered: str, tok: str, nxt: str) -> str:
    """What follows a short code as typed: its «/27» where the words were split, else the next word."""
    slash = re.search(rf"(?<!\w){re.escape(tok)}(/ ?\d{{2,4}})\b", lowered)
    return slash.group(1) if slash else f" {nxt}"


def short_weekday(tok: str, after: str = "") -> int | None:
    """The weekday (Monday 0 … Saturday 5) a folded «t2»…«t7» names, or None: another word, or a year follows
    (`after`, the folded text right after it: «/2027», «/27», « năm 2027», « 2027»), which makes it a month.
    The one reading of the shorthand for `normalise`, the follow-up words and the time slots."""
    m = _SHORT_WEEKDAY.fullmatch(tok)
    if m is None or _YEAR_AFTER_SHORT.match(after):
        return None
    return int(m.group(1)) - 2


_TH_NEXT = frozenset({"sau", "nay", "toi", "truoc", "ke", "roi", "vua"})
_NGAY_BEFORE = frozenset({"tu", "den", "may", "hoc", "bat", "khai", "cac", "moi"})
_YEAR_AFTER = frozenset({"nam nay", "nam sau", "nam toi", "nam ngoai", "nam truoc"})
# The union's fields of work as the lexicon says them («nữ công», «kết nạp đoàn viên»), folded: «CT» before
# one is the work (công tác), not a chair.
_WORK_FIELDS = tuple(sorted({tuple(p.split()) for t in TOPICS for p in t.synonyms if t.key != "nghiep_vu"},
                            key=len, reverse=True))
# Training activities a plan sets targets for, whole: «CT bồi dưỡng», not «CT phát biểu», «CT kết nạp».
_TRAINING_VERBS = frozenset({("boi", "duong"), ("tap", "huan"), ("dao", "tao"), ("huan", "luyen")})
# What asks for a plan's figures (folded, whole words): reached, done, exceeded, assigned, achieved how many.
_PLAN_ASKED = re.compile(r"(?:^| )(?:chi tieu|ke hoach|muc tieu|tien do|dat|hoan thanh|vuot|giao"
                         r"|(?:duoc|dc) (?:bao nhieu|bn))(?: |$)")
# Or a period and how many («CT tập huấn năm nay là bn»).
_FIGURE_ASKED = re.compile(r"(?:^| )(?:nam (?:nay|sau|toi|ngoai|truoc)|(?:19|20)\d\d|bao nhieu|bn)(?: |$)")
_HOW_MANY = re.compile(r"(?:^| )(?:bao nhieu|bn|dat|hoan thanh|vuot)(?: |$)")
# What asks about a class to attend: then «CT» is the chair who attends it («CT tập huấn năm nay ở đâu»).
_CLASS_ASKED = re.compile(r"(?:^| )(?:lop|o dau|khi nao|bao gio|dang ky|dk|hoc o|mo lop)(?: |$)")


_FIRST_PERSON = frozenset({"e", "em", "minh", "toi", "t", "mk", "mik", "tui", "chau"})
_INTRO_ADVERBS = frozenset({"moi", "vua", "dang", "hien", "duoc", "cung"})
_INTRO_VERBS = frozenset({"lam", "la", "len", "bau"})


def intro_verb(tokens: Sequence[str], i: int, *, persons: frozenset[str] = _FIRST_PERSON,
               adverbs: frozenset[str] = _INTRO_ADVERBS, verbs: frozenset[str] = _INTRO_VERBS) -> int | None:
    """The position of the verb of a self-introduction opening at `i` («em mới làm …», «mình là …»): a person,
    its adverbs, then the verb; None when none opens there."""
    if tokens[i] not in persons:
        return None
    j = i + 1
    while j < len(tokens) and tokens[j] in adverbs:
        j += 1
    if j >= len(tokens) or tokens[j] not in verbs:
        return None
    # «em mới được bầu làm chủ tịch»: elected as, one verb.
    return j + 1 if tokens[j] == "bau" and tokens[j + 1:j + 2] in (("lam",), ("la",)) else j


# Words that close a question («ở đâu», «khi nào», «có không»), and the particles said after them («… ở đâu
# thế», «… không vậy»).
_QUESTION_ENDS = frozenset({"dau", "nao", "khong", "ko", "k", "gi", "sao", "chua", "nhieu", "gio", "may"})
_CLOSING_PARTICLES = frozenset({"the", "vay", "nhe", "nha", "nhi", "ha", "a", "ak", "ta", "ne"})


def _closing_particle(tokens: list[str], keep: list[bool], raw: list[str]) -> None:
    """A particle after the question word that ends a question («học ở đâu thê?», «có không vây»): typed with
    a wrong tone mark it is no stop word as typed, yet nothing else is said there; a word a class has
    («tập thể») never follows «đâu» or «không». Only the last word, so «… ở đâu thể …» in mid-sentence stays."""
    if len(tokens) >= 2 and keep[-1] and tokens[-1] in _CLOSING_PARTICLES and tokens[-2] in _QUESTION_ENDS \
            and raw[-1] != tokens[-1]:
        keep[-1] = False


def _collective(tokens: list[str], keep: list[bool], raw: list[str]) -> None:
    """«tranh chap lao dong tap the» typed without marks: «the» after «tap» is the «thể» of «tập thể» (collective),
    a word of a class's title, not the particle «thế»; «tập thế nào» («how to practise») keeps it a particle."""
    for i in range(1, len(tokens)):
        if (tokens[i] == "the" and not keep[i] and tokens[i - 1] == "tap" and raw[i] == "the"
                and tokens[i + 1:i + 2] != ["nao"]):
            keep[i] = True


def _yet_asked(tokens: list[str], keep: list[bool], raw: list[str]) -> None:
    """«Phú Yên có lớp nghiệp vụ CĐCS chưa (ạ)»: «chưa» closing a question asks whether there is one yet, no
    word a class has. Only the last word kept (mid-sentence «chưa có ngày», «chưa qua tập huấn» stay)."""
    last = max((i for i, k in enumerate(keep) if k), default=-1)
    if last > 0 and tokens[last] == "chua" and raw[last].lower() in ("chưa", "chua"):
        keep[last] = False


def _both_and(tokens: list[str], keep: list[bool]) -> None:
    """«vừa trực tiếp vừa trực tuyến», «vừa học vừa làm»: «vừa … vừa» joins two things said (both ways), no word of
    a class."""
    at = [i for i, t in enumerate(tokens) if t == "vua"]
    if len(at) >= 2:
        for i in at:
            keep[i] = False


# What one does about a class (after «nên», «có nên»): take it, go, sign up, choose.
_TAKING = frozenset({"hoc", "hc", "di", "tham", "dang", "dk", "chon", "theo", "tap", "boi"})


def _advice_asked(tokens: list[str], keep: list[bool]) -> None:
    """«nên học lớp gì», «có nên đi tập huấn không»: «nên» before taking a class asks for advice, no word of
    a class («nền tảng số» is said «nền» and is followed by no such verb)."""
    for i, tok in enumerate(tokens[:-1]):
        if tok == "nen" and tokens[i + 1] in _TAKING:
            keep[i] = False


def _self_introduction(tokens: list[str], keep: list[bool]) -> None:
    """Who the asker is, said before the question («e làm kế toán CĐCS ở Đồng Tháp, có lớp nào…», «mình mới
    lên CT CĐCS»): the verb and its adverbs say nothing a class has; what follows (the role, the place) does.
    Elsewhere «làm» stays a word («nơi làm việc»)."""
    for i in range(len(tokens)):
        j = intro_verb(tokens, i)
        if j is not None:
            for k in range(i + 1, j + 1):
                keep[k] = False


# «tôi vừa được bầu làm chủ tịch CĐCS xã», «em mới lên CT CĐ»: newly elected, as plans write whom a class is
# for («cán bộ CĐCS mới bầu»), not an account of an election (an article tells of one chair elected in 2012).
_NEWLY_ELECTED = re.compile(r"\b(?:e|em|minh|toi|t|tui|chau|mk|mik) (?:(?:vua|moi) )+(?:(?:duoc|dc) )?"
                            r"(?:bau|len)(?: (?:lam|la))?(?= )")
_CLAUSE_END = re.compile(r"[,.;:!?\n]|$")


def newly_elected(text: str) -> str:
    """`text` with «vừa được bầu làm X» said as plans say it, «là X mới bầu»; unchanged when not said."""
    cleaned = clean(text)
    folded = fold(cleaned)
    m = _NEWLY_ELECTED.search(folded)
    if m is None or len(folded) != len(cleaned) or "moi bau" in folded:
        return text
    person = cleaned[m.start():m.start() + folded[m.start():].index(" ")]
    end = _CLAUSE_END.search(cleaned, m.end()).start()  # type: ignore[union-attr]  # «$» always matches
    return f"{cleaned[:m.start()]}{person} là{cleaned[m.end():end]} mới bầu{cleaned[end:]}"


# After a self-introduction, a clause describing the asker's workplace («công ty có 500 công nhân», «đơn vị
# chủ yếu là lao động nữ») tells nothing about the class asked for, and its words mislead the search: «có
# 500 công nhân» reads as a count asked and «công nhân» as whom the class is for. Such a clause asks nothing
# and has a number or opens with the workplace.
_CLAUSES = re.compile(r"((?:[;:!?\n]|[.,](?!\d))+)")  # «1.200 công nhân» is one number
# Folded words that ask, wherever a clause is judged asking or telling (knowledge.language.message adds its own).
ASKING_WORDS = frozenset({"lop", "khoa", "nao", "gi", "j", "khong", "ko", "k", "kg", "chua", "bao", "bn", "dau", "khi",
                          "sao", "hoi", "muon", "can", "dk", "ntn"})
# A clause with one of them, «xin», «đăng ký» or a particle said to the reader («nhé», «ạ», «ơi») is no detail.
_ASKS = ASKING_WORDS | {"xin", "nhe", "a", "ah", "oi", "dang", "ky"}
# The kinds of workplace an asker names introducing themselves («ở trường tiểu học», «của một công ty may»).
# Bare «truong» is «trưởng» (a head: «trưởng phòng») as well: see `chief_positions`.
WORKPLACE_HEADS = (("cong", "ty"), ("cty",), ("doanh", "nghiep"), ("nha", "may"), ("xi", "nghiep"), ("truong",),
                   ("co", "quan"), ("benh", "vien"), ("hop", "tac", "xa"), ("htx",))
# A clause opening with a workplace, or with the asker's own unit («đơn vị», «bên em»), tells of the workplace.
# A hospital or a cooperative opening one is left as it was read before the kinds were shared (not yet weighed).
_WORKPLACE = (*(w for w in WORKPLACE_HEADS if w not in (("benh", "vien"), ("hop", "tac", "xa"), ("htx",))),
              ("don", "vi"), ("ben", "em"), ("ben", "minh"), ("ben", "toi"))


def chief_positions(text: str, tokens: Sequence[str]) -> frozenset[int]:
    """Positions of «truong» in `tokens` (of `text`) typed «trưởng» (a head of: «trưởng phòng»), no «trường» (a
    school). Empty when typed plain, or when the words typed and the tokens do not line up on «truong»."""
    typed = [w for w in RAW_WORD.findall(clean(text)) if fold(w) == "truong"]
    at = [i for i, t in enumerate(tokens) if t == "truong"]
    if len(typed) != len(at):
        return frozenset()
    # The hook above («ở») is the mark of «trưởng», wherever the tone was put.
    return frozenset(i for i, w in zip(at, typed, strict=True) if "\u0309" in unicodedata.normalize("NFD", w))


# Who a workplace counts («500 công nhân», «1.200 lao động»), folded; a number alone may be a date.
_STAFF = frozenset({"cong", "cn", "lao", "nld", "doan", "dv", "nguoi", "nhan", "nv", "giao", "can", "cbcnv"})


def _workplace_detail(tokens: Sequence[str], chiefs: frozenset[int] = frozenset()) -> bool:
    if not tokens or any(t in _ASKS for t in tokens):
        return False
    opens = 0 not in chiefs and any(tuple(tokens[:len(w)]) == w for w in _WORKPLACE)
    return opens or any(t.isdigit() and tokens[i + 1:i + 2] and tokens[i + 1] in _STAFF
                        for i, t in enumerate(tokens))


def without_workplace_details(text: str) -> str:
    """`text` without the clauses that describe the asker's workplace right after a self-introduction
    («em là CT CĐCS cty may X, công ty có 500 công nhân, em muốn hỏi …»); unchanged when there is none."""
    parts = _CLAUSES.split(text)
    pieces = parts[0::2]
    toks = [normalise(p).tokens for p in pieces]
    intro = next((n for n, ts in enumerate(toks) if any(intro_verb(ts, i) is not None for i in range(len(ts)))),
                 None)
    if intro is None:
        return text
    drop = set()
    for n in range(intro + 1, len(pieces)):
        if not _workplace_detail(toks[n], chief_positions(pieces[n], toks[n])):
            break
        drop.add(n)
    if not drop:
        return text
    out = []
    for n, piece in enumerate(pieces):
        if n not in drop:
            out.append(piece + (parts[2 * n + 1] if 2 * n + 1 < len(parts) else ""))
    return "".join(out)


# What follows a place code opening a question about classes («KH có lớp …»; «CT», «KT» there are rather
# chủ tịch, kiểm tra: «CT có lớp nào» asks for a chair's class).
_CLASS_AFTER_PLACE = frozenset({"co lop", "co khoa", "mo lop", "sap co", "co dot"})
# Words that may go before a question's first word without asking anything: the bot hailed or greeted
# («ad ơi tn có lớp…», «chào ad, QN có lớp…»).
_HAILING = frozenset({"ad", "admin", "bot", "oi", "chao", "hi", "hello", "alo", "da", "vang", "xin", "a", "ak"})
# Greetings said before the one greeted («chào bn», «hello bn»).
_GREETED = frozenset({"chao", "hi", "hello", "helo", "alo", "xin"})
# Words that close a yes/no question («… ko», «… chưa», «… nhé»): a «bn» after one is said to the listener.
_YES_NO_ENDS = frozenset({"khong", "hong", "chua", "nhe", "nha", "nhi"})
# «T1/2027», «T12», «Q3/2027»: a month or a quarter in a plan's shorthand.
_MONTH_CODE = re.compile(r"([tq])(\d{1,2})")

_ROMAN_QUARTER = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


def _shorthand_by_context(tokens: list[str], stop: list[bool], raw: list[str], source: list[str],
                          caps: list[bool], typed: str = "") -> None:
    def _expand(i: int, first: str, second: str, *, acronym_kept: bool = False) -> None:
        # A shorthand written out as two words («khu CN» → «khu công nghiệp»): the second word goes into every
        # parallel list with the shorthand as its source; neither word is a stop word, nor (unless kept) an
        # acronym any more.
        source.insert(i + 1, tokens[i])
        tokens[i] = raw[i] = first
        tokens.insert(i + 1, second)
        raw.insert(i + 1, second)
        stop[i] = False
        stop.insert(i + 1, False)
        if not acronym_kept:
            caps[i] = False
        caps.insert(i + 1, False)

    def _contract(i: int, word: str, *, stop_word: bool = False, keep_caps: bool = False) -> None:
        # A two-word expansion of a shorthand that meant one word here («công tc» is «công tác», not «công tài
        # chính»): the word takes the first place, the second is dropped from every parallel list, and the
        # shorthand is no longer its source.
        tokens[i] = raw[i] = word
        source[i] = ""
        stop[i] = stop_word
        if not keep_caps:
            caps[i] = False
        for seq in (tokens, stop, raw, source, caps):
            del seq[i + 1]

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        code = _MONTH_CODE.fullmatch(tok)
        year_next = bool(re.fullmatch(r"(?:19|20)\d\d", nxt)) or nxt == "nam"
        if (code and 1 <= int(code.group(2)) <= (12 if code.group(1) == "t" else 4) and not source[i]
                and prev not in ("khu", "toa", "nha", "phong", "lo", "so")
                and (year_next if code.group(1) == "q" else short_weekday(tok, _typed_after(typed, tok, nxt)) is None)):
            # «lớp TLTT T12», «T1/2027», «Q3/2027»: a month or a quarter as offices shorten it, not a block
            # («khu T1»); «T2»…«T7» are weekdays (thứ hai … thứ bảy) and «Q1»…«Q4» districts (quận) unless a
            # year follows.
            _expand(i, "thang" if code.group(1) == "t" else "quy", code.group(2))
            caps[i] = False
        elif prev == "quy" and tok in _ROMAN_QUARTER and not source[i]:
            # «quý I/2027», «quý IV»: the quarter as plans number it, read as its digit so that the numeral is
            # no word to search for (the pronoun-like «i» would otherwise weigh in retrieval).
            tokens[i] = raw[i] = _ROMAN_QUARTER[tok]
            stop[i] = False
        elif (tok == "na" and prev not in ("o", "tai", "tinh", "ben", "dong") and not caps[i]
              and (bool(re.fullmatch(r"(?:19|20)\d\d", nxt)) or nxt in ("nay", "sau", "toi", "truoc", "ngoai"))):
            # «tháng 3 nă 2027», «na nay»: «năm» with its last letter dropped, not Nghệ An's code («ở NA»).
            tokens[i] = raw[i] = "nam"
            stop[i] = False
        elif (tok == "bao" and nxt == "nhieu" and source[i] in ("bnh", "bn") and prev == "ninh"
              and (i < 2 or tokens[i - 2] != "bac")):
            # «ninh bnh»: Ninh Bình with a letter dropped, not «bao nhiêu» («Bắc Ninh bn lớp» still asks how many).
            _contract(i, "binh", keep_caps=True)
        elif tok == "tai" and nxt == "chinh" and source[i] == "tc" and prev == "cong":
            # «công tc»: «công tác» with its vowel dropped; no «công tài chính» is said.
            _contract(i, "tac")
        elif tok == "thanh" and nxt == "pho" and source[i] == "tp" and tokens[i + 2:i + 3] == ["huan"]:
            # «tp huấn»: «tập» with its vowel dropped, not «thành phố» (no city is «huấn»).
            _contract(i, "tap")
        elif tok == "bao" and nxt == "nhieu" and source[i] == "bn" and (
                prev in _GREETED or tokens[i + 2:i + 3] == ["oi"]
                or (i + 2 == len(tokens) and prev in _YES_NO_ENDS)):
            # «chào bn», «bn ơi», «có lớp nào ko bn»: the one spoken to, «bạn», not «bao nhiêu» — a question
            # already closed by its «không» asks no amount after it («còn bn», «đạt bn» still ask how many).
            _contract(i, "ban", stop_word=True, keep_caps=True)
        elif tok == "chi" and not source[i] and (nxt == "oi" or (prev in ("anh", "a") and nxt in ("oi", "cho", ""))):
            # «chị ơi», «anh chị ơi», «a/c cho em hỏi»: the bot addressed, no «chỉ», «chi» of a class or a place.
            stop[i] = True
        elif tok == "th" and (nxt.isdigit() or nxt in _TH_NEXT):
            tokens[i] = raw[i] = "thang"
            stop[i] = False
        elif tok == "nguoi" and source[i] == "ng" and (nxt == "nao" or prev in _NGAY_BEFORE):
            # Expanded from «ng»: a day when it is asked which one or from/to which.
            tokens[i] = raw[i] = "ngay"
        elif tok == "t" and nxt == "huan":
            tokens[i] = raw[i] = "tap"
            stop[i] = False
        elif (tok == "p" or (tok == "phuong" and source[i] == "p")) and nxt == "chu" and tokens[i + 2:i + 3] == ["tich"]:
            # «P.Chủ tịch», «P. Chủ tịch CĐCS»: a vice-chair (phó) as audiences shorten it; no ward is «chủ tịch».
            tokens[i] = raw[i] = "pho"
            stop[i] = False
        elif tok == "p" and prev == "doan" and nxt:
            tokens[i] = raw[i] = "phuong"
            stop[i] = False
        elif (tok == "chu" and source[i] == "ct" and i + 3 < len(tokens) and tokens[i + 1] == "tich"
              and (tokens[i + 2], tokens[i + 3]) in _TRAINING_VERBS and target_asked(" ".join(tokens))):
            # «ĐN năm nay CT bồi dưỡng NV là bn?», «có hoàn thành CT tập huấn ko»: a target (chỉ tiêu) of
            # training, where the question asks for a plan's figures. Else «CT» is a chair (chủ tịch), who
            # also attends training («CT tập huấn CĐCS ở đâu») and does things («CT phát biểu khai mạc»).
            tokens[i], tokens[i + 1] = "chi", "tieu"
            raw[i], raw[i + 1] = "chi", "tieu"
        elif (tok == "chu" and source[i] == "ct" and i + 1 < len(tokens) and tokens[i + 1] == "tich"
              and any(tuple(tokens[i + 2:i + 2 + len(f)]) == f for f in _WORK_FIELDS)
              and target_asked(" ".join(tokens)) and _HOW_MANY.search(" ".join(tokens))):
            # «CT ATVSLĐ năm sau bn»: a field of training and how many is a target of that field too; without
            # a count («CT nữ công năm nay làm gì») it stays the work in the field (below).
            tokens[i], tokens[i + 1] = "chi", "tieu"
            raw[i], raw[i + 1] = "chi", "tieu"
        elif (tok == "chu" and source[i] == "ct" and i + 1 < len(tokens) and tokens[i + 1] == "tich"
              and re.match(r"(?:(?:la|giao|duoc|dat|nam (?:nay|sau|toi|ngoai|truoc|\d{4})) )*(?:bao nhieu|may)\b",
                           " ".join(tokens[i + 2:i + 7]))):
            # «năm sau CT là bn», «CT năm nay bao nhiêu»: an amount asked of «CT» itself is a target (chỉ tiêu);
            # chairs are counted with the count before them («bao nhiêu CT»).
            tokens[i], tokens[i + 1] = "chi", "tieu"
            raw[i], raw[i + 1] = "chi", "tieu"
        elif (tok == "chu" and source[i] == "ct" and i + 1 < len(tokens) and tokens[i + 1] == "tich"
              and prev in ("dat", "vuot", "thanh") and tokens[i + 2:i + 3] != ["cong"]):
            # «LĐ năm nay đạt CT chưa», «vượt CT», «hoàn thành CT»: what is reached is a target, not a chair.
            tokens[i], tokens[i + 1] = "chi", "tieu"
            raw[i], raw[i + 1] = "chi", "tieu"
        elif tok == "cuc" and prev == "to" and not source[i]:
            # «tổ cức»: «tổ chức» with its «h» dropped (no «tổ cục» is said).
            tokens[i] = raw[i] = "chuc"
        elif tok == "bua" and nxt in ("nao", "nay", "truoc", "sau", "qua", "kia", "do"):
            # «học bữa nào», «tới bữa nào xong», «bữa nay»: the South's «hôm».
            tokens[i] = raw[i] = "hom"
        elif tok == "cn" and prev == "khu":
            # «khu CN» is an industrial zone (khu công nghiệp), as «KCN» is; «cho CN» is workers.
            _expand(i, "cong", "nghiep")
        elif (tok == "chu" and source[i] == "ct" and i + 1 < len(tokens) and tokens[i + 1] == "tich"
              and any(tuple(tokens[i + 2:i + 2 + len(f)]) == f for f in _WORK_FIELDS)):
            # «ct kết nạp đoàn viên», «CT nữ công»: the work in that field (công tác), as written out.
            tokens[i], tokens[i + 1] = "cong", "tac"
            raw[i], raw[i + 1] = "cong", "tac"
        elif tok == "tl" and prev == "moi":
            # «CĐCS mới TL» is one newly founded (mới thành lập).
            _expand(i, "thanh", "lap")
        elif tok == "tl" and nxt == "tap" and tokens[i + 2:i + 3] == ["the"]:
            # «lớp TL tập thể»: collective bargaining (thương lượng tập thể), as «TLTT» is.
            _expand(i, "thuong", "luong")
        elif (tok == "chu" and source[i] == "ct" and i + 2 < len(tokens) and tokens[i + 1] == "tich"
              and re.fullmatch(r"\d{1,4}[a-z]?", tokens[i + 2]) and not re.fullmatch(r"(?:19|20)\d\d", tokens[i + 2])
              and tokens[i + 3:i + 4] not in ([u] for u in _COUNTED_AFTER)):
            # «CT 104», «ct 1464»: a programme (chương trình, «CTr») by its number, not a chair; «CT 2026» is a
            # year's target (above) or a chair's.
            tokens[i], tokens[i + 1] = "chuong", "trinh"
            raw[i], raw[i + 1] = "chuong", "trinh"
        elif tok == "tr" and nxt in _SCHOOL_KINDS:
            # «tr ĐH», «tr trung cấp», «tr CĐ»: a school (trường) of that kind, as offices shorten it.
            tokens[i] = raw[i] = "truong"
            stop[i] = False
        elif tok == "tt" and nxt in _CENTRE_WORKS:
            # «TT bồi dưỡng chính trị», «TT hội nghị», «TT tư vấn»: a centre (trung tâm) of that work.
            _expand(i, "trung", "tam")
        elif (tok == "gio" and source[i] == "h" and not nxt.isdigit()
              and (tokens[max(0, i - 4):i] == ["lien", "doan", "lao", "dong"] or prev in _DISTRICT_AFTER)):
            # «LĐLĐ h Mê Linh», «TT bồi dưỡng chính trị h»: a district's (huyện) federation or centre, not an hour.
            tokens[i] = raw[i] = "huyen"
            stop[i] = False
        elif tok == "dh" and (prev == "truong" or tokens[max(0, i - 2):i] == ["trinh", "do"]
                              or _university_named(tokens, i)):
            # «Trường ĐH Công đoàn» is a university (đại học), «trình độ ĐH» a degree; «ĐH» elsewhere may be a
            # congress (đại hội).
            _expand(i, "dai", "hoc")
        elif tok == "dh" and ((tokens[i + 1:i + 3] == ["cong", "doan"] and tokens[i + 3:i + 4] in (["tinh"], ["thanh"]))
                              or prev == "quyet"):
            # A province's congress (đại hội), as its resolution names it: «ĐH Công đoàn tỉnh …», «nghị quyết ĐH».
            # (Elsewhere a congress's «ĐH» stays as typed.)
            _expand(i, "dai", "hoi")
        elif tok == "pt" and nxt == "doan" and i + 2 < len(tokens) and tokens[i + 2] == "vien":
            # «pt đoàn viên» is «phát triển đoàn viên», as «PTĐV» is; «pt» never counted as an acronym.
            _expand(i, "phat", "trien", acronym_kept=True)
        i += 1


# What a number counts when it is a count («CT 3 ngày», «CT 2 người»), not a document's number.
_COUNTED_AFTER = frozenset({"ngay", "nguoi", "lop", "buoi", "thang", "tuan", "nam", "hoc", "dot", "khoa", "luot"})
# The kinds of school «tr» is shortened before («tr ĐH», «tr trung cấp», «tr CĐ» as written out).
_SCHOOL_KINDS = frozenset({"dh", "dai", "cao", "trung", "cong", "tc"})
# The work a centre (trung tâm) does, named after «TT» («TT bồi dưỡng chính trị», «TT hội nghị»).
_CENTRE_WORKS = frozenset({"boi", "hoi", "tu", "day", "dao", "chinh", "van", "tri"})
# A district's bodies named before «h»: «(trung tâm bồi dưỡng) chính trị h», «huyện ủy».
_DISTRICT_AFTER = frozenset({"tri"})
# What follows «ĐH Công đoàn» when it is a congress (đại hội): of a level («cơ sở», «cấp trên»), a term
# («nhiệm kỳ», «lần thứ»), the national one («Việt Nam», «toàn quốc») or a body's («tỉnh», «ngành», «các»).
_CONGRESS_AFTER = frozenset({"cap", "nhiem", "lan", "viet", "toan", "tinh", "thanh", "nganh", "cac", "khoa",
                             "xa", "phuong", "huyen", "quan", "tong", "dai", "bo"})


# What is done to a congress, said before «ĐH Công đoàn» («tổ chức», «chuẩn bị», «điều hành», «tiến hành»).
_CONGRESS_HELD = (["to", "chuc"], ["chuan", "bi"], ["dieu", "hanh"], ["tien", "hanh"], ["ky", "niem"])


def _university_named(tokens: Sequence[str], i: int) -> bool:
    """Whether «ĐH» at `i` names the union's university: «ĐH Công đoàn» (or «ĐH CĐ») standing alone as a
    name, not a congress («ĐH công đoàn cơ sở», «ĐH Công đoàn Việt Nam lần thứ XIII»)."""
    if tokens[i + 1:i + 3] != ["cong", "doan"]:
        return False
    if list(tokens[max(0, i - 2):i]) in _CONGRESS_HELD or (i and tokens[i - 1] in ("du", "truoc", "sau")):
        # «tổ chức ĐH công đoàn», «chuẩn bị ĐH …», «trước ĐH …»: a congress held, attended or awaited.
        return False
    after = tokens[i + 3] if i + 3 < len(tokens) else ""
    if after == "co":  # «ĐH công đoàn cơ sở» is a congress; «ĐH Công đoàn có lớp …» the university
        return tokens[i + 4:i + 5] != ["so"]
    return after not in _CONGRESS_AFTER


def target_asked(folded: str, *, period: bool = True) -> bool:
    """Whether a folded question asks for a plan's figures (reached, done, assigned; with `period`, also
    a year or how many) and not about a class to attend."""
    if _CLASS_ASKED.search(folded):
        return False
    return bool(_PLAN_ASKED.search(folded) or (period and _FIGURE_ASKED.search(folded)))


# «bh» is «bao giờ» (when) in chat shorthand and «bảo hiểm» (insurance) in the union's: when beside what is
# done at a time (learning, opening, a deadline) or closing the question, unless a kind of insurance follows.
_WHEN_AFTER = frozenset({"hoc", "khai", "bat", "mo", "thi", "het", "ket", "dang", "dk", "nop", "co", "toi", "den",
                         "xong", "moi", "a", "ah", "nhi", "ha", "vay", "v", "z", "the"})
_WHEN_BEFORE = frozenset({"den", "toi", "tu", "han", "hoc", "giang", "mo", "dau", "thuc"})
_INSURANCE_KINDS = frozenset({"xa", "xh", "y", "yt", "that", "tn", "tai", "nhan", "hiem", "lao"})


def asks_when(before: str, after: str) -> bool:
    """Whether «bh» between `before` (the folded word) and `after` (the next two, folded) asks when."""
    nxt = after.split()[0] if after else ""
    if nxt in _INSURANCE_KINDS:
        return False
    return not nxt or nxt in _WHEN_AFTER or before in _WHEN_BEFORE


# What closes a follow-up that swaps the place («còn bn thì sao», «còn tn thế nào», «còn bn có lớp không»).
_FOLLOWUP_CLOSE = frozenset({"thi", "the", "sao", "co"})


def _opens(n: int, raws: Sequence[str]) -> bool:
    """Whether the word at n opens the question, after nothing but a hail or a greeting («ad ơi tn …»)."""
    return all(fold(r) in _HAILING for r in raws[:n])


def opens_before_class(words: Sequence[str], n: int) -> bool:
    """Whether the word at n opens the question before the class asked for («ad ơi tn có lớp nv nào»): where
    a place code in lower case of PLACE_CODES_OPENING is read as its province."""
    return _opens(n, words) and fold(" ".join(words[n + 1:n + 3])) in _CLASS_AFTER_PLACE


def _place_slot(prev: str, at: int, after: list[str]) -> bool:
    """Whether a two-letter code stands where a follow-up or a question names a place: after «bên» («bên
    bn có lớp không»), or after an opening «còn» and before «thì sao», «thế nào», «có …» («còn bn thì
    sao»); «lớp này còn bn», «còn bn chỗ», «còn bn?» ask how many."""
    if prev == "ben":
        return True
    return prev == "con" and at == 1 and bool(after) and fold(after[0]) in _FOLLOWUP_CLOSE


# Words «bn» (bao nhiêu) follows when it asks how much or how many: a fee, a figure, a verb of paying or
# reaching («học phí bn», «đóng bn», «được bn»).
_HOW_MUCH_BEFORE = frozenset({
    "phi", "tien", "dong", "het", "mat", "tra", "nop", "duoc", "dat", "co", "la", "con", "cho", "nguoi", "ngay",
    "buoi", "gio", "tuoi", "luot", "lop", "khoa", "hoc", "vien", "tieu", "ca", "tong", "so", "khoang", "gia",
    "chi", "bao", "nhieu", "toi", "den", "them",
})
# Words that already ask how much or how many, so a closing «bn» repeats no question.
_COUNT_WORDS = frozenset({"may", "bao", "bn", "bnh", "bnhieu", "bnhiu", "tieu", "luot", "phi", "tien"})


def _place_closing(n: int, raws: list[str]) -> bool:
    """Whether a lower-case province code closing a question about a class («lớp … bn») names where the
    class is: the question opens with the class asked for, asks no count or price anywhere, and the word
    before is none that «bao nhiêu» follows («học phí bn», «được bn»)."""
    if n != len(raws) - 1 or n < 3:
        return False
    words = [fold(r) for r in raws[:n]]
    return (words[0] in ("lop", "khoa") and words[-1] not in _HOW_MUCH_BEFORE
            and not _COUNT_WORDS & set(words))


def spell_place_codes(tokens: list[str]) -> list[str]:
    """Folded words with each lower-case province code that stands where a place is named («ở bn», «bên
    hy», «còn bn thì sao») written out as its province («bac ninh»), for readers that expand shorthand
    without `normalise` (the follow-up resolution)."""
    out: list[str] = []
    for n, tok in enumerate(tokens):
        prev = tokens[n - 1] if n else ""
        if tok in PROVINCE_CODES and (prev in PLACE_BEFORE or _place_slot(prev, n, tokens[n + 1:])):
            out += fold(PROVINCE_CODES[tok]).split()
        else:
            out.append(tok)
    return out


def opening_code(norm: Norm) -> str:
    """The province code a question opens with in lower case that is also an everyday word («bn» is
    «bạn», «bao nhiêu»), read as the province by its year and plan alone (see `normalise`): a guess the
    engine checks against the province the question or the asker names; "" when there is none."""
    first = norm.tokens[0] if norm.tokens else ""
    if first in PROVINCE_CODES and first in ABBREVIATIONS and not (norm.caps and norm.caps[0]):
        return first
    return ""


# «chi tiết lớp ATVSLĐ Nghệ An», «thông tin về khóa …»: asking for what is known of a class, not words a class
# says («quy định chi tiết» in a document's title stays a word of it).
_DETAILS_OF = ("chi tiet", "thong tin", "thong tin chi tiet", "chi tiet ve", "thong tin ve")
_DETAILS_WHAT = frozenset({"lop", "khoa"})


# «muốn cử chị em đi học lớp nữ công», «cử 2 cán bộ đi tập huấn thì đăng ký thế nào»: sending one's people to
# a class is registering them; whom and the «đi» are no words of a class (the class's own audience is asked
# with «cho»). Only as a wish or beside registering: «Mê Linh cử cán bộ đi học lớp của đơn vị nào» asks what an
# article tells of the cadres sent.
_SEND_TO = frozenset({"hoc", "tap", "du", "lop", "khoa", "boi", "huan"})
_SEND_WISH = frozenset({"muon", "can", "se", "dinh", "sap"})


def _sending_to_class(tokens: list[str], keep: list[bool]) -> None:
    registers = "dang ky" in " ".join(tokens) or "ghi danh" in " ".join(tokens)
    for i, tok in enumerate(tokens):
        if tok != "cu" or not (registers or (i and tokens[i - 1] in _SEND_WISH)):
            continue
        for j in range(i + 1, min(i + 6, len(tokens) - 1)):
            if tokens[j] == "di" and tokens[j + 1] in _SEND_TO:
                for k in range(i, j + 1):
                    keep[k] = False
                break


# «học trên tàu», «lớp trên thuyền»: «trên» before a vessel says where, as «ở» does (no class says «trên» there;
# «cấp trên cơ sở» keeps it).
_ABOARD = frozenset({"tau", "thuyen", "ghe", "boong", "xa"})


def _drop_phrases(tokens: list[str], keep: list[bool]) -> None:
    _sending_to_class(tokens, keep)
    for i, tok in enumerate(tokens[:-1]):
        if tok == "tren" and tokens[i + 1] in _ABOARD:
            keep[i] = False
    joined = " ".join(tokens)
    for phrase in _DETAILS_OF:
        words = phrase.split()
        n = len(words)
        for i in range(len(tokens) - n):
            if tokens[i:i + n] == words and tokens[i + n] in _DETAILS_WHAT:
                for j in range(i, i + n):
                    keep[j] = False
    for phrase in STOP_PHRASES:
        if phrase not in joined:
            continue
        words = phrase.split()
        n = len(words)
        for i in range(len(tokens) - n + 1):
            if tokens[i : i + n] == words:
                for j in range(i, i + n):
                    keep[j] = False


def raw_upper(text: str, lowered_word: str) -> bool:
    """Whether a word was typed in capitals in the original text."""
    # A plain search rather than a pattern per word: compiled per question, those would push the
    # engine's own patterns out of the re module's small cache. Same test as (?<!\w)WORD(?!\w).
    word = lowered_word.upper()
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (end == len(text) or not _is_word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def shouted(text: str) -> bool:
    """Whether a message is written all in capitals: no lower-case letter in three words or more."""
    if any(ch.islower() for ch in text):
        return False
    return sum(1 for w in RAW_WORD.findall(text) if not w.isdigit()) >= 3


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


# Degrees listed as offices shorten them («ĐH, CĐ, TC»; «CĐ/TC»): two or more, highest first, joined by a comma,
# a slash or «và/hoặc». Alone, «CĐ» is công đoàn and «TC» tài chính; «TC CĐ» (tài chính công đoàn), «ĐH CĐ» (đại hội
# công đoàn) join no list and keep those readings.
_LEVEL_RANK = {"dh": 0, "cd": 1, "tc": 2}
_LEVEL_WORDS = {"dh": "đại học", "cd": "cao đẳng", "tc": "trung cấp"}
_LEVEL = r"(?:đh|dh|cđ|cd|tc)"
_LEVEL_LIST = re.compile(rf"(?<!\w){_LEVEL}(?:(?:\s*[,/;]\s*|\s+(?:và|hoặc|hay)\s+){_LEVEL})+(?!\w)", re.IGNORECASE)
_LEVEL_ONE = re.compile(rf"(?<!\w){_LEVEL}(?!\w)", re.IGNORECASE)


# «p. Sóc Trăng», «x.Tháp Mười», «h.Nhơn Trạch»: a ward, a commune or a former district as an address writes it,
# a dot before the name («P.Chủ tịch», «p. chủ tịch», «P.GĐ» are a vice-chair or a deputy).
# Nor a class's code («P.DIAN-2026-01»: a word with a digit), nor «P.Rang», «P.Thiết» (Phan Rang, Phan Thiết).
_NOT_WARD = r"(?!(?:chủ|chu|ct|giám|giam|gđ|gd|hiệu|hieu|trưởng|truong|ban|bí|bi|tổng|tong|tp|tổ|to|rang|thiết|thiet)\b)(?!\S*\d)"
_WARD_SHORT = re.compile(rf"(?<![\w.])([pxh])\. *{_NOT_WARD}(?=[^\W\d_])", re.IGNORECASE)
# «ở p Sài Gòn», «tai x Tan Phu»: the letter alone after a word that says where, a name after it.
_WARD_BARE = re.compile(rf"(?<!\w)(ở|o|tại|tai|bên|ben|thuộc|thuoc) ([px]) {_NOT_WARD}(?=[^\W\d_])", re.IGNORECASE)
_WARD_HEADS = {"p": "phường", "x": "xã", "h": "huyện"}


def ward_short(text: str) -> str:
    """«x.Tháp Mười», «ở p Sài Gòn» written out («xã Tháp Mười», «ở phường Sài Gòn»): the dot is no sentence's end."""
    text = _WARD_SHORT.sub(lambda m: _WARD_HEADS[m.group(1).lower()] + " ", text)
    return _WARD_BARE.sub(lambda m: f"{m.group(1)} {_WARD_HEADS[m.group(2).lower()]} ", text)


def _degrees(text: str) -> str:
    def spell(m: re.Match[str]) -> str:
        ranks = [_LEVEL_RANK[fold(x.group(0))] for x in _LEVEL_ONE.finditer(m.group(0))]
        if any(a >= b for a, b in itertools.pairwise(ranks)):
            return m.group(0)
        return _LEVEL_ONE.sub(lambda x: _LEVEL_WORDS[fold(x.group(0))], m.group(0))

    return _LEVEL_LIST.sub(spell, text)


# A folded Vietnamese syllable: an initial, a vowel cluster, a final. A word typed with a slip that breaks
# this («viiệc», «đooàn», «mnìh», «bjết») is no syllable; one that stays a syllable («tực») cannot be told
# from another word here.
_SYLLABLE = re.compile(r"(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?([aeiouy]+)(ch|ng|nh|[cmnpt])?")
_NUCLEI = frozenset({
    "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua",
    "ue", "ui", "uo", "uu", "uy", "ye", "oai", "oay", "oeo", "uai", "uay", "uoi", "uou", "uya", "uye", "uyu", "ieu",
    "yeu",
})


def syllable(tok: str) -> bool:
    """Whether a folded token can be one Vietnamese syllable."""
    m = _SYLLABLE.fullmatch(tok)
    return m is not None and m.group(2) in _NUCLEI


_ASKED_SYLLABLES = ("het han", "bat dau", "ket thuc", "khi nao", "ngay nao", "lich", "cu", "moi", "lam sao",
                    "dia diem", "cang ca", "hong", "giup", "tham gia")


def _known_syllables() -> frozenset[str]:
    """The syllables of the union's own words (roles, topics, formats, provinces, shorthand written out) and of
    the words every question says: what a slip is put right to."""
    # A greeting too: «chàào bạn» is «chào bạn».
    phrases: list[str] = [*STOP_FOLDED, *ABBREVIATIONS.values(), *(fold(p) for p in PROVINCES), "xin chao",
                          # What a question on a class asks («hết hạn», «bắt đầu», «ngày nào», «địa điểm»).
                          *_ASKED_SYLLABLES]
    for term in (*ROLES, *TOPICS, *FORMATS):
        phrases += [*term.synonyms, fold(term.label)]
    return frozenset(w for p in phrases for w in _WORD.findall(p))


_KNOWN = _known_syllables()
# A tone typed the Telex way and left unconverted at a word's end («naof», «vâyj», «hanj»): no Vietnamese
# syllable ends in these letters.
_TELEX_TONES = frozenset("sfrxj")
_ROMAN = re.compile(r"[ivxlcdm]+")  # «đợt VII», «khóa XII»


@lru_cache(maxsize=8192)
def respelled(tok: str) -> str:
    """A word typed with one slip that leaves no Vietnamese syllable, put right when one way does: a letter
    typed twice («viiec» → «viec», «dooan» → «doan»), «j» for «i» («bjet» → «biet»), two letters swapped
    («mnih» → «minh»). Acronyms, codes, foreign words and anything with two ways back stay as typed."""
    if (len(tok) >= 3 and tok.isalpha() and tok.isascii() and not any(c in "aeiouyj" for c in tok)
            and not _ROMAN.fullmatch(tok)):
        # «lch» for «lịch»: the vowel dropped; put back when one vowel in one place makes a known word.
        dropped = {tok[:i] + v + tok[i:] for i in range(1, len(tok)) for v in "aeiouy"}
        back = {t for t in dropped if syllable(t) and t in _KNOWN}
        return back.pop() if len(back) == 1 else tok
    if (len(tok) < 3 or not tok.isalpha() or not tok.isascii() or syllable(tok) or _ROMAN.fullmatch(tok)
            or not any(c in "aeiouyj" for c in tok)):
        return tok
    if tok[-1] in _TELEX_TONES and syllable(tok[:-1]) and tok[:-1] in _KNOWN:
        return tok[:-1]  # «naof» → «nao», «hanj» → «han»: the tone key left after the word
    tries = {tok[:i] + tok[i + 1:] for i in range(1, len(tok)) if tok[i] == tok[i - 1]}
    if "j" in tok:
        tries.add(tok.replace("j", "i"))
    if not tries and len(tok) >= 4:
        tries = {tok[:i] + tok[i + 1] + tok[i] + tok[i + 2:] for i in range(len(tok) - 1)}
    fixed = {t for t in tries if syllable(t) and t in _KNOWN}
    return fixed.pop() if len(fixed) == 1 else tok


_MARKED_WORD = re.compile(r"\w*[^\W\d_a-zA-Z]\w*")


def untelexed(text: str) -> str:
    """`text` without the Telex tone key left after a word that already has its marks («liệtf kê», «Thái
    Nguyênx»): a word written with Vietnamese marks ends in no «s», «f», «r», «x», «j», so the key is a slip, not
    a letter. Words typed plain are `respelled`'s, which needs the word known («naof»)."""
    if text.isascii():
        return text

    def put(m: re.Match[str]) -> str:
        word = m.group(0)
        folded = fold(word)
        if (len(word) >= 3 and word[-1] in "sfrxjSFRXJ" and folded.isascii() and folded != word.lower()
                and syllable(folded[:-1]) and word[:-1].lower() != folded[:-1]):
            return word[:-1]
        return word

    return _MARKED_WORD.sub(put, text)


_YEAR_OPENING = re.compile(r"nam (?:20\d\d|nay|ngoai|sau|truoc|toi)$")
# Two-letter shorthand whose meaning the next word decides (code -> (expansion, next words)): «sp tới», «sp mở
# lớp», «sp hết hạn» are sắp (soon; no «sản phẩm» opens a time or a class), while «ĐH SP» is sư phạm; «ci tiêu», «ca bộ» are chỉ tiêu, cán bộ with a letter dropped.
# («ĐH Công đoàn», the university unless a congress is meant, is read by `_university_named`.)
_READ_BY_NEXT: dict[str, tuple[str, frozenset[str]]] = {
    "sp": ("sap", frozenset({"toi", "to", "mo", "khai", "co", "hoc", "het", "bat", "dien"})),
    "ci": ("chi", frozenset({"tieu", "tiue", "teu"})),
    "ca": ("can", frozenset({"bo"})),  # «ca bộ» is cán bộ with its «n» dropped
    "bt": ("bat", frozenset({"dau"})),  # «bt đầu»: bắt đầu with its vowel dropped
}
# Words «sp» follows as «sản phẩm» (products: «bán sp gì», «tiêu thụ sp», «các sp»), folded; no «sư phạm» or
# «sắp» comes after them.
_GOODS_BEFORE = frozenset({"ban", "mua", "cac", "nhung", "thu", "thieu", "ba", "xuat", "nhieu"})
# «huấn luyện tại dn»: safety training held at the enterprise (in-company), a kind of class, not Đồng Nai or Đà
# Nẵng — «huấn luyện» right before «tại»/«ở» says so («ĐN», typed with «đ», stays a place). Only «huấn luyện»:
# «lớp tập huấn tại dn» is as often a class held in Đồng Nai.
_TRAINED_AT = frozenset({"huan luyen"})


_ZONE_BEFORE = frozenset({"kcn", "kcx", "kkt"})


def at_the_enterprise(before: Sequence[str]) -> bool:
    """Whether «dn» after the folded words `before` it is «doanh nghiệp», where training is held («huấn luyện tại
    dn»), not a province code."""
    return len(before) >= 3 and before[-1] in ("tai", "o") and " ".join(before[-3:-1]) in _TRAINED_AT
# Typed with another tone, the short form is a word of its own: «cả bộ luật» (the whole code), not cán bộ.
_READ_BY_NEXT_AS_TYPED: dict[str, frozenset[str]] = {"ca": frozenset({"ca", "cá"})}
# Nor before these: «ca bộ phận» is a shift or «các bộ phận» (departments), no cadres.
_READ_BY_NEXT_NOT_BEFORE: dict[str, frozenset[str]] = {"ca": frozenset({"phan"})}


# Vietnamese writes no apostrophe: one not inside a name («Đắk R'Lấp») is a stray mark, as are the quotes and the
# always-true comparison of a string pasted to test a form («ATVSLĐ' OR '1'='1», «… or 1=1 --»).
_STRAY_QUOTE = re.compile(r"(?<![^\W\d_])['`]|['`](?![^\W\d_])")
_ALWAYS_TRUE = re.compile(r"\s(?:or|and)\s+(\w+)\s*=\s*\1\b(?:\s*(?:--|#|;|/\*).*)?", re.IGNORECASE)


def unnoised(text: str) -> str:
    """A question without stray quotes and an always-true comparison pasted after it."""
    if "'" not in text and "`" not in text and "=" not in text:
        return text
    return _ALWAYS_TRUE.sub(" ", _STRAY_QUOTE.sub(" ", text))


_WORD = re.compile(r"\w+")


def _typed_with_marks(lowered: str) -> bool:
    """Whether a message is typed with its diacritics. The «đ» of a union abbreviation («cđ», «đk», «lđlđ») is
    typed by people who type nothing else marked («cđ phuong cua lo co lop buoi toi ko»): it says nothing of
    how the other words are spelled, so «toi» there is still «tối» or «tôi» as context reads it."""
    for word in _WORD.findall(lowered):
        folded = fold(word)
        if folded == word:
            continue
        if word.replace("đ", "d") == folded and folded in ABBREVIATIONS:
            continue
        return True
    return False


@lru_cache(maxsize=16384)
def normalise(text: str) -> Norm:
    """Normalise a question for retrieval."""
    # Numbers said in words (voice typing) are read where a message comes in (`knowledge.language.spoken`),
    # not here: the records pass through this too, and a message's own regexes read the figures first.
    cleaned = ward_short(_degrees(clean(unnoised(text))))
    lowered = cleaned.lower()
    had_diacritics = _typed_with_marks(lowered)
    # Capitals mark an acronym («BN» is Bắc Ninh, «AI» no «ai?») only beside lower-case words: a message
    # typed all in capitals (caps lock, a phone's shift held) is read as if typed in lower case.
    shouting = shouted(cleaned)
    caps_of = cleaned.lower() if shouting else cleaned
    tokens: list[str] = []
    stop: list[bool] = []
    raw_forms: list[str] = []
    caps: list[bool] = []
    source: list[str] = []  # the shorthand a token was expanded from («ng» for «nguoi»), else ""
    raws = _join_spelled(RAW_WORD.findall(lowered.replace("_", " ")))
    for n, raw in enumerate(raws):
        folded_raw = _WORD.findall(fold(raw))
        if not folded_raw:
            continue  # emoji, symbols
        if len(folded_raw) == 1 and folded_raw[0] not in ABBREVIATIONS and not raw_upper(caps_of, raw):
            fixed = respelled(folded_raw[0])
            if fixed != folded_raw[0]:
                folded_raw, raw = [fixed], fixed  # judged as the word meant, typed without marks
        expanded = expand(folded_raw)
        code = folded_raw[0] if len(folded_raw) == 1 and len(raw) == 2 else ""
        prev = fold(raws[n - 1]) if n and code else ""
        if raw in RAW_ABBREVIATIONS:
            expanded = RAW_ABBREVIATIONS[raw].split()
        elif code in CONTEXT_ABBREVIATIONS and prev in CONTEXT_ABBREVIATIONS[code][1]:
            expanded = CONTEXT_ABBREVIATIONS[code][0].split()  # «lớp TG» is tuyên giáo, not Tiền Giang
        elif code == "dn" and raw not in PLACE_CODES_DBAR and at_the_enterprise(fold(" ".join(raws[max(0, n - 3):n])).split()):
            expanded = ["doanh", "nghiep"]
        elif code == "hv" and prev.isdigit():
            expanded = ["hoc", "vien"]  # «490 hv»: learners counted
        elif code == "dk" and fold(" ".join(raws[n + 1:n + 4])).startswith(_SPECIAL_ZONES):
            expanded = ["dac", "khu"]  # «CĐ đk Phú Quốc»: a special zone (đặc khu), not «đăng ký»
        elif code == "dk" and prev in _REACHED and n + 1 < len(raws) and fold(raws[n + 1]) in _COUNT_AFTER_REACHED:
            expanded = ["duoc"]  # «đạt đk bao nhiêu»: reached (được), no registration
        elif raw == "đặng" and (n + 1 == len(raws) or fold(raws[n + 1]) in _COUNT_AFTER_REACHED) and not (
                caps_of and raw_upper(caps_of, raw)):
            expanded = ["duoc"]  # «đăng ký đặng hông», «đào tạo đặng nhiêu»: the South's «được», no surname
        elif raw == "nhiêu" and not (n and fold(raws[n - 1]) == "bao"):
            expanded = ["bao", "nhieu"]  # «đặng nhiêu học viên», «chỉ tiêu nhiêu lớp»: the South's «bao nhiêu»
        elif code == "sp" and prev in _GOODS_BEFORE:
            expanded = ["san", "pham"]  # «bán sp gì», «các sp của HTX»: products, what is sold or made
        elif (code == "bd" and prev not in PLACE_BEFORE and n + 1 < len(raws)
              and fold(raws[n + 1]) in BD_BEFORE):
            expanded = CONTEXT_ABBREVIATIONS[code][0].split()  # «bd ct cđcs»: whom it trains, so bồi dưỡng
        elif code in PLACE_CODES and (
                # «kcn đn», «KCX TN»: an industrial or export zone's place, as offices name their unions.
                ((prev in PLACE_BEFORE or prev in _ZONE_BEFORE or _place_slot(prev, n, raws[n + 1:]))
                 and (code not in STOP_FOLDED or raw_upper(caps_of, raw)))  # «tỉnh là»
                or (n + 1 < len(raws) and fold(raws[n + 1]) == "cu")
                or (not n and code in PLACE_CODES_FIRST and raw_upper(caps_of, raw))
                # «KH năm 2025 có vượt KH …»: a code in capitals opening a plan's question before its year is
                # the union's place (a plan «of the year 2025» is not asked whether it beat the plan).
                or (not n and raw_upper(caps_of, raw) and _YEAR_OPENING.match(fold(" ".join(raws[1:3]))) is not None
                    and target_asked(fold(" ".join(raws[1:])), period=False))
                or raw in PLACE_CODES_DBAR
                # «KH có lớp TC CĐ …»: a code in capitals opening a question about a class is its place; so is
                # one of PLACE_CODES_OPENING in lower case («ad ơi tn có lớp nv nào»).
                or (opens_before_class(raws, n) and code not in ("ct", "kt")
                    and (raw_upper(caps_of, raw) or code in PLACE_CODES_OPENING))):
            expanded = [PLACE_CODE_MARK + code]  # «ở tn», «LA cũ», «VT có lớp…»: a place (see PLACE_CODES)
        elif code in PROVINCE_CODES and (prev in PLACE_BEFORE or raw_upper(caps_of, raw)
                                         or _place_slot(prev, n, raws[n + 1:])):
            expanded = folded_raw  # «BN» in capitals, «ở bn», «còn bn thì sao»: Bắc Ninh, not «bao nhiêu»
        elif code in PROVINCE_CODES and _place_closing(n, raws):
            expanded = folded_raw  # «lớp tuyên truyền trên mxh bn»: the class named, then where
        elif code in PROVINCE_CODES and not tokens and fold(" ".join(raws[n + 1:n + 3])) in _YEAR_AFTER:
            # «bao nhiêu» does not open a question before its year: «bn năm nay …» is Bắc Ninh's plan
            # («bn năm nay pt đoàn viên chỉ tiêu bn, đạt bn») or «bạn», the bot addressed («bn năm nay có
            # lớp nào cho CT CĐCS ko»), which says nothing. The province only on a plan's figures, and the
            # engine keeps it only when neither the question nor the asker's profile names another
            # province, and says so (see `opening_code`).
            expanded = folded_raw if (code not in ABBREVIATIONS
                                      or target_asked(fold(" ".join(raws[n + 1:])), period=False)) else []
        elif (code in _READ_BY_NEXT and n + 1 < len(raws) and fold(raws[n + 1]) in _READ_BY_NEXT[code][1]
              and unicodedata.normalize("NFC", raw) in _READ_BY_NEXT_AS_TYPED.get(code, (unicodedata.normalize("NFC", raw),))
              and not (n + 2 < len(raws) and fold(raws[n + 2]) in _READ_BY_NEXT_NOT_BEFORE.get(code, ()))):
            expanded = _READ_BY_NEXT[code][0].split()
        elif code == "bh" and asks_when(fold(raws[n - 1]) if n else "", fold(" ".join(raws[n + 1:n + 3]))):
            expanded = ["bao", "gio"]  # «lớp ATVSLĐ bh học», «hạn đk đến bh»: when; «đóng BH xã hội» stays
        elif folded_raw == ["dk"] and raw == "đk" and raw_upper(caps_of, raw):
            expanded = ["dac", "khu"]  # «ĐK Phú Quốc» is a special zone; «đk» in lower case is «đăng ký»
        elif folded_raw == ["tik"] and tokens[-1:] == ["chu"]:
            expanded = ["tich"]  # «chủ tịk»: Zalo teencode writes a final «ch» as «k»
        elif folded_raw == ["cs"] and tokens[-2:] == ["cong", "doan"]:
            expanded = ["co", "so"]  # «công đoàn cs», «cđ cs»: «cơ sở», as in «CĐCS»
        is_abbrev = expanded != folded_raw
        upper = not is_abbrev and len(raw) >= 2 and raw_upper(caps_of, raw)
        for tok in expanded:
            source.append(folded_raw[0] if is_abbrev and len(folded_raw) == 1 else "")
            caps.append(upper)
            tokens.append(tok)
            raw_forms.append(raw if not is_abbrev else tok)
            if is_abbrev:
                # A word from an abbreviation is stop only if it is plainly one ("ko" → "khong").
                stop.append(tok in STOP_FOLDED and tok not in AMBIGUOUS)
            elif upper:
                stop.append(False)  # an acronym
            elif raw != tok:  # typed with diacritics (or upper case): judge the real word
                stop.append(raw in STOP_EXACT)
            else:
                stop.append(tok in STOP_FOLDED and tok not in AMBIGUOUS)
    _shorthand_by_context(tokens, stop, raw_forms, source, caps, lowered)
    tokens[:] = batch_marks(tokens)  # «khóa II», «lớp 2»: the batch as the index reads it (see `batch_marks`)
    keep = [not s for s in stop]
    _toi_by_context(tokens, keep, raw_forms)
    _time_of_day(tokens, keep, raw_forms)
    _self_introduction(tokens, keep)
    _closing_particle(tokens, keep, raw_forms)
    _collective(tokens, keep, raw_forms)
    _yet_asked(tokens, keep, raw_forms)
    _both_and(tokens, keep)
    _advice_asked(tokens, keep)
    _drop_phrases(tokens, keep)
    content = tuple(t for t, k in zip(tokens, keep, strict=True) if k)
    return Norm(
        text=cleaned,
        tokens=tuple(tokens),
        content=content,
        folded=" ".join(tokens),
        had_diacritics=had_diacritics,
        content_mask=tuple(keep),
        caps=tuple(caps),
    )


def bigrams(tokens: tuple[str, ...] | list[str]) -> list[str]:
    """Adjacent token pairs joined by an underscore ("co_so"), which disambiguate short syllables."""
    return [f"{a}_{b}" for a, b in itertools.pairwise(tokens)]
