"""People's names inside what users type: found to be left out of what is logged or stored for organisers.

A chair introduces themselves in a question («em là Nguyễn Thị Hoa ở công ty May 10, hỏi lớp …») or names a
colleague («đăng ký cho chị Lan»). Law 91/2025/QH15 on personal data: such a name has no place in the log of
unanswered questions, which organisers read, nor in log lines. The question around it stays as typed, so it is
still useful to them. Pure functions: no database (tests/test_layers.py).
"""

from __future__ import annotations

import re
import unicodedata

from knowledge.language.places import canonical_name
from knowledge.lexicon import PLAN_AUDIENCES, ROLES
from knowledge.text import fold

REDACTED_NAME = "[họ tên]"

# The commonest Vietnamese family names (folded); together they cover nearly everyone.
FAMILY_NAMES = frozenset(["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
                          "ho", "ngo", "duong", "ly", "dinh", "trinh", "dao", "mai", "luong", "truong", "ha", "cao", "lam",
                          "ta", "doan", "vuong", "kieu", "chau", "thai", "phung", "to", "quach", "lai", "trieu", "chu",
                          "luu", "tang", "nong", "la", "lo", "kim", "khong", "giang", "van", "thach", "diep", "hua",
                          "hong", "quan", "mac", "tieu", "ton", "ung", "au", "son", "luc", "thieu", "tong"])
# The same as written with their marks: a capitalised run of words is a name only when it opens on one of these
# («Trường Đại học …», «Đoàn viên …», «Hồ Chí Minh» fold to family names too; the marks tell most of them apart).
FAMILY_NAMES_MARKED = frozenset(["nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi",
                                 "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "trịnh", "đào", "mai", "lương", "trương", "hà",
                                 "cao", "lâm", "tạ", "đoàn", "vương", "kiều", "châu", "thái", "phùng", "tô", "quách",
                                 "lại", "triệu", "chu", "lưu", "tăng", "nông", "la", "lò", "kim", "khổng", "giang",
                                 "văn", "thạch", "diệp", "hứa", "hồng", "quan", "mạc", "tiêu", "tôn", "ưng", "âu", "sơn",
                                 "lục", "thiều", "tống", "đàm", "từ", "lã", "mã", "triệu", "khúc", "hầu", "ninh"])

# Words that say who is speaking or spoken to, never a name themselves («Anh Chị cho hỏi»).
_ADDRESS = frozenset({"anh", "chi", "em", "e", "co", "chu", "bac", "ong", "ba", "minh", "toi", "tui", "ban", "ad",
                      "admin", "oi", "a", "ah", "nhe", "nha", "chau", "mk", "mik", "thay", "sep"})
# Posts and bodies that follow «em là …» as a name would («em là chủ tịch», «mình là đoàn viên», «tôi là Kế toán»):
# the roles of the lexicon and the words of a union's posts.
_POSTS = tuple(sorted({p for t in (*ROLES, *PLAN_AUDIENCES) for p in t.synonyms} | {
    "ban chap hanh", "bch", "can bo", "cong doan", "doan vien", "chu tich", "pho chu tich", "uy vien",
    "nguoi lao dong", "nld", "ke toan", "thu quy", "to truong", "to pho", "truong ban", "pho ban", "giao vien",
    "giang vien", "cong nhan", "nhan vien", "lao dong", "thanh vien", "hoc vien", "tong", "truong", "pho",
    "dai dien", "lanh dao", "giam doc", "chuyen vien", "can su", "thu ky", "van thu", "nu cong", "lop", "khoa hoc",
    "nguoi", "ca nhan", "thanh nien", "cdcs", "cong doan co so", "chuyen trach", "khong chuyen trach",
}, key=len, reverse=True))
_POST = re.compile(r"^(?:" + "|".join(re.escape(p) for p in _POSTS) + r")\b")
# Words before a capitalised run that make it a place, a school, a street or a company, not a person: «phường Trần
# Hưng Đạo», «trường THPT Nguyễn Du», «đường Lê Lợi», «công ty Lê Bảo Minh».
_NAMED_AFTER = frozenset({"phuong", "xa", "duong", "pho", "quan", "huyen", "tinh", "thanh", "tp", "thi", "tran",
                          "truong", "thpt", "thcs", "th", "tieu", "hoc", "mam", "non", "cong", "ty", "cty", "tnhh",
                          "khu", "kcn", "kcx", "lang", "thon", "ap", "ban", "cau", "cho", "benh", "vien", "bv", "nha",
                          "van", "hoa", "hoi", "doan", "giai", "le", "chuong", "trinh", "tuong", "bac", "ong", "ba",
                          "tap", "nganh", "so", "doi", "to", "nhom", "hop", "tac", "htx", "xi", "nghiep", "dong",
                          "chua", "den", "dinh", "quang", "san", "cum", "sieu", "bo", "ho", "cang", "ga", "dai", "su", "toa", "nhan", "dan", "uy", "uban", "ubnd"})

