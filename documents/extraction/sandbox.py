"""Run `extract` in a child process with a memory cap and a wall-clock limit.

Parsers are big C libraries fed with files from strangers: a zip bomb, a PDF that loops or a
decoder bug must cost one document, never the mailroom. `extract_in_sandbox` hands the file to
a warm worker process (`python -m documents.extraction.sandbox`) whose address space is capped
with RLIMIT_AS; the caller waits at most `timeout` seconds. On a timeout, a crash or a memory
error the worker and everything it started are killed, a new one is started for the next file,
and the caller gets `Extraction.unreadable(<reason in Vietnamese>)` — never a hang. The one
exception is ours, not the file's: when no worker can be started at all,
`ExtractionUnavailableError` says "try again later".

The worker answers in JSON, not pickle: it has just parsed a hostile file, so nothing it says
is trusted to be more than data. Workers stay warm between documents (imports cost ~0.5 s), so
the per-document overhead is a pipe round trip.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from documents.contract import (
    FIELD_KEYS,
    MAX_LINES,
    Extraction,
    ExtractionUnavailableError,
    Kind,
    LayoutFingerprint,
    Provenance,
    TextLine,
)
from documents.extraction.accents import bounded_words, use_campaign_words
from documents.extraction.fields.memory import MemoryHint

TIMED_OUT = (
    "Tệp xử lý quá lâu (quá {seconds:.0f} giây) nên đã bị dừng; xin gửi lại bản Word hoặc PDF."
)
OUT_OF_MEMORY = "Tệp cần quá nhiều bộ nhớ để đọc nên đã bị dừng; xin gửi bản Word hoặc PDF nhỏ hơn."
CRASHED = "Không đọc được tệp: bộ đọc gặp lỗi nghiêm trọng với tệp này; xin lưu lại rồi gửi lại."
#: A worker is replaced after this many documents, to bound slow leaks in C libraries.
MAX_JOBS_PER_WORKER = 500
_ROOT = Path(__file__).resolve().parents[2]


def _descendants(pid: int) -> list[int]:
    """Every process below `pid` (LibreOffice starts its own session, so killpg misses it)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found: list[int] = []
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


