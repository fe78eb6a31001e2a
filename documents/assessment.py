"""The year's end: each reported model judged against the campaign's criteria, recognised or not,
and the best proposed for commendation, by the campaign's closing date.

The criteria are data on the campaign (the campaign file's `criteria`, the plan's five by
default). A model is one (unit, model key) group of the report deadline, so a resent report keeps
its assessment. Every change writes an audit entry.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from documents import clock
from documents.models import (
    AuditEntry,
    Campaign,
    Deadline,
    ExtractionRecord,
    ModelAssessment,
    Submission,
    Unit,
)
from documents.register import ACCEPTED, active_campaign

#: The five criteria of the movement's plan, used when a campaign file names none.
DEFAULT_CRITERIA: tuple[tuple[str, str], ...] = (
    ("political_task", "Gắn với thực hiện nhiệm vụ chính trị của địa phương, cơ quan, đơn vị"),
    ("participation", "Thu hút đông đảo cán bộ, đảng viên, hội viên và Nhân dân tham gia"),
    (
        "effect",
        "Mang lại hiệu quả thiết thực trên một trong bốn lĩnh vực: kinh tế, văn hóa - xã hội, "
        "quốc phòng - an ninh, xây dựng hệ thống chính trị",
    ),
    (
        "recognised_content",
        "Có tên gọi, địa chỉ, nội dung rõ ràng, được cấp có thẩm quyền ghi nhận",
    ),
    ("lasting", "Được Nhân dân đồng tình hưởng ứng, có tính bền vững và khả năng nhân rộng"),
)
NOTE_MAX = 2000


class AssessmentError(ValueError):
    """An assessment that cannot be recorded; the message is Vietnamese, shown to the office."""


@dataclass(frozen=True)
class Criterion:
    key: str
    text: str


@dataclass(frozen=True)
class ReportedModel:
    """A model whose results were reported, with the office's assessment if there is one."""

    submission_id: int
    unit_id: str
    unit_name: str
    model_key: str
    model_name: str
    domain: str | None
    fields: dict[str, Any]
    assessment: ModelAssessment | None

    @property
    def met(self) -> int:
        if self.assessment is None:
            return 0
        return sum(1 for v in self.assessment.criteria.values() if v.get("met"))


def criteria_of(campaign: Campaign | None) -> list[Criterion]:
    """The campaign's criteria, in the plan's order."""
    stored = (campaign.settings or {}).get("criteria") if campaign is not None else None
    if isinstance(stored, list) and stored:
        return [Criterion(str(c["key"]), str(c["text"])) for c in stored]
    return [Criterion(key, text) for key, text in DEFAULT_CRITERIA]


def _report_deadline(session: Session, campaign: Campaign) -> Deadline | None:
    return session.scalar(
        select(Deadline).where(Deadline.campaign_id == campaign.id, Deadline.kind == "report")
    )


def reported_models(session: Session, campaign: Campaign | None = None) -> list[ReportedModel]:
    """The current, accepted reports of the campaign, one per model, by unit then model name."""
    campaign = campaign or active_campaign(session)
    if campaign is None:
        return []
    deadline = _report_deadline(session, campaign)
    if deadline is None:
        return []
    rows = session.execute(
        select(Submission, Unit.name, ExtractionRecord.fields)
        .join(Unit, Unit.id == Submission.unit_id)
        .join(ExtractionRecord, ExtractionRecord.id == Submission.extraction_id)
        .where(
            Submission.deadline_id == deadline.id,
            Submission.is_current.is_(True),
            Submission.review_state == ACCEPTED,
            Submission.model_key.is_not(None),
        )
    ).all()
    assessments = {
        (a.unit_id, a.model_key): a
        for a in session.scalars(
            select(ModelAssessment).where(ModelAssessment.campaign_id == campaign.id)
        )
    }
    models = [
        ReportedModel(
            submission_id=submission.id,
            unit_id=str(submission.unit_id),
            unit_name=unit_name,
            model_key=str(submission.model_key),
            model_name=str((fields or {}).get("model_name") or "(chưa ghi tên mô hình)"),
            domain=(fields or {}).get("domain"),
            fields=dict(fields or {}),
            assessment=assessments.get((str(submission.unit_id), str(submission.model_key))),
        )
        for submission, unit_name, fields in rows
    ]
    return sorted(models, key=lambda m: (m.unit_name, m.model_name, m.submission_id))


