"""Messages that are not questions about training: small talk, complaints, and requests about one's own
registrations, as chairs type them on a phone («cam on nhe», «ok», «thôi», «bot trả lời sai rồi»,
«tôi đã đk những lớp nào», «hủy đăng ký lớp đó»).

They are read before a message is taken as a follow-up of the last answer: «cảm ơn nhé» ends with the
same «nhé» as «thế tháng sau nhé?», and «hủy đăng ký lớp đó» names a class like «đăng ký lớp đó» does,
yet neither asks the question before again nor asks to register. Pure functions over folded words.
"""

from __future__ import annotations

import re
import unicodedata

from knowledge.text import expand, fold

# Every word of a message that is only courtesy, a greeting or an acknowledgement. A message made only of
# these is small talk; one word outside them («lớp», «chỉ tiêu», a place) makes it a question.
_COURTESY = frozenset((
    "cam", "on", "nhieu", "nhe", "nha", "a", "ad", "admin", "bot", "ban", "em", "anh", "chi", "minh", "toi", "tui",
    "chau", "ok", "oke", "okay", "okie", "tks", "thanks", "thank", "you", "thx", "ty", "vang", "da", "u", "uh",
    "um", "uhm", "roi", "duoc", "dc", "thoi", "khoi", "khong", "ko", "k", "can", "xin", "chao", "alo", "hello",
    "hi", "hey", "moi", "lan", "dau", "dung", "thu", "biet", "hieu", "ro", "hay", "qua", "tot", "lam", "giup",
    "nhen", "nghen", "oi", "mn", "nguoi", "buoi", "sang", "chieu", "good", "morning", "ak", "ah", "the", "vay",
    # Goodbyes and laughter, as typed on Zalo: «tạm biệt», «bye bye», «bb nhé», «hihi», «hẹn gặp lại».
    "tam", "biet", "bye", "bai", "bb", "goodbye", "hen", "gap", "lai", "hihi", "hehe", "haha", "hix", "kk",
    "kkk", "keke", "hjhj", "uk", "ukm", "oki", "okela", "e", "nhe", "vg", "vang", "dz",
))
_THANKS = re.compile(r"\b(?:cam on|camon|tks|thanks|thank|thx|ty)\b")
_BYE = re.compile(r"\b(?:tam biet|bye|bai bai|bb|goodbye|hen gap lai)\b")
_LAUGH = re.compile(r"^(?:(?:hi|he|ha|hj|kk|ke)+|hix|kkk)(?: \w+)*$")
_GREETING = re.compile(r"^(?:xin chao|chao|alo|hello|hi|hey|good morning)\b")
_ACK = re.compile(r"\b(?:ok|oke|okay|okie|oki|okela|uk|ukm|vg|vang|da|u|uh|um|uhm|duoc|dc|thoi|khoi|khong can|hieu|ro|biet"
                  # «đúng rồi», «rồi ạ»; never «đúng» alone, which is also the name «Dũng» typed without marks.
                  r"|dung roi|roi)\b")
# «thôi», «thôi khỏi», «không cần đâu»: the chair lets the matter go.
_NEVER_MIND = re.compile(r"^(?:thoi|thoi khoi|khoi|thoi khong can|khong can|thoi bo qua|bo qua)(?: \w+){0,2}$")
# A registration offered and turned down: «thôi không đăng ký nữa», «em không đk đâu», «thôi hủy», «để sau nhé».
# Its «đăng ký» is no request for one, and a search on those words lists classes to register for. «không đăng ký
# được» (a registration that fails) is a question, so only a closing word may follow.
_DECLINE = re.compile(
    r"^(?:(?:thoi|vay thoi|the thoi|da|u|ok|oke|vang) )*(?:(?:minh|em|e|toi|tui|anh|chi) )?"
    r"(?:(?:khong|ko|k|hong|khoi|chua) (?:can |muon )?(?:dang ky|dk|dki|dky)"
    r"(?: (?:nua|lop (?:nay|do|kia|ay)|dau|luc nay|bay gio|voi))*"
    r"|(?<=thoi )(?:huy|bo)(?: di)?|de (?:sau|luc khac|khi khac|em suy nghi them|minh suy nghi them))"
    r"(?: (?:a|nhe|nha|nhen|ad|em|nghe|ha))*$"
)