class _Worker:
    def __init__(self, memory_mb: int) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_ROOT), env.get("PYTHONPATH")]))
        env["MALLOC_ARENA_MAX"] = "2"  # each thread's malloc arena would count against RLIMIT_AS
        env["OMP_THREAD_LIMIT"] = "1"
        self.memory_mb = memory_mb
        self.jobs = 0
        self.process = subprocess.Popen(
            [sys.executable, "-m", "documents.extraction.sandbox", str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            start_new_session=True,  # one process group: the worker and its helpers
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin: IO[bytes] = self.process.stdin
        self.stdout: IO[bytes] = self.process.stdout
        self.buffer = b""

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        """Kill the worker and everything below it, without a window for escape: the tree is
        frozen (SIGSTOP) from the top down until no new process shows up, then killed."""
        pid = self.process.pid
        frozen: set[int] = set()
        if self.alive():
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGSTOP)
            for _ in range(10):
                fresh = [p for p in _descendants(pid) if p not in frozen]
                if not fresh:
                    break
                for target in fresh:
                    with contextlib.suppress(OSError):
                        os.kill(target, signal.SIGSTOP)
                frozen.update(fresh)
        for target in frozen:
            with contextlib.suppress(OSError):
                os.kill(target, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGKILL)
        self.process.wait()
        self.stdin.close()
        self.stdout.close()

    def _readline(self, deadline: float) -> bytes:
        fd = self.stdout.fileno()
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                raise TimeoutError
            chunk = os.read(fd, 65536)
            if not chunk:
                raise EOFError
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line

    def run(
        self,
        data: bytes,
        filename: str,
        timeout: float,
        hints: Sequence[MemoryHint] = (),
        words: Sequence[str] = (),
    ) -> dict[str, Any]:
        header = json.dumps({"filename": filename, "size": len(data), "timeout": timeout,
                             "hints": [h.as_json() for h in hints],
                             "words": list(bounded_words(words))}, ensure_ascii=False)  # fmt: skip
        self.stdin.write(header.encode() + b"\n" + data)
        self.stdin.flush()
        self.jobs += 1
        reply: dict[str, Any] = json.loads(self._readline(time.monotonic() + timeout))
        return reply


class _Pool:
    """Idle warm workers; a caller takes one, and gives it back only if it is healthy."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.idle: list[_Worker] = []

    def take(self, memory_mb: int) -> _Worker:
        with self.lock:
            while self.idle:
                worker = self.idle.pop()
                if worker.alive() and worker.memory_mb == memory_mb:
                    return worker
                worker.kill()
        return _Worker(memory_mb)

    def give_back(self, worker: _Worker) -> None:
        with self.lock:
            self.idle.append(worker)

    def close(self) -> None:
        with self.lock:
            workers, self.idle = self.idle, []
        for worker in workers:
            worker.kill()


_POOL = _Pool()
atexit.register(_POOL.close)


def _extraction(reply: dict[str, Any]) -> Extraction:
    """Rebuild the result from the worker's JSON, accepting only the contract's shapes."""
    fields: dict[str, str | int | None] = {}
    for key, value in dict(reply.get("fields") or {}).items():
        if key in FIELD_KEYS and (value is None or isinstance(value, str | int)):
            fields[key] = value
    confidence = {
        str(k): float(v)
        for k, v in dict(reply.get("confidence") or {}).items()
        if isinstance(v, int | float)
    }
    warnings = tuple(str(w) for w in reply.get("warnings") or [])
    provenance = {
        str(k): Provenance.from_json(v)
        for k, v in dict(reply.get("provenance") or {}).items()
        if k in FIELD_KEYS and isinstance(v, dict)
    }
    doubts = {str(k): str(v) for k, v in dict(reply.get("doubts") or {}).items() if k in FIELD_KEYS}
    lines = tuple(
        line for line in map(TextLine.from_json, list(reply.get("lines") or [])[:MAX_LINES]) if line
    )
    return Extraction(
        kind=Kind(reply.get("kind", "unknown")),
        fields=fields,
        confidence=confidence,
        warnings=warnings,
        source=str(reply.get("source", "unknown")),
        provenance=provenance,
        layout=LayoutFingerprint.from_json(reply.get("layout")),
        doubts=doubts,
        lines=lines,
    )


def extract_in_sandbox(
    data: bytes,
    filename: str,
    hints: Sequence[MemoryHint] = (),
    *,
    timeout: float,
    memory_mb: int,
    words: Sequence[str] = (),
) -> Extraction:
    """`extract(data, filename, hints)` in a memory-capped child; returns within `timeout`, or
    raises `ExtractionUnavailableError` when no child can be started. The child cannot read the
    database: the layout memories come with the request, and so do the campaign's `words`
    (`config_files.campaign_words`: the commune's units), which OCR text is mended towards
    (capped: `accents.bounded_words`)."""
    for attempt in (1, 2):
        try:
            worker = _POOL.take(memory_mb)
        except OSError as exc:  # no process could be started (fork limit, out of memory)
            raise ExtractionUnavailableError(
                f"no parsing worker could start for {filename!r}: {exc}"
            ) from exc
        try:
            reply = worker.run(data, filename, timeout, hints, words)
        except (BrokenPipeError, ConnectionResetError):
            worker.kill()  # died while idle (or at start): try once on a fresh one
            if attempt == 1:
                continue
            return Extraction.unreadable(CRASHED)
        except TimeoutError:
            worker.kill()
            return Extraction.unreadable(TIMED_OUT.format(seconds=timeout))
        except (EOFError, ValueError):  # crashed mid-way, or answered garbage
            code = worker.process.poll()
            worker.kill()
            if code is None:
                code = worker.process.returncode
            return Extraction.unreadable(OUT_OF_MEMORY if code == -signal.SIGKILL else CRASHED)
        if reply.get("error") == "memory":
            worker.kill()
            return Extraction.unreadable(OUT_OF_MEMORY)
        try:
            result = _extraction(reply)
        except (ValueError, TypeError):
            worker.kill()
            return Extraction.unreadable(CRASHED)
        if reply.get("recycle") or worker.jobs >= MAX_JOBS_PER_WORKER:
            worker.kill()
        else:
            _POOL.give_back(worker)
        return result
    return Extraction.unreadable(CRASHED)  # pragma: no cover - the loop always returns


def prestart(count: int, memory_mb: int) -> None:
    """Start `count` workers now (e.g. one per core at service start), not on the first file."""
    workers = [_Worker(memory_mb) for _ in range(count)]
    for worker in workers:
        _POOL.give_back(worker)


def shutdown() -> None:
    """Stop the idle workers (tests, and a graceful worker shutdown)."""
    _POOL.close()


# --- the worker side ------------------------------------------------------------------------


def _limit_memory(memory_mb: int) -> None:
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _read_exact(stream: IO[bytes], size: int) -> bytes:
    chunks: list[bytes] = []
    while size > 0:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _resident_bytes() -> int:
    """The worker's resident memory now. Not `ru_maxrss`: Linux carries the peak across
    fork and exec, so a child of a large parent (a long-lived worker, a test session) would look
    bloated from its first job and be recycled after every document."""
    with open("/proc/self/statm", "rb") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def handle_request(header: dict[str, Any], data: bytes) -> dict[str, Any]:
    """The worker's answer to one request: `extract` with the request's layout memories, and
    OCR text mended towards its campaign words too (a lexicon built once per list of words)."""
    from documents.extraction import extract

    hints = [h for h in map(MemoryHint.from_json, header.get("hints") or []) if h]
    raw_words = header.get("words")
    words = bounded_words(raw_words if isinstance(raw_words, list) else [])
    with use_campaign_words(words):
        return extract(data, str(header["filename"]), hints).as_json(lines=True)


def _serve(memory_mb: int) -> None:
    # The protocol owns the original stdin/stdout; anything a library prints goes to stderr,
    # and helper processes (tesseract, soffice) get /dev/null for input.
    requests = os.fdopen(os.dup(0), "rb")
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(2, 1)

    import documents.extraction  # noqa: F401 - warm: imported before the first file

    _limit_memory(memory_mb)
    high_water = memory_mb * 1024 * 1024 * 0.6
    while True:
        line = requests.readline()
        if not line:
            return
        header = json.loads(line)
        data = _read_exact(requests, int(header["size"]))
        try:
            reply = handle_request(header, data)
        except MemoryError:
            reply = {"error": "memory"}
        del data
        if _resident_bytes() > high_water:
            reply["recycle"] = True
        replies.write(json.dumps(reply, ensure_ascii=False).encode() + b"\n")
        replies.flush()


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
