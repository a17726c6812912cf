"""The one command table: the Telegram menu, /help, the unknown-command text and the router all read it.

A test checks that every command here has a handler in the router and the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    description: str  # the Telegram menu line
    help: str  # the /help line after the command
    aliases: tuple[str, ...] = ()
    organiser: bool = False  # shown to organisers only (their own menu on Telegram, their /help)


COMMANDS: tuple[Command, ...] = (
    Command("start", "Bắt đầu: chọn vai trò và đơn vị của anh/chị", "bắt đầu lại, chọn vai trò và đơn vị"),
    Command("help", "Hướng dẫn sử dụng", "hướng dẫn", aliases=("giupdo", "huongdan")),
    Command("khoahoc", "Các lớp tập huấn sắp tới dành cho anh/chị", "lớp sắp tới"),
    Command("chitieu", "Chỉ tiêu đào tạo và tiến độ", "chỉ tiêu"),
    Command("lich", "Lịch học của anh/chị", "lớp anh/chị đã đăng ký"),
    Command("nhacnho", "Bật, tắt tin nhắc lịch học và hạn đăng ký", "bật, tắt tin nhắc", aliases=("nhacnhở",)),
    Command("hoso", "Xem và đổi hồ sơ: vai trò, đơn vị", "hồ sơ của anh/chị"),
    Command("lienket", "Liên kết với tài khoản Zalo của anh/chị", "dùng chung Zalo và Telegram"),
    Command("thongbao", "Soạn và gửi thông báo (người tổ chức)", "soạn, gửi thông báo", organiser=True),
    Command("thongke", "Báo cáo đăng ký và tin đã gửi (người tổ chức)", "báo cáo", organiser=True),
    Command("quanly", "Mở trang quản lý trên web (người tổ chức)", "trang quản lý trên web", organiser=True),
)


def lookup(name: str) -> Command | None:
    """The command for a name or alias (lower-case, without the slash)."""
    for c in COMMANDS:
        if name == c.name or name in c.aliases:
            return c
    return None


def menu(*, organiser: bool) -> list[tuple[str, str]]:
    """(command, description) pairs for a command menu."""
    return [(c.name, c.description) for c in COMMANDS if organiser or not c.organiser]


def help_lines(*, organiser: bool) -> str:
    """"/khoahoc (lớp sắp tới), …" for /help and the welcome text."""
    return ", ".join(f"/{c.name} ({c.help})" for c in COMMANDS if organiser or not c.organiser)


def names(*, organiser: bool) -> str:
    """"/start, /help, …" for the unknown-command text."""
    return ", ".join(f"/{c.name}" for c in COMMANDS if organiser or not c.organiser)