# A complaint about the bot's answers, whatever else the message says.
_COMPLAINT = re.compile(
    r"\b(?:tra loi|rep|bot|noi) (?:\w+ )?(?:sai|khong dung|ko dung|linh tinh|lung tung|vo duyen|chan)\b"
    r"|\bsai (?:roi|het|bet|be bet)\b|\bkhong dung (?:roi|gi ca|y)\b|\bvo dung\b|\bchan (?:qua|the)\b"
    r"|\bhoi (?:hoai|mai|nhieu lan) (?:ma|van|cung)\b|\bkhong hieu (?:gi|y)\b|\bkem qua\b"
)

# «tôi đã đăng ký những lớp nào», «lịch học của mình», «lớp em đã đk»: the chair's own places (/lich).
_MINE = r"(?:toi|minh|em|tui|anh|chi|e|mk|mik)"
_REGISTERED = re.compile(
    rf"\b{_MINE} (?:da )?dang ky (?:nhung |cac )?(?:lop|khoa) (?:nao|gi)\b"
    # «lớp của e còn học ko», «lớp em đăng ký có bị hủy không»: how the chair's own classes stand.
    rf"|\b(?:lop|khoa|lich hoc) cua {_MINE}\b|\b(?:lop|khoa) {_MINE} (?:da |vua )?dang ky\b"
    rf"|\b{_MINE} da dang ky (?:\w+ ){{0,8}}(?:nao|gi|chua|roi|nhung lop|lop nao)\b"
    rf"|\b(?:lich hoc|lich tap huan|cac lop|nhung lop|lop) (?:cua )?{_MINE}(?: da dang ky)?$"
    rf"|\b(?:lop|khoa) {_MINE} da dang ky\b|\bxem (?:lai )?(?:cac |nhung )?lop (?:da )?dang ky\b"
    rf"|\bda dang ky (?:nhung |cac )?lop nao\b"
)
# «hủy đăng ký», «rút tên khỏi lớp», «không đi được nữa»: give up a place (asked, never guessed).
_CANCEL = re.compile(
    r"\b(?:huy|rut|bo|xoa) (?:dang ky|ten|cho|suat)\b|\b(?:xin )?rut (?:khoi|ten)\b"
    r"|\bkhong (?:di|tham gia|hoc|theo) (?:duoc )?(?:lop \w+ )?nua\b|\bhuy (?:lop|cho) (?:cua )?" + _MINE + r"\b"
    # «em muốn hủy lớp giải quyết tranh chấp», «cho mình hủy lớp đó», «hủy lớp vừa đăng ký»: the chair's place in it
    # (an organiser calls a class off on the web workspace, not here).
    rf"|\b(?:{_MINE} |cho {_MINE} |giup {_MINE} )?(?:muon|xin|can|dinh|phai) (?:huy|rut|bo) (?:lop|khoa)\b"
    r"|\b(?:huy|rut khoi|bo) (?:lop|khoa) (?:do|nay|kia|ay|vua dang ky|da dang ky|dang ky)\b"
    # «hủy», «hủy đi», «cancel» alone: asked which place (nothing is given up unasked), or told there is none.
    r"|^(?:huy|cancel)(?: (?:di|nhe|nha|a|ad|giup|cho|em|minh|toi|voi))*$"
)

# The person's own data (Law 91/2025 gives them the right to see and erase it): «xóa thông tin của tôi», «xoá dữ
# liệu của em», «cho tôi xem thông tin của tôi», «xóa số điện thoại đăng ký». Their own, or the registration's:
# «xóa thông tin lớp» is an organiser's errand, not this.
_MY_DATA = (r"(?:thong tin|du lieu|ho so|so dien thoai|sdt|ho ten)(?: ca nhan| dang ky)?"
            rf"(?: (?:cua )?{_MINE}\b| ca nhan\b| dang ky\b| da (?:cung cap|gui|luu)\b)")
