"""Newspaper columns: a two-column block is read column by column, in the PDF text layer and
in OCR, while header blocks, signature blocks and two labels on a line stay rows."""

from __future__ import annotations

import shutil
from typing import Any

import pytest

from documents.extraction import columns, extract, legacy_doc, ocr, read_fields
from documents.extraction.pdf_reader import _group_lines, lay_out_words, read_pdf_text
from documents.extraction.text import BlockKind
from tests.unit.documents.extraction.two_column_form import (
    LEADER,
    MODEL,
    POSITION,
    SIGNER,
    one_column_docx,
    two_column_docx,
)

CHAR = 6.0  # width of a character in the synthetic words (points)
PITCH = 16.0


def _word(text: str, x0: float, top: float) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + CHAR * len(text), "top": top,
            "bottom": top + 12, "size": 13.0, "fontname": "Times"}  # fmt: skip


def _justified(paragraph: str, x0: float, x1: float, top: float) -> list[list[dict[str, Any]]]:
    """The paragraph set in a column from x0 to x1, justified but for its last line."""
    lines: list[list[str]] = [[]]
    for token in paragraph.split():
        trial = [*lines[-1], token]
        if lines[-1] and CHAR * len("".join(trial)) + 4 * (len(trial) - 1) > x1 - x0:
            lines.append([token])
        else:
            lines[-1] = trial
    out = []
    for n, tokens in enumerate(lines):
        letters = CHAR * len("".join(tokens))
        last = n == len(lines) - 1
        space = 4.0 if last or len(tokens) == 1 else (x1 - x0 - letters) / (len(tokens) - 1)
        x, words = x0, []
        for token in tokens:
            words.append(_word(token, x, top + n * PITCH))
            x = words[-1]["x1"] + space
        out.append(words)
    return out


LEFT_TEXT = (
    "Đầu năm, Chi bộ ban hành kế hoạch thực hiện mô hình “Tổ tự quản đường hoa sáng đèn”, "
    "giao đồng chí Đặng Thị Liên – Phó Bí thư Chi bộ trực tiếp phụ trách; các hộ nhận chăm "
    "sóc từng đoạn đường trước nhà."
)
RIGHT_TEXT = (
    "Sau sáu tháng, các hộ đã trồng mới hơn một cây số hoa ven đường, lắp đèn ở những đoạn "
    "tối và giữ đường làng luôn sạch sẽ, được nhân dân đồng tình ủng hộ."
)


def _two_columns(top: float = 200) -> list[dict[str, Any]]:
    lines = _justified(LEFT_TEXT, 85, 300, top) + _justified(RIGHT_TEXT, 323, 538, top)
    return [w for line in lines for w in line]


def _full_width(text: str, top: float) -> list[dict[str, Any]]:
    return [w for line in _justified(text, 85, 538, top) for w in line]


def _texts(words: list[dict[str, Any]], source: str = "pdf-text") -> list[tuple[str, ...]]:
    return [b.cells for b in lay_out_words([words], page_width=595, source=source).blocks]


def test_two_columns_are_read_column_by_column() -> None:
    words = _full_width("Báo cáo kết quả thực hiện mô hình trong sáu tháng đầu năm nay.", 160)
    blocks = _texts(words + _two_columns())
    assert (LEFT_TEXT,) in blocks
    assert (RIGHT_TEXT,) in blocks
    assert blocks.index((LEFT_TEXT,)) + 1 == blocks.index((RIGHT_TEXT,))


def test_the_ocr_layout_reads_columns_too() -> None:
    scale = 2480 / 595  # the words of a 300 dpi page

    def scaled(w: dict[str, Any]) -> ocr.Word:
        left, top = round(w["x0"] * scale), round(w["top"] * scale)
        return ocr.Word(left, top, round((w["x1"] - w["x0"]) * scale), 50, 90.0, w["text"])

    page = ocr.PageText([scaled(w) for w in _two_columns()], 2480, 3508)
    doc = ocr.layout_like_pdf([page], "image-ocr")
    assert doc is not None
    assert [b.text for b in doc.blocks] == [LEFT_TEXT, RIGHT_TEXT]


def test_a_person_in_charge_in_the_left_column_beats_the_signer() -> None:
    title = [_word("BÁO", 280, 100), _word("CÁO", 310, 100)]
    title += _justified("kết quả thực hiện mô hình “Dân vận khéo” năm 2025", 150, 480, 120)[0]
    words = title + _two_columns() + [_word("BÍ", 400, 420), _word("THƯ", 420, 420)]
    words += [_word("Hoàng", 390, 480), _word("Văn", 430, 480), _word("Tùng", 455, 480)]
    fields = read_fields(lay_out_words([words], page_width=595)).fields
    assert fields["leader_name"] == "Đặng Thị Liên"
    assert fields["model_name"] == "Tổ tự quản đường hoa sáng đèn"


