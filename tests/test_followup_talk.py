"""Follow-ups as chairs type them in a longer talk, through the real core: a province code read by the
province of the talk, small talk in between, a month in office shorthand, a class of the list named by
words of its title, a registration for one's workers or after two positions, «còn kịp không»."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from handlers.deps import Deps
from knowledge.db import bump_data_version, session_scope
from knowledge.models import Course, Organisation, Registration, Target
from tests.conftest import FIXED_NOW
from tests.people import add_course, add_members, org_id
from tests.test_followup_chat import USER, ask, setup, setup_places, text_of


def _union(s: object, code: str, name: str, province: str) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    # Today's 34 provincial LĐLĐs are built in (the 2025 map): the province's own is used when there.
    from sqlalchemy import select

    built_in = s.scalar(select(Organisation.id).where(Organisation.kind == "province", Organisation.province == province))
    if built_in is not None:
        return built_in
    org = Organisation(code=code, name=name, kind="province", province=province, parent_id=org_id(s, "TLD"),
                       aliases="")
    s.add(org)
    s.flush()
    return org.id


def setup_two_dn(deps: Deps, *, member: bool = True) -> None:
    """Safety and finance classes in Đồng Nai and in Đà Nẵng: «ĐN» may be either."""
    with session_scope(deps.session_factory) as s:
        if member:
            add_members(s, 1, first_id=int(USER), channel="zalo")
        for code, name, province in (("DNA", "Liên đoàn Lao động tỉnh Đồng Nai", "Đồng Nai"),
                                     ("DNG", "Liên đoàn Lao động thành phố Đà Nẵng", "Đà Nẵng")):
            oid = _union(s, code, name, province)
            for i, (topic, title) in enumerate((("atvsld", "Huấn luyện an toàn, vệ sinh lao động"),
                                                ("tai_chinh", "Tập huấn tài chính công đoàn"))):
                c = add_course(s, f"{code}-{topic}", starts=FIXED_NOW + dt.timedelta(days=10 + 5 * i),
                               deadline=FIXED_NOW + dt.timedelta(days=5 + 5 * i), capacity=30)
                c.title, c.topic, c.province, c.organiser_id = title, topic, province, oid
                c.venue = f"Hội trường LĐLĐ {province}"
        bump_data_version(s)


def test_a_province_code_two_provinces_share_is_the_province_of_the_talk(deps: Deps) -> None:
    setup_two_dn(deps)
    listed = text_of(ask(deps, "lớp an toàn vệ sinh lao động ở Đồng Nai"))
    assert "Hội trường LĐLĐ Đồng Nai" in listed and "Đà Nẵng" not in listed
    finance = text_of(ask(deps, "có lớp tài chính ở ĐN không"))
    assert "Tập huấn tài chính" in finance and "Đồng Nai" in finance and "Đà Nẵng" not in finance


def test_a_shared_code_in_an_ellipsis_is_every_province_it_may_be(deps: Deps) -> None:
    """«thế còn ĐN» after a list elsewhere: not «doanh nghiệp», the classes of either province."""
    setup_two_dn(deps, member=False)
    setup_places(deps)
    ask(deps, "lớp tài chính công đoàn ở Lạng Sơn")
    there = text_of(ask(deps, "thế còn ĐN"))
    assert "Hội trường LĐLĐ Đồng Nai" in there and "Hội trường LĐLĐ Đà Nẵng" in there and "Lạng Sơn" not in there


def test_the_province_of_the_profile_reads_its_initials_where_a_place_goes(deps: Deps) -> None:
    """«LĐ năm nay đạt CT chưa» from a chair of Lạng Sơn… with the code of Lạng Sơn: «LS» is read anyway;
    a province whose initials are a word («LĐ», lao động) is read from the profile."""
    with session_scope(deps.session_factory) as s:
        oid = _union(s, "LD", "Liên đoàn Lao động tỉnh Lâm Đồng", "Lâm Đồng")
        add_members(s, 1, first_id=int(USER), channel="zalo", org="LD")[0].province = "Lâm Đồng"
        s.add(Target(code="T-LD-26", organisation_id=oid, period_start=2026, period_end=2026, target_value=3600,
                     unit="học viên", achieved_value=2755, as_of=dt.date(2026, 10, 31),
                     metric="Bồi dưỡng cán bộ công đoàn"))
        bump_data_version(s)
    reached = text_of(ask(deps, "LĐ năm nay đạt CT chưa"))
    assert "Lâm Đồng" in reached and "2.755/3.600" in reached


def test_after_small_talk_a_month_alone_still_asks_the_list_question(deps: Deps) -> None:
    setup(deps)  # safety classes in Lạng Sơn on 3/12, 23/12 and 12/1
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    ask(deps, "chiều nay Lạng Sơn có mưa không")
    january = text_of(ask(deps, "vay thang 1 thi sao"))
    assert "đợt 3" in january and "đợt 1" not in january


def test_thanks_in_between_keeps_the_list_for_a_position(deps: Deps) -> None:
    setup(deps)
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    assert "đợt" not in text_of(ask(deps, "ok cam on nhe"))
    shown = ask(deps, "dang ky lop dau tien")
    assert "đợt 1" in text_of(shown) and any("Đăng ký" in b.label for r in shown for b in r.buttons)


def test_a_month_in_office_shorthand(deps: Deps) -> None:
    setup(deps)
    december = text_of(ask(deps, "lớp ATVSLĐ T12 ở Lạng Sơn"))
    assert "đợt 1" in december and "đợt 2" in december and "đợt 3" not in december
    january = text_of(ask(deps, "còn T1/2027"))
    assert "đợt 3" in january and "đợt 1" not in january


def test_the_next_day_after_a_question_typed_without_marks(deps: Deps) -> None:
    """«vay ngay mai» is «vậy ngày mai», not «mấy ngày mai»: the list question for tomorrow."""
    with session_scope(deps.session_factory) as s:
        add_members(s, 1, first_id=int(USER), channel="zalo")
        for code, days, title in (("LS-H1", 0.2, "Tập huấn nghiệp vụ buổi chiều"), ("LS-H2", 1, "Tập huấn nữ công")):
            c = add_course(s, code, starts=FIXED_NOW + dt.timedelta(days=days))
            c.title = title
        bump_data_version(s)
    assert "buổi chiều" in text_of(ask(deps, "hom nay con lop nao hoc ko"))
    tomorrow = text_of(ask(deps, "vay ngay mai"))
    assert "nữ công" in tomorrow and "buổi chiều" not in tomorrow


def test_still_in_time_asks_the_deadline_and_registers_nothing(deps: Deps) -> None:
    setup_places(deps)
    ask(deps, "lớp tài chính công đoàn ở Lạng Sơn")
    in_time = text_of(ask(deps, "dang ky con kip ko"))
    assert "Hạn đăng ký" in in_time and "Tập huấn tài chính công đoàn cơ sở" in in_time
    with session_scope(deps.session_factory) as s:
        assert s.scalars(select(Registration)).all() == []


def test_registering_for_the_workers_of_my_company_is_the_class_in_view(deps: Deps) -> None:
    setup_places(deps)
    ask(deps, "lớp tài chính công đoàn ở Lạng Sơn")
    shown = ask(deps, "ĐK cho CNLĐ cty e")
    assert "Tập huấn tài chính công đoàn cơ sở" in text_of(shown)
    assert any("Đăng ký" in b.label for r in shown for b in r.buttons)


def test_of_two_positions_the_one_after_the_wish_is_registered(deps: Deps) -> None:
    setup(deps)
    ask(deps, "lang son co lop an toan ve sinh lao dong nao ko")
    shown = ask(deps, "cai dau het han roi thi dang ky cai cuoi")
    assert "đợt 3" in text_of(shown) and "đợt 1" not in text_of(shown)


def test_a_class_of_the_list_named_by_words_of_its_title(deps: Deps) -> None:
    setup(deps)
    with session_scope(deps.session_factory) as s:
        c = s.scalars(select(Course).where(Course.code == "LS-AT-02")).one()
        c.title, c.topic = "Tập huấn phòng chống quấy rối tình dục tại nơi làm việc", "nu_cong"
        other = add_course(s, "HN-QR-01", org="HN", starts=FIXED_NOW + dt.timedelta(days=3))
        other.title, other.province, other.venue = c.title, "Hà Nội", "Cung Văn hóa Lao động"
        bump_data_version(s)
    listed = text_of(ask(deps, "lang son co lop nao thang 12"))
    assert "quấy rối" in listed
    where = text_of(ask(deps, "lop quay roi tinh duc hoc o dau"))
    assert "Hội trường số 2" in where and "Cung Văn hóa" not in where  # the class of the list, not a new search
    deadline = text_of(ask(deps, "han dang ky toi bao gio"))
    assert "Hội trường số 2" in deadline or "quấy rối" in deadline


def test_another_topic_by_its_acronym_after_one_class(deps: Deps) -> None:
    """«còn lớp NC ở HN» after one safety class: the women's-affairs classes of Hà Nội, not safety there."""
    setup_places(deps)
    with session_scope(deps.session_factory) as s:
        c = add_course(s, "HN-NC-01", org="HN", starts=FIXED_NOW + dt.timedelta(days=12))
        c.title, c.topic, c.province = "Bồi dưỡng nghiệp vụ nữ công", "nu_cong", "Hà Nội"
        bump_data_version(s)
    ask(deps, "lớp tài chính công đoàn ở Lạng Sơn")
    women = text_of(ask(deps, "còn lớp NC ở HN"))
    assert "nữ công" in women and "tài chính" not in women


def test_a_closer_from_the_south_leaves_the_question_bare(deps: Deps) -> None:
    setup_places(deps)
    ask(deps, "lớp tài chính công đoàn ở Lạng Sơn")
    when = text_of(ask(deps, "học ngày nào dạ"))
    assert "Tập huấn tài chính công đoàn cơ sở" in when and "Các lớp phù hợp" not in when


def test_a_class_code_without_digits_is_found(deps: Deps) -> None:
    setup(deps)
    with session_scope(deps.session_factory) as s:
        c = s.scalars(select(Course).where(Course.code == "LS-AT-03")).one()
        c.code = "LS-AT-ONL"
        bump_data_version(s)
    shown = ask(deps, "đăng ký LS-AT-ONL")
    assert "đợt 3" in text_of(shown) and any("Đăng ký" in b.label for r in shown for b in r.buttons)
