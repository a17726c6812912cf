"""How chairs say what the articles print, in other words.

An article writes «ban hành» where a chair asks when a programme «ra đời», «kinh phí» where she asks how much
it «tốn» or cost in «tiền», «phát hành tờ rơi» where she asks how many were «in», «học viên» where she says
«người học», «cuộc tuyên truyền» where she counts «buổi», «Tổng LĐLĐ» where she says «trung ương». The
engine compares a question's words with a record's, so a record (a curated fact, a plan, a document, an
article's sentence) is indexed with the other ways of saying what it says (`also_said`): the question is read
as typed everywhere else (course search, off-topic gates), and only its match with the articles changes.

Each entry is the article's wording, folded, and the everyday wordings that mean the same in these
articles' matter (training cadres, their numbers and money, documents and the people who issue them). A
wording that means something else elsewhere in the union's work is left out: «thành lập» (a union is
founded, a programme is not), «đóng» (dues), «hợp tác» («hợp tác quốc tế» is a fact of its own), and the
chairs' own workplace and workers («công ty», «công nhân»), which their other errands name at every turn.

Pure functions over folded tokens; nothing here touches the database.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The article's wording -> the chairs' wordings of the same thing. Folded, as the index stores words.
_SAID_ALSO: dict[str, tuple[str, ...]] = {
    # A document is issued («ban hành»); chairs ask when it came out.
    "ban hanh": ("ra doi", "ra van ban", "ky ban hanh"),
    # Money spent on classes.
    "kinh phi": ("tien", "chi phi", "ton", "chi tieu tien", "ngan sach"),
    # Printed material handed out.
    "phat hanh": ("in", "in an", "phat"),
    "to roi": ("truyen don",),
    # Who attended: learners are people learning.
    "hoc vien": ("nguoi hoc", "nguoi tham gia"),
    "dong chi": ("nguoi", "hoc vien"),
    # Awareness sessions are held and counted as sessions.
    "cuoc tuyen truyen": ("buoi tuyen truyen", "dot tuyen truyen", "lan tuyen truyen"),
    # Part-time cadres, as offices write them both ways.
    "khong chuyen trach": ("kiem nhiem", "ban chuyen trach"),
    "kiem nhiem": ("khong chuyen trach",),
    # The national union, as chairs name it from a province.
    "tong lien doan lao dong viet nam": ("trung uong", "cap tren trung uong"),
    "tong lien doan": ("trung uong",),
    # Safety training is trained («huấn luyện») or, as chairs say, «tập huấn».
    "huan luyen": ("tap huan",),
    # Computing, languages, politics as chairs name the subjects.
    "cong nghe thong tin": ("tin hoc", "may tinh", "vi tinh"),
    "ngoai ngu": ("tieng anh", "tieng nuoc ngoai"),
    "ly luan chinh tri": ("chinh tri",),
    # Attending classes is going to them («đi học», «đi tập huấn»).
    "tham du": ("di hoc", "di tap huan"),
    "tham gia": ("di hoc", "di tap huan"),
    "du cac lop": ("di hoc", "di tap huan"),
    # Classes held together with a partner, as chairs say it.
    "phoi hop voi": ("lien ket voi", "ket hop voi", "cung voi"),
    # Opening a class is organising one.
    "to chuc": ("mo",),
    # A figure held against its plan: «vượt kế hoạch», «so với chỉ tiêu».
    "so voi ke hoach": ("vuot ke hoach", "so voi chi tieu", "vuot chi tieu"),
    "so ke hoach": ("vuot ke hoach", "so voi chi tieu", "vuot chi tieu"),
    "dat chi tieu": ("hoan thanh chi tieu", "dat ke hoach"),
    # A report is read out at a meeting.
    "bao cao": ("doc bao cao", "trinh bay bao cao"),
    # Who spoke at a meeting and what they asked for.
    "de nghi": ("yeu cau",),
    "khai mac": ("mo dau", "phat bieu khai mac"),
    # Contests of skill are movements («phong trào luyện tay nghề», as the articles call them too).
    "luyen tay nghe": ("phong trao",),
    "thi tho gioi": ("phong trao", "hoi thi"),
}
_ENTRIES: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = tuple(
    (tuple(k.split()), tuple(tuple(v.split()) for v in vs)) for k, vs in _SAID_ALSO.items())


def also_said(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    """The other wordings (each a tuple of folded tokens) of what the folded `tokens` of a record say: to be
    indexed with it so a question in the chairs' words finds it. Empty when it says none."""
    text = f" {' '.join(tokens)} "
    out: list[tuple[str, ...]] = []
    for key, others in _ENTRIES:
        if f" {' '.join(key)} " in text:
            out.extend(o for o in others if o not in out)
    return out


