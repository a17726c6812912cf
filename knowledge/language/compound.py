"""Messages of two parts: something remembered or said first, then the question («hồi 2016 Hà Nội huấn luyện
ATVSLĐ 42 lớp, còn Đà Nẵng bây giờ có lớp … nào sắp mở ko»).

Chairs set the scene before they ask: a figure of an article, what they read, what they want to learn, a
class they heard of. Searched as a whole, the scene's figures and year can outweigh the question: the 2016
fact comes back instead of Đà Nẵng's classes. `split_compound` finds the clause that asks — the clause with an
interrogative word («nào», «gì», «không/ko» closing it, «bao giờ», «ở đâu», «mấy», «bao nhiêu», «?»), most
often opened by «còn», «vậy», «thế», «giờ», «bây giờ» — and gives the scene before it apart. A scene that asks
too («… bao nhiêu lớp? còn năm nay có lớp nào không») is a first question (`Compound.asks_both`).

Pure functions over text; the engine (knowledge.qa) decides which reading answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.language.message import clauses
from knowledge.text import RAW_WORD, clean, fold

# Words that ask wherever they stand (folded): «nào», «gì», «bao nhiêu», «mấy» (marked, see below).
_ASKING = frozenset({"nao", "gi", "j", "bn", "ntn", "sao", "ai"})
# Pairs that ask: «bao giờ», «bao nhiêu», «bao lâu», «ở đâu», «thế nào», «là gì» …
_ASKING_PAIRS = frozenset({("bao", "gio"), ("bao", "nhieu"), ("bao", "lau"), ("o", "dau"), ("tai", "dau"),
                           ("the", "nao"), ("co", "phai"), ("phai", "khong"), ("hay", "khong"), ("dau", "vay")})
# «không», «chưa» ask only closing their clause («cán bộ không chuyên trách» says a role).
_CLOSING_ASKS = frozenset({"khong", "ko", "k", "kg", "hong", "hok", "hem", "chua", "dau"})
# What may follow a closing «không» («… không ạ», «… ko vậy ad»).
_PARTICLES = frozenset({"a", "ak", "ah", "ha", "vay", "nhi", "nhe", "nha", "the", "ta", "ne", "oi", "ad", "admin",
                        "anh", "chi", "em", "ban", "mn", "ac", "z", "v", "ba", "ong", "co", "chu"})
# «sao» of «Sao Mai», «ai» of a name: capitalised inside a clause it is a name (see `_asks`).
# «may» of «dệt may», «cty may»: «mấy» only typed with its marks, or plain before what is counted.
_COUNTED = frozenset({"lop", "khoa", "dot", "nguoi", "can", "ngay", "gio", "thang", "tuan", "buoi", "luot", "hoc",
                      "cho", "nam", "tiet", "phan", "%"})
# Words that open the question after the scene: «còn», «vậy», «thế», «giờ», «bây giờ», «hiện nay».
# («nhưng» is left out: typed plain it is «những», which opens a list: «có những lớp nào».)
_PIVOTS = ("con", "vay", "the", "the con", "vay con", "vay thi", "the thi", "gio", "bay gio", "hien nay", "hien gio",
           "con bay gio", "con gio", "con hien nay", "con hien tai", "hien tai")
# The pivots' words as typed with their marks.
_PIVOT_MARKED = frozenset({"còn", "vậy", "thế", "giờ", "bây", "hiện", "nay", "tại", "thì"})
# Marks of a scene in the past (folded): «hồi 2016», «hồi xưa», «ngày xưa», «trước đây», «năm ngoái».
# Plain «hoi» is «hỏi» as often («cho em hoi»): only with what makes it «hồi» («hoi xua», «hoi 2016»).
_PAST = re.compile(r"\b(?:hoi (?:xua|truoc|do|ay|con|nam \d{4}|\d{4})|ngay xua|ngay truoc|thoi xua|truoc day|truoc kia"
                   r"|nam ngoai|nam truoc|nam roi|(?:da|tung) (?:to chuc|mo|dao tao|boi duong|tap huan|huan luyen|dat))\b")
_YEAR = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)(?![\d/])")
# A figure said in the scene («42 lớp», «61,23%», «400 lượt», «25 đồng chí»): something remembered.
_FIGURE = re.compile(r"(?<![\d/])\d+(?:[.,]\d+)?\s*(?:%|lop|luot|nguoi|dong chi|can bo|cb|hoc vien|hv|doan vien|dv)\b")
# Words of a question about now or what is coming: the scene's year is no period of it.
_NOW = re.compile(r"\b(?:gio|bay gio|hien nay|hien gio|hien tai|nam nay|thang nay|sap|sap toi|toi|sau|dang|con|moi)\b")
# After a comma with no pivot, the clause that asks must say something of its own: «có», «mở», «học», «đạt»,
# «là», «tổ chức». «lớp đối thoại, thương lượng không?» is one question listing two topics.
_OWN_VERB = re.compile(r"\b(?:co(?! so\b)|mo|hoc|dat|la|to chuc|duoc|dang ky|dk|khai giang|bat dau)\b")
# A pivot is no pivot before these: «còn chỗ», «còn hạn», «còn mở», «còn nhận», «còn đăng ký», «còn kịp» ask
# whether something is still so; «thế nào», «vậy ạ» are no new clause; «giờ» before «học» is the hour of the class.
_STILL = frozenset({"cho", "han", "mo", "nhan", "dang", "dk", "nua", "khong", "ko", "k", "lai", "trong", "slot", "suat",
                    "khoa", "lop", "duoc", "dc", "ai", "nguoi", "ve", "ton", "kip"})
_AFTER_NO_PIVOT = {"the": frozenset({"nao", "thi", "a", "ha", "nhe", "sao"}), "vay": frozenset({"a", "ha", "nhe", "thi"}),
                   "gio": frozenset({"hoc", "bat", "ket", "giac", "lam", "nao", "thi"})}
_MAX_CUTS_TRIED = 4
# «mấy giờ», «8 giờ», «bao giờ», «lúc nào giờ»: the hour, no «now».
_NOT_PIVOT_AFTER = frozenset({"may", "bao", "luc", "tieng", "nhieu", "moi", "trong"})


@dataclass(frozen=True, slots=True)
class Compound:
    """A message of two parts: `scene` (what is said or asked first) and `question` (the clause that asks,
    with what follows it). `asks_both`: the scene asks a question of its own. `past`: the scene speaks of
    the past («hồi 2016», «ngày xưa»); `remembered`: of the past or quoting a figure («42 lớp»). `pivot`: the word opening the question («con», «vay», …) or ""."""

    scene: str
    question: str
    asks_both: bool = False
    past: bool = False
    pivot: str = ""
    remembered: bool = False


def _words(text: str) -> tuple[list[str], list[str]]:
    raws = RAW_WORD.findall(text)
    return raws, [fold(r) for r in raws]


def asks(body: str, sep: str = "") -> bool:
    """Whether a clause asks: a «?», an interrogative word, or «không/chưa» closing it."""
    if "?" in body or "?" in sep:
        return True
    raws, folded = _words(body)
    n = len(folded)
    for i, (raw, tok) in enumerate(zip(raws, folded, strict=True)):
        named = bool(i) and raw[:1].isupper() and not raw.isupper()
        if tok in _ASKING and not named:
            if tok == "ai" and raw.lower() not in ("ai",):
                continue  # «ái», «ải»: no «ai» typed with marks
            if tok == "sao" and raw.lower() not in ("sao",):
                continue  # «sáo», «sạo»
            if tok == "gi" and raw.lower() not in ("gi", "gì"):
                continue  # «gỉ», «ghi» typed without marks is «ghi», not «gi»
            if tok == "nao" and raw.lower() not in ("nao", "nào"):
                continue  # «não», «nạo»
            return True
        if i + 1 < n and (tok, folded[i + 1]) in _ASKING_PAIRS and not named:
            if tok == "the" and raw.lower() not in ("the", "thế"):
                continue  # «thẻ nào» is a card
            if tok == "o" and raw.lower() not in ("o", "ở"):
                continue
            if folded[i + 1] == "dau" and raws[i + 1].lower() not in ("dau", "đâu"):
                continue  # «ở đầu», «tại đầu …»
            return True
        if tok == "may" and (raw.lower() == "mấy" or (raw.isascii() and i + 1 < n and folded[i + 1] in _COUNTED
                                                    and not (i and folded[i - 1] in ("det", "cty", "nha", "hang")))):
            return True
        if tok in _CLOSING_ASKS and i and all(t in _PARTICLES for t in folded[i + 1:]):
            if tok == "dau" and raw.lower() not in ("dau", "đâu"):
                continue  # «… đầu»
            return True
    return False


def _pivot_at(raws: list[str], folded: list[str], i: int) -> str:
    """The pivot phrase opening at word `i` («còn bây giờ», «vậy»), the longest that opens a new question
    (see `_STILL`); "" when none. Its words typed with marks must be the pivot's: «thẻ» is no «thế», «con»
    typed plain may be «còn», «cơn» may not."""
    if i and folded[i - 1] in _NOT_PIVOT_AFTER:
        return ""
    best = ""
    for p in _PIVOTS:
        words = p.split()
        if folded[i:i + len(words)] != words or len(p) <= len(best):
            continue
        if any(not raws[i + k].isascii() and raws[i + k].lower() not in _PIVOT_MARKED for k in range(len(words))):
            continue
        after = folded[i + len(words):i + len(words) + 1]
        if after and (after[0] in _AFTER_NO_PIVOT.get(words[-1], ()) or (words[0] == "con" and len(words) == 1
                                                                          and after[0] in _STILL)):
            continue
        if words[-1] == "gio" and i and folded[i - 1].isdigit():
            continue
        best = p
    return best


def _opening_pivot(body: str) -> str:
    raws, folded = _words(body)
    return _pivot_at(raws, folded, 0) if folded else ""


def in_past(scene: str, this_year: int) -> bool:
    """Whether a scene speaks of the past: «hồi», «ngày xưa», «trước đây», «năm ngoái», «đã tổ chức», or a year
    before `this_year`."""
    raws, words = _words(scene)
    folded = " ".join(words)
    # «hồi», «xưa» typed with their marks say the past whatever follows («hồi hai không mười sáu»).
    return bool(_PAST.search(folded) or any(int(y) < this_year for y in _YEAR.findall(folded))
                or any(r.lower() in ("hồi", "xưa") for r in raws))


def _remembered(scene: str, this_year: int) -> bool:
    """A scene that tells something remembered: of the past, or quoting a figure («42 lớp», «61,23%»)."""
    return in_past(scene, this_year) or bool(_FIGURE.search(fold(scene)))


def _unpunctuated_cut(text: str, this_year: int) -> tuple[str, str] | None:
    """A message typed without marks («hoi xua me linh tap huan 400 luot con quang ngai co lop nao ko»): cut
    before a pivot that follows a scene in the past and opens a clause that asks. None when there is none."""
    raws, folded = _words(text)
    tried = 0
    for i in range(3, len(folded) - 2):
        pivot = _pivot_at(raws, folded, i)
        if not pivot:
            continue
        tried += 1
        if tried > _MAX_CUTS_TRIED:
            break  # «còn còn còn …» pasted over: each cut tried reads the whole text again
        # The cut falls before the i-th word as typed.
        at = 0
        for k, raw in enumerate(raws):
            at = text.find(raw, at)
            if k == i:
                break
            at += len(raw)
        scene_text, question = text[:at].strip(), text[at:].strip()
        if _remembered(scene_text, this_year) and asks(question) and not asks(scene_text):
            return scene_text, question
    return None


def split_compound(text: str, *, this_year: int) -> Compound | None:
    """The scene and the question of a message of two parts (see the module's docstring); None for a message
    of one part, one that asks nothing, or one whose asking clause comes first and alone («có lớp … không,
    mình muốn đăng ký»: what follows is no new question). `this_year` tells a past year from a coming one.

    Cut only where a new clause clearly begins: after a sentence's end («.», «;», «?», «!»), before a pivot
    («, còn …», «, vậy …», «, giờ …»), or after a comma when the scene tells something remembered (a year gone
    by, a figure) and the clause after it says something of its own («…, Vĩnh Long có lớp nào không»). A comma
    inside a list («lớp đối thoại, thương lượng không?») cuts nothing."""
    cleaned = clean(text)
    parts = [(b, s) for b, s in clauses(cleaned) if RAW_WORD.search(b)]
    if len(parts) < 2:
        cut = _unpunctuated_cut(cleaned, this_year)
        if cut is None:
            return None
        scene, question = cut
        return Compound(scene, question, past=in_past(scene, this_year), pivot=_opening_pivot(question),
                        remembered=True)
    asking = [asks(b, s) for b, s in parts]

    def opens(k: int) -> bool:
        """Whether clause `k` opens a question of its own after the clauses before it."""
        body = parts[k][0]
        if parts[k - 1][1].strip()[:1] in (".", ";", "?", "!", "…") or _opening_pivot(body):
            return True
        before = "".join(b + s for b, s in parts[:k])
        return _remembered(before, this_year) and _OWN_VERB.search(fold(body)) is not None

    at: int | None = None
    if not asking[0]:
        # A scene that says, then the first clause that asks.
        first = next((k for k in range(1, len(parts)) if asking[k]), None)
        if first is not None and opens(first):
            at = first
    else:
        # A scene that asks too: the last clause that asks, after a «?»/«;» or opened by a pivot.
        at = next((k for k in range(len(parts) - 1, 0, -1) if asking[k] and (
            parts[k - 1][1].strip()[:1] in ("?", ";") or _opening_pivot(parts[k][0]))), None)
    if at is None:
        return None
    scene = re.sub(r"[\s,;:]+$", "", "".join(b + s for b, s in parts[:at]).strip())
    question = "".join(b + s for b, s in parts[at:]).strip()
    if len(_words(scene)[1]) < 3:
        return None  # «ừm, …», «ad ơi, …», «à mà, …»: an opening word, no scene
    return Compound(scene, question, asks_both=any(asking[:at]), past=in_past(scene, this_year),
                    pivot=_opening_pivot(question), remembered=_remembered(scene, this_year))


def speaks_of_now(question: str) -> bool:
    """Whether a question asks of now or what is coming («bây giờ», «sắp tới», «năm nay», «còn …»)."""
    return _NOW.search(" ".join(_words(question)[1])) is not None
