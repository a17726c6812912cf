"""Section «Kế hoạch»: upload a plan (.xlsx or .csv), see what it would change, confirm, and download the
current plan in the same format.

The preview is the import itself run to the end and rolled back (`import_file(dry_run=True)`), so it shows
exactly what the confirmation will do, including the people a moved or cancelled class would notify. The
uploaded file waits in the database with the organiser's session (`signin.keep_plan`) until it is
confirmed, replaced, or the session ends, so any web worker can import it; the confirmation names the
previewed file by its digest, so a second upload in another tab cannot be imported by a stale confirm
button. Each import run reads a temporary copy named as the organiser's file (the import cites it).
"""

from __future__ import annotations

import asyncio
import logging
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web
from sqlalchemy.orm import Session

from bot.quanly.core import Organiser, Workspace, form, organiser, upload
from knowledge import signin, transfer
from knowledge.models import Organisation
from knowledge.transfer import COURSES, KIND_TITLES, ImportReport, TransferError

log = logging.getLogger(__name__)

_UNSAFE = re.compile(r"[^\w.\- ()]+", re.UNICODE)
ACTION_LABELS = {"new": "Mới", "updated": "Cập nhật", "unchanged": "Không đổi"}


@dataclass(frozen=True, slots=True)
class Outcome:
    """A preview or an import: its report, or the refusal with every problem found."""

    report: ImportReport | None
    error: TransferError | None


def _safe_name(filename: str) -> str:
    """The uploaded file's name as the import will cite it, without anything a path could abuse."""
    name = _UNSAFE.sub("_", Path(filename).name).strip(" .") or "ke-hoach"
    return name[-120:]


@contextmanager
def _as_file(root: Path, name: str, data: bytes) -> Iterator[Path]:
    """The plan as a file with the organiser's file name, in a folder of its own, removed afterwards."""
    folder = Path(tempfile.mkdtemp(dir=root))
    try:
        path = folder / _safe_name(name)
        path.write_bytes(data)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _home_union(session: Session, who: Organiser) -> Organisation | None:
    """The union whose plan this is, for classes that name none: the organiser's, when they have one."""
    roots = who.scope.roots
    return session.get(Organisation, roots[0]) if roots is not None and len(roots) == 1 else None