def with_also_said(tokens: list[str]) -> list[str]:
    """`tokens` followed by the other wordings of what they say (see `also_said`)."""
    return tokens + [t for wording in also_said(tokens) for t in wording]


# A congress and its executive committee are numbered in Roman numerals («Đại hội XV», «khóa X»); chairs say
# or dictate the number («đại hội mười lăm», «khóa 15»). Up to 39, as no union has held more congresses.
_ROMAN = (("XXX", 30), ("XX", 20), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))
_CONGRESS_NUMBER = re.compile(r"(?i)(?<!\w)(đại hội|dai hoi|đh)( lần thứ| lan thu| khóa| khoá| khoa)? (\d{1,2})"
                              r"(?!\w|[/.,]\d)")
_TERM_NUMBER = re.compile(r"(?i)(?<!\w)(khóa|khoá|khoa)( thứ| thu)? (\d{1,2})(?!\w|[/.,]\d)")
_OF_CONGRESS = re.compile(r"(?i)(?<!\w)(?:đại hội|dai hoi|ban chấp hành|ban chap hanh|bch|nhiệm kỳ|nhiem ky)(?!\w)")


def roman(n: int) -> str:
    out = ""
    for numeral, value in _ROMAN:
        while n >= value:
            out, n = out + numeral, n - value
    return out


def congress_numerals(text: str) -> str:
    """A congress («đại hội 15») or, in a question about a congress or its committee, a term («BCH khóa 10»)
    numbered as the union numbers them, in Roman numerals («đại hội XV», «khóa X»). A course's batch («khóa 2»
    of a class) is left alone."""
    def numeral(m: re.Match[str]) -> str:
        n = int(m.group(3))
        return f"{m.group(1)}{m.group(2) or ''} {roman(n)}" if 1 <= n <= 39 else m.group(0)

    text = _CONGRESS_NUMBER.sub(numeral, text)
    if _OF_CONGRESS.search(text):
        text = _TERM_NUMBER.sub(numeral, text)
    return text


# A figure half-remembered: «khoảng 8 nghìn mấy», «tầm 23 nghìn», «hơn 2 tỷ», «8000 mấy» (dictated). The articles
# print exact figures: the chair asks for the figure itself, whatever its rounded form.
# Typed without marks only where the word has no other reading («co» is «có» as often as «cỡ»).
_ROUGHLY = r"(?:khoảng|khoang|tầm|chừng|cỡ|gần|xấp xỉ|xap xi|hơn|trên|ngót|ngot)"
_SCALE = r"(?:nghìn|ngàn|nghin|ngan|triệu|trieu|tỷ|tỉ|ty|ti)"
_SOME = r"(?:mấy|may|hơn|hon|lẻ|le|gì đó|gi do)"
_ROUNDED = re.compile(rf"(?<!\w)(?:{_ROUGHLY} )?(?:\d+ {_SCALE}(?: {_SOME})?|\d*000 {_SOME})(?![\w,.])", re.IGNORECASE)
# Another thing asked beside the figure («… là số liệu năm nào», «… của tỉnh nào»): the figure is then a clue to the
# record, kept as typed.
_OTHER_ASKED = re.compile(r"(?<!\w)(?:nào|nao|gì|gi|j|ai|đâu|dau|bao nhiêu|bao nhieu|bn|bao giờ|khi nào)(?!\w)",
                          re.IGNORECASE)
_ROUNDING_SAID = re.compile(rf"^{_ROUGHLY} |(?: {_SOME})$", re.IGNORECASE)


def rounded_figures(text: str) -> str:
    """A figure said roughly («khoảng 8 nghìn mấy cán bộ», «hình như 23 nghìn người») asked as the figure it stands
    for («bao nhiêu cán bộ»): the records print exact figures, which a rough one would never match. A figure said
    exactly («hơn 2,1 tỷ», «8 nghìn»), a small one («khoảng 30 người» of a class), or one quoted as a clue to
    something else asked («khoảng 38 nghìn lượt là năm nào») is left as typed."""
    def asked(m: re.Match[str]) -> str:
        said = m.group(0)
        return "bao nhiêu" if _ROUNDING_SAID.search(said) else said

    if not _ROUNDED.search(text) or _OTHER_ASKED.search(_ROUNDED.sub(" ", text)):
        return text
    return _ROUNDED.sub(asked, text)
