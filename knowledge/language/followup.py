"""Follow-up questions resolved against the subject of the last answer.

Chairs talk: «lớp nào về an toàn lao động?» then «lớp ấy ở chỗ nào?», «thế tháng sau?», «cái thứ 2 học
mấy hôm?», «cho mình ghi danh lớp này». `resolve` turns such a message into a question the engine can
answer on its own (a class's code with the aspect asked, or the previous question with its period, place
or union replaced), or into a choice to offer when the reference is unclear. It never guesses a class to
register: with several classes in view it asks which one.

Pure functions over a JSON-serialisable `Subject`, so the conversation turn can keep the subject in the
database between messages, on any channel and process.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import OSA

from knowledge.language.places import CURRENT_PROVINCES, FORMER_PROVINCES, current_province
from knowledge.language.talk import small_talk
from knowledge.lexicon import (
    ABBREVIATIONS,
    CALLED_OFF_CUES,
    PLACE_BEFORE,
    PLACE_CODE_MARK,
    PLACE_CODES,
    PLACE_CODES_FIRST,
    PLACE_CODES_OPENING,
    PLAN_AUDIENCES,
    ROLES,
)
from knowledge.text import (
    asks_when,
    at_the_enterprise,
    expand,
    fold,
    hoan_apart,
    opens_before_class,
    says,
    short_weekday,
    spell_place_codes,
)

MAX_CHOICES = 5


# A list of classes the conversation showed, as the subject was then: (question, codes, titles, phrases, year,
# org_id, place) — so a follow-up after going back to it («còn ở Nghệ An thì sao») replaces its place.
Listed = tuple[str, tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...], int | None, int | None, str | None]
# A list's question kept in the state is cut as the conversation's last question is: a pasted essay stays small.
MAX_LISTED_QUESTION = 500


def _listed_from(item: Any) -> Listed | None:
    """One kept list back from the state (older states have only question, codes and titles); None for a
    malformed one."""
    try:
        if not isinstance(item, (list, tuple)) or len(item) not in (3, 7):
            return None
        q, c, t = item[:3]
        if not isinstance(q, str) or not isinstance(c, (list, tuple)) or not isinstance(t, (list, tuple)) or len(c) != len(t):
            return None
        phrases: tuple[tuple[str, str], ...] = ()
        year = org_id = place = None
        if len(item) == 7:
            ph, year, org_id, place = item[3:]
            phrases = tuple((str(k), str(v)) for k, v in ph or ())
            year = int(year) if year is not None else None
            org_id = int(org_id) if org_id is not None else None
            place = str(place) if place is not None else None
        return (q[:MAX_LISTED_QUESTION], tuple(str(x) for x in c), tuple(str(x) for x in t), phrases, year, org_id,
                place)
    except (TypeError, ValueError):
        return None


def _lists_from(value: Any) -> tuple[Listed, ...]:
    """The kept lists back from the state, a malformed entry dropped alone (not the whole subject)."""
    if not isinstance(value, (list, tuple)):
        return ()
    return tuple(e for e in (_listed_from(item) for item in value) if e is not None)


@dataclass(frozen=True, slots=True)
class Subject:
    """What the last answer was about.

    `kind`: course (one class shown), courses (a list), target, fact, document, organisation, place, "".
    `codes`/`titles`: the classes (or records) shown, in the order the user saw them.
    `phrases`: the folded phrases of the question that said its period, place, union, role or topic,
    by kind ("time", "place", "org", "role", "topic"), so another one can take their place.
    """

    kind: str = ""
    question: str = ""
    codes: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    phrases: tuple[tuple[str, str], ...] = ()
    year: int | None = None
    org_id: int | None = None
    place: str | None = None
    focus: str | None = None  # the class of the list that the conversation went on about («cái thứ 2 …»)
    # The last classes listed, kept while the talk turns to a fact or a target («lớp đầu tiên» later on).
    classes: tuple[str, ...] = ()
    class_titles: tuple[str, ...] = ()
    # An off-topic message came after this answer: «thời tiết Cần Thơ thế nào» then is no «the same question
    # for another place»; the classes shown stay for «cái thứ 2».
    stale: bool = False
    # With `stale`: what the off-topic message named that an ellipsis could go on with ("place", "time"), or
    # "-" for nothing: «giá xăng bao nhiêu» then «còn bên Lạng Sơn thì sao» is the classes asked before, there.
    # Empty (an older state) holds every ellipsis back.
    aside: str = ""
    # Of several classes listed, the ones that answered the question best (the rest matched it less):
    # «lớp đó học mấy ngày» after the list is about one of these.
    best: tuple[str, ...] = ()
    # What the last message asked of the class in focus (an aspect, or "register"): «à nhầm, ý em là cái
    # thứ 3» asks it of another class.
    asked: str = ""
    # The class in focus before `focus` («lớp đầu tiên …», then «à nhầm, lớp thứ 3»): «thế cái kia?» is about it.
    before: str | None = None
    # The class the bot offered in place of one it would not register (the `before`): while it is in focus,
    # «đăng ký lớp đó», «ok đk lớp kia» go to it, never back to the class turned away.
    offered: str | None = None
    # The lists of classes the conversation showed, oldest first (`Listed`): «quay lại danh sách lúc đầu, lớp
    # thứ nhất …», «quay lại lớp cho chủ tịch lúc nãy» are about one of them, not the latest.
    lists: tuple[Listed, ...] = ()
    # Of a list of today's province, the classes held in the former province asked about, all shown first
    # (knowledge.search.subject): «cái cuối» is the last of those, the last of what was asked for.
    area: tuple[str, ...] = ()
    # The question of the last plan's figures asked (a target answer), kept while the talk turns to classes or a
    # fact: «quay lại chỉ tiêu lúc nãy, còn thiếu bao nhiêu» goes on with it.
    plan: str = ""
    # The one class the talk was about before an aside (a fact, a plan's figure, other classes shown instead of
    # it): «quay lại lớp lúc nãy», «lớp kia», «lớp đầu tiên bot nói» go back to it (knowledge.language.refer).
    earlier: str | None = None
    # Who the asker said they are earlier in the talk («em là chủ tịch CĐCS cty may ở Tiền Hải, …»), where it
    # differs from their saved profile: «còn tháng sau thì sao» goes on for that chair and that province.
    said_role: str | None = None
    said_union: int | None = None
    said_province: str | None = None

    def __post_init__(self) -> None:
        # Cut where it is made, not only where it is saved: the subject read back from the state must be the
        # one the conversation went on with (a pasted essay is no longer a question than its first lines).
        if len(self.question) > MAX_LISTED_QUESTION:
            object.__setattr__(self, "question", self.question[:MAX_LISTED_QUESTION])

    def focused(self, code: str) -> Subject:
        """This subject with `code` in focus, the class in focus until now kept as the other one talked of."""
        if code == self.focus:
            return self
        return dataclasses.replace(self, focus=code, before=self.focus if self.focus is not None else self.before)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form for the conversation state."""
        return {
            # (The question cut as the engine reads it: a pasted essay keeps the state small.)
            "kind": self.kind, "question": self.question[:MAX_LISTED_QUESTION], "codes": list(self.codes),
            "titles": list(self.titles),
            "phrases": [list(p) for p in self.phrases], "year": self.year, "org_id": self.org_id,
            "place": self.place, "focus": self.focus, "classes": list(self.classes),
            "class_titles": list(self.class_titles), "stale": self.stale, "aside": self.aside,
            "best": list(self.best),
            "area": list(self.area), "plan": self.plan[:MAX_LISTED_QUESTION],
            "asked": self.asked, "before": self.before, "offered": self.offered, "earlier": self.earlier,
            "lists": [[q[:MAX_LISTED_QUESTION], list(c), list(t), [list(p) for p in ph], y, o, pl]
                      for q, c, t, ph, y, o, pl in self.lists],
            "said_role": self.said_role, "said_union": self.said_union, "said_province": self.said_province,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Subject | None:
        """The subject back from the state; None for nothing or for a malformed value (state written by an
        older version must not break a conversation)."""
        if not data or not isinstance(data, Mapping):
            return None
        try:
            codes = tuple(str(c) for c in data.get("codes") or ())
            titles = tuple(str(t) for t in data.get("titles") or ())
            phrases = tuple((str(k), str(v)) for k, v in data.get("phrases") or ())
            year = data.get("year")
            org_id = data.get("org_id")
            place = data.get("place")
            focus = data.get("focus")
            before = data.get("before")
            offered = data.get("offered")
            return cls(
                kind=str(data.get("kind") or ""), question=str(data.get("question") or ""), codes=codes,
                titles=titles if len(titles) == len(codes) else tuple(codes), phrases=phrases,
                year=int(year) if year is not None else None, org_id=int(org_id) if org_id is not None else None,
                place=str(place) if place is not None else None,
                focus=str(focus) if focus is not None and str(focus) in codes else None,
                classes=tuple(str(c) for c in data.get("classes") or ()),
                class_titles=tuple(str(t) for t in data.get("class_titles") or ()),
                stale=bool(data.get("stale")), aside=str(data.get("aside") or ""),
                best=tuple(c for c in (str(x) for x in data.get("best") or ()) if c in codes),
                area=tuple(c for c in (str(x) for x in data.get("area") or ()) if c in codes),
                plan=str(data.get("plan") or "")[:MAX_LISTED_QUESTION],
                asked=str(data.get("asked") or ""),
                before=str(before) if before is not None and str(before) in codes else None,
                offered=str(offered) if offered is not None and str(offered) in codes else None,
                earlier=str(data["earlier"]) if data.get("earlier") else None,
                lists=_lists_from(data.get("lists")),
                said_role=str(data["said_role"]) if data.get("said_role") else None,
                said_union=int(data["said_union"]) if data.get("said_union") is not None else None,
                said_province=str(data["said_province"]) if data.get("said_province") else None,
            )
        except (TypeError, ValueError):
            return None

    def phrase(self, kind: str) -> str | None:
        return next((v for k, v in self.phrases if k == kind), None)


@dataclass(frozen=True, slots=True)
class Choice:
    code: str
    label: str
    question: str  # what choosing it asks the engine


@dataclass(frozen=True, slots=True)
class FollowUp:
    """How to treat a message given the subject.

    action: "none" (a question of its own: answer it as it is), "ask" (answer `question` instead),
    "choose" (the reference is unclear: offer `choices`, `purpose` says what for), "which" (a
    registration with no class in view: ask which class, never pick one).
    """

    action: str
    question: str = ""
    code: str | None = None
    aspect: str | None = None
    purpose: str | None = None  # details|register, for "choose"; register|detail for "ask"
    choices: tuple[Choice, ...] = ()
    compare_year: int | None = None  # «năm trước được bao nhiêu?»: the period of the last answer
    beyond: int | None = None  # «cái thứ 9» of a list of 3: the position asked, past the end of the list
    shown: int = 0  # with `beyond`: how many classes the user was shown (a page of a longer list counts its own)
    replaced: tuple[str, ...] = field(default_factory=tuple)  # which parts of the last question changed
    # With aspect "eligible" («kế toán có học được không»): the audience roles asked about (role keys, filled
    # in by the engine's reading of the message).
    roles: tuple[str, ...] = ()
    # With a new search («lớp thứ 2 của tháng 3» after another month's list): the class at this position of what
    # it finds, in the order shown (1-based; -1 the last), is the one asked about.
    position: int | None = None
    # «có lớp nào khác không» after one class: the class in view (`code` stays None, as no class is asked about),
    # and the question without the place, asked when the place has no other class of that kind.
    instead_of: str | None = None
    wider: str = ""


NONE = FollowUp("none")


@dataclass(frozen=True, slots=True)
class Named:
    """What a message names that a class has (its place, union, format, period, topic or audience), read
    by the engine: which of the classes in view have all of it (their positions, in the order shown), the
    phrases that named it (kind, folded phrase, as `Subject.phrases`), and the message's other words."""

    fitting: tuple[int, ...]
    phrases: tuple[tuple[str, str], ...]
    rest: str

# ---------------------------------------------------------------- cues (folded)

# («mục 2», «mục đầu»: a line of the list shown, as chairs point at it.)
_CLASS = r"(?:lop|khoa|khoa hoc|cai|lop hoc|dot|chuong trinh|buoi|muc)"
# «lớp lúc nãy», «lớp hồi nãy», «lớp trước đó»: the class talked of before, also once the talk has moved on.
# («lớp bạn vừa nói», «cái bot mới gửi», «lớp ad vừa giới thiệu»: the class the bot has just named.)
_PRONOUN = re.compile(rf"\b{_CLASS} (?:ay|nay|do|tren|vua roi|vua noi|vua xem|nay a|day"
                      r"|(?:luc|hoi|ban|khi|vua) nay|(?:luc|hoi) truoc|truoc do|da hoi|vua hoi"
                      r"|(?:(?:ban|bot|ad|admin|anh chi|anh|chi|em|e) )?(?:vua|moi) (?:noi|neu|gui|gioi thieu|dua ra|dua"
                      r"|nhac|liet ke|bao|tra loi))\b|(?<!\bchay )\bno\b")
# «lớp phát triển đoàn viên lúc nãy», «cái lớp tài chính hồi nãy»: a class talked of before, named by what it is
# about and pointed back at (words between the class word and «lúc nãy»; with none between it is `_PRONOUN`).
_BACK_REF = re.compile(rf"\b{_CLASS}\b(?: \w+){{1,8}}? (?:(?:luc|hoi|ban|vua) nay|(?:luc|hoi) truoc|truoc do)\b")
# «lớp tháng tư đó», «lớp cuối tuần ấy»: a class of those in view, named by what it has and pointed at (not «lớp
# nào ở đó», «lớp ở đó» — a place — nor «lớp tháng này», a period).
_NAMED_THAT = re.compile(r"\b(?:lop|khoa|cai|dot|lop hoc|khoa hoc)((?: \w+){1,3}?) (do|ay)\b")
_NOT_NAMING = frozenset({"nao", "gi", "j", "co", "o", "ben", "tai", "cho", "hom", "luc", "khi", "tu", "den", "toi", "sau",
                         "truoc", "trong", "ngoai", "nhu", "the", "vay"})
# Folded, «đó» is also the «độ» of «trình độ», «mức độ», «chế độ»…: not a pointer after these.
_DO_AS_DEGREE = frozenset({"trinh", "muc", "che", "thai", "nhiet", "toc", "cuong", "nong", "mat", "cap", "goc", "kinh",
                           "vi", "an", "han", "dieu", "qua", "phu"})


def _named_that(folded: str) -> bool:
    m = _NAMED_THAT.search(folded)
    if m is None or set(m.group(1).split()) & _NOT_NAMING:
        return False
    return not (m.group(2) == "do" and m.group(1).split()[-1] in _DO_AS_DEGREE)


# «thế cái kia?», «còn lớp kia thì sao», «cái còn lại»: the other of the classes talked of, not the one in focus.
_OTHER = re.compile(rf"\b{_CLASS} (?:kia|con lai)\b")
# What follows «tháng», «năm» when they ask when rather than name a period: «tháng mấy» («lớp cuối tuần nào» is
# which weekend class).
_WHEN_ASKED = r"may"
_ORDINAL_WORDS = {
    "nhat": 1, "mot": 1, "dau": 1, "dau tien": 1, "dua tien": 1, "du tien": 1, "hai": 2, "nhi": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5,
    "cuoi": -1, "cuoi cung": -1, "sau cung": -1,
    # «lớp áp chót», «cái gần cuối», «lớp kế cuối»: the one before the last; «cái trên cùng»: the first shown.
    "ap chot": -2, "gan cuoi": -2, "ke cuoi": -2, "tren cung": 1,
    # The list is shown nearest start first: «lớp gần nhất», «sớm nhất» is its first class.
    "gan nhat": 1, "som nhat": 1, "sap toi nhat": 1,
}
_ORDINAL = re.compile(
    # «lớp 6 tháng đầu năm» is a period, not the sixth class.
    # («CĐCS năm nay» folds to «cong doan co so nam nay»: no «số năm», the fifth.)
    # («lớp 3/12», «cái thứ 7/12»: a date d/m, never a position in the list.)
    rf"\b(?:{_CLASS} )?(?<!\bco )(?:thu|so) (\d{{1,2}}(?!/\d)|nhat|hai|nhi|ba|bon|tu"
    r"|nam(?! (?:nay|sau|toi|truoc|ngoai|roi|qua|\d{4})\b))\b"
    # «lớp t2», «cái t3»: chairs' shorthand for «thứ 2», «thứ 3» (a month is read as such before: «lớp T2/2027»);
    # «cái hai», «cái ba»: the number said, as dictation writes it (not «lớp ba», a school's third grade).
    r"|\b(?:lop|cai|khoa|muc) t?(\d|(?<=cai )(?:hai|ba|bon))\b(?!/\d)(?! thang (?:dau|cuoi) nam\b| (?:ngay|buoi|tuan|hom|gio|tieng)\b(?! (?:nao|may)\b))"
    # («lớp đuầ tiên», «lớp đu tiên»: «đầu tiên» with a slip, as typed on a phone; a bare «du» folds from «dự»,
    # «đủ» as well — «lớp dự kiến», «lớp đủ chỗ» — so «lớp đu» is read as «đầu» on the message as typed.)
    # («lớp cuối tuần», «lớp đầu tháng 3», «lớp cuối năm»: when a class is held, not its place in the list.)
    # («cái cuối tháng mấy»: the period word opens a question of when, asked of that class.)
    rf"|\b{_CLASS} (dau tien|dua tien|du tien|cuoi cung|sau cung|ap chot|gan cuoi|ke cuoi|tren cung"
    rf"|(?:dau|cuoi)(?! (?:tuan|thang|nam|quy)\b(?! {_WHEN_ASKED}\b)))\b"
    r"|\b(gan nhat|som nhat|sap toi nhat)\b"
)
_NEAREST = ("gan nhat", "som nhat", "sap toi nhat")
# The positions a follow-up names, as phrases the spelling corrector may complete («thứ lhất» is «thứ nhất»);
# not «thứ hai» … «thứ năm», which are days of the week as well (and «năm» a year: «chỉ tiu năm nay»).
POSITION_PHRASES = ("thu nhat", "dau tien", "cuoi cung", "tiep theo", "ke tiep", *_NEAREST,
                    # and the halves of a year a follow-up names as its period («6 thág đầu năm sau» is «tháng»; the
                    # corrector pairs neighbours only, so a longer phrase such as «đến cuối năm» adds nothing)
                    "thang dau nam", "thang cuoi nam")
# «à nhầm, ý em là …», «nhầm rồi, …», «xin lỗi, ý là …», «ý mình là …»: the asker corrects the last question
# (the «à» of «à nhầm» goes with the openers).
_CORRECTION = re.compile(
    # («ấy chết em gõ nhầm», «ui mình viết nhầm»: a slip owned before it is corrected.)
    r"^(?:(?:(?:ay chet|chet|ui|oi|ay|a|ah) )?(?:(?:em|e|minh|mk|toi|tui) )?(?:go|viet|danh|hoi|noi|ghi) nham(?: roi)?\b[ ,]*"
    r"|(?:nham roi|nham|xin loi|sorry|sr)\b[ ,]*(?:(?:y (?:em|e|minh|mk|toi|anh|chi|tui) la|y la|y|(?:em|e|minh|toi)"
    r" (?:muon hoi|hoi|dinh hoi))\b ?)?|y (?:em|e|minh|mk|toi|anh|chi|tui) la\b ?|y la\b ?)"
)
# «à không, Đồng Nai», «không, tháng 12 cơ», «ko phải, đợt 2»: «không» opening a message, then a pause or «phải»,
# or after «à»/«ờ», takes back what was asked (read on the message as typed: «không có lớp nào à» asks).
# («a khong, y minh la …», «à khôg, ý mình là …»: typed plain or with a letter dropped, as chairs type.)
# («ừm không phải ý tôi là …»: dictated, a filler before and no pause before «ý».)
_NO_OPENER = re.compile(r"^\W*(?:(?:ừm|ừ|ờm|um|uhm|uh)\W+)?"
                        r"(?:(?:à|ờ|ơ|a|á)\W*(?:không|khong|khôg|khog|hông|hong|ko)\b(?:\s*(?:phải|phai))?"
                        r"|(?:không|khong|khôg|khog|hông|ko|k)(?:\s*(?:phải|phai))?\s*[,.!…:;-]+"
                        r"|(?:không|khong|ko|k)\s*(?:phải|phai)(?=\s+(?:ý|y)\s)"
                        # («không ý tôi là lớp …»: «không» then what was meant, with no pause typed.)
                        r"|(?:không|khong|ko)(?=\s+(?:ý|y)\s+(?:(?:tôi|toi|em|e|mình|minh|anh|chị|chi)\s+)?(?:là|la)\b))\W*",
                        re.IGNORECASE)
_MEANT = re.compile(r"^(?:(?:em|e|minh|mk|toi|tui) (?:muon hoi|dinh hoi|hoi)|y (?:em|e|minh|mk|toi|anh|chi|tui) la|y la)\b ?")
# «chi tiết», «cho xem chi tiết», «thông tin thêm», «cụ thể hơn»: the whole card of the class in view.
_DETAIL_WANTED = re.compile(
    r"\b(?:(?:cho )?(?:minh |em |e |toi |xin )?xem (?:them )?)?(?:chi tiet|thong tin (?:them|chi tiet|day du|cu the|ve lop(?: (?:nay|do))?)"
    r"|them thong tin|cu the hon|noi ro hon|ro hon)\b"
)
# «có đi được không», «học được ko», «có được tham gia không», «được không»: whether the asker may attend.
_CAN_JOIN = re.compile(
    r"\b(?:co )?(?:di|hoc|tham gia|tham du|du|dang ky|dang ki|vao|theo) (?:duoc|dc) (?:khong|ko|k|hong|chu|ha|a|nhi)\b"
    r"|\b(?:co )?duoc (?:di|hoc|tham gia|tham du|du|dang ky|dang ki|vao) (?:khong|ko|k|hong|chu|ha|a|nhi)\b"
    r"|\b(?:co )?duoc (?:khong|ko|k|hong)$"
)
# Who the asker says they are, around a role named: «mình là», «em làm», «bên em có».
_SELF_WORDS = re.compile(r"\b(?:minh|em|e|toi|tui|mk|chau|anh|chi) (?:la|lam|dang la|moi len)\b|\b(?:la|lam)\b")
# A month or a year asked with no more than the words of a list question («vậy tháng 1 có lớp nào»).
_LIST_ONLY = re.compile(
    r"\b(?:co|lop|khoa|khoa hoc|lop hoc|nao|gi|j|khong|ko|k|cac|nhung|mo|sap mo|to chuc|hoc|nua|them|a|nhi|vay|the"
    r"|thi|ha|ne|sao|trong|vao|duoc)\b"
)
# «cái sau», «lớp trước (đó)»: the class after or before another in the order shown; not «lớp sau khi …»,
# «lớp sau này», «lớp sau 20/12» (a time), nor «đợt sau» (another batch, read by `_BATCH`/`_NEXT`).
_BESIDE = re.compile(r"\b(?:lop|cai|khoa|khoa hoc|lop hoc) (sau|truoc)\b(?! (?:khi|nay|ngay|han|\d))")
# «đợt tiếp theo», «lớp kế tiếp»: the class after the one the talk is about, in the order shown.
_NEXT = re.compile(r"\b(?:tiep theo|ke tiep|ke den|tiep sau)\b")
# «có lớp nào …», «những lớp …», «sắp mở»: a list asked for, not one class of the list in view.
_LIST_QUESTION = re.compile(
    r"\b(?:nao|gi|j|nhung lop|cac lop|co lop|mo lop|sap mo|co khoa|khoa nao)\b|^co\b|\bco (?:\w+ ){0,8}(?:khong|ko|k)$"
)
# «cái ở Vũng Áng là lớp gì», «lớp tháng 12 là lớp nào»: a class of the list pointed at, asked what it is.
_WHICH_IS_IT = re.compile(r"(?<=\S) (?:thi )?la (?:lop|khoa|cai) (?:gi|j|nao)(?: (?:vay|the|a|ha|nhi|z|day))?$")
_ASKS_CLASSES = re.compile(r"\b(?:co lop|lop nao|lop gi|nhung lop|cac lop|khoa nao|co khoa|lop j)\b")
# A word that points at a class («lớp», «cái», «đợt»): «tháng 12 thì sao» alone is the same question for
# another month, «lớp tháng 12 đó» one class of the list.
_POINTS = re.compile(r"\b(?:lop|cai|khoa|khoa hoc|dot|buoi|chuong trinh)\b")
_BATCH = re.compile(r"\b(?:dot|khoa) (\d{1,2}|i{1,3}|iv|mot|hai|ba|bon)\b")
_WEEKDAY_CONTEXT = re.compile(r"\b(?:vao|ngay|hom|toi|sang|chieu|moi) thu (?:\d|hai|ba|tu|nam|sau|bay)\b")
# A school grade, not a position in the list: «toán lớp 5», «tiếng Anh lớp 3», «học sinh lớp 9», «con học lớp 2»
# (a parent's aside; «an toàn lớp 2» is no «toán»).
_SCHOOL_GRADE = re.compile(r"\b(?:(?<!\ban )toan|ngu van|tieng viet|tieng anh|hoc sinh|(?:con|be|chau) (?:dang )?hoc)"
                           r" lop \d{1,2}\b")
_REGISTER = re.compile(
    r"\b(?:dang ky|dang ki|dk|dki|dky|ghi danh|ghi ten|xin hoc|dang ky hoc|bao danh"
    # «cho em theo học lớp đầu», «cho mình tham gia lớp này», «cho em 1 suất»: the asker asks to be let in.
    r"|cho (?:minh|toi|em|e|mk|tui|chau) (?:hoc|vao|theo hoc|vao hoc|tham gia|tham du|(?:1|mot) (?:suat|cho))"
    # «giữ chỗ cho em», «đặt chỗ giúp mình», «xin 1 suất»: a place asked for (not «đạt cho …», a target's figure).
    r"|giu (?:cho|suat)|dat (?:cho|suat)(?= (?:giup|gium|dum|cho|lop|khoa|nhe|nha|voi|truoc|luon)\b|$)"
    r"|xin (?:1|mot) (?:suat|cho)"
    # «em muốn học lớp thứ 2», «mình xin tham gia lớp cuối», «muốn tham gia lớp này»: the wish, said of a class
    # pointed at (not «em muốn học về ATVSLĐ, có lớp nào», which asks for classes).
    r"|(?:muon|xin) (?:hoc|theo hoc|vao hoc|di hoc|di|tham gia|tham du)(?= (?:lop|khoa|cai|dot) (?:nay|do|ay|kia|tren"
    r"|vua|thu|so|dau|cuoi|sau cung|\d)\b| (?:nay|do|ay|luon|nhe|nha|a|voi)\b|$)"
    # «lấy lớp này nhé», «chốt lớp đầu», «vậy lấy cái thứ 2»: the class pointed at, taken (not «lấy lớp nào»).
    r"|(?:lay|chot) (?:lop|cai|khoa|dot) (?:nay|do|ay|dau tien|dau|cuoi cung|cuoi|thu \w+|so \w+|\d)"
    r"(?= (?:nhe|nha|a|luon|di|vay|giup|gium|dum|cho|voi)\b|$))\b")
# «lớp đó còn đăng ký được không», «đk đc nữa ko»: whether registration is still open (its deadline), asked, not
# a wish to register («em đăng ký được không» is one).
_STILL_OPEN = (r"\b(?:con (?:dang ky|dang ki) (?:duoc|dc)(?: nua)?|(?:dang ky|dang ki) (?:duoc|dc) nua)"
               r" (?:khong|ko|k|hong|chua|ha|a|nhi)\b")
# «lớp nào còn đăng ký được», «lớp nào gần nhất mà tôi đăng ký được», «lớp nào em có thể đăng ký», «lớp nào đang
# nhận đăng ký»: which classes are open, asked of the classes (the asker's ability, or theirs), no wish to register.
WHICH_OPEN = (r"\b(?:lop|khoa) nao(?: \w+){0,4}? (?:(?:ma )?(?:toi|em|e|minh|mk|tui|chung toi|chung em) )?(?:con )?"
              r"(?:co the (?:dang ky|dang ki|dk)|(?:dang ky|dang ki|dk) (?:duoc|dc|nua)\b"
              r"|(?:dang|nhan) (?:nhan )?(?:dang ky|dang ki|dk)\b)")
# «có học buổi tối không ạ, hay học ban ngày»: whether the class in view is held at that part of the day (not «có
# lớp nào học buổi tối không», a list of its own).
_DAY_PART_ASKED = re.compile(r"^(?!.*\b(?:lop|khoa) nao\b)(?:.*\b)?hoc buoi (?:toi|sang|chieu)\b"
                             r"(?= (?:khong|ko|k|a|ha|hay|phai khong)\b)")
# Things a chair may think of bringing to a class (folded).
_THINGS_TO_BRING = (r"may tinh xach tay|may tinh|laptop|lap top|dien thoai|giay to|cccd|can cuoc|ho so|anh the|tai lieu"
                    r"|but|so|giay gioi thieu|quyet dinh cu di hoc")
_ASPECTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # «sao lại hoãn», «vì sao bị hủy»: why a class was called off, which its status and note say (before "time":
    # «…, học lại ngày nào» beside it is answered by the new date the status gives).
    ("status", re.compile(r"\b(?:sao|tai sao|vi sao|ly do|nguyen nhan)(?: lai| bi| ma| lop)? (?:hoan|huy|lui|dung|ngung)\b"
                          # «sao lớp 16/12 bị hủy vậy», «lớp đó bị hoãn vì sao»: the class named between or before.
                          r"|\b(?:sao|tai sao|vi sao|ly do|nguyen nhan)\b(?: \w+){1,6}? (?:bi|da|lai) (?:hoan|huy|lui)\b"
                          r"|\b(?:bi|da) (?:hoan|huy|lui)(?: \w+){0,2}? (?:vi sao|tai sao|ly do|nguyen nhan|vi gi|do dau)\b")),
    # «khi nào mở đăng ký», «bao giờ nhận đăng ký»: when registration opens, told with its deadline.
    ("deadline", re.compile(r"\bhan (?:chot )?(?:dang ky|ghi danh|nop)|\bhan (?:chot|cuoi)\b|\bhet han\b"
                            # «đăng ký đến hạn nào», «đk tới hôm nào», «ghi danh trước ngày mấy»: until when.
                            r"|\b(?:dang ky|ghi danh) (?:den|truoc|toi|han) (?:bao gio|khi nao|ngay nao|han nao|hom nao"
                            r"|luc nao|ngay may|hom may|han chot)\b|\b(?:den|toi) han nao\b"
                            r"|\b(?:khi nao|bao gio|luc nao|ngay nao) (?:thi )?(?:moi )?(?:mo|nhan|bat dau nhan) (?:cho )?(?:dang ky|dang ki|dk)\b"
                            r"|\b(?:mo|nhan) (?:dang ky|dang ki|dk) (?:khi nao|bao gio|luc nao|chua|ngay nao)\b"
                            r"|\b(?:con )?kip (?:khong|ko|k|dang ky|nua khong)\b|\bcon kip\b|" + _STILL_OPEN)),
    # («học trong bao nhiêu ngày», «trong mấy hôm»: the same length, «trong» before it.)
    ("duration", re.compile(r"\b(?:trong )?(?:may|bao nhieu) (?:hom|ngay|buoi|tuan)\b|\bbao lau\b|\bkeo dai\b")),
    # When a class dated only by a period gets its day («khi nào có lịch chính thức», «bao giờ có ngày cụ thể»,
    # «chốt ngày chưa»): before "time", whose «khi nào» it holds.
    ("schedule", re.compile(r"\b(?:lich|ngay|thoi gian|ngay gio) (?:chinh thuc|cu the|chot|hoc cu the)\b|\bchot (?:ngay|lich)\b"
                            r"|\bco (?:lich|ngay) (?:hoc )?(?:chua|khi nao|bao gio)\b")),
    # («ở trường nào», «tại hội trường nào»: the building a class is held in, asked as which one of a kind.)
    # («địa chỉ học», «địa chỉ lớp»: where it is held, as an address.)
    ("place", re.compile(r"\b(?:hoc )?(?:o dau|cho nao|noi nao|dia diem|tai dau|o cho nao|phong nao)\b|\bhoc o\b"
                         r"|\bdia chi(?: (?:hoc|lop|to chuc))?(?! (?:email|mail|gmail|web|website|trang)\b)\b"
                         r"|\b(?:o|tai) (?:truong|hoi truong|nha van hoa|phuong|xa|cong ty|khach san) nao\b(?! co\b)")),
    # («ngày mới là ngày nào», «lịch mới khi nào» of a class put off: its new date, which is when it is held.)
    ("time", re.compile(r"\b(?:(?:ngay|lich) moi (?:la )?)?(?:khi nao|bao gio|ngay nao|luc nao|(?:luc )?may gio|hom nao"
                        r"|thoi gian|khai giang|bat dau|ket thuc)\b"
                        # («cái cuối tháng mấy», «học ngày mấy», «thứ mấy học»: the month, day or weekday asked.)
                        r"|\b(?:thang|ngay|hom|thu) may\b"
                        # «có học buổi tối không, hay học ban ngày» of the class in view: when it is held.
                        r"|" + _DAY_PART_ASKED.pattern)),
    # («được bao nhiêu người», «lấy mấy học viên»: how many a class takes.)
    # («còn chỗ trống không», «còn nhận người không», «còn slot không»: whether it still takes learners.)
    ("capacity", re.compile(r"\b(?:con cho(?: trong)?|cho trong|bao nhieu cho|may cho|so cho|het cho"
                            r"|con nhan(?: them)?(?: (?:nguoi|hoc vien))?|con slot|het slot|nhan bao nhieu"
                            r"|(?:duoc|lay|tuyen) (?:bao nhieu|may) (?:nguoi|hoc vien|suat))\b")),
    # Whom to call about it («liên hệ ai», «xin sđt ban tổ chức», «ai phụ trách lớp»): no plan gives a phone, so
    # the reply names the organiser to contact, with a note of the class that gives one. (Before "organiser":
    # «số điện thoại ban tổ chức» asks the number, not who the organiser is.)
    ("contact", re.compile(r"\b(?:lien he|lien lac|so dien thoai|dien thoai|sdt|so dt|hotline|nguoi phu trach"
                           r"|can bo phu trach|ai phu trach|dau moi|zalo (?:cua )?(?:ban to chuc|btc|lop|co|thay)"
                           r"|email|e mail|gmail|mail (?:cua|ban to chuc|btc))\b")),
    ("organiser", re.compile(r"\b(?:ai to chuc|don vi nao|ai mo|do ai|ben nao to chuc|(?:ban to chuc|btc) la ai)\b")),
    # «học online không», «trực tiếp hay online», «lớp đó online à» ask how a class is held; «lớp trực tuyến tháng
    # 12» only names it (a list question of its own), so a format word asks only with a question mark of its own.
    # («còn online thì sao» after a list is the same question held that way, no question of how a class is held.)
    ("format", re.compile(r"\b(?:hinh thuc|(?:hoc )?qua (?:phan mem|ung dung|nen tang) (?:gi|nao)"
                          r"|(?:phan mem|ung dung|nen tang) (?:gi|nao)|(?:duong )?link (?:hoc|zoom|vao hoc|lop|meet|teams))\b"
                          # («học qua zoom hay gì», «lớp đó học teams à»: the platform named, asked of the class.)
                          # («còn lớp online nào không», «có lớp trực tuyến nào ko»: which classes, a list question.)
                          r"|\b(?:(?:hoc )?qua )?(?:truc tuyen|online|truc tiep|zoom|teams|google meet|meet)\b(?! nao\b)(?= (?:hay|hoac)\b|(?: \w+){0,3} (?:khong|ko|k|a|ha|chu|nhi|u|ak|ah"
                          r"|phai khong|dung khong|(?<!thi )sao)$)"
                          r"|\b(?:hay|hoac|co|deu|cung) (?:hoc |la )?(?:truc tuyen|online|truc tiep|qua zoom|zoom)\b"
                          # «học trực tuyến hay phải lên tận nơi» (respelled «tai nơi»): in person, said as going there.
                          r"|\b(?:hay|hoac) (?:la )?(?:phai )?(?:len|den|toi|ra|di) (?:tan noi|tai noi|tan lop|lop|hoc truc tiep)\b")),
    ("audience", re.compile(r"\b(?:danh cho ai|cho ai|ai duoc hoc|ai hoc|ai duoc tham gia|ai tham gia|doi tuong)\b")),
    # What to bring or wear, what to know before going: the class's notes («Mang theo CCCD»).
    # («có phải mang máy tính không», «cần mang laptop theo ko»: a thing to bring asked of it.)
    ("note", re.compile(r"\b(?:(?:can |phai )?mang (?:theo )?(?:gi|j|nhung gi|" + _THINGS_TO_BRING + r")(?: theo)?"
                        r"|chuan bi (?:gi|j|nhung gi)|mac (?:gi|j)|luu y (?:gi|j)"
                        r"|can (?:mang|chuan bi|luu y)|ghi chu)\b")),
    # Whether it was called off («có bị hoãn không», «bị dừng rồi hả»): its status, and the organiser's note.
    ("status", re.compile(r"\b(?:" + "|".join(CALLED_OFF_CUES) + r")\b")),
    # What it costs: no plan says a fee, so the reply says whom to ask.
    ("fee", re.compile(r"\b(?:hoc phi|le phi|chi phi|kinh phi hoc|mat (?:phi|tien)|ton (?:phi|tien)|dong tien"
                       r"|co (?:mat|ton) (?:phi|tien)|bao nhieu tien|free|mien phi)\b")),
)
_ASPECT_WORDS = {
    "place": "ở đâu", "time": "khi nào", "deadline": "hạn đăng ký", "duration": "học mấy ngày",
    "capacity": "còn chỗ không", "organiser": "đơn vị tổ chức", "contact": "liên hệ ai", "format": "hình thức học", "audience": "dành cho ai",
    "note": "cần mang gì", "fee": "học phí", "status": "có bị hủy không", "schedule": "khi nào",
    "eligible": "dành cho ai",
}
# Openers and closers of an elliptical question: «thế tháng sau?», «còn ở huyện?», «… thì sao?».
# («năm sau giao bao nhiêu»: the figure a union is given for a year, its target.)
_AMOUNT_ASKED = re.compile(r"\bbao nhieu\b|\bmay$")
_TARGET_WORDS = re.compile(r"\b(?:chi tieu|ke hoach|muc tieu|dat (?:duoc )?bao nhieu|tien do"
                           r"|(?:duoc )?giao (?:bao nhieu|may|bn))\b")
