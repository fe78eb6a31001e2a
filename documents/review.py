"""The office's corrections: confirm or change a document's unit, correct extracted fields, accept
or reject a document under review. Each change writes an audit entry (who, what, before, after),
and a later re-run of the pipeline keeps the office's decision (see `register.OFFICE_ACTIONS`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from documents import layout_memory
from documents.contract import FIELD_KEYS, Domain, Kind, ModelType
from documents.matching import MatchResult, UnitDirectory, normalise_address
from documents.models import (
    AuditEntry,
    Campaign,
    Deadline,
    ExtractionRecord,
    Submission,
    Unit,
    UnitEmail,
)
from documents.register import (
    ACCEPTED,
    FLAG_OTHER_YEAR,
    NEEDS_REVIEW,
    REASON_OTHER_YEAR,
    REJECTED,
    active_campaign,
    derive,
    lock_units,
    office_decided,
    record_submission,
    refresh_group,
)

#: The field names the office reads in error messages.
LABELS = {
    "kind": "Loại văn bản",
    "unit_name": "Tên đơn vị",
    "model_name": "Tên mô hình",
    "model_type": "Loại mô hình",
    "domain": "Lĩnh vực",
    "leader_name": "Người phụ trách",
    "leader_position": "Chức vụ",
    "phone": "Số điện thoại",
    "location": "Địa bàn",
    "content": "Nội dung",
    "results": "Kết quả",
    "participants": "Số người tham gia",
    "funds_vnd": "Kinh phí (đồng)",
    "signed_date": "Ngày ký",
}
_INTEGER_FIELDS = frozenset({"participants", "funds_vnd"})
_ENUMS: dict[str, tuple[str, ...]] = {
    "model_type": tuple(m.value for m in ModelType),
    "domain": tuple(d.value for d in Domain),
    "kind": tuple(k.value for k in Kind),
}


class CorrectionError(ValueError):
    """A correction that cannot be applied; the message is Vietnamese, shown to the office."""


def _audit(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    session.add(
        AuditEntry(
            actor=actor[:64],
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            before=before,
            after=after,
        )
    )


def _snapshot(submission: Submission) -> dict[str, Any]:
    return {
        "unit_id": submission.unit_id,
        "review_state": submission.review_state,
        "review_reasons": list(submission.review_reasons or []),
        "match_method": submission.match_method,
        "is_current": submission.is_current,
    }


def _submission(session: Session, submission_id: int) -> Submission:
    submission = session.get(Submission, submission_id)
    if submission is None:
        raise LookupError(f"submission {submission_id} does not exist")
    return submission


def _campaign_of(session: Session, submission: Submission | None) -> Campaign | None:
    if submission is not None and submission.deadline_id is not None:
        deadline = session.get(Deadline, submission.deadline_id)
        if deadline is not None:
            return session.get(Campaign, deadline.campaign_id)
    return active_campaign(session)


def _learn_address(session: Session, address: str | None, unit_id: str, actor: str) -> None:
    """The office vouches for this address: the next mail from it matches by sender."""
    bare = normalise_address(address)
    if bare is None:
        return
    row = session.scalar(select(UnitEmail).where(UnitEmail.address == bare))
    if row is not None and (row.unit_id == unit_id or row.origin == "units_file"):
        return  # already known, or owned by the units file, which the office edits itself
    before = {"address": bare, "unit_id": row.unit_id} if row is not None else None
    if row is None:
        session.add(UnitEmail(unit_id=unit_id, address=bare, origin="confirmed"))
    else:
        row.unit_id = unit_id
    _audit(
        session,
        actor,
        "learn_address",
        "unit_email",
        bare,
        before,
        {"address": bare, "unit_id": unit_id, "origin": "confirmed"},
    )


def confirm_unit(
    session: Session, submission_id: int, unit_id: str, *, actor: str, learn_address: bool = True
) -> Submission:
    """Set the document's unit by hand, clear its review, and re-apply supersede and late rules."""
    submission = _submission(session, submission_id)
    unit = session.get(Unit, (submission.commune_id, unit_id))
    if unit is None or not unit.active:
        raise CorrectionError(f"Không có đơn vị «{unit_id}» trong danh sách")
    before = _snapshot(submission)
    old_group = (submission.unit_id, submission.deadline_id, submission.model_key)
    extraction = session.get(ExtractionRecord, submission.extraction_id)
    assert extraction is not None  # the foreign key guarantees it
    submission.unit_id = unit_id
    submission.match_method = "manual"
    submission.match_score = 100.0
    submission.review_state = ACCEPTED
    submission.review_reasons = []
    derive(session, submission, extraction, _campaign_of(session, submission))
    message = extraction.attachment.message
    message.unit_id = unit_id
    session.flush()
    lock_units(session, old_group[0], unit_id)
    refresh_group(session, *old_group)
    refresh_group(session, submission.unit_id, submission.deadline_id, submission.model_key)
    _audit(
        session, actor, "confirm_unit", "submission", submission.id, before, _snapshot(submission)
    )
    if learn_address:
        _learn_address(session, message.sender, unit_id, actor)
    session.flush()
    return submission


def resolve_review(session: Session, submission_id: int, *, actor: str, accept: bool) -> Submission:
    """Accept the document as it is, or reject it: a rejected document is kept but not counted."""
    submission = _submission(session, submission_id)
    if accept and submission.unit_id is None:
        raise CorrectionError("Chưa có đơn vị: hãy chọn đơn vị trước khi chấp nhận")
    before = _snapshot(submission)
    submission.review_state = ACCEPTED if accept else REJECTED
    submission.review_reasons = []
    lock_units(session, submission.unit_id)
    refresh_group(session, submission.unit_id, submission.deadline_id, submission.model_key)
    _audit(
        session,
        actor,
        "resolve_review",
        "submission",
        submission.id,
        before,
        {**_snapshot(submission), "accept": accept},
    )
    session.flush()
    return submission


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise CorrectionError("phải là chữ")
    folded = " ".join(unicodedata.normalize("NFC", value).split()).strip("\"'“”‘’ ")
    return folded or None


