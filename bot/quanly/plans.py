"""Section «Kế hoạch»: upload a plan (.xlsx or .csv), see what it would change, confirm, and download the
current plan in the same format.

The preview is the import itself run to the end and rolled back (`import_file(dry_run=True)`), so it shows
exactly what the confirmation will do, including the people a moved or cancelled class would notify. The
uploaded file waits on the server in a folder of the organiser's session until it is confirmed, replaced,
or the session ends; the confirmation names the previewed file by its digest, so a second upload in
another tab cannot be imported by a stale confirm button.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import shutil
import tempfile
import time
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


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:32]


class PlanStore:
    """The one plan waiting for confirmation per session, on disk under the workspace's upload folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _folder(self, who: Organiser) -> Path:
        return self.root / f"plan-{who.login.session_hash[:40]}"

    def keep(self, who: Organiser, source: Path, filename: str) -> tuple[Path, str]:
        # Plans of sessions that ended without confirming are of no use once the session could not be alive.
        stale = time.time() - signin.SESSION_HOURS * 3600
        for old in self.root.glob("plan-*"):
            if old.is_dir() and old.stat().st_mtime < stale:
                shutil.rmtree(old, ignore_errors=True)
        folder = self._folder(who)
        shutil.rmtree(folder, ignore_errors=True)  # a new upload replaces the one waiting
        folder.mkdir(parents=True)
        path = folder / _safe_name(filename)
        shutil.move(source, path)
        return path, _digest(path)

    def waiting(self, who: Organiser, digest: str) -> Path | None:
        folder = self._folder(who)
        files = [p for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []
        if len(files) != 1 or _digest(files[0]) != digest:
            return None
        return files[0]

    def drop(self, who: Organiser) -> None:
        shutil.rmtree(self._folder(who), ignore_errors=True)


def _home_union(session: Session, who: Organiser) -> Organisation | None:
    """The union whose plan this is, for classes that name none: the organiser's, when they have one."""
    roots = who.scope.roots
    return session.get(Organisation, roots[0]) if roots is not None and len(roots) == 1 else None


def setup(ws: Workspace) -> None:
    store = PlanStore(ws.upload_dir)

    def run_import(who: Organiser, path: Path, *, dry_run: bool) -> Outcome:
        def work(session: Session) -> Outcome:
            try:
                report = transfer.import_file(
                    session, path, tz=ws.deps.tz, now=ws.now(), reminder_config=ws.reminder_config,
                    organisation=_home_union(session, who), dry_run=dry_run, allowed_unions=who.allowed)
            except TransferError as exc:
                session.rollback()
                return Outcome(None, exc)
            return Outcome(report, None)

        with ws.deps.session_factory() as session:
            return work(session)

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
        path, digest = await asyncio.to_thread(store.keep, who, up.path, up.filename)
        outcome = await asyncio.to_thread(run_import, who, path, dry_run=True)
        if outcome.error is not None:
            store.drop(who)
        log.info("web plan preview by %s: %s", who.login.account, "refused" if outcome.error else "ok")
        return ws.render(request, "quanly/kehoach_xemtruoc.html", section="kehoach", title="Xem trước kế hoạch",
                         filename=path.name, digest=digest, report=outcome.report, error=outcome.error,
                         labels=ACTION_LABELS, kind_titles=KIND_TITLES, courses=COURSES,
                         skipped=transfer.skipped_text(outcome.report.skipped) if outcome.report and
                         outcome.report.skipped else "")

    async def confirm(request: web.Request) -> web.StreamResponse:
        who = organiser(request)
        path = await asyncio.to_thread(store.waiting, who, form(request).get("tep", ""))
        if path is None:
            return ws.render(request, "quanly/kehoach.html", section="kehoach", title="Kế hoạch", status=409,
                             problem="Không còn tệp nào chờ nhập (đã nhập rồi, hoặc anh/chị vừa tải lên tệp khác). "
                                     "Anh/chị tải tệp lên để xem trước lại.")
        outcome = await asyncio.to_thread(run_import, who, path, dry_run=False)
        store.drop(who)
        log.info("web plan import by %s: %s", who.login.account, "refused" if outcome.error else "done")
        return ws.render(request, "quanly/kehoach_xong.html", section="kehoach", title="Đã nhập kế hoạch",
                         filename=path.name, report=outcome.report, error=outcome.error, kind_titles=KIND_TITLES,
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