_ELLIPSIS_HEAD = re.compile(r"^(?:the|vay|con|the con|vay con|con ve|con voi|con o|the o|ben|o|con ben|the ben|the con ben"
                            r"|(?:con |the |vay )?so voi)\b")
# Closing particles ending an ellipsis («thế tháng sau nhỉ»), not those closing a question of its own after its
# yes/no end («… đạt chỉ tiêu không nhỉ», «… có lớp chưa hả»), which asks no question again.
_CLOSING_PARTICLES = (r"(?<!\bkhong)(?<!\bchua)(?<!\bko)(?<!\bhong)(?<!\bk)(?<!\bnhi)(?<!\bnhe)(?<!\bha)(?<!\ba)"
                      r"(?: (?:{}))+")
# «… thì sao»: the question before, asked again for what the message names.
_AGAIN = re.compile(r"(?:\b(?:thi sao|thi the nao|thi nao|thi|thi co khong|the nao)|^(?:nhi|nhe|ha)|"
                    + _CLOSING_PARTICLES.format("nhi|nhe|ha") + r")$")
# The words that ask the last question again inside an ellipsis, not at its end («thế năm ngoái thì thế nào, có
# đạt không»): no words of a question of its own.
_AGAIN_WORDS = re.compile(r"\b(?:thi sao|thi the nao|thi nao|the nao|ra sao|co dat|dat duoc|dat)\b")
_ELLIPSIS_TAIL = re.compile(r"(?:\b(?:thi sao|thi the nao|thi nao|the nao|sao|thi|thi co khong|co khong)"
                            r"|^(?:nhi|a|nhe|ha)|" + _CLOSING_PARTICLES.format("nhi|a|nhe|ha") + r")$")
# An ellipsis closed by «thì sao» with more asked after it (not «thì sao lại hoãn», which asks why).
_AGAIN_THEN = re.compile(r"^(.+?) (thi sao|thi the nao|thi nao) (?!lai\b)(.+)$")
_HEAD_WORDS = frozenset({"the", "vay", "con", "ben", "o", "tai", "voi", "ve", "cua", "cho", "thi", "a", "oi"})
_TAIL = re.compile(
    r"(?: (?:thi sao|thi the nao|thi nao|the nao|sao|thi|nhi|a|nhe|ha|co khong|khong"
    # («nữa» of «tháng sau nữa» is the period's own word: the month after the next.)
    r"|(?<!tuan sau )(?<!thang sau )(?<!nam sau )(?<!tuan toi )(?<!thang toi )(?<!nam toi )(?<!nam truoc )(?<!nam ngoai )nua"
    r"|thi co|vay|the|(?<!vua )(?<!nam )(?<!thang )(?<!tuan )roi|oi|nha|chu))+$"
)
_TIME = re.compile(
    r"\b(?:(?:vao |trong )?(?:"
    # «từ giờ đến cuối năm», «từ nay tới hết năm», «6 tháng đầu năm sau», «nửa cuối năm nay», «đầu năm tới»: a
    # part of a year, said as one period (before «năm sau» alone, which it holds).
    r"(?:tu (?:gio|nay|bay gio|hom nay) )?(?:den|toi|cho den|cho toi) (?:het|cuoi) (?:nam|thang)(?: nay)?"
    r"|(?:6|sau) thang (?:dau|cuoi) nam(?: (?:nay|sau|toi|\d{4}))?|nua (?:dau|cuoi|sau) nam(?: (?:nay|sau|toi|\d{4}))?"
    r"|(?:dau|cuoi|giua) nam(?: (?:nay|sau|toi|\d{4}))?"
    # «tháng sau nữa», «năm sau nữa»: the one after the next, one period (before «tháng sau» alone).
    r"|(?:tuan|thang|nam) (?:sau|toi) nua"
    r"|hom nay|ngay mai|tuan (?:nay|sau|toi|truoc|ke tiep|ke)|thang (?:nay|sau|toi|truoc|roi|ke tiep|ke|vua qua)"
    r"|sang thang|sang nam|nam (?:kia|truoc nua|ngoai nua|nay|sau|toi|truoc|ngoai|roi|qua|vua qua|vua roi|ke tiep)"
    r"|quy (?:1|2|3|4|i|ii|iii|iv|nay|sau|toi|truoc)(?: nam \d{4})?|(?:thang|th|t) \d{1,2}(?: nam \d{4}| \d{4})?"
    r"|nam \d{4}|\d{4}|(?:ngay )?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|sap toi|gan day|toi day))\b"
)
_LONG_PERIOD = re.compile(
    r"(?:(?:thang|nam) (?:sau|toi) nua|thang (?:\d{1,2}(?: nam \d{4}| \d{4})?|sau|toi|ke tiep|ke)|sang thang|sang nam|quy (?:1|2|3|4|i|ii|iii|iv|sau|toi)"
    r"(?: nam \d{4})?|nam (?:sau|toi|\d{4}))"
)
_CLASS_CUE = re.compile(r"\b(?:lop|khoa hoc|khoa|tap huan|boi duong|huan luyen)\b")
_PAST_YEAR = re.compile(r"\b(?:nam (?:kia|truoc|ngoai|roi|qua|vua qua|vua roi)|nam (\d{4}))\b")
_COMPARE = re.compile(r"\b(?:so voi|so sanh|bao nhieu|duoc bao nhieu|dat bao nhieu|the nao|ra sao)\b")
_GENERIC_PLACE = re.compile(r"\b(?:huyen|xa|phuong|thi tran|thi xa|quan|tinh|thanh pho|khu cong nghiep|nganh|co so)\b")


