"""Office corrections on the real databases: each changes the register and leaves an audit entry."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.matching import MatchResult, UnitDirectory
from documents.models import AuditEntry, Submission, UnitEmail
from documents.register import record_submission, review_queue, unit_statuses
from documents.review import CorrectionError, confirm_unit, correct_fields, resolve_review
from tests.integration.documents.factories import add_document, setup_commune

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
ON_TIME = datetime(2024, 4, 2, 9, 0, tzinfo=HCM)
STRANGER = "Lê Văn A <levana1980@example.test>"


def audit(session: Session, action: str) -> list[AuditEntry]:
    return list(
        session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
        )
    )


def test_confirm_unit_learns_the_address_for_the_next_mail(session: Session) -> None:
    setup_commune(session)
    directory = UnitDirectory.load(session)
    doc = add_document(session, received_at=ON_TIME, sender=STRANGER)
    match = directory.match(STRANGER, ["Chi bộ xóm 3"])
    assert match.needs_review
    sub = record_submission(session, doc.id, match)
    assert sub is not None and sub.review_state == "needs_review"

    confirm_unit(session, sub.id, "cb-xom-3", actor="vanphong")
    session.commit()
    assert (sub.unit_id, sub.match_method, sub.review_state) == ("cb-xom-3", "manual", "accepted")
    assert sub.review_reasons == []
    learnt = session.scalar(select(UnitEmail).where(UnitEmail.address == "levana1980@example.test"))
    assert learnt is not None and (learnt.unit_id, learnt.origin) == ("cb-xom-3", "confirmed")

    again = UnitDirectory.load(session).match(STRANGER, ["Chi bộ xóm 3"])
    assert (again.unit_id, again.method, again.needs_review) == ("cb-xom-3", "sender", False)

    [entry] = audit(session, "confirm_unit")
    assert (entry.actor, entry.entity, entry.entity_id) == ("vanphong", "submission", str(sub.id))
    assert entry.before is not None and entry.before["review_state"] == "needs_review"
    assert entry.after is not None and entry.after["unit_id"] == "cb-xom-3"
    [learn] = audit(session, "learn_address")
    assert learn.after == {
        "address": "levana1980@example.test",
        "unit_id": "cb-xom-3",
        "origin": "confirmed",
    }


def test_confirm_unit_moves_the_document_and_re_elects_current(session: Session) -> None:
    setup_commune(session)
    first = add_document(session, received_at=ON_TIME, fields={"model_name": "M"})
    wrong = add_document(
        session, received_at=ON_TIME + timedelta(days=1), fields={"model_name": "M"}
    )
    a = record_submission(session, first.id, MatchResult("cb-xom-1", "sender", 100.0, False))
    b = record_submission(session, wrong.id, MatchResult("cb-xom-1", "sender", 100.0, False))
    assert a is not None and b is not None and not a.is_current
    confirm_unit(session, b.id, "cb-xom-2", actor="vanphong", learn_address=False)
    assert a.is_current and a.superseded_by_id is None
    assert b.is_current and b.unit_id == "cb-xom-2"
    assert audit(session, "learn_address") == []
    # The address is the units file's: the office's confirmation does not steal it.
    assert (
        session.scalar(
            select(UnitEmail.unit_id).where(UnitEmail.address == "chiboxom1.nghiathai@gmail.test")
        )
        == "cb-xom-1"
    )


def test_confirmed_unit_survives_a_pipeline_re_run(session: Session) -> None:
    setup_commune(session)
    doc = add_document(session, received_at=ON_TIME, sender=STRANGER)
    match = UnitDirectory.load(session).match(STRANGER, ["Chi bộ xóm"])
    sub = record_submission(session, doc.id, match)
    assert sub is not None
    confirm_unit(session, sub.id, "cb-xom-4", actor="vanphong")
    record_submission(session, doc.id, match)
    assert (sub.unit_id, sub.review_state, sub.match_method) == ("cb-xom-4", "accepted", "manual")


def test_confirm_unit_refuses_an_unknown_unit(session: Session) -> None:
    setup_commune(session)
    doc = add_document(session, received_at=ON_TIME)
    sub = record_submission(session, doc.id, MatchResult(None, None, 0.0, True))
    assert sub is not None
    with pytest.raises(CorrectionError):
        confirm_unit(session, sub.id, "khong-co", actor="vanphong")


def test_correct_fields_validates_against_the_contract(session: Session) -> None:
    setup_commune(session)
    doc = add_document(session, received_at=ON_TIME, fields={"model_name": "M"})
    for bad in (
        {"domain": "kinh tế"},
        {"model_type": "group"},
        {"signed_date": "02/04/2024"},
        {"participants": "nhiều"},
        {"funds_vnd": -5},
        {"phone": "12345"},
        {"colour": "red"},
        {"kind": "letter"},
    ):
        with pytest.raises(CorrectionError):
            correct_fields(session, doc.id, bad, actor="vanphong")
    assert doc.corrected is False
    assert audit(session, "correct_fields") == []


def test_correct_fields_normalises_and_audits(session: Session) -> None:
    setup_commune(session)
    doc = add_document(session, received_at=ON_TIME, fields={"model_name": "M", "phone": None})
    record_submission(session, doc.id, MatchResult("cb-xom-1", "sender", 100.0, False))
    correct_fields(
        session,
        doc.id,
        {"phone": "+84 912 345 678", "participants": "120", "leader_name": "  Phạm  Văn Hùng "},
        actor="vanphong",
    )
    assert doc.corrected is True
    assert doc.fields["phone"] == "0912345678"
    assert doc.fields["participants"] == 120
    assert doc.fields["leader_name"] == "Phạm Văn Hùng"
    [entry] = audit(session, "correct_fields")
    assert entry.before == {"phone": None, "participants": None, "leader_name": None}
    assert entry.after == {
        "phone": "0912345678",
        "participants": 120,
        "leader_name": "Phạm Văn Hùng",
    }


def test_correcting_the_model_name_re_derives_supersede(session: Session) -> None:
    setup_commune(session)
    one = add_document(session, received_at=ON_TIME, fields={"model_name": "Đường xóm"})
    two = add_document(
        session, received_at=ON_TIME + timedelta(days=1), fields={"model_name": "Duong xom moi"}
    )
    a = record_submission(session, one.id, MatchResult("cb-xom-1", "sender", 100.0, False))
    b = record_submission(session, two.id, MatchResult("cb-xom-1", "sender", 100.0, False))
    assert a is not None and b is not None and a.is_current and b.is_current
    correct_fields(session, two.id, {"model_name": "Đường Xóm"}, actor="vanphong")
    assert b.model_key == a.model_key
    assert not a.is_current and a.superseded_by_id == b.id


def test_correcting_the_signed_date_sets_and_clears_other_year(session: Session) -> None:
    setup_commune(session)
    doc = add_document(session, received_at=ON_TIME, fields={"signed_date": "2024-04-01"})
    sub = record_submission(session, doc.id, MatchResult("cb-xom-1", "sender", 100.0, False))
    assert sub is not None and sub.review_state == "accepted"
    correct_fields(session, doc.id, {"signed_date": "2023-04-01"}, actor="vanphong")
    assert "other_year" in sub.flags and sub.review_state == "needs_review"
    correct_fields(session, doc.id, {"signed_date": "2024-04-01"}, actor="vanphong")
    assert "other_year" not in sub.flags and sub.review_state == "accepted"


def test_correcting_the_kind_moves_or_uncounts_the_document(session: Session) -> None:
    setup_commune(session)
    doc = add_document(session, received_at=datetime(2024, 9, 1, tzinfo=HCM))
    sub = record_submission(session, doc.id, MatchResult("cb-xom-1", "sender", 100.0, False))
    assert sub is not None and sub.late_days > 100
    correct_fields(session, doc.id, {"kind": "report"}, actor="vanphong")
    by_unit = {u.unit_id: u for u in unit_statuses(session)}["cb-xom-1"]
    assert by_unit.deadlines["report"].status == "received"
    assert by_unit.deadlines["registration"].status == "missing"
    assert sub.late_days == 0
    correct_fields(session, doc.id, {"kind": "unknown"}, actor="vanphong")
    assert session.scalars(select(Submission)).all() == []
    correct_fields(
        session, doc.id, {"kind": "registration", "unit_name": "Chi bộ xóm 1"}, actor="x"
    )
    [back] = session.scalars(select(Submission)).all()
    assert back.unit_id == "cb-xom-1"


def test_resolve_review_accepts_or_rejects(session: Session) -> None:
    setup_commune(session)
    doc = add_document(session, received_at=ON_TIME, fields={"model_name": "M"})
    doubt = add_document(
        session,
        received_at=ON_TIME + timedelta(days=1),
        fields={"model_name": "M", "signed_date": "2023-03-01"},
    )
    a = record_submission(session, doc.id, MatchResult("cb-xom-1", "sender", 100.0, False))
    b = record_submission(session, doubt.id, MatchResult("cb-xom-1", "sender", 100.0, False))
    assert a is not None and b is not None and b.review_state == "needs_review"
    assert [s.id for s in review_queue(session)] == [b.id]

    resolve_review(session, b.id, actor="vanphong", accept=False)
    assert b.review_state == "rejected" and not b.is_current
    assert a.is_current
    assert review_queue(session) == []
    status = {u.unit_id: u for u in unit_statuses(session)}["cb-xom-1"].deadlines["registration"]
    assert status.status == "received"
    assert [d.submission_id for d in status.documents] == [a.id]

    resolve_review(session, b.id, actor="vanphong", accept=True)
    assert b.review_state == "accepted" and b.is_current and not a.is_current
    actions = [(e.before or {}).get("review_state") for e in audit(session, "resolve_review")]
    assert actions == ["needs_review", "rejected"]


def test_resolve_review_cannot_accept_without_a_unit(session: Session) -> None:
    setup_commune(session)
    doc = add_document(session, received_at=ON_TIME, sender=STRANGER)
    sub = record_submission(session, doc.id, UnitDirectory.load(session).match(STRANGER, []))
    assert sub is not None and sub.unit_id is None
    with pytest.raises(CorrectionError):
        resolve_review(session, sub.id, actor="vanphong", accept=True)


def test_correcting_the_unit_name_re_matches_unless_the_office_decided(session: Session) -> None:
    setup_commune(session)
    doc = add_document(
        session, received_at=ON_TIME, sender=STRANGER, fields={"unit_name": "Chi bộ xóm"}
    )
    sub = record_submission(
        session, doc.id, UnitDirectory.load(session).match(STRANGER, ["Chi bộ xóm"])
    )
    assert sub is not None and sub.unit_id != "hoi-nong-dan"
    correct_fields(session, doc.id, {"unit_name": "Hội Nông dân xã"}, actor="vanphong")
    assert sub.unit_id == "hoi-nong-dan" and sub.review_state == "needs_review"
    assert sub.review_reasons == ["Địa chỉ gửi chưa có trong danh sách của đơn vị"]
    confirm_unit(session, sub.id, "hoi-nong-dan", actor="vanphong", learn_address=False)
    correct_fields(session, doc.id, {"unit_name": "Chi bộ xóm 3"}, actor="vanphong")
    assert sub.unit_id == "hoi-nong-dan" and sub.review_state == "accepted"
