"""The office's everyday path in a real browser: log in, read, filter, correct, download."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.integration.web.factory import PASSWORD, Seeded

pytestmark = pytest.mark.browser


def _login(page: Any, username: str) -> None:
    page.goto("/")
    assert "/login" in page.url
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/")


def test_login_overview_and_filter(page: Any, seeded_register: Seeded) -> None:
    _login(page, "xem")
    assert page.locator("h1").inner_text().startswith("Sổ theo dõi")
    rows = page.locator("table.register tbody tr")
    assert rows.count() == 4
    assert page.locator("svg[role=img] title").count() >= 3
    page.select_option("select[name=status]", "late")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?*status=late*")
    assert rows.count() == 1
    assert "Chi bộ xóm 2" in rows.first.inner_text()
    # The page has no script at all, and none was blocked.
    assert page.locator("script").count() == 0


def test_wrong_password_shows_a_vietnamese_message(page: Any, seeded_register: Seeded) -> None:
    page.goto("/login")
    page.fill("#username", "xem")
    page.fill("#password", "sai-mat-khau")
    page.click("button[type=submit]")
    assert "Tên đăng nhập hoặc mật khẩu không đúng" in page.locator("[role=alert]").inner_text()


def test_editor_corrects_a_field_and_sees_it_in_the_history(
    page: Any, seeded_register: Seeded
) -> None:
    _login(page, "bientap")
    page.click("a.doc:has-text('Đường hoa nông thôn mới')")
    page.wait_for_url(f"**/documents/{seeded_register.on_time.attachment_id}")
    page.fill("#f_model_name", "Đường hoa xanh - sạch - đẹp")
    page.click("form.fields button[type=submit]")
    page.wait_for_url(f"**/documents/{seeded_register.on_time.attachment_id}")
    assert "Đã lưu 1 trường." in page.locator(".flash").inner_text()
    assert page.input_value("#f_model_name") == "Đường hoa xanh - sạch - đẹp"
    audit = page.locator("ol.history").inner_text()
    assert "bientap sửa Tên mô hình từ “Đường hoa nông thôn mới” thành" in audit
    page.goto("/")
    assert page.locator("a.doc:has-text('Đường hoa xanh - sạch - đẹp')").count() == 1


def test_viewer_has_no_edit_form(page: Any, seeded_register: Seeded) -> None:
    _login(page, "xem")
    page.goto(f"/documents/{seeded_register.on_time.attachment_id}")
    assert page.locator("form.fields").count() == 0
    assert page.locator("#f_model_name").count() == 0


def test_both_downloads(page: Any, seeded_register: Seeded, tmp_path: Path) -> None:
    _login(page, "xem")
    with page.expect_download() as info:
        page.click("text=Xuất Excel")
    xlsx = tmp_path / info.value.suggested_filename
    info.value.save_as(xlsx)
    assert xlsx.suffix == ".xlsx"
    assert load_workbook(xlsx).sheetnames == [
        "Đăng ký",
        "Báo cáo kết quả",
        "Mô hình",
        "Đánh giá, công nhận",
    ]
    with page.expect_download() as info:
        page.click("text=Xuất báo cáo")
    docx = tmp_path / info.value.suggested_filename
    info.value.save_as(docx)
    assert docx.suffix == ".docx"
    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert "BÁO CÁO" in paragraphs