# «em là …», «tôi tên …», «tên em là …», «họ tên: …», «mình tên là …» (folded): a name follows, typed with or without
# capitals.
_SAYS_NAME = re.compile(
    r"\b(?:(?:ho (?:va )?)?ten (?:cua )?(?:toi|minh|em|e|tui|mk|mik|chau|anh|chi) (?:la\b|:)"
    r"|(?:toi|minh|em|e|tui|mk|mik|chau)(?: ten)?(?: la| ten|:)"
    r"|(?:ho (?:va )?)?ten(?: la|:)"
    r"|ho ten)\s*$")
# «anh Hùng», «chị Lan», «đ/c Tuấn», «đồng chí Nguyễn Văn A» (folded): a name follows, typed with a capital.
_ADDRESSES = re.compile(r"\b(?:anh|chi|co|chu|em|ban|d/c|dc|dong chi)\s*$")
# The words of the cues themselves («là», «tên»): «La» is a family name too, never after «tên».
_CUE_WORDS = frozenset({"la", "ten"})
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or not word[1:].isupper())


def _is_place(words: list[str]) -> bool:
    """Whether the words are a province's name, today's or a former one («Hồ Chí Minh», «Cao Bằng Lạng Sơn»)."""
    folded = [fold(w) for w in words]
    i = 0
    while i < len(folded):
        for size in range(min(4, len(folded) - i), 0, -1):
            if canonical_name(" ".join(folded[i:i + size])):
                i += size
                break
        else:
            return False
    return True


def _run(words: list[re.Match[str]], start: int, text: str, *, most: int) -> int:
    """How many capitalised words from `start`, side by side (only spaces between), make a name: at most `most`,
    none after the first that says whom one addresses («Hoa ơi», «Lan Anh» stays whole)."""
    n = 0
    while start + n < len(words) and n < most:
        word = words[start + n].group()
        if not _capitalised(word) or (n and (fold(word) in _ADDRESS or text[words[start + n - 1].end():
                                                                              words[start + n].start()].strip())):
            break
        n += 1
    return n


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` holds a person's name: after «em là», «tôi tên», «họ tên:» (typed with capitals or not), after
    «anh», «chị», «đ/c» (a capitalised word or more), and three to five capitalised words anywhere that open on a
    family name as written with its marks. Not a post («em là chủ tịch»), a province («Hồ Chí Minh»), nor what a
    place, school, street or company is named after («phường Trần Hưng Đạo», «trường THPT Nguyễn Du»)."""
    text = unicodedata.normalize("NFC", text)
    words = list(_WORD.finditer(text))
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        before = fold(text[max(0, words[i].start() - 40):words[i].start()])
        first = words[i].group()
        n = 0
        if _SAYS_NAME.search(before) and not _POST.match(fold(text[words[i].start():])):
            if _capitalised(first):
                n = _run(words, i, text, most=5)
            elif fold(first) in FAMILY_NAMES and fold(first) not in _CUE_WORDS:
                # Typed in lower case: the family name and the one to three words after it, up to a word that is
                # no part of a name (a place, a unit: «… ở công ty …»).
                n = 1 + _run_lower(words, i + 1, text, most=3)
                n = n if n >= 2 else 0
        elif _ADDRESSES.search(before) and _capitalised(first) and fold(first) not in _ADDRESS:
            n = _run(words, i, text, most=4)
        elif _capitalised(first) and first.lower() in FAMILY_NAMES_MARKED:
            n = _run(words, i, text, most=5)
            head = fold(text[:words[i].start()]).split()[-1:]
            if n < 3 or (head and head[0] in _NAMED_AFTER):
                n = 0
        if n and not _is_place([w.group() for w in words[i:i + n]]):
            spans.append((words[i].start(), words[i + n - 1].end()))
            i += n
        else:
            i += 1
    return spans


# Lower-case words that end a name typed without capitals: what follows a name in an introduction.
_AFTER_NAME = frozenset({"o", "tai", "lam", "cong", "thuoc", "tu", "cua", "dang", "chu", "can", "ke", "doan", "hoi",
                         "muon", "xin", "la", "va", "voi", "cty", "cho", "nhe", "a", "ah", "oi", "ben", "hien",
                         "moi", "vua", "da", "co", "khong", "ko", "k", "lop", "khoa", "dk", "ky",
                         "nam", "thang", "nay", "sap", "toi", "em", "minh", "mk", "tui", "e", "ad"})


def _run_lower(words: list[re.Match[str]], start: int, text: str, *, most: int) -> int:
    n = 0
    while (start + n < len(words) and n < most and fold(words[start + n].group()) not in _AFTER_NAME
           and not text[words[start + n - 1].end():words[start + n].start()].strip()):
        n += 1
    return n


def redact_names(text: str) -> str:
    """`text` with every person's name it holds (`name_spans`) replaced by «[họ tên]»."""
    spans = name_spans(text)
    if not spans:
        return text
    text = unicodedata.normalize("NFC", text)
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], REDACTED_NAME]
        at = end
    out.append(text[at:])
    return "".join(out)
