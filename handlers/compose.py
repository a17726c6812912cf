"""Vietnamese wording: turns the engine's structured answers into replies.

Replies are plain text; each channel escapes and renders it (HTML on Telegram, numbered choices where
there are no buttons). Every figure is followed by its source.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence

from handlers import commands
from handlers import labels as btn
from handlers.callbacks import pack
from handlers.types import Button, Reply
from knowledge import format as vn
from knowledge import timing
from knowledge.index import Item
from knowledge.language.followup import (
    aspect_asked,
    base_title,
    batch_asked,
    batch_of,
    postponed,
    says_only_of,
)
from knowledge.language.places import REGIONS, current_province, province_key, region_of
from knowledge.lexicon import FORMATS, ROLES, TOPICS
from knowledge.models import Course
from knowledge.qa import MERGER_YEAR, Answer, called_off_asked
from knowledge.records import CourseRec, DocumentRec, FactRec, SourceRec, TargetRec
from knowledge.registrations import takes_registrations
from knowledge.search.aspects import PHONE_NUMBER
from knowledge.search.subject import (
    asked_first,
    class_words,
    dated_by_period_only,
    fitting_first,
    online_for,
    shown_courses,
    shown_order,
)
from knowledge.slots import SPAN_KINDS, Slots, TimeSlot
from knowledge.text import fold, normalise

_ABLE = (
    "Mình có thể giúp anh/chị:\n"
    "• Tìm lớp tập huấn, bồi dưỡng: «lớp nào cho chủ tịch CĐCS tháng tới?», «lớp ATVSLĐ ở Lạng Sơn»\n"
    "• Xem chỉ tiêu đào tạo và tiến độ: «chỉ tiêu năm nay của LĐLĐ tỉnh?»\n"
    "• Tra số liệu đào tạo cán bộ công đoàn: «năm 2016 Hà Nội mở bao nhiêu lớp?»\n"
    "• Tra văn bản, chương trình: «Chương trình 1464/CTr-TLĐ là gì?»\n"
)


def _capabilities(*, organiser: bool) -> str:
    return _ABLE + "Lệnh: " + commands.help_lines(organiser=organiser) + "."


CAPABILITIES = _capabilities(organiser=False)
# The first screen on a phone: what to ask, and where the commands are (the long list lives in /help).
WELCOME = (
    "Xin chào! Mình là trợ lý đào tạo cán bộ công đoàn. Anh/chị cứ hỏi bằng tiếng Việt, có dấu hay không dấu "
    "đều được.\n\n" + _ABLE + "Gõ /help để xem các lệnh, /lich để xem lớp đã đăng ký."
)
_TIP = "\n\nMẹo: nói rõ đối tượng, tỉnh và thời gian để có kết quả sát nhất."
HELP = "Hướng dẫn sử dụng\n\n" + CAPABILITIES + _TIP
HELP_ORGANISER = "Hướng dẫn sử dụng\n\n" + _capabilities(organiser=True) + _TIP
HINT = "Gõ /help để xem những gì mình trả lời được."
# After a first miss: what the bot answers, without the list of commands (one more phone screen).
ABLE_SHORT = _ABLE + HINT
MERGED = "({former} nay thuộc {current}.)"
# A returning user's «alo», «chào em»: one line, not the whole menu again.
HELLO_AGAIN = "Chào anh/chị! Anh/chị cần tìm lớp, xem chỉ tiêu hay tra số liệu ạ? (/help để xem hướng dẫn.)"
ACK = "Dạ. Anh/chị cần gì thêm cứ nhắn mình nhé."
DECLINED = "Dạ, mình chưa đăng ký lớp nào cho anh/chị. Khi cần, anh/chị cứ nhắn mình nhé."
HELLO_SHORT = "Chào anh/chị!"
# A greeting right under the role menu: the menu is not printed a second time.
HELLO_AT_ROLE = "Chào anh/chị! Anh/chị {pick} vai trò ở danh sách ngay trên, hoặc cứ hỏi luôn ạ."
BYE = "Chào anh/chị! Khi cần tìm lớp hay xem chỉ tiêu, anh/chị cứ nhắn mình nhé."
SORRY = (
    "Mình xin lỗi vì trả lời chưa đúng ý anh/chị. Câu hỏi đã được ghi lại để cán bộ phụ trách xem. Anh/chị thử hỏi "
    "lại ngắn gọn, nêu rõ lớp gì, ở tỉnh nào, tháng nào (ví dụ «hạn đăng ký lớp nữ công ở Cần Thơ»)."
)
NOTHING_TO_CANCEL = "Anh/chị chưa đăng ký lớp nào nên chưa có gì để hủy. Gõ /khoahoc để xem lớp sắp tới."
WHICH_TO_CANCEL = "Anh/chị muốn hủy chỗ ở lớp nào? (Mình sẽ hỏi lại trước khi hủy.)"
NOT_AMONG_MINE = "Mình không thấy lớp anh/chị nói trong các lớp anh/chị đã đăng ký."
THANKS = "Không có gì ạ! Anh/chị cần thêm thông tin gì về lớp học hay chỉ tiêu đào tạo cứ hỏi mình nhé."
EMPTY = "Anh/chị chưa nhập nội dung. Hãy gõ câu hỏi, ví dụ: «lớp nào dành cho chủ tịch CĐCS?»"
NO_MEDIA = (
    "Mình chỉ đọc được tin nhắn chữ, chưa xem được ảnh, nhãn dán hay tin nhắn thoại. Anh/chị gõ câu hỏi bằng chữ "
    "giúp mình nhé, ví dụ: «lớp tập huấn tháng tới»."
)
NO_TEXT = (
    "Mình chỉ đọc được chữ, chưa hiểu biểu tượng hay ký hiệu này. Anh/chị gõ câu hỏi bằng chữ giúp mình nhé, ví dụ: "
    "«lớp tập huấn tháng tới»."
)
TRUNCATED = ("Tin nhắn dài quá nên mình chỉ đọc phần đầu và phần cuối. Nếu chưa đúng ý, anh/chị gửi riêng câu hỏi giúp "
             "mình nhé.")
# A long message (a letter pasted) in which no question was found: said so, and the question asked for alone.
LONG_UNCLEAR = ("Tin nhắn của anh/chị khá dài nên mình chưa tìm ra câu hỏi trong đó. Anh/chị gửi riêng câu hỏi, một "
                "hai câu thôi, giúp mình nhé, ví dụ «tháng này có lớp thương lượng tập thể cho chủ tịch CĐCS ở Cần "
                "Thơ không?».")
LONG_MESSAGE = 600  # characters from which a message is a letter rather than a question
# A word the bot had to guess («bn»: Bắc Ninh or «bạn»), said before the answer so a wrong guess is seen.
READING = "(Mình hiểu {reading}; nếu không phải, anh/chị gõ rõ tên tỉnh giúp mình.)"
UNKNOWN_COMMAND = "Mình không biết lệnh «{cmd}». Các lệnh có: " + commands.names(organiser=False) + "."
LINK_CODE = (
    "Mã liên kết của anh/chị: {code} (dùng một lần, hết hạn sau 10 phút).\n"
    "Trên ứng dụng kia (Zalo hoặc Telegram), nhắn cho trợ lý: /lienket {code}\n"
    "Sau khi liên kết, hai tài khoản dùng chung hồ sơ, và tin nhắc gửi tới ứng dụng anh/chị chọn."
)
# A personal list asked for in a group, when the bot cannot write to the person privately.
OPEN_PRIVATE_CHAT = ("Thông tin này là của riêng anh/chị nên bot không gửi vào nhóm. Anh/chị mở trò chuyện riêng "
                     "với bot, bấm Bắt đầu rồi gõ lại lệnh nhé.")
LINK_IN_GROUP = "Để giữ bí mật mã liên kết, anh/chị nhắn /lienket riêng cho trợ lý, không gõ trong nhóm nhé."
PROFILE_IN_GROUP = ("Để giữ kín thông tin cá nhân, anh/chị nhắn /hoso riêng cho trợ lý để xem hoặc xóa, "
                    "không gõ trong nhóm nhé.")
LINK_TOO_MANY = "Anh/chị đã nhập sai mã nhiều lần. Đợi 1 giờ rồi thử lại, hoặc lấy mã mới bằng /lienket trên ứng dụng kia."
LINK_BAD = "Mã liên kết không đúng hoặc đã hết hạn. Trên ứng dụng kia gõ /lienket để lấy mã mới."
LINK_DONE = (
    "Đã liên kết với tài khoản {other} của anh/chị. Hồ sơ dùng chung; tin nhắc lịch gửi tới ứng dụng anh/chị dùng gần "
    "nhất (gõ /lienket để đổi)."
)
CHANNEL_NAMES = {"telegram": "Telegram", "zalo": "Zalo", "cli": "dòng lệnh", "test": "thử nghiệm"}
OFF_TOPIC_HEAD = ("Xin lỗi, câu hỏi này nằm ngoài phạm vi của mình — mình chỉ trả lời về đào tạo, bồi dưỡng cán bộ "
                  "công đoàn.")
OFF_TOPIC = OFF_TOPIC_HEAD + "\n\n" + CAPABILITIES
# Labour law (pay, insurance, dues, contracts): out of scope too, and where a chair gets it answered. No phone
# number: the bot holds none it could vouch for.
LABOUR_OFF_TOPIC_HEAD = ("Xin lỗi, câu hỏi về tiền lương, bảo hiểm, đoàn phí, chế độ của người lao động nằm ngoài "
                         "phạm vi của mình — mình chỉ trả lời về đào tạo, bồi dưỡng cán bộ công đoàn (lớp học, đăng ký, "
                         "chỉ tiêu). Anh/chị hỏi văn phòng tư vấn pháp luật của LĐLĐ tỉnh, thành phố hoặc công đoàn "
                         "cấp trên trực tiếp để được hướng dẫn.")
UNKNOWN_HEAD = ("Xin lỗi, mình chưa có thông tin để trả lời câu hỏi này. Câu hỏi đã được ghi lại để cán bộ phụ trách "
                "bổ sung.")
# A law named with its year that no article or plan gives an account of, before the classes that teach it.
UNANSWERED_LAW = "Mình chưa có thông tin về nội dung của {law}; dưới đây là các lớp có học nội dung này."
UNKNOWN = UNKNOWN_HEAD + "\n\n" + CAPABILITIES
# A phone, an e-mail, an address or a web site asked that no record gives: said plainly, not «no information».
NO_CONTACTS_HEAD = ("Xin lỗi, mình không có số điện thoại, email, địa chỉ hay trang web của các đơn vị công đoàn. "
                    "Câu hỏi đã được ghi lại để cán bộ phụ trách bổ sung.")
NO_COURSE = (
    "Hiện chưa có lớp nào phù hợp với câu hỏi của anh/chị trong lịch. Câu hỏi đã được ghi lại để cán bộ phụ trách "
    "xem xét.\nAnh/chị thử hỏi rộng hơn, ví dụ «lớp sắp tới», hoặc gõ /khoahoc."
)
# The same, naming what the question set that no class meets: «Hiện chưa có lớp nào về …, dành cho …, sắp tới ở
# Lạng Sơn». The asker sees what was searched and can widen it.
NO_COURSE_AS_ASKED = (
    "Hiện chưa có lớp nào{what} {when}. Câu hỏi đã được ghi lại để cán bộ phụ trách xem xét.\n"
    "Anh/chị thử hỏi rộng hơn, ví dụ «lớp sắp tới», hoặc gõ /khoahoc."
)
# A period already over, with none of the classes asked held in it (`Answer.held_none`): said plainly.
NO_COURSE_HELD = ("Trong {period} không có lớp nào{what}{where} được tổ chức.\n"
                  "Anh/chị muốn xem các lớp sắp tới, hỏi ví dụ «lớp sắp tới», hoặc gõ /khoahoc.")
DID_YOU_MEAN = "Có phải anh/chị muốn hỏi…"
BAD_TIME = ("Không có {what} ạ. Anh/chị xem lại thời gian giúp mình, ví dụ «lớp tháng 12», «lớp ngày 15/12» "
            "hoặc «lớp sắp tới».")
PAGE_PREFIX = "p:"  # button data for the next page of a course list: "p:<offset>"
NO_MORE = "Không còn lớp nào khác trong danh sách này. Anh/chị hỏi lại để xem danh sách mới nhé."
# A lock or statement timeout (knowledge.db.is_busy): nothing of the turn was written.
BUSY = "Hệ thống đang bận, anh/chị vui lòng thử lại sau ít phút."
ERROR = "Xin lỗi, mình đang gặp trục trặc nên chưa trả lời được. Anh/chị thử lại sau ít phút nhé."
FLOOD = "Anh/chị gửi nhanh quá, mình chưa kịp đọc hết. Đợi vài giây rồi hỏi tiếp giúp mình nhé."
CONFIRM_CANCEL_PLACE = ("Anh/chị chắc chắn muốn hủy chỗ ở lớp «{title}» ({when})? Chỗ sẽ được nhường cho người "
                        "đang chờ.")
CONFIRM_UNLINK = "Anh/chị chắc chắn muốn hủy liên kết? Hai tài khoản sẽ dùng riêng hồ sơ."
CONFIRM_CANCEL_DRAFT = "Anh/chị chắc chắn muốn hủy bản nháp thông báo này?"
KEPT = "Đã giữ nguyên, không thay đổi gì."
WHICH_REGISTER = "Anh/chị muốn đăng ký lớp nào ạ?"
# Under a register button when the request named someone else: a place is one person's, taken from their own
# account (with their own details).
FOR_SOMEONE_ELSE = ("Nút đăng ký ghi tên người bấm. Người khác muốn học thì tự nhắn cho bot để đăng ký, hoặc "
                    "anh/chị liên hệ ban tổ chức lớp.")
NONE_OPEN_IN_VIEW = ("Các lớp trên đều không nhận đăng ký lúc này (đã hết hạn, chưa mở đăng ký hoặc đã bắt đầu). "
                     "Anh/chị hỏi «lớp nào đang mở đăng ký» để xem các lớp còn nhận đăng ký.")
TYPE_NUMBER = "Anh/chị bấm chọn lớp, hoặc gõ số thứ tự của lớp (ví dụ «1»)."
WHICH_DETAILS = "Anh/chị hỏi lớp nào ạ?"
NO_DETAILS_KEPT = "Anh/chị chưa cung cấp họ tên, đơn vị hay số điện thoại nào để đăng ký."
# The whole profile erased on request («xóa toàn bộ dữ liệu của tôi», /hoso): asked first, then said done.
ERASE_PROFILE_ASK = ("Xóa toàn bộ hồ sơ của anh/chị: vai trò, đơn vị, tỉnh, họ tên, số điện thoại và các câu hỏi "
                     "đã lưu? Các lớp đã đăng ký vẫn giữ chỗ nhưng không kèm tên; muốn hủy chỗ, gõ /lich.")
ERASED_PROFILE = ("Đã xóa toàn bộ hồ sơ của anh/chị. Các lớp đã đăng ký vẫn giữ chỗ, không kèm tên (gõ /lich để "
                  "xem hoặc hủy). Anh/chị vẫn hỏi lớp được như bình thường.")
# Details typed before the register choice was pressed: the form asks for them once opened (the choice comes
# again under it, so the number it names is still the one to type).
# Details typed under a class's register choice: its form opened, the details asked again under its note.
FORM_OPENED = "Mình mở phiếu đăng ký lớp này; anh/chị đọc lưu ý dưới đây rồi gõ lại giúp mình nhé."
DETAILS_BEFORE_REGISTER = "Anh/chị {press} để bắt đầu đăng ký, rồi gửi họ tên, đơn vị sau nhé."
REGISTER_THIS = btn.REGISTER_THIS
# A number typed with no choice pending under it (the list it answered has gone by).
NO_CHOICE_PENDING = ("Hiện không có lựa chọn nào đang chờ số này. Anh/chị nhắn lại điều cần hỏi giúp mình, ví dụ "
                     "«lớp tập huấn tháng tới» hoặc /lich để xem lớp đã đăng ký.")
# «cái thứ 9» after a list of three.
BEYOND_LIST = "Danh sách vừa hiện chỉ có {count} lớp."
SAID_NOTED = ("Dạ, mình ghi nhận anh/chị là {who} (chỉ dùng trong cuộc trò chuyện này). Anh/chị hỏi tiếp, ví dụ "
              "«có lớp nào cho tôi?» hoặc «chỉ tiêu năm nay».")
# Offered after a self-introduction the profile does not hold: kept only when chosen (personal data, Law 91/2025).
# «hà nội năm 2017 thì sao» where that unit has figures of other years only.
NO_FIGURES_OF_YEAR = ("Chưa có số liệu năm {year} của {unit} trong dữ liệu của mình. Về đơn vị này mình có: {has}. "
                      "Anh/chị hỏi lại với một trong các năm đó nhé.")
# A ward or commune said of oneself («tôi ở phường Ninh Kiều»): kept for the conversation, shown and erased by /hoso.
PLACE_NOTED = ("Dạ, mình ghi nhận anh/chị ở {place} (chỉ dùng trong cuộc trò chuyện này; xem hoặc xóa bằng /hoso). "
               "Anh/chị hỏi tiếp, ví dụ «có lớp nào gần tôi không».")
PLACE_KEPT_LINE = "• Nơi anh/chị cho biết trong cuộc trò chuyện này: {place} (không lưu vào hồ sơ)"
PLACE_FORGOTTEN = "Đã xóa nơi anh/chị cho biết ({place}) khỏi cuộc trò chuyện."
SAVE_SAID = ("Anh/chị có muốn lưu {what} vào hồ sơ không? Hồ sơ dùng để gợi ý lớp phù hợp và gửi thông báo, tin "
             "nhắc lớp cho đúng vai trò, địa phương của anh/chị; xem, đổi hoặc xóa bất cứ lúc nào bằng /hoso.")
WHICH_CLASS = ("Anh/chị muốn đăng ký lớp nào ạ? Anh/chị gõ tên lớp (ví dụ «đăng ký lớp nữ công») hoặc hỏi "
               "«lớp sắp tới» để xem danh sách.")
# «lớp đó ở đâu» with no class shown before: which class is meant, never one guessed.
WHICH_ASKED = ("Anh/chị hỏi lớp nào ạ? Anh/chị gõ tên lớp (ví dụ «lớp nữ công ở Cần Thơ») hoặc hỏi «lớp sắp tới» "
               "để xem danh sách.")
# A position said of a list that held no classes («cái thứ 2» after a plan's targets, a «Có phải …» choice or
# the unions to choose from): what the list was (all of it, one of it), said plainly.
LISTED_NOUNS = {"target": ("các chỉ tiêu", "chỉ tiêu"), "item": ("các gợi ý", "gợi ý"), "org": ("các đơn vị", "đơn vị"),
                "role": ("các vai trò", "vai trò")}
LISTED_BEYOND = "Danh sách vừa rồi chỉ có {count} {noun}; anh/chị chọn từ 1 đến {count} ạ."
LISTED_NOT_CLASSES = "Danh sách vừa rồi là {many}, chưa có lớp nào; {noun} thứ {n} là:"
LISTED_NOT_CLASSES_LAST = "Danh sách vừa rồi là {many}, chưa có lớp nào; {noun} cuối là:"
FIND_CLASSES = "Muốn tìm lớp, anh/chị hỏi ví dụ «lớp sắp tới cho chủ tịch CĐCS»."
NOT_CLASSES = "Danh sách vừa rồi là {many}, không phải lớp."
NO_CLASS_LISTED = ("Mình chưa nêu lớp nào để anh/chị chọn theo thứ tự. Anh/chị hỏi ví dụ «lớp sắp tới cho chủ tịch "
                   "CĐCS» để xem danh sách lớp.")
# A message that asked two things was answered on the second: the first is offered, to be asked with a press.
ALSO_ASKED = "Anh/chị còn hỏi: «{question}». Để mình trả lời tiếp, anh/chị {how}."
ALSO_LABEL = "Trả lời câu hỏi đầu"
STALE = "Lựa chọn này không còn nữa (dữ liệu đã thay đổi). Anh/chị hỏi lại giúp mình nhé."

# No class under way today («lớp nào đang diễn ra»).
UNDER_WAY_NONE = "Hiện không có lớp nào đang diễn ra."
RELAXED = {
    "time": "Không có lớp nào đúng thời gian anh/chị hỏi ({when}); đây là các lớp gần nhất sau đó.",
    # The nearest classes may come before the period asked («còn tháng sau» when the next month has none).
    "time_before": "Không có lớp nào đúng thời gian anh/chị hỏi ({when}); đây là các lớp gần nhất.",
    "place": "Chưa có lớp phù hợp ở nơi anh/chị hỏi; đây là các lớp ở nơi khác.",
    "org": "Chưa có lớp của đơn vị anh/chị hỏi; đây là các lớp của đơn vị khác.",
    "role": "Chưa có lớp dành riêng cho đối tượng anh/chị hỏi; đây là các lớp liên quan.",
    "format": "Chưa có lớp theo hình thức anh/chị hỏi; đây là các lớp theo hình thức khác.",
    # The period asked has none: the nearest class before it and the nearest after it are listed.
    "time_around": "Không có lớp nào đúng thời gian anh/chị hỏi ({when}).",
    # «lớp nào đã kết thúc» when none was held lately: the classes to come instead.
    "ended": "Chưa có lớp nào kết thúc {when}; đây là các lớp sắp tới.",
}
# The place asked has no class held there, and online classes (no place) are listed: those are the asker's too.
PLACE_ONLINE_ONLY = "Chưa có lớp học tập trung ở nơi anh/chị hỏi; có lớp trực tuyến, học ở đâu cũng được."
PLACE_ONLINE_TOO = ("Chưa có lớp học tập trung ở nơi anh/chị hỏi; có lớp trực tuyến (học ở đâu cũng được) và lớp "
                    "ở nơi khác.")
ONLINE_WORDS = "trực tuyến{of}, học ở đâu cũng được"
ELSEWHERE_WORDS = "ở nơi khác{of}"
ONLINE_GROUP = "Các lớp " + ONLINE_WORDS + ":"
# Filters the question did not say, taken from the asker's profile: given up first, and said so in one line.
RELAXED_PROFILE = {
    # («sớm nhất», not «gần nhất»: it is the soonest class, and «gần nhất ở Gia Lai» read as the nearest place.)
    "home": "{home} chưa có lớp này; lớp sớm nhất ở nơi khác: {where}.",
    "home_nowhere": "{home} chưa có lớp này; đây là các lớp ở nơi khác.",
    "role": "Chưa có lớp dành riêng cho {role} (theo hồ sơ của anh/chị); đây là các lớp khác.",
}
# Provinces that are centrally run cities: «Thành phố anh/chị», not «Tỉnh anh/chị».
_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})
# A «Dành cho:» line of a list is cut to this many characters (a phone's line or two).
FOR_WHOM_CHARS = 60


def day_asked(ans: Answer) -> tuple[str, str]:
    """The weekday or part of the day a class question asks («vào T7», «buổi chiều»), said with the list: the
    line that no class is held then and the heading's words for the nearest classes at other times, when the
    search gave it up (`relaxed` "day"); else no line and the heading's mark of it («(thứ Bảy)»)."""
    day = ans.slots.day
    if day is None:
        return "", ""
    if "day" not in ans.relaxed:
        return "", f" ({day.label})"
    other = "lúc khác" if day.days and day.parts else "ngày khác" if day.days else "buổi khác"
    when = day.label if day.parts else f"vào {day.label}"
    return f"Chưa có lớp phù hợp học {when}; đây là các lớp gần nhất vào {other}.", f"vào {other}"


