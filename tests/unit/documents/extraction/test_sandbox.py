"""The sandbox: same answers as `extract`, and a bounded, clean failure for every bad case."""

from __future__ import annotations

import io
import mmap
import os
import shutil
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from documents.contract import ExtractionUnavailableError, Kind
from documents.extraction import extract, sandbox
from tests.conftest import unavailable
from tests.hostile.make_hostile_files import huge_text_docx, simple_docx
from tests.threads import Worker


@pytest.fixture(autouse=True)
def fresh_pool() -> Iterator[None]:
    sandbox.shutdown()
    yield
    sandbox.shutdown()


def scanned_pdf(pages: int = 4) -> bytes:
    """Image-only pages: OCR takes about a second each, long enough to time out."""
    images = []
    for number in range(pages):
        page = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(page)
        for line in range(30):
            draw.text(
                (200, 200 + line * 100),
                f"Dòng {number}-{line} báo cáo kết quả mô hình",
                fill=0,
                font_size=48,
            )
        images.append(page)
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", resolution=300, save_all=True, append_images=images[1:])
    return buffer.getvalue()


def group_members(pgid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid:
                members.append(int(entry.name))
    return members


def warm_worker_pid() -> int:
    sandbox.extract_in_sandbox(simple_docx(), "a.docx", timeout=30, memory_mb=1024)
    return sandbox._POOL.idle[-1].process.pid


def test_same_result_as_extract_in_process(samples_dir: Path) -> None:
    for name in ("s01-dk-cb-xom-3.docx", "s16-bc-cb-xom-3.pdf"):
        data = (samples_dir / "documents" / name).read_bytes()
        assert sandbox.extract_in_sandbox(data, name, timeout=30, memory_mb=1024) == extract(
            data, name
        )


def test_generated_docx_matches_in_process_result() -> None:
    data = simple_docx()
    assert sandbox.extract_in_sandbox(data, "x.docx", timeout=30, memory_mb=1024) == extract(
        data, "x.docx"
    )


def test_worker_is_reused_between_documents() -> None:
    pid = warm_worker_pid()
    sandbox.extract_in_sandbox(simple_docx(), "b.docx", timeout=30, memory_mb=1024)
    assert sandbox._POOL.idle[-1].process.pid == pid


def test_prestarted_worker_takes_the_first_document() -> None:
    sandbox.prestart(1, 1024)
    pid = sandbox._POOL.idle[-1].process.pid
    sandbox.extract_in_sandbox(simple_docx(), "a.docx", timeout=30, memory_mb=1024)
    assert [w.process.pid for w in sandbox._POOL.idle] == [pid]


def test_a_worker_started_by_a_large_parent_is_still_reused() -> None:
    """Linux carries a process's peak memory across fork and exec: a worker started by a parent
    holding more than its recycling threshold (a long-lived Celery worker, a long test session)
    must not count that peak as its own and be recycled after every document."""
    sandbox.shutdown()
    ballast = bytearray(700 * 1024 * 1024)  # above 60 % of the workers' 1024 MB
    ballast[:: mmap.PAGESIZE] = b"\1" * len(range(0, len(ballast), mmap.PAGESIZE))
    try:
        pid = warm_worker_pid()
    finally:
        del ballast
    sandbox.extract_in_sandbox(simple_docx(), "b.docx", timeout=30, memory_mb=1024)
    assert [w.process.pid for w in sandbox._POOL.idle] == [pid]


@pytest.mark.slow
@pytest.mark.timeout(60)
def test_timeout_kills_the_worker_and_its_tesseract() -> None:
    pid = warm_worker_pid()
    result = sandbox.extract_in_sandbox(scanned_pdf(), "scan.pdf", timeout=1.0, memory_mb=1024)
    assert result.kind is Kind.UNKNOWN
    assert result.warnings == (sandbox.TIMED_OUT.format(seconds=1.0),)
    assert wait_gone(group_members(pid)) == []  # the worker and its tesseract are gone
    again = sandbox.extract_in_sandbox(simple_docx(), "a.docx", timeout=30, memory_mb=1024)
    assert again == extract(simple_docx(), "a.docx")


@pytest.mark.slow
@pytest.mark.timeout(60)
def test_memory_cap_turns_a_huge_document_into_unreadable() -> None:
    result = sandbox.extract_in_sandbox(huge_text_docx(), "big.docx", timeout=30, memory_mb=90)
    assert result.kind is Kind.UNKNOWN
    assert result.warnings and result.warnings[0].startswith(
        ("Không đọc được", "Tệp cần quá nhiều")
    )
    ok = sandbox.extract_in_sandbox(simple_docx(), "a.docx", timeout=30, memory_mb=1024)
    assert ok == extract(simple_docx(), "a.docx")


@pytest.mark.slow
@pytest.mark.timeout(60)
def test_crash_mid_document_is_reported_not_raised() -> None:
    pid = warm_worker_pid()

    def crash_when_busy() -> None:
        while not sandbox._descendants(pid):  # tesseract has started: the worker is busy
            threading.Event().wait(0.02)
        os.kill(pid, signal.SIGSEGV)

    killer = Worker(crash_when_busy)
    killer.start()
    result = sandbox.extract_in_sandbox(scanned_pdf(2), "scan.pdf", timeout=50, memory_mb=1024)
    killer.result(10)
    assert result.kind is Kind.UNKNOWN
    assert result.warnings == (sandbox.CRASHED,)


def test_worker_replies_are_only_data() -> None:
    rebuilt = sandbox._extraction(
        {
            "kind": "report",
            "fields": {"unit_name": "Chi bộ", "participants": 120, "evil": "x", "phone": ["0912"]},
            "confidence": {"unit_name": 0.9, "phone": "high"},
            "warnings": ["a"],
            "source": "docx",
        }
    )
    assert rebuilt.kind is Kind.REPORT
    assert rebuilt.fields == {"unit_name": "Chi bộ", "participants": 120}
    assert rebuilt.confidence == {"unit_name": 0.9}
    with pytest.raises(ValueError):
        sandbox._extraction({"kind": "pwned"})


def test_no_worker_can_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "/nonexistent/python3")
    with pytest.raises(ExtractionUnavailableError, match="no parsing worker could start"):
        sandbox.extract_in_sandbox(simple_docx(), "a.docx", timeout=5, memory_mb=1024)