# What chairs put before a question («ad ơi», «cho em hỏi», «hỏi xíu»): nothing of the question itself.
_OPENERS = re.compile(
    # («à mà hạn chót …», «ờ mà …»: «mà» after «à» turns to the question, no word of it.)
    r"^(?:(?:a|o|u) ma|(?:ad|admin|ban|bot|anh|chi|em|a|ac|mn|moi nguoi) oi|(?:cho|xin) (?:e|em|minh|toi|chau|anh|chi) hoi"
    # («em hỏi chút», «cho mình hỏi với», «mình hỏi thêm nhé»: the asker says a question follows, no word of it.)
    r"|(?:(?:cho|xin) )?(?:e|em|minh|mk|mik|toi|tui|chau) hoi(?: (?:xiu|chut|ti|ty|nhe|nha|voi|them|luon))+"
    r"|hoi (?:voi|them|luon)"
    # («dạ» folds to «da», as «Đà» of Đà Nẵng, Đà Lạt, Đà Bắc does: those stay.)
    r"|cho hoi|xin hoi|hoi (?:xiu|chut|ti|ty|nhe)|(?:da(?! (?:nang|lat|bac|rang)\b)|vang|ok|oke|uh|um)|a"
    r"|(?:xin )?chao(?: (?:ad|admin|ban|bot|anh|chi|em|ac|mn|moi nguoi))?|hello|hi|alo|(?:xiu|chut|ti|ty|nhe))\b(?<!\bt[iy](?= le\b))[ ,]*"
)
# «mấy giờ rồi», «bây giờ là mấy giờ»: the time of day now, an aside («lớp đó mấy giờ học» names a class).
_CLOCK = re.compile(r"^(?:(?:bay gio|gio) (?:la )?)?(?:may|bao nhieu) gio (?:roi|r)\b(?! (?:ma|con|van|moi)\b)"
                    r"|^(?:bay gio|gio) (?:la )?(?:may|bao nhieu) gio\b(?! (?:hoc|bat dau|vao|ket thuc)\b)")
# What chairs put after a question only to be polite («… với», «… nha ad»): «nhé», «ạ», «nhỉ» stay, they
# mark an ellipsis («thế tháng sau nhé?»).
_CLOSERS = re.compile(r"(?: (?:voi|ad|admin|bot|ban oi|ad oi|mn|nha ad|nhe ad|a ad))+$")


# What may close an ellipsis after the place it names («còn ĐN thì sao», «thế còn QN nhỉ»).
_AFTER_PLACE = frozenset({"thi", "the", "sao", "co", "nhi", "a", "ha", "nhe", "nha", "vay"})


def _spell_shared_codes(tokens: list[str], prefer: str | None = None) -> list[str]:
    """Folded words with a province code that two provinces share or that is also a word («dn»: Đà Nẵng,
    Đồng Nai or «doanh nghiệp») written out as every province it may be, where a follow-up puts a place
    («thế còn ĐN», «còn QN thì sao», «ở dn»): the data then decides, as for a question of its own."""
    out: list[str] = []
    for n, tok in enumerate(tokens):
        prev = tokens[n - 1] if n else ""
        names = PLACE_CODES.get(tok)
        # After «còn» only the codes that are places even opening a question: «còn CT thì sao» may ask
        # about chairs (chủ tịch).
        # «ad ơi tn có lớp nv nào» then «còn bên lạng sơn thì sao»: the code that opened it is a place too.
        if names and tok == "dn" and at_the_enterprise(tokens[:n]):
            names = ()  # «còn huấn luyện tại dn thì sao»: training held at the enterprise, not a province
        if names and (prev in PLACE_BEFORE or prev == "ben"
                      or (tok in PLACE_CODES_OPENING and opens_before_class(tokens, n)) or (
                prev == "con" and tok in PLACE_CODES_FIRST and (n + 1 == len(tokens) or tokens[n + 1] in _AFTER_PLACE))):
            # The province the answer found for it, when the question is asked again («năm ngoái thì sao» after
            # «chỉ tiêu … tỉnh QN»: Quảng Ninh's, not the three provinces «QN» may be).
            mine = [name for name in names if prefer is not None and fold(name) == prefer]
            out += " ".join(fold(name) for name in mine or names).split()
        else:
            out.append(tok)
    return out


_DU_AS_DAU = re.compile(r"(?i)\b(lớp|lop|cái|cai|khóa|khoá|khoa|đợt|dot)\s+đu(?![\w\u0300-\u036f])")


_THE_SHORT = re.compile(r"^\W*th\s+(?=(?:cái|cai)\b)")


def _when_shorthand(raw: str) -> str:
    """Folded words with «bh» written «bao gio» where it asks when (`knowledge.text.asks_when`)."""
    words = raw.split()
    if "bh" not in words:
        return raw
    out: list[str] = []
    for n, w in enumerate(words):
        if w == "bh" and asks_when(words[n - 1] if n else "", " ".join(words[n + 1:n + 3])):
            out += ["bao", "gio"]
        else:
            out.append(w)
    return " ".join(out)


_LO_CUT = re.compile(r"(?<!\w)[lL]ớ(?!\w)")


# The short words a follow-up turns on («thế», «còn», «cái», «lớp», «bên», «học», «hạn», «tháng»), folded: typed
# with a Telex tone key left at the end («Thês», «Lơps», «hocj») or their first two letters swapped («áCi», «òCn»,
# «êbn»), they are still those words (no Vietnamese syllable ends in s, f, r, x or j).
_CUE_WORDS = frozenset({"the", "con", "cai", "lop", "ben", "hoc", "han", "thang", "nao", "dau", "hoi"})


# The pairs of words a follow-up is read by («lớp khác», «cùng nội dung», «quay lại danh sách», «cái đầu tiên»,
# «đăng ký», «tháng 2»), folded: one of them slipped («khc», «kahc», «dugn», «qay», «sah», «ăng ký», «đầu iên»,
# «thgan 2», «okhng», «gip mình») beside the other is still that word. "#" stands for a number.
_SLIP_PAIRS = (("lop", "khac"), ("nao", "khac"), ("cung", "noi"), ("noi", "dung"), ("quay", "lai"),
               ("danh", "sach"), ("dang", "ky"), ("dau", "tien"), ("co", "khong"),
               ("giup", "minh"), ("thang", "#"))
_PAIR_WORDS = frozenset(w for pair in _SLIP_PAIRS for w in pair)


