"""What a question asks for, by the form of its answer, and whether a text gives something of that form.

A question asks for a kind of thing besides its subject: a phone number, an e-mail, an address, an account,
when a law takes effect, a date, a year, a person, a sum of money, a length of time, a share, a count. A
record or an article's sentence answers it only when it says something of that kind: «số điện thoại của
LĐLĐ tỉnh Gia Lai» is not answered by a sentence about Hà Nội's classes that shares «LĐLĐ» and «tỉnh», nor
«được nghỉ mấy tháng» by a figure of cadres trained. Pure functions over folded text (see knowledge.text.fold).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from knowledge.text import fold, normalise

# Spelled numbers say a length or a count as well as digits do («mười ngày», «hai lớp»); not «năm», a year
# as often as five.
_NUMBER = r"(?:\d[\d.,]*|mot|hai|ba|bon|sau|bay|tam|chin|muoi|vai|nua)"


@dataclass(frozen=True, slots=True)
class Aspect:
    """One kind of thing asked: how a question asks for it and how a text gives it."""

    name: str
    asked: re.Pattern[str]
    given: re.Pattern[str]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# A Vietnamese phone number as written («0912 345 678», «0203.3871.234»).
PHONE_NUMBER = r"\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b"
# «gọi số nào» asks for a phone; «đt» alone is «đào tạo» as often, and «số máy» folds as «số mấy».
_PHONE = Aspect(
    "phone",
    _rx(r"\b(?:so dien thoai|dien thoai|sdt|so dt|hotline|duong day nong|tong dai|goi so|zalo so|zalo cua)\b"),
    _rx(r"\b(?:dien thoai|sdt|hotline|duong day nong|tong dai)\b|" + PHONE_NUMBER),
)
_EMAIL = Aspect("email", _rx(r"\b(?:email|e mail|gmail|thu dien tu|hom thu)\b"),
                _rx(r"@|\b(?:email|e mail|thu dien tu)\b"))
# «văn phòng LĐLĐ … ở chỗ nào» asks where the office is, as «trụ sở» does.
_ADDRESS = Aspect("address", _rx(r"\b(?:dia chi|tru so|dat tru so)\b|\bvan phong\b.*\b(?:o dau|cho nao|nam o|o duong)\b"),
                  _rx(r"\b(?:dia chi|tru so|so nha)\b"))
# A web site or a page on a social network: given by an address of one.
_WEB = Aspect("web", _rx(r"\b(?:website|web site|trang web|trang thong tin dien tu|fanpage|fan page|facebook|trang fb)\b"),
              _rx(r"https?:|www\.|\b[a-z0-9-]+\.(?:vn|com|org)\b"))
# «liên hệ ai», «liên hệ ở đâu», «liên lạc với»: a way to reach a union, given by a phone or an e-mail.
_CONTACT = Aspect("contact", _rx(r"\b(?:lien he|lien lac)\b"),
                  _rx(r"@|" + PHONE_NUMBER + r"|\b(?:dien thoai|email|hotline)\b"))
_ACCOUNT = Aspect("account", _rx(r"\b(?:so tai khoan|stk|tai khoan ngan hang|chuyen khoan)\b"),
                  _rx(r"\b(?:tai khoan|stk|chuyen khoan)\b"))
# When a law, a decree or a plan takes effect is said by «có hiệu lực», «áp dụng từ», not by its year alone.
_EFFECT = Aspect("effect", _rx(r"\b(?:hieu luc|co hieu luc|ap dung tu)\b"),
                 _rx(r"\b(?:hieu luc|ap dung tu|ap dung ke tu|thi hanh)\b"))
# A day asked («diễn ra vào ngày nào», «hôm nào») is given by a date, not by a year.
_DAY = Aspect(
    "day",
    _rx(r"\b(?:ngay nao|ngay may|vao ngay|hom nao|ngay bao nhieu|thoi diem nao)\b"),
    _rx(r"\b\d{1,2}/\d{1,2}\b|\bngay \d{1,2}\b|\bthang \d{1,2}\b|\bthang (?:mot|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b"),
)
# When something happens or happened («đại hội … tổ chức khi nào», «bao giờ»): a date, a month, or a year said as
# one («năm 2014», «cuối năm 2017»); a term («nhiệm kỳ 2018-2023») tells no date of what happens in it.
_WHEN = Aspect(
    "when",
    _rx(r"\b(?:khi nao|bao gio|luc nao|hoi nao|thoi gian nao|dip nao)\b"),
    _rx(r"\b\d{1,2}/\d{1,2}\b|\b(?:ngay|thang) \d{1,2}\b|\bthang (?:mot|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b"
        r"|\bnam (?:19|20)\d\d\b(?! ?- ?(?:19|20)\d\d)"),
)
_YEAR = Aspect("year", _rx(r"\bnam nao\b|\bnam bao nhieu\b"), _rx(r"\b(?:19|20)\d\d\b"))
# A sum of money: «bao nhiêu tiền», «mấy triệu» (not «bao nhiêu tiến sỹ», «bao nhiêu đồng chí»).
_MONEY = Aspect(
    "money",
    _rx(r"\b(?:bao nhieu|may|nhieu) (?:tien(?! (?:sy|si|do|bo|hanh|trinh))|ty|xu|dong(?! chi)"
        r"|(?:trieu|nghin|ngan)(?= (?:dong|d|vnd|tien|bac)\b| ?$| (?:vay|a|ha|nhi|the|roi|nua)\b))\b"
        r"|\bmuc (?:tien|ho tro|chi)\b"),
    _rx(rf"\b{_NUMBER} ?(?:trieu|nghin|ngan|ty|dong|d|vnd)\b|\bkinh phi\b|\bngan sach\b"),
)
# A length of time («nghỉ mấy tháng», «học bao nhiêu ngày»): a number of that unit («bao nhiêu buổi» counts
# sessions, «mấy giờ» asks a time of day). Read in the words as typed:
# «mấy ng» is «mấy người» as often as «mấy ngày»; «mấy, ngày nào» asks two things.
# «bn năm nay» is Bắc Ninh this year, and «mấy năm nay» no length asked.
# «Công đoàn Dệt May năm 2026» is the textile union's year, no «mấy năm»; nor is «mấy năm 2026» a length.
_LENGTH = re.compile(r"\b(?:bao nhieu|(?<!det )may) (thang|ngay|tuan|nam)\b(?! (?:nao|nay|sau|ngoai|truoc|toi|qua)\b| \d)")
# A share: «bao nhiêu phần trăm», «tỷ lệ bao nhiêu».
_SHARE = Aspect("share", _rx(r"\b(?:bao nhieu|may) (?:phan tram|%)|\bty le\b|\bti le\b"),
                _rx(r"%|\bphan tram\b|\bty le\b|\bti le\b|\b\d+/\d+\b"))
# «chủ tịch … là ai», «ai là trưởng ban»: a person, not the union («ai phối hợp», «ai tổ chức» ask for one).
_PERSON_ASKED = re.compile(r"\b(?:la ai|ai la|ten gi|ten la gi|ho ten|ho va ten)\b")

# A count («bao nhiêu cán bộ», «mấy lớp»): a figure, not a year nor a document's number («1464/CTr-TLĐ»).
_COUNT = Aspect(
    "count",
    _rx(r"\b(?:bao nhieu|so luong)\b|\bmay (?:(?:nghin|ngan|tram|chuc) )?(?:lop|nguoi|can bo|hoc vien|luot|dong chi"
        r"|khoa|cuoc|buoi|doan vien|cong doan co so|cong nhan|doanh nghiep|tien sy|tien si"
        # posts counted («mấy phó chủ tịch», «mấy ủy viên»)
        r"|pho chu tich|chu tich|uy vien|thanh vien|giang vien)\b"),
    _rx(r"(?<![\d/])(?!(?:19|20)\d\d(?![\d/]))\d[\d.,]*(?![\d/])"),
)
# A number spelt out gives a count only as written with its marks: folded, «sau» (after), «tam» (of «trung tâm»),
# «ba» (of «bà») are everywhere.
_SPELT_COUNT = re.compile(r"(?<!\w)(?:một|hai|ba|bốn|sáu|bảy|tám|chín|mười|nghìn|tất cả|toàn bộ) (?!giờ|lần thứ)\w")

# What a count asks to count («bao nhiêu công nhân», «mấy lớp», «số lượng CĐCS»), read in the words that follow
# the asking words (shorthand spelt out, «mấy nghìn» passed over), and what a text may count it by: a number
# then that noun, or a noun of the same kind («người», «lượt» count any people; «25 đồng chí» are cadres).
# A text giving figures of other things («1464/CTr-TLĐ», «23.339 người» to «bao nhiêu lớp») does not say it.
_PEOPLE = ("nguoi", "luot", "dong chi")
_COUNTED_BY: dict[str, tuple[str, ...]] = {
    "can bo": ("can bo", "chu tich", "giang vien", "hoc vien", *_PEOPLE),
    "doan vien": ("doan vien", "nguoi lao dong", "cong nhan", *_PEOPLE),
    "hoc vien": ("hoc vien", "can bo", "doan vien", "chu tich", *_PEOPLE),
    "cong nhan": ("cong nhan", "nguoi lao dong", "doan vien", *_PEOPLE),
    "nguoi lao dong": ("nguoi lao dong", "cong nhan", "doan vien", *_PEOPLE),
    "chu tich": ("chu tich", "can bo", *_PEOPLE),
    "giang vien": ("giang vien", "can bo", *_PEOPLE),
    "tien sy": ("tien sy", "tien si", "thac sy", "thac si"),
    "tien si": ("tien sy", "tien si", "thac sy", "thac si"),
    "thac sy": ("tien sy", "tien si", "thac sy", "thac si"),
    "thac si": ("tien sy", "tien si", "thac sy", "thac si"),
    "lop": ("lop",),
    "cuoc": ("cuoc",),
    "to roi": ("to roi",),
    "tai lieu": ("tai lieu",),
    "bo tai lieu": ("bo tai lieu",),
    "cong doan co so": ("cong doan co so",),
    "doanh nghiep": ("doanh nghiep",),
    "co quan": ("co quan", "don vi"),
    "don vi": ("don vi", "co quan"),
    "khu cong nghiep": ("khu cong nghiep",),
    # Places counted in pairs only: «bao nhiêu huyện Chi Lăng» glued from a follow-up names a place.
    "quan huyen": ("quan huyen", "quan", "huyen"),
    "xa phuong": ("xa phuong", "phuong xa", "xa", "phuong"),
    # A place counted at the end of a question («có bao nhiêu huyện?»), not one named after it.
    "huyen": ("huyen",), "tinh": ("tinh",), "xa": ("xa",), "phuong": ("phuong",), "quan": ("quan",),
    "chuong": ("chuong",),
    "dieu": ("dieu",),
}
# «bao nhiêu người», «mấy lượt» count people of any kind.
_PERSON_NOUNS = ("can bo", "doan vien", "hoc vien", "cong nhan", "nguoi lao dong", "chu tich", "giang vien")
_COUNTED_BY.update({p: (*_PERSON_NOUNS, *_PEOPLE) for p in _PEOPLE})
_NOUNS = sorted((k for k in _COUNTED_BY if k not in ("huyen", "tinh", "xa", "phuong", "quan")), key=len, reverse=True)
_COUNT_ASKED_NOUN = re.compile(
    r"\b(?:bao nhieu|may|so luong|tong so|tong cong)(?: (?:nghin|ngan|tram|trieu|chuc))? (?:luot )?("
    + "|".join(_NOUNS) + r"|(?:huyen|tinh|xa|phuong|quan)(?= *$| (?:vay|a|ha|nhi|the|nao|khong|ko|ad|admin|roi)\b))\b")
_A_FIGURE = re.compile(r"(?<![\w/])(?!(?:19|20)\d\d(?![\d/]))\d[\d.,/]*")


# A document's number («kế hoạch … số mấy», «nghị quyết số hiệu gì»): a number of the form «73/KH-UBND».
_DOC_NUMBER = Aspect(
    "docnumber",
    _rx(r"\b(?:ke hoach|nghi quyet|chuong trinh|quyet dinh|cong van|van ban|thong tu|nghi dinh|chi thi|huong dan)\b"
        r".*\b(?:so may|so hieu|so bao nhieu|so nao|ky hieu)\b"),
    _rx(r"\b\d+[a-z]?/[a-z]"),
)

# What something requires («CĐCS vững mạnh cần tiêu chí gì», «điều kiện để …»): given only by a text that states
# its criteria or conditions, not by a count of those that met them.
_CRITERIA = Aspect(
    "criteria",
    _rx(r"\b(?:tieu chi|tieu chuan|dieu kien|yeu cau)\b(?: \w+){0,3} (?:gi|nao|ra sao|the nao|nhu the nao)\b"
        r"|\b(?:can|phai) (?:co )?(?:nhung )?(?:tieu chi|tieu chuan|dieu kien)\b"),
    _rx(r"\b(?:tieu chi|tieu chuan|dieu kien)\b"),
)

_ASPECTS = (_COUNT, _CRITERIA, _PHONE, _EMAIL, _ADDRESS, _WEB, _CONTACT, _ACCOUNT, _EFFECT, _DAY, _WHEN, _YEAR, _MONEY, _SHARE, _DOC_NUMBER)
# A sum, a share or a length is a count of its own kind: the count alone is not what is asked.
_COUNT_KINDS = ("money", "share")
_CLAUSE = re.compile(r"[,.;:?!\n()]+")


# «cả nước», «toàn quốc»: a figure of the whole country, which no province's record gives.
_NATIONWIDE = re.compile(r"\b(?:ca nuoc|toan quoc|tren ca nuoc|toan nganh|moi tinh|cac tinh)\b")
# «trước đây», «cũ», «trước sáp nhập»: a province asked by its former self.
_FORMERLY = re.compile(r"\b(?:truoc day|truoc kia|ngay truoc|cu|truoc sap nhap|truoc khi sap nhap|hoi truoc)\b")


def asks_nationwide(question: str) -> bool:
    """Whether a question asks of the whole country («cả nước có bao nhiêu CĐCS»)."""
    return _NATIONWIDE.search(normalise(question).folded) is not None


def says_formerly(question: str) -> bool:
    """Whether a question speaks of a place as it was before («Sóc Trăng cũ», «trước sáp nhập»)."""
    return _FORMERLY.search(normalise(question).folded) is not None


def asks_figure(question: str) -> bool:
    """Whether a question asks for a figure: a count, a share or a sum."""
    return bool({"count", "share", "money"} & set(asked_aspects(question)))


# The ways to reach a union: the bot holds none of them unless a record says one.
CONTACT_ASPECTS = frozenset({"phone", "email", "address", "web", "contact", "account"})


def asks_contact(question: str) -> bool:
    """Whether a question asks how to reach a union (its phone, e-mail, address, web site, account)."""
    return bool(CONTACT_ASPECTS & set(asked_aspects(question)))


def counted_nouns(question: str) -> list[str]:
    """The things a question asks to count, as `_COUNTED_BY` names them («bao nhiêu lượt cán bộ» → «can bo»)."""
    out: list[str] = []
    for clause in _CLAUSE.split(question):
        if clause.strip():
            out += [m.group(1) for m in _COUNT_ASKED_NOUN.finditer(normalise(clause).folded)]
    return list(dict.fromkeys(out))


def counts_noun(noun: str, raw: str) -> bool:
    """Whether a text gives a number of the thing `noun` names (or of one of its kind), the number right before
    it («8.343 CBCĐ», «3.060/3000 học viên», «trên 500 tiến sỹ», «hai lớp»), one word between at most («400
    lượt cán bộ» to «bao nhiêu cán bộ»)."""
    kinds = _COUNTED_BY.get(noun, (noun,))
    folded = fold(raw)
    text = unicodedata.normalize("NFC", raw).lower()
    starts = [(folded, m.end()) for m in _A_FIGURE.finditer(folded)]
    starts += [(text, m.end() - 1) for m in _SPELT_COUNT.finditer(text)]
    for source, end in starts:
        # The words after the number, shorthand spelt out («CBCĐ» → «cán bộ công đoàn»).
        words = normalise(source[end:end + 40]).folded.split()
        for skip in (0, 1):
            rest = " " + " ".join(words[skip:]) + " "
            if any(rest.startswith(f" {k} ") for k in kinds):
                return True
    return False


def asked_aspects(question: str) -> list[str]:
    """The kinds of thing a question (as typed) asks for (see the module docstring), by name. Each clause is
    read on its own, its shorthand spelt out («sđt», «bn»): «sau 2 năm, bao nhiêu …» asks no year."""
    out: list[str] = []
    for clause in _CLAUSE.split(question):
        if not clause.strip():
            continue
        folded = normalise(clause).folded
        out += [a.name for a in _ASPECTS if a.asked.search(folded)]
        out += [f"length:{m.group(1)}" for m in _LENGTH.finditer(fold(clause))]
        # «là những ai» asks which people (cadres of which posts), not one named person.
        if _PERSON_ASKED.search(folded) and not re.search(r"\bnhung ai\b", folded):
            out.append("person")
    if "phone" in out:
        out = [a for a in out if a != "docnumber"]  # «số điện thoại … là số mấy»
    # «ngày bao nhiêu», «năm bao nhiêu», «số bao nhiêu» ask a date, a year, a document's number: no count.
    if any(a in _COUNT_KINDS or a in ("day", "year", "docnumber") or a.startswith("length:") for a in out):
        out = [a for a in out if a != "count"]
    return list(dict.fromkeys(out))


# A title asked («chủ tịch LĐLĐ … là ai») is held by whoever the text names with that title, not its deputy's:
# «Phó Chủ tịch … Phạm Bá Vĩnh» does not say who the chair is.
_TITLE = re.compile(r"(?<!pho )\b(chu tich|truong ban|giam doc|hieu truong|truong phong)\b")


def _same_title(question: str, folded: str) -> bool:
    asked = {m.group(1) for m in _TITLE.finditer(normalise(question).folded)}
    return not asked or bool(asked & {m.group(1) for m in _TITLE.finditer(folded)})


def gives(aspect: str, folded: str, raw: str, *, names_person: bool = False) -> bool:
    """Whether a text (folded, and as written for «@» and capitals) gives a thing of the kind `aspect`."""
    if aspect == "person":
        return names_person
    if aspect == "person:other":
        return False  # a person of another title than the one asked
    if aspect.startswith("length:"):
        unit = aspect.partition(":")[2]
        return re.search(rf"\b{_NUMBER} {unit}\b", folded) is not None
    if aspect == "count":
        return _COUNT.given.search(folded) is not None or _SPELT_COUNT.search(unicodedata.normalize("NFC", raw).lower()) is not None
    for a in _ASPECTS:
        if a.name == aspect:
            return a.given.search(folded) is not None or a.given.search(raw.lower()) is not None
    return True


def gives_what_is_asked(question: str, folded: str, raw: str, *, names_person: bool = False,
                        figures: bool = False) -> bool:
    """Whether a text gives one of the things a question asks for, or the question asks for none of them.
    A question asking two things («số mấy, ngày nào») is answered, in part, by a text giving one. `figures`:
    the text is a plan's figures, which give a count and a share done whatever their size (2000 is no year)."""
    asked = asked_aspects(question)
    if "person" in asked and not _same_title(question, folded):
        asked = [a for a in asked if a != "person"] or ["person:other"]
    nouns = counted_nouns(question) if "count" in asked and not figures else []
    return not asked or any((figures and a in ("count", "share")) or (
        gives(a, folded, raw, names_person=names_person)
        and (a != "count" or not nouns or any(counts_noun(n, raw) for n in nouns))) for a in asked)
