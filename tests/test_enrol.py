"""Registration an organiser can use (issue 14): details asked once with consent, through the Telegram and
Zalo fakes; /hoso shows and deletes them; checks and confirmations; seats; the printable attendance list;
export counts; the sample removed by hand."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from bot import cli
from handlers.deps import Deps
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course, Registration, UserProfile
from tests.conftest import FIXED_NOW, FakeClock, build_deps
from tests.fake_telegram import FakeTelegram
from tests.fake_zalo import FakeZalo
from tests.people import add_course, add_members
from tests.test_organiser import say
from tests.test_telegram import polling_bot as telegram_bot
from tests.test_zalo import option
from tests.test_zalo import polling_bot as zalo_bot


def new_course(deps: Deps, code: str = "LS-ENR-01", *, days: int = 20, capacity: int | None = 2,
               audiences: str = "chu_tich_cdcs", status: str = "open", tentative: str | None = None) -> int:
    with session_scope(deps.session_factory) as s:
        c = add_course(s, code, starts=FIXED_NOW + dt.timedelta(days=days), capacity=capacity,
                       deadline=FIXED_NOW + dt.timedelta(days=days - 5))
        c.audiences, c.status, c.tentative = audiences, status, tentative
        bump_data_version(s)
        return c.id


def account(deps: Deps, channel: str, user_id: str) -> UserProfile:
    with deps.session_factory() as s:
        found = s.scalar(select(UserProfile).where(UserProfile.channel == channel, UserProfile.user_id == user_id))
        assert found is not None
        return found


def registered(deps: Deps, course_id: int) -> list[str]:
    with deps.session_factory() as s:
        rows = s.execute(select(UserProfile.user_id).join(Registration, Registration.profile_id == UserProfile.id)
                         .where(Registration.course_id == course_id, Registration.status == "registered"))
        return sorted(rows.scalars())


def test_first_registration_asks_for_details_with_their_purpose_on_telegram(deps: Deps) -> None:
    cid = new_course(deps)

    async def scenario() -> None:
        async with FakeTelegram() as fake, telegram_bot(deps, fake):
            await fake.press(601, f"rg:{cid}")
            purpose, ask_name = await fake.wait_sent(2, chat_id=601)
            assert "91/2025/QH15" in purpose.visible and "356/2025" in purpose.visible
            assert "/hoso" in purpose.visible and "Họ và tên" in ask_name.visible
            await fake.send_text(601, "Nguyễn Thị Hoà")
            ask_unit = (await fake.wait_sent(3, chat_id=601))[2]
            assert "Đơn vị" in ask_unit.visible
            await fake.send_text(601, "=CĐCS Công ty May 10")
            ask_phone = (await fake.wait_sent(4, chat_id=601))[3]
            assert "không bắt buộc" in ask_phone.visible
            await fake.send_text(601, "abc")  # not a phone number: asked again, nothing lost
            again = (await fake.wait_sent(5, chat_id=601))[4]
            assert "chưa đúng" in again.visible
            await fake.send_text(601, "0912 345 678")
            saved, done = (await fake.wait_sent(7, chat_id=601))[5:7]
            assert "Đã lưu: Nguyễn Thị Hoà — =CĐCS Công ty May 10 — 0912345678" in saved.visible
            assert done.visible.startswith("Đã đăng ký cho anh/chị lớp")
            assert not fake.errors
            # A second class: the details are not asked again.
            other = new_course(deps, "LS-ENR-02", days=40)
            await fake.press(601, f"rg:{other}")
            assert (await fake.wait_sent(8, chat_id=601))[7].visible.startswith("Đã đăng ký")

    asyncio.run(scenario())
    p = account(deps, "telegram", "601")
    assert (p.full_name, p.unit_name, p.phone) == ("Nguyễn Thị Hoà", "=CĐCS Công ty May 10", "0912345678")
    assert p.details_at is not None
    assert registered(deps, cid) == ["601"]


def test_details_on_zalo_by_typed_numbers_then_seen_and_deleted_from_hoso(deps: Deps) -> None:
    cid = new_course(deps)

    async def scenario() -> None:
        async with FakeZalo() as fake, zalo_bot(deps, fake):
            await fake.say("z7", "Lớp thử LS-ENR-01 còn chỗ không?")
            [seats] = await fake.wait_sent(1, chat_id="z7")
            assert "còn 2/2 chỗ" in seats.text
            await fake.say("z7", option(seats.text, "Đăng ký"))
            purpose, ask_name = (await fake.wait_sent(3, chat_id="z7"))[1:3]
            assert "91/2025/QH15" in purpose.text and "Họ và tên" in ask_name.text
            await fake.say("z7", "Trần Văn Nam")
            await fake.wait_sent(4, chat_id="z7")
            await fake.say("z7", "CĐCS Trường Tiểu học Vĩnh Trại")
            ask_phone = (await fake.wait_sent(5, chat_id="z7"))[4]
            await fake.say("z7", option(ask_phone.text, "Bỏ qua"))
            saved, done = (await fake.wait_sent(7, chat_id="z7"))[5:7]
            assert "Trần Văn Nam" in saved.text and done.text.startswith("Đã đăng ký")
            await fake.say("z7", "/hoso")
            shown = (await fake.wait_sent(8, chat_id="z7"))[7]
            assert "Họ và tên: Trần Văn Nam" in shown.text and "Điện thoại: không cung cấp" in shown.text
            await fake.say("z7", option(shown.text, "Xóa thông tin"))
            confirm = (await fake.wait_sent(9, chat_id="z7"))[8]
            await fake.say("z7", option(confirm.text, "Xóa thông tin"))
            gone = (await fake.wait_sent(10, chat_id="z7"))[9]
            assert "Đã xóa" in gone.text
            await fake.say("z7", "/hoso")
            after = (await fake.wait_sent(11, chat_id="z7"))[10]
            assert "chưa cung cấp" in after.text and "Trần Văn Nam" not in after.text
            await fake.say("z7", "Lớp thử LS-ENR-01 còn chỗ không")
            assert "còn 1/2 chỗ" in (await fake.wait_sent(12, chat_id="z7"))[11].text

    asyncio.run(scenario())
    p = account(deps, "zalo", "z7")
    assert (p.full_name, p.unit_name, p.phone, p.details_at) == (None, None, None, None)
    assert registered(deps, cid) == ["z7"]  # the place stays


def test_stopping_the_dialogue_saves_nothing(deps: Deps) -> None:
    cid = new_course(deps)
    say(deps, data=f"rg:{cid}", user="602")
    assert "Đã dừng" in say(deps, "thôi", user="602")[0].text
    assert account(deps, "telegram", "602").full_name is None and registered(deps, cid) == []
    # Bad input mid-dialogue gets a clear reply.
    say(deps, data=f"rg:{cid}", user="602")
    for text in ("🙂" * 5000, "<b>x</b>12", "A"):
        assert "Họ và tên cần có chữ" in say(deps, text, user="602")[0].text


def test_details_are_never_asked_in_a_group(deps: Deps) -> None:
    cid = new_course(deps)
    reply = say(deps, data=f"rg:{cid}", user="603", private=False)[0].text
    assert "nhắn riêng" in reply and registered(deps, cid) == []


def test_only_classes_that_take_registrations(deps: Deps) -> None:
    planned = new_course(deps, "LS-ENR-03", status="planned", tentative="tháng 9/2027")
    with session_scope(deps.session_factory) as s:
        add_members(s, 1, first_id=700)
    reply = say(deps, data=f"rg:{planned}", user="700")[0].text
    assert "chưa nhận đăng ký" in reply and "dự kiến tháng 9/2027" in reply
    assert registered(deps, planned) == []
    # A class with only a month that the plan marks «Mở đăng ký» does take registrations.
    opened = new_course(deps, "LS-ENR-06", tentative="tháng 10/2027")
    deps.knowledge.invalidate()  # the engine checks the data version every 2 s of real time
    assert say(deps, data=f"rg:{opened}", user="700")[0].text.startswith("Đã đăng ký")
    assert "dự kiến tháng 10/2027" in say(deps, data=f"c:{opened}", user="700")[0].text


def test_audience_area_and_overlap_are_warned_and_confirmed(deps: Deps) -> None:
    with session_scope(deps.session_factory) as s:
        [member] = add_members(s, 1, first_id=710, role="doan_vien")
        member.province = "Hà Nội"
    first = new_course(deps, "LS-ENR-04", days=20, audiences="doan_vien")
    second = new_course(deps, "LS-ENR-05", days=20, audiences="chu_tich_cdcs")
    warned = say(deps, data=f"rg:{first}", user="710")[0]
    assert "Lạng Sơn" in warned.text and "Hà Nội" in warned.text  # area mismatch
    say(deps, data=next(b.data for b in warned.buttons if b.label == "Vẫn đăng ký"), user="710")
    assert registered(deps, first) == ["710"]
    warned = say(deps, data=f"rg:{second}", user="710")[0]
    assert "Lớp dành cho Chủ tịch CĐCS" in warned.text and "Trùng thời gian" in warned.text
    assert registered(deps, second) == []
    assert "Đã dừng" in say(deps, data="dk:stop", user="710")[0].text
    assert registered(deps, second) == []


def test_cancel_asks_to_confirm(deps: Deps) -> None:
    cid = new_course(deps)
    with session_scope(deps.session_factory) as s:
        add_members(s, 1, first_id=720)
    assert "chưa đăng ký lớp" in say(deps, data=f"rc:{cid}", user="720")[0].text  # nothing to confirm
    say(deps, data=f"rg:{cid}", user="720")
    asked = say(deps, data=f"rc:{cid}", user="720")[0]
    assert "chắc chắn muốn hủy" in asked.text and registered(deps, cid) == ["720"]
    assert "giữ nguyên" in say(deps, data="no", user="720")[0].text and registered(deps, cid) == ["720"]
    assert "Đã hủy đăng ký" in say(deps, data=f"ok:rc:{cid}", user="720")[0].text
    assert registered(deps, cid) == []


def test_class_details_show_places_left(deps: Deps) -> None:
    cid = new_course(deps, capacity=3)
    with session_scope(deps.session_factory) as s:
        add_members(s, 1, first_id=730)
    say(deps, data=f"rg:{cid}", user="730")
    detail = say(deps, data=f"c:{cid}", user="731")[0].text
    assert "Số chỗ: còn 2/3 chỗ" in detail
    assert "còn 2/3 chỗ" in say(deps, "còn chỗ không?", user="731")[0].text  # the class just viewed


def _cli_env(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv("CADREBOT_DATABASE_URL", url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "false")


def test_attendance_list_is_a_printable_workbook(sqlite_url: str, clock: FakeClock, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _cli_env(monkeypatch, sqlite_url)
    deps = build_deps(sqlite_url, clock)
    cid = new_course(deps, capacity=1)
    with session_scope(deps.session_factory) as s:
        first, second = add_members(s, 2, first_id=740)
        first.full_name, first.phone = "=HYPERLINK(\"http://x\",\"bấm\")", "0912345678"
        second.full_name, second.unit_name = "@Lê Thị B", "+CĐCS Xã Tân Thành"
    say(deps, data=f"rg:{cid}", user="740")
    say(deps, data=f"wl:{cid}", user="741")
    deps.session_factory.kw["bind"].dispose()
    path = tmp_path / "diem-danh.xlsx"

    assert cli.main(["registrations", "LS-ENR-01", "--xlsx", str(path)]) == 0
    assert "1 người đã đăng ký, 1 người trong danh sách chờ" in capsys.readouterr().out

    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "DANH SÁCH HỌC VIÊN"
    assert "Lớp thử LS-ENR-01" in str(sheet["A2"].value)
    assert re.search(r"Thời gian: \d\d/\d\d/\d{4}", str(sheet["A3"].value))
    header = [c.value for c in sheet[5]]
    assert header == ["STT", "Họ và tên", "Đơn vị", "Điện thoại", "Vai trò", "Ngày đăng ký", "Trạng thái", "Ký tên"]
    one, two = ([c.value for c in sheet[row]] for row in (6, 7))
    assert one[:5] == [1, "=HYPERLINK(\"http://x\",\"bấm\")", "CĐCS Công ty Thử", "0912345678", "Chủ tịch CĐCS"]
    assert one[6:] == ["đã đăng ký", None]
    assert isinstance(one[5], dt.datetime)
    assert two[:3] == [2, "@Lê Thị B", "+CĐCS Xã Tân Thành"] and two[6] == "danh sách chờ"
    # Formula-looking text stays text.
    assert all(sheet.cell(row=r, column=c).data_type == "s" for r in (6, 7) for c in (2, 3))
    assert cli.main(["registrations", "LS-ENR-01", "--xlsx", str(tmp_path / "x.csv")]) == 1


def test_export_adds_registered_and_waiting_counts(sqlite_url: str, clock: FakeClock, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _cli_env(monkeypatch, sqlite_url)
    deps = build_deps(sqlite_url, clock)
    cid = new_course(deps, capacity=1)
    with session_scope(deps.session_factory) as s:
        add_members(s, 3, first_id=750)
        course = s.get(Course, cid)
        assert course is not None
        course.title = "=1+2 lớp thử"
    for user, data in (("750", "rg"), ("751", "wl"), ("752", "wl")):
        say(deps, data=f"{data}:{cid}", user=user)
    deps.session_factory.kw["bind"].dispose()
    path = tmp_path / "xuat.xlsx"
    assert cli.main(["export", str(path), "--kind", "courses"]) == 0
    sheet = openpyxl.load_workbook(path)["Khóa học"]
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert (row["Đã đăng ký"].value, row["Danh sách chờ"].value) == (1, 2)
    assert row["Tên lớp"].value == "=1+2 lớp thử" and row["Tên lớp"].data_type == "s"


def test_sample_remove_by_hand_and_never_reloaded(db_url: str, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CADREBOT_DATABASE_URL", db_url)
    monkeypatch.setenv("CADREBOT_SAMPLE_DATA", "true")
    assert cli.main(["sample", "remove"]) == 0  # the app start loaded the sample into the empty database
    out = capsys.readouterr().out
    assert re.search(r"Đã xóa dữ liệu mẫu: [1-9]\d* lớp, [1-9]\d* chỉ tiêu", out)
    assert cli.main(["sample", "remove"]) == 0  # the next start did not load it again
    assert "Không có dữ liệu mẫu nào để xóa." in capsys.readouterr().out
