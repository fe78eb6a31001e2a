"""The province on a PostgreSQL deployment of two communes: it sees each commune's figures against
each deadline, worst first, drills into each commune's register read-only, and can write nothing;
a commune's office cannot reach the province's pages.

Commune B (xã Nghĩa Thái) has the web tests' register: 4 units, registration 1 on time, 1 late,
2 missing; report 1 on time, 3 missing. Commune A (xã Hòa Bình): 1 unit, registered on time,
no report.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import flask
import pytest
from docx import Document
from flask.testing import FlaskClient
from openpyxl import load_workbook
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from documents.db import all_communes, for_commune
from documents.models import PROVINCE_KIND, Commune, Unit
from documents.province import read_commune
from tests.integration.tenancy.test_isolation import (  # noqa: F401 (fixtures)
    A_UNIT,
    Two,
    _b_ids,
    _snapshot,
    _urls,
    two,
)
from tests.integration.web.conftest import csrf_token, login
from tests.integration.web.factory import PASSWORD
from tests.integration.workers.cli_harness import dvk
from web.app import create_app
from web.users import add_user
from workers.settings import Settings

B_NAME, A_NAME = "xã Nghĩa Thái", "xã Hòa Bình"
ROW_RE = re.compile(r'<tr data-commune="([^"]+)">(.*?)</tr>', re.S)
CELL_RE = re.compile(r"<td[^>]*>(.*?)</td>", re.S)


@pytest.fixture
def province(two: Two) -> Two:  # noqa: F811
    """The province's own row and its login."""
    with all_communes(two.sessions).begin() as session:
        row = Commune(
            slug="nam-phong",
            name="tỉnh Nam Phong",
            kind=PROVINCE_KIND,
            party_committee="Ban Dân vận Tỉnh ủy Nam Phong",
        )
        session.add(row)
    with for_commune(two.sessions, row.id).begin() as session:
        add_user(session, "tinh", PASSWORD, "province")
    return two


@pytest.fixture
def app(province: Two, tmp_path: Path, postgres_url: str) -> flask.Flask:
    settings = Settings(_env_file=None, data_dir=tmp_path / "var", database_url=postgres_url)
    return create_app(settings, province.sessions)


def _table(html: str, kind: str) -> list[tuple[str, list[str]]]:
    """(commune slug, cells) of the province page's table for a deadline, in page order."""
    section = html.split(f'id="tinh-{kind}"', 1)[1].split("</table>", 1)[0]
    rows = []
    for slug, row in ROW_RE.findall(section):
        cells = [re.sub(r"<[^>]+>", "", c).strip() for c in CELL_RE.findall(row)]
        rows.append((slug, cells))
    return rows


def _province_client(app: flask.Flask) -> FlaskClient:
    client = app.test_client()
    assert login(client, "tinh").status_code == 302
    return client


def test_the_province_sees_every_commune_against_each_deadline_worst_first(
    app: flask.Flask,
) -> None:
    client = _province_client(app)
    first = client.get("/")
    assert first.status_code == 302 and first.headers["Location"].endswith("/tinh")
    html = client.get("/tinh").get_data(as_text=True)
    # STT, commune, due, units, on time, late, missing, share sent
    assert _table(html, "registration") == [
        ("nghia-thai", ["1", B_NAME, "07/04/2024", "4", "1", "1", "2", "50,0%"]),
        ("hoa-binh", ["2", A_NAME, "07/04/2024", "1", "1", "0", "0", "100,0%"]),
    ]
    assert _table(html, "report") == [
        ("hoa-binh", ["1", A_NAME, "05/09/2024", "1", "0", "0", "1", "0,0%"]),
        ("nghia-thai", ["2", B_NAME, "05/09/2024", "4", "1", "0", "3", "25,0%"]),
    ]
    assert html.count("<svg") == 2 and 'class="late"' in html and 'class="missing"' in html


def test_the_province_workbook_and_report_sum_up_the_communes(app: flask.Flask) -> None:
    client = _province_client(app)
    response = client.get("/tinh/excel")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.get_data()))
    sheet = book["Đăng ký"]
    assert sheet["A2"].value == "Ban Dân vận Tỉnh ủy Nam Phong"
    rows = [[c.value for c in row[:8]] for row in sheet.iter_rows(min_row=5)]
    assert [r[1] for r in rows] == [B_NAME, A_NAME]
    assert rows[0][3:] == [4, 1, 1, 2, 0.5] and rows[1][3:] == [1, 1, 0, 0, 1.0]
    assert [r[1] for r in book["Báo cáo kết quả"].iter_rows(min_row=5, values_only=True)] == [
        A_NAME,
        B_NAME,
    ]
    assert sheet.print_title_rows == "$4:$4" and sheet.page_setup.orientation == "landscape"
    report = client.get("/tinh/bao-cao")
    assert report.status_code == 200
    document = Document(io.BytesIO(report.get_data()))
    text_all = "\n".join(p.text for p in document.paragraphs)
    assert "BAN DÂN VẬN TỈNH ỦY NAM PHONG" in document.tables[0].rows[0].cells[0].text
    assert "Toàn tỉnh 3/5 đơn vị đã nộp (60,0%), trong đó 1 đơn vị nộp muộn" in text_all
    assert "Toàn tỉnh 1/5 đơn vị đã nộp (20,0%)" in text_all
    registration = document.tables[1]
    assert [c.text for c in registration.rows[1].cells] == [
        "1",
        B_NAME,
        "4",
        "1",
        "1",
        "2",
        "50,0%",
    ]


