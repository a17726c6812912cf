"""Importing plans as offices write them, against the documented layout, in the same run.

    python -m bench.plans [--classes 2000]

An office plan (title block, two-line merged header, column numbers, a Roman-numeral section every 20
classes, organiser merged over each section, no codes, ranges, months and quarters, audiences in the
office's words, total and signature rows) and the same classes in the documented layout (codes, one date
per cell, catalogue labels) are imported into fresh SQLite databases: first import, then a re-import of the
same file (which must change nothing). Reported: seconds and peak traced memory of each. Results also go
to bench/out/plans.json. Exit status 0 when both re-imports changed nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl

from bench.common import md_table, write_json
from handlers.notices import WORDING
from knowledge import reminders
from knowledge.db import make_engine, make_session_factory, upgrade
from knowledge.seed import load_builtin
from knowledge.transfer import import_file

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2027, 1, 10, 9, 0, tzinfo=TZ)
AUDIENCES = ("Chủ tịch và P.Chủ tịch CĐCS", "Thủ quỹ, kế toán công đoàn", "Ban chấp hành CĐCS", "Đoàn viên")
WHEN = ("{d}-{e}/9/2027", "Tháng {m}/2027", "Quý IV/2027", "{d}/{m}/2027")


def _when(i: int) -> str:
    return WHEN[i % 4].format(d=i % 20 + 1, e=i % 20 + 3, m=i % 12 + 1)


def office_plan(path: Path, classes: int) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"], sheet["A2"] = "TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH LẠNG SƠN"
    sheet["A4"], sheet["A5"] = "KẾ HOẠCH", "Đào tạo, bồi dưỡng cán bộ công đoàn năm 2027"
    sheet.append(["STT", "Nội dung", "Đối tượng", "Thời gian", None, "Địa điểm", "Số lượng", "Đơn vị thực hiện"])
    header = sheet.max_row
    for letter in "ABCFGH":
        sheet.merge_cells(f"{letter}{header}:{letter}{header + 1}")
    sheet.merge_cells(f"D{header}:E{header}")
    sheet.append([None, None, None, "Bắt đầu", "Kết thúc"])
    sheet.append([f"({n})" for n in range(1, 9)])
    for i in range(classes):
        if i % 20 == 0:
            sheet.append([f"{'I' * (i // 20 % 3 + 1)}", f"NHÓM LỚP {i // 20 + 1}"])
            first = sheet.max_row + 1
        sheet.append([i % 20 + 1, f"Tập huấn nghiệp vụ công đoàn số {i}", AUDIENCES[i % 4], _when(i), None,
                      "Hội trường LĐLĐ tỉnh", 50, f"CĐ phường Số {i // 20}" if i % 20 == 0 else None])
        if i % 20 == 19 or i == classes - 1:
            sheet.merge_cells(f"H{first}:H{sheet.max_row}")
    sheet.append([None, "Tổng cộng", None, None, None, None, 50 * classes])
    sheet.append(["Nơi nhận:", None, None, None, None, "TM. BAN THƯỜNG VỤ"])
    workbook.save(path)


def documented(path: Path, classes: int) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Mã lớp", "Tên lớp", "Đối tượng", "Ngày bắt đầu", "Địa điểm", "Số chỗ", "Đơn vị tổ chức"])
    for i in range(classes):
        sheet.append([f"K{i}", f"Tập huấn nghiệp vụ công đoàn số {i}", "Chủ tịch CĐCS",
                      f"{i % 28 + 1}/{i % 12 + 1}/2027", "Hội trường LĐLĐ tỉnh", 50, "LĐLĐ tỉnh Lạng Sơn"])
    workbook.save(path)


def measure(path: Path, workdir: Path) -> dict[str, Any]:
    engine = make_engine(f"sqlite:///{workdir / (path.stem + '.db')}")
    upgrade(engine)
    factory = make_session_factory(engine)
    with factory() as session:
        load_builtin(session)
        session.commit()
    out: dict[str, Any] = {}
    for run in ("first", "again"):
        with factory() as session:
            tracemalloc.start()
            started = time.perf_counter()
            report = import_file(session, path, tz=TZ, reminder_config=reminders.Config(wording=WORDING), now=NOW)
            out[f"{run}_s"] = round(time.perf_counter() - started, 2)
            out[f"{run}_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 1e6, 1)
            tracemalloc.stop()
            out[f"{run}_counts"] = (report.courses.created, report.courses.updated, report.courses.unchanged)
            out["skipped"] = len(report.skipped)
    engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--classes", type=int, default=2000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        office, plain = work / "office.xlsx", work / "documented.xlsx"
        office_plan(office, args.classes)
        documented(plain, args.classes)
        results = {"documented (baseline)": measure(plain, work), "office plan": measure(office, work)}
    rows = [[name, r["first_s"], r["first_peak_mb"], r["again_s"], r["again_peak_mb"], r["skipped"],
             "/".join(map(str, r["again_counts"]))] for name, r in results.items()]
    print(f"{args.classes} classes, SQLite")
    print(md_table(["file", "import s", "peak MB", "re-import s", "peak MB", "rows skipped",
                    "re-import new/updated/unchanged"], rows))
    write_json("plans", {"classes": args.classes, **results})
    ok = all(r["again_counts"] == (0, 0, args.classes) for r in results.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