def label(terms: tuple[object, ...], key: str | None) -> str:
    """The Vietnamese label of a lexicon key."""
    for t in terms:
        if getattr(t, "key", None) == key:
            return str(getattr(t, "label", key))
    return key or ""


def role_label(key: str | None) -> str:
    return label(ROLES, key)


def cite(source: SourceRec | None, issuer: str | None = None) -> str:
    """"Nguồn: Báo Lạng Sơn — «…» (2018)": the document's title and who issued or published it, never an
    internal code or a file name. `issuer` is the organisation the record belongs to, for imported plans."""
    if source is None:
        return ""
    if source.kind == "sample":
        return "Nguồn: dữ liệu mẫu để dùng thử, không phải kế hoạch thật."
    if source.kind == "import":
        # An imported spreadsheet is the organiser's own plan; its file name means nothing to a member.
        text = "kế hoạch đào tạo" + (f" của {issuer}" if issuer else " do đơn vị tổ chức cập nhật")
    else:
        by = source.publisher or source.issuer
        text = " — ".join([*([by] if by else []), f"«{source.title}»"])
        if source.author:
            # «Bài viết … do ai viết?» is answered by the citation of the article the figures come from.
            text += f", tác giả {source.author}"
    # An imported plan's year is the year it was imported: a 2025 target imported in 2026 would read as a 2026
    # source. The plan's own years are on the lines cited.
    if source.year and source.kind != "import":
        text += f" ({source.year})"
    return "Nguồn: " + text


_UNIT_HEAD = re.compile(r"^(liên đoàn lao động|công đoàn|ban quản lý)\b", re.I)
_UNIT_LEVEL = re.compile(r"\b(Tỉnh|Thành Phố|Thành phố|Huyện|Quận|Thị Xã|Thị xã|Phường|Xã|Ngành)\b(?= \w)")
_UNIT_CASE = {"liên đoàn lao động": "Liên đoàn Lao động", "công đoàn": "Công đoàn", "ban quản lý": "Ban Quản lý"}


def unit(name: str | None) -> str:
    """A union's name with one capitalisation, whoever typed it: «Liên đoàn Lao động thành phố Hồ Chí Minh»
    (the kind of union capitalised as in the union's own documents, the administrative level in lower case)."""
    if not name:
        return ""
    name = _UNIT_HEAD.sub(lambda m: _UNIT_CASE[m.group(1).lower()], name.strip())
    return _UNIT_LEVEL.sub(lambda m: m.group(1).lower(), name)


# What `apart` adds to tell choices apart («… (06/01/2027)», «… (Hải Phòng)»): kept when a label is cut.
_APART = re.compile(r" \([^()]{1,30}\)$")


def short(text: str, limit: int = 56) -> str:
    """At most `limit` characters, cut at a word boundary (for Telegram's buttons; numbered lines show all).
    A short closing parenthesis stays: three «Tập huấn công tác ATVSLĐ và phòng…» buttons differ by their dates."""
    if len(text) <= limit:
        return text
    tail = _APART.search(text)
    if tail is not None and limit - len(tail.group(0)) >= 16:
        return short(text[: tail.start()], limit - len(tail.group(0))) + tail.group(0)
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,:;–—-") + "…"


def also_asked(question: str, *, buttons: bool) -> str:
    """The line offering the first of two questions asked in one message (quoted short)."""
    return ALSO_ASKED.format(question=short(question.rstrip(" ?"), 120), how=press(ALSO_LABEL, buttons=buttons))


def press(label: str, *, buttons: bool) -> str:
    """How to pick an option: «bấm» a button where the channel has them, otherwise type its number."""
    return f"bấm «{label}»" if buttons else f"gõ số ứng với «{label}»"


# ------------------------------------------------------------------ courses

def place_of(venue: str | None, province: str | None) -> str:
    """Where a class is held, as a reader today knows the place: a class a plan placed in a former province
    (merged in 2025) says that province «cũ» and today's province («phường Sóc Trăng (Sóc Trăng cũ), Cần
    Thơ»), as offices write it, instead of naming a province that no longer exists as if it did."""
    today = current_province(province) if province else None
    if not province or today is None or today == province:
        return ", ".join(filter(None, (venue, province)))
    former = f"{province} cũ"
    said = bool(venue) and fold(former) in fold(venue or "")
    here = bool(venue) and fold(today) in fold(venue or "")  # «…, Cần Thơ» written already: not twice
    return ", ".join(filter(None, ((venue or "") + ("" if said or not venue else f" ({former})"),
                                   "" if here else today if venue else f"{today} ({former})")))


