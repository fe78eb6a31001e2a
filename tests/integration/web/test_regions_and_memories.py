"""Where each value came from on the review and document pages (the page picture with the
fields' regions, or the marked text of a Word form), and the page of learned layouts with its
forget action, through the real app."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import partial

import flask
import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from documents.extraction.sandbox import extract_in_sandbox, shutdown
from documents.models import AuditEntry, LayoutMemory
from documents.pipeline import Extractor
from tests.fixtures.memory_forms import FILLINGS, as_pdf, unusual_form
from tests.integration.documents.factories import setup_commune
from tests.integration.documents.forms_by_mail import read_form
from tests.integration.web.conftest import page_token
from workers.settings import Settings

STRANGER = "nguoila@example.test"
XOM_1 = "chiboxom1.nghiathai@gmail.test"


@pytest.fixture
def sandboxed() -> Iterator[Extractor]:
    yield partial(extract_in_sandbox, timeout=60, memory_mb=1024)
    shutdown()


@pytest.fixture
def pdf_form(sessions: sessionmaker[Session], sandboxed: Extractor) -> int:
    """A PDF form read right, from a sender nobody knows: it waits in the review queue."""
    docx = unusual_form(FILLINGS[1], model_label="Tên mô hình")
    with sessions() as session:
        setup_commune(session)
        extraction = read_form(session, sandboxed, STRANGER, as_pdf(docx), "pdf")
        assert extraction.fields["model_name"] == FILLINGS[1].model
        assert extraction.provenance["model_name"]["bbox"]
        session.commit()
        return extraction.attachment_id


def test_the_review_page_shows_each_field_on_the_page(
    app: flask.Flask, editor: FlaskClient, pdf_form: int, settings: Settings
) -> None:
    html = editor.get("/review").get_data(as_text=True)
    assert f'src="/documents/{pdf_form}/trang/1.png"' in html
    rect = re.search(r'<rect class="region" data-field="model_name" x="([\d.]+)" y="([\d.]+)" '
                     r'width="([\d.]+)" height="([\d.]+)">', html)  # fmt: skip
    assert rect, "the model name's region is drawn over the page"
    assert 'src="/static/regions.js"' in html and "<script>" not in html
    size = re.search(r'<svg class="overlay" viewBox="0 0 ([\d.]+) ([\d.]+)"', html)
    assert size, "the overlay is in the page's own units (PDF points)"
    width, height = float(size.group(1)), float(size.group(2))
    x, y, w, h = (float(v) for v in rect.groups())
    assert 0 <= x < x + w <= width and 0 <= y < y + h <= height
    assert w * h < 0.1 * width * height, "a field's region, not the whole page"

    picture = editor.get(f"/documents/{pdf_form}/trang/1.png")
    assert picture.status_code == 200 and picture.mimetype == "image/png"
    assert picture.data.startswith(b"\x89PNG")
    assert picture.headers["Content-Security-Policy"] == "default-src 'none'; sandbox"
    cached = list((settings.data_dir / "previews").rglob("*.png"))
    assert len(cached) == 1 and cached[0].read_bytes() == picture.data
    assert editor.get(f"/documents/{pdf_form}/trang/9.png").status_code == 404

    document = editor.get(f"/documents/{pdf_form}").get_data(as_text=True)
    assert 'data-field="model_name"' in document and 'data-region-field="model_name"' in document


def test_a_word_form_shows_the_text_around_each_value(
    app: flask.Flask, editor: FlaskClient, sessions: sessionmaker[Session], sandboxed: Extractor
) -> None:
    with sessions() as session:
        setup_commune(session)
        form = unusual_form(FILLINGS[2], model_label="Tên mô hình")
        extraction = read_form(session, sandboxed, XOM_1, form)
        session.commit()
        attachment = extraction.attachment_id
    html = editor.get(f"/documents/{attachment}").get_data(as_text=True)
    assert f'<mark data-field="model_name">{FILLINGS[2].model}</mark>' in html
    assert "Tên mô hình: " in html.split('<mark data-field="model_name">')[0][-300:]
    # and the Word file's page is drawn too, through LibreOffice
    picture = editor.get(f"/documents/{attachment}/trang/1.png")
    assert picture.status_code == 200 and picture.data.startswith(b"\x89PNG")


def test_the_office_sees_what_was_learned_and_forgets_it(
    app: flask.Flask,
    editor: FlaskClient,
    viewer: FlaskClient,
    sessions: sessionmaker[Session],
    sandboxed: Extractor,
) -> None:
    with sessions() as session:
        setup_commune(session)
        mine = replace(FILLINGS[0], unit="Chi bộ xóm 1")
        first = read_form(session, sandboxed, XOM_1, unusual_form(mine))
        session.commit()
        attachment = first.attachment_id
    token = page_token(editor, f"/documents/{attachment}")
    saved = editor.post(f"/documents/{attachment}/fields",
                        data={"csrf_token": token, "f_model_name": FILLINGS[0].model},
                        follow_redirects=True)  # fmt: skip
    text = saved.get_data(as_text=True)
    assert "dvk đã ghi nhớ vị trí của Tên mô hình" in text

    page = editor.get("/mau-da-hoc").get_data(as_text=True)
    assert FILLINGS[0].model in page and "Chi bộ xóm 1" in page and "Mọi đơn vị" in page
    assert "phan viec dang ky gan voi phong trao" in page
    with sessions() as session:
        ids = list(session.scalars(select(LayoutMemory.id).order_by(LayoutMemory.scope)))
    assert len(ids) == 2

    assert viewer.post(f"/mau-da-hoc/{ids[0]}/quen",
                       data={"csrf_token": page_token(viewer, "/mau-da-hoc")}).status_code == 403  # fmt: skip
    gone = editor.post(f"/mau-da-hoc/{ids[0]}/quen",
                       data={"csrf_token": page_token(editor, "/mau-da-hoc")},
                       follow_redirects=True)  # fmt: skip
    assert "Đã quên vị trí" in gone.get_data(as_text=True)
    again = editor.post(f"/mau-da-hoc/{ids[0]}/quen",
                        data={"csrf_token": page_token(editor, "/mau-da-hoc")},
                        follow_redirects=True)  # fmt: skip
    assert "Không có ghi nhớ" in again.get_data(as_text=True)
    with sessions() as session:
        assert list(session.scalars(select(LayoutMemory.id))) == ids[1:]
        actions = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions.count("learn_layout_memory") == 2 and actions.count("forget_layout_memory") == 1

    history = editor.get("/lich-su").get_data(as_text=True)
    assert "dạy dvk vị trí Tên mô hình trên mẫu phiếu" in history
    assert "xóa ghi nhớ vị trí Tên mô hình" in history
