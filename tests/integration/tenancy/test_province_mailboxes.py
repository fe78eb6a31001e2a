"""The province administrator sets the communes' mailboxes on the web (issue 15 §4), on
PostgreSQL: add (the password from its field or moved out of the URL), change the folder or the
password, disable, enable, remove, each in the province's history; every state the watcher
writes is on the page; no password ever appears on a page or in an audit row; nobody but the
administrator reaches the page, and a commune's users never see another commune's mailbox."""

from __future__ import annotations

import json
from datetime import timedelta

import flask
from flask.testing import FlaskClient
from sqlalchemy import select

from documents import clock
from documents.db import all_communes
from documents.mail_accounts import add_account
from documents.models import AuditEntry, MailAccount
from tests.integration.tenancy.test_isolation import Two, two  # noqa: F401
from tests.integration.tenancy.test_province import app, province  # noqa: F401
from tests.integration.tenancy.test_province_admin import _admin
from tests.integration.web.conftest import csrf_token, login
from web.history import SENTENCES

PAGE = "/tinh/quan-tri/hop-thu"
SECRETS = ("Mk-truong-1!", "Mk-trong-url-2", "Mk-doi-moi-3")
URL_B = "imaps://danvan%40nghiathai.gov.vn@mail.namphong.test/INBOX"


def _post(client: FlaskClient, url: str, data: dict[str, str], pages: list[str]) -> str:
    token = csrf_token(client.get(PAGE).get_data(as_text=True))
    response = client.post(url, data={**data, "csrf_token": token}, follow_redirects=True)
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    pages.append(body)
    return body


def _accounts(deployment: Two) -> dict[str, MailAccount]:
    with all_communes(deployment.sessions)() as session:
        return {row.url: row for row in session.scalars(select(MailAccount))}


def test_the_administrator_adds_changes_disables_and_removes_a_communes_mailbox(
    app: flask.Flask,  # noqa: F811
    province: Two,  # noqa: F811
) -> None:
    client = _admin(app, province)
    pages: list[str] = []
    empty = client.get(PAGE).get_data(as_text=True)
    assert "Chưa có hộp thư nào." in empty and "xã Nghĩa Thái" in empty
    added = _post(
        client,
        "/tinh/quan-tri/hop-thu/them",
        {"commune": "nghia-thai", "url": f" {URL_B} ", "password": SECRETS[0]},
        pages,
    )
    assert f"Đã thêm hộp thư {URL_B} cho xã mã nghia-thai" in added
    in_url = "imaps://vanphong%40hoabinh.gov.vn:Mk-trong-url-2@mail.namphong.test/INBOX"
    moved = _post(
        client, "/tinh/quan-tri/hop-thu/them", {"commune": "hoa-binh", "url": in_url}, pages
    )
    url_a = "imaps://vanphong%40hoabinh.gov.vn@mail.namphong.test/INBOX"
    assert f"Đã thêm hộp thư {url_a} cho xã mã hoa-binh" in moved
    rows = _accounts(province)
    assert rows[URL_B].password == SECRETS[0] and rows[URL_B].commune_id == province.b
    assert rows[url_a].password == SECRETS[1] and rows[url_a].commune_id == province.a
    assert rows[URL_B].origin == "db" and rows[URL_B].enabled

    refusals = {
        "địa chỉ hộp thư phải bắt đầu bằng imaps:// hoặc imap://": {
            "url": "https://mail.test/",
            "password": "x",
        },
        "địa chỉ hộp thư cần có tên đăng nhập và máy chủ": {
            "url": "imaps://mail.test/INBOX",
            "password": "x",
        },
        "địa chỉ hộp thư không hợp lệ (cổng phải là một số)": {
            "url": "imaps://u:Mk-doi-moi-3@h:cong/INBOX"
        },
        f"hộp thư {URL_B} đã được theo dõi": {"url": URL_B, "password": "x"},
        "chưa có mật khẩu cho hộp thư imaps://moi@mail.namphong.test/INBOX": {
            "url": "imaps://moi@mail.namphong.test/INBOX"
        },
    }
    for message, form in refusals.items():
        body = _post(
            client, "/tinh/quan-tri/hop-thu/them", {"commune": "nghia-thai", **form}, pages
        )
        assert f"Chưa thêm hộp thư: {message}" in body, message
    for slug in ("nghia-hung", "nam-phong", ""):  # unknown, the province's own row, none
        body = _post(
            client,
            "/tinh/quan-tri/hop-thu/them",
            {"commune": slug, "url": "imaps://khac@mail.test/INBOX", "password": "x"},
            pages,
        )
        assert f"Chưa thêm hộp thư: không có xã mã “{slug}”" in body, slug
    assert len(_accounts(province)) == 2

    # The state the watcher wrote is on the page.
    with all_communes(province.sessions).begin() as session:
        row = session.get(MailAccount, rows[URL_B].id)
        assert row is not None
        row.uidvalidity, row.last_uid, row.idle, row.lag_seconds = 7, 4242, True, 12.4
        row.failures, row.last_error = 3, "LoginFailed: AUTHENTICATIONFAILED"
        row.last_error_at = clock.now()
        row.next_attempt_at = clock.now() + timedelta(minutes=5)
    page = client.get(PAGE).get_data(as_text=True)
    pages.append(page)
    b_row = page.split(f'data-account="{rows[URL_B].id}"', 1)[1].split("</tr>", 1)[0]
    for shown in ("xã Nghĩa Thái", URL_B, "đang lỗi, chờ thử lại", "(3 lần liền)", "thử lại lúc",
                  "4242 / 7", "12 giây", "có", "AUTHENTICATIONFAILED"):  # fmt: skip
        assert shown in b_row, shown

    account_id = str(rows[URL_B].id)
    edited = _post(
        client,
        "/tinh/quan-tri/hop-thu/sua",
        {"account_id": account_id, "folder": "Thư đến", "password": SECRETS[2]},
        pages,
    )
    url_moved = "imaps://danvan%40nghiathai.gov.vn@mail.namphong.test/Th%C6%B0%20%C4%91%E1%BA%BFn"
    assert f"Đã đổi thư mục và mật khẩu của hộp thư {url_moved}." in edited
    row = _accounts(province)[url_moved]
    assert row.password == SECRETS[2]
    assert (row.last_uid, row.failures, row.last_error) == (None, 0, None)  # another folder
    assert "không có gì thay đổi" in _post(
        client, "/tinh/quan-tri/hop-thu/sua", {"account_id": account_id, "folder": "Thư đến"}, pages
    )
    bad = _post(
        client, "/tinh/quan-tri/hop-thu/sua", {"account_id": "999999", "folder": "X"}, pages
    )
    assert "Chưa sửa hộp thư: không có hộp thư số 999999." in bad

    off = _post(
        client, "/tinh/quan-tri/hop-thu/bat-tat", {"account_id": account_id, "enabled": "0"}, pages
    )
    assert f"Đã tắt hộp thư {url_moved}" in off and "đã tắt" in off
    assert not _accounts(province)[url_moved].enabled
    on = _post(
        client, "/tinh/quan-tri/hop-thu/bat-tat", {"account_id": account_id, "enabled": "1"}, pages
    )
    assert f"Đã bật lại hộp thư {url_moved}." in on
    assert _accounts(province)[url_moved].enabled

    # Removing asks first; only the confirmed POST removes.
    token = csrf_token(client.get(PAGE).get_data(as_text=True))
    asked = client.post(
        "/tinh/quan-tri/hop-thu/xoa", data={"account_id": account_id, "csrf_token": token}
    )
    assert asked.status_code == 200 and f"Xóa hộp thư {url_moved}?" in asked.get_data(as_text=True)
    assert url_moved in _accounts(province)
    removed = _post(
        client, "/tinh/quan-tri/hop-thu/xoa", {"account_id": account_id, "xac_nhan": "1"}, pages
    )
    assert f"Đã xóa hộp thư {url_moved}." in removed
    assert set(_accounts(province)) == {url_a}

    with all_communes(province.sessions)() as session:
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "mail_account").order_by(AuditEntry.id)
        ).all()
        actions = [(e.actor, e.action) for e in audit]
        rows_json = json.dumps(
            [(e.entity_id, e.before, e.after) for e in audit], ensure_ascii=False
        )
    assert actions == [
        ("quantri", "add_mailbox"),
        ("quantri", "add_mailbox"),
        ("quantri", "edit_mailbox"),
        ("quantri", "disable_mailbox"),
        ("quantri", "enable_mailbox"),
        ("quantri", "remove_mailbox"),
    ]
    assert URL_B in rows_json and "password" in rows_json  # what changed, never its value
    edit = next(e for e in audit if e.action == "edit_mailbox")
    sentence = SENTENCES["edit_mailbox"](edit, None)  # type: ignore[arg-type]  # no context used
    assert sentence == f"sửa hộp thư {url_moved} của xã mã nghia-thai (đổi thư mục và mật khẩu)"
    for secret in SECRETS:
        assert secret not in rows_json, secret
        for body in pages:
            assert secret not in body, secret


