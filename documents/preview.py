"""Page N of a stored attachment as a PNG image, for the office's views of a form.

One module for every page picture dvk shows (the review page's highlighted regions, a mail
room's preview): `render_page(data, sha256, page, cache_dir=…)` → `PageImage`. PDFs are drawn
by pdfium; scans and photos are the image itself (EXIF-upright, each TIFF frame a page, as the
OCR reads them, so the provenance boxes fall on the same places); Word, .doc and .odt files are
converted to PDF by LibreOffice first. Files come from strangers, so the work happens in a child
process (`python -m documents.preview`) with an address-space cap and a wall-clock limit, and
the child's answer is taken as data only. Pictures are cached on disk by the file's SHA-256, the
page and the width (a converted PDF too), so each page is drawn once.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from documents import sniff

WIDTH = 1000  # pixels: sharp enough to read a form, small enough for a page (~150 KB)
MAX_WIDTH = 2000
_ROOT = Path(__file__).resolve().parents[1]
_OFFICE = frozenset({sniff.DOCX, sniff.DOCM, sniff.DOC, sniff.ODT})
_SUFFIX = {sniff.DOCX: ".docx", sniff.DOCM: ".docm", sniff.DOC: ".doc", sniff.ODT: ".odt"}


class PreviewError(Exception):
    """The page cannot be drawn; the message is for the office (Vietnamese)."""


@dataclass(frozen=True)
class PageImage:
    png: bytes
    page: int  # 1-based
    pages: int  # how many the file has
    width: int  # pixels
    height: int


def can_render(media_type: str) -> bool:
    return media_type == sniff.PDF or media_type.startswith("image/") or media_type in _OFFICE


def render_page(
    data: bytes,
    sha256: str,
    page: int,
    *,
    cache_dir: Path,
    width: int = WIDTH,
    timeout: float = 60.0,
    memory_mb: int = 1024,
) -> PageImage:
    """Page `page` (from 1) of the file `data` (whose SHA-256 is `sha256`) as a PNG."""
    if not 1 <= width <= MAX_WIDTH or page < 1:
        raise PreviewError("Trang hoặc cỡ ảnh không hợp lệ")
    folder = cache_dir / sha256[:2]
    png_path = folder / f"{sha256}-p{page}-w{width}.png"
    meta_path = folder / f"{sha256}-p{page}-w{width}.json"
    with contextlib.suppress(OSError, ValueError, KeyError):
        meta = json.loads(meta_path.read_text())
        return PageImage(png_path.read_bytes(), page, int(meta["pages"]), int(meta["width"]),
                         int(meta["height"]))  # fmt: skip
    media_type = sniff.sniff_media_type(data)
    if not can_render(media_type):
        raise PreviewError("Không xem trước được loại tệp này")
    if media_type in _OFFICE:
        data, media_type = _as_pdf(data, media_type, folder / f"{sha256}.pdf", timeout, memory_mb)
    kind = "pdf" if media_type == sniff.PDF else "image"
    reply, png = _child({"op": "render", "kind": kind, "page": page, "width": width}, data,
                        timeout, memory_mb)  # fmt: skip
    image = PageImage(png, page, int(reply["pages"]), int(reply["width"]), int(reply["height"]))
    _store(png_path, png)
    _store(meta_path, json.dumps({"pages": image.pages, "width": image.width,
                                  "height": image.height}).encode())  # fmt: skip
    return image


def _as_pdf(
    data: bytes, media_type: str, cached: Path, timeout: float, memory_mb: int
) -> tuple[bytes, str]:
    with contextlib.suppress(OSError):
        return cached.read_bytes(), sniff.PDF
    _, pdf = _child({"op": "pdf", "suffix": _SUFFIX[media_type]}, data, timeout, memory_mb)
    if sniff.sniff_media_type(pdf) != sniff.PDF:
        raise PreviewError("Không chuyển được tệp Word sang PDF để xem trước")
    _store(cached, pdf)
    return pdf, sniff.PDF


def _store(path: Path, data: bytes) -> None:
    """Atomically: a reader never sees half a file, two writers never mix theirs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _child(
    request: dict[str, Any], data: bytes, timeout: float, memory_mb: int
) -> tuple[dict[str, Any], bytes]:
    """Run one request in a fresh capped child; its own process group dies on a timeout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_ROOT), env.get("PYTHONPATH")]))
    env["MALLOC_ARENA_MAX"] = "2"
    process = subprocess.Popen(
        [sys.executable, "-m", "documents.preview", str(memory_mb)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        env=env, start_new_session=True,
    )  # fmt: skip
    header = json.dumps({**request, "size": len(data)}).encode() + b"\n"
    try:
        out, _ = process.communicate(header + data, timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise PreviewError(f"Vẽ trang quá lâu (quá {timeout:.0f} giây)") from None
    line, _, body = out.partition(b"\n")
    try:
        reply = json.loads(line)
    except ValueError:
        raise PreviewError("Không vẽ được trang của tệp này") from None
    if not isinstance(reply, dict) or "error" in reply or reply.get("size") != len(body):
        message = reply.get("error") if isinstance(reply, dict) else None
        raise PreviewError(str(message or "Không vẽ được trang của tệp này"))
    return reply, body


# --- the child side -------------------------------------------------------------------------


def _render_pdf(data: bytes, page: int, width: int) -> tuple[Any, int]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    count = len(pdf)
    if page > count:
        raise PreviewError(f"Tệp chỉ có {count} trang")
    sheet = pdf[page - 1]
    scale = width / float(sheet.get_width())
    return sheet.render(scale=scale).to_pil(), count


def _render_image(data: bytes, page: int, width: int) -> tuple[Any, int]:
    from PIL import Image, ImageOps

    image = Image.open(io.BytesIO(data))
    count = int(getattr(image, "n_frames", 1))
    if page > count:
        raise PreviewError(f"Tệp chỉ có {count} trang")
    image.seek(page - 1)
    frame = ImageOps.exif_transpose(image.copy()) if page == 1 else image.copy()
    frame = frame.convert("RGB")
    height = max(1, round(frame.height * width / frame.width))
    return frame.resize((width, height)), count


def _answer(request: dict[str, Any], data: bytes) -> tuple[dict[str, Any], bytes]:
    if request.get("op") == "pdf":
        from documents.extraction.legacy_doc import LegacyDocError, convert

        try:
            pdf = convert(data, str(request["suffix"]), "pdf")
        except LegacyDocError as exc:
            raise PreviewError(str(exc)) from exc
        return {"size": len(pdf)}, pdf
    page, width = int(request["page"]), int(request["width"])
    render = _render_pdf if request.get("kind") == "pdf" else _render_image
    picture, count = render(data, page, width)
    out = io.BytesIO()
    picture.save(out, "PNG")
    png = out.getvalue()
    return {"pages": count, "width": picture.width, "height": picture.height,
            "size": len(png)}, png  # fmt: skip


def _serve(memory_mb: int, stdin: IO[bytes], stdout: IO[bytes]) -> None:
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    request = json.loads(stdin.readline())
    data = stdin.read(int(request["size"]))
    try:
        reply, body = _answer(request, data)
    except PreviewError as exc:
        reply, body = {"error": str(exc)}, b""
    except MemoryError:
        reply, body = {"error": "Tệp cần quá nhiều bộ nhớ để vẽ trang"}, b""
    except Exception:  # a broken file: one sentence for the office, never a traceback
        reply, body = {"error": "Không vẽ được trang của tệp này (tệp hỏng?)"}, b""
    stdout.write(json.dumps(reply, ensure_ascii=False).encode() + b"\n" + body)
    stdout.flush()


if __name__ == "__main__":
    _serve(int(sys.argv[1]), sys.stdin.buffer, sys.stdout.buffer)
