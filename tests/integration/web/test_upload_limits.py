"""The upload route's body limit: a scan larger than the app's 1 MB limit reaches an editor's
confirmation; a viewer, or anyone on another route, still meets the 1 MB limit."""

from __future__ import annotations

import io

from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.test import TestResponse

from documents.models import Blob, Message
from documents.office_upload import MAX_UPLOAD_BYTES
from tests.integration.web.conftest import page_token
from tests.integration.web.factory import Seeded

SCAN = b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024)  # a 3 MB scan, as the sniffer sees it


def _post(client: FlaskClient, token: str, data: bytes) -> TestResponse:
    return client.post(
        "/don-vi/cb-xom-1/nhap-phieu",
        data={
            "csrf_token": token,
            "channel": "paper",
            "received_on": "05/04/2024",
            "file": (io.BytesIO(data), "scan.pdf"),
        },
        content_type="multipart/form-data",
    )


def test_an_editor_uploads_a_scan_over_one_megabyte(
    editor: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]
) -> None:
    token = page_token(editor, "/don-vi/cb-xom-1/nhap-phieu")
    asked = _post(editor, token, SCAN)
    assert asked.status_code == 200
    assert "Ghi phiếu «scan.pdf» vào sổ cho Chi bộ xóm 1?" in asked.get_data(as_text=True)
    with sessions() as session:  # kept for the confirmation, not registered yet
        assert session.scalar(select(func.count()).select_from(Blob).where(Blob.size == len(SCAN)))
        assert session.scalar(select(func.count()).select_from(Message)) == 4  # the seed's
    just_over = _post(editor, token, b"%PDF-1.4\n" + b"0" * MAX_UPLOAD_BYTES)
    assert just_over.status_code == 422  # read, and refused with what to do
    assert "Tệp lớn hơn 20 MB" in just_over.get_data(as_text=True)
    far_over = _post(editor, token, b"%PDF-1.4\n" + b"0" * (MAX_UPLOAD_BYTES + 1024 * 1024))
    assert far_over.status_code == 413  # not even read
    elsewhere = editor.post(
        "/don-vi/cb-xom-1/mien/1",
        data={"csrf_token": token, "reason": "x" * (2 * 1024 * 1024)},
    )
    assert elsewhere.status_code == 413


def test_a_viewer_meets_the_ordinary_limit(viewer: FlaskClient, seeded: Seeded) -> None:
    token = page_token(viewer, "/")
    assert _post(viewer, token, SCAN).status_code == 413
    assert _post(viewer, token, b"%PDF-1.4\nsmall\n").status_code == 403
