"""Lines Tesseract's layout lost, found as ink without words and read again one by one."""

from __future__ import annotations

from PIL import Image, ImageDraw

from documents.extraction.ocr_recover import ReadLine, lost_lines, recover_lost_lines
from documents.extraction.ocr_words import OcrError, PageText, Word

LINES = (300, 400, 500, 600)  # tops of four lines of "text" (ink bars 40 px high)


def _page() -> Image.Image:
    image = Image.new("L", (2480, 900), 245)
    draw = ImageDraw.Draw(image)
    for top in LINES:
        for x in range(300, 1500, 60):  # words: 44 px of ink, 16 px of space
            draw.rectangle((x, top, x + 43, top + 39), fill=20)
    return image


def _words_on(tops: tuple[int, ...]) -> list[Word]:
    return [Word(x, top, 44, 40, 96.0, "chữ") for top in tops for x in range(300, 1500, 60)]


def _reader(conf: float, text: str = "Lò Văn Chung") -> tuple[list[Image.Image], ReadLine]:
    seen: list[Image.Image] = []

    def read(image: Image.Image) -> list[Word]:
        seen.append(image)
        return [Word(10 + 80 * i, 8, 70, 40, conf, t) for i, t in enumerate(text.split())]

    return seen, read


def test_a_line_no_word_was_read_from_is_read_again_and_placed_on_the_page() -> None:
    image = _page()
    page = PageText(_words_on((300, 400, 600)), image.width, image.height)
    assert [top for _, top, _, _ in lost_lines(image, page.words)] == [500]
    seen, read = _reader(95.0)
    recovered = recover_lost_lines(image, page, read)
    assert len(seen) == 1
    added = recovered.words[len(page.words) :]
    assert [w.text for w in added] == ["Lò", "Văn", "Chung"]
    assert all(480 <= w.top <= 520 and w.left >= 250 for w in added)


def test_the_end_of_a_line_past_the_words_read_is_read_again() -> None:
    image = _page()
    words = [w for w in _words_on(LINES) if not (w.top == 400 and w.left >= 900)]
    assert [(left, top) for left, top, _, _ in lost_lines(image, words)] == [(900, 400)]


def test_an_unsure_reading_a_page_read_in_full_or_hardly_read_adds_nothing() -> None:
    image = _page()
    page = PageText(_words_on((300, 400, 600)), image.width, image.height)
    _, unsure = _reader(40.0, "€Œtànơ A (CC")
    assert recover_lost_lines(image, page, unsure) is page
    full = PageText(_words_on(LINES), image.width, image.height)
    assert lost_lines(image, full.words) == []
    hardly = PageText(_words_on((300,)), image.width, image.height)  # read turned, or not at all
    assert lost_lines(image, hardly.words) == []
    turned = PageText(_words_on((300, 400, 600)), image.height, image.width)
    _, read = _reader(95.0)
    assert recover_lost_lines(image, turned, read) is turned


def _stamped_page() -> Image.Image:
    """Four printed lines, the last two under a grey stamp's ring that joins their bands."""
    image = _page()
    ImageDraw.Draw(image).ellipse((1000, 470, 1300, 700), outline=100, width=14)
    return image


def test_print_under_a_grey_stamp_is_read_again_without_the_stamp() -> None:
    image = _stamped_page()
    page = PageText(_words_on((300, 400)), image.width, image.height)
    assert lost_lines(image, page.words) == []  # one band too tall for a line
    seen, read = _reader(95.0)
    recovered = recover_lost_lines(image, page, read)
    assert len(seen) == 2 and all(any(crop.histogram()[:40]) for crop in seen)
    assert not any(any(crop.histogram()[80:255]) for crop in seen)  # the stamp made paper
    assert [w.text for w in recovered.words[len(page.words) :]] == ["Lò", "Văn", "Chung"] * 2


def test_print_under_a_stamp_is_kept_only_when_every_word_is_sure() -> None:
    image = _stamped_page()
    page = PageText(_words_on((300, 400)), image.width, image.height)

    def read(crop: Image.Image) -> list[Word]:
        return [Word(10, 8, 70, 40, 30.0, "Lê"), *_reader(96.0, "Thu Hiền")[1](crop)]

    assert recover_lost_lines(image, page, read) is page


def test_a_piece_tesseract_cannot_read_as_a_line_is_left_out() -> None:
    image = _stamped_page()
    page = PageText(_words_on((300, 400)), image.width, image.height)

    def fails(crop: Image.Image) -> list[Word]:
        raise OcrError("")

    assert recover_lost_lines(image, page, fails) is page
