"""Adding and editing a unit in a real browser: a mistake is shown beside its field with what
was typed kept; a valid form asks for confirmation, then saves, with the history's sentence."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.db import get_unit
from documents.models import AuditEntry
from tests.integration.web.factory import PASSWORD

pytestmark = pytest.mark.browser


def _login(page: Any, username: str) -> None:
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/")


def test_the_office_adds_a_unit_then_gives_it_a_second_address(
    page: Any, sessions: sessionmaker[Session]
) -> None:
    _login(page, "bientap")
    page.click("header nav >> text=Đơn vị")
    page.wait_for_url("**/don-vi")
    page.click("text=Thêm đơn vị")
    page.fill("#unit-id", "ccb-xom-1")
    page.fill("#unit-name", "Chi hội Cựu chiến binh xóm 1")
    page.select_option("#unit-kind", "doan_the")
    page.fill("#unit-aliases", "CCB xóm 1\nHội CCB xóm 1")
    page.fill("#unit-emails", "ccb xom1@gmail.test")
    page.click("form.unit-form button[type=submit]")
    assert "không phải là địa chỉ thư điện tử" in page.inner_text("#error-emails")
    assert page.input_value("#unit-name") == "Chi hội Cựu chiến binh xóm 1"  # kept
    page.fill("#unit-emails", "ccb.xom1@gmail.test")
    page.click("form.unit-form button[type=submit]")
    assert "Thêm đơn vị Chi hội Cựu chiến binh xóm 1 (ccb-xom-1)?" in page.inner_text("main")
    with sessions() as session:
        assert get_unit(session, "ccb-xom-1") is None
    page.click("#confirm")
    page.wait_for_url("**/don-vi/ccb-xom-1")
    assert "Đã lưu đơn vị Chi hội Cựu chiến binh xóm 1." in page.inner_text(".flash.ok")
    assert "ccb.xom1@gmail.test" in page.inner_text("dl.unit-facts")

    page.click("text=Sửa đơn vị")
    assert page.get_attribute("#unit-id", "readonly") is not None
    page.fill("#unit-emails", "ccb.xom1@gmail.test\nchihoitruong.ccb@gmail.test")
    page.click("form.unit-form button[type=submit]")
    page.click("#confirm")
    page.wait_for_url("**/don-vi/ccb-xom-1")
    with sessions() as session:
        unit = get_unit(session, "ccb-xom-1")
        assert unit is not None and unit.kind == "doan_the"
        assert unit.aliases == ["CCB xóm 1", "Hội CCB xóm 1"]
        assert sorted(e.address for e in unit.emails) == [
            "ccb.xom1@gmail.test",
            "chihoitruong.ccb@gmail.test",
        ]
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert actions == ["add_unit", "edit_unit"]
    page.goto("/don-vi/ccb-xom-1/lich-su")
    history = page.inner_text("main")
    assert "thêm đơn vị “Chi hội Cựu chiến binh xóm 1” (ccb-xom-1)" in history
    assert (
        "địa chỉ thư từ “ccb.xom1@gmail.test” thành "
        "“ccb.xom1@gmail.test; chihoitruong.ccb@gmail.test”" in history
    )


def test_a_viewer_cannot_add_a_unit(page: Any, sessions: sessionmaker[Session]) -> None:
    _login(page, "xem")
    page.goto("/don-vi")
    assert page.locator("text=Thêm đơn vị").count() == 0
    token = page.locator("form.logout input[name=csrf_token]").input_value()
    response = page.request.post(
        "/don-vi-moi",
        form={"csrf_token": token, "id": "x", "name": "X", "kind": "other", "xac_nhan": "1"},
    )
    assert response.status == 403
    with sessions() as session:
        assert get_unit(session, "x") is None
