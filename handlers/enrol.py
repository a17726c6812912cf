"""Registration an organiser can use: details asked once with consent, checks before a place, confirmations.

On a first registration the member is told why the bot asks (Law 91/2025/QH15 on personal data, Decree
356/2025/NĐ-CP) and asked for full name, unit (CĐCS or company) and, optionally, a phone number; the
pending step lives in the conversation state, so any process and any restart continues it. Before a place
is taken the bot warns, and asks to confirm, when the class is for another audience or province or
overlaps one of the person's classes; cancelling asks to confirm. /hoso shows the details and deletes
them. «Còn chỗ không?» is answered with «còn N/M chỗ».

The core calls in through three small hooks (marked «issue 14» in handlers/core.py) and passes
`proceed`, the function that really registers or cancels, so this module never imports the core.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from handlers import callbacks, compose, labels, registered
from handlers.deps import Deps
from handlers.types import Button, Incoming, Reply
from knowledge import format as vn
from knowledge import registrations, store
from knowledge.language.followup import Subject
from knowledge.language.names import FAMILY_NAMES
from knowledge.language.places import current_province, same_area_keys
from knowledge.language.talk import account_request, small_talk, words
from knowledge.models import Course, UserProfile
from knowledge.qa import Profile, QAEngine
from knowledge.search.subject import answer_in_context
from knowledge.slots import province_key
from knowledge.text import clean, fold, said_as

Proceed = Callable[[str, int], list[Reply]]  # (action "rg" | "wl" | "rc", course id) → the outcome

PURPOSE = (
    "Để ban tổ chức lập danh sách học viên và liên hệ khi lớp thay đổi, mình xin họ và tên, đơn vị "
    "(CĐCS hoặc công ty) và số điện thoại (không bắt buộc) của anh/chị. Thông tin chỉ dùng để đăng ký lớp, "
    "chỉ ban tổ chức lớp anh/chị đăng ký được xem, không chuyển ra ngoài hệ thống. Anh/chị xem và xóa "
    "bất cứ lúc nào bằng lệnh /hoso (theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định "
    "356/2025/NĐ-CP). Trả lời các câu dưới đây là anh/chị đồng ý cung cấp."
)
ASK_NAME = "Họ và tên của anh/chị là gì?"
ASK_UNIT = "Đơn vị của anh/chị (tên CĐCS hoặc công ty, cơ quan)?"
ASK_PHONE = "Số điện thoại để ban tổ chức liên hệ (không bắt buộc): gõ số điện thoại, hoặc chọn «Bỏ qua»."
NOT_SPLIT = ("Mình chưa tách được họ tên, đơn vị và số điện thoại trong tin này. Anh/chị gửi lại, các phần cách nhau "
             "bằng dấu phẩy, ví dụ «Nguyễn Văn An, CĐCS Công ty May, 0912 345 678», hoặc gửi họ và tên trước.")
STOPPED = "Đã dừng, chưa đăng ký lớp nào và không lưu thông tin gì."
KEPT = "Vẫn giữ đăng ký của anh/chị."
STOP_BUTTON = Button(labels.STOP_REGISTERING, callbacks.pack("dk", "stop"))
MAX_NAME, MAX_UNIT = 120, 200
# A Vietnamese phone number once its spaces, dots and dashes are gone: a mobile (03x, 05x, 07x, 08x, 09x and
# eight more digits) or a landline (02xx and eight more digits, as a union office gives), with 0, 84 or +84.
_PHONE = re.compile(r"(?:\+84|84|0)(?:[35789]\d{8}|2\d{9})")
# A phone number inside a longer message: digits with the separators people type between them.
_PHONE_IN_TEXT = re.compile(r"(?<![\w+(])\(?\+?\d[\d\s.\-()]{7,16}\d(?!\w)")
# Between the parts of the details typed in one message: a comma, a semicolon, a new line, a slash, a dash
# between spaces or a bar.
_PARTS = re.compile(r"\s*(?:[,;\n|]|\s[-–—/]\s)\s*")
# Words a unit's name begins with (folded), to split «Nguyễn Văn An CĐCS Công ty May Hòa Phú» typed without a
# comma: the union's own words first (a name never holds them), then the kinds of workplace. «Trường» is a
# given name as often as a school: only a school's level after it makes it one.
_UNIT_OPENINGS = (
    ("cdcs ", "cd ", "cong doan ", "ldld "),
    ("cong ty ", "cty ", "ctcp ", "tnhh ", "tong cong ty ", "xi nghiep ", "nha may ", "benh vien ", "ubnd ",
     "uy ban ", "hop tac xa ", "ngan hang ", "buu dien ", "doanh nghiep ", "kcn ",
     "truong thpt ", "truong thcs ", "truong tieu hoc ", "truong mam non ", "truong dai hoc ",
     "truong cao dang ", "truong trung hoc ", "truong th ", "truong mn "),
    # «Trung», «Tâm» are given names too («Nguyễn Văn Trung Tâm Công ty …»): only where nothing surer opens it.
    ("trung tam ",),
)
# «còn chỗ», «hết chỗ chưa», «còn bao nhiêu chỗ»; not «lớp nào còn nhận đăng ký» (a search, for the engine).
_SEATS = re.compile(r"\b(con (cho|suat|slot|bao nhieu cho|may cho|may suat)|het cho|so cho|cho trong)\b")
_SEATS_MARKED = ("còn chỗ", "còn suất", "còn slot", "còn bao nhiêu chỗ", "còn mấy chỗ", "còn mấy suất", "hết chỗ", "số chỗ",
                 "chỗ trống")
# «còn đăng ký được ko», «còn đk dc không», «còn nhận đăng ký không», «đăng ký được nữa không» (folded) about one
# class: answered yes or no first, with why (the deadline, the class's state, the places), then its details.
_STILL_OPEN = re.compile(r"\b(?:con (?:nhan |cho |mo )?(?:dang ky|dky|dk)(?: \w+)?(?: duoc| dc)?|(?:dang ky|dk|dky) (?:duoc|dc) "
                         r"nua)(?: \w+)? (?:khong|ko|k|kg|hong|hok|ko a|khong a|chua|nua khong|nua ko)\b"
                         r"|\bcon (?:dang ky|dk|dky) (?:duoc|dc)\b")
_MANY_ASKED = re.compile(r"\b(?:lop|khoa|cai|khoa hoc) nao\b|\b(?:nhung|cac|may) (?:lop|khoa)\b")


# ------------------------------------------------------------------ before a place is taken or given up

def before(action: str, course_id: int, msg: Incoming, deps: Deps, session: Session, *, confirmed: bool,
           proceed: Proceed, said: Mapping[str, str] | None = None) -> list[Reply] | None:
    """The replies that stand in for a registration button, or None to go ahead with it. `said`: the role and
    province the person said of themselves in this conversation, which stand over the saved profile."""
    course = session.get(Course, course_id)
    if course is None:
        return None
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    now = deps.clock.now()
    if action == "rc":
        return None  # cancelling was confirmed before it got here (handlers/core.on_button)
    if not registrations.takes_registrations(course, now):
        return None  # the registration itself says why it is closed, and offers a similar class
    first = registrations.details_of(session=session, profile=profile) is None
    if first and not confirmed and msg.private:
        # A first registration warns of another province as a later one does, before the form: a short «cho em
        # đăng ký» under a class found elsewhere must not sign a chair up for it a province away unawares.
        away = [w for w in _mismatches(course, profile, session, now, deps.tz, said or {}) if w.startswith("Lớp tổ chức ở")]
        if away:
            return [_warned(course, away, action)]
    if first:
        if not msg.private:  # never ask for a name and a phone number in front of a group
            return [Reply("Để đăng ký, anh/chị nhắn riêng cho bot: lần đầu bot cần hỏi họ tên và đơn vị.")]
        _set_step(session, msg, {"step": "name", "action": action, "course": course.id})
        return [Reply(f"Đăng ký lớp «{course.title}». {PURPOSE}"), Reply(ASK_NAME, (STOP_BUTTON,))]
    if not confirmed:
        warnings = _mismatches(course, profile, session, now, deps.tz, said or {})
        if warnings:
            return [_warned(course, warnings, action)]
    return None


def _warned(course: Course, warnings: list[str], action: str) -> Reply:
    lines = [f"Trước khi đăng ký lớp «{course.title}», anh/chị lưu ý:", *(f"• {w}" for w in warnings),
             "Anh/chị vẫn muốn đăng ký?"]
    return Reply("\n".join(lines), (Button(labels.REGISTER_ANYWAY, callbacks.pack(f"{action}y", course.id)),
                                     Button("Thôi", callbacks.pack("dk", "stop"))))


def _mismatches(course: Course, profile: UserProfile, session: Session, now: dt.datetime,
                tz: dt.tzinfo, said: Mapping[str, str]) -> list[str]:
    out = []
    # What the person just said of themselves («mình là chủ tịch CĐCS ở Lâm Đồng») is newer than the saved
    # profile: a warning against it would contradict them, so it is checked against that and called so.
    role, province = said.get("role") or profile.role, said.get("province") or profile.province
    roles = [a for a in course.audiences.split(";") if a]
    if role and roles and role not in roles:
        wanted = ", ".join(compose.role_label(r) for r in roles)
        whose = "anh/chị cho biết mình" if said.get("role") else "hồ sơ của anh/chị"
        out.append(f"Lớp dành cho {wanted}; {whose} là {compose.role_label(role)}.")
    # A profile naming a province merged in 2025 («Sóc Trăng») is at home in the one it joined («Cần Thơ»).
    if province and course.province and province_key(course.province) not in same_area_keys(province):
        whose = "anh/chị cho biết mình" if said.get("province") else "hồ sơ của anh/chị"
        out.append(f"Lớp tổ chức ở {course.province}; {whose} ở {province}.")
    for other in registrations.overlapping(session=session, profile=profile, course=course, now=now):
        out.append(f"Trùng thời gian với lớp «{other.title}» ({compose.when_text(other, tz)}) anh/chị đã đăng ký.")
    return out


# ------------------------------------------------------------------ the details dialogue

def _state(session: Session, msg: Incoming) -> dict[str, object]:
    return store.get_state(session=session, channel=msg.channel, user_id=msg.user_id)


def _set_step(session: Session, msg: Incoming, step: dict[str, object] | None) -> None:
    state = _state(session, msg)
    if step is None:
        state.pop("enrol", None)
    else:
        state["enrol"] = step
    store.set_state(session=session, channel=msg.channel, user_id=msg.user_id, state=state)


def drop(msg: Incoming, session: Session) -> None:
    """The details form left without a word (a command such as /start typed instead): nothing it asked is kept."""
    if awaits_text(msg, session):
        _set_step(session, msg, None)


def awaits_text(msg: Incoming, session: Session) -> bool:
    """Whether the person is in the middle of giving their details."""
    return isinstance(_state(session, msg).get("enrol"), dict)


# A question typed instead of the details asked (folded): question words no name holds, or a question about
# classes. «Khoa», «Hội», «Trường học» are in names and units, so class words count only beside a question word.
_QUESTION_WORDS = re.compile(r"\b(?:nao|gi|j|o dau|dau|khi nao|bao gio|bao nhieu|bn|may gio|the nao|ntn|sao|khong|ko|"
                             r"hok|k|kg|chua|a|hem|ha|nhi|vay)\s*$|\b(?:nao|gi|o dau|khi nao|bao gio|bao nhieu|"
                             r"the nao|ntn|co .*khong|co .*ko|cho (?:minh|em|toi|mik|mk) hoi|hoi)\b")
_CLASS_WORDS = re.compile(r"\b(?:lop|khoa hoc|chi tieu|hoc o|hoc vao|hoc may|hoc luc|dang ky|dk|han|lich|"
                          r"dia diem|giang vien|hoc phi|tap huan|boi duong|huan luyen|dao tao|to chuc)\b")


# A detail of a class asked in words no name, unit or phone holds (folded): its fee, deadline, place, days or time.
_DETAIL_ASKED = re.compile(r"\b(?:may|bao nhieu) (?:ngay|buoi|hom|tuan)\b|\bbao lau\b|\b(?:hoc phi|le phi|mat phi|"
                           r"mat tien|ton phi|ton tien|mien phi|co phi|thu phi)\b|\bhan (?:dk|dang ky|dang ki|dki|chot)\b"
                           r"|\b(?:o dau|dia diem|khi nao|bao gio|may gio|ngay nao|hom nao|luc nao)\b")
# Details of the class being registered that are answered inside the form (which then goes on).
FORM_ASPECTS = frozenset({"fee", "deadline", "place", "time", "duration", "schedule", "organiser", "format",
                          "note", "audience"})


def form_course(msg: Incoming, session: Session) -> int | None:
    """The class the open details form registers for, or None."""
    step = _state(session, msg).get("enrol")
    course = step.get("course") if isinstance(step, dict) else None
    return course if isinstance(course, int) else None


def still_asking(msg: Incoming, session: Session) -> Reply:
    """The form's own question again, after a question about its class was answered: the form goes on."""
    step = _state(session, msg).get("enrol")
    at = step.get("step") if isinstance(step, dict) else None
    if at == "phone":
        return Reply(f"Anh/chị đăng ký tiếp nhé. {ASK_PHONE}", (Button(labels.SKIP, callbacks.pack("dk", "skip")), STOP_BUTTON))
    return Reply(f"Anh/chị đăng ký tiếp nhé. {ASK_UNIT if at == 'unit' else ASK_NAME}", (STOP_BUTTON,))


