"""Exempting a unit from a deadline: the office's decision that a unit owes nothing there (a
unit merged away, a chi bộ without members this year), with the reason.

An exempt unit is neither missing nor late for that deadline (`documents.register` reports it
as "exempt"), gets no reminder (`notifier.reminders`), and the exports show it as exempt with
the reason. Undoing deletes the row; both decisions are in the audit trail, on the unit.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.db import get_unit
from documents.models import AuditEntry, Deadline, Exemption, Unit

#: A reason is a sentence or two, not a letter.
REASON_MAX = 500


class ExemptionError(ValueError):
    """A decision that cannot be applied; the message is Vietnamese, shown to the office."""


def clean_reason(raw: str) -> str:
    """The reason as stored: NFC, one line, 1..REASON_MAX characters."""
    reason = " ".join(unicodedata.normalize("NFC", raw or "").split())
    reason = "".join(ch for ch in reason if unicodedata.category(ch)[0] != "C")
    if not reason:
        raise ExemptionError("Cần ghi lý do miễn nộp.")
    if len(reason) > REASON_MAX:
        raise ExemptionError(
            f"Lý do miễn nộp dài tối đa {REASON_MAX} ký tự (đang có {len(reason)})."
        )
    return reason


def _unit_and_deadline(session: Session, unit_id: str, deadline_id: int) -> tuple[Unit, Deadline]:
    unit = get_unit(session, unit_id)
    if unit is None:
        raise ExemptionError(f"Không có đơn vị «{unit_id}».")
    deadline = session.get(Deadline, deadline_id)
    if deadline is None:
        raise ExemptionError(f"Không có hạn nộp #{deadline_id}.")
    return unit, deadline


def find(session: Session, unit_id: str, deadline_id: int) -> Exemption | None:
    return session.scalar(
        select(Exemption).where(Exemption.unit_id == unit_id, Exemption.deadline_id == deadline_id)
    )


def exemptions_for(
    session: Session, deadline_ids: Iterable[int]
) -> dict[tuple[str, int], Exemption]:
    """The exemptions of the given deadlines, keyed (unit, deadline): one query."""
    ids = list(deadline_ids)
    if not ids:
        return {}
    rows = session.scalars(select(Exemption).where(Exemption.deadline_id.in_(ids)))
    return {(row.unit_id, row.deadline_id): row for row in rows}


def exempt(
    session: Session, unit_id: str, deadline_id: int, reason: str, *, actor: str
) -> Exemption:
    """Excuse a unit from a deadline; the caller commits. A unit already exempt keeps its first
    decision (refused with its reason), so two people deciding at once cannot both win."""
    unit, deadline = _unit_and_deadline(session, unit_id, deadline_id)
    text = clean_reason(reason)
    existing = find(session, unit.id, deadline.id)
    if existing is not None:
        raise ExemptionError(
            f"{unit.name} đã được miễn hạn này (lý do: {existing.reason}); "
            "hãy hủy miễn trước nếu muốn ghi lý do khác."
        )
    row = Exemption(unit_id=unit.id, deadline_id=deadline.id, reason=text, created_by=actor[:64])
    session.add(row)
    session.add(
        AuditEntry(
            actor=actor[:64],
            action="exempt_unit",
            entity="unit",
            entity_id=unit.id,
            before=None,
            after={"deadline_id": deadline.id, "deadline": deadline.kind, "reason": text},
        )
    )
    session.flush()
    return row


def revoke(session: Session, unit_id: str, deadline_id: int, *, actor: str) -> None:
    """Undo an exemption: the unit owes the deadline again (and may be late); the caller
    commits."""
    unit, deadline = _unit_and_deadline(session, unit_id, deadline_id)
    existing = find(session, unit.id, deadline.id)
    if existing is None:
        raise ExemptionError(f"{unit.name} không được miễn hạn này.")
    session.add(
        AuditEntry(
            actor=actor[:64],
            action="unexempt_unit",
            entity="unit",
            entity_id=unit.id,
            before={
                "deadline_id": deadline.id,
                "deadline": deadline.kind,
                "reason": existing.reason,
            },
            after=None,
        )
    )
    session.delete(existing)
    session.flush()
