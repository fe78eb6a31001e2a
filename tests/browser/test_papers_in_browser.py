"""The register of a 34-unit commune in a real browser: printed to PDF by Chromium (A4 landscape,
title, commune, date and page numbers on every page), paged at 50 units with the filters kept,
and charts whose labels fit."""

from __future__ import annotations

import io
import re
from typing import Any

import pdfplumber
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from documents.models import Unit
from tests.integration.web.factory import PASSWORD, seed_users
from tests.integration.web.papers import Commune, seed_commune

pytestmark = pytest.mark.browser


@pytest.fixture
def seeded_register(sessions: sessionmaker[Session]) -> Commune:
    """34 units, and the commune's names (the printed pages' commune) in the database."""
    with sessions() as session:
        seed_users(session)
        return seed_commune(session)


def _login(page: Any, username: str = "xem") -> None:
    page.goto("/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/")


def test_the_register_prints_on_a4_landscape_with_heading_and_page_numbers(
    page: Any, seeded_register: Commune
) -> None:
    _login(page)
    page.click("text=Bản in sổ theo dõi")
    page.wait_for_url("**/in")
    pdf = page.pdf(prefer_css_page_size=True)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        pages = [p.extract_text() or "" for p in document.pages]
        sizes = {(round(p.width), round(p.height)) for p in document.pages}
        # The STT column: the numbers printed at the left edge of the table, page after page.
        numbers = [
            int(w["text"])
            for p in document.pages
            for w in p.extract_words()
            if w["text"].isdigit() and w["x1"] < 75
        ]
    assert sizes == {(842, 595)}, "A4 landscape"
    assert 1 <= len(pages) <= 2, f"34 units on {len(pages)} pages"
    assert "ĐẢNG ỦY XÃ NGHĨA THÁI" in pages[0]
    for number, text in enumerate(pages, start=1):
        running_head = (
            r"Sổ theo dõi: .*Dân vận khéo.* · Đảng ủy xã Nghĩa Thái · in ngày \d\d/\d\d/\d{4}"
        )
        assert re.search(running_head, text), "title, commune and date on every page"
        assert f"Trang {number}/{len(pages)}" in text
        assert re.search(r"STT\s+Đơn vị\s+Loại", text), "the header row on every page"
    assert numbers == list(range(1, len(seeded_register.units) + 1)), "every unit, once"
    everything = "\n".join(pages)
    assert "Chi bộ xóm 14" in everything and "Công an xã" in everything
    # Nothing of the screen's chrome is on paper.
    assert "Đăng xuất" not in everything and "Lọc" not in everything
    print(f"register printed by Chromium: {len(pages)} A4 landscape pages for 34 units")


def test_the_overview_pages_by_50_and_keeps_the_filters(
    page: Any, seeded_register: Commune, sessions: sessionmaker[Session]
) -> None:
    with sessions() as session:
        session.add_all(
            Unit(id=f"to-{n:03d}", name=f"Chi bộ tổ dân phố {n}", kind="chi_bo", aliases=[])
            for n in range(1, 71)
        )
        session.commit()
        active = session.scalar(select(func.count()).select_from(Unit).where(Unit.active))
        chi_bo = session.scalar(
            select(func.count()).select_from(Unit).where(Unit.active, Unit.kind == "chi_bo")
        )
    assert active == 104 and chi_bo is not None and chi_bo > 50
    _login(page)
    rows = page.locator("table.register tbody tr")
    assert rows.count() == 50
    assert f"Đơn vị 1–50 trong {active} đơn vị phù hợp" in page.locator("p.count").inner_text()
    assert page.locator("nav.pages .current").inner_text() == "1"
    page.click("nav.pages a[rel=next]")
    page.wait_for_url("**/?page=2")
    assert rows.first.locator("td.stt").inner_text() == "51"

    page.select_option("select[name=kind]", "chi_bo")
    page.select_option("select[name=deadline]", "registration")
    page.select_option("select[name=status]", "missing")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/?*kind=chi_bo*")
    assert rows.count() == 50  # the 70 new chi bộ have sent nothing
    assert "trong 70 đơn vị phù hợp" in page.locator("p.count").inner_text()
    page.click("nav.pages a[rel=next]")
    page.wait_for_url(re.compile(r".*page=2.*"))
    assert "kind=chi_bo" in page.url and "status=missing" in page.url
    assert rows.count() == 20
    assert all("Chưa gửi" in text for text in rows.all_inner_texts())
    assert page.input_value("select[name=kind]") == "chi_bo"
    # The printable version takes the same filters and shows every match on one page.
    page.click("text=Bản in sổ theo dõi")
    page.wait_for_url(re.compile(r".*/in\?.*"))
    assert rows.count() == 70


def test_every_chart_label_is_drawn_inside_its_chart(page: Any, seeded_register: Commune) -> None:
    _login(page)
    overflow = page.evaluate(
        """() => [...document.querySelectorAll('svg[role=img]')].flatMap(svg => {
            const width = svg.viewBox.baseVal.width, height = svg.viewBox.baseVal.height;
            return [...svg.querySelectorAll('text')].map(t => {
                const b = t.getBBox();
                return {text: t.textContent, left: b.x, right: b.x + b.width,
                        top: b.y, bottom: b.y + b.height, width, height};
            }).filter(b => b.left < 0 || b.right > b.width || b.top < 0 || b.bottom > b.height);
        })"""
    )
    labels = page.locator("svg[role=img] text").all_text_contents()
    assert "Xây dựng hệ thống chính trị" in labels
    assert overflow == []