def asks_instead(text: str, msg: Incoming, session: Session) -> bool:
    """Whether a message typed while the details are awaited is a question of its own («lớp này học ở đâu?»,
    «có lớp nào cho chủ tịch CĐCS không»): it is answered as a question, never stored as a name or a unit."""
    step = _state(session, msg).get("enrol")
    if not isinstance(step, dict) or (step.get("step") == "phone" and len(_phones_in(text)) == 1):
        return False  # «0912345678?», «sđt 0912345678 ạ»: the number asked, whatever is around it
    folded = fold(text).strip(" .!")
    if _stops(text, folded):
        return False  # «không», «thôi», «bỏ qua»: the form's own answer (it stops), no question
    return (_looks_asked(text) or bool(_ABOUT_CLASSES.match(folded)) or bool(_ASKING_OPENS.match(folded))
            or (bool(_QUESTION_WORDS.search(folded)) and bool(_CLASS_WORDS.search(folded)))
            or bool(_DETAIL_ASKED.search(folded)))


def about_form_class(text: str) -> bool:
    """Whether a question typed in the form asks about its own class («có mất phí không», «hạn đk đến bao giờ»,
    «học ở đâu», «lớp này học mấy ngày»), not about other classes («có lớp nào ở Hà Nội không»)."""
    folded = fold(text)
    return not (_WHICH_CLASSES.search(_WHEN.sub(" ", folded)) or account_request(text) is not None
                or _THAT_OTHER.search(folded))


# «lớp khác», «lớp kia», «lớp sau»: another class than the one being registered.
_THAT_OTHER = re.compile(r"\b(?:lop|khoa|cai) (?:khac|kia|sau|truoc)\b")


# A question however it is worded: a question mark, or a particle no name or unit ends with («… không», «… ko»,
# «… chưa», «… vậy», «… nhỉ», «… hả»), read on the text as typed: «Nhi», «Hà», «Hồng» are names, «nhỉ», «hả» not.
_ASKED_AT_END = re.compile(r"(?:^|\s)(?:không|khong|ko|kg|k|hok|hông|chưa|chua|vậy|vay|zậy|nhỉ|hả|hở|chứ|"
                           r"gì|j|nào|nao|đâu|hem|hen)\W*$")


