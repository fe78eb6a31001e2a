"""The province's page in a real browser, on PostgreSQL with two communes: the table and chart
worst first, the way into one commune's register (read-only) and back, the consolidated workbook."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from documents.db import all_communes, for_commune
from documents.models import PROVINCE_KIND, Commune
from tests.integration.tenancy.test_isolation import A_UNIT, Two, two  # noqa: F401
from tests.integration.tenancy.test_province import province  # noqa: F401
from tests.integration.web.factory import PASSWORD
from tests.integration.web.served import serving
from web.app import create_app
from web.users import add_user
from workers.settings import Settings

pytestmark = pytest.mark.browser


@pytest.fixture
def base_url(province: Two, tmp_path: Path, postgres_url: str) -> Iterator[str]:  # noqa: F811
    settings = Settings(_env_file=None, data_dir=tmp_path / "var", database_url=postgres_url)
    with serving(create_app(settings, province.sessions)) as port:
        yield f"http://127.0.0.1:{port}"


def test_the_province_reads_its_communes_and_drills_into_one(page: Any, tmp_path: Path) -> None:
    page.goto("/")
    page.fill("#username", "tinh")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/tinh")
    assert page.locator("h1").inner_text() == "Tiến độ các xã, phường"
    registration = page.locator("#tinh-registration tbody tr")
    assert registration.count() == 2
    assert "xã Nghĩa Thái" in registration.nth(0).inner_text()  # 50% before 100%
    assert "50,0%" in registration.nth(0).inner_text()
    report = page.locator("#tinh-report tbody tr")
    assert "xã Hòa Bình" in report.nth(0).inner_text()  # 0% before 25%
    chart = page.locator("figure.chart svg").first
    assert chart.is_visible() and chart.bounding_box()["width"] > 300
    assert "xã Nghĩa Thái: 50,0% đơn vị đã nộp" in chart.locator("desc").text_content()
    assert page.locator("script").count() == 0

    with page.expect_download() as download:
        page.click("text=Xuất Excel tổng hợp")
    saved = tmp_path / "tinh.xlsx"
    download.value.save_as(saved)
    sheet = load_workbook(saved)["Đăng ký"]
    assert [sheet["B5"].value, sheet["B6"].value] == ["xã Nghĩa Thái", "xã Hòa Bình"]

    registration.nth(0).locator("a").click()
    page.wait_for_url("**/")
    assert (
        "Đang xem sổ theo dõi của xã Nghĩa Thái (chỉ xem)" in page.locator(".viewing").inner_text()
    )
    assert "Chi bộ xóm 1" in page.locator("table.register").inner_text()
    assert A_UNIT not in page.content()
    page.click("a.doc:has-text('Đường hoa nông thôn mới')")
    assert page.locator("form.fields button[type=submit]").count() == 0  # nothing to save
    page.click("text=Về trang các xã")
    page.wait_for_url("**/tinh")
    report.nth(0).locator("a").click()
    page.wait_for_url("**/")
    assert A_UNIT in page.locator("table.register").inner_text()
    assert "Chi bộ xóm 1" not in page.content()


def test_the_administrator_sets_a_communes_mailbox(page: Any, province: Two) -> None:  # noqa: F811
    with all_communes(province.sessions)() as session:
        row = session.scalar(select(Commune.id).where(Commune.kind == PROVINCE_KIND))
    with for_commune(province.sessions, row).begin() as session:
        add_user(session, "quantri", PASSWORD, "province_admin")
    page.goto("/")
    page.fill("#username", "quantri")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.click("nav >> text=Hộp thư các xã")
    page.wait_for_url("**/tinh/quan-tri/hop-thu")
    assert page.locator("h1").inner_text() == "Hộp thư các xã"
    page.select_option("#m_commune", "nghia-thai")
    page.fill("#m_url", "imaps://danvan%40nghiathai.gov.vn@mail.namphong.test/INBOX")
    page.fill("#m_password", "mat-khau-hop-thu")
    page.click("button:has-text('Thêm hộp thư')")
    page.wait_for_load_state()
    assert "Đã thêm hộp thư" in page.locator("body").inner_text()
    row_b = page.locator("#mailboxes tbody tr").first
    assert "xã Nghĩa Thái" in row_b.inner_text()
    assert "chờ lần đọc đầu tiên" in row_b.inner_text()
    row_b.locator("summary").click()
    row_b.locator("input[name=folder]").fill("Lưu trữ")
    row_b.locator("button:has-text('Lưu')").click()
    assert "Đã đổi thư mục của hộp thư" in page.locator("body").inner_text()
    page.locator("#mailboxes tbody tr").first.locator("button:has-text('Tắt')").click()
    assert "đã tắt" in page.locator("#mailboxes tbody tr").first.inner_text()
    page.locator("#mailboxes tbody tr").first.locator("button:has-text('Xóa')").click()
    page.click("#confirm")
    assert "Chưa có hộp thư nào." in page.locator("#mailboxes").inner_text()
    assert "mat-khau-hop-thu" not in page.content()
    assert page.locator("script").count() == 0
