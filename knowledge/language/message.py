"""Long Zalo messages: the question apart from the greeting, the self-introduction and the thanks.

Chairs write to the union as to an office: «Dạ em chào anh chị ạ, em là Lan chủ tịch công đoàn công ty TNHH ABC
ở KCN Quế Võ tỉnh Bắc Ninh, công ty em có 500 công nhân, em muốn hỏi là tháng sau có lớp ATVSLĐ nào không ạ? Em
cảm ơn ạ.» Searched as a whole, the company's name, the asker's own name («Minh» of «Hồ Chí Minh»), «công nhân»
and the thanks are read as what is asked. `split_message` keeps the clauses that ask, and gives the
self-introduction apart: who the asker is and where (the engine reads it as a profile said in the message:
it counts for «tỉnh em», «công ty em» or a question naming no place, never over a place the question names).

A clause that introduces and asks at once («e là ct CĐCS, có lớp nào gần nhất ko») stays with the question.
Pure functions over text; nothing here touches the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.text import ASKING_WORDS, RAW_WORD, WORKPLACE_HEADS, clean, fold

# Clause boundaries: «1.200 công nhân», «2,5%», «TP. HCM», «TP.HCM» are no boundaries.
_BOUNDARY = re.compile(r"((?:(?<!\d)[.,](?!\d)|(?<=\d)[.,](?!\d)|(?<!\d)[.,](?=\d)|[;!?\n…]|:(?!\d))+\s*)")
_ABBREV_DOT = re.compile(r"(?:^|\s)(?:tp|tx|tt|q|p|h|t|st|đc|ths|ts|pgs|gs|cty|ct|mr|ms)$", re.IGNORECASE)
_TOKEN = re.compile(r"[0-9a-z]+")

# Words of a greeting or a salutation only («Dạ em chào anh chị ban tổ chức ạ», «Kính gửi quý cơ quan»).
_GREETING_WORDS = frozenset({
    "da", "vang", "em", "e", "minh", "toi", "chau", "chao", "xin", "kinh", "gui", "anh", "chi", "a", "ad", "admin",
    "ban", "to", "chuc", "quy", "mn", "moi", "nguoi", "ca", "nha", "ac", "bot", "oi", "thua", "cac", "hello", "hi",
    "alo", "co", "quan", "lien", "doan", "cong", "chu", "bac", "thay", "nhe", "buoi", "sang", "chieu",
    # «em chào bộ phận đào tạo», «kính gửi phòng đào tạo», «chào trung tâm đào tạo»: the office addressed.
    "bo", "phan", "phong", "trung", "tam", "dao", "tao",
})
_GREETS = frozenset({"chao", "kinh", "hello", "hi", "alo", "thua"})
# («Trân trọng cảm ơn.», an office's letter closing.)
_CLOSING = re.compile(r"^(?:(?:da|vang|em|e|minh|toi|chau|xin|chan thanh|tran trong|rat|mot lan nua) )*"
                      r"(?:cam on|camon|thanks|thank you|tks|thx|chuc|mong|rat mong|hi vong|hy vong)\b")
# «em là …», «mình làm …», «bên em ở …», «tôi mới lên …»: a clause that says who the asker is.
_INTRO = re.compile(r"^(?:(?:a|o|da|vang|chao|xin chao) )*(?:(?:em|e|minh|toi|tui|chau|mk|mik)"
                    r"(?: (?:moi|vua|dang|hien|duoc|cung|thi|hien dang|hien nay))* (?:la|lam|len|o|thuoc|bau|ben|cong tac)"
                    r"|ben (?:em|e|minh|toi))\b")
# Words that ask (folded): a clause with one of them is part of the question.
_ASKING = ASKING_WORDS | {
    "hong", "mun", "tieu", "hoc", "dot", "thang", "quy", "tuan", "mo", "con", "the", "may", "tap", "huan", "boi",
    "duong", "dao", "tao",
}
# Typed plain, these are as often words of a workplace: «bệnh viện Đa khoa» (khóa is a course).
_PLAIN_NOT_ASKING = frozenset({"khoa"})
_NEGATIONS = frozenset({"khong", "ko", "k", "kg", "hong", "chua"})
_PARTICLES = frozenset({"a", "ad", "admin", "vay", "nhi", "nhe", "nha", "the", "ha", "anh", "chi", "em", "ban", "oi",
                        "mn", "ak", "ah", "ta", "ne", "ac"})
# The same words as typed with their marks («tuần», not the name «Tuấn»; «hông», not «Hồng»).
_ASKING_MARKED = frozenset({
    "lớp", "khóa", "khoá", "nào", "gì", "không", "hông", "chưa", "bao", "bn", "đâu", "khi", "sao", "hỏi", "muốn",
    "cần", "đk", "ntn", "tiêu", "học", "đợt", "tháng", "quý", "tuần", "mở", "còn", "thế", "mấy", "tập", "huấn",
    "bồi", "dưỡng", "đào", "tạo", "dk", "ko", "k", "kg", "j", "mun",
})

# «may» after a workplace is the trade or the machine, not «mấy»: «cty may», «nhà máy», «dệt may».
_BEFORE_MAY = frozenset({"cty", "ty", "nghiep", "xuong", "nha", "nganh", "det", "hang", "dn"})
# «học» of a school's name is a workplace, not «học» asked: «trường tiểu học», «trung học», «đại học».
_BEFORE_HOC = frozenset({"tieu", "trung", "dai"})
# «năm nay», «2027», «15/12»: a period is asked about, never said of oneself.
_PERIOD = re.compile(r"\b(?:nam (?:nay|sau|toi|truoc|ngoai)|(?:19|20)\d\d|\d{1,2}/\d{1,2})\b")
# How the question is opened after an introduction: «em muốn hỏi là», «cho em hỏi», «em có việc muốn hỏi:».
_ASK_FRAME = re.compile(
    r"^(?:(?:da|vang|va|voi lai|nen) )*(?:(?:anh chi |ad |admin |ban )?(?:cho|xin phep cho) (?:em|e|minh|toi|chau) hoi"
    r"|(?:em|e|minh|toi|chau)(?: a)?(?: (?:co|dang))?(?: (?:viec|chut viec|cau|van de|dieu))?(?: a)?"
    r" (?:muon|mun|xin|can|dinh|xin phep|xin duoc) hoi|xin hoi|(?:em|e|minh|toi|chau) hoi)"
    r"(?: (?:chut|ti|xiu|ty|thu|a|voi|them|luon|anh chi|ad))*(?: (?:la|ve|rang|ve viec))?(?= |$)")


@dataclass(frozen=True, slots=True)
class Message:
    """A message taken apart: `question` is what it asks (the message itself when nothing was taken out),
    `intro` the self-introduction («em là Lan, chủ tịch CĐCS công ty ABC ở tỉnh Bắc Ninh»), or ""."""

    question: str
    intro: str = ""


def clauses(text: str) -> list[tuple[str, str]]:
    """The clauses of a message with the punctuation that ends each («TP. HCM», «1.200» kept whole)."""
    parts = _BOUNDARY.split(text)
    out: list[tuple[str, str]] = []
    body = ""
    for k in range(0, len(parts), 2):
        body += parts[k]
        sep = parts[k + 1] if k + 1 < len(parts) else ""
        # Only the body's end is read: «TP. TP. …» pasted over and over costs its length, not its square.
        if sep.strip() == "." and _ABBREV_DOT.search(body, max(0, len(body) - 8)):
            body += sep
            continue
        out.append((body, sep))
        body = ""
    if body:
        out.append((body, ""))
    return out


def _tokens(clause: str) -> list[str]:
    return _TOKEN.findall(fold(clause))


def _asks(body: str) -> bool:
    """Whether a clause has a word that asks. A word typed with marks is judged as typed («Tuấn», «Hồng» ask
    nothing, «tuần», «hông» do), and a capitalised word inside a clause is a name («công ty Sao Mai»)."""
    raws = RAW_WORD.findall(body)
    folded = [fold(r) for r in raws]
    skip = {i + 1 for i in range(len(folded) - 1) if (folded[i + 1] == "may" and folded[i] in _BEFORE_MAY)
            or (folded[i + 1] == "hoc" and folded[i] in _BEFORE_HOC)}
    for i, (raw, tok) in enumerate(zip(raws, folded, strict=True)):
        if tok not in _ASKING or i in skip or (i and raw[:1].isupper() and not raw.isupper()):
            continue
        if tok in _NEGATIONS and not all(t in _PARTICLES for t in folded[i + 1:]):
            continue  # «cán bộ không chuyên trách»: a «không» that asks closes its clause («… không ạ»)
        if (raw.isascii() and tok not in _PLAIN_NOT_ASKING) or raw.lower() in _ASKING_MARKED:
            return True
    return False


def _greeting(tokens: list[str]) -> bool:
    return bool(tokens) and any(t in _GREETS for t in tokens) and all(t in _GREETING_WORDS for t in tokens)


def _closing(folded: str) -> bool:
    return _CLOSING.match(folded) is not None and "lop" not in folded.split() and "?" not in folded


# A workplace named in an introduction («công ty TNHH ABC», «nhà máy», «trường»).
# («trưởng ban», «cơ sở», «ủy ban kiểm tra» are roles, no workplace.)
# Of the kinds of workplace, bare «truong» is «trưởng ban» too, and a union's own kind («công đoàn cơ quan»,
# «tổ trưởng công đoàn HTX») is a role's words.
_ROLE_KINDS = frozenset({("truong",), ("co", "quan"), ("hop", "tac", "xa"), ("htx",)})
_WORKPLACES = re.compile(r"\b(?:" + "|".join(" ".join(w) for w in WORKPLACE_HEADS if w not in _ROLE_KINDS)
                         + r"|tnhh|co phan|tap doan|chi nhanh|ngan hang"
                         r"|truong (?:dai hoc|cao dang|trung cap|thpt|thcs|tieu hoc|mam non|mn|th|dh|cd|tc))\b")


def _beyond_role(body: str) -> bool:
    """Whether an introduction says more than a role or a place: the asker's name («em là Lan») or workplace."""
    raws = RAW_WORD.findall(body)
    folded = [fold(r) for r in raws]
    named = any(f in ("la", "ten") and i + 1 < len(raws) and raws[i + 1][:1].isupper() and not raws[i + 1].isupper()
                for i, f in enumerate(folded))
    return named or _WORKPLACES.search(" ".join(folded)) is not None