# «cho mình hỏi chút», «xin hỏi», «hỏi tí»: a question about to come, not a name.
_ASKING_OPENS = re.compile(r"(?:cho (?:minh|em|toi|mik|mk|e|t|tui) hoi|xin hoi|hoi (?:chut|ti|xiu|cai))\b")


def _looks_asked(text: str) -> bool:
    return "?" in text or bool(_ASKED_AT_END.search(clean(text).lower()))


# A message that opens on classes («lớp nữ công», «xem lớp khác», «đăng ký lớp khác», «tập huấn tháng sau»),
# folded: a request of its own, never a name or a unit.
_ABOUT_CLASSES = re.compile(r"(?:(?:cho (?:minh|em|toi|mik|mk|e) )?(?:xem|tim|hoi|dang ky|dang ki|dk|dki|dky|ghi danh|"
                            r"chon|doi|sang)\s+)?(?:lop|khoa hoc|cac lop|tap huan|boi duong|huan luyen|chi tieu|"
                            r"lich hoc|ai to chuc)\b")


def leave_for_question(msg: Incoming, session: Session) -> Reply:
    """The details dialogue ended politely before a question is answered: nothing it asked is kept."""
    step = _state(session, msg).get("enrol")
    course = session.get(Course, step.get("course")) if isinstance(step, dict) and isinstance(
        step.get("course"), int) else None
    _set_step(session, msg, None)
    if course is not None and isinstance(step, dict) and step.get("action") in ("rg", "wl"):
        # For the next message only: details typed then («CĐCS Trường THCS Lê Lợi, 0987 654 321») go on with
        # this registration, not to the engine nor to the unanswered log (they are personal data).
        state = _state(session, msg)
        state["enrol_left"] = {"course": course.id, "action": step["action"]}
        store.set_state(session=session, channel=msg.channel, user_id=msg.user_id, state=state)
    again = f" lớp «{course.title}»" if course is not None else ""
    return Reply(f"Mình tạm dừng đăng ký{again} để trả lời câu hỏi của anh/chị; thông tin vừa nhập chưa được lưu. "
                 "Khi muốn đăng ký tiếp, anh/chị nhắn «đăng ký lớp này».")


def resume_with(typed: str, left: object, msg: Incoming, session: Session) -> None:
    """`left`: the form left for a question the message before (its class and action). When this message gives
    the details (name and unit in one message), the form is taken up again at its name step, to read them."""
    if not isinstance(left, dict) or awaits_text(msg, session):
        return
    told = _details_in_one(typed.strip(), "name")
    if told is not None and told[1] is not None:
        _set_step(session, msg, {"step": "name", "action": left.get("action"), "course": left.get("course")})


def looks_like_details(text: str) -> bool:
    """Whether a message reads as someone's details (name and unit, or a phone number in it): kept out of the
    unanswered log, which organisers read, whatever else happens to it."""
    if any(phone_number(m.group()) is not None for m in _PHONE_IN_TEXT.finditer(text)):
        return True
    folded = fold(text)
    if (_looks_asked(text) or _ASKED_WITHIN.search(folded) or _ASKED_MARKED.search(text.lower())
            or _NOT_NAME.search(folded)):
        return False  # «đoàn viên công đoàn Sóc Trăng đóng đoàn phí mấy phần trăm»: a question for the log
    if bare_name(text):
        return True  # «Trần Văn Bình» alone: a person's full name, which the split below needs more beside
    told = _details_in_one(text.strip(), "name")
    if told is None or told[0] is None or (told[1] is None and told[2] is None):
        return False
    # «ban chấp hành CĐCS gồm …», «cán bộ công đoàn …»: the «name» is a body or a post, not a person.
    return _NO_PERSON.search(fold(told[0])) is None


def bare_name(text: str) -> bool:
    """A message that is a person's full name and nothing else: three to five capitalised words opening on a
    family name («Trần Văn Bình», «Nguyễn Thị Thu Hà»). Two words are left out: «Lâm Đồng», «Hà Nội», «Cao
    Bằng» open on family names too."""
    words = text.strip(" .,!").split()
    if not 3 <= len(words) <= 5 or not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words):
        return False
    return fold(words[0]) in FAMILY_NAMES and _valid_name(text) and _NO_PERSON.search(fold(text)) is None



# Question words anywhere in a message, folded where folding leaves no name («bao nhiêu», «khi nào», «có …
# không»), as typed where it would («mấy», «gì», «nào»: «Mây», «Gia», «Nao» may be names).
_ASKED_WITHIN = re.compile(r"\b(?:bao nhieu|khi nao|bao gio|o dau|the nao|nhu the nao|tai sao|vi sao|la gi|"
                           r"co (?:\w+ ){0,8}?(?:khong|ko|k|hok|chua)|duoc khong|dc khong|bn|lien he|hoi ve)\b")
_ASKED_MARKED = re.compile(r"(?:^|\s)(?:mấy|gì|nào|đâu|sao|không|chưa|ai)(?:\s|$)")
# Phrases, not words: «Hạnh», «Công», «Trường», «Thu» are given names on their own.
_NO_PERSON = re.compile(r"\b(?:ban chap hanh|bch|can bo|cong doan|doan vien|chu tich|uy vien|nguoi lao dong|nld|"
                        r"ke toan|thu quy|to truong|lop|khoa hoc)\b")


def on_typed(text: str, msg: Incoming, deps: Deps, session: Session, *, proceed: Proceed) -> list[Reply]:
    """One answer of the details dialogue."""
    step = _state(session, msg).get("enrol")
    if not isinstance(step, dict):
        return [Reply(compose.STALE)]
    said = fold(text).strip(" .!")
    if step.get("step") == "phone" and _NO_PHONE.fullmatch(said):
        return _finish(step, None, msg, deps, session, proceed)  # «không có», «bỏ qua»: no phone, as the button
    if _stops(text, said) or (step.get("step") in ("name", "unit") and _LATER.fullmatch(said)):
        # «bỏ qua», «để sau», «menu» where a name or a unit is asked: the form is left, nothing kept.
        _set_step(session, msg, None)
        return [Reply(STOPPED)]
    talk = small_talk(text) if step.get("step") in ("name", "unit") else None
    if talk == "decline":  # «thôi không đăng ký nữa», «thôi hủy»: the form given up, as «thôi» alone
        _set_step(session, msg, None)
        return [Reply(STOPPED)]
    if step.get("step") == "name" and (_CONSENT.fullmatch(said) or talk == "ack" or _ACK.fullmatch(said)):
        # «đồng ý», «ok», «ok luôn» said to the purpose: consent, not a name.
        return [Reply(f"Cảm ơn anh/chị. {ASK_NAME}", (STOP_BUTTON,))]
    if talk is not None or _ACK.fullmatch(said):
        # «xin chào», «cảm ơn», «ok luôn» are no name and no unit: the question again.
        again = ASK_NAME if step.get("step") == "name" else ASK_UNIT
        return [Reply(f"Dạ. {again}", (STOP_BUTTON,))]
    typed, text = text, clean(text)  # `typed` keeps its lines: one line each for the name, unit and phone
    if step.get("step") == "name" and refuses(text):
        # «Nguyễn Văn An, hủy chỗ», «ko Nguyen Van An»: a refusal in what would be kept as the name; asked again.
        return [Reply(REFUSAL_AS_NAME, (STOP_BUTTON,))]
    if step.get("step") in ("name", "unit"):
        given = step.get("name")
        told = _details_in_one(typed.strip(), str(step.get("step")), given if isinstance(given, str) else None)
        if told is not None:
            name, unit, phone = told
            if unit is None:  # «Nguyễn Văn An 0912345678»: the unit is still to come, the phone kept for then
                _set_step(session, msg, {**step, "step": "unit", "name": name, "phone": phone})
                return [Reply(ASK_UNIT, (STOP_BUTTON,))]
            step = {**step, **({"name": name} if name else {}), "unit": unit}
            phone = phone if phone is not None else step.get("phone") if isinstance(step.get("phone"), str) else None
            if phone is not None:
                return _finish(step, phone, msg, deps, session, proceed)
            _set_step(session, msg, {**step, "step": "phone"})
            return [Reply(ASK_PHONE, (Button(labels.SKIP, callbacks.pack("dk", "skip")), STOP_BUTTON))]
    if step.get("step") == "name":
        text = _without_intro(_uncourteous(text))
        if not _valid_name(text):
            if re.search(r"\d{6,}", re.sub(r"[\s.\-]", "", text)):
                # Everything in one message, but its parts could not be told apart: not «a name has no digits».
                return [Reply(NOT_SPLIT, (STOP_BUTTON,))]
            return [Reply(f"Họ và tên cần có chữ, không có số, tối đa {MAX_NAME} ký tự. {ASK_NAME}", (STOP_BUTTON,))]
        _set_step(session, msg, {**step, "step": "unit", "name": text})
        return [Reply(ASK_UNIT, (STOP_BUTTON,))]
    if step.get("step") == "unit":
        text = _without_at(_uncourteous(text))
        if not _valid_unit(text):
            return [Reply(f"Tên đơn vị cần có chữ, tối đa {MAX_UNIT} ký tự. {ASK_UNIT}", (STOP_BUTTON,))]
        if isinstance(step.get("phone"), str):  # given with the name
            return _finish({**step, "unit": text}, str(step["phone"]), msg, deps, session, proceed)
        _set_step(session, msg, {**step, "step": "phone", "unit": text})
        return [Reply(ASK_PHONE, (Button(labels.SKIP, callbacks.pack("dk", "skip")), STOP_BUTTON))]
    if step.get("step") == "phone":
        # «0912345678 ạ», «sđt 0912345678», «số của em là 0912345678»: the one number in the message.
        found = _phones_in(text)
        phone = found[0][2] if len(found) == 1 else None
        if phone is None:
            return [Reply("Số điện thoại chưa đúng (ví dụ 0912 345 678). " + ASK_PHONE,
                          (Button(labels.SKIP, callbacks.pack("dk", "skip")), STOP_BUTTON))]
        return _finish(step, phone, msg, deps, session, proceed)
    _set_step(session, msg, None)
    return [Reply(compose.STALE)]