def setup(ws: Workspace) -> None:
    def run_import(who: Organiser, name: str, data: bytes, *, dry_run: bool,
                   undo_web: frozenset[str] = frozenset()) -> Outcome:
        """One import (or its dry run) in its own transaction: the import commits or rolls back itself. Classes
        changed on this workspace keep that change unless their codes are in `undo_web` (the organiser
        unticked «Giữ thay đổi» in the preview)."""
        with _as_file(ws.upload_dir, name, data) as path, ws.deps.session_factory() as session:
            try:
                report = transfer.import_file(
                    session, path, tz=ws.deps.tz, now=ws.now(), reminder_config=ws.reminder_config,
                    organisation=_home_union(session, who), dry_run=dry_run, allowed_unions=who.allowed,
                    undo_web=undo_web)
            except TransferError as exc:
                session.rollback()
                return Outcome(None, exc)
            return Outcome(report, None)

    async def page(request: web.Request) -> web.StreamResponse:
        return ws.render(request, "quanly/kehoach.html", section="kehoach", title="Kế hoạch", problem=None)

    async def preview(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        up = upload(request)
        if up is None or up.size == 0:
            return ws.render(request, "quanly/kehoach.html", section="kehoach", title="Kế hoạch", status=400,
                             problem="Anh/chị chưa chọn tệp kế hoạch (.xlsx hoặc .csv), hoặc tệp trống.")
        suffix = Path(up.filename).suffix.lower()
        if suffix not in transfer.EXTENSIONS:
            shown = _safe_name(up.filename)
            why = (f"Tệp «{shown}» là định dạng Excel cũ (.xls), chưa hỗ trợ. Anh/chị mở bằng Excel và lưu lại thành "
                   ".xlsx rồi tải lên." if suffix == ".xls" else
                   f"Tệp «{shown}» không phải bảng kế hoạch: chỉ nhận bảng tính Excel (.xlsx) hoặc CSV (.csv).")
            return ws.render(request, "quanly/kehoach.html", section="kehoach", title="Kế hoạch", status=400,
                             problem=why)
        name = _safe_name(up.filename)
        data = await asyncio.to_thread(up.path.read_bytes)
        session_hash = who.login.session_hash
        digest = await ws.db(lambda s: signin.keep_plan(session=s, session_hash=session_hash, name=name, data=data))
        outcome = await asyncio.to_thread(run_import, who, name, data, dry_run=True)
        if outcome.error is not None:
            await ws.db(lambda s: signin.drop_plan(session=s, session_hash=session_hash))
        log.info("web plan preview by %s: %s", who.login.account, "refused" if outcome.error else "ok")
        return ws.render(request, "quanly/kehoach_xemtruoc.html", section="kehoach", title="Xem trước kế hoạch",
                         filename=name, digest=digest, report=outcome.report, error=outcome.error,
                         labels=ACTION_LABELS, kind_titles=KIND_TITLES, courses=COURSES,
                         skipped=transfer.skipped_text(outcome.report.skipped) if outcome.report and
                         outcome.report.skipped else "")

    async def confirm(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        session_hash = who.login.session_hash
        fields = form(request)
        wanted = fields.get("tep", "")
        # The classes the preview asked about («đã được sửa trên trang quản lý…») whose box was unticked.
        asked = {v for k, v in fields.items() if k.startswith("hoi_")}
        keep = {v for k, v in fields.items() if k.startswith("giu_")}
        undo_web = frozenset(asked - keep)
        waiting = await ws.db(lambda s: signin.waiting_plan(session=s, session_hash=session_hash, plan_digest=wanted))
        if waiting is None:
            return ws.render(request, "quanly/kehoach.html", section="kehoach", title="Kế hoạch", status=409,
                             problem="Không còn tệp nào chờ nhập (đã nhập rồi, hoặc anh/chị vừa tải lên tệp khác). "
                                     "Anh/chị tải tệp lên để xem trước lại.")
        name, data = waiting
        outcome = await asyncio.to_thread(run_import, who, name, data, dry_run=False, undo_web=undo_web)
        await ws.db(lambda s: signin.drop_plan(session=s, session_hash=session_hash))
        log.info("web plan import by %s: %s", who.login.account, "refused" if outcome.error else "done")
        return ws.render(request, "quanly/kehoach_xong.html", section="kehoach", title="Đã nhập kế hoạch",
                         filename=name, report=outcome.report, error=outcome.error, kind_titles=KIND_TITLES,
                         courses=COURSES, status=200 if outcome.error is None else 409)

    async def download(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        suffix = "." + request.match_info["ext"]
        folder = Path(tempfile.mkdtemp(dir=ws.upload_dir))
        path = folder / f"ke-hoach-dao-tao{suffix}"

        def work(session: Session) -> bytes:
            transfer.export_file(session, path, kind=None, tz=ws.deps.tz, organisations=who.allowed)
            return path.read_bytes()

        try:
            body = await ws.db(work)
        finally:
            await asyncio.to_thread(shutil.rmtree, folder, ignore_errors=True)
        kind = ("text/csv; charset=utf-8" if suffix == ".csv" else
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        return web.Response(body=body, headers={
            "Content-Type": kind, "Content-Disposition": f'attachment; filename="{path.name}"'})

    ws.add("GET", "/kehoach", page)
    ws.add("POST", "/kehoach/xemtruoc", preview)
    ws.add("POST", "/kehoach/nhap", confirm)
    ws.add("GET", r"/kehoach/tai.{ext:xlsx|csv}", download)