@pytest.mark.slow
@pytest.mark.timeout(90)
def test_timeout_during_a_libreoffice_conversion_kills_libreoffice_too() -> None:
    if shutil.which("soffice") is None:
        unavailable("LibreOffice is not installed")
    from documents.extraction.legacy_doc import convert
    from tests.unit.documents.extraction.test_legacy_doc import legacy_docx

    word97 = convert(legacy_docx(), ".docx", "doc")
    pid = warm_worker_pid()
    helpers: set[int] = set()
    done = threading.Event()

    def watch() -> None:  # LibreOffice runs in a session of its own, below the worker
        while not done.is_set():
            helpers.update(sandbox._descendants(pid))
            done.wait(0.02)

    watcher = threading.Thread(target=watch)
    watcher.start()
    result = sandbox.extract_in_sandbox(word97, "old.doc", timeout=0.4, memory_mb=1024)
    done.set()
    watcher.join()
    assert result.warnings == (sandbox.TIMED_OUT.format(seconds=0.4),)
    assert helpers, "the conversion had started"
    assert wait_gone(list(helpers)) == []


def wait_gone(pids: list[int]) -> list[int]:
    """The pids still running after SIGKILL has had a moment to land (it is asynchronous)."""
    survivors = [p for p in pids if running(p)]
    for _ in range(100):
        if not survivors:
            break
        threading.Event().wait(0.02)
        survivors = [p for p in survivors if running(p)]
    return survivors


def running(pid: int) -> bool:
    """Alive and not a zombie (a killed orphan waits for init to reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")