def _stops(text: str, said: str) -> bool:
    """«thôi», «hủy», «dừng», «không đăng ký nữa», «ko, huy di», «có, hủy chỗ» (folded `said`): the form given up.
    «Dũng» is a name, «dừng» (or «dung» typed plain) a stop."""
    if said == "dung" and re.search("[ũụú]", text.lower()):
        return False
    plain = words(text)  # «ko, huy di» → «khong huy di»: punctuation gone, teencode read
    tokens = plain.split()
    if tokens and all(t in _GIVING_UP_WORDS for t in tokens) and set(tokens) & _GIVE_UP_WORDS:
        return True
    return said in ("thoi", "huy", "dung", "khong", "ko", "stop") or bool(_STOP.fullmatch(said) or _STOP.fullmatch(plain))


# A message of these words only, one of them a no or a giving up («ko, huy di», «có, hủy chỗ», «thôi khỏi nhé»),
# stops the form; a name always has a word outside them («Nguyễn Huy»).
_GIVE_UP_WORDS = frozenset(re.findall(r"\w+", "khong ko kg hok thoi huy khoi dung"))
_GIVING_UP_WORDS = _GIVE_UP_WORDS | frozenset(re.findall(r"\w+", """co cho di nhe nha nhen a ak ah lai luon em minh
    toi tui anh chi dang ky dk nua roi ok oke vang da thoi ma bot ban di oi"""))
# Words of refusal in a name typed: as written with their marks and in lower case («không», «hủy», «thôi», «đừng»,
# «dừng», «nữa»: no Vietnamese name is these; a capitalised «Không» may be a word of a company's name), or plain
# teencode that names nobody («ko», «kg», «hok»). «Huy», «Hồng», «Khổng» are names, so a word without its marks
# is not read as refusal.
_REFUSAL_MARKED = re.compile(r"(?:^|[\s,.!;:])(?:không|hủy|huỷ|thôi|đừng|dừng|nữa|khỏi|chưa)(?=$|[\s,.!;:?])")
_REFUSAL_PLAIN = re.compile(r"\b(?:ko|kg|hok|khong dang ky|huy di|huy cho|huy dang ky|thoi khong)\b")
REFUSAL_AS_NAME = ("Họ và tên không có chữ «không», «hủy» hay «thôi». Anh/chị muốn dừng đăng ký thì chọn «Thôi, "
                   "không đăng ký»; muốn tiếp tục thì gõ họ và tên.")


def refuses(text: str) -> bool:
    """Whether a name or unit typed says a refusal instead («không đăng ký», «ko», «hủy chỗ»)."""
    return bool(_REFUSAL_MARKED.search(unicodedata.normalize("NFC", text)) or _REFUSAL_PLAIN.search(fold(text)))


# «bỏ qua», «để sau», «lúc khác nhé», «cancel», «quay lại», «menu», «chưa» (folded) typed where a name or a unit is
# asked: not now. (At the phone step «bỏ qua» skips the phone only.)
_LATER = re.compile(r"(?:thoi |em |minh |toi )?(?:bo qua|de sau|de luc khac|luc khac|khi khac|de khi khac|hom khac|"
                    r"cancel|quay lai|tro lai|menu|exit|back|chua|chua can|chua muon|tam dung|dung lai|khoi|"
                    r"khong can|ko can|k can)(?: (?:nhe|nha|a|di|da|nhe bot|nha bot|roi|luon|thoi))*")
# An acknowledgement small talk may not know: «ok luôn», «oke nha», «dạ vâng».
_ACK = re.compile(r"(?:da |vang |u |uh )?(?:ok|oke|okay|okie|vang|da|u|uh|uk|yes|roi|duoc|dc)(?: (?:luon|nhe|nha|a|"
                  r"roi|vang|bot|ban))*")


# Typed at the phone step for «Bỏ qua» (folded): no phone given.
_NO_PHONE = re.compile(r"bo qua|skip|(?:khong|ko|k|hong) (?:co|can|cho|de lai)(?: a| nhe| nha)?|khong a|ko a")
# Giving up the form in words: «thôi không đăng ký nữa», «hủy nhé», «dừng lại», «không đăng ký nữa».
_STOP = re.compile(r"(?:(?:thoi|huy|dung)(?: (?:nhe|nha|a|di|lai|khoi|em|minh))*|(?:thoi |em |minh |toi )?(?:huy|"
                   r"khong|ko|k|hong) (?:dang ky|dk|muon|can)(?: \w+)*|thoi khong \w+(?: \w+)*)")
# A yes to the purpose stated, typed where the name is asked.
_CONSENT = re.compile(r"(?:toi |em |minh )?(?:dong y|ok|oke|okay|vang|da|u|uh|duoc|co|yes)(?: a| nhe| nha)?")


def phone_number(text: str) -> str | None:
    """A Vietnamese phone number as typed («0912 345 678», «+84 912.345.678», «84912345678») written the one
    way an attendance list shows it (0912345678), or None when it is none."""
    digits = re.sub(r"[\s.\-()]", "", text)
    if not _PHONE.fullmatch(digits):
        return None
    return "0" + digits.removeprefix("+").removeprefix("84") if not digits.startswith("0") else digits


def _valid_name(text: str) -> bool:
    """Letters, no digits, none of the words of a question about classes (no name says «lớp»), and no question,
    greeting or «bỏ qua» of any kind."""
    return (2 <= len(text) <= MAX_NAME and bool(re.search(r"[^\W\d_]", text)) and not re.search(r"\d", text)
            and not _NOT_NAME.search(fold(text)) and not _not_details(text))


