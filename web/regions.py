"""Where each value came from, as the office sees it: the form's page with the region of each
field drawn over it (PDF, scans, photos), or the text around the value with the value marked
(Word, where the reader knows the paragraph or cell but not the page). Built from the stored
provenance (`extractions.provenance`); the pictures come from `documents.preview`."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, abort, current_app, send_file
from werkzeug.wrappers import Response

from documents import preview
from documents.models import Attachment, Blob, ExtractionRecord
from documents.sniff import sniff_media_type
from web.labels import DOMAIN, FIELD, MODEL_TYPE, label
from web.state import db

bp = Blueprint("regions", __name__)

PAD = 2.0  # points around a region, so the box does not touch the letters
#: How the value was tied to its field, in the office's words.
METHODS = {
    "inline": "sau nhãn, cùng dòng",
    "next_lines": "dưới nhãn",
    "cell": "ô bên phải nhãn",
    "cell_below": "ô dưới nhãn",
    "column": "cột của bảng",
    "section": "mục của văn bản",
    "header": "tiêu đề góc trái",
    "signature": "phần chữ ký",
    "prose": "câu văn",
    "title": "tên văn bản",
    "date_line": "dòng ngày tháng",
    "figures": "số liệu trong phần kết quả",
    "memory": "vị trí văn phòng đã chỉ trên mẫu này",
}


@dataclass(frozen=True)
class Region:
    """One field's value and where it sits: a box on a page, or a marked snippet."""

    key: str
    name: str
    value: str
    how: str
    page: int | None = None
    box: tuple[float, float, float, float] | None = None  # x, y, width, height in page units
    before: str = ""
    marked: str = ""
    after: str = ""


@dataclass
class Page:
    number: int
    width: float
    height: float
    regions: list[Region] = field(default_factory=list)


@dataclass
class Regions:
    pages: list[Page] = field(default_factory=list)
    snippets: list[Region] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.pages and not self.snippets


def _shown(key: str, value: Any) -> str:
    if key == "domain":
        return label(DOMAIN, value)
    if key == "model_type":
        return label(MODEL_TYPE, value)
    return "" if value is None else str(value)


def _box(
    where: dict[str, Any],
) -> tuple[tuple[float, float, float, float], tuple[float, float]] | None:
    bbox, size = where.get("bbox"), where.get("page_size")
    if not (
        isinstance(bbox, list) and len(bbox) == 4 and isinstance(size, list) and len(size) == 2
    ):
        return None
    try:
        x0, top, x1, bottom = (float(v) for v in bbox)
        width, height = float(size[0]), float(size[1])
    except (TypeError, ValueError):
        return None
    if width <= 0 or height <= 0 or x1 <= x0 or bottom <= top:
        return None
    x, y = max(0.0, x0 - PAD), max(0.0, top - PAD)
    box = (round(x, 1), round(y, 1), round(min(width, x1 + PAD) - x, 1),
           round(min(height, bottom + PAD) - y, 1))  # fmt: skip
    return box, (width, height)


def _marked(snippet: str, value: str) -> tuple[str, str, str]:
    """The snippet cut around the value (case-insensitive), or the whole snippet unmarked."""
    at = snippet.casefold().find(value.casefold()) if value else -1
    if at < 0:
        return snippet, "", ""
    return snippet[:at], snippet[at : at + len(value)], snippet[at + len(value) :]


def regions(extraction: ExtractionRecord | None, keys: list[str]) -> Regions:
    """The regions of the fields `keys` that have a value and a provenance."""
    out = Regions()
    if extraction is None:
        return out
    pages: dict[int, Page] = {}
    for key in keys:
        where = (extraction.provenance or {}).get(key)
        value = (extraction.fields or {}).get(key)
        if not isinstance(where, dict) or value in (None, ""):
            continue
        shown = _shown(key, value)
        how = METHODS.get(str(where.get("method")), str(where.get("method") or ""))
        found = _box(where)
        page = where.get("page")
        if found is not None and isinstance(page, int) and page >= 1:
            box, (width, height) = found
            sheet = pages.setdefault(page, Page(page, width, height))
            sheet.regions.append(Region(key, label(FIELD, key), shown, how, page, box))
            continue
        before, marked, after = _marked(str(where.get("snippet") or ""), str(value))
        out.snippets.append(Region(key, label(FIELD, key), shown, how, None, None, before,
                                   marked, after))  # fmt: skip
    out.pages = [pages[n] for n in sorted(pages)]
    return out


@bp.get("/documents/<int:attachment_id>/trang/<int:page>.png")
def page_image(attachment_id: int, page: int) -> Response:
    """Page `page` of the attachment as a picture (cached by the file's SHA-256)."""
    session = db()
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        abort(404)
    blob = session.get(Blob, attachment.sha256)
    if blob is None or not preview.can_render(sniff_media_type(blob.data)):
        abort(404)
    settings = current_app.extensions["dvk"].settings
    try:
        image = preview.render_page(
            blob.data, attachment.sha256, page, cache_dir=settings.data_dir / "previews",
            timeout=settings.extract_timeout, memory_mb=settings.extract_memory_mb,
        )  # fmt: skip
    except preview.PreviewError:
        abort(404)
    response = send_file(io.BytesIO(image.png), mimetype="image/png", max_age=3600)
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response
