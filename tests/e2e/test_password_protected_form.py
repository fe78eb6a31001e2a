"""A unit sends its form with a password: the register keeps it, and the acknowledgement asks
for the file without the password (not "damaged"), through the whole embedded path."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.fixtures.protected import encrypted_docx
from workers.bootstrap import Context, load_configured_files
from workers.runner import Runner
from workers.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.slow
def test_the_acknowledgement_asks_for_the_file_without_its_password(settings: Settings) -> None:
    configured = settings.model_copy(
        update={"units_file": EXAMPLES / "units.yaml", "campaign_file": EXAMPLES / "campaign.yaml"}
    )
    mail = EmailMessage()
    mail["From"] = "Chi bộ xóm 1 <chiboxom1.nghiathai@gmail.test>"
    mail["To"] = "danvan@nghiathai.test"
    mail["Subject"] = "Gửi phiếu đăng ký mô hình"
    mail["Date"] = "Tue, 02 Apr 2024 09:00:00 +0700"
    mail["Message-ID"] = "<locked-form@gmail.test>"
    mail.set_content("Kính gửi Văn phòng, chi bộ gửi phiếu đăng ký.")
    mail.add_attachment(
        encrypted_docx(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="phieu-dang-ky.docx",
    )
    configured.inbox_dir.mkdir(parents=True)
    (configured.inbox_dir / "locked.eml").write_bytes(mail.as_bytes())

    ctx = Context(configured)
    load_configured_files(ctx)
    Runner(ctx).run_once()
    ctx.dispose()

    (ack_path,) = configured.outbox_dir.glob("*.eml")
    ack = email.message_from_bytes(ack_path.read_bytes(), policy=email.policy.default)
    assert ack["In-Reply-To"] == "<locked-form@gmail.test>"
    body = ack.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "phieu-dang-ky.docx" in text
    assert "tệp Word có mật khẩu; xin gửi lại bản không đặt mật khẩu" in text
    assert "hỏng" not in text