def _not_details(text: str) -> bool:
    """A question, a request about classes, a greeting, an «ok» or a «để sau»: no name and no unit."""
    folded = fold(text).strip(" .!")
    return (_looks_asked(text) or bool(_ABOUT_CLASSES.match(folded) or _ASKING_OPENS.match(folded))
            or bool(_LATER.fullmatch(folded) or _ACK.fullmatch(folded)) or small_talk(text) is not None)


# «Tôi là …», «mình tên …», «tên em là …», «họ tên tôi là …» before a name; «ở …», «làm ở …», «công tác tại …»,
# «đơn vị là …» before a unit: what the person says around the answer, not the answer.
_INTRO = re.compile(r"^(?:(?:họ\s+(?:và\s+)?|ho\s+(?:va\s+)?)?(?:tên|ten)\s+(?:của\s+|cua\s+)?(?:tôi|toi|mình|minh|"
                    r"em|e|tui|mik|mk|anh|chị|chi)\s+(?:là|la)\s+|(?:tôi|toi|mình|minh|em|e|tui|mik|mk|anh|chị|chi)\s+"
                    r"(?:tên\s+là|ten\s+la|tên|ten|là|la)\s+|(?:họ\s+(?:và\s+)?|ho\s+(?:va\s+)?)?(?:tên|ten)\s*(?:là|la|:)\s*)",
                    re.I)
_AT_UNIT = re.compile(r"^(?:(?:tôi|toi|mình|minh|em|e|tui|mik|mk)\s+)?(?:(?:(?:đang|dang)\s+)?(?:làm|lam|làm việc|"
                      r"lam viec|công tác|cong tac)\s+(?:ở|o|tại|tai)|ở|tại|tai|thuộc|thuoc)\s+|^(?:đơn vị|don vi)\s*"
                      r"(?:là|la|:)\s*", re.I)


def _without_intro(text: str) -> str:
    return _INTRO.sub("", text.strip(), count=1).strip() or text.strip()


def _without_at(text: str) -> str:
    return _AT_UNIT.sub("", text.strip(), count=1).strip() or text.strip()


_NOT_NAME = re.compile(r"\b(?:lop|khoa hoc|chi tieu|dang ky|dk|ghi danh)\b")


def _valid_unit(text: str) -> bool:
    return 2 <= len(text) <= MAX_UNIT and bool(re.search(r"[^\W\d_]", text)) and not _not_details(text)


def _phones_in(text: str) -> list[tuple[int, int, str]]:
    """The phone numbers in a message, each with where it stands. Digits run together with a number before
    them («CĐCS Công ty May 10 - 0912345678») give the valid number they end with."""
    out = []
    for m in _PHONE_IN_TEXT.finditer(text):
        starts = [0, *(k for k in range(1, len(m.group())) if m.group()[k].isdigit()
                       and not m.group()[k - 1].isdigit() and m.group()[k - 1] not in "+(")]
        for k in starts:
            phone = phone_number(m.group()[k:])
            if phone is not None:
                out.append((m.start() + k, m.end(), phone))
                break
    return out


def _opening_tier(text: str) -> int | None:
    """Which tier of `_UNIT_OPENINGS` a text opens with, or None: it does not open as a unit's name."""
    folded = fold(text) + " "
    return next((i for i, openings in enumerate(_UNIT_OPENINGS) if folded.startswith(openings)), None)


def _details_in_one(text: str, step: str, name: str | None = None) -> tuple[str | None, str | None, str | None] | None:
    """Name, unit and phone typed in one message («Nguyễn Văn An, CĐCS Công ty May Hòa Phú, 0912345678», or on
    separate lines); at the unit step, the unit and the phone. None when the message is one answer only (the
    step's own checks then read it) or its parts are not all valid (nothing is guessed)."""
    phone: str | None = None
    found = _phones_in(text)
    if len(found) == 1:
        start, end, phone = found[0]
        text = (text[:start] + "\n" + text[end:])
    elif found or (step == "name" and re.search(r"\d{6,}", re.sub(r"[\s.\-]", "", text))):
        return None
    # Labels typed before each part («Tên: …», «ĐV: …», «SĐT 0912…») are no part of it, nor the courtesy around
    # the details («Dạ, …», «… 0912.345.678 ạ»).
    parts = [_LABEL_AFTER.sub("", _LABEL_BEFORE.sub("", _uncourteous(p).strip(" .:,;-–—()[]"))).strip(" .:,;-–—()[]")
             for p in _PARTS.split(text.strip())]
    parts = [p for p in parts if p]
    if step == "unit" and len(parts) == 2 and (
            (name is not None and fold(_without_intro(parts[0])) == fold(name))
            or (_opening_tier(parts[0]) is None and _opening_tier(parts[1]) is not None)):
        # Everything typed again where the unit is asked («Nguyễn Văn An, CĐCS Trường THCS Lê Lợi, 09…»): the
        # name and the unit read apart, the phone taken out, as the name step reads them.
        step = "name"
    if step == "unit":
        # The unit with the phone: a unit's name may hold commas of its own («CĐCS Công ty May, KCN Tân Bình»).
        unit = _without_at(", ".join(parts))
        if phone is None or not parts or not _valid_unit(unit):
            return None
        return None, unit, phone
    if parts:
        parts[0] = _without_intro(parts[0])
    if len(parts) == 1:
        parts = _split_at_unit(parts[0])
    if len(parts) == 1 and phone is not None and _valid_name(parts[0]):
        return parts[0], None, phone  # the name and the phone: the unit is asked next
    if len(parts) != 2:
        return None
    name, unit = parts[0], _without_at(parts[1])
    if not _valid_name(name) or not _valid_unit(unit):
        return None
    return name, unit, phone


# Courtesy a chair puts before or after the details: «dạ», «vâng» before; «ạ», «à», «nhé», «nha», «em cảm ơn» after.
_COURTESY_BEFORE = re.compile(r"^(?:(?:dạ|vâng|dạ vâng|em gửi|em xin gửi|gửi ad|gửi bot)\b[\s,.:!-]*)+", re.I)
_COURTESY_AFTER = re.compile(r"(?:[\s,.!]*\b(?:ạ|à|nhé|nhá|nha|nhen|ạh|ah|ak|(?:em |mình )?cảm ơn(?: ạ| nhé| nha)?)"
                             r"(?![\w\u0300-\u036f]))+[\s.!]*$")  # lower case: «Nguyễn Thị Nha» is a name


def _uncourteous(text: str) -> str:
    """A part of the details without the courtesy around it («0912.345.678 ạ» → «0912.345.678»)."""
    return _COURTESY_AFTER.sub("", _COURTESY_BEFORE.sub("", text.strip())).strip()


_LABEL_BEFORE = re.compile(r"^(?:(?:họ (?:và )?)?tên|đơn vị|đv|(?:số )?(?:điện thoại|đt|sđt|sdt)|phone)\s*:?\s+", re.I)
_LABEL_AFTER = re.compile(r"\s*\b(?:(?:số )?(?:điện thoại|đt|sđt|sdt)|phone)\s*:?$", re.I)


def _split_at_unit(text: str) -> list[str]:
    """«Nguyễn Văn An CĐCS Công ty May Hòa Phú»: the name (two to five words), then the unit (two words at
    least) from the first word a unit's name begins with, the union's own words before any other."""
    words = text.split()
    for openings in _UNIT_OPENINGS:
        for i in range(2, min(len(words) - 1, 6)):
            rest = fold(" ".join(words[i:])) + " "
            if any(rest.startswith(o) for o in openings):
                return [" ".join(words[:i]), " ".join(words[i:])]
    return [text]


