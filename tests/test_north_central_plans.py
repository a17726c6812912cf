"""Rules found on blind set 30 (North Central and Central Coast on the 2025 map), each one for any province's plan:
today's province asked by name holds the classes filed under a province it took in; a class for a chair and vice
chair is a chair's class; «gần cho tôi, tôi ở phường X» is the ward as a place; «đ» of an abbreviation says
nothing of how the rest is typed; «thế tháng sau?» after a month asked is the month after it; a registration
pointing at a class is never read as a question its note answers; «PP» is «phương pháp». (The classes filed under
today's name still come before those filed under the province it took in.)"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from handlers.notices import WORDING
from knowledge import reminders
from knowledge.language.followup import Subject, resolve
from knowledge.qa import QAEngine
from knowledge.search.subject import answer_in_context
from knowledge.seed import load_builtin
from knowledge.text import normalise
from knowledge.transfer import import_file
from tests.test_transfer import write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
HEADER = ["Mã lớp", "Tên lớp", "Lĩnh vực", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm", "Hình thức",
          "Ngày bắt đầu", "Ghi chú"]


@pytest.fixture()
def engine(session: Session, tmp_path: Path) -> QAEngine:
    load_builtin(session)
    path = write_csv(tmp_path / "kehoach.csv", [
        HEADER,
        # Today's Quảng Trị, one class (the nearer) filed under the former Quảng Bình.
        ["QT-VT", "Nghiệp vụ văn thư, lưu trữ", "Văn thư", "Cán bộ công đoàn chuyên trách", "LĐLĐ tỉnh Quảng Trị",
         "Quảng Trị", "Hội trường LĐLĐ tỉnh, phường Đông Hà", "Tập trung", "23/12/2026", ""],
        ["QB-VT", "Nghiệp vụ văn thư, lưu trữ", "Văn thư", "Cán bộ công đoàn chuyên trách", "LĐLĐ tỉnh Quảng Bình",
         "Quảng Bình", "Trụ sở LĐLĐ tỉnh Quảng Bình (cũ), phường Đồng Hới", "Tập trung", "10/12/2026", ""],
        # Chairs alone, and chairs with their deputies (the earlier one).
        ["NA-CT", "Kỹ năng đối thoại tại nơi làm việc", "Thương lượng", "Chủ tịch CĐCS", "LĐLĐ tỉnh Nghệ An",
         "Nghệ An", "Hội trường LĐLĐ tỉnh, phường Vinh Phú", "Tập trung", "07/01/2027", ""],
        ["NA-CTP", "Tập huấn giải quyết tranh chấp lao động", "Tranh chấp", "Chủ tịch, P.Chủ tịch CĐCS",
         "LĐLĐ tỉnh Nghệ An", "Nghệ An", "Hội trường LĐLĐ tỉnh, phường Vinh Phú", "Tập trung", "15/12/2026", ""],
        # Chairs and deputies of one industry only: narrower than the chairs asked, after their classes.
        ["NA-DG", "Tập huấn thương lượng tập thể ngành da giày", "Thương lượng", "Chủ tịch, P.Chủ tịch CĐCS doanh nghiệp da giày",
         "LĐLĐ tỉnh Nghệ An", "Nghệ An", "Hội trường LĐLĐ tỉnh, phường Vinh Phú", "Tập trung", "10/12/2026", ""],
        # A ward: one class its union runs, an earlier one the province's union holds there.
        ["HT-1", "Tập huấn kế toán, tài chính công đoàn", "Tài chính", "Kế toán CĐCS", "Công đoàn phường Hạc Thành",
         "Thanh Hóa", "Hội trường UBND phường Hạc Thành", "Tập trung", "13/02/2027", "Số chỗ: theo đăng ký"],
        ["TH-1", "Kỹ năng phát triển đoàn viên", "Phát triển đoàn viên", "Cán bộ CĐ cấp trên cơ sở",
         "LĐLĐ tỉnh Thanh Hóa", "Thanh Hóa", "Hội trường LĐLĐ tỉnh, số 2 Hạc Thành, phường Hạc Thành", "Tập trung",
         "30/11/2026", ""],
        # Evening classes of a ward's union.
        ["CL-1", "Bồi dưỡng nghiệp vụ tài chính công đoàn cơ sở", "Tài chính", "Chủ tịch CĐCS", "CĐ phường Cửa Lò",
         "Nghệ An", "Hội trường UBND phường Cửa Lò", "Tập trung", "25/01/2027 19:00", ""],
        ["CL-2", "Bồi dưỡng nghiệp vụ tuyên giáo công đoàn", "Tuyên giáo", "Ủy viên BCH", "CĐ phường Cửa Lò",
         "Nghệ An", "Hội trường UBND phường Cửa Lò", "Tập trung", "18/01/2027 08:00", ""],
        # Two months of women's work classes in Huế.
        ["HUE-12", "Sinh hoạt chuyên đề nữ công", "Nữ công", "Trưởng, phó ban nữ công CĐCS", "LĐLĐ thành phố Huế",
         "Huế", "Hội trường LĐLĐ thành phố, phường Thuận Hóa", "Tập trung", "06/12/2026", ""],
        ["HUE-01", "Tập huấn công tác nữ công", "Nữ công", "Trưởng, phó ban nữ công CĐCS", "LĐLĐ thành phố Huế",
         "Huế", "Hội trường LĐLĐ thành phố, phường Thuận Hóa", "Tập trung", "08/01/2027", ""],
        ["GV-1", "Bồi dưỡng phương pháp giảng dạy tích cực cho giảng viên kiêm chức", "Giảng viên",
         "Giảng viên kiêm chức", "Trường Đại học Công đoàn", "Hà Nội", "Trường Đại học Công đoàn", "Tập trung",
         "09/12/2026", ""],
    ])
    import_file(session, path, tz=TZ, reminder_config=reminders.Config(wording=WORDING), now=NOW)
    session.commit()
    return QAEngine.from_session(session, tz=TZ)


def codes(engine: QAEngine, question: str) -> list[str]:
    return [m.code for m in engine.answer(question, now=NOW).matches]


def test_todays_province_holds_the_classes_filed_under_the_province_it_took_in(engine: QAEngine) -> None:
    # The whole of today's province, nearest first: the class filed under the province it took in is its own
    # (only a former federation's own classes go after today's unions', tests/test_merged_area_followups.py).
    assert codes(engine, "quang tri co lop van thu luu tru ko")[:2] == ["QB-VT", "QT-VT"]
    # The former province said as such keeps to its own area.
    assert codes(engine, "lớp văn thư ở quảng bình cũ")[:1] == ["QB-VT"]


def test_a_class_for_chairs_and_their_deputies_is_a_chairs_class(engine: QAEngine) -> None:
    found = codes(engine, "co lop nao cho chu tich cdcs o nghe an ko")
    assert found[:2] == ["NA-CTP", "NA-CT"]
    assert "NA-DG" in found and found.index("NA-DG") > 1


def test_near_me_in_a_ward_is_the_ward_as_a_place(engine: QAEngine) -> None:
    assert codes(engine, "gan cho toi co lop nao khong, toi o phuong hac thanh")[:2] == ["TH-1", "HT-1"]


def test_the_d_of_an_abbreviation_does_not_make_a_message_typed_with_marks(engine: QAEngine) -> None:
    assert not normalise("cđ phuong cua lo co lop buoi toi ko a").had_diacritics
    assert normalise("cđ phường cửa lò").had_diacritics
    assert normalise("đi học ở đâu").had_diacritics
    assert codes(engine, "cđ phuong cua lo co lop buoi toi ko a")[:1] == ["CL-1"]


def test_pp_is_a_method(engine: QAEngine) -> None:
    assert codes(engine, "lớp kỹ năng pp giảng dạy cho gv kiêm chức gần nhất")[:1] == ["GV-1"]


def test_next_month_after_a_month_asked_is_the_month_after_it(engine: QAEngine) -> None:
    subject = None
    ans, subject, _ = answer_in_context(engine, "thang 12 o hue co lop nu cong nao", subject, now=NOW)
    assert ans is not None and [m.code for m in ans.matches][:1] == ["HUE-12"]
    ans, subject, _ = answer_in_context(engine, "the thang sau", subject, now=NOW)
    assert ans is not None and [m.code for m in ans.matches][:1] == ["HUE-01"]


def test_next_month_follow_up_is_rewritten_against_the_month_asked() -> None:
    subject = Subject(kind="courses", codes=("A",), question="lớp nữ công tháng 12 ở Huế")
    follow = resolve("thế tháng sau", subject)
    assert "thang 1" in follow.question and "thang 12" not in follow.question
    follow = resolve("còn tháng trước", subject)
    assert "thang 11" in follow.question


def test_a_registration_pointing_at_a_class_is_no_question_for_its_note(engine: QAEngine) -> None:
    subject = None
    ans, subject, _ = answer_in_context(engine, "phuong hac thanh co lop ke toan nao", subject, now=NOW)
    assert ans is not None and [m.code for m in ans.matches][:1] == ["HT-1"]
    ans, subject, _ = answer_in_context(engine, "đk lớp đó cho mình", subject, now=NOW)
    assert ans is not None and ans.intent == "register" and [m.code for m in ans.matches][:1] == ["HT-1"]