_DATA = r"(?:thong tin|du lieu|ho so|so dien thoai|so dt|sdt|ho ten)"
_DELETE_DATA = re.compile(rf"\b(?:xoa|xoa bo|bo|huy)(?: het| toan bo| tat ca| giup| giup {_MINE}| cho {_MINE})? "
                          rf"(?:het |toan bo |tat ca |cac |nhung )?{_MY_DATA}"
                          # «tôi muốn xóa số điện thoại», «xóa sđt đi»: asked by the person, or data only a person has.
                          rf"|\b{_MINE} (?:muon |can |xin |de nghi )?(?:xoa|xoa bo|bo) (?:het |toan bo |tat ca |cac |nhung )?"
                          rf"{_DATA}\b|^(?:xoa|xoa bo|bo) (?:so dien thoai|so dt|sdt|ho ten)\b")
_SHOW_DATA = re.compile(rf"\b(?:xem|coi|kiem tra|tra)(?: lai)? (?:cac |nhung )?{_MY_DATA}"
                        rf"|\b{_MINE} (?:da )?(?:cung cap|gui|de lai) (?:nhung |nhu )?(?:thong tin|du lieu) (?:gi|nao)\b"
                        # «bot đang lưu những thông tin gì của tôi», «bot biết gì về em», «có dữ liệu nào về tôi».
                        rf"|\b(?:luu|giu|co|nam|biet)(?: \w+){{0,2}}? (?:nhung |cac )?(?:thong tin|du lieu)(?: \w+){{0,2}}? "
                        rf"(?:cua|ve) {_MINE}\b|\b(?:thong tin|du lieu) (?:gi|nao) (?:cua|ve) {_MINE}\b"
                        rf"|\bbiet (?:gi|nhung gi) ve {_MINE}\b")
# «đổi số điện thoại 0987654321», «sửa họ tên», «cập nhật sđt»: the person's own registration details, changed.
_CHANGE_DATA = re.compile(r"\b(?:doi|sua|cap nhat|thay|thay doi|chinh sua)(?: lai)? (?:lai )?"
                          r"(?:so dien thoai|so dt|sdt|ho ten|ho va ten|thong tin dang ky)\b")


# A thumbs-up or an OK sign sent alone is an «ok» (Zalo's keyboard offers it first); a thumbs-down a «không».
_OK_SIGNS = re.compile("[\U0001F44D\U0001F44C\u2705\U0001F197\u2714]")
_NO_SIGNS = re.compile("[\U0001F44E\u274C\u274E\U0001F645\u2716]")


def words(text: str) -> str:
    """Folded words with teencode expanded («đk» → «dang ky», «ko» → «khong»); 👍 read as «ok», 👎 as «không»."""
    signs = _NO_SIGNS.sub(" khong ", _OK_SIGNS.sub(" ok ", text))
    if signs != text and not any(unicodedata.category(ch) == "So" for ch in signs):
        text = signs  # a thumbs-up among other pictures («🙂👍🎉») is no answer: nothing read there
    return " ".join(expand(re.findall(r"[0-9a-z]+", fold(text))))


# The answer to a yes/no question typed in words («có», «ok hủy đi», «vâng ạ», «không, giữ nguyên», «thôi»), folded:
# every word one of these or courtesy. A «không» or «thôi» anywhere makes it a no («không hủy», «ok thôi khỏi»).
_YES_WORDS = frozenset(re.findall(r"\w+", """co ok oke okay okie oki okela dong y vang da u uh um uk ukm yes chac
    chan dung roi duoc dc phai"""))
# What is said with the yes («ok hủy đi», «có, xóa luôn»): no yes alone, as «hủy» at «vẫn đăng ký?» means no.
_ALONG = frozenset(re.findall(r"\w+", "huy xoa dang ky luon lam di cho vay the cho nhe"))
_NO_WORDS = frozenset(re.findall(r"\w+", "khong ko k kg hong hok thoi chua giu nguyen no khoi can de sau dung lai"))
_NO_SAID = re.compile(r"\b(?:khong|ko|k|kg|hong|hok|thoi|chua|giu|no|khoi)\b|\bdung (?:huy|xoa|gui|lai)\b"
                      r"|\bde sau\b")
_ACTION_WORDS = frozenset({"huy", "xoa", "gui", "dang", "ky"})
_KEEP_A_PLACE = re.compile(r"\bgiu (?:cho|suat)\b")
_POLITE = frozenset(re.findall(r"\w+", "a ah ak nhe nha nhen em anh chi minh toi tui ad admin bot ban oi ha dau chu nua ma"))


