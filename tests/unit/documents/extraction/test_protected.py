"""Password-protected Word and PDF files are told apart from damaged ones, before any reader."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from documents import sniff
from documents.contract import Kind
from documents.extraction import extract, readers, sandbox
from documents.extraction.protected import PDF_REASON, WORD_REASON, password_reason
from tests.fixtures import protected as files
from tests.hostile.make_hostile_files import encrypted_pdf

pytestmark = [pytest.mark.slow]


@pytest.fixture(scope="module")
def made() -> Iterator[dict[str, bytes]]:
    if shutil.which("soffice") is None:
        from tests.conftest import unavailable

        unavailable("LibreOffice (soffice) is needed to make the test files")
    doc = files.word97_doc()
    yield {
        "locked.docx": files.encrypted_docx(),
        "plain.doc": doc,
        "locked.doc": files.with_fib_encrypted(doc),
        "locked.pdf": files.pdf_with_open_password(),
        "restricted.pdf": files.pdf_with_permissions_password_only(),
        "handmade-locked.pdf": encrypted_pdf(),
    }
    sandbox.shutdown()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("locked.docx", WORD_REASON),
        ("locked.doc", WORD_REASON),
        ("locked.pdf", PDF_REASON),
        ("handmade-locked.pdf", PDF_REASON),
    ],
)
def test_a_password_is_named_and_the_sender_told_what_to_send(
    made: dict[str, bytes], name: str, reason: str
) -> None:
    data = made[name]
    assert password_reason(data, sniff.sniff_media_type(data)) == reason
    result = sandbox.extract_in_sandbox(data, name, timeout=60, memory_mb=1024)
    assert result.kind is Kind.UNKNOWN
    assert result.warnings == (readers.PREFIX + reason,)
    assert "không đặt mật khẩu" in result.warnings[0] and "hỏng" not in result.warnings[0]


@pytest.mark.parametrize("name", ["plain.doc", "restricted.pdf"])
def test_files_that_open_without_a_password_are_read(made: dict[str, bytes], name: str) -> None:
    data = made[name]
    assert password_reason(data, sniff.sniff_media_type(data)) is None
    result = extract(data, name)
    assert result.kind is Kind.REGISTRATION, result.warnings
    assert result.fields.get("unit_name") == "Chi bộ xóm 1"
    assert not any("mật khẩu" in w for w in result.warnings)


def test_no_reader_is_started_for_a_locked_file(
    made: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_reader(*_: object) -> object:
        raise AssertionError("a reader was started on a password-protected file")

    monkeypatch.setattr(readers, "_optional", no_reader)
    monkeypatch.setattr(readers, "read_pdf", no_reader)
    for name in ("locked.doc", "locked.docx", "locked.pdf"):
        assert extract(made[name], name).warnings[0].endswith("không đặt mật khẩu")


def test_a_broken_ole_file_is_not_called_locked() -> None:
    broken = sniff.OLE2_MAGIC + b"\x00" * 600
    assert password_reason(broken, sniff.DOC) is None
    assert "mật khẩu" not in extract(broken, "x.doc").warnings[0]