def test_a_header_block_and_a_signature_block_stay_rows() -> None:
    header = [_word("ĐẢNG", 100, 50), _word("BỘ", 132, 50), _word("XÃ", 150, 50),
              _word("ĐẢNG", 330, 50), _word("CỘNG", 362, 50), _word("SẢN", 394, 50),
              _word("CHI", 110, 66), _word("BỘ", 132, 66), _word("THÔN", 150, 66),
              _word("Ngày", 340, 66), _word("5", 370, 66), _word("tháng", 380, 66)]  # fmt: skip
    body = _full_width("Chi bộ báo cáo kết quả thực hiện mô hình trong năm nay như sau.", 120)
    signature = [_word("Nơi", 90, 200), _word("nhận:", 112, 200), _word("T/M", 380, 200),
                 _word("-", 90, 216), _word("Lưu.", 100, 216), _word("BÍ", 390, 216),
                 _word("THƯ", 406, 216)]  # fmt: skip
    blocks = _texts(header + body + signature)
    assert blocks[:2] == [("ĐẢNG BỘ XÃ", "ĐẢNG CỘNG SẢN"), ("CHI BỘ THÔN", "Ngày 5 tháng")]
    assert ("Nơi nhận:", "T/M") in blocks and ("- Lưu.", "BÍ THƯ") in blocks


def test_two_labels_on_each_line_stay_rows() -> None:
    rows = [("Họ và tên: Nguyễn Văn Nam", "Chức vụ: Trưởng thôn"),
            ("Điện thoại: 0912345678", "Đơn vị: Thôn Đông"),
            ("Địa bàn: toàn thôn", "Thời gian: năm 2025")]  # fmt: skip
    words = []
    for n, (left, right) in enumerate(rows):
        top = 100 + n * PITCH
        words += _justified(left, 85, 85 + CHAR * len(left) + 20, top)[0]
        words += _justified(right, 323, 323 + CHAR * len(right) + 20, top)[0]
    lines = _group_lines(words, 0)
    assert columns.find_blocks(lines, 85, 538) == []
    margin = _full_width(RIGHT_TEXT, 400)  # the text's right margin
    assert _texts(words + margin)[:3] == rows


def test_a_table_of_wrapped_cells_side_by_side_stays_rows() -> None:
    """A landscape table, one row per model, its cells wrapped: every line holds several
    cells far apart, which a column of prose never does."""
    cells = [
        (85, 180, "Nhóm thanh niên tình nguyện giúp người già đi khám bệnh định kỳ"),
        (200, 280, "Văn hóa - xã hội và chăm sóc sức khỏe"),
        (323, 420, "thực hiện ở ba thôn vùng cao của xã trong cả năm"),
        (440, 538, "đã giúp được hơn sáu mươi cụ già neo đơn khám bệnh"),
    ]
    words = [w for x0, x1, text in cells for line in _justified(text, x0, x1, 200) for w in line]
    lines = _group_lines(words, 0)
    assert columns.find_blocks(lines, 85, 538) == []


def test_a_column_block_ends_where_a_side_breaks_off() -> None:
    """The left column ends early; "Nơi nhận:" below the right column is not its line."""
    left = _justified(
        "Một đoạn ngắn của cột trái, đủ dài để xuống dòng vài lần ở đây.", 85, 300, 200
    )
    right = _justified(RIGHT_TEXT + " " + RIGHT_TEXT, 323, 538, 200)
    below = 200 + len(right) * PITCH + 6
    words = [w for line in left + right for w in line]
    words += [_word("Nơi", 90, below), _word("nhận:", 112, below), _word("T/M", 380, below)]
    blocks = _texts(words)
    assert ("Nơi nhận:", "T/M") in blocks


# --- real files: python-docx sections of two columns, printed to PDF by LibreOffice ----------

needs_office = pytest.mark.skipif(shutil.which("soffice") is None, reason="no LibreOffice")


@pytest.fixture(scope="module")
def two_column_pdf() -> bytes:
    return legacy_doc.convert(two_column_docx(), ".docx", "pdf")


@pytest.mark.slow
@needs_office
def test_a_two_column_pdf_reads_like_its_docx(two_column_pdf: bytes) -> None:
    from_pdf = [b.text for b in read_pdf_text(two_column_pdf).blocks]
    from_docx = [b.text for b in extract_blocks(two_column_docx())]
    body = [t for t in from_docx if t.startswith(("Đầu năm", "- ", "I.", "II.", "III."))]
    for text in body:
        assert text in from_pdf, (text, from_pdf)
    fields = extract(two_column_pdf, "baocao.pdf").fields
    assert fields["model_name"] == MODEL
    assert fields["leader_name"] == LEADER and fields["leader_name"] != SIGNER
    assert fields["leader_position"] == POSITION


@pytest.mark.slow
@needs_office
def test_a_one_column_page_with_a_header_block_is_unchanged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pdf = legacy_doc.convert(one_column_docx(), ".docx", "pdf")
    read = read_pdf_text(pdf).blocks
    monkeypatch.setattr("documents.extraction.pdf_order.find_blocks", lambda *a: [])
    assert read_pdf_text(pdf).blocks == read
    assert read[0].kind is BlockKind.TABLE_ROW and "CỘNG SẢN" in read[0].cells[1]


@pytest.mark.slow
@needs_office
def test_a_scan_of_the_two_column_pdf_reads_the_model_whole(two_column_pdf: bytes) -> None:
    images, _ = ocr.render_pdf_pages(two_column_pdf, max_pages=1)
    doc = ocr.ocr_images(images, "pdf-ocr", workers=1)
    text = doc.plain_text
    assert "“" + MODEL[:20] in text.replace("\n", " "), text
    assert read_fields(doc).fields["leader_name"] == LEADER


def extract_blocks(data: bytes) -> list[Any]:
    from documents.extraction.docx_reader import read_docx

    return read_docx(data).blocks