def reported_model(session: Session, submission_id: int) -> tuple[Campaign, ReportedModel]:
    """The reported model that `submission_id` stands for, or LookupError."""
    submission = session.get(Submission, submission_id)
    if submission is None or submission.deadline_id is None:
        raise LookupError(f"submission {submission_id} is not a report")
    deadline = session.get(Deadline, submission.deadline_id)
    campaign = session.get(Campaign, deadline.campaign_id) if deadline else None
    if campaign is None:
        raise LookupError(f"submission {submission_id} belongs to no campaign")
    for model in reported_models(session, campaign):
        if model.submission_id == submission_id:
            return campaign, model
    raise LookupError(f"submission {submission_id} is not a current, accepted report")


def _clean_note(value: str | None) -> str | None:
    if value is None:
        return None
    text = unicodedata.normalize("NFC", value).strip()
    if len(text) > NOTE_MAX:
        raise AssessmentError(f"Ghi chú dài quá {NOTE_MAX} ký tự")
    return text or None


def _snapshot(assessment: ModelAssessment) -> dict[str, Any]:
    return {
        "unit_id": assessment.unit_id,
        "model_name": assessment.model_name,
        "criteria": dict(assessment.criteria or {}),
        "recognised": assessment.recognised,
        "commendation_proposed": assessment.commendation_proposed,
        "note": assessment.note,
    }


def assess_model(
    session: Session,
    submission_id: int,
    *,
    criteria: Mapping[str, tuple[bool, str | None]],
    recognised: bool,
    commendation_proposed: bool,
    note: str | None,
    actor: str,
    now: datetime | None = None,
) -> ModelAssessment:
    """Record (or change) the assessment of the model that report `submission_id` reports.

    Every criterion of the campaign must be answered. A model is recognised only when it meets
    them all, and only a recognised model can be proposed for commendation: the plan's rule, so
    that the list sent up is never one the criteria contradict.
    """
    campaign, model = reported_model(session, submission_id)
    wanted = criteria_of(campaign)
    unknown = sorted(set(criteria) - {c.key for c in wanted})
    if unknown:
        raise AssessmentError(f"Tiêu chí không có trong kế hoạch: {', '.join(unknown)}")
    answers = {
        c.key: {"met": bool(criteria[c.key][0]), "note": _clean_note(criteria[c.key][1])}
        for c in wanted
        if c.key in criteria
    }
    missing = [c.text for c in wanted if c.key not in answers]
    if missing:
        raise AssessmentError("Chưa đánh giá tiêu chí: " + "; ".join(missing))
    unmet = sum(1 for a in answers.values() if not a["met"])
    if recognised and unmet:
        raise AssessmentError(
            f"Mô hình chưa đạt {unmet}/{len(wanted)} tiêu chí nên chưa thể công nhận"
        )
    if commendation_proposed and not recognised:
        raise AssessmentError("Chỉ đề nghị biểu dương mô hình đã được công nhận")
    assessment = model.assessment
    before = _snapshot(assessment) if assessment is not None else None
    if assessment is None:
        assessment = ModelAssessment(
            campaign_id=campaign.id, unit_id=model.unit_id, model_key=model.model_key
        )
        session.add(assessment)
    assessment.submission_id = submission_id
    assessment.model_name = model.model_name
    assessment.criteria = answers
    assessment.recognised = recognised
    assessment.commendation_proposed = commendation_proposed
    assessment.note = _clean_note(note)
    assessment.assessed_by = actor[:64]
    assessment.assessed_at = clock.utc(now or clock.now(), "the assessment's time")
    session.flush()
    after = _snapshot(assessment)
    if before != after:
        session.add(
            AuditEntry(
                actor=actor[:64],
                action="assess_model",
                entity="model_assessment",
                entity_id=str(assessment.id),
                before=before,
                after=after,
            )
        )
        session.flush()
    return assessment


def recognised_models(session: Session, campaign: Campaign | None = None) -> list[ReportedModel]:
    """The reported models the office marked recognised (commended ones among them)."""
    return [
        m
        for m in reported_models(session, campaign)
        if m.assessment is not None and m.assessment.recognised
    ]
