"""Header hygiene, fixed Message-IDs and the loop rules judged from headers alone."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

from notifier.compose import Draft, build, make_message_id
from notifier.safety import bulk_or_auto_reason, clean_text, message_id_tokens


def test_clean_text_removes_every_control_character_and_normalises() -> None:
    assert clean_text("a\r\nBcc: x\x00y\tz\u2028w") == "a Bcc: x y z w"
    assert clean_text("Hòa") == "Hòa"  # decomposed input comes out NFC
    assert len(clean_text("x" * 500, limit=50)) == 50


def test_message_id_is_fixed_by_the_key() -> None:
    first = make_message_id("reminder:3:cb-xom-1:before-7", "nghiathai.test")
    assert first == make_message_id("reminder:3:cb-xom-1:before-7", "nghiathai.test")
    assert first != make_message_id("reminder:3:cb-xom-1:before-3", "nghiathai.test")
    assert first.startswith("<reminder.3.cb-xom-1.before-7.") and first.endswith("@nghiathai.test>")


def test_built_reminder_is_auto_generated_and_identical_when_rebuilt() -> None:
    draft = Draft(
        purpose="reminder",
        idempotency_key="reminder:1:cb-xom-1:before-1",
        mail_from="danvan@nghiathai.test",
        to=("a@x.test", "b@x.test"),
        subject="[Dân vận khéo] Nhắc nộp\r\nBcc: evil@x",
        template="reminder",
        context={"unit_name": "Chi bộ xóm 1", "due_date": "07/04/2024", "working_days_left": 1},
    )
    now = datetime(2024, 4, 5, 1, 0, tzinfo=UTC)
    raw, message_id = build(draft, now=now, templates_dir=None)
    assert (raw, message_id) == build(draft, now=now, templates_dir=None)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Dvk-Outbound"] == "reminder"
    assert msg["Bcc"] is None and msg["To"] == "a@x.test, b@x.test"
    assert msg["Precedence"] is None
    assert "còn 1 ngày làm việc" in msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_bulk_or_auto_reason() -> None:
    def headers(text: str) -> email.message.Message:
        return email.message_from_string(text + "\n\nbody")

    assert bulk_or_auto_reason(headers("From: a@x.test")) is None
    assert bulk_or_auto_reason(headers("Auto-Submitted: no")) is None
    assert bulk_or_auto_reason(headers("Auto-Submitted: auto-generated")) is not None
    assert bulk_or_auto_reason(headers("Precedence: list")) is not None
    assert bulk_or_auto_reason(headers("List-Unsubscribe: <mailto:x@y.test>")) is not None
    assert bulk_or_auto_reason(headers("X-Dvk-Outbound: ack")) is not None
    assert bulk_or_auto_reason(headers("X-Auto-Response-Suppress: OOF, AutoReply")) is not None


def test_message_id_tokens() -> None:
    assert message_id_tokens("<A@x>", "<b@y> <c@z>", None) == {"<a@x>", "<b@y>", "<c@z>"}
