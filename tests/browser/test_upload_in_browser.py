"""A form received on paper or by Zalo, registered for a unit in a real browser: confirmed
first, then read by the real pipeline (sandboxed extraction), counted for the unit on the day
the office gives, with its source; no mail to anyone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import AuditEntry, Message, OutboundMail, Submission, Unit
from documents.settings import Settings
from tests.integration.web.factory import PASSWORD, Seeded
from tests.integration.web.served import serving
from web.app import create_app
from workers.bootstrap import Context
from workers.steps import handle_message

pytestmark = pytest.mark.browser


@pytest.fixture
def base_url(
    settings: Settings, sessions: sessionmaker[Session], seeded_register: Seeded
) -> Iterator[str]:
    """The app as `dvk web` builds it: with the pipeline's step for uploaded forms."""
    with sessions() as session:
        session.add(Unit(id="cb-xom-3", name="Chi bộ xóm 3", kind="chi_bo", aliases=[]))
        session.commit()
    context = Context(settings)
    try:
        app = create_app(
            settings,
            sessions,
            process_message=lambda message_id: handle_message(context, message_id),
        )
        with serving(app) as port:
            yield f"http://127.0.0.1:{port}"
    finally:
        context.dispose()


def _login(page: Any, username: str) -> None:
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/")


def test_the_office_registers_a_form_that_came_by_zalo(
    page: Any, sessions: sessionmaker[Session], samples_dir: Path, tmp_path: Path
) -> None:
    _login(page, "bientap")
    page.goto("/don-vi/cb-xom-3")
    page.click("text=Nhập phiếu nhận ngoài thư điện tử")
    page.wait_for_url("**/don-vi/cb-xom-3/nhap-phieu")

    # Not a form: refused at once, with what to send instead.
    note = tmp_path / "ghi-chu.txt"
    note.write_text("không phải phiếu", encoding="utf-8")
    page.set_input_files("#upload-file", str(note))
    page.click("form.upload button[type=submit]")
    assert "không phải là phiếu dvk đọc được" in page.inner_text("#upload-error")

    page.set_input_files("#upload-file", str(samples_dir / "documents" / "s01-dk-cb-xom-3.docx"))
    page.select_option("#upload-channel", "zalo")
    page.fill("#upload-date", "8/4/2024")
    page.fill("#upload-note", "Bí thư chi bộ gửi qua Zalo")
    page.click("form.upload button[type=submit]")
    main = page.inner_text("main")
    assert "Ghi phiếu «s01-dk-cb-xom-3.docx» vào sổ cho Chi bộ xóm 3?" in main
    assert "Nhận qua Zalo ngày 08/04/2024." in main
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 4  # the seed's
    page.click("#confirm")
    page.wait_for_url("**/documents/*")
    assert "Đã ghi phiếu vào sổ cho Chi bộ xóm 3" in page.inner_text(".flash.ok")
    assert "Mai Thị Nga" in page.content()

    with sessions() as session:
        message = session.scalar(select(Message).where(Message.source == "upload-zalo"))
        assert message is not None and message.state == "processed"
        assert message.reply_code == "office_upload" and message.sender is None
        submission = session.scalar(select(Submission).where(Submission.message_id == message.id))
        assert submission is not None and submission.unit_id == "cb-xom-3"
        assert submission.late_days == 1
        expected = "Cần kiểm tra" if submission.review_state == "needs_review" else "Nộp muộn"
        assert session.scalar(select(func.count()).select_from(OutboundMail)) == 0
        assert session.scalar(select(AuditEntry).where(AuditEntry.action == "upload_form"))

    page.goto("/")
    row = page.locator("table.register tbody tr", has_text="Chi bộ xóm 3")
    assert expected in row.inner_text()
    page.goto("/don-vi/cb-xom-3/lich-su")
    assert (
        "nhập phiếu “s01-dk-cb-xom-3.docx” của Chi bộ xóm 3 nhận qua Zalo ngày 08/04/2024, "
        "ghi chú “Bí thư chi bộ gửi qua Zalo”" in page.inner_text("main")
    )
