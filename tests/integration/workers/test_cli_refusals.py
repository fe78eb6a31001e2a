"""Hostile config files and user mistakes at the `dvk` command: each is refused with one line that
says what to do, a consistent exit code (2: what was given is wrong, 1: dvk cannot do it here),
no traceback, and nothing changed."""

from __future__ import annotations

import socket
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from documents.config_files import load_units_file
from tests.integration.workers.cli_harness import (
    LINE,
    assert_refused,
    dvk,
    dvk_process,
    fingerprint,
)
from workers.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
units: *i
"""


@pytest.fixture
def env(settings: Settings) -> dict[str, str]:
    """The DVK_ settings of a loaded example commune on the test database."""
    values = {
        "DVK_DATABASE_URL": settings.effective_database_url,
        "DVK_DATA_DIR": str(settings.data_dir),
        "DVK_OFFICE_EMAIL": "danvan@nghiathai.test",
    }
    assert dvk(["units", "import", str(EXAMPLES / "units.yaml")], values).exit_code == 0
    assert dvk(["campaign", "load", str(EXAMPLES / "campaign.yaml")], values).exit_code == 0
    return values


def written(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.timeout(60)
def test_an_alias_bomb_is_refused_at_once_in_little_memory(
    env: dict[str, str], tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    bomb = written(tmp_path, "units.yaml", BILLION_LAUGHS)
    with sessions() as session:
        before = fingerprint(session)
    out = assert_refused(dvk(["units", "import", str(bomb)], env), 2, str(bomb), "line 1")
    assert "anchors (&a) are not allowed" in out
    with sessions() as session:
        assert fingerprint(session) == before
    tracemalloc.start()
    with pytest.raises(ValueError, match="not allowed"):
        load_units_file(bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 2_000_000, peak  # 9 levels of 9 would be 387 million strings if expanded


@pytest.mark.parametrize(
    ("old", "new", "line", "field", "why"),
    [
        ("registration: 2024-04-07", "registration: 2024-02-30", 9, "deadlines.registration", "day value"),
        ("registration: 2024-04-07", "registration: 20240407", 9, "deadlines.registration", "2024-04-07"),
        ('send_at: "08:00"', "send_at: 8", 13, "reminders.send_at", '"08:00"'),
        ("overdue_max: 3", "overdue_max: 99999999999999999999999", 15, "", "too large"),
        ("before_working_days: [7, 3, 1]", "before_working_days: [7, 3, 100000]", 12, "reminders.before_working_days.2", "less than or equal to 60"),
        ("year: 2024", "year: 2024\nyear: 2025", 6, "", "the key 'year' appears twice"),
        ("    - 2024-01-01", "    - 2024-01-01\n    - 2024-13-01", 22, "calendar.days_off.1", "month value"),
        ("timezone: Asia/Ho_Chi_Minh", "timezone: ../../../etc/passwd", 6, "timezone", "unknown time zone"),
        ("report: 2024-09-05", "report: 3024-09-05", 10, "deadlines.report", "not near the year 2024"),
        ("closes_on: 2024-12-15", "closes_on: 2024-12-32", 36, "closes_on", "day value"),
        ("closes_on: 2024-12-15", "closes_on: 15/12/2024", 36, "closes_on", "2024-04-07"),
        ("closes_on: 2024-12-15", "closes_on: 2024-08-30", 36, "closes_on", "before the last deadline 2024-09-05"),
        ("closes_on: 2024-12-15", "closes_on: 2026-12-15", 36, "closes_on", "not near the year 2024"),
        ("  - key: participation", "  - key: political_task", 41, "criteria.1.key", "'political_task' appears twice"),
        ("  - key: effect", "  - key: Hiệu quả", 43, "criteria.2.key", "should match pattern"),
        ("    text: Được Nhân dân đồng tình hưởng ứng, có tính bền vững và khả năng nhân rộng", '    text: ""', 48, "criteria.4.text", "must not be empty"),
        ("  - key: lasting", "  - key: lasting\n    weight: 2", 48, "criteria.4.weight", "Extra inputs are not permitted"),
    ],
)  # fmt: skip
def test_a_bad_campaign_value_names_file_line_and_field_and_changes_nothing(
    env: dict[str, str],
    tmp_path: Path,
    sessions: sessionmaker[Session],
    old: str,
    new: str,
    line: int,
    field: str,
    why: str,
) -> None:
    text = (EXAMPLES / "campaign.yaml").read_text(encoding="utf-8")
    assert old in text
    path = written(tmp_path, "campaign.yaml", text.replace(old, new, 1))
    with sessions() as session:
        before = fingerprint(session)
    words = [str(path), f"line {line}", why] + ([f"field '{field}'"] if field else [])
    out = assert_refused(dvk(["campaign", "load", str(path)], env), 2, *words)
    assert len(out.strip().splitlines()) == 1, out  # one line for one problem
    with sessions() as session:
        assert fingerprint(session) == before


def test_a_duplicate_key_inside_a_unit_is_refused(
    env: dict[str, str], tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    text = (EXAMPLES / "units.yaml").read_text(encoding="utf-8")
    old = "    kind: mttq\n"
    assert old in text
    path = written(tmp_path, "units.yaml", text.replace(old, old + "    name: Mặt trận\n", 1))
    line = text[: text.index(old) + len(old)].count("\n") + 1
    with sessions() as session:
        before = fingerprint(session)
    assert_refused(
        dvk(["units", "import", str(path)], env),
        2,
        str(path),
        f"line {line}",
        "the key 'name' appears twice",
    )
    with sessions() as session:
        assert fingerprint(session) == before


def test_a_units_file_for_another_commune_is_refused(
    env: dict[str, str], sessions: sessionmaker[Session]
) -> None:
    with sessions() as session:
        before = fingerprint(session)
    other = EXAMPLES / "2026" / "units.yaml"
    assert_refused(
        dvk(["units", "import", str(other)], env),
        2,
        str(other),
        "line 10, field 'commune.id'",
        "holds the commune 'nghia-thai'",
    )
    with sessions() as session:
        assert fingerprint(session) == before


def test_dvk_run_with_a_bad_campaign_file_imports_no_units_either(
    env: dict[str, str], tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    units = (
        (EXAMPLES / "units.yaml")
        .read_text(encoding="utf-8")
        .replace("name: Chi bộ xóm 1\n", "name: Chi bộ Xóm Một\n", 1)
    )
    bad = (
        (EXAMPLES / "campaign.yaml").read_text(encoding="utf-8").replace("2024-04-07", "2024-04-31")
    )
    settings = {
        **env,
        "DVK_UNITS_FILE": str(written(tmp_path, "units.yaml", units)),
        "DVK_CAMPAIGN_FILE": str(written(tmp_path, "campaign.yaml", bad)),
    }
    with sessions() as session:
        before = fingerprint(session)
    assert_refused(dvk(["run", "--once"], settings), 2, "campaign.yaml, line 9", "day value")
    with sessions() as session:
        assert fingerprint(session) == before  # the good units file was not applied alone


@pytest.mark.parametrize(
    "args",
    [
        ["register"],
        ["run", "--once"],
        ["remind", "--dry-run"],
        ["remind", "--calendar"],
        ["export", "report"],
        ["messages"],
        ["web"],
        ["db", "check"],
        ["units", "import", str(EXAMPLES / "units.yaml")],
    ],
)
def test_without_a_database_dvk_says_how_to_make_one_and_creates_nothing(
    tmp_path: Path, args: list[str]
) -> None:
    out = assert_refused(dvk_process(args, {}, cwd=tmp_path), 1, "dvk db upgrade")
    assert str(tmp_path / "var" / "dvk.sqlite3") in out
    assert len(out.strip().splitlines()) == 1, out
    assert list(tmp_path.iterdir()) == []  # no var/, no empty database, no secret key


def test_db_upgrade_is_the_one_command_that_creates_the_database(tmp_path: Path) -> None:
    done = dvk_process(["db", "upgrade"], {}, cwd=tmp_path)
    assert done.exit_code == 0, done.stderr
    assert (tmp_path / "var" / "dvk.sqlite3").is_file()
    assert dvk_process(["register", "--json"], {}, cwd=tmp_path).stdout.strip() == "[]"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_database_server_is_one_line(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://dvk:secret-pw@127.0.0.1:{_closed_port()}/dvk"
    out = assert_refused(
        dvk_process(["register"], {"DVK_DATABASE_URL": url}, cwd=tmp_path),
        1,
        "cannot use the database",
        "Check DVK_DATABASE_URL",
    )
    assert "secret-pw" not in out and "***" in out
    assert list(tmp_path.iterdir()) == []


def test_a_database_without_tables_says_to_upgrade(tmp_path: Path, postgres_url: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(
        postgres_url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT"
    )
    name = "dvk_empty_" + tmp_path.name[-8:].replace("-", "_").lower()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = postgres_url.rsplit("/", 1)[0] + f"/{name}"
        assert_refused(
            dvk_process(["register"], {"DVK_DATABASE_URL": url}, cwd=tmp_path),
            1,
            "has no dvk tables",
            "dvk db upgrade",
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def test_bad_arguments_settings_and_paths_are_refused_cleanly(
    env: dict[str, str], tmp_path: Path
) -> None:
    assert_refused(dvk(["remind", "--at", "năm sau", "--dry-run"], env), 2, "is not a time like")
    assert_refused(dvk(["units", "import", str(tmp_path / "none.yaml")], env), 2, "cannot read")
    assert_refused(dvk(["units", "import", str(tmp_path)], env), 2, str(tmp_path), "cannot read")
    assert_refused(dvk(["register"], {**env, "DVK_WEB_PORT": "tám nghìn"}), 2, "DVK_WEB_PORT")
    assert_refused(
        dvk(["export", "xlsx", "-o", str(tmp_path / "no" / "such" / "x.xlsx")], env),
        1,
        str(tmp_path / "no" / "such" / "x.xlsx"),
        "No such file or directory",
    )
    assert_refused(dvk(["export", "xlsx", "--campaign", "khong-co"], env), 2, "khong-co")
    assert_refused(dvk(["nonsense"], env), 2, "No such command")


def test_the_report_without_the_commune_block_asks_for_it(
    settings: Settings, tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    values = {"DVK_DATABASE_URL": settings.effective_database_url}
    legacy = written(  # the flat layout of older units files (and of the shared samples)
        tmp_path,
        "old.yaml",
        "office_name: Khối Dân vận xã Nghĩa Thái\ncommune: xã Nghĩa Thái\n"
        "district: huyện Nghĩa Phong\nunits:\n  - {id: a, name: Chi bộ A, kind: chi_bo}\n",
    )
    assert dvk(["units", "import", str(legacy)], values).exit_code == 0
    assert dvk(["campaign", "load", str(EXAMPLES / "campaign.yaml")], values).exit_code == 0
    target = tmp_path / "bao-cao.docx"
    assert_refused(
        dvk(["export", "report", "-o", str(target)], values),
        1,
        "party committee",
        "superior body",
        "`commune:` block",
    )
    assert not target.exists()


def test_refusals_never_read_a_file_s_text_as_markup(env: dict[str, str], tmp_path: Path) -> None:
    path = written(tmp_path, "units.yaml", "units: [unclosed [bold]x[/bold]\n")
    out = assert_refused(dvk(["units", "import", str(path)], env), 2, str(path))
    assert LINE.search(out)
