"""The labels of the inline buttons the handlers write, in one place: a chair on Zalo often types a label back as
words once its buttons are gone, and `lapsed_label` recognises it by these very constants, so a label renamed
here is still recognised («Lưu vào hồ sơ» typed after the offer has lapsed)."""

from __future__ import annotations

import re

from knowledge.text import fold

SAVE_TO_PROFILE = "Lưu vào hồ sơ"
DONT_SAVE = "Không lưu"
SKIP = "Bỏ qua"
CLASS_DETAILS = "Xem chi tiết lớp"
REGISTER_THIS = "Đăng ký lớp này"
REGISTER_ANYWAY = "Vẫn đăng ký"
JOIN_WAITING_LIST = "Vào danh sách chờ"
SIMILAR_CLASS = "Xem lớp tương tự"
SUGGESTED_CLASS = "Xem lớp gợi ý"
DELETE_DETAILS = "Xóa thông tin"
DELETE_REGISTRATION_DETAILS = "Xóa thông tin đăng ký"
DELETE_PHONE = "Xóa số điện thoại"
DONT_DELETE = "Không xóa"
ERASE_PROFILE = "Xóa toàn bộ hồ sơ"
ERASE_PROFILE_OK = "Xóa hết"
GIVE_UP_PLACE = "Hủy chỗ"
CHANGE_ROLE = "Đổi vai trò"
CHANGE_UNION = "Đổi đơn vị, tỉnh"
FORGET_PLACE = "Quên nơi đã nói"
REMINDER_OFF = "Tắt loại nhắc này"
DEADLINE_REMINDER_OFF = "Tắt nhắc hạn đăng ký"
CANCEL_THIS_REGISTRATION = "Hủy đăng ký lớp này"
STOP_REGISTERING = "Thôi, không đăng ký"

# Each label, and the command that does what it did once its buttons are gone ("" when nothing needs doing).
_INSTEAD = {
    SAVE_TO_PROFILE: "/hoso", DONT_SAVE: "", SKIP: "", CLASS_DETAILS: "", REGISTER_THIS: "", REGISTER_ANYWAY: "",
    JOIN_WAITING_LIST: "", SIMILAR_CLASS: "", SUGGESTED_CLASS: "", DELETE_DETAILS: "/hoso",
    DELETE_REGISTRATION_DETAILS: "/hoso", DELETE_PHONE: "/hoso", DONT_DELETE: "", GIVE_UP_PLACE: "/lich",
    CHANGE_ROLE: "/hoso", CHANGE_UNION: "/hoso", FORGET_PLACE: "/hoso", ERASE_PROFILE: "/hoso", ERASE_PROFILE_OK: "/hoso", REMINDER_OFF: "/nhacnho",
    DEADLINE_REMINDER_OFF: "/nhacnho", CANCEL_THIS_REGISTRATION: "/lich", STOP_REGISTERING: "",
}


def _key(text: str) -> str:
    return " ".join(re.findall(r"[0-9a-z]+", fold(text)))


_LAPSED = {_key(label): command for label, command in _INSTEAD.items()}


def lapsed_label(text: str) -> str | None:
    """The command that does what a button label typed alone did ("" when nothing needs doing), or None when the
    message is no button's label."""
    return _LAPSED.get(_key(text))
