"""Forms people can fill (Vietnamese dates and numbers, one bad field kept beside its error, "đã
sửa" instead of a confidence) and a readable history, on both databases."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import AuditEntry, ExtractionRecord, User
from documents.review import confirm_unit, correct_fields, resolve_review
from tests.integration.web.conftest import page_token
from tests.integration.web.factory import Seeded
from web.history import describe_entries, unit_entries


def _name(sessions: sessionmaker[Session], username: str, display_name: str) -> None:
    with sessions() as session:
        user = session.scalar(select(User).where(User.username == username))
        assert user is not None
        user.display_name = display_name
        session.commit()


def test_valid_fields_are_saved_and_the_bad_one_waits_beside_its_error(
    editor: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    path = f"/documents/{seeded.report.attachment_id}"
    reply = editor.post(
        f"{path}/fields",
        data={
            "csrf_token": page_token(editor, path),
            "f_signed_date": "2/9/2024",
            "f_participants": "1.200",
            "f_funds_vnd": "1,5 tỷ",
            "f_phone": "abc",
            "f_leader_name": "Nguyễn Văn Thành",
        },
    )
    assert reply.status_code == 422
    html = reply.get_data(as_text=True)
    assert "Đã lưu 4 trường. 1 trường chưa hợp lệ, xem bên dưới." in html
    assert 'id="err_phone" role="alert">«abc» không phải số điện thoại' in html
    assert 'name="f_phone" value="abc"' in html  # what was typed stays in the field
    assert 'name="f_participants" value="1.200"' in html
    assert 'name="f_funds_vnd" value="1.500.000.000"' in html
    assert 'name="f_signed_date" value="02/09/2024"' in html
    with sessions() as session:
        extraction = session.get(ExtractionRecord, seeded.report.extraction_id)
        assert extraction is not None
        assert extraction.fields["signed_date"] == "2024-09-02"
        assert extraction.fields["participants"] == 1200
        assert extraction.fields["funds_vnd"] == 1_500_000_000
        assert extraction.fields["leader_name"] == "Nguyễn Văn Thành"
        assert "phone" not in extraction.fields


def test_a_bad_date_is_refused_and_nothing_else_is_lost(
    editor: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    path = f"/documents/{seeded.on_time.attachment_id}"
    reply = editor.post(
        f"{path}/fields",
        data={
            "csrf_token": page_token(editor, path),
            "f_signed_date": "31/02/2024",
            "f_model_name": "Đường hoa xanh",
        },
    )
    html = reply.get_data(as_text=True)
    assert reply.status_code == 422
    assert 'id="err_signed_date" role="alert">«31/02/2024» không phải một ngày có thật' in html
    with sessions() as session:
        extraction = session.get(ExtractionRecord, seeded.on_time.extraction_id)
        assert extraction is not None
        assert extraction.fields["model_name"] == "Đường hoa xanh"
        assert extraction.fields["signed_date"] == "2024-04-02"


def test_a_corrected_field_says_who_and_when_instead_of_a_confidence(
    editor: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    _name(sessions, "bientap", "Nguyễn Thị Hà")
    path = f"/documents/{seeded.on_time.attachment_id}"
    page = editor.get(path).get_data(as_text=True)
    assert page.count("90%") == 7  # every field read from the form
    editor.post(
        f"{path}/fields",
        data={"csrf_token": page_token(editor, path), "f_model_name": "Đường hoa xanh"},
    )
    html = editor.get(path).get_data(as_text=True)
    row = html.split('for="f_model_name"', 1)[1].split("</tr>", 1)[0]
    assert "đã sửa" in row and "Nguyễn Thị Hà, " in row and "90%" not in row
    assert html.count("90%") == 6
    assert (
        "Nguyễn Thị Hà sửa Tên mô hình từ “Đường hoa nông thôn mới” thành “Đường hoa xanh”" in html
    )


@pytest.fixture(params=["UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles"])
def process_tz(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The history reads in the campaign's zone, whatever the server's own zone is."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_the_history_reads_as_sentences_in_campaign_time(
    session: Session, seeded: Seeded, process_tz: str
) -> None:
    session.add(User(username="ha", password_hash="x", display_name="Nguyễn Thị Hà"))
    session.flush()
    correct_fields(
        session,
        seeded.report.extraction_id,
        {"model_name": "Đường hoa xanh", "funds_vnd": 200_000_000, "phone": "0912345678"},
        actor="ha",
    )
    assert seeded.review.submission_id is not None
    confirm_unit(session, seeded.review.submission_id, "mttq", actor="ha")
    resolve_review(session, seeded.review.submission_id, actor="bientap", accept=False)
    for entry in session.scalars(select(AuditEntry)):
        entry.at = datetime(2024, 4, 5, 2, 12, tzinfo=UTC)  # 09:12 in Hà Nội
    session.commit()
    entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    sentences = [line.sentence for line in describe_entries(session, entries, "Asia/Ho_Chi_Minh")]
    assert sentences[0] == (
        "Nguyễn Thị Hà sửa Tên mô hình từ “Đường hoa nông thôn mới” thành “Đường hoa xanh”; "
        "sửa Kinh phí huy động (đồng) từ “150.000.000” thành “200.000.000”; "
        "điền Điện thoại “0912345678” lúc 09:12 ngày 05/04/2024"
    )
    assert (
        sentences[1]
        == "Nguyễn Thị Hà xác nhận văn bản thuộc Ủy ban MTTQ xã lúc 09:12 ngày 05/04/2024"
    )
    assert sentences[2] == (
        "Nguyễn Thị Hà ghi nhớ địa chỉ unknown@example.test là địa chỉ gửi của Ủy ban MTTQ xã "
        "lúc 09:12 ngày 05/04/2024"
    )
    assert sentences[3] == (
        "bientap loại văn bản (giữ lại nhưng không tính vào sổ) lúc 09:12 ngày 05/04/2024"
    )
    for sentence in sentences:
        assert "{" not in sentence and "\\u" not in sentence and "_" not in sentence


def test_a_units_history_holds_its_own_changes_only(session: Session, seeded: Seeded) -> None:
    correct_fields(session, seeded.report.extraction_id, {"results": "Trồng 3 km"}, actor="a")
    correct_fields(session, seeded.late.extraction_id, {"model_name": "Khác"}, actor="b")
    assert seeded.review.submission_id is not None
    confirm_unit(session, seeded.review.submission_id, "mttq", actor="c")
    # Then moved away from the MTTQ: the MTTQ's history keeps the move.
    confirm_unit(session, seeded.review.submission_id, "cong-an", actor="d")
    session.commit()
    assert [e.actor for e in unit_entries(session, "cb-xom-1")] == ["a"]
    assert [e.actor for e in unit_entries(session, "cb-xom-2")] == ["b"]
    assert {e.actor for e in unit_entries(session, "mttq")} == {"c", "d"}
    moved = describe_entries(session, unit_entries(session, "cong-an"), "Asia/Ho_Chi_Minh")
    assert any("chuyển văn bản từ Ủy ban MTTQ xã sang Công an xã" in x.sentence for x in moved)


def test_the_history_pages(
    editor: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    _name(sessions, "bientap", "Nguyễn Thị Hà")
    path = f"/documents/{seeded.on_time.attachment_id}"
    editor.post(
        f"{path}/fields",
        data={"csrf_token": page_token(editor, path), "f_model_name": "Đường hoa xanh"},
    )
    sentence = "Nguyễn Thị Hà sửa Tên mô hình từ “Đường hoa nông thôn mới” thành “Đường hoa xanh”"
    unit_page = editor.get("/don-vi/cb-xom-1/lich-su").get_data(as_text=True)
    assert "Lịch sử: Chi bộ xóm 1" in unit_page and sentence in unit_page
    assert sentence not in editor.get("/don-vi/cb-xom-2/lich-su").get_data(as_text=True)
    assert editor.get("/don-vi/khong-co/lich-su").status_code == 404
    office = editor.get("/lich-su").get_data(as_text=True)
    assert sentence in office and "1 thay đổi" in office
    assert f'href="/documents/{seeded.on_time.attachment_id}"' in office
    assert '<option value="bientap" >Nguyễn Thị Hà</option>' in office
    assert sentence not in editor.get("/lich-su?nguoi=xem").get_data(as_text=True)
    assert sentence in editor.get("/lich-su?nguoi=bientap").get_data(as_text=True)
