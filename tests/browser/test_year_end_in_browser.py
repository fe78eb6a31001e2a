"""The year's end in a real browser: the office judges a reported model, is told when the plan's
rule refuses it, then recognises it and proposes it for commendation; the report lists it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.assessment import DEFAULT_CRITERIA
from documents.models import AuditEntry, ModelAssessment
from tests.integration.web.factory import PASSWORD, Seeded

pytestmark = pytest.mark.browser


def _login(page: Any, username: str) -> None:
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/")


def test_the_office_assesses_recognises_and_proposes_a_model(
    page: Any, seeded_register: Seeded, sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _login(page, "bientap")
    page.click("text=Đánh giá cuối năm")
    page.wait_for_url("**/danh-gia")
    assert "Chưa đánh giá" in page.locator("table.assessments").inner_text()
    page.click("table.assessments a:has-text('Đường hoa nông thôn mới')")
    page.wait_for_url(f"**/danh-gia/{seeded_register.report.submission_id}")

    keys = [key for key, _ in DEFAULT_CRITERIA]
    for key in keys[:4]:
        page.check(f"#c_{key}")
    page.fill("input[name=n_lasting]", "Mới duy trì được một năm")
    page.check("input[name=recognised][value='1']")
    page.click("form.assessment button[type=submit]")
    error = page.locator("#assessment-error").inner_text()
    assert "chưa đạt 1/5 tiêu chí nên chưa thể công nhận" in error
    # What was typed is still there.
    assert page.is_checked("#c_effect") and not page.is_checked("#c_lasting")
    assert page.input_value("input[name=n_lasting]") == "Mới duy trì được một năm"
    with sessions() as session:
        assert session.scalar(select(ModelAssessment)) is None

    page.check("#c_lasting")
    page.check("input[name=proposed]")
    page.click("form.assessment button[type=submit]")
    page.wait_for_url("**/danh-gia")
    row = page.locator("table.assessments tbody tr").first.inner_text()
    assert "5/5" in row and "Công nhận" in row and "Đề nghị biểu dương" in row
    with sessions() as session:
        saved = session.scalar(select(ModelAssessment))
        assert saved is not None and saved.recognised and saved.commendation_proposed
        assert saved.criteria["lasting"]["note"] == "Mới duy trì được một năm"
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "assess_model"))

    with page.expect_download() as info:
        page.click("text=Xuất báo cáo")
    target = tmp_path / "bao-cao.docx"
    info.value.save_as(target)
    document = Document(str(target))
    assert any(p.text == "Danh sách mô hình được công nhận:" for p in document.paragraphs)
    listed = [[c.text for c in r.cells] for r in document.tables[2].rows]
    assert listed[1][2] == "Đường hoa nông thôn mới"
    assert listed[1][4] == "Đề nghị biểu dương, nhân rộng"
