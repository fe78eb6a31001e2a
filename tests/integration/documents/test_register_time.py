"""The register's lateness and its "as of" view at the deadline boundary, through dvk's writers.

Messages are stored by `ingest.store` (Date headers in several offsets) and counted by
`documents.register.record_submission`; SQLite and PostgreSQL (session in America/Los_Angeles),
with the process `TZ` set to UTC, Asia/Ho_Chi_Minh and America/Los_Angeles.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy.orm import Session

from documents import clock
from documents.matching import MatchResult
from documents.models import Campaign, Submission
from documents.register import record_submission, unit_statuses
from tests.integration.documents.factories import add_document, setup_commune
from tests.timezones import process_tz  # noqa: F401

pytestmark = pytest.mark.usefixtures("process_tz")

ICT = timezone(timedelta(hours=7))
PDT = timezone(timedelta(hours=-7))
LAST_SECOND = datetime(2024, 4, 7, 23, 59, 59, tzinfo=ICT)
FIRST_SECOND = datetime(2024, 4, 8, 0, 0, 1, tzinfo=ICT)


@pytest.fixture
def campaign(session: Session) -> Campaign:
    return setup_commune(session)


def _count(session: Session, unit_id: str, sent_at: datetime, name: str) -> Submission:
    extraction = add_document(
        session,
        received_at=sent_at,
        fields={"model_name": name, "unit_name": unit_id},
        filename=f"{name}.docx",
    )
    submission = record_submission(session, extraction.id, MatchResult.manual(unit_id))
    assert submission is not None
    session.commit()
    return submission


@pytest.mark.parametrize("offset", [ICT, UTC, PDT])
def test_the_last_and_first_second_around_the_deadline(
    session: Session, campaign: Campaign, offset: timezone
) -> None:
    on_time = _count(session, "cb-xom-1", LAST_SECOND.astimezone(offset), "Đường hoa")
    late = _count(session, "cb-xom-2", FIRST_SECOND.astimezone(offset), "Camera an ninh")
    session.expire_all()
    assert (on_time.late_days, on_time.received_at) == (0, LAST_SECOND)
    assert (late.late_days, late.received_at) == (1, FIRST_SECOND)
    statuses = {u.unit_id: u.deadlines["registration"] for u in unit_statuses(session)}
    assert statuses["cb-xom-1"].status == "received"
    assert statuses["cb-xom-2"].status == "late"
    (document,) = statuses["cb-xom-1"].documents
    assert document.received_at == LAST_SECOND and document.received_at_source == "header"


def test_as_of_is_an_instant_in_any_offset_and_never_naive(
    session: Session, campaign: Campaign
) -> None:
    _count(session, "cb-xom-1", LAST_SECOND, "Đường hoa")
    before = LAST_SECOND - timedelta(seconds=1)
    for moment in (before, before.astimezone(UTC), before.astimezone(PDT)):
        as_of = {u.unit_id: u for u in unit_statuses(session, as_of=moment)}
        assert as_of["cb-xom-1"].deadlines["registration"].status == "missing"
    at = {u.unit_id: u for u in unit_statuses(session, as_of=LAST_SECOND.astimezone(PDT))}
    assert at["cb-xom-1"].deadlines["registration"].status == "received"
    with pytest.raises(clock.NaiveDatetimeError):
        unit_statuses(session, as_of=datetime(2024, 4, 8))
