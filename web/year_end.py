"""The year's end on the web: every reported model, judged against the campaign's criteria,
recognised or not, and proposed for commendation (`documents.assessment` keeps the rules)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from documents import assessment, clock
from documents.models import Campaign, ExtractionRecord, Submission
from documents.register import active_campaign
from web.auth import current_user
from web.labels import DOMAIN, label
from web.people import display_names
from web.state import db

bp = Blueprint("year_end", __name__)


@dataclass(frozen=True)
class Answer:
    """One criterion as the form shows it: what the office ticked and wrote."""

    key: str
    text: str
    met: bool
    note: str


def _tz(campaign: Campaign | None) -> str:
    return clock.zone(campaign).key


def _closing(campaign: Campaign | None) -> dict[str, Any]:
    """The closing date, and whether it has passed in the campaign's zone."""
    closes_on = campaign.closes_on if campaign else None
    return {
        "closes_on": closes_on,
        "closed": bool(closes_on and clock.today(campaign) > closes_on),
    }


@bp.get("/danh-gia")
def assessments() -> str:
    session = db()
    campaign = active_campaign(session)
    models = assessment.reported_models(session, campaign)
    judged = [m for m in models if m.assessment is not None]
    names = display_names(session, (m.assessment.assessed_by for m in judged if m.assessment))
    return render_template(
        "assessments.html",
        campaign=campaign,
        models=models,
        criteria=assessment.criteria_of(campaign),
        counts={
            "reported": len(models),
            "judged": len(judged),
            "recognised": sum(1 for m in judged if m.assessment and m.assessment.recognised),
            "proposed": sum(
                1 for m in judged if m.assessment and m.assessment.commendation_proposed
            ),
        },
        names=names,
        local=lambda value: clock.local_naive(value, _tz(campaign)),
        domain=lambda code: label(DOMAIN, code),
        **_closing(campaign),
    )


def _answers(
    criteria: list[assessment.Criterion], model: assessment.ReportedModel, form: Any | None
) -> list[Answer]:
    """The form's rows: what was just submitted, else what is stored, else nothing ticked."""
    stored = model.assessment.criteria if model.assessment else {}
    out = []
    for criterion in criteria:
        if form is not None:
            met = form.get(f"c_{criterion.key}") == "1"
            note = str(form.get(f"n_{criterion.key}", ""))
        else:
            met = bool(stored.get(criterion.key, {}).get("met"))
            note = str(stored.get(criterion.key, {}).get("note") or "")
        out.append(Answer(criterion.key, criterion.text, met, note))
    return out


def _render_form(
    campaign: Campaign,
    model: assessment.ReportedModel,
    *,
    form: Any | None = None,
    error: str | None = None,
) -> str:
    session = db()
    submission = session.get(Submission, model.submission_id)
    attachment_id = (
        session.get(ExtractionRecord, submission.extraction_id).attachment_id  # type: ignore[union-attr]
        if submission is not None
        else None
    )
    stored = model.assessment
    if form is not None:
        recognised = form.get("recognised") == "1"
        proposed = form.get("proposed") == "1"
        note = str(form.get("note", ""))
    else:
        recognised = bool(stored and stored.recognised)
        proposed = bool(stored and stored.commendation_proposed)
        note = (stored.note or "") if stored else ""
    names = display_names(session, [stored.assessed_by] if stored else [])
    return render_template(
        "assessment.html",
        campaign=campaign,
        model=model,
        answers=_answers(assessment.criteria_of(campaign), model, form),
        recognised=recognised,
        proposed=proposed,
        note=note,
        error=error,
        attachment_id=attachment_id,
        assessed_by=names.get(stored.assessed_by, "") if stored else "",
        assessed_at=clock.local_naive(stored.assessed_at, _tz(campaign)) if stored else None,
        domain=label(DOMAIN, model.domain),
        **_closing(campaign),
    )


def _model(submission_id: int) -> tuple[Campaign, assessment.ReportedModel]:
    try:
        return assessment.reported_model(db(), submission_id)
    except LookupError:
        abort(404)


@bp.get("/danh-gia/<int:submission_id>")
def assessment_form(submission_id: int) -> str:
    campaign, model = _model(submission_id)
    return _render_form(campaign, model)


def _text(value: str | None) -> str | None:
    return unicodedata.normalize("NFC", value or "").strip() or None


@bp.post("/danh-gia/<int:submission_id>")
def assess(submission_id: int) -> Response | tuple[str, int]:
    session = db()
    campaign, model = _model(submission_id)
    form = request.form
    criteria = {
        c.key: (form.get(f"c_{c.key}") == "1", _text(form.get(f"n_{c.key}")))
        for c in assessment.criteria_of(campaign)
    }
    user = current_user()
    try:
        assessment.assess_model(
            session,
            submission_id,
            criteria=criteria,
            recognised=form.get("recognised") == "1",
            commendation_proposed=form.get("proposed") == "1",
            note=_text(form.get("note")),
            actor=user.username if user else "?",
        )
    except assessment.AssessmentError as exc:
        session.rollback()
        return _render_form(campaign, model, form=form, error=str(exc)), 422
    session.commit()
    flash(f"Đã lưu đánh giá mô hình «{model.model_name}».", "ok")
    return redirect(url_for("year_end.assessments"))
