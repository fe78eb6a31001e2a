"""What dvk learned about layouts from the office's corrections ("Mẫu đã học"): the memories per
layout and unit with the example field and value, and forgetting them (editors only, audited).
The rules live in `documents.layout_memory`."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from sqlalchemy import select
from werkzeug.wrappers import Response

from documents import clock, layout_memory
from documents.models import Unit
from documents.register import active_campaign
from web.auth import current_user
from web.people import display_names
from web.state import db

bp = Blueprint("layouts", __name__)


def _actor() -> str:
    user = current_user()
    return user.username if user else "?"


@bp.get("/mau-da-hoc")
def memories() -> str:
    session = db()
    groups = layout_memory.memories(session)
    units = {str(i): str(n) for i, n in session.execute(select(Unit.id, Unit.name))}
    people = display_names(session, (m.learned_by for g in groups for m in g.memories))
    tz = clock.zone(active_campaign(session)).key
    return render_template(
        "memories.html",
        groups=groups,
        units=units,
        people=people,
        places={m.id: layout_memory.describe(m) for g in groups for m in g.memories},
        local=lambda value: clock.local_naive(value, tz),
    )


@bp.post("/mau-da-hoc/<int:memory_id>/quen")
def forget(memory_id: int) -> Response:
    session = db()
    try:
        row = layout_memory.forget(session, memory_id, actor=_actor())
    except layout_memory.UnknownMemoryError as exc:
        session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("layouts.memories"))
    session.commit()
    flash(f"Đã quên vị trí của «{row.field}» trên mẫu phiếu này; phiếu sau đọc như trước.", "ok")
    return redirect(url_for("layouts.memories"))


@bp.post("/mau-da-hoc/mau/<digest>/quen")
def forget_layout(digest: str) -> Response:
    session = db()
    count = layout_memory.forget_layout(session, digest[:64], actor=_actor())
    session.commit()
    flash(f"Đã quên {count} ghi nhớ của mẫu phiếu này." if count else "Không còn gì để quên.",
          "ok" if count else "error")  # fmt: skip
    return redirect(url_for("layouts.memories"))
