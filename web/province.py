"""The province's pages: every commune's progress against each deadline (worst first), the way
into one commune's register (read-only), and the consolidated workbook and report.

Only a login of role `province` reaches them (`web.app` refuses everyone else with 403). Reading
a commune goes through that commune's row-level security: the province's choice is kept in the
signed session cookie, and `guard` gives the request a read-only transaction of that commune,
so the commune's own register pages serve the province unchanged — and can write nothing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from flask import Blueprint, abort, g, redirect, render_template, request, send_file, session
from flask import url_for as flask_url_for
from werkzeug.wrappers import Response

from documents import clock
from documents.campaign_template import published_templates, uptake_by_commune
from documents.models import Commune
from documents.province import (
    PROVINCE_ADMIN_ROLE,
    CommuneProgress,
    commune_by_slug,
    communes,
    deadline_kinds,
    province_progress,
    worst_first,
)
from web.charts import WIDTH, text_width
from web.exports.province import export_province_docx, export_province_xlsx, province_heading
from web.labels import DEADLINE, label
from web.state import close_db, db, state

bp = Blueprint("province", __name__)

#: The session key of the commune the province is reading.
VIEWING = "view_cid"


@dataclass(frozen=True)
class Segment:
    x: float
    width: float
    css: str  # "sent" | "late" | "missing"


@dataclass(frozen=True)
class Row:
    label: str
    y: float
    segments: tuple[Segment, ...]
    percent: str


@dataclass(frozen=True)
class StackedChart:
    """A horizontal stacked bar per commune: on time, late, missing, as shares of its units."""

    title: str
    desc: str
    width: int
    height: int
    label_x: float
    bar_x: float
    bar_width: float
    rows: tuple[Row, ...]


def percent(value: float) -> str:
    return f"{100 * value:.1f}".replace(".", ",") + "%"


def progress_chart(title: str, rows: list[CommuneProgress], kind: str) -> StackedChart:
    longest = max((text_width(p.name, 13) for p in rows), default=0.0)
    label_x = round(min(max(longest + 16, 120.0), WIDTH / 2), 1)
    bar_width = WIDTH - label_x - 70
    step = 26
    out: list[Row] = []
    for index, p in enumerate(rows):
        d = p.deadlines[kind]
        x = label_x
        segments: list[Segment] = []
        for css, count in (("sent", d.on_time), ("late", d.late), ("missing", d.missing)):
            width = round(bar_width * count / d.units, 1) if d.units else 0.0
            segments.append(Segment(round(x, 1), width, css))
            x += width
        out.append(Row(p.name, 30 + index * step, tuple(segments), percent(d.share_sent)))
    desc = "; ".join(
        f"{p.name}: {percent(p.deadlines[kind].share_sent)} đơn vị đã nộp, "
        f"{p.deadlines[kind].late} muộn, {p.deadlines[kind].missing} chưa nộp"
        for p in rows
    )
    return StackedChart(
        title=title,
        desc=desc or "Chưa có dữ liệu",
        width=WIDTH,
        height=30 + step * max(len(rows), 1) + 8,
        label_x=label_x - 8,
        bar_x=label_x,
        bar_width=bar_width,
        rows=tuple(out),
    )


@bp.route("/tinh")
def overview() -> str:
    """Every commune against each deadline, worst first, with a chart per deadline."""
    sessions = state().sessions
    progress = province_progress(sessions)
    templates = published_templates(sessions)
    uptakes = uptake_by_commune(sessions, templates, communes(sessions))
    sections = []
    for kind in deadline_kinds(progress):
        rows = worst_first(progress, kind)
        title = f"{label(DEADLINE, kind)}: tỉ lệ đơn vị đã nộp theo xã"
        sections.append((kind, label(DEADLINE, kind), rows, progress_chart(title, rows, kind)))
    return render_template(
        "province.html",
        sections=sections,
        communes=sorted(progress, key=lambda p: p.name.casefold()),
        no_campaign=[p for p in progress if p.campaign is None],
        templates=templates,
        uptakes=uptakes,
        percent=percent,
        today=clock.local_date(clock.now(), clock.FALLBACK_ZONE),
    )


@bp.route("/tinh/xem")
def choose() -> Response:
    """Read one commune's register (`?xa=SLUG`): the choice is kept in the session, the pages
    are the commune's own."""
    commune = commune_by_slug(state().sessions, str(request.args.get("xa", ""))[:64])
    if commune is None:
        abort(404)
    session[VIEWING] = commune.id
    return redirect(flask_url_for("views.overview"))


def _download(data: bytes, name: str, mimetype: str) -> Response:
    return send_file(io.BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=name)


@bp.route("/tinh/excel")
def workbook() -> Response:
    out = io.BytesIO()
    today = clock.local_date(clock.now(), clock.FALLBACK_ZONE)
    export_province_xlsx(state().sessions, out, today=today, heading=province_heading(db()))
    return _download(
        out.getvalue(),
        f"tong-hop-cac-xa-{today:%Y%m%d}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@bp.route("/tinh/bao-cao")
def report() -> Response:
    out = io.BytesIO()
    today = clock.local_date(clock.now(), clock.FALLBACK_ZONE)
    export_province_docx(state().sessions, db(), out, today=today)
    return _download(
        out.getvalue(),
        f"bao-cao-tong-hop-cac-xa-{today:%Y%m%d}.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )


def viewed_commune() -> Commune | None:
    """The commune the province is reading in this request (for the banner)."""
    found = g.get("viewed_commune")
    return found if isinstance(found, Commune) else None


def guard(role: str) -> Response | None:
    """The province's requests: no write into a commune's register, ever; its own pages as they
    are (the administration's only for its administrator, `web.province_admin`); a commune's
    register pages only in a read-only transaction of the commune it chose (else back to its
    page)."""
    if request.blueprint == "province_admin":
        if role != PROVINCE_ADMIN_ROLE:
            abort(403)
        return None
    if request.method not in ("GET", "HEAD", "OPTIONS") and request.endpoint != "auth.logout":
        abort(403)
    if request.blueprint in ("province", "auth") or request.endpoint == "static":
        return None
    chosen = session.get(VIEWING)
    commune = next((c for c in communes(state().sessions) if c.id == chosen), None)
    if commune is None:
        return redirect(flask_url_for("province.overview"))
    close_db()  # the user was read in the province's own row; the page reads the commune
    g.commune_id = commune.id
    g.read_only = True
    g.viewed_commune = commune
    return None
