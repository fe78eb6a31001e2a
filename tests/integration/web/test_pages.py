"""The register's pages and the office's changes, through Flask's test client on both databases."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from flask.testing import FlaskClient
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.config_files import import_commune, load_units_file
from documents.models import AuditEntry, ExtractionRecord, Submission, UnitEmail
from tests.integration.web.conftest import page_token
from tests.integration.web.factory import Seeded

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def _rows(html: str) -> list[str]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [r for r in body.split("<tr>")[1:]]


def test_overview_lists_units_with_status_and_counts(viewer: FlaskClient, seeded: Seeded) -> None:
    html = viewer.get("/").get_data(as_text=True)
    rows = _rows(html)
    assert len(rows) == 4
    xom2 = next(r for r in rows if "Chi bộ xóm 2" in r)
    assert "Nộp muộn" in xom2 and "muộn 2 ngày" in xom2
    cong_an = next(r for r in rows if "Công an xã" in r)
    assert cong_an.count("Chưa gửi") == 2
    assert "Đã nhận: <strong>1</strong>/4 (25,0%)" in html
    assert "Chưa gửi: <strong>2</strong>/4 (50,0%)" in html  # the unmatched form counts nowhere
    assert "<svg" in html and "<title id=" in html and "<desc id=" in html
    assert "Hạn 07/04" in html  # the deadline marked on the chart


def test_filters_are_get_parameters(viewer: FlaskClient, seeded: Seeded) -> None:
    def units(query: str) -> set[str]:
        html = viewer.get("/?" + query).get_data(as_text=True)
        names = {"Chi bộ xóm 1", "Chi bộ xóm 2", "Ủy ban MTTQ xã", "Công an xã"}
        return {n for n in names if f">{n}</a></th>" in html}

    assert units("kind=chi_bo") == {"Chi bộ xóm 1", "Chi bộ xóm 2"}
    assert units("status=late") == {"Chi bộ xóm 2"}
    assert units("deadline=report&status=missing") == {
        "Chi bộ xóm 2",
        "Ủy ban MTTQ xã",
        "Công an xã",
    }
    assert units("domain=economy") == {"Chi bộ xóm 1"}
    assert units("model_type=individual") == {"Chi bộ xóm 2"}
    assert units("q=xom 2") == {"Chi bộ xóm 2"}  # without diacritics
    assert units("q=Gia đình văn hóa") == {"Chi bộ xóm 2"}  # by model name
    assert units("kind=bogus&status=bogus") == {
        "Chi bộ xóm 1",
        "Chi bộ xóm 2",
        "Ủy ban MTTQ xã",
        "Công an xã",
    }


def test_document_page_shows_fields_mail_and_file(viewer: FlaskClient, seeded: Seeded) -> None:
    html = viewer.get(f"/documents/{seeded.on_time.attachment_id}").get_data(as_text=True)
    assert "Đường hoa nông thôn mới" in html
    assert "90%" in html  # confidence
    assert "Gửi bản đăng ký mô hình" in html and "chiboxom1.nghiathai@gmail.test" in html
    assert "Kính gửi Khối Dân vận xã." in html
    assert f"/documents/{seeded.on_time.attachment_id}/file" in html
    assert viewer.get("/documents/999999").status_code == 404


def test_editor_corrects_fields_and_the_audit_shows_it(
    editor: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    path = f"/documents/{seeded.on_time.attachment_id}"
    token = page_token(editor, path)
    response = editor.post(
        f"{path}/fields",
        data={
            "csrf_token": token,
            "f_model_name": "Đường hoa xanh",
            "f_funds_vnd": "",
            "f_phone": "0912345678",
        },
    )
    assert response.status_code == 302
    with sessions() as session:
        extraction = session.get(ExtractionRecord, seeded.on_time.extraction_id)
        assert extraction is not None
        assert extraction.fields["model_name"] == "Đường hoa xanh"
        assert extraction.corrected
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "correct_fields"))
        assert entry is not None and entry.actor == "bientap"
        assert entry.after == {"model_name": "Đường hoa xanh"}
    html = editor.get(path).get_data(as_text=True)
    assert "Đã lưu 1 trường." in html
    assert (
        "bientap sửa Tên mô hình từ “Đường hoa nông thôn mới” thành “Đường hoa xanh” lúc " in html
    )
    assert "correct_fields" not in html


def test_invalid_correction_is_refused_with_a_message(
    editor: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    path = f"/documents/{seeded.on_time.attachment_id}"
    token = page_token(editor, path)
    reply = editor.post(f"{path}/fields", data={"csrf_token": token, "f_phone": "abc"})
    assert reply.status_code == 422
    html = reply.get_data(as_text=True)
    assert (
        '<p class="field-error" id="err_phone" role="alert">«abc» không phải số điện thoại' in html
    )
    with sessions() as session:
        assert session.scalar(select(AuditEntry)) is None


def test_review_queue_confirm_and_resolve(
    editor: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    html = editor.get("/review").get_data(as_text=True)
    assert "1 văn bản đang chờ" in html
    assert "Ủy ban MTTQ xã — 61 điểm" in html  # ranked candidates
    token = page_token(editor, "/review")
    sid = seeded.review.submission_id
    response = editor.post(
        f"/submissions/{sid}/unit",
        data={"csrf_token": token, "unit_id": "mttq", "learn_address": "1", "back": "review"},
    )
    assert response.headers["Location"] == "/review"
    editor.post(
        f"/submissions/{sid}/review",
        data={"csrf_token": token, "decision": "accept", "back": "review"},
    )
    with sessions() as session:
        submission = session.get(Submission, sid)
        assert submission is not None
        assert submission.unit_id == "mttq" and submission.review_state == "accepted"
        actions = {e.action for e in session.scalars(select(AuditEntry))}
        assert {"confirm_unit", "resolve_review"} <= actions
        learned = session.scalar(
            select(UnitEmail).where(UnitEmail.address == "unknown@example.test")
        )
        assert learned is not None and learned.unit_id == "mttq"
    assert "Không có văn bản nào cần kiểm tra." in editor.get("/review").get_data(as_text=True)
    overview = editor.get("/?kind=mttq").get_data(as_text=True)
    assert "Đã nhận" in overview


def test_unknown_unit_is_refused(editor: FlaskClient, seeded: Seeded) -> None:
    token = page_token(editor, "/review")
    editor.post(
        f"/submissions/{seeded.review.submission_id}/unit",
        data={"csrf_token": token, "unit_id": "khong-co"},
    )
    html = editor.get(f"/documents/{seeded.review.attachment_id}").get_data(as_text=True)
    assert "Đơn vị không hợp lệ." in html


def load_commune(sessions: sessionmaker[Session]) -> None:
    """The names the report prints, from the example units file into the database."""
    with sessions.begin() as session:
        import_commune(session, load_units_file(EXAMPLES / "units.yaml"))


def test_exports_from_the_page(
    viewer: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    load_commune(sessions)
    html = viewer.get("/").get_data(as_text=True)
    assert "/export/so-theo-doi.xlsx" in html and "/export/bao-cao.docx" in html
    xlsx = viewer.get("/export/so-theo-doi.xlsx")
    assert xlsx.status_code == 200
    assert xlsx.headers["Content-Disposition"].startswith("attachment;")
    assert load_workbook(io.BytesIO(xlsx.data)).sheetnames[-1] == "Đánh giá, công nhận"
    docx = viewer.get("/export/bao-cao.docx")
    assert docx.status_code == 200
    text = "\n".join(p.text for p in Document(io.BytesIO(docx.data)).paragraphs)
    assert "BÁO CÁO" in text


def test_printed_pages_take_the_commune_from_the_database_and_print_without_it(
    viewer: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    """No commune imported yet: the printable register and the workbook still print, without a
    commune line (the Word report alone refuses, see test_pages_without_a_campaign)."""
    html = viewer.get("/in").get_data(as_text=True)
    assert viewer.get("/in").status_code == 200
    assert 'class="issuer"' not in html and "Đảng ủy" not in html
    assert "Chi bộ xóm 1" in html
    xlsx = viewer.get("/export/so-theo-doi.xlsx")
    assert xlsx.status_code == 200
    sheet = load_workbook(io.BytesIO(xlsx.data))["Đăng ký"]
    assert sheet["A2"].value is None and sheet["A1"].value.startswith("Sổ theo dõi")

    load_commune(sessions)
    html = viewer.get("/in").get_data(as_text=True)
    assert '<p class="issuer">ĐẢNG ỦY XÃ NGHĨA THÁI</p>' in html
    assert " · Đảng ủy xã Nghĩa Thái · in ngày " in html  # the running head of every page
    sheet = load_workbook(io.BytesIO(viewer.get("/export/so-theo-doi.xlsx").data))["Đăng ký"]
    assert sheet["A2"].value == "Đảng ủy xã Nghĩa Thái"


def test_logout_ends_the_session(viewer: FlaskClient) -> None:
    token = page_token(viewer)
    assert viewer.post("/logout", data={"csrf_token": token}).status_code == 302
    assert viewer.get("/").status_code == 302


def test_pages_without_a_campaign(viewer: FlaskClient, sessions: sessionmaker[Session]) -> None:
    html = viewer.get("/").get_data(as_text=True)
    assert "Chưa có đợt thi đua nào được nạp." in html
    assert viewer.get("/review").status_code == 200
    assert viewer.get("/export/so-theo-doi.xlsx").status_code == 200
    missing = viewer.get("/export/bao-cao.docx")  # no names yet: say which, not placeholders
    assert missing.status_code == 409
    assert "cơ quan cấp trên nhận báo cáo" in missing.get_data(as_text=True)
    load_commune(sessions)
    assert viewer.get("/export/bao-cao.docx").status_code == 200


def test_a_resubmission_shows_the_history(
    viewer: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    from tests.integration.web.factory import add_document, at

    with sessions() as session:
        newer = add_document(
            session,
            "cb-xom-1",
            "registration",
            {"model_name": "Đường hoa nông thôn mới", "domain": "economy"},
            at("2024-04-06"),
            filename="dang-ky-xom-1-sua.docx",
        )
        session.commit()
    old_page = viewer.get(f"/documents/{seeded.on_time.attachment_id}").get_data(as_text=True)
    assert "Đã được thay thế" in old_page
    assert "Các lần gửi mô hình này" in old_page
    assert f"/documents/{newer.attachment_id}" in old_page
    assert "(hiện hành)" in old_page and "(đã được thay thế)" in old_page
    overview = viewer.get("/").get_data(as_text=True)
    assert f"/documents/{newer.attachment_id}" in overview
    assert f'/documents/{seeded.on_time.attachment_id}"' not in overview