def test_the_province_drills_into_each_commune_read_only(
    app: flask.Flask,
    province: Two,
) -> None:
    client = _province_client(app)
    assert client.get("/tinh/xem?xa=nghia-thai").status_code == 302
    b_home = client.get("/").get_data(as_text=True)
    assert "Chi bộ xóm 1" in b_home and A_UNIT not in b_home
    assert f"Đang xem sổ theo dõi của {B_NAME} (chỉ xem)" in b_home
    values = _b_ids(province)
    document = client.get(f"/documents/{values['attachment_id'][0]}")
    assert document.status_code == 200
    assert client.get("/export/so-theo-doi.xlsx").status_code == 200
    assert client.get("/tinh/xem?xa=hoa-binh").status_code == 302
    a_home = client.get("/").get_data(as_text=True)
    assert A_UNIT in a_home and "Chi bộ xóm 1" not in a_home
    # Neither the province's own row nor an unknown commune can be chosen.
    assert client.get("/tinh/xem?xa=nam-phong").status_code == 404
    assert client.get("/tinh/xem?xa=khong-co").status_code == 404


def test_the_province_cannot_write_anywhere(app: flask.Flask, province: Two) -> None:
    client = _province_client(app)
    client.get("/tinh/xem?xa=nghia-thai")
    values = _b_ids(province)
    form = {"unit_id": "cb-xom-1", "decision": "accept", "back": "/", "model_name": "x"}
    tried = 0
    for rule in app.url_map.iter_rules():
        if "POST" not in (rule.methods or set()) or rule.endpoint in ("auth.login", "auth.logout"):
            continue
        for url in _urls(app, rule, values):
            token = csrf_token(client.get("/").get_data(as_text=True))
            response = client.post(url, data={**form, "csrf_token": token})
            assert response.status_code == 403, f"POST {url} → {response.status_code}"
            tried += 1
    assert tried >= 8
    assert _snapshot(province.sessions, province.b) == province.b_rows
    # Beneath the web's refusal, the database's: the province's transaction is read-only.
    with read_commune(province.sessions, province.b)() as session:
        assert session.scalar(select(Unit.name).where(Unit.id == "cb-xom-1")) == "Chi bộ xóm 1"
        with pytest.raises(DBAPIError, match="read-only"):
            session.execute(text("UPDATE units SET name = 'x'"))


def test_a_commune_office_cannot_reach_the_province_pages(app: flask.Flask) -> None:
    client = app.test_client()
    assert login(client, "hoabinh").status_code == 302
    for url in ("/tinh", "/tinh/excel", "/tinh/bao-cao", "/tinh/xem?xa=nghia-thai"):
        assert client.get(url).status_code == 403, url
    assert A_UNIT in client.get("/").get_data(as_text=True)  # its own register is untouched


def test_the_province_role_belongs_to_the_province_row_only(province: Two) -> None:
    with (
        for_commune(province.sessions, province.a)() as session,
        pytest.raises(ValueError, match="province"),
    ):
        add_user(session, "gia-tinh", PASSWORD, "province")
    with all_communes(province.sessions)() as session:
        province_id = session.scalar(select(Commune.id).where(Commune.kind == PROVINCE_KIND))
    with (
        for_commune(province.sessions, province_id)() as session,
        pytest.raises(ValueError, match="province"),
    ):
        add_user(session, "bien-tap-tinh", PASSWORD, "editor")


def test_the_province_row_is_made_by_command(two: Two, tmp_path: Path, postgres_url: str) -> None:  # noqa: F811
    env = {"DVK_DATABASE_URL": postgres_url, "DVK_DATA_DIR": str(tmp_path / "var")}
    added = dvk(["communes", "add", "nam-phong", "tỉnh Nam Phong", "--province"], env)
    assert added.exit_code == 0 and "Province 'nam-phong' added." in added.stdout
    listed = dvk(["communes", "list"], env).stdout
    assert re.search(r"nam-phong\s*│\s*tỉnh Nam Phong\s*│\s*province", listed), listed
    assert re.search(r"hoa-binh\s*│\s*xã Hòa Bình\s*│\s*commune", listed), listed
    refused = dvk(
        ["--commune", "hoa-binh", "user", "add", "gia", "--role", "province", "--password-stdin"],
        env,
    )
    assert refused.exit_code == 2 and "chỉ dành cho tài khoản của tỉnh" in refused.stderr
    assert refused.crashed is None