def test_only_the_administrator_reaches_the_mailboxes_and_no_commune_sees_anothers(
    app: flask.Flask,  # noqa: F811
    province: Two,  # noqa: F811
) -> None:
    with all_communes(province.sessions).begin() as session:
        add_account(session, URL_B, commune_slug="nghia-thai", password=SECRETS[0])
        add_account(session, "imaps://hb@mail.test/INBOX", commune_slug="hoa-binh", password="p")
    account_id = str(_accounts(province)[URL_B].id)
    posts = {
        "/tinh/quan-tri/hop-thu/them": {"commune": "hoa-binh", "url": "imaps://x@h/INBOX"},
        "/tinh/quan-tri/hop-thu/sua": {"account_id": account_id, "password": "doi-mat-khau"},
        "/tinh/quan-tri/hop-thu/bat-tat": {"account_id": account_id, "enabled": "0"},
        "/tinh/quan-tri/hop-thu/xoa": {"account_id": account_id, "xac_nhan": "1"},
    }
    for username in ("hoabinh", "tinh", "bientap"):
        client = app.test_client()
        assert login(client, username).status_code == 302
        assert client.get(PAGE).status_code == 403, username
        home = client.get("/tinh" if username == "tinh" else "/")
        token = csrf_token(home.get_data(as_text=True))
        for url, form in posts.items():
            refused = client.post(url, data={**form, "csrf_token": token})
            assert refused.status_code == 403, (username, url)
        if username == "hoabinh":  # commune A's office: nothing of B's mailbox anywhere
            for seen in ("/", "/healthz", "/healthz/watcher", "/lich-su"):
                body = client.get(seen).get_data(as_text=True)
                assert "nghiathai" not in body and SECRETS[0] not in body, seen
            assert "imaps://hb@mail.test/INBOX" in client.get("/healthz").get_data(as_text=True)
    admin = _admin(app, province)  # even the administrator needs the form's CSRF token
    for url, form in posts.items():
        assert admin.post(url, data=form).status_code == 400, url
    rows = _accounts(province)
    assert set(rows) == {URL_B, "imaps://hb@mail.test/INBOX"}
    assert rows[URL_B].enabled and rows[URL_B].password == SECRETS[0]
    with all_communes(province.sessions)() as session:
        assert (
            session.scalar(select(AuditEntry.id).where(AuditEntry.entity == "mail_account")) is None
        )