def _finish(step: dict[str, object], phone: str | None, msg: Incoming, deps: Deps, session: Session,
            proceed: Proceed) -> list[Reply]:
    _set_step(session, msg, None)
    name, unit, course_id, action = step.get("name"), step.get("unit"), step.get("course"), step.get("action")
    if not (isinstance(name, str) and isinstance(unit, str) and isinstance(course_id, int)
            and action in ("rg", "wl")):
        return [Reply(compose.STALE)]
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    registrations.save_details(profile=profile, full_name=name, unit=unit, phone=phone, now=deps.clock.now())
    saved = Reply(f"Đã lưu: {name} — {unit}" + (f" — {phone}" if phone else "") + ". Xem hoặc xóa bằng /hoso.")
    assert isinstance(action, str)
    rest = before(action, course_id, msg, deps, session, confirmed=False, proceed=proceed)
    return [saved, *(rest if rest is not None else proceed(action, course_id))]


def on_button(rest: str, msg: Incoming, deps: Deps, session: Session, *, proceed: Proceed) -> list[Reply]:
    """Buttons of this module: dk:skip (no phone), dk:stop, dk:keep, dk:del and dk:delok (/hoso)."""
    if rest == "skip":
        step = _state(session, msg).get("enrol")
        if isinstance(step, dict) and step.get("step") == "phone":
            return _finish(step, None, msg, deps, session, proceed)
        return [Reply(compose.STALE)]
    if rest == "stop":
        _set_step(session, msg, None)
        return [Reply(STOPPED)]
    if rest == "keep":
        return [Reply(KEPT)]
    if rest == "del":
        return [Reply("Xóa họ tên, đơn vị và số điện thoại anh/chị đã cung cấp? Các lớp đã đăng ký vẫn giữ, "
                      "nhưng danh sách lớp sẽ không có tên anh/chị.",
                      (Button(labels.DELETE_DETAILS, callbacks.pack("dk", "delok")), Button(labels.DONT_DELETE, callbacks.pack("dk", "keep"))))]
    if rest == "delphone":
        profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
        details = registrations.details_of(session=session, profile=profile)
        if details is None or not details.phone:
            return [Reply("Anh/chị chưa cung cấp số điện thoại nào để đăng ký lớp.")]
        return [Reply(f"Xóa số điện thoại {details.phone} anh/chị đã cung cấp? Họ tên và đơn vị vẫn giữ để đăng ký lớp.",
                      (Button(labels.DELETE_PHONE, callbacks.pack("dk", "phoneok")),
                       Button(labels.DONT_DELETE, callbacks.pack("dk", "keep"))))]
    if rest == "phoneok":
        profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
        if registrations.change_phone(session=session, profile=profile, phone=None, now=deps.clock.now()):
            return [Reply("Đã xóa số điện thoại của anh/chị. Họ tên và đơn vị vẫn giữ (xem hoặc xóa bằng /hoso).")]
        return [Reply("Anh/chị chưa cung cấp số điện thoại nào để đăng ký lớp.")]
    if rest == "delok":
        profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
        if registrations.delete_details(session=session, profile=profile):
            return [Reply("Đã xóa họ tên, đơn vị và số điện thoại của anh/chị.")]
        return [Reply("Anh/chị chưa cung cấp thông tin đăng ký nào.")]
    return [Reply(compose.STALE)]


# The person's details named in a request about them (folded): the phone, and the others.
_PHONE_NAMED = re.compile(r"\b(?:so dien thoai|so dt|sdt|dien thoai|phone)\b")
_OTHERS_NAMED = re.compile(r"\b(?:ho ten|ho va ten|ten|don vi|thong tin|du lieu|ho so|tat ca|het|toan bo)\b")


# «xóa toàn bộ / tất cả / hết dữ liệu», «xóa hồ sơ của tôi»: everything, not the registration details alone.
_EVERYTHING_NAMED = re.compile(r"\b(?:toan bo|tat ca|het|ho so|moi thong tin|moi du lieu)\b")


def names_everything(text: str) -> bool:
    """Whether a request to delete one's details asks for all of them («xóa toàn bộ dữ liệu của tôi»)."""
    return bool(_EVERYTHING_NAMED.search(fold(text)))


def names_phone_only(text: str) -> bool:
    """Whether a request about one's details names the phone number and nothing else («xóa số điện thoại»)."""
    folded = fold(text)
    return bool(_PHONE_NAMED.search(folded)) and not _OTHERS_NAMED.search(_PHONE_NAMED.sub(" ", folded))


# «đổi họ tên thành Nguyễn Văn B», «sửa họ tên: …»: the new name after the words naming it.
_NEW_NAME = re.compile(r"(?:họ\s+(?:và\s+)?tên|ho\s+(?:va\s+)?ten)\s*(?:thành|thanh|là|la|sang|:)?\s*(.+)$", re.I)


def change_details(text: str, msg: Incoming, deps: Deps, session: Session) -> list[Reply]:
    """«đổi số điện thoại 0987654321», «đổi họ tên thành …»: the person's own registration details changed
    (Law 91/2025 gives them the right to have them right), said back; the new value asked for when not given."""
    if not msg.private:  # a phone number or a name is never written in front of a group
        return [Reply("Để xem, đổi hoặc xóa thông tin cá nhân, anh/chị nhắn riêng cho bot.")]
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    if registrations.details_of(session=session, profile=profile) is None:
        return [Reply("Anh/chị chưa cung cấp thông tin đăng ký nào; bot hỏi họ tên, đơn vị và số điện thoại (không "
                      "bắt buộc) khi anh/chị đăng ký lớp đầu tiên.")]
    now = deps.clock.now()
    if _PHONE_NAMED.search(fold(text)):
        found = _phones_in(text)
        if len(found) != 1:
            return [Reply("Anh/chị gõ số điện thoại mới trong cùng tin nhắn, ví dụ «đổi số điện thoại 0912 345 678».")]
        registrations.change_phone(session=session, profile=profile, phone=found[0][2], now=now)
        return [Reply(f"Đã đổi số điện thoại đăng ký thành {found[0][2]}. Xem hoặc xóa bằng /hoso.")]
    named = _NEW_NAME.search(clean(text))
    name = _uncourteous(named.group(1)) if named else ""
    if not name or not _valid_name(name):
        return [Reply("Anh/chị gõ họ tên mới trong cùng tin nhắn, ví dụ «đổi họ tên thành Nguyễn Văn An». Đơn vị đổi "
                      "được khi đăng ký lại sau khi xóa thông tin bằng /hoso.")]
    registrations.change_name(session=session, profile=profile, full_name=name[:MAX_NAME], now=now)
    return [Reply(f"Đã đổi họ tên đăng ký thành {name[:MAX_NAME]}. Xem hoặc xóa bằng /hoso.")]


def profile_lines(msg: Incoming, session: Session) -> tuple[list[str], tuple[Button, ...]]:
    """What /hoso adds: the registration details and why they are kept, with a delete button."""
    profile = store.touch_profile(session=session, channel=msg.channel, user_id=msg.user_id)
    details = registrations.details_of(session=session, profile=profile)
    if details is None:
        return ["• Thông tin đăng ký lớp: chưa cung cấp (bot hỏi khi anh/chị đăng ký lớp đầu tiên)."], ()
    lines = ["Thông tin đăng ký lớp (chỉ ban tổ chức lớp anh/chị đăng ký được xem):",
             f"• Họ và tên: {details.full_name}", f"• Đơn vị: {details.unit}",
             f"• Điện thoại: {details.phone or 'không cung cấp'}",
             "Muốn đổi, anh/chị gõ «đổi số điện thoại 0912 345 678» hoặc «đổi họ tên thành …»."]
    return lines, (Button(labels.DELETE_REGISTRATION_DETAILS, callbacks.pack("dk", "del")),)


# ------------------------------------------------------------------ «lớp nào đang mở đăng ký?»

_REG = r"(?:dang ky|dang ki|dki|dky|dk|ghi danh)"
# «lớp nào đang mở đăng ký», «lop nao con dang ky duoc», «còn lớp nào nhận đăng ký không» (folded).
_OPEN_LIST = re.compile(rf"\b(?:(?:dang|con|van) (?:mo |nhan |cho )?|mo |nhan |con han ){_REG}\b"
                        rf"|\b{_REG} (?:duoc|dc)\b")
