"""A class referred back to across an aside: «thôi quay lại lớp kia», «lớp lúc nãy», «lớp vừa rồi», «lấy lớp đầu
tiên bot nói» after a fact, a plan's figure or other classes shown instead of it (`Subject.earlier`)."""

from __future__ import annotations

import re

from knowledge.language.followup import Subject
from knowledge.text import fold

_CLASS = r"(?:lop|khoa|cai|lop hoc|khoa hoc)"
# «lớp kia», «lớp lúc nãy», «lớp vừa rồi», «lớp hồi nãy», «lớp trước», «lớp ban nãy», «lớp đầu tiên bot nói».
# «mấy lớp lúc nãy», «các lớp lúc nãy»: the list shown before, not one class of it.
_EARLIER_CLASS = re.compile(
    rf"(?<!\bmay )(?<!\bcac )(?<!\bnhung )\b{_CLASS} (?:kia|luc nay|hoi nay|ban nay|vua nay|vua roi|truoc|luc truoc|hoi truoc|truoc do)\b"
    rf"|\b{_CLASS} (?:dau tien|dau) (?:bot|ad|admin|ban|anh chi|chi|anh|em) (?:noi|gioi thieu|neu|dua ra|nhac|goi y)\b"
)
# «quay lại, lớp kia …», «thôi quay lại lớp lúc nãy»: going back said before the class.
_BACK = re.compile(r"\b(?:quay lai|quay ve|tro lai|tro ve)\b")


def points_to_earlier(text: str) -> bool:
    """Whether a message points back at the class talked of before an aside («quay lại lớp kia», «lớp lúc nãy»,
    «lớp đầu tiên bot nói»)."""
    folded = " ".join(re.findall(r"[0-9a-z]+", fold(text)))
    return bool(_EARLIER_CLASS.search(folded))


def class_in_view(subject: Subject | None) -> str | None:
    """The one class a list or a class shown is about (see `earlier_in_view`); None after a fact or a target."""
    if subject is None or subject.kind not in ("course", "courses"):
        return None
    return earlier_in_view(subject)


def earlier_in_view(subject: Subject | None) -> str | None:
    """The one class a subject is about (the one shown, the one of a list in focus, the one a list led with),
    or the class it keeps from before an aside."""
    if subject is None:
        return None
    if subject.kind in ("course", "courses"):
        if subject.focus in subject.codes:
            return subject.focus
        if len(subject.codes) == 1:
            return subject.codes[0]
        if len(subject.best) == 1 and subject.best[0] in subject.codes:
            return subject.best[0]
        return None
    return subject.earlier