def yes_no(text: str) -> str | None:
    """"yes" or "no" for a message that only answers a yes/no question («có», «co», «ok hủy đi», «👍», «vâng ạ»;
    «không», «ko», «thôi», «đừng hủy», «không, giữ nguyên»), else None: «có lớp nào khác không» asks something."""
    folded = words(text)
    tokens = folded.split()
    if _KEEP_A_PLACE.search(folded):
        return None  # «giữ chỗ cho mình nhé»: a place asked for (a registration), no «giữ nguyên»
    if not tokens or len(tokens) > 6 or not all(t in _YES_WORDS or t in _NO_WORDS or t in _POLITE or t in _ALONG
                                                for t in tokens):
        return None
    if _NO_SAID.search(folded) or "đừng" in unicodedata.normalize("NFC", text).lower():
        return "no"
    return "yes" if any(t in _YES_WORDS for t in tokens) else None


def small_talk(text: str) -> str | None:
    """"thanks", "greeting", "ack" for a message that is only that («cam on nhe», «alo», «ok», «thôi»,
    «chào bạn, mình mới dùng lần đầu»); "decline" for a registration turned down («thôi không đăng ký nữa»,
    «thôi hủy»); "complaint" for one about the bot's answers; else None."""
    folded = words(text)
    if not folded:
        return None
    if _COMPLAINT.search(folded):
        return "complaint"
    if _DECLINE.match(folded):
        return "decline"
    tokens = folded.split()
    if not all(t in _COURTESY for t in tokens):
        # «có», «đồng ý», «không, giữ nguyên» with no yes/no question waiting (the core reads them first when one
        # is): an acknowledgement, not a question. «hủy đi», «đăng ký» ask for something.
        return "ack" if yes_no(text) is not None and not set(tokens) & _ACTION_WORDS else None
    if _THANKS.search(folded):
        return "thanks"
    if _BYE.search(folded):
        return "bye"
    if _GREETING.search(folded):
        return "greeting"
    if _ACK.search(folded) or _NEVER_MIND.match(folded) or _LAUGH.match(folded):
        return "ack"
    return None


# «xem thêm», «xem tiếp», «còn nữa ko», «còn lớp nào nữa không», «tiếp đi»: the next page of the list shown,
# as the «Xem thêm» button gives it.
_MORE = re.compile(
    r"^(?:(?:cho )?(?:minh |em |toi |tui )?xem (?:them|tiep|nua|het|tiep theo|cac lop con lai|lop khac)(?: \w+)?"
    r"|con (?:(?:lop|khoa|cai) )?(?:nao |gi |khac )?nua(?: (?:khong|ko|k|hem|ko vay|khong vay))?"
    r"|con (?:lop|khoa) (?:nao )?khac (?:nua )?(?:khong|ko|k)|(?:tiep|tiep di|tiep theo|next|them nua|them)"
    r"|trang (?:sau|tiep))"
    r"(?: (?:a|nhe|nha|di|ad|voi|ban|em|oi|vay))*$"
)


def more_request(text: str) -> bool:
    """Whether a message asks for more of the list just shown («xem thêm», «còn nữa ko»)."""
    return _MORE.match(words(text)) is not None


def account_request(text: str) -> str | None:
    """"registered" for «which classes did I register for», "cancel" for «cancel my registration»,
    "show_data" / "delete_data" / "change_data" for «xem / xóa / đổi thông tin của tôi»; else None."""
    folded = words(text)
    if _DELETE_DATA.search(folded):
        return "delete_data"
    if _SHOW_DATA.search(folded):
        return "show_data"
    if _CHANGE_DATA.search(folded):
        return "change_data"
    if _CANCEL.search(folded):
        return "cancel"
    if _REGISTERED.search(folded):
        return "registered"
    return None


# A worker's rights asked about («công ty nợ lương thì làm sao», «lương tối thiểu vùng 2026», «đoàn phí đóng bao
# nhiêu %», «nghỉ thai sản mấy tháng»), folded: labour law, which the union's legal advice office answers, not a
# training assistant. «thương lượng» folds to «… luong»: only phrases of pay count, never «luong» alone.
_LABOUR_MATTER = re.compile(
    r"\b(?:no luong|cham luong|chua tra luong|khong tra luong|tru luong|cat luong|tang luong|luong toi thieu"
    r"|luong co ban|luong co so|muc luong|bang luong|tien luong|doan phi|thai san|bao hiem xa hoi|bhxh"
    r"|bao hiem that nghiep|bao hiem y te|bhyt|bhtn|sa thai|duoi viec|cho thoi viec|tro cap thoi viec"
    r"|hop dong lao dong|hdld|nghi phep nam|phep nam|lam them gio|tang ca|ky luat lao dong|khoi kien"
    r"|kien cong ty|dinh cong|luong huu|nghi huu)\b")
