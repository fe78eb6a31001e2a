"""The year's end on the web and in the exports: assess, recognise, propose; on both databases."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from docx import Document
from flask.testing import FlaskClient
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.assessment import DEFAULT_CRITERIA
from documents.config_files import import_commune, load_units_file
from documents.models import AuditEntry, Campaign, ModelAssessment
from tests.integration.web.conftest import page_token
from tests.integration.web.factory import Seeded
from web.exports.report_docx import export_report_docx
from web.exports.xlsx import HEADER_ROW, export_xlsx

KEYS = [key for key, _ in DEFAULT_CRITERIA]
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def _form(token: str, *, met: list[str], recognised: bool, proposed: bool) -> dict[str, str]:
    data = {"csrf_token": token, "recognised": "1" if recognised else "0", "note": "Ghi chú"}
    data |= {f"c_{key}": "1" for key in met}
    data |= {f"n_{key}": f"nhận xét {key}" for key in KEYS}
    if proposed:
        data["proposed"] = "1"
    return data


def test_the_list_shows_the_reported_models_and_the_closing_date(
    viewer: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    with sessions() as session:
        campaign = session.scalar(select(Campaign))
        assert campaign is not None
        campaign.closes_on = date(2024, 12, 15)
        session.commit()
    html = viewer.get("/danh-gia").get_data(as_text=True)
    assert "Hạn công nhận, biểu dương: <strong>15/12/2024</strong>" in html
    assert "Đường hoa nông thôn mới" in html and "Chưa đánh giá" in html
    assert "Đã báo cáo kết quả: <strong>1</strong>" in html
    # A registration is not a reported model.
    assert viewer.get(f"/danh-gia/{seeded.on_time.submission_id}").status_code == 404


def test_the_editor_records_an_assessment_and_it_is_audited(
    editor: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    path = f"/danh-gia/{seeded.report.submission_id}"
    form = editor.get(path).get_data(as_text=True)
    for _, text in DEFAULT_CRITERIA:
        assert text in form
    reply = editor.post(
        path, data=_form(page_token(editor, path), met=KEYS, recognised=True, proposed=True)
    )
    assert reply.status_code == 302 and reply.headers["Location"].endswith("/danh-gia")
    with sessions() as session:
        saved = session.scalar(select(ModelAssessment))
        assert saved is not None
        assert saved.recognised and saved.commendation_proposed
        assert saved.assessed_by == "bientap" and saved.note == "Ghi chú"
        assert saved.criteria["effect"] == {"met": True, "note": "nhận xét effect"}
        audit = session.scalar(select(AuditEntry).where(AuditEntry.action == "assess_model"))
        assert audit is not None and audit.actor == "bientap"
    listing = editor.get("/danh-gia").get_data(as_text=True)
    assert "Đã lưu đánh giá mô hình «Đường hoa nông thôn mới»." in listing
    assert "5/5" in listing and "Đề nghị biểu dương" in listing
    sentence = (
        "bientap đánh giá mô hình “Đường hoa nông thôn mới” của Chi bộ xóm 1: đạt 5/5 tiêu chí, "
        "công nhận, đề nghị biểu dương, nhân rộng lúc "
    )
    assert sentence in editor.get("/lich-su").get_data(as_text=True)
    assert sentence in editor.get("/don-vi/cb-xom-1/lich-su").get_data(as_text=True)


def test_a_refused_assessment_keeps_what_was_typed(
    editor: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    path = f"/danh-gia/{seeded.report.submission_id}"
    data = _form(page_token(editor, path), met=KEYS[:3], recognised=True, proposed=False)
    reply = editor.post(path, data=data)
    assert reply.status_code == 422
    html = reply.get_data(as_text=True)
    assert "Mô hình chưa đạt 2/5 tiêu chí nên chưa thể công nhận" in html
    assert 'id="c_political_task" name="c_political_task" value="1" checked' in html
    assert 'id="c_lasting" name="c_lasting" value="1" >' in html
    assert 'value="nhận xét lasting"' in html
    with sessions() as session:
        assert session.scalar(select(ModelAssessment)) is None


def test_a_viewer_cannot_assess(viewer: FlaskClient, seeded: Seeded) -> None:
    path = f"/danh-gia/{seeded.report.submission_id}"
    html = viewer.get(path).get_data(as_text=True)
    assert "Lưu đánh giá" not in html and "inert" in html
    token = page_token(viewer, path)
    reply = viewer.post(path, data=_form(token, met=KEYS, recognised=True, proposed=False))
    assert reply.status_code == 403


def test_the_exports_list_the_recognised_and_commended_models(
    editor: FlaskClient, seeded: Seeded, session: Session
) -> None:
    path = f"/danh-gia/{seeded.report.submission_id}"
    editor.post(
        path, data=_form(page_token(editor, path), met=KEYS, recognised=True, proposed=True)
    )
    import_commune(session, load_units_file(EXAMPLES / "units.yaml"))  # the report's names
    buffer = io.BytesIO()
    export_report_docx(session, buffer, today=date(2024, 12, 1))
    document = Document(io.BytesIO(buffer.getvalue()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "V. ĐÁNH GIÁ, CÔNG NHẬN MÔ HÌNH" in text
    assert "đã đánh giá theo 5 tiêu chí: 1; được công nhận: 1; đề nghị biểu dương" in text
    recognised = document.tables[2]
    rows = [[c.text for c in r.cells] for r in recognised.rows]
    assert rows[0] == ["STT", "Đơn vị", "Tên mô hình", "Lĩnh vực", "Đề nghị"]
    assert rows[1][1:3] == ["Chi bộ xóm 1", "Đường hoa nông thôn mới"]
    assert rows[1][4] == "Đề nghị biểu dương, nhân rộng"

    buffer = io.BytesIO()
    export_xlsx(session, buffer)
    ws = load_workbook(io.BytesIO(buffer.getvalue()))["Đánh giá, công nhận"]
    header = [c.value for c in ws[HEADER_ROW]]
    assert header[4:9] == [f"Tiêu chí {n}" for n in range(1, 6)]
    row = dict(zip(header, [c.value for c in ws[HEADER_ROW + 1]], strict=True))
    assert row["Tên mô hình"] == "Đường hoa nông thôn mới"
    assert row["Tiêu chí 3"] == "Đạt" and row["Số tiêu chí đạt"] == 5
    assert row["Công nhận"] == "Công nhận" and row["Đề nghị biểu dương, nhân rộng"] == "Có"
    assert row["Người đánh giá"] == "bientap"
    legend = [c.value for c in ws["B"] if isinstance(c.value, str)]
    assert any(v.startswith("Tiêu chí 1: Gắn với thực hiện nhiệm vụ chính trị") for v in legend)
