"""The register shows each time in the campaign's zone, with the source it came from.

Forms at 23:59:59+07:00 on the due date and at 00:00:01+07:00 the next day, stored by dvk's
writer; pages and the export snapshot run with the process `TZ` set to UTC,
Asia/Ho_Chi_Minh and America/Los_Angeles, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from tests.integration.web.factory import Doc, Seeded, add_document
from tests.timezones import process_tz  # noqa: F401
from web.exports.snapshot import take_snapshot

pytestmark = pytest.mark.usefixtures("process_tz")

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def _add(sessions: sessionmaker[Session], unit_id: str, at: datetime, name: str) -> Doc:
    with sessions() as session:
        doc = add_document(
            session,
            unit_id,
            "registration",
            {"unit_name": name, "model_name": f"Mô hình của {name}", "domain": "economy"},
            at,
            filename=f"dang-ky-{unit_id}.docx",
        )
        session.commit()
    return doc


def _row_of(html: str, unit_name: str) -> str:
    found = re.search(
        rf"<tr[^>]*>(?:(?!</tr>).)*{re.escape(unit_name)}(?:(?!</tr>).)*</tr>", html, re.S
    )
    assert found, unit_name
    return found.group(0)


def test_the_boundary_on_pages_and_in_the_export(
    viewer: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    on_time = _add(
        sessions, "cong-an", datetime(2024, 4, 7, 23, 59, 59, tzinfo=HANOI), "Công an xã"
    )
    late = _add(sessions, "mttq", datetime(2024, 4, 8, 0, 0, 1, tzinfo=HANOI), "Ủy ban MTTQ xã")

    page = viewer.get(f"/documents/{on_time.attachment_id}").get_data(as_text=True)
    assert "07/04/2024 23:59" in page
    assert "theo giờ gửi ghi trong thư" in page
    assert "Nộp muộn" not in page
    page = viewer.get(f"/documents/{late.attachment_id}").get_data(as_text=True)
    assert "08/04/2024 00:00" in page
    assert "Nộp muộn 1 ngày" in page

    overview = viewer.get("/").get_data(as_text=True)
    assert "muộn" not in _row_of(overview, "Công an xã")
    assert "(muộn 1 ngày)" in _row_of(overview, "Ủy ban MTTQ xã")

    with sessions() as session:
        rows = {row.unit_id: row for row in take_snapshot(session).models("registration")}
    assert rows["cong-an"].received_at == datetime(2024, 4, 7, 23, 59, 59)  # Excel: local time
    assert rows["cong-an"].late_days == 0
    assert rows["mttq"].received_at == datetime(2024, 4, 8, 0, 0, 1)
    assert rows["mttq"].late_days == 1