# Words of training: «lớp về đoàn phí», «tập huấn BHXH» ask for a class, which the bot answers.
_TRAINING_ASKED = re.compile(r"\b(?:lop|khoa hoc|khoa|tap huan|boi duong|dao tao|huan luyen|hoc|dang ky|chi tieu"
                             r"|giang vien|thuong luong|bai viet)\b")


def labour_matter(text: str) -> bool:
    """Whether a message asks about a worker's pay, insurance, dues or contract with no word of training: labour
    law, outside what the bot answers, wherever the conversation was."""
    folded = words(text)
    return bool(_LABOUR_MATTER.search(folded)) and not _TRAINING_ASKED.search(folded)


# What a chair asks of a class that no plan column holds (a certificate, meals, a bed, an allowance, transport):
# a training question all the same, so the class's organiser is named, never «out of scope». Each pattern with
# the words the reply says the plan leaves out.
_UNWRITTEN = (
    # «ăn ở thế nào», «có lo ăn ở không»: board and lodging together, before «ăn ở đâu» (where to eat) below.
    (re.compile(r"\ban o (?:the nao|ra sao|nhu the nao|nhu nao|ntn|sao|co|khong|ko|k|kg)\b"
                r"|\b(?:lo|bo tri|ho tro|bao) (?:cho )?an o\b"), "việc ăn, ở"),
    (re.compile(r"\b(?:giay chung nhan|chung nhan|chung chi|cap bang|cap giay|giay xac nhan|bang cap)\b"),
     "việc cấp giấy chứng nhận"),
    (re.compile(r"\b(?:an (?:o dau|uong|trua|toi|sang|nghi)|tien an|suat an|bua an|cho an|bao an|lo an)\b"),
     "việc ăn uống"),
    (re.compile(r"\b(?:cho (?:o|ngu|nghi)|nha nghi|khach san|o lai|luu tru|nghi lai|phong nghi|bo tri (?:cho )?o"
                r"|ngu (?:o dau|lai))\b"), "chỗ ở"),
    (re.compile(r"\b(?:ho tro (?:tien|chi phi|di lai|xang xe|an|o)|phu cap|cong tac phi|tien di lai|tien xe"
                r"|xe dua don|dua don|tien boi duong|thanh toan (?:tien|chi phi))\b"), "khoản hỗ trợ, chi phí đi lại"),
)


def unwritten_detail(text: str) -> str | None:
    """What a question about a class asks that plans do not record («có được cấp giấy chứng nhận không», «ăn ở
    đâu», «có hỗ trợ tiền ăn không»), worded for «Kế hoạch không ghi …»; None for any other message."""
    folded = words(text)
    return next((said for pattern, said in _UNWRITTEN if pattern.search(folded)), None)


# Asking for a person, or who is answering («tôi muốn nói chuyện với người thật», «có ai ở đó ko», «bot là ai»).
_WHO_ANSWERS = re.compile(
    r"\b(?:nguoi that|nguoi truc|(?:noi chuyen|gap|lien he|trao doi|chat) (?:truc tiep )?voi (?:nguoi|can bo|admin|ai)"
    r"|co ai (?:o do|day|do|truc|khong|o day)|(?:bot|ban|em|may|ad|admin) (?:la ai|la gi|la nguoi hay may)"
    r"|ai dang (?:tra loi|nhan tin|chat)|(?:day|do) (?:la )?(?:bot|may|nguoi) (?:hay|a|khong)|la (?:bot|may) (?:a|ha|khong)"
    r"|^(?:(?:bot|ad|admin) oi )?(?:bot|ad|admin) (?:la ai|oi la ai))")


def asks_for_person(text: str) -> bool:
    """Whether a message asks for a human or who (what) is answering: the bot says plainly that it is one."""
    return bool(_WHO_ANSWERS.search(words(text)))
