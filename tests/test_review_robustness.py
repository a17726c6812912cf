"""What a chair may send, however odd, is answered and never raises, in time: empty or pasted text, emoji,
decomposed marks, zero-width characters, markup, a pasted essay; a saved conversation from before a field
was added still loads; and «đơn vị mình» asked after naming one's workplace is that workplace."""

from __future__ import annotations

import datetime as dt
import json
import time
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from handlers.deps import Deps
from handlers.notices import WORDING
from knowledge import reminders
from knowledge.language.followup import Subject
from knowledge.language.message import clauses, split_message
from knowledge.qa import MAX_MESSAGE, Profile, QAEngine
from knowledge.search.subject import answer_in_context, last_question
from knowledge.seed import load_builtin
from knowledge.transfer import import_file
from tests.test_office_named_classes import HEADER
from tests.test_transfer import write_csv

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
ROWS = [
    # The province's federation's class comes sooner than the hospital union's own.
    ["R-TH-1", "Tập huấn nghiệp vụ công tác nữ công", "Nữ công", "Cán bộ công đoàn cơ sở", "LĐLĐ tỉnh Thanh Hóa",
     "Thanh Hóa", "Hội trường LĐLĐ tỉnh", "Tập trung", "01/12/2026", "", "", "", ""],
    ["R-BV-1", "Tập huấn kỹ năng kiểm tra, giám sát", "Kiểm tra", "Ủy viên UBKT",
     "CĐCS Bệnh viện Đa khoa tỉnh Thanh Hóa", "Thanh Hóa", "Hội trường Bệnh viện", "Tập trung", "20/12/2026", "",
     "", "", ""],
]


@pytest.fixture
def qa(session: Session, tmp_path: Path) -> QAEngine:
    load_builtin(session)
    session.commit()
    import_file(session, write_csv(tmp_path / "ke-hoach.csv", [HEADER, *ROWS]), tz=TZ,
                reminder_config=reminders.Config(wording=WORDING), now=NOW)
    return QAEngine.from_session(session, tz=TZ)


ODD = [
    "", "   ", "😀😀 lớp nào 🎉", "lớp\u200b nữ\u200c công\u200d tháng\ufeff sau", "<script>alert(1)</script> lớp nào?",
    "'; DROP TABLE courses; -- có lớp nào", unicodedata.normalize("NFD", "Chào anh chị, em ở Bệnh viện Đa khoa tỉnh. "
                                                                      "Đơn vị em có lớp nào không?"),
    "à " * 5000, "1" * 10000, "12 " * 3333, "lớp " * 2500, "một hai ba " * 900, "em là chủ tịch, " * 600,
    "," * 10000, ". " * 5000, "TP. " * 2500, "năm " * 2500, "hai mươi " * 1200,
]


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_odd_messages_are_answered_without_raising(qa: QAEngine, text: str) -> None:
    ans = qa.answer(text, now=NOW)
    assert ans.question == text  # said back as typed, however it was read
    answer_in_context(qa, text, None, now=NOW)


def test_pasted_runs_of_marks_cost_their_length_not_its_square() -> None:
    # Read from every mark of a run again, these took seconds; read once, milliseconds.
    start = time.perf_counter()
    assert len(clauses("TP. " * 5000)) == 1
    assert last_question("," * 20000) == "," * 20000
    assert last_question("xa quá.  thế lớp ở Huế thì có ko") == "thế lớp ở Huế thì có ko"
    assert time.perf_counter() - start < 1.0


def test_a_pasted_essay_is_read_to_a_long_letter(qa: QAEngine) -> None:
    text = "năm " * 5000
    read, profile = qa.apart(text, None)
    # Read to MAX_MESSAGE characters, both ends kept (a pasted letter's question comes first or last).
    assert profile is None and len(read) <= MAX_MESSAGE and set(read.split()) == {"năm"}


def test_a_saved_conversation_without_the_aside_field_still_loads() -> None:
    new = Subject(kind="courses", question="lớp nữ công tháng sau", codes=("A", "B"), aside="gia xang")
    data = json.loads(json.dumps(new.to_dict()))
    del data["aside"]  # saved before the field was added
    old = Subject.from_dict(data)
    assert old is not None and old.aside == "" and old.codes == ("A", "B")


def test_the_unit_asked_about_after_naming_ones_workplace_is_that_workplace(qa: QAEngine) -> None:
    # Imported as «CĐCS …»; union names are kept written out in full (the 2025 map's import).
    union = next(o for o, rec in qa.orgs.items() if rec.name == "Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Thanh Hóa")
    profile = Profile(role="uy_vien_ubkt", organisation_id=union, province="Thanh Hóa")
    q = "Chào anh chị, mình ở Bệnh viện Đa khoa tỉnh. Đơn vị mình có lớp nào sắp tổ chức không?"
    for ans in (qa.answer(q, now=NOW, profile=profile), answer_in_context(qa, q, None, now=NOW, profile=profile)[0]):
        assert ans is not None and ans.matches[0].code == "R-BV-1"
    # Not asked about the workplace: the introduction says who asks, and the province's classes come by date.
    q = "Chào anh chị, mình ở Bệnh viện Đa khoa tỉnh. Có lớp nào sắp tổ chức không?"
    assert qa.answer(q, now=NOW, profile=profile).matches[0].code == "R-TH-1"


def test_a_stray_combining_mark_in_the_frame_never_cuts_the_question_short() -> None:
    # «hỏi» typed with a mark no letter composes with: its folded frame is shorter than the typed one.
    msg = split_message("Chào anh chị ạ, em là Lan công ty TNHH ABC. Em muốn ho\u0301\u0307i là lớp nào sắp mở không ạ?")
    assert msg.question.endswith("là lớp nào sắp mở không ạ?")
    msg = split_message("Chào anh chị ạ, em là Lan công ty TNHH ABC. Em muốn hỏi là lớp nào sắp mở không ạ?")
    assert msg.question == "lớp nào sắp mở không ạ?"


def test_registering_right_after_a_yes_no_class_question_asks_which_class(deps: Deps) -> None:
    # The nearest class leads the list that answers «có lớp … không», yet «đăng ký lớp đó» names none of them:
    # which one is asked, and nothing is registered.
    from sqlalchemy import select

    from knowledge.db import session_scope
    from knowledge.models import Registration
    from tests.test_followup_chat import ask, setup, text_of

    setup(deps)
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    replies = ask(deps, "đăng ký lớp đó")
    assert "lớp nào" in text_of(replies)
    assert len([b for r in replies for b in (r.buttons or ())]) == 3
    with session_scope(deps.session_factory) as s:
        assert not list(s.scalars(select(Registration)))
