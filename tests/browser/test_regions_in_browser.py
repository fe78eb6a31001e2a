"""Where each value came from, in a real browser: the review page of a PDF form draws the model
name's region over the page picture exactly where pdfplumber puts the model name's words, and
hovering or clicking the field lights its region (static JS under the strict CSP)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from sqlalchemy.orm import Session, sessionmaker

from documents.extraction.sandbox import extract_in_sandbox, shutdown
from documents.pipeline import Extractor
from tests.fixtures.memory_forms import FILLINGS, as_pdf, unusual_form
from tests.integration.documents.forms_by_mail import read_form
from tests.integration.web.factory import PASSWORD, Seeded

pytestmark = pytest.mark.browser
TOLERANCE = 1.5  # CSS pixels


@pytest.fixture
def sandboxed() -> Iterator[Extractor]:
    yield partial(extract_in_sandbox, timeout=60, memory_mb=1024)
    shutdown()


@pytest.fixture
def pdf_form(
    seeded_register: Seeded, sessions: sessionmaker[Session], sandboxed: Extractor
) -> tuple[int, bytes]:
    """A PDF form from a sender nobody knows (so it waits for review), read through the
    pipeline; its attachment id and the PDF's bytes."""
    pdf = as_pdf(unusual_form(FILLINGS[1], model_label="Tên mô hình"))
    with sessions() as session:
        extraction = read_form(session, sandboxed, "nguoila@example.test", pdf, "pdf")
        assert extraction.fields["model_name"] == FILLINGS[1].model
        session.commit()
        return extraction.attachment_id, pdf


def _model_words(pdf: bytes) -> tuple[list[dict[str, float]], float]:
    """The model name's words as pdfplumber places them (points), and the page's width."""
    wanted = FILLINGS[1].model.split()
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        words = page.extract_words()
        width = float(page.width)
    texts = [w["text"] for w in words]
    for start in range(len(texts)):
        run = texts[start : start + len(wanted)]
        if [t.strip(",") for t in run] == [t.strip(",") for t in wanted]:
            return words[start : start + len(wanted)], width
    raise AssertionError(f"the model name is not among the PDF's words: {texts}")


def test_the_model_names_box_lies_on_its_words(
    page: Any, pdf_form: tuple[int, bytes], tmp_path: Path
) -> None:
    attachment_id, pdf = pdf_form
    blocked: list[str] = []
    page.on(
        "console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None
    )
    page.goto("/login")
    page.fill("#username", "bientap")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/")
    page.goto("/review")

    picture = page.locator(f'img[src="/documents/{attachment_id}/trang/1.png"]')
    picture.scroll_into_view_if_needed()
    page.wait_for_function(
        "(img) => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
    )
    figure = picture.locator("xpath=ancestor::figure")
    region = figure.locator('rect.region[data-field="model_name"]')
    img_box, rect_box = picture.bounding_box(), region.bounding_box()
    assert img_box and rect_box

    words, page_width = _model_words(pdf)
    scale = img_box["width"] / page_width
    for word in words:
        left = img_box["x"] + float(word["x0"]) * scale
        right = img_box["x"] + float(word["x1"]) * scale
        top = img_box["y"] + float(word["top"]) * scale
        bottom = img_box["y"] + float(word["bottom"]) * scale
        assert (
            rect_box["x"] - TOLERANCE <= left
            and right <= rect_box["x"] + rect_box["width"] + TOLERANCE
        ), word
        assert (
            rect_box["y"] - TOLERANCE <= top
            and bottom <= rect_box["y"] + rect_box["height"] + TOLERANCE
        ), word
    line_height = (float(words[0]["bottom"]) - float(words[0]["top"])) * scale
    assert rect_box["height"] < 4 * line_height, "the region is the model name's line, not a block"

    article = picture.locator("xpath=ancestor::article")
    button = article.locator('button.region-field[data-region-field="model_name"]')
    button.hover()
    assert "active" in (region.get_attribute("class") or "")
    page.mouse.move(0, 0)
    assert "active" not in (region.get_attribute("class") or "")
    button.click()
    assert "chosen" in (region.get_attribute("class") or "")
    page.screenshot(path=str(tmp_path / "review-regions.png"))  # to look at when it fails
    assert blocked == [], blocked
