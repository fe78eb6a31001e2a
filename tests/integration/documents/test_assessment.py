"""The year's end: reported models judged against the campaign's criteria, on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.assessment import (
    AssessmentError,
    assess_model,
    criteria_of,
    recognised_models,
    reported_models,
)
from documents.config_files import ConfigFileError, load_campaign, load_campaign_file
from documents.models import AuditEntry, Campaign, ModelAssessment
from tests.integration.documents.factories import setup_commune
from tests.integration.web.factory import add_document, at, seed

ALL_MET = {
    key: (True, None)
    for key in ("political_task", "participation", "effect", "recognised_content", "lasting")
}


def test_the_example_campaign_carries_the_closing_date_and_the_five_criteria(
    session: Session,
) -> None:
    campaign = setup_commune(session)
    assert campaign.closes_on == date(2024, 12, 15)
    criteria = criteria_of(campaign)
    assert [c.key for c in criteria] == list(ALL_MET)
    assert "nhiệm vụ chính trị" in criteria[0].text


def test_a_closing_date_before_the_last_deadline_is_refused(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[3] / "examples" / "campaign.yaml").read_text()
    bad = tmp_path / "c.yaml"
    bad.write_text(text.replace("closes_on: 2024-12-15", "closes_on: 2024-08-15"))
    with pytest.raises(
        ConfigFileError,
        match=r"line 36, field 'closes_on': 2024-08-15 is before the last deadline 2024-09-05",
    ):
        load_campaign_file(bad)


def test_criteria_are_data_of_the_campaign(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "slug: x\nname: X\nyear: 2025\ndeadlines: {registration: 2025-04-07}\n"
        "criteria:\n  - {key: one, text: Tiêu chí một}\n  - {key: two, text: Tiêu chí hai}\n",
        encoding="utf-8",
    )
    campaign = load_campaign(session, load_campaign_file(path))
    assert [c.text for c in criteria_of(campaign)] == ["Tiêu chí một", "Tiêu chí hai"]
    assert campaign.closes_on is None
    twice = tmp_path / "d.yaml"
    twice.write_text(path.read_text().replace("key: two", "key: one"), encoding="utf-8")
    with pytest.raises(
        ConfigFileError,
        match=r"line 7, field 'criteria\.1\.key': criterion key 'one' appears twice",
    ):
        load_campaign_file(twice)


def test_reported_models_are_assessed_recognised_and_audited(session: Session) -> None:
    seeded = seed(session)
    models = reported_models(session)
    assert [(m.unit_id, m.model_name) for m in models] == [("cb-xom-1", "Đường hoa nông thôn mới")]
    assert models[0].assessment is None
    report_id = seeded.report.submission_id
    assert report_id is not None
    criteria = {**ALL_MET, "lasting": (False, "Mới làm được một năm")}
    assess_model(
        session,
        report_id,
        criteria=criteria,
        recognised=False,
        commendation_proposed=False,
        note=None,
        actor="bientap",
        now=datetime(2024, 11, 20, 2, tzinfo=UTC),
    )
    session.commit()
    model = reported_models(session)[0]
    assert model.assessment is not None and model.met == 4
    assert model.assessment.criteria["lasting"] == {"met": False, "note": "Mới làm được một năm"}
    assert recognised_models(session) == []

    assess_model(
        session,
        report_id,
        criteria=ALL_MET,
        recognised=True,
        commendation_proposed=True,
        note="Đề nghị nhân rộng ra các xóm",
        actor="bientap",
    )
    session.commit()
    [recognised] = recognised_models(session)
    assert recognised.assessment is not None
    assert recognised.assessment.commendation_proposed
    assert session.scalar(select(ModelAssessment.id).where(ModelAssessment.id > 0)) is not None
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "assess_model").order_by(AuditEntry.id)
    ).all()
    assert len(entries) == 2
    assert entries[0].before is None and entries[0].after is not None
    assert entries[0].after["recognised"] is False
    assert entries[1].before == entries[0].after
    assert entries[1].after is not None and entries[1].after["commendation_proposed"] is True


def test_the_plans_rules_are_enforced(session: Session) -> None:
    seeded = seed(session)
    report_id = seeded.report.submission_id
    assert report_id is not None

    def attempt(**kwargs: object) -> None:
        args: dict[str, object] = {
            "criteria": ALL_MET,
            "recognised": False,
            "commendation_proposed": False,
            "note": None,
            "actor": "bientap",
        }
        assess_model(session, report_id, **{**args, **kwargs})  # type: ignore[arg-type]

    with pytest.raises(AssessmentError, match="chưa đạt 1/5 tiêu chí nên chưa thể công nhận"):
        attempt(criteria={**ALL_MET, "effect": (False, None)}, recognised=True)
    with pytest.raises(AssessmentError, match="Chỉ đề nghị biểu dương mô hình đã được công nhận"):
        attempt(commendation_proposed=True)
    with pytest.raises(AssessmentError, match="Chưa đánh giá tiêu chí: Được Nhân dân"):
        attempt(criteria={k: v for k, v in ALL_MET.items() if k != "lasting"})
    with pytest.raises(AssessmentError, match="không có trong kế hoạch: colour"):
        attempt(criteria={**ALL_MET, "colour": (True, None)})
    with pytest.raises(LookupError):
        assess_model(
            session,
            seeded.on_time.submission_id or 0,  # a registration, not a report
            criteria=ALL_MET,
            recognised=False,
            commendation_proposed=False,
            note=None,
            actor="bientap",
        )
    assert session.scalar(select(AuditEntry).where(AuditEntry.action == "assess_model")) is None


def test_a_resent_report_keeps_its_assessment(session: Session) -> None:
    seeded = seed(session)
    assert seeded.report.submission_id is not None
    assess_model(
        session,
        seeded.report.submission_id,
        criteria=ALL_MET,
        recognised=True,
        commendation_proposed=False,
        note=None,
        actor="bientap",
    )
    resent = add_document(
        session,
        "cb-xom-1",
        "report",
        {"model_name": "Đường hoa nông thôn mới", "results": "Trồng 3 km đường hoa"},
        at("2024-09-04"),
        filename="bao-cao-xom-1-bo-sung.docx",
    )
    session.commit()
    [model] = reported_models(session)
    assert model.submission_id == resent.submission_id
    assert model.assessment is not None and model.assessment.recognised
    campaign = session.scalar(select(Campaign))
    assert campaign is not None and len(recognised_models(session, campaign)) == 1