def course_line(c: CourseRec, tz: dt.tzinfo, now: dt.datetime | None = None, *, province: bool = False,
                for_whom: bool = False) -> str:
    """A course in a list: title, when, where, how, deadline. `province`: an online class says its province
    too (a list of classes elsewhere than the place asked must say where each one is). `for_whom`: whom the
    class is for, as the organiser wrote it, short («Dành cho: …»)."""
    when = when_text(c, tz)
    if (part := day_part(c)) and not timing.period_of(c):
        # «Tối 25/12 – Tối 29/12, 3 buổi»: without its part of the day and its sessions, a list would show a
        # shift worker five working days.
        when = f"buổi {part} {when}"
    when += meetings(c, tz)
    where = place_of(c.venue, c.province)
    lines = [f"• {c.title}" + (" (mẫu)" if c.is_sample else ""), f"  Thời gian: {when} · {label(FORMATS, c.format)}"]
    audience = short_audience(c) if for_whom else ""
    if audience:
        lines.append(f"  Dành cho: {audience}")
    if where and c.format != "truc_tuyen":
        lines.append(f"  Địa điểm: {where}")
    elif province and c.province:
        lines.append(f"  Tỉnh/thành phố: {c.province} (học trực tuyến)")
    if c.organiser_name:
        lines.append(f"  Đơn vị tổ chức: {unit(c.organiser_name)}")
    if c.registration_deadline:
        lines.append(f"  Hạn đăng ký: {deadline_text(c, now, tz)}")
    if c.status == "cancelled":
        # The organiser's note says why and whether it comes back («Lùi sang năm 2027»): a short one is kept.
        note = _OFF_OPENING.sub("", (c.description or "").strip())
        note = f" — {note[0].upper()}{note[1:]}" if note and len(note) <= 80 else ""
        lines.append(f"  Trạng thái: {called_off(c)}{note}")
    elif c.status == "postponed":
        lines.append(f"  Trạng thái: {put_off(c, tz).replace('Đã hoãn', 'ĐÃ HOÃN', 1)}")
    elif c.status == "finished" or (now is not None and c.ends_at is not None and c.ends_at < now):
        # Listed when whether a class has taken place is asked («đã kết thúc chưa»): said plainly.
        lines.append("  Trạng thái: ĐÃ KẾT THÚC")
    elif now is not None and _under_way(c, now, tz):
        # Listed for the day asked («hôm nay có lớp nào») though begun: the chair sees it is being held.
        lines.append("  Trạng thái: ĐANG DIỄN RA")
    return "\n".join(lines)


def short_audience(c: CourseRec) -> str:
    """Whom a class is for as the organiser wrote it, cut at a word to fit a phone's line («Dành cho: …»)."""
    text = " ".join(audience_text(c).split())
    if len(text) <= FOR_WHOM_CHARS:
        return text
    cut = text[:FOR_WHOM_CHARS].rsplit(" ", 1)[0].rstrip(",;:-–")
    return cut + "…"


def _audience_asked(c: CourseRec, ans: Answer) -> bool:
    """Whether whom the class is for goes without saying: the question (or the asker's role from the profile)
    asked for an audience the class names. With none asked, a list says whom each class is for."""
    asked = set(ans.slots.roles) | ({ans.profile_role} if ans.profile_role else set())
    return bool(asked & set(c.audiences))


def held_in(c: CourseRec, place: str | None) -> bool:
    """Whether a class is held in the province `place` names: in it, or in a former province that is part of
    it today («Cần Thơ» holds a class of «Sóc Trăng cũ»; «Sóc Trăng» does not hold one of Ninh Kiều)."""
    if not c.province or not place:
        return False
    asked = province_key(place)
    return province_key(c.province) == asked or province_key(current_province(c.province)) == asked


def place_missed(ans: Answer) -> bool:
    """Whether the reply may say that the place asked has no class: the search gave the place up and none of
    the classes listed is held there after all (a «no class here» line never comes before a class that is)."""
    if "place" not in ans.relaxed:
        return False
    names = ans.slots.provinces or ((ans.said_place,) if ans.said_place else ())
    return not any(held_in(c, n) for c in ans.courses for n in names)


# The ward or commune the asker said is theirs has no class: the classes listed are their province's.
NEAR_UNHELD = "Mình chưa thấy lớp nào tổ chức tại {place}; dưới đây là các lớp{where} ạ."
# A place named after «ở», «tại» that no plan or map the bot knows says («lớp ở Châu Đốc»).
PLACE_UNKNOWN = ("Mình chưa thấy lớp nào ở «{place}» trong các kế hoạch đã có. Anh/chị hỏi theo tỉnh, thành phố "
                 "(ví dụ «lớp ở Lạng Sơn») hoặc gõ /khoahoc để xem lớp sắp tới.")
# Near the asker, whose place the bot does not know: the list is by date, and how to say where.
# Classes asked «for me» by someone whose province and union are unknown: where, rather than every province's.
WHERE_FOR_ME = ("Anh/chị ở tỉnh/thành phố nào, hoặc thuộc công đoàn nào ạ? Anh/chị gõ tên (ví dụ «Hà Tĩnh», "
                "«CĐ ngành Y tế Hà Tĩnh»), mình tìm lớp ở đó cho anh/chị.")
NEAR_UNKNOWN = ("Mình chưa biết anh/chị ở đâu nên xếp theo ngày học. Anh/chị gõ tỉnh hoặc phường, xã của mình "
                "(ví dụ «tôi ở phường Ninh Kiều, Cần Thơ») để mình tìm lớp gần hơn.")


def relaxed_lines(ans: Answer) -> list[str]:
    """What the search gave up to find the classes listed, one short line each: first what the asker's profile
    implied and the question did not say (their province, their role), then the filters the question said.
    The one place that words what was relaxed: a filter the engine relaxes (`Answer.relaxed`, by name) says
    itself through `RELAXED`; a name with no wording there (an engine-internal step) says nothing."""
    lines: list[str] = []
    shown = shown_courses(ans)
    if ans.home_missed and shown and not any(held_in(c, ans.home_missed) for c in shown):
        mine = "Thành phố" if ans.home_missed in _CITIES else "Tỉnh"
        home = f"{mine} anh/chị ({ans.home_missed})"
        where = shown[0].province
        lines.append(RELAXED_PROFILE["home" if where else "home_nowhere"].format(home=home, where=where))
    if ans.near_unheld and shown:
        where = f" ở {shown[0].province}" if shown[0].province else ""
        lines.append(NEAR_UNHELD.format(place=ans.near_unheld, where=where))
    if ans.near_unknown and shown:
        lines.append(NEAR_UNKNOWN)
    reasons = list(ans.relaxed)
    if ans.profile_role and "role" in reasons:
        reasons.remove("role")
        lines.append(RELAXED_PROFILE["role"].format(role=_lower_first(role_label(ans.profile_role))))
    period = ans.slots.time
    when = period.label if period is not None else ""
    for reason in reasons:
        if reason == "day":
            lines.append(day_asked(ans)[0])
            continue
        if reason == "time" and ans.around:
            reason = "time_around"
        elif reason == "time" and period is not None and any(c.starts_at < period.start for c in ans.courses):
            reason = "time_before"
        elif reason == "time" and ans.ended_since is not None:
            reason, when = "ended", f"từ {ans.ended_since:%d/%m/%Y} đến nay"
        template = RELAXED.get(reason)
        if reason in ("time", "time_around") and _now_asked(period):
            # «lớp nào đang diễn ra» with none under way: said plainly, not «thời gian anh/chị hỏi (đang diễn ra)».
            template = UNDER_WAY_NONE + ("" if ans.around else " Đây là các lớp sắp tới gần nhất.")
        if template is None:  # an engine-internal step («org_venue»: a union's name read as a venue) says nothing
            continue
        if reason == "place" and not place_missed(ans):
            continue  # a class listed is held there after all: no «chưa có lớp ở …» before it
        text = template.format(when=when)
        if reason == "org" and ans.unions_asked:
            # The union asked by name («LĐLĐ huyện Mê Linh»), so the asker sees whose classes are missing.
            text = text.replace("đơn vị anh/chị hỏi", ", ".join(ans.unions_asked), 1)
        if reason == "place" and any(online_for(ans, c) for c in ans.courses):
            # An online class is the asker's wherever they are: what the place lacks is a class held there.
            text = PLACE_ONLINE_ONLY if all(online_for(ans, c) for c in ans.courses) else PLACE_ONLINE_TOO
        if reason == "place" and (ans.slots.provinces or ans.said_place):
            # The province asked by name (or said as the asker's own), so the asker sees what was dropped and
            # that the rest was kept.
            text = text.replace("nơi anh/chị hỏi", ", ".join(ans.slots.provinces or (ans.said_place,)), 1)
        lines.append(text)
    return lines


def nothing_after(c: CourseRec) -> str:
    """«lớp tiếp theo» after the class `c` when the plans hold no later class on its topic for its people there."""
    where = f" ở {current_province(c.province) or c.province}" if c.province else ""
    return f"Sau lớp này, kế hoạch chưa có lớp nào nữa về «{label(TOPICS, c.topic)}»{where}. Lớp anh/chị đang xem:"


def open_online_here(ans: Answer) -> bool:
    """An online class asked at a ward, a commune or a former district («lớp online … ở phường Cam Ranh») and found
    as asked: the online classes of its province listed are open there (`Answer.place_provinces`)."""
    return bool(ans.place_provinces) and "truc_tuyen" in ans.slots.formats and not ans.relaxed


def _now_asked(period: TimeSlot | None) -> bool:
    """Whether the period asked is «đang diễn ra» (today, for a class under way), which reads as no period in
    «gần nhất sau …»."""
    return period is not None and period.kind == "day" and period.label == "đang diễn ra"


def around_period_reply(ans: Answer, lines: list[str], tz: dt.tzinfo, now: dt.datetime) -> Reply:
    """No class in the month or period asked: the nearest class before it and the nearest after it
    (`Answer.around`), each under a line saying which, with a details button each."""
    when = ans.slots.time.label if ans.slots.time is not None else ""
    before, after = (*ans.around, "", "")[:2]
    by_code = {c.code: c for c in ans.courses}
    shown: list[CourseRec] = []
    heads = (("Lớp gần nhất trước đó:", "Lớp sắp tới gần nhất:") if _now_asked(ans.slots.time)
             else (f"Lớp gần nhất trước {when}:", f"Lớp gần nhất sau {when}:"))
    for code, head in zip((before, after), heads, strict=True):
        c = by_code.get(code)
        if c is None:
            continue
        shown.append(c)
        lines += [head, course_line(c, tz, now, province=True, for_whom=not _audience_asked(c, ans))]
    labels = apart([c.title for c in shown], [course_details(c, tz) for c in shown])
    return Reply("\n".join(lines), tuple(Button(f"Chi tiết: {label}", pack("c", c.id))
                                         for c, label in zip(shown, labels, strict=True)))


def _under_way(c: CourseRec, now: dt.datetime, tz: dt.tzinfo) -> bool:
    """Whether a class dated by its day has begun and is not over (one giving no end is held on its day)."""
    if c.tentative or c.starts_at > now:
        return False
    if c.ends_at is not None:
        return c.ends_at > now
    return c.starts_at.astimezone(tz).date() == now.astimezone(tz).date()


# A note opening with the status it says anyway («Tạm hoãn, sẽ thông báo sau»): the rest is what it adds.
_OFF_OPENING = re.compile(r"^(?:lớp )?(?:tạm hoãn|đã hủy|đã huỷ)[,;.:]?\s*", re.I)


def put_off(c: CourseRec | Course, tz: dt.tzinfo, *, opening: bool = True) -> str:
    """A class the plan marks «Đã hoãn»: with the new date its note gives, or saying there is none yet;
    `opening`: as a sentence opens («Đã hoãn…»), else as it goes on («… đã hoãn…»)."""
    new = timing.put_off_to(c)
    said = f"Đã hoãn, lịch mới từ {vn.weekday_date(new, tz)}" if new is not None else "Đã hoãn, chưa có lịch mới"
    return said if opening else "đ" + said[1:]


def called_off(c: CourseRec | Course) -> str:
    """How a class called off is said: put off to a later date (the date planned no longer holds) or dropped,
    as the organiser's note says."""
    return "TẠM HOÃN (lịch cũ đã hủy)" if postponed(c.description) else "ĐÃ HỦY"


def period_text(c: CourseRec | Course) -> str:
    """A planned class's period in one wording for every plan («tháng 4/2027», «quý I/2027»): offices' own
    shorthand («T4/2027») beside weekday lines («Thứ Hai») reads as a day of the week."""
    return c.tentative or c.when_written or ""


def period_as_written(c: CourseRec | Course) -> str:
    """The plan's own words for the period when they differ from `period_text` («T4/2027», «Quý I/2027 (chờ
    kinh phí)»), for replies about that one class: the chair may hold the plan in hand. Empty otherwise."""
    written = c.when_written or ""
    if not written or not c.tentative:
        return ""
    return "" if written.casefold() == c.tentative.casefold() else written


# Said of a class whose plan gave only its dates, on its card and when its hour is asked («lớp đó bắt đầu lúc
# mấy giờ»): short, because it sits under the dates on a phone screen.
HOURS_UNWRITTEN = "Giờ học: kế hoạch chưa ghi"


def hours_written(c: CourseRec | Course) -> bool:
    """Whether the plan gave the class's hours (an import of a date alone stores 08:00–17:00 of its own)."""
    return getattr(c, "hours_written", True) is not False


def hours_unwritten(c: CourseRec | Course, tz: dt.tzinfo, who: str) -> str:
    """The answer to «mấy giờ» of a class whose plan gave only dates: not in the plan, the usual start as such
    (a hedge, never the class's hour), and whom to ask."""
    return f"{usual_hour(c, tz)}; anh/chị hỏi {who} để biết giờ."


def usual_hour(c: CourseRec | Course, tz: dt.tzinfo) -> str:
    """«Giờ học: kế hoạch chưa ghi (thường khoảng 08:00, chưa chắc)»: the usual start offered as a guess (a chair
    planning the trip needs one), never as the class's hour."""
    return f"{HOURS_UNWRITTEN} (thường khoảng {c.starts_at.astimezone(tz):%H:%M}, chưa chắc)"


def day_part(c: CourseRec | Course) -> str:
    """«chiều» when the plan gave only that part of the day («Chiều 14/12/2026»); "" otherwise."""
    return getattr(c, "day_part", None) or ""


def at_time(c: CourseRec | Course, moment: dt.datetime, tz: dt.tzinfo) -> str:
    """«08:00 Thứ Tư, 09/12/2026», or «Thứ Tư, 09/12/2026» when the plan gave no hour: never an hour invented.
    A plan that gave a part of the day: «buổi chiều Thứ Tư, 09/12/2026» on the first day (its stored 13:30 is the
    import's), the day alone on the last."""
    if part := day_part(c):
        day = vn.weekday_date(moment, tz)
        return f"buổi {part} {day}" if vn.date(moment, tz) == vn.date(c.starts_at, tz) else day
    return vn.date_time(moment, tz) if hours_written(c) else vn.weekday_date(moment, tz)


