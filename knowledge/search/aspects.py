"""What a question asks for, by the form of its answer, and whether a text gives something of that form.

A question asks for a kind of thing besides its subject: a phone number, an e-mail, an address, an account,
when a law takes effect, a date, a year, a person, a sum of money, a length of time, a share, a count. A
record or an article's sentence answers it only when it says something of that kind: «số điện thoại của
LĐLĐ tỉnh Gia Lai» is not answered by a sentence about Hà Nội's classes that shares «LĐLĐ» and «tỉnh», nor
«được nghỉ mấy tháng» by a figure of cadres trained. Pure functions over folded text (see knowledge.text.fold).
"""

from __future__ import annotations

import re
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


# «gọi số nào» asks for a phone; «đt» alone is «đào tạo» as often, and «số máy» folds as «số mấy».
_PHONE = Aspect(
    "phone",
    _rx(r"\b(?:so dien thoai|dien thoai|sdt|so dt|hotline|duong day nong|tong dai|goi so|zalo so)\b"),
    _rx(r"\b(?:dien thoai|sdt|hotline|duong day nong|tong dai)\b|\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b"),
)
_EMAIL = Aspect("email", _rx(r"\b(?:email|e mail|gmail|thu dien tu|hom thu)\b"),
                _rx(r"@|\b(?:email|e mail|thu dien tu)\b"))
_ADDRESS = Aspect("address", _rx(r"\b(?:dia chi|tru so|dat tru so)\b"), _rx(r"\b(?:dia chi|tru so|so nha)\b"))
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
_YEAR = Aspect("year", _rx(r"\bnam nao\b|\bnam bao nhieu\b"), _rx(r"\b(?:19|20)\d\d\b"))
# A sum of money: «bao nhiêu tiền», «mấy triệu» (not «bao nhiêu tiến sỹ», «bao nhiêu đồng chí»).
_MONEY = Aspect(
    "money",
    _rx(r"\b(?:bao nhieu|may|nhieu) (?:tien(?! (?:sy|si|do|bo|hanh|trinh))|trieu|nghin|ngan|dong(?! chi)|ty|xu)\b"
        r"|\bmuc (?:tien|ho tro|chi)\b"),
    _rx(rf"\b{_NUMBER} ?(?:trieu|nghin|ngan|ty|dong|d|vnd)\b|\bkinh phi\b|\bngan sach\b"),
)
# A length of time («nghỉ mấy tháng», «học bao nhiêu ngày»): a number of that unit («bao nhiêu buổi» counts
# sessions, «mấy giờ» asks a time of day). Read in the words as typed:
# «mấy ng» is «mấy người» as often as «mấy ngày»; «mấy, ngày nào» asks two things.
# «bn năm nay» is Bắc Ninh this year, and «mấy năm nay» no length asked.
_LENGTH = re.compile(r"\b(?:bao nhieu|may) (thang|ngay|tuan|nam)\b(?! (?:nao|nay|sau|ngoai|truoc|toi|qua)\b)")
# A share: «bao nhiêu phần trăm», «tỷ lệ bao nhiêu».
_SHARE = Aspect("share", _rx(r"\b(?:bao nhieu|may) (?:phan tram|%)|\bty le\b|\bti le\b"),
                _rx(r"%|\bphan tram\b|\bty le\b|\bti le\b|\b\d+/\d+\b"))
# «chủ tịch … là ai», «ai là trưởng ban»: a person, not the union («ai phối hợp», «ai tổ chức» ask for one).
_PERSON_ASKED = re.compile(r"\b(?:la ai|ai la|ten gi|ten la gi|ho ten|ho va ten)\b")

# A count («bao nhiêu cán bộ», «mấy lớp»): a figure, not a year nor a document's number («1464/CTr-TLĐ»).
_COUNT = Aspect(
    "count",
    _rx(r"\b(?:bao nhieu|so luong)\b|\bmay (?:lop|nguoi|can bo|hoc vien|luot|dong chi|khoa|cuoc|buoi|doan vien)\b"),
    _rx(r"(?<![\d/])(?!(?:19|20)\d\d(?![\d/]))\d[\d.,]*(?![\d/])|\b(?:mot|hai|ba|bon|sau|bay|tam|chin|muoi|nghin|tat ca|toan bo)\b"),
)

# A document's number («kế hoạch … số mấy», «nghị quyết số hiệu gì»): a number of the form «73/KH-UBND».
_DOC_NUMBER = Aspect(
    "docnumber",
    _rx(r"\b(?:ke hoach|nghi quyet|chuong trinh|quyet dinh|cong van|van ban|thong tu|nghi dinh|chi thi|huong dan)\b"
        r".*\b(?:so may|so hieu|so bao nhieu|so nao|ky hieu)\b"),
    _rx(r"\b\d+[a-z]?/[a-z]"),
)

_ASPECTS = (_COUNT, _PHONE, _EMAIL, _ADDRESS, _ACCOUNT, _EFFECT, _DAY, _YEAR, _MONEY, _SHARE, _DOC_NUMBER)
# A sum, a share or a length is a count of its own kind: the count alone is not what is asked.
_COUNT_KINDS = ("money", "share")
_CLAUSE = re.compile(r"[,.;:?!\n()]+")


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
        if _PERSON_ASKED.search(folded):
            out.append("person")
    if "phone" in out:
        out = [a for a in out if a != "docnumber"]  # «số điện thoại … là số mấy»
    if any(a in _COUNT_KINDS or a.startswith("length:") for a in out):
        out = [a for a in out if a != "count"]
    return list(dict.fromkeys(out))


def gives(aspect: str, folded: str, raw: str, *, names_person: bool = False) -> bool:
    """Whether a text (folded, and as written for «@» and capitals) gives a thing of the kind `aspect`."""
    if aspect == "person":
        return names_person
    if aspect.startswith("length:"):
        unit = aspect.partition(":")[2]
        return re.search(rf"\b{_NUMBER} {unit}\b", folded) is not None
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
    return not asked or any((figures and a in ("count", "share")) or gives(a, folded, raw, names_person=names_person)
                            for a in asked)
