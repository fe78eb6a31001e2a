"""Adding and editing units on the web (issue 14 §3), validated as the units file is
(`documents.units_admin`), confirmed first, audited. Only editors may save (`web.app`)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from werkzeug.wrappers import Response

from documents import units_admin
from documents.db import get_unit
from documents.models import Unit
from web.actions import actor, confirmation
from web.labels import UNIT_KIND
from web.state import db

bp = Blueprint("units_admin", __name__)


def _form() -> units_admin.UnitForm:
    get = request.form.get
    return units_admin.UnitForm(
        id=get("id", ""),
        name=get("name", ""),
        kind=get("kind", ""),
        aliases=get("aliases", ""),
        emails=get("emails", ""),
        contact=get("contact", ""),
    )


def _of(unit: Unit) -> units_admin.UnitForm:
    return units_admin.UnitForm(
        id=unit.id,
        name=unit.name,
        kind=unit.kind,
        aliases="\n".join(unit.aliases or []),
        emails="\n".join(e.address for e in unit.emails),
        contact=unit.contact or "",
    )


def _page(form: units_admin.UnitForm, creating: bool, errors: dict[str, str]) -> str:
    return render_template(
        "unit_form.html",
        form=form,
        creating=creating,
        errors=errors,
        kinds=UNIT_KIND,
        names=units_admin.FIELD_NAMES,
    )


@bp.get("/don-vi")
def units() -> str:
    rows = list(db().scalars(select(Unit).order_by(Unit.active.desc(), Unit.name)))
    return render_template("units.html", units=rows, kinds=UNIT_KIND)


@bp.get("/don-vi-moi")
def new_unit() -> str:
    return _page(units_admin.UnitForm(id="", name="", kind="chi_bo"), True, {})


@bp.get("/don-vi/<unit_id>/sua")
def edit_unit(unit_id: str) -> str:
    unit = get_unit(db(), unit_id)
    if unit is None:
        abort(404)
    return _page(_of(unit), False, {})


def _save(creating: bool, unit_id: str | None) -> Response | tuple[str, int] | str:
    session = db()
    form = _form()
    if unit_id is not None:
        form = units_admin.UnitForm(**{**form.__dict__, "id": unit_id})
    try:
        spec = units_admin.validate(form)
    except units_admin.UnitFormError as exc:
        return _page(form, creating, exc.problems), 422
    emails = ", ".join(spec.emails) or "không có"
    asked = confirmation(
        f"Thêm đơn vị {spec.name} ({spec.id})?" if creating else f"Lưu thay đổi của {spec.name}?",
        [
            f"Loại: {UNIT_KIND.get(spec.kind, spec.kind)}; tên gọi khác: "
            f"{'; '.join(spec.aliases) or 'không có'}.",
            f"Địa chỉ thư: {emails}.",
        ],
        url_for("units_admin.units"),
        "Xác nhận lưu",
    )
    if asked is not None:
        return asked
    try:
        unit = units_admin.save_unit(session, form, actor=actor(), creating=creating)
    except units_admin.UnitFormError as exc:
        session.rollback()
        return _page(form, creating, exc.problems), 422
    session.commit()
    flash(f"Đã lưu đơn vị {unit.name}.", "ok")
    return redirect(url_for("actions.unit", unit_id=unit.id))


@bp.post("/don-vi-moi")
def create_unit() -> Response | tuple[str, int] | str:
    return _save(True, None)


@bp.post("/don-vi/<unit_id>/sua")
def update_unit(unit_id: str) -> Response | tuple[str, int] | str:
    if get_unit(db(), unit_id) is None:
        abort(404)
    return _save(False, unit_id)