# Where a dictated message (no punctuation) turns from greeting to introduction, to the question, to thanks:
# after «… chào anh chị ạ», before «em muốn hỏi», «cho em hỏi», before «em cảm ơn».
_SPOKEN_GREETING = re.compile(r"^(?:(?:a|o|u|um|uhm) )*(?:(?:da|vang) )?(?:(?:em|e|minh|toi|chau) )?(?:xin )?chao (?:cac anh chi|anh chi|ad|admin|"
                              r"ban|moi nguoi|mn|ca nha|anh|chi|ac)(?: (?:ban to chuc|a|nhe|nha|oi))*")
_SPOKEN_TURNS = re.compile(r"(?<=\w) (?=(?:cho (?:em|e|minh|toi|chau) hoi|(?:em|e|minh|toi|chau)(?: a)?"
                           r"(?: co(?: viec| chut viec)?)?(?: a)? (?:muon|mun|xin|can) hoi|(?:em|e|minh|toi|chau) (?:xin )?cam on"
                           # «… công ty em có khoảng 500 công nhân»: the workplace described after the introduction
                           r"|(?:cong ty|cty|don vi|doanh nghiep|nha may|xi nghiep) (?:em|e|minh|toi) (?:a |thi )?co"
                           r"|(?:rat )?mong (?:anh chi|cac anh chi|ad|admin|ban) (?:tra loi|giup|phan hoi|tu van))\b)"
                           # «… không ạ cảm ơn anh chị», not inside «em cảm ơn», «xin cảm ơn»
                           r"|(?<=\w)(?<!\bem)(?<!\be)(?<!\bminh)(?<!\btoi)(?<!\bchau)(?<!\bxin) (?=cam on (?:anh chi|ad)\b)")


