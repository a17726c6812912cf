"""The `cadrebot` command line contracts: ask (one and batch), chat, run, organiser, db upgrade."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> str:
    """A clean environment pointing the CLI at a fresh database."""
    for var in ("TELEGRAM_BOT_TOKEN", "ZALO_BOT_TOKEN", "CADREBOT_ORGANISERS"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("CADREBOT_DATABASE_URL", sqlite_url)
    monkeypatch.chdir(ROOT / "tests")  # no stray .env is read
    return sqlite_url


def test_ask_json_has_the_contract_shape(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "Chương trình 1464/CTr-TLĐ là gì?", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) >= {"question", "intent", "confidence", "replies", "matches"}
    assert payload["question"] == "Chương trình 1464/CTr-TLĐ là gì?"
    assert payload["intent"] == "document"
    assert isinstance(payload["confidence"], float)
    assert payload["matches"][0] == {**payload["matches"][0], "kind": "document", "code": "1464/CTr-TLĐ"}
    assert all(set(r) == {"text", "buttons"} for r in payload["replies"])


def test_ask_plain_text_prints_numbered_choices(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "lớp tập huấn sắp tới"]) == 0
    out = capsys.readouterr().out
    assert "\n1. Chi tiết:" in out and "để chọn." in out


def test_ask_batch_reads_lines_in_order(env: str, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    questions = ["xin chào", "", "Thời tiết Hà Nội hôm nay?", "🙂", "so can bo cd o huyen chi lang"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(questions) + "\n"))
    assert main(["ask", "-", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    payloads = [json.loads(line) for line in lines]
    assert [p["question"] for p in payloads] == questions
    assert payloads[0]["intent"] == "greeting"
    assert payloads[2]["intent"] == "off_topic" and payloads[2]["matches"] == []
    assert payloads[4]["intent"] == "fact"


def test_ask_as_another_user_keeps_separate_state(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "lớp tập huấn sắp tới", "--as", "zalo:abc", "--json"]) == 0
    capsys.readouterr()
    assert main(["ask", "1", "--as", "zalo:abc", "--json"]) == 0
    picked = json.loads(capsys.readouterr().out)
    assert "Mã lớp:" in picked["replies"][0]["text"]
    assert main(["ask", "1", "--as", "zalo:other", "--json"]) == 0
    other = json.loads(capsys.readouterr().out)
    assert "Mã lớp:" not in other["replies"][0]["text"]


def test_chat_answers_and_exits(env: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("lớp tập huấn sắp tới\n1\nthoát\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "Bot: Xin chào!" in out and "Mã lớp:" in out and "Tạm biệt!" in out


def test_run_without_tokens_opens_the_terminal_chat(env: str, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["run"]) == 0
    captured = capsys.readouterr()
    assert "mở trò chuyện trên terminal" in captured.err
    assert "Bot: Xin chào!" in captured.out


def test_organiser_add_list_remove(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["organiser", "add", "telegram:123", "--union", "LS"]) == 0
    assert main(["organiser", "add", "zalo:abc"]) == 0
    capsys.readouterr()
    assert main(["organiser", "list"]) == 0
    listed = capsys.readouterr().out
    assert "telegram:123\tLiên đoàn Lao động tỉnh Lạng Sơn" in listed and "zalo:abc\tmọi đơn vị" in listed
    assert main(["organiser", "remove", "telegram:123"]) == 0
    assert main(["organiser", "add", "telegram:9", "--union", "không-có"]) == 1


def test_bootstrap_organisers_from_environment(env: str, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CADREBOT_ORGANISERS", "telegram:1, zalo:z2")
    assert main(["organiser", "list"]) == 0
    out = capsys.readouterr().out
    assert "telegram:1" in out and "zalo:z2" in out


def test_db_upgrade_is_idempotent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CADREBOT_DATABASE_URL", f"sqlite:///{tmp_path}/new.db")
    assert main(["db", "upgrade"]) == 0
    assert "Đã nâng cấp" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    assert "mới nhất" in capsys.readouterr().out


def test_settings_parse_organisers_and_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CADREBOT_DATABASE_URL", raising=False)
    s = Settings(CADREBOT_ORGANISERS="telegram:1, zalo:x", _env_file=None)  # type: ignore[call-arg]
    assert s.organiser_refs() == [("telegram", "1"), ("zalo", "x")]
    assert s.database_url.startswith("sqlite:///") and s.timezone == "Asia/Ho_Chi_Minh"


def test_module_entry_point_runs_in_a_subprocess(tmp_path: Path, sqlite_url: str) -> None:
    env = {**os.environ, "CADREBOT_DATABASE_URL": sqlite_url}  # already migrated: the subprocess starts sooner
    env.pop("TELEGRAM_BOT_TOKEN", None)
    proc = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "-", "--json"], input="xin chào\nlớp nữ công\n",
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["question"] for x in proc.stdout.splitlines()] == ["xin chào", "lớp nữ công"]


def test_import_then_ask_then_bad_file(env: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "kehoach.csv"
    good.write_text(
        "Mã lớp,Tên lớp,Chủ đề,Đối tượng,Đơn vị tổ chức,Tỉnh/Thành phố,Hình thức,Ngày bắt đầu\n"
        "LS-2027-01,Tập huấn thương lượng tập thể cho CĐCS khu công nghiệp,Đối thoại,Chủ tịch CĐCS,LS,"
        "Lạng Sơn,Tập trung,15/01/2027\n",
        encoding="utf-8",
    )
    assert main(["import", str(good)]) == 0
    capsys.readouterr()
    assert main(["ask", "LS-2027-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["matches"][0]["code"] == "LS-2027-01"
    bad = tmp_path / "sai.csv"
    bad.write_text("Mã lớp,Tên lớp,Ngày bắt đầu\nX-1,Lớp X,32/13/2027\n", encoding="utf-8")
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Dòng 2" in err and "Ngày bắt đầu" in err and "32/13/2027" in err
    out = tmp_path / "xuat.xlsx"
    assert main(["export", str(out)]) == 0 and out.stat().st_size > 0


def test_unanswered_questions_are_listed_for_organisers(env: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["unanswered"]) == 0
    assert "Chưa có" in capsys.readouterr().out
    assert main(["ask", "giá vàng hôm nay", "--as", "zalo:u9"]) == 0
    capsys.readouterr()
    assert main(["unanswered"]) == 0
    line = capsys.readouterr().out.strip()
    assert "zalo:u9" in line and "off_topic" in line and line.endswith("giá vàng hôm nay")


def test_malformed_env_organisers_are_refused_at_start_with_one_clear_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CADREBOT_DATABASE_URL", f"sqlite:///{tmp_path}/o.db")
    for bad in ("telegram: 123", "signal:123", "telegram:1;zalo:2", "telegram=1", "Telegram:1", "zalo:a b"):
        monkeypatch.setenv("CADREBOT_ORGANISERS", bad)
        assert main(["organiser", "list"]) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "Traceback" not in err, err
        assert err.startswith("Lỗi khởi động:") and "Start-up error:" in err and "CADREBOT_ORGANISERS" in err
    monkeypatch.setenv("CADREBOT_ORGANISERS", " telegram:1 , zalo:z2 ,")  # spaces around entries are fine
    assert main(["organiser", "list"]) == 0


def test_an_organiser_removed_from_the_env_is_revoked_at_the_next_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CADREBOT_DATABASE_URL", f"sqlite:///{tmp_path}/o.db")
    assert main(["organiser", "add", "zalo:kept"]) == 0  # granted on the command line: not the variable's
    monkeypatch.setenv("CADREBOT_ORGANISERS", "telegram:1,telegram:2")
    assert main(["organiser", "list"]) == 0
    out = capsys.readouterr().out
    assert "telegram:1" in out and "telegram:2" in out
    monkeypatch.setenv("CADREBOT_ORGANISERS", "telegram:2")  # telegram:1 removed, then a restart
    assert main(["organiser", "list"]) == 0
    out = capsys.readouterr().out
    assert "telegram:1" not in out and "telegram:2" in out and "zalo:kept" in out
    monkeypatch.delenv("CADREBOT_ORGANISERS")
    assert main(["organiser", "list"]) == 0
    out = capsys.readouterr().out
    assert "telegram:2" not in out and "zalo:kept" in out


def test_an_unreachable_database_is_one_line_without_the_url(monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CADREBOT_DATABASE_URL", "postgresql+psycopg://u:hunter2@127.0.0.1:1/x?connect_timeout=2")
    monkeypatch.delenv("CADREBOT_ORGANISERS", raising=False)
    assert main(["organiser", "list"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "hunter2" not in err and "CADREBOT_DATABASE_URL" in err
    assert "Lỗi khởi động" in err and "Start-up error" in err


def test_a_place_whose_only_class_is_over_gets_other_classes_and_the_batch_goes_on(
        env: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # A ward union's only class is over; «lớp ở phường Hồng Châu» reads the ward as the organiser, then as a
    # venue, then drops it: the reply says the place was relaxed and lists the others (it once raised KeyError
    # on the engine's internal «org_venue» step, and the rest of the batch was lost).
    plan = tmp_path / "kehoach.csv"
    plan.write_text(
        "Mã lớp,Tên lớp,Chủ đề,Đối tượng,Đơn vị tổ chức,Tỉnh/Thành phố,Địa điểm,Hình thức,Ngày bắt đầu,Trạng thái\n"
        "HC-01,Tập huấn nghiệp vụ công đoàn cho cán bộ mới,Nghiệp vụ công đoàn,Ủy viên BCH,CĐ phường Hồng Châu,"
        "Hưng Yên,UBND phường Hồng Châu,Tập trung,02/03/2021,Đã kết thúc\n"
        "HY-01,Tập huấn nghiệp vụ công đoàn,Nghiệp vụ công đoàn,Chủ tịch CĐCS,LĐLĐ tỉnh Hưng Yên,"
        "Hưng Yên,Hội trường LĐLĐ tỉnh,Tập trung,15/01/2099,Mở đăng ký\n",
        encoding="utf-8",
    )
    assert main(["import", str(plan)]) == 0
    capsys.readouterr()
    questions = ["lớp ở phường Hồng Châu", "lớp ở xã Đăk Hà", "Chương trình 1464/CTr-TLĐ là gì?"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(questions) + "\n"))
    assert main(["ask", "-", "--json"]) == 0
    payloads = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [p["question"] for p in payloads] == questions
    assert all(p["intent"] != "error" for p in payloads)
    assert payloads[2]["intent"] == "document"


def test_a_failing_question_in_a_batch_gets_the_apology_and_the_next_is_answered(
        env: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import bot.cli as cli

    real = cli.ask_payload_async

    async def flaky(deps: object, question: str, **kw: object) -> dict[str, object]:
        if question == "hỏng":
            raise RuntimeError("boom")
        return await real(deps, question, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "ask_payload_async", flaky)
    monkeypatch.setattr(sys, "stdin", io.StringIO("hỏng\nxin chào\n"))
    assert main(["ask", "-", "--json"]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["intent"] == "error" and "trục trặc" in first["replies"][0]["text"]
    assert second["intent"] == "greeting"