def _slipped(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with one letter dropped, added, changed or two side by side swapped, or (for a
    word of four letters or more) with its letters in another order."""
    if typed == word or not typed.isalpha() or len(typed) < 2 or len(word) < 3:
        return False  # («chỗ không» is no «có không»: a word of two letters is one slip from too many)
    return OSA.distance(typed, word) <= 1 or (len(word) >= 4 and sorted(typed) == sorted(word))


def _pair_slips(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i, t in enumerate(out):
        if t in _PAIR_WORDS:
            continue  # a word of its own («nói đăng ký» is no «nội dung ký»)
        prev = out[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        for a, b in _SLIP_PAIRS:
            if b == "#":
                if nxt.isdigit() and _slipped(t, a):
                    out[i] = a
                    break
                continue
            if (nxt == b and _slipped(t, a)) or (prev == a and _slipped(t, b) and not (b == "tien" and nxt == "hoc")):
                # («đầu tin học» is no «đầu tiên».)
                out[i] = a if nxt == b else b
                break
    return out


def mend_slips(folded: str) -> str:
    """Folded text with the follow-up words slipped beside their partners put right (`_key_slips`), everything
    else (the commas, the other words) as it was: «qay lai danh sah luc nay, …» -> «quay lai danh sach luc nay, …»."""
    found = list(re.finditer(r"[0-9a-z]+", folded))
    mended = _key_slips([m.group(0) for m in found])
    out, last = [], 0
    for m, word in zip(found, mended, strict=True):
        out.append(folded[last:m.start()] + word)
        last = m.end()
    return "".join(out) + folded[last:]


def _key_slips(tokens: Sequence[str]) -> list[str]:
    out = []
    for t in tokens:
        if t not in _CUE_WORDS and 3 <= len(t) <= 6:
            if t[-1] in "sfrxj" and t[:-1] in _CUE_WORDS:
                t = t[:-1]
            elif t[1] + t[0] + t[2:] in _CUE_WORDS:
                t = t[1] + t[0] + t[2:]
        out.append(t)
    return _pair_slips(out)


def _words(text: str, prefer: str | None = None) -> str:
    """Folded words, shorthand expanded («đk» -> «dang ky», «ko» -> «khong», «mk» -> «minh», «còn bn thì
    sao» -> «con bac ninh thi sao»), openers
    («ad ơi», «cho em hỏi chút», «chào ad») and polite closers («với», «nha ad») left out."""
    # «lớp đu», «cái đu»: «đầu» with its tone marks lost, told from «dự», «đủ» by the «đ» with no mark on the «u».
    text = _DU_AS_DAU.sub(r"\1 đầu", unicodedata.normalize("NFC", text))
    # «th cái online thì …»: «thế» cut short, in lower case before «cái» only («TH còn lớp nào», «th ở đâu có lớp»
    # name Thanh Hóa by its code).
    text = _THE_SHORT.sub("thế ", text)
    # «lớ đó …», «đăng ký lớ đầu tiên»: «lớp» with its last letter dropped, as the engine reads it (RAW_ABBREVIATIONS).
    text = _LO_CUT.sub("lớp", text)
    raw = " ".join(_key_slips(re.findall(r"[0-9a-z/]+", fold(text))))
    # «học ng nào», «khai giảng ng nào»: «ng» is «ngày» there (its usual reading «người» asks nothing of a class).
    raw = re.sub(r"\b(hoc|giang|bat dau|ket thuc|dien ra|mo) ng (nao|may|bao nhieu)\b", r"\1 ngay \2", raw)
    # «học mấy ng» is how many days («học bao nhiêu ng» may as well be how many people: left as typed).
    raw = re.sub(r"\bhoc may ng\b", "hoc may ngay", raw)
    # Slips in the words of an ellipsis: «nm ngoái» (năm), «bo nhiêu» (bao), «thì so» (sao).
    raw = re.sub(r"\bnm (?=ngoai\b|truoc\b|sau\b|nay\b|toi\b|roi\b|qua\b|\d{4}\b)", "nam ", raw)
    raw = re.sub(r"\b(?:bo nhieu|bao nhiu|bao nhieuu)\b", "bao nhieu", raw)  # («bao nhiu chỗ»: a letter dropped)
    raw = re.sub(r"\bthi so?$", "thi sao", raw)
    # «đạt ct hv ko»: «ct» after «đạt» or before «hv» is «chỉ tiêu», as the engine reads it (a chair is no figure).
    raw = re.sub(r"\b(dat|giao|vuot) ct\b", r"\1 chi tieu", raw)
    raw = re.sub(r"\bct (?=hv\b|hoc vien\b|dao tao\b)", "chi tieu ", raw)
    # «sang năm», «sang tháng»: the next year, the next month, said as the engine's words say them («sang» folded is
    # also the morning, «sáng», which a rewritten question would read).
    raw = re.sub(r"\bsang (nam|thang)\b(?! (?:nay|\d))", r"\1 sau", raw)
    # «năm sau CT là bn», «CT năm nay bao nhiêu»: an amount asked of «ct» itself is a target (chairs are counted
    # with the count before them, «bao nhiêu CT»), as the engine reads it.
    raw = re.sub(r"\bct (?=(?:(?:la|giao|duoc|dc|dat|nam (?:nay|sau|toi|ngoai|truoc|\d{4})) )*"
                 r"(?:bao nhieu|bn|bnhieu|may)\b)", "chi tieu ", raw)
    # «ở Hưng Yên tì có lớp nào» (thì), «học ở cỗh nào» (chỗ: two letters swapped).
    raw = re.sub(r"\bti (?=co\b|sao\b)", "thi ", raw)
    raw = re.sub(r"\bo coh nao\b", "o cho nao", raw)
    # «còn lo cuối thì khi nào», «lo đó học mấy ngày»: «lớp» with its last letter and marks lost, before a pointer.
    raw = re.sub(r"\blo (?=(?:cuoi|dau|thu (?:\d|nhat|hai|ba|tu|nam)|ay|nay|kia|do)\b)", "lop ", raw)
    # «lớp cúi», «lop coui», «cái cuoii», «lớp ciố»: «cuối» with a letter dropped, swapped or doubled, after a class word.
    raw = re.sub(r"\b(lop|cai|khoa) (?:cui|coui|cuio|cio|cuo|cuoii|cuooi)\b", r"\1 cuoi", raw)
    # «hạn đk bh», «lớp đó bh học»: «bh» asks when, as the engine reads it (`asks_when`); «BH xã hội» stays.
    raw = _when_shorthand(raw)
    words = " ".join(expand(_spell_shared_codes(spell_place_codes(raw.split()), prefer)))
    words = re.sub(r"\bth (?=\d|sau\b|nay\b|toi\b|truoc\b|ke\b)", "thang ", words)  # «th 1», «th sau»
    # «cái t1», «đk cái t2»: «cái» points at an item of a list, so «t1» is «thứ 1» there, not January.
    words = re.sub(r"\bcai t([1-9])\b(?!/)", r"cai thu \1", words)
    # «T12», «còn T1/2027» are months; «khu T1», «tòa T2» blocks; «T2»…«T7» weekdays unless a year follows.
    words = re.sub(r"(?<!khu )(?<!toa )(?<!nha )(?<!phong )\bt(1[0-2]|[1-9])(?=/|\b)",
                   lambda m: m.group(0) if short_weekday(m.group(0), words[m.end():]) is not None
                   else f"thang {m.group(1)}", words)
    words = re.sub(r"\bthang (\d{1,2})/(\d{4})\b", r"thang \1 nam \2", words)
    words = re.sub(r"\bquy (i{1,3}|iv|[1-4])/(\d{4})\b", r"quy \1 nam \2", words)  # «quý II/2027»
    while True:
        shorter = _CLOSERS.sub("", _OPENERS.sub("", words, count=1)).strip()
        if shorter == words or not shorter:
            return words if shorter == words else shorter
        words = shorter


_LAST = re.compile(rf"\b(?:cuoi|cuoi cung|sau cung)\b(?! (?:thang|nam|tuan)\b(?! {_WHEN_ASKED}\b))")


def _ordinal(folded: str, n: int, focus: int | None = None) -> int | None:
    """A position among `n` listed classes («cái thứ 2», «lớp đầu tiên», «cái cuối»), 0-based; «cái sau»,
    «lớp trước» are the later and the earlier of two, else the ones beside the class in `focus`."""
    if _WEEKDAY_CONTEXT.search(folded):
        return None  # «học vào thứ 2» is a weekday
    m = _ORDINAL.search(folded)
    if not m:
        side = _BESIDE.search(folded)
        if side is None:
            return None
        step = 1 if side.group(1) == "sau" else -1
        if n == 2:
            return 1 if step == 1 else 0
        return focus + step if focus is not None and 0 <= focus + step < n else None
    word = m.group(1) or m.group(2) or m.group(3) or m.group(4)
    pos = int(word) if word.isdigit() else _ORDINAL_WORDS.get(word)
    if pos is None:
        return None
    if pos == -1:
        return n - 1
    if pos == -2:
        return n - 2 if n >= 2 else None
    return pos - 1 if 1 <= pos <= n else None


# A position set off by a pause from what follows it («lớp thứ hai, của ngành Y tế»): the position in the list.
_POSITION_APART = re.compile(r"(?i)\b(?:thứ|thu|số|so)\s+\w+\s*[,;:(–-]|\b(?:đầu tiên|dau tien|cuối cùng|cuoi cung|cuối|cuoi)\s*[,;:(–-]")


def _position_said(folded: str) -> int | None:
    """The position a message names among classes («lớp thứ 2», «cái đầu tiên» -> 1, «cái cuối» -> -1), as
    said (1-based), None for none; «lớp gần nhất» is none here (the engine reads it as the nearest)."""
    if _WEEKDAY_CONTEXT.search(folded) or _nearest(folded) or _SCHOOL_GRADE.search(folded):
        return None
    m = _ORDINAL.search(folded)
    if not m:
        return None
    word = m.group(1) or m.group(2) or m.group(3) or m.group(4)
    return int(word) if word.isdigit() else _ORDINAL_WORDS.get(word)


# «cái thứ 9», «lớp số 6», «khóa thứ mười»: a position said with a class word (a bare «thứ 7» may be a weekday).
_POSITION = re.compile(rf"\b{_CLASS} (?:thu|so) (\d{{1,2}}(?!/\d)|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)\b")
# «lớp 2», «cái 3» after fewer classes: a position past the end as well (not «lớp 6 tháng đầu năm», a period,
# nor «lớp 2 ngày», a length).
_NUMBERED = re.compile(r"\b(?:lop|cai|khoa) t?(\d)\b(?!/\d)(?! thang (?:dau|cuoi) nam\b| (?:ngay|buoi|tuan|hom|gio|tieng)\b(?! (?:nao|may)\b))")
_NUMBER_WORDS = {"hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}


def _beyond(folded: str, n: int, focus: int | None = None) -> int | None:
    """A position past the end of a list of `n` classes («cái thứ 9» of 3), as said; «cái sau» of a list of
    one, or of the last class in view, is past it too. None otherwise."""
    if _WEEKDAY_CONTEXT.search(folded) or _SCHOOL_GRADE.search(folded):
        return None
    m = _POSITION.search(folded) or _NUMBERED.search(folded)
    if not m:
        side = _BESIDE.search(folded)
        if side is not None and side.group(1) == "sau" and (n == 1 or focus == n - 1):
            return n + 1
        return None
    word = m.group(1)
    pos = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    return pos if pos > n else None


def _batch(folded: str, titles: Sequence[str]) -> list[int]:
    """Listed classes whose title carries the batch asked («đợt 2»)."""
    m = _BATCH.search(folded)
    if not m:
        return []
    num = _batch_number(m.group(1))
    return [i for i, t in enumerate(titles) if batch_of(t) == num]


# «hạn đăng ký», «đăng ký còn kịp không» ask for a deadline, not to register.
# A deadline, «còn kịp», or registration being open («lớp nào đang mở đăng ký», «khi nào mở đăng ký»): asked about,
# not a wish to register.
_NOT_REGISTER = re.compile(r"\bhan (?:chot )?(?:dang ky|dang ki|dk|ghi danh)\b|\b(?:dang ky|dang ki) (?:con |duoc )?kip\b"
                           rf"|{_STILL_OPEN}|{WHICH_OPEN}"
                           r"|\bcon kip (?:dang ky|dang ki)\b|\b(?:mo|nhan) (?:cho )?(?:dang ky|dang ki|dk)\b"
                           # «phải đăng ký trước ngày nào», «đăng ký hạn cuối ngày nào»: until when, asked.
                           r"|\b(?:dang ky|dang ki|dk) (?:den|truoc|toi|han) (?:bao gio|khi nao|ngay nao|han nao"
                           r"|hom nao|luc nao|ngay may|hom may|han chot)\b|\b(?:dang ky|dang ki|dk) han (?:cuoi|chot)\b")


def _wants_register(folded: str) -> bool:
    return bool(_REGISTER.search(_NOT_REGISTER.sub(" ", folded)))


# Whom a registration is for, besides the asker («đk cho CNLĐ cty em», «đăng ký cho anh em đoàn viên»): no
# class of its own, so a registration that says only this is about the class in view.
_BENEFICIARY = re.compile(
    r"\bcho (?:(?:cac|nhung|ca|may) )?(?:cong nhan lao dong|cong nhan|nguoi lao dong|doan vien|anh em|nhan vien"
    r"|moi nguoi|chi em|can bo)(?: (?:cong ty|don vi|co quan|doanh nghiep|cua|minh|em|e|toi|chung toi|nha may))*\b"
    # «cho 3 người trong công đoàn», «cho 2 đồng chí bên em», «cho cả công đoàn»: people counted or a whole unit.
    r"|\bcho (?:(?:\d+|ca|them|vai|may) )(?:nguoi|dong chi|anh chi|ban|dv|cb|cn|cong doan|don vi|to|phong)"
    r"(?: (?:trong|cua|ben|o) (?:cong doan|don vi|cong ty|co quan|to|phong|em|minh|toi))?(?: (?:em|minh|toi))?\b"
    # «đăng ký 1 chỗ», «giữ 2 suất»: places counted, for the asker or others.
    r"|(?<=dang ky )(?:\d+|mot|hai|ba|bon|nam) (?:cho|suat|nguoi)\b"
)


def _aspect(folded: str) -> str | None:
    return next((name for name, pat in _ASPECTS if pat.search(folded)), None)


def _choice(code: str, title: str, purpose: str, aspect: str | None) -> Choice:
    if purpose == "register":
        return Choice(code, title, f"đăng ký {code}")
    return Choice(code, title, f"{code} {_ASPECT_WORDS[aspect]}" if aspect else code)


def _about_class(
    code: str, aspect: str | None, register: bool,
) -> FollowUp:
    if register:
        return FollowUp("ask", f"đăng ký {code}", code=code, purpose="register")
    question = f"{code} {_ASPECT_WORDS[aspect]}" if aspect else code
    return FollowUp("ask", question, code=code, aspect=aspect)


# A union term said in full («an toàn vệ sinh lao động», as a dictated message writes it) counts as the one word
# it is typed as («ATVSLĐ»): said either way, the message is as short.
_SHORT_OF = {full: short for short, full in sorted(ABBREVIATIONS.items(), key=lambda kv: len(kv[0]))
             if len(full.split()) >= 3 and short.isalpha()}
_SAID_IN_FULL = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(_SHORT_OF, key=len, reverse=True)) + r")\b")


def _fragment(folded: str, kinds_of: Callable[[str], frozenset[str]] | None = None) -> str:
    """What an elliptical message names, without its opener and closer («còn ở Hà Nội thì sao» -> «ha noi»)."""
    words = _TAIL.sub("", " " + folded).split()
    while words and (words[0] in _HEAD_WORDS or words[:2] == ["so", "voi"]):
        if words[:2] == ["so", "voi"]:  # «so với ngành y tế thì sao»: set against the last answer
            del words[:2]
            continue
        if words[0] == "ben" and _ben_starts_name(words, kinds_of):
            break
        words.pop(0)
    # «còn dưới Bến Tre cũ», «thế ngoài Vũng Tàu»: where the place lies from the asker, no part of what is named.
    if (len(words) > 1 and words[0] in _SIDE_OF_PLACE and kinds_of is not None
            and kinds_of(" ".join(words[1:])) & {"place", "org"}):
        words.pop(0)
    return " ".join(words)


_SIDE_OF_PLACE = frozenset({"duoi", "tren", "ngoai", "trong", "xuong", "len", "ra", "vo", "vao"})


# The words after «Bến» in a province's name, former or current («Bến Tre»): folded, «bến» is «bên» (side).
_BEN_OF_PROVINCE = frozenset(fold(n).split()[1] for n in (*FORMER_PROVINCES, *CURRENT_PROVINCES)
                             if fold(n).startswith("ben "))
_PLACE_SIDE = re.compile(r"\bo ben\b(?! (?:" + "|".join(sorted(_BEN_OF_PROVINCE)) + r")\b)")


def _ben_starts_name(words: Sequence[str], kinds_of: Callable[[str], frozenset[str]] | None) -> bool:
    """Whether a folded «ben» is the «Bến» of a place's name («Bến Tre», «Bến Cát»), not the «bên» said before
    one («bên Lạng Sơn»): with it the words name a place, without it they do not."""
    if len(words) >= 2 and words[1] in _BEN_OF_PROVINCE:
        return True
    if kinds_of is None or len(words) < 2:
        return False
    return "place" in kinds_of(" ".join(words)) and "place" not in kinds_of(" ".join(words[1:]))


def _strip(text: str, phrase: str | None) -> str:
    """The text without a phrase (and the «ở»/«tại»/«của» that introduced it)."""
    if not phrase:
        return text
    # («bên Hồ Chí Minh cũ», «dưới Vĩnh Long»: the side word goes with the place it puts, or it stays behind and
    # is read as the «Bến» of a name.)
    return " ".join(re.sub(rf"(?:^| )(?:(?:o|tai|cua|o tai|thuoc|ben|o ben|duoi|tren) )?{re.escape(phrase)}(?: cu)?(?= |$)",
                           " ", text).split())


# «của tỉnh», «ở tỉnh này»: the province of the conversation, not named again.
_THIS_PROVINCE = re.compile(r"\b(?:cua|o|ben|tai|trong) tinh(?: (?:nay|do|ay|nha))?$|\btinh (?:nay|do|ay)\b")
_THERE = re.compile(r"\b(?:o|ben|tai|cho) (?:do|day|ay|kia)\b")
_CLASS_WORDS = re.compile(r"\b(?:cac |nhung )?(?:lop hoc|lop|khoa hoc|khoa|cai)\b|^(?:o|tai|ben|cua) |(?<= )(?:o|tai|ben|cua) ")
# What a message says besides what it names, its aspect and its wish: «cũ» after a former province, a
# position, «lúc», courtesy words.
_PLAIN = re.compile(
    r"\b(?:cu|luc|gan nhat|som nhat|sap toi nhat|dau tien|cuoi cung|ap chot|gan cuoi|ke cuoi|tren cung|cuoi|tiep theo"
    r"|ke tiep|thu (?:\d+|nhat|hai|ba|tu|nam)"
    r"|giup|gium|dum|nua|mk|e|vs|cai|dot|cua|tai|ben|tinh minh|tinh toi|tinh em|tinh nha"
    # «quay lại lớp thương lượng»: back to a class shown before, after a target or a fact («thôi quay lại …»).
    r"|(?:thoi )?(?:quay lai|quay ve|tro lai)"
    # The kind of union before its name («lớp của cty Sóng Thần», «của công đoàn ngành Y tế»).
    r"|cty|cong ty|cong doan|nganh|doanh nghiep"
    r"|trong (?:danh sach|so|cac lop|nhung lop)(?: (?:do|tren|nay|vua roi|ay|kia))?|trong (?:do|day))\b"
)


# «bên» before a place, «cũ» after a former province: marks of a place, no words of a question.
_PLACE_MARKS = re.compile(r"\b(?:ben|cu)\b")


# «… (thì) có lớp nào», «… có khóa gì»: the list asked for, after what an ellipsis names.
_WHICH_CLASS = re.compile(r"\b(?:thi )?(?:co )?(?:lop|khoa|khoa hoc) (?:gi|nao)\b.*$")
# Besides those, the words that say the kind of a union before its name: «công đoàn ngành Giáo dục Hưng Yên»,
# «Công đoàn các khu công nghiệp và chế xuất Hà Nội» name one union each.
# A union named by its kind of words («CĐ viên chức», «công đoàn giáo dục», «LĐLĐ»), folded and spelled out.
_UNION_WORDS = re.compile(r"^(?:(?:the|vay|con|ben|cua|o|tai) )*(?:cong doan|cd|lien doan lao dong|ldld)\b")
_UNION_KIND_MARKS = re.compile(
    r"\b(?:ben|cu|lien doan lao dong|ldld|cong doan|cd|nganh|cac|khu cong nghiep|kcn|khu kinh te|kkt|va|che xuat"
    r"|tinh|thanh pho|tp)\b")


# «trong danh sách đó», «trong số đó»: the list in view, named as such.
_IN_LIST = re.compile(r"\btrong (?:danh sach|so|cac lop|nhung lop)(?: (?:do|tren|nay|vua roi|ay|kia))?\b"
                      r"|\btrong (?:do|day)\b")


# «lớp … gần nhất», «đợt sớm nhất», «lớp tiếp theo»: one class asked for, the nearest; «những lớp», «mấy lớp»,
# «các lớp» ask for several.
_ONE_NEAREST = re.compile(r"\b(?:gan nhat|som nhat|sap toi nhat|dau tien|tiep theo|ke tiep)\b")
_MANY = re.compile(r"\b(?:cac|nhung|may|bao nhieu|mot so|danh sach|tat ca)\b")
# «có lớp nữ công không», «có lớp tài chính nào sắp tới ko ạ»: whether there is a class, asked yes or no (not
# «những lớp nào», «lớp nào …»): the nearest one shown answers it.
_WHETHER = re.compile(r"\bco (?:lop|khoa)\b.*\b(?:khong|ko|k|hong|khg|chua)(?: \w+){0,2}$")


# «sắp tới có lớp nào cho …», «đang mở lớp … nào»: the next class asked for, answered by the nearest one shown.
_UPCOMING = re.compile(r"\b(?:sap toi|dang mo lop|dang mo khoa)\b")


def one_asked(folded: str, lead: Sequence[str] = ()) -> bool:
    """Whether a class question asks for one class, the nearest («lớp … gần nhất», or «có lớp X không» and
    «sắp tới có lớp X nào» when the ranking singled out no class `lead`), not for several («những lớp nào»,
    «các lớp …»)."""
    if _MANY.search(folded):
        return False
    return bool(_ONE_NEAREST.search(folded) or (not lead and (_WHETHER.search(folded) or _UPCOMING.search(folded)
                                                               or _names_a_class(folded))))


# What asks for classes rather than naming one: «lớp nào», «có lớp», «lớp gì», «đâu có», «mấy lớp».
_LIST_CUES = re.compile(r"\b(?:nao|gi|j|co lop|co khoa|cac|nhung|may|bao nhieu|danh sach|tat ca|dau co|lop khac)\b")


# «em muốn tìm lớp …», «mình hỏi lớp …»: a class sought, named by what it is.
_SOUGHT = re.compile(r"\b(?:tim|muon (?:tim|hoc|hoi)|hoi|can) (?:lop|khoa hoc)\b")


def _names_a_class(folded: str) -> bool:
    """«em muốn tìm lớp ATVSLĐ ở Huế»: a class sought by what it is, nothing asking for a list: the nearest of
    those found is the one meant («lớp nữ công ở Lạng Sơn» alone stays a list)."""
    return bool(_SOUGHT.search(folded)) and not _LIST_CUES.search(folded)


def corrects_to_a_class(text: str) -> bool:
    """«không, ý tôi là lớp nghiệp vụ kiểm tra», «à nhầm, lớp tập huấn nữ công ấy»: the last question taken back
    for a class named by what it is, nothing asking for a list (its nearest is the one meant)."""
    return _corrected_class(text) is not None


def class_meant(text: str) -> str | None:
    """The class a correction names by what it is («à nhầm, tôi hỏi lớp huấn luyện ATVSLĐ cơ» -> «lop huan luyen
    an toan ve sinh lao dong»), folded; None when the message corrects nothing, asks for a list, or points at a
    class of the list in view («à nhầm, ý em là lớp thứ 3», «lớp đó», «đợt 2»)."""
    rest = _corrected_class(text)
    if rest is None or _ORDINAL.search(rest) or _PRONOUN.search(rest) or _BATCH.search(rest) or _BESIDE.search(rest):
        return None
    if _nearest(rest) or _aspect(rest) or _wants_register(rest):
        return None  # («ý em là lớp gần nhất», «… học ở đâu»: the list in view, read as such)
    return rest


def _corrected_class(text: str) -> str | None:
    opened = _NO_OPENER.match(text)
    folded = _words(text[opened.end():]) if opened is not None else _words(text)
    fixed = _CORRECTION.match(folded)
    if opened is None and fixed is None:
        return None
    rest = folded[fixed.end():] if fixed is not None else folded
    rest = _MEANT.sub("", rest.strip(), count=1)
    if not re.match(r"(?:cai )?(?:lop|khoa hoc)\b", rest) or _LIST_CUES.search(rest):
        return None
    return re.sub(r" (?:co|ay|a|nhe|nha|ha|kia)$", "", rest)  # («… cơ», «… ấy»: said to insist, no word of it)


def _nearest(folded: str) -> bool:
    return any(says(folded, w) for w in _NEAREST)


def _in_view(subject: Subject) -> str | None:
    """The one class an answer showed (not one singled out of a list: «bên Bắc Ninh thì sao» after a list
    asks the list's question there). A list question that found a single class («ở Bình Dương có lớp nào
    cho chủ tịch») is still a list question: «còn bên Long An» asks it there, not for that class's topic."""
    if subject.kind == "course" and len(subject.codes) == 1 and not (
            subject.focus is None and _ASKS_CLASSES.search(_words(subject.question or ""))):
        return subject.codes[0]
    return None


# «lớp cuối tuần là lớp nào», «cái ở Huế là cái nào»: which of the classes in view is the one described, not a list.
_WHICH_ONE = re.compile(r"\b(?:la|chinh la) (?:lop|cai|khoa|khoa hoc)(?: hoc)? nao\b")


def _names_one(folded: str, rest: str) -> bool:
    """Whether a message that names a place, union, format, period, topic or audience is about one class
    («lớp ở Huế học mấy ngày», «cái ở Hà Nam», «đăng ký lớp online») rather than asking for a list («có lớp
    nào ở Huế», «lớp giảng viên nào sắp mở»), with nothing else of its own."""
    plain = folded
    for _, pat in _ASPECTS:
        plain = pat.sub(" ", plain)
    plain = " ".join(_WHICH_ONE.sub(" ", plain).split())
    if plain != " ".join(folded.split()):
        # «lớp UBKT có hạn đăng ký không»: the «có … không» holds only the detail asked, no list.
        plain = re.sub(r"\bco (?:khong|ko|k)$", "", plain).strip()
    if _LIST_QUESTION.search(plain):
        return False
    if not (_POINTS.search(folded) or _REGISTER.search(folded) or _aspect(folded)):
        return False
    rest = _TIME.sub(" ", _WHICH_ONE.sub(" ", rest))
    for _, pat in _ASPECTS:
        rest = pat.sub(" ", rest)
    return _is_bare(_PLAIN.sub(" ", rest))


def _among(
    named: Named, folded: str, subject: Subject, codes: Sequence[str], titles: Sequence[str], aspect: str | None,
    register: bool, kinds_of: Callable[[str], frozenset[str]] | None, topic_of: Callable[[str], str | None] | None,
    apart: bool = False, has: Callable[[int], frozenset[str]] | None = None,
) -> FollowUp | None:
    """The class of those in view that has what the message names; a choice when several have it; when
    none has it, the question of the conversation for what it names (a new search). `apart`: the message
    set its position off from what it names («lớp thứ hai, của ngành Y tế»)."""
    pool = list(named.fitting)
    if pool:
        # «lớp thứ 2 của tháng 3», «cái thứ 2 ở Quảng Nam cũ», «lớp ở Thái Bình gần nhất»: a position among
        # those that fit what is named; «lớp thứ hai, của ngành Y tế» (a pause after the position), or a
        # position past those that fit: the position in the whole list, when that class fits.
        at = codes.index(subject.focus) if subject.focus in codes else None
        whole = _ordinal(folded, len(codes), at) if not _nearest(folded) else None
        pos = _ordinal(folded, len(pool))
        if pos is not None and not apart:
            inside = pool[pos]
            # A registration where the two readings differ asks which of the two: it never guesses.
            pool = [whole, inside] if register and whole is not None and whole in pool and whole != inside else [inside]
        elif whole is not None and whole in pool:
            pool = [whole]
        elif pos is not None:
            pool = [pool[pos]]
        if len(pool) > 1 and not register:
            # «lớp luật công đoàn 2024 ở Bắc Ninh … học ở đâu» where two classes on labour law are: the one whose
            # title says more of the message's own words (a registration still asks which).
            pool = _by_title(pool, titles, named, subject)
            # «cái ở Hà Nam» where two of the list are: the one that answered the question best, if one did.
            best = [i for i in pool if codes[i] in subject.best]
            pool = best if len(best) == 1 else pool
        if len(pool) > 1 and register and has is not None:
            pool = _whole_named(pool, has, named)
        if len(pool) == 1:
            return _about_class(codes[pool[0]], aspect, register)
        purpose = "register" if register else "details"
        return FollowUp("choose", purpose=purpose, aspect=aspect,
                        choices=tuple(_choice(codes[i], titles[i], purpose, aspect) for i in pool[:MAX_CHOICES]))
    if subject.kind not in ("course", "courses") or not subject.question:
        return None
    phrases = list(named.phrases)
    period = " ".join(m.group(0).strip() for m in _TIME.finditer(folded))
    if period:
        phrases.append(("time", period))
    fragment = " ".join(p for _, p in phrases)
    kinds = {k for k, _ in phrases}
    in_view = _in_view(subject)
    topic = topic_of(in_view) if topic_of is not None and in_view is not None else None
    if topic and kinds <= {"place", "org"}:
        question = f"lop {_for_whom(topic, subject)} {fragment}"  # another place after one class: its topic there
    else:
        question, _ = _replace(subject, fragment, kinds)
    position = _position_said(folded)
    if position is not None and kinds == {"format"} and position > len(codes):
        # «lớp thứ 2 học online à» after one class shown: how the class at that place of the list is held, asked;
        # the list is shorter, so its classes are offered (a search for online classes would pick one never shown).
        purpose = "register" if register else "details"
        return FollowUp("choose", purpose=purpose, aspect=aspect, beyond=position, shown=len(codes),
                        choices=tuple(_choice(codes[i], titles[i], purpose, aspect)
                                      for i in range(min(len(codes), MAX_CHOICES))))
    if position is not None:
        # «đăng ký lớp thứ 2 của tháng 3», «cái thứ 2 ở Quảng Nam cũ» when none in view is of that month or
        # place: the classes of the question asked there, and the one at that position of them.
        return FollowUp("ask", question, aspect=aspect, purpose="register" if register else None,
                        replaced=("question",), position=position)
    if register:
        return FollowUp("ask", f"dang ky {question}", purpose="register", replaced=("question",))
    if aspect:
        question = f"{question} {_ASPECT_WORDS[aspect]}"
    return FollowUp("ask", question, replaced=("question",))


def _whole_named(pool: list[int], has: Callable[[int], frozenset[str]], named: Named) -> list[int]:
    """Of the classes at `pool`, the one that has every word a request says of a class, its topic phrase included
    («đăng ký lớp đối thoại tại nơi làm việc đợt 1» where the list holds two classes on bargaining): that one
    names it. Two such classes, or none (a class with more of the words only is no name): all of them."""
    said = {w for k, p in named.phrases if k in ("topic", "title") for w in _words(p).split()}
    said = (said | _said_besides(named.rest)) - _CLASS_KIND_WORDS
    if not said:
        return pool
    whole = [i for i in pool if said <= has(i)]
    return whole if len(whole) == 1 else pool


def _for_whom(topic: str, subject: Subject) -> str:
    """What to ask for in another place after one class: its topic, or, when the question that found it asked
    by an audience alone («lớp nào cho kế toán CĐCS», then «còn ở Huế thì sao»), classes for those people
    there, whatever their topic (a topic named with the audience keeps the topic: «lớp ATVSLĐ cho công nhân
    ngành gỗ», then «còn ở Huế?», is about safety classes there)."""
    roles = " ".join(dict.fromkeys(v for k, v in subject.phrases if k == "role"))
    if roles and not any(k == "topic" for k, _ in subject.phrases):
        return f"cho {roles}"
    # The topic as the question said it, narrower than the catalogue's («kế toán CĐCS», not all of «tài chính
    # công đoàn», which takes in the inspectors' classes): the same people's classes there.
    asked = " ".join(dict.fromkeys(v for k, v in subject.phrases if k == "topic"))
    return asked or topic


def _by_title(pool: Sequence[int], titles: Sequence[str], named: Named, subject: Subject) -> list[int]:
    """Of the classes at `pool` (positions), those whose titles hold the most of what the message says of a class
    in its own words (its topic or audience phrases, and the words no slot took, such as «2024»), when some
    hold more than others; else all of them. The words of the list's own question tell none of its classes
    apart («lớp tuyên truyền lúc nãy» after «lớp tuyên truyền gần nhất …»)."""
    said = {w for k, p in named.phrases if k in ("topic", "role", "title", "day") for w in p.split()}
    rest = named.rest
    for _, pat in _ASPECTS:
        rest = pat.sub(" ", rest)
    said |= set(_PLAIN.sub(" ", _BARE_REST.sub(" ", rest)).split())
    said -= set(_words(subject.question).split())
    if not said or len(titles) <= max(pool):
        return list(pool)
    held = {i: len(said & set(_words(titles[i]).split())) for i in pool}
    most = max(held.values())
    return [i for i in pool if held[i] == most] if most else list(pool)


def _this_class_elsewhere(
    folded: str, subject: Subject, codes: Sequence[str], titles: Sequence[str], pointed: bool,
    fit: Callable[[Sequence[str]], Named | None] | None, topic_of: Callable[[str], str | None] | None,
) -> FollowUp | None:
    """«thế ở Tuyên Quang có lớp này không», «lớp đó bên Hà Nam có ko»: the class in view pointed at, in a
    place or union it is not in: classes on its topic there (a class is held in one place; the asker wants
    one like it nearer), not the class itself. None when the message points at no class or names no other place."""
    if not pointed or fit is None or topic_of is None:
        return None
    ref = subject.focus if subject.focus in codes else codes[0] if len(codes) == 1 else None
    named = fit([ref]) if ref is not None else None
    if named is None or named.fitting or not named.phrases or not {k for k, _ in named.phrases} <= {"place", "org"}:
        return None
    # «this class» is what its title says («phòng, chống quấy rối tình dục tại nơi làm việc»), narrower than
    # its catalogue topic («nữ công»); its batch mark aside, as another place numbers its own batches.
    title = titles[codes.index(ref)] if ref in codes and len(titles) == len(codes) else ""
    topic = base_title(title) if title and title != ref else topic_of(ref or "")
    if not topic:
        return None
    period = " ".join(m.group(0).strip() for m in _TIME.finditer(folded))
    where = " ".join(p for _, p in named.phrases)
    return FollowUp("ask", " ".join(f"lop {topic} {where} {period}".split()), replaced=("question",))


def _the_other(
    subject: Subject, codes: Sequence[str], titles: Sequence[str], aspect: str | None, register: bool,
) -> FollowUp | None:
    """«thế cái kia?», «còn lớp kia»: of the classes in view, the one talked of before the class in focus, or
    the only one besides it; asked what was asked of the class in focus («ở đâu», «học mấy ngày»). With
    several others and none talked of, which one is asked, with choices. The only class in view when there is
no other."""
    focus = subject.focus if subject.focus in codes else (codes[0] if len(codes) == 1 else None)
    others = [i for i, c in enumerate(codes) if c != focus]
    if subject.before in codes and subject.before != focus:
        others = [codes.index(subject.before or "")]
    elif focus is None and len(codes) == 2 and len([c for c in codes if c in subject.best]) == 1:
        others = [i for i, c in enumerate(codes) if c not in subject.best]  # the one that answered less well
    if not others:
        # One class in view and none talked of before it: «cái kia» can only point at the class just shown.
        return _about_class(codes[0], aspect, register) if len(codes) == 1 else None
    if not (aspect or register) and subject.asked in _ASPECT_WORDS:
        aspect = subject.asked  # the same question of the other class
    if len(others) == 1:
        return _about_class(codes[others[0]], aspect, register)
    purpose = "register" if register else "details"
    return FollowUp("choose", purpose=purpose, aspect=aspect,
                    choices=tuple(_choice(codes[i], titles[i], purpose, aspect) for i in others[:MAX_CHOICES]))


def _next(codes: Sequence[str], titles: Sequence[str], at: int) -> list[int]:
    """«đợt tiếp theo» after the class at `at`: the next batch of the same class when the list has one,
    else the class shown after it."""
    later = list(range(at + 1, len(codes)))
    if not later:
        return []
    same = [i for i in later if _BATCH.sub(" ", _words(titles[i])).split() == _BATCH.sub(" ", _words(titles[at])).split()]
    return [(same or later)[0]]


# What a count counts, after the word asking for it («bao nhiêu lớp», «số học viên»), folded.
_UNITS = r"(luot hoc vien|hoc vien|lop|khoa|luot|nguoi|can bo|doan vien|buoi|cuoc)"
_COUNTED = re.compile(rf"\b(?:bao nhieu|may|so) {_UNITS}\b")
# A follow-up that names only another count: «số học viên», «còn bao nhiêu người».
_MEASURE = re.compile(rf"(?:con |the |vay |con ve )?(?:so|so luong|bao nhieu|may|tong so) {_UNITS}")


def _replace(subject: Subject, fragment: str, kinds: set[str]) -> tuple[str, list[str]]:
    """The question of the conversation with the parts `fragment` names (of `kinds`) put in their place."""
    base = _words(subject.question, fold(subject.place) if subject.place else None)
    replaced: list[str] = []
    if "format" in kinds:
        for phrase in dict.fromkeys(v for k, v in subject.phrases if k == "format"):
            base = _strip(base, phrase)
        replaced.append("format")
    for kind in ("time", "role", "topic"):
        if kind in kinds:
            # Every phrase of that kind: «lớp cho kế toán, thủ quỹ …» then «thế còn cho CT CĐCS?» drops both.
            for phrase in dict.fromkeys(v for k, v in subject.phrases if k == kind):
                if kind == "role" and phrase and subject.kind in ("course", "courses"):
                    # With the «cho» that said whom it is for: the new audience gets its own (below).
                    base = " ".join(re.sub(rf"(?:^| )(?:danh )?cho (?={re.escape(phrase)}(?: |$))", " ", base).split())
                base = _strip(base, phrase)
            if kind == "time":
                base = " ".join(_TIME.sub(" ", base).split())
            replaced.append(kind)
    if kinds & {"place", "org"}:
        base = _strip(_strip(base, subject.phrase("place")), subject.phrase("org"))
        if "place" in kinds:
            # «ở Quảng Trị có lớp … học ở Cồn Cỏ», then «thế ở Đồng Hới thì sao»: the new place stands for every
            # place the question named (the venue's too), not for its first one only.
            for phrase in dict.fromkeys(v for k, v in subject.phrases if k == "place"):
                base = _strip(base, phrase)
        place = subject.phrase("place") or ""
        if place.startswith(PLACE_CODE_MARK):
            # A code read as a place («tn có lớp…») is written out as its provinces in `base` (see
            # `_spell_shared_codes`): those go, or the old place stays beside the new one.
            for name in PLACE_CODES.get(place[len(PLACE_CODE_MARK):], ()):
                base = _strip(base, fold(name))
        base = " ".join(_MY_PLACE.sub(" ", base).split())
        replaced.append("place")
        # «z tp Cần Thơ có ko?»: the city asked as a place, as the last question asked its place; «thành phố
        # Cần Thơ» alone would be read as the city's union, the organiser of only some of its classes.
        fragment = re.sub(r"^(?:thanh pho|tinh) (?=\w+ \w+)", "", fragment)
        if subject.place and _UNION_OF_PROVINCE.search(fragment):
            # «thế còn của LĐLĐ tỉnh thì sao»: the union of the province the talk is about, not named again.
            fragment = f"{fragment} {fold(subject.place)}"
    if subject.place and kinds & {"org", "orgkind"} and "place" not in kinds and _MY_PLACE.search(base):
        # «bên mình có lớp ATVSLĐ nào» (the asker's province), then «thế bên công đoàn các KCN thì sao»: those unions
        # in that province, named as such («bên mình» beside another union would read as the asker's own union).
        base = " ".join(_MY_PLACE.sub(f" o {fold(subject.place)} ", base).split())
    if "day" in kinds:
        fragment = re.sub(r"^(?:(?:cac|nhung) )?(?:lop|khoa hoc|khoa)(?: hoc)? (?=\w)", "", fragment)  # «lớp cuối tuần»
    if "day" in kinds and not re.match(r"(?:vao|hoc|ngay|buoi) ", fragment):
        fragment = f"vao {fragment}"  # «còn thứ 7 thì sao»: the same classes «vào thứ 7» (no «lớp thứ 7», the 7th)
    if (subject.kind in ("course", "courses") and "role" in kinds and fragment
            and not re.search(r"\bcho\b|^(?:lop|khoa)\b", fragment)):
        # «còn kế toán thì sao» after classes: whom the classes are for, as the question said it (after a fact or a
        # target the figure of those people is asked: «bao nhiêu cho …» would ask for places).
        fragment = f"cho {fragment}"
    return f"{base} {fragment}".strip(), replaced


_UNION_OF_PROVINCE = re.compile(r"\b(?:lien doan lao dong|cong doan) (?:tinh|thanh pho|tp)(?: (?:nay|do|ay))?$")
_MY_PLACE = re.compile(r"\b(?:o |tai )?(?:tinh|thanh pho|dia phuong|ben|don vi) (?:minh|toi|em|nha)\b")


# «ở đó», «bên ấy», «tại đấy»: the place of the last answer; «của họ», «bên họ», «đơn vị đó»: its union.
# («Bển có lớp … không», «LĐLĐ bển đạt chưa»: the South's «bển» is «bên ấy», folded «ben» before a verb.)
_THERE_PLACE = re.compile(r"\b(?:o|ben|tai) (?:do|day|ay)\b|(?:^|(?<=\bldld )|(?<=\bdong )|(?<=\bdoan ))ben"
                          r"(?= (?:co|dat|duoc|to chuc|mo)\b)")
_THEIRS = re.compile(r"\b(?:cua|ben) (?:ho|don vi (?:do|ay|nay)|cong doan (?:do|ay|nay))\b")
# What a place or union stands in for: a class or a plan question («lớp …», «chỉ tiêu …»).
_PLAN_OR_CLASS = re.compile(r"\b(?:lop|khoa hoc|khoa|tap huan|boi duong|huan luyen|chi tieu|ke hoach)\b")


_FEDERATION_BEFORE = re.compile(r"\b(?:lien doan lao dong|ldld|lien doan)(?: (?:tinh|thanh pho|tp))? $")


def _there_named(folded: str, subject: Subject,
                 kinds_of: Callable[[str], frozenset[str]] | None, *, opening: bool = False) -> str | None:
    """`folded` with «ở đó» / «của họ» put as the place or union the last answer was about; None when the
    message says neither, names a place or union of its own, or asks no class or plan question."""
    place_ref, union_ref = _THERE_PLACE.search(folded), _THEIRS.search(folded)
    ref = place_ref or union_ref
    # After an aside that named no place («giá vàng hôm nay», «sổ bảo hiểm ghi sai năm sinh»), «bên đó» is still
    # the place the talk was about; after one that named a place («thời tiết Huế»), it may be that one.
    if ref is None or (subject.stale and "place" in subject.aside) or (subject.stale and not subject.aside) or (
            not _PLAN_OR_CLASS.search(folded) or _PRONOUN.search(folded)):
        return None
    # (`opening`: a message that opens with the reference, «ở đó có lớp … không», is no «ở …» ellipsis.)
    rest = folded[ref.end():].strip() if opening and ref.start() == 0 else folded
    if _ELLIPSIS_HEAD.search(rest) or _ELLIPSIS_TAIL.search(rest):
        return None  # «còn lớp cho chủ tịch ở đó thì sao»: the last question again, read as an ellipsis below
    if kinds_of is not None and kinds_of(_THEIRS.sub(" ", _THERE_PLACE.sub(" ", folded))) & {"place", "org"}:
        return None
    org, place = subject.phrase("org"), subject.phrase("place") or (fold(subject.place) if subject.place else None)
    name: str | None
    if place_ref is not None and place and _FEDERATION_BEFORE.search(folded[:place_ref.start()]):
        # «LĐLĐ bên đó» after classes of the former Bạc Liêu: the province's federation today (Cà Mau's), not a
        # ward union that bears the old name («Công đoàn phường Bạc Liêu»).
        name = f"o {fold(current_province(subject.place or place) or place)}"
    elif place_ref is not None:
        name = f"o {place}" if place else f"cua {org}" if org else None
    else:
        name = f"cua {org}" if org else f"o {place}" if place else None
    if name is None:
        return None
    return " ".join(f"{folded[:ref.start()]} {name} {folded[ref.end():]}".split())


def there_in(text: str, subject: Subject, kinds_of: Callable[[str], frozenset[str]] | None) -> str | None:
    """`text` with «ở đó», «bên đó», «bển» put as the place or union of `subject` (see `_there_named`)."""
    return _there_named(_words(text), subject, kinds_of, opening=True)


# «có lớp nào khác thay không», «còn lớp nào khác không»: another class of the same kind («lớp thay thế» alone is
# the one a called-off class's note names).
_OTHER_CLASS = re.compile(r"\b(?:lop|khoa|khoa hoc) (?:nao |gi )?(?:khac|cung (?:chu de|loai|noi dung|linh vuc|de tai)"
                          r"|tuong tu|giong (?:vay|the|nhu vay|nhu the))\b"
                          # «ngoài lớp đó còn lớp nào nữa không»: the others, besides the class in view.
                          r"|\bngoai (?:lop|khoa|cai) (?:do|nay|ay|tren|vua roi)\b")


# «cùng chủ đề», «cùng nội dung»: the topic of the class in view (what a class is like besides is asked again by
# `like_that_there`).
_SAME_TOPIC = re.compile(r"\bcung (?:chu de|noi dung|linh vuc|de tai)(?: (?:nay|do|vay|the|voi lop (?:do|nay|tren)))?\b")


def same_topic_asked(text: str) -> bool:
    """Whether a message asks for classes on the topic of the one in view («có lớp nào cùng chủ đề ở X không»)."""
    folded = _words(text)
    return bool(_SAME_TOPIC.search(folded) and _OTHER_CLASS.search(folded))


# «khác» of «lớp nào khác», «lớp khác»: the word that sets the class in view aside.
_ASIDE_WORD = re.compile(r"\b(lop|khoa|nao) khac\b")


def _instead(folded: str, subject: Subject, kinds_of: Callable[[str], frozenset[str]] | None,
             topic_of: Callable[[str], str | None] | None) -> FollowUp | None:
    """«thế có lớp nào khác thay không» after one class (shown alone, or singled out of a list): the classes on
    its topic in the place the talk is about, as a list question (everywhere when that place has no other);
    None when the message names a topic, a place or a union of its own, or no one class is in view."""
    if subject.kind not in ("course", "courses") or topic_of is None or not _OTHER_CLASS.search(folded):
        return None
    said = kinds_of(folded) if kinds_of is not None else frozenset()
    code = subject.focus or (subject.codes[0] if len(subject.codes) == 1 else None) or _led_with(subject)
    if said & {"topic", "role"} and not said & {"place", "org"} and code is not None and _ASIDE_WORD.search(folded):
        # «tháng 1 có lớp nào khác cho kế toán không» with one class in view: the question it says, that class
        # left out; where it is the only one, the same anywhere (the place was the talk's, not the message's).
        asked = " ".join(_ASIDE_WORD.sub(r"\1", folded).split())
        return FollowUp("ask", asked, replaced=("question",), instead_of=code, wider=f"{asked} tren ca nuoc")
    # A province's name reads as its federation too («Quảng Trị»: place and org); a union alone is asked anew.
    if said & {"topic", "role"} or ("org" in said and "place" not in said):
        return None
    topic = topic_of(code) if code is not None else None
    if topic is None and code is None and "place" in said and subject.codes:
        # No one class in view, but every class shown is on one topic: «cùng nội dung» is that topic.
        topics = {topic_of(c) for c in subject.codes}
        topic = topics.pop() if len(topics) == 1 else None
    if topic is None:
        return None
    if "place" in said:
        # «Vậy Quảng Trị còn lớp nào cùng nội dung không»: the class's topic in the place the message names (the
        # union of the class set aside is no longer asked), as a list question of its own. «thế lớp khác cùng nội
        # dung ở Nghệ An không» about a class of Nghệ An asks that place's classes on the topic: the one in view
        # is among them, where it stands in the list (left out, the list would not be the place's).
        rest = _SAME_TOPIC.sub(" ", _OTHER_CLASS.sub(" ", folded))
        rest = _LIKE_THAT_TAIL.sub("", " " + " ".join(rest.split())).strip()
        rest = re.sub(r"^(?:(?:the|vay|v|con|thi|co)\b ?)+", "", rest).strip()
        return FollowUp("ask", f"lop {topic} {rest}", replaced=("question",))
    place = subject.phrase("place") or (fold(subject.place) if subject.place else None)
    if place is None and subject.phrase("org"):
        # «tìm lớp … công đoàn tỉnh Thanh Hóa», then «có lớp khác không»: the union the talk is about stands for its
        # place, as the class's own others come first (everywhere when that union has no other).
        org = subject.phrase("org")
        return FollowUp("ask", f"lop {topic} cua {org}", replaced=("question",), instead_of=code,
                        wider=f"lop {topic}")
    return FollowUp("ask", f"lop {topic}" + (f" o {place}" if place else ""), replaced=("question",),
                    instead_of=code, wider=f"lop {topic}" if place else "")


def _led_with(subject: Subject) -> str | None:
    """The one class a list answered a question asking for one with (`Subject.best`), if one did."""
    return subject.best[0] if len(subject.best) == 1 and subject.best[0] in subject.codes else None


def _past_aside(subject: Subject, fragment: str, kinds_of: Callable[[str], frozenset[str]] | None) -> bool:
    """Whether an ellipsis after an off-topic message names nothing of the kind that message named, so it goes on
    with the question before it («giá xăng bao nhiêu», then «còn bên Lạng Sơn thì sao»), not with the aside
    («thời tiết Huế thế nào», then «còn Cần Thơ thì sao»)."""
    if not subject.aside or not fragment:
        return False
    said = {"time"} if _TIME.search(fragment) else set()
    said |= {"place" if k in ("place", "org", "orgkind") else k for k in (kinds_of(fragment) if kinds_of else ())}
    return bool(said) and not said & set(subject.aside.split())


# «quay lại chỉ tiêu lúc nãy», «trở lại kế hoạch hồi nãy», «chỉ tiêu lúc nãy …»: the plan asked before the talk
# turned to classes or a fact (`Subject.plan`).
_BACK_WORDS = re.compile(r"\b(?:(?:thoi )?(?:quay lai|quay ve|tro lai|tro ve)(?: voi| ve)?|(?:luc|hoi|vua) nay|luc truoc"
                         r"|hoi truoc|o tren)\b")
_PLAN_NAMED = re.compile(r"\b(?:cai |phan |van de |viec |cau )?(?:chi tieu|ke hoach|muc tieu|tien do)\b")


# «của tỉnh em», «tp mình», «đơn vị tôi»: the asker's own union or province, which the profile says.
_OWN_UNIT = re.compile(r"\b(?:(?:cua|o|ben|tai) )?(?:tinh|tp|thanh pho|don vi|cong doan|lien doan lao dong|lien doan|ldld|cd)"
                       r" (?:em|e|minh|toi|tui|nha|mk|mik)\b")


def _back_to_plan(folded: str, subject: Subject) -> FollowUp | None:
    """«quay lại chỉ tiêu lúc nãy, còn thiếu bao nhiêu» after classes or a fact that came after a plan's figures: the
    plan asked then, with what the message asks of it (the same figures when it asks nothing more); None when the
    message does not go back to a plan, or names a plan of its own (a place, a union, a year)."""
    if subject.kind == "target" or not subject.plan or not _BACK_WORDS.search(folded) or not _PLAN_NAMED.search(folded):
        return None
    rest = " ".join(_PLAN_NAMED.sub(" ", _BACK_WORDS.sub(" ", folded)).split())
    rest = " ".join(w for w in rest.split() if w not in _FILLER_WORDS)
    if _TIME.search(rest) or (rest and not _about_the_fact(rest) and len(rest.split()) > 3):
        return None  # «quay lại chỉ tiêu năm 2025 của Nghệ An»: a plan question of its own
    plan = _words(subject.plan)
    return FollowUp("ask", f"{plan} {rest}".strip(), replaced=("question",))


_FILLER_WORDS = frozenset({"a", "ah", "o", "u", "uh", "nhe", "nha", "nhi", "di", "voi", "ad", "admin", "ban", "cho", "em",
                           "e", "minh", "mk", "toi", "tui", "xem", "giup", "the", "vay", "con", "thi", "ok", "oke"})


# «lớp nào bị hủy», «còn lớp nào hoãn», «những lớp nào đã kết thúc» (folded): classes listed by their status.
_STATUS_LISTED = re.compile(r"(?:(?:con|the|vay|the con|vay con) )?(?:(?:cac|nhung) )?(?:lop|khoa|khoa hoc) nao"
                            r"(?: (?:bi|da|tam|vua|moi))* (?:huy|hoan|dung|ngung|lui|doi lich|ket thuc|xong|hoc xong"
                            r"|to chuc xong)\b")


def lists_by_status(text: str) -> bool:
    """Whether a message asks for the classes of a status across the plans («lớp nào bị hủy», «lớp nào đã kết
    thúc»), not about the class in view."""
    return _STATUS_LISTED.match(_words(text)) is not None


_MONTH_NAMED = re.compile(r"thang (\d{1,2})")
_MONTH_NEXT = re.compile(r"thang (?:sau|toi|ke|tiep|tiep theo|ke tiep|ke den)")
_MONTH_BEFORE = re.compile(r"thang (?:truoc|truoc do)")


def _month_after_asked(period: str, asked: str) -> str:
    """«thế tháng sau?» right after the classes of «tháng 12»: the month after the one just asked, not the month
    after today's (which may be that very month); «tháng trước» the one before it. Any other period as said."""
    named = _MONTH_NAMED.fullmatch(asked)
    if named is None or not 1 <= int(named.group(1)) <= 12:
        return period
    month = int(named.group(1))
    if _MONTH_NEXT.fullmatch(period):
        return f"thang {month % 12 + 1}"
    if _MONTH_BEFORE.fullmatch(period):
        return f"thang {(month - 2) % 12 + 1}"
    return period


def resolve(
    text: str,
    subject: Subject | None,
    *,
    kinds_of: Callable[[str], frozenset[str]] | None = None,
    fit: Callable[[Sequence[str]], Named | None] | None = None,
    topic_of: Callable[[str], str | None] | None = None,
    words_of: Callable[[str], frozenset[str]] | None = None,
    named_elsewhere: Callable[[frozenset[str], str | None], bool] | None = None,
) -> FollowUp:
    """How to answer `text` after an answer about `subject`.

    `kinds_of(folded_fragment)` says what a fragment names (any of "time", "place", "org", "role",
    "topic"), from the engine's vocabulary; without it a fragment that is not a period counts as a place.
    `fit(codes)` reads what the message names that a class has and which of `codes` have it (None when it
    names nothing of the kind); `topic_of(code)` is a class's topic in words the engine reads; `words_of(code)`
    the words a class says of itself (`words_in` of its title, place, venue…), its title's alone without it;
    `named_elsewhere(words, batch)`: whether some class says all `words` (and is that batch, when one is named).
    """
    def has(i: int) -> frozenset[str]:
        own = words_of(codes[i]) if words_of is not None and i < len(codes) else frozenset()
        return own or frozenset(_words(titles[i]).split())

    folded = _words(text)
    if not folded or small_talk(text) is not None or _CLOCK.search(folded):
        # «ok cảm ơn nhé» ends like «thế tháng sau nhé?» but asks nothing again; «mấy giờ rồi» asks the
        # clock, not when the class in view starts.
        return NONE
    taken_back = _NO_OPENER.match(text)
    if taken_back is not None and _words(text[taken_back.end():]):
        folded = _words(text[taken_back.end():])  # «à không, Đồng Nai»: as «ý em là Đồng Nai»
        # «à không, mình hỏi lớp tài chính cơ», «không, ý em là …»: what was meant, said as such.
        folded = _MEANT.sub("", folded, count=1) or folded
    fixed = _CORRECTION.match(folded)
    if fixed is not None and folded[fixed.end():].strip():
        # «à nhầm, ý em là tháng 12 này», «xin lỗi, ý là ở Cần Thơ»: the last question again with what the rest
        # names put in place, as «thế tháng 12 này?» asks it.
        folded = folded[fixed.end():].strip()
    corrected = (fixed is not None or taken_back is not None) and folded != _words(text)
    if _WHICH_IS_IT.search(folded) and subject is not None and len(subject.codes) > 1:
        # «cái ở Vũng Áng là lớp gì» after a list: which of those shown is the one at Vũng Áng — its details, not
        # a question for classes of its own («lớp gì» asks nothing more than what the class is).
        folded = _WHICH_IS_IT.sub("", folded).strip()
    asked_on = _AGAIN_THEN.match(folded)
    if asked_on is not None and _ELLIPSIS_HEAD.match(folded):
        # «còn ở Lạng Sơn thì sao, lớp nào gần nhất»: the ellipsis, then what it asks of the classes there; read
        # as «còn ở Lạng Sơn lớp nào gần nhất thì sao», the «thì sao» closing it as it usually does.
        folded = f"{asked_on.group(1)} {asked_on.group(3)} {asked_on.group(2)}"
    register = _wants_register(folded)
    if register:
        # «cái đầu hết hạn rồi thì đăng ký cái cuối»: the class to register is the one named after the wish.
        m = _REGISTER.search(folded)
        if m is not None and _ORDINAL.search(folded[:m.start()]) and _ORDINAL.search(folded[m.end():]):
            folded = folded[m.start():]
    if subject is None or not subject.kind:
        # «đăng ký lớp này», «ok cho e đăng ký» with nothing shown before: never pick a class for the user.
        if register and (_PRONOUN.search(folded) or _is_bare(folded)):
            return FollowUp("which", purpose="register")
        if _PRONOUN.search(folded) and _is_bare(_PRONOUN.sub(" ", folded)):
            # «lớp đó ở đâu», «lớp này học mấy ngày» opening the talk: no class was shown, so which one is asked;
            # a class the words happen to fit would be a guess.
            return FollowUp("which", purpose="details")
        return NONE
    if _STATUS_LISTED.match(folded):
        # «lớp nào bị hủy», «lớp nào hoãn», «lớp nào đã kết thúc» after a class or a list: the classes of that
        # status in the plans, a question of its own (a list leaves classes called off out; the one in view
        # is asked about by «lớp đó bị hủy à»).
        return NONE
    back_to_plan = _back_to_plan(folded, subject)
    if back_to_plan is not None:
        return back_to_plan
    there = _there_named(folded, subject, kinds_of)
    if there is not None and not register:
        # «lớp thương lượng ở đó tháng này», «có lớp nào của họ đang mở không»: the place or the union the talk is
        # about stands for «ở đó», «của họ»; the rest is a question of its own.
        return FollowUp("ask", there, replaced=("question",))
    instead = _instead(folded, subject, kinds_of, topic_of)
    if instead is not None:
        return instead
    if subject.kind in ("course", "courses"):
        codes, titles = subject.codes, subject.titles
    else:
        codes = subject.classes
        titles = subject.class_titles if len(subject.class_titles) == len(codes) else codes
        if (len(codes) > 1 and subject.lists and subject.lists[-1][1] == codes
                and one_asked(_words(subject.lists[-1][0]))):
            # The classes kept while the talk turned to a plan or a fact answered a question asking for one
            # («lớp … gần nhất», «có lớp X không»): its nearest is the class «lớp đó» is about, as it was then.
            subject = dataclasses.replace(subject, best=(codes[0],))
    has_classes = bool(codes)
    at = codes.index(subject.focus) if subject.focus in codes else None  # the class singled out, by position
    aspect = _aspect(folded)
    back_ref = bool(_BACK_REF.search(folded))
    pronoun = bool(_PRONOUN.search(folded)) or back_ref or _named_that(folded)
    if corrected and not (aspect or register) and subject.asked and (
            pronoun or _ORDINAL.search(folded) or _BESIDE.search(folded) or _BATCH.search(folded)):
        # «đăng ký lớp 2» then «à nhầm, ý em là lớp 3»: the same request, of the class now named.
        register = subject.asked == "register"
        aspect = None if register else subject.asked if subject.asked in _ASPECT_WORDS else None
    elif (not (aspect or register) and subject.asked in _ASPECT_WORDS and (_ELLIPSIS_HEAD.search(folded) or _AGAIN.search(folded))
          and (_ORDINAL.search(folded) or _BESIDE.search(folded) or _BATCH.search(folded)) and _is_bare(_PLAIN.sub(" ", folded))):
        # «lớp đầu tiên học ở đâu», then «thế cái thứ 3?», «cái thứ 3 thì sao»: the same question of another class
        # of the list (a registration is never carried over: it is asked for in words).
        aspect = subject.asked
    # The one class in view: the one shown, or the one of a list the talk singled out.
    one = subject.focus if subject.focus in codes else (
        codes[0] if len(codes) == 1 and subject.kind == "course" else None)
    if (one is not None and subject.kind in ("course", "courses") and not register and fit is not None
            and _CAN_JOIN.search(folded)):
        # «mình là ủy viên BCH có đi được ko», «kế toán có học được không» about the class in view: whether its
        # audience takes that role, not a search for classes for the role.
        named_role = fit([one])
        said = named_role.phrases if named_role is not None else ()
        roles = tuple(dict.fromkeys(r for _, p in said if (r := role_of(p))))
        if (named_role is not None and said and all(k == "role" or role_of(p) for k, p in said)
                and _is_bare(_SELF_WORDS.sub(" ", _CAN_JOIN.sub(" ", named_role.rest)))):
            return FollowUp("ask", f"{one} {_ASPECT_WORDS['eligible']}", code=one, aspect="eligible", roles=roles)
    if (subject.kind in ("course", "courses") and has_classes and not (aspect or register)
            and _DETAIL_WANTED.search(folded) and _is_bare(_DETAIL_WANTED.sub(" ", folded))):
        pronoun = True  # «chi tiết», «thông tin thêm»: the class in view, its whole card

    if (subject.kind == "fact" and subject.question and not subject.stale and not (aspect or register)
            and _THE_ARTICLES.search(folded) and _ordinal(folded, len(codes), at) is None):
        # «ai khai mạc lớp đó», «ai viết bài đó», «ai nói câu đó» after a fact: the class, the article or the
        # words the fact told of, not a class listed before it: asked with what named the fact (its place,
        # union, audience, topic, year), its own words first, as the old question's would outweigh them.
        told = " ".join(dict.fromkeys(v for k, v in subject.phrases if k in ("place", "org", "role", "topic")))
        year = f"nam {subject.year}" if subject.year else ""
        return FollowUp("ask", " ".join(f"{folded} {year} {told}".split()), purpose="detail")
    if (register and subject.offered is not None and subject.offered == subject.focus and subject.offered in codes
            and (pronoun or _OTHER.search(folded) or _is_bare(_BENEFICIARY.sub(" ", folded)))):
        # «đăng ký lớp kia» after «lớp X chưa nhận đăng ký; lớp Y đang nhận»: the other class is Y, the one
        # offered, not the one just turned away.
        return _about_class(subject.offered, aspect, register)
    if has_classes and _OTHER.search(folded):
        other_one = _the_other(subject, codes, titles, aspect, register)
        if other_one is not None:
            return other_one
    if has_classes:
        # «còn lớp ở Đà Nẵng?», «còn lớp cho chủ tịch ở đó thì sao»: the same question elsewhere (below).
        # «còn lớp ở Vũng Tàu trong danh sách đó»: one of the list, not the same question elsewhere.
        other = bool(_ELLIPSIS_HEAD.search(folded) or corrected) and not _IN_LIST.search(folded) and not back_ref
        # «thế cái online thì học lúc mấy giờ»: «cái» points at one of the list, by what it names.
        other = other and not re.match(r"(?:the |vay |con |the con )cai\b", folded)
        elsewhere = _this_class_elsewhere(folded, subject, codes, titles, pronoun and not register and not aspect, fit, topic_of)
        if elsewhere is not None:
            return elsewhere
        if other and fit is not None and len(codes) > 1 and _POINTS.search(folded) and not corrected:
            # «thế lớp PCCN năm sau thì sao» under a list holding one such class: that class, as the list's scope
            # (a union the engine found by the words of its classes) would be lost in a new search. Another place
            # or union named is the same question there («còn lớp ATVSLĐ ở Huế thì sao»), read below.
            probe = fit(codes)
            probed = {k for k, _ in probe.phrases} if probe is not None else set()
            if probe is not None and len(probe.fitting) == 1 and "topic" in probed and not probed & {"place", "org"}:
                return _about_class(codes[probe.fitting[0]], aspect, register)
        if other and (aspect or register) and fit is not None and len(codes) > 1 and _POINTS.search(folded) and not corrected:
            # «còn lớp ở Khánh Hòa thì hạn đăng ký đến bao giờ» after a detail of another class of the list: the
            # detail of the one class of the list that has what it names, not the list's question asked there.
            probe = fit(codes)
            if probe is not None and len(probe.fitting) == 1 and probe.phrases:
                return _about_class(codes[probe.fitting[0]], aspect, register)
        named = fit(codes) if fit is not None and not other else None
        if named is not None and {k for k, _ in named.phrases} == {"day"} and (
                (pronoun and not back_ref) or _ordinal(folded, len(codes), at) is not None
                or _DAY_PART_ASKED.search(folded)):
            # «lớp đó học buổi tối à», «lớp đầu tiên học buổi sáng hả»: the part of the day is asked of the class
            # pointed at («lớp buổi tối học lúc mấy giờ» names one of the list by it).
            named = None
        if named is not None and {k for k, _ in named.phrases} == {"format"} and (
                (pronoun and not back_ref) or _ordinal(folded, len(codes), at) is not None):
            # «lớp đầu tiên học online được không»: the format is what is asked («lớp trực tuyến lúc nãy» names
            # the class by it).
            named = None
        if (named is not None and {k for k, _ in named.phrases} == {"format"} and aspect == "format"
                and _is_bare(folded) and not _ASKS_CLASSES.search(folded)):
            # «học online dc ko» with classes in view, nothing else said: how the class in view is held (or which
            # of those listed is meant), not a search for online classes like it (which «có lớp nào học online
            # không» is) that would list classes of other provinces.
            named = None
        if named is not None and {k for k, _ in named.phrases} == {"format"} and (
                len(named.phrases) > 1 or aspect == "format") and re.search(r"\b(?:hay|hoac)\b", folded):
            named = None  # «học trực tiếp hay online»: which of the two, asked of the class in view
        if named is not None and register and {k for k, _ in named.phrases} <= {"role"} and _BENEFICIARY.search(folded):
            named = None  # «đk cho CNLĐ cty em»: whom the registration is for, not which class
        if named is not None and named.fitting and _nearest(folded) and named.phrases:
            # «lớp gần nhất bên Hòa Bình cũ là lớp nào» under a list of Phú Thọ's finance classes: the nearest of
            # those held there (the list is shown nearest first), not the nearest class of any kind there.
            return _about_class(codes[named.fitting[0]], aspect, register)
        if named is not None and _names_one(folded, named.rest):
            own = {k for k, _ in named.phrases} & {"topic", "role", "title"}
            # Only a question about one class («học ở đâu», «đăng ký», «cái ấy», «cái thứ 2») picks among
            # the list by its topic or audience: «lớp ATVSLĐ ở Cần Thơ», «lớp cho CT CĐCS tháng 3» alone
            # are list questions of their own, asked again or anew.
            about_one = bool(aspect or register or pronoun or _ordinal(folded, len(codes), at) is not None
                             or _WHICH_ONE.search(folded)
                             or re.match(r"(?:cai|dot|buoi)\b", folded))
            # Two things a class has, named with nothing asked of one class («lớp trực tuyến tháng 12», «lớp ở Huế
            # tháng 3»): a question complete in itself, read on its own, not a pick among the list in view.
            complete = len({k for k, _ in named.phrases} | ({"time"} if _TIME.search(folded) else set())) >= 2
            if not about_one and (own or complete or len(named.fitting) == len(codes) or not named.fitting):
                # Every class of the list fits a list question: the list again, asked as a question; none
                # fits: a new question for what it names, not the old one rewritten («… thì sao» is).
                if not _AGAIN.search(folded):
                    return NONE
            elif own and not named.fitting:
                return NONE  # a topic or audience of its own that no class of the list has: a new question
            elif (not about_one and len(named.fitting) > 1 and subject.question
                  and {k for k, _ in named.phrases} <= {"place", "org"}):
                # «lớp ở Bến Tre» under a list of chairs' classes, several held there: the list's question asked
                # there (its audience and topic kept), as «còn ở Bến Tre thì sao» asks; no one class is meant.
                kinds = {k for k, _ in named.phrases}
                question, replaced = _replace(subject, " ".join(p for _, p in named.phrases), kinds)
                return FollowUp("ask", question, replaced=tuple(replaced))
            else:
                # «lớp ở Huế học mấy ngày», «đăng ký lớp online», «cái ở Hà Nam»: one class of those in view,
                # picked by what it has, before any new search.
                among = _among(named, folded, subject, codes, titles, aspect, register, kinds_of, topic_of,
                               apart=_POSITION_APART.search(text) is not None, has=has)
                if among is not None:
                    return among
        pos = _ordinal(folded, len(codes), at)
        if pos is not None and subject.area and _LAST.search(folded) and subject.area[-1] in codes:
            pos = codes.index(subject.area[-1])  # «cái cuối» of the former province's classes listed first
        if pos is not None and _nearest(folded) and not _is_bare(_PLAIN.sub(" ", folded)):
            pos = None  # «lớp gần nhất ở Hà Nội»: a question of its own, read by the engine
        picked = [pos] if pos is not None else _batch(folded, titles)
        sections = _sections(text, titles) if pos is None else None
        if sections is not None:
            # «lớp B ở đâu», «lớp B đợt 2 khi nào»: the class of that letter (of the batch named, when one is).
            picked = [i for i in (picked if _BATCH.search(folded) else range(len(codes))) if i in sections]
        if len(picked) > 1 and at is not None:
            # «ý em là đợt 2» while the talk is on one class's «đợt 1»: that class's batch, not another title's.
            picked = [i for i in picked if base_title(titles[i]) == base_title(titles[at])] or picked
        if (pos is None and picked and named is not None and not named.fitting
                and {k for k, _ in named.phrases} & {"place", "org", "topic", "role"}):
            # «lớp UBKT Cần Thơ đợt 2» after Mê Linh's «tuyên giáo đợt 1, đợt 2»: the batch of the class the
            # message names (a place, union, topic or audience none of the list has), a question of its own.
            return NONE
        if pos is None and picked:
            # «đăng ký lớp sơ cứu đợt 1», «dk lớp đối thoại đợt 1 ở Yên Phong» under a list whose «đợt 1» is another
            # class: a batch picks a class of the list only when it has the rest of what the message says (what
            # no place, union or period read took); else the message names a class of its own, to be found as a
            # question would be, never the class merely on screen.
            if named is not None and {k for k, _ in named.phrases} & {"place", "org", "topic", "role"}:
                picked = [i for i in picked if i in named.fitting]
            besides = frozenset(_said_besides(named.rest if named is not None else folded))
            lacking = [i for i in picked if not besides <= has(i)]
            if lacking and (named_elsewhere is None or named_elsewhere(besides, batch_asked(folded))):
                # Only words that name a class of that batch somewhere count: a typo, «đổi sang», «mình đã» name none.
                picked = [i for i in picked if i not in lacking]
            if not picked:
                return NONE
            if named is not None and len(picked) > 1:
                picked = _whole_named(picked, has, named)
        at = codes.index(subject.focus) if subject.focus in codes else None
        beyond = _beyond(folded, len(codes), at) if not picked else None
        if beyond is not None:
            # «cái thứ 9» after three classes: the list is shorter; its classes are offered, none guessed.
            purpose = "register" if register else "details"
            return FollowUp("choose", purpose=purpose, aspect=aspect, beyond=beyond, shown=len(codes),
                            choices=tuple(_choice(codes[i], titles[i], purpose, aspect)
                                          for i in range(min(len(codes), MAX_CHOICES))))
        if not picked and subject.focus in codes and _NEXT.search(folded):
            picked = _next(codes, titles, codes.index(subject.focus or ""))
        # «có lớp nào học online không» asks for classes of a kind, not about the class in view.
        asks_list = bool(_ASKS_CLASSES.search(folded)) and not picked and not pronoun
        if picked or pronoun or (register and _is_bare(_BENEFICIARY.sub(" ", folded))) or (
                aspect and (_is_bare(folded) or (aspect == "time" and _DAY_PART_ASKED.search(folded)))
                and not asks_list):
            if len(picked) == 1:
                return _about_class(codes[picked[0]], aspect, register)
            if not picked and len(codes) == 1:
                return _about_class(codes[0], aspect, register)
            if not picked and subject.focus and (not register or pronoun or _is_bare(_BENEFICIARY.sub(" ", folded))):
                # The class the user singled out just before («cái thứ 2 …», then «đăng ký lớp đó», or a
                # bare «đk cho mình» right after its card: nothing else is in question).
                return _about_class(subject.focus, aspect, register)
            best = [i for i, c in enumerate(codes) if c in subject.best]
            if not picked and not register and len(best) == 1:
                # «lớp đó học mấy ngày» after a list in which one class answered the question better than
                # the others (it alone says all it asked): that class. A registration still asks which.
                return _about_class(codes[best[0]], aspect, register)
            if not picked and not register and best and re.search(_STILL_OPEN, folded):
                # «còn đăng ký được không» after a list led by classes that fit the question: whether the nearest
                # of them (shown first) still takes registrations, the one whose deadline comes first.
                return _about_class(codes[best[0]], aspect, register)
            # Several that answered best (the two batches «lớp B» named, both in one hall): which of them, not
            # which of the whole list.
            pool = picked or (best if len(best) > 1 else list(range(len(codes))))
            purpose = "register" if register else "details"
            return FollowUp(
                "choose", purpose=purpose, aspect=aspect,
                choices=tuple(_choice(codes[i], titles[i], purpose, aspect) for i in pool[:MAX_CHOICES]),
            )
    elif register and (pronoun or _is_bare(folded)):
        return FollowUp("which", purpose="register")

    if subject.kind in ("fact", "document", "target") and subject.question and _is_bare_detail(folded):
        # «ban hành ngày nào?» after a document: the same subject, another detail.
        return FollowUp("ask", f"{_words(subject.question)} {folded}", aspect=aspect)
    if subject.kind in ("fact", "target") and subject.question and not subject.stale and _about_the_fact(folded) and not (
            kinds_of is not None and "place" in kinds_of(folded)):
        # «Đạt tỷ lệ bao nhiêu phần trăm?», «Kế hoạch về việc này là số mấy?» after a fact: the same
        # matter, another figure or detail of it (the matter stays what the talk is about).
        base = _words(subject.question)
        if _DOCUMENT_NUMBER.search(folded) and _DOCUMENT_KIND.search(folded):
            # The number of the plan or resolution on the matter: the matter without the figure it asked
            # («có bao nhiêu …»), which would call for the plan's targets rather than the plan itself.
            base = " ".join(_FIGURE_ASKED.sub(" ", base).split())
        return FollowUp("ask", f"{base} {folded}", aspect=aspect, purpose="detail")

    if (subject.asked == "which_plan" and subject.question and kinds_of is not None
            and kinds_of(folded) & {"place", "org"} and len(folded.split()) <= 8):
        # «Anh/chị hỏi chỉ tiêu của tỉnh hoặc đơn vị nào ạ?» answered «Lạng Sơn», «LĐLĐ Hà Nội»: the plan
        # question again, for what it names («thế còn Hà Nội thì sao», as a place typed alone is put, names Hà Nội
        # only: its «còn» is no word of the plan question).
        return FollowUp("ask", f"{_words(subject.question)} {_fragment(folded) or folded}", replaced=("question",))

    if subject.place and _THIS_PROVINCE.search(folded) and not (
            kinds_of is not None and kinds_of(folded) & {"place", "org"}):
        # «chỉ tiêu năm nay của tỉnh» after an answer about a province: that province.
        return FollowUp("ask", f"{folded} {fold(subject.place)}", replaced=("question",))

    if (subject.kind == "target" and subject.question and not subject.stale and CHANGE_ASKED.search(folded)
            and len(folded.split()) <= 14 and not (kinds_of is not None and kinds_of(folded) & {"place", "org"})):
        # «so với năm ngoái tăng hay giảm», «so với 2025 thì sao» right after a union's targets: the same plan's
        # figures of the other year (those of the year shown were just read), set against the year shown. Its words
        # name no figure of the plan, so they are the plan question's.
        base = _words(subject.question)
        years = change_years(folded, None, subject.year) if subject.year else None
        if subject.year and years:
            against = years[1] if years[0] == subject.year else years[0]
            rest = " ".join(_YEAR_SAID.sub(" ", base).split())
            # (The period first: «… bao nhiêu năm 2025» would ask «how many years».)
            return FollowUp("ask", f"nam {against} {rest} so voi nam {subject.year} thi sao", replaced=("question",))
        return FollowUp("ask", f"{base} {folded}", replaced=("question",))

    # Elliptical: «thế tháng sau?», «còn ở huyện?», «bên công đoàn ngành thì sao», «năm trước được bao nhiêu?»
    if not subject.question or (subject.stale and not _LONG_PERIOD.fullmatch(_fragment(folded))
                                and not _past_aside(subject, _fragment(folded), kinds_of)):
        # After small talk an ellipsis is about the small talk («thời tiết Huế?», then «còn Cần Thơ thì
        # sao»), save a month, a quarter or a year alone («vậy tháng 12 thì sao»): what classes ask by.
        return NONE
    head = bool(_ELLIPSIS_HEAD.search(folded)) or corrected
    # «tháng 1 thì có lớp nào» after a list: a period set against the one asked, then «thì»: the same question then.
    then = re.match(r"^(.+?) thi\b", folded)
    # («năm sau thì sao, giao bao nhiêu» after a union's targets: the same plan then.)
    head = head or bool(subject.kind in ("course", "courses", "target") and then is not None
                        and _TIME.fullmatch(then.group(1)))
    # «năm sau chỉ tiêu bao nhiêu» right after a union's targets: the same plan for another period, though
    # it opens with no «thế», «còn»; naming a place or a union of its own, it is a question of its own.
    # («năm sau được bao nhiêu», «2027 thì bn»: the amount asked alone, of the same plan, as well.)
    head = head or bool(subject.kind == "target" and _TIME.search(folded)
                        and (_TARGET_WORDS.search(folded) or _AMOUNT_ASKED.search(folded))
                        and len(folded.split()) <= 7
                        and not (kinds_of is not None and kinds_of(folded) & {"place", "org", "topic", "role"}))
    # «có lớp nào cho đoàn viên, người lao động không» right after the classes of a union or a place: those of the
    # same union or place for other people, as «thế có lớp nào cho …» asks (a place, union, topic or period of
    # its own makes it a question of its own).
    head = head or bool(subject.kind in ("course", "courses") and _ASKS_CLASSES.search(folded)
                        and any(k in ("place", "org") for k, _ in subject.phrases) and not _TIME.search(folded)
                        and kinds_of is not None and kinds_of(folded) == {"role"})
    tail = bool(_ELLIPSIS_TAIL.search(folded))
    fragment = _fragment(folded, kinds_of)
    past = _PAST_YEAR.search(folded)
    if has_classes and not head and not past and not _AGAIN.search(folded) and re.match(r"(?:lop|khoa)\b", folded):
        return NONE  # «lớp ở Sóc Trăng cũ có không» after a list: a list question of its own, not an ellipsis
    if (subject.kind in ("course", "courses") and not head and not _AGAIN.search(folded)
            and _TARGET_WORDS.search(folded)):
        return NONE  # «chi tieu nam 2027 lang son» after a list of classes: a plan's question of its own
    if not (head or tail or past) or not fragment:
        return NONE
    measure = _MEASURE.fullmatch(fragment)
    counted = _COUNTED.search(_words(subject.question)) if measure and subject.kind in ("fact", "target") else None
    if measure and counted:
        # «Thế số học viên thì sao?» after «… bao nhiêu lớp …»: the same matter, the other figure it counts.
        base = _words(subject.question)
        return FollowUp("ask", base[:counted.start(1)] + measure.group(1) + base[counted.end(1):], purpose="detail")
    # «… ở đó», «bên ấy»: the place of the last answer, kept; it names nothing new.
    fragment = " ".join(_THERE.sub(" ", fragment).split()) or fragment
    asked = _WHICH_CLASS.sub("", fragment)  # «… (thì) có lớp gì»
    # Counted as typed: «ct, pct cđcs» is three words, not the nine it expands to.
    typed = _WHICH_CLASS.sub("", _THERE.sub(" ", _fragment(_SAID_IN_FULL.sub(
        lambda m: _SHORT_OF[m.group(0)], " ".join(re.findall(r"[0-9a-z/]+", fold(text)))))))
    own_kinds = set(kinds_of(fragment)) if kinds_of else set()
    if kinds_of is not None and subject.place and "org" not in own_kinds and _UNION_WORDS.search(fragment):
        # «thế bên CĐ viên chức có không» in a talk about Quảng Trị: the union of that kind in that province
        # («CĐ Viên chức tỉnh Quảng Trị»), named as its members name it, without the province.
        there = f"{re.sub(r'^(?:(?:the|vay|con|ben|cua|o|tai) )+', '', fragment)} {fold(subject.place)}"
        # (Words of its own besides the union's: «công đoàn tỉnh» alone is the province's union, read elsewhere.)
        if "org" in kinds_of(there) and _UNION_KIND_MARKS.sub(" ", fragment).split():
            fragment = " ".join(there.split())
            own_kinds = set(kinds_of(fragment))
    # The words that only mark a place («bên», «cũ» after a former province), or the kind of a union named
    # («công đoàn ngành …», «Công đoàn các KCN và chế xuất …»), make no question longer.
    marks = _UNION_KIND_MARKS if own_kinds & {"org", "orgkind"} else _PLACE_MARKS
    where = subject.phrase("org") or subject.phrase("place") or (fold(subject.place) if subject.place else None)
    if where is None and subject.kind == "target" and (own_unit := _OWN_UNIT.search(_words(subject.question))):
        # «… của tp em đạt bao nhiêu %», then «số lớp thì sao»: the asker's own union again (their profile's).
        where = own_unit.group(0)
    if (subject.kind == "target" and (head or tail) and where and not own_kinds & {"place", "org", "orgkind"}
            and (_TARGET_WORDS.search(fragment) or _COUNTED.search(fragment)) and not _CLASS_WORDS.match(fragment)
            and (own_kinds & {"topic", "role"} or _COUNTED.search(fragment))):
        # «còn số lớp tập huấn cán bộ CĐCS năm nay» after Hà Nội's targets: another figure of the same union's
        # plan (and of the same period, unless it names its own), however long it is said. Naming no figure of
        # its own («năm sau chỉ tiêu bao nhiêu»), it is the same figure for another period (below).
        # (A year the question said in words the reading keeps no phrase of, «năm nay», is the answer's year.)
        period = "" if _TIME.search(fragment) else subject.phrase("time") or (
            f"nam {subject.year}" if subject.year else "")
        # («số lớp» alone names a figure, not a plan: «chỉ tiêu» says whose figure is asked.)
        plan = "" if _TARGET_WORDS.search(fragment) else "chi tieu"
        return FollowUp("ask", " ".join(f"{plan} {fragment} {period} {where}".split()), replaced=("question",))
    # «còn lớp của Công đoàn Giáo dục Việt Nam ở Nghệ An thì sao»: classes of a union or place named at length,
    # asked as a class question of its own (below), not read anew as a whole, whose «thì sao» asks nothing.
    named_classes = bool(re.match(r"(?:lop|khoa)\b", fragment) and own_kinds & {"place", "org", "orgkind"})
    if min(len(_AGAIN_WORDS.sub(" ", marks.sub(" ", asked)).split()),
           len(_AGAIN_WORDS.sub(" ", marks.sub(" ", typed)).split())) > 6 and not named_classes:
        if (subject.kind in ("fact", "target") and head and subject.year and not past and not _TIME.search(fragment)
                # (one year said before: a span, «giai đoạn 2013-2015», is no year to carry)
                and re.findall(r"\b(?:19|20)\d\d\b", _words(subject.question)) == [str(subject.year)]
                and not _CLASS_WORDS.match(fragment) and not own_kinds & {"place", "orgkind"}
                and _FIGURE_ASKED.search(fragment)):
            # «còn huấn luyện ATVSLĐ của trường trung cấp CĐ thì mấy lớp» after a figure of Hà Nội's 2016: another
            # figure the same article gives for that year and place (a union named, the school, is one of its), however
            # long it is said.
            where = subject.phrase("place") or (fold(subject.place) if subject.place else "")
            # (The year and place first: «… mấy lớp năm 2016» would ask how many years.)
            return FollowUp("ask", " ".join(f"nam {subject.year} {where} {fragment}".split()), replaced=("question",),
                            purpose="detail")
        return NONE  # a question of its own, not an ellipsis
    if (subject.kind in ("course", "courses") and not past and _TIME.search(fragment) and not own_kinds - {"time"}
            and not _LIST_ONLY.sub(" ", _TIME.sub(" ", fragment)).split()):
        # «vậy tháng 1 có lớp nào» after «lớp ATVSLĐ ở Hà Nội»: the same classes in another period (its topic,
        # audience and place kept), as «thế tháng 1 thì sao» asks; a topic or a place of its own is a new question.
        period = _month_after_asked(" ".join(m.group(0).strip() for m in _TIME.finditer(fragment)),
                                    " ".join(m.group(0).strip() for m in _TIME.finditer(_words(subject.question))))
        question, replaced = _replace(subject, period, {"time"})
        return FollowUp("ask", question, replaced=tuple(replaced))
    in_view = _in_view(subject)
    topic = topic_of(in_view) if topic_of is not None and in_view is not None else None
    # «còn lớp ở Đà Nẵng?»: a class word and a place only, the same question for another place.
    only_place = subject.kind in ("course", "courses") and bool(own_kinds & {"place", "org"}) and not own_kinds & {
        "topic", "role", "format"} and len(
        _CLASS_WORDS.sub(" ", fragment).split()) <= 5
    if topic and only_place and not _TIME.search(fragment) and not past:
        # After one class («lớp ấy», or the one the talk singled out), «còn ở Vĩnh Long?» asks for that
        # class's topic there: every class on it, not the other details of the first question.
        return FollowUp("ask", " ".join(f"lop {_for_whom(topic, subject)} {_CLASS_WORDS.sub(' ', fragment)}".split()),
                        replaced=("question",))
    # «còn học trực tiếp ở Hưng Yên thì có lớp nào?» after online finance classes: how and where they are held
    # change, what they are about stays (the same question, asked as below).
    # «thế lớp cuối tuần thì sao» after «lớp cho chủ tịch tháng 12 ở …»: the days of the week are a setting too,
    # the month, role and place asked stay and the weekend is added.
    setting_only = subject.kind in ("course", "courses") and bool(own_kinds & {"format", "day"}) and not own_kinds & {
        "topic", "role"}
    if _CLASS_CUE.search(fragment) and not only_place and not setting_only and (
            subject.kind not in ("course", "courses") or len(fragment.split()) >= 3):
        # «thế xã có lớp nào sắp tới không» after a target, «còn lớp ATVSLĐ bên Tuyên Quang thì sao»: a class
        # question of its own, in the place or union (and period) of the last answer unless it names its own.
        own = own_kinds
        # A kind of union («bên công đoàn các KCN») keeps the place asked before; a union or place replaces it.
        keep = ("place",) if "orgkind" in own and not own & {"place", "org"} else ("org", "place")
        # «… ở tỉnh mình», «bên mình» is the asker's own province (the profile's), not the last answer's.
        mine = bool(_MY_PLACE.search(fragment))
        extra = [] if own & {"place", "org"} or mine else [p for k, p in subject.phrases if k in keep][:1]
        if not _TIME.search(fragment) and subject.kind in ("course", "courses") and subject.phrase("time"):
            extra.append(subject.phrase("time") or "")
        # «bên Tuyên Quang» folded is «ben tuyen quang», which the engine does not read as a place side:
        # the word goes where a place follows it (not in «Bến Tre», whose «tre» alone is no place).
        m = re.search(r"\bben (.+)$", fragment)
        if m and kinds_of is not None and kinds_of(m.group(1)) & {"place", "org"}:
            fragment = " ".join(re.sub(r"\bben ", " ", fragment).split())
        return FollowUp("ask", " ".join([fragment, *extra]).strip(), replaced=("question",))
    kinds = set(own_kinds)
    time_part = _TIME.search(fragment)
    if time_part:
        kinds.add("time")
        rest = " ".join(_TIME.sub(" ", fragment).split())
        rest = " ".join(re.sub(r"\b(?:duoc|bao nhieu|dat|so voi)\b", " ", rest).split())
        if rest and kinds_of:
            kinds |= set(kinds_of(rest))
        elif rest and _GENERIC_PLACE.search(rest):
            kinds.add("place")
    elif not kinds:
        if not _GENERIC_PLACE.search(fragment) and not (head and tail) and len(fragment.split()) > 3:
            return NONE
        kinds.add("place")
    if topic and kinds <= {"place", "org"} and not past:
        return FollowUp("ask", f"lop {_for_whom(topic, subject)} {fragment}", replaced=("question",))  # as above
    if subject.kind == "target" and kinds == {"time"} and time_part:
        # «thế năm ngoái thì sao, có đạt không», «còn năm sau giao bao nhiêu»: the same plan's figures for that
        # period; the rest only asks for them again (kept out, as it would pile up over the turns). The period
        # goes first: «… bao nhiêu năm 2025» would ask «how many years».
        period = " ".join(m.group(0).strip() for m in _TIME.finditer(fragment))
        question, replaced = _replace(subject, "", kinds)
        # A change asked of the plan before («… tăng hay giảm so với năm ngoái») is not asked of that period again.
        if CHANGE_ASKED.search(question):
            question = " ".join(COMPARED_TO.sub(" ", CHANGE_ASKED.sub(" ", question)).split())
        question = f"{period} {question}"
    else:
        question, replaced = _replace(subject, fragment, kinds)
    compare = None
    if past and subject.kind in ("target", "fact") and subject.year is not None:
        compare = subject.year
    return FollowUp("ask", question, compare_year=compare, replaced=tuple(replaced))


# A change of the targets between two years asked: «tăng hay giảm», «tăng bao nhiêu», «nhiều hơn hay ít hơn»,
# «chênh lệch», «so với năm ngoái thế nào».
CHANGE_ASKED = re.compile(
    r"\b(?:tang hay (?:la )?giam|giam hay (?:la )?tang|tang (?:hay )?(?:khong|ko|k|chua)|giam (?:hay )?(?:khong|ko|k)"
    r"|tang (?:bao nhieu|bn|may|them bao nhieu|len bao nhieu)|giam (?:bao nhieu|bn|may|di bao nhieu)"
    r"|(?:nhieu|cao) hon hay (?:it|thap) hon|(?:it|thap) hon hay (?:nhieu|cao) hon|chenh lech|chenh nhau"
    r"|thay doi (?:the nao|ra sao|bao nhieu|gi|nhu the nao)"
    r"|so voi (?:nam (?:ngoai|truoc|roi|qua|\d{4})|\d{4}) (?:the nao|ra sao|nhu the nao|thi sao))\b")
# The year a change is measured from: «so với năm ngoái», «so với 2025», «… hơn 2025».
COMPARED_TO = re.compile(r"\b(?:so voi|hon|voi) (?:nam (ngoai|truoc|roi|qua|vua qua|vua roi)|(?:nam )?(\d{4}))\b")
_YEAR_SAID = re.compile(r"\bnam (?:nay|kia|ngoai|truoc|roi|qua|vua qua|vua roi|sau|toi|\d{4})\b|\b(?:19|20)\d{2}\b")


def change_years(folded: str, asked: int | None, this_year: int) -> tuple[int, int] | None:
    """The year whose targets are shown and the year they are set against, for a question that asks how the
    targets changed; None when it asks no change. «so với năm ngoái» with no year of its own is this year's plan
    against last year's; «2026 … so với 2025» the two years said; a year alone against the year before it."""
    if not CHANGE_ASKED.search(folded):
        return None
    m = COMPARED_TO.search(folded)
    rest = folded[:m.start()] + " " + folded[m.end():] if m else folded
    said = [int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", rest)]
    # A year written out beside the change is the one shown; «năm nay», «năm ngoái» are read by the slots (whose
    # year may be the one set against, when that comes first: then the year of now).
    compared = int(m.group(2)) if m and m.group(2) else None
    base = said[0] if said else (asked if asked is not None and asked != compared and _YEAR_SAID.search(rest)
                                 else this_year)
    if m and m.group(2):
        other = int(m.group(2))
    elif m:
        other = base - 1
    else:
        years = [int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", folded) if int(y) != base]
        other = years[0] if years else base - 1
    return (base, other) if other != base else None


# «bị hủy rồi à», «tạm hoãn à»: a class called off is asked about (a list leaves such classes out).
_CANCELLED = re.compile(r"\b(?:" + "|".join(CALLED_OFF_CUES) + r")\b")
# A batch mark of a title: «đợt 2», «(lớp 2)», «Đợt II».
_BATCH_MARK = re.compile(r"\b(?:dot|lop|khoa) (\d{1,2}|i{1,3}|iv)\b")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "mot": "1", "hai": "2", "ba": "3", "bon": "4"}


def asks_cancelled(text: str) -> bool:
    """Whether a message asks about a class called off («lớp ngày 16/12 bị hủy rồi à»)."""
    return _CANCELLED.search(hoan_apart(text, _words(text))) is not None


# How a plan's note says a class called off is put off rather than dropped («Tạm hoãn, sẽ thông báo sau», «Lùi
# sang năm 2027», «Hoãn do trùng lịch Đại hội; sẽ tổ chức lại …»); a note that says «hủy» drops it.
_PUT_OFF = re.compile(r"\b(?:hoan|lui|doi sang|doi lich|chuyen sang (?:nam|thang|quy|ngay|dot|\d)|to chuc lai)\b")


def postponed(note: str | None) -> bool:
    """Whether the note of a class called off says it is put off, not dropped («Tạm hoãn, sẽ thông báo sau»)."""
    folded = hoan_apart(note or "", _words(note or ""))  # «hoàn lại học phí» puts nothing off
    return _PUT_OFF.search(folded) is not None and not re.search(r"\bhuy\b", folded)


# «lớp tạm hoãn đó», «lớp bị hoãn kia», «lớp đã hoãn»: put off with no day said, asked of as a class moved («đã
# hoàn thành», «đã hoàn tất» fold to the same «da hoan»).
_HELD_OFF = r"(?:bi|tam|d?da|d?dang) hoan(?! (?:thanh|tat|tra|thien|chinh|tien|lai|von|cong))"
# «lớp bị dời», «nghe bị lùi», «lùi lịch», «dời sang hôm nào»: a class put off to another day. Read with «đ» kept
# apart from «d» («dd»), as «đổi sang», «đã đổi», «được đổi», «đợi» fold to the same «doi» as «dời»; typed with
# no diacritics at all, «doi» may be either and is taken as «dời» in these phrases only («bị đổi lịch» says it too).
_MOVED = re.compile(r"\b(?:bi (?:doi|lui)|(?:doi|lui) lich|bi ddoi (?:lich|ngay)|(?:doi|lui) (?:sang|qua|den|toi)"
                    r" (?:(?:hom|ngay|buoi|tuan|thang|luc) nao|bao gio|khi nao)"
                    rf"|{_HELD_OFF})\b")
# «lớp bị dời đó», «cái lớp lùi lịch», «khóa bị lùi»: a pointer at the class put off (what a registration needs).
_MOVED_CLASS = re.compile(r"\b(?:lop|khoa|cai|dot)(?: hoc)? (?:bi (?:doi|lui)|(?:doi|lui) lich|bi ddoi (?:lich|ngay)"
                          rf"|{_HELD_OFF})\b")


def _words_dd(text: str) -> str:
    return _words(re.sub("[đĐ]", "dd", unicodedata.normalize("NFC", text)))


def asks_moved(text: str) -> bool:
    """Whether a message asks about a class put off to another day («lớp ngày 18/11 nghe bị dời, dời sang hôm
    nào»), not of one changed another way («đã đổi sang đợt 2», «được đổi sang học trực tiếp»)."""
    return _MOVED.search(_words_dd(text)) is not None


def points_at_moved(text: str) -> bool:
    """Whether a message points at the class put off by that («đk cho e lớp bị dời đó»)."""
    return _MOVED_CLASS.search(_words_dd(text)) is not None


def names_position(text: str) -> bool:
    """Whether a message names a position in a list («lớp thứ 2», «cái đầu», «lớp cuối») or a batch («đợt 2»)."""
    folded = _words(text)
    return _ORDINAL.search(folded) is not None or _BATCH.search(folded) is not None


# What points at an entry of a list shown: a class word, or a word for a line of any list («cái», «mục», «ý»,
# «dòng», «chỉ tiêu», «đơn vị», «công đoàn», «gợi ý», «lựa chọn», «câu»).
_ENTRY_WORDS = r"(?:lop hoc|lop|khoa hoc|khoa|cai|muc|y|dong|chi tieu|don vi|cong doan|goi y|lua chon|phuong an|cau)"
_ENTRY_CLASS = frozenset({"lop", "lop hoc", "khoa", "khoa hoc"})
_ENTRY_UNIT = frozenset({"don vi", "cong doan"})
# «cái thứ 2», «mục số 3», «chỉ tiêu đầu tiên», «đơn vị cuối», opening the message (after «thế», «còn», «xem»…).
_LISTED_AT = re.compile(
    rf"^(?:(?:the|con|vay|the con|xem|cho (?:minh|em|e|toi|mk) xem|xem giup|chi tiet|noi ro) )*(?P<ptr>{_ENTRY_WORDS}) "
    r"(?:(?:thu|so) (?P<n>\d{1,2}|nhat|hai|nhi|ba|bon|tu|nam)|(?P<d>\d{1,2})|(?P<w>dau tien|dau|cuoi cung|cuoi|sau cung))"
    r"\b(?P<rest>.*)$")
# What may follow the position without asking anything of its own: «là gì», «thế nào», «đạt bao nhiêu», «chi
# tiết», «nói rõ hơn», «thì sao».
_LISTED_REST = re.compile(
    r"\b(?:la gi|la cai gi|la sao|the nao|ra sao|dat bao nhieu|bao nhieu|bao nhieu phan tram|phan tram|dat chua|"
    r"da dat chua|co dat khong|noi dung|cu the|xem|chi tiet|noi ro(?: hon)?|thong tin|ntn|thi sao|thi|sao|vay|nhe|nha"
    r"|a|ak|ah|nhi|ha|di|voi|giup|gium|minh|em|e|toi|ad|oi|cho|biet|the|con|dat|duoc|nhu|la)\b")


@dataclass(frozen=True, slots=True)
class Position:
    """An entry of a list pointed at by where it stood («cái thứ 2»): `at` (1-based, -1 the last), and whether
    the words said a class («lớp thứ 2») or a union («đơn vị thứ 2») rather than any line."""

    at: int
    names_class: bool
    names_unit: bool


def listed_position(text: str) -> Position | None:
    """The entry of a list shown that a message asks for by its position and nothing else («cái thứ 2», «mục 3
    là gì», «chỉ tiêu đầu tiên đạt bao nhiêu», «lớp thứ hai», «đơn vị cuối»); None for a message that asks
    more (a weekday, a place, a period: «thứ 2 có lớp nào», «lớp thứ 2 ở Hà Nội»)."""
    folded = _words(text)
    m = _LISTED_AT.match(folded)
    if m is None or _WEEKDAY_CONTEXT.search(folded):
        return None
    rest = _LISTED_REST.sub(" ", m.group("rest"))
    for _, pat in _ASPECTS:
        rest = pat.sub(" ", rest)
    if rest.split():
        return None
    word = m.group("n") or m.group("d") or m.group("w")
    at = int(word) if word.isdigit() else _ORDINAL_WORDS.get(word)
    if not at:
        return None
    ptr = m.group("ptr")
    return Position(at, ptr in _ENTRY_CLASS, ptr in _ENTRY_UNIT)


def points_back(text: str) -> bool:
    """Whether a message points at a class by where it stood or as the one talked of («cái thứ 2», «lớp này»,
    «đăng ký lớp đó»), rather than asking anything bare («ở đâu?»)."""
    folded = _words(text)
    return bool(_PRONOUN.search(folded) or _ORDINAL.search(folded))


def wants_register(text: str) -> bool:
    """Whether a message asks to register («đk cho e lớp đó»)."""
    return _wants_register(_words(text))


def refers_back(text: str) -> bool:
    """Whether a message is about a class in view without naming it («lớp đó bị hủy à», «bị hoãn rồi hả»)."""
    folded = _words(text)
    return bool(_PRONOUN.search(folded)) or _is_bare(folded)


def _batch_number(word: str) -> str:
    """A batch's number as one form: «II», «hai», «02» are all "2"."""
    return _ROMAN.get(word, word.lstrip("0") or word)


def batch_asked(text: str) -> str | None:
    """The batch a message asks about («thế đợt 2 thì bao giờ» -> "2"), None when it names none."""
    m = _BATCH.search(_words(text))
    return _batch_number(m.group(1)) if m else None


def batch_of(title: str) -> str | None:
    """The batch a class's title carries («… CĐCS (Đợt 2)» -> "2"), None for an unmarked title."""
    m = _BATCH_MARK.search(_words(title))
    return _batch_number(m.group(1)) if m else None


# «lớp A», «lớp B»: parallel classes of one batch that a plan tells apart by a letter («… mới bầu - lớp B»).
_SECTION_MARK = re.compile(r"\blop ([a-e])\b")
# Said by the user: «lớp B ở đâu», «đăng ký cái C» (a letter typed alone after the class word; a lower-case «a» that
# ends the message is the particle «à» typed without its tone: «lớp đó hả, lớp a»).
_SECTION_SAID = re.compile(r"(?<!\w)(?i:lớp|lop|cái|cai)\s+(?:([b-eB-E]|A)(?![\w\u0300-\u036f])"
                           r"|(a)(?![\w\u0300-\u036f])(?!\s*[?!.]*\s*$))")


def section_of(title: str) -> str | None:
    """The letter a class's title gives it among parallel classes of one batch («… - lớp B (đợt 1)» -> "b")."""
    m = _SECTION_MARK.search(_words(title))
    return m.group(1) if m else None


def section_asked(text: str) -> str | None:
    """The letter a message names a class by («lớp B ở đâu» -> "b"), None when it names none."""
    m = _SECTION_SAID.search(unicodedata.normalize("NFC", text))
    return (m.group(1) or m.group(2)).lower() if m else None


def run_title(title: str) -> str:
    """A title without its batch mark nor its section letter: the parallel classes of every batch share it."""
    return " ".join(_SECTION_MARK.sub(" ", base_title(title)).split())


def _sections(text: str, titles: Sequence[str]) -> list[int] | None:
    """The listed classes of the section a message names («lớp B»), when the titles in view tell sections apart;
    None when it names none or no title has one."""
    asked = section_asked(text)
    if asked is None or not any(section_of(t) for t in titles):
        return None
    return [i for i, t in enumerate(titles) if section_of(t) == asked]


def base_title(title: str) -> str:
    """A title without its batch mark: the batches of one class share it."""
    return " ".join(_BATCH_MARK.sub(" ", _words(title)).split())


def dates_named(text: str) -> tuple[set[tuple[int, int]], set[int]]:
    """The days (day, month) and the months a message names («ngày 16/12», «tháng 4», «thg 4»)."""
    folded = _words(text)
    days = {(int(d), int(m)) for d, m in re.findall(r"\b(\d{1,2})[/-](\d{1,2})\b", folded)}
    months = {int(m) for m in re.findall(r"\b(?:thang|thg|t) (\d{1,2})\b", folded)}
    return days, months


def own_words(text: str) -> list[str]:
    """The words of a message about a class besides what it asks of it, its pointer, its wish to register and
    its courtesy: «lớp quấy rối tình dục học ở đâu» -> quay roi tinh duc (to find the class by its title)."""
    rest = _words(text)
    for _, pat in _ASPECTS:
        rest = pat.sub(" ", rest)
    for pat in (_REGISTER, _PRONOUN, _PLAIN, _BARE_REST):
        rest = pat.sub(" ", rest)
    return rest.split()


# Words of a class request that name no class of their own: the kind of class («tập huấn», «bồi dưỡng»),
# the union's own words, and those of the batch mark.
_CLASS_KIND_WORDS = frozenset(re.findall(r"\w+", """tap huan boi duong dao tao huan luyen lop khoa hoc cong doan co
    so ky nang dot va hoac hay cho de thoi the ha ah a nhe nha nhi vay roi chu ok oke da vang u uh"""))


def _said_besides(text: str) -> set[str]:
    """What a message says of a class besides its batch mark, the kind of class, its wish, pointer and
    courtesy («đăng ký lớp sơ cứu đợt 1» -> so cuu): words a class it picks must have in its title."""
    return set(own_words(_BATCH.sub(" ", _words(text)))) - _CLASS_KIND_WORDS


def said_of_a_class(text: str) -> frozenset[str]:
    """What a message says of a class in its own words («em muốn hủy lớp giải quyết tranh chấp lđ» -> giai quyet
    tranh chap lao dong muon huy…): its periods, batch mark, wish, pointer and courtesy aside."""
    return frozenset(_said_besides(without_periods(text)))


def words_in(*written: str) -> frozenset[str]:
    """The words of texts as a message is read (folded, shorthand expanded): «CĐCS» is «cong doan co so»."""
    out: set[str] = set()
    for w in written:
        out.update(_words(w).split())
    return frozenset(out)


def says_only_of(text: str, title: str, words: frozenset[str]) -> bool:
    """Whether a request about a class («đăng ký lớp đối thoại tại nơi làm việc đợt 1 ở Yên Phong») says
    nothing the class does not have: its batch, if one is named, is the title's, and every other word of
    its own (periods, wish, pointer and courtesy aside) is among the class's `words` (`words_in` its title,
    topic, audience, organiser, place and venue as written). A request saying nothing of its own says
    only of every class."""
    asked = batch_asked(text)
    if asked is not None and batch_of(title) != asked:
        return False
    return _said_besides(without_periods(text)) <= words


_ROLE_BY_PHRASE = {syn: t.key for t in (*ROLES, *PLAN_AUDIENCES) for syn in (*t.synonyms, t.key.replace("_", " "))}


def role_of(phrase: str) -> str | None:
    """The audience role a folded phrase names («ủy viên ban chấp hành», «kế toán»: a person, though «kế toán»
    is read as the finance topic when classes are searched), None when it names none."""
    return _ROLE_BY_PHRASE.get(phrase)


def aspect_asked(text: str) -> str | None:
    """What a message asks about one class («ở đâu» -> "place", «cho ai học» -> "audience"), if anything."""
    return _aspect(_words(text))


# Where a message asking two things of a class parts them: «học mấy ngày, ở đâu», «ở đâu và hạn đk khi nào».
_CLAUSES = re.compile(r"[,;?!\n]+|\s+(?:va|voi|them nua la)\s+(?=\S)")


def aspects_asked(text: str) -> list[str]:
    """Every aspect a message asks of one class, each clause read on its own («lớp đợt 2 học mấy ngày, ở đâu» ->
    ["duration", "place"]), in the order asked; one clause gives one aspect (the one `aspect_asked` reads), so
    «hạn đk khi nào» stays one question of a deadline."""
    out: list[str] = []
    for clause in _CLAUSES.split(fold(text)):
        aspect = _aspect(_words(clause)) if clause.strip() else None
        if aspect is not None and aspect not in out:
            out.append(aspect)
    first = aspect_asked(text)
    if first is not None and first not in out:
        out.insert(0, first)
    return out


def about(code: str, text: str) -> FollowUp:
    """`text` asked about the class `code`: the aspect it asks («khi nào», «ở đâu»), or to register."""
    folded = _words(text)
    return _about_class(code, _aspect(folded), _wants_register(folded))


def about_again(code: str, text: str, subject: Subject | None) -> FollowUp:
    """`text` named the class `code` outright (its code, or another batch of the class in view): what it asks
    of it, or, when it only corrects the last request («à nhầm, HN-02», «nhầm, đợt 2 mới đúng»), what that
    request asked of the class in focus (its place, its dates, a registration)."""
    folded = _words(text)
    aspect, register = _aspect(folded), _wants_register(folded)
    correcting = _CORRECTION.match(folded) is not None or _NO_OPENER.match(text) is not None or bool(
        re.search(r"\b(?:moi|la) (?:dung|chuan)\b", folded))
    if not (aspect or register) and subject is not None and subject.asked and correcting:
        register = subject.asked == "register"
        aspect = None if register else subject.asked if subject.asked in _ASPECT_WORDS else None
    return _about_class(code, aspect, register)


# «chuyển chủ đề chút, …», «hỏi việc khác nhé: …», «nhân tiện, …»: the asker says the question that follows is
# not about what was just said.
_NEW_TOPIC = re.compile(
    r"^(?:(?:a|ah|o|u|ok|oke|vang|da) )?(?:(?:cho (?:minh|em|e|toi|tui) )?(?:chuyen|doi|sang|qua) (?:sang |qua )?"
    r"(?:(?:chu de|de tai|van de)(?: khac)?|(?:chuyen|viec|cau|cai) khac)"
    r"|hoi (?:sang |them |qua )?(?:chuyen|viec|cai|van de|cau) khac"
    r"|nhan tien|tien the|ngoai le|(?:mot |con )?chuyen khac"
    # «thôi quay về chuyện tỉnh mình, …», «trở lại việc bên em nhé: …»: back to the asker's own matters.
    # (A place word or «của mình» says whose matters: «quay lại việc em hỏi, …», «vấn đề em hỏi lúc nãy» go on
    # with the talk.)
    r"|(?:thoi )?(?:quay ve|quay lai|tro ve|tro lai) (?:voi )?(?:chuyen|viec|van de) (?:(?:cua )?(?:tinh|ben|don vi|cong doan)"
    r" (?:minh|em|e|toi|nha)|cua (?:minh|em|e|toi))(?! (?:hoi|dang ky|dang ki|vua|luc|hoi nay|noi)\b))"
    r"(?: (?:chut|ti|xiu|ty|nhe|nha|nhe|a|ad|voi))*(?= |$)"
)


# «tháng 3/2027 có lớp như vậy không», «ở Huế có khóa tương tự ko»: a class like the one just asked about, in
# another period or place — the question before, asked again there.
_LIKE_THAT = re.compile(r"\b(?:co )?(?:lop|khoa|khoa hoc|cai)(?: nao)? (?:nhu vay|nhu the(?: nay)?|tuong tu"
                        r"|giong (?:vay|the|nhu vay|nhu the)|cung (?:loai|noi dung|chu de)(?: (?:nay|do|vay|the))?)\b")
_LIKE_THAT_TAIL = re.compile(r"(?: (?:khong|ko|k|kg|khg|khog|hong|hok|a|nhi|nua|vay|the|chu|nhe|nha|ha|khong a|ko a))+$")


def like_that_there(text: str) -> str | None:
    """«tháng hai năm sau có lớp như vậy không» -> «thế tháng hai năm sau thì sao» (folded): the last question for
    the period or place the message names; None when it names nothing besides («có lớp tương tự không» asks for
    other classes) or asks for other ones («lớp khác …»)."""
    folded = _words(text)
    m = _LIKE_THAT.search(folded)
    if m is None or re.search(r"\bkhac\b", folded):
        return None
    rest = f"{folded[:m.start()]} {folded[m.end():]}"
    rest = _LIKE_THAT_TAIL.sub("", " " + " ".join(rest.split())).strip()
    rest = re.sub(r"^(?:the|vay|con|thi)(?: (?:con|thi))?\b", "", rest).strip()
    rest = re.sub(r"\b(?:thi|co|con)$", "", rest).strip()
    if not rest:
        return None
    return f"the {rest} thi sao"


# «sang quý II/2027 có lớp nào không», «ừ tháng sau có lớp nào nữa không»: a period alone, then the list asked for.
_PERIOD_THEN_LIST = re.compile(r"^(?:(?:sang|con|the|vay|u|o|a|the con|vay con) )?(.+?) (?:thi )?(?:co|con) (?:lop|khoa)(?: hoc)?"
                               r" (?:nao|gi)(?: (?:nua|khac|khong|ko|k|a|vay|the|nhi|chu|ha))*$")


def period_then_list(text: str) -> str | None:
    """«tháng sau có lớp nào nữa không» after a list of classes -> «thế tháng sau thì sao» (folded): the classes
    asked for before, in the period the message names and nothing else; None for any other message."""
    m = _PERIOD_THEN_LIST.match(_words(text))
    if m is None or not _TIME.fullmatch(m.group(1)):
        return None
    return f"the {m.group(1)} thi sao"


_NEAREST_CLASS = re.compile(r"\b(?:lop|cai|khoa|khoa hoc|dot)(?: hoc)? (?:gan nhat|som nhat|sap toi nhat)\b")


def nearest_pointed(text: str) -> bool:
    """«lớp gần nhất học trực tuyến đúng không», «đăng ký cho tôi lớp gần nhất» under a list: a detail of, or a
    place in, the list's nearest class (the caller checks that nothing else is named), not a new search."""
    folded = _words(text)
    return bool(_NEAREST_CLASS.search(folded)) and (_aspect(folded) is not None or _wants_register(folded))


# «kể hết ra đi», «liệt kê giúp mình», «liệt kê hết các lớp đó ra», «cho xem tất cả»: the whole list asked for,
# nothing else named.
_WHOLE_LIST = re.compile(
    r"^(?:liet ke|ke (?:het|ra)|(?:cho )?xem (?:het|tat ca|toan bo|ca))(?: (?:ra|het|tat ca|toan bo|day du|ca))*"
    r"(?: (?:cac|nhung|may))?(?: (?:lop|khoa)(?: hoc)?)?(?: (?:do|nay|ay|kia|tren|vua roi|vua noi|luc nay))?"
    r"(?: (?:ra|het|di|giup|gium|dum|minh|em|e|toi|cho|nhe|nha|voi|a|ad|luon|duoc khong|dc khong|vay|the|lai))*$")
# What makes a question ask for one class, the nearest: left out when the whole list is asked for.
_ONE_OF_LIST = re.compile(r"\b(?:gan nhat|som nhat|sap toi nhat|dau tien|tiep theo|ke tiep)\b")


def whole_list(text: str, question: str) -> str | None:
    """«kể hết ra», «liệt kê giúp mình» after an answer to `question`: that question asking for all its classes
    (folded, its «gần nhất» left out); None when the message asks anything else."""
    if not question or not _WHOLE_LIST.match(_words(text)):
        return None
    asked = " ".join(_ONE_OF_LIST.sub(" ", _words(question)).split())
    return asked if re.match(r"(?:cac|nhung) ", asked) else f"cac {asked}"


def new_topic(text: str) -> str | None:
    """The question after an opener that turns the talk to something else («chuyển chủ đề chút, lớp … có
    không» -> «lớp … có không»), as typed; None when the message opens with none (or is nothing else)."""
    words = list(re.finditer(r"\w+", text))
    m = _NEW_TOPIC.match(" ".join(fold(w.group(0)) for w in words))
    if m is None:
        return None
    used = len(m.group(0).split())
    if used >= len(words):
        return None
    return text[words[used - 1].end():].lstrip(" ,.:;!?-–…")


def about_class(code: str, aspect: str | None, register: bool) -> FollowUp:
    """The question asking `aspect` of the class `code` («KT-01 ở đâu»), or registering for it."""
    return _about_class(code, aspect, register)


def choice(code: str, title: str, purpose: str, aspect: str | None) -> Choice:
    """A class offered to choose, with the question choosing it asks (its `aspect`, or to register)."""
    return _choice(code, title, purpose, aspect)


def about_note(code: str) -> FollowUp:
    """A question the note of the class `code` answers."""
    return _about_class(code, "note", False)


def names_period(text: str) -> bool:
    """Whether a message names a period of its own («năm 2025», «tháng sau», «năm ngoái»)."""
    return _TIME.search(_words(text)) is not None


def without_periods(text: str) -> str:
    """`text` folded, with the periods it names («tháng sau», «năm 2027», «quý 2») taken out, and its
    openers, corrections and polite closers («chào ad», «à nhầm, ý là», «với»): those are no words of the question."""
    taken_back = _NO_OPENER.match(text)
    if taken_back is not None and _words(text[taken_back.end():]):
        text = text[taken_back.end():]  # «à khôg, ý mình là …»: the «no» that takes the last question back
    folded = _words(text)
    folded = _CORRECTION.sub("", folded, count=1) or folded  # «à nhầm, ý là …» is no word of the question
    # «còn ở bên Long An thì sao»: «bên» after «ở» only marks the place (the data never says it).
    folded = _PLACE_SIDE.sub("o", folded)  # (not the «Bến» of «ở Bến Tre»)
    # «năm ngoái có đạt không», «năm sau giao bao nhiêu»: what is asked of a plan's figure, no word of another matter.
    folded = _FIGURE_WORDS.sub(" ", folded)
    return " ".join(_TIME.sub(" ", folded).split())


_FIGURE_WORDS = re.compile(r"\b(?:co )?(?:dat|giao|duoc giao|dat duoc|vuot)(?: (?:khong|ko|k|chua|duoc))?\b")


_BARE_REST = re.compile(
    r"\b(?:cho|minh|toi|em|e|mk|mik|anh|chi|voi|nhe|nha|a|di|luon|giup|gium|dum|xin|muon|duoc|khong|co|lop|khoa|hoc"
    r"|nay|ay|do|dang ky|dang ki|ghi danh|ghi ten|xin hoc|the|vay|con|thi|sao|o|la|gi|nao|va"
    r"|hay|ok|oke|okay|ko|k|nhi|ha|ad|oi|roi|chua|nua|ne|ak|ah|j|dc|duoc khong|the nao|ra sao|bao nhieu|ban"
    # «hạn đk đến khi nào», «học từ mấy giờ», «phải đi những gì»: words around an aspect, none of a class.
    r"|den|tu|vao|luc|phai|nhung|can|het|tat ca"
    # «tổ chức ở đâu», «diễn ra khi nào»: the verb of an aspect asked, no word of a class.
    r"|to chuc|dien ra"
    # «mấy hôm thì xong»: how long until the class in view is over, no word of a class.
    r"|xong"
    # «học qua zoom hay gì», «link học ở đâu»: how one gets into an online class, none of a class's own words.
    r"|link|duong link"
    # «sao lại hoãn, học lại ngày nào», «bị hoãn đến bao giờ»: why and until when a class in view is put off.
    r"|lai|hoan|bi|tam|tai sao|vi sao|ly do|sao lai"
    # «lớp lúc đầu mình hỏi», «lớp em hỏi lúc nãy»: which class, said by when it was asked.
    r"|hoi"
    # Southern and teen closers: «học ngày nào dạ», «ở đâu dzậy».
    r"|da|dzay|zay|z|v)\b"
)


_DETAIL = re.compile(
    r"^(?:(?:the|vay|con|the con) )?(?:ban hanh|ky|co hieu luc|het hieu luc|ap dung|do ai|ai ky|noi dung|gom"
    # «phối hợp với ai», «cùng đơn vị nào»: who the matter was done with.
    r"|(?:phoi hop|ket hop|cung) voi|phoi hop)"
    r"(?: (?:ngay nao|khi nao|bao gio|nam nao|gi|nhung gi|the nao|ra sao|ai|vay|a|nhi|the|don vi nao|co quan nao))*$"
)


# A matter named by a pronoun («việc này», «kế hoạch đó»), or a question that opens on what the matter did
# with no subject of its own («đạt tỷ lệ bao nhiêu», «chiếm bao nhiêu phần trăm»).
_THE_MATTER = re.compile(r"\b(?:viec|van de|chuyen|dieu|noi dung|so lieu|con so|ket qua|ke hoach|chuong trinh)"
                         r" (?:nay|do|tren|ay|vua roi)\b")
# What a fact told of, pointed at: the class an article reports, the article, someone's words in it.
# (A matter, a plan or a figure pointed at is `_THE_MATTER`, asked with the whole question.)
_THE_ARTICLES = re.compile(r"\b(?:lop|khoa|lop hoc|bai|bai bao|bai viet|cau|cau noi|y kien|phat bieu|hoi nghi)"
                           r" (?:nay|do|tren|ay|vua roi)\b")
# A part of the matter named first, «thì» after it («học viên thì …», «còn số lớp thì …»): up to three words.
_PART_THEN = re.compile(r"^(?:(?:the|vay|con) )?(?:\w+ ){1,3}thi (?=\w)")
# («còn thiếu bao nhiêu», «vậy còn thiếu …», «hụt bao nhiêu»: what is still missing of a target.)
_BARE_PREDICATE = re.compile(r"^(?:(?:the|vay|con|the con|vay con) )?(?:(?:da|co) )?(?:dat|chiem|tang|giam|vuot|thieu|hut|con lai"
                             r"|trong do|tuc la|tuong ung"
                             # «cần thêm bao nhiêu nữa», «phải làm thêm mấy lớp», «còn bao nhiêu nữa mới đạt», «tỷ lệ
                             # hoàn thành bao nhiêu», «hoàn thành chưa»: how far the plan's figure still is.
                             r"|(?:con )?(?:can|phai)(?: \w+){0,2}? them (?:bao nhieu|may)|(?:bao nhieu|may)(?: \w+)? nua"
                             r"|t[iy] le (?:hoan thanh|dat)|hoan thanh (?:bao nhieu|may|chua|duoc|khong|ko|chi tieu|ke hoach)"
                             # «được bao nhiêu rồi», «làm được mấy», «còn thiếu bao nhiêu» after a plan's figure:
                             # how far it has come, of the same plan.
                             r"|(?:da )?(?:lam |thuc hien |dao tao |hoan thanh )?duoc (?:bao nhieu|may|nhieu)"
                             r"|thieu (?:bao nhieu|may)|lai (?:bao nhieu|may))\b")


# «là số mấy», «số hiệu», «ký hiệu là gì»: the number of a document; «kế hoạch», «nghị quyết» …: which document.
_DOCUMENT_NUMBER = re.compile(r"\bso (?:may|bao nhieu|hieu|nao)\b|\bky hieu\b")
_DOCUMENT_KIND = re.compile(r"\b(?:ke hoach|nghi quyet|quyet dinh|chuong trinh|van ban|cong van|chi thi|thong tri"
                            r"|huong dan|de an)\b")
# The words that ask for a figure: «có bao nhiêu», «đạt mấy», «tỷ lệ bao nhiêu phần trăm».
_FIGURE_ASKED = re.compile(r"\b(?:co )?(?:bao nhieu|may|dat|ty le|phan tram|bn)\b")


def _about_the_fact(folded: str) -> bool:
    """Whether a short message asks more about the matter of the last fact rather than anything of its own."""
    # («phải mở thêm bao nhiêu lớp nữa»: a count of classes is a figure of the plan, no class asked about.)
    if len(folded.split()) > 16 or _CLASS_CUE.search(_COUNTED.sub(" ", folded)) or _REGISTER.search(folded):
        return False
    # «học viên thì đạt bao nhiêu phần trăm»: the part of the matter named before «thì», then what it did;
    # «… so với chỉ tiêu»: set against the target in view, which names nothing new.
    said = _AGAINST_TARGET.sub(" ", _PART_THEN.sub("", folded, count=1))
    return bool(_THE_MATTER.search(folded) or (_BARE_PREDICATE.search(said)
                                               and (len(said.split()) <= 8 or len(folded.split()) <= 10)))


_AGAINST_TARGET = re.compile(r"\bso voi (?:chi tieu|ke hoach|muc tieu)(?: (?:de ra|duoc giao|giao|nam nay))?\b")


def _is_bare_detail(folded: str) -> bool:
    """A short question about another detail of the same record («ban hành ngày nào», «do ai ký»)."""
    return _DETAIL.match(folded) is not None


def _is_bare(folded: str) -> bool:
    """Whether a message says nothing of its own besides the aspect or the wish to register
    («ở đâu vậy?», «cho mình đăng ký nhé»), so it can only be about the class in view."""
    rest = folded
    for _, pat in _ASPECTS:
        rest = pat.sub(" ", rest)
    rest = _BARE_REST.sub(" ", _REGISTER.sub(" ", rest))
    return not rest.split()


# ---------------------------------------------------------------- positions said in words

# «đợt thứ hai», «dot thu 2»: a batch said as an ordinal is the batch («đợt 2»), not the second class listed.
_BATCH_ORDINAL = re.compile(r"(?i)\b(đợt|dot)\s+(?:thứ|thu)\s+(\d{1,2}|nhất|nhat|hai|ba|bốn|bon|tư)(?!\w)")
# «lớp hai ở đâu», «cái ba học mấy ngày», «đk lớp hai»: a position said as a bare number word, before a question
# word or at the end (not «lớp hai ngày», a length, nor «lop hai phong», a place typed without its marks).
_CLASS_NUMBER_WORD = re.compile(
    r"(?i)\b(lớp|lop|cái|cai)\s+(hai|ba|bốn|bon)(?=\s*[?.!,]*\s*$|\s*[?.!,]+|\s+(?:học|hoc|ở|o|tổ|to|khi|bao|ngày nào"
    r"|ngay nao|có|co|thì|thi|là|la|mấy|may|do|đó|ấy|ay|của|cua|dành|danh|còn|con|hạn|han|nhé|nhe|nha|ạ|a|v|vậy"
    r"|vay|thế|the|đăng|dang|đk|dk|online|onl|trực|truc|bắt|bat|khai|kéo|keo|nói|noi|giúp|giup|cho)\b)")
_WORD_NUMBER = {"nhất": "1", "nhat": "1", "hai": "2", "ba": "3", "bốn": "4", "bon": "4", "tư": "4"}


# «sang năm có lớp nào», «sang tháng thì sao»: the next year, the next month (not «dời sang tháng 3», «chuyển sang
# tháng sau», where «sang» says where a class was moved).
_SANG_PERIOD = re.compile(r"(?i)\b(sang)\s+(năm|nam|tháng|thang)\b(?!\s*(?:sau|tới|toi|này|nay|kế|ke|\d))")
# «lần 2 học ở đâu», «đk cho mk lần 2», «nhầm, lần 2 mới đúng»: a batch said as the second time a class is held,
# where a batch goes (opening the message, or after «còn», «thế», «đăng ký», a correction).
_TIME_AS_BATCH = re.compile(r"(?i)(^|\b(?:còn|con|thế|the|vậy|vay|ký|ky|kí|ki|đk|dk|nhầm|nham|là|la|mk|mình|minh|em|e"
                            r"|tôi|toi)[\s,]+)(?:lần|lan)\s+(?:(?:thứ|thu)\s+)?([1-4]|hai|ba|bốn|bon)(?!\w)(?!\s*(?:nữa|nua))")
_MOVED_TO = frozenset({"doi", "chuyen", "lui", "hoan", "day", "doi lich", "chuyen lich"})


def _next_period(m: re.Match[str]) -> str:
    before = fold(m.string[:m.start()]).split()
    if before and before[-1] in _MOVED_TO:
        return m.group(0)
    return f"{m.group(2)} sau"


def plain_positions(text: str) -> str:
    """`text` with a batch said as an ordinal («đợt thứ hai») and a class pointed at by a number word («lớp hai»)
    written as chairs more often type them («đợt 2», «lớp 2»), and «sang năm», «sang tháng» as «năm sau», «tháng
    sau»; `text` itself when it has none of them."""
    out = _BATCH_ORDINAL.sub(lambda m: f"{m.group(1)} {_WORD_NUMBER.get(m.group(2).lower(), m.group(2))}", text)
    out = _SANG_PERIOD.sub(_next_period, out)
    out = _TIME_AS_BATCH.sub(lambda m: f"{m.group(1)}đợt {_WORD_NUMBER.get(m.group(2).lower(), m.group(2))}", out)
    return _CLASS_NUMBER_WORD.sub(lambda m: f"{m.group(1)} {_WORD_NUMBER[m.group(2).lower()]}", out)