def _spoken_boundaries(text: str) -> str:
    """`text` with a comma where a message said without punctuation turns (see `_SPOKEN_TURNS`)."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    greeting = _SPOKEN_GREETING.match(folded)
    # The whole greeting, then a word: «chào anh chị, em là …» has its comma already.
    cuts = [greeting.end()] if greeting is not None and re.match(r" \w", folded[greeting.end():]) else []
    cuts += [m.start() for m in _SPOKEN_TURNS.finditer(folded)]
    for at in sorted(set(cuts), reverse=True):
        text = f"{text[:at]},{text[at:]}"
    return text


# What opens the question after a self-introduction said without punctuation («em mới làm chủ tịch công đoàn
# cơ sở cty giày có lớp … không»).
_QUESTION_OPENS = re.compile(r"(?<=\w) (?=(?:co|con) (?:lop|khoa|dot|cho|chi tieu)\b|(?:lop|khoa) (?:nao|gi)\b)")


def punctuated(text: str) -> str:
    """A message without punctuation that opens with a self-introduction, with a comma where its question
    starts, as it is typed: the role said is the asker's, not the question's own clause. Else `text`."""
    cleaned = clean(text)
    if re.search(r"[,.;:!?\n]", cleaned):
        return text
    folded = fold(cleaned)
    if len(folded) != len(cleaned) or not _INTRO.match(folded):
        return text
    m = _QUESTION_OPENS.search(folded)
    if m is None:
        return text
    return f"{cleaned[:m.start()]},{cleaned[m.start():]}"


# What still asks in a clause before «em xin hỏi» («có lớp ATVSLĐ nào không, cho em hỏi thêm …»): a class of a
# kind asked for, a place, a count or a date asked, or a «không» closing it.
_STILL_ASKS = re.compile(r"\b(?:lop|khoa|dot)(?: \w+){0,6} (?:nao|gi|j)\b|\b(?:o dau|bao nhieu|khi nao|ngay nao|may ngay)\b"
                         r"|\b(?:khong|ko|k|kg|chua|hong)(?: (?:a|ad|vay|nhi|nhe|nha|ha|anh chi|oi))*$")
# «Nên em xin hỏi …», «Vì vậy cho em hỏi …»: what joins the story to the question.
_SO = re.compile(r"^(?:(?:nen|vi vay|vi the|do do|vay|the|nay|gio)(?: thi)? )+")


def _story_before_frame(parts: list[tuple[str, str]], kinds: list[str]) -> None:
    """A letter that tells its story before «em xin hỏi», «cho em hỏi» (a new accountant: how long in the post,
    what she did before, who told her to study, her shifts): the clauses before that frame are the story, not the
    question, however many of their words could ask («một tháng nay», «bao giờ», «công ty may»). Those that say
    who the asker is stay the introduction; those that still ask (`_STILL_ASKS`, a «?») stay the question. Only a
    story of two clauses or more: a role said in passing before the question stays as it is read."""
    frame = next((n for n, (body, _) in enumerate(parts) if n and kinds[n] == "question"
                  and _ASK_FRAME.match(_SO.sub("", fold(body).strip())) is not None), None)
    if frame is None:
        return
    before = [n for n in range(frame) if kinds[n] not in ("greeting", "empty")]
    if len(before) < 2:
        return
    for n in before:
        body, sep = parts[n]
        folded = fold(body).strip()
        if "?" in sep or _STILL_ASKS.search(folded):
            continue
        kinds[n] = "intro" if _INTRO.match(folded) or kinds[n] == "intro" else "story"


def split_message(text: str, *, story: bool = False) -> Message:
    """The question of a long message and the self-introduction said before it (see the module's docstring).
    A message with no greeting, introduction or thanks to take out comes back whole. `story`: the clauses told
    before «em xin hỏi» set aside too (`_story_before_frame`), for a letter that read otherwise asks nothing
    (a story may also be what the question is about: «em đọc báo thấy năm 2016 …, cho em hỏi bao nhiêu …»)."""
    cleaned = _spoken_boundaries(clean(text))
    parts = clauses(cleaned)
    if len(parts) < 2:
        return Message(text)
    kinds: list[str] = []
    asking: list[bool] = []
    in_intro = False
    for body, sep in parts:
        folded = fold(body).strip()
        toks = _tokens(body)
        asks = "?" in sep or _asks(body)
        asking.append(asks)
        if not toks:
            kinds.append("empty")
        elif _greeting(toks):
            kinds.append("greeting")
            in_intro = False
        elif _closing(folded) and kinds and any(k == "question" for k in kinds):
            kinds.append("closing")
            in_intro = False
        elif (_INTRO.match(folded) and not asks and not _PERIOD.search(folded)
              # «Cho em hỏi: mình là kế toán, …»: a role said with the question is its word; «…, e mới làm ct
              # cđcs cty giày» after it tells who asks
              and ("question" not in kinds or _beyond_role(body))):
            kinds.append("intro")
            in_intro = True
        elif in_intro and not asks and not _PERIOD.search(folded) and _ASK_FRAME.match(folded) is None:
            # «…, chủ tịch CĐCS công ty ABC ở tỉnh X» goes on introducing; «công ty em có 500 công nhân» tells
            # of the workplace, whose workers are no role of the asker.
            kinds.append("detail" if any(c.isdigit() for c in folded) else "intro")
        else:
            kinds.append("question")
            in_intro = False
    if story:
        _story_before_frame(parts, kinds)
    if "question" not in kinds or all(k in ("question", "empty") for k in kinds):
        return Message(text)
    if not any(a for a, k in zip(asking, kinds, strict=True) if k == "question"):
        return Message(text)  # «vậy thôi, cảm ơn bạn nhé»: nothing asked, the thanks are the message
    intro_at = [n for n, kind in enumerate(kinds) if kind == "intro"]
    beyond = len(intro_at) > 1 or any(_beyond_role(parts[n][0]) for n in intro_at)
    if intro_at and not beyond:
        # «chào ad, mk là kế toán CĐCS, tháng sau có lớp nào»: a role said in passing is a word of the question,
        # as it is without the greeting.
        kinds[intro_at[0]] = "question"
    intro_parts = [body for (body, _), kind in zip(parts, kinds, strict=True) if kind == "intro"]
    # Taken apart only a message written as a letter: a greeting, thanks, or an introduction that says more
    # than a role (a name, a workplace, several clauses). A short one («e là ct CĐCS, có lớp nào gần nhất»,
    # «mình là trưởng ban nữ công, có lớp nào ko») is read whole, its role a word of the question.
    if not ({"greeting", "closing"} & set(kinds) or beyond):
        return Message(text)
    kept = [(body, sep) for (body, sep), kind in zip(parts, kinds, strict=True) if kind == "question"]
    first, sep = kept[0]
    folded_first = fold(first)
    m = _ASK_FRAME.match(folded_first)
    if m is not None and fold(first[:m.end()]) != folded_first[:m.end()]:
        # fold drops a combining mark on a letter with no precomposed form («hỏi̇»): the typed frame is longer
        # than the folded one, and is left in rather than cut in the wrong place.
        m = None
    if m is not None and m.end() < len(first.rstrip()):
        first = first[m.end():]
    elif m is not None and len(kept) > 1:
        kept.pop(0)  # «Em có việc muốn hỏi: …»: the frame alone before the question
        first, sep = kept[0]
    kept[0] = (first.strip(), sep)
    question = "".join(body + sep for body, sep in kept).strip()
    question = re.sub(r"^[\s,.;:]+|[\s,;:]+$", "", question)
    intro = " ".join(b.strip() for b in intro_parts)
    if not question:
        return Message(text)
    return Message(question, intro)