# «lớp nào hết hạn đăng ký hôm nay», «lop nao co han dk ngay mai», «những lớp nào đóng đăng ký tuần này»: the
# classes asked for by their deadline (a remark «lớp 3/12 hết hạn rồi hả» is none).
_CLOSING = (rf"(?:sap )?(?:het han|qua han|den han|han chot|han cuoi)(?: nhan)?(?: {_REG})?"
            rf"|(?:dong|khoa|ket thuc|(?<!con )han)(?: nhan)? {_REG}")  # «còn hạn đăng ký» is open
_CLOSING_LIST = re.compile(rf"\b(?:lop|khoa)(?: \w+){{0,4}}? nao (?:\w+ ){{0,2}}?(?:{_CLOSING})\b")
_PASSED = re.compile(r"\b(?:het|qua) han (?:\w+ ){0,2}?roi\b|\bda (?:het|qua) han\b")
# A question about classes in general, not about the class in view («lớp này còn đăng ký được không»).
_WHICH_CLASSES = re.compile(r"\b(?:lop|khoa)(?: \w+){0,4}? (?:nao|gi)\b|\b(?:nhung|cac|co|con) (?:lop|khoa)\b")
# One class of those in view («lớp này», «cái thứ 2», «lớp đầu tiên»), and «khi nào» (when, not which).
_THIS_CLASS = re.compile(r"\b(?:lop|khoa|cai) (?:nay|do|day|kia|vua roi|vua xong|tren|thu \w+|dau|cuoi|sau)\b")
_WHEN = re.compile(r"\b(?:khi|luc|hom|ngay|thang|tuan) nao\b")
# What such a question says besides asking it: none of these words narrows the list.
_FILLER = frozenset(re.findall(r"\w+", """lop khoa hoc nao nhung cac co khong ko k kg hong a ah vay nhi hien nay
    bay gio luc di the ha nua con dang duoc dc mo nhan cho van han het qua dong ket thuc chot cuoi den ky ki dki dky
    dk ghi danh la vao minh em anh chi ad ban oi xin hoi biet giup voi nhe nha ak u uh roi sap tai thoi diem
    trong hien tai"""))
# The period of a «hết hạn đăng ký …» question: the window of deadlines, not a filter on the classes' dates.
_PERIOD_WORDS = re.compile(r"\b(?:hom nay|hnay|ngay mai|mai|ngay kia|(?:ngay )?hom qua|hqua|tuan (?:nay|sau|toi|truoc)|"
                           r"thang (?:nay|sau|toi)|"
                           r"cuoi tuan(?: nay)?|trong tuan|\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
                           # «trong 3 ngày tới», «hai tuần nữa»: a span ahead (of the deadlines, not of the classes)
                           r"(?:trong )?(?:\d{1,3}|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi) (?:ngay|hom|tuan|thang)"
                           r" (?:toi|nua|sap toi|ke tiep|tiep theo))\b")


def registration_list_asked(text: str) -> str | None:
    """"open" for «lớp nào đang mở đăng ký», "closing" for «lớp nào hết hạn đăng ký tuần này» (a period must
    be said; without one, the engine answers «lớp nào hết hạn đăng ký rồi»), else None."""
    folded = _WHEN.sub(" ", fold(text))
    if _THIS_CLASS.search(folded) or not _WHICH_CLASSES.search(folded) or account_request(text) is not None:
        return None  # (and «các lớp tôi đã đăng ký» asks for one's own places)
    if _CLOSING_LIST.search(folded) and not _PASSED.search(folded):
        return "closing"
    if _OPEN_LIST.search(folded) and not re.search(r"\bsap\b|\bhuy\b", folded):
        return "open"
    return None


def narrowing(text: str, *, period: bool = True) -> str:
    """The question a registration-list question asks of the classes without its registration words (and
    without its period unless `period`), folded: «lớp nữ công nào còn nhận đăng ký» → «lớp nữ công nào»;
    "" when what is left narrows nothing («lớp nào đang mở đăng ký»)."""
    folded = fold(text) if period else _PERIOD_WORDS.sub(" ", fold(text))
    folded = _CLOSING_WORDS.sub(" ", _OPEN_LIST.sub(" ", folded))
    words = re.findall(r"\w+", folded)
    return " ".join(words) if any(w not in _FILLER for w in words) else ""


_CLOSING_WORDS = re.compile(rf"\b(?:{_CLOSING})\b")


# ------------------------------------------------------------------ «còn chỗ không?»

# «bao nhiêu người đăng ký rồi», «đã có mấy người đk», «lớp này đăng ký được bao nhiêu người rồi» (folded): how many
# registered, a count only (who they are is never said).
_COUNT_ASKED = re.compile(rf"\b(?:bao nhieu|bn|may|so luong|so) (?:nguoi|ng|hoc vien|anh chi|dong chi)(?: \w+){{0,3}}? "
                          rf"(?:da |dang )?{_REG}\b|\b{_REG} (?:duoc |dc )?(?:bao nhieu|bn|may) (?:nguoi|ng|hoc vien)\b")
# Who registered, or how to reach them («ai đã đăng ký», «danh sách người đăng ký», «sđt những người đk»):
# personal data, never a count question answered with names. «Ai đăng ký được» asks who may: not this.
_WHO_ASKED = re.compile(rf"\b(?:nhung )?ai (?:da |vua |moi )?{_REG}\b(?! (?:duoc|dc|khong|ko))"
                        rf"|\b(?:danh sach|ds|ten|ho ten|so dien thoai|sdt|thong tin)(?: \w+){{0,2}}? (?:nguoi|hoc vien)"
                        rf"(?: \w+){{0,2}}? (?:da |dang )?{_REG}\b")


class Seats(NamedTuple):
    """The answer to a seats or count question, and the classes it is about (code, title), in its order."""

    replies: list[Reply]
    courses: list[tuple[str, str]]