def one_part_day(c: CourseRec | Course, tz: dt.tzinfo) -> bool:
    """A class held in one part of one day the plan named («Chiều 14/12/2026»): said on one line, not as a start
    and an end of the same afternoon."""
    return bool(day_part(c)) and (c.ends_at is None or vn.date(c.ends_at, tz) == vn.date(c.starts_at, tz))


def part_hour(c: CourseRec | Course, tz: dt.tzinfo) -> str:
    """«Giờ học: kế hoạch chỉ ghi buổi chiều (thường bắt đầu khoảng 13:30, chưa chắc)»: the usual start of that
    part offered as a guess (a chair planning the trip needs one, as `usual_hour`), never as the class's hour."""
    return (f"Giờ học: kế hoạch chỉ ghi buổi {day_part(c)} (thường bắt đầu khoảng "
            f"{c.starts_at.astimezone(tz):%H:%M}, chưa chắc)")


def part_only(c: CourseRec | Course, tz: dt.tzinfo, who: str) -> str:
    """The answer to «mấy giờ» of a class whose plan named only the part of the day, and whom to ask."""
    return f"{part_hour(c, tz)}; anh/chị hỏi {who} để biết giờ."


def when_one(c: CourseRec | Course, tz: dt.tzinfo) -> str:
    """`when_text` for a reply about one class: a planned period also as the plan wrote it."""
    written = period_as_written(c)
    return when_text(c, tz) + (f" (kế hoạch ghi «{written}»)" if written else "")


def when_text(c: CourseRec | Course, tz: dt.tzinfo) -> str:
    """«Thứ Sáu, 03/09/2027 – Chủ nhật, 05/09/2027», or «dự kiến tháng 9/2027» when the plan gives only a period."""
    if timing.period_of(c):  # (a class put off to a day its note gives: by that day)
        return f"dự kiến {period_text(c)}"
    starts_at, ends_at = timing.held(c)  # a class put off: its new date (a database row keeps the plan's)
    when = vn.weekday_date(starts_at, tz)
    if ends_at and vn.date(ends_at, tz) != vn.date(starts_at, tz):
        when += f" – {vn.weekday_date(ends_at, tz)}"
    return when


def seats_text(taken: int, capacity: int | None) -> str:
    """«còn 12/40 chỗ», «đã đủ 40 chỗ», or «không giới hạn số chỗ»."""
    if capacity is None:
        return f"không giới hạn số chỗ (đã có {vn.number(taken)} người đăng ký)"
    free = max(capacity - taken, 0)
    return f"còn {vn.number(free)}/{vn.number(capacity)} chỗ" if free else f"đã đủ {vn.number(capacity)} chỗ"


def course_detail(c: CourseRec, tz: dt.tzinfo, now: dt.datetime, taken: int | None = None) -> Reply:
    """Everything about one course; `taken`: places taken, to show «còn N/M chỗ»."""
    lines = [c.title, f"Mã lớp: {c.code}"]
    if c.tentative:
        written = period_as_written(c)
        lines.append(f"Thời gian: dự kiến {period_text(c)} (chưa có ngày cụ thể"
                     + (f"; kế hoạch ghi «{written}»)" if written else ")"))
    else:
        if one_part_day(c, tz):
            lines.append(f"Thời gian: {at_time(c, c.starts_at, tz)}")
        else:
            lines.append(f"Bắt đầu: {at_time(c, c.starts_at, tz)}")
        if c.ends_at and not one_part_day(c, tz):
            # «học mấy ngày?» is answered in days, not left to count from two dates; the plan's own count
            # of study days, when it gives one, is said on a line of its own below.
            days = (c.ends_at.astimezone(tz).date() - c.starts_at.astimezone(tz).date()).days + 1
            span = f" (học {days} ngày)" if 1 < days <= 7 and not c.days else ""
            if 7 < days <= 31 and not c.days:
                # Over a week the plan may skip weekends: the days it spans, not «học N ngày» it may not be.
                span = f" (kéo dài {days} ngày)"
            lines.append(f"Kết thúc: {at_time(c, c.ends_at, tz)}{span}")
        if not hours_written(c):
            lines.append(usual_hour(c, tz))  # (whom to ask: the organiser, on its own line below)
        elif day_part(c):
            lines.append(part_hour(c, tz))
    if c.days:
        lines.append(f"Số ngày học: {vn.number(c.days)} ngày")
    lines.append(f"Hình thức: {label(FORMATS, c.format)}")
    if c.topic or c.topic_text:
        # The organiser's own words when kept: they say more than the catalogue topic they were filed under.
        lines.append("Chủ đề: " + (c.topic_text or label(TOPICS, c.topic)))
    if audience_text(c):
        lines.append(f"Đối tượng: {audience_text(c)}")
    where = place_of(c.venue, c.province)
    if where:
        lines.append(f"Địa điểm: {where}")
    if c.organiser_name:
        lines.append(f"Đơn vị tổ chức: {unit(c.organiser_name)}")
    if c.partner:
        lines.append(f"Đơn vị phối hợp: {c.partner}")
    if taken is not None and (c.capacity or taken):
        lines.append(f"Số chỗ: {seats_text(taken, c.capacity)}")
    elif c.capacity:
        lines.append(f"Số chỗ: {vn.number(c.capacity)}")
    if c.registration_deadline:
        lines.append(f"Hạn đăng ký: {deadline_text(c, now, tz)}")
    if c.status == "cancelled":
        lines.append(f"Lớp này {called_off(c)}.")
    elif c.status == "postponed":
        lines.append(f"Trạng thái: {put_off(c, tz)}.")
    if note := timing.note_shown(c):  # («Hoãn sang 15/01» of a class since moved and opened again: left out)
        lines.append(note)
    if c.source:
        lines.append(cite(c.source, unit(c.organiser_name)))
    return Reply("\n".join(lines), (register_button(c),) if open_for_registration(c, now) else ())


def aspects_reply(c: CourseRec, aspects: Sequence[str], tz: dt.tzinfo, now: dt.datetime, *,
                  roles: Sequence[str] = (), dated: bool = False) -> Reply | None:
    """`aspect_reply` for a message asking several details at once («học mấy ngày, ở đâu»): each detail's lines
    under the one title, none said twice (a class called off is said so once). None when the first detail is
    one no line words (the card answers it); a later one no line words is left to the card one press away."""
    first = aspect_reply(c, aspects[0], tz, now, roles=roles, dated=dated) if aspects else None
    if first is None or len(aspects) == 1:
        return first
    title, _, body = first.text.partition("\n")
    lines = body.split("\n")
    for aspect in aspects[1:]:
        more = aspect_reply(c, aspect, tz, now, roles=roles, dated=dated)
        if more is not None:
            lines += [line for line in more.text.partition("\n")[2].split("\n") if line not in lines]
    return Reply("\n".join([title, *lines]), first.buttons)


def audience_text(c: CourseRec) -> str:
    """Whom a class is for, as its card says it; "" when the plan names nobody."""
    if c.audience_written:  # as the plan wrote it: the roles lose «mới bầu»
        return c.audience_written
    return ", ".join([*(role_label(a) for a in c.audiences), *filter(None, c.audience_text.split("; "))])


# A phone number in a class's note («Liên hệ chị Lan 0912 345 678»), as the search reads one.
_PHONE_IN_NOTE = re.compile(PHONE_NUMBER)


def aspect_reply(c: CourseRec, aspect: str, tz: dt.tzinfo, now: dt.datetime, *,
                 roles: Sequence[str] = (), dated: bool = False) -> Reply | None:
    """One detail asked about the class in view («ở đâu», «hạn đk khi nào», «mang gì»): a line or two that
    answer it, with the full card one press away. A phone screen shows the answer without scrolling.
    None for a detail this does not word (the card answers it). `roles`: the audience asked about, for
    "eligible" («kế toán có học được không»); `dated`: its date beside its title, for a class no earlier reply
    showed."""
    who = unit(c.organiser_name) if c.organiser_name else "đơn vị tổ chức"
    place = place_of(c.venue, c.province)
    if aspect == "place":
        text = ("Lớp học trực tuyến" + (f" ({place})." if place else ".")) if c.format == "truc_tuyen" else (
            f"Địa điểm: {place}." if place else f"Kế hoạch chưa ghi địa điểm; anh/chị hỏi {who}.")
    elif aspect == "time":
        text = f"Thời gian: {when_one(c, tz)}." if c.tentative else (
            f"Thời gian: {at_time(c, c.starts_at, tz)}.\n{part_only(c, tz, who)}" + spread_days(c, tz)
        ) if one_part_day(c, tz) else (
            f"Bắt đầu: {at_time(c, c.starts_at, tz)}." + (f"\nKết thúc: {at_time(c, c.ends_at, tz)}." if c.ends_at else "")
            + ("" if hours_written(c) else "\n" + hours_unwritten(c, tz, who)) + spread_days(c, tz))
    elif aspect == "duration":
        if c.tentative or not c.ends_at:
            return None
        days = (c.ends_at.astimezone(tz).date() - c.starts_at.astimezone(tz).date()).days + 1
        text = f"Lớp học {days} ngày: {when_one(c, tz)}."
        if c.days and c.days < days:
            # Held on separate days (two Saturdays): the plan's count of study days, as the card says it,
            # never the span of the dates read as days of class.
            text = f"Lớp học {vn.number(c.days)} ngày, không liên tục, trong khoảng {when_one(c, tz)}." + spread_note(c)
    elif aspect == "deadline":
        if c.tentative:
            # A class with no day takes no registration yet (knowledge.registrations): its opening is the news.
            text = (f"Lớp mới dự kiến {period_text(c)}, chưa có ngày học nên chưa nhận đăng ký. "
                    f"Đăng ký sẽ mở khi {who} thông báo ngày học.")
        elif c.registration_deadline is None:
            text = f"Kế hoạch không ghi hạn đăng ký; anh/chị đăng ký sớm, trước ngày học ({when_one(c, tz)})."
        else:
            text = f"Hạn đăng ký: {deadline_text(c, now, tz)}."
    elif aspect == "organiser":
        text = f"Đơn vị tổ chức: {who}." + (f"\nĐơn vị phối hợp: {c.partner}." if c.partner else "")
    elif aspect == "contact":
        # No plan has a column for a phone: the organiser to contact, and the class's note when it gives one.
        note = timing.note_shown(c)
        phone = bool(note and _PHONE_IN_NOTE.search(note))
        text = (f"Liên hệ: {note}\nĐơn vị tổ chức: {who}." if phone else (
            "Kế hoạch không ghi người liên hệ hay số điện thoại của lớp. Anh/chị liên hệ đơn vị tổ chức: "
            f"{who}, hoặc công đoàn cấp trên của đơn vị mình."))
    elif aspect == "format":
        # «có học online không»: how it is held, and for a class held online where (the meeting app the plan
        # names) and when, which is what the asker needs to join.
        text = f"Hình thức: {label(FORMATS, c.format)}."
        if c.format == "tap_trung":
            # «học online được không» of a class held in a hall: the answer is no, said as such.
            text = f"Hình thức: {label(FORMATS, c.format)}; lớp học tại chỗ, không học trực tuyến."
        if c.format in ("truc_tuyen", "ket_hop"):
            text += (f"\nHọc trực tuyến qua: {c.venue}." if c.venue and c.format == "truc_tuyen" else "")
            text += f"\nThời gian: {when_one(c, tz)}."
    elif aspect == "note":
        note = timing.note_shown(c)
        text = f"Lưu ý của ban tổ chức: {note}" if note else (
            f"Kế hoạch không ghi cần mang gì; anh/chị hỏi {who} nếu cần.")
    elif aspect == "status":
        if c.status == "postponed":
            text = f"Lớp này {put_off(c, tz, opening=False)}." + (f"\nGhi chú của ban tổ chức: {c.description}"
                                                          if c.description else "")
        elif c.status == "cancelled":
            text = f"Lớp này {called_off(c)}." + (f"\nGhi chú của ban tổ chức: {c.description}" if c.description else (
                f"\nAnh/chị hỏi {who} để biết lớp thay thế."))
        else:
            text = f"Lớp không bị hủy, vẫn theo kế hoạch: {when_one(c, tz)}."
    elif aspect == "schedule":
        if c.tentative:
            # Reminders of the deadline go to the class's audience by profile once it takes registrations
            # (knowledge.reminders._deadline_audience): that is the one notice the bot gives of a date set.
            text = (f"Lớp mới dự kiến {period_text(c)}, kế hoạch chưa có ngày học cụ thể. Khi {who} chốt ngày, "
                    "anh/chị hỏi lại mình sẽ có lịch. Khi lớp mở đăng ký, mình nhắc hạn đăng ký cho ai có vai trò, "
                    "đơn vị (trong /hoso) đúng đối tượng của lớp.")
        else:
            text = "Lớp đã có lịch chính thức: " + when_one(c, tz) + "."
    elif aspect == "eligible":
        audience = audience_text(c)
        asked = ", ".join(role_label(r) for r in roles)
        if not audience:
            text = f"Kế hoạch lớp không ghi đối tượng; anh/chị hỏi {who} để biết chắc."
        elif roles and set(roles) & set(c.audiences):
            text = f"Đối tượng: {audience}.\n{asked} thuộc đối tượng của lớp này, anh/chị đăng ký được."
        elif asked:
            text = (f"Đối tượng: {audience}.\nKế hoạch không ghi {asked}; anh/chị hỏi {who} xem lớp có nhận không, "
                    f"hoặc hỏi mình «lớp nào cho {asked}».")
        else:
            text = f"Đối tượng: {audience}."
    elif aspect == "fee":
        note = timing.note_shown(c)
        text = f"Kế hoạch lớp không ghi học phí; anh/chị hỏi {who} để biết chắc." + (
            f"\nGhi chú của lớp: {note}" if note else "")
    else:
        return None
    if c.status == "cancelled" and aspect != "status":
        # Whatever is asked of a class called off, that it is called off comes first: its place and dates are
        # no plan any more.
        text = f"Lớp này {called_off(c)}.\n{text}"
    if c.status == "postponed" and aspect in ("time", "duration", "schedule", "deadline"):
        # Its dates asked: that it is put off first; with no new date yet, the plan's old ones are no answer.
        undated = timing.put_off_to(c) is None
        text = f"Lớp này {put_off(c, tz, opening=False)}." + ("" if undated else f"\n{text}")
    if (c.status not in ("cancelled", "postponed") and aspect not in ("time", "duration", "schedule", "status")
            and (c.status == "finished" or (c.ends_at is not None and c.ends_at < now))):
        # A class already held, asked of by its place («ai tổ chức lớp … ở Côn Đảo»): the detail, and that it is
        # over (the asker may have heard of it after the fact).
        text += "\nLớp đã kết thúc."
    buttons = [Button(btn.CLASS_DETAILS, pack("c", c.id))]
    if open_for_registration(c, now):
        buttons.insert(0, register_button(c))
    title = f"{c.title} ({when_text(c, tz)})" if dated else c.title
    return Reply(f"{title}\n{text}", tuple(buttons))


