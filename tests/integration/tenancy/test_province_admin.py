"""The province administrator on PostgreSQL: adds a commune and its office logins on the web;
the new login works and sees only its own commune; nobody else reaches the page."""

from __future__ import annotations

import flask
from flask.testing import FlaskClient
from sqlalchemy import select

from documents.db import all_communes, for_commune
from documents.models import PROVINCE_KIND, AuditEntry, Commune, User
from tests.integration.tenancy.test_isolation import (  # noqa: F401
    A_UNIT,
    Two,
    _b_ids,
    _snapshot,
    two,
)
from tests.integration.tenancy.test_province import app, province  # noqa: F401
from tests.integration.web.conftest import csrf_token, login
from tests.integration.web.factory import PASSWORD
from web.users import add_user


def _admin(app: flask.Flask, deployment: Two) -> FlaskClient:  # noqa: F811
    with all_communes(deployment.sessions)() as session:
        row = session.scalar(select(Commune.id).where(Commune.kind == PROVINCE_KIND))
    with for_commune(deployment.sessions, row).begin() as session:
        add_user(session, "quantri", PASSWORD, "province_admin")
    client = app.test_client()
    assert login(client, "quantri").status_code == 302
    return client


def _post(client: FlaskClient, url: str, data: dict[str, str]) -> str:
    token = csrf_token(client.get("/tinh/quan-tri").get_data(as_text=True))
    response = client.post(url, data={**data, "csrf_token": token}, follow_redirects=True)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_administrator_adds_a_commune_and_its_office_login(
    app: flask.Flask,  # noqa: F811
    province: Two,  # noqa: F811
) -> None:
    client = _admin(app, province)
    page = client.get("/tinh/quan-tri").get_data(as_text=True)
    assert "xã Nghĩa Thái" in page and "bientap" in page and "hoabinh" in page
    done = _post(client, "/tinh/quan-tri/xa", {"slug": "nghia-hung", "name": "xã  Nghĩa Hưng"})
    assert "Đã thêm xã Nghĩa Hưng (mã nghia-hung)." in done
    assert "Chưa thêm xã: đã có xã mã “nghia-hung”" in _post(
        client, "/tinh/quan-tri/xa", {"slug": "nghia-hung", "name": "xã Khác"}
    )
    assert "Chưa thêm xã: mã xã chỉ gồm" in _post(
        client, "/tinh/quan-tri/xa", {"slug": "Nghĩa Hưng", "name": "xã Khác"}
    )
    login_form = {
        "commune": "nghia-hung",
        "username": "hung.vanphong",
        "display_name": "Phạm Thị Hương",
        "role": "editor",
        "password": "mat-khau-cua-xa",
    }
    added = _post(client, "/tinh/quan-tri/tai-khoan", login_form)
    assert "Đã thêm tài khoản hung.vanphong (biên tập) cho xã Nghĩa Hưng." in added
    assert "hung.vanphong (Phạm Thị Hương): biên tập" in added
    taken = _post(client, "/tinh/quan-tri/tai-khoan", {**login_form, "username": "bientap"})
    assert "tên đăng nhập “bientap” đã có" in taken
    wrong = _post(
        client, "/tinh/quan-tri/tai-khoan", {**login_form, "username": "x", "role": "province"}
    )
    assert "Chưa thêm tài khoản: chọn xã và vai trò." in wrong
    short = _post(
        client, "/tinh/quan-tri/tai-khoan", {**login_form, "username": "y", "password": "ngan"}
    )
    assert "mật khẩu phải có ít nhất 8 ký tự" in short
    with all_communes(province.sessions)() as session:
        hung = session.scalar(select(Commune).where(Commune.slug == "nghia-hung"))
        assert hung is not None and hung.kind == "commune"
        user = session.scalar(select(User).where(User.username == "hung.vanphong"))
        assert user is not None and user.commune_id == hung.id and user.role == "editor"
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.actor == "quantri"))
        assert sorted(actions) == ["add_office_login", "create_commune"]
    # The new office logs in and sees its own (empty) register, nobody else's.
    office = app.test_client()
    assert login(office, "hung.vanphong", "mat-khau-cua-xa").status_code == 302
    home = office.get("/").get_data(as_text=True)
    assert A_UNIT not in home and "Chi bộ xóm 1" not in home
    assert office.get("/tinh/quan-tri").status_code == 403


def test_only_the_administrator_reaches_the_administration(
    app: flask.Flask,  # noqa: F811
    province: Two,  # noqa: F811
) -> None:
    for username in ("tinh", "hoabinh", "bientap"):
        client = app.test_client()
        assert login(client, username).status_code == 302
        assert client.get("/tinh/quan-tri").status_code == 403, username
        token = csrf_token(
            client.get("/tinh" if username == "tinh" else "/").get_data(as_text=True)
        )
        refused = client.post(
            "/tinh/quan-tri/xa", data={"slug": "gia", "name": "xã Giả", "csrf_token": token}
        )
        assert refused.status_code == 403, username
    # The administrator still writes nothing into a commune's register.
    admin = _admin(app, province)
    admin.get("/tinh/xem?xa=nghia-thai")
    token = csrf_token(admin.get("/").get_data(as_text=True))
    submission_id = _b_ids(province)["submission_id"][0]
    review = {"decision": "accept", "csrf_token": token}
    assert admin.post(f"/submissions/{submission_id}/review", data=review).status_code == 403
    assert _snapshot(province.sessions, province.b) == province.b_rows
    with all_communes(province.sessions)() as session:
        assert session.scalar(select(Commune.id).where(Commune.slug == "gia")) is None
