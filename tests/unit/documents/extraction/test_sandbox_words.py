"""The campaign's words travel with a sandbox request: the child mends a scanned unit's name
towards them (and not without them), builds their lexicon once, and bounds what it accepts."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from documents.extraction import accents, sandbox
from documents.extraction.lexicon import vietnamese_words
from tests.conftest import unavailable

FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
UNIT = "Chi hội Cựu chiến binh thôn Bãi Sậy"
#: The unit's name with the place's tone mark lost, as a careless scan or a typist gives it.
SCANNED = "Chi hội Cựu chiến binh thôn Bãi Sây"


@pytest.fixture(autouse=True)
def fresh_pool() -> Iterator[None]:
    if not vietnamese_words() or not FONT.exists():
        unavailable("Tesseract's Vietnamese data (vie), dawg2wordlist and Liberation fonts")
    sandbox.shutdown()
    yield
    sandbox.shutdown()


def scanned_line(text: str) -> bytes:
    image = Image.new("L", (1400, 200), 255)
    ImageDraw.Draw(image).text((60, 60), text, font=ImageFont.truetype(str(FONT), 44), fill=0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def read_lines(words: list[str]) -> list[str]:
    result = sandbox.extract_in_sandbox(
        scanned_line(SCANNED), "scan.png", words=words, timeout=60, memory_mb=1024
    )
    assert result.source == "image-ocr"
    return [line.text for line in result.lines]


def test_the_child_mends_a_scanned_name_towards_the_units_in_the_request() -> None:
    assert read_lines([]) == [SCANNED]
    assert read_lines(["Lê Thị Hường", UNIT]) == [UNIT]


def test_the_request_handler_uses_only_the_words_it_is_given() -> None:
    data = scanned_line(SCANNED)
    with_words = sandbox.handle_request({"filename": "s.png", "words": [UNIT]}, data)
    plain = sandbox.handle_request({"filename": "s.png"}, data)
    garbage = sandbox.handle_request({"filename": "s.png", "words": {"x": UNIT}}, data)
    assert [line[0] for line in with_words["lines"]] == [UNIT]
    assert [line[0] for line in plain["lines"]] == [SCANNED]
    assert [line[0] for line in garbage["lines"]] == [SCANNED]


def test_a_campaign_lexicon_is_built_once_per_list_of_words() -> None:
    words = ["Lê Thị Hường", UNIT]
    with accents.use_campaign_words(words):
        first = accents._CAMPAIGN
    with accents.use_campaign_words(list(words)):
        assert accents._CAMPAIGN is first
    with accents.use_campaign_words([UNIT]):
        assert accents._CAMPAIGN is not first


def test_the_words_of_a_request_are_bounded() -> None:
    many = [f"Chi bộ xóm {n}" for n in range(accents.MAX_CAMPAIGN_WORDS + 50)]
    bounded = accents.bounded_words([*many, 7, None, "  ", "x" * 10_000])
    assert len(bounded) == accents.MAX_CAMPAIGN_WORDS
    assert all(isinstance(w, str) and len(w) <= accents.MAX_CAMPAIGN_WORD_CHARS for w in bounded)
    assert accents.bounded_words(["Bãi Sậy", "Bãi Sậy", 3, "x" * 300]) == ("Bãi Sậy", "x" * 200)