_SESSIONS = re.compile(r"Số buổi học: (\d+)")


def meetings(c: CourseRec, tz: dt.tzinfo) -> str:
    """« (3 buổi)», « (2 ngày học)» of a class that meets fewer times than its first and last day span, as the
    plan counts them; "" for a class held every day between (or one day)."""
    if c.ends_at is None or c.tentative:
        return ""
    span = (c.ends_at.astimezone(tz).date() - c.starts_at.astimezone(tz).date()).days + 1
    sessions = _SESSIONS.search(c.description or "")
    if sessions and span > 1:
        return f" ({sessions.group(1)} buổi)"
    return f" ({vn.number(c.days)} ngày học)" if c.days and c.days < span else ""


def spread_days(c: CourseRec, tz: dt.tzinfo) -> str:
    """«\nSố ngày học: 2 ngày (không liên tục)…» of a class whose plan counts fewer study days than its dates
    span (held on Saturdays only): its first and last day alone read as a class every day between; "" else."""
    if not c.days or c.ends_at is None or c.tentative:
        return ""
    span = (c.ends_at.astimezone(tz).date() - c.starts_at.astimezone(tz).date()).days + 1
    if c.days >= span:
        return ""
    return f"\nSố ngày học: {vn.number(c.days)} ngày (không liên tục)." + spread_note(c)


def spread_note(c: CourseRec) -> str:
    """The organiser's note, which says which days a class spread over weeks meets; "" when it has none."""
    note = timing.note_shown(c)
    return f"\nGhi chú của ban tổ chức: {note}" if note else ""


def unwritten_reply(c: CourseRec, what: str, now: dt.datetime) -> Reply:
    """A detail of the class in view that no plan records (a certificate, meals, a bed, an allowance): said
    unwritten, with its organiser to ask and the organiser's note when there is one."""
    who = unit(c.organiser_name) if c.organiser_name else "đơn vị tổ chức lớp"
    note = timing.note_shown(c)
    text = f"{c.title}\nKế hoạch lớp không ghi {what}; anh/chị hỏi {who} để biết chắc." + (
        f"\nGhi chú của ban tổ chức: {note}" if note else "")
    buttons = [Button(btn.CLASS_DETAILS, pack("c", c.id))]
    if open_for_registration(c, now):
        buttons.insert(0, register_button(c))
    return Reply(text, tuple(buttons))


def unwritten_list_reply(organisers: Sequence[str], what: str) -> Reply:
    """The same detail asked under a list of classes («có ăn ở không» after «lớp nào cho chủ tịch …»): no plan
    records it for any of them; whom to ask (their organiser when they share one), and how to see one class."""
    names = list(dict.fromkeys(organisers))
    who = unit(names[0]) if len(names) == 1 else "đơn vị tổ chức của từng lớp"
    return Reply(f"Kế hoạch các lớp vừa nêu không ghi {what}; anh/chị hỏi {who} để biết chắc. "
                 "Muốn xem một lớp, anh/chị gõ số thứ tự của lớp đó.")


# Who is answering, asked («bot là ai», «có ai ở đó ko», «cho tôi nói chuyện với người thật»): said plainly.
WHO_ANSWERS = ("Mình là trợ lý tự động (chatbot) về đào tạo, bồi dưỡng cán bộ công đoàn, không phải người trực. "
               "Mình trả lời về lớp tập huấn, đăng ký học và chỉ tiêu đào tạo; gõ /help để xem cách hỏi.")
WHO_ANSWERS_ASK = "Cần trao đổi với người, anh/chị liên hệ {who}."
WHO_ANSWERS_LDLD = "LĐLĐ tỉnh, thành phố nơi anh/chị công tác"
# A button's label typed after its buttons were replaced: the choice is gone, and what to do now.
LAPSED_CHOICE = "Lựa chọn này đã hết hạn (các nút bấm đã thay đổi)."
LAPSED_DO = " Anh/chị gõ {command} để làm việc này, hoặc hỏi lại câu vừa rồi."
LAPSED_NOTHING = " Anh/chị không cần làm gì thêm; muốn tiếp tục thì hỏi lại câu vừa rồi hoặc gõ /khoahoc."


def who_answers(organiser: str | None) -> Reply:
    """The bot saying what it is, and whom to contact for a person: the organiser of the class in view, else
    the chair's LĐLĐ."""
    who = unit(organiser) + " (đơn vị tổ chức lớp đang xem) hoặc " + WHO_ANSWERS_LDLD if organiser else WHO_ANSWERS_LDLD
    return Reply(WHO_ANSWERS + "\n" + WHO_ANSWERS_ASK.format(who=who))


def lapsed_choice(command: str) -> Reply:
    return Reply(LAPSED_CHOICE + (LAPSED_DO.format(command=command) if command else LAPSED_NOTHING))


def open_for_registration(c: CourseRec, now: dt.datetime) -> bool:
    """The same rule as the registration itself (a class dated by a period has not started while it lasts)."""
    return takes_registrations(c, now)


def no_date_yet(c: CourseRec | Course) -> str:
    """Why a class the plan dates only by a period takes no registration, and when it will: a short answer
    to «đăng ký lớp này» (docs/import-format.md, «Ngày tháng»)."""
    name = c.organiser_name if isinstance(c, CourseRec) else (c.organiser.name if c.organiser else None)
    who = unit(name) if name else "đơn vị tổ chức"
    return (f"Lớp «{c.title}» mới dự kiến {period_text(c)}, chưa có ngày học nên chưa nhận đăng ký. "
            f"Đăng ký sẽ mở khi {who} thông báo ngày học.")


def starts_phrase(c: CourseRec | Course, tz: dt.tzinfo) -> str:
    """«bắt đầu 15/01/2027 08:00», or for a class with only a period «dự kiến tháng 4/2027 (chưa có ngày cụ
    thể)»: its stored start is only the period's first day, not a day to come."""
    if timing.period_of(c):
        return f"dự kiến {period_text(c)} (chưa có ngày cụ thể)"
    return f"bắt đầu {at_time(c, timing.held(c)[0], tz)}"


def deadline_text(c: CourseRec, now: dt.datetime | None, tz: dt.tzinfo) -> str:
    """The deadline as a chair reads it: its date and flag; for a class put off whose deadline went by with the
    old schedule, that the new one is still to come, with whom to ask: «đã hết hạn» beside a new date reads
    as «I can't go»."""
    assert c.registration_deadline is not None
    date = vn.weekday_date(c.registration_deadline, tz)
    if c.status == "postponed" and now is not None and c.registration_deadline < now:
        who = unit(c.organiser_name) if c.organiser_name else "đơn vị tổ chức"
        return f"hạn {date} là theo lịch cũ; hạn theo lịch mới sẽ được thông báo, anh/chị hỏi {who}"
    return date + deadline_flag(c.registration_deadline, now, tz)


def deadline_flag(deadline: dt.datetime, now: dt.datetime | None, tz: dt.tzinfo) -> str:
    """What a chair must know beside a deadline's date: « (đã hết hạn)», « (hôm nay, đến 23:59)» or
    « (ngày mai)» — a deadline that ends tonight reads like any other date otherwise."""
    if now is None:
        return ""
    if deadline < now:
        return " (đã hết hạn)"
    days = (deadline.astimezone(tz).date() - now.astimezone(tz).date()).days
    if days == 0:
        return f" (hôm nay, đến {deadline.astimezone(tz):%H:%M})"
    return " (ngày mai)" if days == 1 else ""


def register_button(c: CourseRec) -> Button:
    return Button(btn.REGISTER_THIS, pack("rg", c.id))


# «bao nhiêu lớp», «mấy lớp», «số lớp», «bao nhiêu khóa» (folded).
_COUNT_ASKED = re.compile(r"\b(?:bao nhieu|may|so|tong so|tong cong) (?:lop|khoa|khoa hoc)\b")


NO_PASSED_DEADLINE = ("Chưa có lớp phù hợp nào đã hết hạn đăng ký mà chưa học: các lớp ấy vẫn còn nhận đăng ký hoặc "
                      "chưa có hạn. Anh/chị gõ /khoahoc để xem các lớp.")


def _lower_first(text: str) -> str:
    """«Chủ tịch CĐCS» inside a sentence: «chủ tịch CĐCS» (an acronym opening it stays as it is)."""
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def _what_asked(slots: Slots) -> str:
    """« về …, dành cho …»: the topics and audiences a class question named, as a «no class» line says them."""
    what = ""
    if slots.topics:
        what += " về " + " và ".join(_lower_first(label(TOPICS, k)) for k in slots.topics)
    if slots.roles:
        what += (", " if what else " ") + "dành cho " + " và ".join(_lower_first(role_label(k)) for k in slots.roles)
    return what


def no_course(ans: Answer) -> str:
    """«No class»: naming the topic, audience, place and period asked when those are what no class meets
    (`Answer.unmet`, with the provinces where none is held), else the plain sentence."""
    slots = ans.slots
    places = ans.unmet or ((ans.said_place,) if ans.said_place else ())
    if ans.held_none and slots.time is not None:
        return NO_COURSE_HELD.format(period=slots.time.label, what=_what_asked(slots),
                                     where=f" ở {', '.join(places)}" if places else "")
    if ans.unmet is None or not (places or slots.time or slots.topics or slots.roles):
        return NO_COURSE
    what = _what_asked(slots)
    where = f"ở {', '.join(places)}" if places else ""
    period = slots.time if slots.time is not None and slots.time.kind != "upcoming" else None
    when = " ".join(filter(None, (where, f"trong {period.label}"))) if period else \
        " ".join(filter(None, ("sắp tới", where)))  # «sắp mở», no period said: the classes to come
    return NO_COURSE_AS_ASKED.format(what=what, when=when)


NEAREST_ELSEWHERE_HEAD = "Các lớp sớm nhất ở nơi khác{what}:"


def nearest_elsewhere_reply(ans: Answer, tz: dt.tzinfo, now: dt.datetime) -> Reply:
    """No class at all in the place asked: said so, naming what was asked, then the nearest classes elsewhere
    that fit the rest (`Answer.elsewhere`), each with a details button, instead of «ask more broadly»."""
    said = no_course(ans).split("\n")[0]
    what = ""
    if ans.slots.roles:
        what = " dành cho " + " và ".join(_lower_first(role_label(k)) for k in ans.slots.roles)
    elif ans.slots.topics:
        what = " về " + " và ".join(_lower_first(label(TOPICS, k)) for k in ans.slots.topics)
    shown = list(ans.elsewhere)
    lines = [said, NEAREST_ELSEWHERE_HEAD.format(what=what),
             *(course_line(c, tz, now, province=True) for c in shown)]
    labels = apart([c.title for c in shown], [course_details(c, tz) for c in shown])
    return Reply("\n".join(lines), tuple(Button(f"Chi tiết: {label}", pack("c", c.id))
                                         for c, label in zip(shown, labels, strict=True)))


def batch_over(ans: Answer, now: dt.datetime) -> str:
    """«Đợt 1 anh/chị hỏi đã kết thúc …»: the batch a question named is over and a later batch of the same class
    is listed after it (the one the asker can still attend); "" otherwise."""
    batch = batch_asked(ans.question)
    if batch is None or len(ans.courses) < 2 or not ans.course_lead:
        return ""
    first = next((c for c in ans.courses if c.code == ans.course_lead[0]), None)
    if first is None or batch_of(first.title) != batch or not (
            first.status == "finished" or (first.ends_at or first.starts_at) < now):
        return ""
    later = [c for c in ans.courses if c.code != first.code and c.starts_at >= now
             and base_title(c.title) == base_title(first.title)]
    if not later:
        return ""
    after = batch_of(later[0].title)
    return f"Đợt {batch} anh/chị hỏi đã kết thúc; " + (
        f"đợt {after} sắp tới của lớp này ở bên dưới." if after else "lớp sắp tới của lớp này ở bên dưới.")


