"""Every hostile or broken file goes through the sandbox and comes back as a clean answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from documents.contract import Extraction, Kind
from documents.extraction import sandbox
from tests.hostile.make_hostile_files import hostile_files, make_all

#: For the guards this module owns, the reason the sender reads.
EXPECTED_REASON = {
    "zip-bomb.docx": "bom nén",
    "billion-laughs.docx": "DOCTYPE",
    "huge-image.png": "quá lớn",
    "empty.pdf": "rỗng",
    "encrypted.pdf": "mật khẩu",
    "circular.pdf": "PDF bị hỏng",
    "truncated.pdf": "PDF bị hỏng",
}


@pytest.fixture(scope="module")
def files() -> Iterator[dict[str, bytes]]:
    yield hostile_files()
    sandbox.shutdown()


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_every_hostile_file_gets_a_bounded_clean_answer(files: dict[str, bytes]) -> None:
    results: dict[str, Extraction] = {}
    for name, data in files.items():
        results[name] = sandbox.extract_in_sandbox(data, name, timeout=30, memory_mb=1024)
    for name, result in results.items():
        assert isinstance(result, Extraction), name
        assert result.kind is Kind.UNKNOWN or result.warnings, (name, result)
        assert result.warnings, (name, result)  # the sender is told why
        if name in EXPECTED_REASON:
            assert EXPECTED_REASON[name] in result.warnings[0], (name, result.warnings)
    assert len(results) == len(files)


def test_the_long_pdf_is_cut_or_refused_with_its_page_count(files: dict[str, bytes]) -> None:
    result = sandbox.extract_in_sandbox(
        files["thousand-pages.pdf"], "long.pdf", timeout=30, memory_mb=1024
    )
    assert any("1000" in w for w in result.warnings), result.warnings


def test_make_all_writes_every_file(tmp_path: Path) -> None:
    written = make_all(tmp_path)
    assert set(written) == set(hostile_files())
    assert all(path.is_file() for path in written.values())
    assert written["huge-image.png"].stat().st_size < 2_000_000  # 900 megapixels, tiny file
