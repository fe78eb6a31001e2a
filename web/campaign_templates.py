"""The province's campaign templates as a commune's office sees them, and adopting one.

Reading them goes through the province's row's row-level security, read-only
(`documents.campaign_template`); adopting writes only into the commune's own register, and only
an editor may (`web.app`).
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from documents.campaign_template import AlreadyAdoptedError, adopt, published_templates, uptake
from web.auth import current_user
from web.labels import DEADLINE
from web.state import db, state

bp = Blueprint("campaign_templates", __name__)


@bp.get("/dot-thi-dua-tinh")
def templates() -> str:
    found = published_templates(state().sessions)
    return render_template(
        "campaign_templates.html", uptakes=uptake(db(), found), deadline_labels=DEADLINE
    )


@bp.post("/dot-thi-dua-tinh/ap-dung")
def adopt_template() -> Response:
    """Copy one of the province's campaigns into this commune (then adjust it with a file)."""
    wanted = request.form.get("template_id", "")
    template = next((t for t in published_templates(state().sessions) if str(t.id) == wanted), None)
    if template is None:
        flash("Không tìm thấy đợt thi đua này của tỉnh.", "error")
        return redirect(url_for("campaign_templates.templates"))
    user = current_user()
    session = db()
    try:
        adopt(session, template, actor=user.username if user else "?")
    except AlreadyAdoptedError as exc:
        session.rollback()
        flash(f"Không áp dụng: {exc}.", "error")
    else:
        session.commit()
        flash(f"Đã áp dụng đợt thi đua “{template.name}” của tỉnh cho xã.", "ok")
    return redirect(url_for("campaign_templates.templates"))
