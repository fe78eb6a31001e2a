"""Acknowledgements: threading headers, what was read, escaping, and every no-reply rule."""

from __future__ import annotations

import email
import email.policy
import unicodedata
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from documents.models import Campaign, OutboundMail
from notifier.ack import HEAD_BYTES, plan_acknowledgement
from notifier.compose import template_environment
from tests.unit.notifier import factories as f
from workers.settings import Settings

NOW = datetime(2024, 4, 2, 3, 0, tzinfo=UTC)
FORM = {"file": "DK_xom1.docx", "kind": "registration", "fields": dict(f.FULL_FIELDS)}


@pytest.fixture
def campaign(session: Session) -> Campaign:
    return f.load_examples(session)


def parse(row: OutboundMail) -> EmailMessage:
    msg = email.message_from_bytes(row.raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def bodies(row: OutboundMail) -> tuple[str, str]:
    msg = parse(row)
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    return str(text.get_content()), str(html.get_content())


def ack(session: Session, settings: Settings, **kwargs: Any) -> OutboundMail | None:
    msg = f.message(session, **kwargs)
    return plan_acknowledgement(session, msg.id, settings, now=NOW)


def test_ack_is_a_reply_in_the_thread_with_automatic_headers(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    msg = f.message(session, attachments=[FORM], references="<a@x.test>")
    f.submission(session, msg, "cb-xom-1", f.deadline(session, campaign, "registration"))
    row = plan_acknowledgement(session, msg.id, settings, now=NOW)
    assert row is not None and row.purpose == "ack"
    mail = parse(row)
    assert mail["In-Reply-To"] == msg.message_id_header
    assert mail["References"] == f"<a@x.test> {msg.message_id_header}"
    assert mail["Subject"] == (
        "[Dân vận khéo] Xác nhận tiếp nhận hồ sơ – Chi bộ xóm 1 (thư nhận lúc 09:00 ngày 02/04/2024)"
    )
    assert mail["Auto-Submitted"] == "auto-replied"
    assert mail["X-Auto-Response-Suppress"] == "All"
    assert mail["X-Dvk-Outbound"] == "ack"
    assert mail["From"] == "danvan@nghiathai.test"
    assert mail["To"] == "chiboxom1.nghiathai@gmail.test"
    assert mail["Message-ID"] == row.message_id_header
    assert row.message_id_header.startswith(f"<ack.{msg.id}.")
    assert row.message_id_header.endswith("@nghiathai.test>")
    assert row.idempotency_key == f"ack:{msg.id}" and row.state == "planned"
    assert mail.get_content_type() == "multipart/alternative"


def test_ack_lists_what_was_read_in_vietnamese(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    msg = f.message(session, attachments=[FORM])
    f.submission(session, msg, "cb-xom-1", f.deadline(session, campaign, "registration"))
    row = plan_acknowledgement(session, msg.id, settings, now=NOW)
    assert row is not None
    text, html = bodies(row)
    for expected in (
        "Phiếu đăng ký",
        "Xóm 1 sáng - xanh - sạch - đẹp",
        "Văn hóa - xã hội",
        "Tập thể",
        "Nguyễn Văn Thành (Bí thư chi bộ)",
        "Chi bộ xóm 1",
        "DK_xom1.docx",
    ):
        assert expected in text
        assert expected in html
    assert text == unicodedata.normalize("NFC", text)
    assert "gửi lại" not in text  # nothing is missing


def test_ack_says_what_is_missing_and_asks_to_send_again(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    fields = {k: v for k, v in f.FULL_FIELDS.items() if k not in {"domain", "leader_name"}}
    attachments = [
        {
            "file": "DK.docx",
            "kind": "registration",
            "fields": fields,
            "warnings": ["Ô đánh dấu lĩnh vực không rõ"],
        },
        {"file": "anh.jpg", "kind": "unknown", "warnings": ["Ảnh quá mờ, không đọc được"]},
    ]
    row = ack(session, settings, attachments=attachments)
    assert row is not None
    text, _ = bodies(row)
    assert "Thiếu hoặc không đọc được: Lĩnh vực." in text
    assert "Thiếu hoặc không đọc được: Người phụ trách." in text
    assert "Ô đánh dấu lĩnh vực không rõ" in text
    assert "anh.jpg" in text and "Không xác định" in text
    assert "Ảnh quá mờ, không đọc được" in text
    assert "gửi lại phiếu" in text


def test_no_usable_attachment_gets_a_polite_no_form_reply(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    row = ack(session, settings, subject="Kính gửi văn phòng", attachments=[])
    assert row is not None
    text, html = bodies(row)
    assert "chưa có phiếu đăng ký hay báo cáo kết quả" in text
    assert "gửi lại phiếu" in html


def test_late_and_in_review_documents_are_said_so(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    msg = f.message(
        session,
        attachments=[FORM, {**FORM, "file": "DK2.docx", "data": b"2"}],
        received_at=f.SENT.replace(day=10),  # 10/4 09:00 in Hà Nội: three days after 07/4
    )
    dl = f.deadline(session, campaign, "registration")
    f.submission(session, msg, "cb-xom-1", dl)
    f.submission(session, msg, "cb-xom-1", dl, review_state="needs_review", index=1)
    row = plan_acknowledgement(session, msg.id, settings, now=NOW)
    assert row is not None
    text, _ = bodies(row)
    assert "nộp muộn 3 ngày" in text
    assert "Văn phòng sẽ kiểm tra lại hồ sơ này" in text


def test_a_second_call_returns_the_same_row(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    msg = f.message(session, attachments=[FORM])
    first = plan_acknowledgement(session, msg.id, settings, now=NOW)
    second = plan_acknowledgement(session, msg.id, settings, now=NOW)
    assert first is not None and second is not None and first.id == second.id
    assert session.scalar(select(func.count()).select_from(OutboundMail)) == 1


def test_the_subject_is_ours_whatever_the_sender_wrote(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    row = ack(session, settings, subject="Trúng thưởng! Bấm vào evil.example", attachments=[FORM])
    assert row is not None
    subject = parse(row)["Subject"]
    assert subject.startswith("[Dân vận khéo] Xác nhận tiếp nhận hồ sơ")
    assert "evil" not in subject and "Trúng" not in subject
    text, _ = bodies(row)
    assert '(tiêu đề: "Trúng thưởng! Bấm vào evil.example")' in text  # quoted, in the body


def test_no_header_injection_from_extracted_text_or_subject(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    evil = {**FORM, "fields": {**f.FULL_FIELDS, "model_name": "X\r\nBcc: evil@x"}}
    row = ack(session, settings, subject="Phiếu\r\nBcc: evil@x\x07\x1b", attachments=[evil])
    assert row is not None
    mail = parse(row)
    assert mail["Bcc"] is None
    assert b"\nBcc:" not in row.raw and b"\rBcc:" not in row.raw
    assert "\n" not in row.subject and "\x07" not in row.subject
    assert "Bcc" not in mail["Subject"]  # the subject is ours
    text, _ = bodies(row)
    assert "Phiếu Bcc: evil@x" in text  # the quote is one harmless line of text


def test_html_escapes_extracted_fields(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    evil = {**FORM, "fields": {**f.FULL_FIELDS, "model_name": "<script>alert(1)</script>"}}
    row = ack(session, settings, attachments=[evil])
    assert row is not None
    text, html = bodies(row)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)</script>" in text  # plain text needs no escaping


def test_the_office_can_override_a_template(
    session: Session, tmp_path: Path, settings: Settings, campaign: Campaign
) -> None:
    (tmp_path / "ack.txt.j2").write_text("Đã nhận {{ documents | length }} tệp.\n", "utf-8")
    custom = settings.model_copy(update={"templates_dir": tmp_path})
    row = ack(session, custom, attachments=[FORM])
    assert row is not None
    text, html = bodies(row)
    assert text.strip() == "Đã nhận 1 tệp."
    assert "Kết quả đọc các tệp đính kèm" in html  # the HTML template is still ours
    template_environment.cache_clear()


# --- no acknowledgement: one test per rule ------------------------------------------------


def test_no_ack_for_an_auto_reply(session: Session, settings: Settings, campaign: Campaign) -> None:
    assert ack(session, settings, classification="auto_reply", attachments=[FORM]) is None


def test_no_ack_for_a_bounce(session: Session, settings: Settings, campaign: Campaign) -> None:
    assert ack(session, settings, classification="bounce", attachments=[FORM]) is None


def test_no_ack_for_mail_classified_as_our_own(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    assert ack(session, settings, classification="own", attachments=[FORM]) is None


def test_no_ack_when_authenticity_fails(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    assert ack(session, settings, authenticity="fail", attachments=[FORM]) is None
    assert ack(session, settings, authenticity="unknown", attachments=[FORM]) is not None


def test_no_ack_for_a_null_sender(session: Session, settings: Settings, campaign: Campaign) -> None:
    assert ack(session, settings, sender=None, attachments=[FORM]) is None
    assert ack(session, settings, return_path="<>", attachments=[FORM]) is None


def test_no_ack_to_our_own_address(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    assert ack(session, settings, sender="DanVan@NghiaThai.test", attachments=[FORM]) is None


def test_no_ack_for_list_mail(session: Session, settings: Settings, campaign: Campaign) -> None:
    headers = {"List-Id": "<tin-tuc.example.test>"}
    assert ack(session, settings, extra_headers=headers, attachments=[FORM]) is None


def test_no_ack_for_bulk_precedence(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    headers = {"Precedence": "bulk"}
    assert ack(session, settings, extra_headers=headers, attachments=[FORM]) is None


def test_no_ack_for_auto_submitted_header_even_if_classified_normal(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    headers = {"Auto-Submitted": "auto-replied"}
    assert ack(session, settings, extra_headers=headers, attachments=[FORM]) is None


def test_list_headers_are_found_in_a_very_large_message(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    """Only the head of the raw message is read; the headers must still be seen, whatever the
    body's size, and a large body alone must not stop the acknowledgement."""
    line = "x" * 76 + "\r\n"
    body = line * (2 * HEAD_BYTES // len(line))
    headers = {"List-Id": "<tin-tuc.example.test>"}
    assert ack(session, settings, extra_headers=headers, body=body, attachments=[FORM]) is None
    assert ack(session, settings, body=body, attachments=[FORM]) is not None


def test_no_ack_for_a_reply_to_our_mail_without_new_attachment(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    first = ack(session, settings, attachments=[{**FORM, "data": b"same"}])
    assert first is not None
    thread = {"in_reply_to": first.message_id_header, "references": first.message_id_header}
    assert ack(session, settings, subject="Re: cảm ơn", **thread) is None
    resent = [{**FORM, "data": b"same"}]
    assert ack(session, settings, attachments=resent, **thread) is None
    assert ack(session, settings, attachments=[{**FORM, "data": b"new"}], **thread) is not None


def test_no_ack_for_a_stranger_without_a_form(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    stranger = "ai.do@example.test"
    assert ack(session, settings, sender=stranger, attachments=[]) is None
    unknown_file = [{"file": "x.pdf", "kind": "unknown"}]
    assert ack(session, settings, sender=stranger, attachments=unknown_file) is None
    held = ack(session, settings, sender=stranger, authenticity="unknown", attachments=[FORM])
    assert held is not None and held.state == "held"  # registered, its reply left to the office


def test_no_ack_over_the_daily_limit(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    limited = settings.model_copy(update={"max_auto_mails_per_day": 2})
    rows = [ack(session, limited, attachments=[{**FORM, "data": bytes([i])}]) for i in range(3)]
    assert [r.state if r else None for r in rows] == ["planned", "planned", "held"]
    assert rows[2] is not None and rows[2].hold_code == "limit_mailbox"


def test_references_fall_back_to_in_reply_to_and_stay_short(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    msg = f.message(session, attachments=[FORM], in_reply_to="<parent@x.test>")
    row = plan_acknowledgement(session, msg.id, settings, now=NOW)
    assert row is not None
    assert parse(row)["References"] == f"<parent@x.test> {msg.message_id_header}"
    long_thread = " ".join(f"<r{i}@x.test>" for i in range(50))
    msg2 = f.message(session, attachments=[{**FORM, "data": b"b"}], references=long_thread)
    row2 = plan_acknowledgement(session, msg2.id, settings, now=NOW)
    assert row2 is not None
    refs = parse(row2)["References"].split()
    assert refs[0] == "<r0@x.test>" and refs[-2] == "<r49@x.test>" and len(refs) == 11


def test_an_unidentified_unit_is_left_to_the_office_not_the_sender(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    row = ack(session, settings, attachments=[FORM])  # read fine, but no Submission matched
    assert row is not None
    text, html = bodies(row)
    assert "Chưa xác định được đơn vị gửi; Văn phòng sẽ kiểm tra" in text
    assert "Chưa xác định được đơn vị gửi" in html
    assert "gửi lại phiếu" not in text


def test_greeting_names_the_unit_and_the_person(
    session: Session, settings: Settings, campaign: Campaign
) -> None:
    row = ack(session, settings, attachments=[FORM])  # from Chi bộ xóm 1, Nguyễn Văn Thành
    assert row is not None
    assert "Kính gửi Chi bộ xóm 1 (đồng chí Nguyễn Văn Thành)," in bodies(row)[0]
    stranger = ack(session, settings, sender="ai.do@example.test", attachments=[FORM])
    assert stranger is not None and stranger.state == "planned"  # authenticity "pass"
    assert "Kính gửi đồng chí Nguyễn Văn Thành," in bodies(stranger)[0]
