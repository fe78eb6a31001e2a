"""`dvk user add`, `dvk export …` and the waitress server started and stopped from a thread."""

from __future__ import annotations

import json
import socket
import urllib.request
from pathlib import Path

import typer
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from documents.config_files import import_commune, load_units_file
from documents.models import User
from tests.integration.web.factory import Seeded
from tests.integration.web.served import serving
from tests.refusals import assert_refused
from web.app import create_app
from web.users import authenticate
from workers.bootstrap import Context
from workers.commands.web import register
from workers.settings import Settings


def _cli(settings: Settings) -> typer.Typer:
    app = typer.Typer()
    context = Context(settings)
    register(app, lambda: context)
    return app


def test_user_add_reads_the_password_from_stdin(
    settings: Settings, sessions: sessionmaker[Session]
) -> None:
    app = _cli(settings)
    result = CliRunner().invoke(
        app,
        ["user", "add", "thuky", "--role", "editor", "--password-stdin", "--json"],
        input="mot-mat-khau-dai\n",
    )
    assert result.exit_code == 0, result.output
    assert '"role": "editor"' in result.output
    assert "mot-mat-khau-dai" not in result.output
    with sessions() as session:
        user = session.scalar(select(User).where(User.username == "thuky"))
        assert user is not None and user.password_hash.startswith("$argon2")
        assert authenticate(session, "thuky", "mot-mat-khau-dai", None).user is not None
    again = CliRunner().invoke(
        app, ["user", "add", "thuky", "--password-stdin"], input="mat-khau-moi-nua\n"
    )
    assert again.exit_code == 0, again.output
    with sessions() as session:
        assert authenticate(session, "thuky", "mat-khau-moi-nua", None).user is not None
        user = session.scalar(select(User).where(User.username == "thuky"))
        assert user is not None and user.role == "viewer"


def test_user_add_keeps_a_display_name_for_the_history(
    settings: Settings, sessions: sessionmaker[Session]
) -> None:
    app = _cli(settings)
    first = CliRunner().invoke(
        app,
        ["user", "add", "ha", "--display-name", "  Nguyễn   Thị Hà ", "--password-stdin", "--json"],
        input="mot-mat-khau-dai\n",
    )
    assert first.exit_code == 0, first.output
    assert '"display_name": "Nguyễn Thị Hà"' in first.output
    # A new password without --display-name keeps the name.
    again = CliRunner().invoke(
        app, ["user", "add", "ha", "--password-stdin"], input="mat-khau-moi\n"
    )
    assert again.exit_code == 0, again.output
    with sessions() as session:
        user = session.scalar(select(User).where(User.username == "ha"))
        assert user is not None and user.display_name == "Nguyễn Thị Hà"


def test_user_add_refuses_short_passwords_and_bad_roles(settings: Settings) -> None:
    app = _cli(settings)
    short = CliRunner().invoke(app, ["user", "add", "a", "--password-stdin"], input="ngan\n")
    assert_refused(short, "mật khẩu phải có ít nhất 8 ký tự", code=2)
    role = CliRunner().invoke(
        app, ["user", "add", "a", "--role", "admin", "--password-stdin"], input="dai-du-roi\n"
    )
    assert_refused(role, "Vai trò phải là một trong: viewer, editor", code=2)


def test_exports_from_the_command_line(
    settings: Settings, seeded: Seeded, tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    units_file = Path(__file__).resolve().parents[3] / "examples" / "units.yaml"
    with sessions.begin() as session:  # the names come from the database, not a setting
        import_commune(session, load_units_file(units_file))
    app = _cli(settings)
    xlsx = tmp_path / "so.xlsx"
    result = CliRunner().invoke(app, ["export", "xlsx", "-o", str(xlsx), "--json"])
    assert result.exit_code == 0, result.output
    assert load_workbook(xlsx).sheetnames == [
        "Đăng ký",
        "Báo cáo kết quả",
        "Mô hình",
        "Đánh giá, công nhận",
    ]
    docx = tmp_path / "bc.docx"
    result = CliRunner().invoke(
        app, ["export", "report", "-o", str(docx), "--number", "45", "--campaign", "dvk-2024"]
    )
    assert result.exit_code == 0, result.output
    header = Document(str(docx)).tables[0].rows[0].cells[0].text
    assert "ĐẢNG BỘ HUYỆN NGHĨA PHONG" in header and "Số 45-BC/ĐU" in header
    missing = CliRunner().invoke(app, ["export", "xlsx", "--campaign", "khong-co"])
    assert_refused(missing, "Không có đợt thi đua 'khong-co'", code=2)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_starts_and_stops_on_the_event(
    settings: Settings, sessions: sessionmaker[Session]
) -> None:
    app = create_app(settings, sessions)
    with serving(app) as port:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as reply:
            body = reply.read()
        assert json.loads(body)["components"]["database"] == {"status": "ok"}
    # serving() set the stop event and the server thread ended without an exception.
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0  # the port is closed again
