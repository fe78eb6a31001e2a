"""The province's campaign template on PostgreSQL: published in the province's row, adopted by
a commune's editor into that commune only, adjusted by the commune's own file, and seen so by
the province."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import flask
from sqlalchemy import select

from documents.campaign_template import published_templates
from documents.config_files import CampaignFile, load_campaign
from documents.db import all_communes, for_commune
from documents.models import PROVINCE_KIND, AuditEntry, Campaign, Commune, ReminderSlot
from tests.integration.tenancy.test_isolation import Two, two  # noqa: F401
from tests.integration.tenancy.test_province import app, province  # noqa: F401
from tests.integration.web.conftest import csrf_token, login
from workers.bootstrap import Context
from workers.settings import Settings
from workers.steps import plan_reminders

TEMPLATE = CampaignFile(
    slug="dvk-2025",
    name="Phong trào “Dân vận khéo” năm 2025",
    year=2025,
    deadlines={"registration": date(2025, 4, 7), "report": date(2025, 9, 5)},
    reminders={"before_working_days": [5, 2], "overdue_max": 2},
)


def _publish(deployment: Two) -> None:
    with all_communes(deployment.sessions)() as session:
        row = session.scalar(select(Commune.id).where(Commune.kind == PROVINCE_KIND))
    with for_commune(deployment.sessions, row).begin() as session:
        load_campaign(session, TEMPLATE)


def test_a_commune_adopts_the_province_template_and_adjusts_it(
    app: flask.Flask,  # noqa: F811
    province: Two,  # noqa: F811
) -> None:
    _publish(province)
    assert [t.slug for t in published_templates(province.sessions)] == ["dvk-2025"]
    client = app.test_client()
    assert login(client, "hoabinh").status_code == 302
    page = client.get("/dot-thi-dua-tinh").get_data(as_text=True)
    assert "Phong trào “Dân vận khéo” năm 2025" in page and "chưa áp dụng" in page
    assert "Nhắc trước hạn 5, 2 ngày làm việc" in page
    template_id = str(published_templates(province.sessions)[0].id)
    adopted = client.post(
        "/dot-thi-dua-tinh/ap-dung",
        data={"template_id": template_id, "csrf_token": csrf_token(page)},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Đã áp dụng đợt thi đua" in adopted and "đã áp dụng" in adopted
    again = client.post(
        "/dot-thi-dua-tinh/ap-dung",
        data={"template_id": template_id, "csrf_token": csrf_token(page)},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Không áp dụng: xã đã có đợt thi đua" in again
    with all_communes(province.sessions)() as session:
        copies = session.scalars(select(Campaign).where(Campaign.slug == "dvk-2025")).all()
        by_commune = {c.commune_id: c for c in copies}
        assert len(copies) == 2  # the province's template and commune A's copy
        mine = by_commune[province.a]
        assert province.b not in by_commune  # B adopted nothing
        assert {d.kind: d.due_date for d in mine.deadlines} == TEMPLATE.deadlines
        assert mine.settings["reminders"]["before_working_days"] == [5, 2]
        audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "adopt_template"))
        assert audit is not None and audit.commune_id == province.a and audit.actor == "hoabinh"
    assert "áp dụng đợt thi đua “Phong trào “Dân vận khéo” năm 2025” theo mẫu của tỉnh" in (
        client.get("/lich-su").get_data(as_text=True)
    )
    # The commune moves its registration deadline with its own file; the province sees it.
    with for_commune(province.sessions, province.a).begin() as session:
        own = TEMPLATE.model_copy(
            update={"deadlines": {"registration": date(2025, 4, 10), "report": date(2025, 9, 5)}}
        )
        load_campaign(session, own)
    page = client.get("/dot-thi-dua-tinh").get_data(as_text=True)
    assert "10/04/2025 (hạn riêng)" in page
    tinh = app.test_client()
    assert login(tinh, "tinh").status_code == 302
    overview = tinh.get("/tinh").get_data(as_text=True)
    table = overview.split('id="mau-dvk-2025"', 1)[1].split("</table>", 1)[0]
    assert "xã Hòa Bình</td><td>đã áp dụng, hạn riêng</td><td>đăng ký 10/04/2025" in table
    assert "xã Nghĩa Thái</td><td>chưa áp dụng" in table


def test_a_viewer_and_the_province_cannot_adopt(app: flask.Flask, province: Two) -> None:  # noqa: F811
    _publish(province)
    template_id = str(published_templates(province.sessions)[0].id)
    for username in ("xem", "tinh"):
        client = app.test_client()
        assert login(client, username).status_code == 302
        if username == "tinh":
            client.get("/tinh/xem?xa=nghia-thai")
        page = client.get("/dot-thi-dua-tinh").get_data(as_text=True)
        assert "Phong trào “Dân vận khéo” năm 2025" in page and "Áp dụng cho xã" not in page
        response = client.post(
            "/dot-thi-dua-tinh/ap-dung",
            data={"template_id": template_id, "csrf_token": csrf_token(page)},
        )
        assert response.status_code == 403, username
    with all_communes(province.sessions)() as session:
        slugs = session.scalars(select(Campaign.commune_id).where(Campaign.slug == "dvk-2025"))
        assert len(list(slugs)) == 1  # the province's own, nothing adopted


def test_the_scheduler_reminds_communes_never_the_province_template(
    province: Two,  # noqa: F811
    tmp_path: Path,
    postgres_url: str,
) -> None:
    _publish(province)
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path / "var",
        database_url=postgres_url,
        office_email="danvan@tinh.test",
    )
    context = Context(settings=settings)
    try:
        plan_reminders(context, now=datetime(2024, 1, 2, tzinfo=UTC))
    finally:
        context.dispose()
    with all_communes(province.sessions)() as session:
        slots = set(session.scalars(select(ReminderSlot.commune_id)))
    assert slots == {province.a, province.b}  # the communes' campaigns, not the template