def _validate(key: str, value: Any) -> Any:
    """One corrected value in the contract's format, or CorrectionError saying why not."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if key == "kind":
            raise CorrectionError("Loại văn bản không được để trống")
        return None
    if key in _ENUMS:
        if value not in _ENUMS[key]:
            raise CorrectionError(
                f"{LABELS[key]}: giá trị «{value}» không hợp lệ ({', '.join(_ENUMS[key])})"
            )
        return value
    if key in _INTEGER_FIELDS:
        if isinstance(value, bool):
            raise CorrectionError(f"{LABELS[key]}: phải là số nguyên")
        if isinstance(value, str) and re.fullmatch(r"\d+", value.strip()):
            value = int(value.strip())
        if not isinstance(value, int) or value < 0:
            raise CorrectionError(f"{LABELS[key]}: phải là số nguyên không âm")
        return value
    if key == "signed_date":
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise CorrectionError(
                f"{LABELS[key]}: «{value}» không phải ngày dạng YYYY-MM-DD"
            ) from None
    if key == "phone":
        digits = re.sub(r"[\s.\-()]", "", str(value))
        if digits.startswith("+84"):
            digits = "0" + digits[3:]
        if not re.fullmatch(r"0\d{9,10}", digits):
            raise CorrectionError(f"{LABELS[key]}: «{value}» không phải số điện thoại")
        return digits
    try:
        return _text(value)
    except CorrectionError as exc:
        raise CorrectionError(f"{LABELS[key]}: {exc}") from None


def validate_field(key: str, value: Any) -> Any:
    """`value` in the contract's format for field `key`, or CorrectionError saying why not (so a
    form can check each field on its own and keep the valid ones)."""
    if key not in FIELD_KEYS and key != "kind":
        raise CorrectionError(f"Trường không có trong mẫu: {key}")
    return _validate(key, value)


def correct_fields(
    session: Session,
    extraction_id: int,
    changes: dict[str, Any],
    *,
    actor: str,
    learned: list[layout_memory.Lesson] | None = None,
) -> ExtractionRecord:
    """Correct extracted fields (and "kind"), then re-derive the submission they feed.

    Each corrected value also teaches the layout memory where it sits on this form's layout
    (and weakens a memory that had placed the wrong value); what was learned is appended to
    `learned` when given."""
    extraction = session.get(ExtractionRecord, extraction_id)
    if extraction is None:
        raise LookupError(f"extraction {extraction_id} does not exist")
    unknown = sorted(set(changes) - set(FIELD_KEYS) - {"kind"})
    if unknown:
        raise CorrectionError(f"Trường không có trong mẫu: {', '.join(unknown)}")
    clean = {key: _validate(key, value) for key, value in changes.items()}
    fields = dict(extraction.fields or {})
    before = {k: (extraction.kind if k == "kind" else fields.get(k)) for k in clean}
    kind = clean.pop("kind", extraction.kind)
    fields.update(clean)
    extraction.fields = fields
    extraction.kind = kind
    extraction.corrected = True
    after = {**{k: fields.get(k) for k in clean}, **({"kind": kind} if "kind" in before else {})}
    _audit(session, actor, "correct_fields", "extraction", extraction.id, before, after)
    session.flush()
    _rederive(session, extraction, rematch="unit_name" in clean)
    submission = session.scalar(select(Submission).where(Submission.extraction_id == extraction.id))
    lessons = layout_memory.learn(
        session, extraction, clean, unit_id=submission.unit_id if submission else None, actor=actor
    )
    if learned is not None:
        learned.extend(lessons)
    return extraction


def _rederive(session: Session, extraction: ExtractionRecord, *, rematch: bool) -> None:
    """Bring the submission in line with corrected fields; a corrected unit name re-runs the
    matching, unless the office has already decided the unit."""
    submission = session.scalar(select(Submission).where(Submission.extraction_id == extraction.id))
    if extraction.kind == Kind.UNKNOWN.value:
        if submission is not None:  # no longer counted: the register drops it and re-elects
            record_submission(session, extraction.id, MatchResult(None, None, 0.0, True))
        return
    if submission is None or (rematch and not office_decided(session, submission.id)):
        # Newly countable, or its unit named anew: match it as the pipeline would have.
        message = extraction.attachment.message
        names = [str(extraction.fields.get("unit_name") or "")]
        match = UnitDirectory.load(session).match(message.sender, names)
        record_submission(session, extraction.id, match)
        return
    old_group = (submission.unit_id, submission.deadline_id, submission.model_key)
    had_other_year = FLAG_OTHER_YEAR in (submission.flags or [])
    derive(session, submission, extraction, _campaign_of(session, submission))
    now_other_year = FLAG_OTHER_YEAR in submission.flags
    reasons = [r for r in (submission.review_reasons or []) if r != REASON_OTHER_YEAR]
    if now_other_year and not had_other_year:
        submission.review_state = NEEDS_REVIEW
        reasons.append(REASON_OTHER_YEAR)
    elif had_other_year and not now_other_year and not reasons and submission.unit_id:
        # The year was the only doubt, and the correction removed it.
        submission.review_state = (
            ACCEPTED if submission.review_state == NEEDS_REVIEW else submission.review_state
        )
    submission.review_reasons = reasons
    session.flush()
    lock_units(session, old_group[0])
    refresh_group(session, *old_group)
    refresh_group(session, submission.unit_id, submission.deadline_id, submission.model_key)