def courses_reply(ans: Answer, tz: dt.tzinfo, now: dt.datetime, *, buttons: bool = True,
                  chosen: str | None = None) -> list[Reply]:
    """A list of courses, nearest first, with a detail button each; for a registration request, the register
    step of the one class it is for (`chosen`: the code the conversation named), or which one is asked."""
    if not ans.courses:
        if ans.elsewhere:
            return [nearest_elsewhere_reply(ans, tz, now)]
        return [Reply(NO_PASSED_DEADLINE if ans.deadline_passed else no_course(ans))]
    if ans.unanswered:
        # What the law says was asked, and no record tells it: said first, so the classes are not taken for it.
        replies = courses_reply(dataclasses.replace(ans, unanswered=""), tz, now, buttons=buttons, chosen=chosen)
        note = UNANSWERED_LAW.format(law=ans.unanswered)
        return [dataclasses.replace(replies[0], text=f"{note}\n{replies[0].text}"), *replies[1:]]
    enrol = to_register(ans, chosen) if ans.intent == "register" else None
    # One class found for a question about it («lớp ngày 3/5 cho ai học», «… học lúc mấy giờ»): all of it, so
    # the reply says what was asked (a list line has no audience nor hour).
    one = len(ans.courses) == 1 and ans.course_total == 1
    held = held_instead_reply(ans, tz, now) if ans.intent == "course" else None
    if one and (ans.confidence >= 1.0 or (not ans.relaxed and aspect_asked(ans.question) is not None)):
        reply = course_detail(ans.courses[0], tz, now)
        if ans.intent == "register":
            return [Reply(reply.text), _register_reply(ans.courses[0], tz, now, buttons=buttons)]
        return [reply, held] if held is not None else [reply]
    lines = relaxed_lines(ans)
    over = batch_over(ans, now)
    if over:
        lines.append(over)
    in_period = [c for c in ans.courses if c.code in dated_by_period_only(ans)]
    if in_period and ans.slots.time is not None:
        # A class dated only by a half-year or a quarter holding the month asked: listed last, said so.
        month = ans.slots.time.label
        lines.append(f"Lớp xếp cuối danh sách chỉ dự kiến «{in_period[0].tentative}», chưa rõ có học trong {month} không."
                     if len(in_period) == 1 else
                     f"{len(in_period)} lớp xếp cuối danh sách chỉ dự kiến theo cả giai đoạn, chưa rõ có học trong {month} không.")
    if ans.around:
        return [around_period_reply(ans, lines, tz, now)]
    counted = not ans.relaxed and not ans.course_offset and bool(_COUNT_ASKED.search(ans.norm.folded))
    # «có bao nhiêu lớp …» is answered by the number first (none of the classes asked when a filter was dropped:
    # the notice above says so).
    head = f"Có {vn.number(ans.course_total)} lớp phù hợp, gần nhất trước" if counted else "Các lớp phù hợp, gần nhất trước"
    moved_out = bool(ans.courses) and all(c.status in ("cancelled", "postponed") for c in ans.courses) and not all(
        _put_off_into_period(c, ans) for c in ans.courses)
    if ans.by_deadline:
        head = head.replace("phù hợp, gần nhất trước", "còn hạn đăng ký, hạn gần nhất trước")
    elif ans.deadline_passed:
        head = head.replace("phù hợp, gần nhất trước", "đã hết hạn đăng ký (chưa học), gần nhất trước")
    elif moved_out or (called_off_asked(ans.norm.folded)
                       and all(c.status in ("cancelled", "postponed") for c in ans.courses)):
        # (Classes put off to a day in the period asked, found for that period, are classes held then: the plain
        # head, each saying its new date, not «các lớp tạm hoãn» as if the question had asked for those.)
        # Only classes called off are listed when those are asked for («lớp nào bị hủy», «lớp nào lùi lịch»);
        # those of the status asked first («lớp nào bị hoãn»), the others after a heading of their own.
        asked = [c for c in ans.courses if not ans.status_codes or c.code in ans.status_codes]
        said = _called_off_said(asked)
        if ans.course_total > len(ans.courses) and not ans.status_codes:
            said = "đã hủy hoặc tạm hoãn"
        head = head.replace("phù hợp, gần nhất trước", f"{said}, gần nhất trước")
    elif ans.ended_since is not None and "time" not in ans.relaxed:
        # Classes already held, listed from the earliest of the last months: said so, not «gần nhất trước».
        head = head.replace("phù hợp, gần nhất trước", f"đã kết thúc từ {ans.ended_since:%d/%m/%Y}, sớm nhất trước")
    elsewhere = place_missed(ans) or "org" in ans.relaxed
    # Online classes listed with classes held elsewhere are said apart: a group of their own under its head.
    online_apart = (place_missed(ans) or bool(ans.former_area)) and any(online_for(ans, c) for c in ans.courses)
    if online_apart and all(online_for(ans, c) for c in ans.courses):
        held_by = {current_province(c.province) or c.province for c in ans.courses}
        of_today = f" của {held_by.pop()}" if len(held_by) == 1 else ""
        head = head.replace("phù hợp", f"trực tuyến{of_today}", 1)
        online_apart = False  # one group: the head says it
    elif open_online_here(ans) and not fitting_first(ans) and all(online_for(ans, c) for c in ans.courses):
        # «lớp online … ở xã Vạn Ninh»: the province's online classes, open to the commune asked: said whose they
        # are, as the place asked holds none of its own.
        held_by = {current_province(c.province) or c.province for c in ans.courses}
        if len(held_by) == 1:
            head = head.replace("phù hợp", f"trực tuyến của {held_by.pop()} (học ở đâu cũng được)", 1)
    elif elsewhere and online_apart:
        head = head.replace("phù hợp", "trực tuyến và ở nơi khác", 1)
    elif elsewhere:
        # After «Chưa có lớp phù hợp ở Hải Phòng; …» the list is not «phù hợp»: it is said to be elsewhere.
        head = head.replace("phù hợp", "ở nơi khác" if place_missed(ans) else "của đơn vị khác", 1)
    region = next((r for k, p in ans.slots.phrases if k == "place" and (r := region_of(p))), None)
    if region and "place" not in ans.relaxed:
        # A region is read as its provinces: the reply says which, so the asker sees what was searched.
        head += f" ở {region} ({', '.join(REGIONS[region])})"
    if ans.slots.time and "time" not in ans.relaxed and not (ans.by_deadline and ans.slots.time.kind == "upcoming"):
        label = ans.slots.time.label
        if moved_out:
            # Classes called off, or put off out of the period asked: it was their former date, not when they are
            # held («lớp nào đang diễn ra» answered by one put off from today to January).
            label = "lịch cũ: " + ("hôm nay" if ans.slots.time.kind == "day" and label == "đang diễn ra" else label)
        head += f" ({label})"
    day_head = day_asked(ans)[1]
    head = head.replace("phù hợp", day_head, 1) if "day" in ans.relaxed else head + day_head
    if ans.used_profile and not ans.home_missed and not (ans.profile_role and "role" in ans.relaxed):
        head += ", theo thông tin anh/chị đã cho biết"
    if ans.course_ranked and "gần nhất trước" in head:
        # The pages are ranked by fit: only each page is nearest first, and the header says so (a January class
        # on the first page while December classes wait on the second is no «gần nhất trước» list).
        head = head.replace("gần nhất trước", "sát câu hỏi nhất trước" if not ans.course_offset
                            else "tiếp theo, ít sát câu hỏi hơn", 1) + " (trong trang xếp theo ngày)"
    lead = asked_first(ans)
    if lead is not None:
        # A detail of one class asked, and the engine found it: that class first, under a head saying so.
        head = head.replace("gần nhất trước", "lớp sát câu hỏi nhất trước", 1)
    first, last = ans.course_offset + 1, ans.course_offset + len(ans.courses)
    if ans.course_total > len(ans.courses):
        head += f" — lớp {first}–{last}" if counted else f" — lớp {first}–{last} trong {vn.number(ans.course_total)}"
    scope = kind_scope(ans)
    if scope:
        lines.append(scope)
    former, today = ans.former_area, current_province(ans.former_area) or ""
    if former and not ans.former_total and not any(held_in(c, former) for c in ans.courses):
        lines.append(f"Chưa có lớp nào học tập trung ở khu vực {former} cũ."
                     if any(online_for(ans, c) for c in ans.courses) else
                     f"Chưa có lớp nào ở khu vực {former} cũ; đây là các lớp ở nơi khác của {today}.")
    elif former and ans.former_codes:
        head += f"; lớp ở khu vực {former} cũ trước"
    lines.append(head + ":")
    # Nearest first as the head says, and in the order a follow-up («lớp đầu tiên») counts them; the classes
    # in a former province asked about as a group of their own before the rest of today's province.
    shown = shown_courses(ans)
    fitting = fitting_first(ans)
    of = f" của {today}" if former else ""
    for i, c in enumerate(shown):
        # One heading above a class at most: a second one right under the first would head nothing.
        headed = False
        if online_apart and c.code not in ans.former_codes:
            # (shown_courses lists them: held at the place asked, online, then elsewhere)
            group = online_for(ans, c)
            if all(x.code in ans.former_codes for x in shown[:i]) if group else (
                    all(x.code in ans.former_codes or online_for(ans, x) for x in shown[:i])
                    and (i > 0 or former)):
                words = (ONLINE_WORDS if group else ELSEWHERE_WORDS).format(of=of)
                if i == 0:
                    # The list opens with this group: the head names it (its period and order kept), no heading
                    # of the group under the list's own.
                    lines[-1] = _group_head(head, words) + ":"
                else:
                    lines.append(f"Các lớp {words}:")
                headed = True
        elif (former and ans.former_total and c.code not in ans.former_codes
                and all(x.code in ans.former_codes for x in shown[:i])):
            lines.append(f"Các lớp ở nơi khác của {today}:")
            headed = True
        if not headed and lead is not None and i == 1:
            lines.append("Các lớp khác, gần nhất trước:")
            headed = True
        elif (not headed and lead is None and fitting and c.code not in fitting
              and all(x.code in fitting for x in shown[:i])):
            unfitting = [x for x in shown if x.code not in fitting]
            held_by = {current_province(x.province) or x.province for x in unfitting}
            if open_online_here(ans) and len(held_by) == 1 and all(online_for(ans, x) for x in unfitting):
                # After the ward's own online classes, the province's, open to it as to any other ward.
                lines.append(ONLINE_GROUP.format(of=f" của {held_by.pop()}"))
            else:
                lines.append("Các lớp khác gần với câu hỏi, gần nhất trước:")
            headed = True
        if (not headed and ans.status_codes and c.code not in ans.status_codes
                and all(x.code in ans.status_codes for x in shown[:i])):
            others = _called_off_said([x for x in shown if x.code not in ans.status_codes])
            lines.append(f"Các lớp {others}:")
        lines.append(course_line(c, tz, now, province=elsewhere, for_whom=not _audience_asked(c, ans)))
        if _held_through(c, ans, now, tz):
            lines.append("  Lớp bắt đầu từ trước, vẫn đang học trong thời gian anh/chị hỏi")
    more = ans.course_total - last
    if more > 0:
        rest = " (ít sát câu hỏi hơn, có lớp có thể học sớm hơn)" if ans.course_ranked else ""
        lines.append(f"Còn {vn.number(more)} lớp nữa{rest}: {press('Xem thêm', buttons=buttons)}, hoặc hỏi cụ thể hơn (tỉnh, tháng, đối tượng).")
    if any(c.is_sample for c in ans.courses):
        lines.append("(mẫu) = dữ liệu mẫu để dùng thử, không phải kế hoạch thật.")
    labels = apart([c.title for c in shown], [course_details(c, tz) for c in shown])
    options = [Button(f"Chi tiết: {label}", pack("c", c.id)) for c, label in zip(shown, labels, strict=True)]
    if more > 0:
        options.append(Button(f"Xem thêm ({vn.number(more)} lớp)", pack(PAGE_PREFIX.rstrip(":"), last)))
    replies = [Reply("\n".join(lines), tuple(options))]
    if held is not None:
        replies.append(held)
    if enrol is not None:
        replies.append(_register_reply(enrol, tz, now, buttons=buttons))
    elif ans.intent == "register":
        # Several classes for one registration: which one is asked, each open class a choice in the order
        # shown, never the first one registered for the asker. A message of its own, short, so that on Zalo
        # (2,000 characters) the question and its choices stay together after a long list.
        replies.append(Reply(which_to_register(shown, labels, now), tuple(
            Button(f"Đăng ký: {label}", pack("rg", c.id))
            for c, label in zip(shown, labels, strict=True) if open_for_registration(c, now))))
    return replies


# The kinds of union a question may ask for as a whole («lớp của công đoàn ngành»), as the reply names them.
KIND_LABELS = {"sector": "công đoàn ngành", "industrial_zone": "công đoàn các khu công nghiệp, khu chế xuất",
               "commune": "công đoàn xã, phường", "grassroots": "công đoàn cơ sở"}
KIND_NAMED = 4  # unions named in the line; the others are counted


def _put_off_into_period(c: CourseRec, ans: Answer) -> bool:
    """Whether a class put off is put off to a day in the period asked (or to a known day, no period asked): one
    put off from today to January is no class «đang diễn ra»."""
    to = timing.put_off_to(c)
    window = ans.slots.time
    if to is None or window is None or window.start is None:
        return to is not None
    return window.start <= to and (window.end is None or to < window.end)


def kind_scope(ans: Answer) -> str:
    """«Gồm lớp của 5 công đoàn ngành trung ương: Công đoàn Giáo dục Việt Nam, …»: a kind of union asked for as a
    whole, the unions of it whose classes the list holds; "" when none was asked."""
    kinds = [KIND_LABELS[k] for k in ans.slots.org_kinds if k in KIND_LABELS]
    if not ans.kind_unions or not kinds:
        return ""
    what = " và ".join(kinds) + (" trung ương" if ans.kind_national else "")
    names = [unit(n) for n in ans.kind_unions]
    shown = ", ".join(names[:KIND_NAMED])
    if len(names) > KIND_NAMED:
        shown += f" và {vn.number(len(names) - KIND_NAMED)} đơn vị khác"
    if len(names) == 1:
        return f"Gồm lớp của tất cả {what} có lớp: chỉ có {shown}."
    return f"Gồm lớp của tất cả {what} có lớp ({vn.number(len(names))} đơn vị): {shown}."


# After classes that were all called off: the classes still held that the same question finds, by what the
# question had to leave out to find them.
HELD_INSTEAD = {
    "": "Các lớp vẫn tổ chức phù hợp với câu hỏi, gần nhất trước:",
    "place": "Các lớp vẫn tổ chức ở nơi khác, gần nhất trước:",
    "org": "Các lớp vẫn tổ chức của đơn vị khác, gần nhất trước:",
    "time": "Các lớp vẫn tổ chức, gần nhất so với thời gian anh/chị hỏi:",
    "role": "Các lớp liên quan vẫn tổ chức, gần nhất trước:",
    "format": "Các lớp vẫn tổ chức theo hình thức khác, gần nhất trước:",
}
NONE_HELD_INSTEAD = "Hiện chưa có lớp nào khác phù hợp mà vẫn tổ chức. Anh/chị gõ /khoahoc để xem các lớp sắp tới."


def held_instead_reply(ans: Answer, tz: dt.tzinfo, now: dt.datetime) -> Reply | None:
    """After a list (or one class) whose classes were all called off: the classes still held that fit the same
    question (`Answer.held_instead`), with a details button each, or that none does. None when not looked for."""
    if ans.held_instead is None:
        return None
    if not ans.held_instead:
        return Reply(NONE_HELD_INSTEAD)
    reason = next((r for r in ("place", "org", "time", "role", "format") if r in ans.held_relaxed), "")
    names = ans.slots.provinces or ((ans.said_place,) if ans.said_place else ())
    if reason == "place" and any(held_in(c, n) for c in ans.held_instead for n in names):
        reason = ""  # one of them is held in the province asked after all: not «ở nơi khác»
    shown = shown_order(ans.held_instead)
    lines = [HELD_INSTEAD[reason], *(course_line(c, tz, now, province=reason in ("place", "org")) for c in shown)]
    labels = apart([c.title for c in shown], [course_details(c, tz) for c in shown])
    return Reply("\n".join(lines), tuple(Button(f"Chi tiết: {label}", pack("c", c.id))
                                         for c, label in zip(shown, labels, strict=True)))


