"""The office marks a resent form, which dvk took for a second model, as replacing the first:
the register then counts one model with the newer form current, and reading the forms again
does not undo the decision."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.matching import MatchResult
from documents.models import AuditEntry, Campaign, Submission
from documents.register import record_submission, unit_statuses
from documents.replacement import ReplacementError, mark_replaces
from tests.unit.notifier import factories as f

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def _form(
    session: Session, campaign: Campaign, unit_id: str, name: str, file: str, day: int
) -> Submission:
    fields = {**f.FULL_FIELDS, "model_name": name}
    msg = f.message(
        session,
        sender="chiboxom1.nghiathai@gmail.test",
        attachments=[{"file": file, "kind": "registration", "fields": fields}],
        received_at=datetime(2024, 4, day, 9, tzinfo=VN),
    )
    return f.submission(session, msg, unit_id, f.deadline(session, campaign, "registration"))


def _documents(session: Session, unit_id: str) -> list[str]:
    status = next(u for u in unit_statuses(session) if u.unit_id == unit_id)
    return [str(d.fields.get("model_name")) for d in status.deadlines["registration"].documents]


def test_a_renamed_resend_replaces_the_first_form_and_stays_so(session: Session) -> None:
    campaign = f.load_examples(session)
    first = _form(session, campaign, "cb-xom-1", "Đường hoa", "DK-1.docx", 2)
    second = _form(session, campaign, "cb-xom-1", "Đường hoa xanh nông thôn mới", "DK-2.docx", 4)
    assert sorted(_documents(session, "cb-xom-1")) == ["Đường hoa", "Đường hoa xanh nông thôn mới"]

    mark_replaces(session, second.id, first.id, actor="ha")
    assert _documents(session, "cb-xom-1") == ["Đường hoa xanh nông thôn mới"]
    session.refresh(first)
    assert not first.is_current and first.superseded_by_id == second.id
    audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "replace_submission"))
    assert audit is not None and audit.entity_id == str(second.id)
    assert audit.after == {
        "model_key": first.model_key,
        "replaces": first.id,
        "replaced_by": second.id,
    }

    # The pipeline records the newer form again (a reprocess): the decision holds.
    record_submission(session, second.extraction_id, MatchResult.manual("cb-xom-1"))
    assert _documents(session, "cb-xom-1") == ["Đường hoa xanh nông thôn mới"]
    assert second.model_key == first.model_key


def test_a_replacement_must_be_later_of_the_same_unit_and_deadline(session: Session) -> None:
    campaign = f.load_examples(session)
    first = _form(session, campaign, "cb-xom-1", "Đường hoa", "DK-1.docx", 2)
    second = _form(session, campaign, "cb-xom-1", "Đường hoa xanh", "DK-2.docx", 4)
    other = _form(session, campaign, "cb-xom-2", "Gia đình văn hóa", "DK-3.docx", 5)
    with pytest.raises(ReplacementError, match="nhận sau"):
        mark_replaces(session, first.id, second.id, actor="ha")
    with pytest.raises(ReplacementError, match="cùng một đơn vị"):
        mark_replaces(session, other.id, first.id, actor="ha")
    with pytest.raises(ReplacementError, match="chính nó"):
        mark_replaces(session, first.id, first.id, actor="ha")
    assert session.scalar(select(AuditEntry)) is None
    assert sorted(_documents(session, "cb-xom-1")) == ["Đường hoa", "Đường hoa xanh"]
