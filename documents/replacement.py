"""The office marks one submission as replacing another (issue 14 §3): a unit resent its form
under another model name or file name, so dvk took it for a second model; the office says it
is the same one. The newer submission (and any earlier copies of its own model) join the older
one's model, so the register re-elects the newer as the current document and the older stays
as history, superseded by it.

The decision is kept in the audit trail ("replace_submission", one entry per moved submission,
with the model key it was given); `documents.register.derive` honours it (`office_model_key`), so reading the forms
again never undoes it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.models import AuditEntry, Submission
from documents.register import REJECTED, REPLACE_ACTION, lock_units, refresh_group


class ReplacementError(ValueError):
    """A replacement that cannot be made; the message is Vietnamese, shown to the office."""


def _get(session: Session, submission_id: int) -> Submission:
    found = session.get(Submission, submission_id)
    if found is None:
        raise ReplacementError(f"Không có văn bản #{submission_id}.")
    return found


def mark_replaces(session: Session, newer_id: int, older_id: int, *, actor: str) -> Submission:
    """`newer_id` replaces `older_id`: same unit and deadline, received later; the caller
    commits. Returns the newer submission, now the current one of the older's model."""
    newer, older = _get(session, newer_id), _get(session, older_id)
    if newer.id == older.id:
        raise ReplacementError("Một văn bản không thể thay thế chính nó.")
    if newer.unit_id is None or newer.unit_id != older.unit_id:
        raise ReplacementError("Hai văn bản phải của cùng một đơn vị.")
    if newer.deadline_id is None or newer.deadline_id != older.deadline_id:
        raise ReplacementError("Hai văn bản phải cho cùng một hạn nộp.")
    if (newer.received_at, newer.id) < (older.received_at, older.id):
        raise ReplacementError("Văn bản thay thế phải là văn bản nhận sau; hãy chọn ngược lại.")
    if REJECTED in (newer.review_state, older.review_state):
        raise ReplacementError("Văn bản đã bị loại không tính vào sổ: không thể chọn.")
    if newer.model_key == older.model_key:
        raise ReplacementError("Văn bản này đã là bản gửi lại của văn bản kia.")
    lock_units(session, newer.unit_id)
    old_key, new_key = newer.model_key, older.model_key
    moved = list(
        session.scalars(
            select(Submission).where(
                Submission.unit_id == newer.unit_id,
                Submission.deadline_id == newer.deadline_id,
                Submission.model_key.is_(None)
                if old_key is None
                else Submission.model_key == old_key,
                Submission.received_at <= newer.received_at,
            )
        )
    )
    for submission in moved:
        before: dict[str, Any] = {"model_key": submission.model_key}
        submission.model_key = new_key
        session.add(
            AuditEntry(
                actor=actor[:64],
                action=REPLACE_ACTION,
                entity="submission",
                entity_id=str(submission.id),
                before=before,
                after={"model_key": new_key, "replaces": older.id, "replaced_by": newer.id},
            )
        )
    session.flush()
    refresh_group(session, newer.unit_id, newer.deadline_id, old_key)
    refresh_group(session, newer.unit_id, newer.deadline_id, new_key)
    return newer
