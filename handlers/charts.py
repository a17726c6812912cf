"""The target chart of one union as a PNG: each metric's result this year as a share of its target, beside
last year's where the union had a target for it, with the 100% line of the target. Drawn with matplotlib's
Agg backend (no display, no pyplot state: one Figure per call, one drawing at a time).

The same picture is sent on Telegram with «/chitieu», linked for Zalo and the terminal, and shown in the
organiser workspace. Pictures are kept by their figures, so drawing happens once per change of data.
"""

from __future__ import annotations

import io
import textwrap
import threading
from collections import OrderedDict
from collections.abc import Sequence
from urllib.parse import quote

from sqlalchemy.orm import Session

from handlers.types import PHOTO_CHANNELS
from knowledge import format as vn
from knowledge.messages import Photo
from knowledge.progress import ChartData, ChartRow, chart_data

CACHE_SIZE = 256  # pictures of ~30 KB: every union of a province with room to spare
_cache: OrderedDict[ChartData, bytes] = OrderedDict()
_lock = threading.Lock()
_drawing = threading.Lock()

THIS_YEAR = "#1f5fa8"
LAST_YEAR = "#9bb7d9"
TARGET_LINE = "#c0392b"


def _figure_text(row: ChartRow) -> str:
    if row.achieved is None:
        return "chưa có số liệu"
    if row.unit == "%":
        return f"{vn.number(row.achieved)}%/{vn.number(row.target)}%"
    return f"{vn.number(row.achieved)}/{vn.number(row.target)} ({vn.percent(row.achieved, row.target)})"


def title_of(data: ChartData) -> str:
    return f"Chỉ tiêu đào tạo năm {data.year} — {data.organisation}" + (" (mẫu)" if data.sample else "")


def render(data: ChartData) -> bytes:
    """The chart as PNG bytes (cached by its figures)."""
    with _lock:
        cached = _cache.get(data)
        if cached is not None:
            _cache.move_to_end(data)
            return cached
    # matplotlib does not promise thread safety (its font and text caches are shared): one drawing at a time.
    with _drawing:
        png = _draw(data)
    with _lock:
        _cache[data] = png
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return png


DPI = 100
_PLATE = {"facecolor": "white", "edgecolor": "none", "pad": 1.0, "alpha": 0.85}  # text stays readable over the line
WIDTH = 4.6  # inches: 460 px, shown nearly at full size on a phone (text stays readable) and on a screen


def _steps(rows: Sequence[ChartRow]) -> tuple[float, bool]:
    has_last = any(r.last_percent is not None for r in rows)
    return (1.45 if has_last else 1.1), has_last


def _inches(rows: Sequence[ChartRow]) -> tuple[float, float]:
    step, _ = _steps(rows)
    return WIDTH, 2.1 + 0.7 * step * max(1, len(rows))


def image_size(rows: Sequence[ChartRow]) -> tuple[int, int]:
    """The picture's width and height in pixels for a chart of these metrics."""
    w, h = _inches(rows)
    return round(w * DPI), round(h * DPI)


def _draw(data: ChartData) -> bytes:
    """Each metric's name above its bars (long Vietnamese names need the whole width on a phone)."""
    # Imported on first use: matplotlib takes a noticeable part of a second to load, which every process
    # (the CLI, a web worker) would otherwise pay at start for a picture it may never draw.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    rows = list(data.rows)
    n = max(1, len(rows))
    step, has_last = _steps(rows)
    fig = Figure(figsize=_inches(rows), dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    bar = 0.34
    top = max([100.0, *(r.percent or 0 for r in rows), *(r.last_percent or 0 for r in rows)])
    for i, row in enumerate(rows):
        y = (n - 1 - i) * step
        ax.text(0, y + bar / 2 + 0.08, textwrap.fill(row.metric, 50), va="bottom", ha="left", fontsize=9.5,
                color="#1d2433", bbox=_PLATE, zorder=3)
        pct = row.percent
        ax.barh(y, pct or 0, height=bar, color=THIS_YEAR, label=f"Năm {data.year}" if i == 0 else None)
        ax.text((pct or 0) + top * 0.015, y, _figure_text(row), va="center", fontsize=9.5, bbox=_PLATE, zorder=3)
        if has_last:
            last = row.last_percent
            ax.barh(y - bar - 0.04, last or 0, height=bar, color=LAST_YEAR,
                    label=f"Năm {data.year - 1}" if i == 0 else None)
            if last is not None:
                assert row.last_achieved is not None and row.last_target
                ax.text(last + top * 0.015, y - bar - 0.04,
                        f"{data.year - 1}: {vn.percent(row.last_achieved, row.last_target)}", va="center",
                        fontsize=8.5, color="#444444", bbox=_PLATE, zorder=3)
    ax.axvline(100, color=TARGET_LINE, linestyle="--", linewidth=1.5, label="Chỉ tiêu (100%)", zorder=1)
    ax.set_yticks([])
    low = -(bar + 0.5) if has_last else -0.45
    ax.set_ylim(low, (n - 1) * step + 0.95)
    ax.set_xlim(0, top * 1.45)
    ax.xaxis.set_major_formatter(lambda x, _pos: f"{vn.number(x)}%")
    ax.tick_params(axis="x", labelsize=9)
    ax.set_title(textwrap.fill(title_of(data), 40), fontsize=11.5, loc="left")
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=3, fontsize=8.5, frameon=False,
              handlelength=1.5, columnspacing=1.0)
    if data.as_of:
        fig.text(0.02, 0.012, f"Số liệu tính đến {vn.date(data.as_of)}", fontsize=8.5, color="#555555")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


CHART_PATH = "/bieudo/chitieu/{code}.png"  # served by the web server without signing in (bot/)


def chart_url(public_url: str | None, code: str) -> str | None:
    """The public address of a union's chart, or None without a public web address."""
    if not public_url:
        return None
    return public_url.rstrip("/") + CHART_PATH.format(code=quote(code, safe=""))


def photo_for(session: Session, organisation_id: int | None, *, year: int, channel: str,
              public_url: str | None) -> Photo | None:
    """The chart of a union's targets for a reply: drawn for channels that show pictures, linked otherwise."""
    if organisation_id is None:
        return None
    data = chart_data(session=session, organisation_id=organisation_id, year=year)
    if data is None or not data.rows:
        return None
    url = chart_url(public_url, data.code)
    png = render(data) if channel in PHOTO_CHANNELS else None
    if png is None and url is None:
        return None
    return Photo(caption=f"Biểu đồ {title_of(data)[0].lower()}{title_of(data)[1:]}", png=png, url=url)