def _called_off_said(courses: Sequence[CourseRec]) -> str:
    """How classes called off are said together: «tạm hoãn», «đã hủy», or «đã hủy hoặc tạm hoãn»."""
    kinds = {c.status == "postponed" or postponed(c.description) for c in courses}
    return "tạm hoãn" if kinds == {True} else "đã hủy" if kinds == {False} else "đã hủy hoặc tạm hoãn"


def _held_through(c: CourseRec, ans: Answer, now: dt.datetime, tz: dt.tzinfo) -> bool:
    """Whether a class listed for a span of days asked («tuần sau») began before the span and is held into it
    (knowledge.index lists those too), and is not under way today (its line says «ĐANG DIỄN RA» then)."""
    period = ans.slots.time
    return (period is not None and period.kind in SPAN_KINDS and "time" not in ans.relaxed
            and not c.tentative and c.starts_at < period.start and not _under_way(c, now, tz))


def to_register(ans: Answer, chosen: str | None = None) -> CourseRec | None:
    """The class a registration request is for: the one the conversation named (`chosen`, a code), the only
    class found, or the only one found whose whole title the request says; None when it found several
    (registration never picks one of them: the reply asks which)."""
    if chosen is not None:
        return next((c for c in ans.courses if c.code == chosen), None)
    if len(ans.courses) == 1 and ans.course_total <= 1:
        return ans.courses[0]
    if ans.course_total > len(ans.courses):
        return None  # more classes than shown: the title said may be one of theirs too
    # A request saying a class's whole title («đăng ký lớp Tập huấn công tác nữ công») names it, when no other
    # class found has that title (two batches of one title are told apart only by asking).
    said = f" {ans.norm.folded} "
    titles = [normalise(c.title).folded for c in ans.courses]
    named = {t for t in titles if f" {t} " in said}
    named = {t for t in named if not any(t != u and f" {t} " in f" {u} " for u in named)}  # the longest said
    if len(named) == 1 and titles.count(next(iter(named))) == 1:
        return ans.courses[titles.index(next(iter(named)))]
    # A request naming a class by its words (title, batch, place, venue: «đăng ký lớp đối thoại tại nơi làm việc
    # đợt 1 ở Yên Phong») names it when it is the only class found that has them all, as the search ranked it
    # first by them; with two such classes, or a word dropped to find any, which one is asked.
    if ans.relaxed or not ans.courses:
        return None
    having = [c for c in ans.courses if says_only_of(ans.question, c.title, class_words(c))]
    if len(having) == 1 and (ans.course_total == len(ans.courses) or ans.course_lead == (having[0].code,)):
        return having[0]
    return None



def which_to_register(shown: Sequence[CourseRec], labels: Sequence[str], now: dt.datetime) -> str:
    """«Anh/chị muốn đăng ký lớp nào ạ?» under a list found for one registration, saying which of the
    classes take none (their deadline passed, not open yet, started or called off)."""
    closed = [label for c, label in zip(shown, labels, strict=True) if not open_for_registration(c, now)]
    if len(closed) == len(shown):
        return ("Các lớp trên đều không nhận đăng ký lúc này (đã hết hạn, chưa mở đăng ký hoặc đã bắt đầu)."
                if len(shown) > 1 else f"Lớp «{closed[0]}» không nhận đăng ký lúc này.")
    if closed:
        return WHICH_REGISTER + " Lớp " + ", ".join(f"«{x}»" for x in closed) + " không nhận đăng ký lúc này."
    return WHICH_REGISTER


def register_how_reply(c: CourseRec, tz: dt.tzinfo, now: dt.datetime, *, buttons: bool) -> Reply:
    """«đăng ký lớp này thế nào»: the steps for this class (its register choice or its code typed, before its
    deadline, then the details the bot asks for once, and where to see or cancel), or why it takes none."""
    if not open_for_registration(c, now):
        return Reply(register_note(c, tz, now, buttons=buttons))
    typed = f" hoặc gõ «đăng ký {c.code}»" if c.code else ""
    deadline = f" trước {vn.weekday_date(c.registration_deadline, tz)}" if c.registration_deadline else ""
    text = (f"Để đăng ký lớp «{c.title}», anh/chị {press(btn.REGISTER_THIS, buttons=buttons)}{typed}{deadline}.\n"
            f"{REGISTER_DETAILS} {SEE_OR_CANCEL}")
    return Reply(text, (register_button(c),))


def _register_reply(c: CourseRec, tz: dt.tzinfo, now: dt.datetime, *, buttons: bool) -> Reply:
    note = register_note(c, tz, now, buttons=buttons)
    return Reply(note, (register_button(c),)) if open_for_registration(c, now) else Reply(note)


def registration_result(status: str, course: Course | None, tz: dt.tzinfo, position: int = 0) -> str:
    """What a registration button did, in words."""
    if course is None:
        return STALE
    title = f"«{course.title}»"
    if status == "registered":
        where = place_of(course.venue, course.province)
        when = ("theo lịch mới " if course.status == "postponed" else "") + starts_phrase(course, tz)
        return (f"Đã đăng ký cho anh/chị lớp {title}, {when}"
                + (f" tại {where}" if where else "") + "."
                + (" Khi lớp có ngày học, mình sẽ báo anh/chị." if timing.period_of(course) else ""))
    if status == "already":
        return f"Anh/chị đã đăng ký lớp {title} rồi."
    if status == "closed":
        deadline = vn.weekday_date(course.registration_deadline, tz) if course.registration_deadline else ""
        return f"Lớp {title} đã hết hạn đăng ký ({deadline}). Anh/chị gõ /khoahoc để xem các lớp khác còn nhận đăng ký."
    if status == "started":
        return f"Lớp {title} đã bắt đầu nên không nhận đăng ký nữa. Anh/chị gõ /khoahoc để xem các lớp sắp tới."
    if status == "cancelled":
        return f"Lớp {title} đã bị hủy. Anh/chị gõ /khoahoc để xem các lớp khác."
    if status == "postponed":
        return (f"Lớp {title} {put_off(course, tz, opening=False)} nên chưa nhận đăng ký. Anh/chị gõ /khoahoc để xem các "
                "lớp đang nhận đăng ký.")
    if status == "full":
        return (f"Lớp {title} đã đủ {vn.number(course.capacity or 0)} chỗ. Anh/chị có thể vào danh sách chờ: khi có "
                "người hủy, người chờ đầu tiên được nhận và mình sẽ báo ngay.")
    if status == "waitlisted":
        return (f"Anh/chị đang ở vị trí số {vn.number(position)} trong danh sách chờ lớp {title}. Khi có chỗ trống mình "
                "sẽ báo ngay; gõ /lich để xem hoặc rời danh sách chờ.")
    if status == "already_waiting":
        return f"Anh/chị đã ở vị trí số {vn.number(position)} trong danh sách chờ lớp {title}."
    if status == "left":
        return f"Đã hủy đăng ký lớp {title}. Chỗ của anh/chị được nhường cho người đang chờ (nếu có)."
    if status == "not_open":
        if course.tentative and course.status == "planned":
            return no_date_yet(course)
        when = f" (dự kiến {period_text(course)})" if course.tentative else ""
        return (f"Lớp {title}{when} chưa nhận đăng ký. Anh/chị gõ /khoahoc để xem các lớp đang nhận đăng ký.")
    if status == "not_registered":
        return f"Anh/chị chưa đăng ký lớp {title} nên không có gì để hủy."
    return STALE


SEE_OPEN = "Anh/chị gõ /khoahoc để xem các lớp đang nhận đăng ký."
# A class offered that shares only the audience (no class of the same topic takes registrations): not «tương tự».
OTHER_TOPIC = "Lớp khác chủ đề nhưng cùng đối tượng, còn nhận đăng ký"


def instead(c: CourseRec, tz: dt.tzinfo, *, dated: bool = False, topic: str = "") -> Reply:
    """A class offered in place of one that takes no registration, in a few lines with its register button;
    `dated`: the one refused has no day yet, and this one has; `topic`: the refused one's, to say whether
    this one shares it or only the audience (knowledge.registrations.next_suitable tries both)."""
    same_topic = bool(topic) and c.topic == topic
    if dated:
        head = f"Lớp {'cùng chủ đề' if same_topic else 'cho cùng đối tượng'} đã có ngày, đang nhận đăng ký"
    else:
        head = "Lớp tương tự còn nhận đăng ký" if same_topic else OTHER_TOPIC
    where = place_of(c.venue, c.province)
    deadline = f"; hạn đăng ký {vn.weekday_date(c.registration_deadline, tz)}" if c.registration_deadline else ""
    text = (f"{head}: «{c.title}» (mã {c.code}), {when_text(c, tz)}" + (f", {where}" if where else "")
            + f"{deadline}.")
    # Named: right after a refusal, a bare «Đăng ký lớp này» reads as the class just refused.
    return Reply(text, (Button(f"Đăng ký lớp {c.code}", pack("rg", c.id)),))


def how_to_register(*, buttons: bool) -> str:
    """How registering works, asked with no class named («đăng ký lớp thế nào»): find the class, then its
    registration choice or its code typed; the details the bot asks once; the deadline; where to see or cancel."""
    return ("Cách đăng ký lớp:\n"
            "1. Tìm lớp: hỏi mình tên lớp, tỉnh hoặc tháng (ví dụ «lớp ATVSLĐ ở Lạng Sơn») hoặc gõ /khoahoc.\n"
            f"2. Ở lớp muốn học, anh/chị {press(btn.REGISTER_THIS, buttons=buttons)}, hoặc gõ «đăng ký» và mã lớp "
            "(mã ghi ở thông tin lớp).\n"
            f"3. {REGISTER_DETAILS}\n"
            "Đăng ký trước hạn đăng ký ghi ở mỗi lớp; lớp dự kiến (chưa có ngày học) chưa nhận đăng ký. "
            f"{SEE_OR_CANCEL}")


# What follows the register choice, and where a registration is seen or given up: said with every «how».
REGISTER_DETAILS = ("Lần đầu mình hỏi họ tên và đơn vị của anh/chị (số điện thoại không bắt buộc) rồi giữ chỗ.")
SEE_OR_CANCEL = "Gõ /lich để xem hoặc hủy lớp đã đăng ký."


def register_note(c: CourseRec, tz: dt.tzinfo, now: dt.datetime, *, buttons: bool = True) -> str:
    """How to register for the course, or why it is no longer possible."""
    if c.registration_deadline and c.registration_deadline < now:
        if c.status == "postponed":
            return f"Lớp «{c.title}» đã hoãn; hạn đăng ký: {deadline_text(c, now, tz)}."
        return f"Lớp «{c.title}» đã hết hạn đăng ký ({vn.weekday_date(c.registration_deadline, tz)})."
    if c.status == "planned":
        return no_date_yet(c) if c.tentative else f"Lớp «{c.title}» chưa nhận đăng ký."
    if not open_for_registration(c, now):
        return f"Lớp «{c.title}» không còn nhận đăng ký."
    deadline = f" trước {vn.weekday_date(c.registration_deadline, tz)}" if c.registration_deadline else ""
    return f"Để đăng ký lớp «{c.title}», anh/chị {press(btn.REGISTER_THIS, buttons=buttons)}{deadline}."


# ------------------------------------------------------------------ knowledge

def target_line(t: TargetRec) -> str:
    """"• Số lớp: đạt 100% (33/33 lớp)": the share reached first, then the counts."""
    who = f" ({role_label(t.audience)})" if t.audience and role_label(t.audience).lower() not in t.metric.lower() else ""
    unit = "" if t.unit == "%" else f" {t.unit}"
    if t.unit == "%":
        goal = f"chỉ tiêu {vn.number(t.target_value)}%"
        got = f", đã đạt {vn.number(t.achieved_value)}%" if t.achieved_value is not None else ", chưa có số liệu thực hiện"
        line = f"• {t.metric}{who}: {goal}{got}"
    elif t.achieved_value is not None:
        line = f"• {t.metric}{who}: {vn.share_first(t.achieved_value, t.target_value, t.stated_percent, unit.strip())}"
        if t.achieved_value < t.target_value:
            line += f", còn thiếu {vn.number(t.target_value - t.achieved_value)}{unit}"
        elif t.achieved_value > t.target_value:
            # «vượt bao nhiêu» is the next question: the figure said, as what is missing is.
            line += f", vượt {vn.number(t.achieved_value - t.target_value)}{unit}"
    else:
        line = f"• {t.metric}{who}: chỉ tiêu {vn.number(t.target_value)}{unit}, chưa có số liệu thực hiện"
    if t.as_of:
        line += f" (tính đến {vn.date(t.as_of)})"
    if t.is_sample:
        line += " (mẫu)"
    return line


def change_lines(ans: Answer) -> list[str]:
    """How each target shown moved between its year and the year set against it («chỉ tiêu năm nay tăng hay giảm
    so với năm ngoái»), the later year first whichever was shown; a line saying the other year's plan is not in the
    data when none is."""
    if ans.compared_year is None:
        return []
    year = ans.compared_year
    pairs = [(shown, other) for shown, other in ans.changes if other is not None]
    if not pairs:
        whose = next((t.organisation_name for t, _ in ans.changes), None) or next(
            (i.rec.organisation_name for i in ans.items if isinstance(i.rec, TargetRec)), "")
        of = f" của {unit(whose)}" if whose else ""
        return [f"Chưa có chỉ tiêu năm {year}{of} trong dữ liệu để so sánh."]
    shown_year = pairs[0][0].period_start
    new_year, old_year = max(shown_year, year), min(shown_year, year)
    lines = [f"So sánh năm {new_year} với năm {old_year}:"]
    for shown, other in pairs:
        new, old = (shown, other) if shown_year > year else (other, shown)
        measure = "" if new.unit == "%" else f" {new.unit}"
        pct = "%" if new.unit == "%" else ""
        diff = new.target_value - old.target_value
        if abs(diff) < 1e-9:
            moved = "giữ nguyên"
        else:
            step = f"{vn.number(abs(diff))}{' điểm %' if pct else measure}"
            rel = (f" ({'+' if diff > 0 else '−'}{vn.number(abs(diff) / old.target_value * 100, 1)}%)"
                   if old.target_value and not pct else "")
            moved = f"{'tăng' if diff > 0 else 'giảm'} {step}{rel}"
        lines.append(f"• {shown.metric}: {new_year} là {vn.number(new.target_value)}{pct}, "
                     f"{old_year} là {vn.number(old.target_value)}{pct}{measure} — {moved}")
    missing = [shown.metric for shown, other in ans.changes if other is None]
    if missing:
        lines.append(f"(Năm {year} chưa có chỉ tiêu: {', '.join(dict.fromkeys(missing))}.)")
    return lines


