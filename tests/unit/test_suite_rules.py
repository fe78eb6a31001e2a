"""The suite's own rules (tests/conftest.py), checked by running pytest on small test files: a
skip for a missing dependency fails the run unless skips are explicitly allowed, a declared
not-applicable skip does not, and every run ends with a skip summary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

CONFTEST = """
from tests.conftest import pytest_configure, pytest_runtest_makereport, pytest_terminal_summary
"""
TESTS = """
import pytest
from tests.conftest import not_applicable, unavailable

def test_passes():
    assert True

def test_{name}():
    {body}
"""


def run(tmp_path: Path, name: str, body: str, *, allow: bool = False) -> tuple[int, str]:
    (tmp_path / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (tmp_path / "test_case.py").write_text(TESTS.format(name=name, body=body), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "DVK_TEST_ALLOW_SKIPS"}
    env["PYTHONPATH"] = str(ROOT)
    if allow:
        env["DVK_TEST_ALLOW_SKIPS"] = "1"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path),
         "-c", os.devnull, str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    return done.returncode, done.stdout + done.stderr


def test_a_bare_skip_for_a_missing_tool_fails_the_run(tmp_path: Path) -> None:
    code, output = run(tmp_path, "tool", 'pytest.skip("frobnicate is not installed")')
    assert code == 1, output
    assert "1 failed, 1 passed" in output
    assert "skip summary" in output and "FAILED (missing dependency): frobnicate" in output


def test_skipif_and_importorskip_fail_too(tmp_path: Path) -> None:
    code, output = run(tmp_path, "imports", 'pytest.importorskip("no_such_module_here")')
    assert code == 1 and "no_such_module_here" in output, output


def test_unavailable_fails_with_what_to_do(tmp_path: Path) -> None:
    code, output = run(tmp_path, "service", 'unavailable("Dovecot is not installed")')
    assert code == 1, output
    assert "Dovecot is not installed" in output and "scripts/test.sh" in output


def test_an_explicit_opt_in_allows_skips_and_still_lists_them(tmp_path: Path) -> None:
    code, output = run(tmp_path, "service", 'unavailable("Dovecot is not installed")', allow=True)
    assert code == 0, output
    assert "1 skipped" in output and "skipped: missing: Dovecot is not installed" in output
    assert "DVK_TEST_ALLOW_SKIPS=1" in output


def test_not_applicable_is_a_plain_skip(tmp_path: Path) -> None:
    code, output = run(tmp_path, "sqlite", 'not_applicable("row locks are PostgreSQL\'s")')
    assert code == 0, output
    assert "skipped: not applicable: row locks are PostgreSQL's" in output


def test_a_clean_run_says_nothing_was_skipped(tmp_path: Path) -> None:
    code, output = run(tmp_path, "fine", "assert 1 + 1 == 2")
    assert code == 0 and "no test was skipped" in output, output
