"""Page pictures for the office (`documents.preview`): PDF pages, photos upright, Word through
LibreOffice, broken files refused with a sentence, and each page drawn once (cached by SHA-256)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from documents.preview import PreviewError, render_page
from tests.fixtures.memory_forms import FILLINGS, as_pdf, unusual_form


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _size(png: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(png)) as image:
        return image.size


def test_a_pdf_page_is_drawn_once_and_then_read_from_the_cache(tmp_path: Path) -> None:
    pdf = as_pdf(unusual_form(FILLINGS[0]))
    first = render_page(pdf, _sha(pdf), 1, cache_dir=tmp_path, width=600)
    assert first.pages == 1 and first.png.startswith(b"\x89PNG")
    assert _size(first.png) == (600, first.height) and first.height > 600  # a portrait page
    # the second time nothing is read from the file: the cached picture comes back
    again = render_page(b"", _sha(pdf), 1, cache_dir=tmp_path, width=600)
    assert again == first
    with pytest.raises(PreviewError, match="chỉ có 1 trang"):
        render_page(pdf, _sha(pdf), 2, cache_dir=tmp_path)


def test_a_photo_is_shown_upright_as_the_ocr_reads_it(tmp_path: Path) -> None:
    picture = Image.new("RGB", (300, 200), "white")
    exif = Image.Exif()
    exif[0x0112] = 6  # taken sideways: turn 90° to stand up
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=exif)
    data = out.getvalue()
    page = render_page(data, _sha(data), 1, cache_dir=tmp_path, width=100)
    assert (page.width, page.height) == (100, 150)


def test_a_word_form_is_converted_then_drawn(tmp_path: Path) -> None:
    docx = unusual_form(FILLINGS[1])
    page = render_page(docx, _sha(docx), 1, cache_dir=tmp_path, width=400)
    assert page.pages == 1 and page.width == 400
    assert list(tmp_path.rglob("*.pdf")), "the converted PDF is kept for the other pages"


@pytest.mark.parametrize("data", [b"%PDF-1.7\n garbage", b"PK\x03\x04 not a zip", b"plain text"])
def test_a_file_that_cannot_be_drawn_is_refused_with_a_sentence(
    tmp_path: Path, data: bytes
) -> None:
    with pytest.raises(PreviewError) as refused:
        render_page(data, _sha(data), 1, cache_dir=tmp_path, timeout=60)
    assert "Traceback" not in str(refused.value) and str(refused.value)
    assert not list(tmp_path.rglob("*.png"))
