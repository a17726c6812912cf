"""Today's province named plainly is the whole province, the provinces merged into it in 2025 included; a few
follow-ups after a class («còn lớp nào cùng nội dung» after a cancelled one, «mấy hôm thì xong»), a plan's
shortfall asked after a past year's figures, and what the asker says of their own work."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers.notices import WORDING
from knowledge import reminders
from knowledge.language.followup import FollowUp
from knowledge.qa import QAEngine
from knowledge.search.subject import Subject, _still_short_now, answer_in_context
from knowledge.seed import load_builtin
from knowledge.text import normalise
from knowledge.transfer import import_file
from tests.test_transfer import write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
HEADER = ["Mã lớp", "Tên lớp", "Chủ đề", "Đối tượng", "Đơn vị tổ chức", "Tỉnh/Thành phố", "Địa điểm",
          "Ngày bắt đầu", "Ngày kết thúc", "Trạng thái"]


def _engine(session: Session, tmp_path: Path) -> QAEngine:
    load_builtin(session)
    path = write_csv(tmp_path / "kehoach.csv", [
        HEADER,
        ["HP-A", "Tập huấn kỹ năng phát triển đoàn viên, thành lập CĐCS", "Phát triển đoàn viên",
         "Cán bộ công đoàn cấp trên cơ sở", "LĐLĐ TP Hải Phòng", "Hải Phòng", "Cung Văn hóa Lao động, phường Hồng Bàng",
         "25/05/2027", "", ""],
        ["HD-B", "Hội nghị tập huấn phát triển đoàn viên, thành lập CĐCS", "Phát triển đoàn viên",
         "Cán bộ công đoàn không chuyên trách", "CĐ phường Hải Dương", "Hải Dương", "Hội trường UBND phường Hải Dương",
         "16/12/2026", "18/12/2026", ""],
        ["HY-PL-01", "Phổ biến pháp luật lao động cho đoàn viên", "Pháp luật lao động", "Đoàn viên, người lao động",
         "LĐLĐ tỉnh Hưng Yên", "Hưng Yên", "Hội trường LĐLĐ tỉnh Hưng Yên", "10/12/2026", "", ""],
        ["HY-PL-02", "Tập huấn pháp luật lao động cho viên chức", "Pháp luật lao động", "Ủy viên BCH công đoàn",
         "LĐLĐ tỉnh Hưng Yên", "Hưng Yên", "Hội trường LĐLĐ tỉnh Hưng Yên", "17/03/2027", "", ""],
        ["HT-PL-01", "Tập huấn pháp luật lao động và kỹ năng tư vấn pháp luật", "Pháp luật lao động", "Chủ tịch CĐCS",
         "LĐLĐ tỉnh Hà Tĩnh", "Hà Tĩnh", "Hội trường LĐLĐ tỉnh Hà Tĩnh", "04/12/2026", "", ""],
        ["HT-PL-03", "Phổ biến pháp luật lao động cho đoàn viên", "Pháp luật lao động", "Đoàn viên, người lao động",
         "LĐLĐ tỉnh Hà Tĩnh", "Hà Tĩnh", "Nhà văn hóa công nhân Vũng Áng", "20/01/2027", "", ""],
        ["QT-TL-02", "Tập huấn đối thoại tại nơi làm việc và thương lượng tập thể", "Thương lượng tập thể",
         "Chủ tịch CĐCS", "CĐ các KCN tỉnh Quảng Trị", "Quảng Trị", "Nhà văn hóa công nhân KCN Hòn La",
         "22/02/2027", "23/02/2027", "Đã hủy"],
        ["QT-TL-01", "Tập huấn kỹ năng đối thoại, thương lượng tập thể", "Thương lượng tập thể",
         "Chủ tịch CĐCS", "LĐLĐ tỉnh Quảng Trị", "Quảng Trị", "Hội trường LĐLĐ tỉnh, phường Đông Hà",
         "16/03/2027", "17/03/2027", ""],
        ["HCM-T", "Huấn luyện ATVSLĐ buổi tối cho công nhân ca ngày", "An toàn, vệ sinh lao động",
         "Đoàn viên, người lao động", "Công đoàn KCX Tân Thuận", "TP Hồ Chí Minh", "Nhà văn hóa công nhân KCX Tân Thuận",
         "10/12/2026 18:00", "", ""],
        ["HCM-S", "Kỹ năng đàm phán, thương lượng thỏa ước lao động tập thể", "Thương lượng tập thể",
         "Chủ tịch CĐCS", "CĐ các KCN Bình Dương", "TP Hồ Chí Minh", "Hội trường phường Thuận An",
         "27/11/2026 18:00", "30/11/2026", ""],
    ])
    import_file(session, path, tz=TZ, reminder_config=reminders.Config(wording=WORDING), now=NOW)
    session.commit()
    return QAEngine.from_session(session, tz=TZ)


def test_todays_province_named_plainly_holds_the_classes_of_the_province_merged_into_it(
        session: Session, tmp_path: Path) -> None:
    engine = _engine(session, tmp_path)
    asked = [m.code for m in engine.answer("ở Hải Phòng có lớp phát triển đoàn viên nào", now=NOW).matches]
    assert asked[:2] == ["HD-B", "HP-A"]  # both are Hải Phòng's today, nearest first
    # «Hải Phòng cũ» is the former city alone.
    assert [m.code for m in engine.answer("lớp phát triển đoàn viên ở Hải Phòng cũ", now=NOW).matches][:1] == ["HP-A"]
    # Neither class is singled out as the one held «at» Hải Phòng: the one that says the name in its union's is
    # no better an answer (a detail asked next is about the nearest or asks which).
    _, subject, _ = answer_in_context(engine, "tại Hải Phòng có lớp phát triển đoàn viên nào", None, now=NOW)
    assert subject is not None and subject.best != ("HP-A",)


def test_other_classes_on_the_topic_after_a_cancelled_one_in_the_same_province(session: Session, tmp_path: Path) -> None:
    engine = _engine(session, tmp_path)
    first, subject, _ = answer_in_context(
        engine, "Lớp thương lượng tập thể của CĐ các KCN Quảng Trị có còn tổ chức không", None, now=NOW)
    assert first is not None and [m.code for m in first.matches][:1] == ["QT-TL-02"]
    other, subject, _ = answer_in_context(engine, "Vậy Quảng Trị còn lớp nào cùng nội dung không", subject, now=NOW)
    assert other is not None and [m.code for m in other.matches][:1] == ["QT-TL-01"]
    ends, _, _ = answer_in_context(engine, "Mấy hôm thì xong?", subject, now=NOW)
    assert ends is not None and ends.intent == "course" and [m.code for m in ends.matches][:1] == ["QT-TL-01"]


def test_a_work_shift_said_of_oneself_is_no_word_of_a_class(session: Session, tmp_path: Path) -> None:
    engine = _engine(session, tmp_path)
    ans = engine.answer("em làm ca ngày chỉ học được buổi tối thôi ở thành phố Hồ Chí Minh có lớp nào học buổi tối"
                        " không ạ", now=NOW)
    assert [m.code for m in ans.matches][:2] == ["HCM-S", "HCM-T"]  # both evening classes, nearest first
    # Asked for as the class is for («cho công nhân ca ngày»), the words are the class's.
    assert [m.code for m in engine.answer("lớp buổi tối cho công nhân ca ngày ở tp hcm", now=NOW).matches][:1] == ["HCM-T"]


def test_still_short_after_a_past_years_plan_is_this_years_shortfall() -> None:
    subject = Subject("target", "nam 2025 chi tieu boi duong chu tich cong doan co so", ("T-2025",), ("Bồi dưỡng",),
                      year=2025)
    asked = FollowUp("ask", "nam 2025 chi tieu boi duong chu tich cong doan co so con thieu bao nhieu nua")
    assert _still_short_now(asked, "con thieu bn nua", subject, now=NOW).question.startswith("nam nay ")
    # A year named, or a plan of this year, keeps the question as it is.
    assert _still_short_now(asked, "năm 2025 còn thiếu bao nhiêu", subject, now=NOW) == asked
    this_year = Subject("target", "chi tieu nam 2026", ("T-2026",), ("Bồi dưỡng",), year=2026)
    assert _still_short_now(asked, "con thieu bn nua", this_year, now=NOW) == asked


def test_a_shortened_vice_chair_is_read_as_one() -> None:
    assert normalise("Chủ tịch và P.Chủ tịch công đoàn cơ sở").folded == "chu tich va pho chu tich cong doan co so"
    assert normalise("p chủ tịch CĐCS").folded.startswith("pho chu tich")


def test_the_former_provinces_own_federations_come_after_todays_unions() -> None:
    from knowledge.generate import generate_dataset
    from knowledge.language.places import is_former

    # Plans written before the merger: Bình Dương and Bà Rịa - Vũng Tàu still have federations of their own.
    ds = generate_dataset(300, seed=1, today=NOW.date())
    engine = QAEngine.build(organisations=ds.organisations, courses=ds.courses, tz=TZ)
    ans = engine.answer("HCM co lop atvsld ko", now=NOW)
    provinces = [c.province or "" for c in ans.courses]
    assert provinces and provinces[0] == "Hồ Chí Minh"
    former = [is_former(p) for p in provinces]
    assert former == sorted(former)  # the city's own first, then the former provinces' federations'


def test_the_same_question_elsewhere_while_one_class_was_in_view_is_about_its_nearest_there(
        session: Session, tmp_path: Path) -> None:
    engine = _engine(session, tmp_path)
    subject = None
    for said in ("tại Hưng Yên sắp tới có những lớp pháp luật lao động nào", "lớp cuối học ngày nào",
                 "lớp ấy học mấy ngày", "còn bên Hà Tĩnh thì sao"):
        ans, subject, _ = answer_in_context(engine, said, subject, now=NOW)
    assert ans is not None and [m.code for m in ans.matches][:2] == ["HT-PL-01", "HT-PL-03"]
    # A registration still asks which of the two …
    asked, kept, follow = answer_in_context(engine, "đăng ký cho tôi lớp này", subject, now=NOW)
    assert asked is None and follow.action == "choose"
    # … but a detail is about the nearest one shown there, as the one class asked for.
    detail, _, _ = answer_in_context(engine, "hạn chót đăng ký hôm nào", kept, now=NOW)
    assert detail is not None and [m.code for m in detail.matches][:1] == ["HT-PL-01"]