def other_period_note(ans: Answer) -> str | None:
    """«LĐLĐ thành phố Hải Phòng chưa có chỉ tiêu năm 2027 trong dữ liệu; chỉ tiêu gần nhất:»: said before the
    targets of another year than the one asked, when the union's plan sets none for that year."""
    rec = ans.items[0].rec if ans.items else None
    time = ans.slots.time
    if "time" not in ans.relaxed or not isinstance(rec, TargetRec) or time is None or time.year is None:
        return None
    return (f"{unit(rec.organisation_name)} chưa có chỉ tiêu {vn.period(time.year, time.year_end or time.year)} "
            "trong dữ liệu của mình; chỉ tiêu gần nhất:")


def not_its_own_note(ans: Answer) -> str:
    """The union asked (or the asker's) sets no target of its own for the period asked: whose figures are shown
    instead, said first (see QAEngine._answer_targets)."""
    time = ans.slots.time
    period = vn.period(time.year, time.year_end or time.year) if time is not None and time.year else "riêng"
    return (f"{unit(ans.no_own_targets)} chưa có chỉ tiêu {period} trong dữ liệu của mình; dưới đây là chỉ tiêu "
            "của đơn vị cấp trên, không phải của đơn vị này.")


def lists_targets(ans: Answer) -> bool:
    """Whether the reply to `ans` lists its targets (`targets_reply`), not one record of it."""
    return ans.intent == "target" and ((ans.band == "confident" and len(ans.items) > 1) or bool(ans.relaxed)
                                       or ans.no_class_count)


def _target_groups(ans: Answer) -> dict[tuple[str, int, int], list[TargetRec]]:
    groups: dict[tuple[str, int, int], list[TargetRec]] = {}
    for item in ans.items:
        t = item.rec
        if isinstance(t, TargetRec):
            groups.setdefault((t.organisation_name, t.period_start, t.period_end), []).append(t)
    return groups


def listed_targets(ans: Answer) -> list[TargetRec]:
    """The targets `targets_reply` lists, in the order it lists them (grouped by union and period): «cái thứ 2»
    counts in this order."""
    return [t for targets in _target_groups(ans).values() for t in targets]


def targets_reply(ans: Answer) -> list[Reply]:
    """Targets grouped by union and period, each group with its source."""
    groups = _target_groups(ans)
    note = other_period_note(ans)
    if ans.no_own_targets:
        note = not_its_own_note(ans) + (f"\n{note}" if note else "")
    if ans.no_class_count and groups:
        # «số lớp bao nhiêu» of a plan that counts no classes: said plainly, then what it does set.
        org, y1, y2 = next(iter(groups))
        note = f"Kế hoạch {vn.period(y1, y2)} của {unit(org)} không đặt chỉ tiêu số lớp, chỉ đặt các chỉ tiêu dưới đây."
    lines: list[str] = [note] if note else []
    latest = max((y2 for _, _, y2 in groups), default=0)
    for (org, y1, y2), targets in groups.items():
        if lines and lines != [note]:
            lines.append("")
        group = target_group_lines(org, y1, y2, targets)
        if y2 < MERGER_YEAR <= latest:
            # Figures of before the 2025 merger beside a plan of now: history, never a figure to report today.
            group[0] = group[0].removesuffix(":") + " (số liệu cũ, để tham khảo):"
        lines.extend(group)
    if change := change_lines(ans):
        lines.extend(["", *change])
    lines.extend(quote_lines(ans))
    # A sentence of an article the targets do not come from (the other side of a comparison) cites its article.
    cited = {getattr(t.source, "code", None) for targets in groups.values() for t in targets}
    lines.extend(cite(src) for src in {q.source.code: q.source for q in ans.quotes
                                       if q.source.code not in cited}.values())
    if ans.used_profile:
        lines.append("(Theo đơn vị trong hồ sơ của anh/chị; gõ /hoso để đổi.)")
    return [Reply("\n".join(lines))]


def target_group_lines(org: str, y1: int, y2: int, targets: Sequence[TargetRec]) -> list[str]:
    """One union's targets for one period: a heading, a line each, the sources."""
    lines = [f"Chỉ tiêu đào tạo của {unit(org)}, {vn.period(y1, y2)}:", *(target_line(t) for t in targets)]
    sources = dict.fromkeys(cite(t.source, unit(t.organisation_name)) for t in targets if t.source)
    return lines + [s for s in sources if s]


def _group_head(head: str, words: str) -> str:
    """A list's head made the heading of the group it opens with («Các lớp phù hợp, gần nhất trước (tháng 1/2027)»
    and the online classes: «Các lớp trực tuyến của Cà Mau, học ở đâu cũng được, gần nhất trước (tháng 1/2027)»)."""
    if not head.startswith("Có "):  # («Có 5 lớp phù hợp» counts the whole list, not the group)
        for said in ("trực tuyến và ở nơi khác", "phù hợp"):
            if said in head:
                return head.replace(said, words, 1)
    return f"{head} — {words}"


def which_plan(ans: Answer) -> str:
    """Targets asked with no union, province or profile, fitting several unions' plans alike: which one."""
    rec = ans.items[0].rec if ans.items else None
    name = rec.organisation_name if isinstance(rec, TargetRec) else "LĐLĐ tỉnh Bắc Ninh"
    if ans.no_own_targets:  # the asker's own union (from the profile) has no plan in the data
        return (f"{unit(ans.no_own_targets)} chưa có chỉ tiêu đào tạo trong dữ liệu của mình. Anh/chị hỏi chỉ tiêu "
                f"của đơn vị nào khác ạ? Ví dụ «chỉ tiêu năm nay của {name}».")
    unions = list(dict.fromkeys(unit(i.rec.organisation_name) for i in ans.items if isinstance(i.rec, TargetRec)))
    if len(unions) > 1:
        # A kind of union asked with no place («các KCN»): its unions whose plans fit alike, to pick from.
        return ("Anh/chị hỏi chỉ tiêu của đơn vị nào ạ? Dữ liệu có chỉ tiêu của:\n"
                + "\n".join(f"• {u}" for u in unions)
                + f"\nAnh/chị nói thêm tên tỉnh, ví dụ «chỉ tiêu năm nay của {unions[0]}».")
    return ("Anh/chị hỏi chỉ tiêu của tỉnh hoặc đơn vị nào ạ? Anh/chị nói thêm tên, ví dụ «chỉ tiêu năm nay của "
            f"{name}», hoặc cho mình biết anh/chị ở tỉnh nào.")


def fact_text(f: FactRec) -> str:
    return "\n".join(filter(None, (f.statement, cite(f.source))))


def document_text(d: DocumentRec) -> str:
    head = d.code
    if d.issued_on:
        head += f" ngày {vn.date(d.issued_on)}"
    if d.issuer:
        head += f" của {d.issuer}"
    lines = [f"{head}: «{d.title}»."]
    if d.summary:
        lines.append(d.summary)
    if d.source:
        lines.append(cite(d.source).replace("Nguồn:", "Nhắc đến trong:", 1))
    return "\n".join(lines)


def item_text(item: Item) -> str:
    """The full answer for one fact, target or document."""
    rec = item.rec
    if isinstance(rec, FactRec):
        return fact_text(rec)
    if isinstance(rec, TargetRec):
        lines = [f"Chỉ tiêu của {unit(rec.organisation_name)}, {vn.period(rec.period_start, rec.period_end)}:",
                 target_line(rec)]
        if rec.source:
            lines.append(cite(rec.source, unit(rec.organisation_name)))
        return "\n".join(lines)
    assert isinstance(rec, DocumentRec)
    return document_text(rec)


def apart(labels: Sequence[str], details: Sequence[Sequence[str | None]]) -> list[str]:
    """Choice labels that a reader can tell apart: a label shown more than once carries the first detail
    (in the order given: a date, a period, a union, a place) whose values differ among its repeats, and the next
    such detail too while two of them still read the same («Số lớp … (năm 2025)» of two unions: with the union)."""
    out = list(labels)
    for label in dict.fromkeys(labels):
        same = [i for i, x in enumerate(labels) if x == label]
        if len(same) < 2:
            continue
        said: dict[int, list[str]] = {i: [] for i in same}
        for k in range(min(len(details[i]) for i in same)):
            values = [details[i][k] for i in same]
            if all(values) and len(set(values)) > 1:
                for i in same:
                    said[i].append(str(details[i][k]))
                if len({tuple(v) for v in said.values()}) == len(same):
                    break
        for i in same:
            if said[i]:
                out[i] = f"{label} ({', '.join(said[i])})"
    return out


def _item_details(item: Item) -> list[str | None]:
    rec = item.rec
    if isinstance(rec, TargetRec):
        return [vn.period(rec.period_start, rec.period_end), unit(rec.organisation_name)]
    year = vn.period(item.year, item.year_end or item.year) if item.year is not None else None
    if isinstance(rec, DocumentRec):
        return [vn.date(rec.issued_on) if rec.issued_on else None, year]
    return [year, unit(rec.organisation_name) if rec.organisation_name else None]


def course_details(c: CourseRec, tz: dt.tzinfo) -> list[str | None]:
    """What tells two classes of one title apart: their start, their place, their organiser. A class the plan dates
    only by a month or a quarter is told by that period («dự kiến tháng 2/2027»): its stored first day is no date
    the plan gives."""
    start = f"dự kiến {period_text(c)}" if c.tentative else vn.date(c.starts_at, tz)
    return [start, c.venue or c.province, c.organiser_name]


def item_button(item: Item, label: str | None = None) -> Button:
    return Button(label or item.title, pack("k", item.kind[0], item.rec.id))


def knowledge_reply(ans: Answer) -> list[Reply]:
    """A confident answer, or "did you mean" with up to three choices."""
    if ans.band == "close":
        items = ans.items[:3]
        labels = apart([i.title for i in items], [_item_details(i) for i in items])
        return [Reply(DID_YOU_MEAN, tuple(item_button(i, label) for i, label in zip(items, labels, strict=True)))]
    item = ans.items[0]
    if isinstance(item.rec, FactRec) and ans.quotes:
        # The article's own words before the citation that covers both.
        # A sentence of another article (the second of two figures asked) cites its own article too.
        others = [q.source for q in ans.quotes if q.source.code != getattr(item.rec.source, "code", None)]
        cites = [cite(src) for src in {s.code: s for s in [item.rec.source, *others] if s is not None}.values()]
        return [Reply("\n".join(filter(None, (item.rec.statement, *quote_lines(ans), *cites))))]
    own = not_its_own_note(ans) if ans.no_own_targets and isinstance(item.rec, TargetRec) else None
    return [Reply("\n".join(filter(None, [own, other_period_note(ans), item_text(item), *change_lines(ans),
                                           *quote_lines(ans)])))]


def quote_lines(ans: Answer) -> list[str]:
    """The article's own words for what the question asks and the record leaves out."""
    return [f"Bài viết ghi: «{p.text}»" for p in ans.quotes]


def taught_reply(ans: Answer, tz: dt.tzinfo) -> list[Reply]:
    """An organiser's own answer, with who gave it and when."""
    t = ans.taught
    assert t is not None
    return [Reply(f"{t.answer}\n\n{taught_source(t.author, t.created_at, tz)}")]


def taught_source(author: str, at: dt.datetime, tz: dt.tzinfo) -> str:
    """«Trả lời của LĐLĐ tỉnh Lạng Sơn, 23/11/2026»."""
    return f"Trả lời của {author or 'người tổ chức'}, {vn.date(at, tz)}"


def answer_to_asker(question: str, answer: str, author: str, at: dt.datetime, tz: dt.tzinfo) -> str:
    """What a member who asked receives when an organiser answers them."""
    quoted = short(question, 200)
    return f"Về câu hỏi của anh/chị: «{quoted}»\n\n{answer.strip()}\n\n{taught_source(author, at, tz)}"


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts two)."""
    return len(text.encode("utf-16-le")) // 2


def _cut(line: str, limit: int, size: Callable[[str], int]) -> int:
    """The longest prefix length of `line` whose size fits `limit` (binary search; size is monotone)."""
    lo, hi = 1, min(len(line), limit)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if size(line[:mid]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


def numbered(replies: Sequence[Reply]) -> list[str]:
    """Replies for a channel without buttons: each option on its own line with the number the core stored
    for it (numbered across all the replies of a turn), then how to pick one. Labels are never cut here:
    only Telegram's buttons have a length limit."""
    out: list[str] = []
    for reply in replies:
        if not reply.buttons:
            out.append(reply.text + photo_link(reply))
            continue
        numbers = [b.number for b in reply.buttons]
        if len(numbers) == 1:
            how = f"Gõ số {numbers[0]} để chọn."
        else:
            how = "Gõ số " + ", ".join(str(i) for i in numbers[:-1]) + f" hoặc {numbers[-1]} để chọn."
        # How to choose comes first: when a long reply is split, it stays with the first options.
        lines = [reply.text + photo_link(reply), "", how]
        lines.extend(f"{b.number}. {b.label}" for b in reply.buttons)
        out.append("\n".join(lines))
    return out


def photo_link(reply: Reply) -> str:
    """A picture where the channel cannot show one: its caption and address, on lines of their own."""
    if reply.photo is None or not reply.photo.url:
        return ""
    return f"\n\n{reply.photo.caption}: {reply.photo.url}"


def split_text(text: str, limit: int, *, size: Callable[[str], int] = len) -> list[str]:
    """Split on line boundaries into pieces of at most `limit` (measured by `size`); a huge line is cut hard."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while size(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            cut = _cut(line, limit, size)
            pieces.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if size(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current or not pieces:
        pieces.append(current)
    return pieces