def seats_question(text: str, msg: Incoming, deps: Deps, session: Session,
                   subject: Subject | None = None, profile: UserProfile | None = None,
                   asker: Profile | None = None) -> Seats | None:
    """«Còn chỗ không?», «lớp ATVSLĐ còn chỗ không»: places left on the class named, or on the class the
    conversation is about (the subject of the last answer): one of a list picked by its position, by a
    word of its title or by «lớp đó» (with several listed and none in view, each of them). «Bao nhiêu người
    đăng ký rồi» about such a class: the count of registrations and places left, never who they are. `asker`:
    the asker as the engine sees them, whose province's class a class named by its date alone is."""
    folded = fold(text)
    still = bool(_STILL_OPEN.search(folded)) and not _MANY_ASKED.search(folded)
    seats = still or said_as(text, _SEATS, _SEATS_MARKED)
    who = not seats and bool(_WHO_ASKED.search(folded))
    count = not seats and (who or bool(_COUNT_ASKED.search(folded)))
    if not (seats or count):
        return None
    engine = deps.knowledge.engine()
    now = deps.clock.now()
    rest = _WHO_ASKED.sub(" ", _COUNT_ASKED.sub(" ", _SEATS.sub(" ", _STILL_OPEN.sub(" ", folded))))
    rest = re.sub(r"\b(lop|nay|do|khong|ko|k|nua|a|vay|the|nhi|oi|roi|chua|da|co|cho xin|xin|cua|voi|\?)\b", " ",
                  rest)
    rest = " ".join(rest.split()).strip(" ?.!")
    ids: list[int] = []
    # A class's code typed in the question, looked up (not every class's code folded at each question).
    code = next((engine.courses.courses[pos] for w in rest.split() if (pos := engine.courses.by_code.get(w)) is not None),
                None)
    if code is not None:
        ids = [code.id]
    elif subject is not None and subject.codes:
        ids, shown = _listed_meant(text, engine, session, subject, now)
        if shown:  # «lớp thứ 2» of a list of one: no class is guessed in its place
            return Seats([Reply(f"Danh sách vừa rồi chỉ có {vn.number(shown)} lớp. Anh/chị hỏi lớp nào? Gõ tên "
                                "hoặc mã lớp, ví dụ «lớp an toàn lao động còn chỗ không».")], [])
    if not ids and rest and (who or not count):
        # «ai đã đăng ký lớp nữ công»: the class named is looked up (a bare count, «năm 2016 có bao nhiêu người
        # đăng ký học», may be a figure of the plans, left to the engine below).
        # who: by the class named, not the words around
        ans = engine.answer(f"lop {rest}" if who else text, now=now, profile=asker)
        named = list(ans.courses[:3]) if ans.intent in ("course", "register") else []
        home = province_key(asker.province) if asker is not None and asker.province else ""
        if home and not (ans.slots.provinces or ans.slots.places or ans.slots.org_ids):
            # «lớp 10/12 còn đăng ký được không», no place said: the class of the asker's province is the one
            # meant; another province's class of that day only where their province has none.
            named = [c for c in named if _province_of(c.province) == home] or named
        ids = [c.id for c in named]
    if not ids and subject is not None:
        in_view = subject.focus or (subject.codes[0] if subject.kind == "course" and subject.codes else None)
        found = session.scalar(select(Course.id).where(Course.code == in_view)) if in_view else None
        ids = [found] if found is not None else []
    if not ids and count and not rest and subject is not None and subject.kind == "courses" and not subject.stale:
        # «bao nhiêu người đăng ký rồi» under a list, none of it in view: the count of each (a count is no guess).
        ids = _ids_of(session, subject.codes[:LISTED_MOST])
    if not ids:
        if who:  # never read as a wish to register, nor answered with anything about the people
            return Seats([Reply(f"{WHO_PRIVATE_ALONE} Anh/chị hỏi lớp nào? Gõ tên hoặc mã lớp, ví dụ «lớp an toàn "
                                "lao động có bao nhiêu người đăng ký».")], [])
        if count:
            return None  # «năm 2016 có bao nhiêu người đăng ký học»: no class in view, a question for the engine
        return Seats([Reply("Anh/chị hỏi lớp nào? Gõ tên hoặc mã lớp, ví dụ «lớp an toàn lao động còn chỗ không».")], [])
    lines = [WHO_PRIVATE] if who else []
    about: list[tuple[str, str]] = []
    buttons: list[Button] = []
    for course_id in ids:
        course = session.get(Course, course_id)
        if course is None:
            continue
        taken, capacity = registrations.seats(session=session, course=course)
        status = _count_text(taken, capacity) if count else compose.seats_text(taken, capacity)
        if not registrations.takes_registrations(course, now):
            status += " — lớp không nhận đăng ký lúc này"
        elif capacity is None or taken < capacity:
            buttons.append(Button(compose.short(f"Đăng ký: {course.title}", 56), callbacks.pack("rg", course.id)))
        # A class of another province than the asker's says where it is: «lớp 12/12» is not theirs.
        where = (f", {course.province}" if asker is not None and asker.province and course.province
                 and _province_of(course.province) != province_key(asker.province) else "")
        lines.append(f"• {course.title} ({compose.when_text(course, deps.tz)}{where}): {status}.")
        about.append((course.code, course.title))
    if not about:
        return Seats([Reply(compose.STALE)], [])
    if len(about) == 1 and not count:
        course = session.get(Course, ids[0])
        if course is not None:
            # One class: yes or no first, with why; its line (when, places) after it.
            lines.insert(1 if who else 0, open_verdict(course, session, deps.tz, now))
            held = registrations.own_status(session=session, profile=profile, course_ids=[course.id]) \
                if profile is not None else {}
            if course.id in held:
                # The asker holds a place on it (or waits for one): that is what they need first, not whether
                # others may still register; no register choice is offered.
                lines.insert(1 if who else 0, registered.ALREADY if held[course.id] == "registered"
                             else registered.WAITING)
                buttons = [b for b in buttons if b.data != callbacks.pack("rg", course.id)]
    return Seats([Reply("\n".join(lines), tuple(buttons))], about)


def _province_of(name: str | None) -> str:
    """The key of today's province a class's province cell names (a former province's: the one it is part of)."""
    return province_key(current_province(name) or name) if name else ""


def open_verdict(course: Course, session: Session, tz: dt.tzinfo, now: dt.datetime) -> str:
    """Whether `course` takes a registration now, said first («Còn ạ» / «Không ạ» / «Hết chỗ rồi ạ»), with why:
    its deadline or its state (its places are on its line after this)."""
    deadline = (vn.weekday_date(course.registration_deadline, tz) if course.registration_deadline is not None
                else None)
    if not registrations.takes_registrations(course, now):
        if course.status == "cancelled":
            return "Không ạ, lớp này đã bị hủy."
        if course.status == "postponed":
            return "Không ạ, lớp này đã hoãn, chưa nhận đăng ký."
        if course.status != "open":
            return "Chưa ạ, lớp này chưa mở đăng ký."
        if course.registration_deadline is not None and course.registration_deadline < now:
            return f"Không ạ, lớp này đã hết hạn đăng ký ({deadline})."
        return "Không ạ, lớp này đã bắt đầu nên không nhận đăng ký nữa."
    until = f" đến hết {deadline}" if deadline else ""
    taken, capacity = registrations.seats(session=session, course=course)
    if capacity is not None and taken >= capacity:
        return f"Hết chỗ rồi ạ; anh/chị vẫn có thể vào danh sách chờ{until}."
    return f"Còn ạ, lớp này còn nhận đăng ký{until}."


# Said before the count when who registered is asked: names and phones are personal data (Law 91/2025/QH15).
WHO_PRIVATE = ("Danh sách và thông tin của người đăng ký chỉ ban tổ chức lớp xem được; mình chỉ báo được số "
               "người đăng ký:")
WHO_PRIVATE_ALONE = ("Danh sách và thông tin của người đăng ký chỉ ban tổ chức lớp xem được; mình chỉ báo được số "
                     "người đăng ký của một lớp.")


def _ids_of(session: Session, codes: Sequence[str]) -> list[int]:
    """The ids of the classes `codes`, in that order."""
    by_code = {c: i for c, i in session.execute(select(Course.code, Course.id).where(Course.code.in_(list(codes))))}
    return [by_code[c] for c in codes if c in by_code]


LISTED_MOST = 5  # classes of a list answered at once for «lớp đó còn chỗ không» when none is in view


def _listed_meant(text: str, engine: QAEngine, session: Session, subject: Subject,
                  now: dt.datetime) -> tuple[list[int], int]:
    """The classes of the list in view a seats question points at, read as any follow-up is: one by its
    position, a word of its title or a pronoun (`knowledge.search.subject.answer_in_context`); a pronoun
    with several listed and none in view: each of them (a count for each is no guess). [] for none; with
    how many classes were shown when the position asked is past them (else 0)."""
    _, _, follow = answer_in_context(engine, text, subject, now=now)
    if follow.beyond is not None:
        return [], follow.shown or len(subject.codes)
    codes: list[str] = []
    if follow.code is not None and follow.code in subject.codes:
        codes = [follow.code]
    elif follow.action == "choose" and follow.choices:
        codes = [c.code for c in follow.choices if c.code in subject.codes][:LISTED_MOST]
    return _ids_of(session, codes), 0


def _count_text(taken: int, capacity: int | None) -> str:
    """«đã có 12 người đăng ký, còn 28/40 chỗ»: the count asked, with the places it leaves."""
    said = f"đã có {vn.number(taken)} người đăng ký"
    if capacity is None:
        return said + " (không giới hạn số chỗ)"
    free = max(capacity - taken, 0)
    return said + (f", còn {vn.number(free)}/{vn.number(capacity)} chỗ" if free else f", đã đủ {vn.number(capacity)} chỗ")


def seats_of(session: Session, course_id: int) -> int:
    """Places taken, for «còn N/M chỗ» under a class's details."""
    return registrations.registered_count(session=session, course_id=course_id)

