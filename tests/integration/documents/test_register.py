"""The register's rules on the real databases (PostgreSQL and SQLite)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from documents.db import all_communes
from documents.matching import MatchResult, UnitDirectory
from documents.models import Submission
from documents.register import (
    active_campaign,
    record_submission,
    review_queue,
    unit_statuses,
)
from tests.conftest import not_applicable
from tests.integration.documents.factories import add_document, setup_commune
from tests.threads import Worker

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
ON_TIME = datetime(2024, 4, 2, 9, 0, tzinfo=HCM)


def sure(unit_id: str) -> MatchResult:
    return MatchResult(unit_id, "sender", 100.0, False)


def status_of(session: Session, unit_id: str, kind: str = "registration", **kw: object) -> str:
    by_unit = {u.unit_id: u for u in unit_statuses(session, **kw)}  # type: ignore[arg-type]
    return by_unit[unit_id].deadlines[kind].status


def test_active_campaign_and_statuses_start_missing(session: Session) -> None:
    campaign = setup_commune(session)
    assert active_campaign(session) is campaign
    statuses = unit_statuses(session)
    assert len(statuses) == 34
    assert statuses[0].unit_id == "cb-xom-1"
    assert [s.unit_id for s in statuses[8:11]] == ["cb-xom-9", "cb-xom-10", "cb-xom-11"]
    assert statuses[-1].unit_id == "ubnd"
    for unit in statuses:
        assert set(unit.deadlines) == {"registration", "report"}
        assert all(d.status == "missing" and d.documents == () for d in unit.deadlines.values())


def test_resubmission_supersedes_and_keeps_history(session: Session) -> None:
    setup_commune(session)
    first = add_document(session, received_at=ON_TIME, fields={"model_name": "Đường xóm sạch"})
    second = add_document(
        session,
        received_at=ON_TIME + timedelta(days=1),
        fields={"model_name": "“ĐƯỜNG XÓM SẠCH.”"},
    )
    old = record_submission(session, first.id, sure("cb-xom-1"))
    new = record_submission(session, second.id, sure("cb-xom-1"))
    assert old is not None and new is not None
    assert old.model_key == new.model_key
    assert (old.is_current, old.superseded_by_id) == (False, new.id)
    assert (new.is_current, new.superseded_by_id) == (True, None)
    assert session.scalar(select(Submission).where(Submission.id == old.id)) is old
    docs = {u.unit_id: u for u in unit_statuses(session)}["cb-xom-1"].deadlines["registration"]
    assert docs.status == "received"
    assert [d.submission_id for d in docs.documents] == [new.id]
    assert docs.documents[0].is_current and docs.documents[0].extraction_id == second.id


def test_out_of_order_recording_keeps_latest_received_current(session: Session) -> None:
    setup_commune(session)
    early = add_document(session, received_at=ON_TIME, fields={"model_name": "A"})
    late = add_document(
        session, received_at=ON_TIME + timedelta(hours=2), fields={"model_name": "a"}
    )
    newer = record_submission(session, late.id, sure("cb-xom-1"))
    older = record_submission(session, early.id, sure("cb-xom-1"))
    assert newer is not None and older is not None
    assert newer.is_current and not older.is_current
    assert older.superseded_by_id == newer.id


def test_several_models_per_unit_all_count(session: Session) -> None:
    setup_commune(session)
    one = add_document(session, received_at=ON_TIME, fields={"model_name": "Đường xóm sạch"})
    two = add_document(session, received_at=ON_TIME, fields={"model_name": "Camera an ninh"})
    a = record_submission(session, one.id, sure("cb-xom-1"))
    b = record_submission(session, two.id, sure("cb-xom-1"))
    assert a is not None and b is not None and a.is_current and b.is_current
    deadline = {u.unit_id: u for u in unit_statuses(session)}["cb-xom-1"].deadlines["registration"]
    assert {d.submission_id for d in deadline.documents} == {a.id, b.id}


def test_nameless_model_resent_with_same_file_name_supersedes(session: Session) -> None:
    setup_commune(session)
    first = add_document(session, received_at=ON_TIME, filename="DK_DVK_Xom1.docx")
    again = add_document(
        session, received_at=ON_TIME + timedelta(days=1), filename="dk_dvk_xom1 (1).docx"
    )
    other = add_document(session, received_at=ON_TIME, filename="Mo_hinh_thu_hai.docx")
    a = record_submission(session, first.id, sure("cb-xom-1"))
    b = record_submission(session, again.id, sure("cb-xom-1"))
    c = record_submission(session, other.id, sure("cb-xom-1"))
    assert a is not None and b is not None and c is not None
    assert not a.is_current and a.superseded_by_id == b.id
    assert b.is_current and c.is_current


def test_nameless_resend_joins_the_named_model_of_the_same_file(session: Session) -> None:
    setup_commune(session)
    named = add_document(
        session, received_at=ON_TIME, filename="DK_Xom1.docx", fields={"model_name": "Đèn đường"}
    )
    nameless = add_document(
        session, received_at=ON_TIME + timedelta(days=1), filename="DK_Xom1.docx"
    )
    a = record_submission(session, named.id, sure("cb-xom-1"))
    b = record_submission(session, nameless.id, sure("cb-xom-1"))
    assert a is not None and b is not None
    assert b.model_key == a.model_key and not a.is_current and b.is_current


def test_late_days_count_local_calendar_days(session: Session) -> None:
    setup_commune(session)
    two_late = add_document(session, received_at=datetime(2024, 4, 9, 10, 0, tzinfo=HCM))
    last_minute = add_document(
        session,
        received_at=datetime(2024, 4, 7, 16, 30, tzinfo=UTC),  # 23:30 in Hà Nội
        fields={"model_name": "Khác"},
    )
    local_last_minute = add_document(
        session, received_at=datetime(2024, 4, 7, 23, 30, tzinfo=HCM), fields={"model_name": "L"}
    )
    next_morning = add_document(
        session, received_at=datetime(2024, 4, 8, 0, 5, tzinfo=HCM), fields={"model_name": "N"}
    )
    a = record_submission(session, two_late.id, sure("cb-xom-1"))
    b = record_submission(session, last_minute.id, sure("cb-xom-2"))
    c = record_submission(session, local_last_minute.id, sure("cb-xom-4"))
    d = record_submission(session, next_morning.id, sure("cb-xom-5"))
    assert a is not None and b is not None and c is not None and d is not None
    assert a.late_days == 2
    assert b.late_days == 0
    assert c.late_days == 0
    assert d.late_days == 1
    assert status_of(session, "cb-xom-1") == "late"
    assert status_of(session, "cb-xom-2") == "received"


def test_late_unit_with_one_timely_model_is_received(session: Session) -> None:
    setup_commune(session)
    timely = add_document(session, received_at=ON_TIME, fields={"model_name": "Một"})
    late = add_document(
        session, received_at=datetime(2024, 4, 20, tzinfo=HCM), fields={"model_name": "Hai"}
    )
    record_submission(session, timely.id, sure("cb-xom-1"))
    record_submission(session, late.id, sure("cb-xom-1"))
    assert status_of(session, "cb-xom-1") == "received"


def test_other_year_is_flagged_and_reviewed(session: Session) -> None:
    setup_commune(session)
    signed = add_document(session, received_at=ON_TIME, fields={"signed_date": "2023-04-02"})
    titled = add_document(
        session,
        received_at=ON_TIME,
        fields={"model_name": "Mô hình dân vận khéo năm 2023", "signed_date": "2024-04-01"},
    )
    fine = add_document(
        session,
        received_at=ON_TIME,
        fields={"signed_date": "2024-04-01", "model_name": "Xóa nhà tạm đến năm 2025"},
    )
    a = record_submission(session, signed.id, sure("cb-xom-1"))
    b = record_submission(session, titled.id, sure("cb-xom-2"))
    c = record_submission(session, fine.id, sure("cb-xom-3"))
    assert a is not None and b is not None and c is not None
    assert "other_year" in a.flags and a.review_state == "needs_review"
    assert "other_year" in b.flags and b.review_state == "needs_review"
    assert "other_year" not in c.flags and c.review_state == "accepted"
    assert status_of(session, "cb-xom-1") == "needs_review"
    assert {s.id for s in review_queue(session)} == {a.id, b.id}


def test_unknown_kind_is_kept_but_not_counted(session: Session) -> None:
    setup_commune(session)
    photo = add_document(session, received_at=ON_TIME, kind="unknown", filename="anh.jpg")
    assert record_submission(session, photo.id, sure("cb-xom-1")) is None
    assert session.scalars(select(Submission)).all() == []
    assert status_of(session, "cb-xom-1") == "missing"


def test_uncertain_match_goes_to_review_with_candidates(session: Session) -> None:
    setup_commune(session)
    directory = UnitDirectory.load(session)
    doc = add_document(session, received_at=ON_TIME, sender="la@example.test")
    match = directory.match("la@example.test", ["Chi bộ xóm 3"])
    sub = record_submission(session, doc.id, match)
    assert sub is not None
    assert sub.unit_id == "cb-xom-3" and sub.review_state == "needs_review"
    assert sub.review_reasons == ["Địa chỉ gửi chưa có trong danh sách của đơn vị"]
    assert sub.candidates[0]["unit_id"] == "cb-xom-3"
    assert isinstance(sub.candidates[0]["score"], float)
    assert status_of(session, "cb-xom-3") == "needs_review"
    nobody = add_document(session, received_at=ON_TIME, sender="la@example.test")
    unmatched = record_submission(session, nobody.id, directory.match("la@example.test", []))
    assert unmatched is not None and unmatched.unit_id is None
    assert {s.id for s in review_queue(session)} == {sub.id, unmatched.id}


def test_report_counts_against_report_deadline(session: Session) -> None:
    setup_commune(session)
    report = add_document(session, received_at=datetime(2024, 9, 6, 8, tzinfo=HCM), kind="report")
    sub = record_submission(session, report.id, sure("hoi-nong-dan"))
    assert sub is not None and sub.late_days == 1
    assert status_of(session, "hoi-nong-dan", "report") == "late"
    assert status_of(session, "hoi-nong-dan", "registration") == "missing"


def test_as_of_counts_only_what_had_arrived(session: Session) -> None:
    setup_commune(session)
    first = add_document(session, received_at=ON_TIME, fields={"model_name": "M"})
    second = add_document(
        session, received_at=ON_TIME + timedelta(days=3), fields={"model_name": "M"}
    )
    a = record_submission(session, first.id, sure("cb-xom-1"))
    b = record_submission(session, second.id, sure("cb-xom-1"))
    assert a is not None and b is not None
    before = ON_TIME - timedelta(hours=1)
    between = ON_TIME + timedelta(days=1)
    assert status_of(session, "cb-xom-1", as_of=before) == "missing"
    then = {u.unit_id: u for u in unit_statuses(session, as_of=between)}["cb-xom-1"]
    assert [d.submission_id for d in then.deadlines["registration"].documents] == [a.id]
    now = {u.unit_id: u for u in unit_statuses(session)}["cb-xom-1"]
    assert [d.submission_id for d in now.deadlines["registration"].documents] == [b.id]


def test_record_submission_is_idempotent(session: Session) -> None:
    setup_commune(session)
    first = add_document(session, received_at=ON_TIME, fields={"model_name": "M"})
    second = add_document(
        session, received_at=ON_TIME + timedelta(days=1), fields={"model_name": "M"}
    )
    original_first = record_submission(session, first.id, sure("cb-xom-1"))
    original_second = record_submission(session, second.id, sure("cb-xom-1"))
    session.commit()
    assert original_first is not None and original_second is not None
    ids = (original_first.id, original_second.id)

    def snapshot() -> list[tuple[object, ...]]:
        rows = session.scalars(select(Submission).order_by(Submission.id)).all()
        return [
            (s.id, s.unit_id, s.deadline_id, s.model_key, s.late_days, s.is_current,
             s.superseded_by_id, s.review_state, s.flags, s.candidates)
            for s in rows
        ]  # fmt: skip

    state = snapshot()
    again = record_submission(session, second.id, sure("cb-xom-1"))
    again_first = record_submission(session, first.id, sure("cb-xom-1"))
    session.commit()
    # Each re-run returns the submission the first run made, unchanged (no new row, no swap).
    assert again is not None and again_first is not None
    assert (again_first.id, again.id) == ids
    assert again.is_current and not again_first.is_current
    assert snapshot() == state
    assert len(state) == 2


def test_concurrent_resends_leave_one_current(sessions: sessionmaker[Session]) -> None:
    """Two workers record two resends of one model at once (PostgreSQL): the second waits for
    the first one's unit lock, then sees its row, so exactly one stays current."""
    with sessions() as setup:
        if setup.get_bind().dialect.name != "postgresql":
            not_applicable("row locks are PostgreSQL's; SQLite has a single writer")
        setup_commune(setup)
        first = add_document(setup, received_at=ON_TIME, fields={"model_name": "M"})
        second = add_document(
            setup, received_at=ON_TIME + timedelta(hours=1), fields={"model_name": "M"}
        )
        setup.commit()
        first_id, second_id = first.id, second.id

    recorded, release = threading.Event(), threading.Event()

    def worker(extraction_id: int, hold: bool) -> None:
        try:
            with sessions() as s, s.begin():
                record_submission(s, extraction_id, sure("cb-xom-1"))
                if hold:
                    recorded.set()
                    assert release.wait(60), "never released"
        finally:
            recorded.set()

    a = Worker(worker, first_id, True)
    a.start()
    assert recorded.wait(60)
    b = Worker(worker, second_id, False)
    b.start()
    # The server's activity is an operator's view: a commune's role sees only its own.
    with all_communes(sessions)() as probe:
        blocked = False
        for _ in range(600):  # until the second worker waits for the first one's lock
            blocked = bool(
                probe.scalar(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                    )
                )
            )
            if blocked:
                break
            probe.rollback()
            threading.Event().wait(0.05)
    release.set()
    a.result(60)  # raises what the thread raised, or fails if it still runs
    b.result(60)
    assert blocked
    with sessions() as check:
        rows = check.scalars(select(Submission).order_by(Submission.received_at)).all()
        assert [(r.is_current, r.superseded_by_id) for r in rows] == [
            (False, rows[1].id),
            (True, None),
        ]
